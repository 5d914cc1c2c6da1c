"""What a read keeps of its source besides the data, and how write gives it back (lheo._layout).

Comments, processing instructions, attribute order, white space, element order, re-spelt
tokens and (lenient reading) unknown elements and attributes come back where they were;
changes to the objects change only what they touch.
"""

from __future__ import annotations

import copy
import difflib
import pickle
from pathlib import Path

import pytest
from helpers import attribute_orders, c14n

import lheo
from lheo import v1_3_0, v2_3

ROOT = Path(__file__).resolve().parent.parent
NS = "http://lheo.gouv.fr/2.3"

# A hand-indented flow with what real exports carry: tabs, a comment before the root and
# after it, comments between and inside elements, a processing instruction, attributes in
# another order than the schema's, a blank line, an element written on one line.
MESSY = """<?xml version="1.0" encoding="UTF-8"?>
<!-- export du 2025-01-01 -->
<?producteur version="3.2"?>
<lheo xmlns="http://lheo.gouv.fr/2.3">
\t<offres>
\t\t<!-- première formation -->
\t\t<formation numero="F1" datemaj="20250101" datecrea="20240101">
\t\t\t<domaine-formation>
\t\t\t\t<code-FORMACODE>22454</code-FORMACODE>
\t\t\t</domaine-formation>
\t\t\t<intitule-formation>Titre <!-- sic --> suite</intitule-formation>
\t\t\t<objectif-formation>Objectif</objectif-formation>
\t\t\t<resultats-attendus>R</resultats-attendus>
\t\t\t<contenu-formation>C</contenu-formation>
\t\t\t<certifiante>0</certifiante>

\t\t\t<contact-formation><coordonnees><nom>N</nom></coordonnees></contact-formation>
\t\t\t<parcours-de-formation>1</parcours-de-formation>
\t\t\t<code-niveau-entree>0</code-niveau-entree>
\t\t\t<action uri="urn:a1" numero="A1">
\t\t\t\t<?cms id="7"?>
\t\t\t\t<rythme-formation>Temps plein</rythme-formation>
\t\t\t\t<code-public-vise>81061</code-public-vise>
\t\t\t\t<niveau-entree-obligatoire>0</niveau-entree-obligatoire>
\t\t\t\t<modalites-alternance>-</modalites-alternance>
\t\t\t\t<modalites-enseignement>0</modalites-enseignement>
\t\t\t\t<conditions-specifiques>-</conditions-specifiques>
\t\t\t\t<prise-en-charge-frais-possible>0</prise-en-charge-frais-possible>
\t\t\t\t<lieu-de-formation>
\t\t\t\t\t<coordonnees><nom>Lieu</nom></coordonnees>
\t\t\t\t</lieu-de-formation>
\t\t\t\t<modalites-entrees-sorties>0</modalites-entrees-sorties>
\t\t\t\t<session numero="S1">
\t\t\t\t\t<periode><debut>20250901</debut><fin>20260630</fin></periode>
\t\t\t\t\t<adresse-inscription><adresse><ligne>1 rue</ligne><codepostal>75001</codepostal><ville>Paris</ville></adresse></adresse-inscription>
\t\t\t\t</session>
\t\t\t</action>
\t\t\t<organisme-formation-responsable>
\t\t\t\t<numero-activite>99999999999</numero-activite>
\t\t\t\t<SIRET-organisme-formation><SIRET>19573287000017</SIRET></SIRET-organisme-formation>
\t\t\t\t<nom-organisme>Lycée</nom-organisme>
\t\t\t\t<raison-sociale>Lycée</raison-sociale>
\t\t\t\t<coordonnees-organisme><coordonnees><nom>L</nom></coordonnees></coordonnees-organisme>
\t\t\t\t<contact-organisme><type-contact>5</type-contact><coordonnees><nom>C</nom></coordonnees></contact-organisme>
\t\t\t</organisme-formation-responsable>
\t\t</formation>
\t</offres>
</lheo>
<!-- fin de l'export -->
"""


