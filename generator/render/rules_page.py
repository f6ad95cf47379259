"""The portal's rule pages, generated from the code registry (`generator.codes`).

`regler/` lists every rule, by category; each category has a page of its own
(`regler/<kategori>/`) with what each rule checks, its source and how to fix it. One page
with all hundred rules carried Material's table of contents of them twice (in the menu
for small screens and beside the text) and was the portal's largest page (about 145 KB);
the granskning links each code to its place (`codes.rule_address`). Each rule's heading
has its code as its id (`{#tp045}`): an anchor of its own before a heading named by its
title ("#tp045-…") put every rule's address on the page four times over, in the heading, its
permalink and the table of contents, and with 45 rules "Samband i innehållet" was 64 KB,
past issue 18's 60 KB + 1 KB per unit for a portal of one unit.
"""

from __future__ import annotations

import html

from generator.codes import Category, Code, all_codes, rule_anchor
from generator.codes.code import RULE_PAGES
from generator.problems import WORDS
from generator.problems.severity import PROFILE_WORDS
from generator.render.files import GeneratedFile
from generator.text import listing

INDEX = "regler/index.md"

INTRO = """\
# Regler för trygghetsplanerna

trygg kontrollerar att filerna går att läsa och hänger ihop, och varje plan mot
lagens krav, mot de vanligaste misstagen och mot krav på kvalitet, integritet och en
läsbar elevversion. Varje kontroll har en fast kod, en nivå och en källa: lagrummet,
vägledningen eller det innehållsformat som den bygger på. Välj en kod för att läsa vad
den kontrollerar och hur du rättar det.

{levels}

Huvudmannen kan stänga av en regel (TP1xx–TP5xx) eller ändra dess nivå i
`huvudman.yml`:

```yaml
regelprofil:
  regler:
    TP204: av        # av, {written}
    TP206: fel
```

Reglerna om planens innehåll gäller enhetens senaste plan. Reglerna om integritet
gäller alla filer, även äldre planer.
"""


def rules_pages() -> list[GeneratedFile]:
    """The rule index and one page per category (the categories without rules have none)."""
    chosen = {category: _of(category) for category in Category}
    files = [GeneratedFile(INDEX, _index_page(chosen))]
    for category, rules in chosen.items():
        if rules:
            uri = f"regler/{RULE_PAGES[category]}/index.md"
            files.append(GeneratedFile(uri, _category_page(category, rules)))
    return files


def _of(category: Category) -> list[Code]:
    return [r for r in all_codes() if r.category is category]


def _index_page(chosen: dict[Category, list[Code]]) -> str:
    levels = "\n".join(f"- **{w.one}** {w.effect}." for w in WORDS.values())
    lines = [INTRO.format(levels=levels, written=listing(PROFILE_WORDS, "eller"))]
    for category, rules in chosen.items():
        if not rules:
            continue
        folder = RULE_PAGES[category]
        lines += [f"## {category.value}", "", "| Kod | Nivå | Regel |", "| --- | --- | --- |"]
        for rule in rules:
            # The code's own anchor too: links to regler/#tp203 made before the rules
            # had a page per category still land on the rule.
            anchor = rule_anchor(rule.code)
            link = f'<a id="{anchor}"></a>[{rule.code}]({folder}/index.md#{anchor})'
            lines.append(f"| {link} | {WORDS[rule.severity].one} | {_cell(rule.title)} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _category_page(category: Category, rules: list[Code]) -> str:
    lines = [
        f"# {category.value}",
        "",
        "[Alla regler](../index.md)",
        "",
        "| Kod | Nivå | Regel | Källa |",
        "| --- | --- | --- | --- |",
    ]
    for rule in rules:
        link = f"[{rule.code}](#{rule_anchor(rule.code)})"
        lines.append(
            f"| {link} | {WORDS[rule.severity].one} | {_cell(rule.title)} | {_cell(rule.source)} |"
        )
    lines.append("")
    for rule in rules:
        lines += _section(rule)
    return "\n".join(lines).rstrip() + "\n"


def _section(rule: Code) -> list[str]:
    fix = rule.fix[:1].upper() + rule.fix[1:]
    return [
        f"## {rule.code} {as_written(rule.title)} {{#{rule_anchor(rule.code)}}}",
        "",
        f"**Nivå:** {WORDS[rule.severity].one}. **Källa:** {as_written(rule.source)}.",
        "",
        f"**Vad kontrolleras:** {as_written(rule.checks)}",
        "",
        f"**Så rättar du:** {as_written(fix)}.",
        "",
    ]


def as_written(text: str) -> str:
    """A registry text as Markdown that shows it as written: its backticks (```arshjul),
    emphasis and link marks (**fet**, [text](…)) and tags (<b>) read as characters."""
    for mark in "\\`*_[]":
        text = text.replace(mark, "\\" + mark)
    return html.escape(text, quote=False)


def _cell(text: str) -> str:
    return as_written(text).replace("|", "\\|").replace("\n", " ")


def code_table() -> str:
    """Every code as one Markdown table, for the README (kept in step by a test)."""
    lines = ["| Kod | Nivå | Kategori | Vad det gäller |", "| --- | --- | --- | --- |"]
    for entry in all_codes():
        lines.append(
            f"| {entry.code} | {WORDS[entry.severity].one} | {entry.category.value} "
            f"| {_cell(entry.title)} |"
        )
    return "\n".join(lines) + "\n"
