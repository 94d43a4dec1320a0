"""Urgent messages the sixth session's tester found missed (its findings 1, 2 and 5b), and
ordinary questions with the same words that stay questions, in every language and script
(uz Latin with and without apostrophes, Uzbek Cyrillic proper and typed on a Russian keyboard,
Russian in both alphabets, English)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.phrases import PhraseIndex
from bot.plaintext import plain_text
from bot.wording import AGENCY_SITE, WHAT_NOW


@pytest.mark.parametrize("message", [
    'pasportimni olishdi',
    'паспортимни олишди',
    'ҳужжатларимни олишди',
    'хужжатларимни олишди',
    'hujjatlarimni olishgan',
    'ish beruvchi pasportimni olgan',
    'иш берувчи паспортимни олган',
    'паспортимни олиб қўйишди',
    'паспортимни олиб куйишди',
    'pasportmni olib qoyishdi',
    'pasportimni yoqotdim',
    'паспортимни йўқотдим',
    'паспортимни йукотдим',
    'паспортим йўқолди',
    'паспортим йуколди',
    'pasportimni ogirlashdi',
    'паспортимни ўғирлашди',
    'паспортимни угирлашди',
    'pasportim xojayinda',
    'паспортим хўжайинда',
    'паспортим хужайинда',
    'паспорт у бригадира',
    'мой паспорт у хозяина',
    'паспорт у работодателя',
    'pasport u brigadira',
    'my passport is with my employer',
    'бригадир забрал документы',
    'brigadir zabral dokumenty',
    'hujjatlarimni brigadir oldi',
    'ҳужжатларимни бригадир олди',
    'хужжатларимни бригадир олди',
    'у меня украли паспорт',
    'u menya ukrali pasport',
    'my passport was stolen',
    'xojayin oylikni bermasdan qochib ketdi',
    'хўжайин ойликни бермасдан қочиб кетди',
    'хужайин ойликни бермасдан кочиб кетди',
    'хозяин сбежал не заплатив нам',
    'the boss ran away without paying us',
    'menga qarzdorsan deb ishlatishyapti',
    'менга қарздорсан деб ишлатишяпти',
    'менга карздорсан деб ишлатишяпти',
    'заставляют отрабатывать долг',
    'they say I owe a debt and must work it off',
    'my friend is a victim of trafficking',
    'моя сестра жертва торговли людьми',
    'I am trapped',
    'menga tahdid qilishyapti',
    'менга таҳдид қилишяпти',
    'менга тахдид килишяпти',
    'politsiya pul sorayapti',
    'полиция пул сўраяпти',
    'полиция пул сураяпти',
    'полиция требует деньги',
    'the police demand money',
    'я не хочу жить',
    'мне страшно',
    'ya ne hochu zhit',
    'ўзимни ўлдирмоқчиман',
    'узимни улдирмокчиман',
    'yashagim kelmayapti',
    'яшагим келмаяпти',
    'I want to kill myself',
    # danger in more everyday words (tester s12 findings 2-8, 23, 31, 43), in every script
    'коллега угрожает ножом', "hamkasbim pichoq bilan qo'rqitdi", 'ҳамкасбим пичоқ билан қўрқитди',
    'хамкасбим пичок билан куркитди', 'a coworker threatened me with a knife',
    'работодатель сказал паспорт побудет у него для надёжности',
    "ish beruvchi pasportimni saqlab qo'yaman dedi", 'иш берувчи паспортимни сақлаб қўяман деди',
    "ish va'da qilishgan edi, kelsam boshqa ish, pul ham yo'q, pasport ham ularda",
    "politsiya har kuni to'xtatib pul oladi", 'полиция ҳар куни тўхтатиб пул олади',
    'полиция хар куни тухтатиб пул олади', 'менты каждый день трясут деньги',
    'the police take money from us every day', 'policeman takes money from me every day',
    'qizimni Turkiyada klubda ishlashga majburlashyapti', 'meni Rossiyadan chiqarib yuborishmoqchi',
    'мени Россиядан чиқариб юборишмоқчи',
    'бригадир уже третий месяц кормит завтраками, денег нет',
    'the foreman ran away with our wages', 'прораб сбежал с нашими деньгами',
    'укамни милиция ушлаб кетди',
    "my daughter calls crying, they won't let her come back from Dubai",
    "qizim qo'ng'iroq qilib yig'laydi, qaytishga ruxsat berishmayapti",
    'отравился на работе химией, к врачу не везут', "bizni chiqishga qo'yishmaydi",
    'ukamni armiyaga majburan olib ketishmoqchi', 'укамни армияга мажбуран олиб кетишмоқчи',
    'брата заставляют подписать контракт с армией', 'полицейский порвал мой патент',
    "menga qo'l ko'tarishdi", 'менга қўл кўтаришди', 'на меня подняли руку',
    'he has no money to come back', 'ahvolim juda yomon', 'аҳволим жуда ёмон', 'мне очень плохо',
    'у меня депрессия', 'depressiyadaman',
    # ... and in the words people use for it (tester s12 finding 1), in every script
    'I want to end it all', "I can't take it anymore, I want to end it",
    'i feel like killing myself', 'no reason to live', 'I will jump off the roof',
    'хочу всё закончить', 'покончу со всем этим', 'жить надоело',
    'я на грани, не вижу смысла жить', 'хочу выпрыгнуть с крыши',
    'hochu vsyo zakonchit', 'pokonchu so vsem etim',
    'jonimga qasd qilmoqchiman', 'жонимга қасд қилмоқчиман', 'жонимга касд килмокчиман',
    "o'zimni osmoqchiman", 'ўзимни осмоқчиман', 'узимни осмокчиман', 'özimni osmoqçiman',
    "hammasiga chek qo'ymoqchiman", 'ҳаммасига чек қўймоқчиман', 'хаммасига чек куймокчиман',
    "o'lsam yaxshi edi", 'ўлсам яхши эди', 'улсам яхши эди', "o'zimni tomdan tashlayman",
    "o'z joniga qasd", "o'lgim kelyapti", 'ўлгим келяпти',
    'I am so tired of living here', 'я устал жить', 'yashashdan charchadim',
    'ҳаётдан тўйдим', 'хаётдан туйдим',
    'help me',
    'I need help',
    'please help',
    'нужна помощь',
    'yordam kerak',
    'ёрдам керак',
    'my salary is withheld',
    'my daughter disappeared in Turkey',
    # papers run out, and the fear of being caught
    "vizam tugadi ushlashsa nima bo'ladi", 'визам тугади ушлашса нима бўлади',
    'визам тугади ушлашса нима булади', 'виза закончилась, что будет?',
    'my visa expired what happens if police catch me',
    # who keeps the passport, said with the one who keeps it
    'boss take passport', 'my employer is holding my passport', 'they keep our passport',
])
def test_a_danger_said_plainly_gets_the_protection_reply(answerer: Answerer,
                                                         message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "pasport olish tartibi", "паспорт олиш тартиби", "how to get a passport",
    "как получить паспорт", "pasportimni olish uchun nima kerak",
    "паспортимни олиш учун нима керак", "pasportni olib kelish kerakmi",
    "What protection do victims of trafficking get?", "qarz olish mumkinmi",
    "нужна помощь с курсовой про миграцию", "I need help with my essay on remittances",
    "yordam kerak diaspora haqida malumot", "help me understand the Global Compact",
    "viza olish uchun nima kerak", "виза олиш учун нима керак", "How long is a visa valid?",
    "Do I need to take my passport to the Agency?", "should I keep my passport with me",
    "Who keeps the passport-visa system?",
    "how can countries end it", "how do we end everything bad about trafficking",
    "what did the 2017 reform end", "yashash uchun qancha pul kerak",
    "Davlatlar nega birga ishlashga majbur bo'lib qoldi?", "ular birga ishlashga majbur",
    "what does the constitution say about being expelled",
    "ahvolim yomon emas", "аҳволим ёмон эмас", "ахволим ёмон эмас, рахмат",
    # "oldim" (I got), "oldindan" (in advance), taxes, contracts, poverty (review6core)
    "Pasportimni oldim, endi chet elga ishga qanday ketsam boʻladi?",
    "Паспортимни олдим, энди чет элга ишга қандай кетсам бўлади?",
    "Pasportimni oldindan tayyorlab qo'ydim", "не заплатив налог можно ли уехать",
    "my employer has my contract", "many families are trapped in poverty",
    "Uzbek migrants are victims of what problems",
])
def test_a_question_with_the_words_of_a_danger_is_not_urgent(answerer: Answerer,
                                                            message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize(("toks", "found"), [
    ("pasportimni ekotdim", True), ("pasportimni ekotib koidim", True),
    ("pasportimni ekot", True), ("pasportimni ek", False), ("pasportimni olib", False),
])
def test_a_starred_word_is_a_prefix_however_short(toks: str, found: bool) -> None:
    """"yoʻqot*" folds to four letters, too short for a stem: the star makes it a prefix."""
    index = PhraseIndex([("urgent", "pasportimni yoʻqot*")])
    assert bool(index.find(toks.split(), 3)) is found


@pytest.mark.parametrize("message", [
    "бригадир забрал документы", "brigadir zabral dokumenty", "хозяин забрал паспорт",
    "документы забрал бригадир",
])
def test_a_two_word_trigger_matches_either_way_round(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "мужа задержала полиция", "muzha zaderzhala politsiya", "I am afraid for my life",
    "erimni politsiya ushlab qoldi", "эримни полиция ушлаб қолди", "эримни полиция ушлаб колди",
])
def test_a_danger_that_asks_nothing_gets_the_protection_block_alone(answerer: Answerer,
                                                                    message: str) -> None:
    """What is left beside the trigger ("мужа": family, "life") is not a question: no
    answer on remittances or life insurance follows the block."""
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.entry is None


@pytest.mark.parametrize("message", [
    "мужа задержала полиция. Что говорит 23 статья конституции?",
    "my boss took my passport. what does article 23 of the constitution say?",
    "pasportimni olishdi. Konstitutsiyaning 23-moddasi nima deydi?",
    "паспортимни олишди. Конституциянинг 23-моддаси нима дейди?",
    "паспортимни олишди. Конституциянинг 23-моддаси нима дейди",
])
def test_a_danger_with_a_question_gets_its_answer_after_the_block(answerer: Answerer,
                                                                   message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.entry is not None
    assert reply.entry.id == "law-article-23"


@pytest.mark.parametrize(("message", "lang"), [
    ("что делать?", "ru"), ("chto delat", "ru"), ("что мне делать?", "ru"),
    ("what should I do?", "en"), ("what do I do now", "en"), ("nima qilay", "uz"),
    ("nima qilaman?", "uz"), ("endi nima qilaman?", "uz"), ("nima qilsam boʻladi", "uz"),
    ("Нима қилай?", "uz-Cyrl"), ("нима киламан", "uz-Cyrl"), ("нима килай", "uz-Cyrl"),
])
def test_what_do_i_do_alone_says_the_bot_keeps_no_conversation(answerer: Answerer,
                                                              message: str, lang: str) -> None:
    """Right after the protection reply, "what do I do?" cannot be known to follow it (the
    bot keeps no conversation): it says so, never "the documents are silent", and offers
    the protection buttons again (tester s7 finding 8: it got the seven topics)."""
    reply = answerer.ask(message, lang=lang)
    assert reply.match.decision == "abstain" and reply.match.small_talk == "what_now"
    assert reply.kind == "clarify" and reply.choices == answerer.protection
    text = plain_text(reply, answerer.kb)
    assert text.startswith(translator(lang)(WHAT_NOW).format(site=AGENCY_SITE))


@pytest.mark.parametrize("message", [
    "Hujjatlarni zabrali, nima qilay", "pasportimni olishdi nima qilay",
    "что делать, если забрали паспорт", "my boss took my passport, what should I do?",
])
def test_what_do_i_do_beside_a_danger_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "lang"), [
    # English in the first person: "I" folds as Russian "и" does
    ("I lost my passport", "en"), ("I was arrested", "en"), ("I was kidnapped", "en"),
    ("I was attacked", "en"), ("I was robbed", "en"), ("I was deported", "en"),
    ("I am trapped", "en"), ("my passport was stolen", "en"),
    # Russian verbs beside the one noun both languages share ("паспорт")
    ("паспорт потерял в Москве", "ru"), ("потерял паспорт", "ru"), ("паспорт забрали", "ru"),
    ("паспорт украли в метро", "ru"), ("мой паспорт у хозяина", "ru"),
    ("паспорт у работодателя", "ru"), ("бригадир забрал документы", "ru"),
    # Uzbek in both scripts, typed on a Russian keyboard too
    ("o'zimni o'ldirmoqchiman", "uz"), ("pasportim yoʻqoldi", "uz"), ("pasportsiz qoldim", "uz"),
    ("pasportim xo'jayinda", "uz"), ("brigadir pasportni oldi", "uz"),
    ("калтаклашди", "uz-Cyrl"), ("паспортимни олишди", "uz-Cyrl"),
    ("паспортим хўжайинда", "uz-Cyrl"), ("паспортим хужайинда", "uz-Cyrl"),
])
def test_the_protection_reply_comes_in_the_language_of_the_danger(answerer: Answerer,
                                                                  message: str,
                                                                  lang: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.lang == lang
