"""Job 1 with plain lxml: one CSV row per session of a LHÉO 2.3 flow, the rows of
``lheo.export(flow, "out.csv")`` (the benchmark's baseline).

    python examples/jobs/lxml/flatten_sessions.py FLOW.xml OUT.csv

Written by hand with ``lxml.etree.iterparse``, as a user would without lheo: the same rows
(the default session columns of :func:`lheo.records`, same order, same CSV form) so that the
benchmark compares like with like. ``tests/test_records.py`` checks that both give the same
file on the example flow.
"""

from __future__ import annotations

import csv
import sys
from datetime import date, datetime, timedelta, timezone

from lxml import etree

NS = "{http://lheo.gouv.fr/2.3}"

BOOLEAN = {"0": "non", "1": "oui"}
ETAT = {"1": "ouvert", "2": "fermé", "3": "suspendu"}


def load_niveaux() -> dict[str, str]:
    # The labels of dict-niveaux, from the official table file when run from the project.
    from lheo.tables import v2_3  # noqa: PLC0415 - a table, not the library's reading

    return dict(v2_3.niveaux.items())


COLUMNS = [
    "formation_numero", "formation_uri", "formation_datecrea", "formation_datemaj",
    "formation_intitule", "formation_certifiante", "formation_certifiante_label",
    "formation_rncp", "formation_certifinfo", "formation_rs", "formation_formacode",
    "formation_nsf", "formation_rome", "formation_niveau_entree",
    "formation_niveau_entree_label", "formation_niveau_sortie", "formation_niveau_sortie_label",
    "formation_contact_nom", "formation_contact_prenom", "formation_contact_telephone",
    "formation_contact_courriel", "formation_onisep_id", "formation_horodatage_creation",
    "formation_horodatage_modification", "organisme_numero", "organisme_uri",
    "organisme_nom", "organisme_siret", "action_numero", "action_uri", "action_public_vise",
    "action_niveau_entree_obligatoire", "action_niveau_entree_obligatoire_label",
    "action_onisep_id", "action_horodatage_creation", "action_horodatage_modification",
    "lieu_nom", "lieu_adresse", "lieu_codepostal", "lieu_code_insee", "lieu_ville",
    "lieu_departement", "lieu_region", "lieu_latitude", "lieu_longitude", "lieu_onisep_id",
    "lieu_statut", "session_numero", "session_debut", "session_fin",
    "session_etat_recrutement", "session_etat_recrutement_label",
]  # fmt: skip


def q(path: str) -> str:
    return NS + path.replace("/", "/" + NS)


def text(element, path):
    if element is None:
        return None
    found = element.find(q(path))
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def texts(element, path):
    found = [e.text.strip() for e in element.iterfind(q(path)) if e.text and e.text.strip()]
    return "|".join(found) if found else None


def extra(element, block, prefix):
    if element is None:
        return None
    for extras in element.iterfind(f"{NS}extras[@info='{block}']"):
        for item in extras.iterfind(NS + "extra"):
            if item.get("info", "").startswith(prefix) and item.text and item.text.strip():
                return item.text.strip()
    return None


def stamp(formation, name):
    # On the formation, else on its Onisep block (Onisep's 2.3 flows).
    value = formation.get(name)
    if value is None:
        block = formation.find(f"{NS}extras[@info='FORMATION ONISEP']")
        value = None if block is None else block.get(name)
    return as_datetime(value)


def as_date(value):
    if value is None or len(value) != 8 or not value.isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:])).isoformat()
    except ValueError:
        return None


def as_datetime(value):
    if value is None:
        return None
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    if found.tzinfo == timezone(timedelta(0)):
        return found.isoformat()
    return found.isoformat()


def as_float(value):
    try:
        return repr(float(value)) if value is not None else None
    except ValueError:
        return None


def rows(path, niveaux):
    for _, formation in etree.iterparse(path, tag=NS + "formation", resolve_entities=False):
        contact = formation.find(q("contact-formation/coordonnees"))
        organisme = formation.find(NS + "organisme-formation-responsable")
        certifiante = text(formation, "certifiante")
        entree = text(formation, "code-niveau-entree")
        sortie = text(formation, "code-niveau-sortie")
        telephone = text(contact, "telfixe/numtel") or text(contact, "portable/numtel")
        base = [
            formation.get("numero"), formation.get("uri"),
            as_date(formation.get("datecrea")), as_date(formation.get("datemaj")),
            text(formation, "intitule-formation"), certifiante, BOOLEAN.get(certifiante),
            texts(formation, "certification/code-RNCP"),
            texts(formation, "certification/code-CERTIFINFO"),
            texts(formation, "certification/code-RS"),
            texts(formation, "domaine-formation/code-FORMACODE"),
            texts(formation, "domaine-formation/code-NSF"),
            texts(formation, "domaine-formation/code-ROME"),
            entree, niveaux.get(entree), sortie, niveaux.get(sortie),
            text(contact, "nom"), text(contact, "prenom"), telephone, text(contact, "courriel"),
            extra(formation, "FORMATION ONISEP", "FOR_ID"),
            stamp(formation, "horodatage-creation"), stamp(formation, "horodatage-modification"),
            None if organisme is None else organisme.get("numero"),
            None if organisme is None else organisme.get("uri"),
            text(organisme, "nom-organisme"), text(organisme, "SIRET-organisme-formation/SIRET"),
        ]  # fmt: skip
        for action in formation.iterfind(NS + "action"):
            lieu = action.find(NS + "lieu-de-formation")
            adresse = None if lieu is None else lieu.find(q("coordonnees/adresse"))
            obligatoire = text(action, "niveau-entree-obligatoire")
            lignes = None if adresse is None else texts(adresse, "ligne")
            nom = text(adresse, "denomination") or text(lieu, "coordonnees/nom")
            head = base + [
                action.get("numero"), action.get("uri"), texts(action, "code-public-vise"),
                obligatoire, BOOLEAN.get(obligatoire),
                extra(action, "ACTION ONISEP", "ACT_ID"),
                as_datetime(action.get("horodatage-creation")),
                as_datetime(action.get("horodatage-modification")),
                nom, lignes.replace("|", ", ") if lignes else None,
                text(adresse, "codepostal"), text(adresse, "code-INSEE-commune"),
                text(adresse, "ville"), text(adresse, "departement"), text(adresse, "region"),
                as_float(text(adresse, "geolocalisation/latitude")),
                as_float(text(adresse, "geolocalisation/longitude")),
                extra(lieu, "ETAB ONISEP", "ETA_ID"), extra(lieu, "ETAB ONISEP", "STATUT"),
            ]  # fmt: skip
            sessions = action.findall(NS + "session") or [None]
            for session in sessions:
                if session is None:
                    yield head + [None] * 5
                    continue
                etat = text(session, "etat-recrutement")
                yield head + [
                    session.get("numero"), as_date(text(session, "periode/debut")),
                    as_date(text(session, "periode/fin")), etat, ETAT.get(etat),
                ]  # fmt: skip
        formation.clear()
        while formation.getprevious() is not None:
            del formation.getparent()[0]


def main(source, target):
    niveaux = load_niveaux()
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(rows(source, niveaux))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
