"""lheo.diff and ``lheo diff``: what changed between two exports of a flow.

Expectations are hand-checked (paths and values read in the example files) or computed on the
lxml tree that a test edits itself (the edits it made are what the diff must report).
"""

from __future__ import annotations

import copy
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SHARED, needs_shared
from lxml import etree

import lheo
from lheo import _diff, _xml
from lheo.cli import main
from lheo.versions import Version

DATA = ROOT / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
ONISEP = DATA / "onisep-2.2.xml"
OFFRE_130 = DATA / "offre-1.3.0.xml"
FLOWS = [CATALOGUE, ONISEP, OFFRE_130, DATA / "onisep-2.2-real.xml"]
ALL = [*FLOWS, DATA / "index-2.3.xml", DATA / "index-1.3.0.xml"]

LEVELS = {"formation": "formation", "offre-formation": "formation", "action": "action"}
LEVELS |= {"action-formation": "action", "session": "session"}


def tree_of(path: Path) -> etree._ElementTree:
    return etree.parse(str(path), etree.XMLParser(remove_blank_text=True))


def xml(tree: etree._ElementTree | etree._Element, *, pretty: bool = False) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=pretty)


def local(el: etree._Element) -> str:
    return etree.QName(el).localname


def ns_of(tree: etree._ElementTree) -> str:
    return etree.QName(tree.getroot()).namespace or ""


def summary(d: lheo.FlowDiff) -> dict[str, tuple[int, int, int]]:
    counts = {k: (c.added, c.removed, c.changed) for k, c in d.summary().items()}
    return {k: c for k, c in counts.items() if c != (0, 0, 0)}


def keys(change: lheo.Change) -> list[tuple[str, str]]:
    return [(k.by, k.value) for k in change.keys]


# ---------------------------------------------------------------------------------------
# Equal flows


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_a_flow_equals_itself(path: Path) -> None:
    d = lheo.diff(path, path)
    assert d.equal and not d and list(d) == [] and len(d) == 0
    assert (d.version, d.kind) == tuple(str(v) for v in lheo.detect(path))


def _relayout(tree: etree._ElementTree) -> bytes:
    """The same content written otherwise: attributes reversed, comments added, compact."""
    root = copy.deepcopy(tree.getroot())
    for el in root.iter(etree.Element):
        items = list(el.attrib.items())
        el.attrib.clear()
        for name, value in reversed(items):
            el.set(name, value)
        if el is not root:
            el.addprevious(etree.Comment(" before "))
        if len(el):
            el.insert(0, etree.Comment(" first child "))
    return xml(root)


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_layout_is_no_change(path: Path) -> None:
    tree = tree_of(path)
    pretty, compact = xml(tree, pretty=True), _relayout(tree)
    assert b"<!-- first child -->" in compact and b"\n  <" not in compact
    assert b"\n  <" in pretty
    assert lheo.diff(pretty, compact).equal
    assert lheo.diff(path, compact).equal  # the file as written, with its own layout


def test_prefixes_cdata_and_references_are_no_change() -> None:
    tree = tree_of(CATALOGUE)
    text = xml(tree).decode()
    # Texts escape "<": every "<" followed by a name or "/" starts a tag.
    prefixed = re.sub(r"<(/?)([A-Za-z])", r"<\1l:\2", text).replace("xmlns=", "xmlns:l=")
    assert "<l:formation" in prefixed and "</l:lheo>" in prefixed
    seconde = "Seconde générale et technologique"
    cdata = text.replace(f">{seconde}<", f"><![CDATA[{seconde}]]><", 1)
    refs = text.replace(f">{seconde}<", ">Seconde g&#233;n&#xE9;rale et technologique<", 1)
    assert cdata != text and refs != text
    for other in (prefixed, cdata, refs):
        assert lheo.diff(text, other).equal


