"""Typed views against plain lxml, on the same generated 2.3 flows, each case in its own process.

    python benchmarks/bench_views.py                  # 5 and 50 MB, best of 3
    python benchmarks/bench_views.py --sizes 5MB 200MB --repeat 5

Pairs (ratio = lxml time / lheo time, so ≥ 1 means lheo is faster; targets of issue 10):
- ``lheo.parse`` alone vs ``lxml.etree.parse`` (target ≥ 0.9);
- parse + every formation title + every session's start and end date (as ``date``) vs an lxml
  script doing the same with ``find``/``findtext`` (target ≥ 0.75);
- no-op ``Tree.write()`` vs ``lxml.etree.tostring`` of the parsed tree (target ≥ 0.9);
- streaming: ``iter_formations(view=True)`` reading every title, peak RSS (flat with size),
  against an ``lxml.etree.iterparse`` + ``clear()`` script doing the same.
Both sides import ``lxml.etree`` before the clock starts; lheo's own imports are timed.
No assertion: figures only (also in benchmarks/run.py's table).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

NS = "{http://lheo.gouv.fr/2.3}"

LXML_DATES = f"""
import datetime
from lxml import etree
T0()
NS = "{NS}"
def day(text):
    try:
        return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except (TypeError, ValueError):
        return None
out = []
tree = etree.parse(PATH)
for f in tree.getroot().iterfind(NS + "offres/" + NS + "formation"):
    out.append(f.findtext(NS + "intitule-formation"))
    for s in f.iterfind(NS + "action/" + NS + "session"):
        p = s.find(NS + "periode")
        out.append(day(p.findtext(NS + "debut")))
        out.append(day(p.findtext(NS + "fin")))
"""

VIEW_DATES = """
import lheo
from lxml import etree  # loaded before the clock starts, as in the lxml scripts
T0()
out = []
tree = lheo.parse(PATH)
for f in tree.root.offres.formation:
    out.append(f.intitule_formation)
    for a in f.action:
        for s in a.session:
            p = s.periode
            out.append(p.debut)
            out.append(p.fin)
"""

LXML_STREAM = f"""
from lxml import etree
T0()
NS = "{NS}"
titles = 0
for _e, el in etree.iterparse(PATH, tag=NS + "formation"):
    titles += len(el.findtext(NS + "intitule-formation") or "")
    el.clear()
    while el.getprevious() is not None:
        del el.getparent()[0]
"""

VIEW_STREAM = """
import lheo
from lxml import etree  # loaded before the clock starts, as in the lxml scripts
T0()
titles = 0
for f in lheo.iter_formations(PATH, view=True, strict=STRICT):
    titles += len(f.intitule_formation or "")
"""

#: (name, lxml code, lheo code): each pair measured on the same flow.
PAIRS: list[tuple[str, str, str]] = [
    (
        "parse",
        "from lxml import etree\nT0()\netree.parse(PATH)",
        "import lheo\nfrom lxml import etree\nT0()\nlheo.parse(PATH)",
    ),
    ("parse + titles + session dates", LXML_DATES, VIEW_DATES),
    (
        "no-op write",
        "from lxml import etree\ntree = etree.parse(PATH)\nT0()\netree.tostring(tree)",
        "import lheo\ntree = lheo.parse(PATH)\nT0()\ntree.write()",
    ),
    ("stream every title (lenient)", LXML_STREAM, VIEW_STREAM.replace("STRICT", "False")),
    ("stream every title (strict)", LXML_STREAM, VIEW_STREAM.replace("STRICT", "True")),
]

RUNNER = """
import gc, json, resource, sys, time
PATH = sys.argv[1]
_t = [time.perf_counter()]
def T0():
    gc.collect()
    _t[0] = time.perf_counter()
{code}
elapsed = time.perf_counter() - _t[0]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "rss_mb": rss}}))
"""


def run(code: str, path: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER.format(code=code), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    return {"seconds": min(r["seconds"] for r in runs), "rss_mb": min(r["rss_mb"] for r in runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes", nargs="+", type=parse_size, default=[parse_size("5MB"), parse_size("50MB")]
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="run only the pairs whose name contains this")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / "flow.xml"
            make_flow("2.3", size, path)
            mb = path.stat().st_size / 1024**2
            print(f"## {mb:.0f} MB 2.3 flow (best of {args.repeat})")
            print("| case | lxml s | lheo s | ratio (lxml/lheo) | lxml RSS MB | lheo RSS MB |")
            print("|---|--:|--:|--:|--:|--:|")
            for name, lxml_code, lheo_code in PAIRS:
                if args.only and args.only not in name:
                    continue
                # Rounds interleave the two, so that a change of load weighs on both alike.
                pairs = [(run(lxml_code, path), run(lheo_code, path)) for _ in range(args.repeat)]
                plain = _best([p for p, _o in pairs])
                ours = _best([o for _p, o in pairs])
                ratio = plain["seconds"] / ours["seconds"]
                row = (
                    f"| {name} | {plain['seconds']:.3f} | {ours['seconds']:.3f} | {ratio:.2f} "
                    f"| {plain['rss_mb']:.0f} | {ours['rss_mb']:.0f} |"
                )
                print(row, flush=True)
                rows.append((mb, name, ratio, ours["rss_mb"]))
            path.unlink()
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
