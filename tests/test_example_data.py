"""Our own sample flows in examples/data, checked against the official LHÉO reference data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree

DATA = Path(__file__).resolve().parent.parent / "examples" / "data"

NS_1_3_0 = "http://www.lheo.org/1.3.0"
NS_2_2 = "http://www.lheo.org/2.2"
NS_2_3 = "http://lheo.gouv.fr/2.3"

# file name -> (namespace, root element)
FILES = {
    "catalogue-2.3.xml": (NS_2_3, "lheo"),
    "index-2.3.xml": (NS_2_3, "lheo-index"),
    "onisep-2.2.xml": (NS_2_2, "lheo"),
    "onisep-2.2-real.xml": (NS_2_2, "lheo"),
    "offre-1.3.0.xml": (NS_1_3_0, "lheo"),
    "index-1.3.0.xml": (NS_1_3_0, "lheo-leger"),
}
MAX_BYTES = 60 * 1024

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # the alphabet without I, O and Q
UAI_IN_MAIL = re.compile(r"\bce\.(\d{7}[a-z])@")  # rectorat addresses: ce.<uai>@ac-….fr


def luhn_ok(number: str) -> bool:
    """Luhn check (SIREN and SIRET keys)."""
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def uai_ok(code: str) -> bool:
    """UAI check: 7 digits then the letter of the alphabet without I, O, Q at digits % 23."""
    return (
        re.fullmatch(r"\d{7}[A-Z]", code) is not None and UAI_LETTERS[int(code[:7]) % 23] == code[7]
    )


def local(element: etree._Element) -> str:
    return etree.QName(element).localname


def elements(tree: etree._ElementTree) -> Iterator[etree._Element]:
    return (e for e in tree.iter() if isinstance(e.tag, str))


def named(tree: etree._ElementTree, name: str) -> list[etree._Element]:
    return [e for e in elements(tree) if local(e) == name]


def named_in(parent: etree._Element, name: str) -> list[etree._Element]:
    return [e for e in parent if local(e) == name]


def parse(name: str) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.parse(str(DATA / name), parser)


def extras_values(block: etree._Element) -> dict[str, str]:
    """`extra` children of an `extras` block, by `info`."""
    return {e.get("info"): (e.text or "") for e in block if local(e) == "extra"}


def flux_carif(tree: etree._ElementTree) -> dict[str, str]:
    blocks = [e for e in named(tree, "extras") if e.get("info") == "FLUX-CARIF"]
    assert len(blocks) == 1
    assert blocks[0].getparent() is tree.getroot()
    return extras_values(blocks[0])


@pytest.fixture(scope="module")
def schemas(shared_dir: Path) -> dict[str, etree.XMLSchema]:
    return {
        NS_2_2: etree.XMLSchema(etree.parse(str(shared_dir / "2.2" / "lheo.xsd"))),
        NS_2_3: etree.XMLSchema(etree.parse(str(shared_dir / "2.3" / "lheo.xsd"))),
    }


@pytest.fixture(scope="module")
def official_1_3_0(shared_dir: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """Element names and parent/child pairs of the official 1.3.0 examples and lheo-leger.dtd."""
    names: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    examples = sorted((shared_dir / "1.3.0" / "examples").glob("*.xml"))
    assert examples
    for path in examples:
        for element in elements(etree.parse(str(path))):
            names.add(local(element))
            parent = element.getparent()
            if parent is not None:
                pairs.add((local(parent), local(element)))
    dtd = (shared_dir / "1.3.0" / "lheo-leger.dtd").read_text(encoding="utf-8")
    dtd = re.sub(r"<!--.*?-->", "", dtd, flags=re.S)
    for name, model in re.findall(r"<!ELEMENT\s+([\w.-]+)\s*\(([^>]*)\)\s*>", dtd):
        children = re.findall(r"[A-Za-z][\w.-]*", model)
        names.add(name)
        names.update(children)
        pairs.update((name, child) for child in children)
    return names, pairs


@pytest.mark.parametrize("name", FILES)
def test_file_is_utf8_small_and_in_its_namespace(name: str) -> None:
    """Each sample has the XML declaration, stays small and uses its version's namespace."""
    raw = (DATA / name).read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    raw.decode("utf-8")
    assert len(raw) < MAX_BYTES
    root = parse(name).getroot()
    assert (etree.QName(root).namespace, local(root)) == FILES[name]
    assert root.nsmap == {None: FILES[name][0]}
    assert all(etree.QName(e).namespace == FILES[name][0] for e in root.iter(etree.Element))


