"""How a pupil's class or grade and a word for a child are written, each way once: the
privacy rules (`rules.pii`, `rules.harmed`, `rules.phrased`, `rules.staff`,
`rules.stafffields`, `rules.listed`, `rules.described`, `rules.pupilcounts`, `rules.names`)
and the e-mail check (`personal_data.classed`) build their patterns from these parts.
Each part is a regex's text, to be put in a pattern with what it needs before and after.
(Here, not in `rules`, so that `personal_data` may use it too.)
"""

from __future__ import annotations

# An upper-secondary class: a programme's letters, a year and maybe a letter ("TE22A",
# "NA21b").
PROGRAMME = r"[A-Z]{2}\d{2}[A-Za-z]?"
# The same with one digit for the year ("EE1A"), in a name's mention only.
PROGRAMME_SHORT = r"[A-Z]{2}\d[A-Z]"


def digit_class(blank: str = "") -> str:
    """A class by its grade's digit and a letter: "4B", "7a"; `blank` is what may stand
    between the digit and a capital letter (r"\\s?": "4 B"; never before a small one: "2
    i varje klass" reads so)."""
    return rf"(?:[1-9]{blank}[A-ZÅÄÖ]|[1-9][a-zåäö])"


def class_code(blank: str = "") -> str:
    """A class: "4B", "7a" (`digit_class`) or "TE22A" (`PROGRAMME`)."""
    return rf"(?:{digit_class(blank)}|{PROGRAMME})"


# What ends a class: no letter or digit right after it.
CLASS_END = r"(?![\wåäöÅÄÖ])"
# The word that may stand before a class ("klass 4B", "kl. 4B").
CLASS_WORD = r"(?:(?:klass|kl\.?)\s*)?"
# The words before a grade's number, as a sentence writes them ("klass 4", "Åk 4", "ak. 4",
# "årskurs 4"); and in small letters, without "ak", as the staff rules read them in any
# case (with `re.IGNORECASE`: "ÅK 4") and a table's class cell does.
GRADE_WORD = r"(?:[Kk]lass|[ÅåAa]k\.?|[Åå]rskurs)"
GRADE_WORD_ANY_CASE = r"(?:åk\.?|årskurs|klass)"
# The grade's number, in digits or in words ("åk 4", "åk fyra", "åk F").
GRADE_NUMBER = r"(?:[1-9F]|ett|två|tre|fyra|fem|sex|sju|åtta|nio)"
# How pupils name a grade: "i fyran", "i 4:an", "i förskoleklassen".
GRADE_WORDS = ("ettan", "tvåan", "trean", "fyran", "femman", "sexan", "sjuan", "åttan", "nian")
_SPOKEN = rf"{'|'.join(GRADE_WORDS)}|[1-9]:an|förskoleklass(?:en)?"
SPOKEN_GRADE = rf"(?:{_SPOKEN})"
# ... and "f-klassen" (which `rules.harmed` does not read).
SPOKEN_GRADE_OR_F = rf"(?:{_SPOKEN}|f-klass(?:en)?)"
# A grade by its ordinal: "fjärde klass", "sjätte klassen", "nionde årskursen", "4:e
# klass", "2:a klass".
ORDINAL_GRADE = (
    r"(?:(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|[1-9]:[ae])[ \t]*"
    r"(?:klass|årskurs)(?:en)?)"
)

# A class as an id or a file name writes it, in any case, read in small letters: "8c",
# "te22a" (`names.name_as_words`).
CLASS_IN_AN_ID = r"[1-9][a-zåäö]|[a-z]{2}\d{2}[a-z]?"
# A class or a grade in the name before an e-mail address's @, read in small letters with
# å, ä and ö as a, a and o, as a word of its own or at a word's end: "9d", "lind9d",
# "ak7", "klass-4b", "te22a" (`classed`).
CLASS_IN_AN_ADDRESS = (
    r"(?<![a-zåäö0-9])(?:åk|ak|årskurs|arskurs|klass|kl)[._-]?[1-9f][a-zåäö]?(?![a-zåäö0-9])"
    r"|(?<![0-9])[1-9][a-zåäö](?![a-zåäö0-9])"
    r"|(?<![a-zåäö0-9])[a-z]{2}\d{2}[a-z](?![a-zåäö0-9])"
)

# The definite words for one child, before a name or said of one ("pojken Ali", "flickan
# i 7A"); a pupil's own word, "elev", is written with its endings where it is used.
CHILD_WORDS = ("barnet", "pojken", "flickan", "killen", "tjejen")


def either_case(word: str) -> str:
    """`word` with its first letter in either case: "[Pp]ojken"."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"
