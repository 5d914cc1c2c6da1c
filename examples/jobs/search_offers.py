"""Job 6 with lheo: the actions of a LHÉO 2.3 flow whose title contains a word (accents and
case ignored) in one département, as Parcours 3 summaries.

    python examples/jobs/search_offers.py [FLOW] [WORD] [DEPARTEMENT]
"""

import sys
import unicodedata

import lheo


def fold(value):
    decomposed = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search(source, word, departement):
    for f in lheo.parse(source).root.offres.formation:
        if fold(word) in fold(f.intitule_formation):
            for action in f.action:
                lieux = action.lieu_de_formation
                adresse = lieux[0].coordonnees.adresse if lieux else None
                if adresse is not None and adresse.departement == departement:
                    yield {
                        "numero": action.numero,
                        "organisme": f.organisme_formation_responsable.nom_organisme,
                        "intitule": f.intitule_formation,
                        "ville": adresse.ville,
                        "codepostal": adresse.codepostal,
                        "debuts": [s.periode.raw("debut") for s in action.session],
                    }


def main(source="examples/data/catalogue-2.3.xml", word="informatique", departement="57"):
    for summary in search(source, word, departement):
        print(summary["numero"], summary["organisme"], summary["ville"], *summary["debuts"])


if __name__ == "__main__":
    main(*sys.argv[1:])
