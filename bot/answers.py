"""Turn a question into a reply: match, choose the language, gather answer and sources.

Pure and shared by every front end (console, ``ask``, Telegram). A ``Reply``
(``bot.reply``) holds the parts; ``bot.plaintext`` lays them out for a terminal,
``bot.telegram.render`` as HTML, both in the words of ``bot.wording``.
"""

from __future__ import annotations

from dataclasses import replace

from bot.i18n import translator
from bot.knowledge import Entry, KnowledgeBase
from bot.langguess import (
    ending_evidence,
    foreign_language,
    says_little_of_language,
    script_of,
    telling_language,
    uzbek_spelt,
)
from bot.langs import REGISTRY
from bot.matcher import Matcher
from bot.numbers import read_numbers
from bot.reply import Reply, SourceLine
from bot.text import LANGS, fold
from bot.verdict import Match
from bot.wording import (
    ABOUT_BOT,
    AGENCY_SITE,
    FOLLOW_UP,
    LANGUAGE_ASKED,
    NEAR_MISS,
    NEAR_MISS_NOTHING,
    NOT_COVERED,
    ONE_WORD,
    RIGHTS,
    WHAT_NOW,
    source_title,
    topic_names,
    translated_title,
)

RELATED_MAX = 3


def source_lines(kb: KnowledgeBase, entry: Entry, lang: str) -> tuple[SourceLine, ...]:
    """The sources of an entry, each with its document."""
    return tuple(
        SourceLine(ref.doc, source_title(kb.sources[ref.doc], lang), ref.where(lang),
                   kb.sources[ref.doc], ref.section[lang] if ref.section else None, ref.quote,
                   translated_title(kb.sources[ref.doc], lang))
        for ref in entry.sources
    )


OWN_WORD_MIN = 4
"""Letters a greeting or thanks needs to tell a short message's language against the phone's."""


def _one_latin_word(query: str) -> bool:
    """Whether ``query`` is one word in Latin letters ("passport", "SWOT"): Uzbek, if so
    guessed, only because Latin most often is ("UP-5785 20 avgust 2019" says more)."""
    return script_of(query) == "Latn" and len(fold(query).split()) == 1


