"""Deterministic generator of large valid LHÉO flows for benchmarks.

    python benchmarks/make_flow.py --version 2.3 --size 50MB out.xml

The formations of a seed flow (by default our example of that version in examples/data/) are
repeated, with their numero/id attributes made unique, until the output reaches the size asked.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = {
    "2.3": ROOT / "examples" / "data" / "catalogue-2.3.xml",
    "2.2": ROOT / "examples" / "data" / "onisep-2.2.xml",
}


def parse_size(text: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([KMG]?B?)", text.strip().upper())
    if not match:
        raise argparse.ArgumentTypeError(f"bad size {text!r} (e.g. 5MB, 200MB, 1GB)")
    number, unit = float(match.group(1)), match.group(2).rstrip("B")
    return int(number * {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}[unit])


def make_flow(version: str, size: int, out: Path, seed: Path | None = None) -> int:
    """Write a flow of about ``size`` bytes to ``out``; return the number of formations."""
    source = etree.parse(str(seed or SEEDS[version]))
    root = source.getroot()
    ns = etree.QName(root).namespace
    offres = root.find(f"{{{ns}}}offres")
    assert offres is not None
    formations = offres.findall(f"{{{ns}}}formation")
    trailing = [el for el in offres if etree.QName(el).localname != "formation"]
    # Serialised while still in the tree, so that they keep the default namespace.
    bodies = [etree.tostring(f, encoding="unicode") for f in formations]
    for el in formations + trailing:
        offres.remove(el)
    for el in root.findall(f"{{{ns}}}extras"):
        root.remove(el)
    head, tail = etree.tostring(root, encoding="unicode").split("<offres", 1)
    head += "<offres" + tail.split(">", 1)[0].rstrip("/") + ">\n"
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write(head)
        written = len(head)
        while written < size:
            body = bodies[count % len(bodies)]
            # Unique identifiers per copy keep xs:ID values distinct and the flow realistic.
            body = re.sub(r'( (?:numero|id)=")([^"]*)"', rf'\g<1>\g<2>-{count}"', body)
            body = re.sub(r' xmlns(:\w+)?="[^"]*"', "", body)
            handle.write(body + "\n")
            written += len(body.encode("utf-8")) + 1
            count += 1
        handle.write("</offres>\n</lheo>\n")
    return count


def make_index(size: int, out: Path, seed: Path | None = None) -> int:
    """Write a 2.3 ``lheo-index`` of about ``size`` bytes; return its number of resume-offre.

    The ``resume-offre`` of the seed (our example index by default) are repeated, numbered
    apart, until the size is reached; its ``resumes-organismes`` and extras follow them.
    """
    text = (seed or ROOT / "examples" / "data" / "index-2.3.xml").read_text(encoding="utf-8")
    start = text.index("<resume-offre ")
    start = text.rindex("\n", 0, start) + 1
    end = text.index("</resumes-offres>")
    end = text.rindex("\n", 0, end) + 1
    head, body, tail = text[:start], text[start:end], text[end:]
    count = 0
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(head)
        written = len(head.encode("utf-8")) + len(tail.encode("utf-8"))
        while written < size:
            copy = re.sub(r'( numero=")([^"]*)"', rf"\g<1>\g<2>-{count}\"", body)
            handle.write(copy)
            written += len(copy.encode("utf-8"))
            count += 1
        handle.write(tail)
    return count * body.count("<resume-offre ")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", choices=sorted(SEEDS), default="2.3")
    parser.add_argument("--kind", choices=["lheo", "lheo-index"], default="lheo")
    parser.add_argument("--size", type=parse_size, default=parse_size("5MB"))
    parser.add_argument("--seed", type=Path, default=None)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.kind == "lheo-index":
        n = make_index(args.size, args.out, args.seed)
        print(f"{args.out}: {args.out.stat().st_size:,} bytes, {n} resume-offre")
    else:
        n = make_flow(args.version, args.size, args.out, args.seed)
        print(f"{args.out}: {args.out.stat().st_size:,} bytes, {n} formations")
