"""Whether the words of a sentence ask something, and where its questions are.

Pure. A question mark, a question word or particle, an Uzbek "-mi" written onto the last
word, a request ("подскажите", "tell me"); two questions joined by "and"; the asking clause
of a sentence that also tells; the question inside a long run-on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass

from bot.phrasebook import PhraseBook
from bot.phrases import Hit
from bot.text import fold

# Russian plural instrumentals ("с переводами", "с документами") end like an Uzbek question
# written onto its word ("-mi"): such a word does not make a question.
INSTRUMENTAL = re.compile(r"[а-яё]+[ая]ми\b")
COMMA = re.compile(r"(?<!\d),|,(?!\d)")
"""A comma that ends a clause: not one inside a number ("400,000", "14,8")."""


def clauses_of(sentence: str) -> list[str]:
    """A sentence's comma clauses; a number's comma splits nothing ("how many of the
    400,000 are women" is one clause)."""
    return COMMA.split(sentence)

RUNON_MIN = 16
"""Words from which a sentence without commas is a run-on, read also around its question."""
RUNON_BACK, RUNON_AHEAD = 9, 12
"""The words before and after a run-on's last asking word that make its question."""
RUNON_TIGHT = 3
"""... and a tighter reading of it, with this many words before the asking word: the
story told just before the question ("эрим россияда ишлайди мен икки болам билан
уйдаман бизга давлат кандай ёрдам беради") weighs less."""
OBJECT_STEM = 4
"""The shortest stem by which a word beside a request is a form of a known word
("saytini" of "sayt"); a shorter word is known only as written ("бог" is not "bogʻliq")."""
PRONOUN_REST = 2
"""Words besides stop and question words that a question asked of a pronoun alone may have
("how are they connected", "when was it adopted"): ``Asking.subjectless``."""
FRAME_REST = 2
"""Words besides stop and question words that a clause asking after a condition may have and
still ask only the frame of it ("what difficulties come up"): ``Asking._of_condition``."""
JOINED_NOUN_MAX = 2
"""Words at most of a side's first comma clause that asks nothing and tells no condition: a
second noun the joining word adds to the first («из-за засухи и наводнений, как это
называется?»), not a second question (``Asking._joins_nouns``)."""
JOINS_MAX = 4
"""A sentence with more joining words ("и", "va", "and") is not split into questions: each
try reads both sides again, so "что и что и ..." over 4,096 characters cost ~10 s."""


@dataclass(frozen=True)
class Part:
    """One sentence of a message, without the words set aside."""

    toks: tuple[str, ...]
    """Folded tokens that remain."""
    asks: bool
    """Whether it has a question mark or a question word."""
    halves: tuple[Part, ...] = ()
    """Two questions (or more) joined in it by "and", "и", "va" ...: each, when both ask and
    name something ("сколько перевели в 2024 году и что за соглашение с Германией?")."""
    requested: bool = False
    """Whether it asks by a request ("tell me about", «расскажите про», "haqida gapirib
    bering"): then one subject alone is a question when one entry is asked by it."""
    again: bool = False
    """Whether it is the sentence before asked again of other years or countries ("… in
    2024? And in 2023?": ``Elliptic.asked_again``)."""
    needs: bool = False
    """Whether it asks only by telling a need with its object («нужен сайт агентства»,
    ``Asking.asks_for``): beside a danger, a need is no question of the documents."""
    opener: bool = False
    """Whether it asks only by announcing a question ("Savolim migratsiya haqida", «Вопрос
    про миграцию»: no "?", question word or request): beside a sentence that asks it is
    an opener that names a topic, not the question (review s11 finding 6)."""
    context: tuple[str, ...] = ()
    """For a sentence that asks, the folded tokens of the sentences before it that neither
    ask nor speak of the writer, back to the last one that asks ("tajik migrants in russia.
    how much did they send home in 2024"): what it asks of ("they"), read for its near
    misses, not for its entry (``Reader._with_context``)."""


class Asking(PhraseBook):
    """Where sentences ask, read with the phrase lists."""

    def refers_back(self, parts: Iterable[Sequence[str]]) -> bool:
        """Whether one of these folded sentences points back to another by a ``refer_back``
        word ("... is it in the law?", 'ular', «он»): then each is not read apart from the
        others (``bot.matcher``, ``bot.settling``)."""
        return any(not self.refer_back.isdisjoint(toks) for toks in parts)

    def _has_question_word(self, toks: tuple[str, ...] | list[str],
                           not_asking: Set[str] = frozenset()) -> bool:
        """A question word anywhere, a question particle after the first word, or one of
        ``question_ends`` (alone or written onto it: "yogʻadimi") last, unless that last
        word is one of ``not_asking`` (Russian instrumentals); or a word before the last
        with a "-mi" of ``question_inside`` ("bormi ketishdan oldin"), or a "-mi" before
        what ``question_after`` closes ("xavflimi Oʻzbekiston uchun")."""
        if not toks:
            return False
        return (any(map(self._question_word, toks, (None, *toks)))
                or any(t in self.question_particles for t in toks[1:])
                or len(toks) > 1 and toks[-1] in self.question_ends
                or toks[-1] not in not_asking and self._asks_by_suffix(toks[-1])
                or bool(self.question_inside) and any(
                    t.endswith(self.question_inside) for t in toks[:-1])
                or len(toks) > 2 and toks[-1] in self.question_after and any(
                    map(self._asks_by_suffix, toks[-4:-2])))  # "foydalimi biz uchun"

    def asks_for(self, sentence: str) -> bool:
        """Whether a comma clause of ``sentence`` makes a request or tells a need
        (``wants``) with its object beside it, a word of the knowledge base or a form of
        one ("дай сайт агентства", "agentlik saytini aytvoring", «нужен сайт»; not «дай бог
        здоровья», nor a need met: ``wants_met``), greetings and thanks aside."""
        for clause in clauses_of(sentence):
            toks = self._aside_dropped(fold(clause).split())
            met = {k for h in self.wants_met.find(toks) for k in range(h.start, h.end)}
            for h in self.wants.find(toks):
                if h.start in met:
                    continue
                before = [t for t in toks[:h.start] if t not in self.stopwords][-1:]
                after = [t for t in toks[h.end:] if t not in self.stopwords][:1]
                if any(map(self._known_form, before + after)):
                    return True
        return False

    def turned_to(self, toks: list[str], closing: Sequence[Hit]) -> tuple[str, ...]:
        """The words a closing sentence turns to after its thanks ("rahmat. endi Shengen
        haqida", «спасибо. а теперь про шенген», "thanks, one more: goal 86"): those after
        a ``next_topic`` word that follows the thanks (``closing``, none of which holds
        it or comes after it; none: the thanks were a sentence before, and the word opens
        this one), when they name a word of the knowledge base; else none."""
        end = max((h.end for h in closing), default=0)
        turn = [h for h in self.next_topic.find(toks) if h.start >= end]
        if not turn or any(h.start >= turn[0].start for h in closing) or (
                not closing and turn[0].start > 1):
            return ()  # (thanked in a sentence before: "Спасибо! А теперь про …" opens so)
        asked = tuple(t for t in toks[turn[0].end:] if t not in self.stopwords)
        if self._personal(tuple(toks[turn[0].end:])):
            return ()  # "Спасибо. Теперь мой брат работает в Москве" tells
        return asked if any(map(self._known_form, asked)) else ()

    def subjectless(self, toks: Sequence[str], marked: bool = False) -> bool:
        """Whether folded tokens ask with a pronoun as their only subject ("how are they
        connected?", «как они связаны?», "is it legal?", "ular qanday bogʻliq?"; fix13,
        tester s12 finding 25): a ``refer_back`` word with only stop words and question
        words before it, a question word, and one to ``PRONOUN_REST`` other words after it:
        they ask of an answer the bot does not keep ("Schengen, what is it?" names its
        subject; "hi, I'm Dilshod", "ok got it, bye" ask nothing; in "what time is it" the
        pronoun is no subject). Before the pronoun, an opener and the home state may stand
        too, and a question mark (``marked``) asks as a question word does («а Узбекистан
        его подписал?», "did Uzbekistan sign it?": fix14, tester s13 item 13)."""
        at = next((k for k, t in enumerate(toks) if t in self.refer_back), None)
        if at is None:
            return False
        home = {k for h in self.home_state.find(list(toks[:at])) for k in range(h.start, h.end)}
        if not all(t in self.stopwords or t in self.question_words or k in home
                   or t in self.follow_up_openers for k, t in enumerate(toks[:at])):
            return False
        rest = [t for t in toks[at + 1:] if t not in self.stopwords
                and t not in self.question_words and t not in self.refer_back]
        return 0 < len(rest) <= PRONOUN_REST and (
            marked or any(t in self.question_words for t in toks))

    def _known_form(self, tok: str) -> bool:
        if tok in self._known:
            return True
        stem = tok[:max(OBJECT_STEM, len(tok) - 3)]
        if len(stem) >= len(tok):
            return False
        k = bisect_left(self._known_sorted, stem)
        return k < len(self._known_sorted) and self._known_sorted[k].startswith(stem)

    def _asks_by_suffix(self, tok: str) -> bool:
        ending, length = self.question_suffix
        return bool(ending) and len(tok) >= length and tok.endswith(ending)

    def _joined_questions(self, sentence: str) -> list[str]:
        """The sides of a sentence where ``joining`` words join two questions, each side
        asking and naming something ("How much was remitted in 2024 and what is the Germany
        agreement?"); else none."""
        joins = list(self._joining.finditer(sentence)) if self._joining else []
        if len(joins) > JOINS_MAX:
            return []  # a run-on of many "and"s; each side would be read again at each one
        for found in joins:
            left, right = sentence[:found.start()], sentence[found.end():]
            # The second question may name one thing and refer back to the first's subject
            # («сколько денег переводят мигранты и на что их тратят»: "их", the money).
            back = self.refers_back([fold(right).split()])
            if self._joins_nouns(right) or self._joins_question_words(left, right):
                continue
            if self._names_a_question(left) and self._names_a_question(right, 1 if back else 2):
                return [left, *(self._joined_questions(right) or [right])]
        return []

    def _joins_question_words(self, left: str, right: str) -> bool:
        """Whether the joining word joins a count asked and another question word of one
        question ("… uchun nechta va qanday tavsiya beradi", «сколько и какие предложения»:
        how many recommendations, and which), not two questions ('… nima va qaysi bank …'
        asks two; nearfix28b)."""
        before, after = fold(left).split(), fold(right).split()[:1]
        return bool(after) and after[0] in self.question_words and any(
            h.end == len(before) and h.label == "asks" for h in self.counted.find(before))

    def _joins_nouns(self, right: str) -> bool:
        """Whether the side after a joining word opens with a short comma clause that asks
        nothing and tells no condition ("наводнений" in «почему люди уезжают из-за засухи и
        наводнений, как это называется?»): the word joins two nouns, and the question after
        the comma asks of both (blindfix26, blind26 A4)."""
        clauses = clauses_of(right)
        if len(clauses) < 2:
            return False
        toks = self._aside_dropped(fold(clauses[0]).split())
        return (0 < len(toks) <= JOINED_NOUN_MAX and not self._conditional(toks)
                and not (self.requests.find(toks) or self.question_starts.find(toks)
                         or self._has_question_word(toks)))

    def _names_a_question(self, text: str, least: int = 2) -> bool:
        """Whether a side of a joined sentence asks (a question word, start or request)
        and names ``least`` words or more besides."""
        toks = self._aside_dropped(fold(text).split())
        asking = {k for index in (self.requests, self.question_starts)
                  for h in index.find(toks) for k in range(h.start, h.end)}
        if not (asking and min(asking) == 0 or self.requests.find(toks)
                or self._has_question_word(toks)):
            return False
        if toks and (toks[-1] in self.question_ends or self._asks_by_suffix(toks[-1])):
            asking.add(len(toks) - 1)  # "yordam beradimi" names one thing only
        named = [t for k, t in enumerate(toks) if k not in asking and t not in self.stopwords
                 and t not in self.question_words]
        # ... or one word the knowledge base knows beside a question word of its own (not
        # only a "-mi": "texnologiya ham yordam beradimi" asks one thing of two sides): a
        # whole short question ("what is the ILO and what is the IOM", "Shengen nima va
        # ...", «... и на что тратят»: fix12, item 7)
        return len(named) >= least or (
            len(named) == 1 and named[0] in self._known
            and not self.question_words.isdisjoint(toks))

    def speaks_of_writer(self, toks: Sequence[str]) -> bool:
        """Whether folded tokens speak of the writer or their family (``personal:``)."""
        return self._personal(tuple(toks))

    def asks_place(self, before: Sequence[str], after: Sequence[str]) -> bool:
        """Whether the words around a place named (``before`` it, the two ``after`` it) ask
        about being there rather than tell it: a question word or particle before it
        («сколько наших в Казахстане», «могу ли я работать в Корее»), a question start right
        before the writer's words ("can I work in Korea", "should we stay in Russia"),
        or a "-mi" of ``question_inside`` after it ('Koreyada ishlasam boʻladimi')."""
        before = tuple(before)
        if any(map(self._question_word, before, (None, *before))) or any(
                t in self.question_particles for t in before[1:]):
            return True
        if any(h.end < len(before) and self._personal(before[h.end:h.end + 2])
               for h in self.question_starts.find(before)):
            return True
        return bool(self.question_inside) and any(t.endswith(self.question_inside)
                                                  for t in after)

    def _question_word(self, tok: str, before: str | None) -> bool:
        """Whether ``tok`` is a question word that asks: not after a word of
        ``question_negators`` ("hech kimga keragim yoʻq": nobody needs me)."""
        return tok in self.question_words and before not in self.question_negators

    def _personal(self, toks: tuple[str, ...]) -> bool:
        """Whether folded tokens speak of the writer or their family (``personal:``)."""
        endings, length = self.personal_suffix
        return bool(self.personal.find(toks)) or bool(endings) and any(
            len(t) >= length and t.endswith(endings) for t in toks)

    def _question_opens(self, toks: tuple[str, ...]) -> int | None:
        """Where the first question word, request or question start of folded tokens is (not
        a particle nor a "-mi", which close the question they end: 'kredit olsam
        boʻladimi'), or None."""
        return min([*(k for k, tok in enumerate(toks)
                      if self._question_word(tok, toks[k - 1] if k else None)),
                    *(h.start for index in (self.requests, self.question_starts)
                      for h in index.find(toks))], default=None)

    def _runon_clause(self, toks: tuple[str, ...], not_asking: Set[str]) -> list[Part]:
        """For a long sentence without commas (a voice message typed out, "... shu pul
        oʻtkazmalari soʻm kursini tushib ketishdan saqlaydimi deb qiziqib qoldim"): the
        words around its last asking word, where its question is."""
        last = max((k for k, tok in enumerate(toks)
                    if self._question_word(tok, toks[k - 1] if k else None)
                    or k and tok in self.question_particles
                    or tok not in not_asking and self._asks_by_suffix(tok)
                    or tok in self.question_ends), default=None)
        found = [h.start for index in (self.requests, self.question_starts)
                 for h in index.find(toks)]
        last = max([k for k in (last, *found) if k is not None], default=None)
        if last is None or last <= RUNON_BACK:
            return []  # the question opens the sentence: "why do people pack up and move ..."
        return [Part(toks[last - back: last + RUNON_AHEAD + 1], True)
                for back in (RUNON_BACK, RUNON_TIGHT)]

    def _aside_dropped(self, toks: list[str]) -> tuple[str, ...]:
        """``toks`` without their greetings, thanks and the like."""
        drop = {k for h in self.aside.find(toks) for k in range(h.start, h.end)}
        return tuple(t for k, t in enumerate(toks) if k not in drop)

    def _clause_starts_asking(self, sentence: str) -> bool:
        """Whether a comma clause after the first starts like a question ("if I go abroad,
        does the state plan anything"), its greetings and thanks set aside ("до свидания"
        folds to "do ...")."""
        for clause in clauses_of(sentence)[1:]:
            rest = self._aside_dropped(fold(clause).split())
            if any(h.start == 0 for h in self.question_starts.find(rest[:2])):
                return True
        return False

    def _names_something(self, toks: Sequence[str]) -> bool:
        """Whether a clause names something besides question and stop words: "mumkinmi",
        «можно ли», "is it possible" name nothing, and scored alone they took the one entry
        whose phrasing ends so ('shu sumkani olib ketgim keladi, mumkinmi': Article 23's
        "... berib yuborish mumkinmi?"; danger18, issue 7 item 5). Nor does one that asks
        only what the clause before is called, or who calls it so (``naming_asked``: "Folks
        forced out by drought or flooding, what do scholars call that?" took the Uzbek
        scholars' entry; cw22)."""
        naming = {k for h in self.naming_asked.find(list(toks)) for k in range(h.start, h.end)}
        return any(t not in self.stopwords and t not in self.question_words and k not in naming
                   and not (naming and t in self.refer_back) for k, t in enumerate(toks))

    def _conditional(self, toks: Sequence[str]) -> bool:
        """Whether a comma clause tells a condition: it opens with ``condition_openers``
        ("if", «если», 'agar') or ends on a verb of ``condition_suffix`` ('qolsa')."""
        ending, length = self.condition_suffix
        return toks[0] in self.condition_openers or (
            bool(ending) and len(toks[-1]) >= length and toks[-1].endswith(ending))

    def _of_condition(self, toks: Sequence[str]) -> bool:
        """Whether a clause that asks after a condition asks only of it: it points back
        (``condition_referred``: 'buning yomon oqibati bormi', «чем это плохо») or has at
        most ``FRAME_REST`` words besides stop and question words ("what difficulties come
        up"), so the condition names the subject (left24). One that names more asks by
        itself ('Koʻp begonalar kelsa, davlatda qanday muammolar chiqadi?')."""
        rest = [t for t in toks if t not in self.stopwords and t not in self.question_words]
        return (len(rest) <= FRAME_REST
                or not self.condition_referred.isdisjoint(toks))

    def _asking_clauses(self, sentence: str) -> tuple[list[Part], list[list[str]]]:
        """The comma clauses of a sentence that hold a question word or a request ("помогите
        написать реферат, нужна информация о диаспоре"), when some do not, and the folded
        tokens of those that do not (they tell); else none of either."""
        found, telling = [], []
        instrumental = {fold(w) for w in INSTRUMENTAL.findall(sentence.lower())}
        pieces: list[list[str]] = []
        for clause in clauses_of(sentence):
            toks = fold(clause).split()
            if (pieces and toks and toks[0] in self.relative_openers
                    and self._has_question_word(pieces[-1], instrumental)):
                pieces[-1] += toks  # "что выигрывает страна, куда едут работники": one
            else:               # clause; not "нужно продлить паспорт, куда обращаться?"
                pieces.append(toks)
        condition: list[str] = []
        for k, toks in enumerate(pieces):
            if toks and k < len(pieces) - 1 and self._conditional(toks):
                telling.append(toks)  # "When a country leans on cash from abroad, could
                condition = toks      # that backfire?": the condition asks nothing (cw22) ...
                continue
            before, condition = condition, []
            if toks and self._has_question_word(toks, instrumental):
                if not self._names_something(toks) or (
                        telling and telling[-1] is pieces[k - 1] and self.subjectless(toks, True)
                        and not self._personal(tuple(telling[-1]))):
                    continue  # "..., mumkinmi": a question word alone asks of the clause before;
                    # so does a pronoun ("the UN body for jobs, what did it write": blindfix24)
                # ... and carries the subject of the clause after it that asks only the frame
                found.append(Part(self._aside_dropped(
                    before + toks if before and self._of_condition(toks) else toks), True))
            elif toks and (requests := self.requests.find(toks)):
                asking = {k for h in requests for k in range(h.start, h.end)}
                named = self._aside_dropped([t for k, t in enumerate(toks) if k not in asking])
                found.append(Part(named, True, requested=True))
            elif toks:
                telling.append(toks)
        return (found, telling) if found and telling else ([], [])
