"""Atomic output files: the one way lheo puts a file on disk.

Every writer of the library (:func:`lheo.write` and :class:`lheo.StreamWriter` on paths,
:func:`lheo.migration.migrate_stream`'s output and report, the command line's reports) goes
through :class:`AtomicFile`:

- the bytes go to a temporary file in the target's folder, renamed over the target only once
  complete, so the target is always the old file or the whole new one, even after ``kill -9``;
- the new file has the mode an ordinary ``open(path, "w")`` would give: ``0o666`` less the
  umask for a new file, the old file's mode when it replaces one;
- a symbolic link is written through: the link stays, its target gets the new content;
- an existing target that is not a regular file (``/dev/null``, a named pipe) is written
  directly, as there is nothing to replace;
- temporary files are named ``.NAME.lheo-tmp-HOST-PID-RANDOM``; one left behind by a process
  that was killed is removed by the next write into that folder (its process is gone, or it has
  not been written to for :data:`STALE_AFTER` seconds);
- every failure is an :class:`~lheo.errors.OutputError` naming the path the caller gave, never
  the temporary file.
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import socket
import stat
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from lheo.errors import OutputError

__all__ = [
    "STALE_AFTER",
    "TEMP_MARK",
    "AtomicFile",
    "Destination",
    "atomic_write",
    "check_target",
]

#: What every temporary file name holds, after the target's name.
TEMP_MARK = ".lheo-tmp-"

#: A temporary file untouched for this long (seconds) is stale, whoever made it: a live
#: writer touches its file at every block, and a process id may have been reused.
STALE_AFTER = 6 * 3600

# File names are limited to 255 bytes: keep room for the mark, host, pid and random parts.
_NAME_ROOM = 180


@functools.cache
def _host() -> str:
    # Temporary files may sit on a folder shared between machines: a process id means
    # something only on the machine that wrote it.
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


def _temp_name(target: Path) -> str:
    name = target.name
    if len(name.encode("utf-8", "surrogateescape")) > _NAME_ROOM:
        name = name.encode("utf-8", "surrogateescape")[:_NAME_ROOM].decode("utf-8", "ignore")
    return f".{name}{TEMP_MARK}{_host()}-{os.getpid()}-{secrets.token_hex(4)}"


def _alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - os.kill(pid, 0) would not be a probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: a process of another user
        return True
    return True


def _stale(entry: os.DirEntry[str], now: float) -> bool:
    tail = entry.name.rsplit(TEMP_MARK, 1)[-1]
    parts = tail.split("-")
    try:
        age = now - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    if age > STALE_AFTER:
        return True
    if len(parts) != 3 or parts[0] != _host() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    return pid != os.getpid() and not _alive(pid)


def clean_stale(folder: Path) -> list[str]:
    """Remove the temporary files that killed writers left in ``folder``.

    Returns:
        The names removed (best effort: a file that cannot be removed is left).
    """
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(".") or TEMP_MARK not in entry.name:
            continue
        if not entry.is_file(follow_symlinks=False) or not _stale(entry, now):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(entry.name)
    return removed


def _fail(path: str | os.PathLike[str], reason: str, exc: OSError | None = None) -> OutputError:
    return OutputError(
        f"cannot write {os.fspath(path)}: {reason}",
        path=os.fspath(path),
        errno=exc.errno if exc is not None else None,
    )


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_target(path: str | os.PathLike[str]) -> Path:
    """Check that ``path`` can be written, without writing anything.

    Args:
        path: the target as the caller gave it.

    Returns:
        The file that will really be written: ``path`` with symbolic links followed.

    Raises:
        OutputError: empty path, missing folder, a folder as target, or no permission.
    """
    if not os.fspath(path):
        raise _fail(path, "empty path")
    real = Path(os.path.realpath(path))
    if real.is_dir():
        raise _fail(path, "is a directory")
    folder = real.parent
    if not folder.is_dir():
        where = os.path.dirname(os.fspath(path)) or "."
        raise _fail(path, f"no such folder {where}")
    try:
        info = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _fail(path, _reason(exc), exc) from None
    if info is not None and stat.S_ISREG(info.st_mode) and not os.access(real, os.W_OK):
        raise _fail(path, "permission denied")
    if (info is None or stat.S_ISREG(info.st_mode)) and not os.access(folder, os.W_OK | os.X_OK):
        raise _fail(path, f"permission denied (folder {folder} is not writable)")
    return real


class AtomicFile:
    """A file written through a temporary file and put in place by :meth:`commit`.

    Use it as a context manager (commit on success, discard on an exception) or call
    :meth:`commit` / :meth:`discard` yourself. :meth:`write` takes bytes, or ``str`` when
    opened with ``text=True`` (UTF-8).

    Args:
        path: the target, as the caller gave it (messages name it).
        text: write ``str`` (UTF-8) instead of bytes.

    Raises:
        OutputError: the target cannot be written (see :func:`check_target`).
    """

    def __init__(self, path: str | os.PathLike[str], *, text: bool = False) -> None:
        self.path = os.fspath(path)
        self._real = check_target(path)
        self._tmp: Path | None = None
        try:
            info: os.stat_result | None = self._real.stat()
        except OSError:
            info = None
        try:
            if info is not None and not stat.S_ISREG(info.st_mode):
                fd = os.open(self._real, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0))
            else:
                clean_stale(self._real.parent)
                tmp = self._real.parent / _temp_name(self._real)
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                # 0o666 less the umask, as open(path, "w") gives; the old file's own mode
                # when replacing one.
                fd = os.open(tmp, flags, 0o666)
                self._tmp = tmp
                if info is not None:
                    os.fchmod(fd, stat.S_IMODE(info.st_mode))
        except OSError as exc:
            self._unlink()
            raise _fail(path, _reason(exc), exc) from None
        self._out: IO[Any] = os.fdopen(fd, "w", encoding="utf-8") if text else os.fdopen(fd, "wb")
        self.closed = False

    def write(self, data: Any) -> int:
        """Write bytes (or ``str`` in text mode).

        Raises:
            OutputError: the disk is full or the file cannot be written.
        """
        try:
            return int(self._out.write(data))
        except OSError as exc:
            self.discard()
            raise _fail(self.path, _reason(exc), exc) from None

    def flush(self) -> None:
        """Flush the buffered data to the temporary file."""
        self._out.flush()

    def commit(self) -> None:
        """Put the complete file in place of the target.

        Raises:
            OutputError: the data cannot be flushed or the file cannot be renamed.
        """
        if self.closed:
            return
        try:
            self._out.flush()
            if self._tmp is not None:
                os.fsync(self._out.fileno())
            self._out.close()
            if self._tmp is not None:
                os.replace(self._tmp, self._real)
                self._tmp = None
        except OSError as exc:
            self.discard()
            raise _fail(self.path, _reason(exc), exc) from None
        self.closed = True

    def discard(self) -> None:
        """Drop what was written; the target is left as it was."""
        if self.closed:
            return
        self.closed = True
        try:
            self._out.close()
        except OSError:
            pass
        finally:
            self._unlink()

    def _unlink(self) -> None:
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


class Destination:
    """Where to write: a path through an :class:`AtomicFile`, or a file object as it is.

    Args:
        target: a path, or a file object (whatever it is: the caller checks it).
        text: a path is written ``str`` (UTF-8), see :class:`AtomicFile`.

    Attributes:
        file: what to write to (the :class:`AtomicFile`, or the file object).

    Raises:
        OutputError: the path cannot be written (see :func:`check_target`).
    """

    def __init__(self, target: str | os.PathLike[str] | Any, *, text: bool = False) -> None:
        self._atomic: AtomicFile | None = None
        if isinstance(target, (str, os.PathLike)):
            self._atomic = AtomicFile(target, text=text)
            self.file: Any = self._atomic
        else:
            self.file = target

    def commit(self) -> None:
        """Put a path's file in place (nothing to do for a file object).

        Raises:
            OutputError: see :meth:`AtomicFile.commit`.
        """
        if self._atomic is not None:
            self._atomic.commit()

    def discard(self) -> None:
        """Drop a path's file not committed (nothing to do for a file object)."""
        if self._atomic is not None:
            self._atomic.discard()


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :class:`AtomicFile`).

    Raises:
        OutputError: the target cannot be written.
    """
    with AtomicFile(path) as out:
        out.write(data)
