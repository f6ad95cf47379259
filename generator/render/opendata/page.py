"""The page "Öppna data": which files there are and what every field means."""

from __future__ import annotations

from generator.model import School
from generator.render import uris, words
from generator.render.markdown.blocks import heading, link, page, rel, table
from generator.render.markdown.safety import plain
from generator.render.opendata.plan_json import VERSION

URI = uris.OPEN_DATA
MD = " Markdown."
WHEN = " En dag, månad, vecka eller termin, som planen skriver den."
FIRST = "Första dagen som tiden ovan omfattar (en dag: samma dag)."
LAST = "Sista dagen som tiden ovan omfattar."
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
    ("beslut.version", "1, eller 2 och uppåt när planen har beslutats på nytt under perioden."),
    ("beslut.ersatt_från", "Dagen då en senare version ersätter planen, eller null."),
    ("giltighet.från", "Första dagen planen gäller."),
    ("giltighet.till", "Sista dagen planen gäller."),
    ("inledning", "Planens inledning: varför den finns, eller null." + MD),
    ("rättslig_grund[].författning", "Lagen som planen bygger på, till exempel skollagen."),
    ("rättslig_grund[].bestämmelse", "Kapitel och paragrafer, eller null."),
    ("rättslig_grund[].innehåll", "Vad bestämmelsen säger, eller null." + MD),
    ("vision", "Skolans vision." + MD),
    ("ansvarsfördelning.huvudman", "Huvudmannens ansvar, eller null." + MD),
    ("ansvarsfördelning.rektor", "Rektors ansvar, eller null." + MD),
    ("ansvarsfördelning.personal", "Personalens ansvar, eller null." + MD),
    ("ansvarsfördelning.elever", "Elevernas ansvar, eller null." + MD),
    ("ansvarsfördelning.vårdnadshavare", "Vad skolan ber vårdnadshavarna om, eller null." + MD),
    ("ansvarsfördelning.andra[].roll", "En annan roll, till exempel trygghetsteamet."),
    ("ansvarsfördelning.andra[].text", "Rollens ansvar." + MD),
    ("mål[].id", "Målets id, till exempel M1."),
    ("mål[].text", "Vad som ska uppnås."),
    ("mål[].indikator", "Hur det mäts."),
    ("mål[].målnivå", "Vilket värde som räknas som att målet är nått."),
    ("mål[].datum", "När målet ska vara nått." + WHEN),
    ("mål[].datum_dagar.första", FIRST),
    ("mål[].datum_dagar.sista", LAST),
    ("mål[].grunder[]", "Diskrimineringsgrunder, eller kränkande_behandling, som målet gäller."),
    ("mål[].mätning", "Metoden och måttet som målet följs upp med, eller null."),
    ("mål[].mätning.metod", "Kartläggningsmetodens id, till exempel K1."),
    ("mål[].mätning.mått", "Måttet som det står i metodens delresultat."),
    ("mål[].mätning.minst", "Målvärdet i procent som andelen ska nå, eller null."),
    ("mål[].mätning.högst", "Målvärdet i procent som andelen inte ska överstiga, eller null."),
    ("utvärdering.sammanfattning", "Sammanfattning av utvärderingen, eller null." + MD),
    ("utvärdering.delaktiga", "Vilka som deltog i utvärderingen, eller null." + MD),
    ("utvärdering.riktlinjer_och_rutiner",
     "Hur riktlinjer och rutiner har följts upp (DL 3 kap. 18 §), eller null." + MD),
    ("utvärdering.åtgärder[].id", "Id för åtgärden i förra periodens plan."),
    ("utvärdering.åtgärder[].status", "genomförd, delvis eller ej_genomförd."),
    ("utvärdering.åtgärder[].effekt", "Vilken effekt åtgärden fick." + MD),
    ("utvärdering.åtgärder[].lärdom", "Vad skolan lärde sig, eller null." + MD),
    ("föregående_period",
     "Förra periodens åtgärder i korthet när den planen inte finns här, annars null."),
    ("föregående_period.period", "Förra planens period, till exempel 2025-26."),
    ("föregående_period.åtgärder[].id", "Åtgärdens id, som utvärderingen hänvisar till."),
    ("föregående_period.åtgärder[].titel", "Åtgärdens namn."),
    ("föregående_period.åtgärder[].önskad_effekt", "Vad åtgärden skulle leda till, eller null."),
    ("kartläggning.metoder[].id", "Metodens id, till exempel K1."),
    (
        "kartläggning.metoder[].fortsätter",
        "Metodens id i förra periodens plan, om det är ett annat, eller null.",
    ),
    ("kartläggning.metoder[].metod", "Metoden, till exempel trygghetsenkät."),
    ("kartläggning.metoder[].datum", "När kartläggningen gjordes." + WHEN),
    ("kartläggning.metoder[].datum_dagar.första", FIRST),
    ("kartläggning.metoder[].datum_dagar.sista", LAST),
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
    ("kartläggning.elevforum[].forum", "Forum där elever var med; tom lista vid text."),
    ("kartläggning.elevforum[].när", "När eleverna var med, som planen skriver, eller null."),
    ("kartläggning.elevforum[].bidrag", "Vad eleverna bidrog med." + MD),
    ("kartläggning.täckning", "Grunder och områden som undersöktes utan fynd: nyckel och hur."),
    ("kartläggning.resultat", "Resultatet för alla metoder tillsammans, eller null." + MD),
    ("analys.orsaker[].fynd[]", "Id för fynden som orsaken gäller."),
    ("analys.orsaker[].orsak", "Orsaken." + MD),
    ("analys.orsaker[].utan_åtgärd", "Varför fyndet inte får en åtgärd, eller null." + MD),
    ("analys.elevmedverkan", "Hur eleverna deltog i analysen." + MD),
    ("analys.elevforum[].forum", "Forum där elever var med; tom lista vid text."),
    ("analys.elevforum[].när", "När eleverna var med, som planen skriver, eller null."),
    ("analys.elevforum[].bidrag", "Vad eleverna bidrog med." + MD),
    ("åtgärder[].id", "Åtgärdens id, till exempel A1."),
    ("åtgärder[].titel", "Åtgärdens namn."),
    ("åtgärder[].typ", "främjande eller förebyggande."),
    ("åtgärder[].beskrivning", "Vad som ska göras." + MD),
    ("åtgärder[].adresserar[]", "Id för fynden som åtgärden bygger på."),
    ("åtgärder[].mål", "Id för målet, eller null."),
    ("åtgärder[].ansvarig", "Vem som ansvarar (en roll)."),
    ("åtgärder[].start", "När åtgärden börjar." + WHEN),
    ("åtgärder[].start_dagar.första", FIRST),
    ("åtgärder[].start_dagar.sista", LAST),
    ("åtgärder[].klart", "När åtgärden ska vara klar, eller null om den pågår." + WHEN),
    ("åtgärder[].klart_dagar.första", FIRST),
    ("åtgärder[].klart_dagar.sista", LAST),
    ("åtgärder[].uppföljning.när", "När åtgärden följs upp, eller null." + WHEN),
    ("åtgärder[].uppföljning.när_dagar.första", FIRST),
    ("åtgärder[].uppföljning.när_dagar.sista", LAST),
    ("åtgärder[].uppföljning.hur", "Hur åtgärden följs upp."),
    ("åtgärder[].kommunikation", "Hur eleverna får veta, eller null."),
    ("åtgärder[].elevtext", "Åtgärden förklarad för elever, eller null."),
    ("åtgärder[].grunder[]",
     "Diskrimineringsgrunder, eller kränkande_behandling, som åtgärden gäller."),
    ("riktlinjer", "Riktlinjer mot trakasserier och sexuella trakasserier: skolans text." + MD),
    ("riktlinjer_delar",
     "Riktlinjernas delar, eller null för riktlinjer som bara är en text."),
    ("riktlinjer_delar.accepteras_inte[]",
     "Det som inte accepteras, till exempel sexuella trakasserier."),
    ("riktlinjer_delar.vänd_dig_till[]", "Roller som eleven kan vända sig till."),
    ("riktlinjer_delar.utreds_av", "Rollen som ansvarar för att det utreds, eller null."),
    ("rutiner.upptäcka", "Hur personalen upptäcker kränkningar, eller null." + MD),
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
    ("uppföljning_av_planen.senast", "När planen senast ska vara uppföljd." + WHEN),
    ("uppföljning_av_planen.senast_dagar.första", FIRST),
    ("uppföljning_av_planen.senast_dagar.sista", LAST),
    ("uppföljning_av_planen.hur", "Hur planen följs upp." + MD),
    ("uppföljning_av_planen.ansvarig", "Vem som ansvarar för uppföljningen."),
)  # fmt: skip


def render_open_data(school: School) -> str:
    files = [
        "- "
        + link(
            f"Trygghetsplanen för {plain(words.plan_period(p))} (JSON)", rel(URI, uris.plan_data(p))
        )
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
        "desamma som i skolans innehållsfiler. Datum skrivs ÅÅÅÅ-MM-DD. Tider i planen står "
        "som skolan skrev dem: en dag (2026-01-15), en månad (2025-10), en vecka (2026-W10) "
        "eller en termin (ht 2026 är 1 juli–31 december, vt 2027 är 1 januari–30 juni); "
        "fältet som slutar på `_dagar` bredvid ger första och sista dagen. Värden som saknas "
        "är `null`, så alla filer har samma fält. Fält markerade Markdown innehåller text "
        "som skolan har skrivit, med Markdown-formatering. Resultat för grupper där för "
        "få har svarat publiceras aldrig. `[]` betyder att fältet är en lista och "
        "`<steg>` att nyckeln är ett steg i arbetet, till exempel kartläggning.",
        table(["Fält", "Innehåll"], rows),
    )
