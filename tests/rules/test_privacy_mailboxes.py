"""TP405 on the school's own domain: one word glued to a class before @ is a pupil's
address, unless the word is a subject, an errand, a school's, a role's or a group's."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.problems import Severity


def _pupil_addresses(tmp_path: Path, written: str) -> list[str]:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nSkriv till {written} om du undrar något.\n")
    return [str(p.location) for p in tree.problems("TP405")]


@pytest.mark.parametrize(
    "address",
    [
        "zelda9d@strandvik.se", "isidor.5b@strandvik.se", "stefan-4b@strandvik.se",
        "Yngve_7C@strandvik.se", "elof.te22a@strandvik.se", "zelda9d@skola.strandvik.se",
    ],
)  # fmt: skip
def test_a_name_and_a_class_at_the_schools_own_domain(tmp_path: Path, address: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nSkriv till {address} om du undrar något.\n")
    [problem] = tree.problems("TP405")
    assert str(problem.location) == tree.at(PAGE, address)
    assert problem.message.startswith("e-postadressen på ")
    assert "ett namn och en klass före @" in problem.message
    assert problem.severity is Severity.ERROR


@pytest.mark.parametrize(
    "address",
    [
        "svenska.4a@strandvik.se", "franvaro.7b@strandvik.se", "ekbacken4a@strandvik.se",
        "ekbackens-skola-4a@strandvik.se", "mentor.4b@strandvik.se", "klass4b@strandvik.se",
        "studieresa.9c@strandvik.se", "matte.5a@strandvik.se", "sfi.2b@strandvik.se",
        "idrott-6a@strandvik.se", "sjukanmalan.3c@strandvik.se", "resa9a@strandvik.se",
        "elevradet.4b@strandvik.se", "fritidsgruppen.2b@strandvik.se", "info.9a@strandvik.se",
        "bio.8b@strandvik.se", "x.4b@strandvik.se", "fotboll.4b@strandvik.se",
        "vh.4b@strandvik.se",
        # another domain: one unknown word and a class is no pupil's there
        "zelda.9d@example.org",
    ],
)  # fmt: skip
def test_mailboxes_for_a_subject_or_an_errand_are_no_pupils(tmp_path: Path, address: str) -> None:
    assert _pupil_addresses(tmp_path, address) == []


def test_a_pupil_domain_s_address_is_reported_once(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        "content/skolor/ekbackens-skola/skola.yml",
        "namn: Ekbackens skola",
        "namn: Ekbackens skola\nelevdomän: elev.strandvik.se",
    )
    tree.append(PAGE, "\nSkriv till zelda9d@elev.strandvik.se.\n")
    assert len(tree.problems("TP405")) == 1


def test_a_contact_s_domain_is_the_school_s_own(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        "content/skolor/ekbackens-skola/skola.yml",
        "epost: lena.wik@strandvik.se",
        "epost: lena.wik@ekbacken.se",
    )
    tree.append(PAGE, "\nSkriv till zelda9d@ekbacken.se eller svenska.4a@ekbacken.se.\n")
    [problem] = tree.problems("TP405")
    assert str(problem.location) == tree.at(PAGE, "zelda9d@")


@pytest.mark.parametrize(
    "address",
    # Elin Berg (trygghetsteam), Sara Nyberg and Johan Ek (kontakter) are declared staff
    ["berg4b@strandvik.se", "nyberg.4a@strandvik.se", "elin.berg.4b@strandvik.se",
     "ek-5a@strandvik.se", "johan.ek.5a@strandvik.se"],
)  # fmt: skip
def test_a_declared_staff_s_surname_and_a_class_is_their_mailbox(
    tmp_path: Path, address: str
) -> None:
    assert _pupil_addresses(tmp_path, address) == []


@pytest.mark.parametrize(
    "address",
    # a first name alone, another surname, a pupil domain, another domain
    ["elin4b@strandvik.se", "lind4b@strandvik.se", "bergström4b@strandvik.se",
     "berg4b@elev.strandvik.se", "elin.berg.4b@gmail.com", "saga.berg.4b@strandvik.se"],
)  # fmt: skip
def test_no_declared_staff_s_name_excuses_a_pupil_s_address(tmp_path: Path, address: str) -> None:
    assert len(_pupil_addresses(tmp_path, address)) == 1


def test_each_address_is_reported_once_with_why(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        "content/skolor/ekbackens-skola/skola.yml",
        "namn: Ekbackens skola",
        "namn: Ekbackens skola\nelevdomän: elev.strandvik.se",
    )
    written = (
        "Mejla zelda9d@strandvik.se, omar.lind.9d@strandvik.se, saga@elev.strandvik.se, "
        "berg4b@strandvik.se eller omar.lind.9d@elev.strandvik.se."
    )
    tree.append(PAGE, f"\n{written}\n")
    found = [(str(p.location), p.message.partition("elevs")[2]) for p in tree.problems("TP405")]
    assert found == [
        (tree.at(PAGE, "zelda9d"), " (ett namn och en klass före @, inget ämne eller ärende)"),
        (tree.at(PAGE, "omar.lind.9d@strandvik"), " (en klass och ett namn före @)"),
        (tree.at(PAGE, "saga@"), ""),
        (tree.at(PAGE, "omar.lind.9d@elev"), ""),
    ]
