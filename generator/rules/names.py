"""The words TP404 reads a name by (`rules.pii`): first names, and what is no name.

A known first name counts wherever it stands; any other capitalised word only inside a
sentence, where Swedish capitalises names and little else. What else is capitalised
there is listed here: words for groups and places in school, the apps and services a
school uses, the shapes of nouns ("Friluftsdagen", "Rastvärdarna"), and the words
before a thing's name (a verb such as "använder" or "läser", a noun such as "appen" or
"temat"), after which a capitalised word names an app, a book, a place or a theme ("Vi
använder Teams i 4B", "Vi läser Bröderna Lejonhjärta i 5A", "Tema Rymden i 2C"). The
text is read as its reader sees the names (`names_as_shown`).
"""

from __future__ import annotations

import re

from generator.personal_data.brands import BRANDS
from generator.personal_data.classes import CLASS_IN_AN_ID
from generator.personal_data.commonwords import a_common_word
from generator.personal_data.firstnames import FIRST_NAMES
from generator.personal_data.places import PLACES
from generator.personal_data.roles import STAFF_ROLE
from generator.rules.harm import HARM_WORD
from generator.text import words

# The capital and small letters a name may be written with.
UPPER = "A-ZÅÄÖÉÈÜÆØÀÁÂÃÇÊËÌÍÎÏÑÒÓÔÕÙÚÛÝŁŚŻŹĆŃŠŽČŘĐŞĞİĄĘȘȚ"
LOWER = "a-zåäöéèüæøáàíóúñçâãêëìîïòôõùûýÿłśżźćńšžčřđœßşğıąęșț"
NOT_NAMES = words(
    """
    Alla Elever Eleverna Eleven Elevrådet Elevråd Flickor Pojkar Tjejer Killar Klass Klassen
    Sal Salen Rum Rummet Hus Huset Plan Våning Buss Linje Grupp Avdelning Avdelningen Vecka
    Klassrådet Klassråd Många Flera Några Mentor Mentorn Mentorerna Lärare Läraren Lärarna
    Rektor Rektorn Kurator Kuratorn Personal Personalen Skolan Gruppen Trygghetsteamet
    Fritids Fritidshemmet Åk Årskurs Vi De Hen Han Hon Det Den Där Här Barnen Barn
    Idrott Idrotten Biblioteket Bibliotek Skolfoto Matsalen Gymnastik Slöjd Musik Bild
    Svenska Engelska Matte Matematik Elevhälsan Elevhälsoteamet Skolgården Rasten Sedan När
    Enligt Idag Igår Efter Innan Under Mellan Lunch Lunchen Klassrummet Korridoren
    Mentorer Tema Temat Projekt Projektet Lilla Stora
    Ingen Inga Någon Något Hälften Samtliga Båda Bägge Varje Vem Vilka Denna Detta Dessa
    Flickan Pojken Killen Tjejen Barnet Kompisen Flicka Pojke Kille Tjej Kompis
    Enkäten Enkät Toaletten Toaletterna Toalett Datorn Datorerna Dator Fotbollen Bollen
    Omklädningen Omklädningsrummet Dörren Fönstret Skåpet Skåpen Gympasalen Idrottshallen
    Slöjdsalen Cykelstället Skolbussen Hemsidan Chatten Gruppchatten Stämningen Situationen
    Teams Classroom Google Skolon Unikum Vklass Infomentor Schoolsoft Skolplattformen Kahoot
    Minecraft Padlet Canva Youtube Instagram Snapchat Tiktok Discord Whatsapp Zoom Chromebook
    Chromebooks Ipad Ipads Word Excel Powerpoint Onenote Roblox Fortnite Facebook Messenger
    Binogi Studi Legimus Polyglutt Nomp Bingel Showbie Seesaw Quizlet Duolingo Scratch
    Friends Bris Polisen Socialtjänsten Ungdomsmottagningen Skolverket Skolinspektionen
    Barnombudsmannen Start Stegvis Jul Julen Påsk Påsken Halloween Ramadan Eid Diwali Hanukka
    Midsommar Valborg Livskunskap Samhällskunskap Historia Biologi Kemi Fysik Teknik Geografi
    Religion Hemkunskap Spanska Tyska Franska Arabiska Modersmål Mentorstid Läxhjälp
    Gröna Röda Rädda Norra Södra Östra Västra Nya Gamla Aula Aulan Musikal Museum Disco
    Om Vid Ibland Ofta Oftast Tyvärr Också Därför Då Man Jag Du Ni Dom Dem Andra Vissa
    En Ett Två Tre Fyra Fem Sex Sju Åtta Nio Tio Lag Laget Prao
    Sfi Sva Hkk Idh Mus Fys Kem Bio Geo Rel Tek Eng Mat Sve Spa Fra Tys
    Ettorna Tvåorna Treorna Fyrorna Femmorna Sexorna Sjuorna Åttorna Niorna Nyanlända
    Nyanländ Storebror Lillebror Storasyster Lillasyster Vikarie Vikarien Vikarier Rastvakt
    Rastvakten Rastvakterna
    """
)
# The shapes of Swedish common nouns that first names do not have: a plural's definite
# form ("Rastvärdarna", "Bröderna"), a compound that ends in a word for a school's days,
# places, groups or work ("Friluftsdagen", "Kulturskolan", "Friendsenkäten"), and more
# than twelve letters but for a surname's "-son" ("Kristoffersson").
NOUN_SHAPE = re.compile(
    r"\w{3,}(?:arna|erna|orna)|\w{2,}(?:dag|dagen|dagar|vecka|veckan|enkät|enkäten|vandring"
    r"|vandringen|skola|skolan|tid|tiden|kunskap|arbete|arbetet|rådet|teamet|gruppen"
    r"|programmet|projektet|mötet|samtalet|klubben|hallen|salen|gården|stadiet|huset|planen"
    r"|kväll|kvällen|utflykt|utflykten|råd|aulan|musikal|museum|disco)|\w{13,}(?<!son)"
)


