"""lheo.search over flows and indexes, lheo.tables.niveau_rank, and ``lheo search``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

import lheo
from lheo import tables

DATA = ROOT / "examples" / "data"
CATALOGUE = DATA / "catalogue-2.3.xml"
INDEX = DATA / "index-2.3.xml"
ONISEP = DATA / "onisep-2.2.xml"
OFFRE = DATA / "offre-1.3.0.xml"
LEGER = DATA / "index-1.3.0.xml"

# The actions of examples/data/catalogue-2.3.xml, read by hand: formation 14662 (Seconde,
# niveau 0, not certifying, Metz), 3519 (BTS SIO, niveau 14, ROME M1801…, Metz), GE-2025-001873
# (développeur web, niveau 14, ROME M1805/E1104, Schiltigheim 67 / Mulhouse 68 / FOAD),
# 8127 (bac pro, niveau 1, ROME I1604, Reims / Épernay 51).
SECONDE = ["14662_381140"]
BTS = ["3519_229871", "3519_301456"]
DEV = ["GE-2025-001873-STR", "GE-2025-001873-MUL", "GE-2025-001873-FOAD"]
BACPRO = ["8127_204418", "8127_287302"]


def numeros(source: Path, **criteria: object) -> list[str | None]:
    return [s.numero for s in lheo.search(source, **criteria)]  # type: ignore[arg-type]


@pytest.mark.parametrize("source", [CATALOGUE, INDEX], ids=["flow", "index"])
@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, SECONDE + BTS + DEV + BACPRO),
        ({"title_contains": "DÉVELOPPEUR"}, DEV),
        ({"title_contains": "developpeur web"}, DEV),
        ({"diplomante": False}, SECONDE),
        ({"diplomante": True, "rome": ["I1604", "M1801"]}, BTS + BACPRO),
        ({"rome": "M1805"}, DEV),
        ({"nsf": "100"}, SECONDE),
        ({"organisme_contains": "RHENAN"}, DEV),
        # "14" (niveau 4) and the bac pro's "1" (no specific level, rank 0); not "0".
        ({"niveau_entree": ("<=", "5")}, BTS + DEV + BACPRO),
        ({"niveau_entree": ("<", 4)}, BACPRO),
        ({"niveau_entree": "14"}, BTS + DEV),
        ({"public_vise": "81061"}, ["14662_381140", "3519_229871", "8127_204418"]),
        (
            {"public_vise": ["82027", "81020"]},
            ["3519_301456", "GE-2025-001873-STR", "8127_287302"],
        ),
        ({"region": "11"}, []),
        ({"departement": "51"}, BACPRO),
        ({"commune": "Epernay"}, ["8127_287302"]),
        ({"commune": "57463"}, SECONDE + BTS),
        (
            {"start_after": "2025-09-10"},
            ["3519_301456", "GE-2025-001873-STR", "GE-2025-001873-MUL"],
        ),
        ({"title_contains": "bts", "departement": "67"}, []),
    ],
)
def test_hits(source: Path, criteria: dict[str, object], expected: list[str]) -> None:
    assert numeros(source, **criteria) == expected


def test_a_flow_summary() -> None:
    (hit,) = lheo.search(CATALOGUE, title_contains="developpeur", departement="67")
    assert hit == lheo.Summary(
        numero="GE-2025-001873-STR",
        file=str(CATALOGUE),
        href=None,
        formation_numero="GE-2025-001873",
        intitule="Titre professionnel développeur web et web mobile",
        organisme="Institut rhénan du numérique",
        ville="Schiltigheim",
        codepostal="67300",
        departement="67",
        debuts=(dt.date(2025, 9, 15), dt.date(2026, 1, 5)),
        contact_nom="Amandine Wendling",
        contact_telephone="03 88 24 67 10",
    )


def test_start_after_lists_only_the_later_sessions() -> None:
    hits = lheo.search(CATALOGUE, rome="M1805", start_after=dt.date(2025, 10, 1))
    assert [(hit.numero, hit.debuts) for hit in hits] == [
        ("GE-2025-001873-STR", (dt.date(2026, 1, 5),)),  # not its session of 2025-09-15
        ("GE-2025-001873-MUL", (dt.date(2025, 11, 3),)),
    ]


def test_an_index_summary_points_to_the_file() -> None:
    hits = list(lheo.search(INDEX, title_contains="developpeur", departement="67"))
    assert [(h.numero, h.file, h.formation_numero) for h in hits][0] == (
        "GE-2025-001873-STR",
        "catalogue-2.3.xml",
        None,
    )


def test_1_3_0_flow_and_lheo_leger() -> None:
    for source, file in ((OFFRE, str(OFFRE)), (LEGER, "offre-1.3.0.xml")):
        (hit,) = lheo.search(source, title_contains="soudeur", diplomante=True)
        assert hit.intitule == "Titre professionnel soudeur(se) TIG électrode enrobée"
        assert (hit.organisme, hit.ville, hit.codepostal) == (
            "AFORMETAL Atlantique",
            "Saint-Nazaire",
            "44600",
        )
        assert hit.debuts == (dt.date(2009, 4, 6), dt.date(2009, 11, 2))
        assert (hit.contact_nom, hit.contact_telephone) == ("Gwénaëlle Le Floch", "02 40 22 61 18")
        assert hit.file == file
    (leger,) = lheo.search(LEGER, title_contains="soudeur")
    assert leger.href == "http://www.carif-pdl.fr/offres/PDL-2009-SOUD-0412.html"


def test_2_2_old_niveaux_compare_with_2019_ones() -> None:
    # onisep-2.2.xml: 3108 (BTS MCO) enters at "5" (niveau IV = 2019 niveau 4), 1205 (bac pro)
    # at "0" (not given: no rank), 20566 (licence pro) at "6" (III = 5).
    assert numeros(ONISEP, niveau_entree=(">=", "14")) == [
        "3108_18511",
        "3108_19876",
        "3108_26033",
        "20566_61204",
        "20566_61205",
    ]
    assert numeros(ONISEP, niveau_entree=("<", "15")) == ["3108_18511", "3108_19876", "3108_26033"]
    assert numeros(ONISEP, niveau_entree="15") == ["20566_61204", "20566_61205"]


def test_search_gives_the_hits_of_the_plain_lxml_script() -> None:
    spec = importlib.util.spec_from_file_location(
        "search_offers", ROOT / "examples" / "jobs" / "lxml" / "search_offers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for word, dep in (("developpeur", "67"), ("bts", "57"), ("bac", "51")):
        theirs = [
            (
                h["numero"],
                h["ville"],
                [dt.datetime.strptime(d, "%Y%m%d").date() for d in h["debuts"]],
            )
            for h in module.search(str(CATALOGUE), word, dep)
        ]
        ours = [
            (h.numero, h.ville, list(h.debuts))
            for h in lheo.search(CATALOGUE, title_contains=word, departement=dep)
        ]
        assert ours == theirs and ours


def test_official_1_3_0_lheo_leger() -> None:
    path = shared_path("1.3.0", "examples", "exemple-leger.xml")
    hits = list(lheo.search(path, version="1.3.0"))
    assert hits and all(h.intitule for h in hits)


@pytest.mark.parametrize(
    ("criteria", "word"),
    [
        ({"niveau_entree": ("~", "4")}, "niveau_entree"),
        ({"niveau_entree": "0"}, "niveau_rank"),
        ({"start_after": "bientôt"}, "start_after"),
    ],
)
def test_bad_criteria(criteria: dict[str, object], word: str) -> None:
    with pytest.raises(lheo.InvalidValueError, match=word):
        list(lheo.search(CATALOGUE, **criteria))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# niveau_rank, the one correspondence


@pytest.mark.parametrize(
    ("code", "version", "rank"),
    [
        ("0", "2.3", None),  # information non communiquée
        ("1", "2.3", 0),  # sans niveau spécifique
        ("2", "2.2", None),  # niveau VI: no equivalent in 2019
        ("3", "1.3.0", None),  # niveau V bis: no equivalent
        ("4", "2.2", 3),  # niveau V (CAP) = niveau 3
        ("5", "1.3.0", 4),
        ("8", "2.3", 7),
        ("11", "2.3", 1),
        ("14", "2.3", 4),
        ("18", "2.3", 8),
        ("14", "2.2", None),  # 11-18 exist only in 2.3
        ("42", "2.3", None),
    ],
)
def test_niveau_rank(code: str, version: str, rank: int | None) -> None:
    assert tables.niveau_rank(code, version) == rank


def test_the_migration_converts_with_the_same_table() -> None:
    from lheo.migration import _rules

    assert _rules.NIVEAUX_2019 is tables.NIVEAUX_2019
    for old, new in tables.NIVEAUX_2019.items():
        assert tables.niveau_rank(old, "2.2") == tables.niveau_rank(new, "2.3")


# ---------------------------------------------------------------------------------------
# The command


def _lheo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lheo", *args], capture_output=True, text=True, check=False
    )


def test_cli_search_json_and_csv() -> None:
    done = _lheo(
        "search",
        str(CATALOGUE),
        str(INDEX),
        "--title",
        "développeur",
        "--departement",
        "67",
        "--format",
        "json",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [(d["numero"], d["file"]) for d in data] == [
        ("GE-2025-001873-STR", str(CATALOGUE)),
        ("GE-2025-001873-STR", "catalogue-2.3.xml"),
        ("GE-2025-001873-FOAD", "catalogue-2.3.xml"),  # the index gives the FOAD a place
    ]
    assert data[0]["debuts"] == ["2025-09-15", "2026-01-05"]
    csv_out = _lheo("search", str(ONISEP), "--niveau-entree", ">=6", "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    assert [line.split(",")[0] for line in csv_out.stdout.splitlines()] == [
        "numero",
        "20566_61204",
        "20566_61205",
    ]


def test_cli_search_table_and_errors() -> None:
    done = _lheo("search", str(CATALOGUE), "--rome", "I1604", "--start-after", "2025-09-05")
    assert done.returncode == 0, done.stderr
    assert "8127_287302  Bac pro" in done.stdout and "08/09/2025" in done.stdout
    assert "8127_204418" not in done.stdout
    assert done.stderr.strip() == "1 action(s)"
    bad = _lheo("search", str(CATALOGUE), "--niveau-entree", "0")
    assert bad.returncode == 2 and "niveau_rank" in bad.stderr and "Traceback" not in bad.stderr
    missing = _lheo("search", "nope.xml")
    assert missing.returncode == 2
