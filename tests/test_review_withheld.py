"""A unit withheld for errors in its files in the huvudman's overview (issue 18): every unit
the check could model is in every part of it (status, heat map, the overview by need, the
frequent problems, the nyckeltal and a page of its own), without a word of its plan; a
unit whose files cannot be read is in every list of all units, with its codes."""

from __future__ import annotations

import gzip
import html
import re
from pathlib import Path

import pytest

from generator.cli.main import main
from generator.codes import problem
from generator.problems import Location
from generator.review.findings import FindingRef
from tests.test_build import make_project, read, run_build

HELD, LOGOLESS, UNREAD, PUBLISHED = (
    "ekbackens-skola",
    "strandskolan",
    "lovangens-skola",
    "forskolan-solrosen",
)
# The withheld plan's own words: an åtgärd's title, and a pupil named with a personnummer.
TITLE = "Zebrafinkarnas hemliga rastlek"
PUPIL = "Pelle Zebrafink, 19121212-1212, i 4B blev utestängd ur klassens chatt."
DISTINCT = ("Zebrafink", "19121212", "1212-1212", "hemliga rastlek", "utestängd ur klassens")

UNLINKED = re.compile(r"<a [^>]*class=\"trygg-code\">|(?<=TP\d{3})</a>")  # a code's link


def _edit(path: Path, old: str, new: str) -> None:
    text = read(path)
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _withholding(project: Path) -> None:
    """Ekbackens plan misses a ground (TP108) and names a pupil (TP401); Strandskolan's
    logo is no file (TP043, in skola.yml); Lövängens plan cannot be read (TP003)."""
    schools = project / "content" / "skolor"
    plan = schools / HELD / "trygghetsplan" / "2026-27.yml"
    _edit(plan, "titel: Schyssta chattar", f"titel: {TITLE}")
    _edit(plan, "      Lektionerna om nätvett", f"      {PUPIL}\n      Lektionerna om nätvett")
    text = read(plan)
    examined = re.search(r"\n    religion_eller_annan_trosuppfattning: Frågan ingick.*\n", text)
    assert examined is not None
    plan.write_text(text.replace(examined.group(0), "\n"), encoding="utf-8")
    _edit(schools / LOGOLESS / "skola.yml", 'färg: "#1e5631"', 'färg: "#1e5631"\nlogotyp: logo.png')
    (schools / UNREAD / "trygghetsplan" / "2026.yml").write_text("beslut: [\n", encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("withheld"))
    _withholding(project)
    assert run_build(project, project / "site", "--ingen-cache") == 1
    return project


def _page(project: Path, uri: str) -> str:
    return html.unescape(read(project / "site" / uri))


def _overview(project: Path) -> str:
    return _page(project, "granskning/index.html")


def table_start(page: str) -> int:
    return page.index('id="diagram-problem-tabell"')


def test_no_word_of_a_withheld_plan_is_in_any_file_of_the_output(built: Path) -> None:
    """Every file the build wrote, the portal's pages, search index and open data too."""
    files = [p for p in (built / "site").rglob("*") if p.is_file()]
    assert len(files) > 50
    for file in files:
        data = file.read_bytes()
        data = gzip.decompress(data) if file.suffix == ".gz" else data
        text = html.unescape(data.decode("utf-8", errors="replace"))
        found = [word for word in DISTINCT if word in text]
        assert not found, f"{file}: {found}"


def test_the_status_says_why_each_unit_is_not_published(built: Path) -> None:
    page = _overview(built)
    table = page[page.index('id="diagram-status-tabell"') :]
    assert '<th scope="row">Gällande plan</th><td>3</td>' in table
    assert '<th scope="row">Inte publicerad: fel i planen</th><td>1</td>' in table
    assert '<th scope="row">Inte publicerad: fel i enhetens filer</th><td>1</td>' in table
    assert '<th scope="row">Inte granskad: enhetens filer har fel</th><td>1</td>' in table
    assert "2 enheter som inte publiceras räknas också under sin status" in page
    assert (
        "3 enheter granskades: 2 med fel, 0 med bara varningar och 0 utan gällande plan. "
        "Av dem publiceras 2 inte" in page
    )


def test_the_heat_map_shows_the_ground_the_withheld_plan_did_not_examine(built: Path) -> None:
    page = _page(built, "granskning/grunder/index.html")
    assert "3 enheter. " in page  # the heat map's text alternative counts the modelled units
    assert "Religion eller annan trosuppfattning: Undersökt utan fynd 2, Saknas 1" in page
    assert "Diagrammet visar inte 1 enhet vars filer inte kunde läsas." in page
    row = re.search(r'<tr><th scope="row"><a href="../enheter/ekbackens-skola/">.*?</tr>', page)
    assert row is not None and row.group(0).count("<strong>Saknas</strong>") == 1
    assert "Lövängens skola</a></th><td colspan=" in page


