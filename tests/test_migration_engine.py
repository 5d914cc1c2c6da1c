"""The 2.2 → 2.3 migration engine (lheo.migration), rule by rule, on lxml trees.

The specification is ../shared/docs/onisep-2.2-to-2.3.md; the official schemas and the official
2.2 Onisep example are read from ../shared/lheo at test time.
"""

from __future__ import annotations

import copy
import datetime
import difflib
import functools
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

import attrs
import pytest
from conftest import SHARED, SHARED_MISSING
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from lheo.errors import Issue, MigrationError
from lheo.migration import (
    NS_2_2,
    NS_2_3,
    Change,
    MigrationReport,
    MigrationWarning,
    add_code_uai,
    add_cycle,
    add_enseignement,
    add_langue_formation,
    add_siret_lieu_formation,
    check_nothing_lost,
    is_onisep_flow,
    is_valid_siret,
    is_valid_uai,
    migrate_tree,
)
from lheo.migration._rules import to_datetime, to_uri
from lheo.migration._tree import CHILD_ORDER, repeatable_names

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "onisep"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "{http://www.w3.org/2001/XMLSchema}"
N = {"l": NS_2_3}
N22 = {"l": NS_2_2}
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


# --------------------------------------------------------------------------- helpers


def parse(data: str | bytes | Path) -> etree._Element:
    if isinstance(data, Path):
        return etree.parse(str(data), PARSER).getroot()
    raw = data.encode() if isinstance(data, str) else data
    return etree.fromstring(raw, PARSER)


@functools.cache
def _schema(version: str) -> etree.XMLSchema:
    path = SHARED / version / "lheo.xsd"
    if not path.is_file():
        pytest.skip(SHARED_MISSING)
    return etree.XMLSchema(etree.parse(str(path), PARSER))