# A word for a member of staff, wherever the role's stem stands in it ("Slöjdläraren",
# "Resursen", "Skolvärden"): no first name holds one.
STAFF_IN_A_WORD = re.compile(STAFF_ROLE, re.IGNORECASE)


def not_a_name(word: str) -> bool:
    """A capitalised word that is no first name: a listed word, a place's, a people's or a
    language's (`personal_data.places`), a shop's, a show's or a game's
    (`personal_data.brands`), a noun's shape, a word
    for a member of staff, a verb's form or an adverb ("Blivit", "Fysiskt":
    `personal_data.commonwords`), or a word for what one suffered or did ("Slagen")."""
    return (
        word in NOT_NAMES
        or word in PLACES
        or word in BRANDS
        or a_common_word(word)
        or NOUN_SHAPE.fullmatch(word) is not None
        or STAFF_IN_A_WORD.search(word) is not None
        or HARM_WORD.fullmatch(word) is not None
    )


LEADING = frozenset(" \t\"'(*>–-#")  # what may stand before a sentence's first word


def starts_a_sentence(text: str, index: int) -> bool:
    """Whether only blanks, quotes, brackets and a list's or heading's marks stand between
    `index` and a sentence's end or a line's start (read back from `index`, not by
    copying all before it: a long page has many capitalised words)."""
    while index > 0 and text[index - 1] in LEADING:
        index -= 1
    return index == 0 or text[index - 1] in ".!?:\n|"


# Before a thing's name: a verb whose object is a thing or a place, or a noun for the
# kind of thing ("appen Teams", "boken", "temat", "utflykt till"). Not verbs whose object
# may be a person ("pratade med", "tittar på", "besöker", "går till"). A known first
# name after them still counts.
THING_BEFORE = re.compile(
    r"(?<![\wåäö])(?:använd\w*|läs(?:er|te|a|s)?|spela(?:r|de|t)?"
    r"|(?:utflykt\w*|resa\w*|åker|åkte|åka|reser|cyklar|studiebesök\w*)\s+(?:till|på|vid)"
    r"|app(?:en|arna)?|programmet|plattformen|verktyget"
    r"|bok(?:en)?|böckerna|romanen|film(?:en)?|serien|spelet|tema(?:t|dag\w*|vecka\w*)?"
    r"|projekt(?:et)?|arbetsområdet|läromedlet|kanalen|museet|fira(?:r|de)?"
    r"|(?-i:Lilla|Stora|Gröna|Röda|Rädda|Norra|Södra|Östra|Västra|Nya|Gamla))"
    r"\s*[:\"'”»«]?\s*$",
    re.IGNORECASE,
)
# A förskola's avdelning right before a word: the word is the group's name ("på avdelning
# Ekorren", "avdelning Vega"), but not a first and a last name ("Avdelning Saga Berg blev
# slagen" names one) nor a known name after a colon (`incidentstaff._a_group` asks).
# (On its line: a heading "… på avdelningen" says nothing of the next paragraph's names.)
GROUP_BEFORE = re.compile(r"(?<![\wåäö])avdelning(?:en)?[ \t]*[:\"'”»«]?[ \t]*\Z", re.IGNORECASE)


