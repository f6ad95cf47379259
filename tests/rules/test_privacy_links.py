"""TP404 reads what a link shows besides its text: a title (a tooltip, published as
title="…") and the readable parts of its address. A hostile review published pupils
through each of these with exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import ORGANISER, PAGE, PLAN, SCHOOL, Tree, triggers

from generator.personal_data.link_parts import address_words
from generator.problems import Severity


def _found(tmp_path: Path, written: str) -> list[tuple[str, str]]:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    found = tree.problems("TP404")
    assert all(p.severity is Severity.ERROR for p in found)
    return [(p.message.split("'")[1], str(p.location)) for p in found]


@pytest.mark.parametrize(
    ("written", "name", "points_at"),
    [
        # a title, in double or single quotes or brackets: where its name is written
        (
            'Se [rutinerna](../rutiner/index.md "Kalle Nilsson i 8A blev slagen").',
            "Kalle Nilsson",
            "Kalle",
        ),
        ("Se [rutinerna](../rutiner/index.md 'Ella i 7B blev hånad').", "Ella", "Ella"),
        ("Se [rutinerna](../rutiner/index.md (Omar i 6A)).", "Omar", "Omar"),
        ('Se ![bild](foto.png "Eleven Saga på rasten").', "Saga", "Saga"),
        ('Se [rutinerna](../rutiner/ "Vik**tor** i 9E").', "Viktor", "Vik**"),
        # an address's fragment, path, query values and a mailto's subject: at the address
        ("Se [planen](../trygghetsplan/index.md#saga-lind-i-9b).", "Saga", "../trygghetsplan"),
        ("Se [x](https://www.skolverket.se/?elev=Omar+Ali+i+7C).", "Omar", "https:"),
        ("Se [x](https://example.org/?namn=Omar+Ali&klass=7C).", "Omar", "https:"),
        ("Se [x](https://example.org/nyheter/kalle-nilsson-8a/).", "Kalle", "https:"),
        (
            "Se [mejl](mailto:a@strandvik.se?subject=Saga%20Lind%20i%209B%20blev%20slagen).",
            "Saga",
            "mailto:",
        ),
        ("Se [x][r].\n\n[r]: https://example.org/#ella_lind_7b", "Ella", "https:"),
        ("Se https://example.org/?q=Ella+Lind+i+7B här.", "Ella", "https:"),
        ("Se [x](https://ex.org/?q=saga%252Blind%252Bi%252B9b).", "Saga", "https:"),
        ("Se [x](mailto:a@strandvik.se?body=Eleven%20Kalle%20i%208A).", "Kalle", "mailto:"),
        ("Se [läs](https://ex.org/?id=kalle.nilsson.8a).", "Kalle", "https:"),
        ('Se [x](../a.md "Zorro i 8A blev slagen").', "Zorro", "Zorro"),
        ("Följ instagram.com/saga_9b för bilder.", "Saga", "instagram"),
        # an unknown name in small letters: a query's whole value, after a pupil word, or
        # in a field for a pupil's name
        ("Se [x](https://example.org/?elev=zelda+holm+7c).", "Zelda", "https:"),
        ("Se [x](https://example.org/?q=zelda%20holm%20i%207c).", "Zelda", "https:"),
        ("Se [x](https://example.org/elever/zelda-holm-7c/).", "Zelda", "https:"),
        ("Se [x](https://example.org/?elev=stefan+4b).", "Stefan", "https:"),
        ("Se [x](https://example.org/?namn=zelda+holm&klass=7c).", "Zelda", "https:"),
        # raw HTML shows as text: its attributes' values are read, an address as its words
        ('Se <a href="https://x.se/?elev=Omar+Ali+i+7C">länk</a>.', "Omar", "https:"),
        ('Se <abbr title="Kalle Nilsson i 8A blev slagen">KN</abbr>.', "Kalle Nilsson", "Kalle"),
        ("Se <img src='foto.png' alt='Eleven Tindra på rasten'>.", "Tindra", "Tindra"),
    ],
)  # fmt: skip
def test_a_pupil_in_a_link_title_or_address_is_an_error(
    tmp_path: Path, written: str, name: str, points_at: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    found = tree.problems("TP404")
    assert [p.message.split("'")[1] for p in found] == [name]
    assert str(found[0].location) == tree.at(PAGE, points_at)
    assert found[0].severity is Severity.ERROR


def test_an_autolink_is_reported_once(tmp_path: Path) -> None:
    """Its address is the text a reader sees: the text's own reading finds it."""
    assert len(_found(tmp_path, "Se <https://evil.example/?q=Kalle-Nilsson-8A>.")) == 1


