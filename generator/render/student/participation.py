"""What "Så har elever varit med" says of a step (kartläggning, analys) to a band's readers.

An `elevtext` written on the step's fora is shown to every band. Without one, the pages
for högstadiet and gymnasiet show what the plan records pupils doing (the first sentence
of a forum's `bidrag`, `pupil_contributions`), which is written for adults and so is
held to the band's LIX limit like an elevtext (TP501); the younger pages (förskola,
lågstadiet, mellanstadiet) get a short sentence that trygg writes from the fora's names,
such as "Elevrådet och klassråden i förskoleklass och ettan har berättat hur de har det i
skolan." It claims only what taking part in the step means, and only where the plan
records pupils acting: staff's work is never told as the pupils'. A forum whose name
names grades ("klassråden i förskoleklass och ettan") is told only on the pages of those
grades: an åk 4–6 page does not tell its readers what the youngest did.
"""

from __future__ import annotations

import re

from generator.model import Analysis, Plan, PupilForum, Survey
from generator.model.participation import contributed, is_pupil_forum, pupils_acted
from generator.render.student.bands import Band
from generator.render.student.grades import about_band
from generator.render.student.lix import SENTENCE_END, visible_text

# A forum that is a method pupils took part in, not a group of them: "genom trygghetsenkäten".
METHOD = re.compile(r"enkät|vandring|intervju|samtal|observation", re.IGNORECASE)
STEPS = ("kartläggning", "analys")
DONE = ("berättat hur de har det {place}", "hjälpt de vuxna att förstå vad som behöver bli bättre")
DataPath = tuple[str | int, ...]


def step_line(step: Survey | Analysis, index: int, band: Band) -> list[str]:
    """The line (none or one) the band's page shows for step `index` (0 kartläggning,
    1 analys): the fora's elevtexts, the plan's own words for the older bands, or else
    trygg's sentence."""
    if written := [text for text, _i in _written(step, band)]:
        return [" ".join(written)]
    told = pupil_contributions(step.pupil_participation, step.pupil_forums, band)
    if not told or band.older:
        return told
    return [_sentence(_acting(step.pupil_forums, band), index, band)]


def told_texts(plan: Plan, band: Band) -> list[tuple[str, DataPath]]:
    """The texts an author wrote that the band's page shows in the section, with their
    data paths: the fora's elevtexts, or the bidrag shown to an older band."""
    found: list[tuple[str, DataPath]] = []
    for index, step in enumerate(plan_steps(plan)):
        where = (STEPS[index], "elevmedverkan")
        if written := _written(step, band):
            found += [(text, (*where, i, "elevtext")) for text, i in written]
        elif band.older and (shown := _shown_forum(step.pupil_forums, band)) is not None:
            found.append(
                (first_sentence(step.pupil_forums[shown].contribution), (*where, shown, "bidrag"))
            )
    return found


def plan_steps(plan: Plan) -> tuple[Survey | Analysis, ...]:
    return (plan.survey, plan.analysis)


def pupil_contributions(text: str, forums: tuple[PupilForum, ...], band: Band) -> list[str]:
    """What pupils did in a step, as the plan writes it, in one plain sentence (one per
    step keeps the poster on one page): the first sentence of the first pupil forum's
    bidrag (with the forum's name when the sentence leaves it out), or else the first
    sentence of the text in which pupils act. Empty when the plan records no pupil forum
    of the band's grades."""
    if not forums:
        return [s for s in _sentences(text) if pupils_acted(s)][:1]
    shown = _shown_forum(forums, band)
    if shown is None:
        return []
    forum = forums[shown]
    sentence = first_sentence(forum.contribution)
    named = forum.forum.split()[0].casefold() in sentence.casefold()
    return [sentence if named else f"{forum.forum[:1].upper()}{forum.forum[1:]}: {sentence}"]


def first_sentence(markdown_text: str) -> str:
    """The first sentence of a Markdown text, as plain text ending in its punctuation."""
    text = " ".join(visible_text(markdown_text).split())
    match = SENTENCE_END.search(text)
    return text[: match.end()] if match else text


def _written(step: Survey | Analysis, band: Band) -> list[tuple[str, int]]:
    forums = step.pupil_forums
    return [
        (f.student_text, i) for i, f in enumerate(forums) if f.student_text and _pupils(f, band)
    ]


def _shown_forum(forums: tuple[PupilForum, ...], band: Band) -> int | None:
    """The index of the first forum whose bidrag says what pupils did."""
    return next((i for i, f in enumerate(forums) if _pupils(f, band) and _acted(f)), None)


def _pupils(forum: PupilForum, band: Band) -> bool:
    """Whether the forum is one of pupils, of the band's grades where its name names any."""
    return is_pupil_forum(forum.forum) and about_band(forum.forum, band)


def _acted(forum: PupilForum) -> bool:
    return contributed(first_sentence(forum.contribution))


def _acting(forums: tuple[PupilForum, ...], band: Band) -> list[str]:
    """The names of the fora in which the plan records pupils doing something, once each."""
    names: list[str] = []
    for forum in forums:
        name = " ".join(forum.forum.split())
        acted = _pupils(forum, band) and _acted(forum)
        if acted and name.casefold() not in map(str.casefold, names):
            names.append(name)
    return names


def _sentence(names: list[str], index: int, band: Band) -> str:
    place = "på förskolan" if band.read_aloud else "i skolan"
    groups = [n for n in names if not METHOD.search(n)]
    methods = [n for n in names if METHOD.search(n)]
    subject = _joined(groups) or band.pupils
    through = f" genom {_joined(methods)}" if methods and not groups else ""
    return f"{subject[:1].upper()}{subject[1:]} har {DONE[index].format(place=place)}{through}."


def _joined(names: list[str]) -> str:
    return " och ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def _sentences(markdown_text: str) -> list[str]:
    text = " ".join(visible_text(markdown_text).split())
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    parts = [text[a:b].strip() for a, b in zip([0, *ends], [*ends, len(text)], strict=True)]
    return [p for p in parts if p]
