"""Every feature, for every :class:`lheo.Version`: a version added to the registry but
forgotten somewhere fails here.

Each test runs on a small document of the version built from the registry's facts (its
namespace, roots, item containers) and its XSD: the least content the schema requires,
plus two items in each container, with values the schema accepts (checked by xmlschema, an
independent validator). Then reading, writing, validation, streaming, ``lheo info``, the
code tables and the Onisep views are exercised on it, and the registry itself is checked
against the XSD and for completeness.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import xmlschema
from click.testing import CliRunner
from helpers import canonical_lines
from lxml import etree

import lheo
from lheo import onisep, tables
from lheo.cli import main
from lheo.errors import UnsupportedVersionError
from lheo.versions import Version, VersionFacts, check_registry

VERSIONS = list(Version)
KINDS = [(v, kind) for v in Version for kind in v.roots]
STREAMED = [(v, kind) for v in Version for kind in v.streamed_kinds]
XS = "{http://www.w3.org/2001/XMLSchema}"

# ---------------------------------------------------------------------------------------
# A small document of a version, from its registry facts and its XSD


@functools.cache
def _schema(version: Version) -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(version.schema_path))


def _candidates() -> Iterator[str]:
    yield from ("1", "20240115", "2024-01-15T00:00:00", "http://example.org/x", "x")
    for n in range(2, 41):
        yield "1" * n
        yield "x" * n


def _value(simple: Any) -> str:
    """A value of a simple type: its first code, else the first candidate it accepts."""
    if simple.enumeration:
        return str(simple.enumeration[0])
    for candidate in _candidates():
        if simple.is_valid(candidate):
            return candidate
    raise AssertionError(f"no test value for {simple}: extend _candidates()")


def _element(xel: Any, ns: str, wanted: dict[str, int]) -> etree._Element:
    node = etree.Element(f"{{{ns}}}{xel.local_name}")
    kind = xel.type
    if kind.is_complex():
        for attribute in kind.attributes.values():
            if attribute.use == "required":
                node.set(attribute.local_name, _value(attribute.type))
    if kind.is_simple() or kind.has_simple_content():
        node.text = _value(kind if kind.is_simple() else kind.content)
    elif kind.content is not None:
        _fill(node, kind.content, ns, wanted)
    return node


def _fill(node: etree._Element, group: Any, ns: str, wanted: dict[str, int]) -> None:
    particles = list(group)
    if group.model == "choice":
        # One branch: a wanted one if there is one, else the first.
        chosen = [p for p in particles if getattr(p, "local_name", None) in wanted]
        particles = (chosen or particles)[:1]
    for particle in particles:
        least = max(particle.min_occurs, 1 if group.model == "choice" else 0)
        if hasattr(particle, "model"):
            for _ in range(least):
                _fill(node, particle, ns, wanted)
            continue
        count = max(least, wanted.get(particle.local_name, 0))
        if particle.max_occurs is not None:
            count = min(count, particle.max_occurs)
        target = particle.ref if particle.ref is not None else particle
        for _ in range(count):
            node.append(_element(target, ns, wanted))


def small_document(version: Version, kind: str) -> bytes:
    """The least document of root ``kind`` the version's XSD accepts, with 2 items per container."""
    wanted: dict[str, int] = {}
    for container, item in version.containers(kind):
        wanted[container] = 1
        wanted[item] = 2
    root = _element(_schema(version).elements[kind], version.namespace, wanted)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    # The builder's own check, by another validator than lheo's.
    _schema(version).validate(data)
    return data


def _items(data: bytes, version: Version, kind: str) -> int:
    root = etree.fromstring(data)
    ns = version.namespace
    return sum(
        len(root.findall(f"{{{ns}}}{container}/{{{ns}}}{item}"))
        for container, item in version.containers(kind)
    )


# ---------------------------------------------------------------------------------------
# Read, write, validate, detect


@pytest.mark.parametrize(("version", "kind"), KINDS, ids=[f"{v}-{k}" for v, k in KINDS])
def test_read_write_validate_every_kind(version: Version, kind: str) -> None:
    """Each root of each version reads, writes back the same document, and validates."""
    data = small_document(version, kind)
    assert lheo.detect(data) == (version.value, kind)
    doc = lheo.read(data)
    assert doc.version is version and doc.kind == kind
    assert doc.namespace == version.namespace
    out = lheo.write(doc)
    assert out is not None
    assert canonical_lines(out) == canonical_lines(data)
    report = lheo.validate(out)
    assert report.ok, report.issues
    assert lheo.validate(data, version=version.value).ok


