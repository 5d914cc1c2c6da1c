"""FLUX-CARIF marking of the CARIF-OREF exchange: write it, read it, check it.

Each file of a CARIF-OREF export (the index and every offer file) carries, on its root, an
``extras info="FLUX-CARIF"`` block (``../shared/docs/carif-exchange-1.3.0.md``)::

    <extras info="FLUX-CARIF">
      <extra info="numero-CARIF">21</extra>
      <extra info="region">52</extra>
      <extra info="email-CARIF">flux@carif.fr</extra>
      <extra info="date-export">20250630</extra>
      <extra info="heure-export">051244</extra>
    </extras>

The case of every ``info`` is significant; ``date-export`` and ``heure-export`` must be the same
in the index and in every offer file.

    >>> import datetime, lheo, lheo.carif
    >>> tree = lheo.parse("examples/data/offre-1.3.0.xml")
    >>> lheo.carif.read_mark(tree).exported_at
    datetime.datetime(2009, 3, 12, 3, 15, 47)
    >>> lheo.carif.check_mark(tree)
    []

Added in 0.2.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote, urlparse

import attrs
from lxml import etree

from lheo import extras as _extras
from lheo import referentials
from lheo._document import Document
from lheo._engine import Engine, Handler, Item
from lheo._files import atomic_write
from lheo._stream import iter_formations
from lheo._stream_validate import validate, validate_with
from lheo._xml import Source
from lheo.errors import Issue, LheoError, issue_of
from lheo.views import Tree, parse

__all__ = [
    "BLOCK",
    "KEYS",
    "FluxCarif",
    "IntegrationReport",
    "OfferResult",
    "check_consistency",
    "check_mark",
    "http_fetcher",
    "integrate",
    "mark",
    "read_mark",
    "split",
]

#: The ``info`` of the marking block.
BLOCK: Final = "FLUX-CARIF"
#: The ``info`` of its five extras, in the order they are written.
KEYS: Final = ("numero-CARIF", "region", "email-CARIF", "date-export", "heure-export")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


@attrs.frozen(kw_only=True)
class FluxCarif:
    """The FLUX-CARIF marking of one file.

    Attributes:
        numero: ``numero-CARIF``, the CARIF-OREF's number.
        region: ``region``, the code of its région.
        email: ``email-CARIF``, where integration reports go.
        date_export: ``date-export`` as written (``YYYYMMDD``).
        heure_export: ``heure-export`` as written (``HHMMSS``).
        exported_at: both read as a naive ``datetime``, or ``None`` when they do not form one.
    """

    numero: str | None
    region: str | None
    email: str | None
    date_export: str | None
    heure_export: str | None
    exported_at: _dt.datetime | None


def _as_tree(obj: Tree | Document | Source) -> Tree | Document:
    return obj if isinstance(obj, (Tree, Document)) else parse(obj)


def _blocks(obj: Tree | Document) -> list[tuple[str | None, dict[str, str | None]]]:
    """Each root-level ``extras`` block as (its info, {extra's info: text}), in order."""
    found: list[tuple[str | None, dict[str, str | None]]] = []
    if isinstance(obj, Document):
        for block in _extras.blocks(obj.root):
            values: dict[str, str | None] = {
                _extras.info_of(x) or "": _extras.text_of(x) for x in _extras.children(block)
            }
            found.append((_extras.info_of(block), values))
        return found
    for block in obj.etree.getroot():
        if isinstance(block.tag, str) and etree.QName(block).localname == "extras":
            found.append((block.get("info"), {}))
            for extra in block:
                _add_extra(found[-1][1], extra)
    return found


def _add_extra(values: dict[str, str | None], extra: Any) -> None:
    if isinstance(extra.tag, str) and etree.QName(extra).localname == "extra":
        values[str(extra.get("info"))] = extra.text


def _exported_at(date: str | None, hour: str | None) -> _dt.datetime | None:
    if date is None or hour is None:
        return None
    try:
        return _dt.datetime.strptime(date.strip() + hour.strip(), "%Y%m%d%H%M%S")
    except ValueError:
        return None


def read_mark(obj: Tree | Document | Source) -> FluxCarif | None:
    """The FLUX-CARIF marking of a file, or ``None`` when it has no such block.

    Args:
        obj: a :class:`lheo.Tree`, a :class:`lheo.Document`, or any source ``lheo.parse``
            reads (path, bytes, XML text, binary file).

    Raises:
        LheoError: the source cannot be read (``ParseError``, ``NotLheoError``…).
    """
    return _mark_of(_blocks(_as_tree(obj)))


def _mark_of(blocks: Sequence[tuple[str | None, dict[str, str | None]]]) -> FluxCarif | None:
    for info, values in blocks:
        if info == BLOCK:
            return FluxCarif(
                numero=values.get("numero-CARIF"),
                region=values.get("region"),
                email=values.get("email-CARIF"),
                date_export=values.get("date-export"),
                heure_export=values.get("heure-export"),
                exported_at=_exported_at(values.get("date-export"), values.get("heure-export")),
            )
    return None


def _name(obj: Tree | Document) -> str:
    return obj.source if isinstance(obj, Tree) else (obj.source or "<document>")


def _issue(source: str, message: str, expected: str | None = None) -> Issue:
    return Issue(
        line=None,
        column=None,
        path="",
        message=message,
        expected=expected,
        source=source,
        element="extras",
        domain="FLUX-CARIF",
    )


def check_mark(obj: Tree | Document | Source) -> list[Issue]:
    """Check the FLUX-CARIF marking of one file; ``[]`` when it is right.

    Checked: the block and its five extras exist with the exact case of ``info``; ``region``
    is a current région code (its name in the message otherwise known); ``email-CARIF`` is
    an e-mail address; ``date-export`` and ``heure-export`` form a date and a time that exist.

    Args:
        obj: as for :func:`read_mark`.

    Returns:
        One :class:`lheo.Issue` per problem, in French, naming the extra and its value.
    """
    tree = _as_tree(obj)
    return _check_blocks(_name(tree), _blocks(tree))


def _check_blocks(
    source: str, blocks: Sequence[tuple[str | None, dict[str, str | None]]]
) -> list[Issue]:
    exact = [values for info, values in blocks if info == BLOCK]
    if not exact:
        near = [info for info, _ in blocks if info and info.casefold() == BLOCK.casefold()]
        hint = f' (trouvé info="{near[0]}" : la casse compte)' if near else ""
        return [_issue(source, f'bloc extras info="{BLOCK}" absent{hint}', BLOCK)]
    values = exact[0]
    issues: list[Issue] = []
    for key in KEYS:
        if values.get(key) is None or not (values.get(key) or "").strip():
            near = [k for k in values if k.casefold() == key.casefold() and k != key]
            hint = f' (trouvé info="{near[0]}" : la casse compte)' if near else ""
            issues.append(_issue(source, f'extra info="{key}" absent ou vide{hint}', key))
    region = (values.get("region") or "").strip()
    if region and referentials.region(region) is None:
        issues.append(
            _issue(
                source,
                f"extra region vaut « {region} », qui n'est pas un code de région actuel",
                "un code de région INSEE (ex. 52, Pays de la Loire)",
            )
        )
    email = (values.get("email-CARIF") or "").strip()
    if email and not _EMAIL.match(email):
        issues.append(
            _issue(source, f"extra email-CARIF vaut « {email} », pas une adresse électronique")
        )
    date, hour = values.get("date-export"), values.get("heure-export")
    if date and hour and _exported_at(date, hour) is None:
        issues.append(
            _issue(
                source,
                f"date-export « {date} » et heure-export « {hour} » ne forment pas une date "
                "et une heure qui existent",
                "YYYYMMDD et HHMMSS",
            )
        )
    return issues


def check_consistency(
    index: Tree | Document | Source, offers: Iterable[Tree | Document | Source]
) -> list[Issue]:
    """Check that every offer file has the index's ``date-export`` and ``heure-export``.

    Returns:
        One issue per offer file whose export date or hour differs (or is missing), naming
        both values.
    """
    reference = read_mark(index)
    expected = (reference.date_export, reference.heure_export) if reference else (None, None)
    issues: list[Issue] = []
    for offer in offers:
        tree = _as_tree(offer)
        mark_ = read_mark(tree)
        got = (mark_.date_export, mark_.heure_export) if mark_ else (None, None)
        if got != expected:
            issues.append(
                _issue(
                    _name(tree),
                    f"export du {got[0]} à {got[1]}, différent de celui de l'index "
                    f"({expected[0]} à {expected[1]})",
                    "la date-export et l'heure-export de l'index",
                )
            )
    return issues


def mark(
    obj: Tree | Document,
    *,
    numero: str,
    region: str,
    email: str,
    exported_at: _dt.datetime,
) -> None:
    """Add (or replace) the FLUX-CARIF block on the root of an index or offer file, in place.

    The block goes after the root's other children, where every version's grammar puts
    ``extras``; an existing FLUX-CARIF block is replaced where it stands.

    Raises:
        LheoError: the values do not make a valid marking (the same checks as
            :func:`check_mark`), nothing changed.
    """
    values: Sequence[tuple[str, str]] = (
        ("numero-CARIF", numero),
        ("region", region),
        ("email-CARIF", email),
        ("date-export", exported_at.strftime("%Y%m%d")),
        ("heure-export", exported_at.strftime("%H%M%S")),
    )
    if referentials.region(region) is None:
        raise LheoError(f"FLUX-CARIF: {region!r} is not a current région code (INSEE)")
    if not _EMAIL.match(email):
        raise LheoError(f"FLUX-CARIF: {email!r} is not an e-mail address")
    if isinstance(obj, Document):
        block = _extras.ensure(obj.root, BLOCK)
        for key, value in values:
            _extras.set_value(block, key, value)
        return
    root: Any = obj.etree.getroot()
    namespace = etree.QName(root).namespace
    tag = (lambda local: f"{{{namespace}}}{local}") if namespace else (lambda local: local)
    new = root.makeelement(tag("extras"), {"info": BLOCK})
    for key, value in values:
        extra = root.makeelement(tag("extra"), {"info": key})
        extra.text = value
        new.append(extra)
    _indent_like(root, new)
    for old in root:
        if old.tag == tag("extras") and old.get("info") == BLOCK:
            new.tail = old.tail
            old.addnext(new)
            root.remove(old)
            return
    if len(root):
        new.tail, root[-1].tail = root[-1].tail, root.text
    root.append(new)


def _indent_like(root: Any, block: Any) -> None:
    """Lay the new block out as the root's children are (a compact file stays compact)."""
    inner = root.text
    if not inner or inner.strip() or "\n" not in inner:
        return
    step = inner.rsplit("\n", 1)[-1] or "  "
    block.text = inner + step
    for extra in block:
        extra.tail = inner + step
    block[-1].tail = inner


#: A fetcher for ``http(s)://`` references: URL → the file's bytes (it enforces its own
#: time-outs and size limits, and raises on failure).
Fetch = Callable[[str], bytes]


@attrs.frozen(kw_only=True)
class OfferResult:
    """One offer file of an index and what its integration found.

    Attributes:
        file: the reference as the index writes it (``file`` attribute).
        numero: the ``numero`` of its summary, when it has one.
        issues: why it is excluded (schema errors, FLUX-CARIF, export dates, unreachable).
    """

    file: str
    numero: str | None
    issues: tuple[Issue, ...] = ()

    @property
    def valid(self) -> bool:
        """The offer is integrated."""
        return not self.issues


@attrs.frozen(kw_only=True)
class IntegrationReport:
    """The integration report of an index (see :func:`lheo.carif.integrate`).

    Attributes:
        index: the index's name.
        index_issues: what makes the index itself invalid (then no offer is read).
        offers: every distinct offer file referenced, in the index's order.
    """

    index: str
    index_issues: tuple[Issue, ...] = ()
    offers: tuple[OfferResult, ...] = ()

    @property
    def integrated(self) -> bool:
        """The index is valid and at least one of its offers is."""
        return not self.index_issues and any(offer.valid for offer in self.offers)

    @property
    def valid_offers(self) -> tuple[OfferResult, ...]:
        """The offers integrated."""
        return tuple(offer for offer in self.offers if offer.valid)

    @property
    def excluded_offers(self) -> tuple[OfferResult, ...]:
        """The offers excluded, each with its issues."""
        return tuple(offer for offer in self.offers if not offer.valid)

    def verdict(self) -> str:
        """The report's last line, in French."""
        if self.index_issues:
            return "index non intégré : l'index n'est pas valide"
        if not self.integrated:
            return "index non intégré : aucune offre valide"
        return (
            f"index intégré : {len(self.valid_offers)} offre(s) valide(s), "
            f"{len(self.excluded_offers)} exclue(s)"
        )

    def to_text(self) -> str:
        """The report in the style of xmllint: one block per file, then the verdict."""
        lines = [f"== {self.index} : index " + ("invalide" if self.index_issues else "valide")]
        lines += [str(issue) for issue in self.index_issues]
        for offer in self.offers:
            lines.append(f"== {offer.file} : " + ("valide" if offer.valid else "exclue"))
            lines += [str(issue) for issue in offer.issues]
        lines.append(self.verdict())
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (what :meth:`to_json` writes)."""

        def issues(found: tuple[Issue, ...]) -> list[dict[str, Any]]:
            return [attrs.asdict(issue) for issue in found]

        return {
            "index": self.index,
            "integrated": self.integrated,
            "verdict": self.verdict(),
            "index_issues": issues(self.index_issues),
            "offers": [
                {
                    "file": offer.file,
                    "numero": offer.numero,
                    "valid": offer.valid,
                    "issues": issues(offer.issues),
                }
                for offer in self.offers
            ],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON (shape of :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """A self-contained HTML page of the report (every value escaped).

        The verdict, a count of offers, a table of every offer file (number, status,
        number of errors) and, for the index and each excluded offer, its errors in the
        style of xmllint. No script, no outside resource: it opens offline.
        """
        esc = html.escape

        def status(valid: bool, text: str) -> str:
            return f'<span class="{"ok" if valid else "ko"}">{esc(text)}</span>'

        def errors(anchor: str, title: str, found: tuple[Issue, ...]) -> None:
            parts.append(f'<section id="{esc(anchor)}"><h3>{esc(title)}</h3>')
            parts.append("<pre>" + esc("\n".join(str(i) for i in found)) + "</pre></section>")

        valid, excluded = len(self.valid_offers), len(self.excluded_offers)
        parts = [
            "<!DOCTYPE html>",
            '<html lang="fr"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>Rapport d'intégration — {esc(self.index)}</title>",
            "<style>body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            ".ok{color:#060}.ko{color:#a00}#verdict{font-size:1.3em;font-weight:bold}"
            "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;"
            "text-align:left}pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}</style>",
            "</head><body>",
            f"<h1>Rapport d'intégration — {esc(self.index)}</h1>",
            f'<p id="verdict" class="{"ok" if self.integrated else "ko"}">'
            f"{esc(self.verdict())}</p>",
            '<table id="summary"><tr><th>Index</th><td>'
            + status(not self.index_issues, "invalide" if self.index_issues else "valide")
            + f"</td></tr><tr><th>Offres valides</th><td>{valid}</td></tr>"
            f"<tr><th>Offres exclues</th><td>{excluded}</td></tr></table>",
        ]
        if self.index_issues:
            errors("index", f"Erreurs de l'index {self.index}", self.index_issues)
        if self.offers:
            parts.append(
                '<h2>Offres</h2><table id="offers"><thead><tr><th>Fichier</th>'
                "<th>Numéro</th><th>Statut</th><th>Erreurs</th></tr></thead><tbody>"
            )
            for number, offer in enumerate(self.offers, 1):
                count = (
                    f'<a href="#offre-{number}">{len(offer.issues)}</a>' if offer.issues else "0"
                )
                parts.append(
                    f"<tr><td>{esc(offer.file)}</td><td>{esc(offer.numero or '')}</td>"
                    f"<td>{status(offer.valid, 'valide' if offer.valid else 'exclue')}</td>"
                    f"<td>{count}</td></tr>"
                )
            parts.append("</tbody></table>")
        if excluded:
            parts.append("<h2>Erreurs des offres exclues</h2>")
            for number, offer in enumerate(self.offers, 1):
                if offer.issues:
                    errors(f"offre-{number}", offer.file, offer.issues)
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"


def _offer_issue(source: str, message: str) -> Issue:
    return Issue(path="", message=message, source=source, domain="integration")


def _load(reference: str, base: Path, fetch: Fetch | None) -> bytes:
    """The bytes of an offer file named by the index; refused outside the index's folder."""
    parsed = urlparse(reference)
    if parsed.scheme in ("http", "https"):
        if fetch is None:
            raise LheoError(f"{reference}: http(s) references need a fetcher (fetch=…)")
        try:
            return fetch(reference)
        except Exception as error:  # the caller's fetcher: any failure excludes this offer
            raise LheoError(f"{reference}: cannot fetch: {error}") from None
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path))
    elif parsed.scheme == "" or len(parsed.scheme) == 1:  # a path (or a Windows drive)
        path = Path(reference)
    else:
        raise LheoError(f"{reference}: unsupported reference scheme {parsed.scheme!r}")
    resolved = (base / path).resolve()
    root = base.resolve()
    # An index is a remote party's file: it may name nothing outside its own folder.
    if resolved != root and root not in resolved.parents:
        raise LheoError(f"{reference}: outside the index's folder ({root}), not read")
    try:
        return resolved.read_bytes()
    except OSError as error:
        raise LheoError(f"{reference}: cannot read: {error.strerror or error}") from None


