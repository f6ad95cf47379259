"""TP001–TP025: files that cannot be read as YAML, texts that a comment cuts short (TP010)
or that a comment after an odd space joins (TP024), values that do not fit the schemas
and lists that Markdown joins into a paragraph (TP025); TP029: the sections that the
content rules therefore left out."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
FORM = Category.FORM
# The codes of a file that could not be read as YAML at all (the others: it was read, and
# something in it is wrong): the granskning says which of the two kept a unit from review.
UNREADABLE = frozenset(f"TP00{n}" for n in range(1, 10))

CODES: tuple[Code, ...] = (
    Code(
        "TP001", ERROR, FORM, "Filen kan inte läsas", source=cite.FORMAT,
        checks="Att filen går att läsa och är sparad med teckenkodningen UTF-8.",
        fix="kontrollera att filen finns, är läsbar och är sparad som UTF-8",
    ),
    Code(
        "TP002", ERROR, FORM, "Filen är för stor", source=cite.FORMAT,
        checks="Att en innehållsfil är högst 256 KiB och en egen sida har högst 2000 "
        "stycken, rubriker och kodblock och listor eller citat i högst 40 nivåer, så att "
        "ingen enskild fil kan göra kontrollen eller bygget långsamt eller stoppa det.",
        fix="dela upp innehållet eller korta texterna",
    ),
    Code(
        "TP003", ERROR, FORM, "YAML-syntaxfel", source=cite.FORMAT,
        checks="Att filen är giltig YAML: indrag, kolon och citattecken stämmer.",
        fix="kontrollera indrag, kolon och citattecken på raden",
    ),
    Code(
        "TP004", ERROR, FORM, "Samma nyckel två gånger", source=cite.FORMAT,
        checks="Att ingen nyckel förekommer två gånger i samma mappning; annars skulle "
        "bara det sista värdet användas, utan att någon märker det.",
        fix="ta bort eller byt namn på den ena nyckeln",
    ),
    Code(
        "TP005", ERROR, FORM, "Ankare eller alias i YAML", source=cite.FORMAT,
        checks="Att filen inte använder YAML-ankare (&namn) eller alias (*namn), som gör "
        "innehållet svårt att läsa och kan göra kontrollen mycket långsam.",
        fix="skriv ut värdet i stället för att hänvisa till det",
    ),
    Code(
        "TP006", ERROR, FORM, "Tom fil eller tomt diagram", source=cite.FORMAT,
        checks="Att filen, eller diagrammet i en egen sida, har ett innehåll.",
        fix="fyll i innehållet enligt mallen",
    ),
    Code(
        "TP007", ERROR, FORM, "Tabbtecken i indrag", source=cite.FORMAT,
        checks="Att indrag görs med mellanslag; YAML tillåter inte tabbtecken där.",
        fix="använd mellanslag i stället för tabb",
    ),
    Code(
        "TP008", ERROR, FORM, "För djup nästling", source=cite.FORMAT,
        checks="Att listor och mappningar inte är nästlade i fler än 64 nivåer, så att "
        "ingen fil kan få kontrollen att gå sönder.",
        fix="skriv listorna och mappningarna plattare",
    ),
    Code(
        "TP009", ERROR, FORM, "Otillåtet tecken i filen", source=cite.FORMAT,
        checks="Att filen inte innehåller kontrolltecken (till exempel ESC, som färgar text "
        "i en terminal): de syns inte men kan ändra hur texten visas.",
        fix="ta bort tecknet",
    ),
    Code(
        "TP010", WARNING, FORM, "Texten avbryts av en kommentar", source=cite.FORMAT,
        checks="Att ingen text utan citattecken har ett # direkt före ett ord eller en "
        "siffra (som #metoo eller #1): YAML läser allt från mellanslaget före # som en "
        "kommentar, så resten av texten visas inte.",
        fix='sätt hela texten inom raka citattecken, t.ex. titel: "Ord som sårar #metoo"',
    ),
    Code(
        "TP011", ERROR, FORM, "Fel slags värde", source=cite.FORMAT,
        checks="Att varje värde är av det slag schemat anger: text, tal, lista eller mappning.",
        fix="skriv ett värde av rätt slag",
    ),
    Code(
        "TP012", ERROR, FORM, "Ett obligatoriskt fält saknas", source=cite.FORMAT,
        checks="Att de fält som schemat kräver finns med.",
        fix="lägg till fältet",
    ),
    Code(
        "TP013", ERROR, FORM, "Värdet är inte tillåtet", source=cite.FORMAT,
        checks="Att ett värde är ett av de tillåtna, till exempel en diskrimineringsgrund, "
        "en skolform eller en status.",
        fix="välj ett av de tillåtna värdena",
    ),
    Code(
        "TP014", ERROR, FORM, "Okänd nyckel", source=cite.FORMAT,
        checks="Att varje nyckel finns i schemat, så att en felstavad nyckel inte tyst "
        "lämnas utanför planen.",
        fix="rätta stavningen eller ta bort nyckeln",
    ),
    Code(
        "TP015", ERROR, FORM, "Värdet har fel form", source=cite.FORMAT,
        checks="Att värden som id, e-postdomäner, färger, årskurser, filnamn och planens "
        "tider (dag, månad, vecka eller termin) är skrivna på den form schemat anger, och "
        "att en kontakts telefonnummer är ett svenskt: från 0 eller +46 med 7–10 siffror "
        "räknat med nollan, eller ett kortnummer från 1 med 3–6 siffror (som 112 och 1177).",
        fix="kontrollera hur värdet är skrivet",
    ),
    Code(
        "TP016", ERROR, FORM, "Ogiltigt datum eller ogiltig adress", source=cite.FORMAT,
        checks="Att datum (ÅÅÅÅ-MM-DD) och planens tider finns i kalendern (inte 30 februari "
        "eller vecka 53 ett år med 52 veckor) och att e-postadresser och webbadresser är giltiga.",
        fix="skriv datum som ÅÅÅÅ-MM-DD och adresser i sin helhet",
    ),
    Code(
        "TP017", ERROR, FORM, "För få eller för många punkter", source=cite.FORMAT,
        checks="Att varje lista har så många punkter som schemat kräver.",
        fix="lägg till eller ta bort punkter",
    ),
    Code(
        "TP018", ERROR, FORM, "Texten är tom eller för lång", source=cite.FORMAT,
        checks="Att texter som ska ha innehåll inte är tomma och inte är längre än tillåtet.",
        fix="skriv en text av rimlig längd",
    ),
    Code(
        "TP019", ERROR, FORM, "Talet ligger utanför gränserna", source=cite.FORMAT,
        checks="Att tal som antal svar, andelar och veckonummer ligger inom sina gränser.",
        fix="ändra talet",
    ),
    Code(
        "TP020", ERROR, FORM, "Värdet passar inte schemat", source=cite.FORMAT,
        checks="Att värden som kan skrivas på flera sätt, som steg i en ärendegång, är "
        "skrivna på ett av dem.",
        fix="se schemats beskrivning av fältet",
    ),
    Code(
        "TP021", ERROR, FORM, "Felskriven regelkod i regelprofilen", source=cite.FORMAT,
        checks="Att nycklarna under regelprofil.regler är regelkoder: TP följt av tre siffror.",
        fix="regelkoder skrivs TP följt av tre siffror",
    ),
    Code(
        "TP022", ERROR, FORM, "Kontrollen av enheten avbröts av ett fel i trygg",
        source=cite.FORMAT,
        checks="Säger att trygg självt stötte på ett oväntat fel när det läste eller "
        "kontrollerade en enhets filer. Enheten publiceras inte, och de andra enheterna "
        "kontrolleras och byggs som vanligt: ett fel i trygg får aldrig stoppa alla enheter.",
        fix="rapportera felet till trygg med meddelandet och enhetens filer; ändra under tiden "
        "det som senast ändrades i enhetens filer",
    ),
    Code(
        "TP023", ERROR, FORM, "Ett värde står inom typografiska citattecken",
        source=cite.FORMAT,
        checks="Att inget värde står inom citattecken som YAML inte läser som citattecken: "
        "” ” och “ ” (som Word skriver), « » och ‘ ’. De blir en del av värdet och publiceras. "
        "Ett fel för ett namn, ett nummer, ett datum eller en adress; en varning för en mening, "
        "som kan vara ett citat.",
        fix='byt citattecknen mot raka citattecken " eller ta bort dem',
    ),
    Code(
        "TP024", ERROR, FORM, "En kommentar visas som en del av texten", source=cite.FORMAT,
        checks="Att inget hårt mellanslag (U+00A0, som Word skriver) eller annat ovanligt "
        "mellanslag står före en kommentar efter en text (titel: Plan # kommentar): YAML "
        "räknar bara ett vanligt mellanslag före # som början på en kommentar, så med ett "
        "annat tecken blir kommentaren en del av texten och visas på sidan.",
        fix="byt tecknet före # mot ett vanligt mellanslag",
    ),
    Code(
        "TP025", WARNING, FORM, "Listan visas som ett enda stycke", source=cite.FORMAT,
        checks="Att varje lista i en text som visas med Markdown (en egen sida, en "
        "beskrivning i planen) har en tom rad före sig och rader som börjar med - eller 1.: "
        "en lista direkt under en textrad, rader som börjar med • eller –, och en lista i en "
        "YAML-text som slår ihop sina rader (skriven med > eller utan |), visas som ett enda "
        "stycke där raderna står efter varandra.",
        fix="lägg en tom rad före listan, börja varje rad med - (inte •) och skriv texten med |",
    ),
    Code(
        "TP029", INFO, FORM, "Reglerna kördes inte för ett avsnitt med fel", source=cite.FORMAT,
        checks="Säger, en gång per fil, vilka avsnitt (som åtgärder eller kartläggning) som "
        "reglerna om innehållet hoppade över eftersom avsnittet har fel. Resten av filerna "
        "kontrolleras ändå, så att alla problem syns på en gång; reglerna för avsnittet körs "
        "när felen är rättade.",
        fix="rätta felen, så görs resten av kontrollerna (fler problem kan komma fram då)",
        after_errors=True,
    ),
)  # fmt: skip