def test_a_title_in_a_plan_field(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    link = "'Se [rutinen](https://example.org \"Ebba Ek i 5C blev utfryst\").'"
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", f"text: {link}")
    [problem] = tree.problems("TP404")
    assert problem.message.startswith("'Ebba Ek'")
    assert str(problem.location) == tree.at(PLAN, "Ebba Ek")


@pytest.mark.parametrize(
    "written",
    [
        "Läs mer på [elevhälsan](https://www.strandvik.se/elevhalsa-4-6/).",
        "Se [schemat](https://www.strandvik.se/schema?klass=4b).",
        "Se [schema](https://skola24.se/?skola=strandskolan&klass=9B#vecka-12).",
        "Se [kalendern](https://www.strandvik.se/kalender/2026/7b-utflykt).",
        "Se [anmälan](https://www.strandvik.se/blankett?typ=krankning&klass=7b).",
        '[DO](https://www.do.se/diskriminering/funktionsnedsattning "Diskrimineringsombudsmannen")',
        "Läs [Skolverket](https://www.skolverket.se/krankande-behandling-och-trakasserier).",
        "Kontakta [Anna Berg](mailto:anna.berg@strandvik.se?subject=Fr%C3%A5ga%20om%20klass%207B).",
        '[Rutinen](../rutiner/index.md "Så gör vi när någon blir kränkt i 7B")',
        '[Mentorerna](../kontakt/ "Mentor Anna Berg i 4B")',
        "Se <https://www.strandvik.se/grundskola/klass-4b/>.",
        "Läs mer på skolverket.se/om-oss eller strandvik.se/skola/7b.",
        "Mer på www.strandvik.se/elevhalsa-4-6.",
        'Kontakta <a href="https://www.strandvik.se/klass-9b/schema">schemat</a>.',
        '<abbr title="Årskurs 9B">9B</abbr> har temadag.',
        '<img src="bilder/klass-7b-utflykt.jpg" alt="Klass 7B på utflykt">',
        "Se [bilder](https://www.strandvik.se/nyheter/utflykt-till-skansen-4b).",
        "Se [bilder](https://www.strandvik.se/lucia-tag-3a).",
        "Se [x](https://www.strandvik.se/?tema=friluftsdag+hosten+4b).",
        "Se [x](https://www.strandvik.se/?elev=mentor+4b&grupp=rod+4b).",
        "Se [x](https://www.strandvik.se/?sida=schema&klass=7c).",
        "Se [x](https://www.strandvik.se/?amne=svenska+4a).",
    ],
)
def test_ordinary_links_name_no_one(tmp_path: Path, written: str) -> None:
    assert _found(tmp_path, written) == []


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("../a/saga-lind.md#i-9b", ["a saga lind md", "i 9b"]),
        ("https://x.se/?elev=Omar+Ali&klass=7C", ["Omar Ali, 7C"]),
        ("mailto:a@x.se?subject=Saga%20i%209B&cc=b@x.se", ["Saga i 9B"]),
        ("https://x.se/%C3%85sa_Ek", ["Åsa Ek"]),
    ],
)
def test_an_address_reads_as_its_words(address: str, parts: list[str]) -> None:
    assert list(address_words(address)) == parts


