"""A page of thousands of blocks would cost Python-Markdown seconds: it is refused at
check, in linear time, with the line where it passes the limit (TP002)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.load.blocks import MAX_PAGE_BLOCKS, too_many_blocks


@pytest.mark.parametrize("unit", ["# h\n", "```\n", "ord\n\n", "## rubrik\ntext\n"])
def test_a_flood_of_blocks_is_refused_where_it_passes_the_limit(tmp_path: Path, unit: str) -> None:
    tree = Tree(tmp_path)
    front = tree.text(PAGE).split("---\n")[1]
    tree.path(PAGE).write_text(f"---\n{front}---\n" + unit * 10_000, encoding="utf-8")
    [problem] = [p for p in tree.check().report if p.code == "TP002"]
    assert problem.location.file == PAGE and problem.location.line > MAX_PAGE_BLOCKS
    assert "dela upp sidan" in problem.hint


def test_a_long_real_page_passes() -> None:
    page = "\n\n".join(f"## Rubrik {i}\n\nEtt stycke text om punkt {i}." for i in range(600))
    assert too_many_blocks(page) is None
