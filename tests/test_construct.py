"""Constructing documents: converting constructors, plain-value readers, enum names, checks."""

from __future__ import annotations

import ast
import datetime as dt
import enum
import importlib
import inspect
from pathlib import Path
from typing import Any

import attrs
import pytest
from lheo_bindings import _convert
from lxml import etree

import lheo
from lheo import tables
from tests.conftest import ROOT, SHARED, needs_shared

EXAMPLES = ROOT / "examples" / "data"
VERSIONS = {"1.3.0": "v1_3_0", "2.2": "v2_2", "2.3": "v2_3"}


def _sources() -> list[Path]:
    found = sorted(EXAMPLES.glob("*.xml"))
    if SHARED.is_dir():
        found += sorted(SHARED.glob("*/examples/*.xml"))
    return found


def _is_wrapper(obj: object) -> bool:
    """A simple-content binding: a ``value`` and attributes only."""
    if not attrs.has(type(obj)):
        return False
    names = {f.name for f in attrs.fields(type(obj))}
    if "value" not in names:
        return False
    return all(
        f.metadata.get("type") in ("Attribute", "Ignore", None)
        for f in attrs.fields(type(obj))
        if f.name != "value"
    )


def _plain_leaf(obj: Any) -> Any:
    """A wrapper as a program would give it: its plain value, when that says the same."""
    if obj.__class__.__name__ == "XmlDateTime":
        moment = obj.to_datetime()
        # Only where the datetime's own form is the text (no leap seconds, no -00:00...).
        text = moment.isoformat().replace("+00:00", "Z")
        return moment if text == str(obj) else obj
    if not _is_wrapper(obj):
        return _rebuilt(obj)
    fields = attrs.fields(type(obj))
    if any(
        getattr(obj, f.name) is not None for f in fields if f.name not in ("value", "_lheo_layout")
    ):
        return _rebuilt(obj)
    value = obj.value
    if attrs.fields(type(obj)).value.validator is not None and not isinstance(value, enum.Enum):
        return obj  # a code a lenient read kept as text: refused from a program, rightly
    if isinstance(value, enum.Enum):
        # Codes given as the str of the table, or as an int where that is the same.
        code = value.value
        return int(code) if code.isdigit() and str(int(code)) == code else code
    if isinstance(value, str) and len(value) == 8 and value.isdigit() and hasattr(obj, "date"):
        return obj.date if obj.date is not None else value
    return value


def _rebuilt(obj: Any) -> Any:
    """``obj`` built again, every converted field given plain values (single child, not list)."""
    if isinstance(obj, list):
        return [_rebuilt(item) for item in obj]
    if not attrs.has(type(obj)):
        return obj
    kwargs = {}
    for field in attrs.fields(type(obj)):
        if not field.init:
            continue
        value = getattr(obj, field.name)
        if field.converter is None:
            kwargs[field.alias] = _rebuilt(value)
        elif isinstance(value, list):
            items = [_plain_leaf(item) for item in value]
            kwargs[field.alias] = items[0] if len(items) == 1 else items
        elif value is not None:
            kwargs[field.alias] = _plain_leaf(value)
    return type(obj)(**kwargs)


@needs_shared
@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_objects_built_from_plain_values_equal_the_read_ones_and_round_trip(path: Path) -> None:
    """Rebuilt from plain values (str, codes, dates, datetimes, single children), every
    document equals what lheo.read gives, and read(write(x)).root == x."""
    version = path.parent.parent.name if path.parent.name == "examples" else None
    doc = lheo.read(path, strict=False, version=version)
    rebuilt = _rebuilt(doc.root)
    assert rebuilt == doc.root
    again = lheo.read(lheo.write(rebuilt), strict=False)
    assert again.root == rebuilt


