"""E-mail addresses in any text an author wrote, judged by their domain: outside the
huvudman's domains (TP402), or a pupil's (TP405: the school's elevdomän, or a domain with
a part such as "elev"); and by their name before @, which gives a pupil's class and name
on any domain ("omar.lind.9d@gmail.com": `personal_data.classed`). An address with its
@ or dots spelt out ("kalle [at] elev…") is read as the address."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from generator.personal_data.classed import classed
from generator.personal_data.readable import as_seen

LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# An address written so that programs miss it and readers do not: "kalle [at] elev.se",
# "kalle(snabel-a)elev(punkt)se". The blanks are bounded: an unbounded `\s*` first would
# be tried at every character of a long run of blanks, each time to its end.
SPELT_AT = re.compile(
    r"\s{0,3}[\[({<]\s{0,3}(?:at|snabel[- ]?a|@|＠)\s{0,3}[\])}>]\s{0,3}"
    r"|\s{1,3}(?:@|＠|snabel-a)\s{1,3}",
    re.IGNORECASE,
)
SPELT_DOT = re.compile(r"\s{0,3}[\[({<]\s{0,3}(?:dot|punkt|\.)\s{0,3}[\])}>]\s{0,3}", re.IGNORECASE)


# What every spelt-out @ holds, found quicker than `SPELT_AT`, which starts with blanks
# and is tried at every character.
SPELT_QUICK = re.compile(r"[@＠]|[\[({<]\s*[aAsS]|[sS]nabel")
# What every match of `SPELT_AT` holds, in its letters' cases: an @, "at" or "snabel" in
# a bracket, "snabel-a" after a blank. Most texts that `SPELT_QUICK` passes (a link's
# "[S", an "(a") have none of it.
SPELT_NEEDS = re.compile(r"[@＠]|[\[({<]\s{0,3}(?:at|snabel)|\ssnabel-a", re.IGNORECASE)


@functools.lru_cache(maxsize=16)  # TP402, TP405 and the mailboxes read the same texts
def _spelt_out(text: str) -> str:
    """`text` with each spelt-out @ and dot as the character, padded with zero-width
    spaces (which a reader does not see) to the same length, so that indices stay."""
    if not SPELT_NEEDS.search(text) or not SPELT_QUICK.search(text):
        return text
    if not SPELT_AT.search(text):
        return text
    text = SPELT_AT.sub(functools.partial(_padded, "@"), text)
    return SPELT_DOT.sub(functools.partial(_padded, "."), text)


def _padded(char: str, spelt: re.Match[str]) -> str:
    return char + "\u200b" * (len(spelt.group()) - 1)


def addresses(text: str) -> Iterator[tuple[int, str, str]]:
    """(index, the name before @, domain in lower case) of each e-mail address in
    `text`, read as a reader sees it ("kalle&#64;elev.se", "kalle [at] elev.se" and a
    zero-width space inside the domain included)."""
    text = _spelt_out(text)
    plain = text.isascii() and not any(c in text for c in "&\\%")
    readable, where = (text, []) if plain else as_seen(text)
    at = readable.find("@")
    while at >= 0:
        local = LOCAL_PART.search(readable, max(0, at - 64), at)
        found = DOMAIN.match(readable, at + 1)
        if local and found:
            index = local.start() if plain else where[local.start()]
            yield index, local.group(), found.group().casefold()
        at = readable.find("@", at + 1)


def emails(text: str) -> Iterator[tuple[int, str]]:
    """(index, domain in lower case) of each e-mail address in `text` (`addresses`)."""
    return ((index, domain) for index, _local, domain in addresses(text))


def within(domain: str, domains: tuple[str, ...]) -> bool:
    """Whether `domain` is one of `domains` or under one: for pupils' domains, whose
    subdomains are pupils' too."""
    return any(domain == d.casefold() or domain.endswith("." + d.casefold()) for d in domains)


def declared(domain: str, domains: tuple[str, ...]) -> bool:
    """Whether `domain` is one of `domains` as written: a subdomain of an allowed domain
    is not allowed with it (edu.strandvik.se may be the pupils' while the staff's is
    strandvik.se), so the huvudman lists each domain its staff's addresses have."""
    return any(domain == d.casefold() for d in domains)


def foreign_emails(text: str, domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each e-mail address on a domain that is not one of `domains`."""
    return ((i, domain) for i, domain in emails(text) if not declared(domain, domains))


# A domain part that marks pupils' own addresses: elev.strandvik.se, stud.skola.se,
# students.skola.se. Whole parts only ("studentlitteratur.se" is a publisher's), and not
# "edu": many huvudmän give their staff addresses on edu.kommun.se too, and a staff
# contact's address cannot be reworded (the school names its own in elevdomän).
PUPIL_LABELS = frozenset(
    {"elev", "elever", "stud", "studerande", "student", "studenter", "students", "pupil", "pupils"}
)


def pupil_emails(text: str, pupil_domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each address on a pupil domain: the school's own (elevdomän)
    or any domain with a part such as "elev" or "student"; and of each address whose
    name before @ gives a pupil's class and name, on any domain (`classed`). (TP405
    reads the school's own domains too: `mailboxes.pupil_addresses`.)"""
    for index, local, domain in addresses(text):
        if pupil_domain(domain, pupil_domains) or classed(local, domain):
            yield index, domain


def pupil_domain(domain: str, pupil_domains: tuple[str, ...]) -> bool:
    """Whether `domain` is the school's pupil domain or under it, or has a part such as
    "elev" or "student"."""
    return within(domain, pupil_domains) or bool(PUPIL_LABELS & set(domain.split(".")))


def forget_spelt() -> None:
    """Forget the texts `_spelt_out` remembers (`build.memory.forget_texts`)."""
    _spelt_out.cache_clear()
