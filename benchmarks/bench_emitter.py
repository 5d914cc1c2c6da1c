"""Throughput of lheo's fast emitter next to xsdata's serializer and lxml, in the same run.

    python benchmarks/bench_emitter.py [--size 20MB] [--version 2.3] [--repeat 5]

A flow is generated with make_flow, read once with lheo.read, then serialised by:
``lxml.etree.tostring`` of the parsed tree (UTF-8 with a declaration, the ratios' base; and
lxml's default ASCII output, for reference), xsdata's serializer
(``_emitter._xsdata_bytes``: ``lheo._writer.to_bytes`` as it was before the emitter) and
``lheo._emitter.emit``, pretty and compact. Each case keeps its best time over ``--repeat``
runs (rounds interleave the cases, so machine noise hits all of them alike); xsdata runs
once, it is too slow to repeat. MB/s counts output bytes (10^6 bytes). Also checks that
emit's bytes equal xsdata's. No assertion on speed: the target (emit >= 0.25x tostring) is
read off the table.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lxml import etree  # noqa: E402
from make_flow import make_flow, parse_size  # noqa: E402

import lheo  # noqa: E402
from lheo._emitter import _xsdata_bytes, emit  # noqa: E402


def timed(func: Callable[[], bytes]) -> tuple[float, bytes]:
    gc.collect()
    start = time.perf_counter()
    data = func()
    return time.perf_counter() - start, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=parse_size, default=parse_size("20MB"))
    parser.add_argument("--version", choices=["2.2", "2.3"], default="2.3")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-xsdata", action="store_true", help="skip the slow baseline")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"flow-{args.version}.xml"
        count = make_flow(args.version, args.size, path)
        print(f"flow: {path.stat().st_size:,} bytes, {count} formations, LHÉO {args.version}")
        tree = etree.parse(str(path))
        doc = lheo.read(path)

    ns = doc.version.namespace
    cases: dict[str, Callable[[], bytes]] = {
        "lxml.etree.tostring": lambda: etree.tostring(tree, encoding="UTF-8", xml_declaration=True),
        # lxml's default (ASCII, character references): what benchmarks/run.py times.
        "lxml.etree.tostring ascii": lambda: etree.tostring(tree),
        "emit pretty": lambda: emit(doc.root, namespace=ns, pretty=True, xsi=doc.xsi),
        "emit compact": lambda: emit(doc.root, namespace=ns, pretty=False, xsi=doc.xsi),
    }
    best: dict[str, tuple[float, int]] = {}
    outputs: dict[str, bytes] = {}
    emit(doc.root, namespace=ns, pretty=True, xsi=doc.xsi)  # compile the writers once
    for _ in range(args.repeat):
        for name, func in cases.items():
            seconds, data = timed(func)
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, len(data))
            outputs[name] = data
    if not args.skip_xsdata:
        for pretty in (True, False):
            name = f"xsdata {'pretty' if pretty else 'compact'}"
            seconds, data = timed(
                lambda pretty=pretty: _xsdata_bytes(doc.root, ns, pretty, doc.xsi)
            )
            best[name] = (seconds, len(data))
            same = data == outputs[f"emit {'pretty' if pretty else 'compact'}"]
            print(f"{name}: emit output {'identical' if same else 'DIFFERENT'}")

    base_seconds, base_size = best["lxml.etree.tostring"]
    base_rate = base_size / base_seconds
    print(f"\n{'case':<28} {'seconds':>8} {'MB':>7} {'MB/s':>8} {'x tostring':>11}")
    for name, (seconds, size) in best.items():
        rate = size / seconds
        print(
            f"{name:<28} {seconds:8.3f} {size / 1e6:7.1f} {rate / 1e6:8.1f} "
            f"{rate / base_rate:11.3f}"
        )


if __name__ == "__main__":
    main()
