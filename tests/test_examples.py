"""Every examples/*.py runs, and the README's two commands stay true."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path) -> None:
    """The script exits 0."""
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^    (pip install .*)$", text, flags=re.MULTILINE)[:2]


def test_readme_opens_with_two_commands() -> None:
    """The first two indented commands install+run the example, then install+test."""
    main_cmd, test_cmd = readme_commands()
    assert main_cmd.startswith("pip install -e . && lheo ")
    assert test_cmd == "pip install -e '.[test]' && pytest"


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run calls the README's test command verbatim."""
    _main, test_cmd = readme_commands()
    assert test_cmd in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_main_command_works(tmp_path: Path) -> None:
    """The lheo part of the first command runs on the bundled example and writes valid 2.3."""
    import lheo

    main_cmd, _ = readme_commands()
    lheo_part = main_cmd.split("&&", 1)[1].strip()
    shutil.copytree(ROOT / "examples" / "data", tmp_path / "examples" / "data")
    exe = shutil.which("lheo")
    args = shlex.split(lheo_part)
    command = [exe, *args[1:]] if exe else [sys.executable, "-m", "lheo", *args[1:]]
    proc = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    outputs = [a for a in args if a.endswith(".xml") and not a.startswith("examples/")]
    assert outputs and lheo.validate(tmp_path / outputs[0]).ok
