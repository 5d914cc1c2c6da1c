"""Hostile and broken input: typed errors, never a crash trace, never a network access.

One test per threat of the defusedxml list (billion laughs, quadratic blow-up, external entity
to a file and to a URL, external DTD retrieval, XInclude) plus depth, truncation and garbage.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from lxml import etree

import lheo
from lheo import _xml
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


# ---------------------------------------------------------------------------------------
# One depth limit: MAX_DEPTH = 256, with or without huge_tree


def nested(depth: int, text: str = "", big: str = "") -> bytes:
    """An ``extra`` root (level 1) holding ``x`` elements down to ``depth`` levels in all;
    ``text`` at the bottom, ``big`` in a first child, before the nesting."""
    inner = depth - 1
    head = f'<extra xmlns="{NS}" info="profondeur">' + (f"<t>{big}</t>" if big else "")
    return (head + "<x>" * inner + text + "</x>" * inner + "</extra>").encode()


@pytest.fixture
def huge_parses(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The huge flag of every parser the in-memory path builds."""
    seen: list[bool] = []
    make = _xml._parser

    def spy(*, huge: bool = False) -> etree.XMLParser:
        seen.append(huge)
        return make(huge=huge)

    monkeypatch.setattr(_xml, "_parser", spy)
    return seen


def test_depth_limit_is_256() -> None:
    """The limit is the documented one, and libxml2's own without huge_tree."""
    assert _xml.MAX_DEPTH == 256


@pytest.mark.parametrize("depth", [255, 256])
def test_depth_up_to_the_limit_is_read(depth: int) -> None:
    """Nesting of 255 and 256 levels (root included) reads and validates."""
    doc = lheo.read(nested(depth, "fond"))
    assert doc.kind == "extra"
    tree = _xml.parse_bytes(nested(depth), "x")
    assert max(len(list(el.iterancestors())) + 1 for el in tree.iter()) == depth
    assert lheo.validate(nested(depth)).ok


@pytest.mark.parametrize("huge", [False, True], ids=["plain", "huge-tree-retry"])
@pytest.mark.parametrize("depth", [257, 300, 2049, 5000])
def test_depth_over_the_limit_names_256(depth: int, huge: bool, huge_parses: list[bool]) -> None:
    """257 levels and more are refused with the real limit, also after the huge_tree retry
    (a text node over 10 MB before the nesting makes us retry with huge_tree, where
    libxml2's own limit is 2048)."""
    data = nested(depth, "fond", big="x" * (11 * 1024 * 1024) if huge else "")
    with pytest.raises(UnsafeXmlError) as info:
        lheo.read(data)
    assert huge_parses == ([False, True] if huge else [False])
    message = str(info.value)
    assert "256" in message and "safety limit" in message
    assert "2048" not in message
    assert info.value.line == 1
    report = lheo.validate(data)
    assert [("256" in i.message, "2048" in i.message) for i in report.errors] == [(True, False)]


def test_depth_256_with_a_huge_text_node_is_read(huge_parses: list[bool]) -> None:
    """At the limit, the huge_tree retry accepts the document too."""
    big = "y" * (11 * 1024 * 1024)
    tree = _xml.parse_bytes(nested(256, "fond", big=big), "x")
    assert huge_parses == [False, True]
    deepest = tree.getroot().xpath("/*" + "/*" * 255)
    assert isinstance(deepest, list) and len(deepest) == 1
    assert deepest[0].text == "fond"  # type: ignore[union-attr]
    assert tree.getroot()[0].text == big


# ---------------------------------------------------------------------------------------
# Attributes per element: MAX_ATTRIBUTES


def with_attributes(count: int, *, line: int = 3, encoding: str = "utf-8") -> bytes:
    """An ``extra`` root whose child ``x``, on ``line``, carries ``count`` attributes."""
    attrs = " ".join(f'a{i}="{i}"' for i in range(count))
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n<extra xmlns="{NS}" info="é">'
    text = head + "\n" * (line - 2) + f"<x {attrs}/></extra>"
    return text.encode(encoding)


