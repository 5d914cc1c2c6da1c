"""Streaming migration (lheo.migration.migrate_stream) agrees with the in-memory lheo.migrate.

Every comparison runs both on the same input with the same options: the streamed output must
have the bytes of ``lheo.write(lheo.migrate(...).document)``, and the JSON Lines report, loaded
back with ``MigrationReport.from_jsonl``, the changes, warnings and input issues of the
in-memory report, in the same order.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED, SHARED_MISSING
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_migration_engine import onisep_documents

import lheo
from lheo.errors import MigrationError, NotLheoError, ParseError, UnsafeXmlError
from lheo.migration import (
    MigrationReport,
    StreamMigrationResult,
    check_nothing_lost,
    migrate_stream,
)
from lheo.migration._report import Change
from lheo.migration._streaming import LIMIT, _change_line, _to_json

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "onisep" / "flux-onisep-2.2.xml"
BTS = SHARED / "2.2" / "examples" / "exemple-bts-onisep.xml"
NS22 = "http://www.lheo.org/2.2"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

SMALL = [DATA / "onisep-2.2.xml", DATA / "onisep-2.2-real.xml", FIXTURE, BTS]

OPTIONS: list[dict[str, Any]] = [
    {},
    {"profile": "generic"},
    {"profile": "onisep", "niveaux": "decret-2019", "timezone": "Europe/Paris"},
    {"niveaux": "decret-2019"},
    {"timezone": "America/Cayenne"},
]


@pytest.fixture(scope="module")
def make_flow() -> Callable[..., int]:
    spec = importlib.util.spec_from_file_location("make_flow", ROOT / "benchmarks" / "make_flow.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_flow  # type: ignore[no-any-return]


def _source(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(SHARED_MISSING if path.is_relative_to(SHARED) else f"{path} is not available")
    return path


# --------------------------------------------------------------------------- comparison


def both(
    source: Path | bytes, tmp_path: Path, **options: Any
) -> tuple[Any, bytes, StreamMigrationResult, bytes, MigrationReport]:
    """Run lheo.migrate and migrate_stream (check=False) on the same input."""
    memory = lheo.migrate(source, check=False, **options)
    expected = lheo.write(memory.document)
    assert isinstance(expected, bytes)
    out, report = tmp_path / "out.xml", tmp_path / "report.jsonl"
    result = migrate_stream(source, out, report_target=report, check=False, **options)
    return memory, expected, result, out.read_bytes(), MigrationReport.from_jsonl(report)


def assert_same(
    memory: Any, expected: bytes, result: StreamMigrationResult, got: bytes, loaded: MigrationReport
) -> None:
    report = memory.report
    assert got == expected
    for i, (a, b) in enumerate(zip(loaded.changes, report.changes, strict=False)):
        assert a == b, f"change {i} differs"
    assert len(loaded.changes) == len(report.changes)
    assert loaded.warnings == report.warnings
    assert loaded.input_issues == report.input_issues[:LIMIT]
    assert (loaded.profile, loaded.niveaux, loaded.timezone, loaded.rules_applied) == (
        report.profile,
        report.niveaux,
        report.timezone,
        report.rules_applied,
    )
    assert loaded.summary() == report.summary()
    assert result.summary() == report.summary()
    assert result.summary_text() == report.summary_text()
    assert result.change_count == len(report.changes)
    assert result.warning_count == len(report.warnings)
    assert result.warnings == report.warnings[:LIMIT]
    assert result.input_issue_count == len(report.input_issues)
    assert result.input_issues == report.input_issues[:LIMIT]
    assert result.validation_error_count == len(memory.validation.errors)
    assert result.validation.ok == memory.validation.ok
    assert result.validation.errors == memory.validation.errors[:LIMIT]
    assert result.validation.version == memory.validation.version
    assert result.validation.source == memory.validation.source
    assert result.ok == memory.ok
    assert result.profile == report.profile and result.rules_applied == report.rules_applied


@pytest.mark.parametrize(
    "options", OPTIONS, ids=lambda o: ",".join(map(str, o.values())) or "default"
)
@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.name)
def test_same_bytes_and_report_as_in_memory(
    path: Path, options: dict[str, Any], tmp_path: Path
) -> None:
    assert_same(*both(_source(path), tmp_path, **options))


@pytest.mark.parametrize(
    "options", OPTIONS[:3], ids=lambda o: ",".join(map(str, o.values())) or "default"
)
@pytest.mark.parametrize(
    "seed", [None, DATA / "onisep-2.2-real.xml", FIXTURE], ids=["example", "real", "fixture"]
)
def test_generated_flows(
    seed: Path | None, options: dict[str, Any], tmp_path: Path, make_flow: Callable[..., int]
) -> None:
    source = tmp_path / "flow.xml"
    count = make_flow("2.2", 400 * 1024, source, seed)
    memory, expected, result, got, loaded = both(source, tmp_path, **options)
    assert result.formations == count > 20
    assert_same(memory, expected, result, got, loaded)


# --------------------------------------------------------------------------- variants


def fixture_text() -> str:
    return FIXTURE.read_text(encoding="utf-8")


TRAILING = """
    <extras info="ORGANISME ONISEP">
      <extra info="ORG_ID ORG ONISEP">42</extra>
      <extra info="URI ORG ORG ONISEP">content://org-42</extra>
      <!-- a comment in the trailing extras -->
    </extras>
  </offres>
  <extras info="FLUX">
    <extra info="PARCOURS ACTION ONISEP">
      <extra info="DATE CREATION PARCOURS ACTION ONISEP">20210102</extra>
      <extra info="URI PARCOURS ACTION ONISEP">content://parcours-root</extra>
      <extra info="DATE MODIFICATION PARCOURS ACTION ONISEP">2021-13-02</extra>
    </extra>
  </extras>
  <extras><extra info="ORIGINE">test</extra></extras>
