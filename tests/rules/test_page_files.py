"""Files in a school's sidor/ that would silently not become pages, or become pages at odd
addresses (TP064, TP065): the check says so, at the file, with the name to use."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import SCHOOL_DIR, Tree

from generator.problems import Severity

PAGES = f"{SCHOOL_DIR}/sidor"
FRONT = "---\ntitel: Mobilregler\n---\nText.\n"


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("regler.docx", "spara sidan som Markdown (.md)"),
        ("stor.MD", "byt namn på filen till stor.md"),
        ("rast.markdown", "byt namn på filen till rast.md"),
    ],
)
def test_a_file_that_is_no_page_is_told(tmp_path: Path, name: str, hint: str) -> None:
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/{name}").write_text(FRONT, encoding="utf-8")
    [problem] = tree.problems("TP064")
    assert problem.severity is Severity.WARNING
    assert problem.location.file == f"{PAGES}/{name}"
    assert (
        problem.message
        == f"'{name}' i sidor/ blir ingen sida: bara filer som slutar på .md gör det"
    )
    assert problem.hint.startswith(hint)


def test_a_folder_in_sidor_is_told_and_hidden_files_are_not(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/bilder").mkdir()
    tree.path(f"{PAGES}/.DS_Store").write_bytes(b"\0")
    [problem] = tree.problems("TP064")
    assert problem.location.file == f"{PAGES}/bilder"


@pytest.mark.parametrize(
    ("name", "address", "better"),
    [
        ("Mobil regler.md", "Mobil%20regler", "mobil-regler.md"),
        ("mobilförbud.md", "mobilf%C3%B6rbud", "mobilforbud.md"),
    ],
)
def test_a_page_name_that_makes_an_odd_address_is_told(
    tmp_path: Path, name: str, address: str, better: str
) -> None:
    """The page is still published (a warning): only its address is odd."""
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/{name}").write_text(FRONT, encoding="utf-8")
    [problem] = tree.problems("TP065")
    assert problem.message == f"filnamnet '{name}' blir adressen sidor/{address}/"
    assert problem.hint == f"byt namn på filen till {better} och ändra länkarna dit"
    checked = tree.check()
    assert checked.project is not None
    assert Path(name).stem in [p.slug for p in checked.project.schools[0].pages]


def test_the_name_suggested_for_a_page_never_names_a_pupil(tmp_path: Path) -> None:
    """TP404 reads "sara-i-8c.md" as "Sara i 8C" too: the hint must not lead there."""
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/Sara i 8C.md").write_text(FRONT, encoding="utf-8")
    [problem] = tree.problems("TP065")
    assert problem.hint == "byt namn på filen till sida.md och ändra länkarna dit"
    [named] = tree.problems("TP404")
    assert named.location.file == f"{PAGES}/Sara i 8C.md"


def test_a_copied_school_folder_is_told_it_shares_its_name(tmp_path: Path) -> None:
    """TP066 at the copy's `namn:` (the first by id keeps its name), with or without the
    check's cache."""
    import shutil

    from generator.check.run import check_content

    tree = Tree(tmp_path)
    schools = tree.root / "content" / "skolor"
    shutil.copytree(schools / "ekbackens-skola", schools / "ekbackens-skola-kopia")
    copy = "content/skolor/ekbackens-skola-kopia/skola.yml"
    for cache in (None, tmp_path / "cache", tmp_path / "cache"):
        report = check_content(tree.root / "content", cache_dir=cache).report
        [problem] = [p for p in report if p.code == "TP066"]
        assert str(problem.location) == tree.at(copy, "Ekbackens skola")
        assert "som skolan i content/skolor/ekbackens-skola/;" in problem.message


def test_a_name_written_with_decomposed_letters_is_the_same_name(tmp_path: Path) -> None:
    """ "Å" as one character or as A and a ring: a reader sees one name."""
    import shutil
    import unicodedata

    tree = Tree(tmp_path)
    schools = tree.root / "content" / "skolor"
    shutil.copytree(schools / "ekbackens-skola", schools / "kopia")
    skola = schools / "kopia" / "skola.yml"
    text = skola.read_text(encoding="utf-8")
    name = "Ekbackens skola"
    decomposed = unicodedata.normalize("NFD", "Ekbäckens  SKOLA")
    skola.write_text(text.replace(name, decomposed), encoding="utf-8")
    original = schools / "ekbackens-skola" / "skola.yml"
    original.write_text(original.read_text("utf-8").replace(name, "Ekbäckens skola"), "utf-8")
    assert len(tree.problems("TP066")) == 1


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("ordningsRegler ", "sidan ordningsregler.md"),  # as a reader reads it
        ("Årshjul", "en av sidorna som trygg skriver"),
        ("Tillgänglighet", "en av sidorna som trygg skriver"),  # a line after the free pages
    ],
)
def test_a_page_whose_title_the_menu_already_has_is_told(
    tmp_path: Path, title: str, named: str
) -> None:
    """TP068 at the later free page's `titel:`; the page is still published."""
    tree = Tree(tmp_path)
    page = f"{PAGES}/rastregler.md"
    tree.path(page).write_text(f"---\ntitel: {title}\n---\nText.\n", encoding="utf-8")
    [problem] = tree.problems("TP068")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == f"{page}:2:8"
    assert problem.message == (
        f"sidan har samma titel, '{title.strip()}', som {named}; menyn får två likadana rader"
    )


