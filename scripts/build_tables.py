#!/usr/bin/env python3
"""Build the Python modules of ``lheo.tables`` from the official LHÉO code tables.

Run once after the official tables change, then commit the resulting modules (never the CSV files):

    python scripts/build_tables.py            # writes lheo/tables/{_common,v1_3_0,v2_2,v2_3}.py
    python scripts/build_tables.py --check    # exit 1 if the committed modules are out of date

Input: ``../shared/lheo/tables`` (``index.csv``, ``2.2/dict-*.csv``, ``2.3/dict-*.csv`` and
``legacy-dict-files-2.2-tag/*.csv``), or the folder given with ``--tables``. Only codes and labels
(facts) are carried over. Nothing in ``lheo`` imports this script.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TABLES = ROOT.parent / "shared" / "lheo" / "tables"
OUT = ROOT / "lheo" / "tables"
LINE = 100

#: The 1.3.0 tables: (dict name, source, elements of 1.3.0 that use it).
#: "legacy" = the standalone definition/dict-*.xml tables of the 2.2 tag (1.3.0/2.0 era);
#: "2.2" = the inline 2.2 dict, for tables the 1.3.0 spec and examples use, that have no standalone
#: file, and whose change the 2.0.0-2.2 changelog does not record.
V1_3_0 = (
    (
        "dict-boolean",
        "2.2",
        (
            "diplomante",
            "niveau-entree-obligatoire",
            "prise-en-charge-frais-possible",
            "remuneration-possible",
            "conventionnement",
        ),
    ),
    ("dict-FOAD", "legacy", ("FOAD",)),
    ("dict-modalites-es", "legacy", ("modalite-entrees-sorties",)),
    ("dict-AIS", "legacy", ("objectif-general-formation",)),
    ("dict-perimetre-recrutement", "legacy", ("code-perimetre-recrutement",)),
    ("dict-type-parcours", "2.2", ("parcours-de-formation",)),
    ("dict-type-positionnement", "2.2", ("positionnement",)),
    ("dict-type-module", "2.2", ("type-module",)),
    ("dict-niveaux", "legacy", ("code-niveau-entree", "code-niveau-sortie")),
    ("dict-public-vise-formacode", "legacy", ("code-public-vise",)),
)


class Table(NamedTuple):
    name: str
    fullname: str
    entries: tuple[tuple[str, str], ...]
    elements: tuple[str, ...]

    @property
    def attr(self) -> str:
        return self.name.removeprefix("dict-").replace("-", "_")


def read_csv(path: Path) -> tuple[tuple[str, str], ...]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["code", "label"]:
        raise SystemExit(f"{path}: unexpected header {rows[0]}")
    return tuple((code, label) for code, label in rows[1:])


def read_index(tables: Path) -> dict[tuple[str, str], dict[str, str]]:
    with (tables / "index.csv").open(encoding="utf-8", newline="") as f:
        return {(row["version"], row["dict"]): row for row in csv.DictReader(f)}


def load(tables: Path) -> dict[str, list[Table]]:
    index = read_index(tables)
    out: dict[str, list[Table]] = {"2.2": [], "2.3": [], "1.3.0": []}
    for (version, name), row in index.items():
        if version not in ("2.2", "2.3"):
            continue
        entries = read_csv(tables / row["file"])
        if len(entries) != int(row["entries"]):
            raise SystemExit(f"{row['file']}: {len(entries)} rows, index says {row['entries']}")
        elements = tuple(row["used_by_elements"].split())
        out[version].append(Table(name, row["fullname"], entries, elements))
    for name, source, elements in V1_3_0:
        row = index[(source, name)]
        out["1.3.0"].append(Table(name, row["fullname"], read_csv(tables / row["file"]), elements))
    return out


def literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def string_lines(text: str, indent: int) -> list[str]:
    """The literal of ``text`` on one line, or split at spaces into adjacent literals."""
    room = LINE - indent - 1
    if len(literal(text)) <= room:
        return [literal(text)]
    chunks: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(literal(candidate + " ")) > room:
            chunks.append(current + " ")
            current = word
        else:
            current = candidate
    chunks.append(current)
    if "".join(chunks) != text:
        raise SystemExit(f"cannot split {text!r}")
    return [literal(chunk) for chunk in chunks]


def table_code(table: Table, version: str, versions: tuple[str, ...]) -> list[str]:
    lines = [
        f"{table.attr}: Final = CodeTable(",
        f"    name={literal(table.name)},",
        f"    version={literal(version)},",
    ]
    if versions != (version,):
        lines.append(f"    versions=({', '.join(literal(v) for v in versions)}),")
    lines.append(f"    fullname={literal(table.fullname)},")
    lines.append("    entries=(")
    for code, label in table.entries:
        one = f"        ({literal(code)}, {literal(label)}),"
        if len(one) <= LINE:
            lines.append(one)
        else:
            lines.append("        (")
            lines.append(f"            {literal(code)},")
            parts = string_lines(label, 12)
            lines.extend(f"            {part}" for part in parts[:-1])
            lines.append(f"            {parts[-1]},")
            lines.append("        ),")
    lines += ["    ),", ")", ""]
    return lines


def import_sort_key(name: str) -> tuple[int, str]:
    # ruff's isort (order-by-type): CONSTANTS, then Classes, then the rest.
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


HEADER = "Generated by ``scripts/build_tables.py`` from the official tables; do not edit by hand."


def common_module(shared: list[Table]) -> str:
    lines = [
        '"""Code tables shared unchanged by LHÉO 2.2 and 2.3 (one object for both versions).',
        "",
        HEADER,
        "Import them from :mod:`lheo.tables.v2_2` or :mod:`lheo.tables.v2_3`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "from lheo.tables._table import CodeTable",
        "",
        "__all__ = [",
        *(f"    {literal(t.attr)}," for t in sorted(shared, key=lambda t: import_sort_key(t.attr))),
        "]",
        "",
    ]
    for table in shared:
        lines += table_code(table, "2.2", ("2.2", "2.3"))
    return "\n".join(lines).rstrip("\n") + "\n"


