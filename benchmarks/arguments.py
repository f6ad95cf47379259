"""What every benchmark's command line shares: where it works, and the same start."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks.measure import compile_bytecode


def add_work(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")


def add_builds(parser: argparse.ArgumentParser, sample_help: str) -> None:
    """`--jobs` and `--sample`, for benchmarks that build and time plain MkDocs beside."""
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sample", type=int, default=5, help=sample_help)


def prepared_work(args: argparse.Namespace, prefix: str) -> Path:
    """The working folder, once trygg runs from compiled bytecode as an installed one does."""
    compile_bytecode()
    given: Path | None = args.work
    return given or Path(tempfile.mkdtemp(prefix=prefix))
