"""Counts of what a flow holds, for ``lheo info``: one pass in constant memory.

An element is counted only where the version's schema puts it: every step of its path from
the root must be a parent/child pair that the XSD allows (:func:`lheo.versions.children`), in
the document's namespace. A ``formation`` directly under the root, or inside an ``extra``, is
not a formation of the flow (reading does not bind it as one), so it is not counted.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, Any

import attrs
from lxml import etree

from lheo import _reader, _xml
from lheo._stream import _checked, _containers, _Input, _iterparse, _NeedHuge, _Reader
from lheo._xml import Source
from lheo.errors import ParseError
from lheo.versions import Version, children

#: Elements counted by ``lheo info``, per version (1.3.0 names its offers differently).
_COUNTED: dict[Version, dict[str, str]] = {
    Version.V1_3_0: {
        "formations": "offre-formation",
        "actions": "action-formation",
        "sessions": "session",
        "organismes": "organisme-formation-responsable",
        "organismes-formateurs": "organisme-formateur",
        "resumes-offres": "resume-offre",
        "resumes-organismes": "resume-organisme",
    },
    Version.V2_2: {
        "formations": "formation",
        "actions": "action",
        "sessions": "session",
        "organismes": "organisme-formation-responsable",
        "organismes-formateurs": "organisme-formateur",
        "resumes-offres": "resume-offre",
        "resumes-organismes": "resume-organisme",
    },
}
_COUNTED[Version.V2_3] = _COUNTED[Version.V2_2]

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


class _Counted:
    """A binary stream that counts the bytes read through it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.size += len(data)
        return data


def flow_info(source: Source, *, version: str | Version | None = None) -> FlowInfo:
    """Count formations, actions, sessions, organismes and extras of a flow.

    The document is read once, in constant memory, with the protections of
    :func:`lheo.iter_formations` (no entities, no network, no DTD, bounded depth).

    Args:
        source: a path, XML ``bytes``/``str``, or a binary file object.
        version: the version to assume when the root has no namespace.

    Raises:
        ParseError, NotLheoError, UnsupportedVersionError: as :func:`lheo.read`.
    """
    return scan(source, version=version)[0]


def scan(
    source: Source, *, version: str | Version | None = None, layout: bool = False
) -> tuple[FlowInfo, Layout | None]:
    """:func:`flow_info`, and with ``layout`` the containers and extras of the document.

    The extras kept are those of the containers and of the root (held in memory, as
    :func:`lheo.iter_formations` holds them); those inside items are not.
    """
    inp = _Input(source)
    huge = not inp.restartable
    try:
        while True:
            try:
                return _count(inp, version, huge=huge, layout=layout)
            except _NeedHuge:
                huge = True
    finally:
        inp.close()


def _count(
    inp: _Input, asked: str | Version | None, *, huge: bool, layout: bool
) -> tuple[FlowInfo, Layout | None]:
    name = inp.name
    counted = _Counted(inp.open())
    reader = _Reader(counted, name)  # type: ignore[arg-type]
    events = _iterparse(
        reader, huge=huge, events=("start", "end"), remove_comments=True, remove_pis=True
    )
    found = Version.V2_3
    kind = ""
    root_ns: str | None = None
    pairs: frozenset[tuple[str, str]] = frozenset()
    wanted: dict[str, str] = {}
    # Per open element: its local name, whether the schema puts it there, whether it is
    # inside a placed extras (where nested extra elements are extension content).
    stack: list[tuple[str, bool, bool]] = []
    by_local: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    kept = Layout() if layout else None
    containers: frozenset[str] = frozenset()
    for event, el in _checked(events, reader, name, huge=huge):
        if event == "end":
            local, placed, in_extras = stack.pop()
            if kept is not None and placed and local == "extras" and len(stack) in (1, 2):
                where = stack[-1][0] if len(stack) == 2 else "root"
                if where == "root" or where in containers:
                    kept.extras.append((where, etree.tostring(el, encoding="UTF-8")))
            if huge and el.text is not None and len(el.text) > _xml.MAX_TEXT_NODE:
                raise _xml.size_error("text", el.sourceline, name)
            if kept is not None and in_extras:
                continue  # kept whole until its extras is serialised (items clear theirs)
            # Everything inside has been seen: drop it, and its elder siblings.
            el.clear()
            parent = el.getparent()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
            continue
        local, ns = _xml.local(el.tag), _xml.namespace(el.tag)
        if not stack:
            _xml._check_dtd(el.getroottree(), name)
            found = _reader._version_of(ns, local, asked, name)
            _reader._check_kind(found, local, name)
            kind, root_ns = local, ns
            pairs = children(found)
            wanted = _COUNTED[found]
            containers = frozenset(c for c, _item in _containers(found, local))
            stack.append((local, True, False))
            continue
        if huge and len(stack) >= _xml.MAX_DEPTH:
            raise _xml.depth_error(el.sourceline, name)
        parent_local, parent_placed, parent_in_extras = stack[-1]
        lheo_ns = ns == root_ns
        placed = parent_placed and lheo_ns and (parent_local, local) in pairs
        in_extras = lheo_ns and (parent_in_extras or (placed and local == "extras"))
        stack.append((local, placed, in_extras))
        if kept is not None and placed and len(stack) == 2 and local in containers:
            kept.containers[local] = {str(k): str(v) for k, v in el.attrib.items()}
        if placed:
            by_local[local] += 1
        if (placed or in_extras) and local in _EXTRAS:
            info = el.get("info")
            if info is not None:
                extras[info] += 1
    if not kind:  # pragma: no cover - libxml2 reports empty documents
        raise ParseError("empty document", line=1, column=1, source=name)
    if kind in wanted.values():
        by_local[kind] += 1  # a lone item as the root (kind "formation") is one of them
    counts = {label: by_local[loc] for label, loc in wanted.items() if by_local[loc]}
    info = FlowInfo(
        source=name,
        version=found.value,
        kind=kind,
        counts=counts,
        extras=dict(sorted(extras.items())),
        size=counted.size,
    )
    return info, kept
