"""Settings of mkdocs.yml that would make trygg's pages ask another host, or write into
every page what the last look refuses: said once here, for `trygg build` (the MkDocs
adapter, `site.configrefusals`, from the configuration MkDocs read) and `trygg check`
(`check.siteconfig`, from the file as YAML, without MkDocs).

The last look (`site.lastlook`) refuses every page that loads anything from another host,
but a setting every site shares (a script or style sheet from a CDN, an analytics
service, a remote favicon or logo, anything but text and plain links in `copyright`)
would then refuse every school and the portal at the end of a whole build, told at the
built files. And Material's box for `repo_url` loads nothing itself: its script asks
the repository host's API (api.github.com, a GitLab's) for stars and releases on every
page view, which no look at a page can see.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from generator.validate.ownedsettings import OwnedSettings, owned_in, owned_refusals
from generator.validate.svgreferences import safe_link, safe_url

ASKS_ANOTHER_HOST = (
    "varje gång en sida visas, och trygg:s sidor hämtar aldrig något från andra webbplatser"
)
IN_THEME = "lägg filen i temamappen (custom_dir under theme) och skriv sökvägen dit"
# What `copyright` may hold, read as a browser reads it: the theme prints the setting as
# HTML in every page's footer. Text, and links with only an address and a title.
COPYRIGHT_ATTRIBUTES = frozenset({"href", "title"})


@dataclass(frozen=True)
class SiteSettings:
    """The settings of mkdocs.yml the refusals read, as plain values."""

    repo_url: str = ""
    extra_javascript: tuple[str, ...] = ()
    extra_css: tuple[str, ...] = ()
    analytics: bool = False
    favicon: str = ""
    logo: str = ""
    copyright: str = ""
    owned: OwnedSettings = field(default_factory=OwnedSettings)  # docs_dir, trygg's own


def settings_in(data: Mapping[str, Any]) -> SiteSettings:
    """The settings as mkdocs.yml writes them (`load.mkdocsfile`); a value of another form
    is MkDocs' to refuse, and read here as not set."""
    theme = data.get("theme")
    images = theme if isinstance(theme, dict) else {}
    extra = data.get("extra")
    return SiteSettings(
        repo_url=_text(data.get("repo_url")),
        extra_javascript=_addresses(data.get("extra_javascript")),
        extra_css=_addresses(data.get("extra_css")),
        analytics=isinstance(extra, dict) and bool(extra.get("analytics")),
        favicon=_text(images.get("favicon")),
        logo=_text(images.get("logo")),
        copyright=_text(data.get("copyright")),
        owned=owned_in(data),
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _addresses(entries: object) -> tuple[str, ...]:
    """A list's addresses: each a string, or a mapping with `path` (a script's `type`)."""
    found = entries if isinstance(entries, list) else []
    return tuple(_text(e.get("path") if isinstance(e, dict) else e) for e in found)


@dataclass(frozen=True)
class Refusal:
    """One refused setting: where it stands in mkdocs.yml (its keys, then the entry), what
    is wrong and what to do, in Swedish."""

    path: tuple[str, ...]
    message: str
    hint: str

    def said(self, place: str) -> str:
        return f"{place}: {self.message} – {self.hint}"


def refused(settings: SiteSettings) -> Iterator[Refusal]:
    """Each setting that would make a reader's browser ask another host, or write into
    every page what the last look refuses; first those that would publish the content as it
    stands or that trygg owns (`validate.ownedsettings`)."""
    for owned in owned_refusals(settings.owned):
        yield Refusal(owned.path, owned.message, owned.hint)
    if settings.repo_url:
        yield Refusal(
            ("repo_url",),
            "repo_url gör att besökarnas webbläsare hämtar uppgifter om förrådet från en annan "
            f"webbplats {ASKS_ANOTHER_HOST}",
            "ta bort raden (länka hellre till förrådet från en egen sida)",
        )
    for key, kind in (("extra_javascript", "ett skript"), ("extra_css", "en stilmall")):
        for address in getattr(settings, key):
            if not safe_url(address):
                yield Refusal(
                    (key, address),
                    f"{key} → {address} hämtar {kind} från en annan webbplats {ASKS_ANOTHER_HOST}",
                    f"ta bort raden, eller {IN_THEME}",
                )
    if settings.analytics:
        yield Refusal(
            ("extra", "analytics"),
            "analytics gör att temat hämtar ett skript för besöksstatistik från en annan "
            f"webbplats {ASKS_ANOTHER_HOST}",
            "ta bort analytics",
        )
    yield from _images(settings)
    if why := copyright_problem(settings.copyright):
        yield Refusal(
            ("copyright",),
            f"copyright har {why}, som inte får stå på sidorna",
            "skriv bara text och länkar (<a href=…>, med title om du vill) i copyright",
        )


def _images(settings: SiteSettings) -> Iterator[Refusal]:
    for key, address in (("favicon", settings.favicon), ("logo", settings.logo)):
        if address and not safe_url(address):
            yield Refusal(
                ("theme", key),
                f"theme → {key} → {address} hämtar en bild från en annan webbplats "
                f"{ASKS_ANOTHER_HOST}",
                "lägg bilden i temamappen (custom_dir under theme) och skriv sökvägen dit",
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
