"""Generate lheo/schemas/1.3.0/lheo.xsd, the lheo project's reconstruction of LHÉO 1.3.0.

No official 1.3.0 XSD, GML or full DTD survives. This script holds the reconstructed grammar as
Python data (one entry per element, with the reason for each non-obvious rule) and writes the XSD
in the project's layout: attribute groups, simple types, simple-content complex types, then every
element as a global element, top-down.

Code labels are read from the official tables in ../shared/lheo/tables (legacy 1.3.0/2.0-era
dict files first, then the 2.2 GML dicts).

Usage: python scripts/draft_schema_1_3_0.py [--check]
"""

from __future__ import annotations

import csv
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "lheo"
TABLES = SHARED / "tables"
OUT = ROOT / "lheo" / "schemas" / "1.3.0" / "lheo.xsd"
NS = "http://www.lheo.org/1.3.0"
UNB = -1  # maxOccurs="unbounded"

HEADER = """\
  LHÉO 1.3.0 - RECONSTRUCTED schema (namespace http://www.lheo.org/1.3.0).

  This is NOT an official LHÉO schema. No 1.3.0 XSD, GML or full DTD survives (the official
  lheo-leger.dtd and lheo-plus.dtd include a "lheo.dtd" that is lost). The lheo project rebuilt
  this grammar from:
    1. the six official 1.3.0 examples (lheo/lheo-schema eeb306f:definition/exemples/*.xml,
       definition/exemple-photographe.xml, manuel/exemple-*.xml): they all validate against it
       (exemple-leger.xml once its elements are put into the 1.3.0 namespace);
    2. the official 1.3.0 DTDs lheo-leger.dtd and lheo-plus.dtd (lheo-leger, resume-offre,
       resume-organisme, contact-formation, lheo-plus, offre-potentielle);
    3. the 2.0.0 changelog (2.2:definition/changements.html), applied in reverse to the 2.2
       grammar (2.2:definition/lheo-gml.xml and its generated lheo.xsd): offre-formation,
       action-formation, organisation-formation and its parts, organismes, module, the codes-*
       wrappers, lheo-leger, the old lengths (resultats-attendus 200, rythme-formation 50,
       conditions-specifiques 300, modalite-alternance 150, modalites-recrutement 100,
       urlweb 200, courriel 80), one certification, no prenom/civilite/geolocalisation;
    4. the DGEFP CARIF-OREF / Parcours 3 exchange specification on LHÉO 1.3.0 (fields of
       circles 1 and 2, LHÉO-Léger structure, FLUX-CARIF extras);
    5. the 1.3.0/2.0-era code tables (standalone dict-*.xml files of the 2.2 tag: dict-niveaux
       0-8, dict-FOAD, dict-AIS, dict-modalites-es, dict-perimetre-recrutement) and, for the
       tables that have no legacy file (boolean, type-parcours, type-positionnement,
       type-module, financeurs), the dicts of the 2.2 GML.
  Element documentation: the 2.2 GML fullname of the element (or of its 2.x renamed form), in
  the project's own words for the 1.3.0 containers that 2.0.0 removed.

  Main decisions:
    - Element order, nesting and names come from the examples; cardinalities and lengths come
      from 2.2 (or the 2.0.0 changelog's old values); circle 1 fields are required, circle 2
      fields optional.
    - Where the examples contradict another source, the examples win and the rule is widened
      just enough to accept both (each case is commented at its spot): resume-offre is an
      xs:all (the only one; children in lheo-leger.dtd order, any order accepted) because
      exemple-leger.xml does not follow the DTD order; modalites-recrutement keeps 3000
      characters (the conseiller example has 157 > 100); coordonnees accepts ligne after
      adresse.
    - Empty values: the examples use empty elements for data not provided (contenu-formation,
      nom, ligne, adresse, lieu-date-inscription, numtel, courriel, urlweb, code-RNCP, date,
      code-perimetre-recrutement, prix-horaire-TTC, duree-conventionnee, transport, ...). These
      elements (and restauration/hebergement, siblings of transport) accept the empty value
      (types texte-max-N and *-ou-vide, all-optional children); every other element keeps the
      2.2 minimum (texte-N = 1..N characters).
    - extras* ends every sequence (as in 2.x; 1.3.0 had extras in most of them and the sources
      do not say which ones lacked it).
    - Attributes: common (numero, info, ref, id, idref, tag) on every element, dates (datemaj,
      datecrea) and links (href, file) on the elements matching those that carry them in 2.2,
      so that one set of bindings fits every version. tag (2.0.0), idref (2.1.0) and
      datemaj/datecrea (2.2) did not exist in 1.3.0: they are accepted, never required.
    - code-public-vise is a 5-character code (as 2.2), not an enumeration: the photographe
      example uses 80999, which is in no surviving public-vise table.
    - Sources silent: the most permissive reasonable rule consistent with the examples and 2.0,
      said in a comment at that spot.

  Drafted with scripts/draft_schema_1_3_0.py (which holds the reason for every rule); checked
  by tests/test_schema_v1_3_0.py.
  Type names, as in the project's 2.x schemas: texte-N = 1..N characters, texte-max-N = 0..N,
  texte-fixe-N = exactly N, texte-M-a-N = M..N, nombre = integer, date-aaaammjj, dict-X = code
  table X (xs:token enumeration, labels in xs:documentation); 1.3.0 only: X-ou-vide = X or the
  empty string. X-element = X + the common attributes (simple-content elements).\
"""


# --------------------------------------------------------------------------------------------
# Simple types
# --------------------------------------------------------------------------------------------


@dataclass
class Simple:
    """A named simple type."""

    name: str
    body: str  # inner XSD (restriction or union)
    doc: str = ""


