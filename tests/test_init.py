"""`trygg init`, `trygg ny-skola` and `trygg uppdatera-scheman`: a huvudman's own repo.

Run in-process on a temporary folder: the new repo must check with warnings for every
FYLL I mark and two errors, TP101 until the rektor decides the first plan (an utkast) and
TP311 until skola.yml's first line (the example's) is removed, build, and never
overwrite a file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.check.run import check_content
from generator.cli import fillin, firstdraft, init, starter
from generator.cli.main import main, parser
from generator.clock import reference_date
from generator.codes import withholds
from generator.load.examplefacts import example_facts
from generator.personal_data.fiction import fiction_numbers
from generator.personal_data.phones import national
from generator.problems import Report, Severity


def run(*argv: str) -> int:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    return int(done.value.code or 0)


def decide(plan: Path, rektor: str = "Eva Ek") -> None:
    """The first plan decided the way its rektor does it: `status: beslutad` and `beslut`
    written where the utkast says, every FYLL I left as it stands."""
    text = plan.read_text(encoding="utf-8")
    day = yaml.safe_load(text)["giltighet"]["från"]
    decided = re.sub(
        r"^status: utkast .*\n# beslut: .*$",
        f"status: beslutad\nbeslut: {{datum: {day}, rektor: {rektor}}}",
        text,
        count=1,
        flags=re.MULTILINE,
    )
    assert decided != text
    plan.write_text(decided, encoding="utf-8")


def take_over(school: Path) -> None:
    """A new school's skola.yml made the school's own the way its rektor does it: the
    example's first line removed and every line marked FYLL I written as the school's
    (TP311); its own pages rewritten, their first line (the example's) gone (TP313)."""
    skola = school / "skola.yml"
    first, rest = skola.read_text(encoding="utf-8").split("\n", 1)
    assert first.startswith("# FYLL I: texterna i filen är exempel från trygg.")
    skola.write_text(rest, encoding="utf-8")
    fill_in(skola)
    for page in (school / "sidor").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace(fillin.PAGE_MARK, ""), encoding="utf-8")


def fill_in(file: Path) -> None:
    """Every FYLL I mark in `file` dealt with the way a school does it: a marked example
    value kept as the school's own (its mark removed), a placeholder's words as its text,
    and the example's made-up people and addresses written as the school's (TP316)."""
    text = file.read_text(encoding="utf-8")
    text = re.sub(r"^[ \t]*# FYLL I.*\n", "", text, flags=re.MULTILINE)
    text = re.sub(r"[ \t]+# FYLL I.*$", "", text, flags=re.MULTILINE)
    filled = own_contacts(text.replace("FYLL I: ", ""))
    file.write_text(filled, encoding="utf-8")


def own_contacts(text: str) -> str:
    """The example's made-up e-mail domain and web hosts (`load.examplefacts`) and its
    phone numbers (PTS's series for fiction) replaced by the school's own."""
    for domain in example_facts().domains:
        text = text.replace(domain, "norrvik.se")
    for index, number in reversed(list(fiction_numbers(text))):
        own = f"0611-12 34 {national(number)[-2:]}"
        text = text[:index] + own + text[index + len(number) :]
    return text


def made_own(plan: Path) -> None:
    """A new school made publishable: its first plan filled in and decided, and its
    skola.yml taken over."""
    fill_in(plan)
    decide(plan)
    take_over(plan.parent.parent)


