"""Views ≡ bindings: every field read through a view equals the value lheo.read gives.

The walker below goes over the attrs objects of ``lheo.read`` (their xsdata field metadata, not
the views' generated code) and converts each leaf the documented way from its binding class:
a ``dict-*-element`` value → a code with its table's label (empty → None), a
``date-aaaammjj*-element`` → ``parse_date``, a ``nombre*-element`` → ``int`` (empty → None),
any other text → itself, an ``xs:dateTime`` attribute → ``parse_datetime``. It then reads the
same field through the view of the same element and compares.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import SHARED

import lheo
from lheo import tables
from lheo._values import parse_date, parse_datetime

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures").rglob("*.xml"))
DATA = sorted((ROOT / "examples" / "data").glob("*.xml"))
OFFICIAL = sorted(SHARED.glob("*/examples/*.xml")) if SHARED.is_dir() else []

# The one view name that differs from the binding's: lxml elements already have `.tag`.
RENAMED = {"tag": "tag_"}


def _element_type(cls: type) -> str:
    """The name of the simple-content type a leaf binding class extends (``dict-niveaux``)."""
    for klass in cls.__mro__:
        name = getattr(getattr(klass, "Meta", None), "name", "")
        if name.endswith("-element"):
            return name[: -len("-element")]
    return ""


def _is_leaf(obj: object) -> bool:
    return attrs.has(type(obj)) and any(f.name == "value" for f in attrs.fields(type(obj)))


def _expected_leaf(obj: Any, version: str) -> object:
    value = obj.value
    if isinstance(value, enum.Enum):
        value = value.value
    kind = _element_type(type(obj))
    if kind.startswith("dict-"):
        table = kind.removesuffix("-ou-vide")
        if value in ("", None):
            return None
        try:
            label = tables.get(version, table).get(str(value))
        except KeyError:  # no such table in this version (1.3.0's dict-financeurs)
            label = None
        return (str(value), label)
    if kind.startswith("date-aaaammjj"):
        return parse_date(value)
    if kind.startswith("nombre"):
        return None if value in ("", None) else int(value)
    return value


def _seen(value: object) -> object:
    """What a view gave, in the walker's terms (a code → (code, label))."""
    if isinstance(value, lheo.Code):
        return (str(value), value.label)
    return value


def _compare(obj: Any, view: Any, version: str, path: str, counts: dict[str, int]) -> None:
    assert view is not None, f"{path}: the view has no element where the binding has one"
    for field in attrs.fields(type(obj)):
        kind = field.metadata.get("type")
        if field.name.startswith("_") or kind in ("Ignore", "Wildcard", "Attributes"):
            continue
        value = getattr(obj, field.name)
        xml = field.metadata.get("name", field.name)
        name = RENAMED.get(field.name, field.name)
        if field.name == "value":
            continue  # a leaf's value is compared from its parent
        if kind == "Attribute":
            expected = None if value is None else str(value)
            if expected is not None and xml.startswith("horodatage-"):
                expected = parse_datetime(expected)  # type: ignore[assignment]
            assert getattr(view, name) == expected, f"{path}/@{xml}"
            counts["attributes"] += 1
            continue
        items = value if isinstance(value, list) else ([] if value is None else [value])
        if kind == "Elements":
            # A choice (extras_or_extra): one list of several elements, which the views give
            # one list per element name; the document order must be the same too.
            names = [type(item).Meta.name for item in items]
            ns = f"{{{lheo.Version(version).namespace}}}"
            choices = {choice["name"] for choice in field.metadata["choices"]}
            in_view = [el.tag[len(ns) :] for el in view if str(el.tag)[len(ns) :] in choices]
            assert in_view == names, f"{path}/{xml}: order"
            for child in dict.fromkeys(names):
                group = [item for item in items if type(item).Meta.name == child]
                pyname = child.replace("-", "_").lower()
                _compare_items(
                    group, getattr(view, pyname), True, view, child, version, path, counts
                )
            continue
        _compare_items(
            items, getattr(view, name), isinstance(value, list), view, xml, version, path, counts
        )


