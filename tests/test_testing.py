"""lheo.testing: factories, assertions and the pytest plugin.

Validity is checked twice: with lheo.validate and with a separate lxml validation against the
project's XSD (and the official one when ../shared/lheo is there).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from lxml import etree

import lheo
from lheo import onisep
from lheo.testing import (
    assert_same_offers,
    assert_valid,
    assert_xml_equal,
    make_action,
    make_flow,
    make_formation,
    make_organisme,
    make_session,
)
from tests.conftest import ROOT, SCHEMAS, SHARED, shared_path

pytest_plugins = ["pytester"]

VERSIONS = ["1.3.0", "2.2", "2.3"]


def xsd_verdict(data: bytes, version: str, official: bool = False) -> tuple[bool, str]:
    """lxml's own verdict with the project's (or the official) XSD: independent of lheo."""
    path = (SHARED if official else SCHEMAS) / version / ("lheo.xsd")
    schema = etree.XMLSchema(etree.parse(str(path)))
    ok = schema.validate(etree.fromstring(data))
    return bool(ok), str(schema.error_log)


# ---------------------------------------------------------------------------------------
# Factories


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("n", [1, 3])
def test_make_flow_is_valid(version: str, n: int) -> None:
    doc = make_flow(n, version)
    assert isinstance(doc, lheo.Document)
    assert (doc.version, doc.kind) == (version, "lheo")
    data = lheo.write(doc)
    assert lheo.validate(data).ok
    ok, log = xsd_verdict(data, version)
    assert ok, log
    tree = etree.fromstring(data)
    items = tree.findall(f"{{{doc.namespace}}}offres/{{{doc.namespace}}}{doc.version.item}")
    assert [item.get("numero") for item in items] == [f"F{i}" for i in range(1, n + 1)]


@pytest.mark.parametrize("version", ["2.2", "2.3"])
def test_make_flow_valid_against_official_xsd(version: str) -> None:
    shared_path()  # skips, with the suite's reason, without ../shared/lheo
    for onisep_flavour in (False, True):
        ok, log = xsd_verdict(lheo.write(make_flow(2, version, onisep=onisep_flavour)), version,
                              official=True)  # fmt: skip
        assert ok, log


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(
    ("factory", "element"),
    [
        (make_formation, "formations"),
        (make_action, "actions"),
        (make_session, "sessions"),
        (make_organisme, "organismes"),
    ],
)
def test_parts_are_valid_alone(version: str, factory, element: str) -> None:
    obj = factory(version)
    local = lheo.Version(version).counted[element]
    assert type(obj) is lheo.Version(version).element_class(local)
    assert_valid(obj)
    data = lheo.write(obj)
    assert etree.QName(etree.fromstring(data)).localname == local
    ok, log = xsd_verdict(data, version)
    assert ok, log


def test_minimal_values_are_readable() -> None:
    formation = make_formation()
    assert formation.intitule_formation.value == "Formation de test"
    session = formation.action[0].session[0]
    assert (session.periode.debut.value, session.periode.fin.value) == ("20250901", "20260630")
    siret = formation.organisme_formation_responsable.siret_organisme_formation.siret.value
    from lheo.migration import is_valid_siret

    assert is_valid_siret(siret)


def test_overrides_with_binding_values() -> None:
    from lheo.v2_3 import Action, IntituleFormation, Session

    title = IntituleFormation(value="CAP cuisine")
    sessions = [make_session(), make_session()]
    formation = make_formation(intitule_formation=title, action=[make_action(session=sessions)])
    assert formation.intitule_formation is title
    assert isinstance(formation.action[0], Action)
    assert len(formation.action[0].session) == 2 and isinstance(sessions[0], Session)
    doc = make_flow(2, intitule_formation=title)
    assert [f.intitule_formation.value for f in doc.root.offres.formation] == ["CAP cuisine"] * 2
    assert_valid(doc)
    # The 2.2 bindings are other classes: the version argument picks them.
    from lheo.v2_2 import IntituleFormation as Title22

    old = make_formation("2.2", intitule_formation=Title22(value="BTS"))
    assert lheo.Version.of_binding(old) == "2.2"
    assert_valid(old)


def test_unknown_override_names_the_fields() -> None:
    with pytest.raises(TypeError, match=r"Formation \(formation\) has no field 'intitule'.*"
                       r"intitule_formation"):  # fmt: skip
        make_formation(intitule="x")
    # Every version's offres requires a formation (checked by lxml here, not by lheo).
    for version in VERSIONS:
        empty = make_flow(1, version)
        setattr(empty.root.offres, empty.version.item.replace("-", "_"), [])
        assert not xsd_verdict(lheo.write(empty), version)[0]
        with pytest.raises(
            ValueError, match=f"an LHÉO {version} offres holds at least 1 .*, not 0"
        ):
            make_flow(0, version)


def _constructors_convert() -> bool:
    """Whether the bindings convert plain values at construction (issue 10, helper K)."""
    from lheo.v2_3 import IntituleFormation

    try:
        return isinstance(make_formation(intitule_formation="x").intitule_formation,
                          IntituleFormation)  # fmt: skip
    except Exception:
        return False


@pytest.mark.skipif(
    not _constructors_convert(), reason="constructors do not convert plain values yet"
)
def test_overrides_with_plain_values() -> None:
    # Runs once the bindings convert plain values (str, "14", date, one child for a list).
    import datetime as dt

    from lheo.v2_3 import Periode

    formation = make_formation(intitule_formation="CAP cuisine", code_niveau_entree="14")
    assert formation.intitule_formation.value == "CAP cuisine"
    assert formation.code_niveau_entree.value.value == "14"
    periode = Periode(debut=dt.date(2026, 1, 5), fin=dt.date(2026, 6, 30))
    action = make_action(session=make_session(periode=periode))  # one where a list is expected
    assert len(action.session) == 1
    assert action.session[0].periode.debut.value == "20260105"
    doc = make_flow(1, intitule_formation="Titre", action=[action])
    assert_valid(doc)
    assert b"<debut>20260105</debut>" in lheo.write(doc)


@pytest.mark.parametrize("version", ["2.2", "2.3"])
def test_onisep_flavour(version: str) -> None:
    doc = make_flow(2, version, onisep=True)
    assert_valid(doc)
    assert onisep.has_onisep_extras(doc.root)
    offres = doc.root.offres
    formation = offres.formation[1]
    view = onisep.formation_onisep(formation, offres=offres)
    assert view is not None
    assert (view.for_id, view.uri) == ("FOR.F2", "content://onisep/formation/F2")
    # A datetime in 2.3 (xs:dateTime), a date in 2.2 (AAAAMMJJ).
    assert str(view.exported)[:10] == "2025-06-30"
    action = onisep.action_onisep(formation.action[0])
    assert action is not None and action.act_id == "F2_1"
    places = formation.action[0].lieu_de_formation
    lieu = places[0] if isinstance(places, list) else places
    etab = onisep.etab(lieu)
    assert etab is not None and (etab.eta_id, etab.statut) == ("1", "public")
    org = onisep.organisme_onisep(formation.organisme_formation_responsable)
    assert org is not None and org.org_id == "ORG.F2"
    data = lheo.write(doc)
    if version == "2.3":  # the 2.3 style: attributes, the export date on offres
        assert b'<offres horodatage-export="2025-06-30T06:00:00">' in data
        assert b'info="DATE CREATION' not in data
    else:  # the 2.2 style: child extras, dates AAAAMMJJ
        assert b'<extra info="DATE EXPORT ONISEP">20250630</extra>' in data
        assert b"horodatage-" not in data


def test_onisep_flavour_migrates() -> None:
    data = lheo.write(make_flow(2, "2.2", onisep=True))
    result = lheo.migrate(data)
    assert result.validation.ok
    assert b"horodatage-export" in lheo.write(result.document)


def test_no_onisep_in_1_3_0() -> None:
    with pytest.raises(ValueError, match="Onisep flows are LHÉO 2.2 or 2.3"):
        make_formation("1.3.0", onisep=True)


# ---------------------------------------------------------------------------------------
# assert_valid


def test_assert_valid_accepts_every_form(tmp_path: Path) -> None:
    doc = make_flow(1)
    data = lheo.write(doc)
    path = tmp_path / "flow.xml"
    path.write_bytes(data)
    for form in (doc, doc.root, data, data.decode(), path, str(path)):
        assert_valid(form)


def test_assert_valid_fails_with_the_report(tmp_path: Path) -> None:
    data = lheo.write(make_flow(1)).replace(b"<certifiante>0<", b"<certifiante>7<")
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    with pytest.raises(AssertionError) as info:
        assert_valid(path)
    message = str(info.value)
    assert message.startswith("not a valid LHÉO document:\n")
    # The xmllint-style line: file, line number, element, libxml2's message, path.
    line = 1 + data[: data.index(b"<certifiante>")].count(b"\n")
    assert f"{path}:{line}: element certifiante: Schemas validity error" in message
    assert "The value '7' is not an element of the set {'0', '1'}" in message
    assert "(at /lheo/offres/formation[1]/certifiante)" in message
    assert message.endswith(f"{path} fails to validate")


def test_assert_valid_fails_on_an_invalid_object() -> None:
    formation = make_formation()
    formation.action = []  # minOccurs 1
    with pytest.raises(
        AssertionError,
        match=r"element organisme-formation-responsable: .*Expected is one of .*action \)",
    ):
        assert_valid(formation)


def test_assert_valid_fails_on_non_lheo() -> None:
    with pytest.raises(AssertionError, match="not a valid LHÉO document"):
        assert_valid(b"<html/>")
    with pytest.raises(AssertionError, match="not a valid LHÉO document"):
        assert_valid(b"<lheo")


# ---------------------------------------------------------------------------------------
# assert_xml_equal

SAME_A = b"""<?xml version="1.0"?>
<lheo xmlns="http://lheo.gouv.fr/2.3"><!-- c --><offres><formation numero="1" tag="t">
<intitule-formation>A &amp; B</intitule-formation></formation></offres></lheo>"""
SAME_B = b"""<l:lheo xmlns:l="http://lheo.gouv.fr/2.3">
  <!-- c -->
  <l:offres>
    <l:formation tag="t" numero="1">
      <l:intitule-formation><![CDATA[A & B]]></l:intitule-formation>
    </l:formation>
  </l:offres>
