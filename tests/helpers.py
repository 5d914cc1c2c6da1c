"""Test helpers: XML comparison after canonicalisation, with a readable diff."""

from __future__ import annotations

import difflib

from lxml import etree


def _normalise(data: bytes, namespace: str | None = None) -> str:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
        remove_pis=True,
    )
    root = etree.fromstring(data, parser)
    for el in root.iter():
        if el.text is not None and not el.text.strip():
            el.text = None
        if el.tail is not None and not el.tail.strip():
            el.tail = None
        if namespace is not None and isinstance(el.tag, str) and not el.tag.startswith("{"):
            el.tag = f"{{{namespace}}}{el.tag}"
    text = etree.tostring(root, method="c14n2", strip_text=False, with_comments=False)
    canon = etree.canonicalize(text.decode(), rewrite_prefixes=True, with_comments=False)
    # One element per line for a readable diff.
    return canon.replace("><", ">\n<")


def assert_xml_equal(actual: bytes, expected: bytes, *, namespace: str | None = None) -> None:
    """Assert two documents are equal after C14N 2.0, ignoring whitespace-only text and prefixes.

    ``namespace`` puts unqualified elements of both into that namespace first.
    """
    a, e = _normalise(actual, namespace), _normalise(expected, namespace)
    if a != e:
        diff = "\n".join(
            difflib.unified_diff(e.splitlines(), a.splitlines(), "expected", "actual", lineterm="", n=2)
        )
        raise AssertionError(f"XML differs after canonicalisation:\n{diff[:6000]}")
