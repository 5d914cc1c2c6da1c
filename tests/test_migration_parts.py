"""The migration engine's two ways of running the rules agree, and its report reads both forms.

A document is migrated rule after rule on the whole tree (the reference: each rule sees the
whole document, as the doc's table reads); a flow laid out as LHÉO 2.2 says can also be
migrated part by part (head, each formation, the rest: ``FlowMigration``, what the streaming
migration needs, and what ``migrate_tree`` does in memory). Both must give the same tree and
the same report, in the same order; so must the parts of a 2.2 flow copied one by one.
"""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_migration_engine import doc22, export_extras, formation22, onisep_documents

from lheo.errors import MigrationError
from lheo.migration import NS_2_2, NS_2_3, Change, MigrationReport, _engine, migrate_tree
from lheo.migration._engine import FlowMigration, working_copy, zone
from lheo.migration._report import formation_number

ROOT = Path(__file__).resolve().parent.parent
FILES = [
    ROOT / "examples" / "data" / "onisep-2.2.xml",
    ROOT / "examples" / "data" / "onisep-2.2-real.xml",
    ROOT / "tests" / "fixtures" / "onisep" / "flux-onisep-2.2.xml",
    SHARED / "2.2" / "examples" / "exemple-bts-onisep.xml",
]
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
OPTIONS: list[dict[str, Any]] = [
    {"profile": "onisep", "niveaux": "keep", "timezone": None},
    {"profile": "generic", "niveaux": "keep", "timezone": None},
    {"profile": "onisep", "niveaux": "decret-2019", "timezone": "Europe/Paris"},
]


def _whole(root: etree._Element, **options: Any) -> tuple[bytes, list[Change], list[Any]]:
    """The reference: every rule on the whole (copied) document, one after the other."""
    origin: dict[etree._Element, etree._Element] = {}
    work = _engine.Working(_engine.convert_namespace(root, origin), origin)
    run = _engine._run(
        work, profile=options["profile"], niveaux=options["niveaux"], tz=zone(options["timezone"])
    )
    return etree.tostring(run.root), run.changes, run.warnings


def _by_key(parts: list[Any], what: str) -> list[Any]:
    """The records of the parts (in document order), sorted stably by their keys."""
    keyed = [
        (key, index, record)
        for index, (key, record) in enumerate(
            (key, record)
            for part in parts
            for key, record in zip(
                getattr(part.recorded, f"{what}_keys"),
                getattr(part.recorded, f"{what}s"),
                strict=True,
            )
        )
    ]
    return [record for _key, _index, record in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _in_parts_22(root: etree._Element, **options: Any) -> tuple[bytes, list[Change], list[Any]]:
    """What the streaming migration does: each part of the 2.2 input copied and migrated."""
    flow = FlowMigration(
        profile=options["profile"], niveaux=options["niveaux"], tz=zone(options["timezone"])
    )
    offres = root.find(f"{{{NS_2_2}}}offres")
    assert offres is not None
    formations = offres.findall(f"{{{NS_2_2}}}formation")
    for formation in formations:
        flow.scan_formation(formation)
    plan = flow.plan()
    head = flow.migrate_head(root, offres, plan)
    parts = [head]
    out_offres = head.root[0]
    for number, formation in enumerate(formations, 1):
        part = flow.migrate_formation(formation, number, plan)
        out_offres.append(part.root)
        parts.append(part)
    skeleton = copy.deepcopy(root)
    skeleton_offres = skeleton.find(f"{{{NS_2_2}}}offres")
    assert skeleton_offres is not None
    for formation in skeleton_offres.findall(f"{{{NS_2_2}}}formation"):
        skeleton_offres.remove(formation)
    rest = flow.migrate_rest(skeleton, plan)
    rest_offres = rest.root.find(f"{{{NS_2_3}}}offres")
    assert rest_offres is not None
    out_offres.extend(list(rest_offres))
    for el in rest.root:
        if el.tag != f"{{{NS_2_3}}}offres":
            head.root.append(el)
    parts.append(rest)
    # Layout aside (the parts' white space is their own), the tree is the same.
    return _canonical(head.root), _by_key(parts, "change"), _by_key(parts, "warning")


def _canonical(root: etree._Element) -> bytes:
    root = copy.deepcopy(root)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for el in root.iter():
        el.tail = None if el.tail is None or not el.tail.strip() else el.tail
        if len(el):
            el.text = None if el.text is None or not el.text.strip() else el.text
    etree.cleanup_namespaces(root)
    return etree.tostring(root)


def _assert_same(root: etree._Element, **options: Any) -> None:
    tree, changes, warnings = _whole(root, **options)
    out, report = migrate_tree(copy.deepcopy(root), **options)
    assert etree.tostring(out) == tree
    assert report.changes == changes
    assert report.warnings == warnings
    parts_tree, parts_changes, parts_warnings = _in_parts_22(root, **options)
    assert parts_tree == _canonical(etree.fromstring(tree))
    assert parts_changes == changes
    assert parts_warnings == warnings


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(map(str, o.values())))
def test_parts_agree_with_the_whole_document(path: Path, options: dict[str, Any]) -> None:
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    _assert_same(etree.parse(str(path), PARSER).getroot(), **options)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    root=onisep_documents(),
    options=st.sampled_from(OPTIONS),
)
def test_property_parts_agree_with_the_whole_document(
    root: etree._Element, options: dict[str, Any]
) -> None:
    _assert_same(root, **options)


