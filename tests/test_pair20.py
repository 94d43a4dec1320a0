"""The effects cluster (pair20, issue 7): what migration is good for in general, for the
country that takes migrants in and for the country they leave; its harm, its kinds, its
climate form and its place in international relations. The entries shared everyday words
("what does a country gain", «польза стране», 'nima foyda'), and the neighbour with the
generic phrasing won with a clear lead. Each entry now has the everyday phrasings its users
write, and the host and home country have more of their everyday names ('mezbon davlat',
'migrantlar keladigan davlat', «страна, из которой люди едут»). The rows marked main:
what main did with them."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    # the good of migration in general (main: abstained, but the English row)
    ("so is migration a good thing, what are its upsides", "concept-positive-effects"),
    ("в чём плюс переезда людей из страны в страну", "concept-positive-effects"),
    ("odamlar davlatdan davlatga ko'chib yursa nimasi yaxshi", "concept-positive-effects"),
    ("одамлар давлатдан давлатга кўчиб юрса нимаси яхши", "concept-positive-effects"),
    # what the country migrants leave gets (main: the Strategy, the state's support abroad)
    ("what does a poor country gain when its citizens work abroad", "concept-sending-effects"),
    ("какая польза стране, которая отправляет людей работать за границу",
     "concept-sending-effects"),
    ("ishchi yuboradigan mamlakatlarga migratsiyadan qanday foyda bor", "concept-sending-effects"),
    ("ишчи юборадиган мамлакатларга миграциядан кандай фойда бор", "concept-sending-effects"),
    # what the country that takes them in gets (main: did you mean, reintegration)
    ("what does a country gain from taking in workers from abroad", "concept-receiving-effects"),
    ("migrantlar ko'p keladigan mamlakat nima yutadi", "concept-receiving-effects"),
    ("мезбон давлатга мигрантлар нима беради", "concept-receiving-effects"),
    ("четдан келган ишчилар қабул қилган мамлакатга нима фойда беради",
     "concept-receiving-effects"),
    # its harm and dangers, not illegal migration alone (main: trafficking, did you mean)
    ("migratsiya davlatga qanday xavf tug'diradi", "concept-negative-effects"),
    ("миграция давлатга қандай хавф туғдиради", "concept-negative-effects"),
    ("чем миграция опасна для общества", "concept-negative-effects"),
    ("какие издержки у миграции", "concept-negative-effects"),
    # migration in diplomacy, not the diaspora's role (main: the diplomats' entry)
    ("how does migration affect foreign policy and diplomacy", "concept-migration-in-ir"),
    ("как миграция влияет на дипломатию", "concept-migration-in-ir"),
    ("migratsiyaning diplomatiyadagi o'rni", "concept-migration-in-ir"),
    ("миграциянинг дипломатиядаги ўрни", "concept-migration-in-ir"),
    # moving after a disaster is a kind of migration: which kind (main: did you mean)
    ("what kind of migration is leaving home after a natural disaster", "concept-environmental"),
    # what forces people to leave: the causes, not the climate's (main: did you mean)
    ("odamlarni vatanini tashlab ketishga nima majbur qiladi", "concept-causes"),
    ("одамларни ватанини ташлаб кетишга нима мажбур қилади", "concept-causes"),
])
def test_each_effect_answers_its_own_everyday_question(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the neighbours keep their own questions
    ("what do you call the money migrants send back home", "remit-definition"),
    ("как называют деньги, которые мигранты присылают домой", "remit-definition"),
    ("how is migration good for a country", "concept-positive-effects"),
    ("what does the uzbek diaspora do for foreign policy", "diaspora-role"),
    ("diaspora tashqi siyosatda qanday rol o'ynaydi", "diaspora-role"),
    ("why is illegal migration a threat to security", "concept-illegal-trafficking"),
    ("why do canada and australia let migrants in", "coop-developed-countries"),
    ("how do host countries help newcomers fit in", "abroad-integration"),
])
def test_the_neighbours_keep_their_own(answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


def test_a_greeting_asking_if_anyone_is_there_stays_a_greeting(answerer: Answerer) -> None:
    # "anyone" once met a benefits phrasing ("is migration good for anyone at all")
    assert answerer.ask("hello there, anyone here?").kind == "greeting"
