"""The last look refuses what would make a published page ask another host, wherever it
stands: a CSS function that takes an address in any style, an attribute that fetches on
any element, an SVG animation that sets an address, and in a file a browser reads as XML
what the HTML parser cannot see; a packed file only as what it holds (non-negotiable:
published pages make no request to a third-party host)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from generator.build.filescan import file_problems
from generator.build.pagelook import page_problems
from generator.site.lastlook import scan_html
from generator.validate.svgreferences import css_addresses

E = "https://evil.example"
FETCHING = {
    "image-set in a style": f"""<p style="background:image-set('{E}/a.png' 1x)">x</p>""",
    "-webkit-image-set in <style>": f"""<style>p{{background:-webkit-image-set("{E}/a.png" 1x)}}
        </style>""",
    "escaped url in <style>": f"<style>p{{background:u\\72l({E}/a.png)}}</style>",
    "an unclosed url": f'<p style="background:url({E}/a.png">x</p>',
    "cross-fade": f"""<p style="background:cross-fade(url(a.png), '{E}/b.png' 50%)">x</p>""",
    "a ping": f'<a href="/x" ping="/p {E}/p">x</a>',
    "a preload's imagesrcset": f'<link rel=preload as=image href=a.png imagesrcset="{E}/a 1x">',
    "a srcset's second candidate": f'<img src="a.png" srcset="a.png 1x, {E}/b.png 2x">',
    "an SVG <set> of href": f'<svg><a><set attributeName="href" to="{E}/x"/></a></svg>',
    "an SVG <animate> of href": f'<svg><image><animate attributeName="href" values="a;{E}/x"/>'
    "</image></svg>",
    "fill=url()": f'<svg><rect fill="url({E}/g.svg#g)"/></svg>',
    "cursor=url()": f'<svg><rect cursor="url({E}/c.cur), auto"/></svg>',
    "an SVG pattern's href": f'<svg><pattern href="{E}/p.svg#x"/></svg>',
    "a video's poster": '<video poster="//evil.example/p.png"></video>',
    "a manifest": f'<html manifest="{E}/m.appcache"><p>x</p></html>',
    "an xml:base": f'<svg><g xml:base="{E}/"><image href="a.png"/></g></svg>',
}  # fmt: skip
PLAIN = {
    "text in brackets": '<p class="x" title="Rektor (ansvarig)">Hej (då)</p>',
    "a link to another site": '<a href="https://strandvik.se/">Strandvik</a>',
    "a local fill and use": '<svg><rect fill="url(#g)"/><use href="#a"/></svg>',
    "an alt text that names an address": '<img src="foton/Johan Ek.png" alt="url(https://x)">',
    "a srcset of this site": '<img src="a.png" srcset="a.png 1x, b.png 2x">',
    "a style of this site": "<p style=\"background:image-set('a.png' 1x);color:rgb(1,2,3)\">x</p>",
}


@pytest.mark.parametrize("page", FETCHING.values(), ids=list(FETCHING))
def test_what_fetches_from_another_host_is_refused_wherever_it_stands(page: str) -> None:
    found = list(scan_html(page, frozenset()))
    assert found and all("annan värd" in why for why in found), found


def test_a_style_sheet_split_by_an_element_in_an_xml_page_is_read_whole() -> None:
    """An element inside <style> ends no style sheet in XML: the text after it is CSS too."""
    page = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><style>a{}<b/>body{background:'
        "url(&#104;ttps://evil.example/x)}</style></head><body/></html>"
    )
    assert page_problems(page.encode(), ".xhtml", frozenset())


@pytest.mark.parametrize("page", PLAIN.values(), ids=list(PLAIN))
def test_what_fetches_nothing_from_elsewhere_passes(page: str) -> None:
    assert list(scan_html(page, frozenset())) == []


def test_every_address_a_css_function_takes_is_read() -> None:
    css = (
        f"@import '{E}/a.css'; a{{b:-webkit-image-set(\"//e.example/a\" 1x, url(x.png) 2x);"
        f'c:src("{E}/s"); d:image("{E}/i"); content:"https://only.text"}}'
    )
    assert css_addresses(css) == [f"{E}/a.css", "//e.example/a", "x.png", f"{E}/s", f"{E}/i"]


XHTML = (
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body>{}</body></html>'
)
AS_XML = {
    "a script under a prefix": '<h:script xmlns:h="http://www.w3.org/1999/xhtml">x()</h:script>',
    "an iframe under a prefix": f'<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="{E}"/>',
    "a style with a character reference": "<style>p{{background:url(&#x68;ttps://e.example/a)}}"
    "</style>",
    "an SVG image by xlink": f'<svg xmlns="http://www.w3.org/2000/svg" '
    f'xmlns:l="http://www.w3.org/1999/xlink"><image l:href="{E}/a.png"/></svg>',
}  # fmt: skip


@pytest.mark.parametrize("body", AS_XML.values(), ids=list(AS_XML))
@pytest.mark.parametrize("suffix", [".xhtml", ".xht", ".xml"])
def test_a_file_read_as_xml_is_looked_at_as_xml(body: str, suffix: str) -> None:
    assert page_problems(XHTML.format(body).encode(), suffix, frozenset())


def test_an_xml_stylesheet_or_a_dtd_of_its_own_or_utf16_is_refused() -> None:
    feed = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Nytt</title></feed>'
    assert page_problems(feed.encode(), ".xml", frozenset()) == []
    sheet = f'<?xml-stylesheet href="{E}/a.xsl" type="text/xsl"?>{feed}'
    assert page_problems(sheet.encode(), ".xml", frozenset()) == [
        "bearbetningsinstruktionen <?xml-stylesheet?>"
    ]
    entity = '<!DOCTYPE feed [<!ENTITY e "x">]>' + feed
    assert page_problems(entity.encode(), ".xml", frozenset()) == ["en DTD med egna deklarationer"]
    assert "en sida som inte är skriven i UTF-8" in page_problems(
        XHTML.format("x").encode("utf-16"), ".xhtml", frozenset()
    )


UNSAFE_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
SITEMAP = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://s.se/</loc></url></urlset>'


def test_a_packed_file_is_looked_at_as_what_it_holds_or_refused(tmp_path: Path) -> None:
    site, theme = tmp_path / "site", tmp_path / "theme"
    site.mkdir()
    theme.mkdir()
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP))
    (site / "logga.svgz").write_bytes(gzip.compress(UNSAFE_SVG))
    page = f'<meta charset="utf-8"><img src="{E}/a.png">'
    (site / "sida.html.gz").write_bytes(gzip.compress(page.encode()))
    (site / "bild.svg.br").write_bytes(b"\x0b\x02\x80")
    (site / "ren.svgz").write_bytes(b"<svg/>")  # not gzip: a browser cannot show it
    (site / "theme.br").write_bytes(b"\x0b\x02\x80")
    (theme / "theme.br").write_bytes(b"\x0b\x02\x80")  # the theme's own: not read either
    found = list(file_problems(site, (str(theme),)))
    unread = "en packad fil som granskningen inte kan läsa – ta bort den ur temamappen"
    assert found == [
        f"bild.svg.br: {unread} (custom_dir under theme)",
        "logga.svgz: en komprimerad SVG-bild som inte är säker: filen har elementet <script> "
        "(rad 1 i SVG-filen)",
        "ren.svgz: en komprimerad fil som inte går att läsa",
        "sida.html.gz: en komprimerad sida med <img src> hämtar från en annan värd",
        f"theme.br: {unread} (custom_dir under theme)",
    ], found


def test_an_svg_file_s_css_may_name_no_address_in_any_function() -> None:
    """The SVG check (`validate.svgsafety`) reads CSS's addresses as the last look does."""
    from generator.validate.svgsafety import UnsafeSvg, check_svg

    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><style>a{{b:src("{E}/f")}}</style></svg>'
    with pytest.raises(UnsafeSvg, match="CSS som hämtar"):
        check_svg(svg.encode())


def test_a_gzip_file_past_the_limit_in_its_second_member_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first member that fills the limit exactly left the next one unlimited (zlib reads
    a max_length of 0 as none): a gzip bomb in the second member."""
    from generator.personal_data import published

    monkeypatch.setattr(published, "MAX_UNPACKED", 1000)
    data = gzip.compress(b"a" * 1000) + gzip.compress(b"b" * 100_000)
    with pytest.raises(published.Unreadable):
        published.gunzipped(data)
