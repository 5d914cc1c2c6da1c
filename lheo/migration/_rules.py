"""The migration rules, one small function per item of ``docs/onisep-2.2-to-2.3.md``.

Each rule takes a tree in the 2.3 namespace (the input parsed again with its namespace swapped,
see :func:`swap_namespace`, or copied by :func:`convert_namespace`) and the
:class:`~lheo.migration._context.Context`; it edits the tree in place and records every change
in the context. Rule ids are the item numbers of the doc's table (``"ns"`` for the namespace
change). Decisions the Onisep list leaves open follow the doc's section "How our migration
resolves what the Onisep list leaves open".

A rule that needs the whole flow (item 1: the export date of every formation) has two more
hooks, run before any rule edits anything: ``scan``, called on each formation of the input,
and ``plan``, which resolves what was scanned; its function then reads the plan from the
context. The in-memory migration scans the formations of its tree; the streaming one scans
them in its pre-scan and migrates the formations one by one (see
:class:`lheo.migration._engine.FlowMigration`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, cast

import attrs
from lxml import etree

from lheo.migration._context import Context, Target
from lheo.migration._items import RULE_TITLES
from lheo.migration._tree import (
    CHILD_ORDER,
    NS_2_2,
    NS_2_3,
    TRACKED,
    children,
    first_position,
    insert_in_order,
    iter_named,
    local,
    norm,
    only_text,
    qn,
    text,
)
from lheo.onisep import ONISEP_BLOCKS, SUFFIX
from lheo.tables import NIVEAUX_2019, NIVEAUX_WITHOUT_EQUIVALENT

#: lxml-stubs declare ``nsmap`` without the ``None`` key of the default namespace.
_NsMap = dict[str, str]

ONISEP_SUFFIX = SUFFIX

#: The export date of a formation, ``DATE EXPORT ONISEP`` (item 1), as the map gives it.
EXPORT_DATE = next(value for block in ONISEP_BLOCKS for value in block.values if value.rule == "1")
_EXPORT_KEY = EXPORT_DATE.keys[0]
_EXPORT_ATTRIBUTE = EXPORT_DATE.attribute or "horodatage-export"


# --------------------------------------------------------------------------- values


@functools.lru_cache(maxsize=4096)
def to_datetime(value: str, tz: tzinfo | None) -> tuple[str, datetime] | None:
    """Read an Onisep date as an ``xs:dateTime``.

    ``YYYYMMDD`` becomes ``YYYY-MM-DDT00:00:00``, with the offset of ``tz`` on that date when
    a time zone is given (``2022-06-30T00:00:00+02:00`` for ``Europe/Paris``). A value that is
    already an ``xs:dateTime`` is kept as it is.

    Args:
        value: the text of the extra.
        tz: time zone for the offset, or ``None``.

    Returns:
        The ``xs:dateTime`` text and a naive UTC sort key; ``None`` if unreadable, or if the
        zone's offset that day has seconds (local mean time), which ``xs:dateTime`` cannot hold.
    """
    text = value.strip()
    if re.fullmatch(r"\d{8}", text):
        try:
            midnight = datetime(int(text[:4]), int(text[4:6]), int(text[6:]), tzinfo=tz)
        except ValueError:
            return None
        shift = midnight.utcoffset()
        if shift is not None and shift.seconds % 60:
            # Local mean time offsets (before ~1911) have seconds, which xs:dateTime cannot hold.
            return None
        return midnight.isoformat(), _sort_key(midnight)
    m = _XS_DATETIME.fullmatch(text)
    if m is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
        stamp = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    offset = m.group(8)
    if offset and offset != "Z":
        sign = -1 if offset[0] == "-" else 1
        hours, minutes = int(offset[1:3]), int(offset[4:6])
        # xs:dateTime offsets stop at ±14:00 (so -14:21 is out, as is 15:00).
        if minutes > 59 or hours * 60 + minutes > 14 * 60:
            return None
        stamp = stamp.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
    elif offset == "Z":
        stamp = stamp.replace(tzinfo=timezone.utc)
    return text, _sort_key(stamp)


_XS_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?"
)


def _sort_key(stamp: datetime) -> datetime:
    if stamp.tzinfo is None:
        return stamp
    return stamp.astimezone(timezone.utc).replace(tzinfo=None)


def to_uri(value: str, tz: tzinfo | None = None) -> tuple[str, None] | None:
    """Read an Onisep URI (``content://…``) as an ``xs:anyURI``.

    Args:
        value: the text of the extra.
        tz: unused (same signature as :func:`to_datetime`).

    Returns:
        The URI and no sort key, or ``None`` when empty, holding white space, a bad ``%``
        escape, several ``#`` or a broken ``[…]`` host (what XSD validators reject).
    """
    text = value.strip()
    if not text or _SPACE.search(text) or _BAD_ESCAPE.search(text):
        return None
    scheme = _SCHEME.match(text)
    if scheme is None and re.match(r"[^/?#]*:", text):
        return None
    if not _RELATIVE_PART.fullmatch(text[scheme.end() :] if scheme else text):
        return None
    return text, None


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_SPACE = re.compile(r"\s")  # what str.isspace() says is white space
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")

# RFC 3986 hier-part/relative-part, query and fragment: the shape XSD validators check for
# xs:anyURI ("[" and "]" only around an IP-literal host, digits only in a port, one "#").
_RELATIVE_PART = re.compile(
    r"""
    (?:
        //(?:[^/?#@\[\]]*@)?(?:\[[0-9A-Fa-f:.]+\]|[^/?#@\[\]:]*)(?::[0-9]+)?
        (?:/[^?#\[\]]*)?
      | (?!//)[^?#\[\]]*
    )
    (?:\?[^#\[\]]*)?
    (?:\#[^#\[\]]*)?
    """,
    re.VERBOSE,
)


# --------------------------------------------------------------------------- ns


def convert_namespace(
    input_root: etree._Element,
    origin: dict[etree._Element, etree._Element] | None = None,
    *,
    document: bool = True,
) -> etree._Element:
    """Rule ``ns``: build a new tree, every 2.2 element moved into the 2.3 namespace.

    The 2.3 namespace becomes the default one; other declarations (``xsi``…), attributes
    (``xsi:schemaLocation`` included, kept as it is), comments and processing instructions are
    copied. The input is only read. Elements of other namespaces (inside ``extra``) are copied
    unchanged. The general way; :func:`swap_namespace` is the quick one.

    Args:
        input_root: the element to copy (a document's root, or a formation).
        origin: filled with the input element of each copied element the rules report on.
        document: whether ``input_root`` is a document's root (its comments and processing
            instructions around it are copied too).

    Returns:
        The copy's top element.
    """
    root_nsmap: dict[str | None, str] = {None: NS_2_3}
    for prefix, uri in input_root.nsmap.items():
        if prefix is not None and uri != NS_2_2:
            root_nsmap[prefix] = uri
    out = etree.Element(
        _new_tag(input_root.tag), _new_attrib(input_root), nsmap=cast(_NsMap, root_nsmap)
    )
    out.text = input_root.text
    track = origin if origin is not None else {}
    if local(input_root, NS_2_2) in TRACKED:
        track[out] = input_root
    stack = [(input_root, out)]
    while stack:
        src, dst = stack.pop()
        for child in src:
            made: etree._Element
            if isinstance(child, etree._Comment):
                made = etree.Comment(child.text)
            elif isinstance(child, etree._ProcessingInstruction):
                made = etree.ProcessingInstruction(child.target, child.text or "")
            elif isinstance(child, etree._Entity):
                made = etree.Entity(child.name)
            else:
                name = local(child, NS_2_2)
                attrib = _new_attrib(child)
                # Declarations only matter for foreign elements and namespaced attributes.
                if name is None or any(key.startswith("{") for key in attrib):
                    nsmap = cast(_NsMap, _new_nsmap(child, dst))
                    made = etree.SubElement(dst, _new_tag(child.tag), attrib, nsmap=nsmap)
                else:
                    made = etree.SubElement(dst, _PREFIX_2_3 + name, attrib)
                made.text = child.text
                if name in TRACKED:
                    track[made] = child
                stack.append((child, made))
            if made.getparent() is None:
                dst.append(made)
            made.tail = child.tail
    if document:
        copy_around(input_root, out)
    return out


def copy_around(input_root: etree._Element, out: etree._Element) -> None:
    """Copy the comments and processing instructions around a document's root to ``out``."""
    for sibling in input_root.itersiblings(preceding=True):
        if isinstance(sibling, (etree._Comment, etree._ProcessingInstruction)):
            out.addprevious(_copy_misc(sibling))
    for sibling in reversed(list(input_root.itersiblings())):
        if isinstance(sibling, (etree._Comment, etree._ProcessingInstruction)):
            out.addnext(_copy_misc(sibling))


#: The 2.2 namespace declared as the default one (``xmlns = '…'`` is XML too).
DEFAULT_2_2 = re.compile(rb"""xmlns\s*=\s*(["'])http://www\.lheo\.org/2\.2\1""")


def swap_namespace(data: bytes, root: etree._Element) -> bytes | None:
    """Rule ``ns`` the quick way: the document's bytes with the 2.3 namespace declared instead.

    Parsed, they give the tree :func:`convert_namespace` builds, at a fraction of the cost,
    when the document declares the 2.2 namespace once, as the default namespace of its root,
    and no namespace below its root: this is checked, and anything else gives ``None``.

    Args:
        data: the document's bytes.
        root: the root of those bytes, parsed.

    Returns:
        The new bytes, or ``None`` when the document is not so simple.
    """
    nsmap = root.nsmap
    if nsmap.get(None) != NS_2_2 or any(p is not None and u == NS_2_2 for p, u in nsmap.items()):
        return None
    # Each declaration of the root is one "xmlns" in the bytes: if there is no other one,
    # nothing below the root declares anything (and no text can be taken for one).
    if data.count(b"xmlns") != len(nsmap):
        return None
    found = DEFAULT_2_2.search(data)
    if found is None:  # written with character references
        return None
    return data[: found.start()] + f'xmlns="{NS_2_3}"'.encode() + data[found.end() :]


_PREFIX_2_3 = "{" + NS_2_3 + "}"


def _new_tag(tag: object) -> str:
    assert isinstance(tag, str)
    if tag.startswith("{" + NS_2_2 + "}"):
        return qn(tag[len(NS_2_2) + 2 :])
    return tag


def _new_attrib(el: etree._Element) -> dict[str, str]:
    if not len(el.attrib):
        return {}
    return {_new_tag(k): text(v) for k, v in el.attrib.items()}


def _new_nsmap(el: etree._Element, new_parent: etree._Element) -> dict[str | None, str]:
    tag = el.tag
    assert isinstance(tag, str)
    kept: dict[str | None, str] = {
        p: u for p, u in el.nsmap.items() if u != NS_2_2 and p is not None
    }
    if local(el, NS_2_2) is None:
        default = el.nsmap.get(None)
        if tag.startswith("{") and default is not None and default != NS_2_2:
            kept[None] = default
        elif not tag.startswith("{") and new_parent.nsmap.get(None):
            # An element of no namespace must undeclare the 2.3 default namespace.
            kept[None] = ""
    return kept


def _copy_misc(node: etree._Element) -> etree._Element:
    if isinstance(node, etree._Comment):
        return etree.Comment(node.text)
    assert isinstance(node, etree._ProcessingInstruction)
    return etree.ProcessingInstruction(node.target, node.text or "")


# --------------------------------------------------------------------------- item 1


@attrs.frozen
class ExportPlan:
    """Item 1 resolved on the whole flow: the ``horodatage-export`` of its ``offres``.

    Attributes:
        chosen: the ``horodatage-export`` of the flow, ``None`` when no formation has a
            readable ``DATE EXPORT ONISEP``.
        offres_change: whether this run reports the replacement of an ``horodatage-export``
            already on ``offres`` (only one run of a flow should).
        distinct: the different readable export dates of the flow (raw text, sorted): more
            than one gives a warning.
        settled: whether the plan holds whatever the rules before item 1 do. They only
            remove elements (item 14), which can change the text of an export date only when
            it holds elements: such a date (absurd, and unreadable) unsettles the plan, and the
            in-memory migration then plans at item 1's turn, on the whole document.
    """

    chosen: str | None
    offres_change: bool = False
    distinct: tuple[str, ...] = ()
    settled: bool = True


@attrs.define
class ExportScan:
    """What the ``scan`` of item 1 found so far: the latest export date, every raw value."""

    latest: tuple[str, datetime] | None = None
    distinct: set[str] = attrs.field(factory=set)
    holds_elements: bool = False


def scan_export_dates(
    state: ExportScan | None, formation: etree._Element, tz: tzinfo | None
) -> ExportScan:
    """Item 1's ``scan``: note the readable ``DATE EXPORT ONISEP`` of a formation.

    Args:
        state: what the previous formations gave, ``None`` for the first one.
        formation: a formation (2.2 or 2.3 namespace), only read.
        tz: the time zone of dates.

    Returns:
        The new state.
    """
    state = state if state is not None else ExportScan()
    for extra in _export_extras(formation):
        raw = only_text(extra)
        if raw is None:
            state.holds_elements = True
            continue
        parsed = to_datetime(raw, tz)
        if parsed is None:
            continue
        # The first of the latest dates wins, as max() would have it.
        if state.latest is None or parsed[1] > state.latest[1]:
            state.latest = parsed
        state.distinct.add(raw)
    return state


def plan_export(state: ExportScan | None) -> ExportPlan:
    """Item 1's ``plan``: the ``horodatage-export`` of the flow, from every formation's scan."""
    if state is None:
        return ExportPlan(None)
    settled = not state.holds_elements
    if state.latest is None:
        return ExportPlan(None, settled=settled)
    distinct = tuple(sorted(state.distinct))
    return ExportPlan(state.latest[0], offres_change=True, distinct=distinct, settled=settled)


def _export_extras(formation: etree._Element) -> list[etree._Element]:
    """The extras item 1 reads: ``formation/extras/extra[@info='DATE EXPORT ONISEP']``.

    In either namespace: the streaming migration scans the 2.2 input.
    """
    return [
        extra
        for block in formation.iterchildren(*_BOTH_EXTRAS)
        for extra in block.iterchildren(*_BOTH_EXTRA)
        if _info(extra) == _EXPORT_KEY
    ]


_BOTH_EXTRAS = (f"{{{NS_2_2}}}extras", qn("extras"))
_BOTH_EXTRA = (f"{{{NS_2_2}}}extra", qn("extra"))


def set_export_timestamp(root: etree._Element, ctx: Context) -> None:
    """Item 1: the ``DATE EXPORT ONISEP`` extras of the formations → ``offres/@horodatage-export``.

    Every formation of a 2.2 flow repeats the export date; 2.3 has one attribute on ``offres``.
    Equal values give that value; different values give the latest, with a warning. An
    unreadable date is kept as an extra, with a warning. The date is the plan of the flow
    (:func:`scan_export_dates` on each formation, then :func:`plan_export`): in a document,
    each ``offres`` has its own.
    """
    if ctx.part == "formation":
        _export_in_formation(root, ctx, _plan_of(ctx, None), ctx.parent_path())
    elif ctx.part == "head":
        for offres in iter_named(root, "offres"):
            _export_on_offres(offres, ctx, _plan_of(ctx, None))
    elif ctx.part == "document":
        for offres in iter_named(root, "offres"):
            plan = _plan_of(ctx, offres)
            for formation in children(offres, "formation"):
                _export_in_formation(formation, ctx, plan, (offres, _EXPORT_ATTRIBUTE))
            _export_on_offres(offres, ctx, plan)
            ctx.flush()


def _plan_of(ctx: Context, offres: etree._Element | None) -> ExportPlan:
    plan = ctx.plan("1", offres)
    return plan if isinstance(plan, ExportPlan) else ExportPlan(None)


def _export_in_formation(
    formation: etree._Element, ctx: Context, plan: ExportPlan, offres: Target | str
) -> None:
    """Item 1 in a formation: its export dates leave (or stay, unreadable) for ``offres``."""
    for extra in _export_extras(formation):
        raw = only_text(extra)
        parsed = to_datetime(raw, ctx.tz) if raw is not None else None
        if raw is None or parsed is None:
            _keep_unreadable(ctx, "1", extra, raw, "export date")
            continue
        chosen = plan.chosen
        if chosen is None:  # not in the plan (a plan made on other formations)
            continue
        detail = "" if parsed[0] == chosen else f"superseded by the latest export date {chosen}"
        ctx.change(
            "1",
            "converted",
            source=extra,
            target=offres if not isinstance(offres, str) else None,
            target_path=f"{offres}/@{_EXPORT_ATTRIBUTE}" if isinstance(offres, str) else None,
            old=raw,
            new=chosen,
            detail=detail,
            source_xml=ctx.source_xml(extra),
            phase=2,
        )
        ctx.remove(extra)


def _export_on_offres(offres: etree._Element, ctx: Context, plan: ExportPlan) -> None:
    """Item 1 on ``offres``: its ``horodatage-export``, and a warning if the dates differ."""
    chosen = plan.chosen
    if chosen is None:
        return
    if len(plan.distinct) > 1:
        ctx.warn("1", offres, export_dates_message(list(plan.distinct), chosen), phase=1)
    existing = offres.get(_EXPORT_ATTRIBUTE)
    if existing is not None and existing != chosen and plan.offres_change:
        ctx.change(
            "1",
            "converted",
            source=None,
            source_path=f"{ctx.source_path(offres) or ''}/@{_EXPORT_ATTRIBUTE}",
            target=(offres, _EXPORT_ATTRIBUTE),
            old=existing,
            new=chosen,
            detail="replaced by the export date of the formations",
            phase=1,
        )
    offres.set(_EXPORT_ATTRIBUTE, chosen)


def export_dates_message(distinct: list[str], chosen: str) -> str:
    """Return the warning given when the formations carry different export dates."""
    return (
        f"the formations carry {len(distinct)} different DATE EXPORT ONISEP values "
        f"({', '.join(distinct)}); horodatage-export takes the latest, {chosen}"
    )


# --------------------------------------------------------------------------- items 2 and 3


#: Reads the text of an extra: the attribute value and a sort key, or ``None`` if unreadable.
Reader = Callable[[str, tzinfo | None], tuple[str, object] | None]

_EXTRAS_23 = qn("extras")
_EXTRA_23 = qn("extra")

#: Where items 3 and 2 take their values, from the map (:data:`lheo.onisep.ONISEP_BLOCKS`,
#: shared with the views): by block tag and ``info``, each block's owner (``None``: any) and
#: the extras moved, by ``info``: the rule, the attribute, and whether it goes on the owner.
_LIFTS: dict[tuple[str, str], list[tuple[str | None, dict[str, tuple[str, str, bool]]]]] = {}
for _block in ONISEP_BLOCKS:
    _moved = {
        value.keys[0]: (value.rule, value.attribute, value.where == "owner")
        for value in _block.values
        if value.rule in ("2", "3") and value.attribute is not None
    }
    if _moved:
        _LIFTS.setdefault((qn(_block.tag), _block.info), []).append((_block.owner, _moved))


def _info(el: etree._Element) -> str:
    """The ``info`` of an extra, white space collapsed (``""`` for none)."""
    raw = el.get("info")
    return _normed(raw) if raw is not None else ""


# A flow repeats a few info values many times: each is collapsed once.
_normed = functools.lru_cache(maxsize=1024)(norm)

#: An extra to lift: the extra, the attribute it becomes, the elements that get it.
_Lift = tuple[etree._Element, str, list[etree._Element]]


def _find_lifts(root: etree._Element) -> tuple[list[_Lift], list[_Lift]]:
    """Find, in one pass over the Onisep blocks, the extras items 3 and 2 lift (in order).

    Item 3 runs before item 2 and removes only ``URI`` extras, which are neither blocks nor
    ``DATE`` extras: what item 2 finds after it is what this pass finds before it.
    """
    uris: list[_Lift] = []
    dates: list[_Lift] = []
    for block in root.iter(_EXTRAS_23, _EXTRA_23):
        blocks = _LIFTS.get((str(block.tag), _info(block)))
        if not blocks:
            continue
        parent = block.getparent()
        owner_name = local(parent) if parent is not None else None
        # The block of this owner, else the block of any owner.
        moved = next((m for owner, m in blocks if owner == owner_name), None) or next(
            (m for owner, m in blocks if owner is None), None
        )
        if moved is None:
            continue
        alone: list[etree._Element] = [block]
        both = alone if parent is None else [parent, block]
        for extra in block.iterchildren(_EXTRA_23):
            lifted = moved.get(_info(extra))
            if lifted is not None:
                rule, attribute, onto_owner = lifted
                found = uris if rule == "3" else dates
                found.append((extra, attribute, both if onto_owner else alone))
    return uris, dates


def lift_uris(root: etree._Element, ctx: Context) -> None:
    """Item 3: ``URI …`` extras → ``uri`` attributes of the block (and of its owner element).

    ``URI ETA ORG ONISEP`` goes on ``organisme-formation-responsable`` and its ``ETAB ONISEP``
    block; ``URI ORG ORG ONISEP`` on the ``ORGANISME ONISEP`` block, whose ``ORG_ID ORG
    ONISEP`` stays an extra. The extras of item 2 are found in the same pass.
    """
    uris, dates = _find_lifts(root)
    ctx.scratch.setdefault("2", {})[root] = dates
    for extra, attribute, targets in uris:
        _lift_one(ctx, "3", extra, attribute, targets, to_uri)


def lift_dates(root: etree._Element, ctx: Context) -> None:
    """Item 2: ``DATE CREATION …``/``DATE MODIFICATION …`` extras → ``horodatage-*`` attributes.

    The values go on the Onisep block and, for ``lieu-de-formation`` and ``action``, on the
    element owning it; the extras are removed. Unreadable dates stay as extras, reported.
    """
    found = ctx.scratch.get("2", {}).pop(root, None)
    dates = found if found is not None else _find_lifts(root)[1]
    for extra, attribute, targets in dates:
        _lift_one(ctx, "2", extra, attribute, targets, to_datetime)


def _lift_one(
    ctx: Context,
    rule: str,
    extra: etree._Element,
    attribute: str,
    targets: list[etree._Element],
    read: Reader,
) -> None:
    raw = only_text(extra)
    parsed = read(raw, ctx.tz) if raw is not None else None
    if raw is None or parsed is None:
        _keep_unreadable(ctx, rule, extra, raw, "date" if rule == "2" else "URI")
        return
    value = parsed[0]
    clash = [t.get(attribute) for t in targets if t.get(attribute) not in (None, value)]
    if clash:
        ctx.change(
            rule, "kept", source=extra, target=(extra, None), old=raw, new=raw,
            detail=f"{attribute} already set to {clash[0]}",
        )  # fmt: skip
        ctx.warn(rule, extra, f"{attribute} already set to {clash[0]!r}; extra {raw!r} kept")
        return
    for target in targets:
        target.set(attribute, value)
    also: list[Target] = [(t, attribute) for t in targets[1:]]
    ctx.change(
        rule,
        "converted",
        source=extra,
        target=(targets[0], attribute),
        also=also,
        old=raw,
        new=value,
        source_xml=ctx.source_xml(extra),
    )
    ctx.remove(extra)


def _keep_unreadable(
    ctx: Context, rule: str, extra: etree._Element, raw: str | None, what: str
) -> None:
    shown = raw if raw is not None else etree.tostring(extra, encoding="unicode", with_tail=False)
    ctx.change(
        rule, "kept", source=extra, target=(extra, None), old=raw, new=raw,
        detail=f"unreadable {what}, extra kept unchanged",
    )  # fmt: skip
    ctx.warn(rule, extra, f"unreadable {what} {shown!r} in {norm(extra.get('info'))!r}; extra kept")


# --------------------------------------------------------------------------- items 4 to 7


def check_code_lengths(root: etree._Element, ctx: Context) -> None:
    """Item 4: ``code-CERTIFINFO`` (and ``code-RNCP``, PEL-39) now take up to 10 characters.

    2.3 only widens these types, so nothing is converted; a longer value (which a lenient 2.2
    input may carry) is kept and reported, never cut.
    """
    for el in iter_named(root, "code-CERTIFINFO", "code-RNCP"):
        text = el.text or ""
        if len(text) > 10:
            ctx.warn("4", el, f"{local(el)} {text!r} is longer than the 10 characters of 2.3; kept")


def relax_organisme_formateur(root: etree._Element, ctx: Context) -> None:
    """Item 5: ``organisme-formateur`` and ``lieu-de-formation`` become 0..n in ``action``.

    Only cardinalities widen: a 2.2 flow already fits, nothing to convert.
    """


def no_siret_lieu_formation(root: etree._Element, ctx: Context) -> None:
    """Item 6: ``SIRET-lieu-formation`` is new in 2.3 and a 2.2 flow has no value for it.

    Not invented; :func:`lheo.migration.add_siret_lieu_formation` adds it (SIRET checked).
    """


def no_code_uai(root: etree._Element, ctx: Context) -> None:
    """Item 7: the ``code-UAI-*`` wrappers are new in 2.3 and a 2.2 flow has no value for them.

    Not invented; :func:`lheo.migration.add_code_uai` adds one (UAI checked).
    """


# --------------------------------------------------------------------------- item 8


def move_denomination(root: etree._Element, ctx: Context) -> None:
    """Item 8: the ``ligne`` children of a ``coordonnees`` placed before its ``adresse`` → name.

    They move into ``adresse/denomination`` (first child of ``adresse``), joined with a space.
    Over 255 characters, or when ``adresse`` already has a ``denomination``, nothing moves and
    a warning says why. No ``adresse``: nothing moves.
    """
    for coordonnees in iter_named(root, "coordonnees"):
        lignes: list[etree._Element] = []
        adresse: etree._Element | None = None
        for child in coordonnees:
            name = local(child)
            if name == "adresse":
                adresse = child
                break
            if name == "ligne":
                lignes.append(child)
        if adresse is None or not lignes:
            continue
        texts = [only_text(ligne) for ligne in lignes]
        name_text = " ".join(t for t in texts if t)
        problem = ""
        if any(t is None for t in texts):
            problem = "a ligne holds elements"
        elif not name_text:
            problem = "the lignes are empty"
        elif len(name_text) > 255:
            problem = f"the name has {len(name_text)} characters, more than the 255 of denomination"
        elif children(adresse, "denomination"):
            problem = "adresse already has a denomination"
        attrib: dict[str, str] = {}
        for ligne in lignes:
            for key, val in ligne.attrib.items():
                key, val = text(key), text(val)
                if attrib.setdefault(key, val) != val:
                    problem = problem or f"the lignes carry different {key} attributes"
        if problem:
            for ligne, value in zip(lignes, texts, strict=True):
                ctx.change(
                    "8", "kept", source=ligne, target=(ligne, None), old=value, new=value,
                    detail=f"not moved into denomination: {problem}",
                )  # fmt: skip
            ctx.warn("8", coordonnees, f"lignes not moved into adresse/denomination: {problem}")
            continue
        denomination = etree.Element(qn("denomination"), attrib)
        denomination.text = name_text
        first_position(adresse, denomination)
        for ligne, value in zip(lignes, texts, strict=True):
            ctx.change(
                "8",
                "moved" if len(lignes) == 1 else "converted",
                source=ligne,
                target=(denomination, None),
                old=value,
                new=name_text,
                detail="" if len(lignes) == 1 else f"{len(lignes)} lignes joined with a space",
                source_xml=ctx.source_xml(ligne),
            )
            ctx.remove(ligne)


# --------------------------------------------------------------------------- item 9

_YEARS = re.compile(r"\s*(\d+)\s*(?:an|ans|année|années|annee|annees)\s*", re.IGNORECASE)


def add_duree_cycle(root: etree._Element, ctx: Context) -> None:
    """Item 9: ``duree-cycle`` added when ``duree-indicative`` reads as whole years.

    ``"1 an"``, ``"2 ans"``, ``"3 années"`` (any case) give ``duree-cycle`` 1, 2, 3, placed where
    the 2.3 ``action`` sequence wants it (after ``url-action``, before ``session``);
    ``duree-indicative`` stays.
    """
    for action in iter_named(root, "action"):
        for duree in children(action, "duree-indicative"):
            m = _YEARS.fullmatch(duree.text or "")
            if m is None or int(m.group(1)) < 1:
                continue
            years = str(int(m.group(1)))
            present = children(action, "duree-cycle")
            if present:
                if (present[0].text or "").strip() != years:
                    ctx.warn("9", duree, f"duree-cycle already present ({present[0].text!r}); kept")
                continue
            cycle = etree.Element(qn("duree-cycle"))
            cycle.text = years
            insert_in_order(action, cycle, CHILD_ORDER["action"])
            ctx.change(
                "9", "added", source=duree, target=(cycle, None), old=(duree.text or "").strip(),
                new=years, detail="duree-indicative kept",
            )  # fmt: skip


# --------------------------------------------------------------------------- items 10 to 12


def no_cycle(root: etree._Element, ctx: Context) -> None:
    """Item 10: ``session/cycle`` is new in 2.3; a 2.2 flow cannot say it, nothing is invented.

    :func:`lheo.migration.add_cycle` adds one (``dict-type-cycle`` checked).
    """


def no_enseignement(root: etree._Element, ctx: Context) -> None:
    """Item 11: ``action/enseignement`` is new in 2.3; nothing is invented.

    :func:`lheo.migration.add_enseignement` adds one (``dict-type-enseignement`` checked).
    """


def check_langue_formation(root: etree._Element, ctx: Context) -> None:
    """Item 12: ``langue-formation`` goes from 0..1 to 0..5: nothing to convert.

    More than 5 (only possible in a lenient input) are kept and reported.
    """
    for action in iter_named(root, "action"):
        langues = children(action, "langue-formation")
        if len(langues) > 5:
            ctx.warn("12", langues[5], f"{len(langues)} langue-formation, 2.3 allows 5; kept")


# --------------------------------------------------------------------------- item 13

# The décret of 8 January 2019, old key → new key: the public table of lheo.tables.


def map_niveaux(root: etree._Element, ctx: Context) -> None:
    """Item 13: with ``niveaux="decret-2019"``, old ``dict-niveaux`` keys → the new ones.

    4→13, 5→14, 6→15, 7→16, 8→17 in ``code-niveau-entree``/``code-niveau-sortie`` (the only
    elements using ``dict-niveaux``). 2 and 3 have no equivalent: kept, reported; 0, 1 and the
    new keys stay. With ``niveaux="keep"`` (the default) nothing changes.
    """
    if ctx.niveaux != "decret-2019":
        return
    for el in iter_named(root, "code-niveau-entree", "code-niveau-sortie"):
        old = (el.text or "").strip()
        if old in NIVEAUX_2019:
            new = NIVEAUX_2019[old]
            el.text = new
            detail = "niveau I: 17, or 18 for a doctorate" if old == "8" else ""
            ctx.change(
                "13", "converted", source=el, target=(el, None), old=old, new=new, detail=detail
            )
        elif old in NIVEAUX_WITHOUT_EQUIVALENT:
            ctx.change(
                "13", "kept", source=el, target=(el, None), old=old, new=old,
                detail="no equivalent in the 2019 nomenclature",
            )  # fmt: skip
            ctx.warn("13", el, f"niveau {old} has no equivalent in the 2019 nomenclature; kept")


# --------------------------------------------------------------------------- item 14


def remove_date_information(root: etree._Element, ctx: Context) -> None:
    """Item 14: ``date-information`` (open days) and its children are removed (Onisep flows)."""
    for el in list(iter_named(root, "date-information")):
        _remove_reported(ctx, el, "open days are not carried by Onisep 2.3 flows")


def remove_empty_code_rncp(root: etree._Element, ctx: Context) -> None:
    """Item 14: an empty ``code-RNCP`` is removed (2.2 and 2.3 both require 1 to 10 characters).

    Onisep 2.2 flows carried ``<code-RNCP></code-RNCP>`` when there was no RNCP code; the 2.3
    grammar rejects it, so every profile removes it.
    """
    for el in list(iter_named(root, "code-RNCP")):
        if only_text(el) == "":
            _remove_reported(ctx, el, "empty code-RNCP: no RNCP code")


def _remove_reported(ctx: Context, el: etree._Element, detail: str) -> None:
    content = ctx.source_xml(el) or etree.tostring(el, encoding="unicode", with_tail=False)
    ctx.change("14", "removed", source=el, target=None, old=content, new=None, detail=detail)
    ctx.remove(el)


# --------------------------------------------------------------------------- registry


#: A ``scan`` hook: ``(state so far or None, a formation, time zone) -> new state``.
Scan = Callable[[Any, etree._Element, tzinfo | None], Any]


@attrs.frozen
class Rule:
    """A migration rule: its id (item number of the doc), title, profiles and function.

    Attributes:
        id: the item number of the doc (``"14"`` has two rules).
        title: what it does, for the report's summary.
        profiles: the profiles it runs in.
        apply: ``apply(tree, ctx)`` edits the tree and records its changes in the context.
        scan: for a rule that needs the whole flow, called on every formation (in the input
            namespace, only read) before the rule runs, with the state it returned for the
            previous formation (``None`` first).
        plan: turns the last state of ``scan`` into the plan ``apply`` reads with
            ``ctx.plan(rule.id, offres)``. Both hooks run on every formation of each
            ``offres`` of a document, or on every formation of a streamed flow.
    """

    id: str
    title: str
    profiles: frozenset[str]
    apply: Callable[[etree._Element, Context], None]
    scan: Scan | None = None
    plan: Callable[[Any], Any] | None = None


_BOTH = frozenset({"onisep", "generic"})
_ONISEP = frozenset({"onisep"})


def _rule(
    rule_id: str,
    profiles: frozenset[str],
    apply: Callable[[etree._Element, Context], None],
    scan: Scan | None = None,
    plan: Callable[[Any], Any] | None = None,
) -> Rule:
    return Rule(rule_id, RULE_TITLES[rule_id], profiles, apply, scan, plan)


#: The rules after the namespace change, in the order they run.
RULES: tuple[Rule, ...] = (
    _rule("14", _ONISEP, remove_date_information),
    _rule("14", _BOTH, remove_empty_code_rncp),
    _rule("1", _ONISEP, set_export_timestamp, scan_export_dates, plan_export),
    _rule("3", _ONISEP, lift_uris),
    _rule("2", _ONISEP, lift_dates),
    _rule("8", _ONISEP, move_denomination),
    _rule("9", _ONISEP, add_duree_cycle),
    _rule("13", _BOTH, map_niveaux),
    _rule("4", _BOTH, check_code_lengths),
    _rule("5", _BOTH, relax_organisme_formateur),
    _rule("6", _BOTH, no_siret_lieu_formation),
    _rule("7", _BOTH, no_code_uai),
    _rule("10", _BOTH, no_cycle),
    _rule("11", _BOTH, no_enseignement),
    _rule("12", _BOTH, check_langue_formation),
)
