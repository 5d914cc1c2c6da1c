"""Progress on stderr for long command-line operations (silent when not a terminal)."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from tqdm import tqdm


class ProgressReader:
    """A binary file that advances a progress bar as the parser reads it.

    Seekable, so streaming readers can restart (e.g. to retry with ``huge_tree``); ``name``
    is the path, so messages name the file as for a plain path.
    """

    def __init__(self, path: Path, bar: Any) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._bar = bar
        self.name = str(path)

    def read(self, size: int = -1) -> bytes:
        """Read and report progress."""
        data = self._file.read(size)
        self._bar.update(len(data))
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        """Seek, moving the bar back to the new position."""
        position = self._file.seek(offset, whence)
        self._bar.n = position
        self._bar.refresh()
        return position

    def tell(self) -> int:
        """Current position."""
        return self._file.tell()

    def seekable(self) -> bool:
        """Always true: the file is a regular file."""
        return True

    def close(self) -> None:
        """Close the file."""
        self._file.close()


def show_progress(quiet: bool) -> bool:
    """Whether to draw progress: on a terminal, unless ``--quiet``."""
    return not quiet and sys.stderr.isatty()


@contextlib.contextmanager
def progress_source(path: Path, *, quiet: bool, desc: str) -> Iterator[Path | IO[bytes]]:
    """The path itself, or a reader drawing a bar (bytes done, MB/s) while it is parsed."""
    if not show_progress(quiet):
        yield path
        return
    size = path.stat().st_size
    with tqdm(
        total=size,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc=desc,
        file=sys.stderr,
        leave=False,
    ) as bar:
        reader = ProgressReader(path, bar)
        try:
            yield cast(IO[bytes], reader)
        finally:
            reader.close()
