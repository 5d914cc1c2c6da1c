"""Typed views over the Onisep extension blocks, for the 2.2 and the 2.3 styles.

Onisep flows carry their identifiers, URIs and dates in ``extras`` blocks. LHÉO 2.2 puts each
value in a child ``extra`` (``<extra info="URI LIEU ONISEP">content://…</extra>``, dates as
``YYYYMMDD``); LHÉO 2.3 puts URIs and dates in the ``uri``/``horodatage-*`` attributes of the
block and of its element, and the export date in ``offres/@horodatage-export`` (see
``onisep-2.2-to-2.3.md``, items 1–3). :data:`ONISEP_BLOCKS` maps where each value lives in
either style; the views and the migration rules (:mod:`lheo.migration`) both follow it.

The views hold no data of their own: each property reads or writes the bindings, so a change
is in the document at once and every other extra keeps its place. Reading accepts both styles;
writing uses the 2.3 style on 2.3 bindings and the 2.2 style on 2.2 bindings (or when asked
with ``style="2.2"``)::

    from lheo import onisep
    view = onisep.etab(action.lieu_de_formation[0])
    view.uri, view.created, view.eta_id       # 'content://…', datetime(...), '16'
    view.statut = "public"                     # written back into the extras

Added in 0.1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar, Literal

import attrs

from lheo import extras as _extras
from lheo._compat import XmlDateTime
from lheo.versions import Version

__all__ = [
    "ONISEP_BLOCKS",
    "SUFFIX",
    "ActionOnisep",
    "EtabOnisep",
    "FormationOnisep",
    "OnisepBlock",
    "OnisepValue",
    "OrganismeOnisep",
    "ParcoursActionOnisep",
    "action_onisep",
    "etab",
    "formation_onisep",
    "has_onisep_extras",
    "organisme_onisep",
    "parse_onisep_date",
]

Style = Literal["2.2", "2.3"]
DateValue = dt.datetime | dt.date

#: Onisep's extras end their ``info`` with it (``ETAB ONISEP``, ``DATE EXPORT ONISEP``…).
SUFFIX = "ONISEP"


def parse_onisep_date(text: str) -> DateValue | None:
    """Read an Onisep date, ``YYYYMMDD`` (2.2) or ``xs:dateTime`` (2.3); ``None`` if unreadable."""
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        try:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return None
    try:
        return XmlDateTime.from_string(text).to_datetime()
    except ValueError:
        return None


def _to_xml_datetime(value: DateValue) -> XmlDateTime:
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return XmlDateTime.from_datetime(value)


def _to_yyyymmdd(value: DateValue) -> str:
    return value.strftime("%Y%m%d")


# ---------------------------------------------------------------------------------------
# The map: where each value lives in the 2.2 and in the 2.3 style


@attrs.frozen
class OnisepValue:
    """One value of an Onisep block, and where each style keeps it.

    Attributes:
        name: the view's property (``uri``, ``created``, ``exported``, ``eta_id``…).
        keys: ``info`` of the child ``extra`` holding it in the 2.2 style (the first is the
            one written).
        prefix: a child matches a key by prefix (``ETA_ID LIEU ONISEP`` for ``ETA_ID``).
        kind: ``text``, or ``date`` (``YYYYMMDD`` in 2.2, ``xs:dateTime`` in 2.3).
        attribute: the attribute holding it in the 2.3 style (``horodatage-creation``);
            ``None`` when it stays a child extra in 2.3.
        where: where that attribute goes: ``block`` (the Onisep block), ``owner`` (the
            block and the element owning it), ``offres`` (the flow's ``offres``: 2.3 has one
            export date for the whole flow).
        rule: the migration item that moves the extra to the attribute (``"1"``, ``"2"``,
            ``"3"``); ``None`` when the migration leaves the extra as it is.
    """

    name: str
    keys: tuple[str, ...]
    prefix: bool = False
    kind: Literal["text", "date"] = "text"
    attribute: str | None = None
    where: Literal["block", "owner", "offres"] = "block"
    rule: str | None = None

    @property
    def field(self) -> str | None:
        """The binding field of :attr:`attribute` (``horodatage_creation``)."""
        return None if self.attribute is None else self.attribute.replace("-", "_")


@attrs.frozen
class OnisepBlock:
    """An Onisep block (``extras``, or a nested ``extra``) and the values it holds.

    Attributes:
        tag: ``extras`` or ``extra`` (the ``PARCOURS ACTION ONISEP`` block is an ``extra``).
        info: the block's ``info``.
        owner: local name of the element holding the block (``None``: any).
        values: its values, in the order the views list them.
    """

    tag: Literal["extras", "extra"]
    info: str
    owner: str | None
    values: tuple[OnisepValue, ...]


def _stamps(
    suffix: str, where: Literal["block", "owner"], dates: str | None = "2"
) -> tuple[OnisepValue, ...]:
    """``URI <suffix>`` and ``DATE CREATION/MODIFICATION <suffix>`` (``dates``: their rule)."""
    return (
        OnisepValue("uri", (f"URI {suffix}",), attribute="uri", where=where, rule="3"),
        OnisepValue(
            "created", (f"DATE CREATION {suffix}",), kind="date",
            attribute="horodatage-creation", where=where, rule=dates,
        ),
        OnisepValue(
            "modified", (f"DATE MODIFICATION {suffix}",), kind="date",
            attribute="horodatage-modification", where=where, rule=dates,
        ),
    )  # fmt: skip


_ETAB = (
    OnisepValue("eta_id", ("ETA_ID",), prefix=True),
    OnisepValue("statut", ("STATUT",)),
    OnisepValue("type_etablissement", ("TYPE_ETABLISSEMENT",)),
)

#: Where each Onisep value lives, in the 2.2 style (child extras) and in the 2.3 style
#: (attributes): ``onisep-2.2-to-2.3.md``, items 1–3 and "Where values go".
ONISEP_BLOCKS: tuple[OnisepBlock, ...] = (
    OnisepBlock(
        "extras", "ETAB ONISEP", "lieu-de-formation", (*_stamps("LIEU ONISEP", "owner"), *_ETAB)
    ),
    OnisepBlock(
        "extras",
        "ACTION ONISEP",
        "action",
        (*_stamps("ACTION ONISEP", "owner"), OnisepValue("act_id", ("ACT_ID",), prefix=True)),
    ),
    OnisepBlock(
        "extras",
        "FORMATION ONISEP",
        "formation",
        (
            *_stamps("FOR ONISEP", "block"),
            OnisepValue(
                "exported",
                ("DATE EXPORT ONISEP",),
                kind="date",
                attribute="horodatage-export",
                where="offres",
                rule="1",
            ),
            OnisepValue("for_id", ("FOR_ID",), prefix=True),
            OnisepValue("type_formation_libelle", ("TYPE_FORMATION_LIBELLE",)),
        ),
    ),  # fmt: skip
    OnisepBlock(
        "extra",
        "PARCOURS ACTION ONISEP",
        None,
        (
            *_stamps("PARCOURS ACTION ONISEP", "block"),
            OnisepValue("libelle", ("LIBELLE PARCOURS ACTION ONISEP",)),
        ),
    ),
    # Onisep names only a URI for an organisme's ETAB ONISEP block in 2.2 (the migration
    # moves only it); the views read and write its dates with the same pattern.
    OnisepBlock(
        "extras",
        "ETAB ONISEP",
        "organisme-formation-responsable",
        (
            OnisepValue("uri", ("URI ETA ORG ONISEP",), attribute="uri", where="owner", rule="3"),
            *_stamps("ETA ORG ONISEP", "block", dates=None)[1:],
            *_ETAB,
        ),
    ),
    OnisepBlock(
        "extras",
        "ORGANISME ONISEP",
        None,
        (
            OnisepValue("org_id", ("ORG_ID ORG ONISEP", "ORG_ID"), prefix=True),
            OnisepValue("uri", ("URI ORG ORG ONISEP",), attribute="uri", rule="3"),
        ),
    ),
)


def _block(info: str, owner: str | None) -> OnisepBlock:
    return next(b for b in ONISEP_BLOCKS if b.info == info and b.owner == owner)


def _fields(block: OnisepBlock) -> dict[str, OnisepValue]:
    return {value.name: value for value in block.values}


# ---------------------------------------------------------------------------------------
# The views


def _has_attr(binding: Any, name: str) -> bool:
    return name in attrs.fields_dict(type(binding)) if attrs.has(type(binding)) else False


@attrs.define(eq=False, repr=False)
class _View:
    """Base of the Onisep views: a stateless window on one block of the bindings.

    ``offres`` is the flow's ``offres`` binding when known: the 2.3 style keeps the export
    date there.
    """

    owner: Any
    block: Any
    style: Style = "2.3"
    offres: Any = attrs.field(default=None, kw_only=True)

    FIELDS: ClassVar[dict[str, OnisepValue]] = {}

    def _child(self, spec: OnisepValue) -> Any | None:
        for child in _extras.children(self.block):
            info = _extras.info_of(child) or ""
            for key in spec.keys:
                if info == key or (spec.prefix and info.startswith(key)):
                    return child
        return None

    def _places(self, spec: OnisepValue) -> list[Any]:
        """The bindings where the 2.3 style puts the value (the first is read first)."""
        if spec.where == "offres":
            return [] if self.offres is None else [self.offres]
        return [self.block, self.owner] if spec.where == "owner" else [self.block]

    def _read(self, name: str) -> Any:
        spec = self.FIELDS[name]
        field = spec.field
        if field is not None:
            # A block may carry any 2.3 attribute: read there too for a value kept on offres.
            places = self._places(spec) + ([self.block] if spec.where == "offres" else [])
            for place in places:
                value = getattr(place, field) if _has_attr(place, field) else None
                if value is not None:
                    return value.to_datetime() if isinstance(value, XmlDateTime) else str(value)
        child = self._child(spec)
        if child is None:
            return None
        text = _extras.text_of(child)
        return parse_onisep_date(text) if spec.kind == "date" else text

    def _write(self, name: str, value: Any) -> None:
        spec = self.FIELDS[name]
        field = spec.field
        if field is not None and self.style == "2.3" and _has_attr(self.block, field):
            places = self._places(spec)
            if not places:
                raise TypeError(
                    f"{name} of a 2.3 flow is offres/@{spec.attribute}: give the view the "
                    "flow's offres (formation_onisep(formation, offres=...))"
                )
            attr_value = (
                _to_xml_datetime(value) if spec.kind == "date" and value is not None else value
            )
            for place in places:
                if _has_attr(place, field):
                    setattr(place, field, attr_value)
            child = self._child(spec)
            if child is not None:
                _extras.remove(self.block, child)
            return
        if field is not None and _has_attr(self.block, field):
            setattr(self.block, field, None)
        text = None
        if value is not None:
            text = _to_yyyymmdd(value) if spec.kind == "date" else str(value)
        child = self._child(spec)
        key = (_extras.info_of(child) if child is not None else None) or spec.keys[0]
        _extras.set_value(self.block, key, text)

    def to_dict(self) -> dict[str, Any]:
        """The view's values as a plain dict."""
        return {name: getattr(self, name) for name in self.FIELDS}

    def __repr__(self) -> str:
        body = ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items())
        public = next(c for c in type(self).__mro__ if not c.__name__.startswith("_"))
        return f"{public.__name__}({body})"


