"""Hardened XML parsing shared by every entry point: no network, no DTD, no entities.

Every function here turns lxml failures into :mod:`lheo.errors` exceptions, so no bare
lxml traceback reaches a user for bad input. The limits (:data:`MAX_DEPTH`,
:data:`MAX_ATTRIBUTES`, :data:`MAX_TEXT_NODE`) are the same for every reading path; the
streaming engine applies them with the functions of the "Limits" section below.

Why ``collect_ids`` stays at lxml's default (true): with ``collect_ids=False`` lxml sets
``XML_SKIP_IDS`` in libxml2's ``ctxt->loadsubset``, and libxml2 before 2.15 loads the
external subset of the DOCTYPE whenever ``loadsubset`` is non-zero, whatever
``load_dtd=False`` says (libxml2 2.15 masks that bit out). A local DTD named by a DOCTYPE was
then opened and parsed, and the published ``http://lheo.gouv.fr/…/lheo.dtd`` turned into a
refused network load. Every parser here also carries a resolver that refuses any load, so a
future option change fails loudly instead of reading a file. The one visible effect of
collecting IDs: ``xml:id`` values must be unique names (libxml2 checks them), which LHÉO,
where no element declares ``xml:id``, never needs.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Container
from typing import IO, Any, Union

from lxml import etree

from lheo.errors import ParseError, UnsafeXmlError

#: Anything lheo accepts as a document source.
Source = Union[str, bytes, "os.PathLike[str]", IO[bytes]]

#: Deepest element nesting accepted (the root is level 1): a safety limit, libxml2's own
#: default without ``huge_tree``. Real LHÉO flows stay under 20, nested extras included.
MAX_DEPTH = 256

#: Most attributes accepted on one element: a safety limit. LHÉO elements have at most 15
#: (extras may carry any, real ones a handful); lxml reads attributes in quadratic time, so
#: 40,000 on one element took 13 s and a million never finished. A document made only of
#: elements at the limit still reads at the speed of a normal one.
MAX_ATTRIBUTES = 512

#: Largest text node, tail, attribute value, comment or processing instruction accepted, in
#: characters (libxml2 stops at 10 MB without ``huge_tree``; we then retry with it).
MAX_TEXT_NODE = 200 * 1024 * 1024

XSI = "http://www.w3.org/2001/XMLSchema-instance"

_ENTITY_CODES = frozenset(
    {etree.ErrorTypes.ERR_UNDECLARED_ENTITY, etree.ErrorTypes.WAR_UNDECLARED_ENTITY}
)
_ENTITY_NAME = re.compile(r"Entity '([^']*)' not defined")


class ResourceRefused(UnsafeXmlError):
    """libxml2 asked to load a DTD or an external entity (never expected: see the module doc).

    Raised from inside a parse by :data:`NEVER_RESOLVE`; :meth:`named` gives the same error
    with the source's display name, which the resolver does not know.
    """

    def __init__(self, url: str | None, source: str = "<document>") -> None:
        self.url = url
        super().__init__(
            f"external resource {url!r} refused (DTDs and external entities are never loaded)",
            source=source,
        )

    def named(self, name: str) -> ResourceRefused:
        """The same error, for the source ``name``."""
        return ResourceRefused(self.url, name)


class _NeverResolve(etree.Resolver):
    # Raising aborts the parse (lxml re-raises after libxml2 returns); returning None would
    # fall back to libxml2's loader, which reads local files.
    def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
        raise ResourceRefused(system_url or public_id)


#: Add to any lxml parser or iterparse (``events.resolvers.add(NEVER_RESOLVE)``): any
#: attempt to load a DTD or an external entity then aborts the parse with
#: :class:`ResourceRefused`.
NEVER_RESOLVE = _NeverResolve()


# The options of every parser of a document, whatever its kind (XMLParser, XMLPullParser,
# iterparse): resolve_entities=False + load_dtd=False + no_network=True close the XXE, DTD
# retrieval and entity-expansion doors (entity declarations are then refused outright in
# _check_dtd); collect_ids must stay true: see the module docstring.
_HARDENED: dict[str, Any] = {
    "resolve_entities": False,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "no_network": True,
    "collect_ids": True,
}


def hardened_options(*, huge: bool = False) -> dict[str, Any]:
    """The keyword options of every lxml parser lheo builds (``huge``: lift libxml2's limits).

    Whoever builds a parser with them adds :data:`NEVER_RESOLVE` to its resolvers too:
    :func:`xml_parser` and :func:`iterparse` do both.
    """
    return {**_HARDENED, "huge_tree": huge}


def xml_parser(
    kind: type[etree.XMLParser] = etree.XMLParser, *, huge: bool = False, **options: Any
) -> etree.XMLParser:
    """A parser for a document: ``kind`` (``XMLParser`` or ``XMLPullParser``) hardened.

    It has :func:`hardened_options` and ``options`` (``target``, ``events``…), and
    :data:`NEVER_RESOLVE` among its resolvers.
    """
    parser = kind(**hardened_options(huge=huge), **options)
    parser.resolvers.add(NEVER_RESOLVE)
    return parser


def iterparse(source: Any, *, huge: bool = False, **options: Any) -> Any:
    """A hardened ``lxml.etree.iterparse`` over ``source``, as :func:`xml_parser`."""
    events = etree.iterparse(source, **hardened_options(huge=huge), **options)
    events.resolvers.add(NEVER_RESOLVE)
    return events


def _parser(*, huge: bool = False) -> etree.XMLParser:
    # The parser of parse_bytes (tests spy on it).
    return xml_parser(huge=huge)


def parse_file(path: str | os.PathLike[str]) -> etree._ElementTree:
    """Parse one of lheo's own files (its XSDs) with the hardened parser.

    The file is opened here: libxml2 would open a path through the parser's resolvers,
    which refuse every load.
    """
    with open(path, "rb") as handle:
        return etree.parse(handle, xml_parser(), base_url=os.fsdecode(path))


# ---------------------------------------------------------------------------------------
# Sources


_DECLARATION = re.compile(r"<\?xml\s[^>]*\?>")
_BLANKS = re.compile(r"\s*")
_ENCODING = re.compile(r"\sencoding\s*=\s*(?:\"[^\"]*\"|'[^']*')")


def is_xml_text(source: object) -> bool:
    """Whether ``source`` is a ``str`` holding XML rather than a path.

    It is when its first character after an optional byte order mark and blanks is ``<``.
    """
    if not isinstance(source, str):
        return False
    # No lstrip(): it would copy a document of hundreds of MB just to look at its start.
    start = _BLANKS.match(source, 1 if source.startswith("\ufeff") else 0)
    return source.startswith("<", start.end() if start else 0)


def is_path(source: object) -> bool:
    """Whether ``source`` names a file (a path-like object or a ``str`` that is not XML)."""
    return isinstance(source, os.PathLike) or (isinstance(source, str) and not is_xml_text(source))


def source_name(source: object) -> str:
    """Return a short display name for a source (file path or a placeholder)."""
    if is_path(source):
        try:
            return os.fsdecode(source)  # type: ignore[arg-type]
        except TypeError:  # a path-like object whose __fspath__ returns neither str nor bytes
            return "<document>"
    if isinstance(source, str):
        return "<string>"
    if isinstance(source, bytes):
        return "<bytes>"
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else "<document>"


def text_to_bytes(text: str, name: str = "<string>") -> bytes:
    """Encode XML held in a ``str`` for the parser (UTF-8), keeping lines and columns.

    The text is already decoded, so an ``encoding`` in its XML declaration no longer holds:
    it is blanked out (same length, so positions do not move). A declaration after leading
    blanks, which XML forbids, is dropped, its line breaks kept. A leading byte order mark
    is dropped.

    Raises:
        ParseError: the text holds a lone surrogate (not encodable, so not XML).
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    blanks = _BLANKS.match(text)
    start = blanks.end() if blanks else 0
    match = _DECLARATION.match(text, start)
    if match is not None:
        decl = match.group()
        if start == 0:
            decl = _ENCODING.sub(lambda m: " " * len(m.group()), decl)
            text = decl + text[match.end() :]
        else:
            breaks = "\n" * text.count("\n", 0, match.end())
            text = breaks + text[match.end() :]
    return encode_text(text, name)


def encode_text(text: str, name: str = "<string>", line: int = 1) -> bytes:
    """XML text as UTF-8 bytes, as is (:func:`text_to_bytes` without the declaration's care).

    For the pieces after the first of a text read in parts: ``line`` is the line its first
    character is on, for the position of an error.

    Raises:
        ParseError: the text holds a lone surrogate (not encodable, so not XML).
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ParseError(
            f"not XML text: lone surrogate U+{ord(text[exc.start]):04X} (not a character)",
            line=line + text.count("\n", 0, exc.start),
            column=exc.start - text.rfind("\n", 0, exc.start),
            source=name,
        ) from None


def open_path(path: str | os.PathLike[str], name: str) -> IO[bytes]:
    """Open a file for binary reading, or raise :class:`ParseError` naming it."""
    try:
        return open(path, "rb")  # noqa: SIM115 - the caller closes it
    except (OSError, ValueError, TypeError) as exc:
        raise cannot_read(exc, name) from exc


def cannot_read(exc: Exception, name: str) -> ParseError:
    """The error for a file that cannot be opened or read (``exc``: what was raised)."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return ParseError(f"cannot read file: {reason}", source=name)


def read_file_object(source: Any, name: str, size: int = -1) -> bytes | str:
    """Call ``source.read(size)``, turning its failures and odd results into ParseError.

    Returns the ``bytes`` or ``str`` read (``str`` from a file opened in text mode).
    """
    try:
        data = source.read(size)
    except (OSError, ValueError) as exc:
        raise ParseError(f"cannot read file object: {exc}", source=name) from exc
    if not isinstance(data, (bytes, str)):
        raise ParseError(f"file object returned {type(data).__name__}, not bytes", source=name)
    return data


def read_bytes(source: Source) -> tuple[bytes, str]:
    """Load a source into memory.

    Args:
        source: a path, XML ``bytes``, a ``str`` holding XML, or a binary file object (a
            text one is read as a ``str``).

    Returns:
        The raw bytes and a display name for messages.

    Raises:
        ParseError: the file cannot be read or the source type is not supported.
    """
    name = source_name(source)
    if isinstance(source, bytes):
        return source, name
    if is_xml_text(source):
        assert isinstance(source, str)
        return text_to_bytes(source, name), name
    if is_path(source):
        with open_path(source, name) as handle:  # type: ignore[arg-type]
            try:
                return handle.read(), name
            except (OSError, ValueError) as exc:
                raise cannot_read(exc, name) from exc
    if hasattr(source, "read"):
        data = read_file_object(source, name)
        if isinstance(data, str):
            return text_to_bytes(data, name), name
        return data, name
    raise ParseError(f"unsupported source type {type(source).__name__}", source=name)


class _CheckedReader:
    """A file object seen through read(): non-bytes results and failures become ParseError."""

    def __init__(self, source: Any, name: str, head: bytes) -> None:
        self._source = source
        self._name = name
        self._head = head

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        data = read_file_object(self._source, self._name, size)
        if not isinstance(data, bytes):
            raise ParseError(
                f"file object returned {type(data).__name__} after bytes", source=self._name
            )
        return data


def open_stream(source: Source, name: str) -> tuple[IO[bytes], bool]:
    """A binary stream over any source, for incremental parsing.

    Returns:
        The stream and whether the caller must close it (a file it opened).

    Raises:
        ParseError: as :func:`read_bytes`.
    """
    if isinstance(source, bytes):
        return io.BytesIO(source), False
    if is_xml_text(source):
        assert isinstance(source, str)
        return io.BytesIO(text_to_bytes(source, name)), False
    if is_path(source):
        return open_path(source, name), True  # type: ignore[arg-type]
    if hasattr(source, "read"):
        head = read_file_object(source, name, 65536)
        if isinstance(head, str):
            # A text-mode file: read it whole, as a str source (its declared encoding no
            # longer holds).
            rest = read_file_object(source, name)
            if not isinstance(rest, str):
                raise ParseError(
                    f"file object returned {type(rest).__name__} after str", source=name
                )
            return io.BytesIO(text_to_bytes(head + rest, name)), False
        return _CheckedReader(source, name, head), False  # type: ignore[return-value]
    raise ParseError(f"unsupported source type {type(source).__name__}", source=name)


# ---------------------------------------------------------------------------------------
# Parsing


def parse_bytes(
    data: bytes, name: str = "<document>", *, lookup: etree.ElementClassLookup | None = None
) -> etree._ElementTree:
    """Parse XML bytes safely.

    Args:
        data: the document.
        name: display name used in error messages.
        lookup: an element class lookup for this parse only (the typed views'), never
            lxml's global default.

    Returns:
        The parsed tree. Its ``docinfo`` keeps a DOCTYPE's declaration, never loaded.

    Raises:
        ParseError: not well-formed (with line and column), empty, truncated, or an
            undeclared entity reference such as ``&nbsp;``.
        UnsafeXmlError: entity declarations, or a safety limit exceeded (:data:`MAX_DEPTH`,
            :data:`MAX_ATTRIBUTES`, :data:`MAX_TEXT_NODE`).
    """
    if not data or data.isspace():  # not data.strip(): a copy of the whole document
        raise ParseError("empty document", line=1, column=1, source=name)
    _refuse_entity_declarations(data, name)
    huge = False
    parser = _parser()
    if lookup is not None:
        parser.set_element_class_lookup(lookup)
    try:
        tree = _run(parser, data, name)
    except etree.XMLSyntaxError as exc:
        if not wants_huge(exc, parser.error_log):
            raise parse_error(exc, name, parser.error_log) from None
        huge = True
        parser = _parser(huge=True)
        if lookup is not None:
            parser.set_element_class_lookup(lookup)
        try:
            tree = _run(parser, data, name)
        except etree.XMLSyntaxError as exc2:
            raise parse_error(exc2, name, parser.error_log) from None
    check_log(parser.error_log, name)
    _check_dtd(tree, name)
    check_attributes(tree, name, data=data)
    if huge:
        # huge_tree lifts libxml2's depth and size limits: put ours back.
        check_depth(tree, name)
        check_sizes(tree, name)
    return tree


def _run(parser: etree.XMLParser, data: bytes, name: str) -> etree._ElementTree:
    try:
        return etree.parse(io.BytesIO(data), parser)
    except ResourceRefused as exc:
        raise exc.named(name) from None


# Where _refuse_entity_declarations looks: a DOCTYPE in the first 64 KiB, its internal
# subset up to 1 MiB further.
_DOCTYPE_WITHIN = 65536
_SUBSET_WITHIN = 1_048_576

#: The leading bytes that decide :func:`_refuse_entity_declarations`: a reader that checks
#: this many first (or all, if fewer) gives the verdict of the whole document.
HEAD_SIZE = _DOCTYPE_WITHIN + _SUBSET_WITHIN


def _refuse_entity_declarations(data: bytes, name: str) -> None:
    # Refuse before parsing: libxml2 would stop some bombs itself, but with an error that
    # does not say "unsafe", and other declarations (external entities) would get through.
    start = data.find(b"<!DOCTYPE", 0, _DOCTYPE_WITHIN)
    if start == -1:
        return
    end = data.find(b"]>", start)
    subset = data[start : end if end != -1 else start + _SUBSET_WITHIN]
    if b"<!ENTITY" in subset:
        line = data.count(b"\n", 0, start + subset.find(b"<!ENTITY")) + 1
        raise UnsafeXmlError(
            "entity declaration refused (DTD entities are not allowed)", line=line, source=name
        )


def first_problem(log: Any) -> Any:
    """The first error of a parser's log (or ``None``), an undeclared entity counting as one.

    libxml2 only warns about an undeclared entity when a DOCTYPE names an external subset,
    which could have declared it.
    """
    if log is None:
        return None
    for entry in log:
        if entry.type in _ENTITY_CODES or entry.level >= etree.ErrorLevels.ERROR:
            return entry
    return None


def entity_error(entry: Any, name: str) -> ParseError:
    """The error for an undeclared entity reference (an lxml log entry of that type)."""
    match = _ENTITY_NAME.search(str(entry.message))
    entity = match.group(1) if match else "?"
    return ParseError(
        f"undeclared entity &{entity}; (XML predefines only &amp; &lt; &gt; &quot; &apos;, "
        "and DTDs are never loaded: write the character itself or a character reference "
        "such as &#160;)",
        line=entry.line or None,
        column=entry.column or None,
        source=name,
    )


def check_log(log: Any, name: str) -> None:
    """Raise for an undeclared entity reference recorded in a parser's error log.

    libxml2 only warns when the DOCTYPE names an external subset, and lxml then keeps the
    reference as an entity node, so the text around it would be silently cut. Call this
    after every successful parse with its ``parser.error_log``. (Incremental parsers: with
    ``resolve_entities=False`` lxml's feed mode drops libxml2's undeclared-entity error and
    resumes mid-document, yielding elements that are not there; ``iterparse`` with
    ``resolve_entities="internal"`` raises instead, and :func:`parse_error` with its
    ``error_log`` then names the entity.)

    Raises:
        ParseError: naming the first undeclared entity, with its line and column.
    """
    for entry in log:
        if entry.type in _ENTITY_CODES:
            raise entity_error(entry, name)


def wants_huge(exc: etree.XMLSyntaxError, log: Any = None) -> bool:
    """Whether a parse failed on a size limit that ``huge_tree`` lifts (retry with it)."""
    first = first_problem(log)
    if first is not None and first.type in _ENTITY_CODES:
        return False
    msg = str(first.message if first is not None else (exc.msg or exc))
    if "depth" in msg:
        return False
    return (
        "XML_PARSE_HUGE" in msg
        or "huge text node" in msg
        or "Huge input lookup" in msg
        or "too big found" in msg  # comment, PI or CDATA section over 10 MB
    )


def depth_error(line: int | None, name: str) -> UnsafeXmlError:
    """The error for nesting deeper than :data:`MAX_DEPTH`."""
    return UnsafeXmlError(
        f"element nesting deeper than {MAX_DEPTH} levels refused (safety limit)",
        line=line,
        source=name,
    )


def parse_error(exc: etree.XMLSyntaxError, name: str, log: Any = None) -> ParseError:
    """The typed error for an lxml parse failure.

    Args:
        exc: what lxml raised.
        name: display name of the source.
        log: the parser's error log: its first error is reported rather than ``exc``
            (iterparse sometimes raises a later, vaguer one such as "no element found").
    """
    first = first_problem(log)
    if first is not None and first.type in _ENTITY_CODES:
        return entity_error(first, name)
    if first is not None:
        # Worded as lxml words the exception it builds from a log entry.
        msg = str(first.message).strip()
        line, column = first.line or None, first.column or None
        if line is not None:
            msg += f", line {line}" + (f", column {column}" if column is not None else "")
    else:
        msg = str(exc.msg or exc)
        pos = getattr(exc, "position", None) or (None, None)
        line, column = pos[0] or None, pos[1] or None
        # libxml2 appends "(<string>, line N)" to its own message; ours carries the position.
        cut = msg.rfind(", line ")
        if cut != -1 and msg.endswith(")"):
            msg = msg[: msg.rfind("(", 0, cut)].rstrip()
    if "Excessive depth" in msg or "Maximum depth" in msg:
        return depth_error(line, name)
    if _is_entity_hazard(msg):
        return UnsafeXmlError(f"entity refused: {msg}", line=line, column=column, source=name)
    if "Premature end of data" in msg or "EndTag" in msg or "Extra content" in msg:
        msg = f"not well-formed XML (truncated or unbalanced): {msg}"
    else:
        msg = f"not well-formed XML: {msg}"
    return ParseError(msg, line=line, column=column, source=name)


def _is_entity_hazard(msg: str) -> bool:
    # libxml2's own guards against entity abuse (loops, amplification): only reachable when
    # a declaration slipped past _refuse_entity_declarations (a DOCTYPE after 64 KiB, UTF-16).
    lowered = msg.lower()
    return "entity" in lowered and any(
        word in lowered for word in ("loop", "amplification", "recursion", "external")
    )


def _check_dtd(tree: etree._ElementTree, name: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is not None:
        # Any entity declaration is refused (billion laughs, quadratic blow-up, external
        # entities), as defusedxml's forbid_entities does; a bare DOCTYPE is harmless.
        for entity in dtd.iterentities():  # type: ignore[attr-defined]
            raise UnsafeXmlError(
                f"entity declaration {entity.name!r} refused (DTD entities are not allowed)",
                source=name,
            )
    if tree.docinfo.externalDTD is not None:  # never expected: see the module docstring
        raise UnsafeXmlError("external DTD refused (DTDs are never loaded)", source=name)


def parse(source: Source) -> tuple[etree._ElementTree, str]:
    """Read and parse a source safely; returns the tree and the display name."""
    data, name = read_bytes(source)
    return parse_bytes(data, name), name


# ---------------------------------------------------------------------------------------
# Limits (also used by the streaming engine on each parsed piece)

# Encodings in which '<' and '=' are the single bytes 0x3C and 0x3D and no other character
# uses those bytes: the byte scans for MAX_ATTRIBUTES hold for them.
_ASCII_SAFE = re.compile(
    r"(UTF-?8|US-?ASCII|ASCII|ISO[-_]?8859[-_]?\d+|LATIN-?\d|(WINDOWS|CP)-?125\d)$"
)
_DECLARED_ENCODING = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']*)"
)

#: Fewest bytes a start tag with more than :data:`MAX_ATTRIBUTES` attributes spans from its
#: ``<`` on: 5 per attribute (`` a=""``), and no other ``<`` (not even in attribute values).
CROWDED_TAG_SPAN = 5 * (MAX_ATTRIBUTES + 1)
_STEP = CROWDED_TAG_SPAN // 2


def scannable(head: bytes) -> bool:
    """Whether the markup of a document starting with ``head`` can be scanned as bytes.

    True when ``<`` and ``=`` are the bytes 0x3C and 0x3D, used by no other character: UTF-8
    (with or without byte order mark), unless the XML declaration names an encoding other
    than an ASCII-compatible single-byte one. Then a byte scan can rule out an element with
    more than :data:`MAX_ATTRIBUTES` attributes (see :func:`check_attributes`).
    """
    # Decided from the bytes, not docinfo.encoding (lxml reports "UTF-8" for a UTF-16 file
    # without declaration): NUL bytes among the first four are UTF-16 or UTF-32.
    first = head[3:4] if head.startswith(b"\xef\xbb\xbf") else head[:1]
    if first not in (b"<", b" ", b"\t", b"\r", b"\n") or b"\x00" in head[:4]:
        return False
    declared = _DECLARED_ENCODING.match(head, 0, _DOCTYPE_WITHIN)
    if declared is None:
        return True
    encoding = declared.group(1).decode("ascii", "replace").upper()
    return _ASCII_SAFE.match(encoding) is not None


def _may_have_many_attributes(data: bytes) -> bool:
    # Probe one window of _STEP bytes every _STEP bytes: a run of CROWDED_TAG_SPAN bytes
    # without '<' always holds a whole window. About 5 ms per 50 MB (a regex over every
    # byte: 40).
    find, rfind = data.find, data.rfind
    size, pos = len(data), 0
    while pos < size:
        if find(b"<", pos, pos + _STEP) != -1:
            pos += _STEP
            continue
        start = max(rfind(b"<", 0, pos), 0)
        end = find(b"<", pos)
        end = size if end == -1 else end
        if end - start >= CROWDED_TAG_SPAN and data.count(b"=", start, end) > MAX_ATTRIBUTES:
            return True
        pos = end
    return False


def crowded(node: etree._Element | etree._ElementTree) -> etree._Element | None:
    """The first element of ``node`` (itself included) over :data:`MAX_ATTRIBUTES` attributes.

    Found without reading any attribute (see :func:`check_attributes`).
    """
    found = node.xpath(f"descendant-or-self::*[@*[{MAX_ATTRIBUTES + 1}]][1]")
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return found[0]
    return None


def attributes_error(el: etree._Element, name: str) -> UnsafeXmlError:
    """The error for an element with more than :data:`MAX_ATTRIBUTES` attributes."""
    line: Any = el.sourceline
    return UnsafeXmlError(
        f"element <{local(el.tag)}> has more than {MAX_ATTRIBUTES} attributes (safety limit)",
        line=line or None,
        source=name,
    )


def check_attributes(
    node: etree._Element | etree._ElementTree, name: str, *, data: bytes | None = None
) -> None:
    """Refuse an element with more than :data:`MAX_ATTRIBUTES` attributes in ``node``.

    Exact and linear (one XPath run in C, about 0.25 s per 50 MB), to be called before
    anything reads attributes (lxml's ``items()``/``values()`` are quadratic in their number).
    With ``data``, the bytes the whole tree was parsed from, a byte scan (about 5 ms per
    50 MB) answers first for documents in UTF-8, ASCII or an ISO-8859/Windows single-byte
    encoding, and only a candidate (a run of markup long enough, with enough ``=``) takes
    the XPath run. Streaming callers pass each parsed piece, with the bytes it came from if
    they have them (a piece's bytes must hold its start tags whole).

    Raises:
        UnsafeXmlError: naming the limit, at the line of the first such element.
    """
    if data is not None and scannable(data) and not _may_have_many_attributes(data):
        return
    el = crowded(node)
    if el is not None:
        raise attributes_error(el, name)


def check_depth(node: etree._Element | etree._ElementTree, name: str) -> None:
    """Refuse a tree nested deeper than :data:`MAX_DEPTH` (counting from ``node``'s root).

    Needed only after a parse with ``huge_tree`` (libxml2 enforces 256 itself otherwise).

    Raises:
        UnsafeXmlError: at the line of the first element too deep.
    """
    root = node.getroot() if isinstance(node, etree._ElementTree) else node
    found = root.xpath("self::*" + "/*" * MAX_DEPTH + "[1]")
    if isinstance(found, list) and found:
        el: Any = found[0]
        raise depth_error(el.sourceline, name)


#: What :func:`check_sizes` bounds, in the order it looks (which decides between two).
SIZED = ("text", "attribute value", "comment", "processing instruction")
_SIZED_PATHS = {
    "text": "descendant-or-self::*/text()",
    "attribute value": "descendant-or-self::*/@*",
    "comment": "descendant-or-self::comment()",
    "processing instruction": "descendant-or-self::processing-instruction()",
}


def oversized(
    node: etree._Element | etree._ElementTree, kinds: tuple[str, ...] = SIZED
) -> tuple[str, int | None] | None:
    """The first of ``kinds`` (names in :data:`SIZED`) over :data:`MAX_TEXT_NODE` in ``node``.

    Returns:
        The kind and its line, or ``None`` when all are within the limit.
    """
    root = node.getroot() if isinstance(node, etree._ElementTree) else node
    for what in kinds:
        found = root.xpath(f"({_SIZED_PATHS[what]})[string-length() > {MAX_TEXT_NODE}][1]")
        if isinstance(found, list) and found:
            item: Any = found[0]
            # A comment or PI has its own line; a text or attribute value, its element's.
            owner = item if isinstance(item, etree._Element) else item.getparent()
            return what, getattr(owner, "sourceline", None) or None
    return None


def size_error(what: str, line: int | None, name: str) -> UnsafeXmlError:
    """The error for a ``what`` (one of :data:`SIZED`) over :data:`MAX_TEXT_NODE`."""
    return UnsafeXmlError(
        f"{what} over {MAX_TEXT_NODE // (1024 * 1024)} MB refused (safety limit)",
        line=line,
        source=name,
    )


def check_sizes(node: etree._Element | etree._ElementTree, name: str) -> None:
    """Refuse text, tails, attribute values, comments or PIs over :data:`MAX_TEXT_NODE`.

    Needed only after a parse with ``huge_tree`` (libxml2 stops at 10 MB otherwise).

    Raises:
        UnsafeXmlError: naming the limit, at the line of the element concerned.
    """
    found = oversized(node)
    if found is not None:
        raise size_error(*found, name)


def local(tag: object) -> str:
    """Local part of a Clark-notation tag (``{ns}name`` → ``name``)."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def namespace(tag: object) -> str | None:
    """Namespace of a Clark-notation tag, or ``None``."""
    text = str(tag)
    return text[1 : text.index("}")] if text.startswith("{") else None


# ---------------------------------------------------------------------------------------
# Element paths: the one builder of the paths in reports (validation issues, streaming,
# migration changes and warnings)

#: The ``(parent, child)`` local-name pairs where a path writes the child's position: where
#: the schema lets the child repeat (:attr:`lheo.Version.repeatable`). Anything that answers
#: ``in`` will do (the migration numbers a name under every parent, see
#: ``lheo.migration._tree``).
Repeatable = Container[tuple[str, str]]


def step(parent: str, name: str, position: int, repeatable: Repeatable | None) -> str:
    """One step of a path: ``name[position]`` where ``name`` repeats in ``parent``, else ``name``.

    Args:
        parent: local name of the parent element.
        name: local name of the element.
        position: 1-based position among the parent's children of the same name.
        repeatable: the pairs that get a position; ``None``: every pair does.
    """
    if repeatable is None or (parent, name) in repeatable:
        return f"{name}[{position}]"
    return name


def position(el: etree._Element) -> int:
    """1-based position of ``el`` among its parent's children of the same tag."""
    return 1 + sum(1 for _ in el.itersiblings(el.tag, preceding=True))


def element_path(el: etree._Element, repeatable: Repeatable | None = None) -> str:
    """XPath-like location with local names and 1-based positions among same-name siblings.

    Example: ``/lheo/offres/formation[2]/action[1]/periode``. With ``repeatable`` (pairs of
    parent and child names the schema lets repeat), positions are written only for those;
    without it, for every element but the root.
    """
    parts: list[str] = []
    node: etree._Element = el
    parent = node.getparent()
    while parent is not None:
        parts.append(step(local(parent.tag), local(node.tag), position(node), repeatable))
        node, parent = parent, parent.getparent()
    parts.append(local(node.tag))
    return "/" + "/".join(reversed(parts))


def relative_path(
    el: etree._Element, base: etree._Element, repeatable: Repeatable | None = None
) -> str | None:
    """Path of ``el`` below ``base`` as :func:`element_path` writes it (``""`` for ``base``).

    ``None`` when ``el`` is not inside ``base``.
    """
    parts: list[str] = []
    node = el
    while node is not base:
        parent = node.getparent()
        if parent is None:
            return None
        parts.append(step(local(parent.tag), local(node.tag), position(node), repeatable))
        node = parent
    return "".join("/" + part for part in reversed(parts))


class PathIndex:
    """The paths of many elements of one tree, as :func:`element_path` writes them.

    Positions are counted once per parent and paths cached, so the tree must not change
    while an index is in use, but for what :meth:`freeze` allows. With ``namespace``, an
    element of another namespace (inside an ``extra``) is written with its prefix
    (``gml:pos``, or its Clark name without one) and always gets its position.

    Args:
        root: the element paths start from (written ``/root``), the tree's root or not.
        repeatable: as for :func:`element_path`.
        namespace: the document's namespace, or ``None`` to write every element by its
            local name.
        root_path: the path of ``root`` itself, when not ``/root`` (an item held alone:
            ``/lheo/offres/formation[3]``).
        positioned: instead of ``repeatable``, the names that get a position under any
            parent (the others get none): quicker, no parent is looked at.
    """

    def __init__(
        self,
        root: etree._Element,
        repeatable: Repeatable | None = None,
        *,
        namespace: str | None = None,
        root_path: str | None = None,
        positioned: frozenset[str] | None = None,
    ) -> None:
        self._root = root
        self._repeatable = repeatable
        self._positioned = positioned
        self._prefix = None if namespace is None else "{" + namespace + "}"
        self._pos: dict[etree._Element, int] = {}
        self._paths: dict[etree._Element, str] = {} if root_path is None else {root: root_path}

    def freeze(self, el: etree._Element) -> None:
        """Count the positions of ``el`` and its siblings now, before they change.

        The paths of those that remain stay those of the tree as it is, whatever is then
        removed or added among them.
        """
        if el.getparent() is not None:
            self._position(el)

    def pin(self, el: etree._Element, position: int) -> None:
        """Give ``el`` the position ``position`` (an item held alone, numbered in its flow)."""
        self._pos[el] = position

    def _name(self, el: etree._Element) -> tuple[str, bool]:
        """The name of ``el`` in a path, and whether it is outside the document's namespace."""
        tag = el.tag
        assert isinstance(tag, str)
        if self._prefix is None:
            return local(tag), False
        if tag.startswith(self._prefix):
            return tag[len(self._prefix) :], False
        return (f"{el.prefix}:{local(tag)}" if el.prefix else tag), True

    def _position(self, el: etree._Element) -> int:
        number = self._pos.get(el)
        if number is None:
            parent = el.getparent()
            assert parent is not None
            # Only same-name siblings count (and only they shift when one is removed).
            for count, sibling in enumerate(parent.iterchildren(el.tag), 1):
                self._pos.setdefault(sibling, count)
            number = self._pos[el]
        return number

    def _step(self, el: etree._Element) -> str:
        tag = el.tag
        prefix, positioned = self._prefix, self._positioned
        if positioned is not None and prefix is not None and type(tag) is str:
            # The migration's case, once per element of its reports: inlined.
            if tag.startswith(prefix):
                name = tag[len(prefix) :]
                if name not in positioned:
                    return name
                number = self._pos.get(el)
                return f"{name}[{self._position(el) if number is None else number}]"
        name, foreign = self._name(el)
        if self._positioned is not None and not foreign:
            return f"{name}[{self._position(el)}]" if name in self._positioned else name
        parent = el.getparent()
        assert parent is not None
        repeatable = None if foreign else self._repeatable
        if repeatable is not None and (local(parent.tag), name) not in repeatable:
            return name
        return step(local(parent.tag), name, self._position(el), None)

    def path(self, el: etree._Element, attribute: str | None = None) -> str:
        """Return the path of ``el`` (or of its ``attribute``: ``…/@uri``) from the root."""
        known = self._paths.get(el)
        if known is not None:
            return f"{known}/@{attribute}" if attribute else known
        pending: list[etree._Element] = []
        cur: etree._Element | None = el
        while cur is not None and cur not in self._paths:
            pending.append(cur)
            cur = None if cur is self._root else cur.getparent()
        known = self._paths[cur] if cur is not None else ""
        for node in reversed(pending):
            if node is self._root:
                name, foreign = self._name(node)
                known = "/" + (str(node.tag) if foreign else name)
            else:
                known = f"{known}/{self._step(node)}"
            self._paths[node] = known
        return f"{known}/@{attribute}" if attribute else known
