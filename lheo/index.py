"""Index files of the CARIF-OREF exchange: build one from offer files, read its summaries.

An index lists one ``resume-offre`` per offer with the ``file`` its offer is published at:
``lheo-leger`` in 1.3.0 (one summary per ``offre-formation``), ``lheo-index`` in 2.x (one
summary per ``action``), then one ``resume-organisme`` per responsible organisme::

    >>> import lheo, lheo.index
    >>> data = lheo.index.build(["examples/data/catalogue-2.3.xml"], file_url=lambda p: p.name)
    >>> lheo.validate(data).ok
    True
    >>> [s.get("numero") for s in lheo.index.summaries(data)][:2]
    ['14662_381140', '3519_229871']

The fields of a summary, their order and how many of each, are read from the version's XSD
(``resume-offre``, ``resume-organisme``); this module only says where each one comes from in
an offer.

Added in 0.2.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from lheo._stream import iter_formations
from lheo._xml import Source
from lheo.errors import LheoError, UnsupportedVersionError
from lheo.versions import Version, attributes, content_model

__all__ = ["build", "summaries"]

# Where each field of a summary comes from: the part of the offer it is read in (see
# _Offer), then the local names down to it. Fields the grammar has but no entry here are
# built by _SPECIAL (or left out: ``code-public-vise`` of 1.3.0, whose wrapper form
# ``codes-public-vise`` is the one a list fits in; ``extras`` of 2.x).
_PLACE = {
    name: ("place", name)
    for name in ("codepostal", "code-INSEE-commune", "ville", "departement", "region")
}
_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "1.3.0": {
        "domaine-formation": ("offer", "action-formation", "domaine-formation"),
        "intitule-action": ("offer", "action-formation", "intitule-action"),
        "nom-organisme": ("organisme", "nom-organisme"),
        "SIRET": ("organisme", "SIRET-organisme-formation", "SIRET"),
        **_PLACE,
        "diplomante": ("offer", "action-formation", "diplomante"),
        "code-niveau-entree": (
            "offer", "organisation-formation", "conditions-pedagogiques", "code-niveau-entree"
        ),
        "prise-en-charge-frais-possible": (
            "offer", "organisation-formation", "conditions-administratives",
            "prise-en-charge-frais-possible",
        ),
        "remuneration-possible": (
            "offer", "organisation-formation", "conditions-administratives",
            "remuneration-possible",
        ),
        "FOAD": ("offer", "organisation-formation", "conditions-pedagogiques", "FOAD"),
        "codes-public-vise": ("offer", "action-formation", "codes-public-vise"),
        "nombre-heures-total": (
            "offer", "organisation-formation", "organisation-administrative",
            "nombre-heures-total",
        ),
        "certification": ("offer", "action-formation", "certification"),
    },
    "2.x": {
        "domaine-formation": ("offer", "domaine-formation"),
        "intitule-formation": ("offer", "intitule-formation"),
        "nom-organisme": ("organisme", "nom-organisme"),
        "SIRET": ("organisme", "SIRET-organisme-formation", "SIRET"),
        **_PLACE,
        "certifiante": ("offer", "certifiante"),
        "code-niveau-entree": ("offer", "code-niveau-entree"),
        "prise-en-charge-frais-possible": ("action", "prise-en-charge-frais-possible"),
        "modalites-enseignement": ("action", "modalites-enseignement"),
        "code-public-vise": ("action", "code-public-vise"),
        "nombre-heures-total": ("action", "nombre-heures-total"),
        "certification": ("offer", "certification"),
    },
}  # fmt: skip

# The place of training: the first of these addresses that has a ville and a departement.
_PLACES: dict[str, tuple[tuple[str, ...], ...]] = {
    "1.3.0": (
        ("offer", "organisation-formation", "modalites-acces", "lieu-de-formation",
         "coordonnees", "adresse"),
        ("organisme", "coordonnees-organisme", "coordonnees", "adresse"),
    ),
    "2.x": (
        ("action", "lieu-de-formation", "coordonnees", "adresse"),
        ("organisme", "coordonnees-organisme", "coordonnees", "adresse"),
    ),
}  # fmt: skip

# Where each field of a resume-organisme comes from in the responsible organisme (every
# version); ``extras`` are the organisme's own (filled) extras blocks.
_ORGANISME = {
    "nom-organisme": ("organisme", "nom-organisme"),
    "raison-sociale": ("organisme", "raison-sociale"),
    "SIRET": ("organisme", "SIRET-organisme-formation", "SIRET"),
    "numero-activite": ("organisme", "numero-activite"),
    "extras": ("organisme", "extras"),
}
# Attributes of the offer's organisme not carried over: an ID (or a reference to one) is
# unique within its own offer file only, the index may hold several.
_LOCAL_ATTRIBUTES = frozenset({"id", "idref"})

# A contact's nom is texte-50 in every version: "prenom nom" only when it fits.
_NOM_MAX = 50


def _local(element: Any) -> str:
    return str(etree.QName(element).localname)


def _all(element: Any, name: str) -> list[Any]:
    return [c for c in element if isinstance(c.tag, str) and _local(c) == name]


def _first(element: Any, *steps: str) -> Any:
    """The first element at the path of local names ``steps`` under ``element``, or ``None``."""
    for step in steps:
        if element is None:
            return None
        element = next(iter(_all(element, step)), None)
    return element


def _filled(element: Any) -> bool:
    """Whether an element holds a value: text, or a descendant with text."""
    return any(text.strip() for text in element.itertext())


def _clean(element: Any) -> Any:
    """A copy of ``element`` for a summary: no layout white space, no empty ``extras``."""
    element = copy.deepcopy(element)
    for node in list(element.iter()):
        if not isinstance(node.tag, str):
            node.getparent().remove(node)  # comments and processing instructions
            continue
        node.tail = None
        if len(node) and node.text is not None and not node.text.strip():
            node.text = None
    for node in list(element.iter()):
        if node is not element and _local(node) in ("extras", "extra") and not _filled(node):
            node.getparent().remove(node)
    return element


@attrs.frozen
class _Offer:
    """The parts of one offer its summary is read from (``None`` when absent)."""

    label: str  # "offres.xml: offre-formation 2 (PDL-2009-CCLE-0087)", for messages
    parts: Mapping[str, Any]  # offer (formation / offre-formation), action, organisme, place

    def find(self, path: tuple[str, ...]) -> list[Any]:
        parent = _first(self.parts.get(path[0]), *path[1:-1])
        return [] if parent is None else _all(parent, path[-1])


def _described(path: tuple[str, ...]) -> str:
    where = {"offer": "", "action": "action/", "organisme": "organisme-formation-responsable/"}
    if path[0] == "place":
        return "in the lieu-de-formation's adresse or the organisme's"
    return where[path[0]] + "/".join(path[1:])


def build(
    offers: Iterable[Source],
    *,
    version: str | Version | None = None,
    file_url: Callable[[Path], str] | None = None,
) -> bytes:
    """Build the index of offer files: ``lheo-leger`` (1.3.0) or ``lheo-index`` (2.x).

    1.3.0: one ``resume-offre`` per ``offre-formation``. 2.x: one ``resume-offre`` per
    ``action`` (its ``numero`` is the action's). Each summary holds every field the
    version's grammar defines for it, in grammar order, taken from the offer:
    ``domaine-formation``, the title (``intitule-action`` / ``intitule-formation``),
    ``nom-organisme`` and ``SIRET`` of the responsible organisme, the place
    (``codepostal``, ``code-INSEE-commune``, ``ville``, ``departement``, ``region``: the
    first place of training with a ``ville`` and a ``departement``, else the organisme's
    address), ``diplomante`` (1.3.0) / ``certifiante`` (2.x), ``code-niveau-entree``,
    ``prise-en-charge-frais-possible``, ``remuneration-possible`` and ``FOAD`` (1.3.0) /
    ``modalites-enseignement`` (2.x), the public codes, ``nombre-heures-total``, the
    sessions' ``periode`` (and, 2.x, ``adresse-inscription``), the contact of the offer
    (``contact-formation`` in 1.3.0, ``contact-formation-resume`` in 2.x: ``type-contact``
    in 2.3, ``nom`` as "prénom nom", ``telfixe``, ``courriel``; 2.3 keeps every contact of
    the formation, 2.2 the first), the ``certification`` and, in 1.3.0, the place's
    ``geolocalisation`` extras. Empty optional fields are left out. Attributes: ``file``
    where the offer is published, ``href`` its web page (1.3.0: the offer's ``href``; 2.x:
    the action's URL, else the formation's), ``numero`` and ``datemaj``. Offers are read one
    at a time, each validated as it streams, and each summary is written as it is made: the
    memory held is the index's text, not its tree.

    Then ``resumes-organismes``: one ``resume-organisme`` per distinct
    ``organisme-formation-responsable`` of the offers (keyed by its ``SIRET``, else its
    ``nom-organisme``; first seen first, later ones with the same key left out), with the
    fields of the grammar, in its order: ``nom-organisme``, ``raison-sociale``, ``SIRET``,
    ``numero-activite`` and the organisme's filled ``extras``; its attributes are the
    organisme's that the grammar gives ``resume-organisme`` (``numero``, ``uri``,
    ``horodatage-*``, ``href``, ``file``…) except ``id``/``idref`` (unique in their own
    file only). The other organismes of an offer (1.3.0 and 2.x ``organisme-formateur``, the
    financeurs) are not summarized: they have no ``nom-organisme`` nor ``numero-activite``,
    which a ``resume-organisme`` requires, and none is invented. These summaries (a few
    hundred bytes per organisme) are held until the offers' are written.

    Args:
        offers: offer files (or flows), all of one version.
        version: the version of the index (``"1.3.0"``, ``"2.2"``, ``"2.3"`` or a
            :class:`~lheo.Version`); offers of another version are refused, never
            converted. ``None``: the offers' version. Offers whose root has no namespace
            are read as this version.
        file_url: the published address of an offer file, from its path (default: the path
            as given).

    Returns:
        The index, UTF-8 XML bytes, valid against the version's XSD.

    Raises:
        UnsupportedVersionError: an offer of another version than ``version`` (or than the
            first offer's), named with both versions; an unknown ``version``.
        LheoError: no offer; a file that is not an offer file (an index…); an offer that
            cannot be read or is invalid; an offer lacking a field its summary or its
            organisme's summary requires, or with only blanks in it (named with the offer
            and the field).

    Added in 0.2. Changed in 0.2: ``version=``, the 1.3.0 ``lheo-leger`` index, contacts,
    ``resumes-organismes``.
    """
    asked = Version.parse(version) if version is not None else None
    current = asked
    # Written as the summaries come (one held at a time): a tree of a 100k-offer index
    # would take gigabytes, its text a tenth of that.
    out = io.BytesIO()
    # Organismes are few (hundreds for 100k offers): their summaries, as text, wait for the
    # end of resumes-offres, keyed by SIRET (else name), first seen first.
    organismes: dict[str, bytes] = {}
    for source in offers:
        name = Path(str(source)) if isinstance(source, (str, Path)) else Path("<offer>")
        with iter_formations(source, version=asked, view=True) as stream:
            if stream.kind != "lheo":
                raise LheoError(
                    f"{stream.source}: not an offer file: its root is <{stream.kind}>, an "
                    "offer file's is <lheo>"
                )
            if current is None:
                current = stream.version
            elif stream.version is not current:
                raise UnsupportedVersionError(
                    f"{stream.source}: LHÉO {stream.version.value}, the other offers are "
                    f"{current.value}: one index holds one version"
                )
            where = file_url(name) if file_url is not None else str(source)
            if not out.tell():
                out.write(_head(current))
            for position, item in enumerate(stream, 1):
                for summary in _summaries_of(current, item, where, stream.source, position):
                    out.write(_text(summary, current))
                found = _organisme(current, item, _label(current, item, stream.source, position))
                if found is not None and found[0] not in organismes:
                    organismes[found[0]] = _text(found[1], current)
    if current is None or not out.tell():
        raise LheoError("no offer to index")
    out.write(b"  </resumes-offres>\n")
    if organismes:
        out.write(b"  <resumes-organismes>\n")
        out.writelines(organismes.values())
        out.write(b"  </resumes-organismes>\n")
    out.write(f"</{_root(current)}>\n".encode())
    return out.getvalue()


def _root(version: Version) -> str:
    """The index root: ``lheo-leger`` in 1.3.0, ``lheo-index`` in 2.x."""
    return next(kind for kind in version.roots if ("resumes-offres", "resume-offre") in
                version.containers(kind))  # fmt: skip


def _head(version: Version) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        f'<{_root(version)} xmlns="{version.namespace}">\n  <resumes-offres>\n'
    ).encode()


def _text(summary: Any, version: Version) -> bytes:
    """A summary as it is written inside ``resumes-offres``: indented, UTF-8."""
    etree.indent(summary, space="  ", level=2)
    text = etree.tostring(summary, encoding="UTF-8", xml_declaration=False)
    # The root declares the default namespace: not again on every summary.
    text = text.replace(f' xmlns="{version.namespace}"'.encode(), b"", 1)
    return b"    " + text + b"\n"


def _summaries_of(
    version: Version, item: Any, where: str, source: str, position: int
) -> Iterator[Any]:
    """The summaries of one offer: one for a 1.3.0 ``offre-formation``, one per 2.x action."""
    organisme = _responsible(version, item)
    if version is Version.V1_3_0:
        family = "1.3.0"
        labelled = [(None, _label(version, item, source, position))]
    else:
        family = "2.x"
        labelled = [(a, f"{source}: action {a.get('numero') or '?'}") for a in _all(item, "action")]
    for action, label in labelled:
        parts = {"offer": item, "action": action, "organisme": organisme}
        offer = _Offer(label, {**parts, "place": _place(_PLACES[family], parts)})
        yield _summary(version, family, offer, where)


def _responsible(version: Version, item: Any) -> Any:
    """The offer's ``organisme-formation-responsable`` (``None`` when absent)."""
    if version is Version.V1_3_0:
        return _first(item, "organismes", "organisme-formation-responsable")
    return _first(item, "organisme-formation-responsable")


