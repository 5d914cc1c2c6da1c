"""Output files (lheo._files): mode, symbolic links, typed errors, temporary files after a kill."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_reader import minimal

import lheo
from lheo import _files
from lheo.errors import LheoError, OutputError
from lheo.migration import migrate_stream

ROOT = Path(__file__).resolve().parent.parent
ONISEP = ROOT / "examples" / "data" / "onisep-2.2.xml"
NS22 = "http://www.lheo.org/2.2"


@pytest.fixture()
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _write_doc(target: Path) -> None:
    lheo.write(lheo.read(minimal()), target)


def _stream_writer(target: Path) -> None:
    doc = lheo.read(minimal())
    with lheo.StreamWriter(target, version=doc.version) as out:
        for formation in doc.root.offres.formation:
            out.write(formation)


def _migrate_output(target: Path) -> None:
    migrate_stream(ONISEP, target)


def _migrate_report(target: Path) -> None:
    migrate_stream(ONISEP, io.BytesIO(), report_target=target)


WRITERS: dict[str, Callable[[Path], None]] = {
    "write": _write_doc,
    "StreamWriter": _stream_writer,
    "migrate_stream-output": _migrate_output,
    "migrate_stream-report": _migrate_report,
}


def _written_by(name: str, target: Path) -> bytes:
    """What the writer puts in ``target`` when it succeeds (computed in memory)."""
    if name == "write":
        data = lheo.write(lheo.read(minimal()))
        assert data is not None
        return data
    if name == "StreamWriter":
        # StreamWriter indents (pretty=True): the formations re-indented.
        data = lheo.write(lheo.read(minimal()), pretty=True)
        assert data is not None
        return data
    if name == "migrate_stream-output":
        buf = io.BytesIO()
        migrate_stream(ONISEP, buf)
        return buf.getvalue()
    text = io.StringIO()
    migrate_stream(ONISEP, io.BytesIO(), report_target=text)
    return text.getvalue().encode("utf-8")


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if _files.TEMP_MARK in p.name)


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.usefixtures("umask_022")
def test_new_file_gets_the_umask_mode(writer: str, tmp_path: Path) -> None:
    """A new file is 0o666 less the umask (0o644 here), as open(path, 'w') gives; not 0o600."""
    target = tmp_path / "out.xml"
    WRITERS[writer](target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.umask(0o027)
    second = tmp_path / "second.xml"
    WRITERS[writer](second)
    assert stat.S_IMODE(second.stat().st_mode) == 0o640
    assert _temps(tmp_path) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize("mode", [0o600, 0o664, 0o640])
@pytest.mark.usefixtures("umask_022")
def test_overwrite_keeps_the_target_mode(writer: str, mode: int, tmp_path: Path) -> None:
    """Replacing a file keeps its mode (0o664 stays 0o664 although the umask would give 0o644)."""
    target = tmp_path / "out.xml"
    target.write_bytes(b"old")
    target.chmod(mode)
    WRITERS[writer](target)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == _written_by(writer, target)


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_symlink_is_written_through(writer: str, tmp_path: Path) -> None:
    """A symbolic link stays a link; the file it points to gets the new content."""
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "flux.xml"
    real.write_bytes(b"old")
    link = tmp_path / "link.xml"
    link.symlink_to(real)
    WRITERS[writer](link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == _written_by(writer, real)
    assert _temps(tmp_path) == [] and _temps(real_dir) == []


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    """A link to a file not yet there: the file is created, the link kept."""
    real = tmp_path / "new.xml"
    link = tmp_path / "link.xml"
    link.symlink_to(real)
    _write_doc(link)
    assert link.is_symlink() and real.read_bytes() == lheo.write(lheo.read(minimal()))


def test_named_pipe_is_written_directly(tmp_path: Path) -> None:
    """An existing target that is not a regular file (a FIFO) is written into, not replaced."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    thread = threading.Thread(target=reader)
    thread.start()
    _write_doc(fifo)
    thread.join(timeout=60)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received == [lheo.write(lheo.read(minimal()))]
    assert _temps(tmp_path) == []


