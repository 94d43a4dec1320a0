"""Real messages the bot mishandled (blindfix18, issue 7: the blind lines' failures, as
classes). Each row is written here, in every script, like the failures, never one of them.

* "In what forms" said with 'koʻrinish' asks the forms of migration.
* A student's preparation told before a colon ("preparing for a seminar: ...") is no part of
  what is asked: the subject they study does not answer the question after it.
* The document the UN adopted on migration is the Global Compact, not the UN's own entry.
* How plainly to answer ("in simple words", «простыми словами») is no subject: it no longer
  takes the entry that says "simply" and "word" (a blind18a line, asked of the Schengen area).
* 'anglatadi' (means) is a frame word as "means" and «означает» are: "..., bu nimani
  anglatadi" no longer takes the one entry that says 'nimani anglatadi'.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry"), [
    # "in what forms", said with 'koʻrinish'
    ("migratsiyaning koʻrinishlari qanaqa", "concept-forms"),
    # a student's preparation, then the question after a colon
    ("I study international relations and I'm preparing for a seminar: what forms does "
     "migration take", "concept-forms"),
    ("учусь на международных отношениях, готовлюсь к семинару: в каких формах бывает миграция",
     "concept-forms"),
    ("xalqaro munosabatlar fakultetida oʻqiyman, seminarga tayyorlanyapman: migratsiya qanday "
     "koʻrinishlarda boʻladi", "concept-forms"),
    ("халқаро муносабатлар факультетида ўқийман, семинарга тайёрланяпман: миграция қандай "
     "кўринишларда бўлади", "concept-forms"),
    # the UN's document on migration
    ("which document on migration did the UN adopt", "org-global-compact"),
    ("какой документ по миграции приняла ООН", "org-global-compact"),
    ("BMT migratsiya haqida qanday hujjat qabul qilgan", "org-global-compact"),
    ("БМТ миграция бўйича қандай ҳужжат қабул қилди", "org-global-compact"),
    # "what does it mean" after what is said: the words said are asked
    ("odamlar migrantlarni vatan elchilari deydi, bu nimani anglatadi", "diaspora-diplomats"),
    ("одамлар мигрантларни ватан элчилари дейди, бу нимани англатади", "diaspora-diplomats"),
    ("remittans atamasi nimani anglatadi", "remit-definition"),
    # how plainly to answer, beside the subject
    ("we have a seminar on the Schengen area tomorrow. what does it do in simple words?",
     "coop-schengen"),
    ("what is the Schengen area in plain words", "coop-schengen"),
    ("у нас семинар про Шенген, что он даёт простыми словами?", "coop-schengen"),
])
def test_the_blind_failures_classes_are_answered(matcher: Matcher, message: str,
                                                  entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "bu nimani anglatadi", "бу нимани англатади", "bu nimani bildiradi", "what does that mean",
    "что это означает",
])
def test_what_it_means_of_nothing_named_is_answered_with_no_entry(matcher: Matcher,
                                                                 message: str) -> None:
    assert matcher.match(message).decision != "answer"
