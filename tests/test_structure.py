"""The package's structure: imports go one way, and sub-packages keep to each other's public names.

The layering is the one of the README's "Layout" section. Every module of ``lheo`` is read with
``ast`` (imports under ``if TYPE_CHECKING:`` do not run, so they do not count), and:

- no two modules import each other, directly or through others (no cycle);
- a core module imports only from its own layer or the layers above it;
- a sub-package's private modules (``lheo/migration/_engine.py``…) are imported only from
  inside that sub-package; other code uses the names its ``__init__`` exports;
- no module imports a name with a leading underscore from another package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import lheo

PACKAGE = Path(lheo.__file__).parent

# Top to bottom: a module may import from its own layer and the layers above, never below.
LAYERS: tuple[frozenset[str], ...] = (
    # 1. XML safety and the helpers everyone needs.
    frozenset(
        {"errors", "_xml", "_files", "_layout", "_compat", "_codes", "_progress", "_gc", "_values"}
    ),
    # 2. The registry of per-version facts, detection and sources.
    frozenset({"versions", "_detect", "_source"}),
    # 3. Codec: bindings, tables and the xsdata-based builder and emitter.
    frozenset(
        {
            "_context",
            "_construct",
            "_builder",
            "_emitter",
            "v1_3_0",
            "v2_2",
            "v2_3",
            "tables",
            "referentials",
        }
    ),
    # 4. The document API.
    frozenset({"_document", "_validate", "_writer", "_reader", "views"}),
    # 5. The streaming engine and its handlers.
    frozenset({"_engine", "_stream_validate", "_stream_bind", "_stream_write", "_stream"}),
    # 6. Features.
    frozenset(
        {
            "_diff",
            "carif",
            "index",
            "migration",
            "onisep",
            "extras",
            "enrich",
            "_info",
            "_columns",
            "_records",
            "_sinks",
            "_search",
            "rules",
            "testing",
        }
    ),
    # 7. The command line and the package's lazy face.
    frozenset({"cli", "__main__", ""}),
)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("lheo", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for inner in ast.walk(node))
    return skipped


def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) for each import that runs."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree)
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if path.name != "__init__.py":
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [alias.name for alias in node.names]
            # "from lheo import _xml" imports a module, not a name of lheo/__init__.
            plain = [name for name in names if f"{target}.{name}" not in MODULES]
            found.extend((f"{target}.{name}", []) for name in names if name not in plain)
            if plain:
                found.append((target, plain))
    return [(target, names) for target, names in found if target.startswith("lheo")]


EDGES = {module: _imports(module) for module in MODULES}


def _unit(module: str) -> str:
    """The package a module belongs to: a sub-package's name, or "" for the core."""
    parts = module.split(".")
    if len(parts) > 1 and (PACKAGE / parts[1]).is_dir():
        return parts[1]
    return ""


def _layer(module: str) -> int:
    parts = module.split(".")
    name = parts[1] if len(parts) > 1 else ""
    for index, layer in enumerate(LAYERS):
        if name in layer:
            return index
    raise AssertionError(f"{module} is in no layer of tests/test_structure.py: add it to one")


def test_the_walk_sees_the_package() -> None:
    # The checks below are only as good as the graph they walk.
    assert {"lheo._engine", "lheo.migration._rules", "lheo.cli"} <= MODULES.keys()
    assert any(target == "lheo._xml" for target, _ in EDGES["lheo._detect"])
    assert any(target == "lheo.migration._rules" for target, _ in EDGES["lheo.migration._engine"])


def test_no_import_cycle() -> None:
    graph = {m: {t for t, _ in EDGES[m] if t in MODULES and t != m} for m in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in MODULES:
        if module not in index:
            visit(module)
    assert cycles == []


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _unit(m) == ""))
def test_core_imports_go_one_way(module: str) -> None:
    mine = _layer(module)
    upward = [
        target
        for target, _ in EDGES[module]
        if target in MODULES and target != "lheo" and _layer(target) > mine
    ]
    assert upward == [], f"{module} (layer {mine + 1}) imports from lower layers: {upward}"


def test_private_modules_of_sub_packages_stay_inside() -> None:
    leaks = [
        (module, target)
        for module in MODULES
        for target, _ in EDGES[module]
        if _unit(target)
        and target.rsplit(".", 1)[-1].startswith("_")
        and not target.endswith("__init__")
        and _unit(target) != _unit(module)
    ]
    assert leaks == []


def test_no_private_names_across_packages() -> None:
    leaks = [
        (module, target, name)
        for module in MODULES
        for target, names in EDGES[module]
        for name in names
        if name.startswith("_") and not name.startswith("__") and _unit(target) != _unit(module)
    ]
    assert leaks == []
