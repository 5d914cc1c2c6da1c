"""The cyclic garbage collector, paused while lheo makes many objects that form no cycle.

Binding a document (:func:`lheo._builder.build`) or running the migration rules makes
hundreds of thousands of small objects (bound instances, records, paths, lxml proxies) linked
as trees, which reference counting frees. Each batch of allocations would trigger the cyclic
collector, which would walk them young, then again middle-aged, for nothing (a quarter of the
rules' time; a large read about 1.4× slower). :func:`collector_paused` pauses it and, after
a large batch, moves the young objects to the oldest generation at once.

Nothing is kept from collection: the collector is enabled again on the way out (also on an
error), nothing stays frozen, and a garbage cycle made before or during the pause is found by
the next collection, as usual.
"""

from __future__ import annotations

import gc
from contextlib import AbstractContextManager

__all__ = ["PROMOTE_AT", "collector_paused"]

#: Objects a paused block must make before they are promoted to the oldest generation: a
#: document's worth, not a streamed formation's.
PROMOTE_AT = 50_000


def collector_paused() -> AbstractContextManager[None]:
    """Pause the cyclic garbage collector for a ``with`` block; promote what a large one made.

    When the block made more than :data:`PROMOTE_AT` objects, the young generation (those
    objects, and any other young one) is merged into the oldest at the end: a constant-time
    splice (``gc.freeze()`` then ``gc.unfreeze()``) instead of collections walking them.

    Nested, or with the collector disabled by the caller, it does nothing.
    """
    return _Pause()


class _Pause(AbstractContextManager[None]):
    # A class rather than a generator: leaving the block allocates nothing once the collector
    # is enabled again, so no collection of the young generation runs right away.
    __slots__ = ("_allocated", "_paused")

    def __enter__(self) -> None:
        self._paused = gc.isenabled()
        if self._paused:
            gc.disable()
            self._allocated = gc.get_count()[0]

    def __exit__(self, *exc_info: object) -> None:
        if self._paused:
            if gc.get_count()[0] - self._allocated > PROMOTE_AT:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
