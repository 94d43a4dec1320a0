"""The language registry: every language and script the bot answers in, read from one file.

``bot/data/languages.yaml`` lists each language's code, its name in itself, its script, its
gettext catalog, its babel locale, whether it is generated from another (Uzbek Cyrillic from
Uzbek Latin) and the letters that give it away. Reply languages (``LANGS``), the languages
written by hand in the YAML (``SOURCE_LANGS``), the catalogs (``CATALOG_LANGS``) and the
picker's names (``LANGUAGE_NAMES``) are all derived from it. Pure: read once at import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.translit import APOSTROPHES
from bot.yamlread import read_yaml

REGISTRY_FILE = Path(__file__).resolve().parent / "data" / "languages.yaml"
_FIELDS = {"code", "name", "script", "catalog", "locale", "generated_from", "letters", "date"}


@dataclass(frozen=True)
class Language:
    """One reply language in one script."""

    code: str
    name: str
    """The language named in itself, as the picker shows it."""
    script: str
    """ISO 15924: "Latn" or "Cyrl"."""
    catalog: str
    """The folder of its gettext catalog under ``locales/``."""
    locale: str
    """The babel locale for dates and plural rules."""
    generated_from: str | None = None
    """The language its texts are made from (transliterated), or None when written by hand."""
    letters: str = ""
    """Letters only this language uses in its script: a message with one of them is it."""
    date: str = "long"
    """How its dates are written: babel's "long" format, or a pattern where the locale's is
    not what people write ("y-'yil' d-MMMM": 2026-yil 29-noyabr)."""


@dataclass(frozen=True)
class Registry:
    """All languages, in file order, with the picker's order and the guess weights."""

    languages: tuple[Language, ...]
    picker: tuple[str, ...]
    guess: Mapping[str, Mapping[str, float]]
    typed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per language, other names a user may write for it after ``/lang``."""
    fallback: Mapping[str, str] = field(default_factory=dict)
    """Languages the bot does not speak (ISO 639-1) -> the reply language their users read."""
    letters_of: Mapping[str, str] = field(default_factory=dict)
    """Languages of ``fallback`` -> Cyrillic letters only they have (Tajik ҷ, Kazakh ә)."""

    # Computed once (the registry is frozen): the loader asks for them for every text.
    @cached_property
    def codes(self) -> tuple[str, ...]:
        """Every reply language."""
        return tuple(lang.code for lang in self.languages)

    @cached_property
    def written(self) -> tuple[str, ...]:
        """The languages written by hand in the knowledge files (not generated)."""
        return tuple(lang.code for lang in self.languages if lang.generated_from is None)

    @property
    def catalogs(self) -> tuple[str, ...]:
        """The gettext catalogs, each once."""
        return tuple(dict.fromkeys(lang.catalog for lang in self.languages))

    def get(self, code: str) -> Language:
        """The language with this code (KeyError if there is none)."""
        return self._by_code[code]

    @cached_property
    def _by_code(self) -> dict[str, Language]:
        return {lang.code: lang for lang in self.languages}

    def generated(self) -> tuple[Language, ...]:
        """The languages made from another one."""
        return self._generated

    @cached_property
    def _generated(self) -> tuple[Language, ...]:
        return tuple(lang for lang in self.languages if lang.generated_from)

    def in_script(self, code: str, script: str | None) -> str:
        """``code``'s language as written in ``script`` (uz in Cyrl -> uz-Cyrl)."""
        own = self.get(code)
        if script is None or own.script == script:
            return code
        return next((lang.code for lang in self.languages
                     if lang.generated_from == code and lang.script == script), code)

    def by_locale(self, language: str, script: str | None) -> str | None:
        """The reply language for a babel locale's language and script, if one fits exactly."""
        for lang in self.languages:
            base, _, lscript = lang.locale.partition("_")
            if base == language and script and lscript == script:
                return lang.code
        return None

    def find(self, written: str) -> str | None:
        """The reply language a user names ("ru", "uz-cyrl", "Русский", "english", "o'zbek"),
        or None when ``written`` names none: codes, names in themselves and ``typed``, in any
        case, apostrophes ignored."""
        return self._typed_names.get(_typed_form(written))

    @cached_property
    def _typed_names(self) -> dict[str, str]:
        return {form: code for form, _name, code in _names_typed(self.languages, self.typed)}

    @property
    def names(self) -> dict[str, str]:
        """Each language named in itself, in the picker's order."""
        return {code: self.get(code).name for code in self.picker}


