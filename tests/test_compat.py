"""xsdata is reached through ``lheo/_compat.py`` only, and its tested range is stated once."""

from __future__ import annotations

import ast
import re
from importlib.metadata import version as installed

import pytest
from conftest import ROOT

from lheo import _compat

PACKAGE = ROOT / "lheo"

# Modules whose owners switch their imports to lheo._compat in the same change (issue 9):
# remove an entry once its module imports xsdata no more (the test below says when).
PENDING = {"_reader.py"}


def _xsdata_imports(path: str) -> list[str]:
    tree = ast.parse((PACKAGE / path).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [n for n in names if n.split(".")[0] in ("xsdata", "xsdata_attrs")]
    return found


def test_only_compat_imports_xsdata() -> None:
    """No module of lheo but _compat imports xsdata or xsdata-attrs (function bodies too)."""
    offenders = {}
    for file in sorted(PACKAGE.rglob("*.py")):
        rel = file.relative_to(PACKAGE).as_posix()
        if rel == "_compat.py" or rel in PENDING:
            continue
        imports = _xsdata_imports(rel)
        if imports:
            offenders[rel] = imports
    assert offenders == {}
    assert _xsdata_imports("_compat.py")  # the check sees imports where there are some


@pytest.mark.parametrize("rel", sorted(PENDING))
def test_pending_modules_still_need_their_entry(rel: str) -> None:
    """An entry of PENDING whose module was switched must go, so the rule covers it again."""
    assert _xsdata_imports(rel), f"lheo/{rel} imports xsdata no more: remove it from PENDING"


def test_compat_names_are_xsdata_s() -> None:
    """Every re-exported name exists (a renamed xsdata internal fails here, by name)."""
    missing = [name for name in _compat.__all__ if not hasattr(_compat, name)]
    assert missing == []


def test_tested_range_is_the_pinned_one() -> None:
    """The lowest versions of _compat are pyproject's lower bounds and CI's lowest run."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[$(.*?)^\]$", pyproject, re.S | re.M)
    assert block is not None
    deps = block[1]
    assert re.findall(r'"xsdata\[lxml\]>=([\d.]+)"', deps) == [_compat.XSDATA_LOWEST]
    assert re.findall(r'"xsdata-attrs>=([\d.]+)"', deps) == [_compat.XSDATA_ATTRS_LOWEST]
    ci = ROOT / ".ci" / "run"
    if not ci.is_file():
        pytest.skip("no .ci/run in this tree (an sdist)")
    script = ci.read_text(encoding="utf-8")
    assert f"'xsdata[cli,lxml]=={_compat.XSDATA_LOWEST}'" in script
    assert f"'xsdata-attrs=={_compat.XSDATA_ATTRS_LOWEST}'" in script
    assert _compat.XSDATA_LOWEST in (_compat.__doc__ or "")


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])


def test_installed_xsdata_is_in_the_tested_range() -> None:
    """The suite runs on an xsdata the pins allow."""
    assert _release(installed("xsdata")) >= _release(_compat.XSDATA_LOWEST)
    assert _release(installed("xsdata-attrs")) >= _release(_compat.XSDATA_ATTRS_LOWEST)
