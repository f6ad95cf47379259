"""The student page's "Vem kan jag prata med?": staff roles, with their work contact only,
and the school's own way to tell (skola.yml `säg_till`) when it has one.

The roles are the plan's kontaktpersoner, then those its riktlinjer tell pupils to turn
to (`vänd_dig_till`) that are not among them; names, photos, phone numbers and e-mail
addresses come from skola.yml, and a role no one there holds by name is told as who
that is (`render.student.roles`). A role or a team member that is a pupil's (TP050) is
never shown, and an e-mail address is shown only on the huvudman's domains and never
on a pupil's: anything else is not a work address (TP402, TP405).
"""

from __future__ import annotations

from generator.model import Contact
from generator.personal_data import foreign_emails, pupil_emails
from generator.render.markdown.blocks import external, mailto, tel
from generator.render.photos import photo_img
from generator.render.student.bands import role_applies
from generator.render.student.context import PageContext, heading
from generator.render.student.outside import confidential
from generator.render.student.pictograms import CONTACT_ICONS, pictogram
from generator.render.student.roles import pupil_role, team_role, unnamed_role, who_is
from generator.render.student.texts import plain
from generator.validate.schoolfiles import is_pupil_role

TEAM = "trygghetsteam"


def contacts(page: PageContext) -> list[str]:
    lines = heading(2, "talk", "Vem kan jag prata med?")
    lines += ["Du kan alltid prata med en vuxen du litar på.", ""]
    roles = staff_roles(page)
    for role in roles:
        if role.casefold().startswith(TEAM):
            lines.append(_team(page, role))
        else:
            lines.append(_role(page, role))
    return [*lines, "", *confidential(roles, page.band), *_channel(page)]


def _channel(page: PageContext) -> list[str]:
    """The school's own way to tell (skola.yml `säg_till`), after the adults. Its link
    shows from åk 4: a younger pupil asks an adult, who is listed above."""
    channel = page.school.pupil_channel
    if channel is None:
        return []
    text = f"**Du kan också säga till så här:** {plain(channel.text)}"
    if channel.link and not page.band.young:
        text += " " + external("Här kan du säga till.", channel.link)
    return [f"{pictogram(CONTACT_ICONS['channel'])}{text}", ""]


def staff_roles(page: PageContext) -> list[str]:
    """The roles the page lists: the kontaktpersoner and the riktlinjer's `vänd_dig_till`,
    each once, every role that is not a pupil's and that the band's pupils have (no
    fritids contact from åk 7: `bands.role_applies`)."""
    plan = page.plan
    roles: dict[str, str] = {}
    for role in (*plan.routines.contact_roles, *plan.guidelines.turn_to):
        roles.setdefault(role.casefold(), role)
    staff = [
        role
        for role in roles.values()
        if not is_pupil_role(role) and role_applies(_spelled(page, role), page.band)
    ]
    return sorted(staff, key=lambda role: role.casefold().startswith(TEAM))  # the team last


def shown_people(page: PageContext) -> list[Contact]:
    """The staff the page names, in the order shown."""
    people: list[Contact] = []
    for role in staff_roles(page):
        if role.casefold().startswith(TEAM):
            people += _members(page)
        else:
            people += [c for c in _holders(page, role) if c.name]
    return people


def _spelled(page: PageContext, role: str) -> str:
    """The role as skola.yml spells it, where someone there holds it."""
    return next((c.role for c in _holders(page, role)), role)


def _holders(page: PageContext, role: str) -> list[Contact]:
    return [c for c in page.school.contacts if c.role.casefold() == role.casefold()]


def _members(page: PageContext) -> list[Contact]:
    return [c for c in page.school.safety_team if c.name and not is_pupil_role(c.role)]


def _role(page: PageContext, role: str) -> str:
    people = _holders(page, role)
    named = ", ".join(_person(page, c) for c in people if c.name)
    role = people[0].role if people else role  # as skola.yml spells it, like the rutiner page
    if not named:
        return f"- {pictogram(CONTACT_ICONS['person'])}{_told(role, page)}"
    # a child does not know what a kurator is; from åk 7 the role's name says it
    who = "" if page.band.older else who_is(role, page.band)
    text = f"**{plain(pupil_role(role, page.band))}:** {named}" + (
        f" – {plain(who)}" if who else ""
    )
    return f"- {pictogram(CONTACT_ICONS['person'])}{text}"


def _told(role: str, page: PageContext) -> str:
    """A role no one named holds: its name and who that is (`roles.unnamed_role`)."""
    shown, who = unnamed_role(role, page.band)
    return f"**{plain(shown)}:** {plain(who)}" if who else f"**{plain(shown)}**"


def _person(page: PageContext, contact: Contact) -> str:
    band = page.band
    text = _with_photo(page, contact, plain(contact.name))
    if band.older and contact.phone:
        text += " " + _icon_with(CONTACT_ICONS["phone"], "Telefon", tel(contact.phone))
    if band.older and work_email(page, contact):
        text += " " + _icon_with(CONTACT_ICONS["email"], "E-post", mailto(contact.email))
    return text


def _icon_with(icon: str, label: str, value_md: str) -> str:
    """A phone or mail icon and its value kept on one line (`trygg-nowrap`): on a phone
    the icon at one line's end and the number on the next read as two things."""
    return f'<span class="trygg-nowrap">{pictogram(icon, label)}{value_md}</span>'


def work_email(page: PageContext, contact: Contact) -> bool:
    """Whether the contact's address is a work address: on the huvudman's domains, not a
    pupil's."""
    domains = page.project.organiser.email_domains
    pupils = (page.school.pupil_domain,) if page.school.pupil_domain else ()
    address = contact.email
    return (
        bool(address)
        and not any(foreign_emails(address, domains))
        and not any(pupil_emails(address, pupils))
    )


def _team(page: PageContext, role: str) -> str:
    """The team and its members; up to åk 6 what the team is first ("Trygghetsteamet är
    vuxna på skolan som …"), and in åk 4–6 what a member's role is, unless the page
    names that role on a line of its own."""
    members, band = _members(page), page.band
    own = {r.casefold() for r in staff_roles(page)}
    names = [
        _with_photo(page, c, plain(c.name))
        + ("" if band.young else f" ({plain(team_role(c.role, band, c.role.casefold() in own))})")
        for c in members
    ]
    listed = " och ".join(filter(None, [", ".join(names[:-1]), names[-1] if names else ""]))
    who = "" if band.older else who_is(role, band)
    if not listed:
        text = _told(role, page)
    elif who:
        text = f"**{plain(role)}** är {plain(who)}. De är {listed}."
    else:
        text = f"**{plain(role)}:** {listed}"
    return f"- {pictogram(CONTACT_ICONS['team'])}{text}"


def _with_photo(page: PageContext, contact: Contact, name_md: str) -> str:
    """The name with the person's photo before it, kept on one line; without a photo
    just the name (the line reads the same either way)."""
    img = photo_img(_pictured(page, contact), page.uri)
    return f'<span class="trygg-person">{img} {name_md}</span>' if img else name_md


def _pictured(page: PageContext, contact: Contact) -> Contact:
    """The contact, or where skola.yml gives the same person's photo in the other list
    (a kurator among the kontakter and in the trygghetsteam), that entry: a pupil knows
    the face wherever the name stands."""
    if contact.photo or not contact.name:
        return contact
    same = " ".join(contact.name.split()).casefold()
    people = (*page.school.contacts, *page.school.safety_team)
    return next(
        (c for c in people if c.photo and " ".join(c.name.split()).casefold() == same), contact
    )
