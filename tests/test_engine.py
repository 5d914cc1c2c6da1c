"""The streaming engine's handler protocol is usable on its own (lheo._engine).

Custom handlers plugged into the engine see the flow as documented: hooks in document order,
items whole with their document paths and lines, placeholders in the skeleton, one header,
restarts that hand each value over once. Expectations come from lxml on the same bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import lheo
from lheo import _engine
from lheo._engine import HEADER, PROBE, Engine, Handler, Item, Walk
from lheo._info import flow_info
from lheo._source import Input
from lheo.errors import UnsafeXmlError

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "examples" / "data"
NS23 = "http://lheo.gouv.fr/2.3"
NS22 = "http://www.lheo.org/2.2"
FLOWS = [DATA / "catalogue-2.3.xml", DATA / "onisep-2.2.xml", DATA / "onisep-2.2-real.xml"]


def _formations() -> list[str]:
    text = (DATA / "catalogue-2.3.xml").read_text(encoding="utf-8")
    return re.findall(r"<formation .*?</formation>", text, re.S)


def _flow(*bodies: str, after: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="{NS23}">\n'
        f"<offres>\n{chr(10).join(bodies)}\n</offres>{after}\n</lheo>\n"
    ).encode()


class _Counting(Handler):
    """Counts the formations, their actions and sessions: what ``lheo info`` reports."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def on_item(self, item: Item) -> None:
        if not item.contained:
            return
        self.counts["formations"] += 1
        ns = item.engine.header.namespace
        for action in item.element.iterchildren(f"{{{ns}}}action"):
            self.counts["actions"] += 1
            self.counts["sessions"] += sum(1 for _ in action.iterchildren(f"{{{ns}}}session"))


@pytest.mark.parametrize("path", FLOWS, ids=lambda p: p.name)
def test_a_counting_handler_gives_what_info_and_xpath_give(path: Path) -> None:
    """A handler of a few lines counts what lheo info counts, as XPath finds it."""
    counter = _Counting()
    walk = Walk(Input(path), lambda engine: [counter])
    values = list(walk)
    assert values == [HEADER]  # no value handed over: the header mark only
    tree = etree.parse(str(path))
    ns = {"l": etree.QName(tree.getroot()).namespace}
    expected = {
        "formations": len(tree.xpath("/l:lheo/l:offres/l:formation", namespaces=ns)),
        "actions": len(tree.xpath("/l:lheo/l:offres/l:formation/l:action", namespaces=ns)),
        "sessions": len(
            tree.xpath("/l:lheo/l:offres/l:formation/l:action/l:session", namespaces=ns)
        ),
    }
    assert expected["formations"] > 0
    assert dict(counter.counts) == expected
    info = flow_info(path).counts
    assert {key: info.get(key, 0) for key in expected} == expected
    assert walk.engine.size == path.stat().st_size


class _Recorder(Handler):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.calls: list[tuple[str, str]] = []

    def on_open(self, element: etree._Element) -> None:
        self.calls.append(("open", etree.QName(element).localname))

    def on_header(self, header: _engine.Header) -> None:
        names = "/".join(etree.QName(el).localname for el in header.frames)
        self.calls.append(("header", names))

    def on_item(self, item: Item) -> Any:
        self.calls.append(("item", f"{item.path} line {item.line} #{item.number}"))
        return item.element.get("numero") if item.contained else None

    def on_close(self, element: etree._Element) -> None:
        self.calls.append(("close", etree.QName(element).localname))

    def on_trailer(self, skeleton: etree._Element) -> None:
        self.calls.append(("trailer", etree.QName(skeleton).localname))


def test_hooks_come_in_document_order() -> None:
    """Hooks, paths, lines and handed values, on a flow laid out by hand."""
    data = (
        f'<lheo xmlns="{NS23}">\n'  # line 1
        '<offres id="o">\n'
        '<formation numero="A"/>\n'  # line 3
        '<formation numero="B"/>\n'
        '<extras><extra info="x">y</extra></extras>\n'
        "</offres>\n"
        '<formation numero="C"/>\n'  # line 7: not an item of a container
        "</lheo>\n"
    ).encode()
    walk = Walk(Input(data), lambda engine: [_Recorder(engine)])
    values = list(walk)
    assert values == [HEADER, "A", "B"]
    recorder = walk.handlers[0]
    assert isinstance(recorder, _Recorder)
    assert recorder.calls == [
        ("open", "lheo"),
        ("open", "offres"),
        ("header", "lheo/offres"),
        ("item", "/lheo/offres/formation[1] line 3 #1"),
        ("item", "/lheo/offres/formation[2] line 4 #2"),
        ("open", "extras"),
        ("open", "extra"),
        ("close", "extra"),
        ("close", "extras"),
        ("close", "offres"),
        ("item", "/lheo/formation line 7 #0"),
        ("close", "lheo"),
        ("trailer", "lheo"),
    ]
    header = walk.engine.header
    assert header.version.value == "2.3" and header.kind == "lheo"
    assert header.container_attrs == {"offres": {"id": "o"}}
    assert header.root is None  # the XML is let go once the walk is done


