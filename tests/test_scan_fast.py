"""The output scan's quicker ways find exactly what the plain ones did.

- `personal_data.readable.as_seen`: the same readable text and the same index of each
  character as reading the text character by character;
- `personal_data.CANDIDATE` ([0-9]) passes the same readable texts as with \\d;
- no personnummer runs past `VALUE_APART`, so a joined text has one exactly when one of
  its parts has (the scan looks at many texts at once, and at each only then);
- `site.lastlook.scan_html`, which passes elements with only harmless attributes at
  once, gives the same problems as looking at every element, on built pages with
  unsafe markup and personnummer put in the theme's chrome, the content and attributes;
- `build.scan.scan_site` still finds them anywhere in a built site: pages, search
  index, sitemap, data files and names;
- `personal_data.carried` scans only the lines up to each stretch that may hold a
  number: they show one exactly when the whole text does (random texts, and built
  pages and data files with numbers put anywhere).
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from selectolax.lexbor import LexborHTMLParser
from test_build import make_project, run_build

from generator.build import pagelook, scan
from generator.build.filescan import ACTIVE, file_problems
from generator.build.scan import scan_site
from generator.personal_data import (
    ANY_CANDIDATE,
    CANDIDATE,
    SEPARATOR,
    SPACED_CANDIDATE,
    VALUE_APART,
    carried,
    name_words,
    personal_numbers,
)
from generator.personal_data.carried import carries_personal_number
from generator.personal_data.characters import as_read
from generator.personal_data.published import published_text
from generator.personal_data.readable import (
    MARK_BETWEEN_DIGITS,
    MARKS,
    TOKEN,
    _marks_between_digits,
    _tokens,
    as_seen,
)
from generator.site import lastlook, themescripts
from generator.site.build import theme_dirs

PIECES = [
    "1", "2", "0", "9", "12", "1212", "121212", "19121212", "-", "+", " ", "\n", "\t", "\r",
    ".", "/", "_", "*", "**", "~", "`", "&", "&#49;", "&#x32;", "&#50", "&shy;", "&amp;",
    "&nbsp;", "\\-", "\\*", "\\", "å", "Ö", "é", "\u00ad", "\u200b", "\u0301", "\u2011",
    "\u2013", "\u2212", "\u3164", "٣", "１", "𝟗", "ﬁ", "①", "\x00", "\x1c", "\ud800", "|",
    "personnummer ", "tel ", "x", "<b>", "</b>", "0701230005", "121212-1212", "2012-12-12 1212",
    "%", "%3", "%31", "%32%31", "%C2%AD", "%c3", "%E2%80%8B", ":", ",", "pnr ", "12 12 12",
    "1212.12.12.1212",
]  # fmt: skip
OLD_CANDIDATE = re.compile(r"\d\d(?:\d{4}|[-./]\d\d[-./]\d\d)" + SEPARATOR + r"\d{4}")


def texts(seed: int, count: int, length: int) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, length)))


def mark_between_digits(text: str, index: int) -> bool:
    """Whether the character at `index` is a mark that `as_seen` drops, decided alone."""
    if text[index] not in MARKS:
        return False
    before = text[:index].rstrip(MARKS)[-1:]
    after = text[index:].lstrip(MARKS)[:1]
    return before.isdigit() and (after.isdigit() or after in "-+ ")


def read_one_by_one(text: str) -> tuple[str, list[int]]:
    """`as_seen` the plain way: each character and each reference or escape in turn."""
    seen: list[str] = []
    where: list[int] = []
    start = 0

    def add(chars: str, at: list[int]) -> None:
        for char, index in zip(chars, at, strict=True):
            shown = as_read(char)
            seen.append(shown)
            where.extend([index] * len(shown))

    for token in TOKEN.finditer(text):
        add(text[start : token.start()], list(range(start, token.start())))
        written = token.group()
        decoded = html.unescape(written) if written[0] == "&" else token[1] or unquote(written)
        add(decoded, [token.start()] * len(decoded))
        start = token.end()
    add(text[start:], list(range(start, len(text))))
    joined = "".join(seen)
    if not MARK_BETWEEN_DIGITS.search(joined):
        return joined, where
    kept = [i for i in range(len(joined)) if not mark_between_digits(joined, i)]
    return "".join(joined[i] for i in kept), [where[i] for i in kept]


@pytest.mark.parametrize("length", [8, 60, 400])
def test_the_readable_text_and_its_indices_are_as_read_one_by_one(length: int) -> None:
    for text in texts(length, 400, length):
        readable, where = as_seen(text)
        assert (readable, list(where)) == read_one_by_one(text), repr(text)
        assert [where[i] for i in range(-len(where), 0)] == list(where)


def test_marks_between_digits_are_found_from_the_marks() -> None:
    for text in texts(3, 3000, 30):
        assert _marks_between_digits(text) == bool(MARK_BETWEEN_DIGITS.search(text)), text


def test_references_and_escapes_are_found_from_their_first_character() -> None:
    for text in texts(4, 3000, 30):
        assert [m.span() for m in _tokens(text)] == [m.span() for m in TOKEN.finditer(text)]


def test_the_candidate_test_reads_the_same_digits() -> None:
    for text in texts(7, 2000, 40):
        readable = as_seen(text)[0]
        assert bool(CANDIDATE.search(readable)) == bool(OLD_CANDIDATE.search(readable))


def test_one_search_passes_a_text_when_either_candidate_test_does() -> None:
    """`ANY_CANDIDATE` first: a text it passes over is one neither test passes, so
    `personal_numbers` finds nothing in it either way."""
    passed = {"date": 0, "spaced": 0, "neither": 0}
    spaced = [f"{a:02} {b:02} {c:02}-{d:04}" for a, b, c, d in [(12, 12, 12, 1212), (1, 2, 3, 4)]]
    for text in [*texts(8, 3000, 40), *spaced]:
        readable = as_seen(text)[0]
        either = bool(CANDIDATE.search(readable)) or bool(SPACED_CANDIDATE.search(readable))
        assert bool(ANY_CANDIDATE.search(readable)) == either, repr(readable)
        passed["date" if CANDIDATE.search(readable) else "spaced" if either else "neither"] += 1
    assert all(passed.values()), passed


def has_number(text: str, *, worded: bool = True) -> bool:
    return next(personal_numbers(text, worded=worded), None) is not None


def test_no_number_runs_past_value_apart() -> None:
    found = 0
    for seed in range(300):
        parts = list(texts(seed, random.Random(seed).randint(1, 5), 12))
        joined = has_number(VALUE_APART.join(parts))
        assert joined == any(map(has_number, parts)), parts
        found += joined
    assert 30 < found < 270  # both answers were tried


def look_at_every_element(page: str, allowed: frozenset[str]) -> list[str]:
    """`scan_html` as it was: every element's attributes looked at, one by one."""
    tree = LexborHTMLParser(page)
    found: list[str] = []
    shown: list[str] = []
    for node in tree.root.traverse(include_text=False) if tree.root is not None else ():
        attributes = node.attributes
        found += lastlook._node_problems(node, attributes, allowed)
        shown += [value or "" for name, value in attributes.items() if name in lastlook.SHOWN]
    if tree.body is not None:
        shown += [tree.body.text(separator=" "), tree.body.text(separator="")]
    return found + (["ett personnummer"] if has_number(VALUE_APART.join(shown)) else [])


