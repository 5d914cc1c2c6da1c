"""Runtime of the typed views: lxml element classes whose properties convert on access.

The generated modules (:mod:`lheo.views.v2_3`…) declare one :class:`ElementView` subclass per
element of a version, with one descriptor per child or attribute, in schema order (the
python-pptx ``oxml`` design). The descriptors read and write the lxml tree itself: a view
holds no state of its own, so everything of the source (comments, attribute order, unknown
content) stays where it was, and writing an unmodified tree is ``tostring``.

Values on access: text → ``str``; ``AAAAMMJJ`` dates → ``datetime.date`` (``None`` for
unknown, partial or impossible dates, whose raw text :meth:`ElementView.raw` gives);
``xs:dateTime`` attributes → ``datetime``; integers → ``int``; coded elements →
:class:`lheo.Code` with its table label. An element that is absent reads ``None``; an empty
coded, date or integer element reads ``None`` too (an empty text element reads ``""``).

Added in 0.2.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Generic, SupportsIndex, TypeVar, overload

from lxml import etree

from lheo import _xml
from lheo._values import (
    UNKNOWN_DATES,
    Code,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
)
from lheo.errors import InvalidValueError
from lheo.versions import Version

__all__ = [
    "Attr",
    "Child",
    "ElementView",
    "Many",
    "One",
    "Own",
    "Value",
    "ValueList",
    "Values",
    "ViewList",
    "register",
]

V = TypeVar("V", bound="ElementView")
T = TypeVar("T")
#: What a setter accepts (``str | int`` for a code, ``date | str`` for a date…).
S = TypeVar("S")

_DATE_DIGITS = 8
# Most distinct texts a coded kind keeps read (codes of an invalid flow could be anything).
_MAX_CODES = 1024

# Characters XML 1.0 cannot hold (lxml would refuse them with a bare ValueError).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# ---------------------------------------------------------------------------------------
# Lexical kinds: text ↔ plain value, with the checks of the schema's facets


class Kind(Generic[T]):
    """How a leaf's text reads as a plain value and how a value is written back, checked."""

    __slots__ = ()

    def read(self, text: str | None) -> T | None:
        """The plain value of ``text`` (``None`` for an absent value)."""
        raise NotImplementedError

    def write(self, value: object, path: str) -> str:
        """The lexical form of ``value``, or :class:`InvalidValueError` naming ``path``."""
        raise NotImplementedError

    def describe(self) -> str:
        """What the kind allows, in words (the ``allowed`` of an error)."""
        raise NotImplementedError


class Text(Kind[str]):
    """``xs:string`` with optional length facets."""

    __slots__ = ("high", "low")

    def __init__(self, low: int | None = None, high: int | None = None) -> None:
        self.low = low
        self.high = high

    def read(self, text: str | None) -> str | None:
        """The text as is (``""`` for an empty element)."""
        return text if text is not None else ""

    def write(self, value: object, path: str) -> str:
        """The text itself, if it is a ``str`` within the length facets."""
        if not isinstance(value, str):
            raise InvalidValueError(path, value, self.describe())
        bad = _NOT_XML.search(value)
        if bad:
            allowed = f"{self.describe()}, without U+{ord(bad.group()):04X} (not an XML character)"
            raise InvalidValueError(path, value, allowed)
        if (self.low is not None and len(value) < self.low) or (
            self.high is not None and len(value) > self.high
        ):
            raise InvalidValueError(path, value, self.describe())
        return value

    def describe(self) -> str:
        """E.g. ``"a text of 1 to 255 characters"``."""
        if self.low is None and self.high is None:
            return "a text"
        if self.low == self.high:
            return f"a text of exactly {self.low} characters"
        if self.low is None or self.low == 0:
            return f"a text of at most {self.high} characters"
        if self.high is None:
            return f"a text of at least {self.low} characters"
        return f"a text of {self.low} to {self.high} characters"