# 1.3.0 name -> 2.2 name, for the elements renamed in 2.0.0 (their 2.2 fullname documents them).
RENAMED_IN_2X = {
    "offre-formation": "formation",
    "action-formation": "action",
    "intitule-action": "intitule-formation",
    "diplomante": "certifiante",
    "contact-offre": "contact-formation",
    "contact-formation": "contact-formation-resume",
    "modalite-alternance": "modalites-alternance",
    "FOAD": "modalites-enseignement",
    "modalite-entrees-sorties": "modalites-entrees-sorties",
    "lheo-leger": "lheo-index",
}
# Documentation of the 1.3.0 elements that have no 2.2 counterpart.
DOC_1_3_0 = {
    "codes-NSF": "Codes NSF",
    "codes-FORMACODE": "Codes FORMACODE",
    "codes-ROME": "Codes ROME",
    "codes-public-vise": "Codes de public visé",
    "organisation-formation": "Organisation de la formation",
    "conditions-pedagogiques": "Conditions pédagogiques",
    "conditions-administratives": "Conditions administratives",
    "remuneration-possible": "Rémunération possible",
    "modalites-acces": "Modalités d'accès",
    "lieu-date-inscription": "Lieu et date d'inscription",
    "date-inscription": "Date d'inscription",
    "date-limite-inscription": "Date limite d'inscription",
    "sessions": "Sessions de formation",
    "organisation-pedagogique": "Organisation pédagogique",
    "organisation-administrative": "Organisation administrative",
    "organisation-materielle": "Organisation matérielle",
    "organismes": "Organismes",
    "organismes-financeurs": "Organismes financeurs",
    "module": "Module",
    "offre-potentielle": "Offre potentielle (organismes sans offre précise)",
}


def fullnames_2_2() -> dict[str, str]:
    """Fullnames (French) of the 2.2 GML definitions."""
    from lxml import etree

    gml = "{http://www.gelaba.org/gml/1.1}"
    root = etree.parse(str(SHARED / "2.2" / "lheo-gml.xml")).getroot()
    names = {}
    for d in root.iter(f"{gml}definition"):
        fullname = d.find(f"{gml}fullname")
        if fullname is not None and fullname.text:
            names[d.get("name")] = " ".join(fullname.text.split())
    return names


def documentation(name: str, fullnames: dict[str, str]) -> str:
    if name in DOC_1_3_0:
        return DOC_1_3_0[name]
    return fullnames[RENAMED_IN_2X.get(name, name)]


def texte_name(lo: int, hi: int) -> str:
    """Name of a text type, as in the project's 2.x schemas."""
    if lo == 0:
        return f"texte-max-{hi}"
    if lo == 1:
        return f"texte-{hi}"
    if lo == hi:
        return f"texte-fixe-{hi}"
    return f"texte-{lo}-a-{hi}"


def texte(lo: int, hi: int) -> Simple:
    facets = f'<xs:maxLength value="{hi}"/>'
    if lo:
        facets = f'<xs:minLength value="{lo}"/>' + facets
    return Simple(texte_name(lo, hi), f'<xs:restriction base="xs:string">{facets}</xs:restriction>')


def read_table(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(r["code"], r["label"]) for r in csv.DictReader(f)]


@dataclass
class Dict:
    """A code table (dict) as an xs:token enumeration."""

    name: str
    source: str  # path under tables/
    doc: str
    codes: list[tuple[str, str]] = field(default_factory=list)

    def simple(self) -> Simple:
        self.codes = read_table(TABLES / self.source)
        enums = "".join(
            f"<xs:enumeration value={quoteattr(c)}><xs:annotation><xs:documentation>"
            f"{escape(label)}</xs:documentation></xs:annotation></xs:enumeration>"
            for c, label in sorted(self.codes, key=lambda x: (len(x[0]), x[0]))
        )
        return Simple(
            self.name, f'<xs:restriction base="xs:token">{enums}</xs:restriction>', self.doc
        )


DICTS = [
    Dict("dict-boolean", "2.2/dict-boolean.csv", "Valeurs booléennes (table 2.2, 0/1)."),
    Dict(
        "dict-niveaux",
        "legacy-dict-files-2.2-tag/dict-niveaux.csv",
        "Niveaux 0-8 (dict-niveaux.xml 1.3.0/2.0, cf. lheo-leger.dtd: I -> 8 ... VI -> 2).",
    ),
    Dict(
        "dict-FOAD",
        "legacy-dict-files-2.2-tag/dict-FOAD.csv",
        "FOAD (dict-FOAD.xml, renamed dict-modalites-enseignement in 2.0.0).",
    ),
    Dict(
        "dict-AIS",
        "legacy-dict-files-2.2-tag/dict-AIS.csv",
        "Objectif général de formation (dict-AIS.xml; 2.2 adds code 3).",
    ),
    Dict(
        "dict-modalites-es",
        "legacy-dict-files-2.2-tag/dict-modalites-es.csv",
        "Modalités d'entrées/sorties (dict-modalites-es.xml).",
    ),
    Dict(
        "dict-perimetre-recrutement",
        "legacy-dict-files-2.2-tag/dict-perimetre-recrutement.csv",
        "Périmètre de recrutement (dict-perimetre-recrutement.xml).",
    ),
    Dict(
        "dict-type-parcours",
        "2.2/dict-type-parcours.csv",
        "Type de parcours de formation (no legacy file: 2.2 GML dict).",
    ),
    Dict(
        "dict-type-positionnement",
        "2.2/dict-type-positionnement.csv",
        "Type de positionnement (no legacy file: 2.2 GML dict).",
    ),
    Dict(
        "dict-type-module",
        "2.2/dict-type-module.csv",
        "Type de module (no legacy file: 2.2 GML dict).",
    ),
    Dict(
        "dict-financeurs",
        "2.2/dict-financeurs.csv",
        "Financeurs (2.2 GML dict, numeric codes as in the examples: 2, 11; the legacy"
        " dict-financeurs-formacodes-V10 980xx codes are a later FORMACODE-based table).",
    ),
]

