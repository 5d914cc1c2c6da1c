from __future__ import annotations

from enum import Enum
from typing import ForwardRef

import datetime
from collections.abc import Sequence
from typing import Any

import attr

from lheo_bindings import _convert as _cv
from xsdata.models.datatype import XmlDateTime

__NAMESPACE__ = "http://lheo.gouv.fr/2.3"


# Converters of the constructors (see lheo_bindings._convert): a plain value
# is wrapped, a single child becomes a one-item list.


def _list_Action(value: Action | Sequence[Action]) -> list[Action]:
    return _cv.wrap_list(Action, value)


def _list_AnneeCycle(value: AnneeCycle | int | Sequence[AnneeCycle | int]) -> list[AnneeCycle]:
    return _cv.wrap_list(AnneeCycle, value)


def _list_BlocCompetences(value: BlocCompetences | Sequence[BlocCompetences]) -> list[BlocCompetences]:
    return _cv.wrap_list(BlocCompetences, value)


def _list_BlocsCompetences(value: BlocsCompetences | Sequence[BlocsCompetences]) -> list[BlocsCompetences]:
    return _cv.wrap_list(BlocsCompetences, value)


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


def _list_CodeTypeFormation(value: CodeTypeFormation | Sequence[CodeTypeFormation]) -> list[CodeTypeFormation]:
    return _cv.wrap_list(CodeTypeFormation, value)


def _list_ContactFormateur(value: ContactFormateur | Sequence[ContactFormateur]) -> list[ContactFormateur]:
    return _cv.wrap_list(ContactFormateur, value)


def _list_ContactFormation(value: ContactFormation | Sequence[ContactFormation]) -> list[ContactFormation]:
    return _cv.wrap_list(ContactFormation, value)


def _list_ContactFormationResume(value: ContactFormationResume | Sequence[ContactFormationResume]) -> list[ContactFormationResume]:
    return _cv.wrap_list(ContactFormationResume, value)


def _list_ContactOrganisme(value: ContactOrganisme | Sequence[ContactOrganisme]) -> list[ContactOrganisme]:
    return _cv.wrap_list(ContactOrganisme, value)


def _list_ContactSession(value: ContactSession | Sequence[ContactSession]) -> list[ContactSession]:
    return _cv.wrap_list(ContactSession, value)


def _list_Cycle(value: Cycle | Sequence[Cycle]) -> list[Cycle]:
    return _cv.wrap_list(Cycle, value)


def _list_DateInformation(value: DateInformation | Sequence[DateInformation]) -> list[DateInformation]:
    return _cv.wrap_list(DateInformation, value)


def _list_Enseignement(value: Enseignement | Sequence[Enseignement]) -> list[Enseignement]:
    return _cv.wrap_list(Enseignement, value)


def _list_Equipement(value: Equipement | Sequence[Equipement]) -> list[Equipement]:
    return _cv.wrap_list(Equipement, value)


def _list_Extras(value: Extras | Sequence[Extras]) -> list[Extras]:
    return _cv.wrap_list(Extras, value)


def _list_Formation(value: Formation | Sequence[Formation]) -> list[Formation]:
    return _cv.wrap_list(Formation, value)


def _list_LangueFormation(value: LangueFormation | str | Sequence[LangueFormation | str]) -> list[LangueFormation]:
    return _cv.wrap_list(LangueFormation, value)


def _list_LieuDeFormation(value: LieuDeFormation | Sequence[LieuDeFormation]) -> list[LieuDeFormation]:
    return _cv.wrap_list(LieuDeFormation, value)


def _list_Ligne(value: Ligne | str | Sequence[Ligne | str]) -> list[Ligne]:
    return _cv.wrap_list(Ligne, value)


def _list_Numtel(value: Numtel | str | Sequence[Numtel | str]) -> list[Numtel]:
    return _cv.wrap_list(Numtel, value)


def _list_OrganismeFinanceur(value: OrganismeFinanceur | Sequence[OrganismeFinanceur]) -> list[OrganismeFinanceur]:
    return _cv.wrap_list(OrganismeFinanceur, value)


def _list_OrganismeFormateur(value: OrganismeFormateur | Sequence[OrganismeFormateur]) -> list[OrganismeFormateur]:
    return _cv.wrap_list(OrganismeFormateur, value)


def _list_OrganismeFormationResponsable(value: OrganismeFormationResponsable | Sequence[OrganismeFormationResponsable]) -> list[OrganismeFormationResponsable]:
    return _cv.wrap_list(OrganismeFormationResponsable, value)


def _list_Recrutement(value: Recrutement | Sequence[Recrutement]) -> list[Recrutement]:
    return _cv.wrap_list(Recrutement, value)


def _list_ReferenceCertification(value: ReferenceCertification | Sequence[ReferenceCertification]) -> list[ReferenceCertification]:
    return _cv.wrap_list(ReferenceCertification, value)


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


def _member_DictModaliteRecrutement(value: DictModaliteRecrutement | str | int) -> DictModaliteRecrutement:
    return _cv.member(DictModaliteRecrutement, value)


def _member_DictModalitesEnseignement(value: DictModalitesEnseignement | str | int) -> DictModalitesEnseignement:
    return _cv.member(DictModalitesEnseignement, value)


