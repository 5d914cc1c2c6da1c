"""Parcours-3-style search: :func:`lheo.search` and its :class:`Summary` per matching action.

One streaming engine pass over a flow (``lheo``: its formations and actions) or an index
(``lheo-index``, ``lheo-leger`` in 1.3.0: its ``resume-offre`` summaries). Values are read
with the column table of :mod:`lheo._columns` (the same names for every version, and for the
summaries of an index: :data:`~lheo._columns.RESUME_COLUMNS`); a formation whose own fields
fail the criteria is left before its actions are read.

Added in 0.2.
"""

from __future__ import annotations

import datetime as _dt
import functools
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from lxml import etree

from lheo._columns import RESUME_COLUMNS, columns_for
from lheo._engine import Engine, Handler, Item, handed_lists
from lheo._records import Plan, Row, ScopeReader
from lheo._values import parse_date
from lheo._xml import Source
from lheo.errors import InvalidValueError
from lheo.tables import niveau_rank
from lheo.versions import Version

__all__ = ["Criteria", "Summary", "fold", "search"]

# What a full flow's pass reads: the summary's fields and every criterion's.
_FLOW_COLUMNS = (
    "formation_numero",
    "formation_intitule",
    "formation_certifiante",
    "formation_niveau_entree",
    "formation_formacode",
    "formation_nsf",
    "formation_rome",
    "formation_contact_nom",
    "formation_contact_prenom",
    "formation_contact_telephone",
    "organisme_nom",
    "action_numero",
    "action_public_vise",
    "lieu_codepostal",
    "lieu_code_insee",
    "lieu_ville",
    "lieu_departement",
    "lieu_region",
    "action_sessions_debut",
)

