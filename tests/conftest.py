"""The whole suite builds without PDFs (`trygg build --utan-pdf`), as CI time is short:
the PDF tests (tests/test_pdf.py) turn them on for their own builds."""

from __future__ import annotations

import os

from generator.cli.build import NO_PDF

os.environ[NO_PDF] = "1"
