"""The one door from lheo into xsdata and xsdata-attrs: every name lheo uses is re-exported here.

lheo's fast reader (:mod:`lheo._builder`) and writer (:mod:`lheo._emitter`) are specialised
from xsdata's binding metadata (``XmlMeta``, ``XmlVar``), reuse its converters and follow its
serializer's ``EventHandler`` to the byte; several of those names are internals, not xsdata's
documented API, and may change in any release. Keeping every import here makes an xsdata
upgrade a review of one file, and ``tests/test_compat.py`` checks no other module of
``lheo`` imports xsdata.

Tested range: xsdata from :data:`XSDATA_LOWEST` (the lower bound of ``pyproject.toml``'s
``xsdata[lxml]>=25.7``, installed exactly by the lowest-versions run of ``.ci/run``) to the
newest release the test extra installs (``xsdata[cli,lxml]>=26.2``, the generator that
reproduces ``generated/``); xsdata-attrs from :data:`XSDATA_ATTRS_LOWEST` (``>=24.5``). A
version outside that range is untested: the byte-for-byte tests of the emitter and the
builder (``tests/test_emitter.py``, ``tests/test_builder.py``) are what tell.
"""

from __future__ import annotations

from xsdata.exceptions import ConverterError, ConverterWarning, ParserError, XmlContextError
from xsdata.formats.converter import (
    Converter,
    EnumConverter,
    QNameConverter,
    StringConverter,
    converter,
)
from xsdata.formats.dataclass.models.elements import XmlMeta, XmlVar
from xsdata.formats.dataclass.parsers.config import ParserConfig
from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler
from xsdata.formats.dataclass.parsers.utils import ParserUtils
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.formats.dataclass.serializers.mixins import EventHandler
from xsdata.formats.dataclass.serializers.writers.lxml import LxmlTreeBuilder
from xsdata.models.datatype import XmlDateTime
from xsdata.models.enums import DataType, Namespace, QNames
from xsdata.utils import collections as xs_collections
from xsdata.utils import namespaces as xsdata_namespaces
from xsdata.utils.dates import monthlen
from xsdata.utils.namespaces import clean_prefixes, generate_prefix, split_qname
from xsdata_attrs.bindings import XmlContext, XmlParser, XmlSerializer

__all__ = [
    "XSDATA_ATTRS_LOWEST",
    "XSDATA_LOWEST",
    "Converter",
    "ConverterError",
    "ConverterWarning",
    "DataType",
    "EnumConverter",
    "EventHandler",
    "LxmlEventHandler",
    "LxmlTreeBuilder",
    "Namespace",
    "ParserConfig",
    "ParserError",
    "ParserUtils",
    "QNameConverter",
    "QNames",
    "SerializerConfig",
    "StringConverter",
    "XmlContext",
    "XmlContextError",
    "XmlDateTime",
    "XmlMeta",
    "XmlParser",
    "XmlSerializer",
    "XmlVar",
    "clean_prefixes",
    "converter",
    "generate_prefix",
    "monthlen",
    "split_qname",
    "xs_collections",
    "xsdata_namespaces",
]

#: The oldest xsdata lheo is tested with (``pyproject.toml``, ``.ci/run``).
XSDATA_LOWEST = "25.7"

#: The oldest xsdata-attrs lheo is tested with (``pyproject.toml``, ``.ci/run``).
XSDATA_ATTRS_LOWEST = "24.5"
