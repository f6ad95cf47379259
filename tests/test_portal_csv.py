"""The granskning as a CSV file beside its overview: a row per unit with its status, errors,
warnings and nyckeltal per läsår, linked from the overview; no cell a spreadsheet runs."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

from generator.check.run import check_content
from generator.model.status import PlanStatus
from generator.render.opendata.portal import PAGE, portal_data_files
from generator.render.portalcsv import URI, review_csv, review_table
from generator.review.keyperiods import KeyPeriod
from generator.review.pages import review_pages
from tests.test_review import TODAY
from tests.test_review_document import _example

ROOT = Path(__file__).parent.parent


def test_every_unit_is_a_row_with_its_status_counts_and_key_values() -> None:
    review = _example()
    hostile = dataclasses.replace(review.units[0], name="=HYPERLINK(1)")
    period = KeyPeriod(
        "läsåret 2026/27", (81.66,), "november 2025",
        units=((hostile.id, "=HYPERLINK(1)", 81.66),),
    )  # fmt: skip
    review = dataclasses.replace(
        review,
        units=(hostile, *review.units[1:]),
        key_indicator="Andel trygga",
        key_periods=(period,),
    )
    file = review_csv(review)
    assert file.uri == URI == "granskning/granskning.csv"
    assert isinstance(file.content, str)
    rows = list(csv.DictReader(io.StringIO(file.content)))
    assert len(rows) == len(review.units)
    row = next(r for r in rows if r["enhet"].startswith("'="))  # shown as text, never run
    assert row["nyckeltal november 2025"] == "81.7"
    assert row["fel"] == str(hostile.errors) and row["status"]
    overview = dict(review_pages(review))["granskning/index.md"]
    assert '<a href="granskning.csv">granskning.csv</a>' in overview


def test_units_that_share_a_name_keep_their_own_key_values() -> None:
    """Two units named alike (a copied folder, TP066) each have their own row and figure,
    told apart by their id; a value was once kept by name, and one unit's figure shown
    for all."""
    review = _example()
    first = review.units[0]
    twin = dataclasses.replace(review.units[1], name=first.name)
    period = KeyPeriod(
        "läsåret 2026/27", (70.7, 86.3), "november 2025",
        units=((first.id, first.name, 86.3), (twin.id, first.name, 70.7)),
    )  # fmt: skip
    review = dataclasses.replace(
        review, units=(first, twin), key_indicator="Andel trygga", key_periods=(period,)
    )
    rows = list(csv.DictReader(io.StringIO(str(review_csv(review).content))))
    values = {r["id"]: r["nyckeltal november 2025"] for r in rows}
    assert values == {first.id: "86.3", twin.id: "70.7"}
    assert {r["enhet"] for r in rows} == {first.name}


def test_each_row_says_the_plans_period_dates_lateness_grounds_and_codes() -> None:
    review = _example()
    rows = {r["enhet"]: r for r in csv.DictReader(io.StringIO(str(review_csv(review).content)))}
    for unit in review.units:
        row = rows[unit.name]
        assert row["period"] == unit.period
        assert row["giltig från"] == (unit.valid_from.isoformat() if unit.valid_from else "")
        assert row["beslutad"] == (unit.decided_on.isoformat() if unit.decided_on else "")
        assert row["grunder täckta"] == (str(unit.grounds_covered) if unit.grounds else "")
        assert row["koder"] == " ".join(sorted({f.code for f in unit.findings}))
    assert any(r["koder"] for r in rows.values())
    ekbacken = next(u for u in review.units if u.valid_to)
    expired = dataclasses.replace(ekbacken, status=PlanStatus.EXPIRED)
    assert ekbacken.valid_to is not None
    after = ekbacken.valid_to + dt.timedelta(9)
    late = dataclasses.replace(review, units=(expired,), today=after, key_periods=())
    [row] = csv.DictReader(io.StringIO(str(review_csv(late).content)))
    assert row["dagar sedan planen gick ut"] == "9" and row["giltig till"]


def test_the_open_data_page_and_datapackage_describe_the_granskning_csv() -> None:
    """Beside the reports' CSV files, which the page and datapackage.json describe, the
    granskning's file is described too, column by column; not when it is not given."""
    checked = check_content(ROOT / "content")
    assert checked.organiser is not None
    table = review_table(_example())
    files = portal_data_files(checked.organiser, [], TODAY, review=table)
    by_uri = {f.uri: f.content for f in files}
    package = json.loads(str(by_uri["datapackage.json"]))
    [described] = [r for r in package["resources"] if r["path"] == URI]
    names = [f["name"] for f in described["schema"]["fields"]]
    assert {"period", "giltig från", "dagar sedan planen gick ut", "koder"} <= set(names)
    page = str(by_uri[PAGE])
    assert "### Granskningen (`granskning.csv`) {#csv-granskning}" in page
    assert "`dagar sedan planen gick ut`" in page
    assert URI not in [f.uri for f in files]  # written once, by the portal's pages
    without = {f.uri: f.content for f in portal_data_files(checked.organiser, [], TODAY)}
    assert "granskning" not in str(without[PAGE]) + str(without["datapackage.json"])
