"""A fast XML serialiser producing the same bytes as xsdata's ``XmlSerializer``.

xsdata serialises through generators, SAX events, an lxml tree built event by event,
``etree.indent`` and ``etree.tostring``: about 5 MB/s. :func:`emit` writes the same bytes by
appending strings to a list and joining once, through one writer function per binding class,
generated from xsdata's metadata the first time the class is met.

"The same bytes" is what that chain produces, so this module mirrors each link:

* xsdata's ``EventHandler`` (``xsdata/formats/dataclass/serializers/mixins.py``): which
  prefixes it generates (``ns{len(ns_map)}``, or ``xsi``/``xml``... for well-known
  namespaces), ``xmlns=""`` for unqualified elements, and its ``in_tail``/``tail`` state,
  which makes text after an element that element's tail;
* lxml's SAX builder and ``SubElement``: declarations go on the element whose map differs
  from its parent's, attributes never take the default namespace;
* ``etree.indent``: an element with element children gets its text and its children's tails
  replaced by newline + indentation, unless they hold more than whitespace (``str.isspace``);
  so pretty output does not re-indent text inside mixed content;
* libxml2's escaping: ``& < >`` and CR in text; also ``"``, LF and TAB in attributes.

Typed bindings whose elements are in the current default namespace (the bulk of any flow)
go through generated writers. An ``extra`` whose content is more than one string with typed
elements (foreign elements, ``AnyElement``, derived elements), values of unexpected classes
and subclasses go through an exact but slower path, a *region*: xsdata's own event generator
feeding a copy of its handler, of lxml's tree and of ``etree.indent``. The rare cases where
even that would need lxml's internals (see :class:`_Fallback`) hand the whole document to
xsdata's serializer.
"""

from __future__ import annotations

import functools
import gc
import itertools
import threading
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from operator import attrgetter
from typing import Any, NamedTuple
from xml.etree.ElementTree import QName

import attrs
from lxml import etree

from lheo import _context
from lheo._compat import (
    DataType,
    EventHandler,
    LxmlTreeBuilder,
    Namespace,
    QNames,
    SerializerConfig,
    XmlDateTime,
    XmlMeta,
    XmlSerializer,
    XmlVar,
    clean_prefixes,
    converter,
    generate_prefix,
    split_qname,
    xs_collections,
)
from lheo._layout import ANY, BOUND, FOREIGN, Layout, Raw, esc_attr, esc_text, xml_blank
from lheo._layout import XSI as XSI_ATTR

__all__ = ["XML_DECLARATION", "OpenTag", "emit", "emit_child", "emit_region", "emit_start"]

XSI = Namespace.XSI.uri
_XML_NS = Namespace.XML.uri
_XSI_NIL = (XSI, "nil")
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_EMPTY: dict[str | None, str] = {}
_MISS = object()

NsMap = dict[str | None, str]
#: A writer appends one element: ``(obj, out, "<tag", "</tag>", depth, ns_map)``.
Writer = Callable[[Any, list[str], str, str, int, NsMap], None]
Entry = tuple[str, str, Writer]


class _Fallback(Exception):  # noqa: N818 - a signal, not an error
    """Raised where byte-identity would need lxml internals: xsdata serialises instead.

    Cases: an attribute whose namespace is bound only to the default prefix (lxml invents an
    ``ns0`` prefix from a per-document counter); text that xsdata would attach to an element
    outside the emulated subtree (two strings in a row in mixed content, an ``AnyElement``
    without a name); an attribute value read as a QName (``{ns}local`` of an XML Schema
    type); a QName prefix added after its element's start tag; invalid names, namespace
    URIs or characters, where xsdata raises and so must :func:`emit`.
    """


class _Indents(dict[int, str]):
    # One string per depth, built on first use: LHÉO flows are shallow, but nothing bounds
    # the depth of foreign content inside an `extra`.
    def __missing__(self, depth: int) -> str:
        value = "\n" + "  " * depth
        self[depth] = value
        return value


_IND = _Indents()


# --- escaping, as libxml2 does it ---------------------------------------------------------


_esc_text = esc_text
_esc_attr = esc_attr


def _esc_attr_checked(s: str) -> str:
    # xsdata reads a declared attribute's value such as "{http://www.w3.org/2001/XMLSchema}int"
    # as a QName and writes it with a prefix it declares: rare enough to leave to xsdata.
    if s[:1] == "{" and DataType.from_qname(s) is not None:
        raise _Fallback
    return _esc_attr(s)


# lxml refuses these in text and attribute values (control characters, U+FFFE, U+FFFF). In
# UTF-8 a control character is always one byte, never part of a sequence: one memchr per
# byte value scans 20 MB in a few ms, where a regex or bytes.translate takes 40 ms. Longer
# needles are slow too, so U+FFFE/U+FFFF are looked for only if their lead byte occurs.
_BAD_BYTES = tuple(bytes([i]) for i in range(32) if i not in (9, 10, 13))


def _has_bad_chars(data: bytes) -> bool:
    if any(bad in data for bad in _BAD_BYTES):
        return True
    return b"\xef" in data and (b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data)


# --- simple values (xsdata's encode_primitive, then encode_data) -------------------------

_DATETIMES: dict[XmlDateTime, str] = {}


def _datetime_text(value: XmlDateTime) -> str:
    # XmlDateTime.__str__ takes ~3 µs and flows repeat their timestamps. Only exact
    # XmlDateTime are cached: a LexicalDateTime is an equal tuple with its own text.
    text = _DATETIMES.get(value)
    if text is None:
        if len(_DATETIMES) > 65536:
            _DATETIMES.clear()
        text = _DATETIMES[value] = str(value)
    return text


def _fast_str_types() -> dict[type, Callable[[Any], str]]:
    # lheo._context registers converters whose serialize() is str(value) for int and
    # XmlDateTime (LexicalInt/LexicalDateTime give their source text): calling str()
    # directly is the same, as long as those converters are the ones in place.
    fast: dict[type, Callable[[Any], str]] = {}
    if isinstance(converter.type_converter(int), _context._LexicalIntConverter):
        fast[int] = str
        fast[_context.LexicalInt] = str
    if isinstance(converter.type_converter(XmlDateTime), _context._LexicalDateTimeConverter):
        fast[XmlDateTime] = _datetime_text
        fast[_context.LexicalDateTime] = str
    return fast


#: Text of values of these exact classes; enums with str values are added when first met.
_FAST_STR = _fast_str_types()


def _primitive(value: Any, var: XmlVar) -> str | None:
    """Text of a simple value as xsdata writes it; ``None`` when nothing is written."""
    fast = _FAST_STR.get(value.__class__)
    if fast is not None and var.format is None:
        return fast(value)
    if isinstance(value, Enum) and all(type(m.value) is str for m in type(value)):
        # `_value_` is a plain attribute; Enum.value goes through a Python-level property.
        getter = attrgetter("_value_")
        _FAST_STR[type(value)] = getter
        return getter(value)  # type: ignore[no-any-return]
    if xs_collections.is_array(value) and not value:
        return None
    result = _GEN.encode_primitive(value, var)
    if isinstance(result, str):
        return str.__str__(result)  # lxml writes a str subclass as its string content
    raise _Fallback  # QNames and token lists take prefixes from the handler's map


def _attr_other(value: Any, var: XmlVar) -> str | None:
    """Escaped text of a non-str attribute value; ``None``: no attribute is written."""
    if value.__class__ is XmlDateTime and var.format is None:
        if _FAST_STR.get(XmlDateTime) is _datetime_text:
            return _datetime_text(value)  # digits and "-:.TZ+": nothing to escape
    if xs_collections.is_array(value) and not value:
        return None  # next_attribute skips empty lists
    text = _primitive(value, var)
    return None if text is None else _esc_attr_checked(text)


# --- start tags: xsdata's flush_start and lxml's SubElement -------------------------------

_VALID: dict[tuple[str, str], bool] = {}


def _check(kind: str, name: str) -> None:
    """Refuse what lxml refuses (tag and attribute names, namespace URIs), as lxml says."""
    ok = _VALID.get((kind, name))
    if ok is None:
        try:
            if kind == "tag":
                etree.Element(name)
            elif kind == "attr":
                etree.Element("a", {name: ""})
            else:
                etree.Element(f"{{{name}}}a")
            ok = True
        except (ValueError, TypeError):
            ok = False
        _VALID[(kind, name)] = ok
    if not ok:
        raise _Fallback


