"""One published page's last look, from its bytes as a browser reads them: as HTML
(`site.lastlook`), and a file a browser reads as XML (.xhtml, a feed) as XML too
(`site.xmllook`). A page is UTF-8: another encoding (UTF-16 with its byte order mark,
which a browser honours) would be read by the look as something else than the reader sees,
and so would a page that declares no charset where a browser looks for it (it guesses).
"""

from __future__ import annotations

from generator.site.lastlook import charset_problem, scan_html
from generator.site.xmllook import XML_SUFFIXES, xml_problems

PAGE_SUFFIXES = frozenset({".html", ".htm", ".shtml"}) | XML_SUFFIXES  # as served
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})  # their escaped HTML is read too
NOT_UTF8 = "en sida som inte är skriven i UTF-8"


def page_problems(data: bytes, suffix: str, allowed: frozenset[str]) -> list[str]:
    """What the page in `data` (a file ending in `suffix`) would load from elsewhere, run
    or show (`lastlook.scan_html`'s problems, then the XML look's)."""
    suffix = suffix.lower()
    problems: list[str] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        problems.append(NOT_UTF8)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as the page was read before
    problems += scan_html(text, allowed, feed=suffix in FEED_SUFFIXES)
    if suffix in XML_SUFFIXES:  # (XML is UTF-8 unless it says otherwise: `xmllook`)
        problems += xml_problems(data)
    elif why := charset_problem(text):
        problems.append(why)
    return problems
