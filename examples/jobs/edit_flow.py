"""Job 3 with lheo: add a UAI and a SIRET where a place of training lacks them, drop the
sessions that ended before a date (keeping one per action), touch the modified timestamps.

    python examples/jobs/edit_flow.py [FLOW] [OUT] [CUTOFF]
"""

import sys
from datetime import date, datetime, timezone

import lheo

UAI = {"Metz": "0573287N"}
SIRET = {"Metz": "19573287000017"}


def edit(tree, cutoff):
    now = datetime.now(timezone.utc).replace(microsecond=0)
    for formation in tree.root.offres.formation:
        for action in formation.action:
            changed = False
            for lieu in action.lieu_de_formation:
                adresse = lieu.coordonnees.adresse
                ville = adresse.ville if adresse is not None else None
                if ville in SIRET and lieu.siret_lieu_formation is None:
                    lieu.siret_lieu_formation = lieu.make("SIRET-lieu-formation")
                    lieu.siret_lieu_formation.siret = SIRET[ville]  # placed in schema order
                    changed = True
                if ville in UAI and lieu.code_uai_lieu_formation is None:
                    lieu.code_uai_lieu_formation = lieu.make("code-UAI-lieu-formation")
                    lieu.code_uai_lieu_formation.code_uai = UAI[ville]  # checked: key letter
                    changed = True
            for session in list(action.session):
                ended = session.periode.fin
                if ended is not None and ended < cutoff and len(action.session) > 1:
                    action.session.remove(session)
                    changed = True
            if changed:
                action.horodatage_modification = now
    return tree


def main(source="examples/data/catalogue-2.3.xml", target=None, cutoff="2026-07-01"):
    tree = edit(lheo.parse(source), date.fromisoformat(cutoff))
    report = tree.validate()
    if not report.ok:
        raise lheo.ValidationError(report)
    return tree.write(target)


if __name__ == "__main__":
    main(*sys.argv[1:])
