"""Streaming: read, validate and write LHÉO flows of any size in constant memory.

Real catalogues weigh from 50 MB to over 1 GB. :func:`iter_formations` yields one typed
formation at a time, :func:`validate_stream` validates while it reads, and
:class:`StreamWriter` writes formations one by one; none of them holds the document in memory.

How the validation stays equal to :func:`lheo.validate` without the whole tree: every
*item* (``formation``, ``offre-formation``, ``resume-offre``, ``resume-organisme``) is
validated on its own as soon as it is parsed, then replaced in the tree by an empty
*placeholder*; consecutive items collapse into one placeholder, so what stays in memory is the
document's *skeleton* (root, ``offres``, extras). At the end the skeleton is validated against
a copy of the XSD where the item elements accept the empty placeholders. libxml2 reports the
skeleton's errors in document order, and a placeholder that it reached gives one known error
(an attribute it does not allow) exactly where the whole document's validation would have
reported that item's errors: the items' own errors are put there. libxml2 skips the rest of
an element's content after an unexpected child: such skipped items give no error, there as
in the whole document. ``xs:ID`` values are tracked across items so that duplicates are
reported as in the whole document.

Added in 0.1.
"""

from __future__ import annotations

import copy
import functools
import io
import os
import re
import types
from collections.abc import Generator, Iterator, Mapping, Sequence
from types import TracebackType
from typing import IO, Any, NoReturn

import attrs
from lxml import etree
from xsdata.exceptions import ParserError as XsdataParserError
from xsdata.exceptions import XmlContextError
from xsdata.formats.dataclass.serializers.writers.lxml import LxmlTreeBuilder
from xsdata.utils import namespaces as xsdata_namespaces

from lheo import _context, _reader, _validate, _writer, _xml
from lheo._builder import BuildError, BuildWarning, build
from lheo._document import Document
from lheo._emitter import FragmentFallback, emit_child
from lheo._files import AtomicFile
from lheo._layout import epilog, prolog
from lheo._validate import ValidationReport
from lheo._xml import XSI, Source
from lheo.errors import Issue, LheoError, ParseError, UnsafeXmlError, ValidationError
from lheo.versions import Version, repeatable

__all__ = ["FormationStream", "StreamWriter", "iter_formations", "validate_stream"]

# Elements validated (and, in their container, yielded) one at a time.
_ITEM_NAMES = ("formation", "offre-formation", "resume-offre", "resume-organisme")

# Validation alone also takes ``extra`` elements met outside the items one at a time, so that
# large trailing extras are not held (``extras`` content is an unordered choice, so an
# ``extra`` validates the same on its own; iteration keeps them: it returns them typed).
_CHUNK_NAMES = ("extra",)

#: Most characters of XML that streaming keeps outside the items (root, containers, trailing
#: extras, elements out of place), estimated as text, attribute values and names. Beyond it a
#: stream is refused with :class:`~lheo.UnsafeXmlError` (use :func:`lheo.read`): reading that
#: part takes some 25 times its size in memory (tree then typed objects).
MAX_HELD = 16 * 1024 * 1024

# The containers whose children are yielded, per document kind (path of local names below
# the root, and the local name of the items). The 1.3.0 offer is ``offre-formation``.
_CONTAINERS: dict[str, tuple[tuple[str, str], ...]] = {
    "lheo": (("offres", "formation"),),
    "lheo-index": (("resumes-offres", "resume-offre"), ("resumes-organismes", "resume-organisme")),
    "lheo-leger": (("resumes-offres", "resume-offre"), ("resumes-organismes", "resume-organisme")),
}

# Placeholder machinery: a private namespace for the probe attribute, so no document can
# carry it, and unqualified holder elements for the xs:ID values of the replaced items.
_PRIVATE_NS = "urn:x-lheo:stream"
_PROBE = f"{{{_PRIVATE_NS}}}run"
_PROBE_MSG = f"attribute '{_PROBE}'"
_HOLDER = "lheo-stream-id"
_WRAPPER = "lheo-stream-wrapper"
_XS = "http://www.w3.org/2001/XMLSchema"

# XML's white space: what xs:ID values and the blank text between elements may hold (not
# U+0085 or U+00A0, which Python's str.strip() also removes).
_XML_BLANK = " \t\r\n"

# An approximation of xs:NCName (what xs:ID accepts): only such values are registered as IDs.
_NCNAME = re.compile(r"[^\W\d][\w.\-\u00b7\u0300-\u036f\u203f\u2040]*\Z")

_BIND_ERRORS = (BuildError, XsdataParserError, XmlContextError, ValueError, TypeError)


def _bind(
    element: etree._Element,
    cls: type[Any],
    strict: bool,
    found: list[BuildWarning] | None = None,
    layout: dict[str, Any] | None = None,
) -> Any:
    """Bind one element (and its subtree) to its binding class: the single binding call.

    Lenient conversions, whether the builder or its xsdata fallback made them, are appended
    to ``found``: passed along, not re-issued through :mod:`warnings`, whose state is
    process-wide (``catch_warnings`` in two threads at once leaves a recorder installed).
    ``layout``: keep the source layout, with these options of :func:`lheo._builder.build`.
    """
    if layout is None:
        return build(element, cls, strict=strict, warnings=found)
    return build(element, cls, strict=strict, warnings=found, keep_layout=True, **layout)


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


def _line(el: etree._Element) -> int | None:
    line: Any = el.sourceline
    return int(line) if line else None


def _item_local(version: Version) -> str:
    return "offre-formation" if version is Version.V1_3_0 else "formation"


def _containers(version: Version, kind: str) -> tuple[tuple[str, str], ...]:
    if kind == "lheo":
        return (("offres", _item_local(version)),)
    return _CONTAINERS.get(kind, ())


# ---------------------------------------------------------------------------------------
# Derived schemas


def _schema_doc(version: Version) -> etree._ElementTree:
    return _xml.parse_file(version.schema_path)


def _holder_decl(parent: etree._Element) -> None:
    holder = etree.SubElement(
        parent,
        f"{{{_XS}}}element",
        name=_HOLDER,
        form="unqualified",
        minOccurs="0",
        maxOccurs="unbounded",
    )
    holder_type = etree.SubElement(holder, f"{{{_XS}}}complexType")
    etree.SubElement(holder_type, f"{{{_XS}}}attribute", name="id", type="xs:ID")


@functools.cache
def _skeleton_schema(version: Version, names: tuple[str, ...]) -> _validate.SchemaPool:
    """The version's XSD where the items ``names`` are empty placeholders (of ID holders)."""
    doc = _schema_doc(version)
    for decl in doc.getroot().iterchildren(f"{{{_XS}}}element"):
        if decl.get("name") not in names:
            continue
        for child in list(decl):
            decl.remove(child)
        if "type" in decl.attrib:
            del decl.attrib["type"]
        complex_type = etree.SubElement(decl, f"{{{_XS}}}complexType")
        _holder_decl(etree.SubElement(complex_type, f"{{{_XS}}}sequence"))
    return _validate.SchemaPool(functools.partial(_validate.compile_schema, doc))


