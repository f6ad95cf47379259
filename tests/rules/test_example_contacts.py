"""TP316: the example's made-up addresses and phone numbers kept by a huvudman of its own.

The fixture is trygg's example (Strandviks kommun), whose staff and addresses are made up
but its own: no TP316. Renamed to another huvudman, with the values kept (the FYLL I marks
removed, as the examiner's rektor did), each is an error where it stands.
"""

from __future__ import annotations

from pathlib import Path

from ruletools import ORGANISER, PAGE, SCHOOL, Tree, triggers

from generator.load.examplefacts import example_facts
from generator.problems import Severity


def own_organiser(tmp_path: Path) -> Tree:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "namn: Strandviks kommun", "namn: Älvsby kommun")
    return tree


@triggers("TP316")
def test_the_examples_addresses_are_errors_in_a_project_of_its_own(tmp_path: Path) -> None:
    """The rektor's and the trygghetsteam's addresses, the allowed domain and the web
    address are the example's: a guardian would write to someone who does not exist."""
    tree = own_organiser(tmp_path)
    problems = tree.problems("TP316")
    where = [str(p.location) for p in problems]
    for wanted in [
        tree.at(SCHOOL, "maria.lindqvist@strandvik.se"),
        tree.at(ORGANISER, "strandvik.se]"),
        tree.at(ORGANISER, "https://skolor.strandvik.se"),
    ]:
        assert wanted in where
    assert all(p.severity is Severity.ERROR for p in problems)
    [rektor] = [
        p for p in problems if str(p.location) == tree.at(SCHOOL, "maria.lindqvist@strandvik.se")
    ]
    assert rektor.message.startswith(
        "e-postadressen maria.lindqvist@strandvik.se kommer från trygg:s exempel (Strandviks "
        "kommun), där personerna och adresserna är påhittade"
    )
    assert rektor.hint == "byt till skolans egna kontaktuppgifter"
    [domain] = [p for p in problems if str(p.location) == tree.at(ORGANISER, "strandvik.se]")]
    assert domain.message.startswith("e-postdomänen strandvik.se kommer från trygg:s exempel")


def test_names_are_not_read_they_may_be_real(tmp_path: Path) -> None:
    """A real colleague may be called as one of the example's people."""
    tree = own_organiser(tmp_path)
    where = {str(p.location) for p in tree.problems("TP316")}
    for snippet in ("Maria Lindqvist", "Elin Berg"):
        assert tree.at(SCHOOL, snippet) not in where


def test_the_examples_phone_numbers_are_errors_no_subscriber_has_them(tmp_path: Path) -> None:
    """The example's numbers are from PTS's series for fiction: a guardian who calls one
    reaches no one. So is any number of those series, however it is written."""
    tree = own_organiser(tmp_path)
    tree.append(PAGE, "\nRing expeditionen på +46 31 390 06 12 eller 070-1740650.\n")
    problems = tree.problems("TP316")
    where = {str(p.location) for p in problems}
    for file, snippet in ((SCHOOL, "08-465 004 11"), (PAGE, "+46 31"), (PAGE, "070-1740650")):
        assert tree.at(file, snippet) in where
    [called] = [p for p in problems if str(p.location) == tree.at(SCHOOL, "08-465 004 11")]
    assert called.message.startswith(
        "telefonnumret 08-465 004 11 hör till de nummer som PTS har avsatt för böcker"
    )
    assert called.hint == "byt till skolans egna kontaktuppgifter"
    assert called.severity is Severity.ERROR


def test_a_real_number_beside_the_series_is_not_read(tmp_path: Path) -> None:
    """Only the series: 08-465 005 00 is past it, and 070-174 06 04 before it."""
    tree = own_organiser(tmp_path)
    tree.append(PAGE, "\nRing 08-465 005 00, 070-174 06 04 eller 0846500412345.\n")
    line = tree.at(PAGE, "Ring 08-465 005 00").rsplit(":", 1)[0]
    where = {str(p.location) for p in tree.problems("TP316")}
    assert not any(w.startswith(f"{line}:") for w in where)


def test_the_example_itself_keeps_its_made_up_staff(tmp_path: Path) -> None:
    assert Tree(tmp_path).problems("TP316") == []


def test_addresses_from_every_template_school_are_found_in_a_page(tmp_path: Path) -> None:
    """The f-9 template's rektor's address (a school trygg does not publish), in a page."""
    tree = own_organiser(tmp_path)
    address = next(e for e in example_facts().emails if e.startswith("karolina."))
    tree.append(PAGE, f"\nSkriv till rektor på {address} eller ring.\n")
    where = {str(p.location) for p in tree.problems("TP316")}
    assert tree.at(PAGE, address) in where


def test_a_line_still_marked_fyll_i_or_a_comment_is_told_elsewhere(tmp_path: Path) -> None:
    """A value still marked FYLL I is TP311's (or TP304's); a YAML comment is not published."""
    tree = own_organiser(tmp_path)
    tree.edit(SCHOOL, "namn: Maria Lindqvist", "namn: Maria Lindqvist  # FYLL I")
    tree.edit(SCHOOL, "    epost: maria.lindqvist@strandvik.se", "    epost: rektor@alvsby.se")
    tree.append(SCHOOL, "# Förra rektorn: anders.holm@strandvik.se\n")
    where = {str(p.location) for p in tree.problems("TP316")}
    assert tree.at(SCHOOL, "Maria Lindqvist") not in where
    assert not any(w.startswith(f"{SCHOOL}:") and "Förra" in w for w in where)
    last = len(tree.text(SCHOOL).splitlines())
    assert not any(w.startswith(f"{SCHOOL}:{last}:") for w in where)


WRITTEN_FORMS = (
    "08-465 004 12",
    "0846500412",
    "08 465 004 12",
    "(08) 465 004 12",
    "08–465 004 12",
    "08-465\u00a0004\u00a012",
    "08-465\u202f004\u202f12",
    "+46 8 465 004 12",
    "+468465 004 12",
    "+46 (0)8-465 004 12",
    "+46 (0) 8-465 004 12",
    "+46(0)8-465 004 12",
    "0046 8 465 004 12",
    "0046 (0)8-465 004 12",
    "0046-8-465 004 12",
    "０８-４６５ ００４ １２",
    "＋４６ ８ ４６５ ００４ １２",
    "＋46 (0)8-465 004 12",
)


def test_the_series_is_found_in_every_written_form(tmp_path: Path) -> None:
    """PTS's number however a page writes it: in national or international form, after
    0046, with the 0 or the area code in brackets, with a dash or a non-breaking space
    between groups, in full-width digits; each once, as written."""
    tree = own_organiser(tmp_path)
    tree.append(PAGE, "".join(f"\nNummer {i}: {w} i dag.\n" for i, w in enumerate(WRITTEN_FORMS)))
    problems = tree.problems("TP316")
    told = {str(p.location): p.message for p in problems}
    first = int(tree.at(PAGE, "Nummer 0: ").split(":")[1])
    added = [p for p in problems if p.location.file == PAGE and p.location.line >= first]
    assert len(added) == len(WRITTEN_FORMS)
    for i, written in enumerate(WRITTEN_FORMS):
        line, column = tree.at(PAGE, f"Nummer {i}: ").rsplit(":", 2)[1:]
        where = f"{PAGE}:{line}:{int(column) + len(f'Nummer {i}: ')}"
        assert told.get(where, "").startswith(f"telefonnumret {written} hör till"), written
