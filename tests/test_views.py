"""Typed views (lheo.parse, lheo.Tree, lheo.views): values, setters, schema order, writing."""

from __future__ import annotations

import datetime as dt
import threading
import warnings
from pathlib import Path

import pytest
from conftest import needs_shared, shared_path
from lxml import etree

import lheo
from lheo import tables
from lheo.views import ElementView, ValueList, ViewList, v2_3

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "examples" / "data" / "catalogue-2.3.xml"
NS = "http://lheo.gouv.fr/2.3"
XS = "{http://www.w3.org/2001/XMLSchema}"

SNIPPET = f"""<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="{NS}">
  <!-- a comment the views keep -->
  <offres>
    <formation numero="F1" tag="t" horodatage-creation="2024-01-31T10:00:00Z">
      <domaine-formation><code-FORMACODE>12345</code-FORMACODE><code-FORMACODE>54321</code-FORMACODE></domaine-formation>
      <intitule-formation>Soudure</intitule-formation>
      <certifiante>1</certifiante>
      <code-niveau-entree>6</code-niveau-entree>
      <action numero="A1">
        <session numero="S1"><periode><debut>20240131</debut><fin>00000000</fin></periode></session>
        <session numero="S2"><periode><debut>20221345</debut><fin>20240200</fin></periode></session>
        <session numero="S3"><periode><debut>20250101</debut><fin>20250630</fin></periode></session>
        <nombre-heures-total>120</nombre-heures-total>
      </action>
      <action numero="A2"/>
    </formation>
  </offres>
</lheo>
"""


def snippet() -> lheo.Tree:
    return lheo.parse(SNIPPET)


def schema_order(name: str) -> list[str]:
    """The children of a 2.3 element in our XSD's order, read here with plain lxml."""
    xsd = etree.parse(str(ROOT / "lheo" / "schemas" / "2.3" / "lheo.xsd")).getroot()
    element = xsd.find(f"{XS}element[@name='{name}']")
    assert element is not None
    return [
        str(ref.get("ref")).split(":")[1] for ref in element.iter(f"{XS}element") if ref.get("ref")
    ]


def local_names(el: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in el if isinstance(child.tag, str)]


# -- parse and Tree ----------------------------------------------------------------------


def test_parse_gives_version_kind_and_typed_root() -> None:
    """The root is the view class of its element and version."""
    tree = lheo.parse(CATALOGUE)
    assert (tree.version, tree.kind) == (lheo.Version.V2_3, "lheo")
    assert type(tree.root) is v2_3.LheoView
    formation = tree.root.offres.formation[0]
    assert type(formation) is v2_3.FormationView
    assert isinstance(tree.root.offres.formation, ViewList)
    assert tree.root_as(v2_3.LheoView) is tree.root
    with pytest.raises(TypeError, match="FormationView"):
        tree.root_as(v2_3.FormationView)


def test_every_version_parses_to_its_own_classes() -> None:
    """1.3.0, 2.2 and 2.3 documents get the classes of their version."""
    for path, module in (
        ("offre-1.3.0.xml", "lheo.views.v1_3_0"),
        ("onisep-2.2.xml", "lheo.views.v2_2"),
        ("index-2.3.xml", "lheo.views.v2_3"),
    ):
        tree = lheo.parse(ROOT / "examples" / "data" / path)
        assert type(tree.root).__module__ == module
        assert all(
            isinstance(el, ElementView) for el in tree.root.iter(f"{{{tree.version.namespace}}}*")
        )


@needs_shared
def test_a_document_without_namespace_gets_its_classes() -> None:
    """The 1.3.0 example without namespace, read with version=, is typed throughout."""
    path = shared_path("1.3.0", "examples", "exemple-leger.xml")
    if b"xmlns=" in path.read_bytes()[:500]:
        pytest.skip("the example now declares its namespace")
    tree = lheo.parse(path, version="1.3.0")
    assert tree.kind == "lheo-leger"
    assert type(tree.root).__name__ == "LheoLegerView"
    assert all(isinstance(el, ElementView) for el in tree.root.iter("{http://www.lheo.org/1.3.0}*"))


