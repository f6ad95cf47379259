"""Hand-written pages from sidor/*.md (`render.markdown.freepage`)."""

from __future__ import annotations

from generator.model import FreePage
from generator.render.markdown.freepage import free_page_markdown


def render_free_page(free_page: FreePage) -> str:
    return free_page_markdown(free_page.title, free_page.body)