class _IndexFacts(Handler):
    """Beside the index's validation, in the same pass: its marking and its offer files.

    The ``extra`` elements outside the summaries are chunks the engine drops once handed
    over, so the root's ``extras`` blocks are read from them as they pass.

    Attributes:
        references: each distinct ``file`` of a summary, with the ``numero`` of the first
            summary naming it, in the index's order.
        blocks: the root's ``extras`` blocks, as :func:`_blocks` gives them.
    """

    def __init__(self, engine: Engine) -> None:
        self.references: dict[str, str | None] = {}
        self.blocks: list[tuple[str | None, dict[str, str | None]]] = []
        self._values: dict[Any, dict[str, str | None]] = {}

    def on_item(self, item: Item) -> None:
        if item.local == "resume-offre":
            reference = item.element.get("file")
            if reference:
                self.references.setdefault(reference, item.element.get("numero"))
        elif item.local == "extra":
            block = item.element.getparent()
            if block is not None and _root_extras(block):
                _add_extra(self._values.setdefault(block, {}), item.element)

    def on_trailer(self, skeleton: etree._Element) -> None:
        for block in skeleton:
            if _root_extras(block):
                self.blocks.append((block.get("info"), self._values.get(block, {})))
        self._values.clear()


def _root_extras(element: Any) -> bool:
    parent = element.getparent()
    return (
        isinstance(element.tag, str)
        and etree.QName(element).localname == "extras"
        and parent is not None
        and parent.getparent() is None
    )


