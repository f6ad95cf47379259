"""Reports (issue 19): the pages a reader sees, the shares that add up to 100, the counts
that are never shown, and the links and files an author gets wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from golden_support import assert_golden

from generator.check.run import Checked, check_content
from generator.model.codec import to_data
from generator.model.report import CategoryCounts, UnitReport
from generator.model.report_counts import apportion, release_counts
from generator.problems import Location, Severity
from generator.render.reports.counts import render_counts
from generator.render.reports.page import render_report
from generator.render.site import site_for

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "reports"
TODAY = dt.date(2026, 11, 25)
HERE = Location("rapport.yml", 1, 1)


@pytest.fixture(scope="module")
def example() -> Checked:
    return check_content(ROOT / "content", today=TODAY)


def copied(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    return tmp_path / "content"


def errors(checked: Checked, code: str = "") -> list[str]:
    return [
        p.format()
        for p in checked.report
        if p.severity is Severity.ERROR and p.code.startswith(code)
    ]


# ---------------------------------------------------------------- the pages --


def test_the_example_reports_are_rendered_as_their_golden_pages(example: Checked) -> None:
    assert example.organiser is not None and errors(example) == []
    reports = example.organiser.reports
    assert [r.id for r in reports] == ["verksamhetsplan-2026-27", "dialogmote-trygghet-2026"]
    for report in reports:
        assert_golden(GOLDEN / f"{report.id}.md", render_report(report))


def test_on_a_phone_the_sum_row_is_no_group(example: Checked) -> None:
    """The card layout labels each cell with its column ("Grupp: Åk 7"); the sum row's
    first cell is the card's title ("Totalt"), not "Grupp: Totalt"."""
    import markdown

    from generator.site.tablecards import card_tables

    assert example.organiser is not None
    report = next(r for r in example.organiser.reports if r.id == "dialogmote-trygghet-2026")
    extensions = ["tables", "md_in_html", "attr_list"]
    page = card_tables(markdown.markdown(str(render_report(report)), extensions=extensions))
    sums = re.findall(r'<td( data-label="[^"]*")?><strong class="trygg-sum">([^<]*)<', page)
    assert sums and {label for label, _text in sums} == {""}
    assert {text for _label, text in sums} <= {"Totalt", "Summa av det som visas"}
    assert 'data-label="Grupp"><strong' not in page
    assert re.search(r'<td data-label="Antal [^"]+"><strong>\d+</strong></td>', page)


def test_the_portal_lists_and_publishes_the_reports(example: Checked) -> None:
    site = site_for(example, "", ROOT / "content", today=TODAY)
    files = {f.uri: f.content for f in site.files}
    start = str(files["index.md"])
    assert "## Rapporter" in start
    assert "(rapporter/dialogmote-trygghet-2026/index.md)" in start
    page = str(files["rapporter/dialogmote-trygghet-2026/index.md"])
    # the groups of known number only: two have counts withheld, so their sums are
    # "minst" and no chart shows their shares (nor the block's, of a sum of what is shown)
    assert page.count('class="trygg-diagram"') == 7
    assert "blir exakt 100 %" in page


def test_links_to_the_plans_point_at_the_goal_or_measure(example: Checked) -> None:
    assert example.organiser is not None
    plan = next(r for r in example.organiser.reports if r.id == "verksamhetsplan-2026-27")
    page = render_report(plan)
    assert '<a href="../../strandskolan/trygghetsplan/#atgard-A2">' in page
    assert "Strandskolan, åtgärd: Samtycke och bilder i åk 7–9</a>" in page
    assert '<a href="../../lovangens-skola/trygghetsplan/#mal-M3">' in page  # the goal itself


def test_a_link_to_a_plan_reads_by_title_not_by_id(example: Checked) -> None:
    """A guardian reads "Strandskolan, mål: Alla elever känner sig trygga i skolan" as the
    plan page names the goal; "mål M1" says nothing to them (ids stay only where the words
    cannot be shown: an utkast, a withheld school)."""
    assert example.organiser is not None
    plan = next(r for r in example.organiser.reports if r.id == "verksamhetsplan-2026-27")
    page = render_report(plan)
    shown = re.findall(r'<a href="[^"]*trygghetsplan/#[^"]*">([^<]*)</a>', page)
    assert shown and not [text for text in shown if re.search(r"\b(?:mål M|åtgärd A)\d", text)]
    assert "Lövängens skola, mål: Alla elever kan vara med i leken på skolgården</a>" in page


# --------------------------------------------------- shares and disclosure --


