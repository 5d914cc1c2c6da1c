"""Writing a flow in constant memory: :class:`StreamWriter`, one formation at a time.

The output has the bytes :func:`lheo.write` gives for the same content: the root's and the
containers' tags come from the emitter (:func:`lheo._emitter.emit_start`), each item and
``extras`` is written by :func:`lheo._emitter.emit_child` where :func:`lheo.write` would
write it, with its namespace scope and indentation.

Added in 0.2 (part of :mod:`lheo._stream` since 0.1).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import IO, Any

from lxml import etree

from lheo import _validate, _writer, _xml
from lheo._document import Document
from lheo._emitter import (
    XML_DECLARATION,
    FragmentFallback,
    OpenTag,
    emit_child,
    emit_region,
    emit_start,
)
from lheo._files import AtomicFile, Destination
from lheo._stream_bind import BIND_ERRORS, bind
from lheo._validate import ValidationReport
from lheo._xml import XSI
from lheo.errors import Issue, LheoError, ValidationError
from lheo.versions import Version

__all__ = ["StreamWriter"]


class StreamWriter:
    """Write a flow one formation at a time, with the bytes :func:`lheo.write` would give.

    Use it as a context manager: the header is written when needed, each
    :meth:`write` adds one formation, :meth:`write_extras` adds trailing ``extras``, and the
    closing tags are written on exit. The output is byte-identical to ``lheo.write(doc,
    pretty=...)`` of the :class:`~lheo.Document` holding the same content. Writing to a path
    is atomic: a temporary file in the same folder is renamed over the target on success
    only; on an exception inside the ``with`` block it is deleted and the target is left
    untouched. Binary file objects are written as the data comes (not atomic).

    Example::

        with lheo.iter_formations("in.xml") as stream, lheo.StreamWriter(
            "out.xml", version=stream.version, root_attrs=stream.root_attrs,
            offres_attrs=stream.offres_attrs, xsi=stream.xsi,
        ) as out:
            for formation in stream:
                out.write(formation)

    Args:
        target: a path, or a binary file object.
        version: the LHÉO version of the output (the objects must be of that version).
        kind: the root element: ``"lheo"`` (default), ``"lheo-index"`` (2.x) or
            ``"lheo-leger"`` (1.3.0).
        root_attrs: attributes of the root, as written in XML (e.g.
            :attr:`FormationStream.root_attrs`).
        offres_attrs: attributes of ``offres``, as written in XML.
        container_attrs: attributes of other containers by local name (``resumes-offres``,
            ``resumes-organismes``); a container with attributes is written even if empty.
        xsi: ``xsi:*`` attributes of the root (``{"schemaLocation": "…"}``).
        pretty: indent the output (default) or write it compact, as :func:`lheo.write`;
            ``None`` writes the items as they were read (their white space included), the
            document around them indented. Of what surrounds the items in their source, a
            streamed copy keeps the attribute order, the prolog and the epilog (give them:
            ``prolog=stream.prolog``, ``writer.epilog = stream.epilog``), not the comments
            between the items.
        prolog: what to write before the root: a DOCTYPE, comments, PIs, as written (e.g.
            :attr:`FormationStream.prolog`).
        indented: with ``pretty=None``, whether to indent the document around the items
            (e.g. :attr:`FormationStream.indented`).

    Raises:
        ValueError: unknown kind for this version.
        ValidationError: attributes that the bindings of the root or containers refuse, or
            that XML cannot hold (names, control characters).

    Added in 0.1.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        version: str | Version,
        kind: str = "lheo",
        root_attrs: Mapping[str, str] | None = None,
        offres_attrs: Mapping[str, str] | None = None,
        container_attrs: Mapping[str, Mapping[str, str]] | None = None,
        xsi: Mapping[str, str] | None = None,
        pretty: bool | None = True,
        prolog: Sequence[str] = (),
        indented: bool = True,
    ) -> None:
        self._version = Version.parse(version)
        if kind not in self._version.streamed_kinds:
            kinds = ", ".join(self._version.streamed_kinds)
            raise ValueError(
                f"StreamWriter writes {kinds} documents in LHÉO {self._version.value}, not {kind!r}"
            )
        self._kind = kind
        self._prolog = tuple(prolog)
        #: What to write after the root's end tag (comments, PIs), e.g.
        #: :attr:`FormationStream.epilog` once the stream is read.
        self.epilog: Sequence[str] = ()
        self._keep = pretty is None
        self._pretty = indented if pretty is None else pretty
        self._xsi = dict(xsi or {})
        ns = self._version.namespace
        self._containers = self._version.containers(kind)
        attrs_by_container = {k: dict(v) for k, v in (container_attrs or {}).items()}
        if offres_attrs:
            attrs_by_container["offres"] = dict(offres_attrs)
        unknown = set(attrs_by_container) - {c for c, _ in self._containers}
        if unknown:
            raise ValueError(f"no container {sorted(unknown)} in a <{kind}> document")
        self._item_index = {
            self._version.element_class(item): i for i, (_c, item) in enumerate(self._containers)
        }
        self._extras_cls = self._version.element_class("extras")
        # Present containers: offres always (required), the others when given attributes.
        self._present = [c == "offres" or c in attrs_by_container for c, _item in self._containers]
        # The root and containers, typed through the bindings (values as lheo.read gives).
        skeleton = etree.Element(f"{{{ns}}}{kind}", nsmap={None: ns})  # type: ignore[dict-item]
        self._set_attrs(skeleton, root_attrs or {}, kind)
        xsi_values = {f"{{{XSI}}}{k}": v for k, v in (xsi or {}).items()}
        self._set_attrs(etree.Element(skeleton.tag), xsi_values, kind)
        for container, _item in self._containers:
            child = etree.SubElement(skeleton, f"{{{ns}}}{container}")
            self._set_attrs(child, attrs_by_container.get(container, {}), kind)
        root_cls = self._version.element_class(kind)
        try:
            # With its layout: the root's and containers' attributes in the order given.
            self._root = bind(
                copy.deepcopy(skeleton),
                root_cls,
                True,
                layout={"indented": False, "exotic": False},
            )
        except BIND_ERRORS as exc:
            report = _validate.validate_tree(etree.ElementTree(skeleton), self._version, "<root>")
            issues = [e for e in report.errors if "Missing child" not in e.message]
            issues = issues or [Issue(message=f"cannot bind document: {exc}", source="<root>")]
            raise ValidationError(
                ValidationReport(ok=False, version=self._version.value, kind=kind, errors=issues)
            ) from None
        # The typed containers; those absent from the document are not in the root.
        self._parts: list[Any] = []
        for (container, _item), present in zip(self._containers, self._present, strict=True):
            field = container.replace("-", "_")
            self._parts.append(getattr(self._root, field))
            if not present:
                setattr(self._root, field, None)
        # The namespaces in scope, as lheo.write has them at the root; the emitter adds the
        # prefixes items need, as it does through a whole document.
        self._ns_map: dict[str | None, str] = {None: ns}
        if self._xsi:
            self._ns_map["xsi"] = XSI
        self._ctx: list[dict[str | None, str]] = []  # namespace scope of open elements
        # Output state.
        self._to = Destination(target)
        self._out: IO[bytes] | AtomicFile = self._to.file
        self._root_open = False
        self._root_end = b""
        self._open_end = b""  # the end tag of the open container
        self._pos = -1  # index of the open container; len(containers) once in root extras
        self._open = False  # whether container self._pos has been opened
        self._extras_in = False  # extras already written in the open container
        self._closed = False

    def _set_attrs(self, el: etree._Element, values: Mapping[str, str], kind: str) -> None:
        # Names or values that XML cannot hold (lxml refuses them with a bare ValueError).
        for key, value in values.items():
            try:
                el.set(key, value)
            except (ValueError, TypeError) as exc:
                where = _xml.local(el.tag)
                shown = f"xsi:{_xml.local(key)}" if _xml.namespace(key) == XSI else key
                issue = Issue(
                    message=f"attribute {shown!r} of <{where}> cannot be written: {exc}",
                    source="<root>",
                    element=where,
                )
                report = ValidationReport(
                    ok=False, version=self._version.value, kind=kind, errors=[issue]
                )
                raise ValidationError(report) from None

    # -- rendering ------------------------------------------------------------------------

    @property
    def in_scope(self) -> dict[str | None, str]:
        """The namespace declarations in scope where the next item is written.

        Prefix (``None``: the default namespace) → URI: what an item's bytes, as written,
        need around them to be read on their own.

        Added in 0.2.
        """
        return dict(self._ctx[-1]) if self._ctx else {}

    def _render(self, obj: Any, depth: int) -> bytes:
        """Serialise one object as :func:`lheo.write` does inside the whole document."""
        snapshot = dict(self._ns_map)
        try:
            return emit_child(
                obj, ns_map=self._ns_map, depth=depth, pretty=self._pretty, keep=self._keep
            )
        except FragmentFallback:
            self._ns_map = snapshot
        try:
            return emit_region(obj, ns_map=self._ns_map, depth=depth, pretty=self._pretty)
        except FragmentFallback:
            raise LheoError(self._unwritable(obj)) from None

    def _start(self, obj: Any, **where: Any) -> OpenTag:
        """The tags of the root or of a container, as :func:`lheo.write` writes them."""
        try:
            return emit_start(obj, **where)
        except FragmentFallback:
            raise LheoError(self._unwritable(obj)) from None

    @staticmethod
    def _unwritable(obj: Any) -> str:
        return (
            f"{type(obj).__name__} cannot be written as part of a stream (only xsdata's "
            "serializer of a whole document can): write the document with lheo.write"
        )

    def _emit(self, data: bytes) -> None:
        self._out.write(data)

    def _indent(self, depth: int) -> bytes:
        return b"\n" + b"  " * depth if self._pretty else b""

    def _open_root(self) -> None:
        if self._root_open:
            return
        tag = self._start(self._root, namespace=self._version.namespace, xsi=self._xsi)
        self._emit(XML_DECLARATION + self._prologue + tag.start)
        self._root_end = tag.end
        self._root_open = True
        self._ctx.append(tag.ns_map)

    @property
    def _prologue(self) -> bytes:
        return b"".join(node.encode("utf-8") + b"\n" for node in self._prolog)

    def _with_prolog(self, data: bytes) -> bytes:
        # After the XML declaration (its first line).
        cut = data.index(b"\n") + 1
        return data[:cut] + self._prologue + data[cut:]

    def _container(self, index: int) -> Any:
        return self._parts[index]

    def _advance(self, index: int) -> None:
        """Close containers before ``index`` and open container ``index`` (if one)."""
        self._open_root()
        while self._pos < index:
            if self._pos >= 0:
                if self._open:
                    self._ctx.pop()
                    self._emit(self._indent(1) + self._open_end)
                elif self._present[self._pos]:
                    self._emit(self._indent(1) + self._render(self._container(self._pos), 1))
            self._pos += 1
            self._open = self._extras_in = False
        if index < len(self._containers) and not self._open:
            tag = self._start(self._container(index), ns_map=self._ns_map)
            self._emit(self._indent(1) + tag.start)
            self._open_end = tag.end
            self._ctx.append(tag.ns_map)
            self._open = True

    def write(self, item: Any) -> None:
        """Write one formation (``offre-formation`` in 1.3.0; index: a summary object).

        Raises:
            TypeError: not an item of this version and kind.
            ValueError: out of order (after extras, or after a later container), or content
                XML cannot hold (xsdata's message, which :func:`lheo.write` gives too).
            LheoError: an object only xsdata's serializer of a whole document can write.
        """
        self._check_open()
        index = self._item_index.get(type(item))
        if index is None:
            expected = " or ".join(item for _c, item in self._containers)
            raise TypeError(
                f"expected a <{expected}> object of LHÉO {self._version.value}, "
                f"got {type(item).__module__}.{type(item).__name__}"
            )
        if index < self._pos or (index == self._pos and self._extras_in):
            raise ValueError(
                f"<{self._containers[index][1]}> cannot be written after the extras or "
                "containers that follow it in the document"
            )
        self._advance(index)
        self._emit(self._indent(2) + self._render(item, 2))

    def write_extras(self, extras: Any, *, where: str | None = None) -> None:
        """Write an ``extras`` element after the formations.

        Args:
            extras: a typed ``extras`` object of this version.
            where: the container to write it into (``"offres"``, ``"resumes-offres"``,
                ``"resumes-organismes"``) or ``"root"`` for the root's own extras, which
                follow every container. By default, the container of the last item written
                (``offres`` for an ``lheo`` document).

        Raises:
            TypeError: not an ``extras`` object of this version.
            ValueError: unknown place, or a place already closed, or content XML cannot
                hold (as :meth:`write`).
        """
        self._check_open()
        if not isinstance(extras, self._extras_cls):
            raise TypeError(f"expected an <extras> object of LHÉO {self._version.value}")
        names = [c for c, _item in self._containers]
        if where is None:
            index = max(self._pos, 0)
        elif where == "root":
            index = len(names)
        elif where in names:
            index = names.index(where)
        else:
            raise ValueError(f"where must be one of {names + ['root']}, not {where!r}")
        if index < self._pos:
            raise ValueError(f"{where or names[index]} is already closed")
        self._advance(index)
        if index < len(names):
            self._extras_in = True
            self._emit(self._indent(2) + self._render(extras, 2))
        else:
            self._emit(self._indent(1) + self._render(extras, 1))

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("the StreamWriter is closed")

    def close(self) -> None:
        """Write the closing tags and, for a path, put the file in place."""
        if self._closed:
            return
        try:
            if not self._root_open and not any(self._present):
                # Nothing at all in the root: the whole (empty) document in one go.
                doc = Document(
                    version=self._version, kind=self._kind, root=self._root, xsi=self._xsi
                )
                self._emit(self._with_prolog(_writer.to_bytes(doc, pretty=self._pretty)))
            else:
                self._advance(len(self._containers))
                self._emit(self._indent(0) + self._root_end + b"\n")
            self._emit(b"".join(node.encode("utf-8") + b"\n" for node in self.epilog))
            self._closed = True
            self._to.commit()
        except BaseException:
            self._abort()
            raise

    def _abort(self) -> None:
        self._closed = True
        self._to.discard()

    def __enter__(self) -> StreamWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._abort()