def assert_valid_23(root: etree._Element) -> None:
    schema = _schema("2.3")
    if not schema.validate(etree.ElementTree(copy.deepcopy(root))):
        errors = "\n".join(f"{e.line}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"output is not valid LHÉO 2.3:\n{errors}")


def xsd_sequence(version: str, parent: str) -> list[str]:
    """Child order of ``parent`` in the official XSD (its ``<parent>-subtype`` sequence)."""
    tree = etree.parse(str(SHARED / version / "lheo.xsd"), PARSER)
    (ctype,) = tree.getroot().findall(f"{XS}complexType[@name='{parent}-subtype']")
    return [e.get("ref", "").split(":")[1] for e in ctype.iter(f"{XS}element")]


def _strip_layout(root: etree._Element) -> etree._Element:
    root = copy.deepcopy(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            parent = el.getparent()
            if parent is not None:
                prev = el.getprevious()
                if el.tail and el.tail.strip():
                    if prev is not None:
                        prev.tail = (prev.tail or "") + el.tail
                    else:
                        parent.text = (parent.text or "") + el.tail
                parent.remove(el)
            continue
    for el in root.iter():
        if el.text is not None and not el.text.strip():
            el.text = None
        if el.tail is not None and not el.tail.strip():
            el.tail = None
    return root


def _tree_differences(actual: etree._Element, expected: etree._Element) -> list[str]:
    diffs: list[str] = []

    def name(el: etree._Element) -> str:
        return etree.QName(el).localname

    def walk(a: etree._Element, e: etree._Element, path: str) -> None:
        if a.tag != e.tag:
            diffs.append(f"{path}: element {a.tag} instead of {e.tag}")
            return
        if dict(a.attrib) != dict(e.attrib):
            diffs.append(f"{path}: attributes {dict(a.attrib)} instead of {dict(e.attrib)}")
        if (a.text or "").strip() != (e.text or "").strip():
            diffs.append(f"{path}: text {a.text!r} instead of {e.text!r}")
        ac, ec = list(a), list(e)
        if [c.tag for c in ac] != [c.tag for c in ec]:
            diffs.append(
                f"{path}: children {[name(c) for c in ac]} instead of {[name(c) for c in ec]}"
            )
        for i, (x, y) in enumerate(zip(ac, ec, strict=False)):
            walk(x, y, f"{path}/{name(x)}[{i + 1}]")

    walk(actual, expected, "/" + name(expected))
    return diffs


def assert_same_xml(actual: etree._Element, expected: etree._Element) -> None:
    """Element-by-element and C14N comparison, ignoring whitespace-only text and comments."""
    a, e = _strip_layout(actual), _strip_layout(expected)
    diffs = _tree_differences(a, e)
    ca = etree.tostring(a, method="c14n2").decode()
    ce = etree.tostring(e, method="c14n2").decode()
    if diffs or ca != ce:
        for el in (a, e):
            etree.indent(el)
        unified = "\n".join(
            difflib.unified_diff(
                etree.tostring(e, encoding="unicode").splitlines(),
                etree.tostring(a, encoding="unicode").splitlines(),
                "expected",
                "actual",
                lineterm="",
                n=2,
            )
        )
        raise AssertionError("XML differs:\n" + "\n".join(diffs[:40]) + "\n\n" + unified[:8000])


def _esc(text: str) -> str:
    return escape(text)


COORD_LIEU = """
  <coordonnees>
    <ligne>Lycée Kerneuzec</ligne>
    <adresse><ligne>Kerneuzec</ligne><codepostal>29391</codepostal><ville>QUIMPERLÉ</ville></adresse>
  </coordonnees>"""

ADRESSE = "<adresse><ligne>1 rue X</ligne><codepostal>29391</codepostal><ville>Q</ville></adresse>"


def action22(
    *,
    numero: str = "A1",
    coordonnees: str = COORD_LIEU,
    lieu_extras: str = "",
    url_action: str = "",
    date_information: str = "",
    duree: str | None = None,
    langues: str = "",
    extras: str = "",
) -> str:
    duree_xml = f"<duree-indicative>{_esc(duree)}</duree-indicative>" if duree is not None else ""
    return f"""
<action numero="{numero}">
  <rythme-formation>Temps plein</rythme-formation>
  <code-public-vise ref="V11">81061</code-public-vise>
  <niveau-entree-obligatoire>1</niveau-entree-obligatoire>
  <modalites-alternance>-</modalites-alternance>
  <modalites-enseignement>0</modalites-enseignement>
  <conditions-specifiques>-</conditions-specifiques>
  <prise-en-charge-frais-possible>1</prise-en-charge-frais-possible>
  <lieu-de-formation>{coordonnees}{lieu_extras}</lieu-de-formation>
  <modalites-entrees-sorties>0</modalites-entrees-sorties>
  {url_action}
  <session>
    <periode><debut>20220901</debut><fin>20230630</fin></periode>
    <adresse-inscription>{ADRESSE}</adresse-inscription>
  </session>
  {date_information}
  {langues}
  {duree_xml}
  {extras}
</action>"""


def formation22(
    *,
    numero: str = "F1",
    niveau_entree: str = "0",
    niveau_sortie: str | None = None,
    certification: str = "",
    actions: str | None = None,
    organisme_extras: str = "",
    extras: str = "",
) -> str:
    sortie = f"<code-niveau-sortie>{niveau_sortie}</code-niveau-sortie>" if niveau_sortie else ""
    return f"""
<formation numero="{numero}">
  <domaine-formation><code-FORMACODE>34582</code-FORMACODE></domaine-formation>
  <intitule-formation>BTS</intitule-formation>
  <objectif-formation>Objectif</objectif-formation>
  <resultats-attendus>Résultats</resultats-attendus>
  <contenu-formation>Contenu</contenu-formation>
  <certifiante>1</certifiante>
  <contact-formation><coordonnees/></contact-formation>
  <parcours-de-formation>4</parcours-de-formation>
  <code-niveau-entree>{niveau_entree}</code-niveau-entree>
  {certification}
  {sortie}
  {actions if actions is not None else action22()}
  <organisme-formation-responsable>
    <numero-activite>99999999999</numero-activite>
    <SIRET-organisme-formation><SIRET>19290076900014</SIRET></SIRET-organisme-formation>
    <nom-organisme>Lycée</nom-organisme>
    <raison-sociale>-</raison-sociale>
    <coordonnees-organisme><coordonnees/></coordonnees-organisme>
    <contact-organisme><coordonnees/></contact-organisme>
    {organisme_extras}
  </organisme-formation-responsable>
  {extras}
</formation>"""


def doc22(*formations: str) -> etree._Element:
    body = "".join(formations) or formation22()
    return parse(f'<lheo xmlns="{NS_2_2}"><offres>{body}</offres></lheo>')


def onisep_extras(info: str, *extras: tuple[str, str], tag: str = "extras") -> str:
    inner = "".join(f"<extra info={quoteattr(i)}>{_esc(v)}</extra>" for i, v in extras)
    return f"<{tag} info={quoteattr(info)}>{inner}</{tag}>"


def export_extras(value: str) -> str:
    return onisep_extras("FORMATION ONISEP", ("DATE EXPORT ONISEP", value), ("FOR_ID ONISEP", "9"))


def one(root: etree._Element, xpath: str) -> etree._Element:
    found = root.xpath(xpath, namespaces=N)
    assert isinstance(found, list) and len(found) == 1, (xpath, found)
    el = found[0]
    assert isinstance(el, etree._Element)
    return el


def migrate_ok(root: etree._Element, **options: object) -> tuple[etree._Element, MigrationReport]:
    """Migrate, then check what every migration promises: valid 2.3, nothing lost, input intact."""
    before = etree.tostring(root)
    out, report = migrate_tree(root, **options)  # type: ignore[arg-type]
    assert etree.tostring(root) == before
    assert check_nothing_lost(root, out, report, with_paths=True) == []
    assert_valid_23(out)
    return out, report


# --------------------------------------------------------------------------- main fixture


@pytest.fixture(scope="module")
def main22() -> etree._Element:
    return parse(FIXTURES / "flux-onisep-2.2.xml")


def test_main_fixture_gives_the_expected_23_document(main22: etree._Element) -> None:
    """The hand-written fixture migrates to the hand-written expected 2.3 document."""
    out, _ = migrate_tree(main22)
    assert_same_xml(out, parse(FIXTURES / "flux-onisep-2.3-expected.xml"))


def test_expected_23_document_is_valid(shared_dir: Path) -> None:
    """The hand-written expected output is itself valid against the official 2.3 XSD."""
    assert_valid_23(parse(FIXTURES / "flux-onisep-2.3-expected.xml"))


def test_main_fixture_output_valid_and_nothing_lost(main22: etree._Element) -> None:
    """The migrated main fixture is valid 2.3 and the invariant holds."""
    migrate_ok(main22)


def test_main_fixture_input_is_not_valid_22_but_is_migrated(main22: etree._Element) -> None:
    """The input is read leniently: its one 2.2 error (empty code-RNCP) ends up in the report."""
    schema = _schema("2.2")
    assert not schema.validate(etree.ElementTree(main22))
    errors = [e for e in schema.error_log]
    assert len(errors) == 1 and "code-RNCP" in errors[0].message
    issues = [Issue(line=e.line, message=e.message, element="code-RNCP") for e in errors]
    _, report = migrate_tree(main22, input_issues=issues)
    assert report.input_issues == issues
    assert report.to_dict()["input_issues"][0]["element"] == "code-RNCP"


def test_main_fixture_is_not_modified(main22: etree._Element) -> None:
    """The input tree is left exactly as it was."""
    before = etree.tostring(main22)
    migrate_tree(main22, niveaux="decret-2019", timezone="Europe/Paris")
    assert etree.tostring(main22) == before


def test_main_fixture_report(main22: etree._Element) -> None:
    """The report lists each change with input and output paths, and the expected warnings."""
    _, report = migrate_tree(main22)
    assert report.profile == "onisep"
    assert report.summary() == {"ns": 1, "14": 4, "1": 3, "2": 10, "3": 9, "8": 4, "9": 4}
    uri = next(
        c for c in report.changes
        if c.source_path == "/lheo/offres/formation[1]/action[1]/extras[2]/extra[2]"
    )  # fmt: skip
    assert uri == Change(
        rule="3",
        action="converted",
        source_path="/lheo/offres/formation[1]/action[1]/extras[2]/extra[2]",
        target_path="/lheo/offres/formation[1]/action[1]/@uri",
        old="content://7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5",
        new="content://7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5",
        detail="",
        source_xml=(
            f'<extra xmlns="{NS_2_2}" info="URI ACTION ONISEP">'
            "content://7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5</extra>"
        ),
        also=("/lheo/offres/formation[1]/action[1]/extras[2]/@uri",),
        formation=1,
    )
    removed = [c for c in report.changes if c.action == "removed"]
    assert [c.source_path for c in removed] == [
        "/lheo/offres/formation[1]/action[1]/date-information[1]",
        "/lheo/offres/formation[1]/action[1]/date-information[2]",
        "/lheo/offres/formation[3]/action[1]/date-information[1]",
        "/lheo/offres/formation[1]/certification[1]/code-RNCP",
    ]
    assert "<date>20230204</date>" in (removed[0].old or "")
    assert '<extra info="HORAIRES">9h-12h</extra>' in (removed[2].old or "")
    assert all(c.target_path is None and c.new is None for c in removed)
    messages = [(w.rule, w.path) for w in report.warnings]
    assert messages == [
        ("1", "/lheo/offres"),
        ("2", "/lheo/offres/formation[2]/action[1]/extras[1]/extra[4]"),
    ]
    assert "20220630, 20220701" in report.warnings[0].message
    kept = [c for c in report.changes if c.action == "kept"]
    assert [(c.rule, c.old) for c in kept] == [("2", "31/06/2022")]


# --------------------------------------------------------------------------- official example


def test_official_onisep_example_migrates(shared_dir: Path) -> None:
    """The official 2.2 example: valid 2.3 output, nothing lost, converted values spot-checked."""
    path = shared_dir / "2.2" / "examples" / "exemple-bts-onisep.xml"
    src = parse(path)
    out, report = migrate_ok(src)
    assert report.profile == "onisep"
    # Values picked by reading the file: DATE EXPORT ONISEP 20151203, the lieu's name line
    # "Lycée Kerneuzec" before its adresse, duree-indicative "2 ans".
    assert '<extra info="DATE EXPORT ONISEP">20151203</extra>' in path.read_text("utf-8")
    assert one(out, "/l:lheo/l:offres").get("horodatage-export") == "2015-12-03T00:00:00"
    assert not out.xpath("//l:extra[@info='DATE EXPORT ONISEP']", namespaces=N)
    lieu = one(out, "//l:lieu-de-formation/l:coordonnees")
    assert not lieu.findall("l:ligne", N)
    assert one(lieu, "l:adresse/l:denomination").text == "Lycée Kerneuzec"
    assert [e.text for e in lieu.findall("l:adresse/l:ligne", N)] == ["Kerneuzec"]
    assert one(out, "//l:action/l:duree-cycle").text == "2"
    assert one(out, "//l:action/l:duree-indicative").text == "2 ans"
    # The session's adresse has its two lignes inside adresse: not a coordonnees, unchanged.
    assert len(out.findall(".//l:session//l:adresse/l:ligne", N)) == 2
    kept_infos = [e.get("info") for e in out.iter(f"{{{NS_2_3}}}extra")]
    assert kept_infos == [
        "ETA_ID LIEU ONISEP", "formation-initiale", "ACT_ID ONISEP", "ETA_ID ORG ONISEP",
        "FOR_ID ONISEP",
    ]  # fmt: skip
    assert report.summary() == {"ns": 1, "1": 1, "8": 1, "9": 1}


def test_official_example_with_timezone(shared_dir: Path) -> None:
    """With Europe/Paris, the export date of 3 December 2015 gets the winter offset."""
    src = parse(shared_dir / "2.2" / "examples" / "exemple-bts-onisep.xml")
    out, _ = migrate_ok(src, timezone="Europe/Paris")
    assert one(out, "/l:lheo/l:offres").get("horodatage-export") == "2015-12-03T00:00:00+01:00"


# --------------------------------------------------------------------------- input checks


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (f'<lheo xmlns="{NS_2_3}"><offres/></lheo>', "already LHÉO 2.3"),
        ('<lheo xmlns="http://www.lheo.org/1.3.0"/>', "namespace http://www.lheo.org/1.3.0"),
        ("<lheo/>", "root <lheo> in namespace (none)"),
        (f'<formation xmlns="{NS_2_2}"/>', "found root <formation>"),
    ],
)
def test_wrong_input_raises_migration_error(xml: str, message: str) -> None:
    """A non-2.2 input raises MigrationError saying what was found."""
    with pytest.raises(MigrationError, match=re.escape(message)):
        migrate_tree(parse(xml))


