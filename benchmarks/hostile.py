"""The sanitizer on hostile pages (issue 12, item 4). Not a test: it prints figures.

    python -m benchmarks.hostile             # 250 KB pages; target: each well under 1 s
    python -m benchmarks.hostile --size 500000

Each page repeats one construct that makes a naive Markdown sanitizer (or Python-Markdown
itself) look far ahead: openers that never close, deep nesting, long targets, fences.
For each, the time of the whole page (sanitized, then turned into HTML by Python-Markdown
with the extensions of mkdocs.yml) at the size and at twice the size is printed: linear
time shows as a ratio near 2. Then the same for TP404's search for pupils' names
(`rules.mentions.pupil_mentions`) on pages full of names, lists and labels; printed
apart, as `trygg check` reads the page, not the build. Last, what else `trygg check`
reads in a page's text (its link targets, its words as a reader sees them, the pupils
it points out) on pages that once took it minutes: unclosed links, backticks, stars.
And a huvudman report's protection on the report that once took it minutes (CPU time):
blocks of 6 groups and Totalt × 6 rows, counts from {1, 5, 5, 5, 6}, all with the same
labels; at the bound of TP073 (`load.report_size`) and at half of it.
"""

from __future__ import annotations

import argparse
import random
import time

import markdown
from material.extensions.emoji import to_svg, twemoji

from generator.load.blocks import MAX_PAGE_BLOCKS, too_many_blocks
from generator.load.report_size import MAX_REPORT_COUNTS
from generator.model.report_protection import Block, protect
from generator.personal_data.names_seen import as_read
from generator.problems import Location
from generator.render.markdown.safety import sanitize
from generator.rules.mentions import pupil_mentions
from generator.rules.pointed import also_pointed
from generator.validate.linktargets import targets

