"""Shops, brands, shows, games and clubs that children and plans name: capitalised words
that are no one's name (`rules.names.not_a_name`, TP404).

Where pupils are harmed is often a shop or a game, and why a show: "Elever i 7A har
blivit retade på Ica Maxi", "Efter Squid Game har elever i 6B lekt våldsamma lekar",
"I Fortnite blev elever i åk 5 hotade"; and the programmes against bullying a plan
names ("Kiva", "Olweus"). Each word of a name as written (the apps a
school uses are `rules.names.NOT_NAMES`'). A known first name ("Max", "Zelda") is never
one of them: a pupil may be called so.
"""

from __future__ import annotations

from generator.personal_data.firstnames import FIRST_NAMES
from generator.text import words

_SHOPS = words(
    """
    Ica Maxi Kvantum Coop Willys Lidl Hemköp Citygross Netto Pressbyrån Systembolaget
    Mcdonalds Mcdonald's Burger King Espresso House Subway Sibylla Pizzahut Seven Eleven
    Ikea Biltema Jula Clas Ohlson Lindex Åhléns Stadium Intersport Elgiganten Netonnet
    Mediamarkt Apoteket Kronans Xxl Normal Rusta Dollarstore Gekås Zalando Shein Temu
    Primark Zara Adidas Nike Puma Lego Barbie Apple Samsung Iphone Android
    Sl Skånetrafiken Västtrafik Flygbussarna Swish Klarna Bankid Vinted Blocket Tradera
    """
)
_SHOWS = words(
    """
    Squid Game Netflix Disney Hbo Viaplay Svtplay Svt Urplay Barnkanalen Melodifestivalen
    Mello Allsvenskan Stranger Things Wednesday Bluey Paw Patrol Peppa Bamse Ninjago
    Pokémon Pokemon Skibidi Toilet Spotify Twitch Reddit Pinterest Twitter Telegram Kik
    Bereal Threads Omegle Playstation Xbox Nintendo Switch Steam Fifa Valorant Overwatch
    Brawl Stars Clash Royale Clans Candy Crush Tetris Gta Counter Strike League Legends
    Apex Among Mario Sonic Pacman Amongus Geoguessr Wordle Chatgpt Snap Insta
    """
)
_PROGRAMMES = words("Kiva Olweus Komet Zippy Cool Kids Sumo Mindfulness Aggression Replacement")
_CLUBS = words("Aik Djurgården Hammarby Ifk Malmö Ff Bk Häcken Elfsborg Champions Premier")
BRANDS: frozenset[str] = (_SHOPS | _SHOWS | _PROGRAMMES | _CLUBS) - FIRST_NAMES
