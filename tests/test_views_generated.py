"""lheo/views/v*.py are exactly what generated/regenerate_views.py makes from lheo/schemas/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

from lheo.versions import Version
from lheo.views import ElementView, views_module

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "generated" / "regenerate_views.py"
XS = "{http://www.w3.org/2001/XMLSchema}"


def test_views_are_up_to_date(tmp_path: Path) -> None:
    """Regenerating into a temporary folder gives the committed files, byte for byte."""
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for version in Version:
        made = tmp_path / f"{version.module_name}.py"
        committed = ROOT / "lheo" / "views" / f"{version.module_name}.py"
        assert made.read_bytes() == committed.read_bytes(), f"{committed} is stale"


def test_check_mode_notices_a_difference(tmp_path: Path) -> None:
    """--check exits 1 when a committed module differs (and 0 when none does)."""
    run = [sys.executable, str(SCRIPT), "--out", str(tmp_path)]
    assert subprocess.run(run, capture_output=True, check=False).returncode == 0
    assert subprocess.run([*run, "--check"], capture_output=True, check=False).returncode == 0
    target = tmp_path / "v2_3.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    proc = subprocess.run([*run, "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "v2_3.py" in proc.stdout


def test_one_class_per_element_of_each_schema() -> None:
    """Every global element of our XSDs has its view class, and nothing else does."""
    for version in Version:
        xsd = etree.parse(str(version.schema_path)).getroot()
        names = {str(el.get("name")) for el in xsd.iterchildren(f"{XS}element")}
        module = views_module(version)
        assert set(module.CLASSES) == names
        for name, cls in module.CLASSES.items():
            assert issubclass(cls, ElementView) and cls._name == name
            assert cls._version is version