def test_bad_options_raise_migration_error() -> None:
    """Unknown profile, niveaux option or time zone are refused."""
    root = doc22()
    with pytest.raises(MigrationError, match="profile"):
        migrate_tree(root, profile="onisep2")  # type: ignore[arg-type]
    with pytest.raises(MigrationError, match="niveaux"):
        migrate_tree(root, niveaux="2019")  # type: ignore[arg-type]
    with pytest.raises(MigrationError, match="time zone"):
        migrate_tree(root, timezone="Europe/Metz")


@pytest.mark.parametrize("root_name", ["lheo-index", "lheo-plus"])
def test_other_roots_are_accepted(root_name: str) -> None:
    """lheo-index and lheo-plus roots get the namespace change."""
    out, report = migrate_ok(parse(f'<{root_name} xmlns="{NS_2_2}"/>'))
    assert out.tag == f"{{{NS_2_3}}}{root_name}"
    assert report.profile == "generic"


def test_lheo_plus_with_nested_lheo() -> None:
    """Inside lheo-plus, the nested lheo's offres gets the export date."""
    inner = etree.tostring(doc22(formation22(extras=export_extras("20220630")))).decode()
    out, _ = migrate_ok(parse(f'<lheo-plus xmlns="{NS_2_2}">{inner}</lheo-plus>'))
    assert one(out, "//l:offres").get("horodatage-export") == "2022-06-30T00:00:00"


# --------------------------------------------------------------------------- rule ns


def test_ns_default_namespace_and_declarations_kept() -> None:
    """Output: 2.3 as default namespace, xsi declaration and schemaLocation kept, comments kept."""
    src = parse(
        f'<!-- avant --><lheo xmlns="{NS_2_2}" xmlns:xsi="{XSI}" '
        f'xsi:schemaLocation="{NS_2_2} lheo.xsd"><!-- dedans -->'
        + etree.tostring(doc22()[0]).decode()
        + "</lheo>"
    )
    out, report = migrate_ok(src)
    assert out.nsmap == {None: NS_2_3, "xsi": XSI}
    assert out.get(f"{{{XSI}}}schemaLocation") == f"{NS_2_2} lheo.xsd"
    assert all(el.tag.startswith(f"{{{NS_2_3}}}") for el in out.iter() if isinstance(el.tag, str))
    assert not re.search(r'xmlns(:\w+)?="http://www.lheo.org/2.2"', etree.tostring(out).decode())
    assert isinstance(out[0], etree._Comment) and out[0].text == " dedans "
    previous = out.getprevious()
    assert isinstance(previous, etree._Comment) and previous.text == " avant "
    assert report.changes[0] == Change(
        rule="ns", action="converted", source_path="/lheo", target_path="/lheo",
        old=NS_2_2, new=NS_2_3, detail="namespace of every LHÉO element",
    )  # fmt: skip


def test_ns_prefixed_input_becomes_default_namespace() -> None:
    """A 2.2 input written with a prefix comes out with 2.3 as the default namespace."""
    body = etree.tostring(doc22()[0]).decode().replace(f'xmlns="{NS_2_2}"', "")
    body = re.sub(r"<(/?)([a-zA-Z])", r"<\1l:\2", body)
    out, _ = migrate_ok(parse(f'<l:lheo xmlns:l="{NS_2_2}">{body}</l:lheo>'))
    assert out.nsmap == {None: NS_2_3}
    assert "l:" not in etree.tostring(out).decode()


def test_ns_foreign_and_unqualified_content_of_extra_kept() -> None:
    """Elements of another namespace or of none, inside an extra, keep their namespace."""
    extras = (
        '<extras info="AUTRE"><extra info="x">'
        '<geo:point xmlns:geo="urn:geo" geo:srs="4326">47.8 -3.5</geo:point>'
        '<brut xmlns="">texte <b>gras</b></brut></extra></extras>'
    )
    out, _ = migrate_ok(doc22(formation22(extras=extras)))
    point = one(out, "//l:extra/*[local-name()='point']")
    assert point.tag == "{urn:geo}point" and point.get("{urn:geo}srs") == "4326"
    brut = one(out, "//l:extra/*[local-name()='brut']")
    assert brut.tag == "brut" and brut[0].tag == "b"
    reparsed = parse(etree.tostring(out))
    assert one(reparsed, "//l:extra/*[local-name()='brut']").tag == "brut"


# --------------------------------------------------------------------------- rule 1


def test_rule1_equal_export_dates() -> None:
    """Equal DATE EXPORT values give that value; every extra is removed and reported."""
    root = doc22(
        formation22(numero="F1", extras=export_extras("20220630")),
        formation22(numero="F2", extras=export_extras("20220630")),
    )
    out, report = migrate_ok(root)
    assert one(out, "//l:offres").get("horodatage-export") == "2022-06-30T00:00:00"
    changes = report.changes_for("1")
    assert [(c.source_path, c.target_path, c.old, c.new) for c in changes] == [
        ("/lheo/offres/formation[1]/extras[1]/extra[1]", "/lheo/offres/@horodatage-export",
         "20220630", "2022-06-30T00:00:00"),
        ("/lheo/offres/formation[2]/extras[1]/extra[1]", "/lheo/offres/@horodatage-export",
         "20220630", "2022-06-30T00:00:00"),
    ]  # fmt: skip
    assert report.warnings == []
    assert one(out, "//l:formation[1]/l:extras").get("horodatage-export") is None


def test_rule1_export_date_conflict_takes_the_latest() -> None:
    """Different DATE EXPORT values: the latest wins, with a warning naming all values."""
    root = doc22(
        formation22(numero="F1", extras=export_extras("20220702")),
        formation22(numero="F2", extras=export_extras("20220630")),
        formation22(numero="F3", extras=export_extras("20211231")),
    )
    out, report = migrate_ok(root)
    assert one(out, "//l:offres").get("horodatage-export") == "2022-07-02T00:00:00"
    assert report.warnings == [
        MigrationWarning(
            rule="1",
            path="/lheo/offres",
            message="the formations carry 3 different DATE EXPORT ONISEP values "
            "(20211231, 20220630, 20220702); horodatage-export takes the latest, "
            "2022-07-02T00:00:00",
        )
    ]
    details = [c.detail for c in report.changes_for("1")]
    assert details == [
        "",
        "superseded by the latest export date 2022-07-02T00:00:00",
        "superseded by the latest export date 2022-07-02T00:00:00",
    ]


def test_rule1_unreadable_export_date_kept() -> None:
    """An unreadable export date stays an extra, reported; readable ones still apply."""
    root = doc22(
        formation22(numero="F1", extras=export_extras("2022-06-31")),
        formation22(numero="F2", extras=export_extras("20220630")),
    )
    out, report = migrate_ok(root)
    assert one(out, "//l:offres").get("horodatage-export") == "2022-06-30T00:00:00"
    assert one(out, "//l:extra[@info='DATE EXPORT ONISEP']").text == "2022-06-31"
    assert [(w.rule, w.path) for w in report.warnings] == [
        ("1", "/lheo/offres/formation[1]/extras[1]/extra[1]")
    ]


