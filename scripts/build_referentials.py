#!/usr/bin/env python3
"""Build the offline geographic referential of ``lheo.referentials`` from the npm registry.

A maintainer's tool, never run by the tests or by ``lheo`` itself: run it when a new vintage
of the official geographic code (Code officiel géographique, INSEE) is published, check the
diff, then commit what it writes::

    python scripts/build_referentials.py                # the latest version on npm
    python scripts/build_referentials.py --version 6.0.0
    python scripts/build_referentials.py --tarball decoupage-administratif-6.0.0.tgz

Input: the npm package ``@etalab/decoupage-administratif`` (data under Licence Ouverte 2.0 /
Etalab, code under MIT), fetched with ``npm pack`` when npm is installed, else through the
registry's JSON document and its tarball URL; its SHA-1 (``shasum``) and SHA-512
(``integrity``) are checked against the registry's.

Output, in ``lheo/referentials/data/``:

- ``communes.tsv.gz``: one line per code: ``code``, ``nom``, ``departement``, ``region``,
  ``codes postaux`` (space-separated), ``kind`` (``commune``, ``arrondissement`` for the
  municipal arrondissements of Paris, Lyon and Marseille, ``deleguee``/``associee`` for the
  former communes whose code is no current commune's) and ``parent`` (the current commune
  of an arrondissement or former commune). gzip is written without a timestamp, so that an
  unchanged input gives the same bytes;
- ``divisions.json``: départements (code → name, région) and régions (code → name);
- ``PROVENANCE.json``: package, version, tarball URL, its hashes, date, licence.
"""

from __future__ import annotations

import argparse
import base64
import datetime
import gzip
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lheo" / "referentials" / "data"
PACKAGE = "@etalab/decoupage-administratif"
REGISTRY = "https://registry.npmjs.org"
LICENCE = "Licence Ouverte 2.0 (Etalab) for the data; MIT for the package's code"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
TIMEOUT = 60

# decoupage-administratif's "type" → our kind (current communes first).
KINDS = {
    "commune-actuelle": "commune",
    "arrondissement-municipal": "arrondissement",
    "commune-deleguee": "deleguee",
    "commune-associee": "associee",
}


def _get(url: str) -> bytes:
    if not url.startswith("https://"):
        raise SystemExit(f"refusing a non-https URL: {url}")
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310 - https only
        data: bytes = response.read()
    return data


def registry_entry(version: str | None) -> dict[str, Any]:
    """The registry's document of one version of the package (the latest by default)."""
    doc = json.loads(_get(f"{REGISTRY}/{urllib.parse.quote(PACKAGE, safe='@')}"))
    wanted = version or doc["dist-tags"]["latest"]
    try:
        entry: dict[str, Any] = doc["versions"][wanted]
    except KeyError:
        raise SystemExit(f"{PACKAGE} has no version {wanted}") from None
    return entry


def fetch_tarball(entry: dict[str, Any]) -> bytes:
    """The package's tarball: ``npm pack`` when npm is there, else the registry's URL."""
    npm = shutil.which("npm")
    if npm is not None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(
                [npm, "pack", f"{PACKAGE}@{entry['version']}", "--silent"],
                cwd=tmp,
                check=True,
                stdout=subprocess.DEVNULL,
                timeout=10 * TIMEOUT,
            )
            (packed,) = Path(tmp).glob("*.tgz")
            return packed.read_bytes()
    return _get(entry["dist"]["tarball"])


def check_hashes(data: bytes, entry: dict[str, Any]) -> dict[str, str]:
    """The tarball's SHA-1 and SHA-512, checked against the registry's."""
    sha1 = hashlib.sha1(data).hexdigest()  # noqa: S324 - npm's own shasum, not security
    sha512 = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    dist = entry["dist"]
    if sha1 != dist.get("shasum"):
        raise SystemExit(f"SHA-1 mismatch: {sha1} != {dist.get('shasum')}")
    if "integrity" in dist and sha512 != dist["integrity"]:
        raise SystemExit("SHA-512 mismatch with the registry's integrity")
    return {"sha1": sha1, "integrity": sha512}


def _member(archive: tarfile.TarFile, name: str) -> Any:
    stream = archive.extractfile(f"package/data/{name}")
    if stream is None:
        raise SystemExit(f"{name} missing from the tarball")
    return json.load(stream)


def derive(data: bytes) -> tuple[list[tuple[str, ...]], dict[str, Any]]:
    """The communes table and the divisions, from the tarball's JSON files."""
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        communes = _member(archive, "communes.json")
        departements = _member(archive, "departements.json")
        regions = _member(archive, "regions.json")
    rows: dict[str, tuple[str, ...]] = {}
    # Current communes and arrondissements first: a former commune keeps its line only when
    # its code is no current one's (a commune nouvelle often takes its chef-lieu's code).
    for rank in ("commune", "arrondissement", "deleguee", "associee"):
        for item in communes:
            kind = KINDS.get(item.get("type", ""))
            if kind != rank or item["code"] in rows:
                continue
            parent = item.get("commune") or item.get("chefLieu") or ""
            rows[item["code"]] = (
                item["code"],
                item["nom"],
                item.get("departement", ""),
                item.get("region", ""),
                " ".join(item.get("codesPostaux", ())),
                kind,
                "" if kind == "commune" else parent,
            )
    divisions = {
        "departements": {
            d["code"]: {"nom": d["nom"], "region": d["region"]}
            for d in sorted(departements, key=lambda d: d["code"])
        },
        "regions": {r["code"]: {"nom": r["nom"]} for r in sorted(regions, key=lambda r: r["code"])},
    }
    return sorted(rows.values()), divisions


def write(
    rows: list[tuple[str, ...]], divisions: dict[str, Any], provenance: dict[str, Any]
) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    header = ("code", "nom", "departement", "region", "codes_postaux", "kind", "parent")
    text = "".join("\t".join(row) + "\n" for row in [header, *rows])
    for row in rows:
        if any("\t" in cell or "\n" in cell for cell in row):
            raise SystemExit(f"a tab or newline in {row}")
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8"))
    (OUT / "communes.tsv.gz").write_bytes(buffer.getvalue())
    (OUT / "divisions.json").write_text(
        json.dumps(divisions, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    (OUT / "PROVENANCE.json").write_text(
        json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--version", help="the package version (default: the latest)")
    parser.add_argument("--tarball", type=Path, help="a tarball already downloaded (checked)")
    args = parser.parse_args(argv)
    entry = registry_entry(args.version)
    data = args.tarball.read_bytes() if args.tarball else fetch_tarball(entry)
    hashes = check_hashes(data, entry)
    rows, divisions = derive(data)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[5]] = counts.get(row[5], 0) + 1
    provenance = {
        "package": PACKAGE,
        "version": entry["version"],
        "tarball": entry["dist"]["tarball"],
        **hashes,
        "built": datetime.date.today().isoformat(),
        "source": "Code officiel géographique (INSEE) and La Poste postcodes, "
        "through https://github.com/datagouv/decoupage-administratif",
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "counts": dict(sorted(counts.items())),
        "departements": len(divisions["departements"]),
        "regions": len(divisions["regions"]),
    }
    write(rows, divisions, provenance)
    print(f"{PACKAGE}@{entry['version']}: {counts}, written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
