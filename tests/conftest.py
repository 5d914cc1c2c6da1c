"""Shared fixtures: the official LHÉO reference data lives in ../shared/lheo (read at test time)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
SCHEMAS = ROOT / "lheo" / "schemas"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Folder of the official schemas, examples and tables (../shared/lheo)."""
    if not SHARED.is_dir():
        pytest.skip("../shared/lheo is not available")
    return SHARED
