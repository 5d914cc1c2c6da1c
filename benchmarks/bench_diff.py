"""The speed and memory of ``lheo.diff`` on two large exports of one flow.

    python benchmarks/bench_diff.py                    # 50 MB and 200 MB 2.3 flows
    python benchmarks/bench_diff.py --sizes 50MB --repeat 3

The second export is the first with a few hundred edits made deterministically
(:func:`make_edited`: session dates changed, attributes changed, sessions added and removed,
formations removed, formations moved). Each measure runs in its own subprocess, best of
``--repeat``: ``lheo.diff`` of the two flows against ``lxml.etree.parse`` of both in the same
run (target: within 3×), and the peak RSS of the diff (target: not growing like the flows).
``benchmarks/run.py`` runs the same two cases on its flows. No assertion: targets live here.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from copy import deepcopy
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_flow import make_flow, parse_size  # noqa: E402

#: The kinds of edits, in the order :func:`make_edited` counts them.
EDITS = ("date", "attribute", "session-removed", "session-added", "removed", "moved")

#: How far a moved formation goes (formations later in the flow).
MOVE_BY = 40


def _count(path: Path, tag: bytes) -> int:
    count = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(tag)  # a tag cut between two blocks is not counted: a few
    return count


def _edit(formation: etree._Element, kind: str, number: int, ns: str) -> str:
    """Apply one edit of ``kind`` to a formation; return the kind actually made."""
    sessions = formation.findall(f".//{{{ns}}}session")
    if kind == "date" and sessions:
        debut = sessions[0].find(f"{{{ns}}}periode/{{{ns}}}debut")
        if debut is not None:
            debut.text = "20991231"
            return kind
    if kind == "session-removed" and len(sessions) > 1:
        sessions[-1].getparent().remove(sessions[-1])  # type: ignore[union-attr]
        return kind
    if kind == "session-added" and sessions:
        added = deepcopy(sessions[0])
        added.set("numero", f"bench-added-{number}")
        sessions[0].addnext(added)
        return kind
    formation.set("datemaj", "20991231")
    return "attribute"


def make_edited(src: Path, out: Path, *, edits: int = 300, seed: int = 11) -> dict[str, int]:
    """Write ``out``: the flow ``src`` (one of make_flow's) with ``edits`` edits.

    Read formation by formation (constant memory). Returns the count of each kind of edit
    made (see :data:`EDITS`).
    """
    total = _count(src, b"<formation ")
    rng = random.Random(seed)
    # A few hundred on 50 MB (a formation in ten at most): as many on smaller flows would
    # measure the comparison of changed formations rather than the reading.
    edits = max(0, min(edits, total // 10, total - MOVE_BY - 1))
    chosen = dict(
        zip(sorted(rng.sample(range(total - MOVE_BY - 1), edits)), range(edits), strict=True)
    )
    made = dict.fromkeys(EDITS, 0)
    with open(src, "rb") as handle:
        start = handle.read(1 << 20)  # make_flow writes the root and offres first
    head = start[: start.index(b"<formation ")]
    held: list[tuple[int, bytes]] = []  # moved formations: (where they go, XML)
    with open(out, "wb") as handle:
        handle.write(head)
        ns = ""
        for index, (_event, el) in enumerate(
            etree.iterparse(str(src), tag="{*}formation", huge_tree=True)
        ):
            ns = etree.QName(el).namespace or ""
            kind = EDITS[rng.randrange(len(EDITS))] if index in chosen else None
            if kind == "moved":
                held.append((index + MOVE_BY, etree.tostring(el, with_tail=False)))
                made[kind] += 1
            elif kind == "removed":
                made[kind] += 1
            else:
                if kind is not None:
                    made[_edit(el, kind, index, ns)] += 1
                handle.write(etree.tostring(el, with_tail=False) + b"\n")
            while held and held[0][0] <= index:
                handle.write(held.pop(0)[1] + b"\n")
            el.clear()
            parent = el.getparent()
            while el.getprevious() is not None and parent is not None:
                del parent[0]
        for _where, body in held:
            handle.write(body + b"\n")
        handle.write(b"</offres>\n</lheo>\n")
    return made


RUNNER = """
import gc, json, resource, sys, time
OLD, NEW = sys.argv[1:3]
gc.collect()
t0 = time.perf_counter()
{code}
elapsed = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "rss_mb": rss, "out": OUT}}))
"""

CASES = {
    "lxml.etree.parse of both": "from lxml import etree\n"
    "etree.parse(OLD)\netree.parse(NEW)\nOUT = None",
    "lheo.diff": "import lheo\nd = lheo.diff(OLD, NEW)\n"
    "OUT = {k: [v.added, v.removed, v.changed] for k, v in d.summary().items()}",
}


def measure(code: str, old: Path, new: Path, repeat: int) -> dict[str, object]:
    """Best of ``repeat`` runs of ``code``, each in its own subprocess."""
    best: dict[str, object] | None = None
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-c", RUNNER.format(code=code), str(old), str(new)],
            capture_output=True,
            text=True,
            check=True,
        )
        result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
        if best is None or float(result["seconds"]) < float(best["seconds"]):  # type: ignore[arg-type]
            best = result
    assert best is not None
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="+", type=parse_size, default=[50 * 2**20, 200 * 2**20])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for size in args.sizes:
            old, new = tmp / "old.xml", tmp / "new.xml"
            make_flow("2.3", size, old)
            made = make_edited(old, new, edits=args.edits)
            mb = old.stat().st_size / 2**20
            print(f"## {mb:.0f} MB 2.3 flows, {args.edits} edits: {made}")
            parse = measure(CASES["lxml.etree.parse of both"], old, new, args.repeat)
            done = measure(CASES["lheo.diff"], old, new, args.repeat)
            ratio = float(done["seconds"]) / float(parse["seconds"])  # type: ignore[arg-type]
            print(f"lxml.etree.parse of both: {parse['seconds']:.2f} s, {parse['rss_mb']:.0f} MB")
            print(
                f"lheo.diff: {done['seconds']:.2f} s ({ratio:.2f} × parsing both; target ≤ 3), "
                f"peak RSS {done['rss_mb']:.0f} MB; summary {done['out']}"
            )


if __name__ == "__main__":
    main()
