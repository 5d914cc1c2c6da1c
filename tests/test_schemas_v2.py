"""Our own LHÉO 2.2 / 2.3 schemas describe exactly the language of the official generated ones.

The official schemas, examples and tables are read at test time from ../shared/lheo
(``shared_dir`` fixture); nothing official is copied into the project.
"""

from __future__ import annotations

import csv
import importlib
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from schema_compare import describe, diff_descriptions

ROOT = Path(__file__).resolve().parents[1]
OURS = ROOT / "lheo" / "schemas"
VERSIONS = ["2.2", "2.3"]
NAMESPACES = {"2.2": "http://www.lheo.org/2.2", "2.3": "http://lheo.gouv.fr/2.3"}
XS = "{http://www.w3.org/2001/XMLSchema}"


# ---------------------------------------------------------------------------------------------
# helpers


@cache
def _schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


@cache
def _describe(path: Path) -> dict:
    return describe(path)


def ours(version: str) -> Path:
    return OURS / version / "lheo.xsd"


def official(shared: Path, version: str) -> Path:
    return shared / version / "lheo.xsd"


def verdict(schema: etree.XMLSchema, doc: etree._ElementTree | bytes) -> tuple[bool, str | None]:
    """(valid, first error as 'line: message') for a document."""
    if isinstance(doc, bytes):
        doc = etree.ElementTree(etree.fromstring(doc))
    ok = schema.validate(doc)
    if ok:
        return True, None
    err = schema.error_log[0]
    return False, f"{err.line}: {err.message}"


@cache
def _xmlschema(path: Path) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(path))


def assert_same_verdict(
    shared: Path,
    version: str,
    doc: bytes,
    expect: bool | None = None,
    expect_xmlschema: bool | None = None,
    anytype_quirk: bool = False,
) -> tuple[bool, str | None]:
    """Ours and the official schema agree on *doc*, in libxml2 (lxml) and in xmlschema.

    libxml2 gives the validity and the first error (compared too); xmlschema, a second,
    independent implementation, gives the validity. *expect* is the expected validity
    (for both validators unless *expect_xmlschema* says otherwise).

    *anytype_quirk*: xmlschema (4.3) resolves the elements matched by the lax wildcard that
    the official ``extra`` inherits from the built-in xs:anyType against the XSD meta-schema,
    not against the LHÉO schema, so it never validates LHÉO elements nested in an official
    ``extra``. XSD 1.0 (and libxml2) say they are validated (lax: validate what is declared).
    Our ``extra`` has its own lax wildcard, so xmlschema validates them. For such documents
    only our xmlschema verdict is checked (against *expect*).
    """
    mine = verdict(_schema(ours(version)), doc)
    theirs = verdict(_schema(official(shared, version)), doc)
    assert mine == theirs, f"lxml, ours: {mine}\nlxml, official: {theirs}"
    text = doc.decode("utf-8")
    mine_x = _xmlschema(ours(version)).is_valid(text)
    theirs_x = _xmlschema(official(shared, version)).is_valid(text)
    if anytype_quirk:
        assert theirs_x is True  # the xmlschema quirk; if this fails, drop the quirk flag
    else:
        assert mine_x == theirs_x, f"xmlschema: ours {mine_x}, official {theirs_x}"
    if expect is not None:
        assert mine[0] is expect, mine
        assert mine_x is (expect if expect_xmlschema is None else expect_xmlschema)
    return mine


# ---------------------------------------------------------------------------------------------
# schema files themselves


