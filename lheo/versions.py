"""The registry of LHÉO versions: every per-version fact lheo uses, in one place.

Detection, reading, validation, writing, streaming, ``lheo info``, the code tables and the
Onisep views all look versions up here. Adding a version means adding its schema
(``lheo/schemas/<version>/lheo.xsd``, with its generated bindings and code tables) and one
:class:`Version` member with its :class:`VersionFacts` entry in ``_FACTS``; a member without
a complete entry fails at import (``tests/test_versions.py`` then runs every feature on a
document of each member). Facts read from the schema (which elements repeat where) are
computed from it when first asked for, not listed here.
"""

from __future__ import annotations

import enum
import functools
import importlib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any, Final, Literal

import attrs

from lheo.errors import UnsupportedVersionError

__all__ = ["OnisepStyle", "Version", "VersionFacts"]

#: Where Onisep values live: ``"2.2"`` in child ``extra`` elements of the Onisep blocks,
#: ``"2.3"`` in ``uri``/``horodatage-*`` attributes (see :mod:`lheo.onisep`).
OnisepStyle = Literal["2.2", "2.3"]


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
    def facts(self) -> VersionFacts:
        """Every registered fact of this version (see :class:`VersionFacts`)."""
        return _FACTS[self]

    @property
    def namespace(self) -> str:
        """XML namespace of this version."""
        return _FACTS[self].namespace

    @property
    def module_name(self) -> str:
        """Suffix used by the per-version modules (``v2_3``)."""
        return "v" + self.value.replace(".", "_")

    @property
    def roots(self) -> tuple[str, ...]:
        """Local names of the document roots of this version (``lheo`` first)."""
        return _FACTS[self].roots

    @property
    def item(self) -> str:
        """Local name of a formation, the item of an ``offres`` (``offre-formation`` in 1.3.0)."""
        return _FACTS[self].item

    def containers(self, kind: str) -> tuple[tuple[str, str], ...]:
        """The item containers of a document of root ``kind``: ``(container, item)`` pairs.

        In document order, e.g. ``(("offres", "formation"),)`` for ``lheo`` in 2.3. Empty for
        a kind whose document holds no items read one at a time: ``lheo-plus``, or any other
        global element as the root (a lone ``formation``).
        """
        return _FACTS[self].containers.get(kind, ())

    @property
    def streamed_kinds(self) -> tuple[str, ...]:
        """The roots whose documents hold items (the kinds streaming reads and writes)."""
        facts = _FACTS[self]
        return tuple(kind for kind in facts.roots if facts.containers[kind])

    @property
    def item_names(self) -> tuple[str, ...]:
        """Local names of every item of every kind (``formation``, ``resume-offre``…), once."""
        facts = _FACTS[self]
        names = (item for kind in facts.roots for _container, item in facts.containers[kind])
        return tuple(dict.fromkeys(names))

    @property
    def counted(self) -> Mapping[str, str]:
        """What ``lheo info`` counts: label (``"formations"``) → element local name."""
        return _FACTS[self].counted

    @property
    def tables_module(self) -> str:
        """Module of this version's code tables (:mod:`lheo.tables.v2_3`)."""
        return _FACTS[self].tables

    @property
    def onisep_style(self) -> OnisepStyle:
        """Where this version's Onisep blocks keep their values (see :data:`OnisepStyle`)."""
        return _FACTS[self].onisep_style

    @property
    def repeatable(self) -> frozenset[tuple[str, str]]:
        """``(parent, child)`` pairs where the child may repeat (see :func:`repeatable`)."""
        return repeatable(self)

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
        for version, facts in _FACTS.items():
            if ns == facts.namespace:
                return version
        known_list = ", ".join(facts.namespace for facts in _FACTS.values())
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
        for version in cls:
            if text == version.value or text in _FACTS[version].aliases:
                return version
        supported = ", ".join(v.value for v in cls)
        raise UnsupportedVersionError(
            f"unsupported LHÉO version {value!r}; supported versions: {supported}"
        )

    @classmethod
    def of_binding(cls, obj: object) -> Version:
        """Version of a typed object, by the generated bindings module its class comes from.

        Raises:
            UnsupportedVersionError: ``obj`` is not an instance of a generated binding.
        """
        module = type(obj).__module__
        for version in cls:
            package = f"lheo_bindings.{version.module_name}"
            if module == package or module.startswith(package + "."):
                return version
        known = ", ".join(f"lheo.{version.module_name}" for version in cls)
        raise UnsupportedVersionError(
            f"{type(obj).__name__} (from {module}) is not a typed LHÉO object of a supported "
            f"version ({known})"
        )


