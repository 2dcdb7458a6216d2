"""`listlint check`: files → reports → exit code. Glue between the CLI and the API."""
from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field, replace

from .config import Settings, load_settings, with_overrides
from .model import SEVERITY_RANK, RunReport

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit", "csv", "auto")


@dataclass
class CheckOptions:
    paths: list[str]
    format: str = "text"
    output: str | None = None
    fail_on: str | None = None
    min_score: int | None = None
    exit_zero: bool = False
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    config: str | None = None
    isolated: bool = False
    columns: dict = field(default_factory=dict)
    input_format: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    against: str | None = None
    jobs: int | None = None
    quiet: bool = False
    statistics: bool = False
    color: bool | None = None
    progress: bool | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    warn_unused_ignores: bool = False


def _fail(msg: str):
    from .cli import UserError
    raise UserError(msg)


def build_settings(opts: CheckOptions, path: str) -> Settings:
    from .config import selector_codes

    base = load_settings(path, opts.config, opts.isolated)
    if opts.select is not None and not opts.select:
        _fail("--select is empty: give rule codes, prefixes or categories (ABS, FMT001, format), or ALL")
    for name, sels in (("--select", opts.select), ("--extend-select", opts.extend_select), ("--ignore", opts.ignore)):
        for s in sels or ():
            if selector_codes(s) is None:
                _fail(f"{name} {s}: unknown rule code, prefix or category (`listlint rules` lists them)")
    if opts.fail_on and opts.fail_on not in SEVERITY_RANK:
        _fail(f"--fail-on {opts.fail_on}: use error, warning or info")
    if opts.min_score is not None and not 0 <= opts.min_score <= 100:
        _fail("--min-score takes a whole number from 0 to 100")
    if opts.input_format and opts.input_format not in ("csv", "tsv", "taobao-assistant", "xlsx", "jsonl"):
        _fail(f"--input-format {opts.input_format}: use csv, tsv, taobao-assistant, xlsx or jsonl")
    if opts.jobs is not None and opts.jobs < 0:
        _fail("--jobs takes a whole number (0 = one per core)")
    columns = {**base.columns, **opts.columns}
    return with_overrides(
        base, select=opts.select, extend_select=opts.extend_select,
        ignore=opts.ignore, fail_on=opts.fail_on, min_score=opts.min_score,
        columns=columns or None, input_format=opts.input_format, encoding=opts.encoding,
        sheet=opts.sheet, against=opts.against, jobs=opts.jobs, baseline=opts.baseline,
    )


def _resolve_format(fmt: str) -> str:
    if fmt == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if fmt not in FORMATS:
        _fail(f"--format {fmt}: use one of {', '.join(FORMATS)}")
    return fmt


def _jobs_for(path: str, settings: Settings) -> int:
    if settings.jobs is not None and settings.jobs != 0:
        return settings.jobs
    try:
        size = os.path.getsize(path) if path != "-" else 0
    except OSError:
        size = 0
    # Workers are forked after the parent has loaded the rules and linted the first row, so
    # they start in milliseconds; a file of a few MB (thousands of rows, seconds of linting)
    # already gains from every core, while a seller's few hundred rows stay in one process.
    if size >= 4 << 20 or settings.jobs == 0:
        return max(1, min(os.cpu_count() or 1, 8))
    return 1


def _progress(opts: CheckOptions, path: str):
    want = opts.progress
    if want is None:
        want = sys.stderr.isatty() and os.path.isfile(path) and os.path.getsize(path) > (2 << 20)
    if not want:
        return None, None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    prog = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} rows"),
                    TimeElapsedColumn(), transient=True, console=None)
    from rich.console import Console
    prog.console = Console(file=sys.stderr)
    task = prog.add_task(f"linting {os.path.basename(path)}", total=None)
    return prog, (lambda n: prog.advance(task, n))


def lint_one(opts: CheckOptions, path: str) -> tuple[RunReport, Settings]:
    from .api import lint_path

    if path != "-" and os.path.isdir(path):
        _fail(f"{path}: is a directory; give a listing file (csv, tsv, xlsx, jsonl)")
    settings = build_settings(opts, path)
    prog, tick = _progress(opts, path)
    if prog:
        prog.start()
    try:
        report = lint_path(path, settings, progress=tick, jobs=_jobs_for(path, settings))
    finally:
        if prog:
            prog.stop()
    damaged = [p for p in report.problems if p.message.startswith("damaged record")]
    if not len(report.items) and damaged:
        # Every record was damaged: a green run over nothing would hide that from CI.
        first = damaged[0]
        _fail(f"{path}: no listing could be read ({len(damaged)} damaged records; line "
              f"{first.line}: {first.message}); check the file's format, or pass --input-format")
    return report, settings