def test_plain_values_are_converted_at_construction() -> None:
    """str → text wrapper, "14"/14 → the code, date → AAAAMMJJ, datetime → XmlDateTime."""
    from lheo.v2_3 import (
        CodeNiveauSortie,
        Debut,
        DictBoolean,
        DictNiveaux,
        Formation,
        IntituleFormation,
        Periode,
    )

    assert CodeNiveauSortie(value="14").value is DictNiveaux("14")
    assert CodeNiveauSortie(value=14) == CodeNiveauSortie(value=DictNiveaux("14"))
    assert Debut(value=dt.date(2024, 3, 9)).value == "20240309"
    assert Periode(debut=dt.date(2024, 1, 31), fin="20240630").debut == Debut(value="20240131")
    stamp = dt.datetime(2024, 1, 31, 10, 0, tzinfo=dt.timezone.utc)
    built = Formation.__init__.__annotations__  # the converters' types, for type checkers
    assert "str" in str(built["intitule_formation"])
    moment = lheo.v2_3.Action.__attrs_attrs__.horodatage_creation.converter(stamp)
    assert str(moment) == "2024-01-31T10:00:00Z"
    assert isinstance(moment, lheo.XmlDateTime)
    from lheo.v2_3 import Certifiante

    assert Certifiante(value=True).value is DictBoolean("1")
    assert IntituleFormation(value="x") == lheo.v2_3.IntituleFormation(value="x")


def test_a_single_child_becomes_a_one_item_list() -> None:
    """A list field given one child (or a tuple) holds a list; the very list given is kept."""
    from lheo.v2_3 import CodePublicVise, ContactFormation, Coordonnees

    contact = ContactFormation(coordonnees=Coordonnees())
    sessions = [contact]
    from lheo.v2_3 import Formation

    fields = attrs.fields(Formation)
    assert fields.contact_formation.converter(contact) == [contact]
    assert fields.contact_formation.converter(sessions) is sessions
    assert fields.contact_formation.converter((contact,)) == [contact]
    codes = attrs.fields(lheo.v2_3.Action).code_public_vise.converter
    assert codes(["80004", CodePublicVise(value="80011")]) == [
        CodePublicVise(value="80004"),
        CodePublicVise(value="80011"),
    ]


@pytest.mark.parametrize("version", list(VERSIONS))
def test_unknown_codes_raise_at_once_naming_element_and_codes(version: str) -> None:
    """Every coded element refuses a code outside its table, naming itself and the codes."""
    module = importlib.import_module(f"lheo.{VERSIONS[version]}")
    checked = 0
    for name in module.__all__:
        cls = getattr(module, name)
        if not (inspect.isclass(cls) and attrs.has(cls) and hasattr(cls, "Meta")):
            continue
        if not hasattr(cls.Meta, "namespace") or not hasattr(cls, "code"):
            continue
        value_field = attrs.fields(cls).value
        if value_field.validator is None:  # open (a code or any text, 1.3.0)
            continue
        with pytest.raises(lheo.InvalidValueError) as caught:
            cls(value="99999")
        assert caught.value.path == cls.Meta.name
        table_name = caught.value.allowed.split(":")[0].removeprefix("a code of ")
        try:
            table = tables.get(version, table_name)
        except KeyError:
            continue
        assert caught.value.allowed == f"a code of {table_name}: " + ", ".join(
            sorted(table.codes, key=[m.value for m in type(cls(value=table.codes[0]).value)].index)
        )
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize("version", list(VERSIONS))
def test_code_enums_are_the_tables(version: str) -> None:
    """Each dict-* enumeration has the codes of its table: checking one checks the other."""
    module = importlib.import_module(f"lheo.{VERSIONS[version]}")
    xsd = etree.parse(str(ROOT / "lheo" / "schemas" / version / "lheo.xsd"))
    xs = {"xs": "http://www.w3.org/2001/XMLSchema"}
    enumerated = {
        node.get("name"): {e.get("value") for e in node.iterfind(".//xs:enumeration", xs)}
        for node in xsd.iterfind("xs:simpleType", xs)
    }
    matched = 0
    for name, table in tables.tables_for(version).items():
        if not enumerated.get(name):
            continue  # a table the schema does not enumerate (1.3.0's public visé)
        cls_name = "".join(part.capitalize() for part in name.split("-"))
        enum_cls = getattr(module, cls_name)
        assert {m.value for m in enum_cls} == set(table.codes) == enumerated[name], name
        matched += 1
    assert matched >= 9


