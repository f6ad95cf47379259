"""How a withheld survey figure is shown: a note a guardian understands, in one place.

Which figures are withheld is decided once, in `model.disclosure`; this module only
words it.
"""

from __future__ import annotations

from generator.model.disclosure import PRIMARY, Released


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


# A report's withheld count in the open data (`opendata.report_tables`), one reason for
# every one (as `withheld_count` words it): a small count told apart from one that
# protects it would give the reader their ranges.
COUNT_WITHHELD_IN_DATA = "färre än {threshold} eller skyddar ett mindre antal"
# A withheld group's result in the open data (`opendata.plan_tables`): one word whether
# the group had few answers or is withheld to protect one, as `withheld_group` words both
# alike on the page (the model's reason, `model.disclosure.PRIMARY` or `COMPLEMENT`,
# never leaves the build: beside the whole's number of answers it gives the small count).
WITHHELD_IN_DATA = "skyddat"
WITHHELD_IN_DATA_SAID = (
    f"Tomt när resultatet publiceras. {WITHHELD_IN_DATA}: resultatet visas inte, eftersom "
    "gruppen har för få svar eller för att en mindre grupps resultat annars skulle kunna "
    "räknas fram (vilket av dem sägs inte)."
)


def withheld_group(least: int) -> str:
    """Why a group's result is missing: the same words for a group with few answers and
    for one withheld to protect it (why it is withheld is not told). Told apart, the
    reader knows one has 1 to 4 answers and the other at least 5, and with the number
    of answers of the whole (shown) a hidden sum of 6 gives both: 1 and 5, and the one
    pupil's answer."""
    reason = (
        f"Visas inte: färre än {least} svar, eller döljs så att en mindre grupps resultat "
        "inte kan räknas fram."
    )
    return f'<span class="trygg-suppressed">{reason}</span>'


def withheld_groups(least: int) -> str:
    """Why no group's result of a survey is shown, where every one is withheld: one
    sentence instead of a table of dashes and an empty chart."""
    return (
        f"Resultatet per grupp visas inte: varje grupp har färre än {least} svar, eller döljs "
        "så att en mindre grupps resultat inte kan räknas fram."
    )


def withheld_count(least: int) -> str:
    """Why a count in a report's table is missing: the same words for a small count and
    for one withheld to protect it (why it is withheld is not told). Told apart, "färre
    än 5" beside "skyddar" would give the reader each count's range, and a sum of 6
    would then give them away: 1 and 5."""
    reason = f"Visas inte: färre än {least}, eller döljs för att skydda ett mindre antal"
    return f'<span class="trygg-suppressed">{reason}</span>'


def withheld_group_count() -> str:
    """Why a group's sum in a report's table is missing: none of its counts is shown (in
    the same words whether they are small or protect one, as `withheld_count`)."""
    return '<span class="trygg-suppressed">Visas inte: inget av gruppens antal visas</span>'


def counts_note(withheld: int, least: int, unit: str, own: bool = False) -> str:
    """What the shares of a report's counts are, and why their sum is incomplete: a
    sentence or two in plain words before the chart, the details in a closed box (how
    many of the `withheld` counts protect a small one is not told); `own`: some table's
    shares are of a total the report itself shows ("Totalt")."""
    details = ["Andelarna är avrundade till hela procent så att de tillsammans blir exakt 100 %."]
    if own:
        details.append(
            "Har en tabell en egen summa (som Totalt) räknas andelarna på den, och raderna "
            "ovanför blir tillsammans mindre än 100 % om några i summan inte finns med i dem."
        )
    if not withheld:
        return _details(details)
    # How many of them are small is not told: with a table's sum, it would narrow them.
    groups = "en undergrupp" if withheld == 1 else f"{withheld} undergrupper"
    details.append(
        f"Antalet visas inte för {groups}: färre än {least} {unit}, eller döljs för att "
        "skydda ett sådant litet antal."
    )
    details.append(
        "Där ett antal inte visas är summan bara av de antal som visas. Den står som "
        "”minst”, och andelar räknas inte på den. Inget dolt antal kan räknas fram."
    )
    lead = (
        f"Antal under {least} visas inte, och inte heller antal som skulle avslöja dem. "
        "Där ett antal saknas står ”minst” före summan."
    )
    return f"{lead}\n\n{_details(details)}"


def _details(paragraphs: list[str]) -> str:
    """A closed box (`<details>`) with the paragraphs."""
    body = "\n\n".join(f"    {paragraph}" for paragraph in paragraphs)
    return f'??? info "Så räknas siffrorna"\n\n{body}'
