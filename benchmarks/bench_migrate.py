"""Where the time of an in-memory migration goes, phase by phase and rule by rule.

    python benchmarks/bench_migrate.py                  # a generated 10 MB 2.2 flow
    python benchmarks/bench_migrate.py --size 50MB
    python benchmarks/bench_migrate.py flux-2.2.xml     # a flow of yours
    python benchmarks/bench_migrate.py --profile        # cProfile of lheo.migrate, top 30

Prints the seconds of each phase of ``lheo.migrate`` (parse, input validation, working tree,
each rule, report paths, output validation, typed build) and of ``lheo.write`` after it, then
the wall time and peak RSS of ``lheo.migrate`` + ``lheo.write`` in a fresh process, with the
RSS per byte of file. No assertion: the targets are in benchmarks/run.py.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

_FRESH = """
import json, resource, sys, time
import lheo
t = time.perf_counter()
lheo.write(lheo.migrate(sys.argv[1]).document, sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def phases(path: Path, out: Path) -> list[tuple[str, float]]:
    """Time the phases of ``lheo.migrate`` + ``lheo.write``, as lheo.migrate runs them."""
    import lheo
    from lheo import _xml
    from lheo._reader import prepare_tree, read_tree
    from lheo._validate import validate_tree
    from lheo.migration import _engine
    from lheo.migration._context import Context
    from lheo.migration._report import output_name
    from lheo.migration._rules import RULES
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
    work = _engine.working_copy(tree.getroot(), data)
    del tree, data
    lap("working tree (namespace)" + (" [copy]" if work.origin is not None else " [swap]"))
    profile = "onisep" if _engine.is_onisep_flow(work.root) else "generic"
    ctx = Context(
        work.root,
        profile=profile,
        niveaux="keep",
        tz=None,
        origin=work.origin,
        simple_ns=work.simple_ns,
    )
    lap("profile")
    paused = _engine._collector_paused()
    paused.__enter__()
    for slot, rule in enumerate(RULES, 1):
        if profile not in rule.profiles:
            continue
        ctx.slot = slot
        if rule.scan is not None and rule.plan is not None:
            for offres in work.root.iter("{http://lheo.gouv.fr/2.3}offres"):
                state = None
                for formation in offres.iterchildren("{http://lheo.gouv.fr/2.3}formation"):
                    state = rule.scan(state, formation, None)
                ctx.plans[(rule.id, offres)] = rule.plan(state)
        rule.apply(work.root, ctx)
        ctx.flush()
        lap(f"rule {rule.id} ({rule.apply.__name__})")
    recorded = ctx.finish()
    paused.__exit__(None, None, None)
    lap(f"output paths ({len(recorded.changes)} changes)")
    out_tree = work.root.getroottree()
    validation = validate_tree(out_tree, Version.V2_3, output_name(name))
    lap("validate output (2.3)")
    document = read_tree(
        out_tree, strict=validation.ok, name=name, keep_layout=False, validation=validation
    )
    lap("typed build")
    lheo.write(document, str(out))
    lap("lheo.write")
    return times


def fresh(path: Path, out: Path) -> dict[str, float]:
    """Wall time and peak RSS of ``lheo.migrate`` + ``lheo.write`` in a new process."""
    proc = subprocess.run(
        [sys.executable, "-c", _FRESH, str(path), str(out)],
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
            print(f"  {name:<48} {seconds:7.3f} s")
        print(f"  {'total':<48} {total:7.3f} s")
        res = fresh(path, out)
        print(
            f"fresh process, lheo.migrate + lheo.write: {res['seconds']:.2f} s "
            f"({mb / res['seconds']:.1f} MB/s), peak RSS {res['rss_mb']:.0f} MB "
            f"({res['rss_mb'] / mb:.1f} bytes per byte of file)"
        )


if __name__ == "__main__":
    main()
