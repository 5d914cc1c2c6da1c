"""Check keys of the identifiers LHÉO 2.3 carries: UAI (establishments) and SIRET."""

from __future__ import annotations

import re

#: The 23 letters of the UAI key alphabet (no I, O, Q).
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
#: La Poste's SIREN: its establishments' SIRET do not follow Luhn (INSEE's exception).
LA_POSTE_SIREN = "356000000"


def uai_key(digits: str) -> str:
    """The check letter of the 7 digits of a UAI: ``digits % 23`` in :data:`UAI_LETTERS`."""
    return UAI_LETTERS[int(digits) % 23]


def is_valid_uai(value: str) -> bool:
    """Whether ``value`` is 7 digits followed by their check letter (e.g. ``0292338J``)."""
    match = re.fullmatch(r"(\d{7})([A-Z])", value)
    return match is not None and uai_key(match.group(1)) == match.group(2)


def is_valid_siret(value: str) -> bool:
    """Whether ``value`` is 14 digits with a valid Luhn key (La Poste: digit sum multiple of 5)."""
    if not re.fullmatch(r"\d{14}", value):
        return False
    digits = [int(c) for c in value]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    if total % 10 == 0:
        return True
    return value.startswith(LA_POSTE_SIREN) and sum(digits) % 5 == 0
