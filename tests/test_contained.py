"""An error in trygg's own code met by one school withholds that school alone: the check
tells it (TP022) and the others are checked, built and published as usual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_build import make_project, run_build

from generator.build import sites
from generator.check import contained

BROKEN = "strandskolan"


def test_an_error_in_checking_one_school_withholds_only_that_school(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    checked = contained.check_school

    def failing(directory: Path, *args: Any) -> Any:
        if directory.name == BROKEN:
            raise OverflowError("date value out of range")
        return checked(directory, *args)

    monkeypatch.setattr(contained, "check_school", failing)
    project = make_project(tmp_path)
    out = project / "site"
    assert run_build(project, out, "--ingen-cache") == 1
    told = capsys.readouterr()
    assert (
        f"content/skolor/{BROKEN}/skola.yml: fel TP022 trygg kunde inte kontrollera enheten "
        "(OverflowError: date value out of range)" in told.out
    )
    assert "Traceback" not in told.out + told.err
    assert not (out / BROKEN).exists()
    assert (out / "ekbackens-skola" / "index.html").is_file() and (out / "index.html").is_file()


def test_an_error_in_building_one_school_withholds_only_that_school(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    built = sites.build_job

    def failing(job: Any, *args: Any) -> None:
        if job.school_id == BROKEN:
            raise KeyError("sidan")
        built(job, *args)

    monkeypatch.setattr(sites, "build_job", failing)
    project = make_project(tmp_path)
    out = project / "site"
    assert run_build(project, out, "--ingen-cache") == 1
    told = capsys.readouterr()
    assert "webbplatsen kunde inte byggas (KeyError: 'sidan')" in told.err
    assert "Traceback" not in told.out + told.err
    assert not (out / BROKEN).exists()
    assert (out / "ekbackens-skola" / "index.html").is_file() and (out / "index.html").is_file()
