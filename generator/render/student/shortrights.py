"""The pupil's rights in short form, for the printed poster: three lines written for each
reading level, printed in place of the rights' full explanations (which stand on the
screen only, under the same heading).

A poster on a classroom wall has room for what a right means to a child in one line,
not for the huvudman's ten explanations: "Ingen får röra din kropp om du inte vill."
The lines are trygg's own, one table for every huvudman; they name the law's words
from åk 7 (kränkning, trakasserier, the grounds), and in a child's words below.
"""

from __future__ import annotations

from generator.render.student.bands import Band
from generator.render.student.context import PageContext
from generator.render.student.pictograms import RIGHTS_ICONS, pictogram
from generator.render.student.texts import HARASSMENT, harassment_keys

# How the short list is wrapped: printed only (poster.css hides it on screen).
PAPER_ONLY = '<div class="trygg-poster-paper" markdown>'

# Per reading level (young: förskola and F–3; middle: åk 4–6; older: from åk 7), by the
# right the line is about. Trakasserier and sexuella trakasserier are told to the
# youngest only as the full list tells them (`texts.harassment_keys`): when a finding
# in their grades is about them. A pupil's feeling kränkt is what starts the school's duty
# to find out what happened (SL 6 kap. 10 §: a pupil who "anser sig" kränkt), not what
# decides whether it was a kränkning: the lines say the first.
GROUNDS = "grounds"  # the seven grounds, in a child's words
SHORT_RIGHTS: dict[str, tuple[tuple[str, str], ...]] = {
    "young": (
        ("kränkande_behandling", "Ingen får slå, knuffa eller retas med dig. Alla får vara med."),
        ("sexuella_trakasserier", "Ingen får röra dig på ett sätt som du inte vill."),
        (
            GROUNDS,
            "Ingen får vara elak mot dig för hur du ser ut, var du kommer ifrån eller vad du "
            "tror på.",
        ),
    ),
    "middle": (
        (
            "kränkande_behandling",
            "Ingen får slå, hota, ge dig öknamn, frysa ut dig eller skriva elaka saker till dig "
            "på nätet.",
        ),
        (
            "trakasserier",
            "Ingen får vara elak mot dig för att du är tjej eller kille, för hur du visar vem du "
            "är, var du kommer ifrån, din tro, en funktionsnedsättning, vem du blir kär i eller "
            "din ålder.",
        ),
        (
            "sexuella_trakasserier",
            "Ingen får röra din kropp eller säga eller skicka sexuella saker till dig om du inte "
            "vill.",
        ),
    ),
    "older": (
        (
            "kränkande_behandling",
            "Ingen får kränka dig: slag, hot, öknamn, rykten, utfrysning eller hat på nätet. "
            "Känner du dig kränkt måste skolan ta reda på vad som hänt.",
        ),
        (
            "trakasserier",
            "Ingen får trakassera dig för kön, könsöverskridande identitet eller uttryck, "
            "etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning, "
            "sexuell läggning eller ålder.",
        ),
        (
            "sexuella_trakasserier",
            "Ingen får trakassera dig sexuellt: kommentarer om din kropp, tafsande, sexuella "
            "skämt eller bilder. Det är du som avgör vad som är ovälkommet.",
        ),
    ),
}


def short_lines(band: Band) -> tuple[str, ...]:
    """Every short right a band's page may print, as plain text."""
    return tuple(text for _key, text in SHORT_RIGHTS[band.level])


def short_rights(page: PageContext) -> list[str]:
    """The short rights as a printed-only list, under "Dina rättigheter"."""
    told = harassment_keys(page.plan, page.band)
    items = [
        f"- {pictogram(RIGHTS_ICONS.get(key, RIGHTS_ICONS['trakasserier']))}{text}"
        for key, text in SHORT_RIGHTS[page.band.level]
        if key not in HARASSMENT or key in told
    ]
    return [PAPER_ONLY, "", *items, "", "</div>", ""]
