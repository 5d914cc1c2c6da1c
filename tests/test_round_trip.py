"""Faithful round-trip of every file we have: write(read(x)) is x.

Equality is C14N 2.0 *with comments* (so white space, comments, processing instructions and
element order count) and the written order of every element's attributes; for the files we
write ourselves (pretty-printed), every line but the XML declaration is the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import attribute_orders, c14n

import lheo

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
OURS = sorted((ROOT / "examples" / "data").glob("*.xml")) + sorted(
    (ROOT / "tests" / "fixtures").rglob("*.xml")
)
OFFICIAL = sorted(SHARED.glob("*/examples/*.xml"))
# Deliberately invalid inputs (documented at the top of each file, or skeletons).
INVALID = {"onisep-2.2-real.xml", "flux-onisep-2.2.xml", "lheo-exemple-generated.xml"}


def _version(path: Path) -> str | None:
    # The official 1.3.0 exemple-leger.xml has no namespace: its folder names the version.
    return path.parent.parent.name if path.parent.name == "examples" else None


def _check(path: Path) -> bytes:
    version = _version(path)
    strict = path.name not in INVALID
    doc = lheo.read(path, version=version, strict=strict)
    out = lheo.write(doc)
    assert out is not None
    namespace = lheo.Version.parse(version).namespace if version else None
    source = path.read_bytes()
    assert c14n(out, namespace=namespace) == c14n(source, namespace=namespace)
    assert attribute_orders(out) == attribute_orders(source, namespace)
    # And again: what lheo wrote, it reads and writes identically.
    assert lheo.write(lheo.read(out, strict=strict)) == out
    return out


@pytest.mark.parametrize("path", OURS, ids=lambda p: p.name)
def test_our_files(path: Path) -> None:
    """Our example flows and fixtures: same document, and the same lines but the first."""
    out = _check(path)
    source = path.read_text(encoding="utf-8").splitlines()
    assert out.decode("utf-8").splitlines()[1:] == source[1:]


@pytest.mark.parametrize("path", OFFICIAL, ids=lambda p: f"{_version(p)}/{p.name}")
def test_official_examples(path: Path) -> None:
    """Every official example (comments, tabs, odd spacing…): the same document."""
    _check(path)


def test_comment_of_the_official_conseiller_example_survives() -> None:
    """The comment that used to vanish (exemple-conseiller-insertion.xml) is written back."""
    path = SHARED / "1.3.0" / "examples" / "exemple-conseiller-insertion.xml"
    if not path.exists():
        pytest.skip("official LHÉO reference files not found (../shared/lheo)")
    out = lheo.write(lheo.read(path))
    assert out is not None
    assert b"<!--<lheo> Balise en trop -->" in out


@pytest.mark.parametrize("path", [p for p in OURS if p.name not in INVALID], ids=lambda p: p.name)
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
