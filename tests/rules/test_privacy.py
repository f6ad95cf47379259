"""TP4xx: personal data in content, and the detectors behind the rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import (
    CYCLE,
    ORGANISER,
    PAGE,
    PLAN,
    SCHOOL,
    SCHOOL_DIR,
    Tree,
    clean,
    locations,
    project,
    triggers,
)

from generator.personal_data import luhn, markdown_numbers, personal_numbers
from generator.problems import Severity
from generator.rules.counts import small_counts
from generator.rules.mentions import pupil_mentions
from generator.rules.pii import foreign_emails, pupil_emails


@pytest.mark.parametrize(
    "text",
    [
        "19121212-1212", "121212-1212", "121212+1212", "191212121212", "1212121212",
        "121212 1212", "811218-9876", "samordningsnummer 121272-1219",
        # Every Unicode space and dash, invisible characters and character references
        "121212\u00a01212", "121212\u20091212", "121212\u202f1212", "121212\u20111212",
        "121212\u20131212", "121212\u22121212", "19121212 \u2013 1212", "1212\u00ad12-1212",
        "12\u200b1212\u200b1212", "121212&#45;1212", "121212&nbsp;1212", "&#49;21212-1212",
        "\uff11\uff12\uff11\uff12\uff11\uff12-\uff11\uff12\uff11\uff12",
        # After any label, and in file names
        "Personnummer: 0501011001", "Pers. nr 0501011001", "Nummer: 121212-1212",
        "foton/121212_1212.jpg", "sidor/19121212-1212.md",
        # Dashes and pluses beside it, escapes, combining marks, blanks, other dashes
        "Elev-121212-1212", "121212-1212-foto", "Elev\u2014121212-1212", "+121212-1212",
        "121212\\-1212", "&#49&#50&#49&#50&#49&#50-1212", "1\u034f21212-1212",
        "1\u03322\u033212121212", "121212\u31641212", "121212\u058a1212", "121212\u301c1212",
        "121212.1212", "121212/1212",
        # The date written as a date, Markdown marks inside, other labels
        "personnummer 2012-12-12-1212", "(pnr 12-12-12-1212)",
        "12.12.12-1212", "1212**12**-1212", "1212`12`-1212", "födelsenummer 0801011230",
        # The date with spaces or dots all through; after a label, in any groups
        "12 12 12-1212", "2012 12 12-1212", "12.12.12.1212", "2012.12.12.1212",
        "personnummer 1212 12-1212", "pnr: 121212 - 12 12", "Elevens pnr: 2012 12 12 1212.",
        "Elevens personnummer: 2012-12-12 12 12", "Pnr: 2012 12 12 12 12",
        # The date written with slashes; a time-like serial after a word for the number
        "12/03/04-1239", "2012/03/04-1239", "Elev 12/03/04 1239", "pnr 2012/03/04.1239",
        "Elevens personnummer: 2024-09-17 1200", "Född 2026-10-04 1515.",
        # A mistyped check digit, written as a personnummer is (with its hyphen or plus)
        "121212-1213", "150312-1234", "(20150312-1234)", "121212+1213", "2012-12-12-1213",
    ],
)  # fmt: skip
def test_personal_numbers_in_every_common_form(text: str) -> None:
    assert len(list(personal_numbers(text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "1212121213",
        "121212.1213",  # a wrong check digit, without the hyphen
        # A case's or an article's number written as a date and a serial
        "Dnr 250911-0032",
        "Ärende 260115-0042 är avslutat",
        "Artikelnummer 310101-2020",
        "diarienummer: 250911-0032",
        "212000-1355",  # an organisationsnummer: month 20
        "telefon: 0701234569",  # Luhn-valid, but a phone number
        "Ring 0701234569 efter skolan",
        "2026-08-15",
        "0480-45 12 01",
        # Phone numbers however they are labelled, dates with times, long digit runs
        "Jourtelefon 0701230005",
        "| Kurator | 0701230005 |",
        "Ring kuratorn på 0701230005",
        "Kurator Helena Sund, 0701230005",
        "+46701230005",
        "1234567890123",
        # Runs of small numbers, spaced figures, a time
        "Vecka 10 11 12 13 14 15",
        "Resultat: 12 12 12 1212 13",
        "klockan 12:12, 12:12",
        # A phone number or a time after the word for a personnummer (Luhn-valid digits)
        "Skriv aldrig elevens personnummer i anmälan. Frågor: ring 070-123 45 69.",
        "Personnummer ska aldrig stå i planen; ring kuratorn på 070-123 45 69.",
        "Ange inte personnummer i e-post, ring 08-120 304 50 i stället.",
        "Personnummer skrivs inte: 070-123 45 69 är kuratorns nummer.",
        "Födelsedatum och personnummer får inte stå här. Mötet är 26-03-04 15:30.",
        "Skriv aldrig personnummer i mejl, ring 0701234569.",
        # A date and a time (Luhn-valid digits), a span of dates with slashes
        "Utvecklingssamtal 2026-10-04 1515 i sal 4.",
        "möte 2024-09-17 1200",
        "| 2024-09-17 0830 | Trygghetsvandring |",
        "Personnummer skrivs aldrig här. Föräldramötet är 2024-09-17 1630.",
        "Läsåret 2024/08/19-2025/06/12 har två terminer.",
    ],
)
def test_what_is_not_a_personal_number(text: str) -> None:
    assert list(personal_numbers(text)) == []


def test_a_number_split_by_a_link_is_found_as_the_page_shows_it(tmp_path: Path) -> None:
    """`[121212](https://…)-1212` is 121212-1212 on the page: the check finds it where the
    last look would (which could only name the built file)."""
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nElevens nummer är [121212](https://skolor.strandvik.se/)-1212.\n")
    [problem] = tree.problems("TP401")
    assert str(problem.location) == tree.at(PAGE, "121212](")
    assert list(markdown_numbers("[länk](#a1) och 1212")) == []


def test_luhn() -> None:
    assert luhn("8112189876")
    assert not luhn("8112189875")


@triggers("TP401")
def test_a_personal_number_in_a_comment_and_in_a_page(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "start_månad:", "# Kontakt för 20121212-1212\nstart_månad:")
    tree.append(PAGE, "\nEleven med personnummer 121212 1212 har flyttat.\n")
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(CYCLE, "20121212"), tree.at(PAGE, "121212 1212")]
    assert problems[0].severity is Severity.ERROR
    assert problems[0].message == "här står ett personnummer eller samordningsnummer"
    assert "1212" not in problems[0].format()  # the number itself is never repeated


def test_foreign_emails() -> None:
    domains = ("strandvik.se",)
    assert list(foreign_emails("a@strandvik.se b@STRANDVIK.SE", domains)) == []
    # A subdomain is not allowed with its domain: it may be the pupils'
    assert list(foreign_emails("saga.lind.9a@edu.strandvik.se", domains)) == [
        (0, "edu.strandvik.se")
    ]
    assert list(foreign_emails("b@edu.strandvik.se", ("strandvik.se", "edu.strandvik.se"))) == []
    assert list(foreign_emails("Mejla kalle.k@gmail.com", domains)) == [(6, "gmail.com")]
    assert list(foreign_emails("x@evilstrandvik.se", domains)) == [(0, "evilstrandvik.se")]


@triggers("TP402")
def test_a_private_email_address(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "epost: johan.ek@strandvik.se", "epost: johan.ek@gmail.com")
    [problem] = tree.problems("TP402")
    assert str(problem.location) == tree.at(SCHOOL, "johan.ek@gmail.com")
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "e-postadressen på gmail.com hör inte till huvudmannens domäner (strandvik.se)"
    )


@triggers("TP403")
def test_a_small_survey_cell_is_noted(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "{grupp: Åk 4, mått: Känner sig trygg i skolan, antal_svar: 37",
        "{grupp: Åk 4, mått: Känner sig trygg i skolan, antal_svar: 3",
    )
    # Åk 4 under both measures, and Åk 6 (the smallest other group) under both.
    small, *protecting = tree.problems("TP403")
    assert small.severity is Severity.INFO
    assert str(small.location) == tree.at(
        PLAN, "{grupp: Åk 4, mått: Känner sig trygg i skolan, antal_svar: 3,"
    )
    # the small group and those withheld to protect it alike: the granskning is published
    said = (
        "visas inte: färre än 5 svar, eller så att en mindre grupps resultat inte kan räknas fram"
    )
    assert small.message == f"delresultatet för Åk 4 {said}"
    assert [p.message.split(" ", 3)[2] for p in protecting] == ["Åk", "Åk", "Åk"]
    assert sorted(p.message.split(" ")[3] for p in protecting) == ["4", "6", "6"]
    assert all(p.message.endswith(said) for p in protecting)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kalle i 4B blev retad på rasten.", "Kalle"),
        ("I går blev Kalle Andersson i klass 4B retad.", "Kalle Andersson"),
        ("Något hände med Pelle, 7a, på rasten.", "Pelle"),
        ("Maja (7a) sa att hon var rädd.", "Maja"),
        ("Vi pratade med Lisa från åk 5.", "Lisa"),
        ("Eleven Kalle Svensson i fyran blev slagen.", "Kalle Svensson"),
        ("Vi pratade med Lisen i femman om det.", "Lisen"),
        ("Efter rasten kom eleven Sixten tillbaka.", "Sixten"),
        ("Det gällde Ella 5B och hennes kompis.", "Ella"),
        ("Pojken Omar blev retad.", "Omar"),
        ("Flickan Zelda i förskoleklassen grät.", "Zelda"),
        ("Sedan Kalle i 4B blev slagen.", "Kalle"),
        ("Enligt Sara 5B var det så.", "Sara"),
        ("Det var Kalle, elev i 4B.", "Kalle"),
        ("Det var Kalle som går i fyran.", "Kalle"),
        ("Vi pratade med Kalle (åk 4).", "Kalle"),
        ("Vi pratade med Maja i åk. 4 och hennes mamma.", "Maja"),
        ("Vi pratade med Maja i årskurs fyra.", "Maja"),
        ("Det gällde Ella i 9:an.", "Ella"),
        ("Det gällde Sixten i NA22b.", "Sixten"),
        ("Det gällde Élodie i 4B.", "Élodie"),
        # A known name starting a sentence; other Latin letters; "går i"; upper-secondary
        # codes; a class first; capitals; an age before the class
        ("Ville i 4B blev slagen på rasten.", "Ville"),
        ("I höstas blev Zoë i 4B retad.", "Zoë"),
        ("I höstas blev Łukasz i 5A retad.", "Łukasz"),
        ("Sedan gick Kalle går i 4B hem.", "Kalle"),
        ("I höstas blev Maja i TE22A retad.", "Maja"),
        ("I höstas blev 4B:s Kalle retad.", "Kalle"),
        ("I höstas blev KALLE i 4B retad.", "Kalle"),
        ("I höstas blev Ville (10 år, 4B) retad.", "Ville"),
        ("Kalle i 4B är rädd för mentorn.", "Kalle"),
        ("Elevrådet: Sara i 5A fick ordet.", "Sara"),
        # a class within a grade; a grade by its number; a line in capitals
        ("Grattis till Ebba i åk 4B!", "Ebba"),
        ("Tack till Saga i 4:e klass.", "Saga"),
        ("Tack till Tove i 2:a klassen.", "Tove"),
        ("GRATTIS TILL SAGA I 4B!", "Saga"),
        ("SAGA I KLASS 4B VANN.", "Saga"),
    ],
)
def test_pupil_mentions(text: str, name: str) -> None:
    assert [found for _index, found in pupil_mentions(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Eleverna i 4B har klassråd.",
        "Mentor Anna i 4B ansvarar för rastvärdarna.",
        "Flickor i åk 4 känner sig otrygga.",
        "Elevrådet i 4B och 5A gick trygghetsvandringen.",
        "Trygghetsvandring med Elevrådet i 4B.",
        "Lektionen är i 3 timmar.",
        "Enkäten i 5G-nätet.",
        "Eleven kan få hjälp av kuratorn.",
        "I fyran har vi rastvärdar.",
        "Sal 4B är stängd under vecka 3.",
        "Lärare Karin i fyran har rastvakt.",
        "Klassföreståndare Emma, 4B, ansvarar.",
        "Vi har Idrott i 5A på tisdagar.",
        "Vi går till Biblioteket i 4B.",
        "Vi läste en saga i 4B.",
        "Alla i 4B fick prata.",
        "Punkt 4 b i planen.",
        "4B:s mentor pratade med klassen.",
        "KLASSRÅDET I 4B",
        # "2 i varje klass" is no class; a brand after "6A:s"; an abbreviation in capitals;
        # a teacher's span of grades or several classes
        "Elevskyddsombuden från Ekbacken, 2 i varje klass, går trygghetsvandring.",
        "Vi åker till Kalmar (2 i varje bil).",
        "Föräldramöte i Aulan, 1 a-lag.",
        "Kränkningar i 6A:s Teams-kanal följs upp av mentor.",
        "Vi arbetar med SAM i 4B.",
        "Trygghetsteamet: Anna Andersson (mentor åk 4–6), Frida Berg (åk 7–9).",
        "Högstadiet: Ville (7A, 8A) och Tim (8B och 9B).",
        # Staff lists: a role before, "är mentorer" after, a phone number on the line
        "Mentorer i åk 4: Anna Svensson, 4A och Erik Lund, 4B.",
        "- Anna Svensson, 4A, 070-123 45 67",
        "| Sara Nilsson, 6A | 0480-45 14 30 |",
        "Emil Svensson (4A) och Sara Ek (4B) är mentorer för årskurs 4.",
        "Trygghetsteamet: Anna Andersson (mentor åk 4–6), Frida Berg (7B).",
        "Vi har mentor Anna Svensson i 4B.",
        # staff listed; a thing; an abbreviation in a line in capitals
        "Lärarna Anna och Erik i 4B och 5A har ansvar.",
        "Mentorerna Anna och Erik i 4B och 5A.",
        "Vi besöker Skansen i 4:e klass.",
        "ARBETET MED SAM I 4B",
        "Vi ses i åk 4B och 5B.",
    ],
)
def test_not_pupil_mentions(text: str) -> None:
    assert list(pupil_mentions(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Grattis också till Saga och Liam i 4B och 5A.", ["Saga", "Liam"]),
        ("Grattis till Saga och Liam i 4B.", ["Saga", "Liam"]),
        ("Saga, Liam och Ebba i åk 4B vann.", ["Saga", "Liam", "Ebba"]),
        # a staff word in the sentence is no title of the names
        ("Fritidspedagogerna pratade med Maja och Kalle i 2B.", ["Maja", "Kalle"]),
    ],
)
def test_pupils_listed_before_their_classes(text: str, names: list[str]) -> None:
    assert [found for _index, found in pupil_mentions(text)] == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Grattis också till Saga och Liam i 4B och 5A.", ["Saga", "Liam"]),
        ("Tack till Ebba i åk 4B och Saga i 4:e klass.", ["Ebba", "Saga"]),
        ("## GRATTIS SAGA I 4B", ["Saga"]),
    ],
)
def test_pupils_named_so_in_a_page_are_errors(
    tmp_path: Path, written: str, names: list[str]
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    found = tree.problems("TP404")
    assert [p.message.split("'")[1] for p in found] == names
    assert all(p.severity is Severity.ERROR for p in found)


@triggers("TP404")
def test_a_pupil_named_with_a_class(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "Elevrådet diskuterade orsakerna",
        "Efter det som hände Kalle i 4B diskuterade elevrådet orsakerna",
    )
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Kalle i 4B")
    assert problem.message == (
        "'Kalle' ser ut att vara en elev som nämns vid namn, med klass, årskurs eller som elev"
    )


def test_the_fixture_has_staff_and_classes_but_no_pupils() -> None:
    # The page mentions "Eleverna i 4B och mentor Anna i 5A": neither is a pupil's name.
    assert not [p for p in clean().report if p.code.startswith("TP4")]
    assert project().organiser.email_domains == ("strandvik.se",)


@pytest.mark.parametrize("setting", ["av", "varning", "info"])
def test_no_profile_silences_a_personal_number(tmp_path: Path, setting: str) -> None:
    tree = Tree(tmp_path)
    profile = f"  regler: {{TP401: {setting}}}\n  min_antal_svar: 5"
    tree.edit(ORGANISER, "  min_antal_svar: 5", profile)
    tree.append(PAGE, "\nPersonnummer 121212–1212 står här.\n")
    checked = tree.check()
    [found] = [p for p in checked.report if p.code == "TP401"]
    assert found.severity is Severity.ERROR
    [tried] = [p for p in checked.report if p.code == "TP054"]
    assert str(tried.location) == tree.at(ORGANISER, f"{setting}}}")
    assert "kan inte ändras" in tried.message and "gäller alltid" in tried.message


@pytest.mark.parametrize("setting", ["av", "varning"])
def test_no_profile_lets_a_named_pupil_be_published(tmp_path: Path, setting: str) -> None:
    """A pupil named with a class is an error whatever the regelprofil says (it withholds
    the school), and the granskning, published and filed, names the kind of finding and
    where it is, never the name."""
    from generator.review.findings import FindingRef

    tree = Tree(tmp_path)
    profile = f"  regler: {{TP404: {setting}}}\n  min_antal_svar: 5"
    tree.edit(ORGANISER, "  min_antal_svar: 5", profile)
    tree.edit(PLAN, "Elevrådet diskuterade orsakerna", "Elsa Ek i 3B diskuterade orsakerna")
    checked = tree.check()
    [found] = [p for p in checked.report if p.code == "TP404"]
    assert found.severity is Severity.ERROR
    assert any(p.code == "TP054" for p in checked.report)
    reviewed = FindingRef.of(found)
    assert "Elsa" not in reviewed.text and "det som står visas inte här" in reviewed.text.lower()
    assert reviewed.location == tree.at(PLAN, "Elsa Ek i 3B")


@pytest.mark.parametrize(
    "coded",
    [
        "".join(f"&amp;#{ord(c)};" for c in "121212-1212"),  # references of references
        "".join(f"%26%23{ord(c)}%3B" for c in "121212-1212"),  # percent-coded references
        "\\u003121212-1212",  # a JavaScript escape, as a script or JSON would read it
        "&amp;#49;21212-\n1212",  # over two lines, which a reader reads as one text
    ],
)
def test_a_number_coded_in_layers_is_found_where_it_is_written(tmp_path: Path, coded: str) -> None:
    """As the last look decodes it (a feed reader shows `&amp;#49;` as 1): found at the
    check, at its line, so only the school is withheld, before anything is built."""
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nKoden är {coded} här.\n")
    [problem] = tree.problems("TP401")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(PAGE, coded[:5])
    assert problem.message.endswith("kodat i flera lager")


def test_the_threshold_can_only_be_raised(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "min_antal_svar: 5", "min_antal_svar: 1")
    report = tree.check().report
    [problem] = [p for p in report if p.location.file == ORGANISER and p.code != "TP029"]
    assert problem.severity is Severity.ERROR
    [note] = [p for p in report if p.code == "TP029"]  # no rule runs without the profile
    assert "'regelprofil' har fel" in note.message
    line = tree.at(ORGANISER, "min_antal_svar: 1").split(":")[1]
    assert problem.location.line == int(line)
    assert "5" in problem.message


def test_a_personal_number_spelt_with_yaml_escapes(tmp_path: Path) -> None:
    """YAML decodes "\\x31" as "1": the value is read as it is published, on its line."""
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start = text.index("vision: >-")
    vision = 'vision: "Elev \\x31\\x3212\\x31\\x32-1212 har flyttat."'
    tree.path(PLAN).write_text(text[:start] + vision + text[text.index("\n\n", start) :])
    lines = [str(p.location).rsplit(":", 1)[0] for p in tree.problems("TP401")]
    assert lines == [tree.at(PLAN, vision).rsplit(":", 1)[0]]


def test_an_escaped_number_in_a_folded_quoted_value_is_placed_where_it_is_written(
    tmp_path: Path,
) -> None:
    """Folded lines, an empty line and non-ASCII before it: the number is still named at
    its own line and column, not at the value's start or a column counted in the value."""
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start = text.index("vision: >-")
    vision = (
        'vision: "Vår skola är trygg för alla,\n'
        "  även på rasten.\n\n"
        "  Åh, ett test:\n"
        '    \\x31\\x32\\x30\\x33\\x30\\x34-1239 står här."'
    )
    tree.path(PLAN).write_text(text[:start] + vision + text[text.index("\n\n", start) :])
    [found] = tree.problems("TP401")
    assert str(found.location) == tree.at(PLAN, "\\x31\\x32\\x30")


