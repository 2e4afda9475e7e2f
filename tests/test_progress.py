"""Progress on long work: rich on stderr only when stderr is a terminal; stdout never carries it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from kg.cli import neo4j_cmd
from kg.cli.progress import counter, spinner
from kg.server.jars import COMPLETE_MARK, lib_dir


def test_first_up_says_it_downloads_the_jars(tmp_path: Path) -> None:
    message = neo4j_cmd.start_message(False, tmp_path)
    assert message.startswith("Downloading Neo4j jars (132 MB, first time only)")
    assert neo4j_cmd.start_message(True, tmp_path) is None  # NEO4J_URI set: nothing to download
    lib_dir(tmp_path).mkdir(parents=True)
    (lib_dir(tmp_path) / COMPLETE_MARK).write_text("5.26\n")
    assert neo4j_cmd.start_message(False, tmp_path) is None


def test_without_a_terminal_the_message_is_one_plain_line(capsys: pytest.CaptureFixture[str]) -> None:
    with neo4j_cmd._announced("Downloading Neo4j jars (132 MB, first time only)..."):
        pass
    out, err = capsys.readouterr()
    assert out == "" and err == "Downloading Neo4j jars (132 MB, first time only)...\n"
    with spinner("Exporting..."), counter("Importing articles", 10) as advance:
        advance()
    assert capsys.readouterr() == ("", "")


def test_on_a_terminal_progress_is_drawn_on_stderr_only(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    with counter("Importing articles", 3) as advance:
        for _ in range(3):
            advance()
    with spinner("Exporting (turtle)..."):
        pass
    out, err = capsys.readouterr()
    assert out == ""
    assert "Importing articles" in err and "3/3" in err and "Exporting (turtle)..." in err
