"""Every claim on every student page of the example is traceable to the files it came from.

The page is read as a pupil reads it (its visible text, a block per line) and split at
its section headings. Each line is then either one of the page's own fixed sentences or
found in its source: a measure's elevtext in the plan, a role with its people in
skola.yml, a definition in huvudman.yml, a participation sentence in the plan. A planted
false claim (a doctored page) is caught.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest

from generator.model import Contact, Plan, Project, School
from generator.render.student import outside
from generator.render.student.bands import Band, audience, band_grades, bands_for
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page
from generator.render.student.rights import LEGAL_NAME
from generator.render.student.roles import pupil_role, team_role, unnamed_role, who_is
from generator.render.student.shortrights import short_lines
from generator.render.student.words import FAMILY, rights_name, spoken_grades
from generator.validate.pupilcontacts import is_pupil_role
from generator.vocabulary.terms import GROUNDS

MEASURES = "Det här gör vi för att alla ska känna sig trygga"
CONTACTS = "Vem kan jag prata med?"
TELLING = "Vad händer om jag berättar?"
RIGHTS = "Dina rättigheter"
PARTICIPATION = ("Så har elever varit med", "Så har barnen varit med")
OUTSIDE = (outside.YOUNG[0], outside.PRESCHOOL[0])  # the young, middle and older share one
HEADINGS = (MEASURES, CONTACTS, TELLING, RIGHTS, *PARTICIPATION, *OUTSIDE)
FIXED = {
    CONTACTS: {"Du kan alltid prata med en vuxen du litar på."},
    TELLING: {"Om du berättar för en vuxen händer det här:", "Sedan händer det här:"},
    RIGHTS: {"Ingen får kränka dig. Ingen får behandla dig sämre för den du är."},
}
VISION = "Så vill vi ha det på "
MORE = "Mer om "
HARASSMENT = {"trakasserier": "Trakasserier", "sexuella_trakasserier": "Sexuella trakasserier"}
GRADE = re.compile(r"\b(?:åk|årskurs)\s*(\d+)(?:\s*[–-]\s*(\d+))?", re.IGNORECASE)
Claims = list[str]


def norm(text: str) -> str:
    return " ".join(visible_text(text).split())


def sections(page: str) -> dict[str, list[str]]:
    """The page's visible lines by section; "" holds the lines above the first heading."""
    found: dict[str, list[str]] = {"": []}
    current = ""
    for line in visible_text(page).splitlines():
        if line.startswith(VISION):  # the school's vision, wherever the page shows it
            found[""].append(line)
        elif line.startswith(MORE):  # printed only, where the page is (test_student_fit)
            continue
        elif line in HEADINGS:
            current = line
            found[current] = []
        else:
            found[current].append(line)
    return found


def false_claims(project: Project, school: School, plan: Plan, band: Band, page: str) -> Claims:
    """Every line of the page that its sources do not bear out, with why."""
    parts = sections(page)
    found = _top(school, plan, band, parts.pop(""))
    found += [f"{MEASURES}: {line}" for line in _unknown(parts, MEASURES, _measure_texts(plan))]
    found += _contacts(project, school, plan, band, parts.get(CONTACTS, []))
    found += [f"{TELLING}: {line}" for line in _unknown(parts, TELLING, _telling_texts(project))]
    found += _rights(project, plan, band, parts.get(RIGHTS, []))
    found += _participation(plan, parts)
    found += _outside(band, parts)
    return found


def _outside(band: Band, parts: dict[str, list[str]]) -> Claims:
    """Help outside the school: trygg's national table, as the band's level words it."""
    _title, items = outside.PRESCHOOL if band.read_aloud else outside.LEVELS[band.level]
    lines = next((parts[h] for h in OUTSIDE if h in parts), [])
    told = {norm(item) for item in items}
    found = [f"utanför skolan: {line}" for line in lines if line not in told]
    return found + ([] if lines else ["utanför skolan saknas"])


def _unknown(parts: dict[str, list[str]], heading: str, known: set[str]) -> list[str]:
    allowed = known | FIXED.get(heading, set())
    return [line for line in parts.get(heading, []) if not _made_of(line, allowed)]


def _made_of(line: str, texts: set[str]) -> bool:
    """Whether the line is one of the texts, or several of them one after another (what
    follows when an adult has offended a pupil is one paragraph of the steps' texts)."""
    if line in texts:
        return True
    return any(
        line.startswith(text + " ") and _made_of(line[len(text) + 1 :], texts)
        for text in texts
        if text
    )


