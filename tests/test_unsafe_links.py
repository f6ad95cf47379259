"""Links and images the site rewrites are told by `trygg check`, where they are written:
a scheme it does not allow (TP053, an error: the link would lead nowhere) and an image
from another host (TP070, a warning: it is shown as a link), in a page and in a plan's
text alike, as the renderer judges them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.problems import Problem, Severity
from generator.render.markdown.links import neutralize_links
from generator.render.markdown.safety import sanitize
from generator.validate.linktargets import targets
from generator.validate.unsafelinks import rewritten
from tests.render.render_html import render, unsafe_markup

ROOT = Path(__file__).resolve().parent.parent
SCHOOL = "skolor/strandskolan"
TODAY = dt.date(2026, 11, 25)
DATA_IMAGE = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="
PAGE = f"""---
titel: Länkar
beskrivning: Länkar att läsa vidare i.
---

Läs mer: [klicka](javascript:alert(1)) och [Skolverket](https://www.skolverket.se).

![inline]({DATA_IMAGE})

![spårning](https://tracker.example/x.png)

[Mejla oss](mailto:expedition@strand.example) eller [ring](tel:+4611123456), [upp](#lankar).
Förklätt: [här](java&#115;cript:alert(2)).

[ref]: vbscript:msgbox(1)
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def _told(content: Path) -> list[tuple[str, Severity, str, int, int, str]]:
    checked = check_content(content, only=("strandskolan",), today=TODAY)
    return [_seen(p) for p in checked.report.sorted() if p.code in ("TP053", "TP070")]


def _seen(problem: Problem) -> tuple[str, Severity, str, int, int, str]:
    where = problem.location
    return (
        problem.code,
        problem.severity,
        where.file.rsplit("/", 1)[-1],
        where.line,
        where.column,
        problem.message,
    )


def test_a_page_s_unsafe_links_and_images_from_elsewhere_are_told_at_their_place(
    content: Path,
) -> None:
    (content / SCHOOL / "sidor" / "lankar.md").write_text(PAGE, encoding="utf-8")
    told = _told(content)
    nowhere = "som webbplatsen inte tillåter, så den leder ingenstans"
    assert told == [
        ("TP053", Severity.ERROR, "lankar.md", 6, 19, f"länken börjar med javascript:, {nowhere}"),
        (
            "TP053", Severity.ERROR, "lankar.md", 8, 11,
            "bilden 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cD…' är skriven med data:, "
            "som webbplatsen inte tillåter: bilden visas inte, och i dess ställe står en länk "
            "som inte leder någonstans",
        ),
        (
            "TP070", Severity.WARNING, "lankar.md", 10, 13,
            "bilden 'https://tracker.example/x.png' ligger på en annan webbplats och visas "
            "inte, eftersom sidorna inte hämtar något från andra webbplatser: läsaren ser en "
            "länk 'Bild: …' i stället",
        ),
        ("TP053", Severity.ERROR, "lankar.md", 13, 17, f"länken börjar med javascript:, {nowhere}"),
        ("TP053", Severity.ERROR, "lankar.md", 15, 8, f"länken börjar med vbscript:, {nowhere}"),
    ]  # fmt: skip


def test_what_the_check_tells_of_is_what_the_renderer_rewrites() -> None:
    rewritten = neutralize_links(PAGE)
    assert "](javascript:" not in rewritten and DATA_IMAGE not in rewritten
    assert "[Bild: spårning](https://tracker.example/x.png)" in rewritten
    assert "](mailto:expedition@strand.example)" in rewritten and "](#lankar)" in rewritten


def test_a_plan_text_shown_as_markdown_is_checked_like_a_page(content: Path) -> None:
    plan = content / SCHOOL / "trygghetsplan" / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    old = "  Vuxna och elever säger ifrån tillsammans när någon behandlas illa.\n"
    new = (
        "  Vuxna och elever säger ifrån tillsammans. [Läs](javascript:alert(1))\n"
        "  ![logga](https://tracker.example/x.png)\n"
    )
    assert old in text
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")
    told = [
        (code, severity, line, column) for code, severity, _f, line, column, _m in _told(content)
    ]
    assert told == [("TP053", Severity.ERROR, 11, 51), ("TP070", Severity.WARNING, 12, 12)]


@pytest.mark.parametrize(
    "written",
    [
        "> [r5]: javascript:alert(5)\n\n> Läs [här][r5].\n",
        "- [r16]: javascript:alert(16)\n- Läs [här][r16].\n",
        "Läs [här][r].\n\n[r]:\n    javascript:alert(3)\n",
    ],
)
def test_a_definition_the_renderer_rewrites_is_told_too(written: str) -> None:
    """In a quote, in a list item, or with its target on the next line."""
    assert "javascript:" not in neutralize_links(written)  # the page's link leads to "#"
    told = [rewritten(t, image=i) for i, t, _ in targets(written)]
    assert [found[0] if found else "" for found in told] == ["TP053"]


HIDDEN_DEFINITIONS = """---
titel: Länkar
beskrivning: Länkar att läsa vidare i.
---

Se ![][] och [] här, och [här][a].

[]: javascript:alert(1)
[a
]: javascript:alert(2)
"""


def test_a_definition_with_an_empty_label_or_one_over_two_lines_is_told_and_not_linked(
    content: Path,
) -> None:
    """Python-Markdown links a bare `[]` (and `![][]`) to the definition `[]: …`, and
    `[a` with `]: …` on the next line defines "a": each is told where it is written, and
    the page links to none of them."""
    (content / SCHOOL / "sidor" / "lankar.md").write_text(HIDDEN_DEFINITIONS, encoding="utf-8")
    told = [
        (code, line, column, message[:40]) for code, _s, _f, line, column, message in _told(content)
    ]
    assert told == [
        ("TP053", 6, 4, "bilden 'javascript:alert(1)' är skriven "),
        ("TP053", 8, 5, "länken börjar med javascript:, som webbp"),
        ("TP053", 10, 4, "länken börjar med javascript:, som webbp"),
    ]
    page = render(sanitize(HIDDEN_DEFINITIONS.split("---\n", 2)[2], headings_from=2))
    assert unsafe_markup(page) == [] and "javascript" not in page and '<a href="#"' in page


TOLD_AS_WRITTEN = {
    "target on the next line": ("[a](\njavascript:alert(1))\n", "TP053"),
    "image target on the next line": ("![a](\nhttps://spår.example/x.png)\n", "TP070"),
    "blank in the scheme": ("[a](java script:alert(1))\n", "TP053"),
    "tab in the scheme": ("[a](java\tscript:alert(1))\n", "TP053"),
    "scheme in <…>": ("[a](<java script:alert(1)>)\n", "TP053"),
    "autolink": ("Se <javascript:alert(1)>.\n", "TP053"),
    "reference image": ("![x][1]\n\n[1]: https://spår.example/x.png\n", "TP070"),
    "collapsed reference image": ("![x][]\n\n[x]: https://spår.example/x.png\n", "TP070"),
    "shortcut reference image": ("![X]\n\n[x]: https://spår.example/x.png\n", "TP070"),
    "reference image in a link": ("[![x][1]](a.md)\n\n[1]: //spår.example/x.png\n", "TP070"),
}


@pytest.mark.parametrize(("written", "code"), TOLD_AS_WRITTEN.values(), ids=TOLD_AS_WRITTEN)
def test_every_target_the_renderer_rewrites_is_told(written: str, code: str) -> None:
    """However the scheme or the image's target is written, the check tells what the
    page does instead of what the author wrote."""
    told = {found[0] for i, t, _ in targets(written) if (found := rewritten(t, image=i))}
    assert told == {code}
    page = render(sanitize(written, headings_from=2))
    assert unsafe_markup(page) == [] and "<img" not in page and "<javascript" not in page


LINK = '<a href="https://spår.example/x.png">'


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("![x][]\n\n[x]: https://spår.example/x.png\n", f"{LINK}Bild: x</a>"),
        ("![x]\n\n[x]: https://spår.example/x.png\n", f"{LINK}Bild: x</a>"),
        ("Obs![se nedan] och ![a][b].\n", "Obs![se nedan] och ![a][b]."),
        (
            "[![x](https://spår.example/a.png)](https://www.skolverket.se)\n",
            '<p><a href="https://www.skolverket.se">Bild: x</a></p>',
        ),
        ("[![x][1]](a.md)\n\n[1]: https://spår.example/x.png\n", '<a href="a.md">Bild: x</a>'),
    ],
)  # fmt: skip
def test_a_rewritten_image_reads_as_the_author_wrote_it(written: str, shown: str) -> None:
    """A reference image becomes a link to its target, not "[Bild: x][]" as text; text that
    makes no image stays as written; an image in a link's text is its text, no raw "](…)"."""
    page = render(sanitize(written, headings_from=2))
    assert shown in page and "<img" not in page and "](" not in page


def test_a_link_around_an_image_is_not_told_as_an_image() -> None:
    assert [(i, t) for i, t, _ in targets("[![x](a.png)](b.md)\n")] == [
        (True, "a.png"),
        (False, "b.md"),
    ]


def test_disguised_targets_are_told_where_they_are_written(content: Path) -> None:
    page = (
        "---\ntitel: Länkar\nbeskrivning: Länkar att läsa vidare i.\n---\n\n"
        "Läs [här](\n  java script:alert(1)).\n\n"
        "Karta: ![karta][k] och <JavaScript:alert(2)>.\n\n"
        "[k]: https://kartor.example/skolan.png\n"
    )
    (content / SCHOOL / "sidor" / "lankar.md").write_text(page, encoding="utf-8")
    told = [
        (code, line, column, message[:40]) for code, _s, _f, line, column, message in _told(content)
    ]
    assert told == [
        ("TP053", 7, 3, "länken börjar med javascript:, som webbp"),
        ("TP070", 9, 8, "bilden 'https://kartor.example/skolan.pn"),
        ("TP053", 9, 25, "länken börjar med javascript:, som webbp"),
    ]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Skriv `[a](javascript:x)`.", "<code>&#91;a&#93;&#40;javascript&#58;x&#41;</code>"),
        ("Inte `![b](https://spår.example/x.png)`.", "<code>&#33;&#91;b&#93;&#40;https"),
        ("Se [`kod`](sida.md).", '<a href="sida.md"><code>kod</code></a>'),
        ("Se [a `]` b](sida.md).", '<a href="sida.md">a <code>&#93;</code> b</a>'),
    ],
)
def test_code_shows_as_written_in_and_around_links(written: str, shown: str) -> None:
    """A link written as an example in code is not rewritten (the check does not look
    into code either), and a link whose text holds code is a link, not raw brackets."""
    assert shown in render(sanitize(written, headings_from=2))
    assert not [found for i, t, _ in targets(written) if (found := rewritten(t, image=i))]