@pytest.mark.parametrize("path", [CATALOGUE, ONISEP, OFFRE_130], ids=lambda p: p.name)
def test_formations_reordered_are_equal(path: Path) -> None:
    tree = tree_of(path)
    offres = tree.getroot()[0]
    items = list(offres)
    for el in items:
        offres.remove(el)
    for el in reversed(items):
        offres.append(el)
    moved = xml(tree)
    d = lheo.diff(path, moved)
    assert d.equal, list(d)


def test_actions_sessions_and_repeated_codes_reordered_are_equal() -> None:
    tree = tree_of(CATALOGUE)
    ns = ns_of(tree)
    swapped = 0
    for parent in tree.getroot().iter(f"{{{ns}}}formation", f"{{{ns}}}action"):
        for name in ("action", "session", "code-public-vise", "code-FORMACODE"):
            children = parent.findall(f"{{{ns}}}{name}")
            if len(children) > 1:
                children[0].addprevious(children[-1])
                swapped += 1
    assert swapped >= 2
    assert lheo.diff(CATALOGUE, xml(tree)).equal


# ---------------------------------------------------------------------------------------
# Hand-checked changes, each version

DATES = [
    # (flow, path of the first session's start, its value in the file)
    (CATALOGUE, "/lheo/offres/formation[1]/action[1]/session[1]/periode/debut", "20250901"),
    (ONISEP, "/lheo/offres/formation[1]/action[1]/session[1]/periode/debut", "20220901"),
    (
        OFFRE_130,
        "/lheo/offres/offre-formation[1]/organisation-formation/modalites-acces/sessions/"
        "session[1]/periode/debut",
        "20090406",
    ),
]