def test_errors_are_typed_like_read() -> None:
    """The same errors as lheo.read for bad input."""
    with pytest.raises(lheo.ParseError, match="line 1"):
        lheo.parse(b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres>")
    with pytest.raises(lheo.NotLheoError):
        lheo.parse(b"<html xmlns='http://www.w3.org/1999/xhtml'/>")
    with pytest.raises(lheo.UnsupportedVersionError):
        lheo.parse(b"<lheo><offres/></lheo>")
    with pytest.raises(lheo.UnsafeXmlError):
        lheo.parse(
            b'<!DOCTYPE lheo [<!ENTITY a "b">]><lheo xmlns="http://lheo.gouv.fr/2.3">&a;</lheo>'
        )
    with pytest.raises(lheo.ParseError, match="nbsp"):
        lheo.parse(b'<lheo xmlns="http://lheo.gouv.fr/2.3">&nbsp;</lheo>')


def test_lxml_global_default_is_untouched() -> None:
    """Only lheo's own parsers give view classes; lxml's default parser never does."""
    lheo.parse(SNIPPET)
    plain = etree.fromstring(SNIPPET.encode())
    assert type(plain) is etree._Element
    assert not isinstance(plain.find(f"{{{NS}}}offres"), ElementView)


def test_views_work_in_threads() -> None:
    """Parsing in several threads at once gives each its typed tree."""
    titles: list[str] = []

    def work() -> None:
        for _ in range(5):
            titles.append(lheo.parse(CATALOGUE).root.offres.formation[0].intitule_formation)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert titles == ["Seconde générale et technologique"] * 20


# -- values ------------------------------------------------------------------------------


def test_values_read_plainly() -> None:
    """Text, codes with labels, dates, datetimes, ints and attributes, hand-checked."""
    f = snippet().root.offres.formation[0]
    assert f.intitule_formation == "Soudure" and type(f.intitule_formation) is str
    assert f.code_niveau_entree == "6"
    assert isinstance(f.code_niveau_entree, lheo.Code)
    assert f.code_niveau_entree.label == tables.v2_3.niveaux["6"]
    assert f.certifiante.label == "oui"
    assert f.code_niveau_sortie is None  # absent
    assert f.domaine_formation.code_formacode == ["12345", "54321"]
    assert isinstance(f.domaine_formation.code_formacode, ValueList)
    assert f.numero == "F1" and f.tag_ == "t" and f.datemaj is None
    assert f.horodatage_creation == dt.datetime(2024, 1, 31, 10, tzinfo=dt.timezone.utc)
    action = f.action[0]
    assert action.nombre_heures_total == 120 and type(action.nombre_heures_total) is int
    s1, s2, _s3 = action.session
    assert s1.periode.debut == dt.date(2024, 1, 31)
    assert s1.periode.fin is None and s1.periode.raw("fin") == "00000000"
    assert s2.periode.debut is None and s2.periode.raw("debut") == "20221345"
    assert s2.periode.fin is None and s2.periode.raw("fin") == "20240200"
    assert [s.numero for s in action.session] == ["S1", "S2", "S3"]
    leaf = f.child("intitule-formation")
    assert isinstance(leaf, v2_3.IntituleFormationView) and leaf.value == "Soudure"
    assert f.raw("numero") == "F1" and f.raw("code_niveau_entree") == "6"


def test_values_equal_an_lxml_reading_of_the_catalogue() -> None:
    """Every title and session date of a real flow, against plain lxml + XPath."""
    tree = lheo.parse(CATALOGUE)
    plain = etree.parse(str(CATALOGUE))
    ns = {"l": NS}
    titles = plain.xpath("//l:formation/l:intitule-formation/text()", namespaces=ns)
    starts = plain.xpath("//l:formation/l:action/l:session/l:periode/l:debut/text()", namespaces=ns)
    formations = tree.root.offres.formation
    assert [f.intitule_formation for f in formations] == titles
    got = [s.periode.raw("debut") for f in formations for a in f.action for s in a.session]
    assert got == starts
    dates = [s.periode.debut for f in formations for a in f.action for s in a.session]
    assert dates == [dt.datetime.strptime(t, "%Y%m%d").date() for t in starts]


# -- setters -------------------------------------------------------------------------------


def test_setters_write_the_lexical_form_in_place() -> None:
    """Codes (str or int), dates, datetimes and texts are written as LHÉO writes them."""
    tree = snippet()
    f = tree.root.offres.formation[0]
    f.code_niveau_entree = 14
    f.intitule_formation = "Soudure à l'arc"
    f.horodatage_creation = dt.datetime(
        2025, 3, 1, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    f.action[0].session[0].periode.debut = dt.date(2025, 2, 3)
    f.action[0].session[0].periode.fin = "20250300"
    f.numero = None
    xml = tree.write()
    assert xml is not None
    again = etree.fromstring(xml)
    ns = {"l": NS}
    assert again.xpath("string(//l:code-niveau-entree)", namespaces=ns) == "14"
    assert again.xpath("string(//l:intitule-formation)", namespaces=ns) == "Soudure à l'arc"
    assert (
        again.xpath("string(//l:formation/@horodatage-creation)", namespaces=ns)
        == "2025-03-01T08:30:00+01:00"
    )
    assert again.xpath("string(//l:session[1]//l:debut)", namespaces=ns) == "20250203"
    assert again.xpath("string(//l:session[1]//l:fin)", namespaces=ns) == "20250300"
    assert again.xpath("//l:formation/@numero", namespaces=ns) == []
    assert b"<!-- a comment the views keep -->" in xml


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("code_niveau_entree", "99", "a code of dict-niveaux: 0, 1,"),
        ("code_niveau_entree", True, "a code of dict-niveaux"),
        ("certifiante", 2, "a code of dict-boolean: 0, 1"),
        ("intitule_formation", "x" * 256, "a text of 1 to 255 characters"),
        ("intitule_formation", "", "a text of 1 to 255 characters"),
        ("horodatage_creation", "hier", "a datetime"),
    ],
)
def test_setters_refuse_what_the_schema_refuses(field: str, value: object, allowed: str) -> None:
    """InvalidValueError names the path, the value and what is allowed; nothing changes."""
    tree = snippet()
    before = tree.write()
    f = tree.root.offres.formation[0]
    with pytest.raises(lheo.InvalidValueError) as caught:
        setattr(f, field, value)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.path.startswith("/lheo/offres/formation[1]/")
    assert error.value == value
    assert allowed in error.allowed
    assert tree.write() == before


