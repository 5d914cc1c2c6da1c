"""The diff between two exports of a flow: :func:`diff` and its :class:`FlowDiff`.

What changed between two exports of the same flow (Onisep republishes about ten times a
year): the formations, actions and sessions added, removed and changed, each change with
its path and its old and new values.

Identity
    An item (a formation, an action, a session; a ``resume-offre`` or ``resume-organisme``
    in an index) is known by its ``numero`` attribute, else its ``uri`` attribute (2.3),
    else a hash of its content. A formation without identifier whose content changed is
    then removed and added; inside a formation, items without identifier are paired with
    an identical one first, then those left in document order (:attr:`Key.by`
    ``"order"``), so that a new date of a 1.3.0 session (which has no ``numero``) is one
    change. A child that the schema allows only once in its parent (the
    ``action-formation`` of a 1.3.0 ``offre-formation``) is matched with its counterpart
    whatever its key (:attr:`Key.by` ``"single"``). The key used is in every :class:`Change`
    (:attr:`Change.keys`) and counted in :attr:`FlowDiff.keyed_by`. Two items of one parent
    with the same key are *duplicates*: they are reported (:attr:`FlowDiff.duplicates`), and
    the n-th of one flow is paired with the n-th of the other, never merged.

What is not a change
    Positions (an item or a repeated element moved among its siblings: repeated elements
    without key are paired with an identical one first), comments and processing
    instructions, white space between elements (pretty or compact), attribute order,
    namespace prefixes, CDATA sections and character references.

What a change is
    One difference between two elements matched in the two flows: an attribute or a text
    that differs, an element or an item added or removed. A change belongs to the innermost
    item that holds it (:attr:`Change.level`): a new date of a session is one change of that
    session, not of its action or formation. An item added or removed is one change; what
    it holds is not listed. Differences outside the items (root, ``offres`` attributes such
    as ``horodatage-export``, extras of the root) are changes of level ``"flow"``.

Memory and speed
    Both flows are read once, side by side, by the streaming engine (:mod:`lheo._engine`):
    each item is written as its C14N (the bytes of two equal items are equal) and kept only
    until its counterpart comes in the other flow; a pair with the same bytes is dropped at
    once, the others are compared element by element (only there are layout differences
    told from changes). What waits for its counterpart (items moved far,
    added or removed) stays in memory up to :data:`MAX_PENDING` bytes, then goes to a
    temporary file; beyond that, memory holds an index of about a hundred bytes per item
    (keys seen, for duplicates) and the changes found.

Added in 0.2.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import tempfile
from collections.abc import Iterator, Mapping
from typing import IO, Any, Literal

import attrs
from lxml import etree

from lheo import _xml
from lheo._engine import HEADER, Engine, Handler, Item, Walk
from lheo._source import Input
from lheo._xml import Source
from lheo.errors import IncomparableError, UnsupportedVersionError
from lheo.versions import Version

__all__ = ["MAX_PENDING", "Change", "Duplicate", "FlowDiff", "Key", "LevelCounts", "diff"]

#: Most bytes of items kept in memory while they wait for their counterpart in the other
#: flow (canonical XML); beyond, they wait in a temporary file.
MAX_PENDING = 32 * 1024 * 1024

#: The version of the shape of :meth:`FlowDiff.to_dict` (``"format"``).
FORMAT = "lheo-diff/1"

Side = Literal["old", "new"]
ChangeKind = Literal["added", "removed", "changed"]
What = Literal["item", "element", "attribute", "text"]
KeyBy = Literal["numero", "uri", "hash", "single", "order"]

# White space between two tags of canonical XML: text that is only blanks (c14n escapes
# "<" and ">" in texts and "<" in attribute values, so this matches only between tags).
_BLANKS = re.compile(rb">\s+<")

_DIGEST = 16


def canonical(el: etree._Element) -> bytes:
    """The canonical XML of an element: what two equal elements write the same way.

    Exclusive C14N (attributes in order, no comments, namespaces as used, CDATA and
    character references resolved), then the text made only of blanks between tags dropped.
    """
    return _BLANKS.sub(b"><", etree.tostring(el, method="c14n", exclusive=True))


def canonical_of(c14n: bytes) -> bytes:
    """:func:`canonical` of an element from its exclusive C14N."""
    return _BLANKS.sub(b"><", c14n)


def _same(old: etree._Element, new: etree._Element) -> bool:
    """Whether two elements hold the same content (as :func:`canonical` writes it)."""
    a = etree.tostring(old, method="c14n", exclusive=True)
    b = etree.tostring(new, method="c14n", exclusive=True)
    return a == b or _BLANKS.sub(b"><", a) == _BLANKS.sub(b"><", b)


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=_DIGEST).hexdigest()


# ---------------------------------------------------------------------------------------
# The result


@attrs.frozen
class Key:
    """How an item is known in both flows.

    Attributes:
        by: ``"numero"``, ``"uri"``, ``"hash"`` (of its canonical content: no numero, no
            uri), ``"order"`` (no numero, no uri, a content that changed: paired with the
            one left at the same rank in its parent) or ``"single"`` (the only one of its
            name that its parent may hold).
        value: the attribute's value, the hash (hexadecimal), the position in the new
            flow (``"order"``), or the element's name (``"single"``).
        occurrence: 1, or n for the n-th item of one parent with that key (duplicates).
    """

    by: KeyBy
    value: str
    occurrence: int = 1

    def __str__(self) -> str:
        text = self.value if self.by == "single" else f"{self.by}={self.value}"
        return text if self.occurrence == 1 else f"{text}#{self.occurrence}"

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form: ``{"by", "value", "occurrence"}``."""
        return {"by": self.by, "value": self.value, "occurrence": self.occurrence}