</lheo>"""


def edge_flow() -> bytes:
    """The fixture with what only a whole-flow view gets right, and comments everywhere."""
    text = fixture_text()
    # Item 1 across formations: one unreadable date, two different readable ones, and an
    # horodatage-export already on offres (lenient input).
    text = text.replace("<offres>", '<offres horodatage-export="2020-01-01T00:00:00">', 1)
    first = text.index('<extra info="DATE EXPORT ONISEP">20220630</extra>')
    second = text.index('<extra info="DATE EXPORT ONISEP">20220630</extra>', first + 1)
    text = text[:second] + text[second:].replace("20220630", "2022-06-31", 1)
    # Comments and processing instructions between and inside formations, and in values.
    text = text.replace(
        '    <formation numero="F-1002">',
        '    <!-- next -->\n    <?pi x?>\n    <formation numero="F-1002">',
    )
    text = re.sub(
        r'(<extra info="DATE CREATION ACTION ONISEP">)(\d{4})(\d{4})<',
        r"\1\2<!-- in the value -->\3<",
        text,
        count=1,
    )
    text = text.replace("<ligne>", "<!-- before a ligne --><ligne>", 2)
    # What follows the formations: offres extras, root extras, with Onisep blocks.
    text = text[: text.index("  </offres>")] + TRAILING.lstrip("\n")
    return text.encode("utf-8")


def prefixed_flow() -> bytes:
    """The example flow with a prefix for the 2.2 namespace and xsi on the root."""
    text = (DATA / "onisep-2.2.xml").read_text(encoding="utf-8")
    text = re.sub(r"<(/?)([A-Za-z])", r"<\1l:\2", text)
    text = text.replace(
        f'<l:lheo xmlns="{NS22}">',
        f'<l:lheo xmlns:l="{NS22}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{NS22} lheo.xsd" datecrea="20220630">',
    )
    return text.encode("utf-8")


def generic_flow() -> bytes:
    return fixture_text().replace("ONISEP", "OTHER").encode("utf-8")


def invalid_flow() -> bytes:
    """An input whose second formation lacks intitule-formation: the output is invalid too."""
    text = fixture_text()
    second = text.index('<formation numero="F-1002">')
    start = text.index("<intitule-formation>", second)
    end = text.index("</intitule-formation>", start) + len("</intitule-formation>")
    return (text[:start] + text[end:]).encode("utf-8")


def no_formation_flow() -> bytes:
    extras = '<extras info="ORGANISME ONISEP"><extra info="URI ORG ORG ONISEP">content://x</extra>'
    return f'<lheo xmlns="{NS22}"><offres>{extras}</extras></offres><extras/></lheo>'.encode()


def unknown_root_attribute_flow() -> bytes:
    return fixture_text().replace("<lheo xmlns=", '<lheo foo="1" xmlns=').encode()


def doctype_flow() -> bytes:
    return fixture_text().replace("<lheo xmlns=", "<!DOCTYPE lheo>\n<lheo xmlns=", 1).encode()


def huge_text_flow() -> bytes:
    """A text node over libxml2's 10 MB limit: both paths parse again with huge_tree."""
    big = '<extra info="STATUT">' + "x" * (11 * 1024 * 1024)
    return fixture_text().replace('<extra info="STATUT">', big, 1).encode()