@pytest.mark.parametrize("version", VERSIONS)
def test_schema_compiles_and_follows_design(version: str) -> None:
    path = ours(version)
    _schema(path)  # compiles in libxml2
    root = etree.parse(str(path)).getroot()
    assert root.get("targetNamespace") == NAMESPACES[version]
    assert root.nsmap.get("l") == NAMESPACES[version]
    assert root.get("elementFormDefault") == "qualified"
    assert root.find(XS + "include") is None and root.find(XS + "import") is None
    assert isinstance(root.getprevious(), etree._Comment)  # header comment
    header = root.getprevious().text
    assert f"LHÉO {version}" in header and "lheo-gml.xml" in header
    groups = {
        g.get("name"): [a.get("name") for a in g.findall(XS + "attribute")]
        for g in root.findall(XS + "attributeGroup")
    }
    common = ["numero", "info", "ref", "id", "idref", "tag"]
    if version == "2.3":
        common += ["horodatage-creation", "horodatage-modification", "horodatage-export", "uri"]
    assert groups == {"common": common, "dates": ["datemaj", "datecrea"], "links": ["href", "file"]}
    element_names = {e.get("name") for e in root.findall(XS + "element")}
    type_names = {t.get("name") for t in root if t.tag in (XS + "simpleType", XS + "complexType")}
    assert not element_names & type_names
    # our own form, not the official one (NAME-type / NAME-subtype / NAME-attributes)
    assert not [n for n in type_names if n.endswith(("-type", "-subtype", "-attributes"))]
    # no named complex type except the simple-content "*-element" ones
    assert all(t.get("name").endswith("-element") for t in root.findall(XS + "complexType"))
    for enum_type in root.findall(XS + "simpleType"):
        for value in enum_type.iter(XS + "enumeration"):
            assert value.findtext(f"{XS}annotation/{XS}documentation"), value.get("value")


@pytest.mark.parametrize("version", VERSIONS)
def test_global_elements_are_the_official_ones(shared_dir: Path, version: str) -> None:
    def names(path: Path) -> list[str]:
        root = etree.parse(str(path)).getroot()
        return sorted(e.get("name") for e in root.findall(XS + "element"))

    assert names(ours(version)) == names(official(shared_dir, version))


@pytest.mark.parametrize("version", VERSIONS)
def test_code_lists_match_official_tables(shared_dir: Path, version: str) -> None:
    """Each dict-* enumeration holds the codes and labels of tables/<version>/dict-*.csv."""
    root = etree.parse(str(ours(version))).getroot()
    seen = 0
    for table in sorted((shared_dir / "tables" / version).glob("dict-*.csv")):
        simple = root.find(f"{XS}simpleType[@name='{table.stem}']")
        assert simple is not None, table.stem
        with table.open(encoding="utf-8", newline="") as fh:
            rows = [(r["code"], " ".join(r["label"].split())) for r in csv.DictReader(fh)]
        values = [
            (e.get("value"), " ".join(e.findtext(f"{XS}annotation/{XS}documentation").split()))
            for e in simple.iter(XS + "enumeration")
        ]
        assert values == rows, table.stem
        seen += 1
    assert seen >= 10


# ---------------------------------------------------------------------------------------------
# 1. official examples: same verdict, same first error


@pytest.mark.parametrize("version", VERSIONS)
def test_official_examples_same_verdict(shared_dir: Path, version: str) -> None:
    examples = sorted((shared_dir / version / "examples").glob("*.xml"))
    assert examples
    for example in examples:
        doc = etree.parse(str(example))
        mine = verdict(_schema(ours(version)), doc)
        theirs = verdict(_schema(official(shared_dir, version)), doc)
        assert mine == theirs, f"{example.name}: ours {mine} / official {theirs}"


def test_onisep_example_is_valid(shared_dir: Path) -> None:
    doc = etree.parse(str(shared_dir / "2.2" / "examples" / "exemple-bts-onisep.xml"))
    assert verdict(_schema(ours("2.2")), doc) == (True, None)


# ---------------------------------------------------------------------------------------------
# 2. structural comparison


@pytest.mark.parametrize("version", VERSIONS)
def test_describe_ours_equals_official(shared_dir: Path, version: str) -> None:
    theirs = _describe(official(shared_dir, version))
    mine = _describe(ours(version))
    diff = diff_descriptions(theirs, mine)
    assert not diff, "official (first) vs ours (second):\n" + "\n".join(diff)
    assert len(mine) == {"2.2": 120, "2.3": 170}[version]


def _mutated(tmp_path: Path, version: str, old: str, new: str) -> Path:
    text = ours(version).read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    target = tmp_path / "lheo.xsd"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