def test_a_personal_number_in_a_file_or_folder_name(tmp_path: Path) -> None:
    """Names become addresses and sitemap entries, so they are scanned like text."""
    tree = Tree(tmp_path)
    school = tree.path(SCHOOL).parent
    (school / "foton" / "121212").mkdir(parents=True)
    (school / "foton" / "121212\u00a01212.jpg").write_bytes(b"")
    (school / "foton" / "121212" / "1212.jpg").write_bytes(b"")
    (school / "sidor" / "arkiv-19121212_1212").mkdir()
    (school / "sidor" / "kalle.121212.1212.md").write_text(tree.text(PAGE), encoding="utf-8")
    names = sorted(str(p.location) for p in tree.problems("TP401"))
    assert names == [
        f"{SCHOOL_DIR}/foton/121212/1212.jpg",
        f"{SCHOOL_DIR}/foton/121212\u00a01212.jpg",
        f"{SCHOOL_DIR}/sidor/arkiv-19121212_1212",
        f"{SCHOOL_DIR}/sidor/kalle.121212.1212.md",
    ]


@triggers("TP405")
def test_a_pupils_email_address(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        SCHOOL, "namn: Ekbackens skola", "namn: Ekbackens skola\nelevdomän: skolan.strandvik.se"
    )
    tree.append(PAGE, "\nSkriv till kalle.s@skolan.strandvik.se eller maja@elev.strandvik.se.\n")
    found = tree.problems("TP405")
    assert locations(found) == [tree.at(PAGE, "kalle.s@"), tree.at(PAGE, "maja@")]
    assert found[0].message == "e-postadressen på skolan.strandvik.se ser ut att vara en elevs"
    assert found[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    "written",
    [
        "kalle.s[at]elev.strandvik.se", "kalle.s (at) elev.strandvik.se",
        "kalle.s(snabel-a)elev(punkt)strandvik(punkt)se", "kalle.s {@} elev [dot] strandvik.se",
        "kalle.s @ elev.strandvik.se", "kalle.s ＠ elev.strandvik.se",
        "kalle.s <at> elev.strandvik.se",
        "kalle.s (snabel a) elev.strandvik.se", "kalle.s snabel-a elev.strandvik.se",
    ],
)  # fmt: skip
def test_a_pupils_address_with_the_at_spelt_out(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\nSkriv till {written} om du vill.\n")
    [problem] = tree.problems("TP405")
    assert str(problem.location) == tree.at(PAGE, "kalle.s")
    assert list(pupil_emails("Vi ses (at) skolan [punkt]", ())) == []


def test_a_pupil_as_a_contact_is_an_error_by_their_address(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "epost: maria.lindqvist@strandvik.se", "epost: maria.l@elev.strandvik.se")
    [problem] = tree.problems("TP050")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(SCHOOL, "maria.l@elev")
    assert "elevs" in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "3 av 4 elever på fritids uppger att de blivit kränkta.",
        "Tre elever i klassen har blivit utsatta för rasism.",
        "Två flickor i gruppen har en diagnos.",
        "Gruppen på fyra barn med funktionsnedsättning.",
        "75 % av de 4 eleverna har varit med om hot.",
        "Det gäller 3 elever. De har blivit kränkta.",
        "3/4 elever upplever kränkningar.",
        "3 (av 4) elever har blivit kränkta.",
        "Två elever blev retade för sin hudfärg.",
        "Två elever har skadat sig själva.",
        "Fyra barn har blivit bitna.",
        "I anpassad grundskola svarade 2 av 3 svarande att de har utsatts för kränkningar.",
        "En flicka i 8B har utsatts för sexuella trakasserier på nätet.",
        "67 % av de 3 som svarade har blivit mobbade.",
        "Den enda eleven i förberedelseklassen har blivit utsatt för rasism.",
        "Två av elevrådets tre ledamöter har utsatts för sexuella trakasserier.",
        "Ett par elever med autism i 5B känner sig utsatta.",
        # A word ending like "v" or "om" before the count is no "v." or "grupper om"
        "En elev har blivit kränkt av tre elever i åk 9.",
        "Rektor har fått en anmälan om tre elever som hotat en yngre elev.",
        "Vid rasten blev två elever i 4B slagna.",  # "vid" of a time, not of a routine
    ],
)
def test_small_counts_with_something_sensitive(text: str) -> None:
    assert len(list(small_counts(text, 5))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I åk 3 har elever blivit kränkta.",
        "86 % av eleverna känner sig trygga.",
        "12 elever blev utsatta.",
        "Vi har 3 rastvärdar och 4 elever i elevrådet.",
        "Under vecka 3 pratade 40 elever om kränkningar.",
        "Två elever per klass sitter i elevrådet som arbetar mot mobbning.",
        "Fyra elever från varje klass deltog i trygghetsvandringen mot kränkningar.",
        "Vi arbetar i grupper om 3 elever mot mobbning.",
        "När ett barn eller en elev upplever sig kränkt ska personalen agera.",
        "Båda grupperna arbetar mot kränkningar.",
        "Elevrådets tre ledamöter planerar temadagen mot mobbning.",
        "Alla elever som känner sig otrygga ska prata med en vuxen.",
        # How routines and surveys speak ("båda", "otrygga platser", a share)
        "Mentorn pratar med båda eleverna var för sig och dokumenterar kränkningen.",
        "Om ett barn blir biten pratar vi med båda barnen och deras vårdnadshavare.",
        "Varje klass väljer två elever till trygghetsrådet som kartlägger otrygga platser.",
        "Ett par elever från elevrådet följer med på trygghetsvandringen till otrygga platser.",
        "Vi genomför 2 st trygghetsvandringar per läsår för att se var elever kan bli utsatta.",
        "Två elever från elevrådet träffar rektor vid utsatt tid varje månad.",
        "Fyra elever åker skolskjuts med transport från Lövängen.",
        "Har du två barn på skolan? Sjukanmäl varje barn för sig i appen.",
        # A team's size, and what is done if something happens (a routine)
        "Trygghetsteamet består av 4 personer och utreder alla kränkningar.",
        "Om två elever bråkar och någon blir kränkt pratar mentorn med båda.",
        "Ifall tre elever utesluter en kamrat pratar mentorn med dem om kränkningen.",
        "Vid kränkningar samtalar mentorn med de 2 eleverna var för sig.",
    ],
)
def test_counts_that_point_at_no_one(text: str) -> None:
    assert list(small_counts(text, 5)) == []


