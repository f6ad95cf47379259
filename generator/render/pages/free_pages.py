"""Hand-written pages from sidor/*.md: the title as the page's only h1, the body made safe."""

from __future__ import annotations

from generator.model import FreePage
from generator.render.markdown.blocks import heading, page
from generator.render.markdown.safety import plain, sanitize


def render_free_page(free_page: FreePage) -> str:
    """The author's headings start at h2, so the title stays the only h1."""
    return page(heading(1, plain(free_page.title)), sanitize(free_page.body, headings_from=2))
