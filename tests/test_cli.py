"""The lheo command line: exit codes 0 / 1 / 2 for every command, options, messages, output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import assert_xml_equal
from test_reader import NS22, minimal

import lheo
from lheo.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
ONISEP = DATA / "onisep-2.2.xml"
LEGER = DATA / "index-1.3.0.xml"


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def _no_namespace_leger() -> bytes:
    # The official 1.3.0 LHÉO-Léger example has no namespace: ours, with it removed.
    return LEGER.read_bytes().replace(b' xmlns="http://www.lheo.org/1.3.0"', b"", 1)


def _inputs(tmp_path: Path) -> dict[str, Path]:
    """The files of each situation of the exit-code table."""
    files = {
        "valid": tmp_path / "valid.xml",
        "invalid": tmp_path / "invalid.xml",
        "missing": tmp_path / "missing.xml",
        "empty": tmp_path / "empty.xml",
        "not-xml": tmp_path / "not-xml.xml",
        "foreign": tmp_path / "foreign.xml",
        "no-namespace": tmp_path / "no-namespace.xml",
    }
    files["valid"].write_bytes(ONISEP.read_bytes())
    # An attribute the schema (and so the bindings) does not allow.
    files["invalid"].write_bytes(minimal(NS22).replace(b"<formation ", b"<formation couleur='x' "))
    files["empty"].write_bytes(b"")
    files["not-xml"].write_bytes(b"<lheo><offres></lheo>")
    files["foreign"].write_bytes(b'<catalogue xmlns="http://example.org/cat"><item/></catalogue>')
    files["no-namespace"].write_bytes(_no_namespace_leger())
    return files


# The README's table, command by command: (situation, extra options, expected exit code).
# "valid" is an LHÉO 2.2 flow (what migrate takes); "invalid" breaks the 2.2 schema with an
# attribute the bindings cannot hold.
EXIT_CODES: dict[str, list[tuple[str, tuple[str, ...], int]]] = {
    "info": [
        ("valid", (), 0),
        ("invalid", (), 0),  # info counts, it does not validate
        ("missing", (), 2),
        ("empty", (), 2),
        ("not-xml", (), 2),
        ("foreign", (), 2),
        ("no-namespace", (), 2),
        ("no-namespace", ("--lheo-version", "1.3.0"), 0),
        ("valid", ("--no-such-option",), 2),
    ],
    "validate": [
        ("valid", (), 0),
        ("invalid", (), 1),
        ("missing", (), 2),
        ("empty", (), 2),
        ("not-xml", (), 2),
        ("foreign", (), 2),
        ("no-namespace", (), 2),
        ("no-namespace", ("--lheo-version", "1.3.0"), 0),
        ("valid", ("--lheo-version", "9.9"), 2),
    ],
    "convert": [
        ("valid", ("-o", "{out}"), 0),
        ("invalid", ("-o", "{out}"), 1),
        ("invalid", ("-o", "{out}", "--lenient"), 0),
        ("missing", ("-o", "{out}"), 2),
        ("empty", ("-o", "{out}"), 2),
        ("not-xml", ("-o", "{out}"), 2),
        ("foreign", ("-o", "{out}"), 2),
        ("no-namespace", ("-o", "{out}"), 2),
        ("no-namespace", ("-o", "{out}", "--lheo-version", "1.3.0"), 0),
        ("valid", ("-o", "{nofolder}"), 2),
        ("valid", (), 2),  # -o is required
    ],
    "migrate": [
        ("valid", ("-o", "{out}"), 0),
        ("invalid", ("-o", "{out}"), 1),  # the 2.3 output would be invalid
        ("missing", ("-o", "{out}"), 2),
        ("empty", ("-o", "{out}"), 2),
        ("not-xml", ("-o", "{out}"), 2),
        ("foreign", ("-o", "{out}"), 2),
        ("no-namespace", ("-o", "{out}", "--lheo-version", "1.3.0"), 2),  # no such option
        ("no-namespace", ("-o", "{out}"), 2),
        ("valid", ("-o", "{nofolder}"), 2),
        ("valid", ("-o", "{out}", "--report", "{nofolder}"), 2),
        ("valid", ("-o", "{out}", "--report", "{out}"), 2),
    ],
}

INPUT_ERRORS = {"missing", "empty", "not-xml", "foreign", "no-namespace"}

CASES = [
    (command, situation, options, code)
    for command, rows in EXIT_CODES.items()
    for situation, options, code in rows
]


@pytest.mark.parametrize("streaming", ["--no-stream", "--stream"])
@pytest.mark.parametrize(
    ("command", "situation", "options", "code"),
    CASES,
    ids=[f"{c}-{s}-{'_'.join(o) or 'plain'}-{e}" for c, s, o, e in CASES],
)
def test_exit_codes(
    command: str,
    situation: str,
    options: tuple[str, ...],
    code: int,
    streaming: str,
    tmp_path: Path,
) -> None:
    """Each command exits as the README's table says, in memory and streaming, with one
    'lheo: error:' line (no traceback) for input errors; nothing is written on failure."""
    files = _inputs(tmp_path)
    out = tmp_path / "out" / "result.xml"
    out.parent.mkdir()
    args = [a.format(out=out, nofolder=tmp_path / "nowhere" / "result.xml") for a in options]
    extra = [streaming, "--quiet"] if command != "info" else []
    exit_code, stdout, stderr = run(command, str(files[situation]), *args, *extra)
    assert exit_code == code, stderr
    assert "Traceback" not in stderr
    if code == 2 and situation in INPUT_ERRORS and "--lheo-version" not in options:
        errors = [line for line in stderr.splitlines() if line.startswith("lheo: error:")]
        assert len(errors) == 1, stderr
        assert str(files[situation]) in errors[0]
    if code != 0 and command in ("convert", "migrate"):
        assert list(out.parent.iterdir()) == []


def test_validate_several_files_input_error_wins(tmp_path: Path) -> None:
    """With several files: 2 if any input cannot be read, else 1 if any is invalid."""
    files = _inputs(tmp_path)
    valid, invalid, missing = (str(files[k]) for k in ("valid", "invalid", "missing"))
    assert run("validate", valid, invalid)[0] == 1
    assert run("validate", invalid, missing, valid)[0] == 2
    assert run("validate", valid, valid)[0] == 0
    code, out, _ = run("validate", "--format", "json", valid, invalid, missing)
    assert code == 2
    assert [(r["ok"], r["input_error"]) for r in json.loads(out)] == [
        (True, False),
        (False, False),
        (False, True),
    ]


def test_validate_reports_like_xmllint(tmp_path: Path) -> None:
    """Invalid documents get xmllint-style lines on stderr, valid ones a line on stdout."""
    good = tmp_path / "good.xml"
    good.write_bytes(minimal())
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<"))
    code, out, err = run("validate", str(good), str(bad))
    assert code == 1
    assert f"{good} validates" in out
    assert f"{bad}:11: element code-niveau-entree: Schemas validity error" in err
    assert f"{bad} fails to validate" in err


def test_validate_input_errors_are_one_line(tmp_path: Path) -> None:
    """A missing or malformed file: 'lheo: error: FILE[:LINE:COL]: reason', not a schema error."""
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<lheo")
    missing = tmp_path / "missing.xml"
    code, out, err = run("validate", str(broken), str(missing))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"lheo: error: {broken}:1:") and "not well-formed" in lines[0]
    assert lines[1] == f"lheo: error: {missing}: cannot read file: No such file or directory"


def test_messages_use_command_line_syntax(tmp_path: Path) -> None:
    """A document without namespace: the message says --lheo-version, never version='…'."""
    leger = tmp_path / "leger.xml"
    leger.write_bytes(_no_namespace_leger())
    for command in (["info"], ["validate"], ["convert", "-o", str(tmp_path / "o.xml")]):
        code, _, err = run(*command, str(leger))
        assert code == 2
        assert "--lheo-version 1.3.0" in err and "version=" not in err
    code, _, err = run("validate", "--lheo-version", "2.2", str(ONISEP.with_name("index-2.3.xml")))
    assert code == 2 and "--lheo-version 2.2 was asked" in err and "version=" not in err


def test_version_options() -> None:
    """lheo --version prints the library version; --lheo-version lists its choices in help."""
    for flag in ("--version", "-V"):
        code, out, _ = run(flag)
        assert code == 0 and out.strip() == f"lheo {lheo.__version__}"
    for command in ("info", "validate", "convert"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "--lheo-version [1.3.0|2.2|2.3]" in out
    code, _, err = run("info", "--version", "2.2", str(ONISEP))
    # (click words it "No such option: --version" or "No such option '--version'".)
    assert code == 2 and "No such option" in err and "--version" in err


def _commands() -> list[list[str]]:
    return [[]] + [[name] for name in sorted(main.commands)]


@pytest.mark.parametrize("command", _commands(), ids=lambda c: c[0] if c else "lheo")
def test_help_has_no_rst_and_every_option_is_explained(command: list[str]) -> None:
    """Every --help: no ``RST`` markup, and a help text for every option."""
    code, out, _ = run(*command, "--help")
    assert code == 0
    assert "``" not in out and ":func:" not in out and ":class:" not in out
    group_or_command = main if not command else main.commands[command[0]]
    for param in group_or_command.params:
        if isinstance(param, __import__("click").Option):
            assert param.help, f"{command} {param.name} has no help"


def test_info_counts_match_the_file() -> None:
    """info prints version, kind and counts that match an lxml count of the file."""
    from lxml import etree

    code, out, _ = run("info", str(ONISEP), "--format", "json")
    assert code == 0
    data = json.loads(out)
    tree = etree.parse(str(ONISEP))
    ns = {"l": NS22}
    assert data["version"] == "2.2" and data["kind"] == "lheo"
    assert data["size"] == ONISEP.stat().st_size
    assert data["source"] == str(ONISEP)
    assert data["counts"]["formations"] == len(
        tree.xpath("/l:lheo/l:offres/l:formation", namespaces=ns)
    )
    assert data["extras"]["DATE EXPORT ONISEP"] == len(
        tree.xpath(".//l:extra[@info='DATE EXPORT ONISEP']", namespaces=ns)
    )
    assert sorted(data) == ["counts", "extras", "kind", "size", "source", "version"]
    code, text, _ = run("info", str(ONISEP))
    assert "LHÉO 2.2" in text and "formations:" in text


def test_convert_round_trip(tmp_path: Path) -> None:
    """convert re-serialises, compact or pretty, to the same XML."""
    out = tmp_path / "out.xml"
    code, text, _ = run("convert", str(ONISEP), "-o", str(out), "--compact")
    assert code == 0 and f"wrote {out} (LHÉO 2.2, lheo)" in text
    assert_xml_equal(out.read_bytes(), ONISEP.read_bytes())
    assert b"\n  " not in out.read_bytes()


@pytest.mark.parametrize("path", sorted(DATA.glob("*.xml")), ids=lambda p: p.name)
@pytest.mark.parametrize("pretty", ["--pretty", "--compact"])
def test_streamed_convert_writes_the_same_bytes(path: Path, pretty: str, tmp_path: Path) -> None:
    """convert --stream (iter_formations + StreamWriter, extras of containers and root kept
    in place) writes the bytes of the in-memory convert."""
    streamed, in_memory = tmp_path / "s.xml", tmp_path / "m.xml"
    # --lenient: onisep-2.2-real.xml is not valid.
    assert run("convert", str(path), "-o", str(streamed), "--stream", pretty, "--lenient")[0] == 0
    assert (
        run("convert", str(path), "-o", str(in_memory), "--no-stream", pretty, "--lenient")[0] == 0
    )
    assert streamed.read_bytes() == in_memory.read_bytes()
    expected = lheo.write(lheo.read(path, strict=False), pretty=pretty == "--pretty")
    assert in_memory.read_bytes() == expected


def test_convert_invalid_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    """A document the bindings cannot hold: exit 1, its issues, a hint at --lenient."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<formation ", b"<formation couleur='x' "))
    out = tmp_path / "out.xml"
    for mode in ("--stream", "--no-stream"):
        code, _, err = run("convert", str(bad), "-o", str(out), mode, "-q")
        assert code == 1 and "couleur" in err and "--lenient" in err
        assert not out.exists()


