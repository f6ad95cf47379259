"""Problems found in content, collected in a Report and formatted once.

Every stage of the pipeline (loading, schema validation, cross-file checks,
rules) yields `Problem`s; nothing raises on bad content. The CLI, the MkDocs
plugin and the site builder decide what to do with the finished Report.

The parts: `severity` (how serious a problem is, and its Swedish words: the one table
every page, line and count reads), `problem` (one problem and where it is), `report`
(the collection, sorted and formatted), `paths` (a file's path as messages show it) and
`failures` (what stops a build instead).
"""

from generator.problems.failures import BuildFailed, UnreadableConfig, os_reason
from generator.problems.paths import display_path, shown_name
from generator.problems.problem import NOWHERE, TODAY, Location, Problem, today_said
from generator.problems.report import Report, hinted_once, terminal_safe
from generator.problems.severity import WORDS, Severity, SeverityWords, counted

__all__ = [
    "NOWHERE",
    "TODAY",
    "WORDS",
    "BuildFailed",
    "Location",
    "Problem",
    "Report",
    "Severity",
    "SeverityWords",
    "UnreadableConfig",
    "counted",
    "display_path",
    "hinted_once",
    "os_reason",
    "shown_name",
    "terminal_safe",
    "today_said",
]
