from __future__ import annotations

from enum import Enum
from typing import ForwardRef

import datetime
from collections.abc import Sequence
from typing import Any

import attr

from lheo_bindings import _convert as _cv

__NAMESPACE__ = "http://www.lheo.org/2.2"


# Converters of the constructors (see lheo_bindings._convert): a plain value
# is wrapped, a single child becomes a one-item list.


def _list_Action(value: Action | Sequence[Action]) -> list[Action]:
    return _cv.wrap_list(Action, value)


def _list_Certification(value: Certification | Sequence[Certification]) -> list[Certification]:
    return _cv.wrap_list(Certification, value)


def _list_CodeFormacode(value: CodeFormacode | str | Sequence[CodeFormacode | str]) -> list[CodeFormacode]:
    return _cv.wrap_list(CodeFormacode, value)


def _list_CodeModalitePedagogique(value: CodeModalitePedagogique | str | Sequence[CodeModalitePedagogique | str]) -> list[CodeModalitePedagogique]:
    return _cv.wrap_list(CodeModalitePedagogique, value)


def _list_CodeNsf(value: CodeNsf | str | Sequence[CodeNsf | str]) -> list[CodeNsf]:
    return _cv.wrap_list(CodeNsf, value)


def _list_CodePublicVise(value: CodePublicVise | str | Sequence[CodePublicVise | str]) -> list[CodePublicVise]:
    return _cv.wrap_list(CodePublicVise, value)


def _list_CodeRome(value: CodeRome | str | Sequence[CodeRome | str]) -> list[CodeRome]:
    return _cv.wrap_list(CodeRome, value)


def _list_DateInformation(value: DateInformation | Sequence[DateInformation]) -> list[DateInformation]:
    return _cv.wrap_list(DateInformation, value)


def _list_Extras(value: Extras | Sequence[Extras]) -> list[Extras]:
    return _cv.wrap_list(Extras, value)


def _list_Formation(value: Formation | Sequence[Formation]) -> list[Formation]:
    return _cv.wrap_list(Formation, value)


def _list_Ligne(value: Ligne | str | Sequence[Ligne | str]) -> list[Ligne]:
    return _cv.wrap_list(Ligne, value)


def _list_Numtel(value: Numtel | str | Sequence[Numtel | str]) -> list[Numtel]:
    return _cv.wrap_list(Numtel, value)


def _list_OrganismeFinanceur(value: OrganismeFinanceur | Sequence[OrganismeFinanceur]) -> list[OrganismeFinanceur]:
    return _cv.wrap_list(OrganismeFinanceur, value)


def _list_OrganismeFormationResponsable(value: OrganismeFormationResponsable | Sequence[OrganismeFormationResponsable]) -> list[OrganismeFormationResponsable]:
    return _cv.wrap_list(OrganismeFormationResponsable, value)


def _list_ReferenceModule(value: ReferenceModule | str | Sequence[ReferenceModule | str]) -> list[ReferenceModule]:
    return _cv.wrap_list(ReferenceModule, value)


def _list_ResumeOffre(value: ResumeOffre | Sequence[ResumeOffre]) -> list[ResumeOffre]:
    return _cv.wrap_list(ResumeOffre, value)


def _list_ResumeOrganisme(value: ResumeOrganisme | Sequence[ResumeOrganisme]) -> list[ResumeOrganisme]:
    return _cv.wrap_list(ResumeOrganisme, value)


def _list_Session(value: Session | Sequence[Session]) -> list[Session]:
    return _cv.wrap_list(Session, value)


def _list_SousModule(value: SousModule | Sequence[SousModule]) -> list[SousModule]:
    return _cv.wrap_list(SousModule, value)


def _list_Urlweb(value: Urlweb | str | Sequence[Urlweb | str]) -> list[Urlweb]:
    return _cv.wrap_list(Urlweb, value)


def _member_DictAis(value: DictAis | str | int) -> DictAis:
    return _cv.member(DictAis, value)


def _member_DictBoolean(value: DictBoolean | str | int) -> DictBoolean:
    return _cv.member(DictBoolean, value)


def _member_DictEtatRecrutement(value: DictEtatRecrutement | str | int) -> DictEtatRecrutement:
    return _cv.member(DictEtatRecrutement, value)


def _member_DictFinanceurs(value: DictFinanceurs | str | int) -> DictFinanceurs:
    return _cv.member(DictFinanceurs, value)


def _member_DictModalitesEnseignement(value: DictModalitesEnseignement | str | int) -> DictModalitesEnseignement:
    return _cv.member(DictModalitesEnseignement, value)


def _member_DictModalitesEs(value: DictModalitesEs | str | int) -> DictModalitesEs:
    return _cv.member(DictModalitesEs, value)


def _member_DictNiveaux(value: DictNiveaux | str | int) -> DictNiveaux:
    return _cv.member(DictNiveaux, value)


def _member_DictPerimetreRecrutement(value: DictPerimetreRecrutement | str | int) -> DictPerimetreRecrutement:
    return _cv.member(DictPerimetreRecrutement, value)


def _member_DictTypeModule(value: DictTypeModule | str | int) -> DictTypeModule:
    return _cv.member(DictTypeModule, value)


def _member_DictTypeParcours(value: DictTypeParcours | str | int) -> DictTypeParcours:
    return _cv.member(DictTypeParcours, value)


def _member_DictTypePositionnement(value: DictTypePositionnement | str | int) -> DictTypePositionnement:
    return _cv.member(DictTypePositionnement, value)


def _opt_AccesHandicapes(value: None | AccesHandicapes | str) -> None | AccesHandicapes:
    return _cv.wrap(AccesHandicapes, value)


def _opt_Civilite(value: None | Civilite | str) -> None | Civilite:
    return _cv.wrap(Civilite, value)


def _opt_CodeCertifinfo(value: None | CodeCertifinfo | str) -> None | CodeCertifinfo:
    return _cv.wrap(CodeCertifinfo, value)


def _opt_CodeInseeCanton(value: None | CodeInseeCanton | str) -> None | CodeInseeCanton:
    return _cv.wrap(CodeInseeCanton, value)


def _opt_CodeInseeCommune(value: None | CodeInseeCommune | str) -> None | CodeInseeCommune:
    return _cv.wrap(CodeInseeCommune, value)


def _opt_CodeNiveauSortie(value: None | CodeNiveauSortie | str | int | DictNiveaux) -> None | CodeNiveauSortie:
    return _cv.wrap(CodeNiveauSortie, value)


def _opt_CodePerimetreRecrutement(value: None | CodePerimetreRecrutement | str | int | DictPerimetreRecrutement) -> None | CodePerimetreRecrutement:
    return _cv.wrap(CodePerimetreRecrutement, value)


