"""Real messages the bot mishandled (fix17, issue 7, left16 items 2 and 5): a fire where
people are is a danger as a class, whatever the place (a container, a trailer, a wagon, a
factory), people inside, living or sleeping there, or a call for help, in every script and
word order; a fire told as news beside a question raises no alarm."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.triggerforms import with_slots


@pytest.mark.parametrize("message", [
    # a place where people live, sleep or work, beside a fire word, either way round
    "the container where we live is on fire", "our trailer is burning",
    "the place we sleep is on fire", "fire at the factory, my friend is inside",
    "our workshop is burning people inside", "we live in a wagon on the site and it is burning",
    "fire in the container we sleep in", "the factory is on fire and my brother is inside",
    "контейнер где мы живем горит", "вагончик горит помогите", "горит цех, там люди",
    "на складе пожар, друг внутри", "kontejner gde my zhivem gorit",  # Russian in Latin letters
    "vagonchada yashaymiz, u yonyapti", "vagonchamiz yonyapti", "konteynerimiz yonyapti",
    "zavodda yongʻin, doʻstim ichkarida", "omborda olov, odamlar ichida qolib ketdi",
    "вагончамиз ёняпти", "контейнеримиз ёнаяпти",  # uz-Cyrl, both keyboards
    "заводда ёнғин, дўстим ичкарида", "заводда ёнгин, дустим ичкарида",
    "zavodda yonģin, doʻstim ichkarida",  # the new alphabet: ğ for gʻ
    # we are burning, help
    "yonayapmiz yordam", "yonayapmiz", "ёнаяпмиз ёрдам", "ёнаяпмиз ердам",
    "yonyapmiz yordam bering", "мы горим помогите", "we are burning help",
])
def test_a_fire_where_people_are_gets_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # fire news with a question: dated, or a fire word alone told as happened
    ("fire broke out in the market last year, what is the IOM", "org-iom"),
    ("there was a fire at the market, what is the IOM", "org-iom"),
    ("in 2022 a fire broke out at the market, what is the IOM", "org-iom"),
    ("в прошлом году на рынке был пожар, что такое МОМ", "org-iom"),
    ("на рынке был пожар, что такое МОМ", "org-iom"),
    ("o'tgan yili bozorda yong'in bo'lgan, XMT nima", "org-ilo"),
    ("ўтган йили бозорда ёнғин бўлган, ХМТ нима", "org-ilo"),
    ("bozorda yongʻin boʻldi, XMT nima", "org-ilo"),
    # a fire in another sense, or lit on purpose
    ("there is a fire of war in the world, why do people migrate", "concept-causes"),
    ("uyimizda olov yoqdik, issiq, XMT nima", "org-ilo"),
    ("в доме камин горит, что такое МОМ", "org-iom"),
    ("issiqdan yonayapmiz, XMT nima", "org-ilo"),
    # a place of work told, no fire
    ("zavodda ishlayman, pul o'tkazmalari nima", "remit-definition"),
    ("we live in a container, what is the IOM", "org-iom"),
])
def test_fire_news_or_another_sense_beside_a_question_raises_no_alarm(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "Rossiyada katta yongʻin boʻldi, migrantlar qancha pul yubordi",
    "the building company wants to fire me, what rights do i have",
    "what is a burning issue for migrants at home",
])
def test_fire_words_in_news_or_another_sense_raise_no_alarm(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # a fire where people are, told as happened, keeps the block; so does one asking nothing
    "yotoqxonada yongʻin boʻldi, hujjatlarim yonib ketdi",
    "в общежитии был пожар, документы сгорели, что делать",
    "вчера был пожар, брат в больнице",
])
def test_a_fire_where_people_are_told_as_happened_keeps_the_block(answerer: Answerer,
                                                                   message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("phrases", "words", "made"), [
    (["<place> <fire>"], {"<place>": {"en": ["hut"], "uz": ["uy"]},
                          "<fire>": {"en": ["fire", "burning"], "uz": ["yonyapti"]}},
     ["hut fire", "hut burning", "uy yonyapti"]),  # two slots: one language's words
    (["<fire> inside", "beats <someone>"], {"<fire>": {"en": ["fire"], "ru": ["горит"]},
                                             "<place>": {}},
     ["fire inside", "горит inside", "beats <someone>"]),  # others stay as written
    (["<place> <fire>"], {"<place>": {}, "<fire>": {"en": ["fire"]}}, []),  # no places
])
def test_slots_stand_for_their_words(phrases: list[str],
                                     words: dict[str, dict[str, list[str]]],
                                     made: list[str]) -> None:
    assert with_slots(phrases, words) == made


@pytest.mark.parametrize(("message", "entry"), [
    # a judgement asked is no definition (left16 item 5): the effects are offered
    ("whats bad about migration", "concept-negative-effects"),
    ("what's bad about migration", "concept-negative-effects"),
    ("whats wrong with migration", "concept-negative-effects"),
    ("what is bad about labour migration", "concept-negative-effects"),
    ("whats good about migration", "concept-positive-effects"),
    ("what is good about migration", "concept-positive-effects"),
    ("что плохого в миграции", "concept-negative-effects"),
    ("migratsiyaning yomon tomoni nima", "concept-negative-effects"),
    ("миграциянинг ёмон томони нима", "concept-negative-effects"),
])
def test_a_judgement_asked_offers_the_effects(answerer: Answerer, message: str,
                                              entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind in ("answer", "clarify")
    assert reply.match.candidates[0].entry_id == entry


@pytest.mark.parametrize("message", [
    # cannot leave the house because of snow, illness, a quarantine: no danger
    "qor koʻp, uydan chiqa olmayapman, pul oʻtkazmalari nima", "uydan chiqolmayapman kasalman",
    "uydan chiqolmayapman, karantin", "kasal bo'lib uydan chiqa olmayapman",
    "қор кўп, уйдан чиқа олмаяпман", "уйдан чиқолмаяпман, касалман",
    "уйдан чикомаяпман касалман",  # Russian keyboard
    "i cant leave the house, it is snowing", "i cant leave the house, im sick",
])
def test_cannot_leave_for_a_harmless_reason_raises_no_alarm(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # ... kept in, locked in, or with no reason given, it stays a danger
    "uydan chiqolmayapman", "yotoqxonadan chiqolmayapmiz", "i can't leave the house",
    "bizni uyda qulflab qo'yishdi, uydan chiqa olmayapman",
    "uydan chiqolmayapmiz, eshik qulflangan", "xonadan chiqolmayapmiz, eshikni ochishmayapti",
    "qor yogʻyapti, xo'jayin bizni xonadan chiqarmayapti",
    "bizni yotoqxonada qulflab qoʻyishgan, kasal boʻlsak ham chiqolmayapmiz",
])
def test_kept_in_stays_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "lang"), [
    # the wish not to live, in the writer's language and script
    ("yashashni xohlamayman", "uz"), ("yashashni istamayman", "uz"),
    ("yashashni hohlamayman", "uz"), ("яшашни истамайман", "uz-Cyrl"),
    ("яшашни хохламайман", "uz-Cyrl"),
])
def test_a_wish_not_to_live_gets_the_line_in_the_writers_language(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.self_harm) == ("urgent", lang, True)


@pytest.mark.parametrize("message", [
    # ... but not wanting to live in a place is told, no wish to die
    "men Rossiyada yashashni xohlamayman", "Koreyada yashashni istamayman",
])
def test_not_wanting_to_live_in_a_place_raises_no_alarm(answerer: Answerer,
                                                        message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # XMT is the ILO in Uzbek, as the thesaurus and every labelled line read it (its answer
    # names the IOM beside it): what it does for migrants offers the ILO first, in both scripts
    "XMT migrantlar uchun nima qiladi", "ХМТ мигрантлар учун нима қилади",
])
def test_the_uzbek_abbreviation_of_the_ilo_offers_the_ilo(answerer: Answerer,
                                                         message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind in ("answer", "clarify")
    assert reply.match.candidates[0].entry_id == "org-ilo"


@pytest.mark.parametrize("message", [
    # blind17's dangers missed, as classes: stranded with no money for a ticket home; kept in,
    # a passport kept, in the perfect ("hasnt let her go")
    "im in istanbul with no money at all, cant buy a ticket home, help",
    "застрял в стамбуле без денег, не могу купить билет домой",
    "pulim tugadi istanbul aeroportida qolib ketdim uyga bilet olishga pul yoq",
    "aeroportda qolib ketdim, bilet olishga pulim yoʻq",
    "аэропортда қолиб кетдим, билет олишга пулим йўқ",
    "аэропортда колиб кетдим, билет олишга пулим йук",
    "my wifes employer in almaty hasnt let her go outside for two weeks and keeps her passport",
    "he keeps her passport", "the boss hasnt let us go out for a week",
])
def test_blind17s_dangers_get_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "ну всё, спасибо, до связи", "до связи", "ok thanks, talk later",
])
def test_a_farewell_greets(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


@pytest.mark.parametrize("message", [
    # blind17's practical details, as classes, in every script: a medical test, a bank to send
    # through, taxis, the writer's employment contract, a passport renewed, the richest man
    "do i need a tb test to work in korea", "нужна ли медсправка для работы в корее",
    "nuzhen li medosmotr dlya raboty v koree", "koreyada ishlash uchun tibbiy koʻrik kerakmi",
    "Корея учун тиббий кўрикдан ўтиш керакми",
    "можно сейчас перевести деньги из россии в узбекистан через сбер?",
    "can i send money through sberbank",
    "is it true russia will ban migrants from working in taxis", "в такси работают мигранты?",
    "россияда иш берувчи билан мехнат шартномаси кандай тузилади",
    "иш берувчи билан меҳнат шартномаси қандай тузилади",
    "how do i sign an employment contract with an employer in russia",
    "как заключить трудовой договор с работодателем в россии",
    "kak zaklyuchit trudovoy dogovor s rabotodatelem",
    "pasport muddati tugasa chet elda qanday yangilanadi",
    "паспорт муддати тугаса чет элда кандай янгиланади",
    "how to renew my passport abroad", "как продлить паспорт за границей",
    "Дунёдаги энг бой одам ким", "самый богатый человек в мире кто",
])
def test_blind17s_practical_details_abstain(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    # ... while the documented questions with those words stay answered
    ("what did the 2017 reforms change for passports", "law-2017-reforms"),
    ("Oʻzbekiston qaysi davlatlar bilan mehnat shartnomalari tuzgan", "coop-bilateral-agreements"),
    ("какие трудовые договоры заключил узбекистан с другими странами",
     "coop-bilateral-agreements"),
])
def test_the_documented_questions_beside_them_stay_answered(answerer: Answerer, message: str,
                                                            entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # to die, as written: its apostrophe or ў, or a Russian keyboard's у
    "oʻlsam yaxshi", "o'lsam yaxshi edi", "ўлсам яхши эди", "улсам яхши эди", "oʻlgim keladi",
    "o'lgim kelyapti", "ўлгим келяпти", "улгим келяпти", "oʻlib ketsam yaxshi",
])
def test_a_wish_to_die_as_written_gets_the_line(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.self_harm) == ("urgent", True)


@pytest.mark.parametrize("message", [
    # ... while to take, to buy folds alike and raises no alarm; nor does a denial
    "yangi telefon olgim keladi", "uy olgim keladi, ipoteka bormi", "sovgʻa olsam yaxshi",
    "тўйга нима совга олсам яхши", "mashina olib ketsam yaxshi boʻlardi",
    "oʻlgim kelmaydi, XMT nima", "ўлгим келмайди",
])
def test_to_take_or_a_denial_raises_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", ["хуш кечангиз", "xush kechangiz", "xayrli kechqurun"])
def test_good_evening_in_uzbek_greets(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


@pytest.mark.parametrize("message", [
    # migrants counted by sex, age or schooling: no document gives a share
    "how many uzbek migrants are women", "what percentage of uzbek migrants are women",
    "сколько женщин среди узбекских мигрантов", "chet elda nechta ozbek ayoli ishlaydi",
    "мигрантларнинг нечтаси аёллар", "ўзбек мигрантлари орасида ёшлар неча фоиз",
    "ozbek migrantlarining necha foizi oliy malumotli",
])
def test_migrants_counted_by_sex_age_or_schooling_abstain(answerer: Answerer,
                                                          message: str) -> None:
    assert answerer.ask(message).kind == "abstain"


@pytest.mark.parametrize(("message", "kind", "entry"), [
    # ... but the Strategy's 400,000 so counted is its near miss, and women migrants' problems
    # (no count) are answered
    ("how many of the 400,000 are women", "clarify", "strategy-organised-migration"),
    ("400 минг кишидан нечтаси аёллар бўлади", "clarify", "strategy-organised-migration"),
    ("сколько женщин будет среди 400 тысяч, которых отправят по стратегии", "clarify",
     "strategy-organised-migration"),
    ("what problems do women migrants face", "answer", "abroad-problems"),
])
def test_the_strategys_figure_or_no_count_is_not_demography(answerer: Answerer, message: str,
                                                            kind: str, entry: str) -> None:
    found = answerer.ask(message).match
    assert (found.decision, found.candidates[0].entry_id) == (kind, entry)
    assert (found.near_miss is not None) == (kind == "clarify")
