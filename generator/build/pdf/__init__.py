"""Each decided plan as a tagged, archivable PDF (PDF/A-2a), made from its built page.

`printing` turns the built page into a print page, `making` renders it with WeasyPrint
(the `trygg[pdf]` extra, imported only there), `fetching` keeps the renderer inside the
site, `scanning` is the last look at a PDF, and `plans` does it for a school's plans
(with the cache). Another page becomes a PDF the same way: its built HTML, a
`PrintPage` and `make_pdf`.
"""
