"""Reading a large document leaves the garbage collector as it found it, less busy."""

from __future__ import annotations

import gc
import importlib.util
import weakref
from pathlib import Path

import lheo

ROOT = Path(__file__).resolve().parent.parent


def _make_flow(tmp_path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("make_flow", ROOT / "benchmarks" / "make_flow.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "flow.xml"
    module.make_flow("2.3", 2 * 1024 * 1024, path)
    return path


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_large_read_promotes_without_freezing(tmp_path: Path) -> None:
    """After a large read: collector on, nothing frozen, young objects moved to the oldest
    generation, and a garbage cycle made before is still collected."""
    path = _make_flow(tmp_path)
    assert gc.isenabled()
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    probe = weakref.ref(a)
    del a, b
    doc = lheo.read(path)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    # The build's objects went straight to the oldest generation: the young one is nearly empty.
    assert gc.get_count()[0] < 10_000
    gc.collect()
    assert probe() is None  # nothing is kept from collection
    assert len(doc.root.offres.formation) > 10


def test_small_build_changes_nothing() -> None:
    """A small build (a streamed formation, a short document) does not touch generations."""
    from lheo._builder import build
    from lheo._xml import parse_bytes

    tree = parse_bytes((ROOT / "examples" / "data" / "catalogue-2.3.xml").read_bytes())
    cls = lheo.Version.V2_3.element_class("lheo")
    before = gc.get_count()[0]
    build(tree, cls, strict=True)
    # No collection runs while the collector is paused, and no promotion for so few objects:
    # the young generation still counts what the build made.
    assert gc.get_count()[0] > before


def test_collector_paused_restores_the_collector() -> None:
    """One helper pauses the collector for the builder and the migration rules: enabled again
    on the way out, also on an error; nested, or when the caller disabled it, it does nothing."""
    import pytest

    from lheo._gc import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one leaves the outer pause alone
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # the caller's choice stays
    finally:
        gc.enable()


def test_collector_paused_promotes_only_a_large_block() -> None:
    from lheo._gc import PROMOTE_AT, collector_paused

    with collector_paused():
        small = [_Node() for _ in range(PROMOTE_AT // 10)]
    assert gc.get_count()[0] >= len(small)  # still young
    with collector_paused():
        large = [_Node() for _ in range(PROMOTE_AT * 2)]
    # Moved to the oldest generation at once: the young one is nearly empty, nothing frozen.
    assert gc.get_count()[0] < PROMOTE_AT // 10
    assert gc.get_freeze_count() == 0
    assert len(large) == PROMOTE_AT * 2
