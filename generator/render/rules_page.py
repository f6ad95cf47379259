"""The portal's rule page, generated from the code registry (`generator.codes`)."""

from __future__ import annotations

from generator.codes import PLAN_RULES, Code, all_codes

INTRO = """\
# Regler för trygghetsplanerna

trygg kontrollerar varje plan mot lagens krav, mot de vanligaste misstagen och mot
krav på kvalitet och integritet. Varje regel har en fast kod, en nivå och en källa:
lagrummet eller vägledningen som regeln bygger på.

- **fel** stoppar publiceringen tills det är rättat.
- **varning** visas men stoppar inte.
- **info** är en upplysning, till exempel att en uppgift inte visas på webbplatsen.

Huvudmannen kan stänga av en regel eller ändra dess nivå i `huvudman.yml`:

```yaml
regelprofil:
  regler:
    TP204: av        # av, fel, varning eller info
    TP206: fel
```

Reglerna om planens innehåll gäller enhetens senaste plan. Reglerna om integritet
gäller alla filer, även äldre planer.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


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
        f"### {rule.code} {rule.title}",
        "",
        f"**Nivå:** {rule.severity.value}. **Källa:** {rule.source}.",
        "",
        f"**Vad kontrolleras:** {rule.checks}",
        "",
        f"**Så rättar du:** {fix}.",
        "",
    ]


def render_rules_page() -> str:
    """Markdown listing every rule: code, severity, title, source, what it checks, the fix."""
    rules = all_codes()
    lines = [INTRO]
    for category in PLAN_RULES:
        chosen = [r for r in rules if r.category is category]
        if not chosen:
            continue
        lines += [f"## {category.value}", "", *_table(chosen), ""]
        for rule in chosen:
            lines += _section(rule)
    return "\n".join(lines).rstrip() + "\n"
