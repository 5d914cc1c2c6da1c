"""The registry of LHÉO versions: namespaces, schemas, bindings and document kinds.

Detection, reading, validation and writing all look versions up here, so adding a version
means adding one member.
"""

from __future__ import annotations

import enum
import functools
import importlib
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

from lheo.errors import UnsupportedVersionError

__all__ = ["Version"]


class Version(str, enum.Enum):
    """A supported LHÉO version; the value is the version string (``"2.3"``).

    Added in 0.1.
    """

    V1_3_0 = "1.3.0"
    V2_2 = "2.2"
    V2_3 = "2.3"

    def __str__(self) -> str:
        return self.value

    @property
    def namespace(self) -> str:
        """XML namespace of this version."""
        return _NAMESPACES[self]

    @property
    def module_name(self) -> str:
        """Suffix used by the per-version modules (``v2_3``)."""
        return "v" + self.value.replace(".", "_")

    @property
    def roots(self) -> tuple[str, ...]:
        """Local names of the document roots of this version (``lheo`` first)."""
        return _ROOTS[self]

    @property
    def schema_path(self) -> Path:
        """Path of the project's XSD for this version (shipped as package data)."""
        ref = resources.files("lheo") / "schemas" / self.value / "lheo.xsd"
        return Path(str(ref))

    def bindings(self) -> ModuleType:
        """The generated bindings module (``lheo_bindings.v2_3``)."""
        return importlib.import_module(f"lheo_bindings.{self.module_name}")

    def element_class(self, local_name: str) -> type[Any]:
        """Binding class of the global element ``local_name`` of this version.

        Imports the generated bindings (the first call per version takes a while:
        :meth:`has_element` answers without them).

        Raises:
            KeyError: no such global element in this version.
        """
        return _element_classes(self)[local_name]

    def has_element(self, local_name: str) -> bool:
        """Whether ``local_name`` is a global element of this version (read from its XSD)."""
        return local_name in element_names(self)

    @classmethod
    def from_namespace(cls, ns: str | None) -> Version:
        """Version whose namespace is ``ns``.

        Raises:
            UnsupportedVersionError: unknown namespace (the message says what was found).
        """
        for version, known in _NAMESPACES.items():
            if ns == known:
                return version
        known_list = ", ".join(_NAMESPACES.values())
        raise UnsupportedVersionError(
            f"unknown LHÉO namespace {ns!r}; supported namespaces: {known_list}"
        )

    @classmethod
    def parse(cls, value: str | Version) -> Version:
        """Normalise ``"2.3"``, ``"v2_3"``, ``"2_3"`` or a :class:`Version` to a member.

        Raises:
            UnsupportedVersionError: not a supported version.
        """
        if isinstance(value, Version):
            return value
        text = str(value).strip().lower().lstrip("v").replace("_", ".")
        if text == "1.3":
            text = "1.3.0"
        for version in cls:
            if version.value == text:
                return version
        supported = ", ".join(v.value for v in cls)
        raise UnsupportedVersionError(
            f"unsupported LHÉO version {value!r}; supported versions: {supported}"
        )


_NAMESPACES: dict[Version, str] = {
    Version.V1_3_0: "http://www.lheo.org/1.3.0",
    Version.V2_2: "http://www.lheo.org/2.2",
    Version.V2_3: "http://lheo.gouv.fr/2.3",
}

_ROOTS: dict[Version, tuple[str, ...]] = {
    Version.V1_3_0: ("lheo", "lheo-leger", "lheo-plus"),
    Version.V2_2: ("lheo", "lheo-index", "lheo-plus"),
    Version.V2_3: ("lheo", "lheo-index", "lheo-plus"),
}


@functools.cache
def _element_classes(version: Version) -> dict[str, type[Any]]:
    module = version.bindings()
    found: dict[str, type[Any]] = {}
    for name in getattr(module, "__all__", dir(module)):
        cls = getattr(module, name)
        meta = getattr(cls, "Meta", None)
        if isinstance(cls, type) and meta is not None:
            if getattr(meta, "namespace", None) == version.namespace:
                found[meta.name] = cls
    return found


_XS = "{http://www.w3.org/2001/XMLSchema}"


@functools.cache
def element_names(version: Version) -> frozenset[str]:
    """Local names of the global elements of the version's XSD.

    The elements that may be a document root or a bound item, i.e. those the bindings have a
    class for (:meth:`Version.element_class`). Read from the XSD, which is parsed in about a
    millisecond, because importing the bindings takes hundreds: detection and validation
    (``lheo validate``, ``lheo info``) never import them.
    """
    from lheo import _xml

    xsd = _xml.parse_file(version.schema_path).getroot()
    return frozenset(str(element.get("name")) for element in xsd.iterchildren(f"{_XS}element"))


@functools.cache
def _content(version: Version) -> tuple[tuple[str, str, bool], ...]:
    """``(parent, child, repeats)`` for every element reference in the version's XSD."""
    from lheo import _xml

    xsd = _xml.parse_file(version.schema_path).getroot()
    found: dict[tuple[str, str], bool] = {}
    for element in xsd.iterchildren(f"{_XS}element"):
        parent = str(element.get("name"))
        for ref in element.iter(f"{_XS}element"):
            target = ref.get("ref")
            if target is None:
                continue
            child = target.rsplit(":", 1)[-1]
            repeats = False
            node: Any = ref
            while node is not None and node is not element:
                if node.get("maxOccurs", "1") != "1":
                    repeats = True
                    break
                node = node.getparent()
            found[(parent, child)] = found.get((parent, child), False) or repeats
    return tuple((parent, child, repeats) for (parent, child), repeats in found.items())


@functools.cache
def repeatable(version: Version) -> frozenset[tuple[str, str]]:
    """``(parent, child)`` local-name pairs where the child may occur more than once.

    Read from the version's XSD; used to write paths as ``formation[2]/action[1]/periode``
    (positions only where the schema allows repetition).
    """
    return frozenset((parent, child) for parent, child, repeats in _content(version) if repeats)


@functools.cache
def children(version: Version) -> frozenset[tuple[str, str]]:
    """``(parent, child)`` local-name pairs where the version's XSD allows the child.

    Read from the XSD (every element's content model; the project's schemas declare every
    element globally and use no named content types or groups). An element is where the
    schema puts it when every step of its path from the root is such a pair: ``lheo info``
    counts only those, as reading binds only those.
    """
    return frozenset((parent, child) for parent, child, _repeats in _content(version))