class Date(Kind[_dt.date]):
    """``date-aaaammjj``: ``AAAAMMJJ`` (``AAAAMM00`` a month, ``AAAA0000`` a year…)."""

    __slots__ = ("empty",)

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def read(self, text: str | None) -> _dt.date | None:
        """The date, or ``None`` when unknown, partial, impossible or empty."""
        return parse_date(text)

    def write(self, value: object, path: str) -> str:
        """A ``date`` (or ``datetime``) → ``AAAAMMJJ``; a ``str`` is checked as lexical form."""
        if isinstance(value, _dt.date):
            return format_date(value)
        if isinstance(value, str):
            if value == "" and self.empty:
                return value
            if value in UNKNOWN_DATES or parse_date(value) is not None:
                return value
            if len(value) == _DATE_DIGITS and value.isascii() and value.isdigit():
                # A month (AAAAMM00) or a year (AAAA0000): 00 marks the unknown parts.
                month, day = int(value[4:6]), int(value[6:])
                if day == 0 and month <= 12:
                    return value
        raise InvalidValueError(path, value, self.describe())

    def describe(self) -> str:
        """What a date element accepts."""
        extra = " or the empty text" if self.empty else ""
        return (
            "a datetime.date, or an AAAAMMJJ text that exists (AAAAMM00 a month, AAAA0000 a "
            f"year, 00000000 or 99999999 unknown){extra}"
        )


class Integer(Kind[int]):
    """``nombre`` (``xs:long``), or a digit string in 1.3.0's ``nombre-ou-vide``."""

    __slots__ = ("empty",)

    def __init__(self, empty: bool = False) -> None:
        self.empty = empty

    def read(self, text: str | None) -> int | None:
        """The integer, or ``None`` for an empty or non-numeric text."""
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            return None

    def write(self, value: object, path: str) -> str:
        """An ``int`` (not a ``bool``) → its decimal digits."""
        if isinstance(value, int) and not isinstance(value, bool):
            if not self.empty or value >= 0:
                return str(value)
        raise InvalidValueError(path, value, self.describe())

    def describe(self) -> str:
        """What an integer element accepts."""
        return "a non-negative int" if self.empty else "an int"


class Coded(Kind[Code]):
    """A ``dict-*`` element: a code of its schema enumeration, read as :class:`lheo.Code`.

    The label comes from the version's code table of the same name (``None`` when the
    version has no such table, as 1.3.0's ``dict-financeurs``, or the code is not in it).
    """

    __slots__ = ("_labels", "_read", "codes", "empty", "table", "version")

    def __init__(
        self, version: str, table: str, codes: tuple[str, ...], empty: bool = False
    ) -> None:
        self.version = version
        self.table = table
        self.codes = frozenset(codes)
        self.empty = empty
        self._labels: Mapping[str, str] | None = None
        # Text → its Code, made once: a flow repeats a few codes thousands of times.
        self._read: dict[str, Code] = {}

    @property
    def labels(self) -> Mapping[str, str]:
        """The table (code → label), loaded on first use (empty when there is none)."""
        if self._labels is None:
            from lheo import tables

            try:
                self._labels = dict(tables.get(self.version, self.table))
            except KeyError:
                self._labels = {}
        return self._labels

    def read(self, text: str | None) -> Code | None:
        """The code with its label (``None`` for an empty element)."""
        if not text:
            return None
        found = self._read.get(text)
        if found is None:
            code = text.strip()
            if not code:
                return None
            found = Code(code, self.table, self.labels)
            if len(self._read) < _MAX_CODES:
                self._read[text] = found
        return found

    def write(self, value: object, path: str) -> str:
        """A code of the enumeration, as ``str`` or ``int`` (``14`` → ``"14"``)."""
        code = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if isinstance(code, str) and (code in self.codes or (code == "" and self.empty)):
            return code
        raise InvalidValueError(path, value, self.describe())

    def describe(self) -> str:
        """E.g. ``"a code of dict-niveaux: 0, 1, …"``."""
        listed = [code for code in self.labels if code in self.codes]
        listed += sorted(self.codes.difference(listed))
        return f"a code of {self.table}: {', '.join(listed)}"


