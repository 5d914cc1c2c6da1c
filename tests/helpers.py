"""Test helpers: XML comparison after canonicalisation, with a readable diff."""

from __future__ import annotations

import difflib

from lxml import etree


def canonical_lines(
    data: bytes, namespace: str | None = None, unordered: frozenset[str] = frozenset()
) -> list[str]:
    """A canonical, prefix-independent rendering of a document, one node per line.

    Equivalent to comparing C14N 2.0 forms with prefixes rewritten, comments dropped and
    whitespace-only text ignored: tags and attribute names in Clark notation, attributes
    sorted, text and tails kept exactly unless whitespace-only. Children of elements whose
    local name is in ``unordered`` (``xs:all`` content, where any order is the same document)
    are compared as a multiset.
    """
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    root = etree.fromstring(data, parser)
    lines: list[str] = []

    def tag_of(el: etree._Element) -> str:
        tag = str(el.tag)
        if namespace is not None and not tag.startswith("{"):
            tag = f"{{{namespace}}}{tag}"
        return tag

    def walk(el: etree._Element, depth: int) -> list[str]:
        pad = "  " * depth
        attrs = " ".join(f"{k}={v!r}" for k, v in sorted(el.attrib.items()))
        out = [f"{pad}<{tag_of(el)}{' ' + attrs if attrs else ''}>"]
        if el.text is not None and el.text.strip():
            out.append(f"{pad}  text={el.text!r}")
        children = []
        for child in el:
            block = walk(child, depth + 1)
            if child.tail is not None and child.tail.strip():
                block.append(f"{pad}  tail={child.tail!r}")
            children.append(block)
        if str(el.tag).rsplit("}", 1)[-1] in unordered:
            children.sort()
        for block in children:
            out.extend(block)
        out.append(f"{pad}</{tag_of(el)}>")
        return out

    lines.extend(walk(root, 0))
    return lines


def assert_xml_equal(
    actual: bytes,
    expected: bytes,
    *,
    namespace: str | None = None,
    unordered: frozenset[str] = frozenset(),
) -> None:
    """Assert two documents are equal after canonicalisation (see :func:`canonical_lines`).

    ``namespace`` puts unqualified elements of both into that namespace first.
    """
    a = canonical_lines(actual, namespace, unordered)
    e = canonical_lines(expected, namespace, unordered)
    if a != e:
        diff = "\n".join(difflib.unified_diff(e, a, "expected", "actual", lineterm="", n=2))
        raise AssertionError(f"XML differs after canonicalisation:\n{diff[:6000]}")


def strip_layouts(obj: object) -> object:
    """Forget the source layouts (lheo._layout) of ``obj`` and all it holds; returns ``obj``.

    What is left is the plain data of the objects, as xsdata's parser would build it.
    """
    import attrs

    stack = [getattr(obj, "root", obj)]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif attrs.has(type(node)):
            if hasattr(node, "_lheo_layout"):
                node._lheo_layout = None
            stack.extend(getattr(node, f.name) for f in attrs.fields(type(node)))
    return obj


def _tree(data: bytes | str, namespace: str | None = None) -> etree._ElementTree:
    if isinstance(data, str):
        data = (
            data.encode("utf-8")
            if not data.lstrip().startswith("<?xml")
            else data.split("?>", 1)[1].encode("utf-8")
        )
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    tree = etree.ElementTree(etree.fromstring(data, parser))
    if namespace is not None:
        for el in tree.getroot().iter(tag=etree.Element):
            if not str(el.tag).startswith("{"):
                el.tag = f"{{{namespace}}}{el.tag}"
    return tree


def c14n(
    data: bytes | str, *, comments: bool = True, strip: bool = False, namespace: str | None = None
) -> str:
    """C14N 2.0 of a document (with comments by default; ``strip``: trim text nodes).

    ``namespace`` puts unqualified elements into that namespace first (prefixes are then
    rewritten, so that a default namespace and a prefixed one compare equal).
    """
    return str(
        etree.canonicalize(
            _tree(data, namespace),
            with_comments=comments,
            strip_text=strip,
            rewrite_prefixes=namespace is not None,
        )
    )


def attribute_orders(data: bytes | str, namespace: str | None = None) -> list[list[str]]:
    """The attribute names of every element, in document order and in their written order."""
    return [
        [str(key) for key in el.keys()]
        for el in _tree(data, namespace).getroot().iter(tag=etree.Element)
    ]


def strip_outer_layouts(doc: object) -> object:
    """Reduce the layouts of a document's root and containers to what a streamed copy keeps.

    A streamed copy (iter_formations + StreamWriter) keeps each item (formation…) as it was
    read, and of the document around the items only the order of the root's and containers'
    own attributes (the xsi ones first).
    """
    import attrs

    from lheo._layout import XSI, Layout

    root = getattr(doc, "root", doc)
    outer = [root] + [
        getattr(root, field.name)
        for field in attrs.fields(type(root))
        if field.name in ("offres", "resumes_offres", "resumes_organismes")
    ]
    for obj in outer:
        layout = getattr(obj, "_lheo_layout", None)
        if layout is None:
            continue
        kept = Layout()
        if layout.attrs is not None:
            kept.attrs = tuple(entry for entry in layout.attrs if entry[1] != XSI)
        obj._lheo_layout = kept if kept.attrs else None
    return doc
