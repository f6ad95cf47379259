"""Published files the look reads only unpacked (`build.filescan`).

A gzip file is looked at as what it holds: MkDocs writes sitemap.xml.gz, a server may
send page.html.gz for page.html, and a browser shows an .svgz as the SVG it holds. Any
other packed kind (.br, .zip, …) the look cannot read: it is not published (`build.kinds`).
"""

from __future__ import annotations

from generator.build.pagelook import PAGE_SUFFIXES, page_problems
from generator.personal_data.published import GZIP, NOT_PACKED, Unreadable, gunzipped
from generator.site.lastlook import PERSONAL_NUMBER
from generator.validate.filekinds import held_suffix
from generator.validate.svgsafety import UnsafeSvg, check_svg

PACKED = frozenset(
    {".br", ".zst", ".bz2", ".xz", ".lz", ".lzma", ".z", ".zip", ".7z", ".mht", ".mhtml"}
)
UNREAD = "en packad fil som granskningen inte kan läsa"


def packed_problem(data: bytes, name: str, allowed: frozenset[str], active: frozenset[str]) -> str:
    """Why the gzip file `name` is not published ("" when it may be): what it holds is
    an unsafe SVG, a page the look refuses (its personnummer is told of the file itself:
    `build.scan`), a script or style sheet (`active`: those must be the theme's), or
    nothing the look can unpack."""
    if not data.startswith(GZIP):
        return NOT_PACKED
    try:
        held = gunzipped(data)
    except Unreadable:
        return ""  # told when its text is read for a personnummer (`build.scan`)
    suffix = held_suffix(name)
    if suffix == ".svg":
        try:
            check_svg(held)
        except UnsafeSvg as unsafe:
            return f"en komprimerad SVG-bild som inte är säker: {unsafe}"
    elif suffix in PAGE_SUFFIXES:
        found = [why for why in page_problems(held, suffix, allowed) if why != PERSONAL_NUMBER]
        return f"en komprimerad sida med {'; '.join(found)}" if found else ""
    elif suffix in active:
        return "ett komprimerat skript eller en stilmall som inte är temats egen"
    return ""