def only_undecided(report: Report, *schools: str) -> bool:
    """Whether the report's only errors are, for each of `schools`, TP101 telling to decide
    its utkast, TP311 telling to write its own skola.yml and TP313 telling to rewrite each
    own page it was given (the example's, still marked at the top)."""
    errors = [p for p in report if p.severity is Severity.ERROR]
    told = sorted(p.location.file for p in errors if "besluta utkastet" in p.hint)
    example = sorted(str(p.location) for p in errors if p.code == "TP311")
    pages = [p for p in errors if p.code == "TP313"]
    skola = sorted(f"content/skolor/{school}/skola.yml" for school in schools)
    others = sorted(p.code for p in errors if p.code != "TP313")
    return (
        others == ["TP101"] * len(schools) + ["TP311"] * len(schools)
        and told == skola
        and example == [f"{file}:1:1" for file in skola]
        and {p.location.file.split("/sidor/")[0] for p in pages}
        == {f"content/skolor/{school}" for school in schools}
        and all(p.message.startswith("sidan är fortfarande trygg:s exempel") for p in pages)
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun")
    argv = ["init", str(root), "--huvudman", "Norrviks kommun", "--skola", "solskolan"]
    assert run(*argv, "--skolnamn", "Solskolan") == 0
    return root


def test_init_writes_a_whole_repo(repo: Path) -> None:
    written = sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file())
    for wanted in [
        ".github/CODEOWNERS", ".github/workflows/trygg.yml", ".gitignore", ".gitlab-ci.yml",
        ".vscode/extensions.json", ".vscode/settings.json", "README.md", "mkdocs.yml",
        "content/huvudman.yml", "content/skolor/solskolan/skola.yml",
        "content/skolor/solskolan/arshjul.yml", "schemas/skola.schema.json",
    ]:  # fmt: skip
        assert wanted in written
    assert any(p.startswith("content/skolor/solskolan/trygghetsplan/") for p in written)
    assert "Norrviks kommun" in (repo / "content/huvudman.yml").read_text(encoding="utf-8")
    assert "Solskolan" in (repo / "content/skolor/solskolan/skola.yml").read_text(encoding="utf-8")


def test_git_leaves_out_what_the_builds_write(repo: Path, tmp_path: Path) -> None:
    """The output, the drafts' preview (never to be published), the cache and the work
    folders beside them are ignored by the .gitignore that init writes."""
    import subprocess

    from generator.build.publish import WORK, work_folder

    shutil.copytree(repo, tmp_path / "repo")
    git = ["git", "-C", str(tmp_path / "repo")]
    subprocess.run([*git, "init", "-q"], check=True)
    built = ["site/index.html", "site-utkast/solskolan/index.html", ".trygg-cache/x"]
    for out in ("site", "site-utkast"):
        built.append(work_folder(Path(out), WORK).as_posix() + "/index.html")
    ignored = subprocess.run(
        [*git, "check-ignore", "--no-index", *built], capture_output=True, text=True, check=False
    ).stdout.split()
    assert sorted(ignored) == sorted(built)


def test_the_new_repo_checks_with_fill_in_warnings_until_the_plan_is_decided(
    repo: Path, tmp_path: Path
) -> None:
    report = check_content(repo / "content").report
    assert only_undecided(report, "solskolan"), report.format_text()
    readme = " ".join((repo / "README.md").read_text(encoding="utf-8").split())
    assert "ett utkast ger bara varningar" not in readme  # TP101 is an error: it says so
    assert "ger `trygg check` också felet TP101" in readme
    marks = [p for p in report if p.code == "TP304"]
    assert len(marks) > 10 and all(p.severity is Severity.WARNING for p in marks)
    # last period's measure still to be written is no other measure under the same id
    assert "TP059" not in {p.code for p in report}
    assert {p.location.file for p in marks} >= {
        "content/huvudman.yml",
        "content/skolor/solskolan/skola.yml",
    }
    assert run("check", str(repo / "content"), "--strict") == 1
    shutil.copytree(repo / "content", tmp_path / "content")
    [plan] = (tmp_path / "content/skolor/solskolan/trygghetsplan").glob("*.yml")
    made_own(plan)
    assert not check_content(tmp_path / "content").report.has_errors
    assert run("check", str(tmp_path / "content")) == 0


def test_the_examples_mail_domains_are_marked_with_what_they_do(repo: Path) -> None:
    """Left as the example's, the domains made the rektor's own addresses TP402 warnings
    naming "huvudmannens domäner (strandvik.se)" with no word of where they came from."""
    report = check_content(repo / "content").report
    [told] = [p for p in report if p.code == "TP304" and "(tillåtna_epostdomäner)" in p.message]
    text = (repo / "content/huvudman.yml").read_text(encoding="utf-8").splitlines()
    assert text[told.location.line - 1].startswith("tillåtna_epostdomäner: [strandvik.se]  #")
    assert told.message == (
        "inte ifyllt ännu (tillåtna_epostdomäner): era egna e-postdomäner, utan @; de här är "
        "exemplets, och adresser på andra domäner ger varningen TP402"
    )


