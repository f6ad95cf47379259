"""The built output that the browser suite and ``tests/test_no_third_party.py`` audit.

:func:`built_output` runs ``trygg build --out <tmp>`` once per test session and returns
the output folder (``<tmp>/<school-id>/...`` plus the portal ``<tmp>/index.html``). The
page list is whatever HTML the build wrote, so new schools and page types are audited
without touching the tests.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import ViewportSize

ROOT = Path(__file__).resolve().parents[2]

# Silences Material's "MkDocs 2.0" notice, which would otherwise flood the build log.
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


class BuildFailedError(Exception):
    """The site could not be built; the message holds the build log."""


@dataclass(frozen=True)
class Output:
    path: Path
    source: str


_cache: dict[str, Output | BuildFailedError] = {}


def built_output() -> Path:
    """Build the site once per session and return the output folder.

    Raises :class:`BuildFailedError` (every time it is called) if the build failed.
    """
    if "output" not in _cache:
        try:
            _cache["output"] = _build()
        except BuildFailedError as error:
            _cache["output"] = error
    result = _cache["output"]
    if isinstance(result, BuildFailedError):
        raise result
    return result.path


def require_built_output() -> Path:
    """:func:`built_output` for a test: fails the test if the build failed."""
    try:
        return built_output()
    except BuildFailedError:
        pass  # fail outside the except block, so pytest shows no chained traceback
    pytest.fail(failure_message(), pytrace=False)


def describe() -> str:
    """Where the audited site came from (for the pytest summary)."""
    result = _cache.get("output")
    if result is None:
        return "not built"
    if isinstance(result, BuildFailedError):
        return "build FAILED"
    return f"{result.source}, {len(html_pages(result.path))} HTML pages in {result.path}"


def _build() -> Output:
    out = Path(tempfile.mkdtemp(prefix="trygg-site-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    _run("trygg build", [sys.executable, "-m", "generator", "build", "--out", str(out)])
    return Output(out, "trygg build")


def _run(label: str, command: list[str]) -> None:
    proc = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, **BUILD_ENV},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise BuildFailedError(
            f"{label} exited with {proc.returncode}\n"
            f"--- stdout (end) ---\n{_tail(proc.stdout)}\n"
            f"--- stderr (end) ---\n{_tail(proc.stderr)}"
        )


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


def failure_message() -> str:
    """Why the build failed: the log the first time it is asked for, then a pointer to it."""
    result = _cache.get("output")
    if not isinstance(result, BuildFailedError):
        return "the site was built"
    if _cache.get("reported"):
        return "could not build the site (the build log is in the first error above)"
    _cache["reported"] = result
    return f"could not build the site:\n{result}"


# --------------------------------------------------------------------- pages --


def html_pages(out: Path) -> list[str]:
    """Every HTML file in the output, as sorted POSIX paths relative to it."""
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))


def url_path(page: str) -> str:
    """The URL path a visitor uses for a page ("a/index.html" -> "/a/")."""
    return "/" + page.removesuffix("index.html")


# Phone screenshots and print PDFs: the start page plus the first page type whose name
# contains each key.
KEY_TYPES = ("trygghetsplan", "elev", "arshjul")


@dataclass(frozen=True)
class Pages:
    """The built pages, and which top-level folders are school sites."""

    all: list[str]
    schools: frozenset[str]

    @classmethod
    def of(cls, out: Path) -> Pages:
        # A school folder is a self-contained site: its own index.html and assets/.
        schools = frozenset(
            d.name
            for d in out.iterdir()
            if (d / "index.html").is_file() and (d / "assets").is_dir()
        )
        return cls(html_pages(out), schools)

    def start_pages(self) -> list[str]:
        """Each school's start page, "<school>/index.html"."""
        return [f"{school}/index.html" for school in sorted(self.schools)]

    def page_type(self, page: str) -> str:
        """The kind of page, from its path under the school folder.

        "<school>/index.html" -> "start", "<school>/arshjul/index.html" -> "arshjul",
        "<school>/rutiner/x/index.html" -> "rutiner", "<school>/404.html" -> "404";
        outside the school folders: "index.html" -> "portal", "404.html" -> "portal-404",
        "om/index.html" -> "portal-om", "granskning/grunder/index.html" ->
        "portal-granskning-grunder", "granskning/enheter/x/index.html" ->
        "portal-granskning-enheter".
        """
        first, *rest = page.split("/")
        if first not in self.schools or not rest:
            parts = [p for p in page.removesuffix(".html").split("/") if p != "index"]
            return "-".join(["portal", *parts[:2]])
        if rest == ["index.html"]:
            return "start"
        return rest[0].removesuffix(".html")

    def by_type(self) -> dict[str, str]:
        """The first page (in sorted order) of each page type."""
        first: dict[str, str] = {}
        for page in self.all:
            first.setdefault(self.page_type(page), page)
        return first

    def key_types(self) -> dict[str, str]:
        """The start, plan, student and årshjul page types that exist, with their first page."""
        by_type = self.by_type()
        chosen = ["start"] if "start" in by_type else []
        for key in KEY_TYPES:
            match = next((kind for kind in by_type if key in kind and kind not in chosen), None)
            if match:
                chosen.append(match)
        return {kind: by_type[kind] for kind in chosen}

    def screenshot_plan(self) -> list[tuple[str, str, ViewportSize]]:
        """(file stem, page, viewport) for every screenshot to take."""
        desktop = ViewportSize(width=1280, height=900)
        phone = ViewportSize(width=390, height=844)
        plan = [(kind, page, desktop) for kind, page in self.by_type().items()]
        plan += [(f"phone-{kind}", page, phone) for kind, page in self.key_types().items()]
        return plan
