"""lheo: read, validate, write and migrate LHÉO XML (versions 1.3.0, 2.2 and 2.3).

Quick tour::

    import lheo
    doc = lheo.read("flux.xml")            # typed objects, version detected
    doc.version, doc.kind                  # ("2.3", "lheo")
    report = lheo.validate("flux.xml")     # xmllint-style diagnostics
    lheo.write(doc, "copie.xml")           # faithful, atomic
    tree = lheo.parse("flux.xml")          # typed views over lxml, converted on access
    tree.root.offres.formation[0].intitule_formation

``import lheo`` is cheap: each public name is imported on first use, so that validating or
detecting never loads the typed bindings (hundreds of milliseconds for 2.3), which only
reading, writing, streaming and migrating need.

Added in 0.1. Changed in 0.2: public names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lheo._compat import XmlDateTime
    from lheo._detect import detect
    from lheo._diff import Change, FlowDiff, diff
    from lheo._document import Document
    from lheo._reader import read
    from lheo._records import records
    from lheo._search import Summary, search
    from lheo._sinks import export, to_dataframe
    from lheo._stream import (
        FormationStream,
        StreamWriter,
        ViewStream,
        iter_formations,
        validate_stream,
    )
    from lheo._stream_validate import validate
    from lheo._validate import ValidationReport
    from lheo._values import Code
    from lheo._writer import write
    from lheo.errors import (
        IncomparableError,
        InvalidValueError,
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
    from lheo.migration import MigrationResult, migrate
    from lheo.versions import Version
    from lheo.views import Tree, parse

#: The version of the installed distribution (read from its metadata on first access).
__version__: str

__all__ = [
    "Change",
    "Code",
    "Document",
    "FlowDiff",
    "FormationStream",
    "IncomparableError",
    "InvalidValueError",
    "Issue",
    "LheoError",
    "MigrationError",
    "MigrationResult",
    "NotLheoError",
    "OutputError",
    "ParseError",
    "StreamWriter",
    "Tree",
    "Summary",
    "UnsafeXmlError",
    "UnsupportedVersionError",
    "ValidationError",
    "ValidationReport",
    "Version",
    "ViewStream",
    "XmlDateTime",
    "__version__",
    "detect",
    "diff",
    "export",
    "iter_formations",
    "migrate",
    "parse",
    "read",
    "records",
    "search",
    "to_dataframe",
    "validate",
    "validate_stream",
    "write",
]

# The module that defines each public name (the same as the TYPE_CHECKING imports above).
_HOMES: dict[str, str] = {
    "Change": "lheo._diff",
    "FlowDiff": "lheo._diff",
    "IncomparableError": "lheo.errors",
    "diff": "lheo._diff",
    "Code": "lheo._values",
    "InvalidValueError": "lheo.errors",
    "Document": "lheo._document",
    "FormationStream": "lheo._stream",
    "Issue": "lheo.errors",
    "LheoError": "lheo.errors",
    "MigrationError": "lheo.errors",
    "MigrationResult": "lheo.migration",
    "NotLheoError": "lheo.errors",
    "OutputError": "lheo.errors",
    "ParseError": "lheo.errors",
    "StreamWriter": "lheo._stream",
    "Tree": "lheo.views",
    "Summary": "lheo._search",
    "UnsafeXmlError": "lheo.errors",
    "UnsupportedVersionError": "lheo.errors",
    "ValidationError": "lheo.errors",
    "ValidationReport": "lheo._validate",
    "Version": "lheo.versions",
    "ViewStream": "lheo._stream",
    "XmlDateTime": "lheo._compat",
    "detect": "lheo._detect",
    "export": "lheo._sinks",
    "records": "lheo._records",
    "search": "lheo._search",
    "to_dataframe": "lheo._sinks",
    "iter_formations": "lheo._stream",
    "migrate": "lheo.migration",
    "parse": "lheo.views",
    "read": "lheo._reader",
    "validate": "lheo._stream_validate",
    "validate_stream": "lheo._stream",
    "write": "lheo._writer",
}


def _distribution_version() -> str:
    # importlib.metadata scans every installed distribution: tens of milliseconds that a
    # command which never prints the version should not pay.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lheo")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def _first_access(name: str) -> Any:
    """Import a public name on first access (PEP 562); later accesses find it bound."""
    if name == "__version__":
        value: Any = _distribution_version()
    elif name in _HOMES:
        value = getattr(importlib.import_module(_HOMES[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# Hidden from type checkers, which would otherwise take any misspelt ``lheo.name`` for Any:
# they see the imports above.
if not TYPE_CHECKING:
    __getattr__ = _first_access
