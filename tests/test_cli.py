"""The command line (``python -m bot ...``) and the terminal front ends (console, quiz).

Commands run in-process through ``bot.cli.main``; one subprocess proves the module entry
point. Most commands get the shipped knowledge base already loaded (``kb`` in conftest),
so the tests stay fast; ``check``, ``bench`` and the subprocess read it for real.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from bot import cli, evaluation
from bot.answers import Answerer
from bot.config import ROOT, load_settings
from bot.console import (
    PICK_LANGUAGE,
    PROMPT_HELP,
    QUIZ_CORRECT,
    QUIZ_PICK,
    Console,
    play_quiz,
)
from bot.evaluation import Labelled, Report
from bot.i18n import LANGUAGE_NAMES, translator
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from bot.plaintext import plain_text
from bot.quiz import RESULT, STOPPED
from bot.reply import OUTCOMES
from bot.store import Store
from bot.text import LANGS
from bot.wording import CLARIFY, TOPICS_TITLE, abstain_text, direct_text
from tests.conftest import Reports, read_labelled
from tests.test_knowledge import write_tree

KEYS = {"query", "kind", "lang", "match", "answer", "direct", "sources", "candidates"}
REMIT = "How much money did migrants send to Uzbekistan in 2024?"
REMIT_UZ_CYRL = "Мигрантлар 2024 йилда Ўзбекистонга қанча пул юборган?"
AMBIGUOUS_CANDIDATES = ("migrants", "agency", "organisations", "what is a remittance",
                        "migration", "Ўзбекистон миграция", "migratsiya")
"""Short questions that get "did you mean" choices; the matcher is tuned often, so the
tests take the first one that is still ambiguous."""
LONG = ("migrants money remittances " * 400)[:10_000]


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No command touches the real database or reads another knowledge folder."""
    db = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("DATABASE_PATH", str(db))
    for name in ("KNOWLEDGE_DIR", "QUIZ_SECONDS", "LOG_LEVEL", "PORT", "ADMIN_IDS",
                 "WEBHOOK_SECRET", "TELEGRAM_RATE_LIMIT"):
        monkeypatch.delenv(name, raising=False)
    return db


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch, kb: KnowledgeBase,
            answerer: Answerer) -> KnowledgeBase:
    """Commands get the already loaded shipped knowledge base and index instead of reading
    and indexing it again."""

    def load_kb(settings: object) -> KnowledgeBase:
        assert Path(settings.knowledge_dir) == ROOT / "knowledge"  # type: ignore[attr-defined]
        return kb

    def load_answerer(settings: object) -> Answerer:
        assert load_kb(settings) is answerer.kb
        return answerer

    monkeypatch.setattr(cli, "_load_kb", load_kb)
    monkeypatch.setattr(cli, "_load_answerer", load_answerer)
    return kb


@pytest.fixture
def evaluated(monkeypatch: pytest.MonkeyPatch, shipped: KnowledgeBase, answerer: Answerer,
              reports: Reports) -> KnowledgeBase:
    """``eval`` of the shipped knowledge base reads the session's reports (conftest) instead
    of running every labelled line through the matcher and the baseline again, and each
    labelled set as the session parsed it (``read_labelled``)."""

    def evaluate(matcher: Matcher, items: Iterable[Labelled]) -> Report:
        assert matcher is answerer.matcher
        return reports("bot", items)

    def baseline(base_kb: KnowledgeBase, items: list[Labelled], best: object = None) -> Report:
        assert base_kb is shipped
        return reports("baseline", items)

    monkeypatch.setattr("bot.evaluation.evaluate", evaluate)
    monkeypatch.setattr("bot.scorecard.baseline", baseline)
    load = evaluation.load_labelled  # the real one, bound before it is replaced
    monkeypatch.setattr(evaluation, "load_labelled", lambda path: read_labelled(path, load))
    return shipped


@pytest.fixture
def ambiguous(answerer: Answerer) -> str:
    for question in AMBIGUOUS_CANDIDATES:
        reply = answerer.ask(question)
        if reply.kind == "clarify" and len(reply.choices) >= 2:
            return question
    pytest.fail(f"none of {AMBIGUOUS_CANDIDATES} gets 'did you mean' choices now; "
                "add a question that does")


