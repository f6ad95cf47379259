"""TP1xx: the legal rules, each with a case that triggers it (the clean fixture is the other)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from ruletools import (
    CYCLE,
    ORGANISER,
    PLAN,
    PREVIOUS,
    SCHOOL,
    SCHOOL_DIR,
    Tree,
    fixture_at,
    locations,
    model_problems,
    plan,
    project,
    triggers,
    with_plan,
    with_routines,
)

from generator.codes import withholds
from generator.load.dates import exact
from generator.model import MeasureKind, Project
from generator.model.evaluation import Status
from generator.problems import Severity


@triggers("TP101")
def test_a_unit_without_a_plan_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(PLAN).unlink()
    tree.path(PREVIOUS).unlink()
    [problem] = tree.problems("TP101")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == f"{SCHOOL}:2:1"
    assert problem.message == "Ekbackens skola har ingen trygghetsplan"
    assert problem.hint == (
        "skapa content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml; trygg ny-period "
        "ekbackens-skola gör ett utkast att utgå från"
    )
    assert problem.source == "SL 6 kap. 8 §"


def test_an_expired_plan_is_an_error_that_never_withholds_the_site(tmp_path: Path) -> None:
    """No plan in force is TP101 whatever the reason, also an expired plan; it depends on
    the day, so the plan stays published (with a notice), and TP114 only warns before."""
    tree = Tree(tmp_path)
    today = dt.date(2027, 9, 1)
    [problem] = tree.problems("TP101", today=today)
    assert problem.severity is Severity.ERROR and not withholds(problem)
    assert str(problem.location) == fixture_at(PLAN, "2027-08-15")
    assert problem.message == (
        "ingen plan gäller i dag (2027-09-01); planen för läsåret 2026/27 gick ut 2027-08-15, "
        "och ingen nyare plan är beslutad"
    )
    assert problem.hint == "börja en plan med trygg ny-period ekbackens-skola och besluta den"
    assert tree.problems("TP114", today=today) == []


def test_a_long_expired_plan_is_told_to_start_the_period_the_school_is_in(
    tmp_path: Path,
) -> None:
    """ny-period makes the period after the newest plan by default; a year later that
    period is over too, so the hint names the one the school is in."""
    tree = Tree(tmp_path)
    [problem] = tree.problems("TP101", today=dt.date(2028, 9, 1))
    assert problem.hint == (
        "börja en plan med trygg ny-period ekbackens-skola --period 2028-29 och besluta den"
    )


def _only_draft(tree: Tree) -> None:
    """The school's one plan file: an utkast for läsåret 2026/27 (to 2027-08-15)."""
    tree.path(PREVIOUS).unlink()
    tree.edit(PLAN, "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}", "status: utkast")