def lines_changed(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_messy_flow_is_valid_and_written_back_byte_for_byte() -> None:
    """A valid flow with comments, PIs, tabs and odd attribute order: write(read(x)) == x."""
    doc = lheo.read(MESSY)
    assert doc.issues == []
    assert lheo.write(doc) == MESSY.encode("utf-8")


def test_values_around_comments_are_all_the_text() -> None:
    """The value of an element with a comment inside is all its text."""
    doc = lheo.read(MESSY)
    assert doc.root.offres.formation[0].intitule_formation.value == "Titre  suite"


def test_an_edit_changes_only_its_line() -> None:
    """Changing a value and an attribute rewrites those lines only."""
    doc = lheo.read(MESSY)
    formation = doc.root.offres.formation[0]
    formation.numero = "F2"
    formation.action[0].session[0].periode.fin.value = "20260703"
    out = lheo.write(doc)
    assert out is not None
    assert lines_changed(MESSY, out.decode()) == [
        '-\t\t<formation numero="F1" datemaj="20250101" datecrea="20240101">',
        '+\t\t<formation numero="F2" datemaj="20250101" datecrea="20240101">',
        "-\t\t\t\t\t<periode><debut>20250901</debut><fin>20260630</fin></periode>",
        "+\t\t\t\t\t<periode><debut>20250901</debut><fin>20260703</fin></periode>",
    ]


def test_a_changed_value_keeps_its_comment() -> None:
    """The comment inside a value that was replaced is written after the new value."""
    doc = lheo.read(MESSY)
    doc.root.offres.formation[0].intitule_formation.value = "Nouveau"
    out = lheo.write(doc)
    assert out is not None
    assert "<intitule-formation>Nouveau<!-- sic --></intitule-formation>" in out.decode()


def test_removed_and_added_elements() -> None:
    """A removed element takes its line with it; a new one gets its neighbours' indentation."""
    doc = lheo.read(MESSY)
    formation = doc.root.offres.formation[0]
    formation.certifiante = None
    formation.action[0].session.append(copy.deepcopy(formation.action[0].session[0]))
    formation.action[0].session[1].numero = "S2"
    formation.extras = [v2_3.Extras(info="X")]
    out = lheo.write(doc)
    assert out is not None
    assert lines_changed(MESSY, out.decode()) == [
        "-\t\t\t<certifiante>0</certifiante>",
        '+\t\t\t\t<session numero="S2">',
        "+\t\t\t\t\t<periode><debut>20250901</debut><fin>20260630</fin></periode>",
        "+\t\t\t\t\t<adresse-inscription><adresse><ligne>1 rue</ligne>"
        "<codepostal>75001</codepostal><ville>Paris</ville></adresse></adresse-inscription>",
        "+\t\t\t\t</session>",
        '+\t\t\t<extras info="X"/>',
    ]


def test_new_attributes_come_after_the_source_ones() -> None:
    """An attribute set since the read is written after those the source had."""
    doc = lheo.read(MESSY)
    doc.root.offres.formation[0].action[0].info = "i"
    out = lheo.write(doc)
    assert out is not None
    assert '<action uri="urn:a1" numero="A1" info="i">' in out.decode()


def test_pretty_and_compact_reindent_but_keep_comments_and_order() -> None:
    """pretty=True/False re-indents; comments, PIs and attribute order stay."""
    doc = lheo.read(MESSY)
    pretty = lheo.write(doc, pretty=True)
    compact = lheo.write(doc, pretty=False)
    assert pretty is not None and compact is not None
    assert "\n      <contact-formation>\n        <coordonnees>\n" in pretty.decode()
    assert "\t" not in pretty.decode() and "\t" not in compact.decode()
    # The declaration, two nodes before the root, the root, one node after it.
    assert compact.decode().count("\n") == 5
    for out in (pretty, compact):
        assert c14n(out, comments=True, strip=True) == c14n(MESSY, comments=True, strip=True)
        assert attribute_orders(out) == attribute_orders(MESSY)


def test_compact_source_is_written_compact() -> None:
    """A compact flow stays compact (its own white space is the absence of any)."""
    doc = lheo.read(MESSY)
    compact = lheo.write(doc, pretty=False)
    assert compact is not None
    assert lheo.write(lheo.read(compact)) == compact


def test_four_spaces_and_crlf_and_latin1() -> None:
    """Other indentation, CR LF line ends, ISO-8859-1: every line but the declaration."""
    latin = MESSY.replace("\t", "    ").replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    data = latin.replace("\n", "\r\n").encode("iso-8859-1")
    out = lheo.write(lheo.read(data))
    assert out is not None
    assert out.decode().splitlines()[0] == '<?xml version="1.0" encoding="UTF-8"?>'
    assert out.decode().splitlines()[1:] == latin.splitlines()[1:]


def test_layout_survives_copy_and_pickle() -> None:
    """Copies and pickles of the objects keep their layout; equality ignores it."""
    doc = lheo.read(MESSY)
    formation = doc.root.offres.formation[0]
    plain = lheo.read(lheo.write(doc, pretty=True)).root.offres.formation[0]
    assert formation == plain  # same data, other layout
    for twin in (copy.deepcopy(formation), pickle.loads(pickle.dumps(formation))):
        assert twin == formation
        assert lheo.write(twin) == lheo.write(formation)


def test_resume_offre_keeps_its_source_order() -> None:
    """1.3.0 resume-offre is an xs:all: its children come back in the source order."""
    source = (ROOT / "examples" / "data" / "index-1.3.0.xml").read_text(encoding="utf-8")
    start = source.index("<resume-offre")
    end = source.index("</resume-offre>", start)
    block = source[start:end]
    # Move the domain after the title: the schema accepts any order.
    domain = block[block.index("<domaine-formation>") : block.index("</domaine-formation>") + 20]
    moved = block.replace(domain, "", 1)
    title_end = moved.index("</intitule-action>") + len("</intitule-action>")
    moved = moved[:title_end] + domain + moved[title_end:]
    data = source.replace(block, moved, 1)
    assert data != source
    doc = lheo.read(data)
    assert isinstance(doc.root, v1_3_0.LheoLeger)
    assert lheo.write(doc) == data.encode("utf-8")


def test_respelt_token_is_written_as_read() -> None:
    """A code written with spaces reads as its member and is written back as it was."""
    data = MESSY.replace("<code-niveau-entree>0<", "<code-niveau-entree> 0 <")
    doc = lheo.read(data)
    formation = doc.root.offres.formation[0]
    assert formation.code_niveau_entree.value.value == "0"
    assert lheo.write(doc) == data.encode("utf-8")
    formation.code_niveau_entree.value = type(formation.code_niveau_entree.value)("1")
    out = lheo.write(doc)
    assert out is not None
    assert "<code-niveau-entree>1</code-niveau-entree>" in out.decode()


def test_white_space_and_no_break_space_in_extras_are_kept() -> None:
    """An extra holding only spaces or a no-break space keeps it: read, write and migrate."""
    for content in ("   ", "\xa0", " \xa0 "):
        data = MESSY.replace(
            "\t\t</formation>",
            f'\t\t\t<extras info="E"><extra info="a">{content}</extra></extras>\n\t\t</formation>',
        )
        doc = lheo.read(data)
        extra = doc.root.offres.formation[0].extras[0].extras_or_extra[0]
        assert extra.content == [content]
        assert lheo.write(doc) == data.encode("utf-8")
        assert f'<extra info="a">{content}</extra>' in lheo.write(doc, pretty=True).decode()


def test_xml_space_preserve_is_not_reindented() -> None:
    """Mixed content under xml:space="preserve" is not indented by pretty writing."""
    inner = "<extra info='b'>1</extra>"
    data = MESSY.replace(
        "\t\t</formation>",
        f'\t\t\t<extras><extra xml:space="preserve">{inner}</extra></extras>\n\t\t</formation>',
    )
    doc = lheo.read(data)
    out = lheo.write(doc, pretty=True)
    assert out is not None
    assert '<extra xml:space="preserve"><extra info="b">1</extra></extra>' in out.decode()


def test_foreign_content_in_extras_is_written_as_read() -> None:
    """Foreign elements in an extra keep their prefixes, comments and white space."""
    foreign = (
        '<extra info="f">\n\t\t\t\t<x:data xmlns:x="urn:x" x:k="1"><!-- note -->'
        "<x:v>1</x:v></x:data>\n\t\t\t</extra>"
    )
    data = MESSY.replace("\t\t</formation>", f"\t\t\t<extras>{foreign}</extras>\n\t\t</formation>")
    doc = lheo.read(data)
    assert lheo.write(doc) == data.encode("utf-8")
    # Changed content is written as lheo writes it: the data stays.
    extra = doc.root.offres.formation[0].extras[0].extras_or_extra[0]
    extra.content.append("fin")
    out = lheo.write(doc)
    assert out is not None
    assert c14n(out, strip=True).count("urn:x") >= 1 and "fin" in out.decode()


def test_doctype_comment_and_pi_before_root_and_after() -> None:
    """Document-level nodes keep their place (the DOCTYPE is written back, never read)."""
    doc = lheo.read(MESSY)
    out = lheo.write(doc)
    assert out is not None
    head = out.decode().split("<lheo ", 1)[0]
    assert head.endswith('<!-- export du 2025-01-01 -->\n<?producteur version="3.2"?>\n')
    assert out.decode().endswith("</lheo>\n<!-- fin de l'export -->\n")


# --- lenient reading: unknown content is kept where it was ----------------------------------

MISSPELT = MESSY.replace(
    "<contact-formation><coordonnees><nom>N</nom></coordonnees></contact-formation>",
    "<contact-formation><coordonneFs><nom>N</nom><courriel>n@x.fr</courriel></coordonneFs>"
    "</contact-formation>",
)


def test_misspelt_block_is_kept_and_reported() -> None:
    """A misspelt element and its whole content come back where they were, with an issue."""
    doc = lheo.read(MISSPELT, strict=False)
    assert lheo.write(doc) == MISSPELT.encode("utf-8")
    kept = [issue for issue in doc.issues if issue.content]
    assert len(kept) == 1
    issue = kept[0]
    assert (
        issue.line
        == MISSPELT.splitlines().index(
            next(line for line in MISSPELT.splitlines() if "coordonneFs" in line)
        )
        + 1
    )
    assert issue.path == "/lheo/offres/formation[1]/contact-formation[1]/coordonneFs"
    assert issue.content == ("<coordonneFs><nom>N</nom><courriel>n@x.fr</courriel></coordonneFs>")
    assert "kept as written" in issue.message
    # The schema's own complaint is there too.
    assert any(i.level == "error" and "coordonneFs" in i.message for i in doc.issues)


def test_strict_reading_refuses_what_the_schema_refuses() -> None:
    """Strict read = validation first: the whole report, no object."""
    with pytest.raises(lheo.ValidationError) as caught:
        lheo.read(MISSPELT)
    assert caught.value.report == lheo.validate(MISSPELT)
    assert caught.value.issues[0].path == (
        "/lheo/offres/formation[1]/contact-formation[1]/coordonneFs"
    )


@pytest.mark.parametrize(
    "change",
    [
        # elements in the wrong order
        lambda s: s.replace(
            "\t\t\t<objectif-formation>Objectif</objectif-formation>\n"
            "\t\t\t<resultats-attendus>R</resultats-attendus>\n",
            "\t\t\t<resultats-attendus>R</resultats-attendus>\n"
            "\t\t\t<objectif-formation>Objectif</objectif-formation>\n",
        ),
        # a required child missing
        lambda s: s.replace("\t\t\t<objectif-formation>Objectif</objectif-formation>\n", ""),
        # an empty offres
        lambda s: s[: s.index("\t\t<!-- première")] + s[s.index("\t</offres>") :],
        # an unknown attribute, and a formation in the wrong place
        lambda s: s.replace("<offres>", '<offres couleur="bleu">'),
        lambda s: s.replace(
            "\t\t\t</action>",
            "\t\t\t\t<formation><intitule-formation>x</intitule-formation></formation>\n"
            "\t\t\t</action>",
        ),
    ],
    ids=["order", "missing", "empty-offres", "attribute", "misplaced-formation"],
)
def test_invalid_documents(change: object) -> None:
    """Strict: ValidationError. Lenient: read, reported, and written back unchanged."""
    data = change(MESSY)  # type: ignore[operator]
    assert data != MESSY
    report = lheo.validate(data)
    assert not report.ok
    with pytest.raises(lheo.ValidationError) as caught:
        lheo.read(data)
    assert caught.value.issues == report.errors
    doc = lheo.read(data, strict=False)
    assert [i for i in doc.issues if i.level == "error"] == report.errors
    assert lheo.write(doc) == data.encode("utf-8")
    again = lheo.validate(doc).errors
    assert [(e.line, e.path, e.message) for e in again] == [
        (e.line, e.path, e.message) for e in report.errors
    ]


def test_xsi_type_document_says_what_it_cannot_keep() -> None:
    """Bound by xsdata's own parser (xsi:type), a document loses its layout: write refuses."""
    data = MESSY.replace(
        "<code-FORMACODE>22454",
        '<code-FORMACODE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:type="code-FORMACODE-type">22454',
    )
    doc = lheo.read(data, strict=False)
    assert doc.losses and doc.losses[0] in doc.issues
    with pytest.raises(lheo.LheoError, match="allow_loss"):
        lheo.write(doc)
    out = lheo.write(doc, allow_loss=True)
    assert out is not None and b"<!--" not in out
    assert lheo.validate(doc).ok


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE lheo SYSTEM "http://lheo.gouv.fr/2.3/lheo.dtd">',
        '<!DOCTYPE lheo PUBLIC "-//LHEO//DTD LHEO 2.3//FR" "lheo.dtd">',
        "<!DOCTYPE lheo [\n<!ELEMENT lheo ANY>\n]>",
    ],
    ids=["system-url", "public", "internal-subset"],
)
def test_doctype_is_written_back(doctype: str) -> None:
    """A DOCTYPE (never resolved when read) is written back as it was."""
    data = MESSY.replace("<!-- export", doctype + "\n<!-- export", 1)
    assert lheo.write(lheo.read(data)) == data.encode("utf-8")


