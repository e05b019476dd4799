"""The README's promises: its tour runs, its CLI reference is current, every command has an example."""

from __future__ import annotations

import importlib.util
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rightsledger.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def tour_commands() -> list[list[str]]:
    block = README.split("## A short tour", 1)[1].split("```console", 1)[1].split("```", 1)[0]
    return [shlex.split(line[2:]) for line in block.splitlines() if line.startswith("$ ")]


def test_readme_tour_runs_as_written(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    commands = tour_commands()
    assert len(commands) >= 5
    runner = CliRunner()
    for command in commands:
        assert command[0] == "rightsledger"
        result = runner.invoke(cli, command[1:], catch_exceptions=False)
        assert result.exit_code == 0, f"{shlex.join(command)}\n{result.output}"
        assert result.stdout or result.stderr  # every command tells the user something


def test_readme_tour_claims_what_the_examples_give(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", "--db", "t.db", "examples/chechnya"])
    second = runner.invoke(cli, ["ingest", "--db", "t.db", "examples/chechnya"])
    assert first.stderr.startswith("12 ingested, 0 unchanged, 0 failed")
    assert second.stderr.startswith("0 ingested, 12 unchanged, 0 failed")
    assert "The first run ingests the twelve example documents" in README


def test_readme_cli_reference_is_generated_from_help():
    spec = importlib.util.spec_from_file_location("cli_reference", ROOT / "tools" / "cli_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.update(README) == README, "run `make cli-docs` to refresh the CLI reference"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_readme_every_command_is_documented_with_an_example(name):
    help_text = cli.commands[name].help
    assert "Example:" in help_text.rsplit("\n\n", 1)[-1]
    assert f"### `rightsledger {name}`" in README
    assert f"rightsledger {name}" in help_text.rsplit("Example:", 1)[1]


def test_readme_shows_the_two_commands():
    assert "make demo" in README and "make test" in README
