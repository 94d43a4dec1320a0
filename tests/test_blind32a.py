"""blind32a: a blind block written from documents 000, 001 and 004 only (85 lines) landed with
6 of 72 id and near-miss lines confidently wrong. Their classes:

- Uzbek 'oʻn' (ten) typed on a Russian keyboard is «ун», which folds as "UN" does, so
  «охирги ун йилда мигрантлар сони купайдими» (have migrants grown in number over the last
  ten years) was answered with the UN's entry, and so was any question saying "ten" so
  («ун баробар», «ун йилдан бери»). The keyboard spelling (``bot.keyboardspelling``) reads
  a word typed with у as written with ў unless the word is known as typed, and «ун» was
  "known" only because the thesaurus and the English texts write the Latin abbreviation
  "UN". A Latin abbreviation of the thesaurus is nobody's Cyrillic word now: «ун» reads as
  «ўн». The UN asked as "UN", "un", «ООН», «БМТ» or 'BMT' is still the UN.
- Three were labelled with an entry whose answer lacks the fact (the IOM's World Migration
  Report, «переводы повышают уровень жизни», the ten years): relabelled after measuring.
- Two are class C (both entries give the fact) and one is a near miss answered with its own
  entry (nearans32's kind): left.

Everyday words the right entry lacked, each tried alone on the whole tune and kept only where
no line turned confidently wrong and no null line stopped abstaining (the Uzbek ones where
the Uzbek lines did not lose): refugees asked as a part of migration (the forms of
migration, en and ru: this also took «беженцы» alone off the cooperation entry, and "kinds
of migrants, like refugees" off the environmental one), social imbalance as a harm of
migration (ru, uz), what cooperation with the European Union gives Uzbekistan (the
multi-vector policy, en ru uz), and whether national management of migration is enough (why
countries cooperate, en ru uz). Tried and left out because other tune lines turned
confidently wrong or null lines stopped abstaining: Europe and Africa's initiatives (two
tune lines label them out of scope), the crossing point of global challenges and
opportunities, the diaspora in foreign policy, Mirziyoyev's good-neighbourliness, the ten
years, the state against illegal work abroad, raising qualifications abroad as migration.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("typed", "read"), [
    ("ун", "ўн"),
    ("Ун", "Ўн"),
    # words known with у as typed stay as typed
    ("кун", "кун"),
    ("учун", "учун"),
    ("укам", "укам"),
])
def test_ten_typed_on_a_russian_keyboard_is_ten(matcher: Matcher, typed: str,
                                                 read: str) -> None:
    assert matcher.keyboard.restore_word(typed) == read


@pytest.mark.parametrize("message", [
    "охирги ун йилда мигрантлар сони купайдими",
    "мигрантлар сони ун баробар ошдими",
    "ун йил ичида пул утказмалари канча ошди",
    "кейинги ун йилда янги иш уринлари яратиладими",
])
def test_ten_is_not_the_un(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert not (m.best and m.best.entry_id == "org-un")


@pytest.mark.parametrize(("message", "entry"), [
    ("ун йилдан бери Россияда ишлайман, оилам учун нима ёрдам бор", "abroad-family-support"),
    # controls: the UN asked by its names in every script
    ("what does the UN do for migrants", "org-un"),
    ("what does the un do for migrants", "org-un"),
    ("ООН защищает права мигрантов?", "org-un"),
    ("БМТ мигрантлар хукукларини химоя киладими", "org-un"),
    ("BMT migrantlar huquqini himoya qiladimi", "org-un"),
    ("БМТнинг роли", "org-un"),
])
def test_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    # refugees as a part of migration: its forms
    ("are refugees part of international migration too or is that different", "concept-forms"),
    ("беженцы это тоже миграция?", "concept-forms"),
    # social imbalance: a harm of migration
    ("миграция создаёт социальный дисбаланс?", "concept-negative-effects"),
    ("migratsiya ijtimoiy nomutanosiblik keltirib chiqaradimi", "concept-negative-effects"),
    # the European Union as a partner: the multi-vector policy
    ("what does uzbekistan get from working with the EU", "coop-multivector"),
    ("Yevropa Ittifoqi bilan hamkorlikdan Ozbekiston nima oladi", "coop-multivector"),
    ("Европа Иттифоки билан хамкорлик Узбекистонга нима беради", "coop-multivector"),
    # national management alone: why countries cooperate
    ("can migration be managed nationally alone or is international cooperation needed",
     "coop-why-cooperate"),
    ("управлять миграцией только на национальном уровне достаточно?", "coop-why-cooperate"),
    ("миграцияни факат миллий даражада бошкариш етарлими", "coop-why-cooperate"),
    # controls: the neighbours keep their own questions
    ("what are the negative effects of migration", "concept-negative-effects"),
    ("xenophobia and migration", "concept-negative-effects"),
    ("What is Uzbekistan's multi-vector foreign policy", "coop-multivector"),
    ("what is the schengen agreement", "coop-schengen"),
    ("what makes it hard for countries to harmonise their immigration policies",
     "coop-harmonising-challenges"),
    ("what is environmental migration", "concept-environmental"),
    ("migratsiya shakllari", "concept-forms"),
])
def test_everyday_words_find_their_entry(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
