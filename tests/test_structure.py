"""The shape of the code: a pure core, and every command both registered and described."""

from __future__ import annotations

import ast
import functools
import inspect
from pathlib import Path

import pytest
from telegram.ext import Application, CommandHandler

from bot.config import Settings
from bot.services import Services
from bot.store import Store
from bot.telegram import handlers as h
from bot.telegram.app import build_application
from tests.conftest import ROOT, shipped_answerer

NOT_CORE = {"telegram", "devtools", "__main__", "data", "__pycache__"}
"""What in bot/ is not the pure core: the Telegram side, the developer tools, the entry point
and the data folder. Everything else, a new module included, is core."""
CORE = sorted(p.stem for p in (ROOT / "bot").iterdir()
              if p.stem not in NOT_CORE and (p.suffix == ".py" or (p / "__init__.py").is_file()))
ADMIN_ONLY = {"reload", "admin_report", "admin_stats"}


@functools.cache
def imports(path: Path) -> tuple[tuple[str, tuple[str, ...] | None], ...]:
    """Each module a file imports: ``(module, None)`` for ``import module``, ``(module,
    names)`` for ``from module import names`` (relative imports left out). Parsed once per
    session: the tests below read the same files again and again (~0.15 s each time)."""
    found: list[tuple[str, tuple[str, ...] | None]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, tuple(a.name for a in node.names)))
    return tuple(found)


def imported_modules(path: Path) -> set[str]:
    return {module for module, _ in imports(path)}


def core_files(name: str) -> list[Path]:
    """The module ``bot/<name>.py``, or every module of the package ``bot/<name>/``."""
    package = ROOT / "bot" / name
    return sorted(package.glob("*.py")) if package.is_dir() else [ROOT / "bot" / f"{name}.py"]


@pytest.mark.parametrize("name", ["siblings", "excluding", "entrykeys", "asking", "phrasebook",
                                  "knowledge", "paths", "config", "__init__"])
def test_the_core_is_every_module_but_the_telegram_side(name: str) -> None:
    assert name in CORE and not NOT_CORE & set(CORE)


def test_the_core_never_imports_telegram() -> None:
    for name, path in ((n, p) for n in CORE for p in core_files(n)):
        modules = imported_modules(path)
        assert not any(m == "telegram" or m.startswith("telegram.") for m in modules), name
        # ... and only the command line may reach into bot.telegram (to run the bot).
        if not name.startswith("cli"):
            assert not any(m.startswith("bot.telegram") for m in modules), name


def module_file(name: str) -> Path | None:
    """The file of the module ``name`` (``bot.x`` or the package ``bot.x``), if ours."""
    base = ROOT.joinpath(*name.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def reached_from(name: str) -> set[str]:
    """Every module of bot that importing ``name`` imports, itself included."""
    seen, todo = set(), [name]
    while todo:
        module = todo.pop()
        path = module_file(module)
        if module in seen or path is None:
            continue
        seen.add(module)
        for imported, names in imports(path):
            if imported.startswith("bot"):
                todo += [imported] + [f"{imported}.{n}" for n in names or ()]
        parent = module.rpartition(".")[0]
        if parent:
            todo.append(parent)  # importing bot.x.y runs bot/x/__init__.py first
    return seen


@pytest.mark.parametrize("module", ["bot.matcher", "bot.thesaurus", "bot.phrasebook",
                                    "bot.answers", "bot.knowledge"])
def test_the_matcher_does_not_import_the_settings(module: str) -> None:
    # bot.config sets PTB_TIMEDELTA in the environment when imported: the core takes the
    # shipped paths from bot.paths instead.
    assert "bot.config" not in reached_from(module)


def test_only_config_reads_the_environment() -> None:
    for path in (ROOT / "bot").rglob("*.py"):
        if path.name != "config.py":
            assert "os.environ" not in path.read_text(encoding="utf-8"), path


def application(tmp_path: Path) -> Application:
    """The bot's application around the session's shipped knowledge base and index."""
    settings = Settings(token="123456789:AAHamroh-structure_test_token_value",
                        database_path=tmp_path / "db.sqlite3")
    services = Services(settings, Store(settings.database_path), shipped_answerer())
    return build_application(settings, services)


def test_every_command_is_registered_and_in_the_menu(tmp_path: Path) -> None:
    app = application(tmp_path)
    registered = {c for handlers in app.handlers.values() for handler in handlers
                  if isinstance(handler, CommandHandler) for c in handler.commands}
    menu = {name for name, _ in h.COMMANDS}
    assert registered == menu | ADMIN_ONLY
    app.bot_data["services"].store.close()


def test_every_handler_says_what_it_does(tmp_path: Path) -> None:
    app = application(tmp_path)
    callbacks = {handler.callback for handlers in app.handlers.values() for handler in handlers}
    for callback in callbacks:
        assert inspect.getdoc(callback), callback.__name__
    app.bot_data["services"].store.close()
