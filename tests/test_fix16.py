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
])
def test_everyday_words_beside_a_question_raise_no_alarm(answerer: Answerer, message: str,
                                                         entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "2022 yilda bozorda yongʻin boʻlgan, XMT nima", "how many uzbek engineers work abroad",
    "kechqurun boradigan joy yoʻq", "burning issue of building cooperation between countries",
])
def test_everyday_words_alone_raise_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # sending money oneself, the Uzbek first person in any form (review s15 finding 8)
    "koreyadan oʻzbekistonga pul qanday oʻtkazaman", "koreyadan o'zbekistonga pul qanday o'tkazaman",
    "кореядан ўзбекистонга пул қандай ўтказаман", "кореядан узбекистонга пул кандай утказаман",
    "qanday qilib pul oʻtkazsam boʻladi", "Rossiyadan onamga pulni qanday qilib yuboraman",
    "туркиядан уйга пулни қандай жўнатамиз", "koreyadan oʻzbekistonga pul qanday oʻtkazişim mumkin",
    "how do i send money from korea to uzbekistan", "как перевести деньги из кореи в узбекистан",
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
