"""Type-checked by mypy in CI (`mypy tests/typing`), never executed: pins the views' types."""

from __future__ import annotations

import datetime
from pathlib import Path

import lheo
from lheo.views import ValueList, ViewList, v2_3


def check(path: Path) -> None:
    tree: lheo.Tree = lheo.parse(path, version="2.3")
    version: lheo.Version = tree.version
    root: v2_3.LheoView = tree.root_as(v2_3.LheoView)
    formations: ViewList[v2_3.FormationView] = root.offres.formation
    formation: v2_3.FormationView = formations[0]
    title: str | None = formation.intitule_formation
    level: lheo.Code | None = formation.code_niveau_sortie
    label: str | None = level.label if level is not None else None
    codes: ValueList[str] = formation.domaine_formation.code_formacode
    session: v2_3.SessionView = formation.action[0].session[0]
    start: datetime.date | None = session.periode.debut
    created: datetime.datetime | None = formation.horodatage_creation
    url: v2_3.UrlFormationView | None = formation.url_formation
    new: v2_3.SessionView = formation.action[0].session.append_new()
    formation.code_niveau_entree = lheo.Code("6")
    session.periode.fin = datetime.date(2025, 6, 30)
    raw: str | None = session.periode.raw("fin")
    data: bytes | None = tree.write(pretty=True)
    report: lheo.ValidationReport = tree.validate()
    doc: lheo.Document = tree.to_document()
    stream: lheo.ViewStream = lheo.iter_formations(path, view=True)
    bound: lheo.FormationStream = lheo.iter_formations(path)
    del title, label, codes, start, created, url, new, raw, data, report, doc, stream, bound
    del version
