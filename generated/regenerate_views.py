"""Regenerate the typed view classes lheo/views/v*.py from lheo/schemas/<version>/lheo.xsd.

Usage: python generated/regenerate_views.py [--check] [--out DIR]

One view class per global element of each version (the project's schemas declare every element
globally), with one descriptor per child (in schema order, with its occurrences) and per
attribute, and the value kind read from the element's simple type: ``dict-*`` → a code of that
table, ``date-aaaammjj`` → a date, ``nombre`` → an int, other texts → ``str`` with their length
facets. With --check, generate into a temporary folder and exit 1 when a file differs from the
committed one (tests/test_views_generated.py runs it). The output is never edited by hand.
"""

from __future__ import annotations

import argparse
import keyword
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VERSIONS = {"v1_3_0": "1.3.0", "v2_2": "2.2", "v2_3": "2.3"}
MEMBERS = {"1.3.0": "V1_3_0", "2.2": "V2_2", "2.3": "V2_3"}
XS = "{http://www.w3.org/2001/XMLSchema}"
# Names an ElementView already has (lxml's element API and ours): a schema name equal to one
# gets a trailing underscore (the attribute ``tag`` becomes ``tag_``).
TAKEN = {
    "tag",
    "text",
    "tail",
    "attrib",
    "base",
    "nsmap",
    "prefix",
    "sourceline",
    "get",
    "set",
    "keys",
    "values",
    "items",
    "append",
    "extend",
    "insert",
    "remove",
    "clear",
    "find",
    "findall",
    "findtext",
    "iterfind",
    "index",
    "replace",
    "iter",
    "iterchildren",
    "makeelement",
    "getparent",
    "getnext",
    "getprevious",
    "addnext",
    "addprevious",
    "path",
    "raw",
    "child",
    "make",
    "detach",
    "value",
    "xpath",
    "cssselect",
    "getroottree",
}


def python_name(xml: str) -> str:
    name = xml.replace("-", "_").lower()
    if name in TAKEN or keyword.iskeyword(name):
        name += "_"
    return name


def group_class(group: str) -> str:
    """The mixin class of an attribute group (``common`` → ``_CommonAttributes``)."""
    return "_" + class_name(group).removesuffix("View") + "Attributes"


def class_name(xml: str) -> str:
    return "".join(part[:1].upper() + part[1:].lower() for part in xml.split("-")) + "View"


def doc_of(node) -> str:
    found = node.find(f"{XS}annotation/{XS}documentation")
    return " ".join((found.text or "").split()) if found is not None else ""


def local(ref: str) -> str:
    return ref.rsplit(":", 1)[-1]


