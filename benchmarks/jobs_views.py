"""Jobs 1 (flatten to CSV) and 6 (search) of issue 10 with typed views, timed against plain lxml
iterparse scripts (benchmarks/lxml_flatten_views_columns.py, examples/jobs/lxml/search_offers.py) on the same generated 2.3 flow.

    python benchmarks/jobs_views.py                   # 50 MB, best of 3
    python benchmarks/jobs_views.py --sizes 5MB 200MB

Each variant runs in its own process; the outputs of the lheo variants are checked equal to the
lxml ones. Target (issue 10): within 1.5x of the lxml script (ratio lxml/lheo ≥ 0.67).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

COLUMNS = [
    "formation",
    "intitule",
    "niveau_sortie",
    "action",
    "ville",
    "codepostal",
    "session",
    "debut",
    "fin",
    "etat_recrutement",
    "organisme",
    "siret",
]


def _iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


def flatten_rows(formations: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Job 1 with views: one row per session."""
    for f in formations:
        org = f.organisme_formation_responsable
        siret = org.siret_organisme_formation
        for action in f.action:
            lieux = action.lieu_de_formation
            adresse = lieux[0].coordonnees.adresse if lieux else None
            for session in action.session:
                periode = session.periode
                yield {
                    "formation": f.numero,
                    "intitule": f.intitule_formation,
                    "niveau_sortie": f.code_niveau_sortie,
                    "action": action.numero,
                    "ville": adresse.ville if adresse is not None else None,
                    "codepostal": adresse.codepostal if adresse is not None else None,
                    "session": session.numero,
                    "debut": _iso(periode.debut),
                    "fin": _iso(periode.fin),
                    "etat_recrutement": session.etat_recrutement,
                    "organisme": org.nom_organisme,
                    "siret": siret.siret if siret is not None else None,
                }


def flatten(formations: Iterable[Any], target: str) -> None:
    with open(target, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, COLUMNS)
        writer.writeheader()
        writer.writerows(flatten_rows(formations))


def fold(value: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search(formations: Iterable[Any], word: str, departement: str) -> Iterator[dict[str, Any]]:
    """Job 6 with views: actions whose formation title has ``word``, in one département."""
    word = fold(word)
    for f in formations:
        title = f.intitule_formation
        if word not in fold(title):
            continue
        organisme = f.organisme_formation_responsable.nom_organisme
        for action in f.action:
            lieux = action.lieu_de_formation
            adresse = lieux[0].coordonnees.adresse if lieux else None
            if adresse is None or adresse.departement != departement:
                continue
            yield {
                "numero": action.numero,
                "organisme": organisme,
                "intitule": title,
                "ville": adresse.ville,
                "codepostal": adresse.codepostal,
                "debuts": [s.periode.raw("debut") for s in action.session],
            }


WORD, DEPARTEMENT = "bac", "51"

VARIANTS = {
    "flatten": {
        "lxml iterparse": "import lxml_flatten_views_columns as job\nT0()\njob.main(PATH, OUT)",
        "lheo.parse views": (
            "import lheo, jobs_views as job\nfrom lxml import etree\nT0()\n"
            "job.flatten(lheo.parse(PATH).root.offres.formation, OUT)"
        ),
        "lheo.iter_formations(view=True)": (
            "import lheo, jobs_views as job\nfrom lxml import etree\nT0()\n"
            "job.flatten(lheo.iter_formations(PATH, view=True, strict=False), OUT)"
        ),
    },
    "search": {
        "lxml iterparse": (
            "import json, search_offers as job\nT0()\n"
            f"found = list(job.search(PATH, {WORD!r}, {DEPARTEMENT!r}))\n"
            "open(OUT, 'w').write(json.dumps(found))"
        ),
        "lheo.parse views": (
            "import json, lheo, jobs_views as job\nfrom lxml import etree\nT0()\n"
            f"found = list(job.search(lheo.parse(PATH).root.offres.formation, {WORD!r}, "
            f"{DEPARTEMENT!r}))\nopen(OUT, 'w').write(json.dumps(found))"
        ),
        "lheo.iter_formations(view=True)": (
            "import json, lheo, jobs_views as job\nfrom lxml import etree\nT0()\n"
            "found = list(job.search(lheo.iter_formations(PATH, view=True, strict=False), "
            f"{WORD!r}, {DEPARTEMENT!r}))\nopen(OUT, 'w').write(json.dumps(found))"
        ),
    },
}

RUNNER = """
import gc, json, resource, sys, time
PATH, OUT = sys.argv[1:3]
sys.path[:0] = sys.argv[3:5]
_t = [time.perf_counter()]
def T0():
    gc.collect()
    _t[0] = time.perf_counter()
{code}
elapsed = time.perf_counter() - _t[0]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": elapsed, "rss_mb": rss}}))
"""


def run(code: str, path: Path, out: Path) -> dict[str, float]:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            RUNNER.format(code=code),
            str(path),
            str(out),
            str(HERE),
            str(ROOT / "examples" / "jobs" / "lxml"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    from make_flow import make_flow, parse_size

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="+", type=parse_size, default=[parse_size("50MB")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for size in args.sizes:
            path = tmp / "flow.xml"
            make_flow("2.3", size, path)
            mb = path.stat().st_size / 1024**2
            print(f"## {mb:.0f} MB 2.3 flow (best of {args.repeat})")
            print("| job | variant | s | ratio (lxml/lheo) | peak RSS MB | same output |")
            print("|---|---|--:|--:|--:|:-:|")
            for job, variants in VARIANTS.items():
                # Rounds interleave the variants, so that a change of load on the machine
                # weighs on all of them alike.
                runs: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
                for _round in range(args.repeat):
                    for name, code in variants.items():
                        runs[name].append(run(code, path, tmp / f"{job}-{name.split()[0]}.out"))
                base: float | None = None
                reference: bytes | None = None
                for name in variants:
                    seconds = min(r["seconds"] for r in runs[name])
                    rss = min(r["rss_mb"] for r in runs[name])
                    data = (tmp / f"{job}-{name.split()[0]}.out").read_bytes()
                    if base is None:
                        base, reference = seconds, data
                    print(
                        f"| {job} | {name} | {seconds:.3f} | {base / seconds:.2f} | {rss:.0f} "
                        f"| {'yes' if data == reference else 'NO'} |",
                        flush=True,
                    )
            path.unlink()


if __name__ == "__main__":
    main()