def test_rule1_generic_profile_leaves_export_date() -> None:
    """Under the generic profile the export extra is an extra like any other."""
    root = doc22(formation22(extras=export_extras("20220630")))
    out, report = migrate_ok(root, profile="generic")
    assert one(out, "//l:offres").get("horodatage-export") is None
    assert one(out, "//l:extra[@info='DATE EXPORT ONISEP']").text == "20220630"
    assert report.changes_for("1") == []


# --------------------------------------------------------------------------- rules 2 and 3


def _lieu_action_formation() -> etree._Element:
    lieu = onisep_extras(
        "ETAB ONISEP",
        ("ETA_ID LIEU ONISEP", "16"),
        ("DATE CREATION LIEU ONISEP", "20190315"),
        ("URI LIEU ONISEP", "content://lieu"),
        ("DATE MODIFICATION LIEU ONISEP", "20220610"),
    )
    parcours = onisep_extras(
        "PARCOURS ACTION ONISEP",
        ("LIBELLE PARCOURS ACTION ONISEP", "Parcours A"),
        ("URI PARCOURS ACTION ONISEP", "content://parcours"),
        ("DATE CREATION PARCOURS ACTION ONISEP", "20210301"),
        ("DATE MODIFICATION PARCOURS ACTION ONISEP", "20220415"),
        ("SITUATION PARCOURS ACTION ONISEP", "master 1"),
        tag="extra",
    )
    action = (
        '<extras info="ACTION ONISEP">'
        '<extra info="ACT_ID ONISEP">18706</extra>'
        '<extra info="URI ACTION ONISEP">content://action</extra>'
        '<extra info="DATE CREATION ACTION ONISEP">20200101</extra>'
        '<extra info="DATE MODIFICATION ACTION ONISEP">20220601</extra>'
        f"{parcours}</extras>"
    )
    formation = onisep_extras(
        "FORMATION ONISEP",
        ("FOR_ID ONISEP", "9436"),
        ("URI FOR ONISEP", "content://formation"),
        ("DATE CREATION FOR ONISEP", "20180120"),
        ("DATE MODIFICATION FOR ONISEP", "20220502"),
        ("TYPE_FORMATION_LIBELLE", "BTS"),
    )
    organisme = onisep_extras(
        "ETAB ONISEP", ("ETA_ID ORG ONISEP", "16"), ("URI ETA ORG ONISEP", "content://eta")
    ) + onisep_extras(
        "ORGANISME ONISEP", ("ORG_ID ORG ONISEP", "77"), ("URI ORG ORG ONISEP", "content://org")
    )
    return doc22(
        formation22(
            actions=action22(lieu_extras=lieu, extras=action),
            organisme_extras=organisme,
            extras=formation,
        )
    )


def _stamps(el: etree._Element) -> dict[str, str]:
    keys = ("uri", "horodatage-creation", "horodatage-modification", "horodatage-export")
    return {k: v for k, v in el.attrib.items() if k in keys}


def test_rules_2_3_lieu_de_formation_and_its_block() -> None:
    """URI/DATE … LIEU ONISEP → attributes of lieu-de-formation and of its ETAB ONISEP block."""
    out, _ = migrate_ok(_lieu_action_formation())
    expected = {
        "uri": "content://lieu",
        "horodatage-creation": "2019-03-15T00:00:00",
        "horodatage-modification": "2022-06-10T00:00:00",
    }
    lieu = one(out, "//l:lieu-de-formation")
    assert _stamps(lieu) == expected
    block = one(lieu, "l:extras[@info='ETAB ONISEP']")
    assert _stamps(block) == expected
    assert [e.get("info") for e in block] == ["ETA_ID LIEU ONISEP"]


def test_rules_2_3_action_and_parcours() -> None:
    """ACTION ONISEP values go on action and its block; PARCOURS values on the PARCOURS extra."""
    out, _ = migrate_ok(_lieu_action_formation())
    action = one(out, "//l:action")
    expected = {
        "uri": "content://action",
        "horodatage-creation": "2020-01-01T00:00:00",
        "horodatage-modification": "2022-06-01T00:00:00",
    }
    assert _stamps(action) == expected
    block = one(action, "l:extras[@info='ACTION ONISEP']")
    assert _stamps(block) == expected
    parcours = one(block, "l:extra[@info='PARCOURS ACTION ONISEP']")
    assert _stamps(parcours) == {
        "uri": "content://parcours",
        "horodatage-creation": "2021-03-01T00:00:00",
        "horodatage-modification": "2022-04-15T00:00:00",
    }
    assert [e.get("info") for e in parcours] == [
        "LIBELLE PARCOURS ACTION ONISEP", "SITUATION PARCOURS ACTION ONISEP"
    ]  # fmt: skip
    assert [e.get("info") for e in block] == ["ACT_ID ONISEP", "PARCOURS ACTION ONISEP"]


def test_rules_2_3_formation_block_only() -> None:
    """FOR ONISEP values go on the FORMATION ONISEP block, not on formation."""
    out, _ = migrate_ok(_lieu_action_formation())
    assert _stamps(one(out, "//l:formation")) == {}
    block = one(out, "//l:formation/l:extras[@info='FORMATION ONISEP']")
    assert _stamps(block) == {
        "uri": "content://formation",
        "horodatage-creation": "2018-01-20T00:00:00",
        "horodatage-modification": "2022-05-02T00:00:00",
    }
    assert [e.get("info") for e in block] == ["FOR_ID ONISEP", "TYPE_FORMATION_LIBELLE"]


def test_rule3_organisme_blocks() -> None:
    """URI ETA ORG → organisme and its ETAB block; URI ORG ORG → ORGANISME block; ORG_ID stays."""
    out, report = migrate_ok(_lieu_action_formation())
    org = one(out, "//l:organisme-formation-responsable")
    assert _stamps(org) == {"uri": "content://eta"}
    assert _stamps(one(org, "l:extras[@info='ETAB ONISEP']")) == {"uri": "content://eta"}
    organisme = one(org, "l:extras[@info='ORGANISME ONISEP']")
    assert _stamps(organisme) == {"uri": "content://org"}
    assert [(e.get("info"), e.text) for e in organisme] == [("ORG_ID ORG ONISEP", "77")]
    eta = next(c for c in report.changes_for("3") if c.old == "content://eta")
    assert eta.target_path == "/lheo/offres/formation[1]/organisme-formation-responsable[1]/@uri"
    assert eta.also == (
        "/lheo/offres/formation[1]/organisme-formation-responsable[1]/extras[1]/@uri",
    )
    assert eta.detail == ""


def test_rules_2_3_report_paths() -> None:
    """Each converted extra: rule, input path of the extra, output path of the attribute."""
    _, report = migrate_ok(_lieu_action_formation())
    rows = {(c.rule, c.source_path, c.target_path) for c in report.changes if c.rule in "23"}
    lieu = "/lheo/offres/formation[1]/action[1]/lieu-de-formation[1]"
    act = "/lheo/offres/formation[1]/action[1]"
    assert ("2", f"{lieu}/extras[1]/extra[2]", f"{lieu}/@horodatage-creation") in rows
    assert ("3", f"{lieu}/extras[1]/extra[3]", f"{lieu}/@uri") in rows
    assert (
        "2",
        f"{act}/extras[1]/extra[5]/extra[3]",
        f"{act}/extras[1]/extra[2]/@horodatage-creation",
    ) in rows
    assert len(rows) == 14


def test_rule2_unreadable_date_kept() -> None:
    """An unreadable date stays an extra (unchanged), reported as kept with a warning."""
    block = onisep_extras(
        "ACTION ONISEP",
        ("DATE CREATION ACTION ONISEP", "2022-13-01"),
        ("DATE MODIFICATION ACTION ONISEP", " 20220229 "),
    )
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=block))))
    action = one(out, "//l:action")
    assert _stamps(action) == {}
    assert [e.text for e in action.findall("l:extras/l:extra", N)] == ["2022-13-01", " 20220229 "]
    assert [c.action for c in report.changes_for("2")] == ["kept", "kept"]
    assert len(report.warnings) == 2
    assert "unreadable date '2022-13-01'" in report.warnings[0].message


