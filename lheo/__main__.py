"""``python -m lheo`` runs the command line."""

from lheo.cli import main

main()