class Schema:
    def __init__(self, version: str) -> None:
        from lxml import etree

        path = ROOT / "lheo" / "schemas" / version / "lheo.xsd"
        with open(path, "rb") as handle:
            self.root = etree.parse(handle, etree.XMLParser(resolve_entities=False)).getroot()
        self.version = version
        self.namespace = self.root.get("targetNamespace")
        self.simple = {st.get("name"): st for st in self.root.iterchildren(f"{XS}simpleType")}
        self.complex = {ct.get("name"): ct for ct in self.root.iterchildren(f"{XS}complexType")}
        self.groups = {g.get("name"): g for g in self.root.iterchildren(f"{XS}attributeGroup")}
        self.elements = {e.get("name"): e for e in self.root.iterchildren(f"{XS}element")}

    # Values -------------------------------------------------------------------------
    def kind(self, simple: str) -> tuple[str, str, str]:
        """(constant name, constructor expression, value type) of a named simple type."""
        st = self.simple[simple]
        const = "_" + simple.upper().replace("-", "_")
        union = st.find(f"{XS}union")
        if union is not None:
            members = [local(m) for m in union.get("memberTypes").split()]
            coded = [
                m
                for m in members
                if self.simple[m].find(f"{XS}restriction/{XS}enumeration") is not None
            ]
            if len(coded) != 1 or len(members) != 2:
                raise SystemExit(f"{simple}: unsupported union {members}")
            return (
                const,
                f'Coded(VERSION, "{coded[0]}", {self.codes(coded[0])}, empty=True)',
                "Code",
            )
        restriction = st.find(f"{XS}restriction")
        base = restriction.get("base")
        empty = simple.endswith("-ou-vide")
        if restriction.find(f"{XS}enumeration") is not None:
            return const, f'Coded(VERSION, "{simple}", {self.codes(simple)})', "Code"
        if simple.startswith("date-aaaammjj"):
            return const, f"Date(empty={empty})", "datetime.date"
        if base == "xs:long" or simple.startswith("nombre"):
            return const, f"Integer(empty={empty})", "int"
        if base not in ("xs:string", "xs:token"):
            raise SystemExit(f"{simple}: unsupported base {base}")
        low = restriction.find(f"{XS}minLength")
        high = restriction.find(f"{XS}maxLength")
        exact = restriction.find(f"{XS}length")
        lo = (
            exact.get("value")
            if exact is not None
            else (low.get("value") if low is not None else None)
        )
        hi = (
            exact.get("value")
            if exact is not None
            else (high.get("value") if high is not None else None)
        )
        return const, f"Text({lo}, {hi})", "str"

    def codes(self, simple: str) -> str:
        """The enumeration of a ``dict-*`` type, as a tuple expression (schema order)."""
        values = [e.get("value") for e in self.simple[simple].iter(f"{XS}enumeration")]
        return "(" + ", ".join(f'"{v}"' for v in values) + ("," if len(values) == 1 else "") + ")"

    def leaf_type(self, element) -> str | None:
        """The simple type of a leaf element (``type="l:texte-255-element"``), or None."""
        typ = element.get("type")
        if typ is None:
            return None
        ct = self.complex[local(typ)]
        ext = ct.find(f"{XS}simpleContent/{XS}extension")
        return local(ext.get("base"))

    def attribute_parts(self, holder) -> tuple[list[str], list[tuple[str, str]]]:
        """The attribute groups a type refers to, and its own attributes, in order."""
        groups: list[str] = []
        own: list[tuple[str, str]] = []
        for node in holder:
            if node.tag == f"{XS}attribute":
                own.append((node.get("name"), node.get("type", "xs:string")))
            elif node.tag == f"{XS}attributeGroup":
                groups.append(local(node.get("ref")))
        return groups, own

    def attributes(self, holder) -> list[tuple[str, str]]:
        """(name, xs type) of the attributes of a complex type or extension, in order."""
        found: list[tuple[str, str]] = []
        for node in holder:
            if node.tag == f"{XS}attribute":
                found.append((node.get("name"), node.get("type", "xs:string")))
            elif node.tag == f"{XS}attributeGroup":
                found.extend(self.attributes(self.groups[local(node.get("ref"))]))
        return found

    def content(self, element) -> list[tuple[str, int, int, int | None]]:
        """(child, rank, min, max or None) in schema order."""
        ct = element.find(f"{XS}complexType")
        found: dict[str, list] = {}
        rank = [0]

        def walk(node, low: int, high: int | None, in_choice: bool) -> None:
            tag = node.tag
            if not isinstance(tag, str):
                return
            n_low = int(node.get("minOccurs", "1"))
            raw = node.get("maxOccurs", "1")
            n_high = None if raw == "unbounded" else int(raw)
            low2 = 0 if in_choice else low * n_low
            high2 = None if high is None or n_high is None else high * n_high
            if tag == f"{XS}element":
                name = local(node.get("ref"))
                if name in found:
                    entry = found[name]
                    entry[2] = entry[2] + low2
                    entry[3] = None if entry[3] is None or high2 is None else entry[3] + high2
                else:
                    found[name] = [name, rank[0], low2, high2]
                if not in_choice:
                    rank[0] += 1
            elif tag in (f"{XS}sequence", f"{XS}all"):
                for kid in node:
                    walk(kid, low2, high2, False)
            elif tag == f"{XS}choice":
                many = len([k for k in node if k.tag == f"{XS}element"]) > 1
                for kid in node:
                    walk(kid, low2, high2, many)
                rank[0] += 1

        for node in ct:
            if node.tag in (f"{XS}sequence", f"{XS}all", f"{XS}choice"):
                walk(node, 1, 1, False)
        return [tuple(entry) for entry in found.values()]


