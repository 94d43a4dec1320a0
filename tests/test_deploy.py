"""The deployment files say what the code does: Dockerfile, compose.yaml, Procfile, README.

Docker cannot run here, so these read the files: the image runs as a non-root user, keeps
SQLite on a volume, checks its health with a command that exists, and every command the
files run is one the command line has.
"""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from bot.cli_parser import build_parser
from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
COMMANDS = set(build_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001


def instructions(name: str) -> list[str]:
    """The arguments of every ``name`` instruction of the Dockerfile (continuations joined)."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in text.splitlines()
            if line.split(None, 1)[:1] == [name]]


def bot_commands(text: str) -> list[str]:
    """The sub-commands of every ``python -m bot ...`` in ``text`` (shell or JSON form)."""
    flat = re.sub(r'[\[\]",]', " ", text)
    return re.findall(r"python\s+-m\s+bot\s+([a-z_]+)", flat)


def test_the_image_is_slim_python_and_runs_as_a_user() -> None:
    assert re.fullmatch(r"python:3\.1[1-9]-slim", instructions("FROM")[0])
    user = instructions("USER")
    assert user and user[-1] not in ("root", "0")
    # The last USER comes before the command: the bot never runs as root.
    assert DOCKERFILE.rindex("USER ") < DOCKERFILE.rindex("CMD ")


def test_sqlite_lives_on_the_volume() -> None:
    volumes = instructions("VOLUME")
    assert volumes and "/data" in volumes[0]
    assert "DATABASE_PATH=/data/" in DOCKERFILE


def test_the_healthcheck_runs_the_health_command() -> None:
    check = instructions("HEALTHCHECK")
    assert check and bot_commands(check[0]) == ["health"]
    assert bot_commands(instructions("CMD")[0]) == ["run"]


def test_compose_runs_long_polling_with_the_database_on_a_volume() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["hamroh"]
    assert service["environment"]["WEBHOOK_URL"] == ""
    mounts = {v.split(":")[1]: v.split(":")[0] for v in service["volumes"]}
    assert mounts["/data"] in compose["volumes"]
    assert service["environment"]["DATABASE_PATH"].startswith("/data/")


@pytest.mark.parametrize("name", ["Dockerfile", "Procfile", "README.md", "compose.yaml"])
def test_every_command_the_files_run_exists(name: str) -> None:
    used = bot_commands((ROOT / name).read_text(encoding="utf-8"))
    assert set(used) <= COMMANDS, set(used) - COMMANDS


def test_the_readme_shows_docker_paas_and_systemd() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for needle in ("docker compose up", "Procfile", "systemctl", "python -m bot health",
                   "python -m bot backup"):
        assert needle in readme, needle
    unit = re.search(r"```ini\n(.*?)```", readme, re.S)
    assert unit and "ExecStart=" in unit.group(1) and "User=" in unit.group(1)
    assert all(shlex.split(line) for line in unit.group(1).splitlines() if line.strip())