class DateTime(Kind[_dt.datetime]):
    """``xs:dateTime`` (the ``horodatage-*`` attributes)."""

    __slots__ = ()

    def read(self, text: str | None) -> _dt.datetime | None:
        """An aware or naive ``datetime``, or ``None`` when absent or not a dateTime."""
        return parse_datetime(text)

    def write(self, value: object, path: str) -> str:
        """A ``datetime`` → its ``xs:dateTime`` form."""
        if isinstance(value, _dt.datetime):
            return format_datetime(value)
        if isinstance(value, str) and parse_datetime(value) is not None:
            return value
        raise InvalidValueError(path, value, self.describe())

    def describe(self) -> str:
        """What a dateTime accepts."""
        return "a datetime (or an xs:dateTime text)"


# ---------------------------------------------------------------------------------------
# The element base class


class ElementView(etree.ElementBase):
    """Base of every generated view class: an lxml element with typed properties.

    A view is the lxml element itself (``etree.ElementBase``): every lxml method works on it,
    and it holds no state of its own. Each generated subclass names its element
    (``"formation"``), its version and its children in schema order.

    Added in 0.2.
    """

    #: Local name of the element.
    _name: ClassVar[str] = ""
    #: The version the class belongs to.
    _version: ClassVar[Version]
    #: Clark names of the children in schema order → their rank (members of one choice
    #: share a rank).
    _order: ClassVar[Mapping[str, int]] = {}
    #: The descriptor of each child and attribute, by XML name.
    _fields: ClassVar[Mapping[str, Field]] = {}

    def __bool__(self) -> bool:
        # lxml elements are false when childless (and warn about it): a view is an object that
        # exists, as an attrs binding is, so that ``if formation.url_formation:`` means "present".
        return True

    @property
    def path(self) -> str:
        """The element's path in its document (``/lheo/offres/formation[2]``)."""
        return _xml.element_path(self, self._version.repeatable)

    def raw(self, name: str) -> str | None:
        """The lexical text of a child leaf or an attribute, as written (``None``: absent).

        ``name`` is the XML name (``"debut"``, ``"horodatage-creation"``) or the property
        name (``"code_niveau_entree"``); a repeated leaf gives its first occurrence. This is
        how to reach a date that reads ``None`` (``"00000000"``, ``"20221345"``).
        """
        field = self._field(name)
        if isinstance(field, Attr):
            value = self.get(field.xml)
            return None if value is None else str(value)
        el = self._first(field.qname)
        return None if el is None else (el.text or "")

    def child(self, name: str) -> ElementView | None:
        """The first child element ``name`` itself (a leaf too, with its attributes)."""
        field = self._field(name)
        if isinstance(field, Attr):
            raise KeyError(f"{name!r} is an attribute of <{self._name}>, not a child")
        found: ElementView | None = self._first(field.qname)
        return found

    def make(self, name: str) -> ElementView:
        """A new, empty, detached child element ``name`` of this element's version.

        Add it with a list's ``append``/``insert`` or by setting a single child property;
        :meth:`ViewList.append_new` does both at once.
        """
        field = self._field(name)
        if isinstance(field, Attr):
            raise KeyError(f"{name!r} is an attribute of <{self._name}>, not a child")
        el = self.makeelement(field.qname)
        assert isinstance(el, ElementView)
        return el

    def detach(self) -> ElementView:
        """A deep copy of this element in a document of its own, of the same view class.

        The copy no longer changes with the tree (nor the tree with it): to keep a formation
        while the tree is edited or dropped. (The views that ``iter_formations(...,
        view=True)`` yields are such copies already.)
        """
        import copy

        el = copy.deepcopy(self)
        assert isinstance(el, ElementView)
        return el

    def _field(self, name: str) -> Field:
        fields = type(self)._fields
        found = fields.get(name)
        if found is None:
            for field in fields.values():
                if field.attr == name:
                    return field
            known = ", ".join(sorted(fields))
            raise KeyError(f"<{self._name}> has no child or attribute {name!r}; known: {known}")
        return found

    def _first(self, qname: str) -> Any:
        for el in self.iterchildren(qname):
            return el
        return None

    def _where(self, xml: str, attribute: bool = False) -> str:
        base = self.path
        return f"{base}/@{xml}" if attribute else f"{base}/{xml}"

    def _insert(self, el: etree._Element) -> None:
        """Insert ``el`` at its schema position among this element's children.

        After the last child of the same or an earlier rank; unknown children and comments
        keep their place relative to the known ones.
        """
        order = type(self)._order
        rank = order[str(el.tag)]
        index = 0
        for position, node in enumerate(self):
            if not isinstance(node.tag, str):
                continue
            theirs = order.get(node.tag)
            if theirs is not None and theirs <= rank:
                index = position + 1
        self.insert(index, el)

    def _check_room(self, field: Field, count: int, adding: int = 1) -> None:
        if field.high is not None and count + adding > field.high:
            raise InvalidValueError(
                self._where(field.xml),
                f"{count + adding} elements",
                f"at most {field.high} <{field.xml}> in <{self._name}>",
            )

    def _check_removal(self, field: Field, count: int) -> None:
        if count - 1 < field.low:
            raise InvalidValueError(
                self._where(field.xml),
                None,
                f"at least {field.low} <{field.xml}> in <{self._name}> (the schema requires it)",
            )