@functools.cache
def _wrapper_schema(version: Version) -> _validate.SchemaPool:
    """The version's XSD plus a wrapper: ID holders, then any element of the version."""
    doc = _schema_doc(version)
    decl = etree.SubElement(doc.getroot(), f"{{{_XS}}}element", name=_WRAPPER)
    sequence = etree.SubElement(
        etree.SubElement(decl, f"{{{_XS}}}complexType"), f"{{{_XS}}}sequence"
    )
    _holder_decl(sequence)
    etree.SubElement(
        sequence, f"{{{_XS}}}any", namespace="##targetNamespace", processContents="strict"
    )
    return _validate.SchemaPool(functools.partial(_validate.compile_schema, doc))


@functools.cache
def _ids_xpath(version: Version) -> etree.XPath:
    return etree.XPath("descendant-or-self::l:*/@id", namespaces={"l": version.namespace})


# ---------------------------------------------------------------------------------------
# Paths


def _resolve(root: etree._Element, path: str | None) -> etree._Element | None:
    """Find the element a libxml2 node path (``/*/*[2]/ns0:code[1]``) designates."""
    if not path or not path.startswith("/"):
        return None
    steps = path[1:].split("/")
    node = root
    for step in steps[1:]:
        name, _, rest = step.partition("[")
        pos = int(rest[:-1]) if rest else 1
        if name == "*":
            candidates = [c for c in node.iterchildren(tag=etree.Element)]
        else:
            prefix, _, local = name.rpartition(":")
            candidates = [
                c
                for c in node.iterchildren(tag=etree.Element)
                if _xml.local(c.tag) == local and (c.prefix or "") == prefix
            ]
        if pos > len(candidates):
            return None
        node = candidates[pos - 1]
    return node


def _step(node: etree._Element, parent: etree._Element, pairs: frozenset[tuple[str, str]]) -> str:
    name = _xml.local(node.tag)
    if (_xml.local(parent.tag), name) not in pairs:
        return name
    pos = 1 + sum(1 for _ in node.itersiblings(node.tag, preceding=True))
    return f"{name}[{pos}]"


def _relative(
    node: etree._Element, base: etree._Element, pairs: frozenset[tuple[str, str]]
) -> str | None:
    """Path of ``node`` below ``base`` (``""`` for ``base`` itself), ``None`` if outside."""
    steps: list[str] = []
    current = node
    while current is not base:
        parent = current.getparent()
        if parent is None:
            return None
        steps.append(_step(current, parent, pairs))
        current = parent
    return "".join("/" + step for step in reversed(steps))


# ---------------------------------------------------------------------------------------
# Sources


class _NeedHuge(Exception):
    """libxml2 hit a size limit that huge_tree lifts: parse again with it."""


class _Input:
    """A source that can be opened (again, when it is a path, bytes or a seekable file)."""

    def __init__(self, source: Source) -> None:
        self.name = _xml.source_name(source)
        self._data: bytes | None = None
        self._path: str | os.PathLike[str] | None = None
        self._file: IO[bytes] | None = None
        self._start: int | None = None
        self._opened: IO[bytes] | None = None
        if isinstance(source, bytes):
            self._data = source
        elif _xml.is_xml_text(source):
            assert isinstance(source, str)
            self._data = _xml.text_to_bytes(source, self.name)
        elif isinstance(source, (str, os.PathLike)):
            self._path = source
        elif hasattr(source, "read"):
            self._file = source
            try:
                if source.seekable():
                    self._start = source.tell()
            except (AttributeError, OSError, ValueError):
                self._start = None
        else:
            raise ParseError(f"unsupported source type {type(source).__name__}", source=self.name)

    @property
    def restartable(self) -> bool:
        return self._file is None or self._start is not None

    def open(self) -> IO[bytes]:
        self.close()
        if self._data is not None:
            return io.BytesIO(self._data)
        if self._path is not None:
            self._opened = _xml.open_path(self._path, self.name)
            return self._opened
        assert self._file is not None
        if self._start is not None:
            try:
                self._file.seek(self._start)
            except (OSError, ValueError) as exc:
                raise _xml.cannot_read(exc, self.name) from exc
        return self._file

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()
            self._opened = None


class _Reader:
    """Checks the head of a stream like the in-memory path, then serves head and rest.

    What the stream's ``read`` gives is checked: its failures and anything but bytes become
    :class:`ParseError` (a text-mode file is encoded as :func:`lheo._xml.text_to_bytes` says).
    """

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        self._name = name
        self._text: bool | None = None  # whether the stream gives str, once known
        self._breaks = 0  # line breaks after the last "<" read
        self._text_lines = 1  # line of the next character, for a text-mode file
        self.eof = False
        self._events: Any = None
        # Whether some markup read so far may hold more than MAX_ATTRIBUTES attributes
        # (then items are checked one by one), and the "=" after the last "<" read.
        self.crowded = False
        self._equals = 0
        self.declarations = 0
        self._last = b""
        head = self._read_exactly(_xml.HEAD_SIZE)
        if len(head) < _xml.HEAD_SIZE and not head.strip():
            raise ParseError("empty document", line=1, column=1, source=name)
        _xml._refuse_entity_declarations(head, name)
        self._head = head
        self._pos = 0
        if not _xml.scannable(head):
            self.crowded = True  # the byte scan does not hold: check every item

    def _chunk(self, size: int) -> bytes:
        try:
            data: Any = self._stream.read(size)
        except (OSError, ValueError) as exc:
            raise ParseError(f"cannot read file object: {exc}", source=self._name) from exc
        kind = isinstance(data, str)
        if not isinstance(data, (bytes, str)) or (self._text is not None and kind != self._text):
            raise ParseError(
                f"file object returned {type(data).__name__}, not bytes", source=self._name
            )
        if isinstance(data, str):
            # A text-mode file read in parts: the first one is a text's start, the others
            # are encoded as they are, their lines counted for the position of an error.
            line = self._text_lines
            self._text_lines += data.count("\n")
            if self._text is None:
                data = _xml.text_to_bytes(data, self._name)
            else:
                data = _xml.encode_text(data, self._name, line)
        if self._text is None and data:
            self._text = kind
        if not data:
            self.eof = size != 0
            return b""
        # Namespace declarations read so far (across reads: the last bytes of the previous
        # one are looked at again): layouts look at prefixes only where there are some.
        self.declarations += (self._last + data[:4]).count(b"xmlns") + data.count(b"xmlns", 4)
        self._last = bytes(data[-4:])
        lt = data.rfind(b"<")
        if lt == -1:
            self._breaks += data.count(b"\n")
        else:
            self._breaks = data.count(b"\n", lt)
        if not self.crowded:
            self._scan_markup(data, lt)
        return bytes(data)

    def tag_line(self, end_line: int) -> int:
        """The line of the last ``<`` read, from the line of the end of the data."""
        return end_line - self._breaks

    def _scan_markup(self, data: bytes, last_lt: int) -> None:
        # A start tag with more than MAX_ATTRIBUTES attributes has as many "=" after its "<"
        # (and spans at least CROWDED_TAG_SPAN bytes): look for such runs, across reads too.
        first_lt = data.find(b"<")
        if first_lt == -1:
            self._equals += data.count(b"=")
        else:
            self._equals += data.count(b"=", 0, first_lt)
            if self._equals <= _xml.MAX_ATTRIBUTES:
                for match in _LONG_RUN.finditer(data, first_lt, last_lt):
                    if data.count(b"=", match.start(), match.end()) > _xml.MAX_ATTRIBUTES:
                        self.crowded = True
                        return
                self._equals = data.count(b"=", last_lt)
        if self._equals > _xml.MAX_ATTRIBUTES:
            self.crowded = True

    def _read_exactly(self, size: int) -> bytes:
        parts: list[bytes] = []
        left = size
        while left > 0:
            data = self._chunk(left)
            if not data:
                break
            parts.append(data)
            left -= len(data)
        return b"".join(parts)

    def watch(self, events: Any) -> None:
        """Stop feeding ``events`` (an iterparse) once its parser has logged an error.

        Fed more after a fatal error, lxml starts over and clears the parser's log, losing
        the error to report (the report would say "Start tag expected" at line 1).
        """
        self._events = events

    def read(self, size: int = -1) -> bytes:
        events = self._events
        if events is not None:
            for entry in events.error_log:
                if entry.level >= etree.ErrorLevels.ERROR:
                    return b""
        if self._head:
            if size is None or size < 0:
                data = self._head[self._pos :] + self._chunk(-1)
                self._head = b""
                return data
            data = self._head[self._pos : self._pos + size]
            self._pos += len(data)
            if self._pos >= len(self._head):
                self._head, self._pos = b"", 0
            return data
        return self._chunk(size if size is not None else -1)


