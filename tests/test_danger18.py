"""Dangers and odd replies of the eighteenth session (issue 7 item 5): a release held back by
whoever holds someone ("hasnt let him leave", "isnt letting us leave", «не дают уйти»,
'ketishimizga ruxsat bermayapti') and a passport kept ("keeps his passport") get the
protection block; a trip a parent holds back ("my parents are not letting me go to korea")
does not."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # issue 7 item 5, gap 1: the held-back release and the passport, each alone and together
    "the boss hasnt let him leave the site and keeps his passport",
    "the boss hasnt let him leave the site",
    "the foreman keeps his passport in the office",
    "not letting me leave",
    "the boss isnt letting us leave the dorm at night",
    "my husbands boss has not let him leave the farm for a month",
    "they arent letting my brother go home",
    "the owner wont let my wife see a doctor",
    "хозяин не даёт нам уйти со стройки",
    "бригадир не дает брату уйти, паспорта у него",
    "brigadir bizni uyga ketishimizga ruxsat bermayapti",
    "xoʻjayin akamni ishdan ketishga qoʻymayapti",
    "pasportlarimiz unda, chiqishga ruxsat berishmayapti",
    "бригадир бизни уйга кетишимизга рухсат бермаяпти",
    "хўжайин акамни ишдан кетишга қўймаяпти",
])
def test_a_release_held_back_or_a_passport_kept_is_a_danger(answerer: Answerer,
                                                              message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # gap 6: a parent holding a trip back, in every script
    "my parents are not letting me go to korea",
    "my mom is not letting me go to study abroad, how can i convince her",
    "родители не отпускают меня учиться в корею",
    "мама не отпускает меня в россию",
    "ota-onam Koreyaga ketishimga ruxsat bermayapti",
    "онам Россияга кетишимга рухсат бермаяпти",
    # ... and the past "didnt let", as before (review s17 finding 2)
    "my mother didnt let me go abroad. what are the positive effects of migration",
])
def test_a_trip_a_parent_holds_back_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # ... but not when someone else holds, a boss is named, what is held is leaving the
    # house, or another danger is told
    "my father says they are not letting my brother go",
    "my mothers boss is not letting her go",
    "my father wont let me leave the house",
    "my parents are not letting me go, they took my passport",
    "they are not letting my brother go home, my parents are worried",
    "отец говорит, что хозяин не отпускает брата",
    "onamning xoʻjayini uyga ketishiga ruxsat bermayapti",
])
def test_a_release_held_back_by_anyone_else_stays_a_danger(answerer: Answerer,
                                                           message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # gap 3: a fire and someone hurt, more than a trigger's gap apart, in every script
    "there was a fire, my brother is in hospital",
    "there was a big fire yesterday and my little brother is now in hospital, what should we do",
    "flames everywhere last night and now my cousin has burns",
    "вчера случился пожар, мой младший брат теперь лежит в больнице",
    "kecha yongʻin chiqdi, ukam hozir shifoxonada yotibdi",
    "кеча катта ёнғин бўлди, акам ҳозир касалхонада ётибди",
    # a fire of the wild that befalls the writer or someone close stays a danger
    "лесной пожар рядом с нашей деревней, помогите",
    "в лесу пожар, мой брат там",
])
def test_a_fire_that_hurt_someone_close_is_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # gap 2: a fire of the wild as a topic
    "лесной пожар",
    "лесные пожары и экологическая миграция",
    "лесной пожар в сибири, сколько людей переселили",
    "oʻrmonda yongʻin boʻldi, migratsiya haqida",
    "oʻrmon yongʻini va ekologik migratsiya",
    "ўрмонда ёнғин бўлди, экологик миграция нима",
    # ... and firing those hurt at work
    "they fire people who get hurt at work, is it legal",
])
def test_a_fire_of_the_wild_or_a_firing_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # gap 4: what the writer does not want, alone, is a statement: no greeting, no entry
    "i dont want to live in russia",
    "i do not want to live in korea",
    "i dont want to live in kazakhstan anymore",
    "i dont want to work in russia anymore",
    "i dont want to go back to kazakhstan",
    "не хочу жить в россии",
    "не хочу больше жить в россии",
    "не хочу больше работать в россии",
    "Rossiyada yashagim kelmayapti",
    "Rossiyada ishlashni xohlamayman",
    "Россияда яшагим келмаяпти",
    # gap 5: a clause of question words alone asks of the clause before it, not of an entry
    "shu sumkani olib ketgim keladi, mumkinmi",
    "шу сумкани олиб кетгим келади, мумкинми",
])
def test_a_statement_is_met_as_one(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "abstain"


@pytest.mark.parametrize("message", [
    # ... while not wanting to live at all keeps the protection block
    "i dont want to live anymore",
    "жить не хочу",
    "endi yashashni istamayman hech narsa kerak emas",
])
def test_not_wanting_to_live_keeps_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
