"""Writing: deterministic UTF-8 output, default namespace, atomic on paths."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from lheo._document import Document
from lheo._emitter import emit
from lheo._files import atomic_write as atomic_write  # the one atomic writer, re-exported
from lheo._reader import bindings_version
from lheo.errors import LheoError

__all__ = ["write"]


def to_bytes(obj: Document | Any, *, pretty: bool = True) -> bytes:
    """Serialise a document or root binding to UTF-8 bytes with an XML declaration."""
    if isinstance(obj, Document):
        root, version, xsi = obj.root, obj.version, obj.xsi
    else:
        root, version, xsi = obj, bindings_version(obj), {}
    return emit(root, namespace=version.namespace, pretty=pretty, xsi=xsi)


def write(
    obj: Document | Any,
    target: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    pretty: bool = True,
) -> bytes | None:
    """Write a document (or any root binding) as LHÉO XML.

    The output is UTF-8 with an XML declaration, uses the version's namespace as the default
    namespace (no ``ns0:`` prefixes) and is deterministic. Writing to a path is atomic: the
    bytes go to a temporary file in the same folder, renamed over the target only once
    complete, so a failure never leaves a half-written file.

    Args:
        obj: a :class:`Document` or a root binding object (e.g. :class:`lheo.v2_3.Lheo`).
        target: ``None`` to get the bytes back, a path, or a binary file object.
        pretty: indent the output (default) or write it compact.

    Returns:
        The bytes when ``target`` is ``None``, otherwise ``None``.

    Raises:
        LheoError: the object cannot be serialised (e.g. not an LHÉO binding).
        OSError: the target cannot be written.

    Added in 0.1.
    """
    try:
        data = to_bytes(obj, pretty=pretty)
    except LheoError:
        raise
    except Exception as exc:  # xsdata raises plain exceptions on unserialisable values
        raise LheoError(f"cannot serialise {type(obj).__name__}: {exc}") from exc
    if target is None:
        return data
    if isinstance(target, (str, os.PathLike)):
        atomic_write(Path(target), data)
    else:
        target.write(data)
    return None
