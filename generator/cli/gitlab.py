"""`trygg check --format gitlab`: the report as a GitLab Code Quality report.

GitLab shows the problems of a `codequality` report artifact in the merge request, and
marks which ones the merge request added or fixed by comparing fingerprints between
the two branches. A fingerprint therefore holds no line number: it is the problem's
code, file, field and message (with any "rad 12" in it left out) and its place among
identical problems, so a line inserted above it does not make it look new. Paths are
relative to the folder that holds content/, which is normally the repository root.
The report is kept and may be public: what a privacy finding quotes is left out (`cisafe`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

from generator.cli.cisafe import for_ci
from generator.problems import Problem, Report, Severity

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
NO_FILE = "."  # a problem with the whole project; GitLab wants a path for every problem
LINE_NUMBER = re.compile(r"\brad \d+")  # "första gången på rad 12": moves with the file
Identity = tuple[str, str, str, str]


def identity(problem: Problem) -> Identity:
    """What the problem is and where, but not on which line."""
    message = LINE_NUMBER.sub("rad", problem.message)
    return (problem.code, problem.location.file, problem.field, message)


def fingerprint(problem: Problem, occurrence: int) -> str:
    """sha256 over the problem's identity and its place among problems of the same one."""
    parts = (*identity(problem), str(occurrence))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _issue(problem: Problem, occurrence: int) -> dict[str, Any]:
    return {
        "description": problem.explained(),
        "check_name": problem.code,
        "fingerprint": fingerprint(problem, occurrence),
        "severity": SEVERITIES[problem.severity],
        "location": {
            "path": problem.location.file or NO_FILE,
            "lines": {"begin": problem.location.line or 1},
        },
    }


def format_gitlab(report: Report) -> str:
    """The report as a Code Quality JSON list, one issue per problem, in document order;
    a privacy finding's text and flagged names left out (`cisafe`)."""
    seen: Counter[Identity] = Counter()
    issues = []
    for problem in for_ci(report):
        same = identity(problem)
        issues.append(_issue(problem, seen[same]))
        seen[same] += 1
    return json.dumps(issues, ensure_ascii=False, indent=2)
