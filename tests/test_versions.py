"""A plan decided anew during its period (`2026-27-v2.yml`): it replaces the earlier
version from its start, and the archive and the open data keep both (issue 16)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.cli.main import main
from generator.load.periodnames import file_start
from generator.problems import Problem, Severity
from generator.render.site import site_for

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "strandskolan"
AFTER = dt.date(2027, 2, 1)  # after the new version starts
BETWEEN = dt.date(2027, 1, 16)  # decided anew, but the new version has not started


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example content where Strandskolan's 2026-27 plan is decided anew
    on 15 January 2027, in force from 20 January."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    plans = tmp_path / "content" / "skolor" / SCHOOL / "trygghetsplan"
    write_version(plans, "2026-27-v2.yml", "2027-01-15", "2027-01-20")
    return tmp_path / "content"


def write_version(plans: Path, name: str, decided: str, starts: str, base: str = "2026-27") -> Path:
    text = (plans / f"{base}.yml").read_text(encoding="utf-8")
    head, rest = text.split("beslut: ", 1)
    rest = rest.split("\n", 2)[2]  # the beslut and giltighet lines
    till = "2027-08-15" if base == "2026-27" else "2027-01-31"  # as long as the version before
    lines = (
        f"beslut: {{datum: {decided}, rektor: Tomas Åberg}}\n"
        f"giltighet: {{från: {starts}, till: {till}}}\n"
    )
    path = plans / name
    path.write_text(head + lines + rest, encoding="utf-8")
    return path


def problems(content: Path, today: dt.date = AFTER) -> list[Problem]:
    checked = check_content(content, only=[SCHOOL], today=today)
    return [p for p in checked.report if p.severity is Severity.ERROR]


def pages(content: Path, today: dt.date) -> dict[str, str]:
    checked = check_content(content, only=[SCHOOL], today=today)
    site = site_for(checked, SCHOOL, content, today=today)
    return {f.uri: str(f.content) for f in site.files}


def test_both_versions_are_valid_and_published_with_their_own_page_and_data(content: Path) -> None:
    assert problems(content) == []
    site = pages(content, AFTER)
    assert "trygghetsplan/2026-27/index.md" in site  # the replaced version
    assert "trygghetsplan/2026-27-v2/index.md" not in site  # the plan in force is the plan page
    first, second = json.loads(site["plan/2026-27.json"]), json.loads(site["plan/2026-27-v2.json"])
    assert first["beslut"]["version"] == 1 and first["beslut"]["ersatt_från"] == "2027-01-20"
    assert second["beslut"] == {
        "datum": "2027-01-15",
        "rektor": "Tomas Åberg",
        "version": 2,
        "ersatt_från": None,
    }


def test_the_new_version_is_the_plan_and_the_replaced_one_says_so(content: Path) -> None:
    site = pages(content, AFTER)
    plan = site["trygghetsplan/index.md"]
    assert "15 januari 2027 av rektor Tomas Åberg (ersätter beslutet 17 augusti 2026)" in plan
    replaced = site["trygghetsplan/2026-27/index.md"]
    assert '!!! note "Planen är ersatt"' in replaced
    assert "gällde 17 augusti 2026 – 19 januari 2027" in replaced
    assert "från 20 januari 2027 gäller en ny version" in replaced
    assert "[den gällande trygghetsplanen](../index.md)" in replaced


def test_the_archive_lists_both_versions(content: Path) -> None:
    archive = pages(content, AFTER)["trygghetsplan/arkiv/index.md"]
    assert "Trygghetsplan för läsåret 2026/27, version 2 (gäller nu)" in archive
    assert "15 januari 2027 (ersätter beslutet 17 augusti 2026)" in archive
    assert "17 augusti 2026. Ersatt 20 januari 2027" in archive
    assert "[Öppna data för läsåret 2026/27, version 2](../../plan/2026-27-v2.json)" in archive
    assert "[Öppna data för läsåret 2026/27](../../plan/2026-27.json)" in archive


def test_before_it_starts_the_earlier_version_applies_and_points_to_the_new(
    content: Path,
) -> None:
    site = pages(content, BETWEEN)
    plan = site["trygghetsplan/index.md"]
    assert "17 augusti 2026 av rektor Tomas Åberg. Ersätts 20 januari 2027" in plan
    assert '!!! info "Planen är beslutad på nytt"' in plan
    assert "(2026-27-v2/index.md)" in plan
    assert "trygghetsplan/2026-27-v2/index.md" in site


@pytest.mark.parametrize(
    ("name", "message", "hint"),
    [
        ("2026-27-v1.yml", "den första planen för en period har inget -v1", "2026-27.yml"),
        ("2026-27-v3.yml", "versionen före, 2026-27-v2.yml, finns inte", "i följd"),
        ("2026-27-vx.yml", "'x' efter -v är inte ett versionsnummer", "2026-27-v2.yml"),
    ],
)
def test_a_badly_named_version_is_tp035_in_swedish(
    content: Path, name: str, message: str, hint: str
) -> None:
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    (plans / "2026-27-v2.yml").unlink()
    write_version(plans, name, "2027-01-15", "2027-01-20")
    [problem] = problems(content)
    assert problem.code == "TP035"
    assert str(problem.location) == f"content/skolor/{SCHOOL}/trygghetsplan/{name}:1:1"
    assert problem.message == message and hint in problem.hint


@pytest.mark.parametrize(
    ("decided", "starts", "field", "message"),
    [
        ("2026-08-01", "2027-01-20", "beslut.datum", "beslutet (2026-08-01) är inte senare än"),
        ("2027-01-15", "2026-08-17", "giltighet.från", "versionen börjar inte gälla senare än"),
        ("2027-01-15", "2027-01-10", "giltighet.från", "börjar gälla (2027-01-10) före sitt"),
    ],
)
def test_versions_out_of_order_are_tp058_at_their_line(
    content: Path, decided: str, starts: str, field: str, message: str
) -> None:
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    write_version(plans, "2026-27-v2.yml", decided, starts)
    found = [p for p in problems(content) if p.code == "TP058"]
    assert len(found) == 1, [p.format() for p in problems(content)]
    [problem] = found
    line = 5 if field == "beslut.datum" else 6
    assert problem.location.file == f"content/skolor/{SCHOOL}/trygghetsplan/2026-27-v2.yml"
    assert problem.location.line == line and problem.field == field
    assert message in problem.message
    assert not [p for p in problems(content) if p.code == "TP032"]


def test_a_calendar_year_plan_decided_anew(content: Path) -> None:
    plans = content / "skolor" / "lovangens-skola" / "trygghetsplan"
    write_version(plans, "2026-v2.yml", "2026-09-01", "2026-09-07", base="2026")
    checked = check_content(content, only=["lovangens-skola"], today=dt.date(2026, 10, 1))
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    site = site_for(checked, "lovangens-skola", content, today=dt.date(2026, 10, 1))
    archive = {f.uri: str(f.content) for f in site.files}["trygghetsplan/arkiv/index.md"]
    assert "Trygghetsplan för år 2026, version 2 (gäller nu)" in archive


def test_new_period_starts_from_the_newest_version(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ny-period", SCHOOL, "--innehåll", str(content)])
    assert exited.value.code == 0
    assert "utifrån 2026-27-v2.yml" in capsys.readouterr().out
    written = (content / "skolor" / SCHOOL / "trygghetsplan" / "2027-28.yml").read_text("utf-8")
    assert "(2026-27-v2.yml)" in written
    # The new period starts the day after the newest version ends, not a year after its
    # own start in the middle of the period.
    assert "giltighet: {från: 2027-08-16, till: 2028-08-15}" in written
    # The utkast has no error of its own; the one error is that it is not decided yet.
    [undecided] = problems(content, dt.date(2027, 9, 1))
    assert undecided.code == "TP101" and undecided.hint.startswith("besluta utkastet")
    assert "utkastet till planen för läsåret 2027/28" in undecided.hint


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("2026-27 (kopia).yml", "2026-27.yml finns redan: ta bort filen om den är en kopia"),
        ("Kopia av 2026-27.yml", "döp filen efter en period som saknas, t.ex. 2027-28.yml"),
        ("2026-27-v1.yml", "2026-27.yml finns redan: ta bort filen om den är en kopia"),
        ("2026-27-vx.yml", "heter 2026-27-v3.yml"),
        ("2027-28 ny.yml", "döp filen till 2027-28.yml"),
        ("2026-27v2.yml", "döp filen till 2026-27-v3.yml: en plan som beslutas på nytt"),
    ],
)
def test_tp035_never_suggests_a_name_the_school_already_has(
    content: Path, name: str, hint: str
) -> None:
    """A copy of a plan is said to be one; every name the hint offers is free."""
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    shutil.copy(plans / "2026-27.yml", plans / name)
    [problem] = [p for p in problems(content) if p.code == "TP035"]
    assert hint in problem.hint
    offered = re.findall(r"(?:till|t\.ex\.|heter) (\S+\.yml)", problem.hint)
    assert offered and not {path.name for path in plans.iterdir()} & set(offered)


@pytest.mark.parametrize("name", ["2026-27v2.yml", "2026-27_v2.yml", "2026-27 version 2.yml"])
def test_a_version_written_another_way_is_named_as_a_version(content: Path, name: str) -> None:
    """Not "döp filen efter en period som saknas, t.ex. 2028-29.yml": the author wrote
    the period's plan decided anew, as the README describes it."""
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    (plans / "2026-27-v2.yml").rename(plans / name)
    [problem] = [p for p in problems(content) if p.code == "TP035"]
    assert str(problem.location) == f"content/skolor/{SCHOOL}/trygghetsplan/{name}:1:1"
    assert problem.hint == (
        "döp filen till 2026-27-v2.yml: en plan som beslutas på nytt under perioden heter så"
    )