@pytest.mark.parametrize("text", ["20221345", "20230229", "2024013", "2024-01-31", "20241300"])
def test_impossible_dates_are_refused(text: str) -> None:
    """A date must exist (a month or a year with 00, or the unknown forms, are allowed)."""
    periode = snippet().root.offres.formation[0].action[0].session[0].periode
    with pytest.raises(lheo.InvalidValueError, match="session\\[1\\]/periode/debut"):
        periode.debut = text
    for ok in ("20240229", "20240200", "20240000", "00000000", "99999999"):
        periode.debut = ok
        assert periode.raw("debut") == ok


def test_a_new_single_child_goes_to_its_schema_position() -> None:
    """Setting an absent leaf creates it where the schema puts it."""
    tree = snippet()
    f = tree.root.offres.formation[0]
    f.code_niveau_sortie = "6"
    f.objectif_formation = "Souder"
    order = schema_order("formation")
    names = local_names(f)
    assert names == sorted(names, key=order.index)
    assert names.index("code-niveau-sortie") < names.index("action")
    assert names.index("objectif-formation") == names.index("intitule-formation") + 1


def test_removing_an_optional_leaf_and_not_a_required_one() -> None:
    """None removes an optional element; a required one cannot go."""
    f = snippet().root.offres.formation[0]
    f.code_niveau_sortie = "6"
    f.code_niveau_sortie = None
    assert f.find(f"{{{NS}}}code-niveau-sortie") is None
    with pytest.raises(lheo.InvalidValueError, match="at least 1 <code-niveau-entree>"):
        f.code_niveau_entree = None
    assert f.code_niveau_entree == "6"


# -- lists -----------------------------------------------------------------------------------


def test_append_new_and_delete_sessions() -> None:
    """append_new adds an empty session after the last one; del removes one."""
    tree = snippet()
    action = tree.root.offres.formation[0].action[0]
    new = action.session.append_new()
    assert isinstance(new, v2_3.SessionView)
    new.numero = "S4"
    new.periode = new.make("periode")
    new.periode.debut = dt.date(2026, 1, 5)
    new.periode.fin = dt.date(2026, 6, 30)
    sessions = action.session
    del sessions[1]
    assert [s.numero for s in sessions] == ["S1", "S3", "S4"]
    assert [s.numero for s in action.session] == ["S1", "S3", "S4"]
    assert local_names(action) == ["session", "session", "session", "nombre-heures-total"]
    xml = tree.write()
    assert xml is not None
    again = lheo.parse(xml).root.offres.formation[0].action[0]
    assert again.session[2].periode.debut == dt.date(2026, 1, 5)
    assert b'<session numero="S4"><periode><debut>20260105</debut>' in xml


