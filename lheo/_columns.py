"""The columns of :func:`lheo.records`: one table, the same names for every LHÉO version.

Each :class:`Column` says where its value lives in each version, as a path from its *scope*
element (see :data:`SCOPES`): in 2.2 and 2.3 the scopes are ``formation``, its ``action``
elements, their ``session`` elements and the formation's ``organisme-formation-responsable``;
in 1.3.0 they are ``offre-formation``, its ``organisation-formation`` (the 1.3.0 action),
``organisation-formation/modalites-acces/sessions/session`` and
``offre-formation/organismes/organisme-formation-responsable``. A version whose grammar lacks
a value has no path (``None``): the column is there, empty.

Paths (also those of custom columns, ``"action.lieu-de-formation.coordonnees.adresse.ville"``):

* steps are element local names separated by ``/`` (``.`` in a custom column), ``..`` goes up;
* ``extras[INFO]`` / ``extra[INFO]`` is the ``extras``/``extra`` whose ``info`` is ``INFO``;
  ``extra[INFO*]`` the one whose ``info`` starts with ``INFO`` (Onisep's ``ETA_ID LIEU
  ONISEP``);
* a last step ``@name`` reads an attribute;
* ``a|b`` reads ``a``, or ``b`` when ``a`` is absent.

Kinds of values: ``text`` (``str``), ``code`` (``str``, with a ``<name>_label`` column from the
version's code table of the element, :data:`lheo.tables.v2_3.BY_ELEMENT`), ``date``
(:class:`datetime.date`, from ``AAAAMMJJ``), ``datetime`` (:class:`datetime.datetime`, from
``xs:dateTime``, or an Onisep 2.2 ``AAAAMMJJ`` at midnight), ``number`` (``float``), ``list``
(``list[str]``, every occurrence) and ``lines`` (the occurrences joined by ``", "``).

:func:`columns_markdown` renders the table (the README's "Data out" section shows it).

Added in 0.2.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, Literal

import attrs

from lheo.errors import InvalidValueError

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "KINDS",
    "LEVELS",
    "MORE_COLUMNS",
    "RESUME_COLUMNS",
    "SCOPES",
    "Column",
    "Kind",
    "Level",
    "Scope",
    "column",
    "columns_for",
    "columns_markdown",
    "custom_column",
]

Level = Literal["formation", "action", "session", "organisme"]
Scope = Literal["formation", "organisme", "action", "session"]
Kind = Literal["text", "code", "date", "datetime", "number", "list", "lines"]

#: The levels of :func:`lheo.records`: what one row stands for.
LEVELS: Final[tuple[str, ...]] = ("formation", "action", "session", "organisme")
KINDS: Final[tuple[str, ...]] = ("text", "code", "date", "datetime", "number", "list", "lines")

#: The scopes each level's rows read (a session row repeats its action's and formation's).
LEVEL_SCOPES: Final[Mapping[str, tuple[str, ...]]] = {
    "formation": ("formation", "organisme"),
    "action": ("formation", "organisme", "action"),
    "session": ("formation", "organisme", "action", "session"),
    "organisme": ("organisme",),
}

#: Where each scope is, per version: the path from the formation item (``formation``,
#: ``offre-formation`` in 1.3.0), the action's from the formation, the session's from the
#: action. Scopes that repeat (actions, sessions) give one row each.
SCOPES: Final[Mapping[str, Mapping[str, str]]] = {
    "1.3.0": {
        "formation": ".",
        "organisme": "organismes/organisme-formation-responsable",
        "action": "organisation-formation",
        "session": "modalites-acces/sessions/session",
    },
    "2.2": {
        "formation": ".",
        "organisme": "organisme-formation-responsable",
        "action": "action",
        "session": "session",
    },
    "2.3": {
        "formation": ".",
        "organisme": "organisme-formation-responsable",
        "action": "action",
        "session": "session",
    },
}


@attrs.frozen
class Column:
    """A column of the rows: its name, scope, kind and path in each version.

    Attributes:
        name: the column's name (``lieu_ville``).
        scope: the element it is read from (``formation``, ``organisme``, ``action``,
            ``session``).
        kind: how the text becomes a value (see the module doc).
        paths: the path from the scope element, per version (``None``: not in that version).
        doc: what it holds, in words.
    """

    name: str
    scope: str
    kind: str
    paths: Mapping[str, str | None]
    doc: str = ""

    @property
    def labelled(self) -> bool:
        """Whether a ``<name>_label`` column follows (a code)."""
        return self.kind == "code"


def column(
    name: str,
    scope: Scope,
    kind: Kind,
    v23: str | None,
    v22: str | None = "=",
    v130: str | None = None,
    doc: str = "",
) -> Column:
    """A :class:`Column`; ``v22="="`` (the default) means the same path as 2.3."""
    return Column(
        name, scope, kind, {"2.3": v23, "2.2": v23 if v22 == "=" else v22, "1.3.0": v130}, doc
    )


_LIEU = "lieu-de-formation/coordonnees/adresse"
_LIEU_13 = "modalites-acces/lieu-de-formation/coordonnees/adresse"
_CONTACT = "contact-formation/coordonnees"
_CONTACT_13 = "action-formation/contact-offre/coordonnees"

#: Every predefined column, in row order: formation, organisme, action (and its lieu),
#: session. The default columns of a level are those of its scopes.
COLUMNS: Final[tuple[Column, ...]] = (
    # -- formation
    column("formation_numero", "formation", "text", "@numero", v130="@numero"),
    column("formation_uri", "formation", "text", "@uri", None, doc="2.3 only"),
    column("formation_datecrea", "formation", "date", "@datecrea", v130="@datecrea"),
    column("formation_datemaj", "formation", "date", "@datemaj", v130="@datemaj"),
    column(
        "formation_intitule",
        "formation",
        "text",
        "intitule-formation",
        v130="action-formation/intitule-action",
    ),
    column(
        "formation_certifiante",
        "formation",
        "code",
        "certifiante",
        v130="action-formation/diplomante",
        doc="1.3.0: diplomante",
    ),
    column(
        "formation_rncp",
        "formation",
        "list",
        "certification/code-RNCP",
        v130="action-formation/certification/code-RNCP",
    ),
    column(
        "formation_certifinfo",
        "formation",
        "list",
        "certification/code-CERTIFINFO",
        v130="action-formation/certification/code-CERTIFINFO",
    ),
    column("formation_rs", "formation", "list", "certification/code-RS", None, doc="2.3 only"),
    column(
        "formation_formacode",
        "formation",
        "list",
        "domaine-formation/code-FORMACODE",
        v130="action-formation/domaine-formation/codes-FORMACODE/code-FORMACODE",
    ),
    column(
        "formation_nsf",
        "formation",
        "list",
        "domaine-formation/code-NSF",
        v130="action-formation/domaine-formation/codes-NSF/code-NSF",
    ),
    column(
        "formation_rome",
        "formation",
        "list",
        "domaine-formation/code-ROME",
        v130="action-formation/domaine-formation/codes-ROME/code-ROME",
    ),
    column(
        "formation_niveau_entree",
        "formation",
        "code",
        "code-niveau-entree",
        v130="organisation-formation/conditions-pedagogiques/code-niveau-entree",
    ),
    column(
        "formation_niveau_sortie",
        "formation",
        "code",
        "code-niveau-sortie",
        v130="action-formation/code-niveau-sortie",
    ),
    column(
        "formation_contact_nom", "formation", "text", f"{_CONTACT}/nom", v130=f"{_CONTACT_13}/nom"
    ),
    column("formation_contact_prenom", "formation", "text", f"{_CONTACT}/prenom"),
    column(
        "formation_contact_telephone",
        "formation",
        "text",
        f"{_CONTACT}/telfixe/numtel|{_CONTACT}/portable/numtel",
        v130=f"{_CONTACT_13}/telfixe/numtel|{_CONTACT_13}/portable/numtel",
    ),
    column(
        "formation_contact_courriel",
        "formation",
        "text",
        f"{_CONTACT}/courriel",
        v130=f"{_CONTACT_13}/courriel",
    ),
    column(
        "formation_onisep_id",
        "formation",
        "text",
        "extras[FORMATION ONISEP]/extra[FOR_ID*]",
        doc="Onisep FOR_ID",
    ),
    column(
        "formation_horodatage_creation",
        "formation",
        "datetime",
        "@horodatage-creation|extras[FORMATION ONISEP]/@horodatage-creation",
        "extras[FORMATION ONISEP]/extra[DATE CREATION FOR ONISEP]",
        doc="or its Onisep block's; 2.2: Onisep's DATE CREATION FOR ONISEP",
    ),
    column(
        "formation_horodatage_modification",
        "formation",
        "datetime",
        "@horodatage-modification|extras[FORMATION ONISEP]/@horodatage-modification",
        "extras[FORMATION ONISEP]/extra[DATE MODIFICATION FOR ONISEP]",
        doc="or its Onisep block's; 2.2: Onisep's DATE MODIFICATION FOR ONISEP",
    ),
    # -- organisme responsable
    column("organisme_numero", "organisme", "text", "@numero", v130="@numero"),
    column("organisme_uri", "organisme", "text", "@uri", None, doc="2.3 only"),
    column("organisme_nom", "organisme", "text", "nom-organisme", v130="nom-organisme"),
    column(
        "organisme_siret",
        "organisme",
        "text",
        "SIRET-organisme-formation/SIRET",
        v130="SIRET-organisme-formation/SIRET",
    ),
    # -- action
    column("action_numero", "action", "text", "@numero", v130="@numero"),
    column(
        "action_uri",
        "action",
        "text",
        "@uri",
        "extras[ACTION ONISEP]/extra[URI ACTION ONISEP]",
        doc="2.2: Onisep's URI ACTION ONISEP",
    ),
    column(
        "action_public_vise",
        "action",
        "list",
        "code-public-vise",
        v130="../action-formation/codes-public-vise/code-public-vise",
    ),
    column(
        "action_niveau_entree_obligatoire",
        "action",
        "code",
        "niveau-entree-obligatoire",
        v130="conditions-pedagogiques/niveau-entree-obligatoire",
    ),
    column(
        "action_onisep_id",
        "action",
        "text",
        "extras[ACTION ONISEP]/extra[ACT_ID*]",
        doc="Onisep ACT_ID",
    ),
    column(
        "action_horodatage_creation",
        "action",
        "datetime",
        "@horodatage-creation",
        "extras[ACTION ONISEP]/extra[DATE CREATION ACTION ONISEP]",
        doc="2.2: Onisep's DATE CREATION ACTION ONISEP",
    ),
    column(
        "action_horodatage_modification",
        "action",
        "datetime",
        "@horodatage-modification",
        "extras[ACTION ONISEP]/extra[DATE MODIFICATION ACTION ONISEP]",
        doc="2.2: Onisep's DATE MODIFICATION ACTION ONISEP",
    ),
    column(
        "lieu_nom",
        "action",
        "text",
        f"{_LIEU}/denomination|lieu-de-formation/coordonnees/nom",
        "lieu-de-formation/coordonnees/nom",
        "modalites-acces/lieu-de-formation/coordonnees/nom",
        doc="the first lieu-de-formation",
    ),
    column("lieu_adresse", "action", "lines", f"{_LIEU}/ligne", v130=f"{_LIEU_13}/ligne"),
    column(
        "lieu_codepostal", "action", "text", f"{_LIEU}/codepostal", v130=f"{_LIEU_13}/codepostal"
    ),
    column(
        "lieu_code_insee",
        "action",
        "text",
        f"{_LIEU}/code-INSEE-commune",
        v130=f"{_LIEU_13}/code-INSEE-commune",
    ),
    column("lieu_ville", "action", "text", f"{_LIEU}/ville", v130=f"{_LIEU_13}/ville"),
    column(
        "lieu_departement", "action", "text", f"{_LIEU}/departement", v130=f"{_LIEU_13}/departement"
    ),
    column("lieu_region", "action", "text", f"{_LIEU}/region", v130=f"{_LIEU_13}/region"),
    column(
        "lieu_latitude",
        "action",
        "number",
        f"{_LIEU}/geolocalisation/latitude",
        v130=f"{_LIEU_13}/extras[geolocalisation]/extra[latitude]",
        doc="1.3.0: extras geolocalisation",
    ),
    column(
        "lieu_longitude",
        "action",
        "number",
        f"{_LIEU}/geolocalisation/longitude",
        v130=f"{_LIEU_13}/extras[geolocalisation]/extra[longitude]",
        doc="1.3.0: extras geolocalisation",
    ),
    column(
        "lieu_onisep_id",
        "action",
        "text",
        "lieu-de-formation/extras[ETAB ONISEP]/extra[ETA_ID*]",
        doc="Onisep ETA_ID",
    ),
    column(
        "lieu_statut",
        "action",
        "text",
        "lieu-de-formation/extras[ETAB ONISEP]/extra[STATUT]",
        doc="Onisep STATUT",
    ),
    # -- session
    column("session_numero", "session", "text", "@numero", v130="@numero"),
    column("session_debut", "session", "date", "periode/debut", v130="periode/debut"),
    column("session_fin", "session", "date", "periode/fin", v130="periode/fin"),
    column("session_etat_recrutement", "session", "code", "etat-recrutement"),
)

#: Columns read only when named (not in any level's defaults).
MORE_COLUMNS: Final[tuple[Column, ...]] = (
    column(
        "action_sessions_debut",
        "action",
        "list",
        "session/periode/debut",
        v130="modalites-acces/sessions/session/periode/debut",
        doc="the start (AAAAMMJJ) of every session of the action",
    ),
)

_RC = "contact-formation-resume"

#: The same columns in the summaries of an index (``resume-offre`` of ``lheo-index``, and of
#: ``lheo-leger`` in 1.3.0), read by :func:`lheo.search`; their scope is ``resume``.
RESUME_COLUMNS: Final[tuple[Column, ...]] = tuple(
    Column(name, "resume", kind, {"2.3": v2x, "2.2": v2x, "1.3.0": v130})
    for name, kind, v2x, v130 in (
        ("action_numero", "text", "@numero", "@numero"),
        ("resume_file", "text", "@file", "@file"),
        ("resume_href", "text", "@href", "@href"),
        ("formation_intitule", "text", "intitule-formation", "intitule-action"),
        ("formation_certifiante", "code", "certifiante", "diplomante"),
        ("formation_niveau_entree", "code", "code-niveau-entree", "code-niveau-entree"),
        (
            "formation_formacode",
            "list",
            "domaine-formation/code-FORMACODE",
            "domaine-formation/codes-FORMACODE/code-FORMACODE",
        ),
        (
            "formation_nsf",
            "list",
            "domaine-formation/code-NSF",
            "domaine-formation/codes-NSF/code-NSF",
        ),
        (
            "formation_rome",
            "list",
            "domaine-formation/code-ROME",
            "domaine-formation/codes-ROME/code-ROME",
        ),
        ("formation_contact_nom", "text", f"{_RC}/nom", "contact-formation/nom"),
        (
            "formation_contact_telephone",
            "text",
            f"{_RC}/telfixe/numtel",
            "contact-formation/telfixe/numtel",
        ),
        ("organisme_nom", "text", "nom-organisme", "nom-organisme"),
        ("organisme_siret", "text", "SIRET", "SIRET"),
        (
            "action_public_vise",
            "list",
            "code-public-vise",
            "codes-public-vise/code-public-vise|code-public-vise",
        ),
        ("lieu_codepostal", "text", "codepostal", "codepostal"),
        ("lieu_code_insee", "text", "code-INSEE-commune", "code-INSEE-commune"),
        ("lieu_ville", "text", "ville", "ville"),
        ("lieu_departement", "text", "departement", "departement"),
        ("lieu_region", "text", "region", "region"),
        (
            "action_sessions_debut",
            "list",
            "session/periode/debut",
            "sessions/session/periode/debut",
        ),
    )
)

_BY_NAME: Final[Mapping[str, Column]] = {c.name: c for c in (*COLUMNS, *MORE_COLUMNS)}


def _names(columns: Sequence[Column]) -> tuple[str, ...]:
    names: list[str] = []
    for col in columns:
        names.append(col.name)
        if col.labelled:
            names.append(col.name + "_label")
    return tuple(names)


#: The default column names of each level, labels included, in row order.
DEFAULT_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    level: _names([c for c in COLUMNS if c.scope in scopes])
    for level, scopes in LEVEL_SCOPES.items()
}


def custom_column(spec: str) -> Column:
    """The column of a custom spec: ``"scope.step.step"`` or ``"extras[INFO].info…"``.

    ``"action.lieu-de-formation.coordonnees.adresse.ville"`` reads that path from each action
    (the same path in every version: a custom path names the document's own elements);
    ``"extras[FLUX-CARIF].region"`` reads the ``extra`` whose ``info`` is ``region`` in the
    nearest ``extras`` of ``info`` ``FLUX-CARIF`` (that of the session, else the action's,
    the formation's). A last step ``@name`` reads an attribute. Values are text, or lists
    when the last step repeats (``formation.domaine-formation.code-ROME``).

    Raises:
        InvalidValueError: not a predefined column nor a path of that form.
    """
    scope, _, rest = spec.partition(".")
    if spec.startswith("extras["):
        steps = _split(spec)
        path = "/".join(_extra_step(step, first=i == 0) for i, step in enumerate(steps))
        return Column(spec, "extras", "auto", dict.fromkeys(SCOPES, path))
    if scope not in LEVEL_SCOPES["session"] or not rest:
        raise InvalidValueError(
            "columns",
            spec,
            "a column name (" + ", ".join(c.name for c in COLUMNS) + "), a path "
            "'formation|action|session|organisme.element.element…' or 'extras[INFO].info…'",
        )
    steps = _split(rest)
    for step in steps:
        if not step or (step.startswith("@") and step is not steps[-1]):
            raise InvalidValueError("columns", spec, "a path of element names, '@attribute' last")
    return Column(spec, scope, "auto", dict.fromkeys(SCOPES, "/".join(steps)))


def _split(text: str) -> list[str]:
    """Dots separate steps, except inside ``[…]`` (an ``info`` may hold dots)."""
    steps, depth, current = [], 0, ""
    for char in text:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "." and depth == 0:
            steps.append(current)
            current = ""
        else:
            current += char
    steps.append(current)
    return steps


def _extra_step(step: str, *, first: bool) -> str:
    if first:
        if not (step.startswith("extras[") and step.endswith("]")):
            raise InvalidValueError("columns", step, "extras[INFO]")
        return step
    if step.startswith("@") or step.startswith("extra["):
        return step
    return f"extra[{step}]"


def columns_for(level: str, columns: Sequence[str] | None) -> tuple[Column, ...]:
    """The columns of a level: its defaults, or the named/custom ones, checked.

    Raises:
        InvalidValueError: an unknown level, a column that level does not read (an action
            column on formation rows), a bad custom path.
    """
    if level not in LEVEL_SCOPES:
        raise InvalidValueError("level", level, "one of " + ", ".join(LEVELS))
    scopes = LEVEL_SCOPES[level]
    if columns is None:
        return tuple(c for c in COLUMNS if c.scope in scopes)
    if isinstance(columns, str):
        columns = [c.strip() for c in columns.split(",") if c.strip()]
    found: list[Column] = []
    for spec in columns:
        name = spec[:-6] if spec.endswith("_label") and spec[:-6] in _BY_NAME else spec
        col = _BY_NAME.get(name) or custom_column(spec)
        if col.scope != "extras" and col.scope not in scopes:
            raise InvalidValueError(
                "columns", spec, f"a column of the {level} rows ({', '.join(scopes)})"
            )
        if col not in found:
            found.append(col)
    return tuple(found)


def columns_markdown() -> str:
    """The column table as Markdown (name, kind, 2.3, 2.2, 1.3.0 paths), for the README."""
    lines = [
        "| column | kind | 2.3 | 2.2 | 1.3.0 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for col in (*COLUMNS, *MORE_COLUMNS):
        paths = (col.paths[v] for v in ("2.3", "2.2", "1.3.0"))
        # "a|b" (alternatives) would end the Markdown cell: escaped.
        cells = ["`" + p.replace("|", "\\|") + "`" if p else "—" for p in paths]
        name = f"`{col.name}`" + (" (+ `_label`)" if col.labelled else "")
        lines.append(f"| {name} | {col.kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