@pytest.mark.parametrize("name", FILES)
def test_file_is_indented_with_two_spaces(name: str) -> None:
    """Element content is pretty-printed with 2 spaces a level (mixed content is left alone)."""
    tree = parse(name)
    wrong = []
    for parent in elements(tree):
        children = list(parent)
        gaps = [parent.text] + [child.tail for child in children]
        if not children or any(gap and gap.strip() for gap in gaps):
            continue
        depth = sum(1 for _ in parent.iterancestors())
        expected = ["\n" + "  " * (depth + 1)] * len(children) + ["\n" + "  " * depth]
        if gaps != expected:
            wrong.append(tree.getpath(parent))
    assert wrong == []


@pytest.mark.parametrize("name", ["catalogue-2.3.xml", "index-2.3.xml", "onisep-2.2.xml"])
def test_valid_against_official_xsd(name: str, schemas: dict[str, etree.XMLSchema]) -> None:
    """The 2.2 and 2.3 samples are valid against the official XSD of their version."""
    schema = schemas[FILES[name][0]]
    valid = schema.validate(parse(name))
    assert valid, [f"{e.line}: {e.message}" for e in schema.error_log]


def test_onisep_real_is_invalid_only_because_of_empty_code_rncp(
    schemas: dict[str, etree.XMLSchema],
) -> None:
    """The real-flow sample breaks 2.2 through its empty code-RNCP and nothing else."""
    schema = schemas[NS_2_2]
    tree = parse("onisep-2.2-real.xml")
    empty = [e for e in named(tree, "code-RNCP") if not (e.text or "").strip()]
    assert len(empty) == 1

    assert not schema.validate(tree)
    errors = [
        (e.line, e.type_name, f"{{{NS_2_2}}}code-RNCP" in e.message) for e in schema.error_log
    ]
    assert errors == [(empty[0].sourceline, "SCHEMAV_CVC_MINLENGTH_VALID", True)]

    empty[0].getparent().remove(empty[0])
    assert schema.validate(tree), [e.message for e in schema.error_log]


def test_onisep_real_keeps_the_real_flow_quirks() -> None:
    """Different export dates, one impossible date, and a comment that says so."""
    tree = parse("onisep-2.2-real.xml")
    comment = tree.getroot().getprevious()
    assert isinstance(comment, etree._Comment)
    assert "not valid" in comment.text.lower()
    assert "code-RNCP" in comment.text

    exports = [e.text for e in named(tree, "extra") if e.get("info") == "DATE EXPORT ONISEP"]
    assert len(exports) == 2
    assert len(set(exports)) == 2

    unreadable = []
    for extra in named(tree, "extra"):
        if (extra.get("info") or "").startswith("DATE "):
            try:
                datetime.strptime(extra.text, "%Y%m%d")
            except ValueError:
                unreadable.append(extra.get("info"))
    assert unreadable == ["DATE MODIFICATION ACTION ONISEP"]


@pytest.mark.parametrize("name", ["onisep-2.2.xml", "onisep-2.2-real.xml"])
def test_onisep_2_2_extras_follow_the_official_example(name: str) -> None:
    """Each formation, action, place and organisme carries the Onisep 2.2 extras."""
    tree = parse(name)
    formations = named(tree, "formation")
    assert len(formations) == (3 if name == "onisep-2.2.xml" else 2)

    def block(parent: etree._Element, info: str) -> dict[str, str]:
        found = [e for e in parent if local(e) == "extras" and e.get("info") == info]
        assert len(found) == 1, (tree.getpath(parent), info)
        return extras_values(found[0])

    for formation in formations:
        assert {"DATE EXPORT ONISEP", "FOR_ID ONISEP", "URI FOR ONISEP"} <= set(
            block(formation, "FORMATION ONISEP")
        )
        actions = [e for e in formation if local(e) == "action"]
        assert 2 <= len(actions) <= 3
        for action in actions:
            assert re.fullmatch(r"\d+ ans?", action.findtext(f"{{{NS_2_2}}}duree-indicative"))
            values = block(action, "ACTION ONISEP")
            assert {"ACT_ID ONISEP", "URI ACTION ONISEP", "DATE MODIFICATION ACTION ONISEP"} <= set(
                values
            )
            assert "PARCOURS ACTION ONISEP" in values
        for place in (e for a in actions for e in a if local(e) == "lieu-de-formation"):
            assert {"ETA_ID LIEU ONISEP", "URI LIEU ONISEP", "DATE CREATION LIEU ONISEP"} <= set(
                block(place, "ETAB ONISEP")
            )
            coordonnees = place.find(f"{{{NS_2_2}}}coordonnees")
            names = [local(e) for e in coordonnees]
            assert names[: names.index("adresse")] in (["ligne"], ["ligne", "ligne"])
        organisme = formation.find(f"{{{NS_2_2}}}organisme-formation-responsable")
        assert "URI ETA ORG ONISEP" in block(organisme, "ETAB ONISEP")
        assert {"ORG_ID ORG ONISEP", "URI ORG ORG ONISEP"} <= set(
            block(organisme, "ORGANISME ONISEP")
        )
    assert named(tree, "date-information")
    assert {e.text for e in named(tree, "code-niveau-entree")} <= set("012345678")


