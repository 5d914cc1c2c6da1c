"""Onisep extras views (lheo.onisep), generic extras access (lheo.extras), checked constructors."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_path
from helpers import assert_xml_equal

import lheo
from lheo import enrich, onisep
from lheo import extras as lx
from lheo.enrich import InvalidCodeError

NS23 = "http://lheo.gouv.fr/2.3"

ACTION_23 = f"""<extras xmlns="{NS23}" info="ACTION ONISEP" uri="content://act-1"
 horodatage-creation="2021-07-07T09:05:03.430Z" horodatage-modification="2022-06-30T11:42:54.218+02:00">
<extra info="ACT_ID ONISEP">18706</extra>
<extra info="AUTRE">garde-moi</extra>
<extra info="PARCOURS ACTION ONISEP" uri="content://p-1" horodatage-creation="2020-01-02T00:00:00">
<extra info="LIBELLE PARCOURS ACTION ONISEP">Parcours A</extra>
<extra info="SITUATION PARCOURS ACTION ONISEP">master 1</extra>
<extra info="SITUATION PARCOURS ACTION ONISEP">master 2</extra>
</extra>
</extras>""".encode()


def onisep_22() -> lheo.Document:
    return lheo.read(shared_path("2.2", "examples", "exemple-bts-onisep.xml"))


def test_2_2_views_read_the_official_example() -> None:
    """Values of the official 2.2 example, checked by hand in the file."""
    formation = onisep_22().root.offres.formation[0]
    fo = onisep.formation_onisep(formation)
    assert fo is not None
    assert fo.for_id == "9436"
    assert fo.exported == dt.date(2015, 12, 3)
    action = formation.action[0]
    ao = onisep.action_onisep(action)
    assert ao is not None and ao.act_id == "18706" and ao.parcours == []
    lieu = onisep.etab(action.lieu_de_formation)
    assert lieu is not None and lieu.eta_id == "16"
    org = onisep.etab(formation.organisme_formation_responsable)
    assert org is not None and org.eta_id == "16"
    assert onisep.organisme_onisep(formation.organisme_formation_responsable) is None
    assert onisep.has_onisep_extras(formation)


def test_2_3_view_reads_attributes_and_nested_parcours() -> None:
    """The 2.3 style: URI and dates in attributes, parcours nested with repeated situations."""
    block = lheo.read(ACTION_23).root
    view = onisep.ActionOnisep(block, block, "2.3")
    assert view.uri == "content://act-1"
    assert view.created == dt.datetime(2021, 7, 7, 9, 5, 3, 430000, tzinfo=dt.timezone.utc)
    assert view.modified is not None and view.modified.utcoffset() == dt.timedelta(hours=2)
    assert view.act_id == "18706"
    [parcours] = view.parcours
    assert parcours.libelle == "Parcours A"
    assert parcours.situations == ["master 1", "master 2"]
    assert parcours.uri == "content://p-1"
    assert parcours.created == dt.datetime(2020, 1, 2)


def test_2_3_writes_attributes_on_block_and_action() -> None:
    """Setting uri/created on a 2.3 action writes the block's and the action's attributes."""
    doc = lheo.read(shared_path("2.2", "examples", "exemple-bts-onisep.xml"))
    out = lheo.write(doc)
    assert out is not None
    doc23 = lheo.read(out.replace(b"http://www.lheo.org/2.2", NS23.encode()), strict=False)
    action = doc23.root.offres.formation[0].action[0]
    view = onisep.action_onisep(action)
    assert view is not None and view.style == "2.3"
    view.uri = "content://new"
    view.created = dt.date(2022, 6, 30)
    assert str(action.uri) == "content://new"
    assert str(view.block.horodatage_creation) == "2022-06-30T00:00:00"
    assert str(action.horodatage_creation) == "2022-06-30T00:00:00"
    assert lx.get(action, "ACTION ONISEP") == {"ACT_ID ONISEP": "18706"}


def test_2_2_style_writes_child_extras_and_keeps_the_rest() -> None:
    """In 2.2, values go to keyed child extras; unknown extras keep their place."""
    doc = onisep_22()
    action = doc.root.offres.formation[0].action[0]
    view = onisep.action_onisep(action)
    assert view is not None and view.style == "2.2"
    view.uri = "content://a"
    view.modified = dt.datetime(2022, 6, 30, 15, 0)
    view.act_id = "99"
    assert lx.get(action, "ACTION ONISEP") == {
        "ACT_ID ONISEP": "99",
        "URI ACTION ONISEP": "content://a",
        "DATE MODIFICATION ACTION ONISEP": "20220630",
    }
    assert lx.get(action, "type-formation") == {"formation-initiale": "1"}
    assert lheo.validate(doc).ok


def test_views_create_blocks_and_parcours() -> None:
    """create=True adds the block; add_parcours builds a complete parcours."""
    doc = onisep_22()
    action = doc.root.offres.formation[0].action[0]
    lieu_view = onisep.etab(action.lieu_de_formation)
    assert lieu_view is not None
    lieu_view.statut = "public"
    lieu_view.type_etablissement = "lycée GT"
    ao = onisep.action_onisep(action)
    assert ao is not None
    p = ao.add_parcours(libelle="Parcours B", situations=["bac pro"], uri="content://p2")
    assert [x.libelle for x in ao.parcours] == ["Parcours B"]
    p.situations = ["CAP", "bac pro"]
    assert lx.get(action, "ACTION ONISEP")["PARCOURS ACTION ONISEP"] == {
        "URI PARCOURS ACTION ONISEP": "content://p2",
        "LIBELLE PARCOURS ACTION ONISEP": "Parcours B",
        "SITUATION PARCOURS ACTION ONISEP": ["CAP", "bac pro"],
    }
    org = doc.root.offres.formation[0].organisme_formation_responsable
    assert onisep.organisme_onisep(org) is None
    view = onisep.organisme_onisep(org, create=True)
    assert view is not None
    view.org_id = "123"
    assert lx.get(org, "ORGANISME ONISEP") == {"ORG_ID ORG ONISEP": "123"}
    assert lheo.validate(doc).ok


def test_setting_none_removes_the_value() -> None:
    """None removes the extra (2.2) or the attribute (2.3)."""
    doc = onisep_22()
    fo = onisep.formation_onisep(doc.root.offres.formation[0])
    assert fo is not None
    fo.exported = None
    assert fo.exported is None
    assert lx.get(doc.root.offres.formation[0], "FORMATION ONISEP") == {"FOR_ID ONISEP": "9436"}


def test_generic_get_repeated_and_nested() -> None:
    """lheo.extras.get gives an ordered mapping, lists for repeats, mappings for nesting."""
    data = f"""<offres xmlns="{NS23}"><formation/><extras info="FLUX-CARIF">
    <extra info="numero-CARIF">21</extra><extra info="region">52</extra>
    <extras info="geolocalisation"><extra info="latitude">45.80</extra></extras>
    <extra info="region">53</extra></extras></offres>""".encode()
    doc = lheo.read(data, strict=False)
    result = lx.get(doc.root, "FLUX-CARIF")
    assert result == {
        "numero-CARIF": "21",
        "region": ["52", "53"],
        "geolocalisation": {"latitude": "45.80"},
    }
    assert list(result) == ["numero-CARIF", "region", "geolocalisation"]
    assert lx.get(doc.root, "absent") is None


def test_write_back_round_trip_keeps_unknown_extras() -> None:
    """A view edit changes only its value: the rest of the document is unchanged."""
    doc = onisep_22()
    before = lheo.write(doc)
    view = onisep.formation_onisep(doc.root.offres.formation[0])
    assert view is not None
    view.for_id = view.for_id  # same value written back
    assert before is not None
    assert_xml_equal(lheo.write(doc) or b"", before)


@pytest.mark.parametrize("code", ["0292338J", "0750648X"])
def test_uai_valid(code: str) -> None:
    """Hand-checked UAI codes pass (key = digits mod 23 in the alphabet without I, O, Q)."""
    assert enrich.check_uai(code) == code


@pytest.mark.parametrize("code", ["0292338K", "029233J", "A292338J", "02923389"])
def test_uai_invalid(code: str) -> None:
    """Wrong keys and shapes are refused."""
    with pytest.raises(InvalidCodeError):
        enrich.check_uai(code)


@pytest.mark.parametrize(
    "code", ["40877891800131", "73282932000074", "35600000000048", "35600000049837"]
)
def test_siret_valid(code: str) -> None:
    """Luhn-valid SIRET pass, and La Poste's establishments by their digit-sum rule."""
    assert enrich.check_siret(code) == code


