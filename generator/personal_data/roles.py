"""The words for the roles staff and pupils have in school: the roles a school's contacts
may have as staff (`validate.pupilcontacts`, TP050: "Mentor 9B" is staff,
"Elevrepresentant 9B" a pupil), and the duties pupils have, which are never staff's, also
to the privacy rule (`rules.staff`: "Trivselledaren Noor i 5A" names a pupil). The
privacy rule takes fewer words as signs of staff beside a name (`rules.staff`): a word
that also introduces a list of pupils would let a pupil's name be published.

Each word is a stem that its compounds and inflections contain: "lärar" is in "lärare",
"läraren", "lärarna" and "speciallärare", "pedagog" in "fritidspedagogerna". The stems of
nouns in -are and -a stop before the ending, which their plural changes ("lärarna",
"sköterskorna"); "bibliotekari" is the librarian, not the library (a place); "häls" is a
word for health ("elevhälsan", "hälsoteamet"), not a greeting ("hälsade").
"""

from __future__ import annotations

STAFF_STEMS: tuple[str, ...] = (
    "mentor", "lärar", "pedagog", "rektor", "kurator", "resurs", "assistent", "skötersk",
    "skötar", "vikari", "kock", "lokalvårdar", "chaufför",
    "personal", "klassförestånd", "handledar", "coach", "ledar", "kontakt", "trygghetsteam",
    "elevhälsoteam", "ansvarig", "psykolog", "samordnar", "vägledar", "häls(?:o|an?(?![a-zåäö]))",
    "vaktmästar", "bibliotekari", "skolvärd",
)  # fmt: skip
# Any staff role, where it stands in a word (no flags: the users add IGNORECASE).
STAFF_ROLE = "(?:" + "|".join(STAFF_STEMS) + ")"
# A pupil's duty ("Trivselledaren", "Faddrar"): never a sign of staff beside a name
# (`rules.staff`), and a role a contact list must not give (TP050).
PUPIL_DUTY_STEMS: tuple[str, ...] = (
    "elevrepresentant", "elevråd", "elevkår", "elevskyddsombud", "klassrepresentant",
    "klassombud", "trivsel", "kamratstödja", "elevombud", "rastaktivitetsledar", "fadd",
    "elevambassadör",
)  # fmt: skip
PUPIL_DUTY = "(?:" + "|".join(PUPIL_DUTY_STEMS) + ")"
# A duty pupils and staff both have ("Lekledaren Maja i 4A", "Klassens elevcoach Kalle i
# 4B", and a fritids's lekledare or a school's elevcoach): never a sign of staff beside a
# name (`rules.staff`), but a role a contact list may give.
EITHER_DUTY_STEMS: tuple[str, ...] = ("gruppledar", "lekledar", "elevcoach", "elevmentor")
NOT_STAFF_BESIDE_A_NAME = "(?:" + "|".join((*PUPIL_DUTY_STEMS, *EITHER_DUTY_STEMS)) + ")"
