"""Plain Python values of LHÉO leaves, from and to their lexical text.

The values are ``str``, ``date``, ``datetime``, ``int``, ``Decimal`` and :class:`Code`.

One place for these conversions, shared by the typed views, the converting constructors, the
records and the test factories, so that a date or a code reads the same everywhere.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Final

__all__ = [
    "UNKNOWN_DATES",
    "Code",
    "format_date",
    "format_datetime",
    "parse_date",
    "parse_datetime",
]

#: The lexical dates that LHÉO uses for "unknown" (``date-aaaammjj``).
UNKNOWN_DATES: Final = frozenset({"00000000", "99999999"})


class Code(str):
    """A code of an LHÉO table: equal to the code itself, with the table's label.

    ``code == "6"`` and ``code in {"6", "7"}`` work as for a plain ``str``.

    Attributes:
        table: the table's name (``"dict-niveaux"``), or ``None`` when the element has none.
        label: the table's label for the code, or ``None`` when the code is not in the table.

    Added in 0.2.
    """

    table: str | None
    label: str | None

    def __new__(
        cls, code: str, table: str | None = None, labels: Mapping[str, str] | None = None
    ) -> Code:
        self = super().__new__(cls, code)
        self.table = table
        self.label = labels.get(code) if labels is not None else None
        return self

    def __repr__(self) -> str:
        return f"Code({str(self)!r}, label={self.label!r})"

    def __reduce__(self) -> tuple[object, ...]:
        labels = None if self.label is None else {str(self): self.label}
        return (Code, (str(self), self.table, labels))


def parse_date(text: str | None) -> _dt.date | None:
    """``AAAAMMJJ`` → the date, or ``None`` when it is unknown, partial or impossible.

    ``00000000``/``99999999`` (unknown), ``AAAAMM00`` (a month), ``AAAA0000`` (a year) and
    impossible dates such as ``20221345`` all give ``None``; the caller keeps the raw text.
    """
    if text is None:
        return None
    text = text.strip()
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        return None
    try:
        return _dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def format_date(value: _dt.date) -> str:
    """A date → its ``AAAAMMJJ`` form (a ``datetime`` gives its date)."""
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def parse_datetime(text: str | None) -> _dt.datetime | None:
    """``xs:dateTime`` → an aware (offset or ``Z`` given) or naive ``datetime``, else ``None``."""
    if text is None:
        return None
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return _dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def format_datetime(value: _dt.datetime) -> str:
    """A ``datetime`` → its ``xs:dateTime`` form (``2024-01-31T10:00:00``, offset kept)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