def _typed_form(name: str) -> str:
    """A language's name as compared: case folded, "_" as "-", no apostrophe or space."""
    folded = name.strip().casefold().replace("_", "-")
    return "".join(ch for ch in folded if ch not in APOSTROPHES and not ch.isspace())


def _names_typed(langs: Iterable[Language], typed: Mapping[str, tuple[str, ...]]
                 ) -> Iterator[tuple[str, str, str]]:
    """Every name a user may type for a language: its form as compared, as written, the code."""
    for lang in langs:
        for name in (lang.code, lang.name, *typed.get(lang.code, ())):
            yield _typed_form(name), name, lang.code


class RegistryError(ValueError):
    """The registry file is wrong: the message says where and what to change."""


def load_registry(path: Path = REGISTRY_FILE) -> Registry:
    """Read and check a registry file.

    Args:
        path: the YAML file (``bot/data/languages.yaml`` by default).

    Returns:
        The Registry. Raises RegistryError with ``file: what to change`` when it is wrong.
    """
    data = read_yaml(path) or {}
    langs = []
    for rec in data.get("languages") or []:
        unknown = set(rec) - _FIELDS
        if unknown:
            raise RegistryError(f"{path}: language {rec.get('code')!r} has unknown fields "
                                f"{sorted(unknown)}; use {sorted(_FIELDS)}")
        try:
            langs.append(Language(**{k: str(v) for k, v in rec.items()}))
        except TypeError as exc:
            raise RegistryError(f"{path}: language {rec.get('code')!r}: {exc}") from exc
    codes = [lang.code for lang in langs]
    for lang in langs:
        if lang.generated_from and lang.generated_from not in codes:
            raise RegistryError(f"{path}: {lang.code} is generated from unknown "
                                f"{lang.generated_from!r}")
    picker = tuple(data.get("picker") or codes)
    if sorted(picker) != sorted(codes):
        raise RegistryError(f"{path}: 'picker' must list every language once: {codes}")
    guess = {script: {str(k): float(v) for k, v in weights.items()}
             for script, weights in (data.get("guess") or {}).items()}
    for weights in guess.values():
        for code in weights:
            if code not in codes:
                raise RegistryError(f"{path}: 'guess' names unknown language {code!r}")
    typed = {str(code): tuple(str(n) for n in names)
             for code, names in (data.get("typed") or {}).items()}
    fallback = {str(k): str(v) for k, v in (data.get("fallback") or {}).items()}
    letters_of = {str(k): str(v) for k, v in (data.get("letters_of") or {}).items()}
    for code in letters_of:
        if code not in fallback:
            raise RegistryError(f"{path}: 'letters_of' names {code!r}, which 'fallback' lacks")
    for key, named in (("typed", typed), ("fallback", fallback.values())):
        for code in named:
            if code not in codes:
                raise RegistryError(f"{path}: {key!r} names unknown language {code!r}")
    seen: dict[str, str] = {}
    for form, name, code in _names_typed(langs, typed):
        other = seen.setdefault(form, code)
        if other != code:
            raise RegistryError(f"{path}: {name!r} names both {other} and {code}; "
                                f"keep it under one")
    return Registry(tuple(langs), picker, guess, typed, fallback, letters_of)


REGISTRY = load_registry()
LANGS = REGISTRY.codes
"""Every reply language, e.g. ("en", "ru", "uz", "uz-Cyrl")."""
SOURCE_LANGS = REGISTRY.written
"""Languages written by hand in the YAML files; the others are generated."""
CATALOG_LANGS = REGISTRY.catalogs
LANGUAGE_NAMES = REGISTRY.names
"""Each language named in itself, in the language picker's order."""


def missing_catalogs(registry: Registry, locales_dir: Path) -> list[Path]:
    """The catalog files a registry needs that ``locales_dir`` does not have."""
    files = [locales_dir / code / "LC_MESSAGES" / "messages.po" for code in registry.catalogs]
    return [f for f in files if not f.exists()]
