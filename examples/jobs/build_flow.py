"""Job 2 with lheo: build a valid LHÉO 2.3 flow of two formations from scratch.

    python examples/jobs/build_flow.py [OUT.xml]

Constructors take plain values (text, codes as "0" or 0, dates) and check them at once.
"""

import sys
from datetime import date

import lheo
from lheo import v2_3 as v


def metz():
    return v.Adresse(ligne="1 rue de la Gare", codepostal="57000", ville="Metz")


def formation(numero, title, start, end):
    session = v.Session(
        numero=f"{numero}-1-1",
        periode=v.Periode(debut=start, fin=end),
        adresse_inscription=v.AdresseInscription(adresse=metz()),
    )
    action = v.Action(
        numero=f"{numero}-1",
        rythme_formation="Temps plein",
        code_public_vise="81061",
        niveau_entree_obligatoire=0,
        modalites_alternance="-",
        modalites_enseignement=0,
        conditions_specifiques="Aucune.",
        prise_en_charge_frais_possible=0,
        lieu_de_formation=v.LieuDeFormation(coordonnees=v.Coordonnees(adresse=metz())),
        modalites_entrees_sorties=0,
        session=session,
    )
    organisme = v.OrganismeFormationResponsable(
        numero_activite="11223344556",
        nom_organisme="Lycée Paul-Verlaine",
        siret_organisme_formation=v.SiretOrganismeFormation(siret="19573287000017"),
        raison_sociale="Lycée Paul-Verlaine",
        contact_organisme=v.ContactOrganisme(coordonnees=v.Coordonnees()),
        coordonnees_organisme=v.CoordonneesOrganisme(coordonnees=v.Coordonnees(adresse=metz())),
    )
    return v.Formation(
        numero=numero,
        domaine_formation=v.DomaineFormation(),
        intitule_formation=title,
        objectif_formation="Acquérir les bases du métier.",
        resultats_attendus="Diplôme.",
        contenu_formation="Cours et stages.",
        certifiante=1,
        parcours_de_formation=1,
        contact_formation=v.ContactFormation(
            coordonnees=v.Coordonnees(courriel="contact@example.fr")
        ),
        code_niveau_entree=0,
        action=action,
        organisme_formation_responsable=organisme,
    )


def build():
    bts = formation("F1", "BTS SIO", date(2025, 9, 1), date(2027, 6, 30))
    cap = formation("F2", "CAP Cuisine", date(2025, 9, 2), date(2027, 7, 1))
    return v.Lheo(offres=v.Offres(formation=[bts, cap]))


def main(target=None):
    return lheo.write(build(), target, validate=True)  # refuses an invalid flow, writes nothing


if __name__ == "__main__":
    main(*sys.argv[1:])
