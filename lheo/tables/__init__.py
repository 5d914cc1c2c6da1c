"""Official LHÉO code tables (the ``dict-*`` tables) of versions 1.3.0, 2.2 and 2.3.

One module per version, one :class:`CodeTable` attribute per table::

    >>> from lheo import tables
    >>> tables.v2_3.niveaux["0"]
    'information non communiquée'
    >>> tables.get("2.3", "dict-type-cycle") is tables.v2_3.type_cycle
    True
    >>> tables.v2_2.boolean is tables.v2_3.boolean  # unchanged tables are shared
    True

Codes are strings. Geographic, FORMACODE, ROME and NSF reference data are not included.
See :mod:`lheo.tables.v1_3_0` for what the 1.3.0 tables are built from.

Added in 0.1.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from lheo.errors import UnsupportedVersionError
from lheo.tables import v1_3_0, v2_2, v2_3
from lheo.tables._table import CodeTable, TableKeyError
from lheo.versions import Version

__all__ = [
    "NIVEAUX_2019",
    "NIVEAUX_WITHOUT_EQUIVALENT",
    "VERSIONS",
    "CodeTable",
    "TableKeyError",
    "get",
    "niveau_rank",
    "tables_for",
    "v1_3_0",
    "v2_2",
    "v2_3",
]

#: The LHÉO versions that have code tables, oldest first (every :class:`lheo.Version`).
VERSIONS: Final[tuple[str, ...]] = tuple(version.value for version in Version)

# Each version's tables module is named in the version registry (lheo.versions).
_BY_VERSION: Final[Mapping[str, Mapping[str, CodeTable]]] = MappingProxyType(
    {version.value: importlib.import_module(version.tables_module).TABLES for version in Version}
)
_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {alias: version.value for version in Version for alias in version.facts.aliases}
)


def _canonical(version: str) -> str:
    """The canonical spelling of ``version`` (``"2.3"``), or :class:`UnsupportedVersionError`."""
    # A str-valued Enum member (lheo.Version) hashes by name, not by value: use its value.
    key: object = version.value if isinstance(version, enum.Enum) else version
    if isinstance(key, str):
        key = _ALIASES.get(key, key)
        if key in _BY_VERSION:
            return key
    raise UnsupportedVersionError(
        f"no LHÉO code tables for version {key!r}; known versions: {', '.join(VERSIONS)}"
    )


def tables_for(version: str) -> Mapping[str, CodeTable]:
    """Return every code table of one LHÉO version, keyed by dict name.

    Args:
        version: ``"1.3.0"``, ``"2.2"`` or ``"2.3"`` (``"1.3"``, ``"2.2.0"`` and ``"2.3.0"``
            are accepted), or a :class:`lheo.Version` member.

    Returns:
        The read-only mapping ``"dict-niveaux"`` → :class:`CodeTable` of that version, in the
        official order.

    Raises:
        UnsupportedVersionError: ``version`` is not one of :data:`VERSIONS` (it is a
            :class:`ValueError`).
    """
    return _BY_VERSION[_canonical(version)]


def get(version: str, name: str) -> CodeTable:
    """Return one code table of one LHÉO version.

    Args:
        version: ``"1.3.0"``, ``"2.2"`` or ``"2.3"`` (``"1.3"``, ``"2.2.0"`` and ``"2.3.0"``
            are accepted), or a :class:`lheo.Version` member.
        name: the dict name, with or without its ``dict-`` prefix (``"dict-niveaux"``,
            ``"niveaux"``); the module attribute spelling (``"type_cycle"``) is accepted too.

    Returns:
        The :class:`CodeTable`.

    Raises:
        UnsupportedVersionError: ``version`` is unknown (a :class:`ValueError`).
        TableKeyError: (a :class:`KeyError`) ``version`` has no table called ``name``; the
            message lists the known ones.
    """
    canonical = _canonical(version)
    tables = _BY_VERSION[canonical]
    if not isinstance(name, str):
        raise TableKeyError(f"table name must be a str, got {name!r}")
    key = name.replace("_", "-")
    if not key.startswith("dict-"):
        key = "dict-" + key
    try:
        return tables[key]
    except KeyError:
        raise TableKeyError(
            f"LHÉO {canonical} has no code table {name!r}; known tables: {', '.join(tables)}"
        ) from None


# ---------------------------------------------------------------------------------------
# Niveaux: the old table (0 to 8) and the 2019 nomenclature (11 to 18)

#: The décret of 8 January 2019: each old ``dict-niveaux`` code that has an equivalent → the
#: code of the new nomenclature (old 8, niveau I, is 17; a doctorate is 18). The migration's
#: ``niveaux="decret-2019"`` applies it, :func:`niveau_rank` ranks with it.
NIVEAUX_2019: Final[Mapping[str, str]] = MappingProxyType(
    {"4": "13", "5": "14", "6": "15", "7": "16", "8": "17"}
)

#: Old codes without equivalent in the 2019 nomenclature: niveau VI and niveau V bis.
NIVEAUX_WITHOUT_EQUIVALENT: Final = frozenset({"2", "3"})

# Codes of dict-niveaux that are no level: "information non communiquée" ranks nowhere,
# "sans niveau spécifique" below every level.
_NO_LEVEL: Final = "0"
_ANY_LEVEL: Final = "1"


def niveau_rank(code: str, version: str = "2.3") -> int | None:
    """Rank of a ``dict-niveaux`` code on the 2019 scale, comparable across tables.

    The 2019 codes 11 to 18 rank 1 to 8 (``"14"``, niveau 4, is 4); an old code ranks as its
    equivalent (:data:`NIVEAUX_2019`: ``"5"``, niveau IV, is 4 like ``"14"``); ``"1"`` (sans
    niveau spécifique) ranks 0, below every level.

    Args:
        code: the code, as in the document (``"14"``, ``"5"``).
        version: the LHÉO version whose table the code is from (``"2.3"``, ``"2.2"``,
            ``"1.3.0"``): 11 to 18 exist only in 2.3.

    Returns:
        The rank, or ``None`` for ``"0"`` (information non communiquée), for ``"2"`` and
        ``"3"`` (no equivalent, :data:`NIVEAUX_WITHOUT_EQUIVALENT`) and for a code that is
        not in the version's table.

    Raises:
        UnsupportedVersionError: ``version`` is unknown.

    Example:
        >>> from lheo.tables import niveau_rank
        >>> niveau_rank("5", "2.2"), niveau_rank("14", "2.3"), niveau_rank("14", "2.2")
        (4, 4, None)

    Added in 0.2.
    """
    code = str(code).strip()
    if code not in get(version, "dict-niveaux") or code == _NO_LEVEL:
        return None
    if code == _ANY_LEVEL:
        return 0
    new = NIVEAUX_2019.get(code, code)
    if len(new) == 2 and new.startswith("1"):
        return int(new) - 10
    return None
