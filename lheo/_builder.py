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

import functools
import gc
import re
import threading
import warnings as _warnings
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, EnumMeta
from typing import Any, NoReturn, Union

import attrs
from lxml import etree
from xsdata.exceptions import ConverterError, ConverterWarning, ParserError, XmlContextError
from xsdata.formats.converter import EnumConverter, QNameConverter, StringConverter, converter
from xsdata.formats.dataclass.models.elements import XmlMeta, XmlVar
from xsdata.formats.dataclass.parsers.utils import ParserUtils
from xsdata.models.datatype import XmlDateTime
from xsdata.utils.dates import monthlen

from lheo import _context
from lheo._context import LexicalDateTime

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
    """A value kept as raw text by a lenient build, because its converter refused it.

    Attributes:
        message: what was kept, where, and the type it should have had.
        line: source line of the element concerned, when known.
        element: local name of the element concerned, when known.
    """

    message: str
    line: int | None = None
    element: str | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


class _Fallback(Exception):
    # Raised when the document uses something the builder leaves to xsdata.
    pass


_Build = Callable[[etree._Element, "_State"], Any]
# A converter takes the raw text and raises ConverterError when it refuses it; None = keep str.
_Conv = Union[Callable[[str], Any], None]  # noqa: UP007 - a runtime alias, Python 3.10 too
# A child element: field name, is a list, its builder, and for a leaf, its inline constructor
# and converter.
_Child = tuple[str, bool, _Build, Union[Callable[[Any], Any], None], _Conv]  # noqa: UP007

# lxml-stubs type attribute names and values as str | bytes: they are str for a parsed tree.
_items: Callable[[etree._Element], list[tuple[str, str]]] = etree._Element.items  # type: ignore[assignment]


class _State:
    """What one call of :func:`build` carries down the tree."""

    __slots__ = ("strict", "types", "warnings")

    def __init__(self, strict: bool) -> None:
        self.strict = strict
        self.warnings: list[BuildWarning] = []
        self.types: dict[str, type | None] = {}

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
) -> Any:
    """Bind an element into ``cls``, exactly as ``lheo._context.parser(strict)`` would.

    The element is not modified, except in the rare cases left to xsdata (``xsi:type`` or
    ``xsi:nil`` on a bound element, nesting deeper than the recursion limit), where xsdata's
    parser consumes it as it always did.

    Args:
        element: the root of what to bind (an element or a whole tree), parsed safely,
            without comments or processing instructions, namespaces normalised.
        cls: the generated class of that element, e.g. ``lheo_bindings.v2_3.Lheo``.
        strict: when true, an unknown element or attribute (``xsi:*`` attributes excepted),
            a value its type refuses, or a missing required element raises
            :class:`BuildError`; when false they are skipped (unknown), kept as text
            (refused values, each adding a :class:`BuildWarning`), or filled with ``""`` or
            ``None`` (missing), like xsdata's lenient reading.
        warnings: when given, the lenient warnings are appended to it, in document order of
            the end of their element, like xsdata's ``ConverterWarning``.

    Returns:
        The instance of ``cls``.

    Raises:
        BuildError: in strict mode, anything the bindings cannot hold, with its line; in any
            mode, a root that cannot be bound at all.
    """
    if isinstance(element, etree._ElementTree):
        element = element.getroot()
    state = _State(strict)
    paused = gc.isenabled()
    if paused:
        # Allocating a million objects triggers the cyclic collector again and again for
        # nothing: the graph is a tree, freed by reference counting.
        gc.disable()
    try:
        try:
            result = _builder(cls, None)(element, state)
        except (_Fallback, RecursionError):
            # The builder recurses once per level; xsdata's parser does not, and LHÉO allows
            # extras nested as deep as the parser accepts (2048 levels).
            state.warnings.clear()
            result = _xsdata_build(element, cls, strict, state.warnings)
    finally:
        if paused:
            gc.enable()
    if warnings is not None:
        warnings.extend(state.warnings)
    return result


def _xsdata_build(element: etree._Element, cls: type, strict: bool, out: list[BuildWarning]) -> Any:
    with _warnings.catch_warnings(record=True) as caught:
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


def _builder(cls: type, parent_ns: str | None) -> _Build:
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    with _LOCK:
        found = _BUILDERS.get(cls)
        if found is not None:
            return found
        return _compile(cls, parent_ns)