def _prop(name: str, doc: str) -> property:
    def fget(self: _View) -> Any:
        return self._read(name)

    def fset(self: _View, value: Any) -> None:
        self._write(name, value)

    return property(fget, fset, doc=doc)


class EtabOnisep(_View):
    """``extras info="ETAB ONISEP"`` of a ``lieu-de-formation`` or an organisme.

    Attributes:
        uri: ``URI LIEU ONISEP`` / ``URI ETA ORG ONISEP`` (2.2), ``@uri`` (2.3).
        created: ``DATE CREATION LIEU ONISEP`` / ``@horodatage-creation``.
        modified: ``DATE MODIFICATION LIEU ONISEP`` / ``@horodatage-modification``.
        eta_id: ``ETA_ID…`` extra. statut: ``STATUT``. type_etablissement: ``TYPE_ETABLISSEMENT``.
    """

    INFO = "ETAB ONISEP"
    uri = _prop("uri", "URI of the establishment.")
    created = _prop("created", "Creation date (date in 2.2, datetime in 2.3).")
    modified = _prop("modified", "Last modification date.")
    eta_id = _prop("eta_id", "Onisep establishment identifier (ETA_ID).")
    statut = _prop("statut", "Status (public, privé sous contrat…).")
    type_etablissement = _prop("type_etablissement", "Kind of establishment (lycée GT…).")


