"""The fast binder (lheo._builder) against xsdata's parser: same objects, same strictness."""

from __future__ import annotations

import copy
import gc
import sys
import warnings
from pathlib import Path
from typing import Any

import attrs
import lheo_bindings.v1_3_0 as v130
import lheo_bindings.v2_3 as v23
import pytest
from conftest import SHARED_MISSING
from lxml import etree
from xsdata.exceptions import ConverterWarning
from xsdata.formats.converter import converter
from xsdata.models.datatype import XmlDateTime

from lheo import _builder, _context, _xml
from lheo._builder import BuildError, BuildWarning, build
from lheo._context import LexicalDateTime, LexicalInt
from lheo._reader import prepare_tree
from lheo.versions import Version

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
NS23 = "http://lheo.gouv.fr/2.3"
NS130 = "http://www.lheo.org/1.3.0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


# --- helpers ---------------------------------------------------------------------------------


def difference(a: Any, b: Any, path: str = "root") -> str | None:
    """First difference between two object graphs; types must match exactly, everywhere."""
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} != {type(b).__name__} ({a!r} / {b!r})"
    if attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            found = difference(
                getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}"
            )
            if found:
                return found
        return None
    if isinstance(a, list):
        if not a and len(b) == 1 and isinstance(b[0], str) and b[0].isspace():
            # Deliberate: the white space of an element without children is its text (xsdata
            # drops it; lheo keeps it, as the source had it).
            return None
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            found = difference(x, y, f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{path}: keys {list(a)} != {list(b)}"
        for key in a:
            found = difference(a[key], b[key], f"{path}[{key!r}]")
            if found:
                return found
        return None
    # str() too: LexicalInt and LexicalDateTime compare as their value but keep their spelling.
    if a != b or str(a) != str(b):
        return f"{path}: {a!r} != {b!r}"
    return None


def reference(root: etree._Element, cls: type, strict: bool) -> tuple[Any, Exception | None, int]:
    """What xsdata's parser gives today (on a copy: it clears the tree it reads)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConverterWarning)
        try:
            result = _context.parser(strict).parse(copy.deepcopy(root), cls)
        except Exception as exc:  # noqa: BLE001 - any failure is a failure to compare
            return None, exc, 0
    count = sum(1 for item in caught if issubclass(item.category, ConverterWarning))
    return result, None, count


def assert_same(root: etree._Element, cls: type, strict: bool) -> tuple[Any, list[BuildWarning]]:
    """Build and compare with xsdata: same graph and as many warnings, or both refuse."""
    expected, failure, warning_count = reference(root, cls, strict)
    got: list[BuildWarning] = []
    if failure is not None:
        with pytest.raises(BuildError):
            build(root, cls, strict=strict, warnings=got)
        return None, got
    result = build(root, cls, strict=strict, warnings=got)
    assert difference(expected, result) is None
    # xsdata warns about values kept as text; lheo also says what it did not bind.
    assert len([w for w in got if w.content is None]) == warning_count
    return result, got


def prepared(path: Path, version: str | None = None) -> tuple[etree._Element, type]:
    """The tree as read_tree binds it: normalised namespaces, no comments nor PIs."""
    tree = _xml.parse_bytes(path.read_bytes(), str(path))
    found, kind, _xsi = prepare_tree(tree, version, str(path))
    etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree.getroot(), found.element_class(kind)


def parse(text: str) -> etree._Element:
    return etree.fromstring(text.encode())


# --- every document we have ------------------------------------------------------------------


def _documents() -> list[Any]:
    paths = sorted((ROOT / "examples" / "data").glob("*.xml"))
    paths += sorted((ROOT / "tests" / "fixtures").rglob("*.xml"))
    paths += sorted(SHARED.glob("*/examples/*.xml"))
    return [pytest.param(path, id=path.relative_to(path.parents[2]).as_posix()) for path in paths]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("path", _documents())
def test_documents_bind_as_xsdata(path: Path, strict: bool) -> None:
    version = "1.3.0" if "1.3.0" in path.name or "1.3.0" in path.parent.parent.name else None
    root, cls = prepared(path, version)
    result, _ = assert_same(root, cls, strict)
    if "generated" in path.name:
        # The 2.x skeletons have empty required values: lenient only.
        assert strict or result is not None
    else:
        assert result is not None


def test_documents_are_found() -> None:
    names = {Path(param.values[0]).name for param in _documents()}
    assert {"catalogue-2.3.xml", "offre-1.3.0.xml", "flux-onisep-2.2.xml"} <= names
    if SHARED.is_dir():
        assert {"exemple-leger.xml", "lheo-exemple-generated.xml"} <= names


def test_every_lheo_class_has_a_fast_builder() -> None:
    # Nothing reachable from an LHÉO root falls back to xsdata (only xsi:type/nil do).
    for version in Version:
        for kind in version.roots:
            _builder._builder(version.element_class(kind), None)
    for cls, made in list(_builder._BUILDERS.items()):
        if cls.__module__.startswith("lheo_bindings."):
            assert made is not _builder._unsupported, cls


# --- a formation, and what can go wrong in it ------------------------------------------------


def formation(index: int = 0) -> etree._Element:
    """A formation of the 2.3 catalogue, alone (a valid `formation` root)."""
    root, _cls = prepared(ROOT / "examples" / "data" / "catalogue-2.3.xml")
    found = root.findall(f"{{{NS23}}}offres/{{{NS23}}}formation")[index]
    return parse(etree.tostring(found).decode())


def q(name: str) -> str:
    return f"{{{NS23}}}{name}"


def child(el: etree._Element, name: str) -> etree._Element:
    found = el.find(f".//{q(name)}")
    assert found is not None, name
    return found


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_formation_root(strict: bool) -> None:
    result, warned = assert_same(formation(), v23.Formation, strict)
    assert type(result) is v23.Formation
    assert not warned


def test_lexical_int_keeps_its_spelling() -> None:
    el = formation(1)  # the second one has a nombre-heures-total
    hours = child(el, "nombre-heures-total")
    hours.text = "0120"
    result, _ = assert_same(el, v23.Formation, strict=True)
    built = [a.nombre_heures_total for a in result.action if a.nombre_heures_total is not None]
    assert any(type(h.value) is LexicalInt and str(h.value) == "0120" for h in built)
    # Alone, as the root.
    root = parse(f'<nombre-heures-total xmlns="{NS23}">0120</nombre-heures-total>')
    alone, _ = assert_same(root, v23.NombreHeuresTotal, strict=True)
    assert alone.value == 120 and str(alone.value) == "0120"
    plain, _ = assert_same(
        parse(f'<nombre-heures-total xmlns="{NS23}">35</nombre-heures-total>'),
        v23.NombreHeuresTotal,
        True,
    )
    assert type(plain.value) is int


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("text", [" 1 ", "\n    0\n  ", "1", "\t1"])
def test_enum_with_whitespace(text: str, strict: bool) -> None:
    el = formation()
    child(el, "certifiante").text = text
    result, _ = assert_same(el, v23.Formation, strict)
    assert result.certifiante.value is v23.DictBoolean(text.strip())


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("bad", ["2", "", "oui", "0 1"])
def test_bad_enum_value(bad: str, strict: bool) -> None:
    el = formation()
    certifiante = child(el, "certifiante")
    certifiante.text = bad or None
    line = certifiante.sourceline
    if strict:
        with pytest.raises(BuildError) as info:
            build(el, v23.Formation, strict=True)
        assert info.value.line == line
        assert "certifiante" in str(info.value)
        assert_same(el, v23.Formation, strict=True)  # xsdata refuses it too
        return
    result, warned = assert_same(el, v23.Formation, strict=False)
    assert result.certifiante.value == bad
    if bad:
        assert [w.line for w in warned] == [line]
        assert "certifiante" in warned[0].message and "DictBoolean" in warned[0].message


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_unknown_attribute(strict: bool) -> None:
    el = formation()
    el.set("couleur", "bleu")
    child(el, "intitule-formation").set("{urn:other}x", "1")
    el.set(f"{{{XSI}}}schemaLocation", f"{NS23} lheo.xsd")  # xsdata skips xsi:* silently
    if strict:
        with pytest.raises(BuildError) as info:
            build(el, v23.Formation, strict=True)
        assert "intitule-formation" in str(info.value)  # the first met, as xsdata
        assert info.value.line == child(el, "intitule-formation").sourceline
        del child(el, "intitule-formation").attrib["{urn:other}x"]
        with pytest.raises(BuildError, match="couleur") as info:
            build(el, v23.Formation, strict=True)
        assert info.value.line == el.sourceline
    assert_same(el, v23.Formation, strict)


def test_xsi_attributes_are_skipped_in_strict_mode() -> None:
    el = formation()
    el.set(f"{{{XSI}}}schemaLocation", f"{NS23} lheo.xsd")
    el.set(f"{{{XSI}}}noNamespaceSchemaLocation", "x.xsd")
    assert_same(el, v23.Formation, strict=True)


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("where", ["formation", "action", "intitule-formation"])
def test_unknown_element(where: str, strict: bool) -> None:
    el = formation()
    parent = el if where == "formation" else child(el, where)
    intruder = etree.SubElement(parent, q("inconnu"))
    intruder.text = "x"
    etree.SubElement(intruder, q("dedans")).set("a", "b")
    el = parse(etree.tostring(el).decode())  # real line numbers
    intruder = child(el, "inconnu")
    if strict:
        with pytest.raises(BuildError, match="inconnu") as info:
            build(el, v23.Formation, strict=True)
        assert info.value.line == intruder.sourceline
    assert_same(el, v23.Formation, strict)


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_repeated_single_element(strict: bool) -> None:
    el = formation()
    title = child(el, "intitule-formation")
    again = copy.deepcopy(title)
    again.text = "Second title"
    title.addnext(again)
    el = parse(etree.tostring(el).decode())
    if strict:
        with pytest.raises(BuildError, match="repeated element <intitule-formation>"):
            build(el, v23.Formation, strict=True)
    result, _ = assert_same(el, v23.Formation, strict)
    if not strict:
        assert result.intitule_formation.value != "Second title"


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_missing_required_element(strict: bool) -> None:
    el = formation()
    el.remove(child(el, "intitule-formation"))
    child(el, "certifiante").text = None  # a required value
    if strict:
        with pytest.raises(BuildError, match="cannot be built"):
            build(el, v23.Formation, strict=True)
    result, _ = assert_same(el, v23.Formation, strict)
    if not strict:
        assert result.intitule_formation is None
        assert result.certifiante.value == ""


# --- extras: mixed content, foreign elements, any attribute ----------------------------------

EXTRAS = f"""<extras xmlns="{NS23}" xmlns:o="urn:other" xmlns:xsi="{XSI}" info="flux"
    horodatage-creation="2024-01-02T03:04:05.120+01:00">
  <extra info="region" o:source="o:carif" libre="oui" xsi:schemaLocation="urn:x x.xsd">52</extra>
  <extra info="texte mixte">avant <o:gras o:niveau="2" ref="o:x" lien="http://o:x">fort</o:gras> milieu
    <o:bloc>
      <o:ligne>un</o:ligne>
      <o:ligne/>
      fin du bloc
    </o:bloc>   <extra info="imbrique">dedans</extra> apres
    <extras info="profond"><extra>tout au fond<o:x/></extra><extras/></extras>
    <intitule-formation>typé par xsdata</intitule-formation>queue
  </extra>
  <extras><extra/><extra>   </extra></extras>
  <extra horodatage-modification="2025-03-18T14:22:41.000Z"/>
</extras>"""


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_nested_extras_with_foreign_elements(strict: bool) -> None:
    result, _ = assert_same(parse(EXTRAS), v23.Extras, strict)
    first, mixed = result.extras_or_extra[0], result.extras_or_extra[1]
    assert first.any_attributes == {
        "{urn:other}source": "{urn:other}carif",
        "libre": "oui",
        f"{{{XSI}}}schemaLocation": "urn:x x.xsd",
    }
    kinds = [type(item).__name__ for item in mixed.content]
    assert kinds[:2] == ["str", "AnyElement"]
    assert "Extra" in kinds and "Extras" in kinds and "IntituleFormation" in kinds
    assert type(result.extras_or_extra[-1].horodatage_modification) is LexicalDateTime


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_extra_root(strict: bool) -> None:
    root = parse(EXTRAS)[1]
    alone = parse(etree.tostring(root).decode().rsplit(">", 1)[0] + ">")  # no tail
    result, _ = assert_same(alone, v23.Extra, strict)
    assert type(result) is v23.Extra and result.info == "texte mixte"


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_extras_in_a_formation(strict: bool) -> None:
    el = formation()
    el.append(parse(EXTRAS))
    assert_same(parse(etree.tostring(el).decode()), v23.Formation, strict)


# --- dateTime attributes ---------------------------------------------------------------------

DATETIMES = [
    "2021-07-07T09:05:03.430Z",
    "2019-04-12T10:31:27.512+02:00",
    "2022-02-14T08:00:12.000Z",
    "2020-03-09T09:12:00.000+01:00",
    "2001-10-26T21:32:52",
    "2001-10-26T21:32:52.5-05:30",
    "2001-10-26T21:32:52.123456789+14:00",
    "2001-10-26T21:32:52.120000Z",
    "2001-10-26T21:32:52+00:00",
    "2001-10-26T21:32:52-00:00",
    "2024-02-29T24:00:00Z",
    " 2024-02-29T12:00:00Z ",
    "-0044-03-15T12:00:00",
    "12024-01-01T00:00:00",
]
BAD_DATETIMES = [
    "2023-02-29T12:00:00",
    "2024-01-01",
    "2024-01-01T25:00:00",
    "hier",
    "2024-01-01T12:00:00.1234567890",
]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("value", DATETIMES)
def test_datetime_attributes(value: str, strict: bool) -> None:
    el = formation()
    action = child(el, "action")
    action.set("horodatage-creation", value)
    extra = etree.SubElement(action, q("extras"))
    etree.SubElement(extra, q("extra"), {"horodatage-export": value}).text = "x"
    result, _ = assert_same(el, v23.Formation, strict)
    created = result.action[0].horodatage_creation
    assert isinstance(created, XmlDateTime)
    assert str(created) == value or type(created) is XmlDateTime


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("value", BAD_DATETIMES)
def test_bad_datetime_attribute(value: str, strict: bool) -> None:
    el = formation()
    action = child(el, "action")
    action.set("horodatage-modification", value)
    if strict:
        with pytest.raises(BuildError, match="horodatage-modification") as info:
            build(el, v23.Formation, strict=True)
        assert info.value.line == action.sourceline
    result, warned = assert_same(el, v23.Formation, strict)
    if not strict:
        assert result.action[0].horodatage_modification == value
        assert warned[0].line == action.sourceline and "XmlDateTime" in warned[0].message


def test_fast_datetime_agrees_with_the_registered_converter() -> None:
    deserialize = converter.type_converter(XmlDateTime).deserialize
    fractions = [
        None,
        "",
        "0",
        "000",
        "1",
        "10",
        "120",
        "1200",
        "123456",
        "000100",
        "000000001",
        "1234567890",
    ]
    zones = [None, "Z", "+00:00", "-00:00", "+02:00", "-05:30", "+14:59", "+2:00"]
    dates = [
        "2024-02-29",
        "2023-02-29",
        "2023-04-31",
        "2023-12-31",
        "2023-13-01",
        "0000-01-01",
        "-2023-01-01",
        "20231-01-01",
    ]
    times = ["00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60", "9:05:03"]
    checked = 0
    for date in dates:
        for time in times:
            for fraction in fractions:
                for zone in zones:
                    value = f"{date}T{time}{'' if fraction is None else '.' + fraction}{zone or ''}"
                    fast = _builder._fast_datetime(value)
                    if fast is None:
                        continue
                    slow = deserialize(value, data_type=XmlDateTime)
                    assert type(fast) is type(slow) and tuple(fast) == tuple(slow), value
                    assert str(fast) == str(slow), value
                    checked += 1
    assert checked > 400


# --- LHÉO 1.3.0: choice fields ---------------------------------------------------------------

COORDONNEES = f"""<coordonnees xmlns="{NS130}">
  <nom>Dupont</nom>
  <ligne>Bâtiment A</ligne>
  <adresse><ligne>1 rue X</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse>
  <ligne>Porte 2</ligne>
  <telfixe><numtel>01 02 03 04 05</numtel></telfixe>
  <extras info="a"><extra>1</extra><extras><extra info="b">2</extra></extras><extra>3</extra></extras>
</coordonnees>"""


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_1_3_0_choice_fields(strict: bool) -> None:
    result, _ = assert_same(parse(COORDONNEES), v130.Coordonnees, strict)
    if result is not None:
        assert [type(x).__name__ for x in result.ligne_or_adresse] == ["Ligne", "Adresse", "Ligne"]
        kinds = [type(x).__name__ for x in result.extras[0].extras_or_extra]
        assert kinds == ["Extra", "Extras", "Extra"]


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_1_3_0_without_namespace(strict: bool) -> None:
    path = SHARED / "1.3.0" / "examples" / "exemple-leger.xml"
    if not path.is_file():
        pytest.skip(SHARED_MISSING)
    root, cls = prepared(path, "1.3.0")
    assert root.tag.startswith(f"{{{NS130}}}")
    assert_same(root, cls, strict)


# --- what the builder leaves to xsdata, and its own contract ---------------------------------


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
@pytest.mark.parametrize("attribute", [f"{{{XSI}}}nil", f"{{{XSI}}}type"])
def test_xsi_type_and_nil_are_left_to_xsdata(attribute: str, strict: bool) -> None:
    el = formation()
    child(el, "intitule-formation").set(
        attribute, "true" if attribute.endswith("nil") else "xs:string"
    )
    assert_same(el, v23.Formation, strict)
    extras = parse(EXTRAS)
    extras[1][0].set(attribute, "true" if attribute.endswith("nil") else "xs:string")
    assert_same(extras, v23.Extras, strict)


def test_the_tree_is_left_intact() -> None:
    el = formation()
    before = etree.tostring(el)
    build(el, v23.Formation, strict=True)
    assert etree.tostring(el) == before


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_state_is_restored(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        build(formation(), v23.Formation, strict=True)
        assert gc.isenabled() is enabled
        bad = formation()
        bad.set("couleur", "bleu")
        with pytest.raises(BuildError):
            build(bad, v23.Formation, strict=True)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_warnings_are_appended_not_replaced() -> None:
    el = formation()
    child(el, "certifiante").text = "9"
    child(el, "action").set("horodatage-creation", "demain")
    found = [BuildWarning("already there")]
    build(el, v23.Formation, strict=False, warnings=found)
    # Children before their parent's attributes, as xsdata warns.
    assert [w.element for w in found] == [None, "certifiante", "action"]
    assert str(found[1]).startswith(f"line {found[1].line}: ")


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "lenient"])
def test_nesting_deeper_than_the_recursion_limit(strict: bool) -> None:
    root = etree.Element(q("extras"))
    parent = root
    for level in range(1200):
        parent = etree.SubElement(parent, q("extra" if level % 2 else "extras"))
    parent.text = "au fond"
    expected, failure, _count = reference(root, v23.Extras, strict)
    assert failure is None
    result = build(root, v23.Extras, strict=strict)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)  # only to compare the two graphs recursively
    try:
        assert difference(expected, result) is None
    finally:
        sys.setrecursionlimit(limit)
