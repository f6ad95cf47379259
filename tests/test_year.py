"""A year of nightly builds, simulated with SOURCE_DATE_EPOCH (issue 16): what the sites and
the portal say before a plan starts, while it is in force, 30 days before it expires, after
it has expired, once the next plan's utkast is committed and once that plan is decided.

Two example schools, one with a kalenderår plan (Lövängen, 2026-01-19 – 2027-01-31) and one
with läsår plans (Strandskolan, 2025-08-18 – 2026-08-16 and 2026-08-17 – 2027-08-15), built
with the cache as CI keeps it, so each night rebuilds only the sites whose standing changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_build import make_project, read, run_build

KALENDER, LASAR = "lovangens-skola", "strandskolan"
NEXT_PLAN = "2026-27.yml"  # Strandskolan's next plan: committed as an utkast, then decided
DECISION = "beslut: {datum: 2026-08-17, rektor: Tomas Åberg}\n"
EXPIRED_NOTICE = "Planen gäller inte längre"
NOT_YET = "Ingen trygghetsplan gäller just nu"


@dataclass(frozen=True)
class Night:
    """One nightly build: its exit code, what it printed, and the sites it left."""

    day: str
    code: int
    printed: str
    pages: dict[str, dict[str, str]]  # school -> page path -> text without tags
    portal: str
    routines_html: str  # Strandskolan's routines page as built


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", read(path)))


def _pages(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): _text(p)
        for p in sorted(site.rglob("index.html"))
        if not p.relative_to(site).as_posix().startswith(("search/", "assets/"))
    }


def _night(project: Path, day: str, monkeypatch: pytest.MonkeyPatch) -> Night:
    epoch = dt.datetime.fromisoformat(day).replace(tzinfo=dt.UTC).timestamp()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(epoch)))
    out = project / "site"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = run_build(project, out)
    pages = {s: _pages(out / s) for s in (KALENDER, LASAR)}
    routines = read(out / LASAR / "rutiner" / "index.html")
    return Night(day, code, printed.getvalue(), pages, _text(out / "index.html"), routines)


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Night]:
    project = make_project(tmp_path_factory.mktemp("year"))
    schools = project / "content" / "skolor"
    for other in {p.name for p in schools.iterdir()} - {KALENDER, LASAR}:
        shutil.rmtree(schools / other)
    # The example reports link to the schools and plans this year starts without.
    for reports in (project / "content" / "rapporter", schools / LASAR / "rapporter"):
        shutil.rmtree(reports)
    plans = schools / LASAR / "trygghetsplan"
    decided = read(plans / NEXT_PLAN)
    (plans / NEXT_PLAN).unlink()
    nights: dict[str, Night] = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        for name, day in [
            ("before", "2026-01-10"),  # Lövängen's plan is decided but starts 19 januari
            ("in force", "2026-03-01"),
            ("30 days before", "2026-07-20"),  # Strandskolan's plan ends 16 augusti
            ("expired", "2026-08-20"),
        ]:
            nights[name] = _night(project, day, monkeypatch)
        assert DECISION in decided
        (plans / NEXT_PLAN).write_text(decided.replace(DECISION, "status: utkast\n"), "utf-8")
        nights["utkast"] = _night(project, "2026-08-21", monkeypatch)
        # The same files a year on: the utkast's period (to 2027-08-15) is over.
        nights["utkast ended"] = _night(project, "2027-09-01", monkeypatch)
        (plans / NEXT_PLAN).write_text(decided, "utf-8")
        nights["decided"] = _night(project, "2026-08-22", monkeypatch)
    return nights


def _unit_row(night: Night, name: str) -> str:
    return night.portal[night.portal.index(name) :][:160]


def test_every_night_publishes_every_school(year: dict[str, Night]) -> None:
    for night in year.values():
        assert night.code == 0, (night.day, night.printed)
        assert night.pages[KALENDER] and night.pages[LASAR]


def test_before_a_plan_starts_every_page_says_none_applies_yet(year: dict[str, Night]) -> None:
    night = year["before"]
    for path, text in night.pages[KALENDER].items():
        assert NOT_YET in text or "Planen har inte börjat gälla" in text, path
    assert "börjar gälla 19 januari 2026" in night.pages[KALENDER]["index.html"]
    assert "Beslutad, börjar senare" in _unit_row(night, "Lövängens skola")
    assert not any(NOT_YET in t for t in night.pages[LASAR].values())


def test_a_plan_in_force_carries_no_notice(year: dict[str, Night]) -> None:
    night = year["in force"]
    for school in (KALENDER, LASAR):
        for path, text in night.pages[school].items():
            assert NOT_YET not in text and EXPIRED_NOTICE not in text, (school, path)
    assert "Gällande plan" in _unit_row(night, "Lövängens skola")
    assert "oförändrade togs från förra bygget" in night.printed  # Strandskolan: same standing


def test_thirty_days_before_expiry_warns_without_a_notice(year: dict[str, Night]) -> None:
    night = year["30 days before"]
    assert "varning TP114" in night.printed and "planen går ut 2026-08-16" in night.printed
    assert not any(EXPIRED_NOTICE in t for t in night.pages[LASAR].values())


def test_an_expired_plan_stays_published_with_a_notice_on_every_page(
    year: dict[str, Night],
) -> None:
    night = year["expired"]
    pages = night.pages[LASAR]
    assert "trygghetsplan/index.html" in pages
    for path, text in pages.items():
        if path.startswith("elev/"):
            assert "Den här planen gällde till 16 augusti 2026" in text, path
        else:
            assert f"{EXPIRED_NOTICE} Trygghetsplanen för läsåret 2025/26 gällde till" in text, path
            assert "kontakta rektor" in text, path
    assert "arbetar med en ny plan" not in pages["index.html"]
    inside = f'<p class="admonition-title">{EXPIRED_NOTICE}</p>\n<p>Trygghetsplanen för'
    assert inside in night.routines_html  # the text is in the notice's box
    assert "Planen har gått ut" in _unit_row(night, "Strandskolan")
    assert "fel TP101 giltighet.till: ingen plan gäller i dag (2026-08-20)" in night.printed


def test_a_committed_utkast_is_not_published_but_announced(year: dict[str, Night]) -> None:
    night = year["utkast"]
    pages = night.pages[LASAR]
    assert "Skolan arbetar med en ny plan." in pages["index.html"]
    assert "trygghetsplan/2026-27/index.html" not in pages
    assert "2026/27" not in pages["trygghetsplan/arkiv/index.html"]
    assert "(utkast)" in night.printed


def test_an_utkast_whose_period_is_over_is_no_plan_on_its_way(year: dict[str, Night]) -> None:
    """Its files unchanged since the night of the utkast, the site is built anew all the
    same: it no longer says a plan is being made, and the check says what to do."""
    night = year["utkast ended"]
    pages = night.pages[LASAR]
    assert (
        f"{EXPIRED_NOTICE} Trygghetsplanen för läsåret 2025/26 gällde till" in pages["index.html"]
    )
    assert "arbetar med en ny plan" not in pages["index.html"]
    for name, told in (("utkast", True), ("utkast ended", False)):
        pupils = [t for path, t in year[name].pages[LASAR].items() if path.startswith("elev/")]
        assert pupils and any("Skolan gör en ny plan." in t for t in pupils) is told, name
    assert "(utkast) planen gick ut" not in night.printed
    assert "besluta utkastet" not in night.printed
    assert f"trygg ny-period {LASAR} --period 2027-28" in night.printed


def test_once_decided_the_new_plan_is_the_plan_and_the_archive_keeps_the_old(
    year: dict[str, Night],
) -> None:
    night = year["decided"]
    pages = night.pages[LASAR]
    assert not any(EXPIRED_NOTICE in t for t in pages.values())
    assert "Trygghetsplan för läsåret 2026/27" in pages["trygghetsplan/index.html"]
    archive = pages["trygghetsplan/arkiv/index.html"]
    assert "läsåret 2026/27 (gäller nu)" in archive and "läsåret 2025/26" in archive
    assert "Gällande plan" in _unit_row(night, "Strandskolan")
