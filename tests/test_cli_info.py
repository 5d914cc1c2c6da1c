"""lheo info counts what reading sees: elements where the schema puts them, in constant memory."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from test_reader import NS22, NS23, minimal

import lheo
from lheo._info import flow_info
from lheo.cli import main

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "lheo"
FILES = sorted((ROOT / "examples" / "data").glob("*.xml")) + sorted(
    (ROOT / "tests" / "fixtures").rglob("*.xml")
)
OFFICIAL = sorted(SHARED.glob("*/examples/*.xml")) if SHARED.is_dir() else []

# Independent expectations: absolute XPaths from the schemas' structure (hand-written here,
# not derived from lheo), for each root a document may have.
XPATHS = {
    "formations": [
        "/l:lheo/l:offres/l:formation",
        "/l:lheo/l:offres/l:offre-formation",
        "/l:lheo-plus/l:lheo/l:offres/l:formation",
    ],
    "actions": [
        "/l:lheo/l:offres/l:formation/l:action",
        "/l:lheo/l:offres/l:offre-formation/l:action-formation",
    ],
    "sessions": [
        "/l:lheo/l:offres/l:formation/l:action/l:session",
        "/l:lheo-index/l:resumes-offres/l:resume-offre/l:session",
        "/l:lheo/l:offres/l:offre-formation/l:organisation-formation/l:modalites-acces"
        "/l:sessions/l:session",
        "/l:lheo-leger/l:resumes-offres/l:resume-offre/l:sessions/l:session",
    ],
    "organismes": [
        "/l:lheo/l:offres/l:formation/l:organisme-formation-responsable",
        "/l:lheo/l:offres/l:offre-formation/l:organismes/l:organisme-formation-responsable",
    ],
    "organismes-formateurs": [
        "/l:lheo/l:offres/l:formation/l:action/l:organisme-formateur",
        "/l:lheo/l:offres/l:offre-formation/l:organismes/l:organisme-formateur",
    ],
    "resumes-offres": [
        "/l:lheo-index/l:resumes-offres/l:resume-offre",
        "/l:lheo-leger/l:resumes-offres/l:resume-offre",
    ],
    "resumes-organismes": [
        "/l:lheo-index/l:resumes-organismes/l:resume-organisme",
        "/l:lheo-leger/l:resumes-organismes/l:resume-organisme",
    ],
}


def expected_counts(data: bytes, version: str | None = None) -> dict[str, int]:
    """Counts by XPath on the parsed file (namespace added when the root has none)."""
    root = etree.fromstring(data)
    ns = etree.QName(root).namespace
    if ns is None:  # the 1.3.0 Léger example: put every element in the 1.3.0 namespace
        ns = lheo.Version.parse(version or "1.3.0").namespace
        for el in root.iter(etree.Element):
            el.tag = f"{{{ns}}}{el.tag}"
    counts = {}
    for label, paths in XPATHS.items():
        total = sum(len(root.xpath(p, namespaces={"l": ns})) for p in paths)
        if total:
            counts[label] = total
    return counts


def info_json(data: bytes, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(main, ["info", "-", "--format", "json", *args], input=data)
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout))


@pytest.mark.parametrize("path", FILES + OFFICIAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_counts_agree_with_xpath(path: Path) -> None:
    """On every example, fixture and official file: the counts of an lxml XPath count."""
    data = path.read_bytes()
    no_namespace = etree.QName(etree.fromstring(data)).namespace is None
    options = ("--lheo-version", "1.3.0") if no_namespace else ()
    got = info_json(data, *options)
    assert got["counts"] == expected_counts(data)
    assert got["size"] == len(data) and got["source"] == "<stdin>"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_counts_agree_with_reading(path: Path) -> None:
    """The formations (or summaries) counted are the ones lheo.read binds."""
    doc = lheo.read(path, strict=False)
    info = flow_info(path)
    counts = info.counts
    root = doc.root
    if doc.kind == "lheo":
        offres = root.offres
        items = getattr(offres, "formation", None) or getattr(offres, "offre_formation", [])
        assert counts.get("formations", 0) == len(items)
    else:
        assert counts.get("resumes-offres", 0) == len(root.resumes_offres.resume_offre)
        organismes = root.resumes_organismes
        assert counts.get("resumes-organismes", 0) == (
            len(organismes.resume_organisme) if organismes is not None else 0
        )


def _misplaced(ns: str) -> bytes:
    """A valid flow plus a formation directly under the root and one inside an extra."""
    data = minimal(ns)
    formation = data[
        data.index(b"<formation ") : data.index(b"</formation>") + len(b"</formation>")
    ]
    inner = formation.replace(b'numero="F1"', b'numero="F2"')
    stray = formation.replace(b'numero="F1"', b'numero="F3"')
    extras = b'<extras><extra info="copie">' + inner + b"</extra></extras>"
    # The extras at the end of offres holds a formation; another formation follows offres.
    data = data.replace(b"</offres>", extras + b"</offres>" + stray, 1)
    return data


@pytest.mark.parametrize("ns", [NS22, NS23])
def test_misplaced_formation_is_not_counted(ns: str) -> None:
    """A formation inside an extra or directly under the root is not one of the flow's
    formations: strict reading refuses the file, XPath finds one, and info counts one."""
    data = _misplaced(ns)
    tree = etree.fromstring(data)
    assert len(tree.xpath("//l:formation", namespaces={"l": ns})) == 3
    assert len(tree.xpath("//l:action", namespaces={"l": ns})) == 3
    with pytest.raises(lheo.ValidationError):
        lheo.read(data)
    assert not lheo.validate(data).ok
    got = info_json(data)
    assert got["counts"] == expected_counts(data)
    assert got["counts"] == {
        "formations": 1,
        "actions": 1,
        "sessions": 1,
        "organismes": 1,
        "organismes-formateurs": 1,
    }
    assert got["extras"] == {"copie": 1}


def test_nested_extras_are_counted_by_info() -> None:
    """extra elements nested in an extra (Onisep's PARCOURS) count, as extension content."""
    path = ROOT / "examples" / "data" / "onisep-2.2.xml"
    tree = etree.parse(str(path))
    ns = {"l": NS22}
    got = info_json(path.read_bytes())
    extras = got["extras"]
    assert isinstance(extras, dict)
    for info in ("LIBELLE PARCOURS ACTION ONISEP", "DATE EXPORT ONISEP", "ACTION ONISEP"):
        assert extras[info] == len(tree.xpath(f"//l:*[@info='{info}']", namespaces=ns))


def _peak_rss_kb(path: Path) -> int:
    """Peak resident memory (KiB) of a fresh process running ``lheo info`` on ``path``."""
    code = (
        "import resource, sys\n"
        "from lheo._info import flow_info\n"
        "flow_info(sys.argv[1])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return int(proc.stdout.strip())


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB on Linux")
def test_large_flow_in_constant_memory(tmp_path: Path) -> None:
    """A 40 MB flow is counted right with memory far below its size (a tree would take
    several times the file size)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_flow import make_flow

    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    make_flow("2.3", 100 * 1024, small)
    count = make_flow("2.3", 40 * 1024 * 1024, big)
    growth_kb = _peak_rss_kb(big) - _peak_rss_kb(small)
    assert growth_kb * 1024 < big.stat().st_size / 4, f"{growth_kb} KiB more for {big}"
    info = flow_info(big)
    assert info.counts["formations"] == count


def test_hostile_input_is_refused() -> None:
    """Entity declarations and undefined roots give typed errors, as for reading."""
    bomb = b'<?xml version="1.0"?><!DOCTYPE lheo [<!ENTITY a "aaaa">]><lheo xmlns="http://lheo.gouv.fr/2.3"/>'
    with pytest.raises(lheo.UnsafeXmlError):
        flow_info(bomb)
    with pytest.raises(lheo.NotLheoError):
        flow_info(io.BytesIO(b'<x xmlns="urn:x"/>'))
    deep = (
        b'<lheo xmlns="http://lheo.gouv.fr/2.3">'
        + b"<extras>" * 3000
        + b"</extras>" * 3000
        + b"</lheo>"
    )
    with pytest.raises(lheo.ParseError):
        flow_info(deep)


def test_info_has_the_limits_of_iter_formations() -> None:
    """More attributes on one element than the safety limit: refused by both passes."""
    from lheo import _xml

    crowded = " ".join(f'a{i}="x"' for i in range(_xml.MAX_ATTRIBUTES + 1))
    data = (
        f'<lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation {crowded}/></offres></lheo>'
    ).encode()
    limit = f"more than {_xml.MAX_ATTRIBUTES} attributes"
    with pytest.raises(lheo.UnsafeXmlError, match=limit):
        flow_info(data)
    with pytest.raises(lheo.UnsafeXmlError, match=limit):
        list(lheo.iter_formations(data))