</l:lheo>"""


def test_assert_xml_equal_ignores_layout_and_attribute_order(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(SAME_A)
    # SAME_B differs only by layout, attribute order, a CDATA section, and prefixes.
    unprefixed = SAME_B.replace(b"l:", b"").replace(b"xmlns:l=", b"xmlns=")
    assert_xml_equal(path, unprefixed)
    assert_xml_equal(SAME_A.decode(), unprefixed)
    doc = make_flow(2)
    assert_xml_equal(doc, lheo.write(doc, pretty=False))
    assert_xml_equal(lheo.write(doc, pretty=True), doc.root)


@pytest.mark.parametrize(
    ("old", "new", "where", "left", "right"),
    [
        (b"A &amp; B", b"A &amp; C", "/lheo/offres/formation[1]/intitule-formation: text differs",
         "'A & C'", "'A & B'"),
        (b'tag="t"', b'tag="u"', "/lheo/offres/formation[1]/@tag: attribute differs", "'u'", "'t'"),
        (b"<!-- c -->", b"<!-- d -->", "/lheo/comment(): text differs", "' d '", "' c '"),
        (b"<!-- c -->", b"<?pi x?>", "/lheo/processing-instruction(): different nodes",
         "<?pi x?>", "<!-- c -->"),
        (b"</formation>", b"</formation><formation/>", "/lheo/offres/formation[2]: only on the left",
         '<formation xmlns="http://lheo.gouv.fr/2.3"></formation>', "(nothing)"),
    ],
)  # fmt: skip
def test_assert_xml_equal_names_the_first_difference(
    old: bytes, new: bytes, where: str, left: str, right: str
) -> None:
    changed = SAME_A.replace(old, new, 1)
    assert changed != SAME_A
    with pytest.raises(AssertionError) as info:
        assert_xml_equal(changed, SAME_A)
    assert str(info.value) == (
        f"XML differs at {where}\n  left  (<bytes>): {left}\n  right (<bytes>): {right}"
    )


def test_assert_xml_equal_keeps_significant_white_space() -> None:
    with pytest.raises(AssertionError, match="text differs"):
        assert_xml_equal(SAME_A.replace(b"A &amp; B", b" A &amp; B"), SAME_A)


def test_assert_xml_equal_prefixes_count() -> None:
    # C14N keeps prefixes: a prefixed document is not canonically the same.
    with pytest.raises(AssertionError, match="canonical forms differ"):
        assert_xml_equal(SAME_A, SAME_B)


# ---------------------------------------------------------------------------------------
# assert_same_offers


def test_assert_same_offers_ignores_formatting() -> None:
    doc = make_flow(2)
    compact = lheo.write(doc, pretty=False)
    assert b"\n  " not in compact
    assert_same_offers(compact, lheo.write(doc, pretty=True))
    # Attribute order and comments: not content.
    with_comment = compact.replace(b"<offres>", b"<!-- hello --><offres>", 1)
    assert_same_offers(with_comment, doc)
    assert_same_offers(SAME_A, SAME_B)


def test_assert_same_offers_names_the_field() -> None:
    doc = make_flow(2)
    other = make_flow(2)
    other.root.offres.formation[1].action[0].session[0].periode.fin.value = "20270101"
    with pytest.raises(AssertionError) as info:
        assert_same_offers(other, lheo.write(doc))
    assert str(info.value) == (
        "offers differ at root.offres.formation[2].action[1].session[1].periode.fin.value:\n"
        "  left  (<lheo.testing.make_flow>): '20270101'\n"
        "  right (<bytes>): '20260630'"
    )


def test_assert_same_offers_counts_and_versions() -> None:
    with pytest.raises(AssertionError, match=r"root.offres.formation \(count\).*\n.*: 2\n.*: 1"):
        assert_same_offers(make_flow(2), make_flow(1))
    with pytest.raises(AssertionError, match="LHÉO 2.3 lheo .left. vs LHÉO 2.2 lheo .right."):
        assert_same_offers(make_flow(1), make_flow(1, "2.2"))


# ---------------------------------------------------------------------------------------
# The pytest plugin

CONSUMER = textwrap.dedent(
    """
    import lheo


    def test_fixtures(lheo_flow, lheo_tmp_flow, lheo_assert_valid, lheo_assert_xml_equal,
                      lheo_assert_same_offers):
        doc = lheo_flow(2, version="2.2")
        assert len(doc.root.offres.formation) == 2
        path = lheo_tmp_flow(3, name="in.xml")
        assert path.name == "in.xml" and path.is_file()
        lheo_assert_valid(path)
        lheo_assert_same_offers(path, lheo.write(lheo.read(path), pretty=False))
        lheo_assert_xml_equal(path, lheo.write(lheo.read(path), pretty=False))


    def test_failure_message(lheo_tmp_flow, lheo_assert_valid):
        path = lheo_tmp_flow()
        path.write_bytes(path.read_bytes().replace(b"<certifiante>0", b"<certifiante>9"))
        lheo_assert_valid(path)
    """
)


def test_plugin_in_a_consumer_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_consumer=CONSUMER)
    result = pytester.runpytest_subprocess("-p", "lheo.testing.plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*AssertionError: not a valid LHÉO document:",
            "*flow-2.3-1.xml:*: element certifiante: Schemas validity error*'9'*",
        ]
    )


def test_plugin_imports_cheaply_and_without_hypothesis(tmp_path: Path) -> None:
    # A fresh interpreter where hypothesis cannot be imported: the plugin, the fixtures'
    # module and the factories import, and nothing heavy is loaded by the plugin itself.
    script = textwrap.dedent(
        """
        import sys
        sys.modules["hypothesis"] = None  # import hypothesis -> ImportError
        import lheo.testing.plugin
        heavy = [m for m in ("lheo_bindings.v2_3", "lxml.etree", "xsdata") if m in sys.modules]
        assert heavy == [], heavy
        from lheo.testing import make_flow, assert_valid
        assert_valid(make_flow(1))
        try:
            import lheo.testing.strategies
        except ImportError as exc:
            print("strategies:", exc)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert (
        "strategies: lheo.testing.strategies needs Hypothesis: pip install 'lheo[testing]'" in out
    )


