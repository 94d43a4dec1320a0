"""phrases.yaml is checked like the FAQ: every problem with file:line and what to change, and
a reload that finds one keeps the running knowledge base."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from bot import knowledge
from bot.answers import Answerer
from bot.knowledge.phrasecheck import PhrasesFile, read_phrases
from bot.reading import Reader
from bot.yamlread import read_yaml
from tests.conftest import KNOWLEDGE
from tests.test_concepts_check import reload_broken
from tests.test_knowledge import write_tree

PHRASES = """\
set_aside:
  greeting:
    any: [bot]
    en: [hello]
  thanks:
    en: [thanks]
reaction_emoji: {thanks: "👍"}
question_words: [what, how]
question_suffix: {ending: mi, min_length: 6}
number_words:
  year: [year]
practical:
  phone: [phone number]
asks_topic:
  demo: [which number]
protection: [demo-one]
"""
FILE = "knowledge/phrases.yaml"


def _change(old: str, new: str) -> str:
    assert old in PHRASES
    return PHRASES.replace(old, new, 1)


ERRORS = [
    ("misspelt section", _change("question_words:", "question_word:"),
     [f"{FILE}:8: phrases.yaml has an unknown field 'question_word'; did you mean "
      "'question_words'?"]),
    ("misspelt set_aside kind", _change("  greeting:", "  greting:"),
     [f"{FILE}:2: phrases.yaml (set_aside) has an unknown field 'greting'; did you mean "
      "'greeting'?"]),
    ("misspelt number kind", _change("  year:", "  years:"),
     [f"{FILE}:11: phrases.yaml (number_words) has an unknown field 'years'; did you mean "
      "'year'?"]),
    ("no such language", _change("    en: [hello]", "    eng: [hello]"),
     [f"{FILE}:4: phrases.yaml (set_aside > greeting) lists phrases of 'eng', which is no "
      "language; did you mean 'en'?"]),
    ("text for a list", _change("[what, how]", "what"),
     [f"{FILE}:8: 'question_words' of phrases.yaml must be a list like [a, b], found the text "
      "'what'"]),
    ("text for a list of a language", _change("    en: [thanks]", "    en: thanks"),
     [f"{FILE}:6: 'en' of phrases.yaml (set_aside > thanks) must be a list like [a, b], found "
      "the text 'thanks'"]),
    ("an empty phrase", _change("[what, how]", '[what, ""]'),
     [f"{FILE}:8: 'question_words' of phrases.yaml must be non-empty text, found nothing"]),
    ("no read as false", _change("[what, how]", "[what, no]"),
     [f"{FILE}:8: 'question_words' of phrases.yaml must be non-empty text, found true/false; "
      'put it in quotes ("no"): YAML reads no, yes, on and off as true/false']),
    ("a phrase of no letters", _change("[what, how]", '[what, "?!"]'),
     [f"{FILE}:8: the phrase “?!” of 'question_words' in phrases.yaml has no letters or "
      "digits, so it matches nothing; write it in words or remove it"]),
    ("a count that is text", _change("min_length: 6", "min_length: six"),
     [f"{FILE}:9: 'min_length' of phrases.yaml (question_suffix) must be a whole number like "
      "2025, found the text 'six'"]),
    ("a missing key", _change("{ending: mi, min_length: 6}", "{min_length: 6}"),
     [f"{FILE}:9: phrases.yaml (question_suffix) has no 'ending'; add a line 'ending: ...'"]),
    ("no such topic", _change("  demo: [which", "  demos: [which"),
     [f"{FILE}:15: 'asks_topic' of phrases.yaml names the topic 'demos', which no faq file "
      "has; did you mean 'demo'?"]),
    ("no such entry", _change("[demo-one]", "[demo-on]"),
     [f"{FILE}:16: 'protection' of phrases.yaml names the entry 'demo-on', which does not "
      "exist; did you mean 'demo-one'?"]),
    ("no such entry in a group",
     PHRASES + "asks_group:\n  demos:\n    entries: [demo-one, demo-tow]\n"
               "    phrases: [which numbers]\n",
     [f"{FILE}:19: 'asks_group' (demos) of phrases.yaml names the entry 'demo-tow', which "
      "does not exist; did you mean 'demo-two'?"]),
    ("no such entry of a broad subject",
     PHRASES + "asks_broad:\n  numbers:\n    entries: [demo-one, demo-tow]\n"
               "    phrases: [the numbers]\n",
     [f"{FILE}:19: 'asks_broad' (numbers) of phrases.yaml names the entry 'demo-tow', which "
      "does not exist; did you mean 'demo-two'?"]),
    ("a broad subject without its phrases",
     PHRASES + "asks_broad:\n  numbers:\n    entries: [demo-one]\n",
     [f"{FILE}:19: phrases.yaml (asks_broad > numbers) has no 'phrases'; add a line "
      "'phrases: ...'"]),
    ("a group without its phrases",
     PHRASES + "asks_group:\n  demos:\n    entries: [demo-one]\n",
     [f"{FILE}:19: phrases.yaml (asks_group > demos) has no 'phrases'; add a line "
      "'phrases: ...'"]),
    # a placeholder the lists would drop in silence (review s10 finding 6b)
    ("a misspelt placeholder", PHRASES + "urgent: [beats <somone>]\nurgent_someone: [me]\n",
     [f"{FILE}:17: the phrase “beats <somone>” of 'urgent' in phrases.yaml writes <somone>; "
      "the placeholders are <someone>, <fire>, <place>, <held>, <released>, <close>"]),
    ("a slot outside the triggers", _change("[what, how]", "[what, how <fire>]"),
     [f"{FILE}:8: the phrase “how <fire>” of 'question_words' in phrases.yaml writes "
      "<fire>, which stands for words only in urgent; write the words"]),
    ("a slot with no words", PHRASES + "urgent: [<place> is burning]\n",
     [f"{FILE}:17: the phrase “<place> is burning” of 'urgent' in phrases.yaml writes "
      "<place>, but 'urgent_fire_places' lists no words, so it matches nothing; list them "
      "in 'urgent_fire_places'"]),
    ("a placeholder outside the triggers", _change("[what, how]", "[what, how <someone>]"),
     [f"{FILE}:8: the phrase “how <someone>” of 'question_words' in phrases.yaml writes "
      "<someone>, which stands for someone only in urgent, urgent_silence, urgent_pleas; "
      "write the person's word"]),
    ("a placeholder for nobody", PHRASES + "urgent: [beats <someone>]\n",
     [f"{FILE}:17: the phrase “beats <someone>” of 'urgent' in phrases.yaml writes <someone>, "
      "but 'urgent_someone' lists nobody, so it matches nothing; list the persons (me, him, "
      "her, my brother ...) in 'urgent_someone'"]),
    ("a list for the file", "- a\n- b\n",
     [f"{FILE}:1: phrases.yaml must be a mapping of sections (name: phrases), found a list"]),
    ("YAML syntax", _change("[what, how]", "[what, how"),
     [f"{FILE}:9: YAML syntax error: did not find expected ',' or ']' (while parsing a flow "
      "sequence); check indentation, quotes and colons on this line"]),
    ("two problems, both reported", _change("  greeting:", "  greting:").replace(
        "[what, how]", "what"),
     [f"{FILE}:2: phrases.yaml (set_aside) has an unknown field 'greting'; did you mean "
      "'greeting'?",
      f"{FILE}:8: 'question_words' of phrases.yaml must be a list like [a, b], found the text "
      "'what'"]),
]


# A phrase its list already has matches nothing more: a warning (the base still loads), so
# that two maintainers' lists landing side by side get folded (review s12).
REPEATS = [
    ("the same phrase twice", PHRASES + "urgent: [beaten, locked in, beaten]\n",
     [f"{FILE}:17: the phrase “beaten” of 'urgent' in phrases.yaml is listed already (line "
      "17); remove one"]),
    ("another case and apostrophe", PHRASES + "urgent:\n  - won't pay\n  - kept\n"
     "  - Won’t  pay\n",
     [f"{FILE}:20: the phrase “Won’t  pay” of 'urgent' in phrases.yaml is listed already "
      "(line 18); remove one"]),
    ("in a list of a language", _change("    en: [hello]", "    en: [hello, hi, Hello]"),
     [f"{FILE}:4: the phrase “Hello” of 'set_aside > greeting > en' in phrases.yaml is listed "
      "already (line 4); remove one"]),
    ("a spelling variant is no repeat", PHRASES + "urgent: [ещё бьют, еще бьют, yana urishdi, "
     "яна уришди]\n", []),
    ("the same phrase in two lists is no repeat", PHRASES + "urgent: [beaten]\n"
     "urgent_not: [beaten]\n", []),
]


@pytest.mark.parametrize(("name", "phrases", "expected"), REPEATS,
                         ids=[row[0] for row in REPEATS])
def test_a_phrase_listed_twice_in_one_list_is_a_warning(tmp_path: Path, name: str,
                                                        phrases: str,
                                                        expected: list[str]) -> None:
    result = knowledge.load(_tree(tmp_path / "knowledge", phrases))
    assert result.kb is not None and result.errors == []
    assert [str(p) for p in result.warnings] == expected


def _tree(root: Path, phrases: str) -> Path:
    write_tree(root)
    (root / "phrases.yaml").write_text(phrases, encoding="utf-8")
    return root


def test_sound_phrases_load_into_the_knowledge_base(tmp_path: Path) -> None:
    result = knowledge.load(_tree(tmp_path / "knowledge", PHRASES))
    assert result.errors == []
    assert result.kb is not None and result.kb.phrases == read_yaml(
        tmp_path / "knowledge" / "phrases.yaml")


@pytest.mark.parametrize(("name", "phrases", "expected"), ERRORS, ids=[row[0] for row in ERRORS])
def test_each_phrases_problem_is_reported_with_its_line(tmp_path: Path, name: str, phrases: str,
                                                       expected: list[str]) -> None:
    result = knowledge.load(_tree(tmp_path / "knowledge", phrases))
    assert result.kb is None
    assert [str(p) for p in result.errors] == expected


def test_the_shipped_phrases_are_sound(kb: knowledge.KnowledgeBase) -> None:
    errors: list[knowledge.Problem] = []
    data = read_phrases(KNOWLEDGE, errors, str, kb.topics, kb.entries)
    assert errors == [] and data == kb.phrases and "set_aside" in data


def test_a_reload_with_broken_phrases_keeps_the_last_good_base(
        tmp_path: Path, answerer: Answerer) -> None:
    text = (KNOWLEDGE / "phrases.yaml").read_text(encoding="utf-8")
    line = text[:text.index("question_words:")].count("\n") + 1
    errors, services = reload_broken(tmp_path, answerer, "phrases.yaml", "question_words:",
                                     "question_word:")
    assert errors == [f"{FILE}:{line}: phrases.yaml has an unknown field 'question_word'; did "
                      "you mean 'question_words'?"]
    assert services.answerer is answerer
    assert services.answerer.ask("hello", "en").outcome == "greeting"


class _Recording(dict[str, object]):
    """phrases.yaml's data, remembering which sections are read."""

    def __init__(self, data: Mapping[str, object]) -> None:
        super().__init__(data)
        self.read: set[str] = set()

    def get(self, key: str, default: object = None) -> object:  # type: ignore[override]
        self.read.add(key)
        return super().get(key, default)


def test_the_check_knows_exactly_the_sections_the_reader_reads(
        kb: knowledge.KnowledgeBase) -> None:
    """A section the check allows but no code reads would be ignored silently; one the
    reader reads but the check does not know would fail every check."""
    data = _Recording(kb.phrases)
    Reader(data)
    assert data.read == set(PhrasesFile.model_fields)
