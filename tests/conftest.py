"""Shared fixtures: the shipped knowledge base and matcher are built once per session, and
so is each evaluation of them on a labelled set (``eval`` and the matcher gates share it).

The bot is imported inside the functions, not here: pytest-xdist's controller loads this
file too, before it starts the workers, and needs none of it (half a second of start-up).
"""

from __future__ import annotations

import copy
import functools
import gc
import subprocess
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, Self, TypeVar

import pytest

from tests.shared_reader import shared_reader  # noqa: F401 (a fixture: tests/shared_reader.py)

if TYPE_CHECKING:
    from bot import knowledge
    from bot.answers import Answerer
    from bot.devtools.fakebotapi import FakeBotAPI
    from bot.evaluation import Labelled, Report
    from bot.matcher import Matcher
    from bot.phrases import PhraseIndex
    from bot.verdict import Match
    from tests.kept_reports import Cache

ROOT = Path(__file__).resolve().parent.parent


class Loadable(Protocol):
    @classmethod
    def load(cls) -> Self: ...


Loaded = TypeVar("Loaded", bound=Loadable)
KNOWLEDGE = ROOT / "knowledge"


def read_yaml(path: Path) -> object:
    """A YAML file's data, parsed with libyaml's C loader when PyYAML has it (the big test
    data files take a second with the pure-Python one)."""
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_labelled(path: Path, load: Callable[[Path], list[Labelled]] | None = None
                  ) -> list[Labelled]:
    """``evaluation.load_labelled`` (or ``load``), parsed once per session for each content
    of the file.

    Tune's ~9,800 lines take about 0.45 s of CPU to parse (line numbers need PyYAML's node
    tree), and the tests read tune and holdout about thirty times; tune's parse is also kept
    for the next session (``tests/kept_labelled.py``).
    """
    if load is None:
        from bot.evaluation import load_labelled as load
    return list(_labelled(Path(path), Path(path).read_bytes(), load))


@functools.cache
def _labelled(path: Path, data: bytes, load: Callable[[Path], list[Labelled]]
              ) -> tuple[Labelled, ...]:
    """Tune's parse by ``evaluation.load_labelled`` is kept for the next session with the
    same code and file (``tests/kept_labelled.py``)."""
    from tests.kept_labelled import kept_labelled

    real = (getattr(load, "__module__", None), getattr(load, "__qualname__", None)) == (
        "bot.evaluation", "load_labelled")  # (another loader's parse is not kept)
    cache = SESSION_CACHE[0] if SESSION_CACHE and real else None
    return kept_labelled(cache, path, data, load)


@pytest.fixture(scope="session")
def safe_loaded(request: pytest.FixtureRequest) -> Callable[[Path], object]:
    """``safe_loaded(path)``: PyYAML's ``yaml.safe_load`` of the file's text, computed once
    per session for each text (the pure-Python loader: ~0.8 s of CPU for the knowledge
    files, which two tests compare with), and kept for the next session
    (``tests/kept_yaml.py``). The tests that use it are one xdist group."""
    from tests.kept_yaml import kept_safe_load

    load = functools.cache(kept_safe_load(getattr(request.config, "cache", None)))
    return lambda path: load(Path(path).read_text("utf-8"))


SESSION_CACHE: list[Cache] = []
"""pytest's cache folder of this session (``config.cache``), when it has one."""


@functools.cache
def shipped_answerer() -> Answerer:
    """The shipped knowledge base and its index, loaded and built once per test session, or
    read back as an earlier session with the same code and knowledge built it
    (``tests/kept_answerer.py``).

    Fixtures below and every end-to-end bot (``tests/e2e_harness.py``) share it; nothing
    may change it (a test that needs another knowledge base builds its own).
    """
    from bot import collector
    from tests.kept_answerer import kept_answerer

    answerer = kept_answerer(SESSION_CACHE[0] if SESSION_CACHE else None)
    collector.freeze()  # kept all session: see pytest_collection_finish
    return answerer


@functools.cache
def shipped(cls: type[Loaded]) -> Loaded:
    """``cls.load()`` (``Thesaurus``, ``PhraseBook``, ``Reader``: what the shipped
    knowledge folder's thesaurus or phrase lists make), read once per session.

    Each reads and checks a file of knowledge/ again (~70 ms of CPU), and tests of what they
    find called it once per table row. What they remember of the words they read changes no
    result (the session's matcher is shared alike).
    """
    return cls.load()


