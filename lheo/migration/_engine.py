"""The 2.2 → 2.3 migration engine: checks the input, runs the rules, builds the report.

The rules (:mod:`lheo.migration._rules`) work on a tree in the 2.3 namespace that starts as an
exact copy of the input (:func:`working_copy`). Two drivers run them:

- :func:`migrate_tree` (and :func:`migrate_working`, which :func:`lheo.migrate` uses) run them
  on a whole document, rule after rule;
- :class:`FlowMigration` runs them on a flow in parts, for the streaming migration: the head
  (root and ``offres``), each formation, then the rest; the records of the parts, in document
  order, sorted stably by their keys, are the report of the whole document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from lxml import etree

from lheo import _xml
from lheo._gc import collector_paused
from lheo.errors import Issue, LheoError, MigrationError
from lheo.migration._context import Context, Part, Recorded
from lheo.migration._report import Change, MigrationReport, MigrationWarning
from lheo.migration._rules import (
    ONISEP_SUFFIX,
    RULES,
    Rule,
    convert_namespace,
    copy_around,
    swap_namespace,
)
from lheo.migration._tree import (
    NS_2_2,
    NS_2_3,
    ROOT_NAMES,
    children,
    iter_named,
    lheo_local,
    local,
    norm,
)
from lheo.versions import Version

Profile = Literal["auto", "onisep", "generic"]
Niveaux = Literal["keep", "decret-2019"]

_BLOCK_TAGS = tuple(f"{{{ns}}}{name}" for ns in (NS_2_2, NS_2_3) for name in ("extra", "extras"))


def is_onisep_extra(el: etree._Element) -> bool:
    """Tell whether an ``extra`` or ``extras`` (2.2 or 2.3) is Onisep's (``info`` ``… ONISEP``)."""
    return lheo_local(el) in ("extra", "extras") and norm(el.get("info")).upper().endswith(
        ONISEP_SUFFIX
    )


def is_onisep_flow(root: etree._Element) -> bool:
    """Tell whether a 2.2 tree carries Onisep extras (an ``info`` ending with ``ONISEP``).

    Args:
        root: root of an LHÉO 2.2 document (or of its copy in the 2.3 namespace).

    Returns:
        ``True`` when the Onisep rules apply under ``profile="auto"``.
    """
    return any(is_onisep_extra(el) for el in root.iter(*_BLOCK_TAGS))


# ---------------------------------------------------------------------------------------
# The tree the rules work on


@attrs.frozen
class Working:
    """The tree the rules work on: the input in the 2.3 namespace, element for element.

    Attributes:
        root: its root.
        origin: when the tree was copied (:func:`~lheo.migration._rules.convert_namespace`),
            the input element of each element the rules report on; ``None`` when it is the
            input parsed again with its namespace swapped.
        simple_ns: whether the tree declares the 2.3 namespace on its root and no other
            namespace anywhere.
    """

    root: etree._Element
    origin: dict[etree._Element, etree._Element] | None
    simple_ns: bool = False


def working_copy(
    root: etree._Element, data: bytes | None = None, *, document: bool = True
) -> Working:
    """Make the tree the rules work on from a 2.2 document (or part), which is not modified.

    The quick way (:func:`~lheo.migration._rules.swap_namespace`) when the document declares
    its namespace simply: its bytes (``data``, or ``root`` serialized) with the 2.3
    namespace declared instead, parsed again. Otherwise a copy, element by element.

    Args:
        root: root of the 2.2 document, or an element of one (a formation).
        data: the bytes ``root`` was parsed from, when the caller has them.
        document: whether ``root`` is a document's root (the comments and processing
            instructions around it are copied too).

    Returns:
        The :class:`Working` tree.
    """
    swapped = swapped_bytes(root, data) if data is not None else None
    if swapped is not None:
        work = parse_swapped(swapped)
        if work is not None:
            return work
    try:
        swapped = swapped_bytes(root, etree.tostring(root, with_tail=False))
    except (ValueError, etree.SerializationError):
        swapped = None
    if swapped is not None:
        work = parse_swapped(swapped, root=local(root, NS_2_2))
        if work is not None:
            if document:
                copy_around(root, work.root)
            return work
    origin: dict[etree._Element, etree._Element] = {}
    return Working(convert_namespace(root, origin, document=document), origin)


