"""Stream a large LHÉO flow in constant memory: filter formations, write the selection.

    python examples/stream_large_flow.py            # works on a flow it generates itself
    python examples/stream_large_flow.py in.xml 31054 out.xml

Without arguments, a flow of a few MB is first generated in a temporary folder (with
StreamWriter, from the formations of examples/data/catalogue-2.3.xml). The flow is then read
one formation at a time with lheo.iter_formations, the formations with a given FORMACODE are
kept and written with lheo.StreamWriter, and the result is validated with
lheo.validate_stream. Memory stays flat whatever the size of the flow.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import attrs

import lheo

HERE = Path(__file__).resolve().parent
SEED = HERE / "data" / "catalogue-2.3.xml"


def generate(out: Path, copies: int) -> None:
    """Write a flow of ``copies`` times the seed's formations, with unique numbers."""
    with lheo.iter_formations(SEED) as seed:
        formations = list(seed)
        extras = seed.trailing_extras
        header = {"root_attrs": seed.root_attrs, "offres_attrs": seed.offres_attrs}
    with lheo.StreamWriter(out, version="2.3", **header) as writer:
        for copy in range(copies):
            for formation in formations:
                writer.write(attrs.evolve(formation, numero=f"{formation.numero}-{copy}"))
        for extra in extras:
            writer.write_extras(extra)


def formacodes(formation: object) -> set[str]:
    """The FORMACODE codes of a formation (2.x)."""
    domaine = getattr(formation, "domaine_formation", None)
    return {code.value for code in getattr(domaine, "code_formacode", [])}


def select(source: Path, code: str, target: Path) -> tuple[int, int]:
    """Copy the formations of ``source`` that carry FORMACODE ``code`` into ``target``."""
    seen = kept = 0
    with lheo.iter_formations(source) as stream:
        with lheo.StreamWriter(
            target,
            version=stream.version,
            root_attrs=stream.root_attrs,
            offres_attrs=stream.offres_attrs,
            xsi=stream.xsi,
        ) as writer:
            for formation in stream:
                seen += 1
                if code in formacodes(formation):
                    writer.write(formation)
                    kept += 1
    return seen, kept


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        if argv:
            source, code, target = Path(argv[0]), argv[1], Path(argv[2])
        else:
            source, code, target = Path(tmp) / "flow.xml", "31054", Path(tmp) / "selection.xml"
            generate(source, copies=40)
            print(f"generated {source.name}: {source.stat().st_size:,} bytes")
        start = time.perf_counter()
        seen, kept = select(source, code, target)
        took = time.perf_counter() - start
        print(f"read {seen} formations in {took:.1f} s, kept {kept} with FORMACODE {code}")
        report = lheo.validate_stream(target)
        print(f"{target.name}: {target.stat().st_size:,} bytes, valid: {report.ok}")
        for issue in report.errors[:5]:
            print(f"  {issue}")
        return 0 if report.ok and kept else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