def test_a_files_fill_in_marks_after_the_first_three_are_one_line_in_the_terminal(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rektor's own findings are not lost among dozens of FYLL I lines; the summary
    still counts every warning."""
    report = check_content(repo / "content").report
    school = "content/skolor/solskolan/skola.yml"
    in_school = [p for p in report if p.code == "TP304" and p.location.file == school]
    assert len(in_school) > 4
    capsys.readouterr()
    run("check", str(repo / "content"))
    out = capsys.readouterr().out.splitlines()
    shown = [line.split(": varning")[0] for line in out if f"{school}:" in line and "TP304" in line]
    assert len(shown) == 4
    assert all(line.endswith(str(p.location)) for line, p in zip(shown, in_school, strict=False))
    rest = f"{len(in_school) - 3} ställen till i filen är markerade FYLL I"
    assert [line for line in out if rest in line]
    assert f"3 fel, {report.count(Severity.WARNING)} varningar." in out
    # The fix of a FYLL I mark is said once, not on each of the marks' lines.
    fix = "skriv er egen uppgift eller text (skolans eller huvudmannens)"
    marks = [line for line in out if " TP304 " in line]
    assert len(marks) > 10 and sum(fix in line for line in marks) == 1
    assert all(" fel " not in line or " – " in line for line in out)  # an error says how


def test_the_readme_lists_every_command_a_huvudman_runs(repo: Path) -> None:
    """The README `trygg init` writes names each command (`init` has been run), and only
    commands that exist."""
    commands = next(
        a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)
    ).choices
    named = {command.prog.split()[-1] for command in commands.values()}  # not the aliases
    readme = (repo / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `trygg ([a-zåäö-]+)", readme, re.MULTILINE))
    assert listed == named - {"init"}
    assert "trygg ny-period <skola>" in readme and "## Årets arbete med planen" in readme


def test_generated_files_are_valid_and_name_no_example(repo: Path) -> None:
    for name in [".github/workflows/trygg.yml", ".gitlab-ci.yml", "mkdocs.yml"]:
        text = (repo / name).read_text(encoding="utf-8")
        assert "$" not in text.replace("${{", "").replace("$CI_", "").replace("$TRYGG", "")
        if name != "mkdocs.yml":  # mkdocs.yml has MkDocs' own !ENV tag
            yaml.safe_load(text)
    owners = (repo / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "/mkdocs.yml" in owners and "/.github/" in owners and "/.gitlab-ci.yml" in owners
    settings = (repo / ".vscode/settings.json").read_text(encoding="utf-8")
    for schema in ["huvudman", "skola", "trygghetsplan", "arshjul"]:
        assert (repo / f"schemas/{schema}.schema.json").is_file() and schema in settings
    organiser = (repo / "content/huvudman.yml").read_text(encoding="utf-8")
    assert "tillåtna_epostdomäner: [strandvik.se]  # FYLL I" in organiser
    assert "\nwebbplats:" not in organiser  # never the example's host: the user's to fill in


def test_init_never_overwrites(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    assert run("init", str(repo), "--huvudman", "Annan kommun") == 1
    err = capsys.readouterr().err
    assert "README.md" in err and "skrivs inte över" in err
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before
    assert not (repo / "content/skolor/min-skola").exists()  # nothing, not even what was free


def test_init_names_a_content_folder_already_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another repo's content is named as one folder, with the other files there, in
    order; init adds nothing to it, even when none of its own files would clash."""
    own = tmp_path / "content/skolor/ekbacken/skola.yml"
    own.parent.mkdir(parents=True)
    own.write_text("namn: Ekbacken\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Vårt förråd\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert run("init", str(tmp_path)) == 1
    err = capsys.readouterr().err
    listed = [line.strip() for line in err.splitlines() if line.startswith("  ")]
    assert listed == ["content/", "mkdocs.yml", "README.md"]
    assert "trygg ny-skola" in err
    (tmp_path / "README.md").unlink()
    (tmp_path / "mkdocs.yml").unlink()
    assert run("init", str(tmp_path)) == 1
    assert not (tmp_path / "content/huvudman.yml").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content"]


def test_init_fills_an_empty_content_folder(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    assert run("init", str(tmp_path)) == 0
    assert (tmp_path / "content/huvudman.yml").is_file()


def test_ny_skola_adds_nothing_to_a_school_folder_already_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("init", str(tmp_path)) == 0
    page = tmp_path / "content/skolor/egen/sidor/om-oss.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Om oss\n", encoding="utf-8")
    assert run("ny-skola", "egen", "--innehall", str(tmp_path / "content")) == 1
    assert "  skolor/egen/\n" in capsys.readouterr().err
    assert not (tmp_path / "content/skolor/egen/skola.yml").exists()


def test_a_second_school(tmp_path: Path) -> None:
    assert run("init", str(tmp_path)) == 0
    content = tmp_path / "content"
    assert run("ny-skola", "bjorkskolan", "--namn", "Björkskolan", "--innehall", str(content)) == 0
    assert "Björkskolan" in (content / "skolor/bjorkskolan/skola.yml").read_text(encoding="utf-8")
    report = check_content(content).report
    assert only_undecided(report, "min-skola", "bjorkskolan"), report.format_text()
    assert run("ny-skola", "bjorkskolan", "--innehall", str(content)) == 1
    assert run("ny-skola", "Fel Namn", "--innehall", str(content)) == 2


@pytest.mark.parametrize(
    ("template", "forms"), [("7-9", "grundskola"), ("f-9", "fritidshem"), ("förskola", "förskola")]
)
def test_a_school_of_another_kind(template: str, forms: str, tmp_path: Path) -> None:
    assert run("init", str(tmp_path)) == 0
    content = tmp_path / "content"
    written = template.upper().replace("Ö", "O")  # as a user may type it: F-6, FORSKOLA
    argv = ["ny-skola", "hagen", "--namn", "Hagens enhet", "--mall", written]
    assert run(*argv, "--innehall", str(content)) == 0
    school = content / "skolor/hagen"
    skola = yaml.safe_load((school / "skola.yml").read_text(encoding="utf-8"))
    assert skola["namn"] == "Hagens enhet" and forms in skola["skolformer"]
    assert not (school / "rapporter").exists()  # the example's reports are not the school's
    example = starter.SCHOOL_TEMPLATES[template]
    for path in school.rglob("*.*"):
        text = path.read_text(encoding="utf-8")
        assert not any(name in text for name in (*example.names, *example.genitives)), path
    report = check_content(content).report
    assert only_undecided(report, "min-skola", "hagen"), report.format_text()
    assert any(p.code == "TP304" and "skolor/hagen/" in p.location.file for p in report)
    for plan in content.glob("skolor/*/trygghetsplan/*.yml"):
        made_own(plan)
    report = check_content(content).report
    assert not report.has_errors, report.format_text()


def _pages(content: Path) -> dict[str, str]:
    from generator.render.site import site_for

    checked = check_content(content)
    site = site_for(checked, "min-skola", content, today=reference_date())
    return {f.uri: str(f.content) for f in site.files if f.uri.endswith(".md")}


@pytest.mark.parametrize("template", list(starter.SCHOOL_TEMPLATES))
def test_a_new_schools_plan_is_published_only_when_its_rektor_decides_it(
    template: str, tmp_path: Path
) -> None:
    """The first plan is an utkast: the site says that the plan is missing and that the
    school works on one. Neither then nor once the rektor has decided it does a page give
    the example's decision or what the example's kartläggning found as the school's."""
    assert run("init", str(tmp_path), "--mall", template) == 0
    content = tmp_path / "content"
    example = starter._example_plan(starter.SCHOOL_TEMPLATES[template])
    found = [" ".join(str(m["resultat"]).split())[:40] for m in example["kartläggning"]["metoder"]]
    found += [f"{f['text']}"[:40] for f in example["kartläggning"]["fynd"]]
    found += [" ".join(str(t).split())[:40] for t in example["kartläggning"]["täckning"].values()]
    found += [str(g["målnivå"]) for g in example["mål"] if "(" in str(g["målnivå"])]  # baselines
    take_over(content / "skolor/min-skola")  # until then no page at all (TP311)
    draft = _pages(content)
    assert "trygghetsplan/index.md" not in draft
    assert "Trygghetsplan saknas" in draft["index.md"]
    assert re.search(r"(Skolan|Förskolan) arbetar med en plan", draft["index.md"])
    [plan] = (content / "skolor/min-skola/trygghetsplan").glob("*.yml")
    written = plan.read_text(encoding="utf-8")  # the example's findings stay, as comments
    assert f"{firstdraft.EXAMPLE}\n      # resultat:" in written
    decide(plan)  # decided with the template's FYLL I still in it: no page shows it
    [unfilled] = [p for p in check_content(content).report if p.code == "TP127"]
    assert unfilled.severity is Severity.ERROR and withholds(unfilled)
    assert "trygghetsplan/index.md" not in _pages(content)  # the errors' page instead
    fill_in(plan)
    decided = _pages(content)
    page = decided["trygghetsplan/index.md"]
    assert "av rektor Eva Ek" in page and "Ej angivet" not in page
    assert "FYLL I" not in page
    for pages in (draft, decided):
        published = " ".join(" ".join(pages.values()).split())
        assert f"av rektor {example['beslut']['rektor']}" not in published
        assert not [text for text in found if text in published]


def test_every_example_school_starts_in_the_same_period() -> None:
    """`starter.years_to_shift` moves every template's dates by one example plan's."""
    plans = [starter._example_plan(t) for t in starter.SCHOOL_TEMPLATES.values()]
    assert len({(str(p["beslut"]["datum"]), str(p["giltighet"])) for p in plans}) == 1


def test_new_files_are_never_written_through_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link committed to the repo cannot make ny-skola or uppdatera-scheman write a file
    of the machine: a folder linked out, a dangling link, a schema file linked out."""
    assert run("init", str(tmp_path / "repo")) == 0
    repo, outside = tmp_path / "repo", tmp_path / "utanför"
    outside.mkdir()
    (repo / "content/skolor/ut").symlink_to(outside, target_is_directory=True)
    assert run("ny-skola", "ut", "--innehall", str(repo / "content")) == 1
    (repo / "content/skolor/dinglar").mkdir()
    (repo / "content/skolor/dinglar/skola.yml").symlink_to(outside / "skola.yml")
    assert run("ny-skola", "dinglar", "--innehall", str(repo / "content")) == 1
    assert "utanför" in capsys.readouterr().err and list(outside.iterdir()) == []
    precious = outside / "viktig.txt"
    precious.write_text("viktig", encoding="utf-8")
    (repo / "schemas/skola.schema.json").unlink()
    (repo / "schemas/skola.schema.json").symlink_to(precious)
    assert run("uppdatera-scheman", str(repo)) == 0
    assert precious.read_text(encoding="utf-8") == "viktig"  # the link was replaced
    assert not (repo / "schemas/skola.schema.json").is_symlink()
    shutil.rmtree(repo / "schemas")
    (repo / "schemas").symlink_to(outside, target_is_directory=True)
    assert run("uppdatera-scheman", str(repo)) == 1
    assert sorted(p.name for p in outside.iterdir()) == ["viktig.txt"]


def test_a_schema_file_that_cannot_be_replaced_is_one_swedish_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("init", str(tmp_path / "repo")) == 0
    schemas = tmp_path / "repo" / "schemas"
    (schemas / "skola.schema.json").unlink()
    (schemas / "skola.schema.json").mkdir()  # a folder where the file goes
    assert run("uppdatera-scheman", str(tmp_path / "repo")) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("trygg: fel: ") and "skola.schema.json är ingen vanlig fil" in line
    assert sorted(p.name for p in schemas.iterdir() if p.name.startswith(".")) == []
    shutil.rmtree(schemas)
    schemas.symlink_to("ingenstans")
    assert run("uppdatera-scheman", str(tmp_path / "repo")) == 1
    assert "till ingenting" in capsys.readouterr().err
    schemas.unlink()
    schemas.write_text("x", encoding="utf-8")
    assert run("uppdatera-scheman", str(tmp_path / "repo")) == 1
    assert "är ingen mapp" in capsys.readouterr().err
    assert run("uppdatera-scheman", str(tmp_path / "finns-inte")) == 2
    assert "finns inte" in capsys.readouterr().err and not (tmp_path / "finns-inte").exists()


def test_a_plan_that_is_not_yaml_or_utf8_stops_ny_period_in_swedish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("init", str(tmp_path / "repo")) == 0
    content = tmp_path / "repo" / "content"
    [plan] = (content / "skolor/min-skola/trygghetsplan").glob("*.yml")
    plan.write_bytes(plan.read_bytes() + b"m\xe5l: [\n")
    assert run("ny-period", "min-skola", "--innehåll", str(content)) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("trygg: fel: ") and "UTF-8" in line
    plan.write_bytes(plan.read_bytes().replace(b"m\xe5l", "mål".encode()))
    assert run("ny-period", "min-skola", "--innehåll", str(content)) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert "kan inte läsas som YAML" in line and f"{plan.name}:" in line


def test_the_first_plan_is_in_force_on_any_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The example's dates move with the day of init; once decided, nothing about dates
    is an error. In July it is still the ending läsår's plan, in force that day: a plan
    for the coming läsår (`load.schoolyears`) from then on would be too long (TP102)."""
    days = [dt.date(2027, 9, 1), dt.date(2029, 3, 15), dt.date(2027, 8, 16)]
    for day in [*days, dt.date(2027, 7, 1), dt.date(2027, 7, 31)]:
        epoch = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()
        monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(epoch)))  # the suite's day after it
        root = tmp_path / day.isoformat()
        assert run("init", str(root)) == 0
        [plan] = (root / "content/skolor/min-skola/trygghetsplan").glob("*.yml")
        made_own(plan)
        report = check_content(root / "content", today=day).report
        assert not report.has_errors, report.format_text()