def _compare_items(
    items: list[Any],
    got: Any,
    repeated: bool,
    view: Any,
    xml: str,
    version: str,
    path: str,
    counts: dict[str, int],
) -> None:
    repeated = isinstance(got, list)
    got_items = list(got) if repeated else ([] if got is None else [got])
    if items and _is_leaf(items[0]):
        elements = list(view.iterchildren(f"{{{lheo.Version(version).namespace}}}{xml}"))
        assert len(elements) == len(items), f"{path}/{xml}: count"
        if not repeated:
            got_items = [got] * len(elements)  # an empty coded leaf reads None
        assert [_seen(g) for g in got_items] == [_expected_leaf(item, version) for item in items], (
            f"{path}/{xml}"
        )
        counts["leaves"] += len(items)
        for index, (item, el) in enumerate(zip(items, elements, strict=True), 1):
            _compare(item, el, version, f"{path}/{xml}[{index}]", counts)
        return
    assert len(got_items) == len(items), f"{path}/{xml}: {len(got_items)} != {len(items)}"
    for index, (item, sub) in enumerate(zip(items, got_items, strict=True), 1):
        counts["elements"] += 1
        _compare(item, sub, version, f"{path}/{xml}[{index}]", counts)


def check_equivalent(source: Any, version: str | None = None) -> dict[str, int]:
    doc = lheo.read(source, version=version, strict=False)
    tree = lheo.parse(source, version=version)
    assert (tree.version, tree.kind) == (doc.version, doc.kind)
    counts = {"elements": 0, "leaves": 0, "attributes": 0}
    _compare(doc.root, tree.root, doc.version.value, "/" + doc.kind, counts)
    return counts


def _version_of(path: Path) -> str | None:
    return path.parent.parent.name if path.parent.name == "examples" else None


@pytest.mark.parametrize("path", FIXTURES + DATA, ids=lambda p: p.name)
def test_views_equal_bindings_on_our_files(path: Path) -> None:
    """Fixtures and example data: every field of every element reads the same."""
    counts = check_equivalent(path)
    assert counts["leaves"] > 10


@pytest.mark.skipif(not OFFICIAL, reason="../shared/lheo is not available")
@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_views_equal_bindings_on_official_examples(path: Path) -> None:
    """Every official example (the skeletons too, read leniently)."""
    counts = check_equivalent(path, version=_version_of(path))
    assert counts["elements"] > 0


def test_views_equal_bindings_on_a_generated_flow(tmp_path: Path) -> None:
    """A flow made by the benchmarks' generator (many formations, unique numbers)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_flow import make_flow
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "flow.xml"
    count = make_flow("2.3", 300_000, out)
    assert count > 10
    counts = check_equivalent(out)
    assert counts["attributes"] > count


def test_the_walker_sees_a_difference() -> None:
    """The comparison fails when a view reads a value the bindings do not have."""
    path = DATA[0]
    doc = lheo.read(path, strict=False)
    tree = lheo.parse(path)
    formation = tree.root.offres.formation[0]
    formation.intitule_formation = formation.intitule_formation + " (changée)"
    counts = {"elements": 0, "leaves": 0, "attributes": 0}
    with pytest.raises(AssertionError, match="intitule-formation"):
        _compare(doc.root, tree.root, doc.version.value, "/lheo", counts)


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_streamed_views_equal_streamed_objects(path: Path) -> None:
    """iter_formations(view=True) ≡ iter_formations(), item by item, every field."""
    objects = list(lheo.iter_formations(path, strict=False))
    views = list(lheo.iter_formations(path, view=True, strict=False))
    version = lheo.detect(path)[0]
    assert len(objects) == len(views) > 0
    counts = {"elements": 0, "leaves": 0, "attributes": 0}
    for index, (obj, view) in enumerate(zip(objects, views, strict=True), 1):
        _compare(obj, view, version, f"/item[{index}]", counts)
    assert counts["leaves"] > len(objects)
