"""Catalogs: complete in every language, in step with the code, placeholders intact."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import CATALOG_LANGS, LOCALES_DIR, negotiate, translator
from bot.text import LANGS
from tests.conftest import ROOT

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def catalog(lang: str):  # noqa: ANN201
    with (LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Run pybabel extract over bot/ as maintainers do, into a temporary template."""
    pot = tmp_path_factory.mktemp("pot") / "messages.pot"
    pybabel = Path(sys.executable).with_name("pybabel")
    subprocess.run([str(pybabel), "extract", "--no-location", "-F", "babel.cfg", "-k", "N_",
                    "-o", str(pot), "bot"], cwd=ROOT, check=True, capture_output=True)
    with pot.open("rb") as fh:
        return {m.id for m in read_po(fh) if m.id}


@pytest.mark.parametrize("lang", CATALOG_LANGS)
def test_every_message_is_translated(lang: str, extracted: set[str]) -> None:
    cat = catalog(lang)
    missing = sorted(m for m in extracted if not (cat.get(m) and cat.get(m).string))
    assert missing == [], f"untranslated in {lang}: {missing}"
    fuzzy = [m.id for m in cat if m.id and m.fuzzy]
    assert fuzzy == []


@pytest.mark.parametrize("lang", CATALOG_LANGS)
def test_catalogs_hold_no_stale_messages(lang: str, extracted: set[str]) -> None:
    stale = sorted(m.id for m in catalog(lang) if m.id and m.id not in extracted)
    assert stale == [], "run `make update-catalogs`"


@pytest.mark.parametrize("lang", CATALOG_LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    for m in catalog(lang):
        if m.id:
            assert set(PLACEHOLDER.findall(m.string)) == set(PLACEHOLDER.findall(m.id)), m.id


def test_uzbek_catalog_uses_the_official_apostrophes() -> None:
    for m in catalog("uz"):
        assert not re.search(r"[’‘'`]", m.string), m.string


def test_uzbek_cyrillic_is_generated_from_the_latin_catalog() -> None:
    msg = "Topics. Choose one to see its questions:"
    latin = translator("uz")(msg)
    cyrillic = translator("uz-Cyrl")(msg)
    assert latin != msg and cyrillic != latin
    assert not re.search(r"[a-zA-Z]", cyrillic)
    help_text = translator("uz-Cyrl")(
        next(m.id for m in catalog("uz") if m.id.startswith("Write a question")))
    assert "/topics" in help_text and "/quiz" in help_text  # commands stay Latin


@pytest.mark.parametrize(("preferred", "lang"), [
    (["uz-Cyrl"], "uz-Cyrl"), (["ru-RU"], "ru"), (["en-US"], "en"), (["en_GB"], "en"),
    (["uz"], "uz"), (["uz-Cyrl-UZ"], "uz-Cyrl"), (["de"], "uz"), ([None, "ru"], "ru"),
    (["not a tag!"], "uz"), ([], "uz"), (["kk", "ru"], "ru"),
])
def test_negotiate(preferred: list[str | None], lang: str) -> None:
    assert negotiate(preferred) == lang


def test_every_language_has_a_translator() -> None:
    for lang in LANGS:
        assert translator(lang).lang == lang


@pytest.mark.parametrize(("tags", "expected"), [
    (["crh"], "uz"), (["xx"], "uz"), (["zz-ZZ"], "uz"), (["crh-UA"], "uz"), (["a" * 300], "uz"),
    (["!!"], "uz"), (["en_US@x"], "en"), (["xx", "ru"], "ru"), (["crh", "uz-Cyrl"], "uz-Cyrl"),
    ([None, "", "de"], "uz"), (["en-GB"], "en"), (["ru-RU"], "ru"),
])
def test_negotiate_never_raises_on_unknown_tags(tags: list[str | None], expected: str) -> None:
    assert negotiate(tags) == expected
