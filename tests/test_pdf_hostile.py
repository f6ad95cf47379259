"""Hostile content on the PDF path: whatever a built page asks for, the PDF renderer reads
only pictures of the site being built, never a local file, the network or an attachment.

The check and the sanitizer stop these long before (tests/test_hardening.py); here a
built page is written by hand as if something had got through, and goes the whole PDF
way: the print page, the confined fetcher, WeasyPrint, the last look.
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("weasyprint")

from generator.build.pdf.fetching import DATA_LIMIT, Confinement, Refused
from generator.build.pdf.making import make_pdf
from generator.build.pdf.printing import PrintPage, print_html
from generator.build.pdf.scanning import pdf_problems
from generator.load.layout import EMPTY_DOCS_DIR

SECRET = "HEMLIGT-INNEHALL-4711"
PAGE = PrintPage("Testskolan", "Testkommun", "Trygghetsplan – Testskolan", "", "2026-08-17")
# A 1×1 PNG, for a picture the site may show.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A built site, and a secret file beside it (outside it) to steal."""
    secret = tmp_path / "hemlig.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (tmp_path / "hemlig.png").write_bytes(PNG)
    root = tmp_path / "site" / "testskolan"
    (root / "trygghetsplan").mkdir(parents=True)
    (root / "bilder").mkdir()
    (root / "bilder" / "logga.png").write_bytes(PNG)
    (root / "bilder" / "lank.png").symlink_to(tmp_path / "hemlig.png")
    (root / "bilder" / "text.png").symlink_to(secret)
    return root


def built_page(body: str) -> str:
    return (
        '<html lang="sv"><head><link rel="attachment" href="../../../hemlig.txt"></head><body>'
        '<article class="md-content__inner md-typeset"><h1 id="t">Trygghetsplan</h1>'
        f"{body}</article></body></html>"
    )


HOSTILE = {
    "an absolute path": '<img alt="x" src="/etc/passwd">',
    "a file url": '<img alt="x" src="file:///etc/passwd">',
    "a path that climbs out": '<img alt="x" src="../../../hemlig.txt">',
    "a picture outside the site": '<img alt="x" src="../../../hemlig.png">',
    "a symlink out of the site": '<img alt="x" src="../bilder/lank.png">',
    "a symlink to a text": '<img alt="x" src="../bilder/text.png">',
    "a remote picture": '<img alt="x" src="https://exempel.invalid/bild.png">',
    "a remote style": '<p style="background: url(http://exempel.invalid/x.png)">text</p>',
    "a large data url": f'<img alt="x" src="data:image/png;base64,{"A" * (DATA_LIMIT * 2)}">',
    "an attachment link": '<a rel="attachment" href="../../../hemlig.txt">bilaga</a>',
    "an attachment of a picture": '<a rel="attachment" href="../bilder/logga.png">bilaga</a>',
    "an object": '<object data="../../../hemlig.txt"></object>',
    "a link to nothing on the page": '<a href="#">länk</a> <a href="#saknas">länk</a>',
}


@pytest.mark.parametrize("case", HOSTILE)
def test_nothing_outside_the_site_gets_into_the_pdf(case: str, site: Path, tmp_path: Path) -> None:
    page = site / "trygghetsplan" / "index.html"
    source = print_html(built_page(f"<p>Före</p>{HOSTILE[case]}<p>Efter</p>"), PAGE)
    confinement = Confinement(site)
    data = make_pdf(source, page, confinement)
    assert not pdf_problems(data)
    if "<img" in HOSTILE[case] or "url(" in HOSTILE[case]:
        assert confinement.refused, "a refused fetch is kept, for the build to report"
    assert SECRET.encode() not in data
    assert b"/EmbeddedFile" not in data
    pikepdf = pytest.importorskip("pikepdf")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        links = [
            str(a.A.get("/URI", "")) for p in pdf.pages for a in p.get("/Annots", []) if "/A" in a
        ]
    assert not [link for link in links if link.startswith("file:")], "not the build's files"
    written = tmp_path / "ut.pdf"
    written.write_bytes(data)
    text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True, check=True)
    shown = text.stdout.decode("utf-8")
    assert "Före" in shown and "Efter" in shown
    assert SECRET not in shown


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "en fil utanför webbplatsen (/etc/passwd)"),
        ("https://exempel.invalid/a.png", "en adress utanför webbplatsen (https://"),
        ("ftp://exempel.invalid/a.png", "en adress utanför webbplatsen (ftp://"),
        ("file://annan-dator/x.png", "en fil på en annan dator"),
        ("data:text/html,<script>", "en data-adress som inte är en bild"),
        (f"data:image/png;base64,{'A' * DATA_LIMIT * 2}", "en data-adress större än"),
    ],
)
def test_the_fetcher_refuses_and_says_what(url: str, why: str, site: Path) -> None:
    confinement = Confinement(site)
    with pytest.raises(Refused):
        confinement.open(url)
    assert confinement.refused[0].startswith(why)


