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

from generator.render.markdown.blocks import external
from generator.render.student.bands import Band
from generator.render.student.context import PageContext, heading
from generator.render.student.fit import ADDRESS

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
        f"**Bris** för barn och unga: ring **{BRIS_PHONE}** eller chatta på {BRIS_LINK}. Det "
        "kostar inget, och du behöver inte säga vad du heter.",
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

# The elevhälsa's staff who keep what a pupil tells them (OSL 23 kap. 2 §), in the
# definite form the sentence needs; a role the page does not list is not named.
CONFIDENTIAL_ROLES = {
    "kurator": "kuratorn",
    "skolsköterska": "skolsköterskan",
    "skolpsykolog": "skolpsykologen",
}
# What tystnadsplikt means, up to what the staff must pass on: a kränkning goes to the
# rektor (SL 6 kap. 10 §), and a child who is not safe to the socialtjänst.
CONFIDENTIAL = {
    "young": "{who} har tystnadsplikt. Det betyder att det du säger inte förs vidare. "
    "Men om du inte är trygg ser de vuxna till att du får hjälp.",
    "middle": "{who} har tystnadsplikt: det du berättar om dig själv och din familj förs "
    "inte vidare. Men om du inte är trygg måste de se till att du får hjälp.",
    "older": "{who} har tystnadsplikt: det du berättar om dig själv och din familj förs inte "
    "vidare. Men om du inte är trygg, eller blir kränkt, måste de se till att du får hjälp.",
}


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
