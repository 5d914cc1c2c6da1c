"""One CSV row per session with twelve columns, in plain lxml: the baseline of the views
variant of job 1 in benchmarks/jobs_views.py."""

import csv
import sys
from datetime import date

from lxml import etree

NS = "{http://lheo.gouv.fr/2.3}"
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


def text(element, path):
    found = element.find(NS + path.replace("/", "/" + NS))
    return found.text if found is not None else None


def as_date(value):
    if value is None or len(value) != 8 or not value.isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        return None


def rows(path):
    for _, formation in etree.iterparse(path, tag=NS + "formation", resolve_entities=False):
        organisme = formation.find(NS + "organisme-formation-responsable")
        for action in formation.iterfind(NS + "action"):
            lieu = action.find(f"{NS}lieu-de-formation/{NS}coordonnees/{NS}adresse")
            for session in action.iterfind(NS + "session"):
                yield {
                    "formation": formation.get("numero"),
                    "intitule": text(formation, "intitule-formation"),
                    "niveau_sortie": text(formation, "code-niveau-sortie"),
                    "action": action.get("numero"),
                    "ville": text(lieu, "ville") if lieu is not None else None,
                    "codepostal": text(lieu, "codepostal") if lieu is not None else None,
                    "session": session.get("numero"),
                    "debut": as_date(text(session, "periode/debut")),
                    "fin": as_date(text(session, "periode/fin")),
                    "etat_recrutement": text(session, "etat-recrutement"),
                    "organisme": text(organisme, "nom-organisme"),
                    "siret": text(organisme, "SIRET-organisme-formation/SIRET"),
                }
        formation.clear()
        while formation.getprevious() is not None:
            del formation.getparent()[0]


def main(source, target):
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(rows(source))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
