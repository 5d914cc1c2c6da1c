"""The README's CARIF-OREF workflow, run as it is written there, on the bundled catalogue."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
