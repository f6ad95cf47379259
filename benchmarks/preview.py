"""`trygg förhandsvisa` latency: from saving a plan to the portal showing the change.

    python -m benchmarks.preview                 # 30 synthetic schools, 7 edits
    python -m benchmarks.preview --n 300 --edits 9
    python -m benchmarks.preview --clone strandskolan   # the example and 30 copies of one school

Starts `trygg förhandsvisa` on N synthetic schools (benchmarks/synthetic.py), or on the
example's content with N copies of one of its schools (as issue 18 is judged), waits for
its first build, then renames a measure in one school's plan after another (the
portal's granskning of the school lists its measures, so the school's site and the
portal are rebuilt: issue 18's portal-visible edit) and requests that granskning page
every 5 ms until the new name is on it. The clock starts when the file has been written
and closed; the figure is the median over `--edits` edits, each waiting for a quiet
machine first (benchmarks/measure.py, as benchmarks/serve.py). Its reference, measured
in the same run: one plain `mkdocs build` of one school (the median of `--sample`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.arguments import add_builds, add_work, prepared_work
from benchmarks.measure import wait_until_quiet
from benchmarks.reference import MKDOCS_ENV, cloned_project, plain_mkdocs, project
from benchmarks.serve import free_port, wait_for

TITLE = "    titel: "


def measure(config: Path, edits: int, jobs: int) -> list[float]:
    """The latency of each edit, in seconds."""
    schools = sorted((config.parent / "content" / "skolor").iterdir())
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "generator", "förhandsvisa", "--config", str(config)]
    command += ["--adress", f"127.0.0.1:{port}", "--jobs", str(jobs)]
    env = {**os.environ, **MKDOCS_ENV}
    hidden = subprocess.DEVNULL
    server = subprocess.Popen(command, env=env, stdout=hidden, stderr=hidden)
    try:
        if wait_for(base, "<html", 60 + len(schools)) is None:
            raise RuntimeError("trygg förhandsvisa did not start")
        time.sleep(1.0)  # the standby for the next build gets ready
        return [
            _edit(schools[(3 * k) % len(schools)], base, f"Mätt{k}x{os.getpid()}")
            for k in range(edits)
        ]
    finally:
        server.terminate()
        server.wait(timeout=30)


def _edit(school: Path, base: str, marker: str) -> float:
    """Seconds from saving the school's plan to its granskning page showing the new name."""
    plan = sorted((school / "trygghetsplan").glob("*.yml"))[-1]
    url = f"{base}granskning/enheter/{school.name}/"
    wait_until_quiet()
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace(TITLE, f"{TITLE}{marker} ", 1), encoding="utf-8")
    shown = wait_for(url, marker, 30)
    if shown is None:
        raise RuntimeError(f"the edit {marker} never showed up at {url}")
    time.sleep(1.0)  # the next standby gets ready, as while an author writes
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--clone", metavar="SCHOOL", help="copies of this example school")
    parser.add_argument("--edits", type=int, default=7)
    add_builds(parser, "plain mkdocs builds to time (5)")
    add_work(parser)
    args = parser.parse_args()
    work = prepared_work(args, "trygg-preview-")
    if args.clone:
        config = cloned_project(work / f"cloned{args.n}", args.n, args.clone)
        found = measure(config, args.edits, args.jobs)
        copies = [f"{args.clone}-{k}" for k in range(1, args.sample + 1)]
        plain, sampled = plain_mkdocs(config, args.sample, copies)
        what = f"the example and {args.n} copies of {args.clone}"
    else:
        found = measure(project(work / f"preview{args.n}", args.n), args.edits, args.jobs)
        plain, sampled = plain_mkdocs(project(work / "reference", args.n), args.sample)
        what = f"{args.n} synthetic schools"
    shown = ", ".join(f"{s:.3f}" for s in found)
    middle = statistics.median(found)
    print(f"portal-visible edit in trygg förhandsvisa, {what}: median {middle:.3f} s")
    print(f"  each: {shown}")
    print(f"one plain mkdocs build of one school: {plain:.3f} s (median of {sampled})")
    print(f"ratio {middle / plain:.2f}; target ≤ 1: {'met' if middle <= plain else 'not met'}")


if __name__ == "__main__":
    main()
