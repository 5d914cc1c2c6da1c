"""lheo.write: default namespace, determinism, pretty/compact, atomic paths, faithful round-trip."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from helpers import assert_xml_equal
from test_reader import NS22, minimal

import lheo
from lheo.errors import LheoError


def test_write_uses_default_namespace_and_declaration() -> None:
    """Output starts with an XML declaration and binds the version namespace as default."""
    out = lheo.write(lheo.read(minimal()))
    assert out is not None
    assert out.startswith(
        b'<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3">'
    )
    assert b"ns0:" not in out


def test_write_is_deterministic() -> None:
    """Two writes of the same document give the same bytes."""
    doc = lheo.read(minimal())
    assert lheo.write(doc) == lheo.write(doc) == lheo.write(lheo.read(minimal()))


def test_pretty_and_compact_are_equal_xml() -> None:
    """Compact output differs only by indentation."""
    doc = lheo.read(minimal())
    pretty, compact = lheo.write(doc, pretty=True), lheo.write(doc, pretty=False)
    assert pretty is not None and compact is not None
    assert b"\n  <offres>" in pretty
    assert b"\n  <offres>" not in compact
    assert_xml_equal(pretty, compact)


def test_write_binding_object_directly() -> None:
    """A root binding (not a Document) is written with its own version's namespace."""
    doc = lheo.read(minimal(NS22))
    out = lheo.write(doc.root.offres.formation[0])
    assert out is not None
    assert b'<formation xmlns="http://www.lheo.org/2.2" numero="F1">' in out


def test_write_to_path_and_stream(tmp_path: Path) -> None:
    """Paths get the bytes atomically; streams get them written."""
    doc = lheo.read(minimal())
    target = tmp_path / "out.xml"
    assert lheo.write(doc, target) is None
    buf = io.BytesIO()
    lheo.write(doc, buf)
    assert target.read_bytes() == buf.getvalue() == lheo.write(doc)
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_failed_write_leaves_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing (disk full) neither truncates the target nor leaves a temp file."""
    target = tmp_path / "out.xml"
    target.write_bytes(b"previous content")
    doc = lheo.read(minimal())

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        lheo.write(doc, target)
    assert target.read_bytes() == b"previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_serialisation_failure_is_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A serialiser failure becomes LheoError and no file is created."""
    from lheo import _emitter

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(_emitter, "_body", broken)
    target = tmp_path / "new.xml"
    with pytest.raises(LheoError, match="boom"):
        lheo.write(lheo.read(minimal()), target)
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_non_binding() -> None:
    """Writing something that is not LHÉO is a typed error."""
    with pytest.raises(LheoError):
        lheo.write({"not": "lheo"})


def test_round_trip_keeps_extras_attributes_and_escapes() -> None:
    """Nested extras with foreign elements, unknown attributes and escaped HTML survive."""
    body = (
        '<extras info="FLUX-CARIF"><extra info="numero-CARIF">21</extra>'
        '<extras info="geo"><extra info="latitude" precision="2">45.80</extra></extras>'
        '<extra info="html">&lt;p&gt;Bonjour &amp; bienvenue&lt;/p&gt;</extra>'
        '<extra info="mixte">avant <b xmlns="">gras</b> après<i xmlns="urn:x" a="1"/></extra>'
        "</extras>"
    )
    src = minimal(body=body).replace(
        b'<formation numero="F1">', b'<formation numero="F1" id="f-1" tag="principal">'
    )
    assert_xml_equal(lheo.write(lheo.read(src)) or b"", src)


def test_round_trip_keeps_schema_location() -> None:
    """xsi:schemaLocation on the root is written back."""
    src = minimal(
        extra_attr=' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://lheo.gouv.fr/2.3 lheo.xsd"'
    )
    doc = lheo.read(src)
    assert doc.xsi == {"schemaLocation": "http://lheo.gouv.fr/2.3 lheo.xsd"}
    out = lheo.write(doc)
    assert out is not None
    assert b'xsi:schemaLocation="http://lheo.gouv.fr/2.3 lheo.xsd"' in out
    assert_xml_equal(out, src)


def test_round_trip_keeps_codes_and_numbers_as_written() -> None:
    """Codes with leading zeros and long numbers keep their exact lexical form."""
    src = minimal(NS22).replace(b"<code-FORMACODE>31734<", b"<code-FORMACODE>01734<")
    src = src.replace(
        b"<organisme-formateur>",
        b"<nombre-heures-total>0120</nombre-heures-total><organisme-formateur>",
    )
    out = lheo.write(lheo.read(src))
    assert out is not None
    assert b"<code-FORMACODE>01734</code-FORMACODE>" in out
    assert_xml_equal(out, src)