def fit(line: str) -> str:
    """Wrap a descriptor line longer than 100 characters after its opening parenthesis."""
    if len(line) <= 100 or "\n" in line:
        return line
    head, _, rest = line.partition("= ")
    call, _, args = rest.partition("(")
    return f"{head}= {call}(\n        {args[:-1]}\n    )"


#: What a setter accepts for each value type (checked at run time).
SETTABLE = {
    "str": "str",
    "Code": "str | int",
    "int": "int",
    "datetime.date": "datetime.date | str",
    "datetime.datetime": "datetime.datetime | str",
}


def typed(typ: str) -> str:
    """The type parameters of a value descriptor: read type, settable type."""
    return f"{typ}, {SETTABLE[typ]}"


def attribute_lines(schema: Schema, attrs: list[tuple[str, str]]) -> list[str]:
    lines = []
    for name, typ in attrs:
        prop = python_name(name)
        if typ == "xs:dateTime":
            kind = typed("datetime.datetime")
            lines.append(f'    {prop}: Attr[{kind}] = Attr("{name}", _DATETIME)')
        else:
            lines.append(f'    {prop}: Attr[{typed("str")}] = Attr("{name}", _STRING)')
    return lines


def docstring(name: str, doc: str, extra: list[str]) -> list[str]:
    head = f"`{name}` element" + (f": {doc}" if doc else ".")
    if not head.endswith("."):
        head += "."
    body = textwrap.wrap(head, 92)
    lines = ['    """' + body[0]] + ["    " + line for line in body[1:]]
    if extra:
        lines.append("")
        for paragraph in extra:
            lines.extend("    " + line for line in textwrap.wrap(paragraph, 92))
    if len(lines) == 1:
        return [lines[0] + '"""']
    return [*lines, '    """']


def render(version: str) -> str:
    schema = Schema(version)
    kinds: dict[str, str] = {}
    types: dict[str, str] = {}
    for simple in schema.simple:
        const, expr, typ = schema.kind(simple)
        kinds[const] = expr
        types[simple] = typ
    out = [
        f'"""Typed views of LHÉO {version} elements (``{schema.namespace}``).',
        "",
        f"Generated by generated/regenerate_views.py from lheo/schemas/{version}/lheo.xsd: do not",
        "edit. One class per element; see :mod:`lheo.views` for how values read and write.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import datetime",
        "",
        "from lheo._values import Code",
        "from lheo.versions import Version",
        "from lheo.views._base import (",
        "    Attr,",
        "    Child,",
        "    Coded,",
        "    Date,",
        "    DateTime,",
        "    ElementView,",
        "    Integer,",
        "    Many,",
        "    One,",
        "    Own,",
        "    Text,",
        "    Value,",
        "    Values,",
        "    register,",
        ")",
        "",
        f'VERSION = "{version}"',
        f'NAMESPACE = "{schema.namespace}"',
        f'_NS = "{{{schema.namespace}}}"',
        "",
        "_STRING = Text()",
        "_DATETIME = DateTime()",
    ]
    for const, expr in kinds.items():
        line = f"{const} = {expr}"
        if len(line) > 100:
            call, _, args = expr.partition("(")
            head, _, rest = args.partition("(")
            codes, _, tail = rest.partition(")")
            parts = [part.strip() for part in head.split(",") if part.strip()]
            wrapped = textwrap.wrap(codes, 88, break_long_words=False, break_on_hyphens=False)
            line = f"{const} = {call}(\n" + "".join(f"    {part},\n" for part in parts)
            line += "    (\n" + "".join(f"        {chunk.strip()}\n" for chunk in wrapped)
            line += "    ),\n"
            line += "".join(
                f"    {part.strip()},\n" for part in tail[:-1].split(",") if part.strip()
            )
            line += ")"
        out.append(line)
    out += [
        "",
        "",
        "class _View(ElementView):",
        f"    _version = Version.{MEMBERS[version]}",
    ]
    for group in schema.groups:
        out += ["", "", f"class {group_class(group)}(_View):"]
        out += [f'    """The ``{group}`` attributes."""', ""]
        out += attribute_lines(schema, schema.attributes(schema.groups[group]))
    classes: list[tuple[str, str]] = []
    for name in sorted(schema.elements):
        element = schema.elements[name]
        cls = class_name(name)
        classes.append((name, cls))
        holder = (
            schema.complex[local(element.get("type"))].find(f"{XS}simpleContent/{XS}extension")
            if element.get("type")
            else element.find(f"{XS}complexType")
        )
        groups, own = schema.attribute_parts(holder)
        bases = ", ".join(group_class(group) for group in groups) or "_View"
        lines = ["", "", f"class {cls}({bases}):"]
        simple = schema.leaf_type(element)
        if simple is not None:
            typ = types[simple]
            const = "_" + simple.upper().replace("-", "_")
            lines += docstring(
                name, doc_of(element), [f"A leaf: ``value`` is its {typ} value ({simple})."]
            )
            lines += ["", f'    _name = "{name}"', f"    value: Own[{typed(typ)}] = Own({const})"]
            lines += attribute_lines(schema, own)
        else:
            content = schema.content(element)
            lines += docstring(name, doc_of(element), [])
            lines += ["", f'    _name = "{name}"']
            if content:
                lines += ["    _order = {"]
                lines += [f'        _NS + "{child}": {rank},' for child, rank, _lo, _hi in content]
                lines += ["    }"]
            for child, _rank, low, high in content:
                target = schema.elements[child]
                prop = python_name(child)
                leaf = schema.leaf_type(target)
                if leaf is not None:
                    typ = types[leaf]
                    const = "_" + leaf.upper().replace("-", "_")
                    if high == 1:
                        call = f'Value(_NS + "{child}", {const}, {low})'
                        lines.append(f"    {prop}: Value[{typed(typ)}] = {call}")
                    else:
                        call = f'Values(_NS + "{child}", {const}, {low}, {high})'
                        lines.append(f"    {prop}: Values[{typ}] = {call}")
                    continue
                view = class_name(child)
                if high == 1 and low >= 1:
                    lines.append(f'    {prop}: One[{view}] = One(_NS + "{child}", 1)')
                elif high == 1:
                    lines.append(f'    {prop}: Child[{view}] = Child(_NS + "{child}")')
                else:
                    lines.append(f'    {prop}: Many[{view}] = Many(_NS + "{child}", {low}, {high})')
            lines += attribute_lines(schema, own)
        out += lines
    out += ["", "", "#: The view class of each element, by local name."]
    out += ["CLASSES: dict[str, type[ElementView]] = {"]
    out += [f'    "{name}": {cls},' for name, cls in classes]
    out += ["}", "", "register(NAMESPACE, CLASSES.values())", ""]
    return "\n".join(fit(line.rstrip()) for line in out)


def write(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for module, version in VERSIONS.items():
        path = folder / f"{module}.py"
        path.write_text(render(version), encoding="utf-8")
        written[module] = path
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    parser.add_argument("--out", type=Path, default=ROOT / "lheo" / "views")
    args = parser.parse_args()
    if not args.check:
        for path in write(args.out).values():
            print(f"wrote {path}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        status = 0
        for module, path in write(Path(tmp)).items():
            committed = args.out / f"{module}.py"
            if not committed.exists() or committed.read_bytes() != path.read_bytes():
                print(f"{committed} differs from what generated/regenerate_views.py makes")
                status = 1
        return status


if __name__ == "__main__":
    sys.exit(main())
