"""TP1xx: what the law requires of the plan (Skollagen 6 kap., Diskrimineringslagen 3 kap.)."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
LEGAL = Category.LEGAL

CODES: tuple[Code, ...] = (
    Code(
        "TP101",
        ERROR,
        LEGAL,
        "Ingen plan gäller i dag",
        source=cite.SL_6_8,
        checks=(
            "Att enheten har en beslutad trygghetsplan som gäller i dag, vad det än beror på"
            " att ingen gör det: ingen plan finns, bara utkast, nästa plan har inte börjat"
            " gälla, eller planen har gått ut (ett utkast gäller aldrig och går aldrig ut)."
            " Felet beror på dagens datum: det hindrar aldrig publiceringen, och sidorna"
            " säger läsaren att ingen plan gäller."
        ),
        fix="besluta en plan för innevarande period (trygg ny-period gör ett utkast)",
        dated=True,
        quotes=False,  # a unit's name, a period, a file and a command
    ),
    Code(
        "TP102",
        WARNING,
        LEGAL,
        "Giltigheten är inte ett år",
        source=cite.SL_6_8,
        checks=(
            "Att planen gäller i högst ungefär ett år (en ny plan ska upprättas varje år) och"
            " att varje plans giltighet hör till perioden som filnamnet anger: den får sluta"
            " efter perioden och börja högst tre månader före den, men inte ligga helt"
            " utanför den."
        ),
        fix="låt giltighet.från och giltighet.till omfatta perioden, högst ett år",
    ),
    Code(
        "TP103",
        ERROR,
        LEGAL,
        "Beslutet saknar datum eller rektor",
        source=cite.SL_6_8,
        checks=(
            "Att en beslutad plan har ett beslut: beslut.rektor är namnet på rektorn som "
            "beslutade, och beslut.datum ligger inte efter att planen slutat gälla. Ett "
            "beslut som gäller från en senare dag (beslutad i juni, gäller från augusti) är "
            "i sin ordning. Ett utkast (status: utkast) behöver inget beslut."
        ),
        fix=("skriv rektorns namn under beslut.rektor och dagen för beslutet under beslut.datum"),
    ),
    Code(
        "TP104",
        ERROR,
        LEGAL,
        "Förebyggande åtgärder saknas",
        source=cite.SL_6_8,
        checks=(
            "Att planen ger en översikt över åtgärder som förebygger och förhindrar kränkande"
            " behandling: minst en åtgärd har typ förebyggande."
        ),
        fix="lägg till minst en åtgärd med typ: förebyggande som bygger på kartläggningen",
    ),
    Code(
        "TP105",
        ERROR,
        LEGAL,
        "Ingen åtgärd påbörjas under perioden",
        source=cite.SL_6_8,
        checks=(
            "Att planen redogör för vilka åtgärder som påbörjas eller genomförs under "
            "perioden: minst en åtgärd har start och klart inom planens giltighet."
        ),
        fix="ange start och klart för åtgärderna inom planens giltighet",
    ),
    Code(
        "TP106",
        ERROR,
        LEGAL,
        "Förra periodens åtgärder är inte utvärderade",
        source=cite.SL_6_8,
        checks=(
            "Att varje åtgärd i förra periodens plan har en redogörelse i den här planen "
            "under utvärdering.åtgärder, med status och en beskriven effekt."
        ),
        fix=(
            "lägg till en punkt per åtgärd från förra planen under utvärdering.åtgärder, med "
            "id, status och effekt"
        ),
    ),
    Code(
        "TP107",
        WARNING,
        LEGAL,
        "De fyra stegen är inte tidsplanerade",
        source=cite.DL_3_2,
        checks=(
            "Att arbetets fyra steg (undersöka, analysera, åtgärda, följa upp) finns i "
            "årshjulet, och att planens egen uppföljning är beskriven och ligger inom "
            "giltigheten."
        ),
        fix="lägg till en aktivitet för steget i arshjul.yml",
    ),
    Code(
        "TP108",
        ERROR,
        LEGAL,
        "Inte alla diskrimineringsgrunder är undersökta",
        source=cite.DL_1_1_3_2,
        checks=(
            "Att kartläggningen täcker alla sju diskrimineringsgrunder: varje grund är taggad"
            " i ett fynd eller beskriven under kartläggning.täckning."
        ),
        fix=(
            "tagga grunden i ett fynd, eller skriv under kartläggning.täckning hur den undersöktes"
        ),
    ),
    Code(
        "TP109",
        ERROR,
        LEGAL,
        "Riktlinjer och rutiner mot trakasserier saknas",
        source=cite.DO_GUIDELINES,
        checks=(
            "Att riktlinjerna säger att trakasserier och sexuella trakasserier inte "
            "accepteras (riktlinjer.accepteras_inte), vem eleverna vänder sig till "
            "(riktlinjer.vänd_dig_till) och vem som utreder (riktlinjer.utreds_av), och att "
            "rutinerna beskriver utredningen, även när kartläggningen inte visade några "
            "trakasserier. Riktlinjer som bara är en text prövas på att de nämner båda."
        ),
        fix=(
            "skriv under riktlinjer: accepteras_inte: [trakasserier, sexuella trakasserier], "
            "vänd_dig_till: med roller och utreds_av: med en roll"
        ),
    ),
    Code(
        "TP110",
        ERROR,
        LEGAL,
        "Samverkan med elever och personal saknas",
        source=cite.DL_COOPERATION,
        checks=(
            "Att planen under samverkan beskriver hur elever och personal har medverkat i "
            "varje steg: kartläggning, analys, åtgärder, uppföljning samt riktlinjer och "
            "rutiner. För kartläggningen och analysen räcker stegets elevmedverkan för "
            "eleverna. Vårdnadshavare är valfritt."
        ),
        fix="beskriv under samverkan hur eleverna och personalen deltog i steget",
    ),
    Code(
        "TP111",
        ERROR,
        LEGAL,
        "Rutin när personal kränker en elev saknas",
        source=cite.SL_6_9_10,
        checks=(
            "Att det finns en egen rutin för när någon i personalen kränker ett barn eller en"
            " elev (rutiner.personal_elev), som inte är en kopia av rutinen elev–elev och som"
            " säger att rektor och huvudmannen får veta. Huvudmannen kan stå som ordet"
            " huvudmannen eller som en titel under företrädare i huvudman.yml, till exempel"
            " förvaltningschef."
        ),
        fix="beskriv under rutiner.personal_elev vad som händer när en vuxen kränker en elev",
    ),
    Code(
        "TP112",
        ERROR,
        LEGAL,
        "Anmälan personal → rektor → huvudman saknas",
        source=cite.SL_6_10,
        checks=(
            "Att rutinerna beskriver anmälan i två led: personal anmäler till rektor och "
            "rektor anmäler till huvudmannen, med tidsgränser, och att ärendegången elev–elev"
            " visar det."
        ),
        fix="fyll i rutiner.anmälan: personal_till_rektor, rektor_till_huvudman och hur",
    ),
    Code(
        "TP113",
        ERROR,
        LEGAL,
        "Uppföljningen av planen saknas",
        source=cite.DL_3_2,
        checks=(
            "Att planen säger när, hur och av vem arbetet följs upp och utvärderas "
            "(uppföljning_av_planen). Ett utkast kan sakna det, men inte en beslutad plan."
        ),
        fix="lägg till uppföljning_av_planen med senast, hur och ansvarig",
    ),
    Code(
        "TP114",
        WARNING,
        LEGAL,
        "Planen går ut",
        source=cite.SL_6_8,
        checks=(
            "Att den gällande planen inte går ut inom 60 dagar utan att en nyare plan är"
            " beslutad (en plan som går ut i augusti varnas för före sommarlovet). Lämnar"
            " den nyare planen dagar utan plan är det TP128. När den har gått ut är det TP101;"
            " den fortsätter att publiceras, med en notis. I trygg check --strict är"
            " varningen ett fel."
        ),
        fix="börja nästa plan med trygg ny-period och besluta den innan den här går ut",
        dated=True,
    ),
    Code(
        "TP116",
        ERROR,
        LEGAL,
        "Riktlinjerna säger att de inte behövs",
        source=cite.DO_GUIDELINES,
        checks=(
            "Att riktlinjerna inte säger att riktlinjer inte behövs, eller att de saknas för"
            " att kartläggningen inte visade några trakasserier. Riktlinjer och rutiner krävs"
            " ändå: de ska finnas innan något händer."
        ),
        fix=(
            "ta bort meningen och skriv vad som gäller om trakasserier eller sexuella"
            " trakasserier händer: att de inte accepteras, vem eleven vänder sig till och"
            " vem som utreder"
        ),
    ),
    Code(
        "TP117",
        WARNING,
        LEGAL,
        "Riktlinjerna är bara en text",
        source=cite.DL_3_18,
        checks=(
            "Att riktlinjerna är skrivna strukturerat, så att trygg kan se att trakasserier"
            " och sexuella trakasserier inte accepteras, vem eleverna vänder sig till och vem"
            " som utreder. Riktlinjer som bara är en text fungerar, men prövas bara på ord."
        ),
        fix=(
            "skriv riktlinjer: med accepteras_inte, vänd_dig_till och utreds_av, och flytta"
            " texten till riktlinjer.text"
        ),
    ),
    Code(
        "TP115",
        WARNING,
        LEGAL,
        "Eleverna är inte med i kartläggningen",
        source=cite.PUPILS_TAKE_PART,
        checks=(
            "Att kartläggning.elevmedverkan (eller samverkan.kartläggning.elever) säger vad "
            "eleverna själva gjorde: varje forum är ett där elever var med och dess bidrag "
            "säger vad eleverna bidrog med. En text där bara personalen gör något, som "
            "'Mentorerna gick igenom elevernas svar', räcker inte."
        ),
        fix=(
            "skriv kartläggning.elevmedverkan som en lista med forum, när och bidrag för "
            "varje forum där elever var med"
        ),
    ),
    Code(
        "TP118",
        ERROR,
        LEGAL,
        "Planen gäller inte enhetens skolformer",
        source=cite.SL_6_6_8_EACH_UNIT,
        checks=(
            "Att planens skolformer är enhetens skolformer i skola.yml: varje verksamhet ska "
            "ha en plan, och enheten har en plan per period. Planen får inte gälla en "
            "skolform som enheten inte har, och ingen av enhetens skolformer får lämnas utanför."
        ),
        fix="skriv samma skolformer under skolformer i planen som i skola.yml",
    ),
    Code(
        "TP119",
        WARNING,
        LEGAL,
        "Planen nämner inte en av enhetens skolformer",
        source=cite.SL_6_6_8_EACH_UNIT,
        checks=(
            "Att planen tar upp varje skolform den gäller för, till exempel fritidshemmet: "
            "skolformen nämns i planens text eller är ett område i ett fynd."
        ),
        fix=(
            "beskriv hur skolformen ingick i kartläggningen och åtgärderna, eller tagga ett "
            "fynd med området"
        ),
    ),
    Code(
        "TP120",
        WARNING,
        LEGAL,
        "Ett område i diskrimineringslagen är inte undersökt",
        source=cite.DL_3_16_AREAS,
        checks=(
            "Att kartläggningen täcker de områden som lagen räknar upp och som gäller "
            "enhetens skolformer: studiemiljö och undervisning överallt, bedömning i skolan "
            "och dessutom antagning samt studier och föräldraskap i gymnasieskolan. Ett "
            "område räknas när ett fynd har det under områden eller när "
            "kartläggning.täckning säger hur det undersöktes."
        ),
        fix=(
            "tagga området i ett fynd, eller skriv under kartläggning.täckning hur det undersöktes"
        ),
    ),
    Code(
        "TP121",
        ERROR,
        LEGAL,
        "Planen dokumenterar inte alla fyra steg",
        source=cite.DL_DOCUMENTATION,
        checks=(
            "Att en beslutad plan dokumenterar alla fyra steg med innehåll, inte bara med "
            "rubriker: vad kartläggningen visade, orsakerna i analysen, vad åtgärderna går ut "
            "på och hur arbetet följs upp och utvärderas."
        ),
        fix="fyll i steget med vad ni faktiskt har gjort och kommit fram till",
    ),
    Code(
        "TP122",
        WARNING,
        LEGAL,
        "Riktlinjerna och rutinerna är inte uppföljda",
        source=cite.DL_3_18,
        checks=(
            "Att en plan som följer på en tidigare period redogör för hur riktlinjerna och "
            "rutinerna mot trakasserier och sexuella trakasserier har följts upp och "
            "utvärderats (utvärdering.riktlinjer_och_rutiner)."
        ),
        fix=(
            "beskriv under utvärdering.riktlinjer_och_rutiner hur riktlinjerna och rutinerna "
            "följdes upp och vad som ändrades"
        ),
    ),
    Code(
        "TP123",
        WARNING,
        LEGAL,
        "Beslutet är inte taget än",
        source=cite.SL_6_8,
        checks=(
            "Att ingen beslutad plan har ett beslut daterat efter i dag: webbplatsen visar "
            "planen som beslutad av rektor, och det får den göra först när beslutet är taget."
        ),
        fix=(
            "låt planen vara status: utkast till beslutet är taget, och skriv sedan beslut "
            "med beslutets dag"
        ),
    ),
    Code(
        "TP124",
        WARNING,
        LEGAL,
        "Planen gäller från före beslutet",
        source=cite.SL_6_8,
        checks=(
            "Att planen som gäller nu inte börjar gälla före rektors beslut: sidan visar "
            "annars att den gällde en tid då den inte var beslutad."
        ),
        fix="ändra giltighet.från till dagen för beslutet",
    ),
    Code(
        "TP125",
        WARNING,
        LEGAL,
        "Huvudmannens rutin för klagomål saknas",
        source=cite.SL_4_8,
        checks=(
            "Att huvudman.yml under klagomål säger hur barn, elever och vårdnadshavare lämnar"
            " klagomål på utbildningen till huvudmannen. Huvudmannen ska ha skriftliga"
            " rutiner för klagomål och informera om dem; sidan Rutiner vid kränkning visar"
            " dem under Om du inte är nöjd."
        ),
        fix=(
            "lägg till klagomål: i huvudman.yml med text (hur man klagar, vem som svarar och"
            " inom hur lång tid) och länk eller epost"
        ),
    ),
    Code(
        "TP126",
        WARNING,
        LEGAL,
        "Tidsgränsen för anmälan är en annan i ärendegången",
        source=cite.SL_6_10,
        checks=(
            "Att tidsgränserna under rutiner.anmälan (personal_till_rektor och"
            " rektor_till_huvudman) är desamma som tiden i det steg i varje ärendegång där"
            " personalen anmäler till rektor och där rektor anmäler till huvudmannen. Steget"
            " hittas på vad det säger, inte på sitt id, och tidsgränserna jämförs på vad de"
            " betyder: 'senast nästa arbetsdag' och 'Inom en arbetsdag.' är samma tid."
        ),
        fix=(
            "bestäm vilken tidsgräns som gäller och skriv den både under rutiner.anmälan och"
            " som tid i ärendegångens steg"
        ),
    ),
    Code(
        "TP127",
        ERROR,
        LEGAL,
        "Beslutad plan är inte ifylld",
        source=cite.SL_6_8,
        checks=(
            "Att en beslutad plan inte har kvar något som är markerat FYLL I. trygg init och"
            " trygg ny-period markerar så mallens platshållare och exemplets resultat, fynd"
            " och mål. En beslutad plan ska vara skolans egen plan för perioden, och den"
            " publiceras som rektors beslut: skolans webbplats publiceras inte förrän planen"
            " är ifylld. I ett utkast är markeringarna varningar (TP304)."
        ),
        fix=(
            "skriv in skolans egen kartläggning, mål och åtgärder där det står FYLL I och ta"
            " bort markeringarna, eller låt planen vara status: utkast tills den är ifylld"
        ),
    ),
    Code(
        "TP128",
        WARNING,
        LEGAL,
        "Dagar utan plan mellan två planer",
        source=cite.SL_6_8,
        checks=(
            "Att nästa plan, beslutad eller utkast, börjar gälla dagen efter att planen före"
            " den slutar, så att inga dagar blir utan gällande plan. Varningen kommer innan"
            " dagarna börjar; när de har börjat är det TP101. Den beror på dagens datum och"
            " hindrar aldrig publiceringen."
        ),
        fix="låt nästa plan gälla från dagen efter att planen före den slutar",
        dated=True,
        quotes=False,  # periods and days
    ),
    Code(
        "TP129",
        WARNING,
        LEGAL,
        "Planen har beslut men är ett utkast",
        source=cite.SL_6_8,
        checks=(
            "Att ett utkast (status: utkast) inte har ett beslut som redan är taget: rektor"
            " har skrivit in beslutet men inte ändrat status, och planen gäller då inte och"
            " publiceras inte. Ett beslut som är daterat senare än i dag är i sin ordning."
        ),
        fix="skriv status: beslutad, eller ta bort beslut om planen inte är beslutad än",
        quotes=False,  # a day
    ),
)
