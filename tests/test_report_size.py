"""TP073: a report of more counts than the protection can read in time is refused at the
block where it passes the bound, with how to split it; one at the bound is read."""

from __future__ import annotations

import time
from pathlib import Path

from generator.codes.reports import CODES
from generator.load.reader import Reader
from generator.load.report_size import MAX_REPORT_COUNTS
from generator.load.reports import read_reports
from generator.problems import Severity


def report(blocks: int, rows: int) -> str:
    """A report of `blocks` blocks of 10 groups of `rows` subgroups, one a line."""
    cells = ", ".join(f"{{namn: R{r}, antal: 5}}" for r in range(rows))
    groups = ", ".join(f"{{namn: G{g}, undergrupper: [{cells}]}}" for g in range(10))
    block = f"      - {{typ: kategorier, rubrik: R, enhet: elever, grupper: [{groups}]}}\n"
    return (
        "titel: Stor rapport\ndatum: 2026-04-08\nförfattare: Enheten\nsammanfattning: Text.\n"
        "avsnitt:\n  - rubrik: A\n    text: Text.\n    data:\n" + block * blocks
    )


def read(tmp_path: Path, text: str) -> tuple[int, list[str]]:
    folder = tmp_path / "content" / "rapporter"
    folder.mkdir(parents=True)
    (folder / "stor.yml").write_text(text, encoding="utf-8")
    reader = Reader(tmp_path, tmp_path / "content")
    found = read_reports(folder, reader)
    assert all(p.severity is Severity.ERROR for p in reader.problems)
    return len(found), [f"{p.code} {p.location} {p.message} {p.hint}" for p in reader.problems]


def test_a_report_over_the_bound_is_refused_where_it_passes_it(tmp_path: Path) -> None:
    blocks = MAX_REPORT_COUNTS // 100 + 1  # 100 counts a block: the last one passes it
    started = time.process_time()
    found, problems = read(tmp_path, report(blocks, 10))
    assert time.process_time() - started < 5
    assert found == 0
    (problem,) = problems
    assert problem.startswith(f"TP073 content/rapporter/stor.yml:{9 + blocks - 1}:9 ")
    assert f"fler än {MAX_REPORT_COUNTS} undergrupper" in problem
    assert "dela upp rapporten i flera rapporter" in problem


def test_a_report_at_the_bound_is_read(tmp_path: Path) -> None:
    assert read(tmp_path, report(MAX_REPORT_COUNTS // 100, 10)) == (1, [])


def test_the_code_says_the_bound() -> None:
    (code,) = [c for c in CODES if c.code == "TP073"]
    assert f"{MAX_REPORT_COUNTS} undergrupper" in code.checks
