"""Words folded into another word: everyday words whose matching key meets a different word
of the matcher's vocabulary, and whose short questions that changes (for maintainers).

``fold`` (``bot.text``) gives every language one Latin key, so an English word may fold to a
Russian or Uzbek one ("good" to "god", «год», year), and the matcher's prefix and typo steps
reach further ("site" is the start of "sited", "cited"; "kids" a typo of "kinds"). Run::

    python -m bot.devtools.foldclash                # or: make fold-clashes
    python -m bot.devtools.foldclash --least 1 --show 80

Three steps:

1. **words**: everyday words of each language, counted in the entries' questions, the tune
   questions and the documents (``../shared/seeds``; Cyrillic read as Russian, Latin as
   English), kept when met ``--least`` times (typos are rare, everyday words are not);
2. **meetings**: each word's fold is looked up as a question token is (exact, prefix, stem,
   sibling, typo: ``Index._similar_words``); a vocabulary word met is *another word* when no
   word of the knowledge (its questions, answers, aliases, details left out, thesaurus, as
   written) that folds to it is a form of this one (``same_word``: they share all their
   letters but the last, or five);
3. **changes**: the words that meet another word are folded apart all at once (each to a
   key of its own, as ``bot/data/folds_apart.yaml`` would, the knowledge indexed again with
   them), and a short question of each (the word alone, and in a sentence of its language)
   is matched both ways; a word is listed when an outcome changes.

What is listed is for a person to judge: a real collision goes into ``folds_apart.yaml``
(or the thesaurus), with its tune lines written first. Never run over the holdout.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot import text
from bot.evaluation import load_labelled
from bot.matcher import Match, Matcher
from bot.text import fold, keyboard_variant, spell

TUNE = Path("tests/data/tune.yaml")
SEEDS = Path("../shared/seeds")
LEAST = 3
"""How many times a word is met in the texts read to count as an everyday word."""
SAME_STEM = 5
"""Two words that share this many first letters (as written) are forms of one word."""
TEMPLATES = {
    "en": "what about {} for migrants",
    "ru": "что насчёт {} для мигрантов",
    "uz": "migrantlar uchun {} haqida",
    "uz-Cyrl": "мигрантлар учун {} ҳақида",
}
"""A short question about a word, per language (besides the word alone)."""
_WORD = re.compile(r"[^\W\d_]+(?:['ʻʼ‘’`][^\W\d_]+)*")


def same_word(a: str, b: str, one_language: bool = True) -> bool:
    """Whether two words as written (``spell``) are forms of one word: one is the other, or
    they share SAME_STEM letters ("migration", «миграция»), or, in ``one_language``, all the
    letters of the shorter but its last (at least three: «год», «года»). "good" and «год»
    ("god") are not, nor English "state" and «статье» ("statye")."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    if not one_language:
        return shared >= SAME_STEM
    return shared >= max(3, min(SAME_STEM, min(len(a), len(b)) - 1))


def words_of(texts: Iterable[str]) -> Iterator[str]:
    """The words of ``texts``, lowercase, as written (apostrophes kept inside a word)."""
    for t in texts:
        yield from (w.lower() for w in _WORD.findall(t))


def everyday_words(matcher: Matcher, tune: Path | None = TUNE, seeds: Path | None = SEEDS,
                   least: int = LEAST) -> dict[str, str]:
    """Per everyday word, its language (the one it is met in most): words of the entries'
    questions, of ``tune``'s questions and of the documents in ``seeds``, met ``least``
    times or more."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in matcher.kb.entries.values():
        for lang, questions in entry.questions.items():
            if lang != "uz-Cyrl":  # made from the Uzbek ones
                for w in words_of(questions):
                    counts[w][lang] += 1
    if tune is not None and tune.exists():
        for row in load_labelled(tune):
            for w in words_of([row.q]):
                counts[w][row.lang] += 1
    if seeds is not None and seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            for w in words_of([path.read_text(encoding="utf-8")]):
                counts[w]["en" if w.isascii() else "ru"] += 1
    return {w: c.most_common(1)[0][0] for w, c in sorted(counts.items())
            if c.total() >= least}


def knowledge_texts(matcher: Matcher) -> Iterator[tuple[str, str, str | None]]:
    """Every text of the knowledge whose words the matcher's vocabulary holds, with what
    it belongs to (an entry's id, or a thesaurus concept's) and its language (None: any)."""
    for eid, entry in matcher.kb.entries.items():
        for lang, questions in entry.questions.items():
            if lang != "uz-Cyrl":
                yield from ((q, eid, lang) for q in questions)
        for texts in (entry.answer, entry.direct or {}):
            yield from ((t, eid, lang) for lang, t in texts.items())
        yield from ((t, eid, None) for t in (*entry.aliases, *entry.not_covered))
    for concept in matcher.thesaurus.concepts.values():
        yield from ((w, "~" + concept.id, None) for w in concept.words)


@dataclass
class Forms:
    """The knowledge's words as written (``spell``), per folded word."""

    owners: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    """Per folded word, the words written so that fold to it, each with the entries (or
    concepts) whose texts have it."""
    langs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """Per word as written, the languages of the texts that have it ("uz" for uz-Cyrl)."""


