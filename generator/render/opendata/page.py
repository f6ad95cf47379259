"""The page "Öppna data": which files there are and what every field means."""

from __future__ import annotations

from generator.model import School
from generator.render import uris
from generator.render.markdown.blocks import heading, link, page, rel, table
from generator.render.markdown.safety import plain
from generator.render.opendata.plan_json import VERSION

URI = uris.OPEN_DATA
MD = " Markdown."
FIELDS: tuple[tuple[str, str], ...] = (
    ("version", "Strukturens version. Höjs bara när fält tas bort eller byter betydelse."),
    ("skola.id", "Skolans id, samma som i webbadressen."),
    ("skola.namn", "Skolans namn."),
    ("skola.skolformer[]", "Skolformerna, till exempel grundskola och fritidshem."),
    ("skola.årskurser", "Årskurserna, till exempel F-6, eller null för en förskola."),
    ("skola.huvudman", "Huvudmannen."),
    ("period.id", "Perioden: 2026-27 för ett läsår, 2026 för ett kalenderår."),
    ("period.typ", "läsår eller kalenderår."),
    ("period.början", "Periodens första dag."),
    ("period.slut", "Periodens sista dag."),
    ("beslut.datum", "Dagen då rektor beslutade planen."),
    ("beslut.rektor", "Rektorn som beslutade planen."),
    ("giltighet.från", "Första dagen planen gäller."),
    ("giltighet.till", "Sista dagen planen gäller."),
    ("vision", "Skolans vision." + MD),
    ("mål[].id", "Målets id, till exempel M1."),
    ("mål[].text", "Vad som ska uppnås."),
    ("mål[].indikator", "Hur det mäts."),
    ("mål[].målnivå", "Vilket värde som räknas som att målet är nått."),
    ("mål[].datum", "När målet ska vara nått."),
    ("utvärdering.sammanfattning", "Sammanfattning av utvärderingen, eller null." + MD),
    ("utvärdering.delaktiga", "Vilka som deltog i utvärderingen, eller null." + MD),
    ("utvärdering.åtgärder[].id", "Id för åtgärden i förra periodens plan."),
    ("utvärdering.åtgärder[].status", "genomförd, delvis eller ej_genomförd."),
    ("utvärdering.åtgärder[].effekt", "Vilken effekt åtgärden fick." + MD),
    ("utvärdering.åtgärder[].lärdom", "Vad skolan lärde sig, eller null." + MD),
    ("kartläggning.metoder[].id", "Metodens id, till exempel K1."),
    ("kartläggning.metoder[].metod", "Metoden, till exempel trygghetsenkät."),
    ("kartläggning.metoder[].datum", "När kartläggningen gjordes."),
    ("kartläggning.metoder[].deltagare", "Vilka som deltog."),
    ("kartläggning.metoder[].antal_tillfrågade", "Hur många som tillfrågades, eller null."),
    (
        "kartläggning.metoder[].antal_svar",
        "Hur många som svarade, eller null när det inte är känt eller inte får visas "
        "(en grupp har för få svar).",
    ),
    ("kartläggning.metoder[].resultat", "Metodens resultat, eller null." + MD),
    ("kartläggning.metoder[].delresultat[].grupp", "Gruppen, till exempel en årskurs."),
    ("kartläggning.metoder[].delresultat[].mått", "Vad som mättes."),
    ("kartläggning.metoder[].delresultat[].antal_svar", "Antal svar i gruppen."),
    ("kartläggning.metoder[].delresultat[].andel", "Andel i procent."),
    ("kartläggning.metoder[].utelämnade_delresultat",
     "Antal delresultat som inte publiceras eftersom för få svarade."),
    ("kartläggning.fynd[].id", "Fyndets id, till exempel F1."),
    ("kartläggning.fynd[].text", "Vad kartläggningen visade."),
    ("kartläggning.fynd[].källor[]", "Id för metoderna fyndet bygger på."),
    ("kartläggning.fynd[].taggar[]", "Diskrimineringsgrunder och typer av kränkningar."),
    ("kartläggning.fynd[].områden[]", "Var i verksamheten, till exempel raster."),
    ("kartläggning.elevmedverkan", "Hur eleverna deltog i kartläggningen." + MD),
    ("kartläggning.täckning", "Grunder som undersöktes utan fynd: grund och hur."),
    ("kartläggning.resultat", "Resultatet för alla metoder tillsammans, eller null." + MD),
    ("analys.orsaker[].fynd[]", "Id för fynden som orsaken gäller."),
    ("analys.orsaker[].orsak", "Orsaken." + MD),
    ("analys.orsaker[].utan_åtgärd", "Varför fyndet inte får en åtgärd, eller null." + MD),
    ("analys.elevmedverkan", "Hur eleverna deltog i analysen." + MD),
    ("åtgärder[].id", "Åtgärdens id, till exempel A1."),
    ("åtgärder[].titel", "Åtgärdens namn."),
    ("åtgärder[].typ", "främjande eller förebyggande."),
    ("åtgärder[].beskrivning", "Vad som ska göras." + MD),
    ("åtgärder[].adresserar[]", "Id för fynden som åtgärden bygger på."),
    ("åtgärder[].mål", "Id för målet, eller null."),
    ("åtgärder[].ansvarig", "Vem som ansvarar (en roll)."),
    ("åtgärder[].start", "När åtgärden börjar."),
    ("åtgärder[].klart", "När åtgärden ska vara klar, eller null om den pågår."),
    ("åtgärder[].uppföljning.när", "När åtgärden följs upp."),
    ("åtgärder[].uppföljning.hur", "Hur åtgärden följs upp."),
    ("åtgärder[].kommunikation", "Hur eleverna får veta, eller null."),
    ("åtgärder[].elevtext", "Åtgärden förklarad för elever, eller null."),
    ("riktlinjer", "Riktlinjer mot trakasserier och sexuella trakasserier." + MD),
    ("rutiner.elev_elev", "Ärendegången när en elev kränks av en elev (ett flöde, se nedan)."),
    ("rutiner.personal_elev", "Ärendegången när en elev kränks av personal (ett flöde)."),
    ("rutiner.anmälan.personal_till_rektor", "När personal anmäler till rektor."),
    ("rutiner.anmälan.rektor_till_huvudman", "När rektor anmäler till huvudmannen."),
    ("rutiner.anmälan.hur", "Hur anmälan görs." + MD),
    ("rutiner.utredning", "Hur utredningen går till." + MD),
    ("rutiner.uppföljning", "Hur ärenden följs upp." + MD),
    ("rutiner.dokumentation", "Hur ärenden dokumenteras." + MD),
    ("rutiner.kontaktpersoner[]", "Roller som barn och vårdnadshavare kan vända sig till."),
    ("flöde.rubrik", "Flödets rubrik."),
    ("flöde.steg[].id", "Stegets id."),
    ("flöde.steg[].text", "Vad som görs, eller null för en fråga."),
    ("flöde.steg[].vem", "Vem som gör det, eller null."),
    ("flöde.steg[].tid", "När det ska vara gjort, eller null."),
    ("flöde.steg[].elevtext", "Steget förklarat för elever, eller null."),
    ("flöde.steg[].fråga", "Frågan, om steget är ett vägval, annars null."),
    ("flöde.steg[].ja", "Id för steget vid ja, eller null för nästa steg."),
    ("flöde.steg[].nej", "Id för steget vid nej, eller null för nästa steg."),
    ("samverkan.<steg>.elever", "Hur elever är med i steget." + MD),
    ("samverkan.<steg>.personal", "Hur personalen är med i steget." + MD),
    ("samverkan.<steg>.vårdnadshavare", "Hur vårdnadshavare är med, eller null." + MD),
    ("förankring[].målgrupp", "elever, personal, vårdnadshavare, huvudman eller webb."),
    ("förankring[].hur", "Hur planen når målgruppen."),
    ("förankring[].när", "När, eller null."),
    ("konsekvenstrappa", "Konsekvenstrappan, eller null om planen inte har någon."),
    ("konsekvenstrappa.steg[].rubrik", "Stegets rubrik."),
    ("konsekvenstrappa.steg[].text", "Vad som händer." + MD),
    ("konsekvenstrappa.steg[].ansvarig", "Vem som ansvarar, eller null."),
    ("konsekvenstrappa.steg[].lagrum", "Paragrafen i skollagen, eller null."),
    ("konsekvenstrappa.ordningsregler", "Länk till ordningsreglerna, eller null."),
    ("uppföljning_av_planen.senast", "När planen senast ska vara uppföljd."),
    ("uppföljning_av_planen.hur", "Hur planen följs upp." + MD),
    ("uppföljning_av_planen.ansvarig", "Vem som ansvarar för uppföljningen."),
)  # fmt: skip


