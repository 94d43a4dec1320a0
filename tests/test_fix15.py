"""Real messages the bot mishandled (fix15, issue 7): a practical "can I / how do I" of the
writer's own life abroad near a documented topic (sending money with a service, taking the
family along, a child's school abroad, voting, a bank account) abstains in every script,
while the documented questions with the same words stay answered (``practical:`` labels
transfer, family-along, school-abroad, vote, account); a follow-up that names a subject of
its own ("and remittances?", «а переводы?», 'XMT-chi?', "what about the UN?") is asked as a
question, while one in an oblique case ("and for the families?", 'oilalarga-chi?') or of a
place, a year or an aspect still gets "I do not keep our conversation" (review s14 finding
5)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.wording import FOLLOW_UP


@pytest.mark.parametrize("message", [
    # sending money oneself: a service, an app, the way to do it
    "how do i send money home from russia", "how can i transfer money to my mother",
    "how do I send money abroad",  # was answered with the 2024 total (test_wrong14's row)
    "is moneygram ok for sending to tashkent", "best way to send money to uzbekistan",
    "можно ли отправить деньги через золотую корону из москвы",
    "как перевести деньги домой из кореи", "kak perevesti dengi domoy iz rossii",
    "Koreyadan Oʻzbekistonga pulni qanday joʻnatsam boʻladi",
    "pul oʻtkazish uchun qaysi xizmatdan foydalansam boʻladi",
    "Кореядан пулни қандай жўнатсам бўлади", "Кореядан пулни кандай жунатсам булади",
    # taking the family along
    "can i take my family with me if i work in turkey", "can I bring my wife to Korea",
    "могу ли я взять семью с собой в Россию", "можно ли мне перевезти жену в корею",
    "mojno li vzyat semyu s soboy v rossiyu", "Turkiyada ishlasam oilam bilan ketsam boʻladimi",
    "Koreyaga oilamni olib ketsam boʻladimi", "Кореяга оиламни олиб кетсам бўладими",
    "Кореяга оиламни олиб кетсам буладими",
    # a child's school abroad
    "can my child go to school in russia while i work there",
    "how do i enrol my son in a school in kazan", "можно ли ребенка отдать в школу в России",
    "как записать ребенка в школу в казани",
    "Rossiyada oʻgʻlimni maktabga bersam boʻladimi", "Россияда ўғлимни мактабга берсам бўладими",
    "Россияда углимни мактабга берсам буладими",
    # voting from abroad
    "how do i vote from abroad", "can migrants vote in the elections from russia",
    "как проголосовать на выборах если я в России", "kak golosovat na vyborah iz rossii",
    "chet elda ishlayotganlar saylovda qanday ovoz beradi",
    "Rossiyadan turib saylovda ovoz bera olamanmi", "Россиядан туриб сайловда овоз бера оламанми",
    # a bank account
    "how can i open a bank account in korea", "как открыть счет в банке в России",
    "kak otkryt schet v banke v rossii", "Koreyada bank hisobi qanday ochiladi",
    "Кореяда банк ҳисоби қандай очилади",
])
def test_a_practical_ask_of_ones_own_life_abroad_abstains(answerer: Answerer,
                                                          message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    # the documented questions with the same words stay answered
    ("how much money did migrants send home in 2024", "remit-2024-total"),
    ("сколько денег мигранты отправили домой в 2024 году", "remit-2024-total"),
    ("What do families in Uzbekistan spend remittances on?", "remit-uses"),
    ("Does my family get help while I work abroad?", "abroad-family-support"),
    ("Помогут ли моей семье, пока я работаю за границей?", "abroad-family-support"),
    ("Men chet elda ishlasam, oilamga yordam beriladimi?", "abroad-family-support"),
    ("Мен чет элда ишласам, оиламга ёрдам бериладими?", "abroad-family-support"),
    ("does the government help migrant families with jobs school and doctors",
     "abroad-family-support"),
    ("hukumat chet eldagi fuqarolarga qanday yordam beradi", "abroad-state-support"),
    ("как государство защищает интересы своих граждан за границей", "abroad-state-support"),
])
def test_a_documented_question_with_the_same_words_is_answered(answerer: Answerer,
                                                               message: str,
                                                               entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # a body named after an opener or before "-chi", of one word or two
    ("what about the UN?", "org-un"), ("а ООН?", "org-un"), ("BMT-chi?", "org-un"),
    ("БМТ-чи?", "org-un"), ("XMT-chi?", "org-ilo"), ("ХМТ-чи?", "org-ilo"),
    ("what about the World Bank?", "org-world-bank-imf"),
    ("а всемирный банк?", "org-world-bank-imf"), ("Jahon banki-chi?", "org-world-bank-imf"),
    ("а агентство?", "org-agency"), ("agentlik-chi?", "org-agency"),
    ("агентлик-чи?", "org-agency"),
    # a subject a few entries are about, in the plain case
    ("and remittances?", "remit-definition"), ("what about remittances?", "remit-definition"),
    ("а переводы?", "remit-definition"), ("a perevody?", "remit-definition"),
    ("pul oʻtkazmalari-chi?", "remit-definition"), ("пул ўтказмалари-чи?", "remit-definition"),
])
def test_a_follow_up_naming_a_subject_is_asked_about_it(answerer: Answerer, message: str,
                                                        entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    # an oblique case fills a place in a question not held: no subject of its own
    ("and for the families?", "en"), ("what about for the families?", "en"),
    ("а для семей?", "ru"), ("oilalarga-chi?", "uz"), ("оилаларга-чи?", "uz-Cyrl"),
    ("migrantlarga-chi?", "uz"),
    # a word no entry is about, or an aspect
    ("elchixona-chi?", "uz"), ("and the obstacles?", "en"),
])
def test_a_follow_up_naming_no_subject_still_gets_the_follow_up_note(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry, reply.choices) == ("abstain", lang, None, ())
    assert reply.note == translator(lang)(FOLLOW_UP)


@pytest.mark.parametrize(("message", "lang"), [
    # an introduction in every script greets, as the Latin 'men onasiman, …' did (review
    # s14 finding 6): a short word after 'men' ('onaman'), where from ('Samarqanddan'), and
    # the Russian «я мама»
    ("men onaman, o'g'lim Koreyada ishlaydi", "uz"),
    ("мен онаман, ўғлим Кореяда ишлайди", "uz-Cyrl"),
    ("мен онаман, углим Кореяда ишлайди", "uz-Cyrl"),
    ("men otaman, qizim Rossiyada", "uz"),
    ("мен Самарқанддан, акам Қозоғистонда", "uz-Cyrl"),
    ("я мама, сын работает в Корее", "ru"), ("я отец, дочь в России на заработках", "ru"),
    ("i'm a mother, my son works in korea", "en"),
])
def test_an_introduction_in_every_script_greets(answerer: Answerer, message: str,
                                                lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry) == ("greeting", lang, None)


@pytest.mark.parametrize("message", [
    # a danger is never missed (review s13 finding 4): hunger of days, nowhere to sleep in
    # either word order, a fire where one lives
    "мы уже три дня не ели, денег нет", "uch kundan beri ovqat yemadim, pulim yoʻq",
    "на вокзале ночую, денег нет", "сплю на улице, некуда идти",
    "vokzalda yotibman, pulim yoʻq", "вокзалда ётибман, пулим йўқ",
    "I'm sleeping at the train station, no money", "our house is on fire",
    "общага горит, что делать",
])
def test_hunger_homelessness_and_fire_get_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ... but not on everyday words: one meal missed today, a fire in the news, weariness,
    # a scam app, a figure of speech (review s13 findings 4 and 5)
    "не ел сегодня, скажите что такое МОМ", "я не ел сегодня",
    "в 2024 году был пожар на рынке, как это повлияло на переводы",
    "he got burned out at work, what is the IOM", "i am burned out",
    "I got burned by a scam app, how to send money home", "my inbox is on fire, what is the ILO",
    "i dont want to live in russia anymore", "не хочу больше жить в россии",
    "Rossiyada yashagim kelmayapti", "Россияда яшагим келмаяпти",
    "end it all with this company",
])
def test_everyday_words_raise_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # the wish to die itself keeps the line
    "I don't want to live anymore", "жить не хочу", "yashagim kelmayapti", "яшагим келмаяпти",
    "не хочу больше жить", "I want to end it all",
    # ... also with a place that is no country (review s15 finding 13)
    "i dont want to live in this world", "I do not want to live in this world, nobody needs me",
    "i dont want to live in this life", "не хочу больше жить в этом мире",
    "не хочу жить в этой жизни", "не хочу жить в таком аду", "жить надоело в этой общаге",
    "i dont want to live here anymore", "не хочу жить здесь",
])
def test_the_wish_to_die_keeps_the_line(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.self_harm) == ("urgent", True)


@pytest.mark.parametrize("message", [
    # studying abroad: a grant, a dormitory, admission (blind15b's misses' class)
    "how can I get a scholarship to study in Germany", "как получить грант на учебу в Корее",
    "Germaniyada oʻqish uchun stipendiya bormi", "Германияда ўқиш учун стипендия борми",
    "Koreyada yotoqxona topsam boʻladimi", "Кореяда ётоқхона топсам бўладими",
    # a paper named alone, or a test, asks nothing an entry answers (review s14 finding 6)
    "visa", "виза", "pasport", "паспорт", "passport?", "test test 123", "тест",
    "виза нужна?",
])
def test_study_abroad_and_a_paper_alone_abstain(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    # the paper in a question about the documents' reform stays answered
    ("what is the passport-visa system reform of 2017", "law-2017-reforms"),
    ("pasport-viza tizimi", "law-2017-reforms"),
])
def test_a_paper_in_a_documented_question_is_answered(answerer: Answerer, message: str,
                                                      entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    ("хорошего вам дня", "ru"), ("спасибо, всего вам доброго", "ru"),
    ("have a nice day", "en"),
])
def test_a_wish_is_a_greeting(answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry) == ("greeting", lang, None)
