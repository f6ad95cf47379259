"""A finding in the granskning is named by its code's category, as the rules pages and the
README name it ("Samband i innehållet", not "Övrigt"), and a unit's table of categories
has a row for it only when it is found."""

from __future__ import annotations

import dataclasses

from generator import codes
from generator.problems import Location
from generator.review.findings import FindingRef
from generator.review.pages import unit_page
from tests.test_review_document import _example
from tests.test_review_late import TODAY


def test_a_finding_is_under_its_codes_category_on_the_unit_page() -> None:
    found = codes.problem("TP057", Location("a.yml", 3, 5), "åtgärden A9 finns inte")
    finding = FindingRef.of(found, TODAY)
    assert finding.category == codes.code("TP057").category.value == "Samband i innehållet"
    unit = dataclasses.replace(_example().units[0], findings=(finding,))
    page = unit_page(unit, TODAY)
    assert ">Samband i innehållet</a></th><td>" in page  # its row, linked to its findings
    assert "Övrigt" not in page and "Filernas form" not in page  # rows only when found
    assert f'href="../../../regler/{codes.rule_address("TP057")}"' in page
