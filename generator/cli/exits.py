"""The exit codes of every `trygg` command."""

from __future__ import annotations

from generator.problems import Report, Severity

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def exit_code(report: Report, strict: bool) -> int:
    """1 when the content has errors (or warnings, with `--strict`), else 0."""
    if report.has_errors or (strict and report.count(Severity.WARNING)):
        return EXIT_PROBLEMS
    return EXIT_OK