class _Plan:
    """The compiled description of one class, used by the slow paths (errors, extras)."""

    __slots__ = ("any_attributes", "cls", "meta", "namespace")

    def __init__(self, cls: type, meta: XmlMeta) -> None:
        self.cls = cls
        self.meta = meta
        self.namespace = meta.namespace
        self.any_attributes: list[XmlVar] = list(meta.any_attributes)


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
            _BUILDERS[cls] = result
            return result
        child_vars = _child_vars(meta)
        children: dict[str, _Child] = {}
        if not child_vars and text is not None and text[0] == "value":
            result = _leaf_builder(plan, attributes, text)
            _BUILDERS[cls] = result
            return result
        result = _element_builder(plan, attributes, children, text)
    except _Unsupported:
        result = _unsupported
        _BUILDERS[cls] = result
        return result
    # Registered before its children are compiled: the class graph has cycles (extras).
    _BUILDERS[cls] = result
    for qname, var in child_vars:
        assert var.clazz is not None
        sub = _builder(var.clazz, meta.namespace)
        make, conv = _LEAVES.get(var.clazz, (None, None))
        children[qname] = (var.name, var.list_element, sub, make, conv)
    return result


class _Unsupported(Exception):
    pass


def _unsupported(element: etree._Element, state: _State) -> NoReturn:
    raise _Fallback


def _check_var(var: XmlVar) -> None:
    if not var.init or var.tokens or var.wrapper is not None or var.is_clazz_union:
        raise _Unsupported(var.name)


def _attribute_specs(meta: XmlMeta) -> dict[str, tuple[str, _Conv, str]]:
    specs: dict[str, tuple[str, _Conv, str]] = {}
    for qname, var in meta.attributes.items():
        _check_var(var)
        specs[qname] = (var.name, _converter(var), _type_names(var))
    for var in meta.any_attributes:
        _check_var(var)
    return specs


def _text_spec(meta: XmlMeta) -> tuple[str, _Conv, str] | None:
    var = meta.text
    if var is None:
        return None
    _check_var(var)
    return (var.name, _converter(var), _type_names(var))


def _child_vars(meta: XmlMeta) -> list[tuple[str, XmlVar]]:
    found: list[tuple[str, XmlVar]] = []
    for qname, candidates in meta.elements.items():
        if len(candidates) != 1:
            # Several fields for one element name: xsdata fills them in turn; not in LHÉO.
            raise _Unsupported(qname)
        found.append((qname, candidates[0]))
    for choice in meta.choices:
        _check_var(choice)
        if choice.wildcards:
            raise _Unsupported(choice.name)
        found.extend(choice.elements.items())
    names = [qname for qname, _var in found]
    if len(set(names)) != len(names):
        raise _Unsupported(meta.qname)
    for _qname, var in found:
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
            except ConverterError:
                continue
        raise ConverterError(value)

    return convert


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
        return deserialize(value, data_type=tp)

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
    attributes: dict[str, tuple[str, _Conv, str]],
    children: dict[str, _Child],
    text: tuple[str, _Conv, str] | None,
) -> _Build:
    cls = plan.cls
    attribute_get = attributes.get
    child_get = children.get
    text_name = text[0] if text is not None else None
    text_conv = text[1] if text is not None else None

    def build_element(el: etree._Element, state: _State) -> Any:
        params: dict[str, Any] = {}
        # Children first: xsdata binds them (and warns about them) before their parent.
        for child in el:
            spec = child_get(child.tag)
            if spec is None:
                _unknown_child(plan, el, child, state, repeated=False)
                continue
            name, many, sub, make, conv = spec
            if not many and name in params:
                _unknown_child(plan, el, child, state, repeated=True)
                continue
            if make is not None and not len(child) and not _items(child):
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
        for key, value in _items(el):
            attribute = attribute_get(key)
            if attribute is None:
                _other_attribute(plan, el, key, value, params, state)
                continue
            name, conv, _names = attribute
            if conv is None:
                params[name] = value
            else:
                try:
                    params[name] = conv(value)
                except ConverterError:
                    params[name] = _refused(plan, el, attribute, key, value, state)
        if text_name is not None:
            value = el.text
            if value is not None:
                if text_conv is None:
                    params[text_name] = value
                else:
                    try:
                        params[text_name] = text_conv(value)
                    except ConverterError:
                        assert text is not None
                        params[text_name] = _refused(plan, el, text, None, value, state)
        try:
            return cls(**params)
        except TypeError as exc:
            return _incomplete(plan, el, params, state, exc)

    return build_element


