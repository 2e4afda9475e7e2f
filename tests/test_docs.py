"""The README and `--help` stay true: every command has help text and a README entry, and vice versa."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from kg.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix: str = "kg") -> dict:
    found = {}
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        found[path] = command
        if hasattr(command, "commands"):  # a group (typer may carry its own click)
            found |= _commands(command, path)
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_every_command_has_help_text() -> None:
    missing = [path for path, command in COMMANDS.items() if not (command.help or "").strip()]
    assert missing == []


def test_every_command_is_in_the_readme() -> None:
    undocumented = [path for path in COMMANDS if path not in README]
    assert undocumented == []


def test_every_command_the_readme_names_exists() -> None:
    headings = re.findall(r"^### `(kg [^`]+)`$", README, re.M)
    named = {f"kg neo4j {sub.strip()}" for sub in "up | down | status | fetch".split("|")}
    named |= {h for h in headings if "|" not in h}
    assert sorted(named - set(COMMANDS)) == []


def test_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in quick.strip().splitlines()] == ["make demo", "make test"]
