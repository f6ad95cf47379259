"""Nothing in the built site loads anything from another host (static scan, no browser).

A visitor's browser must not contact Google Fonts, a CDN or any other third party
(GDPR; the sites must also work offline). This scans every built HTML, CSS, JS and
SVG file for references that would LOAD something from another host:

* ``src``/``href``/``srcset``/``poster``/``data`` on elements that fetch what they point
  to (``script``, ``link`` except navigation-only ``rel`` values, ``img``, ``iframe``,
  ``source``, ``video``, ``audio``, ``track``, ``embed``, ``object``, ``input``, SVG
  ``image``/``use``/``feImage``);
* ``url(...)`` and ``@import`` in stylesheets, ``<style>`` blocks and ``style`` attributes.

Plain ``<a href>`` links to other sites are fine (they navigate, they do not load), but
the well-known CDN and font hosts must not be mentioned anywhere.

The browser suite (tests/browser/) checks the same thing at run time by aborting every
request to a host other than 127.0.0.1.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "browser"))
import site_output

FORBIDDEN_HOSTS = re.compile(
    r"fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|jsdelivr\.net|cdnjs\.cloudflare\.com"
    r"|cdnjs\.com",
    re.IGNORECASE,
)
# Absolute (scheme://) or protocol-relative (//host) URLs point at another host; the
# built site itself only uses relative URLs.
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE | re.DOTALL)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)""", re.IGNORECASE)

LOADING_ATTRS = {
    "script": ("src",),
    "link": ("href", "imagesrcset"),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}
# <link rel=...> values that only describe a relation and fetch nothing.
NAVIGATION_RELS = {"canonical", "alternate", "prev", "next", "author", "license", "help", "me"}

# Material's minified vendor bundles (bundle.*.min.js, the search worker, lunr) contain
# unpkg/jsdelivr URLs that are only used conditionally: Mermaid (we render diagrams
# ourselves), repository facts (we set no repo_url) and a ResizeObserver polyfill for
# very old browsers. Matching URL strings in them would always fail, so they are not
# scanned; the browser suite catches any request they would actually make.
VENDOR_JS = "/assets/javascripts/"


def _urls(value: str, attr: str) -> list[str]:
    if attr.endswith("srcset"):
        return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
    return [value]


def _css_problems(css: str) -> list[str]:
    found = [m.group(2) for m in CSS_URL.finditer(css)] + [
        m.group(2) for m in CSS_IMPORT.finditer(css)
    ]
    return [f"CSS loads {url}" for url in found if EXTERNAL.match(url)]


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._in_style = tag == "style"
        if "style" in values:
            self.problems += _css_problems(values["style"])
        rels = set(values.get("rel", "").lower().split())
        if tag == "link" and rels and rels <= NAVIGATION_RELS:
            return
        for attr in LOADING_ATTRS.get(tag, ()):
            for url in _urls(values.get(attr, ""), attr):
                if EXTERNAL.match(url):
                    self.problems.append(f"<{tag} {attr}={url!r}> loads from another host")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.problems += _css_problems(data)


def _problems(path: Path) -> list[str]:
    text = path.read_text("utf-8", errors="replace")
    problems = [f"mentions {m.group(0)}" for m in FORBIDDEN_HOSTS.finditer(text)]
    if path.suffix in {".html", ".svg"}:
        scanner = _Scanner()
        scanner.feed(text)
        scanner.close()
        problems += scanner.problems
    elif path.suffix == ".css":
        problems += _css_problems(text)
    return problems


def test_scanner_catches_what_it_should() -> None:
    """The rules themselves, on a tiny hand-made page."""
    scanner = _Scanner()
    scanner.feed(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="canonical" href="https://skola.example/">'
        '<a href="https://www.skolverket.se/">Skolverket</a>'
        '<img srcset="a.png 1x, //cdn.example/b.png 2x" alt="">'
        "<style>@import 'https://x.example/a.css';"
        " p{background:url(data:image/png;base64,AA)}</style>"
        '<p style="background: url(&quot;https://x.example/b.png&quot;)">x</p>'
        '<svg><use href="https://x.example/s.svg#i"/></svg>'
    )
    assert len(scanner.problems) == 5, scanner.problems
    assert _css_problems("a{b:url(../x.woff2)} @import 'local.css';") == []


def test_nothing_is_loaded_from_another_host() -> None:
    out = site_output.require_built_output()
    files = {
        p.relative_to(out).as_posix(): p
        for p in sorted(out.rglob("*"))
        if p.suffix in {".html", ".css", ".js", ".svg"}
    }
    files = {
        rel: p for rel, p in files.items() if not (p.suffix == ".js" and VENDOR_JS in f"/{rel}")
    }
    assert any(rel.endswith(".html") for rel in files), f"no HTML pages in {out}"
    problems = [f"{rel}: {problem}" for rel, p in files.items() for problem in _problems(p)]
    assert not problems, "\n".join(problems)