def test_the_fetcher_refuses_paths_out_and_symlinks_and_serves_a_picture(site: Path) -> None:
    confinement = Confinement(site)
    inside = (site / "bilder" / "logga.png").as_uri()
    assert confinement.open(inside) == (PNG, "image/png")
    for url in [
        (site / "trygghetsplan" / ".." / ".." / ".." / "hemlig.txt").as_uri(),
        (site / "bilder" / "lank.png").as_uri(),
        (site / "trygghetsplan" / "index.html").as_uri(),
    ]:
        with pytest.raises(Refused):
            confinement.open(url)
    assert [r.split(" (")[0] for r in confinement.refused] == [
        "en fil utanför webbplatsen",
        "en symbolisk länk",
        "en fil som inte är en bild",
    ]


def test_a_picture_of_the_site_is_in_the_pdf_with_its_alt_text(site: Path) -> None:
    page = site / "trygghetsplan" / "index.html"
    body = '<p><img alt="Skolans logga" src="../bilder/logga.png"></p>'
    confinement = Confinement(site)
    data = make_pdf(print_html(built_page(body), PAGE), page, confinement)
    assert confinement.refused == []
    pikepdf = pytest.importorskip("pikepdf")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        figures = [e for e in _elements(pdf.Root.StructTreeRoot) if e.get("/S") == "/Figure"]
        assert [str(f.Alt) for f in figures] == ["Skolans logga"]


def _elements(node: Any) -> list[Any]:
    import pikepdf

    kids = node.get("/K")
    if kids is None:
        return []
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    found = [k for k in kids if isinstance(k, pikepdf.Dictionary) and k.get("/S") is not None]
    return found + [e for k in found for e in _elements(k)]


def test_the_last_look_refuses_a_pdf_that_runs_or_embeds() -> None:
    import zlib

    hidden = zlib.compress(b"<< /Type /Action /S /J#61vaScript /JS (app.alert(1)) >>")
    objects = b"1 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\n" + hidden
    pdf = b"%PDF-1.7\n" + objects + b"\nendstream endobj\n%%EOF\n"
    assert any("/JavaScript" in why for why in pdf_problems(pdf))
    other = b"%PDF-1.7\n1 0 obj << /Filter /LZWDecode >> stream\nxx\nendstream\n%%EOF\n"
    assert pdf_problems(other) == ["filtret /LZWDecode, som trygg inte skriver"]
    assert pdf_problems(b"<html>") == ["ingen hel PDF-fil"]


def test_a_site_given_as_a_relative_path_is_rendered(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(site.parent)
    relative = Path(site.name)
    page = relative / "trygghetsplan" / "index.html"
    body = '<p><img alt="Skolans logga" src="../bilder/logga.png"></p>'
    confinement = Confinement(relative)
    data = make_pdf(print_html(built_page(body), PAGE), page, confinement)
    assert confinement.refused == []
    assert data.startswith(b"%PDF-")


def test_a_plan_text_that_points_at_local_files_is_stopped_before_any_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """A Markdown picture in a plan's text from the web server's root (`/etc/passwd`) is
    TP053 at the text: the school is not built, so no page or PDF of it asks for the
    file (were one to, the fetcher refuses it: `test_nothing_outside_the_site_…`)."""
    from generator.cli import build as build_command
    from generator.cli.main import main

    root = Path(__file__).resolve().parents[1]
    project = tmp_path / "projekt"
    shutil.copytree(root / "content", project / "content")
    shutil.copy(root / "mkdocs.yml", project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    plan = project / "content" / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"
    hostile = "  ![Lösenord](/etc/passwd) ![Nät](https://exempel.invalid/bild.png)\n"
    text = plan.read_text(encoding="utf-8")
    vision = "vision:\n  text: >-\n"
    assert vision in text
    plan.write_text(text.replace(vision, vision + "  " + hostile, 1), encoding="utf-8")
    monkeypatch.delenv(build_command.NO_PDF)
    out = project / "site"
    argv = ["build", "--config", str(project / "mkdocs.yml"), "--out", str(out), "--jobs", "1"]
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--skola", "ekbackens-skola", "--ingen-cache"])
    assert exited.value.code == 1
    told = capfd.readouterr().out
    assert "TP053 vision.text: bilden '/etc/passwd' är en sökväg" in told
    assert not list(out.glob("ekbackens-skola/**/*.pdf"))


def test_a_cached_pdf_past_the_limit_is_not_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is untrusted: a huge file there is made again, never read into memory."""
    from generator.build.pdf import pages
    from generator.check.cachekey import mac

    page = tmp_path / "index.html"
    made = make_pdf(print_html(built_page("<p>Plan</p>"), PAGE), page, Confinement(tmp_path))
    key = "a" * 64
    stored, stored_key = tmp_path / "plan.pdf", tmp_path / "plan.pdf.nyckel"
    stored.write_bytes(made)
    stored_key.write_text(key, encoding="ascii")  # not sealed (`check.cachekey`): forged
    assert pages._cached(stored, stored_key, key) == b""
    sealed = mac(f"pdf\n{key}", made)
    stored_key.write_text(sealed, encoding="ascii")
    assert pages._cached(stored, stored_key, key) == made
    monkeypatch.setattr(pages, "CACHED_PDF_LIMIT", len(made) - 1)
    assert pages._cached(stored, stored_key, key) == b""
    monkeypatch.undo()
    stored_key.write_text(sealed + "a" * 10_000_000, encoding="ascii")  # a key that goes on
    assert pages._cached(stored, stored_key, key) == b""