def test_the_overview_by_need_puts_the_units_with_blocking_errors_first(built: Path) -> None:
    page = _overview(built)
    table = page[page.index('id="efter-behov"') : page.index('id="filter-status"')]
    names = re.findall(r'<tr><th scope="row"><a href="[^"]*">([^<]*)</a>', table)
    assert names == [
        "Lövängens skola",  # by its name alone, like every unit
        "Ekbackens skola",
        "Strandskolan",
        "Förskolan Solrosen",
    ]
    # the Status cell in the chart's colour of its status, its words on it, each code a link
    # to its rule
    assert '<a href="../regler/lagkrav/#tp108" title="' in table
    table = UNLINKED.sub("", table)
    assert (
        '<td style="background:#8c2f6b;color:#fff">Gällande plan. Inte publicerad: fel i planen '
        "(TP108, TP401)</td>" in table
    )
    assert "Först de som inte kunde granskas eller inte publiceras" in table
    assert ">Inte granskad: enhetens filer kunde inte läsas (TP003)<br>" in table
    letters = page[page.index('id="enheter"') :]
    assert "Lövängens skola</a>: Inte granskad" in letters  # A–Ö: all four
    # by status, in the words of the status chart: one name per status
    assert '<h3 id="inte-publicerad-planen">Inte publicerad: fel i planen (1)</h3>' in page
    assert '<h3 id="status-inte-granskade">Inte granskad: enhetens filer har fel (1)</h3>' in page
    assert "<details><summary>Visa enheterna A–Ö</summary>" in page  # the table is the page


def test_the_frequent_problems_count_every_unit_and_link_each_code_to_its_rule(
    built: Path,
) -> None:
    page = _overview(built)
    table = page[table_start(page) : page.index('id="efter-behov"')]
    assert '<a href="../regler/lagkrav/#tp108">TP108</a>' in table
    assert '<a href="../regler/samband/#tp043">TP043</a>' in table
    assert '<a href="../regler/integritet/#tp401">TP401</a>' in table
    # the unread unit's
    assert ">TP003</a></th><td>YAML-syntaxfel</td><td>Fel</td><td>1</td>" in table
    chart = page[page.index('id="diagram-problem-title"') : table_start(page)]
    assert "1 av 4" in chart and "av 3" not in chart


def test_the_key_indicator_counts_the_withheld_units_released_values(built: Path) -> None:
    """Only Förskolan Solrosen is published, and it has no survey: the nyckeltal comes from
    the two withheld plans."""
    page = _overview(built)
    table = page[page.index('id="diagram-nyckeltal-tabell"') :]
    survey = "november 2025 – februari 2026<br>(planerna för läsåret 2026/27, 2 enheter)"
    # when it was made; one precision in the chart: never "87 %" beside "88,1 %"
    assert f'<th scope="row">{survey}</th><td>85,9\u00a0%</td><td>87,0\u00a0%</td>' in table
    # every answer counts, hidden groups too: Strandskolan's 85,9 %, its plan's 86 %
    assert "Lägst 85,9 %: Strandskolan. Högst 88,1 %: Ekbackens skola." in page
    unread = "1 enhet kunde inte granskas, eftersom filerna inte kunde läsas: den är inte med."
    assert unread in page


def test_a_withheld_unit_has_a_page_with_its_findings_and_no_link_to_a_site(
    built: Path,
) -> None:
    page = _page(built, "granskning/enheter/ekbackens-skola/index.html")
    said = "<dt>Publicering</dt><dd>Inte publicerad: fel i planen (TP108, TP401)</dd>"
    assert said in UNLINKED.sub("", page)
    assert '<a href="../../../regler/lagkrav/#tp108">TP108</a>' in page
    assert '<a href="../../../regler/integritet/#tp401">TP401</a>' in page
    assert "Det som står visas inte här förrän planen publiceras; se filen" in page
    assert "trygghetsplan/2026-27.yml:" in page and "fältet <code>kartläggning.täckning" in page
    assert '<th scope="row">Religion eller annan trosuppfattning</th><td><strong>Saknas' in page
    assert "Nya (" in page and "A4" in page  # the åtgärder by their ids
    assert 'href="../../../ekbackens-skola/"' not in page
    logoless = _page(built, "granskning/enheter/strandskolan/index.html")
    assert "Inte publicerad: fel i enhetens filer (TP043)" in UNLINKED.sub("", logoless)


def test_trygg_granska_says_the_same_without_the_plans_words(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "granskning.md"
    with pytest.raises(SystemExit) as exited:
        main(["granska", str(built / "content"), "-o", str(target)])
    assert exited.value.code == 1  # Lövängens skola could not be read
    document = target.read_text(encoding="utf-8")
    assert "| Inte publicerad: fel i planen | 1 |" in document
    assert "| Inte publicerad: fel i enhetens filer | 1 |" in document
    assert "- Publicering: Inte publicerad: fel i planen (TP108, TP401)." in document
    assert "| [Lövängens skola (lovangens-skola)](#inte-granskade) |" in document
    assert not [word for word in DISTINCT if word in document]
    capsys.readouterr()


def test_a_withheld_finding_names_its_field_only_by_the_schemas_keys_and_ids() -> None:
    """A key the author wrote (a text that became a key) is the author's words, like the
    message that quotes it: both stay out; the rule, its fix and the place are shown."""
    where = Location("content/skolor/strandskolan/skola.yml", 21, 5)
    message = "kontakter[1].ZebrafinkPelle: okänd nyckel 'ZebrafinkPelle'"
    found = problem("TP014", where, message, field="kontakter[1].ZebrafinkPelle")
    shown = FindingRef.withheld(found)
    assert shown.field == "kontakter[1]"
    assert "Zebrafink" not in f"{shown.text} {shown.location} {shown.title}"
    assert shown.title == "Okänd nyckel" and str(where) == shown.location
    measure = problem("TP059", where, "…", field="åtgärder (id: A4).titel")
    assert FindingRef.withheld(measure).field == "åtgärder (id: A4).titel"
