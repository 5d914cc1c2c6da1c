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
    "VERSIONS",
    "CodeTable",
    "TableKeyError",
    "get",
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
