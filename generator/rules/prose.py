"""Prose that fills a field without saying anything: the classes TP306 and TP307 report.

An account of what happened (utvärdering) or a cause (analys) can be empty in a few
recognisable ways. Each class is found by the shape of the text, not by a list of
sentences: the tense of its verbs, a pointer to text elsewhere, or how much of it is
already written in the text it should add to (after a light Swedish stemming).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from generator.rules.grammar import (
    FUNCTION,
    clauses,
    is_past,
    main_clauses,
    same_as_any,
    stem,
    stems,
    tokens,
)
from generator.text import is_placeholder, normalised, words


class Empty(StrEnum):
    PLACEHOLDER = "placeholder"  # "-", "…", "x", "saknas"
    FUTURE = "future"  # only what is to come: "ska följas upp i vår"
    REFERENCE = "reference"  # a pointer to other text: "se bilaga", "enligt plan"
    DONE = "done"  # only that it was done: "Genomförd."
    COPY = "copy"  # the text it should add to, again
    STATISTIC = "statistic"  # a finding's figures, again (for causes)


# Saying that the measure was there ("fanns ute") adds nothing to the measure's own text.
EXISTENCE = words("finns fanns funnits haft varit ute")
# Finishing verbs and the words of `Status`: a text of only these says "it was done".
DONE = words("genomför utför gjort klar färdig delvis helt fullt slutför åtgärd insats")
_FUTURE = re.compile(
    r"\b(?:ska|skall|kommer_att|tänker|avser|ämnar|planerar|planeras|planerad|planerat"
    r"|inplanerad|tänkt|schemalagd|bokad|återkommer|inväntar|avvaktar|väntar|bör|borde)\b"
    r"|\b(?:inte|ej)\s+(?:än|ännu)\b|\bännu\s+inte\b"
)
_AHEAD = re.compile(
    r"\w*(?:våren|hösten|terminen|läsåret|sommaren|vintern|lovet)\b"
    r"|\b(?:i vår|i höst|vt|ht|snart|senare|framöver|nästa|kommande|inom kort|längre fram"
    r"|vecka|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
    r"|december)\b"
)
_RESULT = re.compile(r"\b(?:procent|bättre|sämre|fler|färre|mindre|mer|ökning|minskning)\b")
_POINTER = (
    r"(?:ovan\w*|nedan\w*|punkt\w*|\w*(?:bilag|avsnitt|kapit|rubrik|protokoll|dokument|rapport"
    r"|tabell|analys|utredning)\w*|separat\w*|tidigare|förut|föregående|förra|länk\w*|sid\w*"
    r"|plan|planen|planerat)"
)
# A pointer to other text: the phrase ("enligt plan", "som tidigare") or, after a verb that
# sends the reader elsewhere ("se", "redovisas i"), the rest of the clause that names it.
_REFERENCE = re.compile(
    r"\b(?:enligt|som|samma|hänvisning)\s+(?:\w+\s+){0,3}?" + _POINTER + r"\b"
    r"|\b(?:ovan|nedan|bilaga)\b"
)
_POINTS_AWAY = re.compile(
    r"^(?:se|jfr|jämför)\b.*|\b(?:redovisas|beskrivs|framgår|återfinns|dokumenteras"
    r"|hänvisas|hänvisar)\b.*"
)
# Words that tie a cause to its finding: what follows them explains.
_EXPLAINS = re.compile(r"\b(?:eftersom|därför|grund av|beror|när|då|för att|genom att|utan)\b")


_DONE_STEMS = tuple(stem(w) for w in DONE)
_EXISTENCE_STEMS = {stem(w) for w in EXISTENCE}
# A figure ("32 %", "12 av 40"; not "åk 4") and the words a survey's figures are told in.
_FIGURE = re.compile(r"\d\s*(?:%|procent)|\b\d+\s+av\s+\d+\b")
_FIGURES = {stem(w) for w in words("andel procent elever svar enkät åk årskurs uppger anger")}


def _is_done(stem_: str) -> bool:
    return stem_.startswith(_DONE_STEMS) or stem_ in ("ja", "ok", "okej")


def _is_ahead(clause: list[str]) -> bool:
    flat = " ".join(clause)
    return bool(_FUTURE.search(flat) or (_AHEAD.search(flat) and not _RESULT.search(flat)))


def _empty_clauses(text: str) -> Empty | None:
    """FUTURE when every main clause is about what is to come or only says that something
    was done, and one is about the future; DONE when every one only says it was done."""
    if is_past(tokens(text)) or "%" in text:
        return None
    clauses = main_clauses(text)
    done = [all(_is_done(stem(t)) or t in FUNCTION for t in c) for c in clauses]
    if clauses and all(done):
        return Empty.DONE
    ahead = [_is_ahead(c) for c in clauses]
    if clauses and all(a or d for a, d in zip(ahead, done, strict=True)):
        return Empty.FUTURE
    return None


def _is_reference(text: str) -> bool:
    parts = [" ".join(tokens(c)) for c in clauses(text)]
    if not any(_REFERENCE.search(c) or _POINTS_AWAY.search(c) for c in parts):
        return False
    rest = stems(" ".join(_REFERENCE.sub(" ", _POINTS_AWAY.sub(" ", c)) for c in parts))
    return len([s for s in rest if not _is_done(s)]) <= 1


def empty_account(text: str, measure: Iterable[str] = ()) -> Empty | None:
    """Why an account of what happened says nothing, or None when it says something.
    `measure` is the measure's own text (titel, beskrivning, önskad effekt)."""
    if is_placeholder(text):
        return Empty.PLACEHOLDER
    if _is_reference(text):
        return Empty.REFERENCE
    own = stems(text)
    if own and all(_is_done(s) for s in own):
        return Empty.DONE
    if found := _empty_clauses(text):
        return found
    known = set[str]().union(*(stems(t) for t in measure))
    told = {s for s in own if not _is_done(s)} - _EXISTENCE_STEMS
    if known and _repeats(told, known):
        return Empty.COPY
    return None


def _new(text_stems: set[str], known: set[str]) -> set[str]:
    is_known = same_as_any(known)
    return {s for s in text_stems if not is_known(s)}


def _repeats(text_stems: set[str], known: set[str]) -> bool:
    """Adds nothing to `known`: at most one new word, or a fifth of a long text."""
    new = _new(text_stems, known)
    return len(text_stems) > len(new) and len(new) <= max(1, len(text_stems) // 5)


def repeats_exactly(text: str, findings: Iterable[str]) -> bool:
    """Empty, or a finding's text again word for word (TP202 reports these as missing)."""
    return is_placeholder(text) or normalised(text) in {normalised(f) for f in findings}


def empty_cause(text: str, findings: Iterable[str], figures: Iterable[str] = ()) -> Empty | None:
    """Why a cause names no cause, or None when it may. `findings` are the texts of the
    findings it explains; `figures` the words the survey reports its numbers in."""
    findings = list(findings)
    if repeats_exactly(text, findings):
        return Empty.PLACEHOLDER if is_placeholder(text) else Empty.COPY
    if _is_reference(text):
        return Empty.REFERENCE
    if _empty_clauses(text) is Empty.FUTURE:
        return Empty.FUTURE
    known = set[str]().union(*(stems(t) for t in findings))
    own = stems(text)
    if not known or (_EXPLAINS.search(text.casefold()) and _new(own, known)):
        return None
    counted = known | set[str]().union(*(stems(t) for t in figures)) | _FIGURES
    if _FIGURE.search(text) and _repeats(own, counted):
        return Empty.STATISTIC
    return Empty.COPY if _repeats(own, known) else None
