"""TP4xx: no personal data about pupils in content that gets published (personal identity
numbers, TP401, in `privacy_numbers`; initials with a class, TP407, in `privacy_initials`).

Which survey figures are shown is decided once, in `model.disclosure`; rule TP403
tells the author which ones it withheld.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from generator.personal_data import within
from generator.personal_data.mailboxes import (
    Domains,
    Why,
    pupil_addresses,
    school_words,
    staff_names,
)
from generator.personal_data.names_seen import as_read
from generator.rules.classcounts import class_counts
from generator.rules.counts import small_counts
from generator.rules.declaredstaff import declared_names, names_declared_staff
from generator.rules.engine import Context, Finding, rule
from generator.rules.incidents import incident_message
from generator.rules.linked_names import names_in_address
from generator.rules.listed import staff_role
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words
from generator.rules.pii import foreign_emails
from generator.rules.pointed import also_pointed
from generator.rules.schooldomains import own_domains
from generator.rules.stafffields import staff_field_pupils
from generator.rules.text import Span, decoded_reading, name_spans, published_spans

NONE: frozenset[str] = frozenset()


@rule("TP402", reads=("huvudman.tillåtna_epostdomäner",))
def foreign_email(ctx: Context) -> Iterator[Finding]:
    domains = ctx.project.organiser.email_domains
    allowed = ", ".join(domains)
    for span in ctx.files:
        for index, domain in foreign_emails(span.text, domains):
            message = f"e-postadressen på {domain} hör inte till huvudmannens domäner ({allowed})"
            yield Finding(span.location(index), message, _subdomain_hint(domain, domains))


def _subdomain_hint(domain: str, domains: tuple[str, ...]) -> str:
    """A subdomain of an allowed domain is not allowed with it: it may be the pupils'."""
    if not within(domain, domains):
        return ""
    return (
        f"{domain} räknas inte med sin huvuddomän, eftersom den kan vara elevernas: har "
        "personalen adresser där, lägg till den i tillåtna_epostdomäner i huvudman.yml; är "
        "det elevernas, ta bort adressen och skriv domänen som elevdomän i skola.yml"
    )


@rule("TP403", reads=("trygghetsplan.kartläggning",))
def small_cells(ctx: Context) -> Iterator[Finding]:
    least = ctx.project.organiser.rule_profile.min_responses
    for school in ctx.project.schools:
        for plan in school.plans:
            for method in plan.survey.methods:
                for cell, shown in zip(method.group_results, method.released.groups, strict=True):
                    # The count stays out of the message, and so does whether it is the
                    # small group or one withheld to protect it: the granskning is published,
                    # and told apart beside the whole's answers they would give the count.
                    if not shown.withheld:
                        continue
                    why = (
                        f"visas inte: färre än {least} svar, eller så att en mindre grupps "
                        "resultat inte kan räknas fram"
                    )
                    yield Finding(cell.location, f"delresultatet för {cell.group} {why}")


@rule("TP405", reads=("skola.elevdomän", "huvudman.tillåtna_epostdomäner"))
def pupil_email(ctx: Context) -> Iterator[Finding]:
    pupils = tuple(s.pupil_domain for s in ctx.project.schools if s.pupil_domain)
    own = own_domains(ctx.project.organiser.email_domains, ctx.project.schools)
    schools = school_words(tuple(n for s in ctx.project.schools for n in (s.name, s.directory)))
    every = Domains(pupils, own, schools)
    declared = {
        f"{s.directory}/": replace(every, staff=staff_names(declared_names(s)))
        for s in ctx.project.schools
    }
    for span in ctx.files:
        domains = next((d for p, d in declared.items() if span.display.startswith(p)), every)
        for index, domain, why in pupil_addresses(span.text, domains):
            message = f"e-postadressen på {domain} ser ut att vara en elevs{_WHY[why]}"
            yield Finding(span.location(index), message)


# Why an address is a pupil's, as the message says it (nothing: on a pupil domain).
_WHY = {
    Why.ON_A_PUPIL_DOMAIN: "",
    Why.CLASSED: " (en klass och ett namn före @)",
    Why.ON_OWN_DOMAIN: " (ett namn och en klass före @, inget ämne eller ärende)",
}