def test_schemas_are_refreshed(repo: Path) -> None:
    (repo / "schemas/skola.schema.json").write_text("{}", encoding="utf-8")
    assert run("uppdatera-scheman", str(repo)) == 0
    assert (repo / "schemas/skola.schema.json").read_text(encoding="utf-8") != "{}"


def test_version_and_a_commands_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version") == 0
    assert capsys.readouterr().out.startswith("trygg ")
    assert run("build", "--nope") == 2
    err = capsys.readouterr().err
    assert err.startswith("användning: trygg build") and "okända argument: --nope" in err
    assert run("check", "--help") == 0
    assert "slutkoder:\n  0    inga fel" in capsys.readouterr().out
    assert run("init", "--help") == 0
    assert "1    en fil fanns redan" in capsys.readouterr().out


def test_one_swedish_line_for_a_missing_or_broken_setup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", str(tmp_path / "content")) == 2
    assert (
        "mappen" in capsys.readouterr().err
        and "trygg init" in capsys.readouterr().err + "trygg init"
    )
    assert run("init", str(tmp_path)) == 0
    capsys.readouterr()
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "  - ingen-sadan-plugin\n", encoding="utf-8"
    )
    assert run("build", "--config", str(config), "--out", str(tmp_path / "site")) == 2
    error = capsys.readouterr().err
    assert error.startswith("trygg: fel: ") and "Traceback" not in error
    assert "MkDocs kan inte läsa inställningen plugins → ingen-sadan-plugin" in error
    assert len(error.strip().splitlines()) == 1


