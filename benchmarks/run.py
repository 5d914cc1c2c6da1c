"""The reference benchmark: every way of reading, writing, validating and migrating LHÉO,
measured in one run on the same generated flows, each case in its own subprocess.

    python benchmarks/run.py                 # 5, 50 and 200 MB flows
    python benchmarks/run.py --sizes 5MB     # quicker
    python benchmarks/run.py --large         # adds a 1 GB flow (streaming cases only)
    python benchmarks/run.py --sizes 50MB --cases "2.2: streaming" migrate_stream
                                             # only the cases whose name holds one of those

Prints a table (MB/s, ratio to raw ``lxml.etree.parse`` on the same flow, peak RSS), after the
start-up table of bench_startup.py (wall time of whole commands on a 10 KB flow), and writes
them to benchmarks/RESULTS.md (with --results PATH elsewhere). No assertion: targets live here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_data_out import CASES as DATA_OUT_CASES  # noqa: E402
from bench_data_out import summary as data_out_summary  # noqa: E402
from bench_diff import make_edited  # noqa: E402
from bench_startup import measure as measure_startup  # noqa: E402
from bench_startup import table as startup_table  # noqa: E402
from make_flow import make_flow, parse_size  # noqa: E402

# Each case: (name, flow version, code, max size in bytes or None, streaming?)
# PATH is the input flow, OUT a scratch output path, PLAIN the folder of plain xsdata bindings.
CASES: list[tuple[str, str, str, int | None, bool]] = [
    ("lxml.etree.parse", "2.3", "from lxml import etree\nT0()\netree.parse(PATH)", None, False),
    (
        "lxml.etree.iterparse + clear",
        "2.3",
        "from lxml import etree\nT0()\n"
        "for _e, el in etree.iterparse(PATH, tag='{*}formation'):\n"
        "    el.clear()\n"
        "    while el.getprevious() is not None:\n"
        "        del el.getparent()[0]",
        None,
        True,
    ),
    (
        "lxml.etree.tostring",
        "2.3",
        "from lxml import etree\ntree = etree.parse(PATH)\nT0()\netree.tostring(tree)",
        None,
        False,
    ),
    (
        "xmlschema to dicts",
        "2.3",
        "import xmlschema\nschema = xmlschema.XMLSchema(SCHEMA)\nT0()\nschema.to_dict(PATH)",
        60 * 1024**2,
        False,
    ),
    (
        "xsdata plain bindings",
        "2.3",
        "sys.path.insert(0, PLAIN)\nimport plain_lheo\n"
        "from xsdata.formats.dataclass.parsers import XmlParser\n"
        "parser = XmlParser()\nT0()\nparser.parse(PATH, plain_lheo.Lheo)",
        60 * 1024**2,
        False,
    ),
    ("lheo.read", "2.3", "import lheo\nT0()\nlheo.read(PATH)", None, False),
    (
        "lheo.iter_formations",
        "2.3",
        "import lheo\nT0()\nfor _f in lheo.iter_formations(PATH):\n    pass",
        None,
        True,
    ),
    (
        "lheo.parse (views)",
        "2.3",
        "import lheo\nfrom lxml import etree\nT0()\nlheo.parse(PATH)",
        None,
        False,
    ),
    (
        "lxml: titles + session dates",
        "2.3",
        "from bench_views import LXML_DATES\nexec(LXML_DATES)",
        None,
        False,
    ),
    (
        "lheo.parse: titles + session dates",
        "2.3",
        "from bench_views import VIEW_DATES\nexec(VIEW_DATES)",
        None,
        False,
    ),
    (
        "lheo Tree.write (no-op)",
        "2.3",
        "import lheo\ntree = lheo.parse(PATH)\nT0()\ntree.write()",
        None,
        False,
    ),
    (
        "lheo.iter_formations(view=True)",
        "2.3",
        "import lheo\nT0()\nfor _f in lheo.iter_formations(PATH, view=True, strict=False):\n"
        "    _f.intitule_formation",
        None,
        True,
    ),
    (
        "lheo.write",
        "2.3",
        "import lheo\ndoc = lheo.read(PATH)\nT0()\nlheo.write(doc, OUT)",
        None,
        False,
    ),
    (
        "lheo.StreamWriter (read+write)",
        "2.3",
        "import lheo\nT0()\n"
        "with lheo.iter_formations(PATH) as s, lheo.StreamWriter(OUT, version=s.version,"
        " root_attrs=s.root_attrs, offres_attrs=s.offres_attrs, xsi=s.xsi) as out:\n"
        "    for f in s:\n        out.write(f)",
        None,
        True,
    ),
    ("lheo.validate", "2.3", "import lheo\nT0()\nlheo.validate(PATH)", None, False),
    ("lheo.validate_stream", "2.3", "import lheo\nT0()\nlheo.validate_stream(PATH)", None, True),
    # lheo.diff against parsing both flows (EDITED: the flow with a few hundred edits).
    (
        "lxml.etree.parse of both (diff)",
        "2.3",
        "from lxml import etree\nT0()\netree.parse(PATH)\netree.parse(EDITED)",
        None,
        False,
    ),
    ("lheo.diff", "2.3", "import lheo\nT0()\nlheo.diff(PATH, EDITED)", None, True),
    (
        "2.2: lxml.etree.parse",
        "2.2",
        "from lxml import etree\nT0()\netree.parse(PATH)",
        None,
        False,
    ),
    (
        "2.2: lheo.read + write",
        "2.2",
        "import lheo\nT0()\nlheo.write(lheo.read(PATH), OUT)",
        None,
        False,
    ),
    (
        "2.2: lheo.migrate",
        "2.2",
        "import lheo\nT0()\nlheo.migrate(PATH)",
        None,
        False,
    ),
    (
        "2.2: lheo.migrate + write",
        "2.2",
        "import lheo\nT0()\nlheo.write(lheo.migrate(PATH).document, OUT)",
        None,
        False,
    ),
    (
        "2.2: streaming read + write",
        "2.2",
        "import lheo\nT0()\n"
        "with lheo.iter_formations(PATH) as s, lheo.StreamWriter(OUT, version=s.version,"
        " root_attrs=s.root_attrs, offres_attrs=s.offres_attrs, xsi=s.xsi) as out:\n"
        "    for f in s:\n        out.write(f)",
        None,
        True,
    ),
    (
        "2.2: migrate_stream",
        "2.2",
        "from lheo.migration import migrate_stream\nT0()\n"
        "migrate_stream(PATH, OUT, report_target=OUT + '.jsonl')",
        None,
        True,
    ),
]

CASES += DATA_OUT_CASES

RUNNER = """
import gc, json, resource, sys, time
PATH, OUT, PLAIN, SCHEMA = sys.argv[1:5]
EDITED = PATH[:-4] + "-edited.xml"
sys.path.insert(0, HERE)
_t = [time.perf_counter(), time.process_time()]
def T0():
    gc.collect()
    _t[:] = [time.perf_counter(), time.process_time()]
{code}
elapsed, cpu = time.perf_counter() - _t[0], time.process_time() - _t[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "cpu_seconds": cpu, "rss_mb": rss}}))
"""


def plain_bindings(folder: Path) -> None:
    """xsdata's own dataclasses from our 2.3 schema, without any lheo layer."""
    xsd = ROOT / "lheo" / "schemas" / "2.3" / "lheo.xsd"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "xsdata",
            "generate",
            str(xsd),
            "--package",
            "plain_lheo",
            "--structure-style",
            "single-package",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )


