"""Type-checked, never run: the converting constructors accept plain values (mypy --strict).

``mypy tests/typing/check_construct.py`` passes only if the attrs converters written into the
bindings give the constructors these parameter types.
"""

from __future__ import annotations

import datetime as dt

import lheo
from lheo.v2_3 import (
    Action,
    CodeNiveauSortie,
    CodePublicVise,
    Debut,
    DictNiveaux,
    Periode,
    Session,
)


def construct(action: Action, session: Session) -> None:
    session.periode = Periode(debut=dt.datetime(2024, 9, 2, 8, 0), fin=dt.date(2025, 6, 30))
    level = CodeNiveauSortie(value="14")
    also: CodeNiveauSortie = CodeNiveauSortie(value=14)
    member: DictNiveaux = DictNiveaux.NIVEAU_4
    periode = Periode(debut=dt.date(2024, 9, 2), fin="20250630")
    day: dt.date | None = periode.debut.date
    start: Debut = periode.debut
    codes: list[CodePublicVise] = action.code_public_vise
    label: str | None = level.label
    text: str = str(level)
    stamp: lheo.XmlDateTime | None = action.horodatage_creation
    report: lheo.ValidationReport = lheo.validate(action).raise_for_errors()
    data: bytes | None = lheo.write(action, validate=True)
    del also, member, day, start, codes, label, text, stamp, report, data, session
