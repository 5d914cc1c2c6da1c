"""Job 6 with plain lxml: the actions of a LHÉO 2.3 flow whose title contains a word (accents
and case ignored) in one département, as Parcours 3 summaries (for comparison)."""

import sys
import unicodedata

from lxml import etree

NS = "{http://lheo.gouv.fr/2.3}"


def fold(value):
    decomposed = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def text(element, path):
    found = element.find(NS + path.replace("/", "/" + NS))
    return found.text if found is not None else None


def search(path, word, departement):
    word = fold(word)
    for _, formation in etree.iterparse(path, tag=NS + "formation", resolve_entities=False):
        title = text(formation, "intitule-formation")
        if word in fold(title):
            organisme = text(formation, "organisme-formation-responsable/nom-organisme")
            for action in formation.iterfind(NS + "action"):
                lieu = action.find(f"{NS}lieu-de-formation/{NS}coordonnees/{NS}adresse")
                if lieu is None or text(lieu, "departement") != departement:
                    continue
                yield {
                    "numero": action.get("numero"),
                    "organisme": organisme,
                    "intitule": title,
                    "ville": text(lieu, "ville"),
                    "codepostal": text(lieu, "codepostal"),
                    "debuts": [
                        d.text for d in action.iterfind(f"{NS}session/{NS}periode/{NS}debut")
                    ],
                }
        formation.clear()
        while formation.getprevious() is not None:
            del formation.getparent()[0]


if __name__ == "__main__":
    for summary in search(sys.argv[1], sys.argv[2], sys.argv[3]):
        print(summary["numero"], summary["organisme"], summary["ville"], *summary["debuts"])
