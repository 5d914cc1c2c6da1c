"""Read Onisep extras as typed values in a 2.2 flow and in its 2.3 migration."""

from __future__ import annotations

from pathlib import Path

import lheo
from lheo import extras, onisep

DATA = Path(__file__).resolve().parent / "data"


def show(doc: lheo.Document) -> None:
    print(f"--- LHÉO {doc.version}")
    for formation in doc.root.offres.formation:
        fo = onisep.formation_onisep(formation)
        print(f"formation {formation.intitule_formation.value!r}: {fo}")
        for action in formation.action:
            ao = onisep.action_onisep(action)
            if ao is None:
                continue
            print(f"  action ACT_ID={ao.act_id} uri={ao.uri} created={ao.created}")
            for parcours in ao.parcours:
                print(f"    parcours {parcours.libelle!r}: {parcours.situations}")
            # 2.2 has one lieu-de-formation per action, 2.3 allows several.
            lieux = action.lieu_de_formation
            for lieu in lieux if isinstance(lieux, list) else [lieux]:
                etab = onisep.etab(lieu)
                if etab is not None:
                    print(f"    lieu ETA_ID={etab.eta_id} uri={etab.uri} modified={etab.modified}")


def main() -> None:
    doc22 = lheo.read(DATA / "onisep-2.2.xml")
    show(doc22)
    show(lheo.migrate(doc22).document)
    catalogue = lheo.read(DATA / "catalogue-2.3.xml")
    for formation in catalogue.root.offres.formation:
        for info in ("FORMATION ONISEP",):
            print(info, extras.get(formation, info))


if __name__ == "__main__":
    main()