def test_a_target_written_as_code_is_judged_by_what_it_holds() -> None:
    page = render(sanitize("[a](`javascript:x`)", headings_from=2))
    assert '<a href="#">a</a>' in page
    assert [rewritten(t, image=i) is not None for i, t, _ in targets("[a](`javascript:x`)")] == [
        True
    ]


def test_a_mail_address_written_with_mailto_in_brackets_is_a_link() -> None:
    page = render(sanitize("Mejla <mailto:rektor@strand.example>.", headings_from=2))
    assert "<a href=" in page and "&lt;mailto" not in page


UNREADABLE = [
    "https://[::1/x",
    "https://a]b/",
    "HTTPS://[::1/",
    "https://[zz]/",
    "http://skolan.example:99999/",
    "https://&#91;::1/x",
]


@pytest.mark.parametrize("target", UNREADABLE)
def test_an_address_no_url_parser_reads_is_told_and_never_reaches_mkdocs(target: str) -> None:
    """MkDocs splits every link of a page with Python's URL parser, which raises on these:
    the whole site failed with a traceback. The check tells it; the page links nowhere."""
    import re
    import urllib.parse

    written = f"Läs [mer]({target}) och ![bild]({target}).\n"
    told = [found for i, t, _ in targets(written) if (found := rewritten(t, image=i))]
    assert [code for code, _why, _hint in told] == ["TP053", "TP053"]
    assert "går inte att läsa" in told[0][1]
    page = render(sanitize(written, headings_from=2))
    for href in re.findall(r'(?:href|src)="([^"]*)"', page):
        assert urllib.parse.urlsplit(href).port is None  # as MkDocs reads it: no ValueError
    assert '<a href="#">' in page


@pytest.mark.parametrize(
    ("field", "old", "new"),
    [
        (
            "klagomål.länk",
            "https://www.strandvik.se/klagomal",
            "https://www.strandvik.se]/klagomal",
        ),
        ("webbplats", "webbplats: https://skolor.strandvik.se", "webbplats: https://[::1"),
    ],
)
def test_an_unreadable_address_in_huvudman_yml_is_a_form_error(
    content: Path, field: str, old: str, new: str
) -> None:
    organiser = content / "huvudman.yml"
    text = organiser.read_text(encoding="utf-8")
    assert old in text
    organiser.write_text(text.replace(old, new, 1), encoding="utf-8")
    checked = check_content(content, only=("strandskolan",), today=TODAY)
    [problem] = [p for p in checked.report if p.code == "TP016"]
    assert problem.field == field and "inte en giltig webbadress" in problem.message
