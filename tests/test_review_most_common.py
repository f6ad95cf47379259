"""The granskning's "Vanligaste anmärkningarna": errors before warnings whatever their
counts, and advice on an expired plan (for kännedom) not counted."""

from __future__ import annotations

import dataclasses

from generator.model.status import PlanStatus
from generator.problems import Severity
from generator.review.charts import problems_chart
from generator.review.document import render_review_document
from generator.review.findings import FindingRef
from generator.review.groups import MOST_COMMON_NOTE, most_common
from generator.review.model import Review
from tests.test_review_document import _example


def _found(code: str, severity: Severity) -> FindingRef:
    return FindingRef(code, severity, "Lagkrav", "", "Hittat.", "plan.yml:1:1")


def _review(*expired: bool) -> Review:
    """A unit per item of `expired`: a warning (TP203) in each, TP122 in all but the last,
    and a legal error (TP106) in the first."""
    units = []
    for n, old in enumerate(expired):
        found = [_found("TP203", Severity.WARNING)]
        found += [_found("TP122", Severity.WARNING)] if n < len(expired) - 1 else []
        found += [_found("TP106", Severity.ERROR)] if n == 0 else []
        status = PlanStatus.EXPIRED if old else PlanStatus.CURRENT
        unit = _example().units[0]
        units.append(dataclasses.replace(unit, id=f"e{n}", status=status, findings=tuple(found)))
    return dataclasses.replace(_example(), units=tuple(units), not_reviewed=())


def test_errors_come_first_and_expired_plans_are_not_counted() -> None:
    # TP122 is in four units, two of them with expired plans: it counts two, after TP203.
    common = most_common(_review(False, True, True, False, False))
    assert [(c.code, c.severity, c.units) for c in common] == [
        ("TP106", Severity.ERROR, 1),
        ("TP203", Severity.WARNING, 3),
        ("TP122", Severity.WARNING, 2),
    ]


def test_the_document_and_the_chart_say_the_level_and_how_they_count() -> None:
    review = _review(False, True)
    document = render_review_document(review)
    assert MOST_COMMON_NOTE in document
    assert "| TP106 | " in document and "| Fel | 1 | 1 |" in document
    assert document.index("| TP106 |") < document.index("| TP203 |")
    chart = problems_chart(review, "../regler/")
    assert "<td>Fel</td><td>1</td>" in chart and "räknas inte här" in chart
