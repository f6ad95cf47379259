"""TP401 on the shapes and words a hostile reviewer wrote a personnummer in: words for one
as hands write them, a number from 0 right after such a word, odd marks between its
digits, groupings no other number has, and an old date with four digits; and the
numbers that still are no personnummer (case numbers, phone numbers, figures, times)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.personal_data import luhn, markdown_numbers, personal_numbers
from generator.site.lastlook import scan_html


def _checked(prefix: str) -> str:
    """`prefix` and the digit that makes it pass the Luhn check."""
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


BORN_2009 = _checked("090412238")  # 0904122389: 2009-04-12
BORN_2011 = _checked("110517321")  # 1105173216: 2011-05-17
D, S = BORN_2011[:6], BORN_2011[6:]  # its date and serial
MEETING_TIME = _checked(f"24{D[2:]}103")[-4:]  # 2024-05-17 and a time: Luhn-valid


@pytest.fixture(autouse=True)
def _day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25


WORDS = [
    "personummer", "Pers. nummer", "Person nummer", "Person-nummer", "Personnumret",
    "Samordningsnr", "Sammordningsnummer", "P.nr", "PN", "ID", "Identitetsnummer",
    "Id-nummer", "Personbeteckning", "Födelsenr", "Personal identity number", "Personnumren",
    "Elevpersonnummer", "Pers.nr", "Personnr", "Personnumer", "Personnummret", "P-nummer",
    "Samordnings-nummer", "Sam.nr", "Personal number", "SSN", "Perssonnummer", "Prsnr", "Psnr",
    "Person-\nnummer", "Samordnings-\nnummer", "P\u0435rsonnummer", "\u0420nr", "Födelsedag",
    "Födelsedagen", "Fodelsedatum", "Fodd", "Date of birth", "DOB", "Födelse-dag",
    "Födelse dag", "Born", "Birthday", "Bday", "B-day", "Birth date", "Birthdate",
]  # fmt: skip


@pytest.mark.parametrize("word", WORDS)
def test_a_word_for_a_personal_number_as_hands_write_it(word: str) -> None:
    for number in (BORN_2009, f"{D}-{S[:2]} {S[2:]}", f"{D[:2]} {D[2:4]} {D[4:]} {S[:2]} {S[2:]}"):
        text = f"Anmälan gäller eleven. {word}: {number}"
        assert list(personal_numbers(text)) == [text.index(number)], text


@pytest.mark.parametrize(
    "text",
    [
        f"Elevens personnummer är {BORN_2009[:4]} {BORN_2009[4:8]} {BORN_2009[8:]}.",
        f"Pnr {BORN_2009[:2]} {BORN_2009[2:6]} {BORN_2009[6:]}.",
        f"Personnummer: {BORN_2009[:4]}-{BORN_2009[4:]}",
        f"Personnummer: {D}:{S}",
        f"Personnummer: ({D}) {S}",
        f"Pnr = {D}·{S}",
        f"Personnummer: {D} -- {S}",
        f"Personnummer: {D}#{S}",
        f"Personnummer: {D} - - {S}",
        f"Pnr {D[:2]} -  {D[2:]} - - {S}",
        "Kim föddes 2012 0304 1239",
        "Syskonen, födda 2012-03-04 1239, går i 4B.",
        # a younger sibling's, or a newborn's: after the word for the number, any date
        "Syskonets personnummer är 2026 0901 1230",
    ],
)
def test_a_number_right_after_the_word_counts_however_grouped(text: str) -> None:
    assert len(list(personal_numbers(text))) == 1, text


FROM_0 = _checked("050317123")  # 0503171233: 2005-03-17, in one run as a phone number is


@pytest.mark.parametrize(
    "text",
    [
        f"{FROM_0} (personnummer)", f"Eleven: {FROM_0} = pnr.", f"{FROM_0} är elevens personnummer",
        f"{FROM_0[:6]}-{FROM_0[6:]} (pers.nr)", f"{FROM_0} var hennes personnummer",
        f"Uppgifter: {D} {S}, personnummer.",
    ],
)  # fmt: skip
def test_a_word_right_after_the_number_says_what_it_is(text: str) -> None:
    assert len(list(personal_numbers(text))) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        "Ring 0701234567, inte personnummer.", "070-123 45 67 (mobilnummer)",
        f"Kontakt {FROM_0}. Personnummer skrivs aldrig här.",
    ],
)  # fmt: skip
def test_a_number_with_a_word_for_a_personal_number_later_in_its_text_is_not_labelled(
    text: str,
) -> None:
    assert list(personal_numbers(text)) == [], text


@pytest.mark.parametrize(
    "number",
    [
        f"{D}-{S[:2]} {S[2:]}", f"{D[:4]} {D[4:]}-{S}", f"{D[:2]}-{D[2:4]}-{D[4:]}-{S[:2]}-{S[2:]}",
        f"{D[:2]} {D[2:]}-{S}", f"{D}-{S[:3]} {S[3]}", f"20{D}-{S[:2]}-{S[2:]}",
        f"20{D[:2]} {D[2:]}-{S}", f"{D}:{S}", f"{D},{S}", f"{D}•{S}", f"({D}){S}",
        f"{D}|{S}", f"{D}'{S}", f"{D} -- {S}", f"{D}#{S}", f"{D} : {S}",
    ],
)  # fmt: skip
def test_a_grouping_no_other_number_has_counts_with_no_word(number: str) -> None:
    text = f"Ärendet gäller {number} och utreds nu."
    assert list(personal_numbers(text)) == [text.index(number) + number.startswith("(")]


def test_an_old_date_with_four_digits_is_a_birth_date_with_no_word() -> None:
    text = f"Ärendet gäller 20{D[:2]}-{D[2:4]}-{D[4:]} {S} och utreds nu."
    assert list(personal_numbers(text)) == [text.index("20")]
    assert list(scan_html(f"<p>{text}</p>", frozenset())) == ["ett personnummer"]


NOT_PERSONAL = [
    # Case numbers with a wrong check digit: a board's letters between, or as a prefix
    "Dnr BUN 250314-1001", "Ärende nr 250314-1001", "Anmälan nr 250314-1001",
    "KA-250314-1001", "Diarienummer KS 250314-1001", "Dnr BUN 2011-0517-3216",
    # A book's number that also passes the Luhn check
    "ISBN 91-1-101043-6",
    # Phone numbers, also in a sentence with a word for a personal number
    "Personnummer skrivs inte: 070-123 45 69 är kuratorns nummer.",
    "Har du frågor om personnummer, kontakta expeditionen 0701234569.",
    # Figures, large numbers and times
    "Svaren per klass: 11, 05, 17, 32, 16.", "Budgeten är 1 105 173 216 kr.",
    "Enkäten stängdes 2025-03-14 13:15.", f"Möte 2024-{D[2:4]}-{D[4:]} {MEETING_TIME} i aulan.",
    "Planen gäller 2024-08 – 2025-06.", f"Grupperna {D[:2]} {D[2:4]} {D[4:]} {S[:2]} {S[2:]}",
    # "födelsedag" in a compound or the plural, and "pers" for people, before a meeting
    f"Möte om födelsedagskalas 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]}.",
    f"Födelsedagar firas nästa gång 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]}.",
    f"Ansv. pers: rektor, uppföljning 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]}.",
    f"Max 30 pers. 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]} i aulan.",
    # "Born" and "Birthday" only as a label, "F-dag" not in a compound
    f"Birthday party 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]} i matsalen.",
    f"Born to Be Wild spelas 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]}.",
    f"F-dagsfika 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]}:{MEETING_TIME[2:]} i aulan.",
    # A date less than a year before the build's day (2026-11-25), or after it, is no
    # pupil's birth date, though the date and time pass the Luhn check
    "Birthday: 2027-02-23 15.29 (klassens fest).", "Born: 2026-05-12 10.25",
    # "f." is an initial or "från" as often as "född"; "Födelsedagen är" an event's
    "Anmält av Karin F. 2018-10-18 10.30 till rektor.",
    "Elever f. 2011 har samtal 2024-09-05 13.45.",
    "Födelsedagen är 2018-10-18 10.30 i matsalen.",
    # "F-dag" is a friluftsdag as often as a birthday
    f"F-dag: 2024-{D[2:4]}-{D[4:]} {MEETING_TIME[:2]} {MEETING_TIME[2:]}, samling på gården.",
    # A table's padded cells after a word for the number
    f"| Personnummer | gallras | 2025-{D[2:4]}-{D[4:]}        {S[:2]}{S[2:]} |",
    # A survey table's padded cells, read across with no word before them
    f"| Åk 5 |   {BORN_2011[:4]} |   {BORN_2011[4:8]} |   {BORN_2011[8:]} |",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_what_is_still_no_personal_number(text: str) -> None:
    assert list(personal_numbers(text)) == [], text


def test_the_check_reports_each_shape_where_it_is_written(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    odd, worded = f"{D}-{S[:2]} {S[2:]}", f"{BORN_2009[:4]} {BORN_2009[4:8]} {BORN_2009[8:]}"
    tree.append(PAGE, f"\nÄrendet gäller {odd}.\n\nPersonummer: {worded}\n")
    found = tree.problems("TP401")
    assert [str(p.location) for p in found] == [tree.at(PAGE, odd), tree.at(PAGE, worded)]
    assert not any(S in p.format() or BORN_2009 in p.format() for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Personnummer: " + "0 1 " * 8000,
        "PN " * 66 + "0 1 " * 4000,
        "pnr 0701234567 " * 13000,
    ],
)
def test_a_long_run_of_words_and_digits_is_read_in_linear_time(text: str) -> None:
    """Each number is read after the word before it only (the reviewer's 200 KB page of
    "pnr" and a phone number took seconds, a page of one word and digits minutes)."""
    assert list(personal_numbers(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Eleven: {FROM_0[:6]}<span>{FROM_0[6:]}</span>.",
        f"Elevens personnummer {D}<b>-</b>{S}",
        f"Ärendet gäller {D}-<em>{S[:2]}</em> {S[2:]}.",
    ],
)
def test_markup_between_the_digits_hides_nothing_the_page_shows(text: str) -> None:
    assert len(list(markdown_numbers(text))) == 1, text
    assert list(markdown_numbers("Rum 12<sup>3</sup> och 4, ring 070<span>1234567</span>")) == []
