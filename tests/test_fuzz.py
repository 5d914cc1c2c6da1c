"""Fuzzing the in-memory entry points: only typed errors (or success), never a traceback.

Two parts: regression tests for the concrete inputs a reliability audit found (invalid
namespace URIs and attribute names, odd sources), and a short, reproducible mutation fuzz
(hypothesis, derandomized) over the example files and fixtures: byte flips, truncations,
deletions and insertions of hostile snippets (DOCTYPEs, entity references, deep nesting,
thousands of attributes, NUL, U+0085, lone surrogates in ``str`` input...). For every
mutant: ``read`` (strict and lenient) returns a :class:`~lheo.Document` or raises a
:class:`~lheo.LheoError`, ``detect`` answers or raises one, ``validate`` returns a report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

import lheo
from lheo.errors import LheoError, ParseError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "examples" / "data").glob("*.xml")) + sorted(
    (ROOT / "tests" / "fixtures").rglob("*.xml")
)
ONISEP = (ROOT / "examples" / "data" / "onisep-2.2.xml").read_bytes()
EXTRAS = b'<extras info="ETAB ONISEP">'


def note(outcome: str) -> None:
    """Counted in ``pytest --hypothesis-show-statistics`` (to tune the fuzz)."""
    if currently_in_test_context():
        event(outcome)


def check(source: object) -> None:
    """The contract of every in-memory entry point, on one input."""
    for strict in (True, False):
        try:
            doc = lheo.read(source, strict=strict)  # type: ignore[arg-type]
        except LheoError as exc:
            note(f"read(strict={strict}): {type(exc).__name__}")
        else:
            assert isinstance(doc, lheo.Document)
            note(f"read(strict={strict}): Document")
    try:
        version, kind = lheo.detect(source)  # type: ignore[arg-type]
    except LheoError:
        pass
    else:
        assert version in ("1.3.0", "2.2", "2.3") and isinstance(kind, str)
    report = lheo.validate(source)  # type: ignore[arg-type]
    assert isinstance(report, lheo.ValidationReport)
    assert report.ok or report.errors


# ---------------------------------------------------------------------------------------
# Regressions: inputs that escaped as bare ValueError (from strict iter_formations)


def _root(attribute: bytes) -> bytes:
    return ONISEP.replace(b"<lheo ", b"<lheo " + attribute + b" ", 1)


def _extra(attribute: bytes) -> bytes:
    assert EXTRAS in ONISEP
    return ONISEP.replace(EXTRAS, EXTRAS + b'<extra info="x" ' + attribute + b"/>", 1)


NAMESPACE_INPUTS = {
    "namespace-uri-with-space-on-root": _root(b'xmlns:p="a b" p:z="1"'),
    "namespace-uri-with-space-in-extra": _extra(b'xmlns:p="a b" p:y="1"'),
    "namespace-uri-with-braces": ONISEP.replace(EXTRAS, EXTRAS + b'<p:x xmlns:p="a{b}"/>', 1),
    "default-namespace-not-a-uri": _extra(b'xmlns="%%"'),
    "undeclared-prefix-on-root": _root(b'p:y="1"'),
    "undeclared-prefix-in-extra": _extra(b'p:y="1"'),
    "two-colons-on-root": _root(b'a:b:c="1"'),
    "leading-colon-on-root": _root(b':a="1"'),
    "empty-prefixed-namespace": _root(b'xmlns:p=""'),
}


@pytest.mark.parametrize("name", sorted(NAMESPACE_INPUTS))
def test_namespace_and_name_errors_are_parse_errors(name: str) -> None:
    """Not namespace-well-formed: ParseError with a line, strict or lenient; a report."""
    data = NAMESPACE_INPUTS[name]
    for strict in (True, False):
        with pytest.raises(ParseError) as info:
            lheo.read(data, strict=strict)
        assert info.value.line is not None and info.value.line >= 2
    report = lheo.validate(data)
    assert not report.ok and len(report.errors) == 1
    assert report.errors[0].line == info.value.line
    check(data)


@pytest.mark.parametrize(
    "source",
    [
        5,
        None,
        b"",
        b"\x00",
        b"\xef\xbb\xbf",
        b"<",
        "\ufeff",
        "\ud800",
        "\ufeff<lheo xmlns='http://lheo.gouv.fr/2.3'>\udfff</lheo>",
        ONISEP.replace(b"</formation>", b"</formation>\xc2\x85", 1),
        ONISEP.replace(b"<formation", b"\x00<formation", 1),
        ONISEP.decode().replace("<formation", "\x85<formation", 1),
    ],
    ids=[
        "int",
        "None",
        "empty",
        "nul",
        "bom-only",
        "lt",
        "str-bom-only",
        "str-lone-surrogate",
        "str-bom-and-surrogate",
        "nel-between-formations",
        "nul-before-formation",
        "str-nel-before-formation",
    ],
)
def test_odd_inputs_give_typed_errors(source: object) -> None:
    check(source)


# ---------------------------------------------------------------------------------------
# Mutation fuzz

SNIPPETS = [
    b'<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">',
    b'<!DOCTYPE lheo SYSTEM "/etc/passwd">',
    b'<!DOCTYPE lheo [<!ENTITY x "yyyyyyyy">]>',
    b'<!DOCTYPE lheo [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    b"<!DOCTYPE",
    b"&x;",
    b"&nbsp;",
    b"&eacute;",
    b"&#0;",
    b"&#x85;",
    b"&#xD800;",
    b"&amp;",
    b"\xc2\x85",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"]]>",
    b"<![CDATA[",
    b"<!--",
    b'<?xml version="1.0" encoding="ISO-8859-1"?>',
    b'<?xml version="1.1"?>',
    b'xmlns:p="a b" p:y="1"',
    b"<a>" * 300 + b"</a>" * 300,
    b"<a>" * 300,
    b"<x " + b" ".join(b'a%d=""' % i for i in range(600)) + b"/>",
    b'<x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd"/></x>',
    "é\u2028\U0001f600".encode(),
]


# Insertions weigh most: they keep the rest of the document, so later stages get reached.
ACTIONS = ["flip", "truncate", "delete", "insert", "insert", "insert", "insert-text", "insert-text"]


@st.composite
def mutants(draw: st.DrawFn) -> bytes | str:
    data = bytearray(SEEDS[draw(st.integers(0, len(SEEDS) - 1))].read_bytes())
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(ACTIONS))
        if action.startswith("insert") and draw(st.booleans()):
            # Before a tag: the mutant stays well-formed more often and goes further.
            where = data.find(b"<", draw(st.integers(0, len(data))))
            where = len(data) if where == -1 else where
        else:
            where = draw(st.integers(0, len(data)))
        if action == "flip" and where < len(data):
            data[where] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[where:]
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 200))]
        elif action == "insert":
            data[where:where] = draw(st.sampled_from(SNIPPETS))
        else:
            data[where:where] = draw(st.text(max_size=20)).encode("utf-8")
    if not draw(st.booleans()):
        return bytes(data)
    # As a str: decoded (bad bytes kept as lone surrogates), with odd characters added.
    text = bytes(data).decode("utf-8", "surrogateescape")
    where = draw(st.integers(0, len(text)))
    odd = draw(st.sampled_from(["\ud800", "\udfff", "\x85", "\x00", "\ufeff", "\u2028", ""]))
    return text[:where] + odd + text[where:]


@settings(
    max_examples=1500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutants())
def test_mutated_documents_give_typed_errors(source: bytes | str) -> None:
    """Every mutant: a Document or a LheoError from read; an answer or one from detect; a
    report from validate."""
    check(source)
