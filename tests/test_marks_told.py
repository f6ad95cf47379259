"""A new repo's dozens of FYLL I marks (TP304) told the same way by every command: a
file's first three marks, then the rest counted ("45 ställen till i filen …"). `trygg
check` and `trygg build` did; `trygg export` and the MkDocs plugin (`mkdocs serve`,
`mkdocs build`) printed every mark, 75 lines before the first error."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.clock import reference_date
from generator.render.site import site_for
from tests.test_init import run

REST = re.compile(r"\d+ ställen till i filen är markerade FYLL I")


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun")
    assert run("init", str(root)) == 0
    return root


def _marks_per_file(lines: list[str]) -> Counter[str]:
    """How many lines tell TP304 marks, per file (as from the repo's root)."""
    files = (line.split(":")[0] for line in lines if " TP304 " in line)
    return Counter("content/" + file.split("content/", 1)[-1] for file in files)


def test_export_tells_the_marks_as_check_does(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    run("check", str(repo / "content"))
    checked = capsys.readouterr().out.splitlines()
    run("export", str(tmp_path / "ut"), "--config", str(repo / "mkdocs.yml"))
    exported = capsys.readouterr().out.splitlines()
    per_file = _marks_per_file(exported)
    assert per_file and max(per_file.values()) <= 4
    assert [line for line in exported if REST.search(line)]
    assert per_file == _marks_per_file(checked)


def test_the_plugins_lines_tell_the_marks_together(repo: Path) -> None:
    """The lines the plugin logs in `mkdocs serve` (`SiteContent.warnings`), here of the
    error page the new school's errors give."""
    site = site_for(check_content(repo / "content"), "min-skola", repo / "content",
                    today=reference_date())  # fmt: skip
    per_file = _marks_per_file(site.warnings)
    assert per_file and max(per_file.values()) <= 4
    assert [line for line in site.warnings if REST.search(line)]