def test_pages_with_their_own_titles_are_not_told(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/rastregler.md").write_text(FRONT, encoding="utf-8")
    assert tree.problems("TP068") == []


@pytest.mark.parametrize(
    ("link", "said"),
    [
        ("[a](#vara-reglerna)", "länken '#vara-reglerna' leder inte till någon rubrik på sidan"),
        (
            "[b](rastregler.md#ute)",
            "länken '#ute' leder inte till någon rubrik på sidan rastregler.md",
        ),
        # `{#egen}` is text on the site (an author's attributes are escaped), no id
        ("[e](#egen){#egen}", "länken '#egen' leder inte till någon rubrik på sidan"),
    ],
)
def test_a_link_to_a_heading_that_is_not_there_is_told(
    tmp_path: Path, link: str, said: str
) -> None:
    """TP067 at the link, naming the headings' anchors there are."""
    tree = Tree(tmp_path)
    other = "---\ntitel: Rastregler\n---\n## På skolgården\n\nText.\n"
    tree.path(f"{PAGES}/rastregler.md").write_text(other, encoding="utf-8")
    tree.append(f"{PAGES}/ordningsregler.md", f"\nSe {link} här.\n")
    [problem] = tree.problems("TP067")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(
        f"{PAGES}/ordningsregler.md", link[link.index("(") + 1 :]
    )
    assert problem.message == said
    anchors = "#pa-skolgarden, #rastregler" if "rastregler" in link else "#klassregler"
    assert anchors in problem.hint


@pytest.mark.parametrize(
    "link",
    [
        "[a](#vara-regler)",  # a heading of its own
        "[b](#ordningsregler)",  # its title
        "[c](rastregler.md#pa-skolgarden)",
        "[d](#)",  # the top: no anchor named
        "[e](rastregler.md#i-details)",  # in a collapsible block (pymdownx.details)
    ],
)
def test_a_link_to_a_heading_that_is_there_is_not_told(tmp_path: Path, link: str) -> None:
    tree = Tree(tmp_path)
    details = '??? note "Mer"\n    ## I details\n\n    Text.\n'
    other = f"---\ntitel: Rastregler\n---\n## På skolgården\n\nText.\n\n{details}"
    tree.path(f"{PAGES}/rastregler.md").write_text(other, encoding="utf-8")
    tree.append(f"{PAGES}/ordningsregler.md", f"\nSe {link} här.\n\n```\n# ingen rubrik\n```\n")
    assert tree.problems("TP067") == []


def test_a_front_matter_that_is_never_closed_is_told_so(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(f"{PAGES}/oppen.md").write_text("---\ntitel: Öppen\n\nText.\n", encoding="utf-8")
    [problem] = [p for p in tree.check().report if p.code == "TP040"]
    assert problem.message == "sidhuvudet (front matter) avslutas inte"
    assert "avsluta sidhuvudet med en rad med bara ---" in problem.hint


def test_a_page_name_that_is_not_utf8_is_refused_not_a_crash(tmp_path: Path) -> None:
    """A name of raw bytes (not UTF-8) cannot be an address: TP001 at the file, with the
    byte shown as �, with and without the check's cache (which keeps the messages)."""
    import os

    from generator.check.run import check_content

    tree = Tree(tmp_path)
    folder = tree.path(PAGES)
    name = os.fsdecode(b"regler\xff.md")
    (folder / name).write_text(FRONT, encoding="utf-8")
    for cache in (None, tmp_path / "cache", tmp_path / "cache"):
        report = check_content(tree.root / "content", cache_dir=cache).report
        found = [p for p in report if p.location.file.startswith(f"{PAGES}/regler")]
        assert [(p.code, p.location.file) for p in found] == [("TP001", f"{PAGES}/regler\ufffd.md")]


def test_a_list_nested_past_reason_is_refused_not_a_crash(tmp_path: Path) -> None:
    """Python-Markdown parses nested lists by recursion: hundreds of levels would stop the
    check and the build with a RecursionError."""
    tree = Tree(tmp_path)
    page = "---\ntitel: Djup\n---\n[a](#x)\n\n" + "- " * 800 + "## x\n"
    tree.path(f"{PAGES}/djup.md").write_text(page, encoding="utf-8")
    [problem] = [p for p in tree.check().report if p.code == "TP008"]
    assert str(problem.location) == f"{PAGES}/djup.md:6:1"
    assert "nästlat i fler än 40 nivåer" in problem.message
