"""The 2.2 → 2.3 migration of a whole flow in constant memory: :func:`migrate_stream`.

:func:`lheo.migrate` holds the input tree, the output tree, the typed document and the report
at once (about thirty times the file). Here the flow goes through in one streaming pass, after
a cheap pre-scan:

1. The **pre-scan** reads the flow with an ``iterparse`` of the formations (hardened as every
   lheo parser: no entities, no network, no DTD) and shows every formation, and the
   ``extra``/``extras`` until an Onisep one is seen, to the migration's rule hooks
   (:class:`~lheo.migration._engine.FlowMigration`): the ``auto`` profile, and item 1 (the
   ``horodatage-export`` of ``offres``, from the ``DATE EXPORT ONISEP`` of every formation)
   are resolved before anything is written. Syntax errors are found there too, and whether
   the flow declares no namespace but the 2.2 one, on its root (:class:`_Sniffer`).
2. The **main pass** reads the flow with the streaming engine (:mod:`lheo._engine`) and two
   handlers: the :class:`~lheo._stream_validate.Validator` of :func:`lheo.validate_stream`,
   which validates each input formation as it is parsed (the input issues, at document lines
   and paths), then :class:`_InputHandler`, which migrates it; only the document's skeleton
   stays in memory. A flow whose only declaration is the root's 2.2 one is read with the
   2.3 URI in its place (:class:`_SwappedInput`: same length, same lines and columns), and
   validated against the 2.2 grammar moved to that namespace: its elements are those the
   rules work on. The flow is migrated in parts, as ``FlowMigration`` says: the head (root
   and ``offres`` attributes, the namespace change, item 1 on ``offres``), each formation
   (taken out of a swapped input and migrated in place; otherwise read, not modified, the
   rules running on its copy in the 2.3 namespace; its paths ``formation[n]`` already), then
   the rest (the extras after the formations, on the skeleton). The migrated formations go
   through a second engine, over the output's events: a ``Validator`` against the 2.3
   schema, then :class:`_OutputHandler`, which binds each one with the fast builder and
   writes it with :class:`lheo.StreamWriter`.

The in-memory report lists the changes rule by rule (all the changes of item 14 for the whole
flow, then those of item 1...), so the changes are streamed to one temporary file per rule as
they are produced and joined in that order at the end: the JSON Lines report has the lines of
``MigrationReport.changes`` and ``.warnings`` in the same order (see
:meth:`MigrationReport.from_jsonl`). Only counts, the first 1000 warnings and the first 1000
input issues stay in memory.

Added in 0.1.
"""

from __future__ import annotations

import bisect
import copy
import io
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Generator
from typing import IO, Any, NoReturn, cast

import attrs
from lxml import etree

from lheo import _xml
from lheo._builder import BuildError, build
from lheo._engine import HEADER, Engine, Handler, Item
from lheo._files import Destination
from lheo._gc import collector_paused
from lheo._layout import esc_attr
from lheo._source import (
    Input,
    NeedHuge,
    Occurrences,
    Reader,
    checked,
    iterparse,
    log_error,
    spool,
)
from lheo._stream_validate import CHUNKS, Validator
from lheo._stream_write import StreamWriter
from lheo._validate import ValidationReport, element_at
from lheo._xml import XSI, Source
from lheo.errors import Issue, LheoError, MigrationError, ValidationError, first_issue
from lheo.migration._context import Recorded
from lheo.migration._engine import FlowMigration, check_options, zone
from lheo.migration._report import (
    Change,
    MigrationWarning,
    locate,
    output_name,
    render_summary,
    summarize,
)
from lheo.migration._rules import DEFAULT_2_2
from lheo.migration._tree import NS_2_2, NS_2_3, qn
from lheo.versions import Version

__all__ = ["LIMIT", "StreamMigrationResult", "migrate_stream"]

#: How many warnings, input issues and output errors a :class:`StreamMigrationResult` keeps.
LIMIT = 1000

_OFFRES22 = f"{{{NS_2_2}}}offres"
_FORMATION22 = f"{{{NS_2_2}}}formation"
_EXTRAS22 = f"{{{NS_2_2}}}extras"
_EXTRA22 = f"{{{NS_2_2}}}extra"
_OFFRES23 = qn("offres")
_FORMATION23 = qn("formation")
_EXTRAS23 = qn("extras")

_COPY_CHUNK = 1 << 16

# Report lines a group keeps in memory before writing them to its file.
_PENDING = 256

# What json.dumps(record, ensure_ascii=False) writes, without a new encoder per record.
_to_json = json.JSONEncoder(ensure_ascii=False).encode
_json_str = json.encoder.encode_basestring  # what _to_json writes for a str


def _change_line(change: Change) -> str:
    """``_to_json({"type": "change", **change.to_dict()})``, in a third of its time.

    A flow makes a few changes per kilobyte: this is the report's inner loop. The fields are
    those of :meth:`Change.to_dict`, in its order (a test compares the two on every change
    of real and generated reports).
    """
    js = _json_str
    also = change.also
    formation = change.formation
    old, new, source_path, target_path, source_xml = (
        change.old, change.new, change.source_path, change.target_path, change.source_xml
    )  # fmt: skip
    return _CHANGE_LINE % (
        js(change.rule),
        js(change.action),
        "null" if source_path is None else js(source_path),
        "null" if target_path is None else js(target_path),
        "null" if old is None else js(old),
        "null" if new is None else js(new),
        js(change.detail),
        "null" if source_xml is None else js(source_xml),
        ", ".join(map(js, also)) if also else "",
        "null" if formation is None else formation,
    )