def test_a_raised_threshold_flags_larger_counts() -> None:
    assert list(small_counts("Sju elever har blivit kränkta.", 5)) == []
    assert list(small_counts("Sju elever har blivit kränkta.", 10)) == [(0, "Sju elever")]


@triggers("TP406")
def test_a_small_count_in_a_plan(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "Elevrådet diskuterade orsakerna",
        "Tre av fyra elever i gruppen har blivit kränkta. Elevrådet diskuterade orsakerna",
    )
    [problem] = tree.problems("TP406")
    assert str(problem.location) == tree.at(PLAN, "Tre av fyra")
    assert problem.message.startswith("'Tre av fyra elever' är färre än 5")


def test_a_pupil_named_in_a_short_published_field(tmp_path: Path) -> None:
    """deltagare and ansvarig are published too, so they are read for names."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "deltagare: Elever i åk 2–6", "deltagare: Eleven Sara Lind i 8C och åk 2–6")
    [problem] = tree.problems("TP404")
    assert "'Sara Lind'" in problem.message


@pytest.mark.parametrize(
    "written",
    [
        "Sara_Lind_8C", "Sara_i_8C", "Sara-i-8C", "Sara-Lind-8C", "Sara-8C", "A2-Sara-i-8C",
        # In any case: ids are often in small letters, and an årshjul's must be
        "sara-i-8c", "sara-lind-8c", "SARA-I-8C", "a2-sara_8c", "a2-eleven-sara",
    ],
)  # fmt: skip
def test_a_pupil_named_in_an_id(tmp_path: Path, written: str) -> None:
    """An id is published too (the plan page, its data, the granskning), its hyphens and
    underscores read as blanks, a known first name in any case."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - id: A2\n", f"    - id: {written}\n")
    [problem] = tree.problems("TP404")
    assert "'Sara'" in problem.message
    assert str(problem.location) == tree.at(PLAN, written[written.lower().index("sara") :])


