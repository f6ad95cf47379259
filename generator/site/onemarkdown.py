"""One Markdown converter per site instead of one per page (a speed-up of `trygg build`).

MkDocs' `Page.render` makes a new `markdown.Markdown` with every extension of the site
for each page: loading the extensions and building their registries was about a twentieth
of converting a page. `one_markdown_per_site` replaces `Page.render`, inside the block,
with the same steps on one converter per site, reset between pages as Python-Markdown
intends (`Markdown.reset`); MkDocs' own per-page processors (raw HTML anchors, anchors,
relative links, the title) are made and registered for each page, as MkDocs does. Each
text of a page that no inline pattern can match skips the patterns (`site.plaininline`).

It is used only where the result is known to be the same as MkDocs' own:

- MkDocs' `Page.render` is the very source it was written against (`RENDER_SOURCE`),
  else MkDocs renders, with a warning (`internals.warn_once`);
- every extension of the site is one trygg configures itself (`REUSABLE`), whose state
  between pages `Markdown.reset` clears, and every custom fence of superfences says how
  it is reset (trygg's diagram fences count figures per converter); otherwise each page
  of that site is rendered by MkDocs.

`tests/test_one_markdown.py` compares every page of the example's and of synthetic
sites, and hostile pages in sequence, with MkDocs' own render.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import markdown
from mkdocs.structure import pages
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.site.internals import source_digest, warn_once
from generator.site.plaininline import skip_plain_texts
from generator.site.siteconfig import SUPERFENCES

# sha256 of `inspect.getsource(Page.render)` in MkDocs 1.6.1, which `_render` repeats.
RENDER_SOURCE = "320529348f7a8af1"
# The extensions whose state between pages `Markdown.reset` clears (checked in the tests).
REUSABLE = frozenset({
    "markdown.extensions.toc.TocExtension",
    "markdown.extensions.tables.TableExtension",
    "markdown.extensions.admonition.AdmonitionExtension",
    "markdown.extensions.attr_list.AttrListExtension",
    "markdown.extensions.md_in_html.MarkdownInHtmlExtension",
    "markdown.extensions.def_list.DefListExtension",
    "markdown.extensions.fenced_code.FencedCodeExtension",  # MkDocs' default, under superfences
    "pymdownx.details.DetailsExtension",
    "pymdownx.superfences.SuperFencesCodeExtension",
    "pymdownx.highlight.HighlightExtension",
    "pymdownx.emoji.EmojiExtension",
})  # fmt: skip


def render_patchable() -> bool:
    """Whether `Page.render` is the source `_render` repeats, and the per-page
    processors it makes are there."""
    needed = ("_RawHTMLPreprocessor", "_ExtractAnchorsTreeprocessor",
              "_RelativePathTreeprocessor", "_ExtractTitleTreeprocessor")  # fmt: skip
    there = all(hasattr(pages, name) for name in needed)
    return there and source_digest(Page.render) == RENDER_SOURCE


@contextlib.contextmanager
def one_markdown_per_site() -> Iterator[None]:
    """Inside the block, the pages of a site share one Markdown converter (see above)."""
    if not render_patchable():
        warn_once("Page.render")
        yield
        return
    original = Page.render
    held: list[tuple[Any, str, markdown.Markdown | None]] = []

    def render(page: Page, config: Any, files: Any) -> None:
        md = _converter(held, config)
        if md is None:
            original(page, config, files)
            return
        try:
            _render(page, md, config, files)
        except BaseException:
            held.clear()  # half-way through a page: the next page gets a new converter
            raise

    Page.render = render  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Page.render = original  # type: ignore[method-assign]


def _converter(held: list[tuple[Any, str, markdown.Markdown | None]], config: Any) -> Any:
    """The site's converter, made for its first page; None where MkDocs must render."""
    extensions, settings = config["markdown_extensions"], config["mdx_configs"] or {}
    settled = repr((extensions, settings))  # extension settings changed: a new converter
    if held and held[0][0] is config and held[0][1] == settled:
        return held[0][2]
    made = markdown.Markdown(extensions=extensions, extension_configs=settings)
    md = made if known_extensions(extensions) and reusable(made, settings) else None
    if md is not None:
        skip_plain_texts(md)
    held[:] = [(config, settled, md)]
    return md


def reusable(md: markdown.Markdown, settings: dict[str, Any]) -> bool:
    """Whether converting page after page with `md` gives what new converters give: it
    has only known extensions (also those that do not register themselves by name), and
    each custom fence of superfences says how it is reset."""
    names = {f"{type(e).__module__}.{type(e).__qualname__}" for e in md.registeredExtensions}
    fences = settings.get(SUPERFENCES, {}).get("custom_fences", [])
    return names <= REUSABLE and all("reset" in fence for fence in fences)


def known_extensions(extensions: list[Any]) -> bool:
    """Whether every extension mkdocs.yml names is one in `REUSABLE`."""
    modules = {name.rsplit(".", 1)[0] for name in REUSABLE}
    return all(
        isinstance(e, str) and (e in modules or f"markdown.extensions.{e}" in modules)
        for e in extensions
    )


def fresh_state(md: markdown.Markdown) -> None:
    """`md` as a new converter is before its first page."""
    md.reset()
    for processor in md.parser.blockprocessors:  # admonitions, details: as when made
        if getattr(processor, "current_sibling", None) is not None:
            processor.current_sibling = None  # type: ignore[attr-defined]


def _render(page: Page, md: markdown.Markdown, config: Any, files: Any) -> None:
    """MkDocs 1.6.1's `Page.render`, with `md` reset instead of made anew."""
    if page.markdown is None:
        raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
    fresh_state(md)
    raw_html_ext = pages._RawHTMLPreprocessor()
    raw_html_ext._register(md)
    extract_anchors_ext = pages._ExtractAnchorsTreeprocessor(page.file, files, config)
    extract_anchors_ext._register(md)
    relative_path_ext = pages._RelativePathTreeprocessor(page.file, files, config)
    relative_path_ext._register(md)
    extract_title_ext = pages._ExtractTitleTreeprocessor()
    extract_title_ext._register(md)

    page.content = md.convert(page.markdown)
    page.toc = get_toc(getattr(md, "toc_tokens", []))
    page._title_from_render = extract_title_ext.title
    page.present_anchor_ids = (
        extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
    )
    if pages.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = relative_path_ext.links_to_anchors
