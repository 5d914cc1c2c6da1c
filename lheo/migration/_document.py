"""The public migration entry point: source or Document in, typed 2.3 Document and report out."""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable
from typing import Any, cast

import attrs
from lxml import etree

from lheo import _xml
from lheo._builder import BuildError, BuildWarning, build
from lheo._compat import ParserError, XmlContextError
from lheo._document import Document
from lheo._gc import collector_paused
from lheo._reader import prepare_tree, read_tree
from lheo._validate import ValidationReport, element_at, validate_bytes, validate_tree
from lheo._writer import to_bytes
from lheo._xml import Source
from lheo.errors import (
    Issue,
    LheoError,
    MigrationError,
    UnsupportedVersionError,
    ValidationError,
    first_issue,
)
from lheo.migration._report import locate, output_name
from lheo.versions import Version

__all__ = ["MigrationResult", "migrate"]


@attrs.frozen(kw_only=True)
class MigrationResult:
    """What :func:`lheo.migrate` returns.

    Attributes:
        document: the migrated LHÉO 2.3 :class:`~lheo.Document`.
        report: the :class:`~lheo.migration.MigrationReport` (every change, removal, warning).
        validation: the output's validation against our 2.3 schema (``ok`` unless
            ``check=False`` was given). Its issues are about the output: their lines are
            those of ``lheo.write(document)`` (pretty), their paths those :func:`lheo.validate`
            gives on it, and their source is the input's name followed by
            ``(migrated output)``.

    Added in 0.1.
    """

    document: Document
    report: Any
    validation: ValidationReport

    @property
    def ok(self) -> bool:
        """Whether the output is valid LHÉO 2.3."""
        return self.validation.ok


def _input_tree(source: Source | Document) -> tuple[etree._ElementTree, str, bytes]:
    if isinstance(source, Document):
        data, name = to_bytes(source, pretty=False, allow_loss=True), source.source
    else:
        data, name = _xml.read_bytes(source)
    return _xml.parse_bytes(data, name), name, data


def migrate(
    source: Source | Document,
    *,
    to: str = "2.3",
    profile: str = "auto",
    niveaux: str = "keep",
    timezone: str | None = None,
    enrich: Callable[[Document], None] | None = None,
    check: bool = True,
) -> MigrationResult:
    """Migrate an LHÉO 2.2 flow to 2.3, following ``onisep-2.2-to-2.3.md``.

    The input is read leniently (real Onisep 2.2 flows are not always valid 2.2: their own
    problems are listed in ``report.input_issues``); only the output must be valid.

    Args:
        source: a path, XML bytes/str, binary file object, or a 2.2 :class:`~lheo.Document`.
        to: target version; only ``"2.3"`` is supported.
        profile: ``"auto"`` (Onisep rules when the flow has ``* ONISEP`` extras), ``"onisep"``
            or ``"generic"`` (namespace and what the 2.3 grammar requires; extras untouched).
        niveaux: ``"keep"`` the old niveau codes or apply the ``"decret-2019"`` table.
        timezone: zone name (``"Europe/Paris"``) for ``horodatage-*`` offsets; ``None`` writes
            dates without offset.
        enrich: optional callback receiving the migrated 2.3 :class:`~lheo.Document` before
            the final check, to add what 2.2 cannot carry (see :mod:`lheo.enrich`).
        check: when true (default), an invalid output raises instead of being returned.

    Returns:
        A :class:`MigrationResult` with ``.document``, ``.report`` and ``.validation``.

    Raises:
        ParseError: the input is not well-formed XML.
        NotLheoError, UnsupportedVersionError: not LHÉO, or an unsupported target.
        MigrationError: the input is not LHÉO 2.2, or (with ``check``) the output is invalid;
            the message shows its first issue and how many others there are, and the error
            carries ``.result`` with the report and the output's issues.

    Added in 0.1.
    """
    from lheo.migration._engine import (
        migrate_working,
        parse_swapped,
        swapped_bytes,
        working_copy,
    )

    if Version.parse(to) is not Version.V2_3:
        raise UnsupportedVersionError(f"migration to {to!r} is not supported; only to 2.3")
    tree, name, data = _input_tree(source)
    found, _kind, _xsi = prepare_tree(tree, None, name)
    if found is not Version.V2_2:
        raise MigrationError(f"{name}: migration needs an LHÉO 2.2 input, got LHÉO {found.value}")
    input_report = validate_tree(tree, found, name)
    swapped = swapped_bytes(tree.getroot(), data)
    if swapped is not None:
        # The input tree goes before its copy comes: the copy reuses its memory.
        del tree, data
        work = parse_swapped(swapped)
        del swapped
        if work is None:  # pragma: no cover - the same bytes but for one declaration
            raise MigrationError(f"{name}: the input could not be parsed again in LHÉO 2.3")
    else:
        work = working_copy(tree.getroot())
        del tree, data
    out_root, report = migrate_working(
        work,
        profile=profile,
        niveaux=niveaux,
        timezone=timezone,
        input_issues=input_report.errors,
    )
    del work
    out_tree = etree.ElementTree(out_root)
    validation = validate_tree(out_tree, Version.V2_3, output_name(name))
    del out_root
    document = _typed(out_tree, validation, name)
    if enrich is not None:
        enrich(document)
        validation = validate_bytes(to_bytes(document), Version.V2_3, output_name(name))
    elif not validation.ok:
        validation = _on_output(validation, document, name)
    result = MigrationResult(document=document, report=report, validation=validation)
    if check and not validation.ok:
        error = MigrationError(
            f"{name}: the migrated document is not valid LHÉO 2.3: "
            + first_issue(validation.errors)
        )
        error.result = result  # type: ignore[attr-defined]
        raise error
    return result


