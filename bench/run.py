"""Benchmark listlint on generated exports and print a Markdown table.

    python bench/run.py                 # 10k and 100k rows (a few minutes)
    python bench/run.py --sizes 10k 100k 1m --jobs 1 2
    python bench/run.py --markdown bench/out/results.md

For each size: the plain `csv` module's parse time of the same file (measured in this run,
after a warm-up read so both see a warm page cache), then `listlint check --format json -o …`
in a child process per --jobs value: wall time, rows/s, MB/s, peak RSS of the child (wait4's
ru_maxrss: the largest single process, parent or worker), and the ratio to the csv parse. Start-up is a
10-row file checked several times (median and best). Files are generated once per size and
seed into bench/out/ (git-ignored).
"""
from __future__ import annotations

import argparse
import csv
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import write_csv  # noqa: E402

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}


def parse_size(s: str) -> int:
    return SIZES.get(s.lower()) or int(s)


def dataset(rows: int, seed: int, folder: Path) -> Path:
    path = folder / f"listings-{rows}-s{seed}.csv"
    if not path.exists():
        t = time.perf_counter()
        write_csv(path, rows, seed)
        print(f"generated {path.name} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def csv_parse_seconds(path: Path) -> float:
    """The floor: read and split every record with the csv module, nothing else."""
    t = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as f:
        for _ in csv.reader(f):
            pass
    return time.perf_counter() - t


def run_child(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in KB. wait4's ru_maxrss covers the child and the
    descendants it reaped (its --jobs workers): the largest single process, not their sum."""
    # An installed listlint runs from compiled bytecode (pip writes it at install time); a
    # PYTHONDONTWRITEBYTECODE=1 environment would recompile every module on every start.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_maxrss


def listlint_cmd(path: Path, report: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "listlint", "check", str(path), "--format", "json",
            "-o", str(report), "--exit-zero", "--no-progress", "--jobs", str(jobs)]


def startup(folder: Path, runs: int) -> tuple[float, float]:
    path = dataset(10, 7, folder)
    run_child(listlint_cmd(path, folder / "startup.json", 1))  # bytecode and user caches written
    times = []
    for _ in range(runs):
        wall, _ = run_child(listlint_cmd(path, folder / "startup.json", 1))
        times.append(wall)
    return statistics.median(times), min(times)


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(l for l in f if l.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        pass
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), cpu)
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def rules_in_use(report: Path) -> str:
    import json
    try:
        with open(report, encoding="utf-8") as f:
            d = json.load(f)
    except (OSError, ValueError):
        return ""
    return ", ".join(f"{k} {v}" for k, v in d["summary"]["by_category"].items())


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", default=["10k", "100k"], help="10k 100k 1m or a number")
    ap.add_argument("--jobs", nargs="+", type=int, default=[1, 2])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--startup-runs", type=int, default=10)
    ap.add_argument("--out", default=str(HERE / "out"), help="scratch folder for data and reports")
    ap.add_argument("--markdown", help="also write the table to this file")
    a = ap.parse_args(argv)
    folder = Path(a.out)
    folder.mkdir(parents=True, exist_ok=True)

    lines = [f"Machine: {machine()}", "",
             "| rows | MB | jobs | csv parse s | listlint s | ratio | rows/s | MB/s | peak RSS MB | speed-up |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    found = ""
    for size in a.sizes:
        rows = parse_size(size)
        path = dataset(rows, a.seed, folder)
        mb = path.stat().st_size / 1e6
        csv_parse_seconds(path)  # warm the page cache
        floor = csv_parse_seconds(path)
        single = None
        for jobs in a.jobs:
            report = folder / f"report-{rows}-j{jobs}.json"
            wall, rss = run_child(listlint_cmd(path, report, jobs))
            single = single or (wall if jobs == 1 else None)
            speedup = f"{single / wall:.2f}×" if single and jobs != 1 else ""
            rss_txt = f"{rss / 1024:.0f}"
            lines.append(f"| {rows:,} | {mb:.1f} | {jobs} | {floor:.2f} | {wall:.2f} | {wall / floor:.1f}× "
                         f"| {rows / wall:,.0f} | {mb / wall:.1f} | {rss_txt} | {speedup} |")
            print(lines[-1], file=sys.stderr)
            found = rules_in_use(report) or found
    med, best = startup(folder, a.startup_runs)
    lines += ["", f"Start-up: `listlint check` on a 10-row file: median {med:.3f} s, best {best:.3f} s "
                  f"over {a.startup_runs} runs.",
              f"Findings by category in the last report: {found or 'none'}."]
    text = "\n".join(lines)
    print(text)
    if a.markdown:
        Path(a.markdown).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
