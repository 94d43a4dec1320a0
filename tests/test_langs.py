"""The language registry: one file lists the languages; adding one shows what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import i18n, knowledge, langs, text
from bot.i18n import LOCALES_DIR
from bot.knowledge import KnowledgeBase
from tests.conftest import KNOWLEDGE

KAZAKH = {"code": "kk", "name": "Қазақша", "script": "Cyrl", "catalog": "kk", "locale": "kk"}


def registry_with(tmp_path: Path, extra: dict[str, str]) -> langs.Registry:
    """The shipped registry plus one language, written to a temporary folder."""
    data = yaml.safe_load(langs.REGISTRY_FILE.read_text(encoding="utf-8"))
    data["languages"].append(extra)
    data["picker"].append(extra["code"])
    path = tmp_path / "languages.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return langs.load_registry(path)


def test_shipped_registry() -> None:
    reg = langs.REGISTRY
    assert reg.codes == ("en", "ru", "uz", "uz-Cyrl")
    assert reg.written == ("en", "ru", "uz") == knowledge.SOURCE_LANGS
    assert reg.catalogs == ("en", "ru", "uz") == i18n.CATALOG_LANGS
    assert list(i18n.LANGUAGE_NAMES) == ["uz", "uz-Cyrl", "ru", "en"]
    assert reg.codes == text.LANGS
    assert langs.missing_catalogs(reg, LOCALES_DIR) == []


@pytest.mark.parametrize(("code", "script", "expected"), [
    ("uz", "Cyrl", "uz-Cyrl"), ("uz", "Latn", "uz"), ("ru", "Latn", "ru"), ("en", None, "en"),
])
def test_language_in_a_script(code: str, script: str | None, expected: str) -> None:
    assert langs.REGISTRY.in_script(code, script) == expected


@pytest.mark.parametrize(("tag", "expected"), [("uz-Cyrl", "uz-Cyrl"), ("uz_Cyrl", "uz-Cyrl"),
                                               ("uz-Latn", "uz"), ("ru-RU", "ru"),
                                               ("en-GB", "en")])
def test_negotiation_reads_the_registry(tag: str, expected: str) -> None:
    assert i18n.negotiate([tag]) == expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("uk", "ru"), ("uk-UA", "ru"), ("kk", "ru"), ("ky-KG", "ru"), ("tg", "ru"), ("be", "ru"),
    ("de", "uz"), ("tr", "uz"), (None, "uz"),
])
def test_a_language_the_bot_does_not_speak_falls_back_by_the_registry(
        tag: str | None, expected: str) -> None:
    assert i18n.negotiate([tag]) == expected


def test_a_chosen_language_comes_before_a_fallback() -> None:
    assert i18n.negotiate(["en", "uk"]) == "en"
    assert i18n.negotiate([None, "kk"]) == "ru"


@pytest.mark.parametrize(("written", "expected"), [
    ("uz", "uz"), ("RU", "ru"), ("en", "en"), ("uz-Cyrl", "uz-Cyrl"), ("uz_cyrl", "uz-Cyrl"),
    ("Русский", "ru"), ("русский", "ru"), ("English", "en"), ("Oʻzbekcha", "uz"),
    ("o'zbekcha", "uz"), ("ozbekcha", "uz"), ("Ўзбекча", "uz-Cyrl"), ("кирилл", "uz-Cyrl"),
    ("russian", "ru"), ("uzbek", "uz"), (" en ", "en"),
    ("de", None), ("Deutsch", None), ("", None), ("uz ru", None),
])
def test_a_language_is_found_by_its_code_or_name(written: str, expected: str | None) -> None:
    assert langs.REGISTRY.find(written) == expected


def test_a_new_language_asks_for_its_catalog_and_every_text(tmp_path: Path,
                                                            kb: KnowledgeBase) -> None:
    reg = registry_with(tmp_path, KAZAKH)
    assert reg.codes[-1] == "kk" and "kk" in reg.written and "kk" in reg.catalogs
    assert reg.names["kk"] == "Қазақша"
    # What a maintainer must still supply: the catalog ...
    assert langs.missing_catalogs(reg, LOCALES_DIR) == [
        LOCALES_DIR / "kk" / "LC_MESSAGES" / "messages.po"]
    # ... and a 'kk' text beside every hand-written text of the knowledge base.
    result = knowledge.load(KNOWLEDGE, langs=reg)
    assert result.kb is None and result.errors
    assert all("'kk'" in p.message for p in result.errors), result.errors[:3]
    missing_questions = {p.message for p in result.errors if "questions of" in p.message}
    assert len(missing_questions) == len(kb.entries)  # the session's: knowledge/ as shipped
    assert any(p.file.endswith("sources.yaml") for p in result.errors)
    assert any(p.file.startswith("knowledge/quiz/") for p in result.errors)


def test_a_generated_language_needs_no_texts(tmp_path: Path) -> None:
    reg = registry_with(tmp_path, {"code": "ru-x", "name": "Рус", "script": "Cyrl",
                                   "catalog": "ru", "locale": "ru", "generated_from": "ru"})
    assert reg.written == ("en", "ru", "uz")
    assert knowledge.load(KNOWLEDGE, langs=reg).errors == []


@pytest.mark.parametrize(("old", "new", "words"), [
    ("  - code: ru\n", "  - code: ru\n    colour: red\n", "unknown fields ['colour']"),
    ("generated_from: uz", "generated_from: xx", "generated from unknown 'xx'"),
    ("picker: [uz, uz-Cyrl, ru, en]", "picker: [uz, ru, en]", "every language once"),
    ("Cyrl: {ru: 1.0, uz: 0.5}", "Cyrl: {ru: 1.0, kk: 0.5}", "unknown language 'kk'"),
    ("  uk: ru", "  uk: xx", "'fallback' names unknown language 'xx'"),
    ("  en: [english,", "  xx: [english,", "'typed' names unknown language 'xx'"),
    ("  en: [english,", "  en: [русский, english,", "names both en and ru"),
])
def test_a_broken_registry_says_what_to_change(tmp_path: Path, old: str, new: str,
                                               words: str) -> None:
    path = tmp_path / "languages.yaml"
    path.write_text(langs.REGISTRY_FILE.read_text(encoding="utf-8").replace(old, new, 1),
                    encoding="utf-8")
    with pytest.raises(langs.RegistryError, match=words.replace("[", r"\[")):
        langs.load_registry(path)