@pytest.mark.parametrize(("path", "where", "value"), DATES, ids=lambda v: getattr(v, "name", ""))
def test_one_session_date_changed(path: Path, where: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    if path == OFFRE_130:
        # 1.3.0 flows carry numero on their offre-formation (the common attributes): the
        # example has none; sessions stay without, as in the official examples.
        text = text.replace("<offre-formation>", '<offre-formation numero="OF1">', 1)
        text = text.replace("<offre-formation>", '<offre-formation numero="OF2">', 1)
    changed = text.replace(f"<debut>{value}</debut>", "<debut>20991231</debut>", 1)
    assert changed != text
    d = lheo.diff(text, changed)
    assert len(d) == 1
    (change,) = d
    assert (change.kind, change.what, change.level) == ("changed", "text", "session")
    assert (change.path, change.old_path, change.old, change.new) == (
        where,
        where,
        value,
        "20991231",
    )
    assert summary(d) == {"session": (0, 0, 1)}
    if path == CATALOGUE:
        assert keys(change) == [
            ("numero", "14662"),
            ("numero", "14662_381140"),
            ("numero", "14662_381140_2025"),
        ]
    if path == OFFRE_130:
        # 1.3.0 sessions are in organisation-formation, not in the action-formation; with
        # no numero, the session is paired by rank once no identical one is found.
        assert keys(change) == [("numero", "OF1"), ("order", "1")]


def _catalogue() -> tuple[etree._ElementTree, str]:
    tree = tree_of(CATALOGUE)
    return tree, ns_of(tree)


def test_session_added_and_removed() -> None:
    tree, ns = _catalogue()
    action = tree.getroot().find(f".//{{{ns}}}action[@numero='3519_229871']")
    assert action is not None
    sessions = action.findall(f"{{{ns}}}session")
    added = copy.deepcopy(sessions[0])
    added.set("numero", "NOUVELLE")
    sessions[0].addprevious(added)  # first: the others move, which is no change
    new = xml(tree)
    d = lheo.diff(CATALOGUE, new)
    assert [(c.kind, c.what, c.level, c.path, c.old_path) for c in d] == [
        ("added", "item", "session", "/lheo/offres/formation[2]/action[1]/session[1]", None)
    ]
    assert keys(next(iter(d))) == [
        ("numero", "3519"),
        ("numero", "3519_229871"),
        ("numero", "NOUVELLE"),
    ]
    assert summary(d) == {"session": (1, 0, 0)}
    back = lheo.diff(new, CATALOGUE)
    where = "/lheo/offres/formation[2]/action[1]/session[1]"
    assert [(c.kind, c.path, c.old_path) for c in back] == [("removed", where, where)]
    assert summary(back) == {"session": (0, 1, 0)}


def test_formation_added_removed_and_attribute_changed() -> None:
    tree, ns = _catalogue()
    offres = tree.getroot()[0]
    first = offres[0]
    offres.remove(first)
    offres[0].set("datemaj", "20991231")  # formation 3519
    new = xml(tree)
    d = lheo.diff(CATALOGUE, new)
    got = [(c.kind, c.what, c.level, c.path, c.old_path, c.old, c.new) for c in d]
    assert got == [
        (
            "changed",
            "attribute",
            "formation",
            "/lheo/offres/formation[1]/@datemaj",
            "/lheo/offres/formation[2]/@datemaj",
            "20250604",
            "20991231",
        ),
        (
            "removed",
            "item",
            "formation",
            "/lheo/offres/formation[1]",
            "/lheo/offres/formation[1]",
            None,
            None,
        ),
    ]
    assert summary(d) == {"formation": (0, 1, 1)}
    assert summary(lheo.diff(new, CATALOGUE)) == {"formation": (1, 0, 1)}


def test_elements_and_attributes_added_and_removed() -> None:
    tree, ns = _catalogue()
    formation = tree.getroot()[0][0]
    title = formation.find(f"{{{ns}}}intitule-formation")
    assert title is not None
    title.set("tag", "nouveau")
    url = formation.find(f"{{{ns}}}url-formation")
    assert url is not None
    formation.remove(url)
    d = lheo.diff(CATALOGUE, xml(tree))
    got = [(c.kind, c.what, c.level, c.path, c.old, c.new) for c in d]
    base = "/lheo/offres/formation[1]"
    old_url = (
        "<url-formation><urlweb>https://www.onisep.fr/ressources/univers-lycee/lycees/"
        "seconde-generale-et-technologique</urlweb></url-formation>"
    )
    assert got == [
        ("added", "attribute", "formation", f"{base}/intitule-formation/@tag", None, "nouveau"),
        ("removed", "element", "formation", f"{base}/url-formation", old_url, None),
    ]
    assert summary(d) == {"formation": (0, 0, 1)}


def test_changes_outside_the_items_are_of_the_flow() -> None:
    tree, ns = _catalogue()
    tree.getroot()[0].set("horodatage-export", "2099-01-01T00:00:00Z")
    d = lheo.diff(CATALOGUE, xml(tree))
    assert [(c.level, c.what, c.path, c.new, c.keys) for c in d] == [
        ("flow", "attribute", "/lheo/offres/@horodatage-export", "2099-01-01T00:00:00Z", ())
    ]
    assert summary(d) == {"flow": (0, 0, 1)}


def test_index_items() -> None:
    path = DATA / "index-2.3.xml"
    text = path.read_text(encoding="utf-8")
    changed = text.replace('datemaj="20250611"', 'datemaj="20991231"', 1)
    d = lheo.diff(path, changed)
    assert d.kind == "lheo-index" and d.levels[0] == "resume-offre"
    assert [(c.level, c.path, c.old, c.new) for c in d] == [
        (
            "resume-offre",
            "/lheo-index/resumes-offres/resume-offre[1]/@datemaj",
            "20250611",
            "20991231",
        )
    ]
    assert keys(next(iter(d))) == [("numero", "14662_381140")]


# ---------------------------------------------------------------------------------------
# Keys: content hash, duplicates


def _strip_ids(tree: etree._ElementTree, ns: str) -> None:
    for formation in tree.getroot().iter(f"{{{ns}}}formation"):
        for name in ("numero", "uri"):
            formation.attrib.pop(name, None)


def test_formations_without_numero_or_uri_are_known_by_content() -> None:
    tree, ns = _catalogue()
    _strip_ids(tree, ns)
    old = xml(tree)
    d = lheo.diff(old, _relayout(tree))
    assert d.equal and d.keyed_by == {"old": {"hash": 4}, "new": {"hash": 4}}
    title = tree.getroot()[0][1].find(f"{{{ns}}}intitule-formation")
    assert title is not None
    title.text = "Autre intitulé"
    d = lheo.diff(old, xml(tree))
    got = sorted((c.kind, c.what, c.path) for c in d)
    assert got == [
        ("added", "item", "/lheo/offres/formation[2]"),
        ("removed", "item", "/lheo/offres/formation[2]"),
    ]
    added, removed = sorted(d, key=lambda c: c.kind)
    assert added.key is not None and removed.key is not None
    assert added.key.by == removed.key.by == "hash"
    assert added.key.value != removed.key.value
    assert re.fullmatch("[0-9a-f]{32}", added.key.value)


def test_duplicate_numeros_are_reported_and_paired_in_order() -> None:
    tree, ns = _catalogue()
    offres = tree.getroot()[0]
    twin = copy.deepcopy(offres[1])  # numero 3519, twice
    offres.append(twin)
    old = xml(tree)
    d = lheo.diff(old, old)
    assert d.equal
    assert [(x.side, x.level, str(x.keys[0]), x.paths) for x in d.duplicates] == [
        (
            "old",
            "formation",
            "numero=3519",
            ("/lheo/offres/formation[2]", "/lheo/offres/formation[5]"),
        ),
        (
            "new",
            "formation",
            "numero=3519",
            ("/lheo/offres/formation[2]", "/lheo/offres/formation[5]"),
        ),
    ]
    twin.set("datemaj", "20991231")  # the second one changes: never merged with the first
    d = lheo.diff(old, xml(tree))
    (change,) = d
    assert change.key == _diff.Key("numero", "3519", 2)
    assert (change.path, change.new) == ("/lheo/offres/formation[5]/@datemaj", "20991231")
    offres.remove(twin)
    d = lheo.diff(old, xml(tree))
    assert [(c.kind, c.path, str(c.key)) for c in d] == [
        ("removed", "/lheo/offres/formation[5]", "numero=3519#2")
    ]
    assert [x.side for x in d.duplicates] == ["old"]


# ---------------------------------------------------------------------------------------
# Independent check: random edits on an lxml tree


def _level_keys(el: etree._Element, formation_local: str) -> tuple[str, list[tuple[str, str]]]:
    """The innermost item holding ``el`` (itself included) and the keys of the items."""
    chain = [a for a in [el, *el.iterancestors()] if local(a) in LEVELS][::-1]
    assert local(chain[0]) == formation_local
    found = []
    for item in chain:
        by = "numero" if item.get("numero") is not None else "uri"
        found.append((by, item.get(by) or ""))
    return LEVELS[local(chain[-1])], found


def _random_edits(
    tree: etree._ElementTree, version: Version, rng: random.Random, count: int
) -> list[tuple[str, str, str, list[tuple[str, str]], str, str | None, str | None]]:
    """Edit ``count`` distinct formations of ``tree``; return what the diff must report.

    Each as (kind, what, level, keys, path, old, new). Paths of what is removed are read on
    the tree before any edit, the others once every edit is made.
    """
    ns = ns_of(tree)
    item = version.item
    repeatable = version.repeatable
    formations = tree.getroot().findall(f"{{{ns}}}offres/{{{ns}}}{item}")
    plans = []
    for number, formation in enumerate(rng.sample(formations, count)):
        inside = [
            el
            for el in formation.iter(f"{{{ns}}}*")
            if not any(local(a) in ("extras", "extra") for a in [el, *el.iterancestors()])
        ]
        sessions = [el for el in inside if local(el) == "session"]
        kind = rng.choice(["text", "attribute", "session-", "session+", "formation-"])
        if kind in ("session-", "session+") and not sessions:
            kind = "formation-"
        if kind == "text":
            el = rng.choice([e for e in inside if not len(e) and (e.text or "").strip()])
            plans.append((kind, el, None, number, None))
        elif kind == "attribute":
            # numero and uri are identities (changing one is a removal and an addition).
            choices = [(e, a) for e in inside for a in e.attrib if a not in ("numero", "uri")]
            el, name = rng.choice(choices)
            plans.append((kind, el, name, number, None))
        elif kind == "session+":
            el = copy.deepcopy(rng.choice(sessions))
            el.set("numero", f"ajout-{number}")
            plans.append((kind, el, rng.choice(sessions), number, None))
        else:
            el = rng.choice(sessions) if kind == "session-" else formation
            plans.append((kind, el, None, number, _xml.element_path(el, repeatable)))
    expected = []
    for kind, el, other, number, old_path in plans:  # the edits
        if kind == "text":
            expected.append((el, "text", el.text))
            el.text = f"{el.text} (modifié {number})"
        elif kind == "attribute":
            expected.append((el, "attribute", el.get(other)))
            el.set(other, f"v{number}")
        elif kind == "session+":
            other.addprevious(el)
        else:
            level, keys_ = _level_keys(el, item)
            expected.append((el, kind, (level, keys_, old_path)))
            el.getparent().remove(el)
    done = []
    for (kind, el, other, number, _old), (_el, _what, before) in zip(
        [p for p in plans if p[0] != "session+"], expected, strict=True
    ):
        if kind in ("session-", "formation-"):
            level, keys_, old_path = before
            done.append(("removed", "item", level, keys_, old_path, None, None))
            continue
        level, keys_ = _level_keys(el, item)
        path = _xml.element_path(el, repeatable)
        if kind == "text":
            done.append(("changed", "text", level, keys_, path, before, el.text))
        else:
            done.append(
                ("changed", "attribute", level, keys_, f"{path}/@{other}", before, f"v{number}")
            )
    for kind, el, _other, _number, _old in plans:
        if kind == "session+":
            level, keys_ = _level_keys(el, item)
            path = _xml.element_path(el, repeatable)
            done.append(("added", "item", "session", keys_, path, None, None))
    return done


@pytest.mark.parametrize("version", ["2.3", "2.2"])
@pytest.mark.parametrize("seed", range(6))
def test_random_edits_are_exactly_what_the_diff_reports(
    version: str, seed: int, tmp_path: Path
) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_flow import make_flow

    flow = tmp_path / "flow.xml"
    make_flow(version, 200_000, flow)
    rng = random.Random(seed)
    tree = tree_of(flow)
    edits = _random_edits(tree, Version.parse(version), rng, 8)
    d = lheo.diff(flow, xml(tree, pretty=bool(seed % 2)))
    got = [(c.kind, c.what, c.level, keys(c), c.path, c.old, c.new) for c in d]
    assert sorted(got) == sorted(edits)


def test_items_waiting_in_a_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    # Everything that waits for its counterpart goes to the spill file: the same diff.
    tree, ns = _catalogue()
    offres = tree.getroot()[0]
    items = list(offres)
    for el in items[:2]:
        offres.remove(el)
        offres.append(el)  # the first two come last: they wait
    items[0].set("datemaj", "20991231")
    new = xml(tree)
    expected = [(c.path, c.old, c.new) for c in lheo.diff(CATALOGUE, new)]
    assert expected == [("/lheo/offres/formation[3]/@datemaj", "20250611", "20991231")]
    monkeypatch.setattr(_diff, "MAX_PENDING", 0)
    assert [(c.path, c.old, c.new) for c in lheo.diff(CATALOGUE, new)] == expected


# ---------------------------------------------------------------------------------------
# Errors, results


def test_different_versions_or_kinds_are_refused() -> None:
    with pytest.raises(lheo.UnsupportedVersionError, match="migrate the 2.2 flow first"):
        lheo.diff(ONISEP, CATALOGUE)
    with pytest.raises(lheo.IncomparableError, match="lheo-index"):
        lheo.diff(DATA / "index-2.3.xml", CATALOGUE)
    with pytest.raises(lheo.ParseError):
        lheo.diff(CATALOGUE, b'<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>')
    with pytest.raises(lheo.NotLheoError):
        lheo.diff(b'<html xmlns="http://www.w3.org/1999/xhtml"/>', CATALOGUE)


def test_json_shape() -> None:
    tree, ns = _catalogue()
    tree.getroot()[0][0].set("datemaj", "20991231")
    d = lheo.diff(CATALOGUE, xml(tree))
    data = json.loads(d.to_json())
    assert set(data) == {
        "format",
        "old",
        "new",
        "version",
        "kind",
        "equal",
        "levels",
        "summary",
        "keyed_by",
        "duplicates",
        "changes",
    }
    assert data["format"] == "lheo-diff/1" and data["equal"] is False
    assert data["levels"] == ["formation", "action", "session"]
    assert data["summary"]["formation"] == {"added": 0, "removed": 0, "changed": 1}
    assert data["keyed_by"] == {"old": {"numero": 4}, "new": {"numero": 4}}
    assert data["changes"] == [
        {
            "kind": "changed",
            "what": "attribute",
            "level": "formation",
            "keys": [{"by": "numero", "value": "14662", "occurrence": 1}],
            "path": "/lheo/offres/formation[1]/@datemaj",
            "old_path": "/lheo/offres/formation[1]/@datemaj",
            "old": "20250611",
            "new": "20991231",
        }
    ]
    assert "~ formation numero=14662: /lheo/offres/formation[1]/@datemaj" in str(d)


@needs_shared
@pytest.mark.parametrize(
    "path",
    sorted(SHARED.glob("*/examples/*.xml")) if SHARED.is_dir() else [],
    ids=lambda p: f"{p.parent.parent.name}/{p.name}",
)
def test_official_examples_equal_themselves(path: Path) -> None:
    version = path.parent.parent.name  # the 1.3.0 examples have no namespace
    assert lheo.diff(path, path, version=version).equal
    relaid = _relayout(tree_of(path))
    assert lheo.diff(path, relaid, version=version).equal


# ---------------------------------------------------------------------------------------
# Command line


def test_cli_exit_codes_and_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(CATALOGUE), str(CATALOGUE)])
    assert same.exit_code == 0 and "summary: equal" in same.output
    tree, ns = _catalogue()
    tree.getroot()[0][0].set("datemaj", "20991231")
    new = tmp_path / "new.xml"
    new.write_bytes(xml(tree))
    text = runner.invoke(main, ["diff", str(CATALOGUE), str(new)])
    assert text.exit_code == 1
    assert "'20250611' → '20991231'" in text.output and "summary: formation +0 -0 ~1" in text.output
    js = runner.invoke(main, ["diff", str(CATALOGUE), str(new), "--format", "json"])
    assert js.exit_code == 1
    assert json.loads(js.output)["summary"]["formation"]["changed"] == 1
    wrong = runner.invoke(main, ["diff", str(ONISEP), str(CATALOGUE)])
    assert wrong.exit_code == 2 and "migrate the 2.2 flow first" in wrong.output
    missing = runner.invoke(main, ["diff", str(tmp_path / "absent.xml"), str(CATALOGUE)])
    assert missing.exit_code == 2 and "absent.xml" in missing.output
    stdin = runner.invoke(main, ["diff", "-", str(CATALOGUE)], input=CATALOGUE.read_bytes())
    assert stdin.exit_code == 0
    twice = runner.invoke(main, ["diff", "-", "-"])
    assert twice.exit_code == 2