_PYCACHE = Path(tempfile.mkdtemp(prefix="lheo-bench-pyc-"))


def case_env() -> dict[str, str]:
    """The cases' environment: byte code cached, as in an installed package.

    ``pip install`` compiles a package's modules; a source checkout under
    ``PYTHONDONTWRITEBYTECODE`` would compile them again in every case (the generated
    bindings and views take a large part of a second), which no user of lheo pays. The cache
    is filled once by :func:`warm_up`.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    return env


def warm_up() -> None:
    """Compile every lheo module into the cases' byte-code cache, before anything is timed."""
    code = (
        "import pkgutil, importlib, lheo\n"
        "for m in pkgutil.walk_packages(lheo.__path__, 'lheo.'):\n"
        "    if m.name != 'lheo.__main__' and not m.name.startswith('lheo.testing'):\n"
        "        importlib.import_module(m.name)\n"
    )
    subprocess.run([sys.executable, "-c", code], env=case_env(), check=True)


def run_case(code: str, path: Path, out: Path, plain: Path) -> dict[str, float] | str:
    schema = ROOT / "lheo" / "schemas" / "2.3" / "lheo.xsd"
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            RUNNER.replace("HERE", repr(str(HERE))).format(code=code),
            str(path),
            str(out),
            str(plain),
            str(schema),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=case_env(),
    )
    if proc.returncode != 0:
        return (proc.stderr.strip().splitlines() or ["failed"])[-1][:80]
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def migration_summary(done: dict[str, dict[str, float]], mb: float) -> list[str]:
    """The migration's targets, from the cases of one flow size.

    Speed: a migration (streaming, with report) against S, a streaming read + write of the
    same 2.2 flow (target: at least 0.5 S). Memory: the peak RSS of ``lheo.migrate`` per byte
    of file (target: at most 12).
    """
    out: list[str] = []
    plain = done.get("2.2: streaming read + write")
    if plain is not None:
        for name in ("2.2: migrate_stream", "2.2: lheo.migrate + write"):
            if name in done:
                ratio = plain["seconds"] / done[name]["seconds"]
                out.append(f"- {name}: {ratio:.2f} × S (S: streaming read + write; target ≥ 0.5)")
    memory = done.get("2.2: lheo.migrate")
    if memory is not None:
        out.append(
            f"- in-memory migration (`lheo.migrate`): {memory['rss_mb'] / mb:.1f} bytes of peak "
            "RSS per byte of file (target ≤ 12)"
        )
    return out


