"""The school's own e-mail domains (TP405): the huvudman's allowed domains and those of
the schools' contacts' addresses, where a class's mailbox and a pupil's address would
both be (`personal_data.mailboxes`)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.model import School


def own_domains(allowed: tuple[str, ...], schools: Iterable[School]) -> tuple[str, ...]:
    """`allowed` and each domain a school's contact has an address on, each once."""
    found = [c.email.rpartition("@")[2].casefold() for s in schools for c in s.contacts]
    return tuple(dict.fromkeys([*allowed, *(d for d in found if "." in d)]))
