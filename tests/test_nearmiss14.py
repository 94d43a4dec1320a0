"""Near misses of the fourteenth session (near14), in every language and script they concern.

A year another than the entry's, asked with the country the entry names ("agreement with
Germany in 2023"), is a near miss of that entry: the entry that names the country comes
first, with what it contradicts, not as an answer."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "agreement with Germany in 2023",
    "agreement with Germany in twenty twenty-three",
    "Germaniya bilan 2023 yilgi kelishuv",
    "Germaniya bilan 2023 yilgi kelişuv",
    "Германия билан 2023 йилги келишув",
    "Олмония билан 2023 йилги келишув",
    "соглашение с Германией двадцать третьего года",
    "soglashenie s Germaniei 2023 goda",
])
def test_another_year_of_the_named_countrys_deal_is_a_near_miss(answerer: Answerer,
                                                                message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == "coop-germany-2024"


@pytest.mark.parametrize("message", [
    "agreement with Germany in 2024",
    "Germaniya bilan 2024 yilgi kelishuv",
    "Германия билан 2024 йилги келишув",
    "соглашение с Германией 2024 года",
])
def test_the_named_countrys_deal_of_its_own_year_is_answered(answerer: Answerer,
                                                             message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == "coop-germany-2024"