def test_catalogue_2_3_shape() -> None:
    """4 formations, 1-3 actions each, 1-3 sessions each, 3 organismes, 2.3-only features."""
    tree = parse("catalogue-2.3.xml")
    formations = named(tree, "formation")
    assert len(formations) == 4
    for formation in formations:
        actions = [e for e in formation if local(e) == "action"]
        assert 1 <= len(actions) <= 3
        for action in actions:
            assert 1 <= len([e for e in action if local(e) == "session"]) <= 3
    sirets = {
        e.text for e in named(tree, "SIRET") if local(e.getparent()) == "SIRET-organisme-formation"
    }
    assert len(sirets) == 3

    present = {local(e) for e in elements(tree)}
    assert {
        "cycle",
        "enseignement",
        "duree-cycle",
        "code-UAI-lieu-formation",
        "SIRET-lieu-formation",
        "denomination",
        "certification",
        "organisme-financeur",
        "contact-formation",
        "adresse-inscription",
    } <= present
    assert any(len(named_in(a, "langue-formation")) > 1 for a in named(tree, "action"))
    niveaux = {
        e.text for e in named(tree, "code-niveau-entree") + named(tree, "code-niveau-sortie")
    }
    assert niveaux & {str(n) for n in range(11, 19)}
    assert named(tree, "offres")[0].get("horodatage-export")

    infos = {e.get("info") for e in named(tree, "extras") + named(tree, "extra")}
    assert {
        "ETAB ONISEP",
        "STATUT",
        "TYPE_ETABLISSEMENT",
        "FORMATION ONISEP",
        "TYPE_FORMATION_LIBELLE",
        "PARCOURS ACTION ONISEP",
        "LIBELLE PARCOURS ACTION ONISEP",
        "SITUATION PARCOURS ACTION ONISEP",
    } <= infos
    parcours = [e for e in named(tree, "extra") if e.get("info") == "PARCOURS ACTION ONISEP"]
    assert all(p.get("uri") and p.get("horodatage-modification") for p in parcours)
    assert any(
        e.get("info")
        and not e.get("info").endswith("ONISEP")
        and e.find(f"{{{NS_2_3}}}extras") is not None
        for e in named(tree, "extras")
    )


def test_index_2_3_summarises_the_catalogue() -> None:
    """One resume-offre per action, with the action's titles, SIRET and session periods."""
    catalogue = parse("catalogue-2.3.xml")
    index = parse("index-2.3.xml")
    exported = named(catalogue, "offres")[0].get("horodatage-export")
    assert index.getroot().get("horodatage-export") == exported

    expected = {}
    for formation in named(catalogue, "formation"):
        organisme = named_in(formation, "organisme-formation-responsable")[0]
        siret = organisme.findtext(f".//{{{NS_2_3}}}SIRET")
        for action in named_in(formation, "action"):
            periods = [
                (s.findtext(f".//{{{NS_2_3}}}debut"), s.findtext(f".//{{{NS_2_3}}}fin"))
                for s in named_in(action, "session")
            ]
            expected[action.get("numero")] = (
                formation.findtext(f"{{{NS_2_3}}}intitule-formation"),
                siret,
                periods,
            )

    summaries = {}
    for resume in named(index, "resume-offre"):
        assert (DATA / resume.get("file")).is_file()
        periods = [
            (s.findtext(f".//{{{NS_2_3}}}debut"), s.findtext(f".//{{{NS_2_3}}}fin"))
            for s in named_in(resume, "session")
        ]
        summaries[resume.get("numero")] = (
            resume.findtext(f"{{{NS_2_3}}}intitule-formation"),
            resume.findtext(f"{{{NS_2_3}}}SIRET"),
            periods,
        )
    assert summaries == expected
    assert {e.findtext(f"{{{NS_2_3}}}SIRET") for e in named(index, "resume-organisme")} == {
        siret for _, siret, _ in expected.values()
    }


