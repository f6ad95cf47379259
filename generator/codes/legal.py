"""TP1xx: what Skollagen requires of the plan (6 kap.: the plan against kränkande behandling
and its content; 4 kap. 8 §). Those resting on Diskrimineringslagen: `codes.discrimination`."""

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
            "annars att den gällde en tid då den inte var beslutad. Dagarna mellan förra"
            " planens slut och beslutet var utan plan (TP131), också när giltighet.från har"
            " ändrats till beslutsdagen."
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
            " dagarna börjar; när de har börjat är det TP101, och när de är över TP131. Den"
            " beror på dagens datum och hindrar aldrig publiceringen."
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
    Code(
        "TP130",
        WARNING,
        LEGAL,
        "Beslutet är äldre än planen",
        source=cite.SL_6_8,
        checks=(
            "Att beslutet är taget för just den här planen: beslut.datum ligger inte före"
            " kartläggningen som planen bygger på, och högst fyra månader före planens period"
            " (för läsåret 2026/27: inte före mars 2026)."
            " Ett äldre datum är oftast förra årets beslut som följde med när planen kopierades."
        ),
        fix="skriv dagen då rektor beslutade den här planen under beslut.datum",
        quotes=False,  # days
    ),
    Code(
        "TP131",
        WARNING,
        LEGAL,
        "Enheten var utan plan",
        source=cite.SL_6_8,
        checks=(
            "Att varje beslutad plan började gälla, och var beslutad, senast dagen efter att"
            " planen före slutade: annars var enheten utan gällande plan dagarna emellan."
            " Dagar under innevarande och förra läsåret (kalenderåret, för planer per"
            " kalenderår) räknas; äldre har redan redovisats i en utvärdering. Dagarna går"
            " inte att ta igen, så varningen hindrar aldrig publiceringen. Dagar före den"
            " första planen i trygg räknas inte: planen före kan finnas utanför trygg."
        ),
        fix=(
            "redogör för dagarna utan plan och vad de berodde på när perioden utvärderas i"
            " nästa periods plan, och besluta varje ny plan i tid så att den gäller från dagen"
            " efter att planen före slutar"
        ),
        dated=True,
        quotes=False,  # a unit's name, a period and days
    ),
)
