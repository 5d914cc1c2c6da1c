"""lheo._emitter.emit: the same bytes as xsdata's serializer, for everything we can write.

That holds for objects without source layout (lheo._layout): documents read here have theirs
removed first (tests/test_layout.py tests what layouts write).

The reference is xsdata's XmlSerializer configured as lheo._writer.to_bytes configured it
before the emitter (kept here, so that the comparison stays meaningful once to_bytes uses
emit). Most cases also check that emit wrote them itself, without falling back to xsdata.
"""

from __future__ import annotations

import copy
import datetime
import gc
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import strip_layouts
from lheo_bindings.v2_2 import lheo as v22
from lheo_bindings.v2_3 import lheo as v23
from xsdata.models.datatype import XmlDateTime

import lheo
from lheo import _context, _emitter
from lheo._context import LexicalInt
from lheo._document import Document
from lheo._writer import to_bytes
from lheo._xml import XSI

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
NS = "http://lheo.gouv.fr/2.3"
XML_NS = "http://www.w3.org/XML/1998/namespace"
sys.path.insert(0, str(ROOT / "benchmarks"))

# The attrs flavour of xsdata's generic elements (importing xsdata_attrs.compat directly,
# before the plugin is loaded, is a circular import).
AnyElement = _context.context().class_type.any_element
DerivedElement = _context.context().class_type.derived_element


def reference(obj: Any, namespace: str, pretty: bool, xsi: dict[str, str]) -> bytes:
    """xsdata's output, configured as lheo._writer.to_bytes did before the emitter."""
    config: dict[str, Any] = {
        "encoding": "UTF-8",
        "xml_declaration": True,
        "indent": "  " if pretty else None,
    }
    if "schemaLocation" in xsi:
        config["schema_location"] = xsi["schemaLocation"]
    if "noNamespaceSchemaLocation" in xsi:
        config["no_namespace_schema_location"] = xsi["noNamespaceSchemaLocation"]
    ns_map: dict[str | None, str] = {None: namespace}
    if xsi:
        ns_map["xsi"] = XSI
    text = _context.serializer(config).render(obj, ns_map=ns_map)
    if not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8")


