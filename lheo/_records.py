"""Flat rows from a flow: :func:`lheo.records`, one streaming engine pass.

The rows are read straight from each formation's elements as the engine hands them over
(:class:`RowMaker`, an engine :class:`~lheo._engine.Handler`): no typed object is built, and
each formation leaves memory once its rows are made. Where each column's value lives in each
version is the table of :mod:`lheo._columns`.

Added in 0.2.
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from lxml import etree

from lheo import _columns
from lheo._columns import LEVEL_SCOPES, SCOPES, Column, columns_for
from lheo._engine import Engine, Handler, Item, handed_lists
from lheo._values import parse_date, parse_datetime
from lheo._xml import Source
from lheo.errors import InvalidValueError
from lheo.versions import Version, repeatable

__all__ = [
    "CompiledPath",
    "Plan",
    "Row",
    "RowMaker",
    "ScopeReader",
    "compile_path",
    "output_names",
    "records",
]

Row = dict[str, Any]


# ---------------------------------------------------------------------------------------
# Paths


class CompiledPath:
    """A path of :mod:`lheo._columns` made into lxml look-ups for one namespace.

    Each alternative (``a|b``) is a list of segments: an ElementPath string (``{ns}a/{ns}b``,
    ``extras[@info='X']``), or a prefix filter ``(tag, prefix)`` for ``extra[INFO*]``;
    ``attribute`` is the last step's attribute, if any.
    """

    __slots__ = ("alternatives", "last", "simple")

    def __init__(self, path: str, ns: str | None) -> None:
        self.alternatives: list[tuple[list[Any], str | None]] = []
        self.last = ""
        for alternative in path.split("|"):
            steps = alternative.split("/")
            attribute = None
            if steps[-1].startswith("@"):
                attribute = steps.pop()[1:]
            segments: list[Any] = []
            current: list[str] = []
            for step in steps:
                if step in (".", ".."):
                    current.append(step)
                    continue
                name, _, info = step.partition("[")
                tag = name if ns is None else f"{{{ns}}}{name}"
                self.last = name
                if not info:
                    current.append(tag)
                    continue
                info = info[:-1]
                if info.endswith("*"):
                    if current:
                        segments.append("/".join(current))
                        current = []
                    segments.append((tag, info[:-1]))
                    continue
                quote = '"' if "'" in info else "'"
                current.append(f"{tag}[@info={quote}{info}{quote}]")
            if current:
                segments.append("/".join(current))
            self.alternatives.append((segments, attribute))
        first_segments, first_attribute = self.alternatives[0]
        self.simple: str | None = None
        if len(self.alternatives) == 1 and first_attribute is None and len(first_segments) == 1:
            if isinstance(first_segments[0], str):
                self.simple = first_segments[0]

    def _nodes(self, el: etree._Element, segments: list[Any]) -> list[etree._Element]:
        nodes = [el]
        for segment in segments:
            found: list[etree._Element] = []
            if isinstance(segment, str):
                for node in nodes:
                    found.extend(node.findall(segment))
            else:
                tag, prefix = segment
                for node in nodes:
                    found.extend(
                        c for c in node.iterchildren(tag) if c.get("info", "").startswith(prefix)
                    )
            nodes = found
            if not nodes:
                break
        return nodes

    def texts(self, el: etree._Element) -> list[str]:
        """Every value the path reaches from ``el`` (stripped texts, empty ones dropped)."""
        simple = self.simple
        if simple is not None:
            return [t for t in (n.text.strip() for n in el.iterfind(simple) if n.text) if t]
        for segments, attribute in self.alternatives:
            nodes = self._nodes(el, segments)
            if attribute is not None:
                values = [v for v in (n.get(attribute) for n in nodes) if v is not None]
            else:
                values = [n.text.strip() for n in nodes if n.text and n.text.strip()]
            if values:
                return values
        return []

    def text(self, el: etree._Element) -> str | None:
        """The first value the path reaches from ``el``, or ``None``."""
        simple = self.simple
        if simple is not None:
            node = el.find(simple)
            if node is None or not node.text:
                return None
            return node.text.strip() or None
        values = self.texts(el)
        return values[0] if values else None


@functools.cache
def compile_path(path: str, ns: str | None) -> CompiledPath:
    """The :class:`CompiledPath` of ``path`` for namespace ``ns`` (cached)."""
    return CompiledPath(path, ns)


# ---------------------------------------------------------------------------------------
# Values


def _datetime(text: str) -> _dt.datetime | None:
    found = parse_datetime(text)
    if found is None:
        day = parse_date(text)  # Onisep's 2.2 dates: AAAAMMJJ
        if day is not None:
            found = _dt.datetime(day.year, day.month, day.day)
    return found


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


_Setter = Callable[[Row, list[str]], None]

_CONVERT: dict[str, Callable[[str], Any]] = {
    "date": parse_date,
    "datetime": _datetime,
    "number": _number,
}


def _kind(col: Column, version: Version, path: str) -> str:
    """The column's kind; a custom column is a list where its last step repeats."""
    if col.kind != "auto":
        return col.kind
    if path.rsplit("/", 1)[-1].startswith("@"):
        return "text"
    steps = [s.partition("[")[0] for s in path.split("/")]
    parent = steps[-2] if len(steps) > 1 else _scope_local(col, version)
    return "list" if (parent, steps[-1]) in repeatable(version) else "text"


