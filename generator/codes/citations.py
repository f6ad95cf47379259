"""The legal and official sources that rules cite, kept in one place.

Several paragraph numbers in diskrimineringslagen chapter 3 come from secondary
sources (see shared/research/domain.md §8, "to verify"); correcting one here
corrects every rule and the generated rule page at once.
"""

from __future__ import annotations

# A message names its source in brackets after it ("… (SL 6 kap. 8 §)"): a source holds
# no brackets of its own, which would nest ("(… (TÖFT))").

SL_6_8 = "SL 6 kap. 8 §"
# The huvudman's written routines to receive and investigate complaints, and information
# about them.
SL_4_8 = "SL 4 kap. 8 §"
# TÖFT: Örebro's template asks for goals written as a tidsangivet önskvärt framtida
# tillstånd (shared/research/domain.md, row 23), spelled out for a reader who never saw it.
TOFT = (
    "Örebro kommuns mall för trygghetsplan: mål skrivna som TÖFT, "
    "ett tidsangivet önskvärt framtida tillstånd"
)
SL_6_6_TOFT = f"SL 6 kap. 6 §; {TOFT}"
# A goal's level drawn against its results year by year: following up the education
# against its goals, on the huvudman's level and the unit's (the systematiskt
# kvalitetsarbete, SL 4 kap. 3–4 §§; shared/research/domain.md §1.4).
FOLLOW_UP = "SL 4 kap. 3–4 §§, om att följa upp utbildningen mot målen"
# One plan for each verksamhet, and what it covers: SL 6 kap. 6 and 8 §§ ("inom ramen för
# varje särskild verksamhet"), and DO: every school or the like works with aktiva åtgärder.
SL_6_6_8_EACH_UNIT = "SL 6 kap. 6 och 8 §§; DO: varje enskild verksamhet"
SL_6_9_10 = "SL 6 kap. 9–10 §§"
SL_6_10 = "SL 6 kap. 10 §"
# Aktiva åtgärder are defined over all seven grounds (1 §: "oavsett kön, … eller ålder",
# as DO quotes the law) and begin with the undersökning (2 §); 1 kap. 1 § is only the
# law's purpose.
DL_3_1_2 = "DL 3 kap. 1–2 §§"
DL_3_2 = "DL 3 kap. 2 §"
# The four steps (2 §) and that the measures are tidsplanerade (3 §).
DL_3_2_3 = "DL 3 kap. 2–3 §§"
DL_3_18 = "DL 3 kap. 18 §"
# DO: riktlinjer are required even when the undersökning found no harassment.
DO_GUIDELINES = "DL 3 kap. 18 §; DO: Skolans riktlinjer och rutiner mot trakasserier"
# The areas an utbildningsanordnare's aktiva åtgärder cover (paragraph to be verified).
DL_3_16_AREAS = "DL 3 kap. 16 §; DO: områden för utbildningsanordnare"
# The yearly written documentation of all four steps. The four steps are 3 kap. 2 §; the
# documentation duty's own paragraph is still to be verified (shared/research/domain.md §8),
# so the chapter and the subject are named, no guessed §.
DL_DOCUMENTATION = (
    "DL 3 kap., om dokumentation av de fyra stegen i 2 §; DO: Skolans och förskolans dokumentation"
)
# The duty to cooperate with pupils and staff in every step: DO's guidance on
# aktiva åtgärder. The exact paragraph in DL 3 kap. is still to be verified
# (shared/research/domain.md §8): the chapter and the subject are named, no guessed §.
COOPERATION = "DL 3 kap., om samverkan med barn, elever och personal i aktiva åtgärder"
DL_COOPERATION = f"{COOPERATION}; DO: Samverka med barn, elever och anställda"
# Pupils take part in the kartläggning: the quality work is done with them (SL 4 kap. 4 §)
# and every step of the aktiva åtgärder in samverkan with them (DL 3 kap., DO).
PUPILS_TAKE_PART = f"SL 4 kap. 4 §; {DL_COOPERATION}"
# ESKA: Örebro kommuns enhet för systematiskt kvalitetsarbete, which receives the plans
# and lists the mistakes it finds most often (shared/research/domain.md).
ESKA = "Örebro kommuns enhet för systematiskt kvalitetsarbete, ESKA: vanliga misstag i planerna"
ESKA_DL_3_2 = f"{ESKA}; DL 3 kap. 2 §"
ESKA_SL_4_4 = f"{ESKA}; SL 4 kap. 4 §"
DO_MEASURES = "DL 3 kap. 2–3 §§; DO: Lika rättigheter i skolan, om ansvarig, tid och uppföljning"
REPEALED = "Skolverket 2017: SKOLFS 2012:10 har upphört; DO: kravet på likabehandlingsplan är borta"
# trygg's own conventions (the content format, the rule profile, safe images) start with
# OWN: a message leaves them out (`Code.cited`); the rules page still names them.
OWN = "trygg: "
TRYGG_PROFILE = "trygg: regelprofil i huvudman.yml"
GDPR = "GDPR art. 5.1 c"
GDPR_PNR = "GDPR art. 5.1 c; dataskyddslagen 3 kap. 10 §"
FORMAT = "trygg: så skrivs innehållet (schemas/)"
WCAG_CONTRAST = "WCAG 2.1, 1.4.3 Kontrast"
WCAG_NAMES = "WCAG 2.1, 2.4.4 Länkars syfte och 2.4.6 Rubriker och etiketter"
SAFE_IMAGES = "trygg: publicerade bilder får inte köra skript"
POSTER = "trygg: elevsidan skrivs ut som en affisch på en A4-sida"
READABILITY = "Språklagen 11 §; regelprofil.lix i huvudman.yml"
CHILD_TEXT = "trygg: förskolans elevsida läses högt för barnen"
AGE_BAND = "trygg: varje elevsida är skriven för sina årskurser"
# Språket i offentlig verksamhet ska vara vårdat, enkelt och begripligt.
PLAIN_LANGUAGE = "Språklagen 11 §"
