"""lheo.validate: precise issues (line, path, expected) and xmllint-style text."""

from __future__ import annotations

import json
from pathlib import Path

from test_reader import NS22, minimal

import lheo


def test_valid_document() -> None:
    """A valid document gives ok and no errors."""
    report = lheo.validate(minimal())
    assert report.ok and bool(report)
    assert report.errors == []
    assert (report.version, report.kind) == ("2.3", "lheo")


def test_wrong_order_gives_line_path_and_expected(tmp_path: Path) -> None:
    """A child out of order is located and the expected element is named."""
    data = minimal().replace(
        b"<objectif-formation>Objectif</objectif-formation>\n<resultats-attendus>R\xc3\xa9sultats</resultats-attendus>",
        b"<resultats-attendus>R\xc3\xa9sultats</resultats-attendus>\n<objectif-formation>Objectif</objectif-formation>",
    )
    path = tmp_path / "flux.xml"
    path.write_bytes(data)
    report = lheo.validate(path)
    assert not report.ok
    first = report.errors[0]
    assert first.line == 5
    assert first.path == "/lheo/offres/formation[1]/resultats-attendus"
    assert first.expected == "objectif-formation"
    assert first.element == "resultats-attendus"
    text = str(report)
    assert text.splitlines()[0].startswith(
        f"{path}:5: element resultats-attendus: Schemas validity error : Element"
    )
    assert text.splitlines()[-1] == f"{path} fails to validate"


def test_deep_path_with_positions() -> None:
    """Positions appear only where the schema lets an element repeat."""
    data = minimal().replace(b"<debut>20240901</debut>", b"<debut>2024-09-01</debut>")
    report = lheo.validate(data)
    paths = {issue.path for issue in report.errors}
    assert "/lheo/offres/formation[1]/action[1]/session[1]/periode/debut" in paths


def test_all_issues_are_collected() -> None:
    """Several independent problems are all reported, in document order."""
    data = minimal().replace(b"<debut>20240901</debut>", b"<debut>x</debut>")
    data = data.replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<")
    report = lheo.validate(data)
    lines = [issue.line for issue in report.errors]
    assert len(report.errors) >= 2
    assert lines == sorted(lines)


def test_2_2_has_its_own_schema() -> None:
    """A 2.3-only element is refused in a 2.2 document."""
    data = minimal(NS22).replace(
        b"<langue-formation>fr</langue-formation>",
        b"<langue-formation>fr</langue-formation><langue-formation>en</langue-formation>",
    )
    assert lheo.validate(minimal(NS22)).ok
    assert not lheo.validate(data).ok
    assert lheo.validate(data.replace(NS22.encode(), b"http://lheo.gouv.fr/2.3")).ok


def test_bad_input_is_a_report_not_an_exception() -> None:
    """Malformed XML gives a failed report carrying the parse error's line."""
    report = lheo.validate(b"<lheo xmlns='http://lheo.gouv.fr/2.3'>\n<offres>")
    assert not report.ok
    assert report.errors[0].line == 2
    assert "not well-formed" in report.errors[0].message


def test_report_json() -> None:
    """to_json() carries every issue field."""
    data = minimal().replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>42<")
    payload = json.loads(lheo.validate(data).to_json())
    assert payload["ok"] is False
    assert payload["errors"][0]["path"] == "/lheo/offres/formation[1]/code-niveau-entree"
    assert "42" in payload["errors"][0]["message"]


def test_validate_document_object() -> None:
    """A Document (e.g. edited in Python) can be validated directly."""
    doc = lheo.read(minimal())
    assert lheo.validate(doc).ok
    doc.root.offres.formation[0].intitule_formation.value = "x" * 300
    report = lheo.validate(doc)
    assert not report.ok
    assert "maxLength" in report.errors[0].message