@rule("TP404")
def pupil_named(ctx: Context) -> Iterator[Finding]:
    declared = {f"{s.directory}/": declared_names(s) for s in ctx.project.schools}
    for span in map(_as_decoded, published_spans(ctx.named_text)):
        staff_names = next((n for d, n in declared.items() if span.display.startswith(d)), NONE)
        # Read as a reader sees it (`names_seen`), found where it is written
        seen = as_read(span.text)
        # An id is published (the plan page, its data, the calendar's UID), as it is written
        is_id = span.key == "id"
        text = name_as_words(seen.text) if is_id else seen.text
        hint = "byt till ett id utan elevens namn och klass (och ändra det där det används)"
        staff = _names_staff(span)
        written: list[int] = []
        for index, name, why in _mentions(span, text, is_id=is_id, linked=seen.in_link):
            if not staff and names_declared_staff(staff_names, text, index):
                continue  # (a staff field is read as `rules.stafffields` reads it)
            written.append(seen.where[index])
            yield Finding(span.location(written[-1]), _named_message(name), hint if is_id else why)
        pointed = (
            ()
            if is_id
            else also_pointed(span.text, seen, written, staff=staff, declared=staff_names)
        )
        for other in pointed:
            if other.incident:
                yield Finding(
                    span.location(other.index), *incident_message(other.words, other.incident)
                )
                continue
            message = _named_message(other.words) if other.named else _described(other.words)
            yield Finding(span.location(other.index), message)
    for span in published_spans(ctx.address_text):  # a web address's value: its words
        for index, name in names_in_address(span.text):
            yield Finding(span.location(index), _named_message(name))
    for span in name_spans(ctx.scanned):
        # A file's or folder's name is published as an address (a page's, an image's); its
        # folders are each read as names of their own. (A name has no line: the file.)
        name = span.text.rpartition("/")[2]
        for _index, found in pupil_mentions(name_as_words(name), as_id=True):
            message = (
                f"namnet '{name}' ser ut att nämna en elev, '{found}', med klass, årskurs "
                "eller som elev"
            )
            hint = "byt namn på filen eller mappen till ett namn utan elevens namn och klass"
            yield Finding(span.location(0), message, hint)
            break


# The fields that say who is responsible or does a step: staff by what they are.
STAFF_FIELDS = frozenset({"ansvarig", "vem"})


def _mentions(
    span: Span, text: str, *, is_id: bool, linked: Callable[[int], bool]
) -> Iterator[tuple[int, str, str]]:
    """(index, name, hint) of each pupil named in a value as read (`text`, where `linked`
    tells a link's text): a field that names staff by what it is (`_names_staff`) as
    `rules.stafffields` reads it."""
    if _names_staff(span):
        yield from staff_field_pupils(text, team_member=span.key == "namn")
        return
    for index, name in pupil_mentions(text, as_id=is_id, linked=linked):
        yield index, name, ""


def _names_staff(span: Span) -> bool:
    """Whether the value names staff by its field: who is responsible (`ansvarig`,
    `vem`), or a `namn` beside a staff role ("{roll: Lärare i åk 2, namn: Emma Strand
    (2A)}")."""
    return span.key in STAFF_FIELDS or (span.key == "namn" and staff_role(span.role))


def _as_decoded(span: Span) -> Span:
    """A double-quoted value with escapes as YAML decodes it ("\\x37" is 7), each
    character placed where it was written (`rules.quoted`); other spans (a page's body
    has no key) as they are."""
    if not span.key or span.text[:1] != '"' or "\\" not in span.text:
        return span
    return decoded_reading(span) or span


def _named_message(name: str) -> str:
    return f"'{name}' ser ut att vara en elev som nämns vid namn, med klass, årskurs eller som elev"


def _described(words: str) -> str:
    return (
        f"'{words}' pekar ut en enskild elev: en klass eller årskurs och en känslig uppgift "
        "eller en kränkning i samma mening"
    )


@rule("TP406")
def small_count_in_text(ctx: Context) -> Iterator[Finding]:
    least = ctx.project.organiser.rule_profile.min_responses
    for span in published_spans(ctx.free_text):
        counted = dict(small_counts(span.text, least))
        for index, found in sorted({**dict(class_counts(span.text, least)), **counted}.items()):
            message = (
                f"'{found}' är färre än {least} och står i samma mening som en känslig "
                "uppgift, så det kan peka ut enskilda elever"
            )
            yield Finding(span.location(index), message)