def _bad_targets(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    (tmp_path / "adir").mkdir()
    return {
        "missing-folder": (tmp_path / "missing" / "out.xml", "no such folder"),
        "directory": (tmp_path / "adir", "is a directory"),
        "proc": (Path("/proc/lheo-test-x"), "cannot write /proc/lheo-test-x"),
    }


@pytest.mark.parametrize("case", ["missing-folder", "directory", "proc"])
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_unwritable_targets_raise_output_error(case: str, writer: str, tmp_path: Path) -> None:
    """Missing folder, a folder, /proc/x: OutputError (an LheoError and an OSError) naming the
    path as given, never the temporary file."""
    if case == "proc" and not Path("/proc").is_dir():
        pytest.skip("no /proc on this system")
    target, words = _bad_targets(tmp_path)[case]
    with pytest.raises(OutputError) as info:
        WRITERS[writer](target)
    error = info.value
    assert isinstance(error, LheoError) and isinstance(error, OSError)
    text = str(error)
    assert text.startswith(f"cannot write {target}") and words in text
    assert _files.TEMP_MARK not in text and ".tmp" not in text
    assert error.path == str(target)
    assert _temps(tmp_path) == []


def test_failure_while_writing_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk-full error in the middle of a StreamWriter: OutputError, old file, no temp file."""
    target = tmp_path / "out.xml"
    target.write_bytes(b"previous")
    doc = lheo.read(minimal())
    # Fail the third low-level write of the temporary file.
    original_fdopen = os.fdopen

    class Full(io.BufferedWriter):
        count = 0

        def write(self, data: bytes) -> int:  # type: ignore[override]
            Full.count += 1
            if Full.count == 3:
                raise OSError(28, "No space left on device")
            return super().write(data)

    def fdopen(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        if mode == "wb":
            return Full(io.FileIO(fd, "w"))
        return original_fdopen(fd, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(OutputError, match=f"cannot write {target}: No space left"):
        with lheo.StreamWriter(target, version=doc.version) as out:
            for formation in doc.root.offres.formation * 3:
                out.write(formation)
    assert target.read_bytes() == b"previous"
    assert _temps(tmp_path) == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temporary_files_are_cleaned(tmp_path: Path) -> None:
    """The next write into a folder removes temporary files of dead processes and old ones;
    those of live processes, other machines (recent) and other names are kept."""
    host = _files._host()
    dead = _dead_pid()
    stale_dead = tmp_path / f".a.xml{_files.TEMP_MARK}{host}-{dead}-0a0b0c0d"
    live = tmp_path / f".a.xml{_files.TEMP_MARK}{host}-{os.getppid()}-1a1b1c1d"
    other_host_recent = tmp_path / f".b.xml{_files.TEMP_MARK}ffffffff-{dead}-2a2b2c2d"
    other_host_old = tmp_path / f".c.xml{_files.TEMP_MARK}ffffffff-{dead}-3a3b3c3d"
    unrelated = tmp_path / ".a.xml.tmp"
    for path in (stale_dead, live, other_host_recent, other_host_old, unrelated):
        path.write_bytes(b"partial")
    old = time.time() - _files.STALE_AFTER - 60
    os.utime(other_host_old, (old, old))
    _write_doc(tmp_path / "other-target.xml")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([live.name, other_host_recent.name, unrelated.name, "other-target.xml"])


def test_temporary_name_is_recognisable(tmp_path: Path) -> None:
    """The temporary file sits in the target's folder as .NAME.lheo-tmp-HOST-PID-RANDOM."""
    target = tmp_path / "flux.xml"
    out = _files.AtomicFile(target)
    try:
        (name,) = _temps(tmp_path)
        prefix = f".flux.xml{_files.TEMP_MARK}{_files._host()}-{os.getpid()}-"
        assert name.startswith(prefix) and len(name) == len(prefix) + 8
        assert not target.exists()
    finally:
        out.discard()
    assert _temps(tmp_path) == [] and not target.exists()


def test_long_names_stay_under_the_system_limit(tmp_path: Path) -> None:
    """A 250-character target name still gets a temporary name the system accepts."""
    target = tmp_path / ("x" * 246 + ".xml")
    _write_doc(target)
    assert target.read_bytes() == lheo.write(lheo.read(minimal()))


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_read_only_folder_and_file(tmp_path: Path) -> None:
    """No permission on the folder or the file: OutputError naming the path (run as an
    unprivileged user when the tests run as root, since root ignores permissions)."""
    base = Path(tempfile.mkdtemp(prefix="lheo-perm-", dir="/tmp"))
    try:
        base.chmod(0o755)
        locked = base / "locked"
        locked.mkdir()
        (locked / "ro.xml").write_bytes(b"old")
        locked.chmod(0o555)
        readonly = base / "ro.xml"
        readonly.write_bytes(b"old")
        readonly.chmod(0o444)
        code = (
            "import sys, lheo\n"
            "from test_reader import minimal\n"
            "doc = lheo.read(minimal())\n"
            "for target in sys.argv[1:]:\n"
            "    try:\n"
            "        lheo.write(doc, target)\n"
            "    except lheo.OutputError as exc:\n"
            "        print(exc)\n"
        )
        targets = [str(locked / "new.xml"), str(readonly)]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), str(ROOT / "generated"), str(ROOT / "tests")]
        )
        kwargs: dict[str, object] = {}
        if os.geteuid() == 0:
            kwargs["user"] = 65534
        try:
            proc = subprocess.run(
                [sys.executable, "-c", code, *targets],
                capture_output=True,
                text=True,
                env=env,
                cwd="/",
                check=False,
                **kwargs,  # type: ignore[arg-type]
            )
        except PermissionError:
            pytest.skip("cannot switch to an unprivileged user")
        if "Permission denied" in proc.stderr and "lheo" not in proc.stdout:
            pytest.skip(f"the unprivileged user cannot run the tests: {proc.stderr[-200:]}")
        lines = proc.stdout.splitlines()
        assert proc.returncode == 0, proc.stderr
        assert lines == [
            f"cannot write {targets[0]}: permission denied (folder {locked} is not writable)",
            f"cannot write {targets[1]}: permission denied",
        ]
        assert readonly.read_bytes() == b"old"
        assert sorted(p.name for p in locked.iterdir()) == ["ro.xml"]
    finally:
        locked.chmod(0o755)
        for path in sorted(base.rglob("*"), reverse=True):
            path.unlink() if not path.is_dir() else path.rmdir()
        base.rmdir()
