"""Granskning: the central unit's review of every unit's plan.

`build_review` turns the model and the problems into review data;
`render_review_markdown` writes the page; `review_page` does both for the portal.
"""

from __future__ import annotations

import datetime as dt

from generator.clock import reference_date
from generator.model import Project
from generator.problems import Report
from generator.review.model import (
    Review,
    UnitReview,
    build_review,
    measure_changes,
    review_of,
    unit_review,
)
from generator.review.render import render_review_markdown

__all__ = [
    "Review",
    "UnitReview",
    "build_review",
    "measure_changes",
    "render_review_markdown",
    "review_of",
    "review_page",
    "unit_review",
]


def review_page(
    project: Project,
    report: Report,
    today: dt.date | None = None,
    rules_link: str = "../regler/",
) -> str:
    """The portal's granskning page. `rules_link` points at the generated rule page."""
    review = build_review(project, report, today or reference_date())
    return render_review_markdown(review, rules_link)