DATE = Simple(
    "date-aaaammjj",
    '<xs:restriction base="xs:token"><xs:length value="8"/>'
    '<xs:pattern value="[0-9][0-9][0-9][0-9][019][0-9][01239][0-9]"/></xs:restriction>',
    "Date AAAAMMJJ (same facets as the 2.2 basic_date).",
)
NOMBRE = Simple(
    "nombre",
    '<xs:restriction base="xs:long"/>',
    "Integer: xs:long as in the official 2.2 schema and the project's 2.x schemas (the 2.2 GML"
    " says 0..99999; no schema enforces it).",
)


VIDE = Simple(
    "vide",
    '<xs:restriction base="xs:string"><xs:maxLength value="0"/></xs:restriction>',
    "The empty string: an empty element, used by the 1.3.0 examples for data not provided.",
)
DATE_OU_VIDE = Simple(
    "date-aaaammjj-ou-vide",
    '<xs:restriction base="xs:token">'
    '<xs:pattern value="([0-9][0-9][0-9][0-9][019][0-9][01239][0-9])?"/></xs:restriction>',
    "Date AAAAMMJJ or the empty string (empty element = not provided, as in the 1.3.0 examples).",
)
NOMBRE_OU_VIDE = Simple(
    "nombre-ou-vide",
    '<xs:restriction base="xs:token"><xs:pattern value="[0-9]*"/></xs:restriction>',
    "A non-negative integer written in digits, or the empty string (empty element = not"
    " provided, as in the 1.3.0 examples).",
)


# --------------------------------------------------------------------------------------------
# Elements
# --------------------------------------------------------------------------------------------


@dataclass
class P:
    """A particle: element ref, or a nested sequence/choice."""

    kind: str  # "el", "seq", "choice"
    name: str = ""
    lo: int = 1
    hi: int = 1
    items: list[P] = field(default_factory=list)
    comment: str = ""


def el(name: str, lo: int = 1, hi: int = 1, comment: str = "") -> P:
    return P("el", name, lo, hi, comment=comment)


def opt(name: str, comment: str = "") -> P:
    return el(name, 0, 1, comment)


def many(name: str, lo: int = 0, hi: int = UNB, comment: str = "") -> P:
    return el(name, lo, hi, comment)


def seq(*items: P, lo: int = 1, hi: int = 1, comment: str = "") -> P:
    return P("seq", lo=lo, hi=hi, items=list(items), comment=comment)


def choice(*items: P, lo: int = 1, hi: int = 1, comment: str = "") -> P:
    return P("choice", lo=lo, hi=hi, items=list(items), comment=comment)


EXTRAS = many("extras")


@dataclass
class E:
    """A global element: simple (type name) or complex (particles)."""

    name: str
    type: str = ""  # simple type name for simple-content elements
    content: list[P] = field(default_factory=list)
    groups: tuple[str, ...] = ("common",)
    comment: str = ""
    heading: str = ""
    custom: str = ""  # raw XSD for extras/extra
    all_: bool = False  # xs:all instead of xs:sequence (children at most once, any order)


