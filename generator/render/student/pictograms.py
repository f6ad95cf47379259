"""Pictograms (bildstöd) for the student pages: Material Design Icons, inlined as SVG.

The icons ship with mkdocs-material (`material/templates/.icons/material/*.svg`,
Pictogrammers Free License), so nothing is fetched from the network. Material's own
`:material-name:` shortcodes give an SVG without an accessible name, so we inline
the files ourselves:

* `pictogram(name)` when the text next to it says the same: hidden from screen
  readers with `aria-hidden="true"`;
* `pictogram(name, label)` when the icon carries meaning of its own (for example a
  phone icon before a number): `role="img"` and `aria-label`.

Visible text always goes with a pictogram; the icon never stands alone.
"""

from __future__ import annotations

import functools
import html
import re
from importlib import resources

ICON_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SVG_FILE = re.compile(r'<svg[^>]*\sviewBox="([^"]+)"[^>]*>(.*)</svg>', re.DOTALL)

# What each pictogram means on the student pages -> the Material Design Icon.
SECTION_ICONS: dict[str, str] = {
    "title": "shield-check",
    "read_aloud": "book-open-variant",
    "vision": "white-balance-sunny",
    "measures": "hand-heart",
    "talk": "forum",
    "tell": "account-voice",
    "rights": "scale-balance",
    "participation": "account-group",
    "outside": "lifebuoy",  # help outside the school (render.student.outside)
}
CONTACT_ICONS: dict[str, str] = {
    "person": "account",
    "team": "account-group",
    "email": "email",
    "phone": "phone",
    "channel": "message-alert",  # the school's own way to tell (skola.yml säg_till)
}
# The seven grounds and the definitions shown under "Dina rättigheter".
RIGHTS_ICONS: dict[str, str] = {
    "kränkande_behandling": "emoticon-sad-outline",
    "trakasserier": "account-alert",
    "sexuella_trakasserier": "hand-back-left",
    "kön": "gender-male-female",
    "könsöverskridande_identitet_eller_uttryck": "gender-transgender",
    "etnisk_tillhörighet": "earth",
    "religion_eller_annan_trosuppfattning": "hands-pray",
    "funktionsnedsättning": "wheelchair-accessibility",
    "sexuell_läggning": "heart-multiple",
    "ålder": "human-male-child",
}
# A step of the ärendegång gets the icon of the first keyword in its id
# (ids are ASCII: "anmal-rektor", "folja-upp"); other steps get their number.
STEP_ICONS: tuple[tuple[str, str], ...] = (
    ("ingrip", "hand-back-left"),
    ("stopp", "hand-back-left"),
    ("hem", "home-heart"),
    ("vardnad", "home-heart"),
    ("anmal", "account-tie"),
    ("utred", "ear-hearing"),
    ("samtal", "ear-hearing"),
    ("atgard", "clipboard-check"),
    ("aterkoppl", "message-reply-text"),  # what the investigation found, told to the family
    ("folj", "calendar-check"),
    ("avslut", "check-circle"),
)
ALL_ICONS = frozenset(
    [*SECTION_ICONS.values(), *CONTACT_ICONS.values(), *RIGHTS_ICONS.values()]
    + [icon for _keyword, icon in STEP_ICONS]
    + [f"numeric-{n}-circle" for n in range(1, 10)]
)


def pictogram(name: str, label: str = "") -> str:
    """An inline `<svg class="trygg-icon">`: hidden when `label` is empty, else named by it."""
    view_box, body = _icon(name)
    access = f'role="img" aria-label="{html.escape(label)}"' if label else 'aria-hidden="true"'
    return f'<svg class="trygg-icon" viewBox="{view_box}" {access} focusable="false">{body}</svg>'


def step_icon(step_id: str, number: int) -> str:
    """The icon name for a step of the pupil's flow: by keyword, else its number (1–9)."""
    for keyword, icon in STEP_ICONS:
        if keyword in step_id:
            return icon
    return f"numeric-{min(max(number, 1), 9)}-circle"


@functools.cache
def _icon(name: str) -> tuple[str, str]:
    """The viewBox and inner markup of a bundled Material Design Icon."""
    if not ICON_NAME.match(name):
        raise ValueError(f"not an icon name: {name!r}")
    path = resources.files("material") / "templates" / ".icons" / "material" / f"{name}.svg"
    match = SVG_FILE.search(path.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"unexpected SVG in {name}.svg")
    return match.group(1), match.group(2).strip()