MUTATIONS = {
    "maxOccurs": (
        '<xs:element ref="l:certification" minOccurs="0" maxOccurs="5"/>',
        '<xs:element ref="l:certification" minOccurs="0" maxOccurs="6"/>',
        "formation",
    ),
    "minOccurs": (
        '<xs:element ref="l:offres"/>',
        '<xs:element ref="l:offres" minOccurs="0"/>',
        "lheo",
    ),
    "enumeration": (
        '<xs:enumeration value="3"><xs:annotation><xs:documentation>suspendu'
        "</xs:documentation></xs:annotation></xs:enumeration>",
        "",
        "etat-recrutement",
    ),
    "maxLength": (
        '<xs:maxLength value="255"/>',
        '<xs:maxLength value="256"/>',
        "intitule-formation",
    ),
    "child order": (
        '<xs:element ref="l:code-FORMACODE" minOccurs="0" maxOccurs="5"/>\n'
        '        <xs:element ref="l:code-NSF" minOccurs="0" maxOccurs="3"/>',
        '<xs:element ref="l:code-NSF" minOccurs="0" maxOccurs="3"/>\n'
        '        <xs:element ref="l:code-FORMACODE" minOccurs="0" maxOccurs="5"/>',
        "domaine-formation",
    ),
    "attribute type": (
        '<xs:attribute name="idref" type="xs:IDREF"/>',
        '<xs:attribute name="idref" type="xs:string"/>',
        "formation",
    ),
    "attribute group": (
        '<xs:attributeGroup ref="l:dates"/>',
        "",
        "lheo",
    ),
    "pattern": (
        "[01239][0-9]",
        "[0-3][0-9]",
        "debut",
    ),
    "mixed": (
        '<xs:complexType mixed="true">',
        "<xs:complexType>",
        "extra",
    ),
    "local declaration instead of ref": (
        '<xs:element ref="l:intitule-formation"/>',
        '<xs:element name="intitule-formation" type="l:texte-3000-element"/>',
        "formation",
    ),
    "wildcard": (
        '<xs:any processContents="lax"',
        '<xs:any processContents="skip"',
        "extra",
    ),
}


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_describe_detects_differences(tmp_path: Path, mutation: str) -> None:
    old, new, element = MUTATIONS[mutation]
    mine = _describe(ours("2.3"))
    changed = describe(_mutated(tmp_path, "2.3", old, new))
    assert changed != mine
    diff = diff_descriptions(mine, changed)
    assert any(line.startswith(f"element {element}:") for line in diff), diff


def test_describe_ignores_names_and_style(tmp_path: Path) -> None:
    """Named types, attribute groups and extension chains vs. anonymous inline: equal."""
    head = (
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" '
        'targetNamespace="urn:t" elementFormDefault="qualified">'
    )
    named = tmp_path / "named.xsd"
    named.write_text(
        head + '<xs:attributeGroup name="g"><xs:attribute name="a" type="xs:ID"/>'
        "</xs:attributeGroup>"
        '<xs:simpleType name="s"><xs:restriction base="xs:string"><xs:maxLength value="3"/>'
        "</xs:restriction></xs:simpleType>"
        '<xs:complexType name="base"><xs:sequence><xs:element ref="t:v" maxOccurs="2"/>'
        "</xs:sequence></xs:complexType>"
        '<xs:complexType name="full"><xs:complexContent><xs:extension base="t:base">'
        '<xs:attributeGroup ref="t:g"/></xs:extension></xs:complexContent></xs:complexType>'
        '<xs:complexType name="v-type"><xs:simpleContent><xs:extension base="t:s">'
        '<xs:attributeGroup ref="t:g"/></xs:extension></xs:simpleContent></xs:complexType>'
        '<xs:element name="r" type="t:full"/><xs:element name="v" type="t:v-type"/>'
        "</xs:schema>"
    )
    inline = tmp_path / "inline.xsd"
    inline.write_text(
        head + '<xs:element name="v"><xs:complexType><xs:simpleContent>'
        '<xs:extension base="t:three"><xs:attribute name="a" type="xs:ID"/></xs:extension>'
        "</xs:simpleContent></xs:complexType></xs:element>"
        '<xs:simpleType name="three"><xs:restriction base="xs:string">'
        '<xs:maxLength value="3"/></xs:restriction></xs:simpleType>'
        '<xs:element name="r"><xs:complexType><xs:sequence>'
        '<xs:element ref="t:v" maxOccurs="2"/></xs:sequence>'
        '<xs:attribute name="a" type="xs:ID"/></xs:complexType></xs:element>'
        "</xs:schema>"
    )
    assert diff_descriptions(describe(named), describe(inline)) == []


# ---------------------------------------------------------------------------------------------
# 3. a small valid document, and broken variants of it


