"""Run a command and measure its wall time and the peak memory of its whole process tree.

`ru_maxrss` covers one process; `trygg build --jobs N` runs N + 1. A sampler thread
sums the resident memory (VmRSS) of the process and all its descendants every
20 ms and keeps the highest sum, so short peaks between samples can be missed.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mib: float  # resident memory of the whole process tree, sampled
    output: str


def run(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Measured:
    """Run `command` to the end; fail loudly if it fails."""
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
    sampler.start()
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output[-3000:]}")
    return Measured(seconds, sampler.peak / 1024, output)


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0  # KiB
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
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


def _rss(pid: int) -> int:
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
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