_OPERATORS: dict[str, Callable[[int, int], bool]] = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
    "=": lambda a, b: a == b,
    ">=": lambda a, b: a >= b,
    ">": lambda a, b: a > b,
}


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` without accents, case folded: how :func:`search` compares texts."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@attrs.frozen(kw_only=True)
class Summary:
    """One matching action, as Parcours 3 lists it.

    Attributes:
        numero: the action's ``numero`` (an index: the summary's), to fetch the detail.
        file: where the detail is: an index's ``file`` attribute, else the flow searched.
        href: an index's ``href`` attribute (``None`` for a flow).
        formation_numero: the formation's ``numero`` (``None`` from an index).
        intitule: the formation's title (``intitule-action`` in 1.3.0).
        organisme: the organisme responsable's name.
        ville: the city of the (first) place of training.
        codepostal: its postcode.
        departement: its département.
        debuts: the start dates of its sessions (those on or after ``start_after`` when that
            criterion is given), in document order; unreadable dates are left out.
        contact_nom: the formation's contact name (first name and name).
        contact_telephone: the contact's phone.

    Added in 0.2.
    """

    numero: str | None
    file: str | None
    href: str | None
    formation_numero: str | None
    intitule: str | None
    organisme: str | None
    ville: str | None
    codepostal: str | None
    departement: str | None
    debuts: tuple[_dt.date, ...]
    contact_nom: str | None
    contact_telephone: str | None

    def to_dict(self) -> dict[str, Any]:
        """Plain data (dates as ISO strings), for JSON."""
        data = attrs.asdict(self)
        data["debuts"] = [d.isoformat() for d in self.debuts]
        return data


def _codes(value: str | Iterable[str] | None, name: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value.strip()})
    try:
        return frozenset(str(v).strip() for v in value)
    except TypeError:
        raise InvalidValueError(name, value, "a code or a list of codes") from None


def _date(value: _dt.date | str | None) -> _dt.date | None:
    if value is None or isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    found = parse_date(text.replace("-", "")) if len(text) in (8, 10) else None
    if found is None:
        raise InvalidValueError("start_after", value, "a date (2023-09-01 or 20230901)")
    return found


class Criteria:
    """The criteria of :func:`search`, checked and ready (see its arguments)."""

    def __init__(
        self,
        *,
        title_contains: str | None = None,
        diplomante: bool | None = None,
        niveau_entree: tuple[str, str | int] | str | int | None = None,
        start_after: _dt.date | str | None = None,
        public_vise: str | Iterable[str] | None = None,
        formacode: str | Iterable[str] | None = None,
        rome: str | Iterable[str] | None = None,
        nsf: str | Iterable[str] | None = None,
        organisme_contains: str | None = None,
        region: str | None = None,
        departement: str | None = None,
        commune: str | None = None,
    ) -> None:
        self.title = fold(title_contains) if title_contains else None
        self.diplomante = None if diplomante is None else ("1" if diplomante else "0")
        self.niveau: tuple[Callable[[int, int], bool], int] | None = None
        if niveau_entree is not None:
            op, threshold = (
                niveau_entree if isinstance(niveau_entree, tuple) else ("==", niveau_entree)
            )
            if op not in _OPERATORS:
                raise InvalidValueError(
                    "niveau_entree", niveau_entree, "(op, niveau), op one of < <= == >= >"
                )
            rank = threshold if isinstance(threshold, int) else niveau_rank(str(threshold))
            if rank is None:
                raise InvalidValueError(
                    "niveau_entree", threshold, "a niveau that has a rank (lheo.tables.niveau_rank)"
                )
            self.niveau = (_OPERATORS[op], rank)
        self.start_after = _date(start_after)
        self.public_vise = _codes(public_vise, "public_vise")
        self.formacode = _codes(formacode, "formacode")
        self.rome = _codes(rome, "rome")
        self.nsf = _codes(nsf, "nsf")
        self.organisme = fold(organisme_contains) if organisme_contains else None
        self.region = region.strip() if region else None
        self.departement = departement.strip() if departement else None
        self.commune = commune.strip() if commune else None
        self.commune_folded = fold(self.commune) if self.commune else None

    def formation_fields(self) -> frozenset[str]:
        """The formation columns that :meth:`formation_ok` looks at."""
        given = (
            (self.title, "formation_intitule"),
            (self.diplomante, "formation_certifiante"),
            (self.niveau, "formation_niveau_entree"),
            (self.formacode, "formation_formacode"),
            (self.rome, "formation_rome"),
            (self.nsf, "formation_nsf"),
        )
        return frozenset(name for value, name in given if value is not None)

    def formation_ok(self, row: Row, version: Version) -> bool:
        """Whether a formation's own fields pass (title, certification, niveau, codes)."""
        if self.title is not None and self.title not in fold(row["formation_intitule"] or ""):
            return False
        if self.diplomante is not None and row["formation_certifiante"] != self.diplomante:
            return False
        if self.niveau is not None:
            code = row["formation_niveau_entree"]
            rank = niveau_rank(code, version.value) if code is not None else None
            compare, threshold = self.niveau
            if rank is None or not compare(rank, threshold):
                return False
        for wanted, name in (
            (self.formacode, "formation_formacode"),
            (self.rome, "formation_rome"),
            (self.nsf, "formation_nsf"),
        ):
            if wanted is not None and wanted.isdisjoint(row[name] or ()):
                return False
        return True

    def organisme_ok(self, row: Row) -> bool:
        """Whether the organisme responsable's name passes."""
        return self.organisme is None or self.organisme in fold(row["organisme_nom"] or "")

    def action_ok(self, row: Row) -> bool:
        """Whether an action's public and place pass (its sessions: :meth:`starts`)."""
        if self.public_vise is not None and self.public_vise.isdisjoint(
            row["action_public_vise"] or ()
        ):
            return False
        if self.region is not None and row["lieu_region"] != self.region:
            return False
        if self.departement is not None and row["lieu_departement"] != self.departement:
            return False
        if self.commune is not None and self.commune != row["lieu_code_insee"]:
            if self.commune_folded != fold(row["lieu_ville"] or ""):
                return False
        return True

    def starts(self, row: Row) -> tuple[_dt.date, ...] | None:
        """The session starts to show, or ``None`` when ``start_after`` leaves none."""
        dates = [d for d in map(parse_date, row["action_sessions_debut"] or ()) if d is not None]
        if self.start_after is not None:
            after = self.start_after
            dates = [d for d in dates if d >= after]
            if not dates:
                return None
        return tuple(dates)


def _name(first: str | None, last: str | None) -> str | None:
    return " ".join(n for n in (first, last) if n) or None


def _summary(row: Row, starts: tuple[_dt.date, ...], file: str | None) -> Summary:
    return Summary(
        numero=row["action_numero"],
        file=row.get("resume_file", file),
        href=row.get("resume_href"),
        formation_numero=row.get("formation_numero"),
        intitule=row["formation_intitule"],
        organisme=row["organisme_nom"],
        ville=row["lieu_ville"],
        codepostal=row["lieu_codepostal"],
        departement=row["lieu_departement"],
        debuts=starts,
        contact_nom=_name(row.get("formation_contact_prenom"), row["formation_contact_nom"]),
        contact_telephone=row["formation_contact_telephone"],
    )


class Finder(Handler):
    """The engine handler of :func:`search`: summaries of the matching actions of each item.

    Args:
        engine: the engine of the pass.
        criteria: the criteria.
        skip: items already handed over by an earlier pass (a restart).
    """

    def __init__(self, engine: Engine, criteria: Criteria, skip: int = 0) -> None:
        self.engine = engine
        self.criteria = criteria
        self.skip = skip
        self._plan: Plan | None = None
        self._resume: ScopeReader | None = None
        self._first: ScopeReader
        self._rest: ScopeReader

    def on_item(self, item: Item) -> list[Summary] | None:
        if not item.contained:
            return None
        if self.skip:
            self.skip -= 1
            return None
        header = self.engine.header
        if item.local == "resume-offre":
            return self._resume_offre(item.element, header.version, header.namespace)
        if item.local == header.version.item:
            return self._formation(item.element, header.version, header.namespace, header.name)
        return []

    def _resume_offre(self, el: etree._Element, version: Version, ns: str | None) -> list[Summary]:
        reader = self._resume
        if reader is None:
            reader = self._resume = ScopeReader(RESUME_COLUMNS, version, ns)
        row = reader.read(el)
        crit = self.criteria
        if not (crit.formation_ok(row, version) and crit.organisme_ok(row) and crit.action_ok(row)):
            return []
        starts = crit.starts(row)
        return [] if starts is None else [_summary(row, starts, None)]

    def _formation(
        self, el: etree._Element, version: Version, ns: str | None, name: str
    ) -> list[Summary]:
        plan = self._plan
        if plan is None:
            plan = self._plan = Plan(version, ns, columns_for("action", _FLOW_COLUMNS))
            # The formation's fields in two reads: those its criteria need, then the others
            # for the formations that pass (most of a flow fails a title or code criterion).
            wanted = self.criteria.formation_fields()
            cols = columns_for("formation", [n for n in _FLOW_COLUMNS if n.startswith("f")])
            self._first = ScopeReader([c for c in cols if c.name in wanted], version, ns)
            self._rest = ScopeReader([c for c in cols if c.name not in wanted], version, ns)
        crit = self.criteria
        readers = plan.readers
        base = self._first.read(el)
        if not crit.formation_ok(base, version):
            return []
        base.update(self._rest.read(el))
        organisme = el.find(plan.organisme) if plan.organisme else None
        base.update(readers["organisme"].read(organisme))
        if not crit.organisme_ok(base):
            return []
        found = []
        read_action = readers["action"].read
        for action in el.iterfind(plan.action):
            row = dict(base)
            row.update(read_action(action))
            if not crit.action_ok(row):
                continue
            starts = crit.starts(row)
            if starts is not None:
                found.append(_summary(row, starts, name))
        return found


def search(
    source: Source,
    *,
    title_contains: str | None = None,
    diplomante: bool | None = None,
    niveau_entree: tuple[str, str | int] | str | int | None = None,
    start_after: _dt.date | str | None = None,
    public_vise: str | Iterable[str] | None = None,
    formacode: str | Iterable[str] | None = None,
    rome: str | Iterable[str] | None = None,
    nsf: str | Iterable[str] | None = None,
    organisme_contains: str | None = None,
    region: str | None = None,
    departement: str | None = None,
    commune: str | None = None,
    version: str | Version | None = None,
) -> Iterator[Summary]:
    """The actions of a flow or an index that meet every criterion given, as summaries.

    Streams, in constant memory, over a flow (root ``lheo``: each action of each formation)
    or an index (``lheo-index``, 1.3.0 ``lheo-leger``: each ``resume-offre``). Text criteria
    ignore case and accents (``"developpeur"`` finds ``"Développeur"``).

    Args:
        source: a path, XML ``bytes``/``str``, or a binary file object.
        title_contains: a part of the formation's title (``intitule-formation``;
            ``intitule-action`` in 1.3.0).
        diplomante: certifying (``certifiante``; ``diplomante`` in 1.3.0) or not.
        niveau_entree: ``(op, niveau)`` with ``op`` one of ``<``, ``<=``, ``==``, ``>=``,
            ``>``, or a niveau alone (``==``). A niveau is a ``dict-niveaux`` code (``"14"``,
            or an old code such as ``"5"``) or an ``int`` rank 0–8; levels compare across the
            old and the 2019 tables through :func:`lheo.tables.niveau_rank`; a formation
            whose niveau has no rank (``0``, ``2``, ``3``, none) does not match.
        start_after: a session starting on or after this date (a ``date``, ``"2023-09-01"``
            or ``"20230901"``); the summary then lists only those sessions.
        public_vise: a ``code-public-vise`` code, or a list (any of them).
        formacode: a FORMACODE code, or a list (any of them).
        rome: a ROME code, or a list (any of them).
        nsf: an NSF code, or a list (any of them).
        organisme_contains: a part of the organisme responsable's name.
        region: the place's ``region`` code.
        departement: the place's ``departement`` code (``"67"``).
        commune: the place's INSEE code (``code-INSEE-commune``) or city name.
        version: the version to assume when the root has no namespace.

    Yields:
        One :class:`Summary` per matching action, in document order.

    Raises:
        InvalidValueError: a criterion that cannot be used (an unknown operator, a niveau
            without rank, a date that is not one).
        ParseError, NotLheoError, UnsupportedVersionError, UnsafeXmlError: as
            :func:`lheo.iter_formations`.

    Example:
        >>> [s.numero for s in lheo.search("examples/data/catalogue-2.3.xml", title_contains="bts")]
        ['3519_229871', '3519_301456']

    Added in 0.2.
    """
    criteria = Criteria(
        title_contains=title_contains,
        diplomante=diplomante,
        niveau_entree=niveau_entree,
        start_after=start_after,
        public_vise=public_vise,
        formacode=formacode,
        rome=rome,
        nsf=nsf,
        organisme_contains=organisme_contains,
        region=region,
        departement=departement,
        commune=commune,
    )
    return _hits(source, criteria, version)


def _hits(source: Source, criteria: Criteria, version: str | Version | None) -> Iterator[Summary]:
    return handed_lists(
        source, lambda engine, skip: Finder(engine, criteria, skip), version=version
    )
