"""lheo.read / lheo.detect: versions, kinds, sources, typed values, strict and lenient modes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import lheo
from lheo import _xml
from lheo.errors import NotLheoError, ParseError, UnsupportedVersionError, ValidationError

NS22 = "http://www.lheo.org/2.2"
NS23 = "http://lheo.gouv.fr/2.3"


def minimal(ns: str = NS23, extra_attr: str = "", body: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="{ns}"{extra_attr}><offres><formation numero="F1">
<domaine-formation><code-FORMACODE>31734</code-FORMACODE></domaine-formation>
<intitule-formation>Cuisine</intitule-formation>
<objectif-formation>Objectif</objectif-formation>
<resultats-attendus>Résultats</resultats-attendus>
<contenu-formation>Contenu</contenu-formation>
<certifiante>0</certifiante>
<contact-formation><coordonnees><courriel>a@b.fr</courriel></coordonnees></contact-formation>
<parcours-de-formation>1</parcours-de-formation>
<code-niveau-entree>0</code-niveau-entree>
<action><rythme-formation>Temps plein</rythme-formation><code-public-vise>80056</code-public-vise>
<niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>Aucune</modalites-alternance>
<modalites-enseignement>0</modalites-enseignement><conditions-specifiques>Aucune</conditions-specifiques>
<prise-en-charge-frais-possible>0</prise-en-charge-frais-possible>
<lieu-de-formation><coordonnees><adresse><ligne>1 rue A</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse></coordonnees></lieu-de-formation>
<modalites-entrees-sorties>0</modalites-entrees-sorties>
<session><periode><debut>20240901</debut><fin>20250630</fin></periode>
<adresse-inscription><adresse><ligne>1 rue A</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse></adresse-inscription></session>
<adresse-information><adresse><ligne>1 rue A</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse></adresse-information>
<restauration>Non</restauration><hebergement>Non</hebergement><transport>Non</transport>
<acces-handicapes>Oui</acces-handicapes><langue-formation>fr</langue-formation>
<modalites-recrutement>Dossier</modalites-recrutement><modalites-pedagogiques>Présentiel</modalites-pedagogiques>
<code-modalite-pedagogique>96111</code-modalite-pedagogique>
<organisme-formateur><SIRET-formateur><SIRET>40877891800131</SIRET></SIRET-formateur><raison-sociale-formateur>Org</raison-sociale-formateur>
<contact-formateur><coordonnees><courriel>c@d.fr</courriel></coordonnees></contact-formateur>
<potentiel><code-FORMACODE>31734</code-FORMACODE></potentiel></organisme-formateur>
</action>
<organisme-formation-responsable><numero-activite>11755555555</numero-activite>
<SIRET-organisme-formation><SIRET>40877891800131</SIRET></SIRET-organisme-formation>
<nom-organisme>Org</nom-organisme><raison-sociale>Org SA</raison-sociale>
<coordonnees-organisme><coordonnees><adresse><ligne>1 rue A</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse></coordonnees></coordonnees-organisme>
<contact-organisme><coordonnees><courriel>e@f.fr</courriel></coordonnees></contact-organisme>
</organisme-formation-responsable>
{body}</formation></offres></lheo>""".encode()


def test_read_bytes_detects_version_and_kind() -> None:
    """The namespace gives the version, the root's local name the kind."""
    doc = lheo.read(minimal())
    assert doc.version == "2.3"
    assert doc.version is lheo.Version.V2_3
    assert doc.kind == "lheo"
    assert doc.root.offres.formation[0].intitule_formation.value == "Cuisine"


def test_read_2_2_gives_2_2_bindings() -> None:
    """A 2.2 namespace binds to the 2.2 classes."""
    from lheo import v2_2

    doc = lheo.read(minimal(NS22))
    assert doc.version == "2.2"
    assert isinstance(doc.root, v2_2.Lheo)
    assert isinstance(doc.root.offres.formation[0], v2_2.Formation)


