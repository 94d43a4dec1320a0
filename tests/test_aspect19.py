"""The everyday words that name a side of one subject (aspect19).

Two entries on one subject stand for opposite sides of it (``aspects:`` in
knowledge/thesaurus.yaml): the positive and the negative effects of migration, its effects on
the countries migrants go to and on those they leave, the obstacles to harmonising
immigration policies and its opportunities. A question that names its side with a
word no concept list had ("the dark side", «недостатки», 'kamchiliklari', 'migrantlar
boradigan davlatlar') was answered with the other side's entry ("What is the dark side of
people moving between countries?": the positive effects). Each such word now names its side;
a word that also means something else names none ("on the flip side" is "on the other hand",
«недостаток рабочей силы» a shortage of workers, "sick or hurt" injured).
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import tokens
from bot.thesaurus import Thesaurus

HARM, BENEFIT, HOST, HOME = "~harm", "~benefit", "~host-country", "~home-country"
OBSTACLES, OPPORTUNITIES = "~obstacles", "~opportunities"


def _concepts(message: str) -> list[str]:
    thesaurus = Thesaurus.load()
    toks = tokens(message)
    return [c for c in thesaurus.concept_tokens(toks, thesaurus.asked_hits(toks))
            if c.startswith("~")]


@pytest.mark.parametrize(("message", "side"), [
    ("What is the dark side of people moving between countries?", HARM),
    ("what are the drawbacks of migration", HARM),
    ("pitfalls of migration", HARM),
    ("is migration harmful", HARM),
    ("what damage does migration do", HARM),
    ("Какие недостатки у миграции?", HARM),
    ("тёмная сторона миграции", HARM),
    ("темная сторона миграции", HARM),
    ("обратная сторона миграции", HARM),
    ("Чем вредна миграция?", HARM),
    ("Какой ущерб наносит миграция?", HARM),
    ("nedostatki migracii", HARM),
    ("chem vredna migraciya", HARM),
    ("Migratsiyaning kamchiliklari nimada?", HARM),
    ("migratsiyaning ziyoni bormi", HARM),
    ("migratsiyaning yomon jihatlari", HARM),
    ("Миграциянинг камчиликлари нималар?", HARM),
    ("миграциянинг зиёни борми", HARM),
    ("what is the bright side of migration", BENEFIT),
    ("positives of migration", BENEFIT),
    ("How is migration useful for countries?", BENEFIT),
    ("Какие преимущества у миграции?", BENEFIT),
    ("достоинства миграции", BENEFIT),
    ("светлая сторона миграции", BENEFIT),
    ("Чем выгодна миграция?", BENEFIT),
    ("preimushchestva migracii", BENEFIT),
    ("Migratsiyaning plus tomonlari qanday?", BENEFIT),
    ("migratsiyaning ustunliklari", BENEFIT),
    ("Миграциянинг ютуқлари нимада?", BENEFIT),
    ("миграциянинг плюс томонлари", BENEFIT),
    ("Миграциянинг устунликлари", BENEFIT),
    ("How does migration affect the countries migrants go to?", HOST),
    ("the countries they move to", HOST),
    ("Как миграция влияет на страны, куда едут мигранты?", HOST),
    ("страны куда приезжают мигранты", HOST),
    ("Migrantlar boradigan davlatlarga qanday taʼsir qiladi?", HOST),
    ("Мигрантлар борадиган давлатларга қандай таъсир қилади?", HOST),
    ("What does migration mean for the migrants' own countries?", HOME),
    ("who loses from migration", HARM),
    ("кто проигрывает от миграции", HARM),
    ("is migration bad for uzbekistan", HARM),
    ("миграция это плохо для страны?", HARM),
    ("migraciya ploha dlya strany?", HARM),
    ("migratsiyadan kim yutqazadi", HARM),
    ("миграциядан ким ютқазади", HARM),
    ("how are countries that send migrants affected by migration", HOME),
    ("страны которые посылают рабочих за границу что они получают", HOME),
    ("какая польза странам, которые отправляют своих граждан на заработки", HOME),
    ("chto poluchayut strany kotorye otpravlyayut migrantov", HOME),
    ("what is in it for host countries", BENEFIT),
    ("what are the roadblocks to harmonising immigration policies", OBSTACLES),
    ("what holds back the harmonising of immigration laws", OBSTACLES),
    ("барьеры для гармонизации миграционной политики", OBSTACLES),
    ("камни преткновения при согласовании политики", OBSTACLES),
    ("bar'ery dlya soglasovaniya politiki", OBSTACLES),
    ("immigratsiya siyosatini uygʻunlashtirishdagi gʻovlar", OBSTACLES),
    ("qonunlarni muvofiqlashtirishdagi moneliklar", OBSTACLES),
    ("Иммиграция сиёсатини уйғунлаштиришдаги ғовлар", OBSTACLES),
    ("миграция конунларини мувофиклаштиришдаги говлар", OBSTACLES),
    ("prospects of harmonising immigration policies", OPPORTUNITIES),
    ("What possibilities does coordinating immigration policy open up?", OPPORTUNITIES),
    ("перспективы согласования миграционной политики", OPPORTUNITIES),
    ("perspektivy garmonizacii politiki", OPPORTUNITIES),
    ("immigratsiya siyosatini uygʻunlashtirish istiqbollari", OPPORTUNITIES),
    ("Иммиграция сиёсатини мувофиқлаштириш истиқболлари", OPPORTUNITIES),
])
def test_an_everyday_word_names_its_side(message: str, side: str) -> None:
    assert side in _concepts(message)


@pytest.mark.parametrize(("message", "not_named"), [
    # "on the flip side": on the other hand, the side then asked names itself
    ("And on the flip side, what opportunities does harmonising immigration policy open up?",
     HARM),
    # a shortage of workers, not a drawback
    ("недостаток рабочей силы в принимающих странах", HARM),
    ("Qabul qiluvchi davlatlarda ishchi kuchi kamchiligi qanday hal boʻladi?", HARM),
    ("Қабул қилувчи давлатларда ишчи кучи камчилиги", HARM),
    # injured, a passport spoilt
    ("is the state going to give migrants some cover in case they get sick or hurt", HARM),
    ("my passport got damaged, what do I do", HARM),
    # the host countries' entry says it cuts its costs («издержки»): no side of it
    ("издержки миграции", HARM),
    # why people leave their home countries asks the causes, not the sending countries
    ("why do people leave their home countries in the first place", HOME),
])
def test_a_word_that_also_means_something_else_names_no_side(message: str,
                                                              not_named: str) -> None:
    assert not_named not in _concepts(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("What is the dark side of people moving between countries?", "concept-negative-effects"),
    ("ok but what's the dark side of all this migration", "concept-negative-effects"),
    ("What are the drawbacks of migration?", "concept-negative-effects"),
    ("тёмная сторона миграции", "concept-negative-effects"),
    ("а обратная сторона миграции какая?", "concept-negative-effects"),
    ("Какие недостатки у миграции?", "concept-negative-effects"),
    ("nedostatki migracii", "concept-negative-effects"),
    ("Migratsiyaning kamchiliklari nimada?", "concept-negative-effects"),
    ("migratsiyaning ziyoni bormi", "concept-negative-effects"),
    ("Миграциянинг камчиликлари нималар?", "concept-negative-effects"),
    ("миграциянинг зиёни борми", "concept-negative-effects"),
    ("How is migration useful for countries?", "concept-positive-effects"),
    ("светлая сторона миграции", "concept-positive-effects"),
    ("достоинства миграции", "concept-positive-effects"),
    ("Migratsiyaning plus tomonlari qanday?", "concept-positive-effects"),
    ("Миграциянинг устунликлари нималар?", "concept-positive-effects"),
    ("How does migration affect the countries migrants go to?", "concept-receiving-effects"),
    ("Как миграция влияет на страны, куда едут мигранты?", "concept-receiving-effects"),
    ("Migrantlar boradigan davlatlarga migratsiya qanday taʼsir qiladi?",
     "concept-receiving-effects"),
    ("Мигрантлар борадиган давлатларга миграция қандай таъсир қилади?",
     "concept-receiving-effects"),
    ("What does migration mean for the migrants' own countries?", "concept-sending-effects"),
    ("who loses from migration", "concept-negative-effects"),
    ("кто проигрывает от миграции", "concept-negative-effects"),
    ("migratsiyadan kim yutqazadi", "concept-negative-effects"),
    ("миграциядан ким ютқазади", "concept-negative-effects"),
    ("what are the roadblocks to harmonising immigration policies",
     "coop-harmonising-challenges"),
    ("what stops countries from coordinating their immigration policy",
     "coop-harmonising-challenges"),
    ("барьеры для гармонизации миграционной политики", "coop-harmonising-challenges"),
    ("immigratsiya siyosatini uygʻunlashtirishdagi gʻovlar", "coop-harmonising-challenges"),
    ("миграция конунларини мувофиклаштиришдаги говлар нималар", "coop-harmonising-challenges"),
    ("prospects of harmonising immigration policies", "coop-harmonising-opportunities"),
    ("perspektivy garmonizacii immigracionnoy politiki", "coop-harmonising-opportunities"),
    ("Иммиграция сиёсатини мувофиқлаштириш истиқболлари", "coop-harmonising-opportunities"),
    # a side word beside another subject: that subject's entry
    ("какие бюрократические барьеры называет SWOT-анализ миграционного сотрудничества",
     "coop-swot"),
    ("недостаток рабочей силы в странах, куда едут мигранты", "concept-receiving-effects"),
    ("Qabul qiluvchi davlatlarda ishchi kuchi kamchiligi qanday hal boʻladi?",
     "concept-receiving-effects"),
    ("2017 йилдаги ўзгаришларнинг мигрантлар учун фойдаси нима?", "law-2017-reforms"),
    ("В какие страны едут мигранты из Узбекистана?", "coop-destinations"),
])
def test_the_side_asked_is_answered(answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)


@pytest.mark.parametrize(("message", "wrong"), [
    # the sending countries named by a relative clause: no longer the host countries' entry
    # or the organised recruitment's, confidently
    ("страны которые посылают рабочих за границу что они получают", "concept-receiving-effects"),
    ("what's in it for the countries that send workers abroad", "strategy-organised-migration"),
    # the harm asked of a country: no longer the Uzbek scholars' entry
    ("is migration bad for uzbekistan", "concept-uz-scholars"),
])
def test_the_countries_that_send_are_not_answered_with_another_entry(
        answerer: Answerer, message: str, wrong: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) != ("answer", wrong)
