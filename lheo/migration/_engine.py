"""The 2.2 → 2.3 migration of an lxml tree: checks the input, runs the rules, builds the report."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from lxml import etree

from lheo.errors import Issue, MigrationError
from lheo.migration._context import Context
from lheo.migration._report import Change, MigrationReport, MigrationWarning
from lheo.migration._rules import (
    ONISEP_SUFFIX,
    RULES,
    ExportPlan,
    convert_namespace,
    set_export_timestamp,
    set_planned_export_timestamp,
)
from lheo.migration._tree import NS_2_2, NS_2_3, ROOT_NAMES, local, norm
from lheo.versions import Version

Profile = Literal["auto", "onisep", "generic"]
Niveaux = Literal["keep", "decret-2019"]


def is_onisep_flow(root: etree._Element) -> bool:
    """Tell whether a 2.2 tree carries Onisep extras (an ``info`` ending with ``ONISEP``).

    Args:
        root: root of an LHÉO 2.2 document.

    Returns:
        ``True`` when the Onisep rules apply under ``profile="auto"``.
    """
    for el in root.iter(f"{{{NS_2_2}}}extra", f"{{{NS_2_2}}}extras"):
        if norm(el.get("info")).upper().endswith(ONISEP_SUFFIX):
            return True
    return False


def migrate_tree(
    root: etree._Element,
    *,
    profile: Profile = "auto",
    niveaux: Niveaux = "keep",
    timezone: str | None = None,
    input_issues: Sequence[Issue] | None = None,
) -> tuple[etree._Element, MigrationReport]:
    """Migrate an LHÉO 2.2 tree to 2.3, following ``docs/onisep-2.2-to-2.3.md``.

    The input is read leniently (well-formed and in the 2.2 namespace is enough) and never
    modified; the output is a new tree whose default namespace is ``http://lheo.gouv.fr/2.3``.

    Args:
        root: root element (``lheo``, ``lheo-index`` or ``lheo-plus``) of a 2.2 document.
        profile: ``onisep`` applies every rule of the doc; ``generic`` only changes the
            namespace and what the 2.3 grammar requires (empty ``code-RNCP`` removed), leaving
            extras and ``date-information`` alone; ``auto`` picks ``onisep`` when the flow
            carries Onisep extras (see :func:`is_onisep_flow`).
        niveaux: ``keep`` the old ``dict-niveaux`` keys, or map them with the ``decret-2019``
            correspondence (item 13).
        timezone: a zone name (``Europe/Paris``) giving dates the offset of that zone on that
            day; ``None`` writes dates without offset.
        input_issues: the input's own 2.2 validity issues, copied into the report.

    Returns:
        The new 2.3 root and the :class:`~lheo.migration.MigrationReport`.

    Raises:
        MigrationError: the input is not LHÉO 2.2, or an option is invalid.

    Added in 0.1.
    """
    if profile not in ("auto", "onisep", "generic"):
        raise MigrationError(f"unknown profile {profile!r}: use 'auto', 'onisep' or 'generic'")
    if niveaux not in ("keep", "decret-2019"):
        raise MigrationError(f"unknown niveaux option {niveaux!r}: use 'keep' or 'decret-2019'")
    _check_input(root)
    resolved = profile if profile != "auto" else ("onisep" if is_onisep_flow(root) else "generic")
    run = run_rules(root, profile=resolved, niveaux=niveaux, tz=_zone(timezone))
    report = MigrationReport(
        changes=run.changes,
        warnings=run.warnings,
        input_issues=list(input_issues or []),
        profile=resolved,
        niveaux=niveaux,
        timezone=timezone,
        rules_applied=run.rules_applied,
    )
    return run.root, report


@attrs.frozen(kw_only=True)
class RulesRun:
    """What :func:`run_rules` did: the output tree, and the changes and warnings by rule.

    Attributes:
        root: the new 2.3 root.
        changes: the changes, in the order the rules made them.
        warnings: the warnings, in the order the rules gave them.
        change_slots: for each change, the rule that made it: ``0`` for the namespace change,
            ``i + 1`` for ``RULES[i]`` (item 14 has two rules, hence slots rather than ids).
        warning_slots: the same for each warning.
        rules_applied: ids of the rules that ran, in order.
    """

    root: etree._Element
    changes: list[Change]
    warnings: list[MigrationWarning]
    change_slots: list[int]
    warning_slots: list[int]
    rules_applied: list[str]


def run_rules(
    root: etree._Element,
    *,
    profile: str,
    niveaux: str,
    tz: tzinfo | None,
    export: ExportPlan | None = None,
) -> RulesRun:
    """Run the namespace change then the rules of ``profile`` on a checked 2.2 tree.

    The lower level of :func:`migrate_tree`, for the streaming migration, which runs it on one
    formation at a time: options are not checked, ``profile`` is already resolved, and
    ``export`` gives item 1 the export date of the whole flow.

    Args:
        root: root element of an LHÉO 2.2 document (or of a part of one).
        profile: ``onisep`` or ``generic``.
        niveaux: ``keep`` or ``decret-2019``.
        tz: the time zone of dates, ``None`` for no offset.
        export: item 1 resolved on the whole flow; ``None`` resolves it on ``root``.

    Returns:
        The :class:`RulesRun`.
    """
    ctx = Context(input_root=root, profile=profile, niveaux=niveaux, tz=tz)
    out = convert_namespace(root, ctx)
    applied = ["ns"]
    change_marks = [len(ctx._pending)]
    warning_marks = [len(ctx.warnings)]
    for rule in RULES:
        if profile in rule.profiles:
            apply = rule.apply
            if export is not None and apply is set_export_timestamp:
                apply = functools.partial(set_planned_export_timestamp, plan=export)
            apply(out, ctx)
            if rule.id not in applied:
                applied.append(rule.id)
        change_marks.append(len(ctx._pending))
        warning_marks.append(len(ctx.warnings))
    return RulesRun(
        root=out,
        changes=ctx.finish(out),
        warnings=list(ctx.warnings),
        change_slots=_slots(change_marks),
        warning_slots=_slots(warning_marks),
        rules_applied=applied,
    )


def _slots(marks: list[int]) -> list[int]:
    slots: list[int] = []
    for slot, end in enumerate(marks):
        slots.extend([slot] * (end - len(slots)))
    return slots


def _check_input(root: object) -> None:
    if not isinstance(root, etree._Element) or not isinstance(root.tag, str):
        raise MigrationError(f"expected the root element of an LHÉO 2.2 document, got {root!r}")
    qname = etree.QName(root)
    if local(root, NS_2_2) in ROOT_NAMES:
        return
    found = f"root <{qname.localname}> in namespace {qname.namespace or '(none)'}"
    if qname.namespace == NS_2_3:
        raise MigrationError(f"the input is already LHÉO 2.3 ({found}); nothing to migrate")
    *first, last = Version.V2_2.roots
    raise MigrationError(
        f"expected an LHÉO 2.2 document (root {', '.join(first)} or {last} in namespace "
        f"{NS_2_2}); found {found}"
    )


def _zone(name: str | None) -> tzinfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise MigrationError(f"unknown time zone {name!r} (expected e.g. 'Europe/Paris')") from exc
