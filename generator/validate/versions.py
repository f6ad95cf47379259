"""A plan decided anew during its period: `2026-27-v2.yml` beside `2026-27.yml` (TP058).

The versions of one period are one period to every check that pairs consecutive periods:
the plan before a period's plans is the last version of the period before.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from generator.load.document import Document
from generator.load.layout import split_plan_key
from generator.problems import Problem
from generator.validate.located import problem_at

Failed = frozenset[str]


def periods(plans: Sequence[tuple[str, Document]]) -> list[list[Document]]:
    """A school's plan files (sorted, `SchoolSources.plans`) in groups, one per period,
    each group's versions oldest first."""
    grouped = itertools.groupby(plans, key=lambda item: split_plan_key(item[0])[0])
    return [[document for _key, document in group] for _period, group in grouped]


def _problem(document: Document, path: tuple[str, ...], message: str, hint: str) -> Problem:
    return problem_at(document, path, "TP058", message, hint)


def version_problems(
    earlier: Document, later: Document, failed: tuple[Failed, Failed]
) -> Iterator[Problem]:
    """TP058: a later version is decided after, and starts after, the version before it,
    not before its own decision, and ends no earlier than it."""
    if "beslut" in failed[0] | failed[1] or "giltighet" in failed[0] | failed[1]:
        return
    before, after = earlier.data, later.data
    decided = _decided(after)
    if decided and _decided(before) and decided <= _decided(before):
        message = f"beslutet ({decided}) är inte senare än beslutet i {earlier.display}"
        hint = f"en ny version ersätter beslutet {_decided(before)}: ge den ett senare datum"
        yield _problem(later, ("beslut", "datum"), message, hint)
    starts = after["giltighet"]["från"]
    if starts <= before["giltighet"]["från"]:
        message = f"versionen börjar inte gälla senare än {earlier.display}"
        hint = f"låt den nya versionen gälla från ett senare datum än {before['giltighet']['från']}"
        yield _problem(later, ("giltighet", "från"), message, hint)
    elif decided and starts < decided:
        message = f"versionen börjar gälla ({starts}) före sitt beslut ({decided})"
        hint = "låt giltighet.från vara beslutsdagen eller senare; till dess gäller versionen före"
        yield _problem(later, ("giltighet", "från"), message, hint)
    ends, ended = after["giltighet"]["till"], before["giltighet"]["till"]
    if ends < ended:  # the replaced version would apply again after the new one ends
        message = f"versionen slutar gälla ({ends}) före versionen den ersätter ({ended})"
        hint = f"låt den nya versionen gälla till {ended} eller längre"
        yield _problem(later, ("giltighet", "till"), message, hint)


def _decided(data: dict[str, Any]) -> str:
    decision = data.get("beslut")
    return str(decision["datum"]) if isinstance(decision, dict) else ""
