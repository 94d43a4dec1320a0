"""Real messages the bot mishandled (fix16, issue 7): a fire where one lives is a danger in
every script and word order, while "nowhere to go" for leisure raises no alarm (review s15
finding 13); a practical "how do I send money" or "how do I get a job there" abstains in
every script (finding 8); a grant is study abroad only beside study, and a year beside a
paper asks that year's reform (finding 15)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # a fire where one lives: a dwelling and a fire word, either way round (review s15 13)
    "our dormitory is on fire help", "the dormitory is burning", "fire in our dormitory",
    "there is a fire in our hostel", "our dorm is burning", "the apartment is on fire",
    "our building is burning", "a fire broke out at the hostel",
    "общежитие горит", "горит общежитие, что делать", "в общежитии пожар",
    "у нас в общаге загорелась комната", "квартира горит", "obshejitiye gorit",
    "yotoqxonada yongʻin", "yotoqxonada yong'in", "yotoqxonamiz yonyapti", "uyimiz yonyapti",
    "yotoqxonaga oʻt ketdi, yordam bering",
    "ётоқхонада ёнғин", "ётоқхонамиз ёняпти", "ётокхонада ёнгин",  # uz-Cyrl, both keyboards
    "yotoqxonada yonģin",  # the new alphabet: ğ for gʻ
    # ... and homelessness keeps it
    "i have nowhere to go tonight, no money", "мне некуда идти, денег нет",
    "boradigan joyim yoʻq", "hech qayerga boradigan joyim yoʻq, pulim yoʻq",
])
def test_a_fire_where_one_lives_and_homelessness_get_the_block(answerer: Answerer,
                                                               message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # "nowhere to go" for leisure is no homelessness; the question is answered
    ("nowhere to go for holidays, what is schengen", "coop-schengen"),
    ("nowhere to go for the holidays, what is schengen", "coop-schengen"),
    ("некуда идти вечером, что такое шенген", "coop-schengen"),
    ("на выходных некуда идти, что такое шенген", "coop-schengen"),
    ("dam olish kunlari boradigan joyim yoʻq, shengen nima", "coop-schengen"),
    # a fire in a year past is news, in Uzbek as in Russian
    ("в 2022 году был пожар на рынке, что такое МОМ", "org-iom"),
    # "engineer" folds like 'yongʻin' and is no fire
    ("engineers in germany, what is the deal", "coop-germany-2024"),
    # a lamp on, fire insurance (review s16 finding 1)
    ("в общежитии горит свет всю ночь, что такое МОМ", "org-iom"),
    ("в комнате загорелся свет, что такое шенген", "coop-schengen"),
    ("yotoqxonada chiroq yonib turadi, XMT nima", "org-ilo"),
    # money arrived on a card is told, not asked (review s16: 'kartaga pul' had been listed)
    ("kartaga pul tushdi, pul oʻtkazmalari nima", "remit-definition"),
    ("house fire insurance for migrants, is there any", "strategy-insurance-support"),
    ("does the state insure migrants against a house fire", "strategy-insurance-support"),
])
def test_everyday_words_beside_a_question_raise_no_alarm(answerer: Answerer, message: str,
                                                         entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "2022 yilda bozorda yongʻin boʻlgan, XMT nima", "how many uzbek engineers work abroad",
    "kechqurun boradigan joy yoʻq", "burning issue of building cooperation between countries",
    "the building company wants to fire me, what rights do i have",
    "ётоқхонада чироқ ёниб турибди", "kvartirada chiroq yonib turibdi",
    "yongʻin xavfsizligi qoidalari",
])
def test_everyday_words_alone_raise_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # sending money oneself, the Uzbek first person in any form (review s15 finding 8)
    "koreyadan oʻzbekistonga pul qanday oʻtkazaman",
    "koreyadan o'zbekistonga pul qanday o'tkazaman",
    "кореядан ўзбекистонга пул қандай ўтказаман", "кореядан узбекистонга пул кандай утказаман",
    "qanday qilib pul oʻtkazsam boʻladi", "Rossiyadan onamga pulni qanday qilib yuboraman",
    "туркиядан уйга пулни қандай жўнатамиз", "koreyadan oʻzbekistonga pul qanday oʻtkazişim mumkin",
    "how do i send money from korea to uzbekistan", "как перевести деньги из кореи в узбекистан",
    # a tax on money sent, a card, in Uzbek as in English and Russian (review s16 finding 15)
    "pul oʻtkazmalariga soliq bormi", "пул ўтказмаларига солиқ борми",
    "пул утказмаларига солик борми", "karta orqali pul yuborsam boʻladimi",
    "is there a tax on remittances",
    # getting a job somewhere, in every script
    "как устроиться на работу в Германию", "kak ustroitsya na rabotu v germaniyu",
    "как устроиться работать в Корею водителем", "how do i get a job in germany",
    "germaniyada qanday ishga joylashaman", "германияда қандай ишга жойлашаман",
    "германияда кандай ишга жойлашаман", "Turkiyada qanday ishga joylashsam boʻladi",
    # a grant to study abroad
    "how do i get a grant to study abroad", "студенческий грант в Германии как получить",
    "chet elda oʻqish uchun grant qayerdan topsa boʻladi",
])
def test_a_practical_ask_abstains_in_every_script(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    # the documented questions with the same words stay answered
    ("migrantlar 2024 yilda qancha pul oʻtkazdi", "remit-2024-total"),
    ("мигрантлар 2024 йилда қанча пул ўтказди", "remit-2024-total"),
    ("what is the agreement with germany", "coop-germany-2024"),
    ("Germaniya bilan qanday kelishuv bor", "coop-germany-2024"),
    ("как помогают тем, кто вернулся с заработков, устроиться на работу или открыть своё дело",
     "strategy-reintegration"),
    ("қайтган мигрантларни ишга жойлаш режаси борми", "strategy-reintegration"),
    # a grant for a returning migrant's business is the Strategy's reintegration (finding 15)
    ("does the state give grants to returning migrants to start a business",
     "strategy-reintegration"),
    ("гранты для вернувшихся мигрантов на бизнес", "strategy-reintegration"),
    ("granty dlya vernuvshihsya migrantov na biznes", "strategy-reintegration"),
    ("qaytgan migrantlarga biznes uchun grant beriladimi", "strategy-reintegration"),
    ("қайтган мигрантларга бизнес учун грант бериладими", "strategy-reintegration"),
    ("кайтган мигрантларга бизнес учун грант бериладими", "strategy-reintegration"),
    # a year beside a paper asks that year's reform
    ("visa 2017", "law-2017-reforms"), ("pasport 2017", "law-2017-reforms"),
])
def test_a_documented_question_with_those_words_is_answered(answerer: Answerer,
                                                            message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", ["visa", "виза", "pasport", "test test 123", "visa 12"])
def test_a_paper_alone_or_beside_a_number_that_is_no_year_is_vague(answerer: Answerer,
                                                                    message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.vague) == ("abstain", True)


@pytest.mark.parametrize("message", [
    # what trafficking is and how to get out of it: the writer may be in it («что такое
    # трафикинг и как оттуда уйти» abstained)
    "что такое трафикинг и как оттуда уйти", "что такое трафикинг, как оттуда выбраться",
    "chto takoe trafiking i kak ottuda uyti", "what is trafficking and how to get out",
    "odam savdosi nima va undan qanday qutulaman", "одам савдоси нима ва ундан қандай қутуламан",
])
def test_asking_the_way_out_of_a_danger_gets_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # a verb after 'men' is no introduction: 'men qaytaman' (I am coming back) asks with it
    ("men qaytaman, qanday yordam bor", "strategy-reintegration"),
    ("мен қайтаман, қандай ёрдам бор", "strategy-reintegration"),
    ("мен кайтаман, кандай ердам бор", "strategy-reintegration"),
    # what the documents say about a subject they cover is answered
    ("what do the documents say about remittances", "remit-definition"),
    ("что говорится в документах о переводах", "remit-definition"),
    ("hujjatlarda pul oʻtkazmalari haqida nima deyilgan", "remit-definition"),
    ("qaysi oʻzbek olimlari migratsiyani oʻrgangan", "concept-uz-scholars"),
])
def test_a_told_verb_or_a_documents_request_is_asked(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    # an introduction still greets (not wanting to live in a place no longer does: it is a
    # statement, tests/test_danger18.py, issue 7 item 5)
    ("men onaman", "uz"), ("men talabaman", "uz"), ("мен онаман", "uz-Cyrl"),
])
def test_an_introduction_greets(answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry) == ("greeting", lang, None)


@pytest.mark.parametrize("message", [
    # what the documents say about what they never speak of: no greeting, no answer
    "what do the documents say about police", "what do the documents say about death",
    "что говорится в документах о смерти", "что сказано в документах о футболе",
    "politsiya haqida hujjatlarda nima deyilgan",
    # 'olim' is a scholar and death ('oʻlim') with its ʻ folded away
    "oʻlim haqida hujjatlarda nima deyilgan", "ўлим ҳақида ҳужжатларда нима дейилган",
])
def test_what_the_documents_say_of_nothing_they_cover_abstains(answerer: Answerer,
                                                               message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize("message", [
    # blind16's misses by class: a practical detail no document gives (taxes, an office's
    # hours, a certificate, a state fee, a transfer limit, today's rate, a trade barred)
    "is there a tax on remittances in uzbekistan", "есть ли налог на переводы из россии",
    "pul oʻtkazmalariga soliq solinadimi", "чет элда ишлаб келган одамга солиқ имтиёзи борми",
    "what time does the uzbek consulate in moscow open",
    "во сколько открывается консульство в москве", "konsullik soat nechada ochiladi",
    "справку о несудимости где взять для работы в корее",
    "chet elga ishga ketish uchun sudlanmaganlik haqida spravka qayerdan olinadi",
    "госпошлина за загранпаспорт сколько", "хорижий паспорт олиш учун давлат божи қанча",
    "лимит перевода с карты на карту в узбекистан",
    "kartadan rossiyaga pul o'tkazishda limit qancha", "exchange rate ruble sum now",
    "kurs hozir qancha rubl soʻmga",
    "is it true migrants cant work as taxi drivers in russia anymore",
    "Rossiyada taksist boʻlib ishlasa boʻladimi",
    # a request for something else beside small talk is no greeting
    "anekdot aytib ber zerikdim",
    # tune's misses of the same class: a tax on money sent, a paper's making, agencies to
    # trust, a translation
    "is there tax on money i send to my mother", "how long does it take to get a passport",
    "чет элда туғилган болага гувоҳнома қандай олинади",
    "chet el pasportini necha kunda tayyorlashadi", "свидетельство о рождении ребенку в россии",
    "chet elga ishga jo'natadigan ishonchli agentliklar ro'yxatini bering",
    "дайте список агентств по трудоустройству за границей",
    "can you translate my work contract from korean",
])
def test_blind16s_practical_details_abstain(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    # ... while the documented questions with those words stay answered
    ("pul oʻtkazmalari soʻm kursiga qanday taʼsir qiladi", "remit-currency"),
    ("how do remittances affect the exchange rate", "remit-currency"),
    ("what share of gdp are remittances", "remit-2024-total"),
])
def test_the_documented_rate_and_share_stay_answered(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # people locked in, in Uzbek (blind16b), as in Russian and English
    "бизни ётоқхонада қулфлаб қўйишган чиқолмаяпмиз", "meni xonaga qulflab qoʻyishdi",
    "bizni qulflab qoʻyishdi", "бизни кулфлаб куйишган", "нас заперли в общежитии",
    "they locked us in the hostel",
])
def test_people_locked_in_get_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "eshikni qulflab qoʻydim, XMT nima", "kechasi eshikni qulflab qoʻyamiz",
])
def test_the_writer_who_locks_raises_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # someone held at the police, in Uzbek as in Russian
    "ukam politsiyada", "укам полицияда", "akam politsiyada nima qilay", "men politsiyadaman",
    "брат в полиции, что делать", "my brother is at the police station",
    "my brother is at the police, help", "my husband is at the police since yesterday",
])
def test_someone_held_at_the_police_gets_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # ... but the police asked about as a subject raises no alarm
    "что говорится в документах о полиции", "расскажите о полиции",
    "politsiya haqida hujjatlarda nima deyilgan",
    # ... nor someone who works there (review s16 finding 18)
    "akam politsiyada ishlaydi, XMT nima", "акам полицияда ишлайди, ХМТ нима",
    "я работаю в полиции, что такое МОМ", "i work at the police station, what is the IOM",
])
def test_the_police_as_a_subject_raises_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"
