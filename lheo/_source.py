"""Reading a flow for the streaming engine: restartable inputs, a checked reader, iterparse.

The engine (:mod:`lheo._engine`) and the passes that read a flow without it (the pre-scan of
:func:`lheo.migration.migrate_stream`) read through these pieces, so that every streaming
path parses with the same protections and reports the same errors as the in-memory one:

* :class:`Input` opens a source, and opens it again for a second pass or a restart (a path,
  bytes, a ``str`` of XML, a seekable file object); :func:`spool` first copies a file object
  that cannot seek.
* :class:`Reader` is what the parser reads from: it checks the head of the data (empty
  document, entity declarations) before libxml2 sees it, turns what a file object gives
  into bytes or a :class:`~lheo.ParseError`, counts what it read (:attr:`Reader.size`) and
  watches for start tags crowded with attributes (:attr:`Reader.crowded`).
* :class:`Occurrences` counts byte strings in data read in parts (an occurrence split over
  reads too): the namespace declarations of :attr:`Reader.declarations`.
* :func:`iterparse` is :func:`lheo._xml.iterparse` over a reader; :func:`checked` iterates
  its events with syntax errors raised as :func:`syntax_error` classifies them.
* :class:`NeedHuge` says that libxml2 hit a size limit that ``huge_tree`` lifts: the caller
  reads the source again with it, as :func:`lheo.read` does (:class:`lheo._engine.Walk`
  does it for engine passes).
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import types
from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from lheo import _xml
from lheo._xml import Source
from lheo.errors import ParseError

__all__ = [
    "Input",
    "NeedHuge",
    "Occurrences",
    "Reader",
    "checked",
    "iterparse",
    "log_error",
    "spool",
    "syntax_error",
]

_COPY_CHUNK = 1 << 16


class NeedHuge(Exception):  # noqa: N818 - a signal, not an error
    """libxml2 hit a size limit that huge_tree lifts: parse again with it."""


class Input:
    """A source that can be opened (again, when it is a path, bytes or a seekable file).

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        name: the display name (default: :func:`lheo._xml.source_name` of ``source``).

    Raises:
        ParseError: an unsupported source type, or a ``str`` of XML that cannot be encoded.
    """

    def __init__(self, source: Source, *, name: str | None = None) -> None:
        self.name = _xml.source_name(source) if name is None else name
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
        """Whether :meth:`open` can give the data from its start again."""
        return self._file is None or self._start is not None

    def open(self) -> IO[bytes]:
        """The data from its start (a file object given is rewound, when it can seek).

        Raises:
            ParseError: the file cannot be opened or rewound.
        """
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
        """Close the file :meth:`open` opened (a file object given stays open)."""
        if self._opened is not None:
            self._opened.close()
            self._opened = None


def spool(source: Source) -> tuple[Input, IO[bytes] | None]:
    """The source as an :class:`Input` that can be read twice.

    A file object that cannot seek is copied to a temporary file first, read as the parser
    reads it (what it gives is checked by a :class:`Reader`).

    Returns:
        The input, and the temporary file to close once done (``None`` when none was made).

    Raises:
        ParseError: the source cannot be read.
    """
    inp = Input(source)
    if inp.restartable:
        return inp, None
    copy = tempfile.TemporaryFile()  # noqa: SIM115 - given to the caller, which closes it
    try:
        reader = Reader(source, inp.name)  # type: ignore[arg-type]
        while True:
            chunk = reader.read(_COPY_CHUNK)
            if not chunk:
                break
            copy.write(chunk)
        copy.seek(0)
    except BaseException:
        copy.close()
        raise
    return Input(copy, name=inp.name), copy


class Occurrences:
    """Counts byte strings in data read in parts: each occurrence once, split over reads or not.

    The bytes kept from the previous reads are looked at again with the start of each read,
    so an occurrence is counted whatever the reads' sizes (even reads shorter than it).

    Args:
        *patterns: the byte strings, each of two bytes or more and none overlapping itself
            (as ``b"xmlns"``, ``b"<!--"``, ``b"<?"``): ``bytes.count`` does not count overlaps.

    Attributes:
        counts: the occurrences of each pattern in the data fed so far, in order.
    """

    def __init__(self, *patterns: bytes) -> None:
        assert patterns and all(len(pattern) >= 2 for pattern in patterns)
        self._patterns = patterns
        self._keep = max(len(pattern) for pattern in patterns) - 1
        self._last = b""  # the last bytes fed (fewer at first)
        self.counts = [0] * len(patterns)

    def feed(self, data: bytes) -> None:
        """Count the occurrences that ``data``, the next read, completes."""
        last = self._last
        for index, pattern in enumerate(self._patterns):
            # Inside the read, and across its start: an occurrence begun in the last bytes
            # (one that ends inside them was counted with an earlier read).
            span = len(pattern) - 1
            across = (last[-span:] + data[:span]).count(pattern)
            self.counts[index] += data.count(pattern) + across
        self._last = (last + data[-self._keep :])[-self._keep :]  # reads may be shorter


class Reader:
    """Checks the head of a stream like the in-memory path, then serves head and rest.

    What the stream's ``read`` gives is checked: its failures and anything but bytes become
    :class:`ParseError` (a text-mode file is encoded as :func:`lheo._xml.text_to_bytes` says).

    Attributes:
        eof: the stream has given all its data.
        crowded: some markup read so far may hold more than :data:`lheo._xml.MAX_ATTRIBUTES`
            attributes on one element (then elements are to be checked one by one).
        size: how much the stream gave (bytes; characters for a text-mode file).

    Raises:
        ParseError: an empty document, or a stream that cannot be read.
        UnsafeXmlError: entity declarations in the head.
    """

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        self._name = name
        self._text: bool | None = None  # whether the stream gives str, once known
        self._breaks = 0  # line breaks after the last "<" read
        self._text_lines = 1  # line of the next character, for a text-mode file
        self.eof = False
        self.size = 0
        self._events: Any = None
        self.crowded = False
        self._equals = 0  # the "=" after the last "<" read
        self._xmlns = Occurrences(b"xmlns")
        head = self._read_exactly(_xml.HEAD_SIZE)
        if len(head) < _xml.HEAD_SIZE and not head.strip():
            raise ParseError("empty document", line=1, column=1, source=name)
        _xml._refuse_entity_declarations(head, name)
        self._head = head
        self._pos = 0
        self._scannable = _xml.scannable(head)
        if not self._scannable:
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
        self.size += len(data)
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
        # Layouts look at prefixes only where there are namespace declarations.
        self._xmlns.feed(data)
        lt = data.rfind(b"<")
        if lt == -1:
            self._breaks += data.count(b"\n")
        else:
            self._breaks = data.count(b"\n", lt)
        if not self.crowded:
            self._scan_markup(data, lt)
        return bytes(data)

    @property
    def declarations(self) -> int | None:
        """Namespace declarations read so far: the ``xmlns`` occurrences in the bytes.

        Prefixed declarations count, and so does an ``xmlns`` in text, a comment or a CDATA
        section (the bytes are not parsed): never fewer than there are. ``None`` when the
        bytes do not tell (:func:`lheo._xml.scannable` says no: UTF-16, for one).
        """
        return self._xmlns.counts[0] if self._scannable else None

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
        """The next bytes (the head first), as a file object's ``read``."""
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