# A run of markup after a "<" long enough to hold more than MAX_ATTRIBUTES attributes.
_LONG_RUN = re.compile(rb"<[^<]{%d,}" % _xml.CROWDED_TAG_SPAN)


def _syntax_error(
    exc: etree.XMLSyntaxError, log: Any, name: str, *, huge: bool, reader: _Reader
) -> Exception:
    """The error to raise for what iterparse raised.

    ``_NeedHuge`` says to parse again with huge_tree, as the in-memory path does.
    """
    if not huge and _xml.wants_huge(exc, log):
        return _NeedHuge()
    return _xml.parse_error(exc, name, _with_tag_line(log, reader))


def _log_error(log: Any, name: str) -> ParseError | None:
    """The error for the first problem in a parser's log, if any (see ``first_problem``)."""
    if _xml.first_problem(log) is None:
        return None
    unused: Any = etree.XMLSyntaxError  # the log's first problem makes the message
    return _xml.parse_error(unused("", 0, 0, 0), name, log)


_CUT_TAG = "Couldn't find end of Start Tag "


def _with_tag_line(log: Any, reader: _Reader) -> Any:
    """The log, with the line where a start tag cut by the end of the data began.

    libxml2's incremental parser leaves it out of that message; its whole-document parser,
    which the in-memory path uses, gives it (``… Start Tag code-NSF line 42``). At the end
    of the data, where the error is, the cut tag is the last ``<`` read.
    """
    first = _xml.first_problem(log)
    if first is None or not reader.eof or not first.line:
        return log
    message = str(first.message).rstrip()
    if not message.startswith(_CUT_TAG) or " line " in message:
        return log
    patched = types.SimpleNamespace(
        type=first.type,
        level=first.level,
        line=first.line,
        column=first.column,
        message=f"{message} line {reader.tag_line(first.line)}",
    )
    return [patched if entry is first else entry for entry in log]


def _iterparse(reader: _Reader, *, huge: bool, **options: Any) -> Any:
    """:func:`lheo._xml.iterparse` over ``reader``, which stops feeding it at its first error."""
    events = _xml.iterparse(reader, huge=huge, **options)
    reader.watch(events)
    return events


def _checked(events: Any, reader: _Reader, name: str, *, huge: bool) -> Iterator[Any]:
    """The events of an :func:`_iterparse`, its syntax errors raised as :func:`_syntax_error`."""
    walk = iter(events)
    while True:
        try:
            event = next(walk)
        except StopIteration:
            return
        except etree.XMLSyntaxError as exc:
            raise _syntax_error(exc, events.error_log, name, huge=huge, reader=reader) from None
        yield event


# ---------------------------------------------------------------------------------------
# The engine shared by iter_formations and validate_stream


_HEAD = object()  # sent once the header is known
_NOTHING = object()


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
        self.item_tag = item_tag
        self._path: str | None = None

    @property
    def path(self) -> str:
        if self._path is None:
            self._path = _xml.element_path(self.el, self.pairs)
        return self._path


@attrs.define
class _Run:
    """Items collapsed into one placeholder: where the first one was, and their errors."""

    line: int | None
    path: str
    clean: bool
    local: str
    collapsible: bool
    errors: list[Issue] = attrs.field(factory=list)
    last: int | None = None  # the line of the last item


