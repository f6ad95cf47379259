"""Settings of mkdocs.yml that would make trygg's pages ask another host: refused before
anything is built, at their line, with how to fix them.

The last look (`site.lastlook`) refuses every page that loads anything from another host,
but a setting every site shares (a script or style sheet from a CDN, an analytics
service, a `<style>` or `<meta>` in `copyright`) would then refuse every school and the
portal at the end of a whole build, told at the built files. And Material's box for
`repo_url` loads nothing itself: its script asks the repository host's API
(api.github.com, a GitLab's) for stars and releases on every page view, which no look
at a page can see.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from generator.site.lastlook import same_site

Place = Callable[[list[str]], str]  # "mkdocs.yml:12:3" for a setting's path in the file

ASKS_ANOTHER_HOST = (
    "varje gång en sida visas, och trygg:s sidor hämtar aldrig något från andra webbplatser"
)
# Elements of `copyright` that load, style or redirect the page (`lastlook.FORBIDDEN` and
# more): the theme prints the setting as HTML in every page's footer.
TAG_IN_COPYRIGHT = re.compile(
    r"<\s*(script|style|meta|link|base|iframe|frame|object|embed|img|svg|form)\b", re.I
)


def refusals(config: Any, place: Place) -> Iterator[str]:
    """Each setting of `config` that would make a reader's browser ask another host, or
    write into every page what the last look refuses, in Swedish at its place."""
    if config.repo_url:
        yield (
            f"{place(['repo_url'])}: repo_url gör att besökarnas webbläsare hämtar uppgifter om "
            f"förrådet från en annan webbplats {ASKS_ANOTHER_HOST} – ta bort raden (länka hellre "
            "till förrådet från en egen sida)"
        )
    for key, kind in (("extra_javascript", "ett skript"), ("extra_css", "en stilmall")):
        for entry in config[key]:
            address = str(getattr(entry, "path", entry))
            if not same_site(address):
                yield (
                    f"{place([key, address])}: {key} → {address} hämtar {kind} från en annan "
                    f"webbplats {ASKS_ANOTHER_HOST} – ta bort raden, eller lägg filen i temamappen "
                    "(custom_dir under theme) och skriv sökvägen dit"
                )
    if config.extra.get("analytics"):
        yield (
            f"{place(['extra', 'analytics'])}: analytics gör att temat hämtar ett skript för "
            f"besöksstatistik från en annan webbplats {ASKS_ANOTHER_HOST} – ta bort analytics"
        )
    if found := TAG_IN_COPYRIGHT.search(config.copyright or ""):
        yield (
            f"{place(['copyright'])}: copyright har elementet <{found[1].lower()}>, som inte "
            "får stå på sidorna – skriv bara text och länkar (<a href=…>) i copyright"
        )