def test_a_pupil_named_in_an_arshjul_activity_s_id(tmp_path: Path) -> None:
    """The id is the calendar's UID (arshjul.ics), in small letters by the schema."""
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "  - id: klassregler\n", "  - id: samtal-med-sara-i-8c\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(CYCLE, "sara-i-8c")
    assert problem.hint.startswith("byt till ett id utan elevens namn och klass")


@pytest.mark.parametrize(
    "written",
    ["Rastaktiviteter-i-4B", "A2-trygga-raster-HT25", "M1_4B", "rastaktiviteter-i-4b",
     "a2-klassrad-i-4b", "a2-trygga-raster-ht25", "m1-4b", "f3-kartlaggning-ht25",
     "k4-fritidsradets-enkat-ak5"],
)  # fmt: skip
def test_an_id_of_words_and_a_class_names_no_pupil(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - id: A2\n", f"    - id: {written}\n")
    assert tree.problems("TP404") == []


# A role beside a name in an id or a file name (a hostile review's), and a name glued to
# a class or a grade
NAMED_WITH_A_ROLE = [
    ("samtal-med-kurator-ali-5b", "Ali"), ("mentorn-kalle-i-4b", "Kalle"),
    ("resursperson-ella-3a", "Ella"), ("elevassistent-ali-5b", "Ali"),
    ("mentorssamtal-ali-i-5b", "Ali"), ("kuratorssamtal-sara-8c", "Sara"),
    ("rektorsbeslut-omar-6b", "Omar"), ("personalmote-liam-9c", "Liam"),
    ("samtal-med-mentor-anna-i-4b", "Anna"), ("samtal-ali-åk5", "Ali"), ("ali5b", "Ali"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "name"), NAMED_WITH_A_ROLE)
def test_no_role_excuses_a_name_in_an_id(tmp_path: Path, written: str, name: str) -> None:
    """An id has no reason to give a staff member's class: the name beside a role in it
    may be a pupil's as well as staff's."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - id: A2\n", f"    - id: {written}\n")
    [problem] = tree.problems("TP404")
    assert problem.message.startswith(f"'{name}' ser ut att vara en elev")


@pytest.mark.parametrize(("written", "name"), NAMED_WITH_A_ROLE)
def test_no_role_excuses_a_name_in_a_file_name(tmp_path: Path, written: str, name: str) -> None:
    tree = Tree(tmp_path)
    pages = tree.path(SCHOOL).parent / "sidor"
    (pages / f"{written}.md").write_text(tree.text(PAGE), encoding="utf-8")
    [problem] = tree.problems("TP404")
    assert problem.message.endswith(f"nämna en elev, '{name}', med klass, årskurs eller som elev")


def test_a_pupil_named_in_a_file_or_folder_name(tmp_path: Path) -> None:
    """A page's, an image's or a folder's name is published as an address."""
    tree = Tree(tmp_path)
    school = tree.path(SCHOOL).parent
    (school / "sidor" / "Sara-i-8C.md").write_text(tree.text(PAGE), encoding="utf-8")
    (school / "sidor" / "kalle_4b.md").write_text(tree.text(PAGE), encoding="utf-8")
    (school / "sidor" / "rastaktiviteter-i-4b.md").write_text(tree.text(PAGE), encoding="utf-8")
    (school / "bilder" / "sara-lind-8c").mkdir(parents=True)
    (school / "bilder" / "sara-lind-8c" / "rast.jpg").write_bytes(b"")
    found = sorted(tree.problems("TP404"), key=lambda p: str(p.location))
    assert [str(p.location) for p in found] == [
        f"{SCHOOL_DIR}/bilder/sara-lind-8c",
        f"{SCHOOL_DIR}/sidor/Sara-i-8C.md",
        f"{SCHOOL_DIR}/sidor/kalle_4b.md",
    ]
    assert found[1].message == (
        "namnet 'Sara-i-8C.md' ser ut att nämna en elev, 'Sara', med klass, årskurs eller som elev"
    )
    assert found[1].hint == (
        "byt namn på filen eller mappen till ett namn utan elevens namn och klass"
    )


def test_pupil_addresses_however_written() -> None:
    found = [
        next(iter(pupil_emails(text, ())), None)
        for text in ["kalle.a&#64;elev.strandvik.se", "sara@elev\u200b.strandvik.se",
                     "kalle\uff20elev\uff0estrandvik.se"]
    ]  # fmt: skip
    assert [f[1] if f else None for f in found] == ["elev.strandvik.se"] * 3


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Mejla kalle.s@elev.strandvik.se", "elev.strandvik.se"),
        ("Mejla kalle.s@stud.strandvik.se", "stud.strandvik.se"),
        ("Mejla ks07@studerande.komvux.strandvik.se", "studerande.komvux.strandvik.se"),
        ("Mejla kalle@students.gymnasiet.se", "students.gymnasiet.se"),
        # Staff and publishers: no pupil part in the domain
        ("Mejla anna.s@edu.strandvik.se", None),
        ("Beställ från info@studentlitteratur.se", None),
        ("Mejla elevhalsan@strandvik.se", None),
        ("Mejla studie.vagledare@strandvik.se", None),
    ],
)
def test_pupil_domains_without_an_elevdoman(text: str, domain: str | None) -> None:
    """With no elevdomän set, a domain with a part that names pupils is a pupil's."""
    assert [found for _index, found in pupil_emails(text, ())] == ([domain] if domain else [])


