"""The kinds of file a published site may hold, by name: the one allow-list that the
build's last look (`build.kinds`) and `trygg check` (the theme folder's files:
`check.siteconfig`) both read.

A static host serves a file by its suffix: an .xsd, .kml or .rss as XML a browser
renders, an .exe as a download. A site holds only what MkDocs, the theme and trygg's
renderers write (pages, style sheets and scripts, images, fonts, open data, the
calendar, PDFs, the sitemap) and the images the content may have, each of which the
look reads as what it is. A text file must be UTF-8: the look reads it so, and a browser
would decode it otherwise (in UTF-16 every digit stands between NULs).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.personal_data.published import GZIP, Unreadable, gunzipped
from generator.validate.images import EXTENSIONS as CONTENT_IMAGES

TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".map", ".json", ".xml", ".csv", ".ics", ".txt"})
PUBLISHED_SUFFIXES = (
    TEXT_SUFFIXES
    | frozenset(CONTENT_IMAGES)
    | frozenset({".png", ".gif", ".ico", ".woff2", ".woff", ".pdf", ".gz", ".svgz"})
)  # a gzip file: what it holds must be one of the others
KINDS_SAID = (
    "en webbplats har bara sidor, stilmallar, skript, bilder (SVG, PNG, JPEG, WebP, GIF, "
    "ICO), typsnitt (WOFF), PDF, kalendrar (.ics), öppna data (JSON, CSV), XML och text"
)
GZIPPED = frozenset({".gz", ".svgz"})
# At the top of a site: the domain name GitHub Pages reads from a branch (a name, which
# the look reads for a number too).
HOST_NAMES = frozenset({"CNAME"})
NOT_UTF8_TEXT = "en textfil som inte är skriven i UTF-8 – spara den som UTF-8"


def held_suffix(name: str) -> str:
    """The suffix of what a gzip file holds: an .svgz an SVG, page.html.gz a page."""
    path = PurePosixPath(name.lower())
    return ".svg" if path.suffix == ".svgz" else PurePosixPath(path.stem).suffix


def unpublished_suffix(relative: str) -> str | None:
    """None when the file at `relative` (a path in the site, with /) is of a kind a site
    publishes; else its suffix as shown (".exe", ".exe.gz", "" for none)."""
    if relative in HOST_NAMES:
        return None
    name = PurePosixPath(relative).name
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".gz":
        held = held_suffix(name)
        return None if held in PUBLISHED_SUFFIXES - {".gz"} else f"{held}{suffix}"
    return None if suffix in PUBLISHED_SUFFIXES else suffix


def text_problem(data: bytes, name: str) -> str:
    """`NOT_UTF8_TEXT` when the file `name` is text by its suffix but not UTF-8; a gzip
    file by what it holds (one that cannot be unpacked is told by the look's reading of
    it: `personal_data.published`)."""
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in GZIPPED and held_suffix(name) in TEXT_SUFFIXES and data.startswith(GZIP):
        try:
            data, suffix = gunzipped(data), held_suffix(name)
        except Unreadable:
            return ""
    if suffix not in TEXT_SUFFIXES:
        return ""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8_TEXT
    return ""
