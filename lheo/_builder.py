"""A fast binder from an lxml tree to the generated attrs classes.

It produces exactly the object graph that ``lheo._context.parser(strict).parse(element, cls)``
produces (same values, same types, same strictness), about ten times faster: xsdata's parser
looks everything up per element through generic nodes, while here each class gets, once, a
builder specialised from xsdata's own metadata (the same ``XmlContext``, so the same field
names, qualified names and converters), and the cyclic garbage collector is paused during the
build (see ``docs/performance-notes.md``: it costs more than the building itself).

What the builder does not reimplement, it hands back to xsdata for the whole document
(:class:`_Fallback`): ``xsi:type``/``xsi:nil`` on a bound element, nesting deeper than
Python's recursion limit, and binding features that the LHÉO bindings do not use (wrappers,
tokens, primitive or union element fields, fixed values, non-mixed wildcards).

Preconditions, as in :func:`lheo._reader.read_tree`: the tree is parsed safely, comments and
processing instructions are stripped, and its namespaces are normalised.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
import warnings as _warnings
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, EnumMeta
from typing import Any, NoReturn, Union

import attrs
from lxml import etree

from lheo import _context
from lheo._compat import (
    ConverterError,
    ConverterWarning,
    EnumConverter,
    ParserError,
    ParserUtils,
    QNameConverter,
    StringConverter,
    XmlContextError,
    XmlDateTime,
    XmlMeta,
    XmlVar,
    converter,
    monthlen,
)
from lheo._construct import unchecked
from lheo._context import LexicalDateTime
from lheo._gc import collector_paused
from lheo._layout import (
    ANY,
    BOUND,
    FOREIGN,
    XSI,
    Layout,
    Raw,
    epilog,
    esc_attr,
    own_declarations,
    prolog,
    qualified,
    raw_content,
    raw_node,
    xml_blank,
)

__all__ = ["BuildError", "BuildWarning", "build"]

_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
# The two xsi attributes that change how xsdata binds an element (type substitution, nil).
_XSI_TYPE = _XSI + "type"
_XSI_NIL = _XSI + "nil"


class BuildError(Exception):
    """The element cannot be bound in strict mode (or at all).

    Attributes:
        reason: what is wrong, naming the element or attribute.
        line: source line of the element concerned, when known.
        element: local name of the element concerned, when known.
    """

    def __init__(self, reason: str, line: int | None = None, element: str | None = None):
        self.reason = reason
        self.line = line
        self.element = element
        super().__init__(f"line {line}: {reason}" if line is not None else reason)


@dataclass(frozen=True)
class BuildWarning:
    """What a lenient build could not type: a value kept as text, unknown content.

    Attributes:
        message: what was kept (or dropped), where, and the type it should have had.
        line: source line of the element concerned, when known.
        element: local name of the element concerned, when known.
        node: the element concerned, to locate it (a path) while its tree is alive.
        content: the XML of the content the objects do not hold (unknown element or
            attribute), kept in the layout or, without layouts, dropped.
    """

    message: str
    line: int | None = None
    element: str | None = None
    node: Any = None
    content: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


class _Fallback(Exception):
    # Raised when the document uses something the builder leaves to xsdata.
    pass


_Build = Callable[[etree._Element, "_State"], Any]
# A converter takes the raw text and raises ConverterError when it refuses it; None = keep str.
_Conv = Union[Callable[[str], Any], None]  # noqa: UP007 - a runtime alias, Python 3.10 too
# A child element: field name, is a list, its builder, for a leaf its inline constructor
# and converter, and the index of its field (the order a writer follows).
_Child = tuple[str, bool, _Build, Union[Callable[[Any], Any], None], _Conv, int]  # noqa: UP007
# An attribute: field name, converter, type names (for messages), index of its field.
_Attr = tuple[str, _Conv, str, int]

# lxml-stubs type attribute names and values as str | bytes: they are str for a parsed tree.
_items: Callable[[etree._Element], list[tuple[str, str]]] = etree._Element.items  # type: ignore[assignment]


class _Blanks(dict[int, Union[str, None]]):  # noqa: UP007
    # The white space an indented document has before the children of an element at a
    # depth ("\n" and two spaces a level, as lheo writes it), or None everywhere (compact).
    def __init__(self, indented: bool) -> None:
        super().__init__()
        self.indented = indented

    def __missing__(self, depth: int) -> str | None:
        value = "\n" + "  " * depth if self.indented else None
        self[depth] = value
        return value


_INDENTED = _Blanks(True)
_COMPACT = _Blanks(False)


class _State:
    """What one call of :func:`build` carries down the tree."""

    __slots__ = (
        "blanks",
        "depth",
        "empties",
        "exotic",
        "keep",
        "namespaces",
        "strict",
        "types",
        "warnings",
    )

    def __init__(
        self, strict: bool, *, keep: bool = False, indented: bool = True, depth: int = 0
    ) -> None:
        self.strict = strict
        self.warnings: list[BuildWarning] = []
        self.types: dict[str, type | None] = {}
        # Layout keeping (lheo._layout): the depth of the element being built, the white
        # space expected between elements, and whether tag prefixes and namespace
        # declarations below the root must be looked at.
        self.keep = keep
        self.depth = depth
        self.blanks = _INDENTED if indented else _COMPACT
        self.exotic = True
        self.namespaces = True
        # Where the source wrote empty elements as <x></x> (lheo._layout.empty_pairs).
        self.empties: dict[tuple[int, str], int] | None = None

    def find_type(self, qname: str) -> type | None:
        # xsdata types the children of a wildcard through the context's xsi cache (the last
        # imported binding class with that qualified name); one lookup per name and build.
        try:
            return self.types[qname]
        except KeyError:
            found: type | None = _context.context().find_type(qname)
            self.types[qname] = found
            return found


def build(
    element: etree._Element | etree._ElementTree,
    cls: type,
    *,
    strict: bool,
    warnings: list[BuildWarning] | None = None,
    keep_layout: bool = False,
    indented: bool | None = None,
    depth: int = 0,
    exotic: bool = True,
    keep_namespaces: bool = True,
    fell_back: list[bool] | None = None,
    empties: dict[tuple[int, str], int] | None = None,
) -> Any:
    """Bind an element into ``cls``, as ``lheo._context.parser(strict)`` would.

    The element is not modified, except in the rare cases left to xsdata (``xsi:type`` or
    ``xsi:nil`` on a bound element, nesting deeper than the recursion limit), where xsdata's
    parser consumes it as it always did.

    The objects are those of xsdata's parser, with three deliberate differences that keep
    data xsdata would lose: text of a simple element is all its text, around comments or
    unknown elements; mixed content keeps text that is not XML white space (a no-break
    space is data) and the white space of an element without children; and with
    ``keep_layout``, each object whose source form a write would not give back gets a
    :class:`lheo._layout.Layout` (comments, processing instructions, attribute order, white
    space, elements out of schema order, re-spelt tokens, and in lenient mode the unknown
    elements and attributes, kept where they were).

    Args:
        element: the root of what to bind (an element or a whole tree), parsed safely,
            namespaces normalised. Without ``keep_layout``, comments and processing
            instructions must have been removed.
        cls: the generated class of that element, e.g. ``lheo_bindings.v2_3.Lheo``.
        strict: when true, an unknown element or attribute (``xsi:*`` attributes excepted),
            a value its type refuses, or a missing required element raises
            :class:`BuildError`; when false they are skipped (unknown), kept as text
            (refused values, each adding a :class:`BuildWarning`), or filled with ``""`` or
            ``None`` (missing), like xsdata's lenient reading.
        warnings: when given, the lenient warnings are appended to it, in document order of
            the end of their element, like xsdata's ``ConverterWarning``.
        keep_layout: record the source layout of each object that needs one.
        indented: whether the document is indented (as ``lheo.write`` indents, by two
            spaces) or compact; by default, taken from the element's own text.
        depth: depth of ``element`` in its document (0 for the root).
        exotic: whether tag prefixes and namespace declarations below the root may occur
            (false only when the caller knows they do not: checking costs time).
        keep_namespaces: keep the source's prefixes and namespace declarations (false for a
            document whose namespace was added after parsing: it is written with its own).
        fell_back: when given, ``True`` is appended if the build was left to xsdata (which
            keeps no layout: the caller may have to say what is lost).
        empties: where the source writes empty elements as ``<x></x>``
            (:func:`lheo._layout.empty_pairs` of its bytes), to write them back so.

    Returns:
        The instance of ``cls``.

    Raises:
        BuildError: in strict mode, anything the bindings cannot hold, with its line; in any
            mode, a root that cannot be bound at all.
    """
    if isinstance(element, etree._ElementTree):
        element = element.getroot()
    if indented is None:
        indented = element.text is not None
    state = _State(strict, keep=keep_layout, indented=indented, depth=depth)
    state.exotic = exotic and keep_namespaces
    state.namespaces = keep_namespaces
    if keep_layout and empties:
        state.empties = dict(empties)
    # Binding a large document allocates a million objects linked as a tree: the collector
    # would walk them again and again for nothing (see lheo._gc).
    with collector_paused():
        try:
            result = _builder(cls, None)(element, state)
            if keep_layout and element.getparent() is None:
                _document_layout(result, element, state)
        except (_Fallback, RecursionError):
            # The builder recurses once per level; xsdata's parser does not, and LHÉO allows
            # extras nested as deep as the parser accepts (2048 levels).
            state.warnings.clear()
            result = _xsdata_build(element, cls, strict, state.warnings)
            if fell_back is not None:
                fell_back.append(True)
    if warnings is not None:
        warnings.extend(state.warnings)
    return result


# The warning filters are process-wide: two catch_warnings at once (two threads) can leave a
# recorder installed for good. xsdata's parser, rarely needed, runs one at a time.
_XSDATA_LOCK = threading.Lock()


def _xsdata_build(element: etree._Element, cls: type, strict: bool, out: list[BuildWarning]) -> Any:
    with _XSDATA_LOCK, _warnings.catch_warnings(record=True) as caught:
        _warnings.simplefilter("always", ConverterWarning)
        try:
            result: Any = _context.parser(strict).parse(element, cls)
        except (ParserError, XmlContextError, ValueError, TypeError) as exc:
            raise BuildError(f"cannot bind <{_local(element.tag)}>: {exc}") from exc
    for caught_warning in caught:
        if issubclass(caught_warning.category, ConverterWarning):
            out.append(BuildWarning(str(caught_warning.message)))
        else:
            _warnings.warn(caught_warning.message, caught_warning.category, stacklevel=3)
    return result


# --- compilation, once per class -------------------------------------------------------------

_BUILDERS: dict[type, _Build] = {}
# Leaf classes whose plain instances (a value, nothing else) their parents build inline.
_LEAVES: dict[type, tuple[Callable[[Any], Any], _Conv]] = {}
_LOCK = threading.RLock()
# Builders being compiled: a class's builder is registered here before its children are
# compiled (the class graph has cycles: extras), and published in _BUILDERS, which other
# threads read without the lock, only once every builder it reaches is complete.
_PENDING: dict[type, _Build] = {}
_COMPILING = [0]


def _builder(cls: type, parent_ns: str | None) -> _Build:
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    with _LOCK:
        found = _BUILDERS.get(cls) or _PENDING.get(cls)
        if found is not None:
            return found
        _COMPILING[0] += 1
        try:
            return _compile(cls, parent_ns)
        finally:
            _COMPILING[0] -= 1
            if not _COMPILING[0]:
                _BUILDERS.update(_PENDING)
                _PENDING.clear()


class _Plan:
    """The compiled description of one class, used by the slow paths (errors, extras)."""

    __slots__ = ("any_attributes", "cls", "meta", "namespace", "starts")

    def __init__(self, cls: type, meta: XmlMeta) -> None:
        self.cls = cls
        self.meta = meta
        self.namespace = meta.namespace
        self.any_attributes: list[XmlVar] = list(meta.any_attributes)
        # Layouts of attribute order alone, by attribute names (see _start_only).
        self.starts: dict[tuple[str, ...], Layout | None] = {}


def _compile(cls: type, parent_ns: str | None) -> _Build:
    # Same call as xsdata's parser (context.fetch without xsi:type): the metadata is cached
    # per class by the shared context, so both see the very same XmlMeta.
    meta = _context.context().build(cls, parent_ns)
    plan = _Plan(cls, meta)
    try:
        attributes = _attribute_specs(meta)
        text = _text_spec(meta)
        if meta.wildcards:
            result = _mixed_builder(plan, attributes)
            _PENDING[cls] = result
            return result
        child_vars = _child_vars(meta)
        children: dict[str, _Child] = {}
        if not child_vars and text is not None and text[0] == "value":
            result = _leaf_builder(plan, attributes, text)
            _PENDING[cls] = result
            return result
        result = _element_builder(plan, attributes, children, text)
    except _Unsupported:
        result = _unsupported
        _PENDING[cls] = result
        return result
    # Registered before its children are compiled: the class graph has cycles (extras).
    _PENDING[cls] = result
    for qname, var, index in child_vars:
        assert var.clazz is not None
        sub = _builder(var.clazz, meta.namespace)
        make, conv = _LEAVES.get(var.clazz, (None, None))
        children[qname] = (var.name, var.list_element, sub, make, conv, index)
    return result


class _Unsupported(Exception):
    pass


def _unsupported(element: etree._Element, state: _State) -> NoReturn:
    raise _Fallback


def _check_var(var: XmlVar) -> None:
    if not var.init or var.tokens or var.wrapper is not None or var.is_clazz_union:
        raise _Unsupported(var.name)


def _attribute_specs(meta: XmlMeta) -> dict[str, _Attr]:
    specs: dict[str, _Attr] = {}
    for qname, var in meta.attributes.items():
        _check_var(var)
        specs[qname] = (var.name, _converter(var), _type_names(var), var.index)
    for var in meta.any_attributes:
        _check_var(var)
    return specs


def _text_spec(meta: XmlMeta) -> _Attr | None:
    var = meta.text
    if var is None:
        return None
    _check_var(var)
    return (var.name, _converter(var), _type_names(var), var.index)


def _child_vars(meta: XmlMeta) -> list[tuple[str, XmlVar, int]]:
    """Child elements: qualified name, variable, and the index of the field holding them."""
    found: list[tuple[str, XmlVar, int]] = []
    for qname, candidates in meta.elements.items():
        if len(candidates) != 1:
            # Several fields for one element name: xsdata fills them in turn; not in LHÉO.
            raise _Unsupported(qname)
        found.append((qname, candidates[0], candidates[0].index))
    for choice in meta.choices:
        _check_var(choice)
        if choice.wildcards:
            raise _Unsupported(choice.name)
        found.extend((qname, var, choice.index) for qname, var in choice.elements.items())
    names = [qname for qname, _var, _index in found]
    if len(set(names)) != len(names):
        raise _Unsupported(meta.qname)
    for _qname, var, _index in found:
        _check_var(var)
        if var.clazz is None or not var.is_element:
            # Elements of a simple type (xsdata's PrimitiveNode): the LHÉO bindings have none.
            raise _Unsupported(var.name)
    return found


def _type_names(var: XmlVar) -> str:
    return " | ".join(tp.__name__ for tp in var.types)


def _converter(var: XmlVar) -> _Conv:
    parts = [_single_converter(tp, var.format) for tp in var.types]
    if not parts:
        raise _Unsupported(var.name)
    if parts[0] is None:
        return None
    if len(parts) == 1:
        return parts[0]
    # xsdata tries each type of a union in turn and keeps the first that accepts the value.
    return _union_converter(parts)


def _union_converter(parts: list[_Conv]) -> Callable[[str], Any]:
    def convert(value: str) -> Any:
        for part in parts:
            if part is None:
                return value
            try:
                return part(value)
            except _Respelled:
                raise
            except ConverterError:
                continue
        raise ConverterError(value)

    return convert


class _Respelled(ConverterError):
    """A token accepted, but written otherwise than its value (``" 14 "`` for ``14``).

    Raised by enumeration converters in place of returning the member, so that the rare
    callers that care (layout keeping) see it and the others take ``member`` as the value.
    """

    def __init__(self, member: Any) -> None:
        super().__init__(member)
        self.member = member


def _refuse(value: str) -> NoReturn:
    raise ConverterError(value)


def _single_converter(tp: type, fmt: str | None) -> _Conv:
    try:
        instance = converter.type_converter(tp)
    except ConverterError:
        return _refuse
    if type(instance) is StringConverter:
        return None
    if isinstance(instance, QNameConverter):
        # Needs the element's prefixes: not worth a fast path, no LHÉO field is a QName.
        raise _Unsupported(tp.__name__)
    if type(instance) is EnumConverter and isinstance(tp, EnumMeta):
        return _enum_converter(tp, instance)
    deserialize = instance.deserialize
    if tp is XmlDateTime and fmt is None and _fast_datetime_agrees(deserialize):
        return _datetime_converter(deserialize)

    def convert(value: str) -> Any:
        return deserialize(value, data_type=tp, format=fmt)

    return convert


def _enum_converter(tp: EnumMeta, instance: EnumConverter) -> _Conv:
    # xsdata matches the value stripped or with its whitespace collapsed, trying the members
    # in order. A value written exactly as a member (the usual case) is that member when the
    # member's value is itself collapsed: a dict gives it; anything else takes xsdata's way.
    table: dict[str, Enum] = {}
    member: Enum
    for member in tp:
        value: Any = member.value
        if isinstance(value, str) and value == " ".join(value.split()):
            table.setdefault(value, member)
    deserialize = instance.deserialize
    get = table.get

    def convert(value: str) -> Any:
        member = get(value)
        if member is not None:
            return member
        member = deserialize(value, data_type=tp)
        if member.value != value:
            raise _Respelled(member)
        return member

    return convert


_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]{1,9}))?(Z|[+-][0-9]{2}:[0-9]{2})?"
)


def _fast_datetime(value: str) -> XmlDateTime | None:
    # xsdata's dateTime parser takes ~7 µs a value, the largest single cost of a build. This
    # reads the plain form (ASCII digits, no spaces, a valid date and a time before 24:00) to
    # the same tuple, keeps a spelling xsdata would not write back as lheo's converter does
    # (LexicalDateTime), and answers None for anything else, left to the registered converter.
    match = _DATETIME.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    y, mo, d = int(year), int(month), int(day)
    h, mi, s = int(hour), int(minute), int(second)
    if not (1 <= mo <= 12 and 1 <= d and h < 24 and mi < 60 and s < 60):
        return None
    if d > 28 and d > monthlen(y, mo):
        return None
    canonical = True
    fractional = 0
    if fraction is not None:
        fractional = int(fraction.ljust(9, "0"))
        # xsdata writes 3, 6 or 9 digits, as few as the value needs, and none for zero.
        canonical = len(fraction) in (3, 6, 9) and fraction[-3:] != "000"
    offset: int | None = None
    if zone is not None:
        if zone == "Z":
            offset = 0
        else:
            offset = int(zone[1:3]) * 60 + int(zone[4:6])
            if offset == 0:
                canonical = False
            elif zone[0] == "-":
                offset = -offset
    parsed: XmlDateTime = tuple.__new__(XmlDateTime, (y, mo, d, h, mi, s, fractional, offset))
    if canonical:
        return parsed
    lexical = tuple.__new__(LexicalDateTime, parsed)
    lexical.lexical = value
    return lexical


_DATETIME_SAMPLES = (
    "2021-07-07T09:05:03.430Z",
    "2019-04-12T10:31:27.512+02:00",
    "2001-10-26T21:32:52",
    "2001-10-26T21:32:52.126789-05:30",
    "2001-10-26T21:32:52.000000001Z",
    "2024-02-29T23:00:00-00:30",
    "0000-01-01T00:00:00",
    "2022-02-14T08:00:12.000Z",
    "2020-03-09T09:12:00.000+01:00",
    "2001-10-26T21:32:52.12-00:00",
    "2001-10-26T21:32:52.120+00:00",
    "2001-10-26T21:32:52.1200Z",
    "2001-10-26T21:32:52.000100Z",
    "2001-10-26T21:32:52.000000Z",
    "2024-02-29T23:59:59.999999999+14:00",
)


_AGREES: dict[Callable[..., Any], bool] = {}


def _fast_datetime_agrees(deserialize: Callable[..., Any]) -> bool:
    # The check runs once per registered converter, not once per attribute of every class.
    known = _AGREES.get(deserialize)
    if known is None:
        known = _AGREES[deserialize] = _check_fast_datetime(deserialize)
    return known


def _check_fast_datetime(deserialize: Callable[..., Any]) -> bool:
    # The fast path stands in for the registered converter (lheo keeps non-canonical
    # spellings as LexicalDateTime): use it only if both agree on plain values, type included.
    for sample in _DATETIME_SAMPLES:
        fast = _fast_datetime(sample)
        slow = deserialize(sample, data_type=XmlDateTime, format=None)
        if fast is None or type(fast) is not type(slow) or tuple(fast) != tuple(slow):
            return False
        if str(fast) != str(slow):
            return False
    return True


# Converted dateTimes by spelling. Flows repeat them a lot (an entity's timestamps are copied
# on its extras, a producer stamps a whole batch at once); the values are immutable tuples, so
# sharing one between fields and documents is safe. Bounded: cleared when full.
_DATETIMES: dict[str, XmlDateTime] = {}
_DATETIMES_MAX = 16384


def _datetime_converter(deserialize: Callable[..., Any]) -> Callable[[str], Any]:
    known = _DATETIMES

    def convert(value: str) -> Any:
        result = known.get(value)
        if result is not None:
            return result
        result = _fast_datetime(value)
        if result is None:
            return deserialize(value, data_type=XmlDateTime, format=None)
        if len(known) >= _DATETIMES_MAX:
            known.clear()
        known[value] = result
        return result

    return convert


# --- the specialised builders ----------------------------------------------------------------


def _element_builder(
    plan: _Plan,
    attributes: dict[str, _Attr],
    children: dict[str, _Child],
    text: _Attr | None,
) -> _Build:
    cls = plan.cls
    new = unchecked(cls)
    attribute_get = attributes.get
    child_get = children.get
    text_name = text[0] if text is not None else None
    text_conv = text[1] if text is not None else None

    def build_element(el: etree._Element, state: _State) -> Any:
        params: dict[str, Any] = {}
        # `odd`: the content's source form is not what a write of the object gives (see
        # _layout.py), `odd_start`: the start tag's; looked at only when layouts are kept.
        odd = odd_start = paired = False
        keep = state.keep
        exotic = keep and state.exotic
        if keep:
            depth = state.depth
            inner = state.blanks[depth + 1]
            state.depth = depth + 1
            last = -1
            misses = 0
            miss = None
        # Children first: xsdata binds them (and warns about them) before their parent.
        child = None
        for child in el:
            spec = child_get(child.tag)
            if spec is None:
                _unknown_child(plan, el, child, state, repeated=False)
                odd = True
                continue
            name, many, sub, make, conv, index = spec
            if keep:
                if index < last:
                    odd = True
                last = index
                if child.tail != inner:
                    misses += 1
                    miss = child
            if not many and name in params:
                _unknown_child(plan, el, child, state, repeated=True)
                odd = True
                continue
            if make is not None and not len(child) and not exotic and not _items(child):
                # A plain value child, built here: a Python call less for most elements.
                value = child.text
                if value is None:
                    value = sub(child, state)
                elif conv is None:
                    value = make(value)
                else:
                    try:
                        value = make(conv(value))
                    except ConverterError:
                        value = sub(child, state)
            else:
                value = sub(child, state)
            if many:
                items = params.get(name)
                if items is None:
                    params[name] = [value]
                else:
                    items.append(value)
            else:
                params[name] = value
        if keep:
            state.depth = depth
            if child is not None:
                if text_name is None and el.text != inner:
                    odd = True
                if misses and (
                    misses > 1 or miss is not child or child.tail != state.blanks[depth]
                ):
                    odd = True
            elif el.text is not None and text_name is None:
                odd = True  # white space in an element without children
            elif el.text is None and state.empties is not None and _paired(el, state):
                odd = paired = True
            if exotic and (el.prefix is not None or _declares(el)):
                odd_start = True
        last_attribute = -1
        for key, value in _items(el):
            attribute = attribute_get(key)
            if attribute is None:
                _other_attribute(plan, el, key, value, params, state)
                odd_start = True
                continue
            name, conv, _names, index = attribute
            if index < last_attribute:
                odd_start = True
            last_attribute = index
            if conv is None:
                params[name] = value
            else:
                try:
                    params[name] = conv(value)
                except ConverterError:
                    params[name] = _refused(plan, el, attribute, key, value, state)
        if text_name is not None:
            value = el.text
            if child is not None:
                # Comments, processing instructions or unknown elements inside a value:
                # the value is all its text.
                value = _all_text(el)
            if value is not None:
                if text_conv is None:
                    params[text_name] = value
                else:
                    try:
                        params[text_name] = text_conv(value)
                    except _Respelled as exc:
                        params[text_name] = exc.member
                        odd = True
                    except ConverterError:
                        assert text is not None
                        params[text_name] = _refused(plan, el, text, None, value, state)
        try:
            obj = new(**params)
        except TypeError as exc:
            obj = _incomplete(plan, el, params, state, exc)
        if keep and (odd or odd_start):
            obj._lheo_layout = _element_layout(
                plan, el, state, attributes, children, text, obj, odd, paired
            )
        return obj

    return build_element


def _leaf_builder(plan: _Plan, attributes: dict[str, _Attr], text: _Attr) -> _Build:
    # Most elements hold a value and no attribute: they are built with no dict at all.
    cls = plan.cls
    new = unchecked(cls)
    general = _element_builder(plan, attributes, {}, text)
    conv = text[1]
    make = _value_constructor(cls)
    if not isinstance(make, functools.partial):
        # Generated: it cannot fail, so a parent may call it directly.
        _LEAVES[cls] = (make, conv)

    def build_leaf(el: etree._Element, state: _State) -> Any:
        if len(el) or _items(el) or (state.keep and state.exotic):
            return general(el, state)
        value = el.text
        try:
            if value is None:
                if state.empties is not None and _paired(el, state):
                    obj = new()
                    layout = obj._lheo_layout = Layout()
                    layout.nodes, layout.value = ("",), obj.value
                    return obj
                return new()
            if conv is not None:
                try:
                    value = conv(value)
                except _Respelled:
                    return general(el, state)
                except ConverterError:
                    value = _refused(plan, el, text, None, value, state)
            return make(value)
        except TypeError as exc:
            params = {} if value is None else {"value": value}
            return _incomplete(plan, el, params, state, exc)

    return build_leaf


def _value_constructor(cls: type) -> Callable[[Any], Any]:
    """``lambda value: cls(value=value)``, without the keyword arguments when that is safe.

    Building a leaf is mostly calling its attrs ``__init__``: a dozen keyword parameters
    bound to their defaults. A generated function assigning the same fields does the same
    twice as fast; it is used only for plain attrs classes (generated ``__init__``, no
    validator, converter, setattr hook or init hook), where both are indistinguishable.
    """
    fallback: Callable[[Any], Any] = functools.partial(_call_with_value, unchecked(cls))
    init = getattr(cls.__dict__.get("__init__"), "__code__", None)
    if (
        not attrs.has(cls)
        or init is None
        or not init.co_filename.startswith("<attrs generated")
        or cls.__setattr__ is not object.__setattr__
        or hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
    ):
        return fallback
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = ["def make(value):", "    self = _new(_cls)"]
    for index, field in enumerate(attrs.fields(cls)):
        # Converters and checks are for programs building objects (lheo._construct): the
        # values read are already typed, and lenient reading keeps those the checks refuse.
        if not field.name.isidentifier() or (field.init and field.alias != field.name):
            return fallback
        default = field.default
        if field.name == "value":
            lines.append("    self.value = value")
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return fallback
            namespace[f"_f{index}"] = default.factory
            lines.append(f"    self.{field.name} = _f{index}()")
        elif default is attrs.NOTHING:
            return fallback
        else:
            namespace[f"_d{index}"] = default
            lines.append(f"    self.{field.name} = _d{index}")
    lines.append("    return self")
    exec("\n".join(lines), namespace)  # noqa: S102 - built from field names only
    made: Callable[[Any], Any] = namespace["make"]
    return made


def _call_with_value(new: Callable[..., Any], value: Any) -> Any:
    return new(value=value)


def _mixed_builder(plan: _Plan, attributes: dict[str, _Attr]) -> _Build:
    meta = plan.meta
    if meta.elements or meta.choices or meta.text or len(meta.wildcards) != 1:
        raise _Unsupported(plan.cls.__name__)
    wildcard = meta.wildcards[0]
    _check_var(wildcard)
    if not wildcard.mixed or not wildcard.list_element or wildcard.elements:
        # xsdata nests non-mixed wildcard content differently (bind_wild_var): not in LHÉO.
        raise _Unsupported(wildcard.name)
    cls = plan.cls
    new = unchecked(cls)
    content_name = wildcard.name
    match_namespace = wildcard.match_namespace
    typed = wildcard.process_contents != "skip"
    namespace = meta.namespace
    attribute_get = attributes.get
    any_element = _context.context().class_type.any_element

    def build_mixed(el: etree._Element, state: _State) -> Any:
        content: list[Any] = []
        odd = False  # the content needs to be kept verbatim
        odd_start = False
        keep = state.keep
        if keep:
            depth = state.depth
            inner = state.blanks[depth + 1]
            state.depth = depth + 1
            misses = 0
            miss = None
        value = el.text
        # White space between elements is layout; text that is not XML white space is data,
        # and so is all the text of an element without children.
        if value is not None:
            if not len(el) or not xml_blank(value):
                content.append(value)
            elif keep and value != inner:
                odd = True
        child = None
        for child in el:
            tag = child.tag
            tail = child.tail
            if not isinstance(tag, str):
                odd = True  # a comment or processing instruction: its tail is text
                if tail is not None and not xml_blank(tail):
                    if content and content[-1].__class__ is str:
                        content[-1] += tail
                    else:
                        content.append(tail)
                continue
            if not match_namespace(tag):
                _unknown_child(plan, el, child, state, repeated=False)
                odd = True
                continue
            if child.get(_XSI_TYPE) is not None or child.get(_XSI_NIL) is not None:
                raise _Fallback
            clazz = state.find_type(tag) if typed else None
            if clazz is None:
                content.append(_any_element(child, any_element))
                odd = True  # foreign content is written back as it was (see _layout.py)
                continue
            content.append(_builder(clazz, namespace)(child, state))
            # A typed child leaves its tail to the mixed parent, as a text item of its own.
            if tail is not None and not xml_blank(tail):
                content.append(tail)
            elif keep and tail != inner:
                misses += 1
                miss = child
        if keep:
            state.depth = depth
            if (
                misses
                and child is not None
                and (misses > 1 or miss is not child or child.tail != state.blanks[depth])
            ):
                odd = True
            if state.exotic and (el.prefix is not None or _declares(el)):
                odd_start = True
            if child is None and value is None and state.empties is not None and _paired(el, state):
                odd = True
        params: dict[str, Any] = {content_name: content}
        last_attribute = -1
        for key, value in _items(el):
            attribute = attribute_get(key)
            if attribute is None:
                _other_attribute(plan, el, key, value, params, state)
                odd_start = True
                continue
            name, conv, _names, index = attribute
            if index < last_attribute:
                odd_start = True
            last_attribute = index
            if conv is None:
                params[name] = value
            else:
                try:
                    params[name] = conv(value)
                except ConverterError:
                    params[name] = _refused(plan, el, attribute, key, value, state)
        try:
            obj = new(**params)
        except TypeError as exc:
            obj = _incomplete(plan, el, params, state, exc)
        if (odd or odd_start) and keep:
            obj._lheo_layout = _mixed_layout(
                plan, el, state, attributes, getattr(obj, content_name) if odd else None
            )
        return obj

    return build_mixed


def _any_element(el: etree._Element, factory: Any) -> Any:
    # xsdata's WildcardNode: foreign content as generic elements, all the way down.
    children = [_any_element(child, factory) for child in el if isinstance(child.tag, str)]
    text = el.text
    if children and xml_blank(text):
        text = None
    if text is None:
        text = ""
    tail = el.tail
    if xml_blank(tail):
        tail = None
    return factory(
        qname=el.tag,
        text=text,
        tail=tail,
        children=children,
        attributes=_any_attributes(el),
    )


def _any_attributes(el: etree._Element) -> dict[str, str]:
    result: dict[str, str] = {}
    nsmap: dict[Any, str] | None = None
    for key, value in _items(el):
        if ":" in value:
            # xsdata expands a value that looks like a prefixed name (`p:x` -> `{uri}x`).
            if nsmap is None:
                nsmap = el.nsmap
            value = ParserUtils.parse_any_attribute(value, nsmap)
        result[key] = value
    return result


# --- layouts (see lheo._layout), made only for the objects whose source form needs one ---------


def _declares(el: etree._Element) -> bool:
    parent = el.getparent()
    return bool(own_declarations(el.nsmap, parent.nsmap if parent is not None else {}))


def _raw(node: etree._Element, state: _State) -> Raw:
    if state.namespaces:
        return raw_node(node)
    # A document without namespace, given its version's: write it as the default one.
    return raw_node(node, None, etree.QName(node.getparent()).namespace)


def _paired(el: etree._Element, state: _State) -> bool:
    """Whether this empty element is one the source wrote ``<x></x>`` (used up once)."""
    empties = state.empties
    assert empties is not None
    local = str(el.tag).rsplit("}", 1)[-1]
    key = (_line(el) or 0, local if el.prefix is None else f"{el.prefix}:{local}")
    count = empties.get(key)
    if not count:
        return False
    if count == 1:
        del empties[key]
    else:
        empties[key] = count - 1
    return True


def _all_text(el: etree._Element) -> str | None:
    """Text of a simple element with comments or elements inside: all its text, in order."""
    pieces = [el.text or ""]
    pieces += [child.tail or "" for child in el]
    joined = "".join(pieces)
    return joined if joined or el.text is not None else None


def _attribute_layout(
    plan: _Plan, el: etree._Element, attributes: dict[str, _Attr], root: bool
) -> tuple[tuple[str, int, Any], ...] | None:
    """Attributes in source order, or ``None`` if a write gives them in that order."""
    entries: list[tuple[str, int, Any]] = []
    nsmap: dict[Any, str] | None = None
    canonical = True
    stage = 0  # the writer's order: root xsi attributes, declared ones, then any_attributes
    last = -1
    for key, value in _items(el):
        name = key
        if key[:1] == "{":
            if nsmap is None:
                nsmap = el.nsmap
            name = qualified(key, nsmap)
        spec = attributes.get(key)
        if spec is not None:
            entries.append((name, BOUND, key))
            canonical = canonical and stage <= 1 and spec[3] > last
            stage, last = 1, spec[3]
        elif root and key.startswith(_XSI):
            local = key[len(_XSI) :]
            entries.append((name, XSI, local))
            # lheo writes xsi:schemaLocation, then xsi:noNamespaceSchemaLocation, first.
            rank = _ROOT_XSI.get(local)
            canonical = canonical and rank is not None and stage == 0 and rank > last
            last = rank if rank is not None else last
        elif any(var.match_namespace(key) for var in plan.any_attributes):
            entries.append((name, ANY, key))
            stage = 2
        else:
            entries.append((name, FOREIGN, value))
            canonical = False
    return None if canonical else tuple(entries)


_ROOT_XSI = {"schemaLocation": -3, "noNamespaceSchemaLocation": -2}


def _start_layout(
    layout: Layout, plan: _Plan, el: etree._Element, attributes: dict[str, _Attr], state: _State
) -> None:
    parent = el.getparent()
    root = parent is None
    layout.attrs = _attribute_layout(plan, el, attributes, root)
    if state.namespaces and (root or state.exotic):
        layout.prefix = el.prefix
        decls = own_declarations(el.nsmap, parent.nsmap if parent is not None else {})
        if root:
            xsi = any(str(key).startswith(_XSI) for key in el.keys())
            canonical = [(None, plan.namespace)] + ([("xsi", _XSI[1:-1])] if xsi else [])
            if decls != canonical:
                layout.decls = tuple(decls)
        elif decls:
            layout.decls = tuple(decls)


def _element_layout(
    plan: _Plan,
    el: etree._Element,
    state: _State,
    attributes: dict[str, _Attr],
    children: dict[str, _Child],
    text: _Attr | None,
    obj: Any,
    content: bool,
    paired: bool = False,
) -> Layout | None:
    """The layout of an element with element content or a value (``None``: none needed).

    ``content``: its content is not as lheo writes it; ``paired``: the element is empty
    and written ``<x></x>`` in the source.
    """
    if not content and not state.exotic and el.getparent() is not None:
        return _start_only(plan, el, attributes)
    layout = Layout()
    _start_layout(layout, plan, el, attributes, state)
    if content and text is not None:
        value = getattr(obj, text[0])
        pieces: list[Any] = [el.text or ""]
        for child in el:
            pieces.append(_raw(child, state))
            pieces.append(child.tail or "")
        respelled = value.__class__ is not str and pieces[0] != _token_text(value)
        if len(el) or respelled or paired:
            layout.nodes = tuple(piece for piece in pieces if piece) or ("",)
            layout.value = value
    elif content:
        nodes: list[Any] = [el.text or ""]
        seen: set[str] = set()
        for child in el:
            spec = children.get(child.tag) if isinstance(child.tag, str) else None
            if spec is None or (not spec[1] and spec[0] in seen):
                nodes.append(_raw(child, state))
            else:
                seen.add(spec[0])
                nodes.append(spec[5])
            nodes.append(child.tail or "")
        if paired or not _canonical_content(nodes, state.blanks, state.depth):
            layout.nodes = tuple(nodes)
    if layout.attrs is None and layout.decls is None and layout.prefix is None:
        if layout.nodes is None:
            return None
    return layout


def _start_only(plan: _Plan, el: etree._Element, attributes: dict[str, _Attr]) -> Layout | None:
    """A layout of attribute order alone, shared by the elements of a class written alike.

    Flows write many elements with the same attributes in the same order: their layout is
    one object (layouts are never changed once made), made once per class and order.
    """
    keys: tuple[str, ...] = tuple(el.keys())  # type: ignore[arg-type]
    try:
        return plan.starts[keys]
    except KeyError:
        pass
    layout: Layout | None = Layout()
    assert layout is not None
    layout.attrs = _attribute_layout(plan, el, attributes, False)
    if layout.attrs is None:
        layout = None
    elif any(kind == FOREIGN for _name, kind, _key in layout.attrs):
        return layout  # holds values: not shared
    if len(plan.starts) < 256:
        plan.starts[keys] = layout
    return layout


def _token_text(value: Any) -> str:
    return str(getattr(value, "value", value))


def _canonical_content(nodes: list[Any], blanks: _Blanks, depth: int) -> bool:
    """Whether element content is as lheo writes it: schema order, its white space."""
    if len(nodes) == 1:
        text: str = nodes[0]
        return text == ""
    inner = blanks[depth + 1] or ""
    outer = blanks[depth] or ""
    last = -1
    for i in range(1, len(nodes), 2):
        child = nodes[i]
        if child.__class__ is not int or child < last:
            return False
        last = child
        if nodes[i - 1] != inner:
            return False
    end: str = nodes[-1]
    return end == outer


def _mixed_layout(
    plan: _Plan,
    el: etree._Element,
    state: _State,
    attributes: dict[str, _Attr],
    content: list[Any] | None,
) -> Layout | None:
    """Mixed content, when given, is kept verbatim, with a copy of what it stands for."""
    if content is None and not state.exotic and el.getparent() is not None:
        return _start_only(plan, el, attributes)
    layout = Layout()
    _start_layout(layout, plan, el, attributes, state)
    if content is not None:
        layout.nodes = (raw_content(el, None if state.namespaces else plan.namespace),)
        layout.value = copy.deepcopy(content)
    elif layout.attrs is None and layout.decls is None and layout.prefix is None:
        return None
    return layout


def _document_layout(root_obj: Any, root: etree._Element, state: _State) -> None:
    """Give the root its layout: document-level nodes (DOCTYPE, comments, PIs) included."""
    layout = root_obj._lheo_layout
    if layout is None:
        # Its start tag was not looked at if nothing else was odd: declarations may be.
        meta = _context.context().build(type(root_obj), None)
        layout = Layout()
        _start_layout(layout, _Plan(type(root_obj), meta), root, _attribute_specs(meta), state)
    # The root always has one: it says how the document is indented.
    root_obj._lheo_layout = layout
    layout.indented = state.blanks is _INDENTED
    layout.before = prolog(root)
    layout.after = epilog(root)


# --- slow paths ------------------------------------------------------------------------------


def _line(el: etree._Element) -> int | None:
    line: Any = el.sourceline
    return line if isinstance(line, int) else None


def _local(tag: Any) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[1] if text.startswith("{") else text


def _display(plan: _Plan, tag: Any) -> str:
    text = str(tag)
    if plan.namespace and text.startswith("{" + plan.namespace + "}"):
        return text.split("}", 1)[1]
    return text


def _other_attribute(
    plan: _Plan,
    el: etree._Element,
    key: str,
    value: str,
    params: dict[str, Any],
    state: _State,
) -> None:
    if key == _XSI_TYPE or key == _XSI_NIL:
        raise _Fallback
    for var in plan.any_attributes:
        if var.match_namespace(key):
            bag = params.get(var.name)
            if bag is None:
                bag = params[var.name] = {}
            if ":" in value:
                value = ParserUtils.parse_any_attribute(value, el.nsmap)
            bag[key] = value
            return
    if key.startswith(_XSI):
        return  # allowed anywhere by the schema; kept by layouts
    element = _display(plan, el.tag)
    if state.strict:
        raise BuildError(
            f"unknown attribute {key}={value!r} on <{element}>", _line(el), _local(el.tag)
        )
    what = "kept as written" if state.keep else "dropped"
    state.warnings.append(
        BuildWarning(
            f"unknown attribute {key}={value!r} on <{element}> {what} (not in the objects)",
            _line(el),
            _local(el.tag),
            node=el,
            content=f'{qualified(key, el.nsmap)}="{esc_attr(value)}"',
        )
    )


def _unknown_child(
    plan: _Plan, el: etree._Element, child: etree._Element, state: _State, *, repeated: bool
) -> None:
    if not isinstance(child.tag, str):
        return
    what = "repeated element" if repeated else "unknown element"
    message = f"{what} <{_display(plan, child.tag)}> in <{_display(plan, el.tag)}>"
    if state.strict:
        raise BuildError(message, _line(child), _local(child.tag))
    kept = "kept as written" if state.keep else "dropped"
    state.warnings.append(
        BuildWarning(
            f"{message} {kept} (not in the objects)",
            _line(child),
            _local(child.tag),
            node=child,
            content=_raw(child, state),
        )
    )


def _refused(
    plan: _Plan,
    el: etree._Element,
    spec: _Attr,
    key: str | None,
    value: str,
    state: _State,
) -> str:
    name, _conv, names, _index = spec
    element = _display(plan, el.tag)
    where = f"<{element}>" if key is None else f"attribute {key} of <{element}>"
    message = f"{where}: `{value}` is not a valid `{names}` ({plan.cls.__qualname__}.{name})"
    if state.strict:
        raise BuildError(message, _line(el), _local(el.tag))
    state.warnings.append(BuildWarning(message, _line(el), _local(el.tag)))
    return value


def _incomplete(
    plan: _Plan, el: etree._Element, params: dict[str, Any], state: _State, exc: TypeError
) -> Any:
    if state.strict:
        raise BuildError(
            f"<{_display(plan, el.tag)}> cannot be built: {exc}", _line(el), _local(el.tag)
        ) from exc
    return _context._lenient_class_factory(plan.cls, params)
