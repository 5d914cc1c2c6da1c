"""Data out: rows, CSV/JSON Lines/Parquet files, a DataFrame, nested JSON and a search.

Every sink reads the flow once, formation by formation, in constant memory; the same column
names hold for 1.3.0, 2.2 and 2.3 flows.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import lheo

DATA = Path(__file__).resolve().parent / "data"
FLOW = DATA / "catalogue-2.3.xml"

# One dict per session, with its action's, formation's and organisme's columns.
for row in lheo.records(FLOW):
    print(row["formation_intitule"], row["lieu_ville"], row["session_debut"])

# Custom columns, the same for a 1.3.0 flow.
for row in lheo.records(
    DATA / "offre-1.3.0.xml", level="action", columns="lieu_ville,formation_rome"
):
    print(row)

with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp)
    print(lheo.export(FLOW, out / "sessions.csv"), "rows in sessions.csv")
    lheo.export(
        [FLOW, DATA / "onisep-2.2.xml"], out / "actions.jsonl", format="jsonl", level="action"
    )
    lheo.export(FLOW, out / "formations.json", format="json-formations")
    try:
        lheo.export(FLOW, out / "sessions.parquet", format="parquet")  # lheo[parquet]
        frame = lheo.to_dataframe(FLOW)  # lheo[pandas]
        print(frame[["formation_intitule", "session_debut"]].head())
    except ImportError as exc:
        print(f"skipped: {exc}")

# Parcours 3: actions whose title holds "développeur" (any case or accent), in the Bas-Rhin.
for summary in lheo.search(FLOW, title_contains="developpeur", departement="67"):
    print(summary.numero, summary.organisme, summary.ville, summary.debuts)

# The same search over the index of that flow; levels compare across the two niveau tables.
for summary in lheo.search(DATA / "index-2.3.xml", niveau_entree=("<=", "14")):
    print(summary.numero, summary.file, summary.intitule)