@pytest.mark.parametrize("kind", ["path", "str-path", "bytes", "str", "stream"])
def test_read_accepts_every_source_kind(tmp_path: Path, kind: str) -> None:
    """Paths, bytes, XML text and binary file objects all read the same."""
    data = minimal()
    path = tmp_path / "flux.xml"
    path.write_bytes(data)
    source: object = {
        "path": path,
        "str-path": str(path),
        "bytes": data,
        "str": data.decode(),
        "stream": io.BytesIO(data),
    }[kind]
    doc = lheo.read(source)  # type: ignore[arg-type]
    assert doc.root.offres.formation[0].numero == "F1"


def test_detect_reads_only_the_start() -> None:
    """detect() answers from the root even when the rest of the file is truncated."""
    data = minimal()[:400]
    assert lheo.detect(data) == ("2.3", "lheo")
    with pytest.raises(ParseError):
        lheo.read(data)


def test_detect_on_index_root() -> None:
    """lheo-index is a recognised kind."""
    data = f'<lheo-index xmlns="{NS23}"/>'.encode()
    assert lheo.detect(data) == ("2.3", "lheo-index")


def test_no_namespace_needs_version() -> None:
    """A document without namespace is refused unless version= is given."""
    data = b"<lheo><offres/></lheo>"
    with pytest.raises(UnsupportedVersionError, match="version="):
        lheo.read(data)


def test_unknown_namespace_is_not_lheo() -> None:
    """A foreign namespace is reported as not LHÉO, naming what was found."""
    with pytest.raises(NotLheoError, match="http://example.org/x"):
        lheo.read(b'<lheo xmlns="http://example.org/x"/>')


def test_unsupported_lheo_version() -> None:
    """An LHÉO-looking namespace of an unsupported version says which versions exist."""
    with pytest.raises(UnsupportedVersionError, match="2.3"):
        lheo.read(b'<lheo xmlns="http://www.lheo.org/2.0"/>')


def test_unknown_root_is_not_lheo() -> None:
    """A root that is no LHÉO element is refused with its name."""
    with pytest.raises(NotLheoError, match="catalogue"):
        lheo.read(f'<catalogue xmlns="{NS23}"/>'.encode())


def test_version_mismatch_is_reported() -> None:
    """Asking for 2.2 on a 2.3 document is an error, not a silent re-reading."""
    with pytest.raises(UnsupportedVersionError, match="2.2"):
        lheo.read(minimal(), version="2.2")


def test_unknown_version_string() -> None:
    """version='9.9' is refused."""
    with pytest.raises(UnsupportedVersionError):
        lheo.read(minimal(), version="9.9")


def test_strict_read_refuses_unknown_attribute() -> None:
    """An attribute outside the schema raises, with the schema's own diagnostic."""
    data = minimal().replace(b'<formation numero="F1">', b'<formation numero="F1" couleur="bleu">')
    with pytest.raises(ValidationError) as info:
        lheo.read(data)
    assert any("couleur" in issue.message for issue in info.value.issues)
    assert info.value.issues[0].line == 2


def test_strict_read_refuses_unknown_element() -> None:
    """An element outside the schema raises ValidationError with its path."""
    data = minimal().replace(b"<certifiante>", b"<inconnu>x</inconnu><certifiante>")
    with pytest.raises(ValidationError) as info:
        lheo.read(data)
    paths = [issue.path for issue in info.value.issues]
    assert paths == ["/lheo/offres/formation[1]/inconnu"]


def test_strict_read_refuses_bad_typed_value() -> None:
    """A horodatage that is no dateTime is not kept as raw text in strict mode."""
    data = minimal().replace(b'<formation numero="F1">', b'<formation horodatage-creation="hier">')
    with pytest.raises(ValidationError):
        lheo.read(data)


def test_lenient_read_reports_everything() -> None:
    """strict=False reads anyway and lists every problem."""
    data = minimal().replace(b'<formation numero="F1">', b'<formation couleur="bleu">')
    data = data.replace(b"<code-niveau-entree>0<", b"<code-niveau-entree>99<")
    doc = lheo.read(data, strict=False)
    messages = " | ".join(issue.message for issue in doc.issues)
    assert "couleur" in messages
    assert "99" in messages
    assert doc.root.offres.formation[0].intitule_formation.value == "Cuisine"