def test_first_child_of_a_list_goes_to_its_schema_position() -> None:
    """An action with no session gets its first one before its later children."""
    action = snippet().root.offres.formation[0].action[1]
    action.nombre_heures_total = 35
    action.rythme_formation = "Temps plein"
    session = action.make("session")
    action.session.append(session)
    order = schema_order("action")
    names = local_names(action)
    assert names == sorted(names, key=order.index)
    assert set(names) == {"rythme-formation", "session", "nombre-heures-total"}


def test_lists_keep_the_schema_bounds() -> None:
    """At most 5 code-FORMACODE, at least one session: refused with the path."""
    f = snippet().root.offres.formation[0]
    codes = f.domaine_formation.code_formacode
    codes.append("11111")
    codes.extend(["22222", "33333"])
    assert f.domaine_formation.code_formacode == ["12345", "54321", "11111", "22222", "33333"]
    with pytest.raises(lheo.InvalidValueError, match="at most 5 <code-FORMACODE>"):
        codes.append("44444")
    with pytest.raises(lheo.InvalidValueError, match="a text of exactly 5 characters"):
        codes[0] = "1"
    codes[0] = "99999"
    del codes[1]
    assert f.domaine_formation.code_formacode == ["99999", "11111", "22222", "33333"]
    sessions = f.action[0].session
    del sessions[0]
    del sessions[0]
    with pytest.raises(lheo.InvalidValueError, match="at least 1 <session>"):
        del sessions[0]
    assert len(f.action[0].session) == 1


def test_a_list_refuses_another_element() -> None:
    """Only views of the list's element can go in."""
    f = snippet().root.offres.formation[0]
    with pytest.raises(lheo.InvalidValueError, match="a <session> element view"):
        f.action[0].session.append(f.make("action"))


# -- writing, validation, objects -------------------------------------------------------------------


def test_unchanged_tree_writes_the_source_back() -> None:
    """No change → the same document (canonical form, comments included)."""
    data = CATALOGUE.read_bytes()
    out = lheo.parse(CATALOGUE).write()
    assert out is not None
    assert etree.canonicalize(out.decode(), with_comments=True) == etree.canonicalize(
        data.decode(), with_comments=True
    )
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')


def test_write_to_a_path_is_atomic(tmp_path: Path) -> None:
    """A path is written whole; a failure leaves nothing behind."""
    target = tmp_path / "out.xml"
    tree = snippet()
    assert tree.write(target) is None
    assert target.read_bytes() == tree.write()
    with pytest.raises(lheo.OutputError):
        tree.write(tmp_path / "missing" / "out.xml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml"]


def test_pretty_write_indents() -> None:
    """pretty=True indents with two spaces; the content is the same."""
    tree = lheo.parse(f'<lheo xmlns="{NS}"><offres><formation numero="1"/></offres></lheo>')
    out = tree.write(pretty=True)
    assert out is not None
    assert b'\n  <offres>\n    <formation numero="1"/>\n  </offres>\n' in out
    assert tree.write() == b'<?xml version="1.0" encoding="UTF-8"?>\n' + (
        f'<lheo xmlns="{NS}"><offres><formation numero="1"/></offres></lheo>\n'.encode()
    )


def test_validate_and_to_document() -> None:
    """validate() reports on the tree as it is; to_document() gives lheo.read's objects."""
    tree = lheo.parse(CATALOGUE)
    assert tree.validate().ok
    assert tree.to_document().root == lheo.read(CATALOGUE).root
    tree.root.offres.formation[0].action[0].append(etree.Element(f"{{{NS}}}inconnu"))
    report = tree.validate()
    assert not report.ok
    assert "inconnu" in str(report)
    with pytest.raises(lheo.ValidationError):
        tree.to_document()


def test_detach_copies_the_element_with_its_class() -> None:
    """detach() gives a standalone copy of the same view class."""
    f = snippet().root.offres.formation[0]
    copy = f.detach()
    assert type(copy) is v2_3.FormationView and copy.getparent() is None
    copy.intitule_formation = "Autre"
    assert f.intitule_formation == "Soudure"
    assert copy.action[0].session[0].periode.debut == dt.date(2024, 1, 31)


# -- streaming ----------------------------------------------------------------------------------


def test_iter_formations_views_equal_parse() -> None:
    """Streamed views read what lheo.parse reads, formation by formation."""
    whole = lheo.parse(CATALOGUE).root.offres.formation
    with lheo.iter_formations(CATALOGUE, view=True) as stream:
        assert (stream.version, stream.kind) == (lheo.Version.V2_3, "lheo")
        streamed = list(stream)
    assert [type(f) for f in streamed] == [v2_3.FormationView] * len(whole)
    for one, other in zip(streamed, whole, strict=True):
        assert etree.canonicalize(etree.tostring(one, encoding="unicode")) == etree.canonicalize(
            etree.tostring(other, encoding="unicode")
        )
        assert one.intitule_formation == other.intitule_formation


