"""TP071 for a table that another report gives away (`model.report_crossing`)."""

from __future__ import annotations

from generator import codes
from generator.model.report import Unprotected
from generator.problems import Problem


def crossed(table: Unprotected) -> Problem:
    """A small withheld count of `table` that follows with a number of another report
    (`table.other`: where that report gives the group's total)."""
    message = (
        "antalet här är färre än min_antal_svar och visas inte, men det kan räknas fram "
        f"tillsammans med en annan rapport: summan av gruppen '{table.group}' i "
        f"'{table.block}' står dold i {table.other} ('färre än' eller skyddad), och med den "
        "har antalet bara ett möjligt värde; inget annat antal i tabellen kan döljas i stället"
    )
    hint = f"slå ihop grupper eller visa inte {table.group} i båda rapporterna"
    return codes.problem("TP071", table.location, message, hint=hint)