class _EtabLieu(EtabOnisep):
    FIELDS = _fields(_block(EtabOnisep.INFO, "lieu-de-formation"))


class _EtabOrganisme(EtabOnisep):
    FIELDS = _fields(_block(EtabOnisep.INFO, "organisme-formation-responsable"))


class ParcoursActionOnisep(_View):
    """``extra info="PARCOURS ACTION ONISEP"`` (nested in the ACTION ONISEP block).

    Attributes:
        uri, created, modified: ``URI/DATE … PARCOURS ACTION ONISEP`` (2.2) or attributes (2.3).
        libelle: ``LIBELLE PARCOURS ACTION ONISEP``.
        situations: every ``SITUATION PARCOURS ACTION ONISEP`` (e.g. ``["master 1"]``).
    """

    INFO = "PARCOURS ACTION ONISEP"
    FIELDS = _fields(_block(INFO, None))
    SITUATION = "SITUATION PARCOURS ACTION ONISEP"
    uri = _prop("uri", "URI of the parcours.")
    created = _prop("created", "Creation date.")
    modified = _prop("modified", "Last modification date.")
    libelle = _prop("libelle", "Label of the parcours.")

    @property
    def situations(self) -> list[str]:
        """Every situation of the parcours, in order (a copy: assign to change them)."""
        return [
            _extras.text_of(c)
            for c in _extras.children(self.block)
            if _extras.info_of(c) == self.SITUATION
        ]

    @situations.setter
    def situations(self, values: Sequence[str]) -> None:
        content = self.block.content
        positions = [i for i, c in enumerate(content) if getattr(c, "info", None) == self.SITUATION]
        module = _extras._module_of(self.block)
        new = [module.Extra(info=self.SITUATION, content=[v]) for v in values]
        at = positions[0] if positions else len(content)
        for i in reversed(positions):
            del content[i]
        content[at:at] = new

    def to_dict(self) -> dict[str, Any]:
        """The view's values as a plain dict."""
        return {**super().to_dict(), "situations": self.situations}