def run_check(opts: CheckOptions) -> int:
    fmt = _resolve_format(opts.format)
    from .report import writer

    w = writer(fmt)
    _check_outputs(opts)
    known_baselines = {}
    if opts.baseline and not opts.write_baseline:
        from .baseline import read_baseline
        known_baselines[opts.baseline] = read_baseline(opts.baseline)  # a bad one fails before linting
    results = [lint_one(opts, path) for path in opts.paths]
    if opts.write_baseline:
        # Today's findings become accepted: recorded unfiltered, reported, and not a failure.
        from .baseline import write_baseline
        try:
            n = write_baseline([r for r, _ in results], opts.write_baseline)
        except OSError as exc:
            _fail(f"--write-baseline {opts.write_baseline}: cannot write it ({exc.strerror or exc}); "
                  f"choose a writable path")
        sys.stderr.write(f"listlint: recorded {n} findings in {opts.write_baseline}\n")
    else:
        results = _apply_baselines(results, known_baselines)
    results = [(_filter_unused_ignores(r), s) for r, s in results]
    reports = [r for r, _ in results]
    try:
        stream = open(opts.output, "w", encoding="utf-8", newline="") if opts.output else sys.stdout
    except OSError as exc:
        _fail(f"--output {opts.output}: cannot write the report ({exc.strerror or exc}); choose a writable path")
    try:
        wopts = {"quiet": opts.quiet, "color": opts.color if not opts.output else False,
                 "warn_unused_ignores": opts.warn_unused_ignores}
        if len(reports) == 1 or not hasattr(w, "write_many"):
            for report in reports:
                w.write(report, stream, wopts)
        else:
            w.write_many(reports, stream, wopts)
        if opts.statistics:
            _statistics(reports, sys.stdout if opts.output or fmt == "text" else sys.stderr)
        if opts.output:
            stream.flush()  # a full disk shows here, not in a close that nobody checks
        else:
            sys.stdout.flush()
    except BrokenPipeError:
        # listlint check f.csv | head: the reader has what it wanted; the exit code still
        # says whether the listings passed. Nothing more goes to the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except OSError as exc:
        _fail(f"--output {opts.output or 'stdout'}: writing the report failed ({exc.strerror or exc})")
    finally:
        if opts.output:
            try:
                stream.close()
            except OSError:
                pass
    if fmt in ("csv", "gitlab"):
        # These formats have a row per finding and no place for input problems: the damaged
        # records are still said, on stderr, so nothing read badly goes unmentioned.
        for report in reports:
            for p in report.problems:
                sys.stderr.write(f"listlint: {report.input.path}:{p.line}: input problem: {p.message}\n")
    if opts.warn_unused_ignores:
        _warn_unused(reports, fmt)
    if opts.write_baseline:
        return 0
    return _exit_code(results, opts)