def duplicate_ids_flow() -> bytes:
    """Every formation has the same ``xs:ID``: the output's validation reports duplicates."""
    return fixture_text().replace("<formation numero=", '<formation id="dup" numero=').encode()


def declaring_formation_flow() -> bytes:
    """A formation declaring a namespace of its own (copied element by element), with an ID
    that the next formation repeats."""
    text = fixture_text().replace(
        '<formation numero="F-1002">', '<formation xmlns:z="urn:z" id="dup" numero="F-1002">', 1
    )
    return text.replace("<formation numero=", '<formation id="dup" numero=').encode()


def nested_formation_flow() -> bytes:
    """A formation inside the last formation, after its extras (which hold the latest export
    date): the pre-scan must see them before the inner formation is dropped."""
    text = fixture_text()
    last = text.rindex("</formation>")
    inner = "  <formation><intitule-formation>n</intitule-formation></formation>\n    "
    return (text[:last] + inner + text[last:]).encode()


VARIANTS = {
    "edge": edge_flow,
    "prefixed": prefixed_flow,
    "generic": generic_flow,
    "invalid": invalid_flow,
    "no-formation": no_formation_flow,
    "unknown-root-attribute": unknown_root_attribute_flow,
    "doctype": doctype_flow,
    "duplicate-ids": duplicate_ids_flow,
    "declaring-formation": declaring_formation_flow,
    "nested-formation": nested_formation_flow,
}


@pytest.mark.parametrize(
    "options", OPTIONS[:3], ids=lambda o: ",".join(map(str, o.values())) or "default"
)
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variants(variant: str, options: dict[str, Any], tmp_path: Path) -> None:
    memory, expected, result, got, loaded = both(VARIANTS[variant](), tmp_path, **options)
    assert_same(memory, expected, result, got, loaded)
    if variant == "edge" and memory.report.profile == "onisep":
        rules = [c.rule for c in memory.report.changes]
        # The whole-flow parts: the replaced offres attribute, the export-date warning, the
        # unreadable date kept, and changes in the extras after the formations.
        assert any(c.source_path == "/lheo/offres/@horodatage-export" for c in loaded.changes)
        assert any("different DATE EXPORT ONISEP" in w.message for w in loaded.warnings)
        assert any(c.rule == "1" and c.action == "kept" for c in loaded.changes)
        assert any((c.source_path or "").startswith("/lheo/extras[1]") for c in loaded.changes)
        assert any(
            (c.source_path or "").startswith("/lheo/offres/extras[1]") for c in loaded.changes
        )
        assert rules.count("ns") == 1
    if variant in ("invalid", "no-formation", "unknown-root-attribute"):
        assert not result.ok and result.input_issues and result.validation.errors
    if variant == "nested-formation" and memory.report.profile == "onisep":
        offres = [c for c in loaded.changes if c.target_path == "/lheo/offres/@horodatage-export"]
        assert offres and all((c.new or "").startswith("2022-07-01T00:00:00") for c in offres)
    if variant in ("duplicate-ids", "declaring-formation"):
        assert [e.message for e in result.validation.errors if "'dup'" in e.message]


