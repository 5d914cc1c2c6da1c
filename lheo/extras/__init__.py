"""Generic access to LHÉO ``extras`` blocks (any version, any producer).

An ``extras`` block is a free extension: ``<extras info="FLUX-CARIF"><extra info="region">52</extra>
…</extras>``. :func:`get` reads one as an ordered mapping; :func:`find`, :func:`ensure`,
:func:`set_value` and :func:`remove` edit the bindings in place, keeping every other extra and
its order.

Added in 0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Union

__all__ = [
    "ExtrasValue",
    "blocks",
    "children",
    "ensure",
    "find",
    "get",
    "info_of",
    "remove",
    "set_value",
    "text_of",
]

#: What :func:`get` gives for one key: text, a nested mapping, or a list of those when repeated.
ExtrasValue = Union[str, "dict[str, Any]", "list[Any]"]


def _is_extras(obj: Any) -> bool:
    return type(obj).__name__ == "Extras" and hasattr(obj, "extras_or_extra")


def _is_extra(obj: Any) -> bool:
    return type(obj).__name__ == "Extra" and hasattr(obj, "content")


def blocks(obj: Any) -> list[Any]:
    """The ``extras`` blocks directly under a binding (its ``extras`` field), in order."""
    value = getattr(obj, "extras", None)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def children(block: Any) -> list[Any]:
    """The ``extra``/``extras`` children of a block (``extras``, or ``extra`` holding some)."""
    if _is_extras(block):
        return list(block.extras_or_extra)
    if _is_extra(block):
        return [c for c in block.content if _is_extra(c) or _is_extras(c)]
    raise TypeError(f"{type(block).__name__} is not an extras or extra binding")


def info_of(node: Any) -> str | None:
    """The ``info`` attribute of an ``extra``/``extras``."""
    return getattr(node, "info", None)


def text_of(extra: Any) -> str:
    """The text of an ``extra`` (its character content, nested elements left out)."""
    return "".join(part for part in extra.content if isinstance(part, str))


def find(obj: Any, info: str) -> Any | None:
    """First ``extras`` block (or nested ``extra``) named ``info`` under ``obj``, or ``None``.

    ``obj`` may be an element binding (its ``extras`` are searched), an ``extras`` block or an
    ``extra`` holding nested extras (its children are searched).
    """
    for node in _candidates(obj):
        if info_of(node) == info:
            return node
    return None


def _candidates(obj: Any) -> Iterator[Any]:
    if _is_extras(obj) or _is_extra(obj):
        yield from children(obj)
    else:
        yield from blocks(obj)


def _value(node: Any) -> ExtrasValue:
    if _is_extras(node):
        return _mapping(children(node))
    nested = children(node)
    if nested:
        return _mapping(nested)
    return text_of(node)


def _mapping(nodes: list[Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for node in nodes:
        key = info_of(node) or ""
        value = _value(node)
        if key in result:
            current = result[key]
            if isinstance(current, list):
                current.append(value)
            else:
                result[key] = [current, value]
        else:
            result[key] = value
    return result


def get(obj: Any, info: str) -> dict[str, Any] | None:
    """Read the extras block ``info`` of ``obj`` as an ordered mapping.

    Keys are the ``info`` of each child; values are its text, a nested mapping for nested
    extras, and a list when a key repeats. Example::

        lheo.extras.get(doc.root, "FLUX-CARIF")
        # {"numero-CARIF": "21", "region": "52", "date-export": "20240115", ...}

    Args:
        obj: an element binding, an ``extras`` block or an ``extra`` with nested extras.
        info: the block's ``info`` value (case-sensitive, as the CARIF-OREF rules say).

    Returns:
        The mapping, or ``None`` when there is no such block.
    """
    node = find(obj, info)
    if node is None:
        return None
    value = _value(node)
    return value if isinstance(value, dict) else {"": value}


def _module_of(obj: Any) -> Any:
    import importlib

    return importlib.import_module(type(obj).__module__)


def ensure(obj: Any, info: str) -> Any:
    """The ``extras`` block ``info`` of an element binding, appended if missing."""
    found = find(obj, info)
    if found is not None:
        return found
    module = _module_of(obj)
    if _is_extras(obj):
        block = module.Extras(info=info)
        obj.extras_or_extra.append(block)
        return block
    if _is_extra(obj):
        block = module.Extra(info=info)
        obj.content.append(block)
        return block
    block = module.Extras(info=info)
    current = getattr(obj, "extras", None)
    if isinstance(current, list):
        current.append(block)
    else:
        obj.extras = block
    return block


def set_value(block: Any, key: str, value: str | None) -> None:
    """Set the text of the first child ``extra`` named ``key`` of ``block``.

    A missing child is appended at the end; ``None`` removes the child. Other children and
    their order are kept.
    """
    existing = next((c for c in children(block) if _is_extra(c) and info_of(c) == key), None)
    if value is None:
        if existing is not None:
            remove(block, existing)
        return
    if existing is not None:
        nested = [c for c in existing.content if not isinstance(c, str)]
        existing.content[:] = [value, *nested]
        return
    extra = _module_of(block).Extra(info=key, content=[value])
    if _is_extras(block):
        block.extras_or_extra.append(extra)
    else:
        block.content.append(extra)


def remove(block: Any, child: Any) -> None:
    """Remove one child ``extra``/``extras`` from a block (identity match)."""
    items = block.extras_or_extra if _is_extras(block) else block.content
    for index, item in enumerate(items):
        if item is child:
            del items[index]
            return
    raise ValueError("child not found in block")