def _check_outputs(opts: CheckOptions) -> None:
    """Before any linting: every file listlint will write (-o, --write-baseline) is writable,
    and none of them is a file it reads (the listings, the --against store): listlint never
    writes over its input, and a run that cannot save its report fails in a second, not after
    an hour of linting."""
    outputs = [(flag, p) for flag, p in (("--output", opts.output), ("--write-baseline", opts.write_baseline)) if p]
    if not outputs:
        return
    inputs = [p for p in list(opts.paths) + [opts.against, opts.baseline, opts.config] if p and p != "-"]
    if not opts.config and not opts.isolated:
        # The config file found next to the listings is read too (.listlint.yaml, pyproject.toml):
        # where it is suffices, it need not be parsed here.
        from .config import discover
        inputs += [str(found) for p in opts.paths if (found := discover(p if p != "-" else None))]
    # …and the store and baseline a config names (against: store.csv) are inputs as much as
    # the --against and --baseline flags
    from .config import ConfigError, load_settings
    refreshable = {opts.baseline}
    for p in opts.paths:
        try:
            s = load_settings(p if p != "-" else None, opts.config, opts.isolated)
        except (ConfigError, OSError):
            continue   # reported when the file is linted
        inputs += [q for q in (s.against, s.baseline) if q and q != "-"]
        inputs += list(s.wordlists)   # a wordlist the config names is read as much as the listings
        refreshable.add(s.baseline)
    if len(outputs) == 2 and os.path.abspath(outputs[0][1]) == os.path.abspath(outputs[1][1]):
        _fail(f"--output and --write-baseline name the same file {opts.output}; give them different paths")
    for flag, out in outputs:
        for p in inputs:
            if flag == "--write-baseline" and p in refreshable:
                continue  # refreshing a baseline in place is what --write-baseline is for
            if os.path.exists(out) and os.path.exists(p) and os.path.samefile(p, out):
                _fail(f"{flag} {out} is an input file; listlint never writes over its input")
        if "-" in opts.paths and os.path.exists(out) and _stdin_is(out):
            _fail(f"{flag} {out} is the file on standard input; listlint never writes over its input")
        if os.path.isdir(out):
            _fail(f"{flag} {out}: is a directory; give a file name")
        parent = os.path.dirname(os.path.abspath(out))
        if not os.path.isdir(parent):
            _fail(f"{flag} {out}: the folder {parent} does not exist; create it or choose another path")
        if not os.access(parent if not os.path.exists(out) else out, os.W_OK):
            _fail(f"{flag} {out}: not writable; choose a writable path")


def _stdin_is(path: str) -> bool:
    """`listlint check - -o f.csv < f.csv`: standard input is the very file to be written."""
    try:
        a, b = os.fstat(sys.stdin.fileno()), os.stat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _apply_baselines(results, known: dict):
    """Filter each report by its baseline (from --baseline or its config). One baseline file
    is consumed across all the files of the run, as --write-baseline counted it."""
    from .baseline import apply_baseline, read_baseline

    out = []
    for report, settings in results:
        if settings.baseline:
            if settings.baseline not in known:
                known[settings.baseline] = read_baseline(settings.baseline)
            report = apply_baseline(report, settings.baseline, settings, known[settings.baseline])
        out.append((report, settings))
    return out


def _filter_unused_ignores(report: RunReport) -> RunReport:
    """Keep the unused suppressions worth a warning: a selector naming no rule (a typo) always;
    a known one only when one of its rules ran (else it may be needed in a fuller run)."""
    from .config import selector_codes

    ran = set(report.rules_used)
    keep = []
    for where, sel, line in report.extra.get("unused_ignores", []):
        codes = selector_codes(sel)
        if codes is None:
            keep.append((where, f"{sel} (unknown rule code)", line))
        elif codes & ran:
            keep.append((where, sel, line))
    return replace(report, extra={**report.extra, "unused_ignores": keep})


def _warn_unused(reports, fmt: str) -> None:
    for report in reports:
        if fmt != "github":  # the github writer made them annotations
            for where, sel, line in report.extra.get("unused_ignores", []):
                sys.stderr.write(f"{report.input.path}:{line}: unused suppression {sel} ({where})\n")
    # One baseline is consumed across the run's files: the last report holds what is left of it.
    left = {b["path"]: b["unmatched"] for b in (r.extra.get("baseline") for r in reports) if b}
    for path, unmatched in left.items():
        if unmatched:
            sys.stderr.write(f"listlint: {unmatched} entries of baseline {path} matched nothing in this run "
                             f"(fixed, or in files not checked); refresh it with --write-baseline {path}\n")


def _statistics(reports, stream) -> None:
    """`--statistics`: findings per rule, most frequent first, then the total."""
    from collections import Counter
    from .rules.registry import load_all
    counts = Counter(f.rule for r in reports for it in r.items for f in it.findings)
    rules = load_all()
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        name = rules[code].name if code in rules else ""
        stream.write(f"{n:6d}  {code}  {name}\n")
    suppressed = sum(len(it.ignored) for r in reports for it in r.items)
    stream.write(f"{sum(counts.values()):6d}  findings" + (f" ({suppressed} suppressed)" if suppressed else "") + "\n")


def _exit_code(results, opts: CheckOptions) -> int:
    if opts.exit_zero:
        return 0
    for report, settings in results:
        for it in report.items:
            if any(settings.fails(f.severity) for f in it.findings):
                return 1
            if settings.min_score is not None and it.score < settings.min_score:
                return 1
    return 0
