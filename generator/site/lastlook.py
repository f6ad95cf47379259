"""The last look at a page as a browser would show it: it must load nothing from
elsewhere, run no script but the theme's, show no personnummer, and be read as UTF-8
(declared where a browser looks before it guesses: `charset_problem`).

The page is parsed as a browser parses it (Lexbor, through selectolax). `trygg build`
looks at every page that enters the output (`build.scan`), and `mkdocs serve` at every
page it previews (the plugin), so an author never opens a page that does either.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from generator.personal_data import VALUE_APART, has_personal_number
from generator.personal_data.carried import carries_personal_number
from generator.site.fetching import FORBIDDEN, SHOWN, attribute_problems, css_problems, inert
from generator.site.themescripts import script_hash

LOOKED_INTO = FORBIDDEN | {"script", "style"}  # elements looked at even without attributes
# <link rel> values that name a page and fetch nothing (a page's canonical address, its
# feed; in the feed itself, its own address and each entry's page)
NAMING_RELS = frozenset({"canonical", "alternate", "self"})
PERSONAL_NUMBER = "ett personnummer"
# The labels a browser reads as UTF-8 (WHATWG Encoding), in a `<meta charset>`: any other
# makes the browser decode the bytes otherwise than this look reads them.
UTF8_LABELS = frozenset(
    {"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"}
)
TEMPLATE = "temats mall (custom_dir under theme)"
IN_UTF8 = f'skriv <meta charset="utf-8"> i {TEMPLATE} och spara som UTF-8'
# A browser looks for the page's charset in its first bytes only (WHATWG: "prescan a byte
# stream"); without one there, and without a byte order mark, it guesses (from the bytes,
# the locale: windows-1252, ISO-2022-JP...), and may read another page than this look.
PRESCAN = 1024
UNDECLARED = (
    f"sidan anger ingen teckenkodning i sina första {PRESCAN} byte, så webbläsaren gissar "
    f'den och kan läsa sidan annorlunda än trygg – skriv <meta charset="utf-8"> först i '
    f"<head> i {TEMPLATE} och spara som UTF-8"
)
# With no charset a browser may guess ISO-2022-JP from its escapes, whose ESC shifts what
# follows out of ASCII (a quote, a `<`): a page never needs the character.
ESCAPE = f"tecknet ESC, som kan få webbläsaren att läsa sidan i en annan teckenkodning – {IN_UTF8}"


def scan_html(html: str, allowed: frozenset[str], *, feed: bool = False) -> Iterator[str]:
    """What in one page could load from elsewhere or run script that is not the theme's,
    or shows a personnummer: in its text as shown, or anywhere in its source (attributes,
    comments, scripts, however encoded: `personal_data.carried`; in a `feed`, also in
    the escaped HTML that a feed reader shows)."""
    problems, shown = look(html, allowed)
    yield from problems
    if "\x1b" in html:
        yield ESCAPE
    # Numbers written as numbers, as `carried` reads them; a number after a word for one in
    # any groups is the check's to find in the content (`personal_data.worded`).
    if has_personal_number(shown, worded=False) or carries_personal_number(html, markup=feed):
        yield PERSONAL_NUMBER


def charset_problem(html: str) -> str:
    """`UNDECLARED` when the HTML page `html` (a whole page, not XML) starts with no byte
    order mark and declares no charset in a `<meta>` within its first `PRESCAN` bytes (a
    tag cut there is not read: Lexbor drops it, as a browser's prescan does); "" when it
    does. Which charset, there or later, is `_node_problems`' to judge (only UTF-8)."""
    if html.startswith("\ufeff"):
        return ""
    first = html[:PRESCAN].encode("utf-8", errors="replace")[:PRESCAN]
    tree = LexborHTMLParser(first.decode("utf-8", errors="ignore"))
    declared = tree.css_first("meta[charset], meta[http-equiv][content*='charset' i]")
    return "" if declared is not None else UNDECLARED


def look(html: str, allowed: frozenset[str]) -> tuple[list[str], str]:
    """What `scan_html` finds in one page but the personnummer, and the text the page
    shows (attributes and text kept apart by `VALUE_APART`), to be scanned for one; so
    that the texts of many small pages can be scanned at once."""
    text = _text_only(html)
    if text is not None:  # the search index's titles, and many of its texts
        return [], VALUE_APART.join([text, text])
    return _parsed_look(html, allowed)


def _text_only(html: str) -> str | None:
    """The text a browser shows for `html` that is only text (no tag, character
    reference, carriage return or NUL, and nothing UTF-8 cannot hold), as Lexbor reads it:
    without the blanks before it; else None."""
    if "<" in html or "&" in html or "\r" in html or "\x00" in html:
        return None
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which Lexbor drops
        return None
    return html.lstrip(" \t\n\f")


def _parsed_look(html: str, allowed: frozenset[str]) -> tuple[list[str], str]:
    tree = LexborHTMLParser(html)
    root = tree.root
    shown: list[str] = []
    problems: list[str] = []
    for node in root.traverse(include_text=False) if root is not None else ():
        attributes = node.attributes  # made anew at each call
        names = attributes.keys()
        if not names.isdisjoint(SHOWN):
            shown += [value or "" for name, value in attributes.items() if name in SHOWN]
        tag = (node.tag or "").lower()
        # Most elements: a tag not looked into, only attributes never looked at, and no
        # value that could hold a CSS function (`fetching`).
        if (
            tag not in LOOKED_INTO
            and tag != "meta"
            and names <= _inert_names
            and not _called(attributes)
        ):
            continue
        problems += _element_problems(node, tag, attributes, allowed)
        if not names <= _seen_names and len(_seen_names) < 10_000:
            _seen_names.update(names)
            _inert_names.update(name for name in names if inert(name))
    if tree.body is not None:
        # As the reader sees it: blocks apart, and inline elements run together.
        shown += [tree.body.text(separator=" "), tree.body.text(separator="")]
    if tree.head is not None:  # the title, shown in the browser's tab and in search results
        shown += [title.text() for title in tree.head.css("title")]
    return problems, VALUE_APART.join(shown)


def _called(attributes: dict[str, str | None]) -> bool:
    """Whether a value could hold a CSS function (`fetching.attribute_problems` reads it)."""
    return "(" in "".join(filter(None, attributes.values()))


# The attribute names seen so far, and those that `attribute_problems` passes whatever
# their value and element (most: class, id, aria-*); `fetching.inert` decides.
_seen_names: set[str] = set()
_inert_names: set[str] = set()
# What `_node_problems` found for an element other than a script or style, by its tag and
# attributes (the same links in every page's menu): it reads nothing else. Emptied when it
# holds a few sites' elements: a worker looks at hundreds of sites, and 20 000 kept held
# about 10 MiB in each worker at 300 sites (benchmarks/README.md, "Memory").
_found: dict[tuple[str, tuple[tuple[str, str | None], ...]], list[str]] = {}
_FOUND_AT_MOST = 2_000


def _element_problems(
    node: LexborNode, tag: str, attributes: dict[str, str | None], allowed: frozenset[str]
) -> list[str]:
    if tag in ("script", "style"):
        return list(_node_problems(node, attributes, allowed))
    key = (tag, tuple(attributes.items()))
    found = _found.get(key)
    if found is None:
        found = list(_node_problems(node, attributes, allowed))
        if len(_found) > _FOUND_AT_MOST:
            _found.clear()
        _found[key] = found
    return found


def _node_problems(
    node: LexborNode, attributes: dict[str, str | None], allowed: frozenset[str]
) -> Iterator[str]:
    tag = (node.tag or "").lower()
    if tag in FORBIDDEN:
        yield f"elementet <{tag}>"
    elif tag == "meta" and "http-equiv" in attributes:
        setting = (attributes["http-equiv"] or "")[:40]
        yield (
            f'elementet <meta http-equiv="{setting}">, som webbläsaren läser som en inställning '
            f"(teckenkodning, omdirigering) – ta bort det ur {TEMPLATE}"
        )
    charset = attributes.get("charset") if tag == "meta" else None
    if charset is not None and charset.strip(" \t\n\f\r").lower() not in UTF8_LABELS:
        yield f'<meta charset="{charset[:40]}">, en annan teckenkodning än UTF-8 – {IN_UTF8}'
    # A canonical link fetches nothing: its address is checked as a link's (`safe_link`).
    rels = set((attributes.get("rel") or "").lower().split())
    as_tag = "a" if tag == "link" and rels and rels <= NAMING_RELS else tag
    yield from attribute_problems(as_tag, attributes)
    if tag == "script" and "src" not in attributes:
        kind = (attributes.get("type") or "").lower()
        if kind != "application/json" and script_hash(node.text(deep=False)) not in allowed:
            yield "ett skript som inte är temats eget"
    if tag == "style":
        yield from css_problems(node.text(deep=False))
