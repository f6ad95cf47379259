"""Link and image targets that the site rewrites, told where they are written.

The renderer publishes no target it does not allow (`render.markdown.links`): a link
whose scheme is not https, http, mailto or tel (javascript:, data:, vbscript:) leads to
"#", and an image from another host is shown as a link "Bild: …", since no page loads
anything from another host, so that nobody can follow who reads it. Nothing would tell
the author: the check finds each, in a page and in a YAML text shown as Markdown, by the
renderer's own judgement (`generator.load.safeurls`).
"""

from __future__ import annotations

from generator.load.safeurls import (
    JUDGED,
    is_local,
    is_safe_url,
    readable,
    scheme_of,
    undecided,
)
from generator.text import excerpt

SHOWN = 48  # characters of a long target (an image written as data:) quoted in a message
ALLOWED = "https://, mailto: eller tel:"


def rewritten(target: str, *, image: bool) -> tuple[str, str, str] | None:
    """(code, why, hint) when the site rewrites `target`: TP053 for a scheme it does not
    allow, TP070 for an image from another host; None for a target it keeps."""
    if not is_safe_url(target):
        return "TP053", *_unsafe(target, image)
    if image and not is_local(target):
        return "TP070", *_from_another_host(target)
    return None


def _unsafe(target: str, image: bool) -> tuple[str, str]:
    if not readable(target):
        return _unreadable(target, image)
    if undecided(target):
        return _undecided(target, image)
    scheme = scheme_of(target) or "ett skript"
    if image:
        why = (
            f"bilden '{excerpt(target, SHOWN)}' är skriven med {scheme}:, som webbplatsen inte "
            "tillåter: bilden visas inte, och i dess ställe står en länk som inte leder någonstans"
        )
        hint = "ta bort bilden; bara skolans logotyp och foton i skola.yml visas som bilder"
        return why, hint
    # Only the scheme is quoted: `targets` ends a target at its first ")", which may be
    # in the middle of a script ("javascript:alert(1)").
    why = f"länken börjar med {scheme}:, som webbplatsen inte tillåter, så den leder ingenstans"
    return why, f"skriv en adress som börjar med {ALLOWED}, eller ta bort länken"


def _unreadable(target: str, image: bool) -> tuple[str, str]:
    what = "bildens" if image else "länkens"
    why = (
        f"{what} adress '{excerpt(target, SHOWN)}' går inte att läsa: en [ eller ] som inte "
        "omger en IPv6-adress, eller ett portnummer som inte finns, så den leder ingenstans"
    )
    return why, "rätta adressen (oftast ett skrivfel, som ] i stället för /), eller ta bort länken"


def _undecided(target: str, image: bool) -> tuple[str, str]:
    """A target whose first characters show no kind of address: most often a `](` that
    no `)` closes, so that the target runs on over the text after it."""
    what = "bildens" if image else "länkens"
    why = (
        f"{what} mål '{excerpt(target, SHOWN)}' har inget :, /, ? eller # bland sina första "
        f"{JUDGED} tecken, så webbplatsen kan inte avgöra vart det leder: målet tas bort, och "
        "med det texten fram till länkens ) (finns ingen, resten av texten)"
    )
    hint = "avsluta målet med ) direkt efter adressen; ska ]( synas som text, skriv \\]("
    return why, hint


def _from_another_host(target: str) -> tuple[str, str]:
    why = (
        f"bilden '{excerpt(target, SHOWN)}' ligger på en annan webbplats och visas inte, eftersom "
        "sidorna inte hämtar något från andra webbplatser: läsaren ser en länk "
        "'Bild: …' i stället"
    )
    hint = (
        "skriv en vanlig länk utan ! om läsaren ska kunna öppna bilden, eller ta bort den; "
        "bara skolans logotyp och foton i skola.yml visas som bilder"
    )
    return why, hint
