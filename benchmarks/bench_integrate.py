"""The speed and memory of ``lheo.carif.integrate`` on large CARIF-OREF exports.

    python benchmarks/bench_integrate.py               # the three exports below
    python benchmarks/bench_integrate.py --repeat 3

Each export is an index (1.3.0 ``lheo-leger``, FLUX-CARIF marked) of N summaries naming M
distinct offer files (copies of the bundled marked offer), all local. Each measure runs in
its own subprocess (``run.run_case``), best of ``--repeat``: ``lheo.carif.integrate`` against
the least a script does by hand with lxml (parse the index, validate it with the XSD, then
parse and validate each distinct offer file; no marking, no export-date or safety check).
Target: peak RSS not growing with the index (N) — the lxml script holds the index's tree,
``integrate`` streams it. Time is shown against the script's: most of the difference is the
streaming validation of the index (about 3× the cost of validating a tree). ``run.py`` adds this
table to ``RESULTS.md``. No assertion: targets live here.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: (summaries in the index, distinct offer files).
EXPORTS = ((10_000, 1_000), (100_000, 1_000), (100_000, 10_000))

_NS = "{http://www.lheo.org/1.3.0}"

LXML = """
import os
from lxml import etree
xsd = os.path.join(os.path.dirname(sys.path[0]), "lheo", "schemas", "1.3.0", "lheo.xsd")
schema = etree.XMLSchema(etree.parse(xsd))
T0()
index = etree.parse(PATH)
assert schema.validate(index)
folder = os.path.dirname(PATH)
valid = {}
for summary in index.iter("{http://www.lheo.org/1.3.0}resume-offre"):
    name = summary.get("file")
    if name and name not in valid:
        valid[name] = schema.validate(etree.parse(os.path.join(folder, name)))
assert all(valid.values())
"""

LHEO = """
import lheo.carif
T0()
report = lheo.carif.integrate(PATH)
assert report.integrated and not report.excluded_offers
"""


def make_export(folder: Path, summaries: int, files: int) -> Path:
    """An index of ``summaries`` summaries over ``files`` offer files, in ``folder``.

    Written as bytes, never held as a tree: the measuring subprocesses inherit this
    process's peak RSS on Linux, so it must stay small.
    """
    offer = (ROOT / "examples" / "data" / "offre-1.3.0.xml").read_bytes()
    for number in range(files):
        (folder / f"offre-{number}.xml").write_bytes(offer)
    tree = etree.parse(str(ROOT / "examples" / "data" / "index-1.3.0.xml"))
    resumes = tree.getroot().find(f"{_NS}resumes-offres")
    assert resumes is not None
    model = resumes.find(f"{_NS}resume-offre")
    assert model is not None
    for old in resumes.findall(f"{_NS}resume-offre"):
        resumes.remove(old)
    model.set("file", "@FILE@")
    model.tail = "\n"
    one = etree.tostring(model, encoding="UTF-8").replace(f' xmlns="{_NS[1:-1]}"'.encode(), b"")
    resumes.text = "@SUMMARIES@"
    head, tail = etree.tostring(tree, xml_declaration=True, encoding="UTF-8").split(b"@SUMMARIES@")
    path = folder / "index.xml"
    with open(path, "wb") as out:
        out.write(head)
        for number in range(summaries):
            out.write(one.replace(b"@FILE@", f"offre-{number % files}.xml".encode()))
        out.write(tail)
    return path


def integrate_section(repeat: int = 1) -> list[str]:
    """The table of ``RESULTS.md`` (printed as it is measured)."""
    from run import run_case

    lines = [
        "## Integration of a CARIF-OREF export (`bench_integrate.py`)",
        "",
        "| summaries | offer files | index MB | lxml script s | lheo.carif.integrate s "
        "| time × lxml | lxml RSS MB | lheo RSS MB |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    print("\n".join(lines))
    for summaries, files in EXPORTS:
        with tempfile.TemporaryDirectory() as name:
            index = make_export(Path(name), summaries, files)
            best: dict[str, dict[str, float]] = {}
            for label, code in (("lxml", LXML), ("lheo", LHEO)):
                for _ in range(max(1, repeat)):
                    res = run_case(code, index, Path(name) / "out", Path(name))
                    if isinstance(res, str):
                        raise SystemExit(f"{label} failed: {res}")
                    if label not in best or res["seconds"] < best[label]["seconds"]:
                        best[label] = res
            mb = index.stat().st_size / 1024**2
            row = (
                f"| {summaries:,} | {files:,} | {mb:.0f} | {best['lxml']['seconds']:.1f} "
                f"| {best['lheo']['seconds']:.1f} "
                f"| {best['lheo']['seconds'] / best['lxml']['seconds']:.2f} "
                f"| {best['lxml']['rss_mb']:.0f} | {best['lheo']['rss_mb']:.0f} |"
            )
            print(row)
            lines.append(row)
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="runs per case, the best kept")
    integrate_section(parser.parse_args().repeat)


if __name__ == "__main__":
    main()
