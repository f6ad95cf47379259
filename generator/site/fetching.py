"""What in an element's attributes would make a browser fetch from another host or run
script: the attribute half of the last look (`site.lastlook` for pages as HTML,
`site.xmllook` for files a browser reads as XML).

Allow-listed where it can be: an `href` is a link only on `<a>` and `<area>` (elsewhere
it fetches: `<link>`, SVG's `<use>`, `<image>`, `<feImage>`…), every address in an
attribute known to fetch must be this site's (`svgreferences.safe_url`; a link's:
`svgreferences.safe_link`), and wherever a
value holds a CSS function that takes an address (`url(`, `image-set(`…:
`validate.svgreferences`), in a `style` or a presentation attribute such as `fill` or
`cursor`, so must each of its addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from generator.validate.svgreferences import css_addresses, safe_link, safe_url

# Attributes whose addresses a browser fetches (or sends to: `ping`, a form's `action`).
LOADING = frozenset(
    {
        "src", "srcset", "imagesrcset", "poster", "data", "background", "action", "formaction",
        "ping", "manifest", "lowsrc", "dynsrc", "longdesc", "codebase", "archive", "icon",
        "profile", "base",  # xml:base, which relative addresses after it are read against
    }
)  # fmt: skip
LINKING = frozenset({"a", "area"})  # where an `href` is a link a reader follows
# SVG's animations set another attribute (`attributeName`) to these values: an `href`
# set to another host's address fetches it.
ANIMATIONS = frozenset({"set", "animate", "animatemotion", "animatetransform", "animatecolor"})
ANIMATED = frozenset({"to", "from", "by", "values"})
# Elements that embed another document or change where the page's addresses lead: never
# on a page trygg publishes, in HTML (`site.lastlook`) or XML (`site.xmllook`).
FORBIDDEN = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base"})
# Attributes whose value is text a reader is shown, never read as CSS.
SHOWN = frozenset({"alt", "title", "aria-label", "content", "value", "placeholder"})
ADDRESS_APART = re.compile(r"[\s,;]+")  # between srcset's candidates, ping's addresses…


def inert(name: str) -> bool:
    """Whether an attribute of this name is passed whatever its element, when its value
    holds no parenthesis (no CSS function): most are (class, id, aria-*)."""
    local = name.lower().rpartition(":")[2]
    return not local.startswith("on") and local not in LOADING | ANIMATED | {"href", "style"}


def attribute_problems(tag: str, attributes: Mapping[str, str | None]) -> Iterator[str]:
    """What each attribute of an element `tag` (lower case) would fetch or run."""
    for name, value in attributes.items():
        yield from _attribute_problems(tag, name.lower(), value or "")


def _attribute_problems(tag: str, name: str, value: str) -> Iterator[str]:
    local = name.rpartition(":")[2]
    if local.startswith("on"):
        yield f"händelseattributet {name} på <{tag}>"
    elif (
        local in LOADING
        or (local == "href" and tag not in LINKING)
        or (local in ANIMATED and tag in ANIMATIONS)
    ):
        if not all(safe_url(part) for part in ADDRESS_APART.split(value)):
            yield f"<{tag} {name}> hämtar från en annan värd"
    elif local == "href" and not safe_link(value):
        yield f"<{tag} {name}> med en otillåten adress"
    elif local == "style" or ("(" in value and local not in SHOWN and not _data(local)):
        yield from css_problems(value)


def _data(local: str) -> bool:
    """`data-*` and `aria-*`: the page's own data and words for assistive technology."""
    return local.startswith(("data-", "aria-"))


def css_problems(css: str) -> Iterator[str]:
    """CSS (a style sheet, a `style`, a presentation attribute) that fetches from elsewhere."""
    if not all(safe_url(address) for address in css_addresses(css)):
        yield "CSS som hämtar från en annan värd"