def test_check_says_when_the_schemas_are_old(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "schemas/sida.schema.json").write_text("{}", encoding="utf-8")
    try:
        run("check", str(repo / "content"))
        assert "kör trygg uppdatera-scheman" in capsys.readouterr().err
    finally:
        run("uppdatera-scheman", str(repo))


FIXTURE = Path(__file__).parent / "rules" / "fixture" / "content"


def older_content(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the fixture content and its huvudman.yml as written before
    `innehållsformat` was stated (the text, not yet written to the copy)."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    text = (content / "huvudman.yml").read_text(encoding="utf-8")
    return content, text.replace("innehållsformat: 2\n", "")


def test_old_content_is_read_then_upgraded_keeping_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, old = older_content(tmp_path)
    organiser = content / "huvudman.yml"
    old = old.replace("min_antal_svar: 5", "min_antal_svar: 3  # små skolor")
    organiser.write_text(old, encoding="utf-8")
    assert "TP019" in {p.code for p in check_content(content).report}  # 3 is below the floor
    organiser.write_text(old.replace("min_antal_svar: 3", "min_antal_svar: 5"), encoding="utf-8")
    [stated] = [p for p in check_content(content).report if p.code == "TP056"]
    assert stated.severity is Severity.WARNING and "trygg uppgradera" in stated.hint
    organiser.write_text(old, encoding="utf-8")
    assert run("uppgradera", str(content)) == 0
    assert "min_antal_svar höjdes från 3 till 5" in capsys.readouterr().out
    new = organiser.read_text(encoding="utf-8")
    assert "min_antal_svar: 5  # små skolor" in new and new.startswith("# yaml-language-server")
    assert {"TP056", "TP019"}.isdisjoint(p.code for p in check_content(content).report)
    assert run("uppgradera", str(content)) == 0
    assert "inget att skriva om" in capsys.readouterr().out


def test_upgrade_points_an_old_docs_dir_at_the_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A project from before mkdocs-tom/: its `docs_dir: content` is refused by every
    build (an engine without trygg published the content as it stood); `trygg
    uppgradera` rewrites that one line and keeps the rest of mkdocs.yml as written."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: Skolorna\ndocs_dir: 'content'  # sidorna\nplugins:\n  - trygg\n",
        encoding="utf-8",
    )
    assert run("uppgradera", str(content)) == 0
    out = capsys.readouterr().out
    assert "docs_dir: 'content' blev docs_dir: mkdocs-tom" in out
    assert config.read_text(encoding="utf-8") == (
        "site_name: Skolorna\ndocs_dir: mkdocs-tom  # sidorna\nplugins:\n  - trygg\n"
    )
    assert (tmp_path / "mkdocs-tom" / ".gitkeep").is_file()
    assert run("uppgradera", str(content)) == 0
    assert "docs_dir" not in capsys.readouterr().out  # done once