class ActionOnisep(_View):
    """``extras info="ACTION ONISEP"`` of an ``action``.

    Attributes:
        uri, created, modified: ``URI/DATE … ACTION ONISEP`` (2.2) or attributes of the block and
            the action (2.3).
        act_id: ``ACT_ID…`` extra.
        parcours: views of the nested PARCOURS ACTION ONISEP extras.
    """

    INFO = "ACTION ONISEP"
    FIELDS = _fields(_block(INFO, "action"))
    uri = _prop("uri", "URI of the action.")
    created = _prop("created", "Creation date.")
    modified = _prop("modified", "Last modification date.")
    act_id = _prop("act_id", "Onisep action identifier (ACT_ID).")

    @property
    def parcours(self) -> list[ParcoursActionOnisep]:
        """Views of every PARCOURS ACTION ONISEP extra of the block, in order."""
        return [
            ParcoursActionOnisep(self.block, child, self.style)
            for child in _extras.children(self.block)
            if _extras.info_of(child) == ParcoursActionOnisep.INFO
        ]

    def add_parcours(
        self,
        *,
        libelle: str,
        situations: Sequence[str] = (),
        uri: str | None = None,
        created: DateValue | None = None,
        modified: DateValue | None = None,
    ) -> ParcoursActionOnisep:
        """Append a PARCOURS ACTION ONISEP extra and return its view."""
        module = _extras._module_of(self.block)
        extra = module.Extra(info=ParcoursActionOnisep.INFO)
        if _extras._is_extras(self.block):
            self.block.extras_or_extra.append(extra)
        else:
            self.block.content.append(extra)
        view = ParcoursActionOnisep(self.block, extra, self.style)
        for name, value in (("uri", uri), ("created", created), ("modified", modified)):
            if value is not None:
                setattr(view, name, value)
        view.libelle = libelle
        view.situations = list(situations)
        return view

    def to_dict(self) -> dict[str, Any]:
        """The view's values as a plain dict."""
        return {**super().to_dict(), "parcours": [p.to_dict() for p in self.parcours]}


class FormationOnisep(_View):
    """``extras info="FORMATION ONISEP"`` of a ``formation``.

    Attributes:
        uri, created, modified: ``URI/DATE … FOR ONISEP`` (2.2) or the block's attributes (2.3).
        exported: ``DATE EXPORT ONISEP`` (2.2), or the flow's ``offres/@horodatage-export``
            (2.3: one export date for the whole flow, where the migration puts it); the view
            reaches it when made with ``offres`` (:func:`formation_onisep`), and reads a
            ``horodatage-export`` of the block too.
        for_id: ``FOR_ID…`` extra. type_formation_libelle: ``TYPE_FORMATION_LIBELLE``.
    """

    INFO = "FORMATION ONISEP"
    FIELDS = _fields(_block(INFO, "formation"))
    uri = _prop("uri", "URI of the formation.")
    created = _prop("created", "Creation date.")
    modified = _prop("modified", "Last modification date.")
    exported = _prop("exported", "Export date.")
    for_id = _prop("for_id", "Onisep formation identifier (FOR_ID).")
    type_formation_libelle = _prop("type_formation_libelle", "Label of the kind of formation.")


