"""Tests of lheo.tables against the official tables in ../shared/lheo/tables (read at test time)."""

from __future__ import annotations

import csv
import enum
import importlib.util
import pickle
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from conftest import SHARED, needs_shared

from lheo import tables
from lheo.errors import LheoError, UnsupportedVersionError
from lheo.tables import CodeTable, v1_3_0, v2_2, v2_3

ROOT = Path(__file__).resolve().parents[1]
TABLES_DIR = SHARED / "tables"
MODULES: dict[str, ModuleType] = {"1.3.0": v1_3_0, "2.2": v2_2, "2.3": v2_3}

# The 1.3.0 tables and where their content comes from: index.csv (version column, dict name).
V1_3_0_SOURCES = {
    "dict-boolean": ("2.2", "dict-boolean"),
    "dict-FOAD": ("legacy", "dict-FOAD"),
    "dict-modalites-es": ("legacy", "dict-modalites-es"),
    "dict-AIS": ("legacy", "dict-AIS"),
    "dict-perimetre-recrutement": ("legacy", "dict-perimetre-recrutement"),
    "dict-type-parcours": ("2.2", "dict-type-parcours"),
    "dict-type-positionnement": ("2.2", "dict-type-positionnement"),
    "dict-type-module": ("2.2", "dict-type-module"),
    "dict-niveaux": ("legacy", "dict-niveaux"),
    "dict-public-vise-formacode": ("legacy", "dict-public-vise-formacode"),
}


