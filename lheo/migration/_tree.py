"""lxml helpers of the migration: namespaces, grammar facts of LHÉO 2.3, paths, edits.

Namespaces, roots and repeatable elements come from the version registry
(:mod:`lheo.versions`). The order facts below are copied from the official 2.3 XSD
(``lheo.xsd``, generated from ``lheo-gml.xml`` at tag 2.3.0);
``tests/test_migration_engine.py`` checks them against it.
"""

from __future__ import annotations

import functools

from lxml import etree

from lheo import _xml
from lheo.versions import Version

NS_2_2 = Version.V2_2.namespace
NS_2_3 = Version.V2_3.namespace

#: Root elements of an LHÉO 2.2 document (the migration's input).
ROOT_NAMES = frozenset(Version.V2_2.roots)

#: Elements the rules report on: their input paths (and XML) go into the report.
TRACKED = frozenset(
    {
        "offres", "extras", "extra", "coordonnees", "ligne", "duree-indicative",
        "code-niveau-entree", "code-niveau-sortie", "date-information", "code-RNCP",
        "code-CERTIFINFO", "langue-formation",
    }
)  # fmt: skip

#: Child order of the 2.3 content models where the migration (or a script completing the
#: migrated flow) places a new element.
CHILD_ORDER: dict[str, tuple[str, ...]] = {
    "action": (
        "rythme-formation", "code-public-vise", "info-public-vise", "niveau-entree-obligatoire",
        "modalites-alternance", "modalites-enseignement", "conditions-specifiques",
        "prise-en-charge-frais-possible", "lieu-de-formation", "modalites-entrees-sorties",
        "url-action", "duree-cycle", "session", "adresse-information", "date-information",
        "restauration", "hebergement", "transport", "acces-handicapes", "langue-formation",
        "modalites-recrutement", "modalites-pedagogiques", "code-modalite-pedagogique",
        "equipement", "frais-restants", "code-perimetre-recrutement",
        "infos-perimetre-recrutement", "prix-horaire-TTC", "prix-total-TTC", "duree-indicative",
        "nombre-heures-centre", "nombre-heures-entreprise", "nombre-heures-total",
        "detail-conditions-prise-en-charge", "conventionnement", "duree-conventionnee",
        "organisme-formateur", "organisme-financeur", "enseignement", "extras",
    ),
    "adresse": (
        "denomination", "ligne", "codepostal", "ville", "departement", "code-INSEE-commune",
        "code-INSEE-canton", "region", "pays", "geolocalisation", "extras",
    ),
    "lieu-de-formation": (
        "SIRET-lieu-formation", "code-UAI-lieu-formation", "coordonnees", "extras",
    ),
    "organisme-formation-responsable": (
        "numero-activite", "SIRET-organisme-formation", "nom-organisme", "raison-sociale",
        "coordonnees-organisme", "contact-organisme", "renseignements-specifiques", "potentiel",
        "code-UAI-organisme-formation", "extras",
    ),
    "organisme-formateur": (
        "SIRET-formateur", "raison-sociale-formateur", "contact-formateur", "potentiel",
        "code-UAI-formateur", "reference-certification", "extras",
    ),
    "session": (
        "periode", "adresse-inscription", "modalites-inscription", "periode-inscription",
        "etat-recrutement", "recrutement", "url-session", "contact-session",
        "reference-certification", "blocs-competences", "cycle", "extras",
    ),
}  # fmt: skip


def qn(name: str) -> str:
    """Return the Clark name of a 2.3 element, e.g. ``{http://lheo.gouv.fr/2.3}action``."""
    return f"{{{NS_2_3}}}{name}"


def local(el: etree._Element, ns: str = NS_2_3) -> str | None:
    """Return the local name of ``el`` when it is an element of namespace ``ns``, else ``None``."""
    tag = el.tag
    prefix = "{" + ns + "}"
    if isinstance(tag, str) and tag.startswith(prefix):
        return tag[len(prefix) :]
    return None


def lheo_local(el: etree._Element) -> str | None:
    """Return the local name of an LHÉO 2.2 or 2.3 element, ``None`` for any other node."""
    return local(el, NS_2_3) or local(el, NS_2_2)


def children(el: etree._Element, name: str) -> list[etree._Element]:
    """Return the direct 2.3 children of ``el`` called ``name``."""
    return list(el.iterchildren(qn(name)))


