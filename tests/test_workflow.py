"""The README's CARIF-OREF workflow, run as it is written there, on the bundled catalogue."""

from __future__ import annotations

import copy
import datetime
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

import lheo
import lheo.carif as carif
import lheo.index

ROOT = Path(__file__).resolve().parent.parent


def _workflow() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- workflow -->\n(.*?)<!-- /workflow -->", text, re.S)
    assert block is not None, "the README lost its workflow block"
    return [line.strip()[2:] for line in block.group(1).splitlines() if line.strip()]


def test_the_readme_workflow_runs_from_export_to_report(tmp_path: Path) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    # The console script of the environment running the tests.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    steps = _workflow()
    assert [s.split()[:2] for s in steps] == [
        ["lheo", "split"],
        ["lheo", "mark"],
        ["lheo", "index"],
        ["lheo", "mark"],
        ["lheo", "integrate"],
    ]
    for step in steps:
        done = subprocess.run(["bash", "-c", step], cwd=tmp_path, env=env,
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0, f"{step}\n{done.stdout}{done.stderr}"
    export = tmp_path / "export"
    # One offer file per formation of the catalogue (counted by lxml), each marked and valid.
    catalogue = etree.parse(str(ROOT / "examples" / "data" / "catalogue-2.3.xml"))
    formations = catalogue.getroot().findall("{*}offres/{*}formation")
    offers = sorted((export / "offres").glob("*.xml"))
    assert len(offers) == len(formations) > 1
    index = export / "index.xml"
    for path in [*offers, index]:
        assert lheo.validate(path).ok and carif.check_mark(path) == []
        mark = carif.read_mark(path)
        assert mark is not None and (mark.date_export, mark.heure_export) == ("20250630", "051244")
    # One summary per action, each naming its offer file from the index's folder.
    actions = catalogue.getroot().findall("{*}offres/{*}formation/{*}action")
    summaries = list(lheo.index.summaries(index))
    assert len(summaries) == len(actions)
    assert {s.get("file") for s in summaries} == {f"offres/{p.name}" for p in offers}
    report = (export / "rapport.html").read_text(encoding="utf-8")
    assert f"index intégré : {len(offers)} offre(s) valide(s), 0 exclue(s)" in report


# ---------------------------------------------------------------------------------------
# The same workflow on 1.3.0 and 2.3 exports broken on purpose, one fault per offer.

WHEN = datetime.datetime(2025, 6, 30, 5, 12, 44)


def _marked_export(folder: Path, flow: Path, version: str, region: str) -> tuple[Path, list[Path]]:
    offers = carif.split(flow, folder / "offres")
    for path in offers:
        tree = lheo.parse(path)
        carif.mark(tree, numero="21", region=region, email="flux@carif.fr", exported_at=WHEN)
        tree.write(path)
    index_path = folder / "index.xml"
    data = lheo.index.build(offers, version=version, file_url=lambda p: f"offres/{p.name}")
    tree = lheo.parse(data)
    carif.mark(tree, numero="21", region=region, email="flux@carif.fr", exported_at=WHEN)
    tree.write(index_path)
    return index_path, offers


def _edit(path: Path, change: Callable[[etree._Element], None]) -> None:
    tree = etree.parse(str(path))
    change(tree.getroot())
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")


def _extra(root: etree._Element, info: str) -> etree._Element:
    (found,) = root.findall(f"{{*}}extras[@info='FLUX-CARIF']/{{*}}extra[@info='{info}']")
    return found


@pytest.mark.parametrize(
    ("flow", "version", "region"),
    [
        (ROOT / "examples" / "data" / "catalogue-2.3.xml", "2.3", "44"),
        (ROOT / "examples" / "data" / "offre-1.3.0.xml", "1.3.0", "52"),
    ],
)
def test_a_broken_export_excludes_each_bad_offer_alone(
    tmp_path: Path, flow: Path, version: str, region: str
) -> None:
    index_path, offers = _marked_export(tmp_path, flow, version, region)
    assert carif.integrate(index_path).integrated
    bad_schema, *others = offers

    def add_unknown(root: etree._Element) -> None:  # an element the grammar does not have
        offer = root[0][0]
        offer.insert(0, etree.Element(etree.QName(offer, "inconnu").text))

    def drop_hour(root: etree._Element) -> None:
        hour = _extra(root, "heure-export")
        hour.getparent().remove(hour)  # type: ignore[union-attr]

    def set_hour(root: etree._Element) -> None:
        _extra(root, "heure-export").text = "061244"

    _edit(bad_schema, add_unknown)
    no_hour = others[0]  # the 2.3 catalogue has four offers, the 1.3.0 flow two
    _edit(no_hour, drop_hour)
    late = others[1] if len(others) > 1 else None
    if late is not None:
        _edit(late, set_hour)

    # The index names one more file, which does not exist.
    def add_absent(root: etree._Element) -> None:
        summary = root.find("{*}resumes-offres/{*}resume-offre")
        assert summary is not None
        absent = copy.deepcopy(summary)
        absent.set("file", "offres/absente.xml")
        summary.getparent().append(absent)  # type: ignore[union-attr]

    _edit(index_path, add_absent)
    report = carif.integrate(index_path)
    why = {o.file: " ".join(i.message for i in o.issues) for o in report.excluded_offers}
    assert "inconnu" in why[f"offres/{bad_schema.name}"]
    assert 'extra info="heure-export" absent' in why[f"offres/{no_hour.name}"]
    assert "cannot read" in why["offres/absente.xml"]
    if late is not None:
        assert "061244" in why[f"offres/{late.name}"] and "051244" in why[f"offres/{late.name}"]
    broken = {bad_schema, no_hour, late} - {None}
    assert {o.file for o in report.valid_offers} == {
        f"offres/{p.name}" for p in offers if p not in broken
    }
    assert report.integrated == bool(report.valid_offers)
    # A wrong région code in the index: nothing else is read.
    _edit(index_path, lambda root: setattr(_extra(root, "region"), "text", "99"))
    stopped = carif.integrate(index_path)
    assert not stopped.integrated and stopped.offers == ()
    assert "region vaut « 99 »" in stopped.index_issues[0].message
