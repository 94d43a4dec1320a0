"""blind33b: a blind block written from documents 000, 002 and 003 only (93 lines, each from
another sentence or table row, each document walked from its end) landed with 10 of 76 id and
near-miss lines confidently wrong. Their classes:

- A word and its negation met as a typo: "legal" is a typo away from "illegal" (folded
  "ilegal"), 'qonuniy' from 'noqonuniy', «законная» from «незаконная», so "why do we need
  legal migration?" was answered with the entry on illegal migration and trafficking. A
  vocabulary word that is the question word with a negating prefix (or the other way round:
  ``bot/data/negations.yaml``) is no longer counted as it (``bot.index.opposites``).
- Threats in the plural, a SWOT table's column ('tahdidlardan biri ... integratsiya
  qilishdagi muammolar'), fired the urgent trigger 'tahdid qil*' (three words may stand
  between its parts): 'tahdidlardan', 'tahdidlari' are `urgent_not:` now; 'tahdid
  qilyapti', 'tahdidlar qilyapti' keep the block.
- Everyday words the right entry lacked, in the languages where the whole tune did not lose:
  cooperation as a strategic issue (why countries cooperate), what drove migration
  historically (its causes, not the right to migrate), a proposal to prevent migration's
  consequences (the proposals for Uzbekistan), diasporas formed through social networks,
  and «зачем нужна законная миграция» for the rights of migrants (the sending countries).
- Left, class C (two entries' answers state the sentence; the line labelled by the entries'
  first questions): the SWOT rows also quoted by the integration entry, the receiving
  country's workforce also stated by remit-development, remittances against poverty (stated
  by remit-definition and the sending countries, labelled remit-development), 'suverenitet'
  (an alias of coop-why-cooperate). Phrasings tried for them turned tune lines wrong.
"""

from __future__ import annotations

import pytest

from bot.index import opposites
from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("word", "other", "opposite"), [
    ("legal", "ilegal", True),
    ("ilegal", "legal", True),
    ("legalnaia", "nelegalnaia", True),
    ("zakonaia", "nezakonaia", True),
    ("konuni", "nokonuni", True),
    ("konun", "nokonuni", True),
    ("regular", "iregular", True),
    ("lavful", "unlavful", True),
    # forms of one word, and a prefix that is no negation ("immigration")
    ("migration", "imigration", False),
    ("legal", "legali", False),
    ("migrant", "migrantlar", False),
    ("konun", "konunlar", False),
    ("ilm", "m", False),
])
def test_a_word_and_its_negation_are_opposites(word: str, other: str, opposite: bool) -> None:
    assert opposites(word, other) is opposite


@pytest.mark.parametrize("message", [
    "why do we need legal migration?",
    "qonuniy migratsiya nima uchun kerak",
    "қонуний миграция нима учун керак",
    "конуний миграция нима учун керак",
    "зачем нужна легальная миграция",
])
def test_legal_migration_is_not_illegal_migration(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert not (m.decision == "answer" and m.best
                and m.best.entry_id == "concept-illegal-trafficking")


@pytest.mark.parametrize(("message", "entry"), [
    # lawful migration for migrants' rights: the sending countries' effects
    ("Зачем нужна законная миграция, права мигрантов защищать?", "concept-sending-effects"),
    ("законная миграция нужна для защиты прав мигрантов?", "concept-sending-effects"),
    # cooperation as a strategic issue: why countries cooperate
    ("why is cooperation on migration a strategic issue", "coop-why-cooperate"),
    ("почему сотрудничество по миграции стратегический вопрос", "coop-why-cooperate"),
    ("nega migratsiya hamkorligi strategik masala", "coop-why-cooperate"),
    ("нега миграция ҳамкорлиги стратегик масала", "coop-why-cooperate"),
    # what drove migration in history: its causes
    ("what caused migration in history", "concept-causes"),
    ("tarixan migratsiyaga nima sabab bolgan", "concept-causes"),
    ("тарихан миграцияга нима сабаб бўлган", "concept-causes"),
    # a proposal against migration's consequences: the proposals for Uzbekistan
    ("salbiy oqibatlarning oldini olish uchun nima taklif qilingan", "coop-proposals-uz"),
    ("салбий оқибатларнинг олдини олиш учун нима таклиф қилинган", "coop-proposals-uz"),
    # diasporas formed through social networks: their role
    ("do diasporas form through social networks", "diaspora-role"),
    ("диаспоры формируются через социальные сети?", "diaspora-role"),
    # controls: the negation's own entry and the neighbours keep their questions
    ("why is illegal migration a security threat", "concept-illegal-trafficking"),
    ("noqonuniy migratsiya va odam savdosi qanday bogliq", "concept-illegal-trafficking"),
    ("нелегальная миграция и торговля людьми", "concept-illegal-trafficking"),
    ("ноқонуний миграция хавфсизликка таҳдидми", "concept-illegal-trafficking"),
    ("how did the right to migrate develop in history", "law-right-to-migrate"),
    ("Зачем нужны общества земляков?", "diaspora-compatriot-societies"),
    ("what are the negative effects of migration", "concept-negative-effects"),
    ("pros and cons of migration", "concept-positive-effects"),
])
def test_everyday_words_find_their_entry(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "urgent"), [
    ("SWOT jadvalidagi tahdidlardan biri - integratsiya qilishdagi muammolar", False),
    ("SWOT жадвалидаги таҳдидлардан бири - интеграция қилишдаги муаммолар", False),
    ("xavfsizlik tahdidlari qanday hal qilinadi", False),
    # someone threatened keeps the block
    ("meni xojayinim tahdid qilyapti", True),
    ("xojayin tahdidlar qilyapti", True),
    ("акамга таҳдид қилишяпти", True),
])
def test_threats_as_a_topic_are_no_danger(matcher: Matcher, message: str, urgent: bool) -> None:
    assert bool(matcher.match(message).urgent) is urgent


def test_take_alone_stays_out_of_scope(matcher: Matcher) -> None:
    assert matcher.match("take").decision == "abstain"