def _member_DictModalitesEs(value: DictModalitesEs | str | int) -> DictModalitesEs:
    return _cv.member(DictModalitesEs, value)


def _member_DictNiveaux(value: DictNiveaux | str | int) -> DictNiveaux:
    return _cv.member(DictNiveaux, value)


def _member_DictPerimetreRecrutement(value: DictPerimetreRecrutement | str | int) -> DictPerimetreRecrutement:
    return _cv.member(DictPerimetreRecrutement, value)


def _member_DictTypeAlternance(value: DictTypeAlternance | str | int) -> DictTypeAlternance:
    return _cv.member(DictTypeAlternance, value)


def _member_DictTypeContact(value: DictTypeContact | str | int) -> DictTypeContact:
    return _cv.member(DictTypeContact, value)


def _member_DictTypeCycle(value: DictTypeCycle | str | int) -> DictTypeCycle:
    return _cv.member(DictTypeCycle, value)


def _member_DictTypeEnseignement(value: DictTypeEnseignement | str | int) -> DictTypeEnseignement:
    return _cv.member(DictTypeEnseignement, value)


def _member_DictTypeEquipement(value: DictTypeEquipement | str | int) -> DictTypeEquipement:
    return _cv.member(DictTypeEquipement, value)


def _member_DictTypeModule(value: DictTypeModule | str | int) -> DictTypeModule:
    return _cv.member(DictTypeModule, value)


def _member_DictTypeParcours(value: DictTypeParcours | str | int) -> DictTypeParcours:
    return _cv.member(DictTypeParcours, value)


def _member_DictTypePositionnement(value: DictTypePositionnement | str | int) -> DictTypePositionnement:
    return _cv.member(DictTypePositionnement, value)


def _member_DictTypeValidationBlocs(value: DictTypeValidationBlocs | str | int) -> DictTypeValidationBlocs:
    return _cv.member(DictTypeValidationBlocs, value)


def _member_DictUniteRythme(value: DictUniteRythme | str | int) -> DictUniteRythme:
    return _cv.member(DictUniteRythme, value)


def _opt_ADistance(value: None | ADistance | str | int | DictBoolean) -> None | ADistance:
    return _cv.wrap(ADistance, value)


def _opt_AccesHandicapes(value: None | AccesHandicapes | str) -> None | AccesHandicapes:
    return _cv.wrap(AccesHandicapes, value)


def _opt_CapaciteCumulee(value: None | CapaciteCumulee | int) -> None | CapaciteCumulee:
    return _cv.wrap(CapaciteCumulee, value)


def _opt_CapaciteSimultanee(value: None | CapaciteSimultanee | int) -> None | CapaciteSimultanee:
    return _cv.wrap(CapaciteSimultanee, value)


def _opt_Civilite(value: None | Civilite | str) -> None | Civilite:
    return _cv.wrap(Civilite, value)


def _opt_CodeCertifinfo(value: None | CodeCertifinfo | str) -> None | CodeCertifinfo:
    return _cv.wrap(CodeCertifinfo, value)


def _opt_CodeCpf(value: None | CodeCpf | str) -> None | CodeCpf:
    return _cv.wrap(CodeCpf, value)


def _opt_CodeElu(value: None | CodeElu | str) -> None | CodeElu:
    return _cv.wrap(CodeElu, value)


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


def _opt_CodeRs(value: None | CodeRs | str) -> None | CodeRs:
    return _cv.wrap(CodeRs, value)


def _opt_Codepostal(value: None | Codepostal | str) -> None | Codepostal:
    return _cv.wrap(Codepostal, value)


def _opt_Commentaire(value: None | Commentaire | str) -> None | Commentaire:
    return _cv.wrap(Commentaire, value)


def _opt_Conventionnement(value: None | Conventionnement | str | int | DictBoolean) -> None | Conventionnement:
    return _cv.wrap(Conventionnement, value)


def _opt_Courriel(value: None | Courriel | str) -> None | Courriel:
    return _cv.wrap(Courriel, value)


def _opt_CoutIndicatifEquipement(value: None | CoutIndicatifEquipement | int) -> None | CoutIndicatifEquipement:
    return _cv.wrap(CoutIndicatifEquipement, value)


def _opt_Denomination(value: None | Denomination | str) -> None | Denomination:
    return _cv.wrap(Denomination, value)


def _opt_Departement(value: None | Departement | str) -> None | Departement:
    return _cv.wrap(Departement, value)


def _opt_DetailConditionsPriseEnCharge(value: None | DetailConditionsPriseEnCharge | str) -> None | DetailConditionsPriseEnCharge:
    return _cv.wrap(DetailConditionsPriseEnCharge, value)


def _opt_DureeConventionnee(value: None | DureeConventionnee | int) -> None | DureeConventionnee:
    return _cv.wrap(DureeConventionnee, value)


def _opt_DureeCycle(value: None | DureeCycle | int) -> None | DureeCycle:
    return _cv.wrap(DureeCycle, value)


def _opt_DureeIndicative(value: None | DureeIndicative | str) -> None | DureeIndicative:
    return _cv.wrap(DureeIndicative, value)


def _opt_EffectifMinimal(value: None | EffectifMinimal | int) -> None | EffectifMinimal:
    return _cv.wrap(EffectifMinimal, value)


