"""Streaming: read, validate and write LHÉO flows of any size in constant memory.

Real catalogues weigh from 50 MB to over 1 GB. :func:`iter_formations` yields one typed
formation at a time, :func:`validate_stream` validates while it reads, and
:class:`StreamWriter` writes formations one by one; none of them holds the document in memory.

They are built on one engine (:mod:`lheo._engine`, which reads a flow item by item and keeps
only its skeleton) with handlers plugged in: :class:`~lheo._stream_validate.Validator`
(:mod:`lheo._stream_validate` explains how its report stays equal to :func:`lheo.validate`),
:class:`~lheo._stream_bind.Binder` (typed items), and the writer of :mod:`lheo._stream_write`.

Added in 0.1.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from lheo._engine import HEADER, Engine, Handler, Header, Item, Walk
from lheo._layout import Raw
from lheo._source import Input
from lheo._stream_validate import Validator, validate_stream
from lheo._validate import ValidationReport
from lheo._xml import Source
from lheo.errors import Issue, LheoError, ValidationError
from lheo.versions import Version
from lheo.views import lookup, views_module

if TYPE_CHECKING:
    from lheo._stream_bind import Binder
    from lheo._stream_write import StreamWriter

__all__ = ["FormationStream", "StreamWriter", "ViewStream", "iter_formations", "validate_stream"]


def __getattr__(name: str) -> Any:
    # StreamWriter needs the codec (bindings, emitter): imported when first asked for, so
    # that validating a stream loads neither.
    if name == "StreamWriter":
        from lheo._stream_write import StreamWriter

        return StreamWriter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_S = TypeVar("_S", bound="_ItemStream")


class _ItemStream:
    """What the two item streams share: the walk, the header's facts, iteration, closing."""

    def __init__(
        self,
        source: Source,
        *,
        version: str | Version | None,
        strict: bool,
        lookup: Any = None,
    ) -> None:
        self._input = Input(source)
        self._strict = strict
        self._yielded = 0
        self._done = False
        self._walk = Walk(
            self._input, self._handlers, version=version, comments=True, lookup=lookup
        )
        try:
            head = next(self._walk)
            assert head is HEADER
        except StopIteration:  # pragma: no cover - the engine always sends its header
            self._done = True
        except BaseException:
            self.close()
            raise

    def _handlers(self, engine: Engine) -> Sequence[Handler]:  # pragma: no cover - abstract
        raise NotImplementedError

    @property
    def _header(self) -> Header:
        return self._walk.engine.header

    @property
    def version(self) -> Version:
        """The document's LHÉO version."""
        return self._header.version

    @property
    def kind(self) -> str:
        """Local name of the root element."""
        return self._header.kind

    @property
    def source(self) -> str:
        """Display name of the document."""
        return self._header.name

    @property
    def xsi(self) -> dict[str, str]:
        """``xsi:*`` attributes of the root, by local name."""
        return dict(self._header.xsi)

    @property
    def root_attrs(self) -> dict[str, str]:
        """Attributes of the root element (``xsi:*`` excepted), as written."""
        return dict(self._header.root_attrs)

    @property
    def offres_attrs(self) -> dict[str, str]:
        """Attributes of ``offres``, as written (empty for the index kinds)."""
        return dict(self._header.container_attrs.get("offres", {}))

    @property
    def container_attrs(self) -> dict[str, dict[str, str]]:
        """Attributes of each container met so far, by local name."""
        return {name: dict(value) for name, value in self._header.container_attrs.items()}

    def __iter__(self: _S) -> _S:
        return self

    def __next__(self) -> Any:
        if self._done:
            raise StopIteration
        try:
            item = next(self._walk)
        except StopIteration:
            self._done = True
            raise
        except BaseException:
            self.close()
            raise
        self._yielded += 1
        return item

    def close(self) -> None:
        """Stop reading and close the file (an early ``break`` leaves it open otherwise)."""
        self._done = True
        self._walk.close()

    def __enter__(self: _S) -> _S:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class FormationStream(_ItemStream):
    """Typed formations of a flow, one at a time (see :func:`iter_formations`).

    Iterating yields each item of the document in order: ``formation`` objects (``offre-
    formation`` in 1.3.0) for an ``lheo`` document, ``resume-offre`` then ``resume-organisme``
    objects for ``lheo-index`` (``lheo-leger`` in 1.3.0). Use it in a ``with`` block, or
    iterate to the end, so that the file is closed.

    Attributes:
        version: the document's :class:`~lheo.Version`.
        kind: local name of the root element (``"lheo"``, ``"lheo-index"``, ``"lheo-leger"``).
        xsi: ``xsi:*`` attributes of the root (``{"schemaLocation": "…"}``).
        root_attrs: other attributes of the root, as written (``{"datecrea": "20250630"}``).
        offres_attrs: attributes of ``offres`` as written (empty for the index kinds).
        container_attrs: attributes of each container met so far, by local name
            (``offres``, ``resumes-offres``, ``resumes-organismes``).
        source: display name of the document.

    Added in 0.1.
    """

    def _handlers(self, engine: Engine) -> Sequence[Handler]:
        # Made again for a restart (huge_tree): the items already yielded are not bound again.
        from lheo._stream_bind import Binder  # the codec, loaded only to bind

        validator = Validator(engine)
        return (validator, Binder(engine, validator, strict=self._strict, skip=self._yielded))

    @property
    def _binder(self) -> Binder:
        binder: Binder = self._walk.handlers[1]  # type: ignore[assignment]
        return binder

    @property
    def prolog(self) -> tuple[str, ...]:
        """What the document has before its root, as written: DOCTYPE, comments, PIs.

        Added in 0.2.
        """
        found: tuple[Raw, ...] = self._binder.prolog
        return found

    @property
    def epilog(self) -> tuple[str, ...]:
        """What the document has after its root (comments, PIs), once iteration is over.

        Added in 0.2.
        """
        found: tuple[Raw, ...] = self._finished().epilog
        return found

    @property
    def indented(self) -> bool:
        """Whether the document is indented (white space between the root and its children).

        Added in 0.2.
        """
        return self._header.indented

    @property
    def outer_nodes(self) -> list[str]:
        """Nodes kept as written around the items, inside the root, once iteration is over.

        Comments, processing instructions and (lenient reading) unknown elements of the root
        and containers, which a :class:`StreamWriter` copy does not write.

        Added in 0.2.
        """
        skeleton = self._finished().skeleton
        found: list[str] = []
        holders = [skeleton] + [
            getattr(skeleton, container.replace("-", "_"), None)
            for container, _item in self.version.containers(self.kind)
        ]
        for holder in holders:
            layout = getattr(holder, "_lheo_layout", None)
            if layout is not None and layout.nodes is not None:
                found += [node for node in layout.nodes[1::2] if isinstance(node, str)]
        return found

    @property
    def trailing_extras(self) -> list[Any]:
        """The typed ``extras`` of the containers then of the root, once iteration is over.

        In a valid document they follow the items (``offres/extras``, then ``lheo/extras``).

        Raises:
            RuntimeError: the stream has not been read to the end.
        """
        skeleton = self._finished().skeleton
        found: list[Any] = []
        for container, _item in self.version.containers(self.kind):
            holder = getattr(skeleton, container.replace("-", "_"), None)
            if holder is not None:
                found.extend(holder.extras)
        found.extend(getattr(skeleton, "extras", []))
        return found

    @property
    def issues(self) -> list[Issue]:
        """What a lenient read (``strict=False``) reported, once iteration is over.

        The same schema errors, in the same order, as :attr:`lheo.Document.issues` after
        ``lheo.read(source, strict=False)``, then the values kept untyped.

        Raises:
            RuntimeError: the stream has not been read to the end.
        """
        binder = self._finished()
        return [*binder.validator.errors, *binder.warnings]

    def _finished(self) -> Binder:
        binder = self._binder
        if not self._done or binder.skeleton is None:
            raise RuntimeError("available once the stream has been read to the end")
        return binder


