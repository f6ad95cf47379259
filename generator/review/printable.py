"""`trygg granska`'s document as HTML, for a PDF renderer to take (`build.pdf.review`).

The Markdown document (`review.document`) through Python-Markdown with tables and heading
anchors; the build stage puts it in a print page with its title and date.
"""

from __future__ import annotations

import markdown

from generator.review.document import TITLE, render_review_document
from generator.review.model import Review

EXTENSIONS = ["tables", "attr_list"]


def document_title(review: Review) -> str:
    return f"{TITLE}: {review.organiser}, {review.today.isoformat()}"


def review_body(review: Review) -> str:
    """The document's body as HTML: every author string is escaped in the Markdown."""
    return markdown.markdown(render_review_document(review), extensions=EXTENSIONS)