def minimal_lheo(version: str) -> bytes:
    """A realistic minimal lheo document: one formation, action, session and organisme."""
    coordonnees = """<coordonnees>
          <nom>Martin</nom>
          <adresse>
            <ligne>12 rue des Lilas</ligne>
            <codepostal>69003</codepostal>
            <ville>Lyon</ville>
          </adresse>
          <telfixe><numtel>0478000000</numtel></telfixe>
          <courriel>contact@example.org</courriel>
        </coordonnees>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="{NAMESPACES[version]}" datemaj="20240115">
  <offres>
    <formation numero="F-001" datecrea="20240101">
      <domaine-formation>
        <code-FORMACODE>31654</code-FORMACODE>
        <code-NSF>326</code-NSF>
        <code-ROME>M1805</code-ROME>
      </domaine-formation>
      <intitule-formation>Développeur web et web mobile</intitule-formation>
      <objectif-formation>Concevoir et développer des applications web.</objectif-formation>
      <resultats-attendus>Titre professionnel de niveau 5.</resultats-attendus>
      <contenu-formation>HTML, CSS, JavaScript, PHP, bases de données.</contenu-formation>
      <certifiante>1</certifiante>
      <contact-formation>
        {coordonnees}
      </contact-formation>
      <parcours-de-formation>1</parcours-de-formation>
      <code-niveau-entree>4</code-niveau-entree>
      <action numero="A-001">
        <rythme-formation>Temps plein, 35 heures par semaine</rythme-formation>
        <code-public-vise>80056</code-public-vise>
        <niveau-entree-obligatoire>0</niveau-entree-obligatoire>
        <modalites-alternance>Aucune</modalites-alternance>
        <modalites-enseignement>0</modalites-enseignement>
        <conditions-specifiques>Aucune</conditions-specifiques>
        <prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
        <lieu-de-formation>
          {coordonnees}
        </lieu-de-formation>
        <modalites-entrees-sorties>0</modalites-entrees-sorties>
        <session numero="S-001">
          <periode>
            <debut>20240902</debut>
            <fin>20250630</fin>
          </periode>
          <adresse-inscription>
            <adresse>
              <ligne>12 rue des Lilas</ligne>
              <codepostal>69003</codepostal>
              <ville>Lyon</ville>
            </adresse>
          </adresse-inscription>
          <etat-recrutement>1</etat-recrutement>
        </session>
      </action>
      <organisme-formation-responsable>
        <numero-activite>82690000069</numero-activite>
        <SIRET-organisme-formation><SIRET>12345678900011</SIRET></SIRET-organisme-formation>
        <nom-organisme>Centre de formation des Lilas</nom-organisme>
        <raison-sociale>Association Les Lilas Formation</raison-sociale>
        <coordonnees-organisme>
          {coordonnees}
        </coordonnees-organisme>
        <contact-organisme>
          {coordonnees}
        </contact-organisme>
      </organisme-formation-responsable>
    </formation>
  </offres>
</lheo>
""".encode()


def _broken(version: str, old: str, new: str) -> bytes:
    doc = minimal_lheo(version).decode()
    assert old in doc, old
    return doc.replace(old, new, 1).encode()


BROKEN = {
    "wrong child order": (
        "<intitule-formation>Développeur web et web mobile</intitule-formation>",
        "<resultats-attendus>x</resultats-attendus>"
        "<intitule-formation>Développeur web et web mobile</intitule-formation>",
    ),
    "missing required child": ("<certifiante>1</certifiante>", ""),
    "text over max length": (
        "<intitule-formation>Développeur web et web mobile</intitule-formation>",
        f"<intitule-formation>{'x' * 256}</intitule-formation>",
    ),
    "empty required text": (
        "<rythme-formation>Temps plein, 35 heures par semaine</rythme-formation>",
        "<rythme-formation></rythme-formation>",
    ),
    "fixed length code": ("<SIRET>12345678900011</SIRET>", "<SIRET>1234567890001</SIRET>"),
    "unknown code in a dict": (
        "<code-niveau-entree>4</code-niveau-entree>",
        "<code-niveau-entree>42</code-niveau-entree>",
    ),
    "unknown boolean code": ("<certifiante>1</certifiante>", "<certifiante>oui</certifiante>"),
    "unknown element": (
        "<code-NSF>326</code-NSF>",
        "<code-NSF>326</code-NSF><code-XYZ>1</code-XYZ>",
    ),
    "too many occurrences": (
        "<code-NSF>326</code-NSF>",
        "<code-NSF>326</code-NSF><code-NSF>327</code-NSF><code-NSF>328</code-NSF>"
        "<code-NSF>329</code-NSF>",
    ),
    "bad date pattern": ("<debut>20240902</debut>", "<debut>2024-09-02</debut>"),
    "bad date month": ("<debut>20240902</debut>", "<debut>20242902</debut>"),
    "unknown attribute": ('<formation numero="F-001"', '<formation numero="F-001" foo="bar"'),
    "attribute of another group": ('<session numero="S-001">', '<session href="x.xml">'),
    "dates on an element without them": ("<offres>", '<offres datemaj="20240101">'),
    "id not an NCName": ('<action numero="A-001">', '<action id="1-action">'),
    "duplicate id": (
        '<action numero="A-001">\n        <rythme-formation>',
        '<action id="a1">\n        <rythme-formation id="a1">',
    ),
    "number not a long": (
        "<etat-recrutement>1</etat-recrutement>",
        "<etat-recrutement>1</etat-recrutement><nombre-places>dix</nombre-places>",
    ),
    "element of another namespace": ("<offres>", '<offres xmlns:x="urn:x"><x:foo/>'),
}


