"""Typed objects are picklable (for process pools, dask, Spark)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import lheo

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "examples" / "data").glob("*.xml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_documents_pickle_round_trip(path: Path) -> None:
    """A pickled and unpickled Document is equal and writes the same bytes."""
    doc = lheo.read(path, strict=False)
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc
    assert lheo.write(copy) == lheo.write(doc)


def test_dask_bag_over_streams() -> None:
    """A dask.bag built from iter_formations over several files gives the same counts."""
    db = pytest.importorskip("dask.bag")
    paths = [str(ROOT / "examples" / "data" / n) for n in ("catalogue-2.3.xml", "onisep-2.2.xml")]

    def numeros(path: str) -> list[str]:
        return [f.numero for f in lheo.iter_formations(path)]

    bag = db.from_sequence(paths, npartitions=2).map(numeros).flatten()
    expected = [f.numero for p in paths for f in lheo.read(p).root.offres.formation]
    assert sorted(bag.compute(scheduler="processes")) == sorted(expected)
