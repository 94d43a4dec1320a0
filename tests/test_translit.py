"""Display transliteration Latin <-> Cyrillic, as tables."""

import re

import pytest

from bot import translit
from bot.config import ROOT
from bot.foreigntitles import foreign_titles
from bot.knowledge import KEEP_FILE, KnowledgeBase
from bot.latin import to_latin
from bot.translit import keep_pattern, to_cyrillic
from bot.yamlread import read_yaml


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Oʻzbekiston", "Ўзбекистон"),
    ("gʻoya", "ғоя"),
    ("taʼlim", "таълим"),
    ("migratsiya", "миграция"),
    ("Yevropa", "Европа"),
    ("ekologiya", "экология"),
    ("poeziya", "поэзия"),
    ("yoshlar", "ёшлар"),
    ("yurt", "юрт"),
    ("yangi", "янги"),
    ("shahar", "шаҳар"),
    ("choy", "чой"),
    ("Shahar", "Шаҳар"),
    ("SHAHAR", "ШАҲАР"),
    ("qishloq xoʻjaligi", "қишлоқ хўжалиги"),
    ("o'zbek", "ўзбек"),          # typed apostrophe
    ("o‘zbek", "ўзбек"),          # left quote
    ("o`zbek", "ўзбек"),          # backtick
    ("ózbek", "ўзбек"),           # the newer letter
    ("www.migration.uz saytida", "www.migration.uz сайтида"),
    ("{name}, salom", "{name}, салом"),
    ("<b>Manba</b>", "<b>Манба</b>"),
    ("yoʻq", "йўқ"),
    ("Konstitutsiyaning VI bobi", "Конституциянинг VI боби"),
    ("SWOT tahlili, AQSH va BMT", "SWOT таҳлили, АҚШ ва БМТ"),
    ("/topics va /quiz buyruqlari", "/topics ва /quiz буйруқлари"),
    # a language code after /lang stays as typed (fix14: the console's header said "/lang ру")
    ("tilni oʻzgartirish (/lang ru); /quit — chiqish.",
     "тилни ўзгартириш (/lang ru); /quit — чиқиш."),
    ("/lang uz-Cyrl yoki /lang en", "/lang uz-Cyrl ёки /lang en"),
    ("rus tilida", "рус тилида"),
])
def test_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Ўзбекистон", "Oʻzbekiston"),
    ("ер", "yer"),                  # е at word start is ye
    ("меҳнат", "mehnat"),           # е after a consonant is e
    ("оила аъзолари", "oila aʼzolari"),
    ("цирк", "sirk"),               # ц at word start is s
    ("миграция", "migratsiya"),     # ц after a vowel is ts
    ("ғалаба", "gʻalaba"),
    ("ёшлар", "yoshlar"),
])
def test_to_latin(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("sentabr", "сентябрь"),             # loanword from the exception list
    ("sanksiyalarni", "санкцияларни"),   # ... with Uzbek suffixes after the stem
    ("Sanksiya", "Санкция"),
    ("SANKSIYA", "САНКЦИЯ"),
    ("roli", "роли"),                    # final ь dropped before a suffix
    ("sirka", "сирка"),                  # "sirk" + "a" is not a stem and a suffix
    ("ruxsatsiz", "рухсатсиз"),          # t + s across a suffix boundary
    ("ketsangiz", "кетсангиз"),
    ("meditsina", "медицина"),           # ... but ts inside a stem is ц
    ("I. Karimov", "И. Каримов"),        # an initial, not a Roman numeral
    ("V. Ivanov", "В. Иванов"),
    ("II. Kirish", "II. Кириш"),          # a numbered heading
    ("A.T. Xoʻjayev", "А.Т. Хўжаев"),    # initials are not an address
    ("XXI asr", "XXI аср"),
    ("A) bir; B) ikki; C) uch", "А) бир; Б) икки; В) уч"),  # list labels in Cyrillic order
    ("toʻrt taklif (A-D)", "тўрт таклиф (А-Г)"),
    ("Zygmunt va Castles", "Zygmunt ва Castles"),  # letters Uzbek Latin does not have
])
def test_to_cyrillic_loanwords_and_labels(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


KEEP = keep_pattern(["Stephen Castles", "Miller", "ILO", "Fluid modernity"])


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Stephen Castles va M. J. Miller", "Stephen Castles ва M. J. Miller"),
    ("Xalqaro mehnat tashkiloti (ILO)", "Халқаро меҳнат ташкилоти (ILO)"),
    ("ILOning hisoboti", "ILOнинг ҳисоботи"),    # suffix after a kept term
    ('"Fluid modernity" asari', '"Fluid modernity" асари'),
    ("Millerlar", "Millerлар"),
    ("Milleriya", "Миллерия"),                  # not the term plus a suffix
    ("Fluid", "Флуид"),                          # only the whole phrase is kept
])
def test_to_cyrillic_keeps_listed_terms(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, KEEP) == cyrillic


def test_conversions_of_old_keep_patterns_are_let_go() -> None:
    """Each knowledge load makes a new pattern: its conversion goes with it."""
    before = len(translit._CONVERSIONS)
    for k in range(20):
        pattern = keep_pattern(["Fluid modernity", f"Term{k}"])
        assert to_cyrillic(f"Term{k} va Fluid modernity", pattern) == (
            f"Term{k} ва Fluid modernity")
        assert translit.by_word("Castles kitobi", pattern)
        del pattern
        re.purge()  # the re module's own cache of compiled patterns
        assert len(translit._CONVERSIONS) <= before + 1
    assert translit.by_word("ILOning hisoboti", KEEP)  # the kept pattern's still known


def test_keep_pattern_of_nothing_is_none() -> None:
    assert keep_pattern([" ", ""]) is None


