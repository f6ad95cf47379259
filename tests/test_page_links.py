"""An own page's links written as web addresses (`../rutiner/`), followed as the browser
follows them from the page's address (sidor/<namn>/), and links to trygg's pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import examplecopy
import pytest
from examplecopy import edited

from generator.check.run import check_content
from generator.problems import Problem
from generator.render.markdown.links import neutralize_links

PAGE = Path("skolor/strandskolan/sidor/trygghetsteamet.md")
# A day in Strandskolan's plan for 2026-27: the plan in force, on the plan page
TODAY = dt.date(2026, 10, 1)


content = examplecopy.content  # this module's copy of the example (a fixture)


def link_problems(content: Path, link: str) -> list[Problem]:
    with edited(content / PAGE, lambda original: f"{original}\nLäs {link}.\n"):
        report = check_content(content, today=TODAY).report
    return [p for p in report if p.code == "TP053"]


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        ("[rutinerna](../rutiner/)", "skriv ../rutiner/index.md"),
        ("[planen](../trygghetsplan)", "skriv ../trygghetsplan/index.md"),
        ("[årshjulet](arshjul/)", "skriv ../arshjul/index.md"),
        ("[reglerna](ordningsregler/)", "skriv ordningsregler.md"),
        ("[årshjulet](../arshjul.md)", "skriv ../arshjul/index.md"),
        ("[Skolverket](www.skolverket.se/om-oss)", "https://www.skolverket.se/om-oss"),
        ("[Friends](friends.se)", "https://friends.se"),
        ("[ut](../../../annan/)", "länka till en egen sida med namn.md"),
        ("[rutinerna](/rutiner/)", "skriv ../rutiner/index.md"),
        ("[rektor@strandvik.se](rektor@strandvik.se)", "mailto:rektor@strandvik.se"),
        ("[070-123 45 67](070-1234567)", "tel:0701234567"),
        ("![bild](/etc/passwd)", "ta bort bilden"),
    ],
)
def test_an_address_that_leads_nowhere_is_told_with_the_form_that_works(
    content: Path, link: str, hint: str
) -> None:
    [problem] = link_problems(content, link)
    assert hint in problem.format(), problem.format()
    assert problem.location.line == (content / PAGE).read_text(encoding="utf-8").count("\n") + 2


@pytest.mark.parametrize(
    "link",
    [
        "[rutinerna](../rutiner/index.md)",
        "[planen](../trygghetsplan/index.md#mal)",
        "[start](../index.md)",
        "[startsidan](../../)",
        "[rutinerna](../../rutiner/)",
        "[reglerna](../ordningsregler/)",
        "[högstadiet](../../elev/hogstadiet/)",
        "[förra planen](../../trygghetsplan/2025-26/#mal)",
        "[vandringen](../../rapporter/trygghetsvandring-2026/)",
        "[Skolverket](https://www.skolverket.se)",
        "[överst](#det-har-gor-teamet)",
        "[högstadiet](../elev/hogstadiet/index.md)",
        "[förra planen](../trygghetsplan/2025-26/index.md)",
        "[kalendern](../arshjul.ics)",
        # Text that only looks like a link: a line that goes on after "[Obs]:", code
        "\n\n[Obs]: gäller alla elever på skolan",
        "`[text](sida/)` i kod",
    ],
)
def test_an_address_or_file_that_leads_to_a_page_is_not_told(content: Path, link: str) -> None:
    assert link_problems(content, link) == []


def test_an_address_from_the_servers_root_in_a_yaml_text_is_told(content: Path) -> None:
    """A relative address in a text may be right on the one page that shows it (a report's
    text, on its own page); one from the server's root never leads into the school's site."""
    school = content / PAGE.parent.parent / "skola.yml"
    old = "Strandskolan är kommunens"
    assert old in school.read_text(encoding="utf-8")
    linked = f"Se [rutinerna](/rutiner/) och [planen](../trygghetsplan/). {old}"
    with edited(school, lambda original: original.replace(old, linked, 1)):
        found = [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]
    assert [p.location.file.endswith("skola.yml") for p in found] == [True]
    assert "'/rutiner/' är en sökväg" in found[0].message


@pytest.mark.parametrize(
    "link",
    [
        r"[anmälan](C:\Users\anna\Dokument\anmalan.docx)",
        "[mappen](<G:/Delade enheter/Trygghet/plan.pdf>)",
        "[planen](file:///C:/plan.pdf)",
        r"[delat](\\skolserver\trygghet\plan.docx)",
        r"![skolgården](D:\Bilder\gard.jpg)",
    ],
)
def test_a_file_on_the_authors_computer_is_told_as_one(content: Path, link: str) -> None:
    """A drive letter looks like a scheme to the sanitizer, which links it to `#`: the
    check tells that the file is on the author's own computer, and what to do instead."""
    [problem] = link_problems(content, link)
    told = problem.format()
    assert "en fil på din egen dator" in told, told
    assert "leder den ingenstans" in told
    assert "länka till den med https://" in told
    assert "en egen sida (namn.md)" in told


@pytest.mark.parametrize(
    "link", [r"[anmälan](C:\Users\anna\anmalan.docx)", r"![gården](D:\Bilder\gard.jpg)"]
)
def test_the_sanitizer_links_a_drive_letter_to_the_top_of_the_page(link: str) -> None:
    """What the message says the page does: a drive letter is a scheme it does not allow."""
    assert neutralize_links(link).endswith("](#)")


def yaml_text_problems(content: Path, text: str) -> list[Problem]:
    school = content / PAGE.parent.parent / "skola.yml"
    old = "Strandskolan är kommunens"
    assert old in school.read_text(encoding="utf-8")
    with edited(school, lambda original: original.replace(old, f"{text} {old}", 1)):
        return [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]


@pytest.mark.parametrize(
    ("link", "hint"),
    [
        ("[Skolverket](www.skolverket.se)", "https://www.skolverket.se"),
        ("[om oss](www.skolverket.se/om-oss)", "https://www.skolverket.se/om-oss"),
        ("[rektor](rektor@strandvik.se)", "mailto:rektor@strandvik.se"),
    ],
)
def test_an_address_without_its_scheme_is_told_alike_in_a_page_and_a_yaml_text(
    content: Path, link: str, hint: str
) -> None:
    [in_page] = link_problems(content, link)
    [in_text] = yaml_text_problems(content, f"Se {link}.")
    assert in_text.location.file.endswith("skola.yml")
    for problem in (in_page, in_text):
        assert "är ingen hel adress, så webbläsaren leder fel" in problem.message
        assert problem.hint.endswith(hint)


def test_a_file_on_the_authors_computer_in_a_yaml_text_is_told(content: Path) -> None:
    [problem] = yaml_text_problems(content, r"Se [planen](G:\Trygghet\plan.pdf).")
    assert "en fil på din egen dator" in problem.message
    assert "egen sida" not in problem.hint  # a YAML text is no page to write it in


EKBACKEN = Path("skolor/ekbackens-skola")


def picture_problems(content: Path, picture: str) -> list[Problem]:
    page = content / EKBACKEN / "sidor/ordningsregler.md"
    with edited(page, lambda original: f"{original}\n{picture}\n"):
        return [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]


def test_a_picture_of_a_staff_photo_says_where_the_photo_is_shown(content: Path) -> None:
    [problem] = picture_problems(content, "![Kuratorn](../foton/kurator.svg)")
    assert "är fotot av Kurator i skola.yml (trygghetsteam[2].foto)" in problem.message
    assert "bredvid personen på startsidan" in problem.message
    assert "länka till startsidan med ../index.md" in problem.hint
    assert "bara logotyp och foto publiceras" not in problem.format()


def test_a_picture_of_the_logo_says_it_is_on_every_page(content: Path) -> None:
    school = content / EKBACKEN / "skola.yml"
    logo = content / EKBACKEN / "logo.svg"
    logo.write_bytes((content / EKBACKEN / "foton/kurator.svg").read_bytes())
    try:
        with edited(school, lambda original: f"logotyp: logo.svg\n{original}"):
            [problem] = picture_problems(content, "![Skolans logotyp](../logo.svg)")
    finally:
        logo.unlink()
    assert "är skolans logotyp, som redan visas överst på varje sida" in problem.message
    assert problem.hint == "ta bort bilden ur sidan"


def test_a_picture_of_any_other_file_of_the_school_is_told_as_before(content: Path) -> None:
    [problem] = picture_problems(content, "![Karta](../skola.yml)")
    assert "bara logotyp och foto publiceras" in problem.message


@pytest.mark.parametrize(
    ("link", "told", "hint"),
    [
        ("[eleverna](../../elev/)", "leder till elev/, en sida som", "../elev/hogstadiet/index.md"),
        # Strandskolan is a högstadieskola: it has no page for mellanstadiet
        ("[åk 4–6](../../elev/mellanstadiet/)", "elev/mellanstadiet/", "../elev/hogstadiet/"),
        ("[åk 4–6](../elev/mellanstadiet/index.md)", "elev/mellanstadiet/", "../elev/hogstadiet/"),
        ("[rapporter](../../rapporter/)", "rapporter/", "../rapporter/trygghetsvandring-2026/"),
        ("[gammal](../../trygghetsplan/2019-20/)", "2019-20/", "../trygghetsplan/2025-26/"),
        # The plan in force is published as the plan page, not at its period's address
        ("[planen](../../trygghetsplan/2026-27/)", "visas nu som skolans plan", "plan/index.md"),
    ],
)
def test_a_link_to_a_page_the_content_does_not_make_names_the_nearest_page(
    content: Path, link: str, told: str, hint: str
) -> None:
    """Built, the example has elev/hogstadiet/, trygghetsplan/2025-26/ and one report's
    page for Strandskolan, and no page at elev/ or rapporter/: a link to any other
    address in them is a 404 on the site."""
    [problem] = link_problems(content, link)
    assert told in problem.message, problem.format()
    assert "en sida som trygg inte skriver" in problem.message or "skolans plan" in told
    assert hint in problem.hint, problem.format()
    assert problem.location.line == (content / PAGE).read_text(encoding="utf-8").count("\n") + 2


