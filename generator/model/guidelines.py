"""A plan's riktlinjer mot trakasserier och sexuella trakasserier (DL 3 kap. 18 §)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Guidelines:
    """The riktlinjer as the plan writes them: structured, or (the older form) one Markdown
    text, in which only `text` is set and `structured` is False."""

    text: str = ""  # Markdown; "" when the plan has no riktlinjer or only the structured fields
    not_accepted: tuple[str, ...] = ()  # accepteras_inte: terms of huvudman.yml's definitioner
    turn_to: tuple[str, ...] = ()  # vänd_dig_till: contact roles, as the plan writes them
    investigated_by: str = ""  # utreds_av: a contact role; "" when not named
    structured: bool = False

    @property
    def missing(self) -> bool:
        """True when the plan has no riktlinjer at all."""
        return not (self.text.strip() or self.not_accepted or self.turn_to or self.investigated_by)