def test_huge_text_node(tmp_path: Path) -> None:
    assert_same(*both(huge_text_flow(), tmp_path))


def test_entity_declarations_refused_as_in_memory(tmp_path: Path) -> None:
    data = fixture_text().replace(
        "<lheo xmlns=", '<!DOCTYPE lheo [<!ENTITY e "x">]>\n<lheo xmlns=', 1
    )
    with pytest.raises(UnsafeXmlError) as caught:
        migrate_stream(data.encode(), tmp_path / "out.xml")
    with pytest.raises(UnsafeXmlError) as in_memory:
        lheo.migrate(data.encode())
    assert str(caught.value) == str(in_memory.value)
    assert list(tmp_path.iterdir()) == []


def test_renumbered_paths_point_at_the_right_formation(tmp_path: Path) -> None:
    memory, _e, _r, _g, loaded = both(DATA / "onisep-2.2.xml", tmp_path)
    for where in ("source_path", "target_path"):
        found = {
            m.group(1)
            for c in loaded.changes
            for m in [re.search(r"formation\[(\d+)\]", getattr(c, where) or "")]
            if m
        }
        assert found == {"1", "2", "3"}

    def in_third(change: Any) -> bool:
        return any(p.startswith("/lheo/offres/formation[3]/") for p in change.also)

    also = [c.also for c in loaded.changes if in_third(c)]
    assert also and also == [c.also for c in memory.report.changes if in_third(c)]
    assert {c.formation for c in loaded.changes if in_third(c)} == {3}
    assert [c.formation for c in loaded.changes] == [c.formation for c in memory.report.changes]
    assert {c.formation for c in loaded.changes} == {None, 1, 2, 3}


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    root=onisep_documents(),
    profile=st.sampled_from(["auto", "onisep", "generic"]),
    niveaux=st.sampled_from(["keep", "decret-2019"]),
    tz=st.sampled_from([None, "Europe/Paris", "Pacific/Noumea"]),
)
def test_property_same_as_in_memory(
    root: etree._Element, profile: str, niveaux: str, tz: str | None, tmp_path: Path
) -> None:
    """On the generated Onisep flows of the engine's property test (several export dates,
    unreadable values, conflicts...): same bytes and same report."""
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    options = {"profile": profile, "niveaux": niveaux, "timezone": tz}
    assert_same(*both(data, tmp_path, **options))


# --------------------------------------------------------------------------- bounds


def many_warnings_flow(copies: int) -> bytes:
    """Each formation: 10 unreadable dates, 3 unreadable URIs, 12 invalid attributes."""
    text = fixture_text()
    head, rest = text.split('    <formation numero="F-1002">', 1)
    formation = (
        '    <formation numero="F-1002">' + rest[: rest.index("</formation>") + len("</formation>")]
    )
    formation = formation.replace(
        '<extras info="ACTION ONISEP">',
        '<extras info="ACTION ONISEP">'
        + '<extra info="DATE CREATION ACTION ONISEP">bad</extra>' * 10
        + '<extra info="URI ACTION ONISEP">not a uri</extra>' * 3,
        1,
    )
    formation = re.sub(r"<(ligne|codepostal|ville)>", r'<\1 bogus="1">', formation)
    start = head.index('    <formation numero="F-1001">')
    body = "\n".join(formation.replace('numero="F-1002"', f'numero="F-{i}"') for i in range(copies))
    return (head[:start] + body + "\n  </offres>\n</lheo>\n").encode("utf-8")


