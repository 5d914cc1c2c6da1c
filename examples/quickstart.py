"""Quick tour: read a 2.3 flow, look at typed values, edit, validate and write it back."""

from __future__ import annotations

import tempfile
from pathlib import Path

import lheo
from lheo import onisep

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    doc = lheo.read(DATA / "catalogue-2.3.xml")
    print(f"LHÉO {doc.version} ({doc.kind}), {len(doc.root.offres.formation)} formations")
    for formation in doc.root.offres.formation:
        sessions = sum(len(action.session) for action in formation.action)
        print(
            f"- {formation.intitule_formation.value}: {len(formation.action)} action(s), "
            f"{sessions} session(s)"
        )
        view = onisep.formation_onisep(formation)
        if view is not None:
            print(f"  Onisep FOR_ID {view.for_id}, type {view.type_formation_libelle!r}")

    # Edit a value and check the document is still valid before writing it.
    first = doc.root.offres.formation[0]
    first.intitule_formation.value += " (mise à jour)"
    report = lheo.validate(doc)
    print("valid after edit:", report.ok)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "catalogue.xml"
        lheo.write(doc, out)
        again = lheo.read(out)
        assert again.root.offres.formation[0].intitule_formation.value.endswith("(mise à jour)")
        print(f"written and read back: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