DOCS = {
    "2.2": (
        '"""LHÉO 2.2 code tables: the {n} ``dict-*`` of the 2.2 grammar (``lheo-gml.xml``).',
        "",
        "Each table is a module attribute named after the dict without ``dict-`` (dashes become",
        "underscores): ``niveaux`` is ``dict-niveaux``. ``TABLES`` maps dict names to tables and",
        "``BY_ELEMENT`` maps each code-valued element to its table.",
        "",
        "Tables unchanged in 2.3 are the very objects of :mod:`lheo.tables.v2_3`; their",
        '``versions`` is ``("2.2", "2.3")``.',
        "",
        HEADER,
        '"""',
    ),
    "2.3": (
        '"""LHÉO 2.3 code tables: the {n} ``dict-*`` of the 2.3 grammar (``lheo-gml.xml``).',
        "",
        "Each table is a module attribute named after the dict without ``dict-`` (dashes become",
        "underscores): ``niveaux`` is ``dict-niveaux``, ``modalites_es`` is ``dict-modalites-es``.",
        "``TABLES`` maps dict names to tables and ``BY_ELEMENT`` maps each code-valued element",
        "to its table.",
        "",
        "Tables unchanged since 2.2 are the very objects of :mod:`lheo.tables.v2_2`: their",
        '``version`` is ``"2.2"`` and their ``versions`` is ``("2.2", "2.3")``. Two tables differ:',
        '``niveaux`` (2.3 adds codes 11 to 18, "Niveau 1" to "Niveau 8" of the new nomenclature,',
        "next to the old 0 to 8; PEL-37) and ``financeurs`` (PEL-40).",
        "",
        HEADER,
        '"""',
    ),
    "1.3.0": (
        '"""LHÉO 1.3.0 code tables (the {n} tables of the 1.3.0 era that can be sourced).',
        "",
        "No 1.3.0 grammar survives (its full ``lheo.dtd`` is lost), so these tables are built",
        "from:",
        "",
        "- the standalone tables of the 2.2 tag (``definition/dict-*.xml``, 1.3.0/2.0 era):",
        "  ``niveaux`` (0 to 8; the 1.3.0 ``lheo-leger.dtd`` maps the 1.2 pseudo-table onto them),",
        "  ``FOAD`` (renamed ``dict-modalites-enseignement`` in 2.0.0), ``AIS`` (8 codes, without",
        "  the 2.2 code 3), ``modalites_es``, ``perimetre_recrutement`` and",
        "  ``public_vise_formacode`` (``dict-public-vise-formacode``, FORMACODE V9 publics: 1.3.0",
        "  maps the old public-vise 0/1/2 to 80056/80011/80044; 2.0.0 made the table external);",
        "- the inline 2.2 dicts, for the tables the 1.3.0 exchange specification and the official",
        "  1.3.0 examples use but that have no standalone file: ``boolean``, ``type_parcours``,",
        "  ``type_positionnement``, ``type_module``. The 2.0.0 to 2.2 changelog records no change",
        "  to them.",
        "",
        "Left out: ``dict-etat-recrutement`` (element added in 2.2.0), the FORMACODE V9",
        "``dict-code-modalite-pedagogique`` (element added in 2.0.0), the FORMACODE V10 tables and",
        "``dict-financeurs`` (no 1.3.0 source; ``code-financeur`` stays unchecked).",
        "",
        'These are separate objects from the 2.2 ones (``version`` is ``"1.3.0"``), even when',
        "equal. ``BY_ELEMENT`` maps the 1.3.0 elements (from the specification and the examples)",
        "to their tables.",
        "",
        HEADER,
        '"""',
    ),
}


