"""A code in the granskning's text, as a reader can follow it: "TP057" in a status ("Inte
publicerad: fel i planen (TP057 ×3)") becomes a link to its rule on the rules pages,
titled with the rule's title, so no code stands without its meaning."""

from __future__ import annotations

import re
from html import escape

from generator import codes

CODE = re.compile(r"\bTP\d{3}\b")


def code_link(code: str, rules_link: str) -> str:
    """The code linked to its rule (`codes.rule_address`), the rule's title on hover."""
    known = codes.code(code)
    href = escape(rules_link + codes.rule_address(code))
    return f'<a href="{href}" title="{escape(known.title)}" class="trygg-code">{code}</a>'


def linked_codes(escaped: str, rules_link: str) -> str:
    """Escaped text with every code in it linked to its rule; as it was without a link."""
    if not rules_link:
        return escaped
    return CODE.sub(lambda found: code_link(found[0], rules_link), escaped)
