"""`trygg granska --pdf`: the review document as a PDF the central unit files.

The same print page and renderer as the plans' PDFs (`printing`, `making`), page
numbers, PDF/A-2a with tags; its one date is the day the review refers to. Its head is
a tjänsteskrivelse's: the huvudman, then the date, the diarienummer and the handläggare
(`review.opening.Filing`), once each; the document's list under its title leaves them
out. The diarienummer stands at the top of every page, after the document's title. The
document fetches nothing: the renderer is confined to an empty folder.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from generator.build.pdf.fetching import Confinement
from generator.build.pdf.making import make_pdf
from generator.build.pdf.printing import PrintPage, print_document
from generator.check.cachefiles import write_bytes
from generator.load.dates import day_in_words
from generator.review.model import Review
from generator.review.opening import UNFILED, Filing
from generator.review.printable import document_title, review_body

KIND = "trygg-review"  # the body's class: the review's own print style (document.css)


def review_print_page(review: Review, filing: Filing = UNFILED) -> str:
    title = document_title(review, filing)
    about = PrintPage(review.organiser, "", title, "", review.today.isoformat())
    body = review_body(review, filing)
    return print_document(body, about, head=review_head(review, filing), kind=KIND)


def review_head(review: Review, filing: Filing) -> str:
    """The huvudman, then the date, diarienummer and handläggare as a registry reads them;
    the diarienummer also feeds the top of every page."""
    escape = html.escape
    fields = [("Datum", day_in_words(review.today), "")]
    if filing.case_number:
        fields.append(("Diarienummer", filing.case_number, ' class="trygg-pdf-reference"'))
    if filing.officer:
        fields.append(("Handläggare", filing.officer, ""))
    items = "".join(
        f"<dt>{label}</dt><dd{kind}>{escape(value)}</dd>\n" for label, value, kind in fields
    )
    return (
        '<div class="trygg-pdf-head">\n'
        f'<p class="trygg-pdf-organiser">{escape(review.organiser)}</p>\n'
        f'<dl class="trygg-pdf-filing">\n{items}</dl>\n</div>\n'
    )


def write_review_pdf(review: Review, target: Path, filing: Filing = UNFILED) -> list[str]:
    """Write the review's PDF to `target` (whole or not at all); returns the refused
    fetches, which a document without pictures never has."""
    with tempfile.TemporaryDirectory(prefix="trygg-granska-") as empty:
        confinement = Confinement(Path(empty))
        page = review_print_page(review, filing)
        data = make_pdf(page, Path(empty) / "granskning.html", confinement)
    write_bytes(target, data, shared=True)
    return confinement.refused
