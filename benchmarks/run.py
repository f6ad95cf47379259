"""The performance benchmark of issue 8 (and issue 3 item 8). Not a test: it prints figures.

    python -m benchmarks.run                 # quick: 30 schools, sizes 1 and 10
    python -m benchmarks.run --n 300 --sizes 1,10,50 --sample 20

For N synthetic schools (benchmarks/synthetic.py) it measures `trygg check` (without
and with its cache), a cold `trygg build`, the same build again with nothing changed,
after editing one school's plan (an edit the portal does not show, and one it does),
the `mkdocs serve` latency (benchmarks/serve.py) and a portal-visible edit in `trygg
förhandsvisa` (benchmarks/preview.py); then seconds per school and peak
memory for each size (memory from cold builds of their own: sampling it takes CPU, so
the timed runs are not sampled, `benchmarks.measure`). Every figure is printed with its
reference measured in the same run: plain `mkdocs build` of the same generated
Markdown, one process per school (median of `--sample` schools; the total for N schools
is that median × N). See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from benchmarks.arguments import add_builds, add_work, prepared_work
from benchmarks.edits import with_vision_words
from benchmarks.measure import Measured, disk_usage, run
from benchmarks.preview import measure as measure_preview
from benchmarks.reference import MKDOCS_ENV, hugo_available, plain_mkdocs, project
from benchmarks.serve import measure as measure_serve

TRYGG = [sys.executable, "-m", "generator"]


@dataclass(frozen=True)
class Row:
    what: str
    ours: str
    reference: str
    ratio: str
    target: str
    met: bool | None  # None: not measured here

    def line(self) -> str:
        verdict = {True: "uppfyllt", False: "**ej uppfyllt**", None: "–"}[self.met]
        cells = [self.what, self.ours, self.reference, self.ratio, self.target, verdict]
        return "| " + " | ".join(cells) + " |"


def build(
    config: Path,
    out: Path,
    cache: Path,
    jobs: int,
    *extra: str,
    before: Callable[[], None] | None = None,
    memory: bool = False,
) -> Measured:
    command = [*TRYGG, "build", "--config", str(config), "--out", str(out)]
    command += ["--cache", str(cache), "--jobs", str(jobs), *extra]
    return run(command, env=MKDOCS_ENV, before=before, memory=memory)


def cold_memory(config: Path, jobs: int, *extra: str) -> Measured:
    """The memory of a cold build (no output, no cache), in a run of its own: sampling
    memory takes CPU, so the timed builds are not sampled (`benchmarks.measure`)."""
    out, cache = config.parent / "site-minne", config.parent / "cache-minne"
    measured = build(config, out, cache, jobs, *extra, memory=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    return measured


# A measure renamed (the portal's granskning lists the measures, so the portal is rebuilt
# too), as (old, new); the other edit puts words in the vision (not on the portal).
PORTAL_EDIT = ("    titel: ", "    titel: Nya ")


def edit_one_plan(config: Path, kind: str, number: int = 0) -> None:
    schools = sorted((config.parent / "content" / "skolor").iterdir())
    plan = sorted(
        (schools[(len(schools) // 2 + number) % len(schools)] / "trygghetsplan").glob("*.yml")
    )[-1]
    text = plan.read_text(encoding="utf-8")
    edited = (
        with_vision_words(text, "Vi vill att") if kind == "text" else text.replace(*PORTAL_EDIT, 1)
    )
    plan.write_text(edited, encoding="utf-8")


def edited(config: Path, folders: tuple[Path, Path], jobs: int, kind: str) -> Measured:
    """The median of three builds, each after editing another school's plan."""
    found = []
    for number in range(3):
        school = 2 * number + (1 if kind == "portal" else 0)
        found.append(
            build(config, *folders, jobs, before=partial(edit_one_plan, config, kind, school))
        )
    return sorted(found, key=lambda measured: measured.seconds)[1]


def check(content: Path, jobs: int, *extra: str, memory: bool = False) -> Measured:
    return run([*TRYGG, "check", str(content), "--jobs", str(jobs), *extra], memory=memory)


def checks(content: Path, jobs: int) -> tuple[Measured, Measured]:
    """`trygg check` without a cache, and with one after a first check filled it."""
    cache = str(content.parent / "kontrollcache")
    cold = check(content, jobs, "--ingen-cache")
    check(content, jobs, "--cache", cache)
    return cold, check(content, jobs, "--cache", cache)