class _Engine:
    """One pass over a document: validate and/or bind its items, keep its skeleton."""

    def __init__(
        self,
        inp: _Input,
        *,
        version: str | Version | None,
        validate: bool,
        bind: bool,
        strict: bool,
        huge: bool,
        retried: bool,
        skip: int = 0,
        keep_layout: bool = False,
    ) -> None:
        self.inp = inp
        # Items and skeleton keep their source layout (lheo._layout): comments are parsed.
        self.keep_layout = keep_layout
        self.name = inp.name
        self.asked = version
        self.validate = validate
        self.bind = bind
        self.strict = strict
        self.huge = huge
        self.retried = retried
        self.skip = skip
        self.version: Version = Version.V2_3
        self.kind = ""
        self.xsi: dict[str, str] = {}
        self.root_attrs: dict[str, str] = {}
        self.container_attrs: dict[str, dict[str, str]] = {}
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []
        self.skeleton: Any = None
        self.count = 0
        self._pairs: frozenset[tuple[str, str]] = frozenset()
        self._runs: list[_Run] = []
        self._seen: set[str] = set()
        self._originals: dict[int, etree._Element] = {}
        self._item_tags: frozenset[str] = frozenset()
        self._classes: dict[str, type[Any]] = {}
        self._root: etree._Element | None = None
        self._parser: Any = None
        self._reader: _Reader | None = None
        self._chunks: tuple[str, ...] = ()  # local names validated one at a time
        self._held = 0  # estimated characters kept outside the items (see MAX_HELD)
        self._log_seen = 0  # parser log entries already looked at
        self._renamed = False  # the document had no namespace (given its version's)

    # -- driving ------------------------------------------------------------------------

    def run(self) -> Generator[Any, None, None]:
        """Yield ``_HEAD`` once the header is known, then each bound item."""
        stream = self.inp.open()
        try:
            reader = self._reader = _Reader(stream, self.name)
            self._parser = _iterparse(
                reader,
                huge=self.huge,
                events=("start", "end"),
                remove_comments=not self.keep_layout,
                remove_pis=not self.keep_layout,
            )
            yield from self._walk(iter(self._parser))
        finally:
            self.inp.close()

    def _syntax(self, exc: etree.XMLSyntaxError) -> Exception:
        log = self._parser.error_log if self._parser is not None else None
        assert self._reader is not None
        return _syntax_error(exc, log, self.name, huge=self.huge, reader=self._reader)

    def _next(self, events: Iterator[tuple[str, Any]]) -> tuple[str, Any] | None:
        try:
            return next(events)
        except StopIteration:
            return None
        except etree.XMLSyntaxError as exc:
            raise self._syntax(exc) from None

    def _refuse(self, error: LheoError, rank: int) -> NoReturn:
        """Refuse the document for ``error``, a fault of the given rank (see ``_Fault``)."""
        if self.bind or rank == 0:
            raise error
        raise _Fault(error, rank)

    def _log_problem(self) -> Exception | None:
        """The parser's first problem logged so far, as the in-memory parse would raise it.

        An undeclared entity (only a warning under a DOCTYPE), a namespace error (which
        iterparse raises only at the end), or an error after which the reader stopped
        feeding the parser (its events come first): ``_NeedHuge`` if it asks for huge_tree.
        """
        log = self._parser.error_log if self._parser is not None else None
        if log is None or len(log) <= self._log_seen:
            return None
        self._log_seen = len(log)
        if _xml.first_problem(log) is None:
            return None
        assert self._reader is not None
        unused: Any = etree.XMLSyntaxError  # the log's first problem makes the message
        return _syntax_error(
            unused("", 0, 0, 0), log, self.name, huge=self.huge, reader=self._reader
        )

    def _check_log(self) -> None:
        problem = self._log_problem()
        if problem is not None:
            raise problem

    def _walk(self, events: Iterator[tuple[str, Any]]) -> Generator[Any, None, None]:
        frames: list[_Frame] = []
        item: etree._Element | None = None
        item_frame: _Frame | None = None
        item_index = 0
        item_yields = False
        head_sent = False
        depth = 0
        rename: str | None = None
        try:
            while True:
                # next() inline, not through _next(): this loop runs once per event.
                try:
                    event, el = next(events)
                except StopIteration:
                    break
                except etree.XMLSyntaxError as exc:
                    raise self._syntax(exc) from None
                if event == "start":
                    depth += 1
                    if self.huge and depth > _xml.MAX_DEPTH:
                        self._too_deep(el)
                    if rename is not None and not el.tag.startswith("{"):
                        el.tag = f"{{{rename}}}{el.tag}"
                    if item is not None:
                        continue
                    self._check_start(el)
                    if not frames:
                        rename = self._root_start(el)
                        frames.append(self._frame(el, None))
                        continue
                    tag = el.tag
                    parent = frames[-1]
                    if tag in self._item_tags:
                        yields = self.bind and parent.item_tag == tag
                        if yields or self.validate:
                            item_index = parent.counts.get(tag, 0) + 1
                            parent.counts[tag] = item_index
                            item, item_frame, item_yields = el, parent, yields
                            if yields and not head_sent:
                                head_sent = True
                                if self.strict:
                                    self._check_head(frames, tag)
                                yield _HEAD
                            continue
                    frames.append(self._frame(el, parent))
                else:
                    depth -= 1
                    if item is not None:
                        if el is not item:
                            continue
                        assert item_frame is not None
                        self._check_item(item)
                        result = self._item_end(item, item_frame, item_index, item_yields)
                        item = None
                        if result is not _NOTHING:
                            yield result
                        continue
                    self._check_end(el)
                    self._hold_frame(el)
                    frames.pop()
            if self._root is None:  # pragma: no cover - libxml2 reports empty documents
                raise ParseError("empty document", line=1, column=1, source=self.name)
            self._check_log()
        except _Fault as fault:
            self._drain(events, fault, depth)
        if self.validate:
            self.errors = self._skeleton_issues(self._root, items=True)
        if self.bind:
            self.skeleton = self._bind_skeleton(self._root)
        # The stream object may live on: let the XML go.
        self._root = self._parser = self._reader = None
        self._originals.clear()
        if not head_sent:
            yield _HEAD

    def _root_start(self, el: etree._Element) -> str | None:
        try:
            _xml._check_dtd(el.getroottree(), self.name)
        except LheoError as exc:
            self._refuse(exc, _RANK_DTD)
        try:
            return self._start_root(el)
        except LheoError as exc:
            self._refuse(exc, _RANK_ROOT)

    # -- limits ---------------------------------------------------------------------------

    def _too_deep(self, el: etree._Element) -> None:
        # Parsing at once without huge_tree, libxml2 stops there (rank 0); after a retry
        # with it, the in-memory path finds the depth once the document is parsed.
        self._refuse(_xml.depth_error(_line(el), self.name), _RANK_DEPTH if self.retried else 0)

    def _text_fault(self, text: str | None, owner: etree._Element) -> None:
        if self.huge and text is not None and len(text) > _xml.MAX_TEXT_NODE:
            self._refuse(_xml.size_error("text", self._owner_line(owner), self.name), _RANK_TEXT)

    def _owner_line(self, el: etree._Element) -> int | None:
        # A placeholder's tail is the last item's of its run.
        number = el.get(_PROBE)
        return _line(el) if number is None else self._runs[int(number)].last

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
                error = _xml.size_error("attribute value", _line(el), self.name)
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
        if self.bind:
            # The parser's first problem is final (the in-memory parse reports it): an
            # undeclared entity would leave the text cut, a namespace error odd names.
            # Validation alone meets the first in ``_validate_in``, the second at the end.
            self._check_log()
        if self._reader is not None and self._reader.crowded:
            crowded = _xml.crowded(item)
            if crowded is not None:
                self._refuse(_xml.attributes_error(crowded, self.name), _RANK_ATTRIBUTES)
        if self.huge:
            big = _xml.oversized(item, tuple(_SIZE_RANKS))
            if big is not None:
                what, line = big
                self._refuse(_xml.size_error(what, line, self.name), _SIZE_RANKS[what])

    def _drain(self, events: Iterator[tuple[str, Any]], fault: _Fault, depth: int) -> NoReturn:
        """Read the rest in constant memory for what the in-memory path reports first.

        That is a parse error, else the fault of lowest rank (the first one of that rank).
        """
        best = fault
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
        problem = self._log_problem()
        if problem is not None:
            raise problem
        raise best.error

    def _start_root(self, el: etree._Element) -> str | None:
        self._root = el
        local, ns = _xml.local(el.tag), _xml.namespace(el.tag)
        found = _reader._version_of(ns, local, self.asked, self.name)
        rename = None
        if ns is None:
            rename = found.namespace
            el.tag = f"{{{rename}}}{local}"
            self._renamed = True
        _reader._check_kind(found, local, self.name)
        if self.bind and local not in _CONTAINERS:
            raise LheoError(
                f"{self.name}: streaming reads <lheo>, <lheo-index> and <lheo-leger> "
                f"documents, not <{local}>; use lheo.read()"
            )
        self.version, self.kind = found, local
        self._pairs = repeatable(found)
        self.xsi = {}
        self.root_attrs = {}
        for key, value in el.attrib.items():
            if _xml.namespace(key) == XSI:
                self.xsi[_xml.local(key)] = str(value)
            else:
                self.root_attrs[str(key)] = str(value)
        ns_found = found.namespace
        names = [n for n in _ITEM_NAMES if found.has_element(n)]
        self._classes = {f"{{{ns_found}}}{n}": found.element_class(n) for n in names}
        if not self.bind:
            names += [n for n in _CHUNK_NAMES if found.has_element(n)]
        # A lone item as root (kind "formation") is validated as a whole.
        if local not in names:
            self._chunks = tuple(names)
            self._item_tags = frozenset(f"{{{ns_found}}}{n}" for n in names)
        return rename

    def _frame(self, el: etree._Element, parent: _Frame | None) -> _Frame:
        item_tag = None
        if self.bind and parent is not None and len(parent.names) == 1:
            local = _xml.local(el.tag)
            for container, item_local in _containers(self.version, self.kind):
                if container == local and el.tag == f"{{{self.version.namespace}}}{local}":
                    item_tag = f"{{{self.version.namespace}}}{item_local}"
                    self.container_attrs[local] = {str(k): str(v) for k, v in el.attrib.items()}
        frame = _Frame(el, parent, self._pairs, item_tag)
        if self.validate:
            self._see(el.get("id"))
        return frame

    def _see(self, value: str | None) -> None:
        if value is not None:
            value = value.strip(_XML_BLANK)
            if _NCNAME.match(value):
                self._seen.add(value)

    # -- items ----------------------------------------------------------------------------

    def _item_end(self, item: etree._Element, frame: _Frame, index: int, yields: bool) -> Any:
        local = _xml.local(item.tag)
        step = f"{local}[{index}]" if (frame.names[-1], local) in self._pairs else local
        path = f"{frame.path}/{step}"
        clean = frame.clean and item.prefix is None
        errors: list[Issue] = []
        new_ids: list[str] = []
        if self.validate:
            errors, new_ids = self._validate_item(item, path, clean, ids=True)
        result: Any = _NOTHING
        if yields:
            self.count += 1
            if self.count > self.skip:
                result = self._bind_item(item, path, clean, errors)
        # Items bound elsewhere than in a container (lenient reading) go back into the
        # skeleton before it is bound: they do not collapse.
        keep = self.bind and not yields
        run = _Run(_line(item), path, clean, local, collapsible=not keep)
        self._replace(item, run, errors, new_ids, keep=keep)
        return result

    def _validate_item(
        self, item: etree._Element, path: str, clean: bool, *, ids: bool
    ) -> tuple[list[Issue], list[str]]:
        dups: list[str] = []
        new: list[str] = []
        if ids:
            found = _ids_xpath(self.version)(item)
            for raw in found if isinstance(found, list) else ():
                value = str(raw).strip(_XML_BLANK)
                if not _NCNAME.match(value):
                    continue
                if value in self._seen:
                    if value not in dups:
                        dups.append(value)
                elif value not in new:
                    new.append(value)
        issues: list[Issue] = []
        if not dups:
            self._validate_in(_validate.schema(self.version), item, item, path, clean, issues)
            self._seen.update(new)
            return issues, new
        # Earlier IDs must be known to libxml2 for it to report duplicates: validate the item
        # after holders of those IDs, inside a wrapper element. The item is moved there, not
        # copied (it may be large), within its document and the scope of the namespace
        # declarations it uses: lxml moves it back and forth in linear time only then.
        parent = item.getparent()
        assert parent is not None
        prev = item.getprevious()
        vroot = etree.SubElement(parent, f"{{{self.version.namespace}}}{_WRAPPER}")
        for value in dups:
            etree.SubElement(vroot, _HOLDER, id=value)
        vroot.append(item)
        try:
            self._validate_in(_wrapper_schema(self.version), vroot, item, path, clean, issues)
        finally:
            if prev is not None:
                prev.addnext(item)
            else:
                parent.insert(0, item)
            parent.remove(vroot)
        self._seen.update(new)
        return issues, new

    def _validate_in(
        self,
        xsd: _validate.SchemaPool,
        vroot: etree._Element,
        base: etree._Element,
        path: str,
        clean: bool,
        issues: list[Issue],
    ) -> None:
        try:
            ok, found = xsd.check(vroot)
            if ok:
                return
        except etree.XMLSchemaValidateError:
            # libxml2's "internal error" on an entity reference that the parser only warned
            # about (undeclared, under a DOCTYPE): that warning is the error to report.
            self._check_log()
            raise ParseError(
                "not well-formed XML: the schema validation failed on this content",
                line=_line(base),
                source=self.name,
            ) from None
        tree = etree.ElementTree(vroot)
        for err in found:
            issue = self._item_issue(err, tree, vroot, base, path, clean)
            if issue is not None:
                issues.append(issue)

    def _item_issue(
        self,
        err: Any,
        tree: etree._ElementTree,
        vroot: etree._Element,
        base: etree._Element,
        path: str,
        clean: bool,
    ) -> Issue | None:
        issue = _validate._issue(err, tree, self.name, self.version)
        if not issue.path or not clean:
            # The whole document's path lookup fails too (a prefixed element on the way).
            return attrs.evolve(issue, path="", element=None)
        node = _resolve(vroot, err.path)
        rel = _relative(node, base, self._pairs) if node is not None else None
        if rel is None:
            return None
        return attrs.evolve(issue, path=path + rel)

    def _bind_item(self, item: etree._Element, path: str, clean: bool, errors: list[Issue]) -> Any:
        cls = self._classes[item.tag]
        # The builder leaves the element intact, so a failure can still be explained by
        # validating it; no copy is needed.
        target = item
        if self.strict and errors:
            # Strict reading is reading a valid document (as lheo.read): the first invalid
            # item ends it, with its issues.
            raise self._failure(errors, ValueError("invalid"))
        found: list[BuildWarning] = []
        try:
            obj = _bind(target, cls, self.strict, found, self._layout(item))
        except _BIND_ERRORS as exc:
            self._check_log()
            if not self.validate:
                errors, _ = self._validate_item(item, path, clean, ids=False)
            raise self._failure(errors, exc) from None
        self._warn(found, item, path)
        return obj

    def _layout(self, item: etree._Element) -> dict[str, Any] | None:
        """The layout options of binding ``item`` (``None``: keep no layout)."""
        root = self._root
        if not self.keep_layout or root is None:
            return None
        depth = 0
        for _ancestor in item.iterancestors():
            depth += 1
        reader = self._reader
        nsmap = root.nsmap
        own = nsmap.get(None)
        exotic = (
            reader is None
            or reader.declarations > len(nsmap)
            or any(prefix is not None and uri == own for prefix, uri in nsmap.items())
        )
        return {
            "indented": root.text is not None,
            "depth": depth,
            "exotic": exotic,
            "keep_namespaces": not self._renamed,
        }

    def _warn(
        self, found: list[BuildWarning], base: etree._Element | None = None, path: str = ""
    ) -> None:
        for warning in found:
            node = warning.node
            where = ""
            if node is not None:
                # Within an item, from the item's own path: its elder siblings are gone.
                rel = _relative(node, base, self._pairs) if base is not None else None
                where = path + rel if rel is not None else _xml.element_path(node, self._pairs)
            self.warnings.append(
                Issue(
                    message=(
                        warning.message
                        if warning.content
                        else f"value kept as text: {warning.message}"
                    ),
                    line=warning.line,
                    element=warning.element,
                    path=where,
                    source=self.name,
                    level="warning",
                    content=warning.content,
                )
            )

    def _failure(self, issues: list[Issue], exc: Exception) -> ValidationError:
        if not issues:
            # The schema accepts it but the bindings do not: report xsdata's own reason.
            issues = [Issue(message=f"cannot bind document: {exc}", source=self.name)]
        return ValidationError(
            ValidationReport(
                ok=False,
                version=self.version.value,
                kind=self.kind,
                source=self.name,
                errors=issues,
            )
        )

    def _replace(
        self, item: etree._Element, run: _Run, errors: list[Issue], ids: list[str], *, keep: bool
    ) -> None:
        """Put the item's errors on a placeholder that takes its place in the skeleton."""
        parent = item.getparent()
        assert parent is not None
        tail = item.tail
        prev = item.getprevious()
        if (
            run.collapsible
            and prev is not None
            and prev.tag == item.tag
            and prev.get(_PROBE) is not None
            and not (prev.tail and prev.tail.strip(_XML_BLANK))
        ):
            last = self._runs[int(prev.get(_PROBE, "0"))]
            if last.collapsible:
                last.errors.extend(errors)
                last.last = run.line
                for value in ids:
                    etree.SubElement(prev, _HOLDER, id=value)
                prev.tail = tail
                item.clear()
                parent.remove(item)
                return
        run.errors.extend(errors)
        run.last = run.line
        number = len(self._runs)
        self._runs.append(run)
        # Created inside the parent (so that it uses the parent's namespace declaration and
        # prefix), then moved before the item, which goes with its tail.
        # Its line is the run's, never its own (lxml stores an element's line in 16 bits).
        placeholder = etree.SubElement(parent, item.tag, {_PROBE: str(number)})
        for value in ids:
            etree.SubElement(placeholder, _HOLDER, id=value)
        item.addprevious(placeholder)
        placeholder.tail = tail
        if keep:
            self._hold(_xml_size(item))
            self._originals[number] = item
        else:
            item.clear()
        parent.remove(item)

    # -- skeleton -------------------------------------------------------------------------

    def _check_head(self, frames: list[_Frame], item_tag: str) -> None:
        """Strict reading: refuse what the bindings cannot hold in the header, up front."""
        # A namespace error libxml2 reports only at the end is the error (as for lheo.read),
        # not what the bindings make of the names it left.
        self._check_log()
        copies: list[etree._Element] = []
        lines: dict[etree._Element, int | None] = {}
        try:
            for frame in frames:
                el = frame.el
                attrib = {str(k): str(v) for k, v in el.attrib.items()}
                if copies:
                    dup = etree.SubElement(copies[-1], el.tag, attrib)
                else:
                    dup = etree.Element(el.tag, attrib, nsmap=el.nsmap)  # type: ignore[arg-type]
                lines[dup] = _line(el)  # lxml cannot set a line past 65535 on a copy
                copies.append(dup)
        except ValueError as exc:  # pragma: no cover - names libxml2 accepted, lxml refuses
            raise ParseError(f"not well-formed XML: {exc}", source=self.name) from None
        shallow = copies[0]
        try:
            _bind(copy.deepcopy(shallow), self.version.element_class(self.kind), True)
        except _BIND_ERRORS as exc:
            etree.SubElement(copies[-1], item_tag, {_PROBE: "-1"})
            issues = self._skeleton_issues(shallow, items=False, lines=lines)
            raise self._failure(issues, exc) from None

    def _skeleton_issues(
        self,
        root: etree._Element,
        *,
        items: bool,
        lines: Mapping[etree._Element, int | None] | None = None,
    ) -> list[Issue]:
        """The skeleton's issues; with ``items``, the items' own where libxml2 reached them.

        ``lines`` gives the real line of elements copied from the document.
        """
        xsd = (
            _skeleton_schema(self.version, self._chunks)
            if self._chunks
            else _validate.schema(self.version)
        )
        tree = root.getroottree() if root.getparent() is None else etree.ElementTree(root)
        ok, found = xsd.check(tree)
        if ok:
            return []
        out: list[Issue] = []
        for err in found:
            node = _resolve(root, err.path)
            if node is not None and node.tag == _HOLDER:
                continue
            number = node.get(_PROBE) if node is not None else None
            if number is None:
                issue = _validate._issue(err, tree, self.name, self.version)
                if lines is not None and node is not None and node in lines:
                    issue = attrs.evolve(issue, line=lines[node])
                out.append(issue)
                continue
            run = self._runs[int(number)] if 0 <= int(number) < len(self._runs) else None
            if _PROBE_MSG in str(err.message):
                if items and run is not None:
                    out.extend(run.errors)
                continue
            issue = _validate._issue(err, tree, self.name, self.version)
            if run is not None:
                issue = attrs.evolve(
                    issue,
                    line=run.line,
                    path=run.path if run.clean else "",
                    element=run.local if run.clean else None,
                )
            out.append(issue)
        return out

    def _bind_skeleton(self, root: etree._Element) -> Any:
        """Bind the skeleton without its placeholders.

        Items read elsewhere than in a container go back in their place.
        """
        # What a failure reports needs the placeholders: worked out first, as the skeleton
        # is then bound in place (a copy would double it, and lxml moves large items into
        # another document in quadratic time).
        failure = self._skeleton_issues(root, items=False)
        for placeholder in [el for el in root.iter() if el.get(_PROBE) is not None]:
            parent = placeholder.getparent()
            assert parent is not None
            original = self._originals.pop(int(placeholder.get(_PROBE, "0")), None)
            if original is not None:
                original.tail = placeholder.tail
                parent.replace(placeholder, original)
                continue
            if placeholder.tail:
                prev = placeholder.getprevious()
                if prev is not None:
                    prev.tail = (prev.tail or "") + placeholder.tail
                else:
                    parent.text = (parent.text or "") + placeholder.tail
            parent.remove(placeholder)
        cls = self.version.element_class(self.kind)
        found: list[BuildWarning] = []
        try:
            obj = _bind(root, cls, self.strict, found, self._layout(root))
        except _BIND_ERRORS as exc:
            self._check_log()
            raise self._failure(failure, exc) from None
        self._warn(found)
        return obj


