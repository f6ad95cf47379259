"""The world's countries, regions and peoples, and Sweden's cities and landskap, in
Swedish: capitalised words that are no one's name (`rules.names.not_a_name`, TP404).

A plan must report findings on ethnic origin (DL 3 kap.), and does so by where pupils'
families come from: "Elever med familj i Syrien och Somalia blir retade för sitt
språk", "Flera elever från Afghanistan har blivit hånade". Countries, continents and
regions, the nouns for their peoples and the names of their languages (capitalised
where they start a sentence: "Somalier", "Tigrinja"), and Swedish cities, suburbs and
landskap. A known first name ("Samer": the Sami, and a name) is never one of them: a
pupil may be called so.
"""

from __future__ import annotations

from generator.personal_data.firstnames import FIRST_NAMES
from generator.text import words

_COUNTRIES = words(
    """
    Afghanistan Albanien Algeriet Andorra Angola Argentina Armenien Australien Azerbajdzjan
    Bahamas Bahrain Bangladesh Barbados Belarus Vitryssland Belgien Belize Benin Bhutan
    Bolivia Bosnien Hercegovina Botswana Brasilien Brunei Bulgarien Burkina Faso Burundi
    Centralafrikanska Chile Colombia Comorerna Costa Rica Cypern Danmark Djibouti Dominica
    Dominikanska Ecuador Egypten Ekvatorialguinea Elfenbenskusten Salvador Eritrea Estland
    Eswatini Etiopien Fiji Filippinerna Finland Frankrike Gabon Gambia Georgien Ghana
    Grekland Grenada Grönland Guatemala Guinea Guyana Haiti Honduras Indien Indonesien Irak
    Iran Irland Israel Island Italien Jamaica Japan Jemen Jordanien Kambodja Kamerun Kanada
    Kazakstan Kenya Kina Kirgizistan Kiribati Kongo Kosovo Kroatien Kuba Kuwait Laos Lesotho
    Lettland Libanon Liberia Libyen Liechtenstein Litauen Luxemburg Madagaskar Malawi
    Malaysia Maldiverna Mali Malta Marocko Mauretanien Mauritius Mexiko Mikronesien
    Moçambique Mocambique Moldavien Monaco Mongoliet Montenegro Myanmar Burma Namibia Nauru
    Nederländerna Holland Nepal Nicaragua Niger Nigeria Nordkorea Nordmakedonien Makedonien
    Norge Nya Zeeland Oman Pakistan Palau Palestina Panama Paraguay Peru Polen Portugal
    Qatar Rumänien Rwanda Ryssland Samoa Saudiarabien Schweiz Senegal Serbien Seychellerna
    Sierra Leone Singapore Slovakien Slovenien Somalia Somaliland Spanien Lanka Storbritannien
    England Skottland Wales Sudan Sydsudan Surinam Sverige Sydafrika Sydkorea Korea Syrien
    Tadzjikistan Taiwan Tanzania Tchad Thailand Tjeckien Togo Tonga Trinidad Tobago Tunisien
    Turkiet Turkmenistan Tuvalu Tyskland Uganda Ukraina Ungern Uruguay Usa Uzbekistan
    Vanuatu Vatikanstaten Venezuela Vietnam Zambia Zimbabwe Österrike Färöarna Åland
    """
)
_REGIONS = words(
    """
    Afrika Asien Europa Amerika Nordamerika Sydamerika Latinamerika Mellanamerika Oceanien
    Antarktis Arktis Mellanöstern Orienten Balkan Balkanländerna Baltikum Kaukasus Norden
    Skandinavien Nordafrika Västafrika Östafrika Sydostasien Centralasien Östeuropa
    Västeuropa Sydeuropa Nordeuropa Medelhavet Kurdistan Tjetjenien Gaza Gazaremsan
    Västbanken Tibet Sápmi Sapmi Karibien Darfur Krim Donbass Hongkong Kashmir Punjab
    """
)
_PEOPLES = words(
    """
    Afghaner Araber Assyrier Syrianer Bosnier Eritreaner Etiopier Iranier Irakier Kurder
    Palestinier Polacker Romer Samer Serber Somalier Syrier Turkar Ukrainare Ryssar Finnar
    Norrmän Danskar Tyskar Greker Kineser Vietnameser Thailändare Pakistanier Indier
    Tornedalingar Judar Muslimer Kristna Invandrare Flyktingar Utlandsfödda
    Somaliska Tigrinja Dari Persiska Farsi Kurdiska Sorani Kurmanji Turkiska Polska Ryska
    Ukrainska Bosniska Serbiska Kroatiska Albanska Grekiska Finska Meänkieli Samiska
    Romani Jiddisch Thai Vietnamesiska Kinesiska Mandarin Urdu Hindi Pashto Amhariska
    Portugisiska Italienska Rumänska Ungerska Arameiska Teckenspråk
    """
)
_SWEDEN = words(
    """
    Stockholm Göteborg Malmö Uppsala Västerås Örebro Linköping Helsingborg Jönköping
    Norrköping Lund Umeå Gävle Borås Södertälje Eskilstuna Halmstad Växjö Karlstad
    Sundsvall Östersund Trollhättan Luleå Kalmar Kristianstad Skövde Falun Borlänge
    Karlskrona Uddevalla Varberg Motala Nyköping Visby Kiruna Skellefteå Örnsköldsvik Piteå
    Härnösand Landskrona Trelleborg Ystad Lidköping Alingsås Kungsbacka Mölndal Partille
    Kungälv Solna Sundbyberg Täby Nacka Huddinge Järfälla Haninge Tyresö Lidingö Sollentuna
    Botkyrka Upplands Väsby Märsta Norrtälje Enköping Sigtuna Rinkeby Tensta Husby Kista
    Skärholmen Fittja Alby Hallunda Rosengård Hammarkullen Angered Biskopsgården Hjällbo
    Bergsjön Gottsunda Vivalla Skäggetorp Navestad Araby Herrgården Gränby Brickebacken
    Skåne Blekinge Halland Småland Öland Gotland Östergötland Västergötland Bohuslän
    Dalsland Värmland Närke Västmanland Uppland Södermanland Sörmland Dalarna Gästrikland
    Hälsingland Härjedalen Jämtland Medelpad Ångermanland Västerbotten Norrbotten Lappland
    Norrland Svealand Götaland Mälardalen Roslagen Tornedalen Österlen Bergslagen
    """
)
PLACES: frozenset[str] = (_COUNTRIES | _REGIONS | _PEOPLES | _SWEDEN) - FIRST_NAMES
