"""The streaming engine: one walk over a flow, item by item, for handlers to plug into.

Every streaming feature of lheo is an :class:`Engine` pass with handlers: reading typed
formations (:func:`lheo.iter_formations`), validating (:func:`lheo.validate_stream`),
counting (``lheo info``), migrating (:func:`lheo.migration.migrate_stream`, whose output side
validates and writes). The engine does what they share, and nothing else:

* **reading**: the source through :mod:`lheo._source` (restartable inputs, the checked
  reader, hardened ``iterparse``); a restart with ``huge_tree`` when libxml2 asks
  (:class:`Walk`); the safety limits of :func:`lheo.read` (depth, attributes per element,
  text sizes) and the classification of faults (see *Faults* below);
* **frames and items**: the elements open outside the items (*frames*: root, containers,
  extras…), and the *items*, elements handed over whole one at a time: ``formation``
  (``offre-formation`` in 1.3.0), ``resume-offre``, ``resume-organisme``, plus the *chunks*
  a pass asks for (validation takes each ``extra`` met outside the items on its own);
* **memory**: each item, once its handlers are done, is replaced in the tree by an empty
  *placeholder*; consecutive items collapse into one placeholder, so what stays in memory
  is the document's *skeleton*, bounded by :data:`MAX_HELD`.

Handlers
--------

A handler subclasses :class:`Handler` and overrides the hooks it needs (the others do
nothing). The engine calls them in document order; with several handlers, each hook is
called on each handler in the order given, so a later handler sees what an earlier one put
on the :class:`Item`:

``on_open(element)``
    An element outside the items starts (its attributes are known, its content not yet).
    The first call is the root's: :attr:`Engine.header` then knows the version and kind,
    and a handler may refuse the document by raising a :class:`~lheo.LheoError`.
``on_header(header)``
    The header is complete: the first item of a container is about to be read
    (:attr:`Header.frames` holds the open elements, root first). A flow without such an
    item calls it at its end, after ``on_trailer``, with no frames.
``on_item(item) -> value | None``
    An item has been read whole (:class:`Item`: its element, document path, line,
    position). A value other than ``None`` is handed over: :meth:`Engine.walk` yields it.
    A handler may attach to the item what its placeholder keeps: ``issues`` (validation
    issues), ``ids`` (its ``xs:ID`` values), ``keep`` (keep the element whole, as part of
    the skeleton), ``anchor`` (the element the placeholder replaces, for items built
    outside the tree).
``on_close(element)``
    An element outside the items ends (its items are placeholders by then).
``on_trailer(skeleton)``
    The flow is read: ``skeleton`` is the root, the items replaced by placeholders
    (:meth:`Engine.runs` says what each one stands for; :meth:`Engine.restore` puts the
    kept items back and removes the rest).

Example, counting formations per container::

    class Count(Handler):
        def __init__(self) -> None:
            self.per_container: Counter[str] = Counter()

        def on_item(self, item: Item) -> None:
            if item.contained:
                self.per_container[item.path.rsplit("/", 2)[-2]] += 1

    counter = Count()
    for _ in Walk(Input("flux.xml"), lambda engine: [counter]):
        pass

Faults
------

A pass *reading* (``reading=True``: binding, counting, migrating) stops at the first fault
it meets. A pass *validating* (``reading=False``) must report what :func:`lheo.validate`
reports, which parses the whole document first: a fault found on the way is kept while the
rest is read, in constant memory, and the one reported is the first that the whole-document
path meets (a syntax error, else the fault of lowest rank, see ``_RANK_*``).

Added in 0.2 (the engine of :mod:`lheo._stream` since 0.1, split into handlers).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, NoReturn

from lxml import etree

from lheo import _xml
from lheo._detect import check_kind, version_of
from lheo._source import Input, NeedHuge, Reader, iterparse, syntax_error
from lheo._xml import XSI, Source
from lheo.errors import Issue, LheoError, ParseError, UnsafeXmlError
from lheo.versions import Version, repeatable

__all__ = [
    "HEADER",
    "HOLDER",
    "MAX_HELD",
    "PROBE",
    "Engine",
    "Handler",
    "Header",
    "Item",
    "Run",
    "Walk",
    "handed_lists",
    "source_line",
]

#: Most characters of XML that streaming keeps outside the items (root, containers, trailing
#: extras, elements out of place), estimated as text, attribute values and names. Beyond it a
#: stream is refused with :class:`~lheo.UnsafeXmlError` (use :func:`lheo.read`): reading that
#: part takes some 25 times its size in memory (tree then typed objects).
MAX_HELD = 16 * 1024 * 1024


class _HeaderMark:
    def __repr__(self) -> str:
        return "HEADER"


#: What :meth:`Engine.walk` yields once the header is complete (see ``on_header``).
HEADER: Any = _HeaderMark()

#: The attribute that marks a placeholder, its value the number of its :class:`Run`. In a
#: private namespace, so that no document can carry it.
PROBE = "{urn:x-lheo:stream}run"

#: The unqualified element, inside a placeholder, that holds an ``xs:ID`` value of its items
#: (``<lheo-stream-id id="…"/>``), so that the skeleton's validation sees duplicates.
HOLDER = "lheo-stream-id"

# XML's white space: the blank text between items that lets them share a placeholder (not
# U+0085 or U+00A0, which Python's str.strip() also removes).
_XML_BLANK = " \t\r\n"


def source_line(el: etree._Element) -> int | None:
    """The element's line in the source (``None`` when unknown)."""
    line: Any = el.sourceline
    return int(line) if line else None


