"""Typed views: an LHÉO document as lxml elements with typed, converting properties.

``lheo.parse(source)`` gives a :class:`Tree` whose elements are instances of the generated
view classes of their version (:mod:`lheo.views.v1_3_0`, :mod:`~lheo.views.v2_2`,
:mod:`~lheo.views.v2_3`: one class per element, ``FormationView``, ``SessionView``…)::

    tree = lheo.parse("flux.xml")
    formation = tree.root.offres.formation[0]
    formation.intitule_formation              # str
    formation.code_niveau_sortie.label         # lheo.Code, with its table's label
    session = formation.action[0].session[0]
    session.periode.debut                      # datetime.date (None if unknown)
    session.periode.raw("debut")               # "00000000": the text as written

Reading: text → ``str``; ``AAAAMMJJ`` → ``datetime.date`` or ``None`` (unknown, a month or a
year, impossible: :meth:`ElementView.raw` gives the text); ``horodatage-*`` →
``datetime``; ``nombre`` → ``int``; ``dict-*`` elements → :class:`lheo.Code`; a single
child → its view or ``None``; a repeated child → a :class:`ViewList` (a repeated leaf: a
:class:`ValueList` of values) in document order; attributes → properties (``tag`` is
``tag_``). A leaf element itself, with its attributes, is :meth:`ElementView.child`.

Writing: setting a property writes the checked lexical form in place (a code of the table, a
date that exists, a text within its length; :class:`~lheo.InvalidValueError` names the path,
the value and what is allowed), creating the element at its schema position if needed;
``None`` removes an optional element or attribute. Children are added and removed through the
lists, in schema order and within the schema's bounds: ``action.session.append_new()``
creates an empty ``session`` and returns its view; ``action.session.append(view)`` adds one
(``view = action.make("session")`` makes a detached one); ``del action.session[2]``.

Views hold no state: they are the lxml elements (python-pptx's ``oxml`` design), so every lxml
method works on them, and writing an unchanged tree gives the source back.

Streaming: ``lheo.iter_formations(source, view=True)`` yields the views of the formations
(index summaries for ``lheo-index``) one at a time, in constant memory; each is a copy in a
document of its own, so keeping one is safe.

Added in 0.2.
"""

from __future__ import annotations

from lheo.views._base import ElementView, ValueList, ViewList, lookup
from lheo.views._tree import Tree, parse, views_module

__all__ = ["ElementView", "Tree", "ValueList", "ViewList", "lookup", "parse", "views_module"]
