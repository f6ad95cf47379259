"""`trygg granska --pdf`: the review document as a PDF for the central unit's diarium.

The command is run once on the example; the PDF is examined like the plans' PDFs
(tests/test_pdf.py): tags in Swedish, PDF/A, an outline that is the document's
headings, every unit and every rule code in its text, and the same bytes again.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import markdown
import pytest

pikepdf = pytest.importorskip("pikepdf")
pytest.importorskip("weasyprint")

from selectolax.lexbor import LexborHTMLParser  # noqa: E402

from generator.cli.main import main  # noqa: E402
from tests.test_pdf import outline, structure, text_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def granska(*args: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["granska", *args])
    assert exit_.value.code == 0


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("granska")
    document, pdf = out / "granskning.md", out / "granskning.pdf"
    granska(str(ROOT / "content"), "-o", str(document), "--pdf", str(pdf))
    return document, pdf


def test_the_pdf_is_tagged_in_swedish_and_says_it_is_pdf_a(written: tuple[Path, Path]) -> None:
    _, path = written
    with pikepdf.open(path) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) is True
        assert str(pdf.Root.Lang) == "sv"
        assert str(pdf.docinfo["/Title"]).startswith("Granskning av trygghetsplaner: ")
        kinds = {str(e.S) for e in structure(pdf)}
        assert {"/H1", "/H2", "/H3", "/L", "/LI", "/Table", "/TH", "/TD"} <= kinds
        xmp = bytes(pdf.Root.Metadata.read_bytes()).decode("utf-8")
        assert re.search(r'pdfaid:part(="|>)2', xmp)
        assert re.search(r'pdfaid:conformance(="|>)A', xmp)


def test_the_outline_is_the_documents_headings(written: tuple[Path, Path]) -> None:
    document, path = written
    page = markdown.markdown(
        document.read_text(encoding="utf-8"), extensions=["tables", "attr_list"]
    )
    wanted = [
        " ".join(h.text().split()) for h in LexborHTMLParser(page).css("h1, h2, h3, h4, h5, h6")
    ]
    with pikepdf.open(path) as pdf:
        assert outline(pdf) == wanted


def test_the_text_names_every_unit_and_every_code(written: tuple[Path, Path]) -> None:
    document, path = written
    text = text_of(path)
    source = document.read_text(encoding="utf-8")
    for unit in re.findall(r"^### (.+?) \{#", source, flags=re.MULTILINE):
        assert unit in text
    for code in set(re.findall(r"\bTP\d{3}\b", source)):
        assert code in text


def test_the_same_review_gives_the_same_bytes(written: tuple[Path, Path], tmp_path: Path) -> None:
    _, first = written
    again = tmp_path / "igen.pdf"
    granska(str(ROOT / "content"), "-o", str(tmp_path / "g.md"), "--pdf", str(again))
    assert again.read_bytes() == first.read_bytes()


def test_a_filed_pdf_names_its_diarienummer_at_the_top_of_every_page(tmp_path: Path) -> None:
    """A registry reads the diarienummer off any page it holds, not only the first."""
    pdf = tmp_path / "diarieford.pdf"
    granska(str(ROOT / "content"), "-o", str(tmp_path / "g.md"), "--pdf", str(pdf),
            "--diarienummer", "BUN 2026/123")  # fmt: skip
    with pikepdf.open(pdf) as opened:
        pages = len(opened.pages)
    assert pages > 1
    for number in range(1, pages + 1):
        done = subprocess.run(
            ["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            check=True,
        )
        top = done.stdout.decode("utf-8").strip().splitlines()[0]
        assert "Granskning av trygghetsplaner · Dnr BUN 2026/123" in top, number


def test_the_document_has_the_portals_key_indicator_as_a_table(
    written: tuple[Path, Path],
) -> None:
    """The nyckeltal the portal charts: per survey the units counted, lowest, median,
    highest and who is left out, in the filed document too."""
    document, path = written
    source = document.read_text(encoding="utf-8")
    section = source[source.index("## Nyckeltal") : source.index("Värde per enhet, lägst")]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Enkät | Räknas | Lägst | Median | Högst | Inte med |"
    surveys = rows[2:]
    assert surveys and all(re.search(r"\| \d+ av 4[ ,]", row) for row in surveys)
    assert any("utan en plan med en enkät från läsåret 2025/26" in row for row in surveys)
    # the kalenderår plan (år 2026, its survey in March 2025) is in its survey's läsår
    assert len(surveys) == 2 and "3 av 4, varav Lövängens skola med plan för år 2026" in surveys[0]
    text = " ".join(text_of(path).split())
    assert "Nyckeltal Andel elever som känner sig trygga" in text
    # then every counted unit's value, named: the lowest first
    units = source[source.index("Värde per enhet, lägst") : source.index("## Översikt")]
    assert "| Enhet | november 2024 – mars 2025 |" in units.splitlines()[2]
    assert units.index("| Strandskolan | 81,7") < units.index("| Ekbackens skola | 84,5")


def test_the_pdf_ends_with_lines_to_date_and_sign(written: tuple[Path, Path]) -> None:
    _, path = written
    with pikepdf.open(path) as opened:
        last = len(opened.pages)
    done = subprocess.run(
        ["pdftotext", "-f", str(last), "-l", str(last), str(path), "-"],
        capture_output=True,
        check=True,
    )
    text = done.stdout.decode("utf-8")
    end = text[text.index("Datum och underskrift") :]
    assert re.search(r"Ort och datum:\s+Handläggare:\s+Underskrift:", end)
