"""Throughput of the fast binder (lheo._builder) next to xsdata's parser and raw lxml.

    python benchmarks/bench_builder.py [--size 20MB] [--repeat 5]

Generates a 2.3 flow with make_flow.py, then times, in the same run: ``lxml.etree.parse``,
xsdata's parser on the parsed tree (what ``read_tree`` does today) and ``build`` on the parsed
tree, parse excluded and included. Each timing runs in a fresh subprocess, as a reader would:
in one long process, the allocator's state after freeing a big tree makes the very same parse
vary by 2x. Best and median of ``--repeat`` runs (xsdata: one run). The synthetic flow repeats
its seed's formations, hence its timestamps, and the builder caches converted dateTimes: a
copy of the flow with every timestamp made unique shows the worst case. No assertion: the
target (parse + build >= 0.25x lxml.etree.parse) is read from the table.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

HORODATAGE = re.compile(r'(horodatage-[a-z]+=")[^"]*(")')

# Each case: code run before the clock starts, then the code timed.
SETUP = """
import gc, json, sys, time
from lxml import etree
from lheo._builder import build
from lheo import _context
from lheo.versions import Version
PATH = sys.argv[1]
CLS = Version.V2_3.element_class("lheo")
# Compile the builders (once per process, a few ms) outside the timing.
build(etree.fromstring(b'<lheo xmlns="http://lheo.gouv.fr/2.3"><offres/></lheo>'), CLS, strict=True)
"""
CASES = {
    "lxml.etree.parse": ("", "tree = etree.parse(PATH)"),
    "build (tree given)": (
        "tree = etree.parse(PATH)",
        "obj = build(tree.getroot(), CLS, strict=True)",
    ),
    "parse + build": (
        "",
        "tree = etree.parse(PATH)\nobj = build(tree.getroot(), CLS, strict=True)",
    ),
    "xsdata parse (tree given)": (
        "tree = etree.parse(PATH)",
        "obj = _context.parser(True).parse(tree, CLS)",
    ),
    "parse + xsdata parse": (
        "",
        "tree = etree.parse(PATH)\nobj = _context.parser(True).parse(tree, CLS)",
    ),
}
XSDATA = {"xsdata parse (tree given)", "parse + xsdata parse"}
RUNNER = """{setup}
{before}
gc.collect()
start = time.perf_counter()
{timed}
print(json.dumps(time.perf_counter() - start))
"""


def unique_timestamps(source: Path, out: Path) -> int:
    """Copy a flow with every horodatage-* value different (same length, all valid)."""
    count = 0

    def stamp(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        n = count
        value = (
            f"20{n % 30:02d}-{n % 12 + 1:02d}-{n % 28 + 1:02d}T{n % 24:02d}:{n // 24 % 60:02d}:"
            f"{n // 1440 % 60:02d}.{n % 1000:03d}+0{n % 3}:00"
        )
        return f"{match.group(1)}{value}{match.group(2)}"

    out.write_text(HORODATAGE.sub(stamp, source.read_text(encoding="utf-8")), encoding="utf-8")
    return count


def run_case(name: str, path: Path) -> float:
    before, timed = CASES[name]
    code = RUNNER.format(setup=SETUP, before=before, timed=timed)
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    )
    seconds: float = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds


def measure(path: Path, repeat: int, with_xsdata: bool) -> dict[str, list[float]]:
    names = [name for name in CASES if with_xsdata or name not in XSDATA]
    results: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(repeat):
        # Interleaved, so that a slow moment of the machine hits every case alike.
        for name in names:
            if name in XSDATA and results[name]:
                continue
            results[name].append(run_case(name, path))
    return results


def report(title: str, size: int, results: dict[str, list[float]]) -> None:
    mb = size / 1e6
    reference = min(results["lxml.etree.parse"])
    reference_median = statistics.median(results["lxml.etree.parse"])
    print(f"\n{title} ({mb:.1f} MB); ratio = throughput / lxml.etree.parse throughput")
    print(
        f"| {'case':<26} | {'best s':>7} | {'MB/s':>6} | {'ratio':>6} "
        f"| {'median s':>8} | {'ratio':>6} |"
    )
    print(f"|{'-' * 28}|{'-' * 8}:|{'-' * 7}:|{'-' * 7}:|{'-' * 9}:|{'-' * 7}:|")
    for name, times in results.items():
        low, median = min(times), statistics.median(times)
        print(
            f"| {name:<26} | {low:7.3f} | {mb / low:6.1f} | {reference / low:6.3f} "
            f"| {median:8.3f} | {reference_median / median:6.3f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=parse_size, default=parse_size("20MB"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        flow = Path(tmp) / "flow-2.3.xml"
        formations = make_flow("2.3", args.size, flow)
        print(f"{flow.name}: {flow.stat().st_size:,} bytes, {formations} formations")
        report("2.3 flow from make_flow", flow.stat().st_size, measure(flow, args.repeat, True))
        unique = Path(tmp) / "flow-2.3-unique.xml"
        stamps = unique_timestamps(flow, unique)
        report(
            f"same flow, its {stamps:,} timestamps all different",
            unique.stat().st_size,
            measure(unique, args.repeat, False),
        )


if __name__ == "__main__":
    main()
