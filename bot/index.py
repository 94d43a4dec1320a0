"""The matching index: vocabulary, phrasings and the two scores (pure, built once).

Each entry is scored on two things, both 0-100:

* **phrasing similarity**: rapidfuzz ``QRatio`` between the question's content words and
  the entry's best phrasing (every language, generated script variants and aliases),
  blended with a plain ``ratio`` of the whole folded question;
* **coverage**: how much of the question's meaning the entry explains: each content word of
  the question (stop words dropped) is looked up in the entry's vocabulary (exact, same stem
  by prefix, a sibling sharing a long stem, or a typo away) and weighted by its rarity, so
  a word no entry uses ("weather", "patent", "price") weighs most. A question that only
  *shares a word* with an entry therefore scores low and the matcher abstains instead of
  grabbing it. Thesaurus concepts (``knowledge/thesaurus.yaml``) count as words of both the
  question and the entries, so a paraphrase meets its entry with no word in common (a
  question word inside a concept phrase is also covered by every entry naming the
  concept); Uzbek words also enter the vocabulary as typed on a Russian keyboard (oʻ/ў as
  u/у), and the words of an entry's ``not_covered`` details count as its own, so a near
  miss still finds its entry.

The final score mixes the two. ``bot.matcher`` decides what to do with the scores.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from bot import collector, ragged
from bot.decision import Thresholds
from bot.knowledge import Entry, KnowledgeBase
from bot.langs import LANGS, SOURCE_LANGS
from bot.phrases import Hit, PhraseIndex
from bot.phrasings import KEYBOARD_LANGS, PhrasingReader, Phrasings
from bot.text import fold, fold_whole, keyboard_variant
from bot.thesaurus import CONCEPT_MARK, PEOPLE, Facts, Thesaurus, entry_facts, text_facts
from bot.typos import TypoSearch
from bot.vocab import Coverage, Numbering, VocabBuilder
from bot.yamlread import read_yaml

STOPWORDS = Path(__file__).resolve().parent / "data" / "stopwords.yaml"
CONCEPT_CREDIT = 0.8
"""How much a question word inside a thesaurus phrase counts as its concept."""
SIBLING_MIN = 5
"""The shortest stem two sibling words may share."""
SIBLING_SLACK = 3
"""Letters after the shared stem, in the longer of two sibling words."""
SIMILAR_CACHED = 50_000
"""Question tokens whose similar words are remembered (memory stays bounded)."""
TYPO_GAP = 3
"""A typo's word is at most this many letters longer or shorter than the token."""