# A known name in capitals, five letters or more: shorter words in capitals are mostly
# abbreviations ("SAM", the systematic work environment management).
CAPITALS = re.compile(r"(?<![\wåäöÅÄÖ])[A-ZÅÄÖ]{5,15}(?![\wåäöÅÄÖ])")
# A line in capitals that names a class: a known name of any length, and the words that
# link it to the class, read as written in small letters ("SAGA I 4B" is Saga i 4B; not
# "SAM i 4B", where only the abbreviation is in capitals, nor "MED SAM I 4B").
ABBREVIATIONS = words("SAM")  # systematiskt arbetsmiljöarbete
SHOUTED = re.compile(
    r"(?<![\wåäöÅÄÖ])([A-ZÅÄÖ]{2,15})([ \t]*,?[ \t]+(?:I|PÅ|FRÅN|UR)[ \t]+"
    r"(?:(?:KLASS|ÅK|ÅRSKURS)[ \t]*)?)(?=[1-9])"
)
# Markdown's emphasis and code marks, which a reader does not see.
EMPHASIS_MARKS = "*_~`"


def names_as_shown(text: str) -> str:
    """`text` with its names as a reader takes them, the same length (indices stay): a
    known name in capitals as written with a capital first ("KALLE" is Kalle; "SAGA I 4B"
    is Saga i 4B), and
    emphasis and code marks as blanks ("**Kalle** i 4B" shows as Kalle i 4B; by
    `str.replace`, many times quicker than `str.translate` on Swedish text)."""
    text = SHOUTED.sub(_shouted, text) if SHOUTED.search(text) else text
    text = CAPITALS.sub(_as_name, text) if CAPITALS.search(text) else text
    for mark in EMPHASIS_MARKS:
        text = text.replace(mark, " ")
    return text


# What separates the words of an id or a file name (a file's path: the last name only).
NAME_SEPARATORS = str.maketrans("-_.", "   ")
NAME_WORD = re.compile(r"[^\W_]+")
CLASS_WORD = re.compile(CLASS_IN_AN_ID)  # "8c", "te22a"
# A known first name glued to a class or a grade: "ali5b", "aliåk5".
NAME_GLUED = re.compile(r"([a-zåäö]{2,15}?)((?:åk|ak)[1-9f]|[1-9][a-zåäö])")
# The words after a first name that link it to a class, a grade or a role, not a surname.
LINKING = words("i på från ur som går elev eleven och eller med klass kl åk ak årskurs")


def name_as_words(value: str) -> str:
    """An id or a file name as the words a reader takes from it, the same length
    (indices stay): - _ . as blanks, a known first name in any case with a capital and
    the word after it (but a linking word) as its surname, a class in capitals, other
    words in capitals in small letters. Ids and file names are published, and often in
    small letters by rule ("samtal-med-sara-i-8c", "sara-lind-8c.md", "SARA-I-8C" name
    Sara as "Sara i 8C" and "Sara Lind 8C" do); a word not known as a name keeps its
    case ("Lisen-i-4B")."""
    text = value.translate(NAME_SEPARATORS)
    shown = list(text)
    after_name = False
    for match in NAME_WORD.finditer(text):
        word, low = match.group(), match.group().lower()
        glued = NAME_GLUED.fullmatch(low)
        if glued and glued[1].capitalize() in FIRST_NAMES:
            written, after_name = glued[1].capitalize() + glued[2].upper(), False
            shown[match.start() : match.end()] = written
            continue
        if low.capitalize() in FIRST_NAMES:
            written, after_name = low.capitalize(), True
            shown[match.start() : match.end()] = written
            continue
        if CLASS_WORD.fullmatch(low):
            written = low.upper()
        elif after_name and low.isalpha() and len(low) > 1 and low not in LINKING:
            written = low.capitalize()  # a surname: "sara-lind-8c"
        else:
            written = low if word.isupper() else word
        after_name = False
        if len(written) == len(word):  # ("ß" in capitals is two letters)
            shown[match.start() : match.end()] = written
    return "".join(shown)


def _as_name(match: re.Match[str]) -> str:
    word = match.group().capitalize()
    return word if word in FIRST_NAMES else match.group()


def _shouted(match: re.Match[str]) -> str:
    word = match[1].capitalize()
    known = word in FIRST_NAMES and match[1] not in ABBREVIATIONS
    return word + match[2].lower() if known else match[0]
