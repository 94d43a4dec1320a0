"""A neighbour entry answered in place of the right one (tunecw27b), by class, in every script,
with the neighbour's own questions as controls.

- The som's value held: 'soʻmning qadrini ushlab turish' held no one (``urgent_not`` in
  knowledge/phrases.yaml), and the currency entry is asked by the som keeping its value.
- What the money sent home does for children and families: the remittances' social side,
  not the state's help for migrants' families.
- Migrants as a bridge that spreads the language and culture: diaspora-bridge, not why
  countries cooperate.
- "Where does that idea come from?", «Откуда эта мысль?», 'Bu fikr qayerdan kelib chiqqan?'
  after a sentence that tells the idea asks of that sentence (``points_back_asks``;
  ``bot.smalltalk.POINTS_BACK_MAX`` 10 -> 14 for "… and what does the author mean by it?").
- The mahalla chain ("mahalla – labour bodies – sector – Agency branch"): a pronoun after it
  points to the chain, not to the Agency named as its last link (``refer_back_things``), and
  the chain up to the migration agency's branch is the mahalla entry's.
- The opportunities international cooperation opens for global migration governance: the
  harmonising entry, not the SWOT table.
- Which foreign books to rely on: the literature entry, not migration in international
  relations.
- How Germany and Canada take in skilled migrants: the developed countries' experience.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("message", "entry"), [
    # the som's value held
    ("Migrantlar yuborgan pul soʻmning qadrini ushlab turishga qanday yordam beradi?",
     "remit-currency"),
    ("Мигрантлар юборган пул сўмнинг қадрини ушлаб туришга қандай ёрдам беради?",
     "remit-currency"),
    ("мигрантлар юборган пул сумнинг кадрини ушлаб туришга кандай ёрдам беради",
     "remit-currency"),
    ("does the money migrants send help keep the som's value?", "remit-currency"),
    ("Помогают ли деньги мигрантов суму не обесцениваться?", "remit-currency"),
    # ... controls: the currency reserves, growth
    ("Pul oʻtkazmalari Oʻzbekistonning valyuta zaxiralariga qanday taʼsir qiladi?",
     "remit-currency"),
    ("Pul oʻtkazmalari iqtisodiy oʻsish va rivojlanishga qanday yordam beradi?",
     "remit-development"),
    # the money's social side
    ("how does money from abroad change life for migrant kids and families",
     "remit-social-effects"),
    ("How do remittances affect migrants' families and children?", "remit-social-effects"),
    # ... control: the state's help for the families
    ("What support does the state give to families of labour migrants?",
     "abroad-family-support"),
    ("Does my family get help while I work abroad?", "abroad-family-support"),
    # migrants as a bridge
    ("chetdagi oʻzbeklar ona tilimiz va madaniyatimizni targʻib qilib, ikki davlatni "
     "bir-biriga bogʻlaydimi", "diaspora-bridge"),
    ("Хориждаги ўзбеклар тилимиз ва маданиятимизни тарғиб қилиб, икки давлатни боғлайдими?",
     "diaspora-bridge"),
    ("Мигранты продвигают узбекский язык и культуру, связывают ли они две страны?",
     "diaspora-bridge"),
    # ... control: why countries cooperate
    ("Why do countries need to cooperate on migration at all?", "coop-why-cooperate"),
    # the opportunities of cooperation for global governance
    ("Миграцияни глобал бошқаришда халқаро ҳамкорлик очадиган имкониятларни тавсифланг.",
     "coop-harmonising-opportunities"),
    ("Global migratsiya boshqaruvini yaxshilash imkoniyatlarini tavsiflab bering",
     "coop-harmonising-opportunities"),
    ("Describe the opportunities that policy harmonisation offers for global migration "
     "governance.", "coop-harmonising-opportunities"),
    ("Какие шансы открывает согласование иммиграционных законов разных стран?",
     "coop-harmonising-opportunities"),
    # ... control: the SWOT table
    ("What does the SWOT analysis of international migration cooperation show?", "coop-swot"),
    # foreign books
    ("Салом, тадқиқот қиляпман. Миграция ва халқаро муносабатлар бўйича қайси хорижий "
     "китобларга таяниш мумкин? Раҳмат", "concept-literature"),
    ("Which foreign books on migration can I rely on?", "concept-literature"),
    ("На какие зарубежные книги о миграции можно опираться?", "concept-literature"),
    ("Migratsiya haqida qaysi xorijiy adabiyotlarga tayansa boʻladi?", "concept-literature"),
    # ... control: migration in international relations
    ("Why is migration important in international relations?", "concept-migration-in-ir"),
    # Germany and Canada
    ("Здравствуйте, у меня доклад про Германию и Канаду. Как они принимают "
     "квалифицированных мигрантов? Спасибо большое", "coop-developed-countries"),
    # ... control: the host countries' programmes
    ("What adaptation and integration programmes do host countries offer migrants?",
     "abroad-integration"),
])
def test_the_askers_words_find_the_right_entry(matcher: Matcher, message: str,
                                               entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "xoʻjayin pasportimni ushlab turibdi",
    "militsiya akamni ushlab turibdi",
])
def test_someone_held_is_still_urgent(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).urgent


@pytest.mark.parametrize(("message", "entry"), [
    ("Hey, our teacher said migrants are kind of ambassadors for the country. Where does that "
     "idea come from and what does the author mean by it? thx", "diaspora-diplomats"),
    ("Учитель сказал, что мигранты — послы своей страны. Откуда эта мысль?",
     "diaspora-diplomats"),
    ("Ustozimiz migrantlar vatanning elchilari dedi. Bu fikr qayerdan kelib chiqqan?",
     "diaspora-diplomats"),
    ("Устозимиз мигрантлар ватаннинг элчилари деди. Бу фикр қаердан келиб чиққан?",
     "diaspora-diplomats"),
])
def test_where_an_idea_told_comes_from_asks_of_it(matcher: Matcher, message: str,
                                                  entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Hello! I've been working in Almaty for 3 years. I keep hearing there is a chain from the "
     "local mahalla up to a branch of the migration agency that helps workers who come back. "
     "How does it work? Thanks", "abroad-mahalla-system"),
    ("Добрый вечер! Муж работает в Турции, я с детьми в Намангане. Слышала про систему "
     "махалля — органы труда — сектор — агентство. Как она работает для семей мигрантов? "
     "Спасибо большое", "abroad-mahalla-system"),
    ("Mahalla, mehnat organlari, sektor va agentlik filiali tizimi haqida eshitdim. U qanday "
     "ishlaydi?", "abroad-mahalla-system"),
    ("Маҳалла, меҳнат органлари, сектор ва агентлик филиали тизими ҳақида эшитдим. У қандай "
     "ишлайди?", "abroad-mahalla-system"),
    # ... controls: the Agency named alone, and its branches
    ("Нам рассказали про агентство внешней трудовой миграции. Чем оно занимается?",
     "org-agency"),
    ("What do the branches of the labour migration agency do?", "org-agency"),
    ("What is the role of the agency for Uzbeks who work abroad?", "org-agency"),
])
def test_a_pronoun_after_the_mahalla_chain_asks_of_the_chain(matcher: Matcher, message: str,
                                                              entry: str) -> None:
    assert_answered(matcher, message, entry)