# ---------------------------------------------------------------------------------------
# More keys: 1.3.0 action-formation, sessions without numero, duplicates inside an item


def test_130_action_formation_is_matched_as_the_only_one() -> None:
    text = OFFRE_130.read_text(encoding="utf-8")
    text = text.replace("<offre-formation>", '<offre-formation numero="OF1">', 1)
    title = "Titre professionnel soudeur(se) TIG électrode enrobée"
    changed = text.replace(f"<intitule-action>{title}<", "<intitule-action>Soudeur TIG<", 1)
    (change,) = lheo.diff(text, changed)
    assert keys(change) == [("numero", "OF1"), ("single", "action-formation")]
    assert (change.level, change.path, change.old, change.new) == (
        "action",
        "/lheo/offres/offre-formation[1]/action-formation/intitule-action",
        title,
        "Soudeur TIG",
    )


def test_sessions_without_numero() -> None:
    tree, ns = _catalogue()
    action = tree.getroot().find(f".//{{{ns}}}action[@numero='GE-2025-001873-STR']")
    assert action is not None
    sessions = action.findall(f"{{{ns}}}session")
    assert len(sessions) >= 2
    for session in sessions:
        del session.attrib["numero"]
    old = xml(tree)
    action.append(sessions[0])  # moved: no change
    assert lheo.diff(old, xml(tree)).equal
    action.remove(sessions[0])  # removed: known by its content
    (change,) = lheo.diff(old, xml(tree))
    assert (change.kind, change.what, change.level) == ("removed", "item", "session")
    assert change.key is not None and change.key.by == "hash"
    assert change.old_path == "/lheo/offres/formation[3]/action[1]/session[1]"


