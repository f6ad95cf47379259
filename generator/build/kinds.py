"""Which kinds of file a published site may hold: the last look's one allow-list.

A static host serves a file by its name: an .xsd, .kml or .rss as XML a browser renders,
an .htaccess or _headers as the host's own settings (which could serve a .txt as a
page), an .exe as a download. A site holds only what MkDocs, the theme and trygg's
renderers write (pages, style sheets and scripts, images, fonts, open data, the
calendar, PDFs, the sitemap), each read by the look as what it is. Anything else (a file
in the theme folder, `custom_dir`, or in a site taken from a cache or a part) is refused
at its path, with what to do. So is a text file that is not UTF-8: the look reads it as
UTF-8, and a browser would decode it otherwise (UTF-16 hides every digit between NULs).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from generator.build.packed import PACKED, UNREAD, held_suffix
from generator.site.outputs import OUTPUT_MARK, PREVIEW_MARK
from generator.validate.images import EXTENSIONS as CONTENT_IMAGES

# What a site may publish, by suffix (lower case): the pages and files trygg and the theme
# write, and the images the content may have. A gzip file: what it holds must be one.
TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".map", ".json", ".xml", ".csv", ".ics", ".txt"})
PUBLISHED_SUFFIXES = (
    TEXT_SUFFIXES
    | frozenset(CONTENT_IMAGES)
    | frozenset({".png", ".gif", ".ico", ".woff2", ".woff", ".pdf", ".gz", ".svgz"})
)
# At the top of a folder: trygg's own marks (`site.outputs`, `build.shards`; a folder
# looked at whole has none, as publishing keeps hidden entries apart), and the domain
# name GitHub Pages reads from a branch (a name, which the look reads for a number too).
OWN_MARKS = re.compile(
    rf"{re.escape(OUTPUT_MARK)}|{re.escape(PREVIEW_MARK)}|\.trygg-del-\d+-av-\d+\.json|CNAME"
)
REMOVE = "ta bort den ur temamappen (custom_dir under theme)"
KINDS_SAID = (
    "en webbplats har bara sidor, stilmallar, skript, bilder (SVG, PNG, JPEG, WebP, GIF, "
    "ICO), typsnitt (WOFF), PDF, kalendrar (.ics), öppna data (JSON, CSV), XML och text"
)
NOT_UTF8_TEXT = "en textfil som inte är skriven i UTF-8 – spara den som UTF-8"


def kind_problem(relative: str) -> str:
    """Why the file at `relative` (a path in the site, with /) is not published ("" when
    its kind may be): a hidden file or folder, or a suffix not in `PUBLISHED_SUFFIXES`."""
    path = PurePosixPath(relative)
    if OWN_MARKS.fullmatch(relative):
        return ""
    if any(part.startswith(".") for part in path.parts):
        return f"en dold fil, som webbhotellet kan läsa som sina inställningar – {REMOVE}"
    suffix = path.suffix.lower()
    if suffix == ".gz":
        held = held_suffix(path.name)
        if held in PUBLISHED_SUFFIXES - {".gz"}:
            return ""
        suffix = f"{held}{suffix}"
    if suffix in PUBLISHED_SUFFIXES:
        return ""
    if suffix in PACKED:
        return f"{UNREAD} – {REMOVE}"
    said = f"filändelsen {suffix}" if suffix else "ingen filändelse"
    return f"en fil med {said}, som webbplatserna inte publicerar ({KINDS_SAID}) – {REMOVE}"


def text_problem(data: bytes, relative: str) -> str:
    """`NOT_UTF8_TEXT` when the file at `relative` is text by its suffix but not UTF-8
    (a gzip file is read as what it holds: `build.packed`)."""
    if PurePosixPath(relative).suffix.lower() not in TEXT_SUFFIXES:
        return ""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8_TEXT
    return ""