def _setter(col: Column, kind: str, version: Version, leaf: str) -> _Setter:
    """A function that puts the column's value, from the texts its path reaches, in a row."""
    name = col.name
    if kind == "text":

        def set_text(row: Row, texts: list[str]) -> None:
            row[name] = texts[0]

        return set_text
    if kind == "code":
        labels = _labels(version, leaf)
        label_name = name + "_label"

        def set_code(row: Row, texts: list[str]) -> None:
            code = row[name] = texts[0]
            row[label_name] = labels.get(code)

        return set_code
    if kind == "list":

        def set_list(row: Row, texts: list[str]) -> None:
            row[name] = texts

        return set_list
    if kind == "lines":

        def set_lines(row: Row, texts: list[str]) -> None:
            row[name] = ", ".join(texts)

        return set_lines
    convert = _CONVERT[kind]

    def set_converted(row: Row, texts: list[str]) -> None:
        row[name] = convert(texts[0])

    return set_converted


class _Node:
    """A step of the paths of one scope: what to read here, and the steps below."""

    __slots__ = ("attributes", "below", "every", "few", "first")

    def __init__(self) -> None:
        self.below: dict[str, _Node] = {}
        self.attributes: list[tuple[str, _Setter]] = []
        self.first: dict[str, list[_Setter]] = {}  # child tag → setters of its text
        self.every: dict[str, list[_Setter]] = {}  # child tag → setters of all its texts
        # With one or two child tags wanted, lxml's find() beats a walk over the children.
        self.few: list[tuple[str, list[_Setter], _Node | None]] | None = None

    def finish(self) -> None:
        """Decide how to look children up, here and below (once every path is added)."""
        tags = dict.fromkeys([*self.first, *self.below])
        if not self.every and len(tags) <= 2:
            self.few = [(tag, self.first.get(tag, []), self.below.get(tag)) for tag in tags]
        for sub in self.below.values():
            sub.finish()


