"""The print page of a plan: the plan page MkDocs built, without the site around it.

The PDF is made from the page's built HTML (the article), not from the model again, so
it says exactly what the page says, charts and all. Left out: the site's navigation,
the heading links, and the notices under the title (a plan's standing on the build's
day, `render.pages.standing`, and where it stands beside other plans): the document
is the plan as decided, the same on any day. Links within the site point to the
published site (or become plain text without a `webbplats`); nothing the renderer
could fetch or embed is left but pictures of the site itself (`pdf.fetching`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import unquote, urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from generator.load.safeurls import ALLOWED_SCHEMES, SCHEME

ARTICLE = "article.md-content__inner"
# Site furniture inside the article, and anything that could load, run or embed.
DROPPED = (
    "a.headerlink, .trygg-pdf-link, .trygg-print-only, .md-content__button, .md-source-file, "
    "script, style, link, meta, iframe, frame, frameset, object, embed, applet, base, "
    "form, input, button, "
    "video, audio, source, track, template, noscript, [hidden], [aria-hidden=true]"
)


@dataclass(frozen=True)
class PrintPage:
    """What the document says about itself besides the plan: for its head and metadata."""

    school: str  # the unit's name: top of every page
    organiser: str  # the huvudman ("" when the document is the huvudman's own)
    title: str  # the document's title (and top right of every page, from its h1)
    page_url: str  # the page's published address, "" without a webbplats
    decided_on: str  # YYYY-MM-DD, the plan's decision: the PDF's only date
    # What a filed document is filed under ("Dnr BUN 2026/123"): in its head, and beside
    # its title at the top of every page, where a registry looks; "" when not filed.
    reference: str = ""


def print_html(built_page: str, page: PrintPage) -> str:
    """The print HTML of a built plan page: one article, `lang="sv"`, a title, no site."""
    article = LexborHTMLParser(built_page).css_first(ARTICLE)
    if article is None:
        raise ValueError("sidan har ingen artikel")
    for node in article.css(DROPPED):
        node.decompose()
    _drop_notices(article)
    _keep_text_alternatives(article)
    _point_links_at_the_site(article, page.page_url)
    return print_document(article.inner_html or "", page)


def _drop_notices(article: LexborNode) -> None:
    """The admonitions directly under the page's title: the notices of the day. The box
    "Har något hänt?" (`render.pages.guardian`, a heading of the page) says what holds
    every day, and stays."""
    title = article.css_first("h1")
    node = title.next if title is not None else None
    while node is not None:
        following = node.next
        if node.is_element_node:
            classes = (node.attributes.get("class") or "").split()
            if "admonition" not in classes:
                return
            if "trygg-help" not in classes:
                node.decompose()
        node = following


def _keep_text_alternatives(article: LexborNode) -> None:
    """Every picture the PDF keeps has a text alternative (its /Alt): a chart's title and
    description together; pictures without any are decoration, and left out."""
    for svg in article.css("svg"):
        title, desc = svg.css_first("title"), svg.css_first("desc")
        label = svg.attributes.get("aria-label") or ""
        named = title.text(strip=True) if title is not None else label.strip()
        if not named:
            svg.decompose()
            continue
        described = desc.text(strip=True) if desc is not None else ""
        alternative = f"{named}. {described}" if described else named
        text = html.escape(alternative, quote=False)
        if title is None:
            svg.inner_html = f"<title>{text}</title>{svg.inner_html or ''}"
        else:
            title.inner_html = text
    for image in article.css("img"):
        if not (image.attributes.get("alt") or "").strip():
            image.decompose()


def _point_links_at_the_site(article: LexborNode, page_url: str) -> None:
    """Links within the page and to other sites stay; links within the site point at the
    published page, or become text without a `webbplats`. No link asks for an attachment.
    A link within the page to nothing on it ("#", a refused link) becomes text: the
    renderer would point it at the print page's own file, in the build's folder."""
    ids = {node.attributes.get("id") for node in article.css("[id]")}
    for anchor in article.css("a"):
        for name in ("rel", "download", "type", "target", "ping"):
            if name in anchor.attrs:
                del anchor.attrs[name]
        href = (anchor.attributes.get("href") or "").strip()
        scheme = SCHEME.match(href.lower())
        if href.startswith("#"):
            if unquote(href[1:]) not in ids:
                anchor.unwrap()
        elif scheme and scheme.group(1) in ALLOWED_SCHEMES:
            continue
        elif page_url and not scheme and not href.startswith(("/", "\\")):
            anchor.attrs["href"] = urljoin(page_url, href)
        else:
            anchor.unwrap()


def print_document(body: str, page: PrintPage, head: str = "", kind: str = "") -> str:
    """`body` (HTML) as a print page: its head names the unit, the huvudman, what it is
    filed under and where the page is published (or is `head`, HTML, when the document
    heads itself otherwise); `lang="sv"`, a title and the one date the PDF carries. `kind`
    is the body's class, for the print style of one kind of document."""
    escape = html.escape
    head = head or _head(page)
    body_class = f' class="{escape(kind)}"' if kind else ""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(page.title)}</title>\n"
        f'<meta name="author" content="{escape(page.school)}">\n'
        f'<meta name="dcterms.created" content="{escape(page.decided_on)}">\n'
        f'<meta name="dcterms.modified" content="{escape(page.decided_on)}">\n'
        f"</head>\n<body{body_class}>\n{head}<main>\n{body.strip()}\n</main>\n</body>\n</html>\n"
    )


def _head(page: PrintPage) -> str:
    """The plan's head: the unit, its huvudman, what it is filed under, where published."""
    escape = html.escape
    organiser = ""
    if page.organiser:
        organiser = f'<p class="trygg-pdf-organiser">Huvudman: {escape(page.organiser)}</p>\n'
    if page.reference:
        organiser += f'<p class="trygg-pdf-reference">{escape(page.reference)}</p>\n'
    source = ""
    if page.page_url:
        address = escape(page.page_url)
        source = (
            f'<p class="trygg-pdf-source">Publicerad på <a href="{address}">{address}</a></p>\n'
        )
    return (
        '<div class="trygg-pdf-head">\n'
        f'<p class="trygg-pdf-school">{escape(page.school)}</p>\n'
        f"{organiser}{source}</div>\n"
    )
