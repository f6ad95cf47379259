"""Where an SVG's links and CSS may point (`validate.svgsafety`): a link to the file itself,
a relative path or a raster data: URL; CSS only to `url(#id)`, read as a browser reads it.
The last look at published pages (`site.fetching`) reads addresses and CSS the same way."""

from __future__ import annotations

import re

from generator.load.safeurls import ALLOWED_SCHEMES
from generator.load.safeurls import SCHEME as LINK_SCHEME
from generator.text import excerpt

SCHEME = re.compile(r"[a-z][a-z0-9+.\-]*:")
# Browsers drop ASCII whitespace and control characters inside a URL's scheme.
IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")
SAFE_DATA = re.compile(r"data:image/(?:png|jpeg|jpg|gif|webp|avif|bmp)[;,]")


def safe_url(value: str) -> bool:
    """A same-document fragment, a relative path or a raster data: URL; never a script,
    and never another host (`//host/...`, which browsers also read with backslashes)."""
    url = IGNORED_IN_URL.sub("", value).lower().replace("\\", "/")
    if url.startswith("//"):
        return False
    return not SCHEME.match(url) or SAFE_DATA.match(url) is not None


def safe_link(value: str) -> bool:
    """Where an `<a href>` may go: http, https, mailto, tel (the schemes a link in the
    content may have: `load.safeurls`), or this site."""
    found = LINK_SCHEME.match(IGNORED_IN_URL.sub("", value).lower().replace("\\", "/"))
    return found is None or found.group(1) in ALLOWED_SCHEMES


CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))", re.DOTALL)
CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.DOTALL)
CSS_FORBIDDEN = re.compile(
    r"@import|@font-face|image-set\(|\bimage\(|expression\(|behavior\s*:|-moz-binding"
)


# A CSS function that takes an address (`url(` and the image functions, with or without a
# vendor prefix: `-webkit-image-set(`), or `@import` with a string.
CSS_FETCHING = re.compile(
    r"(?:-[a-z]+-)?(?:url|src|image-set|image|cross-fade)\(|@import", re.IGNORECASE
)
CSS_STRING = re.compile(r"""(['"])(.*?)(?:\1|$)""", re.DOTALL)


def read_css(css: str) -> str:
    """CSS as the browser reads it: comments gone, escapes decoded, lower case."""
    text = CSS_COMMENT.sub("", css)
    return CSS_ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], text).lower()


def css_addresses(css: str) -> list[str]:
    """Every address CSS may fetch: each string and each unquoted `url(…)` in a function
    that takes one (`CSS_FETCHING`) up to its closing parenthesis (or the end, as the
    browser reads an unclosed one), and the string after `@import`. Not a deny-list of
    properties: wherever such a function stands, its addresses are read."""
    text, found = read_css(css), []
    for match in CSS_FETCHING.finditer(text):
        rest = text[match.end() :]
        if match[0] == "@import":
            if string := CSS_STRING.match(rest.lstrip()):
                found.append(string[2])
            continue
        arguments = _arguments(rest)
        found += [m[2] for m in CSS_STRING.finditer(arguments)]
        if match[0].endswith("url(") and not arguments.lstrip().startswith(("'", '"')):
            found.append(arguments.strip())
    return found


def _arguments(text: str) -> str:
    """A function's arguments: `text` up to the parenthesis that closes it, strings and
    nested functions read through."""
    depth, quote = 0, ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return text[:index]
            depth -= 1
    return text


def css_problem(css: str) -> str:
    """What in CSS could load from elsewhere or run code ("" when nothing): only local
    `url(#id)` references pass. Escapes and comments are read as the browser reads them."""
    text = read_css(css)
    if found := CSS_FORBIDDEN.search(text):
        return f"CSS med {found.group().rstrip('(: ')}"
    for match in CSS_URL.finditer(text):
        if not match.group(2).strip().startswith("#"):
            return f"CSS som hämtar '{excerpt(match.group(2).strip())}'"
    for address in css_addresses(css):  # also in `src("…")`, `cross-fade("…")`
        if not address.strip().startswith("#"):
            return f"CSS som hämtar '{excerpt(address.strip())}'"
    if "url(" in text.replace(" ", "") and not CSS_URL.search(text):
        return "CSS med en url( som inte avslutas"
    return ""
