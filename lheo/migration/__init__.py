"""Migration of LHÉO 2.2 flows to 2.3, on lxml trees, with a full audit report.

The rules are those of ``docs/onisep-2.2-to-2.3.md`` (Onisep's list of changes and our
decisions on what it leaves open); each change is recorded in a :class:`MigrationReport`, and
:func:`check_nothing_lost` verifies that no input value disappeared without a word::

    out, report = migrate_tree(root22, timezone="Europe/Paris")
    print(report.summary_text())
    assert check_nothing_lost(root22, out, report) == []

A flow too big for memory is migrated in one streaming pass by :func:`migrate_stream`, which
writes the same bytes and streams the same report to a JSON Lines file
(:meth:`MigrationReport.from_jsonl` loads it back)::

    result = migrate_stream("flux-2.2.xml", "flux-2.3.xml", report_target="report.jsonl")
    print(result.summary_text())

Added in 0.1.
"""

from __future__ import annotations

from lheo._codes import is_valid_siret, is_valid_uai
from lheo.migration._additions import (
    add_code_uai,
    add_cycle,
    add_enseignement,
    add_langue_formation,
    add_siret_lieu_formation,
)
from lheo.migration._document import MigrationResult, migrate
from lheo.migration._engine import Niveaux, Profile, is_onisep_flow, migrate_tree
from lheo.migration._invariant import check_nothing_lost
from lheo.migration._items import RULE_TITLES
from lheo.migration._report import Change, MigrationReport, MigrationWarning
from lheo.migration._rules import RULES, Rule
from lheo.migration._streaming import StreamMigrationResult, migrate_stream
from lheo.migration._tree import NS_2_2, NS_2_3

__all__ = [
    "NS_2_2",
    "NS_2_3",
    "RULES",
    "RULE_TITLES",
    "Change",
    "MigrationReport",
    "MigrationResult",
    "MigrationWarning",
    "Niveaux",
    "Profile",
    "Rule",
    "StreamMigrationResult",
    "add_code_uai",
    "add_cycle",
    "add_enseignement",
    "add_langue_formation",
    "add_siret_lieu_formation",
    "check_nothing_lost",
    "is_onisep_flow",
    "is_valid_siret",
    "is_valid_uai",
    "migrate",
    "migrate_stream",
    "migrate_tree",
]