def test_text_without_markup_is_read_as_lexbor_reads_it() -> None:
    """Most of the search index's titles and texts have no tag: their text is taken
    without parsing them, and must be what Lexbor gives, or they are parsed."""
    rng = random.Random(5)
    chars = [chr(c) for c in range(1, 0x3000, 5)] + [*" \t\n\f\r\x00<&;#", "\ufeff", "\ud800"]
    chars += ["\U0001f600", "\ufffe", "\u2028", "121212-1212", "&#49;", "<b>", "-->"]
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 20)))
        assert lastlook.look(text, frozenset()) == lastlook._parsed_look(text, frozenset())


HOSTILE = [
    "<iframe src=x></iframe>",
    '<a href="java\tscript:alert(1)">x</a>',
    '<div ONCLICK="x()" class="md-nav">x</div>',
    '<svg><a xlink:href="javascript:x">x</a><use href="//evil.example/a#b"/></svg>',
    '<img class="x" src="https://evil.example/a.png">',
    '<p style="background:url(//evil.example/a)">x</p>',
    '<meta http-equiv="refresh" content="0">',
    '<link rel="stylesheet" href="//evil.example/a.css">',
    '<link rel="canonical" href="javascript:x">',
    "<script>alert(1)</script>",
    "<style>@import 'https://evil.example/a.css';</style>",
    '<form action="https://evil.example/"><button formaction="//e.example">x</button></form>',
    '<span title="Elev 121212-1212">x</span>',
    '<input value="19121212&#8209;1212">',
    "<b>1212</b>12-1212",
    "Elev 121212-<em>1212</em>",
    '<object data="//evil.example/a"></object>',
    '<span data-x="1" aria-label="121212 1212">x</span>',
    "<span style=\"background:image-set('https://evil.example/a.png' 1x)\">x</span>",
    '<a href="/" class="md-nav__link" ping="https://evil.example/p">x</a>',
    '<svg><rect fill="url(//evil.example/g#g)"/><set attributeName="href" to="//e.example"/></svg>',
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("project"))
    assert run_build(project, project / "site", "--utan-pdf") == 0
    return project / "site"