def fresh_memory(matcher: Matcher) -> Matcher:
    """The session's ``matcher`` as a newly built one is: the same index, read-only once
    built, with nothing remembered yet of the words questions asked (``Index._similar``,
    ``Index._weighed_words``, the entries they reach (``Postings.reach``), and what the
    phrase lists found each word starts), and
    nothing it remembers reaching the session's own.

    For the tests about what a matcher remembers: a second build of the shipped index costs
    about half a second of CPU.
    """
    from bot.phrases import PhraseIndex
    from bot.phrasetable import PhraseTable

    fresh = copy.copy(matcher)
    fresh._similar, fresh._weighed_words = {}, {}
    if matcher._postings is not None:  # what each word's similar words reach
        fresh._postings = copy.copy(matcher._postings)
        fresh._postings._reach = {}
    for name in ("reader", "thesaurus", "_documents"):  # their phrase lists remember too
        owner = copy.copy(getattr(fresh, name))
        for key, value in vars(owner).items():
            if isinstance(value, PhraseIndex):
                setattr(owner, key, cold_copy(value))
        setattr(fresh, name, owner)
    cold = {id(v): cold_copy(v) for v in matcher._not_covered}  # (shared lists stay shared)
    fresh._not_covered = [cold[id(v)] for v in matcher._not_covered]
    PhraseTable(fresh._phrase_indexes())  # as a newly built matcher's, with nothing in it
    return fresh


def cold_copy(index: PhraseIndex) -> PhraseIndex:
    """A copy of a phrase list that remembers nothing yet and is in no ``PhraseTable``."""
    fresh = copy.copy(index)
    fresh._cache, fresh._nothing, fresh._found, fresh.shared = {}, set(), {}, None
    return fresh


class Recalled:
    """The session's ``matcher`` giving back the matches ``report`` holds for its messages
    instead of matching them again (any other message is matched); everything else is the
    matcher's own.

    For tests that need the bot's replies to many tune lines but are about what is done
    with them (rendering, a warmed matcher compared with the session's): the session's
    report on tune already holds those matches (``reports``), computed once or read back.
    """

    def __init__(self, matcher: Matcher, report: Report) -> None:
        self._matcher = matcher
        self._known = {o.item.q: o.match for o in report.outcomes}

    def match(self, text: str) -> Match:
        known = self._known.get(text)
        return known if known is not None else self._matcher.match(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._matcher, name)


class Remembered:
    """The session's ``matcher``, remembering its match of each message it was asked (the
    same ``Match``, given again); everything else is the matcher's own.

    For ``check``'s lints (``shipped_lints``): each ``check`` run over the shipped knowledge
    asks the matcher every entry's own phrasings (the self-match lint), the same ~280
    questions each time, and three tests run ``check``.
    """

    def __init__(self, matcher: Matcher) -> None:
        self._matcher = matcher
        self._matches: dict[str, Match] = {}

    def match(self, text: str) -> Match:
        known = self._matches.get(text)
        if known is None:
            known = self._matches[text] = self._matcher.match(text)
        return known

    def __getattr__(self, name: str) -> object:
        return getattr(self._matcher, name)


@functools.cache
def remembering_answerer() -> Answerer:
    """The session's knowledge base with its matcher remembering its matches
    (``Remembered``), once per session."""
    from bot.answers import Answerer

    shipped = shipped_answerer()
    return Answerer(shipped.kb, Remembered(shipped.matcher))  # type: ignore[arg-type]


Reports = Callable[[str, Iterable["Labelled"]], "Report"]
"""``reports(who, items)``: the shipped matcher's (``who="bot"``) or the plain baseline's
(``"baseline"``) report on labelled lines."""


@pytest.fixture(scope="session")
def reports(request: pytest.FixtureRequest) -> Reports:
    """Each report computed once per session for each set of lines.

    Running tune and holdout through both takes seconds; ``eval``'s tests and the matcher
    gates read the same reports instead of each computing them again. Under pytest-xdist
    every test that uses this fixture runs on one worker (see the collection hook below),
    so the reports are not computed again on the other. The baseline's scores are also kept
    between sessions, and a fresh clone reads tune's from a committed file
    (``bot/keptbaseline.py``); the bot's reports are kept for the next session with the
    same code and knowledge, never committed (``tests/kept_reports.py``).
    """
    # Bound here, before eval's tests put this fixture in their place (test_cli.py).
    from bot.keptbaseline import kept_best_matches
    from bot.scorecard import baseline
    from tests.kept_reports import kept_evaluate

    # The cache folder is None under -p no:cacheprovider: then only the committed seed, and
    # the bot's reports are computed.
    cache = getattr(request.config, "cache", None)
    best = kept_best_matches(cache)
    evaluate = kept_evaluate(cache)

    @functools.cache
    def report(who: str, items: tuple[Labelled, ...]) -> Report:
        shipped = shipped_answerer()
        if who == "bot":
            return evaluate(shipped.matcher, list(items))
        assert who == "baseline", who
        return baseline(shipped.kb, list(items), best)

    return lambda who, items: report(who, tuple(items))


