"""TP401 and the last look on Swedish phone numbers: written as phone numbers are (a
word for a phone before, the area code apart, in a sentence of their own) they are no
personnummer, even when their digits pass the date and Luhn checks; a personnummer of
someone born 2000–2009, which also starts with 0, is still found in the same layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.personal_data import luhn, personal_numbers
from generator.personal_data.carried import carries_personal_number
from generator.site.lastlook import PERSONAL_NUMBER, scan_html


def _checked(prefix: str) -> str:
    """`prefix` and the digit that makes it pass the Luhn check."""
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


def _pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


MOBILE = _checked("070123456")  # 0701234569: 2007-01-23 and Luhn, a mobile number
STOCKHOLM = _checked("081214567")  # 0812145670: 2008-12-14 and Luhn, an 08 number
BORN_2005 = _checked("050101123")  # 0501011233: a personnummer from 2005
BORN_2006 = _checked("060101123")


@pytest.mark.parametrize(
    "text",
    [
        # A word for a phone in the sentence, also before the word for a pupil
        f"Ring mentor i 5A {_pairs(MOBILE)}.",
        f"Mentorn i 5A nås på {_pairs(MOBILE)}.",
        f"Klass 8B, tel {_pairs(MOBILE)}",
        f"Klass 8B: mobil {_pairs(MOBILE)}",
        # The elevhälsa is staff: the number after it is theirs
        f"Elevhälsan {_pairs(STOCKHOLM)}",
        f"Elevhälsoteamet: {_pairs(STOCKHOLM)}",
        # The area code apart, however the rest is grouped
        f"Mentor i 5A: {STOCKHOLM[:2]}-{_pairs(STOCKHOLM[2:])}",
        f"Mentor i 5A: {STOCKHOLM[:2]}-{STOCKHOLM[2:5]} {STOCKHOLM[5:8]} {STOCKHOLM[8:]}",
        f"Klass 8B: {MOBILE[:3]}-{MOBILE[3:6]} {MOBILE[6:8]} {MOBILE[8:]}",
        f"Klass 8B: {MOBILE[:3]} {MOBILE[3:6]} {MOBILE[6:8]} {MOBILE[8:]}",
        f"Klass 8B: {MOBILE[:4]} {_pairs(MOBILE[4:])}",
        f"Ring mentor i 5A {MOBILE[:3]} {MOBILE[3:5]} {MOBILE[5:7]} {MOBILE[7:]}",
        # With the country code
        f"Klass 8B: +46 {MOBILE[1:3]} {MOBILE[3:6]} {MOBILE[6:8]} {MOBILE[8:]}",
        f"Klass 8B: +46 (0){STOCKHOLM[1]}-{_pairs(STOCKHOLM[2:])}",
        f"Klass 8B: 0046 {MOBILE[1:]}",
        # In one run, in another sentence than a word for a personnummer
        f"Elevers personnummer publiceras aldrig. Expedition: {MOBILE}",
        f"Vi skriver aldrig pnr här. Växeln: {STOCKHOLM}",
        # In one run after a word for a pupil, with a word for a phone or a staff role in
        # the sentence, or after a class alone (a mentor's number follows "Mentor för 7B")
        f"Mentorn i 7B nås på {MOBILE}",
        f"Ring klass 7B:s mentor, {MOBILE}",
        f"Mentor för 7B: Eva Svensson, {MOBILE}",
        f"Åk 7: Eva Svensson, {MOBILE}",
        f"Elevernas kontaktperson är Eva ({MOBILE})",
        f"Barn- och elevhälsan: {MOBILE}",
        f"Barnombudet {MOBILE}",
        f"Personnummer hanteras av expeditionen, tfn {MOBILE}",
        f"| Klass | Mentor | Telefon |\n|---|---|---|\n| 7B | Eva | {MOBILE} |",
        f"Föräldrar till nya sjuor kan ställa frågor till Eva på {MOBILE}.",
        # "till" as the start of a longer word is no guardian's; after "för", "god man" or
        # a child's name the number is a grown-up's phone number as often
        f"Mamma tillsammans med Eva: {MOBILE}",
        f"Vårdnadshavare för frågor om schemat: {MOBILE}",
        f"God man för ensamkommande: {STOCKHOLM}",
        f"Omars mamma: {MOBILE}",
        f"Hans pappa: {MOBILE}",
        # "far till" is how a bus goes
        f"Bussen far till Göteborg, {MOBILE}",
    ],
)
def test_a_phone_number_is_no_personal_number(text: str) -> None:
    assert list(personal_numbers(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # Born 2000–2009: from 0, in pairs, grouped or in one run after a word for one
        f"Elev i 8B: {_pairs(BORN_2005)}.",
        f"Elev i 8B: {BORN_2005[:2]}-{_pairs(BORN_2005[2:])}.",
        f"Elev i 8B: {BORN_2005[:6]} {BORN_2005[6:]}",
        f"Elev i 8B: {BORN_2005[:6]}-{BORN_2005[6:]}",
        f"Elevens personnummer {BORN_2005}",
        f"Pnr. {_pairs(BORN_2005)}",
        f"Pers.nr. {_pairs(BORN_2005)}",
        f"Personnummer: Anna {BORN_2005}, Kalle {BORN_2006}",
        # Letters like digits
        "Elev i 8B: " + BORN_2005.replace("0", "O"),
        # A phone word after the number, or elevhälsan with a pupil's word after it
        f"Eleven i 8B {_pairs(BORN_2005)} ringde hem.",
        f"Elevhälsan har träffat eleven i 8B, {_pairs(BORN_2005)}.",
        # A mobile number in the date's pairs with no word for a phone: it may be either
        f"Klass 8B: {_pairs(MOBILE)}",
        f"Mentor i 5A: {_pairs(STOCKHOLM)}",
        # In one run after a word for a pupil or a child
        f"Elev i 7B: {BORN_2005}",
        f"Eleven i 7B, som flyttade hit i höstas: {BORN_2005}",
        f"Barnet på avdelning Vega: {BORN_2005}",
        f"Förskolebarnet på Vega: {BORN_2005}",
        f"Studenten i NA3: {BORN_2005}",
        f"Pupil in 7B: {BORN_2005}",
        f"Vårdnadshavare till {BORN_2005}",
        f"Mamma till: {BORN_2005}",
        f"Mamman till Ali: {BORN_2005}",
        f"Förälder till: {_pairs(BORN_2005)}",
        # Every kind of one child's guardian
        f"Målsman till Ali: {BORN_2005}",
        f"Bonusmamma till Ali: {BORN_2005}",
        f"Styvpappa till Ali {_pairs(BORN_2005)}",
        f"Fosterföräldern till Ali: {BORN_2005}",
        f"VH till Ali: {BORN_2005}",
        f"Modern till Ali: {BORN_2005}",
        f"Förmyndare till Ali: {_pairs(BORN_2005)}",
        f"Familjehemsmamma till Ali: {BORN_2005}",
        f"Styvmor till Ali: {BORN_2005}",
        f"Fosterfar till Ali: {BORN_2005}",
    ],
)
def test_a_personal_number_from_0_is_still_found(text: str) -> None:
    assert len(set(personal_numbers(text))) == text.count(" Kalle ") + 1


PAGE_HTML = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<p>Vi skriver aldrig ut elevers personnummer i planen.</p><p>Expedition: {number}</p>
<p>Växel 08-123 456 78, kurator 08-12 34 56 78, mentor {mobile}</p></body></html>"""