def test_typed_values() -> None:
    """Codes are enums with string values, dates keep their lexical form."""
    data = minimal().replace(
        b'<formation numero="F1">',
        b'<formation numero="F1" horodatage-creation="2021-07-07T09:05:03.430Z">',
    )
    doc = lheo.read(data)
    formation = doc.root.offres.formation[0]
    assert formation.code_niveau_entree.value.value == "0"
    assert str(formation.horodatage_creation) == "2021-07-07T09:05:03.430Z"
    assert formation.horodatage_creation.to_datetime().year == 2021


# ---------------------------------------------------------------------------------------
# Bad sources: a typed error naming the source, from every entry point


def _migrate(source: object) -> object:
    return lheo.migrate(source)  # type: ignore[arg-type]


RAISING = {"read": lheo.read, "detect": lheo.detect, "migrate": _migrate}


class _IntReader:
    """A file-like object whose read() returns no bytes."""

    name = "odd-reader"

    def read(self, size: int = -1) -> object:
        return 5


def _closed() -> io.BytesIO:
    stream = io.BytesIO(minimal())
    stream.close()
    return stream


@pytest.mark.parametrize("entry", sorted(RAISING))
@pytest.mark.parametrize(
    ("source", "words"),
    [
        (5, "unsupported source type int"),
        (None, "unsupported source type NoneType"),
        (3.5, "unsupported source type float"),
        (bytearray(b"<lheo/>"), "unsupported source type bytearray"),
        (_IntReader(), "odd-reader: file object returned int, not bytes"),
        (_closed(), "cannot read file object: I/O operation on closed file"),
        ("flux\x00.xml", "embedded null byte"),
    ],
    ids=["int", "None", "float", "bytearray", "read-returns-int", "closed-file", "nul-in-path"],
)
def test_bad_source_is_a_parse_error(entry: str, source: object, words: str) -> None:
    """Never TypeError, OSError or ValueError from Python or lxml: a ParseError."""
    with pytest.raises(ParseError) as info:
        RAISING[entry](source)  # type: ignore[operator]
    assert words in str(info.value)


@pytest.mark.parametrize(
    "source",
    [5, None, _IntReader(), "flux\x00.xml"],
    ids=["int", "None", "read-returns-int", "nul-in-path"],
)
def test_validate_reports_a_bad_source(source: object) -> None:
    """validate never raises for bad input: one issue in a failed report."""
    report = lheo.validate(source)  # type: ignore[arg-type]
    assert not report.ok
    assert len(report.errors) == 1


def test_validate_reports_an_unknown_version_asked() -> None:
    """version='9.9' is bad input too: reported, not raised (it used to raise twice over)."""
    report = lheo.validate(minimal(), version="9.9")
    assert not report.ok and report.version is None
    assert "9.9" in report.errors[0].message


