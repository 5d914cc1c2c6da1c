"""Validation against the project's XSD of each version, with xmllint-style diagnostics."""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from lheo import _xml
from lheo._detect import prepare_tree
from lheo._xml import Source
from lheo.errors import Issue, LheoError, ValidationError, issue_of
from lheo.versions import Version

__all__ = ["ValidationReport", "validate_bytes", "validate_source", "validate_tree"]

_EXPECTED = re.compile(r"Expected is(?: one of)? \( (?P<exp>[^)]*) \)")
_CLARK = re.compile(r"\{[^}]*\}")


@attrs.frozen(kw_only=True)
class ValidationReport:
    """The result of :func:`lheo.validate`.

    Attributes:
        ok: true when the document is valid.
        version: the LHÉO version it was validated against (``None`` if undetectable).
        kind: the root element's local name.
        source: display name of the document.
        errors: every problem found, in document order.

    Added in 0.1.
    """

    ok: bool
    version: str | None
    kind: str | None = None
    source: str = "<document>"
    errors: list[Issue] = attrs.field(factory=list)

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        lines = [str(issue) for issue in self.errors]
        lines.append(f"{self.source} validates" if self.ok else f"{self.source} fails to validate")
        return "\n".join(lines)

    def raise_for_errors(self) -> ValidationReport:
        """Raise :class:`~lheo.ValidationError` if the document is invalid.

        Returns:
            The report itself when it is ok, so that ``lheo.validate(x).raise_for_errors()``
            can be chained.

        Raises:
            ValidationError: the report is not ok; the error carries it (``.report``) and
                every issue (``.issues``).

        Added in 0.2.
        """
        if not self.ok:
            raise ValidationError(self)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (for JSON output)."""
        return {
            "source": self.source,
            "ok": self.ok,
            "version": self.version,
            "kind": self.kind,
            "errors": [attrs.asdict(issue) for issue in self.errors],
        }

    def to_json(self) -> str:
        """JSON form of :meth:`to_dict`."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


class SchemaPool:
    """A compiled XSD that several threads can validate with at once.

    lxml's :class:`~lxml.etree.XMLSchema` keeps the errors of a validation on the schema
    object itself (``error_log``): two threads validating with one object read each other's
    errors, or lose their own. The pool lends each validation a compiled copy of its own,
    compiling a new one only when every copy is in use (a copy of an LHÉO XSD compiles in a
    few milliseconds), so validations still run in parallel (libxml2 validates without the
    GIL). A lock around one shared copy would serialise them.
    """

    def __init__(self, compile_schema: Callable[[], etree.XMLSchema]) -> None:
        self._compile = compile_schema
        self._free: list[etree.XMLSchema] = []
        self._lock = threading.Lock()

    def check(self, doc: etree._Element | etree._ElementTree) -> tuple[bool, list[Any]]:
        """Validate ``doc``.

        Returns:
            Whether it is valid, and the errors of this validation (lxml log entries).
        """
        with self._lock:
            xsd = self._free.pop() if self._free else None
        if xsd is None:
            xsd = self._compile()
        try:
            ok = xsd.validate(doc)
            log: Any = xsd.error_log
            errors = list(log)
        finally:
            with self._lock:
                self._free.append(xsd)
        return bool(ok), errors


#: Held while a schema compiles: libxml2 sets up its built-in XSD types on the first
#: compilation of a process without a lock, and two threads compiling at once then fail
#: ("'{http://www.w3.org/2001/XMLSchema}string' does not resolve to a(n) simple type
#: definition") or crash the process (seen in fresh processes, in about 1 run of 40).
_COMPILE_LOCK = threading.Lock()


def compile_schema(doc: etree._ElementTree | Path) -> etree.XMLSchema:
    """Compile an XSD, given as a parsed tree or a path (parsed without entities or network)."""
    if isinstance(doc, Path):
        doc = _xml.parse_file(doc)
    with _COMPILE_LOCK:
        return etree.XMLSchema(doc)


