"""Process many flows (or one huge flow) in parallel.

Two ways, both streaming each file so that every worker stays in constant memory:

* the standard library: one task per file in a ``ProcessPoolExecutor``;
* an existing engine: a ``dask.bag`` built from ``lheo.iter_formations`` over the files (runs
  only if dask is installed: ``pip install "dask[bag]"``). Spark works the same way with
  ``sc.parallelize(paths).mapPartitions(...)``.

Typed formations are picklable, so they can cross process boundaries as they are.
"""

from __future__ import annotations

import pickle
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import lheo

DATA = Path(__file__).resolve().parent / "data"


def count_by_niveau(path: str) -> Counter[str]:
    """One task: stream a flow and count its formations by entry level."""
    counts: Counter[str] = Counter()
    with lheo.iter_formations(path) as stream:
        for formation in stream:
            counts[formation.code_niveau_entree.value.value] += 1
    return counts


def titles(path: str) -> list[str]:
    """Formation titles of a flow (for the dask example)."""
    return [f.intitule_formation.value for f in lheo.iter_formations(path)]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # A folder of flows: copies of our 2.2 and 2.3 examples.
        paths = []
        for i in range(4):
            for name in ("catalogue-2.3.xml", "onisep-2.2.xml"):
                target = Path(tmp) / f"{i}-{name}"
                target.write_bytes((DATA / name).read_bytes())
                paths.append(str(target))

        total: Counter[str] = Counter()
        with ProcessPoolExecutor(max_workers=2) as pool:
            for counts in pool.map(count_by_niveau, paths):
                total.update(counts)
        print("formations by code-niveau-entree:", dict(sorted(total.items())))
        assert sum(total.values()) == 4 * (4 + 3)

        # Typed objects travel between processes as they are.
        formation = next(iter(lheo.iter_formations(paths[0])))
        assert pickle.loads(pickle.dumps(formation)) == formation

        try:
            import dask.bag as db
        except ImportError:
            print("dask not installed: dask.bag example skipped")
            return
        bag = db.from_sequence(paths, npartitions=2).map(titles).flatten()
        print("distinct titles (dask):", bag.distinct().count().compute())


if __name__ == "__main__":
    main()