@pytest.mark.parametrize(("version", "kind"), STREAMED, ids=[f"{v}-{k}" for v, k in STREAMED])
def test_streaming_every_kind_with_items(version: Version, kind: str) -> None:
    """The kinds the registry gives containers stream their items one at a time."""
    data = small_document(version, kind)
    expected = _items(data, version, kind)
    assert expected == 2 * len(version.containers(kind))
    stream = lheo.iter_formations(data)
    items = list(stream)
    assert len(items) == expected
    names = {version.element_class(item) for _container, item in version.containers(kind)}
    assert {type(item) for item in items} == names
    assert lheo.validate_stream(data).ok


# ---------------------------------------------------------------------------------------
# lheo info


@pytest.mark.parametrize(("version", "kind"), KINDS, ids=[f"{v}-{k}" for v, k in KINDS])
def test_info_counts_every_kind(version: Version, kind: str, tmp_path: Path) -> None:
    """``lheo info`` counts what the registry says to count, as lxml counts it."""
    data = small_document(version, kind)
    path = tmp_path / "flow.xml"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["info", str(path), "--format", "json", "--quiet"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert (shown["version"], shown["kind"]) == (version.value, kind)
    root = etree.fromstring(data)
    expected = {}
    for label, name in version.counted.items():
        found = sum(1 for _ in root.iter(f"{{{version.namespace}}}{name}"))
        if found:
            expected[label] = found
    assert shown["counts"] == expected
    if version.containers(kind):
        assert expected  # the document holds items, so something is counted


# ---------------------------------------------------------------------------------------
# Code tables


@pytest.mark.parametrize("version", VERSIONS, ids=str)
def test_code_tables_of_every_version(version: Version) -> None:
    """Each version has its code tables, and they hold the codes its XSD gives."""
    by_name = tables.tables_for(version)
    assert by_name and tables.tables_for(version.value) is by_name
    assert version.value in tables.VERSIONS
    module = __import__(version.tables_module, fromlist=["TABLES"])
    assert module.VERSION == version.value and module.TABLES is by_name
    # Every code-valued element of the schema lists the codes of its table (enumerations).
    xsd = _schema(version)
    checked = 0
    for element, table in module.BY_ELEMENT.items():
        xel = xsd.elements.get(element)
        if xel is None:
            continue
        simple = xel.type if xel.type.is_simple() else xel.type.content
        if not getattr(simple, "enumeration", None):
            continue
        assert {str(code) for code in simple.enumeration} == set(table), element
        checked += 1
    assert checked


# ---------------------------------------------------------------------------------------
# Onisep views


def _first_item(doc: lheo.Document, version: Version) -> tuple[Any, Any]:
    offres = doc.root.offres
    items = getattr(offres, version.item.replace("-", "_"))
    return offres, items[0]


@pytest.mark.parametrize("version", VERSIONS, ids=str)
def test_onisep_views_of_every_version(version: Version) -> None:
    """The views write in the version's registered style, and read back what they wrote."""
    doc = lheo.read(small_document(version, "lheo"))
    offres, item = _first_item(doc, version)
    view = onisep.formation_onisep(item, create=True, offres=offres)
    assert view is not None and view.style == version.onisep_style
    view.uri = "content://for-1"
    view.created = dt.date(2022, 6, 30)
    view.exported = dt.date(2022, 7, 1)
    view.for_id = "9436"
    out = lheo.write(doc)
    assert out is not None
    assert lheo.validate(out).ok
    root = etree.fromstring(out)
    ns = {"l": version.namespace}
    block = root.xpath("l:offres/*[1]/l:extras[@info='FORMATION ONISEP']", namespaces=ns)
    assert len(block) == 1
    extras = {e.get("info"): e.text for e in block[0].iterchildren(f"{{{ns['l']}}}extra")}
    if version.onisep_style == "2.3":
        assert block[0].get("uri") == "content://for-1"
        assert block[0].get("horodatage-creation") == "2022-06-30T00:00:00"
        assert root.xpath("string(l:offres/@horodatage-export)", namespaces=ns) == (
            "2022-07-01T00:00:00"
        )
        assert extras == {"FOR_ID": "9436"}
    else:
        assert extras == {
            "URI FOR ONISEP": "content://for-1",
            "DATE CREATION FOR ONISEP": "20220630",
            "DATE EXPORT ONISEP": "20220701",
            "FOR_ID": "9436",
        }
    again = lheo.read(out)
    offres, item = _first_item(again, version)
    back = onisep.formation_onisep(item, offres=offres)
    assert back is not None
    assert (back.uri, back.for_id) == ("content://for-1", "9436")
    assert [_day(back.created), _day(back.exported)] == [dt.date(2022, 6, 30), dt.date(2022, 7, 1)]


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def test_onisep_style_of_an_unknown_object_is_refused() -> None:
    """No silent 2.2 style for an object of no known version."""

    @attrs.define
    class Formation:
        extras: list[Any] = attrs.Factory(list)

    with pytest.raises(UnsupportedVersionError, match="not a typed LHÉO object"):
        onisep.formation_onisep(Formation(), create=True)


# ---------------------------------------------------------------------------------------
# The registry itself


@pytest.mark.parametrize("version", VERSIONS, ids=str)
def test_registry_facts_match_the_schema(version: Version) -> None:
    """Roots, containers, items and counted elements are elements of the version's XSD."""
    xsd = etree.parse(str(version.schema_path)).getroot()
    assert xsd.get("targetNamespace") == version.namespace
    globals_ = {el.get("name") for el in xsd.iterchildren(f"{XS}element")}
    named = {*version.roots, version.item, *version.counted.values()}
    for kind in version.roots:
        for container, item in version.containers(kind):
            named |= {container, item}
            assert (kind, container) in lheo.versions.children(version)
            assert (container, item) in version.repeatable
    assert named <= globals_, named - globals_
    assert version.item in version.item_names
    assert Version.parse(version.value) is version
    for alias in version.facts.aliases:
        assert Version.parse(alias) is version
        assert tables.tables_for(alias) is tables.tables_for(version)


def _facts(**changes: Any) -> dict[str, Any]:
    facts = attrs.asdict(Version.V2_3.facts, recurse=False)
    facts.update(changes)
    return facts


def test_an_entry_missing_a_fact_cannot_be_made() -> None:
    """Every fact is required: a new version cannot silently take another's."""
    facts = _facts()
    del facts["onisep_style"]
    with pytest.raises(TypeError, match="onisep_style"):
        VersionFacts(**facts)


class _Fake(str, enum.Enum):
    V9_9 = "9.9"


def test_a_member_without_entry_is_refused_by_name() -> None:
    """A member missing from the registry is named (not a bare KeyError later)."""
    with pytest.raises(TypeError, match=r"LHÉO 9\.9 has no entry in the version registry"):
        check_registry(_Fake, {})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"containers": {"lheo": (("offres", "formation"),)}}, r"no entry for the roots"),
        ({"counted": {"actions": "action"}}, r"counted\['formations'\]"),
        ({"onisep_style": "2.4"}, r"onisep_style must be"),
        ({"roots": ("lheo-index", "lheo")}, r"roots must start with 'lheo'"),
        ({"item": "offre"}, r"must contain \('offres', 'offre'\)"),
    ],
)
def test_an_inconsistent_entry_is_refused_by_name(changes: dict[str, Any], message: str) -> None:
    """Wrong facts are refused at import with the version and the fact named."""
    with pytest.raises(TypeError, match=rf"LHÉO 9\.9: registry entry: .*{message}"):
        check_registry(_Fake, {_Fake.V9_9: VersionFacts(**_facts(**changes))})


def test_two_versions_cannot_share_a_namespace() -> None:
    """Detection needs one version per namespace."""

    class Two(str, enum.Enum):
        A = "9.8"
        B = "9.9"

    entry = VersionFacts(**_facts())
    with pytest.raises(TypeError, match=r"LHÉO 9\.9: namespace .* is also LHÉO 9\.8"):
        check_registry(Two, {Two.A: entry, Two.B: entry})
