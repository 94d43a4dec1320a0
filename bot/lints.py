"""Lints that keep the FAQ findable and honest: ``check`` prints them as warnings.

Each lint takes a loaded knowledge base and returns ``Problem``s whose ``kind`` names the
lint; those that compare answers with the documents are in faithful.py. ``check --strict``
turns every kind into an error except ``review`` (a date must never make CI fail). Pure: the
caller passes what needs I/O or Telegram (the matcher, the renderer, the glossary's data,
today's date).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.faithful import numbers, quotes
from bot.knowledge import Entry, KnowledgeBase, Problem
from bot.knowledge.phrasecheck import PHRASES_FILE
from bot.matcher import Matcher
from bot.phrasebook import SPELT_MAX
from bot.phrases import PREFIX, phrase_words, word_matches
from bot.text import fold, keyboard_variant, spell
from bot.yamlread import read_yaml

NEAR_DUPLICATE = 90.0
"""Two phrasings of different entries this similar (rapidfuzz ratio of the folded keys)
send the same question to either entry."""
RARE_TOKENS = 2
"""A phrasing is compared only with the phrasings sharing one of its rarest words."""
MESSAGE_LIMIT = 4096
"""Telegram's limit for one message, in UTF-16 code units after the HTML tags."""
UNTRANSLATED_MIN = 25
"""A text this long that is the same as the English one was not translated."""
REVIEW_KIND = "review"
URGENT_LISTS = ("urgent", "urgent_self_harm", "urgent_silence", "urgent_pleas")
"""The lists of ``phrases.yaml`` whose phrases set off the protection reply."""
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NAME = re.compile(r"\b[A-ZА-ЯЁЎҚҒҲ][\w'ʻʼ’-]{2,}")
_TAG = re.compile(r"<[^>]+>")
_ACRONYM = re.compile(r"(\w[^()]*?)\s*\((\w+)\)")


def _problem(entry_or_file: Entry | str, line: int, message: str, kind: str) -> Problem:
    if isinstance(entry_or_file, Entry):
        return Problem(entry_or_file.file, entry_or_file.line, message, kind)
    return Problem(entry_or_file, line, message, kind)


# ---------------------------------------------------------------- review dates


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later``."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def review_due(kb: KnowledgeBase, months: int, today: dt.date) -> list[Problem]:
    """Entries never checked against the documents, or last checked over ``months`` ago."""
    out = []
    for e in kb.entries.values():
        if e.reviewed is None:
            out.append(_problem(e, 0, f"'{e.id}' has never been checked against its documents "
                                "(no 'reviewed:' date)", REVIEW_KIND))
        elif months_between(e.reviewed, today) >= months:
            out.append(_problem(e, 0, f"'{e.id}' was last checked against its documents on "
                                f"{e.reviewed.isoformat()}, {months} months or more ago; check "
                                "it again and update 'reviewed:'", REVIEW_KIND))
    return out


# ---------------------------------------------------------------- findability


def _phrasings(entry: Entry) -> Iterator[str]:
    for lang, questions in entry.questions.items():
        if lang != "uz-Cyrl":  # folds to the same key as its Latin source
            yield from questions


def near_duplicates(kb: KnowledgeBase, threshold: float = NEAR_DUPLICATE) -> list[Problem]:
    """Phrasings of two entries so alike that a user's question could go to either.

    An inverted index of folded words finds the candidates: each phrasing is compared only
    with the phrasings of other entries that share one of its rarest words (a near-duplicate
    shares nearly all its words), never with every phrasing.
    """
    keys: list[tuple[str, str, str]] = []  # (key, entry id, phrasing)
    seen: set[tuple[str, str]] = set()
    for e in kb.entries.values():
        for text in _phrasings(e):
            key = fold(text)
            if key and (key, e.id) not in seen:
                seen.add((key, e.id))
                keys.append((key, e.id, text))
    postings: dict[str, list[int]] = defaultdict(list)
    for row, (key, _, _) in enumerate(keys):
        for tok in set(key.split()):
            postings[tok].append(row)
    # A ratio of at least ``threshold`` needs lengths within this factor of each other.
    spread = threshold / (200 - threshold)
    out = []
    for row, (key, eid, text) in enumerate(keys):
        rare = sorted(set(key.split()), key=lambda t: (len(postings[t]), t))[:RARE_TOKENS]
        others = sorted({r for tok in rare for r in postings[tok]
                         if r > row and keys[r][1] != eid
                         and spread * len(key) <= len(keys[r][0]) <= len(key) / spread})
        if not others:
            continue
        scores = process.cdist([key], [keys[r][0] for r in others], scorer=fuzz.ratio,
                               score_cutoff=threshold)[0]
        for k in scores.nonzero()[0]:
            okey, oid, otext = keys[others[k]]
            if _same_words(key, okey):
                out.append(_problem(kb.entries[eid], 0, f"'{eid}' “{text}” and '{oid}' “{otext}” "
                                    f"are near-duplicates (score {scores[k]:.0f}); reword one or "
                                    "merge the entries", "near-duplicate"))
    return out