@attrs.frozen(kw_only=True)
class Change:
    """One difference between the two flows.

    Attributes:
        kind: ``"added"`` (only in the new flow), ``"removed"`` (only in the old one) or
            ``"changed"`` (in both, with another value).
        what: ``"item"`` (a formation, action, session… added or removed), ``"element"``
            (another element added or removed), ``"attribute"`` or ``"text"``.
        level: the innermost item holding the change (``"formation"``, ``"action"``,
            ``"session"``, ``"resume-offre"``…), the item itself for an item added or
            removed; ``"flow"`` outside the items.
        keys: the keys of the items from the outermost (the formation) to that item; empty
            for ``"flow"``.
        path: where, as :func:`lheo.validate` writes paths (``…/session[2]/periode/debut``,
            ``…/@numero`` for an attribute), in the new flow, in the old one for a removal.
        old_path: where in the old flow (``None`` for an addition); it differs from
            ``path`` when the item moved.
        old: the old value (``None`` when added): an attribute's value, a text, an element's
            XML (or its text when it has neither attributes nor children), ``None`` for an
            item.
        new: the new value, likewise.
    """

    kind: ChangeKind
    what: What
    level: str
    keys: tuple[Key, ...]
    path: str
    old_path: str | None
    old: str | None = None
    new: str | None = None

    @property
    def key(self) -> Key | None:
        """The key of the item the change belongs to (``None`` outside the items)."""
        return self.keys[-1] if self.keys else None

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (see :meth:`FlowDiff.to_dict`)."""
        return {
            "kind": self.kind,
            "what": self.what,
            "level": self.level,
            "keys": [key.to_dict() for key in self.keys],
            "path": self.path,
            "old_path": self.old_path,
            "old": self.old,
            "new": self.new,
        }

    def __str__(self) -> str:
        sign = {"added": "+", "removed": "-", "changed": "~"}[self.kind]
        owner = " / ".join(str(key) for key in self.keys)
        where = f"{self.level} {owner}" if owner else self.level
        if self.what == "item":
            return f"{sign} {self.level} {self.key}: {self.path}"
        if self.kind == "changed":
            return f"{sign} {where}: {self.path}: {self.old!r} → {self.new!r}"
        value = self.new if self.kind == "added" else self.old
        return f"{sign} {where}: {self.path}: {value!r}"


@attrs.frozen(kw_only=True)
class Duplicate:
    """Items of one parent, in one flow, with the same key.

    They are paired with those of the other flow in document order (the n-th with the n-th).

    Attributes:
        side: ``"old"`` or ``"new"``.
        level: their level (``"formation"``, ``"session"``…).
        keys: the keys of their parents, then their own (first occurrence).
        paths: where each of them is.
    """

    side: Side
    level: str
    keys: tuple[Key, ...]
    paths: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form: ``{"side", "level", "keys", "paths"}``."""
        return {
            "side": self.side,
            "level": self.level,
            "keys": [key.to_dict() for key in self.keys],
            "paths": list(self.paths),
        }


@attrs.frozen
class LevelCounts:
    """What changed at one level (see :meth:`FlowDiff.summary`).

    Attributes:
        added: items added.
        removed: items removed.
        changed: items holding at least one change of their own (not counting those of the
            items they hold).
    """

    added: int = 0
    removed: int = 0
    changed: int = 0