def _xml_size(el: etree._Element) -> int:
    """About the size in XML of an element and its content (see MAX_HELD)."""
    size = 0
    for node in el.iter():
        size += len(node.text or "") + len(node.tail or "")
        if isinstance(node.tag, str):
            size += len(node.tag)
            for key, value in node.attrib.items():
                size += len(key) + len(value)
    return size


# ---------------------------------------------------------------------------------------
# The protocol


class Header:
    """What the engine knows of the document around its items (filled as it reads).

    Attributes:
        name: display name of the source.
        version: the document's :class:`~lheo.Version` (once the root has started).
        kind: local name of the root element.
        namespace: the namespace of the document's elements as the engine sees them (the
            version's, also for a document without namespace unless the pass keeps names).
        root: the root element while the engine reads (``None`` afterwards).
        xsi: ``xsi:*`` attributes of the root, by local name.
        root_attrs: the root's other attributes, as written.
        container_attrs: the attributes of each container met so far, by local name.
        frames: the elements open when the header was complete (see ``on_header``).
        renamed: the document had no namespace; its elements were given the version's.
        indented: whether the root has text before its first child (an indented document);
            final once the engine is done.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.version: Version = Version.V2_3
        self.kind = ""
        self.namespace: str | None = None
        self.root: etree._Element | None = None
        self.xsi: dict[str, str] = {}
        self.root_attrs: dict[str, str] = {}
        self.container_attrs: dict[str, dict[str, str]] = {}
        self.frames: tuple[etree._Element, ...] = ()
        self.renamed = False
        self._indented = False

    @property
    def indented(self) -> bool:
        """Whether the root has text before its first child (see the class attributes)."""
        root = self.root
        return self._indented if root is None else root.text is not None


class Item:
    """An element handed over whole, and what handlers attach to it (see the module doc).

    Attributes:
        element: the item's element, with its content (alive until the hooks return).
        local: its local name.
        path: its path in the document (``/lheo/offres/formation[3]``), positions where
            the schema allows repetition, as :func:`lheo.validate` writes paths.
        clean: whether that path is one :func:`lheo.validate` gives (no prefixed element on
            the way; ``lheo.validate`` then gives no path).
        line: its line in the source.
        contained: an item of a container (``offres/formation``…): one of the flow's items,
            not one met elsewhere (lenient reading) or a chunk.
        number: its position among the contained items (1 for the first), 0 if not one.
        engine: the engine that read it.
        issues: validation issues of the item, kept with its placeholder (see
            :meth:`Engine.runs`).
        ids: its ``xs:ID`` values, held in its placeholder (see :data:`HOLDER`).
        keep: keep the element whole in the skeleton instead of dropping its content.
        anchor: the element of the tree the placeholder replaces (``None``: the item's own).
    """

    __slots__ = (
        "anchor",
        "clean",
        "contained",
        "element",
        "engine",
        "ids",
        "issues",
        "keep",
        "line",
        "local",
        "number",
        "path",
    )

    def __init__(
        self,
        element: etree._Element,
        *,
        local: str,
        path: str,
        clean: bool,
        contained: bool,
        number: int,
        engine: Engine,
    ) -> None:
        self.element = element
        self.local = local
        self.path = path
        self.clean = clean
        self.line = source_line(element)
        self.contained = contained
        self.number = number
        self.engine = engine
        self.issues: list[Issue] = []
        self.ids: list[str] = []
        self.keep = False
        self.anchor: etree._Element | None = None


class Handler:
    """A receiver of the engine's hooks; every hook does nothing (see the module doc)."""

    def on_open(self, element: etree._Element) -> None:
        """An element outside the items starts (the root first)."""

    def on_header(self, header: Header) -> None:
        """The header is complete (the first item of a container is next)."""

    def on_item(self, item: Item) -> Any:
        """An item has been read whole: return a value to hand over, or ``None``."""
        return None

    def on_close(self, element: etree._Element) -> None:
        """An element outside the items ends."""

    def on_trailer(self, skeleton: etree._Element) -> None:
        """The flow is read: the root, items replaced by placeholders."""


class Run:
    """Items collapsed into one placeholder: what they were, and what handlers attached.

    Attributes:
        number: its number, the value of the placeholder's :data:`PROBE` attribute.
        line: the line of its first item.
        last: the line of its last item.
        path: the path of its first item (see :attr:`Item.path`).
        clean: whether that path is one ``lheo.validate`` gives.
        local: the local name of its items.
        collapsible: whether the next item may join it (not when its item is kept whole).
        issues: the issues of its items, in document order.
    """

    __slots__ = ("clean", "collapsible", "issues", "last", "line", "local", "number", "path")

    def __init__(self, number: int, item: Item, collapsible: bool) -> None:
        self.number = number
        self.line = self.last = item.line
        self.path = item.path
        self.clean = item.clean
        self.local = item.local
        self.collapsible = collapsible
        self.issues: list[Issue] = []


# ---------------------------------------------------------------------------------------
# Faults

# What decides between two faults of one document: where the in-memory path meets them
# (lheo._xml.parse_bytes then lheo.validate). A parse error (rank 0) stops everything, and so
# does the first problem of the parser's log (an undeclared entity, which comes next). The
# others are found once the document is parsed: the DTD, attribute counts, depth, sizes
# (texts before attribute values), the root (version, kind), and last what only streaming
# refuses (MAX_HELD).
_RANK_DTD, _RANK_ATTRIBUTES, _RANK_DEPTH, _RANK_TEXT, _RANK_VALUE = range(2, 7)
_RANK_ROOT, _RANK_HELD = 10, 11

# The sizes checked in an item (kinds of _xml.SIZED) and their ranks. Comments and processing
# instructions are not: the streaming parser keeps them only for layouts.
_SIZE_RANKS = {"text": _RANK_TEXT, "attribute value": _RANK_VALUE}


class _Fault(Exception):
    """A fault found while validating: the rest is read before it is reported (``_drain``)."""

    def __init__(self, error: LheoError, rank: int) -> None:
        super().__init__(error)
        self.error = error
        self.rank = rank


class _Frame:
    """An open element of the skeleton (not an item)."""

    __slots__ = ("_path", "clean", "counts", "el", "item_tag", "names", "pairs")

    def __init__(
        self,
        el: etree._Element,
        parent: _Frame | None,
        pairs: frozenset[tuple[str, str]],
        item_tag: str | None,
    ) -> None:
        self.el = el
        self.pairs = pairs
        self.names: tuple[str, ...] = (parent.names if parent else ()) + (_xml.local(el.tag),)
        self.clean: bool = (parent.clean if parent else True) and el.prefix is None
        self.counts: dict[str, int] = {}
        self.item_tag = item_tag  # the tag of the items of a container
        self._path: str | None = None

    @property
    def path(self) -> str:
        if self._path is None:
            self._path = _xml.element_path(self.el, self.pairs)
        return self._path


# ---------------------------------------------------------------------------------------
# The engine


class Engine:
    """One pass over a flow: frames, items, placeholders; handlers do the rest.

    Args:
        handlers: the handlers, called in this order (see the module doc); as handlers
            usually keep their engine, they may also be set afterwards (:attr:`handlers`).
        name: display name of the source (messages, issues).
        version: the version to assume when the root has no namespace.
        reading: stop at the first fault (reading); ``False`` reports the fault the
            whole-document path meets first (validating, see *Faults*).
        huge: parse with ``huge_tree`` (then the engine applies the limits libxml2 lifts).
        retried: this pass is a restart with ``huge_tree`` (a fault ranks as after a
            whole-document parse).
        comments: keep comments and processing instructions (layouts, migration).
        contained_only: only the items of a container are items; the others are read as
            part of the skeleton (``False``: every item element outside an item is one).
        chunks: local names of other elements taken one at a time wherever they are
            outside the items (validation: ``("extra",)``).
        rename: give a document without namespace its version's namespace (what validation
            and binding need); ``False`` keeps its names (a lone ``formation`` root is
            then no container of items).
        max_issues: keep at most this many item issues in :meth:`runs` (the others are
            counted in :attr:`issues_dropped`); ``None``: keep all.
        lookup: an element class lookup for this pass's parser (the typed views'); ``None``:
            lxml's default classes.
        sparse: let lxml report only the elements a reading pass needs (roots, containers,
            items, ``extras``), the others staying inside them: about a third faster, for
            passes that only read items (records, search). Needs ``rename=False`` and
            ``reading=True``; ignored with ``huge`` (depths are then counted per element).
            Other elements outside the items are then neither handed to ``on_open`` nor
            counted in :data:`MAX_HELD`.
        moved: ``(namespace, version)``: a document in that namespace is read as that
            version (:attr:`Header.version`); its elements keep their namespace
            (:attr:`Header.namespace`).

    Attributes:
        handlers: the handlers.
        header: the :class:`Header`.
        pairs: ``(parent, child)`` pairs where the version allows repetition (paths).
        units: local names of the items and chunks of this document (empty until the root
            is read, and for a root that is itself an item).
        reader: the :class:`~lheo._source.Reader` while :meth:`parse` reads.
        size: what the source gave, once :meth:`parse` is done (bytes).
        issues_dropped: item issues not kept (see ``max_issues``).
    """

    def __init__(
        self,
        handlers: Sequence[Handler] = (),
        *,
        name: str,
        version: str | Version | None = None,
        reading: bool = True,
        huge: bool = False,
        retried: bool = False,
        comments: bool = False,
        contained_only: bool = False,
        chunks: tuple[str, ...] = (),
        rename: bool = True,
        max_issues: int | None = None,
        lookup: etree.ElementClassLookup | None = None,
        sparse: bool = False,
        moved: tuple[str, Version] | None = None,
    ) -> None:
        self.handlers: tuple[Handler, ...] = tuple(handlers)
        self.moved = moved
        self.lookup = lookup
        self.name = name
        self.asked = version
        self.reading = reading
        self.huge = huge
        self.retried = retried
        self.comments = comments
        self.contained_only = contained_only
        self.chunks = chunks
        self.rename = rename
        self.sparse = sparse and not huge and reading and not rename
        self.max_issues = max_issues
        self.header = Header(name)
        self.pairs: frozenset[tuple[str, str]] = frozenset()
        self.units: tuple[str, ...] = ()
        self.reader: Reader | None = None
        self.size = 0
        self.issues_dropped = 0
        self._issues_kept = 0
        self._runs: list[Run] = []
        self._originals: dict[int, etree._Element] = {}
        self._units: frozenset[str] = frozenset()  # tags of items and chunks
        self._anywhere: frozenset[str] = frozenset()  # of those, the ones taken anywhere
        self._parser: Any = None
        self._held = 0  # estimated characters kept outside the items (see MAX_HELD)
        self._log_seen = 0  # parser log entries already looked at
        self._head_due = False
        self._head_sent = False
        self._contained = 0
        self._depth = 0  # of the element the walk is in
        self._rename: str | None = None  # the namespace given to elements without one

    # -- driving ------------------------------------------------------------------------

    def parse(self, inp: Input) -> Generator[Any, None, None]:
        """Read ``inp`` and walk its events; yield as :meth:`walk` does.

        Raises:
            NeedHuge: libxml2 asks for ``huge_tree`` (see :class:`Walk`).
            LheoError: what :func:`lheo.read` raises for the same source (and what the
                handlers raise).
        """
        stream = inp.open()
        try:
            reader = self.reader = Reader(stream, self.name)
            self._parser = iterparse(
                reader,
                huge=self.huge,
                **({"tag": _sparse_tags(self.chunks)} if self.sparse else {}),
                events=("start", "end"),
                remove_comments=not self.comments,
                remove_pis=not self.comments,
            )
            if self.lookup is not None:
                self._parser.set_element_class_lookup(self.lookup)
            yield from self.walk(iter(self._parser))
        finally:
            if self.reader is not None:
                self.size = self.reader.size
            self.reader = self._parser = None
            inp.close()

    def walk(self, events: Iterator[tuple[str, Any]]) -> Generator[Any, None, None]:
        """Walk ``("start"|"end", element)`` events; yield :data:`HEADER`, then values.

        :data:`HEADER` comes once, when ``on_header`` has been called; every value that
        ``on_item`` returns (not ``None``) follows as the items are read. The events come
        from :meth:`parse`, or from a tree built elsewhere (the migration's output).
        """
        frames: list[_Frame] = []
        try:
            while True:
                got = self._next(events)
                if got is None:
                    break
                event, el = got
                if event == "end":
                    self._depth -= 1
                    self._end(el, frames)
                    continue
                self._enter(el)
                if not frames:
                    if self.sparse and el.getparent() is not None:
                        # The root is no LHÉO root (lxml did not report it): refused there.
                        self._open_root(el.getroottree().getroot(), frames)
                    self._open_root(el, frames)
                elif self._start(el, frames):
                    if self._head_due:
                        self._head_due = False
                        yield from self._header_complete(frames)
                    if not self._read_item(events, el):
                        break
                    yield from self._item_end(el, frames[-1])
            if self.header.root is None and self.sparse and self._parser is not None:
                root = self._parser.root  # an unknown root with nothing reported inside
                if root is not None:
                    self._open_root(root, frames)
            if self.header.root is None:  # pragma: no cover - libxml2 reports empty documents
                raise ParseError("empty document", line=1, column=1, source=self.name)
            self.check_log()
        except _Fault as fault:
            self._drain(events, fault)
        yield from self._trailer()

    def _enter(self, el: etree._Element) -> None:
        """An element starts: its depth, and the namespace of a document without one."""
        self._depth += 1
        if self.huge and self._depth > _xml.MAX_DEPTH:
            self._too_deep(el)
        if self._rename is not None and not el.tag.startswith("{"):
            el.tag = f"{{{self._rename}}}{el.tag}"

    def _read_item(self, events: Iterator[tuple[str, Any]], item: etree._Element) -> bool:
        """Read the events inside an item up to its end (``False``: the events ended first).

        The loop that runs once per event of the flow: the item's content is left to lxml,
        only depths and names are looked at here.
        """
        depth = self._depth
        huge, rename = self.huge, self._rename
        limit = _xml.MAX_DEPTH
        try:
            while True:
                event, el = next(events)
                if event == "start":
                    depth += 1
                    if huge and depth > limit:
                        self._depth = depth
                        self._too_deep(el)
                    if rename is not None and not el.tag.startswith("{"):
                        el.tag = f"{{{rename}}}{el.tag}"
                else:
                    depth -= 1
                    if el is item:
                        self._depth = depth
                        return True
        except StopIteration:
            self._depth = depth
            return False
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None

    def _header_complete(self, frames: list[_Frame]) -> Iterator[Any]:
        self.header.frames = tuple(frame.el for frame in frames)
        for handler in self.handlers:
            handler.on_header(self.header)
        yield HEADER

    def _trailer(self) -> Iterator[Any]:
        """The flow is read: the trailer's hooks, then the XML is let go."""
        root = self.header.root
        assert root is not None
        for handler in self.handlers:
            handler.on_trailer(root)
        late = not self._head_sent
        if late:
            self._head_sent = True
            self.header.frames = ()
            for handler in self.handlers:
                handler.on_header(self.header)
        # The handlers' results may live on: let the XML go.
        self.header._indented = root.text is not None
        self.header.root = None
        self._originals.clear()
        if late:
            yield HEADER

    # -- the parser's log ---------------------------------------------------------------

    def _syntax(self, exc: etree.XMLSyntaxError) -> Exception:
        log = self._parser.error_log if self._parser is not None else None
        assert self.reader is not None
        return syntax_error(exc, log, self.name, huge=self.huge, reader=self.reader)

    def _next(self, events: Iterator[tuple[str, Any]]) -> tuple[str, Any] | None:
        try:
            return next(events)
        except StopIteration:
            return None
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None

    def _log_problem(self) -> Exception | None:
        """The parser's first problem logged so far, as the in-memory parse would raise it.

        An undeclared entity (only a warning under a DOCTYPE), a namespace error (which
        iterparse raises only at the end), or an error after which the reader stopped
        feeding the parser (its events come first): ``NeedHuge`` if it asks for huge_tree.
        """
        log = self._parser.error_log if self._parser is not None else None
        if log is None or len(log) <= self._log_seen:
            return None
        self._log_seen = len(log)
        if _xml.first_problem(log) is None:
            return None
        assert self.reader is not None
        unused: Any = etree.XMLSyntaxError  # the log's first problem makes the message
        return syntax_error(unused("", 0, 0, 0), log, self.name, huge=self.huge, reader=self.reader)

    def check_log(self) -> None:
        """Raise the parser's first problem logged so far, if any, as ``lheo.read`` would.

        Handlers call it before trusting an item's content: an undeclared entity leaves a
        text cut, a namespace error odd names.
        """
        problem = self._log_problem()
        if problem is not None:
            raise problem

    # -- faults and limits --------------------------------------------------------------

    def _refuse(self, error: LheoError, rank: int) -> NoReturn:
        """Refuse the document for ``error``, a fault of the given rank (see ``_Fault``)."""
        if self.reading or rank == 0:
            raise error
        raise _Fault(error, rank)

    def _too_deep(self, el: etree._Element) -> None:
        # Parsing at once without huge_tree, libxml2 stops there (rank 0); after a retry
        # with it, the in-memory path finds the depth once the document is parsed.
        self._refuse(
            _xml.depth_error(source_line(el), self.name), _RANK_DEPTH if self.retried else 0
        )

    def _text_fault(self, text: str | None, owner: etree._Element) -> None:
        if self.huge and text is not None and len(text) > _xml.MAX_TEXT_NODE:
            self._refuse(_xml.size_error("text", self._owner_line(owner), self.name), _RANK_TEXT)

    def _owner_line(self, el: etree._Element) -> int | None:
        # A placeholder's tail is the last item's of its run.
        number = el.get(PROBE)
        return source_line(el) if number is None else self._runs[int(number)].last

    def _check_start(self, el: etree._Element) -> None:
        """Limits on an element met outside the items, and on the text before it.

        Texts are checked where they are complete, so in document order: a text before its
        element's first child, a tail before the next sibling (or at the parent's end).
        """
        attrib = el.attrib
        if len(attrib) > _xml.MAX_ATTRIBUTES:
            self._refuse(_xml.attributes_error(el, self.name), _RANK_ATTRIBUTES)
        if not self.huge:
            return  # libxml2 refuses texts over 10 MB itself
        prev = el.getprevious()
        if prev is not None:
            self._text_fault(prev.tail, prev)
        else:
            parent = el.getparent()
            if parent is not None:
                self._text_fault(parent.text, parent)
        for value in attrib.values():
            if len(value) > _xml.MAX_TEXT_NODE:
                error = _xml.size_error("attribute value", source_line(el), self.name)
                self._refuse(error, _RANK_VALUE)

    def _check_end(self, el: etree._Element) -> None:
        """Limits on the last text inside an element met outside the items."""
        if not self.huge:
            return
        if len(el):
            last = el[-1]
            self._text_fault(last.tail, last)
        else:
            self._text_fault(el.text, el)

    def _hold(self, size: int) -> None:
        """Count ``size`` characters as kept in memory; refuse past :data:`MAX_HELD`."""
        self._held += size
        if self._held > MAX_HELD:
            self._held = -(1 << 62)  # refused once
            self._refuse(
                UnsafeXmlError(
                    f"more than {MAX_HELD / 2**20:g} MB of XML outside the formations and "
                    "summaries refused (streaming keeps that part in memory): read the "
                    "document whole (lheo.read, lheo.validate with stream=False, lheo.migrate)",
                    source=self.name,
                ),
                _RANK_HELD,
            )

    def _hold_frame(self, el: etree._Element) -> None:
        # An element of the skeleton, at its end: its name, attributes, text and the tails
        # of its children (placeholders included), about its size in XML.
        size = len(el.tag) + len(el.text or "")
        for key, value in el.attrib.items():
            size += len(key) + len(value)
        for child in el:
            size += len(child.tail or "")
            if not isinstance(child.tag, str):
                size += len(child.text or "")  # a comment kept (the migration keeps them)
        self._hold(size)

    def _check_item(self, item: etree._Element) -> None:
        """Limits on a whole item, before anything reads it."""
        if self.reading:
            # The parser's first problem is final (the in-memory parse reports it): an
            # undeclared entity would leave the text cut, a namespace error odd names.
            # Validation meets the first where the schema check fails, the second at the end.
            self.check_log()
        if self.reader is not None and self.reader.crowded:
            crowded = _xml.crowded(item)
            if crowded is not None:
                self._refuse(_xml.attributes_error(crowded, self.name), _RANK_ATTRIBUTES)
        if self.huge:
            big = _xml.oversized(item, tuple(_SIZE_RANKS))
            if big is not None:
                what, line = big
                self._refuse(_xml.size_error(what, line, self.name), _SIZE_RANKS[what])

    def _drain(self, events: Iterator[tuple[str, Any]], fault: _Fault) -> NoReturn:
        """Read the rest in constant memory for what the in-memory path reports first.

        That is a parse error, else the fault of lowest rank (the first one of that rank).
        """
        best = fault
        depth = self._depth
        while True:
            try:
                got = self._next(events)
                if got is None:
                    break
                event, el = got
                if event == "start":
                    depth += 1
                    if self.huge and depth > _xml.MAX_DEPTH:
                        self._too_deep(el)
                    self._check_start(el)
                else:
                    depth -= 1
                    self._check_end(el)
                    el.clear(keep_tail=True)
                    parent = el.getparent()
                    if parent is not None:
                        while el.getprevious() is not None:
                            del parent[0]
            except _Fault as other:
                if other.rank < best.rank:
                    best = other
        self.check_log()
        raise best.error

    # -- the skeleton -------------------------------------------------------------------

    def _open_root(self, el: etree._Element, frames: list[_Frame]) -> None:
        """Read the root: the document's version and kind, the handlers' ``on_open``."""
        self._check_start(el)
        try:
            _xml._check_dtd(el.getroottree(), self.name)
        except LheoError as exc:
            self._refuse(exc, _RANK_DTD)
        try:
            self._rename = self._read_root(el)
            frames.append(_Frame(el, None, self.pairs, None))
            for handler in self.handlers:
                handler.on_open(el)
        except LheoError as exc:
            self._refuse(exc, _RANK_ROOT)

    def _read_root(self, el: etree._Element) -> str | None:
        header = self.header
        header.root = el
        local, ns = _xml.local(el.tag), _xml.namespace(el.tag)
        found = version_of(ns, local, self.asked, self.name)
        if self.moved is not None and ns == self.moved[0]:
            found = self.moved[1]
        rename = None
        if ns is None and self.rename:
            rename = ns = found.namespace
            el.tag = f"{{{rename}}}{local}"
            header.renamed = True
        check_kind(found, local, self.name)
        header.version, header.kind, header.namespace = found, local, ns
        self.pairs = repeatable(found)
        for key, value in el.attrib.items():
            if _xml.namespace(key) == XSI:
                header.xsi[_xml.local(key)] = str(value)
            else:
                header.root_attrs[str(key)] = str(value)
        items = list(found.item_names)
        chunks = [n for n in self.chunks if found.has_element(n)]
        # A lone item as root (kind "formation") is read as a whole.
        if local not in items + chunks:
            self.units = tuple(items + chunks)
            self._units = frozenset(_clark(ns, n) for n in self.units)
            self._anywhere = frozenset(_clark(ns, n) for n in chunks)
            if not self.contained_only:
                self._anywhere |= self._units
        return rename

    def _start(self, el: etree._Element, frames: list[_Frame]) -> bool:
        """An element starts outside the items: whether it is an item (else it is framed)."""
        self._check_start(el)
        tag = el.tag
        parent = frames[-1]
        if tag in self._units:
            contained = parent.item_tag == tag
            if contained and self.sparse:
                # An item inside an element lxml did not report is not the container's.
                contained = el.getparent() is parent.el
            if contained or tag in self._anywhere:
                if contained and not self._head_sent:
                    self._head_sent = self._head_due = True
                return True
        item_tag = None
        header = self.header
        if len(frames) == 1:
            local = _xml.local(tag)
            for container, item_local in header.version.containers(header.kind):
                if container == local and tag == _clark(header.namespace, local):
                    item_tag = _clark(header.namespace, item_local)
                    header.container_attrs[local] = {str(k): str(v) for k, v in el.attrib.items()}
        frames.append(_Frame(el, parent, self.pairs, item_tag))
        for handler in self.handlers:
            handler.on_open(el)
        return False

    def _end(self, el: etree._Element, frames: list[_Frame]) -> None:
        self._check_end(el)
        if self.sparse and len(frames) > 1 and frames[-1].item_tag is None:
            # An extras: its content was not reported element by element.
            self._hold(_xml_size(el))
        else:
            self._hold_frame(el)
        frames.pop()
        for handler in self.handlers:
            handler.on_close(el)

    # -- items --------------------------------------------------------------------------

    def _item_end(self, el: etree._Element, frame: _Frame) -> list[Any]:
        """An item is read: check it, hand it to the handlers, put its placeholder."""
        self._check_item(el)
        tag = el.tag
        local = _xml.local(tag)
        index = frame.counts.get(tag, 0) + 1
        frame.counts[tag] = index
        step = f"{local}[{index}]" if (frame.names[-1], local) in self.pairs else local
        contained = frame.item_tag == tag
        number = 0
        if contained:
            self._contained += 1
            number = self._contained
        item = Item(
            el,
            local=local,
            path=f"{frame.path}/{step}",
            clean=frame.clean and el.prefix is None,
            contained=contained,
            number=number,
            engine=self,
        )
        values = []
        for handler in self.handlers:
            value = handler.on_item(item)
            if value is not None:
                values.append(value)
        self._place(item)
        return values

    def _place(self, item: Item) -> None:
        """Put a placeholder, holding the item's IDs and issues, where the item was."""
        issues = item.issues
        if self.max_issues is not None:
            room = max(0, self.max_issues - self._issues_kept)
            if len(issues) > room:
                self.issues_dropped += len(issues) - room
                issues = issues[:room]
            self._issues_kept += len(issues)
        el = item.element
        tail = el.tail
        if item.anchor is not None:
            # An item built elsewhere: its placeholder takes the place of its stand-in.
            el.clear()
            el = item.anchor
            el.tail = tail
        parent = el.getparent()
        assert parent is not None
        prev = el.getprevious()
        keep = item.keep
        if (
            not keep
            and prev is not None
            and prev.tag == el.tag
            and prev.get(PROBE) is not None
            and not (prev.tail and prev.tail.strip(_XML_BLANK))
        ):
            last = self._runs[int(prev.get(PROBE, "0"))]
            if last.collapsible:
                last.issues.extend(issues)
                last.last = item.line
                for value in item.ids:
                    etree.SubElement(prev, HOLDER, id=value)
                prev.tail = tail
                el.clear()
                parent.remove(el)
                return
        run = Run(len(self._runs), item, collapsible=not keep)
        run.issues.extend(issues)
        self._runs.append(run)
        # Created inside the parent (so that it uses the parent's namespace declaration and
        # prefix), then moved before the item, which goes with its tail.
        # Its line is the run's, never its own (lxml stores an element's line in 16 bits).
        placeholder = etree.SubElement(parent, el.tag, {PROBE: str(run.number)})
        for value in item.ids:
            etree.SubElement(placeholder, HOLDER, id=value)
        el.addprevious(placeholder)
        placeholder.tail = tail
        if keep:
            self._hold(_xml_size(el))
            self._originals[run.number] = el
        else:
            el.clear()
        parent.remove(el)

    def runs(self) -> list[Run]:
        """The placeholders' runs, by number (see :data:`PROBE`)."""
        return self._runs

    def restore(self, skeleton: etree._Element, *, tails: bool) -> None:
        """Put the kept items back in place of their placeholders; remove the others.

        Args:
            skeleton: the root, as ``on_trailer`` gets it.
            tails: keep the text that follows a removed placeholder (joined to the text
                before it); ``False`` drops it with the placeholder.
        """
        for placeholder in [el for el in skeleton.iter() if el.get(PROBE) is not None]:
            parent = placeholder.getparent()
            assert parent is not None
            original = self._originals.pop(int(placeholder.get(PROBE, "0")), None)
            if original is not None:
                original.tail = placeholder.tail
                parent.replace(placeholder, original)
                continue
            if tails and placeholder.tail:
                prev = placeholder.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + placeholder.tail
                else:
                    parent.text = (parent.text or "") + placeholder.tail
            parent.remove(placeholder)


@functools.cache
def _sparse_tags(chunks: tuple[str, ...]) -> tuple[str, ...]:
    """What a sparse pass asks lxml to report, in any namespace (see ``Engine(sparse=)``)."""
    names: dict[str, None] = {"extras": None}
    for version in Version:
        for kind in version.roots:
            names[kind] = None
            for container, item in version.containers(kind):
                names[container] = names[item] = None
    names.update(dict.fromkeys(chunks))
    return tuple(f"{{*}}{name}" for name in names)


def _clark(ns: str | None, local: str) -> str:
    return local if ns is None else f"{{{ns}}}{local}"


# ---------------------------------------------------------------------------------------
# Restarts


class Walk:
    """An engine pass over an input, restarted with ``huge_tree`` when libxml2 asks.

    Iterating gives :data:`HEADER` once, then the values the handlers hand over. A restart
    (:class:`~lheo._source.NeedHuge`) reads the input again from its start, with a new
    engine and new handlers from ``make``: handlers that hand values over skip those
    already handed (:attr:`handed` says how many).

    Args:
        inp: the input.
        make: the handlers of a pass, given its engine.
        huge: start with ``huge_tree`` (default: only for an input that cannot restart).
        **options: the other options of :class:`Engine`.

    Attributes:
        engine: the current pass's engine.
        handlers: its handlers.
        handed: values handed over so far.
    """

    def __init__(
        self,
        inp: Input,
        make: Callable[[Engine], Sequence[Handler]],
        *,
        huge: bool | None = None,
        **options: Any,
    ) -> None:
        self.input = inp
        self._make = make
        self._options = options
        self._header_given = False
        self.handed = 0
        self._start(huge=not inp.restartable if huge is None else huge, retried=False)

    def _start(self, *, huge: bool, retried: bool) -> None:
        self.engine = Engine(name=self.input.name, huge=huge, retried=retried, **self._options)
        self.handlers = tuple(self._make(self.engine))
        self.engine.handlers = self.handlers
        self._values = self.engine.parse(self.input)

    def __iter__(self) -> Walk:
        return self

    def __next__(self) -> Any:
        while True:
            try:
                value = next(self._values)
            except NeedHuge:
                self._start(huge=True, retried=True)
                continue
            if value is HEADER:
                if self._header_given:
                    continue
                self._header_given = True
            else:
                self.handed += 1
            return value

    def run(self) -> None:
        """Walk to the end, dropping what is handed over."""
        for _ in self:
            pass

    def close(self) -> None:
        """Stop reading and close what the input opened."""
        self._values.close()
        self.input.close()


def handed_lists(
    source: Source,
    make: Callable[[Engine, int], Handler],
    *,
    version: str | Version | None,
) -> Iterator[Any]:
    """What one handler hands over in lists, one value at a time, over the contained items.

    A sparse :class:`Walk` (``contained_only``, no renaming), closed when the iteration
    ends or is abandoned.

    Args:
        source: the flow or index to read.
        make: the handler, given its engine and how many lists were handed over already
            (made again for a restart with ``huge_tree``: it skips the items of those).
        version: the LHÉO version, or ``None`` to detect it.
    """
    handed = 0

    def handlers(engine: Engine) -> list[Handler]:
        return [make(engine, handed)]

    walk = Walk(
        Input(source), handlers, version=version, contained_only=True, rename=False, sparse=True
    )
    try:
        for value in walk:
            if isinstance(value, list):
                handed = walk.handed
                yield from value
    finally:
        walk.close()
