"""What a message names besides its question (pure): the things a comparison compares, and
the documents a question about the documents asks about. A mixin of ``bot.matcher.Matcher``,
whose index, thesaurus, reader and documents it reads."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.reading import ABOUT_SLACK
from bot.text import fold
from bot.thesaurus import CONCEPT_MARK
from bot.verdict import Analysis, Candidate, Match

if TYPE_CHECKING:
    from bot.documents import DocumentFinder
    from bot.nearmiss import Scored
    from bot.phrases import Hit
    from bot.reading import Reader
    from bot.thesaurus import Thesaurus


BODY_AFTER = 3
"""Words after a question word an organisation's name may start at most for it to be what
the question asks ("what does the ILO", «чем занимается МОМ»), none of them a joining word
("… nimalarni oʻrgangan, va BMT ham …" asks a second thing of the UN)."""
DOCUMENT_REST = 2
"""Content words a sentence must keep besides a document it names by its title for the title's
words to be set aside ("what does the article on migration in international relations say"
asks the article's subject: it keeps them)."""
BODY_BEFORE = 2
"""Words a question word may stand from the end of a sentence, and an organisation's name
from it, for the name to be what it asks ('MOM nima qiladi', 'XMTning vazifasi nima')."""


class Naming:
    """``Matcher``'s reading of what a message names."""

    thesaurus: Thesaurus
    reader: Reader
    _documents: DocumentFinder
    _owner: dict[str, int]
    entry_ids: list[str]
    stopwords: frozenset[str]
    _known_words: frozenset[str]

    def _document_named(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` without a document they name by its title ("which forms of migration are
        distinguished in the article on migration in international relations": the forms of
        migration, not migration in international relations), when the rest still asks
        something (``DOCUMENT_REST``); else ``toks`` themselves."""
        gone: set[int] = set()
        for hit in self.reader.documents_named.find(toks):
            step = 1 if hit.label == "before" else -1
            k, named = (hit.end if step == 1 else hit.start - 1), []
            while 0 <= k < len(toks) and (
                    toks[k] in self.stopwords or toks[k] in self.reader.document_title_words
                    or self._documents.in_title(toks[k])):
                named.append(k)
                k += step
            words = [toks[j] for j in named if toks[j] not in self.stopwords]
            if self._documents.titled(words):
                gone.update(range(hit.start, hit.end), named)
        rest = tuple(t for k, t in enumerate(toks) if k not in gone)
        if not gone or sum(t not in self.stopwords and len(t) > 1 for t in rest) < DOCUMENT_REST:
            return toks
        return rest

    def _bodies_asked(self, toks: tuple[str, ...], hits: list[Hit]
                      ) -> tuple[str, ...] | None:
        """``toks`` without the organisations a sentence names only beside the one it asks
        about («нам задали про ООН, МОТ и МОМ, что такое МОТ», "we write about the UN, the
        ILO and the IOM, what is the IOM", 'BMT, XMT va MOM haqida …, MOM nima qiladi'):
        the bodies after its last question word, or right before one that ends it
        ('XMT nima'), when they are some of those it names but not all and no other body
        follows the question word; else None."""
        named = [(h, fact[1]) for h in hits
                 if (fact := self.thesaurus.fact_of(h.label)) and fact[0] == "bodies"]
        if len({b for _, b in named}) < 2:
            return None
        q = max((k for k, t in enumerate(toks) if t in self.reader.question_words),
                default=None)
        if q is None:
            return None
        after = [(h, b) for h, b in named if h.start > q]
        asked = {b for h, b in after if h.start <= q + BODY_AFTER
                 and self.reader.joining_words.isdisjoint(toks[q + 1:h.start])}
        if len({b for _, b in after}) > 1:
            return None  # "how do the ILO and the IOM work together": both asked
        if not after and q >= len(toks) - BODY_BEFORE:
            asked = {b for h, b in named if q - BODY_BEFORE <= h.end <= q}
            # ... and those joined to it ('BMT va XMT ... nima qiladi': both asked)
            asked |= self._bodies_joined(toks, hits, range(q - BODY_BEFORE, q + 1))
            # ... or the body of it that its name ends («организация труда при ООН чем
            # занимается»: the ILO)
            asked |= {b for h, b in named for h2, b2 in named if b2 in asked
                      and h.end == h2.start and b2 in self.thesaurus.concepts[b].within}
        if not asked or asked == {b for _, b in named}:
            return None
        gone = {k for h, b in named if b not in asked for k in range(h.start, h.end)}
        return tuple(t for k, t in enumerate(toks) if k not in gone)

    def _bodies_joined(self, toks: tuple[str, ...], hits: list[Hit],
                       ends: range | None = None) -> frozenset[str]:
        """The organisations a sentence names side by side, joined by a joining word or a
        comma ("the UN and the ILO", «ООН, МОТ и МОМ», 'BMT va XMT'): each is asked, the
        one the other is part of too (not "labour organisation of the UN", which asks of
        the ILO alone: ``Thesaurus.innermost``). With ``ends``, only a list whose last
        name ends there ('BMT va XMT nima qiladi')."""
        named = sorted((h.start, h.end, fact[1]) for h in hits
                       if (fact := self.thesaurus.fact_of(h.label)) and fact[0] == "bodies")
        joined: set[str] = set()
        run: set[str] = set()
        joins, last = False, -1
        for start, end, body in named:
            gap = toks[last:start]
            if run and start >= last and all(t in self.reader.joining_words
                                             or t in self.stopwords for t in gap):
                joins = joins or not self.reader.joining_words.isdisjoint(gap)
            else:  # a list's comma is no token: its names stand side by side
                run, joins = set(), False
            run.add(body)
            last = end
            if joins and len(run) > 1 and (ends is None or end in ends):
                joined |= run
        return frozenset(joined)

    def _joined_tied(self, found: Scored, joined: frozenset[str]) -> Scored:
        """``found`` with the entries whose subjects are organisations named side by side
        (``_bodies_joined``: "how do the UN and the IOM help migrants") tied with its best,
        when that is one of them: both are asked, so both are offered, and neither's
        mention of the other is a near miss. Else ``found`` itself."""
        owners = {self._owner.get(CONCEPT_MARK + b) for b in joined}
        if len(joined) < 2 or None in owners or len(owners) < len(joined) or not found.ranked:
            return found
        best_id, best = found.ranked[0]
        tied = {self.entry_ids[k] for k in owners if k is not None}
        if best_id not in tied:
            return found
        return replace(found, miss=None, ranked=(
            found.ranked[0], *((eid, best) for eid in sorted(tied - {best_id})),
            *(r for r in found.ranked[1:] if r[0] not in tied)))

    def _compared(self, a: Analysis) -> tuple[Candidate, ...]:
        """For a comparison: the entries of its own of each organisation, act or article
        it names (``_owner``), in the order named, with their scores for the message."""
        every = [t for p in a.reading.parts for t in p.toks]
        hits = self.thesaurus.hits(every)
        named = [(h.start, CONCEPT_MARK + h.label) for h in hits]
        # An organisation by its short name as written («МОМ», which the thesaurus cannot
        # list: it folds as English "mom" does)
        written = set(a.query.split()) | set(re.findall(r"\w+", a.query))
        named += [(every.index(fold(short)) if fold(short) in every else len(every),
                   CONCEPT_MARK + cid) for cid, c in self.thesaurus.concepts.items()
                  if c.kind == "body" for short in c.name.values()
                  if short.isupper() and short in written]
        named += [(every.index(str(n)) if str(n) in every else len(every), str(n))
                  for n in self.thesaurus.asked_facts(every, hits).numbers]
        owners = dict.fromkeys(self._owner[item] for _at, item in sorted(named)
                               if item in self._owner)
        scores = {eid: sc for part in a.parts for eid, sc in part.ranked}
        return tuple(Candidate(self.entry_ids[k], scores.get(self.entry_ids[k], 0.0))
                     for k in owners)

    def _sides_offered(self, a: Analysis, found: Match) -> tuple[Candidate, ...]:
        """For a message that compares, or asks both sides of a subject, answered with one
        entry: the choice of a pair of opposite sides (``side_pairs``) it asks of, else none.

        A comparison answered with one side ("compare the obstacles and opportunities of
        harmonising", 'qabul qiluvchi va joʻnatuvchi davlatlarga taʼsirini solishtiring') offers
        both sides, the answer's first, when the other side is among the message's
        ``MatcherSettings.sides_ranked`` best. Both sides asked ("плюсы и минусы миграции для
        Узбекистана") of an answer outside the pairs offers it and a side's pair ranked within
        ``MatcherSettings.sides_window`` points of it (a side answered keeps its button:
        ``Match.also``)."""
        if found.decision != "answer" or not found.candidates:
            return ()
        best = found.candidates[0]
        first = self.settings.sides_ranked
        ranked = {eid: sc for part in a.parts for eid, sc in part.ranked[:first]
                  if eid != best.entry_id}
        other = self.reader.other_side
        if best.entry_id in other:
            side = other[best.entry_id]
            if not a.reading.compares or side not in ranked:
                return ()
            return best, Candidate(side, ranked[side])
        if not a.reading.both_sides:
            return ()
        side = next((eid for eid, sc in sorted(ranked.items(), key=lambda r: -r[1])
                     if eid in other and sc >= best.score - self.settings.sides_window), None)
        if side is None:
            return ()
        scores = {eid: sc for part in a.parts for eid, sc in part.ranked}
        return best, Candidate(side, ranked[side]), Candidate(other[side],
                                                              scores.get(other[side], 0.0))

    def _written_by(self, a: Analysis) -> tuple[str, ...]:
        """The documents a message asks about: it names the author ("mirxoldorov kim",
        "Mamatqulov maqolasi qachon chiqqan", "Жураулова кем работает") and little else, or
        asks about the documents ("which journal", "who wrote") naming one by its title or
        subject."""
        toks = [t for p in a.reading.parts for t in p.toks]
        hits = self._documents.authors(toks, self._known_words)
        if not hits:
            return self._titled(toks)
        # What is asked of the author is read without the name: "where does (the author)
        # Mirkholdorov work" is "where does he work" with the name inside.
        named = {k for k, _ in hits}
        others = [t for k, t in enumerate(toks)
                  if k not in named and t not in self.reader.document_words]
        asked = {k for h in self.reader.about_author.find(others, 1)
                 for k in range(h.start, h.end)}
        rest = [t for k, t in enumerate(others) if k not in asked and t not in self.stopwords]
        known = [t for t in rest if t in self._known_words]
        if not a.reading.about_sources and (known or len(rest) > ABOUT_SLACK):
            return ()  # "What does Mirkholdorov say about remittances": the answer
        return tuple(dict.fromkeys(sid for _, name in hits
                                   for sid in self._documents.written[name]))

    def _titled(self, toks: list[str]) -> tuple[str, ...]:
        """The document a question about the documents names by title or subject."""
        about = self.reader.about_hits(toks)
        if not about:
            return ()
        inside = {k for h in about for k in range(h.start, h.end)}
        words = [t for k, t in enumerate(toks) if k not in inside and t not in self.stopwords
                 and t not in self.reader.document_words and not t.isdigit()]
        return self._documents.titled(words)
