"""Command line: parse options, build Settings, call the API, pick a writer, set the exit code.

No linting logic lives here. Every error a user can cause ends as one line on stderr and exit
code 2; `LISTLINT_DEBUG=1` shows the traceback instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__


def _usage_errors() -> tuple[type[BaseException], ...]:
    """Typer's usage-error base class. Typer 0.2x vendors click and raises its own classes
    (`typer.TyperException`), and no longer installs click; older typer raises click's."""
    base = getattr(typer, "TyperException", None)
    if base is not None:
        return (base,)
    import click
    return (click.ClickException,)

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="listlint: compliance linter for Chinese e-commerce listings.")

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UserError(Exception):
    """Something the user can fix; printed as one line, exit 2."""


def _version(value: bool):
    if value:
        typer.echo(f"listlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
    pass


def _columns(items: list[str]) -> dict[str, str]:
    from .io.columns import CANONICAL_FIELDS
    out = {}
    for it in items or []:
        field, sep, header = it.partition("=")
        if not sep or not header:
            raise UserError(f"--column {it!r}: write FIELD=HEADER, e.g. --column title=商品名")
        if field not in CANONICAL_FIELDS:
            raise UserError(f"--column {it!r}: unknown field {field!r}; fields: {', '.join(CANONICAL_FIELDS)}")
        out[field] = header
    return out


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(x.strip() for v in values for x in v.split(",") if x.strip())


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Listing files (csv, tsv, 淘宝助理 export, xlsx, jsonl); - reads stdin."),
    format: str = typer.Option("text", "--format", "-f", help="text, json, sarif, github, gitlab, junit, csv, auto."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at or above: error, warning, info."),
    min_score: Optional[int] = typer.Option(None, "--min-score", help="Exit 1 when an item scores below this."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when there are findings."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Rules to run: codes, prefixes (ABS) or categories."),
    extend_select: Optional[List[str]] = typer.Option(None, "--extend-select", help="Add rules to the selection."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Rules not to run."),
    config: Optional[str] = typer.Option(None, "--config", help="Use this config file (no discovery)."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore all config files."),
    column: Optional[List[str]] = typer.Option(None, "--column", help="Map a field to a header: title=商品名 (repeatable)."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="csv, tsv, taobao-assistant, xlsx, jsonl."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Input encoding (default: detected)."),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="XLSX sheet name (default: the first)."),
    against: Optional[str] = typer.Option(None, "--against", help="A store export: also report duplicates of its listings."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: cores, for large files)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Findings only, no explanations."),
    statistics: bool = typer.Option(False, "--statistics", help="Print the count of findings per rule."),
    color: Optional[bool] = typer.Option(None, "--color/--no-color", help="Force colour on or off."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings not in this baseline."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record today's findings as a baseline."),
    warn_unused_ignores: bool = typer.Option(False, "--warn-unused-ignores", help="Report suppressions that suppress nothing."),
):
    """Lint listing files and report findings per item."""
    from .runner import CheckOptions, run_check
    opts = CheckOptions(
        paths=paths, format=format, output=None if output == "-" else output,   # -o -: standard output
        fail_on=fail_on, min_score=min_score,
        exit_zero=exit_zero, select=_split(select), extend_select=_split(extend_select),
        ignore=_split(ignore), config=config, isolated=isolated, columns=_columns(column),
        input_format=input_format, encoding=encoding, sheet=sheet, against=against, jobs=jobs,
        quiet=quiet, statistics=statistics, color=color, progress=progress, baseline=baseline,
        write_baseline=write_baseline, warn_unused_ignores=warn_unused_ignores,
    )
    raise typer.Exit(run_check(opts))


@app.command()
def rules(
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
):
    """List every rule: code, name, category, severity, basis."""
    from .rules.registry import all_rules
    rs = all_rules()
    if format == "json":
        import json
        typer.echo(json.dumps([{"code": r.code, "name": r.name, "category": r.category,
                                "severity": r.severity, "basis": r.basis, "summary": r.summary}
                               for r in rs], ensure_ascii=False, indent=1))
        return
    if format != "text":
        raise UserError(f"--format {format!r}: rules prints text or json")
    for r in rs:
        typer.echo(f"{r.code}  {r.name:24} {r.category:14} {r.severity:8} {r.summary}  [{r.basis}]")


def _example(e: str) -> str:
    return f"“{e}”" if e.strip() == e and e else repr(e)


@app.command()
def explain(code: str = typer.Argument(..., help="Rule code or name, e.g. FMT001 or title-too-long.")):
    """Describe a rule: what it checks, its basis, examples, suggestion and options."""
    import json

    from .config import selector_codes
    from .rules.registry import load_all
    rs = load_all()
    codes = sorted(selector_codes(code) or ())
    if not codes:
        raise UserError(f"unknown rule {code!r}; `listlint rules` lists them")
    if len(codes) > 1:
        raise UserError(f"{code!r} names {len(codes)} rules ({', '.join(codes)}); explain one of them")
    r = rs[codes[0]]
    typer.echo(f"{r.code} {r.name} ({r.category}, {r.severity})\n\n{r.summary}.")
    if r.explanation:
        typer.echo(f"\n{r.explanation}")
    typer.echo(f"\nBasis: {r.basis}")
    if r.suggestion:
        typer.echo(f"Suggestion: {r.suggestion}")
    if r.fields:
        shown = ("attributes (values)" if f == "attribute_values" else f for f in r.fields)
        typer.echo(f"Fields: {', '.join(shown)}")
    if r.examples_fail:
        typer.echo("\nReported:\n" + "\n".join(f"  ✗ {_example(e)}" for e in r.examples_fail))
    if r.examples_pass:
        typer.echo("Not reported:\n" + "\n".join(f"  ✓ {_example(e)}" for e in r.examples_pass))
    opts = "".join(f"\n      {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in r.options.items())
    typer.echo(f"\nConfigure in .listlint.yaml (defaults shown):\n  rules:\n    {r.code}:\n"
               f"      severity: {r.severity}{opts}")
    typer.echo(f"Suppress for one item: a listlint-ignore cell `{r.code} # reason`, "
               f"or per-item-ignores in .listlint.yaml.")


@app.command()
def init(path: str = typer.Argument(".listlint.yaml", help="Where to write the starter config."),
         force: bool = typer.Option(False, "--force", help="Overwrite an existing file.")):
    """Write a commented starter .listlint.yaml."""
    from .starter import STARTER_CONFIG
    p = Path(path)
    if p.is_dir():
        p = p / ".listlint.yaml"
    elif path.endswith(("/", os.sep)):
        raise UserError(f"the folder {path} does not exist; create it first or name a file")
    if p.exists() and not force:
        raise UserError(f"{p} exists; pass --force to overwrite it")
    try:
        p.write_text(STARTER_CONFIG, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {p}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {p}")


def _one_line(msg: str) -> str:
    """An error is one line on stderr even when it quotes a header cell with a line break."""
    return msg.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def main(argv: list[str] | None = None) -> None:
    from .config import ConfigError
    from .io.sniff import InputError
    from .lexicon import LexiconError

    cmd = typer.main.get_command(app)
    # A library's warning (openpyxl on a damaged workbook) is not ours to print: the error it
    # leads to is reported in one line.
    import warnings
    warnings.filterwarnings("ignore", module="openpyxl")
    try:
        code = cmd.main(args=argv if argv is not None else sys.argv[1:], prog_name="listlint",
                        standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except typer.Abort:
        sys.stderr.write("listlint: interrupted\n")
        sys.exit(130)
    except _usage_errors() as e:
        message = _one_line(e.format_message())
        # bare `listlint`: the help is printed already; say what is missing instead of nothing
        sys.stderr.write(f"listlint: error: {message or 'no command given; try: listlint check FILE'} (see listlint --help)\n")
        sys.exit(EXIT_ERROR)
    except (UserError, InputError, ConfigError, LexiconError) as e:
        sys.stderr.write(f"listlint: error: {_one_line(str(e))}\n")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.stderr.write("listlint: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:  # never a traceback for a user; LISTLINT_DEBUG=1 shows it
        if os.environ.get("LISTLINT_DEBUG"):
            raise
        sys.stderr.write(f"listlint: internal error: {e.__class__.__name__}: {_one_line(str(e))} "
                         f"(set LISTLINT_DEBUG=1 for details and please report it)\n")
        sys.exit(EXIT_ERROR)