class OrganismeOnisep(_View):
    """``extras info="ORGANISME ONISEP"`` of an organisme.

    Attributes:
        org_id: ``ORG_ID ORG ONISEP``.
        uri: ``URI ORG ORG ONISEP`` (2.2) or the block's ``@uri`` (2.3).
    """

    INFO = "ORGANISME ONISEP"
    FIELDS = _fields(_block(INFO, None))
    org_id = _prop("org_id", "Onisep organisme identifier.")
    uri = _prop("uri", "URI of the organisme.")


def _style_of(obj: Any, style: Style | None) -> Style:
    if style is not None:
        return style
    return Version.of_binding(obj).onisep_style


def _view(
    view_cls: type[_View],
    obj: Any,
    info: str,
    create: bool,
    style: Style | None,
    offres: Any = None,
) -> Any:
    # The style first: an object of no known version is refused before any block is added.
    chosen = _style_of(obj, style)
    block = _extras.ensure(obj, info) if create else _extras.find(obj, info)
    if block is None:
        return None
    return view_cls(obj, block, chosen, offres=offres)


def etab(
    lieu_or_organisme: Any, *, create: bool = False, style: Style | None = None
) -> EtabOnisep | None:
    """The ETAB ONISEP view of a ``lieu-de-formation`` or an organisme.

    Args:
        lieu_or_organisme: a ``LieuDeFormation`` or ``OrganismeFormationResponsable`` binding.
        create: append an empty block when there is none (instead of returning ``None``).
        style: ``"2.2"`` or ``"2.3"`` for writing; by default the binding's version
            (:attr:`lheo.Version.onisep_style`).

    Raises:
        UnsupportedVersionError: no ``style`` and the object is not a typed LHÉO object.
    """
    is_lieu = type(lieu_or_organisme).__name__ == "LieuDeFormation"
    cls = _EtabLieu if is_lieu else _EtabOrganisme
    result: EtabOnisep | None = _view(cls, lieu_or_organisme, EtabOnisep.INFO, create, style)
    return result


def action_onisep(
    action: Any, *, create: bool = False, style: Style | None = None
) -> ActionOnisep | None:
    """The ACTION ONISEP view of an ``action`` (``None`` when it has no such block)."""
    result: ActionOnisep | None = _view(ActionOnisep, action, ActionOnisep.INFO, create, style)
    return result


def formation_onisep(
    formation: Any, *, create: bool = False, style: Style | None = None, offres: Any = None
) -> FormationOnisep | None:
    """The FORMATION ONISEP view of a ``formation`` (``None`` when it has no such block).

    Args:
        formation: a ``Formation`` binding.
        create: append an empty block when there is none (instead of returning ``None``).
        style: ``"2.2"`` or ``"2.3"`` for writing; by default the binding's version.
        offres: the ``offres`` holding the formation. A 2.3 flow keeps the export date there
            (``horodatage-export``), not in the formation: without it, ``exported`` cannot
            be read from a 2.3 flow, nor written in the 2.3 style (``TypeError``).
    """
    result: FormationOnisep | None = _view(
        FormationOnisep, formation, FormationOnisep.INFO, create, style, offres
    )
    return result


def organisme_onisep(
    organisme: Any, *, create: bool = False, style: Style | None = None
) -> OrganismeOnisep | None:
    """The ORGANISME ONISEP view of an organisme (``None`` when it has no such block)."""
    result: OrganismeOnisep | None = _view(
        OrganismeOnisep, organisme, OrganismeOnisep.INFO, create, style
    )
    return result


def has_onisep_extras(root: Any) -> bool:
    """Whether a binding tree holds any extra or extras whose ``info`` ends with ``ONISEP``."""
    stack = [root]
    while stack:
        node = stack.pop()
        if attrs.has(type(node)):
            info = getattr(node, "info", None)
            if (
                isinstance(info, str)
                and info.endswith(SUFFIX)
                and type(node).__name__
                in (
                    "Extras",
                    "Extra",
                )
            ):
                return True
            for field in attrs.fields(type(node)):
                value = getattr(node, field.name)
                if isinstance(value, list):
                    stack.extend(value)
                elif attrs.has(type(value)):
                    stack.append(value)
    return False
