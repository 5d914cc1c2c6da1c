"""DOCTYPE and entity handling: a DOCTYPE is kept but never loaded, undeclared entities fail.

A DOCTYPE with an external identifier (the published DTD URL, a local path that exists, a
relative path next to the file) reads, validates and detects exactly as the same document
without it. Three independent proofs that the DTD is not loaded: no resolver call, no I/O
entry in libxml2's log and ``docinfo.externalDTD`` empty; and a DTD on disk that declares an
entity the document uses: were it loaded, the entity would be declared and the read would
pass, while unloaded it is an undeclared entity, reported as such.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import lheo
from lheo import _xml
from lheo.errors import ParseError, UnsafeXmlError

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = (ROOT / "examples" / "data" / "catalogue-2.3.xml").read_bytes()
NS = "http://lheo.gouv.fr/2.3"
TITLE = "Seconde générale et technologique".encode()

# A real DTD: if libxml2 read it, &nbsp; would be declared and the attribute defaulted.
DTD_TEXT = '<!ENTITY nbsp "&#160;">\n<!ATTLIST lheo injected CDATA "FROM-THE-DTD">\n'


class Recorder(etree.Resolver):
    """Records every resolution libxml2 asks for, and lets it through (to be seen)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str | None, str | None]] = []

    def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
        self.calls.append((system_url, public_id))
        return None


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Spy on every parser lheo builds and on its refusing resolver; refuse any socket."""
    seen: dict[str, Any] = {"recorder": Recorder(), "parsers": [], "refused": []}
    make = _xml._parser

    def parser(*, huge: bool = False) -> etree.XMLParser:
        made = make(huge=huge)
        made.resolvers.add(seen["recorder"])
        seen["parsers"].append(made)
        return made

    original = _xml._NeverResolve.resolve

    def refuse(self: Any, system_url: str, public_id: str, context: Any = None) -> Any:
        seen["refused"].append(system_url)
        return original(self, system_url, public_id, context)

    def no_socket(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(_xml, "_parser", parser)
    monkeypatch.setattr(_xml._NeverResolve, "resolve", refuse)
    monkeypatch.setattr(socket.socket, "connect", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    yield seen
    assert seen["recorder"].calls == []
    assert seen["refused"] == []
    for made in seen["parsers"]:
        io_entries = [e for e in made.error_log if e.domain_name in ("IO", "HTTP", "FTP")]
        assert io_entries == []


def with_doctype(data: bytes, doctype: str) -> bytes:
    """The document with a DOCTYPE on the line of its XML declaration (lines unchanged)."""
    end = data.index(b"?>") + 2
    return data[:end] + doctype.encode() + data[end:]


@pytest.fixture
def dtd_dir(tmp_path: Path) -> Path:
    (tmp_path / "lheo.dtd").write_text(DTD_TEXT, encoding="utf-8")
    return tmp_path


def doctypes(folder: Path) -> dict[str, str]:
    return {
        "published-url": '<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">',
        "public-id": (
            '<!DOCTYPE lheo PUBLIC "-//LHEO//DTD LHEO 2.3//FR" "http://lheo.gouv.fr/2.3/lheo.dtd">'
        ),
        "existing-absolute-path": f'<!DOCTYPE lheo SYSTEM "{folder / "lheo.dtd"}">',
        "existing-file-uri": f'<!DOCTYPE lheo SYSTEM "{(folder / "lheo.dtd").as_uri()}">',
        "existing-relative-path": '<!DOCTYPE lheo SYSTEM "lheo.dtd">',
        "missing-path": '<!DOCTYPE lheo SYSTEM "/nonexistent/lheo.dtd">',
    }


KINDS = [
    "published-url",
    "public-id",
    "existing-absolute-path",
    "existing-file-uri",
    "existing-relative-path",
    "missing-path",
]


@pytest.mark.parametrize("kind", KINDS)
def test_doctype_is_kept_and_never_loaded(kind: str, dtd_dir: Path, watch: dict[str, Any]) -> None:
    """The document parses; docinfo gives the DOCTYPE back and holds no external DTD."""
    doctype = doctypes(dtd_dir)[kind]
    path = dtd_dir / "flux.xml"  # next to lheo.dtd, so the relative path exists too
    path.write_bytes(with_doctype(CATALOGUE, doctype))
    tree, _name = _xml.parse(path)
    assert tree.docinfo.doctype == doctype
    assert tree.docinfo.externalDTD is None
    assert tree.getroot().get("injected") is None


@pytest.mark.parametrize("kind", KINDS)
def test_doctype_reads_as_if_absent(kind: str, dtd_dir: Path, watch: dict[str, Any]) -> None:
    """read, validate and detect give what they give for the document without DOCTYPE."""
    path = dtd_dir / "flux.xml"
    path.write_bytes(with_doctype(CATALOGUE, doctypes(dtd_dir)[kind]))
    plain = dtd_dir / "plain.xml"
    plain.write_bytes(CATALOGUE)
    assert lheo.read(path).root == lheo.read(plain).root
    assert lheo.detect(path) == lheo.detect(plain) == ("2.3", "lheo")
    report, expected = lheo.validate(path), lheo.validate(plain)
    assert report.ok and expected.ok
    # An invalid variant: the same issues at the same lines.
    broken = CATALOGUE.replace(b"<intitule-formation>", b"<intitule-formatio>", 1)
    broken = broken.replace(b"</intitule-formation>", b"</intitule-formatio>", 1)
    path.write_bytes(with_doctype(broken, doctypes(dtd_dir)[kind]))
    plain.write_bytes(broken)
    got, want = lheo.validate(path), lheo.validate(plain)
    assert not got.ok
    assert [(i.line, i.path, i.message) for i in got.errors] == [
        (i.line, i.path, i.message) for i in want.errors
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_entity_declared_only_in_the_dtd_stays_undeclared(
    kind: str, dtd_dir: Path, watch: dict[str, Any]
) -> None:
    """lheo.dtd declares &nbsp;: unloaded, the reference is an undeclared entity error."""
    data = with_doctype(CATALOGUE, doctypes(dtd_dir)[kind]).replace(
        TITLE, b"Seconde&nbsp;g\xc3\xa9n\xc3\xa9rale et technologique", 1
    )
    path = dtd_dir / "flux.xml"
    path.write_bytes(data)
    offset = data.index(b"&nbsp;")
    line = data.count(b"\n", 0, offset) + 1
    column = offset - data.rfind(b"\n", 0, offset)  # 1-based column of "&"
    for strict in (True, False):
        with pytest.raises(ParseError, match="&nbsp;") as info:
            lheo.read(path, strict=strict)
        assert type(info.value) is ParseError
        assert info.value.line == line
        assert info.value.column is not None
        assert column <= info.value.column <= column + len("&nbsp;")
    report = lheo.validate(path)
    assert not report.ok
    assert len(report.errors) == 1
    assert "&nbsp;" in report.errors[0].message
    assert report.errors[0].line == line


def test_collect_ids_false_would_load_a_local_dtd(dtd_dir: Path) -> None:
    """The root cause, shown on plain lxml (libxml2 < 2.15): collect_ids=False loads the DTD.

    This is why lheo keeps lxml's default; if a future libxml2 no longer does it, this test
    says so and the module docstring of lheo._xml can be simplified.
    """
    if etree.LIBXML_VERSION >= (2, 15):
        pytest.skip("libxml2 2.15 masks XML_SKIP_IDS out of loadsubset")
    data = with_doctype(CATALOGUE, f'<!DOCTYPE lheo SYSTEM "{dtd_dir / "lheo.dtd"}">')
    options = {"resolve_entities": False, "load_dtd": False, "no_network": True}
    loaded = etree.fromstring(data, etree.XMLParser(collect_ids=False, **options))
    kept = etree.fromstring(data, etree.XMLParser(collect_ids=True, **options))
    assert loaded.getroottree().docinfo.externalDTD is not None
    assert kept.getroottree().docinfo.externalDTD is None


def test_resolver_trap_refuses_any_load(dtd_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defence in depth: were libxml2 to ask for the DTD, the parse fails, nothing is read."""

    def loading(*, huge: bool = False) -> etree.XMLParser:
        # A parser that asks for the external subset, as collect_ids=False made libxml2 do.
        parser = etree.XMLParser(
            resolve_entities=False, load_dtd=True, no_network=True, huge_tree=huge
        )
        parser.resolvers.add(_xml.NEVER_RESOLVE)
        return parser

    monkeypatch.setattr(_xml, "_parser", loading)
    data = with_doctype(_in_title("&nbsp;"), f'<!DOCTYPE lheo SYSTEM "{dtd_dir / "lheo.dtd"}">')
    with pytest.raises(UnsafeXmlError, match="lheo.dtd") as info:
        lheo.read(data)
    assert "never loaded" in str(info.value)
    assert info.value.source == "<bytes>"