def test_largest_remainder_shares_add_up_to_exactly_100() -> None:
    rng = random.Random(19)
    for _ in range(2000):
        weights = [rng.choice([0, 1, 2, 3, rng.randint(0, 300)]) for _ in range(rng.randint(1, 12))]
        shares = apportion(weights)
        if sum(weights) == 0:
            assert shares == tuple(0 for _ in weights)
            continue
        assert sum(shares) == 100, weights
        for weight, share in zip(weights, shares, strict=True):
            quota = Fraction(weight * 100, sum(weights))
            assert abs(share - quota) < 1, (weights, shares)


def test_equal_remainders_go_to_the_first_so_shares_are_deterministic() -> None:
    assert apportion([1, 1, 1]) == (34, 33, 33)
    assert apportion([5, 0, 5]) == (50, 0, 50)


def _block(counts: list[list[int]], threshold: int = 5) -> CategoryCounts:
    groups = [
        (f"Grupp {g}", [(f"Undergrupp {g}.{c}", n, HERE) for c, n in enumerate(cells)])
        for g, cells in enumerate(counts)
    ]
    return release_counts("Lappar", "lappar", groups, threshold)


def test_every_table_of_a_block_adds_up_to_100_for_many_random_blocks() -> None:
    rng = random.Random(2026)
    for _ in range(500):
        counts = [
            [rng.choice([0, 1, 3, 4, rng.randint(5, 60)]) for _ in range(rng.randint(1, 6))]
            for _ in range(rng.randint(1, 9))
        ]
        block = _block(counts)
        if block.total:
            assert sum(g.share for g in block.groups) == 100
        for group in block.groups:
            shown = [c.share for c in group.cells if c.share is not None]
            assert sum(shown) in ((100,) if group.count else (0,))
            assert group.count == sum(c.count or 0 for c in group.cells)
        assert block.total == sum(g.count for g in block.groups)


def test_a_withheld_count_cannot_be_worked_out_from_anything_published() -> None:
    """Two blocks that differ only in a withheld count (1 or 4) publish the same model and
    the same page: nothing shown depends on it."""
    rng = random.Random(7)
    for _ in range(200):
        counts = [[rng.randint(5, 40) for _ in range(rng.randint(1, 5))] for _ in range(4)]
        group = rng.randrange(4)
        counts[group].append(1)
        one = _block(counts)
        counts[group][-1] = 4
        four = _block(counts)
        assert one == four
        assert render_counts(one, 1) == render_counts(four, 1)
        withheld = one.groups[group].cells[-1]
        assert withheld.count is None and withheld.share is None


def test_a_withheld_count_is_in_no_field_of_the_model() -> None:
    block = _block([[20, 3], [10, 0]])
    counts = [cell["count"] for group in to_data(block)["groups"] for cell in group["cells"]]
    assert counts == [20, None, 10, 0]
    assert block.withheld == 1 and block.total == 30
    page = render_counts(block, 1)
    assert "Visas inte: färre än 5, eller döljs" in page and "Summa av det som visas" in page
    assert "Antalet visas inte för en undergrupp: färre än 5 lappar, eller döljs" in page


# ------------------------------------------------------------ author errors --


def test_links_to_unknown_schools_goals_and_measures_are_errors_with_positions(
    tmp_path: Path,
) -> None:
    content = copied(tmp_path)
    plan = content / "rapporter" / "verksamhetsplan-2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        "{skola: lovangens-skola, åtgärd: A1}", "{skola: lovangens-skola, åtgärd: A99}"
    )
    text = text.replace("{skola: strandskolan, mål: M3}", "{skola: strandskola, mål: M3}")
    text = text.replace("{skola: lovangens-skola, mål: M4}", "{mål: M4}")
    plan.write_text(text, encoding="utf-8")
    found = errors(check_content(content, today=TODAY), "TP060")
    assert found == [
        "content/rapporter/verksamhetsplan-2026-27.yml:39:21: fel TP060 skolan "
        "'lovangens-skola' har ingen åtgärd 'A99' i någon beslutad trygghetsplan – ange ett "
        "av dessa id: A1, A4, A5, A6, A7",
        "content/rapporter/verksamhetsplan-2026-27.yml:66:21: fel TP060 skolan 'strandskola' "
        "finns inte – ange en av skolorna: ekbackens-skola, forskolan-solrosen, "
        "lovangens-skola, strandskolan",
        "content/rapporter/verksamhetsplan-2026-27.yml:77:21: fel TP060 länken saknar skola – "
        "ange en av skolorna: ekbackens-skola, forskolan-solrosen, lovangens-skola, "
        "strandskolan",
    ]