def test_bounded_warnings_and_issues(tmp_path: Path) -> None:
    data = many_warnings_flow(110)
    memory, expected, result, got, loaded = both(data, tmp_path)
    report = memory.report
    assert len(report.warnings) > LIMIT and len(report.input_issues) > LIMIT
    assert len(memory.validation.errors) > LIMIT
    assert len(result.warnings) == LIMIT and len(result.input_issues) == LIMIT
    assert len(result.validation.errors) == LIMIT
    # Warnings of item 3 come before those of item 2 in the report, whatever the formation.
    assert {w.rule for w in result.warnings} == {"2", "3"}
    assert_same(memory, expected, result, got, loaded)


# --------------------------------------------------------------------------- invariant


@pytest.mark.parametrize("variant", ["file", "edge"])
@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.name)
def test_nothing_lost_with_the_jsonl_report(path: Path, variant: str, tmp_path: Path) -> None:
    data = _source(path).read_bytes() if variant == "file" else edge_flow()
    out, report_path = tmp_path / "out.xml", tmp_path / "report.jsonl"
    migrate_stream(data, out, report_target=report_path)
    report = MigrationReport.from_jsonl(report_path)
    input_root = etree.fromstring(data, PARSER)
    output_root = etree.parse(str(out), PARSER).getroot()
    assert check_nothing_lost(input_root, output_root, report, with_paths=True) == []


# --------------------------------------------------------------------------- targets


