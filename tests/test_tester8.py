"""The eighth session's tester's findings (issue 7), in every language and script (Uzbek
Latin, Uzbek Cyrillic proper and typed on a Russian keyboard, Russian in both alphabets,
English): the tester's messages and variants of them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.answers import Answerer
from bot.lints import urgent_folds
from bot.phrasebook import PhraseBook
from bot.text import break_lines, fold, spell


@pytest.mark.parametrize("message", [
    # words that fold like a trigger word: "costs", «соц» like "sos"; "carried" like
    # "scared"; «дед» like "died"
    "what are the costs and benefits of migration", "remittance costs",
    "Migration costs and benefits for Uzbekistan", "Is the course free or does it have costs?",
    "какая соц поддержка для мигрантов", "соц защита семей мигрантов",
    "soc zashchita semey migrantov", "соц. помощь вернувшимся мигрантам",
    "What reforms were carried out in 2017?", "migrants carried money home, how much in 2024?",
    "мой дед работал в России, что такое диаспора", "бобом ва дедим Россияда ишлаган",
    # a negative verb or a fear without its object: "won't give a visa", "we can't find
    # work", "I'm afraid of flying"
    "Germaniya viza bermayapti, kelishuv nima haqida",
    "bank kredit bermayapti, pul o'tkazmalari nimaga sarflanadi",
    "Германия виза бермаяпти, келишув нима ҳақида",
    "банк кредит бермаяпти, пул утказмалари нимага сарфланади",
    "boshliq ruxsat bermayapti ta'tilga, migrantlar huquqlari qanday",
    "ish topolmayapmiz, migrantlar asosan qaysi davlatlarga ketishadi",
    "бу ҳақида маълумот тополмаяпмиз, миграциянинг шакллари қандай",
    "бу хакида маълумот тополмаяпмиз, миграциянинг шакллари кандай",
    "я боюсь летать, что такое шенген", "ya boyus letat, chto takoe shengen",
    "I'm afraid I don't understand what goal 86 means",
    "imtihondan qoʻrqaman, diaspora nima",
    "в какой срок надо сделать регистрацию, а то боюсь штрафа", "jarimadan qoʻrqaman",
    # "missing" of a thing, not of a person
    "what is missing in the law on migration", "which data is missing in the report",
])
def test_an_ordinary_word_is_no_danger(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "SOS", "sos!", "СОС", "sos, pasportimni olib qo'yishdi", "I am scared for my life",
    "I am scared, my boss took my passport", "I am afraid for my life",
    "боюсь за свою жизнь", "my brother died in Russia",
    "3 oydan beri ish haqimni bermayapti", "хужайин пулимни бермаяпти",
    "ҳужайин пулимни бермаяпти", "ikki oydan beri oylik berishmayapti",
    "xoʻjayin pasportimni bermayapti", "bizga ovqat berishmayapti",
    "singlim bir oydan beri yoʻq, uni topolmayapmiz", "акамни тополмаяпмиз",
    "hayotim uchun qoʻrqaman",
])
def test_a_danger_with_its_object_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a fear or a refusal with any object, or none (review s8: the object lists missed these)
    "Xoʻjayinimdan qoʻrqaman", "Xojayinimdan qorqaman", "Хўжайинимдан қўрқаман",
    "Хожайинимдан коркаман", "Brigadirdan qo'rqaman", "Politsiyadan qo'rqaman",
    "Боюсь бригадира", "Боюсь за брата", "Боюсь выйти на улицу", "Boyus brigadira",
    "I'm afraid of my manager", "I'm afraid to go outside", "we are scared, the boss beats us",
    "I'm scared of the police", "Боюсь полиции", "Akamiz yo'qoldi topolmayapmiz",
    # «бьёт» written with ё, as «бьет»
    "Хозяин меня бьёт", "Меня бьёт бригадир", "Муж бьёт меня",
])
def test_a_fear_or_a_refusal_alone_is_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("word", "trigger"), [
    ("costs", "sos"), ("соц", "sos"), ("carried", "scared"), ("дед", "died"),
])
def test_spelling_keeps_apart_what_fold_joins(word: str, trigger: str) -> None:
    assert fold(word) == fold(trigger) and spell(word) != spell(trigger)


@pytest.mark.parametrize("text", ["Ўзбекистон 2024да, 14.8 млрд!", "Pasportimni olib qo'yishdi",
                                  "x-y 23-modda", "соц. помощь"])
def test_spelling_splits_as_folding_does(text: str) -> None:
    assert len(spell(text).split()) == len(fold(text).split())


def test_short_and_listed_triggers_are_matched_as_spelt() -> None:
    book = PhraseBook({"urgent": ["sos", "scared for my life", "dead", "паспорт забрали"],
                       "urgent_spelt": ["scared"]})
    assert set(book.spelt) == {"sos", "sared", "dead"}  # "dead": four letters
    assert book.spelt["sared"] == {"scared"}


@pytest.mark.parametrize(("message", "entry"), [
    ("My phone broke. What is the Schengen Agreement?", "coop-schengen"),
    ("Telefonim buzildi. Shengen kelishuvi nima?", "coop-schengen"),
    ("У меня сломался телефон. Что такое шенгенское соглашение?", "coop-schengen"),
    ("U menya slomalsya telefon. Chto takoe shengenskoe soglashenie?", "coop-schengen"),
    ("Телефоним бузилди. Шенген келишуви нима?", "coop-schengen"),
    ("Телефоним бузулди. Шенген келишуви нима?", "coop-schengen"),
    ("My brother calls me on the phone every week. What problems do Uzbeks face abroad?",
     "abroad-problems"),
    ("Onam bilan har kuni telefonda gaplashaman. Davlat migrant oilalariga qanday yordam "
     "beradi?", "abroad-family-support"),
    ("I send money every month using an app on my phone. What do families spend remittances "
     "on?", "remit-uses"),
    ("I paid a fee to an agency last year. What is the Agency for External Labour Migration?",
     "org-agency"),
    ("Bank komissiyasi katta. 2024 yilda migrantlar jami qancha pul o'tkazgan?",
     "remit-2024-total"),
    ("Moskvada ijara narxi juda qimmat. Umuman migrantlar chet elda qanday muammolarga duch "
     "keladi?", "abroad-problems"),
    ("Мой адрес Ташкент, Чиланзар. Что говорит 23 статья конституции?", "law-article-23"),
])
def test_a_detail_told_is_not_asked(answerer: Answerer, message: str, entry: str) -> None:
    """A practical word (phone, fee, rent) in a sentence that only tells is no detail asked."""
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize("message", [
    "My family needs money. Can I get a loan?",
    "Mening oilam qiynalyapti. Kredit olsam boʻladimi?",
    "Менга пул керак. Агентликнинг телефон раками канака?",
    "Семье нужны деньги. Какой телефон у агентства по внешней трудовой миграции?",
])
def test_a_detail_asked_is_still_asked(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "answer"


@pytest.mark.parametrize(("spelt", "flagged"), [
    ([], ["sared"]), (["scared"], []),
])
def test_check_names_a_trigger_that_a_common_word_folds_to(spelt: list[str],
                                                           flagged: list[str]) -> None:
    """"carried" folds to "sared" like "scared" (and "costs" to "sos", but short one-word
    triggers are matched as spelt anyway); «умер» spelt "umer" is the trigger itself."""
    kb = SimpleNamespace(phrases={"urgent": ["sos", "scared", "умер", "passport taken"],
                                  "urgent_spelt": spelt}, entries={})
    problems = urgent_folds(kb, {"doc": "costs were carried out, the scared, umer; passport"})
    assert [p.message.split("“")[1].split("”")[0] for p in problems] == flagged
    assert all(p.kind == "urgent-fold" for p in problems)


@pytest.mark.parametrize(("message", "first", "also"), [
    ("сколько денег перевели мигранты в 2024 году\nчто за соглашение с Германией",
     "remit-2024-total", "coop-germany-2024"),
    ("1) сколько денег перевели мигранты в 2024 году 2) что за соглашение с Германией",
     "remit-2024-total", "coop-germany-2024"),
    ("Здравствуйте!\n\nУ меня два вопроса:\n1) сколько денег перевели мигранты в 2024 году\n"
     "2) что за соглашение с Германией", "remit-2024-total", "coop-germany-2024"),
    ("how much money did migrants send in 2024\nwhat is the agreement with Germany",
     "remit-2024-total", "coop-germany-2024"),
    ("2024 yilda migrantlar qancha pul yuborgan\nGermaniya bilan kelishuv nima",
     "remit-2024-total", "coop-germany-2024"),
    ("2024 йилда мигрантлар қанча пул юборган\nГермания билан келишув нима",
     "remit-2024-total", "coop-germany-2024"),
    ("2024 йилда мигрантлар канча пул юборган\nГермания билан келишув нима",
     "remit-2024-total", "coop-germany-2024"),
])
def test_a_line_break_ends_a_question(answerer: Answerer, message: str, first: str,
                                      also: str) -> None:
    """Two questions on two lines without "?" are both answered: the first, and the other
    as "you also asked"."""
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None
    assert reply.match.also is not None
    assert {reply.entry.id, reply.match.also.entry_id} == {first, also}


@pytest.mark.parametrize(("text", "broken"), [
    ("a\nwhat b", "a; what b"), ("a.\nwhat b", "a. what b"), ("a:\n1) b\n2. c", "a:; b; c"),
    ("1) a 2) b", "a ; b"), ("статья 23. Что", "статья 23. Что"), ("a)b 2024)", "a)b 2024)"),
    # a sentence wrapped by hand stays one (review s8: each half was answered alone)
    ("a\nb", "a b"), ("what is\nb", "what is b"),
    ("Что говорит\nс Германией", "Что говорит с Германией"),
    # ... unless a line that asked is followed by a capital
    ("what is a\nB c", "what is a; B c"), ("a b\nB c", "a b B c"),
])
def test_line_breaks_and_list_markers_end_sentences(text: str, broken: str) -> None:
    assert break_lines(text, frozenset({fold("what"), fold("что")})) == broken


@pytest.mark.parametrize(("message", "entry"), [
    ("Germaniya bilan\nkelishuv nima haqida", "coop-germany-2024"),
    ("What problems do\nmigrants face abroad", "abroad-problems"),
    ("Что говорит соглашение\nс Германией?", "coop-germany-2024"),
    ("Германия билан\nкелишув нима ҳақида", "coop-germany-2024"),
])
def test_a_question_wrapped_by_hand_stays_one(answerer: Answerer, message: str,
                                               entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry
    assert reply.match.also is None


@pytest.mark.parametrize("message", [
    # someone close silent
    "сын уехал в Россию месяц назад и не звонит", "syn uehal v Rossiyu i ne zvonit",
    "my son went to Korea and has not called for a month",
    "akam bilan 10 kundan beri aloqa yo'q", "акам билан 10 кундан бери алоқа йўқ",
    "акам билан 10 кундан бери алока йук",
    "erim 2 oydan beri pul ham jo'natmayapti, telefon ham qilmayapti",
    "эрим 2 ойдан бери телефон ҳам қилмаяпти",
    # a torn contract, thrown onto the street, nowhere to sleep
    "mehnat shartnomasini yirtib tashlashdi va ko'chaga haydashdi",
    "меҳнат шартномасини йиртиб ташлашди ва кўчага ҳайдашди",
    "мехнат шартномасини йиртиб ташлашди ва кучага хайдашди",
    "they tore up my contract and threw me on the street",
    "порвали контракт и выгнали на улицу", "porvali kontrakt i vygnali na ulitsu",
    "I have nowhere to sleep tonight", "мне негде ночевать",
    "yotishga joyim yo'q, ko'chada qoldim", "ётишга жойим йўқ, кўчада қолдим",
    # brought by deceit; ran off with the money
    "мени алдаб олиб келишди энди кетолмайман", "meni aldab olib kelishdi",
    "brigadir puldi olib qochdi", "бригадир пулимизни олиб қочди",
])
def test_a_danger_said_indirectly_is_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "почему агентство не звонит мне по поводу работы", "what is the homeless rate among migrants",
    "pul olib qochish jinoyatmi", "shartnoma nima", "how do I sign a labour contract",
    "на улице холодно, что такое шенген", "ko'chada ishlash mumkinmi",
])
def test_the_words_of_an_indirect_danger_in_a_question(answerer: Answerer,
                                                       message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize(("message", "entry"), [
    ("what are the costs and benefits of migration", "concept-positive-effects"),
    ("What are the social costs of migration?", "concept-negative-effects"),
])
def test_costs_of_migration_ask_no_price(answerer: Answerer, message: str, entry: str) -> None:
    """"costs and benefits", "social costs" ask no price: they are the documents' effects
    (``practical_not``). "remittance costs", once pinned here to what remittances are, asks
    the price of sending money: ``tests/test_review8.py``."""
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize("message", [
    "how much does the professional training cost", "what are the costs of the training course",
    "сколько стоит обучение перед отъездом", "ketishdan oldin oʻqish narxi qancha",
    "кетишдан олдин ўқиш нархи қанча",
])
def test_a_price_is_still_asked(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "answer"


@pytest.mark.parametrize(("message", "entry"), [
    ("какая соц поддержка для мигрантов", "abroad-family-support"),
    ("соц выплаты по страховке мигрантам", "strategy-insurance-support"),
    ("соц гарантии мигрантам по указу УП-5785", "decree-up-5785"),
])
def test_soc_is_no_price_asked(answerer: Answerer, message: str, entry: str) -> None:
    """«соц» folds as "costs" does: an entry's ``not_covered`` "costs" made «какая соц
    поддержка» a near miss quoting "costs" (tester s8, retest finding 11). The entries keep
    "cost" and "costs of", which no Russian message folds to."""
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry.id if reply.entry else None) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("hi there whats the role of diasporas", "diaspora-role"),
    ("hello whats the agreement with germany", "coop-germany-2024"),
    ("добрый день чё за договор с германией", "coop-germany-2024"),
    ("привет чё за соглашение с германией", "coop-germany-2024"),
])
def test_a_spoken_question_word_asks_beside_a_greeting(answerer: Answerer, message: str,
                                                       entry: str) -> None:
    """"whats" and «чё» ask: the sentence beside the greeting is answered, not greeted."""
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry
