"""Name-independent description of an XSD, to prove two schemas describe the same language.

``describe(xsd_path)`` walks a schema with xmlschema and returns, for every global element,
a plain dict (JSON-like: only dicts, lists, strings, numbers, booleans and None) of what the
element accepts: content model, mixed flag, wildcards, attributes and simple value spaces.
Type and group NAMES never appear, so two schemas written in different styles (named vs.
anonymous types, attribute groups vs. inline attributes, extension chains vs. flat types)
compare equal when their elements accept the same content. A child particle is described
by its name when it refers to a global element (described on its own), and by name plus
its full type when it is a local declaration.

Normalisations (each one keeps the accepted language unchanged):

* a model group occurring exactly once (1..1) that holds a single particle is replaced by
  that particle, and a 1..1 sequence directly inside a sequence is spliced into it (this is
  what an extension of a complex base type produces);
* the simple value space is given as the nearest built-in XSD type (``long``, ``token``,
  ``string``, ``ID``...), its primitive type (``decimal``, ``string``...) and the facets
  of all user-defined restrictions above it: the most derived value of each facet,
  patterns as a list of per-level pattern lists (they are ANDed), enumerations as a
  sorted list;
* attributes are keyed by name, so their declaration order does not matter; the attribute
  wildcard is under the key ``"*"``.

``diff_descriptions(a, b)`` returns readable lines listing the differing elements, and
``assert_same_language`` raises an AssertionError made of those lines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import xmlschema
from xmlschema.validators import (
    XsdAnyAttribute,
    XsdAnyElement,
    XsdAtomicBuiltin,
    XsdElement,
    XsdGroup,
)

XSD_NS = "http://www.w3.org/2001/XMLSchema"

# facets whose most derived value is the effective one
_SINGLE_FACETS = {
    "length",
    "minLength",
    "maxLength",
    "totalDigits",
    "fractionDigits",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "whiteSpace",
    "explicitTimezone",
}


def _local(name: str | None) -> str | None:
    if name is None:
        return None
    return name.rsplit("}", 1)[-1]


def _occurs(particle: Any) -> dict[str, Any]:
    return {"min": particle.min_occurs, "max": particle.max_occurs}  # max None = unbounded


def _name(qname: str | None, tns: str) -> str | None:
    """Local name for names of the target namespace, Clark notation otherwise."""
    if qname and qname.startswith("{" + tns + "}"):
        return _local(qname)
    return qname


def describe_simple(simple_type: Any) -> dict[str, Any]:
    """Built-in base + effective facets of a simple type (atomic restrictions)."""
    levels = []
    current = simple_type
    while not isinstance(current, XsdAtomicBuiltin):
        if not current.is_atomic():
            # lists / unions do not occur in LHÉO: describe them coarsely but visibly
            return {"variety": "list" if current.is_list() else "union", "repr": repr(current)}
        levels.append(current)
        current = current.base_type
    facets: dict[str, Any] = {}
    patterns: list[list[str]] = []
    # from the built-in towards the most derived type, so derived values win
    for level in reversed(levels):
        for qname, facet in level.facets.items():
            name = _local(qname)
            if name == "enumeration":
                facets["enumeration"] = sorted(str(v) for v in facet.enumeration)
            elif name == "pattern":
                patterns.append(sorted(facet.regexps))  # the XSD regexps, as written
            elif name == "assertion":
                facets.setdefault("assertion", []).append(repr(facet))
            elif name in _SINGLE_FACETS:
                facets[name] = str(facet.value)
            else:  # pragma: no cover - unknown facet kind
                facets[name] = repr(facet)
    if patterns:
        facets["pattern"] = sorted(patterns)
    primitive = current.primitive_type
    return {
        "builtin": _local(current.name),
        "primitive": _local(primitive.name) if primitive is not None else None,
        "facets": facets,
    }


_LOCAL_STACK: list[int] = []  # types of local element declarations being described


def _particle(item: Any, tns: str) -> dict[str, Any]:
    if isinstance(item, XsdGroup):
        return _group(item, tns)
    if isinstance(item, XsdAnyElement):
        return {
            "any": sorted(item.namespace),
            "process": item.process_contents,
            **_occurs(item),
        }
    if isinstance(item, XsdElement):
        desc = {"element": _name(item.name, tns), **_occurs(item)}
        if item.ref is None:  # a local declaration: its own type matters, not the global's
            if id(item.type) in _LOCAL_STACK:
                desc["local"] = "recursive"
            else:
                _LOCAL_STACK.append(id(item.type))
                try:
                    desc["local"] = describe_type(item.type, tns)
                finally:
                    _LOCAL_STACK.pop()
        return desc
    raise TypeError(f"unexpected particle {item!r}")  # pragma: no cover


def _group(group: XsdGroup, tns: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for item in group:
        desc = _particle(item, tns)
        if (
            group.model == "sequence"
            and desc.get("model") == "sequence"
            and desc["min"] == 1
            and desc["max"] == 1
        ):
            items.extend(desc["items"])  # sequence(1..1) inside a sequence: splice
        else:
            items.append(desc)
    occ = _occurs(group)
    if len(items) == 1 and occ == {"min": 1, "max": 1}:
        return items[0]
    return {"model": group.model, **occ, "items": items}


def _attributes(attributes: Any, tns: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, attr in attributes.items():
        if isinstance(attr, XsdAnyAttribute):
            result["*"] = {"any": sorted(attr.namespace), "process": attr.process_contents}
            continue
        result[_name(attr.name, tns) or str(key)] = {
            "type": describe_simple(attr.type),
            "use": attr.use,
            "default": attr.default,
            "fixed": attr.fixed,
        }
    return dict(sorted(result.items()))


def describe_type(xsd_type: Any, tns: str) -> dict[str, Any]:
    """Describe what an element type accepts (simple or complex)."""
    if xsd_type.is_simple():
        return {"simple": describe_simple(xsd_type), "attributes": {}}
    desc: dict[str, Any] = {
        "mixed": bool(xsd_type.mixed),
        "abstract": bool(xsd_type.abstract),
        "attributes": _attributes(xsd_type.attributes, tns),
    }
    if xsd_type.has_simple_content():
        desc["simple"] = describe_simple(xsd_type.content)
    elif xsd_type.is_empty():
        desc["content"] = None
    else:
        desc["content"] = _group(xsd_type.content, tns)
    return desc


def describe(xsd_path: str | Path) -> dict[str, dict[str, Any]]:
    """Describe every global element of the schema at *xsd_path*, keyed by local name."""
    schema = xmlschema.XMLSchema(str(xsd_path))
    tns = schema.target_namespace
    result = {}
    for qname, element in schema.elements.items():
        result[_name(element.name, tns) or qname] = {
            "namespace": tns,
            "nillable": bool(element.nillable),
            "abstract": bool(element.abstract),
            "default": element.default,
            "fixed": element.fixed,
            "substitution_group": element.substitution_group,
            "identities": sorted(
                f"{type(c).__name__} {c.selector.path if c.selector else ''} "
                f"{[f.path for f in c.fields]}"
                for c in element.identities
            ),
            "type": describe_type(element.type, tns),
        }
    return dict(sorted(result.items()))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _diff_values(path: str, a: Any, b: Any, out: list[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a:
                out.append(f"  {path}.{key}: only in second: {_dump(b[key])}")
            elif key not in b:
                out.append(f"  {path}.{key}: only in first: {_dump(a[key])}")
            else:
                _diff_values(f"{path}.{key}", a[key], b[key], out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            label = x.get("element") if isinstance(x, dict) else None
            _diff_values(f"{path}[{i}{'=' + label if label else ''}]", x, y, out)
    elif a != b:
        out.append(f"  {path}: {_dump(a)} != {_dump(b)}")


def diff_descriptions(first: dict[str, Any], second: dict[str, Any], limit: int = 200) -> list[str]:
    """Readable differences between two ``describe`` results (empty list when equal)."""
    lines: list[str] = []
    only_first = sorted(set(first) - set(second))
    only_second = sorted(set(second) - set(first))
    if only_first:
        lines.append(f"elements only in first: {', '.join(only_first)}")
    if only_second:
        lines.append(f"elements only in second: {', '.join(only_second)}")
    for name in sorted(set(first) & set(second)):
        if first[name] != second[name]:
            lines.append(f"element {name}:")
            _diff_values(name, first[name], second[name], lines)
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more lines)"]
    return lines


def assert_same_language(first: str | Path, second: str | Path) -> None:
    """Raise AssertionError listing the differing elements when the schemas differ."""
    lines = diff_descriptions(describe(first), describe(second))
    if lines:
        raise AssertionError(f"{first} and {second} differ:\n" + "\n".join(lines))
