"""Data-quality rules beyond the XSD, with French, field-level messages and a severity.

What the consumers of CARIF-OREF flows check on top of the schema: SIRET and UAI keys, codes
from the tables, dates that exist and periods in order, certification codes, e-mails and URLs,
coordinates, duplicate ``numero``, decimal commas, and communes that exist and agree with
their postcode, département and région (through the offline :mod:`lheo.referentials`)::

    >>> import lheo.rules
    >>> findings = lheo.rules.check("examples/data/catalogue-2.3.xml")
    >>> [f.rule for f in findings if f.severity == "bloquant"]
    []

Each :class:`Finding` names its rule (:data:`RULES`), its severity (``bloquant``: the value
is wrong; ``avertissement``: it is suspect or conventional), the element, the value, what is
expected, the line and the path (as :func:`lheo.validate` writes paths), and the offer it
belongs to (the ``numero`` of its formation, see :func:`by_offer`). The flow is read once,
formation by formation, in constant memory (the streaming engine of
:func:`lheo.validate_stream`), but for the ``numero`` values seen so far.

The rules apply to versions 1.3.0, 2.2 and 2.3 wherever their elements exist (``code-UAI``
exists only in 2.3; 1.3.0 puts coordinates in ``extras info="geolocalisation"``). Dates:
``AAAAMM00`` (a month) and ``AAAA0000`` (a year) are the partial dates the XSD documents and
pass; ``00000000``/``99999999`` (unknown) give an ``avertissement``; a date that does not
exist (``20221345``, ``20230229``) is ``bloquant``.

Added in 0.2.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Final, Literal

import attrs
from lxml import etree

from lheo import _xml, referentials
from lheo._codes import is_valid_siret, is_valid_uai, uai_key
from lheo._engine import Engine, Handler, Item, Walk, source_line
from lheo._source import Input
from lheo._values import UNKNOWN_DATES, parse_date
from lheo._xml import Source
from lheo.errors import LheoError
from lheo.tables import CodeTable
from lheo.versions import Version

__all__ = [
    "RULES",
    "Finding",
    "Rule",
    "Severity",
    "UnknownRuleError",
    "by_offer",
    "check",
    "findings_to_json",
    "iter_findings",
    "markdown_table",
]

Severity = Literal["bloquant", "avertissement"]


@attrs.frozen
class Rule:
    """One rule: its id, severity, what it checks and on which elements.

    Attributes:
        id: the rule's identifier (``"siret-cle"``), for ``rules=`` and ``--rules``.
        severity: ``"bloquant"`` or ``"avertissement"``.
        description: what it checks, in French.
        elements: the elements it looks at.
    """

    id: str
    severity: Severity
    description: str
    elements: tuple[str, ...]


#: Every rule, in the order of the README's table.
RULES: Final[tuple[Rule, ...]] = (
    Rule("siret-format", "bloquant", "Le SIRET a 14 chiffres.", ("SIRET",)),
    Rule(
        "siret-cle",
        "bloquant",
        "La clé de Luhn du SIRET est juste (La Poste, SIREN 356000000 : somme des chiffres "
        "multiple de 5).",
        ("SIRET",),
    ),
    Rule(
        "siret-ferme",
        "avertissement",
        "Le SIRET n'est pas celui d'un établissement fermé (SIRENE ; seulement avec la liste "
        "des établissements fermés donnée par l'appelant, `closed_sirets=`).",
        ("SIRET",),
    ),
    Rule(
        "uai-cle",
        "bloquant",
        "Le code UAI a 7 chiffres et sa lettre clé.",
        ("code-UAI",),
    ),
    Rule(
        "code-table",
        "bloquant",
        "Un élément codé a un code de sa table (dict-*) dans la version du flux.",
        ("code-niveau-entree", "code-public-vise", "…"),
    ),
    Rule(
        "date-inexistante",
        "bloquant",
        "Une date AAAAMMJJ existe (AAAAMM00, un mois, et AAAA0000, une année, sont admises).",
        ("debut", "fin", "date", "…"),
    ),
    Rule(
        "date-inconnue",
        "avertissement",
        "Une date n'est pas la date inconnue 00000000 ou 99999999.",
        ("debut", "fin", "date", "…"),
    ),
    Rule("periode-ordre", "bloquant", "Le début d'une période précède sa fin.", ("periode",)),
    Rule(
        "certifinfo-format",
        "bloquant",
        "Le code CERTIFINFO n'a que des chiffres (6 au plus ; 10 en 2.3).",
        ("code-CERTIFINFO", "reference-code-CERTIFINFO"),
    ),
    Rule(
        "rncp-format",
        "bloquant",
        "Le code RNCP n'a que des chiffres (6 au plus) ; en 2.3, éventuellement précédés "
        "de « RNCP » (10 caractères au plus).",
        ("code-RNCP", "reference-code-RNCP"),
    ),
    Rule("courriel-format", "bloquant", "L'adresse électronique est bien formée.", ("courriel",)),
    Rule(
        "url-format",
        "avertissement",
        "L'adresse web commence par http:// ou https:// et nomme un hôte.",
        ("urlweb",),
    ),
    Rule(
        "geo-plage",
        "bloquant",
        "La latitude est un nombre entre -90 et 90, la longitude entre -180 et 180.",
        ("latitude", "longitude"),
    ),
    Rule(
        "virgule-decimale",
        "bloquant",
        "Un champ numérique utilise le point décimal, pas la virgule.",
        ("prix-horaire-TTC", "prix-total-TTC", "latitude", "longitude", "…"),
    ),
    Rule(
        "numero-doublon",
        "bloquant",
        "Le numero d'une formation, d'une action, d'une session ou d'un résumé d'offre est "
        "unique dans le flux.",
        ("formation", "offre-formation", "action", "session", "resume-offre"),
    ),
    Rule(
        "commune-inconnue",
        "bloquant",
        "Le code INSEE de la commune existe dans le code officiel géographique.",
        ("code-INSEE-commune",),
    ),
    Rule(
        "commune-ancienne",
        "avertissement",
        "Le code INSEE est celui d'une commune actuelle (pas d'une commune déléguée ou "
        "associée).",
        ("code-INSEE-commune",),
    ),
    Rule(
        "commune-codepostal",
        "avertissement",
        "Le code postal est l'un de ceux de la commune (un code CEDEX peut différer).",
        ("codepostal",),
    ),
    Rule(
        "commune-departement",
        "bloquant",
        "Le département est celui de la commune.",
        ("departement",),
    ),
    Rule("commune-region", "bloquant", "La région est celle de la commune.", ("region",)),
    Rule(
        "departement-inconnu",
        "bloquant",
        "Le code de département existe.",
        ("departement",),
    ),
    Rule(
        "region-inconnue",
        "bloquant",
        "Le code de région existe (code INSEE actuel).",
        ("region",),
    ),
    Rule(
        "region-ancienne",
        "avertissement",
        "Le code de région n'est pas un code d'avant la réforme de 2016.",
        ("region",),
    ),
)

_BY_ID: Final[Mapping[str, Rule]] = {rule.id: rule for rule in RULES}


class UnknownRuleError(LheoError, ValueError):
    """A rule id that :data:`RULES` does not hold."""


@attrs.frozen(kw_only=True)
class Finding:
    """One value that breaks a rule.

    Attributes:
        rule: the rule's id.
        severity: ``"bloquant"`` or ``"avertissement"``.
        message: in French, naming the element, the value and what is expected.
        element: local name of the element concerned.
        value: the value as written (stripped).
        line: its line in the source, when known.
        path: its path in the document (``/lheo/offres/formation[2]/action[1]/…``).
        offer: the ``numero`` of the formation (or offer) it belongs to, when it has one.
        offer_path: the path of that formation (``""`` outside any).
        source: the display name of the source.
    """

    rule: str
    severity: Severity
    message: str
    element: str
    value: str
    line: int | None
    path: str
    offer: str | None = None
    offer_path: str = ""
    source: str = "<document>"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line if self.line is not None else 0}"
        return (
            f"{where}: element {self.element}: {self.severity} [{self.rule}] : {self.message}"
            f" (at {self.path})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain-data form (for JSON output)."""
        return attrs.asdict(self)


