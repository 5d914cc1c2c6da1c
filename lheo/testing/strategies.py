r"""Hypothesis strategies generating schema-valid LHÉO documents and parts of each version.

Needs Hypothesis (``pip install 'lheo[testing]'``)::

    from hypothesis import given
    from lheo.testing import strategies as lst

    @given(lst.flows(version="2.3"))
    def test_my_export_reads_any_flow(doc):      # doc: a valid lheo.Document
        my_export(lheo.write(doc))

Everything is derived from the bindings' metadata (which children are required, how many
may repeat, the choices, the text's facets: lengths and patterns) and the version's code
tables (coded elements take the codes the schema accepts, in the table's order), so that
every generated document is valid against the version's XSD. Two things are left out on
purpose: the ``id``/``idref`` attributes (``xs:ID`` values must be unique and ``xs:IDREF``
ones must name one of them, a constraint across the whole document) and the foreign
attributes and elements an ``extra`` may hold (its content is text).

Texts are drawn from every character XML 1.0 allows except the controls (``\t`` and ``\n``
aside, in element text only) and ``\r``, which an XML parser reads back as ``\n``.

Added in 0.2.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "lheo.testing.strategies needs Hypothesis: pip install 'lheo[testing]'"
    ) from exc

from lheo._compat import XmlDateTime
from lheo._document import Document
from lheo.testing._model import LONG_MAX, LONG_MIN, Attribute, Shape, Slot, Text, shape
from lheo.versions import Version

__all__ = ["DEPTH", "flows", "formations", "instances"]

#: How deep optional content goes by default (levels of elements below the one generated):
#: below it, only what the schema requires is generated.
DEPTH = 4

#: At most that many of a repeated element, unless the schema requires more.
MAX_REPEAT = 2

#: At most that many characters of a text, unless the schema requires more.
MAX_TEXT = 12

#: The attributes left out (see the module's docstring).
_SKIPPED_TYPES = frozenset({"ID", "IDREF", "IDREFS"})


def _chars(element_text: bool) -> st.SearchStrategy[str]:
    return st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc", "Cn", "Co"),
        include_characters="\t\n" if element_text else None,
    )


def _text(low: int, high: int | None, element_text: bool = True) -> st.SearchStrategy[str]:
    top = max(low, MAX_TEXT if high is None else min(high, MAX_TEXT))
    return st.text(_chars(element_text), min_size=low, max_size=top)


def _datetimes() -> st.SearchStrategy[XmlDateTime]:
    zones: Any = st.sampled_from([None, dt.timezone.utc, dt.timezone(dt.timedelta(hours=2))])
    return st.datetimes(
        min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2099, 12, 31), timezones=zones
    ).map(lambda value: XmlDateTime.from_datetime(value.replace(microsecond=0)))


def _value(text: Text) -> st.SearchStrategy[Any]:
    if text.codes:
        return st.sampled_from(text.codes)
    value_type = text.types[0]
    if value_type is int:
        return st.integers(LONG_MIN, LONG_MAX)
    if isinstance(value_type, type) and issubclass(value_type, XmlDateTime):
        return _datetimes()
    facets = text.facets
    if facets.pattern is not None:
        high = facets.max_length
        return st.from_regex(facets.pattern, fullmatch=True).filter(
            lambda value: facets.min_length <= len(value) <= (high or len(value))
        )
    return _text(facets.min_length, facets.max_length)


_URIS = st.from_regex(r"(https://example\.org|content://onisep)/[a-z0-9]{1,12}", fullmatch=True)


def _attribute(attribute: Attribute) -> st.SearchStrategy[Any] | None:
    kind = attribute.xsd_type
    if kind in _SKIPPED_TYPES:
        return None
    if kind == "dateTime":
        return _datetimes()
    if kind == "anyURI":
        return _URIS
    return _text(0, None, element_text=False)


def _repeat(slot: Slot, depth: int, high: int | None) -> tuple[int, int]:
    low = slot.min_occurs
    if depth <= 0:
        return low, low
    top = MAX_REPEAT if high is None else min(high, MAX_REPEAT)
    return low, max(low, top)


def _choice(slot: Slot, depth: int) -> st.SearchStrategy[list[Any]]:
    # One group per alternative, in declaration order (a choice's alternatives may have to
    # come in that order, as 1.3.0's ligne… adresse ligne…); an alternative without its own
    # bound comes at most once.
    groups = []
    for cls, bound in zip(slot.classes, slot.alternative_max, strict=True):
        top = 0 if depth <= 0 else min(MAX_REPEAT if bound is not None else 1, bound or 1)
        groups.append(st.lists(instances(cls, depth=depth - 1), max_size=top))
    total = slot.max_occurs

    def join(parts: tuple[list[Any], ...]) -> list[Any]:
        joined = [item for part in parts for item in part]
        return joined if total is None else joined[:total]

    combined = st.tuples(*groups).map(join)
    if slot.min_occurs:
        combined = combined.filter(lambda items: len(items) >= slot.min_occurs)
    return combined


def _slot(slot: Slot, depth: int) -> st.SearchStrategy[Any] | None:
    if slot.kind == "wildcard":  # extra's mixed content: its text
        if depth <= 0:
            return None
        return st.lists(_text(1, None), max_size=1)
    if slot.kind == "choice":
        return _choice(slot, depth) if depth > 0 or slot.min_occurs else None
    child = instances(slot.classes[0], depth=depth - 1)
    if slot.many:
        # Extension blocks may be anywhere: one at most keeps documents small.
        bound = 1 if slot.local == "extras" else slot.max_occurs
        low, high = _repeat(slot, depth, bound)
        if high == 0:
            return None
        return st.lists(child, min_size=low, max_size=high)
    if slot.min_occurs:
        return child
    return None if depth <= 0 else child


_MADE: dict[tuple[type, int], st.SearchStrategy[Any]] = {}


def instances(cls: type, *, depth: int = DEPTH) -> st.SearchStrategy[Any]:
    """Valid instances of any binding class (``lheo.v2_3.Session``…).

    Args:
        cls: a generated binding class of any version.
        depth: how many levels of optional content below ``cls``; deeper, only the
            required content is generated.

    Returns:
        A strategy of ``cls`` objects whose XML is valid against the version's XSD.

    Added in 0.2.
    """
    key = (cls, depth)
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = _instances(cls, depth)
    return made


def _instances(cls: type, depth: int) -> st.SearchStrategy[Any]:
    info: Shape = shape(cls)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    if info.text is not None:
        required["value"] = _value(info.text)
    attributes = _attributes(info) if depth > 0 else st.just({})
    for slot in info.slots:
        strategy = _slot(slot, depth)
        if strategy is None:
            continue
        if slot.min_occurs or slot.many:
            required[slot.name] = strategy
        else:
            optional[slot.name] = strategy
    return st.tuples(st.fixed_dictionaries(required, optional=optional), attributes).map(
        lambda parts: cls(**parts[0], **parts[1])
    )


def _attributes(info: Shape) -> st.SearchStrategy[dict[str, Any]]:
    # At most one attribute per element: enough to cover each of them over a run, while a
    # draw for each of the ten common attributes of every element would make documents too
    # large for Hypothesis to explore.
    single = [
        st.fixed_dictionaries({attribute.name: strategy})
        for attribute in info.attributes
        if (strategy := _attribute(attribute)) is not None
    ]
    if not single:
        return st.just({})
    return st.one_of(st.just({}), st.one_of(single))


def formations(version: str | Version = "2.3", *, depth: int = DEPTH) -> st.SearchStrategy[Any]:
    """Valid formations (``offre-formation`` in 1.3.0) of ``version``, as binding objects.

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        depth: how many levels of optional content (see :func:`instances`).

    Added in 0.2.
    """
    found = Version.parse(version)
    return instances(found.element_class(found.item), depth=depth)


def flows(
    version: str | Version = "2.3",
    *,
    min_formations: int = 1,
    max_formations: int = 2,
    depth: int = DEPTH,
) -> st.SearchStrategy[Document]:
    """Valid ``lheo`` flows of ``version``, as :class:`lheo.Document` objects.

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        min_formations: at least that many formations.
        max_formations: at most that many.
        depth: how many levels of optional content below each formation (see
            :func:`instances`); the root and ``offres`` get their optional content too.

    Added in 0.2.
    """
    found = Version.parse(version)
    root_cls: type = found.element_class("lheo")
    offres_cls: type = found.element_class("offres")
    item = next(slot for slot in shape(offres_cls).slots if slot.local == found.item)

    def document(parts: tuple[Any, list[Any], Any]) -> Document:
        root, items, offres = parts
        setattr(offres, item.name, items)
        root.offres = offres
        return Document(version=found, kind="lheo", root=root, source="<hypothesis>")

    return st.tuples(
        instances(root_cls, depth=1),
        st.lists(formations(found, depth=depth), min_size=min_formations,
                 max_size=max_formations),
        instances(offres_cls, depth=1),
    ).map(document)  # fmt: skip
