"""Writing: the document as it was read (or lheo's own layout), UTF-8, atomic on paths."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

import attrs

from lheo import _context
from lheo._document import Document
from lheo._emitter import LayoutLost, emit
from lheo._files import atomic_write as atomic_write  # the one atomic writer, re-exported
from lheo._validate import ValidationReport, validate_bytes
from lheo.errors import Issue, LheoError, ValidationError
from lheo.versions import Version

__all__ = ["write"]


# ---------------------------------------------------------------------------------------
# Required lists: a list field with minOccurs >= 1 defaults to empty (attrs needs a
# default), so a program that forgets `session` builds fine; writing says so, with the path.

#: One child field to visit: (attribute name, element name, is a list).
_Child = tuple[str, str, bool]

# Classes whose plan is being made (the class graph has cycles, through extras).
_PLANNING: set[type[Any]] = set()


_Plan = tuple[tuple[tuple[str, str, int], ...], tuple[_Child, ...]]
_PLANS: dict[type[Any], _Plan] = {}


def _required(cls: type[Any]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _make_plan(cls)
        if cls not in _PLANNING:
            _PLANS[cls] = plan
    return plan


def _make_plan(cls: type[Any]) -> _Plan:
    """The required lists of ``cls`` (field, element, minimum) and the children to visit.

    Only children that may hold a required list somewhere below are visited: the text
    leaves, most of a document, are skipped.
    """
    if not attrs.has(cls) or cls in _PLANNING:
        return (), ()
    _PLANNING.add(cls)
    try:
        meta = _context.context().build(cls)
        by_name = {var.name: var for var in meta.get_all_vars()}
        required = []
        children = []
        for field in attrs.fields(cls):
            data = field.metadata
            kind = data.get("type")
            var = by_name.get(field.name)
            if kind not in ("Element", "Elements") or var is None:
                continue
            low = int(data.get("min_occurs", 0) or 0)
            if kind == "Element" and var.list_element and low >= 1:
                required.append((field.name, var.local_name, low))
            classes = [v.clazz for v in var.elements.values()] if kind == "Elements" else []
            classes.append(var.clazz)
            if any(c is not None and any(_required(c)) for c in classes):
                children.append((field.name, var.local_name, bool(var.list_element)))
        return tuple(required), tuple(children)
    finally:
        _PLANNING.discard(cls)


def _empty_required(root: Any, kind: str, exempt: frozenset[tuple[str, str]]) -> list[Issue]:
    """The empty required lists below ``root``, in document order.

    One loop over a stack, and each path made only for a list found empty: a large flow
    holds hundreds of thousands of objects to visit.
    """
    found: list[Issue] = []
    # (object, parent entry, element name, position in its list or 0)
    stack: list[tuple[Any, Any, str, int]] = [(root, None, kind, 0)]
    pop, push = stack.pop, stack.extend
    plans = _PLANS
    while stack:
        entry = pop()
        obj = entry[0]
        cls = obj.__class__
        plan = plans.get(cls) or _required(cls)
        required, children = plan
        for name, element, low in required:
            if len(getattr(obj, name)) < low and (entry[2], element) not in exempt:
                path = _path(entry)
                what = "one" if low == 1 else str(low)
                found.append(
                    Issue(
                        path=path,
                        element=entry[2],
                        message=f"{cls.__name__} {path} needs at least {what} {element}",
                        expected=element,
                    )
                )
        if not children:
            continue
        below: list[tuple[Any, Any, str, int]] = []
        for name, element, repeated in children:
            value = getattr(obj, name)
            if value is None:
                continue
            if repeated:
                below.extend((item, entry, element, index) for index, item in enumerate(value, 1))
            else:
                below.append((value, entry, element, 0))
        below.reverse()
        push(below)
    return found


def _path(entry: tuple[Any, Any, str, int]) -> str:
    steps = []
    node: Any = entry
    while node is not None:
        obj, parent, element, index = node
        name = _name(obj, element)
        steps.append(f"{name}[{index}]" if index else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _name(item: Any, element: str) -> str:
    # A choice field holds several elements: each item names its own.
    meta = getattr(type(item), "Meta", None)
    return getattr(meta, "name", element)


def check_required(root: Any, version: Version, source: str = "<document>") -> None:
    """Refuse a tree of objects where a required list (``minOccurs`` ≥ 1) is empty.

    The item lists of a document (``offres``' formations, an index's summaries: see
    :meth:`Version.containers`) may be empty: a flow with nothing to offer today is what the
    streaming writer and a migration of an empty flow write, as :func:`write` always has
    (the schema refuses it; ``validate=True`` says so).

    Raises:
        ValidationError: naming every such list by its path (``"Action
            /lheo/offres/formation[1]/action[1] needs at least one session"``); a
            :class:`~lheo.ValidationError` because the document would not be valid, so that
            ``except lheo.ValidationError`` covers it and ``write(..., validate=True)`` alike.
    """
    kind = _name(root, type(root).__name__)
    exempt = frozenset(version.containers(kind))
    issues = [
        attrs.evolve(issue, source=source) for issue in _empty_required(root, f"/{kind}", exempt)
    ]
    if issues:
        report = ValidationReport(
            ok=False, version=version.value, kind=kind, source=source, errors=issues
        )
        raise ValidationError(report)


def to_bytes(obj: Document | Any, *, pretty: bool | None = True, allow_loss: bool = False) -> bytes:
    """Serialise a document or root binding to UTF-8 bytes with an XML declaration.

    ``pretty=None`` writes the source's own white space (indented as lheo indents where the
    objects changed); ``True``/``False`` write lheo's indentation or none. Comments, order
    and unknown content of the source are written in every case.

    Raises:
        LheoError: the document lost content at reading, or its layout cannot be followed,
            and ``allow_loss`` is false.
    """
    if isinstance(obj, Document):
        root, version, xsi = obj.root, obj.version, obj.xsi
        if obj.losses and not allow_loss:
            raise LheoError(f"{obj.source}: writing would lose content: {obj.losses[0].message}")
    else:
        root, version, xsi = obj, Version.of_binding(obj), {}
    keep = pretty is None
    if pretty is None:
        layout = getattr(root, "_lheo_layout", None)
        indented = getattr(layout, "indented", None)
        pretty = True if indented is None else indented
    try:
        return emit(root, namespace=version.namespace, pretty=pretty, xsi=xsi, keep=keep)
    except LayoutLost:
        if not allow_loss:
            raise LheoError(
                "this document cannot be written keeping its source layout (comments, "
                "attribute order, unknown content...); lheo.write(..., allow_loss=True) "
                "writes it without"
            ) from None
        from lheo._emitter import _xsdata_bytes

        return _xsdata_bytes(root, version.namespace, pretty, xsi)


def write(
    obj: Document | Any,
    target: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    pretty: bool | None = None,
    allow_loss: bool = False,
    validate: bool = False,
) -> bytes | None:
    """Write a document (or any root binding) as LHÉO XML.

    A document read by :func:`lheo.read` is written as it was read: comments, processing
    instructions, DOCTYPE, attribute order, white space, element order and (lenient reading)
    unknown elements and attributes come back where they were; what the program changed is
    written in lheo's layout. The output is UTF-8 with an XML declaration; a new document
    uses the version's namespace as the default namespace (no ``ns0:`` prefixes) and is
    deterministic. Writing to a path is atomic: the bytes go to a temporary file in the same
    folder, renamed over the target only once complete, so a failure never leaves a
    half-written file.

    Args:
        obj: a :class:`Document` or a root binding object (e.g. :class:`lheo.v2_3.Lheo`).
        target: ``None`` to get the bytes back, a path, or a binary file object.
        pretty: ``None`` (default) keeps the source's white space (a new document is
            indented); ``True`` re-indents everything by two spaces, ``False`` writes it
            compact. Comments, order and unknown content are kept either way.
        allow_loss: write even a document whose source layout cannot be kept (see
            :attr:`Document.losses`), without it, instead of raising.
        validate: validate the output against the version's schema first, and write nothing
            (no file, not even a temporary one) when it is invalid.

    Returns:
        The bytes when ``target`` is ``None``, otherwise ``None``.

    Raises:
        ValidationError: a required list (``minOccurs`` ≥ 1, e.g. an action's ``session``) is
            empty, the message naming its path; or ``validate`` is true and the document is
            invalid (the error carries the full report).
        LheoError: the object cannot be serialised (e.g. not an LHÉO binding), or writing
            would lose content of the source and ``allow_loss`` is false.
        OSError: the target cannot be written.

    Added in 0.1. Changed in 0.2: keeps the source layout; ``pretty=None``, ``allow_loss``;
    ``validate``; empty required lists are refused.
    """
    if isinstance(obj, Document):
        # A lenient read that reported issues is written back as it was read.
        if not obj.issues:
            check_required(obj.root, obj.version, obj.source)
    elif attrs.has(type(obj)):
        try:
            version = Version.of_binding(obj)
        except LheoError:
            version = None  # to_bytes says what is wrong
        if version is not None:
            check_required(obj, version)
    try:
        data = to_bytes(obj, pretty=pretty, allow_loss=allow_loss)
    except LheoError:
        raise
    except Exception as exc:  # xsdata raises plain exceptions on unserialisable values
        raise LheoError(f"cannot serialise {type(obj).__name__}: {exc}") from exc
    if validate:
        version = obj.version if isinstance(obj, Document) else Version.of_binding(obj)
        source = obj.source if isinstance(obj, Document) else "<document>"
        validate_bytes(data, version, source).raise_for_errors()
    if target is None:
        return data
    if isinstance(target, (str, os.PathLike)):
        atomic_write(Path(target), data)
    else:
        target.write(data)
    return None
