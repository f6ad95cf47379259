"""`trygg granska -o FIL` and `--pdf FIL` write only where nothing of the project is: never
into the content, schemas/, theme/, the theme folder, .git, the cache or an output folder,
never over mkdocs.yml or a file it inherits, and never over a file that is not an earlier
granskning (`cli.outputfile`). A refusal is one Swedish line with the fix, exit code 2,
before anything is checked, and the file named is left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.cli.outputfile import output_file_problem

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "rules" / "fixture" / "content"
TITLE_LINE = "# Granskning av trygghetsplaner"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "content")
    config = "site_name: x\nINHERIT: bas.yml\ntheme:\n  name: material\n  custom_dir: tema\n"
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "bas.yml").write_text("copyright: Strandvik\n", encoding="utf-8")
    for folder in ("schemas", "tema", "site"):
        (tmp_path / folder).mkdir()
    (tmp_path / "README.md").write_text("# Vårt förråd\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def granska(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        main(["granska", "content", *args])
    code = exited.value.code
    return (code if isinstance(code, int) else 1), capsys.readouterr().err


REFUSED = {
    "a content file": (["-o", "content/huvudman.yml"], "ligger i innehållsmappen content/"),
    "the content folder": (["-o", "content"], "är innehållsmappen content/"),
    "a new file in content": (["-o", "content/ny.md"], "ligger i innehållsmappen content/"),
    "a PDF over content": (["--pdf", "content/huvudman.yml"], "ligger i innehållsmappen"),
    "mkdocs.yml": (["-o", "mkdocs.yml"], "är webbplatsernas inställningar (mkdocs.yml"),
    "an inherited file": (["--pdf", "bas.yml"], "är webbplatsernas inställningar"),
    "schemas/": (["-o", "schemas/g.md"], "ligger i mappen schemas/"),
    "the theme folder": (["-o", "tema/g.md"], "ligger i temamappen tema/ (custom_dir)"),
    "the published site": (["-o", "site/g.md"], "ligger i webbplatsernas mapp site/"),
    "the repo's README": (["-o", "README.md"], f"(en sådan börjar med raden '{TITLE_LINE}')"),
    "a Markdown file as PDF": (["--pdf", "README.md"], "ingen granskning som trygg har skrivit"),
    "a folder": (["-o", "."], "-o . är en mapp; ange en fil i den, t.ex. -o ./granskning.md"),
    "no such folder": (["-o", "saknas/g.md"], "/saknas finns inte; skapa den först"),
    "the same file twice": (["-o", "g.md", "--pdf", "g.md"], "-o och --pdf nämner samma fil"),
}  # fmt: skip


@pytest.mark.parametrize(("args", "said"), REFUSED.values(), ids=list(REFUSED))
def test_a_target_of_the_project_or_another_s_file_is_refused_and_left_alone(
    project: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    code, err = granska(capsys, *args)
    assert code == 2, err
    assert err.startswith("trygg: fel: ") and said in err and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


def test_a_link_is_refused_even_to_a_file_it_could_write(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "annan.md").write_text(TITLE_LINE + "\n", encoding="utf-8")
    (project / "g.md").symlink_to(project / "annan.md")
    code, err = granska(capsys, "-o", "g.md")
    assert code == 2
    assert err.strip() == (
        "trygg: fel: -o g.md är en symbolisk länk, som kan peka vart som helst; ange en vanlig fil"
    )


def test_an_earlier_granskning_or_an_empty_file_is_replaced(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "g.md").write_text(f"{TITLE_LINE}\n\nförra veckans\n", encoding="utf-8")
    (project / "tom.md").touch()  # as mktemp leaves it
    for name in ("g.md", "tom.md"):
        code, err = granska(capsys, "-o", name)
        assert code in (0, 1) and f"Skrev granskningen till {name}." in err, err
        text = (project / name).read_text(encoding="utf-8")
        assert text.startswith(TITLE_LINE) and "förra veckans" not in text
    assert [p.name for p in project.glob(".g.md.*")] == []  # written whole, nothing left


def test_a_pdf_is_replaced_only_when_its_metadata_name_the_granskning(tmp_path: Path) -> None:
    content = tmp_path / "repo" / "content"
    content.mkdir(parents=True)
    xmp = b'<x:xmpmeta><dc:title><rdf:Alt><rdf:li xml:lang="x-default">Granskning av '
    earlier, other = tmp_path / "g.pdf", tmp_path / "avtal.pdf"
    earlier.write_bytes(b"%PDF-1.7\n" + xmp + b"trygghetsplaner: Strandvik</rdf:li>")
    other.write_bytes(b"%PDF-1.7\n" + xmp.replace(b"Granskning av ", b"Avtal"))
    assert output_file_problem("--pdf", str(earlier), content) == ""
    assert "ingen granskning" in output_file_problem("--pdf", str(other), content)
    assert "ingen granskning" in output_file_problem("-o", str(earlier), content)
