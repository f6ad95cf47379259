"""`trygg check --format github`: the report as GitHub Actions workflow commands.

The runner reads lines such as `::error file=…,line=…,col=…,title=TP103::…` from a
step's output and shows each as an annotation on the file and line, also in the pull
request. Content reaches these lines (a name, a file name), so everything is escaped as
the runner's own toolkit does: a message cannot end the line and start a command of its
own, and a property value cannot add a property. Paths are relative to the folder that
holds content/, which is normally the repository root.
"""

from __future__ import annotations

from generator.cli.cisafe import for_ci
from generator.problems import Problem, Report, Severity, terminal_safe

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_DATA = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


def escape_data(text: str) -> str:
    """A message: `%`, CR and LF encoded, then any other control character shown as \\uXXXX."""
    return terminal_safe(text.translate(_DATA))


def escape_property(text: str) -> str:
    """A property value: as a message, and `:` and `,` encoded too."""
    return terminal_safe(text.translate(_PROPERTY))


def command(problem: Problem) -> str:
    """One workflow command; a problem without a file or a line leaves those out."""
    where = problem.location
    properties: list[tuple[str, str]] = []
    if where.file:
        properties.append(("file", where.file))
        if where.line:
            properties.append(("line", str(where.line)))
            if where.column:
                properties.append(("col", str(where.column)))
    properties.append(("title", problem.code))
    listed = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{COMMANDS[problem.severity]} {listed}::{escape_data(problem.explained())}"


def format_github(report: Report) -> str:
    """One workflow command per problem, in document order, then the summary as a plain
    line; a privacy finding's text and flagged names left out (`cisafe`)."""
    return "\n".join([*(command(p) for p in for_ci(report)), report.summary()])
