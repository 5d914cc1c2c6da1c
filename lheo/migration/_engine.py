"""The 2.2 → 2.3 migration of an lxml tree: checks the input, runs the rules, builds the report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import etree

from lheo.errors import Issue, MigrationError
from lheo.migration._context import Context
from lheo.migration._report import MigrationReport
from lheo.migration._rules import ONISEP_SUFFIX, RULES, convert_namespace
from lheo.migration._tree import NS_2_2, NS_2_3, ROOT_NAMES, local, norm

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
    ctx = Context(input_root=root, profile=resolved, niveaux=niveaux, tz=_zone(timezone))
    out = convert_namespace(root, ctx)
    applied = ["ns"]
    for rule in RULES:
        if resolved in rule.profiles:
            rule.apply(out, ctx)
            if rule.id not in applied:
                applied.append(rule.id)
    report = MigrationReport(
        changes=ctx.finish(out),
        warnings=list(ctx.warnings),
        input_issues=list(input_issues or []),
        profile=resolved,
        niveaux=niveaux,
        timezone=timezone,
        rules_applied=applied,
    )
    return out, report


def _check_input(root: object) -> None:
    if not isinstance(root, etree._Element) or not isinstance(root.tag, str):
        raise MigrationError(f"expected the root element of an LHÉO 2.2 document, got {root!r}")
    qname = etree.QName(root)
    if local(root, NS_2_2) in ROOT_NAMES:
        return
    found = f"root <{qname.localname}> in namespace {qname.namespace or '(none)'}"
    if qname.namespace == NS_2_3:
        raise MigrationError(f"the input is already LHÉO 2.3 ({found}); nothing to migrate")
    raise MigrationError(
        f"expected an LHÉO 2.2 document (root lheo, lheo-index or lheo-plus in namespace "
        f"{NS_2_2}); found {found}"
    )


def _zone(name: str | None) -> tzinfo | None:
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise MigrationError(f"unknown time zone {name!r} (expected e.g. 'Europe/Paris')") from exc
