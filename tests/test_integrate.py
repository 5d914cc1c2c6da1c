"""lheo.carif.integrate: an index, then each offer file it references, excluded one by one."""

from __future__ import annotations

import copy
import datetime
import http.server
import json
import os
import re
import shutil
import struct
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
    _check_page(page, report)
    text = report.to_text().splitlines()
    assert text[0].endswith("index valide") and "== <b>.xml : exclue" in text


def _rows(page: html.HtmlElement) -> list[list[str]]:
    return [
        [cell.text_content() for cell in row.findall("td")]
        for row in page.get_element_by_id("offers").iter("tr")
        if row.findall("td")
    ]


def _check_page(page: html.HtmlElement, report: carif.IntegrationReport) -> None:
    """What a reader of the page sees: verdict, counts, one row per offer, their errors."""
    assert page.get_element_by_id("verdict").text_content() == report.verdict()
    summary = page.get_element_by_id("summary").text_content()
    assert f"Offres valides{len(report.valid_offers)}" in summary
    assert f"Offres exclues{len(report.excluded_offers)}" in summary
    expected = [
        [o.file, o.numero or "", "valide" if o.valid else "exclue", str(len(o.issues))]
        for o in report.offers
    ]
    assert _rows(page) == expected
    # A file name is text, not markup: no <b> element made of "<b>.xml".
    assert page.findall(".//b") == []
    for number, offer in enumerate(report.offers, 1):
        if offer.issues:
            section = page.get_element_by_id(f"offre-{number}")
            assert section.findtext("h3") == offer.file
            assert section.findtext("pre") == "\n".join(str(i) for i in offer.issues)


_BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def test_the_html_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = next((b for b in map(shutil.which, _BROWSERS) if b), None)
    if browser is None:
        if os.environ.get("LHEO_REQUIRE_CHROMIUM"):
            pytest.fail("LHEO_REQUIRE_CHROMIUM is set but no Chromium is installed")
        pytest.skip("no Chromium (apt-get install chromium) to render the HTML report")
    files = [_offer(tmp_path, "ok.xml"), _offer(tmp_path, "<b>.xml", "<intitule-action>", "<x>")]
    report = carif.integrate(_index_for(tmp_path, [*files, "absent.xml"]))
    page = tmp_path / "rapport.html"
    page.write_text(report.to_html(), encoding="utf-8")
    # The flags keep a sandboxed, offline Chromium from trying the network or a profile.
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking", "--disable-sync",
               "--disable-component-update", f"--user-data-dir={tmp_path / 'profile'}",
               "--window-size=1000,700"]  # fmt: skip
    shown = subprocess.run([*command, "--dump-dom", page.as_uri()],
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert shown.returncode == 0, shown.stderr[-2000:]
    _check_page(html.fromstring(shown.stdout), report)
    picture = tmp_path / "rapport.png"
    subprocess.run([*command, f"--screenshot={picture}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)  # fmt: skip
    png = picture.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1000, 700)


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


# ---------------------------------------------------------------------------------------
# The index is streamed: its marking is read as it passes, progress is reported per file.


def test_progress_counts_each_file_once(tmp_path: Path) -> None:
    files = [_offer(tmp_path, "a.xml"), _offer(tmp_path, "b.xml"), "a.xml", "absent.xml"]
    calls: list[tuple[int, int]] = []
    report = carif.integrate(_index_for(tmp_path, files), progress=lambda *a: calls.append(a))
    assert calls == [(1, 3), (2, 3), (3, 3)]
    assert [o.file for o in report.offers] == ["a.xml", "b.xml", "absent.xml"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('<extra info="heure-export">031547</extra>', "", 'extra info="heure-export" absent'),
        ('info="FLUX-CARIF"', 'info="Flux-Carif"', 'trouvé info="Flux-Carif"'),
        ('"email-CARIF">', '"email-CARIF">pas-une-adresse', "pas une adresse électronique"),
        (">031547<", ">031569<", "ne forment pas une date"),
    ],
)
def test_the_index_marking_is_checked_while_streaming(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    _offer(tmp_path, "ok.xml")
    path = _index_for(tmp_path, ["ok.xml"])
    text = path.read_text(encoding="utf-8")
    if "email-CARIF" in old:  # keep the element, replace its value
        start = text.index(old) + len(old)
        text = text[:start] + "pas-une-adresse" + text[text.index("<", start) :]
    else:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    report = carif.integrate(path)
    assert not report.integrated and report.offers == ()
    # The same verdict as the whole-document check of the index.
    assert [i.message for i in report.index_issues] == [i.message for i in carif.check_mark(path)]
    assert any(expected in i.message for i in report.index_issues)


def test_an_empty_marking_block_in_the_index(tmp_path: Path) -> None:
    _offer(tmp_path, "ok.xml")
    path = _index_for(tmp_path, ["ok.xml"])
    tree = etree.parse(str(path))
    block = tree.getroot().find(f"{NS}extras[@info='FLUX-CARIF']")
    assert block is not None
    for extra in list(block):
        block.remove(extra)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    report = carif.integrate(path)
    missing = [i.expected for i in report.index_issues]
    assert not report.integrated and missing == list(carif.KEYS)


# ---------------------------------------------------------------------------------------
# http_fetcher: limits enforced, on a loopback server.


class _Answers(http.server.BaseHTTPRequestHandler):
    """/ok: an offer; /big: 3 MB announced; /stream: 3 MB, no length; /slow: 2 s late; /drip: a byte every 0.2 s;
    /to-file, /to-ftp: a redirection to file://, ftp://; /to-ok: a redirection to /ok; anything else 404."""

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        if self.path == "/ok":
            self._send(OFFRE.read_bytes())
        elif self.path == "/big":
            self._send(b" " * 3_000_000)
        elif self.path == "/stream":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the body ends when the connection does
            for _ in range(30):
                self.wfile.write(b" " * 100_000)
        elif self.path == "/drip":  # each byte in time, the whole far too late
            self.send_response(200)
            self.send_header("Content-Length", "20")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b" ")
                self.wfile.flush()
                threading.Event().wait(0.2)
        elif self.path == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"<")
            self.wfile.flush()
            threading.Event().wait(2)
            self.wfile.write(b">")
        elif self.path in ("/to-file", "/to-ftp", "/to-ok"):
            self.send_response(302)
            targets = {"/to-file": OFFRE.as_uri(), "/to-ftp": "ftp://127.0.0.1/offre.xml"}
            target = targets.get(self.path, "/ok")
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_error(404)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def answers() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    # A client that gives up (a limit reached) breaks the connection: not worth a trace.
    httpd.handle_error = lambda *args: None  # type: ignore[method-assign]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


def test_http_fetcher_gets_a_file_and_follows_http_redirections(answers: str) -> None:
    fetch = carif.http_fetcher()
    assert fetch(f"{answers}/ok") == OFFRE.read_bytes()
    assert fetch(f"{answers}/to-ok") == OFFRE.read_bytes()


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/big", "3000000 bytes announced, more than 1000000"),
        ("/stream", "more than 1000000 bytes"),
        ("/slow", "timed out"),
        ("/drip", "not received within 0.5 s"),
        ("/to-file", "not allowed"),  # refused by urllib itself
        ("/to-ftp", "only http(s) is followed"),  # allowed by urllib, refused by lheo
        ("/absent", "404"),
    ],
)
def test_http_fetcher_refuses_what_breaks_its_limits(answers: str, path: str, message: str) -> None:
    fetch = carif.http_fetcher(timeout=0.5, max_bytes=1_000_000)
    with pytest.raises(Exception, match=re.escape(message)):
        fetch(f"{answers}{path}")


def test_http_fetcher_refuses_other_schemes_and_bad_limits() -> None:
    with pytest.raises(lheo.LheoError, match="not an http"):
        carif.http_fetcher()(OFFRE.as_uri())
    with pytest.raises(ValueError, match="positive"):
        carif.http_fetcher(timeout=0)