_CHANGE_LINE = (
    '{"type": "change", "rule": %s, "action": %s, "source_path": %s, "target_path": %s, '
    '"old": %s, "new": %s, "detail": %s, "source_xml": %s, "also": [%s], "formation": %s}'
)


# The element that holds a migrated formation copied in a document of its own: the output's
# validation moves an item within its parent (duplicate IDs), into an element of the 2.3
# namespace, which must be the default one there (libxml2 then writes the paths of issues
# without prefixes, which the validation resolves).
_HOLDER = qn("lheo-stream-migration")


# ---------------------------------------------------------------------------------------
# The result


@attrs.frozen(kw_only=True)
class StreamMigrationResult:
    """What :func:`migrate_stream` returns: counts and bounded lists, not the changes.

    The changes themselves are in the JSON Lines report (``report_target``), which
    :meth:`MigrationReport.from_jsonl` loads back into a full
    :class:`~lheo.migration.MigrationReport`.

    Attributes:
        source: display name of the input.
        profile: the profile applied (``onisep`` or ``generic``; ``auto`` is resolved).
        niveaux: the niveaux option.
        timezone: the time zone of dates, ``None`` for dates without offset.
        rules_applied: ids of the rules that ran, in order.
        formations: number of formations migrated.
        change_count: number of changes.
        action_counts: changes per rule then per action (``{"3": {"converted": 12}}``).
        warnings: the first :data:`LIMIT` warnings, in the order of the in-memory report.
        warning_count: number of warnings.
        warning_counts: warnings per rule.
        input_issues: the first :data:`LIMIT` validity issues of the 2.2 input.
        input_issue_count: number of input issues.
        validation: the output's validation against the 2.3 schema (its ``errors`` hold the
            first :data:`LIMIT` errors), as :func:`lheo.migrate` reports it: lines of the
            written output, source ``<input> (migrated output)``.
        validation_error_count: number of output errors.

    Added in 0.1.
    """

    source: str
    profile: str
    niveaux: str
    timezone: str | None
    rules_applied: list[str]
    formations: int
    change_count: int
    action_counts: dict[str, dict[str, int]]
    warnings: list[MigrationWarning]
    warning_count: int
    warning_counts: dict[str, int]
    input_issues: list[Issue]
    input_issue_count: int
    validation: ValidationReport
    validation_error_count: int

    @property
    def ok(self) -> bool:
        """Whether the output is valid LHÉO 2.3."""
        return self.validation.ok

    def summary(self) -> dict[str, int]:
        """Count the changes of each rule, as :meth:`MigrationReport.summary` does."""
        counts = {rule: sum(per.values()) for rule, per in self.action_counts.items()}
        return summarize(self.rules_applied, counts)

    def summary_text(self) -> str:
        """Render the table of :meth:`MigrationReport.summary_text`."""
        return render_summary(
            self.summary(),
            self.action_counts,
            self.warning_counts,
            changes=self.change_count,
            warnings=self.warning_count,
            profile=self.profile,
            niveaux=self.niveaux,
            timezone=self.timezone,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the counts and options as a JSON-ready dict (the report's summary line)."""
        return {
            "source": self.source,
            "profile": self.profile,
            "niveaux": self.niveaux,
            "timezone": self.timezone,
            "rules_applied": list(self.rules_applied),
            "summary": self.summary(),
            "formations": self.formations,
            "changes": self.change_count,
            "warnings": self.warning_count,
            "input_issues": self.input_issue_count,
            "valid": self.ok,
            "output_errors": self.validation_error_count,
        }


# ---------------------------------------------------------------------------------------
# Pre-scan


def _prescan(
    inp: Input, make: Callable[[], FlowMigration]
) -> tuple[FlowMigration, bool, _Swap | None]:
    """Show the flow to a new migration's hooks.

    Returns:
        The migration, whether the flow needs huge_tree, and for a flow whose only
        namespace declaration is the root's default namespace, how to read it with the 2.3
        URI instead (see :class:`_SwappedInput`).
    """
    huge = False
    while True:
        flow = make()  # a restart sees the flow from its start again
        try:
            swap = _scan(inp, flow, huge)
        except NeedHuge:
            huge = True
            continue
        return flow, huge, swap


def _scan(inp: Input, flow: FlowMigration, huge: bool) -> _Swap | None:
    stream = _Sniffer(inp.open())
    try:
        reader = Reader(cast(IO[bytes], stream), inp.name)
        events = iterparse(reader, huge=huge, events=("end",), tag=_FORMATION22)
        for _event, el in checked(events, reader, inp.name, huge=huge):
            # The limit the main pass would find only once output is written.
            crowded = _xml.crowded(el) if reader.crowded else None
            if crowded is not None:
                raise _xml.attributes_error(crowded, inp.name)
            _scan_extras(flow, el)
            parent = el.getparent()
            if parent is None or not _in_offres(el):
                # Elsewhere (lenient input): its content is seen; what surrounds it (maybe a
                # formation of the flow, still to scan) stays.
                el.clear(keep_tail=True)
                continue
            flow.scan_formation(el)
            # Everything inside has been seen: drop it and what came before.
            el.clear()
            while (previous := el.getprevious()) is not None:
                if previous.tag != _FORMATION22:
                    _scan_extras(flow, previous)  # out of place: the main pass refuses it
                del parent[0]
        # What remains: the elements around the formations.
        if events.root is not None:
            _scan_extras(flow, events.root)
        # An undeclared entity under a DOCTYPE is only a warning for libxml2.
        problem = log_error(events.error_log, inp.name)
        if problem is not None:
            raise problem
        if (
            stream.uri_at is None
            or events.root is None
            or events.root.nsmap != {None: NS_2_2}
            or stream.declarations != 1
        ):
            return None
        return _Swap(stream.uri_at, bare=stream.markup == 0)
    finally:
        inp.close()


# The declaration _Sniffer looks for; its URI is as long as the 2.3 one (same lines and
# columns once swapped).
_URI22, _URI23 = NS_2_2.encode(), NS_2_3.encode()
assert len(_URI22) == len(_URI23)


@attrs.frozen
class _Swap:
    """How to read a flow with the 2.3 namespace (see :class:`_Sniffer`).

    Attributes:
        at: where the URI of its declaration of the 2.2 namespace is (a byte offset).
        bare: the flow has no comment and no processing instruction (but its XML
            declaration): no formation holds one.
    """

    at: int
    bare: bool


class _Sniffer:
    """Passes a binary stream on; counts its ``xmlns`` and finds the first declaration.

    Attributes:
        uri_at: where the URI of the first ``xmlns`` is, when it declares the 2.2 namespace
            as the default one (``None`` otherwise, or for a text stream).
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        # The counter of Reader.declarations: the same bytes give the same count.
        self._counts = Occurrences(b"xmlns", b"<!--", b"<?")
        self._declared = 0  # the XML declaration, a "<?" not to count as markup
        self._head: bytes | None = b""
        self._first = True
        self.uri_at: int | None = None

    @property
    def declarations(self) -> int:
        """How many ``xmlns`` the stream held (anywhere: text too), as :class:`Reader`'s."""
        return self._counts.counts[0]

    @property
    def markup(self) -> int:
        """How many ``<!--`` and ``<?`` it held, its XML declaration aside.

        In bytes of an ASCII-compatible encoding: meaningful when ``uri_at`` is found.
        """
        _xmlns, comments, instructions = self._counts.counts
        return comments + instructions - self._declared

    def read(self, size: int = -1) -> Any:
        data = self._stream.read(size)
        if not isinstance(data, bytes):  # a text stream: left as it is
            self._head = None
            return data
        self._counts.feed(data)
        if self._first and data:
            self._first = False
            if data.startswith((b"<?xml", b"\xef\xbb\xbf<?xml")):
                self._declared = 1
        if self._head is not None:
            self._look(data)
        return data

    def _look(self, data: bytes) -> None:
        assert self._head is not None
        head = self._head = self._head + data
        at = head.find(b"xmlns")
        if at == -1:
            if len(head) > _xml.HEAD_SIZE or not data:
                self._head = None
            return
        if len(head) < at + 4096 and data:
            return  # what follows, to match the whole declaration
        found = DEFAULT_2_2.match(head, at)
        if found is not None:
            self.uri_at = found.end() - 1 - len(_URI22)
        self._head = None


class _SwappedInput(Input):
    """An input read with the URI at ``at`` (the 2.2 namespace's) replaced by the 2.3 one.

    The flow then parses into elements of the 2.3 namespace, which the rules migrate in
    place: no copy. Its lines and columns are those of the input.
    """

    def __init__(self, inp: Input, at: int) -> None:  # noqa: D107
        self.name = inp.name
        self._inp = inp
        self._at = at

    def open(self) -> IO[bytes]:
        return cast(IO[bytes], _Swapping(self._inp.open(), self._at))

    def close(self) -> None:
        self._inp.close()


class _Swapping:
    """A binary stream whose bytes at ``at`` are the 2.3 namespace's URI."""

    def __init__(self, stream: IO[bytes], at: int) -> None:
        self._stream = stream
        self._at = at
        self._pos = 0

    def read(self, size: int = -1) -> Any:
        data = self._stream.read(size)
        start, end = self._pos, self._pos + len(data)
        self._pos = end
        at = self._at
        if isinstance(data, bytes) and start < at + len(_URI23) and at < end:
            lo, hi = max(at, start), min(at + len(_URI23), end)
            data = data[: lo - start] + _URI23[lo - at : hi - at] + data[hi - start :]
        return data


def _scan_extras(flow: FlowMigration, top: etree._Element) -> None:
    """Show the ``extra``/``extras`` at and below ``top`` to the ``auto`` profile."""
    if flow.scans_extras:
        for el in top.iter(_EXTRA22, _EXTRAS22):
            flow.scan_extra(el)
            if not flow.scans_extras:
                return


def _in_offres(formation: etree._Element) -> bool:
    """Whether a formation is one of the flow's: ``/lheo/offres/formation``."""
    offres = formation.getparent()
    root = offres.getparent() if offres is not None else None
    return (
        offres is not None
        and offres.tag == _OFFRES22
        and root is not None
        and root.getparent() is None
    )


# ---------------------------------------------------------------------------------------
# Handlers: the input's (2.2, validated, formations migrated) and the output's (2.3, written)


class _InputHandler(Handler):
    """Hands each formation of the 2.2 input over to the migration (after its validation).

    Formations met elsewhere than in ``offres`` (lenient input) stay in the skeleton, which
    the migration gets whole at the end (:attr:`skeleton`).
    """

    def __init__(self, engine: Engine, migration: _Migration) -> None:
        self.engine = engine
        self._migration = migration
        self.skeleton: etree._Element | None = None

    def on_open(self, element: etree._Element) -> None:
        header = self.engine.header
        if element is not header.root:
            return
        name = self.engine.name
        if header.version is not Version.V2_2:
            raise MigrationError(
                f"{name}: migration needs an LHÉO 2.2 input, got LHÉO {header.version.value}"
            )
        if header.kind != "lheo":
            raise MigrationError(
                f"{name}: the streaming migration reads <lheo> flows, not <{header.kind}>; "
                "use lheo.migrate()"
            )

    def on_item(self, item: Item) -> Any:
        if not item.contained:
            item.keep = True
            return None
        # A formation's copy, rules and report records are thousands of short-lived objects
        # and no cycle: collections in between would walk them (and the whole heap, about
        # once per 300 formations) for nothing. One formation at a time: never for long.
        with collector_paused():
            return self._migration.formation(item)

    def on_trailer(self, skeleton: etree._Element) -> None:
        # The skeleton without the formations' placeholders; items met elsewhere than in
        # offres go back where they were (in place: in linear time).
        self.engine.restore(skeleton, tails=False)
        self.skeleton = skeleton


class _OutputHandler(Handler):
    """Writes each migrated formation once validated, its issues at the output's lines."""

    def __init__(self, migration: _Migration) -> None:
        self._migration = migration

    def on_item(self, item: Item) -> None:
        migration = self._migration
        if item.element is not migration.current:
            return  # an item of the trailing extras, written at the end
        with collector_paused():  # binding and writing: as the input side's rules
            item.issues = migration.write(item.element, item.issues, item.path)
        # A formation validated in its own document: its stand-in takes the placeholder.
        item.anchor = migration.standin


def _issues(engine: Engine) -> tuple[list[Issue], int]:
    """The issues a pass kept (at most :data:`LIMIT`, in document order) and their total.

    Exact up to :data:`LIMIT` issues. Beyond, the count assumes that the skeleton's validation
    reaches every item (it does not in a document whose skeleton is out of order, where
    libxml2 skips the rest of an element: :mod:`lheo._stream_validate` explains it).
    """
    validator = engine.handlers[0]
    assert isinstance(validator, Validator)
    return validator.errors[:LIMIT], len(validator.errors) + engine.issues_dropped


# ---------------------------------------------------------------------------------------
# Report buckets


class _Buckets:
    """JSON lines per group of the in-memory report's order, in temporary files.

    Lines wait in memory, a few hundred per group, and go to their file together.
    """

    def __init__(self) -> None:
        self._files: dict[tuple[int, int], IO[str]] = {}
        self._pending: dict[tuple[int, int], list[str]] = {}

    def write(self, kind: int, key: int, line: str) -> None:
        """Add a JSON line (without its line break) to the group ``(kind, key)``."""
        pending = self._pending.get((kind, key))
        if pending is None:
            pending = self._pending[(kind, key)] = []
        pending.append(line)
        if len(pending) >= _PENDING:
            self._flush((kind, key), pending)

    def _flush(self, group: tuple[int, int], pending: list[str]) -> None:
        handle = self._files.get(group)
        if handle is None:
            handle = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115
            self._files[group] = handle
        handle.write("\n".join(pending) + "\n")
        pending.clear()

    def copy_to(self, out: IO[str]) -> None:
        for group, pending in self._pending.items():
            if pending:
                self._flush(group, pending)
        for group in sorted(self._files):
            handle = self._files[group]
            handle.seek(0)
            shutil.copyfileobj(handle, out, _COPY_CHUNK)

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._files.clear()
        self._pending.clear()


_CHANGE, _WARNING = 0, 1


def _attrib(el: etree._Element) -> dict[str, str]:
    return {str(k): str(v) for k, v in el.attrib.items()}


def _take_out(item: Item) -> etree._Element:
    """Take an item's element out of the input, a stand-in in its place; return it.

    The engine puts the item's placeholder where the stand-in is; the element, in a
    document of its own, is the migration's.
    """
    el = item.element
    standin = etree.Element(el.tag)
    el.addprevious(standin)
    standin.tail, el.tail = el.tail, None
    nsmap: Any = {None: NS_2_3}
    etree.Element(_HOLDER, nsmap=nsmap).append(el)
    item.element = standin
    return el


def _previous_element(el: etree._Element) -> etree._Element | None:
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


# ---------------------------------------------------------------------------------------
# The output


class _LinedTarget:
    """Where the :class:`StreamWriter` writes: the target, and on which line each piece starts.

    ``pieces`` holds what was written, piece by piece (each write of the writer), with the
    line where it starts: the migration takes each formation's piece out as soon as it is
    written (so only the pieces outside formations stay, a few kilobytes), to give the
    output's issues their lines. A path is written atomically (:meth:`commit`).
    """

    def __init__(self) -> None:
        self.line = 1
        self.pieces: list[tuple[int, bytes]] = []
        self._to: Destination | None = None

    def open(self, target: str | os.PathLike[str] | IO[bytes]) -> None:
        """Write to ``target`` from now on (a path: through a temporary file)."""
        self._to = Destination(target)

    def write(self, data: bytes) -> int:
        self.pieces.append((self.line, data))
        self.line += data.count(b"\n")
        assert self._to is not None
        return int(self._to.file.write(data))

    def commit(self) -> None:
        """Put a path's file in place (nothing to do for a file object, or before open)."""
        if self._to is not None:
            self._to.commit()

    def discard(self) -> None:
        """Drop a path's file not committed."""
        if self._to is not None:
            self._to.discard()


def _scope(writer: StreamWriter) -> bytes:
    """A start tag declaring the namespaces in scope where the writer's next item goes."""
    decls = "".join(
        f' xmlns{"" if prefix is None else ":" + prefix}="{esc_attr(uri)}"'
        for prefix, uri in writer.in_scope.items()
    )
    return f"<w{decls}>".encode()


# ---------------------------------------------------------------------------------------
# The migration pass


class _Migration:
    """One streaming pass: input engine → rules → output engine → writer, and the report."""

    def __init__(
        self,
        inp: Input,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        flow: FlowMigration,
        timezone: str | None,
        huge: bool,
        report: bool,
        swap: _Swap | None = None,
    ) -> None:
        # A flow declaring only the 2.2 namespace is read with the 2.3 one (see _Sniffer):
        # its formations are migrated in place, not copied.
        self.swapped = swap is not None
        self.inp = inp if swap is None else _SwappedInput(inp, swap.at)
        # Comments and processing instructions (kept for the rules) to strip before binding.
        self.markup = swap is None or not swap.bare
        ns_in = NS_2_3 if self.swapped else NS_2_2
        self.offres_in, self.formation_in = f"{{{ns_in}}}offres", f"{{{ns_in}}}formation"
        if self.swapped:
            flow.simple_ns = True
        self.name = inp.name
        self.target = target
        self.flow = flow
        self.plan = flow.plan()  # resolves the profile too
        self.timezone = timezone
        self.buckets = _Buckets() if report else None
        self.formations = 0
        self.change_count = 0
        self.action_counts: dict[str, dict[str, int]] = {}
        self.warning_count = 0
        self.warning_counts: dict[str, int] = {}
        self.kept_warnings: dict[int, list[MigrationWarning]] = {}
        self.in_offres: etree._Element | None = None
        self.out_root: etree._Element | None = None
        self.out_offres: etree._Element | None = None
        self.trailing: list[tuple[str, etree._Element]] = []
        self.writer: StreamWriter | None = None
        self.lined = _LinedTarget()
        self.current: etree._Element | None = None  # the output formation being validated
        self.standin: etree._Element | None = None  # its place in the output skeleton
        # The input: validated (its issues reported), formations handed over to migrate.
        # Comments and processing instructions are kept: the rules copy them.
        self.input_engine = Engine(
            name=self.name,
            huge=huge,
            retried=huge,
            comments=True,
            max_issues=LIMIT,
            moved=(NS_2_3, Version.V2_2) if self.swapped else None,
        )
        self.input_handler = _InputHandler(self.input_engine, self)
        self.input_engine.handlers = (Validator(self.input_engine), self.input_handler)
        # The output: validated formation by formation, each one then written.
        self.output_engine = Engine(name=self.name, reading=False, chunks=CHUNKS, max_issues=LIMIT)
        self.output_engine.handlers = (Validator(self.output_engine), _OutputHandler(self))

    # -- the pass ----------------------------------------------------------------------

    def run(self) -> StreamMigrationResult:
        """Migrate, validate and write every formation (the writer is left open)."""
        for _ in self.output_engine.walk(self._output_events()):
            pass
        out_issues, out_total = _issues(self.output_engine)
        self._write_trailing(strict=out_total == 0)
        validation = ValidationReport(
            ok=out_total == 0,
            version=Version.V2_3.value,
            kind="lheo",
            source=output_name(self.name),
            errors=self._locate_skeleton(out_issues),
        )
        in_issues, in_total = _issues(self.input_engine)
        result = StreamMigrationResult(
            source=self.name,
            profile=self.flow.profile,
            niveaux=self.flow.niveaux,
            timezone=self.timezone,
            rules_applied=list(self.flow.rules_applied),
            formations=self.formations,
            change_count=self.change_count,
            action_counts={rule: dict(per) for rule, per in self.action_counts.items()},
            warnings=[w for key in sorted(self.kept_warnings) for w in self.kept_warnings[key]][
                :LIMIT
            ],
            warning_count=self.warning_count,
            warning_counts=dict(self.warning_counts),
            input_issues=in_issues,
            input_issue_count=in_total,
            validation=validation,
            validation_error_count=out_total,
        )
        return result

    def _unsupported(self, what: str) -> NoReturn:
        raise MigrationError(
            f"{self.name}: the streaming migration reads flows laid out as LHÉO 2.2 says "
            f"(<lheo> holding <offres>, then extras; <offres> holding the formations, then "
            f"extras), not one with {what}; use lheo.migrate()"
        )

    def _output_events(self) -> Generator[tuple[str, etree._Element], None, None]:
        """The output's events, formation by formation as the input is migrated.

        The migrated head (root, ``offres``) is the output's skeleton. Each formation is
        migrated in a small document of its own: the output engine puts its placeholder where
        its stand-in is in the skeleton (:attr:`standin`), so that no large element moves
        between documents.
        """
        started = False
        for produced in self.input_engine.parse(self.inp):
            if produced is HEADER:
                continue
            assert self.out_root is not None and self.out_offres is not None
            if not started:
                started = True
                yield "start", self.out_root
                yield "start", self.out_offres
            self.standin = etree.SubElement(self.out_offres, _FORMATION23)
            self.current = produced
            yield "start", produced
            yield "end", produced
            self.current = self.standin = None
        # The input is read: what follows the formations, migrated on the skeleton.
        skeleton = self.input_handler.skeleton
        assert skeleton is not None
        in_offres22 = self._check_skeleton(skeleton)
        if self.out_root is None:  # no formation: the head is migrated now
            self._head(skeleton, in_offres22)
            assert self.out_root is not None and self.out_offres is not None
            yield "start", self.out_root
            yield "start", self.out_offres
        assert self.out_root is not None and self.out_offres is not None
        rest = self.flow.migrate_rest(skeleton, self.plan)
        self._record(rest.recorded)
        offres = rest.root.find(_OFFRES23)
        assert offres is not None
        in_offres = list(offres.iterchildren(tag=etree.Element))
        after_offres = [el for el in rest.root.iterchildren(tag=etree.Element) if el is not offres]
        # The originals are written once the whole output is validated (its validation
        # clears items); copies go into the skeleton (a copy moves in linear time).
        self.trailing = [("offres", el) for el in in_offres]
        self.trailing += [("root", el) for el in after_offres]
        in_offres = [copy.deepcopy(el) for el in in_offres]
        after_offres = [copy.deepcopy(el) for el in after_offres]
        for el in in_offres:
            self.out_offres.append(el)
        for el in after_offres:
            self.out_root.append(el)
        for el in in_offres:
            yield from list(etree.iterwalk(el, events=("start", "end")))
        yield "end", self.out_offres
        for el in after_offres:
            yield from list(etree.iterwalk(el, events=("start", "end")))
        yield "end", self.out_root

    # -- migration -----------------------------------------------------------------------

    def formation(self, item: Item) -> etree._Element:
        """Migrate a formation of the input; return the migrated one.

        A formation of the 2.2 namespace is only read (the rules work on a copy); one of the
        2.3 namespace (swapped input) is taken out of the input and migrated in place.
        """
        el = item.element
        offres = el.getparent()
        assert offres is not None
        root = offres.getparent()
        assert root is not None
        self._check_layout(el, offres)
        if self.out_root is None:
            self._head(root, offres)
        if self.swapped:
            el = _take_out(item)
        part = self.flow.migrate_formation(el, item.number, self.plan)
        self._record(part.recorded)
        self.formations += 1
        out = part.root
        if out.getparent() is None:
            # The output's validation may move it within its parent; a document's root is
            # moved into a new one in linear time.
            nsmap: Any = {None: NS_2_3}
            etree.Element(_HOLDER, nsmap=nsmap).append(out)
        return out

    def _head(self, root: etree._Element, offres: etree._Element) -> None:
        """Migrate the head: the output's skeleton, the namespace change, item 1 on offres."""
        head = self.flow.migrate_head(root, offres, self.plan)
        self._record(head.recorded)
        self.out_root, self.out_offres = head.root, head.root[0]

    def _check_layout(self, item: etree._Element, offres: etree._Element) -> None:
        # What precedes is checked formation by formation: the previous element is either
        # nothing or an earlier formation (now a placeholder), itself checked in its time.
        if self.in_offres is None:
            self.in_offres = offres
            before = _previous_element(offres)
            if before is not None:
                self._unsupported(f"<{_xml.local(before.tag)}> before <offres>")
        elif offres is not self.in_offres:
            self._unsupported("several <offres>")
        prev = _previous_element(item)
        if prev is not None and prev.tag != self.formation_in:
            self._unsupported("a <formation> after other elements of <offres>")

    def _check_skeleton(self, skeleton: etree._Element) -> etree._Element:
        """Refuse a skeleton not laid out as LHÉO 2.2 says; return its ``offres``."""
        found = list(skeleton.iterchildren(tag=etree.Element))
        offres = self.offres_in
        if not any(el.tag == offres for el in found):
            self._unsupported("no <offres>")
        if found[0].tag != offres:
            self._unsupported(f"<{_xml.local(found[0].tag)}> before <offres>")
        if any(el.tag == offres for el in found[1:]):
            self._unsupported("several <offres>")
        return found[0]

    def _record(self, recorded: Recorded) -> None:
        """Count and report what a part recorded, each record in the bucket of its key."""
        # The loop that runs once per change of the flow: no call but the report's own.
        counts = self.action_counts
        buckets = self.buckets
        for change, key in zip(recorded.changes, recorded.change_keys, strict=True):
            per_rule = counts.get(change.rule)
            if per_rule is None:
                per_rule = counts[change.rule] = {}
            per_rule[change.action] = per_rule.get(change.action, 0) + 1
            if buckets is not None:
                buckets.write(_CHANGE, key, _change_line(change))
        self.change_count += len(recorded.changes)
        for warning, key in zip(recorded.warnings, recorded.warning_keys, strict=True):
            self._warning(key, warning)

    def _warning(self, key: int, warning: MigrationWarning) -> None:
        self.warning_count += 1
        self.warning_counts[warning.rule] = self.warning_counts.get(warning.rule, 0) + 1
        kept = self.kept_warnings.setdefault(key, [])
        if len(kept) < LIMIT:
            kept.append(warning)
        if self.buckets is not None:
            self.buckets.write(_WARNING, key, _to_json({"type": "warning", **warning.to_dict()}))

    # -- writing -------------------------------------------------------------------------

    def _open_writer(self) -> StreamWriter:
        if self.writer is not None:
            return self.writer
        root, offres = self.out_root, self.out_offres
        assert root is not None and offres is not None
        xsi: dict[str, str] = {}
        root_attrs: dict[str, str] = {}
        for key, value in root.attrib.items():
            if _xml.namespace(key) == XSI:
                xsi[_xml.local(key)] = str(value)
            else:
                root_attrs[str(key)] = str(value)
        offres_attrs = _attrib(offres)
        target = cast(IO[bytes], self.lined)  # write() is all the writer uses
        try:
            writer = self._writer(root_attrs, offres_attrs, xsi, target)
        except ValidationError:
            # Attributes the bindings refuse (the output is invalid, its validation says so):
            # dropped, as the lenient reading of lheo.migrate drops unknown attributes.
            root_attrs = {k: v for k, v in root_attrs.items() if self._accepted({k: v}, {})}
            offres_attrs = {k: v for k, v in offres_attrs.items() if self._accepted({}, {k: v})}
            writer = self._writer(root_attrs, offres_attrs, xsi, target)
        self.lined.open(self.target)
        self.writer = writer
        return writer

    @staticmethod
    def _writer(
        root_attrs: dict[str, str],
        offres_attrs: dict[str, str],
        xsi: dict[str, str],
        target: IO[bytes],
    ) -> StreamWriter:
        return StreamWriter(
            target, version=Version.V2_3, root_attrs=root_attrs, offres_attrs=offres_attrs, xsi=xsi
        )

    def _accepted(self, root_attrs: dict[str, str], offres_attrs: dict[str, str]) -> bool:
        try:
            self._writer(root_attrs, offres_attrs, {}, io.BytesIO())
        except ValidationError:
            return False
        return True

    def write(self, item: etree._Element, issues: list[Issue], path: str) -> list[Issue]:
        """Bind a validated output formation and write it (called by the output handler).

        Returns:
            Its issues, at the lines of the written output (see :func:`_locate_item`).
        """
        writer = self._open_writer()
        if self.markup:
            etree.strip_tags(item, etree.Comment, etree.ProcessingInstruction)
        writer.write(self._bind(item, "formation", strict=not issues))
        line, data = self.lined.pieces.pop()  # the formation: what StreamWriter.write emits last
        if not issues:
            return issues
        return self._locate_item(issues, path, line, _scope(writer) + data + b"</w>")

    def _locate_item(
        self, issues: list[Issue], path: str, line: int, wrapped: bytes
    ) -> list[Issue]:
        """Give a formation's issues the lines of its elements in the output.

        The built formation has no lines: its written text (``wrapped`` in an element that
        declares the namespaces in scope, on the line where the text starts, ``line``) is
        parsed, and each issue takes the line of the element its path designates, as
        :func:`lheo.migrate` does on the whole written output.
        """
        source = output_name(self.name)
        try:
            formation: etree._Element | None = _xml.parse_bytes(wrapped, source).getroot()[0]
        except (LheoError, IndexError):
            formation = None

        def line_of(where: str) -> int | None:
            if formation is None or not (where == path or where.startswith(path + "/")):
                return None
            found = element_at(formation, "/" + _xml.local(formation.tag) + where[len(path) :])
            at: Any = found.sourceline if found is not None else None
            return line + int(at) - 1 if at else None

        return locate(issues, line_of, source)

    def _locate_skeleton(self, issues: list[Issue]) -> list[Issue]:
        """Give the issues outside formations (root, offres, extras) their output lines.

        The writer kept what it wrote outside formations, each piece with the line where it
        starts: parsed end to end, each piece's elements are where it was written. Issues of
        formations are located already (their source is the output's).
        """
        source = output_name(self.name)
        pending = [issue for issue in issues if issue.source != source]
        if not pending or self.writer is None:
            return issues
        starts: list[int] = []
        lines: list[int] = []
        pull = _xml.xml_parser(etree.XMLPullParser, events=("start",))
        joined = 1
        root: etree._Element | None = None
        try:
            for line, data in self.lined.pieces:
                starts.append(joined)
                lines.append(line)
                joined += data.count(b"\n")
                pull.feed(data)
                for _event, el in pull.read_events():
                    if root is None and isinstance(el, etree._Element):
                        root = el
        except etree.XMLSyntaxError:  # pragma: no cover - our own output
            root = None

        def line_of(where: str) -> int | None:
            found = element_at(root, where) if root is not None else None
            at: Any = found.sourceline if found is not None else None
            if not at:
                return None
            # Every piece but the first starts with a line break: an element on the line
            # where a piece starts belongs to an earlier piece.
            at = int(at)
            i = max(bisect.bisect_left(starts, at) - 1, 0)
            return int(lines[i] + at - starts[i])

        return [
            issue if issue.source == source else locate([issue], line_of, source)[0]
            for issue in issues
        ]

    def _write_trailing(self, *, strict: bool) -> None:
        writer = self._open_writer()
        for where, el in self.trailing:
            if el.tag != _EXTRAS23:
                continue  # invalid there: the lenient binding of lheo.migrate drops it too
            etree.strip_tags(el, etree.Comment, etree.ProcessingInstruction)
            writer.write_extras(self._bind(el, "extras", strict=strict), where=where)
        self.trailing = []

    def _bind(self, el: etree._Element, name: str, *, strict: bool) -> Any:
        try:
            return build(el, Version.V2_3.element_class(name), strict=strict, warnings=[])
        except BuildError as exc:
            issue = Issue(message=f"cannot bind document: {exc}", source=self.name)
            raise ValidationError(
                ValidationReport(
                    ok=False, version=Version.V2_3.value, kind="lheo", source=self.name,
                    errors=[issue],
                )
            ) from None  # fmt: skip

    # -- report --------------------------------------------------------------------------

    def write_report(self, out: IO[str], result: StreamMigrationResult) -> None:
        """Write the JSON Lines report: changes, warnings, input issues, then the summary."""
        if self.buckets is not None:
            self.buckets.copy_to(out)
        for issue in result.input_issues:
            record = {"type": "input_issue", **attrs.asdict(issue)}
            out.write(_to_json(record) + "\n")
        out.write(_to_json({"type": "summary", **result.to_dict()}) + "\n")

    def close(self) -> None:
        """Drop the temporary files of the report."""
        if self.buckets is not None:
            self.buckets.close()


# ---------------------------------------------------------------------------------------
# Public API


def migrate_stream(
    source: Source,
    target: str | os.PathLike[str] | IO[bytes],
    *,
    profile: str = "auto",
    niveaux: str = "keep",
    timezone: str | None = None,
    report_target: str | os.PathLike[str] | IO[str] | None = None,
    check: bool = True,
) -> StreamMigrationResult:
    """Migrate an LHÉO 2.2 flow to 2.3 in constant memory, whatever its size.

    The output has the bytes of ``lheo.write(lheo.migrate(source, ...).document)`` for the same
    options, and the JSON Lines report the changes and warnings of its report, in the same
    order; neither is ever held in memory (see the module documentation for how).

    The JSON Lines report has one record per line, each with a ``type``: every ``change``
    (the fields of :class:`~lheo.migration.Change`), then every ``warning``, then the first
    1000 ``input_issue``, then one ``summary`` (options, counts, ``valid``).
    :meth:`MigrationReport.from_jsonl` loads it back.

    Args:
        source: a path, XML bytes/str, or binary file object holding an LHÉO 2.2 ``<lheo>``
            flow (a file object that cannot seek is first copied to a temporary file).
        target: path or binary file object for the 2.3 flow. A path is written atomically:
            on any failure, or when ``check`` finds the output invalid, nothing is put there.
        profile: ``"auto"``, ``"onisep"`` or ``"generic"``, as :func:`lheo.migrate`.
        niveaux: ``"keep"`` or ``"decret-2019"``, as :func:`lheo.migrate`.
        timezone: zone name for ``horodatage-*`` offsets, as :func:`lheo.migrate`.
        report_target: path or text file object for the JSON Lines report; ``None`` keeps
            only the counts. A path is written atomically, even when ``check`` fails (the
            report then tells why the output is invalid).
        check: when true (default), an invalid output raises instead of being written.

    Returns:
        A :class:`StreamMigrationResult`: counts per rule and action, the first warnings and
        input issues, and the output's validation.

    Raises:
        ParseError: the input is not well-formed XML, or has an undeclared entity
            reference (found before anything is written).
        UnsafeXmlError: a safety limit of :func:`lheo.read` (entity declarations,
            attributes per element before anything is written; depth and text sizes on the
            way), or more than :data:`lheo._engine.MAX_HELD` characters of XML after the
            formations.
        NotLheoError, UnsupportedVersionError: not LHÉO.
        MigrationError: the input is not an LHÉO 2.2 ``<lheo>`` flow laid out as the 2.2
            schema says (use :func:`lheo.migrate` for other documents), an option is invalid,
            or (with ``check``) the output is invalid: the error then carries ``.result``.

    Added in 0.1.
    """
    check_options(profile, niveaux)
    tz = zone(timezone)
    # Two passes (pre-scan, migration): a file object that cannot seek is copied first.
    inp, spooled = spool(source)
    migration: _Migration | None = None
    writer: StreamWriter | None = None
    report: Destination | None = None  # the JSON Lines report's: a path or a text file
    try:
        flow, huge, swap = _prescan(
            inp, lambda: FlowMigration(profile=profile, niveaux=niveaux, tz=tz)
        )
        migration = _Migration(
            inp,
            target,
            flow=flow,
            timezone=timezone,
            huge=huge,
            report=report_target is not None,
            swap=swap,
        )
        try:
            result = migration.run()
        finally:
            writer = migration.writer
        if report_target is not None:
            report = Destination(report_target, text=True)
            # Only write() is used on it, which AtomicFile has (turning OSError into OutputError).
            migration.write_report(cast(IO[str], report.file), result)
        if check and not result.ok:
            first = first_issue(result.validation.errors, result.validation_error_count)
            error = MigrationError(
                f"{inp.name}: the migrated document is not valid LHÉO 2.3: {first}"
            )
            error.result = result  # type: ignore[attr-defined]
            if report is not None:
                report.commit()
            raise error
        assert writer is not None
        writer.close()
        migration.lined.commit()
        if report is not None:
            report.commit()
        return result
    except BaseException:
        if writer is not None:
            writer.__exit__(*sys.exc_info())
        if migration is not None:
            migration.lined.discard()
        if report is not None:
            report.discard()
        raise
    finally:
        if migration is not None:
            migration.close()
        inp.close()
        if spooled is not None:
            spooled.close()
