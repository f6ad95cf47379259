"""`trygg granska`'s document as HTML, for a PDF renderer to take (`build.pdf.review`).

The Markdown document (`review.document`) through Python-Markdown with tables and heading
anchors; the build stage puts it in a print page under a head block with its date and filing.
"""

from __future__ import annotations

import markdown

from generator.load.dates import day_in_words
from generator.review.document import render_review_document
from generator.review.model import Review
from generator.review.opening import TITLE, UNFILED, Filing

EXTENSIONS = ["tables", "attr_list"]


def document_title(review: Review, filing: Filing = UNFILED) -> str:
    """The PDF's title, with the diarienummer ("dnr") when the document has one."""
    filed = f", dnr {filing.case_number}" if filing.case_number else ""
    return f"{TITLE}: {review.organiser}, {day_in_words(review.today)}{filed}"


def review_body(review: Review, filing: Filing = UNFILED) -> str:
    """The document's body as HTML under a print page's head block, which names the
    diarium's fields (`build.pdf.review`): every author string is escaped in the Markdown."""
    document = render_review_document(review, filing, headed=True)
    return markdown.markdown(document, extensions=EXTENSIONS)
