"""How a withheld survey figure is shown: a note a guardian understands, in one place.

Which figures are withheld is decided once, in `model.disclosure`; this module only
words it.
"""

from __future__ import annotations

from generator.model.disclosure import PRIMARY, Released, ReleasedGroup


def withheld_total(released: Released, least: int) -> str:
    """Why the method's number of answers is missing."""
    if released.total_withheld == PRIMARY:
        reason = f"Visas inte eftersom det finns färre än {least} svar."
    else:
        reason = (
            f"Visas inte. En grupp har färre än {least} svar, och med totalen skulle man "
            "kunna räkna ut hur många."
        )
    return f'<span class="trygg-suppressed">{reason}</span>'


def withheld_group(group: ReleasedGroup, least: int) -> str:
    """Why a group's result is missing."""
    if group.withheld == PRIMARY:
        reason = f"Färre än {least} svar – redovisas inte för att skydda enskilda elever."
    else:
        reason = (
            "Redovisas inte, så att en mindre grupps resultat inte kan räknas fram ur de "
            "andra siffrorna."
        )
    return f'<span class="trygg-suppressed">{reason}</span>'


def withheld_count(least: int) -> str:
    """Why a count in a report's table is missing."""
    return f'<span class="trygg-suppressed">Färre än {least} – visas inte</span>'


def withheld_group_count(least: int) -> str:
    """Why a group's sum in a report's table is missing: none of its counts is shown."""
    return f'<span class="trygg-suppressed">Visas inte: varje antal är färre än {least}</span>'


def counts_note(withheld: int, least: int, unit: str) -> str:
    """What the shares of a report's counts are, and why their sum is incomplete."""
    note = "Andelarna är avrundade till hela procent så att de tillsammans blir exakt 100 %."
    if not withheld:
        return note
    groups = "en undergrupp" if withheld == 1 else f"{withheld} undergrupper"
    return (
        f"{note} Antalet visas inte för {groups} med färre än {least} {unit}, för att skydda "
        "enskilda. Summor och andelar räknas därför bara på de antal som visas: summan är "
        f"mindre än det verkliga antalet {unit}, och inget dolt antal kan räknas fram ur dem."
    )