def _opt_EtatRecrutement(value: None | EtatRecrutement | str | int | DictEtatRecrutement) -> None | EtatRecrutement:
    return _cv.wrap(EtatRecrutement, value)


def _opt_FraisRestants(value: None | FraisRestants | str) -> None | FraisRestants:
    return _cv.wrap(FraisRestants, value)


def _opt_Hebergement(value: None | Hebergement | str) -> None | Hebergement:
    return _cv.wrap(Hebergement, value)


def _opt_HeureDebut(value: None | HeureDebut | str) -> None | HeureDebut:
    return _cv.wrap(HeureDebut, value)


def _opt_HeureFin(value: None | HeureFin | str) -> None | HeureFin:
    return _cv.wrap(HeureFin, value)


def _opt_IdentifiantModule(value: None | IdentifiantModule | str) -> None | IdentifiantModule:
    return _cv.wrap(IdentifiantModule, value)


def _opt_InfoPublicVise(value: None | InfoPublicVise | str) -> None | InfoPublicVise:
    return _cv.wrap(InfoPublicVise, value)


def _opt_InfosPerimetreRecrutement(value: None | InfosPerimetreRecrutement | str) -> None | InfosPerimetreRecrutement:
    return _cv.wrap(InfosPerimetreRecrutement, value)


def _opt_ModalitesEnseignement(value: None | ModalitesEnseignement | str | int | DictModalitesEnseignement) -> None | ModalitesEnseignement:
    return _cv.wrap(ModalitesEnseignement, value)


def _opt_ModalitesInscription(value: None | ModalitesInscription | str) -> None | ModalitesInscription:
    return _cv.wrap(ModalitesInscription, value)


def _opt_ModalitesPedagogiques(value: None | ModalitesPedagogiques | str) -> None | ModalitesPedagogiques:
    return _cv.wrap(ModalitesPedagogiques, value)


def _opt_ModalitesRecrutement(value: None | ModalitesRecrutement | str) -> None | ModalitesRecrutement:
    return _cv.wrap(ModalitesRecrutement, value)


def _opt_NbPlaces(value: None | NbPlaces | int) -> None | NbPlaces:
    return _cv.wrap(NbPlaces, value)


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


def _opt_ReferenceCodeCertifinfo(value: None | ReferenceCodeCertifinfo | str) -> None | ReferenceCodeCertifinfo:
    return _cv.wrap(ReferenceCodeCertifinfo, value)


def _opt_ReferenceCodeFormacode(value: None | ReferenceCodeFormacode | str) -> None | ReferenceCodeFormacode:
    return _cv.wrap(ReferenceCodeFormacode, value)


def _opt_ReferenceCodeRncp(value: None | ReferenceCodeRncp | str) -> None | ReferenceCodeRncp:
    return _cv.wrap(ReferenceCodeRncp, value)


def _opt_ReferenceCodeRs(value: None | ReferenceCodeRs | str) -> None | ReferenceCodeRs:
    return _cv.wrap(ReferenceCodeRs, value)


def _opt_Region(value: None | Region | str) -> None | Region:
    return _cv.wrap(Region, value)


def _opt_RenseignementsSpecifiques(value: None | RenseignementsSpecifiques | str) -> None | RenseignementsSpecifiques:
    return _cv.wrap(RenseignementsSpecifiques, value)


def _opt_Restauration(value: None | Restauration | str) -> None | Restauration:
    return _cv.wrap(Restauration, value)


def _opt_Transport(value: None | Transport | str) -> None | Transport:
    return _cv.wrap(Transport, value)


def _opt_TypeContact(value: None | TypeContact | str | int | DictTypeContact) -> None | TypeContact:
    return _cv.wrap(TypeContact, value)


def _opt_Urlweb(value: None | Urlweb | str) -> None | Urlweb:
    return _cv.wrap(Urlweb, value)


def _to_Certifiante(value: Certifiante | str | int | DictBoolean) -> Certifiante:
    return _cv.wrap(Certifiante, value)


def _to_CodeBloc(value: CodeBloc | str) -> CodeBloc:
    return _cv.wrap(CodeBloc, value)


def _to_CodeFinanceur(value: CodeFinanceur | str | int | DictFinanceurs) -> CodeFinanceur:
    return _cv.wrap(CodeFinanceur, value)


def _to_CodeNiveauEntree(value: CodeNiveauEntree | str | int | DictNiveaux) -> CodeNiveauEntree:
    return _cv.wrap(CodeNiveauEntree, value)


def _to_CodeUai(value: CodeUai | str) -> CodeUai:
    return _cv.wrap(CodeUai, value)


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


def _to_LibelleBloc(value: LibelleBloc | str) -> LibelleBloc:
    return _cv.wrap(LibelleBloc, value)


def _to_LibelleEnseignement(value: LibelleEnseignement | str) -> LibelleEnseignement:
    return _cv.wrap(LibelleEnseignement, value)


def _to_Longitude(value: Longitude | str) -> Longitude:
    return _cv.wrap(Longitude, value)


def _to_ModaliteRecrutement(value: ModaliteRecrutement | str | int | DictModaliteRecrutement) -> ModaliteRecrutement:
    return _cv.wrap(ModaliteRecrutement, value)


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


def _to_Obligatoire(value: Obligatoire | str | int | DictBoolean) -> Obligatoire:
    return _cv.wrap(Obligatoire, value)


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