def _add_namespace(uri: str | None, ns_map: NsMap) -> None:
    # xsdata's EventHandler.add_namespace.
    if uri and uri not in ns_map.values():
        generate_prefix(uri, ns_map)


def _prefix_of(uri: str, ns_map: NsMap) -> str | None:
    """Prefix bound to ``uri`` in scope (xsdata's map is lxml's scope, see :func:`_open`)."""
    if uri == _XML_NS:
        return "xml"
    for prefix, value in ns_map.items():
        if value == uri:
            return prefix
    raise _Fallback  # lxml would invent a prefix


def _encode_data(data: Any, ns_map: NsMap) -> str | None:
    # xsdata's EventHandler.encode_data.
    if data is None or isinstance(data, str):
        return data
    if isinstance(data, list) and not data:
        return None
    result: str | None = converter.serialize(data, ns_map=ns_map)
    return result


def _add_attribute(
    attributes: dict[tuple[str | None, str], Any], qname: str, value: Any, ns_map: NsMap
) -> None:
    # xsdata's EventHandler.add_attribute.
    if EventHandler.is_xsi_type(qname, value):
        value = QName(value)
    attributes[split_qname(qname)] = _encode_data(value, ns_map)


def _open(
    parent_map: NsMap,
    ns_map: NsMap,
    tag: tuple[str | None, str],
    attributes: dict[tuple[str | None, str], Any],
) -> tuple[str, str]:
    """Start tag (without its ``>``) and end tag of an element, as xsdata and lxml write it.

    ``ns_map`` is the element's own map, already holding its tag's namespace (xsdata adds
    it at the start event); the attributes' namespaces are added here (at the flush). lxml
    declares on the element exactly the entries that differ from the parent's map, so the
    namespaces in scope in lxml stay those of xsdata's map, except for the ``xml`` prefix,
    predefined and never declared.
    """
    tag_ns, local = tag
    for name in attributes:
        _add_namespace(name[0], ns_map)
    if not tag_ns and None in ns_map:
        ns_map[None] = ""
    parts: list[str] = []
    prefix: str | None = None
    found = False
    for key, uri in ns_map.items():
        if parent_map.get(key) == uri:
            continue
        if uri:
            _check("uri", uri)
        if key == "xml":
            if uri != _XML_NS:
                raise _Fallback
        elif key is None:
            parts.append(' xmlns="' + _esc_attr(uri) + '"')
        else:
            parts.append(" xmlns:" + key + '="' + _esc_attr(uri) + '"')
        # lxml gives the element the first new declaration of its namespace, if any.
        if not found and uri == tag_ns:
            prefix, found = key, True
    if not found and tag_ns is not None:
        _check("uri", tag_ns)
        prefix = _prefix_of(tag_ns, ns_map)
    _check("tag", local)
    qname = local if prefix is None else prefix + ":" + local
    for (attr_ns, attr_name), value in attributes.items():
        _check("attr", attr_name)
        if not isinstance(value, str):
            raise _Fallback  # lxml refuses None and non-strings: let xsdata raise
        value = _esc_attr(str.__str__(value))
        if attr_ns is None:
            parts.append(" " + attr_name + '="' + value + '"')
            continue
        _check("uri", attr_ns)
        attr_prefix = _prefix_of(attr_ns, ns_map)
        if attr_prefix is None:
            raise _Fallback  # lxml would invent a prefix rather than use the default one
        parts.append(" " + attr_prefix + ":" + attr_name + '="' + value + '"')
    return "<" + qname + "".join(parts), "</" + qname + ">"


# --- regions: xsdata's events through copies of its handler, lxml's tree and indent -------


class _Node:
    __slots__ = ("children", "close", "start", "tail", "text")

    def __init__(self, start: str, close: str) -> None:
        self.start = start
        self.close = close
        self.text: str | None = None
        self.tail: str | None = None
        self.children: list[_Node] = []


def _region(
    events: Iterable[tuple[Any, ...]],
    parent_map: NsMap,
    *,
    root_attributes: dict[tuple[str | None, str], Any] | None = None,
) -> list[_Node]:
    """Run xsdata events through a copy of its handler; return the top-level elements.

    With ``root_attributes`` the region is the whole document, ``parent_map`` the initial
    map. Otherwise the region sits in an element a generated writer has started, whose map
    is ``parent_map``: what would reach that element (text, attributes) is a fallback.
    """
    is_root = root_attributes is not None
    ns_map = parent_map
    context: list[NsMap] = [] if is_root else [parent_map]
    top: list[_Node] = []
    stack: list[_Node] = []
    pending: tuple[str | None, str] | None = None
    attributes: dict[tuple[str | None, str], Any] = dict(root_attributes or {})
    in_tail = False
    tail: str | None = None

    def characters(data: str) -> None:
        # lxml's ElementTreeContentHandler.characters.
        if not stack:
            raise _Fallback  # text for the enclosing element (or none: xsdata fails)
        last = stack[-1]
        if last.children:
            child = last.children[-1]
            child.tail = (child.tail or "") + data
        else:
            last.text = (last.text or "") + data

    def flush(is_nil: bool) -> None:
        # xsdata's flush_start.
        nonlocal pending, attributes, in_tail
        if pending is None:
            return
        if not is_nil:
            attributes.pop(_XSI_NIL, None)
        parent = context[-2] if len(context) >= 2 else _EMPTY
        node = _Node(*_open(parent, ns_map, pending, attributes))
        (stack[-1].children if stack else top).append(node)
        stack.append(node)
        attributes = {}
        in_tail = False
        pending = None

    for event in events:
        kind = event[0]
        if kind == "start":
            flush(False)
            context.append(ns_map.copy())
            ns_map = context[-1]
            pending = split_qname(event[1])
            _add_namespace(pending[0], ns_map)
        elif kind == "attr":
            if pending is None:
                raise _Fallback
            _add_attribute(attributes, event[1], event[2], ns_map)
        elif kind == "data":
            if not stack and pending is None:
                raise _Fallback
            size = len(ns_map)
            value = _encode_data(event[1], ns_map)
            if pending is None and len(ns_map) != size:
                raise _Fallback  # a QName prefix added after its element's start tag
            flush(value is None)
            if value:
                if not in_tail:
                    characters(value)
                else:
                    tail = value  # xsdata's "pending tail", written at the next end
            in_tail = True
        elif kind == "end":
            flush(True)
            stack.pop()
            if tail:
                characters(tail)
            tail = None
            in_tail = False
            context.pop()
            if context:
                ns_map = context[-1]
        else:  # pragma: no cover - xsdata has four event kinds
            raise _Fallback
    if pending is not None or stack or tail or (is_root and len(top) != 1):
        raise _Fallback
    return top


def _has_text(text: str | None) -> bool:
    # Unlike lxml's indent (str.isspace()), a no-break space or U+0085 is text, not white
    # space to replace: replacing it would lose data.
    return not xml_blank(text)


def _indent(node: _Node, depth: int) -> None:
    # etree.indent's _indent_children, for a node at `depth` that has element children;
    # nothing is indented inside xml:space="preserve".
    if ' xml:space="preserve"' in node.start:
        return
    inner = _IND[depth + 1]
    if not _has_text(node.text):
        node.text = inner
    children = node.children
    last = len(children) - 1
    for i, child in enumerate(children):
        if child.children:
            _indent(child, depth + 1)
        if not _has_text(child.tail):
            child.tail = inner if i < last else _IND[depth]


def _serialize(node: _Node, out: list[str]) -> None:
    out.append(node.start)
    if node.text is None and not node.children:
        out.append("/>")
        return
    out.append(">")
    if node.text:
        out.append(_esc_text(node.text))
    for child in node.children:
        _serialize(child, out)
        if child.tail:
            out.append(_esc_text(child.tail))
    out.append(node.close)


def _emit_nodes(
    out: list[str], nodes: list[_Node], depth: int, pretty: bool, lead_first: bool
) -> None:
    for i, node in enumerate(nodes):
        if node.tail:  # pragma: no cover - characters() refuses text outside the region
            raise _Fallback
        if pretty:
            if i or lead_first:
                out.append(_IND[depth])
            if node.children:
                _indent(node, depth)
        _serialize(node, out)


