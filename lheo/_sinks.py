"""Where the rows of :func:`lheo.records` go: CSV, JSON Lines, Parquet, pandas, nested JSON.

:func:`export` writes a file atomically (:class:`lheo._files.AtomicFile`: the target is the
old file or the whole new one, never half of it) or a binary file object; Parquet goes
through pyarrow in row groups (:data:`ROW_GROUP` rows), so that memory stays flat whatever the
flow's size. :func:`to_dataframe` builds a pandas ``DataFrame`` with typed columns.
``format="json-formations"`` writes one nested JSON object per formation, read straight from
its elements (:func:`formation_json`).

pandas and pyarrow are optional (``lheo[pandas]``, ``lheo[parquet]``), imported only here.

Added in 0.2.
"""

from __future__ import annotations

import csv
import datetime as _dt
import importlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

from lxml import etree

from lheo._columns import Column, columns_for
from lheo._engine import Engine, Handler, Item, handed_lists
from lheo._files import Destination, check_target
from lheo._records import output_names, records
from lheo._xml import Source, local
from lheo.errors import InvalidValueError
from lheo.versions import Version, repeatable

__all__ = [
    "FORMATS",
    "ROW_GROUP",
    "ExportPlan",
    "export",
    "formation_json",
    "iter_formation_json",
    "plan_export",
    "to_dataframe",
    "write_items",
]

#: The formats of :func:`export`.
FORMATS = ("csv", "jsonl", "parquet", "json-formations")

#: Rows per Parquet row group (and per batch held in memory while writing one).
ROW_GROUP = 2_000

#: What separates the values of a list column in CSV (``formation_formacode``).
LIST_SEPARATOR = "|"

Target = str | os.PathLike[str] | IO[bytes]


# ---------------------------------------------------------------------------------------
# Cells


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {value!r}")  # pragma: no cover - rows hold no other type


# ---------------------------------------------------------------------------------------
# Targets


class _Output(Destination):
    """A binary target: a path written atomically, or a file object written as is."""

    def __init__(self, target: Target) -> None:
        if not isinstance(target, (str, os.PathLike)) and not hasattr(target, "write"):
            raise InvalidValueError("target", target, "a path or a binary file object")
        super().__init__(target)


class _Text(io.RawIOBase):
    """The binary write side of an output, for a :class:`io.TextIOWrapper`."""

    def __init__(self, out: Any) -> None:
        super().__init__()
        self._out = out

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._out.write(bytes(data))
        return len(data)


def _text_stream(out: Any) -> io.TextIOWrapper:
    return io.TextIOWrapper(
        io.BufferedWriter(_Text(out), 1 << 16), encoding="utf-8", newline="", write_through=False
    )


# ---------------------------------------------------------------------------------------
# Writers


def _write_csv(rows: Iterable[dict[str, Any]], names: Sequence[str], out: Any) -> int:
    text = _text_stream(out)
    writer = csv.writer(text)
    writer.writerow(names)
    count = 0
    cell = _csv_cell
    for row in rows:
        writer.writerow([cell(v) for v in row.values()])
        count += 1
    text.flush()
    text.detach()
    return count


def _write_jsonl(rows: Iterable[dict[str, Any]], out: Any) -> int:
    text = _text_stream(out)
    dumps = json.JSONEncoder(ensure_ascii=False, default=_json_default).encode
    count = 0
    for row in rows:
        text.write(dumps(row))
        text.write("\n")
        count += 1
    text.flush()
    text.detach()
    return count


def _arrow_type(pa: Any, kind: str) -> Any:
    return {
        "date": pa.date32(),
        "datetime": pa.timestamp("us", tz="UTC"),
        "number": pa.float64(),
        "list": pa.list_(pa.string()),
    }.get(kind, pa.string())


def _kinds(cols: Sequence[Column], names: Sequence[str]) -> dict[str, str]:
    """The kind of each output name (``auto`` for custom columns; labels are text)."""
    by_name = {c.name: c.kind for c in cols}
    return {n: by_name.get(n, "text") for n in names}


def _utc(value: _dt.datetime | None) -> _dt.datetime | None:
    if value is None or value.tzinfo is None:
        return value  # a date without offset: taken as UTC
    return value.astimezone(_dt.timezone.utc)


