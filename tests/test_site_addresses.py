"""Each site's address from huvudman.yml's webbplats: sitemaps, canonical links, 404 pages.

The built output is the one the browser suite audits (`site_output.built_output`, built
once per session): the portal at the root of `webbplats`, each school in `<id>/`.
Without `webbplats` a site has no sitemap and no canonical links, a school no 404 page,
and the check warns (TP055).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from generator.check.organiser import check_organiser
from generator.check.run import check_content
from generator.clock import reference_date
from generator.problems import Severity
from generator.render.site import site_for
from generator.render.uris import site_address
from generator.site.build import build_site
from generator.site.siteconfig import set_address

sys.path.insert(0, str(Path(__file__).resolve().parent / "browser"))
import site_output

ROOT = Path(__file__).resolve().parents[1]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
WEBSITE = str(yaml.safe_load((ROOT / "content" / "huvudman.yml").read_bytes())["webbplats"])
SCHOOLS = sorted(p.name for p in (ROOT / "content" / "skolor").iterdir() if p.is_dir())
LINK = re.compile(r'<(?:a|link|script|img)\b[^>]*?\b(?:href|src)="([^"]*)"')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)">')


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def sites() -> list[tuple[str, str]]:
    """(folder in the output, its address) for the portal and each school."""
    return [("", site_address(WEBSITE)), *((s, site_address(WEBSITE, s)) for s in SCHOOLS)]


@pytest.fixture(scope="module")
def out() -> Path:
    return site_output.require_built_output()


def test_each_site_is_addressed_below_the_huvudmans_webbplats() -> None:
    assert site_address("https://skolor.strandvik.se") == "https://skolor.strandvik.se/"
    assert site_address("https://x.se/skolor/", "ek") == "https://x.se/skolor/ek/"
    assert site_address("https://x.se/skolor", "ek") == "https://x.se/skolor/ek/"
    assert site_address("", "ek") == site_address("") == ""


def test_without_webbplats_the_check_warns_in_swedish(tmp_path: Path) -> None:
    original = read(ROOT / "content" / "huvudman.yml")
    assert not [p for p in check_organiser(ROOT / "content").problems if p.code == "TP055"]
    without = re.sub(r"(?m)^webbplats:.*\n", "", original)
    (tmp_path / "huvudman.yml").write_text(without, encoding="utf-8")
    [problem] = [p for p in check_organiser(tmp_path).problems if p.code == "TP055"]
    assert problem.severity is Severity.WARNING and problem.location.file.endswith("huvudman.yml")
    assert problem.field == "webbplats" and "sitemap.xml" in problem.message
    assert "lägg till webbplats: i huvudman.yml" in problem.hint


@pytest.mark.parametrize(("folder", "address"), sites(), ids=lambda v: v or "portal")
def test_every_sitemap_lists_the_sites_pages_at_absolute_addresses(
    out: Path, folder: str, address: str
) -> None:
    site = out / folder
    data = (site / "sitemap.xml").read_bytes()
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == data
    root = ET.fromstring(data)
    assert root.tag == f"{SITEMAP}urlset"
    urls = root.findall(f"{SITEMAP}url")
    assert urls, "an empty sitemap"
    for url in urls:
        loc = url.findtext(f"{SITEMAP}loc", "")
        assert loc.startswith(address) and address.startswith("https://"), loc
        assert (site / loc.removeprefix(address) / "index.html").is_file(), loc
        dt.date.fromisoformat(url.findtext(f"{SITEMAP}lastmod", ""))


@pytest.mark.parametrize(("folder", "address"), sites(), ids=lambda v: v or "portal")
def test_every_page_names_its_own_address_as_canonical(
    out: Path, folder: str, address: str
) -> None:
    site = out / folder
    nested = {s for s in SCHOOLS if not folder}  # the portal's folder holds the schools
    for page in site.rglob("index.html"):
        path = page.parent.relative_to(site).as_posix()
        if path.split("/")[0] in nested:
            continue
        wanted = address if path == "." else f"{address}{path}/"
        assert CANONICAL.findall(read(page)) == [wanted], page


@pytest.mark.parametrize("school", SCHOOLS)
def test_a_schools_404_page_stays_in_the_school(out: Path, school: str) -> None:
    page = read(out / school / "404.html")
    assert '<html lang="sv"' in page and "Sidan finns inte" in page
    home = f"/{school}/"
    links = LINK.findall(page)
    assert links
    for link in links:
        if link.startswith("#"):
            continue
        target = urlsplit(urljoin(f"http://host{home}a/b/okand/", link)).path
        assert target.startswith(home), link  # the same from any depth, never the host's root
        file = out / target.lstrip("/")
        assert (file / "index.html" if target.endswith("/") else file).is_file(), link
    start = re.search(r'<a href="([^"]*)">Gå till startsidan</a>', page)
    assert start and urljoin(f"http://host{home}x/y", start[1]) == f"http://host{home}"


def test_without_webbplats_no_sitemap_canonical_or_school_404(tmp_path: Path) -> None:
    content = ROOT / "content"
    checked = check_content(content, only=[SCHOOLS[0]])
    today = reference_date()
    for school_id in (SCHOOLS[0], ""):
        site = dataclasses.replace(site_for(checked, school_id, content, today=today), site_url="")
        built = tmp_path / (school_id or "portal")
        build_site(ROOT / "mkdocs.yml", built, site)
        assert not list(built.glob("sitemap.xml*"))
        assert not [p for p in built.rglob("*.html") if CANONICAL.search(read(p))]
        assert (built / "404.html").is_file() == (not school_id)  # the portal: at the root


def test_the_address_comes_from_webbplats_but_serve_keeps_its_own() -> None:
    site = SimpleNamespace(site_url="https://skolor.strandvik.se/ek/", at_root=False)
    config = SimpleNamespace(
        site_url="http://127.0.0.1:8000/",
        theme=SimpleNamespace(static_templates={"404.html", "sitemap.xml"}),
    )
    set_address(config, site, serving=True)  # type: ignore[arg-type]
    assert config.site_url == "http://127.0.0.1:8000/"
    set_address(config, site, serving=False)  # type: ignore[arg-type]
    assert config.site_url == site.site_url and "404.html" in config.theme.static_templates
    unknown = SimpleNamespace(site_url="", at_root=False)  # no webbplats
    set_address(config, unknown, serving=False)  # type: ignore[arg-type]
    assert config.site_url is None and "404.html" not in config.theme.static_templates