@pytest.mark.parametrize(
    "name", ["2027-2028.yml", "2027_28.yml", "Trygghetsplan 2027-28.yml", "2027 plan.yml"]
)
def test_tp035_names_the_period_of_the_years_in_the_name_and_the_giltighet(
    content: Path, name: str
) -> None:
    """Not "2027.yml" for 2027-2028.yml, nor the fixed "2025-26.yml … eller 2026.yml"."""
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    text = (plans / "2026-27.yml").read_text(encoding="utf-8")
    head, rest = text.split("giltighet: ", 1)
    rest = "giltighet: {från: 2027-08-16, till: 2028-08-14}\n" + rest.split("\n", 1)[1]
    (plans / name).write_text(head + rest, encoding="utf-8")
    [problem] = [p for p in problems(content) if p.code == "TP035"]
    assert f"{problem.message} – {problem.hint}" == (
        "filnamnet är inte en period – döp filen till 2027-28.yml"
    )


def test_tp035_reads_no_named_pipe_and_no_link_out_of_the_content(
    content: Path, tmp_path: Path
) -> None:
    """A misnamed plan "file" that is a named pipe (reading it would never end) or a link
    to a file outside the content is not read for its giltighet."""
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    outside = tmp_path / "utanfor.yml"
    outside.write_text("giltighet: {från: 2031-08-16, till: 2032-08-14}\n", encoding="utf-8")
    (plans / "gammal plan.yml").symlink_to(outside)
    assert file_start(plans / "gammal plan.yml") == ""
    os.mkfifo(plans / "rör.yml")
    assert file_start(plans / "rör.yml") == ""
