"""Every YAML file of trygg's is read by its name ending in .yml, and a file named
another way is told by its own name with the name to give it: never "filen saknas –
skapa skola.yml" beside a skola.yaml, and never a 2027-28.yaml plan read in silence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = Path("skolor/ekbackens-skola")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content"


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("skola.yml", "skola.yaml"),
        ("skola.yml", "Skola.yml"),
        ("arshjul.yml", "årshjul.yml"),
        ("arshjul.yml", "arshjul.yaml"),
    ],
)
def test_a_file_named_another_way_is_told_its_name(content: Path, name: str, named: str) -> None:
    folder = content / SCHOOL
    (folder / name).rename(folder / named)
    report = check_content(content).report
    assert "TP029" not in {p.code for p in report}  # the rename says it all
    [missing] = [p for p in report if p.code == "TP038"]
    assert missing.format() == (
        f"content/{SCHOOL}/{named}:1:1: fel TP038 trygg läser inte {named}: filen ska heta "
        f"{name} – döp om den till {name}"
    )  # not "filen saknas – skapa skola.yml, till exempel som en kopia av en annan skolas"


def test_a_plan_ending_in_yaml_is_told_like_every_other_file(content: Path) -> None:
    plans = content / SCHOOL / "trygghetsplan"
    (plans / "2026-27.yml").rename(plans / "2026-27.yaml")
    report = check_content(content).report
    [named] = [p for p in report if p.code == "TP035"]
    assert named.format() == (
        f"content/{SCHOOL}/trygghetsplan/2026-27.yaml:1:1: fel TP035 filändelsen .yaml läses "
        "inte som en plan – döp om filen till 2026-27.yml: trygg läser bara filer som slutar "
        "på .yml"
    )


def test_a_report_ending_in_yaml_is_told_to_be_renamed(content: Path) -> None:
    reports = content / "rapporter"
    first = sorted(reports.glob("*.yml"))[-1]
    first.rename(first.with_suffix(".yaml"))
    [named] = [p for p in check_content(content).report if p.code == "TP061"]
    assert str(named.location) == f"content/rapporter/{first.stem}.yaml:1:1"
    assert named.hint.startswith(f"döp om filen till {first.stem}.yml")
