"""Free texts of a plan that name an earlier year (TP308).

`trygg ny-period` copies a plan's free texts into the next one: its inledning, vision and
ansvarsfördelning as written, its goals, and how pupils and staff took part (samverkan),
how the plan is made known (förankring) and followed up. What they tell happens in the
period before the plan's or in its own, so a month, term, year or läsår before that
("maj 2026" or "under 2025" in the plan for läsåret 2027/28) is most likely an earlier
plan's text, copied without being rewritten. `TEXTS` is the one list of those fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from generator.load import schoolyears
from generator.load.dates import day_in_words
from generator.model import Plan
from generator.model.period import PeriodKind
from generator.periodwords import PERIOD_WORD, days_named, period_named
from generator.rules.engine import Context, DataPath, Finding, rule
from generator.vocabulary import RESPONSIBILITY_ROLES

HINT = "skriv om texten för planens period, eller ta bort tidsangivelsen om texten gäller varje år"

Texts = Iterator[tuple[DataPath, str]]


def _introduction(plan: Plan) -> Texts:
    yield ("inledning",), plan.introduction


def _vision(plan: Plan) -> Texts:
    if not plan.vision.student_text:  # one text for everyone
        yield ("vision",), plan.vision.text
        return
    yield ("vision", "text"), plan.vision.text
    yield ("vision", "elevtext"), plan.vision.student_text
    yield ("vision", "barntext"), plan.vision.child_text
    yield ("vision", "ungdomstext"), plan.vision.youth_text


def _responsibilities(plan: Plan) -> Texts:
    """Each role's text: the named roles under their key, the others under `andra`."""
    others = 0
    for role, text in plan.responsibilities:
        if role in RESPONSIBILITY_ROLES:
            yield ("ansvarsfördelning", role), text
        else:
            yield ("ansvarsfördelning", "andra", others, "text"), text
            others += 1


def _goals(plan: Plan) -> Texts:
    for index, goal in enumerate(plan.goals):
        yield ("mål", index, "text"), goal.text
        yield ("mål", index, "målnivå"), goal.target_level


def _collaboration(plan: Plan) -> Texts:
    for step, part in plan.collaboration.items():
        roles = (("elever", part.pupils), ("personal", part.staff))
        for role, text in (*roles, ("vårdnadshavare", part.guardians)):
            yield ("samverkan", step, role), text


def _anchoring(plan: Plan) -> Texts:
    for index, anchoring in enumerate(plan.anchoring):
        yield ("förankring", index, "hur"), anchoring.how
        yield ("förankring", index, "när"), anchoring.when


def _follow_up(plan: Plan) -> Texts:
    if plan.follow_up is not None:
        yield ("uppföljning_av_planen", "hur"), plan.follow_up.how


# The plan's sections whose free texts the rule reads, each with the texts and their paths.
TEXTS: dict[str, Callable[[Plan], Texts]] = {
    "inledning": _introduction,
    "vision": _vision,
    "ansvarsfördelning": _responsibilities,
    "mål": _goals,
    "samverkan": _collaboration,
    "förankring": _anchoring,
    "uppföljning_av_planen": _follow_up,
}


# Last period named as the time of the work: "under läsåret 2025/26", "under 2025".
_DURING = re.compile(r"(?i)\bunder\s+(?:hela\s+)?(?:läsåret\s+|kalenderåret\s+|året\s+)?$")
# A verb in the past tense, or a supine after har/hade: the sentence tells what was done.
_IRREGULAR = frozenset({
    "var", "hade", "blev", "fick", "gick", "såg", "gjorde", "kom", "tog", "fanns", "sade",
    "sa", "gav", "skrev", "valde",
})  # fmt: skip
_PERFECT = re.compile(r"(?i)\b(?:har|hade)\b(?:\s+\w+){0,3}?\s+\w+(?:at|it|tt|rt)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# Sections whose texts may name last period whole as their baseline.
_BASELINES = frozenset({"mål"})


def _told_as_past(sentence: str) -> bool:
    """Whether a sentence has a verb in the past tense ("genomförde", "visade", "fick") or
    the perfect ("har svarat"); a present participle ("främjande") is none."""
    for word in re.findall(r"\w+", sentence.casefold()):
        if word in _IRREGULAR:
            return True
        past = len(word) >= 5 and word.endswith(("de", "te")) and not word.endswith("nde")
        if past and word != "måste":
            return True
    return _PERFECT.search(sentence) is not None


def _last_as_now(text: str, last: tuple[dt.date, dt.date]) -> list[str]:
    """Last period, named whole as the time of the work ("under läsåret 2025/26") in a
    sentence that tells of nothing done then, as written."""
    named = []
    for found in PERIOD_WORD.finditer(text):
        if days_named(found) != last or not _DURING.search(text, 0, found.start()):
            continue
        starts = [end.end() for end in _SENTENCE_END.finditer(text, 0, found.start())]
        stop = _SENTENCE_END.search(text, found.end())
        sentence = text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
        if not _told_as_past(sentence):
            named.append(period_named(found))
    return named


def _earlier(text: str, before: dt.date) -> list[str]:
    """The periods `text` names that end before `before`, as written."""
    named = ((period_named(found), days_named(found)) for found in PERIOD_WORD.finditer(text))
    return [words for words, days in named if days is not None and days[1] < before]


@rule("TP308", reads=tuple(f"trygghetsplan.{section}" for section in TEXTS))
def earlier_periods_named(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        start = plan.period.start
        before = start.replace(year=start.year - 1)  # the period before the plan's starts
        last = _last_period(plan)
        for section, texts in TEXTS.items():
            for path, text in texts(plan):
                if message := _stale(text, before, () if section in _BASELINES else last):
                    yield ctx.at(plan.source, path, f"{message} än {plan.period.label}", HINT)


def _last_period(plan: Plan) -> tuple[dt.date, dt.date]:
    """Last period's first and last day as the period words name it: a läsår from 1 July
    (`schoolyears`), whatever day the plan's own period begins on."""
    year = plan.period.start.year - 1
    if plan.period.kind is PeriodKind.SCHOOL_YEAR:
        return schoolyears.days(year)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _stale(text: str, before: dt.date, last: tuple[dt.date, ...]) -> str:
    """What a text names that its plan's period makes stale, told; "" when nothing."""
    if named := _earlier(text, before):
        return (
            f"texten nämner {', '.join(dict.fromkeys(named))}, före förra perioden (från "
            f"{day_in_words(before)}), så den berättar troligen om ett tidigare år"
        )
    if last and (named := _last_as_now(text, (last[0], last[1]))):
        return (
            f"texten nämner {named[0]}, förra perioden, som om arbetet pågår nu, så den är "
            "troligen kopierad från förra planen och handlar om ett tidigare år"
        )
    return ""
