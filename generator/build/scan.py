"""The last look at every page a build publishes: it must load nothing from elsewhere.

Each HTML file that enters the output (newly built, taken from the cache or from a
part) is parsed as a browser parses it (Lexbor, through selectolax) and refused when
an element would load from another host, an attribute handles an event, a link runs
script, or an inline script is not one of the theme's own (allow-listed by the hash
of its text, with the base path it names made neutral). This is defence in
depth: the sanitizer and the escaping should never let any of it through. Nor may any
page, data file, feed or file name show a personnummer, however the content spelt it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from pathlib import Path

from generator.build.filescan import file_problems
from generator.build.pdf.scanning import pdf_problems
from generator.personal_data import VALUE_APART, has_personal_number, name_words
from generator.problems import BuildFailed
from generator.site.lastlook import look, scan_html, theme_scripts

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml"})  # as served
TEXT_SUFFIXES = frozenset({".json", ".ics", ".csv", ".txt", ".xml", ".svg", ".atom", ".rss"})


def scan_site(folder: Path, theme_dirs: tuple[str, ...], known: Collection[str] = ()) -> list[str]:
    """Every problem in the site's HTML files, search index and other files, with the
    file's path; the pages in `known` (paths in `folder`, already looked at) are left out."""
    allowed = theme_scripts(theme_dirs)
    walked = list(folder.rglob("*"))  # listed once: rglob is slow, and stats each entry
    listing = sorted(walked)
    files = {path for path in listing if path.is_file()}
    found: list[str] = []
    pages = (p for p in listing if p.suffix.lower() in PAGE_SUFFIXES and p in files)
    for page in (p for p in pages if p.relative_to(folder).as_posix() not in known):
        text = page.read_text(encoding="utf-8", errors="replace")
        found += [f"{page.relative_to(folder)}: {why}" for why in scan_html(text, allowed)]
    # As `rglob("search_index.json")` gives them: in its order, if they exist.
    for index in (p for p in walked if p.match("search_index.json") and p.exists()):
        found += [f"{index.relative_to(folder)}: {why}" for why in _index_problems(index)]
    for pdf in (p for p in listing if p.suffix.lower() == ".pdf" and p in files):
        found += [f"{pdf.relative_to(folder)}: {why}" for why in pdf_problems(pdf.read_bytes())]
    outside = _personal_numbers_outside_pages(folder, listing, files)
    found += [f"{path}: ett personnummer" for path in outside]
    return found + list(file_problems(folder, theme_dirs))


def _personal_numbers_outside_pages(
    folder: Path, listing: list[Path], files: set[Path]
) -> Iterator[str]:
    """Files and names (addresses, in the sitemap) other than pages that show a number:
    data, calendars, feeds, images as text. (`listing`: all in `folder`, sorted; `files`:
    those that are files.)"""
    texts: list[tuple[str, str]] = []
    for path in listing:
        relative = path.relative_to(folder).as_posix()
        text = ""
        if path in files and path.suffix.lower() in TEXT_SUFFIXES:
            text = _as_text(path)
        texts.append((relative, f"{name_words(relative)}{VALUE_APART}{text}"))
    # All at once first: no number runs past `VALUE_APART`, so none found is none in any.
    if has_personal_number(VALUE_APART.join(text for _, text in texts)):
        yield from (relative for relative, text in texts if has_personal_number(text))


def _as_text(path: Path) -> str:
    """The file's text; JSON with its strings decoded ("\\u0031" is "1")."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() == ".json":
        try:
            return VALUE_APART.join(_strings(json.loads(text)))
        except ValueError:
            return text
    return text


def _strings(value: object) -> list[str]:
    """The strings among `value`'s values (not its keys), in order, without recursion."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(reversed(item.values()))
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return found


def _index_problems(index: Path) -> Iterator[str]:
    """Material's search shows titles and texts of its index as HTML."""
    try:
        docs = json.loads(index.read_text(encoding="utf-8")).get("docs", [])
    except (OSError, ValueError, AttributeError):
        yield "sökindexet går inte att läsa"
        return
    fragments = [
        str(doc.get(key, "")) if isinstance(doc, dict) else ""
        for doc in (docs if isinstance(docs, list) else [])
        for key in ("title", "text")
    ]
    # As `scan_html` of each, in order; their shown texts scanned at once first (no number
    # runs past `VALUE_APART`), each one only when that finds a number.
    looks = [look(fragment, frozenset()) for fragment in fragments]
    each = has_personal_number(VALUE_APART.join(shown for _, shown in looks))
    for problems, shown in looks:
        yield from problems
        if each and has_personal_number(shown):
            yield "ett personnummer"


def refuse_unsafe(
    folder: Path, theme_dirs: tuple[str, ...], title: str, known: Collection[str] = ()
) -> None:
    """Raise `BuildFailed` when the site in `folder` has anything `scan_site` finds."""
    if problems := scan_site(folder, theme_dirs, known):
        shown = "; ".join(problems[:5])
        raise BuildFailed(f"webbplatsen {title} publiceras inte, den innehåller {shown}")
