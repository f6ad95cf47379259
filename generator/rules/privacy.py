"""TP4xx: no personal data about pupils in content that gets published (personal identity
numbers, TP401, in `privacy_numbers`; pupils named, TP404, in `privacy_names`; initials
with a class, TP407, in `privacy_initials`).

Which survey figures are shown is decided once, in `model.disclosure`; rule TP403
tells the author which ones it withheld.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from generator.personal_data import within
from generator.personal_data.mailboxes import (
    Domains,
    Why,
    pupil_addresses,
    school_words,
    staff_names,
)
from generator.rules.classcounts import class_counts
from generator.rules.counts import small_counts
from generator.rules.declaredstaff import declared_names
from generator.rules.engine import Context, Finding, rule
from generator.rules.onepupil import one_pupil
from generator.rules.pii import foreign_emails
from generator.rules.schooldomains import own_domains
from generator.rules.text import published_spans


@rule("TP402", reads=("huvudman.tillåtna_epostdomäner",))
def foreign_email(ctx: Context) -> Iterator[Finding]:
    domains = ctx.project.organiser.email_domains
    allowed = ", ".join(domains)
    for span in (*ctx.files, *ctx.settings):
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
            message, hint = one_pupil(found, least) or (message, "")
            yield Finding(span.location(index), message, hint)