@pytest.mark.parametrize(("text", "keep", "found"), [
    ('Castles va Miller "The Age of Migration" asari', [], ["The Age of Migration"]),
    ("«Global employment and social prospects trends» hisoboti", [],
     ["Global employment and social prospects trends"]),
    ("«Yangi Oʻzbekiston» strategiyasi", [], []),      # Uzbek in quotes
    ('"Fluid modernity" asari', [], []),               # no English function word
    ('"The Age of Migration" (2009)', ["The Age of Migration"], []),  # on the keep list
])
def test_foreign_titles_that_cyrillic_would_spell_out(text: str, keep: list[str],
                                                      found: list[str]) -> None:
    assert foreign_titles(text, keep_pattern(keep)) == found


UNMARKED = ["VI bob", "VI-bob", "C) javob", "SWOT tahlili", "Washington shahri",
            "New York", "Boyd", "Oʻzbekiston Respublikasi", "UNICEF va ILO", "(A-C) bandlar",
            "Lyceum", "cheklov", "xalqaro mehnat", ""]


@pytest.mark.parametrize("text", UNMARKED)
def test_text_without_marks_splits_as_the_whole_pattern_splits_it(text: str) -> None:
    assert not translit._MARKS.search(text)
    assert translit._KEEP_UNMARKED.split(text) == translit._KEEP.split(text)


def test_every_unmarked_uzbek_text_of_the_knowledge_splits_alike(kb: KnowledgeBase) -> None:
    texts = [t for e in kb.entries.values()
             for t in (*e.questions["uz"], e.answer["uz"], *(e.direct or {}).values())]
    unmarked = [t for t in texts if not translit._MARKS.search(t)]
    assert len(unmarked) > 300
    assert [t for t in unmarked
            if translit._KEEP_UNMARKED.split(t) != translit._KEEP.split(t)] == []


ACROSS = ["S. Castles va Miller", "Stephen Castles kitobi", "I. Karimov farmoni",
          "Salom, {name}!", '<a href="x">havola</a> orqali', "VI bob  (A-C) bandlar",
          "qator\nboshi  va\toxiri", "  ", "ILOning  hisoboti", "Millerlar va ILO", "C) javob",
          "Fluid modernity asari", "Fluid, modernity", "e-mail: info@migration.uz oʻqing"]


@pytest.mark.parametrize("text", ACROSS)
@pytest.mark.parametrize("keep", [None, KEEP], ids=["plain", "keep"])
def test_text_converted_word_by_word_is_the_text_converted_whole(
        text: str, keep: object) -> None:
    assert to_cyrillic(text, keep) == translit._text_cyrillic(text, keep)


@pytest.mark.parametrize(("text", "alone"), [
    ("S. Castles va Miller", False), ("I. Karimov", False), ("Salom, {name}!", False),
    ('<a href="x">havola</a>', False), ("Stephen Castles kitobi", False),
    ("Fluid modernity asari", False), ("Castles kitobi", True), ("ILOning hisoboti", True),
    ("VI bob", True), ("Fluid, modernity", True),
])
def test_a_text_goes_word_by_word_unless_something_reaches_across_a_space(
        text: str, alone: bool) -> None:
    assert translit.by_word(text, KEEP) is alone


@pytest.mark.parametrize("keep", [None, KEEP], ids=["plain", "keep"])
def test_texts_converted_together_are_each_converted_whole(keep: object) -> None:
    texts = [*ACROSS, *ACROSS, "ILOning hisoboti", "yangi sozlar", "yangi"]  # words met again
    assert translit.to_cyrillic_all(texts, keep) == tuple(
        translit._text_cyrillic(t, keep) for t in texts)


def test_every_uzbek_text_of_the_knowledge_converts_word_by_word_as_whole(
        kb: KnowledgeBase) -> None:
    keep = keep_pattern(read_yaml(ROOT / "knowledge" / KEEP_FILE)["terms"])
    texts = {t for e in kb.entries.values()
             for t in (*e.questions["uz"], e.answer["uz"], *(e.direct or {}).values())}
    texts |= {t for q in kb.quiz.values()
              for t in (q.question["uz"], q.explanation["uz"], *(o["uz"] for o in q.options))}
    assert sum(translit.by_word(t, keep) for t in texts) > 1000
    assert [t for t in texts if to_cyrillic(t, keep) != translit._text_cyrillic(t, keep)] == []
    assert translit.to_cyrillic_all(sorted(texts), keep) == tuple(
        translit._text_cyrillic(t, keep) for t in sorted(texts))


@pytest.mark.parametrize("way", ["to_cyrillic", "to_cyrillic_all", "word"])
def test_a_clear_of_the_word_cache_between_steps_changes_nothing(
        monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    """Another thread (a /reload's build) may empty a conversion's remembered words between
    converting a word and joining a text's words (review s8 finding 6: KeyError): here the
    words are emptied after every word converted."""
    keep = keep_pattern(["Hamroh Fresh"])
    words = translit._conversion(keep).words
    convert = translit._text_cyrillic

    def cleared(text: str, kept: re.Pattern[str] | None = None) -> str:
        out = convert(text, kept)
        words.clear()
        return out

    texts = ["yangi soʻzlar bir ikki uch", "toʻrt besh olti yetti sakkiz"]
    expected = [convert(t, keep) for t in texts]
    monkeypatch.setattr(translit, "_text_cyrillic", cleared)
    if way == "to_cyrillic":
        got = [to_cyrillic(t, keep) for t in texts]
    elif way == "to_cyrillic_all":
        got = list(translit.to_cyrillic_all(texts, keep))
    else:
        maker = translit.CyrillicMaker(keep)
        got = [" ".join(maker.word(w) for w in t.split(" ")) for t in texts]
    assert got == expected