#: xsdata's event generator (the serializer minus its writer), for regions.
_GEN = XmlSerializer(config=SerializerConfig(), context=_context.context())


def _slow_value(
    out: list[str], events: Iterator[tuple[Any, ...]], depth: int, ns: NsMap, pretty: bool
) -> None:
    """Write the elements of a field's value as a region (the indentation included)."""
    _emit_nodes(out, _region(events, ns), depth, pretty, True)


def _make_slow_writer(pretty: bool) -> Writer:
    def write(obj: Any, out: list[str], o: str, c: str, depth: int, ns: NsMap) -> None:
        # Called where a generated writer would be: the tag is in the default namespace.
        fns = ns[None]
        events = _GEN.convert_dataclass(obj, fns, f"{{{fns}}}{o[1:]}", False, None)
        _emit_nodes(out, _region(events, ns), depth, pretty, False)

    return write


#: A writer with the generated writers' signature that writes its element as a region.
_SLOW_WRITER = {True: _make_slow_writer(True), False: _make_slow_writer(False)}


# --- mixed content made of strings and typed elements ------------------------------------

_WILDCARD_ENTRIES: dict[tuple[type, str, Mode], Entry | None] = {}


def _wildcard_entry(cls: type, tag_ns: str, mode: Mode) -> Entry | None:
    """Tags and writer of a binding in mixed content, or ``None`` for a region."""
    key = (cls, tag_ns, mode)
    entry = _WILDCARD_ENTRIES.get(key, _MISS)
    if entry is not _MISS:
        return entry  # type: ignore[return-value]
    result = None
    plan = _plan(cls, tag_ns) if attrs.has(cls) else None
    if plan is not None and _child_writer_ok(cls, tag_ns):
        # xsdata writes a binding found in a wildcard under its own element name.
        element_ns, local = split_qname(plan.meta.qname)
        if element_ns == tag_ns:
            result = "<" + local, "</" + local + ">", _writer(cls, mode)
    _WILDCARD_ENTRIES[key] = result
    return result


def _mixed_plan(content: list[Any], tag_ns: str, mode: Mode) -> list[Entry | None] | None:
    """Writers for the items of mixed content (``None`` for strings), or ``None``.

    Two strings in a row put xsdata's handler in its "pending tail" state (the second one
    ends up after the next element to close): left to a region, as are foreign elements.
    """
    entries: list[Entry | None] = []
    after_text = False
    for item in content:
        if item.__class__ is str:
            if after_text:
                return None
            after_text = True
            entries.append(None)
        else:
            after_text = False
            entry = _wildcard_entry(item.__class__, tag_ns, mode)
            if entry is None:
                return None
            entries.append(entry)
    return entries


def _mixed_write(
    content: list[Any],
    entries: list[Entry | None],
    out: list[str],
    c: str,
    depth: int,
    ns: NsMap,
    mode: Mode,
    preserve: bool = False,
) -> None:
    """Write mixed content after its element's start tag, then the end tag.

    With ``preserve`` (``xml:space="preserve"``), nothing is indented.
    """
    pretty = mode.pretty and not preserve
    # A string before any element is the element's text, one after an element its tail.
    text: str | None = None
    children: list[tuple[Entry, Any, list[str | None]]] = []
    for item, entry in zip(content, entries, strict=True):
        if entry is None:
            if children:
                children[-1][2][0] = item or None
            else:
                text = item or None
        else:
            children.append((entry, item, [None]))
    ap = out.append
    if not children:
        if text:
            ap(">" + _esc_text(text) + c)
        else:
            ap("/>")
        return
    ap(">")
    inner = _IND[depth + 1]
    if not pretty:
        if text:
            ap(_esc_text(text))
    elif text is not None and _has_text(text):
        ap(_esc_text(text))
    else:
        ap(inner)
    last = len(children) - 1
    for i, (entry, item, (tail,)) in enumerate(children):
        entry[2](item, out, entry[0], entry[1], depth + 1, ns)
        if not pretty:
            if tail:
                ap(_esc_text(tail))
        elif tail is not None and _has_text(tail):
            ap(_esc_text(tail))
        else:
            ap(inner if i < last else _IND[depth])
    ap(c)


# --- plans and generated writers ---------------------------------------------------------

_LOCK = threading.RLock()
_WRITERS: dict[tuple[type, Mode], Writer] = {}
_PLANS: dict[type, _Plan | None] = {}


class _Plan:
    """What a generated writer needs to know of a class (no plan: a region writes it)."""

    def __init__(self, meta: XmlMeta, kind: str, fns: str | None) -> None:
        self.meta = meta
        self.kind = kind  # "text", "elements" or "mixed" (an `extra`)
        self.fns = fns  # namespace of its child elements (None: it has none)


def _element_ns(var: XmlVar) -> str | None:
    namespace: str | None = split_qname(var.qname)[0]
    return namespace


def _plain_element(var: XmlVar) -> bool:
    return (
        var.is_element
        and not var.nillable
        and not var.any_type
        and not var.mixed
        and not var.tokens
        and var.wrapper_qname is None
        and var.sequence is None
        and len(var.types) == 1
        and attrs.has(var.types[0])
    )


def _plan(cls: type, parent_ns: str | None = None) -> _Plan | None:
    if cls not in _PLANS:
        _PLANS[cls] = _make_plan(cls, parent_ns)
    return _PLANS[cls]


def _make_plan(cls: type, parent_ns: str | None) -> _Plan | None:
    # xsdata builds (and caches per class) a binding's metadata with the namespace of the
    # element where it first meets it: asking the same way keeps the shared cache as it
    # would be without us.
    meta = _context.context().build(cls, parent_ns)
    if meta.nillable or len(meta.any_attributes) > 1:
        return None
    if any(var.qname.startswith("{") or var.tokens for var in meta.attributes.values()):
        return None
    element_vars = [v for v in meta.get_element_vars() if v is not meta.text]
    if meta.text is not None:
        text = meta.text
        if element_vars or text.nillable or text.tokens or text.mixed:
            return None
        return _Plan(meta, "text", None)
    if meta.wildcards:
        if len(element_vars) != 1 or not meta.wildcards[0].mixed:
            return None
        return _Plan(meta, "mixed", None)
    namespaces: set[str | None] = set()
    for var in element_vars:
        if var.is_elements and var.sequence is None and not var.nillable:
            namespaces.update(_element_ns(choice) for choice in var.elements.values())
        elif _plain_element(var):
            namespaces.add(_element_ns(var))
        else:
            return None
    if len(namespaces) > 1 or None in namespaces:
        return None
    return _Plan(meta, "elements", next(iter(namespaces), None))


def _child_writer_ok(child: type, fns: str | None) -> bool:
    """Whether a generated writer can write ``child`` where the default namespace is fns."""
    plan = _plan(child, fns)
    return plan is not None and plan.fns in (None, fns)


def _writer(cls: type, mode: Mode) -> Writer:
    writer = _WRITERS.get((cls, mode))
    if writer is None:
        with _LOCK:
            writer = _WRITERS.get((cls, mode))
            if writer is None:
                writer = _compile(cls, mode)
                _WRITERS[(cls, mode)] = writer
    return writer


def _compile(cls: type, mode: Mode) -> Writer:
    plan = _plan(cls)
    if plan is None:
        return _SLOW_WRITER[mode.pretty]
    source, namespace, refs = _generate(plan, mode)
    # Writers of child classes are compiled on first use (a small document needs a few
    # dozen of the hundreds of classes): until then a stub stands in, which compiles the
    # child's writer, puts it in its place and calls it.
    for name, child in refs.items():
        namespace[name] = _lazy(child, mode, namespace, name)
    exec(compile(source, f"<lheo._emitter {cls.__qualname__}>", "exec"), namespace)
    writer: Writer = namespace["write"]
    return writer


def _lazy(child: type, mode: Mode, namespace: dict[str, Any], name: str) -> Writer:
    def stub(obj: Any, out: list[str], o: str, c: str, depth: int, ns: NsMap) -> None:
        writer = _writer(child, mode)
        namespace[name] = writer
        writer(obj, out, o, c, depth, ns)

    return stub