@pytest.mark.parametrize("name", ["offre-1.3.0.xml", "index-1.3.0.xml"])
def test_1_3_0_uses_only_official_vocabulary(
    name: str, official_1_3_0: tuple[set[str], set[tuple[str, str]]]
) -> None:
    """Element names and nestings all occur in the official 1.3.0 examples or lheo-leger.dtd."""
    names, pairs = official_1_3_0
    tree = parse(name)
    used = {local(e) for e in elements(tree)}
    assert used - names == set()
    nested = {(local(e.getparent()), local(e)) for e in elements(tree) if e.getparent() is not None}
    assert nested - pairs == set()


def test_flux_carif_marking_is_complete_and_consistent() -> None:
    """Index and offer file carry the same FLUX-CARIF export date and time."""
    offer = flux_carif(parse("offre-1.3.0.xml"))
    index = flux_carif(parse("index-1.3.0.xml"))
    for marking in (offer, index):
        assert list(marking) == [
            "numero-CARIF",
            "region",
            "email-CARIF",
            "date-export",
            "heure-export",
        ]
        datetime.strptime(marking["date-export"] + marking["heure-export"], "%Y%m%d%H%M%S")
        assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", marking["email-CARIF"])
    assert (index["date-export"], index["heure-export"]) == (
        offer["date-export"],
        offer["heure-export"],
    )


def test_index_1_3_0_summarises_the_offers() -> None:
    """Each resume-offre points to the offer file and repeats its title and SIRET."""
    offer = parse("offre-1.3.0.xml")
    index = parse("index-1.3.0.xml")
    offers = [
        (
            o.findtext(f".//{{{NS_1_3_0}}}intitule-action"),
            o.findtext(f".//{{{NS_1_3_0}}}SIRET-organisme-formation/{{{NS_1_3_0}}}SIRET"),
        )
        for o in named(offer, "offre-formation")
    ]
    assert len(offers) == 2
    resumes = named(index, "resume-offre")
    assert [
        (r.findtext(f"{{{NS_1_3_0}}}intitule-action"), r.findtext(f"{{{NS_1_3_0}}}SIRET"))
        for r in resumes
    ] == offers
    assert all((DATA / r.get("file")).is_file() for r in resumes)
    assert {r.findtext(f"{{{NS_1_3_0}}}SIRET") for r in named(index, "resume-organisme")} == {
        siret for _, siret in offers
    }


def test_key_checks_accept_the_official_example_and_reject_typos(shared_dir: Path) -> None:
    """The SIRET and UAI of the official Onisep example pass; one-character changes fail."""
    official = etree.parse(str(shared_dir / "2.2" / "examples" / "exemple-bts-onisep.xml"))
    siret = named(official, "SIRET")[0].text
    uai = UAI_IN_MAIL.search(named(official, "courriel")[0].text).group(1).upper()
    assert luhn_ok(siret)
    assert uai_ok(uai)
    assert not luhn_ok(siret[:-1] + str((int(siret[-1]) + 1) % 10))
    assert not uai_ok(uai[:-1] + ("B" if uai[-1] == "A" else "A"))
    assert not uai_ok(uai[:-1] + "I")


@pytest.mark.parametrize("name", FILES)
def test_every_siret_and_uai_has_a_valid_key(name: str) -> None:
    """Every SIRET passes the Luhn check, every UAI (code-UAI or ce.<uai>@ mail) the mod-23 one."""
    tree = parse(name)
    sirets = [e.text for e in named(tree, "SIRET")]
    assert sirets
    assert [s for s in sirets if not (re.fullmatch(r"\d{14}", s) and luhn_ok(s))] == []

    uais = [e.text for e in named(tree, "code-UAI")]
    uais += [m.upper() for e in named(tree, "courriel") for m in UAI_IN_MAIL.findall(e.text)]
    assert [u for u in uais if not uai_ok(u)] == []
    if name.startswith(("catalogue", "onisep")):
        assert uais