def syntax_error(
    exc: etree.XMLSyntaxError, log: Any, name: str, *, huge: bool, reader: Reader
) -> Exception:
    """The error to raise for what iterparse raised.

    :class:`NeedHuge` says to parse again with huge_tree, as the in-memory path does.
    """
    if not huge and _xml.wants_huge(exc, log):
        return NeedHuge()
    return _xml.parse_error(exc, name, _with_tag_line(log, reader))


def log_error(log: Any, name: str) -> ParseError | None:
    """The error for the first problem in a parser's log, if any (see ``first_problem``)."""
    if _xml.first_problem(log) is None:
        return None
    unused: Any = etree.XMLSyntaxError  # the log's first problem makes the message
    return _xml.parse_error(unused("", 0, 0, 0), name, log)


_CUT_TAG = "Couldn't find end of Start Tag "


def _with_tag_line(log: Any, reader: Reader) -> Any:
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


def iterparse(reader: Reader, *, huge: bool, **options: Any) -> Any:
    """:func:`lheo._xml.iterparse` over ``reader``, which stops feeding it at its first error."""
    events = _xml.iterparse(reader, huge=huge, **options)
    reader.watch(events)
    return events


def checked(events: Any, reader: Reader, name: str, *, huge: bool) -> Iterator[Any]:
    """The events of an :func:`iterparse`, its syntax errors raised as :func:`syntax_error`."""
    walk = iter(events)
    while True:
        try:
            event = next(walk)
        except StopIteration:
            return
        except etree.XMLSyntaxError as exc:
            raise syntax_error(exc, events.error_log, name, huge=huge, reader=reader) from None
        yield event
