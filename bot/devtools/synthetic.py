"""Synthetic knowledge bases of any size, made by salting the shipped entries.

``bench --scale`` and the maintainers' lint timings both use this one generator, so their
figures are comparable. A synthetic base of N entries holds the shipped entries unchanged
and then copies of them, in turn, until there are N. A copy keeps everything of its entry
(topic, answer, sources, related ids, quiz links stay on the originals) except:

* its id: ``s<k>-<original id>`` (cut to the 48 characters an id may have);
* its phrasings: each question and alias gets two words taken at random from the phrasings
  of *other* entries in the same language, put at random places, and ends with the copy's
  own token (``zq`` and the copy number in letters, e.g. ``zqbd``), a word no other entry
  has.

So the copies look like their entries to the matcher, but not exactly: the index must keep
every one, and a question still has a best entry.

A copy's answers are its entry's, unchanged, unless ``distinct_answers`` is set: then each
``answer`` text, in every language, gets two words taken at random from the
answers of other entries in that language (words with letters only, so no copy claims a
number) and ends with the copy's token, as a phrasing does (``direct``, the one sentence of
at most 200 characters, stays as it is). Real knowledge bases have a
different answer per entry: this measures what per-answer work (reading answers for
places, numbers, bodies) costs when the copies' answers are not one of 62.

The result is an ordinary ``knowledge/`` folder (sources, quiz, keep-as-written list copied
as they are), written to a folder the caller chooses and read through the normal loader.
The same ``seed`` gives the same files.
"""

from __future__ import annotations

import random
import shutil
import string
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.yamlread import read_yaml

ANSWER_FIELDS = ("answer",)
"""An entry's texts that ``distinct_answers`` salts."""
MAX_ID = 48  # knowledge ids: a lower-case letter or digit, then up to 47 of [a-z0-9-]
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """Writes every copy out in full: no YAML anchors, as a person would write the files."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def token(k: int) -> str:
    """The copy's own word: ``zq`` and ``k`` written in the letters a-z (0 = ``zqa``)."""
    letters = string.ascii_lowercase
    digits = letters[k % 26]
    k //= 26
    while k:
        k -= 1
        digits = letters[k % 26] + digits
        k //= 26
    return "zq" + digits


def copy_id(k: int, entry_id: str) -> str:
    """The id of copy ``k`` of an entry; unique because ``k`` is."""
    return f"s{k}-{entry_id}"[:MAX_ID].rstrip("-")


def _words(texts: Iterable[str]) -> list[str]:
    return [w for t in texts for w in t.split()]


def _salt(text: str, pool: list[str], tag: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(2):
        words.insert(rng.randint(0, len(words)), rng.choice(pool))
    return " ".join([*words, tag])


class _Pools:
    """Words of every entry's phrasings per language, to draw from those of other entries."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.by_entry: dict[str, dict[str, list[str]]] = {}
        for e in entries:
            langs = {lang: _words(qs) for lang, qs in (e.get("questions") or {}).items()
                     if isinstance(qs, list)}
            self.by_entry[e["id"]] = langs
        self.answers_by_entry = {
            e["id"]: {lang: [w for t in _answer_texts(e, lang) for w in t.split() if w.isalpha()]
                      for lang in ("en", "ru", "uz")}
            for e in entries}
        self._others: dict[tuple[str, str], list[str]] = {}
        self._other_answers: dict[tuple[str, str], list[str]] = {}

    def others(self, entry_id: str, lang: str) -> list[str]:
        key = (entry_id, lang)
        if key not in self._others:
            self._others[key] = [w for eid, langs in self.by_entry.items() if eid != entry_id
                                 for w in langs.get(lang, ())] or ["migratsiya"]
        return self._others[key]

    def other_answers(self, entry_id: str, lang: str) -> list[str]:
        key = (entry_id, lang)
        if key not in self._other_answers:
            self._other_answers[key] = [
                w for eid, langs in self.answers_by_entry.items() if eid != entry_id
                for w in langs.get(lang, ())] or ["migratsiya"]
        return self._other_answers[key]

    def any_other(self, entry_id: str) -> list[str]:
        return [w for lang in ("en", "ru", "uz") for w in self.others(entry_id, lang)]


def _answer_texts(entry: dict[str, Any], lang: str) -> list[str]:
    return [texts[lang] for field in ANSWER_FIELDS
            if isinstance(texts := entry.get(field), dict) and isinstance(texts.get(lang), str)]


def _copy(entry: dict[str, Any], k: int, pools: _Pools, rng: random.Random,
          distinct_answers: bool = False) -> dict[str, Any]:
    tag = token(k)
    copy = dict(entry)
    copy["id"] = copy_id(k, entry["id"])
    copy["questions"] = {
        lang: [_salt(q, pools.others(entry["id"], lang), tag, rng) for q in qs]
        if isinstance(qs, list) else qs
        for lang, qs in entry["questions"].items()}
    if entry.get("aliases"):
        copy["aliases"] = [_salt(a, pools.any_other(entry["id"]), tag, rng)
                           for a in entry["aliases"]]
    if distinct_answers:
        for field in ANSWER_FIELDS:
            if isinstance(texts := entry.get(field), dict):
                copy[field] = {lang: _salt(text, pools.other_answers(entry["id"], lang), tag, rng)
                               if isinstance(text, str) else text
                               for lang, text in texts.items()}
    return copy


def _read_faq(root: Path) -> dict[Path, dict[str, Any]]:
    return {path: read_yaml(path)
            for path in sorted((root / "faq").glob("*.yaml"))}


def minimum_size(source: Path) -> int:
    """The smallest synthetic base ``source`` makes: its own number of entries."""
    return sum(len(d["entries"]) for d in _read_faq(Path(source)).values())


def salted_knowledge(source: Path, dest: Path, entries: int, seed: int = 0,
                     distinct_answers: bool = False) -> Path:
    """Write a knowledge folder of ``entries`` FAQ entries made from ``source``.

    Args:
        source: a valid ``knowledge/`` folder (the shipped one).
        dest: an empty or missing folder; the result is ``dest / "knowledge"``.
        entries: how many entries in all; at least as many as ``source`` has.
        seed: the random seed for the salt words and their places.
        distinct_answers: salt each copy's answers too (see the module's docstring).

    Returns:
        The new ``knowledge/`` folder, ready for ``knowledge.load``.

    Raises:
        ValueError: ``entries`` is smaller than the number of shipped entries.
    """
    root = Path(dest) / "knowledge"
    shutil.copytree(source, root)
    data = _read_faq(root)
    files = list(data)
    originals = [(path, e) for path in files for e in data[path]["entries"]]
    if entries < len(originals):
        raise ValueError(f"a synthetic knowledge base needs at least {len(originals)} entries "
                         f"(the shipped ones), not {entries}")
    pools = _Pools([e for _, e in originals])
    rng = random.Random(seed)
    for k in range(entries - len(originals)):
        path, entry = originals[k % len(originals)]
        data[path]["entries"].append(_copy(entry, k, pools, rng, distinct_answers))
    for path in files:
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(data[path], out, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                      width=100)
    return root
