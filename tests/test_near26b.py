"""near26b: near misses of two classes that were answered (near26's block of tune).

Class B, a count of a list that the entry gives otherwise: "the *five* strengths of the SWOT
analysis" asked of a table of four, «какие *шесть* угроз», 'toʻrtta toʻsiq' of three
obstacles, "ten proposals" of four. An entry's ``list_sizes:`` says how many items each of its
lists has (``check`` requires the English answer to say so); a question that counts another
number of the list's word is that entry's near miss ("not for 5; for 4"), in every language
and script. Its own count, and words that fold as a number does («семьи», «эти»), stay
answered.

Class A, another country's own migration asked of an entry about Uzbekistan's or about
migration in general: "the positive effects of migration *in Kazakhstan*", «на что тратят
переводы семьи *в Таджикистане*», 'migratsiyaning salbiy oqibatlari *Qozogʻistonda*'. A
country named where something is (in, в, -da) was always read as where someone is, the
writer's brother or Uzbekistan's migrants; now only when the sentence names someone who may
be there (the writer or theirs, migrants or workers, a people, ``someone_there``).
Else what happens there is that country's own, which the entry does not give: its near
miss. (That fix is near26's, a134e78, landed while near26b's own of the same shape was being
measured; these rows are near26b's tune block, kept as a table of it.) A country brought in
as an example ('masalan Koreyaga', «например, на Корею»: ``example_words``) is asked of too,
though written as where someone goes."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import NUMERALS, fold
from tests.verdicts import assert_answered, assert_near_miss


# The numbers that count a list, as folded: cardinals from two to ten and the Uzbek counts.
@pytest.mark.parametrize(("word", "count"), [
    ("five", 5), ("two", 2), ("ten", 10),
    ("шесть", 6), ("пяти", 5), ("три", 3), ("две", 2),
    ("besh", 5), ("beshta", 5), ("toʻrtta", 4), ("oltitasi", 6), ("oʻnta", 10),
    ("тўртта", 4), ("олтита", 6), ("иккита", 2),
    # no count: an ordinal, one, and words that fold as a number word does
    ("third", None), ("третий", None), ("one", None), ("bir", None),
    ("семьи", None), ("эти", None), ("on", None), ("oʻn", None), ("UN", None),
    ("yetti", None),
])
def test_count_words(word: str, count: int | None) -> None:
    assert NUMERALS.counts.get(fold(word)) == count


@pytest.mark.parametrize(("message", "entry"), [
    ("What are the five strengths in the SWOT analysis of migration cooperation?", "coop-swot"),
    ("What are the 6 threats in the SWOT table of migration cooperation?", "coop-swot"),
    ("What are the ten proposals for Uzbekistan to improve migration cooperation?",
     "coop-proposals-uz"),
    ("Name the two main obstacles to harmonising immigration policies",
     "coop-harmonising-challenges"),
    ("What are the seven things remittances are spent on?", "remit-uses"),
    ("Какие шесть угроз перечислены в SWOT-анализе миграционного сотрудничества?", "coop-swot"),
    ("Назовите три сильные стороны в SWOT-анализе миграционного сотрудничества", "coop-swot"),
    ("Какие пять предложений для Узбекистана по миграционному сотрудничеству?",
     "coop-proposals-uz"),
    ("Immigratsiya siyosatini uygʻunlashtirishdagi toʻrtta toʻsiq qaysilar?",
     "coop-harmonising-challenges"),
    ("SWOT tahlilidagi beshta tahdid qaysilar?", "coop-swot"),
    ("Oilalar pul oʻtkazmalarini asosan qaysi uchta narsaga sarflaydi?", "remit-uses"),
    ("Иммиграция сиёсатини уйғунлаштиришдаги иккита тўсиқ нима?",
     "coop-harmonising-challenges"),
    ("SWOT таҳлилидаги бешта кучли томон қайси?", "coop-swot"),
    ("SWOT тахлилидаги бешта кучли томон кайси?", "coop-swot"),  # on a Russian keyboard
])
def test_another_count_of_a_list_is_a_near_miss(matcher: Matcher, message: str,
                                                entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("What are the four strengths in the SWOT analysis of migration cooperation?", "coop-swot"),
    ("What are the four proposals for Uzbekistan on migration cooperation?", "coop-proposals-uz"),
    ("What three problems do Uzbek migrants face abroad?", "abroad-problems"),
    ("Какие три главных препятствия мешают гармонизации иммиграционной политики?",
     "coop-harmonising-challenges"),
    ("Oʻzbekiston uchun qanday toʻrtta taklif berilgan?", "coop-proposals-uz"),
    ("SWOT таҳлилидаги тўртта кучли томон қайси?", "coop-swot"),
    # «семьи» and «эти» fold as «семи» (7) and 'yetti' do: no count
    ("Я работаю в России. На что семьи тратят денежные переводы?", "remit-uses"),
    ("На что эти семьи тратят денежные переводы?", "remit-uses"),
    # a date's day is no count (tune 5823)
    ("the decree from 7 feb 2017 what was it about", "decree-up-4947"),
])
def test_the_entrys_own_count_stays_answered(matcher: Matcher, message: str,
                                             entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("What are the positive effects of migration in Kazakhstan?", "concept-positive-effects"),
    ("What do families in Kyrgyzstan spend remittances on?", "remit-uses"),
    ("Какие положительные последствия миграции в Киргизии?", "concept-positive-effects"),
    ("На что тратят денежные переводы семьи в Таджикистане?", "remit-uses"),
    ("Migratsiyaning salbiy oqibatlari Qozogʻistonda qanday?", "concept-negative-effects"),
    ("Tojikistonda migratsiyaning ijobiy taʼsiri qanday?", "concept-positive-effects"),
    ("Қирғизистонда миграциянинг сабаблари нима?", "concept-causes"),
    ("Тожикистонда пул ўтказмалари иқтисодиётга қандай ёрдам беради?", "remit-development"),
    ("Тожикистонда пул утказмалари иктисодиётга кандай ёрдам беради?",  # Russian keyboard
     "remit-development"),
])
def test_another_countrys_own_migration_is_a_near_miss(matcher: Matcher, message: str,
                                                       entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", entry)
    assert m.near_miss is not None and not m.near_miss.detail


# ... but where the writer's own, migrants, workers or Uzbeks are, it is where they work.
@pytest.mark.parametrize(("message", "entry"), [
    ("My brother works in Russia. What problems do Uzbek migrants face abroad?",
     "abroad-problems"),
    ("Я работаю в России. На что семьи тратят денежные переводы?", "remit-uses"),
    ("Akam Rossiyada ishlaydi, chet eldagi oʻzbek migrantlar qanday muammolarga duch keladi?",
     "abroad-problems"),
    ("Россияда ишлайдиган ўзбеклар қандай муаммоларга дуч келади?", "abroad-problems"),
    # someone_there: one who works there, or one close (tune 1319, 1352, 11109, 12459)
    ("is there any help from the state for the family of someone working in russia",
     "abroad-family-support"),
    ("Россияда ишлайдиганларнинг оиласига давлат ёрдам берадими", "abroad-family-support"),
    ("Salom! Dadam 6 yil Rossiyada ishlab qaytdi, endi bu yerda ish topolmayapti. Strategiyada "
     "qaytib kelganlarni ish bilan taʼminlash, biznes ochishga undash degan narsa bormi?",
     "strategy-reintegration"),
])
def test_where_someone_works_stays_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# A country brought in as an example ('masalan', «например», "for example") is asked of, even
# in the form of where someone goes ('Koreyaga', «на Корею»): the entry, which names no such
# country, is said not to give it (a near miss, answered with the note at so high a score).
@pytest.mark.parametrize(("message", "entry", "country"), [
    ("Migratsiya qabul qiluvchi davlatlarga qanday taʼsir qiladi, masalan Koreyaga?",
     "concept-receiving-effects", "~korea"),
    ("Миграция қабул қилувчи давлатларга қандай таъсир қилади, масалан Кореяга?",
     "concept-receiving-effects", "~korea"),
    ("How does migration affect receiving countries, for example Korea?",
     "concept-receiving-effects", "~korea"),
    ("Как миграция влияет на принимающие страны, например на Корею?",
     "concept-receiving-effects", "~korea"),
])
def test_a_country_given_as_an_example_is_asked_of(matcher: Matcher, message: str, entry: str,
                                                   country: str) -> None:
    m = matcher.match(message)
    assert m.best is not None and m.best.entry_id == entry
    assert m.near_miss is not None and country in m.near_miss.asked


# ... where the entry names it, it is answered without a note.
@pytest.mark.parametrize(("message", "entry"), [
    ("Uzbeklar ishlash uchun qayerga ketadi, masalan Rossiyaga?", "coop-destinations"),
    ("Узбеки куда едут на заработки, например в Россию?", "coop-destinations"),
    ("Ривожланган давлатлар, масалан Канада ва Австралия, миграция орқали нимага эришмоқчи",
     "coop-developed-countries"),
])
def test_an_example_the_entry_names_stays_answered(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_answered(matcher, message, entry)
