"""This session's tester's findings for fix13 (tester s13 items 1-8, 24, 28 and the 17:15
re-test): dangers said in other words, in the scripts they were missed in; self-harm said
other ways opens the block with the human line; a definition of a danger word offers the
protection entries as a "did you mean" (no complaint text); thanks in one sentence and the
next subject in the next ("Спасибо! А теперь про 23 статью") asks it."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.wording import CLARIFY, RIGHTS


@pytest.mark.parametrize(("message", "lang"), [
    ("singlimni Dubayga ofitsiantlikka deb olib ketishdi, hozir boshqa ish qildirishyapti",
     "uz"),
    ("синглимни Дубайга официантликка деб олиб кетишди, ҳозир бошқа иш қилдиришяпти",
     "uz-Cyrl"),
    ("сестру увезли в Дубай якобы официанткой, а там заставляют другим заниматься", "ru"),
    ("ishxonada yong'in chiqdi, o'rtog'im kuyib ketdi, nima qilamiz", "uz"),
    ("на работе пожар, друг обгорел, что делать", "ru"),
    ("there was a fire at work and my friend got burned", "en"),
    ("хозяин сказал уйдёшь — убью", "ru"), ("у меня забрали жену и требуют выкуп", "ru"),
    ("брат в СИЗО без адвоката, язык не знает", "ru"),
    ("politsiya meni olib ketib, pul bermasang qamaymiz dedi", "uz"),
    ("полиция мени олиб кетиб пул бермасанг камаймиз деди", "uz-Cyrl"),
    ("три дня не ел денег нет работы нет", "ru"),
    ("haven't eaten in three days, no money, no job", "en"),
    ("выгнали с работы и из общаги, ночую на вокзале", "ru"),
    ("I got fired and kicked out of the hostel, sleeping at the station", "en"),
    ("qo'rqyapman, har kecha kimdir orqamdan yuradi", "uz"),
    ("қўрқяпман, ҳар кеча кимдир орқамдан юради", "uz-Cyrl"),
    ("нас кинули на деньги, бригадир уехал", "ru"), ("nas kinuli na dengi, uehal brigadir", "ru"),
    ("my friend dead at work they say dont call police", "en"),
    ("4 oydan beri maosh berilmayapti, ishdan haydashdi", "uz"),
    ("4 oydan beri maoş berilmayapti", "uz"), ("oylik to'lanmadi", "uz"),
    ("men urildim", "uz"), ("ukam qamaldi", "uz"), ("ukam ushlandi", "uz"),
    ("hujjatlarim tortib olindi", "uz"), ("ҳужжатларим тортиб олинди", "uz-Cyrl"),
    ("onam Turkiyada ishlaydi, pasporti xo'jayinda", "uz"),
    ("онам Туркияда ишлайди, паспорти хўжайинда", "uz-Cyrl"),
    ("my mother works in Turkey and the boss has her passport", "en"),
    ("xotinim Dubayda, qaytolmayapti", "uz"),
])
def test_a_danger_said_otherwise_gets_the_block(answerer: Answerer, message: str,
                                                lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang) == ("urgent", lang)


@pytest.mark.parametrize(("message", "lang"), [
    ("I see no point going on, I'm sick of everything", "en"),
    ("nobody would care if i disappeared", "en"),
    ("не вижу смысла дальше, всё надоело", "ru"),
    ("davom etishdan ma'no ko'rmayapman, hammasidan charchadim", "uz"),
    ("hech kimga keragim yo'q, yo'q bo'lib ketsam yaxshi", "uz"),
    ("ҳеч кимга керагим йўқ, йўқ бўлиб кетсам яхши", "uz-Cyrl"),
])
def test_self_harm_said_otherwise_gets_the_line(answerer: Answerer, message: str,
                                                lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.self_harm) == ("urgent", lang, True)


@pytest.mark.parametrize("message", [
    "не вижу смысла в этой стратегии", "I'm sick of waiting, what is the Schengen agreement",
])
def test_no_self_harm_in_a_point_or_a_wait(answerer: Answerer, message: str) -> None:
    assert not answerer.ask(message).match.self_harm


@pytest.mark.parametrize(("message", "lang"), [
    ("what is deportation", "en"), ("majburiy mehnat nima", "uz"),
    ("что такое принудительный труд", "ru"), ("мажбурий меҳнат нима?", "uz-Cyrl"),
])
def test_a_danger_word_defined_offers_protection_without_the_complaint_text(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.choices, reply.note) == ("clarify", answerer.protection, "")
    assert translator(lang)(RIGHTS)[:20] not in translator(lang)(CLARIFY)


@pytest.mark.parametrize(("message", "entry"), [
    ("спасибо! а теперь про 23 статью", "law-article-23"),
    ("rahmat! endi 23-modda haqida", "law-article-23"),
    ("thank you! now about article 23", "law-article-23"),
    ("Раҳмат! Энди Шенген ҳақида", "coop-schengen"),
])
def test_thanks_then_a_sentence_turning_to_a_subject_asks_it(answerer: Answerer,
                                                             message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "Спасибо. Теперь мой брат работает в Москве", "thanks! now I understand everything",
])
def test_thanks_then_a_sentence_that_tells_is_still_thanks(answerer: Answerer,
                                                           message: str) -> None:
    assert answerer.ask(message).kind == "greeting"