@pytest.fixture(scope="session")
def tune_answerer(reports: Reports) -> Answerer:
    """The session's answerer, its matcher recalling the bot's match of every tune line from
    the session's report on tune (``Recalled``): these tests run with ``reports``."""
    from bot.answers import Answerer

    shipped = shipped_answerer()
    report = reports("bot", read_labelled(ROOT / "tests" / "data" / "tune.yaml"))
    return Answerer(shipped.kb, Recalled(shipped.matcher, report))  # type: ignore[arg-type]


def pytest_configure(config: pytest.Config) -> None:
    """Each pytest-xdist worker writes its share of a fresh checkout's bytecode before it
    collects (``tests/bytecode.py``), and sends the controller only the messages it reads
    (``tests/lean.py``); the session's answerer may be kept in the cache folder."""
    from tests.bytecode import write_share
    from tests.lean import lean_worker

    write_share(config)
    lean_worker(config)
    if getattr(config, "cache", None) is not None:  # none under -p no:cacheprovider
        SESSION_CACHE[:] = [config.cache]


def pytest_collection_finish(session: pytest.Session) -> None:
    """What is kept all session (the modules, the collected tests; the session's answerer
    once built) is frozen, as the bot freezes its start-up (``bot.telegram.app``): the cycle
    collector's full runs no longer walk it. They were a third of its CPU in the tests, and
    the first bot started by a test froze all of it anyway.

    The collector then runs as a started bot runs it (``bot.collector.YOUNG_OBJECTS`` new
    objects between runs over the youngest, not Python's 700): each test makes thousands of
    short-lived objects, and at 700 the collector ran ~2,300 times in 900 tests, promoting
    what was alive at each run to the generations that the collector walks less often but
    longer. Its CPU in six large test files: 0.68-0.98 s -> 0.26-0.31 s."""
    from bot import collector

    # What collecting left as garbage (the collector was off: ``pytest_collection``) is
    # frozen with the rest, not collected first: ~35,000 objects a full run would find by
    # walking every object of the process (~0.15 s of each worker's CPU).
    collector.freeze()
    gc.set_threshold(collector.YOUNG_OBJECTS, *gc.get_threshold()[1:])


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """The cycle collector is off while the tests are collected (each worker collects them
    all): collecting ~6,200 tests made it run ~500 times, walking the growing heap of
    modules and items for ~33,000 objects of garbage. A worker's collection: 1.58-1.69 s of
    CPU -> 1.45-1.51 s with one run at the end (0.11-0.13 s of it), and since the
    seventeenth round no run: what collecting left is frozen with what is kept
    (``pytest_collection_finish``)."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """A pytest-xdist worker whose session has finished ends without freeing every object
    of it one by one (``tests/ending.py``): the last step of every run."""
    from tests.ending import end_quickly

    end_quickly(session.config)


SHARED = ("reports", "shipped_lints", "safe_loaded")
"""The session fixtures whose values the tests using them share (each such test goes to the
one worker of its fixture's group): the evaluation reports, the self-match lint's remembered
matches, PyYAML's reading of the knowledge files."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``: ``make quick``, ``make test``), tests that
    share a value computed once go to one worker, so the other does not compute it again:
    the session's evaluation reports and the other values of ``SHARED`` (the matches the
    self-match lint remembers for the ``check`` runs, PyYAML's reading of the knowledge
    files), and each module's module-scoped fixtures (a catalog extraction, a synthetic
    knowledge base). Every other test goes wherever a worker is free.

    The marks must be on before pytest-xdist reads them in its own hook of the same name,
    hence ``tryfirst``; ``pytest_collection_finish`` below checks that they took effect.
    """
    for item in items:
        names = getattr(item, "fixturenames", ())
        shared = next((name for name in SHARED if name in names), None)
        if shared is not None:
            item.add_marker(pytest.mark.xdist_group(shared))
            continue
        info = getattr(item, "_fixtureinfo", None)
        defs = info.name2fixturedefs.values() if info is not None else ()
        if any(d[-1].scope == "module" for d in defs if d):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fails a test that pytest-xdist was asked to group but did not, instead of letting
    every worker compute the shared values again unnoticed.

    pytest-xdist marks a grouped test by appending ``@group`` to its node id; pytest 9.2
    ignores that (pytest-xdist issue 1386), hence ``pytest<9.2`` in pyproject.toml.
    """
    if (item.config.getoption("loadgroup", False)  # set on the workers of --dist loadgroup
            and item.get_closest_marker("xdist_group") and "@" not in item.nodeid):
        pytest.fail(f"--dist loadgroup did not group this test: pytest {pytest.__version__} "
                    "with this pytest-xdist loses the groups", pytrace=False)


