"""A link to an address from content (`render.markdown.blocks.external`), as Markdown."""

from __future__ import annotations

import markdown

from generator.render.markdown.blocks import external


def test_an_address_with_brackets_is_linked_whole() -> None:
    linked = external("Bris", "https://sv.wikipedia.org/wiki/Bris_(organisation)")
    html = markdown.markdown(linked)
    assert 'href="https://sv.wikipedia.org/wiki/Bris_%28organisation%29"' in html
    assert html == '<p><a href="https://sv.wikipedia.org/wiki/Bris_%28organisation%29">Bris</a></p>'


def test_an_apostrophe_in_an_address_keeps_the_link_whole() -> None:
    html = markdown.markdown(external("Sidan", "https://example.se/barn's-sida"))
    assert html == '<p><a href="https://example.se/barn%27s-sida">Sidan</a></p>'


def test_an_unsafe_or_odd_address_is_shown_as_its_text_only() -> None:
    assert external("Klicka", "javascript:alert(1)") == "Klicka"
    assert external("Klicka", "https://example.se/a b") == "Klicka"
    assert external("Klicka", 'https://example.se/"x"') == "Klicka"
