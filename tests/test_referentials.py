"""lheo.referentials: hand-known communes, the lazy thread-safe load, its provenance."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from lheo import referentials


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
