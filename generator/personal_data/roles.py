"""The words for the roles staff and pupils have in school, defined once for every
stage that tells staff from pupils: the privacy rule's signs of staff (`rules.staff`:
"mentor Anna i 4B", "Lärarna är …") and the check that a school's contacts are staff
(`validate.schoolfiles`, TP050: "Mentor 9B" is staff, "Elevrepresentant 9B" a pupil).

Each word is a stem that its compounds and inflections contain: "lärar" is in "lärare",
"läraren", "lärarna" and "speciallärare", "pedagog" in "fritidspedagogerna". The stems of
nouns in -are and -a stop before the ending, which their plural changes ("lärarna",
"sköterskorna"); "bibliotekari" is the librarian, not the library (a place); "häls" is a
word for health ("elevhälsan", "hälsoteamet"), not a greeting ("hälsade").
"""

from __future__ import annotations

STAFF_STEMS: tuple[str, ...] = (
    "mentor", "lärar", "pedagog", "rektor", "kurator", "resurs", "assistent", "skötersk",
    "personal", "klassförestånd", "handledar", "coach", "ledar", "kontakt", "trygghetsteam",
    "elevhälsoteam", "ansvarig", "psykolog", "samordnar", "vägledar", "häls(?:o|an?(?![a-zåäö]))",
    "vaktmästar", "bibliotekari", "skolvärd",
)  # fmt: skip
# Any staff role, where it stands in a word (no flags: the users add IGNORECASE).
STAFF_ROLE = "(?:" + "|".join(STAFF_STEMS) + ")"
# Words that make a contact's role staff's but say nothing of a person named beside them:
# a pupil is "ansvarig för rastlådan" too. The privacy rule does not take them as signs
# of staff (a pupil excused as staff would be published).
NOT_SIGNS_OF_STAFF = ("ansvarig",)
STAFF_SIGN = "(?:" + "|".join(s for s in STAFF_STEMS if s not in NOT_SIGNS_OF_STAFF) + ")"
# A pupil's duty, for which pupils are named as a group ("Faddrar i 7A", "Trivselledarna"):
# no name (`rules.names`), and a role a contact list must not give (TP050).
PUPIL_DUTY_STEMS: tuple[str, ...] = (
    "elevrepresentant", "elevråd", "elevkår", "elevskyddsombud", "klassrepresentant",
    "klassombud", "trivsel", "kamratstödja", "elevombud", "rastaktivitetsledar", "fadd",
    "elevambassadör",
)  # fmt: skip
PUPIL_DUTY = "(?:" + "|".join(PUPIL_DUTY_STEMS) + ")"
