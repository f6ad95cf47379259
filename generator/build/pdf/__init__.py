"""Each decided plan as a tagged, archivable PDF (PDF/A-2a), made from its built page.

`printing` turns the built page into a print page, `making` renders it with WeasyPrint
(the `trygg[pdf]` extra, imported only there), `fetching` keeps the renderer inside the
site, `scanning` is the last look at a PDF, `pages` makes one built page's PDF (with the
cache) and links it, and `plans` does that for a school's plans. Another page (a report,
the review document) becomes a PDF with a `pages.PagePdf`: where the page and its PDF
are, a `PrintPage` and the link's text.
"""