def register(
    namespace: str, classes: Iterable[type[ElementView]]
) -> etree.ElementNamespaceClassLookup:
    """Register view classes under their element names in ``namespace``.

    The registry belongs to lheo's own lookup, which only lheo's view parsers carry: lxml's
    global default lookup is never changed.
    """
    registry = _LOOKUP.get_namespace(namespace)
    for cls in classes:
        cls._fields = {
            field.xml: field
            for klass in reversed(cls.__mro__)
            for field in vars(klass).values()
            if isinstance(field, Field)
        }
        registry[cls._name] = cls
    return _LOOKUP


#: The lookup lheo's view parsers carry: LHÉO namespaces get their view classes, anything
#: else (extras content in other namespaces, comments…) lxml's default classes.
_LOOKUP = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup())


def lookup() -> etree.ElementNamespaceClassLookup:
    """The element class lookup of view parsers (see :func:`register`)."""
    return _LOOKUP


# ---------------------------------------------------------------------------------------
# Descriptors


class Field:
    """What every descriptor knows: its XML name, Clark name and occurrences."""

    __slots__ = ("attr", "high", "low", "qname", "xml")

    def __init__(self, qname: str, low: int = 0, high: int | None = 1) -> None:
        self.qname = qname
        self.xml = _xml.local(qname)
        self.low = low
        self.high = high
        self.attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name


class Child(Field, Generic[V]):
    """An optional single child element: its view, or ``None``.

    Setting a view puts it in place of the current one (or at its schema position); setting
    ``None`` removes it; ``del`` too.
    """

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type) -> Child[V]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> V | None: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        for el in obj.iterchildren(self.qname):
            return el
        return None

    def __set__(self, obj: ElementView, value: V | None) -> None:
        _set_child(obj, self, value)

    def __delete__(self, obj: ElementView) -> None:
        _set_child(obj, self, None)


