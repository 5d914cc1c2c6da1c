"""FLUX-CARIF marking: read, check and write the block of the CARIF-OREF exchange."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from lxml import etree

import lheo
import lheo.carif as carif

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
OFFRE = DATA / "offre-1.3.0.xml"
INDEX = DATA / "index-1.3.0.xml"
CATALOGUE = DATA / "catalogue-2.3.xml"
WHEN = datetime.datetime(2025, 6, 30, 5, 12, 44)


def test_reads_the_marking_of_the_example_files() -> None:
    # Values as written in examples/data/offre-1.3.0.xml (checked by hand).
    found = carif.read_mark(OFFRE)
    assert found == carif.FluxCarif(
        numero="18",
        region="52",
        email="flux.lheo@carif-pdl.fr",
        date_export="20090312",
        heure_export="031547",
        exported_at=datetime.datetime(2009, 3, 12, 3, 15, 47),
    )
    assert carif.read_mark(lheo.read(INDEX)) == found  # a Document reads the same
    assert carif.check_mark(OFFRE) == [] and carif.check_mark(INDEX) == []
    assert carif.check_consistency(INDEX, [OFFRE]) == []


def test_a_file_without_marking() -> None:
    assert carif.read_mark(CATALOGUE) is None
    (issue,) = carif.check_mark(CATALOGUE)
    assert 'extras info="FLUX-CARIF" absent' in issue.message


def _broken(old: str, new: str) -> bytes:
    text = OFFRE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('<extra info="heure-export">031547</extra>', "", 'extra info="heure-export" absent'),
        ('info="date-export"', 'info="Date-Export"', 'trouvé info="Date-Export" : la casse'),
        ('info="FLUX-CARIF"', 'info="Flux-Carif"', 'trouvé info="Flux-Carif" : la casse'),
        (">52</extra>", ">99</extra>", "region vaut « 99 »"),
        ("flux.lheo@carif-pdl.fr", "flux.lheo.carif-pdl.fr", "pas une adresse électronique"),
        (">20090312<", ">20090231<", "ne forment pas une date"),
        (">031547<", ">256000<", "ne forment pas une date"),
    ],
)
def test_each_broken_marking_is_named(old: str, new: str, expected: str) -> None:
    issues = carif.check_mark(_broken(old, new))
    assert len(issues) == 1, issues
    assert expected in issues[0].message


def test_export_dates_must_agree() -> None:
    later = _broken(">031547<", ">031548<")
    (issue,) = carif.check_consistency(INDEX, [OFFRE, later])
    assert "031548" in issue.message and "031547" in issue.message


@pytest.mark.parametrize("source", [CATALOGUE, OFFRE, INDEX, DATA / "index-2.3.xml"])
@pytest.mark.parametrize("form", ["tree", "document"])
def test_mark_writes_a_valid_block(source: Path, form: str) -> None:
    target = lheo.parse(source) if form == "tree" else lheo.read(source)
    carif.mark(target, numero="21", region="44", email="flux@carif.fr", exported_at=WHEN)
    data = target.write() if isinstance(target, lheo.Tree) else lheo.write(target)
    assert lheo.validate(data).ok
    mark = carif.read_mark(data)
    assert mark is not None and mark.exported_at == WHEN and mark.region == "44"
    assert carif.check_mark(data) == []
    # One FLUX-CARIF block, the last child of the root, its extras in the documented order.
    root = etree.fromstring(data)
    blocks = [el for el in root if el.get("info") == "FLUX-CARIF"]
    assert len(blocks) == 1 and blocks[0] is root[-1]
    assert [x.get("info") for x in blocks[0]] == list(carif.KEYS)
    assert [x.text for x in blocks[0]] == ["21", "44", "flux@carif.fr", "20250630", "051244"]


def test_mark_refuses_a_bad_region_or_email_and_changes_nothing() -> None:
    tree = lheo.parse(CATALOGUE)
    before = tree.write()
    with pytest.raises(lheo.LheoError, match="région"):
        carif.mark(tree, numero="21", region="99", email="a@b.fr", exported_at=WHEN)
    with pytest.raises(lheo.LheoError, match="e-mail"):
        carif.mark(tree, numero="21", region="44", email="nobody", exported_at=WHEN)
    assert tree.write() == before


def _c14n(element: etree._Element) -> bytes:
    # A subtree alone (its namespace declared on it), white space between elements dropped.
    return etree.tostring(
        etree.fromstring(etree.tostring(element)), method="c14n2", strip_text=True
    )


@pytest.mark.parametrize(
    ("source", "names"),
    [
        (CATALOGUE, ["14662.xml", "3519.xml", "GE-2025-001873.xml", "8127.xml"]),
        (OFFRE, ["offre-1.xml", "offre-2.xml"]),  # 1.3.0 offers carry no numero
    ],
)
def test_split_writes_one_valid_file_per_offer(
    tmp_path: Path, source: Path, names: list[str]
) -> None:
    written = carif.split(source, tmp_path / "out")
    assert [p.name for p in written] == names
    original = etree.parse(str(source)).getroot()
    offers = [
        el
        for el in original.iter()
        if etree.QName(el).localname in ("formation", "offre-formation")
    ]
    offers = [el for el in offers if etree.QName(el.getparent()).localname == "offres"]
    assert len(offers) == len(written)
    for path, offer in zip(written, offers, strict=True):
        assert lheo.validate(path).ok
        root = etree.parse(str(path)).getroot()
        assert root.tag == original.tag and root[0].attrib == original[0].attrib  # offres kept
        assert [_c14n(el) for el in root[0]] == [_c14n(offer)]


def test_split_names_are_safe_and_never_reused(tmp_path: Path) -> None:
    text = CATALOGUE.read_text(encoding="utf-8")
    text = text.replace('numero="3519"', 'numero="14662"').replace(
        'numero="8127"', 'numero="../a b"'
    )
    written = carif.split(text.encode("utf-8"), tmp_path)
    assert [p.name for p in written] == [
        "14662.xml",
        "14662-2.xml",
        "GE-2025-001873.xml",
        "a_b.xml",
    ]
    assert all(p.parent == tmp_path for p in written)


def test_split_refuses_an_index_and_stops_at_an_invalid_offer(tmp_path: Path) -> None:
    with pytest.raises(lheo.LheoError, match="not a flow of offers"):
        carif.split(DATA / "index-2.3.xml", tmp_path / "a")
    text = CATALOGUE.read_text(encoding="utf-8")
    bad = text.replace(
        "<code-niveau-entree>0</code-niveau-entree>",
        "<code-niveau-entree>99</code-niveau-entree>",
        1,
    )
    with pytest.raises(lheo.ValidationError):
        carif.split(bad.encode("utf-8"), tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []  # the first offer was the invalid one
