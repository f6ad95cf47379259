"""The FYLL I marks on the content `trygg init` and `trygg ny-skola` start from.

Every line that holds a fact about trygg's example (a name, an address, a phone number)
and the top of every file of example texts get a mark, which `trygg check` reports
(TP304) until someone replaces the text and removes the mark. A name the user gave on
the command line is already theirs: its line is never marked.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import yaml

from generator.load.yamlsafe import safe_load
from generator.text import PAGE_NOTE, TEMPLATE_NOTE

FACT_KEYS = re.compile(
    r"^\s*(?:- )?\{?.*?\b(?:namn|nämnd|epost|telefon|gata|postnummer|ort|rektor|färg|"
    r"tillåtna_epostdomäner|ordningsregler|klagomål)\s*:"
)
EXAMPLE_WORDS = re.compile(r"strandvik|ekback|strandskol|solros", re.IGNORECASE)
BLOCK_START = re.compile(r":\s*[|>][-+]?\s*(?:#.*)?$")
FRONT_MATTER = re.compile(r"\A(---\n.*?\n---\n)", re.DOTALL)
PHOTO = re.compile(r",[ \t]*foto(?:_text)?:[ \t]*[^,}\n]*")
PAGE_MARK = f"{PAGE_NOTE} Skriv om den eller ta bort filen.\n\n"
TEXTS_MARK = TEMPLATE_NOTE + " Skriv om dem så att de gäller er och ta sedan bort den här raden.\n"


def marked(text: str, given: Collection[str] = ()) -> str:
    """`text` with a FYLL I mark after every line of a fact, except a name the user
    `given` on the command line (a fact already theirs); block texts are left as text."""
    lines, block_indent = [], -1
    for written in text.splitlines():
        line = written
        indent = len(line) - len(line.lstrip())
        inside = block_indent >= 0 and (indent > block_indent or not line.strip())
        if not inside:
            block_indent = indent if BLOCK_START.search(line) else -1
        fact = FACT_KEYS.match(line) or EXAMPLE_WORDS.search(line)
        if not inside and fact and "#" not in line and line.strip():
            line += "" if _names_one_of(line, given) else _mark(line)
        lines.append(line)
    return "\n".join(lines) + "\n"


# What a fact's mark says where the bare FYLL I would not tell why it matters: the
# example's e-mail domains make every address of the huvudman's own a TP402 warning.
FACT_NOTES = {
    "tillåtna_epostdomäner": (
        "era egna e-postdomäner, utan @; de här är exemplets, och adresser på andra "
        "domäner ger varningen TP402"
    ),
}


def _mark(line: str) -> str:
    """The FYLL I mark after a line of a fact: with a note for a key of `FACT_NOTES`."""
    key = line.strip().removeprefix("- ").split(":", 1)[0].strip()
    return f"  # FYLL I: {FACT_NOTES[key]}" if key in FACT_NOTES else "  # FYLL I"


def _names_one_of(line: str, names: Collection[str]) -> bool:
    """Whether `line` is `namn: ` one of `names`."""
    try:
        data = safe_load(line.strip()) if names else None
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and data.get("namn") in names


def without_photos(text: str) -> str:
    """skola.yml without the example's pictures of its staff (`foto`, `foto_text` in a
    team member's entry): a new unit's contacts show none until it adds its own."""
    return PHOTO.sub("", text)


def sections_marked(text: str, sections: dict[str, str], indent: str = "") -> str:
    """`text` with a FYLL I line above the key of each of `sections` (at `indent`) that
    says what to write there and that the texts under it are trygg's example."""
    for key, what in sections.items():
        mark = f"{indent}# FYLL I: {what}; texterna under är trygg:s exempel\n"
        found = re.compile(rf"^(?={indent}{re.escape(key)}:)", re.MULTILINE)
        text = found.sub(mark.replace("\\", "\\\\"), text, count=1)
    return text


def with_mark(text: str, suffix: str) -> str:
    if suffix == ".md":  # after the front matter, as a line the page shows until it goes
        return FRONT_MATTER.sub(lambda m: m[1] + PAGE_MARK, text, count=1)
    return TEXTS_MARK + text
