"""Small model objects for the diagram tests: flows, a konsekvenstrappa, an årshjul, periods."""

from __future__ import annotations

import datetime as dt

from generator.model import (
    Activity,
    AnnualCycle,
    ConsequenceLadder,
    ConsequenceStep,
    Flow,
    FlowStep,
    Period,
    PeriodKind,
)


def action(step_id: str, text: str, actor: str = "", deadline: str = "") -> FlowStep:
    return FlowStep(id=step_id, text=text, actor=actor, deadline=deadline)


def decision(step_id: str, question: str, yes: str = "", no: str = "") -> FlowStep:
    return FlowStep(id=step_id, text="", question=question, yes=yes, no=no)


def twelve_step_flow() -> Flow:
    """A realistic ärendegång: 12 steps, 3 decisions, two jumps ahead and a loop back."""
    ingripa = "Ingrip direkt: avbryt kränkningen och ta hand om den som blivit utsatt."
    dl = "Utred också enligt diskrimineringslagen och skriv vilken diskrimineringsgrund det gäller."
    utreda = "Skyndsam utredning: samtal med den utsatta eleven, den som kränkt och vittnen."
    avsluta = "Dokumentera, avsluta ärendet och rapportera till huvudmannen."
    return Flow(
        title="När en elev kränks av en annan elev",
        steps=(
            action("ingripa", ingripa, "all personal", "direkt"),
            action(
                "anmala",
                "Anmäl till rektor med skolans blankett.",
                "den som såg eller fick veta",
                "samma dag",
            ),
            action(
                "huvudman", "Rektor anmäler vidare till huvudmannen.", "rektor", "inom en vecka"
            ),
            decision(
                "grund", "Kan det vara trakasserier eller sexuella trakasserier?", no="utreda"
            ),
            action("dl", dl, "rektor"),
            action("utreda", utreda, "mentor och kurator", "inom två skoldagar"),
            action(
                "atgarder",
                "Besluta om åtgärder för individ, grupp och skola.",
                "rektor",
                "inom en vecka",
            ),
            decision(
                "brott", "Kan det vara ett brott, eller finns det oro för ett barn?", no="folja_upp"
            ),
            action(
                "anmalan",
                "Gör polisanmälan eller orosanmälan till socialtjänsten.",
                "rektor",
                "samma dag",
            ),
            action(
                "folja_upp", "Följ upp med eleven och vårdnadshavarna.", "mentor", "inom två veckor"
            ),
            decision("upphort", "Har kränkningarna upphört?", yes="avsluta", no="atgarder"),
            action("avsluta", avsluta, "rektor"),
        ),
    )


LONG_TEXTS = (
    "Vårdnadshavare underrättas skyndsamt av ansvarig pedagog, och åtgärdsförslaget"
    " återkopplas till elevhälsoteamet.",
    "Förstelärarsamordningsgruppsmötesprotokollföringsansvarig dokumenterar händelseförloppet.",
    "Kuratorn för enskilda samtal med de inblandade eleverna för att förstå vad som hänt"
    " på rasten.",
    "Rektor säkerställer att utredningen påbörjas utan dröjsmål och att åtgärderna står"
    " i proportion till det som hänt.",
    "Återkoppling sker till elevrådet och föräldrarådet så att trygghetsarbetet förankras"
    " på hela skolan.",
)
LONG_QUESTIONS = (
    "Har alla inblandade elever och deras vårdnadshavare fått återkoppling på åtgärderna?",
    "Är det en vuxen på skolan som har kränkt eleven, så att ärendet måste hanteras av rektor?",
    "Visar uppföljningen efter två veckor att kränkningarna och trakasserierna har upphört helt?",
)


