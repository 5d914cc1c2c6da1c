"""Streaming at scale and on hostile input: line numbers past 65,535, bounded memory, the
safety limits of the in-memory path, DOCTYPEs never resolved, and only typed errors.

Expectations come from the in-memory path (``lheo.read`` / ``lheo.validate``) or are
worked out here from the bytes (line numbers counted in the input).
"""

from __future__ import annotations

import http.server
import importlib.util
import io
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import lheo
from lheo import _engine, _stream, _xml
from lheo._stream import iter_formations, validate_stream
from lheo.errors import LheoError, ParseError, UnsafeXmlError, ValidationError
from lheo.migration import migrate_stream

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
NS23 = "http://lheo.gouv.fr/2.3"
NS22 = "http://www.lheo.org/2.2"
A1_MERGED = hasattr(_xml, "check_log")


@pytest.fixture(scope="module")
def flows() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_flow", ROOT / "benchmarks" / "make_flow.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _line_of(data: bytes, needle: bytes, start: int = 0) -> int:
    return data.count(b"\n", 0, data.index(needle, start)) + 1


def _formations() -> list[str]:
    text = (DATA / "catalogue-2.3.xml").read_text(encoding="utf-8")
    return re.findall(r"<formation .*?</formation>", text, re.S)


def _flow(*bodies: str, before: str = "", after: str = "", root_attrs: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{before}<lheo xmlns="{NS23}"{root_attrs}>\n'
        f"<offres>\n{chr(10).join(bodies)}\n</offres>{after}\n</lheo>\n"
    ).encode()


def _drain(source: Any, *, strict: bool = True) -> list[Any]:
    with iter_formations(source, strict=strict) as stream:
        return list(stream)


class _NoSeek(io.RawIOBase):
    """A pipe: streamed with huge_tree from the start (nothing can be read twice)."""

    def __init__(self, data: bytes) -> None:
        self._buffer = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        chunk = self._buffer.read(len(b))
        b[: len(chunk)] = chunk
        return len(chunk)


# -- lines past 65,535 ----------------------------------------------------------------------


def test_index_past_line_65535(tmp_path: Path, flows: ModuleType) -> None:
    """A > 70,000-line lheo-index: the resumes-organismes start after line 65,535.

    lxml keeps an element's line in 16 bits: copying it onto a placeholder raised
    OverflowError there. Reports keep the real lines.
    """
    path = tmp_path / "index.xml"
    flows.make_index(3 * 1024 * 1024, path)
    data = path.read_bytes()
    assert data.count(b"\n") > 70_000
    assert _line_of(data, b"<resume-organisme ") > 65_535
    doc = lheo.read(path)
    expected = [
        *doc.root.resumes_offres.resume_offre,
        *doc.root.resumes_organismes.resume_organisme,
    ]
    assert _drain(path) == expected
    report = validate_stream(path)
    assert report.ok and report == lheo.validate(path, stream=False)

    # Errors in summaries far down, one in a resume-organisme: same lines as in memory.
    last_offer = data.rindex(b"<resume-offre ")
    bad = data[:last_offer] + data[last_offer:].replace(b"<codepostal>", b"<codepostal>x", 1)
    siret = bad.rindex(b"<SIRET>83291476600015</SIRET>")  # in a resume-organisme
    bad = (
        bad[:siret] + b"<SIRET>8329</SIRET>" + bad[siret + len(b"<SIRET>83291476600015</SIRET>") :]
    )
    path.write_bytes(bad)
    expected_report = lheo.validate(path, stream=False)
    lines = [issue.line for issue in expected_report.errors]
    assert len(lines) >= 2 and all(line is not None and line > 65_535 for line in lines)
    assert lines[-1] == _line_of(bad, b"<SIRET>8329<")
    assert validate_stream(path) == expected_report
    lenient = lheo.read(path, strict=False)
    with iter_formations(path, strict=False) as stream:
        items = list(stream)
    assert items == [
        *lenient.root.resumes_offres.resume_offre,
        *lenient.root.resumes_organismes.resume_organisme,
    ]
    assert stream.issues == lenient.issues


