"""Assertions for tests of code that reads or writes LHÉO (see :mod:`lheo.testing`)."""

from __future__ import annotations

import enum
from typing import Any

import attrs
from lxml import etree

from lheo import _xml
from lheo._document import Document
from lheo.errors import LheoError
from lheo.versions import Version

__all__ = ["assert_same_offers", "assert_valid", "assert_xml_equal", "to_document"]

#: How much of each side a failure message shows.
SHOWN = 400


def to_document(obj: Any) -> Document:
    """A :class:`Document` of a binding object (any global element may be the root)."""
    if isinstance(obj, Document):
        return obj
    from lheo.testing._model import shape

    cls: type = type(obj)
    return Document(version=Version.of_binding(obj), kind=shape(cls).local, root=obj,
                    source=f"<{cls.__name__}>")  # fmt: skip


def _is_binding(obj: Any) -> bool:
    return attrs.has(type(obj)) and type(obj).__module__.startswith("lheo_bindings.")


def _bytes(obj: Any) -> tuple[bytes, str]:
    """The XML of any source or object, and a name for messages."""
    if isinstance(obj, Document) or _is_binding(obj):
        from lheo._writer import write

        doc = to_document(obj)
        data = write(doc, allow_loss=True)
        assert data is not None
        return data, doc.source
    return _xml.read_bytes(obj)


def assert_valid(obj: Any, *, version: str | Version | None = None) -> None:
    """Assert that a document is valid against the XSD of its LHÉO version.

    Args:
        obj: a :class:`lheo.Document`, a binding object (``lheo.v2_3.Lheo``, a lone
            ``Formation``…), XML ``bytes`` or ``str``, a path, or a binary file object.
        version: the version to assume when the root has no namespace.

    Raises:
        AssertionError: the document is not valid (or not LHÉO, not XML); the message is
            :func:`lheo.validate`'s xmllint-style report, one line per issue with its line,
            element and path.

    Added in 0.2.
    """
    from lheo._stream_validate import validate

    if isinstance(obj, Document) or _is_binding(obj):
        report = validate(to_document(obj))
    else:
        report = validate(obj, version=version)
    if not report.ok:
        raise AssertionError(f"not a valid LHÉO document:\n{report}")


def _tree(obj: Any) -> tuple[etree._ElementTree, str]:
    data, name = _bytes(obj)
    tree = _xml.parse_bytes(data, name)
    for node in tree.getroot().iter():
        # White space alone is layout; a text with any other character is kept whole.
        if node.text is not None and not node.text.strip():
            node.text = None
        if node.tail is not None and not node.tail.strip():
            node.tail = None
    return tree, name


def _canonical(node: etree._Element | etree._ElementTree) -> str:
    return str(etree.canonicalize(node, with_comments=True))


def _short(text: str) -> str:
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def _repeatable(root: etree._Element) -> frozenset[tuple[str, str]] | None:
    """The version's repeatable pairs, for paths with positions only where they repeat."""
    try:
        return Version.from_namespace(_xml.namespace(root.tag)).repeatable
    except LheoError:  # not LHÉO: every step gets its position
        return None


def _node_path(node: etree._Element) -> str:
    rep = _repeatable(node.getroottree().getroot())
    if isinstance(node.tag, str):
        return _xml.element_path(node, rep)
    parent = node.getparent()
    kind = "comment()" if node.tag is etree.Comment else "processing-instruction()"
    if parent is None:
        return f"/{kind}"
    return f"{_xml.element_path(parent, rep)}/{kind}"


def _first_difference(a: etree._Element, b: etree._Element) -> tuple[str, str, str, str] | None:
    """(path, what, left, right) of the first difference in document order, or ``None``."""
    if a.tag != b.tag:
        return _node_path(a), "different nodes", _show(a), _show(b)
    if isinstance(a.tag, str) and sorted(a.attrib.items()) != sorted(b.attrib.items()):
        for key in sorted({*a.attrib, *b.attrib}):
            if a.get(key) != b.get(key):
                return (f"{_node_path(a)}/@{key}", "attribute differs",
                        repr(a.get(key)), repr(b.get(key)))  # fmt: skip
    if (a.text or "") != (b.text or ""):
        return _node_path(a), "text differs", repr(a.text or ""), repr(b.text or "")
    for left, right in zip(a, b, strict=False):
        found = _first_difference(left, right)
        if found is not None:
            return found
        if (left.tail or "") != (right.tail or ""):
            return (f"{_node_path(left)} (text after it)", "text differs",
                    repr(left.tail or ""), repr(right.tail or ""))  # fmt: skip
    if len(a) != len(b):
        extra = a[len(b)] if len(a) > len(b) else b[len(a)]
        where = _node_path(extra)
        if len(a) > len(b):
            return where, "only on the left", _show(extra), "(nothing)"
        return where, "only on the right", "(nothing)", _show(extra)
    return None


