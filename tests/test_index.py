"""lheo.index: the 2.x index of offer files, and the whole CARIF-OREF workflow."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from lxml import etree

import lheo
import lheo.carif as carif
import lheo.index as index

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
NS = "{http://lheo.gouv.fr/2.3}"


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def test_index_of_the_catalogue_matches_the_example_index() -> None:
    # examples/data/index-2.3.xml was written by hand for this catalogue: the same summaries,
    # in the same order, with the same fields (but its optional contact blocks).
    built = etree.fromstring(index.build([CATALOGUE], file_url=lambda p: p.name))
    assert lheo.validate(etree.tostring(built)).ok
    example = etree.parse(str(DATA / "index-2.3.xml")).getroot()
    mine, theirs = list(built.iter(f"{NS}resume-offre")), list(example.iter(f"{NS}resume-offre"))
    assert len(mine) == len(theirs) == 8
    for a, b in zip(mine, theirs, strict=True):
        assert dict(a.attrib) == dict(b.attrib)
        fields = [c for c in b if _local(c) != "contact-formation-resume"]
        assert [_local(c) for c in a] == [_local(c) for c in fields]
        for x, y in zip(a, fields, strict=True):
            if len(y) == 0:
                assert (x.text, dict(x.attrib)) == (y.text, dict(y.attrib))
        assert [s.findtext(f"{NS}periode/{NS}debut") for s in a.iter(f"{NS}session")] == [
            s.findtext(f"{NS}periode/{NS}debut") for s in b.iter(f"{NS}session")
        ]


def test_summaries_and_other_versions(tmp_path: Path) -> None:
    assert [s.get("numero") for s in index.summaries(DATA / "index-2.3.xml")][:2] == [
        "14662_381140",
        "3519_229871",
    ]
    assert lheo.validate(index.build([DATA / "onisep-2.2.xml"])).ok
    with pytest.raises(lheo.UnsupportedVersionError, match="one index holds one version"):
        index.build([CATALOGUE, DATA / "onisep-2.2.xml"])
    with pytest.raises(lheo.UnsupportedVersionError, match="1.3.0"):
        index.build([DATA / "offre-1.3.0.xml"])


def test_split_mark_index_integrate(tmp_path: Path) -> None:
    # The workflow of the README: split a flow, mark every file, build the index, integrate.
    when = datetime.datetime(2025, 6, 30, 5, 12, 44)
    offers = carif.split(CATALOGUE, tmp_path)
    for path in offers:
        tree = lheo.parse(path)
        carif.mark(tree, numero="21", region="44", email="flux@carif.fr", exported_at=when)
        tree.write(path)
    tree = lheo.parse(index.build(offers, file_url=lambda p: p.name))
    carif.mark(tree, numero="21", region="44", email="flux@carif.fr", exported_at=when)
    tree.write(tmp_path / "index.xml")
    report = carif.integrate(tmp_path / "index.xml")
    assert report.integrated and report.excluded_offers == ()
    assert sorted(o.file for o in report.valid_offers) == sorted(p.name for p in offers)


def test_cli_split_index_build(tmp_path: Path) -> None:
    import subprocess
    import sys

    lheo_cli = [sys.executable, "-m", "lheo"]
    folder = tmp_path / "offres"
    done = subprocess.run([*lheo_cli, "split", str(CATALOGUE), "-o", str(folder)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = folder / "index.xml"
    command = [
        *lheo_cli,
        "index",
        "build",
        str(folder),
        "-o",
        str(out),
        "--base-url",
        "https://c.fr/o/",
    ]
    for _ in range(2):  # a second run does not take the index for an offer
        done = subprocess.run(command, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert lheo.validate(out).ok
    files = {s.get("file") for s in index.summaries(out)}
    assert files == {f"https://c.fr/o/{p.name}" for p in folder.glob("*.xml") if p != out}
    refused = subprocess.run([*lheo_cli, "index", "build", str(DATA / "offre-1.3.0.xml"), "-o",
                              str(tmp_path / "x.xml")], capture_output=True, text=True)  # fmt: skip
    assert refused.returncode == 2 and not (tmp_path / "x.xml").exists()