def _to_TypeAlternance(value: TypeAlternance | str | int | DictTypeAlternance) -> TypeAlternance:
    return _cv.wrap(TypeAlternance, value)


def _to_TypeCycle(value: TypeCycle | str | int | DictTypeCycle) -> TypeCycle:
    return _cv.wrap(TypeCycle, value)


def _to_TypeEnseignement(value: TypeEnseignement | str | int | DictTypeEnseignement) -> TypeEnseignement:
    return _cv.wrap(TypeEnseignement, value)


def _to_TypeEquipement(value: TypeEquipement | str | int | DictTypeEquipement) -> TypeEquipement:
    return _cv.wrap(TypeEquipement, value)


def _to_TypeModule(value: TypeModule | str | int | DictTypeModule) -> TypeModule:
    return _cv.wrap(TypeModule, value)


def _to_UniteRythmeAlternance(value: UniteRythmeAlternance | str | int | DictUniteRythme) -> UniteRythmeAlternance:
    return _cv.wrap(UniteRythmeAlternance, value)


def _to_UnitesCentre(value: UnitesCentre | int) -> UnitesCentre:
    return _cv.wrap(UnitesCentre, value)


def _to_UnitesEntreprise(value: UnitesEntreprise | int) -> UnitesEntreprise:
    return _cv.wrap(UnitesEntreprise, value)


def _to_ValidationBlocs(value: ValidationBlocs | str | int | DictTypeValidationBlocs) -> ValidationBlocs:
    return _cv.wrap(ValidationBlocs, value)


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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        VALUE_16: OPCO
        VALUE_17: Transition Pro
        VALUE_18: LADOM
        VALUE_19: État - Ministère de l’intérieur
        VALUE_20: OFII - Office français de l’immigration et de
            l'intégration
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
    OPCO = "16"
    """OPCO"""
    VALUE_16 = "16"
    TRANSITION_PRO = "17"
    """Transition Pro"""
    VALUE_17 = "17"
    LADOM = "18"
    """LADOM"""
    VALUE_18 = "18"
    ETAT_MINISTERE_DE_L_INTERIEUR = "19"
    """État - Ministère de l’intérieur"""
    VALUE_19 = "19"
    VALUE_20 = "20"
    """OFII - Office français de l’immigration et de l'intégration"""
    CODES_OBSOLETES = "1"
    """Code(s) obsolète(s)"""
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

    INFORMATION_INCONNUE = "0"
    """information inconnue"""
    VALUE_0 = "0"
    METHODE_DE_RECRUTEMENT_PAR_SIMULATION = "1"
    """méthode de recrutement par simulation"""
    VALUE_1 = "1"
    CONCOURS = "2"
    """concours"""
    VALUE_2 = "2"
    DOSSIER = "3"
    """dossier"""
    VALUE_3 = "3"
    TESTS_PRATIQUES = "4"
    """tests pratiques"""
    VALUE_4 = "4"
    EPREUVES_ECRITES = "5"
    """épreuves écrites"""
    VALUE_5 = "5"
    EPREUVES_ORALES = "6"
    """épreuves orales"""
    VALUE_6 = "6"
    INSCRIPTION_SUR_CANDIDATURE = "7"
    """inscription sur candidature"""
    VALUE_7 = "7"
    ENTRETIEN_OU_RDV_INDIVIDUEL = "8"
    """entretien ou RDV individuel"""
    VALUE_8 = "8"
    INFORMATION_COLLECTIVE = "9"
    """information collective"""
    VALUE_9 = "9"


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
    NIVEAU_1 = "11"
    """Niveau 1. Maîtrise des savoirs de base"""
    VALUE_11 = "11"
    NIVEAU_2 = "12"
    """Niveau 2. Capacité à effectuer des activités simples et résoudre des problèmes courants à l'aide de règles et d'outils simples en mobilisant des savoir-faire professionnels dans un contexte structuré"""
    VALUE_12 = "12"
    NIVEAU_3 = "13"
    """Niveau 3. Capacité à effectuer des activités et résoudre des problèmes en sélectionnant et appliquant des méthodes, des outils, des matériels et des informations de base, dans un contexte connu, ainsi que la capacité à adapter les moyens d'exécution et son comportement aux circonstances"""
    VALUE_13 = "13"
    NIVEAU_4 = "14"
    """Niveau 4. Capacité à effectuer des activités nécessitant de mobiliser un éventail large d'aptitudes, d'adapter des solutions existantes pour résoudre des problèmes précis, à organiser son travail de manière autonome dans des contextes généralement prévisibles mais susceptibles de changer, ainsi qu'à participer à l'évaluation des activités. Exemple: diplôme national du baccalauréat"""
    VALUE_14 = "14"
    NIVEAU_5 = "15"
    """Niveau 5. Capacité à maitriser des savoir-faire dans un champ d'activité, à élaborer des solutions à des problèmes nouveaux, à analyser et interpréter des informations, en mobilisant des concepts, à transmettre le savoir-faire et des méthodes"""
    VALUE_15 = "15"
    NIVEAU_6 = "16"
    """Niveau 6. Capacité à analyser et résoudre des problèmes complexes imprévus dans un domaine spécifique, à formaliser des savoir-faire et des méthodes et à les capitaliser. Exemple: grade de licence"""
    VALUE_16 = "16"
    NIVEAU_7 = "17"
    """Niveau 7. Capacité à élaborer et mettre en œuvre des stratégies alternatives pour le développement de l'activité professionnelle dans des contextes professionnels complexes, ainsi qu'à évaluer les risques et les conséquences de son activité. Exemple: grade de master"""
    VALUE_17 = "17"
    NIVEAU_8 = "18"
    """Niveau 8. Capacité à identifier et résoudre des problèmes complexes et nouveaux impliquant une pluralité de domaines, en mobilisant les connaissances et les savoir-faire les plus avancés, à concevoir et piloter des projets et des processus de recherche et d'innovation. Exemple: diplôme national de doctorat"""
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


