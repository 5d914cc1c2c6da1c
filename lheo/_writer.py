"""Writing: the document as it was read (or lheo's own layout), UTF-8, atomic on paths."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

from lheo._document import Document
from lheo._emitter import LayoutLost, emit
from lheo._files import atomic_write as atomic_write  # the one atomic writer, re-exported
from lheo.errors import LheoError
from lheo.versions import Version

__all__ = ["write"]


def to_bytes(obj: Document | Any, *, pretty: bool | None = True, allow_loss: bool = False) -> bytes:
    """Serialise a document or root binding to UTF-8 bytes with an XML declaration.

    ``pretty=None`` writes the source's own white space (indented as lheo indents where the
    objects changed); ``True``/``False`` write lheo's indentation or none. Comments, order
    and unknown content of the source are written in every case.

    Raises:
        LheoError: the document lost content at reading, or its layout cannot be followed,
            and ``allow_loss`` is false.
    """
    if isinstance(obj, Document):
        root, version, xsi = obj.root, obj.version, obj.xsi
        if obj.losses and not allow_loss:
            raise LheoError(f"{obj.source}: writing would lose content: {obj.losses[0].message}")
    else:
        root, version, xsi = obj, Version.of_binding(obj), {}
    keep = pretty is None
    if pretty is None:
        layout = getattr(root, "_lheo_layout", None)
        indented = getattr(layout, "indented", None)
        pretty = True if indented is None else indented
    try:
        return emit(root, namespace=version.namespace, pretty=pretty, xsi=xsi, keep=keep)
    except LayoutLost:
        if not allow_loss:
            raise LheoError(
                "this document cannot be written keeping its source layout (comments, "
                "attribute order, unknown content...); lheo.write(..., allow_loss=True) "
                "writes it without"
            ) from None
        from lheo._emitter import _xsdata_bytes

        return _xsdata_bytes(root, version.namespace, pretty, xsi)


def write(
    obj: Document | Any,
    target: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    pretty: bool | None = None,
    allow_loss: bool = False,
) -> bytes | None:
    """Write a document (or any root binding) as LHÉO XML.

    A document read by :func:`lheo.read` is written as it was read: comments, processing
    instructions, DOCTYPE, attribute order, white space, element order and (lenient reading)
    unknown elements and attributes come back where they were; what the program changed is
    written in lheo's layout. The output is UTF-8 with an XML declaration; a new document
    uses the version's namespace as the default namespace (no ``ns0:`` prefixes) and is
    deterministic. Writing to a path is atomic: the bytes go to a temporary file in the same
    folder, renamed over the target only once complete, so a failure never leaves a
    half-written file.

    Args:
        obj: a :class:`Document` or a root binding object (e.g. :class:`lheo.v2_3.Lheo`).
        target: ``None`` to get the bytes back, a path, or a binary file object.
        pretty: ``None`` (default) keeps the source's white space (a new document is
            indented); ``True`` re-indents everything by two spaces, ``False`` writes it
            compact. Comments, order and unknown content are kept either way.
        allow_loss: write even a document whose source layout cannot be kept (see
            :attr:`Document.losses`), without it, instead of raising.

    Returns:
        The bytes when ``target`` is ``None``, otherwise ``None``.

    Raises:
        LheoError: the object cannot be serialised (e.g. not an LHÉO binding), or writing
            would lose content of the source and ``allow_loss`` is false.
        OSError: the target cannot be written.

    Added in 0.1. Changed in 0.2: keeps the source layout; ``pretty=None``, ``allow_loss``.
    """
    try:
        data = to_bytes(obj, pretty=pretty, allow_loss=allow_loss)
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
