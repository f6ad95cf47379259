"""Settings of mkdocs.yml that would make trygg's pages ask another host: refused before
anything is built, at their line, with how to fix them.

The last look (`site.lastlook`) refuses every page that loads anything from another host,
but a setting every site shares (a script or style sheet from a CDN, an analytics
service, a remote favicon or logo, anything but text and plain links in `copyright`)
would then refuse every school and the portal at the end of a whole build, told at the
built files. And Material's box for
`repo_url` loads nothing itself: its script asks the repository host's API
(api.github.com, a GitLab's) for stars and releases on every page view, which no look
at a page can see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from generator.site.fetching import safe_link
from generator.validate.svgreferences import safe_url

Place = Callable[[list[str]], str]  # "mkdocs.yml:12:3" for a setting's path in the file

ASKS_ANOTHER_HOST = (
    "varje gång en sida visas, och trygg:s sidor hämtar aldrig något från andra webbplatser"
)
# What `copyright` may hold, read as a browser reads it: the theme prints the setting as
# HTML in every page's footer. Text, and links with only an address and a title.
COPYRIGHT_ATTRIBUTES = frozenset({"href", "title"})


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
            if not safe_url(address):
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
    for key in ("favicon", "logo"):
        if (address := config.theme.get(key)) and not safe_url(str(address)):
            yield (
                f"{place(['theme', key])}: theme → {key} → {address} hämtar en bild från en "
                f"annan webbplats {ASKS_ANOTHER_HOST} – lägg bilden i temamappen (custom_dir "
                "under theme) och skriv sökvägen dit"
            )
    if why := copyright_problem(config.copyright or ""):
        yield (
            f"{place(['copyright'])}: copyright har {why}, som inte får stå på sidorna – "
            "skriv bara text och länkar (<a href=…>, med title om du vill) i copyright"
        )


def copyright_problem(html: str) -> str:
    """The first element or attribute in `html` that is neither text nor a plain link to
    http(s), mailto or tel (`<a href title>`), in words; "" when there is none."""
    if "<" not in html:
        return ""
    root = LexborHTMLParser(f"<body>{html}").root
    for node in root.traverse(include_text=False) if root is not None else ():
        tag, attributes = (node.tag or "").lower(), node.attributes
        if tag in ("html", "head", "body") and attributes:  # `<body onload>` joins the page's
            return f"attributet {sorted(attributes)[0]} på <{tag}>"
        if tag in ("html", "head", "body", "-comment"):
            continue
        if tag != "a":
            return f"elementet <{tag}>"
        if extra := sorted(set(attributes) - COPYRIGHT_ATTRIBUTES):
            return f"attributet {extra[0]} på <a>"
        if not safe_link(attributes.get("href") or ""):
            return "en länk med en otillåten adress"
    return ""