class DictTypeAlternance(Enum):
    """
    Type de contrat d'alternance.

    Attributes:
        VALUE_0: Tout type de contrat d'alternance
        VALUE_1: Contrat d'apprentissage (CA)
        VALUE_2: Contrat de professionalisation (CP)
    """

    TOUT_TYPE_DE_CONTRAT_D_ALTERNANCE = "0"
    """Tout type de contrat d'alternance"""
    VALUE_0 = "0"
    CONTRAT_D_APPRENTISSAGE = "1"
    """Contrat d'apprentissage (CA)"""
    VALUE_1 = "1"
    CONTRAT_DE_PROFESSIONALISATION = "2"
    """Contrat de professionalisation (CP)"""
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

    AUTRE = "0"
    """Autre"""
    VALUE_0 = "0"
    REFERENT_HANDICAP = "1"
    """Référent handicap"""
    VALUE_1 = "1"
    REFERENT_MOBILITE_INTERNATIONALE = "2"
    """Référent mobilité internationale"""
    VALUE_2 = "2"
    REFERENT_PEDAGOGIQUE = "3"
    """Référent pédagogique"""
    VALUE_3 = "3"
    ACCUEIL = "4"
    """Accueil"""
    VALUE_4 = "4"
    DIRECTION = "5"
    """Direction"""
    VALUE_5 = "5"
    REFERENT_QUALITE = "6"
    """Référent qualité"""
    VALUE_6 = "6"
    REFERENT_ENTREPRISE = "7"
    """Référent entreprise"""
    VALUE_7 = "7"
    REFERENT_COMMERCIAL = "8"
    """Référent commercial"""
    VALUE_8 = "8"
    GESTIONNAIRE_FINANCIER = "9"
    """Gestionnaire financier"""
    VALUE_9 = "9"
    VALUE_10 = "10"
    """Direction Déléguée aux Formations Professionnelles et Techniques (DDFPT)"""
    COMMUNICATION = "11"
    """Communication"""
    VALUE_11 = "11"
    REFERENT_FOAD = "12"
    """Référent FOAD"""
    VALUE_12 = "12"
    REFERENT_VAE = "13"
    """Référent VAE"""
    VALUE_13 = "13"
    REFERENT_APPRENTISSAGE = "14"
    """Référent Apprentissage"""
    VALUE_14 = "14"


