"""The shortcuts of `trygg check` find exactly what the plain way finds.

Each shortcut skips work that cannot find anything (a text without the parts a
pattern needs, a file without a link). With every shortcut switched off (`plain`),
the check must give the same problems, in the same order, with the same positions and
words: on the example, on synthetic schools and on content full of what the rules
look for, written in hostile ways (escapes, look-alike letters, other digits).
"""

from __future__ import annotations

import importlib
import random
import re
import shutil
import sys
from pathlib import Path

import pytest

from benchmarks.synthetic import TEMPLATES, generate
from generator.check.run import check_content
from generator.rules import counts, mentions, phrased, pii, pupilcounts, repealed, startnames
from generator.validate import textlinks

ROOT = Path(__file__).resolve().parent.parent
EMAILS = importlib.import_module("generator.personal_data.emails")  # (a function shadows it)

# What the rules look for, and near misses: names with classes, grades and pupil words,
# counts and shares, labels ("Elev:"), apps, headings, links, look-alike letters (İ, ı, ſ, K),
# digits of other scripts (٤), escapes.
PIECES = [
    "Kalle", "Maja", "Sara", "Omar", "Lisa", "Ella", "Kall", "Sedan", "Mentor", "Anna",
    " i ", " från ", " på ", ", ", " (", ")", " 4B", " 7a", "4 B", " AB12", "AB1C", " ٤B", " XY٤٤",
    " AB٣C", "Kalle i AB٣C",
    " fyran", " 4:an", " förskoleklassen", " f-klass", " åk 5", " Åk. F", " klass tre",
    " årskurs 9", " eleven ", " Eleverna ", " barnet ", " Pojken ", " KİLLAR", " kıllar",
    " ſt", " 3 elever", " två elever", " av 4", " kränkta", " mobbade", " per klass",
    " Kalle i 4B", " eleven Sara", " Omar i fyran", " Lisa från åk 5", " Ella 5B", " Maja (7a)",
    " SKOLFS 2012:10", " ſkolfs", " Förskolechefen", " LİKABEHANDLINGSPLAN", " 2006 :1083",
    " lıkabehandlingsplanen ska", " 1985:1100", " 2006", "skol fs",
    " 2 av 3 elever blev mobbade", "En flicka i 8B blev slagen", " 3 kıllar utsatta",
    ". ", "\n", "\n\n", "  ", "elev", "lass", "ak", "ettan", "nian", ":an", "Elevrådsordföranden ",
    "[sidan](sida.md)", "![bild](bild.png)", "[x]: ../x.md", "](", "]:", "é", "Ö", "ö",
    " 4B:s Kalle", ":s ", " KALLE", " Båda eleverna", " den enda eleven", " ett par elever",
    " två av elevrådets tre ledamöter", " otrygga",
    " Elev: Kalle", "Elever:", " Tre av fyra elever", " en av tre elever", " Teams", " läser ",
    " S.", "## ",
    # Names joined to a class, classes before a name, ordinal grades, answers, one of a few
    " – ", "/", ": ", "\n:   ", " 7h", ", ", " representeras av ", "Klassrepresentant 8G: Iris",
    " fjärde klass", " i sjätte klassen", "Zelda som går i fjärde klass", " (n=3)", " 3 svar",
    " en elev i anpassad grundskola", " samtal-8a-tyra",
]  # fmt: skip


def hostile_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(PIECES, k=rng.randint(1, 14))) for _ in range(count)]


# TP406's pattern without the word boundary in front, which only spares the regex engine
# positions inside words, where no branch can start.
PLAIN_SMALL_COUNT = re.compile(
    pupilcounts.SMALL_COUNT.pattern.removeprefix(r"\b"), pupilcounts.SMALL_COUNT.flags
)


def _every_pattern(_text: str) -> list[tuple[re.Pattern[str], bool]]:
    return [(p, s) for p, s, _ in pii.PATTERNS]


def plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shortcut switched off: each pattern tries every text, every file is read."""
    monkeypatch.setattr(mentions, "possible_patterns", _every_pattern)
    monkeypatch.setattr(textlinks, "LINK_MARKS", ("",))  # "" is in every text
    monkeypatch.setattr(counts, "SMALL_COUNT", PLAIN_SMALL_COUNT)  # as small_counts reads it
    monkeypatch.setattr(
        repealed, "may_refer", lambda text: bool(repealed.ANY_REFERENCE.search(text))
    )
    monkeypatch.setattr(phrased, "NEEDED", re.compile(""))  # every text read for phrasings
    monkeypatch.setattr(startnames, "WRITTEN", dict.fromkeys(startnames.WRITTEN, ("",)))
    monkeypatch.setattr(EMAILS, "SPELT_NEEDS", re.compile(""))
    monkeypatch.setattr(EMAILS, "_spelt_out", EMAILS._spelt_out.__wrapped__)  # none kept


def _plain_spelt_out(text: str) -> str:
    """`emails._spelt_out` as first written: its quick test, then `SPELT_AT`."""
    if not EMAILS.SPELT_QUICK.search(text) or not EMAILS.SPELT_AT.search(text):
        return text
    text = EMAILS.SPELT_AT.sub(lambda m: "@" + "\u200b" * (len(m.group()) - 1), text)
    return EMAILS.SPELT_DOT.sub(lambda m: "." + "\u200b" * (len(m.group()) - 1), text)


def test_spelt_out_addresses_are_read_as_by_the_plain_test() -> None:
    pieces = ["kalle", "elev", ".se", " ", "  ", "\t", "(", ")", "[", "]", "<", ">", "{", "}",
              "at", "AT", "At", "snabel-a", "SNABEL-A", "Snabel a", "ſnabel-a", "(ſnabel-a)",
              "@", "＠", "punkt", "dot", ".", "[S", "(a", "[at]", " [ at ] ", "(snabel-a)",
              "<a href='x'>", "Sara", "5b", "\n"]  # fmt: skip
    rng = random.Random(402)
    texts = ["".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(6000)]
    texts += hostile_texts(405, 2000)
    found = [EMAILS._spelt_out(text) for text in texts]
    assert found == [_plain_spelt_out(text) for text in texts]
    assert sum(found[i] != text for i, text in enumerate(texts)) > 500
    # The texts the new test passes over that the plain quick test passed on
    skipped = [
        t for t in texts if EMAILS.SPELT_QUICK.search(t) and not EMAILS.SPELT_NEEDS.search(t)
    ]
    assert len(skipped) > 500


def test_pupil_mentions_in_hostile_text_are_found_as_by_every_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = hostile_texts(18, 4000)
    quick = [list(mentions.pupil_mentions(text)) for text in texts]
    monkeypatch.setattr(mentions, "possible_patterns", _every_pattern)
    assert [list(mentions.pupil_mentions(text)) for text in texts] == quick
    assert sum(map(bool, quick)) > 200  # the texts do name pupils, in every way:
    assert all(any(p.search(text) for text in texts) for p, _strict, _parts in pii.PATTERNS)


def test_small_counts_in_hostile_text_are_found_as_without_the_word_boundary() -> None:
    assert PLAIN_SMALL_COUNT.pattern != pupilcounts.SMALL_COUNT.pattern
    texts = hostile_texts(406, 4000)
    found = [
        [(m.span(), m.groupdict()) for m in pupilcounts.SMALL_COUNT.finditer(t)] for t in texts
    ]
    assert found == [
        [(m.span(), m.groupdict()) for m in PLAIN_SMALL_COUNT.finditer(t)] for t in texts
    ]
    assert sum(map(bool, found)) > 500


def test_a_repealed_reference_in_hostile_text_is_found_as_by_the_regex() -> None:
    texts = hostile_texts(303, 4000)
    found = [repealed.may_refer(text) for text in texts]
    assert found == [bool(repealed.ANY_REFERENCE.search(text)) for text in texts]
    assert 500 < sum(found) < 3500


def test_the_letters_that_lower_case_does_not_find_are_set_aside() -> None:
    """Every character the regex engine takes for a letter of `REFERENCE_PARTS` (ignoring
    case) is that letter in lower case, or one of `CASE_ODD`."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in set("".join(repealed.REFERENCE_PARTS)):
        taken = re.findall(re.escape(letter), every, re.IGNORECASE)
        assert {c for c in taken if c.lower() != letter} <= set(repealed.CASE_ODD)


def _problems(content: Path) -> list[str]:
    checked = check_content(content)
    return [p.format() for p in checked.report] + [str(row) for row in checked.lix_rows]


def _broken_copy(tmp_path: Path) -> Path:
    """The example with hostile texts in a plan and a page, and links spelled with
    escapes in another school's plan."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    schools = content / "skolor"
    texts = [t for t in hostile_texts(5, 80) if "](" not in t and "]:" not in t]
    for number, school in enumerate(["ekbackens-skola", "strandskolan", "forskolan-solrosen"]):
        _describe(schools / school / "trygghetsplan" / "2026-27.yml", texts[number * 6 :])
    escaped = '"Kalle i 4\\x42, se \\x5bsidan\\x5d\\x28s.md)"'
    _describe(schools / "lovangens-skola" / "trygghetsplan" / "2026.yml", [], escaped)
    page = schools / "ekbackens-skola" / "sidor" / "ordningsregler.md"
    page.write_text(page.read_text("utf-8") + "\n\n" + "\n\n".join(texts[18:]) + "\n")
    return content


def _describe(plan: Path, texts: list[str], first: str = "") -> None:
    """Put `texts` into the plan's folded descriptions; `first` replaces the first one."""
    lines = plan.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == "beskrivning: >-"]
    for start, text in reversed(list(zip(starts, texts, strict=False))):
        indent = len(lines[start]) - len(lines[start].lstrip()) + 2
        lines.insert(start + 1, " " * indent + text.replace("\n", " ").replace(": ", " ").strip())
    if first:
        start = starts[0]
        indent = " " * (len(lines[start]) - len(lines[start].lstrip()))
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith(indent + " ")):
            end += 1
        lines[start:end] = [f"{indent}beskrivning: {first}"]
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("which", ["example", "synthetic", "hostile"])
def test_the_check_finds_the_same_without_its_shortcuts(
    which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if which == "example":
        content = ROOT / "content"
    elif which == "synthetic":
        content = tmp_path / "content"
        generate(content, len(TEMPLATES))
    else:
        content = _broken_copy(tmp_path)
    quick = _problems(content)
    plain(monkeypatch)
    assert _problems(content) == quick
    if which == "hostile":
        codes = {line.split()[2] for line in quick if line.startswith("content/")}
        assert {"TP053", "TP303", "TP404", "TP406"} <= codes


def test_the_name_init_wrote_is_found_only_where_it_is_written() -> None:
    """TP312 reads a text for `trygg init`'s names only where one stands as written: every
    match of its patterns holds one."""
    pieces = ["Min skola", "Ny skola", "Min kommun", "min skola", "MIN SKOLA", "Min  skola",
              "Ny", " skola", "Min", " kommun", "”", "'", " ", ". ", "\n", "Ny skolan"]  # fmt: skip
    rng = random.Random(312)
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 8)))
        for pattern, names in startnames.WRITTEN.items():
            if pattern.search(text):
                matched += 1
                assert any(name in text for name in names), text
    assert matched > 1000