def _top(school: School, plan: Plan, band: Band, lines: list[str]) -> Claims:
    where = "förskolan" if band.read_aloud else "skolan"
    expected = [f"Trygg på {school.name}"]
    if band.read_aloud:
        expected += [
            "Till dig som är vuxen: Läs högt för barnen. " + _look(school, plan),
            "Alla barn ska känna sig trygga på förskolan.",
        ]
    else:  # the youngest read the grades as they say them: "ettan", not "åk 1"
        grades = spoken_grades(*band_grades(band, school)) if band.young else audience(band, school)
        on = "på" if band.key == "gymnasiet" else "i"  # "går på gymnasiet", "går i åk 7–9"
        expected += [f"Till dig som går {on} {grades}. Alla ska känna sig trygga i skolan."]
    vision = plan.vision
    told = (vision.child_text if band.young else "") or vision.student_text or vision.text
    if norm(told):
        expected.append(f"Så vill vi ha det på {where}: {norm(told)}")
    return [f"överst: {line}" for line in lines if line not in expected] + [
        f"överst saknas: {line}" for line in expected if line not in lines
    ]


def _look(school: School, plan: Plan) -> str:
    """What the adult is told to look at: photos only when a listed person has one."""
    shown = _listed(school, plan)
    if any(person.photo for person in shown):
        return "Titta på bilderna av de vuxna och på symbolerna och prata om dem tillsammans."
    return "Peka på symbolerna och prata om dem tillsammans."


def _listed(school: School, plan: Plan) -> list[Contact]:
    roles = {r.casefold() for r in (*plan.routines.contact_roles, *plan.guidelines.turn_to)}
    people = [c for c in school.contacts if c.role.casefold() in roles]
    if any(r.startswith("trygghetsteam") for r in roles):
        people += school.safety_team
    return people


def _measure_texts(plan: Plan) -> set[str]:
    return {norm(m.student_text) for m in plan.measures if m.student_text}


def _onwards(project: Project) -> set[str]:
    """The page's own sentences on where to go when the school does not help (åk 4 on)."""
    return {
        f"Om det inte blir bättre kan du och {FAMILY} prata med rektorn eller kontakta "
        "Barn- och elevombudet.",
        "Där kan barn som har blivit kränkta i skolan få hjälp.",
        f"Om det inte blir bättre kan du och {FAMILY} prata med rektorn.",  # a step named BEO
        f"Hjälper inte skolan dig? Då kan du och {FAMILY} klaga hos "
        f"{project.organiser.name}. Du kan själv anmäla diskriminering eller trakasserier "
        "till Diskrimineringsombudsmannen (DO).",
        f"Hjälper inte skolan dig? Då kan du och {FAMILY} klaga hos "
        f"{project.organiser.name}. Du kan själv anmäla kränkningar till Barn- och elevombudet"
        " (BEO) och diskriminering eller trakasserier till Diskrimineringsombudsmannen (DO).",
    }


def _telling_texts(project: Project) -> set[str]:
    routines = [project.organiser.routines] + [
        p.routines for s in project.schools for p in s.plans
    ]  # the plan's routines are the huvudman's, or the school's own
    texts = _onwards(project) | {
        norm(told)
        for r in routines
        for flow in (r.pupil_pupil, r.staff_pupil)
        for step in flow.steps
        for told in (step.student_text, step.youth_text)
        if told and step.student_text
    }
    repressalier = project.organiser.definitions.get("repressalier")
    if repressalier is not None:
        texts |= {norm(repressalier.student_text), norm(repressalier.youth_text)} - {""}
    return texts


def _contacts(project: Project, school: School, plan: Plan, band: Band, lines: list[str]) -> Claims:
    planned = (*plan.routines.contact_roles, *plan.guidelines.turn_to)
    roles = {r.casefold() for r in planned}
    written = {c.role for c in school.contacts if c.role.casefold() in roles}
    # A role the page names in a pupil's words: the role as skola.yml or the plan writes it
    said = {pupil_role(r, band): r for r in (*planned, *written)}
    said |= {unnamed_role(r, band)[0]: r for r in (*planned, *written)}
    found = []
    for line in _unknown({CONTACTS: lines}, CONTACTS, _channel(school) | _kept(planned, band)):
        if explained := re.fullmatch(r"(\S+) är (.+?)\. De är (.+)\.", line):
            role = said.get(explained[1], explained[1])
            if explained[2] != who_is(role, band):
                found.append(f"{CONTACTS}: '{explained[2]}' är inte vad {role} är")
            found += _team(school, band, explained[3], "", planned)
            continue
        shown, _colon, rest = line.partition(": ")
        role = said.get(shown, shown)
        if role.casefold() not in roles or is_pupil_role(role):
            found.append(f"{CONTACTS}: '{role}' är ingen kontaktroll i planen")
        elif role.casefold().startswith("trygghetsteam"):
            found += _team(school, band, rest, unnamed_role(role, band)[1], planned)
        else:
            found += _people(
                project, school, role, rest, unnamed_role(role, band), band_who=not band.older
            )
    return found


