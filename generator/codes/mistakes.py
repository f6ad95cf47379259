"""TP2xx: the six common mistakes that central units find in plans."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
MISTAKES = Category.MISTAKES

CODES: tuple[Code, ...] = (
    Code(
        "TP201",
        ERROR,
        MISTAKES,
        "Kartläggning saknas",
        source=cite.ESKA_DL_3_2,
        checks=(
            "Att planen bygger på en aktuell kartläggning: minst en metod är gjord under året"
            " före planen eller under giltigheten, och varje metods resultat är beskrivet."
        ),
        fix=(
            "gör en ny kartläggning och lägg till den under kartläggning.metoder med datum "
            "och resultat"
        ),
    ),
    Code(
        "TP202",
        ERROR,
        MISTAKES,
        "Analys av kartläggningen saknas",
        source=cite.ESKA_DL_3_2,
        checks=(
            "Att varje fynd analyseras: någon orsak under analys.orsaker tar upp fyndet och "
            "beskriver orsaker, i stället för att bara upprepa fyndet."
        ),
        fix="lägg till en punkt under analys.orsaker med fyndets id och vad som orsakar det",
    ),
    Code(
        "TP203",
        WARNING,
        MISTAKES,
        "Elevernas upplevelse förenklas",
        source=cite.ESKA,
        checks=(
            "Att eleverna själva kommer till tals i kartläggningen, och att elevenkäter "
            "redovisas med svarsfrekvens och uppdelade på grupp eller årskurs."
        ),
        fix="låt eleverna delta i kartläggningen och redovisa svarsfrekvens och delresultat",
    ),
    Code(
        "TP204",
        WARNING,
        MISTAKES,
        "Eleverna är inte delaktiga i analysen",
        source=cite.ESKA_SL_4_4,
        checks=(
            "Att analys.elevmedverkan (eller samverkan.analys.elever) säger vad eleverna "
            "själva bidrog med i analysen: varje forum är ett där elever var med och dess "
            "bidrag säger vad eleverna gjorde. En text där bara personalen gör något, som "
            "'Trygghetsteamet analyserade elevernas svar', räcker inte."
        ),
        fix=(
            "låt t.ex. elevrådet eller klassråden tolka resultaten och skriv "
            "analys.elevmedverkan som en lista med forum, när och bidrag"
        ),
    ),
    Code(
        "TP205",
        ERROR,
        MISTAKES,
        "Insatserna kopplas inte till kartläggningen",
        source=cite.ESKA,
        checks=(
            "Att varje förebyggande åtgärd säger vilka fynd den tar sig an (adresserar), och "
            "att varje fynd tas om hand av en åtgärd eller förklaras i analysen "
            "(utan_åtgärd)."
        ),
        fix="koppla åtgärden till de fynd den gäller med adresserar: och fyndens id",
    ),
    Code(
        "TP206",
        WARNING,
        MISTAKES,
        "Insatserna kommuniceras inte med eleverna",
        source=cite.ESKA,
        checks=(
            "Att planen säger hur eleverna får veta om åtgärderna: i förankringen med "
            "målgrupp elever, genom ett elevforum eller en lektion, eller i varje åtgärds "
            "kommunikation. En saknad elevtext är elevversionens TP504."
        ),
        fix=(
            "lägg till förankring med målgrupp: elever som säger var eleverna får veta, "
            "t.ex. i klassråden och i elevrådet"
        ),
    ),
)