# ---------------------------------------------------------------------------------------
# Public API: reading


class FormationStream:
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

    def __init__(self, source: Source, *, version: str | Version | None, strict: bool) -> None:
        self._input = _Input(source)
        self._asked = version
        self._strict = strict
        self._yielded = 0
        self._done = False
        self._engine = self._new_engine(huge=not self._input.restartable, retried=False)
        self._items = self._engine.run()
        try:
            self._first()
        except BaseException:
            self.close()
            raise

    def _new_engine(self, *, huge: bool, retried: bool) -> _Engine:
        return _Engine(
            self._input,
            version=self._asked,
            validate=True,
            bind=True,
            strict=self._strict,
            huge=huge,
            retried=retried,
            skip=self._yielded,
            keep_layout=True,
        )

    def _first(self) -> None:
        while True:
            try:
                head = next(self._items)
            except _NeedHuge:
                self._engine = self._new_engine(huge=True, retried=True)
                self._items = self._engine.run()
                continue
            except StopIteration:  # pragma: no cover - the engine always sends its head
                self._done = True
                return
            assert head is _HEAD
            return

    @property
    def version(self) -> Version:
        """The document's LHÉO version."""
        return self._engine.version

    @property
    def kind(self) -> str:
        """Local name of the root element."""
        return self._engine.kind

    @property
    def source(self) -> str:
        """Display name of the document."""
        return self._engine.name

    @property
    def xsi(self) -> dict[str, str]:
        """``xsi:*`` attributes of the root, by local name."""
        return dict(self._engine.xsi)

    @property
    def prolog(self) -> tuple[str, ...]:
        """What the document has before its root, as written: DOCTYPE, comments, PIs.

        Added in 0.2.
        """
        root = self._engine._root
        return prolog(root) if root is not None and self._engine.keep_layout else ()

    @property
    def epilog(self) -> tuple[str, ...]:
        """What the document has after its root (comments, PIs), once iteration is over.

        Added in 0.2.
        """
        root = self._finished()._root
        return epilog(root) if root is not None and self._engine.keep_layout else ()

    @property
    def indented(self) -> bool:
        """Whether the document is indented (white space between the root and its children).

        Added in 0.2.
        """
        root = self._engine._root
        return root is not None and root.text is not None

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
            getattr(skeleton, field.name, None)
            for field in attrs.fields(type(skeleton))
            if field.name in ("offres", "resumes_offres", "resumes_organismes")
        ]
        for holder in holders:
            layout = getattr(holder, "_lheo_layout", None)
            if layout is not None and layout.nodes is not None:
                found += [node for node in layout.nodes[1::2] if isinstance(node, str)]
        return found

    @property
    def root_attrs(self) -> dict[str, str]:
        """Attributes of the root element (``xsi:*`` excepted), as written."""
        return dict(self._engine.root_attrs)

    @property
    def offres_attrs(self) -> dict[str, str]:
        """Attributes of ``offres``, as written (empty for the index kinds)."""
        return dict(self._engine.container_attrs.get("offres", {}))

    @property
    def container_attrs(self) -> dict[str, dict[str, str]]:
        """Attributes of each container met so far, by local name."""
        return {name: dict(value) for name, value in self._engine.container_attrs.items()}

    @property
    def trailing_extras(self) -> list[Any]:
        """The typed ``extras`` of the containers then of the root, once iteration is over.

        In a valid document they follow the items (``offres/extras``, then ``lheo/extras``).

        Raises:
            RuntimeError: the stream has not been read to the end.
        """
        skeleton = self._finished().skeleton
        found: list[Any] = []
        for container, _item in _containers(self.version, self.kind):
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
        engine = self._finished()
        return [*engine.errors, *engine.warnings]

    def _finished(self) -> _Engine:
        if not self._done or self._engine.skeleton is None:
            raise RuntimeError("available once the stream has been read to the end")
        return self._engine

    def __iter__(self) -> FormationStream:
        return self

    def __next__(self) -> Any:
        if self._done:
            raise StopIteration
        while True:
            try:
                obj = next(self._items)
            except _NeedHuge:
                self._engine = self._new_engine(huge=True, retried=True)
                self._items = self._engine.run()
                self._first()
                continue
            except StopIteration:
                self._done = True
                raise
            except BaseException:
                self.close()
                raise
            self._yielded += 1
            return obj

    def close(self) -> None:
        """Stop reading and close the file (an early ``break`` leaves it open otherwise)."""
        self._done = True
        self._items.close()
        self._input.close()

    def __enter__(self) -> FormationStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def iter_formations(
    source: Source,
    *,
    version: str | Version | None = None,
    strict: bool = True,
) -> FormationStream:
    """Read the formations of a flow one at a time, in constant memory.

    Each formation element is bound to the same typed object :func:`lheo.read` gives
    (``lheo.read(source).root.offres.formation[i]``), then dropped from memory. For the
    summary kinds (``lheo-index``, ``lheo-leger`` in 1.3.0) the stream yields the
    ``resume-offre`` then the ``resume-organisme`` objects; in 1.3.0 an ``lheo`` document
    yields ``offre-formation`` objects. The parsing has the same protections as
    :func:`lheo.read` (no entities, no network, a DOCTYPE accepted but its DTD never loaded,
    bounded depth, attributes per element and text sizes). What lies outside the items
    (root, containers, trailing extras) is kept until the end, up to :data:`MAX_HELD`.

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
            strict=False)`` would.

    Returns:
        A :class:`FormationStream`; its header (``version``, ``kind``, ``root_attrs``…) is
        read at once.

    Raises:
        ParseError: not well-formed XML, or an undeclared entity reference such as
            ``&nbsp;`` (while iterating, after the formations before the fault).
        UnsafeXmlError: entity declarations, or a safety limit of :func:`lheo.read`
            (depth, attributes per element, text size), or more than :data:`MAX_HELD`
            characters of XML outside the items (kept in memory until the end: trailing
            extras, elements out of place).
        NotLheoError: the root element or its namespace is not LHÉO.
        UnsupportedVersionError: unknown LHÉO version, or no namespace and no ``version=``.
        ValidationError: strict reading of content the bindings cannot represent.
        LheoError: a root that cannot be streamed (``lheo-plus``: use :func:`lheo.read`).

    Added in 0.1.
    """
    return FormationStream(source, version=version, strict=strict)