def _label(version: Version, item: Any, source: str, position: int) -> str:
    """How messages name an offer: ``offres.xml: offre-formation 2 (PDL-2009-CCLE-0087)``."""
    name = item.get("numero") or ""
    if not name and version is Version.V1_3_0:
        # A 1.3.0 offer rarely has a numero: its module's identifier names it then.
        ident = _first(item, "module", "identifiant-module")
        name = "" if ident is None else (ident.text or "").strip()
    return f"{source}: {version.item} {position}" + (f" ({name})" if name else "")


def _organisme(version: Version, item: Any, label: str) -> tuple[str, Any] | None:
    """The ``resume-organisme`` of an offer's responsible organisme, with its key.

    Its fields, in grammar order, are the organisme's own; its attributes are those of the
    organisme that the grammar also gives ``resume-organisme`` (``numero``, ``uri``,
    ``href``…), except ``id``/``idref``. The key is the SIRET, else the name.
    """
    organisme = _responsible(version, item)
    if organisme is None:  # no valid offer lacks one; nothing to summarize then
        return None
    ns = version.namespace
    summary = etree.Element(f"{{{ns}}}resume-organisme", nsmap={None: ns})  # type: ignore[dict-item]
    kept = attributes(version, "resume-organisme") - _LOCAL_ATTRIBUTES
    for name, value in organisme.attrib.items():
        if name in kept:
            summary.set(name, value)
    offer = _Offer(label, {"organisme": organisme})
    values: dict[str, str] = {}
    for field in content_model(version, "resume-organisme"):
        path = _ORGANISME.get(field.name)
        found = [] if path is None else [_clean(e) for e in offer.find(path) if _filled(e)]
        if not found and field.required:
            where = "" if path is None else f" ({_described(path)})"
            raise LheoError(f"{label}: no {field.name} for its resume-organisme{where}")
        if found and field.name in ("SIRET", "nom-organisme"):
            values[field.name] = "".join(found[0].itertext()).strip()
        summary.extend(found[: field.most])
    # Tagged: a SIRET and a name never share a key.
    key = next((f"{n}={values[n]}" for n in ("SIRET", "nom-organisme") if values.get(n)), None)
    return (key, summary) if key else None