def dirs(site: Path) -> tuple[str, ...]:
    return theme_dirs(site.parent / "mkdocs.yml")


def allowed(site: Path) -> frozenset[str]:
    return themescripts.theme_scripts(dirs(site))


def places(page: str) -> Iterator[int]:
    """Where to put a construct: in the header, the menu, the content and the footer."""
    for mark in ('<header class="md-header', '<nav class="md-nav', "<article", "<footer"):
        at = page.find(mark)
        if at >= 0:
            yield page.index(">", at) + 1


def test_a_built_page_gives_the_same_problems_as_looking_at_every_element(built: Path) -> None:
    rng = random.Random(18)
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        page = path.read_text(encoding="utf-8")
        variants = [page] + [page[:at] + rng.choice(HOSTILE) + page[at:] for at in places(page)]
        for variant in variants:
            want = look_at_every_element(variant, allowed(built))
            assert list(lastlook.scan_html(variant, allowed(built))) == want
            assert (want != []) == (variant != page)  # each construct is found


def copy_site(built: Path, target: Path) -> Path:
    shutil.copytree(built, target, symlinks=True)
    return target


def school(site: Path) -> Path:
    return site / "ekbackens-skola"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_built_site_passes(built: Path) -> None:
    assert scan_site(school(built), dirs(built)) == []


INDEX = "search/search_index.json"
TAMPERED = [  # file, text, replaced by, what the scan says
    ("index.html", "<header ", '<header aria-label="121212-1212" ', "ett personnummer"),
    ("index.html", "</footer>", "Elev 121212-1212</footer>", "ett personnummer"),
    ("index.html", "</nav>", "<a onclick=x()>x</a></nav>", "händelseattributet onclick på <a>"),
    ("index.html", "<nav ", '<nav title="19121212-1212" ', "ett personnummer"),
    (INDEX, '"text":"', '"text":"Elev 121212-1212 ', "ett personnummer"),
    (INDEX, '"text":"', '"text":"<img src=//e.x/a>', "<img src> hämtar från en annan värd"),
    ("sitemap.xml", "</urlset>", "<url><loc>121212-1212/</loc></url></urlset>", "ett personnummer"),
    ("datapackage.json", '"name"', '"x": "121212\\u002d1212", "name"', "ett personnummer"),
]  # fmt: skip


@pytest.mark.parametrize("case", TAMPERED, ids=[f"{c[0]}-{i}" for i, c in enumerate(TAMPERED)])
def test_what_a_tampered_site_shows_is_found(
    built: Path, tmp_path: Path, case: tuple[str, str, str, str]
) -> None:
    file, old, new, problem = case
    site = school(copy_site(built, tmp_path / "site"))
    edit(site / file, old, new)
    assert set(scan_site(site, dirs(built))) == {f"{file}: {problem}"}


def test_a_file_name_with_a_number_is_found(built: Path, tmp_path: Path) -> None:
    site = school(copy_site(built, tmp_path / "site"))
    (site / "assets" / "elev-121212-1212.txt").write_text("x", encoding="utf-8")
    assert scan_site(site, dirs(built)) == ["assets/elev-121212-1212.txt: ett personnummer"]


def test_search_index_fragments_each_as_before(built: Path, tmp_path: Path) -> None:
    """The index's titles and texts are looked at together first; with a number or an
    unsafe element in some, each fragment's problems come in the index's order."""
    site = school(copy_site(built, tmp_path / "site"))
    index = site / "search" / "search_index.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    data["docs"][1]["text"] += " Elev 121212-1212"
    data["docs"][3]["title"] = "<iframe></iframe>" + data["docs"][3]["title"]
    data["docs"][5]["text"] += ' <a href="x" onclick="y">121212-1212</a>'
    index.write_text(json.dumps(data), encoding="utf-8")
    want = [
        f"search/search_index.json: {problem}"
        for doc in data["docs"]
        for key in ("title", "text")
        for problem in look_at_every_element(doc[key], frozenset())
    ]
    assert len(want) == 4
    # (the index is read once more as data, for a number anywhere in it: found already)
    assert scan_site(site, dirs(built)) == want


