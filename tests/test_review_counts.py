"""Every place counts warnings alike: `trygg check`'s summary, the granskning's document
and the portal's pages count each problem, also a file's FYLL I marks that the
granskning tells as one finding ("5 ställen i filen är markerade FYLL I")."""

from __future__ import annotations

import html
import re

from generator import codes
from generator.model import Project
from generator.problems import Location, Report
from generator.review.document import render_review_document
from generator.review.pages import OVERVIEW, review_pages, unit_uri
from tests.test_review import PLAN, TODAY, build_review, project

__all__ = ["project"]  # the fixture

WHEEL = "content/skolor/ekbackens-skola/arshjul.yml"


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _report() -> Report:
    marks = [codes.problem("TP304", Location(WHEEL, n, 5), "inte ifyllt ännu") for n in range(3, 8)]
    other = codes.problem("TP203", Location(PLAN, 9, 7), "svarsfrekvens saknas")
    return Report([*marks, other])


def test_the_granskning_counts_the_warnings_trygg_check_counts(project: Project) -> None:
    report = _report()
    assert report.summary() == "0 fel, 6 varningar."
    review = build_review(project, report, TODAY)
    [unit] = review.units
    document = render_review_document(review)
    assert "5 ställen i filen är markerade FYLL I (det första här)" in document
    assert "- Resultat: 0 fel, 6 varningar" in document
    assert "| TP304 | Inte ifyllt ännu | Varning | 1 | 5 |" in document
    assert "| läsåret 2026/27 | 0 | 6 |" in document  # the overview's row
    pages = dict(review_pages(review))
    # The unit's table of results: errors, warnings and notes per category.
    assert "Vanliga misstag 0 1 0 Kvalitet 0 5 0" in _text(pages[unit_uri(unit)])
    overview = _text(pages[OVERVIEW])
    assert re.search(r"TP304 Inte ifyllt ännu Varning 1 5\b", overview), overview