def test_an_utkast_that_can_still_come_into_force_is_the_fix(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _only_draft(tree)
    [problem] = tree.problems("TP101", today=dt.date(2027, 8, 1))
    assert problem.message == "Ekbackens skola har ingen beslutad trygghetsplan"
    assert problem.hint.startswith("besluta utkastet till planen för läsåret 2026/27 (status:")
    assert PLAN not in problem.hint  # the public granskning shows hints: no utkast's file


def test_an_utkast_for_an_ended_period_is_no_fix_and_never_expires(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _only_draft(tree)
    found = [p for p in tree.check(dt.date(2027, 9, 1)).report if p.code in ("TP101", "TP114")]
    assert [(str(p.location), p.code) for p in found] == [(f"{SCHOOL}:2:1", "TP101")]
    assert found[0].hint == (
        "börja en plan med trygg ny-period ekbackens-skola --period 2027-28 och besluta den"
    )


@triggers("TP114")
@pytest.mark.parametrize(
    ("today", "warned"),
    [(dt.date(2027, 6, 15), False), (dt.date(2027, 6, 16), True), (dt.date(2027, 8, 15), True)],
)
def test_expiry_warns_from_60_days_before(tmp_path: Path, today: dt.date, warned: bool) -> None:
    found = Tree(tmp_path).problems("TP114", today=today)
    assert [p.message for p in found] == (
        ["planen går ut 2027-08-15, och ingen nyare plan är beslutad"] if warned else []
    )


def test_a_gap_before_the_next_plan_is_reported() -> None:
    later = with_plan(valid_from=dt.date(2026, 12, 1))
    [problem] = model_problems("TP101", later)
    assert "ingen plan gäller i dag (2026-11-25); nästa börjar gälla 2026-12-01" in problem.message


def test_a_first_plan_that_has_not_started_is_told_no_earlier_plan_can_be_extended() -> None:
    model = with_plan(valid_from=dt.date(2026, 12, 1), decided_on=dt.date(2026, 12, 1))
    school = model.schools[0]
    first_only = dataclasses.replace(
        model, schools=(dataclasses.replace(school, plans=school.plans[-1:]),)
    )
    [problem] = model_problems("TP101", first_only)
    assert "förra planen" not in problem.hint and "beslutsdagen" not in problem.hint
    [gap] = model_problems("TP101", with_plan(valid_from=dt.date(2026, 12, 1)))
    assert "låt den förra planen gälla tills den här börjar" in gap.hint


def test_expiry_with_an_utkast_asks_for_its_decision_not_a_new_period() -> None:
    model = project()
    school = model.schools[0]
    current = school.plans[-1]
    draft = dataclasses.replace(
        current,
        draft=True,
        decided_on=None,
        source="utkast.yml",
        valid_from=dt.date(2027, 8, 16),
        valid_to=dt.date(2028, 8, 13),
    )
    drafting = dataclasses.replace(model, schools=(dataclasses.replace(school, drafts=(draft,)),))
    [problem] = model_problems("TP114", drafting, today=dt.date(2027, 8, 1))
    assert problem.hint.startswith("besluta utkastet till nästa plan i tid")
    assert "utkast.yml" not in problem.hint  # the public granskning shows hints
    assert "låt det gälla från" not in problem.hint  # it starts the day after


def test_expiry_with_an_utkast_that_starts_late_asks_for_the_day_after() -> None:
    model = project()
    school = model.schools[0]
    draft = dataclasses.replace(
        school.plans[-1],
        draft=True,
        decided_on=None,
        valid_from=dt.date(2027, 12, 4),
        valid_to=dt.date(2028, 8, 15),
    )
    drafting = dataclasses.replace(model, schools=(dataclasses.replace(school, drafts=(draft,)),))
    [problem] = model_problems("TP114", drafting, today=dt.date(2027, 6, 16))
    assert problem.hint == (
        "besluta utkastet till nästa plan i tid (status: beslutad och beslut), och låt det "
        "gälla från 2027-08-16"
    )


def test_the_plan_in_force_passes() -> None:
    assert model_problems("TP101", project()) == []


@triggers("TP102")
def test_a_plan_valid_for_two_years_is_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "till: 2027-08-15", "till: 2028-08-15")
    [problem] = tree.problems("TP102")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "2028-08-15")
    assert problem.message == "planen gäller i 23 månader; en ny plan ska upprättas varje år"


def test_validity_outside_the_period_in_the_file_name() -> None:
    moved = with_plan(valid_from=dt.date(2028, 8, 17), valid_to=dt.date(2029, 8, 15))
    messages = [p.message for p in model_problems("TP102", moved)]
    assert messages == [
        "giltigheten börjar 17 augusti 2028, efter läsåret 2026/27, som filnamnet anger "
        "(1 augusti 2026–31 juli 2027)"
    ]


@triggers("TP103")
def test_a_role_instead_of_the_rektors_name(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "rektor: Maria Lindqvist", "rektor: Rektor")
    [problem] = tree.problems("TP103")
    assert str(problem.location) == tree.at(PLAN, "Rektor}")
    assert problem.field == "beslut.rektor"
    assert problem.message == "beslut.rektor ska vara rektorns namn, inte 'Rektor'"


