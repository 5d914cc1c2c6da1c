"""Read/write throughput and peak memory of lheo next to raw lxml, measured in the same run.

    python benchmarks/bench_read_write.py [--size 20MB] [--version 2.3]

Each case runs in its own subprocess so that its peak RSS is its own. Prints a table of MB/s,
peak RSS and ratios against raw ``lxml.etree.parse``. No assertion: targets live here, not in tests.
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

CASES = {
    "lxml.etree.parse": "from lxml import etree\netree.parse(PATH)",
    "lxml.etree.iterparse+clear": (
        "from lxml import etree\n"
        "for _e, el in etree.iterparse(PATH, tag='{*}formation'):\n"
        "    el.clear()\n"
        "    while el.getprevious() is not None:\n"
        "        del el.getparent()[0]"
    ),
    "lxml.etree.tostring": (
        "from lxml import etree\ntree = etree.parse(PATH)\nT0()\netree.tostring(tree)"
    ),
    "lheo.read": "import lheo\nlheo.read(PATH)",
    "lheo.write": "import lheo\ndoc = lheo.read(PATH)\nT0()\nlheo.write(doc)",
    "lheo.validate": "import lheo\nlheo.validate(PATH)",
}

# Run on a 2.2 Onisep flow of the same size: migration next to a plain read + write.
CASES_22 = {
    "2.2 lxml.etree.parse": "from lxml import etree\netree.parse(PATH)",
    "2.2 lheo.read+write": "import lheo\nlheo.write(lheo.read(PATH))",
    "2.2 lheo.migrate": "import lheo\nlheo.migrate(PATH)",
    "2.2 lheo.migrate+write": "import lheo\nlheo.write(lheo.migrate(PATH).document)",
}

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


def run_case(code: str, path: Path) -> dict[str, float]:
    script = RUNNER.format(code=code)
    proc = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    from make_flow import make_flow, parse_size

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=parse_size, default=parse_size("20MB"))
    parser.add_argument("--version", default="2.3")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for version, cases in ((args.version, CASES), ("2.2", CASES_22)):
            path = Path(tmp) / f"flow-{version}.xml"
            n = make_flow(version, args.size, path)
            mb = path.stat().st_size / 1024**2
            print(f"flow: LHÉO {version}, {mb:.1f} MB, {n} formations")
            results = {}
            for name, code in cases.items():
                runs = [run_case(code, path) for _ in range(args.repeat)]
                results[name] = min(runs, key=lambda r: r["seconds"])
            base = mb / next(iter(results.values()))["seconds"]
            print(f"{'case':<28}{'MB/s':>9}{'ratio':>9}{'peak RSS MB':>14}")
            for name, res in results.items():
                speed = mb / res["seconds"]
                print(f"{name:<28}{speed:>9.1f}{speed / base:>9.3f}{res['rss_mb']:>14.0f}")
            print()
    print("ratio = throughput / throughput of lxml.etree.parse on the same flow in this run")


if __name__ == "__main__":
    main()