def run_ask(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            lines: Iterable[str], *args: str) -> list[dict[str, object]]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert cli.main(["ask", "--json", *args]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n")
    return [json.loads(line) for line in out[:-1].split("\n")]


# ---------------------------------------------------------------- ask


def test_ask_json_prints_one_object_per_line_per_question(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        shipped: KnowledgeBase) -> None:
    lines = [REMIT, "", LONG, "😀😀😀", REMIT_UZ_CYRL, "line\u2028separator\u0085inside", "  "]
    objects = run_ask(monkeypatch, capsys, lines)
    assert len(objects) == len(lines)
    for line, obj in zip(lines, objects, strict=True):
        assert set(obj) == KEYS
        assert obj["lang"] in LANGS
        assert isinstance(obj["answer"], str) and obj["answer"]
        assert isinstance(obj["sources"], list) and isinstance(obj["candidates"], list)
        assert isinstance(obj["query"], str) and line.startswith(obj["query"].split(" ")[0])
    assert objects[0]["query"] == REMIT
    assert 0 < len(objects[2]["query"]) < len(LONG)  # a long question is cut, not refused


@pytest.mark.parametrize(
    ("question", "args", "lang", "entry"),
    [
        (REMIT, [], "en", "remit-2024-total"),
        (REMIT, ["--lang", "ru"], "ru", "remit-2024-total"),
        (REMIT, ["--lang", "uz"], "uz", "remit-2024-total"),
        (REMIT_UZ_CYRL, [], "uz-Cyrl", "remit-2024-total"),
        (REMIT_UZ_CYRL, ["--lang", "en"], "en", "remit-2024-total"),
        ("", [], "en", None),
        ("😀😀😀", [], "en", None),
        ("😀😀😀", ["--lang", "uz-Cyrl"], "uz-Cyrl", None),
        ("What is the weather in Tashkent tomorrow?", ["--lang", "ru"], "ru", None),
    ],
    ids=["en", "forced-ru", "forced-uz", "uz-Cyrl", "uz-Cyrl-forced-en", "empty", "emoji",
         "emoji-forced-uz-Cyrl", "out-of-scope-forced-ru"],
)
def test_ask_json_answers_or_abstains(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str],
                                      shipped: KnowledgeBase, question: str, args: list[str],
                                      lang: str, entry: str | None) -> None:
    [obj] = run_ask(monkeypatch, capsys, [question], *args)
    assert obj["lang"] == lang
    if entry is None:
        assert obj["match"] is None and obj["direct"] is None
        assert obj["answer"] == abstain_text(shipped, lang)
        assert obj["sources"] == []
        return
    match = obj["match"]
    assert isinstance(match, dict) and match["id"] == entry
    assert 0 < match["score"] <= 100
    assert obj["candidates"][0]["id"] == entry  # type: ignore[index]
    e = shipped.entries[entry]
    head = [e.title(lang), *([e.direct[lang]] if e.direct and e.direct.get(lang) else [])]
    assert str(obj["answer"]).startswith("\n".join(head) + "\n\n" + e.answer[lang] + "\n")
    assert obj["direct"] == direct_text(e, lang)
    sources = obj["sources"]
    assert isinstance(sources, list) and sources
    assert [s["id"] for s in sources] == [ref.doc for ref in shipped.entries[entry].sources]
    assert all(s["id"] in shipped.sources and s["title"] and s["where"] for s in sources)
    refs = shipped.entries[entry].sources
    assert [s["quote"] for s in sources] == [ref.quote for ref in refs]
    assert [s["section"] for s in sources] == [ref.section[lang] if ref.section else None
                                               for ref in refs]


@pytest.mark.parametrize(("question", "kind"), [
    (REMIT, "answer"),
    ("Сколько денег мигранты перевели в Узбекистан в 2024 году?", "answer"),
    ("Migrantlar 2024 yilda Oʻzbekistonga qancha pul yuborgan?", "answer"),
    (REMIT_UZ_CYRL, "answer"),
    ("hello", "greeting"), ("здравствуйте", "greeting"), ("salom", "greeting"),
    ("салом", "greeting"),
    ("what is the weather in Tashkent tomorrow", "abstain"),
    ("какая погода завтра в Ташкенте", "abstain"), ("ertaga Toshkentda ob-havo qanday", "abstain"),
    ("эртага Тошкентда об-ҳаво қандай", "abstain"),
    ("How much money did Kazakh migrants send home in 2024?", "near-miss"),
    ("Сколько денег перевели киргизские мигранты в 2024 году?", "near-miss"),
    ("Konstitutsiyaning 41-moddasi xorijdagi fuqarolar haqida", "near-miss"),
    ("Конституциянинг 41-моддаси хориждаги фуқаролар ҳақида", "near-miss"),
    ("my employer took my passport", "urgent"), ("у меня забрали паспорт", "urgent"),
    ("pasportimni olib qoʻyishdi", "urgent"), ("паспортимни иш берувчи олиб куйди", "urgent"),
    ("who wrote these documents", "documents"), ("кто автор этих статей", "documents"),
    ("maqolalarni kim yozgan", "documents"), ("мақолаларни ким ёзган", "documents"),
])
def test_ask_json_names_the_kind_of_reply(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str],
                                          shipped: KnowledgeBase, question: str,
                                          kind: str) -> None:
    [obj] = run_ask(monkeypatch, capsys, [question])
    assert obj["kind"] == kind
    assert (obj["match"] is not None) == (kind == "answer")


def test_ask_json_names_a_plain_did_you_mean_clarify(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        shipped: KnowledgeBase, ambiguous: str) -> None:
    [obj] = run_ask(monkeypatch, capsys, [ambiguous])
    assert obj["kind"] == "clarify"
    assert obj["kind"] in OUTCOMES


