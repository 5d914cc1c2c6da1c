"""Progress on stderr for long command-line operations (silent when not a terminal)."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from lheo import _xml


class ProgressReader:
    """A binary file that advances a progress bar as the parser reads it.

    Seekable when the file is, so that streaming readers can make several passes (migration
    reads its input twice): going back starts the bar again, as a new pass, from the new
    position. ``name`` is the path, so messages name the file as for a plain path.
    """

    def __init__(self, file: IO[bytes], bar: Any, name: str, desc: str = "") -> None:
        self._file = file
        self._bar = bar
        self._desc = desc
        self._pass = 1
        self.name = name

    def read(self, size: int = -1) -> bytes:
        """Read and report progress."""
        data = self._file.read(size)
        self._bar.update(len(data))
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        """Seek; going back starts a new pass of the bar from the new position."""
        position = self._file.seek(offset, whence)
        if position < self._bar.n:
            # Show where the pass ended, then start over: reset() also clears tqdm's
            # bookkeeping of the last drawn position and the rate, which setting ``n`` does
            # not (the bar would stay frozen until it passed its old position again).
            self._bar.refresh()
            self._pass += 1
            self._bar.reset(total=self._bar.total)
            if self._desc:
                self._bar.set_description(f"{self._desc} (pass {self._pass})", refresh=False)
            if position:
                self._bar.update(position)
            self._bar.refresh()
        elif position > self._bar.n:
            self._bar.update(position - self._bar.n)
        return position

    def tell(self) -> int:
        """Current position."""
        return self._file.tell()

    def seekable(self) -> bool:
        """Whether the underlying file can seek (a regular file can, a pipe cannot)."""
        try:
            return bool(self._file.seekable())
        except (AttributeError, OSError, ValueError):
            return False

    def close(self) -> None:
        """Close the file."""
        self._file.close()


def show_progress(quiet: bool) -> bool:
    """Whether to draw progress: on a terminal, unless ``--quiet``."""
    return not quiet and sys.stderr.isatty()


class StdinSource:
    """Standard input as a binary source named ``<stdin>`` (never seekable: it may be a pipe)."""

    name = "<stdin>"

    def __init__(self, stream: IO[bytes] | None = None) -> None:
        self._stream = stream if stream is not None else sys.stdin.buffer

    def read(self, size: int = -1) -> bytes:
        """Read from standard input."""
        return self._stream.read(size)

    def seekable(self) -> bool:
        """Never: the migration and the streamed copy spool it to a temporary file."""
        return False

    def fileno(self) -> int:
        """The descriptor of standard input."""
        return self._stream.fileno()


def input_size(file: str) -> int | None:
    """Size in bytes of a path, or of standard input (``-``) when it is a regular file."""
    try:
        if file == "-":
            info = os.fstat(sys.stdin.fileno())
            return info.st_size if stat.S_ISREG(info.st_mode) else None
        return os.path.getsize(file)
    except (OSError, ValueError, AttributeError):
        return None


@contextlib.contextmanager
def progress_source(
    file: str | Path, *, quiet: bool, desc: str
) -> Iterator[str | Path | IO[bytes]]:
    """The source to parse: a path, standard input for ``-``, or a reader drawing a bar.

    The bar (bytes done, MB/s) is drawn on stderr when it is a terminal and not ``quiet``.
    """
    stdin = str(file) == "-"
    if not show_progress(quiet):
        yield cast(IO[bytes], StdinSource()) if stdin else file
        return
    # Imported only when a bar is drawn: tqdm takes longer to import than a small file
    # takes to validate.
    from tqdm import tqdm

    size = input_size(str(file))
    with tqdm(
        total=size,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=desc,
        file=sys.stderr,
        leave=False,
    ) as bar:
        try:
            raw = cast(IO[bytes], StdinSource()) if stdin else open(file, "rb")  # noqa: SIM115
        except OSError as exc:
            raise _xml.cannot_read(exc, str(file)) from None
        reader = ProgressReader(raw, bar, StdinSource.name if stdin else str(file), desc)
        try:
            yield cast(IO[bytes], reader)
        finally:
            bar.refresh()  # the last position, 100% once read to the end
            if not stdin:
                reader.close()


@contextlib.contextmanager
def count_progress(*, quiet: bool, desc: str, unit: str) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback drawing a bar of items on stderr.

    The bar is drawn as :func:`show_progress` says; otherwise the callback does nothing.
    """
    if not show_progress(quiet):
        yield lambda done, total: None
        return
    from tqdm import tqdm

    with tqdm(desc=desc, unit=unit, file=sys.stderr, leave=False) as bar:

        def advance(done: int, total: int) -> None:
            if bar.total != total:
                bar.total = total
            bar.update(done - bar.n)

        yield advance
