"""The lheo error tree: every failure on bad input is a subclass of :class:`LheoError`.

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from lheo._validate import ValidationReport

__all__ = [
    "IncomparableError",
    "InvalidValueError",
    "Issue",
    "LheoError",
    "MigrationError",
    "NotLheoError",
    "OutputError",
    "ParseError",
    "UnsafeXmlError",
    "UnsupportedVersionError",
    "ValidationError",
]


@attrs.frozen(kw_only=True)
class Issue:
    """One diagnostic about a document, rendered like xmllint.

    Attributes:
        line: 1-based line in the source, or ``None`` when unknown.
        column: 1-based column, or ``None`` when unknown.
        path: XPath-like location, e.g. ``/lheo/offres/formation[2]/action[1]``.
        message: what is wrong.
        expected: what the schema expected there, when known.
        source: file name (or ``<bytes>``) the issue is about.
        element: local name of the element concerned, when known.
        level: ``"error"`` or ``"warning"``.
        domain: what found it, as xmllint names its checkers: ``"Schemas validity"`` (the
            XSD, and the checks lheo adds to it), ``"parser"`` (XML that is not
            well-formed), ``"FLUX-CARIF"`` (the marking of :mod:`lheo.carif`),
            ``"integration"`` (an offer file an index names cannot be had).
        content: the XML concerned, when the issue is about content the typed objects do
            not hold (an unknown element or attribute kept as written, or lost).
    """

    line: int | None = None
    column: int | None = None
    path: str = ""
    message: str = ""
    expected: str | None = None
    source: str = "<document>"
    element: str | None = None
    level: str = "error"
    content: str | None = None
    domain: str = "Schemas validity"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line if self.line is not None else 0}"
        what = f"element {self.element}: " if self.element else ""
        text = f"{where}: {what}{self.domain} {self.level} : {self.message}"
        if self.path:
            text += f" (at {self.path})"
        return text


def first_issue(issues: Sequence[Issue], total: int | None = None) -> str:
    """How an error message shows a list of issues: the first one, then how many others.

    Args:
        issues: the issues, in document order.
        total: how many issues there are in all, when ``issues`` holds only the first ones.

    Returns:
        ``"in.xml:12: … (and 3 more)"``, or ``"invalid document"`` without issues.
    """
    count = len(issues) if total is None else total
    if not issues:
        return "invalid document"
    more = f" (and {count - 1} more)" if count > 1 else ""
    return f"{issues[0]}{more}"


class LheoError(Exception):
    """Base class of every error raised by lheo."""


class ParseError(LheoError, ValueError):
    """The input is not well-formed XML, is truncated, or was refused as hostile.

    Attributes:
        line: 1-based line of the problem, when known.
        column: 1-based column of the problem, when known.
        source: name of the input.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        source: str = "<document>",
    ) -> None:
        self.line = line
        self.column = column
        self.source = source
        where = source
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {message}")


class InvalidValueError(LheoError, ValueError):
    """A value that its element does not allow.

    An unknown code, a date that does not exist, a text beyond its length, a value of the
    wrong type.

    Raised at once, where the value is given (a converting constructor, a view's setter), not
    later at writing or validation.

    Attributes:
        path: the element's path (``/lheo/offres/formation[1]/code-niveau-entree``), or its
            element name when it stands alone.
        value: the value that was refused.
        allowed: what the element allows, in words (``"a code of dict-niveaux: 0, 1, …"``).

    Added in 0.2.
    """

    def __init__(self, path: str, value: object, allowed: str) -> None:
        self.path = path
        self.value = value
        self.allowed = allowed
        super().__init__(f"{path}: {value!r} is not allowed; expected {allowed}")


class UnsafeXmlError(ParseError):
    """The input uses a construct refused for safety (DTD, entities, excessive depth)."""


class NotLheoError(LheoError, ValueError):
    """Well-formed XML, but not an LHÉO document (unknown root or namespace)."""


class UnsupportedVersionError(LheoError, ValueError):
    """The LHÉO version is unknown, unsupported, or cannot be detected."""


class IncomparableError(LheoError, ValueError):
    """Two flows that :func:`lheo.diff` cannot compare: of different kinds (a flow, an index).

    Flows of different versions raise :class:`UnsupportedVersionError` (migrate first).

    Added in 0.2.
    """


class ValidationError(LheoError, ValueError):
    """The document does not conform to its version's schema.

    Attributes:
        report: the full validation report.
        issues: every issue found (not only the first).
    """

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        self.issues: list[Issue] = list(report.errors)
        super().__init__(first_issue(self.issues))


class OutputError(LheoError, OSError):
    """An output file cannot be written (missing folder, a folder as target, no permission).

    Also raised when the disk fills up while writing. The message names the path as the
    caller gave it (``cannot write out/flux.xml: no such folder out``), never the temporary
    file used to write it atomically; the target is left as it was.

    Attributes:
        path: the target, as given.
        errno: the system error number, when the system reported one.

    Added in 0.1.
    """

    def __init__(self, message: str, *, path: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.filename = path
        self.errno = errno
        self.strerror = message

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[Any, ...]:
        return (_output_error, (self.args[0], self.path, self.errno))


def _output_error(message: str, path: str, errno: int | None) -> OutputError:
    return OutputError(message, path=path, errno=errno)


class MigrationError(LheoError):
    """A migration could not be carried out (wrong input version, invalid output...)."""


def issue_of(exc: LheoError, name: str) -> Issue:
    """The issue a report gives for input that could not be checked at all.

    The message loses the ``name:`` its error starts with (the issue names its source);
    an XML syntax error is the parser's (``domain="parser"``), with its line and column.
    """
    text = str(exc)
    if text.startswith(f"{name}:"):
        text = text.split(": ", 1)[-1]
    return Issue(
        line=getattr(exc, "line", None),
        column=getattr(exc, "column", None),
        message=text,
        source=name,
        domain="parser" if isinstance(exc, ParseError) else "Schemas validity",
    )