def _read(node: _Node, el: etree._Element, row: Row) -> None:
    """Fill ``row`` from ``el`` along the trie ``node``: each child element is seen once."""
    for attribute, set_value in node.attributes:
        value = el.get(attribute)
        if value is not None:
            set_value(row, [value])
    few = node.few
    if few is not None:
        for tag, wanted, sub in few:
            child = el.find(tag)
            if child is None:
                continue
            if wanted:
                text = child.text
                if text is not None:
                    text = text.strip()
                    if text:
                        for set_value in wanted:
                            set_value(row, [text])
            if sub is not None:
                _read(sub, child, row)
        return
    below, first, every = node.below, node.first, node.every
    found: dict[str, etree._Element] = {}
    texts: dict[str, list[str]] = {}
    for child in el:
        tag = child.tag
        if tag in every:
            text = child.text
            if text is not None:
                text = text.strip()
                if text:
                    texts.setdefault(tag, []).append(text)
        if tag not in found and (tag in below or tag in first):
            found[tag] = child
    for tag, child in found.items():
        setters = first.get(tag)
        if setters is not None:
            text = child.text
            if text is not None:
                text = text.strip()
                if text:
                    for set_value in setters:
                        set_value(row, [text])
        sub = below.get(tag)
        if sub is not None:
            _read(sub, child, row)
    for tag, values in texts.items():
        for set_value in every[tag]:
            set_value(row, values)


class ScopeReader:
    """Reads the columns of one scope from its element into a new row.

    Paths of plain element names (most columns) are read along one trie, each element once;
    the others (``a|b``, ``extras[INFO]``, ``..``) through :class:`CompiledPath`.
    """

    def __init__(self, cols: Sequence[Column], version: Version, ns: str | None) -> None:
        self.defaults: Row = {}
        self.root = _Node()
        self.others: list[tuple[CompiledPath, str, _Setter]] = []
        for col in cols:
            self.defaults[col.name] = None
            if col.labelled:
                self.defaults[col.name + "_label"] = None
            path = col.paths[version.value]
            if path is None:
                continue
            kind = _kind(col, version, path)
            compiled = compile_path(path, ns)
            set_value = _setter(col, kind, version, compiled.last)
            many = kind in ("list", "lines")
            if (
                any(c in path for c in "|[")
                or ".." in path.split("/")
                or (many and _repeats_above(path, _scope_local(col, version), version))
            ):
                self.others.append((compiled, "texts" if many else "text", set_value))
                continue
            steps = [s for s in path.split("/") if s != "."]
            node = self.root
            attribute = steps.pop()[1:] if steps and steps[-1].startswith("@") else None
            if attribute is None and not steps:
                continue  # "." alone: nothing to read
            last = None if attribute is not None else steps.pop()
            for step in steps:
                node = node.below.setdefault(_clark(ns, step), _Node())
            if attribute is not None:
                node.attributes.append((attribute, set_value))
            elif many:
                node.every.setdefault(_clark(ns, str(last)), []).append(set_value)
            else:
                node.first.setdefault(_clark(ns, str(last)), []).append(set_value)
        self.root.finish()

    def read(self, el: etree._Element | None) -> Row:
        """The scope's values from ``el`` (all ``None`` when ``el`` is ``None``)."""
        row = dict(self.defaults)
        if el is None:
            return row
        _read(self.root, el, row)
        for compiled, how, set_value in self.others:
            if how == "text":
                value = compiled.text(el)
                if value is not None:
                    set_value(row, [value])
            else:
                values = compiled.texts(el)
                if values:
                    set_value(row, values)
        return row


def _repeats_above(path: str, scope: str, version: Version) -> bool:
    """Whether a step before the last may repeat (the trie follows only the first one)."""
    steps = [scope, *(s for s in path.split("/") if s != ".")][:-1]
    pairs = repeatable(version)
    return any((a, b) in pairs for a, b in zip(steps, steps[1:], strict=False))


def _clark(ns: str | None, local: str) -> str:
    return local if ns is None else f"{{{ns}}}{local}"


def _scope_local(col: Column, version: Version) -> str:
    if col.scope == "resume":
        return "resume-offre"
    where = SCOPES[version.value][col.scope] if col.scope in SCOPES[version.value] else "."
    return version.item if where == "." else where.rsplit("/", 1)[-1]


