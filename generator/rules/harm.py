"""What is said of one person, harmed, harming or ill (`rules.pii`, `rules.staff`,
`rules.listed`): a name it follows is a pupil's, and no sign of staff excuses it."""

from __future__ import annotations

import re

# What is said of one person, harmed, harming or ill, within the few words after their
# class or the bracket around it ("Lisen i 4B blev utsatt på rasten", "Lisen (4B) blev
# utsatt", "… har blivit retad", "… slog en kompis", "… har adhd"): a name that starts
# such a sentence is a pupil's, though not a known one. (A group's word is no name:
# "Gruppen i 4B", "Någon i 4B blev utsatt".)
HARM_OF_ONE = re.compile(
    r"\)?(?:[\s,]+[\wåäö]+){0,3}?[\s,]+(?:utsatt|kränkt|mobbad|hotad|slagen|knuffad|retad"
    r"|utfryst|sparkad|biten|trakasserad|utestängd|misshandlad|hånad|(?:kränk|mobb|hot|knuff"
    r"|ret|spark|trakasser|misshandl|hån)(?:ade|te|ades|tes)|utsattes|utfrystes|slog|slogs"
    r"|bet|bets|adhd|autism|diagnos\w*|ångest|depression|självskad\w*)(?![\wåäö])",
    re.IGNORECASE,
)


def harm_follows(text: str, end: int) -> bool:
    """Whether what one person suffered or did is said within a few words after `end`."""
    return HARM_OF_ONE.match(text, end) is not None