def test_the_last_look_lets_a_contact_page_s_phone_numbers_pass() -> None:
    page = PAGE_HTML.format(number=MOBILE, mobile=f"{MOBILE[:3]}-{MOBILE[3:]}")
    assert list(scan_html(page, frozenset())) == []
    index = (
        '{"docs":[{"location":"","text":"Vi skriver aldrig ut personnummer","title":"Hem"},'
        f'{{"location":"kontakt/","text":"Expedition {MOBILE}","title":"Kontakt"}}]}}'
    )
    assert not carries_personal_number(index)


def test_the_last_look_still_finds_a_personal_number_from_0() -> None:
    page = PAGE_HTML.replace("Expedition", "Elevens personnummer")
    assert list(scan_html(page.format(number=BORN_2005, mobile=MOBILE), frozenset())) == [
        PERSONAL_NUMBER
    ]


def test_a_number_from_0_in_pairs_tells_how_to_write_a_phone_number(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nKlass 8B: {_pairs(MOBILE)}\n\nElev 121212-1212\n")
    phone, other = tree.problems("TP401")
    assert str(phone.location) == tree.at(PAGE, _pairs(MOBILE))
    assert phone.message == "här står ett personnummer eller samordningsnummer"
    assert "070-123 45 67" in phone.hint and '"tel" före' in phone.hint
    assert "telefonnummer" not in other.hint


def test_the_last_look_reads_a_contact_tables_number_as_a_phone_number() -> None:
    """A role for a class's mentor and the mentor's number in one run are separate values
    to the check (the contact's `roll` and `telefon`); the look reads them as the check
    does, not as a pupil's number after the pupil's class."""
    row = f"<table><tr><td>Mentor åk 7</td><td>Anna Berg</td><td>{MOBILE}</td></tr></table>"
    assert (
        list(
            scan_html(
                PAGE_HTML.replace("<p>Vi", row + "<p>Vi").format(number=STOCKHOLM, mobile=MOBILE),
                frozenset(),
            )
        )
        == []
    )
    assert list(personal_numbers(f"Mentor åk 7 {MOBILE}", worded=False)) == []


def test_a_pupils_number_from_0_in_one_run_is_reported_with_the_phone_hint(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nElev i 7B: {BORN_2005}\n\nMentorn i 7B nås på {MOBILE}\n")
    (found,) = tree.problems("TP401")
    assert str(found.location) == tree.at(PAGE, BORN_2005)
    assert "070-123 45 67" in found.hint and BORN_2005 not in found.format()
