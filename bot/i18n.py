"""Gettext catalogs (babel), locale negotiation and the translator for each reply language.

Catalogs live in ``locales/<lang>/LC_MESSAGES/messages.po`` and are compiled to ``.mo`` by
``pybabel compile`` (``make locales``). When a ``.mo`` file is missing or older than its
``.po`` (a fresh checkout run without make), the catalog is compiled in memory with babel,
so the bot never shows msgids by accident. Uzbek Cyrillic has no catalog of its own: it is
the Uzbek Latin catalog passed through ``bot.translit.to_cyrillic``.

Strings are marked with ``_()`` (or ``N_()`` where they are only declared) and formatted
*after* translation with named placeholders: ``_("Hello, {name}").format(name=...)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import io
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError, negotiate_locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.langs import CATALOG_LANGS as CATALOG_LANGS  # re-exported for the front ends
from bot.langs import LANGS, REGISTRY
from bot.langs import LANGUAGE_NAMES as LANGUAGE_NAMES
from bot.translit import to_cyrillic

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LANG = "uz"
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


class Translator:
    """Translates msgids into one reply language."""

    def __init__(self, lang: str, catalog: gettext.NullTranslations) -> None:
        self.lang = lang
        self._catalog = catalog
        generated = REGISTRY.get(lang).generated_from if lang in LANGS else None
        self._post: Callable[[str], str] = to_cyrillic if generated else (lambda s: s)

    def gettext(self, message: str) -> str:
        """Translate one message."""
        return self._post(self._catalog.gettext(message))

    __call__ = gettext

    def in_script(self, text: str) -> str:
        """A phrase taken from the data (an Uzbek Latin word of ``phrases.yaml``, say)
        written in this language's script: transliterated for a generated language."""
        return self._post(text)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """Translate a message with a plural form chosen for ``n``."""
        return self._post(self._catalog.ngettext(singular, plural, n))


def _load_catalog(lang: str, root: Path) -> gettext.NullTranslations:
    base = root / lang / "LC_MESSAGES"
    po, mo = base / f"{DOMAIN}.po", base / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.exists():
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return gettext.GNUTranslations(buf)
    return gettext.NullTranslations()


@cache
def translator(lang: str, root: Path = LOCALES_DIR) -> Translator:
    """The translator for a reply language ("en", "ru", "uz" or "uz-Cyrl")."""
    if lang not in LANGS:
        lang = DEFAULT_LANG
    return Translator(lang, _load_catalog(REGISTRY.get(lang).catalog, root))


def negotiate(preferred: Iterable[str | None], default: str = DEFAULT_LANG) -> str:
    """Choose a reply language from what the user prefers, most preferred first.

    Args:
        preferred: language tags such as a stored choice ("uz-Cyrl") or Telegram's
            ``language_code`` ("ru", "en-US", "uz"); None entries are skipped.
        default: used when nothing matches.

    Returns:
        One of ``bot.text.LANGS``. Never raises: Telegram clients send any tag, including
        ones babel does not know ("crh", "xx") and malformed ones; those are skipped.
    """
    for tag in preferred:
        if not tag:
            continue
        if tag in LANGS:
            return tag
        try:
            locale = Locale.parse(tag.replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            continue
        exact = REGISTRY.by_locale(locale.language, locale.script)
        if exact:
            return exact
        found = negotiate_locale([str(locale)], list(CATALOG_LANGS))
        if found:
            return found
        if locale.language in REGISTRY.fallback:  # Ukrainian, Kazakh ...: Russian
            return REGISTRY.fallback[locale.language]
    return default


@functools.lru_cache(maxsize=1024)  # a few review dates, rendered under every answer
def format_day(day: dt.date, lang: str) -> str:
    """A date as people write it in ``lang`` ("29 ноября 2026 г.", "2026-yil 29-noyabr").

    A generated language (Uzbek Cyrillic) writes the date of its base language through the
    same transliteration as its catalog, so it spells months as the rest of the bot does.
    """
    language = REGISTRY.get(lang if lang in LANGS else DEFAULT_LANG)
    if language.generated_from:
        base = REGISTRY.get(language.generated_from)
        return to_cyrillic(format_date(day, format=base.date, locale=base.locale))
    return format_date(day, format=language.date, locale=language.locale)