def written_forms(matcher: Matcher) -> Forms:
    """The knowledge's words (``Forms``); Uzbek also as typed on a Russian keyboard, as
    the vocabulary has it."""
    forms = Forms()
    for t, owner, lang in knowledge_texts(matcher):
        for raw in {t, keyboard_variant(t)}:
            for word in raw.split():
                spelt, folded = spell(word).split(), text.fold_letters(word).split()
                if len(spelt) == len(folded):
                    for s, f in zip(spelt, folded, strict=True):
                        forms.owners[f][s].add(owner)
                        if lang is not None:
                            forms.langs[s].add(lang.split("-")[0])
    return forms


def another_word(spelt: str, lang: str, form: str, forms: Forms) -> bool:
    """Whether ``form`` is another word than the word written ``spelt`` in ``lang``: not a
    form of it (``same_word``; a word of another language by a long stem only: English
    "state" and Russian «статье», in the article, share four letters, no meaning), and, when
    the knowledge writes that word so, not in the same texts mostly (words of two languages
    with one meaning are: "passport" and «паспорт», "Kazakhstan" and "Qozogʻiston" are in
    the same entries), else not a word of the same language that folds alike or as its stem
    ("proekt" is «проект», "svoego" «своего»)."""
    langs = forms.langs.get(form, ())
    mine = lang.split("-")[0] in langs or not langs
    if same_word(spelt, form, mine):
        return False
    own = {o for f in fold(spelt).split()[:1] for o in forms.owners.get(f, {}).get(spelt, ())}
    if own:
        owners = forms.owners[fold(form)][form]
        return len(owners & own) * 2 < len(owners)
    folded, theirs = fold(spelt), fold(form)
    return not mine or not (folded.startswith(theirs) or theirs.startswith(folded))


@dataclass
class Meeting:
    """An everyday word whose fold meets other words of the vocabulary."""

    word: str
    lang: str
    folded: str
    others: dict[str, tuple[float, tuple[str, ...]]] = field(default_factory=dict)
    """Per vocabulary word met: how similar (0-1) and the other words written so."""
    only: set[str] = field(default_factory=set)
    """The words met that only other words fold to."""
    shared: bool = False
    """The word's own fold is also that of another word (as "site" is of "cite"): only
    folding it apart (``bot/data/folds_apart.yaml``) parts them, so ``changes`` does not
    tell what that does."""
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    """Per short question whose outcome changes: it, the outcome before, after apart."""


def meetings(matcher: Matcher, words: Mapping[str, str],
             forms: Forms) -> list[Meeting]:
    """The ``words`` (word -> language) whose fold meets, exactly, by prefix, stem or typo
    (``Index._similar_words``), a vocabulary word that another word folds to."""
    found = []
    for word, lang in words.items():
        folded = fold(word).split()
        spelt = spell(word)
        if len(folded) != 1 or folded[0] in matcher.stopwords or folded[0].isdigit():
            continue
        similar = matcher._similar_words(folded)[0]
        others, only = {}, set()
        shared = False
        for met, how in similar.items():
            written = forms.owners.get(met, {})
            other = tuple(sorted(s for s in written if another_word(spelt, lang, s, forms)))
            if other:
                others[met] = (how, other)
                if len(other) == len(written):
                    only.add(met)
                elif met == folded[0]:  # another word folds as this one does
                    shared = True
        if others:
            found.append(Meeting(word, lang, folded[0], others, only, shared))
    return found