def long_flow(step_count: int) -> Flow:
    """A flow of 4–15 steps with long åäö-heavy labels and up to three decisions.

    The decisions jump ahead, loop back, and (with 9 or more steps) send both
    answers away from the next step, so every kind of edge is exercised.
    """
    ids = [f"s{index + 1}" for index in range(step_count)]
    branches = {
        1: ("", ids[-1]),  # yes: next, no: jump to the end
        step_count - 2: (ids[0], ""),  # yes: loop back to the start, no: next
    }
    if step_count >= 9:
        branches[step_count // 2] = (ids[step_count // 2 + 3], ids[2])  # both away
    steps = []
    for index, step_id in enumerate(ids):
        if index in branches:
            yes, no = branches[index]
            question = LONG_QUESTIONS[len(steps) % len(LONG_QUESTIONS)]
            steps.append(decision(step_id, question, yes, no))
        else:
            text = LONG_TEXTS[index % len(LONG_TEXTS)]
            steps.append(
                action(
                    step_id,
                    text,
                    "Åtgärdsansvarig förstelärare på mellanstadiet",
                    "inom två skoldagar efter händelsen",
                )
            )
    return Flow(title=f"Flöde med {step_count} steg", steps=tuple(steps))  # fmt: skip


def five_step_ladder() -> ConsequenceLadder:
    step = ConsequenceStep
    return ConsequenceLadder(
        steps=(
            step(
                "Tillsägelse",
                "Personal säger till och påminner om ordningsreglerna.",
                "All personal",
                "SL 5 kap. 6 §",
            ),
            step(
                "Kontakt med vårdnadshavare",
                "Mentor ringer hem samma dag.",
                "Mentor",
                "SL 5 kap. 7–8 §§",
            ),
            step(
                "Möte med elev och vårdnadshavare", "Vi gör en handlingsplan.", "Mentor och kurator"
            ),
            step(
                "Utredning och skriftlig varning",
                "Rektor kan ge en **skriftlig varning**.",
                "Rektor",
                "SL 5 kap. 9–11 §§",
            ),
            step(
                "Tillfällig omplacering eller avstängning",
                "Bara när inget annat hjälper.",
                "Rektor och huvudman",
                "SL 5 kap. 12–21 §§",
            ),
        ),
        rules_link="https://example.se/ordningsregler",
    )


def _activity(
    activity_id: str, name: str, month: str, step: str, week: int | None = None
) -> Activity:
    return Activity(activity_id, name, month, week, step, "Trygghetsteamet", "Elever i åk 2–6")


def fourteen_activity_wheel(start_month: str = "augusti") -> AnnualCycle:
    return AnnualCycle(
        start_month=start_month,
        activities=(
            _activity("revidera", "Revidera trygghetsplanen", "augusti", "analys", 33),
            _activity("apt", "Genomgång på APT", "augusti", "förankring", 34),
            _activity(
                "klassrad", "Planen presenteras i klassråd och elevråd", "september", "förankring"
            ),
            _activity("foraldramote", "Föräldramöten", "september", "förankring", 37),
            _activity("enkat", "Trygghetsenkät", "oktober", "kartläggning", 42),
            _activity("vandring", "Trygghetsvandring med elevrådet", "oktober", "kartläggning"),
            _activity("halsosamtal", "Hälsosamtal i åk 4", "oktober", "kartläggning", 44),
            _activity("analys", "Analys av enkäten med elevrådet", "november", "analys"),
            _activity("atgarder", "Åtgärder beslutas", "december", "åtgärd", 49),
            _activity("mitt", "Uppföljning av åtgärderna", "januari", "uppföljning", 3),
            _activity("intervjuer", "Gruppintervjuer i F–2", "mars", "kartläggning", 11),
            _activity(
                "utvardering", "Utvärdering med elever och personal", "maj", "uppföljning", 20
            ),
            _activity("ny_plan", "Utkast till nästa års plan", "juni", "åtgärd", 23),
            _activity("rapport", "Rapport till huvudmannen", "juni", "uppföljning"),
        ),
    )


def school_year() -> Period:
    return Period("2025-26", PeriodKind.SCHOOL_YEAR, dt.date(2025, 8, 1), dt.date(2026, 7, 31))


def calendar_year() -> Period:
    return Period("2026", PeriodKind.CALENDAR_YEAR, dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def branchy_flow() -> Flow:
    """Every kind of decision: both answers ahead, both back, both to the next step, and a
    last step whose "yes" ends the flow."""
    return Flow(
        title="Alla sorters beslut",
        steps=(
            action("s1", "Personal ingriper.", "personal", "direkt"),
            decision("s2", "Gäller det en vuxen?", yes="s5", no="s7"),
            action("s3", "Mentor pratar med eleven.", "mentor"),
            action("s4", "Kurator följer upp.", "kurator", "inom en vecka"),
            decision("s5", "Behövs fler samtal?", yes="s1", no="s3"),
            decision("s6", "Är vårdnadshavarna informerade?"),
            action("s7", "Rektor dokumenterar ärendet.", "rektor"),
            decision("s8", "Är ärendet avslutat?", no="s7"),
        ),
    )


def shortest_flow() -> Flow:
    return Flow(title="Två steg", steps=(action("a", "Säg till."), action("b", "Följ upp.")))
