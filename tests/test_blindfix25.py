"""The blind25 block's failures (blindfix25, issue 7), by class, in every script.

- Someone close in hospital in a serious condition ('укам Туркияда касалхонада, ахволи огир,
  пули йук', «брат в больнице, состояние тяжёлое», "in a serious condition") was no danger:
  the urgent lists knew the writer's own state ('ahvolim yomon'), not another's. A serious
  state is a danger told of one close ('<close> ahvoli ogʻir', knowledge/phrases.yaml
  urgent_close) or in hospital; the economy's or a country's state stays everyday.
- A question pointed back by a pronoun to an organisation named in the sentence before ('...
  Xalqaro mehnat tashkilotining hisobotidan foydalanmoqchiman. U qanday hisobot?', «...
  Всемирный банк. Чем он занимается?»): that sentence tells of the writer, so it is no
  context, and the question alone ("report", "migration") took the IOM or the agency. The
  pronoun points back to bodies as it did to people (bot/referback.py, refer_back_people),
  and the pronouns of one ("u", «он», refer_back_one) do so too.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


# Someone close in a serious state, in hospital or not (all abstained, no danger, before).
@pytest.mark.parametrize("message", [
    "my brother is in hospital in Russia, in a serious condition, we have no money",
    "my father is in critical condition in a hospital in Korea, how can we get to him",
    "my wife is seriously ill in Moscow and nobody helps",
    "брат в больнице в Турции, состояние тяжёлое, денег нет, что делать",
    "отец в критическом состоянии в больнице в Корее, как быть?",
    "муж в тяжелом состоянии, что нам делать",
    "ukam Turkiyada kasalxonada, ahvoli og'ir, puli yo'q, nima qilaylik",
    "akam Rossiyada og'ir kasal bo'lib qoldi, kasalxonada yotibdi",
    "onamning ahvoli yomon, Rossiyada kasal",
    "акам Москвада касалхонада ётибди, аҳволи жуда оғир, нима қилишимиз керак",
    "укам Туркияда касалхонада, ахволи огир, пули йук, нима килайлик",
    "дадам Кореяда огир ахволда ётибди пулимиз йук",
])
def test_someone_close_in_a_serious_state_is_urgent(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).urgent


# The same words of the economy, a country or migrants in general are a topic, no danger.
@pytest.mark.parametrize("message", [
    "What serious conditions do migrants face abroad?",
    "Is the economy in a serious condition because of migration?",
    "Почему люди уезжают из стран, где экономика в тяжёлом состоянии?",
    "Iqtisodiy ahvoli og'ir davlatlardan odamlar ko'proq chet elga ketadimi?",
    "Rossiyadagi migrantlarning ahvoli og'ir, davlat ularga yordam beradimi?",
    "qishloqdagi ahvoli yomon oilalar migratsiyaga ketadimi",
    "Иқтисодий аҳволи оғир мамлакатлардан одамлар кўпроқ кетадими?",
    "Огир иш шароитлари мигрантларнинг асосий муаммосими?",
])
def test_a_serious_state_of_no_one_close_is_no_danger(matcher: Matcher, message: str) -> None:
    assert not matcher.match(message).urgent


# A pronoun points back to the body named before (org-iom or org-agency took these, or none).
@pytest.mark.parametrize(("message", "entry"), [
    ("I want to use the ILO report on Uzbekistan in my thesis. What is that report, what "
     "does it look at?", "org-ilo"),
    ("I wrote my coursework on the World Bank. What does it do for migrants?",
     "org-world-bank-imf"),
    ("Хочу сослаться на доклад МОТ по Узбекистану. Что это за доклад, о чём он?", "org-ilo"),
    ("Нам на паре рассказали про Всемирный банк. Чем он занимается в сфере миграции?",
     "org-world-bank-imf"),
    ("Assalomu alaykum. Dissertatsiyamda Xalqaro mehnat tashkilotining O'zbekiston bo'yicha "
     "hisobotidan foydalanmoqchiman. U qanday hisobot, nimani ko'rib chiqadi? Oldindan "
     "rahmat", "org-ilo"),
    ("Kurs ishimda Xalqaro mehnat tashkilotining hisobotidan foydalanmoqchiman. U qanday "
     "hisobot, nimani o'rganadi?", "org-ilo"),
    ("Диссертациямда Халқаро меҳнат ташкилотининг Ўзбекистон бўйича ҳисоботидан "
     "фойдаланмоқчиман. У қандай ҳисобот, нимани кўриб чиқади?", "org-ilo"),
    ("Курс ишимда Жахон банки маълумотларидан фойдаланаман. У миграция хакида нима дейди?",
     "org-world-bank-imf"),
])
def test_a_pronoun_points_back_to_the_body_named_before(matcher: Matcher, message: str,
                                                        entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


# Alone, the pronoun of one points back to nothing: no body is asked of.
@pytest.mark.parametrize("message", [
    "Чем он занимается?",
    "U qanday hisobot?",
    "What does it look at?",
    "У нимани кўриб чиқади?",
])
def test_a_pronoun_alone_points_to_no_body(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision != "answer" or m.best is None or not m.best.entry_id.startswith("org-")

