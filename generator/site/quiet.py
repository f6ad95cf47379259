"""MkDocs quiet inside trygg's commands, without importing MkDocs: the build sets this up
before it knows whether this process will build anything."""

from __future__ import annotations

import logging
import os

# Material for MkDocs (9.7 and later) prints a notice of its end of life (5 May 2027) to
# stderr the first time `material.templates` is imported in a process started as
# `mkdocs`, unless this variable is set. MkDocs imports it while it validates `theme`,
# before it loads any plugin, so in `mkdocs build` and `mkdocs serve` only the
# environment can keep it quiet (README); trygg's own commands set it before MkDocs
# loads the theme (tests/test_adapter.py).
THEME_NOTICE_OFF = "NO_MKDOCS_2_WARNING"


def quiet_mkdocs() -> None:
    """MkDocs logs each build at INFO, and Material may print its notice; `trygg build`
    reports in Swedish itself."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    os.environ.setdefault(THEME_NOTICE_OFF, "1")