@pytest.mark.parametrize("version", VERSIONS)
def test_minimal_document_is_valid_for_both(shared_dir: Path, version: str) -> None:
    assert_same_verdict(shared_dir, version, minimal_lheo(version), expect=True)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_documents_rejected_by_both(shared_dir: Path, version: str, case: str) -> None:
    old, new = BROKEN[case]
    assert_same_verdict(shared_dir, version, _broken(version, old, new), expect=False)


@pytest.mark.parametrize("version", VERSIONS)
def test_dangling_idref_same_verdict(shared_dir: Path, version: str) -> None:
    """libxml2 does not check that an IDREF points to an ID; xmlschema does. Both agree."""
    doc = _broken(version, '<action numero="A-001">', '<action idref="nowhere">')
    assert_same_verdict(shared_dir, version, doc, expect=True, expect_xmlschema=False)
    doc = _broken(version, '<action numero="A-001">', '<action id="a1" idref="a1">')
    assert_same_verdict(shared_dir, version, doc, expect=True)


@pytest.mark.parametrize(
    "value, valid",
    [
        ("2024-01-15T10:30:00", True),
        ("2024-01-15T10:30:00+01:00", True),
        ("2024-01-15", False),
        ("20240115", False),
        ("hier", False),
    ],
)
def test_horodatage_is_a_datetime_in_23(shared_dir: Path, value: str, valid: bool) -> None:
    for attr in ("horodatage-creation", "horodatage-modification", "horodatage-export"):
        doc = _broken("2.3", '<action numero="A-001">', f'<action {attr}="{value}">')
        assert_same_verdict(shared_dir, "2.3", doc, expect=valid)


def test_horodatage_unknown_in_22(shared_dir: Path) -> None:
    doc = _broken(
        "2.2", '<action numero="A-001">', '<action horodatage-creation="2024-01-15T10:30:00">'
    )
    assert_same_verdict(shared_dir, "2.2", doc, expect=False)


@pytest.mark.parametrize("version", VERSIONS)
def test_any_element_can_be_the_root(shared_dir: Path, version: str) -> None:
    ns = NAMESPACES[version]
    docs = {
        f'<intitule-formation xmlns="{ns}">Cuisine</intitule-formation>': True,
        f'<periode xmlns="{ns}"><debut>20240101</debut><fin>99999999</fin></periode>': True,
        f'<extras xmlns="{ns}"><extras><extra/></extras></extras>': True,
        f'<lheo-index xmlns="{ns}" href="a.xml"/>': False,
        f'<lheo-index xmlns="{ns}" datemaj="x"/>': True,
        f'<lheo-plus xmlns="{ns}"/>': True,
        f'<periode xmlns="{ns}"><debut>20240101</debut></periode>': False,
    }
    for doc, valid in docs.items():
        assert_same_verdict(shared_dir, version, doc.encode(), expect=valid)


# --- extra: official "extension of xs:anyType + common attributes" ----------------------------