def test_ask_takes_the_question_from_the_arguments(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        shipped: KnowledgeBase) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("this must not be read\n"))
    assert cli.main(["ask", "--json", *REMIT.split()]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["match"]["id"] == "remit-2024-total"


def test_ask_without_json_prints_the_plain_answer(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str],
                                                  shipped: KnowledgeBase,
                                                  answerer: Answerer, ambiguous: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{REMIT}\n{ambiguous}\n"))
    assert cli.main(["ask", "--lang", "ru"]) == 0
    expected = "".join(plain_text(answerer.ask(q, lang="ru"), shipped) + "\n\n"
                       for q in (REMIT, ambiguous))
    assert capsys.readouterr().out == expected


def test_the_module_entry_point_answers_in_json() -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--json"], cwd=ROOT,
                          input=f"{REMIT}\n\n", capture_output=True, text=True,
                          encoding="utf-8", timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert set(first) == set(second) == KEYS
    assert first["match"]["id"] == "remit-2024-total"
    assert second["match"] is None


# ---------------------------------------------------------------- check, eval, bench


def test_check_passes_on_the_shipped_knowledge(capsys: pytest.CaptureFixture[str],
                                               kb: KnowledgeBase, shipped_lints: None) -> None:
    assert cli.main(["check"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("ok: ")
    assert f"{len(kb.entries)} entries, {len(kb.quiz)} quiz items" in out.out


def test_check_json(capsys: pytest.CaptureFixture[str], kb: KnowledgeBase,
                    shipped_lints: None) -> None:
    assert cli.main(["check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"entries": len(kb.entries), "quiz": len(kb.quiz), "errors": [],
                    "warnings": data["warnings"]}
    assert isinstance(data["warnings"], list)


@pytest.mark.parametrize(("argv", "code"), [(["check"], 1), (["check", "--json"], 1),
                                            (["ask", "hello"], 2), (["eval"], 2)])
def test_broken_knowledge_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, argv: list[str],
                                                 code: int) -> None:
    broken = tmp_path / "knowledge"
    (broken / "faq").mkdir(parents=True)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(broken))
    assert cli.main(argv) == code
    out = capsys.readouterr()
    if "--json" in argv:
        assert json.loads(out.out)["errors"]
    else:
        assert re.search(r"sources\.yaml:\d+: ", out.err), out.err
    if code == 2:
        assert out.err.startswith(f"hamroh {argv[0]}: the knowledge base has errors")


def write_set(path: Path, rows: list[str]) -> Path:
    path.write_text("# a labelled set\n" + "".join(f"- {row}\n" for row in rows),
                    encoding="utf-8")
    return path


SMALL_SET = [
    '{q: "How much money did migrants send to Uzbekistan in 2024?", lang: en, '
    'expect: remit-2024-total}',
    '{q: "Сколько денег мигранты перевели в Узбекистан в 2024 году?", lang: ru, '
    'expect: remit-2024-total}',
    '{q: "Мигрантлар 2024 йилда Ўзбекистонга қанча пул юборган?", lang: uz-Cyrl, '
    'expect: remit-2024-total}',
    '{q: "What is the weather in Tashkent tomorrow?", lang: en, expect: null}',
]


PCT = r" +[\d.]+%"


@pytest.mark.parametrize("which", ["small", "default"])
def test_eval_prints_per_language_lines_and_out_of_scope(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, evaluated: KnowledgeBase,
        which: str) -> None:
    argv = ["eval"] if which == "default" else ["eval", str(write_set(tmp_path / "s.yaml",
                                                                       SMALL_SET))]
    assert cli.main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line for line in lines if line and not line.startswith(" ")}
    langs = LANGS if which == "default" else ("en", "ru", "uz-Cyrl")
    sets = 2 if which == "default" else 1  # tune and holdout side by side
    assert lines[0].split()[::3] == (["tune", "holdout"] if sets == 2 else ["tune"])
    for lang in langs:
        # per set: lines, right, in did-you-mean, language told, baseline right
        row = rf"{re.escape(lang)}" + (rf" +\d+{PCT * 4}" * sets) + "$"
        assert re.match(row, rows[lang]), rows[lang]
    assert "all" in rows
    null = [line for line in lines if line.startswith("null: abstained ")]
    wrong = [line for line in lines if line.startswith("confident wrong ")]
    assert len(null) == len(wrong) == 1
    assert len(re.findall(r"[\d.]+% \(base [\d.]+%\)", null[0])) == sets
    if which == "small":
        assert "uz" not in rows  # no Uzbek Latin question in this set: no line
        assert re.match(r"all +3 ", rows["all"])
        assert "expect: id 3 " in "\n".join(lines) and "null 1 100%" in "\n".join(lines)


@pytest.mark.parametrize(("rows", "expect_line"), [
    # the right answer: none wrong
    ([SMALL_SET[0]], "expect: id 1 100% (0 wrong)"),
    # another entry answered with confidence on an id line: one wrong
    (['{q: "How much money did migrants send to Uzbekistan in 2024?", lang: en, '
      'expect: concept-causes}'], "expect: id 1 0% (1 wrong)"),
    # the entry itself answered on a near-miss line: wrong; abstaining there is not
    (['{q: "How much money did migrants send to Uzbekistan in 2024?", lang: en, '
      'expect: {clarify: remit-2024-total}}',
      '{q: "What is the weather in Tashkent tomorrow?", lang: en, '
      'expect: {clarify: remit-2024-total}}'], "expect: clarify 2 0% (1 wrong)"),
])
def test_eval_counts_confident_wrong_answers_per_expectation(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, evaluated: KnowledgeBase,
        rows: list[str], expect_line: str) -> None:
    assert cli.main(["eval", str(write_set(tmp_path / "s.yaml", rows))]) == 0
    assert f"  {expect_line}" in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("rows", "kind_line"), [
    # per kind, the id and clarify lines answered with confidence and wrong
    (['{q: "How much money did migrants send to Uzbekistan in 2024?", lang: en, kind: sms, '
      'expect: concept-causes}',
      '{q: "How much money did migrants send to Uzbekistan in 2024?", lang: en, kind: sms, '
      'expect: remit-2024-total}',
      '{q: "What are remittances?", lang: en, kind: plain, expect: remit-definition}'],
     "kind:   plain 1 100% (0 wrong), sms 2 50% (1 wrong)"),
    # a kind with no id or clarify line has no count
    (['{q: "What are remittances?", lang: en, kind: plain, expect: remit-definition}',
      '{q: "hello", lang: en, kind: greeting, expect: greeting}'],
     "kind:   greeting 1 100%, plain 1 100% (0 wrong)"),
])
def test_eval_counts_confident_wrong_answers_per_kind(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, evaluated: KnowledgeBase,
        rows: list[str], kind_line: str) -> None:
    assert cli.main(["eval", str(write_set(tmp_path / "s.yaml", rows))]) == 0
    assert f"  {kind_line}" in capsys.readouterr().out.splitlines()


