"""What the charts add to a full build (issue 18: at most 5 %). Not a test: it prints figures.

    python -m benchmarks.chartshare                  # 30 synthetic schools, 3 rounds
    python -m benchmarks.chartshare --n 300 --rounds 5 --jobs 2

Each round builds the same synthetic schools from scratch twice, once as they are and
once with every chart left out: the functions that put a chart on a page
(`render.plan.survey`'s `survey_chart`, the trend chart in `render.plan.trends`, the
granskning's four charts in `review.overviewpage` and `review.pages`) give nothing, so
the survey and trend tables, text and everything else stay. The two builds alternate,
each in a new process, and the medians and the least of each kind are compared. What a
chart costs after it is drawn (Python-Markdown reading its SVG, Material's search indexer,
the output scan) is counted, as it is part of what the charts add.

The CPU time of the build process is the figure to compare: with `--jobs 1` (the
default) the whole build runs in that one process, so the figure does not depend on
what else the machine runs. With `--jobs 2` the wall time is the one given.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.measure import compile_bytecode
from benchmarks.reference import MKDOCS_ENV, project

CHARTS = {
    "generator.render.plan.survey": ("survey_chart",),
    # A trend keeps its table (and what it says is missing): only its chart goes.
    "generator.render.plan.trends": ("render_bars", "figure"),
    "generator.review.overviewpage": ("status_chart", "key_chart", "problems_chart"),
    "generator.review.pages": ("grounds_heatmap",),
}


def without_charts() -> None:
    """Leave every chart out of the pages this process renders (and its forked workers)."""
    for module_name, names in CHARTS.items():
        module = importlib.import_module(module_name)
        for name in names:
            setattr(module, name, lambda *_args, **_kwargs: "")


def child(charts: bool, config: Path, out: Path, jobs: int) -> None:
    """Build once in this process; print its CPU and wall seconds as JSON."""
    from generator.cli.main import main as trygg

    if not charts:
        without_charts()
    cache = out.parent / f"{out.name}-cache"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    command = ["build", "--config", str(config), "--out", str(out), "--cache", str(cache)]
    started, cpu = time.perf_counter(), time.process_time()
    try:
        trygg([*command, "--jobs", str(jobs), "--ingen-cache"])
    except SystemExit as done:
        if done.code not in (0, None):
            raise
    cpu, wall = time.process_time() - cpu, time.perf_counter() - started
    print(json.dumps({"cpu": cpu, "wall": wall}))


def one_build(charts: bool, config: Path, jobs: int) -> dict[str, float]:
    out = config.parent / ("site-with" if charts else "site-without")
    command = [sys.executable, "-m", "benchmarks.chartshare", "--child"]
    command += ["with" if charts else "without", str(config), str(out), "--jobs", str(jobs)]
    done = subprocess.run(
        command, capture_output=True, text=True, check=True, env={**os.environ, **MKDOCS_ENV}
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30, help="schools (30)")
    parser.add_argument("--rounds", type=int, default=3, help="builds of each kind (3)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "CONFIG", "OUT"), help="internal")
    args = parser.parse_args()
    if args.child:
        kind, config, out = args.child
        child(kind == "with", Path(config), Path(out), args.jobs)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="trygg-charts-"))
    compile_bytecode()
    config = project(work / f"n{args.n}", args.n)
    found: dict[bool, list[dict[str, float]]] = {True: [], False: []}
    for _round in range(args.rounds):
        for charts in (True, False):
            found[charts].append(one_build(charts, config, args.jobs))
    key = "cpu" if args.jobs == 1 else "wall"
    print(f"# full build of {args.n} schools, --jobs {args.jobs}, {args.rounds} rounds, "
          f"{'CPU' if key == 'cpu' else 'wall'} seconds\n")  # fmt: skip
    print("| of the rounds | with charts | without charts | the charts add |")
    print("|---|---|---|---|")
    # The median, and the least: other load on the machine only ever adds time, so the
    # least of each kind is the nearest to what the build itself costs.
    for name, pick in (("median", statistics.median), ("least", min)):
        with_, without = (pick(f[key] for f in found[c]) for c in (True, False))
        print(f"| {name} | {with_:.2f} s | {without:.2f} s | {(with_ - without) / without:.1%} |")
    for charts in (True, False):  # the spread shows how far the machine's load moved them
        shown = ", ".join(f"{f[key]:.2f}" for f in found[charts])
        print(f"\n{'with' if charts else 'without'} charts, each round: {shown} s", end="")
    print()


if __name__ == "__main__":
    main()