# ---------------------------------------------------------------------------------------
# Undeclared entities, with and without a DOCTYPE


def _in_title(entity: str) -> bytes:
    return CATALOGUE.replace(TITLE, f"Seconde {entity} g\u00e9n\u00e9rale".encode(), 1)


def _in_attribute(entity: str) -> bytes:
    return CATALOGUE.replace(b'<formation numero="', f'<formation numero="{entity}'.encode(), 1)


def _in_root_attribute(entity: str) -> bytes:
    return CATALOGUE.replace(b"<lheo ", f'<lheo extra="x{entity}y" '.encode(), 1)


PLACES = {"text": _in_title, "attribute": _in_attribute, "root-attribute": _in_root_attribute}
DOCTYPES = {
    "no-doctype": None,
    "bare-doctype": "<!DOCTYPE lheo>",
    "empty-subset": "<!DOCTYPE lheo []>",
    "system-url": '<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">',
    "public-id": '<!DOCTYPE lheo PUBLIC "-//LHEO//FR" "lheo.dtd">',
}


@pytest.mark.parametrize("entity", ["&nbsp;", "&eacute;"])
@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("doctype", sorted(DOCTYPES))
def test_undeclared_entity_is_a_parse_error(
    entity: str, place: str, doctype: str, watch: dict[str, Any]
) -> None:
    """read raises ParseError naming the entity at its line; validate reports one issue."""
    data = PLACES[place](entity)
    if DOCTYPES[doctype] is not None:
        data = with_doctype(data, str(DOCTYPES[doctype]))
    offset = data.index(entity.encode())
    line = data.count(b"\n", 0, offset) + 1
    column = offset - data.rfind(b"\n", 0, offset)
    for strict in (True, False):
        with pytest.raises(ParseError) as info:
            lheo.read(data, strict=strict)
        error = info.value
        assert type(error) is ParseError
        assert entity in str(error)
        assert "undeclared entity" in str(error)
        assert error.line == line
        assert error.column is not None and column <= error.column <= column + len(entity)
    report = lheo.validate(data)
    assert not report.ok
    assert [(i.line, entity in i.message) for i in report.errors] == [(line, True)]
    external = doctype in ("system-url", "public-id")
    if place == "root-attribute" and not external:
        # Reached by detect (it reads the root's start tag), and reported the same way.
        # Under an external id libxml2 only warns, and detect, which reads no attribute,
        # answers as for the document without the attribute.
        with pytest.raises(ParseError, match=entity) as detected:
            lheo.detect(data)
        assert detected.value.line == line
    else:
        assert lheo.detect(data) == ("2.3", "lheo")


