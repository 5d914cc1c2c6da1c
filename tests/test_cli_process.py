"""The command line as a real process: stdin and stdout, kill -9 mid-write, progress on a pty."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest
from test_reader import NS22, minimal

import lheo
from lheo import _files

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
ONISEP = DATA / "onisep-2.2.xml"
CATALOGUE = DATA / "catalogue-2.3.xml"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes, signals and ptys")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return env


def lheo_cli(
    *args: str, data: bytes | None = None, stdin: object = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "lheo", *args],
        input=data,
        stdin=stdin if data is None else None,
        capture_output=True,
        env=_env(),
        check=False,
        timeout=600,
    )


def _make_flow(version: str, size: int, out: Path) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_flow import make_flow

    return make_flow(version, size, out)


# ---------------------------------------------------------------------------------------
# stdin and stdout


@pytest.mark.parametrize("mode", ["--no-stream", "--stream"])
def test_convert_pipe_to_pipe(mode: str) -> None:
    """cat flux | lheo convert - -o - : the bytes of lheo.write, nothing else on stdout."""
    proc = lheo_cli("convert", "-", "-o", "-", mode, data=CATALOGUE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == lheo.write(lheo.read(CATALOGUE))
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("mode", ["--no-stream", "--stream"])
def test_migrate_stdin_to_stdout(mode: str) -> None:
    """lheo migrate - -o - : the migrated flow on stdout, the summary on stderr."""
    proc = lheo_cli("migrate", "-", "-o", "-", mode, data=ONISEP.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == lheo.write(lheo.migrate(ONISEP).document)
    assert b"changes" in proc.stderr


@pytest.mark.parametrize("mode", ["--no-stream", "--stream"])
def test_invalid_migration_writes_nothing_on_stdout(mode: str) -> None:
    """An invalid 2.3 result: exit 1 and not a byte of flow on stdout."""
    bad = minimal(NS22).replace(b"<formation ", b"<formation couleur='x' ")
    proc = lheo_cli("migrate", "-", "-o", "-", mode, data=bad)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert b"standard output not written" in proc.stderr


def test_migrate_report_on_stdout(tmp_path: Path) -> None:
    """--report - prints the JSON report on stdout, the flow goes to its file."""
    import json

    out = tmp_path / "o.xml"
    proc = lheo_cli("migrate", str(ONISEP), "-o", str(out), "--report", "-", "--no-stream")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"] == lheo.migrate(ONISEP).report.summary()
    assert out.read_bytes() == lheo.write(lheo.migrate(ONISEP).document)


def test_info_and_validate_read_stdin(tmp_path: Path) -> None:
    """info - and validate - read standard input (a pipe, and a redirected file)."""
    proc = lheo_cli("info", "-", data=ONISEP.read_bytes())
    assert proc.returncode == 0
    assert b"file:     <stdin>" in proc.stdout and "LHÉO 2.2".encode() in proc.stdout
    with open(ONISEP, "rb") as handle:
        proc = lheo_cli("validate", "-", stdin=handle)
    assert proc.returncode == 0 and proc.stdout.strip() == b"<stdin> validates"
    for mode in ("--stream", "--no-stream"):
        proc = lheo_cli("validate", "-", mode, data=b"<lheo")
        assert proc.returncode == 2
        assert proc.stderr.startswith(b"lheo: error: <stdin>:")


# ---------------------------------------------------------------------------------------
# kill -9 in the middle of a write


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if _files.TEMP_MARK in p.name]


@pytest.mark.parametrize("command", ["convert", "migrate"])
def test_kill_9_leaves_old_or_new_file_and_next_run_cleans(command: str, tmp_path: Path) -> None:
    """kill -9 while a big output is being written: the target is the old file (or the
    whole new one), and the next run into the folder removes the temporary file left."""
    version = "2.3" if command == "convert" else "2.2"
    flow = tmp_path / "flow.xml"
    count = _make_flow(version, 24 * 1024 * 1024, flow)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "result.xml"
    target.write_bytes(b"old content")
    proc = subprocess.Popen(
        [sys.executable, "-m", "lheo", command, str(flow), "-o", str(target), "--stream", "-q"],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    left: list[Path] = []
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            left = [p for p in _temps(out_dir) if p.stat().st_size > 256 * 1024]
            if left:
                break
            time.sleep(0.05)
        assert left, "the writer never got going"
        os.kill(proc.pid, 9)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -9
    data = target.read_bytes()
    if data != b"old content":  # renamed just before the kill: then it is complete
        assert data.count(b"<formation ") + data.count(b"<formation>") == count
    else:
        assert [p.name for p in _temps(out_dir)] == [left[0].name]
        assert left[0].name.startswith(f".result.xml{_files.TEMP_MARK}")
        assert f"-{proc.pid}-" in left[0].name
    # The next run, writing anything into that folder, cleans up.
    done = lheo_cli("convert", str(CATALOGUE), "-o", str(out_dir / "other.xml"))
    assert done.returncode == 0, done.stderr
    assert _temps(out_dir) == []
    assert target.read_bytes() == data


# ---------------------------------------------------------------------------------------
# progress bars on a terminal


_PERCENT = re.compile(rb"(\d+)%\|")


def _frames_on_pty(args: list[str]) -> tuple[int, bytes]:
    master, slave = pty.openpty()
    # A real size: tqdm draws its bar to the terminal's width.
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "lheo", *args],
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
    )
    os.close(slave)
    chunks: list[bytes] = []

    def pump() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once the child has closed the terminal
                return
            if not chunk:
                return
            chunks.append(chunk)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    code = proc.wait(timeout=600)
    reader.join(timeout=30)
    os.close(master)
    return code, b"".join(chunks)


def _passes(output: bytes) -> list[list[int]]:
    """Percentages of each drawn frame, split into passes where the bar starts again."""
    values = [
        int(m.group(1))
        for frame in re.split(rb"[\r\n]", output)
        for m in [_PERCENT.search(frame)]
        if m
    ]
    passes: list[list[int]] = [[]]
    for value in values:
        if passes[-1] and value < passes[-1][-1]:
            passes.append([])
        passes[-1].append(value)
    return passes


def test_migrate_progress_advances_in_both_passes(tmp_path: Path) -> None:
    """lheo migrate --stream on a terminal: the bar advances through each of its two passes
    (pre-scan, then migration) and reaches 100% in each; it never freezes in the second."""
    flow = tmp_path / "flow.xml"
    _make_flow("2.2", 12 * 1024 * 1024, flow)
    code, output = _frames_on_pty(["migrate", "--stream", str(flow), "-o", str(tmp_path / "o.xml")])
    assert code == 0, output[-2000:]
    passes = _passes(output)
    assert len(passes) == 2, passes
    for numbers in passes:
        assert numbers == sorted(numbers)
        assert len(set(numbers)) >= 3, numbers  # it moved, not only drawn at the start and end
        assert numbers[-1] == 100
    assert b"(pass 2)" in output


def test_quiet_draws_nothing_on_a_terminal(tmp_path: Path) -> None:
    """--quiet: no bar at all, even on a terminal."""
    flow = tmp_path / "flow.xml"
    _make_flow("2.3", 6 * 1024 * 1024, flow)
    code, output = _frames_on_pty(["info", "--quiet", str(flow)])
    assert code == 0 and _PERCENT.search(output) is None
    code, output = _frames_on_pty(["info", str(flow)])
    assert code == 0 and _passes(output)[-1][-1] == 100
