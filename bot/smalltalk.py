"""What a message is when it asks nothing of the documents (pure after loading): small talk
as a whole ("ok", "batafsil", "nima qilay", "and in Russian?"), a question about the bot, a
follow-up with nothing before it; help asked of no subject ("…, can you help?") and an Uzbek
self-introduction ('men onasiman') as set-aside phrases of a sentence. ``bot.reading`` reads
the rest.
"""

from __future__ import annotations

from bot.asking import clauses_of
from bot.elliptic import Elliptic
from bot.phrases import Hit
from bot.text import fold

ABOUT_BOT_MAX = 12
"""Words a message about the bot itself ("are you a real person or a bot? who made you")
has at most: a longer one asks something else too."""
INTRO_LOOK = 12
"""Characters of a sentence read first for the word that opens an introduction ('men')."""
ADDRESSING = frozenset({"greeting", "address"})
"""Kinds of set-aside phrase that greet someone or name whom the message is for."""
SMALL_TALK_MAX = 6
"""Words a message of small talk ("ok", "подробнее, пожалуйста") has at most."""
POINTS_BACK_MAX = 14
"""Words a question that asks only of the sentence before it has at most (greetings and
thanks aside): ``SmallTalk.points_back_only``. 14, not 10 (tunecw27b): "Where does that idea
come from and what does the author mean by it?" asks only of the idea told before it."""


