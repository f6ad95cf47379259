"""huvudman.yml's model (`model.Organiser`) from its validated document: the huvudman's
names and contacts, texts, rule profile, accessibility statement and nyckeltal."""

from __future__ import annotations

from generator import model as m
from generator.load.document import Document
from generator.model.build_common import Data
from generator.model.build_common import at as _at
from generator.model.build_common import date as _date
from generator.model.build_plan import min_responses
from generator.model.build_routines import routines
from generator.vocabulary import DEFAULT_LICENCE
from generator.vocabulary.terms import GROUNDS


def _text(data: Data) -> m.Text:
    texts = (data["elevtext"], data.get("barntext", ""), data.get("ungdomstext", ""))
    return m.Text(data["text"], *texts)


def organiser(document: Document) -> m.Organiser:
    data = document.data
    unit = data["central_enhet"]
    return m.Organiser(
        name=data["namn"],
        board=data.get("nämnd", ""),
        central_unit_name=unit["namn"],
        central_unit_email=unit["epost"],
        central_unit_phone=unit.get("telefon", ""),
        email_domains=tuple(data["tillåtna_epostdomäner"]),
        website=data.get("webbplats", ""),
        definitions={k: _text(v) for k, v in data["definitioner"].items()},
        grounds={k: _text(data["diskrimineringsgrunder"][k]) for k in GROUNDS},
        routines=routines(data["rutiner"], {}, document, None),
        rule_profile=_rule_profile(data.get("regelprofil", {})),
        accessibility=_accessibility(data["tillgänglighet"]),
        location=_at(document),
        key_indicator=_key_indicator(data.get("nyckeltal")),
        representatives=tuple(data.get("företrädare", [])),
        open_data_licence=data.get("öppna_data", {}).get("licens", DEFAULT_LICENCE),
        complaints=_complaints(data.get("klagomål")),
    )


def _complaints(data: Data | None) -> m.ComplaintRoute | None:
    return (
        m.ComplaintRoute(data["text"], data.get("länk", ""), data.get("epost", ""))
        if data
        else None
    )


def _key_indicator(data: Data | None) -> m.KeyIndicator | None:
    return m.KeyIndicator(data["namn"], data["metod"], data["mått"]) if data else None


def _rule_profile(profile: Data) -> m.RuleProfile:
    return m.RuleProfile(
        severities=dict(profile.get("regler", {})),
        min_responses=min_responses(profile),
        lix_limits=dict(profile.get("lix", {})),
    )


def _accessibility(access: Data) -> m.AccessibilityStatement:
    return m.AccessibilityStatement(
        compliance=access["förenlighet"],
        shortcomings=tuple(
            m.Shortcoming(b["beskrivning"], b.get("orsak", "")) for b in access.get("brister", [])
        ),
        assessed_on=_date(access["bedömning"]["datum"]),
        method=access["bedömning"]["metod"],
        updated_on=_date(access["senast_uppdaterad"]),
        contact_email=access["kontakt"]["epost"],
        contact_phone=access["kontakt"].get("telefon", ""),
    )
