"""Job 1 with lheo: one CSV row per session of a LHÉO 2.3 flow.

python examples/jobs/flatten_sessions.py [FLOW] [OUT.csv]
"""

import csv
import sys

import lheo

COLUMNS = [
    "formation",
    "intitule",
    "niveau_sortie",
    "action",
    "ville",
    "codepostal",
    "session",
    "debut",
    "fin",
    "etat_recrutement",
    "organisme",
    "siret",
]


def rows(source):
    for f in lheo.parse(source).root.offres.formation:
        organisme = f.organisme_formation_responsable
        for action in f.action:
            lieux = action.lieu_de_formation
            adresse = lieux[0].coordonnees.adresse if lieux else None
            for session in action.session:
                yield {
                    "formation": f.numero,
                    "intitule": f.intitule_formation,
                    "niveau_sortie": f.code_niveau_sortie,
                    "action": action.numero,
                    "ville": adresse.ville if adresse is not None else None,
                    "codepostal": adresse.codepostal if adresse is not None else None,
                    "session": session.numero,
                    "debut": session.periode.debut,  # a date, or None when unknown
                    "fin": session.periode.fin,
                    "etat_recrutement": session.etat_recrutement,
                    "organisme": organisme.nom_organisme,
                    "siret": organisme.siret_organisme_formation.siret,
                }


def main(source="examples/data/catalogue-2.3.xml", target="/dev/stdout"):
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(rows(source))


if __name__ == "__main__":
    main(*sys.argv[1:])
