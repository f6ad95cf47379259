"""What MkDocs says in English, in Swedish: its objections to mkdocs.yml with how to fix
them (`OBJECTIONS`, which `site.configwords` reads), and the lines it logs while it builds
and serves (`LINES`, which `site.mkdocslines` puts in their place)."""

from __future__ import annotations

import re

from generator.problems import WORDS, Severity

# What MkDocs says -> the same in Swedish, with how to fix it ({…}: the named groups).
OBJECTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), swedish)
    for pattern, swedish in (
        (
            r'^The "(?P<name>[^"]+)" plugin is not installed$',
            "tillägget {name} är inte installerat – installera det i samma miljö som trygg "
            "eller ta bort det under plugins",
        ),
        (
            r"^Unrecognised theme name: '(?P<name>[^']+)'\..*$",
            "temat {name} finns inte – trygg bygger med Material: skriv name: material",
        ),
        (
            r"^The path '(?P<name>[^']+)' isn't an existing (?:directory|file)\.$",
            "{name} finns inte – skriv sökvägen till något som finns, räknat från mkdocs.yml",
        ),
        (
            r"^Failed to load extension '(?P<name>[^']+)'\..*$",
            "Markdown-tillägget {name} kan inte laddas – installera det eller ta bort det "
            "under markdown_extensions",
        ),
        (
            r"^Expected type: <class '(?P<wanted>\w+)'> but received: <class '(?P<got>\w+)'>$",
            "värdet ska vara {wanted}, men är {got}",
        ),
        (
            r"^Expected an? (?P<wanted>\w+), got <class '(?P<got>\w+)'>$",
            "värdet ska vara {wanted}, men är {got}",
        ),
        (
            r"^Expected nav to be a list, got .*$",
            "nav ska vara en lista; trygg gör menyerna själv, så ta bort nav",
        ),
        (
            r"^Unrecognised configuration name: (?P<name>.+)$",
            "okänd inställning – rätta stavningen eller ta bort den",
        ),
        (
            r"^Required configuration not provided\.?$",
            "inställningen krävs men saknas – skriv den i mkdocs.yml",
        ),
        (
            r"^(?:The configuration is invalid\. )?Expected a key-value mapping.*$",
            "mkdocs.yml ska bestå av inställningar (namn: värde), till exempel site_name: trygg",
        ),
        (
            r"^The path set in custom_dir \('(?P<name>[^']+)'\) does not exist\.?$",
            "mappen {name} (custom_dir) finns inte eller är ingen mapp – skriv sökvägen till "
            "en mapp som finns, räknat från mkdocs.yml",
        ),
        (
            r"^Expected a list of language codes\.?$",
            "värdet ska vara en lista med språkkoder, till exempel [sv]",
        ),
        (
            r"^Invalid type <class '(?P<got>\w+)'>\. Expected a string or key/value pairs\.?$",
            "temat ska vara ett namn eller inställningar (name: material), men är {got}",
        ),
        (
            r"^Inherited config file '(?P<name>[^']+)' does not exist at '[^']*'\.$",
            "filen {name} som INHERIT pekar på finns inte – skriv sökvägen räknat från mkdocs.yml",
        ),
    )
)
LISTS = frozenset({"plugins", "markdown_extensions"})  # settings that list names
TYPES = {
    "str": "text",
    "string": "text",
    "int": "ett heltal",
    "float": "ett tal",
    "bool": "true eller false",
    "list": "en lista",
    "dict": "inställningar (namn: värde)",
    "NoneType": "tomt",
}

# What MkDocs logs while `mkdocs build` and `mkdocs serve` run -> the same in Swedish
# ({…}: the named groups, kept as MkDocs wrote them: a folder, an address, the paths).
LINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), swedish)
    for pattern, swedish in (
        (r"Cleaning site directory", "Tömmer utdatamappen"),
        (r"Building documentation to directory: (?P<folder>.+)", "Bygger webbplatsen i {folder}"),
        (r"Building documentation\.\.\.", "Bygger webbplatsen …"),
        (
            r"Documentation built in (?P<whole>\d+)\.(?P<part>\d+) seconds",
            "Webbplatsen byggdes på {whole},{part} sekunder",
        ),
        (
            r"Template skipped: '(?P<name>[^']+)' generated empty output\.",
            "Mallen {name} gav ingen utdata och hoppades över",
        ),
        (
            r"Template skipped: '(?P<name>[^']+)' not found in theme directories\.",
            "Mallen {name} finns inte i temats mappar och hoppades över",
        ),
        (
            r"Page skipped: '(?P<name>[^']+)'\. Generated empty output\.",
            "Sidan {name} gav ingen utdata och hoppades över",
        ),
        (
            r"The directory contains stale files\. Use --clean to remove them\.",
            "Mappen innehåller gamla filer; ta bort dem med --clean",
        ),
        (
            r"A 'dirty' build is being performed, .*",
            "Bygger med --dirty: menyer och länkar på webbplatsen blir troligen fel. "
            "Använd det bara medan du arbetar med webbplatsen",
        ),
        (r"Watching paths for changes: (?P<paths>.+)", "Bevakar ändringar i {paths}"),
        (
            r"Serving on (?P<address>\S+) and opening it in a browser",
            "Förhandsvisningen öppnas i webbläsaren och finns på {address}",
        ),
        (r"Serving on (?P<address>\S+)", "Förhandsvisningen finns på {address}"),
        (r"Detected file changes", "Filer har ändrats"),
        (r"Reloading browsers", "Laddar om webbläsarna"),
        (r"Browser connected: (?P<address>.+)", "En webbläsare har anslutit: {address}"),
        (r"Shutting down\.\.\.", "Avslutar …"),
    )
)
# How MkDocs ends a build in English (`mkdocs.exceptions.Abort`) -> in Swedish.
STRICT_ABORT = re.compile(r"Aborted with (?P<counts>.+) in strict mode!")
STRICT_COUNT = re.compile(r"(?P<count>\d+) (?P<kind>warning|error)s")
# MkDocs logs trygg's varningar and fel at these levels: counted in the same words.
COUNTED = {"warning": WORDS[Severity.WARNING], "error": WORDS[Severity.ERROR]}
