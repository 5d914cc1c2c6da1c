"""Index files of the CARIF-OREF exchange: build one from offer files, read its summaries.

An index (``lheo-index`` in 2.x) lists one ``resume-offre`` per action of the offers, with
the ``file`` its offer is published at::

    >>> import lheo, lheo.index
    >>> data = lheo.index.build(["examples/data/catalogue-2.3.xml"], file_url=lambda p: p.name)
    >>> lheo.validate(data).ok
    True
    >>> [s.get("numero") for s in lheo.index.summaries(data)][:2]
    ['14662_381140', '3519_229871']

Added in 0.2.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from lheo._stream import iter_formations
from lheo._xml import Source
from lheo.errors import LheoError, UnsupportedVersionError
from lheo.versions import Version

__all__ = ["build", "summaries"]

# The fields of a 2.x resume-offre, in grammar order, and where each comes from in its offer.
_FROM_FORMATION_HEAD = ("domaine-formation", "intitule-formation")
_PLACE = ("codepostal", "code-INSEE-commune", "ville", "departement", "region")


def _first(element: Any, *steps: str) -> Any:
    """The first element at the path of local names ``steps`` under ``element``, or ``None``."""
    for step in steps:
        if element is None:
            return None
        element = next(
            (c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == step),
            None,
        )
    return element


def _all(element: Any, name: str) -> list[Any]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]


def build(
    offers: Iterable[Source],
    *,
    file_url: Callable[[Path], str] | None = None,
) -> bytes:
    """Build the 2.x index (``lheo-index``) of offer files: one ``resume-offre`` per action.

    Each summary takes, from its action, formation, place of training and organisme, the
    fields the grammar defines: ``domaine-formation``, ``intitule-formation``,
    ``nom-organisme``, ``SIRET``, the place (``codepostal``, ``code-INSEE-commune``,
    ``ville``, ``departement``, ``region``: the action's first place of training, else the
    organisme's address), ``certifiante``, ``code-niveau-entree``,
    ``prise-en-charge-frais-possible``, ``modalites-enseignement``, ``code-public-vise``,
    ``nombre-heures-total``, each session's ``periode`` and ``adresse-inscription``, and the
    formation's ``certification``; ``numero`` is the action's, ``href`` its web address
    (else the formation's), ``datemaj`` the formation's, ``file`` where its offer is
    published. Offers are read one at a time (validated as they stream).

    Args:
        offers: offer files (or flows) of one 2.x version.
        file_url: the published address of an offer file, from its path (default: the path
            as given).

    Returns:
        The index, UTF-8 XML bytes, valid against the version's XSD.

    Raises:
        UnsupportedVersionError: offers of 1.3.0 (its ``lheo-leger`` index is not built yet)
            or of several versions.
        LheoError: an offer cannot be read, or lacks what its summary needs (its place's
            ``ville`` and ``departement``), named with its action.
    """
    version: Version | None = None
    index: Any = None
    resumes: Any = None
    for source in offers:
        name = Path(str(source)) if isinstance(source, (str, Path)) else Path("<offer>")
        where = file_url(name) if file_url is not None else str(source)
        with iter_formations(source, view=True) as stream:
            if version is None:
                version = stream.version
                if version is Version.V1_3_0:
                    raise UnsupportedVersionError(
                        "an index of LHÉO 1.3.0 offers (lheo-leger) is not built yet"
                    )
                ns = version.namespace
                index = etree.Element(f"{{{ns}}}lheo-index", nsmap={None: ns})  # type: ignore[dict-item]
                resumes = etree.SubElement(index, f"{{{ns}}}resumes-offres")
            elif stream.version is not version:
                raise UnsupportedVersionError(
                    f"{stream.source}: LHÉO {stream.version.value}, the other offers are "
                    f"{version.value}: one index holds one version"
                )
            for formation in stream:
                for action in _all(formation, "action"):
                    resumes.append(_summary(formation, action, where, stream.source))
    if index is None:
        raise LheoError("no offer to index")
    return bytes(etree.tostring(index, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _summary(formation: Any, action: Any, where: str, source: str) -> Any:
    ns = etree.QName(formation).namespace
    summary = etree.Element(f"{{{ns}}}resume-offre")

    def add(element: Any) -> None:
        if element is not None:
            summary.append(copy.deepcopy(element))

    def add_text(local: str, element: Any) -> None:
        if element is not None and element.text is not None:
            etree.SubElement(summary, f"{{{ns}}}{local}").text = element.text

    if action.get("numero"):
        summary.set("numero", action.get("numero"))
    url = _first(action, "url-action", "urlweb")
    url = url if url is not None else _first(formation, "url-formation", "urlweb")
    if url is not None and url.text:
        summary.set("href", url.text.strip())
    summary.set("file", where)
    if formation.get("datemaj"):
        summary.set("datemaj", formation.get("datemaj"))
    for local in _FROM_FORMATION_HEAD:
        add(_first(formation, local))
    organisme = _first(formation, "organisme-formation-responsable")
    add(_first(organisme, "nom-organisme"))
    add_text("SIRET", _first(organisme, "SIRET-organisme-formation", "SIRET"))
    place = _first(action, "lieu-de-formation", "coordonnees", "adresse")
    if place is None or _first(place, "ville") is None or _first(place, "departement") is None:
        place = _first(organisme, "coordonnees-organisme", "coordonnees", "adresse")
    if place is None or _first(place, "ville") is None or _first(place, "departement") is None:
        raise LheoError(
            f"{source}: action {action.get('numero') or '?'}: no place with a ville and a "
            "departement for its summary (lieu-de-formation or the organisme's address)"
        )
    for local in _PLACE:
        add(_first(place, local))
    add(_first(formation, "certifiante"))
    add(_first(formation, "code-niveau-entree"))
    add(_first(action, "prise-en-charge-frais-possible"))
    add(_first(action, "modalites-enseignement"))
    for code in _all(action, "code-public-vise")[:10]:
        add(code)
    add(_first(action, "nombre-heures-total"))
    for session in _all(action, "session"):
        copy_ = etree.SubElement(summary, f"{{{ns}}}session", dict(session.attrib))
        for local in ("periode", "adresse-inscription"):
            part = _first(session, local)
            if part is not None:
                copy_.append(copy.deepcopy(part))
    for certification in _all(formation, "certification")[:5]:
        add(certification)
    for element in summary.iter():
        element.tail = None
        if len(element) and element.text is not None and not element.text.strip():
            element.text = None
    return summary


def summaries(index: Source) -> Iterator[Any]:
    """The ``resume-offre`` summaries of an index, one at a time (views; ``.get("file")``).

    Raises:
        LheoError: the index cannot be read or is not valid.
    """
    with iter_formations(index, view=True) as stream:
        for item in stream:
            if etree.QName(item).localname == "resume-offre":
                yield item
