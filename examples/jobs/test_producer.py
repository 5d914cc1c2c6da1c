"""Job 5 with lheo: unit-test one's own code that produces LHÉO 2.3 (run with pytest).

The assertions come from ``lheo.testing`` (also pytest fixtures once lheo is installed).
"""

import datetime
import sys
from pathlib import Path

import lheo
from lheo.testing import assert_same_offers, assert_valid

sys.path.insert(0, str(Path(__file__).parent))
from build_flow import build  # the code under test: a producer of LHÉO  # noqa: E402


def test_flow_is_valid():
    assert_valid(build())


def test_two_formations_with_their_titles():
    assert [f.intitule_formation.value for f in build().offres.formation] == [
        "BTS SIO",
        "CAP Cuisine",
    ]


def test_same_offers_whatever_the_formatting():
    assert_same_offers(lheo.write(build(), pretty=True), lheo.write(build(), pretty=False))


def test_first_session_dates():
    tree = lheo.parse(lheo.write(build()))
    assert tree.root.offres.formation[0].action[0].session[0].periode.debut == datetime.date(
        2025, 9, 1
    )