def _choice_entry(
    var: XmlVar, cls: type, fns: str, mode: Mode | None
) -> tuple[str, str, Writer | None] | None:
    """Tags and writer for an item of a compound field, or ``None`` for a region.

    With ``mode=None``, only the tags (at code generation, where writers are bound later).
    """
    if not attrs.has(cls):
        return None
    choice = var.find_clazz_choice(cls)  # xsdata's own lookup
    if choice is None or cls not in choice.types or _element_ns(choice) != fns:
        return None  # no choice, or a subclass: xsdata writes an xsi:type
    if choice.nillable or choice.mixed or choice.tokens or choice.any_type:
        return None
    if not choice.is_element or not _child_writer_ok(cls, fns):
        return None
    local = split_qname(choice.qname)[1]
    if mode is None:
        return "<" + local, "</" + local + ">", None
    return "<" + local, "</" + local + ">", _writer(cls, mode)


def _generic_start(obj: Any, meta: XmlMeta, o: str, ns: NsMap) -> tuple[str, NsMap]:
    """Start tag of an element with ``any_attributes`` (they may declare prefixes) and its map."""
    ns_map = ns.copy()
    attributes: dict[tuple[str | None, str], Any] = {}
    for qname, value in _GEN.next_attribute(obj, meta, False, None, False):
        _add_attribute(attributes, qname, value, ns_map)
    start, _ = _open(ns, ns_map, (ns[None], o[1:]), attributes)
    return start, ns_map


# Checks written in line: a function call costs more than the four or eight `in` tests.
_TEXT_SPECIAL = "'&' in {v} or '<' in {v} or '>' in {v} or '\\r' in {v}"
_ATTR_SPECIAL = (
    "'&' in v or '<' in v or '>' in v or '\"' in v or '\\n' in v or '\\r' in v"
    " or '\\t' in v or '{' in v"
)


_ATTRIBUTE_WRITERS: dict[tuple[tuple[str, str, str | None], ...], Callable[..., None]] = {}


def _attribute_writer(attr_vars: list[XmlVar]) -> Callable[..., None]:
    """Writer of declared attributes, ``(obj, ap)``, shared by classes with the same ones.

    LHÉO elements share their ten optional attributes: generating their code once keeps the
    writers of hundreds of classes small and quick to compile.
    """
    key = tuple((var.name, var.local_name, var.format) for var in attr_vars)
    writer: Callable[..., None] | None = _ATTRIBUTE_WRITERS.get(key)
    if writer is not None:
        return writer
    g: dict[str, Any] = {
        "_esc_attr_checked": _esc_attr_checked,
        "_attr_other": _attr_other,
        "_FAST_STR": _FAST_STR,
    }
    lines = ["def write(obj, ap):"]
    for i, var in enumerate(attr_vars):
        g[f"_VA{i}"] = var
        piece = f"' {var.local_name}=\"' + v + '\"'"
        lines += [
            f"    v = obj.{var.name}",
            "    if v is not None:",
            "        if v.__class__ is str:",
            f"            if {_ATTR_SPECIAL}: v = _esc_attr_checked(v)",
            f"            ap({piece})",
        ]
        if var.format is None:
            # Dates, ints, enums seen before: converted without a call to _attr_other.
            lines += [
                "        elif v.__class__ in _FAST_STR:",
                "            v = _FAST_STR[v.__class__](v)",
                f"            if {_ATTR_SPECIAL}: v = _esc_attr_checked(v)",
                f"            ap({piece})",
            ]
        lines += [
            f"        elif (v := _attr_other(v, _VA{i})) is not None:",
            f"            ap({piece})",
        ]
    exec(compile("\n".join(lines) + "\n", "<lheo._emitter attributes>", "exec"), g)
    writer = _ATTRIBUTE_WRITERS[key] = g["write"]
    return writer


def _generate(plan: _Plan, mode: Mode) -> tuple[str, dict[str, Any], dict[str, type]]:
    """Source of a class's writer, its globals, and the writers it calls (name: class).

    The writer gets ``o`` (``"<tag"``) and ``c`` (``"</tag>"``) from its caller, which knows
    the field's element name, and ``L``, its depth, for the indentation of its children. An
    object read with a source layout (lheo._layout) is written by the layout writer.
    """
    pretty = mode.pretty
    meta = plan.meta
    g: dict[str, Any] = {
        "_IND": _IND,
        "_esc_text": _esc_text,
        "_primitive": _primitive,
        "_FAST_STR": _FAST_STR,
        "_slow_value": _slow_value,
        "_SLOW": _SLOW_WRITER[pretty],
        "_LAYOUT": _layout_writer(mode),
        "_GEN": _GEN,
        "_generic_start": _generic_start,
        "_choice_entry": _choice_entry,
        "_mixed_plan": _mixed_plan,
        "_mixed_write": _mixed_write,
        "_META": meta,
        "_PRETTY": pretty,
        "_MODE": mode,
        "_MISS": _MISS,
        "_FNS": plan.fns,
    }
    refs: dict[str, type] = {}
    g["_START"] = functools.partial(_layout_start_tag, meta)
    # A layout of the start tag only (attribute order, the usual one) gets its start tag
    # from the layout writer and its content from here; any other goes to the layout writer.
    lines = [
        "def write(obj, out, o, c, L, ns):",
        "    lay = obj._lheo_layout",
        "    if lay is not None and (",
        "        lay.nodes is not None or lay.prefix is not None or lay.decls is not None",
        "    ):",
        "        return _LAYOUT(obj, out, o, c, L, ns)",
        "    ap = out.append",
    ]
    add = lines.append

    if plan.kind == "mixed":
        # One string (or nothing): the common `extra`, written below. Strings and typed
        # elements (extras in an extra): _mixed_write. Anything else, or attributes in Clark
        # notation: a region. Decided before anything is written.
        content = meta.wildcards[0].name
        any_attributes = (
            f" or (lay is None and obj.{meta.any_attributes[0].name})"
            if meta.any_attributes
            else ""
        )
        add(f"    ct = obj.{content}")
        add(f"    if ct.__class__ is not list{any_attributes}:")
        add("        return _SLOW(obj, out, o, c, L, ns)")
        add("    mp = None")
        add("    if len(ct) > 1 or (ct and ct[0].__class__ is not str):")
        add("        mp = _mixed_plan(ct, ns[None], _MODE)")
        add("        if mp is None:")
        add("            if lay is not None:")
        add("                return _LAYOUT(obj, out, o, c, L, ns)")
        add("            return _SLOW(obj, out, o, c, L, ns)")

    add("    if lay is not None:")
    add("        ap(_START(obj, lay, o, ns))")
    add("    else:")
    # Attributes, in xsdata's order (declaration order). any_attributes (a dict in Clark
    # notation) may need namespace declarations: the generic code writes that start tag.
    pad = "        "
    if meta.any_attributes and plan.kind != "mixed":
        add(f"        if obj.{meta.any_attributes[0].name}:")
        add("            start, ns = _generic_start(obj, _META, o, ns)")
        add("            ap(start)")
        add("        else:")
        pad = "            "
    add(pad + "ap(o)")
    attr_vars = sorted(meta.attributes.values(), key=lambda v: v.index)
    if attr_vars:
        # Slot reads take a few ns: one chained test skips the usual case, no attribute.
        g["_ATTRS"] = _attribute_writer(attr_vars)
        add(pad + "if " + " or ".join(f"obj.{v.name} is not None" for v in attr_vars) + ":")
        add(pad + "    _ATTRS(obj, ap)")

    if plan.kind == "text":
        assert meta.text is not None
        g["_VT"] = meta.text
        add(f"    v = obj.{meta.text.name}")
        add("    if v is None:")
        add("        ap('/>')")
        add("        return")
        add(f"    if v.__class__ is not str: v = {_to_text('v', '_VT', meta.text)}")
        add("    if v:")
        add(f"        if {_TEXT_SPECIAL.format(v='v')}: v = _esc_text(v)")
        add("        ap(f'>{v}{c}')")
        add("    else:")
        add("        ap('/>')")
    elif plan.kind == "mixed":
        add("    if mp is not None:")
        add("        _mixed_write(ct, mp, out, c, L, ns, _MODE)")
        add("    elif ct and ct[0]:")
        add("        v = ct[0]")
        add(f"        if {_TEXT_SPECIAL.format(v='v')}: v = _esc_text(v)")
        add("        ap(f'>{v}{c}')")
        add("    else:")
        add("        ap('/>')")
    else:
        _generate_elements(plan, mode, g, refs, lines)
    return "\n".join(lines) + "\n", g, refs


