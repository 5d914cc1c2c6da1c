"""Hostile and broken input: typed errors, never a crash trace, never a network access.

One test per threat of the defusedxml list (billion laughs, quadratic blow-up, external entity
to a file and to a URL, external DTD retrieval, XInclude) plus depth, truncation and garbage.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import lheo
from lheo.errors import LheoError, ParseError, UnsafeXmlError

NS = "http://lheo.gouv.fr/2.3"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket during these tests fails loudly."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lheo [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<lheo xmlns="{NS}"><offres><formation numero="&d;"/></offres></lheo>""".encode()

QUADRATIC = (
    f'<?xml version="1.0"?><!DOCTYPE lheo [<!ENTITY x "{"x" * 50000}">]>'
    f'<lheo xmlns="{NS}">{"&x;" * 2000}</lheo>'
).encode()


def external_entity(target: str) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE lheo [<!ENTITY ext SYSTEM "{target}">]>'
        f'<lheo xmlns="{NS}"><offres><formation numero="&ext;"/></offres></lheo>'
    ).encode()


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        QUADRATIC,
        external_entity("file:///etc/passwd"),
        external_entity("http://example.invalid/secret"),
    ],
    ids=["billion-laughs", "quadratic-blowup", "external-entity-file", "external-entity-url"],
)
def test_entities_are_refused(data: bytes) -> None:
    """Entity declarations raise UnsafeXmlError, for read, detect-then-read and validate."""
    with pytest.raises(UnsafeXmlError, match="entity"):
        lheo.read(data)
    report = lheo.validate(data)
    assert not report.ok
    assert "entity" in report.errors[0].message


def test_external_entity_content_never_appears(tmp_path: Path) -> None:
    """Even a lenient read does not pull a local file's content in."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    with pytest.raises(UnsafeXmlError):
        lheo.read(external_entity(secret.as_uri()), strict=False)


def test_external_dtd_is_not_fetched() -> None:
    """A DOCTYPE pointing at a remote DTD is not retrieved (no socket opened)."""
    data = (
        '<?xml version="1.0"?><!DOCTYPE lheo SYSTEM "http://example.invalid/lheo.dtd">'
        f'<lheo xmlns="{NS}"/>'
    ).encode()
    # The DTD is ignored; the document is then judged on its own (here: incomplete lheo).
    with pytest.raises(LheoError):
        lheo.read(data)
    assert lheo.detect(data) == ("2.3", "lheo")


def test_xinclude_is_not_processed(tmp_path: Path) -> None:
    """An xi:include element is never expanded: it is just an element the schema refuses."""
    secret = tmp_path / "secret.xml"
    secret.write_text("<x>TOP-SECRET</x>")
    data = (
        f'<lheo xmlns="{NS}" xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{secret.as_uri()}"/></lheo>'
    ).encode()
    report = lheo.validate(data)
    assert not report.ok
    assert "TOP-SECRET" not in str(report)
    with pytest.raises(LheoError):
        lheo.read(data)


def test_deep_nesting_is_refused() -> None:
    """Nesting of thousands of extras is refused with a clear error."""
    depth = 5000
    data = (
        f'<lheo xmlns="{NS}"><offres>'
        + "<extras>" * depth
        + "</extras>" * depth
        + "</offres></lheo>"
    ).encode()
    with pytest.raises(UnsafeXmlError, match="deeper"):
        lheo.read(data)


def test_large_text_node_is_allowed() -> None:
    """A 12 MB text node (over libxml2's default 10 MB) is read, as real flows need."""
    big = "x" * (12 * 1024 * 1024)
    data = f'<extra xmlns="{NS}" info="gros">{big}</extra>'.encode()
    doc = lheo.read(data)
    assert doc.kind == "extra"
    assert len(doc.root.content[0]) == len(big)


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b'<?xml version="1.0"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">\n<offres>', 3),
        (b"<lheo><offres></lheo>", 1),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1),
        (b"ceci n'est pas du XML", 1),
    ],
    ids=["truncated", "unbalanced", "binary", "text"],
)
def test_malformed_input_gives_line(data: bytes, line: int) -> None:
    """Malformed input raises ParseError with a line (and column) number."""
    with pytest.raises(ParseError) as info:
        lheo.read(data)
    assert info.value.line == line
    assert info.value.column is not None
    assert "not well-formed" in str(info.value)


def test_empty_input() -> None:
    """Empty bytes are a ParseError, not an lxml traceback."""
    with pytest.raises(ParseError, match="empty"):
        lheo.read(b"   ")


def test_missing_file() -> None:
    """A missing path is a ParseError naming the file."""
    with pytest.raises(ParseError, match="nope.xml"):
        lheo.read("nope.xml")
