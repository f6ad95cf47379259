"""Characters that a reader cannot see, and text compared as a reader sees it.

A name typed once with a zero-width space (U+200B) or an o and a combining diaeresis
(U+0308) instead of ö looks exactly like the other: messages that suggest the right
value must say what differs (`lookalike`), and comparisons must not be fooled. The schemas refuse
these characters in names (`skola.schema.json#/definitions/synlig_text`, the one
definition); this module names them in Swedish.
"""

from __future__ import annotations

import re
import unicodedata

# Swedish names for the invisible characters a copy from Word, a web page or a chat
# program leaves; any other is named by its kind.
NAMES = {
    "\u00ad": "mjukt bindestreck",
    "\u200b": "nollbreddsmellanslag",
    "\u200c": "nollbredds icke-sammanfogare",
    "\u200d": "nollbreddssammanfogare",
    "\u200e": "vänster-till-höger-markering",
    "\u200f": "höger-till-vänster-markering",
    "\u2060": "ordsammanfogare",
    "\ufeff": "nollbredds hårt mellanslag",
    "\u2028": "radavskiljare",
    "\u2029": "styckeavskiljare",
}


# Spaces that look like a plain one (U+0020) but are not one to YAML, which neither
# indents with them nor takes them after a key's colon or a list's dash: Word writes a
# non-breaking one between words it keeps together. Any other is named by its kind.
SPACES = {
    "\u00a0": "hårt mellanslag",
    "\u202f": "smalt hårt mellanslag",
    "\u2007": "siffermellanslag",
    "\u2009": "smalt mellanslag",
    "\u200a": "hårfint mellanslag",
    "\u3000": "brett mellanslag",
}
SPACE_SOURCES = {"\u00a0": "ofta från Word"}
OTHER_SPACE = "annat slags mellanslag"


def space_named(char: str) -> str:
    """`ett hårt mellanslag (U+00A0), ofta från Word`: a space that is not a plain one."""
    source = f", {SPACE_SOURCES[char]}" if char in SPACE_SOURCES else ""
    return f"ett {SPACES.get(char, OTHER_SPACE)} (U+{ord(char):04X}){source}"


# Cyrillic and Greek letters that look like Latin ones ("Sаra" with a Cyrillic а reads
# as Sara): what a reader takes them for (the scan for pupils'
# names, `personal_data`, and a value that looks like an allowed one, `validate.lookalike`).
LOOK_ALIKES = dict(
    zip(
        "АВЕКМНОРСТУХІЈЅԚԜ"  # Cyrillic capitals
        "аеорсухіјѕһԁԛԝ"  # Cyrillic small letters
        "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"  # Greek capitals
        "αοικνρυχ",  # Greek small letters
        "ABEKMHOPCTYXIJSQWaeopcyxijshdqwABEZHIKMNOPTYXaoikvpux",
        strict=True,
    )
)

# Control and format characters, and the line and paragraph separators (U+2028, U+2029),
# which YAML reads as line breaks: a name with one ends a comment it is written into.
INVISIBLE_KINDS = ("Cc", "Cf", "Zl", "Zp")


def is_invisible(char: str) -> bool:
    """A character a reader does not see as one (Unicode Cc, Cf, Zl, Zp)."""
    return unicodedata.category(char) in INVISIBLE_KINDS and char not in "\t\n\r"


# An emoji sequence's joiner (👩‍👧: woman, U+200D, girl) joins two pictographs into one
# that a reader sees; the schema's `synlig_text` lets it stand there, and only there.
PICTOGRAPH = re.compile(r"[\u2190-\u2bff\U0001F000-\U0001FAFF]")


def first_invisible(text: str) -> int | None:
    """The index of the first invisible character in `text`, or None."""
    return next(
        (i for i, char in enumerate(text) if is_invisible(char) and not _joins(text, i)), None
    )


def _joins(text: str, index: int) -> bool:
    """Whether the character at `index` is a joiner between two pictographs."""
    if text[index] != "\u200d" or index == 0 or index + 1 == len(text):
        return False
    before = text[index - 1]
    return bool(PICTOGRAPH.match(before) or before == "\ufe0f") and bool(
        PICTOGRAPH.match(text, index + 1)
    )


def named(char: str) -> str:
    """`U+200B (nollbreddsmellanslag)`: a character no one can see, by code and name."""
    if char in NAMES:
        name = NAMES[char]
    elif unicodedata.category(char) == "Cc":
        name = "kontrolltecken"
    elif "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        name = "styrtecken för textens riktning"
    else:
        name = "osynligt formattecken"
    return f"U+{ord(char):04X} ({name})"


def shown(text: str) -> str:
    """`text` with each invisible character written as its code, ⟨U+200B⟩, so that a
    message shows where it is."""
    return "".join(f"⟨U+{ord(c):04X}⟩" if is_invisible(c) else c for c in text)


def where(text: str, index: int) -> str:
    """Where the character at `index` is, in words: after which letters, or first."""
    before = "".join(c for c in text[:index] if not is_invisible(c))[-20:]
    place = f"efter '{before}'" if before else "först"
    return f"{place} (tecken {index + 1})"


def refusal(written: str) -> tuple[str, str] | None:
    """Why a name or an id with an invisible character is refused (the message's words
    after the value) and how to fix it; None when it has none."""
    if (index := first_invisible(written)) is None:
        return None
    why = f"har ett osynligt tecken, {named(written[index])}, {where(written, index)}"
    hint = (
        "ta bort tecknet (radera texten och skriv den på nytt): namn, rubriker och id får "
        "inte ha osynliga styrtecken, för då ser två olika texter likadana ut"
    )
    return why, hint


def visible(text: str) -> str:
    """`text` as a reader sees it: composed (NFC), without invisible characters."""
    composed = unicodedata.normalize("NFC", text)
    return "".join(c for c in composed if not is_invisible(c))
