"""The lheo command line: info, validate, convert; exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SHARED, needs_shared
from helpers import assert_xml_equal
from test_reader import minimal

from lheo.cli import main

ONISEP = SHARED / "2.2" / "examples" / "exemple-bts-onisep.xml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@needs_shared
def test_info_counts(tmp_path: Path) -> None:
    """info prints version, kind and counts that match the file."""
    from lxml import etree

    code, out, _ = run("info", str(ONISEP), "--format", "json")
    assert code == 0
    data = json.loads(out)
    tree = etree.parse(str(ONISEP))
    ns = {"l": "http://www.lheo.org/2.2"}
    assert data["version"] == "2.2" and data["kind"] == "lheo"
    assert data["counts"]["formations"] == len(tree.findall(".//l:formation", ns))
    assert data["counts"]["actions"] == len(tree.findall(".//l:action", ns))
    assert data["counts"]["sessions"] == len(tree.findall(".//l:session", ns))
    assert data["extras"]["DATE EXPORT ONISEP"] == len(
        tree.xpath(".//l:extra[@info='DATE EXPORT ONISEP']", namespaces=ns)
    )
    code, text, _ = run("info", str(ONISEP))
    assert "LHÉO 2.2" in text and "formations:" in text


def test_validate_ok_and_invalid(tmp_path: Path) -> None:
    """validate exits 0 when all valid, 1 when any is invalid, with xmllint-style lines."""
    good = tmp_path / "good.xml"
    good.write_bytes(minimal())
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<"))
    code, out, _ = run("validate", str(good))
    assert code == 0 and f"{good} validates" in out
    code, out, err = run("validate", str(good), str(bad))
    assert code == 1
    assert f"{bad}:" in err and "Schemas validity error" in err
    code, out, _ = run("validate", "--format", "json", str(good), str(bad))
    assert code == 1
    assert [r["ok"] for r in json.loads(out)] == [True, False]


def test_validate_unreadable_file_is_invalid(tmp_path: Path) -> None:
    """A missing or malformed file is reported as invalid (exit 1), not a traceback."""
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<lheo")
    code, _, err = run("validate", str(broken), str(tmp_path / "missing.xml"))
    assert code == 1
    assert "not well-formed" in err and "missing.xml" in err


@needs_shared
def test_convert_round_trip(tmp_path: Path) -> None:
    """convert re-serialises, compact or pretty, to the same XML."""
    out = tmp_path / "out.xml"
    code, text, _ = run("convert", str(ONISEP), "-o", str(out), "--compact")
    assert code == 0 and "LHÉO 2.2" in text
    assert_xml_equal(out.read_bytes(), ONISEP.read_bytes())
    assert b"\n  " not in out.read_bytes()


def test_input_errors_exit_2(tmp_path: Path) -> None:
    """Not-LHÉO input and usage errors exit 2 with a one-line message."""
    other = tmp_path / "other.xml"
    other.write_bytes(b'<catalogue xmlns="http://example.org"/>')
    code, _, err = run("info", str(other))
    assert code == 2
    assert "not an LHÉO document" in err
    assert "Traceback" not in err
    code, _, _ = run("convert", str(other))
    assert code == 2
    code, _, _ = run("frobnicate")
    assert code == 2


def test_convert_failure_writes_nothing(tmp_path: Path) -> None:
    """An invalid input to convert exits 2 and leaves no output file."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<formation ", b"<formation couleur='x' "))
    out = tmp_path / "out.xml"
    code, _, err = run("convert", str(bad), "-o", str(out))
    assert code == 2 and "couleur" in err
    assert not out.exists()


@needs_shared
@pytest.mark.parametrize("entry", [["-m", "lheo"]])
def test_python_dash_m(entry: list[str]) -> None:
    """python -m lheo runs the same command line."""
    proc = subprocess.run(
        [sys.executable, *entry, "info", str(ONISEP)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert "LHÉO 2.2" in proc.stdout


def test_validate_stream_option_gives_the_same_report(tmp_path: Path) -> None:
    """--stream and --no-stream print the same report; the API switch agrees."""
    import lheo

    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<"))
    streamed = run("validate", "--stream", "--quiet", str(bad))
    in_memory = run("validate", "--no-stream", str(bad))
    assert streamed == in_memory
    assert streamed[0] == 1
    assert lheo.validate(bad, stream=True) == lheo.validate(bad, stream=False)


def test_large_files_stream_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the threshold, lheo.validate takes the streaming path."""
    import lheo
    import lheo._stream as stream_module
    import lheo._validate as validate_module

    path = tmp_path / "flux.xml"
    path.write_bytes(minimal())
    seen: list[object] = []
    original = stream_module.validate_stream

    def spy(source: object, **kwargs: object) -> object:
        seen.append(source)
        return original(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stream_module, "validate_stream", spy)
    assert lheo.validate(path).ok and seen == []
    monkeypatch.setattr(validate_module, "STREAM_THRESHOLD", 10)
    assert lheo.validate(path).ok and seen == [path]


def test_progress_reader_counts_bytes(tmp_path: Path) -> None:
    """The progress reader reports every byte read and follows seeks."""
    from lheo._progress import ProgressReader, progress_source

    class Bar:
        n = 0

        def update(self, k: int) -> None:
            self.n += k

        def refresh(self) -> None:
            pass

    path = tmp_path / "f.xml"
    path.write_bytes(b"x" * 1000)
    bar = Bar()
    reader = ProgressReader(path, bar)
    assert len(reader.read(300)) == 300 and bar.n == 300
    reader.read()
    assert bar.n == 1000
    reader.seek(0)
    assert bar.n == 0 and reader.name == str(path)
    reader.close()
    with progress_source(path, quiet=True, desc="f") as source:
        assert source == path  # quiet (and not a terminal): no bar at all
