"""The granskning reads alike in `trygg granska`'s document and in the portal: the same
statuses in the same order, the same headings, the same words for a handläggare, units
and grounds by their names, and sentences that start with a capital."""

from __future__ import annotations

import html
import re

import pytest

from generator.model import Project
from generator.review.document import render_review_document
from generator.review.model import Review
from generator.review.pages import OVERVIEW, review_pages
from tests.test_review import project
from tests.test_review_document import _cases

__all__ = ["project"]  # the fixture

TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def cases(project: Project) -> Review:
    return _cases(project)


def _text(markup: str) -> str:
    return html.unescape(TAGS.sub("", markup)).replace("\u00ad", "")


def _document_statuses(document: str) -> list[str]:
    table = document.split("| Status | Enheter |", 1)[1].split("\n\n", 1)[0]
    return [row.split(" | ")[0].removeprefix("| ") for row in table.splitlines()[2:]]


def _portal_statuses(overview: str) -> list[str]:
    found = re.findall(r'<h3 id="status-[^"]+">(.*?) \(\d+\)</h3>', overview)
    return [_text(label) for label in found]


def test_the_document_and_the_portal_list_the_statuses_in_one_order(cases: Review) -> None:
    document = _document_statuses(render_review_document(cases))
    portal = _portal_statuses(dict(review_pages(cases))[OVERVIEW])
    assert portal[0] == "Gällande plan" and portal[-1] == "Plan saknas"
    assert document[: len(portal)] == portal