STEP = "    text: Kuratorn läser meddelandet och kontaktar dig."


@pytest.mark.parametrize(
    "link", ["[rutinerna](../../rutiner/)", "[Friends](https://friends.se)", "[r](../index.md)"]
)
def test_a_link_in_a_flow_step_is_told_as_shown_as_text(content: Path, link: str) -> None:
    """A ```flode step is drawn and listed as plain text, like every diagram's words: a
    link there would show as written, whatever it leads to."""
    page = content / PAGE
    linked = f"    text: Kuratorn läser meddelandet, se {link}, och kontaktar dig."
    assert STEP in page.read_text(encoding="utf-8")
    with edited(page, lambda original: original.replace(STEP, linked, 1)):
        found = [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]
        line = page.read_text(encoding="utf-8").split("\n").index(linked) + 1
    [problem] = found
    assert (problem.location.line, problem.location.column) == (line, linked.index("](") + 3)
    assert "står i ett steg i flödet, som visas som ren text" in problem.message
    assert problem.hint == "skriv steget utan länk, och länken i texten före eller efter flödet"


@pytest.mark.parametrize(
    ("old", "linked", "field"),
    [
        (
            "    ansvarig: Mentorer och elevrådets kontaktlärare",
            "    ansvarig: Mentorer och [elevrådet](../sidor/elevradet.md)",
            "ansvarig",
        ),
        (
            "    målgrupp: Elever i F–6\n    beskrivning: >-\n      Varje klass",
            "    målgrupp: Elever i F–6 ([alla klasser](https://example.se/klasser))\n"
            "    beskrivning: >-\n      Varje klass",
            "målgrupp",
        ),
    ],
)
def test_a_link_in_an_activity_s_plain_field_is_told_as_shown_as_text(
    content: Path, old: str, linked: str, field: str
) -> None:
    """The årshjul draws an activity's name, role and group in its wheel and lists them as
    plain text; its beskrivning is where a link can be followed."""
    wheel = content / "skolor" / "ekbackens-skola" / "arshjul.yml"
    assert old in wheel.read_text(encoding="utf-8")
    with edited(wheel, lambda original: original.replace(old, linked, 1)):
        found = [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]
    [problem] = found
    assert problem.field.endswith(f").{field}")
    assert "står i en aktivitet i årshjulet, som visas som ren text" in problem.message
    assert "länken i dess beskrivning" in problem.hint


def test_a_link_in_a_step_of_the_routines_flow_is_told_too(content: Path) -> None:
    organiser = content / "huvudman.yml"
    old = "        elevtext: En vuxen stoppar det som händer och ser till att du är okej."
    linked = "        elevtext: En vuxen stoppar det, se [BRIS](https://www.bris.se)."
    with edited(organiser, lambda original: original.replace(old, linked, 1)):
        found = [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]
    assert [p.field for p in found] == ["rutiner.elev_elev.steg (id: ingripa).elevtext"]
    assert "står i ett steg i flödet" in found[0].message


def test_an_arshjul_fence_tells_a_link_in_a_name_but_follows_one_in_its_description(
    content: Path,
) -> None:
    fence = (
        "\n```arshjul\naktiviteter:\n  - id: rastvandring\n"
        "    namn: Rastvandring med [kartan](../index.md)\n    månad: oktober\n"
        "    steg: kartläggning\n    beskrivning: Se [rutinerna](../rutiner/index.md).\n```\n"
    )
    page = content / PAGE
    with edited(page, lambda original: original + fence):
        found = [p for p in check_content(content, today=TODAY).report if p.code == "TP053"]
    assert [(p.field, "årshjulet" in p.message) for p in found] == [
        ("aktiviteter (id: rastvandring).namn", True)
    ]


@pytest.mark.parametrize(
    ("written", "code", "hint"),
    [
        ("Skriv en lapp i <b>gröna</b> brevlådan.", "TP069", "skriv bara orden"),
        ("Skriv i [formuläret](https://example.se/sag-till).", "TP053", "under länk"),
    ],
)
def test_the_pupils_channel_is_plain_text_and_says_so(
    content: Path, written: str, code: str, hint: str
) -> None:
    school = content / "skolor" / "lovangens-skola" / "skola.yml"
    old = "    Skriv en lapp och lägg den i den gröna brevlådan utanför skolsköterskans rum."
    new = f"    {written}"
    with edited(school, lambda original: original.replace(old, new, 1)):
        found = [p for p in check_content(content, today=TODAY).report if p.code == code]
    [problem] = found
    assert problem.field == "säg_till.text"
    assert hint in problem.hint
