"""A knowledge file's data read by yaml-rs when it is provably what PyYAML would read.

PyYAML, even on libyaml, makes a Python node object (and two position marks) for every
scalar, list and mapping, asks Python for each node's tag, and builds the data from the
nodes in Python: at 10,000 entries, 57 MB and 900,000 nodes, about 2.5 s of CPU, half of
loading. yaml-rs (Rust) builds the same data about three times faster, but it reads YAML
1.2, where PyYAML reads YAML 1.1: a plain ``yes`` is text there and true here, ``012``
is 12 there and 10 here, a plain ``2026-01-15`` is text there and a date here, and it
ignores tags. So its data is taken only where both read the same (``read``):

* the text has no tag (``!`` starting a token), directive, document marker, byte order
  mark, tab, carriage return, NEL, line or paragraph separator, nor any character PyYAML
  refuses;
* every text it gives, key or value, is one that PyYAML's resolvers leave as text whether
  it was quoted or not (so ``'yes'`` is not taken), or one that was quoted for sure:
  digits, which yaml-rs gives as a number when they are not quoted; and every other
  scalar is null or true/false, which both read alike (no number: ``012`` and ``0o12``
  differ);
* except a date ``YYYY-MM-DD`` under the key ``reviewed``: PyYAML gives a date when it is
  unquoted and the text when it is quoted, and the models read both as that date
  (``models.Date``), so it is given as the date.

Anything else (and any file yaml-rs cannot read: a syntax error, a repeated key) gives
None, and the file is read by PyYAML as before, which also gives the lines of its
problems. The data carries no lines: ``YamlFile`` composes PyYAML's node tree for those
only when a line is asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.yamlread import IMPLICIT

_SUSPECT = re.compile(
    "[^\n\x20\x22-\x24\x26-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Any character but a line feed and the printable ones PyYAML takes (so a tab, CR, NEL,
byte order mark, control ...), a line or paragraph separator (line breaks in YAML 1.1, not
in 1.2), and ``!`` and ``%``, which may start a tag or a directive (``_refused``)."""
_BEFORE_TAG = frozenset(" \n[]{},:")
"""What may come just before a tag's ``!``."""
_ANCHOR = re.compile(r"(?:^|[ \n\[\]{},:])[&*][^ \n]")
"""An anchor or alias may start here: PyYAML and yaml-rs differ on some (an anchor given
twice), so PyYAML reads the file (prose with "*" or "&" costs only the speed)."""
_FLOW_BROKEN = re.compile(r"[\[{][^\]}\n]*\n")
"""A flow list or mapping that goes on past its line (or a bracket in a text that seems
to): yaml-rs takes a key broken over two lines there, PyYAML refuses it."""
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_QUOTED = re.compile(r"[-+]?[0-9]{1,18}")
"""Text yaml-rs gives as text only when it was quoted (unquoted, it is a number): PyYAML
reads quoted text as text too. (Up to 18 digits: a larger number may not fit its int.)"""
_DATED = "reviewed"
"""The key whose value may be a date written with or without quotes (``models.Date``)."""


class _Differs(Exception):
    """The data holds a scalar PyYAML may read otherwise."""


def read(text: str) -> Any | None:
    """``yaml.safe_load(text)``'s data when yaml-rs provably reads the same, else None."""
    if _refused(text):
        return None
    try:
        import yaml_rs  # here: a bot whose files are all small never loads it (5 MB of RSS)
    except ImportError:  # a platform with no wheel for it: PyYAML reads every file
        return None

    try:
        data = yaml_rs.loads(text, parse_datetime=False)
    except Exception:  # noqa: BLE001 - any failure: PyYAML reads it and says what is wrong
        return None
    try:
        return _same(data, None)
    except _Differs:
        return None


def _refused(text: str) -> bool:
    """Whether the text has what PyYAML alone reads: a tag, a directive, a document
    marker, a byte order mark (PyYAML drops it), an anchor or alias, a flow collection
    over several lines, or a character outside YAML's printable ones (see ``_SUSPECT``)."""
    if text.startswith(("---", "...", "\ufeff")) or "\n---" in text or "\n..." in text:
        return True
    if _found(text, "&*", _ANCHOR, 1) or _found(text, "[{", _FLOW_BROKEN, 0):
        return True
    for found in _SUSPECT.finditer(text):
        at = found.start()
        before = text[at - 1] if at else "\n"
        char = text[at]
        if char == "!":
            if before in _BEFORE_TAG:
                return True
        elif char != "%" or before == "\n":
            return True
    return False


def _found(text: str, starts: str, pattern: re.Pattern[str], back: int) -> bool:
    """Whether ``pattern`` matches where one of the characters ``starts`` is (``back``
    characters before it): ``pattern.search`` alike, but a text without those characters
    (every synthetic topic file) costs one ``find`` each, not a regex step per character
    (1.2 s of CPU at 10,000 entries)."""
    for char in starts:
        at = text.find(char)
        while at != -1:
            if pattern.match(text, max(at - back, 0)):
                return True
            at = text.find(char, at + 1)
    return False


def _same(value: Any, key: str | None) -> Any:
    """``value`` as PyYAML reads it, checked all through; raises _Differs where it may not be.

    (One call per list and mapping, not per text: a file of 10,000 entries has 640,000.)"""
    kind = type(value)
    if kind is dict:
        for k, v in value.items():
            if k not in _PLAIN_KEYS:
                _key(k)
            if type(v) is str:
                if v[:1] in IMPLICIT:
                    value[k] = _text(v, k)
            else:
                value[k] = _same(v, k)
        return value
    if kind is list:
        for i, v in enumerate(value):
            if type(v) is str:
                if v[:1] in IMPLICIT:
                    value[i] = _text(v, None)
            else:
                value[i] = _same(v, None)
        return value
    if kind is str:
        return _text(value, key)
    if value is None or kind is bool:
        return value
    raise _Differs


_PLAIN_KEYS: set[str] = set()
"""Keys found to be text that no resolver matches (a file has few distinct keys)."""


def _key(key: Any) -> None:
    if type(key) is not str or any(p.match(key) for _tag, p in IMPLICIT.get(key[:1], ())):
        raise _Differs
    if len(_PLAIN_KEYS) < 10_000:
        _PLAIN_KEYS.add(key)


def _text(value: str, key: str | None) -> Any:
    """A text as PyYAML reads it, quoted or not (its first character is one some YAML 1.1
    resolver starts with)."""
    for _tag, pattern in IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            if _QUOTED.fullmatch(value):
                return value
            if key == _DATED and _DATE.fullmatch(value):
                return _date(value)
            raise _Differs
    return value


def _date(text: str) -> dt.date:
    """The date PyYAML's safe constructor makes of an unquoted ``YYYY-MM-DD``."""
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        raise _Differs from None  # PyYAML's own error, not ours to word
