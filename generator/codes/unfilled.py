"""TP304, TP311–TP313 and TP316: what `trygg init` and `trygg ny-skola` wrote that is not
yet the school's own (a FYLL I mark, the example's skola.yml, the name it wrote, an example
page, the example's made-up contacts)."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING = Severity.ERROR, Severity.WARNING
QUALITY = Category.QUALITY

CODES: tuple[Code, ...] = (
    Code(
        "TP304",
        WARNING,
        QUALITY,
        "Inte ifyllt ännu",
        source=cite.FORMAT,
        checks=(
            "Att ingen rad i innehållet är markerad FYLL I. trygg init markerar så de "
            "uppgifter och exempeltexter som skolan och huvudmannen ska skriva själva."
        ),
        fix="skriv er egen uppgift eller text (skolans eller huvudmannens) och ta bort "
        "markeringen FYLL I",
    ),
    Code(
        "TP311",
        ERROR,
        QUALITY,
        "Skolans uppgifter är fortfarande exemplets",
        source=cite.FORMAT,
        checks=(
            "Att skola.yml inte längre börjar med raden som trygg init och trygg ny-skola "
            "skriver först i filen (# FYLL I: texterna i filen är exempel från trygg.). Så "
            "länge raden står kvar beskriver filen exemplets skola och har namn och "
            "e-postadresser till exemplets personal, som en vårdnadshavare kunde skriva till; "
            "skolans webbplats publiceras inte förrän raden är borta. Likaså när en rad i "
            "filen är kvar markerad FYLL I: en kontakt, adressen eller någon i "
            "trygghetsteamet är då fortfarande exemplets."
        ),
        fix="skriv in skolans egen beskrivning och kontakter i skola.yml och ta sedan bort "
        "första raden och markeringarna FYLL I",
        quotes=False,  # its own words and the name of a field
    ),
    Code(
        "TP312",
        ERROR,
        QUALITY,
        "Texten har kvar namnet som trygg init skrev",
        source=cite.FORMAT,
        checks=(
            "Att en text som publiceras inte har kvar namnet som trygg init och trygg "
            "ny-skola skriver när inget namn anges (Min skola, Ny skola, Min kommun) sedan "
            "skolan eller huvudmannen har fått sitt eget namn. Namnet står då kvar i till "
            "exempel planens inledning och vision och i elevtexterna, och webbplatsen skulle "
            "säga till elever och vårdnadshavare att planen gäller en annan skola. En plan som "
            "är ett utkast publiceras inte och kontrolleras först när den är beslutad."
        ),
        fix="skriv skolans (eller huvudmannens) eget namn i texten",
        quotes=False,  # its own words and the names it looks for
    ),
    Code(
        "TP313",
        ERROR,
        QUALITY,
        "Egen sida är fortfarande exemplets",
        source=cite.FORMAT,
        checks=(
            "Att ingen av skolans egna sidor (sidor/*.md) är kvar markerad FYLL I. trygg init "
            "och trygg ny-skola skriver exemplets sidor med raden FYLL I: Sidan är ett "
            "exempel från trygg. överst; sidan visas som den står, så vårdnadshavare och "
            "elever skulle läsa markeringen och exemplets text som skolans. Skolans webbplats "
            "publiceras inte förrän sidan är skriven om eller borttagen."
        ),
        fix="skriv om sidan och ta bort raden FYLL I, eller ta bort filen",
        quotes=False,  # its own words and the place of the mark
    ),
    Code(
        "TP316",
        ERROR,
        QUALITY,
        "Påhittad kontaktuppgift från exemplet",
        source=cite.FORMAT,
        checks=(
            "Att inget som publiceras har kvar en adress ur trygg:s exempel: de påhittade "
            "personernas e-postadresser, exemplets e-postdomän (också i "
            "tillåtna_epostdomäner) och dess webbadresser, eller ett telefonnummer ur de "
            "serier som PTS har avsatt för böcker, filmer och exempel (som exemplets "
            "nummer): ingen abonnent har ett sådant nummer. Namn läses inte: de kan vara en "
            "riktig kollegas. trygg init skriver dem markerade FYLL I; den som tar "
            "bort markeringarna men behåller uppgifterna skulle visa vårdnadshavare kontakter "
            "som inte finns. Uppgifterna läses ur exemplet som följer med trygg, och "
            "regeln gäller inte trygg:s eget exempel. En plan som är ett utkast kontrolleras "
            "först när den är beslutad."
        ),
        fix="byt till skolans egna kontaktuppgifter",
    ),
)
