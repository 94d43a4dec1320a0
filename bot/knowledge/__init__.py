"""Load and validate the knowledge base in ``knowledge/`` into frozen dataclasses (pure).

Layout::

    knowledge/sources.yaml        the five documents
    knowledge/faq/<topic>.yaml    one topic: its title and its entries
    knowledge/quiz/<topic>.yaml   quiz items of one topic (the first option is correct)
    knowledge/thesaurus.yaml      concepts across languages; countries.yaml, the world's
    knowledge/phrases.yaml        the phrase lists that read a message (greetings, urgent ...)

One job per module:

* ``records``  the frozen dataclasses the rest of the bot uses (Entry, KnowledgeBase, ...);
* ``yamlfile`` YAML read as the safe loader reads it, with any value's line;
* ``fastyaml`` yaml-rs's data of a file where it is provably the safe loader's;
* ``models``   the shape of every file as pydantic models (unknown keys refused) and each
  validation error in words;
* ``checks``   languages, lengths, Telegram's limits and cross-references, as plain code;
* ``quizzes``  quiz files: each item's texts and Telegram's quiz limits;
* ``concepts`` ``thesaurus.yaml`` and ``countries.yaml`` (which ``bot.thesaurus`` builds)
  checked the same way: keys, types, ``kind``, words, ``within:`` ids, ids given twice;
* ``phrasecheck`` ``phrases.yaml`` (which ``bot.phrasebook`` builds) checked the same way;
* ``loader``   ``load``: all of it, every problem as ``file:line: what to change``.

Generated languages (Uzbek Cyrillic) are made from their base text here, once, at load time;
each entry records from which language its generated questions are made (``Entry.generated``),
so the index reads only those that fold to other words than their source. Equal texts are
kept once per load.
"""

from bot.knowledge.checks import (
    KEEP_FILE,
    MAX_ANSWER,
    MAX_DIRECT,
    MIN_QUESTIONS,
    QUIZ_EXPLANATION_LINE_FEEDS,
    QUIZ_EXPLANATION_MAX,
    QUIZ_OPTION_MAX,
    QUIZ_OPTIONS,
    QUIZ_QUESTION_MAX,
    latin_hash,
)
from bot.knowledge.loader import load, load_or_raise
from bot.knowledge.records import (
    Entry,
    KnowledgeBase,
    KnowledgeError,
    LoadResult,
    Problem,
    QuizItem,
    Source,
    SourceRef,
    Topic,
)
from bot.langs import REGISTRY

SOURCE_LANGS = REGISTRY.written
"""Languages written by hand in the YAML files (of the shipped registry); uz-Cyrl is generated."""
CYRILLIC = "uz-Cyrl"
"""A generated language: a text map may carry an explicit override ``{text, from}``."""
FACT_KINDS = ("numbers", "places", "bodies")

__all__ = [
    "CYRILLIC", "FACT_KINDS", "KEEP_FILE", "MAX_ANSWER", "MAX_DIRECT", "MIN_QUESTIONS",
    "QUIZ_EXPLANATION_LINE_FEEDS", "QUIZ_EXPLANATION_MAX", "QUIZ_OPTIONS", "QUIZ_OPTION_MAX",
    "QUIZ_QUESTION_MAX", "SOURCE_LANGS", "Entry", "KnowledgeBase", "KnowledgeError",
    "LoadResult", "Problem", "QuizItem", "Source", "SourceRef", "Topic", "latin_hash", "load",
    "load_or_raise",
]