def test_enum_members_have_readable_names_labels_and_old_aliases() -> None:
    """Readable names where the label gives one; VALUE_x kept; each member's label as docstring."""
    from lheo.v2_3 import DictBoolean, DictEtatRecrutement, DictNiveaux

    assert DictNiveaux.NIVEAU_4 is DictNiveaux.VALUE_14 is DictNiveaux("14")
    assert DictNiveaux.NIVEAU_V_BIS is DictNiveaux("3")
    assert DictBoolean.OUI is DictBoolean.VALUE_1
    assert DictEtatRecrutement.SUSPENDU.value == "3"
    source = (ROOT / "generated" / "lheo_bindings" / "v2_3" / "lheo.py").read_text("utf-8")
    tree = ast.parse(source)
    node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "DictNiveaux")
    docs: dict[str, str] = {}
    body = node.body
    for stmt, after in zip(body, body[1:], strict=False):
        if isinstance(stmt, ast.Assign) and isinstance(after, ast.Expr):
            docs[stmt.targets[0].id] = after.value.value  # type: ignore[attr-defined]
    niveaux = tables.get("2.3", "dict-niveaux")
    assert docs["NIVEAU_4"] == niveaux["14"]
    assert docs["INFORMATION_NON_COMMUNIQUEE"] == "information non communiquée"
    assert len(docs) == len(niveaux)


@needs_shared
def test_wrapper_values_read_plainly() -> None:
    """str(), .code/.label and .date agree with the XML text read by lxml."""
    assert SHARED.is_dir()
    path = EXAMPLES / "catalogue-2.3.xml"
    doc = lheo.read(path)
    xml = etree.parse(str(path))
    ns = {"l": "http://lheo.gouv.fr/2.3"}
    titles = xml.xpath("//l:formation/l:intitule-formation/text()", namespaces=ns)
    formations = doc.root.offres.formation
    assert [str(f.intitule_formation) for f in formations] == titles
    levels = xml.xpath("//l:formation/l:code-niveau-entree/text()", namespaces=ns)
    niveaux = tables.get("2.3", "dict-niveaux")
    for formation, text in zip(formations, levels, strict=True):
        code = formation.code_niveau_entree.code
        assert isinstance(code, lheo.Code)
        assert code == text.strip()
        assert code.label == formation.code_niveau_entree.label == niveaux[text.strip()]
    starts = xml.xpath("//l:session/l:periode/l:debut/text()", namespaces=ns)
    sessions = [s for f in formations for a in f.action for s in a.session]
    for session, text in zip(sessions, starts, strict=True):
        debut = session.periode.debut
        assert debut.value == text
        expected = None
        try:
            expected = dt.datetime.strptime(text, "%Y%m%d").date()
        except ValueError:
            pass
        assert debut.date == expected


def test_dates_unknown_or_impossible_read_as_none() -> None:
    """00000000, 99999999, a month and 20221345 give None; the text stays in .value."""
    from lheo.v2_3 import Debut

    for text in ("00000000", "99999999", "20240300", "20221345"):
        assert Debut(value=text).date is None
        assert Debut(value=text).value == text
    assert Debut(value="20240229").date == dt.date(2024, 2, 29)


def test_required_lists_are_documented() -> None:
    """The class docstring names the lists that need at least one item."""
    from lheo.v2_3 import Action, Formation

    assert "``session``" in (Action.__doc__ or "")
    assert "``action``" in (Formation.__doc__ or "")
    assert "``contact_formation``" in (Formation.__doc__ or "")


