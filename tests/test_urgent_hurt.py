"""A fire told as happened, in a message that asks, is news ('Rossiyada katta yongʻin boʻldi,
migrantlar qancha pul yubordi'), unless the message says someone was hurt by it: then it is
the writer's danger and keeps the protection block (``urgent_hurt``; review s17 finding 1:
«вчера был пожар, брат в больнице, что делать?» had lost the block once it asked)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "вчера был пожар, брат в больнице, что делать?",
    "был пожар, брат обгорел, куда обращаться?",
    "vchera byl pozhar, brat v bolnice, chto delat?",
    "yongʻin boʻldi, akam kasalxonada, nima qilamiz",
    "yong'in bo'ldi, akam kasalxonada, nima qilamiz",
    "ёнғин бўлди, акам касалхонада, нима қиламиз",
    "ёнгин булди, акам касалхонада, нима киламиз",
    "kecha yongʻin boʻldi, ukam kuyib qoldi, qayerga murojaat qilay",
    "кеча ёнғин бўлди, укам куйиб қолди, қаерга мурожаат қилай",
    "kecha yonğin boldi, ukam kuyib qoldi, qayerga murojaat qilay",
    "fire at our place yesterday, my friend got burned, who can help",
    "there was a fire, brother in hospital, what do we do",
])
def test_a_fire_that_hurt_someone_keeps_the_block_though_the_message_asks(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    ("на рынке был пожар, что такое МОМ", "org-iom"),
    ("bozorda yongʻin boʻldi, XMT nima", "org-ilo"),
    ("there was a fire at the market, what is the IOM", "org-iom"),
])
def test_news_without_anyone_hurt_stays_news(answerer: Answerer, message: str,
                                             entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # someone close who "did not let me go" abroad, or a ticket for a trip not yet bought, is
    # everyday: no danger (review s17 finding 2)
    "my mother didnt let me go abroad. what are the positive effects of migration",
    "my wife did not let me go to russia this year, how much did migrants send in 2024",
    "the embassy didnt let us go without a visa, what is the schengen agreement",
    "i cant afford a ticket to korea yet, how does organised migration work",
    "bilet olishga pul kerak bo'lsa davlat yordam beradimi qaytgan migrantlarga",
    "не могу купить билет в корею, как уехать по оргнабору",
])
def test_a_trip_held_back_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "my wifes employer in almaty hasnt let her go outside for two weeks and keeps her passport",
    "the employer is not letting my brother go, he keeps his passport",
    "the boss hasnt let him go and keeps his passport",
    "the boss is not letting us go home",
    "im stuck in moscow, cant buy a ticket home, no money",
    "pulim tugadi, aeroportda qolib ketdim, uyga bilet olishga pul yo'q",
    "застрял в аэропорту без денег, не могу купить билет домой",
])
def test_stranded_or_kept_in_keeps_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
