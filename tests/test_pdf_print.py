"""The print page a plan's PDF is made from: the article of the built page, without the
site and the day's notices, with text alternatives and links that work on paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_support import assert_golden

from generator.build.pdf.pages import file_size, with_link
from generator.build.pdf.plans import LINK_TEXT
from generator.build.pdf.printing import PrintPage, print_html

GOLDEN = Path(__file__).parent / "golden" / "pdf"
PAGE = PrintPage(
    school="Ekbackens skola",
    organiser="Strandviks kommun",
    title="Trygghetsplan för läsåret 2026/27 – Ekbackens skola",
    page_url="https://skolor.strandvik.se/ekbackens-skola/trygghetsplan/",
    decided_on="2026-08-17",
)
BUILT = """<!doctype html><html lang="sv"><head><title>Trygghetsplan</title>
<script src="assets/javascripts/bundle.js"></script></head><body>
<nav class="md-nav">Meny: Start, Trygghetsplan</nav>
<article class="md-content__inner md-typeset">
<h1 id="plan">Trygghetsplan för läsåret 2026/27<a class="headerlink" href="#plan">&para;</a></h1>
<div class="admonition warning"><p class="admonition-title">Planen gäller inte längre</p>
<p>Planen gällde till 15 augusti 2027.</p></div>
<p>Planen beskriver hur vi arbetar. <a href="arkiv/">Alla trygghetsplaner</a>,
<a href="https://www.skolverket.se/">Skolverket</a>, <a href="#vision">vår vision</a>,
<a href="javascript:alert(1)">skript</a>,
<a rel="attachment" href="../plan/2026-27.json">data</a>.</p>
<h2 id="vision">Vår vision<a class="headerlink" href="#vision">&para;</a></h2>
<div class="admonition note"><p class="admonition-title">Bra att veta</p><p>Kvar.</p></div>
<figure class="trygg-figure"><div class="trygg-chart" role="region" aria-label="Diagram">
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 10 10">
<title id="t">Resultat per grupp</title><desc id="d">Åk 2 94 %, Åk 3 92 %.</desc>
<rect x="0" y="0" width="5" height="5"/></svg></div>
<figcaption>Siffrorna står också i tabellen.</figcaption></figure>
<p><svg class="trygg-icon" aria-hidden="true" viewBox="0 0 1 1"><path d="M0 0h1v1z"/></svg>
<img src="../bilder/dekor.png" alt=""><img src="../bilder/logga.png" alt="Skolans logga"></p>
<table><thead><tr><th>Mål</th></tr></thead><tbody><tr><td>M1</td></tr></tbody></table>
</article></body></html>"""


def test_the_print_page_is_the_article_as_a_document() -> None:
    assert_golden(GOLDEN / "print-page.html", print_html(BUILT, PAGE))


def test_without_a_webbplats_links_within_the_site_become_text() -> None:
    page = PrintPage("Ekbackens skola", "Strandviks kommun", "Plan", "", "2026-08-17")
    printed = print_html(BUILT, page)
    assert "Alla trygghetsplaner" in printed
    assert 'href="arkiv/"' not in printed and "Publicerad på" not in printed
    assert '<a href="https://www.skolverket.se/">Skolverket</a>' in printed


def test_a_link_to_nothing_on_the_page_becomes_text() -> None:
    # The renderer made "#" (a refused link, as the sanitizer writes it) a link to the
    # print page's file: the build's temporary folder, in the published PDF.
    built = BUILT.replace(
        "<p>Planen beskriver", '<p><a href="#">farlig länk</a> <a href="#saknas">borta</a> '
    )
    printed = print_html(built, PAGE)
    assert "farlig länk" in printed and "borta" in printed
    assert 'href="#"' not in printed and 'href="#saknas"' not in printed
    assert '<a href="#vision">vår vision</a>' in printed


def test_a_page_without_an_article_is_not_printed() -> None:
    with pytest.raises(ValueError, match="ingen artikel"):
        print_html("<html><body><p>Inget</p></body></html>", PAGE)


@pytest.mark.parametrize(
    ("size", "shown"), [(512, "1 kB"), (140_665, "141 kB"), (999_499, "999 kB"),
                        (1_234_567, "1,2 MB")]
)  # fmt: skip
def test_a_pdfs_size_is_written_as_in_swedish(size: int, shown: str) -> None:
    assert file_size(size) == shown


def test_the_link_to_the_pdf_stands_under_the_pages_title() -> None:
    linked = with_link(BUILT, "trygghetsplan-ekbackens-skola-2026-27.pdf", 140_665, LINK_TEXT)
    title_end = linked.index("</h1>") + len("</h1>")
    assert linked[title_end:].startswith(
        '\n<p class="trygg-pdf-link"><a href="trygghetsplan-ekbackens-skola-2026-27.pdf" '
        "download>Ladda ner planen som PDF</a> (PDF, 141 kB)</p>"
    )


def test_without_the_extra_the_build_warns_once_and_links_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from generator.build.pdf import making
    from generator.cli import build

    monkeypatch.delenv(build.NO_PDF)
    monkeypatch.setattr(making, "installed", lambda: "WeasyPrint är inte installerat")
    assert build._pdf_wanted(argparse.Namespace(utan_pdf=False)) is False
    warning = capsys.readouterr().err
    assert warning.count("\n") == 1
    assert warning.startswith("trygg: varning: planerna görs inte som PDF: WeasyPrint är inte")
    assert "pip install 'trygg[pdf]'" in warning and "--utan-pdf" in warning


def test_the_option_and_the_setting_turn_pdfs_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import argparse

    from generator.build.pdf import making
    from generator.cli import build

    def never() -> str:
        raise AssertionError("WeasyPrint is not even loaded")

    monkeypatch.setattr(making, "installed", never)
    assert build._pdf_wanted(argparse.Namespace(utan_pdf=True)) is False
    monkeypatch.setenv(build.NO_PDF, "1")
    assert build._pdf_wanted(argparse.Namespace(utan_pdf=False)) is False


def test_the_huvudmans_own_document_names_no_huvudman() -> None:
    page = PrintPage("Strandviks kommun", "", "Rapport – Strandviks kommun", "", "2026-11-25")
    printed = print_html(BUILT, page)
    assert '<p class="trygg-pdf-school">Strandviks kommun</p>' in printed
    assert "Huvudman:" not in printed


def test_the_link_to_the_pdf_is_not_in_the_pdf() -> None:
    linked = with_link(BUILT, "plan.pdf", 140_665, LINK_TEXT)
    assert print_html(linked, PAGE).split() == print_html(BUILT, PAGE).split()