def iter_named(root: etree._Element, *names: str) -> list[etree._Element]:
    """Return (document order) the 2.3 elements of ``root`` with one of ``names``.

    A list, not an iterator: the rules edit the tree while they walk these elements.
    """
    return list(root.iter(*(qn(n) for n in names)))


def norm(value: str | None) -> str:
    """Collapse the white space of an ``info`` value: ``" URI  LIEU"`` → ``URI LIEU``."""
    return " ".join((value or "").split())


def only_text(el: etree._Element) -> str | None:
    """Return the stripped text of a leaf element, or ``None`` when it holds child elements."""
    if not len(el):
        return (el.text or "").strip()
    if any(isinstance(c.tag, str) for c in el):
        return None
    return ((el.text or "") + "".join(c.tail or "" for c in el)).strip()


def text(value: str | bytes) -> str:
    """Return an lxml value as ``str`` (lxml-stubs type attribute values as ``str | bytes``)."""
    return value.decode() if isinstance(value, bytes) else value


def remove(el: etree._Element) -> None:
    """Detach ``el`` from its parent, keeping the layout and any non-blank tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    prev = el.getprevious()
    if tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    elif el.getnext() is None and tail:
        # The last child's tail holds the indentation of the closing tag: hand it over.
        if prev is not None:
            prev.tail = tail
        else:
            parent.text = tail
    parent.remove(el)


def insert_in_order(parent: etree._Element, new: etree._Element, order: tuple[str, ...]) -> None:
    """Insert ``new`` among the children of ``parent`` where the 2.3 sequence ``order`` wants it.

    ``new`` goes before the first child that the sequence places after it; the layout (the white
    space around siblings) is copied from the neighbours.
    """
    rank = {name: i for i, name in enumerate(order)}
    mine = rank[local(new) or ""]
    anchor: etree._Element | None = None
    for child in parent:
        name = local(child)
        if name is not None and rank.get(name, -1) > mine:
            anchor = child
            break
    if anchor is not None:
        prev = anchor.getprevious()
        new.tail = (prev.tail if prev is not None else parent.text) or None
        if new.tail is not None and new.tail.strip():
            new.tail = None
        anchor.addprevious(new)
        return
    last = parent[-1] if len(parent) else None
    if last is None:
        parent.append(new)
        return
    before = last.getprevious()
    indent = before.tail if before is not None else parent.text
    new.tail = last.tail
    last.tail = indent if indent is not None and not indent.strip() else last.tail
    parent.append(new)


def first_position(parent: etree._Element, new: etree._Element) -> None:
    """Insert ``new`` as the first child of ``parent``, before any element, keeping the layout."""
    first = next((c for c in parent if isinstance(c.tag, str)), None)
    if first is None:
        parent.append(new)
        return
    prev = first.getprevious()
    indent = prev.tail if prev is not None else parent.text
    new.tail = indent if indent is not None and not indent.strip() else None
    first.addprevious(new)


@functools.cache
def repeatable_names() -> frozenset[str]:
    """Elements with ``maxOccurs > 1`` in some content model of the 2.3 grammar (from its XSD).

    A superset of 2.2's. Report paths give them a position (``formation[2]``), other LHÉO
    elements appear without one (see :class:`PathIndex`).
    """
    return frozenset(child for _parent, child in Version.V2_3.repeatable)


class PathIndex(_xml.PathIndex):
    """Report paths (``/lheo/offres/formation[2]/action[1]``) of the elements of one tree.

    The builder of :mod:`lheo._xml`, with the migration's convention: an element of a name
    that repeats somewhere in the 2.3 grammar (a superset of 2.2) gets its position under
    any parent, in the input (2.2) tree as in the output (2.3) tree, so the paths of an
    element and of its migrated copy read alike; elements of other namespaces always get
    theirs. The rules work on one tree: its input paths are those of an index whose
    positions are frozen before a rule removes anything (see
    :meth:`lheo.migration._context.Context.remove`), its output paths those of an index
    made at the end.
    """

    def __init__(self, root: etree._Element, ns: str, root_path: str | None = None) -> None:
        """Index the tree below ``root``.

        Args:
            root: the top of the indexed tree.
            ns: the namespace whose elements are named by their local name.
            root_path: the path of ``root`` when it is not a document's root (a formation
                migrated on its own: ``/lheo/offres/formation[3]``).
        """
        super().__init__(root, namespace=ns, root_path=root_path, positioned=repeatable_names())