@pytest.mark.parametrize(
    "address",
    [
        "omar.lind.9d@gmail.com", "zelda9d@hotmail.com", "saga.ak7@outlook.com",
        "ali.te22a@gmail.com", "Omar.Lind.9D@Gmail.com", "saga_lind_4b@live.se",
        "ismail.berg.5b@strandvik.se", "lind.ak-9@icloud.com", "tindra-5a@gmail.com",
        "saga.4a@strandvik.se", "zelda.holm.9c@strandvik.se",
    ],
)  # fmt: skip
def test_an_address_with_a_class_and_a_name_before_the_at_is_a_pupils(address: str) -> None:
    """A class or a grade with a name before @ is a pupil's address on any domain: a known
    first name, two words, or on a private mail service any word."""
    domain = address.partition("@")[2].casefold()
    assert list(pupil_emails(f"Mejla {address} om det.", ())) == [(6, domain)]


@pytest.mark.parametrize(
    "address",
    [
        "mentor.4b@strandvik.se", "klass4b@strandvik.se", "4b.foraldrar@gmail.com",
        "info.9a@strandvik.se", "ak7.larare@strandvik.se", "speciallarare.7a@strandvik.se",
        "elevradet.4b@strandvik.se", "mentorer-4b@strandvik.se", "b2b@example.se",
        "anna.svensson@strandvik.se", "x.4b@strandvik.se", "fritidsgruppen.2b@strandvik.se",
        # a subject, an errand or the school at the school's own domain
        "svenska.4a@strandvik.se", "matte.5a@strandvik.se", "franvaro.7b@strandvik.se",
        "sjukanmalan.ak6@strandvik.se", "studieresa.9c@strandvik.se", "resa9a@strandvik.se",
        "ekbacken4a@strandvik.se", "ekbackens-skola-4a@strandvik.se", "tt.ak7@strandvik.se",
    ],
)  # fmt: skip
def test_a_class_with_a_role_or_a_group_names_a_mailbox(address: str) -> None:
    assert list(pupil_emails(f"Mejla {address} om det.", ())) == []


