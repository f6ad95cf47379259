"""Units in Swedish alphabetical order wherever a reader looks one up: å, ä, ö after z."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.check.run import check_content
from generator.clock import reference_date
from generator.model.summary import summarise
from generator.render.portal import portal_files
from generator.text import swedish_order

ROOT = Path(__file__).resolve().parents[1]


def test_names_sort_as_a_swedish_reader_expects() -> None:
    names = ["Östra skolan", "ängsskolan", "Åby", "Zeta", "Alby", "Élodieskolan", "Björk"]
    assert sorted(names, key=swedish_order) == [
        "Alby", "Björk", "Élodieskolan", "Zeta", "Åby", "ängsskolan", "Östra skolan",
    ]  # fmt: skip


def test_the_portal_lists_the_units_by_name_not_by_id() -> None:
    checked = check_content(ROOT / "content")
    assert checked.project is not None
    organiser = checked.project.organiser
    summaries = [summarise(s, organiser.key_indicator) for s in checked.project.schools]
    renamed = {"ekbackens-skola": "Östra skolan", "strandskolan": "Ängsskolan"}
    summaries = [dataclasses.replace(s, name=renamed.get(s.id, s.name)) for s in summaries]
    [index] = [f for f in portal_files(organiser, summaries, [], reference_date())
               if f.uri == "index.md"]  # fmt: skip
    text = str(index.content)
    order = [text.index(name) for name in ("Lövängens skola", "Ängsskolan", "Östra skolan")]
    assert order == sorted(order)
    assert text.index("Förskolan Solrosen") < text.index("Lövängens skola")