@dataclass(frozen=True)
class MatcherSettings:
    """Scoring weights and decision thresholds (see the module docstring)."""

    similarity_weight: float = 0.45
    phrase_weight: float = 0.4
    """Share of whole-question similarity (in order, stop words kept) in the similarity."""
    answer_threshold: float = 52.0
    """At or above this, with a clear lead, the best entry is answered."""
    clarify_threshold: float = 52.0
    """Between this and the answer threshold: "did you mean" choices; below: abstain."""
    margin: float = 2.0
    """An answer needs this lead over the second entry; closer means "did you mean"."""
    max_candidates: int = 3
    typo_cutoff: float = 84.0
    answer_word_credit: float = 0.5
    """Credit for a question word found only in an entry's answer, not in its phrasings."""
    concept_kinds: tuple[str | None, ...] = (None, "body")
    """Which thesaurus concepts count in coverage (None: ideas such as remittances).
    Countries are left out: measured on tune, they cost abstention (88.7% against 90.1%)."""
    number_weight: float = 2.0
    """The most a number in the question weighs in coverage (a rare word weighs ~4.8)."""
    shortlist: int = 8
    """How many entries (best coverage first) get the costlier phrasing similarity."""
    max_query_chars: int = 4096
    """Longer messages are cut here before matching. It is Telegram's own limit for a
    message, so a long story is read whole: the question of a polite, voice-typed message
    often comes last (at 300 characters, a question after the 300th was never read)."""
    long_query_words: int = 5
    """From this many content words on, phrasing similarity is also rapidfuzz
    ``token_set_ratio`` (the words shared with the phrasing), when higher than ``QRatio``: on
    tune, all languages 95.3% -> 96.0% (blind Russian lines unchanged); from 4 words on,
    abstention fell 97.4% -> 95.3%."""
    sibling_credit: float = 0.7
    """Credit for a word that shares a long stem with a question word, neither being the
    other's prefix ("harmonising"/"harmonisation", "миграционной"/"миграции"): on tune,
    all languages 94.7% -> 95.3%, confident wrong 1.1% -> 0.9%."""

    long_message_words: int = 6
    unknown_in_long: float = 0.5
    """What a word no entry knows weighs in a message of ``long_message_words`` content
    words or more, against a short question's: on tune (2,667 lines), en 90.7 -> 90.9%, ru
    92.4 -> 93.3%, uz 89.3 -> 90.6%, uz-Cyrl 91.5 -> 91.8%, abstention unchanged (96.9%),
    confident wrong 2.66 -> 2.77%; from 5 words on, abstention 96.3%; 0.4, abstention 96.6%."""

    asked_topic_bonus: float = 10.0
    """Points added to the entries of the topic a question asks a thing of ("which decree",
    ``asks_topic`` in knowledge/phrases.yaml): on tune, 0 -> 10 turns "какой указ защищает
    трудовых мигрантов и их семьи" from a wrong answer (abroad-family-support) into a "did you
    mean" with the decree; 10, 15 and 20 alike otherwise, nothing else moved."""

    subject_bonus: float = 10.0
    """Points added to the entries whose aliases name an organisation the question names
    ("роль МОТ": the entry about the ILO, not the UN's that mentions it), unless it asks for
    a kind of thing (``asks_topic``), and never where the bot abstains without it: on tune
    (with the fourth session's blind and tester's lines), 0 -> 10 wins 4 lines (ILO and UN
    questions) and loses none, confident wrong 3.1% -> 2.9%; 15 and 20 lose questions about
    the UN's Global Compact."""

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(self.answer_threshold, self.clarify_threshold, self.margin)


class _WordFolder(dict):
    """``fold`` of whole texts, computed word by word with every distinct word folded once.

    ``fold`` works inside white-space-separated words (nothing in it reaches across a
    space), so folding each word and joining gives the same key; a test checks that on
    every text of the knowledge base and on generated text.
    """

    def __missing__(self, word: str) -> str:
        # Not through fold's own memory of people's words: the build has its own.
        folded = self[word] = fold_whole(word)
        return folded

    def __call__(self, text: str) -> str:
        return " ".join(filter(None, map(self.__getitem__, text.split())))


def _load_stopwords() -> set[str]:
    raw = read_yaml(STOPWORDS)
    return {tok for words in raw.values() for tok in fold(words).split()}


def _phrasings(entries: list[Entry], keyless: Collection[int] = (),
               skippable: Collection[str] = ()
               ) -> tuple[list[str], list[str | None], np.ndarray, list[int], np.ndarray]:
    """Every entry's questions (in the order of ``LANGS``) and aliases, each with its
    language (None for an alias) and entry number, and where the aliases are; an entry of
    ``keyless`` also gets its id as a phrasing (when every other one folds to nothing).

    Last, per phrasing, the phrasing it was generated from (``Entry.generated``; -1 for
    none), for the generated languages of ``skippable``: the reading may skip it when it
    folds to the same words (``PhrasingReader.read``).
    """
    texts: list[str] = []
    langs: list[str | None] = []
    counts: list[int] = []
    aliases: list[int] = []
    source: list[int] = []
    for idx, entry in enumerate(entries):
        before = len(texts)
        at: dict[str, int] = {}
        for lang in LANGS:
            qs = entry.questions.get(lang, ())
            at[lang] = len(texts)
            made = entry.generated.get(lang) if lang in skippable else None
            if made in at and len(entry.questions[made]) == len(qs):
                source += range(at[made], at[made] + len(qs))
            else:
                source += [-1] * len(qs)
            texts += qs
            langs += [lang] * len(qs)
        aliases += range(len(texts), len(texts) + len(entry.aliases))
        texts += entry.aliases
        langs += [None] * len(entry.aliases)
        if idx in keyless:
            texts.append(entry.id.replace("-", " "))
            langs.append(None)
        source += [-1] * (len(texts) - len(source))
        counts.append(len(texts) - before)
    return (texts, langs, np.repeat(np.arange(len(counts)), counts), aliases,
            np.asarray(source, dtype=np.int64))


