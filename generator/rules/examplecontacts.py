"""The example's made-up people and addresses left in a project of its own (TP316).

`trygg init` writes the example's contacts, trygghetsteam, e-mail addresses, phone
numbers, e-mail domain and web addresses marked FYLL I (TP311 in skola.yml, TP304
elsewhere). A rektor who removes the marks but keeps the values would publish people who
do not exist as the school's contacts, and TP402 stays silent when the example's
`tillåtna_epostdomäner` is kept too. trygg ships the example, so it knows its values
(`load.examplefacts`): in a project whose huvudman is not the example's each one left is
an error, where it stands; a line still marked FYLL I is already told, and an utkast is
read when it is decided.

Read are the example's addresses (its e-mail addresses, its e-mail domain and its web
addresses, all on a domain no real huvudman has) and phone numbers from the series PTS
keeps for fiction, which the example's are and no subscriber has
(`personal_data.fiction`). A person's name is not read: it may well be a real
colleague's (a "Per Olsson"), and an error would hold back their site; a contact kept
from the example is found by the address or number beside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from generator.load.examplefacts import ExampleFacts, example_facts
from generator.personal_data.fiction import fiction_numbers
from generator.rules.engine import Context, Finding, rule
from generator.rules.text import Span
from generator.text import as_read


# Whether the project is the example is read from the huvudman's name: not while it has errors.
@rule("TP316", reads=("huvudman.namn",))
def example_contact_left(ctx: Context) -> Iterator[Finding]:
    facts = example_facts()
    if as_read(ctx.project.organiser.name) == as_read(facts.organiser):
        return  # trygg's own example
    drafts = {plan.source for school in ctx.project.schools for plan in school.drafts}
    for span in sorted(ctx.files, key=lambda s: s.display):
        if span.display in drafts:
            continue
        found = [(m.start(), m[0], _said(m[0])) for m in _pattern(facts).finditer(span.text)]
        found += [(i, number, PHONE) for i, number in fiction_numbers(span.text)]
        for index, value, said in sorted(found):
            if not _told_elsewhere(span, index):
                yield _finding(span, (index, value, said), facts)


PHONE = "telefonnumret"  # what a number from PTS's series is called in a message


@cache
def _pattern(facts: ExampleFacts) -> re.Pattern[str]:
    """One pattern for every address (e-mail, web or bare domain) on the example's domains."""
    domains = "|".join(re.escape(d) for d in facts.domains)
    emails = "|".join(re.escape(e) for e in facts.emails)
    address = (
        rf"(?:https?://)?(?:[\w.+-]+@)?(?:[\w-]+\.)*(?:{domains})(?![\w-]|\.\w)"
        r"(?:/[^\s\"'<>)\]]*)?"
    )
    return re.compile(rf"(?<![\w.@/+-])(?:{emails}|{address})", re.IGNORECASE)


def _told_elsewhere(span: Span, index: int) -> bool:
    """Whether the value stands on a line still marked FYLL I (TP311, TP304 tell it), or
    in a YAML comment (never published)."""
    start = span.text.rfind("\n", 0, index) + 1
    end = span.text.find("\n", index)
    line = span.text[start : end if end >= 0 else len(span.text)]
    before = span.text[start:index]
    comment = span.display.endswith(".yml") and re.search(r"(?:^|\s)#", before) is not None
    return "FYLL I" in line or comment


def _finding(span: Span, found: tuple[int, str, str], facts: ExampleFacts) -> Finding:
    index, value, said = found
    if said == PHONE:
        message = (
            f"telefonnumret {value} hör till de nummer som PTS har avsatt för böcker, filmer "
            "och exempel, som trygg:s exempel använder: ingen abonnent har det, och en "
            "vårdnadshavare som ringer når ingen"
        )
    else:
        message = (
            f"{said} {value} kommer från trygg:s exempel ({facts.organiser}), där personerna "
            "och adresserna är påhittade: en vårdnadshavare som skriver dit når ingen"
        )
    whose = "huvudmannens" if span.display.endswith("huvudman.yml") else "skolans"
    hint = f"byt till {whose} egna kontaktuppgifter"
    if said == "e-postdomänen":
        hint = "byt till era egna e-postdomäner (utan @)"
    return Finding(span.location(index), message, hint)


def _said(value: str) -> str:
    if "@" in value:
        return "e-postadressen"
    return "webbadressen" if "/" in value else "e-postdomänen"
