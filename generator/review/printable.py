"""`trygg granska`'s document as one HTML page, for a PDF renderer to take.

The Markdown document (`review.document`) through Python-Markdown with tables and heading
anchors, in a page with lang="sv", a title and the huvudman as author, and the day the
document refers to as its date, so the same review gives the same page.
"""

from __future__ import annotations

from html import escape

import markdown

from generator.review.document import TITLE, render_review_document
from generator.review.model import Review

EXTENSIONS = ["tables", "attr_list"]


def document_title(review: Review) -> str:
    return f"{TITLE}: {review.organiser}, {review.today.isoformat()}"


def review_html(review: Review, stylesheet: str = "") -> str:
    """The document as a standalone HTML page; `stylesheet` is the URL of a print style."""
    body = markdown.markdown(render_review_document(review), extensions=EXTENSIONS)
    style = f'<link rel="stylesheet" href="{escape(stylesheet)}">\n' if stylesheet else ""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(document_title(review))}</title>\n"
        f'<meta name="author" content="{escape(review.organiser)}">\n'
        f'<meta name="dcterms.created" content="{review.today.isoformat()}">\n'
        f"{style}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
