"""TP125: what the law asks of the huvudman itself, beyond each unit's plan."""

from __future__ import annotations

from collections.abc import Iterator

from generator.rules.engine import Context, Finding, rule


@rule("TP125", reads=("huvudman.klagomål",))
def complaint_route(ctx: Context) -> Iterator[Finding]:
    """Skollagen 4 kap. 8 §: written routines for complaints about the education, and
    information about them; without them a guardian whose school does not act is left
    with the authorities alone."""
    if not ctx.organiser or ctx.project.organiser.complaints is not None:
        return
    organiser = ctx.project.organiser
    message = f"huvudman.yml säger inte hur man lämnar klagomål till {organiser.name}"
    hint = (
        "lägg till klagomål: med text (hur man klagar, vem som svarar och inom hur lång tid)"
        " och länk eller epost; sidan Rutiner vid kränkning visar det under Om du inte är nöjd"
    )
    yield ctx.at(organiser.location.file, (), message, hint)
