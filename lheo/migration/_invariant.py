"""The migration's promise, checkable: nothing of the input is lost without a word.

Every text value and attribute value of the input is in the output (same value, anywhere), or
the report lists it as the old value of a change, or inside the XML of what a change removed.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from lheo import _xml
from lheo.migration._report import MigrationReport
from lheo.migration._tree import NS_2_2, PathIndex, text

_PARSER = _xml.xml_parser()


def _values(root: etree._Element, paths: PathIndex | None = None) -> Iterator[tuple[str, str]]:
    # White space between elements is layout; any other text is data, the white space of a
    # value (an element without children, an attribute) included, and so is a no-break space.
    for el in root.iter():
        parent = el.getparent()
        if isinstance(el.tag, str):
            where = (paths.path(el) or "") if paths else ""
            for key, raw in el.attrib.items():
                value = _data(text(raw), True)
                if value:
                    yield (f"{where}/@{etree.QName(key).localname}" if paths else ""), value
            # Only an extra (any content) holds white space as its value; elsewhere an
            # element without children and only white space is an empty container.
            value = _data(el.text, not len(el) and etree.QName(el).localname == "extra")
            if value:
                yield where, value
        if el is not root and parent is not None:
            value = _data(el.tail, False)
            if value:
                yield (f"{paths.path(parent)}/text()" if paths else ""), value


def _data(value: str | None, whole: bool) -> str:
    """The data of a text: without its XML white space around, or all of it if only that."""
    if not value:
        return ""
    stripped = value.strip(" \t\r\n")
    return stripped if stripped or not whole else value


def _xml_values(text: str) -> set[str]:
    try:
        root = etree.fromstring(text.encode(), _PARSER)
    except etree.XMLSyntaxError:
        return {text.strip()}
    return {v for _, v in _values(root)}


def check_nothing_lost(
    input_root: etree._Element,
    output_root: etree._Element,
    report: MigrationReport,
    *,
    with_paths: bool = False,
) -> list[str]:
    """List the input values that are neither in the output nor accounted for by the report.

    Values are compared without their surrounding XML white space; white space between
    elements is layout, but the white space of a value (an ``extra`` holding only spaces) is
    data, and a no-break space is never white space.

    Args:
        input_root: the 2.2 input root.
        output_root: the 2.3 output root.
        report: the migration report.
        with_paths: prefix each value with its input path (``/lheo/...: value``).

    Returns:
        The lost values, in document order; empty when nothing was lost.

    Added in 0.1.
    """
    present = {v for _, v in _values(output_root)}
    accounted: set[str] = set()
    for change in report.changes:
        if change.action == "removed" and change.old is not None:
            accounted |= _xml_values(change.old)
        elif change.old is not None:
            accounted.add(change.old.strip())
        if change.source_xml is not None:
            accounted |= _xml_values(change.source_xml)
    lost: list[str] = []
    seen: set[tuple[str, str]] = set()
    paths = PathIndex(input_root, NS_2_2) if with_paths else None
    for where, value in _values(input_root, paths):
        if value in present or value in accounted or (where, value) in seen:
            continue
        seen.add((where, value))
        lost.append(f"{where}: {value}" if with_paths else value)
    return lost
