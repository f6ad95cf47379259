"""TP404 reads each published text as a reader sees it: a hostile review's ways of
writing "Saga i 7A" so that the raw text shows no name beside a class."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import ORGANISER, PAGE, PLAN, Tree

from generator.personal_data.names_seen import as_read
from generator.personal_data.readable import as_seen, letters_as_written


def _named(problem_message: str, name: str) -> bool:
    return problem_message.startswith(f"'{name}' ser ut att vara en elev")


@pytest.mark.parametrize(
    ("written", "name", "points_at"),
    [
        # YAML escapes in a double-quoted value
        ('"Samtal med Kalle i \\x37B om rasten."', "Kalle", "Kalle"),
        ('"Vi pratade med Vera i 8\\x44 om skällsord."', "Vera", "Vera"),
        ('"Vi pratade med Nils i 8\\u0042"', "Nils", "Nils"),
        ('"Vi pratade med \\x56era i 8D"', "Vera", "\\x56"),
        # over lines, as YAML folds them
        ('"Vi pratade med\n      Ella i 7\\x42 om rasten."', "Ella", "Ella"),
    ],
)
def test_a_name_in_a_yaml_escaped_value(
    tmp_path: Path, written: str, name: str, points_at: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", f"text: {written}")
    [problem] = tree.problems("TP404")
    assert _named(problem.message, name)
    assert str(problem.location) == tree.at(PLAN, points_at)


def test_an_escaped_name_in_a_page_title(tmp_path: Path) -> None:
    """The title reaches the menu, the 404 page, the feed and the search index."""
    tree = Tree(tmp_path)
    tree.edit(PAGE, "titel: Ordningsregler", 'titel: "Ordningsregler och Freja i \\x39A"')
    [problem] = tree.problems("TP404")
    assert _named(problem.message, "Freja")
    assert str(problem.location) == tree.at(PAGE, "Freja")


BODY = [
    # Markdown inline markup splitting the name or the class
    ("Vi pratade med [Omar](#) i 6A om rasten.", "Omar", "Omar"),
    ("Vi pratade med Ella i [7B](#) om rasten.", "Ella", "Ella"),
    ("Vi pratade med Vik**tor** i 9E om rasten.", "Viktor", "Vik**"),
    ("Vi pratade med [Omar][1] i 6A.\n\n[1]: https://example.org", "Omar", "Omar"),
    ("Vi pratade med ![Omar](bild.png) i 6A.", "Omar", "Omar"),
    ("Vi pratade med [Omar](https://example.org) i 6A.", "Omar", "Omar"),  # a known name
    ("Vi pratade med [Zoltan]( # ) i 6A.", "Zoltan", "Zoltan"),  # a link to nowhere
    ("Vi pratade med Vik~~tor~~ i 9E.", "Viktor", "Vik~~"),
    # a link's text, though no known name, where what one person suffered or did follows
    # it or a pupil word comes before it
    ("[Zelda](https://example.se/x) i 4B blev slagen.", "Zelda", "Zelda"),
    ("Igår blev [Morris](https://skola.se/a) i 6C utfryst på rasten.", "Morris", "Morris"),
    ("Det var [Alvina](elever.md), 7B, som blev retad.", "Alvina", "Alvina"),
    ("[Solveig](https://example.org/s) (3B) har blivit hotad.", "Solveig", "Solveig"),
    ("- [Lisen](https://example.org/l) i 5A har adhd", "Lisen", "Lisen"),
    ("Vi pratade med eleven [Zoltan](https://example.org) om rasten.", "Zoltan", "Zoltan"),
    # raw HTML, which trygg shows as text (TP069): the reader reads the name and the class
    ("<b>Tove</b> i 3B vann teckningstävlingen.", "Tove", "Tove"),
    ("Vi pratade med <em>Saga</em> i 4B.", "Saga", "Saga"),
    ("Vi pratade med Saga i <b>4B</b>.", "Saga", "Saga"),
    ("Vi pratade med Vik<b>tor</b> i 9E.", "Viktor", "Vik<b>"),
    # character references
    ("Vi pratade med Elsa i &#55;B om rasten.", "Elsa", "Elsa"),
    ("Vi pratade med &#86;era i 9D om rasten.", "Vera", "&#86;"),
    ("Vi pratade med &#x4D;olly i 9H om rasten.", "Molly", "&#x4D;"),
    ("Vi pratade med Alma&nbsp;i&nbsp;9B om rasten.", "Alma", "Alma"),
    ("Vi pratade med Majken&#32;i 7A om rasten.", "Majken", "Majken"),
    # Unicode
    ("Vi pratade med Hugo i ７Ｂ om rasten.", "Hugo", "Hugo"),
    ("Vi pratade med Ｈｕｇｏ i 7B om rasten.", "Hugo", "Ｈｕｇｏ"),
    ("Vi pratade med Linus\u200b i 8B om rasten.", "Linus", "Linus"),
    ("Vi pratade med Nils i 8\u00adC om rasten.", "Nils", "Nils"),
    ("Vi pratade med A\u030asa i 8D om rasten.", "Åsa", "A\u030a"),
    ("Vi pratade med S\u0430ra i 9C om rasten.", "Sara", "S\u0430ra"),
    ("Vi pratade med Lova i 9\u0412 om rasten.", "Lova", "Lova"),
    ("Vi pratade med \u0391lma i 9B om rasten.", "Alma", "\u0391lma"),  # Greek Alpha
]


@pytest.mark.parametrize(("written", "name", "points_at"), BODY)
def test_a_name_in_a_page_body_as_a_reader_sees_it(
    tmp_path: Path, written: str, name: str, points_at: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    [problem] = tree.problems("TP404")
    assert _named(problem.message, name)
    assert str(problem.location) == tree.at(PAGE, points_at)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Vi pratade med Elsa i &#55;B om rasten.", "Elsa"),
        ("Vi pratade med S\u0430ra i 9C om rasten.", "Sara"),
        ("Vi pratade med Vik**tor** i 9E.", "Viktor"),
    ],
)
def test_a_name_in_a_yaml_text_as_a_reader_sees_it(tmp_path: Path, written: str, name: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", f"text: {written}")
    [problem] = tree.problems("TP404")
    assert _named(problem.message, name)
    assert str(problem.location) == tree.at(PLAN, written[15:19])


@pytest.mark.parametrize(
    "written",
    [
        "Läs mer i [rutinen](#) för klass 4B.",
        "Se **Rutin för 4B** och [Elevhälsan](https://example.org) i 6A.",
        "Rätt svar är 2*B eller *4B*.",
        "Vi använder appen [Teams](#) i 6A.",
        "Eleverna i 4B och mentor [Anna](#) i 5A.",
        "Ett ord på ryska: Сказка, i 6A läser vi den.",
        # a tag's name and attributes are not text; "<" alone starts no tag
        '<span class="Saga">i 4B</span> läser vi, och 3 < 4B.',
        # a link's text names a page or a document
        "Läs mer om [Värdegrunden](vardegrund.md) i 4B.",
        "Se [Bilaga](bilaga.pdf) (4B) och [Naturum][1] i 3B.\n\n[1]: https://example.org",
        # ... also where a sentence about someone else's harm follows it
        "[Rutiner](rutin.md) i 6A om någon blir kränkt.",
        "Läs [Ordningsregler](regler.md) för 4B när en elev blir utsatt.",
        "Se [Handlingsplan](plan.md) i 5B, om du har blivit utsatt.",
    ],
)
def test_markup_and_other_scripts_name_no_pupil_where_there_is_none(
    tmp_path: Path, written: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []


def test_a_page_body_in_quotes_is_markdown_not_yaml(tmp_path: Path) -> None:
    """A body that starts and ends with a quote keeps Markdown's escapes ("\\x37" shows
    as written, no class)."""
    tree = Tree(tmp_path)
    body = tree.text(PAGE).split("---\n", 2)[2]
    tree.edit(PAGE, body, '"Vi pratade med Kalle i \\x37B om rasten."')
    assert tree.problems("TP404") == []


def test_a_reader_sees_links_marks_and_look_alikes_as_plain_letters() -> None:
    written = "[Om&#97;r](#) i 6A, Vik**tor**, S\u0430ra och A\u030asa i ７Ｂ"
    seen, where = (found := as_read(written)).text, found.where
    assert seen == "Omar i 6A, Viktor, Sara och Åsa i 7B"
    tor = where[seen.index("Viktor") + 3]  # where "tor" is written: after the marks
    assert written[tor - 2 : tor + 3] == "**tor"
    assert where[seen.index("Sara") + 1] == written.index("\u0430")
    assert where[seen.index("Åsa")] == written.index("A\u030a")


def test_the_text_of_a_link_that_leads_somewhere_is_known() -> None:
    seen = as_read("a [Bo](x) c ![Im](y) **Q** [Dag][1] [E](#)")
    assert seen.text == "a Bo c Im Q Dag E"
    assert [seen.text[start:end] for start, end in seen.linked] == ["Bo", "Dag"]


def test_the_huvudman_s_texts_are_read_so_too(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    rubrik = "rubrik: När ett barn eller en elev kränks av en annan elev"
    tree.edit(ORGANISER, rubrik, 'rubrik: "Vi pratade med Nils i 8\\u0042"')
    [problem] = tree.problems("TP404")
    assert _named(problem.message, "Nils")
    assert str(problem.location) == tree.at(ORGANISER, "Nils")


@pytest.mark.parametrize(
    ("text", "as_written"),
    [("Åsa – på skolgården", True), ("Café § 3 «citat» ”så”", True), ("Om…", False),
     ("Sara\u200b i 8B", False), ("S\u0430ra", False), ("x\tå", False), ("A\u030asa", False),
     ("Hugo i ７Ｂ", False), ("50 %", True), ("%37B", False), ("&#55;B", False), ("\\*", False)],
)  # fmt: skip
def test_the_quick_look_agrees_with_the_reading(text: str, as_written: bool) -> None:
    """The texts the names scan takes as written, without decoding, read so."""
    assert letters_as_written(text) == as_written
    assert as_written == (as_seen(text, letters=True)[0] == text) or "\u030a" in text
