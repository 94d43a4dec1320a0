"""Near misses: what a question asks that an entry does not give (pure, built once).

An answer is a near miss of the question, not its answer, when the entry contradicts a
fact the question names (another year, article, country, people or body: ``conflict`` in
``bot.thesaurus``), gives no figure for a "how many", gives the home country's figure for
a foreign country's, or leaves out the detail asked: one of its own ``not_covered``
phrases, or a ``details:`` kind of ``knowledge/phrases.yaml`` ("how to apply") its text
does not give. ``bot.matcher`` then offers the entry as a "did you mean" with a note.
"""

from __future__ import annotations

import re

from bot.index import Index
from bot.knowledge import Entry
from bot.phrases import Hit
from bot.reading import Reader
from bot.text import fold
from bot.thesaurus import CONCEPT_MARK, HOME, Conflict, Facts, conflict

NOT_COVERED_GAP = 2
"""Words that may stand between the words of a ``not_covered`` phrase ("how many *Uzbek*
migrants live")."""
_LOCATIVE = ("da", "dagi", "de", "degi")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
"""Uzbek endings of where someone is ("Rossiyada"), folded."""


class NearMisses(Index):
    """The index plus what each entry leaves out; ``reader`` is set by the subclass."""

    reader: Reader

    def _know_what_entries_leave_out(self) -> None:
        """Read every entry's text once for what it gives (after ``reader`` is set)."""
        known: dict[str, tuple[set[str], set[str]]] = {}
        given = [self._labels_in(self.kb.entries[eid], known) for eid in self.entry_ids]
        self._details = [practical | in_aliases for (practical, _), in_aliases in zip(
            given, self.alias_labels(self.reader.practical), strict=True)]
        """Per entry: the kinds of practical detail (``practical:`` labels) its text gives."""
        self._gives = [details | in_aliases for (_, details), in_aliases in zip(
            given, self.alias_labels(self.reader.details), strict=True)]
        """Per entry: the kinds of ``details:`` (how to apply ...) its text gives."""
        self._bodies = frozenset(b for f in self._facts for b in f.bodies)
        """The organisations some entry speaks of."""
        self._counts = [any(not 1900 <= n <= 2100 for n in f.numbers) for f in self._facts]
        """Per entry: whether its text gives a figure (a number that is not a year)."""
        self._gives_amounts = [self._counts[k] and any(
            h.label == "asks" for qs in self.kb.entries[eid].questions.values() for q in qs
            for h in self.reader.quantity.find(fold(q).split()))
            for k, eid in enumerate(self.entry_ids)]
        """Per entry: whether it gives a figure and is asked for it ("How much money did
        migrants send home in 2024?"): the answer to a "how much" of its subject."""

    def _labels_in(self, entry: Entry, known: dict[str, tuple[set[str], set[str]]]
                   ) -> tuple[frozenset[str], frozenset[str]]:
        """The ``practical`` and ``details`` labels in an entry's answers (``known``: those
        of each text read so far, as an answer given by several entries is read once;
        aliases: ``alias_labels``)."""
        practical: set[str] = set()
        details: set[str] = set()
        for text in entry.answer.values():
            if text not in known:
                # "The article does not say where the training takes place": a sentence
                # that says what the documents leave out gives none of its details.
                said = [t for sentence in _SENTENCE.split(text)
                        if not self.reader.negation & set(words := self._fold(sentence).split())
                        for t in words]
                known[text] = (self.reader.practical.labels(self._fold(text).split()),
                               self.reader.details.labels(said))
            practical |= known[text][0]
            details |= known[text][1]
        return frozenset(practical), frozenset(details)

    def _left_out(self, toks: tuple[str, ...], idx: int, quantity: str | None) -> list[Hit]:
        """What the question asks that entry ``idx`` leaves out besides its own
        ``not_covered`` details: a ``details:`` kind its text does not give ("how to
        apply"), or a quantity when it gives no figure ("How many Uzbeks work in Russia")."""
        hits = [h for h in self.reader.details.find(toks, NOT_COVERED_GAP)
                if h.label not in self._gives[idx]]
        if not hits and quantity is not None and not self._counts[idx]:
            hits = [h for h in self.reader.quantity.find(toks) if h.label == "asks"][:1]
        return hits

    def _conflict(self, asked: Facts, idx: int, of: frozenset[str]) -> Conflict | None:
        """``conflict`` with entry ``idx``; and a figure asked of foreign countries ``of``
        ("Qirgʻizistonga 2024-yilda qancha pul kelgan?") contradicts an entry whose figures
        are Uzbekistan's (it names no foreign country)."""
        found = conflict(asked, self._facts[idx])
        if found is None and of and not self._facts[idx].places - {HOME}:
            found = Conflict(tuple(CONCEPT_MARK + p for p in sorted(of)), (CONCEPT_MARK + HOME,))
        return found

    def _figure_of(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts) -> frozenset[str]:
        """The foreign countries a "how many" asks the figure of: not the home country's
        ("send home", "Oʻzbekistonga"), and not where someone is ("works in Moscow",
        "Rossiyada", "в России")."""
        if HOME in asked.places or any(t in self.reader.home_words for t in toks):
            return frozenset()
        found = set()
        for hit in hits:
            concept = self.thesaurus.concepts.get(hit.label)
            if concept is None or concept.kind != "country" or hit.label == HOME:
                continue
            before, last = toks[hit.start - 1] if hit.start else "", toks[hit.end - 1]
            if before == "in" or last.endswith(_LOCATIVE) or (
                    before in ("v", "vo") and last.endswith(("e", "i"))):
                continue
            found.add(hit.label)
        return frozenset(found)

    @staticmethod
    def _pinned(asked: Facts, own: Facts) -> bool:
        """Whether the question names places or numbers, all of them the entry's own."""
        places = asked.places - {HOME}
        return bool(places or asked.numbers) and places <= own.places and all(
            n in own.numbers for n in asked.numbers)
