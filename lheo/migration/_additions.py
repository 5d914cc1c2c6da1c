"""Adding 2.3 data a 2.2 flow cannot hold (items 6, 7, 10, 11, 12), with checks.

The migration does not invent these values (doc: "New 2.3 data … is not invented"); a script
adds them to the migrated tree with these functions, which check the value and put the element
where the 2.3 sequence wants it.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from lheo._codes import is_valid_siret, is_valid_uai
from lheo.errors import MigrationError
from lheo.migration._tree import CHILD_ORDER, children, insert_in_order, local, qn

_UAI_WRAPPERS = {
    "lieu-de-formation": "code-UAI-lieu-formation",
    "organisme-formation-responsable": "code-UAI-organisme-formation",
    "organisme-formateur": "code-UAI-formateur",
}


def _expect(el: etree._Element, *names: str) -> str:
    name = local(el)
    if name not in names:
        raise MigrationError(f"expected a 2.3 element {' or '.join(names)}, got {el.tag!r}")
    return name


def _leaf(name: str, text: str) -> etree._Element:
    el = etree.Element(qn(name))
    el.text = text
    return el


def _wrapper(name: str, leaf: str, text: str) -> etree._Element:
    el = etree.Element(qn(name))
    el.append(_leaf(leaf, text))
    return el


def add_siret_lieu_formation(lieu: etree._Element, siret: str) -> etree._Element:
    """Item 6: add ``SIRET-lieu-formation/SIRET`` to a 2.3 ``lieu-de-formation``.

    Args:
        lieu: the ``lieu-de-formation`` element (2.3 namespace).
        siret: 14 digits with a valid Luhn key.

    Returns:
        The new ``SIRET-lieu-formation`` element.

    Raises:
        MigrationError: wrong element, invalid SIRET, or one already present.

    Added in 0.1.
    """
    _expect(lieu, "lieu-de-formation")
    if not is_valid_siret(siret):
        raise MigrationError(f"invalid SIRET {siret!r}: 14 digits with a valid Luhn key expected")
    if children(lieu, "SIRET-lieu-formation"):
        raise MigrationError("this lieu-de-formation already has a SIRET-lieu-formation")
    new = _wrapper("SIRET-lieu-formation", "SIRET", siret)
    insert_in_order(lieu, new, CHILD_ORDER["lieu-de-formation"])
    return new


def add_code_uai(element: etree._Element, uai: str) -> etree._Element:
    """Item 7: add the ``code-UAI-*`` wrapper fitting ``element`` with its ``code-UAI``.

    ``lieu-de-formation`` gets ``code-UAI-lieu-formation``, ``organisme-formation-responsable``
    ``code-UAI-organisme-formation``, ``organisme-formateur`` ``code-UAI-formateur``.

    Args:
        element: one of those three 2.3 elements.
        uai: 7 digits and the check letter, e.g. ``0292338J``.

    Returns:
        The new wrapper element.

    Raises:
        MigrationError: wrong element, invalid UAI, or one already present.

    Added in 0.1.
    """
    name = _expect(element, *_UAI_WRAPPERS)
    if not is_valid_uai(uai):
        raise MigrationError(f"invalid UAI {uai!r}: 7 digits and the check letter expected")
    wrapper = _UAI_WRAPPERS[name]
    if children(element, wrapper):
        raise MigrationError(f"this {name} already has a {wrapper}")
    new = _wrapper(wrapper, "code-UAI", uai)
    insert_in_order(element, new, CHILD_ORDER[name])
    return new


def add_cycle(
    session: etree._Element, type_cycle: str, annees: Sequence[int] = ()
) -> etree._Element:
    """Item 10: add a ``cycle`` (``type-cycle`` from ``dict-type-cycle``, and ``annee-cycle``).

    Args:
        session: a 2.3 ``session``.
        type_cycle: ``"0"`` (formation initiale) or ``"1"`` (contrat d'apprentissage).
        annees: the years of the cycle (``annee-cycle``), e.g. ``[1]``.

    Returns:
        The new ``cycle`` element, placed after any existing one.

    Raises:
        MigrationError: wrong element or a code outside ``dict-type-cycle``.

    Added in 0.1.
    """
    _expect(session, "session")
    if type_cycle not in ("0", "1"):
        raise MigrationError(f"type-cycle {type_cycle!r} is not in dict-type-cycle (0, 1)")
    new = etree.Element(qn("cycle"))
    new.append(_leaf("type-cycle", type_cycle))
    for annee in annees:
        new.append(_leaf("annee-cycle", str(int(annee))))
    insert_in_order(session, new, CHILD_ORDER["session"])
    return new


def add_enseignement(
    action: etree._Element, libelle: str, type_enseignement: str, obligatoire: bool
) -> etree._Element:
    """Item 11: add an ``enseignement`` to a 2.3 ``action``.

    Args:
        action: a 2.3 ``action``.
        libelle: ``libelle-enseignement``, 1 to 255 characters.
        type_enseignement: a key of ``dict-type-enseignement`` (``"1"`` … ``"10"``).
        obligatoire: whether the teaching is compulsory.

    Returns:
        The new ``enseignement`` element, placed after any existing one.

    Raises:
        MigrationError: wrong element, bad label or code.

    Added in 0.1.
    """
    _expect(action, "action")
    if not 1 <= len(libelle) <= 255:
        raise MigrationError("libelle-enseignement takes 1 to 255 characters")
    if type_enseignement not in {str(i) for i in range(1, 11)}:
        raise MigrationError(
            f"type-enseignement {type_enseignement!r} is not in dict-type-enseignement (1-10)"
        )
    new = etree.Element(qn("enseignement"))
    new.append(_leaf("libelle-enseignement", libelle))
    new.append(_leaf("type-enseignement", type_enseignement))
    new.append(_leaf("obligatoire", "1" if obligatoire else "0"))
    insert_in_order(action, new, CHILD_ORDER["action"])
    return new


def add_langue_formation(action: etree._Element, code: str) -> etree._Element:
    """Item 12: add a ``langue-formation`` (2.3 allows up to 5) to a 2.3 ``action``.

    Args:
        action: a 2.3 ``action``.
        code: a two-letter language code, e.g. ``"fr"``.

    Returns:
        The new ``langue-formation`` element.

    Raises:
        MigrationError: wrong element, bad code, or already 5 languages.

    Added in 0.1.
    """
    _expect(action, "action")
    if len(code) != 2:
        raise MigrationError(f"langue-formation {code!r}: two letters expected")
    if len(children(action, "langue-formation")) >= 5:
        raise MigrationError("2.3 allows at most 5 langue-formation in an action")
    new = _leaf("langue-formation", code)
    insert_in_order(action, new, CHILD_ORDER["action"])
    return new