def _check_file(data: bytes, name: str) -> tuple[list[Issue], FluxCarif | None]:
    """One file's issues and marking, from one parse.

    Its schema errors, else its FLUX-CARIF issues, named as the index names the file.
    """
    try:
        tree = parse(data)
    except LheoError as error:
        return [attrs.evolve(issue_of(error, "<bytes>"), source=name)], None
    found = [attrs.evolve(issue, source=name) for issue in validate(tree).errors]
    blocks = _blocks(tree)
    return found or _check_blocks(name, blocks), _mark_of(blocks)


def _check_offer(
    reference: str, numero: str | None, base: Path, fetch: Fetch | None, expected: FluxCarif
) -> OfferResult:
    try:
        data = _load(reference, base, fetch)
    except LheoError as error:
        return OfferResult(
            file=reference, numero=numero, issues=(_offer_issue(reference, str(error)),)
        )
    found, got = _check_file(data, reference)
    when = (expected.date_export, expected.heure_export)
    if not found and got is not None and (got.date_export, got.heure_export) != when:
        found.append(
            _offer_issue(
                reference,
                f"export du {got.date_export} à {got.heure_export}, différent de celui de "
                f"l'index ({expected.date_export} à {expected.heure_export})",
            )
        )
    return OfferResult(file=reference, numero=numero, issues=tuple(found))


