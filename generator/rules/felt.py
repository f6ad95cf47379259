"""How a few pupils feel, which is as sensitive as what they suffered (TP406:
`rules.counts`, `rules.classcounts`): "känner sig otrygga", "mår dåligt", "känner sig
inte trygga", said of them (not "otrygga platser": a place; nor "känner sig trygga").
"""

from __future__ import annotations

import re

# How a person feels, said of them: "känner sig otrygga", "har känt sig ensam", "upplever
# sig utanför", "mår dåligt", "känner sig inte trygga", "är otrygga".
FELT = re.compile(
    r"(?<![\wåäö])(?:(?:känner|känt|kände|upplever|upplevt|upplevde)\s+sig\s+(?:(?!(?:inte|och|men)\s)\S+\s+){0,4}?"
    r"(?:otrygg|ensam|utanför|rädd|ledsen|ledsna|utsatt|kränkt|hotad|mobbad|inte\s+trygg)"
    r"|mår\s+(?:\w+\s+)?(?:dåligt|sämre|illa)|mått\s+dåligt|är\s+otrygg)",
    re.IGNORECASE,
)


def felt(sentence: str) -> bool:
    """Whether a sentence says how someone feels, badly."""
    return FELT.search(sentence) is not None
