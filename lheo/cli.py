"""The ``lheo`` command line: ``info``, ``validate``, ``convert``, ``migrate``, ``diff``, etc.

Exit codes, for every command: 0 success, 1 invalid document, 2 usage or input error (an
input that is missing, empty, not XML or not LHÉO; an output that cannot be written; a bad
option). ``validate`` with several files exits 2 if any input could not be read, else 1 if
any document is invalid; ``diff`` exits 1 when the two flows differ. ``-`` as FILE reads
standard input; ``-o -`` writes standard output.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, NoReturn, cast

import click

import lheo
from lheo._progress import StdinSource, count_progress, input_size, progress_source
from lheo._validate import STREAM_THRESHOLD
from lheo.errors import Issue, LheoError, ValidationError

#: Exit codes.
EXIT_OK, EXIT_INVALID, EXIT_INPUT = 0, 1, 2

#: Issues printed before "and N more".
SHOWN = 10

# Inputs smaller than this get no progress bar (it would only flash).
_PROGRESS_MIN = 4 * 1024 * 1024


def _cli_text(message: str) -> str:
    """Library messages in command-line syntax: ``version='1.3.0'`` → ``--lheo-version 1.3.0``."""
    message = re.sub(r"\bversion='([^']*)'", r"--lheo-version \1", message)
    return message.replace("pass version=", "pass --lheo-version")


def _fail(message: str, code: int = EXIT_INPUT) -> NoReturn:
    click.echo(f"lheo: error: {_cli_text(message)}", err=True)
    sys.exit(code)


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        # Every failure exits 2 (1 for an invalid document) with one line on stderr, never a
        # traceback.
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(EXIT_INPUT)
        except click.exceptions.Abort:
            click.echo("aborted", err=True)
            sys.exit(EXIT_INPUT)
        except ValidationError as exc:
            _fail(str(exc), EXIT_INVALID)
        except LheoError as exc:
            _fail(str(exc))
        except BrokenPipeError:
            # The reader of our output went away (lheo info … | head): nothing to say.
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - no flush error at exit
            sys.exit(EXIT_INPUT)
        except OSError as exc:
            _fail(exc.strerror or str(exc))


def _version_option(help: str) -> Callable[[Any], Any]:  # noqa: A002 - click's own name
    return click.option(
        "--lheo-version",
        "lheo_version",
        type=click.Choice([v.value for v in lheo.Version]),
        default=None,
        help=help,
    )


_LHEO_VERSION = _version_option(
    "LHÉO version of a document whose root element has no namespace (its version cannot be "
    "detected then)."
)
_FORMAT = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output for people (text) or for programs (json, on standard output).",
)
_STREAM = click.option(
    "--stream/--no-stream",
    default=None,
    help="Work in constant memory, or load the whole document; by default, only files over "
    f"{STREAM_THRESHOLD // (1024 * 1024)} MB are streamed.",
)
_QUIET = click.option(
    "-q", "--quiet", is_flag=True, help="Draw no progress bar (drawn on stderr when a terminal)."
)
_FILE = click.argument("file", type=click.Path(allow_dash=True, path_type=str), metavar="FILE")
_PRETTY = click.option(
    "--pretty/--compact",
    default=None,
    help="Re-indent the output by two spaces, or write it compact. By default a copy keeps "
    "the source's own layout (white space, comments, attribute order), and a new flow is "
    "indented.",
)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    # Not click.version_option(lheo.__version__): that reads the package metadata (tens of
    # milliseconds) at every start, for the rare run that prints it.
    if value and not ctx.resilient_parsing:
        click.echo(f"lheo {lheo.__version__}")
        ctx.exit()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Print the version of the lheo library and exit.",
)
def main() -> None:
    """Read, validate, convert and migrate LHÉO XML flows (1.3.0, 2.2, 2.3).

    FILE may be '-' for standard input. Exit status: 0 success, 1 invalid document,
    2 usage or input error.
    """


# ---------------------------------------------------------------------------------------
# Helpers


def _stream_wanted(file: str, stream: bool | None) -> bool:
    if stream is not None:
        return stream
    size = input_size(file)
    return size is not None and size > STREAM_THRESHOLD


def _quiet_for(file: str, quiet: bool) -> bool:
    size = input_size(file)
    return quiet or (size is not None and size < _PROGRESS_MIN)


def _source(file: str) -> str | IO[bytes]:
    return cast(IO[bytes], StdinSource()) if file == "-" else file


def _issue_lines(issues: Sequence[Issue | str], shown: int = SHOWN) -> list[str]:
    lines = [str(issue) for issue in issues[:shown]]
    if len(issues) > shown:
        lines.append(f"and {len(issues) - shown} more")
    return lines


def _check_output(path: str | None) -> None:
    """Fail early (exit 2) on an output that cannot be written, before any work."""
    if path is not None and path != "-":
        from lheo._files import check_target

        check_target(path)


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _write_bytes(output: str, data: bytes) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        from lheo._files import AtomicFile

        with AtomicFile(output) as out:
            out.write(data)


def _write_text(output: str, text: str) -> None:
    if output == "-":
        click.echo(text, nl=False)
    else:
        from lheo._files import AtomicFile

        with AtomicFile(output, text=True) as out:
            out.write(text)


@contextlib.contextmanager
def _binary_target(output: str) -> Iterator[str | IO[bytes]]:
    """The path, or for ``-`` a spool copied to stdout once complete (never half a flow)."""
    if output != "-":
        yield output
        return
    with tempfile.TemporaryFile() as spool:
        yield cast(IO[bytes], spool)
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout.buffer)
        sys.stdout.buffer.flush()


class _Spooled:
    """A seekable copy of standard input, named ``<stdin>``, for the passes of a streamed copy."""

    name = StdinSource.name

    def __init__(self, source: IO[bytes]) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        shutil.copyfileobj(source, self._file, 1024 * 1024)
        self._file.seek(0)

    def read(self, size: int = -1) -> bytes:
        return self._file.read(size)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self._file.close()


# ---------------------------------------------------------------------------------------
# info


@main.command()
@_FILE
@_LHEO_VERSION
@_FORMAT
@_QUIET
def info(file: str, lheo_version: str | None, fmt: str, quiet: bool) -> None:
    """Show the LHÉO version, kind and counts of FILE.

    Counts formations, actions, sessions, organismes (where the schema places them) and
    extras by 'info' value, in one pass in constant memory, whatever the size.
    """
    from lheo._info import flow_info

    with progress_source(file, quiet=_quiet_for(file, quiet), desc="info") as source:
        result = flow_info(source, version=lheo_version)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(str(result))


# ---------------------------------------------------------------------------------------
# validate


def _input_error(report: lheo.ValidationReport) -> bool:
    # lheo.validate reports an input it could not read as an LHÉO document (missing, empty,
    # not XML, not LHÉO, version unknown) as one issue with no root: no kind.
    return report.kind is None


@main.command()
@click.argument(
    "files",
    nargs=-1,
    required=False,  # checked in the command: --rules may have taken the first FILE
    type=click.Path(allow_dash=True, path_type=str),
    metavar="FILE...",
)
@_LHEO_VERSION
@_FORMAT
@_STREAM
@_QUIET
@click.option(
    "--rules",
    is_flag=False,
    flag_value="all",
    default=None,
    metavar="[IDS]",
    help="Also run the data-quality rules of lheo.rules (all, or the comma-separated ids).",
)
@click.option(
    "--closed-sirets",
    default=None,
    type=click.Path(dir_okay=False, path_type=str),
    metavar="FILE",
    help="With --rules: the closed establishments for the rule siret-ferme, SIRENE's "
    "StockEtablissement CSV (.csv, .zip or .gz) or one SIRET per line.",
)
def validate(
    files: tuple[str, ...],
    lheo_version: str | None,
    fmt: str,
    stream: bool | None,
    quiet: bool,
    rules: str | None,
    closed_sirets: str | None,
) -> None:
    """Validate each FILE against the XSD of its LHÉO version (xmllint-style output).

    Exits 2 if any FILE could not be read as an LHÉO document (missing, empty, not XML,
    not LHÉO), else 1 if any is invalid (or, with --rules, has a "bloquant" finding), else 0.
    """
    if rules is not None and (not _RULE_IDS.fullmatch(rules) or os.path.exists(rules)):
        # "--rules FLUX.xml": the option's value is optional, click took the first FILE.
        files, rules = (rules, *files), "all"
    if not files:
        raise click.UsageError("Missing argument 'FILE...'.")
    if files.count("-") > 1:
        raise click.UsageError("standard input ('-') can be read only once")
    if rules is not None and "-" in files:
        raise click.UsageError("--rules reads each FILE again: not standard input ('-')")
    wanted = None if rules in (None, "all") else [r.strip() for r in rules.split(",")]
    closed = None
    if closed_sirets is not None:
        if rules is None:
            raise click.UsageError("--closed-sirets is read by the rules: add --rules")
        from lheo.referentials import ClosedSirets

        closed = ClosedSirets.from_file(closed_sirets)
    elif wanted is not None and "siret-ferme" in wanted:
        raise click.UsageError("the rule siret-ferme needs --closed-sirets FILE")
    reports: list[lheo.ValidationReport] = []
    for file in files:
        if _stream_wanted(file, stream):
            with progress_source(file, quiet=quiet, desc=os.path.basename(file)) as source:
                reports.append(lheo.validate(source, version=lheo_version, stream=True))
        else:
            reports.append(lheo.validate(_source(file), version=lheo_version, stream=False))
    found = [
        _findings(file, lheo_version, wanted, closed)
        if rules is not None and not _input_error(r)
        else []
        for file, r in zip(files, reports, strict=True)
    ]
    if fmt == "json":
        data = [{**r.to_dict(), "input_error": _input_error(r)} for r in reports]
        if rules is not None:
            for entry, findings in zip(data, found, strict=True):
                entry["findings"] = [f.to_dict() for f in findings]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for report, findings in zip(reports, found, strict=True):
            if _input_error(report):
                for issue in report.errors:
                    where = issue.source
                    if issue.line is not None:
                        where += f":{issue.line}"
                        if issue.column is not None:
                            where += f":{issue.column}"
                    click.echo(f"lheo: error: {where}: {_cli_text(issue.message)}", err=True)
            else:
                click.echo(str(report), err=not report.ok)
            if rules is not None and not _input_error(report):
                _echo_findings(report.source, findings)
    if any(_input_error(r) for r in reports):
        sys.exit(EXIT_INPUT)
    blocking = any(f.severity == "bloquant" for findings in found for f in findings)
    if not all(r.ok for r in reports) or blocking:
        sys.exit(EXIT_INVALID)


_RULE_IDS = re.compile(r"[a-z0-9-]+(?:,[a-z0-9-]+)*")


def _findings(
    file: str, version: str | None, wanted: list[str] | None, closed: Any = None
) -> list[Any]:
    """The data-quality findings of a file (lheo.rules), or exit 2 for an unknown rule id."""
    import lheo.rules

    try:
        return lheo.rules.check(file, rules=wanted, version=version, closed_sirets=closed)
    except lheo.rules.UnknownRuleError as exc:
        raise click.UsageError(str(exc)) from None
    except LheoError as exc:  # pragma: no cover - validation reported the input already
        _fail(f"{file}: {exc}", EXIT_INPUT)


def _echo_findings(source: str, findings: Sequence[Any]) -> None:
    """The findings like validation issues: bloquant ones on stderr, then a count."""
    for finding in findings:
        click.echo(str(finding), err=finding.severity == "bloquant")
    blocking = sum(f.severity == "bloquant" for f in findings)
    click.echo(
        f"{source}: {blocking} bloquant(s), {len(findings) - blocking} avertissement(s)",
        err=blocking > 0,
    )


# ---------------------------------------------------------------------------------------
# convert


def _refuse_invalid(exc: ValidationError, file: str) -> NoReturn:
    for line in _issue_lines(exc.issues):
        click.echo(line, err=True)
    name = "standard input" if file == "-" else file
    _fail(
        f"{name} not converted: the bindings cannot hold it (--lenient converts it anyway)",
        EXIT_INVALID,
    )


def _say_lenient(issues: Sequence[Issue], name: str) -> None:
    if not issues:
        return
    click.echo(f"lheo: {len(issues)} issue(s) in {name}, read leniently:", err=True)
    for line in _issue_lines(issues):
        click.echo(f"  {line}", err=True)


@main.command()
@_FILE
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(allow_dash=True, path_type=str),
    help="Where to write the copy ('-' for standard output). A file is written atomically: "
    "it is replaced only once the copy is complete.",
)
@_LHEO_VERSION
@_PRETTY
@click.option(
    "--lenient",
    is_flag=True,
    help="Convert a document the typed bindings cannot fully hold (unknown elements, wrong "
    "values) and list its issues on stderr, instead of refusing it (exit 1).",
)
@_STREAM
@_QUIET
def convert(
    file: str,
    output: str,
    lheo_version: str | None,
    pretty: bool | None,
    lenient: bool,
    stream: bool | None,
    quiet: bool,
) -> None:
    """Read FILE into typed objects and write it to OUTPUT (pretty or compact)."""
    _check_output(output)
    to_stdout = output == "-"
    if _stream_wanted(file, stream):
        _convert_stream(file, output, lheo_version, pretty, lenient, quiet)
        return
    try:
        doc = lheo.read(_source(file), version=lheo_version, strict=not lenient)
    except ValidationError as exc:
        _refuse_invalid(exc, file)
    data = lheo.write(doc, pretty=pretty)
    assert data is not None
    _write_bytes(output, data)
    _say_lenient(doc.issues, doc.source)
    if not to_stdout:
        click.echo(f"wrote {output} (LHÉO {doc.version}, {doc.kind})")


def _convert_stream(
    file: str,
    output: str,
    lheo_version: str | None,
    pretty: bool | None,
    lenient: bool,
    quiet: bool,
) -> None:
    """Copy a flow formation by formation: a counting pass for the layout, then the copy."""
    from lheo._info import scan

    with contextlib.ExitStack() as stack:
        source: Any = stack.enter_context(
            progress_source(file, quiet=quiet, desc=os.path.basename(file))
        )
        if file == "-":
            # Two passes: standard input is copied to a temporary file first.
            source = _Spooled(source)
            stack.callback(source.close)
        start = source.tell() if not isinstance(source, str) else 0
        _info, layout = scan(source, version=lheo_version, layout=True)
        assert layout is not None
        if not isinstance(source, str):
            source.seek(start)
        formations = stack.enter_context(
            lheo.iter_formations(source, version=lheo_version, strict=not lenient)
        )
        version, kind = formations.version, formations.kind
        places = [container for container, _item in version.containers(kind)]
        place_of = {
            version.element_class(item): container for container, item in version.containers(kind)
        }
        order = [*places, "root"]
        pending = list(layout.extras)
        target = stack.enter_context(_binary_target(output))
        try:
            with lheo.StreamWriter(
                target,
                version=version,
                kind=kind,
                root_attrs=formations.root_attrs,
                container_attrs=layout.containers,
                xsi=formations.xsi,
                pretty=pretty,
                prolog=formations.prolog,
                indented=formations.indented,
            ) as writer:

                def extras_before(index: int) -> None:
                    # Extras of the containers (then of the root) that come before index.
                    while pending and order.index(pending[0][0]) < index:
                        place, xml = pending.pop(0)
                        extras = lheo.read(xml, version=version, strict=not lenient).root
                        writer.write_extras(extras, where=place)

                for item in formations:
                    extras_before(order.index(place_of[type(item)]))
                    writer.write(item)
                extras_before(len(order))
                writer.epilog = formations.epilog
        except ValidationError as exc:
            _refuse_invalid(exc, file)
        except (TypeError, ValueError) as exc:
            if isinstance(exc, LheoError):
                raise
            raise LheoError(
                f"{formations.source}: cannot be copied in streaming mode ({exc}); use --no-stream"
            ) from None
        _say_lenient(formations.issues if lenient else [], formations.source)
        outer = formations.outer_nodes
        if outer:
            click.echo(
                f"lheo: note: {len(outer)} comment(s), processing instruction(s) or unknown "
                "element(s) between the formations are not in the streamed copy (--no-stream "
                "keeps them)",
                err=True,
            )
    if output != "-":
        click.echo(f"wrote {output} (LHÉO {version.value}, {kind}, streamed)")


# ---------------------------------------------------------------------------------------
# migrate


def _migration_json(
    data: dict[str, Any],
    *,
    output: str,
    written: bool,
    report: str | None,
    streamed: bool,
    errors: Sequence[Issue],
) -> str:
    import attrs

    shaped = {
        **data,
        "output": output,
        "written": written,
        "report": report,
        "streamed": streamed,
        "errors": [attrs.asdict(issue) for issue in errors],
    }
    return json.dumps(shaped, ensure_ascii=False, indent=2)


def _check_migrate_paths(file: str, output: str, report: str | None, fmt: str) -> None:
    if report == "-" and output == "-":
        raise click.UsageError("-o - and --report - cannot both write to standard output")
    if fmt == "json" and "-" in (output, report):
        raise click.UsageError("--format json prints on standard output: give -o/--report a file")
    if report is not None and report != "-":
        if output != "-" and _same_file(report, output):
            raise click.UsageError(
                f"--report and -o name the same file ({report}): give the report its own name"
            )
        if file != "-" and _same_file(report, file):
            raise click.UsageError(f"--report names the input file ({report})")
    _check_output(output)
    _check_output(report)


@main.command()
@_FILE
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(allow_dash=True, path_type=str),
    help="Where to write the 2.3 flow ('-' for standard output); written only if valid, "
    "atomically.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(allow_dash=True, path_type=str),
    default=None,
    help="Also write the full report of changes there ('-' for standard output): JSON, or "
    "JSON Lines when streaming. Written after the flow, also when the flow is invalid.",
)
@click.option(
    "--profile",
    type=click.Choice(["auto", "onisep", "generic"]),
    default="auto",
    show_default=True,
    help="Rules to apply: Onisep's (onisep), only what the 2.3 grammar needs (generic), or "
    "Onisep's when the flow has ONISEP extras (auto).",
)
@click.option(
    "--niveaux",
    type=click.Choice(["keep", "decret-2019"]),
    default="keep",
    show_default=True,
    help="Keep the niveau codes, or convert them with the 2019 decree table.",
)
@click.option(
    "--timezone",
    default=None,
    metavar="ZONE",
    help="Time zone of the horodatage dates, e.g. Europe/Paris (default: dates without offset).",
)
@_PRETTY
@_FORMAT
@_STREAM
@_QUIET
def migrate(
    file: str,
    output: str,
    report_path: str | None,
    profile: str,
    niveaux: str,
    timezone: str | None,
    pretty: bool | None,
    fmt: str,
    stream: bool | None,
    quiet: bool,
) -> None:
    """Migrate the LHÉO 2.2 flow FILE to LHÉO 2.3 and print a summary of the changes.

    Exits 1, writing no flow, when the result would not be valid LHÉO 2.3. Files over
    64 MB are migrated in constant memory (--stream forces it); the report is then JSON
    Lines.
    """
    _check_migrate_paths(file, output, report_path, fmt)
    busy = fmt == "json" or "-" in (output, report_path)  # stdout carries data
    if _stream_wanted(file, stream):
        if pretty is False:
            raise click.UsageError("--compact is not available with streaming migration")
        _migrate_streaming(file, output, report_path, profile, niveaux, timezone, quiet, fmt)
        return
    result = lheo.migrate(
        _source(file), profile=profile, niveaux=niveaux, timezone=timezone, check=False
    )
    report = result.report
    # The flow first, then the report: a kill in between never leaves a new report beside
    # an old flow that it does not describe.
    if result.ok:
        data = lheo.write(result.document, pretty=pretty)
        assert data is not None
        _write_bytes(output, data)
    if report_path is not None:
        _write_text(report_path, report.to_json() + ("\n" if report_path == "-" else ""))
    if fmt == "json":
        root = result.document.root
        offres = getattr(root, "offres", None)
        counts = {
            "source": result.document.source,
            "profile": report.profile,
            "niveaux": report.niveaux,
            "timezone": report.timezone,
            "rules_applied": list(report.rules_applied),
            "summary": report.summary(),
            "formations": len(getattr(offres, "formation", []) or []),
            "changes": len(report.changes),
            "warnings": len(report.warnings),
            "input_issues": len(report.input_issues),
            "valid": result.ok,
            "output_errors": len(result.validation.errors),
        }
        click.echo(
            _migration_json(
                counts,
                output=output,
                written=result.ok,
                report=report_path,
                streamed=False,
                errors=result.validation.errors,
            )
        )
    else:
        click.echo(report.summary_text(), err=busy)
    _after_migration(
        ok=result.ok,
        warnings=[str(w) for w in report.warnings],
        input_issues=len(report.input_issues),
        errors=result.validation.errors,
        error_count=len(result.validation.errors),
        output=output,
        streamed=False,
        busy=busy,
    )


def _after_migration(
    *,
    ok: bool,
    warnings: Sequence[str],
    input_issues: int,
    errors: Sequence[Issue],
    error_count: int,
    output: str,
    streamed: bool,
    busy: bool,
) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if input_issues:
        click.echo(f"note: the 2.2 input has {input_issues} validity issue(s)", err=True)
    if not ok:
        for line in _issue_lines(list(errors)):
            click.echo(line, err=True)
        if error_count > len(errors) and len(errors) <= SHOWN:
            click.echo(f"and {error_count - len(errors)} more", err=True)
        name = "standard output" if output == "-" else output
        _fail(f"{name} not written: the migrated flow is not valid LHÉO 2.3", EXIT_INVALID)
    if output != "-":
        done = "LHÉO 2.3, streamed" if streamed else "LHÉO 2.3"
        click.echo(f"wrote {output} ({done})", err=busy)


def _migrate_streaming(
    file: str,
    output: str,
    report_path: str | None,
    profile: str,
    niveaux: str,
    timezone: str | None,
    quiet: bool,
    fmt: str,
) -> None:
    from lheo.migration import migrate_stream

    busy = fmt == "json" or "-" in (output, report_path)
    report_target: Any = sys.stdout if report_path == "-" else report_path
    ok = True
    with (
        progress_source(file, quiet=quiet, desc=os.path.basename(file)) as source,
        _binary_target(output) as target,
    ):
        try:
            result = migrate_stream(
                source,
                target,
                profile=profile,
                niveaux=niveaux,
                timezone=timezone,
                report_target=report_target,
            )
        except lheo.MigrationError as exc:
            failed = getattr(exc, "result", None)
            if failed is None:
                raise
            result, ok = failed, False
        if not ok and output == "-":
            # Nothing for the spool to give to stdout.
            target_file: Any = target
            target_file.truncate(0)
    if fmt == "json":
        click.echo(
            _migration_json(
                result.to_dict(),
                output=output,
                written=ok,
                report=report_path,
                streamed=True,
                errors=result.validation.errors,
            )
        )
    else:
        click.echo(result.summary_text(), err=busy)
    _after_migration(
        ok=ok,
        warnings=[str(w) for w in result.warnings],
        input_issues=result.input_issue_count,
        errors=result.validation.errors,
        error_count=result.validation_error_count,
        output=output,
        streamed=True,
        busy=busy,
    )


# ---------------------------------------------------------------------------------------
# diff


@main.command()
@click.argument("old", type=click.Path(allow_dash=True, path_type=str), metavar="OLD")
@click.argument("new", type=click.Path(allow_dash=True, path_type=str), metavar="NEW")
@_LHEO_VERSION
@_FORMAT
@_QUIET
def diff(old: str, new: str, lheo_version: str | None, fmt: str, quiet: bool) -> None:
    """Show what changed from the flow OLD to the flow NEW (one version, one kind).

    Formations, actions and sessions added, removed and changed, known by numero, else
    uri, else their content; moves and layout are not changes. Both read once, in bounded
    memory. Exits 0 when they are equal, 1 when they differ (like diff), 2 on an input
    error (flows of different versions: migrate the older one first).
    """
    if old == "-" and new == "-":
        raise click.UsageError("standard input ('-') can be read only once")
    # Both flows are read side by side: the bar follows the new one.
    with progress_source(new, quiet=_quiet_for(new, quiet), desc="diff") as source:
        result = lheo.diff(_source(old), source, version=lheo_version)
    click.echo(result.to_json() if fmt == "json" else str(result))
    sys.exit(EXIT_OK if result.equal else EXIT_INVALID)


# export

_EXPORT_SUFFIXES = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".parquet": "parquet",
    ".json": "json-formations",
}


def _flows(files: Sequence[str], quiet: bool, make: Any) -> Iterator[Any]:
    """What ``make(source)`` yields for each FILE in turn, with a progress bar on long ones."""
    for file in files:
        with progress_source(
            file, quiet=_quiet_for(file, quiet), desc=os.path.basename(file)
        ) as source:
            yield from make(source)


@main.command(name="export")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str),
    metavar="FLOW...",
)  # fmt: skip
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(allow_dash=True, path_type=str),
    help="Where to write: OUT.csv, OUT.jsonl, OUT.parquet or OUT.json (nested formations), "
    "written atomically; '-' writes CSV or JSON Lines on standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "json-formations"]),
    default=None,
    help="Output format (default: from the output's extension; csv for '-').",
)
@click.option(
    "--level",
    type=click.Choice(["session", "action", "formation", "organisme"]),
    default="session",
    show_default=True,
    help="What one row stands for.",
)
@click.option(
    "--columns",
    default=None,
    metavar="A,B,C",
    help='Columns to write, by name or path (see the README\'s "Data out"); default: the '
    "level's default columns.",
)
@_LHEO_VERSION
@_QUIET
def export_command(
    files: tuple[str, ...],
    output: str,
    fmt: str | None,
    level: str,
    columns: str | None,
    lheo_version: str | None,
    quiet: bool,
) -> None:
    """Write one row per session (or action, formation, organisme) of each FLOW to OUTPUT.

    The rows of several FLOWs follow each other in one output. Each flow is read once, in
    constant memory, whatever its size.
    """
    from lheo._records import records
    from lheo._sinks import iter_formation_json, plan_export, write_items

    if files.count("-") > 1:
        raise click.UsageError("standard input ('-') can be read only once")
    if fmt is None:
        suffix = os.path.splitext(output)[1].lower()
        if output == "-":
            fmt = "csv"
        elif suffix in _EXPORT_SUFFIXES:
            fmt = _EXPORT_SUFFIXES[suffix]
        else:
            raise click.UsageError(
                f"cannot tell the format of {output} from its extension: give --format"
            )
    if output == "-" and fmt not in ("csv", "jsonl"):
        raise click.UsageError(f"--format {fmt} cannot go to standard output: give -o a file")
    _check_output(output)
    plan = plan_export(fmt, level, columns)
    if fmt == "json-formations":
        items = _flows(files, quiet, lambda s: iter_formation_json(s, version=lheo_version))
    else:
        items = _flows(
            files, quiet, lambda s: records(s, level=level, columns=columns, version=lheo_version)
        )
    # Standard output gets the rows once all are written (a spool), never half of them.
    with _binary_target(output) as target:
        count = write_items(items, target, plan)
    if output != "-":
        what = "formations" if fmt == "json-formations" else f"{level} rows"
        click.echo(f"wrote {output} ({count} {what}, {fmt})")


# ---------------------------------------------------------------------------------------
# search


def _niveau_option(text: str | None) -> tuple[str, str] | None:
    if text is None:
        return None
    match = re.fullmatch(r"\s*(<=|>=|==|=|<|>)?\s*(\d+)\s*", text)
    if match is None:
        raise click.BadParameter(f"{text!r}: give a niveau code, e.g. 14, <=14 or '>=5'")
    return (match.group(1) or "==", match.group(2))


@main.command(name="search")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str),
    metavar="FLOW...",
)  # fmt: skip
@click.option("--title", default=None, help="A part of the formation's title.")
@click.option(
    "--diplomante/--non-diplomante", default=None, help="Certifying formations, or the others."
)
@click.option(
    "--niveau-entree",
    default=None,
    metavar="[OP]CODE",
    help="Entry level, e.g. '<=14': old (0-8) and 2019 (11-18) codes compare by rank.",
)
@click.option("--start-after", default=None, metavar="DATE", help="A session on or after DATE.")
@click.option("--public-vise", multiple=True, help="A code-public-vise code (repeatable).")
@click.option("--formacode", multiple=True, help="A FORMACODE code (repeatable).")
@click.option("--rome", multiple=True, help="A ROME code (repeatable).")
@click.option("--nsf", multiple=True, help="An NSF code (repeatable).")
@click.option("--organisme", default=None, help="A part of the organisme's name.")
@click.option("--region", default=None, help="The place's region code.")
@click.option("--departement", default=None, help="The place's département code.")
@click.option("--commune", default=None, help="The place's INSEE code or city name.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output: a table for people, CSV or JSON for programs.",
)
@_LHEO_VERSION
@_QUIET
def search_command(
    files: tuple[str, ...],
    title: str | None,
    diplomante: bool | None,
    niveau_entree: str | None,
    start_after: str | None,
    public_vise: tuple[str, ...],
    formacode: tuple[str, ...],
    rome: tuple[str, ...],
    nsf: tuple[str, ...],
    organisme: str | None,
    region: str | None,
    departement: str | None,
    commune: str | None,
    fmt: str,
    lheo_version: str | None,
    quiet: bool,
) -> None:
    """List the actions of each FLOW (a flow or an index) that meet every criterion.

    Text criteria ignore case and accents. One line per action: numero, title, organisme,
    city, postcode, session starts, contact.
    """
    from lheo._search import Criteria, search

    if files.count("-") > 1:
        raise click.UsageError("standard input ('-') can be read only once")
    criteria: dict[str, Any] = {
        "title_contains": title,
        "diplomante": diplomante,
        "niveau_entree": _niveau_option(niveau_entree),
        "start_after": start_after,
        "public_vise": public_vise or None,
        "formacode": formacode or None,
        "rome": rome or None,
        "nsf": nsf or None,
        "organisme_contains": organisme,
        "region": region,
        "departement": departement,
        "commune": commune,
    }
    Criteria(**criteria)  # a bad criterion fails before any file is read
    hits = _flows(files, quiet, lambda s: search(s, version=lheo_version, **criteria))
    fields = [
        "numero", "intitule", "organisme", "ville", "codepostal", "debuts", "contact_nom",
        "contact_telephone", "file",
    ]  # fmt: skip
    if fmt == "json":
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        import csv

        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(fields)
        for hit in hits:
            data = hit.to_dict()
            data["debuts"] = "|".join(data["debuts"])
            out.writerow(["" if data[f] is None else data[f] for f in fields])
        return
    count = 0
    for hit in hits:
        count += 1
        starts = ", ".join(d.strftime("%d/%m/%Y") for d in hit.debuts) or "-"
        contact = " ".join(x for x in (hit.contact_nom, hit.contact_telephone) if x) or "-"
        click.echo(f"{hit.numero or '-'}  {hit.intitule or '-'}")
        click.echo(f"    {hit.organisme or '-'}, {hit.codepostal or ''} {hit.ville or ''}".rstrip())
        click.echo(f"    sessions: {starts}; contact: {contact}")
    click.echo(f"{count} action(s)", err=True)


# ---------------------------------------------------------------------------------------
# split


@main.command(name="split")
@click.argument("flow", type=click.Path(allow_dash=True, path_type=str), metavar="FLOW")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(file_okay=False, path_type=str),
    help="The folder to write the offer files into (created if missing).",
)
@_LHEO_VERSION
def split_command(flow: str, output: str, lheo_version: str | None) -> None:
    """Cut FLOW into one valid LHÉO file per offer, named by its numero, in OUTPUT.

    Each offer is validated as it is read (constant memory); names are made safe and never
    reused within a run (NUMERO-2.xml…); each file is written atomically. Exits 1 at the
    first invalid offer (those before it are written), 2 on an input error.
    """
    from lheo import carif

    written = carif.split(_source(flow), output, version=lheo_version)
    click.echo(f"wrote {len(written)} offer file(s) to {output}")


# ---------------------------------------------------------------------------------------
# index


@main.group(name="index")
def index_group() -> None:
    """Index files of the CARIF-OREF exchange."""


@index_group.command(name="build")
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=str),
    metavar="DIR_OR_FILES...",
)  # fmt: skip
@click.option(
    "-o", "--output", required=True, type=click.Path(allow_dash=True, path_type=str),
    help="The index file to write ('-' for standard output), atomically.",
)  # fmt: skip
@click.option(
    "--base-url",
    default=None,
    help="Where the offer files are published: each summary's file is BASE-URL/NAME "
    "(default: the file's path from the index's folder, which must hold it).",
)
@_version_option(
    "Version of the index: lheo-leger (1.3.0) or lheo-index (2.2, 2.3). Its offers must be of "
    "that version (never converted); default: the offers' version."
)
def index_build_command(
    sources: tuple[str, ...], output: str, base_url: str | None, lheo_version: str | None
) -> None:
    """Build the index of offer files: lheo-leger (1.3.0) or lheo-index (2.x).

    One summary per offer in 1.3.0, per action in 2.x. A folder stands for its *.xml files,
    in name order. Every offer is validated as it is read; exits 1 on an invalid offer, 2 on
    an input error (an offer of another version, a file that is no offer, an offer lacking a
    field its summary needs).
    """
    from pathlib import Path

    from lheo import index

    files: list[Path] = []
    for source in sources:
        path = Path(source)
        files += sorted(path.glob("*.xml")) if path.is_dir() else [path]
    if output != "-":
        _check_output(output)
        files = [f for f in files if not _same_file(str(f), output)]
    if base_url is not None:
        base = base_url.rstrip("/")
        data = index.build(files, version=lheo_version, file_url=lambda p: f"{base}/{p.name}")
    else:
        # The index names each file as integration reads it: from the index's own folder,
        # which it never leaves.
        folder = os.path.abspath(os.path.dirname(output) if output != "-" else os.curdir)

        def relative(path: Path) -> str:
            name = os.path.relpath(os.path.abspath(path), folder)
            if name == os.pardir or name.startswith(os.pardir + os.sep):
                raise LheoError(
                    f"{path}: not under the index's folder ({folder}), where integration "
                    "looks for offer files: write the index above them, or give --base-url"
                )
            return Path(name).as_posix()

        data = index.build(files, version=lheo_version, file_url=relative)
    _write_bytes(output, data)
    if output != "-":
        click.echo(f"wrote {output} ({len(files)} offer file(s))")


# ---------------------------------------------------------------------------------------
# mark


@main.command(name="mark")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str), metavar="FILE...")
@click.option("--numero", required=True, help="numero-CARIF: the CARIF-OREF's number.")
@click.option("--region", required=True, help="region: the INSEE code of its région (52…).")
@click.option("--email", required=True, help="email-CARIF: where integration reports go.")
@click.option(
    "--exported-at",
    default=None,
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S"]),
    help="The export's date and hour, YYYY-MM-DDTHH:MM:SS (default: now, local time); the "
    "same in every FILE.",
)
@_LHEO_VERSION
def mark_command(
    files: tuple[str, ...],
    numero: str,
    region: str,
    email: str,
    exported_at: datetime.datetime | None,
    lheo_version: str | None,
) -> None:
    """Add (or replace) the FLUX-CARIF marking of each FILE (index and offer files), in place.

    The block goes last on the root (an existing one is replaced where it stands); the rest
    of each file is written back as read (UTF-8), atomically. Wrong values (a région code
    that is not current, an address that is not one) exit 2 before any file is written; a
    file that cannot be read exits 2 naming it (the files before it are marked).
    """
    from lheo import carif

    when = (exported_at or datetime.datetime.now()).replace(microsecond=0)
    for file in files:
        tree = lheo.parse(file, version=lheo_version)
        carif.mark(tree, numero=numero, region=region, email=email, exported_at=when)
        tree.write(file)
    click.echo(f"marked {len(files)} file(s): export of {when:%Y%m%d} at {when:%H%M%S}")


# ---------------------------------------------------------------------------------------
# integrate


@main.command(name="integrate")
@click.argument("index", type=click.Path(path_type=str), metavar="INDEX")
@click.option(
    "--report",
    "report_path",
    default=None,
    type=click.Path(allow_dash=True, path_type=str),
    help="Also write the report: OUT.json, OUT.html (a page to read in a browser) or any "
    "other name for the text form; written atomically.",
)
@click.option(
    "--http",
    "use_http",
    is_flag=True,
    help="Fetch http(s):// offer files (by default they are excluded, unread).",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="With --http: seconds allowed for one offer file.",
)
@click.option(
    "--max-size",
    default=50,
    show_default=True,
    type=click.IntRange(min=1),
    help="With --http: the largest offer file accepted, in MB.",
)
@_QUIET
def integrate_command(
    index: str,
    report_path: str | None,
    use_http: bool,
    timeout: float,
    max_size: int,
    quiet: bool,
) -> None:
    """Integrate a CARIF-OREF export: the INDEX, then each offer file it references.

    The index is validated (XSD and FLUX-CARIF marking); then each offer file named by its
    summaries (paths relative to the index's folder, never outside it; http(s) URLs with
    --http) is validated and checked for the index's export date; an invalid offer is
    excluded on its own. Prints the report in the style of xmllint. Exits 0 when the index
    is integrated, 1 when it is not (invalid index, or no valid offer), 2 on an input error.
    """
    from lheo import carif

    _check_output(report_path)
    fetch = carif.http_fetcher(timeout=timeout, max_bytes=max_size * 2**20) if use_http else None
    with count_progress(quiet=quiet, desc="integrate", unit=" offer") as progress:
        result = carif.integrate(index, fetch=fetch, progress=progress)
    click.echo(result.to_text(), nl=False)
    if report_path is not None:
        suffix = os.path.splitext(report_path)[1].lower()
        text = {".json": result.to_json, ".html": result.to_html}.get(suffix, result.to_text)()
        _write_text(report_path, text)
    sys.exit(EXIT_OK if result.integrated else EXIT_INVALID)


if __name__ == "__main__":  # pragma: no cover
    main()
