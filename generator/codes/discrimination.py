"""TP1xx: what Diskrimineringslagen requires of the plan (3 kap.: the aktiva åtgärder, their
documentation, samverkan and the riktlinjer against trakasserier), with DO's guidance on
it. Those resting on Skollagen: `codes.legal`."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
LEGAL = Category.LEGAL

CODES: tuple[Code, ...] = (
    Code(
        "TP107",
        WARNING,
        LEGAL,
        "De fyra stegen är inte tidsplanerade",
        source=cite.DL_3_2_3,
        checks=(
            "Att arbetets fyra steg (undersöka, analysera, åtgärda, följa upp) finns i "
            "årshjulet, och att planens egen uppföljning är beskriven och ligger inom "
            "giltigheten."
        ),
        fix="lägg till en aktivitet för steget i arshjul.yml",
    ),
    Code(
        "TP108",
        ERROR,
        LEGAL,
        "Inte alla diskrimineringsgrunder är undersökta",
        source=cite.DL_3_1_2,
        checks=(
            "Att kartläggningen täcker alla sju diskrimineringsgrunder: varje grund är taggad"
            " i ett fynd eller beskriven under kartläggning.täckning."
        ),
        fix=(
            "tagga grunden i ett fynd, eller skriv under kartläggning.täckning hur den undersöktes"
        ),
    ),
    Code(
        "TP109",
        ERROR,
        LEGAL,
        "Riktlinjer och rutiner mot trakasserier saknas",
        source=cite.DO_GUIDELINES,
        checks=(
            "Att riktlinjerna säger att trakasserier och sexuella trakasserier inte "
            "accepteras (riktlinjer.accepteras_inte), vem eleverna vänder sig till "
            "(riktlinjer.vänd_dig_till) och vem som utreder (riktlinjer.utreds_av), och att "
            "rutinerna beskriver utredningen, även när kartläggningen inte visade några "
            "trakasserier. Riktlinjer som bara är en text prövas på att de nämner båda."
        ),
        fix=(
            "skriv under riktlinjer: accepteras_inte: [trakasserier, sexuella trakasserier], "
            "vänd_dig_till: med roller och utreds_av: med en roll"
        ),
    ),
    Code(
        "TP110",
        ERROR,
        LEGAL,
        "Samverkan med elever och personal saknas",
        source=cite.DL_COOPERATION,
        checks=(
            "Att planen under samverkan beskriver hur elever och personal har medverkat i "
            "varje steg: kartläggning, analys, åtgärder, uppföljning samt riktlinjer och "
            "rutiner. För kartläggningen och analysen räcker stegets elevmedverkan för "
            "eleverna. Vårdnadshavare är valfritt."
        ),
        fix="beskriv under samverkan hur eleverna och personalen deltog i steget",
    ),
    Code(
        "TP113",
        ERROR,
        LEGAL,
        "Uppföljningen av planen saknas",
        source=cite.DL_3_2,
        checks=(
            "Att planen säger när, hur och av vem arbetet följs upp och utvärderas "
            "(uppföljning_av_planen). Ett utkast kan sakna det, men inte en beslutad plan."
        ),
        fix="lägg till uppföljning_av_planen med senast, hur och ansvarig",
    ),
    Code(
        "TP116",
        ERROR,
        LEGAL,
        "Riktlinjerna säger att de inte behövs",
        source=cite.DO_GUIDELINES,
        checks=(
            "Att riktlinjerna inte säger att riktlinjer inte behövs, eller att de saknas för"
            " att kartläggningen inte visade några trakasserier. Riktlinjer och rutiner krävs"
            " ändå: de ska finnas innan något händer."
        ),
        fix=(
            "ta bort meningen och skriv vad som gäller om trakasserier eller sexuella"
            " trakasserier händer: att de inte accepteras, vem eleven vänder sig till och"
            " vem som utreder"
        ),
    ),
    Code(
        "TP117",
        WARNING,
        LEGAL,
        "Riktlinjerna är bara en text",
        source=cite.DL_3_18,
        checks=(
            "Att riktlinjerna är skrivna strukturerat, så att trygg kan se att trakasserier"
            " och sexuella trakasserier inte accepteras, vem eleverna vänder sig till och vem"
            " som utreder. Riktlinjer som bara är en text fungerar, men prövas bara på ord."
        ),
        fix=(
            "skriv riktlinjer: med accepteras_inte, vänd_dig_till och utreds_av, och flytta"
            " texten till riktlinjer.text"
        ),
    ),
    Code(
        "TP115",
        WARNING,
        LEGAL,
        "Eleverna är inte med i kartläggningen",
        source=cite.PUPILS_TAKE_PART,
        checks=(
            "Att kartläggning.elevmedverkan (eller samverkan.kartläggning.elever) säger vad "
            "eleverna själva gjorde: varje forum är ett där elever var med och dess bidrag "
            "säger vad eleverna bidrog med. En text där bara personalen gör något, som "
            "'Mentorerna gick igenom elevernas svar', räcker inte."
        ),
        fix=(
            "skriv kartläggning.elevmedverkan som en lista med forum, när och bidrag för "
            "varje forum där elever var med"
        ),
    ),
    Code(
        "TP120",
        WARNING,
        LEGAL,
        "Ett område i diskrimineringslagen är inte undersökt",
        source=cite.DL_3_16_AREAS,
        checks=(
            "Att kartläggningen täcker de områden som lagen räknar upp och som gäller "
            "enhetens skolformer: studiemiljö och undervisning överallt, bedömning i skolan "
            "och dessutom antagning samt studier och föräldraskap i gymnasieskolan. Ett "
            "område räknas när ett fynd har det under områden eller när "
            "kartläggning.täckning säger hur det undersöktes."
        ),
        fix=(
            "tagga området i ett fynd, eller skriv under kartläggning.täckning hur det undersöktes"
        ),
    ),
    Code(
        "TP121",
        ERROR,
        LEGAL,
        "Planen dokumenterar inte alla fyra steg",
        source=cite.DL_DOCUMENTATION,
        checks=(
            "Att en beslutad plan dokumenterar alla fyra steg med innehåll, inte bara med "
            "rubriker: vad kartläggningen visade, orsakerna i analysen, vad åtgärderna går ut "
            "på och hur arbetet följs upp och utvärderas."
        ),
        fix="fyll i steget med vad ni faktiskt har gjort och kommit fram till",
    ),
    Code(
        "TP122",
        WARNING,
        LEGAL,
        "Riktlinjerna och rutinerna är inte uppföljda",
        source=cite.DL_3_18,
        checks=(
            "Att en plan som följer på en tidigare period redogör för hur riktlinjerna och "
            "rutinerna mot trakasserier och sexuella trakasserier har följts upp och "
            "utvärderats (utvärdering.riktlinjer_och_rutiner)."
        ),
        fix=(
            "beskriv under utvärdering.riktlinjer_och_rutiner hur riktlinjerna och rutinerna "
            "följdes upp och vad som ändrades"
        ),
    ),
)
