"""Counts of what a flow holds, for ``lheo info``: one pass in constant memory.

An element is counted only where the version's schema puts it: every step of its path from
the root must be a parent/child pair that the XSD allows (:func:`lheo.versions.children`), in
the document's namespace. A ``formation`` directly under the root, or inside an ``extra``, is
not a formation of the flow (reading does not bind it as one), so it is not counted.

The pass is the streaming engine's (:mod:`lheo._engine`) with one handler,
:class:`FlowCounter`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs
from lxml import etree

from lheo._engine import Engine, Handler, Item, Walk
from lheo._source import Input
from lheo._xml import Source
from lheo.versions import Version, children

_EXTRAS = ("extras", "extra")


@attrs.define
class Layout:
    """What a streamed copy needs to know before the first item: see :func:`scan`.

    Attributes:
        containers: the item containers present (``offres``, ``resumes-offres``…), in
            document order, with their attributes as written.
        extras: the ``extras`` of the containers and of the root, in document order, as
            ``(place, xml)``: ``place`` is the container's local name or ``"root"``, ``xml``
            the element serialised on its own (namespace declarations included).
    """

    containers: dict[str, dict[str, str]] = attrs.field(factory=dict)
    extras: list[tuple[str, bytes]] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class FlowInfo:
    """What a flow holds.

    Attributes:
        source: display name.
        version: LHÉO version.
        kind: root element local name.
        counts: number of formations, actions, sessions, organismes… where the schema puts
            them (zero counts omitted).
        extras: number of ``extras``/``extra`` elements per ``info`` value (nested ``extra``
            included).
        size: size in bytes.
    """

    source: str
    version: str
    kind: str
    counts: dict[str, int]
    extras: dict[str, int]
    size: int

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (for JSON output)."""
        return attrs.asdict(self)

    def __str__(self) -> str:
        lines = [
            f"file:     {self.source}",
            f"version:  LHÉO {self.version}",
            f"kind:     {self.kind}",
            f"size:     {self.size:,} bytes",
        ]
        lines += [f"{name + ':':<22}{count:>8}" for name, count in self.counts.items()]
        if self.extras:
            lines.append("extras by info:")
            lines += [f"  {info:<36}{count:>8}" for info, count in self.extras.items()]
        return "\n".join(lines)