def _leaf_builder(
    plan: _Plan, attributes: dict[str, tuple[str, _Conv, str]], text: tuple[str, _Conv, str]
) -> _Build:
    # Most elements hold a value and no attribute: they are built with no dict at all.
    cls = plan.cls
    general = _element_builder(plan, attributes, {}, text)
    conv = text[1]
    make = _value_constructor(cls)
    if not isinstance(make, functools.partial):
        # Generated: it cannot fail, so a parent may call it directly.
        _LEAVES[cls] = (make, conv)

    def build_leaf(el: etree._Element, state: _State) -> Any:
        if len(el) or _items(el):
            return general(el, state)
        value = el.text
        try:
            if value is None:
                return cls()
            if conv is not None:
                try:
                    value = conv(value)
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
    fallback: Callable[[Any], Any] = functools.partial(_call_with_value, cls)
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
        if not field.init or field.validator is not None or field.converter is not None:
            return fallback
        if not field.name.isidentifier() or field.alias != field.name:
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


def _call_with_value(cls: type, value: Any) -> Any:
    return cls(value=value)


def _mixed_builder(plan: _Plan, attributes: dict[str, tuple[str, _Conv, str]]) -> _Build:
    meta = plan.meta
    if meta.elements or meta.choices or meta.text or len(meta.wildcards) != 1:
        raise _Unsupported(plan.cls.__name__)
    wildcard = meta.wildcards[0]
    _check_var(wildcard)
    if not wildcard.mixed or not wildcard.list_element or wildcard.elements:
        # xsdata nests non-mixed wildcard content differently (bind_wild_var): not in LHÉO.
        raise _Unsupported(wildcard.name)
    cls = plan.cls
    content_name = wildcard.name
    match_namespace = wildcard.match_namespace
    typed = wildcard.process_contents != "skip"
    namespace = meta.namespace
    attribute_get = attributes.get
    any_element = _context.context().class_type.any_element

    def build_mixed(el: etree._Element, state: _State) -> Any:
        content: list[Any] = []
        value = el.text
        if value is not None and value.strip():
            content.append(value)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if not match_namespace(tag):
                _unknown_child(plan, el, child, state, repeated=False)
                continue
            if child.get(_XSI_TYPE) is not None or child.get(_XSI_NIL) is not None:
                raise _Fallback
            clazz = state.find_type(tag) if typed else None
            if clazz is None:
                content.append(_any_element(child, any_element))
                continue
            content.append(_builder(clazz, namespace)(child, state))
            # A typed child leaves its tail to the mixed parent, as a text item of its own.
            tail = child.tail
            if tail is not None and tail.strip():
                content.append(tail)
        params: dict[str, Any] = {content_name: content}
        for key, value in _items(el):
            attribute = attribute_get(key)
            if attribute is None:
                _other_attribute(plan, el, key, value, params, state)
                continue
            name, conv, _names = attribute
            if conv is None:
                params[name] = value
            else:
                try:
                    params[name] = conv(value)
                except ConverterError:
                    params[name] = _refused(plan, el, attribute, key, value, state)
        try:
            return cls(**params)
        except TypeError as exc:
            return _incomplete(plan, el, params, state, exc)

    return build_mixed


def _any_element(el: etree._Element, factory: Any) -> Any:
    # xsdata's WildcardNode: foreign content as generic elements, all the way down.
    children = [_any_element(child, factory) for child in el if isinstance(child.tag, str)]
    text = el.text
    if children and text is not None and not text.strip():
        text = None
    if text is None:
        text = ""
    tail = el.tail
    if tail is not None and not tail.strip():
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
    if state.strict and not key.startswith(_XSI):
        element = _display(plan, el.tag)
        raise BuildError(
            f"unknown attribute {key}={value!r} on <{element}>", _line(el), _local(el.tag)
        )


def _unknown_child(
    plan: _Plan, el: etree._Element, child: etree._Element, state: _State, *, repeated: bool
) -> None:
    if not state.strict or not isinstance(child.tag, str):
        return
    what = "repeated element" if repeated else "unknown element"
    raise BuildError(
        f"{what} <{_display(plan, child.tag)}> in <{_display(plan, el.tag)}>",
        _line(child),
        _local(child.tag),
    )


def _refused(
    plan: _Plan,
    el: etree._Element,
    spec: tuple[str, _Conv, str],
    key: str | None,
    value: str,
    state: _State,
) -> str:
    name, _conv, names = spec
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
