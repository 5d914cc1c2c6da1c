"""Start-up benchmark: what a user waits for on a small flow, each command a fresh process.

    python benchmarks/bench_startup.py              # best of 15 runs per command
    python benchmarks/bench_startup.py --repeat 40

Wall time of whole subprocesses on a generated 2.3 flow of one formation (under 10 KB), next to
``python -c pass`` (starting the interpreter) and a script that validates the same flow with
lxml alone (the floor for any Python tool that validates). Runs are interleaved (one run of
each command per round) and the best is kept, as other work on the machine only ever adds
time. Processes run with byte code cached (in a temporary ``PYTHONPYCACHEPREFIX``, filled by an
untimed first round), as an installed package has its ``.pyc`` files, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling environment. No assertion: the targets
(issue #9) are shown next to the figures.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow  # noqa: E402

#: Flow size asked of make_flow: one formation of the 2.3 seed, about 9.7 KB.
SMALL = 8 * 1024

_LXML_VALIDATE = (
    "import sys\n"
    "from lxml import etree\n"
    "schema = etree.XMLSchema(etree.parse(sys.argv[1]))\n"
    "sys.exit(0 if schema.validate(etree.parse(sys.argv[2])) else 1)"
)

# Each case: (name, arguments after the interpreter, target in ms or None). SCHEMA and PATH
# stand for the 2.3 XSD and the small flow; CLI for the `lheo` console script.
CASES: list[tuple[str, list[str], float | None]] = [
    ("python -c pass", ["-c", "pass"], None),
    ("lxml-only validate script", ["-c", _LXML_VALIDATE, "SCHEMA", "PATH"], None),
    ('python -c "import lheo"', ["-c", "import lheo"], 100),
    ("lheo validate small.xml", ["CLI", "validate", "PATH"], 150),
    ("lheo info small.xml", ["CLI", "info", "PATH"], 150),
    ("lheo.read(small.xml)", ["-c", "import lheo, sys\nlheo.read(sys.argv[1])", "PATH"], None),
]


def _cli() -> list[str]:
    # The console script beside the interpreter, run by it (the same code as typing `lheo`);
    # `python -m lheo` when it is not installed.
    script = Path(sys.executable).with_name("lheo")
    return [str(script)] if script.is_file() else ["-m", "lheo"]


class Row(NamedTuple):
    """One case of :func:`measure`: best and median wall time in seconds, over the runs."""

    name: str
    best: float
    median: float
    target: float | None  # ms
    failed: str | None  # the last line of stderr when the command did not exit 0


def measure(repeat: int = 15, *, cache: bool = True) -> tuple[int, list[Row]]:
    """Run every case ``repeat`` times; return the flow's size and one row per case.

    With ``cache=False``, no ``.pyc`` is written (``PYTHONDONTWRITEBYTECODE=1``): modules that
    have none beside them, such as those of a source checkout, are compiled at every start.
    """
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        flow = tmp / "small.xml"
        make_flow("2.3", SMALL, flow)
        schema = ROOT / "lheo" / "schemas" / "2.3" / "lheo.xsd"
        env = dict(os.environ)
        if cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        words = {"SCHEMA": [str(schema)], "PATH": [str(flow)], "CLI": _cli()}
        commands = [
            [sys.executable, *(w for arg in args for w in words.get(arg, [arg]))]
            for _name, args, _target in CASES
        ]
        # `python -c` puts its working folder first on sys.path: run where no lheo lies.
        run = functools.partial(subprocess.run, cwd=tmp, env=env, check=False)
        failed: list[str | None] = []
        for command in commands:  # untimed: fills the byte-code cache, checks the exit code
            proc = run(command, capture_output=True, text=True)
            lines = proc.stderr.strip().splitlines() or ["failed"]
            failed.append(None if proc.returncode == 0 else lines[-1][:80])
        times: list[list[float]] = [[] for _ in commands]
        for _round in range(repeat):
            for index, command in enumerate(commands):
                start = time.perf_counter()
                run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[index].append(time.perf_counter() - start)
        size = flow.stat().st_size
    rows = [
        Row(name, min(found), statistics.median(found), target, fail)
        for (name, _args, target), found, fail in zip(CASES, times, failed, strict=True)
    ]
    return size, rows


def table(rows: list[Row]) -> list[str]:
    """Markdown table of :func:`measure`'s rows, with each case's cost over ``python -c pass``."""
    base = rows[0].best
    lines = [
        "| command | best ms | median ms | over `python -c pass` | × `python -c pass` | target |",
        "|---|--:|--:|--:|--:|---|",
    ]
    for row in rows:
        if row.failed is not None:
            lines.append(f"| {row.name} | failed: {row.failed} | | | | |")
            continue
        goal = ""
        if row.target is not None:
            met = "met" if row.best * 1000 <= row.target else "missed"
            goal = f"≤ {row.target:.0f} ms: {met}"
        lines.append(
            f"| {row.name} | {row.best * 1000:.0f} | {row.median * 1000:.0f} | "
            f"+{(row.best - base) * 1000:.0f} ms | {row.best / base:.1f} | {goal} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (best kept)")
    parser.add_argument(
        "--no-cache", action="store_true", help="write no .pyc (a source checkout compiles)"
    )
    args = parser.parse_args()
    size, rows = measure(args.repeat, cache=not args.no_cache)
    cached = "without" if args.no_cache else "with"
    print(
        f"Start-up, {size:,} byte 2.3 flow, best of {args.repeat}, byte code {cached} cache, "
        f"{sys.executable}"
    )
    print("\n".join(table(rows)))


if __name__ == "__main__":
    main()