@pytest.mark.parametrize("entry", sorted(RAISING))
def test_path_problems_name_the_path(entry: str, tmp_path: Path) -> None:
    """A directory or a missing file: ParseError naming the path, no traceback."""
    missing = tmp_path / "absent.xml"
    for path, reason in ((tmp_path, "Is a directory"), (missing, "No such file")):
        for source in (path, str(path)):
            with pytest.raises(ParseError) as info:
                RAISING[entry](source)  # type: ignore[operator]
            assert str(info.value).startswith(f"{path}: cannot read file: {reason}")
            assert info.value.source == str(path)
        report = lheo.validate(path)
        assert report.source == str(path) and reason in report.errors[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "secret.xml"
    path.write_bytes(minimal())
    path.chmod(0)
    for entry in RAISING.values():
        with pytest.raises(ParseError, match="Permission denied") as info:
            entry(path)  # type: ignore[operator]
        assert info.value.source == str(path)


def test_unreadable_file_names_the_path_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, for any user: open() refusing with EACCES."""
    path = tmp_path / "secret.xml"
    path.write_bytes(minimal())
    real_open = open

    def refusing(file: object, *args: object, **kwargs: object) -> object:
        if os.fspath(file) == str(path):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refusing)
    for entry in RAISING.values():
        with pytest.raises(ParseError, match="Permission denied") as info:
            entry(str(path))  # type: ignore[operator]
        assert info.value.source == str(path)


def test_string_with_byte_order_mark_is_xml() -> None:
    """A str starting with U+FEFF holds XML: it is not taken for a file name."""
    text = "\ufeff" + minimal().decode()
    assert _xml.is_xml_text(text) and not _xml.is_path(text)
    assert _xml.source_name(text) == "<string>"
    assert lheo.read(text).root.offres.formation[0].numero == "F1"
    assert lheo.detect(text) == ("2.3", "lheo")
    report = lheo.validate(text)
    assert report.ok and report.source == "<string>"


def test_string_keeps_lines_and_columns() -> None:
    """The declared encoding of a str is blanked, not cut: positions stay those of the str."""
    text = '<?xml version="1.0" encoding="ISO-8859-1"?><lheo xmlns="x"><a></b></lheo>'
    data = _xml.text_to_bytes(text)
    assert len(data) == len(text)
    assert data.startswith(b'<?xml version="1.0"') and b"encoding" not in data
    with pytest.raises(ParseError) as info:
        lheo.read(text)
    assert (info.value.line, info.value.column) == (1, text.index("</lheo>") + 1)


def test_string_with_blanks_before_the_declaration() -> None:
    """Tolerated as before (the declaration is dropped), line numbers kept."""
    text = "\n\n" + minimal().decode().replace("<certifiante>0", "<certifiante>7", 1)
    doc = lheo.read(text, strict=False)
    line = text[: text.index("<certifiante>7")].count("\n") + 1
    assert {issue.line for issue in doc.issues if "certifiante" in issue.message} == {line}


def test_string_starting_with_a_stylesheet_pi_keeps_it() -> None:
    """<?xml-stylesheet?> is a processing instruction, not the XML declaration."""
    text = f'<?xml-stylesheet href="a.xsl"?><lheo xmlns="{NS23}"/>'
    tree = _xml.parse_bytes(_xml.text_to_bytes(text))
    pi = tree.getroot().getprevious()
    assert pi is not None and pi.target == "xml-stylesheet"  # type: ignore[attr-defined]


def test_lone_surrogate_in_a_string() -> None:
    """Not encodable, so not XML: a ParseError at its position, not UnicodeEncodeError."""
    text = minimal().decode().replace("Cuisine", "Cui\udcffsine", 1)
    offset = text.index("\udcff")
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    for entry in RAISING.values():
        with pytest.raises(ParseError, match="U\\+DCFF") as info:
            entry(text)  # type: ignore[operator]
        assert (info.value.line, info.value.column) == (line, column)
    assert not lheo.validate(text).ok


def test_text_mode_file_is_read_as_a_string() -> None:
    """A file opened in text mode was decoded already: its declared encoding is ignored
    (it used to be applied again, giving "gÃ©nÃ©rale")."""
    text = minimal().decode().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    text = text.replace("Cuisine", "Cuisine générale")
    doc = lheo.read(io.StringIO(text))
    assert doc.root.offres.formation[0].intitule_formation.value == "Cuisine générale"
    assert lheo.detect(io.StringIO(text)) == ("2.3", "lheo")
    assert lheo.validate(io.StringIO(text)).ok


def test_detect_stops_reading_at_the_root() -> None:
    """detect reads a big file only up to its root's start tag (plus one buffer)."""
    data = minimal().replace(
        b"</formation></offres>", b"</formation>" + b"<extras/>" * 200_000 + b"</offres>"
    )

    class Counting(io.BytesIO):
        served = 0

        def read(self, size: int | None = -1) -> bytes:
            chunk = super().read(size)
            Counting.served += len(chunk)
            return chunk

    assert lheo.detect(Counting(data)) == ("2.3", "lheo")
    assert Counting.served < 200_000 < len(data)