def _write_parquet(
    rows: Iterator[dict[str, Any]], names: Sequence[str], kinds: dict[str, str], out: Any
) -> int:
    # Optional, untyped: imported by name, as Any.
    pa = importlib.import_module("pyarrow")
    pq = importlib.import_module("pyarrow.parquet")

    count = 0
    writer = None
    schema = None
    try:
        while True:
            batch = [row for _, row in zip(range(ROW_GROUP), rows, strict=False)]
            if not batch and writer is not None:
                break
            if schema is None:
                fields = []
                for name in names:
                    kind = kinds[name]
                    if kind == "auto":
                        # A custom column: a list where its last step repeats.
                        lists = any(isinstance(r.get(name), list) for r in batch)
                        kind = kinds[name] = "list" if lists else "text"
                    fields.append(pa.field(name, _arrow_type(pa, kind)))
                schema = pa.schema(fields)
                writer = pq.ParquetWriter(pa.PythonFile(out, mode="w"), schema)
            columns = {name: [row[name] for row in batch] for name in names}
            for name in names:
                if kinds[name] == "datetime":
                    columns[name] = [_utc(v) for v in columns[name]]
            assert writer is not None
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            count += len(batch)
            if len(batch) < ROW_GROUP:
                break
    finally:
        if writer is not None:
            writer.close()
    return count


# ---------------------------------------------------------------------------------------
# Nested JSON per formation


