"""Reviewer reproductions through the real renderers and the site's Markdown setup.

Hostile text goes into content fields, `render_school` writes the pages, and the
pages are rendered with the extensions in mkdocs.yml (superfences with the
diagram fences, emoji with twemoji). Nothing may run script, use a forbidden
link scheme or load from another host.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import markdown
import pytest
from conftest import EXAMPLE_CONTENT, checked_project
from render_html import unsafe_markup

from generator.check.run import check_content
from generator.model import (
    Contact,
    EarlierMeasure,
    EarlierPeriod,
    Guidelines,
    LegalBasis,
    Outcome,
    Project,
    School,
    Status,
    Text,
)
from generator.render.markdown.htmlcheck import unsafe_html
from generator.render.markdown.safety import cell, plain, sanitize
from generator.render.school import render_school
from generator.site.defaults import markdown_extensions
from generator.site.fences import diagram_fences

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = "<img src=x onerror=alert(1)><script>alert(1)</script>"
HOSTILE = [
    f"```\n{PAYLOAD}\n```",
    f"~~~\n{PAYLOAD}\n~~~",
    f"**Orsak:** ```\n{PAYLOAD}\n```",
    f"- punkt\n```\n{PAYLOAD}\n```",
    f"Term\n:   ```\n    {PAYLOAD}\n    ```",
    f" ```\n{PAYLOAD}\n ```",
    f"   ```\n{PAYLOAD}\n   ```",
    f"```\n{PAYLOAD}\n   ```",
    f"```\na\r```\n{PAYLOAD}\n```",
    f"```\nx\r```\r{PAYLOAD}\r\n```",
    f"~~~\rx\r~~~\r{PAYLOAD}\r~~~",
    f"```flode\nrubrik: x\n```\n{PAYLOAD}",
    f"````\n```\n{PAYLOAD}\n````",
    f"> ```\n> {PAYLOAD}\n```\n{PAYLOAD}\n```",
    "hej :a:smile: där",
    ":x:grinning: :+1::-1: a:b:c:smile:",
    "[x][r]\n\n: [r]: javascript:alert(1)",
    "term\n: [r]: javascript:alert(1)\n\n[x][r]",
    "Term\n:   [r]: javascript:alert(1)\n\n[x][r]",
]


def site_markdown() -> markdown.Markdown:
    """A Markdown instance configured as the plugin configures every site."""
    configs = markdown_extensions()
    # As the plugin adds them: fences `trygg check` has not read draw no diagram.
    configs["pymdownx.superfences"] = {"custom_fences": diagram_fences({})}
    return markdown.Markdown(extensions=list(configs), extension_configs=configs)


def site_html(text: str) -> str:
    return site_markdown().convert(text)


def problems(rendered: str) -> list[str]:
    found = unsafe_markup(rendered, allow=frozenset({"svg"})) + unsafe_html(rendered)
    if "cdn.jsdelivr" in rendered or "twemoji" in rendered:
        found.append("emoji picture from a CDN")
    return found


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize(
    "renderer",
    [
        sanitize,
        cell,
        plain,
        lambda t: sanitize(t, headings_from=2),
        lambda t: f"**Orsak:** {sanitize(t)}",
    ],
)
def test_hostile_field_is_inert_with_the_site_extensions(renderer, text: str) -> None:  # type: ignore[no-untyped-def]
    rendered = site_html(renderer(text))
    assert problems(rendered) == [], rendered


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def _hostile_school(school: School, text: str, email: str) -> School:
    plan = school.current_plan
    assert plan is not None and plan.consequence_ladder is not None
    ladder = plan.consequence_ladder
    steps = tuple(dataclasses.replace(step, text=text) for step in ladder.steps)
    analysis = plan.analysis
    causes = tuple(dataclasses.replace(c, cause=text) for c in analysis.causes)
    plan = dataclasses.replace(
        plan,
        vision=Text(text, text, text),  # the adult page, the student pages and the youngest
        guidelines=Guidelines(text, (text,), (text, text), text, structured=True),
        consequence_ladder=dataclasses.replace(ladder, steps=steps),
        analysis=dataclasses.replace(analysis, causes=causes),
        introduction=text,
        legal_basis=(LegalBasis(text, text, text),),
        responsibilities=(("rektor", text), (text, text)),
        evaluation=dataclasses.replace(plan.evaluation, guidelines_and_routines=text),
        routines=dataclasses.replace(plan.routines, detection=text),
    )
    contacts = tuple(dataclasses.replace(c, email=email) for c in school.contacts)
    pages = tuple(dataclasses.replace(p, body=text) for p in school.pages)
    plans = tuple(plan if p.period == plan.period else p for p in school.plans)
    first = plans[0]  # without an earlier plan here, so it shows its account in brief
    told = EarlierPeriod(first.period, (EarlierMeasure("R1", text, text),))
    outcome = Outcome("R1", Status.DONE, text)
    evaluation = dataclasses.replace(first.evaluation, outcomes=(outcome,))
    plans = (dataclasses.replace(first, earlier_period=told, evaluation=evaluation), *plans[1:])
    return dataclasses.replace(
        school, description=text, contacts=contacts, pages=pages, plans=plans
    )


@pytest.mark.parametrize("text", HOSTILE)
def test_render_school_pages_stay_inert(example: Project, text: str) -> None:
    school = example.school("strandskolan")
    assert school is not None
    hostile = _hostile_school(school, text, "x@y.se)<img src=x onerror=alert(1)>(javascript:1")
    files = render_school(example, hostile)
    assert files
    for generated in files:
        if not generated.uri.endswith(".md"):
            continue
        assert isinstance(generated.content, str)
        rendered = site_html(generated.content)
        assert problems(rendered) == [], (generated.uri, rendered)


def test_konsekvenstrappa_step_with_a_fence_is_escaped(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None
    files = render_school(example, _hostile_school(school, f"~~~\n{PAYLOAD}\n~~~", "a@b.se"))
    routines = next(str(f.content) for f in files if "rutiner" in f.uri)
    assert "<script" not in routines and "<img" not in routines
    assert "<pre><code>&#60;img src&#61;x onerror" in routines
    assert problems(site_html(routines)) == []


def test_contact_email_is_escaped_in_student_pages(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None
    email = "a@b.se)[x](javascript:alert(1)"
    contacts = tuple(dataclasses.replace(c, email=email) for c in school.contacts)
    files = render_school(example, dataclasses.replace(school, contacts=contacts))
    pages = "".join(str(f.content) for f in files if f.uri.endswith(".md"))
    assert "(mailto:a@b.se%29%5Bx%5D%28javascript%3Aalert%281%29)" in pages
    for generated in files:
        if generated.uri.endswith(".md"):
            assert isinstance(generated.content, str)
            rendered = site_html(generated.content)
            assert problems(rendered) == [], generated.uri
            assert 'href="javascript' not in rendered


def test_unsafe_html_finds_what_the_renderers_must_not_make() -> None:
    assert unsafe_html('<a href="javascript:alert(1)">x</a>')
    assert unsafe_html('<img src="https://cdn.example/x.svg">')
    assert unsafe_html("<p onclick=x>")
    assert unsafe_html('<a href="https://x.se">x</a><img src="bild.png">') == []


@pytest.mark.parametrize(
    ("path", "occurrence", "value"),
    [
        ("skolor/strandskolan/skola.yml", 0, "a@b.se)(javascript:alert(1)"),
        ("huvudman.yml", 0, "x@y"),
        ("huvudman.yml", 1, "a b@strandvik.se"),
    ],
)
def test_schemas_reject_odd_email_addresses(
    tmp_path: Path, path: str, occurrence: int, value: str
) -> None:
    field = "epost"
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE_CONTENT, content)
    target = content / path
    text = target.read_text(encoding="utf-8")
    lines = text.split("\n")
    found = [i for i, line in enumerate(lines) if line.strip().startswith(f"{field}:")]
    index = found[occurrence]
    head = lines[index].split(f"{field}:")[0]
    lines[index] = f"{head}{field}: '{value}'"
    target.write_text("\n".join(lines), encoding="utf-8")
    report = check_content(content).report
    assert any(p.code == "TP015" and p.location.file.endswith(path) for p in report), (
        report.format_text()
    )


def test_example_contacts_are_unchanged_by_the_email_pattern(example: Project) -> None:
    for school in example.schools:
        for contact in school.contacts:
            assert isinstance(contact, Contact)
            assert "@" in contact.email or not contact.email
