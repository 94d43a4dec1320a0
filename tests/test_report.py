"""From users' questions back to the YAML: usage log, retention, grouping, drafts, report."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from bot import knowledge, report, usage
from bot.store import Store
from tests.conftest import KNOWLEDGE, Command

NOW = time.time()
DAY = usage.DAY
# A seeded set of unanswered questions: (text, language the matcher guessed, days ago).
SEEDED = [
    ("How much does a work visa to Korea cost?", "en", 1),
    ("how much is a Korea work visa", "en", 2),
    ("Korea work visa cost?", "en", 3),
    ("Сколько стоит рабочая виза в Корею?", "ru", 1),
    ("сколько стоит виза в корею", "ru", 4),
    ("Koreyaga ishchi viza qancha turadi?", "uz", 2),
    ("Корея визаси қанча туради?", "uz-Cyrl", 5),
    ("Where is the migration centre in Samarkand?", "en", 1),
    ("where is the migration center in samarkand", "en", 6),
    ("Can I take my family to Russia?", "en", 2),
    ("Something asked long ago", "en", 120),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "db.sqlite3") as s:
        for k, (text, lang, days) in enumerate(SEEDED):
            s.record_unanswered(100 + k, text, lang, now=NOW - days * DAY)
            usage.record(s, 100 + k, text, "abstain", None, now=NOW - days * DAY)
        yield s


def test_similar_questions_are_grouped_with_counts(store: Store) -> None:
    groups = report.group_questions(usage.unanswered_since(store, NOW - 90 * DAY))
    counts = [(g.count, g.texts()[0]) for g in groups]
    assert counts[0][0] >= 3 and "visa" in counts[0][1].lower()
    assert any(c == 2 and "samarkand" in t.lower() for c, t in counts)
    assert sum(g.count for g in groups) == len(SEEDED) - 1  # the old one is outside 90 days


def test_drafts_fill_the_questions_and_leave_the_rest_to_a_person(store: Store) -> None:
    groups = report.group_questions(usage.unanswered_since(store, NOW - 90 * DAY))
    data = yaml.safe_load(report.draft_yaml(groups))
    first = data["entries"][0]
    assert first["id"] == "draft-1-how-much-does-a-work"
    assert first["draft"] is True and first["asked"] == groups[0].count
    assert first["answer"] == {"en": "", "ru": "", "uz": ""} and first["reviewed"] is None
    asked = [q for qs in first["questions"].values() for q in qs]
    assert set(asked) <= {report.to_latin(t) for t, *_ in SEEDED} | {t for t, *_ in SEEDED}


def test_check_refuses_a_draft_until_it_is_completed(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    groups = report.group_questions(usage.unanswered_since(store, NOW - 90 * DAY))
    (root / "faq" / "drafts.yaml").write_text(report.draft_yaml(groups[:1]), encoding="utf-8")
    result = knowledge.load(root)
    assert result.kb is None
    messages = [str(p) for p in result.errors if p.file.endswith("drafts.yaml")]
    assert any("this entry is a draft from 'report --draft'" in m for m in messages), messages
    assert any("'quote' of entry 'draft-1-how-much-does-a-work' must be non-empty text, found "
               "nothing" in m for m in messages), messages


def test_purge_keeps_only_the_retention_window(store: Store) -> None:
    store.vote(7, "remit-uses", -1, now=NOW - 100 * DAY)
    store.vote(8, "remit-uses", -1, now=NOW - DAY)
    removed = usage.purge(store, 90, now=NOW)
    assert removed == 3  # one unanswered question, its log row, one vote
    assert len(usage.unanswered_since(store, 0)) == len(SEEDED) - 1
    assert [d.down for d in usage.most_downvoted(store)] == [1]


def test_most_downvoted_entries_with_the_questions_that_led_there(store: Store) -> None:
    usage.record(store, 1, "how do families spend remittances", "answer", "remit-uses", NOW)
    usage.record(store, 2, "what is remittance money used for", "answer", "remit-uses", NOW)
    usage.record(store, 3, "remittance uses", "answer", "remit-uses", NOW)
    store.vote(1, "remit-uses", -1)
    store.vote(2, "remit-uses", -1)
    store.vote(3, "remit-uses", 1)
    [top] = usage.most_downvoted(store)
    assert (top.entry_id, top.down, top.up) == ("remit-uses", 2, 1)
    assert top.questions == ("how do families spend remittances",
                             "what is remittance money used for")


def test_stats_per_day_outcomes_and_top_entries(store: Store) -> None:
    usage.record(store, 1, "q1", "answer", "remit-uses", NOW)
    usage.record(store, 1, "q2", "clarify", None, NOW)
    found = usage.stats(store, NOW - 7 * DAY)
    assert found.users == len(SEEDED) + 1
    assert found.decisions == {"answer": 1, "clarify": 1, "abstain": 10}  # not 120 days ago
    assert found.top_entries == (("remit-uses", 1),)
    assert sum(n for _, n in found.per_day) == 12


def report_cli(command: Command, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return command("report", *args, env={"DATABASE_PATH": str(db)})


def test_report_command_prints_groups_and_writes_drafts(store: Store, tmp_path: Path,
                                                        command: Command) -> None:
    store.close()
    db = tmp_path / "db.sqlite3"
    printed = report_cli(command, db)
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert lines[0] == "unanswered questions of the last 90 days, similar ones grouped:"
    assert int(lines[1].split()[0]) >= 3
    out = tmp_path / "drafts.yaml"
    written = report_cli(command, db, "--draft", str(out))
    assert written.returncode == 0 and out.exists()
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["entries"][0]["draft"] is True
