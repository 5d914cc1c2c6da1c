"""Binding in constant memory: the :class:`Binder` handler of :func:`lheo.iter_formations`.

Each item of a container is bound to its typed object (with its source layout, see
:mod:`lheo._layout`) as soon as the engine has read it, and handed over; the skeleton (root,
containers, trailing extras) is bound at the end. Strict reading refuses what the bindings
cannot hold with the schema errors :class:`~lheo._stream_validate.Validator` found, as
:func:`lheo.read` does.

Added in 0.2 (part of :mod:`lheo._stream` since 0.1).
"""

from __future__ import annotations

import copy
from typing import Any

from lxml import etree

from lheo import _xml
from lheo._builder import BuildError, BuildWarning, build
from lheo._compat import ParserError as XsdataParserError
from lheo._compat import XmlContextError
from lheo._engine import (
    PROBE,
    Engine,
    Handler,
    Header,
    Item,
    source_line,
)
from lheo._layout import Raw, epilog, prolog
from lheo._stream_validate import Validator
from lheo._validate import ValidationReport
from lheo.errors import Issue, LheoError, ParseError, ValidationError

__all__ = ["BIND_ERRORS", "Binder", "bind"]

#: What binding raises for content the bindings cannot hold.
BIND_ERRORS = (BuildError, XsdataParserError, XmlContextError, ValueError, TypeError)


def bind(
    element: etree._Element,
    cls: type[Any],
    strict: bool,
    found: list[BuildWarning] | None = None,
    layout: dict[str, Any] | None = None,
) -> Any:
    """Bind one element (and its subtree) to its binding class: the single binding call.

    Lenient conversions, whether the builder or its xsdata fallback made them, are appended
    to ``found``: passed along, not re-issued through :mod:`warnings`, whose state is
    process-wide (``catch_warnings`` in two threads at once leaves a recorder installed).
    ``layout``: keep the source layout, with these options of :func:`lheo._builder.build`.

    Raises:
        Exception: one of :data:`BIND_ERRORS` for content the bindings cannot hold.
    """
    if layout is None:
        return build(element, cls, strict=strict, warnings=found)
    return build(element, cls, strict=strict, warnings=found, keep_layout=True, **layout)