def _same_words(a: str, b: str) -> bool:
    """Whether the words two keys do not share are only spellings of each other
    ("remittance"/"remittances"), not different words ("sending"/"receiving")."""
    only_a, only_b = set(a.split()) - set(b.split()), set(b.split()) - set(a.split())
    return all(any(fuzz.ratio(x, y) >= 75 for y in only_b) for x in only_a) and \
        all(any(fuzz.ratio(y, x) >= 75 for x in only_a) for y in only_b)


def entry_hash(entry: Entry) -> str:
    """A short fingerprint of what the matcher reads of an entry (phrasings, aliases)."""
    data = json.dumps([sorted((k, list(v)) for k, v in entry.questions.items()),
                       list(entry.aliases)], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


def changed_entries(kb: KnowledgeBase, saved: Mapping[str, Any] | None) -> list[str] | None:
    """Entries whose phrasings differ from a saved eval's ``entries`` fingerprints (new ones
    too); None when the saved eval has no fingerprints (then every entry counts as changed)."""
    hashes = (saved or {}).get("entries")
    if not isinstance(hashes, dict):
        return None
    return [eid for eid, e in kb.entries.items() if hashes.get(eid) != entry_hash(e)]


def self_match(kb: KnowledgeBase, matcher: Matcher,
               only: Iterable[str] | None = None) -> list[Problem]:
    """Entries that their own phrasings do not find (answered with another entry)."""
    out = []
    for eid in (only if only is not None else kb.entries):
        e = kb.entries[eid]
        for lang, questions in e.questions.items():
            if lang == "uz-Cyrl":
                continue  # folds to the key of its Uzbek Latin source
            for text in questions:
                match = matcher.match(text)
                best = match.best
                if match.decision == "answer" and best and best.entry_id == eid:
                    continue
                if match.decision == "answer" and best:
                    got = f"it answers '{best.entry_id}'"
                elif match.decision == "clarify":
                    got = "the bot asks “did you mean” between " + ", ".join(
                        f"'{c.entry_id}'" for c in match.candidates)
                else:
                    got = "the bot says the documents do not cover it"
                out.append(_problem(e, 0, f"'{eid}' is not found by its own phrasing "
                                    f"“{text}” ({lang}): {got}; reword it or the other entry",
                                    "self-match"))
    return out


# ---------------------------------------------------------------- texts


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def too_long(kb: KnowledgeBase, render: Callable[[Entry, str], str],
             langs: Iterable[str], limit: int = MESSAGE_LIMIT) -> list[Problem]:
    """Answers that, rendered with their sources as HTML, would not fit one message."""
    from html import unescape

    out = []
    for e in kb.entries.values():
        for lang in langs:
            size = _utf16_len(unescape(_TAG.sub("", render(e, lang))))
            if size > limit:
                out.append(_problem(e, 0, f"'{e.id}' ({lang}) renders to {size} characters with "
                                    f"its sources; Telegram sends at most {limit}: shorten it",
                                    "too-long"))
    return out


def _texts(kb: KnowledgeBase) -> Iterator[tuple[str, int, str, Mapping[str, str]]]:
    """(file, line, what, text map) for every text a user reads (not questions)."""
    for e in kb.entries.values():
        yield e.file, e.line, f"answer of '{e.id}'", e.answer
        if e.direct:
            yield e.file, e.line, f"direct answer of '{e.id}'", e.direct
    for q in kb.quiz.values():
        yield q.file, q.line, f"question of '{q.id}'", q.question
        for k, option in enumerate(q.options):
            yield q.file, q.line, f"option {k + 1} of '{q.id}'", option
        yield q.file, q.line, f"explanation of '{q.id}'", q.explanation


def translations(kb: KnowledgeBase) -> list[Problem]:
    """Texts left in English, and Uzbek Latin texts with Cyrillic letters in them."""
    out = []
    for file, line, what, texts in _texts(kb):
        en = texts.get("en", "")
        for lang in ("ru", "uz"):
            if len(en) >= UNTRANSLATED_MIN and texts.get(lang) == en:
                out.append(_problem(file, line, f"{what} ({lang}) is the English text; "
                                    "translate it", "translation"))
        if _CYRILLIC.search(texts.get("uz", "")):
            out.append(_problem(file, line, f"{what} (uz) mixes Cyrillic letters into Uzbek "
                                "Latin; write it all in Latin", "script"))
    return out


def _numbers(text: str) -> set[str]:
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in fold(text).split()}


