"""lheo: read, validate, write and migrate LHÉO XML (versions 1.3.0, 2.2 and 2.3).

Quick tour::

    import lheo
    doc = lheo.read("flux.xml")            # typed objects, version detected
    doc.version, doc.kind                  # ("2.3", "lheo")
    report = lheo.validate("flux.xml")     # xmllint-style diagnostics
    lheo.write(doc, "copie.xml")           # faithful, atomic

Added in 0.1.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _dist_version

from lheo._document import Document
from lheo._migrate import MigrationResult, migrate
from lheo._reader import detect, read
from lheo._stream import FormationStream, StreamWriter, iter_formations, validate_stream
from lheo._validate import ValidationReport, validate
from lheo._writer import write
from lheo.errors import (
    Issue,
    LheoError,
    MigrationError,
    NotLheoError,
    OutputError,
    ParseError,
    UnsafeXmlError,
    UnsupportedVersionError,
    ValidationError,
)
from lheo.versions import Version

try:
    __version__ = _dist_version("lheo")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Document",
    "FormationStream",
    "Issue",
    "LheoError",
    "MigrationError",
    "MigrationResult",
    "NotLheoError",
    "OutputError",
    "ParseError",
    "StreamWriter",
    "UnsafeXmlError",
    "UnsupportedVersionError",
    "ValidationError",
    "ValidationReport",
    "Version",
    "__version__",
    "detect",
    "iter_formations",
    "migrate",
    "read",
    "validate",
    "validate_stream",
    "write",
]
