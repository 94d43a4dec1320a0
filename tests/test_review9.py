"""Review s9 findings 1-3: someone silent and a call for help keep the protection block in
every script (Uzbek Latin, Uzbek Cyrillic proper and typed on a Russian keyboard, Russian in
both alphabets, English), while a bank or agency silent, and "yordam beradi … javob bering"
(the state helps … please answer), stay ordinary; and a year the writer tells is still the
year asked when another sentence asks of it, or the question points back at it."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # a person not in urgent_persons, beside a thing (company, village, firm), also after it
    "Kelinim 2 haftadir telefon qilmayapti kompaniyada ishlardi",
    "Келиним 2 ҳафтадир телефон қилмаяпти компанияда ишларди",
    "Жених не выходит на связь компания тоже молчит",
    "Внук не берет трубку фирма говорит что он уволился",
    "Vnuk ne beret trubku firma govorit chto on uvolilsya",
    "My grandson is not answering the phone company says he quit",
    "Mama ne mozhet dozvonitsya do syna, on v Rossii", "Мама не может дозвониться до сына",
    'My boyfriend went to work for a company in Dubai and stopped answering',
    'My grandson works at a company in Korea and has not called for a month',
    'My girlfriend went to a village in Russia and stopped calling',
    'Her fiance works for a company in Russia and has not called',
    'My son-in-law works for a firm in Moscow, cannot reach him since March',
    'My cousin works in a company in Kazan and stopped answering calls',
    'I cannot reach my grandmother in the village',
    'my nephew is at a construction company in Russia and his phone is off',
    "The company took my brother's passport and he stopped calling",
    ('my boy went to the UAE through an agency and the agency stopped answering, '
     'he is not answering too'),
    'Мой парень работает в компании в Москве и не выходит на связь',
    'Жених уехал в Россию на стройку в компанию и не звонит уже месяц',
    'Внук работает на фирме в Казани и не берет трубку',
    'Родители в деревне, нет связи уже неделю',
    'Наш земляк работает в компании и давно не звонит',
    'Сосед уехал в Россию, работает в компании и не отвечает на звонки',
    'Мой ребенка увезли в другую страну и нет связи',
    'Бабушка в деревне не берет трубку уже три дня',
    'Моего мужа забрали, телефон выключен',
    'Матери не можем дозвониться, она в деревне',
    'Parnya zabrali v policiyu, ne vyhodit na svyaz',
    'Kelinim Turkiyadagi firmada ishlaydi telefoni oʻchiq',
    'Yigitim Rossiyadagi kompaniyada ishlaydi 2 haftadan beri aloqa yoʻq',
    'Nevaram Koreyada kompaniyada ishlaydi telefon qilmayapti',
    'Kuyovim Moskvada firmada ishlaydi aloqaga chiqmayapti',
    'Qoʻshnim Rossiyada kompaniyada ishlaydi telefonni olmayapti',
    'Buvim qishloqda telefonni koʻtarmayapti',
    'Hamkasbim ishxonada yoʻq telefoni oʻchiq',
    'opa Rossiyadagi firmada ishlaydi xabar yoʻq',
    'Келиним Туркиядаги фирмада ишлайди телефони ўчиқ',
    'Йигитим Россиядаги компанияда ишлайди 2 ҳафтадан бери алоқа йўқ',
    'Невара Кореяда компанияда ишлайди телефон қилмаяпти',
    'Куёвим Москвада фирмада ишлайди алоқага чиқмаяпти',
    'Келиним Туркиядаги фирмада ишлайди телефони учик',
    'Йигитим Россиядаги компанияда ишлайди алока йук',
    'Куёвим Москвада фирмада ишлайди алокага чикмаяпти',
])
def test_someone_beside_a_thing_silent_is_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a word inside the call ("Нужна срочная помощь"), beside "answer" or a fear
    'Please somebody help me, they took my documents',
    'help, please, me and my friends are locked',
    'Yordam bering iltimos',
    'Iltimos, tezroq yordam bering',
    'yordam qilib bering, ishdan haydashdi, pul bermayapti',
    'Помогите мне срочно',
    'Помогите срочно мне, нас не отпускают домой',
    'I need urgent help',
    'I need your help, the boss beats us',
    'Нужна срочная помощь',
    'Мне нужна помощь, не платят и угрожают',
    'Помогите, никто не отвечает, что нам делать',
    'Помогите ответить, куда звонить, нас не отпускают',
    'Yordam bering, javob bering, bizni qoʻyib yuborishmayapti',
    'tez yordam kerak',
    'I need help please, answer me',
    'Help! Please answer, I am scared',
    'Yordam juda kerak',
    'Bizga yordam juda kerak, xoʻjayin uradi',
    'Ёрдам жуда керак',
    'Ёрдам жуда керак, хожайин уради',
    'Нужна ваша помощь',
    'Очень нужна помощь',
    'Нам нужна срочно помощь, хозяин бьёт',
    'Nuzhna srochnaya pomosch',
    'I really need help',
    'we need help now',
    'Help me, please answer quickly',
    'Помогите, ответьте пожалуйста, мне страшно',
    'Yordam bering, javob bering, qoʻrqaman',
    'Ёрдам беринг, жавоб беринг, қўрқаман',
])
def test_a_call_for_help_is_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "davlat yordam beradi javob bering", "yordam beradimi davlat, javob bering",
    "Migrantlarga davlat qanday yordam beradi? javob bering iltimos",
    "Мигрантларга давлат қандай ёрдам беради? жавоб беринг илтимос",
    "помогите понять, что такое диаспора", "please help me understand what remittances are",
    "Help me write an essay on migration",
])
def test_help_as_a_topic_or_a_task_is_no_danger(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize(("message", "outcome", "entry"), [
    # told in one sentence, asked in another: still a near miss of the 2024 figure
    ("2019 yildan beri Rossiyada ishlayman, bu qonuniymi? 2019 yilda migrantlar qancha pul "
     "joʻnatgan?", "near-miss", None),
    ("since 2019 I live in Korea, is it legal? How much money did migrants send home in 2019?",
     "near-miss", None),
    ("2019 йилдан бери Россияда ишлайман, бу қонунийми? 2019 йилда мигрантлар қанча пул "
     "жўнатган?", "near-miss", None),
    # asked of "that year"
    ("С 2019 года я в России, сколько денег перевели мигранты в тот год?", "near-miss", None),
    ("S 2019 goda ya v Rossii, skolko deneg pereveli migranty v tot god?", "near-miss", None),
    ("I came to Korea in 2019, how much money did migrants send home that year?",
     "near-miss", None),
    ("Men 2019 yildan beri Rossiyadaman, oʻsha yili migrantlar qancha pul yuborgan?",
     "near-miss", None),
    ("Мен 2019 йилдан бери Россиядаман, ўша йили мигрантлар қанча пул юборган?",
     "near-miss", None),
    # told only: the year asked is the other one
    ("since 2019 I live in Korea, how much money did migrants send home in 2024?",
     "answer", "remit-2024-total"),
    ("мен 2018 йилдан бери Туркияда ишлайман, пул утказмалари канча булган 2024 йилда?",
     "answer", "remit-2024-total"),
])
def test_a_year_told_and_asked_is_asked(answerer: Answerer, message: str, outcome: str,
                                        entry: str | None) -> None:
    reply = answerer.ask(message)
    assert (reply.outcome, reply.entry.id if reply.entry else None) == (outcome, entry)


@pytest.mark.parametrize("message", [
    # review s9 finding 5: "what does it mean" after a danger told asks no definition of
    # the danger's words: the block alone, not the 2017 passport reform
    "Паспорт забрали, что значит", "Pasport zabrali, chto znachit",
    "They took my passport, what does it mean", "Pasportimni olib qoʻyishdi, bu nima degani",
    "Паспортимни олиб қўйишди, бу нима дегани",
])
def test_a_danger_told_then_what_it_means_gets_the_block_alone(answerer: Answerer,
                                                               message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("urgent", None)


@pytest.mark.parametrize(("toks", "words", "asks"), [
    (["chto", "takoe", "deportasia"], {"deportasia"}, True),
    (["vhat", "does", "deportation", "mean"], {"deportation"}, True),
    (["deportasia", "nima"], {"deportasia"}, True),
    (["pasport", "zabrali", "chto", "znachit"], {"pasport", "zabrali"}, False),
    (["deportasia", "kilishdi", "nima", "kilai"], {"deportasia"}, False),  # what do I do
])
def test_a_meaning_asked_of_the_danger_words(answerer: Answerer, toks: list[str],
                                             words: set[str], asks: bool) -> None:
    assert answerer.matcher.reader.asks_meaning_of(toks, words) is asks