@triggers("TP123")
def test_a_decision_dated_after_today_is_not_published_as_taken(tmp_path: Path) -> None:
    """Written in November for a meeting in December: until then the plan is an utkast,
    or the site would say the rektor had decided it."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "beslut: {datum: 2026-12-01")
    [problem] = tree.problems("TP123")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "2026-12-01")
    assert problem.message == (
        "beslutet är daterat 2026-12-01, efter i dag (2026-11-25): webbplatsen skulle visa "
        "planen som beslutad innan rektor har beslutat den"
    )
    assert "status: utkast" in problem.hint
    assert tree.problems("TP103") == [] and tree.problems("TP124") == []
    assert tree.problems("TP123", today=dt.date(2026, 12, 1)) == []


def test_a_coming_plan_decided_ahead_is_told_too() -> None:
    """Decided in June for August is in order, once June has come; checked in May it is not."""
    model = project()
    school = model.schools[0]
    current = school.plans[-1]
    ahead = dataclasses.replace(
        current,
        decided_on=dt.date(2027, 6, 10),
        valid_from=dt.date(2027, 8, 16),
        valid_to=dt.date(2028, 8, 13),
    )
    changed = dataclasses.replace(school, plans=(*school.plans, ahead))
    coming = dataclasses.replace(model, schools=(changed,))
    [problem] = model_problems("TP123", coming)
    assert problem.message.startswith("beslutet är daterat 2027-06-10, efter i dag")
    assert model_problems("TP123", coming, today=dt.date(2027, 6, 10)) == []


@triggers("TP124")
def test_a_plan_in_force_before_it_was_decided(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "beslut: {datum: 2026-09-20")
    [problem] = tree.problems("TP124")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "2026-08-17, till")
    assert problem.message == (
        "planen gäller från 2026-08-17 men beslutades 2026-09-20: "
        "den kan inte gälla innan den är beslutad"
    )
    assert problem.hint == "ändra giltighet.från till 2026-09-20, dagen för beslutet"
    assert tree.problems("TP123") == []


def test_a_decided_plan_without_beslut() -> None:
    [problem] = model_problems("TP103", with_plan(decided_on=None, decided_by=""))
    assert problem.message == "planen har inget beslut, men är inte markerad som utkast"
    assert "status: utkast" in problem.hint


def test_an_utkast_needs_no_beslut() -> None:
    draft = with_plan(decided_on=None, decided_by="", draft=True)
    assert model_problems("TP103", draft) == []


@triggers("TP104")
def test_only_promoting_measures(tmp_path: Path) -> None:
    promoting = tuple(dataclasses.replace(m, kind=MeasureKind.PROMOTING) for m in plan().measures)
    [problem] = model_problems("TP104", with_plan(measures=promoting))
    assert problem.message == "planen har bara främjande åtgärder och ingen förebyggande"
    assert str(problem.location) == fixture_at(PLAN, "- id: A1\n    titel: Värdegrund")


@triggers("TP105")
def test_no_measure_within_the_period() -> None:
    later = tuple(
        dataclasses.replace(m, start=exact(dt.date(2028, 1, 1)), done_by=exact(dt.date(2028, 6, 1)))
        for m in plan().measures
    )
    [problem] = model_problems("TP105", with_plan(measures=later))
    assert problem.message == (
        "ingen åtgärd påbörjas eller genomförs mellan 2026-08-17 och 2027-08-15"
    )


@triggers("TP106")
def test_a_measure_from_last_year_without_an_outcome(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start, end = text.index("    - id: A5\n      status"), text.index("\nkartläggning:")
    tree.path(PLAN).write_text(text[:start] + text[end:], encoding="utf-8")
    [problem] = tree.problems("TP106")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(PLAN, "- id: A1\n      status")
    assert problem.message == (
        "redogörelse saknas för förra periodens åtgärder A5 (En gemensam linje mot kränkande ord)"
    )
    assert f"(åtgärderna finns i {PREVIOUS})" in problem.hint


def test_an_outcome_without_an_effect() -> None:
    outcomes = plan().evaluation.outcomes
    blank = (dataclasses.replace(outcomes[0], effect="-"), *outcomes[1:])
    evaluation = dataclasses.replace(plan().evaluation, outcomes=blank)
    [problem] = model_problems("TP106", with_plan(evaluation=evaluation))
    assert problem.message == "effekten av åtgärd A1 är inte beskriven"
    assert problem.field == "utvärdering.åtgärder (id: A1).effekt"


def test_an_effect_that_says_nothing_is_quoted_and_the_hint_says_what_to_write() -> None:
    """Before: "Ingen." read "effekten … är inte beskriven" with the hint to add an entry
    that was already there."""
    outcomes = plan().evaluation.outcomes
    said = dataclasses.replace(outcomes[0], effect="Inget.", status=Status.PARTLY)
    evaluation = dataclasses.replace(plan().evaluation, outcomes=(said, *outcomes[1:]))
    [problem] = model_problems("TP106", with_plan(evaluation=evaluation))
    assert problem.message == (
        "effekten av åtgärd A1 är inte beskriven: 'Inget.' räknas inte som en beskrivning"
    )
    assert problem.hint.startswith("skriv under effekt vad åtgärden ledde till")
    assert "lärdom" not in problem.hint


def test_an_undone_measure_is_accounted_for_by_its_lesson() -> None:
    outcomes = plan().evaluation.outcomes
    undone = dataclasses.replace(
        outcomes[0], status=Status.NOT_DONE, effect="Ingen.", lesson="Vi hann inte: ingen ansvarig."
    )
    evaluation = dataclasses.replace(plan().evaluation, outcomes=(undone, *outcomes[1:]))
    assert model_problems("TP106", with_plan(evaluation=evaluation)) == []
    silent = dataclasses.replace(undone, lesson="-")
    evaluation = dataclasses.replace(plan().evaluation, outcomes=(silent, *outcomes[1:]))
    [problem] = model_problems("TP106", with_plan(evaluation=evaluation))
    assert "'Ingen.' räknas inte" in problem.message
    assert "under lärdom varför den inte genomfördes" in problem.hint


@triggers("TP107")
def test_the_annual_cycle_lacks_the_analysis_step(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    for _ in range(tree.text(CYCLE).count("steg: analys")):
        tree.edit(CYCLE, "steg: analys", "steg: förankring")
    [problem] = tree.problems("TP107")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(CYCLE, "- id:")
    assert problem.message == "årshjulet har ingen aktivitet för steget analys"


def test_the_plans_follow_up_after_it_ends(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "senast: 2027-06-11", "senast: 2027-09-30")
    [problem] = tree.problems("TP107")
    assert str(problem.location) == tree.at(PLAN, "2027-09-30")
    assert problem.message == "planen följs upp 2027-09-30, utanför giltigheten"


@triggers("TP108")
def test_grounds_neither_tagged_nor_examined(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start, end = text.index("  täckning:\n"), text.index("\nanalys:")
    tree.path(PLAN).write_text(text[:start] + text[end:], encoding="utf-8")
    [problem] = tree.problems("TP108")
    assert str(problem.location) == tree.at(PLAN, "metoder:")
    assert problem.message == (
        "grunderna könsöverskridande identitet eller uttryck, etnisk tillhörighet och "
        "religion eller annan trosuppfattning är inte undersökta"
    )


def test_one_ground_not_examined_is_named_in_the_singular(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start = text.index("    religion_eller_annan_trosuppfattning: ")
    end = text.index("\n", start) + 1
    tree.path(PLAN).write_text(text[:start] + text[end:], encoding="utf-8")
    [problem] = tree.problems("TP108")
    assert problem.message == "grunden religion eller annan trosuppfattning är inte undersökt"


PLAIN_GUIDELINES = """riktlinjer: |
  På Ekbackens skola accepterar vi inte kränkande behandling eller trakasserier.
  Rektor ansvarar för att varje händelse utreds.
