"""Elliptical sentences: "How much was sent in 2024? And in 2023?", «Сколько перевели в 2024
году? А в Казахстан?», "… 2023 chi?". The second sentence names only a year or a country;
it asks the sentence before it again, of that year or country, so it is read as that
sentence with its year or country changed (a near miss of the first one's entry when the
documents give only that), never matched alone ("And in 2023?" alone would meet any entry
that names 2023). Pure after loading.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from bot.asking import Part
from bot.facts import HOME
from bot.numbers import YEARS
from bot.text import fold
from bot.thesaurus import Thesaurus
from bot.urgency import Urgency

ELLIPSIS_LOOK = 4
"""How far into a sentence its opener may stand, greetings and thanks before it."""
ELLIPSIS_MAX = 2
"""Words an elliptical sentence names at most besides its opener and stop words ("and in
2022 and 2023", «а в Казахстан и Россию»)."""


def _year(tok: str) -> bool:
    return tok.isdigit() and int(tok) in YEARS


class Elliptic(Urgency):
    """Where a sentence only changes the year or country of the one before it."""

    def __init__(self, raw: Mapping[str, object], stopwords: Set[str] = frozenset(),
                 vocabulary: Set[str] = frozenset(), thesaurus: Thesaurus | None = None) -> None:
        super().__init__(raw, stopwords, vocabulary)
        self._thesaurus = thesaurus
        self._opening = frozenset(fold(str(p)).split()[0] for p in raw.get("ellipsis") or ()  # type: ignore[attr-defined]
                                  if fold(str(p)).split())
        """The first words of ``ellipsis``: a sentence with none of them near its start and
        no ``ellipsis_last`` at its end is not elliptical (most sentences, read at once)."""

    def _facts_at(self, toks: Sequence[str]) -> dict[int, str]:
        """The tokens that name a country, a people or a body, with the kind of fact; not
        those of Uzbekistan itself (what the question is about, not what varies)."""
        th = self._thesaurus
        if th is None:
            return {}
        found: dict[int, str] = {}
        for h in th.hits(toks):
            fact = th.fact_of(h.label)
            if fact is not None and fact[1] != HOME:
                found.update(dict.fromkeys(range(h.start, h.end), fact[0]))
        return found

    def _opened(self, toks: Sequence[str]) -> tuple[list[str], int, bool] | None:
        """A sentence's words, greetings and thanks aside, with how many open it as an
        ellipsis ("and in", «а в») and whether it ends with one ("-chi"); None when neither
        can (most messages: no opener, no "-chi") or nothing is left."""
        if not toks or toks[-1] not in self.ellipsis_last and not any(
                t in self._opening for t in toks[:ELLIPSIS_LOOK]):
            return None
        rest = list(self._aside_dropped(list(toks)))
        if not rest:
            return None
        opened = max((h.end for h in self.ellipsis.find(rest) if h.start == 0), default=0)
        return rest, opened, rest[-1] in self.ellipsis_last

    def elliptical(self, toks: Sequence[str]) -> tuple[str, ...]:
        """What an elliptical sentence names (folded tokens: "and in 2023", «а в Казахстан»,
        "2023 chi"): one that opens with ``ellipsis`` or ends with ``ellipsis_last``, its
        greetings and thanks aside, and besides stop words, question words and year words
        names one or two years or countries only; else nothing."""
        found = self._opened(toks)
        if found is None:
            return ()
        rest, opened, last = found
        if opened:
            rest = rest[opened:]
        elif last:
            rest = rest[:-1]
        else:
            return ()
        years = {k for h in self.number_words.find(rest) if h.label == "year"
                 for k in range(h.start, h.end)}
        facts = self._facts_at(rest)
        named = [(k, t) for k, t in enumerate(rest) if k not in years and (
            k in facts or t not in self.stopwords and t not in self.question_words)]
        if not 0 < len(named) <= ELLIPSIS_MAX or not all(
                _year(t) or k in facts for k, t in named):
            return ()
        return tuple(rest[k] for k, _t in named)

    def follows_nothing(self, toks: Sequence[str]) -> tuple[str, ...] | None:
        """Whether a message with no other sentence left to match only follows on from a
        question it does not hold: elliptical ("what about Kazakhstan?", «а в Казахстане?»,
        'Koreya-chi?'), or an opener or "-chi" around one word and no question word ("and
        the opportunities?", 'konsullik-chi?', «а консульство?»; fix14, tester s13 item
        13). Alone it has nothing to follow: a follow-up, never matched (it met the entry
        listing destinations). None if not; else the one word of the second kind (an entry
        about that word answers it after all: ``Matcher.analyse``), or nothing."""
        found = self._opened(toks)
        if found is None:
            return None
        whole, opened, last = found
        if not opened and not last:
            return None
        rest = whole[opened:len(whole) - last]  # "a Qozogʻistonda-chi?": both
        if any(t in self.question_words for t in rest):
            return None  # 'a shengen nima', "and what is the IOM?" ask
        named = self.elliptical(toks)
        if named:
            # a year or a place has nothing to follow; a body named is a subject, asked as
            # a question ("what about the UN?", "and the World Bank?", 'XMT-chi?': review
            # s14 finding 5)
            facts = self._facts_at(named)
            return None if len(facts) == len(named) and set(facts.values()) == {
                "bodies"} else ()
        content = tuple(t for t in rest if t not in self.stopwords)
        if len(content) != 1:
            return None
        return () if self._oblique(whole, content[0], last) else content

    def _oblique(self, toks: Sequence[str], word: str, last: bool) -> bool:
        """Whether a follow-up's one word stands in an oblique case: after a preposition
        (``toks``: its words, opener included: "and for the families?") or, before "-chi",
        with an Uzbek case ending ('oilalarga-chi?'). Such a word fills a place in a
        question not held."""
        if any(t in self.oblique_words for t in toks):
            return True
        endings, shortest = self.oblique_endings
        return last and len(word) >= shortest and word.endswith(endings)

    def asked_again(self, toks: Sequence[str], before: Sequence[Part]) -> Part | None:
        """An elliptical sentence (``elliptical``) after one that asks, read as that one
        asked of its years or countries instead ("how much was sent in 2023"); else None."""
        if not before or not before[-1].asks:
            return None
        named = self.elliptical(toks)
        return self.asked_of(named, before[-1]) if named else None

    def asked_of(self, named: Sequence[str], asking: Part) -> Part:
        """``asking`` asked of ``named``'s years or countries instead of its own: after it
        ("… in 2024? And in 2023?") or before it, as a lead-in ("What about 2023? How much
        was sent?", 'Yaponiya bilan-chi? Mehnat kelishuvi bormi?')."""
        prev = asking.toks
        years = any(map(_year, named))
        kinds = set(self._facts_at(named).values())
        facts = self._facts_at(prev) if kinds else {}
        dropped = [k for k, t in enumerate(prev)
                   if years and _year(t) or facts.get(k, "") in kinds]
        if not dropped and kinds:
            # ... or where a pronoun stood for it ("And Japan? Is there a deal with it?")
            dropped = [k for k, t in enumerate(prev) if t in self.refer_back][:1]
        # ... said where the first of those it replaces was ("skolko pereveli v 2023 godu")
        at = dropped[0] if dropped else len(prev)
        kept = [t for k, t in enumerate(prev) if k not in dropped]
        at -= sum(k < at for k in dropped)
        return Part((*kept[:at], *named, *kept[at:]), True, again=True)