def test_a_pupils_private_address_with_a_class_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nSkriv till omar.lind.9d@gmail.com om du vill.\n")
    [problem] = tree.problems("TP405")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(PAGE, "omar.lind.9d@")
    assert problem.message == (
        "e-postadressen på gmail.com ser ut att vara en elevs (en klass och ett namn före @)"
    )


def test_a_contact_with_a_class_in_their_address_is_a_pupil(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "epost: maria.lindqvist@strandvik.se", "epost: maria.l.8c@gmail.com")
    [problem] = tree.problems("TP050")
    assert str(problem.location) == tree.at(SCHOOL, "maria.l.8c@")
    assert "elevs" in problem.message


def test_an_address_beside_a_long_run_of_blanks_is_read_once() -> None:
    """Blank lines or spaces after an address in a file: each spelt-out form's blanks are
    bounded, so the run is not tried again at each of its characters (which took minutes
    for a few thousand blank lines)."""
    padded = "Skriv till kalle [at] elev.strandvik.se" + " " * 60_000 + "\n" * 60_000 + "tack"
    assert list(pupil_emails(padded, ())) == [(11, "elev.strandvik.se")]


@pytest.mark.parametrize(
    "text",
    [
        "Elevens personnummer, som vi fick av vårdnadshavaren vid inskrivningen i augusti "
        "förra året, är 1203 04-12 39.",
        "Personnummer (enligt elevregistret, som uppdaterades i augusti efter flytten från "
        "Malmö): 120304 1239",
        "Elevens personnummer, som vi fick av vårdnadshavaren vid inskrivningen i augusti "
        "förra året, är 2012-03-04 1239.",
    ],
)
def test_a_number_long_after_a_word_for_one_in_its_sentence_is_found(text: str) -> None:
    """An author may say where a number came from before writing it: the word for one is
    read back to the sentence's start, up to `worded.PERSON_WORD_REACH` characters."""
    assert list(personal_numbers(text)) == [min(text.index(d) for d in "12")]


def test_a_word_for_a_personal_number_in_another_sentence_says_nothing() -> None:
    """(Grouped by spaces alone, which only a word makes a personal number.)"""
    text = (
        "Vi sparar aldrig personnummer. Enkäten besvarades av 1203 0412 39 elever i alla årskurser."
    )
    assert list(personal_numbers(text)) == []