def _place(candidates: tuple[tuple[str, ...], ...], parts: Mapping[str, Any]) -> Any:
    found = [_first(parts.get(path[0]), *path[1:]) for path in candidates]
    found = [place for place in found if place is not None]
    for place in found:
        needed = (_first(place, "ville"), _first(place, "departement"))
        if all(e is not None and _filled(e) for e in needed):
            return place
    # None complete: the first one, whose missing field the summary then names.
    return found[0] if found else None


def _summary(version: Version, family: str, offer: _Offer, where: str) -> Any:
    ns = version.namespace
    item, action = offer.parts["offer"], offer.parts["action"]
    summary = etree.Element(f"{{{ns}}}resume-offre", nsmap={None: ns})  # type: ignore[dict-item]
    numero = (action if action is not None else item).get("numero")
    if numero:
        summary.set("numero", numero)
    href = _href(item, action)
    if href:
        summary.set("href", href)
    summary.set("file", where)
    if item.get("datemaj"):
        summary.set("datemaj", item.get("datemaj"))
    sources = _SOURCES[family]
    for field in content_model(version, "resume-offre"):
        special = _SPECIAL.get((family, field.name))
        if special is not None:
            found = special(version, offer)
        elif field.name in sources:
            found = [_clean(e) for e in offer.find(sources[field.name]) if _filled(e)]
        else:
            continue
        if not found and field.required:
            path = sources.get(field.name)
            raise LheoError(
                f"{offer.label}: no {field.name} for its summary"
                + (f" ({_described(path)})" if path else "")
            )
        summary.extend(found[: field.most])
    return summary