"""


def _replace_guidelines(tree: Tree, new: str) -> None:
    text = tree.text(PLAN)
    start, end = text.index("riktlinjer:\n"), text.index("\nsamverkan:")
    tree.path(PLAN).write_text(text[:start] + new + text[end:], encoding="utf-8")


@triggers("TP109")
def test_plain_guidelines_without_sexual_harassment(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _replace_guidelines(tree, PLAIN_GUIDELINES)
    [problem] = tree.problems("TP109")
    assert str(problem.location) == tree.at(PLAN, "|\n  På Ekbackens")
    assert problem.message == "riktlinjerna nämner inte sexuella trakasserier"
    assert problem.source == "DL 3 kap. 18 §; DO: Skolans riktlinjer och rutiner mot trakasserier"


def test_a_plan_without_guidelines_is_told_they_are_missing_not_what_they_lack(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    _replace_guidelines(tree, "")
    [problem] = tree.problems("TP109")
    assert problem.message.startswith("planen har inga riktlinjer mot trakasserier")
    assert problem.hint.startswith("skriv under riktlinjer: accepteras_inte:")


def test_an_empty_investigation_routine_points_at_huvudman_yml() -> None:
    [problem] = model_problems("TP109", with_routines(investigation="Saknas."))
    assert problem.location.file == ORGANISER
    assert problem.message == "rutinen för utredning är inte beskriven"


@triggers("TP110")
def test_cooperation_with_pupils_left_as_a_dash(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "elever: Klassråden, elevrådet och fritidsrådet utvärderar åtgärderna i maj.",
        "elever: '-'",
    )
    [problem] = tree.problems("TP110")
    assert str(problem.location) == tree.at(PLAN, "'-'")
    assert problem.message == "det står inte hur eleverna deltog i steget uppföljning"


def test_a_step_without_cooperation() -> None:
    steps = {k: v for k, v in plan().collaboration.items() if k != "riktlinjer_och_rutiner"}
    [problem] = model_problems("TP110", with_plan(collaboration=steps))
    assert problem.message == "samverkan i steget riktlinjer och rutiner är inte beskriven"


def test_a_plan_without_samverkan_gets_one_error_as_the_table_says(tmp_path: Path) -> None:
    # schemas/README.md: samverkan is left to the rule, an error by DL 3 kap. (TP110).
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start, end = text.index("samverkan:\n"), text.index("\nförankring:")
    tree.path(PLAN).write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    found = [p for p in tree.check().report if p.code.startswith("TP0") or p.code == "TP110"]
    [problem] = found
    assert problem.severity is Severity.ERROR
    assert problem.message == "planen beskriver inte hur elever och personal har deltagit i arbetet"
    assert problem.location.file == PLAN


def test_the_steps_own_elevmedverkan_counts_for_the_pupils(tmp_path: Path) -> None:
    # kartläggning.elevmedverkan says how pupils took part; samverkan need not repeat it.
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "    elever: Elevrådet gick trygghetsvandringen, fritidsrådet gjorde en egen enkät "
        "och F–1 deltog i klassrådssamtal.\n",
        "",
    )
    assert tree.problems("TP110") == []


def test_cooperation_without_guardians_is_fine() -> None:
    steps = {k: dataclasses.replace(v, guardians="") for k, v in plan().collaboration.items()}
    assert model_problems("TP110", with_plan(collaboration=steps)) == []


@triggers("TP111")
def test_the_staff_routine_copied_from_the_pupil_routine() -> None:
    routines = project().organiser.routines
    copied = dataclasses.replace(routines.staff_pupil, steps=routines.pupil_pupil.steps)
    [problem] = model_problems("TP111", with_routines(staff_pupil=copied))
    assert str(problem.location) == fixture_at(
        ORGANISER, "rubrik: När ett barn eller en elev kränks av någon"
    )
    assert problem.message == "rutinen personal–elev är en kopia av rutinen elev–elev"


def test_the_staff_routine_never_reaches_the_huvudman() -> None:
    staff = project().organiser.routines.staff_pupil
    steps = tuple(
        dataclasses.replace(
            s, text=s.text.replace("huvudm", "h"), actor=s.actor.replace("huvudm", "h")
        )
        for s in staff.steps
    )
    changed = with_routines(staff_pupil=dataclasses.replace(staff, steps=steps))
    [problem] = model_problems("TP111", changed)
    assert problem.message == "rutinen personal–elev säger inte att huvudmannen får veta"
    assert "företrädare i huvudman.yml" in problem.hint


def _staff_routine_told(title: str) -> Project:
    """The fixture with the huvudman named only as `title` in the staff routine."""
    staff = project().organiser.routines.staff_pupil
    steps = tuple(
        dataclasses.replace(
            s,
            text=s.text.replace("huvudmannens HR-funktion", "HR").replace("huvudmannen", title),
            actor=s.actor.replace("huvudmannen", title),
        )
        for s in staff.steps
    )
    return with_routines(staff_pupil=dataclasses.replace(staff, steps=steps))


def with_representatives(changed: Project, *titles: str) -> Project:
    organiser = dataclasses.replace(changed.organiser, representatives=titles)
    return dataclasses.replace(changed, organiser=organiser)


def test_a_title_under_foretradare_stands_for_the_huvudman() -> None:
    # No built-in list knows "utbildningsdirektör"; huvudman.yml's företrädare does.
    changed = _staff_routine_told("utbildningsdirektören")
    [problem] = model_problems("TP111", changed)
    assert problem.message == "rutinen personal–elev säger inte att huvudmannen får veta"
    told = with_representatives(changed, "utbildningsdirektör")
    assert model_problems("TP111", told) == []


def test_the_central_unit_stands_for_the_huvudman_only_when_listed() -> None:
    changed = _staff_routine_told("Enheten för kvalitet och trygghet")
    assert len(model_problems("TP111", changed)) == 1
    listed = with_representatives(changed, "Enheten för kvalitet och trygghet")
    assert model_problems("TP111", listed) == []


def test_the_hint_names_the_foretradare() -> None:
    changed = with_representatives(_staff_routine_told("chefen"), "skolchef", "förvaltningschef")
    [problem] = model_problems("TP111", changed)
    assert problem.hint.startswith(
        "skriv i ett steg att huvudmannen, skolchef eller förvaltningschef får veta;"
    )


@triggers("TP125")
def test_a_huvudman_without_a_complaint_route(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    route = "klagomål:\n  text: Klagomål tas emot av"
    tree.edit(ORGANISER, route, "# klagomål:\n#  text: Klagomål tas emot av")
    tree.edit(ORGANISER, "  epost: klagomal.skola", "#  epost: klagomal.skola")
    [problem] = tree.problems("TP125")
    assert problem.location.file == ORGANISER
    assert (
        problem.message == "huvudman.yml säger inte hur man lämnar klagomål till Strandviks kommun"
    )
    assert problem.hint.startswith("lägg till klagomål: med text")
    assert problem.source == "SL 4 kap. 8 §"
    assert problem.severity is Severity.WARNING


@triggers("TP112")
def test_a_missing_deadline_for_reporting_to_the_huvudman(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "rektor_till_huvudman: inom en vecka", "rektor_till_huvudman: '?'")
    [problem] = tree.problems("TP112")
    assert str(problem.location) == tree.at(ORGANISER, "'?'")
    assert problem.message == "tidsgränsen för anmälan rektor till huvudman saknas"
    assert problem.source == "SL 6 kap. 10 §"


def test_the_pupil_flow_without_the_huvudman() -> None:
    flow = project().organiser.routines.pupil_pupil
    steps = tuple(
        dataclasses.replace(s, text=s.text.replace("huvudm", "förvaltning")) for s in flow.steps
    )
    changed = with_routines(pupil_pupil=dataclasses.replace(flow, steps=steps))
    [problem] = model_problems("TP112", changed)
    assert problem.message == "ärendegången elev–elev visar inte anmälan till huvudmannen"
    assert locations([problem]) == [
        fixture_at(ORGANISER, "rubrik: När ett barn eller en elev kränks av en annan")
    ]


@pytest.mark.parametrize(
    ("status", "marked"),
    [("status: beslutad", "är markerad som beslutad"), ("", "är inte markerad som utkast")],
)
def test_a_plan_without_a_decision_says_what_its_status_is(
    tmp_path: Path, status: str, marked: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}", status)
    [problem] = tree.problems("TP103")
    assert problem.message == f"planen har inget beslut, men {marked}"
    if status:
        assert str(problem.location) == tree.at(PLAN, "beslutad")


@triggers("TP127")
def test_a_decided_plan_that_is_not_filled_in(tmp_path: Path) -> None:
    """A decided plan is published as the school's: the template's placeholder ("FYLL I:
    vad metoden visade") and the example's goals (a mark beside them) are an error, told
    once for the file; TP304's warnings list each other mark (the first is TP127's)."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "Minst 90 % (februari 2026 – 88 %)", "Minst 90 %  # FYLL I: utgångsvärdet")
    tree.edit(PLAN, "Högst 5 % (februari 2026 – 9 %)", '"FYLL I: målnivån"')
    [problem] = tree.problems("TP127")
    assert str(problem.location) == tree.at(PLAN, "FYLL I")
    assert problem.severity is Severity.ERROR
    assert problem.message.startswith(
        "planen är beslutad men har kvar 2 ställen markerade FYLL I (det första här: målnivå)"
        ": en beslutad plan ska vara skolans egen"
    )
    assert [p.location.line for p in tree.problems("TP304")] == [23]


