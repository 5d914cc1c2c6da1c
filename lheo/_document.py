"""The :class:`Document` value returned by :func:`lheo.read`."""

from __future__ import annotations

from typing import Any

import attrs

from lheo.errors import Issue
from lheo.versions import Version


@attrs.define(kw_only=True, eq=False)
class Document:
    """A parsed LHÉO document.

    Attributes:
        version: the LHÉO version (a :class:`~lheo.Version`, equal to ``"2.3"`` etc.).
        kind: local name of the root element (``"lheo"``, ``"lheo-index"``, ``"lheo-leger"``…).
        root: the typed root object (e.g. :class:`lheo.v2_3.Lheo`).
        xsi: ``xsi:*`` attributes of the root (``{"schemaLocation": "…"}``), kept for writing.
        source: display name of where the document came from.
        issues: what a lenient read (``strict=False``) reported: every schema issue, every
            value kept as text, and every unknown element or attribute (kept as written, with
            its path and XML); empty after a strict read.
        losses: what reading could not keep for writing back (e.g. comments in a document
            that only xsdata's parser could bind); :func:`lheo.write` refuses to write such
            a document unless ``allow_loss=True``. Usually empty.

    Added in 0.1.
    """

    version: Version
    kind: str
    root: Any
    xsi: dict[str, str] = attrs.field(factory=dict)
    source: str = "<document>"
    issues: list[Issue] = attrs.field(factory=list)
    losses: list[Issue] = attrs.field(factory=list)

    @property
    def namespace(self) -> str:
        """Namespace of the document's version."""
        return self.version.namespace

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.version, self.kind, self.root, self.xsi) == (
            other.version,
            other.kind,
            other.root,
            other.xsi,
        )

    __hash__ = None  # type: ignore[assignment]