HOSTILE = """\
titel: Rapport
datum: 2026-05-01
författare: Rektor
sammanfattning: "<script>alert(1)</script> [klicka](javascript:alert(1))"
brödtext: ../../../huvudman.yml
avsnitt:
  - rubrik: Siffror
    text: "<img src=x onerror=alert(1)>"
    data:
      - typ: kategorier
        rubrik: Stort
        enhet: lappar
        grupper:
          - namn: A
            undergrupper:
              - {namn: B, antal: 99999999999999999999}
"""


def test_a_hostile_report_is_refused_with_positions_and_its_text_is_inert(
    tmp_path: Path,
) -> None:
    content = copied(tmp_path)
    folder = content / "skolor" / "ekbackens-skola" / "rapporter"
    folder.mkdir()
    (folder / "elak.yml").write_text(HOSTILE, encoding="utf-8")
    (folder / "<script>.yml").write_text(HOSTILE, encoding="utf-8")
    found = errors(check_content(content, today=TODAY))
    shown = "content/skolor/ekbackens-skola/rapporter"
    assert (
        f"{shown}/elak.yml:5:11: fel TP062 '../../../huvudman.yml' pekar utanför rapporter/ – "
        "lägg filen i rapporter/ och skriv sökvägen dit"
    ) in found
    assert (
        f"{shown}/elak.yml:16:34: fel TP019 avsnitt[1].data[1].grupper[1].undergrupper[1]"
        ".antal: får vara högst 1000000 – ändra talet"
    ) in found
    assert (
        f"{shown}/<script>.yml: fel TP061 '<script>.yml' duger inte som rapportens namn "
        "och webbadress – byt namn på filen, t.ex. till dialogmote-2026.yml" in found
    )
    # Without the refused parts, the same text is published as text.
    report = UnitReport(
        "elak", "<script>x</script>", TODAY, "Rektor", "<script>alert(1)</script>",
        "[klicka](javascript:alert(1)) <img src=x onerror=alert(1)>", (),
    )  # fmt: skip
    page = render_report(report)
    assert "<script" not in page and "<img" not in page and "javascript:" not in page


# ------------------------------------------------------------ a school's own --

SCHOOL_REPORT = """\
titel: Trygghetsvandring hösten 2026
datum: 2026-10-20
författare: Elevrådet och trygghetsteamet
sammanfattning: Elevrådet gick runt på skolan och markerade platser.
avsnitt:
  - rubrik: Platser
    data:
      - typ: kategorier
        rubrik: Markerade platser
        enhet: markeringar
        grupper:
          - namn: Ute
            undergrupper:
              - {namn: Cykelstället, antal: 12}
              - {namn: Bakom idrottshallen, antal: 9}
      - typ: insatser
        rubrik: Vad vi gör
        områden:
          - namn: Skolgården
            insatser:
              - insats: Fler vuxna vid cykelstället.
                effekt: Färre elever känner sig otrygga där.
                indikator: Nästa trygghetsvandring.
                länkar:
                  - {åtgärd: A1}
                  - {skola: strandskolan, mål: M1}
"""


def test_a_school_report_links_only_to_its_own_plans(tmp_path: Path) -> None:
    content = copied(tmp_path)
    folder = content / "skolor" / "ekbackens-skola" / "rapporter"
    folder.mkdir()
    (folder / "trygghetsvandring-2026.yml").write_text(SCHOOL_REPORT, encoding="utf-8")
    found = errors(check_content(content, today=TODAY))
    assert found == [
        "content/skolor/ekbackens-skola/rapporter/trygghetsvandring-2026.yml:26:21: fel TP060 "
        "en skolas rapport kan bara länka till skolans egna planer – ta bort skola: eller "
        "skriv skola: ekbackens-skola"
    ]


# The school report, without its link to another school's goal.
OWN_REPORT = SCHOOL_REPORT.replace("                  - {skola: strandskolan, mål: M1}\n", "")


def school_report_site(tmp_path: Path, text: str) -> dict[str, str]:
    """Ekbacken's generated site files (by URI) with `text` as its report; checked clean."""
    content = copied(tmp_path)
    folder = content / "skolor" / "ekbackens-skola" / "rapporter"
    folder.mkdir()
    (folder / "trygghetsvandring-2026.yml").write_text(text, encoding="utf-8")
    checked = check_content(content, today=TODAY)
    assert errors(checked) == []
    return {
        f.uri: str(f.content)
        for f in site_for(checked, "ekbackens-skola", content, today=TODAY).files
    }