class _Pipe(io.RawIOBase):
    """A binary stream that cannot seek, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), 4096))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_file_objects_and_unseekable_source(tmp_path: Path) -> None:
    data = _source(FIXTURE).read_bytes()
    memory = lheo.migrate(data)
    out, report = io.BytesIO(), io.StringIO()
    result = migrate_stream(_Pipe(data), out, report_target=report)
    assert out.getvalue() == lheo.write(memory.document)
    assert (
        MigrationReport.from_jsonl(io.StringIO(report.getvalue())).changes == memory.report.changes
    )
    lines = [json.loads(line) for line in report.getvalue().splitlines()]
    assert [line["type"] for line in lines][-1] == "summary"
    assert lines[-1]["changes"] == len(memory.report.changes) and lines[-1]["valid"] is True
    assert result.source == "<document>" and result.ok
    assert result.formations == 3


def test_without_report_target(tmp_path: Path) -> None:
    memory = lheo.migrate(_source(FIXTURE))
    result = migrate_stream(FIXTURE, tmp_path / "out.xml")
    assert result.summary_text() == memory.report.summary_text()
    assert result.warnings == memory.report.warnings
    assert result.to_dict()["changes"] == len(memory.report.changes)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


# --------------------------------------------------------------------------- failures


def test_invalid_output_leaves_no_target(tmp_path: Path) -> None:
    out, report = tmp_path / "out.xml", tmp_path / "report.jsonl"
    with pytest.raises(MigrationError) as caught:
        migrate_stream(invalid_flow(), out, report_target=report)
    with pytest.raises(MigrationError) as in_memory:
        lheo.migrate(invalid_flow())
    assert str(caught.value) == str(in_memory.value)
    result = caught.value.result  # type: ignore[attr-defined]
    assert isinstance(result, StreamMigrationResult) and not result.ok
    assert not out.exists()
    # The report is written all the same: it says what is wrong.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.jsonl"]
    assert MigrationReport.from_jsonl(report).changes == in_memory.value.result.report.changes  # type: ignore[attr-defined]


def test_parse_error_leaves_nothing(tmp_path: Path) -> None:
    data = fixture_text().replace("</formation>", "</formatio>", 2).encode()
    out, report = tmp_path / "out.xml", tmp_path / "report.jsonl"
    with pytest.raises(ParseError) as caught:
        migrate_stream(data, out, report_target=report)
    with pytest.raises(ParseError) as in_memory:
        lheo.migrate(data)
    assert str(caught.value) == str(in_memory.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_target_is_kept_on_failure(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    out.write_bytes(b"previous")
    with pytest.raises(MigrationError):
        migrate_stream(invalid_flow(), out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (
            b'<lheo xmlns="http://lheo.gouv.fr/2.3"><offres/></lheo>',
            MigrationError,
            "needs an LHÉO 2.2 input, got LHÉO 2.3",
        ),
        (
            b'<lheo-plus xmlns="http://www.lheo.org/2.2"/>',
            MigrationError,
            "streaming migration reads <lheo>",
        ),
        (b'<x xmlns="urn:x"/>', NotLheoError, "not an LHÉO document"),
        (
            f'<lheo xmlns="{NS22}"><extras/><offres/></lheo>'.encode(),
            MigrationError,
            "<extras> before <offres>",
        ),
    ],
)
def test_wrong_inputs(data: bytes, error: type[Exception], message: str, tmp_path: Path) -> None:
    with pytest.raises(error, match=re.escape(message)):
        migrate_stream(data, tmp_path / "out.xml")
    assert list(tmp_path.iterdir()) == []


def test_unsupported_layouts(tmp_path: Path) -> None:
    text = fixture_text()
    second = text.index('    <formation numero="F-1002">')
    moved = (
        text[:second] + '    <extras info="X"><extra info="Y">z</extra></extras>\n' + text[second:]
    )
    with pytest.raises(MigrationError, match="a <formation> after other elements of <offres>"):
        migrate_stream(moved.encode(), tmp_path / "out.xml")
    start = text.index("<offres>")
    before = text[:start] + '<extras info="X"/>' + text[start:]
    with pytest.raises(MigrationError, match="<extras> before <offres>"):
        migrate_stream(before.encode(), tmp_path / "out.xml")
    twice = text.replace(
        "</offres>",
        "</offres><offres>" + text[second : text.index("</formation>", second) + 12] + "</offres>",
    )
    with pytest.raises(MigrationError, match="several <offres>"):
        migrate_stream(twice.encode(), tmp_path / "out.xml")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"profile": "x"}, "unknown profile"),
        ({"niveaux": "x"}, "unknown niveaux"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
    ],
)
def test_bad_options(options: dict[str, Any], message: str, tmp_path: Path) -> None:
    with pytest.raises(MigrationError, match=message):
        migrate_stream(FIXTURE, tmp_path / "out.xml", **options)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.name)
def test_change_lines_are_the_json_of_the_changes(path: Path) -> None:
    """The report's change lines, written field by field for speed, are json.dumps of
    ``{"type": "change", **change.to_dict()}`` (what ``from_jsonl`` reads back)."""
    changes = lheo.migrate(_source(path), check=False).report.changes
    assert changes and any(c.formation for c in changes)
    for change in changes:
        expected = json.dumps({"type": "change", **change.to_dict()}, ensure_ascii=False)
        assert _change_line(change) == _to_json({"type": "change", **change.to_dict()})
        assert _change_line(change) == expected


_TEXT = st.text(st.characters(codec="utf-8"), max_size=20)


@given(
    texts=st.lists(st.one_of(st.none(), _TEXT), min_size=6, max_size=6),
    also=st.lists(_TEXT, max_size=3),
    formation=st.one_of(st.none(), st.integers(min_value=0, max_value=10**9)),
)
def test_property_change_lines(
    texts: list[str | None], also: list[str], formation: int | None
) -> None:
    """Quotes, backslashes, control characters, non-ASCII and surrogates' neighbours."""
    source_path, target_path, old, new, detail, source_xml = texts
    change = Change(
        rule=detail or "ns", action="converted", source_path=source_path,
        target_path=target_path, old=old, new=new, detail=detail or "",
        source_xml=source_xml, also=also, formation=formation,
    )  # fmt: skip
    line = _change_line(change)
    assert line == json.dumps({"type": "change", **change.to_dict()}, ensure_ascii=False)
    assert Change.from_dict({k: v for k, v in json.loads(line).items() if k != "type"}) == change


