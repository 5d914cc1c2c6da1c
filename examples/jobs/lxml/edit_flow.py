"""Job 3 with plain lxml: add a UAI and a SIRET where a place of training lacks them, drop the
sessions that ended before a date (keeping one per action), touch the modified timestamps."""

import sys
from datetime import datetime, timezone

from lxml import etree

NS = "{http://lheo.gouv.fr/2.3}"
UAI = {"Metz": "0573287N"}
SIRET = {"Metz": "19573287000017"}


def edit(root, cutoff):
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for action in root.iter(NS + "action"):
        changed = False
        lieu = action.find(NS + "lieu-de-formation")
        ville = (
            lieu.findtext(f"{NS}coordonnees/{NS}adresse/{NS}ville") if lieu is not None else None
        )
        if ville in SIRET and lieu.find(NS + "SIRET-lieu-formation") is None:
            siret = etree.Element(NS + "SIRET-lieu-formation")
            etree.SubElement(siret, NS + "SIRET").text = SIRET[ville]
            lieu.insert(0, siret)  # first in schema order
            changed = True
        if ville in UAI and lieu.find(NS + "code-UAI-lieu-formation") is None:
            uai = etree.Element(NS + "code-UAI-lieu-formation")
            etree.SubElement(uai, NS + "code-UAI").text = UAI[ville]
            before = lieu.find(NS + "coordonnees")  # after SIRET, before coordonnees
            before.addprevious(uai)
            changed = True
        sessions = action.findall(NS + "session")
        for session in sessions:
            fin = session.findtext(f"{NS}periode/{NS}fin") or ""
            if fin.isdigit() and fin < cutoff and len(action.findall(NS + "session")) > 1:
                action.remove(session)
                changed = True
        if changed:
            action.set("horodatage-modification", now)
    return root


def main(source, target, cutoff, schema_path):
    tree = etree.parse(source, etree.XMLParser(resolve_entities=False, no_network=True))
    edit(tree.getroot(), cutoff)
    etree.XMLSchema(etree.parse(schema_path)).assertValid(tree)
    tree.write(target, xml_declaration=True, encoding="UTF-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
