"""Shared fixtures: the official LHÉO reference data lives in ../shared/lheo (read at test time).

Tests that need those files skip without them, all with :data:`SHARED_MISSING` as reason: use
the ``shared_dir`` fixture, :func:`shared_path` inside a test, or the :data:`needs_shared`
mark on a test whose parameters come from those files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
SCHEMAS = ROOT / "lheo" / "schemas"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: The one reason given by every test skipped for want of the official files.
SHARED_MISSING = (
    f"official LHÉO reference files not found at {SHARED} "
    "(the README says where ../shared/lheo comes from)"
)

#: Skips a test when the official files are absent (for tests parametrized from them).
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)


def shared_path(*parts: str) -> Path:
    """A path in the official reference data; skips the calling test when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED.joinpath(*parts)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Folder of the official schemas, examples and tables (../shared/lheo)."""
    return shared_path()