def test_rule2_iso_datetime_kept_as_is() -> None:
    """A value already written as xs:dateTime is used as it is."""
    block = onisep_extras(
        "ACTION ONISEP", ("DATE CREATION ACTION ONISEP", "2021-07-07T09:05:03.430Z")
    )
    out, _ = migrate_ok(doc22(formation22(actions=action22(extras=block))))
    assert one(out, "//l:action").get("horodatage-creation") == "2021-07-07T09:05:03.430Z"


def test_rule3_conflicting_uris_keep_the_second() -> None:
    """Two different URIs for one block: the second stays an extra, with a warning."""
    block = onisep_extras(
        "ACTION ONISEP", ("URI ACTION ONISEP", "content://a"), ("URI ACTION ONISEP", "content://b")
    )
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=block))))
    assert one(out, "//l:action").get("uri") == "content://a"
    assert one(out, "//l:action/l:extras/l:extra").text == "content://b"
    assert [c.action for c in report.changes_for("3")] == ["converted", "kept"]
    assert report.warnings[0].message.startswith("uri already set to 'content://a'")


def test_rule3_uri_with_spaces_is_unreadable() -> None:
    """A URI value with white space inside is not an anyURI we write: kept and reported."""
    block = onisep_extras("ACTION ONISEP", ("URI ACTION ONISEP", "content://a b"))
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=block))))
    assert one(out, "//l:action").get("uri") is None
    assert report.changes_for("3")[0].action == "kept"


def test_rules_2_3_block_in_the_wrong_place_is_left_alone() -> None:
    """An ETAB ONISEP block with LIEU extras outside a lieu-de-formation is not touched."""
    block = onisep_extras("ETAB ONISEP", ("URI LIEU ONISEP", "content://x"))
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=block))))
    assert one(out, "//l:action/l:extras/l:extra").text == "content://x"
    assert report.changes_for("3") == []


def test_generic_profile_never_touches_extras() -> None:
    """profile=generic: Onisep extras and date-information stay exactly as they were."""
    src = _lieu_action_formation()
    out, report = migrate_ok(src, profile="generic")
    assert report.profile == "generic"
    assert {c.rule for c in report.changes} == {"ns"}
    assert len(out.findall(".//l:extra", N)) == len(src.findall(".//l:extra", N22))
    assert _stamps(one(out, "//l:action")) == {}


# --------------------------------------------------------------------------- profile auto


def test_auto_profile_detection() -> None:
    """auto = onisep when an extra/extras info ends with ONISEP, generic otherwise."""
    plain = doc22(formation22(extras=onisep_extras("FLUX-CARIF", ("ID", "1"))))
    assert not is_onisep_flow(plain)
    assert migrate_tree(plain)[1].profile == "generic"
    tagged = doc22(formation22(extras=onisep_extras("X", ("FOR_ID onisep", "1"))))
    assert is_onisep_flow(tagged)
    assert migrate_tree(tagged)[1].profile == "onisep"


def test_non_onisep_extra_left_alone_in_onisep_profile() -> None:
    """A non-Onisep extra (FLUX-CARIF) with a look-alike name is not converted."""
    carif = onisep_extras("FLUX-CARIF", ("URI ACTION ONISEP", "content://carif"))
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=carif))), profile="onisep")
    assert one(out, "//l:extras[@info='FLUX-CARIF']/l:extra").text == "content://carif"
    assert report.changes_for("3") == []


# --------------------------------------------------------------------------- rule 8


def test_rule8_two_lines_joined_into_denomination() -> None:
    """Two lignes before adresse → adresse/denomination "a b", first child of adresse."""
    coord = (
        "<coordonnees><ligne>Lycée polyvalent</ligne><ligne> Jean Moulin </ligne>"
        f"{ADRESSE}<telfixe><numtel>01</numtel></telfixe></coordonnees>"
    )
    out, report = migrate_ok(
        doc22(formation22(actions=action22(coordonnees=coord))), profile="onisep"
    )
    coordonnees = one(out, "//l:lieu-de-formation/l:coordonnees")
    assert [etree.QName(c).localname for c in coordonnees] == ["adresse", "telfixe"]
    adresse = coordonnees[0]
    assert [etree.QName(c).localname for c in adresse][:2] == ["denomination", "ligne"]
    assert adresse[0].text == "Lycée polyvalent Jean Moulin"
    changes = report.changes_for("8")
    assert [(c.action, c.old, c.new) for c in changes] == [
        ("converted", "Lycée polyvalent", "Lycée polyvalent Jean Moulin"),
        ("converted", "Jean Moulin", "Lycée polyvalent Jean Moulin"),
    ]
    assert changes[0].target_path == (
        "/lheo/offres/formation[1]/action[1]/lieu-de-formation[1]/coordonnees/adresse/denomination"
    )


def test_rule8_one_line_moved() -> None:
    """One ligne before adresse moves as it is (action moved), its attributes too."""
    coord = f'<coordonnees><ligne numero="7">Lycée Kerneuzec</ligne>{ADRESSE}</coordonnees>'
    out, report = migrate_ok(
        doc22(formation22(actions=action22(coordonnees=coord))), profile="onisep"
    )
    denomination = one(out, "//l:adresse/l:denomination")
    assert (denomination.text, denomination.get("numero")) == ("Lycée Kerneuzec", "7")
    assert report.changes_for("8")[0].action == "moved"


def test_rule8_without_adresse_nothing_moves() -> None:
    """No adresse in the coordonnees: the lignes stay."""
    coord = "<coordonnees><ligne>Lycée</ligne><ligne>Jean Moulin</ligne></coordonnees>"
    out, report = migrate_ok(
        doc22(formation22(actions=action22(coordonnees=coord))), profile="onisep"
    )
    assert [e.text for e in out.findall(".//l:lieu-de-formation/l:coordonnees/l:ligne", N)] == [
        "Lycée", "Jean Moulin"
    ]  # fmt: skip
    assert report.changes_for("8") == [] and report.warnings == []


def test_rule8_over_255_characters_not_moved() -> None:
    """A name over 255 characters is not cut: the lignes stay, with a warning."""
    long = "L" * 200
    coord = f"<coordonnees><ligne>{long}</ligne><ligne>{long}</ligne>{ADRESSE}</coordonnees>"
    src = doc22(formation22(actions=action22(coordonnees=coord)))
    out, report = migrate_tree(src, profile="onisep")
    assert check_nothing_lost(src, out, report) == []
    assert not out.findall(".//l:denomination", N)
    assert [e.text for e in out.findall(".//l:lieu-de-formation/l:coordonnees/l:ligne", N)] == [
        long, long
    ]  # fmt: skip
    assert [c.action for c in report.changes_for("8")] == ["kept", "kept"]
    (warning,) = report.warnings
    assert warning.rule == "8" and "401 characters" in warning.message
    assert warning.path == "/lheo/offres/formation[1]/action[1]/lieu-de-formation[1]/coordonnees"


def test_rule8_applies_to_every_coordonnees() -> None:
    """The rule concerns every coordonnees (organisme, contacts), not only lieux."""
    src = doc22(formation22())
    org = src.find(".//l:coordonnees-organisme/l:coordonnees", N22)
    assert org is not None
    org.append(parse(f'<ligne xmlns="{NS_2_2}">Siège</ligne>'))
    org.append(parse(ADRESSE.replace("<adresse>", f'<adresse xmlns="{NS_2_2}">')))
    out, _ = migrate_ok(src, profile="onisep")
    assert one(out, "//l:coordonnees-organisme//l:denomination").text == "Siège"


def test_rule8_generic_profile_does_not_move() -> None:
    """profile=generic leaves the lignes where they are."""
    out, _ = migrate_ok(doc22(), profile="generic")
    assert not out.findall(".//l:denomination", N)


# --------------------------------------------------------------------------- rule 9


