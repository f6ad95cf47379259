"""`mkdocs serve` latency: from saving a YAML file to the page showing the change.

    python -m benchmarks.serve                 # one synthetic school, 7 edits
    python -m benchmarks.serve --edits 15 --polling

Starts `mkdocs serve` on a one-school project (benchmarks/synthetic.py), waits for the
first build, then edits the school's plan (a unique word in its vision) and requests
the plan page every 5 ms until the word appears. The clock starts when the file has
been written and closed; the figure is the median over `--edits` edits. Before each
edit it waits until the rest of the machine is quiet, and an edit during which the
rest used more than 0.3 cores is made again (benchmarks/measure.py). `--polling` turns
off the trygg plugin's native file watching, to measure MkDocs' own polling.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.arguments import add_work, prepared_work
from benchmarks.edits import with_vision_words
from benchmarks.measure import (
    NOISY,
    PROC,
    TICK,
    machine_busy,
    own_cpu,
    wait_until_quiet,
)
from benchmarks.reference import MKDOCS_ENV, project

PAGE = "trygghetsplan/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # localhost only
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def wait_for(url: str, marker: str, timeout: float) -> float | None:
    """Seconds until `marker` is on the page, polling every 5 ms; None after `timeout`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if marker in _get(url):
            return time.perf_counter() - started
        time.sleep(0.005)
    return None


def measure(work: Path, edits: int, *, polling: bool) -> list[float]:
    """The latency of each edit, in seconds."""
    config = project(work / "serve", 1)
    school = next((config.parent / "content" / "skolor").iterdir())
    plan = sorted((school / "trygghetsplan").glob("*.yml"))[-1]
    if polling:
        option = "      content_dir: content"
        text = config.read_text(encoding="utf-8")
        text = text.replace(option, f"{option}\n      snabb_forhandsvisning: false")
        config.write_text(text, encoding="utf-8")
    port = free_port()
    url = f"http://127.0.0.1:{port}/{PAGE}"
    server = _serve(config, school.name, port)
    try:
        if wait_for(url, "<html", 60) is None:
            raise RuntimeError("mkdocs serve did not start")
        time.sleep(1.0)  # let the watchers settle
        original = plan.read_text(encoding="utf-8")
        return [_edit(plan, original, url, server.pid, f"{n}x{os.getpid()}") for n in range(edits)]
    finally:
        server.terminate()
        server.wait(timeout=10)


def _serve(config: Path, school: str, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config)]
    command += ["-a", f"127.0.0.1:{port}"]
    env = {**os.environ, **MKDOCS_ENV, "SKOLA": school}
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _edit(plan: Path, original: str, url: str, server: int, name: str) -> float:
    """Seconds from saving the plan to the page showing it; again if the machine was busy."""
    seconds = 0.0
    for attempt in range(3):
        wait_until_quiet()
        marker = f"ändring{name}{attempt}"
        busy, own, served = machine_busy(), own_cpu(), _cpu(server)
        plan.write_text(with_vision_words(original, marker), encoding="utf-8")
        shown = wait_for(url, marker, 20)
        if shown is None:
            raise RuntimeError(f"the edit {marker} never showed up")
        seconds = shown
        foreign = machine_busy() - busy - (own_cpu() - own) - (_cpu(server) - served)
        time.sleep(0.7)  # past MkDocs' polling interval, so that edits do not overlap
        if foreign / seconds <= NOISY:
            break
    return seconds


def _cpu(pid: int) -> float:
    """CPU seconds of a running process (the server)."""
    fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=7)
    parser.add_argument("--polling", action="store_true", help="MkDocs' own polling watcher")
    add_work(parser)
    args = parser.parse_args()
    work = prepared_work(args, "trygg-serve-")
    found = measure(work, args.edits, polling=args.polling)
    shown = ", ".join(f"{s:.3f}" for s in found)
    middle = statistics.median(found)
    print(f"median {middle:.3f} s (min {min(found):.3f}, max {max(found):.3f}): {shown}")


if __name__ == "__main__":
    main()
