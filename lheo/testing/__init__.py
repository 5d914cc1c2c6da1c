"""Helpers for the tests of code that reads or writes LHÉO: factories, assertions, strategies.

Factories build minimal **valid** documents and parts of any version, with overrides::

    from lheo.testing import make_flow, make_formation, assert_valid
    doc = make_flow(2, version="2.3")                  # a lheo.Document, 2 formations
    f = make_formation(intitule_formation=IntituleFormation(value="CAP cuisine"))
    assert_valid(doc)

Assertions: :func:`assert_valid` (the failure message is :func:`lheo.validate`'s report),
:func:`assert_xml_equal` (C14N 2.0 with comments, layout ignored; the message gives the path
of the first difference) and :func:`assert_same_offers` (same content, whatever the formatting).

Hypothesis strategies generating schema-valid documents of each version are in
:mod:`lheo.testing.strategies` (``pip install 'lheo[testing]'``). The pytest plugin
(:mod:`lheo.testing.plugin`, registered as a ``pytest11`` entry point) gives the fixtures
``lheo_flow``, ``lheo_tmp_flow`` and the assertions.

``import lheo.testing`` is cheap: each name is imported on first use.

Added in 0.2.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lheo.testing._assertions import assert_same_offers, assert_valid, assert_xml_equal
    from lheo.testing._factories import (
        make_action,
        make_flow,
        make_formation,
        make_organisme,
        make_session,
        minimal,
    )

__all__ = [
    "assert_same_offers",
    "assert_valid",
    "assert_xml_equal",
    "make_action",
    "make_flow",
    "make_formation",
    "make_organisme",
    "make_session",
    "minimal",
]

_HOMES: dict[str, str] = {
    "assert_same_offers": "lheo.testing._assertions",
    "assert_valid": "lheo.testing._assertions",
    "assert_xml_equal": "lheo.testing._assertions",
    "make_action": "lheo.testing._factories",
    "make_flow": "lheo.testing._factories",
    "make_formation": "lheo.testing._factories",
    "make_organisme": "lheo.testing._factories",
    "make_session": "lheo.testing._factories",
    "minimal": "lheo.testing._factories",
}


def _first_access(name: str) -> Any:
    """Import a public name on first access (PEP 562)."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if not TYPE_CHECKING:
    __getattr__ = _first_access
