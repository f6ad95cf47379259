"""How a text writes a person's name and a school class, for the rules that tell a
pupil's mention (`rules.pii`) from staff's (`rules.staff`)."""

from __future__ import annotations

UPPER = "A-ZÅÄÖÉÈÜÆØÀÁÂÃÇÊËÌÍÎÏÑÒÓÔÕÙÚÛÝŁŚŻŹĆŃŠŽČŘĐ"
LOWER = "a-zåäöéèüæøáàíóúñçâãêëìîïòôõùûýÿłśżźćńšžčřđœß"
# A capitalised word of its own, not the "Va" of "KiVa": no letter or digit before its
# capital, but maybe Markdown's "_".
_FIRST = rf"[{UPPER}](?<![^\W_][{UPPER}])[{LOWER}]{{1,15}}"
_SECOND = rf"[{UPPER}][{LOWER}]+"
_INITIAL = rf"[{UPPER}]\.(?=\s)"
# A first name and, maybe, a second capitalised word: the surname, or the real first
# name after a capitalised word that starts the sentence ("Sedan Kalle i 4B").
# Or an initial for the surname ("Kalle S. i 4B").
NAME = rf"(?P<name>{_FIRST})(?:\s+(?:(?P<second>{_SECOND})|{_INITIAL}))?"
A_NAME = rf"{_FIRST}(?:\s+(?:{_SECOND}|{_INITIAL}))?"  # the same, one of several in a list
# A class: 4B, 4 B, 4b (not "4 b": "2 i varje klass" reads so), and upper-secondary codes
# such as TE22A, NA21b, EE1A; one class, not a teacher's several ("7A, 8A", "7A och 8B").
CLASS = (
    r"(?:(?:klass|kl\.?)\s*)?(?:[1-9]\s?[A-ZÅÄÖ]|[1-9][a-zåäö]|[A-Z]{2}\d{2}[A-Za-z]?"
    r"|[A-Z]{2}\d[A-Z])(?![\wåäöÅÄÖ])(?!\s*(?:,|och)\s*(?:klass\s*)?[1-9A-Z][A-Z0-9])"
)
IN = r"\s*,?\s*(?:elev(?:en)?\s+|(?:som\s+)?går\s+)?(?:i|från|ur|på)\s+"
# "Kalle i 4B", "Kalle, 4B", "Kalle (4B)", "Kalle (10 år, 4B)"
LINK = rf"(?:{IN}|\s*,\s*|\s*\(\s*(?:\d{{1,2}}\s*år\s*,\s*)?)"