@contextmanager
def not_meeting(matcher: Matcher, token: str, words: Iterable[str]) -> Iterator[None]:
    """Inside the block, ``matcher`` finds none of ``words`` for the question token
    ``token`` (its remembered similar words changed, and restored after)."""
    similar = matcher._similar_words([token])[0]
    weighed = {k: v for k, v in matcher._weighed_words.items() if k[0] == token}
    for k in weighed:
        del matcher._weighed_words[k]
    matcher._similar[token] = {w: s for w, s in similar.items() if w not in set(words)}
    try:
        yield
    finally:
        matcher._similar[token] = similar
        for k in [k for k in matcher._weighed_words if k[0] == token]:
            del matcher._weighed_words[k]
        matcher._weighed_words.update(weighed)


def outcome(m: Match) -> str:
    """A match told in a few words: its decision and first entry, and whether urgent."""
    first = m.candidates[0].entry_id if m.candidates and m.decision in (
        "answer", "clarify") else ""
    return " ".join(filter(None, [m.decision, first, "URGENT" if m.urgent else ""]))


def questions_of(meeting: Meeting) -> list[str]:
    return [meeting.word, TEMPLATES.get(meeting.lang, TEMPLATES["en"]).format(meeting.word)]


def confident(was: str, now: str) -> bool:
    """Whether an outcome's change is one of an answer given (or taken away) or of an alarm
    (what a confident wrong answer is made of), not only of the choices offered."""
    return was.startswith("answer") or now.startswith("answer") or (
        was.endswith("URGENT") != now.endswith("URGENT"))


def changes(matcher: Matcher, found: list[Meeting], every: bool = False) -> list[Meeting]:
    """The meetings whose short questions (``questions_of``) ``matcher`` answers otherwise
    when the word meets only its own forms (the other words met are taken from its similar
    words: ``not_meeting``), each with its ``changes`` (only ``confident`` ones unless
    ``every``); and every ``shared`` one."""
    changed = []
    for m in found:
        asked = [(q, outcome(matcher.match(q))) for q in questions_of(m)]
        with not_meeting(matcher, m.folded, m.only):
            m.changes = [(q, was, now) for q, was in asked
                         if (now := outcome(matcher.match(q))) != was
                         and (every or confident(was, now))]
        if m.changes or m.shared:
            changed.append(m)
    return changed


def describe(m: Meeting, most: int = 3) -> str:
    met = sorted(m.others.items(), key=lambda kv: -kv[1][0])[:most]
    lines = [f"{m.lang:7} {m.word} -> {m.folded}{' (shared key)' if m.shared else ''}: "
             + "; ".join(f"{v} {how:.2f} ({', '.join(other[:4])})" for v, (how, other) in met)]
    lines += [f"          {q!r}: {a} | not meeting them: {b}" for q, a, b in m.changes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from bot.knowledge.loader import load_or_raise
    from bot.paths import SHIPPED_KNOWLEDGE

    ap = argparse.ArgumentParser(prog="python -m bot.devtools.foldclash",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--least", type=int, default=LEAST,
                    help=f"times a word is met to count as everyday (default {LEAST})")
    ap.add_argument("--tune", type=Path, default=TUNE)
    ap.add_argument("--seeds", type=Path, default=SEEDS)
    ap.add_argument("--show", type=int, default=300, help="most words listed")
    ap.add_argument("--all", action="store_true",
                    help="also the changes of the choices offered, not only of answers")
    args = ap.parse_args(argv)
    if "holdout" in args.tune.name:
        ap.error("never over the holdout")
    knowledge = Path(SHIPPED_KNOWLEDGE)
    before = Matcher(load_or_raise(knowledge))
    words = everyday_words(before, args.tune, args.seeds, args.least)
    found = meetings(before, words, written_forms(before))
    print(f"{len(words)} everyday words; {len(found)} meet another word's fold; "
          "not meeting it changes the short questions of (or shares its key):",
          file=sys.stderr)
    changed = changes(before, found, args.all)
    for m in sorted(changed, key=lambda m: (m.lang, m.word))[:args.show]:
        print(describe(m))
    print(f"{len(changed)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
