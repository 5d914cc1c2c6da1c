from __future__ import annotations

from enum import Enum
from typing import ForwardRef

import attr
from xsdata.models.datatype import XmlDateTime

__NAMESPACE__ = "http://lheo.gouv.fr/2.3"


@attr.s(slots=True, kw_only=True)
class DateAaaammjjElement:
    class Meta:
        name = "date-aaaammjj-element"

    value: str = attr.ib(
        default="",
        metadata={
            "length": 8,
            "pattern": r"[0-9][0-9][0-9][0-9][019][0-9][01239][0-9]",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


class DictAis(Enum):
    """
    Objectif général de formation.

    Attributes:
        VALUE_1: Code(s) obsolète(s)
        VALUE_6: Certification
        VALUE_7: Professionnalisation
        VALUE_8: Préparation à la qualification
        VALUE_5: Remise à niveau, maîtrise des savoirs de base,
            initiation
        VALUE_9: (Re)mobilisation, aide à l'élaboration de projet
            professionnel
        VALUE_2: Perfectionnement, élargissement des compétences
        VALUE_3: Perfectionnement, élargissement des compétences
        VALUE_4: Création d'entreprise
    """

    VALUE_1 = "1"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_5 = "5"
    VALUE_9 = "9"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DictBoolean(Enum):
    """
    Valeurs booléennes.

    Attributes:
        VALUE_0: non
        VALUE_1: oui
    """

    VALUE_0 = "0"
    VALUE_1 = "1"


class DictEtatRecrutement(Enum):
    """
    Etat du recrutement.

    Attributes:
        VALUE_1: ouvert
        VALUE_2: fermé
        VALUE_3: suspendu
    """

    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"


class DictFinanceurs(Enum):
    """
    Financeurs.

    Attributes:
        VALUE_11: Etat - Ministère chargé de l'emploi
        VALUE_12: Etat - Ministère de l'éducation nationale
        VALUE_13: Etat - Autre
        VALUE_2: Collectivité territoriale - Conseil régional
        VALUE_3: Fonds européens - FSE
        VALUE_4: Pôle emploi
        VALUE_5: Entreprise
        VALUE_6: ACSÉ (anciennement FASILD)
        VALUE_7: AGEFIPH
        VALUE_8: Collectivité territoriale - Conseil général
        VALUE_9: Collectivité territoriale - Commune
        VALUE_15: Collectivité territoriale - Autre
        VALUE_10: Bénéficiaire de l'action
        VALUE_0: Autre
        VALUE_14: Fonds européens - Autre
        VALUE_16: OPCO
        VALUE_17: Transition Pro
        VALUE_18: LADOM
        VALUE_19: État - Ministère de l’intérieur
        VALUE_20: OFII - Office français de l’immigration et de
            l'intégration
        VALUE_1: Code(s) obsolète(s)
    """

    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"
    VALUE_15 = "15"
    VALUE_10 = "10"
    VALUE_0 = "0"
    VALUE_14 = "14"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_18 = "18"
    VALUE_19 = "19"
    VALUE_20 = "20"
    VALUE_1 = "1"


class DictModaliteRecrutement(Enum):
    """
    Modalité de recrutement.

    Attributes:
        VALUE_0: information inconnue
        VALUE_1: méthode de recrutement par simulation
        VALUE_2: concours
        VALUE_3: dossier
        VALUE_4: tests pratiques
        VALUE_5: épreuves écrites
        VALUE_6: épreuves orales
        VALUE_7: inscription sur candidature
        VALUE_8: entretien ou RDV individuel
        VALUE_9: information collective
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"


class DictModalitesEnseignement(Enum):
    """
    Formation présentielle ou a distance.

    Attributes:
        VALUE_0: formation entièrement présentielle
        VALUE_1: formation mixte
        VALUE_2: formation entièrement à distance
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"


class DictModalitesEs(Enum):
    """
    Modalités d'entrées/sorties.

    Attributes:
        VALUE_0: entrées/sorties à dates fixes
        VALUE_1: entrées/sorties permanentes
    """

    VALUE_0 = "0"
    VALUE_1 = "1"


class DictNiveaux(Enum):
    """
    Niveaux.

    Attributes:
        VALUE_0: information non communiquée
        VALUE_1: sans niveau spécifique
        VALUE_2: niveau VI (illettrisme, analphabétisme)
        VALUE_3: niveau V bis (préqualification)
        VALUE_4: niveau V (CAP, BEP, CFPA du premier degré)
        VALUE_5: niveau IV (BP, BT, baccalauréat professionnel ou
            technologique)
        VALUE_6: niveau III (BTS, DUT)
        VALUE_7: niveau II (licence ou maîtrise universitaire)
        VALUE_8: niveau I (supérieur à la maîtrise)
        VALUE_11: Niveau 1. Maîtrise des savoirs de base
        VALUE_12: Niveau 2. Capacité à effectuer des activités simples
            et résoudre des problèmes courants à l'aide de règles et
            d'outils simples en mobilisant des savoir-faire
            professionnels dans un contexte structuré
        VALUE_13: Niveau 3. Capacité à effectuer des activités et
            résoudre des problèmes en sélectionnant et appliquant des
            méthodes, des outils, des matériels et des informations de
            base, dans un contexte connu, ainsi que la capacité à
            adapter les moyens d'exécution et son comportement aux
            circonstances
        VALUE_14: Niveau 4. Capacité à effectuer des activités
            nécessitant de mobiliser un éventail large d'aptitudes,
            d'adapter des solutions existantes pour résoudre des
            problèmes précis, à organiser son travail de manière
            autonome dans des contextes généralement prévisibles mais
            susceptibles de changer, ainsi qu'à participer à
            l'évaluation des activités. Exemple: diplôme national du
            baccalauréat
        VALUE_15: Niveau 5. Capacité à maitriser des savoir-faire dans
            un champ d'activité, à élaborer des solutions à des
            problèmes nouveaux, à analyser et interpréter des
            informations, en mobilisant des concepts, à transmettre le
            savoir-faire et des méthodes
        VALUE_16: Niveau 6. Capacité à analyser et résoudre des
            problèmes complexes imprévus dans un domaine spécifique, à
            formaliser des savoir-faire et des méthodes et à les
            capitaliser. Exemple: grade de licence
        VALUE_17: Niveau 7. Capacité à élaborer et mettre en œuvre des
            stratégies alternatives pour le développement de l'activité
            professionnelle dans des contextes professionnels complexes,
            ainsi qu'à évaluer les risques et les conséquences de son
            activité. Exemple: grade de master
        VALUE_18: Niveau 8. Capacité à identifier et résoudre des
            problèmes complexes et nouveaux impliquant une pluralité de
            domaines, en mobilisant les connaissances et les savoir-
            faire les plus avancés, à concevoir et piloter des projets
            et des processus de recherche et d'innovation. Exemple:
            diplôme national de doctorat
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"
    VALUE_15 = "15"
    VALUE_16 = "16"
    VALUE_17 = "17"
    VALUE_18 = "18"


class DictPerimetreRecrutement(Enum):
    """
    Périmètre de recrutement.

    Attributes:
        VALUE_0: Autres
        VALUE_1: Commune
        VALUE_2: Département
        VALUE_3: Région
        VALUE_4: Interrégion
        VALUE_5: Pays
        VALUE_6: International
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"


class DictTypeAlternance(Enum):
    """
    Type de contrat d'alternance.

    Attributes:
        VALUE_0: Tout type de contrat d'alternance
        VALUE_1: Contrat d'apprentissage (CA)
        VALUE_2: Contrat de professionalisation (CP)
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"


class DictTypeContact(Enum):
    """
    Type de contact.

    Attributes:
        VALUE_0: Autre
        VALUE_1: Référent handicap
        VALUE_2: Référent mobilité internationale
        VALUE_3: Référent pédagogique
        VALUE_4: Accueil
        VALUE_5: Direction
        VALUE_6: Référent qualité
        VALUE_7: Référent entreprise
        VALUE_8: Référent commercial
        VALUE_9: Gestionnaire financier
        VALUE_10: Direction Déléguée aux Formations Professionnelles et
            Techniques (DDFPT)
        VALUE_11: Communication
        VALUE_12: Référent FOAD
        VALUE_13: Référent VAE
        VALUE_14: Référent Apprentissage
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"
    VALUE_10 = "10"
    VALUE_11 = "11"
    VALUE_12 = "12"
    VALUE_13 = "13"
    VALUE_14 = "14"


class DictTypeCycle(Enum):
    """
    Type de cycle.

    Attributes:
        VALUE_0: Formation initiale
        VALUE_1: Contrat d'apprentissage
    """

    VALUE_0 = "0"
    VALUE_1 = "1"


class DictTypeEnseignement(Enum):
    """
    Type d'enseignement.

    Attributes:
        VALUE_1: art
        VALUE_2: enseignement de spécialité
        VALUE_3: enseignement optionnel
        VALUE_4: langue
        VALUE_5: langue vivante 1
        VALUE_6: langue vivante 2
        VALUE_7: langue vivante 3
        VALUE_8: sport
        VALUE_9: enseignement général
        VALUE_10: enseignement professionnel
    """

    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"
    VALUE_10 = "10"


class DictTypeEquipement(Enum):
    """
    Type d'équipement.

    Attributes:
        VALUE_0: Autre
        VALUE_1: Protection de la tête
        VALUE_2: Protection des yeux
        VALUE_3: Protection des mains
        VALUE_4: Protection de l'ouïe
        VALUE_5: Protection du corps
        VALUE_6: Protection des pieds
        VALUE_7: Protection des voies respiratoires
        VALUE_8: Protection chutes
        VALUE_9: Outillage professionnel
        VALUE_10: Tenue professionnelle
        VALUE_11: Équipement numérique
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"
    VALUE_5 = "5"
    VALUE_6 = "6"
    VALUE_7 = "7"
    VALUE_8 = "8"
    VALUE_9 = "9"
    VALUE_10 = "10"
    VALUE_11 = "11"


class DictTypeModule(Enum):
    """
    Type de module.

    Attributes:
        VALUE_0: information inconnue
        VALUE_1: obligatoire
        VALUE_2: personnalisable
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"


class DictTypeParcours(Enum):
    """
    Type de parcours de formation.

    Attributes:
        VALUE_1: en groupe (non personnalisable)
        VALUE_2: individualisé
        VALUE_3: modularisé
        VALUE_4: mixte
    """

    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


class DictTypePositionnement(Enum):
    """
    Type de positionnement.

    Attributes:
        VALUE_1: réglementaire
        VALUE_2: pédagogique
    """

    VALUE_1 = "1"
    VALUE_2 = "2"


class DictTypeValidationBlocs(Enum):
    """
    Type de validation d'un bloc de compétences.

    Attributes:
        VALUE_0: Partielle: certains blocs mais pas la totalité de date
            à date
        VALUE_1: Totale: tous les blocs
        VALUE_2: Mixte: une validation totale mais proposée également en
            individualisation de parcours avec des blocs accessibles
            dans cette session
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"


class DictUniteRythme(Enum):
    """
    Unité de rythme.

    Attributes:
        VALUE_0: Heure
        VALUE_1: Demi-journée
        VALUE_2: Journée
        VALUE_3: Semaine
        VALUE_4: Mois
    """

    VALUE_0 = "0"
    VALUE_1 = "1"
    VALUE_2 = "2"
    VALUE_3 = "3"
    VALUE_4 = "4"


@attr.s(slots=True, kw_only=True)
class Extra:
    """
    Élément d'extension (cercle 3).
    """

    class Meta:
        name = "extra"
        namespace = "http://lheo.gouv.fr/2.3"

    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    any_attributes: dict[str, str] = attr.ib(
        factory=dict,
        metadata={
            "type": "Attributes",
            "namespace": "##any",
        },
    )
    content: list[object] = attr.ib(
        factory=list,
        metadata={
            "type": "Wildcard",
            "namespace": "##any",
            "mixed": True,
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NombreElement:
    class Meta:
        name = "nombre-element"

    value: int = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte10Element:
    class Meta:
        name = "texte-10-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 10,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte2A3Element:
    class Meta:
        name = "texte-2-a-3-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 2,
            "max_length": 3,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte2A5Element:
    class Meta:
        name = "texte-2-a-5-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 2,
            "max_length": 5,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte25Element:
    class Meta:
        name = "texte-25-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 25,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte250Element:
    class Meta:
        name = "texte-250-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 250,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte255Element:
    class Meta:
        name = "texte-255-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 255,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte3A10Element:
    class Meta:
        name = "texte-3-a-10-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 3,
            "max_length": 10,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte3A160Element:
    class Meta:
        name = "texte-3-a-160-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 3,
            "max_length": 160,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte3A400Element:
    class Meta:
        name = "texte-3-a-400-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 3,
            "max_length": 400,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte3000Element:
    class Meta:
        name = "texte-3000-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 3000,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte4A10Element:
    class Meta:
        name = "texte-4-a-10-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 4,
            "max_length": 10,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte4A5Element:
    class Meta:
        name = "texte-4-a-5-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 4,
            "max_length": 5,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte50Element:
    class Meta:
        name = "texte-50-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 50,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte500Element:
    class Meta:
        name = "texte-500-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 500,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte6Element:
    class Meta:
        name = "texte-6-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 6,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte600Element:
    class Meta:
        name = "texte-600-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 1,
            "max_length": 600,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Texte8A40Element:
    class Meta:
        name = "texte-8-a-40-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 8,
            "max_length": 40,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe11Element:
    class Meta:
        name = "texte-fixe-11-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 11,
            "max_length": 11,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe14Element:
    class Meta:
        name = "texte-fixe-14-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 14,
            "max_length": 14,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe2Element:
    class Meta:
        name = "texte-fixe-2-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 2,
            "max_length": 2,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe3Element:
    class Meta:
        name = "texte-fixe-3-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 3,
            "max_length": 3,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe5Element:
    class Meta:
        name = "texte-fixe-5-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 5,
            "max_length": 5,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteFixe8Element:
    class Meta:
        name = "texte-fixe-8-element"

    value: str = attr.ib(
        default="",
        metadata={
            "min_length": 8,
            "max_length": 8,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax150Element:
    class Meta:
        name = "texte-max-150-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 150,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax200Element:
    class Meta:
        name = "texte-max-200-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 200,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax250Element:
    class Meta:
        name = "texte-max-250-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 250,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax30Element:
    class Meta:
        name = "texte-max-30-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 30,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax3000Element:
    class Meta:
        name = "texte-max-3000-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 3000,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TexteMax50Element:
    class Meta:
        name = "texte-max-50-element"

    value: str = attr.ib(
        default="",
        metadata={
            "max_length": 50,
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Siret(TexteFixe14Element):
    class Meta:
        name = "SIRET"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class AccesHandicapes(Texte250Element):
    class Meta:
        name = "acces-handicapes"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class AnneeCycle(NombreElement):
    class Meta:
        name = "annee-cycle"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CapaciteCumulee(NombreElement):
    class Meta:
        name = "capacite-cumulee"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CapaciteSimultanee(NombreElement):
    class Meta:
        name = "capacite-simultanee"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Civilite(Texte50Element):
    class Meta:
        name = "civilite"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeCertifinfo(Texte10Element):
    class Meta:
        name = "code-CERTIFINFO"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeCpf(Texte4A10Element):
    class Meta:
        name = "code-CPF"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeElu(Texte4A10Element):
    class Meta:
        name = "code-ELU"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeFormacode(TexteFixe5Element):
    class Meta:
        name = "code-FORMACODE"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeInseeCanton(Texte4A5Element):
    class Meta:
        name = "code-INSEE-canton"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeInseeCommune(TexteFixe5Element):
    class Meta:
        name = "code-INSEE-commune"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeNsf(TexteFixe3Element):
    class Meta:
        name = "code-NSF"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeRncp(Texte10Element):
    class Meta:
        name = "code-RNCP"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeRome(TexteFixe5Element):
    class Meta:
        name = "code-ROME"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeRs(Texte3A10Element):
    class Meta:
        name = "code-RS"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeUai(TexteFixe8Element):
    class Meta:
        name = "code-UAI"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeBloc(Texte8A40Element):
    class Meta:
        name = "code-bloc"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeModalitePedagogique(TexteFixe5Element):
    class Meta:
        name = "code-modalite-pedagogique"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodePublicVise(TexteFixe5Element):
    class Meta:
        name = "code-public-vise"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Codepostal(TexteFixe5Element):
    class Meta:
        name = "codepostal"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Commentaire(Texte500Element):
    class Meta:
        name = "commentaire"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ConditionsSpecifiques(Texte3000Element):
    class Meta:
        name = "conditions-specifiques"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContenuFormation(Texte3000Element):
    class Meta:
        name = "contenu-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Courriel(Texte3A160Element):
    class Meta:
        name = "courriel"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CoutIndicatifEquipement(NombreElement):
    class Meta:
        name = "cout-indicatif-equipement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Date(DateAaaammjjElement):
    class Meta:
        name = "date"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Debut(DateAaaammjjElement):
    class Meta:
        name = "debut"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Denomination(Texte255Element):
    class Meta:
        name = "denomination"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Departement(Texte2A3Element):
    class Meta:
        name = "departement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DetailConditionsPriseEnCharge(Texte600Element):
    class Meta:
        name = "detail-conditions-prise-en-charge"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictAisElement:
    class Meta:
        name = "dict-AIS-element"

    value: DictAis = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictBooleanElement:
    class Meta:
        name = "dict-boolean-element"

    value: DictBoolean = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictEtatRecrutementElement:
    class Meta:
        name = "dict-etat-recrutement-element"

    value: DictEtatRecrutement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictFinanceursElement:
    class Meta:
        name = "dict-financeurs-element"

    value: DictFinanceurs = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictModaliteRecrutementElement:
    class Meta:
        name = "dict-modalite-recrutement-element"

    value: DictModaliteRecrutement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictModalitesEnseignementElement:
    class Meta:
        name = "dict-modalites-enseignement-element"

    value: DictModalitesEnseignement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictModalitesEsElement:
    class Meta:
        name = "dict-modalites-es-element"

    value: DictModalitesEs = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictNiveauxElement:
    class Meta:
        name = "dict-niveaux-element"

    value: DictNiveaux = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictPerimetreRecrutementElement:
    class Meta:
        name = "dict-perimetre-recrutement-element"

    value: DictPerimetreRecrutement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeAlternanceElement:
    class Meta:
        name = "dict-type-alternance-element"

    value: DictTypeAlternance = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeContactElement:
    class Meta:
        name = "dict-type-contact-element"

    value: DictTypeContact = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeCycleElement:
    class Meta:
        name = "dict-type-cycle-element"

    value: DictTypeCycle = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeEnseignementElement:
    class Meta:
        name = "dict-type-enseignement-element"

    value: DictTypeEnseignement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeEquipementElement:
    class Meta:
        name = "dict-type-equipement-element"

    value: DictTypeEquipement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeModuleElement:
    class Meta:
        name = "dict-type-module-element"

    value: DictTypeModule = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeParcoursElement:
    class Meta:
        name = "dict-type-parcours-element"

    value: DictTypeParcours = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypePositionnementElement:
    class Meta:
        name = "dict-type-positionnement-element"

    value: DictTypePositionnement = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictTypeValidationBlocsElement:
    class Meta:
        name = "dict-type-validation-blocs-element"

    value: DictTypeValidationBlocs = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DictUniteRythmeElement:
    class Meta:
        name = "dict-unite-rythme-element"

    value: DictUniteRythme = attr.ib()
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DureeConventionnee(NombreElement):
    class Meta:
        name = "duree-conventionnee"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DureeCycle(NombreElement):
    class Meta:
        name = "duree-cycle"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DureeIndicative(TexteMax150Element):
    class Meta:
        name = "duree-indicative"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class EffectifMinimal(NombreElement):
    class Meta:
        name = "effectif-minimal"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Extras:
    """
    Conteneur d'éléments d'extension (cercle 3).
    """

    class Meta:
        name = "extras"
        namespace = "http://lheo.gouv.fr/2.3"

    extras_or_extra: list[Extras | Extra] = attr.ib(
        factory=list,
        metadata={
            "type": "Elements",
            "choices": (
                {
                    "name": "extras",
                    "type": ForwardRef("Extras"),
                },
                {
                    "name": "extra",
                    "type": Extra,
                },
            ),
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Fin(DateAaaammjjElement):
    class Meta:
        name = "fin"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class FraisRestants(TexteMax200Element):
    class Meta:
        name = "frais-restants"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Hebergement(Texte250Element):
    class Meta:
        name = "hebergement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class HeureDebut(Texte2A5Element):
    class Meta:
        name = "heure-debut"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class HeureFin(Texte2A5Element):
    class Meta:
        name = "heure-fin"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class IdentifiantModule(Texte3000Element):
    class Meta:
        name = "identifiant-module"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class InfoPublicVise(Texte250Element):
    class Meta:
        name = "info-public-vise"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class InfosPerimetreRecrutement(TexteMax50Element):
    class Meta:
        name = "infos-perimetre-recrutement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class IntituleFormation(Texte255Element):
    class Meta:
        name = "intitule-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LangueFormation(TexteFixe2Element):
    class Meta:
        name = "langue-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Latitude(TexteMax30Element):
    class Meta:
        name = "latitude"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LibelleBloc(Texte500Element):
    class Meta:
        name = "libelle-bloc"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LibelleEnseignement(Texte255Element):
    class Meta:
        name = "libelle-enseignement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Ligne(Texte50Element):
    class Meta:
        name = "ligne"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Longitude(TexteMax30Element):
    class Meta:
        name = "longitude"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesAlternance(Texte3000Element):
    class Meta:
        name = "modalites-alternance"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesInscription(Texte255Element):
    class Meta:
        name = "modalites-inscription"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesPedagogiques(TexteMax200Element):
    class Meta:
        name = "modalites-pedagogiques"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesRecrutement(TexteMax3000Element):
    class Meta:
        name = "modalites-recrutement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NbPlaces(NombreElement):
    class Meta:
        name = "nb-places"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NbPlacesFinancees(NombreElement):
    class Meta:
        name = "nb-places-financees"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Nom(Texte50Element):
    class Meta:
        name = "nom"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NomOrganisme(Texte250Element):
    class Meta:
        name = "nom-organisme"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NombreHeuresCentre(NombreElement):
    class Meta:
        name = "nombre-heures-centre"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NombreHeuresEntreprise(NombreElement):
    class Meta:
        name = "nombre-heures-entreprise"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NombreHeuresTotal(NombreElement):
    class Meta:
        name = "nombre-heures-total"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NumeroActivite(TexteFixe11Element):
    class Meta:
        name = "numero-activite"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Numtel(Texte25Element):
    class Meta:
        name = "numtel"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ObjectifFormation(Texte3000Element):
    class Meta:
        name = "objectif-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Pays(TexteFixe2Element):
    class Meta:
        name = "pays"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Prenom(Texte50Element):
    class Meta:
        name = "prenom"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class PrixHoraireTtc(Texte6Element):
    class Meta:
        name = "prix-horaire-TTC"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class PrixTotalTtc(Texte10Element):
    class Meta:
        name = "prix-total-TTC"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class RaisonSociale(Texte250Element):
    class Meta:
        name = "raison-sociale"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class RaisonSocialeFormateur(TexteMax250Element):
    class Meta:
        name = "raison-sociale-formateur"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceCodeCertifinfo(Texte10Element):
    class Meta:
        name = "reference-code-CERTIFINFO"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceCodeFormacode(TexteFixe5Element):
    class Meta:
        name = "reference-code-FORMACODE"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceCodeRncp(Texte10Element):
    class Meta:
        name = "reference-code-RNCP"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceCodeRs(Texte10Element):
    class Meta:
        name = "reference-code-RS"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceModule(Texte3000Element):
    class Meta:
        name = "reference-module"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Region(TexteFixe2Element):
    class Meta:
        name = "region"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class RenseignementsSpecifiques(TexteMax3000Element):
    class Meta:
        name = "renseignements-specifiques"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Restauration(Texte250Element):
    class Meta:
        name = "restauration"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResultatsAttendus(Texte3000Element):
    class Meta:
        name = "resultats-attendus"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class RythmeFormation(Texte3000Element):
    class Meta:
        name = "rythme-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Transport(Texte250Element):
    class Meta:
        name = "transport"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UnitesCentre(NombreElement):
    class Meta:
        name = "unites-centre"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UnitesEntreprise(NombreElement):
    class Meta:
        name = "unites-entreprise"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Urlweb(Texte3A400Element):
    class Meta:
        name = "urlweb"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Ville(Texte50Element):
    class Meta:
        name = "ville"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class SiretFormateur:
    """
    SIRET d'un organisme formateur.
    """

    class Meta:
        name = "SIRET-formateur"
        namespace = "http://lheo.gouv.fr/2.3"

    siret: Siret = attr.ib(
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class SiretLieuFormation:
    """
    Numéro SIRET d'un lieu de formation.
    """

    class Meta:
        name = "SIRET-lieu-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    siret: Siret = attr.ib(
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class SiretOrganismeFormation:
    """
    Numéro SIRET de l'organisme de formation.
    """

    class Meta:
        name = "SIRET-organisme-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    siret: Siret = attr.ib(
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ADistance(DictBooleanElement):
    class Meta:
        name = "a-distance"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class BlocCompetences:
    """
    Bloc de compétences.
    """

    class Meta:
        name = "bloc-competences"
        namespace = "http://lheo.gouv.fr/2.3"

    libelle_bloc: LibelleBloc = attr.ib(
        metadata={
            "name": "libelle-bloc",
            "type": "Element",
        }
    )
    code_bloc: CodeBloc = attr.ib(
        metadata={
            "name": "code-bloc",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Certifiante(DictBooleanElement):
    class Meta:
        name = "certifiante"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Certification:
    """
    Certification préparée.
    """

    class Meta:
        name = "certification"
        namespace = "http://lheo.gouv.fr/2.3"

    code_rncp: None | CodeRncp = attr.ib(
        default=None,
        metadata={
            "name": "code-RNCP",
            "type": "Element",
        },
    )
    code_certifinfo: None | CodeCertifinfo = attr.ib(
        default=None,
        metadata={
            "name": "code-CERTIFINFO",
            "type": "Element",
        },
    )
    code_rs: None | CodeRs = attr.ib(
        default=None,
        metadata={
            "name": "code-RS",
            "type": "Element",
        },
    )
    code_cpf: None | CodeCpf = attr.ib(
        default=None,
        metadata={
            "name": "code-CPF",
            "type": "Element",
        },
    )
    reference_code_formacode: None | ReferenceCodeFormacode = attr.ib(
        default=None,
        metadata={
            "name": "reference-code-FORMACODE",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeUaiFormateur:
    """
    Code UAI d'un organisme formateur.
    """

    class Meta:
        name = "code-UAI-formateur"
        namespace = "http://lheo.gouv.fr/2.3"

    code_uai: CodeUai = attr.ib(
        metadata={
            "name": "code-UAI",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeUaiLieuFormation:
    """
    Code UAI d'un lieu de formation.
    """

    class Meta:
        name = "code-UAI-lieu-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    code_uai: CodeUai = attr.ib(
        metadata={
            "name": "code-UAI",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeUaiOrganismeFormation:
    """
    Code UAI de l'organisme de formation.
    """

    class Meta:
        name = "code-UAI-organisme-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    code_uai: CodeUai = attr.ib(
        metadata={
            "name": "code-UAI",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeFinanceur(DictFinanceursElement):
    class Meta:
        name = "code-financeur"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeNiveauEntree(DictNiveauxElement):
    class Meta:
        name = "code-niveau-entree"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeNiveauSortie(DictNiveauxElement):
    class Meta:
        name = "code-niveau-sortie"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodePerimetreRecrutement(DictPerimetreRecrutementElement):
    class Meta:
        name = "code-perimetre-recrutement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CodeTypeFormation:
    """
    Codes d'une formation non strictement certifiante.
    """

    class Meta:
        name = "code-type-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    code_cpf: None | CodeCpf = attr.ib(
        default=None,
        metadata={
            "name": "code-CPF",
            "type": "Element",
        },
    )
    code_elu: None | CodeElu = attr.ib(
        default=None,
        metadata={
            "name": "code-ELU",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Conventionnement(DictBooleanElement):
    class Meta:
        name = "conventionnement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DateInformation:
    """
    Date d'information.
    """

    class Meta:
        name = "date-information"
        namespace = "http://lheo.gouv.fr/2.3"

    date: Date = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class DomaineFormation:
    """
    Domaine de la formation (NSF, FORMACODE, ROME).
    """

    class Meta:
        name = "domaine-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    code_formacode: list[CodeFormacode] = attr.ib(
        factory=list,
        metadata={
            "name": "code-FORMACODE",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    code_nsf: list[CodeNsf] = attr.ib(
        factory=list,
        metadata={
            "name": "code-NSF",
            "type": "Element",
            "max_occurs": 3,
        },
    )
    code_rome: list[CodeRome] = attr.ib(
        factory=list,
        metadata={
            "name": "code-ROME",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class EtatRecrutement(DictEtatRecrutementElement):
    class Meta:
        name = "etat-recrutement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Fax:
    """
    Fax.
    """

    class Meta:
        name = "fax"
        namespace = "http://lheo.gouv.fr/2.3"

    numtel: list[Numtel] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Geolocalisation:
    """
    Géolocalisation.
    """

    class Meta:
        name = "geolocalisation"
        namespace = "http://lheo.gouv.fr/2.3"

    latitude: Latitude = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    longitude: Longitude = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModaliteRecrutement(DictModaliteRecrutementElement):
    class Meta:
        name = "modalite-recrutement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesEnseignement(DictModalitesEnseignementElement):
    class Meta:
        name = "modalites-enseignement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModalitesEntreesSorties(DictModalitesEsElement):
    class Meta:
        name = "modalites-entrees-sorties"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ModulesPrerequis:
    """
    Modules prérequis.
    """

    class Meta:
        name = "modules-prerequis"
        namespace = "http://lheo.gouv.fr/2.3"

    reference_module: list[ReferenceModule] = attr.ib(
        factory=list,
        metadata={
            "name": "reference-module",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class NiveauEntreeObligatoire(DictBooleanElement):
    class Meta:
        name = "niveau-entree-obligatoire"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ObjectifGeneralFormation(DictAisElement):
    class Meta:
        name = "objectif-general-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Obligatoire(DictBooleanElement):
    class Meta:
        name = "obligatoire"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ParcoursDeFormation(DictTypeParcoursElement):
    class Meta:
        name = "parcours-de-formation"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Periode:
    """
    Période.
    """

    class Meta:
        name = "periode"
        namespace = "http://lheo.gouv.fr/2.3"

    debut: Debut = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    fin: Fin = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Portable:
    """
    Téléphone portable.
    """

    class Meta:
        name = "portable"
        namespace = "http://lheo.gouv.fr/2.3"

    numtel: list[Numtel] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Positionnement(DictTypePositionnementElement):
    class Meta:
        name = "positionnement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Potentiel:
    """
    Potentiel.
    """

    class Meta:
        name = "potentiel"
        namespace = "http://lheo.gouv.fr/2.3"

    code_formacode: list[CodeFormacode] = attr.ib(
        factory=list,
        metadata={
            "name": "code-FORMACODE",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 25,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class PriseEnChargeFraisPossible(DictBooleanElement):
    class Meta:
        name = "prise-en-charge-frais-possible"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ReferenceCertification:
    """
    Référence à une certification.
    """

    class Meta:
        name = "reference-certification"
        namespace = "http://lheo.gouv.fr/2.3"

    reference_code_rncp: None | ReferenceCodeRncp = attr.ib(
        default=None,
        metadata={
            "name": "reference-code-RNCP",
            "type": "Element",
        },
    )
    reference_code_certifinfo: None | ReferenceCodeCertifinfo = attr.ib(
        default=None,
        metadata={
            "name": "reference-code-CERTIFINFO",
            "type": "Element",
        },
    )
    reference_code_rs: None | ReferenceCodeRs = attr.ib(
        default=None,
        metadata={
            "name": "reference-code-RS",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResumeOrganisme:
    """
    Résumé d'un organisme.
    """

    class Meta:
        name = "resume-organisme"
        namespace = "http://lheo.gouv.fr/2.3"

    nom_organisme: NomOrganisme = attr.ib(
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    raison_sociale: RaisonSociale = attr.ib(
        metadata={
            "name": "raison-sociale",
            "type": "Element",
        }
    )
    siret: Siret = attr.ib(
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    numero_activite: NumeroActivite = attr.ib(
        metadata={
            "name": "numero-activite",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    href: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    file: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Telfixe:
    """
    Téléphone fixe.
    """

    class Meta:
        name = "telfixe"
        namespace = "http://lheo.gouv.fr/2.3"

    numtel: list[Numtel] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeAlternance(DictTypeAlternanceElement):
    class Meta:
        name = "type-alternance"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeContact(DictTypeContactElement):
    class Meta:
        name = "type-contact"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeCycle(DictTypeCycleElement):
    class Meta:
        name = "type-cycle"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeEnseignement(DictTypeEnseignementElement):
    class Meta:
        name = "type-enseignement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeEquipement(DictTypeEquipementElement):
    class Meta:
        name = "type-equipement"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class TypeModule(DictTypeModuleElement):
    class Meta:
        name = "type-module"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UniteRythmeAlternance(DictUniteRythmeElement):
    class Meta:
        name = "unite-rythme-alternance"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UrlAction:
    """
    URL de l'action.
    """

    class Meta:
        name = "url-action"
        namespace = "http://lheo.gouv.fr/2.3"

    urlweb: list[Urlweb] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UrlFormation:
    """
    URL de la formation.
    """

    class Meta:
        name = "url-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    urlweb: list[Urlweb] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class UrlSession:
    """
    URL de la session.
    """

    class Meta:
        name = "url-session"
        namespace = "http://lheo.gouv.fr/2.3"

    urlweb: list[Urlweb] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ValidationBlocs(DictTypeValidationBlocsElement):
    class Meta:
        name = "validation-blocs"
        namespace = "http://lheo.gouv.fr/2.3"
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Web:
    """
    Web.
    """

    class Meta:
        name = "web"
        namespace = "http://lheo.gouv.fr/2.3"

    urlweb: list[Urlweb] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Adresse:
    """
    Adresse.
    """

    class Meta:
        name = "adresse"
        namespace = "http://lheo.gouv.fr/2.3"

    denomination: None | Denomination = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    ligne: list[Ligne] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 4,
        },
    )
    codepostal: Codepostal = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    ville: Ville = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    departement: None | Departement = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_insee_commune: None | CodeInseeCommune = attr.ib(
        default=None,
        metadata={
            "name": "code-INSEE-commune",
            "type": "Element",
        },
    )
    code_insee_canton: None | CodeInseeCanton = attr.ib(
        default=None,
        metadata={
            "name": "code-INSEE-canton",
            "type": "Element",
        },
    )
    region: None | Region = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    pays: None | Pays = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    geolocalisation: None | Geolocalisation = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class BlocsCompetences:
    """
    Blocs de compétences.
    """

    class Meta:
        name = "blocs-competences"
        namespace = "http://lheo.gouv.fr/2.3"

    validation_blocs: ValidationBlocs = attr.ib(
        metadata={
            "name": "validation-blocs",
            "type": "Element",
        }
    )
    reference_certification: ReferenceCertification = attr.ib(
        metadata={
            "name": "reference-certification",
            "type": "Element",
        }
    )
    bloc_competences: list[BlocCompetences] = attr.ib(
        factory=list,
        metadata={
            "name": "bloc-competences",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactFormationResume:
    """
    Contact pour une offre de formation.
    """

    class Meta:
        name = "contact-formation-resume"
        namespace = "http://lheo.gouv.fr/2.3"

    type_contact: None | TypeContact = attr.ib(
        default=None,
        metadata={
            "name": "type-contact",
            "type": "Element",
        },
    )
    nom: None | Nom = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    telfixe: None | Telfixe = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    courriel: None | Courriel = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Enseignement:
    """
    Enseignement.
    """

    class Meta:
        name = "enseignement"
        namespace = "http://lheo.gouv.fr/2.3"

    libelle_enseignement: LibelleEnseignement = attr.ib(
        metadata={
            "name": "libelle-enseignement",
            "type": "Element",
        }
    )
    type_enseignement: TypeEnseignement = attr.ib(
        metadata={
            "name": "type-enseignement",
            "type": "Element",
        }
    )
    obligatoire: Obligatoire = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    commentaire: None | Commentaire = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Equipement:
    """
    Équipement à la charge des apprenants.
    """

    class Meta:
        name = "equipement"
        namespace = "http://lheo.gouv.fr/2.3"

    type_equipement: TypeEquipement = attr.ib(
        metadata={
            "name": "type-equipement",
            "type": "Element",
        }
    )
    cout_indicatif_equipement: None | CoutIndicatifEquipement = attr.ib(
        default=None,
        metadata={
            "name": "cout-indicatif-equipement",
            "type": "Element",
        },
    )
    commentaire: None | Commentaire = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class OrganismeFinanceur:
    """
    Organisme financeur.
    """

    class Meta:
        name = "organisme-financeur"
        namespace = "http://lheo.gouv.fr/2.3"

    code_financeur: CodeFinanceur = attr.ib(
        metadata={
            "name": "code-financeur",
            "type": "Element",
        }
    )
    nb_places_financees: None | NbPlacesFinancees = attr.ib(
        default=None,
        metadata={
            "name": "nb-places-financees",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class PeriodeInscription:
    """
    Période d'inscription.
    """

    class Meta:
        name = "periode-inscription"
        namespace = "http://lheo.gouv.fr/2.3"

    periode: Periode = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResumesOrganismes:
    """
    Résumés d'organisme.
    """

    class Meta:
        name = "resumes-organismes"
        namespace = "http://lheo.gouv.fr/2.3"

    resume_organisme: list[ResumeOrganisme] = attr.ib(
        factory=list,
        metadata={
            "name": "resume-organisme",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class RythmeAlternance:
    """
    Rythme de l'alternance.
    """

    class Meta:
        name = "rythme-alternance"
        namespace = "http://lheo.gouv.fr/2.3"

    unite_rythme_alternance: UniteRythmeAlternance = attr.ib(
        metadata={
            "name": "unite-rythme-alternance",
            "type": "Element",
        }
    )
    unites_entreprise: UnitesEntreprise = attr.ib(
        metadata={
            "name": "unites-entreprise",
            "type": "Element",
        }
    )
    unites_centre: UnitesCentre = attr.ib(
        metadata={
            "name": "unites-centre",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class SousModule:
    """
    Sous module.
    """

    class Meta:
        name = "sous-module"
        namespace = "http://lheo.gouv.fr/2.3"

    reference_module: ReferenceModule = attr.ib(
        metadata={
            "name": "reference-module",
            "type": "Element",
        }
    )
    type_module: TypeModule = attr.ib(
        metadata={
            "name": "type-module",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class AdresseInformation:
    """
    Adresse d'information.
    """

    class Meta:
        name = "adresse-information"
        namespace = "http://lheo.gouv.fr/2.3"

    adresse: Adresse = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class AdresseInscription:
    """
    Adresse d'inscription.
    """

    class Meta:
        name = "adresse-inscription"
        namespace = "http://lheo.gouv.fr/2.3"

    adresse: Adresse = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Alternance:
    """
    Informations sur l'alternance.
    """

    class Meta:
        name = "alternance"
        namespace = "http://lheo.gouv.fr/2.3"

    type_alternance: TypeAlternance = attr.ib(
        metadata={
            "name": "type-alternance",
            "type": "Element",
        }
    )
    rythme_alternance: None | RythmeAlternance = attr.ib(
        default=None,
        metadata={
            "name": "rythme-alternance",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Coordonnees:
    """
    Coordonnées.
    """

    class Meta:
        name = "coordonnees"
        namespace = "http://lheo.gouv.fr/2.3"

    civilite: None | Civilite = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    nom: None | Nom = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    prenom: None | Prenom = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    ligne: list[Ligne] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "max_occurs": 3,
        },
    )
    adresse: None | Adresse = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    telfixe: None | Telfixe = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    portable: None | Portable = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    fax: None | Fax = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    courriel: None | Courriel = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    web: None | Web = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Recrutement:
    """
    Recrutement.
    """

    class Meta:
        name = "recrutement"
        namespace = "http://lheo.gouv.fr/2.3"

    modalite_recrutement: ModaliteRecrutement = attr.ib(
        metadata={
            "name": "modalite-recrutement",
            "type": "Element",
        }
    )
    code_perimetre_recrutement: None | CodePerimetreRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "code-perimetre-recrutement",
            "type": "Element",
        },
    )
    infos_perimetre_recrutement: None | InfosPerimetreRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "infos-perimetre-recrutement",
            "type": "Element",
        },
    )
    a_distance: None | ADistance = attr.ib(
        default=None,
        metadata={
            "name": "a-distance",
            "type": "Element",
        },
    )
    adresse: None | Adresse = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    urlweb: None | Urlweb = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    nb_places: None | NbPlaces = attr.ib(
        default=None,
        metadata={
            "name": "nb-places",
            "type": "Element",
        },
    )
    periode: None | Periode = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    heure_debut: None | HeureDebut = attr.ib(
        default=None,
        metadata={
            "name": "heure-debut",
            "type": "Element",
        },
    )
    heure_fin: None | HeureFin = attr.ib(
        default=None,
        metadata={
            "name": "heure-fin",
            "type": "Element",
        },
    )
    commentaire: None | Commentaire = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class SousModules:
    """
    Sous modules.
    """

    class Meta:
        name = "sous-modules"
        namespace = "http://lheo.gouv.fr/2.3"

    sous_module: list[SousModule] = attr.ib(
        factory=list,
        metadata={
            "name": "sous-module",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactFormateur:
    """
    Contact avec l'organisme formateur.
    """

    class Meta:
        name = "contact-formateur"
        namespace = "http://lheo.gouv.fr/2.3"

    type_contact: None | TypeContact = attr.ib(
        default=None,
        metadata={
            "name": "type-contact",
            "type": "Element",
        },
    )
    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactFormation:
    """
    Contact de l'offre de formation.
    """

    class Meta:
        name = "contact-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    type_contact: None | TypeContact = attr.ib(
        default=None,
        metadata={
            "name": "type-contact",
            "type": "Element",
        },
    )
    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactOrganisme:
    """
    Contact avec l'organisme.
    """

    class Meta:
        name = "contact-organisme"
        namespace = "http://lheo.gouv.fr/2.3"

    type_contact: None | TypeContact = attr.ib(
        default=None,
        metadata={
            "name": "type-contact",
            "type": "Element",
        },
    )
    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ContactSession:
    """
    Contact de la session de formation.
    """

    class Meta:
        name = "contact-session"
        namespace = "http://lheo.gouv.fr/2.3"

    type_contact: None | TypeContact = attr.ib(
        default=None,
        metadata={
            "name": "type-contact",
            "type": "Element",
        },
    )
    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class CoordonneesOrganisme:
    """
    Coordonnées de l'organisme.
    """

    class Meta:
        name = "coordonnees-organisme"
        namespace = "http://lheo.gouv.fr/2.3"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Cycle:
    """
    Cycle de formation.
    """

    class Meta:
        name = "cycle"
        namespace = "http://lheo.gouv.fr/2.3"

    type_cycle: TypeCycle = attr.ib(
        metadata={
            "name": "type-cycle",
            "type": "Element",
        }
    )
    annee_cycle: list[AnneeCycle] = attr.ib(
        factory=list,
        metadata={
            "name": "annee-cycle",
            "type": "Element",
        },
    )
    effectif_minimal: None | EffectifMinimal = attr.ib(
        default=None,
        metadata={
            "name": "effectif-minimal",
            "type": "Element",
        },
    )
    capacite_simultanee: None | CapaciteSimultanee = attr.ib(
        default=None,
        metadata={
            "name": "capacite-simultanee",
            "type": "Element",
        },
    )
    capacite_cumulee: None | CapaciteCumulee = attr.ib(
        default=None,
        metadata={
            "name": "capacite-cumulee",
            "type": "Element",
        },
    )
    alternance: None | Alternance = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LieuDeFormation:
    """
    Lieu de formation.
    """

    class Meta:
        name = "lieu-de-formation"
        namespace = "http://lheo.gouv.fr/2.3"

    siret_lieu_formation: None | SiretLieuFormation = attr.ib(
        default=None,
        metadata={
            "name": "SIRET-lieu-formation",
            "type": "Element",
        },
    )
    code_uai_lieu_formation: None | CodeUaiLieuFormation = attr.ib(
        default=None,
        metadata={
            "name": "code-UAI-lieu-formation",
            "type": "Element",
        },
    )
    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class OrganismeFormateur:
    """
    Organisme formateur.
    """

    class Meta:
        name = "organisme-formateur"
        namespace = "http://lheo.gouv.fr/2.3"

    siret_formateur: SiretFormateur = attr.ib(
        metadata={
            "name": "SIRET-formateur",
            "type": "Element",
        }
    )
    raison_sociale_formateur: RaisonSocialeFormateur = attr.ib(
        metadata={
            "name": "raison-sociale-formateur",
            "type": "Element",
        }
    )
    contact_formateur: list[ContactFormateur] = attr.ib(
        factory=list,
        metadata={
            "name": "contact-formateur",
            "type": "Element",
        },
    )
    potentiel: None | Potentiel = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_uai_formateur: None | CodeUaiFormateur = attr.ib(
        default=None,
        metadata={
            "name": "code-UAI-formateur",
            "type": "Element",
        },
    )
    reference_certification: list[ReferenceCertification] = attr.ib(
        factory=list,
        metadata={
            "name": "reference-certification",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class OrganismeFormationResponsable:
    """
    Organisme de formation responsable.
    """

    class Meta:
        name = "organisme-formation-responsable"
        namespace = "http://lheo.gouv.fr/2.3"

    numero_activite: NumeroActivite = attr.ib(
        metadata={
            "name": "numero-activite",
            "type": "Element",
        }
    )
    siret_organisme_formation: SiretOrganismeFormation = attr.ib(
        metadata={
            "name": "SIRET-organisme-formation",
            "type": "Element",
        }
    )
    nom_organisme: NomOrganisme = attr.ib(
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    raison_sociale: RaisonSociale = attr.ib(
        metadata={
            "name": "raison-sociale",
            "type": "Element",
        }
    )
    coordonnees_organisme: CoordonneesOrganisme = attr.ib(
        metadata={
            "name": "coordonnees-organisme",
            "type": "Element",
        }
    )
    contact_organisme: list[ContactOrganisme] = attr.ib(
        factory=list,
        metadata={
            "name": "contact-organisme",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    renseignements_specifiques: None | RenseignementsSpecifiques = attr.ib(
        default=None,
        metadata={
            "name": "renseignements-specifiques",
            "type": "Element",
        },
    )
    potentiel: None | Potentiel = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_uai_organisme_formation: None | CodeUaiOrganismeFormation = attr.ib(
        default=None,
        metadata={
            "name": "code-UAI-organisme-formation",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    href: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    file: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Session:
    """
    Session de formation.
    """

    class Meta:
        name = "session"
        namespace = "http://lheo.gouv.fr/2.3"

    periode: Periode = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    adresse_inscription: AdresseInscription = attr.ib(
        metadata={
            "name": "adresse-inscription",
            "type": "Element",
        }
    )
    modalites_inscription: None | ModalitesInscription = attr.ib(
        default=None,
        metadata={
            "name": "modalites-inscription",
            "type": "Element",
        },
    )
    periode_inscription: None | PeriodeInscription = attr.ib(
        default=None,
        metadata={
            "name": "periode-inscription",
            "type": "Element",
        },
    )
    etat_recrutement: None | EtatRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "etat-recrutement",
            "type": "Element",
        },
    )
    recrutement: list[Recrutement] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    url_session: None | UrlSession = attr.ib(
        default=None,
        metadata={
            "name": "url-session",
            "type": "Element",
        },
    )
    contact_session: list[ContactSession] = attr.ib(
        factory=list,
        metadata={
            "name": "contact-session",
            "type": "Element",
        },
    )
    reference_certification: list[ReferenceCertification] = attr.ib(
        factory=list,
        metadata={
            "name": "reference-certification",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    blocs_competences: list[BlocsCompetences] = attr.ib(
        factory=list,
        metadata={
            "name": "blocs-competences",
            "type": "Element",
        },
    )
    cycle: list[Cycle] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Action:
    """
    Action de formation.
    """

    class Meta:
        name = "action"
        namespace = "http://lheo.gouv.fr/2.3"

    rythme_formation: RythmeFormation = attr.ib(
        metadata={
            "name": "rythme-formation",
            "type": "Element",
        }
    )
    code_public_vise: list[CodePublicVise] = attr.ib(
        factory=list,
        metadata={
            "name": "code-public-vise",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 10,
        },
    )
    info_public_vise: None | InfoPublicVise = attr.ib(
        default=None,
        metadata={
            "name": "info-public-vise",
            "type": "Element",
        },
    )
    niveau_entree_obligatoire: NiveauEntreeObligatoire = attr.ib(
        metadata={
            "name": "niveau-entree-obligatoire",
            "type": "Element",
        }
    )
    modalites_alternance: ModalitesAlternance = attr.ib(
        metadata={
            "name": "modalites-alternance",
            "type": "Element",
        }
    )
    modalites_enseignement: ModalitesEnseignement = attr.ib(
        metadata={
            "name": "modalites-enseignement",
            "type": "Element",
        }
    )
    conditions_specifiques: ConditionsSpecifiques = attr.ib(
        metadata={
            "name": "conditions-specifiques",
            "type": "Element",
        }
    )
    prise_en_charge_frais_possible: PriseEnChargeFraisPossible = attr.ib(
        metadata={
            "name": "prise-en-charge-frais-possible",
            "type": "Element",
        }
    )
    lieu_de_formation: list[LieuDeFormation] = attr.ib(
        factory=list,
        metadata={
            "name": "lieu-de-formation",
            "type": "Element",
        },
    )
    modalites_entrees_sorties: ModalitesEntreesSorties = attr.ib(
        metadata={
            "name": "modalites-entrees-sorties",
            "type": "Element",
        }
    )
    url_action: None | UrlAction = attr.ib(
        default=None,
        metadata={
            "name": "url-action",
            "type": "Element",
        },
    )
    duree_cycle: None | DureeCycle = attr.ib(
        default=None,
        metadata={
            "name": "duree-cycle",
            "type": "Element",
        },
    )
    session: list[Session] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    adresse_information: None | AdresseInformation = attr.ib(
        default=None,
        metadata={
            "name": "adresse-information",
            "type": "Element",
        },
    )
    date_information: list[DateInformation] = attr.ib(
        factory=list,
        metadata={
            "name": "date-information",
            "type": "Element",
            "max_occurs": 3,
        },
    )
    restauration: None | Restauration = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    hebergement: None | Hebergement = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    transport: None | Transport = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    acces_handicapes: None | AccesHandicapes = attr.ib(
        default=None,
        metadata={
            "name": "acces-handicapes",
            "type": "Element",
        },
    )
    langue_formation: list[LangueFormation] = attr.ib(
        factory=list,
        metadata={
            "name": "langue-formation",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    modalites_recrutement: None | ModalitesRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "modalites-recrutement",
            "type": "Element",
        },
    )
    modalites_pedagogiques: None | ModalitesPedagogiques = attr.ib(
        default=None,
        metadata={
            "name": "modalites-pedagogiques",
            "type": "Element",
        },
    )
    code_modalite_pedagogique: list[CodeModalitePedagogique] = attr.ib(
        factory=list,
        metadata={
            "name": "code-modalite-pedagogique",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    equipement: list[Equipement] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    frais_restants: None | FraisRestants = attr.ib(
        default=None,
        metadata={
            "name": "frais-restants",
            "type": "Element",
        },
    )
    code_perimetre_recrutement: None | CodePerimetreRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "code-perimetre-recrutement",
            "type": "Element",
        },
    )
    infos_perimetre_recrutement: None | InfosPerimetreRecrutement = attr.ib(
        default=None,
        metadata={
            "name": "infos-perimetre-recrutement",
            "type": "Element",
        },
    )
    prix_horaire_ttc: None | PrixHoraireTtc = attr.ib(
        default=None,
        metadata={
            "name": "prix-horaire-TTC",
            "type": "Element",
        },
    )
    prix_total_ttc: None | PrixTotalTtc = attr.ib(
        default=None,
        metadata={
            "name": "prix-total-TTC",
            "type": "Element",
        },
    )
    duree_indicative: None | DureeIndicative = attr.ib(
        default=None,
        metadata={
            "name": "duree-indicative",
            "type": "Element",
        },
    )
    nombre_heures_centre: None | NombreHeuresCentre = attr.ib(
        default=None,
        metadata={
            "name": "nombre-heures-centre",
            "type": "Element",
        },
    )
    nombre_heures_entreprise: None | NombreHeuresEntreprise = attr.ib(
        default=None,
        metadata={
            "name": "nombre-heures-entreprise",
            "type": "Element",
        },
    )
    nombre_heures_total: None | NombreHeuresTotal = attr.ib(
        default=None,
        metadata={
            "name": "nombre-heures-total",
            "type": "Element",
        },
    )
    detail_conditions_prise_en_charge: None | DetailConditionsPriseEnCharge = (
        attr.ib(
            default=None,
            metadata={
                "name": "detail-conditions-prise-en-charge",
                "type": "Element",
            },
        )
    )
    conventionnement: None | Conventionnement = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    duree_conventionnee: None | DureeConventionnee = attr.ib(
        default=None,
        metadata={
            "name": "duree-conventionnee",
            "type": "Element",
        },
    )
    organisme_formateur: list[OrganismeFormateur] = attr.ib(
        factory=list,
        metadata={
            "name": "organisme-formateur",
            "type": "Element",
        },
    )
    organisme_financeur: list[OrganismeFinanceur] = attr.ib(
        factory=list,
        metadata={
            "name": "organisme-financeur",
            "type": "Element",
            "max_occurs": 8,
        },
    )
    enseignement: list[Enseignement] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResumeOffre:
    """
    Résumé d'une offre de formation.
    """

    class Meta:
        name = "resume-offre"
        namespace = "http://lheo.gouv.fr/2.3"

    domaine_formation: DomaineFormation = attr.ib(
        metadata={
            "name": "domaine-formation",
            "type": "Element",
        }
    )
    intitule_formation: IntituleFormation = attr.ib(
        metadata={
            "name": "intitule-formation",
            "type": "Element",
        }
    )
    nom_organisme: NomOrganisme = attr.ib(
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    siret: Siret = attr.ib(
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    codepostal: None | Codepostal = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_insee_commune: None | CodeInseeCommune = attr.ib(
        default=None,
        metadata={
            "name": "code-INSEE-commune",
            "type": "Element",
        },
    )
    ville: Ville = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    departement: Departement = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    region: None | Region = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    certifiante: Certifiante = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    code_niveau_entree: CodeNiveauEntree = attr.ib(
        metadata={
            "name": "code-niveau-entree",
            "type": "Element",
        }
    )
    prise_en_charge_frais_possible: PriseEnChargeFraisPossible = attr.ib(
        metadata={
            "name": "prise-en-charge-frais-possible",
            "type": "Element",
        }
    )
    modalites_enseignement: None | ModalitesEnseignement = attr.ib(
        default=None,
        metadata={
            "name": "modalites-enseignement",
            "type": "Element",
        },
    )
    code_public_vise: list[CodePublicVise] = attr.ib(
        factory=list,
        metadata={
            "name": "code-public-vise",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 10,
        },
    )
    nombre_heures_total: None | NombreHeuresTotal = attr.ib(
        default=None,
        metadata={
            "name": "nombre-heures-total",
            "type": "Element",
        },
    )
    session: list[Session] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    contact_formation_resume: list[ContactFormationResume] = attr.ib(
        factory=list,
        metadata={
            "name": "contact-formation-resume",
            "type": "Element",
        },
    )
    certification: list[Certification] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "max_occurs": 5,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    href: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    file: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Formation:
    """
    Offre de formation.
    """

    class Meta:
        name = "formation"
        namespace = "http://lheo.gouv.fr/2.3"

    domaine_formation: DomaineFormation = attr.ib(
        metadata={
            "name": "domaine-formation",
            "type": "Element",
        }
    )
    intitule_formation: IntituleFormation = attr.ib(
        metadata={
            "name": "intitule-formation",
            "type": "Element",
        }
    )
    objectif_formation: ObjectifFormation = attr.ib(
        metadata={
            "name": "objectif-formation",
            "type": "Element",
        }
    )
    resultats_attendus: ResultatsAttendus = attr.ib(
        metadata={
            "name": "resultats-attendus",
            "type": "Element",
        }
    )
    contenu_formation: ContenuFormation = attr.ib(
        metadata={
            "name": "contenu-formation",
            "type": "Element",
        }
    )
    certifiante: Certifiante = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    contact_formation: list[ContactFormation] = attr.ib(
        factory=list,
        metadata={
            "name": "contact-formation",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    parcours_de_formation: ParcoursDeFormation = attr.ib(
        metadata={
            "name": "parcours-de-formation",
            "type": "Element",
        }
    )
    code_niveau_entree: CodeNiveauEntree = attr.ib(
        metadata={
            "name": "code-niveau-entree",
            "type": "Element",
        }
    )
    objectif_general_formation: None | ObjectifGeneralFormation = attr.ib(
        default=None,
        metadata={
            "name": "objectif-general-formation",
            "type": "Element",
        },
    )
    certification: list[Certification] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "max_occurs": 5,
        },
    )
    code_type_formation: list[CodeTypeFormation] = attr.ib(
        factory=list,
        metadata={
            "name": "code-type-formation",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    code_niveau_sortie: None | CodeNiveauSortie = attr.ib(
        default=None,
        metadata={
            "name": "code-niveau-sortie",
            "type": "Element",
        },
    )
    url_formation: None | UrlFormation = attr.ib(
        default=None,
        metadata={
            "name": "url-formation",
            "type": "Element",
        },
    )
    action: list[Action] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    organisme_formation_responsable: OrganismeFormationResponsable = attr.ib(
        metadata={
            "name": "organisme-formation-responsable",
            "type": "Element",
        }
    )
    identifiant_module: None | IdentifiantModule = attr.ib(
        default=None,
        metadata={
            "name": "identifiant-module",
            "type": "Element",
        },
    )
    positionnement: None | Positionnement = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    sous_modules: None | SousModules = attr.ib(
        default=None,
        metadata={
            "name": "sous-modules",
            "type": "Element",
        },
    )
    modules_prerequis: None | ModulesPrerequis = attr.ib(
        default=None,
        metadata={
            "name": "modules-prerequis",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    href: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    file: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class ResumesOffres:
    """
    Résumés d'offres de formation.
    """

    class Meta:
        name = "resumes-offres"
        namespace = "http://lheo.gouv.fr/2.3"

    resume_offre: list[ResumeOffre] = attr.ib(
        factory=list,
        metadata={
            "name": "resume-offre",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LheoIndex:
    """
    Résumés d'offres et de d'organismes.
    """

    class Meta:
        name = "lheo-index"
        namespace = "http://lheo.gouv.fr/2.3"

    resumes_offres: None | ResumesOffres = attr.ib(
        default=None,
        metadata={
            "name": "resumes-offres",
            "type": "Element",
        },
    )
    resumes_organismes: None | ResumesOrganismes = attr.ib(
        default=None,
        metadata={
            "name": "resumes-organismes",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Offres:
    """
    Offres de formation.
    """

    class Meta:
        name = "offres"
        namespace = "http://lheo.gouv.fr/2.3"

    formation: list[Formation] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class Lheo:
    """
    Élément racine d'un fichier en LHÉO/XML.
    """

    class Meta:
        name = "lheo"
        namespace = "http://lheo.gouv.fr/2.3"

    offres: Offres = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datemaj: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    datecrea: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )


@attr.s(slots=True, kw_only=True)
class LheoPlus:
    """
    Extension de LHEO pour inclure une liste d'organismes.
    """

    class Meta:
        name = "lheo-plus"
        namespace = "http://lheo.gouv.fr/2.3"

    lheo: None | Lheo = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    organisme_formation_responsable: list[OrganismeFormationResponsable] = (
        attr.ib(
            factory=list,
            metadata={
                "name": "organisme-formation-responsable",
                "type": "Element",
            },
        )
    )
    extras: list[Extras] = attr.ib(
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    numero: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    info: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    ref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    id: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    idref: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    tag: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    horodatage_creation: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        default=None,
        metadata={
            "name": "horodatage-export",
            "type": "Attribute",
        },
    )
    uri: None | str = attr.ib(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )
