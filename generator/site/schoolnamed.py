"""Which setting names the school `mkdocs serve` shows, for TP041's hint: the variable
SKOLA (`SKOLA=solskola mkdocs serve`) or `skola` under trygg in mkdocs.yml."""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from generator.problems import Report

if TYPE_CHECKING:  # the check is imported only where it runs (`plugin._site`)
    from generator.check.checked import Checked

VARIABLE = "SKOLA"


def where_named(school: str) -> str:
    """`SKOLA=solskola` or `skola: solskola i mkdocs.yml`: where to change the id."""
    if os.environ.get(VARIABLE, "").strip() == school:
        return f"skol-id:t kommer från {VARIABLE}={school}: byt värdet på {VARIABLE}"
    return f"skol-id:t kommer från skola: {school} under trygg i mkdocs.yml: byt det där"


def with_setting(checked: Checked, school: str) -> Checked:
    """`checked` with each TP041 saying which setting asked for the absent `school`."""
    if not any(p.code == "TP041" for p in checked.report):
        return checked
    said = where_named(school)
    problems = [
        dataclasses.replace(p, hint=f"{p.hint}; {said}") if p.code == "TP041" else p
        for p in checked.report
    ]
    return dataclasses.replace(checked, report=Report(problems))
