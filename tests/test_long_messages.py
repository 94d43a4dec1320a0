"""Long friendly messages whose question carries words that ask nothing of the documents
(tester6 finding 7): "Menga qiziq: ... hujjatlarda nima deyilgan? Oldindan katta rahmat"
abstained at 50 while its Russian twin was answered. "I am curious", "what do the documents
say" and "in general" are set aside in every language, as "please" is."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

SPENDING = [
    # Uzbek Latin, with each apostrophe form and none
    "Assalomu alaykum hurmatli jamoa. Men Farg'ona viloyatidan, uch yildan beri "
    "Sankt-Peterburgda qurilishda ishlayman. Har oy uyga pul jo'nataman, xotinim uni bolalar "
    "o'qishiga va uyni ta'mirlashga sarflaydi. Qishlog'imizda deyarli hamma shunday. Menga "
    "qiziq: umuman olganda oilalar bu pullarni asosan nimaga sarflaydi, hujjatlarda nima "
    "deyilgan? Oldindan katta rahmat.",
    "Assalomu alaykum. Men Fargʻonadanman, Qozonda ishlayman. Har oy uyga pul joʻnataman. "
    "Menga qiziq: umuman olganda oilalar bu pullarni nimaga sarflaydi, hujjatlarda nima "
    "deyilgan? Rahmat.",
    "Salom. Men Fargonadanman, Qozonda ishlayman. Menga qiziq: oilalar bu pullarni nimaga "
    "sarflaydi, hujjatlarda nima deyilgan? Oldindan rahmat",
    # Uzbek Cyrillic, proper and on a Russian keyboard
    "Ассалому алайкум. Мен Фарғонаданман, Қозонда ишлайман. Менга қизиқ: умуман олганда "
    "оилалар бу пулларни нимага сарфлайди, ҳужжатларда нима дейилган? Олдиндан раҳмат.",
    "Ассалому алайкум. Мен Фарғонаданман, Козонда ишлайман. Менга кизик: умуман олганда "
    "оилалар бу пулларни нимага сарфлайди, хужжатларда нима дейилган? Олдиндан рахмат.",
    # Russian, also typed in Latin letters, and mixed
    "Здравствуйте. Я из Ферганы, работаю в Казани. Мне интересно: на что в целом семьи "
    "тратят эти деньги, что говорится в документах? Заранее спасибо.",
    "Zdravstvuyte. Ya iz Fergany, rabotayu v Kazani. Mne interesno: na chto v tselom semi "
    "tratyat eti dengi? Spasibo.",
    "Salom. Men Qozonda ishlayman. Mne interesno: oilalar pul o'tkazmalarini nimaga "
    "sarflaydi? Rahmat",
    # English
    "Hello team. I am from Fergana and work in Kazan. I am curious: in general, what do "
    "families spend this money on, what do the documents say? Thanks a lot.",
]


@pytest.mark.parametrize("message", SPENDING)
def test_a_long_message_is_answered_by_its_question(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", "remit-uses")


@pytest.mark.parametrize("phrase", [
    "menga qiziq", "hujjatlarda nima deyilgan", "umuman olganda", "мне интересно",
    "что говорится в документах", "в целом", "i am curious", "what do the documents say",
    "in general", "менга қизиқ", "ҳужжатларда нима дейилган", "хужжатларда нима дейилган",
])
def test_words_that_ask_nothing_of_the_documents_are_set_aside(matcher: Matcher,
                                                               phrase: str) -> None:
    """Alone, they leave nothing to match: only politeness and the like."""
    reading = matcher.reader.read(phrase)
    assert reading.set_aside and not reading.parts


RUNON_2024 = [
    # a voice message typed out, no punctuation (tester6 N2): the story right before the
    # question weighed it down to 41; read also tightly around its asking word
    "salom aka ishlaringiz yaxshimi men hozir moskvadaman ishdan keldim charchadim lekin "
    "bir narsa qiziq bo'ldi bizlar o'tgan yili hammamiz qo'shib qancha pul jo'natganmiz "
    "o'zbekistonga 2024 yilda shuni aytib bering iltimos",
    "salom aka men hozir moskvadaman ishdan keldim charchadim lekin bir narsa qiziq boldi"
    " bizlar otgan yili hammamiz qoshib qancha pul jonatganmiz ozbekistonga 2024 yilda "
    "shuni aytib bering",
    "салом ака ишларингиз яхшими мен ҳозир москвадаман ишдан келдим чарчадим лекин бир "
    "нарса қизиқ бўлди бизлар ўтган йили ҳаммамиз қўшиб қанча пул жўнатганмиз "
    "ўзбекистонга 2024 йилда шуни айтиб беринг илтимос",
    "салом ака ишларингиз яхшими мен хозир москвадаман ишдан келдим чарчадим лекин бир "
    "нарса кизик булди бизлар утган йили хаммамиз кушиб канча пул жунатганмиз "
    "узбекистонга 2024 йилда шуни айтиб беринг илтимос",
    "привет брат как дела я сейчас в москве пришёл с работы устал но вот интересно стало "
    "мы все вместе сколько денег отправили в узбекистан в 2024 году скажи пожалуйста",
    "hi bro how are you i am in moscow now just came from work tired but i got curious "
    "all of us together how much money did we send to uzbekistan in 2024 tell me please",
]


@pytest.mark.parametrize("message", RUNON_2024)
def test_a_run_on_is_answered_by_the_words_around_its_question(matcher: Matcher,
                                                               message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", "remit-2024-total")