def _channel(school: School) -> set[str]:
    """The school's own way to tell, from skola.yml's säg_till, and its link's words."""
    channel = school.pupil_channel
    if channel is None:
        return set()
    told = {f"Du kan också säga till så här: {norm(channel.text)}"}
    return told | ({"Här kan du säga till."} if channel.link else set())


def _kept(planned: tuple[str, ...], band: Band) -> set[str]:
    """What the elevhälsa's tystnadsplikt means, naming the plan's roles among them: never
    that nothing a pupil tells is passed on (`outside.OVERPROMISE`), which no school can
    keep (a kränkning goes to the rektor, a worry to the socialtjänst)."""
    told = {norm(line) for line in outside.confidential(list(planned), band) if line}
    return {line for line in told if not outside.OVERPROMISE.search(line)}


def _team(school: School, band: Band, rest: str, who: str, planned: tuple[str, ...]) -> Claims:
    """The team's members as skola.yml names them (with who their role is up to åk 6, but
    for a role on a line of its own), or without any, who the team is."""
    own = {r.casefold() for r in planned}
    members = {
        c.name: team_role(c.role, band, c.role.casefold() in own)
        for c in school.safety_team
        if not is_pupil_role(c.role)
    }
    if not any(members) and rest == who:
        return []
    found = []
    for chunk in re.split(r", | och (?=[A-ZÅÄÖ])", rest) if rest else []:
        name, _paren, role = chunk.removesuffix(")").partition(" (")
        if name not in members or (role and role != members[name]):
            found.append(f"{CONTACTS}: '{chunk}' är ingen i trygghetsteamet i skola.yml")
    return found


def _people(
    project: Project,
    school: School,
    role: str,
    rest: str,
    unnamed: tuple[str, str],
    *,
    band_who: bool,
) -> Claims:
    """The named holders of the role with their work contact, or for a role no one named
    holds, who it is as trygg words it (`roles.ROLES`)."""
    holders = [c for c in school.contacts if c.role == role]
    if not holders:
        return [f"{CONTACTS}: rollen '{role}' finns inte i skola.yml"]
    if not any(c.name for c in holders) and rest == unnamed[1]:
        return []
    found = []
    domains = project.organiser.email_domains
    who = unnamed[1] if band_who else ""  # up to åk 6 after the names: who that is
    if who and rest.endswith(f" – {who}"):
        rest = rest.removesuffix(f" – {who}")
    for chunk in rest.split(", ") if rest else []:
        person = next((c for c in holders if c.name and chunk.startswith(c.name)), None)
        details = chunk.removeprefix(person.name).split() if person else [chunk]
        work = [person.email] if person and person.email.endswith(domains) else []
        allowed = (person.phone.split() if person else []) + work
        if person is None or [d for d in details if d not in allowed]:
            found.append(f"{CONTACTS}: '{chunk}' står inte så för {role} i skola.yml")
    return found


def _rights(project: Project, plan: Plan, band: Band, lines: list[str]) -> Claims:
    organiser = project.organiser
    texts = {**{k: organiser.grounds[k] for k in GROUNDS}, **organiser.definitions}
    named = {
        key: {norm(t.student_text), norm(t.child_text), norm(t.youth_text)} - {""}
        for key, t in texts.items()
    }
    found, shown = [], set()
    for line in _unknown({RIGHTS: lines}, RIGHTS, set(short_lines(band))):
        core = line.partition(" " + LEGAL_NAME.partition("{")[0])[0]  # without the law's name
        key = next((k for k, forms in named.items() if any(core.endswith(f) for f in forms)), "")
        name, legal = rights_name(key, band) if key else ("", "")
        lead = "" if band.young else f"{name}. "
        told = f" {LEGAL_NAME.format(legal.lower())}" if legal and not band.young else ""
        shown.add(key)
        if not key or not any(line == lead + form + told for form in named[key]):
            found.append(f"{RIGHTS}: '{line}' står inte i huvudman.yml")
    for key, name in HARASSMENT.items():
        if band.first >= 4 and key not in shown:
            found.append(f"{RIGHTS}: {name} förklaras inte för {band.key}")
        if band.first < 4 and key in shown and not _found_in_band(plan, band, key):
            found.append(f"{RIGHTS}: {name} förklaras för {band.key} utan ett fynd om det")
    return found


