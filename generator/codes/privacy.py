"""TP4xx: no personal data about pupils in what is published."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
PRIVACY = Category.PRIVACY

CODES: tuple[Code, ...] = (
    Code(
        "TP401",
        ERROR,
        PRIVACY,
        "Personnummer i innehållet",
        source=cite.GDPR_PNR,
        checks=(
            "Att inget personnummer eller samordningsnummer står någonstans i innehållet, i "
            "någon vanlig form (ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN, ÅÅMMDD+NNNN, utan bindestreck) "
            "och med giltig kontrollsiffra. Telefonnummer under telefon räknas inte."
        ),
        fix="ta bort numret; uppgifter om enskilda hör hemma i ärendesystemet, inte i planen",
        locked=True,
    ),
    Code(
        "TP402",
        WARNING,
        PRIVACY,
        "E-postadress utanför huvudmannens domäner",
        source=cite.GDPR,
        checks=(
            "Att varje e-postadress i innehållet hör till en av huvudmannens domäner "
            "(tillåtna_epostdomäner i huvudman.yml), så att inga privata adresser publiceras."
        ),
        fix="använd en funktionsadress eller jobbadress på huvudmannens domän",
    ),
    Code(
        "TP403",
        INFO,
        PRIVACY,
        "Delresultat med få svar visas inte",
        source=cite.GDPR,
        checks=(
            "Vilka delresultat i enkäterna som har färre svar än min_antal_svar i "
            "regelprofilen (standard 5). De visas inte på webbplatsen, så att ingen elev kan "
            "pekas ut."
        ),
        fix="slå ihop små grupper (t.ex. åk 4–6 i stället för åk 4) om resultatet ska synas",
    ),
    Code(
        "TP404",
        WARNING,
        PRIVACY,
        "Texten kan peka ut en elev",
        source=cite.GDPR,
        checks=(
            'Att ingen fritext nämner en elev tillsammans med en klass, som "Kalle i 4B" '
            'eller "Maja (7a)". Personalroller ("mentor Anna i 4B") räknas inte.'
        ),
        fix='skriv om utan namn, t.ex. "en elev i mellanstadiet"',
    ),
)
