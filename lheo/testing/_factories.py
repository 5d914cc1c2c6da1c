"""Factories of minimal valid LHÉO objects, with overrides (see :mod:`lheo.testing`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs

from lheo._compat import XmlDateTime
from lheo._document import Document
from lheo.testing._model import Shape, Slot, Text, shape
from lheo.versions import Version

__all__ = [
    "minimal",
    "make_action",
    "make_flow",
    "make_formation",
    "make_organisme",
    "make_session",
]

#: Readable values for the leaves a minimal document holds (the rest is made from the
#: element's name, within its facets). Hand-checked: the SIRET has a valid Luhn key.
DEFAULT_TEXT: dict[str, str] = {
    "intitule-formation": "Formation de test",
    "intitule-action": "Formation de test",
    "code-public-vise": "81061",
    "numero-activite": "11755555575",
    "duree-indicative": "1 an",
    "modalite-alternance": "Sans objet",
    "objectif-formation": "Acquérir les bases du métier.",
    "resultats-attendus": "Attestation de fin de formation.",
    "contenu-formation": "Modules théoriques et mise en pratique.",
    "raison-sociale": "Organisme de test",
    "raison-sociale-formateur": "Organisme de test",
    "nom-organisme": "Organisme de test",
    "SIRET": "73282932000074",
    "siret": "73282932000074",
    "denomination": "Organisme de test",
    "ligne": "1 rue de la Paix",
    "codepostal": "75002",
    "ville": "Paris",
    "nom": "Martin",
    "prenom": "Camille",
    "courriel": "contact@example.org",
    "numtel": "0102030405",
    "rythme-formation": "Temps plein",
    "conditions-specifiques": "Aucune",
    "modalites-alternance": "Sans objet",
    "modalites-enseignement": "0",
    "urlweb": "https://example.org/formation",
    "debut": "20250901",
    "fin": "20260630",
    "date-information": "20250101",
}

#: Codes chosen over the first of their table when a minimal value is made.
DEFAULT_CODE: dict[str, str] = {
    "code-niveau-entree": "0",
    "certifiante": "0",
    "parcours-de-formation": "1",
}

_DATE = "20250101"


def _fit(text: str, low: int, high: int | None) -> str:
    if high is not None:
        text = text[:high].rstrip() or text[:high]
    if len(text) < low:
        text = text + "x" * (low - len(text))
    return text


def _text_value(local: str, text: Text) -> Any:
    if text.codes:
        wanted = DEFAULT_CODE.get(local)
        for code in text.codes:
            if wanted is not None and code.value == wanted:
                return code
        return text.codes[0]
    value_type = text.types[0]
    if value_type is int:
        return 1
    if isinstance(value_type, type) and issubclass(value_type, XmlDateTime):
        return XmlDateTime.from_datetime(dt.datetime(2025, 1, 1, 9, 0, 0))
    facets = text.facets
    if facets.pattern is not None:
        for candidate in (DEFAULT_TEXT.get(local), _DATE, "1", ""):
            if candidate is not None and re.fullmatch(facets.pattern, candidate):
                if facets.min_length <= len(candidate) <= (facets.max_length or len(candidate)):
                    return candidate
        raise TypeError(f"no minimal value known for {local} (pattern {facets.pattern!r})")
    default = DEFAULT_TEXT.get(local, local.replace("-", " ").capitalize())
    return _fit(default, facets.min_length, facets.max_length)


def minimal(cls: type, **overrides: Any) -> Any:
    """A minimal valid instance of any binding class: its required content, with overrides.

    Required children are made recursively (as many as their ``min_occurs``); leaves get the
    readable values of :data:`DEFAULT_TEXT`, the first code of their table, or a text made
    from the element's name within its facets. Optional content and attributes are left out.

    Raises:
        TypeError: an override names no field of ``cls`` (the message lists them).
    """
    info = shape(cls)
    _check_overrides(info, overrides)
    values: dict[str, Any] = {}
    if info.text is not None and "value" not in overrides:
        values["value"] = _text_value(info.local, info.text)
    for slot in info.slots:
        if slot.name in overrides or slot.min_occurs == 0 or slot.kind == "wildcard":
            continue
        # A required choice takes its first alternative (none of LHÉO's is required today).
        children = [minimal(slot.classes[0]) for _ in range(slot.min_occurs)]
        values[slot.name] = children if slot.many else children[0]
    values.update(overrides)
    return cls(**values)


def _check_overrides(info: Shape, overrides: dict[str, Any]) -> None:
    names = [f.name for f in attrs.fields(info.cls) if f.init]
    unknown = [name for name in overrides if name not in names]
    if unknown:
        raise TypeError(
            f"{info.cls.__name__} ({info.local}) has no field {', '.join(map(repr, unknown))}; "
            f"its fields: {', '.join(names)}"
        )


def _class(version: str | Version, counted: str) -> tuple[Version, type]:
    found = Version.parse(version)
    return found, found.element_class(found.counted[counted])


def make_session(version: str | Version = "2.3", **overrides: Any) -> Any:
    """A minimal valid ``session`` of ``version`` (September 2025 to June 2026).

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        **overrides: field name → value, passed to the binding's constructor
            (e.g. ``periode=Periode(...)``).

    Returns:
        The binding object (e.g. :class:`lheo.v2_3.Session`).

    Raises:
        TypeError: an override names no field of the class.

    Added in 0.2.
    """
    _version, cls = _class(version, "sessions")
    return minimal(cls, **overrides)


def make_action(version: str | Version = "2.3", **overrides: Any) -> Any:
    """A minimal valid ``action`` (``action-formation`` in 1.3.0) with one session.

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        **overrides: field name → value, passed to the binding's constructor
            (e.g. ``session=[make_session(), make_session()]``).

    Returns:
        The binding object (e.g. :class:`lheo.v2_3.Action`).

    Raises:
        TypeError: an override names no field of the class.

    Added in 0.2.
    """
    _version, cls = _class(version, "actions")
    return minimal(cls, **overrides)


def make_organisme(version: str | Version = "2.3", **overrides: Any) -> Any:
    """A minimal valid ``organisme-formation-responsable``.

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        **overrides: field name → value, passed to the binding's constructor.

    Returns:
        The binding object (e.g. :class:`lheo.v2_3.OrganismeFormationResponsable`).

    Raises:
        TypeError: an override names no field of the class.

    Added in 0.2.
    """
    _version, cls = _class(version, "organismes")
    return minimal(cls, **overrides)


def make_formation(
    version: str | Version = "2.3", *, onisep: bool = False, **overrides: Any
) -> Any:
    """A minimal valid formation (``offre-formation`` in 1.3.0) with one action and session.

    Args:
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        onisep: add the Onisep extras blocks, as Onisep's flows carry them (2.2 and 2.3
            only): ``FORMATION ONISEP`` on the formation, ``ACTION ONISEP`` on each action
            and ``ETAB ONISEP`` on its ``lieu-de-formation`` (added if missing),
            ``ORGANISME ONISEP`` on the organisme, in the version's style (child ``extra``
            values in 2.2, ``uri``/``horodatage-*`` attributes in 2.3; see
            :mod:`lheo.onisep`).
        **overrides: field name → value, passed to the binding's constructor
            (e.g. ``intitule_formation=IntituleFormation(value="CAP cuisine")``).

    Returns:
        The binding object (e.g. :class:`lheo.v2_3.Formation`).

    Raises:
        TypeError: an override names no field of the class.

    Added in 0.2.
    """
    found, cls = _class(version, "formations")
    formation = minimal(cls, **overrides)
    if onisep:
        add_onisep(formation, found)
    return formation


#: The dates the Onisep blocks of the factories carry.
ONISEP_CREATED = dt.datetime(2024, 1, 15, 8, 30)
ONISEP_MODIFIED = dt.datetime(2025, 1, 15, 8, 30)
ONISEP_EXPORTED = dt.datetime(2025, 6, 30, 6, 0)


def add_onisep(formation: Any, version: Version) -> None:
    """Give a formation (and its actions, places and organisme) Onisep extras blocks."""
    from lheo import onisep

    if version.onisep_style != version.value:
        raise ValueError(f"Onisep flows are LHÉO 2.2 or 2.3, not {version.value}")
    number = formation.numero or "1"
    view = onisep.formation_onisep(formation, create=True)
    assert view is not None
    view.for_id = f"FOR.{number}"
    view.uri = f"content://onisep/formation/{number}"
    view.created, view.modified = ONISEP_CREATED, ONISEP_MODIFIED
    for index, action in enumerate(formation.action, start=1):
        aview = onisep.action_onisep(action, create=True)
        assert aview is not None
        aview.act_id = f"{number}_{index}"
        aview.uri = f"content://onisep/action/{number}_{index}"
        aview.created, aview.modified = ONISEP_CREATED, ONISEP_MODIFIED
        places = action.lieu_de_formation
        if not places:  # a list in 2.3, one optional element in 2.2
            lieu = minimal(version.element_class("lieu-de-formation"))
            action.lieu_de_formation = places = [lieu] if isinstance(places, list) else lieu
        for lieu in places if isinstance(places, list) else [places]:
            etab = onisep.etab(lieu, create=True)
            assert etab is not None
            etab.eta_id, etab.statut = f"{index}", "public"
            etab.uri = f"content://onisep/etablissement/{index}"
            etab.created, etab.modified = ONISEP_CREATED, ONISEP_MODIFIED
    oview = onisep.organisme_onisep(formation.organisme_formation_responsable, create=True)
    assert oview is not None
    oview.org_id = f"ORG.{number}"
    oview.uri = f"content://onisep/organisme/{number}"


def make_flow(
    n: int = 1, version: str | Version = "2.3", *, onisep: bool = False, **overrides: Any
) -> Document:
    """A valid ``lheo`` flow of ``n`` minimal formations, numbered ``F1``, ``F2`` and so on.

    Args:
        n: how many formations (at least what the version's ``offres`` requires: 1).
        version: ``"2.3"`` (default), ``"2.2"`` or ``"1.3.0"``.
        onisep: an Onisep-flavoured flow (see :func:`make_formation`), with its export date
            (``offres/@horodatage-export`` in 2.3, a ``DATE EXPORT ONISEP`` extra in 2.2).
        **overrides: field name → value, passed to the constructor of every formation.

    Returns:
        A :class:`lheo.Document` (``kind="lheo"``), ready for :func:`lheo.write`.

    Raises:
        TypeError: an override names no field of the formation class.
        ValueError: ``n`` is below what the version's ``offres`` requires.

    Added in 0.2.
    """
    found = Version.parse(version)
    offres_cls = found.element_class("offres")
    item = _item_slot(offres_cls, found)
    if n < item.min_occurs:
        raise ValueError(
            f"an LHÉO {found.value} offres holds at least {item.min_occurs} {found.item}, not {n}"
        )
    formations = []
    for index in range(n):
        fields = {"numero": f"F{index + 1}", **overrides}
        formations.append(make_formation(found, onisep=onisep, **fields))
    offres = minimal(offres_cls, **{item.name: formations})
    if onisep:
        from lheo import onisep as views

        for formation in formations:
            view = views.formation_onisep(formation, offres=offres)
            assert view is not None
            view.exported = ONISEP_EXPORTED
    root = minimal(found.element_class("lheo"), offres=offres)
    return Document(version=found, kind="lheo", root=root, source="<lheo.testing.make_flow>")


def _item_slot(offres_cls: type, version: Version) -> Slot:
    item = version.item
    for slot in shape(offres_cls).slots:
        if slot.local == item:
            return slot
    raise TypeError(f"{offres_cls.__name__} holds no {item}")  # pragma: no cover - registry
