"""The JSON Schemas in schemas/ and their loader generator.validate.schemas."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, Draft202012Validator

from generator.validate.schemas import BASE_URI, SCHEMA_DIR, load_schemas, schema_files, validator
from generator.vocabulary.terms import DEFINITIONS, GROUNDS

SCHEMAS = load_schemas()
ENGLISH = re.compile(r"\b(the|must|should|optional|required|string|array|object)\b", re.I)
FORBIDDEN = {"$defs", "prefixItems", "unevaluatedProperties", "$anchor", "dependentRequired"}


def walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Yield (path, subschema, documented?) for every subschema; properties and
    definitions must be documented."""
    if not isinstance(node, dict):
        return
    for key in ("properties", "definitions"):
        for name, sub in node.get(key, {}).items():
            yield f"{path}/{key}/{name}", sub, True
            yield from walk(sub, f"{path}/{key}/{name}")
    for key in ("items", "additionalProperties", "propertyNames"):
        if isinstance(node.get(key), dict):
            yield f"{path}/{key}", node[key], False
            yield from walk(node[key], f"{path}/{key}")
    for key in ("allOf", "anyOf"):
        for i, sub in enumerate(node.get(key, [])):
            yield f"{path}/{key}/{i}", sub, False
            yield from walk(sub, f"{path}/{key}/{i}")


def all_nodes() -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    for name, schema in SCHEMAS.items():
        yield name, "", schema, True
        for path, sub, documented in walk(schema):
            yield name, path, sub, documented


def test_all_schema_files_are_loaded() -> None:
    files = ["arshjul", "huvudman", "rapport", "rutiner", "sida", "skola", "trygghetsplan"]
    assert list(SCHEMAS) == [f"{n}.schema.json" for n in files]
    assert [p.parent for p in schema_files()] == [SCHEMA_DIR] * len(files)


def test_schema_directory_can_be_overridden(tmp_path: Path) -> None:
    (tmp_path / "x.schema.json").write_text(json.dumps({"$id": BASE_URI + "x.schema.json"}))
    assert validator("x", tmp_path).is_valid(1)
    (tmp_path / "y.schema.json").write_text(json.dumps({"$id": BASE_URI + "fel.json"}))
    with pytest.raises(ValueError, match=r"\$id"):
        load_schemas(tmp_path)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_in_draft7_and_2020_12(name: str) -> None:
    schema = SCHEMAS[name]
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["$id"] == BASE_URI + name
    Draft7Validator.check_schema(schema)
    Draft202012Validator.check_schema(schema)
    text = json.dumps(schema)
    assert not [k for k in FORBIDDEN if f'"{k}"' in text]


def test_ids_are_unique() -> None:
    ids = [s["$id"] for s in SCHEMAS.values()]
    assert len(ids) == len(set(ids))


def test_every_property_and_definition_has_swedish_title_and_description() -> None:
    missing = []
    for name, path, sub, documented in all_nodes():
        texts = [sub.get("title"), sub.get("description")]
        if documented and not all(isinstance(t, str) and t.strip() for t in texts):
            missing.append(f"{name}#{path}")
        elif any(isinstance(t, str) and ENGLISH.search(t) for t in texts):
            missing.append(f"{name}#{path} (English?)")
    assert missing == []


def test_objects_are_closed_and_refs_have_no_siblings() -> None:
    wrong = []
    for name, path, sub, _ in all_nodes():
        is_object = sub.get("type") == "object" or "properties" in sub
        # The one exception: regelprofil.regler maps rule codes to severities.
        if (
            is_object
            and sub.get("additionalProperties") is not False
            and "propertyNames" not in sub
        ):
            wrong.append(f"{name}#{path}")
        if "$ref" in sub and len(sub) > 1:
            wrong.append(f"{name}#{path} ($ref with siblings)")
    assert wrong == []