def main_table(work: Path, n: int, jobs: int, sample: int) -> list[Row]:
    config = project(work / f"n{n}", n)
    out, cache = config.parent / "site", config.parent / "cache"
    cold_check, warm_check = checks(config.parent / "content", jobs)
    check_memory = check(config.parent / "content", jobs, "--ingen-cache", memory=True)
    memory = cold_memory(config, jobs)
    cold = build(config, out, cache, jobs)
    warm = build(config, out, cache, jobs)
    text_edit = edited(config, (out, cache), jobs, "text")
    portal_edit = edited(config, (out, cache), jobs, "portal")
    serve = statistics.median(measure_serve(work, 9, polling=False))
    preview = statistics.median(measure_preview(project(work / f"preview{n}", n), 5, jobs))
    plain, sampled = plain_mkdocs(config, sample)
    apparent, stored = disk_usage(out)
    per_school = cold.seconds / n
    ratio = cold.seconds / (plain * n)
    return [
        Row(f"full `trygg build` of {n} schools, validation included",
            f"{cold.seconds:.1f} s = {per_school:.3f} s/skola{_load(cold)}",
            f"plain mkdocs {plain:.2f} s/site (median of {sampled}) × {n} = {plain * n:.0f} s"
            + ("" if hugo_available() else "; Hugo not installed"),
            f"{ratio:.2f}×", "≤ 0.08 s/skola and ≤ 0.15×",
            per_school <= 0.08 and ratio <= 0.15),
        Row(f"`trygg build` again, nothing changed ({n} schools)",
            f"{warm.seconds:.2f} s{_load(warm)}",
            f"{plain * n:.0f} s", f"{warm.seconds / (plain * n):.3f}×", "≤ 1 s (300 schools)",
            warm.seconds <= 1),
        Row(f"`trygg build` after editing one plan ({n} schools; median of 3 edits): "
            "text the portal does not show",
            f"{text_edit.seconds:.2f} s{_load(text_edit)}", f"{plain:.2f} s (one plain site)",
            f"{text_edit.seconds / plain:.1f}×", "≤ 0.6 s (300 schools)", text_edit.seconds <= 0.6),
        Row(f"`trygg build` after editing one plan ({n} schools; median of 3 edits): "
            "a measure renamed, so the portal is rebuilt too",
            f"{portal_edit.seconds:.2f} s{_load(portal_edit)}", f"{plain:.2f} s (one plain site)",
            f"{portal_edit.seconds / plain:.1f}×", "≤ 0.6 s (300 schools)",
            portal_edit.seconds <= 0.6),
        Row(f"`trygg förhandsvisa` ({n} schools; median of 5 edits): a measure renamed, save "
            "to the portal's granskning page showing it",
            f"{preview:.2f} s", f"{plain:.2f} s (one plain site)", f"{preview / plain:.2f}×",
            "≤ one plain site (issue 18)", preview <= plain),
        Row(f"`trygg check` of {n} schools, no cache (`--ingen-cache`)",
            f"{cold_check.seconds:.2f} s{_load(cold_check)}", "–", "–", "≤ 2 s (300 schools)",
            cold_check.seconds <= 2),
        Row(f"`trygg check` of {n} schools, nothing changed since the last check",
            f"{warm_check.seconds:.2f} s{_load(warm_check)}", "–", "–", "≤ 2 s (300 schools)",
            warm_check.seconds <= 2),
        Row("`mkdocs serve`, save to reloaded page (one school, median of 9)", f"{serve:.2f} s",
            "0.94 s (perf.md)", f"{serve / 0.94:.2f}×", "≤ 0.3 s", serve <= 0.3),
        Row(f"peak memory, cold build of {n} schools (all processes, PSS)",
            f"{memory.peak_mib:.0f} MiB (RSS summed: {memory.peak_rss_mib:.0f})",
            f"check alone {check_memory.peak_mib:.0f} MiB", "–", "≤ 300 MiB (300 schools)",
            memory.peak_mib <= 300),
        Row(f"disk, {n} sites + portal", f"{stored / 2**20:.0f} MiB stored",
            f"{apparent / 2**20:.0f} MiB as copies", f"{stored / apparent:.2f}×",
            "theme assets stored once", stored < apparent / 2),
    ]  # fmt: skip


def _load(measured: Measured) -> str:
    """The other load on the machine during a run, when there was any worth noting."""
    return f" (other load {measured.foreign:.1f} cores)" if measured.foreign > 0.05 else ""


def size_table(work: Path, sizes: list[int], jobs: int, sample: int) -> list[str]:
    lines = ["| N | trygg build s/skola | peak MiB (all processes, PSS) | plain mkdocs s/site "
             "| ratio |", "|---|---|---|---|---|"]  # fmt: skip
    for n in sizes:
        config = project(work / f"size{n}", n)
        cold = build(config, config.parent / "site", config.parent / "cache", jobs, "--ingen-cache")
        memory = cold_memory(config, jobs, "--ingen-cache")
        plain, _sampled = plain_mkdocs(config, min(n, sample))
        per_school = cold.seconds / n
        lines.append(
            f"| {n} | {per_school:.3f} | {memory.peak_mib:.0f} | {plain:.2f} | "
            f"{per_school / plain:.2f}× |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=30, help="schools for the main table (30)")
    parser.add_argument("--sizes", default="1,10", help="sizes for s/school, e.g. 1,10,50")
    add_builds(parser, "plain mkdocs builds to time (5)")
    add_work(parser)
    args = parser.parse_args()
    work = prepared_work(args, "trygg-bench-")
    print(f"# trygg benchmark: {platform.node()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, --jobs {args.jobs}, work {work}\n")  # fmt: skip
    print("| what | ours | reference (same run) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for row in main_table(work, args.n, args.jobs, args.sample):
        print(row.line(), flush=True)
    print()
    for line in size_table(
        work, [int(s) for s in args.sizes.split(",") if s], args.jobs, args.sample
    ):
        print(line, flush=True)


if __name__ == "__main__":
    main()
