"""One cached xsdata context, parser and serializer configuration per process.

xsdata's documentation asks to reuse the context: building binding metadata is the costly part.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import sys
import threading
from collections import defaultdict
from typing import Any

from lheo._compat import (
    Converter,
    ConverterError,
    LxmlEventHandler,
    ParserConfig,
    XmlContext,
    XmlDateTime,
    XmlParser,
    XmlSerializer,
    converter,
)
from lheo._construct import unchecked


class LexicalInt(int):
    """An ``int`` read from XML that remembers how it was written (``0120`` stays ``0120``).

    It behaves as the number everywhere; only ``str()`` (used by the writer) gives back the
    source text, so a round-trip never rewrites a value the author wrote differently.
    """

    lexical: str

    def __new__(cls, value: int, lexical: str) -> LexicalInt:
        obj = super().__new__(cls, value)
        obj.lexical = lexical
        return obj

    def __str__(self) -> str:
        return self.lexical

    def __reduce__(self) -> tuple[Any, ...]:
        return (LexicalInt, (int(self), self.lexical))


class _LexicalIntConverter(Converter):
    # xsdata's int converter normalises "0120" to 120, which the writer would output as
    # "120": faithful round-trips need the source text. Python's int() also accepts "1_000",
    # which xs:long does not.
    def deserialize(self, value: Any, **kwargs: Any) -> int:
        if isinstance(value, str) and "_" in value:
            raise ConverterError(f"invalid integer {value!r}")
        try:
            number = int(value)
        except (ValueError, TypeError) as exc:
            raise ConverterError(exc) from exc
        if isinstance(value, str) and value != str(number):
            return LexicalInt(number, value)
        return number

    def serialize(self, value: Any, **kwargs: Any) -> str:
        return str(value)


converter.register_converter(int, _LexicalIntConverter())


class LexicalDateTime(XmlDateTime):
    """An ``xs:dateTime`` that remembers how it was written (``…12.000Z`` keeps its zeros).

    xsdata normalises fractional seconds (``08:00:12.000Z`` becomes ``08:00:12Z``); this
    subclass keeps the source text for ``str()``, which the writer uses.
    """

    lexical: str

    def __str__(self) -> str:
        return self.lexical

    def __reduce__(self) -> tuple[Any, ...]:
        return (_lexical_datetime, (self.lexical,))


def _lexical_datetime(value: str) -> XmlDateTime:
    parsed = XmlDateTime.from_string(value)
    if str(parsed) == value:
        return parsed
    obj = tuple.__new__(LexicalDateTime, parsed)
    obj.lexical = value
    return obj


class _LexicalDateTimeConverter(Converter):
    def deserialize(self, value: Any, **kwargs: Any) -> XmlDateTime:
        try:
            return _lexical_datetime(value)
        except (ValueError, TypeError) as exc:
            raise ConverterError(exc) from exc

    def serialize(self, value: Any, **kwargs: Any) -> str:
        return str(value)


converter.register_converter(XmlDateTime, _LexicalDateTimeConverter())


class _SharedContext(XmlContext):
    """xsdata's context, with an ``xsi:type`` index that several threads can read at once.

    xsdata rebuilds that index (``find_type``: the class of a qualified name) whenever modules
    were imported since its last look, by emptying it then filling it in place: meanwhile, a
    thread looking a name up finds nothing (hundreds of thousands of misses in a second with
    a few threads while modules load). Here the new index is built aside, one build at a time,
    and put in place whole.
    """

    def __init__(self) -> None:
        super().__init__()
        self._xsi_lock = threading.Lock()

    def is_binding_model(self, clazz: type[Any]) -> bool:  # noqa: D102 - xsdata's method
        # xsdata before 26.10 also indexes classes whose module was taken out of sys.modules,
        # then fails on them (KeyError in build_class_meta): skip those, as 26.10 does.
        module = getattr(clazz, "__module__", None)
        return isinstance(module, str) and module in sys.modules and super().is_binding_model(clazz)

    def build_xsi_cache(self) -> None:  # noqa: D102 - xsdata's method, same contract
        if len(sys.modules) == self.sys_modules:
            return
        with self._xsi_lock:
            if len(sys.modules) == self.sys_modules:
                return
            scratch = copy.copy(self)
            scratch.xsi_cache = defaultdict(list)
            XmlContext.build_xsi_cache(scratch)
            self.xsi_cache = scratch.xsi_cache
            self.sys_modules = scratch.sys_modules


# Made at import, under the import lock: two threads making it at once would each bind with
# their own metadata. Making it builds no metadata (that happens class by class, on use).
_CONTEXT = _SharedContext()


def context() -> XmlContext:
    """The process-wide xsdata context for the attrs bindings."""
    return _CONTEXT


def _lenient_class_factory(cls: type[Any], params: dict[str, Any]) -> Any:
    # An empty element whose type requires text (e.g. `<certifiante/>`) has no `value`
    # to pass: a lenient read keeps it as the empty text it was, instead of failing.
    new = unchecked(cls)
    try:
        return new(**params)
    except TypeError:
        import attrs

        if not attrs.has(cls):
            raise
        for field in attrs.fields(cls):
            if field.default is attrs.NOTHING and field.name not in params:
                params[field.name] = "" if field.name == "value" else None
        return new(**params)


def _class_factory(cls: type[Any], params: dict[str, Any]) -> Any:
    # Read values are typed already: the constructors' converters and checks are skipped.
    return unchecked(cls)(**params)


@functools.cache
def parser(strict: bool) -> XmlParser:
    """A parser over lxml trees; strict mode fails on anything it would otherwise drop."""
    # xsdata defaults fail_on_unknown_attributes to False, which drops unknown attributes
    # without a word; strict reading must refuse them instead (style.md, item 7).
    # It is only ever given lxml trees that lheo's hardened parser made (no DTD, no entities):
    # xsdata's own DTD and entity options, which apply when it parses a source itself, are set
    # off all the same where this xsdata version has them (26.2 has no resolve_entities).
    known = {f.name for f in dataclasses.fields(ParserConfig)}
    hardened = {k: False for k in ("load_dtd", "resolve_entities") if k in known}
    config = ParserConfig(
        fail_on_unknown_properties=strict,
        fail_on_unknown_attributes=strict,
        fail_on_converter_warnings=strict,
        **hardened,  # type: ignore[arg-type]
    )
    config.class_factory = _class_factory if strict else _lenient_class_factory
    return XmlParser(config=config, context=context(), handler=LxmlEventHandler)


def serializer(config_kwargs: dict[str, Any]) -> XmlSerializer:
    """A serializer sharing the cached context."""
    from lheo._compat import SerializerConfig

    return XmlSerializer(config=SerializerConfig(**config_kwargs), context=context())
