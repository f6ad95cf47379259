"""A site publishes only the kinds of file trygg writes (`build.kinds`): a file of another
kind, or a hidden one, in the theme folder or a cached site is refused at its path with
what to do, and so is a text file a browser would decode otherwise than the look (not
UTF-8)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from generator.build.scan import refuse_unsafe, scan_site
from generator.build.shards import Shard
from generator.problems import BuildFailed
from generator.site.outputs import OUTPUT_MARK

REMOVE = "ta bort den ur temamappen (custom_dir under theme)"
PUBLISHED = [
    "index.html", "assets/stylesheets/extra.css.map", "plan/2026-27.json", "plan/a.csv",
    "arshjul.ics", "sitemap.xml", "sitemap.xml.gz", "feed.xml", "robots.txt",
    "assets/logo.svg", "foton/a.png", "foton/b.jpg", "foton/c.jpeg", "foton/d.webp",
    "assets/images/favicon.ico", "assets/fonts/a.woff2", "trygghetsplan-a-2026-27.pdf", "CNAME",
]  # fmt: skip
# Read by a browser as XML (or a page), a download, the host's settings.
NAMES = ["schema.xsd", "karta.kml", "spar.gpx", "flode.rss", "stil.xslt", "sida.xht"]
NAMES += ["formel.mathml", "setup.exe", "data.exe.gz"]
REFUSED = {name: f"filändelsen .{name.partition('.')[2]}" for name in NAMES}
REFUSED |= {"LICENSE": "ingen filändelse", "_headers": "ingen filändelse"}


def _site(tmp_path: Path, files: dict[str, bytes]) -> Path:
    site = tmp_path / "site"
    for name, data in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(data)
    return site


def _content(name: str) -> bytes:
    if name.endswith(".pdf"):
        return b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"
    if name.endswith(".svg"):
        return b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    if name.endswith(".gz"):
        return gzip.compress(b"<urlset/>")
    if name.endswith((".html", ".xml")):
        return b'<!doctype html><meta charset="utf-8"><p>Hej</p>' if "html" in name else b"<a/>"
    return b"text"


def test_every_kind_a_site_has_is_published(tmp_path: Path) -> None:
    site = _site(tmp_path, {name: _content(name) for name in PUBLISHED})
    assert scan_site(site, ()) == []


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_of_another_kind_is_refused_at_its_path(tmp_path: Path, name: str) -> None:
    site = _site(tmp_path, {name: b"<a/>" if not name.endswith(".gz") else gzip.compress(b"x")})
    found = [line for line in scan_site(site, ()) if "webbplatserna inte publicerar" in line]
    assert len(found) == 1, scan_site(site, ())
    assert found[0].startswith(f"{name}: en fil med {REFUSED[name]}, som webbplatserna inte")
    assert found[0].endswith(REMOVE)


def test_a_hidden_file_is_refused_but_trygg_s_own_marks(tmp_path: Path) -> None:
    record = Shard.parse("1/2").record_name
    site = _site(
        tmp_path,
        {".htaccess": b"AddType text/html .txt", ".well-known/a.json": b"{}", OUTPUT_MARK: b"x",
         record: b"{}"},
    )  # fmt: skip
    hidden = f"en dold fil, som webbhotellet kan läsa som sina inställningar – {REMOVE}"
    assert scan_site(site, ()) == [f".htaccess: {hidden}", f".well-known/a.json: {hidden}"]


@pytest.mark.parametrize("name", ["plan/a.csv", "robots.txt", "data.json", "arshjul.ics"])
def test_a_text_file_that_is_not_utf8_is_refused(tmp_path: Path, name: str) -> None:
    """In UTF-16 every digit of a personnummer stands between NULs: no run of text the
    look reads for one (`personal_data.published`) holds it, and a browser shows it."""
    site = _site(tmp_path, {name: "\ufeffElev 20150312-1234".encode("utf-16-le")})
    not_utf8 = "en textfil som inte är skriven i UTF-8 – spara den som UTF-8"
    assert scan_site(site, ()) == [f"{name}: {not_utf8}"]
    (site / name).write_text("Elev\n", encoding="utf-8")
    assert scan_site(site, ()) == []


def test_a_gzip_file_holding_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    packed = gzip.compress("\ufeffElev 20150312-1234".encode("utf-16-le"))
    site = _site(tmp_path, {"plan/2026.json.gz": packed})
    not_utf8 = "en textfil som inte är skriven i UTF-8 – spara den som UTF-8"
    assert scan_site(site, ()) == [f"plan/2026.json.gz: {not_utf8}"]


def test_a_file_of_the_repo_s_own_theme_folder_is_read_for_a_personnummer(
    tmp_path: Path,
) -> None:
    """custom_dir stands before trygg's overrides and is the author's: its files are read
    like any other; a packaged theme's (trygg's, Material's, after them) are trusted."""
    from generator.load.resources import theme_overrides

    data = b'{"elev": "Elev 121212-1212"}'
    custom = tmp_path / "egen-tema"
    custom.mkdir()
    (custom / "elever.json").write_bytes(data)
    site = _site(tmp_path, {"elever.json": data})
    packaged = str(theme_overrides())
    assert scan_site(site, (str(custom), packaged)) == ["elever.json: ett personnummer"]
    other = _site(tmp_path / "b", {"elever.json": data})  # (verdicts are kept by file)
    assert scan_site(other, (packaged, str(custom))) == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("assets/javascripts/elever.js", b'const elev = "Elev 121212-1212";\n'),
        ("assets/stylesheets/egen.css", b'.elev::after { content: "121212-1212"; }\n'),
    ],
)
def test_a_script_or_style_of_the_repo_s_own_theme_folder_is_read_for_a_personnummer(
    tmp_path: Path, name: str, data: bytes
) -> None:
    """A script or style sheet of custom_dir passes as the theme's (`build.filescan`) but
    is the author's: it is read for a personnummer like the author's other files, while
    the packaged theme's (trygg's, Material's: after trygg's overrides) are trusted."""
    from generator.load.resources import theme_overrides

    custom = tmp_path / "egen-tema"
    (custom / name).parent.mkdir(parents=True)
    (custom / name).write_bytes(data)
    site = _site(tmp_path, {name: data})
    packaged = str(theme_overrides())
    assert scan_site(site, (str(custom), packaged)) == [f"{name}: ett personnummer"]
    with pytest.raises(BuildFailed, match="i temamappen \\(custom_dir under theme\\) om filen"):
        refuse_unsafe(site, (str(custom), packaged), "Ekbackens skola")
    other = _site(tmp_path / "b", {name: data})  # (verdicts are kept by file)
    assert scan_site(other, (packaged, str(custom))) == []
    (custom / name).write_bytes(b"/* ingen elev */\n")
    clean = _site(tmp_path / "c", {name: b"/* ingen elev */\n"})
    assert scan_site(clean, (str(custom), packaged)) == []