def _generate_elements(
    plan: _Plan, mode: Mode, g: dict[str, Any], refs: dict[str, type], lines: list[str]
) -> None:
    pretty = mode.pretty
    meta = plan.meta
    add = lines.append
    element_vars = meta.get_element_vars()
    if not element_vars:
        add("    ap('/>')")
        return
    # `>` now, replaced by `/>` if no child follows (xsdata writes no text here): after a
    # child, the last piece is an end tag or `/>`, never a lone `>`.
    add("    ap('>')")
    add("    L1 = L + 1")
    if pretty:
        add("    i1 = _IND[L1]")
    lead = "ap(i1); " if pretty else ""
    for i, var in enumerate(element_vars):
        g[f"_V{i}"] = var
        if var.is_elements:
            add(f"    v = obj.{var.name}")
            add("    if v is not None:")
            add("        if v.__class__ is list:")
            add("            for x in v:")
            block = _choice_block(i, var, plan.fns, lead, g, refs)
            lines.extend("                " + line for line in block)
            add("        else:")
            events = f"_GEN.convert_elements(v, _V{i}, _FNS)"
            add(f"            _slow_value(out, {events}, L1, ns, _PRETTY)")
            continue
        child = var.types[0]
        local = split_qname(var.qname)[1]
        g[f"_C{i}"] = child
        if _child_writer_ok(child, plan.fns):
            refs[f"_W{i}"] = child
            call = f"{lead}_W{i}(x, out, '<{local}', '</{local}>', L1, ns)"
        else:
            call = f"{lead}_SLOW(x, out, '<{local}', '</{local}>', L1, ns)"
        slow = f"_slow_value(out, _GEN.convert_value(x, _V{i}, _FNS), L1, ns, _PRETTY)"
        block = _element_block(i, child, local, call, slow, pretty, g)
        if var.list_element:
            add(f"    v = obj.{var.name}")
            add("    if v is not None:")
            add("        if v.__class__ is list:")
            add("            for x in v:")
            lines.extend("                " + line for line in block)
            add("        else:")
            add("            x = v")
            add(f"            {slow}")
        else:
            add(f"    x = obj.{var.name}")
            add("    if x is not None:")
            lines.extend("        " + line for line in block)
    add("    if out[-1] == '>':")
    add("        out[-1] = '/>'")
    add("    else:")
    add("        ap(_IND[L] + c)" if pretty else "        ap(c)")


def _to_text(name: str, var_name: str, var: XmlVar) -> str:
    """Expression converting the non-str value ``name`` of a text field to its text."""
    if var.format is not None:
        return f"_primitive({name}, {var_name})"
    # Exact classes with a known conversion (ints, dates, enums seen before) without a call.
    cls = f"{name}.__class__"
    return f"_FAST_STR[{cls}]({name}) if {cls} in _FAST_STR else _primitive({name}, {var_name})"


def _element_block(
    i: int, child: type, local: str, call: str, slow: str, pretty: bool, g: dict[str, Any]
) -> list[str]:
    """Code writing ``x``, an element of a plain element field (number ``i``)."""
    plan = _PLANS.get(child)
    if plan is None or plan.kind != "text" or "_W" not in call:
        return [f"if x.__class__ is _C{i}: {call}", f"else: {slow}"]
    # A text element without attributes, the most common element of a flow, is written
    # here: no call, and one piece for the final join.
    meta = plan.meta
    assert meta.text is not None
    tests = [f"x.__class__ is _C{i}"]
    tests += [f"x.{var.name} is None" for var in meta.attributes.values()]
    tests += [f"not x.{var.name}" for var in meta.any_attributes]
    tests.append("x._lheo_layout is None")
    tests.append(f"(t := x.{meta.text.name}) is not None")
    g[f"_VT{i}"] = meta.text
    pre = "{i1}" if pretty else ""
    return [
        "if " + " and ".join(tests) + ":",
        f"    if t.__class__ is not str: t = {_to_text('t', f'_VT{i}', meta.text)}",
        "    if t:",
        f"        if {_TEXT_SPECIAL.format(v='t')}: t = _esc_text(t)",
        f"        ap(f'{pre}<{local}>{{t}}</{local}>')",
        "    else:",
        f"        ap(f'{pre}<{local}/>')",
        f"elif x.__class__ is _C{i}: {call}",
        f"else: {slow}",
    ]


def _choice_block(
    i: int, var: XmlVar, fns: str | None, lead: str, g: dict[str, Any], refs: dict[str, type]
) -> list[str]:
    """Code writing ``x``, an item of a compound field (``extras_or_extra``...)."""
    code: list[str] = []
    # Items of the choices' own classes (the usual case) are tested in line; others look
    # their choice up as xsdata does, once per class.
    for j, choice in enumerate(var.elements.values()):
        if fns is None or len(choice.types) != 1:
            continue
        cls = choice.types[0]
        if var.find_clazz_choice(cls) is not choice:
            continue
        entry = _choice_entry(var, cls, fns, None)
        if entry is None:
            continue
        g[f"_K{i}_{j}"] = cls
        refs[f"_KW{i}_{j}"] = cls
        call = f"_KW{i}_{j}(x, out, '{entry[0]}', '{entry[1]}', L1, ns)"
        code.append(f"{'elif' if code else 'if'} x.__class__ is _K{i}_{j}: {lead}{call}")
    g[f"_CH{i}"] = {}
    code += [
        "else:" if code else "if 1:",
        f"    e = _CH{i}.get(x.__class__, _MISS)",
        "    if e is _MISS:",
        f"        e = _CH{i}[x.__class__] = _choice_entry(_V{i}, x.__class__, _FNS, _MODE)",
        "    if e is None:",
        f"        _slow_value(out, _GEN.convert_choice(x, _V{i}, _FNS), L1, ns, _PRETTY)",
        "    else:",
        f"        {lead}e[2](x, out, e[0], e[1], L1, ns)",
    ]
    return code


# --- objects read with a source layout (lheo._layout) -----------------------------------


class Mode(NamedTuple):
    """How to write: indented or not, and whether to follow the source layout's white space.

    Comments, attribute order, foreign content... of a layout are always written; ``keep``
    also writes its white space (a faithful copy), where without it the white space is
    lheo's own (a re-indented copy).
    """

    pretty: bool
    keep: bool


_LAYOUT_WRITERS: dict[Mode, Writer] = {}


def _layout_writer(mode: Mode) -> Writer:
    writer = _LAYOUT_WRITERS.get(mode)
    if writer is None:

        def writer(obj: Any, out: list[str], o: str, c: str, depth: int, ns: NsMap) -> None:
            _write_layout(obj, out, o, depth, ns, mode, None)

        _LAYOUT_WRITERS[mode] = writer
    return writer


def _attr_text(value: Any, var: XmlVar) -> str | None:
    if value.__class__ is str:
        return _esc_attr_checked(value)
    return _attr_other(value, var)


def _layout_start(
    obj: Any,
    layout: Layout,
    meta: XmlMeta,
    name: str,
    ns: NsMap,
    xsi: dict[str, str] | None,
    parts: list[str],
) -> NsMap:
    """Write the start tag (without ``>``) as the source had it; return the children's map."""
    parts.append("<" + name)
    if layout.decls is not None:
        ns = ns.copy()
        for prefix, uri in layout.decls:
            attr = "xmlns" if prefix is None else "xmlns:" + prefix
            parts.append(f' {attr}="{_esc_attr(uri)}"')
            if uri:
                ns[prefix] = uri
            else:
                ns.pop(prefix, None)
    elif xsi is not None:
        # The root: lheo's declarations (its namespace, xsi when used).
        parts.append(f' xmlns="{_esc_attr(ns[None])}"')
        if xsi:
            parts.append(f' xmlns:xsi="{XSI}"')
    done: set[str] = set()
    any_var = meta.any_attributes[0] if meta.any_attributes else None
    bag: dict[str, str] = getattr(obj, any_var.name) if any_var is not None else {}
    entries = layout.attrs or ()
    if xsi:
        # The root's xsi attributes the source did not have (all, without attribute layout)
        # come first, as lheo writes them.
        listed = {key for _name, kind, key in entries if kind == XSI_ATTR}
        entries = (
            *(
                ("xsi:" + key, XSI_ATTR, key)
                for key in ("schemaLocation", "noNamespaceSchemaLocation")
                if key in xsi and key not in listed
            ),
            *entries,
        )
    for written, kind, key in entries:
        text: str | None
        if kind == BOUND:
            var = meta.attributes.get(key)
            if var is None:
                continue
            value = getattr(obj, var.name)
            text = None if value is None else _attr_text(value, var)
        elif kind == ANY:
            value = bag.get(key)
            text = None if value is None else _esc_attr_checked(value)
        elif kind == FOREIGN:
            text = _esc_attr(key)
        else:  # XSI_ATTR
            value = (xsi or {}).get(key)
            text = None if value is None else _esc_attr(value)
        done.add(key)
        if text is not None:
            parts.append(f' {written}="{text}"')
    # What the object holds and the source did not (set since): in lheo's order.
    for key, var in _declared(meta):
        if key not in done:
            value = getattr(obj, var.name)
            text = None if value is None else _attr_text(value, var)
            if text is not None:
                parts.append(f' {_attr_name(key, ns)}="{text}"')
    for key, value in bag.items():
        if key not in done:
            parts.append(f' {_attr_name(key, ns)}="{_esc_attr_checked(value)}"')
    return ns