class SmallTalk(Elliptic):
    """The small talk of ``bot.reading.Reader``."""

    def talk_of(self, toks: list[str], marked: bool, parts: int
                ) -> tuple[str | None, tuple[str, ...] | None]:
        """The small talk a whole message is (``_small_talk``; ``marked``: it has a "?"),
        with, for a follow-up with nothing before it (``parts``: its sentences left to
        match), the one word it names, if one (``Elliptic.follows_nothing``)."""
        talk = self._small_talk(toks, marked)
        follows = self.follows_nothing(toks) if talk is None and parts <= 1 else None
        if follows is not None or talk is None and marked and parts <= 1 and (
                self.points_back_only(toks, self.aside.find(toks))):
            talk = "follow_up"  # 'Koreya-chi?', "is there an article on that?" as a first
            # message: nothing to follow
        if talk is None and len(toks) <= ABOUT_BOT_MAX and self.about_bot.find(toks):
            talk = "about_bot"  # "is this the official bot of the migration agency"
        return talk, follows

    def _only(self, toks: list[str], hits: list[Hit]) -> bool:
        """Whether ``hits`` are all ``toks`` says, besides stop words and set-aside phrases
        ("where do I go for help", «куда обратиться?»)."""
        if not hits:
            return False
        said = {k for h in hits + self.aside.find(toks) for k in range(h.start, h.end)}
        return all(t in self.stopwords for k, t in enumerate(toks)
                                  if k not in said)

    @staticmethod
    def _clause_end_help(sentence: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` but help asked that does not end its clause ("can you help me with my
        math homework" asks about the homework; "can you help me, what is the IOM?" and
        "…, can you help?" do not ask with it)."""
        if not any(h.label == "help" for h in hits):
            return hits
        ends = set(_clause_ends(sentence))
        return [h for h in hits if h.label != "help" or h.end in ends]

    def _said_by(self, sentence: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` but the greetings and forms of address that name who said something
        (``reported_speech`` after them: "Ustoz migratsiya ... taʼsir qiladi dedi", "hey mate
        my teacher said", «Земляки говорят, что ...»): the sentence reports, it greets no
        one. One alone in its comma clause still greets ("Assalomu alaykum ustoz, akam
        aytdi ...")."""
        if not any(h.label in ADDRESSING for h in hits):
            return hits
        toks = fold(sentence).split()
        saying = self.saying.find(toks)
        said = [h.start for h in saying]
        spoken = {k for h in saying for k in range(h.start, h.end)}
        inside = {k for h in hits if h.label in ADDRESSING for k in range(h.start, h.end)}
        if all(k in inside or k in spoken or t in self.stopwords for k, t in enumerate(toks)):
            return hits  # "salom dedi", "hi mate, tell me": says nothing besides
        ends = _clause_ends(sentence)

        def vocative(h: Hit) -> bool:  # only greetings in its comma clause
            end = next((e for e in ends if e > h.start), len(toks))
            start = max((e for e in ends if e <= h.start), default=0)
            return all(k in inside for k in range(start, end))

        return [h for h in hits if h.label not in ADDRESSING or vocative(h)
                or not any(k >= h.end for k in said)]

    def asks_of_before(self, toks: list[str], marked: bool) -> bool:
        """Whether a sentence only asks to be told, naming nothing ("Shu haqida aytib bera
        olasizmi?", "Could you tell me about it?"): politeness and stop words, with a "?".
        After a sentence that tells something, it asks that one (blindfix23: 'Salom. Ustoz
        ... dedi. Shu haqida aytib bera olasizmi?' was a greeting)."""
        if not marked or not toks:
            return False
        hits = self.aside.find(toks)
        polite = {k for h in hits if h.label == "politeness" for k in range(h.start, h.end)}
        return bool(polite) and all(h.label in ("politeness", "filler") for h in hits) and all(
            t in self.stopwords or t in self.refer_back for k, t in enumerate(toks)
            if k not in polite) or self.points_back_only(toks, hits)

    def tells_of_before(self, toks: list[str]) -> bool:
        """Whether a sentence without a "?" only asks to be told, beside thanks or
        politeness: a request (``requests``) and besides it only set-aside phrases, stop
        words and pointers ("Shu haqida aytib bering, rahmat", "Tell me about it, thanks",
        «Расскажите об этом, спасибо»). After a sentence that tells something, it asks that
        one (blind25: the thanks made it a greeting, and the message's question was lost)."""
        requests = self.requests.find(toks)
        aside = self.aside.find(toks) if requests else []
        if not aside:
            return False  # (without thanks the request is read as a sentence that asks)
        inside = {k for h in (*requests, *aside, *self.points_back.find(toks))
                  for k in range(h.start, h.end)}
        return all(k in inside or t in self.stopwords or t in self.refer_back
                   for k, t in enumerate(toks))

    def points_back_only(self, toks: list[str], hits: list[Hit]) -> bool:
        """Whether a sentence asks only of what the one before it said: a ``points_back``
        pointer ("like that", «это», 'bu gap') and besides it, ``hits`` (its set-aside
        phrases) aside, only stop and question words, words of the documents and
        ``points_back_asks`` ("Does any article say something like that?", «Это так или
        нет?», 'Bu gap toʻgʻrimi?'; blindfix24: read alone, "article" took Article 23)."""
        aside = {k for h in hits for k in range(h.start, h.end)}
        rest = [t for k, t in enumerate(toks) if k not in aside]
        pointed = {k for h in self.points_back.find(rest) for k in range(h.start, h.end)}
        return bool(pointed) and len(rest) <= POINTS_BACK_MAX and all(
            k in pointed or t in self.stopwords or t in self.question_words
            or t in self.document_words or t in self.points_back_asks
            for k, t in enumerate(rest))

    def _introduced(self, sentence: str) -> list[Hit]:
        """An introduction opening a sentence as 'men onasiman', 'men Samarqanddanman'
        (``introducing`` and a word of ``introducing_suffix``'s endings): its hit, else none."""
        if not self.introducing.intersection(fold(sentence[:INTRO_LOOK]).split()[:1]):
            return []  # most sentences: no 'men' first
        first = fold(clauses_of(sentence)[0]).split()
        endings, length = self.introducing_suffix
        verbs, verb_endings = self.introducing_verbs
        if (len(first) == 2 and first[0] in self.introducing and endings
                and len(first[1]) >= length and first[1].endswith(endings)
                and first[1] not in verbs and not first[1].endswith(verb_endings or ("\0",))):
            return [Hit("introduction", 0, 2, " ".join(first))]
        return []

    def _small_talk(self, toks: list[str], marked: bool = False) -> str | None:
        """The kind of small talk a whole message is, politeness and fillers aside. Question
        words alone ("qachon?", «а где?», "who?"), after ``follow_up_openers`` ("and", "а"),
        ask about the last answer: a follow-up; so does a year alone after an opener of
        ``ellipsis`` («а в 2023?»)."""
        if not toks or len(toks) > SMALL_TALK_MAX:
            return None
        named = self.elliptical(toks)
        if named and all(t.isdigit() for t in named):
            return "follow_up"  # "А в 2023?", "2023 chi?": a year asked of the last answer
        hits = self.aside.find(toks)
        if any(h.label == "language" for h in hits):
            said = {k for h in hits if h.label in ("language", "politeness", "filler", "greeting")
                    for k in range(h.start, h.end)}
            if all(t in self.language_ask_words or t in self.stopwords
                   for k, t in enumerate(toks) if k not in said):
                return "language"  # "and in Russian?", «по-узбекски можно?»
        polite = {k for h in hits if h.label in ("politeness", "filler")
                  for k in range(h.start, h.end)}
        core = [t for k, t in enumerate(toks) if k not in polite]
        if len(polite) == sum(h.end - h.start for h in hits) and any(
                t in self.question_words for t in core) and all(
                t in self.question_words or t in self.follow_up_openers for t in core):
            return "follow_up"  # ... and nothing else set aside: "how are you" greets
        found = self.whole.get(" ".join(toks)) or self.whole.get(" ".join(core)) or (
            "follow_up" if self.subjectless(core, marked) and sum(
                h.end - h.start for h in hits) < len(toks) else None)  # "how are they connected?"
        if found is None:
            # "aka, nima qilay": a form of address beside what-now is still what-now
            greeted = polite | {k for h in hits if h.label in ("greeting", "address")
                                for k in range(h.start, h.end)}
            rest = " ".join(t for k, t in enumerate(toks) if k not in greeted)
            if self.whole.get(rest) == "what_now":
                return "what_now"
        return found


def _clause_ends(sentence: str) -> list[int]:
    """Where each comma clause of a sentence ends, counted in its folded tokens."""
    ends, n = [], 0
    for piece in clauses_of(sentence):
        n += len(fold(piece).split())
        ends.append(n)
    return ends