def markdown_table() -> str:
    """The rules as a Markdown table (id, severity, elements, description): the README's."""
    lines = [
        "| règle | sévérité | éléments | vérifie |",
        "|---|---|---|---|",
    ]
    for rule in RULES:
        elements = ", ".join(f"`{e}`" if e != "…" else e for e in rule.elements)
        lines.append(f"| `{rule.id}` | {rule.severity} | {elements} | {rule.description} |")
    return "\n".join(lines)


def findings_to_json(findings: Iterable[Finding], *, indent: int | None = 2) -> str:
    """The findings as a JSON array of :meth:`Finding.to_dict` objects."""
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=indent)


def by_offer(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped per offer, in document order.

    The key is the offer's ``numero``, else its path (``/lheo/offres/formation[3]``), else
    ``""`` for what lies outside the offers.
    """
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        key = finding.offer if finding.offer is not None else finding.offer_path
        groups.setdefault(key, []).append(finding)
    return groups


# ---------------------------------------------------------------------------------------
# Per-version facts, read from the XSD and the tables (one place each)

_XS = "{http://www.w3.org/2001/XMLSchema}"

# Elements holding a number written as text (the XSD types them as texts): a decimal comma
# there passes the schema.
_TEXT_NUMBERS: Final = frozenset({"prix-horaire-TTC", "prix-total-TTC", "latitude", "longitude"})


@functools.cache
def _element_types(version: Version) -> Mapping[str, str]:
    """Global element name → its XSD type's name (without ``-element``), from the schema."""
    root = _xml.parse_file(version.schema_path).getroot()
    found: dict[str, str] = {}
    for decl in root.iterchildren(f"{_XS}element"):
        name, kind = decl.get("name"), decl.get("type")
        if name and kind:
            found[name] = kind.split(":")[-1].removesuffix("-element")
    return found


@functools.cache
def _dates(version: Version) -> frozenset[str]:
    return frozenset(n for n, t in _element_types(version).items() if t.startswith("date-aaaammjj"))


@functools.cache
def _numbers(version: Version) -> frozenset[str]:
    typed = {n for n, t in _element_types(version).items() if t.startswith("nombre")}
    return frozenset(typed | (_TEXT_NUMBERS & set(_element_types(version))))


@functools.cache
def _coded(version: Version) -> Mapping[str, CodeTable]:
    """Element → the table its code comes from (``BY_ELEMENT`` of the version's tables)."""
    module = importlib.import_module(version.tables_module)
    by_element: Mapping[str, CodeTable] = module.BY_ELEMENT
    return by_element


# ---------------------------------------------------------------------------------------
# Value checks

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
# A local part without spaces or the separators of address lists, "@", then a domain name
# with a top-level domain of letters (no IP literals or quoted local parts in these flows).
_EMAIL = re.compile(rf"[^@\s<>()\[\],;:\"]+@(?:{_LABEL}\.)+[A-Za-z]{{2,}}")
_URL = re.compile(r"https?://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d+)?(?:[/?#]\S*)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")
_DIGITS = re.compile(r"\d+")

# The elements that hold a place's codepostal, code-INSEE-commune, departement and region as
# children: an address, and an index's summary of an offer (LHÉO-Léger 1.3.0, lheo-index).
_PLACES: Final = frozenset({"adresse", "resume-offre"})

# The région codes before the 2016 reform (loi n° 2015-29 du 16 janvier 2015), mapped to the
# current code of the région that took them over (INSEE, COG 2016). Codes that did not
# change (11, 24, 52, 53, 93, 94 and overseas) are current codes, not listed.
_FORMER_REGIONS: Final[Mapping[str, str]] = {
    "21": "44",  # Champagne-Ardenne → Grand Est
    "22": "32",  # Picardie → Hauts-de-France
    "23": "28",  # Haute-Normandie → Normandie
    "25": "28",  # Basse-Normandie → Normandie
    "26": "27",  # Bourgogne → Bourgogne-Franche-Comté
    "31": "32",  # Nord-Pas-de-Calais → Hauts-de-France
    "41": "44",  # Lorraine → Grand Est
    "42": "44",  # Alsace → Grand Est
    "43": "27",  # Franche-Comté → Bourgogne-Franche-Comté
    "54": "75",  # Poitou-Charentes → Nouvelle-Aquitaine
    "72": "75",  # Aquitaine → Nouvelle-Aquitaine
    "73": "76",  # Midi-Pyrénées → Occitanie
    "74": "75",  # Limousin → Nouvelle-Aquitaine
    "82": "84",  # Rhône-Alpes → Auvergne-Rhône-Alpes
    "83": "84",  # Auvergne → Auvergne-Rhône-Alpes
    "91": "76",  # Languedoc-Roussillon → Occitanie
}


def _siret_key_ok(value: str) -> bool:
    # The Luhn key of a SIRET, with one exception: La Poste's establishments, all under the
    # SIREN 356000000 since it became a société anonyme (2010), are too many for Luhn's NICs;
    # only its head office, 35600000000048, has a Luhn key, the others are valid when the
    # sum of their 14 digits is a multiple of 5. Source: fr.wikipedia.org, "Système
    # d'identification du répertoire des établissements", § "Exceptions pour le groupe La
    # Poste" (citing INSEE's page "Numéro SIRET"). lheo._codes.is_valid_siret implements
    # both (Luhn, else the La Poste sum): reused, not copied.
    return is_valid_siret(value)


def _departement_key(value: str) -> str:
    # "067" and "67" name the same département (texte-2-a-3): overseas codes have 3 digits.
    value = value.upper()
    return value[1:] if len(value) == 3 and value.startswith("0") else value


# ---------------------------------------------------------------------------------------
# The handler


class _Context:
    """Where the findings of one item go: its paths, its offer."""

    def __init__(self, checker: RuleChecker, item: Item) -> None:
        self.checker = checker
        header = checker.engine.header
        self.paths = _xml.PathIndex(
            item.element,
            checker.engine.pairs,
            namespace=header.namespace,
            root_path=item.path,
        )
        numero = item.element.get("numero")
        self.offer = numero.strip() if numero is not None else None
        self.offer_path = item.path


class RuleChecker(Handler):
    """The engine handler of :func:`check`: runs the rules on each item as it is read.

    Args:
        engine: the engine of the pass.
        rules: the ids of the rules to run.
        closed: the SIRETs of closed establishments (rule ``siret-ferme``).

    Attributes:
        findings: what was found and not yet handed over (``on_item`` hands over the
            findings of each item; those of a lone formation root stay here).
    """

    def __init__(
        self,
        engine: Engine,
        rules: frozenset[str],
        closed: Container[str] | None = None,
    ) -> None:
        self.engine = engine
        self.rules = rules
        self.closed = closed
        self.findings: list[Finding] = []
        # numero → (line, path) of its first use, per kind of element.
        self._numeros: dict[str, dict[str, tuple[int | None, str]]] = {}
        self._items = 0

    # -- hooks ----------------------------------------------------------------------------

    def on_item(self, item: Item) -> list[Finding] | None:
        """Run the rules on the item; hand its findings over (the engine yields them)."""
        self._items += 1
        self._check_tree(item)
        found, self.findings = self.findings, []
        # Document order: the checks of an address report its fields in their own order.
        found.sort(key=lambda f: f.line or 0)
        return found or None

    def on_trailer(self, skeleton: etree._Element) -> None:
        header = self.engine.header
        if self._items == 0 and header.kind in header.version.item_names:
            # A lone formation as the root: the engine reads it as the skeleton.
            root_path = "/" + header.kind
            item = Item(
                skeleton,
                local=header.kind,
                path=root_path,
                clean=True,
                contained=False,
                number=0,
                engine=self.engine,
            )
            self._check_tree(item)

    # -- walking an item ------------------------------------------------------------------

    def _check_tree(self, item: Item) -> None:
        ctx = _Context(self, item)
        version = self.engine.header.version
        ns = self.engine.header.namespace
        prefix = "" if ns is None else "{" + ns + "}"
        dates, numbers, coded = _dates(version), _numbers(version), _coded(version)
        # Only the elements some rule looks at: lxml filters the names in C.
        for el in item.element.iter(*_watched(version, prefix)):
            local = el.tag[len(prefix) :]
            if local == "extra":
                self._extra(ctx, el)
                continue
            if self._in_extras(el, item.element, prefix):
                continue
            if local in _NUMBERED:
                self._numero(ctx, el, local)
            if len(el):
                if local == "periode":
                    self._periode(ctx, el, prefix)
                elif local in _PLACES:
                    self._adresse(ctx, el, prefix)
                continue
            text = (el.text or "").strip()
            if not text:
                continue
            if local in dates:
                self._date(ctx, el, local, text)
            if local in numbers and _DECIMAL_COMMA.fullmatch(text):
                self._find(
                    ctx, "virgule-decimale", el, text,
                    f"l'élément {local} vaut « {text} » : un nombre s'écrit avec un point "
                    f"décimal (« {text.replace(',', '.')} »)",
                )  # fmt: skip
            table = coded.get(local)
            if table is not None and text not in table:
                self._find(
                    ctx, "code-table", el, text,
                    f"l'élément {local} vaut « {text} », qui n'est pas un code de la table "
                    f"{table.name} ({table.fullname}) de LHÉO {version.value} ; codes "
                    f"attendus : {_codes_list(table)}",
                )  # fmt: skip
            check = _LEAF_CHECKS.get(local)
            if check is not None:
                check(self, ctx, el, local, text)

    @staticmethod
    def _in_extras(el: etree._Element, top: etree._Element, prefix: str) -> bool:
        """Whether ``el`` is extension content (inside an ``extras`` of the item)."""
        node = el.getparent()
        while node is not None and node is not top.getparent():
            if node.tag == prefix + "extras":
                return True
            node = node.getparent()
        return False

    def _extra(self, ctx: _Context, el: etree._Element) -> None:
        # 1.3.0 (and the CARIF exchange) write coordinates as extras:
        # <extras info="geolocalisation"><extra info="latitude">45.80</extra>…
        parent = el.getparent()
        info = el.get("info")
        if parent is None or parent.get("info") != "geolocalisation":
            return
        if info not in ("latitude", "longitude") or len(el):
            return
        text = (el.text or "").strip()
        if text:
            self._coordinate(ctx, el, info, text, named=f"extra info=\"{info}\"")

    # -- the checks -----------------------------------------------------------------------

    def _find(
        self, ctx: _Context, rule: str, el: etree._Element, value: str, message: str
    ) -> None:
        if rule not in self.rules:
            return
        self.findings.append(
            Finding(
                rule=rule,
                severity=_BY_ID[rule].severity,
                message=message,
                element=_xml.local(el.tag),
                value=value,
                line=source_line(el),
                path=ctx.paths.path(el),
                offer=ctx.offer,
                offer_path=ctx.offer_path,
                source=self.engine.name,
            )
        )

    def _numero(self, ctx: _Context, el: etree._Element, local: str) -> None:
        numero = el.get("numero")
        if numero is None or not numero.strip():
            return
        numero = numero.strip()
        kind = "formation" if local == "offre-formation" else local
        seen = self._numeros.setdefault(kind, {})
        first = seen.get(numero)
        path = ctx.paths.path(el)
        if first is None:
            seen[numero] = (source_line(el), path)
            return
        line, where = first
        self._find(
            ctx, "numero-doublon", el, numero,
            f"l'élément {local} a le numero « {numero} », déjà utilisé par {where} (ligne "
            f"{line if line is not None else '?'}) : chaque {kind} a un numero unique dans "
            "le flux",
        )  # fmt: skip

    def _date(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if text in UNKNOWN_DATES:
            self._find(
                ctx, "date-inconnue", el, text,
                f"l'élément {local} vaut « {text} », la date inconnue : une date AAAAMMJJ "
                "réelle est attendue",
            )  # fmt: skip
            return
        if not (len(text) == 8 and text.isascii() and text.isdigit()):
            return  # the XSD reports the shape
        year, month, day = text[:4], text[4:6], text[6:]
        if month == "00" and day == "00":
            ok = year != "0000"  # AAAA0000: a year
        elif day == "00":
            ok = year != "0000" and 1 <= int(month) <= 12  # AAAAMM00: a month
        else:
            ok = parse_date(text) is not None
        if not ok:
            self._find(
                ctx, "date-inexistante", el, text,
                f"l'élément {local} vaut « {text} », une date qui n'existe pas : AAAAMMJJ "
                "attendu (mois 01 à 12, jour du mois ; AAAAMM00 pour un mois, AAAA0000 "
                "pour une année)",
            )  # fmt: skip

    def _periode(self, ctx: _Context, el: etree._Element, prefix: str) -> None:
        debut_el, fin_el = el.find(prefix + "debut"), el.find(prefix + "fin")
        if debut_el is None or fin_el is None:
            return
        debut_text, fin_text = (debut_el.text or "").strip(), (fin_el.text or "").strip()
        debut, fin = parse_date(debut_text), parse_date(fin_text)
        if debut is None or fin is None or debut <= fin:
            return
        self._find(
            ctx, "periode-ordre", el, f"{debut_text}-{fin_text}",
            f"l'élément periode commence le {debut_text} (debut) après sa fin le {fin_text} "
            "(fin) : debut ≤ fin attendu",
        )  # fmt: skip

    def _siret(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if not (len(text) == 14 and text.isascii() and text.isdigit()):
            self._find(
                ctx, "siret-format", el, text,
                f"l'élément SIRET vaut « {text} » ({len(text)} caractères) : 14 chiffres "
                "attendus (SIREN sur 9 chiffres, NIC sur 5)",
            )  # fmt: skip
        elif not _siret_key_ok(text):
            self._find(
                ctx, "siret-cle", el, text,
                f"l'élément SIRET vaut « {text} », dont la clé de Luhn est fausse : un "
                "SIRET existant est attendu",
            )  # fmt: skip
        elif self.closed is not None and text in self.closed:
            self._find(
                ctx, "siret-ferme", el, text,
                f"l'élément SIRET vaut « {text} », celui d'un établissement fermé selon "
                "SIRENE : le SIRET d'un établissement ouvert est attendu",
            )  # fmt: skip

    def _uai(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if is_valid_uai(text):
            return
        expected = "7 chiffres suivis de leur lettre clé"
        if _DIGITS.fullmatch(text[:7]) and len(text) == 8:
            expected += f" (ici « {text[:7]}{uai_key(text[:7])} »)"
        self._find(
            ctx, "uai-cle", el, text,
            f"l'élément {local} vaut « {text} » : {expected} attendus",
        )  # fmt: skip

    def _certifinfo(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        most = 10 if self.engine.header.version is Version.V2_3 else 6
        if _DIGITS.fullmatch(text) and len(text) <= most:
            return
        self._find(
            ctx, "certifinfo-format", el, text,
            f"l'élément {local} vaut « {text} » : un code Certif Info de 1 à {most} chiffres "
            "attendu",
        )  # fmt: skip

    def _rncp(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if self.engine.header.version is Version.V2_3:
            # 2.3 (lheo-gml.xml, code-RNCP): digits only, or the prefix RNCP then digits.
            digits = text[4:] if text.startswith("RNCP") else text
            if _DIGITS.fullmatch(digits) and len(text) <= 10:
                return
            expected = "des chiffres, éventuellement précédés de « RNCP » (10 caractères au plus)"
        else:
            if _DIGITS.fullmatch(text) and len(text) <= 6:
                return
            expected = "de 1 à 6 chiffres"
        self._find(
            ctx, "rncp-format", el, text,
            f"l'élément {local} vaut « {text} » : un numéro de fiche RNCP attendu, {expected}",
        )  # fmt: skip

    def _courriel(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if _EMAIL.fullmatch(text):
            return
        self._find(
            ctx, "courriel-format", el, text,
            f"l'élément courriel vaut « {text} » : une adresse électronique de la forme "
            "nom@domaine.fr attendue",
        )  # fmt: skip

    def _urlweb(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        if _URL.fullmatch(text):
            return
        self._find(
            ctx, "url-format", el, text,
            f"l'élément urlweb vaut « {text} » : une adresse web complète "
            "(http://… ou https://… suivi d'un nom d'hôte) attendue",
        )  # fmt: skip

    def _geo(self, ctx: _Context, el: etree._Element, local: str, text: str) -> None:
        self._coordinate(ctx, el, local, text, named=local)

    def _coordinate(
        self, ctx: _Context, el: etree._Element, which: str, text: str, *, named: str
    ) -> None:
        bound = 90 if which == "latitude" else 180
        if _DECIMAL_COMMA.fullmatch(text):
            if named != which:  # in extras (the leaf walk reports the elements)
                self._find(
                    ctx, "virgule-decimale", el, text,
                    f"l'élément {named} vaut « {text} » : un nombre s'écrit avec un point "
                    f"décimal (« {text.replace(',', '.')} »)",
                )  # fmt: skip
            return
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite() and -bound <= number <= bound:
            return
        self._find(
            ctx, "geo-plage", el, text,
            f"l'élément {named} vaut « {text} » : une {which} en degrés décimaux entre "
            f"-{bound} et {bound} attendue",
        )  # fmt: skip

    def _adresse(self, ctx: _Context, el: etree._Element, prefix: str) -> None:
        """The commune of an address, and whether its postcode, département, région agree."""
        fields: dict[str, etree._Element] = {}
        for child in el.iterchildren(etree.Element):
            name = _xml.local(child.tag)
            if child.tag == prefix + name and name not in fields and not len(child):
                fields[name] = child

        def text_of(name: str) -> str:
            node = fields.get(name)
            return (node.text or "").strip() if node is not None else ""

        dep_el, reg_el = fields.get("departement"), fields.get("region")
        dep, reg = text_of("departement"), text_of("region")
        known_dep = known_reg = True
        if dep_el is not None and dep:
            known_dep = referentials.departement(_departement_key(dep)) is not None
            if not known_dep:
                self._find(
                    ctx, "departement-inconnu", dep_el, dep,
                    f"l'élément departement vaut « {dep} », qui n'est pas un code de "
                    "département (01 à 95, 2A, 2B, 971 à 989)",
                )  # fmt: skip
        if reg_el is not None and reg:
            current = referentials.region(reg)
            known_reg = current is not None
            if reg in _FORMER_REGIONS:
                new = _FORMER_REGIONS[reg]
                region_name = _region_name(new)
                self._find(
                    ctx, "region-ancienne", reg_el, reg,
                    f"l'élément region vaut « {reg} », un code de région d'avant 2016 : "
                    f"le code actuel est « {new} » ({region_name})",
                )  # fmt: skip
            elif not known_reg:
                self._find(
                    ctx, "region-inconnue", reg_el, reg,
                    f"l'élément region vaut « {reg} », qui n'est pas un code de région "
                    "(code INSEE actuel : 11, 24, 27, 28, 32, 44, 52, 53, 75, 76, 84, 93, "
                    "94, 01 à 06)",
                )  # fmt: skip
        insee_el = fields.get("code-INSEE-commune")
        insee = text_of("code-INSEE-commune")
        if insee_el is None or not insee:
            return
        commune = referentials.commune(insee)
        if commune is None:
            self._find(
                ctx, "commune-inconnue", insee_el, insee,
                f"l'élément code-INSEE-commune vaut « {insee} », qui n'est le code d'aucune "
                "commune du code officiel géographique",
            )  # fmt: skip
            return
        label = f"{commune.name} ({commune.code})"
        if not commune.current:
            parent = referentials.commune(commune.parent or "")
            now = f"{parent.name} ({parent.code})" if parent is not None else "?"
            self._find(
                ctx, "commune-ancienne", insee_el, insee,
                f"l'élément code-INSEE-commune vaut « {insee} », le code de l'ancienne "
                f"commune {commune.name}, aujourd'hui dans {now} : le code de la commune "
                "actuelle est attendu",
            )  # fmt: skip
        cp_el = fields.get("codepostal")
        cp = text_of("codepostal")
        if cp_el is not None and cp and commune.postcodes and cp not in commune.postcodes:
            self._find(
                ctx, "commune-codepostal", cp_el, cp,
                f"l'élément codepostal vaut « {cp} », qui n'est pas un code postal de "
                f"{label} : {' ou '.join(commune.postcodes)} attendu (sauf code CEDEX)",
            )  # fmt: skip
        if dep_el is not None and dep and known_dep:
            if _departement_key(dep) != commune.departement:
                self._find(
                    ctx, "commune-departement", dep_el, dep,
                    f"l'élément departement vaut « {dep} », mais {label} est dans le "
                    f"département {commune.departement} : « {commune.departement} » attendu",
                )  # fmt: skip
        if reg_el is not None and reg and reg != commune.region:
            if _FORMER_REGIONS.get(reg) == commune.region:
                return  # the former code of the right région: region-ancienne says it
            if known_reg or reg in _FORMER_REGIONS:
                self._find(
                    ctx, "commune-region", reg_el, reg,
                    f"l'élément region vaut « {reg} », mais {label} est dans la région "
                    f"{commune.region} ({_region_name(commune.region)}) : "
                    f"« {commune.region} » attendu",
                )  # fmt: skip


_NUMBERED: Final = ("formation", "offre-formation", "action", "session", "resume-offre")


@functools.cache
def _watched(version: Version, prefix: str) -> tuple[str, ...]:
    """The tags of the elements that some rule looks at, in a document of ``version``."""
    names = (
        _dates(version)
        | _numbers(version)
        | _coded(version).keys()
        | _LEAF_CHECKS.keys()
        | _PLACES
        | {"periode", "extra", *_NUMBERED}
    )
    return tuple(sorted(prefix + name for name in names))


def _region_name(code: str) -> str:
    found = referentials.region(code)
    return found.name if found is not None else "?"


def _codes_list(table: CodeTable, most: int = 20) -> str:
    codes = list(table.codes)
    shown = ", ".join(codes[:most])
    return shown + (", …" if len(codes) > most else "")


_LeafCheck = Callable[[RuleChecker, _Context, etree._Element, str, str], None]

# The checks of one leaf element, by local name.
_LEAF_CHECKS: Final[Mapping[str, _LeafCheck]] = {
    "SIRET": RuleChecker._siret,
    "code-UAI": RuleChecker._uai,
    "code-CERTIFINFO": RuleChecker._certifinfo,
    "reference-code-CERTIFINFO": RuleChecker._certifinfo,
    "code-RNCP": RuleChecker._rncp,
    "reference-code-RNCP": RuleChecker._rncp,
    "courriel": RuleChecker._courriel,
    "urlweb": RuleChecker._urlweb,
    "latitude": RuleChecker._geo,
    "longitude": RuleChecker._geo,
}


# ---------------------------------------------------------------------------------------
# Public API


#: Rules that need a referential the caller gives (not shipped): its argument's name.
_NEEDS: Final[Mapping[str, str]] = {"siret-ferme": "closed_sirets"}


def _selected(rules: Iterable[str] | None, given: Container[str] = ()) -> frozenset[str]:
    """The rules to run; those needing a referential not ``given`` run only when asked."""
    if rules is None:
        return frozenset(r for r in _BY_ID if _NEEDS.get(r, "") in given or r not in _NEEDS)
    if isinstance(rules, str):
        rules = [rules]
    chosen = frozenset(rules)
    unknown = sorted(chosen - _BY_ID.keys())
    if unknown:
        raise UnknownRuleError(
            f"unknown rule(s) {', '.join(unknown)}; known rules: {', '.join(_BY_ID)}"
        )
    for rule in sorted(chosen):
        if rule in _NEEDS and _NEEDS[rule] not in given:
            raise LheoError(
                f"the rule {rule} needs {_NEEDS[rule]}= (the list it checks against is not "
                "shipped with lheo: see lheo.referentials.ClosedSirets)"
            )
    return chosen


def iter_findings(
    source: Source,
    *,
    rules: Iterable[str] | None = None,
    version: str | Version | None = None,
    closed_sirets: Container[str] | None = None,
) -> Iterator[Finding]:
    """:func:`check`, one item at a time: the findings of each offer once it is read."""
    chosen = _selected(rules, () if closed_sirets is None else ("closed_sirets",))
    inp = Input(source)
    try:
        walk = Walk(
            inp,
            lambda engine: [RuleChecker(engine, chosen, closed_sirets)],
            version=version,
            contained_only=True,
        )
        for batch in walk:
            if isinstance(batch, list):
                yield from batch
        checker = walk.handlers[0]
        assert isinstance(checker, RuleChecker)
        yield from checker.findings  # the lone-item root, found at the trailer
    finally:
        inp.close()


def check(
    source: Source,
    *,
    rules: Iterable[str] | None = None,
    version: str | Version | None = None,
    closed_sirets: Container[str] | None = None,
) -> list[Finding]:
    """Run the data-quality rules on a flow (or an index), in constant memory.

    Args:
        source: a path, XML ``bytes``, a ``str`` of XML, or a binary file object.
        rules: the ids of the rules to run (see :data:`RULES`); ``None``: all of them
            (``siret-ferme`` only when ``closed_sirets`` is given).
        version: the version to assume when the root has no namespace.
        closed_sirets: the SIRETs of closed establishments, for ``siret-ferme``: a
            :class:`lheo.referentials.ClosedSirets` (from SIRENE's stock) or any container
            of 14-digit strings.

    Returns:
        The findings in document order (group them with :func:`by_offer`).

    Raises:
        UnknownRuleError: a rule id that :data:`RULES` does not hold.
        LheoError: ``siret-ferme`` asked without ``closed_sirets``.
        ParseError, NotLheoError, UnsupportedVersionError, UnsafeXmlError: as
            :func:`lheo.iter_formations` (the rules assume a readable flow, not a valid one).
    """
    return list(
        iter_findings(source, rules=rules, version=version, closed_sirets=closed_sirets)
    )
