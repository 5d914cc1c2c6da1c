"""The ``lheo`` command line: ``info``, ``validate``, ``convert`` (and ``migrate``).

Exit codes: 0 success, 1 invalid document(s), 2 usage or input error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

import lheo
from lheo._info import flow_info
from lheo.errors import LheoError

_VERSION_OPTION = click.option(
    "--version",
    "lheo_version",
    default=None,
    help="LHÉO version to assume when the document has no namespace (1.3.0, 2.2, 2.3).",
)


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        # Every LheoError exits 2 with one line on stderr, never a traceback.
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(2)
        except click.exceptions.Abort:
            click.echo("aborted", err=True)
            sys.exit(2)
        except LheoError as exc:
            click.echo(f"lheo: error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(lheo.__version__, "-V", "--lib-version", prog_name="lheo")
def main() -> None:
    """Read, validate, convert and migrate LHÉO XML flows (1.3.0, 2.2, 2.3)."""


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_VERSION_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def info(file: Path, lheo_version: str | None, fmt: str) -> None:
    """Show the version, kind and counts (formations, actions, sessions, extras) of FILE."""
    result = flow_info(file, version=lheo_version)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(str(result))


_STREAM_OPTION = click.option(
    "--stream/--no-stream",
    default=None,
    help="Work in constant memory (default: only for files over 64 MB).",
)
_QUIET_OPTION = click.option("-q", "--quiet", is_flag=True, help="No progress bar.")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@_VERSION_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@_STREAM_OPTION
@_QUIET_OPTION
def validate(
    files: tuple[Path, ...], lheo_version: str | None, fmt: str, stream: bool | None, quiet: bool
) -> None:
    """Validate FILES against the XSD of their LHÉO version (xmllint-style output).

    Exits 1 if any file is invalid.
    """
    from lheo._progress import progress_source
    from lheo._validate import should_stream

    reports = []
    for path in files:
        if path.is_file() and should_stream(path, stream):
            with progress_source(path, quiet=quiet, desc=path.name) as source:
                reports.append(lheo.validate(source, version=lheo_version, stream=True))
        else:
            reports.append(lheo.validate(path, version=lheo_version, stream=False))
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo(str(report), err=not report.ok)
    if not all(r.ok for r in reports):
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the result (written atomically).",
)
@_VERSION_OPTION
@click.option("--pretty/--compact", default=True, help="Indent the output (default) or not.")
def convert(file: Path, output: Path, lheo_version: str | None, pretty: bool) -> None:
    """Read FILE into typed objects and write it back to OUTPUT (pretty or compact)."""
    doc = lheo.read(file, version=lheo_version)
    lheo.write(doc, output, pretty=pretty)
    click.echo(f"wrote {output} (LHÉO {doc.version}, {doc.kind})")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the 2.3 flow (only if valid; written atomically).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the full migration report there (JSON; JSON Lines when streaming).",
)
@click.option("--profile", type=click.Choice(["auto", "onisep", "generic"]), default="auto")
@click.option("--niveaux", type=click.Choice(["keep", "decret-2019"]), default="keep")
@click.option("--timezone", default=None, help="Zone for horodatage offsets, e.g. Europe/Paris.")
@click.option("--pretty/--compact", default=True, help="Indent the output (default) or not.")
@_STREAM_OPTION
@_QUIET_OPTION
def migrate(
    file: Path,
    output: Path,
    report_path: Path | None,
    profile: str,
    niveaux: str,
    timezone: str | None,
    pretty: bool,
    stream: bool | None,
    quiet: bool,
) -> None:
    """Migrate the LHÉO 2.2 flow FILE to LHÉO 2.3 and print a summary of the changes.

    Exits 1 (writing no output) when the result would not be valid 2.3. Files over 64 MB are
    migrated in constant memory (``--stream`` forces it); the report is then JSON Lines.
    """
    from lheo._validate import should_stream
    from lheo._writer import atomic_write

    if should_stream(file, stream):
        if not pretty:
            raise click.UsageError("--compact is not available with streaming migration")
        _migrate_streaming(file, output, report_path, profile, niveaux, timezone, quiet)
        return
    result = lheo.migrate(file, profile=profile, niveaux=niveaux, timezone=timezone, check=False)
    report = result.report
    if report_path is not None:
        atomic_write(report_path, report.to_json().encode("utf-8"))
    click.echo(report.summary_text())
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if report.input_issues:
        click.echo(
            f"note: the 2.2 input has {len(report.input_issues)} validity issue(s)", err=True
        )
    if not result.ok:
        click.echo(str(result.validation), err=True)
        click.echo(f"lheo: {output} not written: the migrated flow is not valid LHÉO 2.3", err=True)
        sys.exit(1)
    lheo.write(result.document, output, pretty=pretty)
    click.echo(f"wrote {output} (LHÉO 2.3)")


def _migrate_streaming(
    file: Path,
    output: Path,
    report_path: Path | None,
    profile: str,
    niveaux: str,
    timezone: str | None,
    quiet: bool,
) -> None:
    from lheo._progress import progress_source
    from lheo.migration import migrate_stream

    with progress_source(file, quiet=quiet, desc=file.name) as source:
        try:
            result = migrate_stream(
                source,
                output,
                profile=profile,
                niveaux=niveaux,
                timezone=timezone,
                report_target=report_path,
            )
        except lheo.MigrationError as exc:
            failed = getattr(exc, "result", None)
            if failed is None:
                raise
            click.echo(failed.summary_text())
            click.echo(str(failed.validation), err=True)
            click.echo(
                f"lheo: {output} not written: the migrated flow is not valid LHÉO 2.3", err=True
            )
            sys.exit(1)
    click.echo(result.summary_text())
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if result.input_issue_count:
        click.echo(
            f"note: the 2.2 input has {result.input_issue_count} validity issue(s)", err=True
        )
    click.echo(f"wrote {output} (LHÉO 2.3, streamed)")


if __name__ == "__main__":  # pragma: no cover
    main()