def test_an_utkast_not_filled_in_is_warned_of(tmp_path: Path) -> None:
    """An utkast is never published: its marks stay TP304's warnings."""
    tree = Tree(tmp_path)
    _only_draft(tree)
    tree.edit(PLAN, "Högst 5 % (februari 2026 – 9 %)", '"FYLL I: målnivån"')
    assert not tree.problems("TP127")
    [problem] = tree.problems("TP304")
    assert problem.severity is Severity.WARNING
    assert problem.message == "(utkast) inte ifyllt ännu (målnivå): målnivån"


@pytest.mark.parametrize(
    ("today", "period"),
    [
        (dt.date(2027, 6, 30), "2026-27"),
        (dt.date(2027, 7, 1), "2027-28"),  # from 1 July, the läsår about to start
        (dt.date(2027, 7, 31), "2027-28"),
        (dt.date(2027, 8, 1), "2027-28"),
    ],
)
def test_tp035_and_tp101_name_the_same_lasar_for_a_new_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: dt.date, period: str
) -> None:
    """On the same day, the name TP035 suggests for a plan file named without years is
    the file TP101 tells a school without a plan to create, on either side of 1 July
    (`load.schoolyears`); a check says only one of them for a school (a file with an
    error keeps the plan rules from running)."""
    noon = dt.datetime(today.year, today.month, today.day, 12, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
    misnamed, missing = Tree(tmp_path / "misnamed"), Tree(tmp_path / "missing")
    for tree in (misnamed, missing):
        tree.path(PREVIOUS).unlink()
    missing.path(PLAN).unlink()
    misnamed.path(PLAN).rename(misnamed.path(PLAN).with_name("ny plan.yml"))
    renamed = PLAN.replace("2026-27", "ny plan")
    misnamed.edit(renamed, "giltighet: {från: 2026-08-17, till: 2027-08-15}", "")  # no years
    [named] = misnamed.problems("TP035", today)
    assert named.hint == (
        f"döp filen efter perioden: {period}.yml (läsår) eller {today.year}.yml (kalenderår)"
    )
    [create] = missing.problems("TP101", today)
    assert create.hint == (
        f"skapa {SCHOOL_DIR}/trygghetsplan/{period}.yml; trygg ny-period ekbackens-skola "
        "gör ett utkast att utgå från"
    )


@triggers("TP129")
def test_an_utkast_with_its_decision_written_is_told_to_change_its_status(
    tmp_path: Path,
) -> None:
    """The rektor wrote the beslut and forgot the status: the plan is still an utkast."""
    tree = Tree(tmp_path)
    tree.path(PREVIOUS).unlink()
    tree.edit(PLAN, "beslut:", "status: utkast\nbeslut:")
    [problem] = tree.problems("TP129")
    assert str(problem.location) == tree.at(PLAN, "utkast\nbeslut")  # the status's value
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "(utkast) planen har beslut (2026-08-17) men status: utkast, så den gäller inte och "
        "publiceras inte"
    )
    assert problem.hint == "skriv status: beslutad, eller ta bort beslut om planen inte är beslutad"
    [undecided] = tree.problems("TP101")
    assert str(undecided.location) == f"{SCHOOL}:2:1"  # an error, and the granskning shows it
    assert (
        undecided.hint
        == "utkastet till planen för läsåret 2026/27 har beslut: skriv status: beslutad"
    )