def _show(node: etree._Element) -> str:
    if not isinstance(node.tag, str):
        return _short(str(etree.tostring(node, encoding="unicode", with_tail=False)))
    # Serialised alone first: a subtree's namespace declarations are on its ancestors.
    return _short(str(etree.canonicalize(etree.tostring(node, encoding="unicode", with_tail=False),
                                         with_comments=True)))  # fmt: skip


def assert_xml_equal(a: Any, b: Any) -> None:
    """Assert that two documents are the same XML: C14N 2.0 with comments, layout ignored.

    Both sides are canonicalised (C14N 2.0: attributes sorted, namespace declarations
    normalised, empty elements written alike) with their comments, after removing the
    white space that only lays nodes out (a text node of white space only, between
    elements, or the content of an element that holds nothing else). Text with any other
    character is compared exactly.

    Args:
        a: the actual document: a :class:`lheo.Document`, a binding object, XML ``bytes``
            or ``str``, a path, or a binary file object.
        b: the expected one, in any of the same forms.

    Raises:
        AssertionError: they differ; the message gives the path of the first difference
            in document order (``/lheo/offres/formation[2]/intitule-formation``), what
            differs, and both sides there.

    Added in 0.2.
    """
    left, left_name = _tree(a)
    right, right_name = _tree(b)
    if _canonical(left) == _canonical(right):
        return
    found = _first_difference(left.getroot(), right.getroot())
    if found is None:  # e.g. the same names under other prefixes, or a top-level comment
        found = ("/", "canonical forms differ", _short(_canonical(left)),
                 _short(_canonical(right)))  # fmt: skip
    path, what, shown_left, shown_right = found
    raise AssertionError(
        f"XML differs at {path}: {what}\n"
        f"  left  ({left_name}): {shown_left}\n"
        f"  right ({right_name}): {shown_right}"
    )


def _read(obj: Any) -> Document:
    if isinstance(obj, Document) or _is_binding(obj):
        return to_document(obj)
    from lheo._reader import read

    return read(obj, strict=False)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _data_difference(a: Any, b: Any, path: str) -> tuple[str, Any, Any] | None:
    if type(a) is not type(b) and not (_plain(a) == _plain(b)):
        if not (attrs.has(type(a)) and attrs.has(type(b))):
            return path, _plain(a), _plain(b)
        return path, type(a).__name__, type(b).__name__
    if isinstance(a, list):
        for index, (left, right) in enumerate(zip(a, b, strict=False)):
            found = _data_difference(left, right, f"{path}[{index + 1}]")
            if found is not None:
                return found
        if len(a) != len(b):
            return f"{path} (count)", len(a), len(b)
        return None
    if attrs.has(type(a)):
        for field in attrs.fields(type(a)):
            if not field.eq:
                continue
            found = _data_difference(
                getattr(a, field.name), getattr(b, field.name), f"{path}.{field.name}"
            )
            if found is not None:
                return found
        return None
    if a != b:
        return path, _plain(a), _plain(b)
    return None


def assert_same_offers(a: Any, b: Any) -> None:
    """Assert that two documents hold the same offers, whatever their formatting.

    Both are read into typed objects (leniently, so that an invalid document can be
    compared too) and compared field by field: white space between elements, indentation,
    attribute order, namespace prefixes, comments, CDATA sections and character references
    do not count; every element, attribute and value does, as does the element order where
    the schema gives one.

    Args:
        a: the actual document: a :class:`lheo.Document`, a binding object, XML ``bytes``
            or ``str``, a path, or a binary file object.
        b: the expected one, in any of the same forms.

    Raises:
        AssertionError: they differ; the message gives the field path of the first
            difference (``root.offres.formation[2].intitule_formation.value``) and both
            values.

    Added in 0.2.
    """
    left, right = _read(a), _read(b)
    if left.version != right.version or left.kind != right.kind:
        raise AssertionError(
            f"not the same kind of document: LHÉO {left.version} {left.kind} (left) "
            f"vs LHÉO {right.version} {right.kind} (right)"
        )
    found = _data_difference(left.root, right.root, "root")
    if found is None:
        return
    path, shown_left, shown_right = found
    raise AssertionError(
        f"offers differ at {path}:\n"
        f"  left  ({left.source}): {_short(repr(shown_left))}\n"
        f"  right ({right.source}): {_short(repr(shown_right))}"
    )
