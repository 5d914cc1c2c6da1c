"""Job 1 with lheo: one CSV row per session of a LHÉO flow (any version), in constant memory.

    python examples/jobs/flatten_sessions.py [FLOW] [OUT.csv]

The default columns (identifiers, titles, codes and their labels, place, dates, organisme,
contact…) are listed in the README; ``columns=[…]`` picks others, by name or path.
"""

import sys
import tempfile
from pathlib import Path

import lheo


def main(source="examples/data/catalogue-2.3.xml", target=None):
    target = target or Path(tempfile.gettempdir(), "sessions.csv")
    print(lheo.export(source, target, format="csv", level="session"), "rows in", target)


if __name__ == "__main__":
    main(*sys.argv[1:])
