"""How to put a text in quotes that YAML reads as quotes, for the hints of TP003, TP010 and
TP014: `hur: "Samtal med klassråden, och …"`, with the key from the author's own line.

Word turns " into ” as the author types, and some keyboards give ‘ ’ or « »: to YAML these
are letters like any other, so a text in them is a text without quotes, which a comma
in { }, a `: ` or a ` #` cuts. The hint says so where the text starts with one.
"""

from __future__ import annotations

from generator.personal_data import has_personal_number
from generator.text import excerpt

# Each quote YAML takes for a letter, as it may open a text, with the one that closes it.
TYPOGRAPHIC = {"”": "”", "“": "”", "„": "”", "‘": "’", "’": "’", "‚": "’", "«": "»", "»": "«"}
FROM_WORD = frozenset("”“„‘’‚")


def quoting_hint(key: str, written: str) -> str:
    """`sätt hela texten inom raka citattecken: hur: "…"`, or where `written` starts with a
    typographic quote, why it did not count as one."""
    text = written.strip()
    opening = text[:1]
    line = quoted_line(key, text.strip("".join(TYPOGRAPHIC)) if opening in TYPOGRAPHIC else text)
    if opening not in TYPOGRAPHIC:
        return f"sätt hela texten inom raka citattecken: {line}"
    return f"{named(opening)} räknas inte som citattecken i YAML – använd raka citattecken: {line}"


def named(opening: str) -> str:
    """`citattecknen ” ” (från Word)`: the typographic pair `opening` begins, as the author
    sees it."""
    source = " (från Word)" if opening in FROM_WORD else ""
    return f"citattecknen {opening} {TYPOGRAPHIC[opening]}{source}"


def quoted_line(key: str, text: str) -> str:
    """`key: "text"` (`- "text"` for a list item), a long text shortened with …"""
    shown = quoted_value(text)
    return f"{key}: {shown}" if key else f"- {shown}"


def quoted_value(text: str) -> str:
    """`"text"` in YAML's double quotes, a long text shortened with …"""
    # Never a personnummer in a message, which CI logs keep (TP401); the line as it should
    # be written, its end too.
    shown = "…" if has_personal_number(text) else excerpt(text, end=True)
    shown = shown.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{shown}"'
