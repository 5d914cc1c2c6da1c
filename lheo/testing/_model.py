"""What a binding class may hold, read once from its metadata.

The common ground of the factories and the Hypothesis strategies.

Everything comes from the generated bindings (xsdata's :class:`~lheo._compat.XmlMeta` through the
shared context, and the ``min_occurs``/``max_occurs``/``min_length``/``max_length``/``length``/
``pattern`` of each field's metadata), the version's code tables (``BY_ELEMENT``) and, for the few
facts the bindings do not carry, the version's XSD: the XSD type of each attribute (``xs:ID``,
``xs:IDREF``, ``xs:anyURI``, ``xs:dateTime``) and the bounds of ``xs:long`` for numbers.
"""

from __future__ import annotations

import enum
import functools
import importlib
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from lheo import _xml
from lheo._compat import XmlDateTime
from lheo._context import context
from lheo.versions import Version

#: The bounds of ``xs:long``, the base of every LHÉO ``nombre`` (the bindings say ``int``).
LONG_MIN = -(2**63)
LONG_MAX = 2**63 - 1

_XS = "{http://www.w3.org/2001/XMLSchema}"

SlotKind = Literal["element", "choice", "wildcard"]


@attrs.frozen
class Facets:
    """The lexical facets of a value (``None``: no bound)."""

    min_length: int = 0
    max_length: int | None = None
    pattern: str | None = None


@attrs.frozen
class Text:
    """The character content of a simple-content element.

    Attributes:
        types: the Python types xsdata binds it to (``str``, ``int``, an ``Enum``…), in order.
        facets: its facets.
        table: the name of its code table (``"dict-niveaux"``), when the element has one.
        codes: the codes the value may take (the enumeration, in the table's order when the
            element has a table); empty when it is not coded.
        required: the binding has no default for it.
    """

    types: tuple[type, ...]
    facets: Facets
    table: str | None
    codes: tuple[Any, ...]
    required: bool


@attrs.frozen
class Attribute:
    """An attribute: its field, XML name and XSD type (``"string"``, ``"ID"``, ``"dateTime"``…)."""

    name: str
    local: str
    xsd_type: str


@attrs.frozen
class Slot:
    """A child element field (or a choice of several, or a wildcard).

    Attributes:
        name: the binding's field name.
        local: the XML local name (``""`` for a choice or a wildcard).
        kind: ``element``, ``choice`` (``extras_or_extra``) or ``wildcard`` (``extra``'s content).
        classes: the classes it holds (one for an element, each alternative for a choice).
        alternative_max: for a choice, each alternative's ``max_occurs`` (``None``: not given).
        many: the field is a list.
        min_occurs: at least that many (0 or 1 for a single field).
        max_occurs: at most that many (``None``: unbounded).
    """

    name: str
    local: str
    kind: SlotKind
    classes: tuple[type, ...]
    alternative_max: tuple[int | None, ...]
    many: bool
    min_occurs: int
    max_occurs: int | None


@attrs.frozen
class Shape:
    """Everything a binding class may hold, in schema order."""

    cls: type
    local: str
    text: Text | None
    attributes: tuple[Attribute, ...]
    slots: tuple[Slot, ...]
    mixed: bool


def _facets(metadata: Mapping[str, Any]) -> Facets:
    length = metadata.get("length")
    low = metadata.get("min_length", length if length is not None else 0)
    high = metadata.get("max_length", length)
    return Facets(min_length=int(low), max_length=None if high is None else int(high),
                  pattern=metadata.get("pattern"))  # fmt: skip


@functools.cache
def attribute_types(version: Version) -> Mapping[str, str]:
    """XSD type (local name, ``"ID"``) of every attribute the version's XSD declares by name."""
    xsd = _xml.parse_file(version.schema_path).getroot()
    found: dict[str, str] = {}
    for decl in xsd.iter(f"{_XS}attribute"):
        name = decl.get("name")
        if name is not None:
            found[name] = (decl.get("type") or "xs:string").rsplit(":", 1)[-1]
    return found


def _tables(version: Version) -> Mapping[str, Any]:
    return importlib.import_module(version.tables_module).BY_ELEMENT  # type: ignore[no-any-return]


def _codes(types: tuple[type, ...], table: Any) -> tuple[Any, ...]:
    enums = [t for t in types if isinstance(t, type) and issubclass(t, enum.Enum)]
    if not enums:
        return ()
    members = list(enums[0])
    if table is None:
        return tuple(members)
    # The table's order (the official one), restricted to what the schema accepts.
    by_value = {member.value: member for member in members}
    ordered = [by_value[code] for code in table if code in by_value]
    rest = [member for member in members if member not in ordered]
    return tuple(ordered + rest)


@functools.cache
def shape(cls: type) -> Shape:
    """The :class:`Shape` of a binding class (cached)."""
    version = version_of(cls)
    meta = context().build(cls)
    fields = attrs.fields_dict(cls)
    types = attribute_types(version)
    text = None
    if meta.text is not None:
        var = meta.text
        field = fields[var.name]
        table = _tables(version).get(meta.qname.rsplit("}", 1)[-1])
        text = Text(
            types=tuple(var.types),
            facets=_facets(field.metadata),
            table=None if table is None else table.name,
            codes=_codes(tuple(var.types), table),
            required=field.default is attrs.NOTHING,
        )
    attributes = tuple(
        Attribute(var.name, var.local_name, types.get(var.local_name, "string"))
        for var in meta.attributes.values()
    )
    slots: list[Slot] = []
    for var in meta.get_element_vars():
        md = fields[var.name].metadata
        many = bool(var.list_element)
        # A field without default is required whatever xsdata's version says of it (older
        # xsdata contexts do not mark keyword-only fields required).
        required = var.required or fields[var.name].default is attrs.NOTHING
        low = int(md.get("min_occurs", 1 if required else 0))
        high = md.get("max_occurs", None if many else 1)
        if var.is_wildcard:
            slots.append(Slot(var.name, "", "wildcard", (), (), True, 0, None))
        elif var.is_elements:
            choices = md.get("choices", ())
            alternatives = tuple(var.elements.values())
            maxima = tuple(
                next((c.get("max_occurs") for c in choices if c.get("name") == alt.local_name),
                     None)
                for alt in alternatives
            )  # fmt: skip
            classes = tuple(alt.clazz for alt in alternatives if alt.clazz is not None)
            slots.append(Slot(var.name, "", "choice", classes, maxima, many, low, high))
        elif var.clazz is not None:
            slots.append(Slot(var.name, var.local_name, "element", (var.clazz,), (), many,
                              low, high))  # fmt: skip
    return Shape(
        cls=cls,
        local=meta.qname.rsplit("}", 1)[-1],
        text=text,
        attributes=attributes,
        slots=tuple(slots),
        mixed=bool(meta.mixed_content),
    )


def version_of(cls: type) -> Version:
    """The version of a generated binding class (by its module)."""
    module = cls.__module__
    for version in Version:
        if module.startswith(f"lheo_bindings.{version.module_name}"):
            return version
    raise TypeError(f"{cls.__name__} is not a generated LHÉO binding class")


def is_datetime(value_type: type) -> bool:
    """Whether a bound type is ``xs:dateTime``."""
    return isinstance(value_type, type) and issubclass(value_type, XmlDateTime)
