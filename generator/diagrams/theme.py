"""The diagrams' palette: calm tints for surfaces, dark inks for text and lines.

Every text colour here reaches 4.5:1 against every surface it is drawn on; the
tests check each pair. Diagrams paint their own white card, so they stay
readable on Material's dark scheme too.
"""

from __future__ import annotations

from generator.vocabulary import PLAN_STEPS

CARD = "#ffffff"
CARD_BORDER = "#d5dde5"
INK = "#1a1a1a"  # main text
MUTED_INK = "#4a5561"  # second-style text: actor, deadline, legend details
LINE = "#5b6773"  # edges and arrowheads

ACTION_FILL = "#eef4fa"
ACTION_STROKE = "#1f5f8b"
ACTION_BADGE = "#1f5f8b"
DECISION_FILL = "#fff4dc"
DECISION_STROKE = "#8a5a00"
DECISION_BADGE = "#8a5a00"
BADGE_TEXT = "#ffffff"

YES_INK = "#1b6e3a"
NO_INK = "#9b2c22"

# Ring and wedge tints of the årshjul, alternating month by month.
RING_FILLS = ("#dfe9f2", "#e9f0f6")
WEDGE_FILLS = ("#f7f9fb", "#eef3f7")

# One dark colour per plan step: white numbers on them pass 4.5:1.
STEP_COLOURS: dict[str, str] = dict(
    zip(PLAN_STEPS, ("#1f5f8b", "#6b4c9a", "#2d7a46", "#a4570f", "#a53a5e"), strict=True)
)
