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

import hashlib
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from generator.build.filescan import file_problems
from generator.personal_data import personal_numbers
from generator.problems import BuildFailed
from generator.validate.svgsafety import CSS_COMMENT, CSS_ESCAPE

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml"})  # as served
FORBIDDEN = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base"})
LOADING = frozenset({"src", "srcset", "poster", "data", "background", "action", "formaction"})
LOADING_HREF = frozenset({"link", "image", "use", "feimage", "script"})
NAMING_RELS = frozenset({"canonical"})  # <link rel> values that name a page and fetch nothing
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
IGNORED = re.compile(r"[\x00-\x20\x7f]")
# The base path the theme writes into its scripts: relative, or (on a 404 page, from the
# site's address) a path from the root of the host.
BASE_PATH = re.compile(r'"(?:\.\.?(?:/\.\.)*|/(?:[A-Za-z0-9._~%-]+/)*)"')
JINJA = re.compile(r'"\{\{.*?\}\}"')
SCRIPT_BLOCK = re.compile(r"<script>(.*?)</script>", re.DOTALL)
SHOWN = frozenset({"alt", "title", "aria-label", "content", "value", "placeholder"})
TEXT_SUFFIXES = frozenset({".json", ".ics", ".csv", ".txt", ".xml", ".svg", ".atom", ".rss"})
CSS_URL = re.compile(r"(?:url\(\s*['\"]?|@import\s*['\"])([^'\")\s]*)", re.IGNORECASE)


def _url(value: str) -> str:
    return IGNORED.sub("", value).lower().replace("\\", "/")


def same_site(value: str) -> bool:
    """A relative or same-document URL (or a picture given as data), not another host."""
    url = _url(value)
    if url.startswith("//"):
        return False
    found = SCHEME.match(url)
    return found is None or url.startswith(("data:image/png", "data:image/jpeg", "data:image/webp"))


def safe_link(value: str) -> bool:
    """Where an `<a href>` may go: http, https, mailto, tel, or this site."""
    found = SCHEME.match(_url(value))
    return found is None or found.group(1) in LINK_SCHEMES


def script_hash(text: str) -> str:
    return hashlib.sha256(BASE_PATH.sub('"."', text.strip()).encode()).hexdigest()


@cache
def theme_scripts(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    """The hashes of the inline scripts the theme's templates write."""
    found: set[str] = set()
    for folder in theme_dirs:
        for template in Path(folder).rglob("*.html"):
            text = template.read_text(encoding="utf-8", errors="replace")
            for body in SCRIPT_BLOCK.findall(text):
                found.add(script_hash(JINJA.sub('"."', body)))
    return frozenset(found)


def scan_html(html: str, allowed: frozenset[str]) -> Iterator[str]:
    """What in one page could load from elsewhere or run script that is not the theme's,
    or shows a personnummer."""
    tree = LexborHTMLParser(html)
    root, shown = tree.root, []
    for node in root.traverse(include_text=False) if root is not None else ():
        yield from _node_problems(node, allowed)
        shown += [value or "" for name, value in node.attributes.items() if name in SHOWN]
    if tree.body is not None:
        # As the reader sees it: blocks apart, and inline elements run together.
        shown += [tree.body.text(separator=" "), tree.body.text(separator="")]
    if any(next(personal_numbers(text), None) is not None for text in shown):
        yield "ett personnummer"


def _node_problems(node: LexborNode, allowed: frozenset[str]) -> Iterator[str]:
    tag = (node.tag or "").lower()
    if tag in FORBIDDEN or (tag == "meta" and "http-equiv" in node.attributes):
        yield f"elementet <{tag}>"
    # A canonical link fetches nothing: its address is checked as a link's (`safe_link`).
    rels = set((node.attributes.get("rel") or "").lower().split())
    as_tag = "a" if tag == "link" and rels and rels <= NAMING_RELS else tag
    for name, value in node.attributes.items():
        yield from _attribute_problems(as_tag, name.lower(), value or "")
    if tag == "script" and "src" not in node.attributes:
        kind = (node.attributes.get("type") or "").lower()
        if kind != "application/json" and script_hash(node.text(deep=False)) not in allowed:
            yield "ett skript som inte är temats eget"
    if tag == "style":
        yield from _css_problems(node.text(deep=False))


def _attribute_problems(tag: str, name: str, value: str) -> Iterator[str]:
    local = name.rpartition(":")[2]
    if local.startswith("on"):
        yield f"händelseattributet {name} på <{tag}>"
    elif local in LOADING or (local == "href" and tag in LOADING_HREF):
        urls = [part.strip().split(" ")[0] for part in value.split(",")]
        if not all(same_site(url) for url in (urls if local == "srcset" else [value])):
            yield f"<{tag} {name}> hämtar från en annan värd"
    elif local == "href" and not safe_link(value):
        yield f"<{tag} {name}> med en otillåten adress"
    elif local == "style":
        yield from _css_problems(value)


def _css_problems(css: str) -> Iterator[str]:
    text = CSS_ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], CSS_COMMENT.sub("", css))
    for url in CSS_URL.findall(text):
        if not same_site(url):
            yield "CSS som hämtar från en annan värd"


def scan_site(folder: Path, theme_dirs: tuple[str, ...]) -> list[str]:
    """Every problem in the site's HTML files, search index and other files, with the
    file's path."""
    allowed = theme_scripts(theme_dirs)
    found: list[str] = []
    pages = (p for p in folder.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES and p.is_file())
    for page in sorted(pages):
        text = page.read_text(encoding="utf-8", errors="replace")
        found += [f"{page.relative_to(folder)}: {why}" for why in scan_html(text, allowed)]
    for index in folder.rglob("search_index.json"):
        found += [f"{index.relative_to(folder)}: {why}" for why in _index_problems(index)]
    found += [f"{path}: ett personnummer" for path in _personal_numbers_outside_pages(folder)]
    return found + list(file_problems(folder, theme_dirs))


def _personal_numbers_outside_pages(folder: Path) -> Iterator[str]:
    """Files and names (addresses, in the sitemap) other than pages that show a number:
    data, calendars, feeds, images as text."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        words = relative.translate(str.maketrans("/-_.", "    "))
        text = ""
        if path.is_file() and path.suffix.lower() in TEXT_SUFFIXES:
            text = _as_text(path)
        if next(personal_numbers(f"{words}\n{text}"), None) is not None:
            yield relative


def _as_text(path: Path) -> str:
    """The file's text; JSON with its strings decoded ("\\u0031" is "1")."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() == ".json":
        try:
            return "\n".join(_strings(json.loads(text)))
        except ValueError:
            return text
    return text


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _index_problems(index: Path) -> Iterator[str]:
    """Material's search shows titles and texts of its index as HTML."""
    try:
        docs = json.loads(index.read_text(encoding="utf-8")).get("docs", [])
    except (OSError, ValueError, AttributeError):
        yield "sökindexet går inte att läsa"
        return
    for doc in docs if isinstance(docs, list) else []:
        for key in ("title", "text"):
            fragment = str(doc.get(key, "")) if isinstance(doc, dict) else ""
            yield from scan_html(fragment, frozenset())


def refuse_unsafe(folder: Path, theme_dirs: tuple[str, ...], title: str) -> None:
    """Raise `BuildFailed` when the site in `folder` has anything `scan_site` finds."""
    if problems := scan_site(folder, theme_dirs):
        shown = "; ".join(problems[:5])
        raise BuildFailed(f"webbplatsen {title} publiceras inte, den innehåller {shown}")