def render_open_data(school: School) -> str:
    files = [
        "- "
        + link(f"Trygghetsplanen för {plain(p.period.label)} (JSON)", rel(URI, uris.plan_data(p)))
        for p in reversed(school.plans)
    ]
    if school.current_plan is not None:
        files.append("- " + link("Årshjulet som kalender (iCalendar, .ics)", rel(URI, uris.ICS)))
    rows = [[f"`{path}`", text] for path, text in FIELDS]
    return page(
        heading(1, "Öppna data"),
        "Trygghetsplanerna finns också som maskinläsbara filer, så att huvudmannen, "
        "forskare och andra kan följa arbetet och jämföra skolor.",
        heading(2, "Filer", "filer") if files else "",
        "\n".join(files),
        heading(2, "Så är planfilerna uppbyggda", "struktur"),
        f"Varje plan är ett JSON-objekt (UTF-8) med version {VERSION}. Nycklarna är "
        "desamma som i skolans innehållsfiler. Datum skrivs ÅÅÅÅ-MM-DD. Värden som saknas "
        "är `null`, så alla filer har samma fält. Fält markerade Markdown innehåller text "
        "som skolan har skrivit, med Markdown-formatering. Resultat för grupper där för "
        "få har svarat publiceras aldrig. `[]` betyder att fältet är en lista och "
        "`<steg>` att nyckeln är ett steg i arbetet, till exempel kartläggning.",
        table(["Fält", "Innehåll"], rows),
    )
