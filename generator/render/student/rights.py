"""The student page's "Dina rättigheter": what every right comes to, then each right the
plan covers in the words of the page's age band (`sections` says where the texts come
from)."""

from __future__ import annotations

from generator.render.student.context import PageContext, heading
from generator.render.student.pictograms import RIGHTS_ICONS, pictogram
from generator.render.student.texts import plain, rights_keys, shown_text
from generator.render.student.words import rights_name
from generator.vocabulary.terms import GROUNDS

LEGAL_NAME = "I lagen heter det {}."  # after a right a child's word names


def rights(page: PageContext) -> list[str]:
    """The heading and what every right comes to, in one line (`rights_list` explains
    each)."""
    lines = heading(2, "rights", "Dina rättigheter")
    return [*lines, "Ingen får kränka dig. Ingen får behandla dig sämre för den du är.", ""]


def rights_list(page: PageContext) -> list[str]:
    organiser = page.project.organiser
    lines: list[str] = []
    for key in rights_keys(page.plan, page.band):
        text = (organiser.grounds if key in GROUNDS else organiser.definitions).get(key)
        if text is None:
            continue
        (name, legal), shown = rights_name(key, page.band), plain(shown_text(text, page.band)[0])
        if page.band.young:  # the name is not shown: the pictogram carries it
            lines.append(f"- {pictogram(RIGHTS_ICONS[key], name)}{shown}")
            continue
        said = f' <span class="trygg-legal-name">{LEGAL_NAME.format(legal.lower())}</span>'
        lines.append(f"- {pictogram(RIGHTS_ICONS[key])}**{name}.** {shown}{said if legal else ''}")
    return [*lines, ""]
