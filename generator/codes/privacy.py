"""TP4xx: no personal data about pupils in what is published."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
PRIVACY = Category.PRIVACY

CODES: tuple[Code, ...] = (
    Code(
        "TP401",
        ERROR,
        PRIVACY,
        "Personnummer i innehållet",
        source=cite.GDPR_PNR,
        checks=(
            "Att inget personnummer eller samordningsnummer står någonstans i innehållet: i "
            "text, kommentarer, alt-texter, SVG-filer, bilders metadata och namn på filer och "
            "mappar. Alla skrivsätt räknas (med eller utan sekel, med bindestreck, plus, "
            "mellanslag eller andra streck och blanksteg, med datumet skrivet med snedstreck, "
            "kodat i en länk som %31 eller med HTML-tecken) om kontrollsiffran stämmer, och "
            "med bindestreck eller plus före de fyra sista siffrorna även när den inte gör "
            "det (en felskriven siffra pekar fortfarande ut ett barn, utom i ett diarienummer: "
            "Dnr BUN ÅÅMMDD-NNNN), och när ett streck eller annat tecken står inne i datumet "
            "eller de fyra sista siffrorna, som i inget annat nummer. Ett "
            "telefonnummer räknas inte: efter ring, tel, telefon, mobil, sms, växel, nås eller "
            "kontakta, med riktnumret för sig (070-123 45 67, 08-123 456 78, 08-12 34 56 78) "
            "eller tio siffror i följd som börjar med 0 (utom efter en elev, ett barn eller "
            "vårdnadshavare till i samma mening); inte heller ett datum med en klocktid efter "
            "(2024-09-17 1330) som är högst tre år gammalt. Står ett ord för numret före i samma "
            "mening (personnummer, pnr, samordningsnummer, identitetsnummer, personbeteckning, "
            "född, födelsedag:, också felstavat, förkortat eller isärskrivet) räknas "
            "siffrorna hur de än grupperas. Likaså räknas ett datum med fyra siffror efter "
            "(ÅÅÅÅ-MM-DD NNNN, "
            "ÅÅÅÅ/MM/DD/NNNN) efter en elev, ett barn eller en klass, om inte ett ord för ett "
            "möte eller en tid (möte, träffas, elevrådet, kl.) står i samma mening och datumet "
            "är högst tre år gammalt (så gamla möten står inte i en plan), eller "
            "datumet är senare än, eller mindre än ett år före, byggets dag: det är ingen "
            "elevs födelsedag (skolavslutningen för åk 9 i juni är en tid). Siffror "
            "från 0 i datumets par efter en elev eller en klass (8B: 07 01 23 45 67) kan vara "
            "båda och räknas som personnummer. Texten läses också som sidan och sökindexet "
            "visar den: siffror "
            "som delas av cellerna i en tabellrad, punkterna i en lista, en radbrytning eller "
            "tecknen för fetstil, länkar och rubriker läses ihop, liksom fynd som planens sida "
            "visar efter varandra (under Bygger på, i analysen och i tabellen över "
            "diskrimineringsgrunderna), och ett ord som personnummer läses ihop med numret på "
            "nästa rad eller i nästa punkt. Ett nummer läses också efter det som betecknar "
            "det: en tabells kolumnrubrik (Personnummer, Elev) före varje cell i kolumnen, en "
            "rubrik, en rad som slutar med kolon eller står i fetstil före stycket eller "
            "listan direkt efter, och en punkt före nästa punkt. "
            "Regeln kan inte stängas av eller sänkas."
        ),
        fix="ta bort numret; uppgifter om enskilda hör hemma i ärendesystemet, inte i planen",
        locked=True,
    ),
    Code(
        "TP402",
        WARNING,
        PRIVACY,
        "E-postadress utanför huvudmannens domäner",
        source=cite.GDPR,
        checks=(
            "Att varje e-postadress i innehållet hör till en av huvudmannens domäner "
            "(tillåtna_epostdomäner i huvudman.yml), så att inga privata adresser publiceras. "
            "En underdomän räknas inte med sin huvuddomän: edu.strandvik.se kan vara "
            "elevernas, så den ska stå i listan om personalen har adresser där."
        ),
        fix="använd en funktionsadress eller jobbadress på huvudmannens domän",
    ),
    Code(
        "TP403",
        INFO,
        PRIVACY,
        "Delresultat med få svar visas inte",
        source=cite.GDPR,
        checks=(
            "Vilka delresultat i enkäterna som inte visas: grupper med färre svar än "
            "min_antal_svar i regelprofilen (minst 5), och de grupper och totaler som måste "
            "döljas med dem så att ingen kan räkna fram en liten grupp ur de andra siffrorna "
            "(med summor, skillnader, helskolerader, andra mått eller procent gånger antal). "
            "Det gäller sidor, öppna data och allt annat som publiceras."
        ),
        fix=(
            "slå ihop de minsta grupperna (t.ex. åk 4–6 i stället för åk 4) eller ta bort "
            "dem, så kan de andra visas: också en grupp med många svar döljs om den annars "
            "skulle avslöja en liten grupp i samma enkät"
        ),
    ),
    Code(
        "TP404",
        ERROR,
        PRIVACY,
        "Texten kan peka ut en elev",
        source=cite.GDPR,
        checks=(
            "Att ingen text som publiceras nämner en elev vid namn tillsammans med en klass, "
            'en årskurs eller ordet elev, som "Kalle i 4B", "Maja (7a)", "Omar i fyran", '
            '"eleven Sara" eller "Elev: Kalle": fritext, namn, grupper, mått, roller, '
            "rektorns namn och varje annat fält som kan rymma ett namn (inte datum, val ur "
            "en lista, e-postadresser och hänvisningar till id; en webbadress läses som ord), "
            "texten i en SVG-bild, och inget "
            "id eller namn på en fil eller mapp "
            '(med små eller stora bokstäver, som "samtal-med-sara-i-8c" eller '
            '"sara-lind-8c.jpg"). Appar, böcker, platser och teman ("Vi använder Teams i 4B") '
            'räknas inte, och inte heller personalroller ("mentor Anna i 4B"). Ett namn '
            "räknas också, känt eller inte, när det sitter ihop med en klass med ett streck "
            '("Zorro–4B"), och i en mening som säger vad en elev utsatts för '
            'eller gjort och som nämner en klass var som helst i meningen ("I klass 4B har '
            'Omar blivit retad"), även som en länks text. I en mening som berättar om en '
            "händelse eller kränkning räknas ett känt förnamn eller ett för- och efternamn "
            'också utan klass ("Vid en kränkning mot Ebba på fritids", "Efter incidenten med '
            'Noah Karlsson", "Wilma skickade skärmdumpar"), och ett namn som står ihop med en '
            'elevs ("Noah Karlsson och Liam Berg i 4B") räknas alltid; personal med sin roll '
            '("kurator Ebba Lind") och personal som skolan anger i skola.yml räknas inte. '
            "En länks titel läses som text och "
            "dess adress som ord (avkodad, med + - _ som mellanrum: sökväg, frågans värden, "
            "fragment, ämnet i en mailto), men en adress räknas bara med en klass eller vad "
            'en person utsatts för. Det gäller också initialer med en klass ("K.N. i 8A", '
            '"K N (8A)", "KN i 8A"; tre versaler utan punkter, som "KLN i 8A", bara med ordet '
            'elev eller en kränkning, annars varning TP407), "Saga L i 9B", "Saga (elev, 9B)", '
            '"Astrid Holm (13 år) i 7B", "Signe Ek i år 7", "Nils Ek. Han går i 7B", ett namn '
            'ensamt med sin klass ("Yousef ur 9B.", "- Yousef från 9B"), "@saga_9b" och '
            "en enda elev som beskrivs med klass och en känslig uppgift eller kränkning, utan "
            'namn ("Pojken i 8A med diabetes blir retad", "I 7B har en elev med autism '
            'blivit utfryst"; inte "Elever i 7B med funktionsnedsättning"), och även utan '
            "klass en enda elev med en diagnos, en funktionsnedsättning eller en annan "
            'känslig uppgift i en mening om vad som hänt ("En elev med adhd har blivit '
            'utfryst"; inte "En elev med adhd kan få stöd"). Ett känt förnamn räknas också '
            'som den som anmäler eller berättar ("anmälan från Moa", "Alva berättade för '
            'mentorn") och före en vårdnadshavare ("Noahs vårdnadshavare"; ett okänt namn, '
            'som ett smeknamn, i en mening om en kränkning: "Jontes mamma"). Ett namn räknas '
            'också efter en etikett eller ett ord för den utsatte eller en anmälan ("Utsatt: '
            'Hugo", "Ärende 3: Hugo", "Offret var Hugo", "Anmälan gällde Hugo"), i apposition '
            'till en elev ("en elev med adhd, Hugo, som …"), med klass och kränkning i rad '
            '("4B – Hugo – slagen"), som rubrik över vad han eller hon utsatts för, i en '
            'tabellrad med en kränkning och med initialer efter ordet elev ("Eleven H.B. blev '
            'slagen"). Det som räknas som kränkning eller känslig uppgift är bl.a. våld, rån, '
            "stöld, sexuella trakasserier och övergrepp, självskada, orosanmälan och placering, "
            "diagnoser och funktionsnedsättningar, avstängning och glåpord. Ord som börjar "
            'ett mått eller en mening, som "Blivit slagen", "Fysiskt slagen" eller "Tidigare", '
            "länder, regioner, folk, språk och svenska orter, butiker, serier och spel är inga "
            "namn. Regeln kan inte stängas av eller sänkas: inget om en enskild elev publiceras."
        ),
        fix=(
            'skriv om utan namn och klass, t.ex. "en elev", eller med stadiet i stället för '
            'klassen ("en elev på högstadiet" för en elev i 8B); är det personal, börja '
            'meningen med rollen och namnet: "Mentorn Anna i 4B träffar klassrådet"'
        ),
        locked=True,
    ),
    Code(
        "TP405",
        ERROR,
        PRIVACY,
        "E-postadress till en elev",
        source=cite.GDPR,
        checks=(
            "Att ingen e-postadress i innehållet hör till en elev: adresser på skolans "
            "elevdomän (elevdomän i skola.yml) eller på en domän med elev, stud eller student "
            "i namnet, som kalle.s@elev.strandvik.se, och adresser på vilken domän som "
            "helst där en klass eller årskurs och ett namn står före @, som "
            "omar.lind.9d@gmail.com (men inte mentor.4b@ eller klass4b@). På skolans egna "
            "domäner räcker ett ord och en klass, som zelda9d@strandvik.se, om ordet inte är "
            "ett ämne, ett ärende, en roll, skolans namn eller efternamnet på någon i skolans "
            "kontakter eller trygghetsteam (berg4b@ för Elin Berg). Regeln kan inte "
            "stängas av eller sänkas."
        ),
        fix="ta bort adressen, eller använd en funktionsadress för personalen",
        locked=True,
    ),
    Code(
        "TP406",
        ERROR,
        PRIVACY,
        "Få elever och en känslig uppgift i samma mening",
        source=cite.GDPR,
        checks=(
            "Att ingen fritext anger ett litet antal elever (färre än min_antal_svar) "
            "tillsammans med en känslig uppgift, som en diskrimineringsgrund, hälsa eller en "
            'kränkning: "3 av 4 elever i gruppen uppger att de blivit kränkta". En andel av '
            'en större grupp ("tre av fyra elever känner sig trygga", "3 av 10 elever") räknas '
            'inte. En enskild elev i en klass eller en liten grupp ("en flicka i 7C", "en av '
            'eleverna i 8B", "ett barn på avdelning Ekorren") räknas också, och felet säger då '
            "att texten pekar ut en enskild elev. Regeln kan inte stängas av eller sänkas."
        ),
        fix=(
            "skriv en andel av en större grupp, eller ta bort antalet; gäller det en enskild "
            'elev, skriv utan klass eller grupp ("en elev") eller om flera ("några elever i '
            'åk 7")'
        ),
        locked=True,
    ),
    Code(
        "TP407",
        WARNING,
        PRIVACY,
        "Initialer med klass",
        source=cite.GDPR,
        checks=(
            'Att inga tre versaler utan punkter står med en klass, som "Vi pratade med KLN i '
            '8A": är det initialer vet den som känner klassen vem det är. Oftast är det en '
            'förkortning (som "EHT i 8A"), så det är en varning; efter en personalroll '
            '("Mentor ABC i 9B") eller i en lista över personal räknas det inte. Initialer '
            'med punkter eller mellanslag och två versaler ("K.N. i 8A", "K N (8A)", "KN i '
            '8A") är fel TP404, liksom tre versaler med ordet elev eller vad en person '
            'utsatts för eller gjort ("KLN i 9B blev slagen"). Regeln kan inte stängas av.'
        ),
        fix='skriv om utan initialer; är det personal, skriv rollen först: "Mentor ABC i 9B"',
        locked=True,
    ),
)
