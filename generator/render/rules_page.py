"""The portal's rule page, generated from the code registry (`generator.codes`)."""

from __future__ import annotations

from generator.codes import Category, Code, all_codes

INTRO = """\
# Regler för trygghetsplanerna

trygg kontrollerar att filerna går att läsa och hänger ihop, och varje plan mot
lagens krav, mot de vanligaste misstagen och mot krav på kvalitet, integritet och en
läsbar elevversion. Varje kontroll har en fast kod, en nivå och en källa: lagrummet,
vägledningen eller det innehållsformat som den bygger på.

- **fel** stoppar publiceringen tills det är rättat.
- **varning** visas men stoppar inte.
- **info** är en upplysning, till exempel att en uppgift inte visas på webbplatsen.

Huvudmannen kan stänga av en regel (TP1xx–TP5xx) eller ändra dess nivå i
`huvudman.yml`:

```yaml
regelprofil:
  regler:
    TP204: av        # av, fel, varning eller info
    TP206: fel
```

Reglerna om planens innehåll gäller enhetens senaste plan. Reglerna om integritet
gäller alla filer, även äldre planer.
"""


def _text(text: str) -> str:
    """A registry text as Markdown: its backticks (```arshjul) shown, not read as code."""
    return text.replace("`", "\\`")


def _cell(text: str) -> str:
    return _text(text).replace("|", "\\|").replace("\n", " ")


def _table(rules: list[Code]) -> list[str]:
    lines = ["| Kod | Nivå | Regel | Källa |", "| --- | --- | --- | --- |"]
    for rule in rules:
        link = f"[{rule.code}](#{rule.code.lower()})"
        lines.append(
            f"| {link} | {rule.severity.value} | {_cell(rule.title)} | {_cell(rule.source)} |"
        )
    return lines


def _section(rule: Code) -> list[str]:
    fix = rule.fix[:1].upper() + rule.fix[1:]
    return [
        f'<a id="{rule.code.lower()}"></a>',
        "",
        f"### {rule.code} {_text(rule.title)}",
        "",
        f"**Nivå:** {rule.severity.value}. **Källa:** {rule.source}.",
        "",
        f"**Vad kontrolleras:** {_text(rule.checks)}",
        "",
        f"**Så rättar du:** {_text(fix)}.",
        "",
    ]


def render_rules_page() -> str:
    """Markdown listing every code: its severity, title, source, what it checks, the fix."""
    rules = all_codes()
    lines = [INTRO]
    for category in Category:
        chosen = [r for r in rules if r.category is category]
        if not chosen:
            continue
        lines += [f"## {category.value}", "", *_table(chosen), ""]
        for rule in chosen:
            lines += _section(rule)
    return "\n".join(lines).rstrip() + "\n"


def code_table() -> str:
    """Every code as one Markdown table, for the README (kept in step by a test)."""
    lines = ["| Kod | Nivå | Kategori | Vad det gäller |", "| --- | --- | --- | --- |"]
    for entry in all_codes():
        lines.append(
            f"| {entry.code} | {entry.severity.value} | {entry.category.value} "
            f"| {_cell(entry.title)} |"
        )
    return "\n".join(lines) + "\n"
