"""A page file's rename hint that never suggests publishing a pupil's name.

TP065 (read with the files) suggests the page's own name as an address, "Sara i 8C.md"
becoming "sara-i-8c.md"; the rules (TP404) read that name as a pupil in a class. Where
TP404 names the file, the hint suggests "sida.md" instead. Done here, where both are at
hand: reading comes before the rules.
"""

from __future__ import annotations

import dataclasses
import re

from generator.check.school import Checking

SUGGESTED = re.compile(r"byt namn på filen till \S+?\.md")
NEUTRAL = "byt namn på filen till sida.md"


def unnamed_page_hints(checking: Checking) -> Checking:
    """`checking` with each TP065 hint for a file that TP404 names suggesting sida.md."""
    named = {p.location.file for p in checking.check.rules or () if p.code == "TP404"}
    named |= {p.location.file for p in checking.check.problems if p.code == "TP404"}
    if not named:
        return checking
    problems = tuple(
        dataclasses.replace(p, hint=SUGGESTED.sub(NEUTRAL, p.hint))
        if p.code == "TP065" and p.location.file in named
        else p
        for p in checking.check.problems
    )
    return dataclasses.replace(
        checking, check=dataclasses.replace(checking.check, problems=problems)
    )