@functools.cache
def schema(version: Version) -> SchemaPool:
    """The compiled XSD of a version, safe to share between threads (cached per process)."""
    return SchemaPool(functools.partial(compile_schema, version.schema_path))


def _issue(err: Any, tree: etree._ElementTree, name: str, version: Version) -> Issue:
    element: str | None = None
    path = ""
    try:
        found = tree.xpath(err.path) if err.path else []
    except etree.XPathError:
        found = []
    if found and isinstance(found, list) and isinstance(found[0], etree._Element):
        node = found[0]
        element = _xml.local(node.tag)
        path = _xml.element_path(node, version.repeatable)
    message = str(err.message)
    match = _EXPECTED.search(message)
    expected = _CLARK.sub("", match.group("exp")) if match else None
    return Issue(
        line=err.line or None,
        column=err.column or None,
        path=path,
        message=message,
        expected=expected,
        source=name,
        element=element,
        level="error",
    )


def element_at(root: etree._Element, path: str) -> etree._Element | None:
    """The element an issue's path designates below ``root``, or ``None``.

    Paths are written by :func:`lheo._xml.element_path` with :attr:`~lheo.Version.repeatable`:
    a step without a position (``periode``) is the first child of that name. ``root`` is the
    element of the path's first step (``/lheo/offres``: ``root`` is ``lheo``).
    """
    steps = path.split("/")
    if len(steps) < 2 or steps[0] or steps[1].partition("[")[0] != _xml.local(root.tag):
        return None
    node = root
    for step in steps[2:]:
        name, _, rest = step.partition("[")
        position = int(rest[:-1]) if rest[:-1].isdigit() else 1
        found = None
        for child in node.iterchildren(tag=etree.Element):
            if _xml.local(child.tag) == name:
                position -= 1
                if not position:
                    found = child
                    break
        if found is None:
            return None
        node = found
    return node


def validate_tree(tree: etree._ElementTree, version: Version, name: str) -> ValidationReport:
    """Validate a prepared tree (namespace already normalised) against its version's XSD."""
    ok, found = schema(version).check(tree)
    errors = [_issue(err, tree, name, version) for err in found]
    return ValidationReport(
        ok=bool(ok),
        version=version.value,
        kind=_xml.local(tree.getroot().tag),
        source=name,
        errors=errors,
    )


def validate_bytes(data: bytes, version: str | Version | None, name: str) -> ValidationReport:
    """Parse and validate bytes; see :func:`validate`."""
    tree = _xml.parse_bytes(data, name)
    found, _kind, _xsi = prepare_tree(tree, version, name)
    return validate_tree(tree, found, name)


#: Above this size (bytes), :func:`validate` and :func:`lheo.migrate` stream by default.
STREAM_THRESHOLD = 64 * 1024 * 1024


def should_stream(source: object, stream: bool | None) -> bool:
    """Whether to take the streaming path: as asked, else for files over the threshold."""
    if stream is not None:
        return stream
    if _xml.is_path(source):
        try:
            return os.path.getsize(source) > STREAM_THRESHOLD  # type: ignore[arg-type]
        except (OSError, ValueError, TypeError):  # reading it will say what is wrong
            return False
    return False


def validate_source(source: Source, *, version: str | Version | None = None) -> ValidationReport:
    """Validate a source in memory; bad input is reported as a single issue.

    :func:`lheo.validate` is the public entry point (it may stream instead).
    """
    name = _xml.source_name(source)
    try:
        data, name = _xml.read_bytes(source)
        return validate_bytes(data, version, name)
    except LheoError as exc:
        issue = issue_of(exc, name)
        try:
            ver = Version.parse(version).value if version is not None else None
        except LheoError:  # the version asked is itself the bad input reported
            ver = None
        return ValidationReport(ok=False, version=ver, source=name, errors=[issue])