def formation_json(el: etree._Element, pairs: frozenset[tuple[str, str]]) -> Any:
    """An element as nested JSON: children by local name, lists where the schema repeats.

    A leaf is its text; attributes are ``"@name"`` keys, and the text of an element that also
    has attributes or children is ``"#text"``. ``pairs`` are the version's repeatable
    ``(parent, child)`` pairs (:func:`lheo.versions.repeatable`).
    """
    name = local(el.tag)
    text = (el.text or "").strip()
    children = [c for c in el if isinstance(c.tag, str)]
    if not children and not el.attrib:
        return text
    node: dict[str, Any] = {f"@{local(k)}": v for k, v in el.attrib.items()}
    for child in children:
        key = local(child.tag)
        value = formation_json(child, pairs)
        if (name, key) in pairs:
            node.setdefault(key, []).append(value)
        elif key in node:
            # Out of the schema: a second occurrence where one is allowed.
            previous = node[key]
            node[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            node[key] = value
    if text:
        node["#text"] = text
    return node


class _Nester(Handler):
    def __init__(self, engine: Engine, skip: int) -> None:
        self.engine = engine
        self.skip = skip

    def on_open(self, element: etree._Element) -> None:
        header = self.engine.header
        if element is header.root and header.kind != "lheo":
            raise InvalidValueError(header.name, header.kind, "a flow of formations (root 'lheo')")

    def on_item(self, item: Item) -> Any:
        if not item.contained:
            return None
        if self.skip:
            self.skip -= 1
            return None
        return [formation_json(item.element, repeatable(self.engine.header.version))]


def iter_formation_json(
    source: Source, *, version: str | Version | None = None
) -> Iterator[dict[str, Any]]:
    """The formations of a flow as nested JSON objects (see :func:`formation_json`), streaming."""
    return handed_lists(source, _Nester, version=version)


def _write_formations(formations: Iterable[Any], out: Any) -> int:
    text = _text_stream(out)
    count = 0
    text.write("[")
    for formation in formations:
        text.write(",\n" if count else "\n")
        text.write(json.dumps(formation, ensure_ascii=False))
        count += 1
    text.write("\n]\n" if count else "]\n")
    text.flush()
    text.detach()
    return count


# ---------------------------------------------------------------------------------------
# The API


def export(
    source: Source | Sequence[Source],
    target: Target,
    *,
    format: str = "csv",  # noqa: A002 - the documented keyword
    level: str = "session",
    columns: Sequence[str] | str | None = None,
    version: str | Version | None = None,
) -> int:
    """Write the rows of a flow (see :func:`lheo.records`) to a file, streaming.

    Args:
        source: the flow (a path, XML ``bytes``/``str``, a binary file object), or a list of
            flows whose rows follow each other in one output.
        target: a path, written atomically (never half a file, also when reading fails
            midway), or a binary file object (written as the rows come).
        format: ``"csv"`` (UTF-8, a header row, lists joined by ``|``, dates ISO 8601),
            ``"jsonl"`` (one JSON object a line), ``"parquet"`` (typed columns: dates as
            ``date32``, horodatages as UTC timestamps, coordinates as ``float64``, lists as
            ``list<string>``; row groups of :data:`ROW_GROUP` rows; needs ``lheo[parquet]``)
            or ``"json-formations"`` (a JSON array, one nested object per formation: element
            names as keys, lists where the schema repeats; ``level``/``columns`` do not apply).
        level: as :func:`lheo.records`.
        columns: as :func:`lheo.records`.
        version: the version to assume when the root has no namespace.

    Returns:
        The number of rows (formations for ``json-formations``) written.

    Raises:
        InvalidValueError: an unknown format, level or column.
        OutputError: the target cannot be written.
        LheoError: the flow cannot be read (as :func:`lheo.records`); a path target is then
            left as it was.
        ImportError: ``parquet`` without pyarrow installed (the message names the extra).

    Added in 0.2.
    """
    plan = plan_export(format, level, columns)
    sources: Sequence[Any] = source if isinstance(source, (list, tuple)) else [source]

    def items() -> Iterator[Any]:
        for one in sources:
            if format == "json-formations":
                yield from iter_formation_json(one, version=version)
            else:
                yield from records(one, level=level, columns=columns, version=version)

    return write_items(items(), target, plan)


class ExportPlan:
    """What :func:`write_items` writes: the format, and the rows' names and kinds.

    Attributes:
        format: one of :data:`FORMATS`.
        names: the keys of each row, in order (empty for ``json-formations``).
        kinds: the kind of each name (see :mod:`lheo._columns`).
    """

    def __init__(self, format: str, names: Sequence[str], kinds: dict[str, str]) -> None:  # noqa: A002
        self.format = format
        self.names = tuple(names)
        self.kinds = kinds


def plan_export(format: str, level: str, columns: Sequence[str] | str | None) -> ExportPlan:  # noqa: A002
    """Check the options of :func:`export` before anything is read or written.

    Raises:
        InvalidValueError: an unknown format, level or column.
        ImportError: ``parquet`` without pyarrow.
    """
    if format not in FORMATS:
        raise InvalidValueError("format", format, "one of " + ", ".join(FORMATS))
    if format == "json-formations":
        return ExportPlan(format, (), {})
    cols = columns_for(level, columns)
    names = output_names(level, columns)
    if format == "parquet":
        _need("pyarrow", "parquet")
    return ExportPlan(format, names, _kinds(cols, names))


def write_items(items: Iterator[Any], target: Target, plan: ExportPlan) -> int:
    """Write rows (or nested formations) to ``target`` in the plan's format.

    A path is written atomically: when ``items`` fails midway (a flow that cannot be read),
    the target is left as it was.

    Returns:
        The number of rows (or formations) written.
    """
    if isinstance(target, (str, os.PathLike)):
        check_target(target)
    out = _Output(target)
    try:
        try:
            if plan.format == "json-formations":
                count = _write_formations(items, out.file)
            elif plan.format == "csv":
                count = _write_csv(items, plan.names, out.file)
            elif plan.format == "jsonl":
                count = _write_jsonl(items, out.file)
            else:
                count = _write_parquet(items, plan.names, dict(plan.kinds), out.file)
        finally:
            close: Callable[[], None] | None = getattr(items, "close", None)
            if close is not None:
                close()
    except BaseException:
        out.discard()
        raise
    out.commit()
    return count


def _need(module: str, extra: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise ImportError(
            f"{module} is needed for this: pip install 'lheo[{extra}]'", name=module
        ) from None


def to_dataframe(
    source: Source,
    *,
    level: str = "session",
    columns: Sequence[str] | str | None = None,
    version: str | Version | None = None,
) -> Any:
    """The rows of a flow (see :func:`lheo.records`) as a pandas ``DataFrame``.

    Dates and horodatages are ``datetime64`` columns (horodatages in UTC), codes and their
    labels ``category``, coordinates ``float64``; lists stay Python lists.

    Args:
        source: the flow.
        level: as :func:`lheo.records`.
        columns: as :func:`lheo.records`.
        version: the version to assume when the root has no namespace.

    Raises:
        ImportError: pandas is not installed (the message names the extra ``lheo[pandas]``).
        InvalidValueError, LheoError: as :func:`lheo.records`.

    Added in 0.2.
    """
    _need("pandas", "pandas")
    pd = importlib.import_module("pandas")

    cols = columns_for(level, columns)
    names = output_names(level, columns)
    kinds = _kinds(cols, names)
    codes = {n for c in cols if c.labelled for n in (c.name, c.name + "_label")}
    data: dict[str, list[Any]] = {name: [] for name in names}
    appenders = [(data[name].append, name) for name in names]
    for row in records(source, level=level, columns=columns, version=version):
        for append, name in appenders:
            append(row[name])
    frame = pd.DataFrame(data, columns=list(names))
    for name in names:
        kind = kinds[name]
        if kind == "date":
            frame[name] = pd.to_datetime(frame[name])
        elif kind == "datetime":
            frame[name] = pd.to_datetime([_utc(v) for v in data[name]], utc=True)
        elif kind == "number":
            frame[name] = frame[name].astype("float64")
        elif name in codes:
            frame[name] = frame[name].astype("category")
    return frame