def validate_stream(source: Source, *, version: str | Version | None = None) -> ValidationReport:
    """Validate a flow against its version's XSD in constant memory.

    The report is the one :func:`lheo.validate` gives: same ``ok``, same issues (lines,
    paths, messages) in the same order, but the document is never held in memory: each
    formation (and each ``extra`` outside them) is validated as it is read, then dropped.
    Bad input is reported as ``lheo.validate`` reports it, the first fault that the
    whole-document parse would meet; one limit is streaming's own: more than
    :data:`MAX_HELD` characters of XML outside the formations and extras (elements out of
    place) are reported as refused.

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        version: the version to assume when the root has no namespace.

    Returns:
        A :class:`~lheo.ValidationReport`; bad input (not XML, not LHÉO, unknown version)
        is reported as a single issue instead of raising, so that a batch can go on.

    Added in 0.1.
    """
    name = _xml.source_name(source)
    inp: _Input | None = None
    try:
        inp = _Input(source)
        name = inp.name
        huge = not inp.restartable
        retried = False
        while True:
            engine = _Engine(
                inp,
                version=version,
                validate=True,
                bind=False,
                strict=True,
                huge=huge,
                retried=retried,
            )
            try:
                for _ in engine.run():
                    pass
            except _NeedHuge:
                huge = retried = True
                continue
            break
        return ValidationReport(
            ok=not engine.errors,
            version=engine.version.value,
            kind=engine.kind,
            source=name,
            errors=engine.errors,
        )
    except LheoError as exc:
        line = getattr(exc, "line", None)
        column = getattr(exc, "column", None)
        text = str(exc)
        if text.startswith(f"{name}:"):
            text = text.split(": ", 1)[-1]
        issue = Issue(line=line, column=column, message=text, source=name)
        ver = Version.parse(version).value if version is not None else None
        return ValidationReport(ok=False, version=ver, source=name, errors=[issue])
    finally:
        if inp is not None:
            inp.close()


