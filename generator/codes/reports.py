"""TP060–TP063, TP071, TP073 and TP074: reports (content/rapporter/,
content/skolor/<id>/rapporter/) that do not hang together: their file names, their
Markdown files, their links to the plans and their tables, where a withheld count would
follow from another table or a total is smaller than what it totals."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, CONSISTENCY = Severity.ERROR, Severity.WARNING, Category.CONSISTENCY

CODES: tuple[Code, ...] = (
    Code(
        "TP060",
        ERROR,
        CONSISTENCY,
        "Rapportens länk pekar inte på någon plan",
        source=cite.FORMAT,
        checks="Att varje länk i en rapports insatser pekar på en skola som finns och på ett "
        "mål eller en åtgärd i någon av skolans beslutade trygghetsplaner; en skolas egen "
        "rapport länkar bara till skolans egna planer.",
        fix="använd id:n som finns i skolans trygghetsplan",
    ),
    Code(
        "TP061",
        ERROR,
        CONSISTENCY,
        "Rapportfilens namn duger inte som webbadress",
        source=cite.FORMAT,
        checks="Att varje rapportfil heter som sin webbadress: små bokstäver a–z, siffror "
        "och bindestreck, till exempel dialogmote-2026.yml.",
        fix="byt namn på filen, t.ex. till dialogmote-2026.yml",
    ),
    Code(
        "TP062",
        ERROR,
        CONSISTENCY,
        "Rapportens brödtext kan inte läsas",
        source=cite.FORMAT,
        checks="Att rapportens brödtext är en Markdown-fil (.md) som finns i samma mapp som "
        "rapporten eller under den, och att den går att läsa.",
        fix="lägg brödtexten som <id>.md bredvid rapportfilen",
    ),
    Code(
        "TP063",
        WARNING,
        CONSISTENCY,
        "Rapportens länk pekar på ett utkast",
        source=cite.FORMAT,
        checks="Att målen och åtgärderna som en rapport länkar till finns i en beslutad "
        "plan. Finns de bara i ett utkast visas länken som text, utan något ur utkastet, "
        "tills planen är beslutad.",
        fix="länka när planen är beslutad, eller till ett mål eller en åtgärd i en beslutad plan",
    ),
    Code(
        "TP071",
        ERROR,
        CONSISTENCY,
        "Ett dolt antal kan räknas fram ur rapportens andra siffror",
        source=cite.GDPR,
        checks="Att inget antal som döljs i en rapports tabeller kan räknas fram ur det "
        "rapporten visar. När en tabells verkliga summa står på ett annat ställe i "
        "rapporten (i en annan tabell, som summa, som en rad eller kolumn Totalt eller "
        "Hela kommunen, som en kolumn som är summan av de andra, som skillnaden mellan två "
        "tal eller i texten) döljer trygg ett antal till i tabellen, och samma antal där "
        "det står en gång till. Går det inte, för att tabellens andra antal redan är dolda "
        "eller också kan räknas fram, publiceras rapporten inte. Huvudmannens rapporter "
        "skyddas också mot varandra, och en skolas egna rapporter mot varandra: en grupps "
        "summa i en annan rapport (samma namn, som 'Åk 7' och 'årskurs 7') räknas som känd.",
        fix="slå ihop den lilla undergruppen med en annan, eller ta bort summan eller "
        "tabellen som visar samma antal",
    ),
    Code(
        "TP073",
        ERROR,
        CONSISTENCY,
        "Rapporten har för många antal",
        source=cite.FORMAT,
        checks="Att en rapports tabeller med antal (typ: kategorier) tillsammans har högst "
        "5000 undergrupper. trygg läser varje antal mot de andra för att inget dolt antal "
        "ska gå att räkna fram, och rapporterna kontrolleras före varje skolas bygge: en "
        "större rapport skulle hålla upp hela körningen. Rapporten publiceras inte.",
        fix="dela upp rapporten i flera rapporter, till exempel ett avsnitt eller en skola "
        "i varje, eller slå ihop undergrupper",
    ),
    Code(
        "TP074",
        ERROR,
        CONSISTENCY,
        "Rapportens summa är mindre än det den summerar",
        source=cite.FORMAT,
        checks="Att en summa som rapporten skriver inte är mindre än det den läses som summan "
        "av. En rad som heter som en summa (Totalt, Alla elever, Samtliga, 'Åk 7 totalt') "
        "är summan av gruppens andra rader, och en grupp som heter så bredvid andra grupper "
        "är deras summa, rad för rad. Är summan mindre än en av raderna skulle en andel "
        "visas som mer än 100 %. En summa som är mindre än radernas summa men inte än någon "
        "av dem hör till en fråga med flera svar, och en som är större är också rätt: alla "
        "behöver inte finnas i någon rad. Rapporten publiceras inte.",
        fix="rätta talet, eller byt namn på raden om den inte är en summa; mäter grupperna "
        "olika saker, dela upp tabellen",
    ),
)
