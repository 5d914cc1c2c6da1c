"""State shared by the rules during one migration: options, paths, plans, the changes so far."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import tzinfo
from typing import Any, Literal

import attrs
from lxml import etree

from lheo.migration._report import Action, Change, MigrationWarning, formation_number
from lheo.migration._tree import NS_2_2, NS_2_3, TRACKED, PathIndex, qn, remove

#: A place in the output: an element, or one of its attributes.
Target = tuple[etree._Element, str | None]

#: What a migration run works on. ``document``: a whole document. The streaming migration
#: migrates a flow in parts: ``head`` (the root and ``offres`` without their children, item 1's
#: ``offres/@horodatage-export``), each ``formation``, then the ``rest`` (the root without its
#: formations: the extras around them).
Part = Literal["document", "head", "formation", "rest"]

#: Changes and warnings of one rule are ordered by phase: item 1 reports the export dates it
#: keeps (0), then the ``offres`` attribute it replaces (1), then the dates it moves (2).
PHASES = 3

_DECL_2_3 = f' xmlns="{NS_2_3}"'
_DECL_2_2 = f' xmlns="{NS_2_2}"'
_TRACKED = frozenset(qn(name) for name in TRACKED)


#: A change whose output paths are known once every rule has run: rule, action, source
#: path, target, target path, also, old, new, detail, source XML (a tuple: a flow makes
#: hundreds of thousands).
_Pending = tuple[
    str, Action, "str | None", "Target | None", "str | None", "list[Target] | None",
    "str | None", "str | None", str, "str | None",
]  # fmt: skip


@attrs.frozen(kw_only=True)
class Recorded:
    """What a run recorded, in report order, with each record's order key.

    Attributes:
        changes: the changes.
        change_keys: for each change, ``slot * PHASES + phase``, where ``slot`` is ``0`` for
            the namespace change and ``i + 1`` for ``RULES[i]``: a flow migrated in parts has
            the report of the whole document when the records of its parts (in document
            order) are sorted by key, stably.
        warnings: the warnings.
        warning_keys: the same keys for the warnings.
    """

    changes: list[Change]
    change_keys: list[int]
    warnings: list[MigrationWarning]
    warning_keys: list[int]


class Context:
    """What a rule needs: the options, the input paths and XML of elements, and the report.

    The rules work on one tree in the 2.3 namespace that starts as an exact copy of the input
    (same elements, same positions): input paths are taken on it, positions frozen before a
    rule removes anything (see :meth:`remove`), and output paths at the end.

    Attributes:
        root: the top of the tree the rules work on (a document's root or a formation).
        profile: ``onisep`` or ``generic``.
        niveaux: ``keep`` or ``decret-2019``.
        tz: the time zone for dates, ``None`` for no offset.
        part: what ``root`` is (see :data:`Part`).
        plans: what the rules' ``plan`` hooks resolved on the whole flow, by rule id and
            ``offres`` element (``None``: the ``offres`` of the flow migrated in parts).
        slot: the rule running (``0`` for the namespace change, ``i + 1`` for ``RULES[i]``).
        scratch: what a rule leaves for a later rule of the same run (items 2 and 3 find
            their extras in one pass).
    """

    def __init__(
        self,
        root: etree._Element,
        *,
        profile: str,
        niveaux: str,
        tz: tzinfo | None,
        part: Part = "document",
        root_path: str | None = None,
        origin: Mapping[etree._Element, etree._Element] | None = None,
        plans: Mapping[tuple[str, etree._Element | None], Any] | None = None,
        simple_ns: bool = False,
    ) -> None:
        """Start a run.

        Args:
            root: the top of the tree the rules work on.
            profile: ``onisep`` or ``generic``.
            niveaux: ``keep`` or ``decret-2019``.
            tz: the time zone for dates.
            part: what ``root`` is.
            root_path: the path of ``root`` when it is not a document's root.
            origin: for a tree copied from the input, the input element of each tracked
                element (their XML is taken there); ``None`` when the tree is the input
                parsed again in the 2.3 namespace (its XML is taken on the tree).
            plans: the resolved plans (see ``plans``).
            simple_ns: whether the tree declares the 2.3 namespace on its root and no other
                namespace anywhere (the XML of an element then needs no copy).
        """
        self.root = root
        self.profile = profile
        self.niveaux = niveaux
        self.tz = tz
        self.part: Part = part
        self.plans: dict[tuple[str, etree._Element | None], Any] = dict(plans or {})
        self.slot = 0
        self.scratch: dict[str, Any] = {}
        self._root_path = root_path
        self._origin = origin
        self._simple_ns = simple_ns
        self._sources = PathIndex(root, NS_2_3, root_path)
        self._changes: list[tuple[int, _Pending]] = []
        self._warnings: list[tuple[int, MigrationWarning]] = []
        self._flushed = (0, 0)

    # -- paths and XML of the input ------------------------------------------------------

    def _tracked(self, el: etree._Element) -> bool:
        if self._origin is not None:
            return el in self._origin
        return el.tag in _TRACKED

    def source_path(self, el: etree._Element) -> str | None:
        """Return the input path of an element (``None`` for one the rules do not report on)."""
        return self._sources.path(el) if self._tracked(el) else None

    def parent_path(self) -> str:
        """Return the path of the parent of :attr:`root` (``/lheo/offres`` for a formation)."""
        top = self._sources.path(self.root)
        assert top is not None
        return top.rsplit("/", 1)[0]

    def source_xml(self, el: etree._Element) -> str | None:
        """Return an element as it was in the input, serialized (in the 2.2 namespace).

        Call it before the element changes (the rules take it just before removing it).
        """
        if self._origin is not None:
            src = self._origin.get(el)
            return _serialized(src) if src is not None else None
        if el.tag not in _TRACKED:
            return None
        if self._simple_ns:
            # The only declaration in scope is the one the element needs.
            xml = etree.tostring(el, encoding="unicode", with_tail=False)
        else:
            xml = _serialized(el)
        # The first start tag declares the default namespace; nothing before it can hold
        # that text (attribute values escape their quotes).
        return xml.replace(_DECL_2_3, _DECL_2_2, 1)

    # -- edits ---------------------------------------------------------------------------

    def remove(self, el: etree._Element) -> None:
        """Remove ``el`` from the tree (keeping the layout), its siblings' input paths kept."""
        self._sources.freeze(el)
        remove(el)

    def plan(self, rule: str, offres: etree._Element | None) -> Any:
        """Return the plan of ``rule`` for ``offres`` (or the flow's), ``None`` if none."""
        found = self.plans.get((rule, offres))
        return found if found is not None else self.plans.get((rule, None))

    # -- report --------------------------------------------------------------------------

    def change(
        self,
        rule: str,
        action: Action,
        *,
        source: etree._Element | None,
        target: Target | None,
        old: str | None,
        new: str | None,
        detail: str = "",
        also: list[Target] | None = None,
        source_xml: str | None = None,
        source_path: str | None = None,
        target_path: str | None = None,
        phase: int = 0,
    ) -> None:
        """Record a change; output paths are taken once every rule has run.

        ``target_path`` gives the output path of a target outside the tree (the ``offres`` of
        a formation migrated on its own).
        """
        if source_path is None and source is not None:
            # source_path(), inlined: once per change of the flow.
            origin = self._origin
            if source in origin if origin is not None else source.tag in _TRACKED:
                source_path = self._sources.path(source)
        pending: _Pending = (
            rule, action, source_path, target, target_path, also, old, new, detail, source_xml
        )  # fmt: skip
        self._changes.append((self.slot * PHASES + phase, pending))

    def warn(self, rule: str, el: etree._Element | None, message: str, *, phase: int = 0) -> None:
        """Record a warning about an element (reported at its input path)."""
        path = self.source_path(el) if el is not None else None
        warning = MigrationWarning(rule=rule, path=path, message=message)
        self._warnings.append((self.slot * PHASES + phase, warning))

    def flush(self) -> None:
        """Order the records since the last flush by phase (the engine calls it after a rule).

        Item 1 also calls it after each ``offres``: each has its own export date.
        """
        changes, warnings = self._flushed
        _sort_tail(self._changes, changes)
        _sort_tail(self._warnings, warnings)
        self._flushed = (len(self._changes), len(self._warnings))

    def finish(self) -> Recorded:
        """Take the output paths on the final tree and return what the run recorded."""
        self.flush()
        path = PathIndex(self.root, NS_2_3, self._root_path).path
        # Once per change of the flow: the formation of a formation part is known already.
        top = self._root_path
        number = formation_number(top)
        inside = f"{top}/"
        changes: list[Change] = []
        for _key, pending in self._changes:
            rule, action, source_path, target, target_path, also, old, new, detail, xml = pending
            if target_path is None and target is not None:
                target_path = path(*target)
            if (
                number is not None
                and source_path is not None
                and (source_path == top or source_path.startswith(inside))
            ):
                formation: int | None = number
            else:
                formation = formation_number(source_path)
            changes.append(
                Change(
                    rule=rule,
                    action=action,
                    source_path=source_path,
                    target_path=target_path,
                    old=old,
                    new=new,
                    detail=detail,
                    source_xml=xml,
                    also=tuple(path(*t) for t in also) if also else (),
                    formation=formation,
                )
            )
        return Recorded(
            changes=changes,
            change_keys=[key for key, _ in self._changes],
            warnings=[w for _, w in self._warnings],
            warning_keys=[key for key, _ in self._warnings],
        )


def _sort_tail(records: list[tuple[int, Any]], start: int) -> None:
    """Sort ``records[start:]`` by key, stably (most runs of a rule have one key only)."""
    tail = records[start:]
    if len({key for key, _ in tail}) > 1:
        records[start:] = sorted(tail, key=lambda record: record[0])


def _serialized(el: etree._Element) -> str:
    """An element alone, with only the namespace declarations it uses."""
    alone = copy.deepcopy(el)
    etree.cleanup_namespaces(alone)
    return etree.tostring(alone, encoding="unicode", with_tail=False)
