"""TP5xx: the student version: its readability and the texts it needs."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

WARNING, STUDENT = Severity.WARNING, Category.STUDENT

CODES: tuple[Code, ...] = (
    Code(
        "TP501", WARNING, STUDENT, "Elevtexten är för svår att läsa", source=cite.READABILITY,
        checks="Att varje elevtext har ett LIX-värde inom gränsen för den yngsta "
        "åldersgrupp vars elevsida visar texten, också om ett av dess långa ord vore kort: "
        "i en text på några få ord avgör annars ett enda ord värdet. Texten räknas också "
        "med i elevsidans LIX (TP502).",
        fix="skriv kortare meningar och byt långa ord mot kortare",
    ),
    Code(
        "TP502", WARNING, STUDENT, "Elevsidan är för svår att läsa", source=cite.READABILITY,
        checks="Att varje elevsida som helhet har ett LIX-värde inom gränsen för sin "
        "åldersgrupp.",
        fix="förenkla elevtexterna och visionen i planen och elevtexterna i huvudman.yml",
    ),
    Code(
        "TP503", WARNING, STUDENT, "Ärendegången saknar elevtexter", source=cite.READABILITY,
        checks="Att minst ett steg i ärendegången elev–elev har en elevtext, så att "
        "elevsidan kan visa vad som händer när en elev säger till.",
        fix="skriv elevtext: på de steg som eleven märker av",
    ),
    Code(
        "TP504", WARNING, STUDENT, "Åtgärder saknar elevtexter", source=cite.ESKA,
        checks="Att varje åtgärd har en elevtext, så att elevsidan kan berätta om den. "
        "Varningen kommer en gång per plan och räknar upp åtgärderna utan elevtext.",
        fix="skriv elevtext: på åtgärderna, med korta meningar till eleverna",
    ),
    Code(
        "TP505", WARNING, STUDENT, "Åtgärden gäller årskurser som skolan inte har",
        source=cite.ESKA,
        checks="Att en åtgärd med årskurser gäller några av de årskurser skolans elevsidor "
        "är för, så att dess elevtext står på någon elevsida.",
        fix="skriv årskurser som skolan har, eller ta bort årskurser",
    ),
    Code(
        "TP506", WARNING, STUDENT, "Elevsidan får inte plats på en A4-sida",
        source=cite.POSTER,
        checks="Att varje elevsida går att skriva ut som en affisch på en A4-sida, i en "
        "storlek som barn kan läsa. Affischen har alltid med vem eleven kan prata med, "
        "vad som händer när eleven berättar, hjälpen utanför skolan och rättigheterna i "
        "kort form; åtgärderna, visionen och hur elever har varit med står på affischen när "
        "de får plats och annars bara på skärmen, som rättigheternas hela förklaringar. "
        "Får det som alltid ska med inte plats skrivs affischen ut något mindre (95 "
        "procent); varningen kommer när det inte får plats ens då. Hur "
        "mycket som får plats uppskattas med typsnittets bredder, med lite marginal.",
        fix="korta det som alltid står på affischen: rutinernas elevtexter och "
        "repressalier i huvudman.yml, eller kontakterna och säg_till i skola.yml",
    ),
    Code(
        "TP507", WARNING, STUDENT, "Förskolans vision saknar text för barnen",
        source=cite.CHILD_TEXT,
        checks="Att en förskolas vision har en elevtext eller barntext. Förskolans elevsida "
        "läses högt för barnen och visar aldrig visionen för vuxna; utan text för barnen "
        "står visionen inte på sidan.",
        fix="skriv visionen med text: för vuxna och elevtext: (gärna också barntext:) med "
        "enkla ord till barnen",
    ),
    Code(
        "TP508", WARNING, STUDENT, "Elevtexten talar om fritids för elever i åk 7 och uppåt",
        source=cite.AGE_BAND,
        checks="Att en elevtext i planen som elevsidan för åk 7–9 (eller gymnasiet) visar "
        "inte talar om fritids: eleverna där går inte på fritidshemmet. Elevsidan visar "
        "elevtexten som den är skriven.",
        fix="skriv en ungdomstext: för åk 7 och uppåt (visionen och ärendegångens steg), "
        "eller ge åtgärden de årskurser den gäller",
    ),
)  # fmt: skip