@functools.cache
def _labels(version: Version, element: str) -> dict[str, str]:
    """Code → label of the version's table for ``element`` (empty when it has none)."""
    by_element = importlib.import_module(version.tables_module).BY_ELEMENT
    table = by_element.get(element)
    return dict(table.items()) if table is not None else {}


# ---------------------------------------------------------------------------------------
# Rows


def output_names(level: str, columns: Sequence[str] | str | None) -> tuple[str, ...]:
    """The keys of each row for ``level`` and ``columns``, in order (see :func:`records`)."""
    cols = columns_for(level, columns)
    if columns is None:
        return _columns.DEFAULT_COLUMNS[level]
    if isinstance(columns, str):
        columns = [c.strip() for c in columns.split(",") if c.strip()]
    names: list[str] = []
    predefined = {c.name: c for c in cols}
    for spec in columns:
        col = predefined.get(spec)
        wanted = [spec, spec + "_label"] if col is not None and col.labelled else [spec]
        names.extend(n for n in wanted if n not in names)
    return tuple(names)


class Plan:
    """The readers of one version and namespace, by scope, and where the scopes are."""

    def __init__(self, version: Version, ns: str | None, cols: Sequence[Column]) -> None:
        self.extras: list[tuple[str, CompiledPath]] = []
        by_scope: dict[str, list[Column]] = {s: [] for s in LEVEL_SCOPES["session"]}
        for col in cols:
            if col.scope == "extras":
                path = col.paths[version.value]
                assert path is not None
                self.extras.append((col.name, compile_path(path, ns)))
            else:
                by_scope[col.scope].append(col)
        self.readers = {
            scope: ScopeReader(scope_cols, version, ns) for scope, scope_cols in by_scope.items()
        }
        where = SCOPES[version.value]
        self.organisme = compile_path(where["organisme"], ns).simple or ""
        self.action = compile_path(where["action"], ns).simple or ""
        self.session = compile_path(where["session"], ns).simple or ""


class RowMaker(Handler):
    """The engine handler of :func:`records`: the rows of each formation it is handed.

    Args:
        engine: the engine of the pass.
        level: ``formation``, ``action``, ``session`` or ``organisme``.
        cols: the columns (see :func:`lheo._columns.columns_for`).
        names: the keys of each row, in order.
        skip: formations already handed over by an earlier pass (a restart).
    """

    def __init__(
        self,
        engine: Engine,
        level: str,
        cols: Sequence[Column],
        names: Sequence[str],
        skip: int = 0,
    ) -> None:
        self.engine = engine
        self.level = level
        self.cols = tuple(cols)
        self.names = tuple(names)
        self.skip = skip
        self.plan: Plan | None = None
        self._seen: set[tuple[Any, ...]] = set()
        self._natural: tuple[str, ...] = ()

    def on_open(self, element: etree._Element) -> None:
        header = self.engine.header
        if element is header.root and header.kind != "lheo":
            raise InvalidValueError(
                header.name,
                header.kind,
                "a flow of formations (root 'lheo'); an index gives summaries: lheo.search",
            )

    def on_item(self, item: Item) -> list[Row] | None:
        if not item.contained:
            return None
        if self.skip:
            self.skip -= 1
            return None
        plan = self.plan
        if plan is None:
            header = self.engine.header
            plan = self.plan = Plan(header.version, header.namespace, self.cols)
        rows = self.rows(item.element, plan)
        if rows and self._natural != self.names:
            if not self._natural:
                self._natural = tuple(rows[0])
            if self._natural != self.names:
                names = self.names
                rows = [{n: row[n] for n in names} for row in rows]
        return rows

    def rows(self, formation: etree._Element, plan: Plan) -> list[Row]:
        """The rows of one formation element."""
        level = self.level
        readers = plan.readers
        organisme = formation.find(plan.organisme) if plan.organisme else None
        if level == "organisme":
            if organisme is None:
                return []
            row = readers["organisme"].read(organisme)
            key = tuple(row.values())
            if key in self._seen:
                return []
            self._seen.add(key)
            self._extras(row, plan, (organisme,))
            return [row]
        base = readers["formation"].read(formation)
        base.update(readers["organisme"].read(organisme))
        if level == "formation":
            self._extras(base, plan, (formation,))
            return [base]
        rows: list[Row] = []
        read_action = readers["action"].read
        read_session = readers["session"].read
        session_path = plan.session
        extras = plan.extras
        for action in formation.iterfind(plan.action):
            arow = dict(base)
            arow.update(read_action(action))
            if level == "action":
                self._extras(arow, plan, (action, formation))
                rows.append(arow)
                continue
            sessions = action.findall(session_path)
            if not sessions:
                # An action without session still gets its row (session columns empty).
                arow.update(read_session(None))
                self._extras(arow, plan, (action, formation))
                rows.append(arow)
                continue
            for session in sessions:
                srow = dict(arow)
                srow.update(read_session(session))
                if extras:
                    self._extras(srow, plan, (session, action, formation))
                rows.append(srow)
        return rows

    def _extras(self, row: Row, plan: Plan, chain: tuple[etree._Element, ...]) -> None:
        """Custom ``extras[INFO]…`` columns: from the nearest scope that has that extras."""
        for name, path in plan.extras:
            value = None
            for el in chain:
                value = path.text(el)
                if value is not None:
                    break
            row[name] = value


