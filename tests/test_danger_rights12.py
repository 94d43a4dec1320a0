"""Dangers asked as a rights question, ethnic insults at work and "who do I call" (fix12,
items 1 and 5: tester s11 findings 6, 41, 53), in every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # "is my employer allowed to ...?" asked by the one it happens to: the act in its
    # infinitive or verbal noun is the danger, not a question of law
    "is my employer allowed to take my passport?", "can my employer not pay me?",
    "is it legal for my boss not to pay me?", "is my employer allowed not to pay my salary?",
    "работодатель имеет право забрать паспорт?",
    "имеет ли работодатель право не платить зарплату?",
    "имеет ли право работодатель удерживать паспорт?",
    "имеет ли право работодатель не выплачивать зарплату?",
    "ish beruvchi pasportimni olib qoʻyishga haqlimi",
    "ish beruvchi pasportimni olib qoyishga haqlimi",
    "ish beruvchi pasportni olishi mumkinmi?", "ish beruvchi maosh toʻlamaslikka haqlimi?",
    "ish beruvchi pasportimni ushlab turishga haqqi bormi?",
    "иш берувчи паспортимни олиб қўйишга ҳақлими",
    "иш берувчи паспортимни олиб куйишга хаклими",
    "иш берувчи ойлигимни бермасликка ҳақлими", "иш берувчи паспортни олиши мумкинми?",
    "иш берувчи маош тўламасликка ҳақлими?", "иш берувчи маош туламасликка хаклими?",
])
def test_a_danger_asked_as_a_rights_question_gets_the_protection_block(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent"


@pytest.mark.parametrize("message", [
    # getting a passport, paying for one, taxes: no one takes anything
    "pasport olish uchun qanday hujjatlar kerak", "паспорт олиш учун нима керак",
    "how do I get a passport", "как получить загранпаспорт",
    "do migrants have to pay taxes", "должны ли мигранты платить налоги",
    "migrantlar soliq toʻlashi kerakmi",
])
def test_a_passport_obtained_or_a_tax_paid_is_no_danger(answerer: Answerer,
                                                        message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    # ethnic insults at work in other words: what the documents say on protection
    "my boss calls me ethnic slurs at work", "the foreman insults me because I am Uzbek",
    "coworkers call me racist names",
    "начальник оскорбляет меня по национальности", "на работе меня называют чуркой",
    "бригадир унижает меня за то что я узбек",
    "xoʻjayin meni millatim uchun soʻkadi", "ishda meni oʻzbekligim uchun kamsitishadi",
    "хўжайин мени миллатим учун сўкади", "хужайин мени миллатим учун сукади",
    "ишда мени ўзбеклигим учун камситишади",
])
def test_ethnic_insults_at_work_get_what_the_documents_say_on_protection(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.match.rights
    assert {e.id for e in reply.choices} == {e.id for e in answerer.protection}


@pytest.mark.parametrize(("message", "lang"), [
    # whom to call, alone or after thanks: no phone number, the protection entries
    ("who do I call", "en"), ("who do I call?", "en"), ("thanks! who do I call?", "en"),
    ("thanks but who do I call?", "en"),
    ("куда звонить", "ru"), ("куда звонить?", "ru"), ("спасибо! куда звонить?", "ru"),
    ("спасибо, а куда звонить?", "ru"),
    ("kimga qoʻngʻiroq qilay", "uz"), ("kimga qo'ng'iroq qilay?", "uz"),
    ("kimga qongiroq qilay", "uz"), ("rahmat! kimga qoʻngʻiroq qilay?", "uz"),
    ("кимга кўнғироқ қилай", "uz-Cyrl"), ("кимга кунгирок килай", "uz-Cyrl"),
    ("рахмат! кимга кўнғироқ қилай?", "uz-Cyrl"), ("рахмат, кимга кунгирок килай?", "uz-Cyrl"),
])
def test_who_do_i_call_gets_what_the_documents_say_on_protection(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify" and reply.match.rights and reply.lang == lang
    assert {e.id for e in reply.choices} == {e.id for e in answerer.protection}
    assert "migration.uz" in reply.note
    # ... in the message's language («кимга кўнғироқ қилай» got the English text in Cyrillic)
    english = answerer.ask(message, lang="en").note
    assert (reply.note == english) == (lang == "en")
    assert lang != "uz-Cyrl" or "Ҳужжатларда" in reply.note