# ---------------------------------------------------------------------------------------
# Public API: writing


def _xml_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


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
        if kind not in _CONTAINERS or not self._version.has_element(kind):
            kinds = ", ".join(k for k in _CONTAINERS if self._version.has_element(k))
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
        self._containers = _containers(self._version, kind)
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
            self._root = _bind(
                copy.deepcopy(skeleton),
                root_cls,
                True,
                layout={"indented": False, "exotic": False},
            )
        except _BIND_ERRORS as exc:
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
        self._base: dict[str | None, str] = {None: ns}  # as _writer.to_bytes
        if self._xsi:
            self._base["xsi"] = XSI
        self._ns_map: dict[str | None, str] = dict(self._base)
        self._serializer = _context.serializer({"encoding": "UTF-8", "indent": None})
        self._ctx: list[dict[str | None, str]] = []  # namespace context of open elements
        # Output state.
        self._atomic: AtomicFile | None = None
        if isinstance(target, (str, os.PathLike)):
            self._atomic = AtomicFile(target)
            self._out: IO[bytes] | AtomicFile = self._atomic
        else:
            self._out = target
        self._root_open = False
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

    def _render(self, obj: Any, depth: int) -> bytes:
        """Serialise one object as xsdata does inside the whole document, at ``depth``."""
        snapshot = dict(self._ns_map)
        try:
            return emit_child(
                obj, ns_map=self._ns_map, depth=depth, pretty=self._pretty, keep=self._keep
            )
        except FragmentFallback:
            self._ns_map = snapshot
        builder = LxmlTreeBuilder(
            config=self._serializer.config,
            ns_map=xsdata_namespaces.clean_prefixes(self._ns_map),
        )
        tree: Any = builder.build(self._serializer.generate(obj))
        # xsdata keeps adding to its prefix map through the document: so do we.
        self._ns_map = builder.ns_map
        el: etree._Element = tree.getroot()
        if self._pretty:
            etree.indent(el, "  ", level=depth)
        data = etree.tostring(el, encoding="UTF-8", with_tail=False)
        return self._strip_context(data)

    def _strip_context(self, data: bytes) -> bytes:
        # A standalone element declares every prefix in the map; inside the document it
        # declares only those its parent does not have in scope (xsdata's own rule).
        parent = self._ctx[-1] if self._ctx else {}
        end = data.index(b">")
        tag = data[:end]
        for prefix, uri in parent.items():
            attr = "xmlns" if prefix is None else f"xmlns:{prefix}"
            decl = f' {attr}="{_xml_attr(uri)}"'.encode()
            tag = tag.replace(decl, b"", 1)
        return tag + data[end:]

    def _emit(self, data: bytes) -> None:
        self._out.write(data)

    def _indent(self, depth: int) -> bytes:
        return b"\n" + b"  " * depth if self._pretty else b""

    def _probe_bytes(self) -> bytes:
        # The root with a child, to cut its start tag out of lheo.write's own output.
        root = copy.copy(self._root)
        root.extras = [self._extras_cls()]
        doc = Document(version=self._version, kind=self._kind, root=root, xsi=self._xsi)
        return _writer.to_bytes(doc, pretty=self._pretty)

    def _open_root(self) -> None:
        if self._root_open:
            return
        data = self._with_prolog(self._probe_bytes())
        start = data.index(b"<" + self._kind.encode(), data.index(b"\n") + len(self._prologue))
        end = data.index(b">", start) + 1
        self._emit(data[:end])
        self._root_open = True
        self._ctx.append(dict(self._base))

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
                    name = self._containers[self._pos][0].encode()
                    self._emit(self._indent(1) + b"</" + name + b">")
                elif self._present[self._pos]:
                    self._emit(self._indent(1) + self._render(self._container(self._pos), 1))
            self._pos += 1
            self._open = self._extras_in = False
        if index < len(self._containers) and not self._open:
            obj = copy.copy(self._container(index))
            obj.extras = [self._extras_cls()]
            data = self._render(obj, 1)
            self._emit(self._indent(1) + data[: data.index(b">") + 1])
            self._ctx.append(dict(self._ns_map))
            self._open = True

    def write(self, item: Any) -> None:
        """Write one formation (``offre-formation`` in 1.3.0; index: a summary object).

        Raises:
            TypeError: not an item of this version and kind.
            ValueError: out of order (after extras, or after a later container).
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
            ValueError: unknown place, or a place already closed.
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
                self._emit(self._indent(0) + b"</" + self._kind.encode() + b">\n")
            self._emit(b"".join(node.encode("utf-8") + b"\n" for node in self.epilog))
            self._closed = True
            if self._atomic is not None:
                self._atomic.commit()
                self._atomic = None
        except BaseException:
            self._abort()
            raise

    def _abort(self) -> None:
        self._closed = True
        if self._atomic is not None:
            self._atomic.discard()
            self._atomic = None

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