class One(Field, Generic[V]):
    """A required single child element: its view (``None`` only in an invalid document)."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type) -> One[V]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> V: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        for el in obj.iterchildren(self.qname):
            return el
        return None

    def __set__(self, obj: ElementView, value: V) -> None:
        _set_child(obj, self, value)


def _set_child(obj: ElementView, field: Field, value: object) -> None:
    current = obj._first(field.qname)
    if value is None:
        if current is not None:
            if field.low:
                obj._check_removal(field, 1)
            obj.remove(current)
        return
    if not isinstance(value, etree._Element) or value.tag != field.qname:
        raise InvalidValueError(
            obj._where(field.xml), value, f"a <{field.xml}> element view (or None)"
        )
    if current is not None:
        obj.replace(current, value)
    else:
        obj._insert(value)


class Many(Field, Generic[V]):
    """A repeated child element: a :class:`ViewList` of its views, in document order."""

    __slots__ = ()

    @overload
    def __get__(self, obj: None, owner: type) -> Many[V]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> ViewList[V]: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        found: ViewList[V] = ViewList(obj.iterchildren(self.qname))  # type: ignore[arg-type]
        found._parent = obj
        found._field = self
        return found


class Value(Field, Generic[T, S]):
    """A single child leaf: its plain value (``None`` when absent).

    Setting writes the lexical form in place, checked (creating the element at its schema
    position if needed); setting ``None`` removes an optional one.
    """

    __slots__ = ("kind",)

    def __init__(self, qname: str, kind: Kind[T], low: int = 0) -> None:
        super().__init__(qname, low, 1)
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Value[T, S]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> T | None: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        for el in obj.iterchildren(self.qname):
            return self.kind.read(el.text)
        return None

    def __set__(self, obj: ElementView, value: S | None) -> None:
        current = obj._first(self.qname)
        if value is None:
            if current is not None:
                obj._check_removal(self, 1)
                obj.remove(current)
            return
        text = self.kind.write(value, obj._where(self.xml))
        if current is None:
            current = obj.makeelement(self.qname)
            obj._insert(current)
        current.text = text

    def __delete__(self, obj: ElementView) -> None:
        self.__set__(obj, None)


class Values(Field, Generic[T]):
    """A repeated child leaf: a :class:`ValueList` of its plain values, in document order."""

    __slots__ = ("kind",)

    def __init__(self, qname: str, kind: Kind[T], low: int = 0, high: int | None = None) -> None:
        super().__init__(qname, low, high)
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Values[T]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> ValueList[T]: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        read = self.kind.read
        # An empty coded, date or integer leaf reads None, as a single one does.
        found: ValueList[T] = ValueList(
            read(el.text)  # type: ignore[misc]
            for el in obj.iterchildren(self.qname)
        )
        found._parent = obj
        found._field = self
        found._kind = self.kind
        return found


class Own(Generic[T, S]):
    """A leaf element's own value (``view.value``), converted as its parent reads it."""

    __slots__ = ("kind",)

    def __init__(self, kind: Kind[T]) -> None:
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Own[T, S]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> T | None: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        return self.kind.read(obj.text)

    def __set__(self, obj: ElementView, value: S) -> None:
        obj.text = self.kind.write(value, obj.path)


class Attr(Field, Generic[T, S]):
    """An attribute: its plain value (``None`` when absent); setting ``None`` removes it."""

    __slots__ = ("kind",)

    def __init__(self, name: str, kind: Kind[T]) -> None:
        super().__init__(name, 0, 1)
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type) -> Attr[T, S]: ...
    @overload
    def __get__(self, obj: ElementView, owner: type) -> T | None: ...
    def __get__(self, obj: ElementView | None, owner: type) -> Any:
        if obj is None:
            return self
        value = obj.get(self.qname)
        return None if value is None else self.kind.read(value)

    def __set__(self, obj: ElementView, value: S | None) -> None:
        if value is None:
            if self.qname in obj.attrib:
                del obj.attrib[self.qname]
            return
        obj.set(self.qname, self.kind.write(value, obj._where(self.xml, attribute=True)))

    def __delete__(self, obj: ElementView) -> None:
        self.__set__(obj, None)


# ---------------------------------------------------------------------------------------
# Lists


def _position(index: SupportsIndex, count: int) -> int:
    """Where ``list.insert(index, …)`` puts an item in a list of ``count`` items."""
    position = int(index)
    if position < 0:
        position = max(0, count + position)
    return min(position, count)


