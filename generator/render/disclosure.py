"""Which survey figures may be published without pointing out individual pupils.

A group with fewer answers than the organiser's `min_antal_svar` is withheld
(`rules.privacy.is_suppressed`). Withholding the cell alone is not enough: with
the method's total number of answers published, the hidden group's count follows
by subtraction. So the total (and the response rate it gives) is withheld too
whenever a group is, and whenever the total itself is small.
"""

from __future__ import annotations

from generator.model import RuleProfile, SurveyMethod
from generator.rules.privacy import is_suppressed


def total_withheld(method: SurveyMethod, profile: RuleProfile) -> bool:
    """True when the method's own answer count must not be published."""
    small = method.responses is not None and method.responses < profile.min_responses
    return small or any(is_suppressed(group, profile) for group in method.group_results)


def withheld_note(method: SurveyMethod, profile: RuleProfile) -> str:
    """Why the count is missing, in words a guardian understands."""
    least = profile.min_responses
    if method.responses is not None and method.responses < least:
        reason = f"Visas inte eftersom det finns färre än {least} svar."
    else:
        reason = (
            f"Visas inte. En av grupperna har färre än {least} svar, och med totalen "
            "skulle man kunna räkna ut hur många."
        )
    return f'<span class="trygg-suppressed">{reason}</span>'