class FlowCounter(Handler):
    """The engine handler of ``lheo info``: counts elements where the schema puts them.

    Items (and ``extras``, taken one at a time) are counted as a whole when the engine
    hands them over; the elements around them as they open. An element is *placed* when
    every step of its path from the root is a pair :func:`lheo.versions.children` allows, in
    the document's namespace.

    Args:
        engine: the engine of the pass (``contained_only=True``, ``chunks=("extras",)``,
            ``rename=False``: see :func:`scan`).
        layout: also keep what a streamed copy needs (:class:`Layout`).

    Attributes:
        by_local: placed elements counted, by local name.
        extras: ``extras``/``extra`` elements counted, by ``info`` value.
        layout: the :class:`Layout`, with ``layout``.
    """

    def __init__(self, engine: Engine, *, layout: bool = False) -> None:
        self.engine = engine
        self.by_local: Counter[str] = Counter()
        self.extras: Counter[str] = Counter()
        self.layout = Layout() if layout else None
        # Per open element: its local name, whether the schema puts it there, whether it is
        # inside a placed extras (where nested extra elements are extension content).
        self._stack: list[tuple[str, bool, bool]] = []
        self._pairs: frozenset[tuple[str, str]] = frozenset()
        self._ns: str | None = None
        self._containers: frozenset[str] = frozenset()

    def on_open(self, element: etree._Element) -> None:
        stack = self._stack
        if not stack:
            header = self.engine.header
            self._pairs = children(header.version)
            self._ns = header.namespace
            self._containers = frozenset(c for c, _item in header.version.containers(header.kind))
            stack.append((header.kind, True, False))
            return
        state = self._count(element, stack[-1])
        stack.append(state)
        local, placed, _in_extras = state
        if self.layout is not None and placed and len(stack) == 2 and local in self._containers:
            self.layout.containers[local] = {str(k): str(v) for k, v in element.attrib.items()}

    def on_close(self, element: etree._Element) -> None:
        self._stack.pop()

    def on_item(self, item: Item) -> None:
        stack = self._stack
        el = item.element
        local, placed, _in_extras = self._count_tree(el, stack[-1])
        kept = self.layout
        if kept is not None and placed and local == "extras" and len(stack) in (1, 2):
            where = stack[-1][0] if len(stack) == 2 else "root"
            if where == "root" or where in self._containers:
                kept.extras.append((where, etree.tostring(el, encoding="UTF-8")))

    def _count(self, el: etree._Element, parent: tuple[str, bool, bool]) -> tuple[str, bool, bool]:
        parent_local, parent_placed, parent_in_extras = parent
        tag = el.tag
        if tag[0] == "{":
            ns, _, local = tag[1:].partition("}")
            lheo_ns = ns == self._ns
        else:
            local, lheo_ns = tag, self._ns is None
        placed = parent_placed and lheo_ns and (parent_local, local) in self._pairs
        in_extras = lheo_ns and (parent_in_extras or (placed and local == "extras"))
        if placed:
            self.by_local[local] += 1
        if (placed or in_extras) and local in _EXTRAS:
            info = el.get("info")
            if info is not None:
                self.extras[info] += 1
        return local, placed, in_extras

    def _count_tree(
        self, el: etree._Element, parent: tuple[str, bool, bool]
    ) -> tuple[str, bool, bool]:
        """Count an element and everything inside it; return the element's own state."""
        top = self._count(el, parent)
        pending = [(el, top)]
        while pending:
            node, state = pending.pop()
            for child in node.iterchildren(tag=etree.Element):
                pending.append((child, self._count(child, state)))
        return top


def flow_info(source: Source, *, version: str | Version | None = None) -> FlowInfo:
    """Count formations, actions, sessions, organismes and extras of a flow.

    The document is read once, in constant memory, with the protections of
    :func:`lheo.iter_formations` (no entities, no network, no DTD, bounded depth, attributes
    per element, text sizes).

    Args:
        source: a path, XML ``bytes``/``str``, or a binary file object.
        version: the version to assume when the root has no namespace.

    Raises:
        ParseError, NotLheoError, UnsupportedVersionError: as :func:`lheo.read`.
        UnsafeXmlError: a safety limit of :func:`lheo.iter_formations`.
    """
    return scan(source, version=version)[0]


def scan(
    source: Source, *, version: str | Version | None = None, layout: bool = False
) -> tuple[FlowInfo, Layout | None]:
    """:func:`flow_info`, and with ``layout`` the containers and extras of the document.

    The extras kept are those of the containers and of the root (held in memory, as
    :func:`lheo.iter_formations` holds them); those inside items are not.
    """
    inp = Input(source)
    try:
        walk = Walk(
            inp,
            lambda engine: [FlowCounter(engine, layout=layout)],
            version=version,
            contained_only=True,
            chunks=("extras",),
            rename=False,
        )
        walk.run()
    finally:
        inp.close()
    counter = walk.handlers[0]
    assert isinstance(counter, FlowCounter)
    header = walk.engine.header
    kind = header.kind
    wanted = header.version.counted
    by_local = counter.by_local
    if kind in wanted.values():
        by_local[kind] += 1  # a lone item as the root (kind "formation") is one of them
    counts = {label: by_local[loc] for label, loc in wanted.items() if by_local[loc]}
    info = FlowInfo(
        source=header.name,
        version=header.version.value,
        kind=kind,
        counts=counts,
        extras=dict(sorted(counter.extras.items())),
        size=walk.engine.size,
    )
    return info, counter.layout
