"""State shared by the rules during one migration: options, origins, pending changes."""

from __future__ import annotations

import copy
from datetime import tzinfo

import attrs
from lxml import etree

from lheo.migration._report import Action, Change, MigrationWarning
from lheo.migration._tree import NS_2_2, NS_2_3, PathIndex

#: A place in the output: an element, or one of its attributes.
Target = tuple[etree._Element, str | None]


@attrs.define(kw_only=True)
class _Pending:
    rule: str
    action: Action
    source_path: str | None
    target: Target | None
    also: list[Target]
    old: str | None
    new: str | None
    detail: str
    source_xml: str | None


@attrs.define(kw_only=True)
class Context:
    """What a rule needs: the options, where output elements come from, and the report so far.

    Attributes:
        input_root: the 2.2 root (read only).
        profile: ``onisep`` or ``generic``.
        niveaux: ``keep`` or ``decret-2019``.
        tz: the time zone for dates, ``None`` for no offset.
        origin: output element → the input element it was copied from (only the kinds of
            elements the rules report on, see ``TRACKED``).
    """

    input_root: etree._Element
    profile: str
    niveaux: str
    tz: tzinfo | None
    origin: dict[etree._Element, etree._Element] = attrs.field(factory=dict)
    _input_paths: PathIndex | None = None
    _pending: list[_Pending] = attrs.field(factory=list)
    warnings: list[MigrationWarning] = attrs.field(factory=list)

    def source_path(self, el: etree._Element) -> str | None:
        """Return the input path of an output element (``None`` if it has no tracked origin)."""
        src = self.origin.get(el)
        if src is None:
            return None
        if self._input_paths is None:
            self._input_paths = PathIndex(self.input_root, NS_2_2)
        return self._input_paths.path(src)

    def source_xml(self, el: etree._Element) -> str | None:
        """Return the input element an output element comes from, serialized (2.2 namespace)."""
        src = self.origin.get(el)
        if src is None:
            return None
        alone = copy.deepcopy(src)
        etree.cleanup_namespaces(alone)
        return etree.tostring(alone, encoding="unicode", with_tail=False)

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
    ) -> None:
        """Record a change; the target paths are computed once every rule has run."""
        self._pending.append(
            _Pending(
                rule=rule,
                action=action,
                source_path=source_path
                or (self.source_path(source) if source is not None else None),
                target=target,
                also=list(also or []),
                old=old,
                new=new,
                detail=detail,
                source_xml=source_xml,
            )
        )

    def warn(self, rule: str, el: etree._Element | None, message: str) -> None:
        """Record a warning about an output element (reported at its input path)."""
        path = self.source_path(el) if el is not None else None
        self.warnings.append(MigrationWarning(rule=rule, path=path, message=message))

    def finish(self, output_root: etree._Element) -> list[Change]:
        """Resolve the target paths on the final tree and return the changes."""
        paths = PathIndex(output_root, NS_2_3)

        def where(target: Target | None) -> str | None:
            if target is None:
                return None
            el, attribute = target
            if el is not output_root and el.getroottree().getroot() is not output_root:
                return None
            return paths.path(el, attribute)

        changes: list[Change] = []
        for p in self._pending:
            detail = p.detail
            others = [w for w in (where(t) for t in p.also) if w is not None]
            if others:
                detail = "; ".join(filter(None, [detail, "also set on " + ", ".join(others)]))
            changes.append(
                Change(
                    rule=p.rule,
                    action=p.action,
                    source_path=p.source_path,
                    target_path=where(p.target),
                    old=p.old,
                    new=p.new,
                    detail=detail,
                    source_xml=p.source_xml,
                )
            )
        return changes