def test_attribute_limit_is_documented() -> None:
    """Far above real elements (at most 15 in LHÉO), far below what makes lxml crawl."""
    assert 256 <= _xml.MAX_ATTRIBUTES <= 1024


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1", "utf-16"])
def test_attributes_up_to_the_limit_are_read(encoding: str) -> None:
    """An element with exactly MAX_ATTRIBUTES attributes reads, all of them kept."""
    data = with_attributes(_xml.MAX_ATTRIBUTES, encoding=encoding)
    tree = _xml.parse_bytes(data, "x")
    assert len(tree.getroot()[0].attrib) == _xml.MAX_ATTRIBUTES
    assert lheo.read(data).kind == "extra"
    assert lheo.validate(data).ok


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1", "utf-16"])
@pytest.mark.parametrize("extra", [1, 40_000])
def test_attributes_over_the_limit_are_refused(encoding: str, extra: int) -> None:
    """One more attribute is refused, naming the limit and the element's line; 40,000 (13 s
    before the limit existed) are refused as fast. UTF-16 takes the exact tree check."""
    data = with_attributes(_xml.MAX_ATTRIBUTES + extra, line=4, encoding=encoding)
    with pytest.raises(UnsafeXmlError) as info:
        lheo.read(data)
    assert str(_xml.MAX_ATTRIBUTES) in str(info.value)
    assert "<x>" in str(info.value) and "safety limit" in str(info.value)
    assert info.value.line == 4
    report = lheo.validate(data)
    assert len(report.errors) == 1 and str(_xml.MAX_ATTRIBUTES) in report.errors[0].message
    assert report.errors[0].line == 4


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32"])
def test_attribute_limit_is_not_evaded_by_the_encoding(codec: str) -> None:
    """U+3C00 holds a 0x3C byte ('<' in ASCII) in UTF-16/32: a byte scan would see short
    runs of markup here. Without a declaration (lxml then says "UTF-8") and with a BOM,
    the exact check still runs."""
    values = " ".join(f'a{i}="\u3c00"' for i in range(600))
    text = f'\ufeff<extra xmlns="{NS}" info="i">\n<x {values}/></extra>'
    data = text.encode(codec)
    assert max(len(run) for run in data.split(b"<")) < 5 * _xml.MAX_ATTRIBUTES
    with pytest.raises(UnsafeXmlError, match=str(_xml.MAX_ATTRIBUTES)) as info:
        lheo.read(data)
    assert info.value.line == 2


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_attribute_limit_holds_in_utf16_without_bom(codec: str) -> None:
    """A declaration and no BOM: NUL bytes in the first four say UTF-16, so the byte scan
    (which sees only short runs of markup here) is not trusted, in memory as in streaming:
    same refusal, same report."""
    values = " ".join(f'a{i}="\u3c00"' for i in range(600))
    decl = '<?xml version="1.0" encoding="UTF-16"?>'
    data = f'{decl}\n<extra xmlns="{NS}" info="i">\n<x {values}/></extra>'.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert max(len(run) for run in data.split(b"<")) < 5 * _xml.MAX_ATTRIBUTES
    with pytest.raises(UnsafeXmlError, match=str(_xml.MAX_ATTRIBUTES)) as info:
        lheo.read(data)
    assert info.value.line == 3
    report = lheo.validate(data)
    assert [(e.line, str(_xml.MAX_ATTRIBUTES) in e.message) for e in report.errors] == [(3, True)]
    assert lheo.validate_stream(data) == report


def test_a_million_attributes_are_refused(huge_parses: list[bool]) -> None:
    """10^6 attributes (over 10 MB of start tag: the huge_tree retry) never reach lxml's
    quadratic attribute access."""
    data = with_attributes(1_000_000)
    with pytest.raises(UnsafeXmlError, match=str(_xml.MAX_ATTRIBUTES)):
        lheo.read(data)
    assert huge_parses == [False, True]


def test_many_equal_signs_outside_a_tag_are_not_attributes() -> None:
    """The byte pre-filter is only a filter: '=' in a comment or text is not an attribute."""
    equals = " ".join(f'a{i}="{i}"' for i in range(_xml.MAX_ATTRIBUTES * 2))
    data = f'<extra xmlns="{NS}" info="i"><!-- {equals} -->{equals.replace(chr(34), "")}</extra>'
    assert lheo.read(data.encode()).kind == "extra"


def test_check_attributes_on_a_subtree() -> None:
    """The per-piece check the streaming engine calls: exact, on an element and below."""
    root = etree.fromstring(with_attributes(_xml.MAX_ATTRIBUTES + 1, line=5))
    with pytest.raises(UnsafeXmlError) as info:
        _xml.check_attributes(root, "piece")
    assert info.value.line == 5 and info.value.source == "piece"
    with pytest.raises(UnsafeXmlError):
        _xml.check_attributes(root[0], "piece")
    del root[0].attrib["a0"]
    _xml.check_attributes(root, "piece")


# ---------------------------------------------------------------------------------------
# 200 MB bound on text, tails, attribute values, comments and PIs


@pytest.fixture
def small_bound(monkeypatch: pytest.MonkeyPatch) -> int:
    """MAX_TEXT_NODE lowered to 11 MiB (just over libxml2's 10 MB) to test it cheaply."""
    limit = 11 * 1024 * 1024
    monkeypatch.setattr(_xml, "MAX_TEXT_NODE", limit)
    return limit


def sized(where: str, size: int) -> bytes:
    """A document with one big item (text, tail, attribute value...) on line 3."""
    big = "z" * size
    body = {
        "text": f"<x>{big}</x>",
        "tail": f"<x/>{big}",
        "attribute": f'<x v="{big}"/>',
        "comment": f"<!--{big}-->",
        "pi": f"<?p {big}?>",
        "cdata": f"<x><![CDATA[{big}]]></x>",
    }[where]
    return f'<?xml version="1.0"?>\n<extra xmlns="{NS}" info="i">\n{body}</extra>'.encode()


PLACES = ["text", "tail", "attribute", "comment", "pi", "cdata"]


@pytest.mark.parametrize("where", PLACES)
def test_over_10_mb_under_the_bound_is_read(where: str, small_bound: int) -> None:
    """Over libxml2's 10 MB, under our bound: read through the huge_tree retry."""
    data = sized(where, small_bound - 1024)
    tree = _xml.parse_bytes(data, "x")
    assert tree.getroot().tag == f"{{{NS}}}extra"
    assert lheo.validate(data).ok


@pytest.mark.parametrize("where", PLACES)
def test_over_the_bound_is_refused_with_its_line(where: str, small_bound: int) -> None:
    """Text, tails, attribute values, comments, PIs and CDATA over the bound: refused."""
    data = sized(where, small_bound + 1)
    with pytest.raises(UnsafeXmlError) as info:
        lheo.read(data)
    assert f"{small_bound // (1024 * 1024)} MB" in str(info.value)
    assert "safety limit" in str(info.value)
    assert info.value.line == 3
    report = lheo.validate(data)
    assert [e.line for e in report.errors] == [3]


def test_bound_is_200_mb() -> None:
    assert _xml.MAX_TEXT_NODE == 200 * 1024 * 1024
