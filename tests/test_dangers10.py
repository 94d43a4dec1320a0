"""Dangers the tenth session's tester found missed (its findings 1 and 2): a danger told of
someone else ("her boss hits her"), an Uzbek verb said by one and not by many
("chiqarmayapti"), a greeting before either; and questions with "help me" in them that are no
call for help. In every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.firstwords import WHOLE
from bot.triggerforms import SOMEONE, with_other_forms, with_someone


def made(phrase: str, others: list[str]) -> list[str]:
    """``others`` with each word that differs from ``phrase``'s marked as made (``WHOLE``:
    it matches only itself), but a prefix."""
    return [" ".join(w if w == p or w.endswith("*") else w + WHOLE
                     for w, p in zip(o.split(), phrase.split(), strict=True)) for o in others]


@pytest.mark.parametrize("message", [
    # the tester's: third person, a relative, a greeting first
    "her boss hits her", "the employer is beating my brother", "my husband's boss beats him",
    "the employer won't let him go home", "they didn't pay him for 3 months",
    "my dad is sick in Russia and the boss won't let him see a doctor",
    "My friend's employer beats him every day",
    "they r holding my sister and wont let her go",
    "Hello bot, good evening! My friend's employer beats him every day",
    "Hi, my brother's boss beats him", "Hello, my son's employer hits him and takes his money",
    "hey bot. my wife's boss threatens her every day",
    # ... and variants: SMS, plural, other verbs
    "the boss hit my son", "his boss beat him badly", "they dont pay her for 2 months",
    "they wont let them leave the farm", "the owner keeps my sister locked",
    "they are beating my cousin at work", "the boss threatens him",
    "they won't let her out of the house", "they took my daughter away",
    "Good morning. My sister's employer locked her in the house",
    "hi. boss doesnt pay my brother n threatens him",
    # a family, parents, children of the writer's (review s10: the bare words had gone)
    "they threatened my family", "threaten my parents",
    "the employer threatens my family if I leave", "they wont let my children go",
    "he hit my child", "they took my parents away", "they are holding my children",
    "he hit our children", "they beat our children", "my husband beats our children",
    "the boss hits my family", "the boss hits our children",
])
def test_a_danger_told_of_anyone_gets_the_protection_reply(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # said by one ("chiqarmayapti") as the list had it said by many ("chiqarishmayapti")
    "Salom! Yaxshimisiz? Opam Dubayda, xo'jayini uydan chiqarmayapti",
    "Assalomu alaykum, singlim Turkiyada, uy egasi uni tashqariga chiqarmaydi",
    "Ассалому алайкум, синглим Туркияда, уй эгаси уни ташқарига чиқармайди",
    "Ассалому алайкум, синглим Туркияда, уй эгаси уни ташкарига чикармайди",
    "ukamni ishxonadan chiqarmayapti", "ukamni ishxonadan chiqarishmayapti",
    "укамни ишхонадан чиқармаяпти", "укамни ишхонадан чикармаяпти",
    "opamni ko'chaga chiqarmayapti", "opamni koʻchaga chiqarmaydi",
    "xo'jayin ukamni qo'yib yubormayapti", "хўжайин укамни қўйиб юбормаяпти",
    "Salom, akamni xo'jayini uradi", "Салом, акамни хўжайини уради",
])
def test_an_uzbek_danger_said_by_one_or_by_many_gets_the_protection_reply(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # prison in everyday words: "turma", «попал в тюрьму», slang for the police
    "ukam turmaga tushib qoldi Rossiyada", "укам турмага тушиб колди Россияда",
    "укам турмага тушиб қолди Россияда", "ukamni turmaga tiqishdi", "akamni qamashdi Rossiyada",
    "Rossiyada patentim yo'q, turmaga tushamanmi?",
    "брат попал в тюрьму в Казахстане, консульство поможет?", "брат попал в тюрьму",
    "brat popal v tyurmu", "сына посадили в тюрьму",
    "ментовка забрала брата и не говорят где он", "менты забрали мужа",
    "my brother is behind bars in Kazakhstan", "my husband got jailed in Russia",
    # stuck with no way home
    "ozbekistonga qaytolmay qoldim pasport yoq pul yoq",
    "Ўзбекистонга қайтолмай қолдим паспорт йўқ пул йўқ", "узбекистонга кайтолмай колдим",
    "застрял в аэропорту без паспорта", "нет денег на еду и билет, застрял в Новосибирске",
    "застряли в Москве без денег", "zastryal v aeroportu bez pasporta",
    "не могу вернуться на родину нет паспорта и денег",
    "im stuck at the airport with no passport", "i cant get back home, no passport no money",
    # thrown out («выгнал» as «выгнали»)
    "я беременна работодатель выгнал на улицу без денег", "хозяин выгнал брата на улицу",
    # a child taken
    "HELP they took my kid", "they took my son", "they took my daughter away",
    "они забрали моего ребенка", "забрали ребенка", "bolamni olib qo'yishdi",
    "bolamni olib ketishdi", "болам олиб кетишди", "боламни олиб куйишди",
    # a passport torn up
    "pasportimni yirtib tashlashdi", "паспортимни йиртиб ташлашди",
    "pasportini yirtib tashladi xo'jayin", "порвали паспорт", "хозяин порвал мой паспорт",
    "the boss tore up my passport", "they ripped my passport",
    # hurt and not treated; turned away by a hospital
    "ishda qo'lim kesildi xo'jayin davolatmayapti", "ишда қўлим кесилди хўжайин даволатмаяпти",
    "ишда кулим кесилди хужайин даволатмаяпти", "сломал руку на работе, хозяин не везет к врачу",
    "I cut my hand at work and the boss wont take me to a doctor",
    "ukam kasal bo'lib qoldi kasalxonaga olishmayapti hujjati yo'q",
    "укам касал бўлиб қолди касалхонага олишмаяпти ҳужжати йўқ",
    "в больнице не принимают брата без документов",
    "the hospital wont accept my brother because he has no papers",
    # stranded, passports withheld, sold (review s10 findings 3, 5)
    "выгнали с работы без денег и паспорта", "Работникам не выдают паспорта, что делать?",
    "нам не выдают паспорта", "stuck at the border with no money", "застрял на границе",
    "ovqatga pul yo'q, biletga pul yo'q", "akamni sotishdi", "акамни сотишди", "meni sotishdi",
    # stranded in Uzbek with "his money" and "left without money" (coordinator s13: only the
    # English and Russian forms were triggers), in every script
    "akam Koreyada pulsiz qolib ketdi, uyga qaytishga puli yoq",
    "акам Кореяда пулсиз қолиб кетди, уйга қайтишга пули йўқ",
    "акам Кореяда пулсиз колиб кетди, уйга кайтишга пули йук",
    "ukam Turkiyada qoldi, chiptaga puli yoʻq", "men Rossiyada pulsiz qoldim",
    "мен Россияда пулсиз қолдим", "biz Qozogʻistonda pulsiz qoldik",
])
def test_the_missing_kinds_of_danger_get_the_protection_reply(answerer: Answerer,
                                                              message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # every apostrophe and none, Uzbek Cyrillic proper and typed on a Russian keyboard, by one
    # or by many; Russian past in every person and number, also in Latin letters; SMS English
    "ukamni pasportini olib qo'yishdi",
    'ukamni pasportini olib qoʻyishdi',
    'ukamni pasportini olib qo`yishdi',
    'ukamni pasportini olib qo’yishdi',
    'ukamni pasportini olib qoyishdi',
    'ukamni pasportini olib qoydi',
    'укамни паспортини олиб қўйишди',
    'укамни паспортини олиб куйишди',
    "xo'jayini uni uryapti",
    'xojayini uni uradi',
    'хўжайини уни уряпти',
    'хужайини уни урди',
    'opamga oylik bermayapti',
    'opamga oylik berishmayapti',
    'опамга ойлик бермаяпти',
    'singlimni sotib yuborishdi',
    'singlimni sotib yubordi',
    'синглимни сотиб юборишди',
    "akamni ishxonadan chiqarmay qo'yishdi",
    'akamni tashqariga chiqarmaydi',
    'акамни ташкарига чикармайди',
    "ukamni qamab qo'yishdi",
    'ukamni qamab qoydi',
    'акамни уриб кетди',
    'ukamni urib ketdi',
    'ukamni kaltaklashdi',
    'ukamni kaltakladi',
    'ukam qamoqda',
    'ukam turmada',
    'укам турмада',
    'сестру выгнала хозяйка на улицу',
    'её выгнали на улицу',
    'мужа забрала полиция',
    'мужа забрал полицейский',
    'брата избил хозяин',
    'сестру не выпускает хозяйка',
    'брату не заплатили 3 месяца',
    'брату не заплатил хозяин',
    'у брата отобрал паспорт бригадир',
    'брата посадили',
    'сестру продали',
    'сына похитил',
    'ego izbili',
    'brata posadili v tyurmu',
    'muzha zabrala policiya',
    'boss hit my bro',
    'they beat my bro',
    'my sis boss dont pay her',
    'plz help they locked my wife',
    'they locked my wife in the room',
    'my bro is in jail',
    'my wife got arrested',
    'they beat up my brother',
    'the boss is hitting my husband',
    'our boss doesnt pay us',
    "they kept my brother's passport",
    "the owner took my sister's passport",
    'my father was beaten by the police',
    'the police beat my son',
    'she is locked in the house',
    'he cant leave the farm',
    "help pls they hit us and dont pay", "pls help, boss took my passport",
])
def test_a_danger_in_any_script_person_or_number_gets_the_protection_reply(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a Russian present said by one as the list has it said by many, and the other way round
    'хозяин не дает уехать',
    'хозяин не даёт уехать брату',
    'бригадир держит брата силой',
    'работодатель задерживает зарплату',
    'хозяин не выплачивает зарплату',
    'хозяин закрывает нас на ночь',
    'хозяйка не выпускает сестру',
    'ему угрожает хозяин',
    'сестре угрожает работодатель',
    'брата избивает бригадир',
    'хозяин не отдает брату документы',
    'ей не платят',
    'брату не дают зарплату',
    'хозяин не дает позвонить домой',
    'работодатель не дает уволиться',
    'не отпускает домой хозяин',
    'хозяин не кормит',
    'брата заставляет работать бесплатно',
    'сестру держат взаперти',
    'хозяин не даёт денег на дорогу',
    'у сына забрали паспорт',
    'брата обманул работодатель',
    'сына задержала полиция',
    'сестра пропала',
    "hozyain ne daet uehat", "brigadir derzhit brata siloy",
])
def test_a_russian_danger_by_one_or_by_many_gets_the_protection_reply(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # an Uzbek danger told of a relative: his or her pay, passport, phone ("pulini",
    # "oyligini", "telefonini") as the list has the writer's ("pulimni", "telefonim*")
    'ukamni pulini bermayapti',
    'akamning oyligini berishmayapti',
    'opamning maoshini bermayapti',
    "singlimning hujjatlarini olib qo'yishdi",
    'ukamning pasportini bermayapti',
    "xo'jayin ukamning ish haqini to'lamayapti",
    'akamni oyligini bermadi',
    "ukamga pul to'lashmadi",
    "ukamni qamab qo'yishgan",
    "opamni uyda qamab qo'yishdi",
    'ukamni sotib yuborishdi',
    'akamni ishlatib pul bermayapti',
    'ukamni majburan ishlatishyapti',
    "xo'jayin singlimga tahdid qilyapti",
    'ukamni politsiya olib ketdi',
    'ukamni militsiya ushlab qoldi',
    'akamni deportatsiya qilishdi',
    "ukam bedarak yo'qoldi",
    "akam bilan aloqa yo'q",
    "ukamni urib, pasportini olib qo'yishdi",
    "ukamning telefonini olib qo'yishdi",
    "ukamni ko'chaga haydab yuborishdi",
    'Ukamni kaltaklab ketishdi',
    "ukamni xo'jayini uryapti",
    'укамни пулини бермаяпти',
    'акамнинг ойлигини беришмаяпти',
    'укамни полиция олиб кетди',
    'укамни кочага хайдаб юборишди',
])
def test_an_uzbek_danger_told_of_a_relative_gets_the_protection_reply(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a question with a subject: "does/can/will/who ... help me" (tester s10 finding 2)
    "my husband works in Russia, does the state help me and the kids?",
    "does the state help me and my kids while my husband works abroad",
    "does the agency help me if I come back", "who can help me get a job abroad legally",
    "can the state help me? my son works in Korea",
    "will the state help me if I return from abroad",
    "how can the agency help me find work abroad",
    "Does the government help me if my husband works in Korea?",
    # ... benign help, and a thing silent
    "help me understand the remittances figure",
    "can you help me understand what the strategy says",
    "I am a student, can you help me with my essay about migration",
    "the bank doesn't call me back", "the bank has not called back for a week",
    "Может ли государство помочь мне, муж на заработках?",
    "menga davlat yordam bera oladimi, erim chetda",
    "Помогите понять что такое диаспора",
    # a person's words that are no danger, and questions near the new words
    "I lock my door at the hostel, is my passport safe there?",
    "how can I get back to the topics list", "I cant get back to the menu",
    "What does the strategy say about medical insurance for migrants?",
    "Migrantlar uchun tibbiy sug'urta bormi?", "Мигрантларга тиббий суғурта борми?",
    "Какие права у мигранта в больнице?", "kasalxonada migrantlarga qanday yordam beriladi",
    "What does the agency do for kids of migrants?",
    "who takes care of the kids while parents work abroad",
    "my son took my car to the airport, what documents do I need for Germany",
    "Davlat qaytgan migrantlarni ishga joylashtiradimi?",
    "Как помочь детям мигрантов в школе?", "Какая помощь нужна мигрантам по возвращении?",
    # people in general, a homework question, a traffic jam, a car sold (review s10 finding 3)
    "How did COVID hit workers?", "How does migration hurt children left behind?",
    "Does dependence on remittances hurt workers?", "What forces workers to leave Uzbekistan?",
    "Does the law force workers to register?", "keeping my kids in school while I work abroad",
    "I am stuck with my essay on migration",
    "I'm stuck on this homework question: what is circular migration?",
    "я застрял на вопросе для курсовой, что такое циркулярная миграция",
    "застрял в пробке, опоздаю", "Akam mashinasini sotdi", "Акам машинасини сотди",
    "Telefonimni sotdi", "U uyini sotdi, endi nima qiladi?",
])
def test_a_question_with_help_me_is_no_call_for_help(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "help me", "please help me", "help me please", "HELP ME", "can someone please help me",
    "what should I do, help me", "why does nobody help me", "please help me, my boss hits me",
    "can anyone help me, my boss took my passport", "does anyone help? they beat my brother",
    "помогите", "yordam bering",
    # a cry after a question with "help" in it (review s10 finding 0)
    "who can help? help me", "can I get help? HELP ME", "how can I get help, help me",
    "how do I get help? help me", "how do I get help. Help me",
])
def test_a_call_for_help_or_a_danger_told_beside_a_question_stays_urgent(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("phrases", "someone", "expected"), [
    (["beats <someone>"], ["me", "her"], ["beats me", "beats her"]),
    (["wont let <someone> go"], ["him"], ["wont let him go"]),
    (["beats me", "in prison"], ["her"], ["beats me", "in prison"]),
    ([f"hits {SOMEONE}"], [], []),
])
def test_someone_stands_for_each_person(phrases: list[str], someone: list[str],
                                        expected: list[str]) -> None:
    assert with_someone(phrases, someone) == expected


@pytest.mark.parametrize(("phrase", "others"), [
    ("chiqarishmayapti", ["chiqarmayapti"]), ("chiqarmay*", ["chiqarishmay*"]),
    ("uydan chiqarishmay*", ["uydan chiqarmay*"]), ("toʻlamayapti", ["toʻlashmayapti"]),
    ("kasalxonaga olmay*", ["kasalxonaga olishmay*"]),
    # a past is also told in the perfect and as heard, by one and by many (test_dangers11)
    ("olib qoʻyishdi", ["olib qoʻydi", "olib qoʻyishgan", "olib qoʻyishibdi", "olib qoʻyibdi"]),
    ("urdi", ["urishdi", "uribdi", "urishgan", "urishibdi"]),
    ("ketdi", ["ketishdi", "ketibdi", "ketishgan", "ketishibdi"]),
])
def test_an_uzbek_verb_is_also_said_in_the_other_number(phrase: str,
                                                        others: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *made(phrase, others)]


@pytest.mark.parametrize(("phrase", "stem"), [
    ("выгнали на улицу", "выгнал на улицу"), ("забрала полиция", "забрал полиция"),
    ("порвали паспорт", "порвал паспорт"),
])
def test_a_russian_past_is_also_its_stem(phrase: str, stem: str) -> None:
    assert with_other_forms([phrase]) == [phrase, stem]


@pytest.mark.parametrize(("phrase", "others"), [
    ("pulimni bermadi", ["pulini bermadi", "pulimizni bermadi", "pulimni berishmadi",
                         "pulimni bermagan", "pulimni bermabdi", "pulimni berishmagan",
                         "pulimni berishmabdi"]),
    ("pasportini olib", ["pasportimni olib"]),
    ("telefonim* olishdi", ["telefoni* olishdi", "telefonim* oldi", "telefonim* olishgan",
                            "telefonim* olishibdi", "telefonim* olibdi"]),
])
def test_an_uzbek_noun_is_also_owned_by_someone_else(phrase: str, others: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *made(phrase, others)]


@pytest.mark.parametrize(("phrase", "others"), [
    ("не выпускают", ["не выпускает"]), ("не дает уехать", ["не дают уехать"]),
    ("держит паспорт", ["держят паспорт", "держат паспорт"]),
    ("держат силой", ["держит силой"]), ("и не звонит", ["и не звонят", "и не звонат"]),
])
def test_a_russian_present_is_also_said_in_the_other_number(phrase: str,
                                                             others: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *made(phrase, others)]


@pytest.mark.parametrize("phrase", [
    "in prison", "pasportim yoʻq", "qamoqda", "угрожают", "нет связи",
    # a short noun keeps its owner: "qizi*" would find "qiziqarli" (interesting)
    "qizim* olib",
    # a one-word past stays whole («задержал» would find «задержался», delayed); a short
    # stem would no longer find the longer forms («стал» is not «стала»)
    "задержали", "стала жертвой",
])
def test_a_phrase_without_such_a_form_stays_alone(phrase: str) -> None:
    assert with_other_forms([phrase]) == [phrase]


@pytest.mark.parametrize("message", [
    "HELP", "HELP!!!", "Help!", "help!", "Hi, help!", "Помощь!", "ПОМОЩЬ", "YORDAM", "ёрдам!",
    "ЁРДАМ", "Salom! Yordam!", "HELP HELP",
])
def test_a_shouted_cry_for_help_alone_gets_the_protection_reply(answerer: Answerer,
                                                                 message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a plain "help" asks how to use the bot (the tune lines label it so); the words ask
    # anywhere else
    "help", "помощь", "yordam", "ёрдам", "help?", "what help?", "Help with my essay!",
    "Помощь мигрантам!", "Yordam bormi?",
])
def test_a_plain_help_is_no_cry(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    # asks only what to do: the protection block is the answer (review s10, second version)
    "Работникам не выдают паспорта, что делать?",
    "The police detained migrants at my work, what do I do?",
    "Polisiya migrantlarni ushlab ketdi, endi nima qilish kerak?",
    "Полиция мигрантларни ушлаб кетди, энди нима қилиш керак?",
    "zabrali pasport u rabochih, chto delat?", "my boss took my passport, where to turn?",
    "The boss beats my brother, who can help?", "where do I go? help me pls",
    "how can I go home? help me", "Паспорт забрали, кто поможет?",
    "Akamni urishdi, kim yordam beradi?", "Акамни уришди, ким ёрдам беради?",
    # a need told in a sentence of its own beside the danger
    "Паспорт забрали. Нужны деньги на билет домой",
    "Pasportimni olishdi. Uyga bilet uchun pul kerak",
])
def test_a_danger_that_asks_only_what_to_do_gets_the_block_alone(answerer: Answerer,
                                                                  message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.entry is None


@pytest.mark.parametrize("message", [
    # ... and one that also asks the documents something gets the answer after it
    "Паспорт забрали, что делать? Что говорит статья 23 Конституции?",
    "pasportimni olishdi, 23-modda meni himoya qiladimi?",
])
def test_a_danger_that_asks_the_documents_gets_the_answer_after_the_block(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.entry is not None
