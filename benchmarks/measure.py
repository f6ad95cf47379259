"""Run a command and measure its wall time and the peak memory of its whole process tree.

`ru_maxrss` covers one process; `trygg build --jobs N` runs N + 1. A sampler thread
sums the memory of the process and all its descendants every 20 ms and keeps the
highest sum, so short peaks between samples can be missed. Two sums are kept:

- PSS (proportional set size, `/proc/<pid>/smaps_rollup`): each page shared by k
  processes counts 1/k in each, so the sum is the memory the tree really occupies.
  This is the figure compared with the target: forked workers share the parent's
  pages (the interpreter, the imported modules) until they write to them.
- RSS (`VmRSS`): every process counts every page it maps, so shared pages count once
  per process; the sum overstates a tree of forked workers.

Sampling is not free: each sample lists /proc and reads every process's stat and the
tree's smaps_rollup, about a third of a core. On a two-core machine that slowed a
`trygg build` using both cores by up to a quarter (a plan edit: 0.83 s sampled against
0.66 s not, medians of 6, alternated), while a one-process `mkdocs build` had the other
core to itself. So a run is timed without the sampler, and `memory=True` is asked only
of the runs whose memory is reported, which are not timed.

The machine may be shared. Like shared/research/perf.md, `run` waits until the rest
of the machine uses less than 0.25 cores before it starts, measures what the rest used
meanwhile ("foreign load", from /proc/stat minus this process and its children), and
repeats a run that had more than 0.3 cores of foreign load, up to three times.
"""

from __future__ import annotations

import dataclasses
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
TICK = os.sysconf("SC_CLK_TCK")
QUIET, NOISY, TRIES = 0.25, 0.3, 3  # cores of foreign load: to start, to repeat; attempts


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float  # proportional memory (PSS) of the whole process tree, sampled
    output: str
    peak_rss_mib: float = 0.0  # resident memory (RSS) summed over the tree, sampled
    foreign: float = 0.0  # cores the rest of the machine used meanwhile, on average


def run(
    command: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
    memory: bool = False,
) -> Measured:
    """Run `command` to the end, on a quiet machine if it gets quiet; fail if it fails.
    `before` runs before each attempt: a run repeated after an edit must edit again, or
    it measures a build with nothing to do. With `memory`, the tree's memory is sampled
    (and the time is not to be compared: the sampling takes CPU)."""
    for attempt in range(TRIES):
        wait_until_quiet()
        if before is not None:
            before()
        busy, own = machine_busy(), own_cpu()
        measured = _run(command, cwd, env, memory=memory)
        foreign = (machine_busy() - busy - (own_cpu() - own)) / measured.seconds
        if foreign <= NOISY or attempt == TRIES - 1:
            return dataclasses.replace(measured, foreign=foreign)
    raise AssertionError("unreachable")


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores), from /proc/stat."""
    fields = [int(f) for f in (PROC / "stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return (sum(fields[:8]) - idle) / TICK


def own_cpu() -> float:
    """CPU seconds of this process and its finished children."""
    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def wait_until_quiet(limit: float = 120.0) -> float:
    """Wait (at most `limit` seconds) until the rest of the machine uses < QUIET cores."""
    waited = 0.0
    while waited < limit:
        busy, own = machine_busy(), own_cpu()
        time.sleep(0.5)
        waited += 0.5
        if (machine_busy() - busy - (own_cpu() - own)) / 0.5 < QUIET:
            break
    return waited


def _run(
    command: list[str], cwd: Path | None, env: dict[str, str] | None, *, memory: bool
) -> Measured:
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    sampler = _Sampler(process.pid)
    if memory:
        sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    if memory:
        sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output[-3000:]}")
    return Measured(seconds, sampler.peak / 1024, output, sampler.peak_rss / 1024)


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0  # KiB, PSS
        self.peak_rss = 0  # KiB
        self.running = True

    def run(self) -> None:
        while self.running:
            tree = _tree(self.pid)
            self.peak = max(self.peak, sum(_field(p, "smaps_rollup", "Pss:") for p in tree))
            self.peak_rss = max(self.peak_rss, sum(_field(p, "status", "VmRSS:") for p in tree))
            time.sleep(0.02)

    def stop(self) -> None:
        self.running = False
        self.join()


def _tree(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def _field(pid: int, file: str, name: str) -> int:
    """A KiB figure from /proc/<pid>/<file>, 0 when the process is gone."""
    try:
        for line in (PROC / str(pid) / file).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def disk_usage(folder: Path) -> tuple[int, int]:
    """(bytes as files appear, bytes on disk with each hard-linked file counted once)."""
    apparent = 0
    seen: dict[tuple[int, int], int] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            apparent += stat.st_size
            seen[(stat.st_dev, stat.st_ino)] = stat.st_size
    return apparent, sum(seen.values())


def compile_bytecode() -> None:
    """Run trygg from compiled bytecode, as an installed package does (pip compiles it).

    Without this, a machine with PYTHONDONTWRITEBYTECODE set compiles trygg's 100-odd
    modules again in every process, while MkDocs and the other libraries have theirs
    from pip. The bytecode goes where Python looks for it: `__pycache__` beside each
    module (ignored by git).
    """
    import generator

    package = str(Path(generator.__file__).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)
