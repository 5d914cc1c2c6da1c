"""lheo.carif.integrate: an index, then each offer file it references, excluded one by one."""

from __future__ import annotations

import copy
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest
from lxml import etree, html

import lheo
import lheo.carif as carif

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"
INDEX = DATA / "index-1.3.0.xml"
OFFRE = DATA / "offre-1.3.0.xml"
NS = "{http://www.lheo.org/1.3.0}"


def _index_for(folder: Path, files: list[str], *, region: str = "52") -> Path:
    """The example index with one summary per file (copies of its first summary)."""
    tree = etree.parse(str(INDEX))
    resumes = tree.getroot().find(f"{NS}resumes-offres")
    assert resumes is not None
    model = resumes.find(f"{NS}resume-offre")
    for old in resumes.findall(f"{NS}resume-offre"):
        resumes.remove(old)
    for name in files:
        summary = copy.deepcopy(model)
        summary.set("file", name)
        resumes.append(summary)
    text = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    text = text.replace(b'"region">52<', f'"region">{region}<'.encode())
    path = folder / "index.xml"
    path.write_bytes(text)
    return path


def _offer(folder: Path, name: str, old: str = "", new: str = "") -> str:
    text = OFFRE.read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new, 1)
    (folder / name).write_text(text, encoding="utf-8")
    return name


def test_the_example_export_is_integrated() -> None:
    report = carif.integrate(INDEX)
    assert report.integrated and report.index_issues == ()
    assert [o.file for o in report.offers] == ["offre-1.3.0.xml"]  # named twice, read once
    assert report.to_text().splitlines()[-1] == "index intégré : 1 offre(s) valide(s), 0 exclue(s)"


def test_each_bad_offer_is_excluded_alone(tmp_path: Path) -> None:
    files = [
        _offer(tmp_path, "ok.xml"),
        _offer(tmp_path, "invalide.xml", "<intitule-action>", "<intitule-actio>"),
        _offer(tmp_path, "sans-heure.xml", '<extra info="heure-export">031547</extra>'),
        _offer(tmp_path, "en-retard.xml", ">031547<", ">041547<"),
        "absent.xml",
        "../dehors.xml",
        "http://example.invalid/offre.xml",
    ]
    (tmp_path.parent / "dehors.xml").write_bytes(OFFRE.read_bytes())  # valid, but outside
    report = carif.integrate(_index_for(tmp_path, files))
    assert report.integrated
    assert [o.file for o in report.valid_offers] == ["ok.xml"]
    why = {o.file: " ".join(i.message for i in o.issues) for o in report.excluded_offers}
    assert set(why) == set(files) - {"ok.xml"}
    assert "intitule-actio" in why["invalide.xml"]
    assert 'extra info="heure-export" absent' in why["sans-heure.xml"]
    assert "041547" in why["en-retard.xml"] and "031547" in why["en-retard.xml"]
    assert "cannot read" in why["absent.xml"]
    assert "outside the index's folder" in why["../dehors.xml"]
    assert "need a fetcher" in why["http://example.invalid/offre.xml"]
    # Each invalid offer's schema errors name the file and the line, as xmllint does.
    (issue,) = [i for o in report.excluded_offers if o.file == "invalide.xml" for i in o.issues][:1]
    assert str(issue).startswith("invalide.xml:")


def test_no_valid_offer_means_not_integrated(tmp_path: Path) -> None:
    files = [_offer(tmp_path, "a.xml", ">031547<", ">041547<"), "absent.xml"]
    report = carif.integrate(_index_for(tmp_path, files))
    assert not report.integrated
    assert report.verdict() == "index non intégré : aucune offre valide"


def test_an_invalid_index_stops_integration(tmp_path: Path) -> None:
    _offer(tmp_path, "ok.xml")
    report = carif.integrate(_index_for(tmp_path, ["ok.xml"], region="99"))
    assert not report.integrated and report.offers == ()
    assert "region vaut « 99 »" in report.index_issues[0].message
    assert report.verdict() == "index non intégré : l'index n'est pas valide"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    served = tmp_path / "www"
    served.mkdir()
    _offer(served, "distante.xml")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(served), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_http_offers_come_through_the_callers_fetcher(tmp_path: Path, server: str) -> None:
    asked: list[str] = []

    def fetch(url: str) -> bytes:
        asked.append(url)
        with urlopen(url, timeout=5) as response:  # noqa: S310 - a loopback test server
            data: bytes = response.read(10_000_000)
            return data

    files = [f"{server}/distante.xml", f"{server}/absente.xml"]
    report = carif.integrate(_index_for(tmp_path, files), fetch=fetch)
    assert asked == files
    assert [o.file for o in report.valid_offers] == [files[0]]
    (excluded,) = report.excluded_offers
    assert excluded.file == files[1] and "404" in excluded.issues[0].message


def test_renderings(tmp_path: Path) -> None:
    files = [_offer(tmp_path, "ok.xml"), _offer(tmp_path, "<b>.xml", "<intitule-action>", "<x>")]
    report = carif.integrate(_index_for(tmp_path, files))
    data = json.loads(report.to_json())
    assert data["integrated"] is True
    assert [(o["file"], o["valid"]) for o in data["offers"]] == [
        ("ok.xml", True),
        ("<b>.xml", False),
    ]
    assert data["offers"][1]["issues"][0]["source"] == "<b>.xml"
    page = html.fromstring(report.to_html())
    assert page.get_element_by_id("verdict").text_content() == report.verdict()
    # The file name is text, not markup: no <b> element made of it.
    assert page.findall(".//b") == [] and "<b>.xml : exclue" in page.text_content()
    text = report.to_text().splitlines()
    assert text[0].endswith("index valide") and "== <b>.xml : exclue" in text


def test_cli_exit_codes_and_report(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "lheo", "integrate"]
    ok = subprocess.run([*command, str(INDEX), "--report", str(tmp_path / "r.json")],
                        capture_output=True, text=True)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["integrated"] is True
    _offer(tmp_path, "ok.xml")
    bad = subprocess.run([*command, str(_index_for(tmp_path, ["ok.xml"], region="99"))],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 1 and "index non intégré" in bad.stdout
    missing = subprocess.run([*command, str(tmp_path / "none.xml")], capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.startswith("lheo: error:")
    assert lheo.validate(INDEX).ok  # the example itself untouched
