"""Property: a lenient read never loses anything a write could give back.

Every fixture, example and official example is broken on purpose, at random places: unknown
elements (some of them LHÉO elements in the wrong place, some with content), unknown
attributes, comments, processing instructions, siblings swapped, repeated elements, white
space, text inside element content. ``write(read(x, strict=False))`` must be ``x``: C14N 2.0
with comments, and every element's attributes in their written order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import attribute_orders, c14n
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import lheo

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
FILES = (
    sorted((ROOT / "examples" / "data").glob("*.xml"))
    + sorted((ROOT / "tests" / "fixtures").rglob("*.xml"))
    + sorted(SHARED.glob("*/examples/*.xml"))
)
TEXTS = st.sampled_from(
    ["", " ", "x", "a & b < c > d", "\xa0", "é€", "  deux  mots ", "\n\t\n", '"q"', "01"]
)
NAMES = st.sampled_from(
    ["inconnu", "coordonneFs", "formation", "extra", "nom", "x-y", "code-FORMACODE", "session"]
)


def _version(path: Path) -> str | None:
    return path.parent.parent.name if path.parent.name == "examples" else None


def _mutate(tree: etree._ElementTree, draw: Any) -> None:
    elements = [el for el in tree.getroot().iter(tag=etree.Element)]
    ns = etree.QName(tree.getroot()).namespace
    for _ in range(draw(st.integers(1, 6))):
        target = elements[draw(st.integers(0, len(elements) - 1))]
        kind = draw(
            st.sampled_from(
                ["element", "attribute", "comment", "pi", "swap", "repeat", "space", "text"]
            )
        )
        position = draw(st.integers(0, len(target)))
        if kind == "element":
            name = draw(NAMES)
            new = etree.Element(f"{{{ns}}}{name}" if ns else name)
            new.text = draw(TEXTS) or None
            if draw(st.booleans()):
                child = etree.SubElement(new, f"{{{ns}}}{draw(NAMES)}" if ns else "sub")
                child.text = draw(TEXTS)
                child.set("k", draw(TEXTS))
            new.tail = draw(TEXTS) or None
            target.insert(position, new)
        elif kind == "attribute":
            target.set(draw(st.sampled_from(["couleur", "numéro", "ref2", "z"])), draw(TEXTS))
        elif kind == "comment":
            comment = etree.Comment(draw(st.sampled_from(["", " note ", "à revoir", "x\ny"])))
            comment.tail = draw(TEXTS) or None
            target.insert(position, comment)
        elif kind == "pi":
            pi = etree.ProcessingInstruction("cms", draw(st.sampled_from(["", "id='1'"])))
            target.insert(position, pi)
        elif kind == "swap" and len(target) > 1:
            first = target[position % len(target)]
            second = target[(position + 1) % len(target)]
            if isinstance(first.tag, str) and isinstance(second.tag, str):
                first.addnext(second) if draw(st.booleans()) else second.addnext(first)
        elif kind == "repeat" and len(target) and target.getparent() is not None:
            import copy

            child = target[position % len(target)]
            if isinstance(child.tag, str):
                child.addnext(copy.deepcopy(child))
        elif kind == "space":
            if len(target):
                target[position % len(target)].tail = draw(st.sampled_from(["\n\n\t", "", " "]))
            else:
                target.text = (target.text or "") + draw(st.sampled_from(["\n", "  "]))
        elif kind == "text" and len(target):
            target[position % len(target)].tail = draw(TEXTS)


@st.composite
def broken_documents(draw: Any) -> tuple[bytes, str | None]:
    path = draw(st.sampled_from(FILES))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.parse(str(path), parser)
    _mutate(tree, draw)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8"), _version(path)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(broken_documents())
def test_lenient_read_then_write_gives_the_document_back(case: tuple[bytes, str | None]) -> None:
    """write(read(x, strict=False)) == x for documents broken at random."""
    data, version = case
    doc = lheo.read(data, version=version, strict=False)
    assert not doc.losses
    out = lheo.write(doc)
    assert out is not None
    namespace = lheo.Version.parse(version).namespace if version else None
    assert c14n(out, namespace=namespace) == c14n(data, namespace=namespace)
    assert attribute_orders(out) == attribute_orders(data, namespace)
    # What the objects do not hold is listed, with its XML.
    unbound = [issue for issue in doc.issues if issue.content]
    for issue in unbound:
        assert issue.content and issue.path.startswith("/")