@pytest.mark.parametrize(
    ("address", "name"),
    [
        ("https://www.strandvik.se/?elev=Omar+Ali+i+7C", "Omar"),
        ("https://www.strandvik.se/anmalan/saga-lind-9b-blev-slagen", "Saga"),
    ],
)
def test_a_web_address_field_is_read_as_its_words(tmp_path: Path, address: str, name: str) -> None:
    """A field the schema gives a web address (the organiser's site) is published as a
    link: its words are read as any address's."""
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "webbplats: https://skolor.strandvik.se", f"webbplats: {address}")
    [problem] = tree.problems("TP404")
    assert problem.message.startswith(f"'{name}'")
    assert str(problem.location) == tree.at(ORGANISER, address)


def test_an_ordinary_web_address_field_names_no_one(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    address = "https://www.strandvik.se/klass-9b/schema?vecka=12"
    tree.edit(ORGANISER, "webbplats: https://skolor.strandvik.se", f"webbplats: {address}")
    assert tree.problems("TP404") == []


@triggers("TP404")
@pytest.mark.parametrize(
    ("display", "old", "new", "points_at"),
    [
        (
            SCHOOL,
            'färg: "#1f4e79"',
            'färg: "#1f4e79"\nordningsregler: "https://skola.strandvik.se/elever/saga-berg-4b"',
            "https://skola.strandvik.se/elever",
        ),
        (
            SCHOOL,
            'färg: "#1f4e79"',
            'färg: "#1f4e79"\nsäg_till:\n  text: Säg till en vuxen du litar på.\n'
            '  länk: "https://skola.strandvik.se/form?elev=saga-berg-4b"',
            "https://skola.strandvik.se/form",
        ),
        (
            SCHOOL,
            'färg: "#1f4e79"',
            'färg: "#1f4e79"\nsäg_till: {text: Säg till en vuxen., '
            "länk: 'https://skola.strandvik.se/form?elev=saga+berg+4b'}",
            "https://skola.strandvik.se/form",
        ),
        (
            SCHOOL,
            'färg: "#1f4e79"',
            'färg: "#1f4e79"\nordningsregler: >-\n  https://skola.strandvik.se/elever/saga-berg-4b',
            "https://skola.strandvik.se/elever",
        ),
        (
            ORGANISER,
            "  epost: klagomal.skola@strandvik.se",
            "  epost: klagomal.skola@strandvik.se\n"
            "  länk: https://e.strandvik.se/klagomal?elev=saga+berg+4b",
            "https://e.strandvik.se",
        ),
        (
            ORGANISER,
            "webbplats: https://skolor.strandvik.se",
            "webbplats: https://skolor.strandvik.se/elever/saga-berg-4b",
            "https://skolor.strandvik.se",
        ),
        (
            PLAN,
            "konsekvenstrappa:\n",
            "konsekvenstrappa:\n  ordningsregler: https://skola.strandvik.se/elever/saga-berg-4b\n",
            "https://skola.strandvik.se/elever",
        ),
    ],
)  # fmt: skip
def test_a_pupil_in_an_address_field_is_an_error(
    tmp_path: Path, display: str, old: str, new: str, points_at: str
) -> None:
    """A field that holds a web address is published as a link's href: a pupil's name
    and class in it are read as in a Markdown link's address, at the field's value."""
    tree = Tree(tmp_path)
    tree.edit(display, old, new)
    found = tree.problems("TP404")
    assert [p.message.split("'")[1] for p in found] == ["Saga"]
    assert str(found[0].location) == tree.at(display, points_at)
    assert found[0].severity is Severity.ERROR
    assert found[0].hint


@pytest.mark.parametrize(
    "address",
    [
        "https://www.strandvik.se/skola/ordningsregler-4b",
        "https://www.strandvik.se/skola/ekbacken/ordningsregler?klass=7c",
    ],
)
def test_an_ordinary_address_field_names_no_one(tmp_path: Path, address: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'färg: "#1f4e79"', f'färg: "#1f4e79"\nordningsregler: "{address}"')
    assert tree.problems("TP404") == []
