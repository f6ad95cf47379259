"""Find references to repealed instruments in the published text (rule TP303)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.rules.engine import Context, Finding
from generator.rules.text import Span, published_spans

# (pattern, message, hint): each a reference that many published plans still carry.
REPEALED: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"SKOLFS\s*2012\s*:\s*10\b", re.IGNORECASE),
        "Skolverkets allmänna råd SKOLFS 2012:10 upphörde att gälla 2017",
        "hänvisa i stället till Skolverkets stödmaterial Främja, förebygga, upptäcka och åtgärda",
    ),
    (
        re.compile(r"\b2006\s*:\s*1083\b"),
        "förordningen (2006:1083) om barns och elevers deltagande i arbetet med planer "
        "gäller inte längre",
        "ta bort hänvisningen; kraven finns i skollagen 6 kap. och diskrimineringslagen 3 kap.",
    ),
    (
        re.compile(r"\b2006\s*:\s*67\b"),
        "barn- och elevskyddslagen (2006:67) upphävdes 2009",
        "hänvisa till skollagen (2010:800) 6 kap. och diskrimineringslagen (2008:567)",
    ),
    (
        re.compile(r"\b1985\s*:\s*1100\b"),
        "skollagen (1985:1100) är ersatt av skollagen (2010:800)",
        "hänvisa till skollagen (2010:800)",
    ),
    (
        re.compile(r"\bförskolechef\w*", re.IGNORECASE),
        "titeln förskolechef finns inte längre; förskolan leds av en rektor",
        "skriv rektor",
    ),
)
EQUAL_TREATMENT_PLAN = re.compile(r"likabehandlingsplan\w*", re.IGNORECASE)
REQUIREMENT = re.compile(r"\b(?:ska|skall|måste|krav\w*|enligt|lag\w*|skyldig\w*)\b", re.IGNORECASE)
HISTORY = re.compile(
    r"\b(?:inte|ej|borta|upphävd\w*|upphört|upphörde|togs bort|ersatt\w*|tidigare|längre|2017)\b",
    re.IGNORECASE,
)
ANY_REFERENCE = re.compile(
    r"SKOLFS|2006\s*:|1985\s*:|förskolechef|likabehandlingsplan", re.IGNORECASE
)  # a cheap test before the patterns above
# What `ANY_REFERENCE` cannot match without, tested as substrings first (the regex engine
# tries every letter s, f, l of every text). In lower case, but for the three letters
# that the regex engine also takes as i or s, and whose lower case is not (a text with
# one of them goes to the regex).
REFERENCE_PARTS = ("skolfs", "förskolechef", "likabehandlingsplan")
CASE_ODD = ("İ", "ı", "ſ")
SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


def _sentence(text: str, index: int) -> str:
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, index)]
    end = SENTENCE_END.search(text, index)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _plan_mentions(span: Span) -> Iterator[Finding]:
    for match in EQUAL_TREATMENT_PLAN.finditer(span.text):
        sentence = _sentence(span.text, match.start())
        if REQUIREMENT.search(sentence) and not HISTORY.search(sentence):
            message = "likabehandlingsplan beskrivs som ett lagkrav, men kravet togs bort 2017"
            hint = (
                "skriv att skolan dokumenterar sina aktiva åtgärder (DL 3 kap.) och har "
                "en plan mot kränkande behandling (SL 6 kap. 8 §)"
            )
            yield Finding(span.location(match.start()), message, hint)


def may_refer(text: str) -> bool:
    """`ANY_REFERENCE.search(text)`, after the substring tests that rule most texts out."""
    if "2006" not in text and "1985" not in text and not any(c in text for c in CASE_ODD):
        lowered = text.lower()
        if not any(part in lowered for part in REFERENCE_PARTS):
            return False
    return ANY_REFERENCE.search(text) is not None


def repealed_findings(ctx: Context) -> Iterator[Finding]:
    """Every repealed reference in published text; old plans are left as they were."""
    current = {plan.source for _school, plan in ctx.current_plans()}
    for span in published_spans(ctx.free_text, current):
        if not may_refer(span.text):
            continue
        for pattern, message, hint in REPEALED:
            for match in pattern.finditer(span.text):
                yield Finding(span.location(match.start()), message, hint)
        yield from _plan_mentions(span)