def test_duplicate_sessions_in_a_changed_action() -> None:
    tree, ns = _catalogue()
    action = tree.getroot().find(f".//{{{ns}}}action[@numero='3519_229871']")
    assert action is not None
    first = action.find(f"{{{ns}}}session")
    assert first is not None
    twin = copy.deepcopy(first)
    action.append(twin)
    old = xml(tree)
    debut = twin.find(f"{{{ns}}}periode/{{{ns}}}debut")
    assert debut is not None
    before, debut.text = debut.text, "20991231"
    d = lheo.diff(old, xml(tree))
    (change,) = d
    assert change.key == _diff.Key("numero", str(first.get("numero")), 2)
    assert (change.old, change.new) == (before, "20991231")
    last = len(action.findall(f"{{{ns}}}session"))
    twin_path = f"/lheo/offres/formation[2]/action[1]/session[{last}]"
    assert change.path == twin_path + "/periode/debut"
    assert [(x.side, x.level, x.paths[-1]) for x in d.duplicates] == [
        ("old", "session", twin_path),
        ("new", "session", twin_path),
    ]


# ---------------------------------------------------------------------------------------
# Big texts (a restart with huge_tree) and memory


def test_a_restart_for_a_huge_text_hands_no_item_twice() -> None:
    # libxml2 refuses texts over 10 MB without huge_tree: the engine reads the flow again
    # with it, and what was handed over before must not be handed again (a duplicate).
    tree, ns = _catalogue()
    big = tree.getroot()[0][2].find(f"{{{ns}}}contenu-formation")
    assert big is not None
    big.text = "x" * (11 * 1024 * 1024)
    old = xml(tree)
    tree.getroot()[0][3].set("datemaj", "20991231")
    d = lheo.diff(old, xml(tree))
    assert [(c.path, c.new) for c in d] == [("/lheo/offres/formation[4]/@datemaj", "20991231")]
    assert not d.duplicates


def _peak_rss_kb(old: Path, new: Path) -> int:
    code = (
        "import resource, sys\n"
        "import lheo\n"
        "assert lheo.diff(sys.argv[1], sys.argv[2]).equal\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(old), str(new)], capture_output=True, text=True, check=True
    )
    return int(proc.stdout.strip())


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss in KiB on Linux")
def test_large_flows_in_bounded_memory(tmp_path: Path) -> None:
    """Two 30 MB flows are compared with memory far below their size."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_flow import make_flow

    small, big = tmp_path / "small.xml", tmp_path / "big.xml"
    make_flow("2.3", 100 * 1024, small)
    make_flow("2.3", 30 * 1024 * 1024, big)
    growth_kb = _peak_rss_kb(big, big) - _peak_rss_kb(small, small)
    assert growth_kb * 1024 < big.stat().st_size / 4, f"{growth_kb} KiB more for {big}"
