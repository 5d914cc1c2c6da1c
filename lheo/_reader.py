"""Reading: typed parsing with nothing lost silently (detection is in :mod:`lheo._detect`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree
from xsdata.exceptions import ParserError as XsdataParserError
from xsdata.exceptions import XmlContextError

from lheo import _xml
from lheo._builder import BuildError, BuildWarning, build
from lheo._detect import detect, prepare_tree
from lheo._document import Document
from lheo._layout import empty_pairs
from lheo._xml import Source
from lheo.errors import Issue, LheoError, ValidationError
from lheo.versions import Version, repeatable

if TYPE_CHECKING:
    from lheo._validate import ValidationReport

__all__ = ["detect", "prepare_tree", "read", "read_tree"]


def read_tree(
    tree: etree._ElementTree,
    *,
    version: str | Version | None = None,
    strict: bool = True,
    name: str = "<document>",
    data: bytes | None = None,
    keep_layout: bool = True,
    validation: ValidationReport | None = None,
) -> Document:
    """Bind an already parsed (safe) lxml tree.

    Args:
        tree: the parsed document (its root is renamespaced in place if it has none).
        version: as for :func:`read`.
        strict: as for :func:`read`.
        name: display name for messages.
        data: the bytes the tree was parsed from, when known (a cheap check of namespace
            declarations, and the reference of the loss check).
        keep_layout: keep the source layout (comments, order, white space...) for writing
            back; without it, comments and processing instructions are removed from the tree.
        validation: the tree's validation report, when the caller already has it.
    """
    root = tree.getroot()
    renamed = not str(root.tag).startswith("{")
    found, kind, xsi = prepare_tree(tree, version, name)
    if validation is None:
        from lheo._validate import validate_tree

        validation = validate_tree(tree, found, name)
    if strict and not validation.ok:
        raise ValidationError(validation)
    issues: list[Issue] = [] if strict else list(validation.errors)
    if not keep_layout:
        etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    cls = found.element_class(kind)
    built: list[BuildWarning] = []
    fell_back: list[bool] = []
    # Warnings of the rare constructs the builder leaves to xsdata come back in `built`
    # too (lheo._builder turns them into BuildWarnings, process-wide warning state aside).
    try:
        obj = build(
            root,
            cls,
            strict=strict,
            warnings=built,
            keep_layout=keep_layout,
            exotic=_may_declare_below_root(root, data),
            keep_namespaces=not renamed,
            fell_back=fell_back,
            empties=empty_pairs(data) if keep_layout and data is not None else None,
        )
    except (BuildError, XsdataParserError, XmlContextError, ValueError, TypeError) as exc:
        keep = data if data is not None else etree.tostring(tree)
        raise _binding_failure(keep, found, name, exc) from None
    pairs = repeatable(found)
    for warning in built:
        node = warning.node
        issues.append(
            Issue(
                message=(
                    warning.message if warning.content else f"value kept as text: {warning.message}"
                ),
                line=warning.line,
                element=warning.element,
                path=_xml.element_path(node, pairs) if node is not None else "",
                source=name,
                level="warning",
                content=warning.content,
            )
        )
    document = Document(version=found, kind=kind, root=obj, xsi=xsi, source=name, issues=issues)
    if keep_layout and fell_back:
        document.losses.extend(_losses(tree, document, name))
        issues.extend(document.losses)
    return document


def _may_declare_below_root(root: etree._Element, data: bytes | None) -> bool:
    """Whether an element below the root may declare a namespace or use a tag prefix.

    Cheap when the bytes are known: if ``xmlns`` occurs in them only as often as the root
    declares namespaces, and the root binds no prefix to its own namespace, there is none.
    """
    if data is None:
        return True
    nsmap = root.nsmap
    own = root.nsmap.get(None)
    if any(prefix is not None and uri == own for prefix, uri in nsmap.items()):
        return True
    return data.count(b"xmlns") != len(nsmap)


def _losses(tree: etree._ElementTree, document: Document, name: str) -> list[Issue]:
    """What a write of ``document`` would not give back of the source (C14N with comments)."""
    from lheo._writer import to_bytes

    try:
        written = to_bytes(document, pretty=None, allow_loss=True)
    except LheoError as exc:  # pragma: no cover - a document just read can be written
        return [Issue(message=f"cannot be written back: {exc}", source=name, level="warning")]
    source = etree.canonicalize(
        etree.tostring(tree, encoding="unicode"), with_comments=True, strip_text=True
    )
    again = etree.canonicalize(written.decode("utf-8"), with_comments=True, strip_text=True)
    if source == again:
        return []
    return [
        Issue(
            message="this document uses constructs (such as xsi:type) that only xsdata can "
            "bind, which keeps no comments, processing instructions, attribute order or "
            "unknown content: writing it would lose them (lheo.write(..., allow_loss=True) "
            "writes it anyway)",
            source=name,
            level="warning",
        )
    ]


def _binding_failure(data: bytes, version: Version, name: str, exc: Exception) -> Exception:
    from lheo._validate import validate_bytes

    report = validate_bytes(data, version, name)
    if not report.ok:
        return ValidationError(report)
    # The schema accepts it but the bindings do not: report xsdata's own reason.
    from lheo._validate import ValidationReport

    issue = Issue(message=f"cannot bind document: {exc}", source=name)
    return ValidationError(
        ValidationReport(
            ok=False, version=version.value, kind=report.kind, source=name, errors=[issue]
        )
    )


def read(
    source: Source,
    *,
    version: str | Version | None = None,
    strict: bool = True,
) -> Document:
    """Read an LHÉO document of any supported version into typed objects.

    What is read is written back as it was: :func:`lheo.write` gives the same document
    (comments, processing instructions, DOCTYPE, attribute order, white space and element
    order included; only the XML declaration says UTF-8, CDATA sections become escaped text
    and empty elements are written ``<x/>``), and a change to the objects changes only what
    it touches.

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        version: the version to assume; needed only when the root has no namespace.
        strict: when true (default), the document must be valid against its version's
            schema: an invalid one raises :class:`~lheo.ValidationError` with the full
            report (every issue, with line and path), before anything is bound. When false,
            it is read anyway and :attr:`Document.issues` lists every schema issue, every
            value kept as text and every unknown element or attribute, which is kept where
            it was (with its path and XML) and written back by :func:`lheo.write`.

    Returns:
        The :class:`Document`, with ``.version``, ``.kind`` and the typed ``.root``.

    Raises:
        ParseError: not well-formed XML (with line and column), truncated, or hostile.
        NotLheoError: the root element or its namespace is not LHÉO.
        UnsupportedVersionError: unknown LHÉO version, or no namespace and no ``version=``.
        ValidationError: strict reading of a document that is not valid.

    A large document makes hundreds of thousands of objects at once: the garbage collector is
    paused while they are made, then they are moved to its oldest generation in one step, so
    that it does not walk them again and again (reading is about 1.4x faster). Nothing is
    frozen or kept from collection; other young objects of the program move with them.

    Added in 0.1. Changed in 0.2: strict reading validates; the source layout is kept.
    """
    data, name = _xml.read_bytes(source)
    tree = _xml.parse_bytes(data, name)
    return read_tree(tree, version=version, strict=strict, name=name, data=data)
