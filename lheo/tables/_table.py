"""The :class:`CodeTable` type: one LHÉO code table (a ``dict-*`` of the grammar).

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from lheo.errors import LheoError

__all__ = ["CodeTable", "TableKeyError"]

#: How many codes a "not a code" message lists before eliding the rest.
_MAX_CODES_IN_MESSAGE = 20


class TableKeyError(LheoError, KeyError):
    """Unknown code in a table, or unknown table: a :class:`KeyError` with a readable ``str()``.

    Unlike a plain :class:`KeyError`, ``str(error)`` is the message itself, not its ``repr()``.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _to_entries(value: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Freeze the ``(code, label)`` pairs into a tuple of 2-tuples."""
    return tuple((code, label) for code, label in value)


def _to_versions(value: Iterable[str]) -> tuple[str, ...]:
    """Freeze the version names into a tuple."""
    return tuple(value)


@attrs.frozen(kw_only=True, repr=False)
class CodeTable(Mapping[str, str]):
    """An official LHÉO code table: an immutable, ordered mapping of code → label.

    Codes and labels are always strings (``"0"``, ``"08"`` keep their exact spelling) and the
    iteration order is the official order of the table, which is not always sorted.

    >>> t = CodeTable(name="dict-boolean", version="2.3", entries=[("0", "non"), ("1", "oui")])
    >>> t["1"], t.codes, "2" in t, t.is_valid("0")
    ('oui', ('0', '1'), False, True)

    Equality compares every public attribute (not only the mapping); tables are hashable.

    Attributes:
        name: name of the table in the grammar, e.g. ``"dict-niveaux"``.
        version: LHÉO version the table belongs to (``"1.3.0"``, ``"2.2"`` or ``"2.3"``). A table
            shared unchanged by several versions carries the earliest one; see ``versions``.
        entries: the ``(code, label)`` pairs, in the official order.
        fullname: human-readable French name of the table (``"Niveaux"``), or ``""``.
        versions: every LHÉO version that uses this very table object (defaults to
            ``(version,)``), e.g. ``("2.2", "2.3")`` for ``dict-boolean``.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    version: str = attrs.field(validator=attrs.validators.instance_of(str))
    entries: tuple[tuple[str, str], ...] = attrs.field(converter=_to_entries)
    fullname: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    versions: tuple[str, ...] = attrs.field(converter=_to_versions)
    _labels: dict[str, str] = attrs.field(init=False, eq=False)

    @versions.default
    def _versions_default(self) -> tuple[str, ...]:
        return (self.version,)

    @_labels.default
    def _labels_default(self) -> dict[str, str]:
        return dict(self.entries)

    @entries.validator
    def _check_entries(
        self,
        attribute: attrs.Attribute[tuple[tuple[str, str], ...]],
        value: tuple[tuple[str, str], ...],
    ) -> None:
        seen: set[str] = set()
        for code, label in value:
            if not isinstance(code, str) or not isinstance(label, str):
                raise TypeError(
                    f"{self.name}: codes and labels must be str, got {code!r}: {label!r}"
                )
            if code in seen:
                raise ValueError(f"{self.name}: duplicate code {code!r}")
            seen.add(code)

    @versions.validator
    def _check_versions(
        self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if self.version not in value:
            raise ValueError(
                f"{self.name}: versions {value!r} must include version {self.version!r}"
            )

    @property
    def codes(self) -> tuple[str, ...]:
        """Every code of the table, in the official order."""
        return tuple(self._labels)

    def label(self, code: str) -> str:
        """Return the official label of ``code``.

        Args:
            code: a code of this table, as a string (``"5"``, not ``5``).

        Returns:
            The French label of the code.

        Raises:
            TableKeyError: (a :class:`KeyError`) ``code`` is not a code of this table; the
                message names the table, its version(s) and the valid codes.
        """
        return self[code]

    def is_valid(self, code: str) -> bool:
        """Tell whether ``code`` is a code of this table.

        The comparison is exact: no whitespace stripping, no int/str conversion.

        Args:
            code: the value to check.

        Returns:
            ``True`` if ``code`` is one of :attr:`codes`.
        """
        return code in self

    def __getitem__(self, code: str) -> str:
        try:
            return self._labels[code]
        except (KeyError, TypeError):
            raise TableKeyError(self._not_a_code(code)) from None

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._labels

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return (
            f"<CodeTable {self.name} (LHÉO {'/'.join(self.versions)}): "
            f"{len(self)} codes {', '.join(self.codes[:_MAX_CODES_IN_MESSAGE])}"
            f"{', ...' if len(self) > _MAX_CODES_IN_MESSAGE else ''}>"
        )

    def _not_a_code(self, code: object) -> str:
        shown = ", ".join(self.codes[:_MAX_CODES_IN_MESSAGE])
        if len(self) > _MAX_CODES_IN_MESSAGE:
            shown += f", ... ({len(self)} codes)"
        what = f" ({self.fullname})" if self.fullname else ""
        hint = " (codes are strings)" if not isinstance(code, str) else ""
        return (
            f"{code!r} is not a code of {self.name}{what}, LHÉO {'/'.join(self.versions)}"
            f"{hint}; valid codes: {shown}"
        )
