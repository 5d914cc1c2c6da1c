"""Hardened XML parsing shared by every entry point: no network, no DTD, no entities.

Every function here turns lxml failures into :mod:`lheo.errors` exceptions, so no bare
lxml traceback reaches a user for bad input.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Union

from lxml import etree

from lheo.errors import ParseError, UnsafeXmlError

#: Anything lheo accepts as a document source.
Source = Union[str, bytes, "os.PathLike[str]", IO[bytes]]

#: Deepest element nesting accepted. Real LHÉO flows stay under 20 (nested extras included);
#: this is libxml2's own limit without ``huge_tree``, checked again by us when we need huge_tree.
MAX_DEPTH = 2048

#: Largest text node accepted when we retry with ``huge_tree`` (libxml2 stops at 10 MB otherwise).
MAX_TEXT_NODE = 200 * 1024 * 1024

XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _parser(*, huge: bool = False) -> etree.XMLParser:
    # resolve_entities=False + load_dtd=False + no_network=True closes the XXE, DTD retrieval
    # and entity-expansion doors; entity declarations are then refused outright in _check_dtd.
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        no_network=True,
        huge_tree=huge,
        remove_blank_text=False,
        remove_comments=False,
        collect_ids=False,
    )


def source_name(source: object) -> str:
    """Return a short display name for a source (file path or a placeholder)."""
    if isinstance(source, (str, os.PathLike)) and not _looks_like_xml(source):
        return os.fspath(source)
    name = getattr(source, "name", None)
    if isinstance(name, str):
        return name
    return "<bytes>" if isinstance(source, bytes) else "<document>"


def _looks_like_xml(source: object) -> bool:
    return isinstance(source, str) and source.lstrip().startswith("<")


def read_bytes(source: Source) -> tuple[bytes, str]:
    """Load a source into memory.

    Args:
        source: a path, XML ``bytes``, a ``str`` holding XML, or a binary file object.

    Returns:
        The raw bytes and a display name for messages.

    Raises:
        ParseError: the file cannot be read or the source type is not supported.
    """
    name = source_name(source)
    if isinstance(source, bytes):
        return source, name
    if isinstance(source, str) and _looks_like_xml(source):
        text = source
        if text.lstrip().startswith("<?xml"):
            # A str already decoded: drop the declaration's encoding, we re-encode as UTF-8.
            end = text.find("?>")
            text = text[end + 2 :] if end != -1 else text
        return text.encode("utf-8"), "<string>"
    if isinstance(source, (str, os.PathLike)):
        try:
            return Path(source).read_bytes(), name
        except OSError as exc:
            raise ParseError(f"cannot read file: {exc.strerror or exc}", source=name) from exc
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(data, bytes):
            raise ParseError("file object did not return bytes", source=name)
        return data, name
    raise ParseError(f"unsupported source type {type(source).__name__}", source=name)


def parse_bytes(data: bytes, name: str = "<document>") -> etree._ElementTree:
    """Parse XML bytes safely.

    Args:
        data: the document.
        name: display name used in error messages.

    Returns:
        The parsed tree.

    Raises:
        ParseError: not well-formed (with line and column), empty or truncated.
        UnsafeXmlError: entity declarations, or nesting deeper than :data:`MAX_DEPTH`.
    """
    if not data.strip():
        raise ParseError("empty document", line=1, column=1, source=name)
    _refuse_entity_declarations(data, name)
    try:
        tree = etree.parse(io.BytesIO(data), _parser())
    except etree.XMLSyntaxError as exc:
        msg = str(exc.msg or exc)
        if "Excessive depth" in msg or "Maximum depth" in msg:
            raise UnsafeXmlError(
                f"nesting deeper than {MAX_DEPTH} levels refused",
                line=_line(exc),
                source=name,
            ) from None
        elif "huge text node" in msg or "Huge input lookup" in msg or "XML_PARSE_HUGE" in msg:
            tree = _parse_huge(data, name)
        elif "entity" in msg.lower() and b"<!DOCTYPE" in data:
            raise UnsafeXmlError(f"entity refused: {msg}", line=_line(exc), source=name) from None
        else:
            raise _syntax_error(exc, name) from None
    _check_dtd(tree, name)
    return tree


def _refuse_entity_declarations(data: bytes, name: str) -> None:
    # Refuse before parsing: libxml2 would stop some bombs itself, but with an error that
    # does not say "unsafe", and other declarations (external entities) would get through.
    start = data.find(b"<!DOCTYPE", 0, 65536)
    if start == -1:
        return
    end = data.find(b"]>", start)
    subset = data[start : end if end != -1 else start + 1_048_576]
    if b"<!ENTITY" in subset:
        line = data.count(b"\n", 0, start + subset.find(b"<!ENTITY")) + 1
        raise UnsafeXmlError(
            "entity declaration refused (DTD entities are not allowed)", line=line, source=name
        )


def _parse_huge(data: bytes, name: str) -> etree._ElementTree:
    try:
        tree = etree.parse(io.BytesIO(data), _parser(huge=True))
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from None
    # huge_tree lifts libxml2's depth and size limits: put ours back.
    for event, el in etree.iterwalk(tree, events=("start",)):
        del event
        if el.text is not None and len(el.text) > MAX_TEXT_NODE:
            raise UnsafeXmlError("text node over 200 MB refused", line=el.sourceline, source=name)
    if _depth(tree.getroot()) > MAX_DEPTH:
        raise UnsafeXmlError(f"nesting deeper than {MAX_DEPTH} levels refused", source=name)
    return tree


def _depth(root: etree._Element) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((child, d + 1) for child in el)
    return deepest


def _line(exc: etree.XMLSyntaxError) -> int | None:
    pos = getattr(exc, "position", None)
    return int(pos[0]) if pos else None


def _syntax_error(exc: etree.XMLSyntaxError, name: str) -> ParseError:
    pos = getattr(exc, "position", None) or (None, None)
    msg = str(exc.msg or exc)
    # libxml2 appends "(<string>, line N)" to its own message; ours carries the position.
    cut = msg.rfind(", line ")
    if cut != -1 and msg.endswith(")"):
        msg = msg[: msg.rfind("(", 0, cut)].rstrip()
    if "Premature end of data" in msg or "EndTag" in msg or "Extra content" in msg:
        msg = f"not well-formed XML (truncated or unbalanced): {msg}"
    else:
        msg = f"not well-formed XML: {msg}"
    return ParseError(msg, line=pos[0], column=pos[1], source=name)


def _check_dtd(tree: etree._ElementTree, name: str) -> None:
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return
    # Any entity declaration is refused (billion laughs, quadratic blow-up, external
    # entities), as defusedxml's forbid_entities does; a bare DOCTYPE is harmless.
    for entity in dtd.iterentities():  # type: ignore[attr-defined]
        raise UnsafeXmlError(
            f"entity declaration {entity.name!r} refused (DTD entities are not allowed)",
            source=name,
        )


def parse(source: Source) -> tuple[etree._ElementTree, str]:
    """Read and parse a source safely; returns the tree and the display name."""
    data, name = read_bytes(source)
    return parse_bytes(data, name), name


def local(tag: object) -> str:
    """Local part of a Clark-notation tag (``{ns}name`` → ``name``)."""
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def namespace(tag: object) -> str | None:
    """Namespace of a Clark-notation tag, or ``None``."""
    text = str(tag)
    return text[1 : text.index("}")] if text.startswith("{") else None


def element_path(el: etree._Element, repeatable: frozenset[tuple[str, str]] | None = None) -> str:
    """XPath-like location with local names and 1-based positions among same-name siblings.

    Example: ``/lheo/offres/formation[2]/action[1]/periode``. With ``repeatable`` (pairs of
    parent and child names the schema lets repeat), positions are written only for those;
    without it, for every element but the root.
    """
    parts: list[str] = []
    node: etree._Element | None = el
    while node is not None:
        parent = node.getparent()
        name = local(node.tag)
        if parent is None:
            parts.append(name)
        elif repeatable is not None and (local(parent.tag), name) not in repeatable:
            parts.append(name)
        else:
            pos = 1
            for sib in parent.iterchildren(node.tag):
                if sib is node:
                    break
                pos += 1
            parts.append(f"{name}[{pos}]")
        node = parent
    return "/" + "/".join(reversed(parts))
