"""The blind blocks' failures (blindfix21, issue 7), by class, in every script.

- Thanks followed by "now it is all clear" or "that helped a lot" ('rahmat, endi hammasi
  ayon', "thanks, that helped a lot") was read as a question: 'endi' (now) turns from thanks to
  a subject, and "a lot" was left over. They only thank; a subject after them is still asked.
- A penalty asked as a punishment («какое наказание», 'qanday jazo', "what punishment") was
  answered with the act: no document names one, so it is a near miss like a fine.
- The agency's role for Uzbeks working abroad was answered with the foreign ministry, whose
  phrasings ask its role for migrants.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


def _decided(matcher: Matcher, message: str) -> tuple[str, str | None]:
    m = matcher.match(message)
    return m.decision, m.best and m.best.entry_id


@pytest.mark.parametrize("message", [
    "Thank you, this helped a lot",
    "thanks, that helps a lot",
    "Спасибо, помогло, теперь всё ясно",
    "Rahmat, endi hammasi tushunarli boʻldi",
    "rahmat endi hammasi ayon boʻldi",
    "Katta rahmat, endi hammasi aniq",
    "Ташаккур, энди ҳаммаси аниқ",
    "Раҳмат, энди ҳаммаси аён бўлди",
])
def test_thanks_with_all_clear_now_only_thanks(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "greeting"


@pytest.mark.parametrize(("message", "entry"), [
    ("Thanks, that helped a lot. What is the Schengen area?", "coop-schengen"),
    ("Rahmat, endi hammasi aniq. Germaniya bilan kelishuv nima?", "coop-germany-2024"),
    ("Rahmat, endi Germaniya haqida ayting", "coop-germany-2024"),
])
def test_a_subject_after_such_thanks_is_asked(matcher: Matcher, message: str,
                                              entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("What punishment is there for not carrying out decree UP-4947?", "decree-up-4947"),
    ("Какое наказание за нарушение указа УП-5785?", "decree-up-5785"),
    ("UP-4947 farmonini bajarmaganlar qanday jazolanadi?", "decree-up-4947"),
    ("УП-5785 фармони бузилса қандай жазо бор?", "decree-up-5785"),
])
def test_a_punishment_asked_of_an_act_is_a_near_miss(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", entry)
    assert m.near_miss is not None


@pytest.mark.parametrize(("message", "entry"), [
    ("What is the role of the agency that handles Uzbeks working in foreign countries?",
     "org-agency"),
    ("the agency for our people working abroad, what is its role", "org-agency"),
    ("Какова роль агентства, которое занимается узбеками за границей?", "org-agency"),
    ("Xorijda ishlaydigan oʻzbeklar bilan shugʻullanadigan agentlikning roli qanday?",
     "org-agency"),
    ("Хорижда ишлайдиган ўзбеклар билан шуғулланадиган агентликнинг роли қандай?",
     "org-agency"),
    ("What is the role of the foreign ministry for migrants?", "org-foreign-ministry"),
])
def test_the_agencys_role_for_workers_abroad_is_the_agency(matcher: Matcher, message: str,
                                                           entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