# fragment, valid, hit by the xmlschema anyType quirk (see assert_same_verdict)
EXTRAS = {
    "text only": ("<extra>du texte</extra>", True, False),
    "mixed foreign elements": (
        '<extra>avant <x:a xmlns:x="urn:x" x:b="1" c="2"><x:c>t</x:c></x:a> après</extra>',
        True,
        False,
    ),
    "unknown attributes": ('<extra foo="1" x:bar="2" xmlns:x="urn:x"/>', True, False),
    "common attribute": ('<extra numero="3" tag="t" id="e1"/>', True, False),
    "bad id": ('<extra id="1e"/>', False, False),
    "nested lheo element, valid": (
        "<extra><intitule-formation>Cuisine</intitule-formation></extra>",
        True,
        False,
    ),
    "nested lheo element, invalid (lax means validated)": (
        "<extra><intitule-formation></intitule-formation></extra>",
        False,
        True,
    ),
    "nested lheo complex element, invalid": (
        "<extra><periode><debut>20240101</debut></periode></extra>",
        False,
        True,
    ),
    "nested lheo element with bad code": (
        "<extra>a<b><certifiante>2</certifiante></b></extra>",
        False,
        True,
    ),
    "nested extras and extra": (
        "<extra><extras><extra>x<y/></extra></extras><extra/></extra>",
        True,
        False,
    ),
    "unknown lheo-namespace element": ("<extra><inconnu a='1'>x</inconnu></extra>", True, False),
}


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("case", sorted(EXTRAS))
def test_extra_accepts_the_same_as_official(shared_dir: Path, version: str, case: str) -> None:
    fragment, valid, quirk = EXTRAS[case]
    doc = _broken(version, "</formation>", f"<extras>{fragment}</extras></formation>")
    assert_same_verdict(shared_dir, version, doc, expect=valid, anytype_quirk=quirk)
    # and as a root element
    ns = NAMESPACES[version]
    root = fragment.replace("<extra", f'<extra xmlns="{ns}"', 1)
    assert_same_verdict(shared_dir, version, root.encode(), expect=valid, anytype_quirk=quirk)


@pytest.mark.parametrize("version", VERSIONS)
def test_extra_horodatage_is_typed(shared_dir: Path, version: str) -> None:
    """A declared attribute wins over the attribute wildcard: its type is checked."""
    doc = _broken(
        version, "</formation>", '<extras><extra horodatage-creation="x"/></extras></formation>'
    )
    # 2.3: declared xs:dateTime -> invalid; 2.2: only the lax wildcard -> valid
    assert_same_verdict(shared_dir, version, doc, expect=version == "2.2")


# ---------------------------------------------------------------------------------------------
# 4. xsdata generates usable bindings


EXPECTED_CLASSES = [
    "Lheo",
    "Offres",
    "Formation",
    "Action",
    "Session",
    "OrganismeFormationResponsable",
    "Coordonnees",
    "Adresse",
    "Extras",
    "Extra",
    "LheoIndex",
    "LheoPlus",
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    exe = shutil.which("xsdata")
    if exe is None:
        pytest.skip("xsdata CLI not installed")
    out = tmp_path_factory.mktemp("xsdata")
    modules = {}
    for version in VERSIONS:
        package = "tmpgen" + version.replace(".", "")
        subprocess.run(
            [exe, "generate", str(ours(version)), "--package", package, "--output", "attrs"],
            cwd=out,
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        modules[version] = package
    sys.path.insert(0, str(out))
    try:
        yield {v: importlib.import_module(p) for v, p in modules.items()}
    finally:
        sys.path.remove(str(out))
        for package in modules.values():
            for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
                del sys.modules[name]


@pytest.mark.parametrize("version", VERSIONS)
def test_xsdata_generates_expected_classes(generated, version: str) -> None:
    from xsdata.utils.text import pascal_case

    module = generated[version]
    missing = [name for name in EXPECTED_CLASSES if not hasattr(module, name)]
    assert not missing
    # no class renamed by xsdata because of a clash (Texte25Element1 and the like)
    renamed = []
    for name in dir(module):
        cls = getattr(module, name)
        meta = getattr(cls, "Meta", None)
        if isinstance(cls, type) and meta is not None and getattr(meta, "name", None):
            if pascal_case(meta.name) != name:
                renamed.append((meta.name, name))
    assert not renamed


def test_xsdata_bindings_parse_onisep_example(generated, shared_dir: Path) -> None:
    from xsdata_attrs.bindings import XmlParser

    module = generated["2.2"]
    path = shared_dir / "2.2" / "examples" / "exemple-bts-onisep.xml"
    lheo = XmlParser().from_path(path, module.Lheo)
    formation = lheo.offres.formation[0]
    assert formation.intitule_formation.value == "BTS négociation et relation client"
    assert formation.numero == "9436_18706"
    assert formation.action and formation.action[0].session