def _layout_start_tag(meta: XmlMeta, obj: Any, layout: Layout, o: str, ns: NsMap) -> str:
    """The start tag (without ``>``) of an object whose layout is only its start tag's."""
    parts: list[str] = []
    key = (id(meta), layout.attrs)
    writer = _ORDERED.get(key, _MISS)
    if writer is _MISS:
        writer = _ORDERED[key] = _ordered_writer(meta, layout.attrs)
    if writer is None or (meta.any_attributes and getattr(obj, meta.any_attributes[0].name)):
        _layout_start(obj, layout, meta, o[1:], ns, None, parts)
    else:
        parts.append(o)
        writer(obj, parts.append)
    return "".join(parts)


_ORDERED: dict[tuple[int, Any], Any] = {}


def _ordered_writer(
    meta: XmlMeta, entries: tuple[tuple[str, int, Any], ...] | None
) -> Callable[..., None] | None:
    """A generated writer of declared attributes in the source's order, or ``None``.

    The usual layout (the same attributes, in another order); ``None`` for anything else.
    """
    if entries is None or any(kind != BOUND for _name, kind, _key in entries):
        return None
    listed = [key for _name, _kind, key in entries]
    ordered = [meta.attributes[key] for key in listed if key in meta.attributes]
    ordered += [var for key, var in _declared(meta) if key not in listed]
    return _attribute_writer(ordered)


_DECLARED: dict[int, list[tuple[str, XmlVar]]] = {}


def _declared(meta: XmlMeta) -> list[tuple[str, XmlVar]]:
    """A class's declared attributes in writing order.

    Metadata objects live as long as their class in xsdata's context: their identity is a key.
    """
    found = _DECLARED.get(id(meta))
    if found is None:
        found = sorted(meta.attributes.items(), key=lambda item: item[1].index)
        _DECLARED[id(meta)] = found
    return found


def _attr_name(key: str, ns: NsMap) -> str:
    if key[:1] != "{":
        return key
    uri, local = key[1:].split("}", 1)
    prefix = _prefix_of(uri, ns)
    if prefix is None:
        raise _Fallback
    return prefix + ":" + local


def _write_layout(
    obj: Any,
    out: list[str],
    o: str,
    depth: int,
    ns: NsMap,
    mode: Mode,
    xsi: dict[str, str] | None,
) -> None:
    """Write an object that has a layout (``xsi``: the root's, for the root)."""
    layout: Layout = obj._lheo_layout
    plan = _plan(obj.__class__)
    if plan is None:
        raise _Fallback
    meta = plan.meta
    local = o[1:]
    name = local if layout.prefix is None else layout.prefix + ":" + local
    close = "</" + name + ">"
    parts: list[str] = []
    inner_ns = _layout_start(obj, layout, meta, name, ns, xsi, parts)
    start = "".join(parts)
    if plan.kind == "text":
        out.append(start + _layout_value(obj, layout, meta, close, mode))
    elif plan.kind == "mixed":
        _layout_mixed(obj, layout, meta, start, close, out, depth, inner_ns, mode, (o, ns))
    else:
        out.append(start)
        _layout_elements(obj, layout, plan, out, close, depth, inner_ns, mode)


def _layout_value(obj: Any, layout: Layout, meta: XmlMeta, close: str, mode: Mode) -> str:
    var = meta.text
    assert var is not None
    value = getattr(obj, var.name)
    nodes = layout.nodes
    if nodes == ("",) and not mode.keep:
        nodes = None  # `<x></x>` is the source's spelling of `<x/>`: lheo's own is `<x/>`
    if nodes is not None and value == layout.value and value.__class__ is layout.value.__class__:
        # As read: `<x></x>` stays so when the value is empty.
        return ">" + "".join(p if p.__class__ is Raw else _esc_text(p) for p in nodes) + close
    else:
        text = value if value is None or value.__class__ is str else _primitive(value, var)
        body = _esc_text(text) if text else ""
        if nodes is not None:
            body += "".join(p for p in nodes if p.__class__ is Raw)
    return ">" + body + close if body else "/>"


def _layout_mixed(
    obj: Any,
    layout: Layout,
    meta: XmlMeta,
    start: str,
    close: str,
    out: list[str],
    depth: int,
    ns: NsMap,
    mode: Mode,
    outer: tuple[str, NsMap],
) -> None:
    content = getattr(obj, meta.wildcards[0].name)
    if layout.nodes is not None and content == layout.value:
        verbatim = layout.nodes[0]
        out.append(start + (">" + verbatim + close if verbatim or mode.keep else "/>"))
        return
    plan = _mixed_plan(content, ns[None], mode) if content.__class__ is list else None
    if plan is None:
        # Changed foreign content: xsdata's events, as for any such extra (its start tag
        # then in lheo's order).
        o, parent_ns = outer
        _SLOW_WRITER[mode.pretty](obj, out, o, "</" + o[1:] + ">", depth, parent_ns)
        return
    out.append(start)
    preserve = _preserves(obj, meta)
    if len(content) > 1 or (content and content[0].__class__ is not str):
        _mixed_write(content, plan, out, close, depth, ns, mode, preserve)
    elif content and content[0]:
        out.append(">" + _esc_text(content[0]) + close)
    else:
        out.append("/>")


def _preserves(obj: Any, meta: XmlMeta) -> bool:
    if not meta.any_attributes:
        return False
    bag = getattr(obj, meta.any_attributes[0].name)
    return bool(bag) and bag.get(_XML_SPACE) == "preserve"


_XML_SPACE = f"{{{_XML_NS}}}space"


def _layout_elements(
    obj: Any,
    layout: Layout,
    plan: _Plan,
    out: list[str],
    close: str,
    depth: int,
    ns: NsMap,
    mode: Mode,
) -> None:
    """Element content in the source's order, with its comments and white space.

    Items the object has and the source had not (added since) go after the last item of
    their field, else before the first item of a later field, else at the end, with the
    white space of their neighbour; items the object lost are left out with the white space
    before them.
    """
    meta = plan.meta
    by_index: dict[int, XmlVar] = {}
    items: dict[int, list[Any]] = {}
    for var in meta.get_element_vars():
        by_index[var.index] = var
        value = getattr(obj, var.name)
        items[var.index] = [] if value is None else value if value.__class__ is list else [value]
    inner = _IND[depth + 1] if mode.pretty else ""
    outer = _IND[depth] if mode.pretty else ""
    nodes = layout.nodes
    if nodes is None:
        # Only the start tag had a layout: the content is lheo's own.
        nodes = ("",)
    # (white space before, field index or None, the item or a Raw node)
    seq: list[tuple[str, int | None, Any]] = []
    used: dict[int, int] = {}
    after: dict[int, int] = {}  # field index -> position after its last source occurrence
    for i in range(1, len(nodes), 2):
        space, child = nodes[i - 1], nodes[i]
        if child.__class__ is int:
            n = used.get(child, 0)
            used[child] = n + 1
            present = items.get(child, ())
            if n < len(present):
                seq.append((space, child, present[n]))
            elif not xml_blank(space):
                seq.append((space, None, Raw("")))  # text kept, its element is gone
            after[child] = len(seq)
        else:
            seq.append((space, None, child))
    end: str = nodes[-1]
    if layout.nodes is None:
        end = outer
    inserts: list[tuple[int, int, list[Any]]] = []
    for index, present in items.items():
        extra = present[used.get(index, 0) :]
        if extra:
            found = after.get(index)
            at = (
                found
                if found is not None
                else next(
                    (k for k, entry in enumerate(seq) if entry[1] is not None and entry[1] > index),
                    len(seq),
                )
            )
            inserts.append((at, index, extra))
    for at, index, extra in sorted(inserts, key=lambda entry: (-entry[0], -entry[1])):
        space = inner
        if layout.nodes is not None and seq:
            space = seq[at - 1 if at == len(seq) or after.get(index) == at else at][0]
        seq[at:at] = [(space, index, item) for item in extra]
    if not seq and xml_blank(end) and not (mode.keep and layout.nodes is not None):
        out.append("/>")
        return
    ap = out.append
    ap(">")
    for space, field, item in seq:
        if mode.keep or not xml_blank(space):
            if space:
                ap(_esc_text(space))
        elif inner:
            ap(inner)
        if field is None:
            if item:
                ap(item)
        else:
            _write_item(by_index[field], item, out, depth + 1, ns, mode, plan.fns)
    if mode.keep or not xml_blank(end):
        if end:
            ap(_esc_text(end))
    elif seq:
        ap(outer)
    ap(close)


