"""TP317: last period's result written only as text beside this period's ("88 % känner
sig trygga (85 % året innan)"), where no earlier plan of the school has the method.

The chart of a method's results year by year is drawn from the school's plans: the
same method id in an earlier plan, or one this method continues (`fortsätter`). A figure
of last year's in the text is one a reader sees but no chart can follow; the rule tells
the school how to get the chart, once per method.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.model import Plan, School, SurveyMethod
from generator.rules.engine import Context, Finding, rule

# A share, and soon after it in the same sentence (with no other share between), words
# for the period before: "85 % året innan"
SHARE = r"\d+(?:[,.]\d+)?\s*(?:%|procent\b)"
EARLIER_SHARE = re.compile(
    rf"{SHARE}(?:(?!{SHARE})[^.!?\n]){{0,40}}?"
    r"(?:året innan|året före|förra året|i fjol|förra läsåret|förra mätningen|"
    r"läsåret innan|terminen innan|förra terminen)",
    re.IGNORECASE,
)


@rule("TP317", reads=("trygghetsplan.kartläggning",))
def earlier_value_only_as_text(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        for index, method in enumerate(plan.survey.methods):
            said = EARLIER_SHARE.search(method.results)
            if said is None or _followed(school, plan, method):
                continue
            message = (
                f"resultatet av {method.method} ({method.id}) nämner ett värde från perioden "
                f"före bara i texten ('{said.group(0)}'), och ingen tidigare plan har "
                "metoden: inget diagram visar resultaten år för år"
            )
            hint = (
                "lägg förra periodens plan i skolans mapp trygghetsplan/ med metoden under "
                f"samma id, {method.id}, och dess delresultat (eller skriv fortsätter: med "
                "metodens id i den planen), så ritas resultaten år för år"
            )
            yield ctx.at(plan.source, ("kartläggning", "metoder", index, "resultat"), message, hint)


def _followed(school: School, plan: Plan, method: SurveyMethod) -> bool:
    """Whether an earlier plan of the school has the method: by its id, or the id it
    continues."""
    earlier = [p for p in school.plans if p.valid_from < plan.valid_from]
    wanted = {method.id, method.continues} - {""}
    return any(m.id in wanted for p in earlier for m in p.survey.methods)
