"""TP404: no pupil named in content that gets published: in a value as a reader sees it
(with a class, a grade or a pupil word, `rules.mentions`; in a field that names staff as
`rules.stafffields` reads it; or pointed out otherwise, `rules.pointed`), in a web
address's words, and in a file's or folder's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from generator.personal_data.names_seen import Seen, as_read
from generator.rules.declaredstaff import declared_names, names_declared_staff
from generator.rules.engine import Context, Finding, rule
from generator.rules.incidents import incident_message
from generator.rules.linked_names import names_in_address
from generator.rules.listed import staff_role
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words
from generator.rules.pointed import also_pointed
from generator.rules.stafffields import staff_field_pupils
from generator.rules.text import Span, decoded_reading, name_spans, published_spans

NONE: frozenset[str] = frozenset()
# The fields that say who is responsible or does a step: staff by what they are.
STAFF_FIELDS = frozenset({"ansvarig", "vem"})


@rule("TP404")
def pupil_named(ctx: Context) -> Iterator[Finding]:
    declared = {f"{s.directory}/": declared_names(s) for s in ctx.project.schools}
    for span in map(_as_decoded, published_spans(ctx.named_text)):
        staff_names = next((n for d, n in declared.items() if span.display.startswith(d)), NONE)
        yield from _named_in_value(span, staff_names)
    for span in published_spans(ctx.address_text):  # a web address's value: its words
        for index, name in names_in_address(span.text):
            yield Finding(span.location(index), _named_message(name))
    for span in name_spans(ctx.scanned):
        yield from _named_in_file_name(span)


def _named_in_value(span: Span, staff_names: frozenset[str]) -> Iterator[Finding]:
    """The pupils named in a value (but the school's declared staff, `staff_names`), and
    those it points out otherwise (not in an id)."""
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
    if not is_id:
        yield from _pointed(span, seen, written, staff=staff, declared=staff_names)


def _pointed(
    span: Span, seen: Seen, written: list[int], *, staff: bool, declared: frozenset[str]
) -> Iterator[Finding]:
    """Each pupil the value points out at an index not among the names `written`:
    named, described, or in an incident (`rules.pointed`)."""
    for other in also_pointed(span.text, seen, written, staff=staff, declared=declared):
        if other.incident:
            yield Finding(
                span.location(other.index), *incident_message(other.words, other.incident)
            )
            continue
        yield Finding(span.location(other.index), _named_message(other.words))


def _named_in_file_name(span: Span) -> Iterator[Finding]:
    """A file's or folder's name is published as an address (a page's, an image's); its
    folders are each read as names of their own. (A name has no line: the file.)"""
    name = span.text.rpartition("/")[2]
    for _index, found in pupil_mentions(name_as_words(name), as_id=True):
        message = (
            f"namnet '{name}' ser ut att nämna en elev, '{found}', med klass, årskurs "
            "eller som elev"
        )
        hint = "byt namn på filen eller mappen till ett namn utan elevens namn och klass"
        yield Finding(span.location(0), message, hint)
        break


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