def test_installed_entry_point() -> None:
    try:
        dist = importlib.metadata.distribution("lheo")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("lheo is not installed")
    points = [ep for ep in dist.entry_points if ep.group == "pytest11"]
    if not points:
        pytest.skip("the installed lheo predates the pytest11 entry point (pip install -e .)")
    assert [(ep.name, ep.value) for ep in points] == [("lheo.testing.plugin",) * 2]


def test_pyproject_declares_plugin_and_extra() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"lheo.testing.plugin": "lheo.testing.plugin"}
    extras = project["optional-dependencies"]
    assert any(dep.startswith("hypothesis") for dep in extras["testing"])
    assert any(dep.startswith("hypothesis") for dep in extras["test"])


def test_testing_is_not_loaded_by_import_lheo() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys, lheo; print('lheo.testing' in sys.modules)"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    assert out.strip() == "False"


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling missing")
def test_entry_point_of_the_built_wheel(tmp_path: Path) -> None:
    # The editable install of the venv may predate the entry point: build this tree's wheel,
    # install it aside, and let pytest find the plugin by its entry point alone (no -p).
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)]
    subprocess.run(build, capture_output=True, check=True)
    wheel = next(wheels.glob("lheo-*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True)
    points = (next(site.glob("lheo-*.dist-info")) / "entry_points.txt").read_text()
    assert "[pytest11]\nlheo.testing.plugin = lheo.testing.plugin" in points
    metadata = (next(site.glob("lheo-*.dist-info")) / "METADATA").read_text()
    assert "Provides-Extra: testing" in metadata
    assert "Requires-Dist: hypothesis>=6.100; extra == 'testing'" in metadata
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    (consumer / "test_it.py").write_text(
        "def test_it(lheo_tmp_flow, lheo_assert_valid):\n"
        "    import lheo\n"
        f"    assert lheo.__file__.startswith({str(site)!r})\n"
        "    lheo_assert_valid(lheo_tmp_flow(2))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
        return subprocess.run(command, cwd=consumer, env=env, capture_output=True, text=True)

    proc = run("test_it.py")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 passed" in proc.stdout
    # Named after its module: asking for it again (-p, or a conftest's pytest_plugins)
    # finds it registered, where another name would make pluggy refuse a second copy.
    assert run("-p", "lheo.testing.plugin", "test_it.py").returncode == 0
    (consumer / "conftest.py").write_text('pytest_plugins = ["lheo.testing.plugin"]\n')
    assert run("test_it.py").returncode == 0
    (consumer / "conftest.py").unlink()
    blocked = run("-p", "no:lheo.testing.plugin", "test_it.py")
    assert blocked.returncode == 1 and "fixture 'lheo_tmp_flow' not found" in blocked.stdout
