"""Counts of what a flow holds, for ``lheo info``."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs
from lxml import etree

from lheo import _xml
from lheo._reader import prepare_tree
from lheo._xml import Source
from lheo.versions import Version

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


@attrs.frozen(kw_only=True)
class FlowInfo:
    """What a flow holds.

    Attributes:
        source: display name.
        version: LHÉO version.
        kind: root element local name.
        counts: number of formations, actions, sessions, organismes… (zero counts omitted).
        extras: number of ``extras``/``extra`` blocks per ``info`` value.
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


def flow_info(source: Source, *, version: str | None = None) -> FlowInfo:
    """Count formations, actions, sessions, organismes and extras of a flow.

    Raises:
        ParseError, NotLheoError, UnsupportedVersionError: as :func:`lheo.read`.
    """
    data, name = _xml.read_bytes(source)
    tree = _xml.parse_bytes(data, name)
    found, kind, _xsi = prepare_tree(tree, version, name)
    wanted = _COUNTED[found]
    by_local: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    for el in tree.getroot().iter(tag=etree.Element):
        loc = _xml.local(el.tag)
        by_local[loc] += 1
        if loc in ("extras", "extra"):
            info = el.get("info")
            if info is not None:
                extras[info] += 1
    counts = {label: by_local[loc] for label, loc in wanted.items() if by_local[loc]}
    return FlowInfo(
        source=name,
        version=found.value,
        kind=kind,
        counts=counts,
        extras=dict(sorted(extras.items())),
        size=len(data),
    )