@pytest.mark.parametrize(
    ("duree", "years"),
    [("1 an", "1"), ("2 ans", "2"), ("3 années", "3"), ("2 ANS", "2"), (" 4 Annees ", "4"),
     ("2ans", "2")],
)  # fmt: skip
def test_rule9_years_give_duree_cycle(duree: str, years: str) -> None:
    """Whole years → duree-cycle N, placed after url-action and before session."""
    action = action22(duree=duree, url_action="<url-action><urlweb>www.x.fr</urlweb></url-action>")
    out, report = migrate_ok(doc22(formation22(actions=action)), profile="onisep")
    act = one(out, "//l:action")
    names = [etree.QName(c).localname for c in act]
    assert names[names.index("url-action") + 1 : names.index("url-action") + 3] == [
        "duree-cycle", "session"
    ]  # fmt: skip
    assert one(act, "l:duree-cycle").text == years
    assert one(act, "l:duree-indicative").text == duree
    (change,) = report.changes_for("9")
    assert (change.action, change.old, change.new) == ("added", duree.strip(), years)
    assert change.target_path == "/lheo/offres/formation[1]/action[1]/duree-cycle"


@pytest.mark.parametrize("duree", ["18 mois", "2 ans et demi", "0 an", "deux ans", "1,5 an", ""])
def test_rule9_other_durations_unchanged(duree: str) -> None:
    """Durations that are not a whole number of years add nothing."""
    out, report = migrate_ok(doc22(formation22(actions=action22(duree=duree))), profile="onisep")
    assert not out.findall(".//l:duree-cycle", N)
    assert report.changes_for("9") == []


def test_rule9_order_follows_the_xsd(shared_dir: Path) -> None:
    """Without url-action, duree-cycle still lands where the 2.3 sequence wants it."""
    out, _ = migrate_ok(doc22(formation22(actions=action22(duree="2 ans"))), profile="onisep")
    order = xsd_sequence("2.3", "action")
    names = [etree.QName(c).localname for c in one(out, "//l:action")]
    assert names == sorted(names, key=order.index)


# --------------------------------------------------------------------------- rule 13


def test_rule13_keep_is_the_default() -> None:
    """Without the option, the old niveaux keys stay."""
    out, report = migrate_ok(doc22(formation22(niveau_entree="5", niveau_sortie="6")))
    assert one(out, "//l:code-niveau-entree").text == "5"
    assert report.niveaux == "keep" and report.changes_for("13") == []


@pytest.mark.parametrize(
    ("old", "new"), [("4", "13"), ("5", "14"), ("6", "15"), ("7", "16"), ("8", "17")]
)
def test_rule13_decret_2019(old: str, new: str) -> None:
    """decret-2019: 4→13 … 8→17, in code-niveau-entree and code-niveau-sortie."""
    out, report = migrate_ok(
        doc22(formation22(niveau_entree=old, niveau_sortie=old)), niveaux="decret-2019"
    )
    assert one(out, "//l:code-niveau-entree").text == new
    assert one(out, "//l:code-niveau-sortie").text == new
    changes = report.changes_for("13")
    assert [(c.action, c.old, c.new) for c in changes] == [("converted", old, new)] * 2
    assert changes[0].source_path == "/lheo/offres/formation[1]/code-niveau-entree"


@pytest.mark.parametrize("code", ["2", "3"])
def test_rule13_no_equivalent_kept_with_warning(code: str) -> None:
    """2 and 3 have no 2019 equivalent: kept, reported."""
    out, report = migrate_ok(doc22(formation22(niveau_entree=code)), niveaux="decret-2019")
    assert one(out, "//l:code-niveau-entree").text == code
    assert [c.action for c in report.changes_for("13")] == ["kept"]
    assert [w.rule for w in report.warnings] == ["13"]


@pytest.mark.parametrize("code", ["0", "1"])
def test_rule13_zero_and_one_stay(code: str) -> None:
    """0 and 1 stay as they are, silently."""
    out, report = migrate_ok(doc22(formation22(niveau_entree=code)), niveaux="decret-2019")
    assert one(out, "//l:code-niveau-entree").text == code
    assert report.changes_for("13") == [] and report.warnings == []


def test_rule13_only_niveaux_elements_use_dict_niveaux(shared_dir: Path) -> None:
    """In the 2.3 tables, dict-niveaux is used by code-niveau-entree and code-niveau-sortie only."""
    rows = (shared_dir / "tables" / "index.csv").read_text("utf-8").splitlines()
    (row,) = [r for r in rows if r.startswith("2.3,dict-niveaux,")]
    assert row.split(",")[4].split() == ["code-niveau-entree", "code-niveau-sortie"]


# --------------------------------------------------------------------------- rule 14


def test_rule14_date_information_removed_with_content() -> None:
    """date-information and its children are removed; the report holds their XML."""
    dates = "<date-information><date>20230204</date></date-information>" * 2
    out, report = migrate_ok(
        doc22(formation22(actions=action22(date_information=dates))), profile="onisep"
    )
    assert not out.findall(".//l:date-information", N)
    changes = report.changes_for("14")
    assert [c.source_path for c in changes] == [
        "/lheo/offres/formation[1]/action[1]/date-information[1]",
        "/lheo/offres/formation[1]/action[1]/date-information[2]",
    ]
    assert changes[0].old == (
        f'<date-information xmlns="{NS_2_2}"><date>20230204</date></date-information>'
    )


def test_rule14_empty_code_rncp_removed_in_both_profiles() -> None:
    """An empty code-RNCP is removed (the 2.3 grammar requires it), whatever the profile."""
    cert = "<certification><code-RNCP></code-RNCP><code-CERTIFINFO>19004</code-CERTIFINFO></certification>"  # noqa: E501
    for profile in ("onisep", "generic"):
        src = doc22(formation22(certification=cert))
        out, report = migrate_ok(src, profile=profile)
        assert not out.findall(".//l:code-RNCP", N)
        (change,) = report.changes_for("14")
        assert change.old == f'<code-RNCP xmlns="{NS_2_2}"/>'
        assert change.source_path == "/lheo/offres/formation[1]/certification[1]/code-RNCP"


def test_rule14_real_code_rncp_kept() -> None:
    """A code-RNCP with a value stays."""
    cert = "<certification><code-RNCP>474</code-RNCP></certification>"
    out, _ = migrate_ok(doc22(formation22(certification=cert)))
    assert one(out, "//l:code-RNCP").text == "474"


def test_rule14_generic_keeps_date_information() -> None:
    """profile=generic keeps date-information."""
    dates = "<date-information><date>20230204</date></date-information>"
    src = doc22(formation22(actions=action22(date_information=dates)))
    out, _ = migrate_ok(src, profile="generic")
    assert one(out, "//l:date-information/l:date").text == "20230204"


# --------------------------------------------------------------------------- rules 4, 5, 6, 7, 10, 11, 12


def test_rule4_certifinfo_up_to_10_characters() -> None:
    """A 7-10 character CERTIFINFO (invalid 2.2, read leniently) is valid 2.3 and kept."""
    cert = "<certification><code-CERTIFINFO>1234567890</code-CERTIFINFO></certification>"
    out, report = migrate_ok(doc22(formation22(certification=cert)))
    assert one(out, "//l:code-CERTIFINFO").text == "1234567890"
    assert report.warnings == []


def test_rule4_longer_certifinfo_reported_not_cut() -> None:
    """Over 10 characters: kept (the output is then invalid) and reported."""
    cert = "<certification><code-CERTIFINFO>12345678901</code-CERTIFINFO></certification>"
    src = doc22(formation22(certification=cert))
    out, report = migrate_tree(src)
    assert one(out, "//l:code-CERTIFINFO").text == "12345678901"
    assert [w.rule for w in report.warnings] == ["4"]


