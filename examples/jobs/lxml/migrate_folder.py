"""Job 4 with plain lxml: move every LHÉO 2.2 flow of a folder to 2.3 and validate it.

Only the namespace change: the Onisep rules of the 2.2 → 2.3 migration (export dates, URIs,
levels, removed elements…) and the report of what changed would each need more code.
"""

import sys
from pathlib import Path

from lxml import etree

OLD, NEW = "http://www.lheo.org/2.2", "http://lheo.gouv.fr/2.3"


def migrate(path, schema):
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    for element in tree.getroot().iter(etree.Element):
        qname = etree.QName(element)
        if qname.namespace == OLD:
            element.tag = f"{{{NEW}}}{qname.localname}"
    etree.cleanup_namespaces(tree, top_nsmap={None: NEW})
    errors = [] if schema.validate(tree) else [str(e) for e in schema.error_log]
    return tree, errors


def main(folder, out_folder, schema_path):
    schema = etree.XMLSchema(etree.parse(schema_path))
    Path(out_folder).mkdir(parents=True, exist_ok=True)
    for path in sorted(Path(folder).glob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if etree.QName(root).namespace != OLD:
            continue
        tree, errors = migrate(path, schema)
        tree.write(str(Path(out_folder) / path.name), xml_declaration=True, encoding="UTF-8")
        print(path.name, "ok" if not errors else f"{len(errors)} errors: {errors[0]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
