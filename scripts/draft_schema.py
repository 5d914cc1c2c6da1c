"""One-off drafting tool: write the lheo project's own compact XSD for LHÉO 2.2 / 2.3.

It reads the official generated schema (structure, facets, code values) and the GML
grammar source (element full names, code-list names and labels) from ../shared/lheo and
prints a compact schema following the project's design:

* attribute groups ``common`` / ``dates`` / ``links``;
* named simple types (``texte-*``, ``date-aaaammjj``, ``nombre``, ``dict-*``);
* one named ``*-element`` complex type per simple type used by simple-content elements;
* every element global, complex ones with an anonymous complex type.

Usage: python scripts/draft_schema.py 2.3 > lheo/schemas/2.3/lheo.xsd

The output is a draft: the committed schemas were reviewed (and may be polished) by hand.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
XS = "{http://www.w3.org/2001/XMLSchema}"
GML_NS = {"2.2": "http://www.gelaba.org/gml/1.1", "2.3": "http://www.gelaba.org/gml/1.2"}

COMMON = ["numero", "info", "ref", "id", "idref", "tag"]
COMMON_23 = ["horodatage-creation", "horodatage-modification", "horodatage-export", "uri"]
DATES = ["datemaj", "datecrea"]
LINKS = ["href", "file"]
ROOTS_LAST = ["lheo-index", "lheo-plus"]


def local(qname: str) -> str:
    return qname.split(":", 1)[1] if ":" in qname else qname


def norm_space(text: str) -> str:
    return " ".join(text.split())


class Official:
    """What the official generated XSD says about each element."""

    def __init__(self, version: str) -> None:
        root = etree.parse(str(SHARED / version / "lheo.xsd")).getroot()
        self.tns = root.get("targetNamespace")
        self.groups: dict[str, list[tuple[str, str]]] = {}
        self.simple: dict[str, etree._Element] = {}
        self.complex: dict[str, etree._Element] = {}
        self.elements: list[str] = []
        for child in root:
            name = child.get("name")
            if child.tag == XS + "attributeGroup":
                self.groups[name[: -len("-attributes")]] = [
                    (a.get("name"), a.get("type")) for a in child
                ]
            elif child.tag == XS + "simpleType":
                self.simple[name[: -len("-subtype")]] = child.find(XS + "restriction")
            elif child.tag == XS + "complexType" and name.endswith("-subtype"):
                self.complex[name[: -len("-subtype")]] = child
            elif child.tag == XS + "element":
                self.elements.append(name)
        self.extra_anytype = {
            ct.get("name")[: -len("-type")]
            for ct in root.iter(XS + "complexType")
            if ct.find(f"{XS}complexContent/{XS}extension[@base='xs:anyType']") is not None
        }

    def facets(self, name: str) -> tuple:
        r = self.simple[name]
        fac = tuple(
            (etree.QName(f).localname, f.get("value"))
            for f in r
            if etree.QName(f).localname != "enumeration"
        )
        enum = tuple(f.get("value") for f in r if etree.QName(f).localname == "enumeration")
        return r.get("base"), fac, enum

    def particles(self, name: str) -> etree._Element:
        ct = self.complex[name]
        return ct[0]


class Gml:
    """Full names, code-list names and labels from the GML grammar."""

    def __init__(self, version: str) -> None:
        ns = {"g": GML_NS[version]}
        root = etree.parse(str(SHARED / version / "lheo-gml.xml")).getroot()
        self.fullname: dict[str, str] = {}
        self.dict_of: dict[str, str] = {}
        for d in root.findall("g:definition", ns):
            fn = d.find("g:fullname", ns)
            if fn is not None and fn.text:
                self.fullname[d.get("name")] = norm_space(fn.text)
            key = d.find("g:element_type/g:basic_key", ns)
            if key is not None:
                self.dict_of[d.get("name")] = key.get("ref")
        self.dicts: dict[str, tuple[str, list[tuple[str, str]]]] = {}
        for d in root.findall("g:dict", ns):
            fn = d.find("g:fullname", ns)
            # an entry may carry several keys for one label (dict-AIS: 2 and 3)
            entries = [
                (k.get("val"), norm_space(e.find("g:value", ns).get("val")))
                for e in d.findall("g:entry", ns)
                for k in e.findall("g:key", ns)
            ]
            self.dicts[d.get("name")] = (norm_space(fn.text or ""), entries)


def text_type_name(fac: tuple) -> str:
    """texte-N (1..N chars), texte-max-N (0..N), texte-fixe-N (exactly N), texte-A-a-B (A..B).

    Words between the numbers keep the xsdata class names distinct (Texte25 vs Texte2A5).
    """
    f = dict(fac)
    lo, hi = f.get("minLength"), f["maxLength"]
    if lo == "1":
        return f"texte-{hi}"
    if lo is None:
        return f"texte-max-{hi}"
    if lo == hi:
        return f"texte-fixe-{hi}"
    return f"texte-{lo}-a-{hi}"


def class_key(name: str) -> str:
    """Strict stand-in for the xsdata class name (case and separators ignored)."""
    return "".join(ch for ch in name.lower() if ch.isalnum())


def draft(version: str) -> str:
    off = Official(version)
    gml = Gml(version)

    # --- value spaces: one simple type per distinct facet set ---------------------------
    simple_of: dict[str, str] = {}  # element -> simple type name
    simple_defs: OrderedDict[str, tuple] = OrderedDict()
    for el in off.elements:
        if el not in off.simple:
            continue
        base, fac, enum = off.facets(el)
        if enum:
            name = gml.dict_of[el]
            fullname, entries = gml.dicts[name]
            assert tuple(k for k, _ in entries) == enum, (el, name)
            assert base == "xs:token" and not fac
        elif base == "xs:long":
            assert not fac
            name = "nombre"
        elif base == "xs:token":
            assert dict(fac).keys() == {"length", "pattern"}, fac
            name = "date-aaaammjj"
        else:
            assert base == "xs:string" and set(dict(fac)) <= {"minLength", "maxLength"}, fac
            name = text_type_name(fac)
        key = (base, fac, enum)
        if name in simple_defs:
            assert simple_defs[name] == key, (name, key, simple_defs[name])
        simple_defs[name] = key
        simple_of[el] = name

    # --- attributes ------------------------------------------------------------------------
    common = COMMON + (COMMON_23 if version == "2.3" else [])
    attr_types = {}
    attr_groups: dict[str, list[str]] = {}
    for el, attrs in off.groups.items():
        names = [n for n, _ in attrs]
        for n, t in attrs:
            attr_types.setdefault(n, t)
            assert attr_types[n] == t
        extra = []
        if set(DATES) <= set(names):
            extra.append("dates")
        if set(LINKS) <= set(names):
            extra.append("links")
        expected = set(common) | {a for g in extra for a in (DATES if g == "dates" else LINKS)}
        assert set(names) == expected and len(names) == len(expected), (el, names)
        attr_groups[el] = extra

    # --- element order: depth-first from lheo, then the other roots --------------------------
    order: list[str] = []

    def visit(el: str) -> None:
        if el in order:
            return
        order.append(el)
        if el in off.complex:
            for p in off.particles(el).iter(XS + "element"):
                visit(local(p.get("ref")))

    for root in ["lheo", *ROOTS_LAST]:
        visit(root)
    assert set(order) == set(off.elements), set(off.elements) ^ set(order)
    # the extension elements (used everywhere) get their own section after the lheo tree,
    # then lheo-index (and what only it uses), then lheo-plus
    first = order[: order.index("lheo-index")]
    index = order[order.index("lheo-index") :]
    ext = ["extras", "extra"]
    order = [e for e in first if e not in ext] + ext + [e for e in index if e not in ext]
    assert order[-1] == "lheo-plus"

    out: list[str] = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w("<!--")
    w(f"  LHÉO {version}: the lheo project's own XML schema, written for the lheo Python library.")
    w("")
    w(f"  It describes the same language as the official generated schema of LHÉO {version}")
    w("  (lheo-schema repository, definition/lheo-gml.xml, built with the GeLaBa scripts):")
    w("  same elements, order, cardinalities, facets, code lists and attributes. Its form is")
    w("  different and compact: shared attribute groups, named value types reused across")
    w("  elements, anonymous complex types. Every element stays global, so (as in the official")
    w("  schema) any element may be the root of a document.")
    w("  The code lists (dict-*) and their labels come from the official dict tables of the GML.")
    w("  Roots: lheo (offers), lheo-index (index of offers and organisations), lheo-plus.")
    w("  First drafted with scripts/draft_schema.py; checked by tests/test_schemas_v2.py.")
    w("-->")
    w('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"')
    w(f'           xmlns:l="{off.tns}"')
    w(f'           targetNamespace="{off.tns}"')
    w('           elementFormDefault="qualified">')
    w("")
    w("  <!-- ===== Attribute groups ===== -->")
    w("")

    def attr_group(name: str, doc: str, attrs: list[str]) -> None:
        w(f'  <xs:attributeGroup name="{name}">')
        w(f"    <xs:annotation><xs:documentation>{escape(doc)}</xs:documentation></xs:annotation>")
        for a in attrs:
            w(f'    <xs:attribute name="{a}" type="{attr_types[a]}"/>')
        w("  </xs:attributeGroup>")

    attr_group(
        "common", "Attributs communs à tous les éléments / attributes of every element.", common
    )
    attr_group("dates", "Dates de mise à jour et de création / update and creation dates.", DATES)
    attr_group(
        "links", "Lien vers une description externe / link to an external description.", LINKS
    )
    w("")
    w("  <!-- ===== Value types: texts by length, date, number, code lists (dict-*) ===== -->")

    def sort_key(item: tuple[str, tuple]) -> tuple:
        name, (base, fac, enum) = item
        rank = 0 if name.startswith("texte") else 1 if not enum else 2
        f = dict(fac)
        return (rank, int(f.get("maxLength", 0)), int(f.get("minLength", -1)), name)

    for i, (name, (base, fac, enum)) in enumerate(sorted(simple_defs.items(), key=sort_key)):
        if i == 0 or not name.startswith("texte"):
            w("")
        w(f'  <xs:simpleType name="{name}">')
        if enum:
            w(
                f"    <xs:annotation><xs:documentation>{escape(gml.dicts[name][0])}"
                "</xs:documentation></xs:annotation>"
            )
        elif name == "date-aaaammjj":
            w(
                "    <xs:annotation><xs:documentation>Date AAAAMMJJ (AAAAMM00 = un mois,"
                " AAAA0000 = une année; 00000000 ou 99999999 = inconnue)"
                "</xs:documentation></xs:annotation>"
            )
        if not fac and not enum:
            w(f'    <xs:restriction base="{base}"/>')
        elif not enum:
            facets = "".join(f"<xs:{k} value={quoteattr(v)}/>" for k, v in fac)
            w(f'    <xs:restriction base="{base}">{facets}</xs:restriction>')
        else:
            w(f'    <xs:restriction base="{base}">')
            for k, v in fac:
                w(f"      <xs:{k} value={quoteattr(v)}/>")
            if enum:
                for code, label in gml.dicts[name][1]:
                    w(
                        f"      <xs:enumeration value={quoteattr(code)}>"
                        f"<xs:annotation><xs:documentation>{escape(label)}</xs:documentation>"
                        "</xs:annotation></xs:enumeration>"
                    )
            w("    </xs:restriction>")
        w("  </xs:simpleType>")

    w("")
    w("  <!-- ===== Simple-content element types (value + common attributes) ===== -->")
    used = [n for n, _ in sorted(simple_defs.items(), key=sort_key)]
    w("")
    for name in used:
        w(f'  <xs:complexType name="{name}-element">')
        w(
            f'    <xs:simpleContent><xs:extension base="l:{name}">'
            '<xs:attributeGroup ref="l:common"/></xs:extension></xs:simpleContent>'
        )
        w("  </xs:complexType>")
    all_names = [*simple_defs, *(f"{n}-element" for n in simple_defs), *order]
    assert len({class_key(n) for n in all_names}) == len(all_names), "class name clash"

    headings = {
        "lheo": "Root lheo: offres de formation / training offers",
        "formation": "formation: the offer",
        "coordonnees": "coordonnees: name, address, phones, e-mail, web",
        "action": "action: how and where the training runs",
        "session": "session: dates and recruitment",
        "organisme-formation-responsable": "organisme-formation-responsable",
        "identifiant-module": "modules",
        "extras": "Extensions: extras / extra (any content)",
        "lheo-index": "Root lheo-index: index of offers and organisations",
        "lheo-plus": "Root lheo-plus: an lheo document plus a list of organisations",
    }

    w("")
    w("  <!-- ===== Elements, top-down ===== -->")
    for el in order:
        h = headings.get(el)
        if h:
            w("")
            w(f"  <!-- == {h} == -->")
        if el in simple_of:
            assert not attr_groups[el]
            w(f'  <xs:element name="{el}" type="l:{simple_of[el]}-element"/>')
            continue
        w("")
        w(f'  <xs:element name="{el}">')
        fn = gml.fullname.get(el)
        if fn:
            w(
                f"    <xs:annotation><xs:documentation>{escape(fn)}</xs:documentation>"
                "</xs:annotation>"
            )
        if el in off.extra_anytype:
            w("    <!-- as the official xs:anyType extension: text, any elements/attributes -->")
            w('    <xs:complexType mixed="true">')
            w("      <xs:sequence>")
            w('        <xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/>')
            w("      </xs:sequence>")
            w('      <xs:attributeGroup ref="l:common"/>')
            w('      <xs:anyAttribute processContents="lax"/>')
            w("    </xs:complexType>")
            w("  </xs:element>")
            continue
        w("    <xs:complexType>")
        group = off.particles(el)
        gname = etree.QName(group).localname
        occ = "".join(f' {a}="{group.get(a)}"' for a in ("minOccurs", "maxOccurs") if group.get(a))
        w(f"      <xs:{gname}{occ}>")
        for p in group:
            assert p.tag == XS + "element", p.tag
            occ = "".join(
                f' {a}="{p.get(a)}"'
                for a in ("minOccurs", "maxOccurs")
                if p.get(a) and p.get(a) != "1"
            )
            w(f'        <xs:element ref="l:{local(p.get("ref"))}"{occ}/>')
        w(f"      </xs:{gname}>")
        w('      <xs:attributeGroup ref="l:common"/>')
        for g in attr_groups[el]:
            w(f'      <xs:attributeGroup ref="l:{g}"/>')
        w("    </xs:complexType>")
        w("  </xs:element>")
    w("")
    w("</xs:schema>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(draft(sys.argv[1]))
