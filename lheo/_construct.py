"""What the bindings' converting constructors borrow from lheo, given to them at import.

The generated bindings convert plain values in their constructors (``lheo_bindings._convert``,
written by ``generated/regenerate.py``) but never import lheo (docs/style.md): lheo lends them
its :class:`~lheo.InvalidValueError`, the lexical forms of :mod:`lheo._values` and the code
tables' labels. Importing this module installs them; every lheo module that loads bindings
imports it first (``lheo.v*``, :mod:`lheo._context`).

Added in 0.2.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import attrs
from lheo_bindings import _convert

from lheo._values import Code, format_date, format_datetime, parse_date
from lheo.errors import InvalidValueError

__all__ = ["unchecked"]


@functools.lru_cache(maxsize=4096)
def _code(version: str, table: str, code: str) -> Code:
    # A flow repeats a few codes thousands of times: each Code is made once. The tables are
    # imported on first use: reading (which imports this module) never needs them.
    from lheo import tables

    try:
        labels = tables.get(version, table)
    except KeyError:  # a version without that table (1.3.0's dict-financeurs)
        return Code(code, table, None)
    return Code(code, table, labels)


_convert.install(
    _convert.Hooks(
        invalid=InvalidValueError,
        format_date=format_date,
        format_datetime=format_datetime,
        parse_date=parse_date,
        code=_code,
    )
)


def unchecked(cls: type[Any]) -> Callable[..., Any]:
    """``cls(**params)`` without the converters and checks of its generated ``__init__``.

    Reading builds objects from values that are already typed (and, reading leniently, keeps
    values the checks would refuse): lheo's builder and xsdata's parser construct through
    this, so that reading pays nothing for the converting constructors. Same keyword
    parameters, defaults and ``TypeError`` on a missing or unknown one as ``cls``.
    """
    made = _UNCHECKED.get(cls)
    if made is None:
        made = _UNCHECKED[cls] = _unchecked(cls)
    return made


_UNCHECKED: dict[type[Any], Callable[..., Any]] = {}


def _unchecked(cls: type[Any]) -> Callable[..., Any]:
    if not attrs.has(cls):
        return cls
    fields = attrs.fields(cls)
    if all(field.converter is None and field.validator is None for field in fields):
        return cls
    init = getattr(cls.__dict__.get("__init__"), "__code__", None)
    if (
        init is None
        or not init.co_filename.startswith("<attrs generated")
        or cls.__setattr__ is not object.__setattr__
        or hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
    ):
        return cls  # pragma: no cover - the generated bindings have none of these
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_NOTHING": attrs.NOTHING}
    params: list[str] = []
    body = ["    self = _new(_cls)"]
    for index, field in enumerate(fields):
        default = field.default
        factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        if factory and default.takes_self:
            return cls  # pragma: no cover
        if not field.init:
            if factory:
                namespace[f"_f{index}"] = default.factory
                body.append(f"    self.{field.name} = _f{index}()")
            else:
                namespace[f"_d{index}"] = default
                body.append(f"    self.{field.name} = _d{index}")
            continue
        alias = field.alias
        if default is attrs.NOTHING:
            params.append(alias)
            body.append(f"    self.{field.name} = {alias}")
        elif factory:
            namespace[f"_f{index}"] = default.factory
            params.append(f"{alias}=_NOTHING")
            body.append(f"    self.{field.name} = _f{index}() if {alias} is _NOTHING else {alias}")
        else:
            namespace[f"_d{index}"] = default
            params.append(f"{alias}=_d{index}")
            body.append(f"    self.{field.name} = {alias}")
    signature = f"*, {', '.join(params)}" if params else ""
    source = "\n".join([f"def __init__({signature}):", *body, "    return self"])
    exec(source, namespace)  # noqa: S102 - built from the field names of a generated class
    made: Callable[..., Any] = namespace["__init__"]
    return made