def test_convert_lenient(tmp_path: Path) -> None:
    """--lenient converts anyway and prints the issues the library reports (count and lines)
    on stderr: lheo.read(strict=False)'s in memory, the FormationStream's when streaming."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<"))
    doc = lheo.read(bad, strict=False)
    with lheo.iter_formations(bad, strict=False) as stream:
        list(stream)
    expected = {"--no-stream": doc.issues, "--stream": stream.issues}
    for mode, issues in expected.items():
        assert issues
        out = tmp_path / f"out{mode}.xml"
        code, _, err = run("convert", str(bad), "-o", str(out), "--lenient", mode, "-q")
        assert code == 0
        lines = err.splitlines()
        assert lines[0] == f"lheo: {len(issues)} issue(s) in {bad}, read leniently:"
        assert lines[1:] == [f"  {issue}" for issue in issues]
        assert out.read_bytes() == lheo.write(doc)
        assert b"<code-niveau-entree>42</code-niveau-entree>" in out.read_bytes()


def test_report_equal_to_output_is_refused(tmp_path: Path) -> None:
    """--report naming the -o file (even through a link or another spelling) is refused."""
    out = tmp_path / "out.xml"
    link = tmp_path / "link.json"
    link.symlink_to(out)
    for report in (str(out), str(tmp_path / "." / "out.xml"), str(link)):
        code, _, err = run("migrate", str(ONISEP), "-o", str(out), "--report", report)
        assert code == 2 and "same file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json"]
    code, _, err = run("migrate", str(ONISEP), "-o", str(out), "--report", str(ONISEP))
    assert code == 2 and "input file" in err


def test_output_errors_are_one_line(tmp_path: Path) -> None:
    """An output that cannot be written: exit 2, one line naming the path given, before any
    work is done; never the temporary file."""
    folder = tmp_path / "adir"
    folder.mkdir()
    cases = [
        ("convert", str(tmp_path / "nowhere" / "o.xml"), "no such folder"),
        ("convert", str(folder), "is a directory"),
        ("migrate", str(tmp_path / "nowhere" / "o.xml"), "no such folder"),
    ]
    if Path("/proc").is_dir():
        cases.append(("convert", "/proc/lheo-x", "cannot write /proc/lheo-x"))
    for command, target, words in cases:
        code, out, err = run(command, str(ONISEP), "-o", target)
        assert code == 2, err
        (line,) = err.splitlines()
        assert line.startswith(f"lheo: error: cannot write {target}: ")
        assert words in line and "lheo-tmp" not in line
    code, _, err = run(
        "migrate", str(ONISEP), "-o", str(tmp_path / "o.xml"), "--report", str(folder)
    )
    assert code == 2 and err.strip() == f"lheo: error: cannot write {folder}: is a directory"
    assert not (tmp_path / "o.xml").exists()


def test_migrate_writes_flow_then_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In memory, the flow is put in place before the report."""
    import lheo._files as files

    order: list[str] = []
    original = files.AtomicFile.commit

    def commit(self: files.AtomicFile) -> None:
        order.append(Path(self.path).name)
        original(self)

    monkeypatch.setattr(files.AtomicFile, "commit", commit)
    out, report = tmp_path / "o.xml", tmp_path / "r.json"
    code, _, _ = run("migrate", str(ONISEP), "-o", str(out), "--report", str(report), "--no-stream")
    assert code == 0 and order == ["o.xml", "r.json"]
    assert json.loads(report.read_text())["summary"]