def _href(item: Any, action: Any) -> str | None:
    if action is None:  # 1.3.0: the offer's own href (its HTML page)
        return (item.get("href") or "").strip() or None
    for url in (_first(action, "url-action", "urlweb"), _first(item, "url-formation", "urlweb")):
        if url is not None and url.text and url.text.strip():
            return str(url.text.strip())
    return None


def _sessions(version: Version, offer: _Offer) -> list[Any]:
    """Each session, with its ``periode`` (and its ``adresse-inscription`` in 2.x)."""
    ns = version.namespace
    if version is Version.V1_3_0:
        found = offer.find(("offer", "organisation-formation", "modalites-acces", "sessions",
                            "session"))  # fmt: skip
        keep: tuple[str, ...] = ("periode",)
    else:
        found = offer.find(("action", "session"))
        keep = ("periode", "adresse-inscription")
    sessions = []
    for session in found:
        copied = etree.Element(f"{{{ns}}}session", dict(session.attrib))
        for local in keep:
            part = _first(session, local)
            if part is not None:
                copied.append(_clean(part))
        sessions.append(copied)
    if version is Version.V1_3_0 and sessions:
        wrapper = etree.Element(f"{{{ns}}}sessions")
        wrapper.extend(sessions)
        return [wrapper]
    return sessions


