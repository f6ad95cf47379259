"""`trygg granska`'s document is internal: a unit withheld for errors in its plan is shown
with its åtgärder's titles (by id order) and its rektor, unless a privacy finding is among
its errors; the published portal shows nothing of its text either way."""

from __future__ import annotations

import dataclasses

from generator.check.run import check_content
from generator.model.summary import summarise
from generator.problems import Severity
from generator.review.assembly import build_review
from generator.review.document import render_review_document
from generator.review.groups import measure_groups
from generator.review.model import Review
from tests.test_review import TODAY, _copy, _problem
from tests.test_review_document import PUPIL, ROOT, SECRET

PLAN = "content/skolor/vilande/trygghetsplan/2026-27.yml"


def _review(*codes: str, internal: bool) -> Review:
    project = check_content(ROOT / "content", today=TODAY).project
    assert project is not None
    school = next(s for s in project.schools if s.plans and s.plans[-1].measures)
    plan = school.plans[-1]
    secret = (dataclasses.replace(plan.measures[0], title=SECRET), *plan.measures[1:])
    plans = (*school.plans[:-1], dataclasses.replace(plan, measures=secret))
    held = summarise(_copy(school, "vilande", "Vilande skolan", plans=plans))
    problems = [
        dataclasses.replace(_problem(PLAN, code, Severity.ERROR), message=f"{SECRET}: {PUPIL}")
        for code in codes
    ]
    return build_review("Kommunen", [held], problems, TODAY, internal=internal)


def test_granska_shows_a_withheld_plans_titles_and_rektor() -> None:
    review = _review("TP108", internal=True)
    [unit] = review.units
    assert unit.held is not None and not unit.text_withheld
    document = render_review_document(review)
    assert SECRET in document and "visas inte här förrän planen publiceras" not in document
    assert unit.decided_by and f" av rektor {unit.decided_by}\n" in document
    assert "Den här granskningen är intern" in document


def test_a_privacy_finding_keeps_the_text_out_even_of_granska() -> None:
    review = _review("TP108", "TP401", internal=True)
    [unit] = review.units
    assert unit.text_withheld
    document = render_review_document(review)
    assert SECRET not in document and "Zebrafink" not in document


def test_the_portal_shows_nothing_of_a_withheld_plans_text() -> None:
    [unit] = _review("TP108", internal=False).units
    assert unit.text_withheld and not unit.decided_by
    assert SECRET not in str(unit.changes) + str(unit.findings)


def test_the_measures_are_listed_in_id_order() -> None:
    changes = dataclasses.replace(
        _review(internal=True).units[0].changes, carried_over=("A1", "A4", "A10", "A3", "A6")
    )
    assert dict(measure_groups(changes))["Fortsätter"] == ("A1", "A3", "A4", "A6", "A10")
