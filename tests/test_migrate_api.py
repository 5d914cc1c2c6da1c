"""lheo.migrate and `lheo migrate`: typed 2.3 result, report, validity against both XSDs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED, needs_shared
from lxml import etree

import lheo
from lheo import enrich, onisep
from lheo.cli import main
from lheo.errors import MigrationError
from lheo.migration import check_nothing_lost

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL_22 = SHARED / "2.2" / "examples" / "exemple-bts-onisep.xml"
DATA = ROOT / "examples" / "data"
FLOW_22 = Path(__file__).resolve().parent / "fixtures" / "onisep" / "flux-onisep-2.2.xml"


def official_23() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SHARED / "2.3" / "lheo.xsd")))


@needs_shared
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


@needs_shared
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


@needs_shared
def test_migrate_document_and_timezone() -> None:
    """A 2.2 Document migrates too; the timezone gives dates their Paris offset."""
    doc = lheo.read(OFFICIAL_22)
    result = lheo.migrate(doc, timezone="Europe/Paris")
    assert str(result.document.root.offres.horodatage_export) == "2015-12-03T00:00:00+01:00"


@needs_shared
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


@needs_shared
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
        FLOW_22.read_bytes().replace(b"<intitule-formation>", b"<intitule-formation>" + b"x" * 300)
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
        FLOW_22.read_bytes().replace(b"<intitule-formation>", b"<intitule-formation>" + b"x" * 300)
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


# --------------------------------------------------------------------------- errors of the output


def invalid_output_flow() -> bytes:
    """The 2.2 fixture with problems the migration carries over to its output.

    Formation 1: a title over 255 characters; formation 2: no title (its objectif comes
    first); formation 3: a title over 255 characters; after offres, a root ``extras`` whose
    ``extra`` holds an LHÉO element (validated laxly) with a title over 255 characters.
    """
    text = FLOW_22.read_text(encoding="utf-8")
    starts = [i for i in range(len(text)) if text.startswith("<intitule-formation>", i)]
    assert len(starts) == 3
    tag = "<intitule-formation>"
    # From the end, so that earlier positions stay right.
    text = text[: starts[2]] + tag + "z" * 300 + text[starts[2] + len(tag) :]
    end = text.index("</intitule-formation>", starts[1]) + len("</intitule-formation>")
    text = text[: starts[1]] + text[end:]
    text = text[: starts[0]] + tag + "x" * 300 + text[starts[0] + len(tag) :]
    trailing = (
        '  <extras info="X">\n    <extra info="Y"><intitule-formation>'
        + "y" * 256
        + "</intitule-formation></extra>\n  </extras>\n</lheo>"
    )
    return text.replace("</lheo>", trailing).encode("utf-8")


def _where(report: lheo.ValidationReport) -> list[tuple[object, ...]]:
    return [(e.line, e.column, e.path, e.element, e.message, e.level) for e in report.errors]


def test_output_errors_are_reported_at_the_lines_of_the_written_output(tmp_path: Path) -> None:
    """Lines and paths of the output's errors are those lheo.validate gives on the written
    output, and the report names the output, not the input; both migrations agree."""
    from lheo.migration import migrate_stream

    source = tmp_path / "in.xml"
    source.write_bytes(invalid_output_flow())
    result = lheo.migrate(source, check=False)
    written = lheo.write(result.document)
    assert written is not None
    expected = lheo.validate(written)
    assert not expected.ok and len(expected.errors) == 4
    report = result.validation
    assert report.source == f"{source} (migrated output)"
    assert {e.source for e in report.errors} == {report.source}
    assert _where(report) == _where(expected)
    # Hand-checked: positions only where the schema repeats (formation, extras, extra).
    assert [e.path for e in report.errors] == [
        "/lheo/offres/formation[1]/intitule-formation",
        "/lheo/offres/formation[2]/objectif-formation",
        "/lheo/offres/formation[3]/intitule-formation",
        "/lheo/extras[1]/extra[1]/intitule-formation",
    ]
    lines = written.decode("utf-8").splitlines()
    for error in report.errors:
        assert error.line is not None
        assert lines[error.line - 1].lstrip().startswith(f"<{error.element}>"), error
    assert "x" * 300 in lines[report.errors[0].line - 1]
    assert "z" * 300 in lines[report.errors[2].line - 1]
    assert "y" * 256 in lines[report.errors[3].line - 1]
    streamed = migrate_stream(source, tmp_path / "out.xml", check=False)
    assert streamed.validation == report
    assert (tmp_path / "out.xml").read_bytes() == written


def test_migration_error_message_names_the_first_error_and_counts_the_others(
    tmp_path: Path,
) -> None:
    """As `lheo convert` shows a ValidationError: the first issue, then "(and N more)"."""
    from lheo.migration import migrate_stream

    source = tmp_path / "in.xml"
    source.write_bytes(invalid_output_flow())
    errors = lheo.migrate(source, check=False).validation.errors
    prefix = f"{source}: the migrated document is not valid LHÉO 2.3: "
    with pytest.raises(MigrationError) as in_memory:
        lheo.migrate(source)
    assert str(in_memory.value) == prefix + f"{errors[0]} (and 3 more)"
    assert str(errors[0]).startswith(f"{source} (migrated output):10: element intitule-formation")
    with pytest.raises(MigrationError) as streamed:
        migrate_stream(source, tmp_path / "out.xml")
    assert str(streamed.value) == str(in_memory.value)
    assert not (tmp_path / "out.xml").exists()


def test_streamed_error_message_counts_the_errors_beyond_those_kept(tmp_path: Path) -> None:
    """migrate_stream keeps the first LIMIT errors: the message counts them all."""
    from test_migration_streaming import many_warnings_flow

    from lheo.migration import migrate_stream
    from lheo.migration._streaming import LIMIT

    data = many_warnings_flow(110)
    result = migrate_stream(data, io.BytesIO(), check=False)
    total = result.validation_error_count
    assert total > LIMIT == len(result.validation.errors)
    with pytest.raises(MigrationError) as info:
        migrate_stream(data, io.BytesIO())
    assert str(info.value).endswith(f" (and {total - 1} more)")


def test_errors_added_by_enrich_point_at_the_written_output(tmp_path: Path) -> None:
    """An enrich callback's invalid value is reported at its line of the written output."""
    from lheo.v2_3 import IntituleFormation

    source = tmp_path / "in.xml"
    source.write_bytes(FLOW_22.read_bytes())

    def spoil(document: lheo.Document) -> None:
        document.root.offres.formation[1].intitule_formation = IntituleFormation(value="w" * 256)

    result = lheo.migrate(source, enrich=spoil, check=False)
    written = lheo.write(result.document)
    assert written is not None
    assert result.validation.source == f"{source} (migrated output)"
    assert _where(result.validation) == _where(lheo.validate(written))
    [error] = result.validation.errors
    assert error.path == "/lheo/offres/formation[2]/intitule-formation"
    assert error.line is not None
    assert "w" * 256 in written.decode("utf-8").splitlines()[error.line - 1]


def test_first_issue_caps_the_list() -> None:
    """The shared rendering of ValidationError and MigrationError messages."""
    from lheo.errors import Issue, first_issue

    one = Issue(line=3, message="bad", source="f.xml")
    assert first_issue([]) == "invalid document"
    assert first_issue([one]) == "f.xml:3: Schemas validity error : bad"
    assert first_issue([one, one]) == "f.xml:3: Schemas validity error : bad (and 1 more)"
    assert first_issue([one], total=1000) == "f.xml:3: Schemas validity error : bad (and 999 more)"
