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
    assert not any(n.startswith("generated/") for n in names)