def test_validate_never_raises_on_undeclared_entity() -> None:
    """The case that made lxml raise XMLSchemaValidateError ("Internal error")."""
    data = with_doctype(
        _in_title("&nbsp;"), '<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">'
    )
    report = lheo.validate(data)
    assert not report.ok
    assert "Internal error" not in str(report)


@pytest.mark.parametrize("doctype", [None, '<!DOCTYPE lheo SYSTEM "lheo.dtd">'])
def test_predefined_entities_and_character_references_still_work(doctype: str | None) -> None:
    """&amp; &lt; &gt; &quot; &apos; and &#...; are XML itself, not DTD entities."""
    refs = "A &amp; B &lt; C &gt; D &quot;E&quot; &apos;F&apos; &#160;&#xE9;&#233;"
    data = CATALOGUE.replace(TITLE, refs.encode(), 1)
    if doctype is not None:
        data = with_doctype(data, doctype)
    doc = lheo.read(data)
    assert doc.root.offres.formation[0].intitule_formation.value == (
        "A & B < C > D \"E\" 'F' \u00a0\u00e9\u00e9"
    )
    assert lheo.validate(data).ok


def test_entity_declarations_stay_refused_with_an_external_id() -> None:
    """An internal subset next to a SYSTEM id is still checked for entity declarations."""
    data = with_doctype(
        _in_title("&nbsp;"), '<!DOCTYPE lheo SYSTEM "lheo.dtd" [<!ENTITY nbsp "&#160;">]>'
    )
    with pytest.raises(UnsafeXmlError, match="entity declaration"):
        lheo.read(data)
    with pytest.raises(UnsafeXmlError, match="entity declaration"):
        lheo.detect(data)


def test_duplicate_xml_id_is_a_parse_error() -> None:
    """The one effect of collecting IDs (the DTD-safe setting): xml:id values are checked
    for uniqueness by libxml2, as XML's xml:id recommendation asks; a typed error."""
    data = CATALOGUE.replace(b"<offres", b'<offres xml:id="o1"', 1).replace(
        b"<formation ", b'<formation xml:id="o1" ', 1
    )
    with pytest.raises(ParseError, match="o1") as info:
        lheo.read(data)
    assert info.value.line == data[: data.index(b'<formation xml:id="o1"')].count(b"\n") + 1
    assert not lheo.validate(data).ok
