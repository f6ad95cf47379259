"""A report's sums of what is shown are marked as such: a group with counts withheld
shows "minst 37", not 37 as if it were its number, and no share of it; a block of one
group gets no chart of one bar of 100 %; the groups' sections keep the author's order;
and the note before the chart is short, its details in a closed box."""

from __future__ import annotations

import re
from pathlib import Path

from generator.load.reader import Reader
from generator.load.reports import read_reports
from generator.model.build_report import report as build_report
from generator.render.reports.page import render_report

SOURCE = """\
titel: Anmälningar
datum: 2026-11-20
författare: Enheten
sammanfattning: Holmskolan anmälde 41 ärenden.
avsnitt:
  - rubrik: Per enhet
    data:
      - typ: kategorier
        rubrik: Anmälningar per enhet
        enhet: anmälningar
        grupper:
          - {namn: Holmskolan, undergrupper: [{namn: Elev mot elev, antal: 36},
             {namn: Personal mot elev, antal: 2}, {namn: Trakasserier, antal: 3}]}
          - {namn: Kyrkskolan, undergrupper: [{namn: Elev mot elev, antal: 28},
             {namn: Personal mot elev, antal: 6}, {namn: Trakasserier, antal: 9}]}
          - {namn: Almdalens skola, undergrupper: [{namn: Elev mot elev, antal: 22},
             {namn: Personal mot elev, antal: 1}, {namn: Trakasserier, antal: 7}]}
          - {namn: Aspvallens skola, undergrupper: [{namn: Elev mot elev, antal: 19},
             {namn: Personal mot elev, antal: 0}, {namn: Trakasserier, antal: 5}]}
          - {namn: Hela kommunen, undergrupper: [{namn: Elev mot elev, antal: 105},
             {namn: Personal mot elev, antal: 9}, {namn: Trakasserier, antal: 24}]}
  - rubrik: Per grund
    data:
      - typ: kategorier
        rubrik: Trakasserier per grund
        enhet: anmälningar
        grupper:
          - {namn: Trakasserier, undergrupper: [{namn: Kön, antal: 9},
             {namn: Etnisk tillhörighet, antal: 8}, {namn: Religion, antal: 7}]}
"""


def page(tmp_path: Path) -> str:
    folder = tmp_path / "content" / "rapporter"
    folder.mkdir(parents=True)
    (folder / "anmalningar.yml").write_text(SOURCE, encoding="utf-8")
    reader = Reader(tmp_path, tmp_path / "content")
    (source,) = read_reports(folder, reader)
    assert reader.problems == []
    return render_report(build_report(source, 5))


def test_a_sum_of_what_is_shown_says_minst_and_has_no_share(tmp_path: Path) -> None:
    shown = page(tmp_path)
    assert "| Kyrkskolan | minst 37 | minst 27 % |" in shown  # 27 % of Hela kommunen's 138
    assert "| Kyrkskolan | 37 |" not in shown
    assert "| Elev mot elev | 28 | 76 % |" not in shown  # 28 of 37: the real share is 65 %
    assert "| Elev mot elev | 28 | – |" in shown
    assert "minst 36" in shown and "minst 26 %" in shown  # Holmskolan stays in the chart


def test_one_group_has_no_chart_and_sections_keep_the_authors_order(tmp_path: Path) -> None:
    shown = page(tmp_path)
    one = shown[shown.index("### Trakasserier per grund") :]
    assert "Alla grupper" not in one and one.count("<svg") == 1  # the group's own chart
    sections = re.findall(r"^#### (.+)$", shown, re.MULTILINE)
    assert sections[:4] == ["Holmskolan", "Kyrkskolan", "Almdalens skola", "Aspvallens skola"]


def test_the_note_before_the_chart_is_short_with_details_in_a_box(tmp_path: Path) -> None:
    shown = page(tmp_path)
    block = shown[shown.index("### Anmälningar per enhet") :]
    lead = block.split("\n\n")[1]
    assert lead.startswith("Antal under 5 visas inte, och inte heller antal som skulle avslöja")
    assert len(lead.split()) <= 25
    assert '??? info "Så räknas siffrorna"' in block