def test_export_date_planned_on_every_formation() -> None:
    """Item 1's hooks: the latest date of all formations goes on offres, from any part."""
    root = doc22(
        formation22(numero="F1", extras=export_extras("20220630")),
        formation22(numero="F2", extras=export_extras("20220702")),
    )
    flow = FlowMigration(profile="onisep", niveaux="keep", tz=None)
    formations = root.findall(f".//{{{NS_2_2}}}formation")
    for formation in formations:
        flow.scan_formation(formation)
    plan = flow.plan()
    assert plan["1"].chosen == "2022-07-02T00:00:00"
    assert plan["1"].distinct == ("20220630", "20220702")
    first = flow.migrate_formation(formations[0], 1, plan)
    (change,) = [c for c in first.recorded.changes if c.rule == "1"]
    assert change.target_path == "/lheo/offres/@horodatage-export"
    assert change.source_path.startswith("/lheo/offres/formation[1]/extras[1]/extra[")
    assert change.formation == 1
    assert change.detail == "superseded by the latest export date 2022-07-02T00:00:00"
    head = flow.migrate_head(root, root[0], plan)
    assert head.root[0].get("horodatage-export") == "2022-07-02T00:00:00"
    (warning,) = head.recorded.warnings
    assert warning.path == "/lheo/offres"
    assert "2 different DATE EXPORT ONISEP values" in warning.message


@pytest.mark.parametrize(("onisep", "profile"), [(True, "onisep"), (False, "generic")])
def test_flow_migration_resolves_the_auto_profile(onisep: bool, profile: str) -> None:
    root = doc22(formation22(numero="F1", extras=export_extras("20220630")))
    flow = FlowMigration(profile="auto", niveaux="keep", tz=None)
    with pytest.raises(MigrationError, match="resolves the profile"):
        flow.migrate_formation(root[0][0], 1, {})
    for el in root.iter(f"{{{NS_2_2}}}extra", f"{{{NS_2_2}}}extras"):
        if onisep or "ONISEP" not in (el.get("info") or ""):
            flow.scan_extra(el)
    flow.scan_formation(root[0][0])
    plan = flow.plan()
    assert flow.profile == profile
    assert flow.rules_applied == migrate_tree(root, profile=profile)[1].rules_applied
    assert ("1" in plan) == onisep


# --------------------------------------------------------------------------- the report


def test_changes_carry_other_places_and_formation_as_fields() -> None:
    root = etree.parse(str(FILES[2]), PARSER).getroot()
    _out, report = migrate_tree(root)
    lifted = [c for c in report.changes if c.also]
    assert lifted and all("also set on" not in c.detail for c in report.changes)
    for change in report.changes:
        # The formation is the one the input path goes through (a separate reading here).
        parts = (change.source_path or "").split("/")
        expected = (
            int(parts[3][len("formation[") : -1])
            if len(parts) > 3 and parts[2] == "offres" and parts[3].startswith("formation[")
            else None
        )
        assert change.formation == expected


def test_jsonl_of_older_reports_still_loads() -> None:
    """A report written before ``also`` and ``formation`` existed loads into the new fields."""
    old = {
        "type": "change", "rule": "3", "action": "converted",
        "source_path": "/lheo/offres/formation[4]/action[1]/extras[2]/extra[2]",
        "target_path": "/lheo/offres/formation[4]/action[1]/@uri",
        "old": "content://x", "new": "content://x",
        "detail": "also set on /lheo/offres/formation[4]/action[1]/extras[2]/@uri, /a/@uri",
        "source_xml": None,
    }  # fmt: skip
    kept = dict(old, rule="1", detail="superseded by the latest export date X; also set on /b")
    plain = dict(old, source_path="/lheo/offres/extras[1]/extra[1]", detail="")
    summary = {
        "type": "summary", "profile": "onisep", "niveaux": "keep", "timezone": None,
        "rules_applied": ["ns", "3"],
    }  # fmt: skip
    lines = [json.dumps(r) for r in (old, kept, plain, summary)]
    report = MigrationReport._from_lines(lines)
    first, second, third = report.changes
    assert first.detail == ""
    assert first.also == ("/lheo/offres/formation[4]/action[1]/extras[2]/@uri", "/a/@uri")
    assert first.formation == 4
    assert (second.detail, second.also) == ("superseded by the latest export date X", ("/b",))
    assert (third.detail, third.also, third.formation) == ("", (), None)


