"""lheo.index: the indexes of offer files (1.3.0 lheo-leger, 2.x lheo-index), the workflow."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import lheo
import lheo.carif as carif
import lheo.index as index
from tests.conftest import shared_path

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
OFFRE_130 = DATA / "offre-1.3.0.xml"
NS = "{http://lheo.gouv.fr/2.3}"
NS13 = "{http://www.lheo.org/1.3.0}"
XS = "{http://www.w3.org/2001/XMLSchema}"
LHEO_CLI = [sys.executable, "-m", "lheo"]


def _local(el: Any) -> str:
    return str(etree.QName(el).localname)


def _shape(el: Any, ignore: frozenset[str] = frozenset()) -> Any:
    """An element as comparable data: local name, attributes, text, children (recursively)."""
    attrib = {k: v for k, v in el.attrib.items() if k not in ignore}
    text = (el.text or "").strip()
    return (_local(el), attrib, text, [_shape(c, ignore) for c in el if isinstance(c.tag, str)])


def _grammar(version: str, element: str) -> list[tuple[str, str, str]]:
    """(child, minOccurs, maxOccurs) of a global element, read from our XSD with lxml."""
    xsd = etree.parse(str(Path(lheo.__file__).parent / "schemas" / version / "lheo.xsd"))
    (decl,) = xsd.getroot().xpath(f"xs:element[@name='{element}']", namespaces={"xs": XS[1:-1]})
    return [
        (r.get("ref").split(":")[-1], r.get("minOccurs", "1"), r.get("maxOccurs", "1"))
        for r in decl.iter(f"{XS}element")
        if r.get("ref")
    ]


def _write(tmp_path: Path, name: str, tree: Any) -> Path:
    path = tmp_path / name
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    return path


# ---------------------------------------------------------------------------------------
# 2.x


def test_index_of_the_catalogue_matches_the_example_index() -> None:
    # examples/data/index-2.3.xml was written by hand for this catalogue: the same summaries,
    # in the same order, with the same fields; its contact blocks keep only the first contact
    # of each formation (which the built ones start with), its sessions only their numero,
    # periode and some fields of their adresse-inscription.
    built = etree.fromstring(index.build([CATALOGUE], file_url=lambda p: p.name))
    assert lheo.validate(etree.tostring(built)).ok
    example = etree.parse(str(DATA / "index-2.3.xml")).getroot()
    mine, theirs = list(built.iter(f"{NS}resume-offre")), list(example.iter(f"{NS}resume-offre"))
    assert len(mine) == len(theirs) == 8
    contact, session = f"{NS}contact-formation-resume", f"{NS}session"
    for a, b in zip(mine, theirs, strict=True):
        assert dict(a.attrib) == dict(b.attrib)
        assert [_shape(x) for x in a if x.tag not in (contact, session)] == [
            _shape(y) for y in b if y.tag not in (contact, session)
        ]
        assert _shape(a.find(contact)) == _shape(b.find(contact))
        sessions = list(zip(a.iter(session), b.iter(session), strict=True))
        assert sessions
        for x, y in sessions:
            assert x.get("numero") == y.get("numero")  # (and its dates, not in the example)
            assert _shape(x.find(f"{NS}periode")) == _shape(y.find(f"{NS}periode"))
            address = f"{NS}adresse-inscription/{NS}adresse"
            for field in y.find(address):
                assert _shape(x.find(f"{address}/{field.tag}")) == _shape(field)
    # Its resume-organisme: one per organisme (the catalogue has two formations of the
    # first), in order; the example keeps only the uri and not the organisme's extras.
    mine = list(built.iter(f"{NS}resume-organisme"))
    theirs = list(example.iter(f"{NS}resume-organisme"))
    assert len(mine) == len(theirs) == 3
    for a, b in zip(mine, theirs, strict=True):
        assert dict(b.attrib).items() <= dict(a.attrib).items() and a.get("numero")
        assert [_shape(x) for x in a if x.tag != f"{NS}extras"] == [_shape(y) for y in b]


def test_2_3_contacts_are_those_of_the_formation() -> None:
    # Independent computation: each formation's contact-formation, read with XPath; the
    # summary's nom is "prénom nom" (no civilité); 2.3 allows any number of them.
    ns = {"l": NS[1:-1]}
    flow = etree.parse(str(CATALOGUE))
    expected: dict[str, list[tuple[str, str, list[str], str]]] = {}
    for action in flow.xpath("//l:action", namespaces=ns):
        contacts = action.xpath("../l:contact-formation", namespaces=ns)
        expected[action.get("numero")] = [
            (
                c.findtext(f"{NS}type-contact") or "",
                " ".join(
                    t
                    for t in (
                        c.xpath("string(l:coordonnees/l:prenom)", namespaces=ns),
                        c.xpath("string(l:coordonnees/l:nom)", namespaces=ns),
                    )
                    if t
                ),  # fmt: skip
                c.xpath("l:coordonnees/l:telfixe/l:numtel/text()", namespaces=ns),
                c.xpath("string(l:coordonnees/l:courriel)", namespaces=ns),
            )
            for c in contacts
        ]
    assert sum(len(v) for v in expected.values()) == 11  # by hand: 1+1+1+2+2+2+1+1
    built = etree.fromstring(index.build([CATALOGUE]))
    for summary in built.iter(f"{NS}resume-offre"):
        got = [
            (
                c.findtext(f"{NS}type-contact") or "",
                c.findtext(f"{NS}nom") or "",
                [n.text for n in c.iter(f"{NS}numtel")],
                c.findtext(f"{NS}courriel") or "",
            )
            for c in summary.iter(f"{NS}contact-formation-resume")
        ]
        assert got == expected[summary.get("numero")]
    names = [n.text for n in built.iter(f"{NS}nom")]
    assert "Amandine Wendling" in names and "Bastien Haller" in names


def test_2_2_contact_one_per_summary_and_empty_ones_left_out(tmp_path: Path) -> None:
    ns22 = "{http://www.lheo.org/2.2}"
    tree = etree.parse(str(DATA / "onisep-2.2.xml"))
    formations = list(tree.getroot().iter(f"{ns22}formation"))
    # The example's contacts are empty (<coordonnees/>): no contact in the summaries.
    plain = etree.fromstring(index.build([DATA / "onisep-2.2.xml"]))
    assert plain.find(f".//{ns22}contact-formation-resume") is None
    # Fill the first formation's contact, with a name too long for "prénom nom" (50) in the
    # second: that one keeps its nom alone.
    names = [("Jeanne", "Martin"), ("Marie-Christine-Alexandrine-Éléonore", "de La Tour-Maubourg")]
    for formation, (prenom, nom) in zip(formations[:2], names, strict=True):
        coordonnees = formation.find(f"{ns22}contact-formation/{ns22}coordonnees")
        for local, text in [("civilite", "Madame"), ("nom", nom), ("prenom", prenom)]:
            etree.SubElement(coordonnees, f"{ns22}{local}").text = text
        numtel = etree.SubElement(etree.SubElement(coordonnees, f"{ns22}telfixe"), f"{ns22}numtel")
        numtel.text = "01 02 03 04 05"
        etree.SubElement(coordonnees, f"{ns22}courriel").text = "j.martin@exemple.fr"
    path = _write(tmp_path, "onisep.xml", tree)
    data = index.build([path], version="2.2")
    assert lheo.validate(data).ok
    built = etree.fromstring(data)
    contacts = list(built.iter(f"{ns22}contact-formation-resume"))
    first_actions = [len(f.findall(f"{ns22}action")) for f in formations[:2]]
    assert len(contacts) == sum(first_actions)
    assert [_local(c) for c in contacts[0]] == ["nom", "telfixe", "courriel"]  # no type-contact
    assert contacts[0].findtext(f"{ns22}nom") == "Jeanne Martin"
    assert contacts[-1].findtext(f"{ns22}nom") == "de La Tour-Maubourg"
    assert contacts[0].findtext(f"{ns22}telfixe/{ns22}numtel") == "01 02 03 04 05"


def test_every_2_3_summary_field_of_the_grammar_is_filled_from_the_catalogue() -> None:
    grammar = [name for name, _min, _max in _grammar("2.3", "resume-offre")]
    built = etree.fromstring(index.build([CATALOGUE]))
    seen = {_local(c) for s in built.iter(f"{NS}resume-offre") for c in s}
    # extras: no summary field of an offer goes there in 2.x (its geolocation is an element).
    assert seen == set(grammar) - {"extras"}
    for summary in built.iter(f"{NS}resume-offre"):
        order = [grammar.index(_local(c)) for c in summary]
        assert order == sorted(order)


# ---------------------------------------------------------------------------------------
# 1.3.0


def test_1_3_0_index_of_the_bundled_offers_matches_the_example_index() -> None:
    # examples/data/index-1.3.0.xml was written by hand for examples/data/offre-1.3.0.xml.
    # Its href (the CARIF's HTML pages) are not in the offers, nor its FLUX-CARIF extras
    # (mark them with lheo.carif.mark).
    data = index.build([OFFRE_130], version="1.3.0", file_url=lambda p: p.name)
    assert lheo.validate(data).ok
    built = etree.fromstring(data)
    assert _local(built) == "lheo-leger"
    assert [_local(c) for c in built] == ["resumes-offres", "resumes-organismes"]
    example = etree.parse(str(DATA / "index-1.3.0.xml")).getroot()
    mine = list(built.iter(f"{NS13}resume-offre"))
    theirs = list(example.iter(f"{NS13}resume-offre"))
    assert len(mine) == len(theirs) == 2
    for a, b in zip(mine, theirs, strict=True):
        assert dict(a.attrib) == {"file": "offre-1.3.0.xml"} == {"file": b.get("file")}
        assert [_shape(x) for x in a] == [_shape(y) for y in b]
    # Its resume-organisme: the two responsible organismes (not the formateur), field by field.
    mine = list(built.iter(f"{NS13}resume-organisme"))
    theirs = list(example.iter(f"{NS13}resume-organisme"))
    assert len(mine) == len(theirs) == 2
    for a, b in zip(mine, theirs, strict=True):
        assert dict(a.attrib) == {} and set(b.attrib) == {"href"}
        assert [_shape(x) for x in a] == [_shape(y) for y in b]


def test_every_1_3_0_summary_field_in_grammar_order() -> None:
    # The grammar's resume-offre is an xs:all: its fields listed in lheo-leger.dtd order,
    # which the summaries follow; code-public-vise (one code) is left for its wrapper.
    grammar = _grammar("1.3.0", "resume-offre")
    assert grammar[:4] == [
        ("domaine-formation", "1", "1"),
        ("intitule-action", "1", "1"),
        ("nom-organisme", "1", "1"),
        ("SIRET", "1", "1"),
    ]
    names = [name for name, _min, _max in grammar]
    built = etree.fromstring(index.build([OFFRE_130]))
    first = next(built.iter(f"{NS13}resume-offre"))
    assert [_local(c) for c in first] == [n for n in names if n != "code-public-vise"]
    contact = [_local(c) for c in first.find(f"{NS13}contact-formation")]
    assert contact == [name for name, _min, _max in _grammar("1.3.0", "contact-formation")][:3]


# Where each summary field is in a 1.3.0 offer, for an independent computation.
_XPATHS_130 = {
    "domaine-formation": "l:action-formation/l:domaine-formation",
    "intitule-action": "l:action-formation/l:intitule-action",
    "nom-organisme": "l:organismes/l:organisme-formation-responsable/l:nom-organisme",
    "SIRET": "l:organismes/l:organisme-formation-responsable/l:SIRET-organisme-formation/l:SIRET",
    "codepostal": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation//l:codepostal",
    "code-INSEE-commune": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation"
    "//l:code-INSEE-commune",
    "ville": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation//l:ville",
    "departement": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation//l:departement",
    "region": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation//l:region",
    "diplomante": "l:action-formation/l:diplomante",
    "code-niveau-entree": "l:organisation-formation/l:conditions-pedagogiques/l:code-niveau-entree",
    "prise-en-charge-frais-possible": "l:organisation-formation/l:conditions-administratives/"
    "l:prise-en-charge-frais-possible",
    "remuneration-possible": "l:organisation-formation/l:conditions-administratives/"
    "l:remuneration-possible",
    "FOAD": "l:organisation-formation/l:conditions-pedagogiques/l:FOAD",
    "codes-public-vise": "l:action-formation/l:codes-public-vise",
    "nombre-heures-total": "l:organisation-formation/l:organisation-administrative/"
    "l:nombre-heures-total",
    "sessions": "l:organisation-formation/l:modalites-acces/l:sessions",
    "certification": "l:action-formation/l:certification",
    "extras": "l:organisation-formation/l:modalites-acces/l:lieu-de-formation//"
    "l:extras[@info='geolocalisation']",
}


def _values(el: Any) -> list[str]:
    return [t.strip() for t in el.itertext() if t.strip()]


@pytest.mark.parametrize(
    "name",
    [
        "exemple-conseiller-insertion.xml",
        "exemple-photographe.xml",
        "definition-exemple-photographe.xml",
        "manuel-exemple-conseiller.xml",
        "manuel-exemple-photographe.xml",
    ],
)
def test_1_3_0_index_of_the_official_offers(name: str) -> None:
    offer_path = shared_path("1.3.0", "examples", name)
    data = index.build([offer_path], file_url=lambda p: f"https://carif.example/{p.name}")
    assert lheo.validate(data).ok
    (summary,) = etree.fromstring(data).iter(f"{NS13}resume-offre")
    assert summary.get("file") == f"https://carif.example/{name}"
    offer = etree.parse(str(offer_path)).find(f".//{NS13}offre-formation")
    ns = {"l": NS13[1:-1]}
    for field, xpath in _XPATHS_130.items():
        expected = [v for e in offer.xpath(xpath, namespaces=ns) for v in _values(e)]
        got = [v for e in summary.findall(f"{NS13}{field}") for v in _values(e)]
        assert got == expected, field
    contact = offer.find(f"{NS13}action-formation/{NS13}contact-offre/{NS13}coordonnees")
    expected_contact = [
        contact.findtext(f"{NS13}nom"),
        *[n.text for n in contact.findall(f"{NS13}telfixe/{NS13}numtel")],
        contact.findtext(f"{NS13}courriel"),
    ]
    assert _values(summary.find(f"{NS13}contact-formation")) == [
        v.strip() for v in expected_contact if v and v.strip()
    ]


def test_1_3_0_index_of_the_conseiller_matches_the_official_index() -> None:
    # exemple-leger.xml is the official LHÉO-Léger index of exemple-conseiller-insertion.xml
    # (its 7075.xml): the same fields and values, but our contact-formation (the DTD's, not in
    # that example) and its info attributes (labels in capitals, not in the offer).
    leger = shared_path("1.3.0", "examples", "exemple-leger.xml")
    url = "http://formation.prao.org/echanges/lheo2008/7075.xml"
    offer = shared_path("1.3.0", "examples", "exemple-conseiller-insertion.xml")
    built = etree.fromstring(index.build([offer], file_url=lambda _p: url))
    (mine,) = built.iter(f"{NS13}resume-offre")
    (theirs,) = etree.parse(str(leger)).iter("resume-offre")  # no namespace
    assert dict(mine.attrib) == dict(theirs.attrib) == {"file": url}
    fields = {_local(c): c for c in mine}
    assert set(fields) - {_local(c) for c in theirs} == {"contact-formation"}
    for field in theirs:
        assert _shape(fields[field.tag], frozenset({"info"})) == _shape(field, frozenset({"info"}))


def test_1_3_0_summaries_round_trip(tmp_path: Path) -> None:
    tree = etree.parse(str(OFFRE_130))
    first = tree.find(f".//{NS13}offre-formation")
    first.set("href", "https://carif.example/offres/PDL-2009-SOUD-0412.html")
    first.set("numero", "PDL-2009-SOUD-0412")
    path = _write(tmp_path, "offres.xml", tree)
    data = index.build([path, OFFRE_130], file_url=lambda p: f"https://c.fr/{p.name}")
    read = [
        (s.get("file"), s.get("href"), s.get("numero"), s.findtext(f"{NS13}intitule-action"))
        for s in index.summaries(data)
    ]
    titles = [
        "Titre professionnel soudeur(se) TIG électrode enrobée",
        "Compétences clés : remise à niveau en français et en mathématiques",
    ]
    assert read == [
        ("https://c.fr/offres.xml", "https://carif.example/offres/PDL-2009-SOUD-0412.html",
         "PDL-2009-SOUD-0412", titles[0]),
        ("https://c.fr/offres.xml", None, None, titles[1]),
        ("https://c.fr/offre-1.3.0.xml", None, None, titles[0]),
        ("https://c.fr/offre-1.3.0.xml", None, None, titles[1]),
    ]  # fmt: skip
    # summaries() of the hand-written 1.3.0 index too.
    assert [s.get("file") for s in index.summaries(DATA / "index-1.3.0.xml")] == [
        "offre-1.3.0.xml",
        "offre-1.3.0.xml",
    ]


def test_1_3_0_place_falls_back_to_the_organisme_and_empty_fields_are_left_out(
    tmp_path: Path,
) -> None:
    tree = etree.parse(str(OFFRE_130))
    first = tree.find(f".//{NS13}offre-formation")
    lieu = first.find(f".//{NS13}lieu-de-formation/{NS13}coordonnees/{NS13}adresse")
    lieu.remove(lieu.find(f"{NS13}ville"))
    organisme = first.find(f".//{NS13}coordonnees-organisme/{NS13}coordonnees/{NS13}adresse")
    organisme.find(f"{NS13}ville").text = "Nantes"
    organisme.find(f"{NS13}codepostal").text = "44000"
    contact = first.find(f".//{NS13}contact-offre/{NS13}coordonnees")
    for local in ("nom", "telfixe", "fax", "courriel"):
        contact.remove(contact.find(f"{NS13}{local}"))
    data = index.build([_write(tmp_path, "o.xml", tree)])
    assert lheo.validate(data).ok
    summary = next(etree.fromstring(data).iter(f"{NS13}resume-offre"))
    assert (summary.findtext(f"{NS13}ville"), summary.findtext(f"{NS13}codepostal")) == (
        "Nantes",
        "44000",
    )
    assert summary.find(f"{NS13}contact-formation") is None
    # The organisme's address has no geolocalisation: no extras.
    assert summary.find(f"{NS13}extras") is None


# ---------------------------------------------------------------------------------------
# resumes-organismes


def _organismes_by_xpath(path: Path) -> tuple[str, list[tuple[dict[str, str], list[str]]]]:
    """Independent reading: each distinct responsible organisme (by SIRET, first seen first),
    its attributes but id/idref, and the text of nom-organisme, raison-sociale, SIRET,
    numero-activite and of its filled extras."""
    root = etree.parse(str(path)).getroot()
    ns = {"l": etree.QName(root).namespace}
    seen: dict[str, tuple[dict[str, str], list[str]]] = {}
    for organisme in root.xpath("//l:organisme-formation-responsable", namespaces=ns):
        siret = organisme.xpath("string(l:SIRET-organisme-formation/l:SIRET)", namespaces=ns)
        values = [
            organisme.xpath(f"string(l:{name})", namespaces=ns).strip()
            for name in ("nom-organisme", "raison-sociale", "SIRET-organisme-formation/l:SIRET",
                         "numero-activite")
        ]  # fmt: skip
        values += [v for e in organisme.xpath("l:extras", namespaces=ns) for v in _values(e)]
        attrib = {k: v for k, v in organisme.attrib.items() if k not in ("id", "idref")}
        seen.setdefault(siret.strip(), (attrib, values))
    return ns["l"], list(seen.values())


@pytest.mark.parametrize(
    "path",
    [
        CATALOGUE,
        DATA / "onisep-2.2.xml",
        OFFRE_130,
        *[
            ("1.3.0", name)
            for name in (
                "exemple-conseiller-insertion.xml",
                "exemple-photographe.xml",
                "definition-exemple-photographe.xml",
                "manuel-exemple-conseiller.xml",
                "manuel-exemple-photographe.xml",
            )
        ],
    ],
    ids=str,
)
def test_resumes_organismes_from_the_offers(path: Any) -> None:
    if isinstance(path, tuple):
        path = shared_path(path[0], "examples", path[1])
    namespace, expected = _organismes_by_xpath(path)
    data = index.build([path])
    assert lheo.validate(data).ok
    built = etree.fromstring(data)
    version = {"http://www.lheo.org/1.3.0": "1.3.0", "http://lheo.gouv.fr/2.2": "2.2"}.get(
        namespace, "2.3"
    )
    # resumes-organismes follows resumes-offres, as the root's grammar has them.
    order = [name for name, _min, _max in _grammar(version, _local(built))]
    assert [_local(c) for c in built] == order[:2] == ["resumes-offres", "resumes-organismes"]
    (block,) = built.findall(f"{{{namespace}}}resumes-organismes")
    got = [(dict(r.attrib), [v for c in r for v in _values(c)]) for r in block]
    assert got == expected
    fields = [name for name, _min, _max in _grammar(version, "resume-organisme")]
    for summary in block:
        names = [_local(c) for c in summary]
        assert names[:4] == fields[:4] == ["nom-organisme", "raison-sociale", "SIRET",
                                           "numero-activite"]  # fmt: skip
        assert set(names[4:]) <= {"extras"}
    # summaries() still yields the offers' summaries only.
    offers = list(built.iter(f"{{{namespace}}}resume-offre"))
    assert [_local(s) for s in index.summaries(data)] == ["resume-offre"] * len(offers)


def test_one_resume_organisme_per_organisme(tmp_path: Path) -> None:
    # Two files of the same two organismes; a third offer of the first organisme under
    # another name: still one summary each, the first seen kept, keyed by SIRET.
    tree = etree.parse(str(OFFRE_130))
    first = tree.find(f".//{NS13}offre-formation")
    first.find(f".//{NS13}organisme-formation-responsable/{NS13}nom-organisme").text = "Autre nom"
    renamed = _write(tmp_path, "renamed.xml", tree)
    data = index.build([OFFRE_130, renamed, OFFRE_130])
    assert lheo.validate(data).ok
    built = etree.fromstring(data)
    assert len(list(built.iter(f"{NS13}resume-offre"))) == 6
    names = [
        (r.findtext(f"{NS13}SIRET"), r.findtext(f"{NS13}nom-organisme"))
        for r in built.iter(f"{NS13}resume-organisme")
    ]
    assert names == [
        ("42318907500017", "AFORMETAL Atlantique"),
        ("39845127800012", "Tremplin Savoirs 49"),
    ]
    # The organisme of the renamed file first: its name wins.
    data = index.build([renamed, OFFRE_130])
    assert [r.findtext(f"{NS13}nom-organisme") for r in
            etree.fromstring(data).iter(f"{NS13}resume-organisme")] == [
        "Autre nom", "Tremplin Savoirs 49"
    ]  # fmt: skip


def test_an_organisme_without_raison_sociale_is_named(tmp_path: Path) -> None:
    # Blank (valid: texte-250 counts the space) is no value: never written as one.
    tree = etree.parse(str(OFFRE_130))
    second = tree.findall(f".//{NS13}offre-formation")[1]
    second.find(f".//{NS13}organisme-formation-responsable/{NS13}raison-sociale").text = " "
    path = _write(tmp_path, "o.xml", tree)
    assert lheo.validate(path).ok
    with pytest.raises(
        lheo.LheoError,
        match=r"o\.xml: offre-formation 2 \(PDL-2009-CCLE-0087\): no raison-sociale for its "
        r"resume-organisme \(organisme-formation-responsable/raison-sociale\)",
    ):
        index.build([path])


# ---------------------------------------------------------------------------------------
# Broken on purpose


def test_an_offer_without_ville_or_departement_is_named(tmp_path: Path) -> None:
    tree = etree.parse(str(OFFRE_130))
    second = tree.findall(f".//{NS13}offre-formation")[1]
    for ville in second.iter(f"{NS13}ville"):
        ville.getparent().remove(ville)
    with pytest.raises(lheo.LheoError, match=r"o\.xml: offre-formation 2 \(PDL-2009-CCLE-0087\)"
                       r": no ville for its summary"):  # fmt: skip
        index.build([_write(tmp_path, "o.xml", tree)])
    tree = etree.parse(str(CATALOGUE))
    action = tree.find(f".//{NS}action")
    formation = action.getparent()
    for holder in (action, formation.find(f"{NS}organisme-formation-responsable")):
        for departement in list(holder.iter(f"{NS}departement")):
            departement.getparent().remove(departement)
    path = _write(tmp_path, "c.xml", tree)
    assert lheo.validate(path).ok  # departement is optional in a 2.3 adresse
    with pytest.raises(lheo.LheoError, match=r"c\.xml: action 14662_381140: no departement"):
        index.build([path])


def test_versions_asked_and_refused(tmp_path: Path) -> None:
    assert lheo.validate(index.build([DATA / "onisep-2.2.xml"], version="2.2")).ok
    assert lheo.validate(index.build([OFFRE_130], version=lheo.Version.V1_3_0)).ok
    with pytest.raises(lheo.UnsupportedVersionError, match=r"offre-1\.3\.0\.xml.*'2\.3'.*1\.3\.0"):
        index.build([OFFRE_130], version="2.3")
    with pytest.raises(lheo.UnsupportedVersionError, match=r"catalogue-2\.3\.xml.*'2\.2'.*2\.3"):
        index.build([DATA / "onisep-2.2.xml", CATALOGUE], version="2.2")
    with pytest.raises(lheo.UnsupportedVersionError, match="one index holds one version"):
        index.build([CATALOGUE, DATA / "onisep-2.2.xml"])
    with pytest.raises(lheo.UnsupportedVersionError, match="one index holds one version"):
        index.build([OFFRE_130, CATALOGUE])
    with pytest.raises(lheo.UnsupportedVersionError, match="unsupported LHÉO version '3.0'"):
        index.build([CATALOGUE], version="3.0")
    # An offer without namespace is read as the version asked (and needs one).
    bare = tmp_path / "bare.xml"
    bare.write_bytes(OFFRE_130.read_bytes().replace(b' xmlns="http://www.lheo.org/1.3.0"', b""))
    with pytest.raises(lheo.UnsupportedVersionError, match="no namespace"):
        index.build([bare])
    data = index.build([bare], version="1.3.0")
    assert lheo.validate(data).ok
    assert [s.get("file") for s in index.summaries(data)] == [str(bare)] * 2


def test_no_offer_and_non_offer_files(tmp_path: Path) -> None:
    with pytest.raises(lheo.LheoError, match="no offer to index"):
        index.build([])
    for example_index in ("index-2.3.xml", "index-1.3.0.xml"):
        with pytest.raises(lheo.LheoError, match=r"not an offer file: its root is <lheo-"):
            index.build([DATA / example_index])
    broken = tmp_path / "broken.xml"
    broken.write_bytes(OFFRE_130.read_bytes().replace(b"<diplomante>1<", b"<diplomante>7<"))
    with pytest.raises(lheo.ValidationError):
        index.build([broken])
    not_lheo = tmp_path / "x.xml"
    not_lheo.write_bytes(b'<html xmlns="http://www.w3.org/1999/xhtml"/>')
    with pytest.raises(lheo.NotLheoError):
        index.build([not_lheo])


# ---------------------------------------------------------------------------------------
# The workflow and the CLI


@pytest.mark.parametrize(
    ("flow", "version", "region"), [(CATALOGUE, "2.3", "44"), (OFFRE_130, "1.3.0", "52")]
)
def test_split_mark_index_integrate(tmp_path: Path, flow: Path, version: str, region: str) -> None:
    # The workflow of the README: split a flow, mark every file, build the index, integrate.
    when = datetime.datetime(2025, 6, 30, 5, 12, 44)
    offers = carif.split(flow, tmp_path)
    assert len(offers) == {"2.3": 4, "1.3.0": 2}[version]  # formations, by hand
    for path in offers:
        tree = lheo.parse(path)
        carif.mark(tree, numero="21", region=region, email="flux@carif.fr", exported_at=when)
        tree.write(path)
    tree = lheo.parse(index.build(offers, version=version, file_url=lambda p: p.name))
    carif.mark(tree, numero="21", region=region, email="flux@carif.fr", exported_at=when)
    tree.write(tmp_path / "index.xml")
    report = carif.integrate(tmp_path / "index.xml")
    assert report.integrated and report.excluded_offers == ()
    assert sorted({o.file for o in report.valid_offers}) == sorted(p.name for p in offers)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*LHEO_CLI, *args], capture_output=True, text=True)


def test_cli_split_index_build(tmp_path: Path) -> None:
    folder = tmp_path / "offres"
    done = _run("split", str(CATALOGUE), "-o", str(folder))
    assert done.returncode == 0, done.stderr
    out = folder / "index.xml"
    command = ["index", "build", str(folder), "-o", str(out), "--base-url", "https://c.fr/o/"]
    for _ in range(2):  # a second run does not take the index for an offer
        done = _run(*command)
        assert done.returncode == 0, done.stderr
    assert lheo.validate(out).ok
    files = {s.get("file") for s in index.summaries(out)}
    assert files == {f"https://c.fr/o/{p.name}" for p in folder.glob("*.xml") if p != out}


def test_cli_index_build_lheo_version(tmp_path: Path) -> None:
    out = tmp_path / "leger.xml"
    done = _run("index", "build", str(OFFRE_130), "-o", str(out), "--lheo-version", "1.3.0",
                "--base-url", "https://carif.example/offres")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert lheo.validate(out).ok
    assert [s.get("file") for s in index.summaries(out)] == [
        "https://carif.example/offres/offre-1.3.0.xml"
    ] * 2
    assert _local(etree.parse(str(out)).getroot()) == "lheo-leger"
    # The same offers under another version: refused, one line on stderr, nothing written.
    refused = _run("index", "build", str(OFFRE_130), "-o", str(tmp_path / "x.xml"),
                   "--lheo-version", "2.3")  # fmt: skip
    assert refused.returncode == 2 and not (tmp_path / "x.xml").exists()
    assert refused.stderr.startswith("lheo: error: ") and "Traceback" not in refused.stderr
    assert "offre-1.3.0.xml" in refused.stderr and "--lheo-version 2.3" in refused.stderr
    assert "LHÉO 1.3.0" in refused.stderr
    # An index given as an offer, a version that does not exist.
    refused = _run("index", "build", str(DATA / "index-2.3.xml"), "-o", str(tmp_path / "y.xml"))
    assert refused.returncode == 2 and "not an offer file" in refused.stderr
    assert not (tmp_path / "y.xml").exists()
    refused = _run("index", "build", str(OFFRE_130), "-o", str(tmp_path / "y.xml"),
                   "--lheo-version", "3.0")  # fmt: skip
    assert refused.returncode == 2 and "3.0" in refused.stderr
    # An invalid offer: exit 1, its error on stderr.
    broken = tmp_path / "broken.xml"
    broken.write_bytes(OFFRE_130.read_bytes().replace(b"<diplomante>1<", b"<diplomante>7<"))
    refused = _run("index", "build", str(broken), "-o", str(tmp_path / "y.xml"))
    assert refused.returncode == 1 and "diplomante" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "y.xml").exists()
    # 2.2 asked of the 2.2 example: a 2.2 lheo-index.
    done = _run("index", "build", str(DATA / "onisep-2.2.xml"), "-o", str(out),
                "--lheo-version", "2.2", "--base-url", "https://carif.example")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert etree.parse(str(out)).getroot().tag == "{http://www.lheo.org/2.2}lheo-index"


def test_cli_index_names_files_from_its_own_folder(tmp_path: Path) -> None:
    """Without --base-url each file is named as integration will look for it."""
    folder = tmp_path / "export" / "offres"
    assert _run("split", str(CATALOGUE), "-o", str(folder)).returncode == 0
    index_path = tmp_path / "export" / "index.xml"
    done = _run("index", "build", str(folder), "-o", str(index_path))
    assert done.returncode == 0, done.stderr
    expected = sorted(f"offres/{p.name}" for p in folder.glob("*.xml"))
    assert sorted({s.get("file") for s in index.summaries(index_path)}) == expected
    # Every file found from the index's folder (marking left out: only the files are checked).
    for name in expected:
        assert (index_path.parent / name).is_file()
    # An index that is not above its offers would name files integration never reads.
    (tmp_path / "ailleurs").mkdir()
    elsewhere = tmp_path / "ailleurs" / "index.xml"
    refused = _run("index", "build", str(folder), "-o", str(elsewhere))
    assert refused.returncode == 2 and "not under the index's folder" in refused.stderr
    assert "--base-url" in refused.stderr and not elsewhere.exists()
