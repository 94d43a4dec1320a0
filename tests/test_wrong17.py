"""Confident wrong answers of the seventeenth session's classes (wrong17): one entry answered
for its neighbour, in every language and script they concern.

"What do they call X" ('nima deb atashadi', «как это называется») asks a name; a name
stated ("2017 *is called* a turning point", 'diplomatlari *deb ataladi*') is not asked.
Only the asking forms are the definition concept, so the entries whose own phrasings state
a name (why 2017 is called a turning point, why migrants are called diplomats) no longer
take every "what do they call X" that the documents do not define (review s16 finding 9);
they still answer "why is it called so". Environmental migration, which the documents do
name, answers "what is it called when floods drive people out" in every script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "ishlash uchun chetga ketganlarni nima deb atashadi",
    "ишлаш учун четга кетганларни нима деб аташади",
    "davlatlar oʻzaro kelishuvini nima deb atashadi",
    "давлатлар ўзаро келишувини нима деб аташади",
    "давлатлар узаро келишувини нима деб аташади",
    "как это называется когда забирают паспорт",
    "kak eto nazyvaetsya kogda zabirayut pasport",
    "what is it called when they take your passport",
    "chet elga ketganlar uyga yuboradigan pulni nima deb atashadi",
])
def test_what_they_call_an_undefined_thing_is_no_called_entrys_answer(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert not (found.decision == "answer" and top in (
        "law-2017-reforms", "diaspora-diplomats", "coop-harmonising-challenges")), (
        found.decision, top)


@pytest.mark.parametrize(("message", "expected"), [
    ("why is 2017 called a turning point", "law-2017-reforms"),
    ("почему 2017 год называют переломным", "law-2017-reforms"),
    ("nega 2017 yil burilish yili deb ataladi", "law-2017-reforms"),
    ("нега 2017 йил бурилиш йили деб аталади", "law-2017-reforms"),
    ("why are migrants called diplomats", "diaspora-diplomats"),
    ("почему мигрантов называют дипломатами", "diaspora-diplomats"),
    ("nega migrantlarni diplomat deb atashadi", "diaspora-diplomats"),
    ("нега мигрантларни дипломат деб аташади", "diaspora-diplomats"),
    ("pul oʻtkazmalarini nima deb atashadi", "remit-definition"),
    ("как называют деньги которые мигранты шлют домой", "remit-definition"),
    ("money migrants send home whats the word for it", "remit-definition"),
])
def test_why_it_is_called_so_and_what_an_entry_names_keep_their_entries(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected


@pytest.mark.parametrize("message", [
    "people leaving home after an earthquake what is that called",
    "what do they call moving away because of a drought",
    "как называют людей, которые переселяются из-за землетрясений",
    "ludi uezzhayut iz za zasuhi kak eto nazyvaetsya",
    "suv toshqini sababli koʻchib ketganlar nima deb ataladi",
    "сув тошқини сабабли кўчиб кетганлар нима деб аталади",
    "сув тошкини сабабли кучиб кетганлар нима деб аталади",
])
def test_what_floods_and_droughts_drive_people_to_is_called_environmental_migration(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "concept-environmental"


# Where the writer is, told beside the question, is not what they ask (left16 item 4): the
# place is first read as the writer's only when it is told, not asked ("can I work in
# Korea", «сколько наших в Казахстане»), and a place told once is then not scored.
@pytest.mark.parametrize(("message", "told"), [
    ("i work in russia, what are remittances?", True),
    ("men rossiyada ishlayman, pul oʻtkazmalari nima", True),
    ("я работаю в россии, что такое денежные переводы?", True),
    ("мен россияда ишлайман, пул ўтказмалари нима", True),
    ("can i work in korea on a tourist visa", False),
    ("where can i work in germany", False),
    ("а сколько наших в казахстане работает", False),
    ("могу ли я работать в корее", False),
    ("mogu li ya rabotat v koree", False),
    ("Koreyada ishlasam boʻladimi", False),
    ("Кореяда ишласам бўладими", False),
])
def test_a_place_asked_about_is_not_where_the_writer_is(
        answerer: Answerer, message: str, told: bool) -> None:
    matcher = answerer.matcher
    places = matcher._places_told(matcher.thesaurus.spell_out(message))
    assert bool(places) is told, places


@pytest.mark.parametrize("message", [
    "i work in russia, what are remittances?",
    "my brother works in kazakhstan, what are remittances",
    "я работаю в россии, что такое денежные переводы?",
    "ya rabotayu v rossii, chto takoe denezhnye perevody",
    "men rossiyada ishlayman, pul oʻtkazmalari nima",
    "men rossiyada işlayman, pul o'tkazmalari nima",
    "мен россияда ишлайман, пул ўтказмалари нима",
    "мен россияда ишлайман, пул утказмалари нима",
])
def test_where_the_writer_works_told_beside_the_question_is_not_asked(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "remit-definition"


@pytest.mark.parametrize(("message", "expected"), [
    # the place named again in the question is asked of, and kept
    ("мой отец в турции работает. а какие есть соглашения по трудовой миграции между "
     "узбекистаном и турцией", "coop-bilateral-agreements"),
    ("i live in korea, what is the schengen agreement", "coop-schengen"),
    ("я в москве работаю, что такое МОМ", "org-iom"),
])
def test_the_question_after_a_told_place_keeps_its_entry(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected
