"""Job 5 with plain lxml: unit-test one's own code that produces LHÉO 2.3 (run with pytest)."""

import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))
from build_flow import build  # the code under test: a producer of LHÉO  # noqa: E402

NS = "{http://lheo.gouv.fr/2.3}"
SCHEMA = Path(__file__).parents[3] / "lheo" / "schemas" / "2.3" / "lheo.xsd"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def assert_valid(schema, root):
    if not schema.validate(root):
        pytest.fail("\n".join(f"{e.line}: {e.message}" for e in schema.error_log))


def canonical(root):
    for element in root.iter():
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return etree.tostring(root, method="c14n2")


def test_flow_is_valid(schema):
    assert_valid(schema, build())


def test_two_formations_with_their_titles():
    titles = [t.text for t in build().iter(NS + "intitule-formation")]
    assert titles == ["BTS SIO", "CAP Cuisine"]


def test_same_offers_whatever_the_formatting():
    pretty = etree.fromstring(etree.tostring(build(), pretty_print=True))
    assert canonical(pretty) == canonical(build())


def test_first_session_dates():
    debut = build().find(f".//{NS}session/{NS}periode/{NS}debut")
    assert debut.text == "20250901"
