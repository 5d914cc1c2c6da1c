"""The examples of the library's docstrings run and print what they say (from the project root)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import lheo

ROOT = Path(__file__).resolve().parent.parent

#: Every module of the library but the generated views and the command line's entry point.
MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(lheo.__path__, "lheo.")
    if not m.name.startswith("lheo.views.v") and m.name != "lheo.__main__"
)


def test_modules_with_examples_are_found() -> None:
    assert {"lheo.carif", "lheo.index", "lheo.referentials", "lheo.rules"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name the bundled files from the project root
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name, globs={"lheo": lheo, **vars(module)}):
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, f"{results.failed} docstring example(s) of {name} failed"
