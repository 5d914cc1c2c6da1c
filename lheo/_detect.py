"""Version and kind detection: what an LHÉO document is, from its root element.

Needs only the XML layer and the version registry (never the generated bindings), so that
:func:`lheo.detect` and :func:`lheo.validate` start fast.
"""

from __future__ import annotations

from typing import IO

from lxml import etree

from lheo import _xml
from lheo._xml import XSI, Source
from lheo.errors import NotLheoError, ParseError, UnsupportedVersionError
from lheo.versions import Version

__all__ = ["check_kind", "detect", "prepare_tree", "version_of"]

# Namespaces that look like LHÉO but that we do not support: a clearer error than "not LHÉO".
_LHEO_NS_PREFIXES = ("http://www.lheo.org/", "http://lheo.gouv.fr/", "http://lheo.org/")


def version_of(ns: str | None, local: str, wanted: str | Version | None, name: str) -> Version:
    asked = Version.parse(wanted) if wanted is not None else None
    if ns is None:
        if asked is None:
            raise UnsupportedVersionError(
                f"{name}: root element <{local}> has no namespace, so its LHÉO version "
                "cannot be detected; pass version= (e.g. version='1.3.0')"
            )
        return asked
    try:
        found = Version.from_namespace(ns)
    except UnsupportedVersionError:
        if ns.startswith(_LHEO_NS_PREFIXES):
            raise UnsupportedVersionError(
                f"{name}: unsupported LHÉO namespace {ns!r}; supported: "
                + ", ".join(f"{v.value} ({v.namespace})" for v in Version)
            ) from None
        raise NotLheoError(
            f"{name}: not an LHÉO document: root element <{local}> is in namespace {ns!r}"
        ) from None
    if asked is not None and asked is not found:
        raise UnsupportedVersionError(
            f"{name}: version={asked.value!r} was asked but the document is LHÉO "
            f"{found.value} (namespace {ns})"
        )
    return found


def check_kind(version: Version, local: str, name: str) -> None:
    if not version.has_element(local):
        roots = ", ".join(version.roots)
        raise NotLheoError(
            f"{name}: not an LHÉO {version.value} document: unknown root element <{local}> "
            f"(expected one of {roots})"
        )


class _RootFound(Exception):
    """Raised by _RootTarget to stop the parser at the root's start tag."""


class _RootTarget:
    """An lxml parser target that stops at the root element's start tag."""

    def __init__(self) -> None:
        self.tag: str | None = None

    def start(self, tag: str, attrib: object, nsmap: object = None) -> None:
        self.tag = tag
        raise _RootFound

    def close(self) -> None:
        return None


class _UntilRoot:
    """Serves a stream to the parser until the root is found, keeping the start of it."""

    KEEP = _xml.HEAD_SIZE

    def __init__(self, stream: IO[bytes], target: _RootTarget) -> None:
        self._stream = stream
        self._target = target
        self.head = bytearray()
        self.blank = True

    def read(self, size: int = -1) -> bytes:
        if self._target.tag is not None:
            return b""  # lxml would otherwise read the whole file after the parser stopped
        data = self._stream.read(size)
        if len(self.head) < self.KEEP:
            self.head += data[: self.KEEP - len(self.head)]
        self.blank = self.blank and not data.strip()
        return data


def detect(source: Source) -> tuple[str, str]:
    """Detect the version and kind of a document from its first element only.

    Args:
        source: path, XML ``bytes``, ``str`` of XML, or a binary file object.

    Returns:
        ``(version, kind)``, e.g. ``("2.3", "lheo")``.

    Raises:
        ParseError: the start of the document is not well-formed XML, or the source cannot
            be read.
        UnsafeXmlError: the DOCTYPE declares entities.
        NotLheoError: the root element or its namespace is not LHÉO.
        UnsupportedVersionError: an LHÉO namespace of an unsupported version, or no namespace.

    Added in 0.1.
    """
    name = _xml.source_name(source)
    stream, close = _xml.open_stream(source, name)
    target = _RootTarget()
    reader = _UntilRoot(stream, target)
    # A pull parse (not iterparse: in feed mode lxml drops undeclared-entity errors and
    # resumes mid-document) that stops at the root's start tag.
    parser = _xml.xml_parser(target=target)
    try:
        etree.parse(reader, parser)  # type: ignore[arg-type]  # any object with read()
    except _RootFound:
        pass
    except etree.XMLSyntaxError as exc:
        if reader.blank:
            raise ParseError("empty document", line=1, column=1, source=name) from None
        raise _xml.parse_error(exc, name, parser.error_log) from None
    except _xml.ResourceRefused as exc:
        raise exc.named(name) from None
    finally:
        if close:
            stream.close()
    if target.tag is None:
        raise ParseError("empty document", line=1, column=1, source=name)
    # Refused here as in read, though detect only looks at the root's name.
    _xml._refuse_entity_declarations(bytes(reader.head), name)
    tag = target.tag
    local, ns = _xml.local(tag), _xml.namespace(tag)
    version = version_of(ns, local, None, name)
    check_kind(version, local, name)
    return version.value, local


def _renamespace(root: etree._Element, ns: str) -> None:
    # A 1.3.0 LHÉO-Léger file may come without namespace (the official example does):
    # move every unqualified element into the version's namespace, in place.
    for el in root.iter(tag=etree.Element):
        if not el.tag.startswith("{"):
            el.tag = f"{{{ns}}}{el.tag}"


def prepare_tree(
    tree: etree._ElementTree, version: str | Version | None, name: str
) -> tuple[Version, str, dict[str, str]]:
    """Identify the tree's version and kind, normalise it in place, and take its xsi attributes."""
    root = tree.getroot()
    local, ns = _xml.local(root.tag), _xml.namespace(root.tag)
    found = version_of(ns, local, version, name)
    if ns is None:
        _renamespace(root, found.namespace)
    check_kind(found, local, name)
    xsi = {
        _xml.local(key): str(value)
        for key, value in root.attrib.items()
        if _xml.namespace(key) == XSI
    }
    return found, local, xsi