def _write_item(
    var: XmlVar, item: Any, out: list[str], depth: int, ns: NsMap, mode: Mode, fns: str | None
) -> None:
    """Write one child element of a generated element class, as its generated writer would."""
    declare = ""
    if fns is not None and ns.get(None) != fns and getattr(item, "_lheo_layout", None) is None:
        # The source bound the namespace to a prefix, and this item is new: lheo declares
        # the namespace as the default one on it.
        ns = {**ns, None: fns}
        declare = f' xmlns="{_esc_attr(fns)}"'
    if var.is_elements:
        assert fns is not None
        entry = _choice_entry(var, item.__class__, fns, mode)
        if entry is not None and entry[2] is not None:
            entry[2](item, out, entry[0] + declare, entry[1], depth, ns)
            return
        events = _GEN.convert_choice(item, var, fns)
    else:
        child = var.types[0]
        local = split_qname(var.qname)[1]
        if item.__class__ is child and _child_writer_ok(child, fns):
            _writer(child, mode)(item, out, "<" + local + declare, "</" + local + ">", depth, ns)
            return
        events = _GEN.convert_value(item, var, fns)
    _emit_nodes(out, _region(events, ns), depth, mode.pretty, False)


# --- entry point -------------------------------------------------------------------------


def _root_scope(
    namespace: str, xsi: dict[str, str]
) -> tuple[NsMap, dict[tuple[str | None, str], Any]]:
    """The root's namespace map and the attributes xsdata's writer gives it (``xsi:*``)."""
    initial: NsMap = {None: namespace}
    if xsi:
        initial["xsi"] = XSI
    initial = clean_prefixes(initial)
    # xsdata's writer adds these to the root before any event, in this order.
    root_attributes: dict[tuple[str | None, str], Any] = {}
    for key, qname in (
        ("schemaLocation", QNames.XSI_SCHEMA_LOCATION),
        ("noNamespaceSchemaLocation", QNames.XSI_NO_NAMESPACE_SCHEMA_LOCATION),
    ):
        if xsi.get(key):
            _add_attribute(root_attributes, qname, xsi[key], initial)
    return initial, root_attributes


def _body(obj: Any, namespace: str, mode: Mode, xsi: dict[str, str]) -> str:
    pretty = mode.pretty
    initial, root_attributes = _root_scope(namespace, xsi)
    out = [_DECLARATION]
    cls = type(obj)
    plan = _plan(cls) if attrs.has(cls) else None
    layout: Layout | None = getattr(obj, "_lheo_layout", None)
    if layout is not None:
        out.extend(node + "\n" for node in layout.before)
    if (
        plan is not None
        and plan.kind != "mixed"
        and plan.fns in (None, namespace)
        and initial.get(None) == namespace
        and split_qname(plan.meta.qname)[0] == namespace
        and (
            layout is not None
            or not (plan.meta.any_attributes and getattr(obj, plan.meta.any_attributes[0].name))
        )
    ):
        local = split_qname(plan.meta.qname)[1]
        if layout is not None:
            ns_map = {} if layout.decls is not None else initial.copy()
            _write_layout(obj, out, "<" + local, 0, ns_map, mode, xsi)
        else:
            # The root: declarations and xsi attributes, then the writer adds its attributes.
            ns_map = initial.copy()
            start, close = _open(_EMPTY, ns_map, (namespace, local), root_attributes)
            _writer(cls, mode)(obj, out, start, close, 0, ns_map)
    else:
        nodes = _region(_GEN.generate(obj), initial, root_attributes=root_attributes)
        _emit_nodes(out, nodes, 0, pretty, False)
    out.append("\n")
    if layout is not None:
        out.extend(node + "\n" for node in layout.after)
    return "".join(out)


def _xsdata_bytes(obj: Any, namespace: str, pretty: bool, xsi: dict[str, str]) -> bytes:
    # lheo._writer.to_bytes before the emitter, with the namespace and xsi given.
    config: dict[str, Any] = {
        "encoding": "UTF-8",
        "xml_declaration": True,
        "indent": "  " if pretty else None,
    }
    if "schemaLocation" in xsi:
        config["schema_location"] = xsi["schemaLocation"]
    if "noNamespaceSchemaLocation" in xsi:
        config["no_namespace_schema_location"] = xsi["noNamespaceSchemaLocation"]
    ns_map: NsMap = {None: namespace}
    if xsi:
        ns_map["xsi"] = XSI
    text: str = _context.serializer(config).render(obj, ns_map=ns_map)
    if not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8")


class LayoutLost(Exception):  # noqa: N818 - a signal for the caller
    """The object has a source layout that only lheo's writer can follow, and it could not.

    Raised by :func:`emit` where it would otherwise hand the object to xsdata's serializer,
    which knows nothing of layouts (comments, unknown content... would be dropped).
    """


def emit(
    obj: Any,
    *,
    namespace: str,
    pretty: bool,
    xsi: dict[str, str] | None = None,
    keep: bool = True,
) -> bytes:
    """Serialise a binding object; without layouts, to the bytes xsdata's serializer writes.

    Args:
        obj: a root binding (e.g. :class:`lheo.v2_3.Lheo`) or any other element binding.
        namespace: the output's default namespace (the LHÉO version's namespace).
        pretty: indent by two spaces, as ``lheo.write(..., pretty=True)``.
        xsi: the root's ``xsi:*`` attributes (``schemaLocation``,
            ``noNamespaceSchemaLocation``, as in :attr:`lheo.Document.xsi`); when not empty,
            ``xmlns:xsi`` is declared on the root.
        keep: follow the white space of source layouts (see :class:`Mode`).

    Returns:
        UTF-8 bytes with an XML declaration and a final newline: for objects without layout,
        those of ``lheo._writer.to_bytes`` when it serialised with xsdata.

    Raises:
        LayoutLost: the object has layouts and needs xsdata's serializer.
        Exception: what xsdata raises for an object it cannot serialise (the exception
            types are xsdata's and lxml's, e.g. ``ValueError`` for a control character).
    """
    xsi = xsi or {}
    mode = Mode(pretty, keep)
    gc_was_enabled = gc.isenabled()
    # Millions of short-lived strings and no reference cycles: collections triggered by
    # that churn would only walk the (large) tree of bindings again and again.
    gc.disable()
    try:
        try:
            data = _body(obj, namespace, mode, xsi).encode("utf-8")
        except (_Fallback, UnicodeEncodeError, RecursionError):
            return _slow_bytes(obj, namespace, pretty, xsi)
        if _has_bad_chars(data):
            return _slow_bytes(obj, namespace, pretty, xsi)
        return data
    finally:
        if gc_was_enabled:
            gc.enable()


def _slow_bytes(obj: Any, namespace: str, pretty: bool, xsi: dict[str, str]) -> bytes:
    if has_layout(obj):
        raise LayoutLost
    return _xsdata_bytes(obj, namespace, pretty, xsi)