def _spelled_out(option: str, stems: set[str]) -> str:
    """The option without names spelled out before an acronym the answer uses: in
    "Organization of the United Nations (UN)" only the acronym must be in the answer."""
    def drop(m: re.Match[str]) -> str:
        return f"({m.group(2)})" if fold(m.group(2))[:5] in stems else m.group(0)

    return _ACRONYM.sub(drop, option)


def quiz_facts(kb: KnowledgeBase) -> list[Problem]:
    """Correct quiz options whose numbers or names the entry's answer does not contain.

    A question whose English text says NOT (in capitals) asks for what the answer does not
    say, so its correct option is not looked for.
    """
    out = []
    for q in kb.quiz.values():
        entry = kb.entries.get(q.entry)
        if entry is None or re.search(r"\bNOT\b", q.question.get("en", "")):
            continue
        for lang in ("en", "ru", "uz"):
            option = q.options[0].get(lang, "")
            answer = " ".join([entry.answer.get(lang, ""), (entry.direct or {}).get(lang, ""),
                               *(v for vs in (entry.facts or {}).values() for v in vs)])
            numbers = _numbers(option) - _numbers(answer)
            stems = _stems(answer)
            option = _spelled_out(option, stems)
            # Capitalised words after the first (which any sentence capitalises) are names.
            names = [n.group(0) for n in _NAME.finditer(option)
                     if n.start() > 0 and fold(n.group(0))
                     and fold(n.group(0)).split()[0][:5] not in stems]
            for what in sorted(numbers) + names:
                out.append(_problem(q.file, q.line, f"the correct option of '{q.id}' ({lang}) "
                                    f"says “{what}”, which the answer of '{entry.id}' does not "
                                    "contain; fix the option or the answer", "quiz-fact"))
    return out


# ---------------------------------------------------------------- glossary


def read_glossary(path: Path) -> list[dict[str, Any]]:
    """The terms of ``knowledge/glossary.yaml`` (none when it does not exist)."""

    if not path.exists():
        return []
    data = read_yaml(path) or {}
    return [t for t in data.get("terms") or [] if isinstance(t, dict)]


def glossary(kb: KnowledgeBase, terms: list[dict[str, Any]],
             catalogs: Mapping[str, Iterable[tuple[str, str, int]]] | None = None) -> list[Problem]:
    """Texts that use a form the glossary rejects (``catalogs``: lang -> (file, text, line))."""
    rejects = [(lang, form, term.get(lang, "")) for term in terms
               for lang, forms in (term.get("reject") or {}).items() for form in forms or ()]
    if not rejects:
        return []

    def scan(file: str, line: int, what: str, lang: str, text: str) -> Iterator[Problem]:
        low = text.lower()
        for rlang, form, good in rejects:
            if rlang == lang and form.lower() in low:
                yield _problem(file, line, f"{what} ({lang}) uses “{form}”, which the glossary "
                               f"rejects; write “{good}”", "glossary")

    out = []
    for file, line, what, texts in _texts(kb):
        for lang, text in texts.items():
            out += scan(file, line, what, lang, text)
    for lang, messages in (catalogs or {}).items():
        for file, text, line in messages:
            out += scan(file, line, "interface message", lang, text)
    return out


# ---------------------------------------------------------------- urgent words