ELEMENTS: list[E] = [
    # ---------------------------------------------------------------- lheo document
    E(
        "lheo",
        content=[el("offres"), EXTRAS],
        groups=("common", "dates"),
        heading="lheo document",
        comment="lheo = (offres, extras*) as in 2.2 and the CARIF exchange spec.",
    ),
    E(
        "offres",
        content=[many("offre-formation", 1), EXTRAS],
        comment="offre-formation was renamed formation in 2.0.0; offres = (formation+, extras*)"
        " in 2.2.",
    ),
    E(
        "offre-formation",
        content=[
            el(
                "action-formation",
                comment='Exactly one: 2.0.0 "Une formation peut contenir de 1 à N actions".',
            ),
            el("organisation-formation"),
            el("organismes"),
            opt(
                "module",
                comment="module (identifiant-module) was removed in 2.0.0, identifiant-module"
                " moved into formation. Optional: only one example has it.",
            ),
            EXTRAS,
        ],
        groups=("common", "dates", "links"),
        heading="offre-formation",
        comment="Order from the examples. dates/links: as formation in 2.2 (not in 1.3.0,"
        " accepted for uniformity).",
    ),
    # ---------------------------------------------------------------- action-formation
    E(
        "action-formation",
        content=[
            el("domaine-formation"),
            el("intitule-action"),
            el("objectif-formation"),
            el("resultats-attendus"),
            el("contenu-formation"),
            el("diplomante"),
            el("codes-public-vise"),
            el("rythme-formation"),
            el("duree-indicative"),
            el("contact-offre"),
            el("parcours-de-formation"),
            opt("objectif-general-formation", comment="Circle 2: optional."),
            opt(
                "certification",
                comment="At most one: 2.0.0 \"On peut préciser dorénavant jusqu'à 5 éléments"
                ' certification".',
            ),
            opt("code-niveau-sortie", comment="Circle 2: optional."),
            EXTRAS,
        ],
        groups=("common", "dates"),
        heading="action-formation (description of the training)",
        comment="Order from the examples (all four agree); circle 1 fields required.",
    ),
    E(
        "domaine-formation",
        content=[
            opt("codes-NSF"),
            opt("codes-FORMACODE"),
            opt("codes-ROME"),
            EXTRAS,
        ],
        comment="Order NSF, FORMACODE, ROME from the examples (2.2 puts FORMACODE first);"
        " each optional as in 2.2.",
    ),
    E("codes-NSF", content=[many("code-NSF", 1, 3, comment="Max 3 as in 2.2."), EXTRAS]),
    E("code-NSF", "texte-fixe-3"),
    E(
        "codes-FORMACODE",
        content=[
            many(
                "code-FORMACODE",
                1,
                5,
                comment="Max 5 as in 2.2; the first one is the main FORMACODE (2.0.0 rule).",
            ),
            EXTRAS,
        ],
    ),
    E(
        "code-FORMACODE",
        "texte-fixe-5",
        comment="The ref attribute (FORMACODE version) is required only from 2.2 (#16).",
    ),
    E("codes-ROME", content=[many("code-ROME", 1, 5, comment="Max 5 as in 2.2."), EXTRAS]),
    E("code-ROME", "texte-fixe-5"),
    E("intitule-action", "texte-255", comment="Renamed intitule-formation in 2.0.0."),
    E("objectif-formation", "texte-3000"),
    E("resultats-attendus", "texte-200", comment="200 characters (2.0.0: 200 -> 3000)."),
    E(
        "contenu-formation",
        "texte-max-3000",
        comment="May be empty: <contenu-formation /> in exemple-conseiller-insertion.xml.",
    ),
    E(
        "diplomante",
        "dict-boolean",
        comment="certifiante in 2.x (a rename the changelog does not list).",
    ),
    E(
        "codes-public-vise",
        content=[many("code-public-vise", 1, 10, comment="1 to 10 as in 2.2."), EXTRAS],
        comment="Wrapper removed in 2.0.0 (code-public-vise moved into action).",
    ),
    E(
        "code-public-vise",
        "texte-fixe-5",
        comment="5-character FORMACODE public code, not an enumeration: the public table was"
        ' internal in 1.3.0 (2.0.0: "La table des publics est dorénavant externe") but the'
        " photographe example uses 80999, which is in no surviving table (V9/V10).",
    ),
    E("rythme-formation", "texte-50", comment="50 characters (2.0.0: 50 -> 3000)."),
    E(
        "duree-indicative",
        "texte-max-150",
        comment='Length before 2.2 unknown (2.2: "passe à 150 caractères", lgmin 0):'
        " 0..150 kept (permissive).",
    ),
    E(
        "contact-offre",
        content=[el("coordonnees"), EXTRAS],
        comment="Renamed contact-formation in 2.0.0.",
    ),
    E("parcours-de-formation", "dict-type-parcours"),
    E("objectif-general-formation", "dict-AIS"),
    E("certification", content=[opt("code-RNCP"), opt("code-CERTIFINFO"), EXTRAS]),
    E(
        "code-RNCP",
        "texte-max-6",
        comment="May be empty: <code-RNCP /> in the photographe examples (2.2: 1..6).",
    ),
    E("code-CERTIFINFO", "texte-6"),
    E("code-niveau-sortie", "dict-niveaux"),
    # ---------------------------------------------------------------- organisation-formation
    E(
        "organisation-formation",
        content=[
            el("conditions-pedagogiques"),
            el("conditions-administratives"),
            el("modalites-acces"),
            opt(
                "organisation-pedagogique",
                comment="Holds circle 2 data only: optional (present in every example).",
            ),
            opt(
                "organisation-administrative",
                comment="Holds circle 2 data only: optional (present in every example).",
            ),
            opt("organisation-materielle", comment="Circle 2; absent from the photographe files."),
            EXTRAS,
        ],
        heading="organisation-formation (how the training is organised; removed in 2.0.0)",
        comment="Order from the examples. All these containers were removed in 2.0.0 and"
        " their content spread over formation/action.",
    ),
    E(
        "conditions-pedagogiques",
        content=[
            el("code-niveau-entree"),
            el("niveau-entree-obligatoire"),
            el("modalite-alternance"),
            el("FOAD"),
            el("conditions-specifiques"),
            EXTRAS,
        ],
        comment="All circle 1: required. Order from the examples.",
    ),
    E("code-niveau-entree", "dict-niveaux"),
    E("niveau-entree-obligatoire", "dict-boolean"),
    E(
        "modalite-alternance",
        "texte-150",
        comment="150 characters (2.0.0: 150 -> 3000, renamed modalites-alternance).",
    ),
    E("FOAD", "dict-FOAD", comment="Renamed modalites-enseignement in 2.0.0."),
    E("conditions-specifiques", "texte-300", comment="300 characters (2.0.0: 300 -> 3000)."),
    E(
        "conditions-administratives",
        content=[el("prise-en-charge-frais-possible"), el("remuneration-possible"), EXTRAS],
        comment="remuneration-possible was removed in 2.0.0.",
    ),
    E("prise-en-charge-frais-possible", "dict-boolean"),
    E("remuneration-possible", "dict-boolean"),
    E(
        "modalites-acces",
        content=[
            el("lieu-de-formation"),
            el("modalite-entrees-sorties"),
            el("lieu-date-inscription"),
            el("sessions"),
            EXTRAS,
        ],
        comment="Order from the examples; all present in every example.",
    ),
    E("lieu-de-formation", content=[el("coordonnees"), EXTRAS]),
    E(
        "modalite-entrees-sorties",
        "dict-modalites-es",
        comment="Renamed modalites-entrees-sorties in 2.0.0.",
    ),
    E(
        "lieu-date-inscription",
        content=[
            opt("adresse-inscription"),
            opt("date-inscription"),
            opt(
                "adresse-information",
                comment="Guess: adresse-information and date-information (circle 2) were in"
                " lieu-date-inscription (their 2.2 glossary entry is lieu-date-inscription),"
                " after the inscription pair.",
            ),
            many("date-information", 0, 3, comment="Max 3 as in 2.2."),
            EXTRAS,
        ],
        comment="Every child optional: <lieu-date-inscription /> is empty in the conseiller"
        " example. Removed in 2.0.0.",
    ),
    E("adresse-inscription", content=[el("adresse"), EXTRAS]),
    E("date-inscription", content=[el("date"), EXTRAS]),
    E("adresse-information", content=[el("adresse"), EXTRAS]),
    E("date-information", content=[el("date"), EXTRAS]),
    E(
        "sessions",
        content=[many("session", 1), EXTRAS],
        comment="Wrapper of session (removed in 2.0.0, session+ directly in action).",
    ),
    E(
        "session",
        content=[
            el(
                "periode",
                comment="adresse-inscription, periode-inscription... moved into session only"
                " in 2.2.",
            ),
            EXTRAS,
        ],
        groups=("common", "dates"),
    ),
    E("periode", content=[el("debut"), el("fin"), EXTRAS]),
    E("debut", "date-aaaammjj"),
    E("fin", "date-aaaammjj"),
    E(
        "date",
        "date-aaaammjj-ou-vide",
        comment="May be empty: <date /> in date-limite-inscription of the conseiller example.",
    ),
    E(
        "organisation-pedagogique",
        content=[
            opt("modalites-recrutement"),
            opt("modalites-pedagogiques"),
            opt("positionnement"),
            opt("sous-modules"),
            opt("modules-prerequis"),
            EXTRAS,
        ],
        comment="Circle 2, all optional. Order from the examples.",
    ),
    E(
        "modalites-recrutement",
        "texte-max-3000",
        comment="CONFLICT: 2.0.0 says 100 -> 3000, but the official conseiller example has"
        " 157 characters here. The example wins: 0..3000 as in 2.2.",
    ),
    E("modalites-pedagogiques", "texte-max-200", comment="0..200 as in 2.2 (empty in an example)."),
    E("positionnement", "dict-type-positionnement"),
    E("sous-modules", content=[many("sous-module", 1), EXTRAS]),
    E("sous-module", content=[el("reference-module"), el("type-module"), EXTRAS]),
    E(
        "reference-module",
        "texte-max-3000",
        comment="May be empty: <modules-prerequis><reference-module /> in the examples.",
    ),
    E("type-module", "dict-type-module"),
    E("modules-prerequis", content=[many("reference-module", 1), EXTRAS]),
    E(
        "organisation-administrative",
        content=[
            opt("code-perimetre-recrutement"),
            opt("infos-perimetre-recrutement"),
            opt("prix-horaire-TTC"),
            opt("nombre-heures-total"),
            opt("detail-conditions-prise-en-charge"),
            opt("conventionnement"),
            opt("duree-conventionnee"),
            opt("date-limite-inscription", comment="Removed in 2.2 (#11)."),
            EXTRAS,
        ],
        comment="Circle 2, all optional. Order from the examples.",
    ),
    E(
        "code-perimetre-recrutement",
        "dict-perimetre-recrutement-ou-vide",
        comment="May be empty (conseiller example).",
    ),
    E("infos-perimetre-recrutement", "texte-max-50"),
    E(
        "prix-horaire-TTC",
        "texte-max-6",
        comment="May be empty (conseiller example); 2.2: text 1..6.",
    ),
    E("nombre-heures-total", "nombre"),
    E(
        "detail-conditions-prise-en-charge",
        "texte-max-600",
        comment="May be empty (conseiller example); 2.2: 1..600.",
    ),
    E("conventionnement", "dict-boolean"),
    E(
        "duree-conventionnee",
        "nombre-ou-vide",
        comment="May be empty (conseiller example).",
    ),
    E("date-limite-inscription", content=[el("date"), EXTRAS]),
    E(
        "organisation-materielle",
        content=[opt("restauration"), opt("hebergement"), opt("transport"), EXTRAS],
        comment="Circle 2, all optional.",
    ),
    E(
        "restauration",
        "texte-max-250",
        comment="restauration, hebergement, transport: 0..250 (2.2: 1..250), as <transport />"
        " is empty in the conseiller example.",
    ),
    E("hebergement", "texte-max-250"),
    E("transport", "texte-max-250"),
    # ---------------------------------------------------------------- organismes
    E(
        "organismes",
        content=[
            el("organisme-formation-responsable"),
            opt("organisme-formateur", comment="Circle 2: optional."),
            opt("organismes-financeurs", comment="Circle 2: optional."),
            EXTRAS,
        ],
        heading="organismes (removed in 2.0.0)",
    ),
    E(
        "organisme-formation-responsable",
        content=[
            el("numero-activite"),
            el("SIRET-organisme-formation"),
            el("nom-organisme"),
            el("raison-sociale"),
            el("coordonnees-organisme"),
            el("contact-organisme"),
            el(
                "renseignements-specifiques",
                comment="Circle 1 in the CARIF exchange spec: required (it may be empty).",
            ),
            EXTRAS,
        ],
        groups=("common", "links"),
        comment="Order as in the examples and 2.2; links as in 2.2.",
    ),
    E("numero-activite", "texte-fixe-11"),
    E("SIRET-organisme-formation", content=[el("SIRET"), EXTRAS]),
    E("SIRET", "texte-fixe-14", comment="SIREN -> SIRET in 1.3.0 (lheo-leger.dtd)."),
    E("nom-organisme", "texte-250"),
    E("raison-sociale", "texte-250"),
    E("coordonnees-organisme", content=[el("coordonnees"), EXTRAS]),
    E("contact-organisme", content=[el("coordonnees"), EXTRAS]),
    E("renseignements-specifiques", "texte-max-3000"),
    E(
        "organisme-formateur",
        content=[el("SIRET-formateur"), el("raison-sociale-formateur"), EXTRAS],
    ),
    E("SIRET-formateur", content=[el("SIRET"), EXTRAS]),
    E("raison-sociale-formateur", "texte-max-250"),
    E(
        "organismes-financeurs",
        content=[
            many("code-financeur", 1, 8, comment="Max 8 as organisme-financeur in 2.2."),
            EXTRAS,
        ],
        comment="Replaced by organisme-financeur (code-financeur, nb-places-financees) in 2.0.0.",
    ),
    E("code-financeur", "dict-financeurs"),
    # ---------------------------------------------------------------- module
    E(
        "module",
        content=[el("identifiant-module"), EXTRAS],
        heading="module (removed in 2.0.0)",
    ),
    E(
        "identifiant-module",
        "texte-max-3000",
        comment="May be empty (conseiller example); 2.2: 1..3000.",
    ),
    # ---------------------------------------------------------------- coordonnees
    E(
        "coordonnees",
        content=[
            opt("nom", comment="No civilite/prenom: added in 2.0.0."),
            many("ligne", 0, 3, comment="Max 3 as in 2.2."),
            seq(
                el("adresse"),
                many(
                    "ligne",
                    0,
                    3,
                    comment="ligne after adresse: <adresse /><ligne /> in the conseiller"
                    " example (a form that stays deterministic).",
                ),
                lo=0,
            ),
            opt("telfixe"),
            opt("portable"),
            opt("fax"),
            opt("courriel"),
            opt("web"),
            EXTRAS,
        ],
        heading="coordonnees and adresse",
        comment="As 2.2 without civilite/prenom, every child optional.",
    ),
    E("nom", "texte-max-50", comment="May be empty (conseiller example); 2.2: 1..50."),
    E("ligne", "texte-max-50", comment="May be empty (conseiller example); 2.2: 1..50."),
    E(
        "adresse",
        content=[
            many("ligne", 0, 4, comment="1..4 in 2.2."),
            opt("codepostal"),
            opt("ville"),
            opt("departement"),
            opt("code-INSEE-commune"),
            opt("code-INSEE-canton"),
            opt("region"),
            opt("pays"),
            EXTRAS,
        ],
        comment="As 2.2 without geolocalisation (2.0.0; the examples put latitude/longitude in"
        " extras). Every child optional: <adresse /> is empty in the conseiller example.",
    ),
    E("codepostal", "texte-fixe-5"),
    E("ville", "texte-50"),
    E("departement", "texte-2-a-3"),
    E("code-INSEE-commune", "texte-fixe-5"),
    E("code-INSEE-canton", "texte-4-a-5"),
    E("region", "texte-fixe-2"),
    E("pays", "texte-fixe-2"),
    E("telfixe", content=[many("numtel", 1, 3), EXTRAS]),
    E("portable", content=[many("numtel", 1, 3), EXTRAS]),
    E("fax", content=[many("numtel", 1, 3), EXTRAS]),
    E("numtel", "texte-max-25", comment="May be empty (conseiller example); 2.2: 1..25."),
    E(
        "courriel",
        "texte-max-80",
        comment="80 characters (2.0.0: 80 -> 160); may be empty (conseiller example).",
    ),
    E("web", content=[many("urlweb", 1, 3), EXTRAS]),
    E(
        "urlweb",
        "texte-max-200",
        comment="200 characters (2.0.0: 200 -> 400); may be empty (conseiller example).",
    ),
    # ---------------------------------------------------------------- extras
    E(
        "extras",
        custom="""\
    <xs:complexType>
      <xs:choice minOccurs="0" maxOccurs="unbounded">
        <xs:element ref="l:extras"/>
        <xs:element ref="l:extra"/>
      </xs:choice>
      <xs:attributeGroup ref="l:common"/>
    </xs:complexType>""",
        heading="extras (free extensions, e.g. FLUX-CARIF marking, geolocalisation)",
        comment="extras = (extras | extra)*, it can nest.",
    ),
    E(
        "extra",
        custom="""\
    <xs:complexType mixed="true">
      <xs:sequence>
        <xs:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/>
      </xs:sequence>
      <xs:attributeGroup ref="l:common"/>
      <xs:anyAttribute processContents="lax"/>
    </xs:complexType>""",
        comment="extra = any content (mixed) and any attribute.",
    ),
    # ---------------------------------------------------------------- lheo-leger
    E(
        "lheo-leger",
        content=[opt("resumes-offres"), opt("resumes-organismes"), EXTRAS],
        groups=("common", "dates"),
        heading="lheo-leger document (index of offers; renamed lheo-index in 2.0.0)",
        comment="lheo-leger.dtd: (resumes-offres?, resumes-organismes?, extras*).",
    ),
    E("resumes-offres", content=[many("resume-offre"), EXTRAS], comment="lheo-leger.dtd."),
    E(
        "resumes-organismes",
        content=[many("resume-organisme"), EXTRAS],
        comment="lheo-leger.dtd.",
    ),
    E(
        "resume-offre",
        all_=True,
        content=[
            el("domaine-formation"),
            el("intitule-action"),
            el("nom-organisme"),
            el("SIRET"),
            opt("codepostal"),
            opt("code-INSEE-commune"),
            el("ville"),
            el("departement"),
            opt("region"),
            el("diplomante"),
            el("code-niveau-entree"),
            el("prise-en-charge-frais-possible"),
            opt("remuneration-possible"),
            opt("FOAD"),
            opt(
                "code-public-vise",
                comment="Circle 1: one of code-public-vise (DTD) or codes-public-vise (example)"
                " is expected; xs:all cannot require one of the two, so both are optional.",
            ),
            opt("codes-public-vise"),
            opt("nombre-heures-total"),
            opt("sessions"),
            opt("contact-formation"),
            opt("certification"),
            opt(
                "extras",
                comment="DTD: extras*. xs:all allows at most one; it can hold any number of"
                " extra and nested extras.",
            ),
        ],
        groups=("common", "dates", "links"),
        comment="CONFLICT: exemple-leger.xml does not follow the order of lheo-leger.dtd (which"
        " 2.2 resume-offre keeps): ville, departement before code-INSEE-commune; FOAD before"
        " prise-en-charge-frais-possible; certification and extras before nombre-heures-total"
        " and sessions; a codes-public-vise wrapper. An xs:all (children listed in DTD order,"
        " any order accepted, required ones still required) accepts both; a sequence accepting"
        " both would repeat elements and turn single fields into lists in the bindings."
        " href = HTML page, file = URL of the LHÉO file (DTD).",
    ),
    E(
        "contact-formation",
        content=[opt("nom"), opt("telfixe"), opt("courriel"), EXTRAS],
        comment="lheo-leger.dtd: (nom?, telfixe?, courriel?); renamed contact-formation-resume"
        " in 2.0.0 (the 1.3.0 contact-offre became contact-formation).",
    ),
    E(
        "resume-organisme",
        content=[
            el("nom-organisme"),
            el("raison-sociale"),
            el("SIRET"),
            el("numero-activite"),
            EXTRAS,
        ],
        groups=("common", "dates", "links"),
        comment="lheo-leger.dtd.",
    ),
    # ---------------------------------------------------------------- lheo-plus
    E(
        "lheo-plus",
        content=[el("lheo"), el("offre-potentielle"), EXTRAS],
        heading="lheo-plus document (potential offer: organismes with FORMACODEs in extras)",
        comment="lheo-plus.dtd: (lheo, offre-potentielle, extras*).",
    ),
    E(
        "offre-potentielle",
        content=[many("organisme-formation-responsable"), EXTRAS],
        comment="lheo-plus.dtd: (organisme-formation-responsable*); extras* added as"
        " everywhere else (permissive).",
    ),
]


