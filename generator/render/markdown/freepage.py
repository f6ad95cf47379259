"""A hand-written page (sidor/*.md) as its site's Markdown: the title as the page's only
h1, the body made safe. The check reads the same to know the page's anchors."""

from __future__ import annotations

from generator.render.markdown.blocks import heading, page
from generator.render.markdown.safety import plain, sanitize


def free_page_markdown(title: str, body: str) -> str:
    """The author's headings start at h2, so the title stays the only h1."""
    return page(heading(1, plain(title)), sanitize(body, headings_from=2))
