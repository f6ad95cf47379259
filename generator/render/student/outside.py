"""Help a pupil can reach without the school: "Vill du prata med någon utanför skolan?",
and what the elevhälsa's tystnadsplikt means, in the words of each band's readers.

One national table, built in: Bris (116 111, bris.se: for everyone under 18, free and
anonymous), 112 when it is urgent, and what to do when it happens online. huvudman.yml
has no field for local lines (its `definitioner` take only the law's terms), so a
huvudman cannot add or change them; a line for a local service would need a field of
its own. The links are plain text links: nothing is fetched from another host.

The förskola page is read aloud by an adult: its part speaks to the adults around the
child, not to the child.
"""

from __future__ import annotations

import re

from generator.render.markdown.blocks import external
from generator.render.student.bands import Band
from generator.render.student.context import PageContext, heading
from generator.render.student.fit import ADDRESS
from generator.render.student.words import FAMILY

BRIS_URL = "https://www.bris.se/"
BRIS_PHONE = "116 111"
EMERGENCY = "112"
# Its text is its address: printed without the address again after it (trygg.css).
BRIS_LINK = external("bris.se", BRIS_URL) + ADDRESS

# Per reading level: the section's heading and its lines (Markdown, each a list item).
PRESCHOOL = (
    "Till dig som är vuxen: hjälp utanför förskolan",
    [
        "Är du orolig för hur ett barn har det, på förskolan eller hemma? Prata med rektorn. "
        f"Du kan också få råd av Bris på {BRIS_LINK} och göra en orosanmälan till "
        "socialtjänsten i kommunen.",
        f"Är ett barn i fara: ring **{EMERGENCY}**.",
    ],
)
YOUNG = (
    "Vill du prata med någon utanför skolan?",
    [
        f"**Bris:** ring **{BRIS_PHONE}** eller gå till {BRIS_LINK}. Där finns vuxna som "
        "lyssnar på barn. Det kostar inget. Du behöver inte säga vad du heter.",
        f"**{EMERGENCY}:** ring om någon är skadad eller i fara.",
    ],
)
MIDDLE = (
    "Vill du prata med någon utanför skolan?",
    [
        f"**Bris** för barn och unga: ring **{BRIS_PHONE}** eller chatta på {BRIS_LINK}. Det är "
        "gratis och du behöver inte säga ditt namn.",
        f"**{EMERGENCY}:** ring om någon är skadad eller i fara.",
        "**Händer det på nätet?** Ta en skärmbild, blockera den som skriver och berätta för "
        "en vuxen.",
    ],
)
OLDER = (
    "Vill du prata med någon utanför skolan?",
    [
        f"**Bris:** ring **{BRIS_PHONE}** eller chatta på {BRIS_LINK}, för dig under 18 år. "
        "Det kostar inget, och du kan vara anonym.",
        f"**{EMERGENCY}:** ring när det är akut.",
        "**Händer det på nätet?** Ta en skärmbild, blockera och berätta för en vuxen du litar på.",
    ],
)
LEVELS = {"young": YOUNG, "middle": MIDDLE, "older": OLDER}

# The elevhälsa's staff who are bound by tystnadsplikt, in the definite form the sentence
# needs; a role the page does not list is not named. The skolsköterska works in the
# medical part of elevhälsan (OSL 25 kap. 1 §), the kurator in its psychosocial and the
# skolpsykolog in its psychological part (OSL 23 kap. 2 § andra stycket).
CONFIDENTIAL_ROLES = {
    "kurator": "kuratorn",
    "skolsköterska": "skolsköterskan",
    "skolpsykolog": "skolpsykologen",
}
# What tystnadsplikt means, and no more than the staff can keep: it does not hold
# against every vårdnadshavare (a child's secrecy towards them depends on age and
# maturity, OSL 12 kap. 3 §), a kränkning goes to the rektor (SL 6 kap. 10 §) and a
# worry that a child is not safe to the socialtjänst (SoL 14 kap. 1 §). So the line
# promises only that they do not tell just anyone, names whom they may have to tell,
# and that the pupil may ask first.
CONFIDENTIAL = {
    "young": "{who} har tystnadsplikt. De får inte berätta för vem som helst vad du säger. "
    f"Ibland måste de berätta för rektorn eller {FAMILY}, så att du får hjälp. Du kan "
    "fråga dem först.",
    "middle": "{who} har tystnadsplikt: de får inte berätta för vem som helst vad du säger. "
    f"Ibland måste de berätta för rektorn, {FAMILY} eller socialtjänsten, så att du får "
    "hjälp. Du kan fråga dem först.",
    "older": "{who} har tystnadsplikt: de får inte berätta för vem som helst vad du säger. "
    f"Ibland måste de berätta för rektorn, {FAMILY} eller socialtjänsten, så att du får "
    "hjälp. Fråga dem först vad de måste berätta.",
}
# What a page must never say of the tystnadsplikt: that nothing a pupil tells is passed
# on (what the pages said until 2026, a promise the staff cannot keep).
OVERPROMISE = re.compile(
    r"förs\s+(?:inte|aldrig)\s+vidare|inte\s+förs\s+vidare|stannar\s+(?:alltid\s+)?hos"
    r"|berättar\s+(?:inte|aldrig)\s+för\s+någon|får\s+ingen\s+veta",
    re.IGNORECASE,
)


def outside(page: PageContext) -> list[str]:
    """The section: Bris, 112 and (from åk 4) what to do online; on the förskola page,
    help for the adults around the child."""
    band = page.band
    title, items = PRESCHOOL if band.read_aloud else LEVELS[band.level]
    return [*heading(2, "outside", title), *(f"- {item}" for item in items), ""]


def confidential(roles: list[str], band: Band) -> list[str]:
    """What the elevhälsa's tystnadsplikt means, naming those of its staff among `roles`
    (none on the förskola page, which has no elevhälsa)."""
    keys = [" ".join(role.split()).casefold() for role in roles]
    named = [CONFIDENTIAL_ROLES[key] for key in CONFIDENTIAL_ROLES if key in keys]
    if band.read_aloud or not named:
        return []
    who = " och ".join(filter(None, [", ".join(named[:-1]), named[-1]]))
    return [CONFIDENTIAL[band.level].format(who=who[:1].upper() + who[1:]), ""]