@attrs.frozen(kw_only=True)
class FlowDiff:
    """What changed from one export of a flow to the next (see :func:`diff`).

    True when the flows differ (``if lheo.diff(a, b): …``); iterating gives the changes.

    Attributes:
        old: display name of the old flow.
        new: display name of the new flow.
        version: their LHÉO version.
        kind: their root element's local name (``lheo``, ``lheo-index``…).
        levels: the levels of items, outermost first (``("formation", "action",
            "session")`` for a ``lheo`` flow).
        changes: every change: those outside the items first, then item by item in the
            new flow's order, then the items removed in the old flow's order.
        duplicates: items with the same key in one parent (see :class:`Duplicate`).
        keyed_by: for each flow (``"old"``, ``"new"``), how many of its top-level items
            were known by each kind of key (``{"numero": 3551}``).
    """

    old: str
    new: str
    version: str
    kind: str
    levels: tuple[str, ...]
    changes: tuple[Change, ...]
    duplicates: tuple[Duplicate, ...] = ()
    keyed_by: Mapping[str, Mapping[str, int]] = attrs.field(factory=dict)

    @property
    def equal(self) -> bool:
        """Whether the flows hold the same content (no change; duplicates aside)."""
        return not self.changes

    def __bool__(self) -> bool:
        return not self.equal

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def summary(self) -> dict[str, LevelCounts]:
        """Items added, removed and changed per level, outermost first, then ``"flow"``.

        ``"flow"`` counts 1 changed when anything outside the items differs.
        """
        changed: dict[str, set[tuple[Key, ...]]] = {}
        counts: dict[str, dict[str, int]] = {}
        for level in (*self.levels, "flow"):
            changed[level] = set()
            counts[level] = {"added": 0, "removed": 0}
        for change in self.changes:
            if change.what == "item":
                counts.setdefault(change.level, {"added": 0, "removed": 0})
                counts[change.level][change.kind] += 1
            else:
                changed.setdefault(change.level, set()).add(change.keys)
                counts.setdefault(change.level, {"added": 0, "removed": 0})
        return {
            level: LevelCounts(
                added=count["added"], removed=count["removed"], changed=len(changed[level])
            )
            for level, count in counts.items()
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain data, the shape of :meth:`to_json` (stable; ``"format"`` names it).

        ``{"format": "lheo-diff/1", "old", "new", "version", "kind", "equal", "levels",
        "summary": {level: {"added", "removed", "changed"}}, "keyed_by": {"old"|"new":
        {by: count}}, "duplicates": [{"side", "level", "keys", "paths"}], "changes":
        [{"kind", "what", "level", "keys": [{"by", "value", "occurrence"}], "path",
        "old_path", "old", "new"}]}``.
        """
        return {
            "format": FORMAT,
            "old": self.old,
            "new": self.new,
            "version": self.version,
            "kind": self.kind,
            "equal": self.equal,
            "levels": list(self.levels),
            "summary": {level: attrs.asdict(c) for level, c in self.summary().items()},
            "keyed_by": {side: dict(by) for side, by in self.keyed_by.items()},
            "duplicates": [dup.to_dict() for dup in self.duplicates],
            "changes": [change.to_dict() for change in self.changes],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The diff as JSON (:meth:`to_dict`; non-ASCII characters as written)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        lines = [f"--- {self.old}", f"+++ {self.new}", f"LHÉO {self.version} <{self.kind}>"]
        for dup in self.duplicates:
            where = ", ".join(dup.paths)
            key = " / ".join(str(k) for k in dup.keys)
            lines.append(f"! {dup.side}: duplicate {dup.level} {key}: {where}")
        lines += [str(change) for change in self.changes]
        parts = []
        for level, c in self.summary().items():
            if c.added or c.removed or c.changed:
                parts.append(f"{level} +{c.added} -{c.removed} ~{c.changed}")
        lines.append("summary: " + ("; ".join(parts) if parts else "equal"))
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Comparing two elements


@attrs.define
class _Frame:
    """Where the comparison is: the innermost item and the keys of the items down to it."""

    level: str
    keys: tuple[Key, ...]


class _Comparer:
    """Compares matched elements leaf by leaf; appends :class:`Change` and duplicates."""

    def __init__(self, version: Version, namespace: str | None, levels: Mapping[str, str]):
        self.repeatable = version.repeatable
        self._prefix = "" if namespace is None else "{" + namespace + "}"
        self.levels = levels  # Clark tag → level label (the items inside an item)
        self.duplicates: list[Duplicate] = []

    # -- names and values ---------------------------------------------------------------

    def name(self, el: etree._Element) -> tuple[str, bool]:
        """The element's name in a path, and whether it is foreign (another namespace)."""
        tag = str(el.tag)
        if tag.startswith(self._prefix) and (self._prefix or not tag.startswith("{")):
            return tag[len(self._prefix) :], False
        return (f"{el.prefix}:{_xml.local(tag)}" if el.prefix else tag), True

    def child_path(
        self, parent: str, parent_el: etree._Element, el: etree._Element, pos: int
    ) -> str:
        name, foreign = self.name(el)
        pname = self.name(parent_el)[0]
        step = _xml.step(pname, name, pos, None if foreign else self.repeatable)
        return f"{parent}/{step}"

    @staticmethod
    def attr_name(el: etree._Element, key: str) -> str:
        if not key.startswith("{"):
            return key
        ns = _xml.namespace(key)
        for prefix, uri in el.nsmap.items():
            if uri == ns and prefix:
                return f"{prefix}:{_xml.local(key)}"
        return "xml:" + _xml.local(key) if ns == _XML_NS else key

    @staticmethod
    def text(el: etree._Element) -> str:
        """The element's own text, tails of its children included, blank parts left out."""
        parts = [el.text] + [child.tail for child in el]
        return "".join(p for p in parts if p and p.strip(" \t\r\n"))

    def value(self, el: etree._Element) -> str:
        """What an element added or removed shows: its text if plain, else its XML."""
        if not len(el) and not el.attrib:
            return self.text(el)
        if not isinstance(el.tag, str):  # pragma: no cover - comments are never kept
            return ""
        clone = copy.deepcopy(el)
        clone.tail = None
        for node in clone.iter():
            # Blank texts are layout (the elements compared keep the source's).
            if node.text is not None and not node.text.strip(" \t\r\n") and len(node):
                node.text = None
            if node.tail is not None and not node.tail.strip(" \t\r\n"):
                node.tail = None
            tag = node.tag
            if isinstance(tag, str) and self._prefix and tag.startswith(self._prefix):
                node.tag = tag[len(self._prefix) :]
        etree.cleanup_namespaces(clone)
        return etree.tostring(clone, encoding="unicode", with_tail=False)

    def key_of(self, el: etree._Element) -> Key:
        numero = el.get("numero")
        if numero is not None:
            return Key("numero", numero)
        uri = el.get("uri")
        if uri is not None:
            return Key("uri", uri)
        return Key("hash", _hash(canonical(el)))

    # -- comparing ----------------------------------------------------------------------

    def compare(
        self,
        old: etree._Element,
        new: etree._Element,
        old_path: str,
        new_path: str,
        frame: _Frame,
        out: list[Change],
    ) -> None:
        """Append the changes from ``old`` to ``new`` (matched elements) to ``out``."""
        self._attributes(old, new, old_path, new_path, frame, out)
        old_text, new_text = self.text(old), self.text(new)
        if old_text != new_text:
            out.append(
                Change(
                    kind="changed",
                    what="text",
                    level=frame.level,
                    keys=frame.keys,
                    path=new_path,
                    old_path=old_path,
                    old=old_text,
                    new=new_text,
                )
            )
        old_groups, new_groups = _groups(old), _groups(new)
        for tag in dict.fromkeys([*new_groups, *old_groups]):
            olds, news = old_groups.get(tag, []), new_groups.get(tag, [])
            self._children(old, new, olds, news, old_path, new_path, frame, out)

    def _attributes(
        self,
        old: etree._Element,
        new: etree._Element,
        old_path: str,
        new_path: str,
        frame: _Frame,
        out: list[Change],
    ) -> None:
        old_attrib, new_attrib = old.attrib, new.attrib
        for key in dict.fromkeys([*new_attrib, *old_attrib]):
            before, after = old_attrib.get(key), new_attrib.get(key)
            if before == after:
                continue
            kind: ChangeKind = (
                "added" if before is None else "removed" if after is None else "changed"
            )
            name = self.attr_name(new if after is not None else old, str(key))
            out.append(
                Change(
                    kind=kind,
                    what="attribute",
                    level=frame.level,
                    keys=frame.keys,
                    path=f"{old_path if kind == 'removed' else new_path}/@{name}",
                    old_path=None if kind == "added" else f"{old_path}/@{name}",
                    old=None if before is None else str(before),
                    new=None if after is None else str(after),
                )
            )

    def _children(
        self,
        old_parent: etree._Element,
        new_parent: etree._Element,
        olds: list[etree._Element],
        news: list[etree._Element],
        old_path: str,
        new_path: str,
        frame: _Frame,
        out: list[Change],
    ) -> None:
        """Match the children of one name on both sides, then compare or report them."""
        sample = (news or olds)[0]
        level = self.levels.get(str(sample.tag))
        name, foreign = self.name(sample)
        single = not foreign and (self.name(new_parent)[0], name) not in self.repeatable
        pairs: list[tuple[int | None, int | None, Key | None]]
        if single and len(olds) <= 1 and len(news) <= 1:
            key = Key("single", name) if level is not None else None
            pairs = [(0 if olds else None, 0 if news else None, key)]
        elif level is not None:
            pairs = self._by_key(
                list(enumerate(olds)),
                list(enumerate(news)),
                (old_path, new_path),
                (old_parent, new_parent),
                frame,
                level,
            )
        else:
            # Elements with a numero or uri by it; the others by content, then in order.
            pairs = self._by_key(
                [(i, el) for i, el in enumerate(olds) if _keyed(el)],
                [(j, el) for j, el in enumerate(news) if _keyed(el)],
                (old_path, new_path),
                (old_parent, new_parent),
                frame,
                None,
            )
            plain_old = [i for i, el in enumerate(olds) if not _keyed(el)]
            plain_new = [j for j, el in enumerate(news) if not _keyed(el)]
            for i, j, _key in _by_content(
                [olds[i] for i in plain_old], [news[j] for j in plain_new]
            ):
                pairs.append(
                    (None if i is None else plain_old[i], None if j is None else plain_new[j], None)
                )
        for i, j, key in pairs:
            o = olds[i] if i is not None else None
            n = news[j] if j is not None else None
            # Most of what a changed item holds is the same: skipped whole.
            if o is not None and n is not None and len(o) and _same(o, n):
                continue
            opath = None if i is None else self.child_path(old_path, old_parent, olds[i], i + 1)
            npath = None if j is None else self.child_path(new_path, new_parent, news[j], j + 1)
            inner = frame
            if level is not None and key is not None:
                inner = _Frame(level, (*frame.keys, key))
            if o is not None and n is not None:
                assert opath is not None and npath is not None
                self.compare(o, n, opath, npath, inner, out)
                continue
            kind: ChangeKind = "added" if o is None else "removed"
            el = n if n is not None else o
            assert el is not None
            value = None if level is not None else self.value(el)
            out.append(
                Change(
                    kind=kind,
                    what="item" if level is not None else "element",
                    level=inner.level,
                    keys=inner.keys,
                    path=str(npath if kind == "added" else opath),
                    old_path=opath,
                    old=value if kind == "removed" else None,
                    new=value if kind == "added" else None,
                )
            )

    def _by_key(
        self,
        olds: list[tuple[int, etree._Element]],
        news: list[tuple[int, etree._Element]],
        paths: tuple[str, str],
        parents: tuple[etree._Element, etree._Element],
        frame: _Frame,
        level: str | None,
    ) -> list[tuple[int | None, int | None, Key | None]]:
        """Pairs by key (numero, uri, hash), the n-th duplicate with the n-th.

        Items known by their content (``level`` given) that are left on both sides are then
        paired in order (:attr:`Key.by` ``"order"``): an item without identifier whose
        content changed is a change, not a removal and an addition.
        """
        found: dict[Key, list[int | None]] = {}
        sides: tuple[tuple[Side, list[tuple[int, etree._Element]]], ...] = (
            ("old", olds),
            ("new", news),
        )
        for number, (side, elements) in enumerate(sides):
            seen: dict[Key, list[tuple[int, etree._Element]]] = {}
            for index, el in elements:
                seen.setdefault(self.key_of(el), []).append((index, el))
            for key, these in seen.items():
                if len(these) > 1:
                    path, parent = paths[number], parents[number]
                    self.duplicates.append(
                        Duplicate(
                            side=side,
                            level=level or self.name(these[0][1])[0],
                            keys=(*frame.keys, key),
                            paths=tuple(
                                self.child_path(path, parent, el, i + 1) for i, el in these
                            ),
                        )
                    )
                for occurrence, (index, _el) in enumerate(these, 1):
                    slot = found.setdefault(attrs.evolve(key, occurrence=occurrence), [None, None])
                    slot[number] = index
        pairs: list[tuple[int | None, int | None, Key | None]] = []
        old_left: list[tuple[int, Key]] = []
        new_left: list[tuple[int, Key]] = []
        for key, (i, j) in found.items():
            if level is not None and key.by == "hash" and i is None and j is not None:
                new_left.append((j, key))
            elif level is not None and key.by == "hash" and j is None and i is not None:
                old_left.append((i, key))
            else:
                pairs.append((i, j, key))
        old_left.sort()
        new_left.sort()
        for rank in range(max(len(old_left), len(new_left))):
            if rank < len(old_left) and rank < len(new_left):
                j = new_left[rank][0]
                pairs.append((old_left[rank][0], j, Key("order", str(j + 1))))
            elif rank < len(old_left):
                pairs.append((old_left[rank][0], None, old_left[rank][1]))
            else:
                pairs.append((None, new_left[rank][0], new_left[rank][1]))
        # The new side's order, then what was removed in the old side's order.
        pairs.sort(key=lambda p: (p[1] is None, p[1] if p[1] is not None else p[0] or 0))
        return pairs


def _keyed(el: etree._Element) -> bool:
    return el.get("numero") is not None or el.get("uri") is not None


_XML_NS = "http://www.w3.org/XML/1998/namespace"


def _groups(el: etree._Element) -> dict[str, list[etree._Element]]:
    """The element's children by tag, in document order (comments and PIs left out)."""
    groups: dict[str, list[etree._Element]] = {}
    for child in el.iterchildren(tag=etree.Element):
        groups.setdefault(str(child.tag), []).append(child)
    return groups


def _by_content(
    olds: list[etree._Element], news: list[etree._Element]
) -> list[tuple[int | None, int | None, Key | None]]:
    """Pairs of repeated elements without key: identical ones first, then in order."""
    if len(olds) == len(news) == 1:
        return [(0, 0, None)]
    waiting: dict[bytes, list[int]] = {}
    for index, el in enumerate(olds):
        waiting.setdefault(canonical(el), []).append(index)
    matched_old: set[int] = set()
    pairs: list[tuple[int | None, int | None, Key | None]] = []
    unmatched_new: list[int] = []
    for index, el in enumerate(news):
        same = waiting.get(canonical(el))
        if same:
            matched_old.add(same.pop(0))
        else:
            unmatched_new.append(index)
    unmatched_old = [i for i in range(len(olds)) if i not in matched_old]
    for k in range(max(len(unmatched_old), len(unmatched_new))):
        i = unmatched_old[k] if k < len(unmatched_old) else None
        j = unmatched_new[k] if k < len(unmatched_new) else None
        pairs.append((i, j, None))
    return pairs


# ---------------------------------------------------------------------------------------
# Reading both flows


@attrs.define
class _Record:
    """An item of one flow, as it waits for its counterpart."""

    key: Key
    number: int
    path: str
    body: bytes | tuple[int, int]  # canonical XML, or where it is in the spill file


class _Indexer(Handler):
    """The engine handler of one flow: each item as a :class:`_Record` (key, XML)."""

    def __init__(self, engine: Engine, skip: int) -> None:
        self.engine = engine
        self.skip = skip
        self.skeleton: etree._Element | None = None

    def on_item(self, item: Item) -> Any:
        if not item.contained or item.number <= self.skip:
            return None
        el = item.element
        # The C14N as written, blanks included: stripping blanks would cost a third of the
        # time, and only flows laid out differently need it (see _Differ._compare).
        body = etree.tostring(el, method="c14n", exclusive=True)
        numero = el.get("numero")
        if numero is not None:
            key = Key("numero", numero)
        else:
            uri = el.get("uri")
            key = Key("uri", uri) if uri is not None else Key("hash", _hash(canonical_of(body)))
        return _Record(key, item.number, item.path, body)

    def on_trailer(self, skeleton: etree._Element) -> None:
        # What is left once the items are taken out: compared as level "flow".
        self.engine.restore(skeleton, tails=False)
        self.skeleton = skeleton


class _Flow:
    """One of the two flows being read (a :class:`Walk` with an :class:`_Indexer`)."""

    def __init__(self, source: Source, side: Side, version: str | Version | None) -> None:
        self.side = side
        self.input = Input(source)
        self.handed = 0
        self.done = False
        self.indexer: _Indexer | None = None
        self.walk = Walk(self.input, self._make, version=version, contained_only=True)

    def _make(self, engine: Engine) -> list[Handler]:
        # Made again for a restart (huge_tree): the items already handed over are skipped.
        self.indexer = _Indexer(engine, self.handed)
        return [self.indexer]

    def next(self) -> _Record | None:
        """The next item, or ``None`` at the end (then :attr:`done`)."""
        while not self.done:
            try:
                value = next(self.walk)
            except StopIteration:
                self.done = True
                return None
            if value is HEADER:
                continue
            self.handed += 1
            assert isinstance(value, _Record)
            return value
        return None

    def header(self) -> None:
        """Read up to the header (the first item, or the end of a flow without one)."""
        try:
            value = next(self.walk)
        except StopIteration:  # pragma: no cover - the engine always sends its header
            self.done = True
            return
        assert value is HEADER

    def close(self) -> None:
        self.walk.close()
        self.input.close()


class _Store:
    """Canonical XML of waiting items: in memory up to a budget, then in a temporary file."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.held = 0
        self._file: IO[bytes] | None = None

    def put(self, body: bytes) -> bytes | tuple[int, int]:
        if self.held + len(body) <= self.budget:
            self.held += len(body)
            return body
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._file.seek(0, 2)
        offset = self._file.tell()
        self._file.write(body)
        return (offset, len(body))

    def get(self, body: bytes | tuple[int, int]) -> bytes:
        if isinstance(body, bytes):
            return body
        assert self._file is not None
        offset, size = body
        self._file.seek(offset)
        return self._file.read(size)

    def drop(self, body: bytes | tuple[int, int]) -> None:
        if isinstance(body, bytes):
            self.held -= len(body)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class _Differ:
    """Pairs the items of the two flows as they come, and compares the pairs that differ."""

    def __init__(
        self, version: Version, namespace: str | None, item_levels: Mapping[str, str]
    ) -> None:
        facts = version.counted
        inner = {}
        for label, counted in (("action", "actions"), ("session", "sessions")):
            if counted in facts and namespace is not None:
                inner[f"{{{namespace}}}{facts[counted]}"] = label
            elif counted in facts:
                inner[facts[counted]] = label
        self.item_levels = item_levels
        self.comparer = _Comparer(version, namespace, inner)
        self.store = _Store(MAX_PENDING)
        self.parser = _xml.xml_parser(huge=True)
        # Per side: key → occurrences seen and first path (duplicates); waiting records.
        self.seen: dict[Side, dict[Key, list[str]]] = {"old": {}, "new": {}}
        self.waiting: dict[Side, dict[Key, _Record]] = {"old": {}, "new": {}}
        self.keyed_by: dict[str, dict[str, int]] = {"old": {}, "new": {}}
        self.found: list[tuple[tuple[int, int], list[Change]]] = []
        self.level = next(iter(item_levels.values()), "formation")

    def take(self, side: Side, record: _Record) -> None:
        """An item of one flow: pair it with its counterpart, or let it wait for it."""
        paths = self.seen[side].setdefault(record.key, [])
        paths.append(record.path)
        record.key = attrs.evolve(record.key, occurrence=len(paths))
        by = self.keyed_by[side]
        by[record.key.by] = by.get(record.key.by, 0) + 1
        other: Side = "new" if side == "old" else "old"
        partner = self.waiting[other].pop(record.key, None)
        if partner is None:
            assert isinstance(record.body, bytes)
            record.body = self.store.put(record.body)
            self.waiting[side][record.key] = record
            return
        old, new = (partner, record) if side == "new" else (record, partner)
        old_body, new_body = self.store.get(old.body), self.store.get(new.body)
        if old_body != new_body:
            self._compare(old, new, old_body, new_body)
        self.store.drop(partner.body)

    def _parse(self, body: bytes) -> etree._Element:
        return etree.fromstring(body, self.parser)

    def _compare(self, old: _Record, new: _Record, old_body: bytes, new_body: bytes) -> None:
        if _BLANKS.sub(b"><", old_body) == _BLANKS.sub(b"><", new_body):
            return  # laid out differently, nothing more
        out: list[Change] = []
        frame = _Frame(self.level, (new.key,))
        self.comparer.compare(
            self._parse(old_body), self._parse(new_body), old.path, new.path, frame, out
        )
        # The canonical forms differ, but not every difference is a change (a prefix).
        if out:
            self.found.append(((1, new.number), out))

    def finish(self) -> None:
        """The flows are read: what still waits was added or removed."""
        ends: tuple[tuple[Side, ChangeKind, int], ...] = (
            ("new", "added", 1),
            ("old", "removed", 2),
        )
        for side, kind, rank in ends:
            for record in self.waiting[side].values():
                change = Change(
                    kind=kind,
                    what="item",
                    level=self.level,
                    keys=(record.key,),
                    path=record.path,
                    old_path=record.path if kind == "removed" else None,
                )
                self.found.append(((rank, record.number), [change]))
            self.waiting[side].clear()
        self.store.close()

    def duplicates(self) -> list[Duplicate]:
        found = []
        sides: tuple[Side, ...] = ("old", "new")
        for side in sides:
            for key, paths in self.seen[side].items():
                if len(paths) > 1:
                    dup = Duplicate(side=side, level=self.level, keys=(key,), paths=tuple(paths))
                    found.append(dup)
        return found + self.comparer.duplicates

    def changes(self) -> list[Change]:
        self.found.sort(key=lambda entry: entry[0])
        return [change for _rank, changes in self.found for change in changes]


def _levels(version: Version, kind: str) -> dict[str, str]:
    """Local name of each item of a document of ``kind`` → its level label."""
    return {
        item: ("formation" if item == version.item else item)
        for _container, item in version.containers(kind)
    }


def diff(old: Source, new: Source, *, version: str | Version | None = None) -> FlowDiff:
    """What changed from one export of a flow to the next.

    Both flows are read once, side by side, in bounded memory (see the module doc of
    :mod:`lheo._diff`): items are known by ``numero``, else ``uri``, else a hash of their
    content; moving an item or a repeated element is not a change, nor is layout (white
    space, comments, attribute order).

    Example::

        changes = lheo.diff("onisep-2024-09.xml", "onisep-2024-10.xml")
        if changes:
            print(changes.summary()["session"])   # LevelCounts(added=…, removed=…, changed=…)
            for change in changes:
                print(change.path, change.old, "→", change.new)

    Args:
        old: the earlier flow: a path, XML ``bytes``/``str``, or a binary file object.
        new: the later flow, of the same LHÉO version and kind.
        version: the version to assume for a flow whose root has no namespace.

    Returns:
        The :class:`FlowDiff`.

    Raises:
        UnsupportedVersionError: the flows are of different versions (migrate the older
            one first: :func:`lheo.migrate`), or a version cannot be detected.
        IncomparableError: the flows are of different kinds (a flow and an index).
        ParseError, NotLheoError, UnsafeXmlError: as :func:`lheo.iter_formations`, for
            either flow.
    """
    flows: list[_Flow] = []
    try:
        flows.append(_Flow(old, "old", version))
        flows.append(_Flow(new, "new", version))
        for flow in flows:
            flow.header()
        a, b = (flow.walk.engine.header for flow in flows)
        if a.version != b.version:
            raise UnsupportedVersionError(
                f"cannot compare {a.name} (LHÉO {a.version}) with {b.name} (LHÉO {b.version}): "
                f"both flows must be of one version; migrate the {min(a.version, b.version)} "
                "flow first (lheo.migrate, or lheo migrate on the command line)"
            )
        if a.kind != b.kind:
            raise IncomparableError(
                f"cannot compare {a.name} (<{a.kind}>) with {b.name} (<{b.kind}>): both must "
                "be of one kind"
            )
        levels = _levels(a.version, a.kind)
        differ = _Differ(a.version, a.namespace, levels)
        try:
            old_flow, new_flow = flows
            while not (old_flow.done and new_flow.done):
                for flow in flows:
                    record = flow.next()
                    if record is not None:
                        differ.take(flow.side, record)
            differ.finish()
        finally:
            differ.store.close()
        flow_changes = _skeletons(differ.comparer, flows)
    finally:
        for flow in flows:
            flow.close()
    inner = [label for label in ("action", "session") if label in differ.comparer.levels.values()]
    return FlowDiff(
        old=a.name,
        new=b.name,
        version=a.version.value,
        kind=a.kind,
        # Actions and sessions are levels of flows of formations (or a formation alone).
        levels=(*dict.fromkeys(levels.values()), *inner)
        if "formation" in levels.values() or a.kind == a.version.item
        else tuple(dict.fromkeys(levels.values())),
        changes=(*flow_changes, *differ.changes()),
        duplicates=tuple(differ.duplicates()),
        keyed_by={side: dict(sorted(by.items())) for side, by in differ.keyed_by.items()},
    )


def _skeletons(comparer: _Comparer, flows: list[_Flow]) -> list[Change]:
    """The changes outside the items (root, containers, their extras)."""
    old, new = (flow.indexer.skeleton if flow.indexer else None for flow in flows)
    if old is None or new is None:  # pragma: no cover - the engine always ends a flow
        return []
    out: list[Change] = []
    root = "/" + comparer.name(new)[0]
    comparer.compare(old, new, "/" + comparer.name(old)[0], root, _Frame("flow", ()), out)
    return out
