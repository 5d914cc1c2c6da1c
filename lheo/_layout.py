"""How an element was written in its source, where a plain write would write it otherwise.

The typed objects hold the data; what a reader also needs to give a document back as it was
— comments and processing instructions, attribute order, whitespace between elements,
elements in another order than the schema's, a token written with extra spaces, and in a
lenient read the elements and attributes the bindings cannot hold — is kept, element by
element, in a :class:`Layout` stored in the object's hidden ``_lheo_layout`` field (every
generated class has one; xsdata, ``==`` and ``repr`` ignore it). Most elements of a flow are
written exactly as lheo would write them: they get no layout at all.

The reader (:mod:`lheo._builder`) makes layouts; the writer (:mod:`lheo._emitter`) follows
them. Both use the escaping and raw serialisation below, which write what libxml2 writes.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

__all__ = [
    "Layout",
    "Raw",
    "epilog",
    "esc_attr",
    "esc_text",
    "prolog",
    "raw_content",
    "raw_node",
    "xml_blank",
]

XML_NS = "http://www.w3.org/XML/1998/namespace"

#: Attribute entries of :attr:`Layout.attrs`: ``(name as written, kind, key)``.
BOUND = 0  # a declared attribute: key is its qualified name in the binding's metadata
ANY = 1  # an entry of the binding's ``any_attributes``: key is its Clark name
FOREIGN = 2  # an attribute the binding cannot hold (lenient read): key is its raw value
XSI = 3  # an ``xsi:*`` attribute of the root, kept in ``Document.xsi``: key is its local name


class Raw(str):
    """The exact XML of a node kept as read: comment, processing instruction, element."""

    __slots__ = ()


class Layout:
    """What of an element's source form its object does not hold (see the module doc).

    Attributes:
        attrs: attributes in source order, ``(name, kind, key)`` (kinds: ``BOUND``, ``ANY``,
            ``FOREIGN``, ``XSI``), or ``None`` when they are in the writer's order.
        decls: namespace declarations on the element, ``(prefix, uri)`` in source order, or
            ``None`` when they are the writer's.
        prefix: the element's tag prefix, or ``None`` (default namespace).
        nodes: the content. For element content: ``(text, child, tail, child, tail…)``
            where a child is the index of its field (the next item of that field) or a
            :class:`Raw` node, and text and tails are strings (``""`` for none). For a
            value: the text pieces and :class:`Raw` nodes, written when the value is still
            :attr:`value`. For mixed content kept verbatim: one :class:`Raw`.
        value: the value (or, for verbatim mixed content, a copy of the content) the source
            had, to tell whether the object was changed since.
        before: document-level nodes before the root (DOCTYPE, comments, PIs), root only.
        after: document-level nodes after the root, root only.
        indented: root only: whether the source was indented (``None``: unknown).
    """

    __slots__ = ("after", "attrs", "before", "decls", "indented", "nodes", "prefix", "value")

    def __init__(self) -> None:
        self.attrs: tuple[tuple[str, int, Any], ...] | None = None
        self.decls: tuple[tuple[str | None, str], ...] | None = None
        self.prefix: str | None = None
        self.nodes: tuple[Any, ...] | None = None
        self.value: Any = None
        self.before: tuple[Raw, ...] = ()
        self.after: tuple[Raw, ...] = ()
        self.indented: bool | None = None

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in self.__slots__
            if getattr(self, name) not in (None, ())
        )
        return f"Layout({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (tuple(getattr(self, name) for name in self.__slots__),))


def _restore(values: tuple[Any, ...]) -> Layout:
    layout = Layout()
    for name, value in zip(Layout.__slots__, values, strict=True):
        setattr(layout, name, value)
    return layout


# --- escaping, as libxml2 does it ---------------------------------------------------------


def esc_text(s: str) -> str:
    """Escape text content as libxml2 does (``& < >`` and CR)."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def esc_attr(s: str) -> str:
    """Escape an attribute value as libxml2 does (also ``"``, LF and TAB)."""
    return (
        s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def xml_blank(text: str | None) -> bool:
    """Whether ``text`` is empty or only XML white space (space, tab, CR, LF).

    Not :meth:`str.isspace`: a no-break space or U+0085 is data, not indentation.
    """
    return not text or not text.strip(" \t\r\n")


# --- raw serialisation of source nodes ----------------------------------------------------


def qualified(key: str, nsmap: dict[Any, str]) -> str:
    """An attribute's name as written, from its Clark name and the namespaces in scope."""
    if key[:1] != "{":
        return key
    uri, local = key[1:].split("}", 1)
    if uri == XML_NS:
        return "xml:" + local
    for prefix, value in nsmap.items():
        if value == uri and prefix is not None:
            return f"{prefix}:{local}"
    return key  # not reachable for a parsed document: an attribute's namespace has a prefix


def own_declarations(nsmap: dict[Any, str], scope: dict[Any, str]) -> list[tuple[str | None, str]]:
    """Declarations an element makes: its namespaces in scope that differ from its parent's."""
    decls: list[tuple[str | None, str]] = [
        (prefix, uri) for prefix, uri in nsmap.items() if scope.get(prefix) != uri
    ]
    if None in scope and scope[None] and None not in nsmap:
        decls.append((None, ""))  # xmlns="" undeclares the default namespace
    return decls


def _start(
    el: etree._Element, scope: dict[Any, str], default: str | None
) -> tuple[str, str, dict[Any, str]]:
    nsmap: dict[Any, str] = el.nsmap
    local = str(el.tag).rsplit("}", 1)[-1]
    tag_prefix: str | None = el.prefix
    if default is not None and str(el.tag).startswith("{" + default + "}"):
        tag_prefix = None  # the document's namespace, added after parsing: the default one
    name = local if tag_prefix is None else f"{tag_prefix}:{local}"
    parts = ["<", name]
    for prefix, uri in own_declarations(nsmap, scope):
        if default is not None and uri == default:
            continue
        attr = "xmlns" if prefix is None else "xmlns:" + prefix
        parts.append(f' {attr}="{esc_attr(uri)}"')
    for key, value in el.items():
        parts.append(f' {qualified(str(key), nsmap)}="{esc_attr(str(value))}"')
    return "".join(parts), name, nsmap


def _write_raw(node: Any, scope: dict[Any, str], out: list[str], default: str | None) -> None:
    tag = node.tag
    if not isinstance(tag, str):
        if tag is etree.Comment:
            out.append("<!--" + (node.text or "") + "-->")
        elif tag is etree.ProcessingInstruction:
            text = node.text
            out.append(f"<?{node.target} {text}?>" if text else f"<?{node.target}?>")
        else:  # an entity reference (never produced by lheo's parser)
            out.append(etree.tostring(node, with_tail=False, encoding="unicode"))
        return
    start, name, nsmap = _start(node, scope, default)
    out.append(start)
    if node.text is None and not len(node):
        out.append("/>")
        return
    out.append(">")
    _write_content(node, nsmap, out, default)
    out.append(f"</{name}>")


def _write_content(
    el: etree._Element, nsmap: dict[Any, str], out: list[str], default: str | None
) -> None:
    if el.text:
        out.append(esc_text(el.text))
    for child in el:
        _write_raw(child, nsmap, out, default)
        if child.tail:
            out.append(esc_text(child.tail))


def raw_node(node: Any, scope: dict[Any, str] | None = None, default: str | None = None) -> Raw:
    """The XML of a source node (without its tail), declaring only what ``scope`` lacks.

    Args:
        node: an element, comment or processing instruction of a parsed tree.
        scope: the namespaces in scope where the text will be written (the parent's
            ``nsmap``); ``None`` for the node's own parent's.
        default: a namespace the document had not and was put in after parsing (a 1.3.0
            flow without namespace): it is written as the default namespace, undeclared.
    """
    if scope is None:
        parent = node.getparent()
        scope = parent.nsmap if parent is not None else {}
    out: list[str] = []
    _write_raw(node, scope, out, default)
    return Raw("".join(out))


def prolog(root: etree._Element) -> tuple[Raw, ...]:
    """What a document has before its root: DOCTYPE (internal subset included), comments, PIs."""
    nodes: list[Raw] = []
    tree = root.getroottree()
    docinfo: Any = tree.docinfo
    doctype: str = docinfo.doctype
    if doctype and docinfo.internalDTD is not None:
        # docinfo.doctype leaves the internal subset out; lxml writes it (rare: no entity
        # declaration is accepted, so it holds only element and attribute declarations).
        text = etree.tostring(tree, encoding="unicode")
        start = text.find("<!DOCTYPE")
        end = text.find("]>", start)
        if start != -1 and end != -1:
            doctype = text[start : end + 2]
    if doctype:
        nodes.append(Raw(doctype))
    nodes += reversed([raw_node(node, {}) for node in root.itersiblings(preceding=True)])
    return tuple(nodes)


def epilog(root: etree._Element) -> tuple[Raw, ...]:
    """What a document has after its root: comments, PIs."""
    return tuple(raw_node(node, {}) for node in root.itersiblings())


def raw_content(el: etree._Element, default: str | None = None) -> Raw:
    """The XML of everything inside ``el`` (text, children, their tails), exactly."""
    out: list[str] = []
    _write_content(el, el.nsmap, out, default)
    return Raw("".join(out))


# An empty element written with an end tag: `<x></x>`, `<x a="1"></x>` (not `<x/>`).
_EMPTY_PAIR = re.compile(rb"<([^\s/>!?<]+)(?:\s[^<>]*)?(?<!/)(>)</\1\s*>")


def empty_pairs(data: bytes) -> dict[tuple[int, str], int] | None:
    """Where the source writes an empty element as ``<x></x>``: ``(line, name)`` → count.

    The line is the line of the start tag's ``>`` (libxml2's ``sourceline``), the name is as
    written (with its prefix). ``None`` when there is none. lxml parses ``<x></x>`` and
    ``<x/>`` alike: this is how a read tells them apart, to write each back as it was.
    """
    if b"></" not in data:
        return None
    found: dict[tuple[int, str], int] = {}
    line = 1
    last = 0
    for match in _EMPTY_PAIR.finditer(data):
        at = match.start(2)
        line += data.count(b"\n", last, at)
        last = at
        key = (line, match.group(1).decode("utf-8", "replace"))
        found[key] = found.get(key, 0) + 1
    return found or None
