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


# A request without "?" and thanks after it, after a sentence that tells the subject, asks
# that sentence (the English and Uzbek rows were a greeting only before).
@pytest.mark.parametrize(("message", "entry"), [
    ("Hi, I heard the state plans to send 400 thousand people abroad safely. Tell me about "
     "it, thanks", "strategy-organised-migration"),
    ("Hi, my cousin wants to work in Germany. I read that the two countries signed a deal on "
     "skilled workers in 2024. Tell me about it, thanks", "coop-germany-2024"),
    ("Привет. Говорят, государство хочет отправить 400 тысяч человек за границу безопасно. "
     "Расскажите об этом, спасибо", "strategy-organised-migration"),
    ("Salom, men Buxorodan, Koreyaga ketmoqchiman. Eshitdimki davlat 400 ming kishini chet "
     "elga xavfsiz, tartibli yuborishni rejalashtirgan ekan. Shu haqida aytib bering, rahmat",
     "strategy-organised-migration"),
    ("Salom. Eshitdimki, chet elga ketishdan oldin migrantlarni kasbga o'qitisharkan. Shu "
     "haqida aytib bering, rahmat", "strategy-training"),
    ("Салом. Давлат 400 минг кишини чет элга хавфсиз юборишни режалаштирган экан. Шу ҳақида "
     "айтиб беринг, раҳмат", "strategy-organised-migration"),
])
def test_a_request_and_thanks_ask_the_sentence_before(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


# Alone, or after thanks only, it asks of nothing: small talk still.
@pytest.mark.parametrize("message", [
    "Tell me about it, thanks",
    "Thanks a lot, that was helpful. Tell me about it, thanks",
    "Shu haqida aytib bering, rahmat",
    "Шу ҳақида айтиб беринг, раҳмат",
])
def test_a_request_and_thanks_alone_greet(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "greeting"


# The economy tied to one country, asked as a worry, is the risk (the diversification entry,
# the remedy, took the Uzbek rows with a confident answer; remit-development the others).
@pytest.mark.parametrize(("message", "decision"), [
    ("Chetdan keladigan pul ichki iqtisodni bitta qo'shni davlatga bog'lab qo'ymaydimi?",
     "answer"),
    ("Chetdan keladigan pul iqtisodimizni bitta davlatga bog'lab qo'ymaydimi?", "answer"),
    ("Четдан келадиган пул ички иқтисодни битта қўшни давлатга боғлаб қўймайдими?", "answer"),
    ("Не привязывают ли переводы экономику к одной соседней стране?", "answer"),
    ("Isn't it risky that our economy is tied to Russia through migrants' money?", "answer"),
    ("Does the money from abroad tie our economy to one neighbour?", "clarify"),
])
def test_the_economy_tied_to_one_country_is_the_risk(matcher: Matcher, message: str,
                                                     decision: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == (decision, "remit-dependence-risk")


# ... and how to untie it stays the remedy.
@pytest.mark.parametrize("message", [
    "How does Uzbekistan plan to lower its reliance on one destination country?",
    "Как Узбекистан хочет отвязать экономику от одной страны?",
    "Iqtisodni bitta davlatga bog'lanib qolishdan qanday qutqarish mumkin?",
    "Ҳукумат иқтисодни битта давлатга боғлиқ бўлишдан қандай қутқармоқчи?",
])
def test_untying_the_economy_stays_the_remedy(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "remit-diversification")
