"""TP404 reads every published value that can hold a name (a hostile review's leaks):
names, groups, measures, roles, a rektor's name, a report's groups and areas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ruletools import CYCLE, FIXTURE, ORGANISER, PLAN, SCHOOL, Tree, triggers

from generator.check.unnamed import HIDDEN, without_pupils
from generator.rules.mentions import pupil_mentions
from generator.rules.nameless import NAME_PROBES, nameless_keys
from generator.rules.names import name_as_words

REPORT = "content/rapporter/dialogmote-trygghet-2026.yml"
EXAMPLE = FIXTURE.parents[3] / "content"
ROW = "- {grupp: Åk 2, mått: Känner sig trygg i skolan, antal_svar: 39, andel: 94}"


def _tree(tmp_path: Path) -> Tree:
    tree = Tree(tmp_path)
    (tree.root / "content" / "rapporter").mkdir()
    for suffix in (".yml", ".md"):
        name = Path(REPORT).with_suffix(suffix).name
        shutil.copy(EXAMPLE / "rapporter" / name, tree.root / "content" / "rapporter" / name)
    return tree


LEAKS = [
    (CYCLE, "namn: Ordningsregler och klassregler", "namn: Samtal med Saga i 7A", "Saga"),
    (PLAN, ROW, ROW.replace("grupp: Åk 2", "grupp: Maja i 8C"), "Maja"),
    (PLAN, ROW, ROW.replace("i skolan", "(som Elsa i 9F)"), "Elsa"),
    (PLAN, "rektor: Maria Lindqvist}", "rektor: Hugo i 9D}", "Hugo"),
    (REPORT, "{namn: Mobilfria lektioner, antal: 6}", "{namn: Omar i 9A, antal: 6}", "Omar"),
    (SCHOOL, "{roll: Kurator, namn: Johan Ek}", "{roll: Representant, namn: Elsa i 9C}", "Elsa"),
    (SCHOOL, "{roll: Kurator, namn: Johan Ek}", "{roll: Mentor för Kalle i 9B, namn: Jo}", "Kalle"),
]


@triggers("TP404")
@pytest.mark.parametrize(("file", "old", "new", "name"), LEAKS)
def test_a_pupil_named_in_any_published_field(
    tmp_path: Path, file: str, old: str, new: str, name: str
) -> None:
    """An activity's name (the årshjul, its calendar), a group or a measure (the plan
    page, its CSV, the PDF), the rektor who decided, a report's group, a team member's
    name or role: each is published, so each stops the school."""
    tree = _tree(tmp_path)
    tree.edit(file, old, new)
    found = [p for p in tree.problems("TP404") if p.location.file == file]
    assert [str(p.location) for p in found] == [tree.at(file, f"{name} i ")]
    assert found[0].message.startswith(f"'{name}' ser ut att vara en elev")


AREAS = """
  - rubrik: Insatser
    data:
      - typ: insatser
        rubrik: Insatser läsåret 2026/27
        områden:
          - namn: Ella i 9E och skolgården
            insatser:
              - {insats: Fler rastvärdar., effekt: Färre är ensamma., indikator: Enkäten.}
