"""The items of ``docs/onisep-2.2-to-2.3.md`` that the migration rules carry out: ids and titles.

A fact table at the bottom of the package: the rules (:mod:`lheo.migration._rules`) take their
titles from it and the report (:mod:`lheo.migration._report`) renders them, without either
importing the other.
"""

from __future__ import annotations

#: Title of each rule id (the item number of the doc, ``"ns"`` for the namespace change), in
#: the order the rules run.
RULE_TITLES: dict[str, str] = {
    "ns": "namespace 2.2 → 2.3",
    "14": "removals: date-information, empty code-RNCP",
    "1": "DATE EXPORT ONISEP → offres/@horodatage-export",
    "3": "URI … → @uri",
    "2": "DATE CREATION/MODIFICATION … → @horodatage-*",
    "8": "lignes before adresse → adresse/denomination",
    "9": "duree-indicative in years → duree-cycle",
    "13": "niveaux (option decret-2019)",
    "4": "code-CERTIFINFO up to 10 characters",
    "5": "organisme-formateur / lieu-de-formation 0..n",
    "6": "SIRET-lieu-formation (not invented)",
    "7": "code-UAI-* (not invented)",
    "10": "cycle (not invented)",
    "11": "enseignement (not invented)",
    "12": "langue-formation 0..5",
}