def test_every_item_of_the_doc_has_a_rule() -> None:
    """Rules 1–14 and ns all run under the onisep profile, in the report's rules_applied."""
    _, report = migrate_tree(doc22(), profile="onisep")
    assert sorted(report.rules_applied) == sorted(["ns", *map(str, range(1, 15))])
    _, report = migrate_tree(doc22(), profile="generic")
    assert "1" not in report.rules_applied and "14" in report.rules_applied


def test_rule12_several_langues_after_migration() -> None:
    """langue-formation becomes repeatable: a script can add up to 5."""
    langue = "<langue-formation>fr</langue-formation>"
    out, _ = migrate_ok(doc22(formation22(actions=action22(langues=langue))))
    action = one(out, "//l:action")
    for code in ("en", "de", "es", "it"):
        add_langue_formation(action, code)
    assert [e.text for e in action.findall("l:langue-formation", N)] == [
        "fr", "en", "de", "es", "it"
    ]  # fmt: skip
    with pytest.raises(MigrationError, match="at most 5"):
        add_langue_formation(action, "pt")
    assert_valid_23(out)


def test_new_23_data_added_after_migration() -> None:
    """Items 6, 7, 10, 11: not invented, but a script adds them, checked and well placed."""
    out, report = migrate_ok(doc22())
    assert not out.xpath("//l:SIRET-lieu-formation|//l:code-UAI|//l:cycle|//l:enseignement",
                         namespaces=N)  # fmt: skip
    lieu = one(out, "//l:lieu-de-formation")
    add_code_uai(lieu, "0292338J")
    add_siret_lieu_formation(lieu, "40877891800131")
    add_code_uai(one(out, "//l:organisme-formation-responsable"), "0290076A")
    add_cycle(one(out, "//l:session"), "0", [1])
    add_enseignement(one(out, "//l:action"), "anglais", "5", obligatoire=True)
    add_enseignement(one(out, "//l:action"), "allemand", "6", obligatoire=False)
    assert_valid_23(out)
    assert [etree.QName(c).localname for c in lieu][:3] == [
        "SIRET-lieu-formation", "code-UAI-lieu-formation", "coordonnees"
    ]  # fmt: skip
    assert one(out, "//l:cycle/l:annee-cycle").text == "1"
    with pytest.raises(MigrationError, match="already"):
        add_code_uai(lieu, "0292338J")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda lieu: add_code_uai(lieu, "0292338K"), "invalid UAI"),
        (lambda lieu: add_siret_lieu_formation(lieu, "40877891800132"), "invalid SIRET"),
        (lambda lieu: add_cycle(lieu, "0"), "expected a 2.3 element session"),
    ],
)
def test_additions_check_their_values(call: object, message: str) -> None:
    """Bad UAI, bad SIRET, wrong element: MigrationError."""
    out, _ = migrate_tree(doc22())
    lieu = one(out, "//l:lieu-de-formation")
    with pytest.raises(MigrationError, match=message):
        call(lieu)  # type: ignore[operator]


def test_siret_and_uai_checks() -> None:
    """SIRET: 14 digits + Luhn (La Poste: digit sum % 5); UAI: 7 digits + letter mod 23."""
    assert is_valid_siret("40877891800131") and is_valid_siret("19290076900014")
    assert not is_valid_siret("40877891800132") and not is_valid_siret("4087789180013")
    assert is_valid_siret("35600000012345") is (sum(map(int, "35600000012345")) % 5 == 0)
    assert is_valid_uai("0292338J") and is_valid_uai("0290076A")
    assert not is_valid_uai("0292338A") and not is_valid_uai("292338J")


# --------------------------------------------------------------------------- timezone


@pytest.mark.parametrize(
    ("tz", "summer", "winter"),
    [
        (None, "2022-06-30T00:00:00", "2022-01-15T00:00:00"),
        ("Europe/Paris", "2022-06-30T00:00:00+02:00", "2022-01-15T00:00:00+01:00"),
        ("UTC", "2022-06-30T00:00:00+00:00", "2022-01-15T00:00:00+00:00"),
        ("America/Cayenne", "2022-06-30T00:00:00-03:00", "2022-01-15T00:00:00-03:00"),
    ],
)
def test_timezone_offsets_per_date(tz: str | None, summer: str, winter: str) -> None:
    """The offset is the zone's offset on that date (summer/winter time)."""
    block = onisep_extras(
        "ACTION ONISEP",
        ("DATE CREATION ACTION ONISEP", "20220115"),
        ("DATE MODIFICATION ACTION ONISEP", "20220630"),
    )
    out, report = migrate_ok(doc22(formation22(actions=action22(extras=block))), timezone=tz)
    action = one(out, "//l:action")
    assert action.get("horodatage-creation") == winter
    assert action.get("horodatage-modification") == summer
    assert report.timezone == tz


# --------------------------------------------------------------------------- value readers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("content://1a49f619-0b3c-4a55-9d1e-3f5c2b7a9e01", "content://1a49f619-0b3c-4a55-9d1e-3f5c2b7a9e01"),
        ("  https://www.onisep.fr/x?y=1#z ", "https://www.onisep.fr/x?y=1#z"),
        ("urn:uuid:1234", "urn:uuid:1234"),
        ("http://[::1]:80/a", "http://[::1]:80/a"),
        ("content://a b", None),
        ("http://h:x", None),
        ("a%zz", None),
        ("a#b#c", None),
        ("1a:b", None),
        ("", None),
    ],
)  # fmt: skip
def test_to_uri_examples(value: str, expected: str | None) -> None:
    """URI extras: kept as they are when they are anyURIs, refused otherwise."""
    result = to_uri(value)
    assert (result[0] if result else None) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(
            st.sampled_from(list("az09:/?#[]@%!$&'()*+,;=-._~{}|^`<>é") + ["content://", "%41"]),
            max_size=8,
        ).map("".join),
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    )
)
def test_to_uri_accepts_only_what_the_xsd_accepts(value: str) -> None:
    """Whatever to_uri accepts is a valid xs:anyURI for the official 2.3 XSD."""
    result = to_uri(value)
    if result is not None:
        extras = etree.Element(f"{{{NS_2_3}}}extras", uri=result[0])
        assert _schema("2.3").validate(extras), value


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="0123456789", min_size=8, max_size=8),
        st.datetimes().map(lambda d: d.strftime("%Y%m%d")),
        st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    ),
    st.sampled_from([None, "Europe/Paris", "UTC", "America/St_Johns", "Asia/Kathmandu"]),
)
def test_to_datetime_gives_valid_xs_datetime(value: str, zone: str | None) -> None:
    """Whatever to_datetime returns is a valid xs:dateTime for the official 2.3 XSD."""
    result = to_datetime(value, ZoneInfo(zone) if zone else None)
    if result is not None:
        action = etree.Element(f"{{{NS_2_3}}}extras", {"horodatage-creation": result[0]})
        assert _schema("2.3").validate(action), (value, result)


def test_to_datetime_examples() -> None:
    """YYYYMMDD → midnight (offset of the zone that day); bad dates → None."""
    paris = ZoneInfo("Europe/Paris")
    assert to_datetime("20220630", None) == ("2022-06-30T00:00:00", datetime.datetime(2022, 6, 30))
    assert to_datetime("20220630", paris)[0] == "2022-06-30T00:00:00+02:00"  # type: ignore[index]
    assert to_datetime("20221231", paris)[0] == "2022-12-31T00:00:00+01:00"  # type: ignore[index]
    for bad in ("20220631", "2022063", "30/06/2022", "inconnue", "2022-06-30", "18900101"):
        assert to_datetime(bad, paris) is None, bad


# --------------------------------------------------------------------------- report


