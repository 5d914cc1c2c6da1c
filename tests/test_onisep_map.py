"""One Onisep map (``lheo.onisep.ONISEP_BLOCKS``) for the views and the migration rules.

A value the views read on a 2.2 flow must read the same after migration: wherever the
migration put it, the views look for it there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import ROOT, shared_path
from lxml import etree

import lheo
from lheo import onisep
from lheo.migration import _rules

NS23 = "http://lheo.gouv.fr/2.3"


def _day(value: Any) -> Any:
    """A date as 2.2 gives it (``date``) from a 2.3 ``datetime`` at midnight."""
    if isinstance(value, dt.datetime):
        assert value.time() == dt.time(0, 0) and value.tzinfo is None
        return value.date()
    return value


def test_export_date_reads_the_same_after_migration() -> None:
    """The 2.2 export date (hand-checked in the official example) is the 2.3 flow's.

    2.2: ``DATE EXPORT ONISEP`` 20151203 in the formation's FORMATION ONISEP block. 2.3: the
    migration moves it to ``offres/@horodatage-export`` (item 1), where the view reads it.
    """
    path = shared_path("2.2", "examples", "exemple-bts-onisep.xml")
    doc22 = lheo.read(path)
    view22 = onisep.formation_onisep(doc22.root.offres.formation[0])
    assert view22 is not None and view22.exported == dt.date(2015, 12, 3)

    result = lheo.migrate(path)
    data = lheo.write(result.document)
    assert data is not None
    # Where the 2.3 flow carries it, read with lxml alone.
    tree = etree.fromstring(data)
    ns = {"l": NS23}
    assert tree.xpath("string(l:offres/@horodatage-export)", namespaces=ns) == (
        "2015-12-03T00:00:00"
    )
    assert not tree.xpath("//l:extra[@info='DATE EXPORT ONISEP']", namespaces=ns)

    offres = result.document.root.offres
    view23 = onisep.formation_onisep(offres.formation[0], offres=offres)
    assert view23 is not None and view23.style == "2.3"
    assert view23.exported == dt.datetime(2015, 12, 3)
    # Every other value of the block reads the same too.
    assert view23.for_id == view22.for_id == "9436"


def test_export_date_written_in_the_2_3_style_goes_to_offres() -> None:
    """Writing the export date of a 2.3 flow sets offres/@horodatage-export, as item 1 does."""
    result = lheo.migrate(shared_path("2.2", "examples", "exemple-bts-onisep.xml"))
    offres = result.document.root.offres
    view = onisep.formation_onisep(offres.formation[0], offres=offres)
    assert view is not None
    view.exported = dt.date(2024, 1, 15)
    assert str(offres.horodatage_export) == "2024-01-15T00:00:00"
    assert view.exported == dt.datetime(2024, 1, 15)
    assert lheo.validate(result.document).ok
    # Without the offres, the view cannot know where the flow's export date is.
    alone = onisep.formation_onisep(offres.formation[0])
    assert alone is not None
    with pytest.raises(TypeError, match=r"offres/@horodatage-export"):
        alone.exported = dt.date(2024, 1, 16)
    assert str(offres.horodatage_export) == "2024-01-15T00:00:00"


def _views(doc: lheo.Document) -> list[tuple[str, dict[str, Any]]]:
    """Every Onisep view of every formation, as plain values (dates as dates)."""
    found: list[tuple[str, dict[str, Any]]] = []
    offres = doc.root.offres

    def add(where: str, view: Any) -> None:
        if view is not None:
            found.append(
                (where, {k: _day(v) for k, v in view.to_dict().items() if k != "parcours"})
            )
            for n, parcours in enumerate(getattr(view, "parcours", [])):
                values = {k: _day(v) for k, v in parcours.to_dict().items()}
                found.append((f"{where}/parcours[{n}]", values))

    for i, formation in enumerate(offres.formation):
        add(f"formation[{i}]", onisep.formation_onisep(formation, offres=offres))
        organisme = formation.organisme_formation_responsable
        add(f"formation[{i}]/organisme/etab", onisep.etab(organisme))
        add(f"formation[{i}]/organisme/organisme", onisep.organisme_onisep(organisme))
        for j, action in enumerate(formation.action):
            add(f"formation[{i}]/action[{j}]", onisep.action_onisep(action))
            lieux = action.lieu_de_formation
            for k, lieu in enumerate(lieux if isinstance(lieux, list) else [lieux]):
                add(f"formation[{i}]/action[{j}]/lieu[{k}]", onisep.etab(lieu))
    return found


@pytest.mark.parametrize("name", ["onisep-2.2.xml", "onisep-2.2-real.xml"])
def test_every_view_reads_the_same_after_migration(name: str) -> None:
    """The views and the rules agree on every value: same values before and after."""
    path = ROOT / "examples" / "data" / name
    before = _views(lheo.read(path, strict=False))
    after = _views(lheo.migrate(path).document)
    assert [where for where, _ in after] == [where for where, _ in before]
    # 2.3 has one export date for the flow: the latest of the formations' (item 1).
    exported = {vals.pop("exported") for _, vals in after if "exported" in vals}
    latest = max(vals.pop("exported") for _, vals in before if "exported" in vals)
    assert exported == {latest}
    assert after == before
    # Not vacuous: the URIs and dates the rules move are there (hand-checked in the file).
    values = dict(before)
    assert values["formation[0]/action[0]/lieu[0]"]["uri"].startswith("content://")
    # The files' DATE EXPORT ONISEP: 20220630 and 20220701 (real), 20220630 three times.
    assert latest == (dt.date(2022, 7, 1) if "real" in name else dt.date(2022, 6, 30))
    moved = sum(1 for _, vals in before for key in ("uri", "created", "modified") if vals.get(key))
    assert moved >= 10


def test_the_rules_use_the_views_map() -> None:
    """One map: the rules read lheo.onisep's, which says what the doc's section says."""
    assert _rules.ONISEP_BLOCKS is onisep.ONISEP_BLOCKS
    # onisep-2.2-to-2.3.md, "Where values go": (block info, owner) → extras moved and where.
    expected = {
        ("ETAB ONISEP", "lieu-de-formation"): {
            "URI LIEU ONISEP": ("uri", "owner"),
            "DATE CREATION LIEU ONISEP": ("horodatage-creation", "owner"),
            "DATE MODIFICATION LIEU ONISEP": ("horodatage-modification", "owner"),
        },
        ("ACTION ONISEP", "action"): {
            "URI ACTION ONISEP": ("uri", "owner"),
            "DATE CREATION ACTION ONISEP": ("horodatage-creation", "owner"),
            "DATE MODIFICATION ACTION ONISEP": ("horodatage-modification", "owner"),
        },
        ("FORMATION ONISEP", "formation"): {
            "URI FOR ONISEP": ("uri", "block"),
            "DATE CREATION FOR ONISEP": ("horodatage-creation", "block"),
            "DATE MODIFICATION FOR ONISEP": ("horodatage-modification", "block"),
            "DATE EXPORT ONISEP": ("horodatage-export", "offres"),
        },
        ("PARCOURS ACTION ONISEP", None): {
            "URI PARCOURS ACTION ONISEP": ("uri", "block"),
            "DATE CREATION PARCOURS ACTION ONISEP": ("horodatage-creation", "block"),
            "DATE MODIFICATION PARCOURS ACTION ONISEP": ("horodatage-modification", "block"),
        },
        ("ETAB ONISEP", "organisme-formation-responsable"): {
            "URI ETA ORG ONISEP": ("uri", "owner"),
        },
        ("ORGANISME ONISEP", None): {"URI ORG ORG ONISEP": ("uri", "block")},
    }
    moved = {
        (block.info, block.owner): {
            value.keys[0]: (value.attribute, value.where)
            for value in block.values
            if value.rule is not None
        }
        for block in onisep.ONISEP_BLOCKS
    }
    assert moved == expected


def test_a_block_value_set_by_the_rules_is_read_by_the_views() -> None:
    """Item 3 on a hand-made flow: the ORGANISME ONISEP URI lands where the view reads it."""
    data = (ROOT / "examples" / "data" / "onisep-2.2.xml").read_bytes()
    result = lheo.migrate(data)
    organisme = result.document.root.offres.formation[0].organisme_formation_responsable
    view = onisep.organisme_onisep(organisme)
    assert view is not None
    assert view.uri == "content://5d2c8e41-9a3f-4b76-8e05-c1f4a7d93b20"
    assert view.org_id == "1187"
    assert str(view.block.uri) == view.uri
