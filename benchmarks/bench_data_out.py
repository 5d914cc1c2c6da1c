"""Data out (#11): ``lheo.export`` to CSV and ``lheo.search`` against plain lxml scripts.

    python benchmarks/bench_data_out.py                    # 50 MB 2.3 flow, best of 3
    python benchmarks/bench_data_out.py --sizes 5MB 50MB 200MB

The baselines give the same output: ``examples/jobs/lxml/flatten_sessions.py`` writes the same
CSV bytes as ``lheo.export(flow, "out.csv", level="session")`` (tests/test_sinks.py checks
it), ``examples/jobs/lxml/search_offers.py`` finds the same actions as ``lheo.search(flow,
title_contains=…, departement=…)`` (tests/test_search.py). Targets: each lheo case within
1.5× the time of its baseline, peak RSS flat with the flow's size. Its cases also run in
``benchmarks/run.py`` (:data:`CASES`, :func:`summary`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

_PATHS = f"sys.path[:0] = [{str(HERE)!r}, {str(HERE.parent / 'examples' / 'jobs' / 'lxml')!r}]\n"

# (name, flow version, code, max size or None, streaming?), as benchmarks/run.py's CASES.
CASES: list[tuple[str, str, str, int | None, bool]] = [
    (
        "data out: lxml iterparse script, session CSV",
        "2.3",
        _PATHS + "import flatten_sessions\nT0()\nflatten_sessions.main(PATH, OUT)",
        None,
        True,
    ),
    (
        "data out: lheo.export csv, level=session",
        "2.3",
        "import lheo\nlheo.export  # imported before T0, as the scripts' modules\nT0()\n"
        "lheo.export(PATH, OUT, format='csv', level='session')",
        None,
        True,
    ),
    (
        "data out: lxml iterparse script, search",
        "2.3",
        _PATHS
        + "import search_offers\nT0()\nhits = list(search_offers.search(PATH, 'developpeur', '67'))",
        None,
        True,
    ),
    (
        "data out: lheo.search",
        "2.3",
        "import lheo\nlheo.search\nT0()\n"
        "hits = list(lheo.search(PATH, title_contains='developpeur', departement='67'))",
        None,
        True,
    ),
    (
        "data out: lheo.export parquet, level=session",
        "2.3",
        "import lheo\nlheo.export\nT0()\nlheo.export(PATH, OUT, format='parquet', level='session')",
        None,
        True,
    ),
]

_PAIRS = (
    ("data out: lheo.export csv, level=session", "data out: lxml iterparse script, session CSV"),
    ("data out: lheo.search", "data out: lxml iterparse script, search"),
)


def summary(done: dict[str, dict[str, float]]) -> list[str]:
    """Each lheo case's time over its baseline's (target ≤ 1.5)."""
    out = []
    for ours, theirs in _PAIRS:
        if ours in done and theirs in done:
            ratio = done[ours]["seconds"] / done[theirs]["seconds"]
            out.append(f"- {ours}: {ratio:.2f} × the time of its lxml script (target ≤ 1.5)")
    return out


def main() -> None:
    from run import run_case

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="+", type=parse_size, default=[parse_size("50MB")])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (best kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for size in args.sizes:
            flow = tmp / "flow-2.3.xml"
            make_flow("2.3", size, flow)
            mb = flow.stat().st_size / 1024**2
            print(f"## {mb:.0f} MB 2.3 flow (best of {args.repeat})")
            print("| case | seconds | MB/s | peak RSS MB |\n|---|--:|--:|--:|")
            done: dict[str, dict[str, float]] = {}
            for name, _version, code, _limit, _streaming in CASES:
                best: dict[str, float] | None = None
                for _ in range(args.repeat):
                    res = run_case(code, flow, tmp / "out", tmp)
                    if isinstance(res, str):
                        print(f"| {name} | failed: {res} | | |")
                        break
                    if best is None or res["seconds"] < best["seconds"]:
                        best = res
                if best is not None:
                    done[name] = best
                    print(
                        f"| {name} | {best['seconds']:.2f} | {mb / best['seconds']:.1f} "
                        f"| {best['rss_mb']:.0f} |"
                    )
            print("\n".join(summary(done)) + "\n")
            flow.unlink()


if __name__ == "__main__":
    main()
