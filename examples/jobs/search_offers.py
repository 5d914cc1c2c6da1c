"""Job 6 with lheo: the actions of a LHÉO flow whose title contains a word (accents and case
ignored) in one département, as Parcours 3 summaries.

    python examples/jobs/search_offers.py [FLOW] [WORD] [DEPARTEMENT]
"""

import sys

import lheo


def main(source="examples/data/catalogue-2.3.xml", word="informatique", departement="57"):
    for hit in lheo.search(source, title_contains=word, departement=departement):
        debuts = (f"{d:%Y%m%d}" for d in hit.debuts)
        print(hit.numero, hit.organisme, hit.ville, *debuts)


if __name__ == "__main__":
    main(*sys.argv[1:])
