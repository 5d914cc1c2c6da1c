"""Closed establishments: the SIRETs a caller knows to be closed, for the rule ``siret-ferme``.

No such list ships with lheo (the SIRENE stock of establishments is several gigabytes and
changes every month); the caller gives one, from SIRENE's ``StockEtablissement`` CSV or a
list of SIRETs, and lheo keeps it compactly (8 bytes per SIRET, sorted).
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import gzip
import io
import zipfile
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from lheo.errors import LheoError

__all__ = ["ClosedSirets"]

#: The SIRENE columns read: the SIRET and its administrative state (``F`` for fermé).
_SIRET, _STATE, _CLOSED = "siret", "etatAdministratifEtablissement", "F"


class ClosedSirets:
    """A set of SIRETs of closed establishments (``"… in closed"``), compact and read-only.

    Build it with :meth:`from_sirene` (SIRENE's ``StockEtablissement`` CSV, zipped or not),
    :meth:`from_file` (that CSV, or one SIRET per line) or from any iterable of SIRETs, and
    give it to :func:`lheo.rules.check` as ``closed_sirets=``. Safe to share between threads
    (never changed once built).

        >>> from lheo.referentials import ClosedSirets
        >>> closed = ClosedSirets(["30059912300183"])
        >>> "30059912300183" in closed, "30059912300175" in closed, len(closed)
        (True, False, 1)

    Args:
        sirets: the SIRETs (14 digits, as text or numbers).

    Raises:
        LheoError: a value that is not 14 digits (named).

    Added in 0.2.
    """

    __slots__ = ("_values",)

    def __init__(self, sirets: Iterable[str | int]) -> None:
        values = array("q")
        for number, siret in enumerate(sirets, 1):
            values.append(_number(siret, f"SIRET {number}"))
        # Sorted once, then searched: 8 bytes a SIRET, where a set of str takes ten times more.
        self._values = array("q", sorted(set(values)))

    def __contains__(self, siret: object) -> bool:
        if isinstance(siret, str):
            text = siret.strip()
            if not (len(text) == 14 and text.isascii() and text.isdigit()):
                return False
            siret = int(text)
        if not isinstance(siret, int):
            return False
        at = bisect.bisect_left(self._values, siret)
        return at < len(self._values) and self._values[at] == siret

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"<ClosedSirets: {len(self)} SIRET(s)>"

    @classmethod
    def from_sirene(cls, source: str | Path | IO[bytes]) -> ClosedSirets:
        """The closed establishments (``etatAdministratifEtablissement`` ``F``) of SIRENE.

        Reads INSEE's ``StockEtablissement_utf8.csv`` (or its ``.zip``, or a ``.gz``) as it
        comes, in one streaming pass: only the ``siret`` and state columns are kept.

        Raises:
            LheoError: the file cannot be read, or has no ``siret`` and
                ``etatAdministratifEtablissement`` columns.
        """
        with _open_text(source) as (name, lines):
            return cls(_closed_in_sirene(name, lines))

    @classmethod
    def from_file(cls, source: str | Path | IO[bytes]) -> ClosedSirets:
        """A SIRENE stock (see :meth:`from_sirene`) or a list of SIRETs, one per line.

        In a list, blank lines and lines starting with ``#`` are skipped; anything else that
        is not 14 digits is refused with its line number.

        Raises:
            LheoError: the file cannot be read, or a line of a list is not a SIRET.
        """
        with _open_text(source) as (name, lines):
            first = next(lines, "")
            if _STATE in first:
                return cls(_closed_in_sirene(name, _chain(first, lines)))
            return cls(_listed(name, _chain(first, lines)))


def _number(siret: str | int, where: str) -> int:
    text = str(siret).strip()
    if not (len(text) == 14 and text.isascii() and text.isdigit()):
        raise LheoError(f"{where}: {text[:40]!r} is not a SIRET (14 digits)")
    return int(text)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    if first:
        yield first
    yield from rest


def _listed(name: str, lines: Iterable[str]) -> Iterator[int]:
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield _number(text, f"{name}:{number}")


def _closed_in_sirene(name: str, lines: Iterable[str]) -> Iterator[int]:
    rows = csv.reader(lines)
    header = next(rows, [])
    if _SIRET not in header or _STATE not in header:
        raise LheoError(
            f"{name}: not a SIRENE stock of establishments: no {_SIRET!r} and {_STATE!r} "
            "columns in its first line"
        )
    siret, state = header.index(_SIRET), header.index(_STATE)
    for number, row in enumerate(rows, 2):
        if len(row) > max(siret, state) and row[state] == _CLOSED:
            yield _number(row[siret], f"{name}:{number}")


@contextlib.contextmanager
def _open_text(source: str | Path | IO[bytes]) -> Iterator[tuple[str, Iterator[str]]]:
    """The lines of a text file, a ``.gz`` or the first ``.csv`` of a ``.zip``, as UTF-8."""
    name = str(source) if isinstance(source, (str, Path)) else getattr(source, "name", "<file>")
    with contextlib.ExitStack() as stack:
        try:
            raw: IO[bytes]
            if isinstance(source, (str, Path)):
                raw = stack.enter_context(open(source, "rb"))
            else:
                raw = source
            head = raw.read(4) if raw.seekable() else b""
            if raw.seekable():
                raw.seek(0)
            if head.startswith(b"PK"):
                archive = stack.enter_context(zipfile.ZipFile(raw))
                member = next((n for n in archive.namelist() if n.endswith(".csv")), None)
                if member is None:
                    raise LheoError(f"{name}: a zip file without a .csv file")
                raw = stack.enter_context(archive.open(member))
                name = f"{name}:{member}"
            elif head.startswith(b"\x1f\x8b"):
                raw = stack.enter_context(gzip.GzipFile(fileobj=raw))  # type: ignore[arg-type]
        except OSError as error:
            raise LheoError(f"{name}: cannot read: {error.strerror or error}") from None
        except zipfile.BadZipFile as error:
            raise LheoError(f"{name}: not a zip file: {error}") from None
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            yield name, _lines(name, text)
        finally:
            # The caller's own file stays open: only what was opened here is closed.
            text.detach()


def _lines(name: str, text: Iterable[str]) -> Iterator[str]:
    try:
        # Not "yield from": closing this generator would close the caller's file with it.
        for line in text:  # noqa: UP028
            yield line
    except UnicodeDecodeError as error:
        raise LheoError(f"{name}: not UTF-8 text ({error.reason})") from None
    except (OSError, EOFError, zipfile.BadZipFile) as error:
        raise LheoError(f"{name}: cannot read: {error}") from None
