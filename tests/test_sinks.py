"""lheo.export, lheo.to_dataframe and ``lheo export``: the rows of lheo.records in files."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import lheo
from lheo import _sinks
from lheo._columns import DEFAULT_COLUMNS

DATA = ROOT / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
ONISEP = DATA / "onisep-2.2.xml"
OFFRE = DATA / "offre-1.3.0.xml"
BROKEN = b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres><formation numero='1'>"


def _baseline() -> object:
    spec = importlib.util.spec_from_file_location(
        "lxml_export_sessions", ROOT / "examples" / "jobs" / "lxml" / "flatten_sessions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_csv_is_the_file_of_the_plain_lxml_script(tmp_path: Path) -> None:
    # The benchmark's baseline, written by hand with lxml, must give the very same file.
    ours, theirs = tmp_path / "lheo.csv", tmp_path / "lxml.csv"
    count = lheo.export(CATALOGUE, ours)
    _baseline().main(str(CATALOGUE), str(theirs))  # type: ignore[attr-defined]
    assert ours.read_bytes() == theirs.read_bytes()
    assert count == len(ours.read_text(encoding="utf-8").splitlines()) - 1


def test_csv_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "sessions.csv"
    lheo.export([CATALOGUE, ONISEP, OFFRE], out)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(DEFAULT_COLUMNS["session"])
    assert rows[0]["session_debut"] == "2025-09-01"
    assert rows[-1]["lieu_ville"] == "Angers"  # the 1.3.0 flow comes last
    first_22 = next(r for r in rows if r["formation_numero"] == "3108")
    assert first_22["formation_rome"] == "D1301|D1502|D1503"
    assert first_22["action_horodatage_creation"] == "2015-06-12T00:00:00"


def test_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "actions.jsonl"
    n = lheo.export(ONISEP, out, format="jsonl", level="action")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == n
    first = json.loads(lines[0])
    assert list(first) == list(DEFAULT_COLUMNS["action"])
    assert first["formation_formacode"] == ["34566", "34588"]
    assert first["lieu_latitude"] == 47.7418523


def test_to_a_binary_file_object() -> None:
    buffer = io.BytesIO()
    lheo.export(OFFRE, buffer, level="formation", columns=["formation_intitule"])
    assert buffer.getvalue().decode("utf-8").splitlines()[:2] == [
        "formation_intitule",
        "Titre professionnel soudeur(se) TIG électrode enrobée",
    ]


def test_parquet_has_typed_columns_in_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    monkeypatch.setattr(_sinks, "ROW_GROUP", 4)
    out = tmp_path / "sessions.parquet"
    count = lheo.export([CATALOGUE, ONISEP], out, format="parquet")
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == count == 19
    assert meta.num_row_groups == 5  # 19 rows in groups of 4
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("session_debut").type == pa.date32()
    assert schema.field("lieu_latitude").type == pa.float64()
    assert schema.field("formation_formacode").type == pa.list_(pa.string())
    assert schema.field("action_horodatage_creation").type == pa.timestamp("us", tz="UTC")
    data = table.to_pylist()
    assert data[0]["session_debut"] == dt.date(2025, 9, 1)
    assert data[0]["action_horodatage_creation"] == dt.datetime(
        2021, 7, 7, 9, 5, 3, 430000, tzinfo=dt.timezone.utc
    )


def test_parquet_custom_columns_take_their_type_from_the_values(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "rome.parquet"
    lheo.export(
        ONISEP,
        out,
        format="parquet",
        level="formation",
        columns=["formation.domaine-formation.code-ROME", "formation.intitule-formation"],
    )
    rows = pq.read_table(out).to_pylist()
    assert rows[0] == {
        "formation.domaine-formation.code-ROME": ["D1301", "D1502", "D1503"],
        "formation.intitule-formation": "BTS management commercial opérationnel",
    }


def test_to_dataframe_types() -> None:
    pd = pytest.importorskip("pandas")
    frame = lheo.to_dataframe(CATALOGUE)
    assert list(frame.columns) == list(DEFAULT_COLUMNS["session"])
    assert len(frame) == 10
    assert str(frame["session_debut"].dtype).startswith("datetime64")
    assert frame["session_debut"].iloc[0] == pd.Timestamp("2025-09-01")
    assert isinstance(frame["formation_niveau_entree"].dtype, pd.CategoricalDtype)
    assert isinstance(frame["formation_niveau_entree_label"].dtype, pd.CategoricalDtype)
    assert str(frame["action_horodatage_creation"].dtype) == "datetime64[ns, UTC]" or str(
        frame["action_horodatage_creation"].dtype
    ).endswith("UTC]")
    assert frame["lieu_latitude"].dtype == "float64"


def test_json_formations_nest_by_the_schema(tmp_path: Path) -> None:
    out = tmp_path / "formations.json"
    assert lheo.export(CATALOGUE, out, format="json-formations") == 4
    formations = json.loads(out.read_text(encoding="utf-8"))
    first = formations[0]
    assert first["@numero"] == "14662"
    assert first["intitule-formation"] == "Seconde générale et technologique"
    assert first["domaine-formation"] == {"code-NSF": ["100"]}  # code-NSF repeats
    assert isinstance(first["action"], list)
    action = first["action"][0]
    assert action["code-public-vise"] == [{"@ref": "V12", "#text": "81061"}]
    assert action["session"][0]["periode"] == {"debut": "20250901", "fin": "20260703"}
    assert action["lieu-de-formation"][0]["coordonnees"]["adresse"]["ville"] == "Metz"


def test_a_failed_export_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "old.csv"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(lheo.ParseError):
        lheo.export(BROKEN, out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["old.csv"]


def test_destination_of_a_path_appears_at_commit_and_of_a_file_object_at_once(
    tmp_path: Path,
) -> None:
    # What export, migrate_stream (output and report) and StreamWriter write through.
    from lheo._files import Destination

    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    dropped = Destination(target, text=True)
    dropped.file.write("new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    dropped.discard()
    dropped.commit()  # after discard: nothing more
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["out.txt"]
    kept = Destination(target)
    kept.file.write(b"new\n")
    kept.commit()
    kept.discard()  # after commit: the file stays
    assert target.read_bytes() == b"new\n"
    assert os.listdir(tmp_path) == ["out.txt"]
    given = io.BytesIO()
    into = Destination(given)
    assert into.file is given
    into.discard()
    assert not given.closed


def test_bad_options() -> None:
    with pytest.raises(lheo.InvalidValueError, match="format"):
        lheo.export(CATALOGUE, io.BytesIO(), format="xlsx")
    with pytest.raises(lheo.OutputError):
        lheo.export(CATALOGUE, "/nonexistent-folder/x.csv")


# ---------------------------------------------------------------------------------------
# The command


def _lheo(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "lheo", *args], cwd=cwd, capture_output=True, check=False
    )


def test_cli_export_csv_to_stdout(tmp_path: Path) -> None:
    done = _lheo(
        "export", str(OFFRE), "-o", "-", "--columns", "lieu_ville,session_debut", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().splitlines() == [
        "lieu_ville,session_debut",
        "Saint-Nazaire,2009-04-06",
        "Saint-Nazaire,2009-11-02",
        "Angers,2009-01-05",
    ]


def test_cli_export_by_extension_and_errors(tmp_path: Path) -> None:
    done = _lheo("export", str(CATALOGUE), "-o", "out.jsonl", "--level", "action", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 8
    bad = _lheo("export", str(DATA / "index-2.3.xml"), "-o", "out.csv", cwd=tmp_path)
    assert bad.returncode == 2
    assert b"lheo.search" in bad.stderr and b"Traceback" not in bad.stderr
    assert not (tmp_path / "out.csv").exists()
    unknown = _lheo("export", str(CATALOGUE), "-o", "out.txt", cwd=tmp_path)
    assert unknown.returncode == 2 and b"--format" in unknown.stderr
    parquet = _lheo("export", str(CATALOGUE), "-o", "-", "--format", "parquet", cwd=tmp_path)
    assert parquet.returncode == 2


def test_cli_export_to_stdout_writes_nothing_when_a_flow_fails(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_bytes(BROKEN)
    done = _lheo("export", str(CATALOGUE), str(broken), "-o", "-", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == b""
    assert b"lheo: error:" in done.stderr and b"Traceback" not in done.stderr
