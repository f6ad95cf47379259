"""How `trygg build` hands a site to the plugin: `building(site)` around MkDocs' build.

Inside the block the plugin builds the site it is handed instead of checking content
itself, and takes the pages a `Reuse` names from the last build (`site.reuse`). Outside
any block (`mkdocs build`, `mkdocs serve`) nothing is handed over.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from generator.render.sitecontent import SiteContent
from generator.site.reuse import Reuse

_HANDED_OVER: list[SiteContent] = []
_REUSE: list[Reuse | None] = []


@contextlib.contextmanager
def building(site: SiteContent, reuse: Reuse | None = None) -> Iterator[None]:
    """Inside the block, the plugin builds `site` instead of checking content itself,
    taking the pages `reuse` names from the last build (`site.reuse`)."""
    _HANDED_OVER.append(site)
    _REUSE.append(reuse)
    try:
        yield
    finally:
        _HANDED_OVER.pop()
        _REUSE.pop()


def handed_over() -> SiteContent | None:
    """The site `trygg build` handed over, None in a plain `mkdocs build` or `serve`."""
    return _HANDED_OVER[-1] if _HANDED_OVER else None


def reused() -> Reuse | None:
    """The pages to take from the last build, for the site handed over (None: none)."""
    return _REUSE[-1] if _REUSE else None
