"""Each site's address from huvudman.yml's webbplats: sitemaps, canonical links, 404 pages.

The portal is published at `webbplats`, each school in `<id>/` below it.
"""

from __future__ import annotations

from generator.render.uris import site_address


def test_each_site_is_addressed_below_the_huvudmans_webbplats() -> None:
    assert site_address("https://skolor.strandvik.se") == "https://skolor.strandvik.se/"
    assert site_address("https://x.se/skolor/", "ek") == "https://x.se/skolor/ek/"
    assert site_address("https://x.se/skolor", "ek") == "https://x.se/skolor/ek/"
    assert site_address("", "ek") == site_address("") == ""
