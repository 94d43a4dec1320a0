"""--watch: a changed file reloads the knowledge base; a broken one keeps the last good."""

from __future__ import annotations

import queue
import shutil
from pathlib import Path

from bot import i18n, knowledge
from bot.watch import Watcher
from tests.conftest import KNOWLEDGE


def test_a_change_reloads_and_a_broken_file_keeps_the_last_good(tmp_path: Path) -> None:
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, root)
    current = {"kb": knowledge.load_or_raise(root)}
    first = current["kb"]

    def reload() -> list[knowledge.Problem]:
        result = knowledge.load(root)
        if result.kb is not None:
            current["kb"] = result.kb
        return result.errors

    reports: queue.Queue[list[knowledge.Problem]] = queue.Queue()
    # The watcher wakes every 20 ms without changes, not 200: it is ready (and stops) that
    # much sooner. A batch still ends after the bot's 50 ms without another event: the file
    # is written in place, truncated and then written, as an editor may save it.
    watcher = Watcher([root], reload, reports.put, timeout_ms=20).start()
    try:
        assert watcher.ready.wait(20)
        law = root / "faq" / "law.yaml"
        good = law.read_text(encoding="utf-8")
        law.write_text("topic: [unclosed\n", encoding="utf-8")
        errors = reports.get(timeout=30)
        assert [str(e) for e in errors][0].startswith("knowledge/faq/law.yaml:2: YAML syntax")
        assert current["kb"] is first  # the last good version stays
        entry = next(e for e in first.entries.values() if e.file.endswith("law.yaml"))
        title = entry.questions["en"][0]
        assert title in good
        law.write_text(good.replace(title, "Changed, " + title, 1), encoding="utf-8")
        assert reports.get(timeout=30) == []
        assert current["kb"].entries[entry.id].questions["en"][0] == "Changed, " + title
    finally:
        watcher.stop()


def test_applying_a_change_rereads_the_catalogs() -> None:
    i18n.translator("ru")
    assert i18n.translator.cache_info().currsize > 0
    Watcher([], lambda: [], lambda errors: None).apply()
    assert i18n.translator.cache_info().currsize == 0