def scan_site_listing_each_time(folder: Path, theme: tuple[str, ...]) -> list[str]:
    """`scan_site` the plain way: the folder listed for each kind of file, each file's
    name and text scanned for a number on its own, a file found twice named once."""
    found: list[str] = []
    pages = (p for p in folder.rglob("*") if p.suffix.lower() in pagelook.PAGE_SUFFIXES)
    for page in sorted(p for p in pages if p.is_file()):
        text = page.read_text(encoding="utf-8", errors="replace")
        problems = lastlook.scan_html(text, themescripts.theme_scripts(theme))
        found += [f"{page.relative_to(folder)}: {why}" for why in problems]
    for index in folder.rglob("search_index.json"):
        found += [f"{index.relative_to(folder)}: {why}" for why in scan._index_problems(index)]
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        number = has_number(f"{name_words(relative)}{VALUE_APART}{name_words(unquote(relative))}")
        if path.is_file() and path.suffix.lower() not in {*pagelook.PAGE_SUFFIXES, *ACTIVE}:
            text = published_text(path.read_bytes(), path.suffix)
            number = number or carries_personal_number(text)
        if number and f"{relative}: ett personnummer" not in found:
            found.append(f"{relative}: ett personnummer")
    return found + list(file_problems(folder, theme))


def test_a_site_with_problems_everywhere_gives_them_in_the_same_order(
    built: Path, tmp_path: Path
) -> None:
    site = school(copy_site(built, tmp_path / "site"))
    for file, old, new, _problem in TAMPERED:
        edit(site / file, old, new)
    (site / "plan" / "search_index.json").symlink_to("nowhere")  # not listed by rglob
    (site / "sidor" / "search_index.json").write_text("[", encoding="utf-8")
    (site / "oppna-data" / "elev 121212-1212.csv").write_text("x", encoding="utf-8")
    (site / "arkiv.html").mkdir()
    want = scan_site_listing_each_time(site, dirs(built))
    assert len(want) >= 9, want
    assert scan_site(site, dirs(built)) == want


CARRIED_PIECES = [
    *PIECES, ":", "ö", "\u00a0", "\u202e", "0801011234", "12.12.12-1212", "född ",
    "12/12/12-1212", "2024-09-17 1200", ". ",
]  # fmt: skip


def test_the_candidate_lines_show_a_number_exactly_when_the_whole_text_does() -> None:
    rng = random.Random(21)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(CARRIED_PIECES) for _ in range(rng.randint(0, 30)))
        decoded, whole = carried._decoded(text)
        if whole:  # (else the whole text is scanned)
            number = has_number(decoded, worded=False)
            assert has_number(carried._candidates(decoded), worded=False) == number, repr(decoded)
            found += number
    assert found > 1000


def whole_views_show_a_number(text: str) -> bool:
    """`carries_personal_number` without candidates: each view scanned whole."""
    decoded, _whole = carried._decoded(text)
    return any(has_number(view, worded=False) for view in carried.views(decoded))


def test_built_files_with_numbers_anywhere_are_judged_as_scanned_whole(built: Path) -> None:
    rng = random.Random(22)
    inserts = ["121212-1212", "1212&#49;2-1212", "%31%32%31%32%31%32-1212", "0701230005", ":1"]
    paths = sorted(p for p in built.rglob("*") if p.suffix in (".html", ".json", ".xml", ".ics"))
    assert len(paths) > 30
    for path in paths:
        text = published_text(path.read_bytes(), path.suffix)
        for _ in range(4):
            at = rng.randrange(len(text) + 1)
            variant = text[:at] + rng.choice(inserts) + text[at:]
            assert carries_personal_number(variant) == whole_views_show_a_number(variant)
        assert carries_personal_number(text) is False


def test_a_theme_file_that_is_not_the_themes_is_read(built: Path, tmp_path: Path) -> None:
    """Theme files are trusted only while they are the theme's bytes: a source map (not
    a script, which must be the theme's own) carrying a number is found."""
    site = school(copy_site(built, tmp_path / "site"))
    source_map = next(site.glob("assets/javascripts/bundle.*.js.map"))
    text = source_map.read_text(encoding="utf-8")
    source_map.write_text(text.replace('"mappings"', '"elev 121212-1212","mappings"', 1), "utf-8")
    relative = source_map.relative_to(site).as_posix()
    assert scan_site(site, dirs(built)) == [f"{relative}: ett personnummer"]


def test_the_theme_scripts_are_those_of_every_template_hidden_folders_included() -> None:
    """`theme_scripts` leaves out hidden folders (Material's 14,000 icons); were a template
    with a script ever to move into one, its script would be refused, not let through:
    this test says so first."""
    theme = theme_dirs(Path(__file__).parent.parent / "mkdocs.yml")
    everywhere = {
        themescripts.script_hash(themescripts.JINJA.sub('"."', body))
        for folder in theme
        for template in Path(folder).rglob("*.html")
        for body in themescripts.SCRIPT_BLOCK.findall(template.read_text("utf-8", "replace"))
    }
    assert themescripts.theme_scripts(theme) == everywhere and everywhere