def test_a_flow_without_items_calls_on_header_at_its_end() -> None:
    data = f'<lheo xmlns="{NS23}"><offres/></lheo>'.encode()
    walk = Walk(Input(data), lambda engine: [_Recorder(engine)])
    assert list(walk) == [HEADER]
    recorder = walk.handlers[0]
    assert isinstance(recorder, _Recorder)
    assert recorder.calls[-2:] == [("trailer", "lheo"), ("header", "")]


class _Skeleton(Handler):
    """Keeps a copy of the skeleton the engine leaves, placeholders included."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.copy: etree._Element | None = None

    def on_item(self, item: Item) -> None:
        item.issues = [f"issue of {item.path}"]  # type: ignore[list-item]

    def on_trailer(self, skeleton: etree._Element) -> None:
        self.copy = etree.fromstring(etree.tostring(skeleton))


def test_items_collapse_into_one_placeholder_per_run() -> None:
    """Consecutive items leave one empty placeholder; its run says what it stands for."""
    formations = _formations()
    data = _flow(*formations)
    walk = Walk(Input(data), lambda engine: [_Skeleton(engine)])
    walk.run()
    handler = walk.handlers[0]
    assert isinstance(handler, _Skeleton) and handler.copy is not None
    offres = handler.copy.find(f"{{{NS23}}}offres")
    assert offres is not None
    (placeholder,) = list(offres)
    assert placeholder.tag == f"{{{NS23}}}formation" and placeholder.get(PROBE) == "0"
    assert len(placeholder) == 0 and not (placeholder.text or "").strip()
    (run,) = walk.engine.runs()
    tree = etree.fromstring(data)
    lines = [el.sourceline for el in tree.iter(f"{{{NS23}}}formation")]
    assert (run.line, run.last) == (lines[0], lines[-1])
    assert run.path == "/lheo/offres/formation[1]"
    assert run.issues == [f"issue of /lheo/offres/formation[{i}]" for i in (1, 2, 3, 4)]


class _Numbers(Handler):
    """Hands over each formation's numero, skipping those handed by an earlier pass."""

    def __init__(self, skip: int) -> None:
        self.skip = skip

    def on_item(self, item: Item) -> Any:
        if item.contained and item.number > self.skip:
            return item.element.get("numero")
        return None


def test_a_restart_with_huge_tree_hands_each_value_over_once() -> None:
    """The second formation holds a text libxml2 refuses without huge_tree: the walk starts
    over with it, and the handler made for the new pass skips what was handed already."""
    first, second, *_ = _formations()
    big = second.replace("<intitule-formation>", "<intitule-formation>" + "x" * 11_000_000, 1)
    data = _flow(first, big)
    made: list[tuple[Engine, int]] = []
    walk: Walk

    def make(engine: Engine) -> list[Handler]:
        skip = walk.handed if made else 0
        made.append((engine, skip))
        return [_Numbers(skip)]

    walk = Walk(Input(data), make)
    values = list(walk)
    tree = etree.fromstring(data, etree.XMLParser(huge_tree=True))
    expected = [el.get("numero") for el in tree.iter(f"{{{NS23}}}formation")]
    assert len(expected) == 2
    assert values == [HEADER, *expected]
    # The first formation was handed over before libxml2 stopped at the second one.
    assert [(engine.huge, skip) for engine, skip in made] == [(False, 0), (True, 1)]


class _NumberLists(_Numbers):
    def on_item(self, item: Item) -> Any:
        value = super().on_item(item)
        return None if value is None else [value, value]


def test_handed_lists_gives_each_list_once_across_a_restart() -> None:
    """As the Walk test above, through the loop that records, search and
    iter_formation_json share: each list's values once, in order."""
    first, second, third, *_ = _formations()
    big = second.replace("<intitule-formation>", "<intitule-formation>" + "x" * 11_000_000, 1)
    made: list[tuple[bool, int]] = []

    def make(engine: Engine, skip: int) -> Handler:
        made.append((engine.huge, skip))
        return _NumberLists(skip)

    values = list(_engine.handed_lists(_flow(first, big, third), make, version=None))
    tree = etree.fromstring(_flow(first, second, third))
    numbers = [el.get("numero") for el in tree.iter(f"{{{NS23}}}formation")]
    assert len(numbers) == 3 and None not in numbers
    assert values == [n for number in numbers for n in (number, number)]
    assert made == [(False, 0), (True, 1)]


