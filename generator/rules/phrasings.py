"""What one person did or how they are, said after their name and class
(`rules.phrased`, `rules.nameshape`): "Yousef från 9B har flyttat", "… slutade", "… är
ny", "… är sjukskriven", "… mår dåligt". Words for one person's
state or arrival, not a class's or a thing's ("Schemat i 9B är nytt", "Besök från 7A
är inställt": the neuter and the plural are left out; and "saknas", said of things too).
"""

from __future__ import annotations

# "är ny", "var sjuk", "är inte tillbaka", "mår dåligt"
ONE_PERSON = (
    r"(?:är|var|har[ \t]+varit|blir|blev)[ \t]+(?:inte[ \t]+|också[ \t]+)?"
    r"(?:ny|nyanländ|nyinflyttad|nykomling|sjuk|sjukskriven|borta|frånvarande|hemma"
    r"|tillbaka|ledsen|rädd|ensam|långtidsfrånvarande|hemmasittare)"
    r"|mår|mådde|har[ \t]+mått"
)
# "har flyttat", "ska sluta", "började", "berättade", "vann", "fyller år"
ONE_PERSON_DID = (
    r"(?:har|hade|ska|kommer\s+att|vill)[ \t]+(?:inte[ \t]+)?"
    r"(?:flytta|sluta|byta|börja|flyttat|slutat|bytt|börjat|berättat|sagt|skrivit|varit"
    r"|fått|anmält|haft)|flyttade|slutade|bytte|började|berättade|sa|sade|vann"
    r"|fyller[ \t]+år|fyllde[ \t]+år"
)