def test_flow_past_line_65535_with_items_apart(tmp_path: Path, flows: ModuleType) -> None:
    """A > 70,000-line flow where formations stop collapsing after line 65,535: text and an
    extras between them, a formation at the root. Same report, all formations read."""
    path = tmp_path / "flow.xml"
    flows.make_flow("2.3", 4 * 1024 * 1024, path)
    data = path.read_bytes()
    assert data.count(b"\n") > 70_000
    at = data.index(b"</formation>", len(data) * 9 // 10) + len(b"</formation>")
    data = data[:at] + b" du texte <extras/>" + data[at:]
    cut = data.index(b"<code-NSF>100<", at)
    data = data[:cut] + b"<code-NSF>1<" + data[cut + len(b"<code-NSF>100<") :]
    end = data.rindex(b"</offres>")
    moved = data.rindex(b"<formation ", 0, end)
    data = data[:moved] + data[end : end + len(b"</offres>")] + data[moved:end] + b"\n</lheo>\n"
    path.write_bytes(data)
    assert _line_of(data, b" du texte ") > 65_535

    expected = lheo.validate(path, stream=False)
    # Mixed content is reported at the line of offres; the formations out of place far down
    # (libxml2 gives an element past line 65,535 the line of its first child: here the
    # blank text after its start tag, one line further).
    assert [e.line for e in expected.errors] == [
        3,
        _line_of(data, b"<formation ", at) + 1,
        _line_of(data, b"<formation ", data.index(b"</offres>")) + 1,
    ]
    assert validate_stream(path) == expected
    doc = lheo.read(path, strict=False)
    with iter_formations(path, strict=False) as stream:
        items = list(stream)
    assert items == doc.root.offres.formation and len(items) > 250
    assert stream.issues == doc.issues


def test_strict_header_check_past_line_65535() -> None:
    """A bad container attribute met after line 65,535 is reported at its real line."""
    index = (DATA / "index-2.3.xml").read_text(encoding="utf-8")
    filler = '<extras info="x">' + "<extra>x</extra>\n" * 70_000 + "</extras>"
    start = index.index("<resume-offre ")
    end = index.index("</resumes-offres>")
    text = index[:start] + filler + index[end:]
    text = text.replace("<resumes-organismes>", '<resumes-organismes bogus="1">')
    data = text.encode()
    line = _line_of(data, b"<resumes-organismes ")
    assert line > 65_535
    with pytest.raises(ValidationError) as caught:
        _drain(data)
    # libxml2 gives an element past line 65,535 the line of its first child (here the blank
    # text after its start tag, one line further): the in-memory line, whatever it is.
    in_memory = [e.line for e in lheo.validate(data).errors if "bogus" in e.message]
    assert in_memory == [line + 1]
    assert [issue.line for issue in caught.value.issues if "bogus" in issue.message] == in_memory


# -- memory --------------------------------------------------------------------------------

# Peak RSS of a fresh process: VmHWM (ru_maxrss would start from pytest's own peak).
_PEAK = """
import sys
sys.path[:0] = {paths!r}
import lheo
report = lheo.validate_stream({path!r})
assert report.ok, report.errors[:3]
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def _trailing_extras(size: int) -> bytes:
    head = _flow(*_formations()[:2]).decode()
    cut = head.index("</offres>")
    parts, written, i = [], 0, 0
    while written < size:
        line = f'    <extra info="k{i}">valeur {i}</extra>\n'
        parts.append(line)
        written += len(line)
        i += 1
    return (
        head[:cut] + '<extras info="fin">\n' + "".join(parts) + "</extras>\n" + head[cut:]
    ).encode()


def _peak_kb(path: Path) -> int:
    paths = [str(ROOT), str(ROOT / "generated")]
    out = subprocess.run(
        [sys.executable, "-c", _PEAK.format(paths=paths, path=str(path))],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_validate_stream_memory_does_not_grow_with_trailing_extras(tmp_path: Path) -> None:
    """Extras after the formations are validated one ``extra`` at a time.

    Held whole, they took about 8 times their size; 12 MB more of them must now add less
    than their own size to the peak (subprocess peak RSS, KB).
    """
    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    small.write_bytes(_trailing_extras(4 * 1024 * 1024))
    big.write_bytes(_trailing_extras(16 * 1024 * 1024))
    growth = _peak_kb(big) - _peak_kb(small)
    assert growth < (big.stat().st_size - small.stat().st_size) // 1024


def test_what_streaming_holds_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_HELD characters outside the items, iteration refuses, naming the limit;
    validation does not hold extras, and reports a parse error first as in memory."""
    monkeypatch.setattr(_engine, "MAX_HELD", 64 * 1024)
    data = _trailing_extras(200 * 1024)
    for strict in (True, False):
        with pytest.raises(UnsafeXmlError, match=r"more than 0\.0625 MB of XML outside"):
            _drain(data, strict=strict)
    assert validate_stream(data) == lheo.validate(data, stream=False)
    # An element out of place is held whole by validation too.
    bogus = _flow(_formations()[0], "<bogus>" + "<x>y</x>" * 20_000 + "</bogus>")
    (issue,) = validate_stream(bogus).errors
    assert "MB of XML outside the formations" in issue.message
    # The in-memory path would stop at a syntax error further down: so does the report.
    broken = bogus.replace(b"</offres>", b"</offre>")
    assert validate_stream(broken) == lheo.validate(broken)
    assert "mismatch" in validate_stream(broken).errors[0].message


def test_migrate_stream_refuses_past_max_held(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_engine, "MAX_HELD", 64 * 1024)
    flow = (DATA / "onisep-2.2.xml").read_text(encoding="utf-8")
    extras = "<extras>" + '<extra info="k">v</extra>\n' * 10_000 + "</extras>"
    data = flow.replace("</offres>", extras + "</offres>", 1).encode()
    target = tmp_path / "out.xml"
    with pytest.raises(UnsafeXmlError, match="MB of XML outside"):
        migrate_stream(data, target)
    assert not target.exists()


# -- safety limits --------------------------------------------------------------------------


def _attrs(count: int) -> str:
    return " ".join(f'a{i}="{i}"' for i in range(count))


def test_attributes_per_element_are_capped() -> None:
    """More than 512 attributes on one element: UnsafeXmlError naming the limit, at its line,
    in a formation or outside; 512 pass. 40,000 (13 s in lxml's items()) fail at once."""
    formation = _formations()[0]
    for count in (513, 40_000):
        crowded = formation.replace(
            "<domaine-formation>", f"<domaine-formation {_attrs(count)}>", 1
        )
        cases = {
            "item": _flow(formation, crowded),
            "root": _flow(formation, root_attrs=" " + _attrs(count)),
            "extras": _flow(formation, after=f"<extras {_attrs(count)}/>"),
        }
        for where, data in cases.items():
            line = _line_of(data, b' a0="0"')
            for strict in (True, False):
                with pytest.raises(UnsafeXmlError, match="more than 512 attributes") as caught:
                    _drain(data, strict=strict)
                assert caught.value.line == line, where
            (issue,) = validate_stream(data).errors
            assert (issue.line, "512 attributes" in issue.message) == (line, True), where
            assert validate_stream(_NoSeek(data)).errors == [
                attrs.evolve(issue, source="<document>")
            ]
    fine = formation.replace("<domaine-formation>", f"<domaine-formation {_attrs(512)}>", 1)
    assert not validate_stream(_flow(fine)).ok  # the schema refuses them, the parser not
    with iter_formations(_flow(fine), strict=False) as stream:
        assert len(list(stream)) == 1


class _Trickle(io.RawIOBase):
    """A stream that gives a few bytes per read: markup spans many reads."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self._buffer = io.BytesIO(data)
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        chunk = self._buffer.read(min(len(b), self._step))
        b[: len(chunk)] = chunk
        return len(chunk)


def test_attribute_flood_found_across_reads() -> None:
    """Streaming checks items for floods only when a byte scan of what it reads finds a
    start tag long enough: the scan follows a tag over many reads (and past the head)."""
    formation = _formations()[0]
    crowded = formation.replace("<domaine-formation>", f"<domaine-formation {_attrs(513)}>", 1)
    data = _flow(*[formation] * 140, crowded)
    assert len(data) > 1_200_000  # past the head (1.1 MB) that streaming reads first
    for step in (7, 65536):
        with pytest.raises(UnsafeXmlError, match="more than 512 attributes"):
            _drain(_Trickle(data, step))
    # Many "=" in texts and values alone are no flood.
    text = formation.replace("Seconde générale", "a=b " * 600, 1)
    # (Leniently: a title of 2,400 characters is not valid, 255 at most.)
    expected = lheo.read(_flow(text), strict=False).root.offres.formation
    assert _drain(_Trickle(_flow(text), 7), strict=False) == expected


def test_attribute_flood_then_syntax_error_reports_the_syntax_error() -> None:
    """The whole-document parse meets the syntax error first: so does validate_stream."""
    data = _flow(_formations()[0], after=f"<extras {_attrs(600)}/>")
    broken = data.replace(b"</lheo>", b"</lhe>")
    expected = lheo.validate(broken)
    assert "mismatch" in expected.errors[0].message
    assert validate_stream(broken) == expected


@pytest.mark.parametrize("depth", [256, 257])
def test_depth_limit_is_256_everywhere(depth: int) -> None:
    """One limit, 256 levels, named in the message, with and without huge_tree."""
    inner = depth - 2  # lheo > offres > extras...
    data = _flow(_formations()[0], "<extras>" * inner + "</extras>" * inner)
    line = _line_of(data, b"<extras>")
    big = data.replace(b"Seconde g", b"Seconde " + b"g" * (11 * 1024 * 1024), 1)
    sources: list[tuple[Callable[[], Any], bytes]] = [
        (lambda: data, data),
        (lambda: _NoSeek(data), data),  # huge_tree from the start
        (lambda: big, big),  # huge_tree once libxml2 stops at the big text
    ]
    for source, raw in sources:
        if depth == 256:
            expected = lheo.read(raw, strict=False).root.offres.formation
            assert _drain(source(), strict=False) == expected
            continue
        with pytest.raises(UnsafeXmlError, match="nesting deeper than 256 levels") as caught:
            _drain(source(), strict=False)
        assert caught.value.line == line
        (issue,) = validate_stream(source()).errors
        assert "deeper than 256 levels" in issue.message and issue.line == line


def _big(text: str) -> Callable[[str], str]:
    return lambda body: body.replace("Seconde générale", text, 1)


@pytest.mark.parametrize("where", ["text", "tail", "attribute", "root-attribute", "skeleton-text"])
def test_text_tail_and_attribute_sizes_are_bounded(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_TEXT_NODE (lowered to 11 MB here: libxml2 stops at 10 MB without huge_tree,
    then streaming parses again with it), a text, a tail or an attribute value is refused
    with UnsafeXmlError naming the limit and the line of its element."""
    monkeypatch.setattr(_xml, "MAX_TEXT_NODE", 11 * 1024 * 1024)
    huge = "x" * (12 * 1024 * 1024)
    first, second = _formations()[:2]
    if where == "text":
        data = _flow(first, first.replace("Seconde générale", huge, 1))
        line = _line_of(data, b"x" * 1000)
    elif where == "tail":
        data = _flow(first, huge, second)
        line = _line_of(data, b"<formation ")  # a tail is its element's
    elif where == "attribute":
        data = _flow(first, second.replace("<formation ", f'<formation info="{huge}" ', 1))
        line = _line_of(data, b'<formation info="')
    elif where == "root-attribute":
        data = _flow(first, root_attrs=f' info="{huge}"')
        line = _line_of(data, b"<lheo ")
    else:
        data = _flow(first, after=f"<extras>{huge}</extras>")
        line = _line_of(data, b"<extras>")
    what = "attribute value" if "attribute" in where else "text"
    for source in (lambda: data, lambda: _NoSeek(data)):
        with pytest.raises(UnsafeXmlError, match=f"{what} over 11 MB refused") as caught:
            _drain(source(), strict=False)
        assert caught.value.line == line
        (issue,) = validate_stream(data).errors
        assert issue.message.startswith(f"{what} over 11 MB refused") and issue.line == line
    if A1_MERGED:
        assert validate_stream(data) == lheo.validate(data)


# -- DOCTYPE and entities -------------------------------------------------------------------


@pytest.fixture
def dtd_server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request (none may come)."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            requests.append(self.path)
            body = b'<!ENTITY nbsp "&#160;">'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/lheo.dtd", requests
    finally:
        server.shutdown()
        server.server_close()


def _spy_resolver(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    original = _xml._NeverResolve.resolve

    def spy(self: Any, system_url: Any, public_id: Any, context: Any) -> Any:
        calls.append(system_url or public_id)
        return original(self, system_url, public_id, context)

    monkeypatch.setattr(_xml._NeverResolve, "resolve", spy)
    return calls


def test_doctype_external_id_is_accepted_and_never_resolved(
    dtd_server: tuple[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """http URL, local path (a DTD that exists and declares the entity used), PUBLIC: read
    as if absent; no resolver call, no request to the server, the entity stays undeclared."""
    url, requests = dtd_server
    calls = _spy_resolver(monkeypatch)
    dtd = tmp_path / "lheo.dtd"
    dtd.write_text('<!ENTITY nbsp "&#160;">\n<!ELEMENT lheo ANY>\n', encoding="utf-8")
    formation = _formations()[0]
    plain = _flow(formation)
    expected = lheo.read(plain).root.offres.formation
    doctypes = [
        f'<!DOCTYPE lheo SYSTEM "{url}">',
        f'<!DOCTYPE lheo SYSTEM "{dtd}">',
        f'<!DOCTYPE lheo PUBLIC "-//LHEO//DTD 2.3//FR" "{url}">',
        "<!DOCTYPE lheo SYSTEM 'lheo.dtd'>",
    ]
    for doctype in doctypes:
        data = _flow(formation, before=doctype + "\n")
        for strict in (True, False):
            assert _drain(data, strict=strict) == expected
        assert validate_stream(data).ok and validate_stream(_NoSeek(data)).ok
        with_entity = _flow(formation.replace("Seconde", "Seconde&nbsp;", 1), before=doctype + "\n")
        line = _line_of(with_entity, b"&nbsp;")
        column = with_entity.index(b"&nbsp;") - with_entity.rindex(
            b"\n", 0, with_entity.index(b"&nbsp;")
        )
        for strict in (True, False):
            with pytest.raises(ParseError, match="undeclared entity &nbsp;") as caught:
                _drain(with_entity, strict=strict)
            assert (caught.value.line, caught.value.column) == (line, column + len(b"&nbsp;"))
        (issue,) = validate_stream(with_entity).errors
        assert "&nbsp;" in issue.message and issue.line == line
    migrated = tmp_path / "out.xml"
    data22 = (DATA / "onisep-2.2.xml").read_bytes()
    decl_end = data22.index(b"?>") + 2
    with_dtd = data22[:decl_end] + f'\n<!DOCTYPE lheo SYSTEM "{url}">'.encode() + data22[decl_end:]
    migrate_stream(with_dtd, migrated)
    assert migrated.read_bytes() == lheo.write(lheo.migrate(data22).document)
    assert calls == [] and requests == []


def test_undeclared_entities_never_truncate(tmp_path: Path) -> None:
    """Under a DOCTYPE libxml2 only warns and keeps an empty reference (in a text) or drops
    it (in an attribute value): a ParseError naming it, with line and column, before the
    formation that holds it is yielded; the same without DOCTYPE (a fatal error there)."""
    first, second = _formations()[:2]
    doctype = '<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">\n'
    cases = [
        _flow(first, second.replace("BTS", "BTS&eacute;", 1), before=doctype),
        _flow(
            first, second.replace("<formation ", '<formation info="a&eacute;b" ', 1), before=doctype
        ),
        _flow(first, second.replace("BTS", "BTS&eacute;", 1)),
        _flow(first, "&eacute;", second, before=doctype),
    ]
    expected_first = lheo.read(_flow(first)).root.offres.formation[0]
    for data in cases:
        at = data.index(b"&eacute;")
        line = data.count(b"\n", 0, at) + 1
        got: list[Any] = []
        with pytest.raises(ParseError, match="undeclared entity &eacute;") as caught:
            with iter_formations(data) as stream:
                for item in stream:
                    got.append(item)
        assert got in ([], [expected_first])
        assert caught.value.line == line and caught.value.column is not None
        (issue,) = validate_stream(data).errors
        assert (issue.line, issue.column) == (caught.value.line, caught.value.column)
        if A1_MERGED:
            assert validate_stream(data) == lheo.validate(data)
    data22 = (
        (DATA / "onisep-2.2.xml")
        .read_bytes()
        .replace(b"<intitule-formation>", b"<intitule-formation>&eacute;", 1)
    )
    decl_end = data22.index(b"?>") + 2
    data22 = data22[:decl_end] + b"\n" + doctype.encode() + data22[decl_end:]
    out = io.BytesIO()
    with pytest.raises(ParseError, match="undeclared entity &eacute;"):
        migrate_stream(data22, out)
    assert out.getvalue() == b""  # found by the pre-scan, before anything is written


# -- only typed errors ----------------------------------------------------------------------


class _Weird(io.RawIOBase):
    def __init__(self, chunks: list[Any]) -> None:
        self._chunks = chunks

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> Any:
        if not self._chunks:
            return b""
        chunk = self._chunks.pop(0)
        if isinstance(chunk, Exception):
            raise chunk
        return chunk


def _bad_sources() -> dict[str, Any]:
    data = _flow(_formations()[0])
    closed = io.BytesIO(data)
    closed.close()
    return {
        "returns-int": _Weird([5]),
        "returns-none-later": _Weird([data[:100], None]),
        "raises-oserror": _Weird([OSError(5, "Input/output error")]),
        "raises-later": _Weird([data[:100], ValueError("I/O operation on closed file")]),
        "closed-file": closed,
        "directory": str(ROOT),
        "nul-in-path": "flow\0.xml",
        "missing": str(ROOT / "no-such-file.xml"),
        "not-a-source": 5,
        "none": None,
    }


@pytest.mark.parametrize("name", sorted(_bad_sources()))
def test_bad_sources_raise_typed_errors(name: str, tmp_path: Path) -> None:
    """Every streaming entry point: ParseError (a LheoError), or a report saying why."""
    for strict in (True, False):
        with pytest.raises(ParseError):
            _drain(_bad_sources()[name], strict=strict)
    report = validate_stream(_bad_sources()[name])
    assert not report.ok and len(report.errors) == 1
    with pytest.raises(LheoError):
        migrate_stream(_bad_sources()[name], tmp_path / "out.xml")


def test_text_sources_read_as_in_memory() -> None:
    """A str with a byte order mark is XML, not a path; a text-mode file whose declaration
    names another encoding is read as the text it is (its declaration no longer holds)."""
    formation = _formations()[0]
    text = _flow(formation).decode().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    expected = lheo.read(_flow(formation)).root.offres.formation
    assert _drain("\ufeff" + text) == expected
    assert _drain(io.StringIO(text)) == expected
    assert validate_stream("\ufeff" + text).ok


@pytest.mark.parametrize(
    "header",
    [
        ' a:b="1"',  # libxml2 reports the undefined prefix only at the end; lxml refused
        ' xmlns:a="a b"',  # to copy the names it leaves ("Invalid attribute name")
        ' xmlns:a=""',
    ],
)
def test_strict_header_namespace_errors_are_parse_errors(header: str) -> None:
    """Fuzzer finds: strict iteration raised bare ValueError where read raises ParseError."""
    data = _flow(_formations()[0], root_attrs=header)
    with pytest.raises(ParseError) as expected:
        lheo.read(data)
    for strict in (True, False):
        with pytest.raises(ParseError) as caught:
            _drain(data, strict=strict)
        assert str(caught.value) == str(expected.value)
    offres = data.replace(b"<offres>", f"<offres{header}>".encode(), 1).replace(
        header.encode(), b"", 1
    )
    with pytest.raises(ParseError):
        _drain(offres)


def test_fatal_error_after_the_first_chunk_is_the_one_reported() -> None:
    """Fed on after a fatal error, lxml's iterparse clears its log and reports "Start tag
    expected" at line 1: the real error (here past the first 64 KiB) is reported."""
    bodies = _formations() * 4
    data = _flow(*bodies)
    at = data.index(b"<certifiante>", 70_000)
    broken = data[:at] + b"<certifiante>&bogus;" + data[at + len(b"<certifiante>") :]
    (expected,) = lheo.validate(broken).errors
    assert expected.line == _line_of(broken, b"&bogus;")
    (got,) = validate_stream(broken).errors
    assert (got.line, got.column) == (expected.line, expected.column)
    with pytest.raises(ParseError) as caught:
        _drain(broken)
    assert caught.value.line == expected.line


def test_stream_report_is_json_ready_on_hostile_input() -> None:
    """A refusal is one issue, as lheo.validate gives it (no exception escapes)."""
    data = _flow(_formations()[0], root_attrs=" " + _attrs(600))
    report = validate_stream(data)
    assert json.loads(report.to_json())["ok"] is False


@pytest.mark.parametrize(
    ("options", "where"),
    [
        ({"root_attrs": {"a b": "1"}}, "lheo"),
        ({"root_attrs": {"datecrea": "\x01"}}, "lheo"),
        ({"xsi": {"schemaLocation": "\x00"}}, "lheo"),
        ({"offres_attrs": {"a:b": "1"}}, "offres"),
    ],
)
def test_stream_writer_refuses_a_header_xml_cannot_hold(
    options: dict[str, Any], where: str
) -> None:
    """Header attributes XML cannot hold: ValidationError naming them (was a bare ValueError),
    and nothing written."""
    out = io.BytesIO()
    with pytest.raises(ValidationError) as caught:
        _stream.StreamWriter(out, version="2.3", **options)
    (issue,) = caught.value.issues
    (name,) = next(iter(options.values()))
    assert issue.element == where and f"{name}'" in issue.message
    assert out.getvalue() == b""
