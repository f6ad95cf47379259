"""The plans as PDFs: what a central unit files and a screen reader reads.

One build of the example with PDFs (the rest of the suite builds without them,
tests/conftest.py), and one more clean build to compare bytes. Each PDF is examined
with pikepdf and poppler's pdftotext: tags, language, /Alt on figures, the outline
against the page's headings, PDF/A identification, the text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pikepdf = pytest.importorskip("pikepdf")
pytest.importorskip("weasyprint")

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from generator.build.pdf.plans import LINK_TEXT  # noqa: E402
from generator.build.pdf.reports import LINK_TEXT as REPORT_LINK  # noqa: E402
from generator.build.pipeline import build_all  # noqa: E402
from generator.build.request import BuildRequest  # noqa: E402
from generator.check.run import check_content  # noqa: E402
from generator.load.layout import EMPTY_DOCS_DIR  # noqa: E402
from generator.render import uris  # noqa: E402
from generator.render.site import shown_school  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CACHED_PDFS = "pdf"


def make_project(target: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "content", target / "content")
    return target


def build(project: Path, out: Path, cache: Path | None = None, jobs: int = 1) -> None:
    request = BuildRequest(
        project / "mkdocs.yml", project / "content", out, jobs=jobs, cache_dir=cache, pdf=True
    )
    assert build_all(request).ok


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    project = make_project(tmp_path_factory.mktemp("pdf"))
    build(project, project / "site", cache=project / ".trygg-cache")
    return project, project / "site"


def plan_pdfs(project: Path, site: Path) -> list[tuple[str, object, Path, Path]]:
    """(school name, plan, its page, its PDF) for every decided plan of every school."""
    checked = check_content(project / "content")
    found = []
    for check in checked.schools:
        school = checked.school(check.id)
        assert school is not None
        school = shown_school(school, dt_today(), with_drafts=False)
        for plan in school.plans:
            page = site / school.id / uris.plan_page(school, plan).replace(".md", ".html")
            pdf = site / school.id / uris.plan_pdf(school, plan)
            found.append((school.name, plan, page, pdf))
    return found


def dt_today():  # type: ignore[no-untyped-def]
    from generator.clock import reference_date

    return reference_date()


def headings(page: Path) -> list[str]:
    """The headings of a built plan page, as the PDF should have them (what only a screen
    can use, the plan as data, is not printed)."""
    article = LexborHTMLParser(page.read_text(encoding="utf-8")).css_first("article")
    assert article is not None
    for link in article.css("a.headerlink, .trygg-screen-only"):
        link.decompose()
    return [" ".join(h.text().split()) for h in article.css("h1, h2, h3, h4, h5, h6")]


def outline(pdf: object) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            titles.append(" ".join(item.title.split()))  # type: ignore[attr-defined]
            walk(item.children)  # type: ignore[attr-defined]

    with pdf.open_outline() as found:  # type: ignore[attr-defined]
        walk(found.root)
    return titles


def structure(pdf: object) -> list[object]:
    """Every structure element of the tag tree."""
    found: list[object] = []
    stack = [pdf.Root.StructTreeRoot]  # type: ignore[attr-defined]
    while stack:
        node = stack.pop()
        kids = node.get("/K")
        if kids is None:
            continue
        kids = kids if isinstance(kids, pikepdf.Array) else [kids]
        for kid in kids:
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                found.append(kid)
                stack.append(kid)
    return found


def text_of(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def test_every_plan_page_links_its_pdf_with_its_size(built: tuple[Path, Path]) -> None:
    project, site = built
    plans = plan_pdfs(project, site)
    assert len(plans) >= 5
    for _, _, page, pdf in plans:
        text = page.read_text(encoding="utf-8")
        kb = round(pdf.stat().st_size / 1000)
        assert f'<a href="{pdf.name}" download>{LINK_TEXT}</a> (PDF, {kb} kB)' in text


def test_each_pdf_is_tagged_in_swedish_with_alt_text_on_every_figure(
    built: tuple[Path, Path],
) -> None:
    project, site = built
    for name, plan, _, path in plan_pdfs(project, site):
        with pikepdf.open(path) as pdf:
            assert "/StructTreeRoot" in pdf.Root
            assert bool(pdf.Root.MarkInfo.Marked) is True
            assert str(pdf.Root.Lang) == "sv"
            assert str(pdf.docinfo["/Title"]).endswith(f"– {name}")
            elements = structure(pdf)
            kinds = {str(e.S) for e in elements}
            assert {"/H1", "/H2", "/L", "/LI", "/Table", "/TH", "/TD", "/P"} <= kinds
            figures = [e for e in elements if e.S == "/Figure"]
            assert all(str(f.get("/Alt", "")).strip() for f in figures), path.name
            if plan.survey.methods:  # type: ignore[attr-defined]
                assert figures, f"{path.name}: the survey's charts are figures"


def test_the_outline_is_the_pages_headings(built: tuple[Path, Path]) -> None:
    project, site = built
    for _, _, page, path in plan_pdfs(project, site):
        with pikepdf.open(path) as pdf:
            assert outline(pdf) == headings(page)


def test_each_pdf_says_it_is_pdf_a_2a(built: tuple[Path, Path]) -> None:
    project, site = built
    for _, _, _, path in plan_pdfs(project, site):
        with pikepdf.open(path) as pdf:
            xmp = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
            assert re.search(r'pdfaid:part(="|>)2', xmp), path.name
            assert re.search(r'pdfaid:conformance(="|>)A', xmp), path.name
            assert str(pdf.docinfo["/CreationDate"]).startswith("D:20")


def test_the_text_has_the_school_every_heading_and_every_measure(
    built: tuple[Path, Path],
) -> None:
    project, site = built
    for name, plan, page, path in plan_pdfs(project, site):
        text = text_of(path)
        assert name in text
        for heading in headings(page):
            assert heading in text, (path.name, heading)
        for measure in plan.measures:  # type: ignore[attr-defined]
            assert " ".join(measure.title.split()) in text, (path.name, measure.title)
        assert re.search(r"Sida 1 av \d+", text)


def test_a_link_to_the_routines_prints_its_address(built: tuple[Path, Path]) -> None:
    """On paper "rutinerna vid kränkning" cannot be followed: its address follows it."""
    project, site = built
    for _, _, _, path in plan_pdfs(project, site):
        text = text_of(path)
        assert re.search(r"rutinerna vid kränkning \(https?://\S+/rutiner/\)", text), path.name


def test_the_pdf_leaves_out_the_days_notices_and_the_site(built: tuple[Path, Path]) -> None:
    project, site = built
    for _, _, _, path in plan_pdfs(project, site):
        text = text_of(path)
        assert LINK_TEXT not in text
        assert "Hoppa till innehåll" not in text
        for notice in ("En tidigare plan", "Planen gäller inte längre", "Kommande plan"):
            assert notice not in text, (path.name, notice)


def test_two_clean_builds_give_the_same_bytes(built: tuple[Path, Path], tmp_path: Path) -> None:
    project, site = built
    again = tmp_path / "igen"
    build(project, again, jobs=2)
    first = sorted(site.rglob("*.pdf"))
    assert first
    for path in first:
        assert path.read_bytes() == (again / path.relative_to(site)).read_bytes(), path.name


def test_an_unchanged_plan_takes_its_pdf_from_the_cache(built: tuple[Path, Path]) -> None:
    project, site = built
    cache = project / ".trygg-cache" / CACHED_PDFS / "ekbackens-skola"
    stored = sorted(cache.glob("*.pdf"))
    assert stored
    before = {p: p.stat().st_mtime_ns for p in stored}
    cycle = project / "content" / "skolor" / "ekbackens-skola" / "arshjul.yml"
    cycle.write_text(cycle.read_text(encoding="utf-8") + "\n# ändrad\n", encoding="utf-8")
    build(project, site, cache=project / ".trygg-cache")
    assert {p: p.stat().st_mtime_ns for p in stored} == before
    for path in stored:
        assert (site / "ekbackens-skola").rglob(path.name)


def test_a_tampered_cached_pdf_is_made_again(built: tuple[Path, Path]) -> None:
    project, site = built
    cache = project / ".trygg-cache" / CACHED_PDFS / "strandskolan"
    stored = sorted(cache.glob("*.pdf"))[0]
    stored.write_bytes(b"%PDF-1.7\n1 0 obj <</S /JavaScript /JS (app.alert(1))>> endobj\n%%EOF")
    page = project / "content" / "skolor" / "strandskolan" / "arshjul.yml"
    page.write_text(page.read_text(encoding="utf-8") + "\n# ändrad\n", encoding="utf-8")
    build(project, site, cache=project / ".trygg-cache")
    [published] = (site / "strandskolan").rglob(stored.name)
    assert b"/JavaScript" not in published.read_bytes()
    assert published.read_bytes().startswith(b"%PDF-")
    assert len(published.read_bytes()) > 10_000


def report_pdfs(site: Path) -> list[tuple[Path, Path]]:
    """(page, PDF) of every report, the schools' and the huvudman's."""
    pages = sorted([*site.glob("rapporter/*/index.html"), *site.glob("*/rapporter/*/index.html")])
    return [(page, page.parent / f"rapport-{page.parent.name}.pdf") for page in pages]


def test_every_report_links_a_tagged_pdf_with_its_headings(built: tuple[Path, Path]) -> None:
    _, site = built
    reports = report_pdfs(site)
    assert len(reports) >= 3  # the example's two of the huvudman and one of a school
    for page, path in reports:
        kb = round(path.stat().st_size / 1000)
        assert f'<a href="{path.name}" download>{REPORT_LINK}</a> (PDF, {kb} kB)' in page.read_text(
            encoding="utf-8"
        )
        with pikepdf.open(path) as pdf:
            assert bool(pdf.Root.MarkInfo.Marked) is True and str(pdf.Root.Lang) == "sv"
            figures = [e for e in structure(pdf) if e.S == "/Figure"]
            assert all(str(f.get("/Alt", "")).strip() for f in figures), path.name
            assert outline(pdf) == headings(page)
        text = text_of(path)
        for heading in headings(page):
            assert heading in text, (path.name, heading)


def test_the_cache_keeps_each_units_published_pdfs_and_no_other(built: tuple[Path, Path]) -> None:
    """A school's plans and reports share its folder of the cache, so they are made together:
    one kind made alone would make the cache forget the other's (`pages.make_page_pdfs`)."""
    project, site = built
    folders = sorted((project / ".trygg-cache" / CACHED_PDFS).iterdir())
    assert [f.name for f in folders] == [
        ".portal",
        *sorted(p.parent.name for p in site.glob("*/trygghetsplan")),
    ]
    for folder in folders:
        portal = folder.name == ".portal"
        published = (
            site.glob("rapporter/*/*.pdf") if portal else (site / folder.name).rglob("*.pdf")
        )
        assert sorted(p.name for p in folder.glob("*.pdf")) == sorted(p.name for p in published)