class Answerer:
    """Answers questions from one knowledge base; swap the whole object to reload."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None) -> None:
        self.kb = kb
        self.matcher = matcher or Matcher(kb)

    @property
    def protection(self) -> tuple[Entry, ...]:
        """The entries the urgent reply offers (``protection:`` in knowledge/phrases.yaml)."""
        return tuple(self.kb.entries[e] for e in self.matcher.reader.protection
                     if e in self.kb.entries)

    def reply_lang(self, match: Match, lang: str | None, default: str | None) -> str:
        """The requested language, else the question's, else ``default`` (the user's), else
        English; the user's for a language the bot does not speak (Tajik, Kazakh letters).
        A word or two in the user's script ("Россия" from a Russian user) does not
        tell Russian from Uzbek Cyrillic, and one in Latin letters that is only English by
        default ("sos", "ILO", "UP-5785", "kvota" from a Russian or Uzbek Cyrillic user,
        tester s11) or, one word, Uzbek only by default ("passport", "Schengen" from a
        Russian phone: no oʻ, gʻ, q, ending or word only Uzbek has) tells no language, nor
        does one in the other script of the user's own language ("Schengen" from an Uzbek
        Cyrillic user): all are answered in the user's language."""
        if lang in LANGS:
            return lang
        if default in LANGS and foreign_language(match.query):
            return default  # Tajik or Kazakh: the phone's language, Russian if it is theirs
        if match.lang and default in LANGS and says_little_of_language(match.query):
            same_script = script_of(match.query) == REGISTRY.get(default).script
            if _written(match.lang) == _written(default):
                # the user's own language: the script typed in only when its words are the
                # language's own («ассалому алайкум» from an Uzbek Latin phone)
                if same_script or not self._own_words(match.query, match.lang):
                    return default
            elif ((same_script or match.lang == "en" or _one_latin_word(match.query))
                  and not self._own_words(match.query, match.lang)):
                # ... and a Latin word that is Uzbek only because Latin most often is
                # ("passport", "SWOT" from a Russian phone, tester s11) tells nothing either
                return default
        return match.lang or default or "en"

    def _own_words(self, query: str, lang: str) -> bool:
        """Whether a word of a short ``query`` is one of ``lang``'s own telling words, or its
        own greetings or thanks (``OWN_WORD_MIN`` letters or more: "ok" says nothing) and no
        other language's: «рахмат ака», «ассалому алейкум» from a
        Russian phone are Uzbek; or its words end only as ``lang``'s do."""
        written = _written(lang)
        words = self.matcher.reader.language_words
        script = script_of(query) or ""
        # ... or its words end only the way ``lang``'s do ("конституциянинг 27 моддаси")
        if written == "uz" and script == "Latn" and uzbek_spelt(query):
            return True  # "pasportsiz qoldim"
        endings = ending_evidence(query)
        if endings.get(written) and not any(n for other, n in endings.items() if other != written):
            return True
        return any(telling_language(t, script) == written or len(t) >= OWN_WORD_MIN
                   and t in words.get(written, ())
                   and not any(t in ws for other, ws in words.items() if other != written)
                   for t in fold(query).split())

    def ask(self, text: str, lang: str | None = None, default: str | None = None) -> Reply:
        """Answer one question.

        Args:
            text: what the user wrote (any length, any characters).
            lang: the reply language if the user chose one, else None.
            default: the user's language (Telegram's), when neither a choice nor the
                question tells; English when None.

        Returns:
            A Reply of one of the kinds ``Reply.kind`` lists.
        """
        match = self.matcher.match(text)
        reply_lang = self.reply_lang(match, lang, default)
        reply = self._reply(match, reply_lang)
        if match.urgent:
            # Protection first; a confident answer to what the message asks follows it, never
            # "not covered". A message that asks nothing gets the block alone: what is left
            # of "I am afraid for my life" is not a question about life insurance.
            if not match.asks:
                return Reply("urgent", reply_lang, match, choices=self.protection)
            return Reply("urgent", reply_lang, match, entry=reply.entry,
                         choices=self.protection, related=reply.related,
                         sources=reply.sources)
        return reply

    def _rights_reply(self, match: Match, lang: str) -> Reply:
        """"huquqlarim buzilsa kimga murojaat qilay": no entry says where to complain, but
        the documents do say how migrants are protected."""
        return Reply("clarify", lang, match, choices=self.protection,
                     note=translator(lang)(RIGHTS).format(site=AGENCY_SITE))

    def _reply(self, match: Match, lang: str) -> Reply:
        if match.decision == "greeting":
            # A greeting that tells a topic offers the entry it matches as one button.
            return Reply("greeting", lang, match,
                         choices=tuple(self.kb.entries[c.entry_id] for c in match.candidates))
        if match.about_sources:
            return self.documents_reply(match, lang)
        if match.decision == "answer" and match.best:
            reply = self.entry_reply(match.best.entry_id, lang, match)
            if match.near_miss:  # another part asked it of what it does not give
                reply = replace(reply, note=self.near_miss_text(match, lang))
            if match.also is None:
                return reply
            also = self.kb.entries[match.also.entry_id]
            related = (also, *(r for r in reply.related if r.id != also.id))[:RELATED_MAX]
            return replace(reply, also=also, related=related)
        if match.decision == "clarify":
            choices = tuple(self.kb.entries[c.entry_id] for c in match.candidates)
            note = self.near_miss_text(match, lang) if match.near_miss else ""
            return Reply("clarify", lang, match, choices=choices, note=note)
        if match.small_talk == "what_now":
            # "nima qilay" alone, as after the protection reply: its buttons again.
            return Reply("clarify", lang, match, choices=self.protection,
                         note=translator(lang)(WHAT_NOW).format(site=AGENCY_SITE))
        if match.small_talk == "language":
            # «а на русском можно?»: how to choose one, not "the documents are silent"
            return Reply("abstain", lang, match, note=translator(lang)(LANGUAGE_ASKED))
        if match.small_talk == "about_bot":
            # "are you a bot?": what the bot is, not "the documents are silent"
            return Reply("abstain", lang, match, note=translator(lang)(ABOUT_BOT))
        if match.small_talk == "follow_up":
            # "batafsil": the bot keeps no conversation to place it in.
            return Reply("abstain", lang, match, note=translator(lang)(FOLLOW_UP))
        if match.defined:
            # "Majburiy mehnat nima?": no entry defines it; what they say on protection
            return Reply("clarify", lang, match, choices=self.protection)
        if match.rights:
            return self._rights_reply(match, lang)
        if match.vague:
            # "pul": too little to pick an entry by, but not "the documents are silent".
            return Reply("abstain", lang, match, note=translator(lang)(ONE_WORD).format(
                topics=", ".join(topic_names(self.kb, lang))))
        return Reply("abstain", lang, match)

    def documents_reply(self, match: Match, lang: str) -> Reply:
        """Who wrote the documents: those of the author a message names, or of the answered
        entry when it names a subject ("who wrote the article about remittances"), else all."""
        if match.authors:
            return Reply("sources", lang, match, documents=tuple(
                s for s in self.kb.sources.values() if s.id in match.authors))
        if match.subject is None:
            return Reply("sources", lang, match, documents=tuple(self.kb.sources.values()))
        entry = self.kb.entries[match.subject.entry_id]
        cited = {ref.doc for ref in entry.sources}
        documents = tuple(s for s in self.kb.sources.values() if s.id in cited)
        return Reply("sources", lang, match, entry=entry, choices=(entry,), documents=documents)

    def near_miss_text(self, match: Match, lang: str) -> str:
        """What the documents give instead of what was asked, in ``lang``."""
        _ = translator(lang)
        miss = match.near_miss
        assert miss is not None
        if miss.detail:
            # The phrase as the lists write it, in the reply's script when the question is
            # in the reply's language ("маош"); an English phrase stays English.
            same = match.lang in LANGS and (
                REGISTRY.get(match.lang).catalog == REGISTRY.get(lang).catalog)
            detail = _.in_script(miss.detail) if same else miss.detail
            return _(NOT_COVERED).format(detail=detail)
        percent = self._percents(match)

        def names(items: tuple[str, ...], lang: str) -> str:
            return self.matcher.thesaurus.describe(
                (f"{i}%" if i in percent else i for i in items), lang)
        asked = _.in_script(names(miss.asked, lang))
        if miss.known:
            return _(NEAR_MISS).format(asked=asked,
                                       known=_.in_script(names(miss.known, lang)))
        return _(NEAR_MISS_NOTHING).format(asked=asked)

    def _percents(self, match: Match) -> frozenset[str]:
        """The numbers the question or the best entry's aliases write in percent ("20%",
        "15 percent"): a near miss names them so ("not given for 20%; given for 15%")."""
        texts = [match.query, *(self.kb.entries[match.best.entry_id].aliases
                                if match.best else ())]
        return frozenset(value for t in texts for value, unit in read_numbers(
            fold(t.replace("%", " percent ")).split(), self.matcher.reader.number_words
        ).figures if unit == "percent")

    def entry_reply(self, entry_id: str, lang: str, match: Match | None = None) -> Reply:
        """The reply that shows one entry (a chosen "did you mean", a deep link, a button)."""
        entry = self.kb.entries[entry_id]
        related = tuple(self.kb.entries[r] for r in entry.related[:RELATED_MAX])
        m = match or Match(entry.title(lang), "answer", (), lang)
        return Reply("answer", lang, m, entry=entry, related=related,
                     sources=source_lines(self.kb, entry, lang))


def _written(code: str) -> str:
    """The hand-written language ``code`` is generated from, or ``code`` itself (uz-Cyrl: uz)."""
    return REGISTRY.get(code).generated_from or code