# ---------------------------------------------------------------------------------------
# The facts of each version


def _frozen(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class VersionFacts:
    """What lheo knows of one LHÉO version besides its schema: one entry of the registry.

    Every field is required (a new version states each fact, nothing defaults to another
    version's), and :func:`check_registry` checks them at import.

    Attributes:
        namespace: the version's XML namespace.
        roots: local names of its document roots (the document kinds), ``lheo`` first.
        containers: for each root, the containers of its items, as ``(container, item)``
            pairs in document order; ``()`` for a root whose document is read whole.
        item: local name of a formation, the item of the ``lheo`` root's ``offres``.
        counted: what ``lheo info`` counts, label → element local name, in display order;
            ``"formations"`` is :attr:`item`.
        tables: module of the version's code tables (``"lheo.tables.v2_3"``).
        onisep_style: where its Onisep blocks keep URIs and dates (:data:`OnisepStyle`).
        aliases: other spellings :meth:`Version.parse` and :mod:`lheo.tables` accept.
    """

    namespace: str
    roots: tuple[str, ...]
    containers: Mapping[str, tuple[tuple[str, str], ...]] = attrs.field(converter=_frozen)
    item: str
    counted: Mapping[str, str] = attrs.field(converter=_frozen)
    tables: str
    onisep_style: OnisepStyle
    aliases: tuple[str, ...]


def _problems(facts: VersionFacts) -> Iterable[str]:
    """What is wrong with one entry (nothing for a complete, consistent one)."""
    if not facts.namespace:
        yield "namespace is empty"
    if not facts.roots or facts.roots[0] != "lheo":
        yield f"roots must start with 'lheo', got {facts.roots!r}"
    missing = [root for root in facts.roots if root not in facts.containers]
    if missing:
        yield f"containers has no entry for the roots {missing} (give () when none)"
    extra = [kind for kind in facts.containers if kind not in facts.roots]
    if extra:
        yield f"containers names kinds that are not roots: {extra}"
    if (("offres", facts.item),) != tuple(facts.containers.get("lheo", ())):
        yield f"the 'lheo' root must contain ('offres', {facts.item!r}) (the formations)"
    if facts.counted.get("formations") != facts.item:
        yield f"counted['formations'] must be the item {facts.item!r}"
    if not facts.tables:
        yield "tables (the module of the code tables) is empty"
    if facts.onisep_style not in ("2.2", "2.3"):
        yield f"onisep_style must be '2.2' or '2.3', got {facts.onisep_style!r}"


def check_registry(members: Iterable[Any], registry: Mapping[Any, VersionFacts]) -> None:
    """Check that every member has a complete, consistent entry, or raise naming the gap.

    Called at import on :class:`Version` and its registry, so a new member cannot reach a
    feature with a fact missing.

    Raises:
        TypeError: a member without entry or with a wrong one (the message names the
            version and the fact).
    """
    namespaces: dict[str, Any] = {}
    for member in members:
        label = f"LHÉO {getattr(member, 'value', member)}"
        facts = registry.get(member)
        if facts is None:
            raise TypeError(
                f"{label} has no entry in the version registry (lheo.versions._FACTS): "
                "add its VersionFacts"
            )
        if not isinstance(facts, VersionFacts):
            raise TypeError(f"{label}: registry entry is {facts!r}, not a VersionFacts")
        for problem in _problems(facts):
            raise TypeError(f"{label}: registry entry: {problem}")
        if facts.namespace in namespaces:
            raise TypeError(
                f"{label}: namespace {facts.namespace!r} is also LHÉO "
                f"{getattr(namespaces[facts.namespace], 'value', namespaces[facts.namespace])}"
            )
        namespaces[facts.namespace] = member


_INDEXES = (("resumes-offres", "resume-offre"), ("resumes-organismes", "resume-organisme"))

_FACTS: dict[Version, VersionFacts] = {
    Version.V1_3_0: VersionFacts(
        namespace="http://www.lheo.org/1.3.0",
        roots=("lheo", "lheo-leger", "lheo-plus"),
        containers={
            "lheo": (("offres", "offre-formation"),),
            "lheo-leger": _INDEXES,
            "lheo-plus": (),
        },
        item="offre-formation",
        counted={
            "formations": "offre-formation",
            "actions": "action-formation",
            "sessions": "session",
            "organismes": "organisme-formation-responsable",
            "organismes-formateurs": "organisme-formateur",
            "resumes-offres": "resume-offre",
            "resumes-organismes": "resume-organisme",
        },
        tables="lheo.tables.v1_3_0",
        onisep_style="2.2",  # no uri/horodatage-* attributes before 2.3
        aliases=("1.3",),
    ),
    Version.V2_2: VersionFacts(
        namespace="http://www.lheo.org/2.2",
        roots=("lheo", "lheo-index", "lheo-plus"),
        containers={"lheo": (("offres", "formation"),), "lheo-index": _INDEXES, "lheo-plus": ()},
        item="formation",
        counted={
            "formations": "formation",
            "actions": "action",
            "sessions": "session",
            "organismes": "organisme-formation-responsable",
            "organismes-formateurs": "organisme-formateur",
            "resumes-offres": "resume-offre",
            "resumes-organismes": "resume-organisme",
        },
        tables="lheo.tables.v2_2",
        onisep_style="2.2",
        # "2.2.0" is the old spelling (changelog: "abandon du troisième chiffre de version").
        aliases=("2.2.0",),
    ),
    Version.V2_3: VersionFacts(
        namespace="http://lheo.gouv.fr/2.3",
        roots=("lheo", "lheo-index", "lheo-plus"),
        containers={"lheo": (("offres", "formation"),), "lheo-index": _INDEXES, "lheo-plus": ()},
        item="formation",
        counted={
            "formations": "formation",
            "actions": "action",
            "sessions": "session",
            "organismes": "organisme-formation-responsable",
            "organismes-formateurs": "organisme-formateur",
            "resumes-offres": "resume-offre",
            "resumes-organismes": "resume-organisme",
        },
        tables="lheo.tables.v2_3",
        onisep_style="2.3",
        aliases=("2.3.0",),
    ),
}

check_registry(Version, _FACTS)


# ---------------------------------------------------------------------------------------
# Element classes (generated bindings)


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


# ---------------------------------------------------------------------------------------
# Content models read from the XSD


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


#: ``maxOccurs="unbounded"`` as a number of children.
UNBOUNDED: Final = 1 << 30


@attrs.frozen
class Child:
    """One element reference in a global element's content model.

    Attributes:
        name: the child's local name.
        required: its ``minOccurs`` is not 0.
        most: its ``maxOccurs`` (:data:`UNBOUNDED` for ``unbounded``).
    """

    name: str
    required: bool
    most: int


@functools.cache
def content_model(version: Version, element: str) -> tuple[Child, ...]:
    """The children of the global ``element`` of the version's XSD, in declaration order.

    The project's schemas declare every element globally, as a flat ``xs:sequence`` or
    ``xs:all`` of references (``resume-offre``, ``contact-formation``…).
    """
    declaration = _declaration(version, element)
    found = []
    for ref in declaration.iter(f"{_XS}element"):
        if ref.get("ref") is not None:
            most = ref.get("maxOccurs", "1")
            found.append(
                Child(
                    name=str(ref.get("ref")).rsplit(":", 1)[-1],
                    required=ref.get("minOccurs", "1") != "0",
                    most=UNBOUNDED if most == "unbounded" else int(most),
                )
            )
    return tuple(found)


@functools.cache
def attributes(version: Version, element: str) -> frozenset[str]:
    """The attribute names the global ``element`` of the version's XSD declares."""
    declaration = _declaration(version, element)
    xsd = declaration.getroottree().getroot()
    groups = {g.get("name"): g for g in xsd.iterchildren(f"{_XS}attributeGroup")}
    names: set[str] = set()
    pending = [declaration]
    while pending:
        for node in pending.pop().iter(f"{_XS}attribute", f"{_XS}attributeGroup"):
            if node.tag == f"{_XS}attribute" and node.get("name"):
                names.add(str(node.get("name")))
            elif node.get("ref") is not None:
                pending.append(groups[str(node.get("ref")).rsplit(":", 1)[-1]])
    return frozenset(names)


def _declaration(version: Version, element: str) -> Any:
    """The ``xs:element`` declaring the global ``element`` in the version's XSD."""
    from lheo import _xml

    xsd = _xml.parse_file(version.schema_path).getroot()
    return next(e for e in xsd.iterchildren(f"{_XS}element") if e.get("name") == element)


@functools.cache
def children(version: Version) -> frozenset[tuple[str, str]]:
    """``(parent, child)`` local-name pairs where the version's XSD allows the child.

    Read from the XSD (every element's content model; the project's schemas declare every
    element globally and use no named content types or groups). An element is where the
    schema puts it when every step of its path from the root is such a pair: ``lheo info``
    counts only those, as reading binds only those.
    """
    return frozenset((parent, child) for parent, child, _repeats in _content(version))