def test_upgrade_leaves_a_docs_dir_elsewhere_and_a_linked_mkdocs_yml_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    elsewhere = tmp_path / "annan.yml"
    elsewhere.write_text("site_name: x\ndocs_dir: content\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").symlink_to(elsewhere)
    assert run("uppgradera", str(content)) == 0
    assert elsewhere.read_text(encoding="utf-8") == "site_name: x\ndocs_dir: content\n"
    (tmp_path / "mkdocs.yml").unlink()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\ndocs_dir: sidor\n", encoding="utf-8")
    assert run("uppgradera", str(content)) == 0
    assert "docs_dir: sidor" in (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    assert not (tmp_path / "mkdocs-tom").exists()
    capsys.readouterr()


def test_upgrade_never_writes_through_a_link_out_of_the_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, old = older_content(tmp_path)
    organiser, outside = content / "huvudman.yml", tmp_path / "utanför.yml"
    outside.write_text(old.replace("min_antal_svar: 5", "min_antal_svar: 3"), encoding="utf-8")
    organiser.unlink()
    organiser.symlink_to(outside)
    assert run("uppgradera", str(content)) == 1
    assert "utanför innehållet när symboliska länkar följs" in capsys.readouterr().err
    assert "min_antal_svar: 3" in outside.read_text(encoding="utf-8")  # untouched
    organiser.unlink()
    organiser.write_text(old, encoding="utf-8")
    school = next((content / "skolor").iterdir())
    secret = tmp_path / "hemlig.yml"  # what the upgrade would print of a plan it read
    secret.write_text("rutiner: {kontaktpersoner: [HEMLIG 070-1234567]}\n", encoding="utf-8")
    (school / "trygghetsplan" / "2030-31.yml").symlink_to(secret)
    assert run("uppgradera", str(content)) == 1
    out, err = capsys.readouterr()
    assert "2030-31.yml" in err and "HEMLIG" not in out + err
    assert organiser.read_text(encoding="utf-8") == old  # nothing written


def test_upgrade_of_a_file_that_is_not_yaml_is_one_swedish_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, old = older_content(tmp_path)
    (content / "huvudman.yml").write_text(old, encoding="utf-8")
    school = next((content / "skolor").iterdir())
    (school / "skola.yml").write_text("namn: [trasig\n", encoding="utf-8")
    assert run("uppgradera", str(content)) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("trygg: fel: ") and "skola.yml:2:1" in line and "YAML" in line


def test_content_for_a_newer_trygg_is_an_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    organiser = content / "huvudman.yml"
    text = organiser.read_text(encoding="utf-8").replace("innehållsformat: 2", "innehållsformat: 9")
    organiser.write_text(text, encoding="utf-8")
    [problem] = [p for p in check_content(content).report if p.code == "TP056"]
    assert problem.severity is Severity.ERROR and "format 9" in problem.message
    assert run("uppgradera", str(content)) == 1


def test_upgrade_to_format_2_turns_contact_lines_into_roles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    organiser = content / "huvudman.yml"
    text = organiser.read_text(encoding="utf-8").replace("innehållsformat: 2", "innehållsformat: 1")
    old_list = "kontaktpersoner: [Rektor, Mentor, Kurator, Skolsköterska, Trygghetsteamet]"
    written = (
        "kontaktpersoner:  # vem man kan vända sig till\n"
        "    - rektor\n    - Mentor\n    - Kurator Kim Ek, 070-123 45 67\n"
        "    - Elevombudet\n    - Trygghetsteamet"
    )
    organiser.write_text(text.replace(old_list, written), encoding="utf-8")
    assert "TP057" in {p.code for p in check_content(content).report}
    assert run("uppgradera", str(content)) == 0
    out = capsys.readouterr().out
    assert "'rektor' hänvisar nu till rollen 'Rektor' i skola.yml" in out
    assert (
        "'Kurator Kim Ek, 070-123 45 67' hänvisar nu till rollen 'Kurator' i skola.yml; "
        "kontrollera att namn och telefon som stod här finns där"
    ) in out
    line = text.replace(old_list, written).splitlines().index("    - Elevombudet") + 1
    assert (
        f"content/huvudman.yml:{line}: 'Elevombudet' skrevs inte om: det är ingen roll under "
        "kontakter i skola.yml för ekbackens-skola"
    ) in out
    new = organiser.read_text(encoding="utf-8")
    assert "innehållsformat: 2" in new and "# vem man kan vända sig till" in new
    assert "    - Rektor\n    - Mentor\n    - Kurator\n    - Elevombudet\n" in new
    [left] = [p for p in check_content(content).report if p.code == "TP057"]
    assert "'Elevombudet'" in left.message


def test_upgrade_to_format_2_checks_a_plans_own_list_against_its_school(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    organiser = content / "huvudman.yml"
    text = organiser.read_text(encoding="utf-8").replace("innehållsformat: 2", "innehållsformat: 1")
    organiser.write_text(text, encoding="utf-8")
    plan = content / "skolor/ekbackens-skola/trygghetsplan/2026-27.yml"
    own = 'rutiner:\n  kontaktpersoner: [KURATOR, "Rektor Maria, 0480-1"]  # egna\n'
    plan.write_text(plan.read_text(encoding="utf-8") + own, encoding="utf-8")
    assert run("uppgradera", str(content)) == 0
    assert "'KURATOR' hänvisar nu till rollen 'Kurator'" in capsys.readouterr().out
    assert plan.read_text(encoding="utf-8").endswith(
        "rutiner:\n  kontaktpersoner: [Kurator, Rektor]  # egna\n"
    )
    assert "TP057" not in {p.code for p in check_content(content).report}


def test_the_readme_says_how_to_make_pdfs(tmp_path: Path) -> None:
    assert run("init", str(tmp_path), "--installera", "trygg==9.9") == 0
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    section = readme.split("## PDF av planerna\n")[1].split("\n## ")[0]
    assert 'pip install "trygg[pdf]==9.9"' in section
    assert "libpango-1.0-0" in section and "brew install pango" in section
    assert "--utan-pdf" in section and "TRYGG_UTAN_PDF=1" in section


@pytest.mark.parametrize(
    ("spec", "with_pdf"),
    [
        ("trygg==0.1.0", "trygg[pdf]==0.1.0"),
        (
            "trygg @ git+https://git.example/trygg@v0.1.0",
            "trygg[pdf] @ git+https://git.example/trygg@v0.1.0",
        ),
        ("./dist/trygg-0.1.0-py3-none-any.whl", "./dist/trygg-0.1.0-py3-none-any.whl[pdf]"),
        (
            "https://x.example/trygg-0.1.0-py3-none-any.whl",
            "trygg[pdf] @ https://x.example/trygg-0.1.0-py3-none-any.whl",
        ),
    ],
)
def test_the_pdf_requirement_is_the_same_trygg(spec: str, with_pdf: str) -> None:
    assert init.with_pdf(spec) == with_pdf


def test_gitlabs_content_check_never_stops_the_other_schools_publishing(repo: Path) -> None:
    # A failed job in an earlier stage stops GitLab's later stages: with content errors in
    # one school (or a new school's undecided plan, TP101) nothing would be published.
    pipeline = yaml.safe_load((repo / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert pipeline["kontroll"]["allow_failure"] == {"exit_codes": [1]}
    assert pipeline["del"]["allow_failure"] == {"exit_codes": [1]}
    assert pipeline["pages"]["needs"] == ["del"]
