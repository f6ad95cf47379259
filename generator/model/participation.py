"""How pupils took part in a step of the work (kartläggning, analys), and who acted.

A plan may record pupils' participation in a step as structure (`elevmedverkan`
as a list of forum, när and bidrag) or as plain text. `PupilForum` is one entry
of the structure. For text, `pupils_acted` reads each clause for its grammatical
actor: the subject before the finite verb, or right after it when the clause
opens with an adverbial ("I mars analyserade trygghetsteamet ..."), or the agent
after "av" in a passive. A clause counts as pupils' contribution when its actor
is pupils (elever, barnen, elevrådet, klassråden, åk 4–6 ...) and its verb does
not merely receive ("fick information", "informerades"). Any other actor (the
team, rektor, mentorerna, "vi i arbetslaget") is not pupils; no list of staff
titles is needed. Pupils as the object ("analyserade elevernas svar") do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.load.dates import PlanDate
from generator.problems import NOWHERE, Location
from generator.text import words


@dataclass(frozen=True)
class PupilForum:
    """One forum in which pupils took part in a step, and what they contributed."""

    forum: str  # e.g. "elevrådet", "klassråden i åk 4–6", "trygghetsenkäten"
    when: PlanDate | None
    contribution: str  # Markdown: what the pupils did, said or proposed
    location: Location = NOWHERE
    student_text: str = ""  # the same told to the pupils, for the student pages


# Words for pupils and their fora (elever, barnen, elevrådet, klassråden, åk 4–6, flickor),
# but not staff whose titles begin the same way (elevhälsan, barnskötarna, klasslärare).
_PUPIL = re.compile(
    r"^(?:elev(?!hälsa|hälso|assistent|coach|stödj)|barn(?!skötar|omsorg)|klass(?:$|en|er|råd)"
    r"|fritidsråd|flick|pojk|tjej|killar|ungdom|fokusgrupp|åk$|årskurs|förskoleklass"
    r"|mentorsgrupp)"
)
_SURVEY = re.compile(r"enkät|vandring|fokusgrupp|intervju|samtal")
_GATHERING = re.compile(r"samling|mentorstid|lektion|morgonmöte|elevversion|skoldag")
# A few common strong (irregular) forms; weak past forms are found by their endings.
_STRONG = words(
    "gick fick tog gav var såg skrev drog bad kom satt sa sade lät höll fann bjöd slog "
    "gjorde ville kunde skulle hade blev bar drev steg stod går får tar ger är ser "
    "skriver gör har blir deltar deltog föreslår"
)
_STRONG_ENDINGS = ("slog", "skrev", "såg", "drog", "gick", "tog", "gav", "höll", "kom")
_DETERMINERS = words("en ett den det de denna detta dessa varje sin sitt sina")
_ADVERBIALS = words(
    "i på under efter vid före inför om med av för till från hos genom mellan "
    "tillsammans sedan därefter då först sen senare också även dessutom veckan "
    "varje nästa förra samma hösten våren efteråt därför"
)
_QUANTITIES = words("fler flera många alla några nya andra två tre fyra olika egna")
_RECEIVING = re.compile(
    r"\b(?:fick|får)\s+(?:information|info|veta|ta del|se|höra|resultat\w*)\b"
    r"|\binformera\w*s\b|\btog\s+del\b|\blyssna\w*\b",
    re.IGNORECASE,
)
# "och" and a verb (infinitive or past; not a definite plural such as "bilderna").
_AND_THEN = re.compile(r"\boch\s+(?:\w+\s+)?(?!\w*na\b)\w+(?:a|de|te)\b", re.IGNORECASE)
_NEGATIONS = frozenset(("inte", "ej", "aldrig"))
# Joint work: "tillsammans med eleverna", "med elevrådet" (not "med elevernas svar").
_WITH_PUPILS = re.compile(r"\bmed\s+(?:\w+\s+)?(?:elev|barn|klassråd|fritidsråd)\w*(?<!s)\b")
_CLAUSES = re.compile(r"[.!?;:]+\s+|,\s+(?:och|men|medan|så)\s+|\n+")
_TOKEN = re.compile(r"[\wåäöÅÄÖé–-]+")


def is_pupil_word(word: str) -> bool:
    return _PUPIL.match(word.casefold()) is not None


def is_pupil_forum(forum: str) -> bool:
    """True for a forum that pupils take part in: their councils, classes, a survey."""
    text = forum.casefold()
    return any(is_pupil_word(w) for w in _TOKEN.findall(text)) or _SURVEY.search(text) is not None


def reaches_pupils(how: str) -> bool:
    """True when a text on how the plan is made known names where pupils are told: one of
    their fora, a lesson, mentorstid or samling (not only a web page or a letter home)."""
    return is_pupil_forum(how) or _GATHERING.search(how.casefold()) is not None


def _is_verb(tokens: list[str], index: int, present: bool = False) -> bool:
    """Whether the word at `index` is a finite verb: past tense (or a common strong form);
    with `present`, a present tense in -ar/-er, which plural nouns share, so it is tried
    only when the clause has no past-tense verb."""
    word = tokens[index]
    if index == 0 or tokens[index - 1] in _DETERMINERS or is_pupil_word(word):
        return False
    if present:  # not a plural noun after a preposition or a quantity ("om kojregler")
        after_noun = tokens[index - 1] not in _ADVERBIALS | _QUANTITIES
        return after_noun and len(word) > 4 and word.endswith(("ar", "er", "ars", "ers"))
    if word in _STRONG or word.endswith(_STRONG_ENDINGS):
        return True
    past = len(word) > 3 and word.endswith(("de", "te", "des", "tes"))
    return past and not word.endswith(("nde", "nte"))


def _actor(tokens: list[str]) -> tuple[list[str], int]:
    """The words of the clause's actor, by Swedish word order (see the module doc), and
    the index of the finite verb (-1 when none is found: then the first word)."""
    indices = range(len(tokens))
    verb = next((i for i in indices if _is_verb(tokens, i)), None)
    if verb is None:
        verb = next((i for i in indices if _is_verb(tokens, i, present=True)), None)
    if verb is None:
        return tokens[:1] if tokens and tokens[0] not in _ADVERBIALS else [], -1
    if tokens[verb].endswith("s"):  # passive: the agent after "av", if any
        return (tokens[tokens.index("av", verb) + 1 :][:3] if "av" in tokens[verb:] else []), verb
    before = tokens[:verb]
    if before and before[0] not in _ADVERBIALS:
        return before, verb
    after = [t for t in tokens[verb + 1 :] if t not in _ADVERBIALS]
    return (after[:3] if len(after) > 2 and after[1] in ("och", "samt") else after[:1]), verb


def _pupils_in_clause(clause: str) -> bool:
    tokens = [t.casefold() for t in _TOKEN.findall(clause)]
    actor, verb = _actor(tokens)
    if not any(is_pupil_word(t) for t in actor):
        return _WITH_PUPILS.search(clause.casefold()) is not None
    negated = verb >= 0 and _NEGATIONS & set(tokens[verb + 1 : verb + 3])
    return not (negated or _only_receiving(clause))


def _only_receiving(clause: str) -> bool:
    """True when pupils only receive ("fick information"), and do nothing after it
    ("fick se bilderna och berätta ..." is more than receiving)."""
    received = _RECEIVING.search(clause)
    return received is not None and not _AND_THEN.search(clause, received.end())


def pupils_acted(text: str) -> bool:
    """True when some clause of `text` has pupils as its actor, doing more than receiving."""
    return any(_pupils_in_clause(c) for c in _CLAUSES.split(text) if c.strip())


def contributed(contribution: str) -> bool:
    """True when a forum's bidrag says what pupils contributed. A clause without an actor
    ("förslag om fler rastvärdar", "valde frågorna") speaks of the forum itself; a clause
    with one must have pupils as its actor."""
    clauses = [c for c in _CLAUSES.split(contribution) if len(_TOKEN.findall(c)) > 1]
    return any(_pupils_in_clause(c) or not _has_actor(c) for c in clauses)


def _has_actor(clause: str) -> bool:
    tokens = [t.casefold() for t in _TOKEN.findall(clause)]
    actor, verb = _actor(tokens)
    return (verb >= 0 and bool(actor)) or _RECEIVING.search(clause) is not None
