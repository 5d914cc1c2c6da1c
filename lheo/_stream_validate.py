"""Validation in constant memory: the :class:`Validator` handler and :func:`validate_stream`.

How the validation of a streamed flow stays equal to :func:`lheo.validate` without the whole
tree: every *item* of the engine (:mod:`lheo._engine`: ``formation``, ``offre-formation``,
``resume-offre``, ``resume-organisme``, and here each ``extra`` outside them) is validated on
its own as soon as it is parsed, then the engine replaces it by an empty *placeholder*
(consecutive items collapse into one), so that what stays in memory is the document's
*skeleton* (root, ``offres``, extras). At the end the skeleton is validated against a copy of
the XSD where the item elements accept the empty placeholders. libxml2 reports the
skeleton's errors in document order, and a placeholder that it reached gives one known error
(an attribute it does not allow: the engine's :data:`~lheo._engine.PROBE`) exactly where the
whole document's validation would have reported that item's errors: the items' own errors
are put there. libxml2 skips the rest of an element's content after an unexpected child:
such skipped items give no error, there as in the whole document. ``xs:ID`` values are
tracked across items (the placeholders hold those of their items, see
:data:`~lheo._engine.HOLDER`) so that duplicates are reported as in the whole document.

Added in 0.2 (part of :mod:`lheo._stream` since 0.1).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
from lxml import etree

from lheo import _validate, _xml
from lheo._document import Document
from lheo._engine import HOLDER, PROBE, Engine, Handler, Item, Walk, source_line
from lheo._source import Input
from lheo._validate import ValidationReport
from lheo._xml import Source
from lheo.errors import Issue, LheoError, ParseError, issue_of
from lheo.versions import Version

__all__ = ["CHUNKS", "Validator", "resolve", "validate", "validate_stream", "validate_with"]

#: What validation also takes one at a time: the ``extra`` elements met outside the items,
#: so that large trailing extras are not held (``extras`` content is an unordered choice,
#: so an ``extra`` validates the same on its own).
CHUNKS = ("extra",)

_PROBE_MSG = f"attribute '{PROBE}'"
_WRAPPER = "lheo-stream-wrapper"
_XS = "http://www.w3.org/2001/XMLSchema"

# XML's white space: what xs:ID values may hold around them (not U+0085 or U+00A0, which
# Python's str.strip() also removes).
_XML_BLANK = " \t\r\n"

# An approximation of xs:NCName (what xs:ID accepts): only such values are registered as IDs.
_NCNAME = re.compile(r"[^\W\d][\w.\-\u00b7\u0300-\u036f\u203f\u2040]*\Z")


# ---------------------------------------------------------------------------------------
# Derived schemas


def _schema_doc(version: Version, ns: str) -> etree._ElementTree:
    doc = _xml.parse_file(version.schema_path)
    if ns != version.namespace:
        # A document read as another version's (Engine(moved=)): its grammar, moved.
        data = etree.tostring(doc).replace(version.namespace.encode(), ns.encode())
        doc = _xml.parse_bytes(data, str(version.schema_path))
    return doc


@functools.cache
def _schema(version: Version, ns: str) -> _validate.SchemaPool:
    """The version's XSD, its target namespace ``ns``."""
    if ns == version.namespace:
        return _validate.schema(version)
    return _validate.SchemaPool(
        functools.partial(_validate.compile_schema, _schema_doc(version, ns))
    )


def _namespace(engine: Engine) -> str:
    """The namespace of the items' elements as the engine sees them."""
    return engine.header.namespace or engine.header.version.namespace


def _issue(err: Any, tree: etree._ElementTree, engine: Engine) -> Issue:
    """``_validate._issue``; the messages of a moved grammar name the version's namespace."""
    version = engine.header.version
    issue = _validate._issue(err, tree, engine.name, version)
    ns = _namespace(engine)
    if ns == version.namespace:
        return issue
    return attrs.evolve(
        issue, message=issue.message.replace(f"{{{ns}}}", f"{{{version.namespace}}}")
    )


def _holder_decl(parent: etree._Element) -> None:
    holder = etree.SubElement(
        parent,
        f"{{{_XS}}}element",
        name=HOLDER,
        form="unqualified",
        minOccurs="0",
        maxOccurs="unbounded",
    )
    holder_type = etree.SubElement(holder, f"{{{_XS}}}complexType")
    etree.SubElement(holder_type, f"{{{_XS}}}attribute", name="id", type="xs:ID")


@functools.cache
def _skeleton_schema(version: Version, names: tuple[str, ...], ns: str) -> _validate.SchemaPool:
    """The version's XSD where the items ``names`` are empty placeholders (of ID holders)."""
    doc = _schema_doc(version, ns)
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
def _wrapper_schema(version: Version, ns: str) -> _validate.SchemaPool:
    """The version's XSD plus a wrapper: ID holders, then any element of the version."""
    doc = _schema_doc(version, ns)
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
def _ids_xpath(ns: str) -> etree.XPath:
    return etree.XPath("descendant-or-self::l:*/@id", namespaces={"l": ns})


