"""Each site's address from huvudman.yml's webbplats: sitemaps, canonical links, 404 pages.

The portal is published at `webbplats`, each school in `<id>/` below it.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.check.school import check_organiser
from generator.problems import Severity
from generator.render.uris import site_address

ROOT = Path(__file__).resolve().parents[1]


def test_each_site_is_addressed_below_the_huvudmans_webbplats() -> None:
    assert site_address("https://skolor.strandvik.se") == "https://skolor.strandvik.se/"
    assert site_address("https://x.se/skolor/", "ek") == "https://x.se/skolor/ek/"
    assert site_address("https://x.se/skolor", "ek") == "https://x.se/skolor/ek/"
    assert site_address("", "ek") == site_address("") == ""


def test_without_webbplats_the_check_warns_in_swedish(tmp_path: Path) -> None:
    original = (ROOT / "content" / "huvudman.yml").read_text(encoding="utf-8")
    assert not [p for p in check_organiser(ROOT / "content").problems if p.code == "TP055"]
    (tmp_path / "huvudman.yml").write_text(re.sub(r"(?m)^webbplats:.*\n", "", original))
    [problem] = [p for p in check_organiser(tmp_path).problems if p.code == "TP055"]
    assert problem.severity is Severity.WARNING and problem.location.file.endswith("huvudman.yml")
    assert problem.field == "webbplats" and "sitemap.xml" in problem.message
    assert "lägg till webbplats: i huvudman.yml" in problem.hint
