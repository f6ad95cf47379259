"""The sensitive characteristics of one person that point a pupil out in a plan's text
(TP404, `rules.described`): what the law protects from discrimination (gender identity,
ethnicity, religion, a disability, sexual orientation), health, a diagnosis, and an
age. All but an age are special categories of personal data (GDPR art. 9) when said of
one pupil ("en elev med autism", "pojken som har diabetes").
"""

from __future__ import annotations

import re

# The grounds and health, as words (without an age).
_GROUNDS = (
    r"(?<![\wåäö])(?:"
    r"(?:bytt|bytte|byter|byta)[ \t]+kön|kön(?:s)?(?:identitet|uttryck|byte|överskridande)\w*"
    r"|trans(?:person|kille|tjej)?|icke-binär\w*|intersex\w*"
    r"|etnisk\w*|hudfärg\w*|nyanländ\w*|romsk\w*|samisk\w*|judisk\w*|jude|muslim\w*"
    r"|slöja\w*|hijab\w*|kippa\w*|turban\w*|religiös\w*|kristen|katolik\w*|buddhist\w*"
    r"|hindu\w*|sikh\w*|ateist\w*|mörkhy\w*|utländsk[ \t]+bakgrund|transsexuell\w*"
    r"|dyslekt\w*|blind|döv\w*|synskadad\w*|hörselskadad\w*|npf"
    r"|funktionsnedsättning\w*|funktionsvariation\w*|diagnos\w*|rullstol\w*|diabetes"
    r"|insulin\w*|adhd|add|autism\w*|asperger\w*|epilepsi\w*|dyslexi\w*|hörapparat\w*"
    r"|synnedsättning\w*|hörselnedsättning\w*|tourette\w*|downs[ \t]+syndrom|cp-skad\w*"
    r"|språkstörning\w*|utvecklingsstörning\w*|tvångssyndrom|ocd|ptsd|astma|celiaki"
    r"|homosexuell\w*|bisexuell\w*|lesbisk\w*|gay|hbtq\w*|queer|sexuell[ \t]+läggning"
    r"|ångest|depression\w*|självskad\w*|ätstörning\w*|anorexi\w*|cancer|sjukdom\w*"
    r")(?![\wåäö])"
)
_AGE = r"(?<![\wåäö])(?:är|var)[ \t]+\d{1,2}[ \t]+år(?![\wåäö])"
# What the law protects from discrimination, health, and an age, as said of one person.
CHARACTERISTIC = re.compile(rf"(?i){_GROUNDS}|{_AGE}")
# A ground or health said of the pupil just named, a few words on: "med autism", "som
# har adhd", "som är muslim", "med en hörselnedsättning" (not an age: "som är 12 år"
# points at no one without a class).
SAID_OF = re.compile(
    r"(?i)[ \t]+(?:med|som[ \t]+(?:har|hade|är|var|bär|bar))"
    rf"(?:[ \t]+[\wåäö-]+){{0,2}}?[ \t]+{_GROUNDS}"
)