def test_records_search_and_json_read_each_formation_once_across_a_restart() -> None:
    # Their handlers skip what the first pass handed over: the rows, summaries and objects
    # of the flow with a huge title are those of the same flow without it.
    first, second, third, *_ = _formations()
    big = second.replace("<intitule-formation>", "<intitule-formation>" + "x" * 11_000_000, 1)
    huge, small = _flow(first, big, third), _flow(first, second, third)
    from lheo._sinks import iter_formation_json

    formations = [f["@numero"] for f in iter_formation_json(huge)]
    assert formations == [f["@numero"] for f in iter_formation_json(small)]
    assert len(formations) == 3
    key = "formation_numero"
    assert [r[key] for r in lheo.records(huge)] == [r[key] for r in lheo.records(small)]
    assert [s.numero for s in lheo.search(huge)] == [s.numero for s in lheo.search(small)]


def test_max_held_bounds_what_the_skeleton_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items are dropped, not held; what stays outside them counts against MAX_HELD."""
    monkeypatch.setattr(_engine, "MAX_HELD", 64 * 1024)
    formations = _formations()
    many = _flow(*(formations * 40))
    assert len(many) > 4 * 64 * 1024
    Walk(Input(many), lambda engine: [Handler()]).run()  # items are not held
    extras = "<extras>" + '<extra info="k">v</extra>' * 5000 + "</extras>"
    with pytest.raises(UnsafeXmlError, match="MB of XML outside"):
        Walk(Input(_flow(formations[0], after=extras)), lambda engine: [Handler()]).run()


# -- structure --------------------------------------------------------------------------

ENGINE_MODULES = (
    "lheo._source",
    "lheo._engine",
    "lheo._stream_validate",
    "lheo._stream_bind",
    "lheo._stream_write",
    "lheo._stream",
)


def _imports(path: Path) -> list[tuple[str, str]]:
    """``(module, name)`` of every ``from lheo… import name`` in a file."""
    import ast

    found: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lheo"):
            found += [(str(node.module), alias.name) for alias in node.names]
    return found


def test_no_module_imports_private_names_of_the_engine() -> None:
    """The engine's modules expose what others use as public names; they import one way
    (reading, then the engine, then its handlers, then the public face)."""
    package = ROOT / "lheo"
    private = [
        f"{path.relative_to(ROOT)}: {module}.{name}"
        for path in sorted(package.rglob("*.py"))
        for module, name in _imports(path)
        if module in ENGINE_MODULES and name.startswith("_")
    ]
    assert private == []
    for rank, module in enumerate(ENGINE_MODULES):
        path = package / (module.split(".")[1] + ".py")
        later = {m for m in ENGINE_MODULES[rank + 1 :]}
        assert not [m for m, _name in _imports(path) if m in later], module


@pytest.mark.parametrize("size", [1, 3, 4, 5, 7, 64, 4096])
def test_reader_counts_every_namespace_declaration(size: int) -> None:
    # An "xmlns" may start anywhere in a read, or straddle two: each is counted once.
    import io

    from lheo._source import Reader

    body = b"".join(b'<x%d xmlns:p%d="urn:%d" xmlns="urn:d"/>' % (i, i, i) for i in range(200))
    data = b'<?xml version="1.0"?><r xmlns="urn:r">' + body + b"</r>"

    class Trickle(io.BytesIO):
        def read(self, n: int | None = -1) -> bytes:
            return super().read(size if n is None or n < 0 else min(n, size))

    reader = Reader(Trickle(data), "t.xml")
    while reader.read(65536):
        pass
    assert reader.declarations == data.count(b"xmlns") == 401


@pytest.mark.parametrize(
    ("encoding", "counted"), [("utf-8", 3), ("utf-8-sig", 3), ("utf-16", None), ("utf-32", None)]
)
def test_reader_declarations_are_unknown_where_bytes_do_not_tell(
    encoding: str, counted: int | None
) -> None:
    # In UTF-16 or UTF-32, "xmlns" is not those five bytes: no count, rather than 0.
    import io

    from lheo._source import Reader

    declared = encoding.upper().removesuffix("-SIG")
    text = (
        f'<?xml version="1.0" encoding="{declared}"?>'
        '<r xmlns="urn:r"><a xmlns:p="urn:p"><b xmlns="urn:b"/></a></r>'
    )
    reader = Reader(io.BytesIO(text.encode(encoding)), "t.xml")
    while reader.read(65536):
        pass
    assert reader.declarations == counted


_PIECES = [b"xmlns", b"<!--", b"<?", b"x", b"xm", b"lns", b"<", b"!-", b"-", b"?", b"ns", b"a"]


@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=40),
    sizes=st.lists(st.integers(0, 9), min_size=1, max_size=20),
)
@settings(max_examples=300, deadline=None)
def test_occurrences_count_whatever_the_reads(pieces: list[bytes], sizes: list[int]) -> None:
    # Fed in reads of any sizes (empty ones too), the counts of the whole bytes.
    from lheo._source import Occurrences

    data = b"".join(pieces)
    patterns = (b"xmlns", b"<!--", b"<?")
    counter = Occurrences(*patterns)
    at = 0
    for turn in range(len(data) + 1):
        size = sizes[turn % len(sizes)]
        counter.feed(data[at : at + size])
        at += size
    counter.feed(data[at:])
    assert counter.counts == [data.count(pattern) for pattern in patterns]