def has_layout(obj: Any) -> bool:
    """Whether ``obj`` or anything it holds has a source layout."""
    stack = [obj]
    while stack:
        node = stack.pop()
        if getattr(node, "_lheo_layout", None) is not None:
            return True
        if isinstance(node, list):
            stack.extend(node)
        elif attrs.has(node.__class__):
            stack.extend(getattr(node, field.name) for field in attrs.fields(node.__class__))
    return False


class FragmentFallback(Exception):  # noqa: N818 - a signal for the caller
    """:func:`emit_child` cannot write this object exactly: serialise it the slow way."""


def emit_child(obj: Any, *, ns_map: NsMap, depth: int, pretty: bool, keep: bool = True) -> bytes:
    """Serialise one element as it appears inside a whole document, at ``depth``.

    Used by the streaming writer: the element's start tag declares nothing (its namespace is
    the document's default one, already in scope in ``ns_map``), indentation is that of
    ``depth``, and ``ns_map`` receives the prefixes the element adds, as in a whole document.

    Raises:
        FragmentFallback: the element needs the slow, exact path (foreign namespaces on its
            own tag, ``any_attributes``, mixed content at its top, unusual characters).
    """
    cls = type(obj)
    plan = _plan(cls) if attrs.has(cls) else None
    if (
        plan is None
        or plan.kind == "mixed"
        or split_qname(plan.meta.qname)[0] != ns_map.get(None)
        or (plan.meta.any_attributes and getattr(obj, plan.meta.any_attributes[0].name))
    ):
        raise FragmentFallback
    local = split_qname(plan.meta.qname)[1]
    out: list[str] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            _writer(cls, Mode(pretty, keep))(
                obj, out, "<" + local, "</" + local + ">", depth, ns_map
            )
        except (_Fallback, RecursionError):
            raise FragmentFallback from None
    finally:
        if gc_was_enabled:
            gc.enable()
    try:
        data = "".join(out).encode("utf-8")
    except UnicodeEncodeError:
        raise FragmentFallback from None
    if _has_bad_chars(data):
        raise FragmentFallback
    return data


def emit_region(obj: Any, *, ns_map: NsMap, depth: int, pretty: bool) -> bytes:
    """Serialise one element as inside a whole document, the slow exact way.

    What :func:`emit_child` cannot write: xsdata's events for the element, through the copies
    of its handler, of lxml's tree and of ``etree.indent`` (a region, whose declarations are
    those that ``ns_map``, the namespaces in scope, lacks). Source layouts are not followed.

    Raises:
        FragmentFallback: no default namespace in ``ns_map`` (not inside an LHÉO document).
        Exception: what xsdata raises for an object it cannot serialise (``ValueError``
            for a control character...), as :func:`emit` does.
    """
    out: list[str] = []
    try:
        _emit_nodes(out, _region(_GEN.generate(obj), ns_map), depth, pretty, False)
        data = "".join(out).encode("utf-8")
        if not _has_bad_chars(data):
            return data
    except (_Fallback, UnicodeEncodeError, RecursionError):
        pass
    return _xsdata_child(obj, ns_map, depth, pretty)


def _xsdata_child(obj: Any, ns_map: NsMap, depth: int, pretty: bool) -> bytes:
    """What the region cannot mirror: xsdata's serializer and lxml themselves write it.

    The element is built by xsdata's tree builder below a parent element that declares the
    scope ``ns_map``, so that xsdata and lxml decide, as in a whole document, which
    declarations the element repeats; the parent's tags, whose length is known, are left out.
    What xsdata refuses raises its own error, as :func:`emit` does.
    """
    default = ns_map.get(None)
    if not default:
        raise FragmentFallback
    parent = f"{{{default}}}w"
    builder = LxmlTreeBuilder(config=_GEN.config, ns_map=clean_prefixes(dict(ns_map)))
    events = itertools.chain([("start", parent)], _GEN.generate(obj), [("end", parent)])
    tree: Any = builder.build(events)
    root: etree._Element = tree.getroot()
    if len(root) != 1 or root.text or root[0].tail:
        raise FragmentFallback  # pragma: no cover - xsdata writes one element
    if pretty:
        etree.indent(root[0], "  ", level=depth)
    data: bytes = etree.tostring(root, encoding="UTF-8")
    # The parent's start tag: the same declarations, whatever their order, on "<w" and ">".
    scope: Any = root.nsmap
    empty = etree.tostring(etree.Element(root.tag, nsmap=scope), encoding="UTF-8")
    return data[len(empty) - 1 : -len(b"</w>")]


def _declared_attributes(obj: Any, meta: XmlMeta, parts: list[str]) -> None:
    # A generated writer's attributes: those set, in declaration order.
    if meta.attributes:
        _attribute_writer([var for _key, var in _declared(meta)])(obj, parts.append)


#: The XML declaration that starts every document lheo writes.
XML_DECLARATION = _DECLARATION.encode("utf-8")


class OpenTag(NamedTuple):
    """An element's tags around its content, as a whole document has them (:func:`emit_start`).

    Attributes:
        start: the start tag (declarations, attributes, ``>``).
        end: the end tag.
        ns_map: the namespaces in scope inside the element (prefix → URI).
    """

    start: bytes
    end: bytes
    ns_map: NsMap


def emit_start(
    obj: Any,
    *,
    ns_map: NsMap | None = None,
    namespace: str | None = None,
    xsi: dict[str, str] | None = None,
) -> OpenTag:
    """The tags of an element with content, as :func:`emit` writes them in a whole document.

    What a streaming writer needs to write an element's content piece by piece: the start
    tag is written as :func:`emit` writes it before the element's first child (source layout
    included: attribute order, declarations), whatever the object holds.

    Args:
        obj: the element's binding object.
        ns_map: for an element inside the document, the namespaces in scope where it is
            written (as :func:`emit_child` takes them).
        namespace: for the root (no ``ns_map``), the document's default namespace.
        xsi: for the root, its ``xsi:*`` attributes (as :func:`emit` takes them).

    Raises:
        FragmentFallback: only xsdata's serializer could write the element (a class
            without element content, foreign namespaces, unusual values).
    """
    cls = type(obj)
    plan = _plan(cls) if attrs.has(cls) else None
    if plan is None or plan.kind != "elements":
        raise FragmentFallback
    meta = plan.meta
    tag_ns, local = split_qname(meta.qname)
    layout: Layout | None = getattr(obj, "_lheo_layout", None)
    parts: list[str] = []
    try:
        if ns_map is None:
            # The root, as _body writes it.
            xsi = xsi or {}
            initial, root_attributes = _root_scope(namespace or "", xsi)
            if plan.fns not in (None, namespace) or tag_ns != namespace:
                raise FragmentFallback
            if layout is not None:
                scope = {} if layout.decls is not None else initial.copy()
                name = local if layout.prefix is None else layout.prefix + ":" + local
                inner = _layout_start(obj, layout, meta, name, scope, xsi, parts)
            else:
                if meta.any_attributes and getattr(obj, meta.any_attributes[0].name):
                    raise FragmentFallback
                inner = initial.copy()
                start, close = _open(_EMPTY, inner, (namespace, local), root_attributes)
                parts.append(start)
                _declared_attributes(obj, meta, parts)
                name = close[2:-1]
        else:
            # Any other element, as its generated writer starts it (see _generate).
            if tag_ns != ns_map.get(None):
                raise FragmentFallback
            name, inner = local, ns_map
            if layout is not None and (
                layout.nodes is not None or layout.prefix is not None or layout.decls is not None
            ):
                if layout.prefix is not None:
                    name = layout.prefix + ":" + local
                inner = _layout_start(obj, layout, meta, name, ns_map, None, parts)
            elif layout is not None:
                parts.append(_layout_start_tag(meta, obj, layout, "<" + local, ns_map))
            elif meta.any_attributes and getattr(obj, meta.any_attributes[0].name):
                start, inner = _generic_start(obj, meta, "<" + local, ns_map)
                parts.append(start)
            else:
                parts.append("<" + local)
                _declared_attributes(obj, meta, parts)
        start_tag = ("".join(parts) + ">").encode("utf-8")
    except (_Fallback, UnicodeEncodeError):
        raise FragmentFallback from None
    if _has_bad_chars(start_tag):
        raise FragmentFallback
    return OpenTag(start_tag, ("</" + name + ">").encode("utf-8"), dict(inner))
