"""lheo.referentials: hand-known communes, the lazy thread-safe load, its provenance."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from lheo import referentials
from lheo.errors import LheoError
from lheo.referentials import ClosedSirets


def test_hand_known_communes() -> None:
    strasbourg = referentials.commune("67482")
    assert strasbourg is not None
    assert (strasbourg.name, strasbourg.departement, strasbourg.region) == ("Strasbourg", "67", "44")
    assert "67000" in strasbourg.postcodes and strasbourg.kind == "commune"
    metz = referentials.commune("57463")
    assert metz is not None and (metz.name, metz.departement, metz.region) == ("Metz", "57", "44")
    paris = referentials.commune("75056")
    assert paris is not None and paris.name == "Paris" and paris.region == "11"
    # Paris's postcodes: 75001 to 75020, and 75116 (the 16th arrondissement's second).
    expected = {f"750{n:02d}" for n in range(1, 21)} | {"75116"}
    assert set(paris.postcodes) == expected
    first = referentials.commune("75101")
    assert first is not None and first.kind == "arrondissement" and first.parent == "75056"
    assert referentials.commune("99999") is None
    assert referentials.commune("2a004").name == "Ajaccio"  # type: ignore[union-attr]


def test_departements_regions_and_postcodes() -> None:
    bas_rhin = referentials.departement("67")
    assert bas_rhin is not None and bas_rhin.name == "Bas-Rhin" and bas_rhin.region == "44"
    assert referentials.departement("974").name == "La Réunion"  # type: ignore[union-attr]
    assert referentials.departement("20") is None  # Corsica is 2A and 2B since 1976
    assert referentials.region("44").name == "Grand Est"  # type: ignore[union-attr]
    assert referentials.region("52").name == "Pays de la Loire"  # type: ignore[union-attr]
    assert referentials.region("42") is None  # Alsace, merged into Grand Est in 2016
    assert [c.name for c in referentials.communes_for_postcode("57000")] == ["Metz"]
    assert "67482" in {c.code for c in referentials.communes_for_postcode("67000")}
    assert referentials.communes_for_postcode("00000") == ()


def test_table_size_and_provenance() -> None:
    current = [c for c in referentials.communes().values() if c.kind == "commune"]
    assert 34_000 < len(current) < 36_000  # about 35,000 current communes in France
    prov = referentials.provenance()
    assert prov["package"] == "@etalab/decoupage-administratif"
    assert prov["tarball"].startswith("https://registry.npmjs.org/@etalab/decoupage-administratif/")
    assert "Licence Ouverte" in prov["licence"]
    assert prov["counts"]["commune"] == len(current)


def test_import_lheo_does_not_load_the_referential() -> None:
    code = (
        "import sys, lheo\n"
        "assert 'lheo.referentials' not in sys.modules\n"
        "import lheo.referentials as r\n"
        "assert r._loaded == {}\n"  # read on the first lookup only
        "assert r.region('52').name == 'Pays de la Loire'\n"
        "assert list(r._loaded) == [r._Divisions]\n"  # a région needs no commune
        "r.commune('67482')\n"
        "assert set(r._loaded) == {r._Divisions, r._Communes}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_lazy_load_happens_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[object] = []
    real = referentials._Communes
    start = threading.Barrier(8)

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            made.append(self)
            super().__init__()

    monkeypatch.setattr(referentials, "_loaded", {})
    monkeypatch.setattr(referentials, "_Communes", Counting)
    names: list[str | None] = []

    def lookup() -> None:
        start.wait()
        found = referentials.commune("57463")
        names.append(found.name if found else None)

    threads = [threading.Thread(target=lookup) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert names == ["Metz"] * 8


# ---------------------------------------------------------------------------------------
# ClosedSirets: the caller's list of closed establishments (not shipped).

# The first columns of INSEE's StockEtablissement_utf8.csv, as it names them, a quoted
# address holding a comma, and the state: A (actif) or F (fermé).
SIRENE = (
    "siren,nic,siret,statutDiffusionEtablissement,dateCreationEtablissement,"
    "libelleVoieEtablissement,etatAdministratifEtablissement,activitePrincipaleEtablissement\n"
    '300599123,00183,30059912300183,O,1990-01-01,"RUE DU PORT, BAT A",F,85.59A\n'
    "300599123,00175,30059912300175,O,1990-01-01,RUE HAUTE,A,85.59A\n"
    "356000000,00001,35600000000001,O,,AVENUE,F,53.10Z\n"
)


def test_closed_sirets_from_a_sirene_stock_plain_zipped_or_gzipped(tmp_path: Path) -> None:
    plain = tmp_path / "StockEtablissement_utf8.csv"
    plain.write_text(SIRENE, encoding="utf-8")
    zipped = tmp_path / "StockEtablissement_utf8.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(plain, plain.name)
    packed = tmp_path / "stock.csv.gz"
    packed.write_bytes(gzip.compress(SIRENE.encode()))
    for source in (plain, zipped, packed, io.BytesIO(SIRENE.encode())):
        for read in (ClosedSirets.from_sirene, ClosedSirets.from_file):
            closed = read(source)  # type: ignore[arg-type]
            if isinstance(source, io.BytesIO):
                source.seek(0)
            assert len(closed) == 2, (source, read)
            assert "30059912300183" in closed and "35600000000001" in closed
            assert "30059912300175" not in closed  # active
    assert 35600000000001 in closed and " 35600000000001 " in closed
    assert "3560000000000" not in closed and None not in closed and "x" * 14 not in closed


def test_closed_sirets_from_a_list(tmp_path: Path) -> None:
    listed = tmp_path / "fermes.txt"
    listed.write_text("# fermés\n30059912300183\n\n35600000000001\n30059912300183\n")
    closed = ClosedSirets.from_file(listed)
    assert len(closed) == 2 and "35600000000001" in closed
    listed.write_text("30059912300183\n3005991230018\n")
    with pytest.raises(LheoError, match=r"fermes.txt:2: '3005991230018' is not a SIRET"):
        ClosedSirets.from_file(listed)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"siren,nic\n1,2\n", "not a SIRENE stock"),
        (b"PK\x03\x04 broken", "not a zip file"),
        (b"\xff\xfe3\x000\x00", "not UTF-8"),
    ],
)
def test_closed_sirets_refuse_what_they_cannot_read(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "stock.csv"
    path.write_bytes(content)
    with pytest.raises(LheoError, match=message):
        ClosedSirets.from_sirene(path)
    with pytest.raises(LheoError, match="cannot read"):
        ClosedSirets.from_file(tmp_path / "absent.csv")


def test_cli_validate_rules_with_closed_sirets(tmp_path: Path) -> None:
    listed = tmp_path / "fermes.txt"
    listed.write_text("35600000000001\n")
    broken = Path(__file__).parent / "fixtures" / "rules" / "broken-2.3.xml.bad"
    command = [sys.executable, "-m", "lheo", "validate", str(broken), "--rules"]
    done = subprocess.run([*command, "siret-ferme", "--closed-sirets", str(listed),
                           "--format", "json"], capture_output=True, text=True)  # fmt: skip
    (entry,) = json.loads(done.stdout)
    assert [(f["rule"], f["value"], f["line"]) for f in entry["findings"]] == [
        ("siret-ferme", "35600000000001", 75)
    ]
    without = subprocess.run([*command, "siret-ferme"], capture_output=True, text=True)
    assert without.returncode == 2 and "needs --closed-sirets" in without.stderr
    no_rules = subprocess.run([*command[:-1], "--closed-sirets", str(listed)],
                              capture_output=True, text=True)  # fmt: skip
    assert no_rules.returncode == 2 and "add --rules" in no_rules.stderr