def integrate(
    index: str | Path,
    *,
    fetch: Fetch | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IntegrationReport:
    """Integrate a CARIF-OREF export: its index, then each offer file the index references.

    The index is validated against its version's XSD and the FLUX-CARIF rules
    (:func:`check_mark`); when it is not valid, integration stops with a negative report.
    Otherwise each offer file named by a ``resume-offre``'s ``file`` is read, validated the
    same way and checked for the index's export date and hour; an invalid or unreachable
    offer is excluded on its own. The index is not integrated when no offer is valid.

    The index is streamed once (validated while its marking and offer files are read) and
    the offers are read one at a time: memory does not grow with the index's size, only
    with the number of distinct offer files (their names and results, a few hundred bytes
    each).

    Args:
        index: the index file's path.
        fetch: how to get ``http(s)://`` references (URL → bytes), e.g.
            :func:`http_fetcher` (time and size limits) or a function of the caller's own.
            Without it such references are excluded, unread. Local paths and ``file://``
            URLs are read relative to the index's folder, and never outside it.
        progress: called after each distinct offer file as ``progress(done, total)``,
            e.g. to draw a bar.

    Returns:
        An :class:`IntegrationReport`: ``.integrated``, ``.index_issues``, ``.offers``
        (``.valid_offers``, ``.excluded_offers``), and its renderings ``to_text()`` (in the
        style of xmllint, one block per file), ``to_json()`` and ``to_html()``.

    Raises:
        LheoError: the index itself cannot be read.

    Added in 0.2.
    """
    path = Path(index)
    name = str(index)
    try:
        path.open("rb").close()
    except OSError as error:
        raise LheoError(f"{name}: cannot read: {error.strerror or error}") from None
    facts: list[_IndexFacts] = []

    def also(engine: Engine) -> list[Handler]:
        facts[:] = [_IndexFacts(engine)]
        return [facts[0]]

    issues = [attrs.evolve(i, source=name) for i in validate_with(path, also=also).errors]
    expected = _mark_of(facts[0].blocks) if facts else None
    if not issues:
        issues = _check_blocks(name, facts[0].blocks)
    if issues or expected is None:
        return IntegrationReport(index=name, index_issues=tuple(issues))
    references = facts[0].references
    offers: list[OfferResult] = []
    for done, (reference, numero) in enumerate(references.items(), 1):
        offers.append(_check_offer(reference, numero, path.parent, fetch, expected))
        if progress is not None:
            progress(done, len(references))
    return IntegrationReport(index=name, offers=tuple(offers))


def http_fetcher(
    *,
    timeout: float = 30.0,
    max_bytes: int = 50 * 2**20,
    headers: Mapping[str, str] | None = None,
) -> Fetch:
    """A fetcher of ``http(s)://`` offer files for :func:`integrate`, with limits.

    Each file is fetched with a ``GET``; it is refused (the offer is excluded, with the
    reason) when the server does not answer 2xx, when the whole transfer takes longer
    than ``timeout`` seconds, when it is larger than ``max_bytes`` (announced or
    received), or when a redirection leads anywhere but ``http(s)://``. Proxies of the
    environment (``HTTPS_PROXY``…) apply, as for ``urllib``.

    Args:
        timeout: seconds for one file, from the request to its last byte.
        max_bytes: the largest offer file accepted.
        headers: more request headers (e.g. an ``Authorization``).

    Returns:
        A function URL → bytes, safe to share between threads.

    Raises:
        ValueError: a limit that is not positive.

    Added in 0.2.
    """
    import time
    import urllib.request

    if timeout <= 0 or max_bytes <= 0:
        raise ValueError("timeout and max_bytes must be positive")

    class _Redirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req: Any, fp: Any, code: Any, msg: Any, hdrs: Any,
                             newurl: str) -> Any:  # fmt: skip
            if urlparse(newurl).scheme not in ("http", "https"):
                raise LheoError(f"redirected to {newurl}: only http(s) is followed")
            return super().redirect_request(req, fp, code, msg, hdrs, newurl)

    opener = urllib.request.build_opener(_Redirect)
    sent = {"User-Agent": "lheo", **(headers or {})}

    def fetch(url: str) -> bytes:
        if urlparse(url).scheme not in ("http", "https"):
            raise LheoError(f"{url}: not an http(s) URL")
        deadline = time.monotonic() + timeout
        request = urllib.request.Request(url, headers=sent)
        with opener.open(request, timeout=timeout) as answer:
            announced = answer.headers.get("Content-Length")
            if announced and announced.isdigit() and int(announced) > max_bytes:
                raise LheoError(f"{announced} bytes announced, more than {max_bytes}")
            parts: list[bytes] = []
            size = 0
            # read1: what has arrived, so that a server sending slowly meets the deadline.
            while chunk := answer.read1(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise LheoError(f"more than {max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise LheoError(f"not received within {timeout:g} s")
                parts.append(chunk)
        return b"".join(parts)

    return fetch


_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")


def split(flow: Source, folder: str | Path, *, version: str | None = None) -> list[Path]:
    """Cut a flow into one LHÉO file per offer, as a CARIF-OREF publishes them.

    Each offer (``formation``; ``offre-formation`` in 1.3.0) is validated as it is read
    (streaming, constant memory) and written, alone under ``lheo/offres`` (with the flow's
    ``offres`` attributes), to ``FOLDER/NUMERO.xml``: characters other than letters,
    digits, ``.``, ``_`` and ``-`` become ``_``; an offer without ``numero`` is
    ``offre-N.xml``; a name met twice gets ``-2``, ``-3``… (never overwritten within a run).
    Each file is written atomically; mark them with :func:`mark` afterwards.

    Args:
        flow: the flow (path, bytes, XML text, binary file).
        folder: where to write (created if missing).
        version: the version of a flow whose root has no namespace.

    Returns:
        The paths written, in the flow's order.

    Raises:
        ValidationError: an offer is not valid (the files before it are written).
        LheoError: the flow cannot be read, or is not an offer flow (an index, say).
    """
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LheoError(f"{out}: cannot create the folder: {error.strerror or error}") from None
    written: list[Path] = []
    used: set[str] = set()
    with iter_formations(flow, version=version, view=True) as stream:
        if stream.kind != "lheo":
            raise LheoError(f"{stream.source}: a {stream.kind} is not a flow of offers to split")
        namespace = stream.version.namespace or None
        tag = (lambda local: f"{{{namespace}}}{local}") if namespace else (lambda local: local)
        for number, offer in enumerate(stream, 1):
            nsmap: Any = {None: namespace} if namespace else None
            root = etree.Element(tag("lheo"), nsmap=nsmap)
            offres = etree.SubElement(root, tag("offres"), stream.offres_attrs)
            offres.append(offer)
            stem = _UNSAFE.sub("_", offer.get("numero") or "").strip("._") or f"offre-{number}"
            name, n = stem, 1
            while name.casefold() in used:
                n += 1
                name = f"{stem}-{n}"
            used.add(name.casefold())
            path = out / f"{name}.xml"
            atomic_write(path, etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
            written.append(path)
    return written
