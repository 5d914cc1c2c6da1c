"""Job 4 with lheo: migrate every LHÉO 2.2 flow of a folder to 2.3, with a report per flow.

python examples/jobs/migrate_folder.py [FOLDER] [OUT_FOLDER]
"""

import sys
import tempfile
from pathlib import Path

import lheo


def main(folder="examples/data", out_folder=None):
    out = Path(out_folder or Path(tempfile.gettempdir(), "lheo-migrated"))
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(folder).glob("*.xml")):
        version, _kind = lheo.detect(path)
        if version != "2.2":
            continue
        try:
            result = lheo.migrate(path, timezone="Europe/Paris")
        except lheo.LheoError as error:
            print(path.name, "refused:", error)
            continue
        lheo.write(result.document, out / path.name)
        (out / f"{path.stem}.report.json").write_text(result.report.to_json(), encoding="utf-8")
        report = result.report
        print(path.name, len(report.changes), "changes,", len(report.warnings), "warnings")


if __name__ == "__main__":
    main(*sys.argv[1:])