def _opt_CodeRncp(value: None | CodeRncp | str) -> None | CodeRncp:
    return _cv.wrap(CodeRncp, value)


def _opt_Codepostal(value: None | Codepostal | str) -> None | Codepostal:
    return _cv.wrap(Codepostal, value)


def _opt_Conventionnement(value: None | Conventionnement | str | int | DictBoolean) -> None | Conventionnement:
    return _cv.wrap(Conventionnement, value)


def _opt_Courriel(value: None | Courriel | str) -> None | Courriel:
    return _cv.wrap(Courriel, value)


def _opt_Departement(value: None | Departement | str) -> None | Departement:
    return _cv.wrap(Departement, value)


def _opt_DetailConditionsPriseEnCharge(value: None | DetailConditionsPriseEnCharge | str) -> None | DetailConditionsPriseEnCharge:
    return _cv.wrap(DetailConditionsPriseEnCharge, value)


def _opt_DureeConventionnee(value: None | DureeConventionnee | int) -> None | DureeConventionnee:
    return _cv.wrap(DureeConventionnee, value)


def _opt_DureeIndicative(value: None | DureeIndicative | str) -> None | DureeIndicative:
    return _cv.wrap(DureeIndicative, value)


def _opt_EtatRecrutement(value: None | EtatRecrutement | str | int | DictEtatRecrutement) -> None | EtatRecrutement:
    return _cv.wrap(EtatRecrutement, value)


def _opt_FraisRestants(value: None | FraisRestants | str) -> None | FraisRestants:
    return _cv.wrap(FraisRestants, value)


def _opt_Hebergement(value: None | Hebergement | str) -> None | Hebergement:
    return _cv.wrap(Hebergement, value)


def _opt_IdentifiantModule(value: None | IdentifiantModule | str) -> None | IdentifiantModule:
    return _cv.wrap(IdentifiantModule, value)


def _opt_InfoPublicVise(value: None | InfoPublicVise | str) -> None | InfoPublicVise:
    return _cv.wrap(InfoPublicVise, value)


def _opt_InfosPerimetreRecrutement(value: None | InfosPerimetreRecrutement | str) -> None | InfosPerimetreRecrutement:
    return _cv.wrap(InfosPerimetreRecrutement, value)


def _opt_LangueFormation(value: None | LangueFormation | str) -> None | LangueFormation:
    return _cv.wrap(LangueFormation, value)


def _opt_ModalitesEnseignement(value: None | ModalitesEnseignement | str | int | DictModalitesEnseignement) -> None | ModalitesEnseignement:
    return _cv.wrap(ModalitesEnseignement, value)


def _opt_ModalitesInscription(value: None | ModalitesInscription | str) -> None | ModalitesInscription:
    return _cv.wrap(ModalitesInscription, value)


def _opt_ModalitesPedagogiques(value: None | ModalitesPedagogiques | str) -> None | ModalitesPedagogiques:
    return _cv.wrap(ModalitesPedagogiques, value)


def _opt_ModalitesRecrutement(value: None | ModalitesRecrutement | str) -> None | ModalitesRecrutement:
    return _cv.wrap(ModalitesRecrutement, value)


def _opt_NbPlacesFinancees(value: None | NbPlacesFinancees | int) -> None | NbPlacesFinancees:
    return _cv.wrap(NbPlacesFinancees, value)


def _opt_Nom(value: None | Nom | str) -> None | Nom:
    return _cv.wrap(Nom, value)


def _opt_NombreHeuresCentre(value: None | NombreHeuresCentre | int) -> None | NombreHeuresCentre:
    return _cv.wrap(NombreHeuresCentre, value)


def _opt_NombreHeuresEntreprise(value: None | NombreHeuresEntreprise | int) -> None | NombreHeuresEntreprise:
    return _cv.wrap(NombreHeuresEntreprise, value)


def _opt_NombreHeuresTotal(value: None | NombreHeuresTotal | int) -> None | NombreHeuresTotal:
    return _cv.wrap(NombreHeuresTotal, value)


def _opt_ObjectifGeneralFormation(value: None | ObjectifGeneralFormation | str | int | DictAis) -> None | ObjectifGeneralFormation:
    return _cv.wrap(ObjectifGeneralFormation, value)


def _opt_Pays(value: None | Pays | str) -> None | Pays:
    return _cv.wrap(Pays, value)


def _opt_Positionnement(value: None | Positionnement | str | int | DictTypePositionnement) -> None | Positionnement:
    return _cv.wrap(Positionnement, value)


def _opt_Prenom(value: None | Prenom | str) -> None | Prenom:
    return _cv.wrap(Prenom, value)


def _opt_PrixHoraireTtc(value: None | PrixHoraireTtc | str) -> None | PrixHoraireTtc:
    return _cv.wrap(PrixHoraireTtc, value)


def _opt_PrixTotalTtc(value: None | PrixTotalTtc | str) -> None | PrixTotalTtc:
    return _cv.wrap(PrixTotalTtc, value)


def _opt_Region(value: None | Region | str) -> None | Region:
    return _cv.wrap(Region, value)


def _opt_RenseignementsSpecifiques(value: None | RenseignementsSpecifiques | str) -> None | RenseignementsSpecifiques:
    return _cv.wrap(RenseignementsSpecifiques, value)


def _opt_Restauration(value: None | Restauration | str) -> None | Restauration:
    return _cv.wrap(Restauration, value)


def _opt_Transport(value: None | Transport | str) -> None | Transport:
    return _cv.wrap(Transport, value)


def _to_Certifiante(value: Certifiante | str | int | DictBoolean) -> Certifiante:
    return _cv.wrap(Certifiante, value)


def _to_CodeFinanceur(value: CodeFinanceur | str | int | DictFinanceurs) -> CodeFinanceur:
    return _cv.wrap(CodeFinanceur, value)


def _to_CodeNiveauEntree(value: CodeNiveauEntree | str | int | DictNiveaux) -> CodeNiveauEntree:
    return _cv.wrap(CodeNiveauEntree, value)


def _to_Codepostal(value: Codepostal | str) -> Codepostal:
    return _cv.wrap(Codepostal, value)


def _to_ConditionsSpecifiques(value: ConditionsSpecifiques | str) -> ConditionsSpecifiques:
    return _cv.wrap(ConditionsSpecifiques, value)


def _to_ContenuFormation(value: ContenuFormation | str) -> ContenuFormation:
    return _cv.wrap(ContenuFormation, value)


def _to_Date(value: Date | str | datetime.date) -> Date:
    return _cv.wrap(Date, value)


