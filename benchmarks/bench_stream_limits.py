"""Streaming on the inputs that used to break it: one huge formation, large trailing extras,
a lheo-index past line 65,535. Time and peak RSS per case, each in its own subprocess.

    python benchmarks/bench_stream_limits.py                  # this checkout
    python benchmarks/bench_stream_limits.py --code ../main   # another checkout, to compare
    python benchmarks/bench_stream_limits.py --only migrate   # cases whose name has "migrate"

What to look for: ``migrate_stream`` and ``validate_stream`` times that double (not
quadruple) when one formation doubles; ``validate_stream`` peak RSS that does not grow with
trailing extras. No assertion: targets live here, figures in the report of issue 8.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_flow import make_index  # noqa: E402

SEEDS = {"2.3": ROOT / "examples" / "data" / "catalogue-2.3.xml"}
SEEDS["2.2"] = ROOT / "examples" / "data" / "onisep-2.2.xml"
MB = 1024 * 1024


def big_formation(version: str, size: int, out: Path) -> int:
    """A small formation, then one of about ``size`` bytes (its first action repeated)."""
    text = SEEDS[version].read_text(encoding="utf-8")
    first = re.search(r"<formation .*?</formation>", text, re.S)
    assert first is not None
    formation = first.group()
    action = re.search(r"<action .*?</action>", formation, re.S)
    assert action is not None
    head = text[: text.index("<formation ")]
    parts = [head, formation, "\n    ", formation[: action.start()]]
    written, count = sum(len(p) for p in parts), 0
    while written < size:
        copy = re.sub(r'( numero=")([^"]*)"', rf'\g<1>\g<2>-{count}"', action.group())
        parts.append(copy + "\n      ")
        written += len(copy.encode("utf-8")) + 7
        count += 1
    parts += [formation[action.end() :], "\n  </offres>\n</lheo>\n"]
    out.write_text("".join(parts), encoding="utf-8")
    return count


def trailing_extras(size: int, out: Path) -> int:
    """The example catalogue, then ``offres/extras`` of about ``size`` bytes of ``extra``."""
    text = SEEDS["2.3"].read_text(encoding="utf-8")
    cut = text.index("</offres>")
    parts, written, count = [text[:cut], '  <extras info="fin">\n'], 0, 0
    while written < size:
        line = f'    <extra info="k{count}">valeur {count}</extra>\n'
        parts.append(line)
        written += len(line)
        count += 1
    parts.append("  </extras>\n" + text[cut:])
    out.write_text("".join(parts), encoding="utf-8")
    return count


CODE = {
    "lheo.validate": "lheo.validate(PATH, stream=False)",
    "lheo.validate_stream": "lheo.validate_stream(PATH)",
    "lheo.read": "lheo.read(PATH)",
    "lheo.iter_formations": (
        "with lheo.iter_formations(PATH) as s:\n    for _ in s: pass\n    s.trailing_extras"
    ),
    "lheo.migrate + write": "lheo.write(lheo.migrate(PATH).document, OUT)",
    "migrate_stream": "from lheo.migration import migrate_stream\nmigrate_stream(PATH, OUT)",
}

RUNNER = """
import json, sys, time
sys.path[:0] = {paths!r}
import lheo
PATH, OUT = {path!r}, {out!r}
start = time.perf_counter()
try:
{code}
    result = "ok"
except Exception as exc:
    result = f"{{type(exc).__name__}}: {{str(exc)[:70]}}"
elapsed = time.perf_counter() - start
# VmHWM, not ru_maxrss: that one starts from the parent's peak at fork.
with open("/proc/self/status") as status:
    rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(json.dumps({{"s": elapsed, "rss": rss, "result": result}}))
"""


def run(code: Path, name: str, path: Path, out: Path) -> str:
    body = "\n".join("    " + line for line in CODE[name].splitlines())
    script = RUNNER.format(
        paths=[str(code), str(code / "generated")], path=str(path), out=str(out), code=body
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=3600
    )
    if proc.returncode:
        return f"crashed: {proc.stderr.strip().splitlines()[-1][:80]} | "
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    tail = "" if res["result"] == "ok" else f" ({res['result']})"
    return f"{res['s']:.2f} s{tail} | {res['rss']:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose lheo to run")
    parser.add_argument("--only", default="", help="run the cases whose name has this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out = folder / "out.xml"
        cases: list[tuple[str, Path, list[str]]] = []
        for mb in (4, 8, 16):
            path = folder / f"formation-2.3-{mb}.xml"
            big_formation("2.3", mb * MB, path)
            cases.append((f"one {mb} MB formation (2.3)", path, list(CODE)[:4]))
        for mb in (4, 8, 16):
            path = folder / f"formation-2.2-{mb}.xml"
            big_formation("2.2", mb * MB, path)
            cases.append((f"one {mb} MB formation (2.2)", path, list(CODE)[4:]))
        for mb in (4, 16):
            path = folder / f"extras-{mb}.xml"
            trailing_extras(mb * MB, path)
            cases.append((f"{mb} MB of trailing extras", path, list(CODE)[:4]))
        path = folder / "index.xml"
        make_index(3 * MB, path)
        lines = path.read_bytes().count(b"\n")
        cases.append((f"lheo-index, {lines:,} lines", path, list(CODE)[:4]))
        print(f"lheo from {args.code}")
        print("| input | case | time | peak RSS |\n|---|---|--:|--:|")
        for label, path, names in cases:
            for name in names:
                if args.only and args.only not in f"{label} {name}":
                    continue
                print(f"| {label} | {name} | {run(args.code, name, path, out)} |", flush=True)


if __name__ == "__main__":
    main()
