"""Type-checked by mypy in CI (`mypy tests/typing`), never executed: pins the public API types."""

from __future__ import annotations

from pathlib import Path

import lheo
from lheo import enrich, onisep
from lheo.migration import MigrationReport, StreamMigrationResult, migrate_stream
from lheo.v2_3 import Formation, Lheo


def check(path: Path, root: Lheo) -> None:
    doc: lheo.Document = lheo.read(path, version="2.3", strict=False)
    version: lheo.Version = doc.version
    kind: str = doc.kind
    detected: tuple[str, str] = lheo.detect(path)
    report: lheo.ValidationReport = lheo.validate(path, stream=None)
    ok: bool = report.ok
    issues: list[lheo.Issue] = report.errors
    data: bytes | None = lheo.write(doc, pretty=False)
    result: lheo.MigrationResult = lheo.migrate(path, timezone="Europe/Paris")
    migrated: lheo.Document = result.document
    audit: MigrationReport = result.report
    counts: dict[str, int] = audit.summary()
    streamed: StreamMigrationResult = migrate_stream(path, path.with_suffix(".out.xml"))
    stream: lheo.FormationStream = lheo.iter_formations(path)
    formation: Formation = root.offres.formation[0]
    view: onisep.FormationOnisep | None = onisep.formation_onisep(formation)
    uai: str = enrich.check_uai("0292338J")
    flow_diff: lheo.FlowDiff = lheo.diff(path, path, version="2.3")
    changes: list[lheo.Change] = list(flow_diff)
    del flow_diff, changes
    del version, kind, detected, ok, issues, data, migrated, counts, streamed, stream, view, uai