def test_integrate_with_http_fetcher_excludes_each_refused_offer(
    tmp_path: Path, answers: str
) -> None:
    files = [f"{answers}/ok", f"{answers}/big", f"{answers}/to-ftp", f"{answers}/absent"]
    fetch = carif.http_fetcher(timeout=5, max_bytes=1_000_000)
    report = carif.integrate(_index_for(tmp_path, files), fetch=fetch)
    assert [o.file for o in report.valid_offers] == files[:1]
    why = {o.file: o.issues[0].message for o in report.excluded_offers}
    assert "announced" in why[files[1]] and "only http(s)" in why[files[2]]
    assert "404" in why[files[3]]


def test_cli_fetches_http_only_when_asked(tmp_path: Path, answers: str) -> None:
    index = _index_for(tmp_path, [f"{answers}/ok"])
    command = [sys.executable, "-m", "lheo", "integrate", str(index)]
    without = subprocess.run(command, capture_output=True, text=True)
    assert without.returncode == 1 and "need a fetcher" in without.stdout
    with_http = subprocess.run([*command, "--http", "--timeout", "5", "--max-size", "1"],
                               capture_output=True, text=True)  # fmt: skip
    assert with_http.returncode == 0, with_http.stdout + with_http.stderr
    too_small = subprocess.run([*command, "--http", "--max-size", "0"],
                               capture_output=True, text=True)  # fmt: skip
    assert too_small.returncode == 2


def test_cli_mark_marks_each_file_in_place(tmp_path: Path) -> None:
    catalogue = (DATA / "catalogue-2.3.xml").read_bytes()
    files = [tmp_path / "a.xml", tmp_path / "b.xml"]
    for file in files:
        file.write_bytes(catalogue)
    command = [sys.executable, "-m", "lheo", "mark", *map(str, files), "--numero", "21",
               "--region", "44", "--email", "flux@carif.fr"]  # fmt: skip
    region_99 = [*command[:-3], "99", *command[-2:]]
    wrong = subprocess.run(region_99, capture_output=True, text=True)
    assert wrong.returncode == 2 and "'99' is not a current région code" in wrong.stderr
    assert [f.read_bytes() for f in files] == [catalogue, catalogue]  # nothing written
    done = subprocess.run([*command, "--exported-at", "2025-06-30T05:12:44"],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    for file in files:
        assert carif.read_mark(file) == carif.FluxCarif(
            numero="21",
            region="44",
            email="flux@carif.fr",
            date_export="20250630",
            heure_export="051244",
            exported_at=datetime.datetime(2025, 6, 30, 5, 12, 44),
        )
        assert carif.check_mark(file) == [] and lheo.validate(file).ok
        # Laid out as its siblings: the catalogue is indented by two spaces.
        text = file.read_text(encoding="utf-8")
        assert '\n  <extras info="FLUX-CARIF">\n    <extra info="numero-CARIF">21</extra>' in text
        assert text.endswith("</extra>\n  </extras>\n</lheo>\n")
        # Everything else is as it was: the marked file less its block is the catalogue.
        tree = etree.parse(str(file))
        (block,) = tree.getroot().findall("{*}extras[@info='FLUX-CARIF']")
        before = block.getprevious()
        assert before is not None
        before.tail = block.tail  # the white space the block took over
        tree.getroot().remove(block)
        original = etree.fromstring(catalogue)
        assert etree.tostring(tree.getroot()) == etree.tostring(original)
    missing = subprocess.run([*command, str(tmp_path / "none.xml")], capture_output=True, text=True)
    assert missing.returncode == 2 and "none.xml" in missing.stderr


def test_a_truncated_or_hostile_index_is_reported_not_raised(tmp_path: Path) -> None:
    _offer(tmp_path, "ok.xml")
    path = _index_for(tmp_path, ["ok.xml"])
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # cut in the middle of an element
    report = carif.integrate(path)
    (issue,) = report.index_issues
    assert not report.integrated and report.offers == ()
    assert issue.domain == "parser" and issue.line is not None and issue.line > 1
    assert str(issue).startswith(f"{path}:{issue.line}: parser error : ")
    # An entity declaration (billion laughs' first step) is refused before anything is read.
    path.write_bytes(whole.replace(b"?>", b'?><!DOCTYPE lheo-leger [<!ENTITY a "x">]>', 1))
    report = carif.integrate(path)
    assert not report.integrated and "entit" in report.index_issues[0].message.lower()