def swapped_bytes(root: etree._Element, data: bytes) -> bytes | None:
    """Return a 2.2 document's bytes in the 2.3 namespace when that is all a copy would do.

    Args:
        root: the document's root, parsed from ``data`` (only its declarations are read: the
            tree may be dropped before :func:`parse_swapped` parses the new bytes).
        data: the document's bytes.

    Returns:
        The new bytes (see :func:`~lheo.migration._rules.swap_namespace`), or ``None``.
    """
    docinfo: Any = root.getroottree().docinfo
    if root.getparent() is None and docinfo.doctype:
        return None  # the DOCTYPE is not the migration's output
    # A copy declares the 2.3 namespace first: so must the document, for the same tree.
    if next(iter(root.nsmap), "") is not None:
        return None
    return swap_namespace(data, root)


def parse_swapped(data: bytes, root: str | None = None) -> Working | None:
    """Parse the bytes of :func:`swapped_bytes` into the working tree (``None`` if they fail).

    Args:
        data: the bytes.
        root: the local name their root must have (by default, a document's root).
    """
    try:
        work = _xml.parse_bytes(data, "<migration>").getroot()
    except LheoError:  # an entity node of a tree built by hand, say
        return None
    name = local(work)
    if name not in ROOT_NAMES if root is None else name != root:
        return None
    return Working(work, None, simple_ns=len(work.nsmap) == 1)


# ---------------------------------------------------------------------------------------
# A whole document


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
    check_options(profile, niveaux)
    _check_input(root)
    return migrate_working(
        working_copy(root),
        profile=profile,
        niveaux=niveaux,
        timezone=timezone,
        input_issues=input_issues,
    )


def migrate_working(
    work: Working,
    *,
    profile: str = "auto",
    niveaux: str = "keep",
    timezone: str | None = None,
    input_issues: Sequence[Issue] | None = None,
) -> tuple[etree._Element, MigrationReport]:
    """Migrate the tree :func:`working_copy` made of a checked 2.2 document, in place.

    Args:
        work: the working tree.
        profile: as for :func:`migrate_tree` (checked there).
        niveaux: as for :func:`migrate_tree`.
        timezone: as for :func:`migrate_tree`.
        input_issues: as for :func:`migrate_tree`.

    Returns:
        The migrated root (``work.root``) and the report.
    """
    check_options(profile, niveaux)
    tz = zone(timezone)
    resolved = (
        profile if profile != "auto" else ("onisep" if is_onisep_flow(work.root) else "generic")
    )
    run = _run_in_parts(work, profile=resolved, niveaux=niveaux, tz=tz)
    if run is None:
        run = _run(work, profile=resolved, niveaux=niveaux, tz=tz)
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
    """What the rules did to a whole document: the output tree, the changes and warnings.

    Attributes:
        root: the new 2.3 root.
        changes: the changes, in report order.
        warnings: the warnings, in report order.
        rules_applied: ids of the rules that ran, in order.
    """

    root: etree._Element
    changes: list[Change]
    warnings: list[MigrationWarning]
    rules_applied: list[str]


def _run(work: Working, *, profile: str, niveaux: str, tz: tzinfo | None) -> RulesRun:
    with collector_paused():
        return _run_rules(work, profile=profile, niveaux=niveaux, tz=tz)


def _run_rules(work: Working, *, profile: str, niveaux: str, tz: tzinfo | None) -> RulesRun:
    root = work.root
    ctx = Context(
        root,
        profile=profile,
        niveaux=niveaux,
        tz=tz,
        origin=work.origin,
        simple_ns=work.simple_ns,
    )
    _namespace_change(ctx, root)
    applied = ["ns"]
    for slot, rule in enumerate(RULES, 1):
        if profile not in rule.profiles:
            continue
        ctx.slot = slot
        if rule.scan is not None and rule.plan is not None:
            # Planned at the rule's turn: what the rules before it did is what it sees.
            for offres in iter_named(root, "offres"):
                state = None
                for formation in children(offres, "formation"):
                    state = rule.scan(state, formation, tz)
                ctx.plans[(rule.id, offres)] = rule.plan(state)
        rule.apply(root, ctx)
        ctx.flush()
        if rule.id not in applied:
            applied.append(rule.id)
    recorded = ctx.finish()
    return RulesRun(
        root=root, changes=recorded.changes, warnings=recorded.warnings, rules_applied=applied
    )