def _valid_flow() -> Any:
    return lheo.read(EXAMPLES / "catalogue-2.3.xml")


def test_write_refuses_an_empty_required_list_naming_its_path(tmp_path: Path) -> None:
    """An action without session: ValidationError with the path; no file is written."""
    doc = _valid_flow()
    doc.root.offres.formation[0].action[0].session.clear()
    target = tmp_path / "out.xml"
    with pytest.raises(lheo.ValidationError) as caught:
        lheo.write(doc, target)
    assert "Action /lheo/offres/formation[1]/action[1] needs at least one session" in str(
        caught.value
    )
    assert caught.value.issues[0].path == "/lheo/offres/formation[1]/action[1]"
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_validate_accepts_documents_roots_trees_and_views() -> None:
    """lheo.validate takes a Document, a root object, a Tree and a view alike."""
    doc = _valid_flow()
    assert lheo.validate(doc).ok
    assert lheo.validate(doc.root).ok
    tree = lheo.parse(EXAMPLES / "catalogue-2.3.xml")
    assert lheo.validate(tree).ok
    assert lheo.validate(tree.root).ok
    doc.root.offres.formation[0].action[0].session.clear()
    report = lheo.validate(doc.root)
    assert not report.ok
    assert any("session" in (issue.expected or issue.message) for issue in report.errors)
    formation = lheo.validate(doc.root.offres.formation[0])
    assert not formation.ok  # not a root of LHÉO: one issue, no exception


def test_raise_for_errors() -> None:
    """An ok report is returned; a failed one raises ValidationError carrying it."""
    doc = _valid_flow()
    report = lheo.validate(doc)
    assert report.raise_for_errors() is report
    doc.root.offres.formation[0].action[0].session.clear()
    bad = lheo.validate(doc)
    with pytest.raises(lheo.ValidationError) as caught:
        bad.raise_for_errors()
    assert caught.value.report is bad


def test_write_validate_refuses_invalid_documents_and_writes_nothing(tmp_path: Path) -> None:
    """write(validate=True): ValidationError and no file when invalid; written when valid."""
    doc = _valid_flow()
    target = tmp_path / "ok.xml"
    assert lheo.write(doc, target, validate=True) is None
    assert lheo.validate(target).ok
    # A title beyond its 255 characters: only the schema says so.
    doc.root.offres.formation[0].intitule_formation = lheo.v2_3.IntituleFormation(value="x" * 300)
    bad = tmp_path / "bad.xml"
    with pytest.raises(lheo.ValidationError):
        lheo.write(doc, bad, validate=True)
    assert not bad.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xml"]


def test_reading_never_runs_the_converters(monkeypatch: pytest.MonkeyPatch) -> None:
    """lheo.read builds objects without the converting __init__ (so it is not slower)."""

    def boom(*args: object) -> object:
        raise AssertionError("a converter ran while reading")

    for name in ("wrap", "wrap_list", "member", "date_text", "date_time"):
        monkeypatch.setattr(_convert, name, boom)
    doc = _valid_flow()
    assert doc.root.offres.formation
    lenient = lheo.read(EXAMPLES / "onisep-2.2.xml", strict=False)
    assert lenient.root is not None


def test_xml_datetime_is_reexported() -> None:
    """lheo.XmlDateTime and lheo.v*.XmlDateTime are xsdata's type: no direct xsdata import."""
    from xsdata.models.datatype import XmlDateTime

    assert lheo.XmlDateTime is XmlDateTime
    for module in VERSIONS.values():
        assert importlib.import_module(f"lheo.{module}").XmlDateTime is XmlDateTime


