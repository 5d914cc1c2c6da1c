"""lheo.migrate and `lheo migrate`: typed 2.3 result, report, validity against both XSDs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

import lheo
from lheo import enrich, onisep
from lheo.cli import main
from lheo.errors import MigrationError
from lheo.migration import check_nothing_lost

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
OFFICIAL_22 = SHARED / "2.2" / "examples" / "exemple-bts-onisep.xml"
DATA = ROOT / "examples" / "data"


def official_23() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SHARED / "2.3" / "lheo.xsd")))


@pytest.mark.parametrize(
    "path",
    [OFFICIAL_22, DATA / "onisep-2.2.xml", DATA / "onisep-2.2-real.xml"],
    ids=lambda p: p.name,
)
def test_migration_is_valid_for_both_schemas_and_loses_nothing(path: Path) -> None:
    """The output validates against our 2.3 XSD and the official one; nothing is lost."""
    result = lheo.migrate(path)
    assert result.ok
    assert result.document.version == "2.3"
    out = lheo.write(result.document)
    assert out is not None
    assert lheo.validate(out).ok
    schema = official_23()
    assert schema.validate(etree.fromstring(out)), schema.error_log
    source = etree.parse(str(path)).getroot()
    assert check_nothing_lost(source, etree.fromstring(out), result.report) == []


def test_official_example_values_moved() -> None:
    """Hand-checked: DATE EXPORT 20151203 → offres/@horodatage-export; lignes → denomination."""
    result = lheo.migrate(OFFICIAL_22)
    offres = result.document.root.offres
    assert str(offres.horodatage_export) == "2015-12-03T00:00:00"
    action = offres.formation[0].action[0]
    adresse = action.lieu_de_formation[0].coordonnees.adresse
    assert adresse.denomination.value == "Lycée Kerneuzec"
    assert action.duree_cycle.value == 2  # from "2 ans"
    assert result.report.summary()["1"] == 1


def test_real_flow_input_issues_and_removals() -> None:
    """Invalid 2.2 input is read; its issues are reported; empty code-RNCP is removed."""
    result = lheo.migrate(DATA / "onisep-2.2-real.xml")
    assert [i.element for i in result.report.input_issues] == ["code-RNCP"]
    removed = [c for c in result.report.changes if c.action == "removed"]
    assert any("code-RNCP" in (c.old or "") for c in removed)
    assert any("date-information" in (c.old or "") for c in removed)
    assert len(result.report.warnings) >= 2


def test_migrate_document_and_timezone() -> None:
    """A 2.2 Document migrates too; the timezone gives dates their Paris offset."""
    doc = lheo.read(OFFICIAL_22)
    result = lheo.migrate(doc, timezone="Europe/Paris")
    assert str(result.document.root.offres.horodatage_export) == "2015-12-03T00:00:00+01:00"


def test_enrich_callback_adds_2_3_data() -> None:
    """The enrich callback adds UAI, SIRET and cycle with checked constructors."""

    def add(document: lheo.Document) -> None:
        for formation in document.root.offres.formation:
            for action in formation.action:
                for lieu in action.lieu_de_formation:
                    lieu.code_uai_lieu_formation = enrich.code_uai_lieu_formation("0292338J")
                    lieu.siret_lieu_formation = enrich.siret_lieu_formation("19290076900014")
                for session in action.session:
                    session.cycle = [enrich.cycle(type_cycle="0", annee_cycle=[1])]

    result = lheo.migrate(OFFICIAL_22, enrich=add)
    assert result.ok
    out = lheo.write(result.document)
    assert out is not None
    assert b"<code-UAI>0292338J</code-UAI>" in out
    assert b"<SIRET>19290076900014</SIRET>" in out
    assert b"<type-cycle>0</type-cycle>" in out
    assert official_23().validate(etree.fromstring(out))


def test_wrong_input_version() -> None:
    """A 2.3 input cannot be migrated to 2.3."""
    with pytest.raises(MigrationError, match="2.2"):
        lheo.migrate(DATA / "catalogue-2.3.xml")
    with pytest.raises(lheo.UnsupportedVersionError):
        lheo.migrate(OFFICIAL_22, to="3.0")


def test_onisep_views_read_migrated_output() -> None:
    """After migration, the 2.3-style views read URIs and dates from attributes."""
    result = lheo.migrate(DATA / "onisep-2.2.xml")
    formation = result.document.root.offres.formation[0]
    view = onisep.action_onisep(formation.action[0])
    assert view is not None and view.style == "2.3"
    assert view.uri is not None and view.uri.startswith("content://")
    assert view.created is not None


def test_cli_migrate(tmp_path: Path) -> None:
    """`lheo migrate` writes a valid 2.3 file and a JSON report, and prints the summary."""
    out, report = tmp_path / "out.xml", tmp_path / "report.json"
    result = CliRunner().invoke(
        main,
        [
            "migrate",
            str(OFFICIAL_22),
            "-o",
            str(out),
            "--report",
            str(report),
            "--timezone",
            "Europe/Paris",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "namespace 2.2 → 2.3" in result.stdout
    assert lheo.validate(out).ok
    data = json.loads(report.read_text())
    assert data["summary"]["1"] == 1 and data["timezone"] == "Europe/Paris"


def test_cli_migrate_wrong_input_exits_2(tmp_path: Path) -> None:
    """A 2.3 input is an input error: exit 2, nothing written."""
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(main, ["migrate", str(DATA / "catalogue-2.3.xml"), "-o", str(out)])
    assert result.exit_code == 2
    assert not out.exists()


def test_cli_migrate_invalid_output_exits_1(tmp_path: Path) -> None:
    """When the output would be invalid 2.3, exit 1 and write no file."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(
        OFFICIAL_22.read_bytes().replace(
            b"<intitule-formation>", b"<intitule-formation>" + b"x" * 300
        )
    )
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(main, ["migrate", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "not valid LHÉO 2.3" in result.stderr
    assert not out.exists()
    with pytest.raises(MigrationError) as info:
        lheo.migrate(bad)
    assert not info.value.result.ok  # type: ignore[attr-defined]


def test_cli_migrate_stream_same_output_and_jsonl_report(tmp_path: Path) -> None:
    """`lheo migrate --stream` writes the same bytes and a JSON Lines report of the same changes."""
    from lheo.migration import MigrationReport

    streamed, in_memory = tmp_path / "s.xml", tmp_path / "m.xml"
    report = tmp_path / "r.jsonl"
    args = ["--timezone", "Europe/Paris"]
    source = str(DATA / "onisep-2.2-real.xml")
    r1 = CliRunner().invoke(
        main,
        ["migrate", "--stream", "-q", source, "-o", str(streamed), "--report", str(report), *args],
    )
    r2 = CliRunner().invoke(main, ["migrate", "--no-stream", source, "-o", str(in_memory), *args])
    assert r1.exit_code == r2.exit_code == 0, r1.output + r2.output
    assert streamed.read_bytes() == in_memory.read_bytes()
    loaded = MigrationReport.from_jsonl(report)
    expected = lheo.migrate(source, timezone="Europe/Paris").report
    assert loaded.changes == expected.changes
    assert loaded.summary() == expected.summary()


def test_cli_migrate_stream_invalid_output_exits_1(tmp_path: Path) -> None:
    """Streaming too: an invalid result exits 1 and leaves no output file."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(
        OFFICIAL_22.read_bytes().replace(
            b"<intitule-formation>", b"<intitule-formation>" + b"x" * 300
        )
    )
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(main, ["migrate", "--stream", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "not valid LHÉO 2.3" in result.stderr
    assert not out.exists()
    wrong = CliRunner().invoke(
        main, ["migrate", "--stream", str(DATA / "catalogue-2.3.xml"), "-o", str(out)]
    )
    assert wrong.exit_code == 2 and not out.exists()