def diff_summary(done: dict[str, dict[str, float]]) -> list[str]:
    """The diff's target: ``lheo.diff`` of two flows within 3× the time of parsing both."""
    base, diff = done.get("lxml.etree.parse of both (diff)"), done.get("lheo.diff")
    if base is None or diff is None:
        return []
    ratio = diff["seconds"] / base["seconds"]
    return [f"- lheo.diff: {ratio:.2f} × the time of parsing both flows (target ≤ 3)"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        nargs="+",
        type=parse_size,
        default=[parse_size(s) for s in ("5MB", "50MB", "200MB")],
    )
    parser.add_argument("--large", action="store_true", help="add a 1 GB flow (streaming only)")
    parser.add_argument(
        "--cases",
        nargs="+",
        metavar="TEXT",
        help="run only the cases whose name contains one of these texts, without the start-up "
        "table (ratios are then to the first case run of each version)",
    )
    parser.add_argument(
        "--results", type=Path, help="where to write the tables (default: RESULTS.md here)"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per case, the best kept (noisy machines)"
    )
    parser.add_argument(
        "--startup-repeat", type=int, default=15, help="runs per start-up command (best kept)"
    )
    args = parser.parse_args()
    sizes = list(args.sizes) + ([parse_size("1GB")] if args.large else [])
    lines = [
        "# Benchmark results",
        "",
        f"`python benchmarks/run.py` on {time.strftime('%Y-%m-%d')}, Python "
        f"{platform.python_version()}, {platform.machine()}. Ratios are throughput divided by "
        "raw `lxml.etree.parse` of the same flow in the same run; peak RSS is per case "
        "(own subprocess).",
        "",
    ]
    if not args.cases:
        small, rows = measure_startup(args.startup_repeat)
        header = f"## Start-up ({small / 1024:.1f} KB 2.3 flow, best of {args.startup_repeat} runs)"
        startup = startup_table(rows)
        print(header + "\n" + "\n".join(startup))
        lines += [header, "", *startup, ""]
    if not args.cases or any("integrate" in text for text in args.cases):
        from bench_integrate import integrate_section

        lines += integrate_section(args.repeat)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        plain = tmp / "plain"
        plain.mkdir()
        plain_bindings(plain)
        warm_up()
        for size in sizes:
            flows = {}
            for version in ("2.3", "2.2"):
                flows[version] = tmp / f"flow-{version}.xml"
                make_flow(version, size, flows[version])
            make_edited(flows["2.3"], tmp / "flow-2.3-edited.xml")
            mb = {v: p.stat().st_size / 1024**2 for v, p in flows.items()}
            header = f"## {mb['2.3']:.0f} MB flows"
            print(header)
            lines += [header, "", "| case | MB/s | ratio | peak RSS MB |", "|---|--:|--:|--:|"]
            base: dict[str, float] = {}
            done: dict[str, dict[str, float]] = {}
            for name, version, code, limit, streaming in CASES:
                if (limit is not None and size > limit) or (size >= 1024**3 and not streaming):
                    continue
                if args.cases and not any(text in name for text in args.cases):
                    continue
                runs = [
                    run_case(code, flows[version], tmp / "out.xml", plain)
                    for _ in range(max(1, args.repeat))
                ]
                timed = [r for r in runs if not isinstance(r, str)]
                res = min(timed, key=lambda r: r["seconds"]) if timed else runs[0]
                if isinstance(res, str):
                    row = f"| {name} | failed: {res} | | |"
                else:
                    done[name] = res
                    speed = mb[version] / res["seconds"]
                    base.setdefault(version, speed)
                    ratio = speed / base[version]
                    row = f"| {name} | {speed:.1f} | {ratio:.3f} | {res['rss_mb']:.0f} |"
                print(row)
                lines.append(row)
            lines.append("")
            migration = (
                migration_summary(done, mb["2.2"]) + diff_summary(done) + data_out_summary(done)
            )
            print("\n".join(migration))
            lines += [*migration, ""] if migration else []
            for path in [*flows.values(), tmp / "flow-2.3-edited.xml"]:
                path.unlink()
    results = args.results
    if results is None and not args.cases:  # a selection never replaces the full results
        results = HERE / "RESULTS.md"
    if results is not None:
        results.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwritten to {results}")


if __name__ == "__main__":
    main()
