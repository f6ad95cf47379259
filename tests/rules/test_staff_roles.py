"""The staff roles: a contact's (TP050, `personal_data.roles`), and the fewer words the
privacy rule (TP404, `rules.staff`) takes as signs of staff beside a name."""

from __future__ import annotations

import pytest

from generator.rules.mentions import pupil_mentions
from generator.validate.pupilcontacts import is_pupil_role

# Roles that both checks take as staff's, as plans write them.
ROLES = [
    "Mentor", "Fritidspedagogerna", "Rektor", "Kurator", "Resursperson", "Elevassistent",
    "Personalen", "Klassföreståndare", "Handledare", "Coach", "Kontaktperson",
    "Trygghetsteamet", "Elevhälsoteamet", "Studievägledare",
]  # fmt: skip
# Roles a contact may have that the privacy rule does not take as a sign of staff beside
# a name: their words also introduce lists of pupils ("## Psykisk hälsa", "Remitterade
# till psykolog:"), so a name beside them is reported (`rules.staff`).
CONTACT_ROLES_ONLY = [
    "Skolpsykolog", "Samordnare", "Elevhälsan", "Vaktmästare",
    "Bibliotekarie", "Skolvärd", "Ansvarig för fritids",
]  # fmt: skip


@pytest.mark.parametrize("role", ROLES)
def test_a_staff_role_is_staff_to_both_checks(role: str) -> None:
    assert not is_pupil_role(f"{role} 9B")  # a contact for a class is staff
    assert list(pupil_mentions(f"I höstas var {role.lower()} Anna Berg i 4B med.")) == []


@pytest.mark.parametrize("role", CONTACT_ROLES_ONLY)
def test_a_contact_s_role_is_staff_but_excuses_no_name_in_a_text(role: str) -> None:
    assert not is_pupil_role(f"{role} 9B")
    found = pupil_mentions(f"I höstas var {role.lower()} Anna Berg i 4B med.")
    assert [name for _at, name in found] == ["Anna Berg"]


def test_a_word_a_pupil_s_duty_takes_too_is_staff_only_as_a_contact_s_role() -> None:
    assert not is_pupil_role("Ansvarig för fritids")
    assert [name for _at, name in pupil_mentions("Maja i 6A är ansvarig för rastlådan.")] == [
        "Maja"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rektorn hälsade Kalle i 4B välkommen tillbaka.",  # "hälsade" is no word for health
        "Sedan hälsar vi på Maja i 5A.",
    ],
)
def test_a_word_like_a_role_does_not_excuse_a_pupil(text: str) -> None:
    assert len(list(pupil_mentions(text))) == 1


@pytest.mark.parametrize(
    "role", ["Elevrepresentant i trygghetsteamet, 9A", "Elevråd 9B", "Fadder", "Elevambassadör 9A"]
)
def test_a_pupil_in_a_duty_or_a_team_is_a_pupil(role: str) -> None:
    assert is_pupil_role(role)


@pytest.mark.parametrize("role", ["Lekledare", "Gruppledare", "Elevcoach", "Elevmentor"])
def test_a_duty_pupils_and_staff_both_have_is_a_contact_s_role_but_no_title(role: str) -> None:
    assert not is_pupil_role(f"{role} 9B")  # a fritids's lekledare, a school's elevcoach
    found = pupil_mentions(f"{role}n Maja i 4A stängde ute två kamrater.")
    assert [name for _at, name in found] == ["Maja"]