def test_from_jsonl_refuses_broken_files() -> None:
    with pytest.raises(ValueError, match="no summary line"):
        MigrationReport.from_jsonl(
            io.StringIO('{"type": "warning", "rule": "1", "path": null, "message": "m"}\n')
        )
    with pytest.raises(ValueError, match="line 1"):
        MigrationReport.from_jsonl(io.StringIO('{"type": "what"}\n'))


# --------------------------------------------------------------------------- memory


def test_memory_stays_far_below_the_file_size(
    tmp_path: Path, make_flow: Callable[..., int]
) -> None:
    source = tmp_path / "flow.xml"
    make_flow("2.2", 15 * 1024 * 1024, source)
    size = source.stat().st_size
    # Loading the schemas and bindings (once per process) is not what is measured.
    migrate_stream(_source(FIXTURE), tmp_path / "warm.xml")
    tracemalloc.start()
    try:
        result = migrate_stream(
            source, tmp_path / "out.xml", report_target=tmp_path / "report.jsonl"
        )
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.ok and result.formations > 1000
    assert result.change_count > 40_000
    assert peak < size * 0.25, f"peak {peak:,} bytes for a {size:,} byte flow"


# --------------------------------------------------------------------------- swapped input


@pytest.mark.parametrize("declaration", ['xmlns="{ns}"', "xmlns = '{ns}'", 'xmlns:l="{ns}"'])
def test_input_issues_name_the_2_2_namespace(declaration: str, tmp_path: Path) -> None:
    # A flow that only declares the 2.2 namespace is read with the 2.3 one in its place:
    # its issues are still those of lheo.validate, lines and 2.2 names included.
    prefix = "l:" if declaration.startswith("xmlns:") else ""
    formation = (
        f"<{prefix}formation><{prefix}bogus/><!-- a comment --><?pi x?>"
        f"<{prefix}intitule-formation>T</{prefix}intitule-formation></{prefix}formation>"
    )
    data = (
        f'<?xml version="1.0"?>\n<{prefix}lheo {declaration.format(ns=NS22)} bad="1">\n'
        f"<{prefix}offres>\n{formation}\n{formation}\n</{prefix}offres>\n</{prefix}lheo>\n"
    ).encode()
    expected = lheo.validate(data).errors
    assert expected and all("2.3" not in issue.message for issue in expected)
    assert any(f"{{{NS22}}}bogus" in issue.message for issue in expected)
    result = migrate_stream(data, tmp_path / "out.xml", check=False)
    assert result.input_issues == expected
    memory = lheo.migrate(data, check=False)
    assert (tmp_path / "out.xml").read_bytes() == lheo.write(memory.document)


_PIECES = [b"xmlns", b"<!--", b"<?", b"<?xml", b"x", b"s", b"<", b"!", b"-", b"?", b"ns"]


@given(
    data=st.lists(st.sampled_from(_PIECES), max_size=40).map(b"".join),
    size=st.integers(1, 9),
)
@settings(max_examples=300, deadline=None)
def test_sniffer_counts_across_reads(data: bytes, size: int) -> None:
    # What the pre-scan counts, whatever the reads' sizes: the counts of the whole bytes
    # (the XML declaration aside, when the first read holds it).
    from lheo.migration._streaming import _Sniffer

    sniffer = _Sniffer(io.BytesIO(data))
    while sniffer.read(size):
        pass
    assert sniffer.declarations == data.count(b"xmlns")
    declaration = data.startswith(b"<?xml") and size >= len(b"<?xml")
    assert sniffer.markup == data.count(b"<!--") + data.count(b"<?") - declaration