def text_range(name: str) -> tuple[int, int]:
    """(min, max) length of a texte-* type name."""
    m = re.fullmatch(r"texte-(?:(max)-|(fixe)-|(\d+)-a-)?(\d+)", name)
    if not m:
        raise ValueError(name)
    hi = int(m.group(4))
    if m.group(1):
        return 0, hi
    if m.group(2):
        return hi, hi
    return (int(m.group(3)) if m.group(3) else 1), hi


def texts_used() -> list[Simple]:
    """The texte-* types the elements use: 1..N, then 0..N, then fixed/other ranges."""
    ranges = {text_range(e.type) for e in ELEMENTS if e.type.startswith("texte-")}
    order = sorted(ranges, key=lambda r: ({1: 0, 0: 1}.get(r[0], 2), r[0], r[1]))
    return [texte(lo, hi) for lo, hi in order]


SIMPLES_ORDER = [*texts_used(), VIDE, DATE, DATE_OU_VIDE, NOMBRE, NOMBRE_OU_VIDE]


# --------------------------------------------------------------------------------------------
# Writer
# --------------------------------------------------------------------------------------------


def occurs(p: P) -> str:
    s = ""
    if p.lo != 1:
        s += f' minOccurs="{p.lo}"'
    if p.hi != 1:
        s += f' maxOccurs="{"unbounded" if p.hi == UNB else p.hi}"'
    return s