def test_iter_formations_views_of_an_index() -> None:
    """An lheo-index yields resume-offre then resume-organisme views."""
    path = ROOT / "examples" / "data" / "index-2.3.xml"
    plain = etree.parse(str(path))
    expected = [
        etree.QName(el).localname
        for el in plain.getroot().iter(f"{{{NS}}}resume-offre", f"{{{NS}}}resume-organisme")
    ]
    names = [view._name for view in lheo.iter_formations(path, view=True)]
    assert names == expected and names


def test_iter_formations_views_strictness(tmp_path: Path) -> None:
    """Strict view streaming refuses an invalid formation; lenient yields it."""
    text = CATALOGUE.read_text(encoding="utf-8").replace(
        "<certifiante>0</certifiante>", "<certifiante>7</certifiante>", 1
    )
    bad = tmp_path / "bad.xml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(lheo.ValidationError, match="certifiante"):
        list(lheo.iter_formations(bad, view=True))
    views = list(lheo.iter_formations(bad, view=True, strict=False))
    assert views[0].raw("certifiante") == "7"
    assert views[0].certifiante == "7" and views[0].certifiante.label is None


def test_iter_formations_without_view_is_unchanged() -> None:
    """The default still yields the attrs objects of lheo.read."""
    objects = list(lheo.iter_formations(CATALOGUE))
    assert objects == lheo.read(CATALOGUE).root.offres.formation


def test_streaming_refuses_lheo_plus() -> None:
    """A root that is not streamed is refused with a typed error."""
    with pytest.raises(lheo.LheoError, match="lheo.parse"):
        list(lheo.iter_formations(f'<lheo-plus xmlns="{NS}"/>', view=True, strict=False))


def test_streamed_views_outlive_the_next_item() -> None:
    """A streamed view is a copy of its own: still whole after the stream moves on."""
    stream = lheo.iter_formations(CATALOGUE, view=True)
    first = next(stream)
    title = first.intitule_formation
    rest = list(stream)
    assert rest
    assert first.intitule_formation == title and len(first.action) >= 1
    assert first.getparent() is None and first.path == "/formation"


@needs_shared
def test_streamed_views_of_a_document_without_namespace() -> None:
    """The 1.3.0 example without namespace streams as views of its version."""
    path = shared_path("1.3.0", "examples", "exemple-leger.xml")
    whole = lheo.parse(path, version="1.3.0")
    streamed = list(lheo.iter_formations(path, version="1.3.0", view=True, strict=False))
    assert streamed and all(type(v).__module__ == "lheo.views.v1_3_0" for v in streamed)
    expected = [
        el
        for el in whole.root.iter(
            "{http://www.lheo.org/1.3.0}resume-offre", "{http://www.lheo.org/1.3.0}resume-organisme"
        )
    ]
    assert [etree.tostring(v, method="c14n") for v in streamed] == [
        etree.tostring(el, method="c14n") for el in expected
    ]


def test_single_complex_children_are_set_replaced_and_removed() -> None:
    """A single child view: set at its schema position, replaced in place, removed by None."""
    f = snippet().root.offres.formation[0]
    assert f.url_formation is None
    url = f.make("url-formation")
    assert isinstance(url, v2_3.UrlFormationView)
    f.url_formation = url
    names = local_names(f)
    assert names == sorted(names, key=schema_order("formation").index)
    other = f.make("url-formation")
    other.set("numero", "2")
    f.url_formation = other
    assert f.url_formation is not None and f.url_formation.numero == "2"
    assert local_names(f).count("url-formation") == 1
    del f.url_formation
    assert "url-formation" not in local_names(f)
    with pytest.raises(lheo.InvalidValueError, match="a <url-formation> element view"):
        f.url_formation = f.make("action")  # type: ignore[assignment]


def test_leaf_views_and_attributes() -> None:
    """A leaf's own value and attributes are read and written on its view."""
    f = snippet().root.offres.formation[0]
    leaf = f.child("code-niveau-entree")
    assert isinstance(leaf, v2_3.CodeNiveauEntreeView)
    assert leaf.value == "6" and leaf.value.label == tables.v2_3.niveaux["6"]
    leaf.value = "14"
    leaf.numero = "n1"
    assert f.code_niveau_entree == "14" and f.child("code-niveau-entree").get("numero") == "n1"
    with pytest.raises(lheo.InvalidValueError, match="formation\\[1\\]/code-niveau-entree"):
        leaf.value = "99"
    leaf.numero = None
    del leaf.numero
    assert leaf.get("numero") is None
    with pytest.raises(KeyError, match="no child or attribute 'nope'"):
        f.raw("nope")