@pytest.fixture
def fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls where emit handed the whole document to xsdata."""
    calls: list[int] = []
    real = _emitter._xsdata_bytes

    def spy(*args: Any) -> bytes:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(_emitter, "_xsdata_bytes", spy)
    return calls


def outcome(func: Any) -> bytes | type[BaseException]:
    try:
        result: bytes = func()
    except Exception as exc:  # the exception type is what must match
        return type(exc)
    return result


def check(obj: Any, namespace: str | None = None, xsi: dict[str, str] | None = None) -> None:
    """emit == xsdata, pretty and compact (the same exception type when xsdata fails)."""
    if isinstance(obj, Document):
        obj, namespace, xsi = obj.root, obj.version.namespace, obj.xsi
    strip_layouts(obj)
    namespace = namespace or lheo.Version.of_binding(obj).namespace
    xsi = xsi or {}
    for pretty in (True, False):
        expected = outcome(lambda pretty=pretty: reference(obj, namespace, pretty, xsi))
        got = outcome(
            lambda pretty=pretty: _emitter.emit(obj, namespace=namespace, pretty=pretty, xsi=xsi)
        )
        if expected != got and isinstance(expected, bytes) and isinstance(got, bytes):
            assert got.decode() == expected.decode(), f"pretty={pretty}"
        assert got == expected, f"pretty={pretty}"


def xml_files() -> Iterator[Any]:
    for path in sorted((ROOT / "examples" / "data").glob("*.xml")):
        yield pytest.param(path, None, id=f"examples/{path.name}")
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.xml")):
        yield pytest.param(path, None, id=f"fixtures/{path.relative_to(ROOT / 'tests')}")
    for path in sorted(SHARED.glob("*/examples/*.xml")):
        # The 1.3.0 exemple-leger.xml has no namespace: the folder names the version.
        version = path.parent.parent.name
        yield pytest.param(path, version, id=f"official/{version}/{path.name}")


@pytest.mark.parametrize(("path", "version"), list(xml_files()))
def test_files(path: Path, version: str | None, fallbacks: list[int]) -> None:
    """Every XML file we ship or test with, and the official examples."""
    check(lheo.read(path, version=version, strict=False))
    assert not fallbacks


def test_reference_is_to_bytes() -> None:
    """The reference here is what lheo.write produces (before and after the switch to emit)."""
    doc = strip_layouts(lheo.read(ROOT / "examples" / "data" / "catalogue-2.3.xml"))
    doc.xsi = {"schemaLocation": f"{NS} lheo.xsd"}
    for pretty in (True, False):
        assert to_bytes(doc, pretty=pretty) == reference(doc.root, NS, pretty, doc.xsi)


def catalogue() -> Document:
    return lheo.read(ROOT / "examples" / "data" / "catalogue-2.3.xml")


def test_single_formation_root(fallbacks: list[int]) -> None:
    """A formation written on its own (root in the default namespace, no xsi)."""
    formation = catalogue().root.offres.formation[0]
    check(formation)
    assert not fallbacks


def test_extra_root_with_mixed_foreign_content(fallbacks: list[int]) -> None:
    """An extra as the root, its content mixing text, foreign and no-namespace elements."""
    doc = lheo.read(
        b'<extra xmlns="http://lheo.gouv.fr/2.3" xmlns:f="urn:f" info="a &amp; b">'
        b'hello <f:b x="1" f:y="2">in<f:c/>tail c</f:b> after b <extra>nested<extra>deep'
        b'</extra></extra> <g xmlns="">nons<h/><extra>inside</extra></g> end'
        b'<f:z xml:lang="fr">  </f:z>\n  </extra>',
        strict=False,
    )
    check(doc)
    assert not fallbacks


def test_extras_in_extra_and_whitespace(fallbacks: list[int]) -> None:
    """Typed extras inside an extra, whitespace-only text and tails (replaced by indent)."""
    extra = v23.Extra(
        content=[
            " \n ",
            v23.Extra(info="a", content=["x"]),
            "\t",
            v23.Extras(extras_or_extra=[v23.Extra(content=["1"]), v23.Extra()]),
            "tail & <text>",
            v23.Extra(content=[""]),
        ]
    )
    check(v23.Extras(extras_or_extra=[extra, v23.Extra(content=["  "])]))
    assert not fallbacks


def test_no_break_space_is_data(fallbacks: list[int]) -> None:
    """A no-break space (or U+0085) between elements is text, not indentation to replace."""
    for space in ("\xa0", "\x85", "\u2003"):
        extra = v23.Extra(content=[space, v23.Extra(info="a", content=["x"]), space])
        for pretty in (True, False):
            out = _emitter.emit(v23.Extras(extras_or_extra=[extra]), namespace=NS, pretty=pretty)
            assert out.decode().count(space) == 2
    assert not fallbacks


def test_any_elements(fallbacks: list[int]) -> None:
    """AnyElement with attributes in several namespaces, xml:lang, no text, tails."""
    content: list[object] = [
        AnyElement(
            qname="{urn:a}x",
            text=None,
            tail="after",
            attributes={"plain": 'q"&<>\n\t\r', "{urn:b}other": "1", f"{{{XML_NS}}}lang": "fr"},
            children=[
                AnyElement(qname="{urn:a}y", text="t", tail=None),
                AnyElement(qname="{urn:c}z", text="", tail="  "),
                AnyElement(qname="local", text="no namespace", tail="x"),
                AnyElement(qname=f"{{{NS}}}extra", text="lheo again"),
            ],
        ),
        AnyElement(qname="{urn:a}x", text="sibling redeclares", attributes={f"{{{XSI}}}nil": "1"}),
    ]
    check(v23.Extras(extras_or_extra=[v23.Extra(info="i", content=content)]))
    check(v23.Extras(extras_or_extra=[v23.Extra(content=content)]), xsi={"schemaLocation": "a b"})
    assert not fallbacks


def test_any_attributes_on_extra(fallbacks: list[int]) -> None:
    """any_attributes in Clark notation declare their prefixes on the element."""
    extra = v23.Extra(
        info="i",
        any_attributes={"{urn:q}z": "1", "plain": "2", f"{{{XSI}}}type": "{urn:q}t"},
        content=["text", v23.Extra(content=["child"])],
    )
    check(v23.Extras(extras_or_extra=[extra]))
    assert not fallbacks


def test_rare_constructs_fall_back_identically() -> None:
    """Constructs that need lxml internals go to xsdata, with the same result or error."""
    odd: list[list[object]] = [
        ["two", "strings"],  # xsdata moves the second after the next element to close
        [AnyElement(qname=None, text="nameless")],
        [AnyElement(qname="{urn:a}x", attributes={f"{{{NS}}}a": "default-namespace attr"})],
        [DerivedElement(qname="{urn:a}d", value="derived")],
        ["\x01 control character"],
        ["lone \ud800 surrogate"],
        [AnyElement(qname="bad name")],
    ]
    for content in odd:
        check(v23.Extras(extras_or_extra=[v23.Extra(content=content)]))
    attr_qname = v23.Extras(
        extras_or_extra=[v23.Extra(info="{http://www.w3.org/2001/XMLSchema}int")]
    )
    check(attr_qname)


def test_schema_locations(fallbacks: list[int]) -> None:
    """xsi:schemaLocation / noNamespaceSchemaLocation on the root, first, in that order."""
    doc = catalogue()
    for xsi in (
        {"schemaLocation": f"{NS} https://lheo.gouv.fr/2.3/lheo.xsd"},
        {"noNamespaceSchemaLocation": "lheo.xsd"},
        {"schemaLocation": 'a&b "c"', "noNamespaceSchemaLocation": "x"},
        {"schemaLocation": ""},
    ):
        doc.xsi = xsi
        check(doc)
    leger = SHARED / "1.3.0" / "examples" / "exemple-leger.xml"
    if leger.exists():  # a root without namespace in its source
        doc = lheo.read(leger, version="1.3.0")
        doc.xsi = {"schemaLocation": "x y"}
        check(doc)
    doc.xsi = {"type": "only declares xmlns:xsi"}
    check(doc)
    # A root written as a region (an extra with foreign content).
    extra = v23.Extra(info="x", content=["a", AnyElement(qname="{urn:f}b", text="c"), "d"])
    check(extra, xsi={"schemaLocation": "u v", "noNamespaceSchemaLocation": "w"})
    assert not fallbacks


def test_edited_document(fallbacks: list[int]) -> None:
    """Values set from Python: ints, datetimes, special characters, empty strings."""
    doc = catalogue()
    formation = doc.root.offres.formation[0]
    formation.intitule_formation.value = "Tabs\tand\nnewlines & <tags> \"quoted\" 'single'\r"
    formation.objectif_formation.value = "été – “œuvre” …"
    formation.numero = 'a"b&c<d>\te\nf\rg'
    formation.contact_formation = None
    action = formation.action[0]
    action.duree_cycle.value = 12
    action.duree_cycle.id = ""
    action.duree_conventionnee = v23.DureeConventionnee(value=LexicalInt(35, "035"))
    formation.extras[0].horodatage_creation = XmlDateTime.from_datetime(
        datetime.datetime(2024, 5, 6, 7, 8, 9, 120000, tzinfo=datetime.timezone.utc)
    )
    formation.extras[0].horodatage_modification = XmlDateTime.from_datetime(
        datetime.datetime(2024, 5, 6, 7, 8, 9)
    )
    formation.extras[0].extras_or_extra[0].content = [""]
    formation.domaine_formation.code_nsf[0].value = ""
    formation.domaine_formation.code_nsf[0].tag = "é & ü"
    formation.domaine_formation.code_formacode.append(v23.CodeFormacode(value="31054", ref="V14"))
    check(doc)
    assert not fallbacks


def test_migrated_document(fallbacks: list[int]) -> None:
    """A document produced by the 2.2 -> 2.3 migration."""
    check(lheo.migrate(ROOT / "examples" / "data" / "onisep-2.2.xml").document)
    assert not fallbacks


@pytest.mark.parametrize("version", ["2.2", "2.3"])
def test_generated_flow(version: str, tmp_path: Path, fallbacks: list[int]) -> None:
    """A 1 MB flow made by benchmarks/make_flow.py."""
    from make_flow import make_flow

    path = tmp_path / "flow.xml"
    make_flow(version, 1024 * 1024, path)
    check(lheo.read(path))
    assert not fallbacks


def test_gc_is_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cyclic GC is paused during a call only, errors included."""
    doc = catalogue()
    seen: list[bool] = []
    real = _emitter._body

    def spy(*args: Any) -> str:
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(_emitter, "_body", spy)
    assert gc.isenabled()
    _emitter.emit(doc.root, namespace=NS, pretty=True)
    assert gc.isenabled()
    with pytest.raises(Exception, match="object"):
        _emitter.emit(object(), namespace=NS, pretty=True)
    assert gc.isenabled()
    assert seen == [False, False]
    gc.disable()
    try:
        _emitter.emit(doc.root, namespace=NS, pretty=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_other_version_and_wrong_types(fallbacks: list[int]) -> None:
    """2.3 objects in a 2.2 document, and a subclass where xsdata writes xsi:type."""
    doc = lheo.read(ROOT / "examples" / "data" / "onisep-2.2.xml")
    formation = doc.root.offres.formation[0]
    formation.extras = [v22.Extras(extras_or_extra=[v22.Extra(content=[v23.Extra(info="x")])])]
    check(doc)
    doc = catalogue()
    lieu = doc.root.offres.formation[0].action[0]

    class Sub(type(lieu.duree_cycle)):  # type: ignore[misc]
        pass

    assert lieu.duree_cycle is not None
    lieu.duree_cycle = Sub(value=3)
    check(doc)


# --- randomised comparison ---------------------------------------------------------------

# No U+00A0 alone: xsdata's indentation replaces it (str.isspace), lheo keeps it as data
# (test_no_break_space_is_data).
TEXTS = ["", " ", "  \n  ", "\xa0x", "a", "x & y < z > \" ' \n\t\r end", "é€… ok", "\t"]
QNAMES = ["{urn:a}x", "{urn:b}y", "z", f"{{{NS}}}w", f"{{{NS}}}extra", f"{{{XSI}}}s"]
ATTRIBUTES = ["a", "{urn:a}b", f"{{{XML_NS}}}lang", "{urn:c}d", f"{{{XSI}}}type"]


def random_item(rng: random.Random, depth: int) -> object:
    draw = rng.random()
    if draw < 0.3:
        return rng.choice(TEXTS)
    if draw < 0.65:
        return AnyElement(
            qname=rng.choice(QNAMES),
            text=rng.choice([None, *TEXTS]),
            tail=rng.choice([None, None, *TEXTS]),
            attributes={k: rng.choice(TEXTS) for k in ATTRIBUTES if rng.random() < 0.2},
            children=[
                random_item(rng, depth + 1) for _ in range(rng.randint(0, max(0, 3 - depth)))
            ],
        )
    if draw < 0.85:
        return random_extra(rng, depth)
    return v23.Extras(
        extras_or_extra=[random_extra(rng, depth + 1) for _ in range(rng.randint(0, 2))]
    )


def random_extra(rng: random.Random, depth: int) -> v23.Extra:
    size = rng.randint(0, max(0, 4 - depth))
    return v23.Extra(
        info=rng.choice([None, "i", "a&b"]),
        content=[random_item(rng, depth + 1) for _ in range(size)],
    )


@pytest.mark.parametrize("seed", range(8))
def test_random_mixed_content(seed: int) -> None:
    """Random mixed content (strings, foreign elements, nested extras) against xsdata."""
    rng = random.Random(seed)
    for _ in range(40):
        extras = v23.Extras(extras_or_extra=[random_extra(rng, 0) for _ in range(2)])
        check(extras, xsi=rng.choice([{}, {"schemaLocation": "a b"}]))


@pytest.mark.parametrize("seed", range(4))
def test_random_edits(seed: int) -> None:
    """Random edits of a real document: values, attributes, removals, extra contents."""
    rng = random.Random(seed)
    base = catalogue()
    for _ in range(3):
        doc = copy.deepcopy(base)
        mutate(doc.root, rng)
        check(doc)


def mutate(obj: Any, rng: random.Random) -> None:
    import attrs

    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        kind = field.metadata.get("type")
        if kind == "Attribute" and rng.random() < 0.05:
            if "XmlDateTime" in str(field.type):
                stamp = datetime.datetime(2024, 1, 2, 3, 4, 5, rng.choice([0, 123000]))
                setattr(obj, field.name, XmlDateTime.from_datetime(stamp))
            else:
                setattr(obj, field.name, rng.choice([None, *TEXTS]))
        elif field.name == "value" and isinstance(value, str) and rng.random() < 0.1:
            setattr(obj, field.name, rng.choice(TEXTS))
        elif field.name == "content" and rng.random() < 0.2:
            setattr(obj, field.name, rng.choice([[], [rng.choice(TEXTS)], ["a", v23.Extra()]]))
        if isinstance(value, list):
            for item in value:
                if attrs.has(type(item)):
                    mutate(item, rng)
        elif attrs.has(type(value)):
            if rng.random() < 0.03:
                setattr(obj, field.name, None)
            else:
                mutate(value, rng)