def _built_flow() -> Any:
    from lheo.v2_3 import (
        Action,
        Adresse,
        AdresseInscription,
        ContactFormation,
        ContactOrganisme,
        Coordonnees,
        CoordonneesOrganisme,
        DictNiveaux,
        DomaineFormation,
        Formation,
        Lheo,
        Offres,
        OrganismeFormationResponsable,
        Periode,
        Session,
        SiretOrganismeFormation,
    )

    session = Session(
        periode=Periode(debut=dt.date(2025, 9, 1), fin=dt.date(2026, 6, 30)),  # dates → AAAAMMJJ
        adresse_inscription=AdresseInscription(
            adresse=Adresse(ligne="12 rue des Lilas", codepostal="75011", ville="Paris")
        ),
    )
    action = Action(
        rythme_formation="Temps plein",  # str → the text element
        code_public_vise=["80056", "80011"],  # list of codes (or one code)
        niveau_entree_obligatoire=False,  # dict-boolean: False → "0"
        modalites_alternance="Aucune",
        modalites_enseignement=0,  # codes as int or str, checked
        conditions_specifiques="Aucune",
        prise_en_charge_frais_possible=True,
        modalites_entrees_sorties=0,
        session=session,  # one child → [session]
        horodatage_creation=dt.datetime(2025, 1, 15, 9, 30, tzinfo=dt.timezone.utc),
    )
    contact = Coordonnees()
    formation = Formation(
        domaine_formation=DomaineFormation(code_formacode="31054"),
        intitule_formation="BTS Services informatiques aux organisations",
        objectif_formation="Former des techniciens supérieurs.",
        resultats_attendus="BTS",
        contenu_formation="Réseaux, développement, cybersécurité.",
        certifiante=True,
        contact_formation=ContactFormation(coordonnees=contact),
        parcours_de_formation=1,
        code_niveau_entree=DictNiveaux.NIVEAU_4,  # readable names; VALUE_14 still works
        action=action,
        organisme_formation_responsable=OrganismeFormationResponsable(
            numero_activite="11755555555",
            siret_organisme_formation=SiretOrganismeFormation(siret="35600000000048"),
            nom_organisme="Lycée Exemple",
            raison_sociale="Lycée Exemple",
            coordonnees_organisme=CoordonneesOrganisme(coordonnees=contact),
            contact_organisme=ContactOrganisme(coordonnees=contact),
        ),
    )
    return Lheo(offres=Offres(formation=formation))


def test_a_flow_built_from_plain_values_is_valid_and_round_trips() -> None:
    """The README's flow: plain values only, valid against the official XSD, read back equal."""
    flow = _built_flow()
    assert lheo.validate(flow).raise_for_errors().ok
    data = lheo.write(flow, validate=True)
    assert data is not None
    if SHARED.is_dir():
        schema = etree.XMLSchema(etree.parse(str(SHARED / "2.3" / "lheo.xsd")))
        assert schema.validate(etree.fromstring(data)), schema.error_log
    xml = etree.fromstring(data)
    ns = {"l": "http://lheo.gouv.fr/2.3"}
    assert xml.xpath("string(//l:session/l:periode/l:debut)", namespaces=ns) == "20250901"
    assert xml.xpath("string(//l:certifiante)", namespaces=ns) == "1"
    assert xml.xpath("string(//l:code-niveau-entree)", namespaces=ns) == "14"
    assert xml.xpath("string(//l:action/@horodatage-creation)", namespaces=ns) == (
        "2025-01-15T09:30:00Z"
    )
    assert xml.xpath("//l:code-public-vise/text()", namespaces=ns) == ["80056", "80011"]
    assert lheo.read(data).root == flow


def test_a_built_action_without_session_is_refused_at_writing() -> None:
    """The path of the empty list is named, as the schema's position would be."""
    flow = _built_flow()
    flow.offres.formation[0].action[0].session = []
    flow.offres.formation[0].contact_formation = []
    with pytest.raises(lheo.ValidationError) as caught:
        lheo.write(flow)
    messages = [issue.message for issue in caught.value.issues]
    assert messages == [
        "Formation /lheo/offres/formation[1] needs at least one contact-formation",
        "Action /lheo/offres/formation[1]/action[1] needs at least one session",
    ]