@pytest.mark.parametrize("path", [ONISEP, DATA / "onisep-2.2-real.xml"], ids=lambda p: p.name)
def test_migrate_json_is_the_same_streamed_or_not(path: Path, tmp_path: Path) -> None:
    """migrate --format json: one documented object, equal in memory and streaming (but for
    'streamed'), agreeing with the report written beside it."""
    results = {}
    for mode in ("--no-stream", "--stream"):
        out = tmp_path / f"o{mode}.xml"
        code, stdout, _ = run(
            "migrate",
            str(path),
            "-o",
            str(out),
            "--format",
            "json",
            mode,
            "-q",
            "--timezone",
            "Europe/Paris",
        )
        assert code == 0
        data = json.loads(stdout)
        assert data.pop("streamed") is (mode == "--stream")
        assert data.pop("output") == str(out)
        results[mode] = data
    assert results["--no-stream"] == results["--stream"]
    data = results["--stream"]
    assert sorted(data) == sorted(
        [
            "source",
            "profile",
            "niveaux",
            "timezone",
            "rules_applied",
            "summary",
            "formations",
            "changes",
            "warnings",
            "input_issues",
            "valid",
            "output_errors",
            "written",
            "report",
            "errors",
        ]
    )
    reference = lheo.migrate(path, timezone="Europe/Paris")
    assert data["valid"] is True and data["written"] is True and data["errors"] == []
    assert data["changes"] == len(reference.report.changes)
    assert data["summary"] == reference.report.summary()
    assert data["formations"] == len(reference.document.root.offres.formation)