def urgent_folds(kb: KnowledgeBase, documents: Mapping[str, str]) -> list[Problem]:
    """One-word urgent triggers that a word of the knowledge base or the documents folds to
    but is not spelt as ("costs" and "sos", "carried" and "scared"): that word would set off
    the protection reply; list the trigger in ``urgent_spelt`` (matched as written) or
    give it its object ("afraid for my life")."""
    spelt = {fold(str(w)) for w in kb.phrases.get("urgent_spelt") or ()}
    single: dict[str, set[str]] = defaultdict(set)
    for phrase in (str(p) for key in URGENT_LISTS for p in kb.phrases.get(key) or ()):
        words = phrase_words(phrase)
        key = fold(phrase.removesuffix(PREFIX))
        if len(words) == 1 and key not in spelt and len(key) > SPELT_MAX:
            plain = phrase.removesuffix(PREFIX)
            single[words[0]] |= {spell(plain), spell(keyboard_variant(plain))}
    by_start: dict[str, list[str]] = defaultdict(list)
    for pattern in single:
        by_start[pattern.removesuffix(PREFIX)].append(pattern)
    texts = [t for e in kb.entries.values() for q in e.questions.values() for t in q]
    texts += [t for e in kb.entries.values() for t in e.answer.values()]
    found: dict[str, set[str]] = defaultdict(set)
    for word in {w for text in [*texts, *documents.values()] for w in str(text).split()}:
        for tok, written in zip(fold(word).split(), spell(word).split(), strict=True):
            # A pattern matches a token that starts with it: look its starts up.
            for pattern in (by_start.get(tok[:n], ()) for n in range(1, len(tok) + 1)):
                for p in pattern:
                    if word_matches(p, tok) and not any(written.startswith(w)
                                                        for w in single[p]):
                        found[p].add(word)
    return [_problem(PHRASES_FILE, 0, f"the urgent trigger “{pattern}” is what "
                     f"{', '.join(sorted(words)[:5])} fold to: such a word would set off the "
                     "protection reply; list the trigger in urgent_spelt or give it its object",
                     "urgent-fold") for pattern, words in sorted(found.items())]


def phrases_missing(kb: KnowledgeBase) -> list[Problem]:
    """A knowledge folder without ``phrases.yaml``, or whose danger lists are empty, loads,
    but the bot then reads no message as danger (nor, without the file, as a greeting or
    thanks): say so."""
    if not kb.phrases:
        return [_problem(PHRASES_FILE, 0, f"there is no {PHRASES_FILE} (or it lists nothing): "
                         "the bot will read no message as a greeting or thanks, and a message "
                         "about danger will get no protection reply; copy the shipped "
                         f"knowledge/{PHRASES_FILE} and edit it", "phrases")]
    if not any(kb.phrases.get(key) for key in URGENT_LISTS):
        return [_problem(PHRASES_FILE, 0, f"{PHRASES_FILE} lists no danger phrases "
                         f"({', '.join(URGENT_LISTS)}): a message about danger will get no "
                         "protection reply; copy them from the shipped knowledge/"
                         f"{PHRASES_FILE}", "phrases")]
    return []


# ---------------------------------------------------------------- all of them


def run(kb: KnowledgeBase, matcher: Matcher, render: Callable[[Entry, str], str], *,
        langs: Iterable[str], review_months: int, today: dt.date,
        saved_eval: Mapping[str, Any] | None, every_entry: bool,
        glossary_terms: list[dict[str, Any]],
        catalogs: Mapping[str, Iterable[tuple[str, str, int]]] | None = None,
        documents: Mapping[str, str] | None = None,
        ) -> tuple[list[Problem], str]:
    """Every lint, in the order ``check`` prints them.

    Returns:
        The problems, and one line saying which entries the self-match lint read.
    """
    changed = None if every_entry else changed_entries(kb, saved_eval)
    scope = (f"self-match lint: all {len(kb.entries)} entries" if changed is None
             else f"self-match lint: {len(changed)} entries changed since the saved eval")
    if documents is None:
        scope += "; quote lint skipped: the documents are not there (DOCUMENTS_DIR)"
    problems = [
        *near_duplicates(kb),
        *self_match(kb, matcher, changed),
        *too_long(kb, render, langs),
        *translations(kb),
        *quiz_facts(kb),
        *glossary(kb, glossary_terms, catalogs),
        *quotes(kb, documents or {}),
        *numbers(kb, documents or {}),
        *urgent_folds(kb, documents or {}),
        *phrases_missing(kb),
        *review_due(kb, review_months, today),
    ]
    return problems, scope
