"""Where the time of an in-memory migration goes, phase by phase and rule by rule.

    python benchmarks/bench_migrate.py                  # a generated 10 MB 2.2 flow
    python benchmarks/bench_migrate.py --size 50MB
    python benchmarks/bench_migrate.py flux-2.2.xml     # a flow of yours
    python benchmarks/bench_migrate.py --profile        # cProfile of lheo.migrate, top 30

Prints the seconds of each phase of ``lheo.migrate`` (parse, input validation, working tree,
rules and report, output validation, typed build) and of ``lheo.write`` after it, the cost of
each rule run alone on the whole document, then the wall time and peak RSS of ``lheo.migrate``
(and of ``lheo.migrate`` + ``lheo.write``) in a fresh process, with the RSS per byte of file.
No assertion: the targets are in benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

_FRESH = """
import json, resource, sys, time
import lheo
t = time.perf_counter()
result = lheo.migrate(sys.argv[1])
if sys.argv[3] == "write":
    lheo.write(result.document, sys.argv[2])
seconds = time.perf_counter() - t
# The peak of this process image (ru_maxrss would count the parent's, forked before exec).
with open("/proc/self/status") as status:
    peak = next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), None)
if peak is None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_mb": peak / 1024}))
"""


def phases(path: Path, out: Path) -> list[tuple[str, float]]:
    """Time the phases of ``lheo.migrate`` + ``lheo.write``, as lheo.migrate runs them."""
    import lheo
    from lheo import _xml
    from lheo._reader import prepare_tree
    from lheo._validate import validate_tree
    from lheo.migration import _engine
    from lheo.migration._document import _typed
    from lheo.migration._report import output_name
    from lheo.versions import Version

    times: list[tuple[str, float]] = []
    gc.collect()
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        times.append((name, now - t))
        t = now

    data, name = _xml.read_bytes(str(path))
    tree = _xml.parse_bytes(data, name)
    found, _kind, _xsi = prepare_tree(tree, None, name)
    lap("parse 2.2")
    validate_tree(tree, found, name)
    lap("validate input (2.2)")
    swapped = _engine.swapped_bytes(tree.getroot(), data)
    if swapped is not None:
        del tree, data
        work = _engine.parse_swapped(swapped)
        assert work is not None
        lap("working tree: namespace swapped, parsed again")
    else:
        work = _engine.working_copy(tree.getroot())
        lap("working tree: copied")
    out_root, report = _engine.migrate_working(work)
    lap(f"rules and report ({len(report.changes)} changes)")
    out_tree = out_root.getroottree()
    validation = validate_tree(out_tree, Version.V2_3, output_name(name))
    lap("validate output (2.3)")
    del out_root
    document = _typed(out_tree, validation, name)
    lap("typed build (formation by formation when valid)")
    lheo.write(document, str(out))
    lap("lheo.write")
    return times


def rules(path: Path) -> list[tuple[str, float]]:
    """Time each rule run on the whole document, one after the other (where the time goes)."""
    from lheo._gc import collector_paused
    from lheo.migration import _engine
    from lheo.migration._context import Context
    from lheo.migration._rules import RULES
    from lheo.migration._tree import children, iter_named

    work = _engine.working_copy(_xml_root(path), path.read_bytes())
    profile = "onisep" if _engine.is_onisep_flow(work.root) else "generic"
    ctx = Context(
        work.root,
        profile=profile,
        niveaux="keep",
        tz=None,
        origin=work.origin,
        simple_ns=work.simple_ns,
    )
    times: list[tuple[str, float]] = []
    with collector_paused():
        for slot, rule in enumerate(RULES, 1):
            if profile not in rule.profiles:
                continue
            t = time.perf_counter()
            ctx.slot = slot
            if rule.scan is not None and rule.plan is not None:
                for offres in iter_named(work.root, "offres"):
                    state = None
                    for formation in children(offres, "formation"):
                        state = rule.scan(state, formation, None)
                    ctx.plans[(rule.id, offres)] = rule.plan(state)
            rule.apply(work.root, ctx)
            ctx.flush()
            times.append((f"rule {rule.id} ({rule.apply.__name__})", time.perf_counter() - t))
        t = time.perf_counter()
        recorded = ctx.finish()
        times.append((f"output paths ({len(recorded.changes)} changes)", time.perf_counter() - t))
    return times


def _xml_root(path: Path) -> Any:
    from lheo import _xml

    return _xml.parse_bytes(path.read_bytes(), str(path)).getroot()


def fresh(path: Path, out: Path, write: bool) -> dict[str, float]:
    """Wall time and peak RSS of ``lheo.migrate`` (+ ``lheo.write``) in a new process."""
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH, str(path), str(out), "write" if write else "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("flow", nargs="?", type=Path, help="a 2.2 flow (default: generated)")
    parser.add_argument("--size", type=parse_size, default=parse_size("10MB"))
    parser.add_argument("--profile", action="store_true", help="cProfile lheo.migrate")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = args.flow
        if path is None:
            path = tmp / "flow-2.2.xml"
            make_flow("2.2", args.size, path)
        out = tmp / "out.xml"
        mb = path.stat().st_size / 1024**2
        print(f"{path.name}: {mb:.1f} MB")
        if args.profile:
            import lheo

            profiler = cProfile.Profile()
            profiler.runcall(lheo.migrate, str(path))
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            return
        total = 0.0
        for name, seconds in phases(path, out):
            total += seconds
            print(f"  {name:<52} {seconds:7.3f} s")
        print(f"  {'total':<52} {total:7.3f} s")
        print(
            "each rule on the whole document (what the rules cost, not how lheo.migrate runs them):"
        )
        for name, seconds in rules(path):
            print(f"  {name:<52} {seconds:7.3f} s")
        for write in (False, True):
            res = fresh(path, out, write)
            print(
                f"fresh process, lheo.migrate{' + lheo.write' if write else ''}: "
                f"{res['seconds']:.2f} s ({mb / res['seconds']:.1f} MB/s), peak RSS "
                f"{res['rss_mb']:.0f} MB ({res['rss_mb'] / mb:.1f} bytes per byte of file)"
            )


if __name__ == "__main__":
    main()