TARGET_SECONDS = 0.5  # "well under a second" on the CI machine
EXTENSIONS = ["toc", "tables", "admonition", "attr_list", "md_in_html", "def_list"]
EXTENSIONS += ["pymdownx.details", "pymdownx.superfences", "pymdownx.emoji"]
SETTINGS = {"pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}}
CONSTRUCTS = {
    "bildöppnare": "![",
    "länköppnare": "[",
    "måltexter": "](",
    "slutklamrar": "]",
    "parenteser": "(",
    "nästlade": "[[[[[[[[x](y)]]]]]]]",
    "javascript-länkar": "[a](javascript:x) ",
    "långa mål": "[a](" + "a" * 200 + ") ",
    "bakåtfnuttar": "`",
    "kodblock": "\n```\n",
    "referenser": "\n[r]: javascript:x\n",
    "rubriker": "\n# h\n",
    "blandat": "![a](<//x> '[' `(` \\",
}
# Pages full of what TP404 reads: names on one line, in one sentence, in a list, in
# labels, tables (each once read back and ahead from every name: minutes a page), and
# long runs of blanks (a pattern tried every split of them).
NAME_PAGES = {
    "namn, meningar": "Saga i 4B. ",
    "namn, en mening": "Saga i 4B, ",
    "namn, lista": "- Saga i 4B\n",
    "namn, etiketter": "mentor: Saga i 4B ",
    "tabellhuvuden": "| Namn | Klass |\n|---|---|\n",
    "blanksteg efter namn": "eleven Saga" + " " * 100_000 + "x i 4B, ",
}

# Pages once quadratic in `trygg check` (each read from every place to the end).
CHECK_PAGES = {
    "oavslutade länkar": "[a](",
    "länkar med titel": '[a](x.md "t\\"x") ',
    "bakåtfnuttar": "`",
    "stjärnor": "*",
    "tilde": "~",
    "elev i klass, en mening": "Eleven i 9B ",
    "elev i klass, känslig uppgift": "Eleven i 9B har ADHD ",
    "händelser med namn": "Noah och Liam bråkade på rasten i mars. ",
    "kränkningar mot namn": "kränkningen mot Ebba, ",
}


def page(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str) -> float:
    started = time.perf_counter()
    markdown.markdown(sanitize(text), extensions=EXTENSIONS, extension_configs=SETTINGS)
    return time.perf_counter() - started


def name_seconds(text: str) -> float:
    started = time.perf_counter()
    list(pupil_mentions(text))
    return time.perf_counter() - started


def check_seconds(text: str) -> float:
    started = time.perf_counter()
    list(targets(text))
    list(also_pointed(text, as_read(text), (), staff=False))
    list(pupil_mentions(text))
    return time.perf_counter() - started


def checks(size: int) -> None:
    """What `trygg check` reads in a page: linear time shows as a ratio near 2."""
    print(
        f"\n| trygg check | {size // 1000} KB | {2 * size // 1000} KB | kvot |\n|---|---|---|---|"
    )
    for name, unit in CHECK_PAGES.items():
        once, twice = check_seconds(page(unit, size)), check_seconds(page(unit, 2 * size))
        print(f"| {name} | {once:.2f} s | {twice:.2f} s | {twice / max(once, 1e-9):.1f} |")


def names(size: int) -> None:
    """TP404 on pages full of names: linear time shows as a ratio near 2."""
    print(f"\n| TP404 | {size // 1000} KB | {2 * size // 1000} KB | kvot |\n|---|---|---|---|")
    for name, unit in NAME_PAGES.items():
        once, twice = name_seconds(page(unit, size)), name_seconds(page(unit, 2 * size))
        print(f"| {name} | {once:.2f} s | {twice:.2f} s | {twice / max(once, 1e-9):.1f} |")


def report_blocks(blocks: int) -> list[tuple[str, Block]]:
    """The crafted report's blocks: each group's counts from {1, 5, 5, 5, 6}, and a
    column of totals that adds them up."""
    rng, here = random.Random(18), Location("rapporter/stor.yml", 1, 1)
    made: list[tuple[str, Block]] = []
    for _ in range(blocks):
        groups = [[rng.choice([1, 5, 5, 5, 6]) for _ in range(6)] for _ in range(6)]
        groups.append([sum(column) for column in zip(*groups, strict=True)])
        names = [*(f"G{g}" for g in range(6)), "Totalt"]
        made.append(
            (
                "R",
                [
                    (n, [(f"R{r}", v, here) for r, v in enumerate(c)])
                    for n, c in zip(names, groups, strict=True)
                ],
            )
        )
    return made


def reports() -> None:
    """The report protection at half the bound and at it: near-linear shows as about 2."""
    print("\n| rapportskydd | antal | CPU |\n|---|---|---|")
    for blocks in (MAX_REPORT_COUNTS // 84, MAX_REPORT_COUNTS // 42):
        started = time.process_time()
        protect(report_blocks(blocks), 5, frozenset(), ["elever"] * blocks)
        print(f"| {blocks} block | {blocks * 42} | {time.process_time() - started:.2f} s |")


def main() -> int:
    parser = argparse.ArgumentParser(description="Saneraren på fientliga sidor.")
    parser.add_argument("--size", type=int, default=250_000, help="tecken per sida")
    size = parser.parse_args().size
    print(f"| konstruktion | {size // 1000} KB | {2 * size // 1000} KB | kvot |")
    print("|---|---|---|---|")
    worst = 0.0
    for name, unit in CONSTRUCTS.items():
        if too_many_blocks(page(unit, size)) is not None:
            # `trygg check` refuses the page (TP002); time the most it lets through.
            allowed = unit * MAX_PAGE_BLOCKS
            print(f"| {name} | avvisas (TP002); {MAX_PAGE_BLOCKS} block: "
                  f"{seconds(allowed):.3f} s | – | – |")  # fmt: skip
            worst = max(worst, seconds(allowed))
            continue
        once, twice = seconds(page(unit, size)), seconds(page(unit, 2 * size))
        worst = max(worst, once)
        print(f"| {name} | {once:.3f} s | {twice:.3f} s | {twice / max(once, 1e-9):.1f} |")
    met = worst < TARGET_SECONDS
    print(f"\nLångsammast: {worst:.3f} s (mål under {TARGET_SECONDS} s): "
          f"{'uppfyllt' if met else 'EJ uppfyllt'}")  # fmt: skip
    names(size)
    checks(size)
    reports()
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
