"""A danger told in another Uzbek tense than its trigger's (blind11b): "ukamni urishibdi"
(they beat my brother, as heard), "pasportimni olib qoʻyishgan" (they have taken my
passport) are "urdi", "olib qoʻydi" in the perfect and as heard (``bot.triggerforms``)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.triggerforms import with_other_forms
from tests.test_dangers10 import made


@pytest.mark.parametrize(("phrase", "others"), [
    ("qamab qoʻydi", ["qamab qoʻyishdi", "qamab qoʻyibdi", "qamab qoʻyishgan",
                      "qamab qoʻyishibdi"]),
    # ... not the perfect of one, which is also a participle ("urgan" finds "Urganch")
    ("urdi", ["urishdi", "uribdi", "urishgan", "urishibdi"]),
    # ... nor a past told as heard already
    ("ushlab turibdi", ["ushlab turibishdi"]),
    # a negated past: "bermadi" (did not pay), "bermagan", "bermabdi"
    ("maosh bermadi", ["maosh berishmadi", "maosh bermagan", "maosh bermabdi",
                       "maosh berishmagan", "maosh berishmabdi"]),
    # a root that ends in a vowel is heard in "-bdi": "aldabdi"
    ("aldashdi", ["aldadi", "aldashgan", "aldashibdi", "aldabdi"]),
])
def test_an_uzbek_past_is_also_told_in_the_perfect_and_as_heard(phrase: str,
                                                                others: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *made(phrase, others)]


@pytest.mark.parametrize("message", [
    "ukamni ishxonada urishibdi, hujjati yo'q politsiyaga borolmaymiz",
    "ukamni urishibdi", "ukamni urishgan", "akamni xo'jayini uribdi",
    "укамни ишхонада уришибди", "укамни уришган", "акамни хўжайини урибди", "ukamni urishdi",
    "pasportimni olib qo'yishgan", "pasportimni olib qoyibdi", "паспортимни олиб қўйишибди",
    "ish haqimni berishmagan", "xo'jayin meni qamab qo'ygan", "хўжайин мени қамаб қўйган",
    "хужайин мени камаб куйибди", "Salom aka, ukamni Rossiyada urishibdi, nima qilay",
])
def test_an_uzbek_danger_in_another_tense_gets_the_protection_reply(answerer: Answerer,
                                                                    message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # the same tenses of everyday verbs stay questions
    "migrantlar qancha pul jo'natgan", "2024-yilda qancha pul kelgan",
    "Germaniya bilan shartnoma qachon imzolangan", "akam Rossiyada ishlab qolgan",
    "qizim uyda qolibdi", "ишлаб турган мигрантлар сони",
    # the perfect of one is a participle too (review s11): Urgench, a hurricane, a past death
    "Urganchdan Rossiyaga ishga ketdim", "Урганчдан кетган мигрантлар сони",
    "Urganchdan kelgan migrantlar", "ukam urganchda yashaydi", "urganch",
    "ukamni Urganchga yubordim", "укамни Урганчга юбордим",
    "ураган в Москве", "Toshkentda uragan bo'ldi", "otam 2019 da vafot etgan, onam pensiyada",
    "отам 2019 да вафот этган, онам пенсияда",
])
def test_everyday_verbs_in_those_tenses_are_no_danger(answerer: Answerer,
                                                      message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    # a debt to work off before leaving or getting the passport back
    "хозяин говорит пока долг не отработаешь домой не поедешь",
    "говорит пока не отработаешь долг паспорт не получишь",
    "hozyain aytadi qarzingni uzmaguningcha ketolmaysan",
    "хўжайин қарзингни ишлаб бермагунча уйга кетолмайсан деяпти",
    "хужайин карзингни ишлаб бермагунча уйга кетолмайсан деяпти",
    # locked in at night, phones taken
    "we sleep 20 people in one container and they lock the gate at night",
    "they take our phones at night and lock the door",
    "bizni vagonchada saqlashyapti, darvoza qulf", "бизни вагончада сақлашяпти, дарвоза қулф",
    # a recruiter who wants the passport, money up front, or money to come back
    "Salom! Rossiyaga ishga olib boramiz, hujjatsiz, pasportingizni bizga topshirasiz, 500$ "
    "oldindan. Ishonchli ekanmi?",
    "a recruiter wants my passport and 800 dollars upfront for a job in Dubai, is this normal?",
    "my sister went to Dubai for a cleaning job, now the agency says she must pay 3000 dollars "
    "to come back",
    # taken abroad and out of reach
    "qizimni turmushga beramiz deb Turkiyaga olib ketishdi, endi u bilan gaplasha olmayapmiz",
    "қизимни турмушга берамиз деб Туркияга олиб кетишди, энди у билан гаплаша олмаяпмиз",
    "сын третий день не отвечает на телефон, он в Казани на стройке",
    # someone close unconscious in hospital
    "мужа положили в больницу в Москве, он без сознания", "muzh v bolnice bez soznaniya v moskve",
    "erim Moskvada kasalxonada, hushsiz yotibdi", "эрим Москвада касалхонада, ҳушсиз ётибди",
    "эрим Москвада касалхонада, хушсиз ётибди", "my husband is unconscious in a hospital in Moscow",
    # an entry ban at the airport
    "в аэропорту Домодедово не пускают, говорят запрет въезда, что делать",
    # a relative without papers
    "akam Rossiyada, hujjatlari yo'q, nima qilsin", "акам Россияда, ҳужжатлари йўқ, нима қилсин",
    "брат в России без документов, что ему делать",
    "my brother is in Russia without papers, what should he do",
    # wages withheld beside a question: the block, then the answer
    "Ishdan haydashdi, pul ham berishmadi. Qaytgan migrantlarga qanday yordam bor?",
    # harassment by the boss; a child made to work
    "boshliq menga yopishyapti, ishdan haydayman deydi agar rozi bo'lmasam",
    "бошлиқ менга ёпишяпти, рози бўлмасам ишдан ҳайдайман дейди",
    "14 yoshli ukamni qurilishda ishlatishyapti", "14 ёшли укамни қурилишда ишлатишяпти",
])
def test_a_danger_told_as_a_situation_gets_the_protection_reply(answerer: Answerer,
                                                                message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # the same words asked about, or of no danger (review s11 finding 5)
    "unconscious bias in migration research", "pul oldindan o'tkaziladimi",
    "what rights do migrants without documents have",
    "can migrants without papers send money home",
    "мигранты без документов это нелегальная миграция?",
    "сколько мигрантов работает без документов", "hujjatlari yo'q migrantlar soni qancha",
    "do migrants have to pay to return home", "what is an entry ban",
    "как узнать есть ли запрет на въезд в Россию", "otam menga pul bermadi",
    "bank kredit uchun pul bermadi", "акам бу ой пул бермади",
    "can we take our phones on the plane",
    "Agentlikka oldindan pul to'lash kerakmi", "migrantlar uchun reanimatsiya bepulmi",
    "долг страны и денежные переводы",
])
def test_those_words_in_a_question_of_no_danger_say_none(answerer: Answerer,
                                                         message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "Ishxonada meni kamsitishyapti, millatim uchun haqorat qilishadi",
    "Ишхонада мени камситишяпти, миллатим учун ҳақорат қилишади",
    "на работе унижают из-за национальности, называют чуркой",
    "my boss humiliates me because of my nationality",
])
def test_discrimination_at_work_gets_what_the_documents_say_on_protection(
        answerer: Answerer, message: str) -> None:
    """Not the danger block: insults and discrimination are rights violated (``rights``)."""
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and reply.match.rights
    assert {e.id for e in reply.choices} == {e.id for e in answerer.protection}
