"""TP030–TP039, TP041, TP042, TP048–TP050, TP054–TP059 and TP066: content that is well
formed but does not hang together (ids and references, periods and dates, files, roles)."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, CONSISTENCY = Severity.ERROR, Severity.WARNING, Category.CONSISTENCY

CODES: tuple[Code, ...] = (
    Code(
        "TP030", ERROR, CONSISTENCY, "Hänvisningen pekar inte på något", source=cite.FORMAT,
        checks="Att varje hänvisning till ett mål, ett fynd eller en metod pekar på ett id "
        "som finns i samma plan.",
        fix="använd ett id som finns",
    ),
    Code(
        "TP031", ERROR, CONSISTENCY, "Okänd åtgärd från förra perioden", source=cite.FORMAT,
        checks="Att utvärderingen bara redogör för åtgärder som finns i förra periodens plan "
        "(eller för en åtgärd som fortsätter en av dem), och att en åtgärds fortsätter pekar "
        "på en åtgärd i förra periodens plan eller i föregående_period.",
        fix="använd id:n från förra periodens plan",
    ),
    Code(
        "TP032", ERROR, CONSISTENCY, "Två planer gäller samtidigt", source=cite.FORMAT,
        checks="Att en plan börjar gälla först när förra periodens plan har slutat gälla.",
        fix="låt planen börja efter att förra planen slutar",
    ),
    Code(
        "TP033", ERROR, CONSISTENCY, "Mappnamnet duger inte som skol-id", source=cite.FORMAT,
        checks="Att varje skolas mappnamn under content/skolor/ kan bli en webbadress: små "
        "bokstäver a–z, siffror och bindestreck.",
        fix="byt namn på mappen, t.ex. ekbackens-skola",
    ),
    Code(
        "TP034", ERROR, CONSISTENCY, "Samma id två gånger", source=cite.FORMAT,
        checks="Att varje mål, metod, fynd, åtgärd, aktivitet och flödessteg har ett eget id.",
        fix="ge varje punkt ett eget id",
    ),
    Code(
        "TP035", ERROR, CONSISTENCY, "Planfilens namn är inte en period", source=cite.FORMAT,
        checks="Att varje planfil heter som sin period: 2025-26.yml för ett läsår eller "
        "2026.yml för ett kalenderår, under åren 1990–2199, och en plan som beslutas på nytt "
        "under perioden 2025-26-v2.yml, 2025-26-v3.yml och så vidare, i följd.",
        fix="döp filen efter perioden",
    ),
    Code(
        "TP036", ERROR, CONSISTENCY, "Okänt steg i ärendegången", source=cite.FORMAT,
        checks="Att en frågas ja: och nej: pekar på steg i samma flöde.",
        fix="ange id:t på ett steg i samma flöde",
    ),
    Code(
        "TP037", ERROR, CONSISTENCY, "Förra periodens period stämmer inte", source=cite.FORMAT,
        checks="Att föregående_period.period är en period (2025-26 eller 2025) som börjar "
        "före planens egen period, och att bara en skolas första plan i trygg har "
        "föregående_period.",
        fix="skriv förra planens period, till exempel 2025-26 för en plan för 2026-27",
    ),
    Code(
        "TP038", ERROR, CONSISTENCY, "Filen saknas", source=cite.FORMAT,
        checks="Att huvudman.yml och varje skolas skola.yml och arshjul.yml finns.",
        fix="skapa filen utifrån mallen",
    ),
    Code(
        "TP041", ERROR, CONSISTENCY, "Skolan finns inte", source=cite.FORMAT,
        checks="Att en skola som väljs med --skola finns under content/skolor/.",
        fix="ange en av skolorna under content/skolor/ (mappens namn)",
    ),
    Code(
        "TP042", ERROR, CONSISTENCY, "Datumen kommer i fel ordning", source=cite.FORMAT,
        checks="Att en åtgärd börjar innan den är klar och att planen börjar gälla innan "
        "den slutar gälla. En månad, vecka eller termin börjar på sin första dag och "
        "slutar på sin sista.",
        fix="byt plats på datumen eller rätta det ena",
    ),
    Code(
        "TP039", ERROR, CONSISTENCY, "Skol-id:t är upptaget", source=cite.FORMAT,
        checks="Att ingen skola heter som en av portalens egna mappar eller filer "
        "(till exempel granskning eller regler), som då skulle skriva över den.",
        fix="byt namn på skolans mapp",
    ),
    Code(
        "TP048", ERROR, CONSISTENCY, "Veckan ligger inte i månaden", source=cite.FORMAT,
        checks="Att en aktivitets vecka finns och ligger i aktivitetens månad det år "
        "årshjulet visas för: den plan som webbplatsen visar. För en senare period med en "
        "plan (kommande eller utkast) blir det en varning, eftersom samma årshjul visas "
        "för den när den börjar. Arkiverade perioder kontrolleras inte.",
        fix="välj en vecka i månaden eller ta bort vecka",
    ),
    Code(
        "TP049", ERROR, CONSISTENCY, "Fler svar än tillfrågade", source=cite.FORMAT,
        checks="Att en kartläggning inte har fler svar än tillfrågade, och en grupp inte fler "
        "svar än hela kartläggningen.",
        fix="kontrollera antal_svar och antal_tillfrågade",
    ),
    Code(
        "TP050", ERROR, CONSISTENCY, "En elev listas som kontakt", source=cite.GDPR,
        checks="Att kontakter och trygghetsteam bara listar personal, inte elever: ingen "
        "roll som gäller en elev och ingen adress på elevernas e-postdomän. Regeln kan "
        "inte stängas av.",
        fix="ta bort eleven ur listan, eller beskriv elevernas deltagande utan namn",
        locked=True,
    ),
    Code(
        "TP054", WARNING, CONSISTENCY, "Regeln kan inte stängas av", source=cite.GDPR,
        checks="Att regelprofilen inte försöker stänga av eller sänka en regel som skyddar "
        "elevernas personuppgifter. Sådana regler gäller alltid, så inställningen används "
        "inte.",
        fix="ta bort raden ur regelprofil.regler",
    ),
    Code(
        "TP055", WARNING, CONSISTENCY, "Webbplatsens adress saknas", source=cite.FORMAT,
        checks="Att huvudman.yml anger webbplats, adressen där portalen publiceras och som "
        "skolornas webbplatser ligger under. Utan den får webbplatserna ingen "
        "webbplatskarta (sitemap.xml), inget flöde (feed.xml) och inga kanoniska länkar, "
        "och skolorna ingen felsida (404); trygg hittar aldrig på en adress.",
        fix="lägg till webbplats: i huvudman.yml, t.ex. webbplats: https://skolor.strandvik.se",
    ),
    Code(
        "TP056", WARNING, CONSISTENCY, "Innehållsformatet är ett annat", source=cite.FORMAT,
        checks="Att huvudman.yml anger innehållsformat, och att det är det format den "
        "installerade trygg läser. Äldre innehåll fungerar men ska skrivas om med trygg "
        "uppgradera; innehåll för en nyare trygg är ett fel.",
        fix="kör trygg uppgradera, som skriver om filerna och höjer innehållsformat",
    ),
    Code(
        "TP057", ERROR, CONSISTENCY, "Kontaktpersonen är ingen roll i skola.yml",
        source=cite.FORMAT,
        checks="Att varje kontaktperson under rutiner.kontaktpersoner, och varje roll i riktlinjer"
        " (vänd_dig_till, utreds_av), är en roll under "
        "kontakter i skolans skola.yml, eller Trygghetsteamet, och att ingen roll står två "
        "gånger. En roll i huvudman.yml ska finnas i varje skola som inte ersätter listan i "
        "sin plan. Namn, e-post och telefon står bara i skola.yml.",
        fix="skriv rollen som den står under kontakter i skola.yml, eller lägg till den där",
    ),
    Code(
        "TP058", ERROR, CONSISTENCY, "Planens versioner kommer i fel ordning",
        source=cite.FORMAT,
        checks="Att en plan som beslutas på nytt under perioden (2025-26-v2.yml) har ett "
        "senare beslut och börjar gälla senare än versionen före den, och tidigast den dag "
        "den beslutades, och att den gäller minst lika länge. Från den dagen ersätter den "
        "versionen före.",
        fix="ge den nya versionen ett senare beslut.datum och låt den gälla från beslutet",
    ),
    Code(
        "TP059", WARNING, CONSISTENCY, "Samma id för en annan åtgärd", source=cite.FORMAT,
        checks="Att en åtgärd som har samma id som en åtgärd i förra periodens plan (eller i "
        "föregående_period) är samma åtgärd, bedömt efter orden i titeln och målet. Annars "
        "redovisar granskningen den nya åtgärden som en fortsättning av den gamla.",
        fix="ge den nya åtgärden ett eget id, eller skriv fortsätter: med förra årets id",
    ),
    Code(
        "TP066", WARNING, CONSISTENCY, "Två skolor har samma namn", source=cite.FORMAT,
        checks="Att varje skola har ett eget namn, så att portalen och granskningen inte "
        "visar två enheter som ser likadana ut (till exempel efter att en skolas mapp har "
        "kopierats).",
        fix="ge var och en av skolorna ett eget namn under namn: i skola.yml, eller ta bort "
        "den som är en kopia",
    ),
)  # fmt: skip