def _index_rows() -> list[dict[str, str]]:
    if not (TABLES_DIR / "index.csv").is_file():
        return []
    with (TABLES_DIR / "index.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


INDEX = _index_rows()
INDEX_BY_KEY = {(row["version"], row["dict"]): row for row in INDEX}
V2_ROWS = [row for row in INDEX if row["version"] in ("2.2", "2.3")]
BOTH = sorted(
    {row["dict"] for row in INDEX if row["version"] == "2.2"}
    & {row["dict"] for row in INDEX if row["version"] == "2.3"}
)


def _ids(row: dict[str, str]) -> str:
    return f"{row['version']}:{row['dict']}"


def read_csv(path: Path) -> list[tuple[str, str]]:
    """The (code, label) rows of an official CSV, header checked and dropped."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["code", "label"]
    return [(code, label) for code, label in rows[1:]]


def attr_name(name: str) -> str:
    """Module attribute name of a dict: no ``dict-`` prefix, dashes → underscores."""
    return name.removeprefix("dict-").replace("-", "_")


@pytest.fixture(scope="session")
def tables_dir(shared_dir: Path) -> Path:
    """Folder of the official tables (../shared/lheo/tables)."""
    path = shared_dir / "tables"
    assert path == TABLES_DIR
    return path


# --- against the official 2.2 / 2.3 tables ------------------------------------------------------


@pytest.mark.parametrize("version", ["2.2", "2.3"])
def test_table_count_matches_index(tables_dir: Path, version: str) -> None:
    """Each version has exactly the tables index.csv lists, in the same order."""
    expected = [row["dict"] for row in INDEX if row["version"] == version]
    assert list(MODULES[version].TABLES) == expected
    assert len(list((tables_dir / version).glob("dict-*.csv"))) == len(expected)


def test_table_counts() -> None:
    """2.2 has 11 tables, 2.3 has 19, 1.3.0 has 10."""
    assert (len(v2_2.TABLES), len(v2_3.TABLES), len(v1_3_0.TABLES)) == (11, 19, 10)


@needs_shared
@pytest.mark.parametrize("row", V2_ROWS, ids=_ids)
def test_table_equals_official_csv(tables_dir: Path, row: dict[str, str]) -> None:
    """Same codes, same labels, same order as the official CSV."""
    table = MODULES[row["version"]].TABLES[row["dict"]]
    expected = read_csv(tables_dir / row["file"])
    assert list(table.items()) == expected
    assert table.entries == tuple(expected)
    assert table.codes == tuple(code for code, _ in expected)
    assert len(table) == int(row["entries"])


@needs_shared
@pytest.mark.parametrize("row", V2_ROWS, ids=_ids)
def test_table_metadata_matches_index(row: dict[str, str]) -> None:
    """name, fullname and version come from index.csv."""
    table = MODULES[row["version"]].TABLES[row["dict"]]
    assert table.name == row["dict"]
    assert table.fullname == row["fullname"]
    assert row["version"] in table.versions
    assert table.version == table.versions[0]


@needs_shared
@pytest.mark.parametrize("row", V2_ROWS, ids=_ids)
def test_table_is_module_attribute(row: dict[str, str]) -> None:
    """Each table is the attribute named after its dict (dict-modalites-es → modalites_es)."""
    module = MODULES[row["version"]]
    name = attr_name(row["dict"])
    assert getattr(module, name) is module.TABLES[row["dict"]]
    assert name in module.__all__


@needs_shared
@pytest.mark.parametrize("row", V2_ROWS, ids=_ids)
def test_by_element_matches_index(row: dict[str, str]) -> None:
    """BY_ELEMENT maps each element index.csv lists to the table it uses."""
    module = MODULES[row["version"]]
    for element in row["used_by_elements"].split():
        assert module.BY_ELEMENT[element] is module.TABLES[row["dict"]]


@pytest.mark.parametrize("version", ["2.2", "2.3"])
def test_tables_match_official_dictionaries_xml(tables_dir: Path, version: str) -> None:
    """The tables also match lheo-tables-<version>.xml (the gml2dict output)."""
    root = ET.parse(tables_dir / f"lheo-tables-{version}.xml").getroot()
    ns = {"g": root.tag.partition("}")[0].lstrip("{")}
    found = {}
    for node in root.findall("g:dict", ns):
        # One <entry> may hold several <key>s for one <value> (2.x dict-AIS codes 2 and 3).
        entries = [
            (key.get("val"), entry.find("g:value", ns).get("val"))  # type: ignore[union-attr]
            for entry in node.findall("g:entry", ns)
            for key in entry.findall("g:key", ns)
        ]
        found[node.get("name")] = (node.findtext("g:fullname", namespaces=ns), entries)
    module = MODULES[version]
    assert list(found) == list(module.TABLES)
    for name, (fullname, entries) in found.items():
        assert (module.TABLES[name].fullname, list(module.TABLES[name].items())) == (
            fullname,
            entries,
        )


# --- sharing between 2.2 and 2.3 ---------------------------------------------------------------


@needs_shared
@pytest.mark.parametrize("name", BOTH)
def test_shared_iff_identical(tables_dir: Path, name: str) -> None:
    """A table is one object for 2.2 and 2.3 exactly when its content is identical."""
    rows = {v: INDEX_BY_KEY[(v, name)] for v in ("2.2", "2.3")}
    same = read_csv(tables_dir / rows["2.2"]["file"]) == read_csv(
        tables_dir / rows["2.3"]["file"]
    ) and (rows["2.2"]["fullname"] == rows["2.3"]["fullname"])
    assert (v2_2.TABLES[name] is v2_3.TABLES[name]) is same


def test_shared_tables_examples() -> None:
    """boolean is shared (versions 2.2 and 2.3); niveaux and financeurs are not."""
    assert v2_2.boolean is v2_3.boolean
    assert v2_2.boolean.versions == ("2.2", "2.3")
    assert v2_2.type_parcours is v2_3.type_parcours
    assert v2_2.niveaux is not v2_3.niveaux
    assert v2_2.financeurs is not v2_3.financeurs
    assert (v2_2.niveaux.version, v2_3.niveaux.version) == ("2.2", "2.3")
    assert v2_3.niveaux.versions == ("2.3",)


def test_2_3_niveaux_add_new_nomenclature() -> None:
    """2.3 niveaux keep 0..8 and add 11..18; 2.2 has only 0..8."""
    old = tuple(str(i) for i in range(9))
    assert v2_3.niveaux.codes == old + tuple(str(i) for i in range(11, 19))
    assert v2_2.niveaux.codes == old
    assert v2_3.niveaux["0"] == "information non communiquée"
    assert v2_3.niveaux["15"].startswith("Niveau 5. ")
    assert v2_3.niveaux["8"] == "niveau I (supérieur à la maîtrise)"
    assert "11" not in v2_2.niveaux


def test_hand_spot_checks() -> None:
    """A few values checked by hand."""
    assert dict(v2_3.boolean) == {"0": "non", "1": "oui"}
    assert dict(v2_3.type_cycle) == {"0": "Formation initiale", "1": "Contrat d'apprentissage"}
    assert v2_3.type_enseignement["4"] == "langue"
    assert v2_3.modalites_enseignement["2"] == "formation entièrement à distance"
    assert v2_3.financeurs["16"] == "OPCO"
    assert v2_2.financeurs["16"] == "OPCA"
    assert v2_3.AIS.codes == ("1", "6", "7", "8", "5", "9", "2", "3", "4")
    assert v2_3.unite_rythme.fullname == "Unité de rythme"


# --- 1.3.0 ---------------------------------------------------------------------------------------


def test_1_3_0_table_names() -> None:
    """1.3.0 has the documented tables, named and exposed like the other versions."""
    assert list(v1_3_0.TABLES) == list(V1_3_0_SOURCES)
    for name, table in v1_3_0.TABLES.items():
        assert getattr(v1_3_0, attr_name(name)) is table
        assert attr_name(name) in v1_3_0.__all__


@pytest.mark.parametrize("name", list(V1_3_0_SOURCES))
def test_1_3_0_table_equals_its_source(tables_dir: Path, name: str) -> None:
    """Each 1.3.0 table equals its source CSV (legacy standalone table or 2.2 dict)."""
    row = INDEX_BY_KEY[V1_3_0_SOURCES[name]]
    table = v1_3_0.TABLES[name]
    assert list(table.items()) == read_csv(tables_dir / row["file"])
    assert table.fullname == row["fullname"]
    assert (table.name, table.version, table.versions) == (name, "1.3.0", ("1.3.0",))


def test_1_3_0_niveaux_are_0_to_8() -> None:
    """1.3.0 niveaux are the codes 0 to 8."""
    assert v1_3_0.niveaux.codes == tuple(str(i) for i in range(9))
    assert v1_3_0.niveaux["0"] == "information non communiquée"
    assert v1_3_0.niveaux["8"] == "niveau I (supérieur à la maîtrise)"


def test_1_3_0_specifics() -> None:
    """1.3.0 has FOAD (not modalites-enseignement), the V9 publics and an 8-code AIS."""
    assert v1_3_0.FOAD["1"] == "formation mixte"
    assert not hasattr(v1_3_0, "modalites_enseignement")
    assert not hasattr(v1_3_0, "etat_recrutement")
    assert v1_3_0.public_vise_formacode["80056"] == "tout public"
    assert {"80011", "80044"} <= set(v1_3_0.public_vise_formacode)
    assert "3" not in v1_3_0.AIS and "3" in v2_2.AIS
    assert v1_3_0.BY_ELEMENT["code-niveau-entree"] is v1_3_0.niveaux
    assert v1_3_0.BY_ELEMENT["diplomante"] is v1_3_0.boolean


def test_1_3_0_tables_are_separate_objects() -> None:
    """1.3.0 tables are their own objects even where equal in content to 2.2."""
    assert dict(v1_3_0.boolean) == dict(v2_2.boolean)
    assert v1_3_0.boolean is not v2_2.boolean
    assert v1_3_0.boolean != v2_2.boolean


# --- every table ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", list(MODULES))
def test_codes_and_labels_are_strings(version: str) -> None:
    """Every code and label is a non-empty str; TABLES is read-only."""
    module = MODULES[version]
    assert isinstance(module.TABLES, Mapping)
    with pytest.raises(TypeError):
        module.TABLES["dict-x"] = module.TABLES["dict-boolean"]  # type: ignore[index]
    assert module.VERSION == version
    for table in module.TABLES.values():
        assert isinstance(table, CodeTable)
        assert table.name.startswith("dict-")
        for code, label in table.items():
            assert isinstance(code, str) and code
            assert isinstance(label, str) and label


def test_generated_modules_are_up_to_date(tables_dir: Path) -> None:
    """scripts/build_tables.py regenerates exactly the committed modules."""
    spec = importlib.util.spec_from_file_location(
        "build_tables", ROOT / "scripts" / "build_tables.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for path, text in script.build(tables_dir).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run the script"


def test_tables_package_reads_no_file() -> None:
    """lheo.tables is plain Python data: it opens no file and never imports the build script."""
    for path in (ROOT / "lheo" / "tables").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("import csv", "open(", "read_text", "import build_tables", "scripts."):
            assert needle not in source, f"{path.name} uses {needle}"


# --- get() ---------------------------------------------------------------------------------------


def test_get_accepts_prefix_or_not() -> None:
    """get() takes the name with or without dict-, or in attribute spelling."""
    assert tables.get("2.3", "dict-niveaux") is v2_3.niveaux
    assert tables.get("2.3", "niveaux") is v2_3.niveaux
    assert tables.get("2.3", "modalites_es") is v2_3.modalites_es
    assert tables.get("2.2", "AIS") is v2_2.AIS
    assert tables.get("1.3.0", "dict-niveaux") is v1_3_0.niveaux
    assert tables.get("2.2.0", "boolean") is v2_2.boolean


class V(str, enum.Enum):
    """A str-valued Enum like lheo.Version (whose hash is that of the member name)."""

    V2_3 = "2.3"


def test_get_accepts_version_enum() -> None:
    """get() accepts a str-valued Enum member such as lheo.Version."""
    assert tables.get(V.V2_3, "type-cycle") is v2_3.type_cycle


def test_get_unknown_version() -> None:
    """An unknown version raises UnsupportedVersionError, a ValueError, naming the versions."""
    with pytest.raises(UnsupportedVersionError, match=r"'2\.4'.*1\.3\.0, 2\.2, 2\.3"):
        tables.get("2.4", "niveaux")
    with pytest.raises(ValueError):
        tables.get("", "niveaux")
    with pytest.raises(ValueError):
        tables.tables_for(None)  # type: ignore[arg-type]


def test_get_unknown_table() -> None:
    """An unknown table, or one of another version, raises KeyError naming the version."""
    with pytest.raises(KeyError, match="LHÉO 2.3 has no code table 'dict-nope'"):
        tables.get("2.3", "dict-nope")
    with pytest.raises(KeyError, match="LHÉO 2.2 has no code table 'type-cycle'"):
        tables.get("2.2", "type-cycle")
    with pytest.raises(KeyError, match="LHÉO 2.3 has no code table 'FOAD'"):
        tables.get("2.3", "FOAD")
    with pytest.raises(tables.TableKeyError, match="LHÉO 2.3 has no code table 'FOAD'"):
        tables.get(V.V2_3, "FOAD")


def test_tables_for() -> None:
    """tables_for() returns a version's TABLES."""
    assert tables.tables_for("2.3") is v2_3.TABLES
    assert tables.VERSIONS == ("1.3.0", "2.2", "2.3")


# --- CodeTable -----------------------------------------------------------------------------------


def make(**kw: object) -> CodeTable:
    """A small table with a leading-zero code."""
    args: dict[str, object] = {
        "name": "dict-x",
        "version": "2.3",
        "fullname": "X",
        "entries": [("08", "huit"), ("1", "un")],
    }
    args.update(kw)
    return CodeTable(**args)  # type: ignore[arg-type]


def test_codetable_is_an_ordered_mapping() -> None:
    """CodeTable is a Mapping[str, str] in the given order, leading zeros kept."""
    t = make()
    assert isinstance(t, Mapping)
    assert list(t) == ["08", "1"] and t.codes == ("08", "1")
    assert t["08"] == "huit" and t.label("1") == "un"
    assert t.get("8") is None and "8" not in t
    assert list(t.values()) == ["huit", "un"]


def test_codetable_membership_is_exact() -> None:
    """Membership and is_valid need the exact string: no int, no stripping."""
    t = make()
    assert t.is_valid("08") and "08" in t
    assert not t.is_valid("8") and not t.is_valid(" 08")
    not_str: list[object] = [1, 8, [], None]
    assert not any(value in t for value in not_str)
    assert not t.is_valid(1)  # type: ignore[arg-type]


def test_label_error_message() -> None:
    """label() and [] raise KeyError naming the code, the table, the version and valid codes."""
    with pytest.raises(KeyError, match=r"'9' is not a code of dict-niveaux \(Niveaux\), LHÉO 2\.3"):
        v2_3.niveaux.label("9")
    with pytest.raises(KeyError) as info:
        v2_3.boolean["2"]
    assert str(info.value) == (
        "'2' is not a code of dict-boolean (Valeurs booléennes), LHÉO 2.2/2.3; valid codes: 0, 1"
    )
    with pytest.raises(KeyError, match=r"LHÉO 2\.2/2\.3"):
        v2_3.boolean.label("x")
    with pytest.raises(KeyError, match="codes are strings"):
        v2_3.boolean[1]  # type: ignore[index]
    with pytest.raises(LheoError):
        v2_3.boolean["2"]
    with pytest.raises(KeyError, match=r"\.\.\. \(50 codes\)"):
        v1_3_0.public_vise_formacode["0"]


def test_codetable_is_immutable() -> None:
    """Attributes cannot be set and entries are tuples."""
    t = make()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        t.name = "dict-y"  # type: ignore[misc]
    assert isinstance(t.entries, tuple) and all(isinstance(e, tuple) for e in t.entries)
    with pytest.raises(TypeError):
        t["2"] = "deux"  # type: ignore[index]


def test_codetable_equality_hash_pickle() -> None:
    """Tables compare by all attributes, are hashable and survive pickling."""
    assert make() == make() and hash(make()) == hash(make())
    assert make() != make(version="2.2")
    assert make() != make(entries=[("1", "un"), ("08", "huit")])
    for table in (make(), v2_3.niveaux, v2_3.boolean):
        clone = pickle.loads(pickle.dumps(table))
        assert clone == table and clone["0" if "0" in table else "08"]
    assert len({v2_2.boolean, v2_3.boolean, v1_3_0.boolean}) == 2


def test_codetable_rejects_bad_entries() -> None:
    """Duplicate codes, non-str codes and versions without version are refused."""
    with pytest.raises(ValueError, match="duplicate code '1'"):
        make(entries=[("1", "a"), ("1", "b")])
    with pytest.raises(TypeError, match="must be str"):
        make(entries=[(1, "a")])
    with pytest.raises(ValueError, match="must include version"):
        make(versions=("2.2",))
    assert make().versions == ("2.3",)
    assert make(version="2.2", versions=["2.2", "2.3"]).versions == ("2.2", "2.3")


def test_codetable_repr() -> None:
    """repr names the table, its versions and its codes."""
    assert repr(v2_3.boolean) == "<CodeTable dict-boolean (LHÉO 2.2/2.3): 2 codes 0, 1>"
