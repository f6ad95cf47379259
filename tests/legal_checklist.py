"""The legal checklist of shared/research/domain.md §2, row by row (and row 32, the
huvudman's complaint routine), and the rules that check it.

Each row: its number, level (REQ: the statute, or the supervisor, requires it; REQ-P: a
legal duty the plan is expected to show; REC: recommended), what it asks in Swedish,
and either the codes whose rules check it or why no rule can. tests/test_legal_checklist.py
checks every code against the registry, and writes the REQ rows into schemas/README.md.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    number: int
    level: str  # REQ, REQ-P or REC
    element: str  # what the row asks, in Swedish, short
    codes: tuple[str, ...] = ()
    unchecked: str = ""  # why no rule can check it (Swedish), when `codes` is empty
    note: str = ""  # what the rules leave to people (Swedish), where it matters


ROWS: tuple[Row, ...] = (
    Row(
        1,
        "REQ",
        "En plan för varje enhet, som säger vilka skolformer den gäller",
        ("TP101", "TP118", "TP119"),
    ),
    Row(
        2,
        "REQ",
        "Upprättas varje år; giltighet, beslutsdatum och rektor",
        ("TP102", "TP103", "TP114", "TP123", "TP124", "TP127", "TP128", "TP129", "TP130", "TP131"),
    ),
    Row(3, "REQ", "Översikt över förebyggande och främjande åtgärder", ("TP104",)),
    Row(4, "REQ", "Vilka åtgärder som påbörjas eller genomförs under året", ("TP105",)),
    Row(5, "REQ", "Redogörelse för hur förra årets åtgärder genomförts", ("TP106",)),
    Row(6, "REQ", "Målinriktat arbete: mål", ("TP305", "TP301")),
    Row(7, "REQ", "Kartläggning av risker och hinder", ("TP201", "TP121")),
    Row(8, "REQ", "Analys av orsaker", ("TP202", "TP121")),
    Row(9, "REQ", "Tidsplanerade åtgärder med ansvarig", ("TP107", "TP302")),
    Row(10, "REQ", "Uppföljning och utvärdering: hur, när och vem", ("TP113", "TP107", "TP302")),
    Row(11, "REQ", "Alla sju diskrimineringsgrunder undersökta", ("TP108",)),
    Row(
        12,
        "REQ",
        "Lagens områden för skolformerna (studiemiljö, undervisning, bedömning …)",
        ("TP120",),
    ),
    Row(
        13,
        "REQ",
        "Riktlinjer: trakasserier och sexuella trakasserier accepteras inte",
        ("TP109", "TP116", "TP117"),
        note="riktlinjer krävs också när kartläggningen inte visade några trakasserier (TP116)",
    ),
    Row(
        14,
        "REQ",
        "Rutiner mot trakasserier: vem eleven vänder sig till, vem som utreder, uppföljning",
        ("TP109", "TP122"),
        note="att kontaktpersonerna är roller i skola.yml prövar TP057",
    ),
    Row(15, "REQ", "Samverkan med elever och personal i alla steg, och hur", ("TP110",)),
    Row(16, "REQ", "Dokumentation av alla fyra steg", ("TP121",)),
    Row(
        17,
        "REQ-P",
        "Rutin för anmälan och utredning: personal → rektor → huvudman",
        ("TP112", "TP126", "TP109"),
        note="att huvudmannen utreder skyndsamt visar sig i ärendena, inte i planen",
    ),
    Row(18, "REQ-P", "Egen rutin när personal kränker en elev", ("TP111",)),
    Row(19, "REQ", "Elevernas delaktighet, också i analysen", ("TP115", "TP204", "TP110")),
    Row(20, "REC", "Elevernas upplevelse redovisas utan att förenklas", ("TP203",)),
    Row(21, "REC", "Insatserna kopplas till kartläggning och analys", ("TP205",)),
    Row(22, "REC", "Insatserna kommuniceras med eleverna", ("TP206",)),
    Row(23, "REC", "Mål enligt TÖFT", ("TP301",)),
    Row(
        24,
        "REC",
        "Vision, begrepp och ansvarsfördelning",
        unchecked=(
            "begreppen kommer från huvudman.yml, som schemat kräver; vision och "
            "ansvarsfördelning är valfria"
        ),
    ),
    Row(
        25,
        "REC",
        "Kontaktpersoner för elever och vårdnadshavare, som roller",
        ("TP050",),
        note="att rollerna finns i skola.yml prövar TP057",
    ),
    Row(26, "REC", "Förankring och information", ("TP206",)),
    Row(
        27,
        "REC",
        "Nätkränkningar tas upp",
        unchecked="taggen nätkränkningar finns, men skolor utan nätproblem behöver inte ha den",
    ),
    Row(
        28,
        "REC",
        "Länk till ordningsregler som eleverna varit med att ta fram",
        unchecked="ordningsreglerna är en egen sida; elevernas medverkan står i löptext",
    ),
    Row(29, "REC", "Inga hänvisningar till upphävda regler", ("TP303",)),
    Row(
        30,
        "REQ",
        "Tillgänglig publicering (WCAG 2.1 AA)",
        ("TP045",),
        note="resten gäller webbplatsen, som trygg bygger tillgänglig och testar med axe",
    ),
    Row(
        31,
        "REQ",
        "Inga personuppgifter om elever; små grupper döljs",
        ("TP401", "TP402", "TP403", "TP404", "TP405", "TP406", "TP407", "TP050"),
    ),
    # Not in domain.md's list, which is about the plan: the huvudman's complaint routine
    # (domain.md §1.4), which the routines page tells guardians about.
    Row(
        32,
        "REQ",
        "Huvudmannens rutin för klagomål, och information om den",
        ("TP125",),
        note="hur klagomålen tas emot och utreds visar sig i ärendena, inte på webbplatsen",
    ),
)

# The levels whose rows are legal duties: each is checked by a rule that cites its source.
DUTIES = ("REQ", "REQ-P")
