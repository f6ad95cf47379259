"""The preview's error page lists what its summary counts: the errors, then the warnings,
each with file:line:column and how to fix it; the notes are told where they are."""

from __future__ import annotations

from generator.problems import Report, Severity
from generator.problems.problem import Location, Problem
from generator.render.errorsite import problem_list


def _problem(code: str, severity: Severity, line: int, message: str, hint: str) -> Problem:
    return Problem(
        code, severity, Location("content/skolor/a/skola.yml", line, 3), message, "", hint
    )


def test_the_warnings_counted_are_listed_after_the_errors() -> None:
    """Before: "1 fel, 2 varningar" under a list of the one error only."""
    report = Report()
    report.add(_problem("TP015", Severity.ERROR, 4, "fel form", "skriv F-6"))
    report.add(_problem("TP203", Severity.WARNING, 9, "ej uppdelat", "lägg till delresultat"))
    report.add(_problem("TP114", Severity.WARNING, 12, "går ut <snart>", "besluta i tid"))
    report.add(_problem("TP403", Severity.INFO, 20, "visas inte", "slå ihop grupper"))
    page = problem_list(report)
    errors, warnings = page.split('class="trygg-warnings"')
    assert "skola.yml:4:3</code> fel TP015 fel form – skriv F-6" in errors
    assert "TP203" not in errors
    assert "skola.yml:9:3</code> varning TP203 ej uppdelat – lägg till delresultat" in warnings
    assert "varning TP114 går ut &lt;snart&gt; – besluta i tid" in warnings  # escaped
    assert "TP403" not in page
    assert warnings.endswith(
        "<p>1 fel, 2 varningar, 1 upplysning. Upplysningar står i terminalen och i trygg check.</p>"
    )


def test_without_warnings_there_is_no_warning_list() -> None:
    report = Report()
    report.add(_problem("TP015", Severity.ERROR, 4, "fel form", "skriv F-6"))
    page = problem_list(report)
    assert "trygg-warnings" not in page and "Varningarna" not in page
    assert page.endswith("<p>1 fel, 0 varningar.</p>")


def test_an_error_that_does_not_stop_the_preview_is_listed_apart() -> None:
    """TP101 depends on the day and withholds no site: it is not among the errors to fix
    before the preview shows the site."""
    report = Report()
    report.add(_problem("TP015", Severity.ERROR, 4, "fel form", "skriv F-6"))
    report.add(_problem("TP101", Severity.ERROR, 6, "ingen plan gäller i dag", "besluta"))
    page = problem_list(report)
    blocking, rest = page.split("<h2>Fel som inte hindrar förhandsvisningen</h2>")
    assert "TP015" in blocking and "TP101" not in blocking
    assert "skola.yml:6:3</code> fel TP101 ingen plan gäller i dag – besluta" in rest
    assert page.endswith("<p>2 fel, 0 varningar.</p>")