def comment(text: str, indent: str) -> str:
    """An XML comment, wrapped at 100 columns."""
    text = text.replace("--", "-")
    width = 100 - len(indent) - 9
    lines = textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False) or [""]
    if len(lines) == 1:
        return f"{indent}<!-- {lines[0]} -->\n"
    body = "".join(f"{indent}     {line}\n" for line in lines[1:])
    return f"{indent}<!-- {lines[0]}\n{body}{indent}-->\n"


def particle(p: P, indent: str) -> str:
    out = comment(p.comment, indent) if p.comment else ""
    if p.kind == "el":
        return out + f'{indent}<xs:element ref="l:{p.name}"{occurs(p)}/>\n'
    tag = "xs:sequence" if p.kind == "seq" else "xs:choice"
    out += f"{indent}<{tag}{occurs(p)}>\n"
    for q in p.items:
        out += particle(q, indent + "  ")
    return out + f"{indent}</{tag}>\n"


def pretty_simple(s: Simple) -> str:
    """Write a simple type, one facet or enumeration a line."""
    out = f'  <xs:simpleType name="{s.name}">\n'
    if s.doc:
        out += (
            f"    <xs:annotation><xs:documentation>{escape(s.doc)}</xs:documentation>"
            "</xs:annotation>\n"
        )
    if s.body.startswith("<xs:union") or s.body.endswith("/>"):
        return out + f"    {s.body}\n  </xs:simpleType>\n"
    head, inner = re.fullmatch(r"(<xs:restriction[^>]*>)(.*)</xs:restriction>", s.body).groups()
    out += f"    {head}\n"
    for part in re.findall(r"<xs:enumeration.*?</xs:enumeration>|<xs:[a-zA-Z]+ [^>]*/>", inner):
        if part.startswith("<xs:enumeration"):
            v, label = re.fullmatch(
                r"(<xs:enumeration [^>]*)><xs:annotation><xs:documentation>(.*)"
                r"</xs:documentation></xs:annotation></xs:enumeration>",
                part,
            ).groups()
            out += (
                f"      {v}>\n        <xs:annotation><xs:documentation>{label}"
                "</xs:documentation></xs:annotation>\n      </xs:enumeration>\n"
            )
        else:
            out += f"      {part}\n"
    return out + "    </xs:restriction>\n  </xs:simpleType>\n"


