"""Details the documents do not give, asked of the entry they would belong to (tester s7
finding 7, blind7's tune lines): a founding date, a date an answer holds none of, insurance
sums, a price, where to sign up, one migrant's or one region's share of the national total.
Each is a near miss of that entry ("the documents do not give that"), never its answer."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry"), [
    ("When was the World Bank founded?",
     "org-world-bank-imf"),
    ("Когда был основан Всемирный банк?",
     "org-world-bank-imf"),
    ("Kogda byl osnovan Vsemirnyi bank?",
     "org-world-bank-imf"),
    ("Jahon banki qachon tashkil topgan?",
     "org-world-bank-imf"),
    ("Жаҳон банки қачон ташкил топган?",
     "org-world-bank-imf"),
    ("Жахон банки качон ташкил топган?",
     "org-world-bank-imf"),
    ("Shengen kelishuvi qachon imzolangan?",
     "coop-schengen"),
    ("Shengen kelishuvi qachon imzolangan",
     "coop-schengen"),
    ("Шенген келишуви қачон имзоланган?",
     "coop-schengen"),
    ("Шенген келишуви качон имзоланган?",
     "coop-schengen"),
    ("Когда было подписано Шенгенское соглашение?",
     "coop-schengen"),
    ("Kogda bylo podpisano Shengenskoe soglashenie?",
     "coop-schengen"),
    ("какие суммы страховки положены мигрантам по стратегии",
     "strategy-insurance-support"),
    ("kakie summy strahovki polozheny migrantam po strategii",
     "strategy-insurance-support"),
    ("What is the insurance amount for migrants under the strategy?",
     "strategy-insurance-support"),
    ("Strategiya bo'yicha migrantlarga sug'urta summasi qancha?",
     "strategy-insurance-support"),
    ("Strategiya boʻyicha migrantlarga sugʻurta summasi qancha?",
     "strategy-insurance-support"),
    ("Стратегия бўйича мигрантларга суғурта суммаси қанча?",
     "strategy-insurance-support"),
    ("Стратегия буйича мигрантларга сугурта суммаси канча?",
     "strategy-insurance-support"),
    ("chet tili kursi strategiya boyicha necha pul turadi",
     "strategy-training"),
    ("Chet tili kursi necha pul turadi?",
     "strategy-training"),
    ("Чет тили курси неча пул туради?",
     "strategy-training"),
    ("Чет тили курси неча пул туради",
     "strategy-training"),
    ("Сколько стоит курс иностранного языка по стратегии?",
     "strategy-training"),
    ("Skolko stoit kurs inostrannogo yazyka po strategii?",
     "strategy-training"),
    ("How much does the foreign language course cost?",
     "strategy-training"),
    ("Who can join the I am an investor in my future project and where does he sign up?",
     "strategy-investor-project"),
    ("Куда записаться в проект «Я инвестор своего будущего»?",
     "strategy-investor-project"),
    ("\"Men o'z kelajagimga investorman\" loyihasiga qayerga yozilish kerak?",
     "strategy-investor-project"),
    ("\"Мен ўз келажагимга инвесторман\" лойиҳасига қаерга ёзилиш керак?",
     "strategy-investor-project"),
    ("How much money does one migrant send home on average?",
     "remit-2024-total"),
    ("Сколько в среднем переводит один мигрант?",
     "remit-2024-total"),
    ("Bitta migrant o'rtacha qancha pul yuboradi?",
     "remit-2024-total"),
    ("Битта мигрант ўртача қанча пул юборади?",
     "remit-2024-total"),
    ("Битта мигрант уртача канча пул юборади?",
     "remit-2024-total"),
    ("Samarqand viloyatiga 2024 yilda qancha pul o'tkazilgan?",
     "remit-2024-total"),
    # a date, the words of its act between "when was" and "signed" (tester s7 finding 7)
    ("When was the Schengen Agreement signed?",
     "coop-schengen"),
    ("When was the new Constitution of Uzbekistan adopted?",
     "law-article-23"),
    # the figure of the migrants in one country, a part of the national total
    ("Rossiyadagi migrantlar 2024 yilda qancha pul jo'natgan",
     "remit-2024-total"),
    ("Россиядаги мигрантлар 2024 йилда қанча пул жўнатган",
     "remit-2024-total"),
    ("Россиядаги мигрантлар 2024 йилда канча пул жунатган",
     "remit-2024-total"),
    ("How much did Uzbek migrants in Korea send home in 2024?",
     "remit-2024-total"),
    ("Сколько денег мигранты в России отправили домой в 2024 году?",
     "remit-2024-total"),
    ("Skolko deneg migranty v Rossii otpravili domoy v 2024 godu?",
     "remit-2024-total"),
])
def test_a_detail_the_documents_leave_out_is_a_near_miss(matcher: Matcher, message: str,
                                                          entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify"
    assert m.best.entry_id == entry
    assert m.near_miss is not None


@pytest.mark.parametrize(("message", "entry"), [
    # an answer that holds a year gives the date asked
    ("When was the agreement with Germany signed?", "coop-germany-2024"),
    ("Германия билан келишув қачон имзоланган?", "coop-germany-2024"),
    ("Когда подписали соглашение с Германией?", "coop-germany-2024"),
    ("Germaniya bilan kelishuv qachon imzolangan?", "coop-germany-2024"),
    # where the writer works is not the migrants' country asked of
    ("Men Rossiyada ishlayman, 2024 yilda qancha pul yuborilgan?", "remit-2024-total"),
    ("I work in Russia. How much money did migrants send home in 2024?", "remit-2024-total"),
])
def test_a_date_an_answer_gives_is_answered(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id, m.near_miss) == ("answer", entry, None)