def _found_in_band(plan: Plan, band: Band, tag: str) -> bool:
    for finding in plan.survey.findings:
        grades = [(int(a), int(b or a)) for a, b in GRADE.findall(finding.text)]
        ours = not grades or any(a <= band.last and band.first <= b for a, b in grades)
        if tag in finding.tags and ours:
            return True
    return False


def _participation(plan: Plan, parts: dict[str, list[str]]) -> Claims:
    lines = next((parts[h] for h in PARTICIPATION if h in parts), [])
    last = f"Det här kommer från trygghetsplanen för {plan.period.label}."
    steps = (plan.survey, plan.analysis)
    written = [step.pupil_participation for step in steps]
    written += [f.contribution for step in steps for f in step.pupil_forums]  # as structure
    written += [f.student_text for step in steps for f in step.pupil_forums]
    told = " ".join(norm(text) for text in written)
    forums = {f.forum.casefold() for step in steps for f in step.pupil_forums}
    return [
        f"{PARTICIPATION[0]}: {line}"
        for line in lines
        if line != last and line not in told and not _told_by_trygg(line, forums)
    ]


def _told_by_trygg(line: str, forums: set[str]) -> bool:
    """A sentence trygg writes from the fora's names (`render.student.participation`):
    every name it gives is a forum of the plan, or the pupils as a group."""
    said = re.fullmatch(r"(.+?) har (?:berättat|hjälpt) [^.]+?(?: genom (.+))?\.", line)
    if said is None:
        return False
    named = " och ".join(filter(None, (said[1], said[2]))).casefold()
    for forum in sorted(forums, key=len, reverse=True):  # a forum's name may say "och"
        named = named.replace(forum, "§")
    return all(name in {"§", "elever", "barnen"} for name in re.split(r", | och ", named))


def _pages(project: Project) -> list[tuple[School, Plan, Band, str]]:
    return [
        (school, plan, band, render_student_page(project, school, plan, band))
        for school in project.schools
        if (plan := school.current_plan) is not None
        for band in bands_for(school)
    ]


def test_every_claim_on_every_example_student_page_is_in_its_sources(example: Project) -> None:
    pages = _pages(example)
    assert len(pages) == 6
    for school, plan, band, page in pages:
        assert false_claims(example, school, plan, band, page) == [], (school.id, band.key)


Doctor = Callable[[str], str]
RIGHTS_LEAD = "Ingen får behandla dig sämre för den du är.\n\n"
LOVANGEN_BARNTEXT = (  # huvudman.yml's barntext of trakasserier
    "Ingen får vara elak mot dig för att du är tjej eller kille. Inte för din hudfärg, "
    "ditt språk eller din tro. Säg till en vuxen."
)
DOCTORED: dict[str, tuple[str, Doctor]] = {
    "an invented measure": (
        "lovangens-skola/lågstadiet",
        lambda p: p.replace("känna sig trygga\n\n", "känna sig trygga\n\n- Alla får en hund.\n", 1),
    ),
    "a name not in skola.yml": (
        "ekbackens-skola/mellanstadiet",
        lambda p: p.replace("Maria Lindqvist", "Maria Lindgren"),
    ),
    "a private e-mail address": (
        "strandskolan/högstadiet",
        lambda p: p.replace("helena.sund@strandvik.se", "helena.sund@gmail.com"),
    ),
    "a pupil as contact": (
        "strandskolan/högstadiet",
        lambda p: p.replace("(skolvärd)", "(elevrådets ordförande)"),
    ),
    "another vision": (
        "forskolan-solrosen/förskola",
        lambda p: p.replace("leka med vem du vill", "leka med en hund"),
    ),
    "another helpline": (
        "ekbackens-skola/mellanstadiet",
        lambda p: p.replace("116 111", "116 000"),
    ),
    "a secret the kurator does not keep": (
        "strandskolan/högstadiet",
        lambda p: p.replace("får inte berätta för vem som helst", "berättar aldrig för någon"),
    ),
    "the old promise that nothing is passed on": (
        "ekbackens-skola/mellanstadiet",
        lambda p: re.sub(
            r"(har tystnadsplikt): .*?Du kan fråga dem först\.",
            r"\1: det du berättar om dig själv och din familj förs inte vidare. Men om du "
            "inte är trygg måste de se till att du får hjälp.",
            p,
            flags=re.DOTALL,
        ),
    ),
    "the old promise to the youngest": (
        "ekbackens-skola/lågstadiet",
        lambda p: re.sub(
            r"(har tystnadsplikt\.) .*?Du kan fråga dem först\.",
            r"\1 Det betyder att det du säger inte förs vidare. Men om du inte är trygg ser "
            "de vuxna till att du får hjälp.",
            p,
            flags=re.DOTALL,
        ),
    ),
    "an invented short right": (
        "lovangens-skola/lågstadiet",
        lambda p: p.replace("Alla får vara med.", "Alla får glass."),
    ),
    "pictures that are not there": (
        "forskolan-solrosen/förskola",
        lambda p: p.replace("Peka på symbolerna", "Titta på bilderna"),
    ),
    "a definition under another name": (
        "strandskolan/högstadiet",
        lambda p: p.replace("**Kön.**", "**Ålder.**"),
    ),
    "no trakasserier from åk 4": (
        "ekbackens-skola/mellanstadiet",
        lambda p: re.sub(r"^- .*\*\*Trakasserier\.\*\*.*\n", "", p, flags=re.MULTILINE),
    ),
    "trakasserier below åk 4 without a finding": (
        "ekbackens-skola/lågstadiet",
        lambda p: p.replace(RIGHTS_LEAD, RIGHTS_LEAD + "- " + LOVANGEN_BARNTEXT + "\n", 1),
    ),
    "a participation line the plan does not have": (
        "strandskolan/högstadiet",
        lambda p: p.replace(
            "\nDet här kommer från", "- Eleverna skrev planen.\n\nDet här kommer från"
        ),
    ),
}


