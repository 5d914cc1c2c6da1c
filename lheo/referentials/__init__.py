"""Offline French geographic referential: communes, départements, régions.

Lookups on the official geographic code (INSEE) with La Poste postcodes, as published by
Etalab in the npm package ``@etalab/decoupage-administratif`` (Licence Ouverte 2.0)::

    >>> from lheo import referentials
    >>> strasbourg = referentials.commune("67482")
    >>> strasbourg.name, strasbourg.departement, strasbourg.region
    ('Strasbourg', '67', '44')
    >>> referentials.region("44").name
    'Grand Est'
    >>> [c.code for c in referentials.communes_for_postcode("57000")]
    ['57463']

The table is a compact copy derived by ``scripts/build_referentials.py`` and shipped in the
package (``lheo/referentials/data``, see :func:`provenance` for its version and licence):
nothing here needs npm or the network. It is read once, on the first lookup (about 37,000
lines, in a fraction of a second), under a lock, so that threads share one copy.

Closed establishments are not shipped (SIRENE's stock is several gigabytes and changes every
month): :class:`ClosedSirets` reads the caller's copy, for the rule ``siret-ferme`` of
:mod:`lheo.rules`.

Added in 0.2.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, Literal, TypeVar, cast

import attrs

from lheo.referentials._closed import ClosedSirets

__all__ = [
    "ClosedSirets",
    "Commune",
    "Departement",
    "Region",
    "commune",
    "communes",
    "communes_for_postcode",
    "departement",
    "provenance",
    "region",
]

#: What a code of the table stands for: a current commune, a municipal arrondissement (Paris,
#: Lyon, Marseille), or a former commune (``deleguee``/``associee``) whose code is no current
#: commune's.
Kind = Literal["commune", "arrondissement", "deleguee", "associee"]

_KINDS: Final[Mapping[str, Kind]] = {
    "commune": "commune",
    "arrondissement": "arrondissement",
    "deleguee": "deleguee",
    "associee": "associee",
}


@attrs.frozen
class Commune:
    """A commune of the official geographic code.

    Attributes:
        code: its INSEE code (``"67482"``, ``"2A004"``).
        name: its name (``"Strasbourg"``).
        departement: the code of its département (``"67"``, ``"2A"``, ``"974"``).
        region: the code of its région (``"44"``).
        postcodes: its La Poste postcodes, in the source's order (empty for a former commune).
        kind: see :data:`Kind`.
        parent: the INSEE code of the current commune of an arrondissement or a former
            commune, ``None`` for a current commune.
    """

    code: str
    name: str
    departement: str
    region: str
    postcodes: tuple[str, ...]
    kind: Kind = "commune"
    parent: str | None = None

    @property
    def current(self) -> bool:
        """Whether the code is a current commune's or a municipal arrondissement's."""
        return self.kind in ("commune", "arrondissement")


@attrs.frozen
class Departement:
    """A département (or a collectivité d'outre-mer with a code of its own).

    Attributes:
        code: its code (``"67"``, ``"2A"``, ``"974"``).
        name: its name.
        region: the code of its région.
    """

    code: str
    name: str
    region: str


@attrs.frozen
class Region:
    """A région.

    Attributes:
        code: its INSEE code (``"44"``; ``"01"`` to ``"06"`` overseas).
        name: its name.
    """

    code: str
    name: str


class _Communes:
    """The communes, once read (the large part: 35k lines)."""

    def __init__(self) -> None:
        self.communes: dict[str, Commune] = {}
        self.by_postcode: dict[str, list[Commune]] = {}
        raw = gzip.decompress(_files().joinpath("communes.tsv.gz").read_bytes()).decode("utf-8")
        lines = raw.splitlines()
        for line in lines[1:]:  # the first is the header
            code, name, dep, reg, postcodes, kind, parent = line.split("\t")
            item = Commune(
                code, name, dep, reg, tuple(postcodes.split()), _KINDS[kind], parent or None
            )
            self.communes[code] = item
            for postcode in item.postcodes:
                self.by_postcode.setdefault(postcode, []).append(item)


class _Divisions:
    """The départements, régions and provenance, once read (small: no commune needed)."""

    def __init__(self) -> None:
        files = _files()
        divisions: dict[str, Any] = json.loads(files.joinpath("divisions.json").read_text("utf-8"))
        self.departements = {
            code: Departement(code, d["nom"], d["region"])
            for code, d in divisions["departements"].items()
        }
        self.regions = {code: Region(code, r["nom"]) for code, r in divisions["regions"].items()}
        self.provenance: Mapping[str, Any] = MappingProxyType(
            json.loads(files.joinpath("PROVENANCE.json").read_text("utf-8"))
        )


def _files() -> Any:
    return resources.files(__name__).joinpath("data")


_T = TypeVar("_T")
_LOCK: Final = threading.Lock()
_loaded: dict[type, Any] = {}


def _once(kind: type[_T]) -> _T:
    data = _loaded.get(kind)
    if data is None:
        with _LOCK:
            # Another thread may have read it while this one waited for the lock.
            data = _loaded.get(kind)
            if data is None:
                data = _loaded[kind] = kind()
    return cast(_T, data)


def _key(code: object) -> str:
    return code.strip().upper() if isinstance(code, str) else ""


def commune(code: str) -> Commune | None:
    """The commune of an INSEE code (``"67482"``), or ``None`` when the code is unknown.

    Municipal arrondissements (``"75101"``) and former communes (commune déléguée or
    associée) whose code is no current commune's are found too (see :attr:`Commune.kind`).
    """
    return _once(_Communes).communes.get(_key(code))


def communes() -> Mapping[str, Commune]:
    """Every code of the referential, by INSEE code (read-only)."""
    return MappingProxyType(_once(_Communes).communes)


def departement(code: str) -> Departement | None:
    """The département of a code (``"67"``, ``"2A"``, ``"974"``), or ``None``."""
    return _once(_Divisions).departements.get(_key(code))


def region(code: str) -> Region | None:
    """The région of an INSEE code (``"44"``), or ``None``."""
    return _once(_Divisions).regions.get(_key(code))


def communes_for_postcode(postcode: str) -> tuple[Commune, ...]:
    """The communes (and arrondissements) a La Poste postcode serves, in INSEE code order.

    Empty for a postcode the referential does not know (a CEDEX code, a typo).
    """
    return tuple(_once(_Communes).by_postcode.get(_key(postcode), ()))


def provenance() -> Mapping[str, Any]:
    """Where the table comes from: package, version, tarball URL and hashes, date, licence."""
    return _once(_Divisions).provenance