def test_migrate_invalid_json(tmp_path: Path) -> None:
    """An invalid output in JSON: valid false, written false, the errors listed, exit 1."""
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal(NS22).replace(b"<formation ", b"<formation couleur='x' "))
    code, out, _ = run("migrate", str(bad), "-o", str(tmp_path / "o.xml"), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["valid"] is False and data["written"] is False
    assert data["output_errors"] == len(data["errors"]) >= 1
    assert "couleur" in data["errors"][0]["message"]
    assert not (tmp_path / "o.xml").exists()


def test_stdout_options_are_checked(tmp_path: Path) -> None:
    """-o - with --report -, or --format json with either on stdout: usage error (exit 2)."""
    assert run("migrate", str(ONISEP), "-o", "-", "--report", "-")[0] == 2
    assert run("migrate", str(ONISEP), "-o", "-", "--format", "json")[0] == 2
    out = str(tmp_path / "o.xml")
    assert run("migrate", str(ONISEP), "-o", out, "--report", "-", "--format", "json")[0] == 2
    assert run("validate", "-", "-")[0] == 2


def test_convert_to_stdout_and_from_stdin() -> None:
    """-o - writes the flow on stdout (messages on stderr); - reads stdin (CliRunner)."""
    code, out, err = run("convert", "-", "-o", "-", input=ONISEP.read_bytes())
    assert code == 0
    assert out.encode() == lheo.write(lheo.read(ONISEP))
    assert "wrote" not in out


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
    bad = tmp_path / "bad.xml"
    bad.write_bytes(minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<"))
    streamed = run("validate", "--stream", "--quiet", str(bad))
    in_memory = run("validate", "--no-stream", str(bad))
    assert streamed == in_memory
    assert streamed[0] == 1
    assert lheo.validate(bad, stream=True) == lheo.validate(bad, stream=False)


def test_large_files_stream_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the threshold, lheo.validate takes the streaming path."""
    import lheo._stream_validate as stream_module
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


def test_convert_streams_over_the_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """convert takes the streaming path for files over the threshold, not below."""
    import lheo.cli as cli

    path = tmp_path / "flux.xml"
    path.write_bytes(minimal())
    calls: list[str] = []
    original = cli._convert_stream

    def spy(*args: object) -> None:
        calls.append(str(args[0]))
        original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_convert_stream", spy)
    assert run("convert", str(path), "-o", str(tmp_path / "a.xml"))[0] == 0
    assert calls == []
    monkeypatch.setattr(cli, "STREAM_THRESHOLD", 10)
    assert run("convert", str(path), "-o", str(tmp_path / "b.xml"))[0] == 0
    assert calls == [str(path)]
    assert (tmp_path / "a.xml").read_bytes() == (tmp_path / "b.xml").read_bytes()


def test_progress_reader_counts_bytes_and_restarts_per_pass(tmp_path: Path) -> None:
    """The progress reader reports every byte read; seeking back starts a new pass."""
    from tqdm import tqdm

    from lheo._progress import ProgressReader, progress_source

    path = tmp_path / "f.xml"
    path.write_bytes(b"x" * 1000)
    with open(os.devnull, "w") as sink, tqdm(total=1000, file=sink) as bar:
        reader = ProgressReader(open(path, "rb"), bar, str(path), "f")  # noqa: SIM115
        assert len(reader.read(300)) == 300 and bar.n == 300
        reader.read()
        assert bar.n == 1000
        reader.seek(0)
        assert bar.n == 0 and bar.last_print_n == 0 and reader.name == str(path)
        assert bar.desc.startswith("f (pass 2)")
        reader.read(10)
        assert bar.n == 10
        reader.close()
    with progress_source(path, quiet=True, desc="f") as source:
        assert source == path  # quiet (and not a terminal): no bar at all
