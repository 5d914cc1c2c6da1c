"""Start-up: ``import lheo`` is lazy, and detecting or validating never loads the bindings.

Each check runs in a fresh interpreter (the test process has long imported everything) and
looks at ``sys.modules`` afterwards. Speed itself is measured in benchmarks/bench_startup.py.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

import lheo
from lheo.versions import Version, element_names

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
SCHEMAS = ROOT / "lheo" / "schemas"

#: What only typed objects need: the generated bindings and xsdata (loaded with them).
HEAVY = ("lheo_bindings", "xsdata")

# Runs CODE, then prints what it left in RESULT and the heavy modules imported.
_RUNNER = """
import json, sys
RESULT = None
{code}
loaded = sorted(
    name for name in sys.modules if name.split(".")[0] in {heavy!r} or name in {extra!r}
)
print(json.dumps({{"result": RESULT, "loaded": loaded}}))
"""


def _fresh(code: str, tmp_path: Path, extra: tuple[str, ...] = ()) -> tuple[object, list[str]]:
    """Run ``code`` in a new interpreter; return its ``RESULT`` and the heavy modules loaded."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER.format(code=code, heavy=HEAVY, extra=extra)],
        cwd=tmp_path,  # not the project folder, so that PYTHONPATH decides what is imported
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    return found["result"], found["loaded"]


def _cli(*args: str) -> str:
    """Code running the ``lheo`` console script's entry point in-process; RESULT = exit code."""
    return (
        f"sys.argv = ['lheo', *{list(args)!r}]\n"
        "from lheo.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exc:\n"
        "    RESULT = exc.code\n"
    )


def test_import_lheo_loads_nothing_heavy(tmp_path: Path) -> None:
    """``import lheo`` imports no binding, no xsdata, no migration, no package metadata."""
    result, loaded = _fresh(
        "import lheo\nRESULT = sorted(n for n in sys.modules if n.startswith('lheo.'))",
        tmp_path,
        extra=("lheo.migration", "importlib.metadata", "lheo._stream", "tqdm", "click"),
    )
    assert loaded == []
    # Only the package itself: every public name waits for its first use.
    assert result == []


def test_validate_and_detect_load_no_bindings(tmp_path: Path) -> None:
    """Validating (valid and invalid documents) and detecting every example: no bindings."""
    invalid = (
        (DATA / "catalogue-2.3.xml")
        .read_bytes()
        .replace(b"<intitule-formation>", b"<x/><intitule-formation>", 1)
    )
    paths = sorted(str(p) for p in DATA.glob("*.xml"))
    code = (
        "import lheo\n"
        f"good = lheo.validate({str(DATA / 'catalogue-2.3.xml')!r})\n"
        f"bad = lheo.validate({invalid!r})\n"
        f"RESULT = {{'good': good.ok, 'bad': [[e.path, e.element] for e in bad.errors],\n"
        f"          'detected': [list(lheo.detect(p)) for p in {paths!r}]}}\n"
    )
    result, loaded = _fresh(code, tmp_path)
    assert loaded == []
    assert isinstance(result, dict)
    assert result["good"] is True
    # The path of the misplaced element, with positions only where the XSD allows repetition.
    assert result["bad"] == [["/lheo/offres/formation[1]/x", "x"]]
    # What each example is, read here with lxml and the namespaces of the schemas themselves.
    versions = {
        etree.parse(str(SCHEMAS / v / "lheo.xsd")).getroot().get("targetNamespace"): v
        for v in ("1.3.0", "2.2", "2.3")
    }
    expected = []
    for path in paths:
        root = etree.QName(etree.parse(path).getroot())
        expected.append([versions[root.namespace], root.localname])
    assert result["detected"] == expected


def test_detect_refuses_unknown_root_without_bindings(tmp_path: Path) -> None:
    """An unknown root in an LHÉO namespace is refused from the XSD's names alone."""
    code = (
        "import lheo\n"
        "try:\n"
        "    lheo.detect(b'<nonsense xmlns=\"http://lheo.gouv.fr/2.3\"/>')\n"
        "except lheo.NotLheoError as exc:\n"
        "    RESULT = str(exc)\n"
    )
    result, loaded = _fresh(code, tmp_path)
    assert loaded == []
    assert isinstance(result, str) and "unknown root element <nonsense>" in result


def test_cli_validate_loads_no_bindings(tmp_path: Path) -> None:
    """``lheo validate``: no bindings, no progress-bar library, no migration."""
    result, loaded = _fresh(
        _cli("validate", str(DATA / "onisep-2.2.xml"), str(DATA / "index-1.3.0.xml")),
        tmp_path,
        extra=("tqdm", "lheo.migration", "importlib.metadata"),
    )
    assert result in (0, None)
    assert loaded == []


def test_cli_info_loads_no_bindings(tmp_path: Path) -> None:
    """``lheo info`` counts with lxml alone: no xsdata, no bindings."""
    result, loaded = _fresh(_cli("info", str(DATA / "catalogue-2.3.xml")), tmp_path)
    assert result in (0, None)
    assert loaded == []


def test_validate_stream_loads_no_bindings(tmp_path: Path) -> None:
    """``lheo.validate_stream`` validates with lxml alone: no xsdata, no bindings."""
    code = f"import lheo\nRESULT = lheo.validate_stream({str(DATA / 'index-2.3.xml')!r}).ok\n"
    result, loaded = _fresh(code, tmp_path)
    assert result is True
    assert loaded == []


def _typing_imports() -> dict[str, str]:
    """Name → module of the ``if TYPE_CHECKING:`` imports of lheo/__init__.py (what mypy sees)."""
    tree = ast.parse((ROOT / "lheo" / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                found.update({alias.name: statement.module for alias in statement.names})
    return found


def test_public_names_resolve_to_their_definitions() -> None:
    """Each name of ``__all__`` is listed by ``dir`` and is what type checkers are told it is."""
    homes = _typing_imports()
    assert set(homes) | {"__version__"} == set(lheo.__all__)
    listed = dir(lheo)
    for name in lheo.__all__:
        assert name in listed
        if name != "__version__":
            assert getattr(lheo, name) is getattr(importlib.import_module(homes[name]), name)
    assert isinstance(lheo.__version__, str)
    namespace: dict[str, object] = {}
    exec("from lheo import *", namespace)  # noqa: S102 - the star import itself is tested
    assert set(namespace) - {"__builtins__"} == set(lheo.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        lheo.nonsense  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize("version", list(Version))
def test_element_names_are_the_bindings_elements(version: Version) -> None:
    """The XSD's global elements are exactly those the generated bindings have a class for."""
    bound = set()
    module = version.bindings()
    for name in module.__all__:
        meta = getattr(getattr(module, name), "Meta", None)
        if meta is not None and getattr(meta, "namespace", None) == version.namespace:
            bound.add(meta.name)
    assert element_names(version) == bound
    for name in element_names(version):
        assert version.has_element(name)
        assert version.element_class(name).Meta.name == name
    assert not version.has_element("nonsense")