# ---------------------------------------------------------------------------------------
# Paths


def resolve(root: etree._Element, path: str | None) -> etree._Element | None:
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


# ---------------------------------------------------------------------------------------
# The handler


class Validator(Handler):
    """Validates each item as it is read, then the skeleton: :func:`lheo.validate`'s report.

    Put it first among the handlers of a pass: it sets each item's ``issues`` and ``ids``,
    which the handlers after it may read (and the engine keeps with the placeholder).

    Args:
        engine: the engine of the pass.

    Attributes:
        errors: the document's issues once the flow is read, in ``lheo.validate``'s order.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.errors: list[Issue] = []
        self._seen: set[str] = set()

    def on_open(self, element: etree._Element) -> None:
        self._see(element.get("id"))

    def _see(self, value: str | None) -> None:
        if value is not None:
            value = value.strip(_XML_BLANK)
            if _NCNAME.match(value):
                self._seen.add(value)

    def on_item(self, item: Item) -> None:
        item.issues, item.ids = self.validate_item(item.element, item.path, item.clean, ids=True)

    def on_trailer(self, skeleton: etree._Element) -> None:
        self.errors = self.skeleton_issues(skeleton, items=True)

    def validate_item(
        self, item: etree._Element, path: str, clean: bool, *, ids: bool
    ) -> tuple[list[Issue], list[str]]:
        """The issues of one item (at document paths and lines), and its new ``xs:ID``s.

        With ``ids``, its ``xs:ID`` values are registered: a value seen before is a
        duplicate, as in the whole document.
        """
        version, ns = self.engine.header.version, _namespace(self.engine)
        dups: list[str] = []
        new: list[str] = []
        if ids:
            found = _ids_xpath(ns)(item)
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
            self._validate_in(_schema(version, ns), item, item, path, clean, issues)
            self._seen.update(new)
            return issues, new
        # Earlier IDs must be known to libxml2 for it to report duplicates: validate the item
        # after holders of those IDs, inside a wrapper element. The item is moved there, not
        # copied (it may be large), within its document and the scope of the namespace
        # declarations it uses: lxml moves it back and forth in linear time only then.
        parent = item.getparent()
        assert parent is not None
        prev = item.getprevious()
        vroot = etree.SubElement(parent, f"{{{ns}}}{_WRAPPER}")
        for value in dups:
            etree.SubElement(vroot, HOLDER, id=value)
        vroot.append(item)
        try:
            self._validate_in(_wrapper_schema(version, ns), vroot, item, path, clean, issues)
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
            self.engine.check_log()
            raise ParseError(
                "not well-formed XML: the schema validation failed on this content",
                line=source_line(base),
                source=self.engine.name,
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
        engine = self.engine
        issue = _issue(err, tree, engine)
        if not issue.path or not clean:
            # The whole document's path lookup fails too (a prefixed element on the way).
            return attrs.evolve(issue, path="", element=None)
        node = resolve(vroot, err.path)
        rel = _xml.relative_path(node, base, engine.pairs) if node is not None else None
        if rel is None:
            return None
        return attrs.evolve(issue, path=path + rel)

    def skeleton_issues(
        self,
        root: etree._Element,
        *,
        items: bool,
        lines: Mapping[etree._Element, int | None] | None = None,
    ) -> list[Issue]:
        """The skeleton's issues; with ``items``, the items' own where libxml2 reached them.

        A placeholder numbered ``-1`` stands for items not read yet (no issue of theirs).
        ``lines`` gives the real line of elements copied from the document.
        """
        engine = self.engine
        version, ns = engine.header.version, _namespace(engine)
        xsd = _skeleton_schema(version, engine.units, ns) if engine.units else _schema(version, ns)
        tree = root.getroottree() if root.getparent() is None else etree.ElementTree(root)
        ok, found = xsd.check(tree)
        if ok:
            return []
        runs = engine.runs()
        out: list[Issue] = []
        for err in found:
            node = resolve(root, err.path)
            if node is not None and node.tag == HOLDER:
                continue
            number = node.get(PROBE) if node is not None else None
            if number is None:
                issue = _issue(err, tree, engine)
                if lines is not None and node is not None and node in lines:
                    issue = attrs.evolve(issue, line=lines[node])
                out.append(issue)
                continue
            run = runs[int(number)] if 0 <= int(number) < len(runs) else None
            if _PROBE_MSG in str(err.message):
                if items and run is not None:
                    out.extend(run.issues)
                continue
            issue = _issue(err, tree, engine)
            if run is not None:
                issue = attrs.evolve(
                    issue,
                    line=run.line,
                    path=run.path if run.clean else "",
                    element=run.local if run.clean else None,
                )
            out.append(issue)
        return out


# ---------------------------------------------------------------------------------------
# Public API


def validate_stream(source: Source, *, version: str | Version | None = None) -> ValidationReport:
    """Validate a flow against its version's XSD in constant memory.

    The report is the one :func:`lheo.validate` gives: same ``ok``, same issues (lines,
    paths, messages) in the same order, but the document is never held in memory: each
    formation (and each ``extra`` outside them) is validated as it is read, then dropped.
    Bad input is reported as ``lheo.validate`` reports it, the first fault that the
    whole-document parse would meet; one limit is streaming's own: more than
    :data:`~lheo._engine.MAX_HELD` characters of XML outside the formations and extras
    (elements out of place) are reported as refused.

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        version: the version to assume when the root has no namespace.

    Returns:
        A :class:`~lheo.ValidationReport`; bad input (not XML, not LHÉO, unknown version)
        is reported as a single issue instead of raising, so that a batch can go on.

    Added in 0.1.
    """
    return validate_with(source, version=version)


def validate_with(
    source: Source,
    *,
    version: str | Version | None = None,
    also: Callable[[Engine], Sequence[Handler]] | None = None,
) -> ValidationReport:
    """:func:`validate_stream`, with more handlers on the same pass (``also(engine)``).

    Features that need one more fact of a document they validate (its marking, a count)
    read it in the same pass instead of reading the document twice.
    """
    name = _xml.source_name(source)
    inp: Input | None = None
    try:
        inp = Input(source)
        name = inp.name
        walk = Walk(
            inp,
            lambda engine: [Validator(engine), *(also(engine) if also else ())],
            version=version,
            reading=False,
            chunks=CHUNKS,
        )
        walk.run()
        header = walk.engine.header
        validator = walk.handlers[0]
        assert isinstance(validator, Validator)
        return ValidationReport(
            ok=not validator.errors,
            version=header.version.value,
            kind=header.kind,
            source=name,
            errors=validator.errors,
        )
    except LheoError as exc:
        issue = issue_of(exc, name)
        ver = Version.parse(version).value if version is not None else None
        return ValidationReport(ok=False, version=ver, source=name, errors=[issue])
    finally:
        if inp is not None:
            inp.close()


def validate(
    source: Source | Document | Any,
    *,
    version: str | Version | None = None,
    stream: bool | None = None,
) -> ValidationReport:
    """Validate a document against the XSD of its LHÉO version.

    Args:
        source: a path, XML ``bytes``/``str``, binary file object, a :class:`Document`, a
            root binding object (``lheo.v2_3.Lheo(...)``), a :class:`~lheo.Tree` (anything
            with ``to_document()``, validated through its own ``validate()`` when it has one)
            or an lxml element such as a view (its subtree is validated).
        version: the version to assume when the root has no namespace.
        stream: validate in constant memory (:func:`lheo.validate_stream`, same report);
            by default, files over :data:`~lheo._validate.STREAM_THRESHOLD` bytes are
            streamed.

    Returns:
        A :class:`ValidationReport`; bad input (not XML, not LHÉO, unknown version, an
        object that is not a root of LHÉO) is reported as a single issue instead of raising,
        so that a batch can go on. ``report.raise_for_errors()`` raises instead.

    Added in 0.1. Changed in 0.2: accepts binding objects, trees and views.
    """
    if isinstance(source, Document):
        return _validate_objects(source, source.version, source.source)
    if attrs.has(type(source)):
        try:
            found = Version.of_binding(source)
        except LheoError as exc:
            return _error_report(exc, "<document>", version)
        return _validate_objects(source, found, "<document>")
    if isinstance(source, etree._Element):
        data = etree.tostring(source, encoding="UTF-8")
        return _validate.validate_source(data, version=version)
    if hasattr(source, "to_document"):
        own = getattr(source, "validate", None)
        if callable(own):
            report = own()
            if isinstance(report, ValidationReport):
                return report
        return validate(source.to_document())
    if _validate.should_stream(source, stream):
        return validate_stream(source, version=version)
    return _validate.validate_source(source, version=version)


def _validate_objects(obj: Any, version: Version, name: str) -> ValidationReport:
    """Validate typed objects, written as :func:`lheo.write` writes them.

    Empty required lists are not refused here: the schema reports them.
    """
    from lheo._writer import to_bytes  # the codec: only for objects, not for files

    try:
        # The data is what is validated: a layout the writer cannot keep does not matter.
        data = to_bytes(obj, pretty=None, allow_loss=True)
    except LheoError as exc:
        return _error_report(exc, name, version)
    except Exception as exc:  # xsdata raises plain exceptions on unserialisable values
        error = LheoError(f"cannot serialise {type(obj).__name__}: {exc}")
        return _error_report(error, name, version)
    return _validate.validate_bytes(data, version, name)


def _error_report(exc: LheoError, name: str, version: str | Version | None) -> ValidationReport:
    """A report of one issue: the input itself is wrong (not a root of LHÉO, ...)."""
    try:
        ver = Version.parse(version).value if version is not None else None
    except LheoError:
        ver = None
    issue = Issue(message=str(exc), source=name)
    return ValidationReport(ok=False, version=ver, source=name, errors=[issue])
