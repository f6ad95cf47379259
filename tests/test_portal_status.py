"""The portal's start page and its granskning say the same of each unit's plan on any day:
one status (`review.phases`), an utkast on its way included. (The start page said
"utgången" of a unit whose granskning said "Ingen gällande plan, utkast finns", and
"saknas" of a unit with only an utkast, which the granskning did not count as "Plan
saknas".)"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from collections import Counter
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.model.summary import SchoolSummary, summarise
from generator.render.portal import portal_files
from generator.render.portalrows import unit_row
from generator.review.pages import OVERVIEW
from generator.review.phases import PHASES

ROOT = Path(__file__).resolve().parents[1]
# Before every plan, while they are in force, between two plans, after Lövängen's has
# expired, and after every plan has.
DAYS = ("2025-06-01", "2026-03-01", "2026-08-20", "2027-02-15", "2028-09-01")
DRAFT_ENDS = dt.date(2029, 8, 15)  # the utkast can still come into force on every day tested
ROW = re.compile(
    r'<tr><th scope="row"><a href="(?P<id>[^/"]+)/">.*<td>(?:<strong>)?(?P<status>[^<]+)'
    r"(?:</strong>)?</td></tr>"
)


@pytest.fixture(scope="module")
def units() -> list[SchoolSummary]:
    """The example's units, Lövängen with an utkast of its next plan, and a unit with only
    an utkast."""
    checked = check_content(ROOT / "content")
    assert checked.project is not None
    key = checked.project.organiser.key_indicator
    summaries = [summarise(s, key) for s in checked.project.schools]
    summaries = [
        dataclasses.replace(s, drafts_until=DRAFT_ENDS) if s.id == "lovangens-skola" else s
        for s in summaries
    ]
    draft_only = dataclasses.replace(
        summaries[0], id="nyskolan", name="Nyskolan", plans=(), grounds=(), drafts_until=DRAFT_ENDS
    )
    return [*summaries, draft_only]


def _pages(units: list[SchoolSummary], day: str) -> dict[str, str]:
    checked = check_content(ROOT / "content")
    assert checked.project is not None
    today = dt.date.fromisoformat(day)
    files = portal_files(checked.project.organiser, units, [], today)
    return {f.uri: str(f.content) for f in files}


@pytest.mark.parametrize("day", DAYS)
def test_the_start_page_and_the_granskning_say_the_same_status(
    units: list[SchoolSummary], day: str
) -> None:
    pages = _pages(units, day)
    start = {m["id"]: html.unescape(m["status"]) for m in ROW.finditer(pages["index.md"])}
    assert set(start) == {u.id for u in units}
    for unit_id, status in start.items():
        unit_page = pages[f"granskning/enheter/{unit_id}.md"]
        assert f"<dt>Status</dt><dd>{status}</dd>" in unit_page, (day, unit_id)
    counted = Counter(start.values())
    table = pages[OVERVIEW][pages[OVERVIEW].index('id="diagram-status-tabell"') :]
    for _key, label in PHASES:
        assert f'<th scope="row">{label}</th><td>{counted[label]}</td>' in table, (day, label)


def test_an_expired_plan_with_an_utkast_and_an_utkast_alone_read_alike(
    units: list[SchoolSummary],
) -> None:
    start = _pages(units, "2027-02-15")["index.md"]
    rows = {m["id"]: m["status"] for m in ROW.finditer(start)}
    assert rows["lovangens-skola"] == "Ingen gällande plan, utkast finns"
    assert rows["nyskolan"] == "Ingen gällande plan, utkast finns"
    assert rows["strandskolan"] == "Gällande plan"
    assert "utgången" not in start


def test_an_utkast_counts_as_on_its_way_until_its_validity_ends(
    units: list[SchoolSummary],
) -> None:
    """Deciding an utkast for a period that is over gives no plan: the unit has none."""
    draft_only = dataclasses.replace(units[-1], drafts_until=dt.date(2027, 8, 15))
    assert "Ingen gällande plan, utkast finns" in unit_row(draft_only, dt.date(2027, 8, 15))
    assert "Plan saknas" in unit_row(draft_only, dt.date(2027, 9, 1))


def test_the_start_page_groups_forskolor_and_skolor_under_a_jump_list(
    units: list[SchoolSummary],
) -> None:
    """A phone shows each unit as a card: a guardian looking for a förskola jumps to them
    instead of scrolling past every skola."""
    start = _pages(units, DAYS[0])["index.md"]
    jump = start.index("Hoppa till:")
    forskolor = start.index("## Förskolor {#forskolor}")  # in the contents, with a link
    skolor = start.index("## Skolor {#skolor}")
    assert jump < forskolor < skolor
    assert "Förskolan Solrosen" in start[forskolor:skolor]
    assert "Strandskolan" in start[skolor:] and "Strandskolan" not in start[forskolor:skolor]
    assert "förskola i Strandviks kommun" in start  # not "hos"
    # Under "Förskolor" no card repeats "Verksamhet: förskola"; the skolor keep the column.
    assert "Verksamhet" not in start[forskolor:skolor]
    assert '<th scope="col">Verksamhet</th>' in start[skolor:]
    assert "<td>förskola</td>" not in start[forskolor:skolor]