def test_eval_json_save_and_change_since_saved(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, evaluated: KnowledgeBase) -> None:
    saved = tmp_path / "baseline.json"
    assert cli.main(["eval", "--json", "--save", "--baseline", str(saved)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert set(figures) == {"bot", "baseline"}
    for who in figures.values():
        assert set(who) == {"tune", "holdout"}
        for report in who.values():
            assert set(report["right"]) == set(LANGS)
            assert 0 <= report["abstained_on_null"] <= 1
            assert 0 <= report["confident_wrong"] <= 1
    assert figures["bot"]["holdout"]["counts"]["urgent"] > 0
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["figures"] == figures
    assert all(isinstance(line, int) for line in data["right"]["holdout"])  # never the text
    assert cli.main(["eval", "--baseline", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "change since the saved eval" in out
    assert re.search(r"tune: en \+0\.0%, ru \+0\.0%", out), out  # nothing changed
    assert "got worse" not in out


def test_eval_names_a_line_that_got_worse(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        evaluated: KnowledgeBase) -> None:
    worse = '{q: "What is the weather in Tashkent tomorrow?", lang: en, expect: remit-2024-total}'
    monkeypatch.setattr(cli, "TUNE", write_set(tmp_path / "t.yaml", [SMALL_SET[0], worse]))
    saved = tmp_path / "baseline.json"
    saved.write_text(json.dumps({"figures": {}, "right": {
        "tune": ["What is the weather in Tashkent tomorrow?"], "holdout": []}}),
        encoding="utf-8")
    assert cli.main(["eval", "--baseline", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "tune: 1 got worse:" in out
    assert "'What is the weather in Tashkent tomorrow?': expected remit-2024-total" in out


def test_eval_from_line_scores_only_the_block_appended_there(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, shipped: KnowledgeBase) -> None:
    path = write_set(tmp_path / "s.yaml", SMALL_SET)  # rows on lines 2-5
    assert cli.main(["eval", str(path), "--from-line", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line for line in lines if line and not line.startswith(" ")}
    assert lines[0].split() == ["tune", "(2", "lines)"]
    assert "en" not in rows and "ru" not in rows
    assert re.match(r"uz-Cyrl +1 ", rows["uz-Cyrl"])
    assert "null 1 100%" in "\n".join(lines)


@pytest.mark.parametrize("argv", [["eval", "--from-line", "3"],
                                  ["eval", str(cli.HOLDOUT), "--from-line", "3"],
                                  ["eval", str(cli.TUNE), "--from-line", "3", "--calibrate"],
                                  ["eval", str(cli.TUNE), "--from-line", "3", "--save"]])
def test_eval_from_line_needs_a_tune_file(capsys: pytest.CaptureFixture[str],
                                          shipped: KnowledgeBase, argv: list[str]) -> None:
    assert cli.main(argv) == 2
    out = capsys.readouterr()
    assert out.out == "" and "--from-line" in out.err


def test_eval_save_of_one_file_is_refused(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    saved = tmp_path / "baseline.json"
    assert cli.main(["eval", str(cli.TUNE), "--save", "--baseline", str(saved)]) == 2
    assert "--save" in capsys.readouterr().err and not saved.exists()


def test_calibrate_never_reads_the_holdout(capsys: pytest.CaptureFixture[str],
                                           shipped: KnowledgeBase) -> None:
    assert cli.main(["eval", "--calibrate", str(cli.HOLDOUT)]) == 2
    assert "never calibrated on" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("rows", "messages"),
    [
        ([SMALL_SET[0], '{q: "x", lang: en, expect: no-such-entry}'],
         [":3: unknown entry id 'no-such-entry'"]),
        (['{q: "x", lang: ru, expect: typo-1}', SMALL_SET[3], '{q: "y", lang: uz, expect: typo-2}'],
         [":2: unknown entry id 'typo-1'", ":4: unknown entry id 'typo-2'"]),
        ([SMALL_SET[0], '{q: "x", lang: xx, expect: null}'], [":3: each row needs q, lang"]),
        ([SMALL_SET[0], '{q: "x", lang: en, kind: near-miss, expect: null}'],
         [":3: unknown kind 'near-miss' (one of chatty, exam"]),
    ],
)
def test_eval_rejects_a_bad_labelled_set_with_file_and_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, shipped: KnowledgeBase,
        rows: list[str], messages: list[str]) -> None:
    path = write_set(tmp_path / "bad.yaml", rows)
    assert cli.main(["eval", str(path)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.startswith("hamroh eval: ")
    for message in messages:
        assert f"{path}{message}" in out.err


def test_eval_of_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        shipped: KnowledgeBase) -> None:
    assert cli.main(["eval", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err


def test_bench_prints_load_time_and_percentiles(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path, thawed: None) -> None:
    monkeypatch.setattr(cli, "TUNE", write_set(tmp_path / "q.yaml", SMALL_SET))
    # the demo knowledge folder: what bench prints is under test, not how fast it loads,
    # indexes and matches (the shipped base's load and index cost ~0.45 s of CPU here)
    monkeypatch.setenv("KNOWLEDGE_DIR", str(write_tree(tmp_path / "knowledge")))
    collector = gc.get_threshold()
    assert cli.main(["bench", "--rounds", "1"]) == 0
    assert (gc.get_threshold(), gc.get_freeze_count()) == (collector, 0)  # given back
    out = capsys.readouterr().out
    assert re.search(r"^load \+ index: +[\d.]+ ms$", out, re.M), out
    assert re.search(r"^warm-up: +[\d.]+ ms \([1-9]\d* words' similar words", out, re.M), out
    assert re.search(r"p99 [\d.]+ ms", out), out
    assert re.search(r"^match CPU time: mean [\d.]+ ms, p50 [\d.]+ ms, p99 [\d.]+ ms; "
                     r"first round", out, re.M), out
    assert re.search(r"match: 10 questions \(10 x 1\)", out), out  # 4 labelled + 6 odd ones
    rss = re.search(r"^peak RSS: (\d+) MB$", out, re.M)
    assert rss and int(rss[1]) > 0, out


@pytest.mark.slow  # a process per part
def test_bench_quick_runs_every_part_at_small_sizes(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "TUNE", write_set(tmp_path / "q.yaml", SMALL_SET))
    profile = tmp_path / "profile.txt"
    assert cli.main(["bench", "--quick", "--rounds", "1", "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^load \+ index: +[\d.]+ ms$", out, re.M), out
    row = re.search(r"^\| 100 \| ([\d,]+) \| [\d.]+ s \| [\d.]+ s \([\d.]+ s \+ [\d.]+ s\) \| "
                    r"[\d.]+ s \([\d.]+ s \+ [\d.]+ s\) \| "
                    r"[\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| (\d+) MB \|$", out, re.M)
    assert row, out
    assert int(row[1].replace(",", "")) > 100 and int(row[2]) > 0
    assert re.search(r"^first answer after start: [\d.]+ s$", out, re.M), out
    for name in ("floor", "hamroh"):
        assert re.search(rf"^ *{name}: 20 users in [\d.]+ s = \d+ updates/s; getUpdates to "
                         r"reply p50 \d+ ms, p99 \d+ ms; bot CPU [\d.]+ ms per update$",
                         out, re.M), out
    assert re.search(r"^ratio hamroh / floor: [\d.]+ \(rtt 0 ms", out, re.M), out
    bot = r"\d+ updates/s, bot CPU [\d.]+ ms \(event loop [\d.]+ ms\), server CPU [\d.]+ ms"
    assert re.search(rf"^median of 1 pair, per update: floor {bot}; hamroh {bot}$", out,
                     re.M), out
    assert "fake server rejected" not in out
    # 20 updates may take less CPU than one sample: the file is written either way, with
    # both bots' profiles (the sampler's own cost falls on both alike).
    sections = re.findall(r"^== (\w+)$", profile.read_text(encoding="utf-8"), re.M)
    assert sections == ["hamroh", "floor"], out


def test_bench_profile_into_a_missing_folder_is_refused_before_the_run(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["bench", "--e2e", "--profile", str(tmp_path / "no" / "p.txt")]) == 2
    assert "no folder" in capsys.readouterr().err


def test_bench_profile_needs_e2e(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["bench", "--profile", str(tmp_path / "p.txt")]) == 2
    assert "--e2e" in capsys.readouterr().err
    assert not (tmp_path / "p.txt").exists()


@pytest.mark.parametrize(("args", "said"), [
    (["--pairs", "2"], "--e2e"),
    (["--e2e", "--pairs", "0"], "at least 1"),
    (["--e2e", "--pairs", "-3"], "at least 1"),
])
def test_bench_pairs_are_refused_where_they_mean_nothing(
        capsys: pytest.CaptureFixture[str], args: list[str], said: str) -> None:
    assert cli.main(["bench", *args]) == 2
    assert said in capsys.readouterr().err


def test_bench_scale_below_the_shipped_size_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path, kb: KnowledgeBase) -> None:
    # bench reads its questions before it sizes the bases: a small set, not all of tune.
    monkeypatch.setattr(cli, "TUNE", write_set(tmp_path / "q.yaml", SMALL_SET))
    assert cli.main(["bench", "--scale", "10"]) == 2
    assert f"at least {len(kb.entries)}" in capsys.readouterr().err


# ---------------------------------------------------------------- the parser


def subcommands() -> tuple[dict[str, argparse.ArgumentParser], dict[str, str | None]]:
    parser = cli.build_parser()
    [action] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {a.dest: a.help for a in action._choices_actions}
    return dict(action.choices), helps


def test_every_subcommand_has_help_text() -> None:
    parsers, helps = subcommands()
    assert set(parsers) >= {"run", "console", "ask", "check", "eval", "bench", "quiz", "report"}
    for name, sub in parsers.items():
        assert (helps.get(name) or "").strip(), f"subcommand {name!r} has no help"
        assert sub.get_default("func") is not None, name


def test_the_module_docstring_lists_every_subcommand() -> None:
    parsers, _ = subcommands()
    documented = set(re.findall(r"python -m bot (\w+)", cli.__doc__ or ""))
    assert documented == set(parsers)


@pytest.mark.parametrize(
    "argv",
    [[], ["nonsense"], ["ask", "--lang", "fr"], ["quiz", "-n", "7"], ["bench", "--rounds", "x"]],
)
def test_bad_arguments_exit_2_with_usage(capsys: pytest.CaptureFixture[str],
                                         argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 2
    assert "usage: hamroh" in capsys.readouterr().err


# ---------------------------------------------------------------- the console


def scripted(lines: Iterable[str]) -> tuple[Callable[[str], str], list[str]]:
    """A ``read`` that returns the lines in turn, then raises EOFError; and what is left."""
    left = list(lines)

    def read(prompt: str) -> str:
        assert isinstance(prompt, str)
        if not left:
            raise EOFError
        return left.pop(0)

    return read, left


@pytest.mark.parametrize(
    ("pick", "lang"),  # LANGS is en, ru, uz, uz-Cyrl: "3" is Uzbek in Latin letters
    [("1", "en"), ("2", "ru"), ("3", "uz"), ("4", "uz-Cyrl"), ("ru", "ru"), (" 4 ", "uz-Cyrl"),
     ("", None), ("9", None), ("0", None), ("fr", None)],
)
def test_console_language_pick_answer_did_you_mean_and_quit(answerer: Answerer, pick: str,
                                                           lang: str | None,
                                                           ambiguous: str) -> None:
    kb = answerer.kb
    read, left = scripted([pick, REMIT, ambiguous, "1", ambiguous, "2", "/quit", "never read"])
    out: list[str] = []
    console = Console(answerer, read=read, write=out.append)
    assert console.loop() == 0
    assert left == ["never read"]
    assert console.lang == lang
    # The language menu lists every language by its own name, in LANGS order.
    assert out[0] == translator("en")(PICK_LANGUAGE)
    assert out[1:1 + len(LANGS)] == [f"  {k}. {LANGUAGE_NAMES[x]}"
                                     for k, x in enumerate(LANGS, 1)]
    assert out[1 + len(LANGS)] == translator(lang or "en")(PROMPT_HELP)
    text = "\n".join(out)
    answer_lang = lang or "en"  # no choice: the question's own language
    assert kb.entries["remit-2024-total"].answer[answer_lang] in text
    clarify = answerer.ask(ambiguous, lang=lang)
    assert clarify.kind == "clarify" and len(clarify.choices) >= 2
    _ = translator(clarify.lang)
    assert _(CLARIFY) in text
    for k, entry in enumerate(clarify.choices, 1):
        assert f"{k}. {entry.title(clarify.lang)}" in text
    shown = [plain_text(answerer.entry_reply(e.id, clarify.lang), kb) for e in clarify.choices]
    first = out.index(shown[0])  # "1" showed the first choice ...
    assert out[first - 2] == plain_text(clarify, kb)
    # ... and "2", after the same question again, the second (then its related questions)
    second = len(out) - 1 - out[::-1].index(shown[1])
    assert second > first and out[second + 1] == "" and out[-1] == ""
    assert clarify.choices[1].answer[clarify.lang] in out[second]


@pytest.mark.parametrize(
    ("lines", "written"),
    [
        ([], 1 + len(LANGS)),  # end of input at the language choice: leave quietly
        (["1"], 1 + len(LANGS) + 2),  # ... or at the first question
        (["1", "/exit"], 1 + len(LANGS) + 1),
        (["2", "/q"], 1 + len(LANGS) + 1),
    ],
)
def test_console_ends_with_status_0(answerer: Answerer, lines: list[str], written: int) -> None:
    read, _ = scripted(lines)
    out: list[str] = []
    assert Console(answerer, read=read, write=out.append).loop() == 0
    assert len(out) == written


def test_console_with_a_language_skips_the_menu_and_lang_reopens_it(answerer: Answerer) -> None:
    read, left = scripted(["/lang", "2", REMIT, "/quit"])
    out: list[str] = []
    console = Console(answerer, lang="en", read=read, write=out.append)
    assert console.loop() == 0 and left == []
    assert out[0] == translator("en")(PROMPT_HELP)
    assert console.lang == "ru"
    assert answerer.kb.entries["remit-2024-total"].answer["ru"] in "\n".join(out)


@pytest.mark.parametrize(("line", "lang"), [
    ("/lang ru", "ru"), ("/lang 4", "uz-Cyrl"), ("/lang uz", "uz"), ("/lang  2 ", "ru"),
    ("/lang English", "en"), ("/lang uz-Cyrl", "uz-Cyrl"),
    ("/lang xx", None),  # not a language: each question's own, as Enter in the menu
])
def test_console_lang_takes_the_language_on_the_same_line(answerer: Answerer, line: str,
                                                          lang: str | None) -> None:
    read, left = scripted([line, "/quit", "never read"])
    out: list[str] = []
    console = Console(answerer, lang="en", read=read, write=out.append)
    assert console.loop() == 0 and left == ["never read"]
    assert console.lang == lang
    assert translator("en")(PICK_LANGUAGE) not in out  # no menu shown


@pytest.mark.parametrize("lang", ["en", "ru", "uz", "uz-Cyrl"])
def test_console_numbers_an_answers_related_questions_and_follows_them(
        answerer: Answerer, lang: str) -> None:
    """The terminal has no buttons: an answer's related questions are numbered choices."""
    kb = answerer.kb
    reply = answerer.ask(REMIT, lang=lang)
    assert reply.kind == "answer" and reply.related
    read, left = scripted([REMIT, "2", "/quit"])
    out: list[str] = []
    console = Console(answerer, lang=lang, read=read, write=out.append)
    assert console.loop() == 0 and left == []
    listed = "\n".join(f"{k}. {e.title(lang)}" for k, e in enumerate(reply.related, 1))
    assert listed in out
    second = reply.related[1]
    followed = answerer.entry_reply(second.id, lang)
    assert out[-4:] == [plain_text(followed, kb), "",
                        "\n".join(f"{k}. {e.title(lang)}"
                                  for k, e in enumerate(followed.related, 1)), ""]
    assert second.answer[lang] in out[-4]


@pytest.mark.parametrize("lang", ["en", "ru", "uz", "uz-Cyrl"])
def test_console_topics_list_a_topics_questions_and_show_one(answerer: Answerer,
                                                             lang: str) -> None:
    """/topics as on Telegram: the topics numbered, a number lists that topic's questions,
    a number then shows that answer (not "one word is not enough", as before)."""
    kb = answerer.kb
    topic = list(kb.topics).index("remittances") + 1
    read, left = scripted(["/topics", str(topic), "1", "/quit"])
    out: list[str] = []
    console = Console(answerer, lang=lang, read=read, write=out.append)
    assert console.loop() == 0 and left == []
    names = [t.title[lang] for t in kb.topics.values()]
    entries = kb.entries_of("remittances")
    assert out[1:5] == [translator(lang)(TOPICS_TITLE),
                        "\n".join(f"{k}. {n}" for k, n in enumerate(names, 1)), "",
                        kb.topics["remittances"].title[lang]]
    assert out[5] == "\n".join(f"{k}. {e.title(lang)}" for k, e in enumerate(entries, 1))
    assert out[7] == plain_text(answerer.entry_reply(entries[0].id, lang), kb)


@pytest.mark.parametrize(("lines", "played"), [
    (["/quiz"], [(None, "ru")]),
    (["/quiz remittances"], [("remittances", "ru")]),
    (["/QUIZ@HamrohBot"], [(None, "ru")]),
    (["/help", "/start", "/stats", "/topics2"], []),  # the help, four times
])
def test_console_commands_play_the_quiz_or_show_the_help(answerer: Answerer,
                                                         lines: list[str],
                                                         played: list[tuple]) -> None:
    read, left = scripted([*lines, "/quit"])
    out: list[str] = []
    games: list[tuple] = []
    console = Console(answerer, lang="ru", read=read, write=out.append,
                      quiz=lambda topic, lang: games.append((topic, lang)) or 0)
    assert console.loop() == 0 and left == []
    assert games == played
    helps = out.count(translator("ru")(PROMPT_HELP))
    assert helps == 1 + (len(lines) if not played else 0)
    assert abstain_text(answerer.kb, "ru") not in "\n".join(out)


def test_console_quiz_plays_in_the_terminal(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str],
                                            shipped: KnowledgeBase) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/quiz\nq\n/quit\n"))
    assert cli.main(["console", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "1/5. " in out and translator("ru")(STOPPED) in out


def test_console_command_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str],
                                     shipped: KnowledgeBase) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{REMIT}\n/quit\n"))
    assert cli.main(["console", "--lang", "ru"]) == 0
    assert shipped.entries["remit-2024-total"].answer["ru"] in capsys.readouterr().out


class Interrupted(io.StringIO):
    def readline(self, size: int | None = -1) -> str:
        raise KeyboardInterrupt


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch, shipped: KnowledgeBase) -> None:
    monkeypatch.setattr("sys.stdin", Interrupted())
    assert cli.main(["console"]) == 130


# ---------------------------------------------------------------- the terminal quiz


def test_play_quiz_then_stop_at_once(kb: KnowledgeBase, tmp_path: Path) -> None:
    settings = load_settings({"DATABASE_PATH": str(tmp_path / "quiz.sqlite3")})
    read, left = scripted(["1"] * 5 + ["unused"])
    out: list[str] = []
    assert play_quiz(kb, settings, topic=None, lang="en", length=5, read=read,
                     write=out.append) == 0
    assert left == ["unused"]
    headers = [line for line in out if re.match(r"\n\d/5\. ", line)]
    assert [h.split(".")[0].strip() for h in headers] == [f"{k}/5" for k in range(1, 6)]
    right = out.count(translator("en")(QUIZ_CORRECT))
    wrong = sum(line.startswith("Not quite. The answer: ") for line in out)
    assert right + wrong == 5
    assert translator("en")(RESULT).format(right=right, asked=5) in out
    assert translator("en")(STOPPED) not in out
    with Store(settings.database_path) as store:
        [first] = [s for s in (store.session(1),) if s]
        assert first.status == "finished" and first.position == 5
        boxes = store.boxes(0)
        assert len(boxes) == 5 and sum(b.right for b in boxes.values()) == right
        missed = {i for i, b in boxes.items() if b.box == 1}

    read, left = scripted(["q", "unused"])
    out = []
    assert play_quiz(kb, settings, topic=None, lang="en", length=5, read=read,
                     write=out.append) == 0
    assert left == ["unused"]
    assert out[-2:] == [translator("en")(STOPPED),
                        translator("en")(RESULT).format(right=0, asked=0)]
    with Store(settings.database_path) as store:
        second = store.session(2)
        assert second is not None and second.status == "stopped" and second.position == 0
        assert store.answers(second.id) == []
        if missed:  # Leitner: a missed question is asked first next time
            assert second.item_ids[0] in missed


@pytest.mark.parametrize(
    ("lines", "lang", "expected"),
    [
        (["q"], "ru", [translator("ru")(STOPPED)]),
        ([], "uz", [translator("uz")(STOPPED)]),  # end of input stops the quiz
        # not a number, or out of range: asked again, not scored
        (["x", "9", "q"], "en", [translator("en")(QUIZ_PICK).split("{n}")[0],
                                 translator("en")(STOPPED)]),
    ],
)
def test_play_quiz_odd_input(kb: KnowledgeBase, tmp_path: Path, lines: list[str], lang: str,
                             expected: list[str]) -> None:
    settings = load_settings({"DATABASE_PATH": str(tmp_path / "quiz.sqlite3")})
    read, _ = scripted(lines)
    out: list[str] = []
    assert play_quiz(kb, settings, topic="law", lang=lang, length=5, read=read,
                     write=out.append) == 0
    text = "\n".join(out)
    for piece in expected:
        assert piece in text


@pytest.mark.parametrize(("lines", "lang"), [
    (["x", "", "0", "9", "2", "q"], "en"),
    (["а", " ", "9", "1", "й"], "uz-Cyrl"),  # "й": q on a Russian keyboard
    (["?", "3", "q"], "ru"),
])
def test_play_quiz_asks_again_until_the_answer_is_an_option(
        kb: KnowledgeBase, tmp_path: Path, lines: list[str], lang: str) -> None:
    """A letter, an empty line or a number out of range loses nothing: the same question
    is asked again, and only the option picked is scored (tester s11)."""
    settings = load_settings({"DATABASE_PATH": str(tmp_path / "quiz.sqlite3")})
    read, left = scripted(lines)
    out: list[str] = []
    assert play_quiz(kb, settings, topic="law", lang=lang, length=5, read=read,
                     write=out.append) == 0
    assert left == []
    _ = translator(lang)
    asked_again = [line for line in out if line.startswith(_(QUIZ_PICK).split("{n}")[0])]
    assert len(asked_again) == len(lines) - 2
    assert [line for line in out if re.match(r"\n\d/5\. ", line)][1:2]  # went on to no. 2
    assert _(RESULT).format(right=0, asked=1) in out or _(RESULT).format(right=1, asked=1) in out
    with Store(settings.database_path) as store:
        session = store.session(1)
        assert session is not None and len(store.answers(session.id)) == 1


def test_play_quiz_unknown_topic_exits_2(kb: KnowledgeBase, tmp_path: Path) -> None:
    settings = load_settings({"DATABASE_PATH": str(tmp_path / "quiz.sqlite3")})
    out: list[str] = []
    assert play_quiz(kb, settings, topic="nope", lang="en", length=5,
                     read=scripted([])[0], write=out.append) == 2
    assert out and out[0].startswith("unknown topic 'nope'")
    assert not (tmp_path / "quiz.sqlite3").exists()


def test_quiz_command_uses_the_database_path_setting(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str],
                                                     shipped: KnowledgeBase,
                                                     environment: Path) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    assert cli.main(["quiz", "--lang", "ru", "--topic", "law"]) == 0
    assert translator("ru")(STOPPED) in capsys.readouterr().out
    with Store(environment) as store:
        assert [s.status for s in (store.session(1),) if s] == ["stopped"]