def _namespace_change(ctx: Context, root: etree._Element) -> None:
    ctx.change(
        "ns",
        "converted",
        source=None,
        source_path="/" + (local(root) or ""),
        target=(root, None),
        old=NS_2_2,
        new=NS_2_3,
        detail="namespace of every LHÉO element",
    )


_OFFRES = f"{{{NS_2_3}}}offres"
_FORMATION = f"{{{NS_2_3}}}formation"


def _run_in_parts(
    work: Working, *, profile: str, niveaux: str, tz: tzinfo | None
) -> RulesRun | None:
    """Run the rules formation by formation on a flow laid out as LHÉO 2.2 says.

    The report and tree are those of :func:`_run` (the records of the parts sorted by key),
    but each formation's bookkeeping (paths, pending changes) lives only while it is
    migrated. ``None`` for a document laid out otherwise, copied rather than parsed again,
    or whose plans are not settled before the rules run (see
    :attr:`~lheo.migration._rules.ExportPlan.settled`): :func:`_run` migrates those.
    """
    root = work.root
    if work.origin is not None or local(root) != "lheo":
        return None
    layout = flow_layout(root)
    if layout is None:
        return None
    offres, formations = layout
    flow = FlowMigration(
        profile=profile, niveaux=niveaux, tz=tz, root_name="lheo", simple_ns=work.simple_ns
    )
    for formation in formations:
        flow.scan_formation(formation)
    plan = flow.plan()
    if not all(getattr(value, "settled", True) for value in plan.values()):
        return None
    head = flow.migrate_head(root, offres, plan)
    # What the rules did to the head's copies of the root and offres (their attributes).
    for mine, done in ((root, head.root), (offres, head.root[0])):
        mine.attrib.clear()
        mine.attrib.update(done.attrib)
    parts = [head.recorded]
    for number, formation in enumerate(formations, 1):
        parts.append(flow.migrate_formation(formation, number, plan).recorded)
    parts.append(flow.migrate_around(root, offres, plan).recorded)
    return RulesRun(
        root=root,
        changes=_merged([(p.changes, p.change_keys) for p in parts]),
        warnings=_merged([(p.warnings, p.warning_keys) for p in parts]),
        rules_applied=flow.rules_applied,
    )


def flow_layout(
    root: etree._Element,
) -> tuple[etree._Element, list[etree._Element]] | None:
    """The ``offres`` and formations of ``root`` if laid out as 2.2 says (else ``None``).

    ``<lheo>`` holding one ``<offres>`` then extras; ``<offres>`` holding its formations, then
    extras: what the streaming migration reads too.
    """
    found = list(root.iterchildren(etree.Element))
    if not found or found[0].tag != _OFFRES or any(el.tag == _OFFRES for el in found[1:]):
        return None
    offres = found[0]
    formations: list[etree._Element] = []
    after = False
    for el in offres.iterchildren(etree.Element):
        if el.tag != _FORMATION:
            after = True
        elif after:
            return None  # a formation after something else
        else:
            formations.append(el)
    return offres, formations


def _merged(parts: list[tuple[list[Any], list[int]]]) -> list[Any]:
    """Records of parts (in document order) sorted stably by key."""
    buckets: dict[int, list[Any]] = {}
    for records, keys in parts:
        for record, key in zip(records, keys, strict=True):
            buckets.setdefault(key, []).append(record)
    return [record for key in sorted(buckets) for record in buckets[key]]


# ---------------------------------------------------------------------------------------
# A flow in parts


@attrs.frozen(kw_only=True)
class MigratedPart:
    """One part of a flow migrated by :class:`FlowMigration`.

    Attributes:
        root: the migrated part, in the 2.3 namespace: the root (holding only ``offres``)
            for the head, the formation, or the root without its formations for the rest.
        recorded: its changes and warnings, with their order keys.
    """

    root: etree._Element
    recorded: Recorded