class _Viewer(Handler):
    """Hands over each item of a container as its typed view, in a document of its own.

    The engine then empties the item in the tree; the view stays whole while it is
    referenced, and is freed with it.
    """

    def __init__(self, engine: Engine, *, strict: bool, skip: int) -> None:
        self.engine = engine
        self.strict = strict
        self.skip = skip

    def on_open(self, element: Any) -> None:
        header = self.engine.header
        if element is not header.root:
            return
        if header.kind not in header.version.streamed_kinds:
            raise LheoError(
                f"{self.engine.name}: streaming reads <lheo>, <lheo-index> and <lheo-leger> "
                f"documents, not <{header.kind}>; use lheo.parse()"
            )
        # Registered before the items are parsed: lxml gives an element its class when it
        # first wraps it.
        views_module(header.version)

    def on_item(self, item: Item) -> Any:
        if not item.contained or item.number <= self.skip:
            return None
        if self.strict and item.issues:
            header = self.engine.header
            raise ValidationError(
                ValidationReport(
                    ok=False,
                    version=header.version.value,
                    kind=header.kind,
                    source=self.engine.name,
                    errors=item.issues,
                )
            )
        # A copy in a document of its own: taken out of the tree, the element would keep
        # its namespace under a made-up prefix (ns1:formation) instead of the default one.
        # The copy wraps every element anew, so a document without namespace, whose
        # elements were wrapped before being renamed, gets its view classes too.
        el = copy.deepcopy(item.element)
        el.tail = None
        return el


