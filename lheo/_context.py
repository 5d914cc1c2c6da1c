"""One cached xsdata context, parser and serializer configuration per process.

xsdata's documentation asks to reuse the context: building binding metadata is the costly part.
"""

from __future__ import annotations

import functools

from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler
from xsdata_attrs.bindings import XmlContext, XmlParser, XmlSerializer


@functools.cache
def context() -> XmlContext:
    """The process-wide xsdata context for the attrs bindings."""
    return XmlContext()


@functools.cache
def parser(strict: bool) -> XmlParser:
    """A parser over lxml trees; strict mode fails on anything it would otherwise drop."""
    # xsdata defaults fail_on_unknown_attributes to False, which drops unknown attributes
    # without a word; strict reading must refuse them instead (style.md, item 7).
    config = ParserConfig(
        fail_on_unknown_properties=strict,
        fail_on_unknown_attributes=strict,
        fail_on_converter_warnings=strict,
        load_dtd=False,
        resolve_entities=False,
    )
    return XmlParser(config=config, context=context(), handler=LxmlEventHandler)


def serializer(config_kwargs: dict[str, object]) -> XmlSerializer:
    """A serializer sharing the cached context."""
    from xsdata.formats.dataclass.serializers.config import SerializerConfig

    return XmlSerializer(config=SerializerConfig(**config_kwargs), context=context())