class Index:
    """An index over a knowledge base; read-only once built, so safe to share."""

    def __init__(self, kb: KnowledgeBase, settings: MatcherSettings | None = None,
                 thesaurus: Thesaurus | None = None) -> None:
        self.kb = kb
        self.settings = settings or MatcherSettings()
        self.entry_ids: list[str] = list(kb.entries)
        self.stopwords = _load_stopwords()
        self.thesaurus = thesaurus if thesaurus is not None else Thesaurus.load()
        self._facts: list[Facts] = []
        """Per entry: the numbers, places, peoples and bodies it names (near misses)."""
        self._not_covered: list[PhraseIndex] = []
        self._index_of = {eid: k for k, eid in enumerate(self.entry_ids)}
        self._topics = [kb.entries[eid].topic for eid in self.entry_ids]
        self._concepts = {CONCEPT_MARK + c.id for c in self.thesaurus.concepts.values()
                          if c.kind in self.settings.concept_kinds}
        """The concepts whose tokens count in coverage."""
        self._keys: list[str] = []
        self._full_keys: list[str] = []
        self._key_entry: list[int] = []
        self._key_lang: list[str | None] = []
        self._aliases: set[str] = set()
        """Every alias, folded."""
        self._alias_words: tuple[list[str], np.ndarray, np.ndarray, np.ndarray]
        """Every alias's folded words: (names, word numbers, offsets, entry of each)."""
        self._similar: dict[str, dict[str, float]] = {}
        """Tokens seen in questions, and their similar words (``_similar_words``)."""
        self.lexicon: dict[str, dict[str, float]] = {lang: {} for lang in SOURCE_LANGS}
        """Per language, folded words and how often each occurs in that language's
        questions (answers count 0.3: they quote titles in other languages)."""
        with collector.paused():
            self._build()
        self._typo_search = TypoSearch(self._vocab.sorted_words, self.settings.typo_cutoff,
                                       TYPO_GAP)

    def _build(self) -> None:
        # Every distinct word is folded once (the index build stays near-linear).
        folder = _WordFolder()
        spell = self.thesaurus.spell_out

        def fold_text(text: str) -> str:
            return folder(spell(text))

        self._fold = fold_text
        entries = [self.kb.entries[eid] for eid in self.entry_ids]
        vocab = VocabBuilder()
        read, langs, alias_facts = self._read_phrasings(entries, vocab)
        self._subjects = {idx: f.bodies for idx, f in alias_facts.items() if f.bodies}
        """Per entry whose aliases name organisations: those (the entry is about them)."""
        asked = self._asked(read, langs)
        del read  # its arrays, before the vocabulary's sort needs the memory
        told = self._read_answers(entries, vocab, alias_facts)
        self._vocab = vocab.build(self.settings.answer_word_credit, len(entries))
        self._owners = self._vocab.owners
        # The lexicon: a word counts 1 in each question and 0.3 in each answer.
        for lang, lexicon in self.lexicon.items():
            lexicon.update((tok, float(n)) for tok, n in asked[lang].items())
            lexicon.update((tok, lexicon.get(tok, 0.0) + 0.3 * n)
                           for tok, n in told[lang].items())

    def _read_phrasings(self, entries: list[Entry], vocab: VocabBuilder
                        ) -> tuple[Phrasings, list[str | None], dict[int, Facts]]:
        """Read every question and alias (``bot.phrasings``): keep the keys and give the
        vocabulary its words. Returns the reading, each phrasing's language and the facts
        of each entry's aliases (for the entries whose aliases give any)."""
        reader = PhrasingReader(self._fold, self.stopwords, self.thesaurus)
        # A generated phrasing (uz-Cyrl) that folds to its source's words adds nothing (the
        # same key, later; the same words) unless its language has its own lexicon.
        skippable = set(LANGS) - set(self.lexicon)

        def read_all(keyless: Collection[int] = ()
                     ) -> tuple[Phrasings, list[str | None], np.ndarray, list[int]]:
            texts, langs, owners, aliases, source = _phrasings(entries, keyless, skippable)
            read = reader.read(texts, langs, source)
            rows = read.rows.tolist()
            return (read, [langs[k] for k in rows], owners[read.rows],
                    np.searchsorted(read.rows, aliases).tolist())

        read, langs, owners, aliases = read_all()
        keyless = set(range(len(entries))) - set(owners[[bool(f) for f in read.full]].tolist())
        if keyless:  # every entry needs a key: one whose phrasings fold to nothing has its id
            read, langs, owners, aliases = read_all(keyless)
        self._keep_keys(read, langs, owners)
        vocab.add_pairs(owners[read.owner], read.words, read.names, strong=True)
        self._aliases.update(read.full[k] for k in aliases)
        rows = np.asarray(aliases, dtype=np.int64)
        self._alias_words = (read.names, ragged.gather(read.tok_off, read.toks, rows),
                             ragged.offsets(np.diff(read.tok_off)[rows]), owners[rows])
        return read, langs, self._alias_facts(read, owners, aliases)

    def alias_labels(self, phrases: PhraseIndex) -> list[set[str]]:
        """Per entry, the labels of the ``phrases`` its aliases hold (as ``labels`` finds
        them, for every alias at once)."""
        names, toks, offsets, owner = self._alias_words
        found: list[set[str]] = [set() for _ in self.entry_ids]
        at, rows = phrases.find_many(names, toks, offsets)
        for idx, row in zip(owner[ragged.owners(offsets)[at]].tolist(), rows.tolist(),
                            strict=True):
            found[idx].add(phrases.label(row))
        return found

    def _alias_facts(self, read: Phrasings, owners: np.ndarray,
                     aliases: list[int]) -> dict[int, Facts]:
        """Per entry, what its aliases give, as ``thesaurus.text_facts`` reads it, for all
        aliases at once: every number up to six digits, the places, peoples and bodies of
        their thesaurus hits."""
        is_alias = np.zeros(len(read.full), dtype=bool)
        is_alias[aliases] = True
        tok_owner = ragged.owners(read.tok_off)
        number = np.fromiter((w.isdigit() and len(w) <= 6 for w in read.names), bool,
                             len(read.names))
        at = np.flatnonzero(is_alias[tok_owner] & number[read.toks])
        hits = np.flatnonzero(is_alias[tok_owner[read.hit_at]])
        found: dict[int, dict[str, set[object]]] = {}
        for idx, tok in zip(owners[tok_owner[at]].tolist(), read.toks[at].tolist(), strict=True):
            found.setdefault(idx, {}).setdefault("numbers", set()).add(int(read.names[tok]))
        label = self.thesaurus.index.label
        for idx, row in zip(owners[tok_owner[read.hit_at[hits]]].tolist(),
                            read.hit_row[hits].tolist(), strict=True):
            fact = self.thesaurus.fact_of(label(row))
            if fact is not None:
                found.setdefault(idx, {}).setdefault(fact[0], set()).add(fact[1])
        return {idx: Facts(*(frozenset(got.get(kind, ()))  # type: ignore[arg-type]
                             for kind in ("numbers", "places", "peoples", "bodies")))
                for idx, got in found.items()}

    def _read_answers(self, entries: list[Entry], vocab: VocabBuilder,
                      aliases: dict[int, Facts]) -> dict[str, Counter[str]]:
        """Read each entry's answers and ``not_covered`` details (words for the vocabulary)
        and its facts; return per language how often each answer word is told."""
        # Each distinct answer text is read once, however many entries give it.
        answers: dict[tuple[str, str], tuple[Facts, np.ndarray, Counter[str]]] = {}
        uses: Counter[tuple[str, str]] = Counter()
        weak: list[np.ndarray] = []
        weak_owner: list[int] = []
        not_covered: dict[tuple[str, ...], PhraseIndex] = {}
        details: dict[tuple[str, ...], np.ndarray] = {}
        for idx, entry in enumerate(entries):
            for lang, text in entry.answer.items():
                if (text, lang) not in answers:
                    full = self._fold(text)
                    words = self._words(text, full, lang)
                    answers[text, lang] = (text_facts(self.thesaurus, full.split()),
                                           vocab.numbers(dict.fromkeys(words)), Counter(words))
                weak.append(answers[text, lang][1])
                uses[text, lang] += 1
            # A detail the entry says it leaves out ("salary") is still its subject: the
            # question meets the entry, and the near-miss check then says what it lacks.
            if entry.not_covered not in details:
                details[entry.not_covered] = vocab.numbers(
                    t for p in entry.not_covered for t in self._fold(p).split()
                    if t not in self.stopwords)
            weak.append(details[entry.not_covered])
            weak_owner += [idx] * (len(entry.answer) + 1)
            given = [answers[text, lang][0] for lang, text in entry.answer.items()]
            self._facts.append(entry_facts(self.thesaurus, (), entry.facts, read=[
                *given, *([aliases[idx]] if idx in aliases else ())]))
            if entry.not_covered not in not_covered:  # shared: a pure function of the phrases
                not_covered[entry.not_covered] = PhraseIndex((p, p) for p in entry.not_covered)
            self._not_covered.append(not_covered[entry.not_covered])
        vocab.add_numbered(np.repeat(weak_owner, [len(w) for w in weak]),
                           np.concatenate([np.zeros(0, np.int64), *weak]), strong=False)
        told: dict[str, Counter[str]] = {lang: Counter() for lang in self.lexicon}
        for (text, lang), n in uses.items():
            if lang in told:
                counts = answers[text, lang][2]
                told[lang].update({tok: c * n for tok, c in counts.items()} if n > 1 else counts)
        return told

    def _keep_keys(self, read: Phrasings, langs: list[str | None], owners: np.ndarray) -> None:
        """Keep each entry's distinct keys, in the order of its phrasings."""
        numbers = Numbering()
        keys = np.fromiter(map(numbers.__getitem__, read.keys), np.int64, len(read.keys))
        # The first phrasing of each (key, entry), in order (np.unique: each pair's first).
        first = np.sort(np.unique(keys * (len(self.entry_ids) + 1) + owners,
                                  return_index=True)[1])
        if "" in numbers:
            first = first[keys[first] != numbers[""]]
        rows = first.tolist()
        self._keys = [read.keys[k] for k in rows]
        self._full_keys = [read.full[k] for k in rows]
        self._key_entry = owners[rows].tolist()
        self._key_lang = [langs[k] for k in rows]
        # Phrasings are kept entry by entry: where each entry's run starts.
        self._starts = np.searchsorted(np.asarray(self._key_entry), np.arange(len(self.entry_ids)))

    def _asked(self, read: Phrasings, langs: list[str | None]) -> dict[str, Counter[str]]:
        """Per language, how often each vocabulary word occurs in its questions (in the
        order first seen)."""
        code = {lang: k for k, lang in enumerate(self.lexicon)}
        code.update((lang, -1) for lang in set(langs) - code.keys())
        of_word = np.fromiter(map(code.__getitem__, langs), np.int64, len(langs))[read.owner]
        asked = {}
        for lang, k in code.items():
            if k < 0:
                continue
            words = read.words[of_word == k]
            counts = np.bincount(words, minlength=len(read.names))
            first = np.full(len(read.names), len(words))
            np.minimum.at(first, words, np.arange(len(words)))
            seen = np.flatnonzero(counts)
            seen = seen[np.argsort(first[seen])].tolist()
            asked[lang] = Counter(dict(zip([read.names[w] for w in seen],
                                           counts[seen].tolist(), strict=True)))
        return asked

    def _words(self, text: str, full: str, lang: str | None) -> list[str]:
        """The vocabulary words of one phrasing or answer: its folded words, its concepts,
        and (Uzbek) the words as typed on a Russian keyboard."""
        toks = full.split()
        words = toks + [t for t in self.thesaurus.concept_tokens(toks)
                        if t[0] == CONCEPT_MARK]
        if lang in KEYBOARD_LANGS:
            variant = keyboard_variant(text)
            if variant != text:
                words += [t for t in self._content(self._fold(variant)).split()
                          if t not in toks]
        return words

    # ------------------------------------------------------------ scoring

    def _content(self, key: str) -> str:
        """A folded key without stop words (kept whole if nothing else is left)."""
        content = [t for t in key.split() if t not in self.stopwords
                   and (len(t) > 1 or t.isdigit())]
        return " ".join(content) if content else key

    def _similar_words(self, toks: list[str]) -> list[dict[str, float]]:
        """For each token, the vocabulary words that are it: exact, same stem, a typo away.

        Returns one mapping word -> similarity (0-1) per token (the caller's own copy).
        """
        # Remembered per token: the typo search scores the token against the whole
        # vocabulary, and people's words repeat (as do a message's sentences and clauses).
        known = self._similar
        new = [t for t in dict.fromkeys(toks) if t not in known]
        found = dict(zip(new, self._find_similar(new), strict=True)) if new else {}
        if len(known) < SIMILAR_CACHED:
            known.update(found)
        return [dict(known[t] if t in known else found[t]) for t in toks]

    def _find_similar(self, toks: list[str]) -> list[dict[str, float]]:
        """``_similar_words`` of tokens not seen before."""
        vocab = self._vocab
        words = vocab.sorted_words
        fuzzy = [t for t in toks if len(t) >= 4 and not t.isdigit() and t[0] != CONCEPT_MARK]
        # A few words of the vocabulary are left to score per token (bot/typos.py).
        typos = self._typo_search.find(fuzzy)
        out = []
        for tok in toks:
            found: dict[str, float] = {}
            if tok in vocab:
                found[tok] = 1.0
            if tok in typos:
                # Words that extend tok ("migrant" -> "migrantlar"), and stems of tok.
                i = bisect_left(words, tok)
                while i < len(words) and words[i].startswith(tok):
                    found.setdefault(words[i], 0.9)
                    i += 1
                # Stems: at least four letters, or three with a short suffix ("pul-ni").
                for k in range(max(3, len(tok) - 3) if len(tok) <= 6 else max(4, len(tok) // 2),
                               len(tok)):
                    if tok[:k] in vocab:
                        found.setdefault(tok[:k], 0.85)
                if self.settings.sibling_credit:
                    self._siblings(tok, words, found)
                for word, score in typos[tok]:
                    found.setdefault(word, score / 100 * 0.95)
            out.append(found)
        return out

    def _siblings(self, tok: str, words: list[str], found: dict[str, float]) -> None:
        """Add to ``found`` the words that share a stem of ``tok`` (at least SIBLING_MIN
        letters, and all but SIBLING_SLACK letters of the longer word)."""
        credit = self.settings.sibling_credit
        # A stem shorter than all but SIBLING_SLACK letters of ``tok`` never qualifies.
        for k in range(len(tok) - 1, max(SIBLING_MIN, len(tok) - SIBLING_SLACK) - 1, -1):
            stem = tok[:k]
            i = bisect_left(words, stem)
            while i < len(words) and words[i].startswith(stem):
                word = words[i]
                if k >= max(len(word), len(tok)) - SIBLING_SLACK:
                    found.setdefault(word, credit)
                i += 1

    def _coverage(self, toks: list[str],
                  meaning: dict[str, str] | None = None) -> dict[int, float]:
        """The entries that cover the question best (``settings.shortlist`` of them), best
        first, each with the rarity-weighted share of the question's words it covers (0-1).

        ``meaning``: question words that belong to a thesaurus phrase, and its concept
        token; such a word is also covered by every entry that names the concept.
        """
        content = [t for t in dict.fromkeys(toks) if t not in self.stopwords]
        if not content:
            return {}
        vocab = self._vocab
        covered = Coverage(vocab)
        weighted = []
        # In a long message, a word no entry knows is mostly the context around the
        # question ("my son is a cook ..."); in a short one it is what is asked.
        long = sum(t[0] != CONCEPT_MARK for t in content) >= self.settings.long_message_words
        unknown_word = vocab.unknown_idf * (self.settings.unknown_in_long if long else 1.0)
        for tok, similar in zip(content, self._similar_words(content), strict=False):
            concept = meaning.get(tok) if meaning else None
            if concept is not None and concept in vocab:
                similar[concept] = CONCEPT_CREDIT
            # A word no entry knows weighs most; an unknown number ("5 years") hardly at all.
            unknown = 1.0 if tok.isdigit() else unknown_word
            weight = max((vocab.idf[w] for w in similar), default=unknown)
            if tok.isdigit() and self._owners.get(tok, 0) != 1:
                # A number helps find its entry but never outweighs the words: whether
                # it fits is the near-miss check's job. One that a single entry's phrasings
                # name ("4947", "86") tells that entry as a rare word does.
                weight = min(weight, self.settings.number_weight)
            weighted.append((weight, similar))
        covered.add_all(weighted)
        return covered.top(self.settings.shortlist)

    def scores(self, text: str) -> tuple[dict[int, float], str | None]:
        """Score every plausible entry for ``text``.

        Returns:
            (entry index -> score 0-100, language of the best phrasing or None).
        """
        return self._scores(fold(text))

    def _scores(self, full: str, concepts: list[str] | None = None,
                hits: Sequence[Hit] | None = None) -> tuple[dict[int, float], str | None]:
        """``scores`` of an already folded text (``concepts``, ``hits``: its concept tokens
        and thesaurus hits, when the caller has them already)."""
        key = self._content(full)
        if not key or all(t in self.stopwords or len(t) < 2 for t in key.split()):
            return {}, None
        # Concepts are added to the words, not put in their place: measured better on tune
        # (worst language 90.7% against 88.1%).
        toks = full.split()
        if hits is None:
            hits = self.thesaurus.hits(toks)
        if concepts is None:
            concepts = self.thesaurus.concept_tokens(toks, hits)
        meaning = {}
        for hit in hits:
            token = CONCEPT_MARK + hit.label.removeprefix(PEOPLE)
            if token in self._concepts:
                meaning.update(dict.fromkeys(toks[hit.start:hit.end], token))
        toks += [t for t in concepts if t[0] == CONCEPT_MARK and t in self._concepts]
        coverage = self._coverage([t for t in toks if len(t) > 1 or t.isdigit()], meaning)
        if not coverage:
            return {}, None
        # Only the entries that cover the question best can win: phrasing similarity is
        # computed for their phrasings alone, which keeps matching fast as the FAQ grows.
        shortlist = list(coverage)
        spans = [self._span(idx) for idx in shortlist]
        # Per phrasing: QRatio of the content words (WRatio's partial and token-set
        # scores give 100 to any phrasing that holds all the question's words, so a
        # longer phrasing of another entry won: on tune, worst language 80.2% -> 84.3% at
        # the best thresholds), blended with the whole question in order (so "what is X"
        # prefers "what is X?"). cdist scores them all in one C call.
        a = self.settings.phrase_weight
        # A long message holds a phrasing's words among many others ("Hello, my brother
        # works in Russia ... is it risky?"): it is also as similar as the words they share.
        keys = [key for start, end in spans for key in self._keys[start:end]]
        similar = process.cdist([key], keys, scorer=fuzz.QRatio, dtype=np.float32)[0]
        if len(key.split()) >= self.settings.long_query_words:
            np.maximum(similar, process.cdist([key], keys, scorer=fuzz.token_set_ratio,
                                              dtype=np.float32)[0], out=similar)
        blended = ((1 - a) * similar
                   + a * process.cdist([full], [key for start, end in spans
                                                for key in self._full_keys[start:end]],
                                       scorer=fuzz.ratio, dtype=np.float32)[0])
        w = self.settings.similarity_weight
        # Per entry, its best phrasing's score and language (the first of equals).
        best: dict[int, tuple[float, str | None]] = {}
        scores = blended.tolist()
        at = 0
        for idx, (start, end) in zip(shortlist, spans, strict=True):
            if end > start:
                own = scores[at : at + end - start]
                top = max(own)
                best[idx] = (top, self._key_lang[start + own.index(top)])
            at += end - start
        combined = {idx: w * best[idx][0] + (1 - w) * 100 * coverage[idx] for idx in shortlist}
        top = max(combined, key=lambda i: combined[i])
        return combined, best[top][1]

    def _span(self, idx: int) -> tuple[int, int]:
        """The range of an entry's phrasings in the index (they are stored together)."""
        end = self._starts[idx + 1] if idx + 1 < len(self._starts) else len(self._keys)
        return int(self._starts[idx]), int(end)

    # ------------------------------------------------------------ public
