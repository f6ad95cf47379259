"""The id a folder could have: its own name made into one, and whether it is free.

A school's folder name is its id and its web address, so only a-z, digits and hyphens
(`layout.URL_NAME`); TP033's hint names the id the folder's own name gives (Ekbackens
skola → ekbackens-skola), never a fixed example that may be another school's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

from generator.load.layout import LONGEST_NAME, RESERVED
from generator.text import slug

ID_RULE = "bara små bokstäver a–z, siffror och bindestreck (å, ä och ö blir a, a och o)"


def id_from(name: str) -> str:
    """`name` as an id: accents dropped (å → a, é → e), lower case, words joined by
    hyphens; "" when nothing of it is a letter or a digit a–z, 0–9."""
    plain = unicodedata.normalize("NFKD", name)
    return slug("".join(c for c in plain if not unicodedata.combining(c)))


def rename_hint(folder: str, taken: Collection[str]) -> str:
    """How to rename `folder` to an id, given the ids `taken` (by other folders)."""
    wanted = id_from(folder)
    if len(wanted) > LONGEST_NAME:
        shorter = wanted[:LONGEST_NAME].rstrip("-")
        limit = f"högst {LONGEST_NAME} tecken"
        return f"byt namn på mappen till ett kortare skol-id, {limit}, t.ex. {shorter}"
    if not wanted or wanted in RESERVED:
        used = f"{wanted} används av portalen: " if wanted else ""
        return f"{used}byt namn på mappen till skolans namn med {ID_RULE}"
    if wanted not in taken:
        return f"byt namn på mappen till {wanted}: ett skol-id har {ID_RULE}"
    free = next(f"{wanted}-{n}" for n in range(2, len(taken) + 3) if f"{wanted}-{n}" not in taken)
    return (
        f"{wanted} är redan en annan skolas mapp: är den här mappen en kopia av den, ta bort "
        f"den; annars byt namn på den till ett eget skol-id, t.ex. {free}"
    )