def test_report_shape_and_serialisation(main22: etree._Element) -> None:
    """Report: frozen attrs, summary dict, readable table, JSON round trip."""
    _, report = migrate_tree(main22)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.profile = "generic"  # type: ignore[misc]
    data = json.loads(report.to_json())
    assert set(data) == {
        "profile", "niveaux", "timezone", "rules_applied", "summary", "changes", "warnings",
        "input_issues",
    }  # fmt: skip
    assert data["summary"] == report.summary()
    assert data["changes"][1]["source_path"] == report.changes[1].source_path
    assert set(data["changes"][0]) == {
        "rule", "action", "source_path", "target_path", "old", "new", "detail", "source_xml",
        "also", "formation",
    }  # fmt: skip
    assert "Lycée" in report.to_json()
    text = report.summary_text()
    assert "DATE EXPORT ONISEP → offres/@horodatage-export" in text
    assert text.splitlines()[0].split()[:7] == [
        "rule", "converted", "moved", "removed", "added", "kept", "warnings"
    ]  # fmt: skip
    assert "2 warnings" in text.splitlines()[-1]
    assert str(report.warnings[0]).startswith("[1] /lheo/offres: ")


def test_check_nothing_lost_detects_a_loss(main22: etree._Element) -> None:
    """The invariant helper reports a value dropped from the output and the report."""
    out, report = migrate_tree(main22)
    one(out, "//l:extras[@info='FLUX-CARIF']").getparent().remove(  # type: ignore[union-attr]
        one(out, "//l:extras[@info='FLUX-CARIF']")
    )
    assert check_nothing_lost(main22, out, report) == ["FLUX-CARIF", "ID-CARIF", "14_AF_0000012345"]
    assert check_nothing_lost(main22, out, report, with_paths=True)[0] == (
        "/lheo/offres/formation[1]/action[1]/extras[1]/@info: FLUX-CARIF"
    )
    partial = attrs.evolve(report, changes=[c for c in report.changes if c.rule != "14"])
    assert "20230204" in check_nothing_lost(main22, out, partial)


# --------------------------------------------------------------------------- grammar facts


@pytest.mark.parametrize("parent", sorted(CHILD_ORDER))
def test_child_order_facts_match_the_official_xsd(shared_dir: Path, parent: str) -> None:
    """The order facts encoded in the engine are those of the official 2.3 XSD."""
    assert list(CHILD_ORDER[parent]) == xsd_sequence("2.3", parent)


def test_repeatable_names_match_the_official_xsd(shared_dir: Path) -> None:
    """Path positions are given to exactly the elements repeatable in the 2.3 grammar."""
    tree = etree.parse(str(shared_dir / "2.3" / "lheo.xsd"), PARSER)
    names = set()
    for el in tree.getroot().iter(f"{XS}element"):
        holder = el.getparent()
        assert holder is not None
        most = el.get("maxOccurs") if holder.tag == f"{XS}sequence" else holder.get("maxOccurs")
        if el.get("ref") and most not in (None, "1"):
            names.add(el.get("ref", "").split(":")[1])
    assert names == repeatable_names()


# --------------------------------------------------------------------------- property


_TEXT = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "P", "S", "Zs"), blacklist_characters="\x85\xa0"
    ),
    min_size=1,
    max_size=30,
)
_LIGNE = _TEXT.filter(lambda s: s.strip() != "")
_DAY = st.dates(min_value=datetime.date(2000, 1, 1)).map(lambda d: d.strftime("%Y%m%d"))
_DATE = st.one_of(
    _DAY,
    st.sampled_from(["20220631", "2022", "inconnue", "2022-06-30T11:42:54.218+02:00"]),
)
_URI = st.one_of(
    st.uuids().map(lambda u: f"content://{u}"), st.sampled_from(["content://a b", "x"])
)


@st.composite
def _extras(draw: st.DrawFn, info: str, suffix: str, dates: bool, ids: tuple[str, ...]) -> str:
    items: list[tuple[str, str]] = [(i, str(draw(st.integers(1, 99999)))) for i in ids]
    if draw(st.booleans()):
        items.append((f"URI {suffix}", draw(_URI)))
    if dates:
        for kind in ("DATE CREATION", "DATE MODIFICATION"):
            if draw(st.booleans()):
                items.append((f"{kind} {suffix}", draw(_DATE)))
    if draw(st.booleans()):
        items.append(
            (draw(st.sampled_from(["STATUT", "TYPE_ETABLISSEMENT", "AUTRE"])), draw(_TEXT))
        )
    items = draw(st.permutations(items))
    return onisep_extras(info, *items)


@st.composite
def _action(draw: st.DrawFn, numero: str) -> str:
    lignes = draw(st.lists(_LIGNE, max_size=3))
    body = "".join(f"<ligne>{_esc(t)}</ligne>" for t in lignes)
    adresse = ADRESSE if draw(st.booleans()) else ""
    lieu = draw(_extras("ETAB ONISEP", "LIEU ONISEP", True, ("ETA_ID LIEU ONISEP",)))
    extras = draw(_extras("ACTION ONISEP", "ACTION ONISEP", True, ("ACT_ID ONISEP",)))
    for _ in range(draw(st.integers(0, 2))):
        parcours = (
            draw(_extras("PARCOURS ACTION ONISEP", "PARCOURS ACTION ONISEP", True, ()))
            .replace("<extras ", "<extra ")
            .replace("</extras>", "</extra>")
        )
        extras = extras.replace("</extras>", parcours + "</extras>")
    if draw(st.booleans()):
        extras += onisep_extras("FLUX-CARIF", ("URI ACTION ONISEP", draw(_TEXT)))
    dates = draw(st.lists(_DAY, max_size=3))
    duree = draw(st.one_of(st.none(), st.sampled_from(["1 an", "2 ans", "3 années", "18 mois"]),
                           _TEXT))  # fmt: skip
    return action22(
        numero=numero,
        coordonnees=f"<coordonnees>{body}{adresse}</coordonnees>",
        lieu_extras=lieu,
        date_information="".join(
            f"<date-information><date>{d}</date></date-information>" for d in dates
        ),
        duree=duree,
        extras=extras,
    )


@st.composite
def onisep_documents(draw: st.DrawFn) -> etree._Element:
    formations = []
    for i in range(draw(st.integers(1, 3))):
        actions = "".join(draw(_action(f"A{i}-{j}")) for j in range(draw(st.integers(1, 2))))
        rncp = draw(st.sampled_from(["", "<code-RNCP></code-RNCP>", "<code-RNCP>474</code-RNCP>"]))
        formation_extras = draw(_extras("FORMATION ONISEP", "FOR ONISEP", True, ("FOR_ID ONISEP",)))
        if draw(st.booleans()):
            export = f'<extra info="DATE EXPORT ONISEP">{_esc(draw(_DATE))}</extra>'
            formation_extras = formation_extras.replace(">", ">" + export, 1)
        organisme = draw(_extras("ETAB ONISEP", "ETA ORG ONISEP", False, ("ETA_ID ORG ONISEP",)))
        organisme += draw(
            _extras("ORGANISME ONISEP", "ORG ORG ONISEP", False, ("ORG_ID ORG ONISEP",))
        )
        formations.append(
            formation22(
                numero=f"F{i}",
                niveau_entree=str(draw(st.integers(0, 8))),
                niveau_sortie=str(draw(st.integers(0, 8))),
                certification=f"<certification>{rncp}</certification>" if rncp else "",
                actions=actions,
                organisme_extras=organisme,
                extras=formation_extras,
            )
        )
    return doc22(*formations)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    root=onisep_documents(),
    profile=st.sampled_from(["auto", "onisep", "generic"]),
    niveaux=st.sampled_from(["keep", "decret-2019"]),
    tz=st.sampled_from([None, "Europe/Paris", "UTC", "Pacific/Noumea"]),
)
def test_property_nothing_lost_and_valid(
    root: etree._Element, profile: str, niveaux: str, tz: str | None
) -> None:
    """On generated 2.2 Onisep flows: nothing lost, output valid 2.3, input untouched."""
    out, report = migrate_ok(root, profile=profile, niveaux=niveaux, timezone=tz)
    assert report.profile == ("generic" if profile == "generic" else "onisep")
    if profile == "generic":
        assert {c.rule for c in report.changes} <= {"ns", "13", "14"}
    else:
        assert not out.findall(".//l:date-information", N)
    kept = [c for c in report.changes if c.action == "kept"]
    assert len(kept) <= len(report.warnings)
