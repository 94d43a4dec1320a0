"""The index's data, built once per knowledge base: keys, vocabulary, lexicon, facts (pure).

``bot.index`` scores a question against what this module builds (see its docstring for
what the scores are). The build reads every phrasing, alias, answer and ``not_covered``
detail once, each distinct word folded once, and keeps what scoring needs as flat arrays
(``bot.vocab``, ``bot.ragged``) so that it stays near-linear in the knowledge base's size.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from functools import partial
from typing import TYPE_CHECKING

import numpy as np

from bot import collector, ragged
from bot.answerpool import Ahead, AnswerPool, read_ahead
from bot.aspects import Aspects
from bot.bothcores import Relay, list_and_split
from bot.entrykeys import EntryKeys, first_of_each
from bot.facts import CONCEPT_MARK, Facts, entry_facts
from bot.keptheap import kept_heap
from bot.knowledge import Entry, KnowledgeBase
from bot.langs import LANGS, SOURCE_LANGS
from bot.phrases import PhraseIndex
from bot.phrasinglist import MadeAlike
from bot.phrasings import KEYBOARD_LANGS, PhrasingReader, Phrasings, asked_words
from bot.smallpages import small_pages
from bot.text import keyboard_variant
from bot.thesaurus import PEOPLE, Thesaurus
from bot.translit import CyrillicMaker
from bot.vocab import VocabBuilder
from bot.wordfolder import FolderAside, SpelledFolder, WordFolder, load_stopwords
from bot.wordforms import any_form

if TYPE_CHECKING:
    from bot.matchersettings import MatcherSettings

Questions = tuple[tuple[list[str], np.ndarray, np.ndarray], np.ndarray, np.ndarray,
                  tuple[np.ndarray, list[str], np.ndarray]]
"""Every phrasing as written and split by the build (``Phrasings.written``), the rows of its
questions and each one's entry; and the titles (each entry's first question in each
language): their rows, texts and entries."""

class BuiltIndex:
    """What the index scores against, built once from a knowledge base: its keys, vocabulary,
    lexicon and facts (``bot.index`` adds the scoring); read-only once built."""

    def __init__(self, kb: KnowledgeBase, settings: MatcherSettings,
                 thesaurus: Thesaurus | None = None) -> None:
        self.kb = kb
        self.settings = settings
        self.entry_ids: list[str] = list(kb.entries)
        self.stopwords = load_stopwords()
        self.thesaurus = thesaurus if thesaurus is not None else Thesaurus.of(kb.thesaurus)
        self._aspects = Aspects.of(kb.thesaurus)
        self._stances: dict[int, dict[int, int]] = {}
        """Per entry that stands for a side of an aspect group: that side, per group."""
        self._facts: list[Facts] = []
        """Per entry: the numbers, places, peoples and bodies it names (near misses)."""
        self._not_covered: list[PhraseIndex] = []
        self._list_sizes = [frozenset(kb.entries[eid].list_sizes) for eid in self.entry_ids]
        """Per entry: how many items each list of its answer has (``list_sizes:``)."""
        self._of_no_foreign_country = [kb.entries[eid].of_no_foreign_country
                                       for eid in self.entry_ids]
        """Per entry: whether the documents give it of no one foreign country
        (``of_no_foreign_country:``)."""
        self._index_of = {eid: k for k, eid in enumerate(self.entry_ids)}
        self._topics = [kb.entries[eid].topic for eid in self.entry_ids]
        self._concepts = {CONCEPT_MARK + c.id for c in self.thesaurus.concepts.values()
                          if c.kind in self.settings.concept_kinds}
        """The concepts whose tokens count in coverage."""
        self._entry_keys: EntryKeys
        self._key_entry: list[int] = []
        self._key_lang: list[str | None] = []
        self._aliases: set[str] = set()
        """Every alias of one word, folded."""
        self._alias_words: tuple[list[str], np.ndarray, np.ndarray, np.ndarray]
        """Every alias's folded words: (names, word numbers, offsets, entry of each)."""
        self._answers_read: object = None
        """What the build's child read of the answers for a subclass (``_read_ahead``), or
        None."""
        self._questions: Questions | None = None
        """Every phrasing as written, split once (``Phrasings.written``), which of them are
        questions and each one's entry, and the titles: the near-miss step folds them its
        own way."""
        self.lexicon: dict[str, dict[str, float]] = {lang: {} for lang in SOURCE_LANGS}
        """Per language, folded words and how often each occurs in that language's
        questions (answers count 0.3: they quote titles in other languages)."""
        with collector.paused(), small_pages(), kept_heap():
            self._build()

    def _build(self) -> None:
        # Every distinct word is folded once (the index build stays near-linear).
        folder = WordFolder()
        self._fold = SpelledFolder(folder, self.thesaurus.spell_out)
        self._fold_plain = folder
        self._alike: dict[CyrillicMaker, MadeAlike] = {}
        entries = [self.kb.entries[eid] for eid in self.entry_ids]
        vocab = VocabBuilder()
        self._handed: tuple[Ahead | None, object] | None = None
        read, langs, alias_facts, relay = self._read_phrasings(entries, vocab)
        ahead, self._answers_read = self._hand_over(relay, wait=True)
        self._subjects = {idx: f.bodies for idx, f in alias_facts.items() if f.bodies}
        """Per entry whose aliases name organisations: those (the entry is about them)."""
        asked = asked_words(read, langs, self.lexicon)
        del read  # its arrays, before the vocabulary's sort needs the memory
        self._alike.clear()  # the word folds of ``_made_alike``: not needed after
        told, details_only = self._read_answers(entries, vocab, alias_facts, ahead)
        names = vocab.names(details_only)
        self._vocab = vocab.build(self.settings.answer_word_credit, len(entries))
        self._owners = self._vocab.owners
        self._details_only = frozenset(w for w in names if w not in self._owners)
        """Words of ``not_covered`` details that no phrasing or answer uses."""
        # The lexicon: a word counts 1 in each question and 0.3 in each answer.
        for lang, lexicon in self.lexicon.items():
            lexicon.update((tok, float(n)) for tok, n in asked[lang].items())
            lexicon.update((tok, lexicon.get(tok, 0.0) + 0.3 * n)
                           for tok, n in told[lang].items())

    def _hand_over(self, relay: Relay, wait: bool = False
                   ) -> tuple[Ahead | None, object]:
        """What the child read ahead, taken, and the questions' split handed to it
        (``_questions_split``), once: as soon as the child has sent that (``wait``: now),
        so that it reads the questions while the build goes on, not after."""
        if self._handed is None and (wait or relay.ready()):
            got = relay.ahead()
            self._handed = got if got is not None else (None, None)
            self._questions_split(relay)
        return self._handed if self._handed is not None else (None, None)

    def _questions_split(self, relay: Relay) -> None:
        """The questions are split (``_questions``): a subclass may start reading them
        (``_read_questions``), in the child that did half the split (``relay``)."""
        relay.close()

    def _read_questions(self, questions: Questions) -> object:
        """What a subclass reads of the questions (``_questions_split``)."""
        return None

    def _read_ahead(self, entries: list[Entry]) -> tuple[Ahead, object]:
        """What the build's child works out while the build reads the phrasings
        (``list_and_split``'s ``ahead``): what the answers read as for the vocabulary
        (``answerpool.read_ahead``), and what a subclass reads of them
        (``_read_answers_ahead``), which the build finds in ``_answers_read`` (None: read
        them itself)."""
        return read_ahead(self, entries), self._read_answers_ahead(entries)

    def _read_answers_ahead(self, entries: list[Entry]) -> object:
        """What a subclass reads of the answers ahead (``_read_ahead``)."""
        return None

    def _fold_aside(self) -> SpelledFolder:
        """The index's folding, its new word folds kept apart from the build's memory of
        them (``FolderAside``)."""
        return SpelledFolder(FolderAside(self._fold_plain), self.thesaurus.spell_out)

    def _made_alike(self, maker: CyrillicMaker) -> MadeAlike:
        """One ``MadeAlike`` per maker, its words' folds remembered through the build."""
        if maker not in self._alike:
            self._alike[maker] = MadeAlike(maker, self._fold, self.thesaurus.spell_out,
                                           self._fold_plain)
        return self._alike[maker]

    def _read_phrasings(self, entries: list[Entry], vocab: VocabBuilder
                        ) -> tuple[Phrasings, list[str | None], dict[int, Facts], Relay]:
        """Read every question and alias (``bot.phrasings``): keep the keys and give the
        vocabulary its words. Returns the reading, each phrasing's language, the facts
        of each entry's aliases (for the entries whose aliases give any) and the child
        that split half the texts, for the questions' reading (``_questions_split``)."""
        reader = PhrasingReader(self._fold, self.stopwords, self.thesaurus)
        # A generated phrasing (uz-Cyrl) that folds to its source's words adds nothing (the
        # same key, later; the same words) unless its language has its own lexicon.
        skippable = set(LANGS) - set(self.lexicon)
        # ... and one not made yet is left out unmade when it would (``bot.phrasinglist``).
        def read_all(keyless: Collection[int] = ()
                     ) -> tuple[Phrasings, list[str | None], np.ndarray, list[int], Relay]:
            (texts, langs, owners, aliases, source, asked, split), relay = list_and_split(
                entries, keyless, skippable, self._made_alike, reader, self._fold_plain,
                self._read_questions, partial(self._read_ahead, entries))
            read = reader.read(texts, langs, source, split)
            self._stances = self._stances_of(read, owners, source, asked)
            code = {lang: k for k, lang in enumerate(dict.fromkeys(langs))}
            lang_of = np.fromiter(map(code.__getitem__, langs), np.int64, len(langs))
            question = lang_of != code.get(None, -1)
            # An entry's first question in a language (its title) starts a run of that
            # language's questions (``_phrasings`` lists them entry by entry, in turn).
            title = question.copy()
            title[1:] &= (lang_of[1:] != lang_of[:-1]) | (owners[1:] != owners[:-1])
            titles = np.flatnonzero(title)
            asked = np.flatnonzero(question)
            self._questions = (read.written, asked, owners[asked],
                               (titles, [texts[k] for k in titles.tolist()], owners[titles]))
            rows = read.rows.tolist()
            return (read, [langs[k] for k in rows], owners[read.rows],
                    np.searchsorted(read.rows, aliases).tolist(), relay)

        read, langs, owners, aliases, relay = read_all()
        keyless = set(range(len(entries))) - set(owners[np.diff(read.tok_off) > 0].tolist())
        if keyless:  # every entry needs a key: one whose phrasings fold to nothing has its id
            relay.close()
            read, langs, owners, aliases, relay = read_all(keyless)
        self._hand_over(relay)
        self._keep_keys(read, langs, owners)
        self._hand_over(relay)
        vocab.add_pairs(owners[read.owner], read.words, read.names, strong=True)
        self._hand_over(relay)
        # Only an alias of one word can be a question's word (``Matcher``'s use).
        lengths = np.diff(read.tok_off)
        single = np.asarray(aliases, dtype=np.int64)
        single = single[lengths[single] == 1]
        self._aliases.update(map(read.names.__getitem__, read.toks[read.tok_off[single]].tolist()))
        rows = np.asarray(aliases, dtype=np.int64)
        self._alias_words = (read.names, ragged.gather(read.tok_off, read.toks, rows),
                             ragged.offsets(np.diff(read.tok_off)[rows]), owners[rows])
        return read, langs, self._alias_facts(read, owners, aliases), relay

    def _stances_of(self, read: Phrasings, owners: np.ndarray, source: np.ndarray,
                    asked: np.ndarray) -> dict[int, dict[int, int]]:
        """Per entry that stands for a side of an aspect group: that side, per group
        (``Aspects.stances``), from the concepts the reading found in its questions. A text
        the reading skipped (it reads as its source) counts as its source once more."""
        skipped = np.ones(len(owners), dtype=bool)
        skipped[read.rows] = False
        skipped = np.flatnonzero(skipped & (source >= 0))
        asked = asked.copy()
        np.add.at(asked, source[skipped], asked[skipped])
        # Only the hits of aspect concepts (a few of the rows of the thesaurus' phrases).
        label = self.thesaurus.index.label
        aspect = self._aspects.tokens
        used = np.bincount(read.hit_row)
        rows = [k for k in np.flatnonzero(used).tolist()
                if CONCEPT_MARK + label(k).removeprefix(PEOPLE) in aspect]
        token_of = np.full(len(used), -1, dtype=np.int64)
        token_of[rows] = np.arange(len(rows))
        hit_token = token_of[read.hit_row]
        hits = np.flatnonzero(hit_token >= 0)
        hit_text = read.rows[np.searchsorted(read.tok_off, read.hit_at[hits], side="right") - 1]
        return self._aspects.stances_of_hits(
            [CONCEPT_MARK + label(k).removeprefix(PEOPLE) for k in rows], hit_token[hits],
            hit_text, owners, asked)

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
        """Per entry, what its aliases give, as ``facts.text_facts`` reads it, for all
        aliases at once: every number up to six digits, the places, peoples and bodies of
        their thesaurus hits."""
        # The aliases' words alone (in order), not every phrasing's.
        rows = np.asarray(aliases, dtype=np.int64)
        toks = ragged.gather(read.tok_off, read.toks, rows)
        tok_owner = np.repeat(rows, np.diff(read.tok_off)[rows])
        number = np.fromiter((w.isdigit() and len(w) <= 6 for w in read.names), bool,
                             len(read.names))
        at = np.flatnonzero(number[toks])
        # The hits in aliases: those at an alias's words (a mark per word, then each such
        # hit placed in its phrasing, not every hit of every phrasing).
        lengths = np.diff(read.tok_off)[rows]
        of_alias = np.zeros(len(read.toks), dtype=bool)
        of_alias[np.repeat(read.tok_off[rows] - ragged.offsets(lengths)[:-1], lengths)
                 + np.arange(len(toks))] = True
        hits = np.flatnonzero(of_alias[read.hit_at])
        hit_owner = np.searchsorted(read.tok_off, read.hit_at[hits], side="right") - 1
        found: dict[int, dict[str, set[object]]] = {}
        for idx, tok in zip(owners[tok_owner[at]].tolist(), toks[at].tolist(), strict=True):
            found.setdefault(idx, {}).setdefault("numbers", set()).add(int(read.names[tok]))
        label = self.thesaurus.index.label
        for idx, row in zip(owners[hit_owner].tolist(), read.hit_row[hits].tolist(),
                            strict=True):
            fact = self.thesaurus.fact_of(label(row))
            if fact is not None:
                found.setdefault(idx, {}).setdefault(fact[0], set()).add(fact[1])
        return {idx: Facts(*(frozenset(got.get(kind, ()))  # type: ignore[arg-type]
                             for kind in ("numbers", "places", "peoples", "bodies")))
                for idx, got in found.items()}

    def _read_answers(self, entries: list[Entry], vocab: VocabBuilder,
                      aliases: dict[int, Facts], ahead: Ahead | None = None
                      ) -> tuple[dict[str, Counter[str]], np.ndarray]:
        """Read each entry's answers and ``not_covered`` details (words for the vocabulary)
        and its facts (``ahead``: what the texts read as, if worked out already); return
        per language how often each answer word is told, and the (builder's) numbers of
        the words of details that no answer tells."""
        # Each distinct answer text (and list of details) is read once, however many
        # entries give it: ``pool`` holds the word numbers of each, read in turn; entries
        # with the same answers and details (copies) are one group, looked up once.
        read = AnswerPool(self, vocab, ahead)
        groups: dict[tuple[object, ...], int] = {}
        group_of: list[int] = []
        facts: dict[object, Facts] = {}
        not_covered: dict[tuple[str, ...], PhraseIndex] = {}
        for idx, entry in enumerate(entries):
            same = (tuple(entry.answer.items()), entry.not_covered)
            group = groups.get(same)
            if group is None:
                group = groups[same] = read.group(entry)
            group_of.append(group)
            told = read.told[group]
            # Entries that give the same texts and facts have the same facts (copies).
            key = (told, aliases.get(idx),
                   tuple(sorted(entry.facts.items())) if entry.facts else None)
            if key not in facts:
                facts[key] = entry_facts(self.thesaurus, (), entry.facts, read=[
                    *(read.facts[k] for k in told), *([aliases[idx]] if idx in aliases else ())])
            self._facts.append(facts[key])
            if entry.not_covered not in not_covered:  # shared: a pure function of the phrases
                # Labelled with the phrase as written (what a near miss says is missing).
                not_covered[entry.not_covered] = PhraseIndex((p, any_form(p))
                                                             for p in entry.not_covered)
            self._not_covered.append(not_covered[entry.not_covered])
        # Per group, the distinct words of its answers and details: a word of several of them
        # (an Uzbek answer's and its Cyrillic's, above all) is one pair per entry, not one
        # per text, for the vocabulary's sort.
        empty = np.zeros(0, np.int64)
        said = [np.unique(np.concatenate([empty, *(read.pool[k] for k in (*told, details))]))
                for told, details in zip(read.told, read.details, strict=True)]
        # A word only a detail uses ("страниц" of "how many pages") is no word of any other
        # entry: no other word reaches it by typo or sibling (``Index._find_similar``).
        told_words = np.concatenate([empty, *(read.pool[k] for k in read.answers.values())])
        detail_words = np.concatenate([empty, *(read.pool[k] for k in set(read.details))])
        details_only = np.setdiff1d(detail_words, told_words)
        lengths = np.fromiter(map(len, said), np.int64, len(said))
        of_group = np.asarray(group_of, dtype=np.int64)
        vocab.add_numbered(np.repeat(np.arange(len(entries)), lengths[of_group]),
                           ragged.gather(ragged.offsets(lengths), np.concatenate([empty, *said]),
                                         of_group), strong=False)
        uses: Counter[tuple[str, str]] = Counter()
        for (answers, _details), n in zip(groups, np.bincount(of_group).tolist(), strict=True):
            for lang, text in answers:
                uses[text, lang] += n
        counted: dict[str, Counter[str]] = {lang: Counter() for lang in self.lexicon}
        for (text, lang), n in uses.items():
            if lang in counted:
                counts = read.words[read.answers[text, lang]]
                counted[lang].update({tok: c * n for tok, c in counts.items()} if n > 1
                                     else counts)
        return counted, details_only

    def _keep_keys(self, read: Phrasings, langs: list[str | None], owners: np.ndarray) -> None:
        """Keep each entry's distinct keys, in the order of its phrasings (as word numbers:
        ``EntryKeys`` joins them when a question asks)."""
        first = first_of_each(read.key_off, read.key_toks, owners)
        # A phrasing with no word has the empty key, which is never kept.
        first = first[np.diff(read.tok_off)[first] > 0]
        rows = first.tolist()
        self._key_entry = owners[rows].tolist()
        self._key_lang = [langs[k] for k in rows]
        # Phrasings are kept entry by entry: where each entry's run starts.
        self._starts = np.searchsorted(np.asarray(self._key_entry), np.arange(len(self.entry_ids)))
        self._entry_keys = EntryKeys(
            read.names, (ragged.offsets(np.diff(read.key_off)[first]),
                         ragged.gather(read.key_off, read.key_toks, first)),
            (ragged.offsets(np.diff(read.tok_off)[first]),
             ragged.gather(read.tok_off, read.toks, first)),
            np.append(self._starts, len(rows)))
        """Per entry, its distinct keys and their phrasings' folded texts."""

    @property
    def _keys(self) -> list[str]:
        """Every kept key, entry by entry (all joined: for tests and tools)."""
        return [k for idx in range(len(self.entry_ids)) for k in self._entry_keys[idx][0]]

    @property
    def _full_keys(self) -> list[str]:
        """Every kept phrasing's folded text, as ``_keys``."""
        return [f for idx in range(len(self.entry_ids)) for f in self._entry_keys[idx][1]]

    def _words(self, text: str, full: str, lang: str | None) -> list[str]:
        """The vocabulary words of one phrasing or answer: its folded words, its concepts,
        and (Uzbek) the words as typed on a Russian keyboard."""
        toks = full.split()
        words = toks + [t for t in self.thesaurus.concept_tokens(toks)
                        if t[0] == CONCEPT_MARK]
        if lang in KEYBOARD_LANGS:
            variant = keyboard_variant(text)
            if variant != text:
                # Word by word, as bot.phrasings reads variants: only the words the
                # keyboard changes add theirs, and numbers said in words are read in the
                # phrasing's own words, not again in its variant's.
                pairs = [(t, v != w) for w in text.split() for v in (keyboard_variant(w),)
                         for t in self._fold(v).split()]
                kept = set(self._content(" ".join(t for t, _ in pairs)).split())
                words += [t for t, changed in pairs
                          if changed and t in kept and t not in toks]
        return words

    def _content(self, key: str) -> str:
        """A folded key without stop words (kept whole if nothing else is left)."""
        content = [t for t in key.split() if t not in self.stopwords
                   and (len(t) > 1 or t.isdigit())]
        return " ".join(content) if content else key