def test_unknown_schema_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        validator("finns_inte")
    with pytest.raises(LookupError):
        validator("rutiner#/definitions/finns_inte")


# --- instances -------------------------------------------------------------------------

TEXT: dict[str, Any] = {"text": "Text", "elevtext": "Enkel text"}
FLOW: dict[str, Any] = {
    "rubrik": "När en elev kränks",
    "steg": [
        {"id": "ingripa", "text": "Personal ingriper.", "vem": "personal"},
        {"id": "upphort", "fråga": "Har det upphört?", "ja": "ingripa"},
    ],
}
ROUTINES: dict[str, Any] = {
    "elev_elev": FLOW,
    "personal_elev": FLOW,
    "anmälan": {"personal_till_rektor": "samma dag", "rektor_till_huvudman": "inom en vecka",
                "hur": "Via formulär."},
    "utredning": "U",
    "uppföljning": "U",
    "dokumentation": "D",
    "kontaktpersoner": ["rektor"],
}  # fmt: skip
ORGANISER: dict[str, Any] = {
    "namn": "Strandviks kommun",
    "central_enhet": {"namn": "Enheten", "epost": "k@strandvik.se", "telefon": "08-465 004 00"},
    "tillåtna_epostdomäner": ["strandvik.se"],
    "definitioner": dict.fromkeys(DEFINITIONS, TEXT),
    "diskrimineringsgrunder": dict.fromkeys(GROUNDS, TEXT),
    "rutiner": ROUTINES,
    "regelprofil": {"regler": {"TP204": "av"}, "min_antal_svar": 5, "lix": {"gymnasiet": 45}},
    "tillgänglighet": {
        "förenlighet": "delvis_förenlig",
        "bedömning": {"datum": "2026-08-15", "metod": "Egen granskning"},
        "senast_uppdaterad": "2026-08-15",
        "kontakt": {"epost": "webb@strandvik.se"},
    },
}
SCHOOL: dict[str, Any] = {
    "namn": "Ekbackens skola",
    "skolformer": ["grundskola"],
    "årskurser": "F-6",
    "beskrivning": "Vi är en skola.",
    "adress": {"gata": "Ekbacksvägen 4", "postnummer": "382 31", "ort": "Strandvik"},
    "kontakter": [{"roll": "Rektor", "epost": "r@strandvik.se"}],
    "trygghetsteam": [{"roll": "Kurator", "namn": "Johan Ek"}],
    "färg": "#1f5f8b",
}
STEP: dict[str, Any] = {"elever": "E", "personal": "P"}
PLAN: dict[str, Any] = {
    "beslut": {"datum": "2025-08-18", "rektor": "Maria Lindqvist"},
    "giltighet": {"från": "2025-08-18", "till": "2026-08-31"},
    "vision": "V",
    "mål": [{"id": "M1", "text": "T", "indikator": "I", "målnivå": "90 %",
             "datum": "2026-05-31"}],
    "utvärdering": {"åtgärder": []},
    "kartläggning": {
        "metoder": [{"id": "K1", "metod": "Enkät", "datum": "2025-10-14", "deltagare": "Åk 4",
                     "resultat": "R", "delresultat": [{"grupp": "Åk 4", "mått": "Trygg",
                                                       "antal_svar": 42, "andel": 88.5}]}],
        "fynd": [{"id": "F1", "text": "T", "källor": ["K1"], "taggar": ["kön"]}],
        "elevmedverkan": "E",
        "täckning": {"ålder": "Ingick i enkäten."},
    },
    "analys": {"orsaker": [{"fynd": ["F1"], "orsak": "O"}], "elevmedverkan": "E"},
    "åtgärder": [{"id": "A1", "titel": "T", "typ": "förebyggande", "beskrivning": "B",
                  "adresserar": ["F1"], "ansvarig": "Rektor", "start": "2025-09-01",
                  "klart": "2026-06-10", "uppföljning": {"när": "2026-01-31", "hur": "H"}}],
    "riktlinjer": "R",
    "rutiner": {"elev_elev": FLOW},
    "samverkan": {"kartläggning": STEP, "analys": STEP, "åtgärder": STEP, "uppföljning": STEP},
    "förankring": [{"målgrupp": "elever", "hur": "I klassråd"}],
    "uppföljning_av_planen": {"senast": "2026-06-10", "hur": "H", "ansvarig": "Rektor"},
}  # fmt: skip
WHEEL: dict[str, Any] = {
    "start_månad": "augusti",
    "aktiviteter": [{"id": "enkat", "namn": "Enkät", "månad": "oktober", "vecka": 42,
                     "steg": "kartläggning", "ansvarig": "Rektor", "målgrupp": "Elever"}],
}  # fmt: skip
PAGE: dict[str, Any] = {"titel": "Ordningsregler", "ordning": 10}
VALID: dict[str, Any] = {
    "huvudman": ORGANISER,
    "skola": SCHOOL,
    "trygghetsplan": PLAN,
    "arshjul.schema.json": WHEEL,
    "sida": PAGE,
    "rutiner.schema.json#/definitions/flöde": FLOW,
    "rutiner#/definitions/rutiner": ROUTINES,
    "arshjul#/definitions/aktivitet": WHEEL["aktiviteter"][0],
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_instances_pass(name: str) -> None:
    assert [e.message for e in validator(name).iter_errors(VALID[name])] == []


Mutate = Callable[[dict[str, Any]], object]
INVALID: list[tuple[str, str, Mutate, str]] = [
    ("huvudman", "mobbning is optional, repressalier not",
     lambda d: d["definitioner"].pop("repressalier"), "required"),
    ("huvudman", "rutiner must be complete", lambda d: d["rutiner"].pop("utredning"), "required"),
    ("huvudman", "bad email", lambda d: d["central_enhet"].update(epost="namn@strandvik"),
     "pattern"),
    ("huvudman", "email with link syntax",
     lambda d: d["central_enhet"].update(epost="a@b.se)[x](javascript:alert(1)"), "pattern"),
    ("huvudman", "phone is a string",
     lambda d: d["central_enhet"].update(telefon=701234567), "type"),
    ("huvudman", "rule code", lambda d: d["regelprofil"]["regler"].update(X1="av"), "pattern"),
    ("huvudman", "severity", lambda d: d["regelprofil"]["regler"].update(TP001="hög"), "enum"),
    ("huvudman", "no domains", lambda d: d.update(tillåtna_epostdomäner=[]), "minItems"),
    ("skola", "skolform", lambda d: d["skolformer"].append("högskola"), "enum"),
    ("skola", "årskurser", lambda d: d.update(årskurser="F-10"), "pattern"),
    ("skola", "extra key", lambda d: d["adress"].update(land="Sverige"), "additionalProperties"),
    ("skola", "colour", lambda d: d.update(färg="blå"), "pattern"),
    ("skola", "empty name", lambda d: d.update(namn=""), "minLength"),
    ("skola", "name of 201 characters", lambda d: d.update(namn="S" * 201), "maxLength"),
    ("skola", "contact's name of 121",
     lambda d: d["kontakter"][0].update(namn="N" * 121), "maxLength"),
    ("huvudman", "name of 201 characters", lambda d: d.update(namn="K" * 201), "maxLength"),
    ("huvudman", "unit's name of 201",
     lambda d: d["central_enhet"].update(namn="E" * 201), "maxLength"),
    ("arshjul.schema.json", "activity's name of 201",
     lambda d: d["aktiviteter"][0].update(namn="A" * 201), "maxLength"),
    ("trygghetsplan", "bad date", lambda d: d["beslut"].update(datum="2026-02-30"), "format"),
    ("trygghetsplan", "no goals", lambda d: d.update(mål=[]), "minItems"),
    ("trygghetsplan", "status", lambda d: d["utvärdering"]["åtgärder"].append(
        {"id": "A3", "status": "klar", "effekt": "E"}), "enum"),
    ("trygghetsplan", "tag", lambda d: d["kartläggning"]["fynd"][0].update(taggar=["ras"]), "enum"),
    ("trygghetsplan", "percent",
     lambda d: d["kartläggning"]["metoder"][0]["delresultat"][0].update(andel=120), "maximum"),
    ("trygghetsplan", "coverage key",
     lambda d: d["kartläggning"]["täckning"].update(ras="x"), "additionalProperties"),
    ("trygghetsplan", "missing kartläggning", lambda d: d.pop("kartläggning"), "required"),
    ("trygghetsplan", "ladder step without heading or text",
     lambda d: d.update(konsekvenstrappa={"steg": [{"ansvarig": "Rektor"}, {"rubrik": "B"}]}),
     "anyOf"),
    ("trygghetsplan", "flow via cross-file $ref",
     lambda d: d["rutiner"]["elev_elev"]["steg"].pop(), "minItems"),
    ("trygghetsplan", "unknown rutiner key",
     lambda d: d["rutiner"].update(annat="x"), "additionalProperties"),
    ("arshjul.schema.json", "month", lambda d: d.update(start_månad="Augusti"), "enum"),
    ("arshjul.schema.json", "week",
     lambda d: d["aktiviteter"][0].update(vecka=54), "maximum"),
    ("arshjul.schema.json", "id",
     lambda d: d["aktiviteter"][0].update(id="Enkät"), "pattern"),
    ("sida", "title required", lambda d: d.pop("titel"), "required"),
    ("sida", "extra key", lambda d: d.update(hide=["toc"]), "additionalProperties"),
    ("rutiner.schema.json#/definitions/flöde", "step is neither action nor decision",
     lambda d: d["steg"][1].pop("fråga"), "anyOf"),
    ("rutiner.schema.json#/definitions/flöde", "step id",
     lambda d: d["steg"][0].update(id="Ingripa"), "pattern"),
    ("rutiner.schema.json#/definitions/flöde", "too many steps",
     lambda d: d.update(steg=d["steg"] * 11), "maxItems"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "mutate", "keyword"),
    [(n, m, k) for n, _, m, k in INVALID],
    ids=[i[1] for i in INVALID],
)
def test_invalid_instances_fail(name: str, mutate: Mutate, keyword: str) -> None:
    instance = copy.deepcopy(VALID[name])
    mutate(instance)
    assert [e.validator for e in validator(name).iter_errors(instance)] == [keyword]


@pytest.mark.parametrize(
    "photo", ["foton/kurator.jpg", "kurator.JPEG", "foton/Johan Ek.png", "a.webp", "b.svg"]
)
def test_photos_are_accepted_for_contacts_and_team(photo: str) -> None:
    school = copy.deepcopy(SCHOOL)
    school["kontakter"][0].update(foto=photo, foto_text="Rektorn ler")
    school["trygghetsteam"][0].update(foto=photo)
    assert [e.message for e in validator("skola").iter_errors(school)] == []


@pytest.mark.parametrize(
    "photo",
    ["kurator.gif", "kurator", "/home/anna/kurator.jpg", "../kurator.jpg", "foton/../../x.png",
     "foton\\kurator.jpg", "C:/foton/kurator.jpg", ""],
)  # fmt: skip
def test_photos_must_be_image_files_in_the_school_folder(photo: str) -> None:
    for key in ("kontakter", "trygghetsteam"):
        school = copy.deepcopy(SCHOOL)
        school[key][0]["foto"] = photo
        errors = [e.validator for e in validator("skola").iter_errors(school)]
        assert errors and set(errors) <= {"pattern", "minLength"}, (key, photo)


def test_photo_text_is_a_non_empty_string() -> None:
    school = copy.deepcopy(SCHOOL)
    school["trygghetsteam"][0].update(foto="a.jpg", foto_text="")
    assert [e.validator for e in validator("skola").iter_errors(school)] == ["minLength"]


def test_date_format_is_checked() -> None:
    plan = validator("trygghetsplan")
    for bad in ("2026-13-45", "2026-02-30", "15/8 2026", "2026-8-15"):
        instance = copy.deepcopy(PLAN)
        instance["beslut"]["datum"] = bad
        assert [e.validator for e in plan.iter_errors(instance)] == ["format"], bad


def test_validators_are_cached_per_schema() -> None:
    assert validator("rutiner#/definitions/flöde") is validator(
        "rutiner.schema.json#/definitions/flöde"
    )
    assert validator("skola") is validator("skola.schema.json")


# --- the fields real plans have (issue 15) -------------------------------------------

FULL_PLAN: dict[str, Any] = {
    **PLAN,
    "inledning": "Planen ska ...",
    "rättslig_grund": [
        {"författning": "Skollagen (2010:800)", "bestämmelse": "6 kap.", "innehåll": "I"},
        {"författning": "Diskrimineringslagen (2008:567)"},
    ],
    "ansvarsfördelning": {
        "rektor": "R",
        "elever": "E",
        "andra": [{"roll": "Trygghetsteamet", "text": "T"}],
    },
    "utvärdering": {"riktlinjer_och_rutiner": "Följdes upp i juni.", "åtgärder": []},
    "föregående_period": {
        "period": "2024-25",
        "åtgärder": [{"id": "R1", "titel": "Rastvärdar", "önskad_effekt": "Lugnare raster"}],
    },
    "mål": [{**PLAN["mål"][0], "grunder": ["kön", "kränkande_behandling"]}],
    "åtgärder": [{**PLAN["åtgärder"][0], "grunder": ["ålder"]}],
    "rutiner": {"upptäcka": "Rastvärdar och trygghetsvandringar."},
}


def test_a_plan_with_every_new_field_passes() -> None:
    assert [e.message for e in validator("trygghetsplan").iter_errors(FULL_PLAN)] == []
    organiser = {**ORGANISER, "rutiner": {**ROUTINES, "upptäcka": "U"}}
    assert [e.message for e in validator("huvudman").iter_errors(organiser)] == []


NEW_FIELDS_INVALID: list[tuple[str, Mutate, str]] = [
    ("an unknown role", lambda d: d["ansvarsfördelning"].update(skolsköterska="S"),
     "additionalProperties"),
    ("another role without a name", lambda d: d["ansvarsfördelning"]["andra"][0].pop("roll"),
     "required"),
    ("a legal basis without the law", lambda d: d["rättslig_grund"][1].pop("författning"),
     "required"),
    ("an empty legal basis", lambda d: d.update(rättslig_grund=[]), "minItems"),
    ("a tag that is not a ground", lambda d: d["mål"][0].update(grunder=["ras"]), "enum"),
    ("a finding tag is not a ground", lambda d: d["åtgärder"][0].update(grunder=["nätkränkningar"]),
     "enum"),
    ("a period that is not a plan's", lambda d: d["föregående_period"].update(period="ht 2024"),
     "pattern"),
    ("the light account without measures",
     lambda d: d["föregående_period"].update(åtgärder=[]), "minItems"),
    ("a measure without its title",
     lambda d: d["föregående_period"]["åtgärder"][0].pop("titel"), "required"),
    ("an empty introduction", lambda d: d.update(inledning=""), "minLength"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "keyword"),
    [(m, k) for _, m, k in NEW_FIELDS_INVALID],
    ids=[i[0] for i in NEW_FIELDS_INVALID],
)
def test_the_new_fields_refuse_what_cannot_be_used(mutate: Mutate, keyword: str) -> None:
    instance = copy.deepcopy(FULL_PLAN)
    mutate(instance)
    assert [e.validator for e in validator("trygghetsplan").iter_errors(instance)] == [keyword]