def _contacts(version: Version, offer: _Offer) -> list[Any]:
    """The offer's contacts in the summary's form (``nom``, ``telfixe``, ``courriel``…).

    1.3.0: ``contact-formation`` from ``action-formation/contact-offre``; 2.x:
    ``contact-formation-resume`` from each ``contact-formation`` of the formation (how many
    the grammar keeps). A contact with nothing to reach it by is left out.
    """
    ns = version.namespace
    if version is Version.V1_3_0:
        name, blocks = "contact-formation", offer.find(("offer", "action-formation",
                                                        "contact-offre"))  # fmt: skip
    else:
        name, blocks = "contact-formation-resume", offer.find(("offer", "contact-formation"))
    contacts = []
    for block in blocks:
        coordonnees = _first(block, "coordonnees")
        values: dict[str, Any] = {}
        kind = _first(block, "type-contact")
        if kind is not None and _filled(kind):
            values["type-contact"] = _clean(kind)
        if coordonnees is not None:
            names = [_first(coordonnees, n) for n in ("prenom", "nom")]
            text = " ".join(e.text.strip() for e in names if e is not None and _filled(e))
            nom = _first(coordonnees, "nom")
            if len(text) > _NOM_MAX:
                text = nom.text.strip() if nom is not None and _filled(nom) else ""
            if text:
                values["nom"] = etree.Element(f"{{{ns}}}nom")
                values["nom"].text = text
            for local in ("telfixe", "courriel"):
                part = _first(coordonnees, local)
                if part is not None and _filled(part):
                    values[local] = _clean(part)
        if not {"nom", "telfixe", "courriel"} & values.keys():
            continue
        contact = etree.Element(f"{{{ns}}}{name}")
        for field in content_model(version, name):
            if field.name in values:
                contact.append(values[field.name])
        contacts.append(contact)
    return contacts


def _geolocation(version: Version, offer: _Offer) -> list[Any]:
    """1.3.0: the place's ``extras info="geolocalisation"`` (in its adresse or coordonnees)."""
    place = offer.parts["place"]
    for holder in (place, None if place is None else place.getparent()):
        for extras in [] if holder is None else _all(holder, "extras"):
            if extras.get("info") == "geolocalisation" and _filled(extras):
                return [_clean(extras)]
    return []


_SPECIAL: dict[tuple[str, str], Callable[[Version, _Offer], list[Any]]] = {
    ("1.3.0", "sessions"): _sessions,
    ("1.3.0", "contact-formation"): _contacts,
    ("1.3.0", "extras"): _geolocation,
    ("2.x", "session"): _sessions,
    ("2.x", "contact-formation-resume"): _contacts,
}


def summaries(index: Source) -> Iterator[Any]:
    """The ``resume-offre`` summaries of an index, one at a time (views; ``.get("file")``).

    Its ``resume-organisme`` summaries are skipped. Works for a 1.3.0 ``lheo-leger`` and a
    2.x ``lheo-index``; reads in constant memory.

    Raises:
        LheoError: the index cannot be read or is not valid.
    """
    with iter_formations(index, view=True) as stream:
        for item in stream:
            if _local(item) == "resume-offre":
                yield item