@pytest.mark.parametrize("content", ["   ", "\xa0", " \xa0 "])
def test_migration_keeps_white_space_extras_and_the_check_sees_them(content: str) -> None:
    """Migrated, an extra of spaces or a no-break space stays; losing it is detected."""
    from lxml import etree

    from lheo.migration import check_nothing_lost, migrate_tree

    source = (ROOT / "examples" / "data" / "onisep-2.2.xml").read_text(encoding="utf-8")
    cut = source.index("</formation>")
    data = source[:cut] + f'<extras info="E"><extra info="a">{content}</extra></extras>'
    data += source[cut:]
    result = lheo.migrate(data.encode("utf-8"))
    out = lheo.write(result.document)
    assert out is not None and f'<extra info="a">{content}</extra>'.encode() in out
    root = etree.fromstring(data.encode("utf-8"))
    migrated, report = migrate_tree(copy.deepcopy(root))
    assert check_nothing_lost(root, migrated, report) == []
    for extra in migrated.iter("{*}extra"):
        if extra.get("info") == "a":
            extra.text = None
    assert check_nothing_lost(root, migrated, report) == [content.strip(" ") or content]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_streamed_items_keep_declarations_below_the_root_in_any_encoding(encoding: str) -> None:
    # The stream binder keeps them only where the reader says the flow may hold some: in
    # UTF-16 the bytes do not tell, so they are kept as lheo.read keeps them.
    import io
    import re

    from lxml import etree

    catalogue = Path(__file__).parent.parent / "examples" / "data" / "catalogue-2.3.xml"
    formation = re.findall(
        r"<formation .*?</formation>", catalogue.read_text(encoding="utf-8"), re.S
    )[0].replace("<intitule-formation>", '<intitule-formation xmlns:z="urn:z">', 1)
    data = (
        f'<?xml version="1.0" encoding="{encoding.upper()}"?>\n<lheo xmlns="{NS}">\n'
        f"<offres>\n{formation}\n</offres>\n</lheo>\n"
    ).encode(encoding)
    with lheo.iter_formations(data) as stream:
        items = list(stream)
    out = io.BytesIO()
    with lheo.StreamWriter(out, version="2.3") as writer:
        for item in items:
            writer.write(item)
    written = [etree.fromstring(out.getvalue()), etree.fromstring(lheo.write(lheo.read(data)))]
    for root in written:
        title = root.find(f".//{{{NS}}}intitule-formation")
        assert title is not None and title.nsmap.get("z") == "urn:z"
