"""Job 2 with plain lxml: build a valid LHÉO 2.3 flow of two formations from scratch."""

import sys

from lxml import etree

NS = "http://lheo.gouv.fr/2.3"


def sub(parent, name, text=None, **attributes):
    element = etree.SubElement(
        parent, f"{{{NS}}}{name}", {k.replace("_", "-"): v for k, v in attributes.items()}
    )
    if text is not None:
        element.text = text
    return element


def address(parent, ligne, codepostal, ville):
    adresse = sub(parent, "adresse")
    sub(adresse, "ligne", ligne)
    sub(adresse, "codepostal", codepostal)
    sub(adresse, "ville", ville)


def formation(offres, numero, title, start, end):
    f = sub(offres, "formation", numero=numero)
    sub(f, "domaine-formation")
    sub(f, "intitule-formation", title)
    sub(f, "objectif-formation", "Acquérir les bases du métier.")
    sub(f, "resultats-attendus", "Diplôme.")
    sub(f, "contenu-formation", "Cours et stages.")
    sub(f, "certifiante", "1")
    contact = sub(sub(f, "contact-formation"), "coordonnees")
    sub(contact, "courriel", "contact@example.fr")
    sub(f, "parcours-de-formation", "1")
    sub(f, "code-niveau-entree", "0")
    action = sub(f, "action", numero=f"{numero}-1")
    sub(action, "rythme-formation", "Temps plein")
    sub(action, "code-public-vise", "81061")
    sub(action, "niveau-entree-obligatoire", "0")
    sub(action, "modalites-alternance", "-")
    sub(action, "modalites-enseignement", "0")
    sub(action, "conditions-specifiques", "Aucune.")
    sub(action, "prise-en-charge-frais-possible", "0")
    lieu = sub(sub(action, "lieu-de-formation"), "coordonnees")
    address(lieu, "1 rue de la Gare", "57000", "Metz")
    sub(action, "modalites-entrees-sorties", "0")
    session = sub(action, "session", numero=f"{numero}-1-1")
    periode = sub(session, "periode")
    sub(periode, "debut", start)
    sub(periode, "fin", end)
    address(sub(session, "adresse-inscription"), "1 rue de la Gare", "57000", "Metz")
    organisme = sub(f, "organisme-formation-responsable")
    sub(organisme, "numero-activite", "11223344556")
    sub(sub(organisme, "SIRET-organisme-formation"), "SIRET", "19573287000017")
    sub(organisme, "nom-organisme", "Lycée Paul-Verlaine")
    sub(organisme, "raison-sociale", "Lycée Paul-Verlaine")
    address(
        sub(sub(organisme, "coordonnees-organisme"), "coordonnees"),
        "1 rue de la Gare",
        "57000",
        "Metz",
    )
    sub(sub(organisme, "contact-organisme"), "coordonnees")


def build():
    root = etree.Element(f"{{{NS}}}lheo", nsmap={None: NS})
    offres = sub(root, "offres")
    formation(offres, "F1", "BTS SIO", "20250901", "20270630")
    formation(offres, "F2", "CAP Cuisine", "20250902", "20270701")
    return root


def main(target, schema_path):
    root = build()
    schema = etree.XMLSchema(etree.parse(schema_path))
    schema.assertValid(root)
    etree.ElementTree(root).write(target, xml_declaration=True, encoding="UTF-8", pretty_print=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