class Binder(Handler):
    """Binds each item of a container and hands it over; binds the skeleton at the end.

    Items met elsewhere (lenient reading) stay whole in the skeleton and are bound with it.

    Args:
        engine: the engine of the pass (``comments=True`` keeps the source layout).
        validator: the pass's validator, before this handler (its issues explain a failure).
        strict: refuse what the bindings cannot hold, and invalid items.
        skip: items already handed over by an earlier pass (a restart): not bound again.

    Attributes:
        skeleton: the typed root once the flow is read (containers hold no items).
        warnings: values kept as text (lenient reading), as :attr:`lheo.Document.issues`.
        prolog: what the document has before its root, once the header is complete.
        epilog: what it has after its root, once the flow is read.
    """

    def __init__(
        self, engine: Engine, validator: Validator, *, strict: bool, skip: int = 0
    ) -> None:
        self.engine = engine
        self.validator = validator
        self.strict = strict
        self.skip = skip
        self.skeleton: Any = None
        self.warnings: list[Issue] = []
        self.prolog: tuple[Raw, ...] = ()
        self.epilog: tuple[Raw, ...] = ()
        self._classes: dict[str, type[Any]] = {}

    # -- hooks ----------------------------------------------------------------------------

    def on_open(self, element: etree._Element) -> None:
        header = self.engine.header
        if element is not header.root:
            return
        if header.kind not in header.version.streamed_kinds:
            raise LheoError(
                f"{self.engine.name}: streaming reads <lheo>, <lheo-index> and <lheo-leger> "
                f"documents, not <{header.kind}>; use lheo.read()"
            )
        version, ns = header.version, header.namespace
        self._classes = {f"{{{ns}}}{n}": version.element_class(n) for n in version.item_names}

    def on_header(self, header: Header) -> None:
        root = header.root
        if self.engine.comments and root is not None:
            self.prolog = prolog(root)
        if header.frames and self.strict:
            self._check_head(header)

    def on_item(self, item: Item) -> Any:
        if not item.contained:
            item.keep = True  # bound with the skeleton
            return None
        if item.number <= self.skip:
            return None
        if self.strict and item.issues:
            # Strict reading is reading a valid document (as lheo.read): the first invalid
            # item ends it, with its issues.
            raise self._failure(item.issues, ValueError("invalid"))
        el = item.element
        cls = self._classes[el.tag]
        found: list[BuildWarning] = []
        # The builder leaves the element intact: a failure is explained by its issues.
        try:
            obj = bind(el, cls, self.strict, found, self._layout(el))
        except BIND_ERRORS as exc:
            self.engine.check_log()
            raise self._failure(item.issues, exc) from None
        self._warn(found, el, item.path)
        return obj

    def on_trailer(self, skeleton: etree._Element) -> None:
        """Bind the skeleton without its placeholders (items met elsewhere back in place)."""
        engine = self.engine
        if engine.comments:
            self.epilog = epilog(skeleton)
        # What a failure reports needs the placeholders: worked out first, as the skeleton
        # is then bound in place (a copy would double it, and lxml moves large items into
        # another document in quadratic time).
        failure = self.validator.skeleton_issues(skeleton, items=False)
        engine.restore(skeleton, tails=True)
        cls = engine.header.version.element_class(engine.header.kind)
        found: list[BuildWarning] = []
        try:
            obj = bind(skeleton, cls, self.strict, found, self._layout(skeleton))
        except BIND_ERRORS as exc:
            engine.check_log()
            raise self._failure(failure, exc) from None
        self._warn(found)
        self.skeleton = obj

    # -- helpers --------------------------------------------------------------------------

    def _check_head(self, header: Header) -> None:
        """Strict reading: refuse what the bindings cannot hold in the header, up front."""
        # A namespace error libxml2 reports only at the end is the error (as for lheo.read),
        # not what the bindings make of the names it left.
        self.engine.check_log()
        copies: list[etree._Element] = []
        lines: dict[etree._Element, int | None] = {}
        try:
            for el in header.frames:
                attrib = {str(k): str(v) for k, v in el.attrib.items()}
                if copies:
                    dup = etree.SubElement(copies[-1], el.tag, attrib)
                else:
                    dup = etree.Element(el.tag, attrib, nsmap=el.nsmap)  # type: ignore[arg-type]
                lines[dup] = source_line(el)  # lxml cannot set a line past 65535 on a copy
                copies.append(dup)
        except ValueError as exc:  # pragma: no cover - names libxml2 accepted, lxml refuses
            raise ParseError(f"not well-formed XML: {exc}", source=self.engine.name) from None
        shallow = copies[0]
        try:
            bind(copy.deepcopy(shallow), header.version.element_class(header.kind), True)
        except BIND_ERRORS as exc:
            # The items not read yet stand as one placeholder of no run.
            container = _xml.local(header.frames[-1].tag)
            item_local = dict(header.version.containers(header.kind))[container]
            etree.SubElement(copies[-1], f"{{{header.namespace}}}{item_local}", {PROBE: "-1"})
            issues = self.validator.skeleton_issues(shallow, items=False, lines=lines)
            raise self._failure(issues, exc) from None

    def _layout(self, item: etree._Element) -> dict[str, Any] | None:
        """The layout options of binding ``item`` (``None``: keep no layout)."""
        engine = self.engine
        root = engine.header.root
        if not engine.comments or root is None:
            return None
        depth = 0
        for _ancestor in item.iterancestors():
            depth += 1
        reader = engine.reader
        nsmap = root.nsmap
        own = nsmap.get(None)
        exotic = (
            reader is None
            or reader.declarations is None  # not counted: maybe some below the root
            or reader.declarations > len(nsmap)
            or any(prefix is not None and uri == own for prefix, uri in nsmap.items())
        )
        return {
            "indented": root.text is not None,
            "depth": depth,
            "exotic": exotic,
            "keep_namespaces": not engine.header.renamed,
        }

    def _warn(
        self, found: list[BuildWarning], base: etree._Element | None = None, path: str = ""
    ) -> None:
        pairs = self.engine.pairs
        for warning in found:
            node = warning.node
            where = ""
            if node is not None:
                # Within an item, from the item's own path: its elder siblings are gone.
                rel = _xml.relative_path(node, base, pairs) if base is not None else None
                where = path + rel if rel is not None else _xml.element_path(node, pairs)
            self.warnings.append(
                Issue(
                    message=(
                        warning.message
                        if warning.content
                        else f"value kept as text: {warning.message}"
                    ),
                    line=warning.line,
                    element=warning.element,
                    path=where,
                    source=self.engine.name,
                    level="warning",
                    content=warning.content,
                )
            )

    def _failure(self, issues: list[Issue], exc: Exception) -> ValidationError:
        header = self.engine.header
        if not issues:
            # The schema accepts it but the bindings do not: report xsdata's own reason.
            issues = [Issue(message=f"cannot bind document: {exc}", source=self.engine.name)]
        return ValidationError(
            ValidationReport(
                ok=False,
                version=header.version.value,
                kind=header.kind,
                source=self.engine.name,
                errors=issues,
            )
        )
