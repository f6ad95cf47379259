"""What MkDocs says of mkdocs.yml (its English objections), in Swedish with how to fix it:
the table `site.configwords` reads."""

from __future__ import annotations

import re

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