def _to_Debut(value: Debut | str | datetime.date) -> Debut:
    return _cv.wrap(Debut, value)


def _to_Departement(value: Departement | str) -> Departement:
    return _cv.wrap(Departement, value)


def _to_Fin(value: Fin | str | datetime.date) -> Fin:
    return _cv.wrap(Fin, value)


def _to_IntituleFormation(value: IntituleFormation | str) -> IntituleFormation:
    return _cv.wrap(IntituleFormation, value)


def _to_Latitude(value: Latitude | str) -> Latitude:
    return _cv.wrap(Latitude, value)


def _to_Longitude(value: Longitude | str) -> Longitude:
    return _cv.wrap(Longitude, value)


def _to_ModalitesAlternance(value: ModalitesAlternance | str) -> ModalitesAlternance:
    return _cv.wrap(ModalitesAlternance, value)


def _to_ModalitesEnseignement(value: ModalitesEnseignement | str | int | DictModalitesEnseignement) -> ModalitesEnseignement:
    return _cv.wrap(ModalitesEnseignement, value)


def _to_ModalitesEntreesSorties(value: ModalitesEntreesSorties | str | int | DictModalitesEs) -> ModalitesEntreesSorties:
    return _cv.wrap(ModalitesEntreesSorties, value)


def _to_NiveauEntreeObligatoire(value: NiveauEntreeObligatoire | str | int | DictBoolean) -> NiveauEntreeObligatoire:
    return _cv.wrap(NiveauEntreeObligatoire, value)


def _to_NomOrganisme(value: NomOrganisme | str) -> NomOrganisme:
    return _cv.wrap(NomOrganisme, value)


def _to_NumeroActivite(value: NumeroActivite | str) -> NumeroActivite:
    return _cv.wrap(NumeroActivite, value)


def _to_ObjectifFormation(value: ObjectifFormation | str) -> ObjectifFormation:
    return _cv.wrap(ObjectifFormation, value)


def _to_ParcoursDeFormation(value: ParcoursDeFormation | str | int | DictTypeParcours) -> ParcoursDeFormation:
    return _cv.wrap(ParcoursDeFormation, value)


def _to_PriseEnChargeFraisPossible(value: PriseEnChargeFraisPossible | str | int | DictBoolean) -> PriseEnChargeFraisPossible:
    return _cv.wrap(PriseEnChargeFraisPossible, value)


def _to_RaisonSociale(value: RaisonSociale | str) -> RaisonSociale:
    return _cv.wrap(RaisonSociale, value)


def _to_RaisonSocialeFormateur(value: RaisonSocialeFormateur | str) -> RaisonSocialeFormateur:
    return _cv.wrap(RaisonSocialeFormateur, value)


def _to_ReferenceModule(value: ReferenceModule | str) -> ReferenceModule:
    return _cv.wrap(ReferenceModule, value)


def _to_ResultatsAttendus(value: ResultatsAttendus | str) -> ResultatsAttendus:
    return _cv.wrap(ResultatsAttendus, value)


def _to_RythmeFormation(value: RythmeFormation | str) -> RythmeFormation:
    return _cv.wrap(RythmeFormation, value)


def _to_Siret(value: Siret | str) -> Siret:
    return _cv.wrap(Siret, value)


def _to_TypeModule(value: TypeModule | str | int | DictTypeModule) -> TypeModule:
    return _cv.wrap(TypeModule, value)


def _to_Ville(value: Ville | str) -> Ville:
    return _cv.wrap(Ville, value)


