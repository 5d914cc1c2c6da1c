"""``lheo.parse`` and :class:`Tree`: a parsed document whose elements are typed views."""

from __future__ import annotations

import copy
import importlib
import os
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from lxml import etree

from lheo import _xml
from lheo._detect import detect, prepare_tree
from lheo._xml import Source
from lheo.errors import LheoError
from lheo.versions import Version
from lheo.views._base import ElementView, lookup

if TYPE_CHECKING:
    from lheo._document import Document
    from lheo._validate import ValidationReport

__all__ = ["Tree", "parse", "views_module"]

V = TypeVar("V", bound=ElementView)

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def views_module(version: str | Version) -> ModuleType:
    """The generated views module of ``version`` (:mod:`lheo.views.v2_3`…), imported.

    Importing it registers its classes for lheo's view parsers.
    """
    found = Version.parse(version)
    return importlib.import_module(f"lheo.views.{found.module_name}")


class Tree:
    """A parsed LHÉO document whose elements are typed views (see :func:`lheo.parse`).

    Attributes:
        version: the document's :class:`~lheo.Version`.
        kind: local name of its root element (``"lheo"``, ``"lheo-index"``…).
        source: display name of where it was read from.

    Added in 0.2.
    """

    __slots__ = ("_tree", "kind", "source", "version")

    def __init__(self, tree: etree._ElementTree, version: Version, kind: str, source: str) -> None:
        self._tree = tree
        self.version = version
        self.kind = kind
        self.source = source

    def __repr__(self) -> str:
        return f"<lheo.Tree {self.version.value} {self.kind} from {self.source}>"

    @property
    def root(self) -> Any:
        """The root element's view (``LheoView`` of the version for an ``lheo`` document).

        Typed ``Any`` since its class depends on the document; :meth:`root_as` gives it
        the static type of a view class.
        """
        return self._tree.getroot()

    def root_as(self, cls: type[V]) -> V:
        """The root view, checked to be a ``cls`` (``tree.root_as(v2_3.LheoView)``).

        Raises:
            TypeError: the root is of another element or version.
        """
        root = self._tree.getroot()
        if not isinstance(root, cls):
            raise TypeError(
                f"the root of {self.source} is a {type(root).__name__} (LHÉO "
                f"{self.version.value} <{self.kind}>), not a {cls.__name__}"
            )
        return root

    @property
    def etree(self) -> etree._ElementTree:
        """The underlying lxml tree (its elements are the views)."""
        return self._tree

    def validate(self) -> ValidationReport:
        """Validate the document as it is now against its version's schema."""
        from lheo._validate import validate_tree

        return validate_tree(self._tree, self.version, self.source)

    def to_bytes(self, *, pretty: bool = False) -> bytes:
        """The document as UTF-8 bytes (see :meth:`write`)."""
        return b"".join(self._pieces(pretty))

    def _pieces(self, pretty: bool) -> tuple[bytes, bytes, bytes]:
        # Joined once (or written one by one): a large document is not copied twice.
        tree = self._tree
        if pretty:
            tree = copy.deepcopy(tree)
            etree.indent(tree, space="  ")
        return _DECLARATION, etree.tostring(tree, encoding="UTF-8", xml_declaration=False), b"\n"

    def write(
        self, target: str | os.PathLike[str] | None = None, *, pretty: bool = False
    ) -> bytes | None:
        """Write the document: everything of the source is kept, changes where they were made.

        The bytes are the source's, re-encoded in UTF-8 under an XML declaration that says
        so (comments, processing instructions, DOCTYPE, attribute order, white space and
        unknown content kept); only an empty element is written ``<x/>`` (lxml's
        serialisation: the same document in canonical form).

        Args:
            target: a path, written atomically (never a half-written file); ``None`` returns
                the bytes.
            pretty: re-indent the document (two spaces) instead of keeping its white space.

        Returns:
            The bytes when ``target`` is ``None``, else ``None``.

        Raises:
            OutputError: the target cannot be written.
        """
        pieces = self._pieces(pretty)
        if target is None:
            return b"".join(pieces)
        from lheo._files import AtomicFile

        with AtomicFile(target) as out:
            for piece in pieces:
                out.write(piece)
        return None

    def to_document(self, *, strict: bool = True) -> Document:
        """The document as typed attrs objects (:class:`~lheo.Document`), as :func:`lheo.read`.

        Args:
            strict: as for :func:`lheo.read` (an invalid document raises
                :class:`~lheo.ValidationError`).
        """
        from lheo._reader import read_tree

        data = etree.tostring(self._tree, encoding="UTF-8")
        tree = _xml.parse_bytes(data, self.source)
        return read_tree(tree, version=self.version, strict=strict, name=self.source, data=data)


def parse(source: Source, *, version: str | Version | None = None) -> Tree:
    """Parse an LHÉO document into typed views, converting values only when read.

    Much faster than :func:`lheo.read` (it builds no objects: the parse is lxml's), and
    everything of the source is kept, so an unchanged tree writes back the same bytes.
    The same safe parser and version detection as :func:`lheo.read`; the document is not
    validated (:meth:`Tree.validate` does).

    Example::

        tree = lheo.parse("flux.xml")
        for formation in tree.root.offres.formation:
            print(formation.intitule_formation, formation.code_niveau_sortie.label)

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        version: the version to assume; needed only when the root has no namespace.

    Returns:
        The :class:`Tree`.

    Raises:
        ParseError: not well-formed XML (with line and column), truncated, or hostile
            (:class:`~lheo.UnsafeXmlError`).
        NotLheoError: the root element or its namespace is not LHÉO.
        UnsupportedVersionError: unknown LHÉO version, or no namespace and no ``version=``.

    Added in 0.2.
    """
    data, name = _xml.read_bytes(source)
    # Classes are given to elements when lxml first wraps them, so the version's classes
    # must be registered before the parse: the root's name says which.
    try:
        views_module(detect(data)[0])
    except LheoError:
        pass  # the parse or prepare_tree below raises the typed error with its position
    tree = _xml.parse_bytes(data, name, lookup=lookup())
    renamed = not str(tree.getroot().tag).startswith("{")
    found, kind, _xsi = prepare_tree(tree, version, name)
    views_module(found)
    if renamed:
        # A 1.3.0 document without namespace was moved into it after lxml wrapped the root
        # in a plain element: a copy wraps every element anew, with its view class.
        tree = copy.deepcopy(tree)
    return Tree(tree, found, kind, name)