class DictTypeCycle(Enum):
    """
    Type de cycle.

    Attributes:
        VALUE_0: Formation initiale
        VALUE_1: Contrat d'apprentissage
    """

    FORMATION_INITIALE = "0"
    """Formation initiale"""
    VALUE_0 = "0"
    CONTRAT_D_APPRENTISSAGE = "1"
    """Contrat d'apprentissage"""
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

    ART = "1"
    """art"""
    VALUE_1 = "1"
    ENSEIGNEMENT_DE_SPECIALITE = "2"
    """enseignement de spécialité"""
    VALUE_2 = "2"
    ENSEIGNEMENT_OPTIONNEL = "3"
    """enseignement optionnel"""
    VALUE_3 = "3"
    LANGUE = "4"
    """langue"""
    VALUE_4 = "4"
    LANGUE_VIVANTE_1 = "5"
    """langue vivante 1"""
    VALUE_5 = "5"
    LANGUE_VIVANTE_2 = "6"
    """langue vivante 2"""
    VALUE_6 = "6"
    LANGUE_VIVANTE_3 = "7"
    """langue vivante 3"""
    VALUE_7 = "7"
    SPORT = "8"
    """sport"""
    VALUE_8 = "8"
    ENSEIGNEMENT_GENERAL = "9"
    """enseignement général"""
    VALUE_9 = "9"
    ENSEIGNEMENT_PROFESSIONNEL = "10"
    """enseignement professionnel"""
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

    AUTRE = "0"
    """Autre"""
    VALUE_0 = "0"
    PROTECTION_DE_LA_TETE = "1"
    """Protection de la tête"""
    VALUE_1 = "1"
    PROTECTION_DES_YEUX = "2"
    """Protection des yeux"""
    VALUE_2 = "2"
    PROTECTION_DES_MAINS = "3"
    """Protection des mains"""
    VALUE_3 = "3"
    PROTECTION_DE_L_OUIE = "4"
    """Protection de l'ouïe"""
    VALUE_4 = "4"
    PROTECTION_DU_CORPS = "5"
    """Protection du corps"""
    VALUE_5 = "5"
    PROTECTION_DES_PIEDS = "6"
    """Protection des pieds"""
    VALUE_6 = "6"
    PROTECTION_DES_VOIES_RESPIRATOIRES = "7"
    """Protection des voies respiratoires"""
    VALUE_7 = "7"
    PROTECTION_CHUTES = "8"
    """Protection chutes"""
    VALUE_8 = "8"
    OUTILLAGE_PROFESSIONNEL = "9"
    """Outillage professionnel"""
    VALUE_9 = "9"
    TENUE_PROFESSIONNELLE = "10"
    """Tenue professionnelle"""
    VALUE_10 = "10"
    EQUIPEMENT_NUMERIQUE = "11"
    """Équipement numérique"""
    VALUE_11 = "11"


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

    PARTIELLE = "0"
    """Partielle: certains blocs mais pas la totalité de date à date"""
    VALUE_0 = "0"
    TOTALE = "1"
    """Totale: tous les blocs"""
    VALUE_1 = "1"
    MIXTE = "2"
    """Mixte: une validation totale mais proposée également en individualisation de parcours avec des blocs accessibles dans cette session"""
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

    HEURE = "0"
    """Heure"""
    VALUE_0 = "0"
    DEMI_JOURNEE = "1"
    """Demi-journée"""
    VALUE_1 = "1"
    JOURNEE = "2"
    """Journée"""
    VALUE_2 = "2"
    SEMAINE = "3"
    """Semaine"""
    VALUE_3 = "3"
    MOIS = "4"
    """Mois"""
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)


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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-AIS`` label."""
        return _cv.code_of(self.value, "2.3", "dict-AIS")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-boolean`` label."""
        return _cv.code_of(self.value, "2.3", "dict-boolean")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-etat-recrutement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-etat-recrutement")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-financeurs`` label."""
        return _cv.code_of(self.value, "2.3", "dict-financeurs")

    @property
    def label(self) -> str | None:
        """The ``dict-financeurs`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictModaliteRecrutementElement:
    class Meta:
        name = "dict-modalite-recrutement-element"

    value: DictModaliteRecrutement = attr.ib(converter=_member_DictModaliteRecrutement, validator=_cv.code_check(DictModaliteRecrutement, "dict-modalite-recrutement"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-modalite-recrutement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-modalite-recrutement")

    @property
    def label(self) -> str | None:
        """The ``dict-modalite-recrutement`` label of the code (``None`` if not in the table)."""
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-modalites-enseignement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-modalites-enseignement")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-modalites-es`` label."""
        return _cv.code_of(self.value, "2.3", "dict-modalites-es")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-niveaux`` label."""
        return _cv.code_of(self.value, "2.3", "dict-niveaux")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-perimetre-recrutement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-perimetre-recrutement")

    @property
    def label(self) -> str | None:
        """The ``dict-perimetre-recrutement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeAlternanceElement:
    class Meta:
        name = "dict-type-alternance-element"

    value: DictTypeAlternance = attr.ib(converter=_member_DictTypeAlternance, validator=_cv.code_check(DictTypeAlternance, "dict-type-alternance"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-alternance`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-alternance")

    @property
    def label(self) -> str | None:
        """The ``dict-type-alternance`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeContactElement:
    class Meta:
        name = "dict-type-contact-element"

    value: DictTypeContact = attr.ib(converter=_member_DictTypeContact, validator=_cv.code_check(DictTypeContact, "dict-type-contact"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-contact`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-contact")

    @property
    def label(self) -> str | None:
        """The ``dict-type-contact`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeCycleElement:
    class Meta:
        name = "dict-type-cycle-element"

    value: DictTypeCycle = attr.ib(converter=_member_DictTypeCycle, validator=_cv.code_check(DictTypeCycle, "dict-type-cycle"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-cycle`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-cycle")

    @property
    def label(self) -> str | None:
        """The ``dict-type-cycle`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeEnseignementElement:
    class Meta:
        name = "dict-type-enseignement-element"

    value: DictTypeEnseignement = attr.ib(converter=_member_DictTypeEnseignement, validator=_cv.code_check(DictTypeEnseignement, "dict-type-enseignement"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-enseignement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-enseignement")

    @property
    def label(self) -> str | None:
        """The ``dict-type-enseignement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeEquipementElement:
    class Meta:
        name = "dict-type-equipement-element"

    value: DictTypeEquipement = attr.ib(converter=_member_DictTypeEquipement, validator=_cv.code_check(DictTypeEquipement, "dict-type-equipement"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-equipement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-equipement")

    @property
    def label(self) -> str | None:
        """The ``dict-type-equipement`` label of the code (``None`` if not in the table)."""
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-module`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-module")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-parcours`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-parcours")

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-positionnement`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-positionnement")

    @property
    def label(self) -> str | None:
        """The ``dict-type-positionnement`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictTypeValidationBlocsElement:
    class Meta:
        name = "dict-type-validation-blocs-element"

    value: DictTypeValidationBlocs = attr.ib(converter=_member_DictTypeValidationBlocs, validator=_cv.code_check(DictTypeValidationBlocs, "dict-type-validation-blocs"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-type-validation-blocs`` label."""
        return _cv.code_of(self.value, "2.3", "dict-type-validation-blocs")

    @property
    def label(self) -> str | None:
        """The ``dict-type-validation-blocs`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


@attr.s(slots=True, kw_only=True)
class DictUniteRythmeElement:
    class Meta:
        name = "dict-unite-rythme-element"

    value: DictUniteRythme = attr.ib(converter=_member_DictUniteRythme, validator=_cv.code_check(DictUniteRythme, "dict-unite-rythme"))
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    def __str__(self) -> str:
        """The element's text (a code gives its code)."""
        return _cv.text_of(self.value)

    @property
    def code(self) -> Any:
        """The code, a ``lheo.Code`` (a ``str``) with its ``dict-unite-rythme`` label."""
        return _cv.code_of(self.value, "2.3", "dict-unite-rythme")

    @property
    def label(self) -> str | None:
        """The ``dict-unite-rythme`` label of the code (``None`` if not in the table)."""
        return getattr(self.code, "label", None)


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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_LibelleBloc,
        metadata={
            "name": "libelle-bloc",
            "type": "Element",
        }
    )
    code_bloc: CodeBloc = attr.ib(
        converter=_to_CodeBloc,
        metadata={
            "name": "code-bloc",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    code_rs: None | CodeRs = attr.ib(
        converter=_opt_CodeRs,
        default=None,
        metadata={
            "name": "code-RS",
            "type": "Element",
        },
    )
    code_cpf: None | CodeCpf = attr.ib(
        converter=_opt_CodeCpf,
        default=None,
        metadata={
            "name": "code-CPF",
            "type": "Element",
        },
    )
    reference_code_formacode: None | ReferenceCodeFormacode = attr.ib(
        converter=_opt_ReferenceCodeFormacode,
        default=None,
        metadata={
            "name": "reference-code-FORMACODE",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_CodeUai,
        metadata={
            "name": "code-UAI",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_CodeUai,
        metadata={
            "name": "code-UAI",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_CodeUai,
        metadata={
            "name": "code-UAI",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_CodeCpf,
        default=None,
        metadata={
            "name": "code-CPF",
            "type": "Element",
        },
    )
    code_elu: None | CodeElu = attr.ib(
        converter=_opt_CodeElu,
        default=None,
        metadata={
            "name": "code-ELU",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "fax"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``reference_module``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "modules-prerequis"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "portable"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``code_formacode``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "potentiel"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_ReferenceCodeRncp,
        default=None,
        metadata={
            "name": "reference-code-RNCP",
            "type": "Element",
        },
    )
    reference_code_certifinfo: None | ReferenceCodeCertifinfo = attr.ib(
        converter=_opt_ReferenceCodeCertifinfo,
        default=None,
        metadata={
            "name": "reference-code-CERTIFINFO",
            "type": "Element",
        },
    )
    reference_code_rs: None | ReferenceCodeRs = attr.ib(
        converter=_opt_ReferenceCodeRs,
        default=None,
        metadata={
            "name": "reference-code-RS",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``numtel``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "telfixe"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "url-action"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "url-formation"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "url-session"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``urlweb``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "web"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``ligne``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "adresse"
        namespace = "http://lheo.gouv.fr/2.3"

    denomination: None | Denomination = attr.ib(
        converter=_opt_Denomination,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``bloc_competences``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "blocs-competences"
        namespace = "http://lheo.gouv.fr/2.3"

    validation_blocs: ValidationBlocs = attr.ib(
        converter=_to_ValidationBlocs,
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
        converter=_list_BlocCompetences,
        factory=list,
        metadata={
            "name": "bloc-competences",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_TypeContact,
        default=None,
        metadata={
            "name": "type-contact",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_LibelleEnseignement,
        metadata={
            "name": "libelle-enseignement",
            "type": "Element",
        }
    )
    type_enseignement: TypeEnseignement = attr.ib(
        converter=_to_TypeEnseignement,
        metadata={
            "name": "type-enseignement",
            "type": "Element",
        }
    )
    obligatoire: Obligatoire = attr.ib(
        converter=_to_Obligatoire,
        metadata={
            "type": "Element",
        }
    )
    commentaire: None | Commentaire = attr.ib(
        converter=_opt_Commentaire,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_TypeEquipement,
        metadata={
            "name": "type-equipement",
            "type": "Element",
        }
    )
    cout_indicatif_equipement: None | CoutIndicatifEquipement = attr.ib(
        converter=_opt_CoutIndicatifEquipement,
        default=None,
        metadata={
            "name": "cout-indicatif-equipement",
            "type": "Element",
        },
    )
    commentaire: None | Commentaire = attr.ib(
        converter=_opt_Commentaire,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_UniteRythmeAlternance,
        metadata={
            "name": "unite-rythme-alternance",
            "type": "Element",
        }
    )
    unites_entreprise: UnitesEntreprise = attr.ib(
        converter=_to_UnitesEntreprise,
        metadata={
            "name": "unites-entreprise",
            "type": "Element",
        }
    )
    unites_centre: UnitesCentre = attr.ib(
        converter=_to_UnitesCentre,
        metadata={
            "name": "unites-centre",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_TypeAlternance,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_ModaliteRecrutement,
        metadata={
            "name": "modalite-recrutement",
            "type": "Element",
        }
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
    a_distance: None | ADistance = attr.ib(
        converter=_opt_ADistance,
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
        converter=_opt_Urlweb,
        default=None,
        metadata={
            "type": "Element",
        },
    )
    nb_places: None | NbPlaces = attr.ib(
        converter=_opt_NbPlaces,
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
        converter=_opt_HeureDebut,
        default=None,
        metadata={
            "name": "heure-debut",
            "type": "Element",
        },
    )
    heure_fin: None | HeureFin = attr.ib(
        converter=_opt_HeureFin,
        default=None,
        metadata={
            "name": "heure-fin",
            "type": "Element",
        },
    )
    commentaire: None | Commentaire = attr.ib(
        converter=_opt_Commentaire,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``sous_module``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "sous-modules"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_TypeContact,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_TypeContact,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_TypeContact,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_opt_TypeContact,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_TypeCycle,
        metadata={
            "name": "type-cycle",
            "type": "Element",
        }
    )
    annee_cycle: list[AnneeCycle] = attr.ib(
        converter=_list_AnneeCycle,
        factory=list,
        metadata={
            "name": "annee-cycle",
            "type": "Element",
        },
    )
    effectif_minimal: None | EffectifMinimal = attr.ib(
        converter=_opt_EffectifMinimal,
        default=None,
        metadata={
            "name": "effectif-minimal",
            "type": "Element",
        },
    )
    capacite_simultanee: None | CapaciteSimultanee = attr.ib(
        converter=_opt_CapaciteSimultanee,
        default=None,
        metadata={
            "name": "capacite-simultanee",
            "type": "Element",
        },
    )
    capacite_cumulee: None | CapaciteCumulee = attr.ib(
        converter=_opt_CapaciteCumulee,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
        converter=_to_RaisonSocialeFormateur,
        metadata={
            "name": "raison-sociale-formateur",
            "type": "Element",
        }
    )
    contact_formateur: list[ContactFormateur] = attr.ib(
        converter=_list_ContactFormateur,
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
        converter=_list_ReferenceCertification,
        factory=list,
        metadata={
            "name": "reference-certification",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``contact_organisme``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "organisme-formation-responsable"
        namespace = "http://lheo.gouv.fr/2.3"

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
    contact_organisme: list[ContactOrganisme] = attr.ib(
        converter=_list_ContactOrganisme,
        factory=list,
        metadata={
            "name": "contact-organisme",
            "type": "Element",
            "min_occurs": 1,
        },
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
    code_uai_organisme_formation: None | CodeUaiOrganismeFormation = attr.ib(
        default=None,
        metadata={
            "name": "code-UAI-organisme-formation",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    recrutement: list[Recrutement] = attr.ib(
        converter=_list_Recrutement,
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
        converter=_list_ContactSession,
        factory=list,
        metadata={
            "name": "contact-session",
            "type": "Element",
        },
    )
    reference_certification: list[ReferenceCertification] = attr.ib(
        converter=_list_ReferenceCertification,
        factory=list,
        metadata={
            "name": "reference-certification",
            "type": "Element",
            "max_occurs": 5,
        },
    )
    blocs_competences: list[BlocsCompetences] = attr.ib(
        converter=_list_BlocsCompetences,
        factory=list,
        metadata={
            "name": "blocs-competences",
            "type": "Element",
        },
    )
    cycle: list[Cycle] = attr.ib(
        converter=_list_Cycle,
        factory=list,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``code_public_vise``, ``session``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "action"
        namespace = "http://lheo.gouv.fr/2.3"

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
    lieu_de_formation: list[LieuDeFormation] = attr.ib(
        converter=_list_LieuDeFormation,
        factory=list,
        metadata={
            "name": "lieu-de-formation",
            "type": "Element",
        },
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
    duree_cycle: None | DureeCycle = attr.ib(
        converter=_opt_DureeCycle,
        default=None,
        metadata={
            "name": "duree-cycle",
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
    langue_formation: list[LangueFormation] = attr.ib(
        converter=_list_LangueFormation,
        factory=list,
        metadata={
            "name": "langue-formation",
            "type": "Element",
            "max_occurs": 5,
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
    equipement: list[Equipement] = attr.ib(
        converter=_list_Equipement,
        factory=list,
        metadata={
            "type": "Element",
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
    organisme_formateur: list[OrganismeFormateur] = attr.ib(
        converter=_list_OrganismeFormateur,
        factory=list,
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
    enseignement: list[Enseignement] = attr.ib(
        converter=_list_Enseignement,
        factory=list,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``code_public_vise``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
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
    contact_formation_resume: list[ContactFormationResume] = attr.ib(
        converter=_list_ContactFormationResume,
        factory=list,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``contact_formation``, ``action``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
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
    contact_formation: list[ContactFormation] = attr.ib(
        converter=_list_ContactFormation,
        factory=list,
        metadata={
            "name": "contact-formation",
            "type": "Element",
            "min_occurs": 1,
        },
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
    code_type_formation: list[CodeTypeFormation] = attr.ib(
        converter=_list_CodeTypeFormation,
        factory=list,
        metadata={
            "name": "code-type-formation",
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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

    Required lists (``minOccurs`` ≥ 1): ``formation``; they default to empty, and
    ``lheo.write`` refuses to write an empty one.
    """

    class Meta:
        name = "offres"
        namespace = "http://lheo.gouv.fr/2.3"

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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
    horodatage_creation: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-creation",
            "type": "Attribute",
        },
    )
    horodatage_modification: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
        default=None,
        metadata={
            "name": "horodatage-modification",
            "type": "Attribute",
        },
    )
    horodatage_export: None | XmlDateTime = attr.ib(
        converter=_cv.date_time,
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
