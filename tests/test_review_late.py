"""A unit whose plan has expired, in the granskning: how late it is in days and in words,
the advice on the expired (decided, unchangeable) plan apart from what is wrong today, a
rule's title said once, days in words, and no instructions in the files' syntax."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator import codes
from generator.model.standing import PlanStatus
from generator.problems import Location
from generator.review.document import unit_section
from generator.review.findings import FindingRef
from generator.review.model import UnitReview
from generator.review.pages import unit_page
from tests.test_review_document import _example

TODAY = dt.date(2026, 12, 7)
ENDED = dt.date(2026, 8, 16)
PLACE = Location("content/skolor/a/trygghetsplan/2025-26.yml", 6, 37)


def _finding(code: str, message: str, hint: str = "") -> FindingRef:
    return FindingRef.of(codes.problem(code, PLACE, message, hint=hint), TODAY)


def _expired_unit() -> UnitReview:
    unit = _example().units[0]
    findings = (
        _finding(
            "TP101",
            "ingen plan gäller i dag; planen för läsåret 2025/26 gick ut 2026-08-16, och ingen "
            "nyare plan är beslutad",
            "börja en plan med trygg ny-period a och besluta den",
        ),
        _finding(
            "TP310",
            "Målet M1 har en målnivå i procent men ingen mätning",
            "skriv under målet: mätning: {metod: K2, mått: Trygg, minst: 90}",
        ),
    )
    return dataclasses.replace(
        unit, status=PlanStatus.EXPIRED, valid_to=ENDED, findings=findings, drafting=False
    )


def test_an_expired_plan_says_how_late_and_sets_its_advice_apart() -> None:
    page = unit_page(_expired_unit(), TODAY)
    assert "<dd>Planen gick ut 16 augusti 2026, för 113 dagar sedan.</dd>" in page
    today, expired = page.split("<h3>Gäller den utgångna planen</h3>")
    assert "TP101" in today and "TP310" not in today
    assert "TP310" in expired and "inför nästa plan" in expired
    document = "\n".join(unit_section(_expired_unit(), TODAY))
    assert "- Läge: Planen gick ut 16 augusti 2026, för 113 dagar sedan." in document
    assert document.index("TP101") < document.index("Gäller den utgångna planen")
    assert document.index("Gäller den utgångna planen") < document.index("TP310")


def test_a_finding_names_its_rule_once_in_words_without_file_syntax() -> None:
    page = unit_page(_expired_unit(), TODAY)
    assert "Ingen plan gäller i dag: Ingen plan gäller i dag" not in page
    assert "</a> Ingen plan gäller i dag; planen för läsåret 2025/26 gick ut 16 augusti" in page
    assert "2026-08-16" not in page
    for syntax in ("mätning: {", "trygg ny-period"):  # a formal text tells what, not how
        assert syntax not in page
    assert "Målet M1 har en målnivå i procent men ingen mätning" in page


def test_a_finding_keeps_a_plain_fix_and_a_date_it_quotes() -> None:
    kept = _finding("TP403", "Delresultatet visas inte", "slå ihop små grupper (t.ex. åk 4–6)")
    assert kept.detail.endswith("– slå ihop små grupper (t.ex. åk 4–6)")
    quoted = _finding("TP310", "datumet '2026-08-16' är fel")
    assert "'2026-08-16'" in quoted.detail
