"""Confident wrong classes of lawfix29, in every script, with the neighbours' own questions as
controls.

- Which law of Uzbekistan protects migrants: the legal acts that regulate migration
  (law-regulation), not the rights under international law, the 2017 reforms or the state's
  support abroad; international law and conventions stay their own entries.
- 'uzb', 'ozb', «узб»: Uzbekistan shortened, spelled out as its name in the message's own
  script (``Thesaurus.spell_out``).
- Another state's laws, the country named as where they are: no entry answers them, none
  is their near miss (``NearMisses._foreign_laws``).
- Help for migrants who came back: the reintegration the strategy plans; the mahalla chain
  when the mahalla is named.
- The migrants' money said so ('migrantlar pullari', «мигрантлар пули») is remittances.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.thesaurus import Thesaurus
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    # which law of Uzbekistan protects migrants
    ("what law in uzbekistan protects migrants?", "law-regulation"),
    ("which uzbek laws protect the rights of labour migrants", "law-regulation"),
    ("migrnts rights uzbekistan law", "law-regulation"),
    ("Какой закон защищает права трудовых мигрантов в Узбекистане?", "law-regulation"),
    ("zakon o pravah migrantov v uzbekistane", "law-regulation"),
    ("права мигрантов закон узб", "law-regulation"),
    ("Oʻzbekistonda migrantlar huquqini qaysi qonunlar himoya qiladi", "law-regulation"),
    ("migrant huquqlari qonunlari qaysilar", "law-regulation"),
    ("Ўзбекистонда мигрантлар ҳуқуқини қайси қонун ҳимоя қилади?", "law-regulation"),
    ("мигрантлар хукукини химоя киладиган конунлар кайсилар", "law-regulation"),
    ("мигрантлар хукуки учун узбекистонда кандай конун бор", "law-regulation"),
    # ... controls: international law, conventions, the 2017 reforms
    ("what rights do migrants have under international law", "law-migrant-rights-intl"),
    ("какие права есть у мигрантов по международному праву", "law-migrant-rights-intl"),
    ("xalqaro huquq boʻyicha migrantlarning huquqlari", "law-migrant-rights-intl"),
    ("халқаро ҳуқуқ бўйича мигрантларнинг ҳуқуқлари қандай", "law-migrant-rights-intl"),
    ("has uzbekistan ratified international conventions on migrants",
     "law-international-agreements"),
    ("Oʻzbekiston migratsiya boʻyicha xalqaro konvensiyalarni imzolaydimi",
     "law-international-agreements"),
    ("why is 2017 a turning point for migration law", "law-2017-reforms"),
    ("чем 2017 год важен для миграционного законодательства", "law-2017-reforms"),
    # 'ozb': Uzbekistan's own fight against trafficking
    ("odam savdosi qarshi kurash ozb", "strategy-goal-86"),
    # help for migrants who came back
    ("what support is there for returning migrant workers", "strategy-reintegration"),
    ("муж вернулся из кореи, какая помощь есть вернувшимся мигрантам",
     "strategy-reintegration"),
    ("chet eldan qaytgan migrantlarga qanday yordam bor", "strategy-reintegration"),
    ("уйга кайтиб келган мигрантларга кандай ёрдам бор", "strategy-reintegration"),
    ("Ассалому алайкум, ўғлим Кореядан қайтиб келди. Қайтиб келган мигрантларга қандай ёрдам бор?",
     "strategy-reintegration"),
    # ... controls: the mahalla named
    ("How does the mahalla help returning migrants?", "abroad-mahalla-system"),
    ("qaytib kelgan migrantlarga mahalla qanday yordam beradi", "abroad-mahalla-system"),
    ("mahalla qaytgan migrantlarga yordam beradimi", "abroad-mahalla-system"),
    ("Маҳалла тизими орқали қайтган мигрантларга қандай ёрдам берилади?",
     "abroad-mahalla-system"),
    # who protects migrants' rights abroad: the state's support abroad, not a law
    ("xorijda migrant huquqlarini kim himoya qiladi", "abroad-state-support"),
    # the migrants' money named so is remittances («деньги мигрантов»)
    ("без денег мигрантов сум бы упал? переводы влияют на курс сума?", "remit-currency"),
    # remittances: what they are stays their definition
    ("what are remittances", "remit-definition"),
    ("что такое денежные переводы мигрантов", "remit-definition"),
    ("pul oʻtkazmasi degani nima", "remit-definition"),
    ("пул ўтказмаси нима дегани", "remit-definition"),
])
def test_the_askers_words_find_the_right_entry(matcher: Matcher, message: str,
                                                entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "offered"), [
    # "which decrees protect migrants": the decrees' group, as before
    ("which decrees protect migrants", "decree-up-5785"),
    # another state's laws: no entry answers them, none is their near miss
    ("какие законы о мигрантах приняли в Казахстане", None),
    ("Англияда мигрантлар учун қандай қонунлар бор?", None),
    ("Rossiyada migrantlar uchun yangi qonun qachon kuchga kiradi", None),
    ("what laws protect migrants in france", None),
    # a law alone names no law: not answered
    ("qonun", None),
    ("закон", None),
    ("қонун", None),
])
def test_not_answered(matcher: Matcher, message: str, offered: str | None) -> None:
    """``offered``: the group's entry offered; None: abstained."""
    m = matcher.match(message)
    if offered is None:
        assert m.decision == "abstain"
    else:
        assert m.decision == "clarify"
        assert offered in {c.entry_id for c in m.candidates}


@pytest.mark.parametrize(("message", "entry"), [
    # ... but another country's law named as its owner, or the entry's own fact asked of
    # another country, stays the entry's near miss
    ("What rights do migrants have under Russian law?", "law-migrant-rights-intl"),
    ("Why was 2017 a turning point for migration law in Tajikistan?", "law-2017-reforms"),
])
def test_another_states_law_as_owner_is_a_near_miss(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "spelled"), [
    ("odam savdosi ozb", "odam savdosi Oʻzbekiston ozb"),
    ("how uzb fights it", "how Uzbekistan uzb fights it"),
    ("закон узб", "закон Узбекистан узб"),
    ("ЕС и ООН", "Европа ЕС и Организация Объединённых Наций ООН"),
])
def test_a_shortening_is_spelled_out_in_its_own_script(message: str, spelled: str) -> None:
    assert Thesaurus.load().spell_out(message) == spelled