@pytest.mark.parametrize("planted", sorted(DOCTORED))
def test_a_planted_false_claim_is_caught(example: Project, planted: str) -> None:
    where, doctor = DOCTORED[planted]
    school_id, band_key = where.split("/")
    for school, plan, band, page in _pages(example):
        if school.id == school_id and band.key == band_key:
            doctored = doctor(page)
            assert doctored != page, planted
            assert false_claims(example, school, plan, band, doctored), planted
            return
    pytest.fail(f"no page {where}")


def test_roles_no_one_holds_are_told_as_trygg_words_them(example: Project) -> None:
    """With no one named as kurator or skolsköterska and no trygghetsteam, each row says
    who that is (`roles.ROLES`), and that is no false claim; anything else there is."""
    school = example.school("strandskolan")
    assert school is not None and school.current_plan is not None
    unnamed = {"kurator", "skolsköterska"}
    contacts = tuple(
        Contact(role=c.role) if c.role.casefold() in unnamed else c for c in school.contacts
    )
    bare = dataclasses.replace(school, contacts=contacts, safety_team=())
    project = dataclasses.replace(
        example, schools=tuple(bare if s.id == school.id else s for s in example.schools)
    )
    plan = school.current_plan
    for band in bands_for(bare):
        page = render_student_page(project, bare, plan, band)
        assert false_claims(project, bare, plan, band, page) == [], band.key
        doctored = page.replace(unnamed_role("Kurator", band)[1], "den som bestämmer allt")
        assert false_claims(project, bare, plan, band, doctored), band.key


OLD_SECRECY = {  # what the pages said until 2026: a promise no school can keep
    "young": "{who} har tystnadsplikt. Det betyder att det du säger inte förs vidare. "
    "Men om du inte är trygg ser de vuxna till att du får hjälp.",
    "middle": "{who} har tystnadsplikt: det du berättar om dig själv och din familj förs "
    "inte vidare. Men om du inte är trygg måste de se till att du får hjälp.",
    "older": "{who} har tystnadsplikt: det du berättar om dig själv och din familj förs inte "
    "vidare. Men om du inte är trygg, eller blir kränkt, måste de se till att du får hjälp.",
}


def test_the_old_secrecy_promise_is_false_even_when_trygg_says_it(
    example: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kurator must tell the rektor of a kränkning and the socialtjänst of a worry,
    and often the family: a page that says what a pupil tells "förs inte vidare" makes a
    false claim, though trygg's own table says it."""
    monkeypatch.setattr(outside, "CONFIDENTIAL", OLD_SECRECY)
    for school, plan, band, page in _pages(example):
        found = false_claims(example, school, plan, band, page)
        if band.read_aloud:
            assert found == [], school.id
        else:
            assert any("tystnadsplikt" in claim for claim in found), (school.id, band.key)
