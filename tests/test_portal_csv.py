"""The granskning as a CSV file beside its overview: a row per unit with its status, errors,
warnings and nyckeltal per läsår, linked from the overview; no cell a spreadsheet runs."""

from __future__ import annotations

import csv
import dataclasses
import io

from generator.render.portalcsv import URI, review_csv
from generator.review.keyperiods import KeyPeriod
from generator.review.pages import review_pages
from tests.test_review_document import _example


def test_every_unit_is_a_row_with_its_status_counts_and_key_values() -> None:
    review = _example()
    hostile = dataclasses.replace(review.units[0], name="=HYPERLINK(1)")
    period = KeyPeriod(
        "läsåret 2026/27", (81.66,), "november 2025", units=(("=HYPERLINK(1)", 81.66),)
    )
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