def test_an_utkast_with_a_decision_still_to_come_is_in_order(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "status: utkast\nbeslut: {datum: 2026-12-10")
    assert tree.problems("TP129") == []
    assert tree.problems("TP129", today=dt.date(2026, 12, 10)) != []


@triggers("TP130")
def test_last_years_decision_copied_along_is_told(tmp_path: Path) -> None:
    """The plan was copied from last year's and its beslut came along: decided before the
    survey it rests on, or long before it starts."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "beslut: {datum: 2025-08-18")
    [problem] = tree.problems("TP130")
    assert str(problem.location) == tree.at(PLAN, "2025-08-18")
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "beslutet (2025-08-18) är daterat före kartläggningen (2026-04-15) som planen bygger på"
    )
    assert problem.hint == (
        "skriv dagen då rektor beslutade den här planen under beslut.datum; förra årets "
        "beslut följer ofta med när planen kopieras"
    )


def test_a_decision_long_before_the_period_is_told_and_one_in_may_is_not(tmp_path: Path) -> None:
    """Next läsår's plan may be decided in May; not before the survey, nor in the autumn."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "beslut: {datum: 2026-05-12")
    assert tree.problems("TP130") == []
    tree.edit(PLAN, "beslut: {datum: 2026-05-12", "beslut: {datum: 2026-02-20")
    [problem] = tree.problems("TP130")
    assert problem.message.startswith("beslutet (2026-02-20) är daterat före kartläggningen")