@pytest.fixture(scope="session")
def kb() -> knowledge.KnowledgeBase:
    return shipped_answerer().kb


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    return shipped_answerer().matcher


@pytest.fixture(scope="session")
def answerer() -> Answerer:
    return shipped_answerer()


PYTHONS_COLLECTOR = gc.get_threshold()
"""The cycle collector's thresholds as Python starts (read before the session sets its own)."""


@pytest.fixture
def thawed() -> Iterator[None]:
    """The cycle collector as in a process that froze nothing and runs it as Python starts
    it (the tests of what freezing and the thresholds do), and as the session has it again
    after: ``gc.unfreeze`` thaws every frozen object, and the rest of the worker's tests
    would have the collector walk the session's objects again (``pytest_collection_finish``).
    """
    from bot import collector

    threshold = gc.get_threshold()
    collector.unfreeze()
    gc.set_threshold(*PYTHONS_COLLECTOR)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        collector.freeze()


@pytest.fixture
def shipped_lints(monkeypatch: pytest.MonkeyPatch) -> None:
    """``check`` still reads knowledge/ and runs every lint for real, but when what it read
    equals the session's knowledge base its lints read the session's answerer instead of
    indexing the same entries again (a third of a ``check``'s CPU), and its matcher's
    matches of the entries' own phrasings are those of the session's first ``check``
    (``remembering_answerer``: the self-match lint was half of each later run's CPU)."""
    from bot import cli_maintain
    from bot.answers import Answerer

    def answerer(kb: knowledge.KnowledgeBase) -> Answerer:
        remembering = remembering_answerer()
        return remembering if kb == remembering.kb else Answerer(kb)

    monkeypatch.setattr(cli_maintain, "Answerer", answerer)


Command = Callable[..., subprocess.CompletedProcess[str]]
"""``command(*args, env=None)``: ``python -m bot ARGS`` run in this process."""


@pytest.fixture
def command(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Command:
    """Runs a command of ``python -m bot`` in this process, as a subprocess would run it:
    from the project folder, with exactly ``env`` as its environment (default: this
    process's), giving its exit status and output.

    For the tests that are about a command's output, not about the process: starting Python
    and importing the bot again costs about a second each time. The tests about the process
    itself (the module entry point, no traceback) still start one.
    """

    from bot import cli
    from bot.config import load_settings

    def run(*args: str, env: Mapping[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        monkeypatch.chdir(ROOT)
        if env is not None:
            monkeypatch.setattr(cli, "load_settings", functools.partial(load_settings, env))
        capsys.readouterr()
        code = cli.main(list(args))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(["python", "-m", "bot", *args], code, out.out,
                                           out.err)

    return run


@pytest.fixture(scope="session", autouse=True)
def one_tls_context() -> Iterator[None]:
    """Every httpx client of the session shares one default TLS context.

    Each ``telegram.Bot`` makes two httpx clients, and each client loads the CA bundle
    again (about 30 ms): over a hundred test bots spent seconds on it. All test traffic is
    plain HTTP to 127.0.0.1, so nothing under test depends on the context.
    """
    import httpx._transports.default as httpx_transports

    original = httpx_transports.create_ssl_context
    shared = functools.lru_cache(maxsize=1)(lambda: original())

    def create_ssl_context(verify: object = True, cert: object = None,
                           trust_env: bool = True) -> object:
        if verify is True and cert is None and trust_env:
            return shared()
        return original(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx_transports, "create_ssl_context", create_ssl_context)
        yield


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    """A fake Bot API server for one test, with connections kept open between calls; it
    must end with no validation error.

    Injected faults are not validation errors; a test that expects errors clears them itself.
    """
    from bot.devtools.fakebotapi import FakeBotAPI

    server = FakeBotAPI(keep_alive=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()
    server.assert_clean()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """``--dist loadgroup`` as pytest-xdist does it, at less of the controller's CPU per
    test (``tests/scheduling.py``)."""
    if config.getoption("dist") != "loadgroup":
        return None
    from tests.scheduling import Batched

    return Batched(config, log)