@attr.s(slots=True, kw_only=True)
class DateAaaammjjElement:
    class Meta:
        name = "date-aaaammjj-element"

    value: str = attr.ib(
        converter=_cv.date_text,
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def date(self) -> datetime.date | None:
        """The date; ``None`` when unknown (``00000000``), partial or impossible
        (the text stays in ``value``)."""
        return _cv.date_of(self.value)


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

    CODES_OBSOLETES = "1"
    """Code(s) obsolète(s)"""
    VALUE_1 = "1"
    CERTIFICATION = "6"
    """Certification"""
    VALUE_6 = "6"
    PROFESSIONNALISATION = "7"
    """Professionnalisation"""
    VALUE_7 = "7"
    PREPARATION_A_LA_QUALIFICATION = "8"
    """Préparation à la qualification"""
    VALUE_8 = "8"
    REMISE_A_NIVEAU = "5"
    """Remise à niveau, maîtrise des savoirs de base, initiation"""
    VALUE_5 = "5"
    REMOBILISATION = "9"
    """(Re)mobilisation, aide à l'élaboration de projet professionnel"""
    VALUE_9 = "9"
    VALUE_2 = "2"
    """Perfectionnement, élargissement des compétences"""
    VALUE_3 = "3"
    """Perfectionnement, élargissement des compétences"""
    CREATION_D_ENTREPRISE = "4"
    """Création d'entreprise"""
    VALUE_4 = "4"


class DictBoolean(Enum):
    """
    Valeurs booléennes.

    Attributes:
        VALUE_0: non
        VALUE_1: oui
    """

    NON = "0"
    """non"""
    VALUE_0 = "0"
    OUI = "1"
    """oui"""
    VALUE_1 = "1"


class DictEtatRecrutement(Enum):
    """
    Etat du recrutement.

    Attributes:
        VALUE_1: ouvert
        VALUE_2: fermé
        VALUE_3: suspendu
    """

    OUVERT = "1"
    """ouvert"""
    VALUE_1 = "1"
    FERME = "2"
    """fermé"""
    VALUE_2 = "2"
    SUSPENDU = "3"
    """suspendu"""
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
        VALUE_16: OPCA
        VALUE_17: OPACIF
        VALUE_1: Code(s) obsolète(s)
    """

    ETAT_MINISTERE_CHARGE_DE_L_EMPLOI = "11"
    """Etat - Ministère chargé de l'emploi"""
    VALUE_11 = "11"
    ETAT_MINISTERE_DE_L_EDUCATION_NATIONALE = "12"
    """Etat - Ministère de l'éducation nationale"""
    VALUE_12 = "12"
    ETAT_AUTRE = "13"
    """Etat - Autre"""
    VALUE_13 = "13"
    COLLECTIVITE_TERRITORIALE_CONSEIL_REGIONAL = "2"
    """Collectivité territoriale - Conseil régional"""
    VALUE_2 = "2"
    FONDS_EUROPEENS_FSE = "3"
    """Fonds européens - FSE"""
    VALUE_3 = "3"
    POLE_EMPLOI = "4"
    """Pôle emploi"""
    VALUE_4 = "4"
    ENTREPRISE = "5"
    """Entreprise"""
    VALUE_5 = "5"
    ACSE = "6"
    """ACSÉ (anciennement FASILD)"""
    VALUE_6 = "6"
    AGEFIPH = "7"
    """AGEFIPH"""
    VALUE_7 = "7"
    COLLECTIVITE_TERRITORIALE_CONSEIL_GENERAL = "8"
    """Collectivité territoriale - Conseil général"""
    VALUE_8 = "8"
    COLLECTIVITE_TERRITORIALE_COMMUNE = "9"
    """Collectivité territoriale - Commune"""
    VALUE_9 = "9"
    COLLECTIVITE_TERRITORIALE_AUTRE = "15"
    """Collectivité territoriale - Autre"""
    VALUE_15 = "15"
    BENEFICIAIRE_DE_L_ACTION = "10"
    """Bénéficiaire de l'action"""
    VALUE_10 = "10"
    AUTRE = "0"
    """Autre"""
    VALUE_0 = "0"
    FONDS_EUROPEENS_AUTRE = "14"
    """Fonds européens - Autre"""
    VALUE_14 = "14"
    OPCA = "16"
    """OPCA"""
    VALUE_16 = "16"
    OPACIF = "17"
    """OPACIF"""
    VALUE_17 = "17"
    CODES_OBSOLETES = "1"
    """Code(s) obsolète(s)"""
    VALUE_1 = "1"


class DictModalitesEnseignement(Enum):
    """
    Formation présentielle ou a distance.

    Attributes:
        VALUE_0: formation entièrement présentielle
        VALUE_1: formation mixte
        VALUE_2: formation entièrement à distance
    """

    FORMATION_ENTIEREMENT_PRESENTIELLE = "0"
    """formation entièrement présentielle"""
    VALUE_0 = "0"
    FORMATION_MIXTE = "1"
    """formation mixte"""
    VALUE_1 = "1"
    FORMATION_ENTIEREMENT_A_DISTANCE = "2"
    """formation entièrement à distance"""
    VALUE_2 = "2"


class DictModalitesEs(Enum):
    """
    Modalités d'entrées/sorties.

    Attributes:
        VALUE_0: entrées/sorties à dates fixes
        VALUE_1: entrées/sorties permanentes
    """

    ENTREES_SORTIES_A_DATES_FIXES = "0"
    """entrées/sorties à dates fixes"""
    VALUE_0 = "0"
    ENTREES_SORTIES_PERMANENTES = "1"
    """entrées/sorties permanentes"""
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
    """

    INFORMATION_NON_COMMUNIQUEE = "0"
    """information non communiquée"""
    VALUE_0 = "0"
    SANS_NIVEAU_SPECIFIQUE = "1"
    """sans niveau spécifique"""
    VALUE_1 = "1"
    NIVEAU_VI = "2"
    """niveau VI (illettrisme, analphabétisme)"""
    VALUE_2 = "2"
    NIVEAU_V_BIS = "3"
    """niveau V bis (préqualification)"""
    VALUE_3 = "3"
    NIVEAU_V = "4"
    """niveau V (CAP, BEP, CFPA du premier degré)"""
    VALUE_4 = "4"
    NIVEAU_IV = "5"
    """niveau IV (BP, BT, baccalauréat professionnel ou technologique)"""
    VALUE_5 = "5"
    NIVEAU_III = "6"
    """niveau III (BTS, DUT)"""
    VALUE_6 = "6"
    NIVEAU_II = "7"
    """niveau II (licence ou maîtrise universitaire)"""
    VALUE_7 = "7"
    NIVEAU_I = "8"
    """niveau I (supérieur à la maîtrise)"""
    VALUE_8 = "8"


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

    AUTRES = "0"
    """Autres"""
    VALUE_0 = "0"
    COMMUNE = "1"
    """Commune"""
    VALUE_1 = "1"
    DEPARTEMENT = "2"
    """Département"""
    VALUE_2 = "2"
    REGION = "3"
    """Région"""
    VALUE_3 = "3"
    INTERREGION = "4"
    """Interrégion"""
    VALUE_4 = "4"
    PAYS = "5"
    """Pays"""
    VALUE_5 = "5"
    INTERNATIONAL = "6"
    """International"""
    VALUE_6 = "6"


class DictTypeModule(Enum):
    """
    Type de module.

    Attributes:
        VALUE_0: information inconnue
        VALUE_1: obligatoire
        VALUE_2: personnalisable
    """

    INFORMATION_INCONNUE = "0"
    """information inconnue"""
    VALUE_0 = "0"
    OBLIGATOIRE = "1"
    """obligatoire"""
    VALUE_1 = "1"
    PERSONNALISABLE = "2"
    """personnalisable"""
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

    EN_GROUPE = "1"
    """en groupe (non personnalisable)"""
    VALUE_1 = "1"
    INDIVIDUALISE = "2"
    """individualisé"""
    VALUE_2 = "2"
    MODULARISE = "3"
    """modularisé"""
    VALUE_3 = "3"
    MIXTE = "4"
    """mixte"""
    VALUE_4 = "4"


class DictTypePositionnement(Enum):
    """
    Type de positionnement.

    Attributes:
        VALUE_1: réglementaire
        VALUE_2: pédagogique
    """

    REGLEMENTAIRE = "1"
    """réglementaire"""
    VALUE_1 = "1"
    PEDAGOGIQUE = "2"
    """pédagogique"""
    VALUE_2 = "2"


@attr.s(slots=True, kw_only=True)
class Extra:
    """
    Élément d'extension (cercle 3).
    """

    class Meta:
        name = "extra"
        namespace = "http://www.lheo.org/2.2"

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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


@attr.s(slots=True, kw_only=True)
class Siret(TexteFixe14Element):
    class Meta:
        name = "SIRET"
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
class CodeCertifinfo(Texte6Element):
    class Meta:
        name = "code-CERTIFINFO"
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
class CodeRncp(Texte6Element):
    class Meta:
        name = "code-RNCP"
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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

    value: DictAis = attr.ib(converter=_member_DictAis, validator=_cv.code_check(DictAis, "dict-AIS"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-AIS`` label."""
        return _cv.code_of(self.value, "2.2", "dict-AIS")

    @property
    def label(self) -> str | None:
        """The ``dict-AIS`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictBooleanElement:
    class Meta:
        name = "dict-boolean-element"

    value: DictBoolean = attr.ib(converter=_member_DictBoolean, validator=_cv.code_check(DictBoolean, "dict-boolean"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-boolean`` label."""
        return _cv.code_of(self.value, "2.2", "dict-boolean")

    @property
    def label(self) -> str | None:
        """The ``dict-boolean`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictEtatRecrutementElement:
    class Meta:
        name = "dict-etat-recrutement-element"

    value: DictEtatRecrutement = attr.ib(converter=_member_DictEtatRecrutement, validator=_cv.code_check(DictEtatRecrutement, "dict-etat-recrutement"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-etat-recrutement`` label."""
        return _cv.code_of(self.value, "2.2", "dict-etat-recrutement")

    @property
    def label(self) -> str | None:
        """The ``dict-etat-recrutement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictFinanceursElement:
    class Meta:
        name = "dict-financeurs-element"

    value: DictFinanceurs = attr.ib(converter=_member_DictFinanceurs, validator=_cv.code_check(DictFinanceurs, "dict-financeurs"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-financeurs`` label."""
        return _cv.code_of(self.value, "2.2", "dict-financeurs")

    @property
    def label(self) -> str | None:
        """The ``dict-financeurs`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictModalitesEnseignementElement:
    class Meta:
        name = "dict-modalites-enseignement-element"

    value: DictModalitesEnseignement = attr.ib(converter=_member_DictModalitesEnseignement, validator=_cv.code_check(DictModalitesEnseignement, "dict-modalites-enseignement"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-modalites-enseignement`` label."""
        return _cv.code_of(self.value, "2.2", "dict-modalites-enseignement")

    @property
    def label(self) -> str | None:
        """The ``dict-modalites-enseignement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictModalitesEsElement:
    class Meta:
        name = "dict-modalites-es-element"

    value: DictModalitesEs = attr.ib(converter=_member_DictModalitesEs, validator=_cv.code_check(DictModalitesEs, "dict-modalites-es"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-modalites-es`` label."""
        return _cv.code_of(self.value, "2.2", "dict-modalites-es")

    @property
    def label(self) -> str | None:
        """The ``dict-modalites-es`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictNiveauxElement:
    class Meta:
        name = "dict-niveaux-element"

    value: DictNiveaux = attr.ib(converter=_member_DictNiveaux, validator=_cv.code_check(DictNiveaux, "dict-niveaux"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-niveaux`` label."""
        return _cv.code_of(self.value, "2.2", "dict-niveaux")

    @property
    def label(self) -> str | None:
        """The ``dict-niveaux`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictPerimetreRecrutementElement:
    class Meta:
        name = "dict-perimetre-recrutement-element"

    value: DictPerimetreRecrutement = attr.ib(converter=_member_DictPerimetreRecrutement, validator=_cv.code_check(DictPerimetreRecrutement, "dict-perimetre-recrutement"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-perimetre-recrutement`` label."""
        return _cv.code_of(self.value, "2.2", "dict-perimetre-recrutement")

    @property
    def label(self) -> str | None:
        """The ``dict-perimetre-recrutement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeModuleElement:
    class Meta:
        name = "dict-type-module-element"

    value: DictTypeModule = attr.ib(converter=_member_DictTypeModule, validator=_cv.code_check(DictTypeModule, "dict-type-module"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-module`` label."""
        return _cv.code_of(self.value, "2.2", "dict-type-module")

    @property
    def label(self) -> str | None:
        """The ``dict-type-module`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeParcoursElement:
    class Meta:
        name = "dict-type-parcours-element"

    value: DictTypeParcours = attr.ib(converter=_member_DictTypeParcours, validator=_cv.code_check(DictTypeParcours, "dict-type-parcours"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-parcours`` label."""
        return _cv.code_of(self.value, "2.2", "dict-type-parcours")

    @property
    def label(self) -> str | None:
        """The ``dict-type-parcours`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypePositionnementElement:
    class Meta:
        name = "dict-type-positionnement-element"

    value: DictTypePositionnement = attr.ib(converter=_member_DictTypePositionnement, validator=_cv.code_check(DictTypePositionnement, "dict-type-positionnement"))
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-positionnement`` label."""
        return _cv.code_of(self.value, "2.2", "dict-type-positionnement")

    @property
    def label(self) -> str | None:
        """The ``dict-type-positionnement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DureeConventionnee(NombreElement):
    class Meta:
        name = "duree-conventionnee"
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"

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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
    SIRET de l'organisme formateur.
    """

    class Meta:
        name = "SIRET-formateur"
        namespace = "http://www.lheo.org/2.2"

    siret: Siret = attr.ib(
        converter=_to_Siret,
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    siret: Siret = attr.ib(
        converter=_to_Siret,
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"

    code_rncp: None | CodeRncp = attr.ib(
        converter=_opt_CodeRncp,
        default=None,
        metadata={
            "name": "code-RNCP",
            "type": "Element",
        },
    )
    code_certifinfo: None | CodeCertifinfo = attr.ib(
        converter=_opt_CodeCertifinfo,
        default=None,
        metadata={
            "name": "code-CERTIFINFO",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"

    date: Date = attr.ib(
        converter=_to_Date,
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    code_formacode: list[CodeFormacode] = attr.ib(
        converter=_list_CodeFormacode,
        factory=list,
        metadata={
            "name": "code-FORMACODE",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    code_nsf: list[CodeNsf] = attr.ib(
        converter=_list_CodeNsf,
        factory=list,
        metadata={
            "name": "code-NSF",
            "type": "Element",
            "max_occurs": 3,
        },
    )
    code_rome: list[CodeRome] = attr.ib(
        converter=_list_CodeRome,
        factory=list,
        metadata={
            "name": "code-ROME",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "fax"
        namespace = "http://www.lheo.org/2.2"

    numtel: list[Numtel] = attr.ib(
        converter=_list_Numtel,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    latitude: Latitude = attr.ib(
        converter=_to_Latitude,
        metadata={
            "type": "Element",
        }
    )
    longitude: Longitude = attr.ib(
        converter=_to_Longitude,
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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

    Required lists (``minOccurs`` ≥ 1): ``reference_module``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "modules-prerequis"
        namespace = "http://www.lheo.org/2.2"

    reference_module: list[ReferenceModule] = attr.ib(
        converter=_list_ReferenceModule,
        factory=list,
        metadata={
            "name": "reference-module",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"

    debut: Debut = attr.ib(
        converter=_to_Debut,
        metadata={
            "type": "Element",
        }
    )
    fin: Fin = attr.ib(
        converter=_to_Fin,
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "portable"
        namespace = "http://www.lheo.org/2.2"

    numtel: list[Numtel] = attr.ib(
        converter=_list_Numtel,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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

    Required lists (``minOccurs`` ≥ 1): ``code_formacode``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "potentiel"
        namespace = "http://www.lheo.org/2.2"

    code_formacode: list[CodeFormacode] = attr.ib(
        converter=_list_CodeFormacode,
        factory=list,
        metadata={
            "name": "code-FORMACODE",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 25,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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
        namespace = "http://www.lheo.org/2.2"

    nom_organisme: NomOrganisme = attr.ib(
        converter=_to_NomOrganisme,
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    raison_sociale: RaisonSociale = attr.ib(
        converter=_to_RaisonSociale,
        metadata={
            "name": "raison-sociale",
            "type": "Element",
        }
    )
    siret: Siret = attr.ib(
        converter=_to_Siret,
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    numero_activite: NumeroActivite = attr.ib(
        converter=_to_NumeroActivite,
        metadata={
            "name": "numero-activite",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "telfixe"
        namespace = "http://www.lheo.org/2.2"

    numtel: list[Numtel] = attr.ib(
        converter=_list_Numtel,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "url-action"
        namespace = "http://www.lheo.org/2.2"

    urlweb: list[Urlweb] = attr.ib(
        converter=_list_Urlweb,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "url-formation"
        namespace = "http://www.lheo.org/2.2"

    urlweb: list[Urlweb] = attr.ib(
        converter=_list_Urlweb,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "web"
        namespace = "http://www.lheo.org/2.2"

    urlweb: list[Urlweb] = attr.ib(
        converter=_list_Urlweb,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 3,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``ligne``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "adresse"
        namespace = "http://www.lheo.org/2.2"

    ligne: list[Ligne] = attr.ib(
        converter=_list_Ligne,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 4,
        },
    )
    codepostal: Codepostal = attr.ib(
        converter=_to_Codepostal,
        metadata={
            "type": "Element",
        }
    )
    ville: Ville = attr.ib(
        converter=_to_Ville,
        metadata={
            "type": "Element",
        }
    )
    departement: None | Departement = attr.ib(
        converter=_opt_Departement,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_insee_commune: None | CodeInseeCommune = attr.ib(
        converter=_opt_CodeInseeCommune,
        default=None,
        metadata={
            "name": "code-INSEE-commune",
            "type": "Element",
        },
    )
    code_insee_canton: None | CodeInseeCanton = attr.ib(
        converter=_opt_CodeInseeCanton,
        default=None,
        metadata={
            "name": "code-INSEE-canton",
            "type": "Element",
        },
    )
    region: None | Region = attr.ib(
        converter=_opt_Region,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    pays: None | Pays = attr.ib(
        converter=_opt_Pays,
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
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    nom: None | Nom = attr.ib(
        converter=_opt_Nom,
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
        converter=_opt_Courriel,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    code_financeur: CodeFinanceur = attr.ib(
        converter=_to_CodeFinanceur,
        metadata={
            "name": "code-financeur",
            "type": "Element",
        }
    )
    nb_places_financees: None | NbPlacesFinancees = attr.ib(
        converter=_opt_NbPlacesFinancees,
        default=None,
        metadata={
            "name": "nb-places-financees",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

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
        namespace = "http://www.lheo.org/2.2"

    resume_organisme: list[ResumeOrganisme] = attr.ib(
        converter=_list_ResumeOrganisme,
        factory=list,
        metadata={
            "name": "resume-organisme",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    reference_module: ReferenceModule = attr.ib(
        converter=_to_ReferenceModule,
        metadata={
            "name": "reference-module",
            "type": "Element",
        }
    )
    type_module: TypeModule = attr.ib(
        converter=_to_TypeModule,
        metadata={
            "name": "type-module",
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    adresse: Adresse = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    adresse: Adresse = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    civilite: None | Civilite = attr.ib(
        converter=_opt_Civilite,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    nom: None | Nom = attr.ib(
        converter=_opt_Nom,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    prenom: None | Prenom = attr.ib(
        converter=_opt_Prenom,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    ligne: list[Ligne] = attr.ib(
        converter=_list_Ligne,
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
        converter=_opt_Courriel,
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
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``sous_module``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "sous-modules"
        namespace = "http://www.lheo.org/2.2"

    sous_module: list[SousModule] = attr.ib(
        converter=_list_SousModule,
        factory=list,
        metadata={
            "name": "sous-module",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
    Lieu de la formation.
    """

    class Meta:
        name = "lieu-de-formation"
        namespace = "http://www.lheo.org/2.2"

    coordonnees: Coordonnees = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

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
        converter=_opt_ModalitesInscription,
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
        converter=_opt_EtatRecrutement,
        default=None,
        metadata={
            "name": "etat-recrutement",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
class OrganismeFormateur:
    """
    Organisme formateur.
    """

    class Meta:
        name = "organisme-formateur"
        namespace = "http://www.lheo.org/2.2"

    siret_formateur: SiretFormateur = attr.ib(
        metadata={
            "name": "SIRET-formateur",
            "type": "Element",
        }
    )
    raison_sociale_formateur: RaisonSocialeFormateur = attr.ib(
        converter=_to_RaisonSocialeFormateur,
        metadata={
            "name": "raison-sociale-formateur",
            "type": "Element",
        }
    )
    contact_formateur: None | ContactFormateur = attr.ib(
        default=None,
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
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    numero_activite: NumeroActivite = attr.ib(
        converter=_to_NumeroActivite,
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
        converter=_to_NomOrganisme,
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    raison_sociale: RaisonSociale = attr.ib(
        converter=_to_RaisonSociale,
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
    contact_organisme: ContactOrganisme = attr.ib(
        metadata={
            "name": "contact-organisme",
            "type": "Element",
        }
    )
    renseignements_specifiques: None | RenseignementsSpecifiques = attr.ib(
        converter=_opt_RenseignementsSpecifiques,
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
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
class ResumeOffre:
    """
    Résumé d'une offre de formation.

    Required lists (``minOccurs`` ≥ 1): ``code_public_vise``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "resume-offre"
        namespace = "http://www.lheo.org/2.2"

    domaine_formation: DomaineFormation = attr.ib(
        metadata={
            "name": "domaine-formation",
            "type": "Element",
        }
    )
    intitule_formation: IntituleFormation = attr.ib(
        converter=_to_IntituleFormation,
        metadata={
            "name": "intitule-formation",
            "type": "Element",
        }
    )
    nom_organisme: NomOrganisme = attr.ib(
        converter=_to_NomOrganisme,
        metadata={
            "name": "nom-organisme",
            "type": "Element",
        }
    )
    siret: Siret = attr.ib(
        converter=_to_Siret,
        metadata={
            "name": "SIRET",
            "type": "Element",
        }
    )
    codepostal: None | Codepostal = attr.ib(
        converter=_opt_Codepostal,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    code_insee_commune: None | CodeInseeCommune = attr.ib(
        converter=_opt_CodeInseeCommune,
        default=None,
        metadata={
            "name": "code-INSEE-commune",
            "type": "Element",
        },
    )
    ville: Ville = attr.ib(
        converter=_to_Ville,
        metadata={
            "type": "Element",
        }
    )
    departement: Departement = attr.ib(
        converter=_to_Departement,
        metadata={
            "type": "Element",
        }
    )
    region: None | Region = attr.ib(
        converter=_opt_Region,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    certifiante: Certifiante = attr.ib(
        converter=_to_Certifiante,
        metadata={
            "type": "Element",
        }
    )
    code_niveau_entree: CodeNiveauEntree = attr.ib(
        converter=_to_CodeNiveauEntree,
        metadata={
            "name": "code-niveau-entree",
            "type": "Element",
        }
    )
    prise_en_charge_frais_possible: PriseEnChargeFraisPossible = attr.ib(
        converter=_to_PriseEnChargeFraisPossible,
        metadata={
            "name": "prise-en-charge-frais-possible",
            "type": "Element",
        }
    )
    modalites_enseignement: None | ModalitesEnseignement = attr.ib(
        converter=_opt_ModalitesEnseignement,
        default=None,
        metadata={
            "name": "modalites-enseignement",
            "type": "Element",
        },
    )
    code_public_vise: list[CodePublicVise] = attr.ib(
        converter=_list_CodePublicVise,
        factory=list,
        metadata={
            "name": "code-public-vise",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 10,
        },
    )
    nombre_heures_total: None | NombreHeuresTotal = attr.ib(
        converter=_opt_NombreHeuresTotal,
        default=None,
        metadata={
            "name": "nombre-heures-total",
            "type": "Element",
        },
    )
    session: list[Session] = attr.ib(
        converter=_list_Session,
        factory=list,
        metadata={
            "type": "Element",
        },
    )
    contact_formation_resume: None | ContactFormationResume = attr.ib(
        default=None,
        metadata={
            "name": "contact-formation-resume",
            "type": "Element",
        },
    )
    certification: list[Certification] = attr.ib(
        converter=_list_Certification,
        factory=list,
        metadata={
            "type": "Element",
            "max_occurs": 5,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
class Action:
    """
    Action de formation.

    Required lists (``minOccurs`` ≥ 1): ``code_public_vise``, ``session``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "action"
        namespace = "http://www.lheo.org/2.2"

    rythme_formation: RythmeFormation = attr.ib(
        converter=_to_RythmeFormation,
        metadata={
            "name": "rythme-formation",
            "type": "Element",
        }
    )
    code_public_vise: list[CodePublicVise] = attr.ib(
        converter=_list_CodePublicVise,
        factory=list,
        metadata={
            "name": "code-public-vise",
            "type": "Element",
            "min_occurs": 1,
            "max_occurs": 10,
        },
    )
    info_public_vise: None | InfoPublicVise = attr.ib(
        converter=_opt_InfoPublicVise,
        default=None,
        metadata={
            "name": "info-public-vise",
            "type": "Element",
        },
    )
    niveau_entree_obligatoire: NiveauEntreeObligatoire = attr.ib(
        converter=_to_NiveauEntreeObligatoire,
        metadata={
            "name": "niveau-entree-obligatoire",
            "type": "Element",
        }
    )
    modalites_alternance: ModalitesAlternance = attr.ib(
        converter=_to_ModalitesAlternance,
        metadata={
            "name": "modalites-alternance",
            "type": "Element",
        }
    )
    modalites_enseignement: ModalitesEnseignement = attr.ib(
        converter=_to_ModalitesEnseignement,
        metadata={
            "name": "modalites-enseignement",
            "type": "Element",
        }
    )
    conditions_specifiques: ConditionsSpecifiques = attr.ib(
        converter=_to_ConditionsSpecifiques,
        metadata={
            "name": "conditions-specifiques",
            "type": "Element",
        }
    )
    prise_en_charge_frais_possible: PriseEnChargeFraisPossible = attr.ib(
        converter=_to_PriseEnChargeFraisPossible,
        metadata={
            "name": "prise-en-charge-frais-possible",
            "type": "Element",
        }
    )
    lieu_de_formation: LieuDeFormation = attr.ib(
        metadata={
            "name": "lieu-de-formation",
            "type": "Element",
        }
    )
    modalites_entrees_sorties: ModalitesEntreesSorties = attr.ib(
        converter=_to_ModalitesEntreesSorties,
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
    session: list[Session] = attr.ib(
        converter=_list_Session,
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
        converter=_list_DateInformation,
        factory=list,
        metadata={
            "name": "date-information",
            "type": "Element",
            "max_occurs": 3,
        },
    )
    restauration: None | Restauration = attr.ib(
        converter=_opt_Restauration,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    hebergement: None | Hebergement = attr.ib(
        converter=_opt_Hebergement,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    transport: None | Transport = attr.ib(
        converter=_opt_Transport,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    acces_handicapes: None | AccesHandicapes = attr.ib(
        converter=_opt_AccesHandicapes,
        default=None,
        metadata={
            "name": "acces-handicapes",
            "type": "Element",
        },
    )
    langue_formation: None | LangueFormation = attr.ib(
        converter=_opt_LangueFormation,
        default=None,
        metadata={
            "name": "langue-formation",
            "type": "Element",
        },
    )
    modalites_recrutement: None | ModalitesRecrutement = attr.ib(
        converter=_opt_ModalitesRecrutement,
        default=None,
        metadata={
            "name": "modalites-recrutement",
            "type": "Element",
        },
    )
    modalites_pedagogiques: None | ModalitesPedagogiques = attr.ib(
        converter=_opt_ModalitesPedagogiques,
        default=None,
        metadata={
            "name": "modalites-pedagogiques",
            "type": "Element",
        },
    )
    code_modalite_pedagogique: list[CodeModalitePedagogique] = attr.ib(
        converter=_list_CodeModalitePedagogique,
        factory=list,
        metadata={
            "name": "code-modalite-pedagogique",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    frais_restants: None | FraisRestants = attr.ib(
        converter=_opt_FraisRestants,
        default=None,
        metadata={
            "name": "frais-restants",
            "type": "Element",
        },
    )
    code_perimetre_recrutement: None | CodePerimetreRecrutement = attr.ib(
        converter=_opt_CodePerimetreRecrutement,
        default=None,
        metadata={
            "name": "code-perimetre-recrutement",
            "type": "Element",
        },
    )
    infos_perimetre_recrutement: None | InfosPerimetreRecrutement = attr.ib(
        converter=_opt_InfosPerimetreRecrutement,
        default=None,
        metadata={
            "name": "infos-perimetre-recrutement",
            "type": "Element",
        },
    )
    prix_horaire_ttc: None | PrixHoraireTtc = attr.ib(
        converter=_opt_PrixHoraireTtc,
        default=None,
        metadata={
            "name": "prix-horaire-TTC",
            "type": "Element",
        },
    )
    prix_total_ttc: None | PrixTotalTtc = attr.ib(
        converter=_opt_PrixTotalTtc,
        default=None,
        metadata={
            "name": "prix-total-TTC",
            "type": "Element",
        },
    )
    duree_indicative: None | DureeIndicative = attr.ib(
        converter=_opt_DureeIndicative,
        default=None,
        metadata={
            "name": "duree-indicative",
            "type": "Element",
        },
    )
    nombre_heures_centre: None | NombreHeuresCentre = attr.ib(
        converter=_opt_NombreHeuresCentre,
        default=None,
        metadata={
            "name": "nombre-heures-centre",
            "type": "Element",
        },
    )
    nombre_heures_entreprise: None | NombreHeuresEntreprise = attr.ib(
        converter=_opt_NombreHeuresEntreprise,
        default=None,
        metadata={
            "name": "nombre-heures-entreprise",
            "type": "Element",
        },
    )
    nombre_heures_total: None | NombreHeuresTotal = attr.ib(
        converter=_opt_NombreHeuresTotal,
        default=None,
        metadata={
            "name": "nombre-heures-total",
            "type": "Element",
        },
    )
    detail_conditions_prise_en_charge: None | DetailConditionsPriseEnCharge = (
        attr.ib(
            converter=_opt_DetailConditionsPriseEnCharge,
            default=None,
            metadata={
                "name": "detail-conditions-prise-en-charge",
                "type": "Element",
            },
        )
    )
    conventionnement: None | Conventionnement = attr.ib(
        converter=_opt_Conventionnement,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    duree_conventionnee: None | DureeConventionnee = attr.ib(
        converter=_opt_DureeConventionnee,
        default=None,
        metadata={
            "name": "duree-conventionnee",
            "type": "Element",
        },
    )
    organisme_formateur: None | OrganismeFormateur = attr.ib(
        default=None,
        metadata={
            "name": "organisme-formateur",
            "type": "Element",
        },
    )
    organisme_financeur: list[OrganismeFinanceur] = attr.ib(
        converter=_list_OrganismeFinanceur,
        factory=list,
        metadata={
            "name": "organisme-financeur",
            "type": "Element",
            "max_occurs": 8,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
class ResumesOffres:
    """
    Résumés d'offres de formation.
    """

    class Meta:
        name = "resumes-offres"
        namespace = "http://www.lheo.org/2.2"

    resume_offre: list[ResumeOffre] = attr.ib(
        converter=_list_ResumeOffre,
        factory=list,
        metadata={
            "name": "resume-offre",
            "type": "Element",
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``action``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "formation"
        namespace = "http://www.lheo.org/2.2"

    domaine_formation: DomaineFormation = attr.ib(
        metadata={
            "name": "domaine-formation",
            "type": "Element",
        }
    )
    intitule_formation: IntituleFormation = attr.ib(
        converter=_to_IntituleFormation,
        metadata={
            "name": "intitule-formation",
            "type": "Element",
        }
    )
    objectif_formation: ObjectifFormation = attr.ib(
        converter=_to_ObjectifFormation,
        metadata={
            "name": "objectif-formation",
            "type": "Element",
        }
    )
    resultats_attendus: ResultatsAttendus = attr.ib(
        converter=_to_ResultatsAttendus,
        metadata={
            "name": "resultats-attendus",
            "type": "Element",
        }
    )
    contenu_formation: ContenuFormation = attr.ib(
        converter=_to_ContenuFormation,
        metadata={
            "name": "contenu-formation",
            "type": "Element",
        }
    )
    certifiante: Certifiante = attr.ib(
        converter=_to_Certifiante,
        metadata={
            "type": "Element",
        }
    )
    contact_formation: ContactFormation = attr.ib(
        metadata={
            "name": "contact-formation",
            "type": "Element",
        }
    )
    parcours_de_formation: ParcoursDeFormation = attr.ib(
        converter=_to_ParcoursDeFormation,
        metadata={
            "name": "parcours-de-formation",
            "type": "Element",
        }
    )
    code_niveau_entree: CodeNiveauEntree = attr.ib(
        converter=_to_CodeNiveauEntree,
        metadata={
            "name": "code-niveau-entree",
            "type": "Element",
        }
    )
    objectif_general_formation: None | ObjectifGeneralFormation = attr.ib(
        converter=_opt_ObjectifGeneralFormation,
        default=None,
        metadata={
            "name": "objectif-general-formation",
            "type": "Element",
        },
    )
    certification: list[Certification] = attr.ib(
        converter=_list_Certification,
        factory=list,
        metadata={
            "type": "Element",
            "max_occurs": 5,
        },
    )
    code_niveau_sortie: None | CodeNiveauSortie = attr.ib(
        converter=_opt_CodeNiveauSortie,
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
        converter=_list_Action,
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
        converter=_opt_IdentifiantModule,
        default=None,
        metadata={
            "name": "identifiant-module",
            "type": "Element",
        },
    )
    positionnement: None | Positionnement = attr.ib(
        converter=_opt_Positionnement,
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
        converter=_list_Extras,
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
class LheoIndex:
    """
    Résumés d'offres et de d'organismes.
    """

    class Meta:
        name = "lheo-index"
        namespace = "http://www.lheo.org/2.2"

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
        converter=_list_Extras,
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

    Required lists (``minOccurs`` ≥ 1): ``formation``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "offres"
        namespace = "http://www.lheo.org/2.2"

    formation: list[Formation] = attr.ib(
        converter=_list_Formation,
        factory=list,
        metadata={
            "type": "Element",
            "min_occurs": 1,
        },
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    offres: Offres = attr.ib(
        metadata={
            "type": "Element",
        }
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
        namespace = "http://www.lheo.org/2.2"

    lheo: None | Lheo = attr.ib(
        default=None,
        metadata={
            "type": "Element",
        },
    )
    organisme_formation_responsable: list[OrganismeFormationResponsable] = (
        attr.ib(
            converter=_list_OrganismeFormationResponsable,
            factory=list,
            metadata={
                "name": "organisme-formation-responsable",
                "type": "Element",
            },
        )
    )
    extras: list[Extras] = attr.ib(
        converter=_list_Extras,
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
    _lheo_layout: object = attr.ib(
        default=None,
        init=False,
        repr=False,
        eq=False,
        metadata={
            "type": "Ignore",
        },
    )