def test_a_school_report_is_on_its_site_and_its_start_page(tmp_path: Path) -> None:
    files = school_report_site(tmp_path, OWN_REPORT)
    assert "(rapporter/trygghetsvandring-2026/index.md)" in files["index.md"]
    page = files["rapporter/trygghetsvandring-2026/index.md"]
    assert '<a href="../../trygghetsplan/#atgard-A1">' in page
    assert "Cykelstället" in page and "57 %" in page and "43 %" in page


@pytest.mark.parametrize("written", ["1.2e1", "12.0"])
def test_a_whole_count_written_as_a_decimal_is_a_count(tmp_path: Path, written: str) -> None:
    # The schema takes 12.0 as an integer (JSON Schema does); it crashed the shares.
    files = school_report_site(tmp_path, OWN_REPORT.replace("antal: 12}", f"antal: {written}}}"))
    page = files["rapporter/trygghetsvandring-2026/index.md"]
    assert "57 %" in page and "43 %" in page and "12.0" not in page
    assert (
        "Cykelstället,12,"
        in files["rapporter/trygghetsvandring-2026/trygghetsvandring-2026-antal.csv"]
    )


def test_report_text_is_scanned_for_personal_data(tmp_path: Path) -> None:
    content = copied(tmp_path)
    body = content / "rapporter" / "dialogmote-trygghet-2026.md"
    body.write_text(body.read_text(encoding="utf-8") + "\nRing 19811218-9876.\n", encoding="utf-8")
    found = [p for p in check_content(content, today=TODAY).report if p.code == "TP401"]
    assert [str(p.location) for p in found] == [
        "content/rapporter/dialogmote-trygghet-2026.md:16:6"
    ]


def test_the_report_model_is_frozen_and_says_where_it_is_published(example: Checked) -> None:
    assert example.organiser is not None
    report = example.organiser.reports[0]
    assert report.path == "rapporter/verksamhetsplan-2026-27/"
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.title = "x"  # type: ignore[misc]
    assert len(report.links) == 15 and all(link.plan_key for link in report.links)


def test_a_block_with_every_count_withheld_shows_no_share() -> None:
    page = render_counts(_block([[2, 3], [1]]), 1)
    assert "100 %" not in page.replace("blir exakt 100 %", "")
    assert page.count("Visas inte: inget av gruppens antal visas") == 2
    assert "<svg" not in page


def test_a_link_into_an_utkast_is_a_warning_and_shows_nothing_of_it(tmp_path: Path) -> None:
    content = copied(tmp_path)
    plan = content / "skolor" / "strandskolan" / "trygghetsplan" / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    decision = "beslut: {datum: 2026-08-17, rektor: Tomas Åberg}\n"
    assert decision in text
    plan.write_text(text.replace(decision, "status: utkast\n"), encoding="utf-8")
    checked = check_content(content, today=TODAY)
    # With its new plan an utkast, the school has no plan in force: TP101, which depends on
    # the day and never keeps a site back
    assert [p.code for p in checked.report if p.severity is Severity.ERROR] == ["TP101"]
    drafts = [p.format() for p in checked.report if p.code == "TP063"]
    assert (
        "content/rapporter/verksamhetsplan-2026-27.yml:47:21: varning TP063 åtgärd 'A7' finns "
        "bara i ett utkast till skolans plan och visas som text – länka när planen är beslutad, "
        "eller till ett mål eller en åtgärd i en beslutad plan"
    ) in drafts
    assert checked.organiser is not None
    page = render_report(checked.organiser.reports[0])
    assert "Strandskolan, åtgärd A7 (planen är inte beslutad)" in page
    assert "Idrotten och omklädningsrummen" not in page  # the utkast's title


def test_a_linked_measures_title_is_shown_as_written_never_as_markup() -> None:
    """A title with an emoji code or ** passed the check and became an <img> from another
    host in the report, which the last look refused: the school and the portal were held."""
    from generator.model.report import PlanLink
    from generator.render.reports.measures import _link
    from tests.render.render_html import render, unsafe_markup

    link = PlanLink(
        "strandskolan", "", "A7", plan_key="2026-27", current=True,
        label="A7: Idrotten och **omklädningsrummen** :heart:",
    )  # fmt: skip
    page = render(f"- {_link(link, portal=True)}\n")
    assert "<img" not in page and "<strong>" not in page and unsafe_markup(page) == []
    assert "Idrotten och **omklädningsrummen** &#58;heart:</a>" in page  # shows ":heart:"
