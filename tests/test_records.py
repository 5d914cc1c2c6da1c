"""lheo.records: flat rows per formation, action, session or organisme, for every version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, needs_shared
from lxml import etree

import lheo
from lheo._columns import COLUMNS, DEFAULT_COLUMNS, MORE_COLUMNS, columns_markdown

DATA = ROOT / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
ONISEP = DATA / "onisep-2.2.xml"
OFFRE = DATA / "offre-1.3.0.xml"


def test_first_session_row_of_the_2_3_catalogue() -> None:
    # Read by hand from examples/data/catalogue-2.3.xml, formation 14662.
    row = next(lheo.records(CATALOGUE))
    assert list(row) == list(DEFAULT_COLUMNS["session"])
    expected = {
        "formation_numero": "14662",
        "formation_datecrea": dt.date(2019, 4, 12),
        "formation_intitule": "Seconde générale et technologique",
        "formation_certifiante": "0",
        "formation_certifiante_label": "non",
        "formation_nsf": ["100"],
        "formation_formacode": None,
        "formation_niveau_entree": "0",
        "formation_niveau_entree_label": "information non communiquée",
        "formation_contact_telephone": "03 87 36 41 20",
        "formation_onisep_id": "14662",
        # On its FORMATION ONISEP block (line 179).
        "formation_horodatage_modification": dt.datetime(
            2025, 6, 11, 16, 2, 58, 771000, dt.timezone(dt.timedelta(hours=2))
        ),
        "organisme_nom": "Lycée général et technologique Paul-Verlaine",
        "organisme_siret": "19573287000017",
        "organisme_uri": "content://602ac25b-f929-4a91-9f0a-ea68001d5229",
        "action_numero": "14662_381140",
        "action_uri": "content://d66887a3-a556-4782-952b-f8818ec8d8bc",
        "action_onisep_id": "381140",
        "action_public_vise": ["81061"],
        "action_horodatage_creation": dt.datetime(2021, 7, 7, 9, 5, 3, 430000, dt.timezone.utc),
        "lieu_nom": "Lycée général et technologique Paul-Verlaine",
        "lieu_adresse": "14 rue du Haut-Rempart",
        "lieu_codepostal": "57000",
        "lieu_code_insee": "57463",
        "lieu_ville": "Metz",
        "lieu_departement": "57",
        "lieu_region": "44",
        "lieu_latitude": 49.1231874,
        "lieu_longitude": 6.1822913,
        "lieu_onisep_id": "11894",
        "lieu_statut": "public",
        "session_numero": "14662_381140_2025",
        "session_debut": dt.date(2025, 9, 1),
        "session_fin": dt.date(2026, 7, 3),
        "session_etat_recrutement": None,
    }
    assert {key: row[key] for key in expected} == expected


def test_a_2_2_onisep_row_reads_the_onisep_extras() -> None:
    # examples/data/onisep-2.2.xml: the first formation (3108), its action 3108_18511.
    row = next(lheo.records(ONISEP))
    assert row["formation_intitule"] == "BTS management commercial opérationnel"
    assert row["formation_rome"] == ["D1301", "D1502", "D1503"]
    assert row["formation_niveau_sortie"] == "6"
    assert row["formation_niveau_sortie_label"] == "niveau III (BTS, DUT)"
    assert row["action_onisep_id"] == "18511"
    assert row["action_uri"] == "content://881688d5-7258-479f-8703-fdc752f90efa"
    # 2.2 keeps Onisep dates as AAAAMMJJ in extras: midnight, no offset.
    assert row["action_horodatage_creation"] == dt.datetime(2015, 6, 12)
    assert row["formation_horodatage_modification"] == dt.datetime(2022, 5, 2)
    assert row["lieu_ville"] == "LORIENT"
    assert row["lieu_onisep_id"] == "2204"
    assert row["session_debut"] == dt.date(2022, 9, 1)
    assert row["formation_uri"] is None  # a 2.3 attribute


def test_1_3_0_rows_have_the_same_columns() -> None:
    rows = list(lheo.records(OFFRE))
    assert [list(r) for r in rows] == [list(DEFAULT_COLUMNS["session"])] * len(rows)
    first, second = rows[0], rows[1]
    assert first["formation_intitule"] == "Titre professionnel soudeur(se) TIG électrode enrobée"
    assert first["formation_certifiante"] == "1"  # diplomante in 1.3.0
    assert first["formation_formacode"] == ["23084", "23054"]
    assert first["formation_rome"] == ["44322"]
    assert first["formation_niveau_sortie_label"] == "niveau V (CAP, BEP, CFPA du premier degré)"
    assert first["formation_contact_nom"] == "Gwénaëlle Le Floch"
    assert first["organisme_nom"] == "AFORMETAL Atlantique"
    assert first["action_public_vise"] == ["80011", "80044"]
    assert first["lieu_adresse"] == "14 rue des Chantiers, Zone industrielle de Brais"
    assert first["lieu_latitude"] == 47.293415  # extras geolocalisation
    assert (first["session_debut"], second["session_debut"]) == (
        dt.date(2009, 4, 6),
        dt.date(2009, 11, 2),
    )
    assert first["session_etat_recrutement"] is None  # not in 1.3.0


def test_levels_count_what_the_flow_holds() -> None:
    tree = etree.parse(str(CATALOGUE))
    ns = {"l": "http://lheo.gouv.fr/2.3"}
    formations = tree.xpath("//l:offres/l:formation", namespaces=ns)
    actions = tree.xpath("//l:offres/l:formation/l:action", namespaces=ns)
    organismes = {
        o.get("numero")
        for o in tree.xpath("//l:formation/l:organisme-formation-responsable", namespaces=ns)
    }
    assert len(list(lheo.records(CATALOGUE, level="formation"))) == len(formations)
    rows = list(lheo.records(CATALOGUE, level="action"))
    assert [r["action_numero"] for r in rows] == [a.get("numero") for a in actions]
    assert list(rows[0]) == list(DEFAULT_COLUMNS["action"])
    found = list(lheo.records(CATALOGUE, level="organisme"))
    assert {r["organisme_numero"] for r in found} == organismes
    assert len(found) == len(organismes)
    assert list(found[0]) == list(DEFAULT_COLUMNS["organisme"])


FLUX = b"""<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>
<formation numero="F1"><domaine-formation><code-ROME>M1805</code-ROME><code-ROME>E1104</code-ROME>
</domaine-formation><intitule-formation>Dev</intitule-formation>
<objectif-formation>o</objectif-formation><resultats-attendus>r</resultats-attendus>
<contenu-formation>c</contenu-formation><certifiante>0</certifiante>
<contact-formation><coordonnees><nom>N</nom></coordonnees></contact-formation>
<parcours-de-formation>1</parcours-de-formation><code-niveau-entree>0</code-niveau-entree>
<action numero="A1"><lieu-de-formation><coordonnees><adresse><ligne>1 rue</ligne>
<codepostal>67000</codepostal><ville>Strasbourg</ville></adresse></coordonnees></lieu-de-formation>
<session numero="S1"><periode><debut>20240101</debut><fin>00000000</fin></periode>
<extras info="FLUX-CARIF"><extra info="region">GE-session</extra></extras></session>
<session numero="S2"><periode><debut>2024</debut><fin>20240631</fin></periode></session>
<extras info="FLUX-CARIF"><extra info="region">GE-action</extra></extras></action>
<action numero="A2"/>
</formation></offres></lheo>"""


def test_custom_columns_by_path_and_by_extras() -> None:
    rows = list(
        lheo.records(
            FLUX,
            columns=[
                "session_numero",
                "action.lieu-de-formation.coordonnees.adresse.ville",
                "formation.domaine-formation.code-ROME",
                "extras[FLUX-CARIF].region",
                "action.@numero",
                "formation_niveau_entree_label",
            ],
        )
    )
    assert [list(r) for r in rows][0] == [
        "session_numero",
        "action.lieu-de-formation.coordonnees.adresse.ville",
        "formation.domaine-formation.code-ROME",
        "extras[FLUX-CARIF].region",
        "action.@numero",
        "formation_niveau_entree_label",
    ]
    assert [tuple(r.values()) for r in rows] == [
        ("S1", "Strasbourg", ["M1805", "E1104"], "GE-session", "A1", "information non communiquée"),
        ("S2", "Strasbourg", ["M1805", "E1104"], "GE-action", "A1", "information non communiquée"),
        # An action without session keeps its row, session columns empty.
        (None, None, ["M1805", "E1104"], None, "A2", "information non communiquée"),
    ]


def test_unknown_partial_and_impossible_dates_are_none() -> None:
    rows = list(lheo.records(FLUX, columns="session_debut,session_fin"))
    assert [(r["session_debut"], r["session_fin"]) for r in rows[:2]] == [
        (dt.date(2024, 1, 1), None),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"level": "sessions"}, "level"),
        ({"columns": ["nope"]}, "nope"),
        ({"level": "formation", "columns": ["session_debut"]}, "formation rows"),
        ({"columns": ["action..ville"]}, "action..ville"),
    ],
)
def test_bad_levels_and_columns_are_invalid_values(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(lheo.InvalidValueError, match=words.replace(".", r"\.")):
        list(lheo.records(CATALOGUE, **kwargs))  # type: ignore[arg-type]


def test_an_index_is_refused_with_a_pointer_to_search() -> None:
    with pytest.raises(lheo.InvalidValueError, match="lheo.search"):
        list(lheo.records(DATA / "index-2.3.xml"))


def test_a_bad_flow_is_a_typed_error() -> None:
    with pytest.raises(lheo.ParseError):
        list(lheo.records(b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres><formation>"))


def test_the_column_table_names_every_version_and_renders() -> None:
    assert len({c.name for c in COLUMNS}) == len(COLUMNS)
    for col in COLUMNS:
        assert set(col.paths) == {"1.3.0", "2.2", "2.3"}
    table = columns_markdown()
    assert table.count("\n") == len(COLUMNS) + len(MORE_COLUMNS) + 1
    assert "| `lieu_ville` | text | `lieu-de-formation/coordonnees/adresse/ville` |" in table
    # Five cells a line: the alternatives' "|" are escaped.
    assert {line.replace("\\|", "").count("|") for line in table.splitlines()} == {6}


# ---------------------------------------------------------------------------------------
# An independent computation on the official examples


def _official_flows() -> list[Path]:
    found = []
    for version in ("1.3.0", "2.2", "2.3"):
        for path in sorted((SHARED / version / "examples").glob("*.xml")):
            if etree.QName(etree.parse(str(path)).getroot()).localname == "lheo":
                found.append(path)
    return found


def _by_hand(path: Path) -> list[tuple[object, ...]]:
    """(formation title, action numero, ville, session start text) per session, with XPath."""
    root = etree.parse(str(path)).getroot()

    def first(el: etree._Element, xpath: str) -> str | None:
        values = [v.strip() for v in el.xpath(xpath) if v.strip()]
        return values[0] if values else None

    def lname(*names: str) -> str:
        return "/".join(f"*[local-name()='{n}']" for n in names)

    old = etree.QName(root).namespace == "http://www.lheo.org/1.3.0"
    out = []
    for formation in root.xpath(lname("offres", "offre-formation" if old else "formation")):
        title_path = ("action-formation", "intitule-action") if old else ("intitule-formation",)
        title = first(formation, lname(*title_path) + "/text()")
        for action in formation.xpath(lname("organisation-formation" if old else "action")):
            lieu = ("modalites-acces",) if old else ()
            ville = first(
                action,
                lname(*lieu, "lieu-de-formation", "coordonnees", "adresse", "ville") + "/text()",
            )
            where = ("modalites-acces", "sessions", "session") if old else ("session",)
            sessions = action.xpath(lname(*where)) or [None]
            for session in sessions:
                debut = None
                if session is not None:
                    debut = first(session, lname("periode", "debut") + "/text()")
                out.append((title, action.get("numero"), ville, debut))
    return out


@needs_shared
@pytest.mark.parametrize("path", _official_flows() if SHARED.is_dir() else [], ids=str)
def test_official_examples_match_an_xpath_reading(path: Path) -> None:
    rows = list(lheo.records(path))
    got = [
        (
            r["formation_intitule"],
            r["action_numero"],
            r["lieu_ville"],
            r["session_debut"].strftime("%Y%m%d") if r["session_debut"] else None,
        )
        for r in rows
    ]
    expected = [
        (t, a, v, d if d and d.isdigit() and len(d) == 8 and d[4:] != "0000" else None)
        for t, a, v, d in _by_hand(path)
    ]
    assert got == expected
    assert got  # every official flow has at least one session row


# ---------------------------------------------------------------------------------------
# The sparse engine pass refuses what reading refuses


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><formation numero='1'/></body></html>",
        b"<html/>",
        b"<?xml version='1.0'?><!DOCTYPE lheo [<!ENTITY x 'y'>]>"
        b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres/></lheo>",
        b"not xml",
        b"<foo xmlns='http://lheo.gouv.fr/2.3'><offres><formation/></offres></foo>",
        b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres><formation>&nbsp;</formation></offres></lheo>",
    ],
)
def test_records_refuse_what_iter_formations_refuses(data: bytes) -> None:
    with pytest.raises(lheo.LheoError) as expected:
        with lheo.iter_formations(data) as formations:
            list(formations)
    with pytest.raises(type(expected.value)) as got:
        list(lheo.records(data))
    assert str(got.value) == str(expected.value)


def test_a_flow_without_namespace_reads_with_its_version() -> None:
    plain = FLUX.replace(b' xmlns="http://lheo.gouv.fr/2.3"', b"")
    assert list(lheo.records(plain, version="2.3")) == list(lheo.records(FLUX))


def test_a_formation_inside_an_unknown_element_is_no_row() -> None:
    data = FLUX.replace(b"<offres>", b"<offres><foo><formation numero='X'/></foo>")
    assert [r["formation_numero"] for r in lheo.records(data, level="formation")] == ["F1"]


def test_sparse_refuses_too_much_outside_the_formations_as_reading_does() -> None:
    extra = b"<extra info='x'>" + b"a" * 1000 + b"</extra>"
    data = (
        b"<lheo xmlns='http://lheo.gouv.fr/2.3'><offres><extras info='y'>"
        + extra * 20000
        + b"</extras></offres></lheo>"
    )
    with pytest.raises(lheo.UnsafeXmlError, match="16 MB"):
        list(lheo.records(data))


@pytest.mark.parametrize("source", [CATALOGUE, ONISEP, OFFRE, DATA / "index-2.3.xml", FLUX])
def test_a_sparse_pass_hands_over_the_items_of_a_full_one(source: Path | bytes) -> None:
    from lheo._engine import Handler, Item, Walk
    from lheo._source import Input

    class Seen(Handler):
        def on_item(self, item: Item) -> tuple[object, ...]:
            return (item.local, item.path, item.number, item.contained, item.line)

    def items(sparse: bool) -> list[object]:
        walk = Walk(Input(source), lambda _e: [Seen()], rename=False, sparse=sparse)
        try:
            return [v for v in walk if isinstance(v, tuple)]
        finally:
            walk.close()

    assert items(sparse=True) == items(sparse=False)
    assert items(sparse=True)


@pytest.mark.parametrize("version", list(lheo.Version), ids=str)
def test_labels_come_from_the_table_the_xsd_names(version: lheo.Version) -> None:
    # A coded element's XSD type is named after its table (l:dict-niveaux-element): the
    # labels of lheo.records (BY_ELEMENT of the version's tables) must be that table's.
    import importlib
    import re

    module = importlib.import_module(version.tables_module)
    xsd = etree.parse(str(version.schema_path)).getroot()
    checked = 0
    for element in xsd.iterchildren("{http://www.w3.org/2001/XMLSchema}element"):
        match = re.fullmatch(r"l:(dict-.+?)(-ou-vide)?-element", element.get("type") or "")
        if match is None:
            continue
        table = module.BY_ELEMENT.get(element.get("name"))
        if match.group(1) not in module.TABLES:
            assert table is None  # no such table in this version (1.3.0 financeurs)
            continue
        assert table is not None and table.name == match.group(1), element.get("name")
        checked += 1
    assert checked >= 14


def test_arguments_are_checked_at_the_call() -> None:
    with pytest.raises(lheo.InvalidValueError, match="level"):
        lheo.records("never-read.xml", level="rows")
    with pytest.raises(lheo.InvalidValueError, match="start_after"):
        lheo.search("never-read.xml", start_after="demain")
