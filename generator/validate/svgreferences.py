"""Where an SVG's links and CSS may point (`validate.svgsafety`): a link to the file itself,
a relative path or a raster data: URL; CSS only to `url(#id)`, read as a browser reads it."""

from __future__ import annotations

import re

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


CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))", re.DOTALL)
CSS_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.DOTALL)
CSS_FORBIDDEN = re.compile(
    r"@import|@font-face|image-set\(|\bimage\(|expression\(|behavior\s*:|-moz-binding"
)


def css_problem(css: str) -> str:
    """What in CSS could load from elsewhere or run code ("" when nothing): only local
    `url(#id)` references pass. Escapes and comments are read as the browser reads them."""
    text = CSS_ESCAPE.sub(lambda m: chr(int(m[1], 16)) if m[1] else m[2], CSS_COMMENT.sub("", css))
    text = text.lower()
    if found := CSS_FORBIDDEN.search(text):
        return f"CSS med {found.group().rstrip('(: ')}"
    for match in CSS_URL.finditer(text):
        if not match.group(2).strip().startswith("#"):
            return f"CSS som hämtar '{match.group(2).strip()[:40]}'"
    if "url(" in text.replace(" ", "") and not CSS_URL.search(text):
        return "CSS med en url( som inte avslutas"
    return ""
