"""What one asking sentence asks, before and after it is scored (pure): which practical
details are asked of it, its words without an urgent trigger, and whether it is too vague
to answer. A mixin of ``bot.matcher.Matcher``, whose index and reader it reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.facts import CONCEPT_MARK
from bot.numbers import YEARS

if TYPE_CHECKING:
    from bot.nearmiss import Scored
    from bot.reading import Part, Reader, Reading
    from bot.thesaurus import Thesaurus
    from bot.vocab import Vocab

BARE_CLAUSE = 3
"""Words at most, besides stop and question words, of a comma clause scored alone that names
nothing an entry is asked by: too little to answer (``SentenceAsks._bare``)."""
BARE_KNOWN = 1
"""... of which this many at most are words of the phrasings ("mire", the world, in «кто в
мире считает»; not "lav migrans righs", "sountres fight")."""
SHARED_CONCEPT = 0.5
"""A concept alone that more than this share of the entries use tells none of them apart
("migration", «миграция», 'migratsiya': 42 of 62 entries): vague, as a common word is
(``SentenceAsks._vague``; null28). A concept fewer use ("remittances", 9) is a subject."""
STEM = 5
"""Letters of a word that name it when asking sentences are compared (``_apart_from``)."""


class SentenceAsks:
    """``Matcher``'s reading of what one asking sentence asks."""

    reader: Reader
    thesaurus: Thesaurus
    stopwords: frozenset[str]
    _aliases: set[str]
    _owners: dict[str, int]
    entry_ids: list[str]
    _vocab: Vocab
    _similar_words: Callable[[list[str]], list[dict[str, float]]]

    def _apart_from(self, parts: tuple[Part, ...], k: int) -> bool:
        """Whether the asking sentences all ask by a question (not a need or a request told:
        "Семье нужны деньги. Какой телефон у агентства?", "I need their phone number. What
        is the Agency?") and the ``k``-th names no word of the others (by its first letters:
        "Where is the IOM office? What does the IOM do?" asks the IOM's office)."""
        part = parts[k]
        if len(parts) < 2 or any(p.needs or p.requested or p.opener for p in parts):
            return False
        def stems(toks: tuple[str, ...]) -> set[str]:
            return {t[:STEM] for t in toks if len(t) > 2 and t not in self.stopwords}
        mine = stems(part.toks)
        return all(mine.isdisjoint(stems(p.toks)) for j, p in enumerate(parts) if j != k)

    def _asked_of(self, asked: list[tuple[str, str]], parts: list[tuple[str, ...]], k: int
                  ) -> list[tuple[str, str]]:
        """``asked`` less the practical details that only other ``parts`` than the ``k``-th
        ask (a sentence's joined questions, or a message's asking sentences)."""
        if not asked or len(parts) < 2:  # (most messages ask no practical detail)
            return asked
        others = {h.phrase for j, toks in enumerate(parts) if j != k
                  for h in self.reader.practical.find(toks)}
        here = {h.phrase for h in self.reader.practical.find(parts[k])}
        return [(label, p) for label, p in asked if p in here or p not in others]

    def _vague(self, concepts: list[str]) -> bool:
        """One content word that no single entry owns: not a name, number or alias, nor a
        concept, unless most entries use it (``SHARED_CONCEPT``); or
        only words of ``vague_alone`` (and numbers that are no year: "visa 2017" asks that
        year's reform)."""
        content = [t for t in dict.fromkeys(concepts)
                   if t not in self.stopwords and (len(t) > 1 or t.isdigit())]
        alone = self.reader.vague_alone
        if alone and content and any(t.lstrip(CONCEPT_MARK) in alone for t in content) and all(
                t.isdigit() and int(t) not in YEARS or t.lstrip(CONCEPT_MARK) in alone
                for t in content):
            return True  # 'visa', 'pasport', "test test 123": no entry asked
        if len(content) != 1:
            return not content
        tok = content[0]
        if tok[0] == CONCEPT_MARK:
            return self._owners.get(tok, 0) > SHARED_CONCEPT * len(self.entry_ids)
        return not (tok.isdigit() or tok in self._aliases or self._owners.get(tok, 0) == 1)

    def _bare(self, toks: tuple[str, ...], scored: Scored) -> Scored:
        """A comma clause scored alone (``Analysis.clauses``) that names no concept of the
        thesaurus, number, alias or word one entry's phrasings alone use, in ``BARE_CLAUSE``
        words or fewer besides stop and question words, ``BARE_KNOWN`` of them words of the
        phrasings at most: vague, never answered («кто в мире считает»: "the world" and a
        verb met a phrasing's «... в мире» at 66; blindfix26, blind26 A5)."""
        if scored.vague or not scored.ranked:
            return scored
        content = [t for t in toks if len(t) > 1 and t not in self.stopwords
                   and t not in self.reader.question_words]
        known = sum(t in self._owners for t in content)
        if len(content) > BARE_CLAUSE or known > BARE_KNOWN or any(
                t.isdigit() or t in self._aliases or self._owners.get(t, 0) == 1
                for t in content
                ) or self.thesaurus.asked_hits(toks):
            return scored
        return replace(scored, vague=True)

    def _requested(self, scored: Scored, part: Part) -> Scored:
        """A request of one subject («расскажите про махаллю», "tell me about X") is no
        vague word when the subject is a form of words one entry alone is asked by; nor is
        one word a group of entries shares ("what is the strategy": their choice)."""
        if not scored.vague:
            return scored
        content = [t for t in part.toks if t not in self.stopwords and len(t) > 1]
        if group := self.reader.group_alone(content):
            return replace(scored, vague=False, undefined=False, group=group)
        if (part.requested and len(content) == 1 and content[0] not in self.reader.vague_alone
                and self._owned_form(content[0])):
            return replace(scored, vague=False)
        return scored

    def _owned_form(self, tok: str) -> bool:
        """Whether a word no phrasing has is a form of words one entry's phrasings alone
        use: «махаллю» of "mahalla" is that entry's as much as the word itself."""
        if tok in self._owners:
            return False
        similar = self._similar_words([tok])[0]
        top = max(similar.values(), default=0.0)
        owners: set[int] = set()
        for word, sim in similar.items():
            if sim == top:
                entries, credits = self._vocab.postings(word)
                owners.update(entries[credits >= 1.0].tolist())
        return len(owners) == 1

    def _safe(self, toks: tuple[str, ...], reading: Reading) -> tuple[str, ...]:
        """A sentence's words without those of an urgent trigger ("pasportim yoʻq qoldi" is
        not a question about the 2017 passport reform), unless it only asks what they mean
        ("что такое депортация": the protection block, then the answer), and without the
        numbers told of the writer beside its question ("с 2021 года",
        ``Reading.own_numbers``)."""
        if not (reading.danger or reading.own_numbers):
            return toks
        kept = tuple(t for t in toks if t not in reading.own_numbers)
        safe = tuple(t for t in kept if t not in reading.danger)
        if len(safe) < len(kept) and all(t in self.stopwords for t in safe) and (
                self.reader.asks_meaning_of(toks, reading.danger)):
            return kept
        return safe
