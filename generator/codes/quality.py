"""TP300–TP303 and TP305–TP310: the quality of goals, measures, analyses, evaluations and
references, and of the rule profile (what `trygg init` left unfilled: `codes.unfilled`)."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

WARNING, INFO = Severity.WARNING, Severity.INFO
QUALITY = Category.QUALITY

CODES: tuple[Code, ...] = (
    Code(
        "TP300",
        WARNING,
        QUALITY,
        "Regelkoden i regelprofilen finns inte",
        source=cite.TRYGG_PROFILE,
        checks=(
            "Att varje kod under regelprofil.regler i huvudman.yml finns, och att en kod "
            "TP100–TP499 är en regel. (Koder i andra serier hör till andra kontroller, till "
            "exempel elevsidornas TP5xx.)"
        ),
        fix="använd en av koderna på regelsidan, till exempel TP204",
    ),
    Code(
        "TP301",
        WARNING,
        QUALITY,
        "Målet är inte mätbart och tidsatt (TÖFT)",
        source=cite.TOFT,
        checks=(
            "Att varje mål är ett tidsangivet önskvärt framtida tillstånd: indikatorn är "
            "beskriven, målnivån går att mäta och datumet ligger inom planens giltighet."
        ),
        fix="ange en mätbar målnivå (t.ex. Minst 90 %) och ett datum inom planens giltighet",
    ),
    Code(
        "TP302",
        WARNING,
        QUALITY,
        "Åtgärden saknar ansvarig, tidsplan eller uppföljning",
        source=cite.DO_MEASURES,
        checks=(
            "Att varje åtgärd har en ansvarig roll, ligger inom planens giltighet och följs "
            "upp efter starten med en beskriven metod."
        ),
        fix="ange en ansvarig roll, en start inom giltigheten och en uppföljning efter starten",
    ),
    Code(
        "TP303",
        WARNING,
        QUALITY,
        "Hänvisning till upphävda regler",
        source=cite.REPEALED,
        checks=(
            "Att texterna inte hänvisar till upphävda regler: SKOLFS 2012:10, förordning "
            "2006:1083, lag 2006:67, skollagen 1985:1100, titeln förskolechef eller "
            "likabehandlingsplan som lagkrav."
        ),
        fix="ta bort hänvisningen eller ersätt den med gällande regler",
    ),
    Code(
        "TP305",
        WARNING,
        QUALITY,
        "Planen har inga mål",
        source=cite.SL_6_6_TOFT,
        checks=(
            "Att planen har minst ett mål som åtgärderna kan följas upp mot. Skollagen kräver "
            "ett målinriktat arbete men inte att målen står i planen; utan mål går det inte "
            "att säga om åtgärderna gav effekt."
        ),
        fix="lägg till ett mål under mål: med id och text, gärna med indikator, målnivå och datum",
    ),
    Code(
        "TP306",
        WARNING,
        QUALITY,
        "Utvärderingen berättar inte vad som hände",
        source=cite.SL_6_8,
        checks=(
            "Att utvärderingens texter (sammanfattningen, effekten av varje åtgärd och "
            "uppföljningen av riktlinjer och rutiner) berättar vad som hände: inte bara vad "
            "som ska göras, en hänvisning till annan text, att åtgärden är genomförd, en "
            "kopia av åtgärdens egen text eller ett tecken som fyller fältet."
        ),
        fix="skriv vad som blev gjort och vad ni såg, till exempel hur enkätsvaren ändrades",
    ),
    Code(
        "TP307",
        WARNING,
        QUALITY,
        "Orsaken upprepar fyndet",
        source=cite.ESKA_DL_3_2,
        checks=(
            "Att varje orsak under analys.orsaker förklarar fyndet: inte upprepar det med "
            "andra böjningar, återger dess siffror, hänvisar till annan text eller bara "
            "säger att orsaken ska utredas."
        ),
        fix="beskriv varför det blir så: platser, tider, grupper, vuxnas närvaro",
    ),
    Code(
        "TP308",
        WARNING,
        QUALITY,
        "Texten nämner en tidigare period",
        source=cite.FORMAT,
        checks=(
            "Att planens fria texter, de som trygg ny-period för över till nästa plan "
            "(inledning, vision, ansvarsfördelning, målen med målnivå, samverkan, förankring "
            "och uppföljning_av_planen.hur), inte nämner en månad, termin, ett år eller ett "
            "läsår före förra perioden (till exempel maj 2026 eller under 2025 i planen för "
            'läsåret 2027/28), och inte nämner förra perioden som om den vore nu ("skolan '
            'arbetar under läsåret 2026/27" i samma plan; målen får nämna förra periodens '
            "värden). Sådana texter är oftast kopierade från en äldre plan och berättar om "
            "ett arbete som planen inte bygger på."
        ),
        fix="skriv om texten för planens period, eller ta bort tidsangivelsen om texten gäller "
        "varje år",
    ),
    Code(
        "TP309",
        WARNING,
        QUALITY,
        "Mållinjen säger inte samma sak som målnivån",
        source=cite.FOLLOW_UP,
        checks=(
            "Att målvärdet under mål.mätning (minst eller högst) är samma som målnivån: talet "
            "efter Minst eller Högst, eller annars det första talet med %. Mätningens "
            "målvärde ritas som en linje i diagrammet över resultaten år för år, och läsaren "
            "ska se samma mål där som i målets text."
        ),
        fix="skriv samma tal under mätning som i målnivån, eller rätta målnivån",
    ),
    Code(
        "TP310",
        INFO,
        QUALITY,
        "Målnivån kan ritas i diagrammet",
        source=cite.FOLLOW_UP,
        checks=(
            "Vilka mål som har en målnivå i procent men ingen mätning, fast ett mått i "
            "kartläggningens delresultat har samma ord som målets indikator. Med mätning "
            "ritas målnivån som en linje i diagrammet över resultaten år för år."
        ),
        fix="lägg till mätning: {metod: K1, mått: Känner sig trygg i skolan, minst: 90} "
        "under målet, med metodens id, måttet och målnivåns tal",
    ),
    Code(
        "TP317",
        INFO,
        QUALITY,
        "Förra periodens resultat står bara i texten",
        source=cite.FOLLOW_UP,
        checks=(
            "Vilka metoder i kartläggningen som i sitt resultat nämner ett värde från "
            'perioden före ("88 % känner sig trygga (85 % året innan)"), fast ingen '
            "tidigare plan av skolan har metoden. Diagrammet över resultaten år för år ritas "
            "ur skolans planer: samma metod-id i en tidigare plan, eller det id som metoden "
            "fortsätter. Ett värde i texten kan läsaren se, men inget diagram kan följa det."
        ),
        fix="lägg förra periodens plan i trygghetsplan/ med metoden under samma id och dess "
        "delresultat, eller skriv fortsätter: med metodens id i den planen",
    ),
    Code(
        "TP314",
        WARNING,
        QUALITY,
        "Två åtgärder har samma titel",
        source=cite.WCAG_NAMES,
        checks=(
            "Att varje åtgärd i en plan har en egen titel. Sidan nämner åtgärderna med sina "
            "titlar, i rubriker, i innehållsförteckningen och i länkar: med samma titel leder "
            "två likadana länkar till olika åtgärder, och läsaren kan inte skilja dem åt."
        ),
        fix="ge åtgärden en titel som säger vad just den går ut på",
    ),
    Code(
        "TP315",
        WARNING,
        QUALITY,
        "En kod står i texten i stället för det den står för",
        source=cite.PLAIN_LANGUAGE,
        checks=(
            "Att planens texter inte nämner en åtgärd, ett mål eller ett fynd med bara sin "
            "kod (A6, M2, F3), till exempel ”Den startas om som A6”. Sidan visar inte "
            "koderna, och förra årets A3 är en annan åtgärd än årets A3, så läsaren vet "
            "inte vad koden står för. I en effekt eller lärdom skrivs ”(A6)” och ”förra "
            "planens mål M2” om till titeln, om det är klart vilken som menas."
        ),
        fix="skriv åtgärdens, målets eller fyndets namn med ord i stället för koden",
    ),
)
