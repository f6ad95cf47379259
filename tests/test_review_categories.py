"""A finding in the granskning is named by its code's category, as the rules pages and the
README name it ("Samband i innehållet", not "Övrigt"), and a unit's table of categories
has a row for it only when it is found."""

from __future__ import annotations

import dataclasses
import html

from generator import codes
from generator.problems import Location
from generator.review.findings import FindingRef
from generator.review.held import IN_PLAN, Held
from generator.review.pages import review_pages, unit_page
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


def test_a_code_in_a_status_links_to_its_rule_with_its_title() -> None:
    """ "Inte publicerad: fel i planen (TP108)" names no rule: the code links to it."""
    unit = dataclasses.replace(
        _example().units[0], held=Held(IN_PLAN, (("TP108", 2),), published=False)
    )
    page = unit_page(unit, TODAY)
    title = html.escape(codes.code("TP108").title)
    link = f'<a href="../../../regler/{codes.rule_address("TP108")}" title="{title}"'
    assert f"({link}" in page and "</a> ×2)" in page
    overview = review_pages(dataclasses.replace(_example(), units=(unit,)))[0][1]
    assert f'<a href="../regler/{codes.rule_address("TP108")}" title="{title}"' in overview