def test_jsonl_of_new_reports_round_trips() -> None:
    root = etree.parse(str(FILES[2]), PARSER).getroot()
    _out, report = migrate_tree(root)
    lines = [json.dumps({"type": "change", **c.to_dict()}) for c in report.changes]
    lines.append(
        json.dumps(
            {"type": "summary", "profile": report.profile, "niveaux": report.niveaux,
             "timezone": report.timezone, "rules_applied": report.rules_applied}
        )
    )  # fmt: skip
    assert MigrationReport._from_lines(lines).changes == report.changes
    assert json.loads(report.to_json())["changes"] == [c.to_dict() for c in report.changes]


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/lheo/offres/formation[12]/action[1]/@uri", 12),
        ("/lheo/offres/formation[3]", 3),
        ("/lheo-index/offres/formation[2]/x", 2),
        ("/lheo/offres/@horodatage-export", None),
        ("/lheo/offres/formation[1]x", None),
        (None, None),
    ],
)
def test_formation_number(path: str | None, number: int | None) -> None:
    assert formation_number(path) == number


# --------------------------------------------------------------------------- the quick copy


def test_swapped_namespace_gives_the_tree_of_the_copy() -> None:
    root = etree.parse(str(FILES[2]), PARSER).getroot()
    quick = working_copy(root)
    assert quick.origin is None  # parsed again, namespace swapped
    copied = _engine.convert_namespace(root)
    assert etree.tostring(quick.root.getroottree()) == etree.tostring(copied.getroottree())


@pytest.mark.parametrize(
    "declarations",
    [
        'xmlns:l="http://www.lheo.org/2.2"',  # prefixed
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.lheo.org/2.2"',
        'xmlns="http://www.lheo.org/2&#46;2"',  # a character reference
    ],
)
def test_documents_declared_otherwise_are_copied(declarations: str) -> None:
    prefix = "l:" if "xmlns:l" in declarations else ""
    data = (
        f"<{prefix}lheo {declarations}><{prefix}offres><{prefix}formation/>"
        f"</{prefix}offres></{prefix}lheo>"
    ).encode()
    root = etree.fromstring(data, PARSER)
    assert _engine.swapped_bytes(root, data) is None
    work = working_copy(root, data)
    # Serialized again, a character reference is plain text: the quick way then works.
    assert (work.origin is None) == ("&#46;" in declarations)
    assert etree.tostring(work.root) == etree.tostring(_engine.convert_namespace(root))


def test_a_declaration_below_the_root_means_a_copy() -> None:
    data = (
        b'<lheo xmlns="http://www.lheo.org/2.2"><offres><formation><extras><extra info="x">'
        b'<y xmlns="urn:y"/></extra></extras></formation></offres></lheo>'
    )
    root = etree.fromstring(data, PARSER)
    assert _engine.swapped_bytes(root, data) is None
    assert working_copy(root, data).origin is not None


# --------------------------------------------------------------------------- structure


def test_migration_modules_import_one_way() -> None:
    """No import cycle inside lheo.migration (imports inside functions included)."""
    folder = ROOT / "lheo" / "migration"
    imports: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        name = path.stem
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("lheo.migration."):
                    found.add(node.module.rsplit(".", 1)[1])
                elif node.module == "lheo.migration":
                    found.add("__init__")
        imports[name] = found - {name}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in imports.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(name for name in imports if reaches(name, name, {name}))
    assert cycles == []


# --------------------------------------------------------------------------- the typed build


@pytest.mark.parametrize("path", FILES[:3], ids=lambda p: p.name)
def test_formations_bound_one_by_one_give_the_same_document(path: Path) -> None:
    """lheo.migrate binds a valid flow formation by formation, freeing each: same document."""
    import lheo
    from lheo._reader import read_tree

    result = lheo.migrate(path)
    assert result.ok and len(result.document.root.offres.formation) >= 2
    out, _report = migrate_tree(etree.parse(str(path), PARSER).getroot())
    whole = read_tree(etree.ElementTree(out), keep_layout=False, name=result.document.source)
    assert result.document.root == whole.root
    assert result.document.issues == whole.issues
    assert (result.document.version, result.document.kind, result.document.xsi) == (
        whole.version,
        whole.kind,
        whole.xsi,
    )
    assert lheo.write(result.document) == lheo.write(whole)


def test_record_dicts_have_every_field_in_order() -> None:
    """``to_dict`` is written out (it runs once per change of a streamed report): it must
    still give every field of the class, in order, as ``attrs.asdict`` would."""
    import attrs

    from lheo.migration import MigrationWarning

    root = etree.parse(str(FILES[2]), PARSER).getroot()
    _out, report = migrate_tree(root)
    assert any(c.also for c in report.changes) and report.warnings
    for change in report.changes:
        expected = attrs.asdict(change)
        expected["also"] = list(change.also)
        assert list(change.to_dict().items()) == list(expected.items())
    for warning in report.warnings:
        assert list(warning.to_dict().items()) == list(attrs.asdict(warning).items())
    assert [f.name for f in attrs.fields(MigrationWarning)] == list(report.warnings[0].to_dict())
