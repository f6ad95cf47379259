"""The words a Swedish school writes for a value of the content format's lists, for
TP013's "menade du …?": "föräldrar" means `vårdnadshavare`, "fritids" `fritidshem`,
"fastställd" `beslutad`. Their spelling is far from the value, so the closest spelling
would name another one or none. The law's grounds and definitions have their own table
(`vocabulary.terms.EVERYDAY_WORDS`).

A word may stand for values of different lists ("klar": an åtgärd `genomförd`); each
word names its values in order, and the first one the field allows is offered.
"""

from __future__ import annotations

from collections.abc import Sequence

_VALUES: dict[str, tuple[str, ...]] = {
    # förankring.målgrupp
    "vårdnadshavare": (
        "föräldrar", "förälder", "föräldrarna", "vh", "vårdnadshavarna", "hemmen", "hemmet",
        "familjer", "familjerna", "målsmän", "föräldraråd", "föräldrarådet",
    ),
    "elever": (
        "elev", "eleverna", "barn", "barnen", "barnen och eleverna", "elevrådet", "elevråd",
        "klasserna", "klassråden", "klassrådet",
    ),
    "personal": (
        "personalen", "all personal", "lärare", "lärarna", "pedagoger", "pedagogerna",
        "medarbetare", "medarbetarna", "anställda", "kollegiet", "arbetslagen", "arbetslaget",
    ),
    "huvudman": (
        "huvudmannen", "kommunen", "förvaltningen", "nämnden", "skolchef", "skolchefen",
        "utbildningsförvaltningen", "barn- och utbildningsnämnden",
    ),
    "webb": (
        "webben", "webbplats", "webbplatsen", "skolans webbplats", "hemsida", "hemsidan",
        "skolans hemsida", "webbsida", "webbsidan", "internet", "skolwebben",
    ),
    # the plan's status
    "beslutad": ("fastställd", "antagen", "godkänd", "beslutat", "fastställt", "beslut"),
    "utkast": ("förslag", "preliminär", "ej beslutad", "inte beslutad", "under arbete"),
    # an åtgärd's status in the uppföljning
    "genomförd": ("klar", "klart", "gjord", "gjort", "utförd", "avklarad", "genomfört"),
    "ej_genomförd": ("inte gjord", "ej gjord", "inte påbörjad", "ej påbörjad", "avbruten"),
    "delvis": ("pågår", "pågående", "halvklar", "delvis klar", "delvis gjord"),
    # skolformer
    "förskola": ("förskolan", "dagis"),
    "förskoleklass": ("förskoleklassen", "fsk", "f-klass", "sexårsverksamhet"),
    "grundskola": ("grundskolan", "lågstadiet", "mellanstadiet", "högstadiet"),
    "anpassad_grundskola": ("grundsärskola", "grundsärskolan", "särskola", "särskolan"),
    "fritidshem": ("fritids", "fritis", "fritidshemmet", "fritidsverksamhet"),
    "gymnasieskola": ("gymnasiet", "gymnasium", "gymnasieskolan"),
    # områden of a finding
    "raster": ("rast", "rasten", "skolgården", "gården", "utevistelse"),
    "matsal": ("matsalen", "lunch", "lunchen", "måltider", "måltiderna", "skolmaten"),
    "idrott": ("idrotten", "idrottshallen", "omklädningsrum", "omklädningsrummen", "gympa"),
    "digitala_miljöer": (
        "nätet", "internet", "sociala medier", "chatt", "chattar", "mobilen", "mobiler", "online",
    ),
    "skolväg": ("skolvägen", "skolbussen", "skolskjuts", "bussen"),
    "undervisning": ("lektioner", "lektionerna", "klassrummet", "klassrum"),
    # a rule's level in regelprofil.regler
    "varning": ("varna", "warning", "warn"),
    "fel": ("error", "fatal"),
    "av": ("avstängd", "off", "ingen", "stäng av"),
}  # fmt: skip
# Each word -> the values it may mean, in the order listed above.
WORDS: dict[str, tuple[str, ...]] = {}
for _value, _words in _VALUES.items():
    for _word in _words:
        WORDS[_word] = (*WORDS.get(_word, ()), _value)


def school_word(written: str, allowed: Sequence[str]) -> str | None:
    """The allowed value a school's own word `written` names ("föräldrar" ->
    vårdnadshavare), or None when it is no such word or names no allowed value."""
    word = " ".join(written.casefold().replace("_", " ").split())
    return next((value for value in WORDS.get(word, ()) if value in allowed), None)
