"""The wheel ships lheo and lheo_bindings at top level, with their schemas and py.typed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_from_metadata() -> None:
    """lheo.__version__ comes from the installed distribution."""
    import lheo

    assert lheo.__version__ == "0.1.0"


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling missing")
def test_wheel_contents(tmp_path: Path) -> None:
    """Top-level names, schemas, py.typed and no stray generated/ import path."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    wheel = next(tmp_path.glob("lheo-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    toplevel = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert toplevel == {"lheo", "lheo_bindings"}
    for version in ("1.3.0", "2.2", "2.3"):
        assert f"lheo/schemas/{version}/lheo.xsd" in names
    assert "lheo/py.typed" in names and "lheo_bindings/py.typed" in names
    for data in ("communes.tsv.gz", "divisions.json", "PROVENANCE.json"):
        assert f"lheo/referentials/data/{data}" in names
    assert not any(n.startswith("generated/") for n in names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_license_matches_the_metadata() -> None:
    """LICENSE is the MIT text that pyproject's ``license = "MIT"`` declares."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 lheo developers" in text
    assert "Permission is hereby granted, free of charge" in text


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling missing")
def test_sdist_ships_the_license(tmp_path: Path) -> None:
    """The source distribution carries LICENSE (and its metadata names it)."""
    import tarfile

    proc = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    sdist = next(tmp_path.glob("lheo-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        pkg_info = archive.extractfile(f"{sdist.name[: -len('.tar.gz')]}/PKG-INFO")
        assert pkg_info is not None
        metadata = pkg_info.read().decode("utf-8")
    assert f"{sdist.name[: -len('.tar.gz')]}/LICENSE" in names
    assert "License-Expression: MIT" in metadata and "License-File: LICENSE" in metadata
