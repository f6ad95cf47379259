"""Ordinary Swedish words that start a survey's measure, a heading or a sentence with a
capital, and are no one's name (`rules.names.not_a_name`, TP404): "Blivit slagen",
"Känt sig otrygg", "Fysiskt slagen", "Nyligen knuffad", "Aldrig mobbad".

A capitalised word at a text's start is taken for a name where what one person
suffered follows it ("Moa blev slagen", "Jolina slagen på rasten"); a measure's first
word is a verb or an adverb as often ("Blivit slagen": has been hit). These are the
auxiliaries and the verbs a survey asks with, in the forms a measure or a sentence
starts with: the supine ("blivit", "upplevt"), the present and the past ("känner",
"kände"), the passive ("utsatts"); and adverbs, listed or by an ending no first name
has ("-ligen", "-iskt", "-alt"). A known first name is never one of them.
"""

from __future__ import annotations

import re

from generator.personal_data.firstnames import FIRST_NAMES
from generator.text import words

_WORDS = words(
    """
    blivit varit fått haft gjort sett hört känt upplevt vågat velat kunnat behövt brukat
    tyckt trivts saknat märkt mått svarat berättat sagt skrivit hamnat deltagit utsatts
    kränkts mobbats hotats retats slagits knuffats sparkats trakasserats frysts
    blir blev bli är var vara har hade ha får fick känner kände upplever upplevde
    vågar vågade vet visste trivs trivdes tycker tyckte brukar brukade saknar saknade
    märker märkte mår svarar svarade berättar berättade säger sa sade uppger uppgav
    uppgett anser ansåg hör hörde ser såg utsätts utsattes kränks kränktes mobbas
    mobbades hotas hotades retas retades slås slogs knuffas knuffades
    aldrig alltid själv själva ofta sällan redan nästan någonsin upprepat upprepade delvis
    """
)
# The adverbs and conjunctions a sentence starts with, its verb second ("Tidigare slog
# elever i 6A varandra", "Därefter hotade elever i 9B personalen"): of time, order,
# manner and comment.
_STARTERS = words(
    """
    tidigare därefter sedan sen senare ibland oftast dessutom tyvärr fortfarande nyligen
    plötsligt först sist efteråt därpå sedermera samtidigt däremot också även alltså
    därför dock ändå annars kanske egentligen faktiskt tidigt sent länge nu då igen
    fortsatt vidare hittills numera förut förr idag igår imorgon genast direkt omedelbart
    snart därmed således emellertid likaså nämligen särskilt främst dels både varken
    antingen men och eller för så medan eftersom trots fast ju väl just bara endast
    inledningsvis avslutningsvis slutligen därtill vidare återigen ytterligare troligen
    lyckligtvis olyckligtvis förmodligen antagligen uppenbarligen ofta mest flest minst
    ännu än dit hit där här när var hur varför vart vilken vilket vilka ifall om innan
    efter under före mot utan genom enligt bland kring runt inför vid hos åt
    """
)
# The words above as a measure or a sentence starts them ("Blivit"); none is a known
# first name.
COMMON_WORDS: frozenset[str] = frozenset(w.capitalize() for w in _WORDS | _STARTERS) - FIRST_NAMES
# An adverb by its ending: "Nyligen", "Fysiskt", "Verbalt", "Digitalt" (not "-vis": Travis).
ADVERB = re.compile(r"\w{2,}(?:ligen|iskt|alt|ellt|tals)")


def a_common_word(word: str) -> bool:
    """Whether a capitalised word is one of these verb forms or adverbs, and no known
    first name."""
    if word in FIRST_NAMES:
        return False
    return word in COMMON_WORDS or ADVERB.fullmatch(word) is not None