def build() -> str:
    simples = SIMPLES_ORDER[:]
    dicts = [d.simple() for d in DICTS]
    simples_by_name = {s.name: s for s in simples + dicts}
    perimetre_ou_vide = Simple(
        "dict-perimetre-recrutement-ou-vide",
        '<xs:union memberTypes="l:dict-perimetre-recrutement l:vide"/>',
        "dict-perimetre-recrutement or the empty string (empty element = not provided, as in"
        " the 1.3.0 conseiller example).",
    )
    dicts.append(perimetre_ou_vide)
    simples_by_name[perimetre_ou_vide.name] = perimetre_ou_vide

    used = {e.type for e in ELEMENTS if e.type}
    unknown = used - set(simples_by_name)
    if unknown:
        raise SystemExit(f"unknown simple types: {sorted(unknown)}")

    out = ['<?xml version="1.0" encoding="utf-8"?>\n<!--\n', HEADER, "\n-->\n"]
    out.append(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"\n'
        f'           xmlns:l="{NS}"\n'
        f'           targetNamespace="{NS}"\n'
        '           elementFormDefault="qualified">\n\n'
    )
    out.append("  <!-- ===== Attribute groups ===== -->\n\n")
    out.append(
        comment(
            "common: on every element. tag (2.0.0) and idref (2.1.0) are later than 1.3.0;"
            " accepted for uniformity with 2.x.",
            "  ",
        )
    )
    out.append(
        '  <xs:attributeGroup name="common">\n'
        '    <xs:attribute name="numero" type="xs:string"/>\n'
        '    <xs:attribute name="info" type="xs:string"/>\n'
        '    <xs:attribute name="ref" type="xs:string"/>\n'
        '    <xs:attribute name="id" type="xs:ID"/>\n'
        '    <xs:attribute name="idref" type="xs:IDREF"/>\n'
        '    <xs:attribute name="tag" type="xs:string"/>\n'
        "  </xs:attributeGroup>\n"
    )
    out.append(
        comment(
            "dates: added in 2.2 (#15) on lheo, formation, action, session, lheo-index,"
            " resume-offre, resume-organisme; accepted on their 1.3.0 counterparts.",
            "  ",
        )
    )
    out.append(
        '  <xs:attributeGroup name="dates">\n'
        '    <xs:attribute name="datemaj" type="xs:string"/>\n'
        '    <xs:attribute name="datecrea" type="xs:string"/>\n'
        "  </xs:attributeGroup>\n"
    )
    out.append(
        comment(
            "links: href = URL of an HTML page, file = URL of a LHÉO file (lheo-leger.dtd on"
            " resume-offre and resume-organisme; 2.2 also on formation and"
            " organisme-formation-responsable).",
            "  ",
        )
    )
    out.append(
        '  <xs:attributeGroup name="links">\n'
        '    <xs:attribute name="href" type="xs:string"/>\n'
        '    <xs:attribute name="file" type="xs:string"/>\n'
        "  </xs:attributeGroup>\n\n"
    )

    out.append("  <!-- ===== Value types: texts by length, dates, numbers ===== -->\n\n")
    for s in simples:
        if s.name in used or any(f"l:{s.name}" in t.body for t in simples + dicts):
            out.append(pretty_simple(s))
    out.append("\n  <!-- ===== Value types: code tables (dict-*) ===== -->\n\n")
    for s in dicts:
        out.append(pretty_simple(s))

    out.append(
        "\n  <!-- ===== Simple-content element types (value + common attributes) ===== -->\n\n"
    )
    ordered_types = [s.name for s in simples + dicts if s.name in used]
    for t in ordered_types:
        out.append(
            f'  <xs:complexType name="{t}-element">\n'
            "    <xs:simpleContent>\n"
            f'      <xs:extension base="l:{t}">\n'
            '        <xs:attributeGroup ref="l:common"/>\n'
            "      </xs:extension>\n"
            "    </xs:simpleContent>\n"
            "  </xs:complexType>\n"
        )

    names = [e.name for e in ELEMENTS]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate elements: {dup}")
    type_names = {f"{t}-element" for t in ordered_types} | set(simples_by_name)
    clash = type_names & set(names)
    if clash:
        raise SystemExit(f"type names equal element names: {clash}")
    refs = set()

    def collect(p: P) -> None:
        if p.kind == "el":
            refs.add(p.name)
        for q in p.items:
            collect(q)

    for e in ELEMENTS:
        for p in e.content:
            collect(p)
    missing = refs - set(names)
    if missing:
        raise SystemExit(f"referenced but not defined: {sorted(missing)}")

    fullnames = fullnames_2_2()
    out.append("\n  <!-- ===== Elements, top-down ===== -->\n")
    for e in ELEMENTS:
        if e.heading:
            out.append(f"\n  <!-- == {e.heading} == -->\n\n")
        if e.comment:
            out.append(comment(e.comment, "  "))
        if e.type:
            out.append(f'  <xs:element name="{e.name}" type="l:{e.type}-element"/>\n')
            continue
        out.append(f'  <xs:element name="{e.name}">\n')
        out.append(
            "    <xs:annotation><xs:documentation>"
            f"{escape(documentation(e.name, fullnames))}</xs:documentation></xs:annotation>\n"
        )
        if e.custom:
            out.append(e.custom + "\n")
        else:
            group = "xs:all" if e.all_ else "xs:sequence"
            out.append(f"    <xs:complexType>\n      <{group}>\n")
            for p in e.content:
                out.append(particle(p, "        "))
            out.append(f"      </{group}>\n")
            for g in e.groups:
                out.append(f'      <xs:attributeGroup ref="l:{g}"/>\n')
            out.append("    </xs:complexType>\n")
        out.append("  </xs:element>\n")
    out.append("\n</xs:schema>\n")
    return "".join(out)


def main() -> int:
    text = build()
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
