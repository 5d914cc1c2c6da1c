"""Scripted migration of a folder of Onisep 2.2 flows to 2.3, with a JSON report per flow.

    python examples/migrate_onisep.py [IN_DIR [OUT_DIR]]

Without arguments it migrates the bundled examples/data/onisep-*.xml into a temporary folder.
Each flow gets OUT_DIR/<name>.xml and OUT_DIR/<name>.report.json; a flow whose output would be
invalid is skipped (nothing written for it) and reported.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import lheo
from lheo import enrich

DATA = Path(__file__).resolve().parent / "data"


def add_uai(document: lheo.Document) -> None:
    """Example enrichment: UAI codes known to this script, from a lookup of the ETA_ID."""
    uai_by_eta_id = {"16": "0292338J"}
    from lheo import onisep

    for formation in document.root.offres.formation:
        for action in formation.action:
            for lieu in action.lieu_de_formation:
                view = onisep.etab(lieu)
                uai = uai_by_eta_id.get(view.eta_id or "") if view else None
                if uai:
                    lieu.code_uai_lieu_formation = enrich.code_uai_lieu_formation(uai)


def migrate_folder(in_dir: Path, out_dir: Path, pattern: str = "*.xml") -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in sorted(in_dir.glob(pattern)):
        try:
            version, _kind = lheo.detect(path)
            if version != "2.2":
                print(f"{path.name}: LHÉO {version}, skipped")
                continue
            result = lheo.migrate(path, timezone="Europe/Paris", enrich=add_uai)
        except lheo.LheoError as exc:
            print(f"{path.name}: FAILED: {exc}")
            failures += 1
            continue
        lheo.write(result.document, out_dir / path.name)
        (out_dir / f"{path.stem}.report.json").write_text(result.report.to_json(), "utf-8")
        counts = ", ".join(f"{rule}:{n}" for rule, n in result.report.summary().items())
        print(
            f"{path.name}: {len(result.report.changes)} changes ({counts}), "
            f"{len(result.report.warnings)} warnings, "
            f"{len(result.report.input_issues)} input issues"
        )
    return failures


def main() -> None:
    if len(sys.argv) > 1:
        in_dir = Path(sys.argv[1])
        out_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else in_dir / "2.3"
        sys.exit(1 if migrate_folder(in_dir, out_dir) else 0)
    with tempfile.TemporaryDirectory() as tmp:
        failures = migrate_folder(DATA, Path(tmp), "onisep-*.xml")
        written = sorted(p.name for p in Path(tmp).iterdir())
        print("written:", ", ".join(written))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
