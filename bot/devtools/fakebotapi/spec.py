"""The Bot API spec: where it is, loading it, and checking values against its types."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.devtools.fakebotapi.limits import object_limits
from bot.devtools.fakebotapi.model import Upload

# bot/devtools/fakebotapi/spec.py -> the checkout is parents[3]; the spec sits beside it.
CHECKOUT = Path(__file__).resolve().parents[3]


def default_spec_dir() -> Path:
    """``../shared/telegram-bot-api`` beside the checkout (pass ``spec_dir=`` to override)."""
    return CHECKOUT.parent / "shared" / "telegram-bot-api"


def spec_path(spec_dir: Path | None = None) -> Path:
    """The spec file matching the installed PTB's Bot API version, else ``api.json``."""
    spec_dir = Path(spec_dir) if spec_dir is not None else default_spec_dir()
    try:
        from telegram.constants import BOT_API_VERSION_INFO

        major, minor = BOT_API_VERSION_INFO[:2]
        candidate = spec_dir / f"api-{major}.{minor}.json"
        if candidate.is_file():
            return candidate
    except ImportError:  # pragma: no cover - PTB is a dependency
        pass
    return spec_dir / "api.json"


@functools.lru_cache(maxsize=4)
def _load_spec_file(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_spec(spec_dir: Path | None = None) -> dict:
    """Load (and cache) the JSON spec; see :func:`spec_path`."""
    path = spec_path(spec_dir)
    if not path.is_file():
        raise FileNotFoundError(
            f"Telegram Bot API spec not found at {path}: put the spec folder at "
            "../shared/telegram-bot-api beside the checkout, or pass spec_dir="
        )
    return _load_spec_file(str(path))


# --------------------------------------------------------------------------- validation

_DISCRIMINATOR = re.compile(r"(?:must be|always)\s+[\"“]?([A-Za-z0-9_]+)[\"”]?\s*$")
_ONE_OF = re.compile(r"one of ((?:[\"“][A-Za-z0-9_]+[\"”](?:,\s*|\s+or\s+)?)+)")
_PRIMITIVES: dict[str, Callable[[Any], bool]] = {
    "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "Boolean": lambda v: isinstance(v, bool),
    "String": lambda v: isinstance(v, str),
    "InputFile": lambda v: isinstance(v, Upload),
}


class Validator:
    """Checks JSON values against the spec's types; collects error strings.

    :meth:`check` first asks :meth:`valid`, a yes/no walk over tables compiled once per
    type (field types, required fields); only a value it refuses is walked again by
    :meth:`errors`, which words every error. The two accept exactly the same values (a
    test walks both), so a request costs one cheap walk and a refusal reads as before.
    """

    def __init__(self, spec: dict):
        self.spec = spec
        self.types: dict[str, dict] = spec["types"]
        self._discriminators: dict[str, tuple[str, set[str]] | None] = {}
        self._fields: dict[str, dict[str, dict]] = {}
        self._required_names: dict[str, tuple[str, ...]] = {}
        self._valid: dict[str, Callable[[Any], bool]] = {}

    def fields(self, type_name: str) -> dict[str, dict]:
        """The spec's fields of an object type by name, in the spec's order (kept)."""
        table = self._fields.get(type_name)
        if table is None:
            fields = self.types[type_name].get("fields", [])
            table = self._fields[type_name] = {f["name"]: f for f in fields}
        return table

    # -- helpers
    def discriminator(self, type_name: str) -> tuple[str, set[str]] | None:
        """For subtypes: (field, allowed values) parsed from the field description."""
        if type_name not in self._discriminators:
            found = None
            for f in self.types[type_name].get("fields", []):
                if not f["required"] or f["types"] != ["String"]:
                    continue
                desc = f["description"].rstrip(". ")
                m = _DISCRIMINATOR.search(desc)
                if m:
                    found = (f["name"], {m.group(1)})
                    break
                m = _ONE_OF.search(desc)
                if m and f["name"] in ("type", "source", "status"):
                    found = (f["name"], set(re.findall(r"[A-Za-z0-9_]+", m.group(1))) - {"or"})
                    break
            self._discriminators[type_name] = found
        return self._discriminators[type_name]

    def check(self, value: Any, types: list[str], path: str) -> list[str]:
        """Errors for ``value`` against a union of type strings (empty list: valid)."""
        if self.valid(value, types):
            return []
        return self.errors(value, types, path)

    # -- the yes/no walk
    def valid(self, value: Any, types: list[str]) -> bool:
        """Whether ``value`` is one of ``types`` (exactly when :meth:`errors` finds none)."""
        for t in types:
            test = self._valid.get(t) or self._compile(t)
            if test(value):
                return True
        return False

    def _compile(self, t: str) -> Callable[[Any], bool]:
        test = _PRIMITIVES.get(t)
        if test is None and t.startswith("Array of "):
            inner = [t[len("Array of ") :]]
            valid = self.valid

            def test(v: Any) -> bool:
                return isinstance(v, list) and all(valid(item, inner) for item in v)
        elif test is None and t not in self.types:
            test = _never
        elif test is None and "subtypes" in self.types[t]:
            subtypes = self.types[t]["subtypes"]

            def test(v: Any) -> bool:
                if not isinstance(v, dict):
                    return False
                for sub in subtypes:
                    disc = self.discriminator(sub)
                    fits = disc is None or _one_of(v.get(disc[0]), disc[1])
                    if fits and self._valid_object(v, sub):
                        return True
                return False
        elif test is None:
            def test(v: Any) -> bool:
                return self._valid_object(v, t)
        self._valid[t] = test
        return test

    def _valid_object(self, value: Any, t: str) -> bool:
        if not isinstance(value, dict):
            return False
        fields = self.fields(t)
        valid = self.valid
        for key, item in value.items():
            f = fields.get(key)
            if f is None or not valid(item, f["types"]):
                return False
        required = self._required(t)
        if len(required) > len(value) or any(name not in value for name in required):
            return False
        disc = self.discriminator(t)
        if disc and disc[0] in value and not _one_of(value[disc[0]], disc[1]):
            return False
        return not object_limits(t, value, "")

    def _required(self, t: str) -> tuple[str, ...]:
        names = self._required_names.get(t)
        if names is None:
            names = tuple(n for n, f in self.fields(t).items() if f["required"])
            self._required_names[t] = names
        return names

    # -- the explaining walk
    def errors(self, value: Any, types: list[str], path: str) -> list[str]:
        """Every error of ``value`` against a union of type strings, worded for the bot."""
        attempts: list[list[str]] = []
        for t in types:
            errs = self.check_one(value, t, path)
            if not errs:
                return []
            attempts.append(errs)
        if len(attempts) == 1:
            return attempts[0]
        if isinstance(value, dict):
            # Explain with the object type the value resembles most: fewest structural
            # errors (unknown/missing fields, wrong kind) at this level, then fewest errors.
            def score(errs: list[str]) -> tuple[int, int]:
                return sum(e.startswith(f"{path}: ") for e in errs), len(errs)

            best = min(attempts, key=score)
            if score(best)[0] == 0 or all(not e.startswith(f"{path}: expected") for e in best):
                return best
        return [f"{path}: expected {' or '.join(types)}, got {type_word(value)} {short(value)}"]

    def check_one(self, value: Any, t: str, path: str) -> list[str]:
        if t.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{path}: expected {t}, got {type_word(value)}"]
            inner = t[len("Array of ") :]
            errs: list[str] = []
            for k, item in enumerate(value):
                errs += self.check_one(item, inner, f"{path}[{k}]")
            return errs
        primitive = _PRIMITIVES.get(t)
        if primitive is not None:
            return [] if primitive(value) else [f"{path}: expected {t}, got {type_word(value)}"]
        spec_type = self.types.get(t)
        if spec_type is None:
            return [f"{path}: spec has no type {t!r}"]
        if "subtypes" in spec_type:
            return self._check_abstract(value, t, spec_type["subtypes"], path)
        return self._check_object(value, t, path)

    def _check_abstract(self, value: Any, t: str, subtypes: list[str], path: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: expected {t} (an object), got {type_word(value)}"]
        candidates = []
        for sub in subtypes:
            disc = self.discriminator(sub)
            if disc is None or _one_of(value.get(disc[0]), disc[1]):
                candidates.append(sub)
        if not candidates:
            discs = sorted({v for s in subtypes if (d := self.discriminator(s)) for v in d[1]})
            return [f"{path}: not a valid {t}: discriminator must be one of {discs}"]
        best: list[str] | None = None
        for sub in candidates:
            errs = self._check_object(value, sub, path)
            if not errs:
                return []
            if best is None or len(errs) < len(best):
                best = errs
        return best or []

    def _check_object(self, value: Any, t: str, path: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: expected {t} (an object), got {type_word(value)}"]
        fields = self.fields(t)
        errs: list[str] = []
        for key in value:
            if key not in fields:
                errs.append(f"{path}: unknown field {key!r} for {t}")
        for name, f in fields.items():
            if name not in value:
                if f["required"]:
                    errs.append(f"{path}: {t} is missing required field {name!r}")
                continue
            errs += self.errors(value[name], f["types"], f"{path}.{name}")
        disc = self.discriminator(t)
        if disc and disc[0] in value and not _one_of(value[disc[0]], disc[1]):
            errs.append(f"{path}.{disc[0]}: must be one of {sorted(disc[1])} for {t}")
        if not errs:
            errs += object_limits(t, value, path)
        return errs


def _never(value: Any) -> bool:
    return False


def _one_of(value: Any, allowed: set[str]) -> bool:
    """A discriminator's value is one of the allowed words (a list or an object, which a
    set cannot hold, is none of them)."""
    return isinstance(value, str) and value in allowed


def type_word(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return "String"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        return "Object"
    if isinstance(value, Upload):
        return "uploaded file"
    return type(value).__name__


def short(value: Any) -> str:
    s = repr(value)
    return s if len(s) <= 60 else s[:57] + "..."

