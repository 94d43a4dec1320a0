"""pytest-xdist's messages per test cut from six to three on each worker (``conftest``'s
``pytest_configure`` calls ``lean_worker``).

A worker sends the controller, for every test, the start of its log, a report of each of
its three phases (setup, call, teardown), the end of its log and its completion: six
messages, each serialised by the worker and read back, and passed through the
controller's hooks. In a run that prints no file names, test names or durations (``-q``
or no ``-v``; no ``--durations``, no ``--junitxml``) the controller does nothing with the
start of a log or with a setup or a teardown that passed without output, so they are not
sent; every failure, error, skip and captured output still is, with the call's report of
every test. About 0.4 ms of CPU per test (a trivial test's 2.5 ms over the three
processes), ~1.7 s for the quick suite.

pytest-xdist runs its worker module as a script (its class is not importable), so the
worker's interactor is found by its class's name and given a subclass with two of its
hooks changed; pytest-xdist is pinned in pyproject.toml. Another version without that
class leaves everything as it was.
"""

from __future__ import annotations

import pytest


def lean_worker(config: pytest.Config) -> None:
    """On a pytest-xdist worker, unless the run shows what the left-out messages carry."""
    interactor = next((p for p in config.pluginmanager.get_plugins()
                       if type(p).__name__ == "WorkerInteractor"), None)
    if interactor is None or not _lean_run(config):
        return

    class Lean(type(interactor)):  # type: ignore[misc]
        @pytest.hookimpl
        def pytest_runtest_logstart(self, nodeid: str, location: object) -> None:
            """The controller writes nothing for it unless verbose."""

        @pytest.hookimpl
        def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
            if report.when == "call" or not report.passed or report.sections:
                super().pytest_runtest_logreport(report)

    config.pluginmanager.unregister(interactor)
    interactor.__class__ = Lean
    config.pluginmanager.register(interactor)


def _lean_run(config: pytest.Config) -> bool:
    """Whether nothing in this run reads a log's start or a quiet phase that passed."""
    option = config.option
    return (option.verbose <= 0 and getattr(option, "durations", None) is None
            and not getattr(option, "xmlpath", None))
