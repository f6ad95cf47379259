"""What the student pages tell of a plan's åtgärder: each needs an elevtext (TP504), and
one for some årskurser (`årskurser`) must be for grades the school's pages are for
(TP505), or its elevtext stands on no page."""

from __future__ import annotations

from collections.abc import Callable

from generator import codes
from generator.model import Plan, School
from generator.problems import Location, Problem
from generator.render.student.bands import bands_for, parse_grades
from generator.render.student.texts import band_measures
from generator.text import grade_span, listing

NO_MEASURE_TEXTS, ON_NO_PAGE = "TP504", "TP505"
# Where a value of a file stands and its field's name (`check.student.Locator.place`), from
# the file and its data path.
At = Callable[[str, tuple[str | int, ...]], tuple[Location, str]]


def measure_warnings(school: School, plan: Plan, at: At) -> list[Problem]:
    return [*_without_texts(plan, at), *_on_no_page(school, plan, at)]


def _without_texts(plan: Plan, at: At) -> list[Problem]:
    """TP504: one warning per plan that lists the åtgärder without an elevtext."""
    missing = [(i, m.id) for i, m in enumerate(plan.measures) if not m.student_text]
    if not missing:
        return []
    ids = listing(measure_id for _i, measure_id in missing)
    many = len(missing) > 1
    message = f"{'åtgärderna' if many else 'åtgärden'} {ids} saknar elevtext, "
    message += f"så elevsidan berättar inte om {'dem' if many else 'den'}"
    path = ("åtgärder", missing[0][0])
    hint = "skriv elevtext: på åtgärderna, med korta meningar till eleverna"
    return [_warning(NO_MEASURE_TEXTS, at(plan.source, path), message, hint)]


def _on_no_page(school: School, plan: Plan, at: At) -> list[Problem]:
    """TP505: an åtgärd whose `årskurser` meet none of the school's student pages."""
    bands = bands_for(school)
    told = {m.id for band in bands for m in band_measures(plan, band)}
    found = []
    for index, measure in enumerate(plan.measures):
        if measure.id in told or parse_grades(measure.grades) is None:
            continue
        grades, own = f"årskurs {grade_span(measure.grades)}", school.grades or "förskola"
        message = f"åtgärden {measure.id} gäller {grades}, som ingen av skolans elevsidor är för"
        hint = f"skriv årskurser som skolan har ({own}), eller ta bort årskurser"
        path = ("åtgärder", index, "årskurser")
        found.append(_warning(ON_NO_PAGE, at(plan.source, path), message, hint))
    return found


def _warning(code: str, place: tuple[Location, str], message: str, hint: str) -> Problem:
    where, field = place
    return codes.problem(code, where, message, field=field, hint=hint)
