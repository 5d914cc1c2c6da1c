"""What a migration did, change by change: :class:`Change`, :class:`MigrationWarning`, the report.

Added in 0.1.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any, Literal

import attrs

from lheo.errors import Issue
from lheo.migration._items import RULE_TITLES

Action = Literal["converted", "moved", "removed", "added", "kept"]

ACTIONS: tuple[Action, ...] = ("converted", "moved", "removed", "added", "kept")


def _paths(paths: Iterable[str]) -> tuple[str, ...]:
    return tuple(paths)


@attrs.frozen(kw_only=True)
class Change:
    """One change made (or deliberately not made) by a migration rule.

    Attributes:
        rule: id of the rule, the item number in ``onisep-2.2-to-2.3.md`` (``"1"`` … ``"14"``)
            or ``"ns"`` for the namespace change.
        action: ``converted`` (value rewritten), ``moved`` (same value, new place), ``removed``,
            ``added`` (new element derived from the input) or ``kept`` (left as it was, with a
            warning saying why).
        source_path: where the value was in the 2.2 input, e.g.
            ``/lheo/offres/formation[2]/action[1]/extras[1]/extra[3]``.
        target_path: where it is in the 2.3 output, e.g.
            ``/lheo/offres/formation[2]/action[1]/@uri``; ``None`` when removed.
        old: the input value; for ``removed``, the serialized XML of what was removed.
        new: the output value, ``None`` when removed.
        detail: a human explanation (a conflict, a superseded value...), ``""`` when the
            fields say it all.
        source_xml: serialized XML of the input element when that element itself disappears
            (an extra turned into an attribute, a ``ligne`` moved into ``denomination``).
        also: the other places of the output the value was set on, besides ``target_path``
            (an Onisep URI goes on the ``action`` and on its ``ACTION ONISEP`` extras).
        formation: the number of the formation the value comes from (``2`` for
            ``/lheo/offres/formation[2]/...``), ``None`` for a value outside the formations.

    Added in 0.1. Reports written before ``also`` and ``formation`` existed ended ``detail``
    with ``also set on <path>, <path>``; :meth:`from_dict` still reads them.
    """

    rule: str
    action: Action
    source_path: str | None
    target_path: str | None
    old: str | None
    new: str | None
    detail: str = ""
    source_xml: str | None = None
    also: tuple[str, ...] = attrs.field(default=(), converter=_paths)
    formation: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the change as a JSON-ready dict (``also`` as a list), fields in order."""
        # Written out rather than attrs.asdict: a streamed report makes one per change.
        return {
            "rule": self.rule,
            "action": self.action,
            "source_path": self.source_path,
            "target_path": self.target_path,
            "old": self.old,
            "new": self.new,
            "detail": self.detail,
            "source_xml": self.source_xml,
            "also": list(self.also),
            "formation": self.formation,
        }

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Change:
        """Read a change from :meth:`to_dict`'s form, or from the form of older reports.

        Those had no ``also`` and ``formation``: the other places ended ``detail`` as
        ``also set on <path>, <path>``, and the formation is the one of ``source_path``.

        Raises:
            TypeError: a field is missing or unknown.
        """
        fields = dict(record)
        if "also" not in fields:
            detail, also = _split_also(str(fields.get("detail", "")))
            fields["detail"], fields["also"] = detail, also
            fields.setdefault("formation", formation_number(fields.get("source_path")))
        return cls(**fields)


_ALSO = "also set on "

#: ``/<root>/offres/formation[n]``, the start of the path of anything inside formation ``n``.
_FORMATION = re.compile(r"/[^/]+/offres/formation\[(\d+)\](?:/|$)")


def formation_number(path: str | None) -> int | None:
    """Return the number of the formation a path points into, ``None`` if none.

    ``/lheo/offres/formation[2]/action[1]/@uri`` gives ``2``; ``/lheo/offres/@x`` gives ``None``.
    """
    found = _FORMATION.match(path) if path else None
    return int(found.group(1)) if found else None