class FlowMigration:
    """The rules run on a flow part by part, as the streaming migration needs them.

    A flow is its head (the root and ``offres``, without their children), its formations and
    the rest (the extras after them). A pre-scan shows every formation to the rules that need
    the whole flow (item 1), and every extra to the ``auto`` profile; :meth:`plan` then
    resolves the profile and those rules' plans, and each part is migrated on its own::

        flow = FlowMigration(profile="auto", niveaux="keep", tz=None)
        for el in extras_and_extra:             # the pre-scan
            flow.scan_extra(el)
        for formation in formations:
            flow.scan_formation(formation)
        plan = flow.plan()
        head = flow.migrate_head(root, offres, plan)
        for number, formation in enumerate(formations, 1):
            part = flow.migrate_formation(formation, number, plan)
        rest = flow.migrate_rest(skeleton, plan)

    The changes (and warnings) of ``head``, of every formation in order, then of ``rest``,
    sorted stably by their keys (``part.recorded.change_keys``), are those of
    :func:`migrate_tree` on the whole document, in its order.

    A part is either in the 2.2 namespace (it is copied, and never modified) or comes from
    bytes whose namespace :func:`~lheo.migration._rules.swap_namespace` swapped (it is
    migrated in place, and its input XML is read on it).

    Attributes:
        profile: the profile (``auto`` until :meth:`plan` resolves it).
        niveaux: the niveaux option.
        tz: the time zone of dates.
        rules_applied: ids of the rules that run, in order (known once the profile is).
    """

    def __init__(
        self,
        *,
        profile: str,
        niveaux: str,
        tz: tzinfo | None,
        root_name: str = "lheo",
        simple_ns: bool = False,
    ) -> None:
        """Prepare the migration of one flow.

        Args:
            profile: ``auto`` (resolved by :meth:`plan` from what :meth:`scan_extra` saw),
                ``onisep`` or ``generic``.
            niveaux: ``keep`` or ``decret-2019``.
            tz: the time zone of dates (:func:`zone`), ``None`` for no offset.
            root_name: the local name of the flow's root.
            simple_ns: whether the parts in the 2.3 namespace declare it and nothing else
                (then their input XML is taken without copying them).

        Raises:
            MigrationError: an unknown profile or niveaux option.
        """
        check_options(profile, niveaux)
        self.profile = profile
        self.niveaux = niveaux
        self.tz = tz
        self.root_name = root_name
        self.simple_ns = simple_ns
        self._onisep = False
        self._states: dict[str, Any] = {}
        self._rules: list[tuple[int, Rule]] = []
        self.rules_applied: list[str] = []
        if profile != "auto":
            self._resolve(profile)

    def _resolve(self, profile: str) -> None:
        self.profile = profile
        self._rules = [(slot, r) for slot, r in enumerate(RULES, 1) if profile in r.profiles]
        self.rules_applied = list(dict.fromkeys(["ns", *(r.id for _, r in self._rules)]))

    @property
    def scans_extras(self) -> bool:
        """Whether :meth:`scan_extra` may still matter (``auto``, no Onisep extra seen yet)."""
        return self.profile == "auto" and not self._onisep

    def scan_extra(self, el: etree._Element) -> None:
        """Show an ``extra`` or ``extras`` (2.2 or 2.3, anywhere) to the ``auto`` profile."""
        if not self._onisep and is_onisep_extra(el):
            self._onisep = True

    def scan_formation(self, formation: etree._Element) -> None:
        """Show a formation (2.2 or 2.3, only read) to the rules that need the whole flow."""
        for rule in RULES:
            if rule.scan is not None and rule.plan is not None:
                self._states[rule.id] = rule.scan(self._states.get(rule.id), formation, self.tz)

    def plan(self) -> dict[str, Any]:
        """Resolve the profile and the plans of the flow (by rule id), once all is scanned.

        A plan whose ``settled`` is false (see
        :attr:`~lheo.migration._rules.ExportPlan.settled`) may differ from what
        :func:`migrate_tree` resolves, in flows no one writes.
        """
        if self.profile == "auto":
            self._resolve("onisep" if self._onisep else "generic")
        return {
            rule.id: rule.plan(self._states.get(rule.id))
            for _slot, rule in self._rules
            if rule.scan is not None and rule.plan is not None
        }

    def migrate_head(
        self, root: etree._Element, offres: etree._Element, plan: Mapping[str, Any]
    ) -> MigratedPart:
        """Migrate the head: a new root holding a new ``offres``, attributes migrated.

        Args:
            root: the input's root (only its name, attributes and declarations are read).
            offres: the input's ``offres`` (only its name and attributes are read).
            plan: what :meth:`plan` returned.

        Returns:
            The part: its root is a new root holding a new ``offres`` (and nothing else),
            their attributes those of the output; its records hold the namespace change and
            item 1's ``offres/@horodatage-export``.
        """
        nsmap: Any = root.nsmap
        head = etree.Element(root.tag, _attributes(root), nsmap=nsmap)
        etree.SubElement(head, offres.tag, _attributes(offres))
        work = self._working(head)
        ctx = self._context(work, "head", None, plan)
        _namespace_change(ctx, work.root)
        return self._apply(ctx, [work.root])

    def migrate_formation(
        self, formation: etree._Element, number: int, plan: Mapping[str, Any]
    ) -> MigratedPart:
        """Migrate formation ``number`` (from 1) of the flow.

        Args:
            formation: the formation (2.2: copied; 2.3 from swapped bytes: migrated in place).
            number: its number in the flow, which its paths give (``formation[3]``).
            plan: what :meth:`plan` returned.

        Returns:
            The part: its root is the migrated formation.
        """
        work = self._working(formation)
        path = f"/{self.root_name}/offres/formation[{number}]"
        return self._apply(self._context(work, "formation", path, plan), [work.root])

    def migrate_rest(self, skeleton: etree._Element, plan: Mapping[str, Any]) -> MigratedPart:
        """Migrate what is not the head or a formation: the extras of ``offres`` and the root.

        Args:
            skeleton: the flow's root, its ``offres`` without formations (2.2: copied; 2.3
                from swapped bytes: migrated in place).
            plan: what :meth:`plan` returned.

        Returns:
            The part: its root is the migrated skeleton.
        """
        work = self._working(skeleton)
        return self._apply(self._context(work, "rest", None, plan), [work.root])

    def migrate_around(
        self, root: etree._Element, offres: etree._Element, plan: Mapping[str, Any]
    ) -> MigratedPart:
        """Migrate the rest in place, in a whole 2.3 tree.

        The rest is every element of ``offres`` and ``root`` but the formations and
        ``offres``, and what they hold.

        Args:
            root: the root of a tree from swapped bytes.
            offres: its ``offres``.
            plan: what :meth:`plan` returned.

        Returns:
            The part: its root is ``root``.
        """
        scopes = [el for el in offres.iterchildren(etree.Element) if el.tag != _FORMATION]
        scopes += [el for el in root.iterchildren(etree.Element) if el is not offres]
        work = Working(root, None, simple_ns=self.simple_ns)
        return self._apply(self._context(work, "rest", None, plan), scopes)

    def _working(self, el: etree._Element) -> Working:
        if local(el, NS_2_3) is not None:
            return Working(el, None, simple_ns=self.simple_ns)
        return working_copy(el, document=False)

    def _context(
        self, work: Working, part: Part, root_path: str | None, plan: Mapping[str, Any]
    ) -> Context:
        return Context(
            work.root,
            profile=self.profile,
            niveaux=self.niveaux,
            tz=self.tz,
            part=part,
            root_path=root_path,
            origin=work.origin,
            plans={(rule, None): value for rule, value in plan.items()},
            simple_ns=work.simple_ns,
        )

    def _apply(self, ctx: Context, scopes: list[etree._Element]) -> MigratedPart:
        if self.profile == "auto":
            raise MigrationError("FlowMigration.plan() resolves the profile before any part")
        with collector_paused():
            for slot, rule in self._rules:
                ctx.slot = slot
                for scope in scopes:
                    rule.apply(scope, ctx)
                ctx.flush()
            return MigratedPart(root=ctx.root, recorded=ctx.finish())


def _attributes(el: etree._Element) -> dict[str, str]:
    return {str(key): str(value) for key, value in el.attrib.items()}


# ---------------------------------------------------------------------------------------
# Checks


def check_options(profile: str, niveaux: str) -> None:
    """Refuse an unknown profile or niveaux option with a :class:`MigrationError`."""
    if profile not in ("auto", "onisep", "generic"):
        raise MigrationError(f"unknown profile {profile!r}: use 'auto', 'onisep' or 'generic'")
    if niveaux not in ("keep", "decret-2019"):
        raise MigrationError(f"unknown niveaux option {niveaux!r}: use 'keep' or 'decret-2019'")


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


def zone(name: str | None) -> tzinfo | None:
    """Return the time zone called ``name`` (``None`` for none).

    Raises:
        MigrationError: no such zone.
    """
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise MigrationError(f"unknown time zone {name!r} (expected e.g. 'Europe/Paris')") from exc
