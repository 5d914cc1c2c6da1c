"""Faithful round-trip of our own example flows and fixtures, and their validity."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import assert_xml_equal

import lheo

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "examples" / "data").glob("*.xml")) + sorted(
    (ROOT / "tests" / "fixtures").rglob("*.xml")
)
# Deliberately invalid inputs (documented at the top of each file).
INVALID = {"onisep-2.2-real.xml", "flux-onisep-2.2.xml"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_round_trip(path: Path) -> None:
    """write(read(x)) == x after canonicalisation, strict when valid, lenient otherwise."""
    strict = path.name not in INVALID
    doc = lheo.read(path, strict=strict)
    out = lheo.write(doc)
    assert out is not None
    assert_xml_equal(out, path.read_bytes(), unordered=frozenset({"resume-offre"}))
    assert lheo.write(lheo.read(out, strict=strict)) == out


@pytest.mark.parametrize("path", [p for p in FILES if p.name not in INVALID], ids=lambda p: p.name)
def test_example_is_valid(path: Path) -> None:
    """Our example flows validate against our schema of their version."""
    report = lheo.validate(path)
    assert report.ok, str(report)


def test_datetime_lexical_form_is_kept() -> None:
    """Fractional zeros and offsets of horodatage attributes are written as read."""
    data = (
        b'<formation xmlns="http://lheo.gouv.fr/2.3" horodatage-creation="2022-02-14T08:00:12.000Z"'
        b' horodatage-modification="2025-02-10T13:45:00.000+01:00"/>'
    )
    doc = lheo.read(data, strict=False)
    created = doc.root.horodatage_creation
    assert created.to_datetime().second == 12
    out = lheo.write(doc)
    assert out is not None
    assert b'horodatage-creation="2022-02-14T08:00:12.000Z"' in out
    assert b'horodatage-modification="2025-02-10T13:45:00.000+01:00"' in out