def _split_also(detail: str) -> tuple[str, tuple[str, ...]]:
    """Split the detail of an older report into its own text and the other places."""
    cut = detail.rfind(_ALSO)
    if cut == -1:
        return detail, ()
    head = detail[:cut].removesuffix("; ")
    return head, tuple(detail[cut + len(_ALSO) :].split(", "))


@attrs.frozen(kw_only=True)
class MigrationWarning:
    """Something a user should look at: a value kept as is, a conflict, a choice made.

    This is a report record, not a :class:`Warning` category of the :mod:`warnings` module.

    Attributes:
        rule: id of the rule that raised it.
        path: where, in the 2.2 input.
        message: what happened and what was done.
    """

    rule: str
    path: str | None
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.path or '-'}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """Return the warning as a JSON-ready dict."""
        return {"rule": self.rule, "path": self.path, "message": self.message}


@attrs.frozen(kw_only=True)
class MigrationReport:
    """Everything a 2.2 → 2.3 migration changed, so a user can audit it.

    Attributes:
        changes: every change, in the order the rules made them.
        warnings: every point needing attention.
        input_issues: the input's own 2.2 validity problems, when the caller passed them.
        profile: the profile applied (``onisep`` or ``generic``; ``auto`` is resolved).
        niveaux: the niveaux option (``keep`` or ``decret-2019``).
        timezone: the time zone used for dates, ``None`` for dates without offset.
        rules_applied: ids of the rules that ran, in order.
    """

    changes: list[Change] = attrs.field(factory=list)
    warnings: list[MigrationWarning] = attrs.field(factory=list)
    input_issues: list[Issue] = attrs.field(factory=list)
    profile: str = "generic"
    niveaux: str = "keep"
    timezone: str | None = None
    rules_applied: list[str] = attrs.field(factory=list)

    def changes_for(self, rule: str) -> list[Change]:
        """Return the changes made by ``rule``."""
        return [c for c in self.changes if c.rule == rule]

    def summary(self) -> dict[str, int]:
        """Count the changes of each rule, in the order the rules ran.

        Returns:
            ``{rule id: number of changes}``, only for rules with at least one change.
        """
        counts: dict[str, int] = {}
        for change in self.changes:
            counts[change.rule] = counts.get(change.rule, 0) + 1
        return summarize(self.rules_applied, counts)

    def summary_text(self) -> str:
        """Render a table of changes per rule and action, plus the warning count."""
        actions: dict[str, dict[str, int]] = {}
        for change in self.changes:
            per_rule = actions.setdefault(change.rule, {})
            per_rule[change.action] = per_rule.get(change.action, 0) + 1
        warned: dict[str, int] = {}
        for warning in self.warnings:
            warned[warning.rule] = warned.get(warning.rule, 0) + 1
        return render_summary(
            self.summary(),
            actions,
            warned,
            changes=len(self.changes),
            warnings=len(self.warnings),
            profile=self.profile,
            niveaux=self.niveaux,
            timezone=self.timezone,
        )

    @classmethod
    def from_jsonl(cls, source: str | os.PathLike[str] | IO[str]) -> MigrationReport:
        """Load a report written as JSON Lines by :func:`lheo.migration.migrate_stream`.

        Args:
            source: path or text file object of the JSON Lines report.

        Returns:
            The full report: every change and warning, the input issues the file holds
            (the first 1000: see the ``input_issues`` count of its summary line), and the
            options of its summary line.

        Raises:
            ValueError: a line is not a record of such a report, or the summary line is missing.

        Added in 0.1.
        """
        if isinstance(source, (str, os.PathLike)):
            with open(source, encoding="utf-8") as handle:
                return cls._from_lines(handle)
        return cls._from_lines(source)

    @classmethod
    def _from_lines(cls, lines: Iterable[str]) -> MigrationReport:
        changes: list[Change] = []
        warnings: list[MigrationWarning] = []
        issues: list[Issue] = []
        summary: dict[str, Any] | None = None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                kind = record.pop("type")
                if kind == "change":
                    changes.append(Change.from_dict(record))
                elif kind == "warning":
                    warnings.append(MigrationWarning(**record))
                elif kind == "input_issue":
                    issues.append(Issue(**record))
                elif kind == "summary":
                    summary = record
                else:
                    raise ValueError(f"unknown record type {kind!r}")
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise ValueError(f"line {number}: not a migration report record: {exc}") from None
        if summary is None:
            raise ValueError("no summary line: the report is incomplete")
        return cls(
            changes=changes,
            warnings=warnings,
            input_issues=issues,
            profile=summary["profile"],
            niveaux=summary["niveaux"],
            timezone=summary["timezone"],
            rules_applied=list(summary["rules_applied"]),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict (``summary`` included)."""
        return {
            "profile": self.profile,
            "niveaux": self.niveaux,
            "timezone": self.timezone,
            "rules_applied": list(self.rules_applied),
            "summary": self.summary(),
            "changes": [c.to_dict() for c in self.changes],
            "warnings": [w.to_dict() for w in self.warnings],
            "input_issues": [attrs.asdict(i) for i in self.input_issues],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialize :meth:`to_dict` as JSON (UTF-8 text, accents kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def summarize(rules_applied: Sequence[str], counts: Mapping[str, int]) -> dict[str, int]:
    """Order change counts as :meth:`MigrationReport.summary` does.

    Args:
        rules_applied: ids of the rules that ran, in order.
        counts: number of changes per rule id, in the order of the rules' first change.

    Returns:
        The rules of ``rules_applied`` with at least one change, in that order, then any
        other rule with changes.
    """
    ordered = {rule: counts[rule] for rule in rules_applied if counts.get(rule)}
    for rule, n in counts.items():
        if n and rule not in ordered:
            ordered[rule] = n
    return ordered


def render_summary(
    summary: Mapping[str, int],
    actions: Mapping[str, Mapping[str, int]],
    warned: Mapping[str, int],
    *,
    changes: int,
    warnings: int,
    profile: str,
    niveaux: str,
    timezone: str | None,
) -> str:
    """Render the table of :meth:`MigrationReport.summary_text` from counts.

    Args:
        summary: changes per rule, as :meth:`MigrationReport.summary` gives them.
        actions: changes per rule then per action.
        warned: warnings per rule.
        changes: total number of changes.
        warnings: total number of warnings.
        profile: the profile applied.
        niveaux: the niveaux option.
        timezone: the time zone of dates, ``None`` for none.

    Returns:
        The table, one line per rule, then a line of totals and options.
    """
    header = ("rule", *ACTIONS, "warnings", "title")
    rows: list[tuple[str, ...]] = []
    for rule in summary:
        acts = [actions.get(rule, {}).get(a, 0) for a in ACTIONS]
        warns = warned.get(rule, 0)
        rows.append((rule, *map(str, acts), str(warns), RULE_TITLES.get(rule, "")))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *rows):
        cells = [
            row[i].rjust(widths[i]) if i else row[i].ljust(widths[i]) for i in range(len(widths))
        ]
        lines.append("  ".join(cells) + "  " + row[-1])
    lines.append(
        f"{changes} changes, {warnings} warnings"
        f" (profile {profile}, niveaux {niveaux}, timezone {timezone or 'none'})"
    )
    return "\n".join(lines)


def output_name(source: str) -> str:
    """Display name of a migration's output, for the issues of its validation.

    Their lines are lines of the output as :func:`lheo.write` writes it (pretty), not of
    the input ``source``: the name says so (``in.xml (migrated output)``).
    """
    return f"{source} (migrated output)"


def locate(
    issues: Iterable[Issue], line_of: Callable[[str], int | None], source: str
) -> list[Issue]:
    """The output's issues, each with the output line of the element its path designates.

    Args:
        issues: issues found on the migrated tree (which has no lines: it was built, not
            parsed).
        line_of: the line, in the written output, of the element at a path; ``None`` when
            the written output has no element there (content the writer leaves out).
        source: the output's display name (:func:`output_name`).

    Returns:
        The issues with those lines (``None`` when unknown) and that source.
    """
    return [
        attrs.evolve(issue, line=line_of(issue.path) if issue.path else None, source=source)
        for issue in issues
    ]