def test_view_list_operations_write_through() -> None:
    """insert, pop, remove and item assignment change the tree as they change the list."""
    tree = snippet()
    action = tree.root.offres.formation[0].action[0]
    sessions = action.session
    first = action.make("session")
    first.numero = "S0"
    sessions.insert(0, first)
    popped = sessions.pop()
    assert popped.numero == "S3"
    sessions.remove(sessions[1])
    replacement = action.make("session")
    replacement.numero = "S9"
    sessions[1] = replacement
    assert [s.numero for s in sessions] == ["S0", "S9"]
    assert [s.numero for s in action.session] == ["S0", "S9"]
    assert local_names(action) == ["session", "session", "nombre-heures-total"]
    with pytest.raises(TypeError):
        sessions[0:1] = []


def test_text_that_xml_cannot_hold_is_refused() -> None:
    """A control character is an InvalidValueError naming it, never lxml's bare ValueError."""
    f = snippet().root.offres.formation[0]
    with pytest.raises(lheo.InvalidValueError, match="U\\+0000"):
        f.intitule_formation = "a\x00b"
    with pytest.raises(lheo.InvalidValueError, match="U\\+0001"):
        f.numero = "\x01"
    with pytest.raises(lheo.InvalidValueError, match="U\\+000B"):
        f.domaine_formation.code_formacode.append("12\x0b45")
    assert f.intitule_formation == "Soudure" and f.numero == "F1"


def test_insert_positions_follow_list_insert() -> None:
    """insert(-1, x) goes before the last item and insert(-100, x) first, as for a list."""
    action = snippet().root.offres.formation[0].action[0]
    sessions = action.session
    expected = [s.numero for s in sessions]
    for index, name in ((-1, "a"), (-100, "b"), (100, "c"), (1, "d")):
        new = action.make("session")
        new.numero = name
        sessions.insert(index, new)
        expected.insert(index, name)
        assert [s.numero for s in sessions] == expected
        assert [s.numero for s in action.session] == expected


def test_every_kind_of_source_parses() -> None:
    """Paths, bytes, str of XML and binary file objects, as for lheo.read."""
    data = CATALOGUE.read_bytes()
    with CATALOGUE.open("rb") as handle:
        trees = [
            lheo.parse(CATALOGUE),
            lheo.parse(str(CATALOGUE)),
            lheo.parse(data),
            lheo.parse(data.decode()),
            lheo.parse(handle),
        ]
    titles = {tree.root.offres.formation[0].intitule_formation for tree in trees}
    assert titles == {"Seconde générale et technologique"}
    assert trees[0].source == str(CATALOGUE) and trees[2].source == "<bytes>"
    with pytest.raises(lheo.UnsupportedVersionError, match="version='2.2'"):
        lheo.parse(CATALOGUE, version="2.2")
    with pytest.raises(lheo.ParseError, match="cannot read file"):
        lheo.parse(CATALOGUE.parent / "missing.xml")


def test_a_doctype_is_never_loaded(tmp_path: Path) -> None:
    """A DOCTYPE naming a local DTD is kept, never read (as lheo.read); its entities stay unknown."""
    dtd = tmp_path / "lheo.dtd"
    dtd.write_text('<!ENTITY secret "leaked">', encoding="utf-8")
    head = f'<!DOCTYPE lheo SYSTEM "{dtd.as_uri()}">'
    tree = lheo.parse(f'{head}<lheo xmlns="{NS}"><offres/></lheo>')
    assert tree.etree.docinfo.system_url == dtd.as_uri()
    out = tree.write()
    assert out is not None and b"leaked" not in out
    with pytest.raises(lheo.ParseError, match="secret"):
        lheo.parse(f'{head}<lheo xmlns="{NS}"><offres>&secret;</offres></lheo>')


def test_a_view_is_true_even_without_children() -> None:
    # lxml elements are false when childless: a present leaf view must read as present.
    tree = lheo.parse(CATALOGUE)
    formation = tree.root.offres.formation[0]
    leaf = formation.child("intitule-formation")
    assert leaf is not None and len(leaf) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert bool(leaf) is True
