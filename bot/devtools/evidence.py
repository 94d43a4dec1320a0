"""What the answered entry matched on: word evidence of a confident answer (twenty-sixth session).

The blind blocks' confident wrong answers (``bot/devtools/replay.py``) are mostly a
neighbour entry winning on everyday words. This asks whether what each entry matched on
tells them apart, independent of the matcher's score: each content word of the question
(read as the matcher reads it, thesaurus concepts added) is credited to the entries whose
vocabulary holds it (``Index._weighed``: exact, stem, sibling, typo, concept), and weighed by
how few of the entries hold it (``distinctiveness``). The **evidence margin** of the answered
entry over the next ones is what it covers of those weights minus what each of them covers;
below 0, another entry matched the rarer words.

``replay.py evidence DUMP...`` measures rules "answer -> did you mean when <feature>" on the
dumped lines answered under the shipped lead rule, pooled and by 5-fold cross-validation
over blocks (``held_out``). The findings are in docs/calibration.md.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.thesaurus import CONCEPT_MARK, PEOPLE

if TYPE_CHECKING:
    from bot.matcher import Matcher

HOLDS = 0.5
"""A word's credit in an entry from which the entry holds it (an answer-only word: 0.5)."""
FOLDS = 5


@dataclass(frozen=True)
class Word:
    """A content word of a question and its credit (0-1) in each entry, by entry number."""

    tok: str
    credits: tuple[float, ...]

    @property
    def held_by(self) -> int:
        """How many entries hold the word."""
        return sum(c >= HOLDS for c in self.credits)

    def distinctiveness(self) -> float:
        """log((entries + 1) / (holders + 0.5)): a word one entry holds weighs most."""
        return math.log((len(self.credits) + 1) / (self.held_by + 0.5))


def words_of(m: Matcher, text: str) -> list[Word]:
    """The content words the matcher scores ``text``'s asking sentences on (every sentence,
    when none asks), with the thesaurus concepts they name (as ``Index._scores`` adds
    them), each credited to every entry as ``Index._coverage`` credits it."""
    reading = m.analyse(text).reading
    toks = [t for p in (reading.question_parts or reading.parts) for t in p.toks]
    hits = m.thesaurus.hits(toks)
    concepts = m._concepts
    meaning: dict[str, str] = {}
    for hit in hits:
        token = CONCEPT_MARK + hit.label.removeprefix(PEOPLE)
        if token in concepts:
            meaning.update(dict.fromkeys(toks[hit.start:hit.end], token))
    toks += [t for t in m.thesaurus.concept_tokens(toks, hits)
             if t[0] == CONCEPT_MARK and t in concepts]
    content = [t for t in dict.fromkeys(toks)
               if (len(t) > 1 or t.isdigit()) and t not in m.stopwords]
    asked = [(t, meaning.get(t)) for t in content]
    vocab = m._vocab
    out = []
    for (tok, _), (similar, _) in zip(asked, m._weighed(asked), strict=True):
        credits = [0.0] * vocab.n_entries
        for word, sim in similar.items():
            entries, credit = vocab.postings(word)
            for e, c in zip(entries.tolist(), credit.tolist(), strict=True):
                credits[e] = max(credits[e], sim * c)
        out.append(Word(tok, tuple(round(c, 3) for c in credits)))
    return out


def evidence_margin(words: Sequence[Word], got: int, others: Sequence[int]) -> float:
    """The least, over ``others``, of what entry ``got`` covers of the question's words
    minus what the other covers, each word weighed by its distinctiveness (inf: none)."""
    return min((sum(w.distinctiveness() * (min(w.credits[got], 1) - min(w.credits[o], 1))
                    for w in words) for o in others), default=math.inf)


def uncovered_known(words: Sequence[Word], got: int) -> float:
    """The distinctiveness-weighted share of the question's words some entry holds that
    entry ``got`` does not cover."""
    total = sum(w.distinctiveness() for w in words)
    return sum(w.distinctiveness() * (1 - min(w.credits[got], 1)) for w in words
               if w.held_by) / total if total else 0.0


def rare_only_elsewhere(words: Sequence[Word], got: int, other: int, rare: int) -> bool:
    """Whether ``other`` holds a word at most ``rare`` entries hold that ``got`` lacks, and
    ``got`` holds none such that ``other`` lacks (it won on words both share)."""
    def only(a: int, b: int) -> bool:
        return any(w.credits[a] >= HOLDS > w.credits[b] and w.held_by <= rare for w in words)
    return only(other, got) and not only(got, other)


@dataclass(frozen=True)
class Answered:
    """A dumped line answered under the lead rule, with its words (``words_of``)."""

    block: str
    right: bool
    wrong: bool
    score: float
    got: int
    others: tuple[int, ...]
    """The next entries ranked (up to two), by entry number."""
    words: tuple[Word, ...]


Rule = Callable[[Answered], bool]


def rules() -> dict[str, Rule]:
    """The rules measured: each says when an answer becomes "did you mean"."""
    out: dict[str, Rule] = {}
    for top in (1, 2):
        for below in (-3.0, -2.0, -1.5, -1.0, -0.5, 0.0):
            out[f"evidence margin over the next {top} < {below:g}"] = (
                lambda a, top=top, below=below:
                evidence_margin(a.words, a.got, a.others[:top]) < below)
    for share in (0.4, 0.45, 0.5, 0.55, 0.6):
        out[f"uncovered known share >= {share:g}"] = (
            lambda a, share=share: uncovered_known(a.words, a.got) >= share)
    for rare in (2, 4, 8):
        out[f"the next holds a word of <= {rare} entries, the answered none of its own"] = (
            lambda a, rare=rare: bool(a.others)
            and rare_only_elsewhere(a.words, a.got, a.others[0], rare))
    for name, rule in list(out.items()):
        for score in (60, 70):
            out[f"{name}, score below {score}"] = (
                lambda a, rule=rule, score=score: a.score < score and rule(a))
    return out


def counted(lines: Sequence[Answered], rule: Rule) -> tuple[int, int]:
    """Confident wrong answers a rule turns into "did you mean", and right answers."""
    fired = [a for a in lines if rule(a)]
    return sum(a.wrong for a in fired), sum(a.right for a in fired)


def fitted(lines: Sequence[Answered], named: dict[str, Rule]) -> str:
    """The rule that removes the most wrong answers less half the right ones it costs (a
    right answer lost counts half a wrong one removed); of equals, the one firing least."""
    def worth(name: str) -> tuple[float, int]:
        wrong, right = counted(lines, named[name])
        return wrong - right / 2, -(wrong + right)
    return max(named, key=worth)


def held_out(lines: Sequence[Answered], named: dict[str, Rule],
             folds: int = FOLDS) -> list[tuple[str, int, int]]:
    """Per fold (the blocks in sorted order, block k in fold k mod ``folds``): the rule
    ``fitted`` on the other folds, and the wrong and right answers it turns on this one."""
    blocks = sorted({a.block for a in lines})
    fold = {b: k % folds for k, b in enumerate(blocks)}
    out = []
    for k in range(folds):
        name = fitted([a for a in lines if fold[a.block] != k], named)
        out.append((name, *counted([a for a in lines if fold[a.block] == k], named[name])))
    return out