def version_module(version: str, tables: list[Table], shared: set[str]) -> str:
    own = [t for t in tables if t.attr not in shared]
    imported = sorted((t.attr for t in tables if t.attr in shared), key=import_sort_key)
    doc = "\n".join(DOCS[version]).replace("{n}", str(len(tables)))
    lines = [
        doc,
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from types import MappingProxyType",
        "from typing import Final",
        "",
    ]
    if imported:
        lines.append("from lheo.tables._common import (")
        lines += [f"    {name}," for name in imported]
        lines.append(")")
    lines += ["from lheo.tables._table import CodeTable", ""]
    attrs = sorted((t.attr for t in tables), key=import_sort_key)
    names = ["BY_ELEMENT", "TABLES", "VERSION", *attrs]
    lines += ["__all__ = [", *(f"    {literal(n)}," for n in names), "]", ""]
    lines += [f"VERSION: Final = {literal(version)}", ""]
    for table in own:
        lines += table_code(table, version, (version,))
    lines.append("TABLES: Final[Mapping[str, CodeTable]] = MappingProxyType(")
    lines.append("    {")
    lines += [f"        {literal(t.name)}: {t.attr}," for t in tables]
    lines += ["    }", ")", ""]
    lines.append("BY_ELEMENT: Final[Mapping[str, CodeTable]] = MappingProxyType(")
    lines.append("    {")
    lines += [f"        {literal(e)}: {t.attr}," for t in tables for e in t.elements]
    lines += ["    }", ")", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def build(tables_dir: Path) -> dict[Path, str]:
    data = load(tables_dir)
    v22 = {t.name: t for t in data["2.2"]}
    shared = [
        t
        for t in data["2.3"]
        if t.name in v22 and (v22[t.name].entries, v22[t.name].fullname) == (t.entries, t.fullname)
    ]
    shared_attrs = {t.attr for t in shared}
    return {
        OUT / "_common.py": common_module(shared),
        OUT / "v2_2.py": version_module("2.2", data["2.2"], shared_attrs),
        OUT / "v2_3.py": version_module("2.3", data["2.3"], shared_attrs),
        OUT / "v1_3_0.py": version_module("1.3.0", data["1.3.0"], set()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, default=DEFAULT_TABLES, help="official tables")
    parser.add_argument("--check", action="store_true", help="only check the modules are current")
    args = parser.parse_args(argv)
    stale = []
    for path, text in build(args.tables).items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