@pytest.mark.parametrize(
    "code", ["40877891800132", "4087789180013", "3560000004983X", "35600000049838"]
)
def test_siret_invalid(code: str) -> None:
    """Wrong keys (La Poste's included) and shapes are refused."""
    with pytest.raises(InvalidCodeError):
        enrich.check_siret(code)


def test_constructors_build_valid_2_3_content() -> None:
    """cycle/enseignement check their tables; the built elements serialise as the doc shows."""
    with pytest.raises(InvalidCodeError, match="dict-type-cycle"):
        enrich.cycle(type_cycle="7")
    with pytest.raises(InvalidCodeError, match="dict-type-enseignement"):
        enrich.enseignement(libelle="Anglais", type_enseignement="42", obligatoire=True)
    out = lheo.write(enrich.cycle(type_cycle="0", annee_cycle=[1]), pretty=False)
    assert out is not None and out.endswith(
        b'<cycle xmlns="http://lheo.gouv.fr/2.3"><type-cycle>0</type-cycle>'
        b"<annee-cycle>1</annee-cycle></cycle>\n"
    )
    ens = lheo.write(
        enrich.enseignement(libelle="Anglais", type_enseignement="2", obligatoire=True),
        pretty=False,
    )
    assert (
        ens is not None
        and b"<type-enseignement>2</type-enseignement><obligatoire>1</obligatoire>" in ens
    )
    uai = lheo.write(enrich.code_uai_lieu_formation("0292338J"), pretty=False)
    assert uai is not None and b"<code-UAI>0292338J</code-UAI></code-UAI-lieu-formation>" in uai
    for data in (out, ens, uai, lheo.write(enrich.siret_lieu_formation("40877891800131"))):
        assert lheo.validate(data or b"").ok
    assert [x.value for x in enrich.langues_formation("fr", "en")] == ["fr", "en"]
    with pytest.raises(InvalidCodeError):
        enrich.langues_formation("fra")