"""


def test_a_pupil_named_in_a_report_s_area(tmp_path: Path) -> None:
    """A report's area is its section's heading."""
    tree = _tree(tmp_path)
    tree.edit(REPORT, "avsnitt:\n", "avsnitt:" + AREAS)
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(REPORT, "Ella i 9E")


@pytest.mark.parametrize("key", ["namn", "grupp", "mått", "rektor", "roll", "telefon", "vem"])
def test_fields_that_can_hold_a_name_are_read(key: str) -> None:
    assert key not in nameless_keys()


@pytest.mark.parametrize(
    "key", ["datum", "epost", "färg", "status", "taggar", "källor", "foto", "årskurser"]
)
def test_fields_that_cannot_hold_a_name_are_not(key: str) -> None:
    """Lists, dates, addresses, colours, references and photos (read as file names)."""
    assert key in nameless_keys()


@pytest.mark.parametrize("probe", NAME_PROBES)
def test_each_probe_is_a_name_the_rule_finds(probe: str) -> None:
    """A pattern is taken to hold no name when it accepts none of the probes: each must be
    a form in which the rule finds a pupil (a text, or an id or a file name)."""
    as_text = list(pupil_mentions(f"Vi pratade med {probe} i 7A."))
    assert as_text or list(pupil_mentions(name_as_words(probe), as_id=True))


MENTIONED = [
    (PLAN, ROW, ROW.replace("grupp: Åk 2", "grupp: Maja i 8C").replace("39", "3"), "Maja i 8C"),
    (
        SCHOOL,
        "{roll: Kurator, namn: Johan Ek}",
        "{roll: Representant för Kalle i 9B, namn: Jo}",
        "Kalle",
    ),
    # An action's id in small letters, quoted by TP031's message and field
    (PLAN, "    - id: A2\n", "    - id: samtal-saga-4b\n", "saga"),
]


@pytest.mark.parametrize(("file", "old", "new", "pupil"), MENTIONED)
def test_no_message_quotes_a_pupil(
    tmp_path: Path, file: str, old: str, new: str, pupil: str
) -> None:
    """TP403 names the group it withholds, TP050 the role it refuses: what the name rule
    finds is cut out of them (messages reach CI logs); TP404 alone names what it found."""
    tree = _tree(tmp_path)
    tree.edit(file, old, new)
    report = tree.check().report
    assert [p for p in report if p.code == "TP404"]
    others = [p for p in report if p.code != "TP404" and p.location.file == file]
    assert others, "the edit gives other findings too"
    assert not [p.format() for p in others if pupil.split(maxsplit=1)[0] in p.format()]
    assert any(HIDDEN in p.format() for p in others)


def test_a_quoted_value_is_cut_out_whole() -> None:
    said = "rollen 'Mentor för Kalle Lind i 9B' ser ut att gälla en elev"
    assert without_pupils(said) == f"rollen '{HIDDEN}' ser ut att gälla en elev"
    assert without_pupils("delresultatet för Maja i 8C visas inte") == (
        f"delresultatet för {HIDDEN} visas inte"
    )


def test_a_pupil_in_an_incident_is_cut_out_of_a_message() -> None:
    said = "texten 'Vid en kränkning mot Ebba i mars agerade ingen' är lång"
    assert without_pupils(said) == f"texten '{HIDDEN}' är lång"
    assert without_pupils("Efter bråket med Noah Karlsson saknas ett datum") == (
        f"Efter bråket med {HIDDEN} saknas ett datum"
    )


def test_a_pupil_address_on_an_undeclared_subdomain_is_not_accepted(tmp_path: Path) -> None:
    """huvudman.yml allows strandvik.se; edu.strandvik.se is not declared, so a contact's
    address there is told (it may be a pupil's), with how to declare the domain; the
    staff's addresses on strandvik.se stay fine."""
    tree = _tree(tmp_path)
    tree.edit(SCHOOL, "epost: johan.ek@strandvik.se", "epost: saga.lind.9a@edu.strandvik.se")
    [problem] = tree.problems("TP402")
    assert str(problem.location) == tree.at(SCHOOL, "saga.lind.9a@edu")
    assert "tillåtna_epostdomäner" in problem.hint and "elevdomän" in problem.hint


def test_a_declared_subdomain_is_accepted(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    tree.edit(SCHOOL, "epost: johan.ek@strandvik.se", "epost: johan.ek@edu.strandvik.se")
    tree.edit(ORGANISER, "[strandvik.se]", "[strandvik.se, edu.strandvik.se]")
    assert tree.problems("TP402") == []


def test_an_address_under_the_pupil_domain_is_a_pupil_s(tmp_path: Path) -> None:
    """Declared for staff or not, an address on (or under) a school's elevdomän is a
    pupil's: an error, the school is not published."""
    tree = _tree(tmp_path)
    tree.edit(SCHOOL, "färg:", "elevdomän: edu.strandvik.se\nfärg:")
    tree.edit(ORGANISER, "[strandvik.se]", "[strandvik.se, edu.strandvik.se]")
    tree.edit(SCHOOL, "epost: johan.ek@strandvik.se", "epost: saga@ak9.edu.strandvik.se")
    assert [p.code for p in tree.check().report if p.code in ("TP050", "TP405")] == [
        "TP050",
        "TP405",
    ]


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">{}'
    '<rect width="96" height="96" fill="#dbe7f3"/></svg>'
)


@pytest.mark.parametrize(
    "inside",
    [
        "<desc>Teckning av Saga i 7A</desc>",
        "<text x='4' y='90'>Saga i 7A</text>",
        "<title>Eleven Saga</title>",
        "<text x='4' y='90'>Saga <tspan>i 7A</tspan></text>",
        # a name badge: separate texts are separate words ("Saga 7A", not "Saga7A")
        "<text x='4' y='80'>Saga</text><text x='4' y='90'>7A</text>",
    ],
)
def test_a_pupil_named_in_an_svg_photo(tmp_path: Path, inside: str) -> None:
    """A drawing in place of a photo is published as it is: its text is read."""
    tree = _tree(tmp_path)
    photo = tree.path(SCHOOL).parent / "foton" / "kurator.svg"
    photo.parent.mkdir()
    photo.write_text(SVG.format(inside), encoding="utf-8")
    tree.edit(SCHOOL, "namn: Johan Ek}", "namn: Johan Ek, foto: foton/kurator.svg}")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == str(Path(SCHOOL).parent / "foton" / "kurator.svg")
    assert problem.message.startswith("'Saga' ser ut att vara en elev")


def test_an_svg_drawing_without_a_name_is_clean(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    photo = tree.path(SCHOOL).parent / "foton" / "kurator.svg"
    photo.parent.mkdir()
    photo.write_text(SVG.format("<title>Kuratorn Johan Ek</title>"), encoding="utf-8")
    tree.edit(SCHOOL, "namn: Johan Ek}", "namn: Johan Ek, foto: foton/kurator.svg}")
    assert tree.problems("TP404") == []


STAFF_FIELDS = [
    (SCHOOL, "namn: Emma Strand}", "namn: Emma Strand (2A)}"),
    (CYCLE, "    ansvarig: Mentorer\n", "    ansvarig: Karin Ek – 2A\n"),
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Karin i 2A\n"),
]


@pytest.mark.parametrize(("file", "old", "new"), STAFF_FIELDS)
def test_a_staff_field_names_staff(tmp_path: Path, file: str, old: str, new: str) -> None:
    """Who is responsible (`ansvarig`, `vem`) and a team member beside a staff role are
    staff, with the class they have: no school is held back for them."""
    tree = Tree(tmp_path)
    tree.edit(file, old, new)
    assert [p for p in tree.problems("TP404") if p.location.file == file] == []


@pytest.mark.parametrize(
    ("file", "old", "new", "name"),
    [
        (CYCLE, "    ansvarig: Mentorer\n", "    ansvarig: Karin i 2A blev slagen\n", "Karin"),
        (SCHOOL, "namn: Emma Strand}", "namn: Emma Strand (2A) blev retad}", "Emma Strand"),
    ],
)
def test_a_staff_field_that_says_what_one_suffered_names_a_pupil(
    tmp_path: Path, file: str, old: str, new: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(file, old, new)
    found = [p for p in tree.problems("TP404") if p.location.file == file]
    assert [p.message.split("'")[1] for p in found] == [name]
