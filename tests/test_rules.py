"""lheo.rules: each rule on a value broken on purpose, the clean examples, JSON, the CLI.

The fixtures under tests/fixtures/rules/ were written by hand; every expected finding below
(rule, line, path, value) was read off the fixture, not off the code's output.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_path

import lheo
import lheo.referentials
import lheo.rules
from lheo.rules import RULES, Finding, by_offer, check, findings_to_json

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
DATA = ROOT / "examples" / "data"

F1 = "/lheo/offres/formation[1]"
A1 = f"{F1}/action[1]"
LIEU1 = f"{A1}/lieu-de-formation[1]"
ADR1 = f"{LIEU1}/coordonnees/adresse"
F2 = "/lheo/offres/formation[2]"
LIEU2 = f"{F2}/action[1]/lieu-de-formation[1]"
ADR2 = f"{LIEU2}/coordonnees/adresse"
INSCR2 = f"{F2}/action[1]/session[1]/adresse-inscription/adresse"

# (rule, line, path, value, offer) of broken-2.3.xml.bad, in document order.
EXPECTED_2_3 = [
    ("code-table", 6, f"{F1}/code-niveau-entree", "99", "F1"),
    ("rncp-format", 8, f"{F1}/certification[1]/code-RNCP", "RNCP12X", "F1"),
    ("certifinfo-format", 9, f"{F1}/certification[1]/code-CERTIFINFO", "12A45", "F1"),
    ("courriel-format", 13, f"{F1}/contact-formation[1]/coordonnees/courriel", "contact@@example.fr", "F1"),
    ("url-format", 15, f"{F1}/contact-formation[1]/coordonnees/web/urlweb[1]", "www.example.fr", "F1"),
    ("virgule-decimale", 20, f"{A1}/prix-total-TTC", "1250,50", "F1"),
    ("siret-cle", 23, f"{LIEU1}/SIRET-lieu-formation/SIRET", "19573287000018", "F1"),
    ("uai-cle", 26, f"{LIEU1}/code-UAI-lieu-formation/code-UAI", "0573287A", "F1"),
    ("commune-codepostal", 30, f"{ADR1}/codepostal", "57000", "F1"),
    ("commune-departement", 32, f"{ADR1}/departement", "57", "F1"),
    ("geo-plage", 36, f"{ADR1}/geolocalisation/latitude", "91.5", "F1"),
    ("virgule-decimale", 37, f"{ADR1}/geolocalisation/longitude", "6,18", "F1"),
    ("date-inexistante", 44, f"{A1}/session[1]/periode/debut", "20221345", "F1"),
    ("date-inconnue", 45, f"{A1}/session[1]/periode/fin", "00000000", "F1"),
    ("numero-doublon", 48, f"{A1}/session[2]", "S1", "F1"),
    ("periode-ordre", 49, f"{A1}/session[2]/periode", "20260901-20250901", "F1"),
    ("commune-region", 59, f"{A1}/session[2]/adresse-inscription/adresse/region", "44", "F1"),
    ("siret-format", 66, f"{F1}/organisme-formation-responsable/SIRET-organisme-formation/SIRET", "195732870000170", "F1"),
    ("numero-doublon", 72, f"{F2}/action[1]", "A1", "F2"),
    ("departement-inconnu", 80, f"{ADR2}/departement", "2C", "F2"),
    ("commune-inconnue", 81, f"{ADR2}/code-INSEE-commune", "99999", "F2"),
    ("region-inconnue", 82, f"{ADR2}/region", "45", "F2"),
    ("commune-ancienne", 93, f"{INSCR2}/code-INSEE-commune", "01091", "F2"),
    ("commune-departement", 94, f"{INSCR2}/departement", "067", "F2"),
    ("region-ancienne", 95, f"{INSCR2}/region", "42", "F2"),
    ("commune-region", 95, f"{INSCR2}/region", "42", "F2"),
]

O1 = "/lheo/offres/offre-formation[1]"
ADR_13 = f"{O1}/organisation-formation/lieu-de-formation/coordonnees/adresse"
EXPECTED_1_3_0 = [
    ("code-table", 8, f"{O1}/action-formation/codes-public-vise/code-public-vise[1]", "80999", "O1"),
    ("rncp-format", 11, f"{O1}/action-formation/certification/code-RNCP", "RNCP123", "O1"),
    ("certifinfo-format", 12, f"{O1}/action-formation/certification/code-CERTIFINFO", "1234567", "O1"),
    ("virgule-decimale", 24, f"{ADR_13}/extras[1]/extra[1]", "47,29", "O1"),
    ("geo-plage", 25, f"{ADR_13}/extras[1]/extra[2]", "200", "O1"),
    ("virgule-decimale", 30, f"{O1}/organisation-formation/prix-horaire-TTC", "12,5", "O1"),
    ("numero-doublon", 33, "/lheo/offres/offre-formation[2]", "O1", "O1"),
]

SEVERITY = {rule.id: rule.severity for rule in RULES}


def _rows(findings: list[Finding]) -> list[tuple[str, int | None, str, str, str | None]]:
    return [(f.rule, f.line, f.path, f.value, f.offer) for f in findings]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("broken-2.3.xml.bad", EXPECTED_2_3), ("broken-1.3.0.xml.bad", EXPECTED_1_3_0)],
)
def test_each_broken_value_is_found_where_it_is(name: str, expected: list[tuple]) -> None:
    findings = check(FIXTURES / name)
    assert _rows(findings) == expected
    for finding in findings:
        assert finding.severity == SEVERITY[finding.rule]
        # The message names the value (and the element, or its extra's info).
        assert f"« {finding.value.split('-')[0]} »" in finding.message or finding.rule == "periode-ordre"
        assert finding.element in finding.message or finding.element == "extra"
        assert finding.source.endswith(name)


# With the closed establishments given: La Poste's SIRET of the second lieu (line 75) is one.
CLOSED = ["35600000000001", "30059912300183"]
EXPECTED_CLOSED = ("siret-ferme", 75, f"{LIEU2}/SIRET-lieu-formation/SIRET", "35600000000001", "F2")


def test_every_rule_has_a_broken_fixture() -> None:
    covered = {row[0] for row in [*EXPECTED_2_3, *EXPECTED_1_3_0, EXPECTED_CLOSED]}
    assert covered == {rule.id for rule in RULES}


def test_closed_establishments_are_found_when_the_caller_gives_them() -> None:
    closed = lheo.referentials.ClosedSirets(CLOSED)
    findings = check(FIXTURES / "broken-2.3.xml.bad", closed_sirets=closed)
    # The same findings as without the list, plus the closed one in document order.
    expected = sorted([*EXPECTED_2_3, EXPECTED_CLOSED], key=lambda row: row[1])
    assert sorted(_rows(findings), key=lambda row: row[1]) == expected
    (found,) = [f for f in findings if f.rule == "siret-ferme"]
    assert found.severity == "avertissement" and "« 35600000000001 »" in found.message
    assert "fermé" in found.message
    # A plain set of strings does as well; without any list the rule does not run.
    assert [f.rule for f in check(FIXTURES / "broken-2.3.xml.bad", rules=["siret-ferme"],
                                  closed_sirets=set(CLOSED))] == ["siret-ferme"]  # fmt: skip
    assert "siret-ferme" not in {f.rule for f in check(FIXTURES / "broken-2.3.xml.bad")}
    with pytest.raises(lheo.LheoError, match="siret-ferme needs closed_sirets="):
        check(FIXTURES / "broken-2.3.xml.bad", rules=["siret-ferme"])


def test_messages_say_what_is_expected() -> None:
    by_rule: dict[str, Finding] = {}
    for finding in check(FIXTURES / "broken-2.3.xml.bad"):
        by_rule.setdefault(finding.rule, finding)  # the first of each rule
    # The UAI's right key, computed by hand: 573287 = 23 × 24925 + 12 → the 13th letter of
    # ABCDEFGHJKLMNPRSTUVWXYZ (no I, O, Q) is N.
    assert "0573287N" in by_rule["uai-cle"].message
    assert "67000 ou 67100 ou 67200 attendu" in by_rule["commune-codepostal"].message  # Strasbourg
    assert "« 67 » attendu" in by_rule["commune-departement"].message
    assert "Grand Est" in by_rule["region-ancienne"].message  # Alsace (42) → 44
    assert "dict-niveaux" in by_rule["code-table"].message
    assert "Valserhône (01033)" in by_rule["commune-ancienne"].message
    assert "(« 1250.50 »)" in by_rule["virgule-decimale"].message


def test_la_poste_siret_follows_its_own_key() -> None:
    # 35600000000001: La Poste's SIREN, digit sum 3+5+6+1 = 15 (a multiple of 5), Luhn sum
    # 3+1+6+0…+0+1 = 11 (not a multiple of 10): valid for La Poste only. The same NIC after
    # another SIREN that is Luhn-valid on its own (732829320, Nestlé France) is refused.
    poste = _flow_with_siret("35600000000001")
    assert [f.rule for f in check(poste, rules=["siret-cle"])] == []
    other = _flow_with_siret("73282932000001")
    assert [f.rule for f in check(other, rules=["siret-cle"])] == ["siret-cle"]


def _flow_with_siret(siret: str) -> bytes:
    return (
        '<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation numero="X">'
        "<organisme-formation-responsable><SIRET-organisme-formation>"
        f"<SIRET>{siret}</SIRET></SIRET-organisme-formation></organisme-formation-responsable>"
        "</formation></offres></lheo>"
    ).encode()


def test_partial_dates_pass_and_impossible_ones_do_not() -> None:
    def dates(debut: str, fin: str) -> list[str]:
        xml = (
            '<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation><action><session>'
            f"<periode><debut>{debut}</debut><fin>{fin}</fin></periode>"
            "</session></action></formation></offres></lheo>"
        )
        return [f.rule for f in check(xml.encode())]

    assert dates("20250900", "20260000") == []  # a month, a year
    assert dates("20240229", "20240301") == []  # 2024 is a leap year
    assert dates("20230229", "20230301") == ["date-inexistante"]
    assert dates("20221300", "20230000") == ["date-inexistante"]  # no 13th month
    assert dates("99999999", "20230101") == ["date-inconnue"]


def test_only_the_rules_asked_for_run() -> None:
    findings = check(FIXTURES / "broken-2.3.xml.bad", rules=["siret-cle", "uai-cle"])
    assert [f.rule for f in findings] == ["siret-cle", "uai-cle"]
    with pytest.raises(lheo.rules.UnknownRuleError, match="no-such-rule"):
        check(FIXTURES / "broken-2.3.xml.bad", rules=["no-such-rule"])
    assert isinstance(lheo.rules.UnknownRuleError("x"), lheo.LheoError)


def test_findings_grouped_per_offer() -> None:
    groups = by_offer(check(FIXTURES / "broken-2.3.xml.bad"))
    assert list(groups) == ["F1", "F2"]
    assert len(groups["F1"]) == sum(1 for row in EXPECTED_2_3 if row[4] == "F1")


def test_json_rendering_round_trips() -> None:
    findings = check(FIXTURES / "broken-1.3.0.xml.bad")
    data = json.loads(findings_to_json(findings))
    assert data[0] == {
        "rule": "code-table",
        "severity": "bloquant",
        "message": findings[0].message,
        "element": "code-public-vise",
        "value": "80999",
        "line": 8,
        "path": EXPECTED_1_3_0[0][2],
        "offer": "O1",
        "offer_path": O1,
        "source": findings[0].source,
    }
    assert len(data) == len(EXPECTED_1_3_0)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.xml")))
def test_clean_examples_have_no_blocking_finding(name: str) -> None:
    findings = check(DATA / name)
    assert [f for f in findings if f.severity == "bloquant"] == []
    # The only warnings: ONISEP's web addresses written without their scheme (found here
    # with a plain regex over the text, independently of the rules).
    text = (DATA / name).read_text(encoding="utf-8").splitlines()
    bare = [
        n
        for n, line in enumerate(text, 1)
        for value in re.findall(r"<urlweb>([^<]*)</urlweb>", line)
        if not value.startswith(("http://", "https://"))
    ]
    assert [(f.rule, f.line) for f in findings] == [("url-format", n) for n in bare]


def test_streaming_from_a_file_object_gives_the_same() -> None:
    with open(FIXTURES / "broken-2.3.xml.bad", "rb") as stream:
        assert _rows(check(stream)) == EXPECTED_2_3


def test_rule_table_documents_every_rule() -> None:
    table = lheo.rules.markdown_table()
    lines = table.splitlines()
    assert lines[0].startswith("| règle |")
    assert [line.split("|")[1].strip(" `") for line in lines[2:]] == [r.id for r in RULES]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    if "| règle |" in readme:  # the README's table is this one
        assert table in readme


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lheo", *args], capture_output=True, text=True, check=False
    )


def test_cli_validate_rules_exits_1_on_a_blocking_finding() -> None:
    proc = _cli("validate", "--rules", str(FIXTURES / "broken-1.3.0.xml.bad"))
    assert proc.returncode == 1
    assert "bloquant [code-table]" in proc.stderr
    assert f"{FIXTURES / 'broken-1.3.0.xml.bad'}:8: element code-public-vise:" in proc.stderr
    assert "7 bloquant(s), 0 avertissement(s)" in proc.stderr


def test_cli_validate_rules_with_ids_and_json() -> None:
    clean = _cli("validate", "--rules", "url-format", str(DATA / "catalogue-2.3.xml"))
    assert clean.returncode == 0, clean.stderr
    assert "0 bloquant(s), 0 avertissement(s)" in clean.stdout
    proc = _cli(
        "validate", "--format", "json", "--rules=siret-cle", str(FIXTURES / "broken-2.3.xml.bad")
    )
    assert proc.returncode == 1
    (entry,) = json.loads(proc.stdout)
    assert [(f["rule"], f["line"]) for f in entry["findings"]] == [("siret-cle", 23)]
    bad = _cli("validate", "--rules=nope", str(DATA / "catalogue-2.3.xml"))
    assert bad.returncode == 2 and "unknown rule(s) nope" in bad.stderr


def test_an_index_summary_is_a_place_too() -> None:
    # LHÉO-Léger 1.3.0: resume-offre holds codepostal, code-INSEE-commune, departement and
    # region itself. Saint-Nazaire (44184) is in Loire-Atlantique (44), Pays de la Loire (52),
    # postcode 44600; 53 is Bretagne.
    xml = (
        '<lheo-leger xmlns="http://www.lheo.org/1.3.0"><resumes-offres>\n'
        '<resume-offre file="o.xml" numero="R1">\n'
        "<codepostal>44600</codepostal>\n"
        "<code-INSEE-commune>44184</code-INSEE-commune>\n"
        "<departement>44</departement>\n"
        "<region>53</region>\n"
        "</resume-offre></resumes-offres></lheo-leger>"
    )
    findings = check(xml.encode())
    assert [(f.rule, f.line, f.path, f.offer) for f in findings] == [
        ("commune-region", 6, "/lheo-leger/resumes-offres/resume-offre[1]/region", "R1")
    ]
    assert "Pays de la Loire" in findings[0].message


def test_official_photographe_example() -> None:
    # The official 1.3.0 example writes the postcode 69380 where the INSEE code goes (Rhône's
    # INSEE codes are 69001-69299 and Lyon's arrondissements 69381-69389), and a SIRET whose
    # Luhn sum is 56 (6+2+9+8+2+2+3+4+1+1+4+8+3+3, by hand), and the public 80999, which no
    # public-vise table holds (the 1.3.0 XSD's own comment says so).
    path = shared_path("1.3.0", "examples", "exemple-photographe.xml")
    blocking = [(f.rule, f.line, f.value) for f in check(path) if f.severity == "bloquant"]
    text = path.read_text(encoding="utf-8").splitlines()
    lines = {
        value: [n for n, line in enumerate(text, 1) if f">{value}<" in line]
        for value in ("69380", "63445123124916", "80999")
    }
    expected = (
        [("code-table", n, "80999") for n in lines["80999"]]
        + [("commune-inconnue", n, "69380") for n in lines["69380"] if "code-INSEE" in text[n - 1]]
        + [("siret-cle", n, "63445123124916") for n in lines["63445123124916"]]
    )
    assert sorted(blocking, key=lambda row: row[1]) == sorted(expected, key=lambda row: row[1])


def test_the_documented_elements_exist() -> None:
    from lheo.versions import Version

    for rule in RULES:
        for name in rule.elements:
            if name != "…":
                assert any(v.has_element(name) for v in Version), (rule.id, name)


def test_a_lone_formation_root_is_checked() -> None:
    # 2025 is not a leap year: no 30 February.
    xml = (
        b'<formation xmlns="http://lheo.gouv.fr/2.3" numero="Z"><action><session><periode>'
        b"<debut>20250230</debut><fin>20250301</fin></periode></session></action></formation>"
    )
    (finding,) = check(xml)
    assert (finding.rule, finding.value, finding.offer) == ("date-inexistante", "20250230", "Z")
    assert finding.path == "/formation/action[1]/session[1]/periode/debut"


def test_bad_input_is_a_typed_error() -> None:
    with pytest.raises(lheo.NotLheoError):
        check(b'<foo xmlns="urn:x"/>')
    with pytest.raises(lheo.ParseError):
        check(b'<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>')
