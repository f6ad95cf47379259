"""TP040, TP043–TP047, TP051–TP053, TP064, TP065 and TP067–TP070: what a site shows that
does not hang together (the own pages, their links and images, the school's colour)."""

from __future__ import annotations

from generator.codes import citations as cite
from generator.codes.code import Category, Code
from generator.problems import Severity

ERROR, WARNING, CONSISTENCY = Severity.ERROR, Severity.WARNING, Category.CONSISTENCY

CODES: tuple[Code, ...] = (
    Code(
        "TP040", ERROR, CONSISTENCY, "Sidhuvud saknas", source=cite.FORMAT,
        checks="Att varje egen sida börjar med ett sidhuvud (front matter) med sin titel.",
        fix="börja filen med ---, titel: Sidans rubrik och ---",
    ),
    Code(
        "TP043", ERROR, CONSISTENCY, "Bildfilen finns inte", source=cite.FORMAT,
        checks="Att logotypen och varje foto är en fil i skolans mapp.",
        fix="lägg bildfilen i skolans mapp eller ta bort raden",
    ),
    Code(
        "TP044", ERROR, CONSISTENCY, "Diagrammet avslutas inte", source=cite.FORMAT,
        checks="Att varje diagram (```arshjul eller ```flode) i en egen sida avslutas med ```.",
        fix="avsluta diagrammet med en rad med bara ```",
    ),
    Code(
        "TP045", WARNING, CONSISTENCY, "Skolans färg ger för låg kontrast",
        source=cite.WCAG_CONTRAST,
        checks="Att skolans färg når kontrasten 4,5:1 mot vitt och mot de ljusa fält som "
        "sidorna lägger bakom länkar (grått bakom kod, en svag ton av färgen på en markerad "
        "tabellrad), eftersom den är länkfärg och bär texten i sidhuvudet. En ljusare färg "
        "visas som den närmaste mörkare nyansen som når det, och diagrammens staplar som "
        "den som når 3:1 mot vitt.",
        fix="skriv den nyans som meddelandet föreslår, eller välj en annan mörk färg",
    ),
    Code(
        "TP046", ERROR, CONSISTENCY, "Två foton får samma filnamn", source=cite.FORMAT,
        checks="Att två foton inte hamnar på samma adress på webbplatsen.",
        fix="byt namn på en av filerna",
    ),
    Code(
        "TP047", ERROR, CONSISTENCY, "SVG-bilden kan inte publiceras", source=cite.SAFE_IMAGES,
        checks="Att en SVG-bild saknar skript, händelseattribut och annat som kan köras eller "
        "hämta något när bilden öppnas.",
        fix="spara bilden som PNG, eller som vanlig SVG utan skript och on…-attribut",
    ),
    Code(
        "TP051", ERROR, CONSISTENCY, "Sökvägen lämnar skolans mapp", source=cite.SAFE_IMAGES,
        checks="Att varje sökväg i innehållet (logotyp, foto, bilder och länkar i text) "
        "pekar på en fil inne i skolans egen mapp, också när symboliska länkar följs, och "
        "att ingen fil som trygg läser (huvudman.yml, skolans YAML-filer, egna sidor och "
        "rapporter) eller skolans mapp är en symbolisk länk ut ur sin mapp, så att ingen "
        "annan fil på datorn som bygger kan läsas eller publiceras.",
        fix="lägg filen i skolans mapp och skriv sökvägen dit, eller ersätt länken med filen",
    ),
    Code(
        "TP052", ERROR, CONSISTENCY, "Bilden kan inte publiceras", source=cite.SAFE_IMAGES,
        checks="Att varje bild verkligen är en JPEG-, PNG-, WebP- eller SVG-fil (efter sitt "
        "innehåll, inte bara sitt namn), högst 5 MB och 6000 × 6000 pixlar.",
        fix="spara bilden som JPEG, PNG eller WebP i en mindre storlek",
    ),
    Code(
        "TP053", ERROR, CONSISTENCY, "Länken eller bilden leder ingenstans", source=cite.FORMAT,
        checks="Att varje länk i en egen sida till en fil i skolans mapp leder till en annan "
        "egen sida som finns, att ingen text i YAML länkar till en sökväg, så att bygget "
        "inte stannar vid en länk som inte går att följa, och att ingen länk eller bild "
        "börjar med något annat än https://, http://, mailto: eller tel: (som javascript:, "
        "data: eller vbscript:), som webbplatsen gör till en länk som inte leder någonstans.",
        fix="länka till en egen sida (namn.md), en adress med https:// eller ta bort länken",
    ),
    Code(
        "TP064", WARNING, CONSISTENCY, "Filen i sidor/ blir ingen sida", source=cite.FORMAT,
        checks="Att varje fil i en skolas mapp sidor/ är en sida med ändelsen .md, så att "
        "ingen sida (ett Word-dokument, en fil som slutar på .MD eller .markdown) saknas på "
        "webbplatsen utan att någon märker det.",
        fix="spara sidan som Markdown med ändelsen .md, eller flytta filen från sidor/",
    ),
    Code(
        "TP065", WARNING, CONSISTENCY, "Sidans filnamn blir en krånglig adress",
        source=cite.FORMAT,
        checks="Att filnamnet på en egen sida blir en tydlig webbadress: små bokstäver a–z, "
        "siffror och bindestreck, utan mellanslag och utan å, ä och ö (de blir %20 och %C3%B6 "
        "i adressen).",
        fix="byt namn på filen, till exempel till mobil-regler.md",
    ),
    Code(
        "TP067", WARNING, CONSISTENCY, "Länken leder till en rubrik som inte finns",
        source=cite.FORMAT,
        checks="Att varje länk i en egen sida till en rubrik (#rubrik, eller sida.md#rubrik) "
        "leder till en rubrik som finns på sidan, så att läsaren inte hamnar överst på "
        "sidan utan att förstå varför.",
        fix="länka till en rubrik som finns; rubrikens adress är rubriken med små bokstäver "
        "och bindestreck, utan å, ä och ö",
    ),
    Code(
        "TP068", WARNING, CONSISTENCY, "Två rader i menyn heter likadant", source=cite.FORMAT,
        checks="Att varje egen sida har en titel som ingen annan sida i skolans meny har, "
        "varken en annan egen sida eller en sida som trygg skriver (Trygghetsplan, Årshjul, "
        "Rutiner vid kränkning med flera), så att läsaren ser vilken rad som leder vart.",
        fix="ge sidan en egen titel under titel: i sidhuvudet",
    ),
    Code(
        "TP069", WARNING, CONSISTENCY, "HTML visas som text", source=cite.FORMAT,
        checks="Att ingen text har HTML-taggar (<b>, <br>, <a href=…>) utanför kod: trygg "
        "visar all HTML som text, så att ingen sida kan köra skript, och läsaren ser "
        "taggarna i stället för det de skulle göra.",
        fix="ta bort taggen och skriv med Markdown (**fet**, [text](https://adress))",
    ),
    Code(
        "TP070", WARNING, CONSISTENCY, "Bilden från en annan webbplats visas som en länk",
        source=cite.FORMAT,
        checks="Att ingen bild i en egen sida eller i en text i YAML ligger på en annan "
        "webbplats: sidorna hämtar inget från andra webbplatser, så att ingen annan kan se "
        "vem som läser dem, och en sådan bild visas därför som en länk (Bild: …).",
        fix="skriv en vanlig länk utan ! om läsaren ska kunna öppna bilden, eller ta bort den",
    ),
    Code(
        "TP072", ERROR, CONSISTENCY, "Inställningen i mkdocs.yml stoppar bygget",
        source=cite.FORMAT,
        checks="Att mkdocs.yml inte har en inställning som får besökarnas webbläsare att hämta "
        "något från en annan webbplats (repo_url, extra_javascript eller extra_css från en "
        "annan webbplats, extra: analytics, theme: favicon eller logo på en annan webbplats) "
        "eller som skriver in annat än text och länkar på varje sida (copyright), och att "
        "temamappen (custom_dir) bara har filer av de slag som webbplatserna publicerar, "
        "textfiler i UTF-8. trygg build bygger ingen webbplats med en sådan inställning "
        "eller fil. Likaså att mkdocs.yml och filerna den ärver (INHERIT) går att läsa som "
        "YAML, utan datum som inte finns (2026-02-30) och utan !!python-taggar som kör kod, "
        "att den inte har extra_templates, och att varje skript och stilmall i "
        "extra_javascript och extra_css finns i temamappen.",
        fix="ta bort inställningen, eller lägg filen i temamappen (custom_dir under theme) "
        "och skriv sökvägen dit",
    ),
)  # fmt: skip
