"""Checked constructors for the LHÉO 2.3 data a 2.2 flow cannot carry.

A migration never invents ``cycle``, ``enseignement``, ``code-UAI-*``, ``SIRET-lieu-formation``
or extra ``langue-formation`` (``onisep-2.2-to-2.3.md``, items 6, 7, 10, 11, 12): a script adds
them, during :func:`lheo.migrate` (``enrich=``) or afterwards, with these constructors, which
refuse a wrong UAI key, a wrong SIRET key or a code outside its table::

    from lheo import enrich
    action.code_uai_lieu_formation = enrich.code_uai_lieu_formation("0292338J")
    action.cycle = enrich.cycle(type_cycle="0", annee_cycle=[1])

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Sequence

from lheo import tables
from lheo._codes import is_valid_siret, is_valid_uai, uai_key
from lheo.errors import LheoError
from lheo.v2_3 import (
    AnneeCycle,
    CodeUai,
    CodeUaiFormateur,
    CodeUaiLieuFormation,
    CodeUaiOrganismeFormation,
    Cycle,
    DictBoolean,
    DictTypeCycle,
    DictTypeEnseignement,
    Enseignement,
    LangueFormation,
    LibelleEnseignement,
    Obligatoire,
    Siret,
    SiretLieuFormation,
    TypeCycle,
    TypeEnseignement,
)

__all__ = [
    "InvalidCodeError",
    "check_siret",
    "check_uai",
    "code_uai_formateur",
    "code_uai_lieu_formation",
    "code_uai_organisme_formation",
    "cycle",
    "enseignement",
    "langues_formation",
    "siret_lieu_formation",
]


class InvalidCodeError(LheoError, ValueError):
    """A UAI, SIRET or table code that does not pass its check."""


def check_uai(code: str) -> str:
    """Check a UAI (RNE) establishment code and return it.

    A UAI is 7 digits and a check letter: the letter at ``int(digits) % 23`` in the alphabet
    without I, O and Q. Example: ``0292338J``.

    Raises:
        InvalidCodeError: wrong shape or wrong key (the message gives the expected letter).
    """
    if len(code) != 8 or not code[:7].isdigit() or not code[7].isalpha():
        raise InvalidCodeError(f"UAI {code!r} must be 7 digits and a letter (e.g. 0292338J)")
    if not is_valid_uai(code):
        expected = uai_key(code[:7])
        raise InvalidCodeError(f"UAI {code!r} has a wrong key: expected {code[:7]}{expected}")
    return code


def check_siret(code: str) -> str:
    """Check a SIRET (14 digits with a Luhn key) and return it.

    La Poste's establishments (SIREN 356000000) do not follow Luhn: the sum of their digits is
    a multiple of 5 instead (INSEE's documented exception).

    Raises:
        InvalidCodeError: not 14 digits, or a wrong key.
    """
    if len(code) != 14 or not code.isdigit():
        raise InvalidCodeError(f"SIRET {code!r} must be 14 digits")
    if not is_valid_siret(code):
        raise InvalidCodeError(f"SIRET {code!r} has a wrong key (Luhn check failed)")
    return code


def _checked(table: tables.CodeTable, code: str, what: str) -> str:
    if code not in table:
        choices = ", ".join(f"{k} ({v})" for k, v in table.items())
        raise InvalidCodeError(f"{what} {code!r} is not in {table.name}: {choices}")
    return code


def code_uai_lieu_formation(uai: str) -> CodeUaiLieuFormation:
    """``<code-UAI-lieu-formation><code-UAI>…</code-UAI></code-UAI-lieu-formation>`` (item 7)."""
    return CodeUaiLieuFormation(code_uai=CodeUai(value=check_uai(uai)))


def code_uai_formateur(uai: str) -> CodeUaiFormateur:
    """``<code-UAI-formateur>`` wrapping a checked UAI (item 7)."""
    return CodeUaiFormateur(code_uai=CodeUai(value=check_uai(uai)))


def code_uai_organisme_formation(uai: str) -> CodeUaiOrganismeFormation:
    """``<code-UAI-organisme-formation>`` wrapping a checked UAI (item 7)."""
    return CodeUaiOrganismeFormation(code_uai=CodeUai(value=check_uai(uai)))


def siret_lieu_formation(siret: str) -> SiretLieuFormation:
    """``<SIRET-lieu-formation><SIRET>…</SIRET></SIRET-lieu-formation>`` (item 6)."""
    return SiretLieuFormation(siret=Siret(value=check_siret(siret)))


def cycle(*, type_cycle: str, annee_cycle: Sequence[int] = ()) -> Cycle:
    """``<cycle>`` with a ``type-cycle`` from ``dict-type-cycle`` and its years (item 10)."""
    code = _checked(tables.v2_3.type_cycle, str(type_cycle), "type-cycle")
    years = [AnneeCycle(value=int(year)) for year in annee_cycle]
    return Cycle(type_cycle=TypeCycle(value=DictTypeCycle(code)), annee_cycle=years)


def enseignement(*, libelle: str, type_enseignement: str, obligatoire: bool) -> Enseignement:
    """``<enseignement>`` with a ``type-enseignement`` from ``dict-type-enseignement`` (item 11)."""
    code = _checked(tables.v2_3.type_enseignement, str(type_enseignement), "type-enseignement")
    if not libelle or len(libelle) > 255:
        raise InvalidCodeError("libelle-enseignement must have 1 to 255 characters")
    return Enseignement(
        libelle_enseignement=LibelleEnseignement(value=libelle),
        type_enseignement=TypeEnseignement(value=DictTypeEnseignement(code)),
        obligatoire=Obligatoire(value=DictBoolean("1" if obligatoire else "0")),
    )


def langues_formation(*codes: str) -> list[LangueFormation]:
    """Several ``langue-formation`` (2.3 makes it repeatable, item 12): 2-letter codes."""
    result = []
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise InvalidCodeError(f"langue-formation {code!r} must be a 2-letter code (e.g. fr)")
        result.append(LangueFormation(value=code))
    return result