def _typed(tree: etree._ElementTree, validation: ValidationReport, name: str) -> Document:
    """Bind the migrated tree, freeing it formation by formation when it is a valid flow.

    The migrated tree is lheo's own making: it is written in lheo's layout. A whole tree and
    its objects would be held at once (about 8 and 4 bytes per byte of file): the formations
    of a valid flow laid out as 2.2 says are bound one by one, each emptied once bound and
    its memory given back, before :func:`~lheo._reader.read_tree` binds the rest (the root,
    ``offres``, the last formation, the extras). The document is the same.
    """
    from lheo.migration._engine import flow_layout

    root = tree.getroot()
    layout = flow_layout(root) if validation.ok else None
    if layout is None or len(layout[1]) < 2:
        return read_tree(
            tree, strict=validation.ok, name=name, keep_layout=False, validation=validation
        )
    offres, formations = layout
    cls = Version.V2_3.element_class("formation")
    indented = root.text is not None
    built: list[BuildWarning] = []
    bound: list[Any] = []
    every = max(_RELEASE_EVERY, len(formations) // 8)
    # One pause of the collector for all the builds (each would pause it for itself only).
    with collector_paused():
        for number, formation in enumerate(formations[:-1], 1):
            try:
                bound.append(
                    build(formation, cls, strict=True, warnings=built, indented=indented, depth=2)
                )
            except _BIND_ERRORS as exc:
                # What read_tree says of a valid document the bindings refuse.
                issue = Issue(message=f"cannot bind document: {exc}", source=name)
                raise ValidationError(
                    ValidationReport(
                        ok=False, version=validation.version, kind=validation.kind, source=name,
                        errors=[issue],
                    )
                ) from None  # fmt: skip
            formation.clear()
            if number % every == 0:
                _release_freed_memory()
    for formation in formations[:-1]:
        offres.remove(formation)
    del formations
    _release_freed_memory()
    document = read_tree(tree, strict=True, name=name, keep_layout=False, validation=validation)
    document.root.offres.formation[0:0] = bound
    # Strict, a valid document warns only of what xsdata bound (read_tree says it so).
    document.issues[0:0] = [
        Issue(
            message=f"value kept as text: {w.message}",
            line=w.line,
            element=w.element,
            source=name,
            level="warning",
        )
        for w in built
    ]
    return document


#: Formations bound between two releases of freed memory (at least; see _typed).
_RELEASE_EVERY = 256

_BIND_ERRORS = (BuildError, ParserError, XmlContextError, ValueError, TypeError)


def _release_freed_memory() -> None:
    """Give the system back the memory the C library keeps after it was freed.

    The tree's nodes are small blocks of the C heap: freed, they stay in the process (the
    objects being built come from elsewhere, Python's own arenas) unless the heap is
    trimmed. Only glibc can; elsewhere this does nothing.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast(Callable[[int], int], ctypes.CDLL(None).malloc_trim)
    except (OSError, AttributeError):
        return None


def _on_output(validation: ValidationReport, document: Document, name: str) -> ValidationReport:
    """The migrated tree's issues, at the lines of the output as :func:`lheo.write` gives it.

    The tree was built by the rules, so it has no lines: each issue takes the line of the
    element its path designates in the written output, where :func:`lheo.validate` of that
    output reports it (``None`` for content the writer leaves out). The tree, not the written
    output, is what is validated: :func:`lheo.migration.migrate_stream` validates each
    formation before writing it and must give the same report.
    """
    source = output_name(name)
    try:
        written: etree._Element | None = _xml.parse_bytes(to_bytes(document), source).getroot()
    except LheoError:
        written = None

    def line_of(path: str) -> int | None:
        found = element_at(written, path) if written is not None else None
        line: Any = found.sourceline if found is not None else None
        return int(line) if line else None

    errors = locate(validation.errors, line_of, source)
    return attrs.evolve(validation, source=source, errors=errors)
