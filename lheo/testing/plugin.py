"""The pytest plugin of lheo (entry point ``pytest11``: loaded wherever lheo is installed).

Fixtures:

- ``lheo_flow``: the factory :func:`lheo.testing.make_flow` (``lheo_flow(2, version="2.2")``
  gives a valid :class:`lheo.Document`).
- ``lheo_tmp_flow``: writes such a flow into the test's ``tmp_path`` and returns the file's
  path: ``lheo_tmp_flow()``, ``lheo_tmp_flow(3, version="2.2", name="in.xml", onisep=True)``.
- ``lheo_assert_valid``, ``lheo_assert_xml_equal``, ``lheo_assert_same_offers``: the
  assertions of :mod:`lheo.testing`.

Installed, lheo is loaded by pytest with no configuration; ``-p no:lheo.testing.plugin``
turns it off. Without the entry point (a source tree on ``sys.path``), ask for it with
``-p lheo.testing.plugin`` or ``pytest_plugins = ["lheo.testing.plugin"]`` in a conftest.

Importing the plugin imports only pytest: lheo itself is imported by the first fixture a test
uses, and Hypothesis never (the strategies are :mod:`lheo.testing.strategies`).

Added in 0.2.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def lheo_flow() -> Callable[..., Any]:
    """The flow factory :func:`lheo.testing.make_flow` (``n``, ``version``, overrides)."""
    from lheo.testing import make_flow

    return make_flow


@pytest.fixture
def lheo_tmp_flow(tmp_path: Path) -> Callable[..., Path]:
    """A function writing a valid flow into ``tmp_path`` and returning its path.

    It takes :func:`lheo.testing.make_flow`'s arguments and ``name`` (the file's name, by
    default ``flow-<version>-<n>.xml``).
    """
    from lheo import write
    from lheo.testing import make_flow

    def write_flow(
        n: int = 1, version: str = "2.3", *, name: str | None = None, **overrides: Any
    ) -> Path:
        doc = make_flow(n, version, **overrides)
        path = tmp_path / (name or f"flow-{doc.version}-{n}.xml")
        write(doc, path)
        return path

    return write_flow


@pytest.fixture
def lheo_assert_valid() -> Callable[..., None]:
    """:func:`lheo.testing.assert_valid`."""
    from lheo.testing import assert_valid

    return assert_valid


@pytest.fixture
def lheo_assert_xml_equal() -> Callable[[Any, Any], None]:
    """:func:`lheo.testing.assert_xml_equal`."""
    from lheo.testing import assert_xml_equal

    return assert_xml_equal


@pytest.fixture
def lheo_assert_same_offers() -> Callable[[Any, Any], None]:
    """:func:`lheo.testing.assert_same_offers`."""
    from lheo.testing import assert_same_offers

    return assert_same_offers