def records(
    source: Source,
    *,
    level: str = "session",
    columns: Sequence[str] | str | None = None,
    version: str | Version | None = None,
) -> Iterator[Row]:
    """Flat rows of a flow, one per session (or formation, action, organisme), streaming.

    The flow is read once, formation by formation, in constant memory, with the protections
    of :func:`lheo.iter_formations`; rows are built straight from the elements (no typed
    objects). The same column names hold for 1.3.0, 2.2 and 2.3 flows (the table of
    :mod:`lheo._columns`, shown in the README's "Data out" section); a column a version lacks
    is ``None``.

    Args:
        source: a path, XML ``bytes``/``str``, or a binary file object: a flow (root
            ``lheo``).
        level: what a row stands for: ``"formation"``, ``"action"``, ``"session"`` (the
            session's action, formation and organisme columns repeated on each row; an
            action without session gives one row with empty session columns) or
            ``"organisme"`` (each organisme responsable once).
        columns: the columns, by name (``"lieu_ville"``; a code column brings its
            ``_label``), by path from a scope (``"action.lieu-de-formation.coordonnees.
            adresse.ville"``, the document's own element names; a list when the last step
            repeats), or by extras ``info`` (``"extras[FLUX-CARIF].region"``); a list or a
            comma-separated string. Default: the level's default columns.
        version: the version to assume when the root has no namespace.

    Yields:
        One ``dict`` per row, its keys in column order.

    Raises:
        InvalidValueError: an unknown level or column, a column the level does not read, a
            source that is an index (no formations: use :func:`lheo.search`).
        ParseError, NotLheoError, UnsupportedVersionError, UnsafeXmlError: as
            :func:`lheo.iter_formations`.

    Example:
        >>> rows = list(lheo.records("examples/data/catalogue-2.3.xml"))
        >>> rows[0]["lieu_ville"], rows[0]["session_debut"]
        ('Metz', datetime.date(2025, 9, 1))

    Added in 0.2.
    """
    cols = columns_for(level, columns)  # a bad level or column fails here, not at next()
    names = output_names(level, columns)
    return _rows(source, level, cols, names, version)


def _rows(
    source: Source,
    level: str,
    cols: Sequence[Column],
    names: Sequence[str],
    version: str | Version | None,
) -> Iterator[Row]:
    return handed_lists(
        source,
        lambda engine, skip: RowMaker(engine, level, cols, names, skip=skip),
        version=version,
    )
