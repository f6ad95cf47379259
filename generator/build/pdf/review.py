"""`trygg granska --pdf`: the review document as a PDF the central unit files.

The same print page and renderer as the plans' PDFs (`printing`, `making`): the
huvudman's name at the top of every page, the document's title from its h1, page
numbers, PDF/A-2a with tags; its one date is the day the review refers to. The diarium's
fields (`review.opening.Filing`) stand in the document's head, and the diarienummer in
its title and at the top of every page, after the document's title. The document
fetches nothing: the renderer is confined to an empty folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from generator.build.pdf.fetching import Confinement
from generator.build.pdf.making import make_pdf
from generator.build.pdf.printing import PrintPage, print_document
from generator.check.cachefiles import write_bytes
from generator.review.model import Review
from generator.review.opening import UNFILED, Filing
from generator.review.printable import document_title, review_body


def review_print_page(review: Review, filing: Filing = UNFILED) -> str:
    title = document_title(review, filing)
    filed = f"Dnr {filing.case_number}" if filing.case_number else ""
    about = PrintPage(review.organiser, "", title, "", review.today.isoformat(), filed)
    return print_document(review_body(review, filing), about)


def write_review_pdf(review: Review, target: Path, filing: Filing = UNFILED) -> list[str]:
    """Write the review's PDF to `target` (whole or not at all); returns the refused
    fetches, which a document without pictures never has."""
    with tempfile.TemporaryDirectory(prefix="trygg-granska-") as empty:
        confinement = Confinement(Path(empty))
        page = review_print_page(review, filing)
        data = make_pdf(page, Path(empty) / "granskning.html", confinement)
    write_bytes(target, data, shared=True)
    return confinement.refused