class ViewList(list[V]):
    """The views of a repeated child, in document order; changes write through to the tree.

    A list taken from a property (``action.session``): ``append``, ``insert``, ``del``,
    ``remove``, ``pop`` and item assignment change the element too, keeping the schema order
    (an appended element goes after the last one of its name, or at its schema position) and
    the schema's occurrence bounds (:class:`~lheo.InvalidValueError` otherwise). The list is
    what the element held when it was taken, kept in step by its own changes.

    Added in 0.2.
    """

    __slots__ = ("_field", "_parent")
    _parent: ElementView
    _field: Field

    def _check(self, view: object) -> ElementView:
        if not isinstance(view, ElementView) or view.tag != self._field.qname:
            raise InvalidValueError(
                self._parent._where(self._field.xml), view, f"a <{self._field.xml}> element view"
            )
        return view

    def append_new(self) -> V:
        """Create an empty element of this list's name, append it, and return its view."""
        view = self._parent.makeelement(self._field.qname)
        self.append(view)  # type: ignore[arg-type]
        return view  # type: ignore[return-value]

    def append(self, view: V) -> None:
        """Add ``view`` after the last element of the list (or at its schema position)."""
        self.insert(len(self), view)

    def extend(self, views: Iterable[V]) -> None:
        """Append each of ``views``."""
        for view in views:
            self.append(view)

    def insert(self, index: SupportsIndex, view: V) -> None:
        """Insert ``view`` before the list's ``index``-th element (``len``: at the end)."""
        el = self._check(view)
        parent, count = self._parent, len(self)
        parent._check_room(self._field, count)
        position = _position(index, count)
        if count == 0:
            parent._insert(el)
        elif position < count:
            self[position].addprevious(el)
        else:
            self[count - 1].addnext(el)
        super().insert(position, view)

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        doomed = self[index] if isinstance(index, slice) else [self[index]]
        if doomed:
            self._parent._check_removal(self._field, len(self) - len(doomed) + 1)
        for view in doomed:
            self._parent.remove(view)
        super().__delitem__(index)

    def pop(self, index: SupportsIndex = -1) -> V:
        """Remove and return the element at ``index``."""
        view = self[index]
        del self[index]
        return view

    def remove(self, view: V) -> None:
        """Remove ``view`` (an element of this list)."""
        del self[self.index(view)]

    def clear(self) -> None:
        """Remove every element of the list (if the schema lets it be empty)."""
        del self[:]

    @overload
    def __setitem__(self, index: SupportsIndex, view: V) -> None: ...
    @overload
    def __setitem__(self, index: slice, view: Iterable[V]) -> None: ...
    def __setitem__(self, index: Any, view: Any) -> None:
        if isinstance(index, slice):
            raise TypeError("slice assignment is not supported: use insert or del")
        old = self[index]
        self._parent.replace(old, self._check(view))
        super().__setitem__(index, view)


class ValueList(list[T]):
    """The plain values of a repeated leaf, in document order; changes write through.

    ``append``, ``insert``, ``del``, ``pop``, ``remove`` and item assignment write the
    checked lexical form into the tree, as :class:`ViewList` does for elements.

    Added in 0.2.
    """

    __slots__ = ("_field", "_kind", "_parent")
    _parent: ElementView
    _field: Field
    _kind: Kind[T]

    def _elements(self) -> list[etree._Element]:
        return list(self._parent.iterchildren(self._field.qname))

    def _text(self, value: object) -> str:
        return self._kind.write(value, self._parent._where(self._field.xml))

    def append(self, value: object) -> None:
        """Add an element holding ``value`` after the last one."""
        self.insert(len(self), value)

    def extend(self, values: Iterable[object]) -> None:
        """Append each of ``values``."""
        for value in values:
            self.append(value)

    def insert(self, index: SupportsIndex, value: object) -> None:
        """Insert an element holding ``value`` before the ``index``-th one."""
        text = self._text(value)
        parent, elements = self._parent, self._elements()
        parent._check_room(self._field, len(elements))
        count = len(elements)
        position = _position(index, count)
        el = parent.makeelement(self._field.qname)
        el.text = text
        if count == 0:
            parent._insert(el)
        elif position < count:
            elements[position].addprevious(el)
        else:
            elements[-1].addnext(el)
        super().insert(position, self._kind.read(text))  # type: ignore[arg-type]

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        elements = self._elements()
        doomed = elements[index] if isinstance(index, slice) else [elements[index]]
        if doomed:
            self._parent._check_removal(self._field, len(elements) - len(doomed) + 1)
        for el in doomed:
            self._parent.remove(el)
        super().__delitem__(index)

    def pop(self, index: SupportsIndex = -1) -> T:
        """Remove the element at ``index`` and return its value."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value: T) -> None:
        """Remove the first element holding ``value``."""
        del self[self.index(value)]

    def clear(self) -> None:
        """Remove every element (if the schema lets there be none)."""
        del self[:]

    @overload
    def __setitem__(self, index: SupportsIndex, value: object) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Iterable[object]) -> None: ...
    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice):
            raise TypeError("slice assignment is not supported: use insert or del")
        text = self._text(value)
        self._elements()[index].text = text
        super().__setitem__(index, self._kind.read(text))  # type: ignore[assignment]