class ViewStream(_ItemStream):
    """Typed views of the formations of a flow, one at a time (``iter_formations(view=True)``).

    Iterating yields each item as the view of its version (``FormationView``…), in
    constant memory: each view is a copy of the item in a document of its own (its
    ``path`` is then ``/formation``), freed when no longer referenced; holding it past the
    next item is safe (no ``detach()`` needed). Use it in a
    ``with`` block, or iterate to the end, so that the file is closed.

    Attributes:
        version: the document's :class:`~lheo.Version` (once the header is read).
        kind: local name of the root element.
        source: display name of the document.

    Added in 0.2.
    """

    def __init__(self, source: Source, *, version: str | Version | None, strict: bool) -> None:
        super().__init__(source, version=version, strict=strict, lookup=lookup())

    def _handlers(self, engine: Engine) -> Sequence[Handler]:
        viewer = _Viewer(engine, strict=self._strict, skip=self._yielded)
        return (Validator(engine), viewer) if self._strict else (viewer,)


@overload
def iter_formations(
    source: Source,
    *,
    version: str | Version | None = None,
    strict: bool = True,
    view: Literal[False] = False,
) -> FormationStream: ...
@overload
def iter_formations(
    source: Source,
    *,
    version: str | Version | None = None,
    strict: bool = True,
    view: Literal[True],
) -> ViewStream: ...
def iter_formations(
    source: Source,
    *,
    version: str | Version | None = None,
    strict: bool = True,
    view: bool = False,
) -> FormationStream | ViewStream:
    """Read the formations of a flow one at a time, in constant memory.

    Each formation element is bound to the same typed object :func:`lheo.read` gives
    (``lheo.read(source).root.offres.formation[i]``), then dropped from memory. For the
    summary kinds (``lheo-index``, ``lheo-leger`` in 1.3.0) the stream yields the
    ``resume-offre`` then the ``resume-organisme`` objects; in 1.3.0 an ``lheo`` document
    yields ``offre-formation`` objects. The parsing has the same protections as
    :func:`lheo.read` (no entities, no network, a DOCTYPE accepted but its DTD never loaded,
    bounded depth, attributes per element and text sizes). What lies outside the items
    (root, containers, trailing extras) is kept until the end, up to
    :data:`~lheo._engine.MAX_HELD`.

    Example::

        with lheo.iter_formations("flux.xml") as stream:
            for formation in stream:
                print(formation.intitule_formation)

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        version: the version to assume; needed only when the root has no namespace.
        strict: when true (default), a formation the bindings cannot hold raises
            :class:`~lheo.ValidationError` (with the schema errors of that formation, at
            document paths and lines). When false, formations are read anyway and
            :attr:`FormationStream.issues` lists, at the end, what ``lheo.read(source,
            strict=False)`` would. With ``view=True``: when true, each formation is
            validated first (an invalid one raises :class:`~lheo.ValidationError`); when
            false, nothing is validated (the fastest).
        view: yield typed views (:mod:`lheo.views`: ``FormationView``…, values converted
            on access) instead of attrs objects, from a :class:`ViewStream`. Much faster:
            nothing is bound.

    Returns:
        A :class:`FormationStream` (a :class:`ViewStream` with ``view=True``); its header
        (``version``, ``kind``, ``root_attrs``…) is read at once.

    Raises:
        ParseError: not well-formed XML, or an undeclared entity reference such as
            ``&nbsp;`` (while iterating, after the formations before the fault).
        UnsafeXmlError: entity declarations, or a safety limit of :func:`lheo.read`
            (depth, attributes per element, text size), or more than
            :data:`~lheo._engine.MAX_HELD` characters of XML outside the items (kept in
            memory until the end: trailing extras, elements out of place).
        NotLheoError: the root element or its namespace is not LHÉO.
        UnsupportedVersionError: unknown LHÉO version, or no namespace and no ``version=``.
        ValidationError: strict reading of content the bindings cannot represent.
        LheoError: a root that cannot be streamed (``lheo-plus``: use :func:`lheo.read`).

    Added in 0.1. Changed in 0.2: ``view=True``.
    """
    if view:
        return ViewStream(source, version=version, strict=strict)
    return FormationStream(source, version=version, strict=strict)
