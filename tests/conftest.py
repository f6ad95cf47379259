"""The whole suite builds without PDFs (`trygg build --utan-pdf`), as CI time is short:
the PDF tests (tests/test_pdf.py) turn them on for their own builds. The cache key
(`check.cachekey`) is kept in a folder of the session's own, never in the real home."""

from __future__ import annotations

import os
import tempfile

from generator.cli.build import NO_PDF

os.environ[NO_PDF] = "1"

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="trygg-tester-")
os.environ.pop("TRYGG_CACHENYCKEL", None)
os.environ.pop("CI", None)  # a CI log hides what privacy rules quote (`cli.cisafe.in_ci`)
