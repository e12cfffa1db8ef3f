"""The words coordinators use for the worlds of technology and the other sectors.

A company file's "Werelden" (or "Sector") column holds the coordinator's own
words: "Zorg", "ICT", "Bouw", "Hightech", "Wereld 3". ``world_key`` makes one
comparable form of a name (case, accents, "&", "en", punctuation and the words
"wereld"/"sector" ignored), and ``SYNONYMS`` maps common words to the key of
a world or sector of the seed catalog (``db/seed/worlds.json``). Which of those
exist in a database, the store decides (``store/transfer/company_import.py``); a word
that maps to nothing is kept as text on the company.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_IGNORED = frozenset({"en", "and", "de", "het", "the", "wereld", "werelden", "world", "sector", "sectoren", "van"})
_WORD = re.compile(r"[a-z0-9]+")

# word(s) as the coordinator writes them -> key of the seed's world or sector
_WORDS: dict[str, tuple[str, ...]] = {
    "mens-gezondheid": (
        "gezondheid", "mens", "medisch", "medische techniek", "health", "zorgtechnologie",
        "1", "w1",
    ),
    "energie-water-veiligheid": (
        "energie", "water", "energie en water", "duurzaamheid", "duurzame energie", "energy",
        "2", "w2",
    ),
    "voeding-natuur": (
        "voeding", "natuur", "voedsel", "food", "landbouw", "agrarisch", "agri", "agrifood",
        "groen", "groene sector", "tuinbouw", "veeteelt", "voeding en landbouw", "3", "w3",
    ),
    "wonen-werken-verkeer": (
        "wonen", "bouw", "bouwen", "infra", "infrastructuur", "bouw en infra", "verkeer",
        "mobiliteit", "installatietechniek", "construction", "4", "w4",
    ),
    "ontwerp-productie-wereldhandel": (
        "productie", "ontwerp", "design", "industrie", "maakindustrie", "techniek en industrie",
        "metaal", "metaalbewerking", "wereldhandel", "manufacturing", "5", "w5",
    ),
    "digitaal-media-entertainment": (
        "digitaal", "ict", "it", "media", "entertainment", "software", "gaming", "games",
        "internet", "ict en media", "digital", "6", "w6",
    ),
    "hi-tech-science": (
        "hightech", "high tech", "hi tech", "science", "wetenschap", "onderzoek", "research",
        "hightech en science", "7", "w7",
    ),
    "zorg-welzijn": ("zorg", "welzijn", "gezondheidszorg", "verpleging", "care", "healthcare"),
    "onderwijs-kinderopvang": ("onderwijs", "kinderopvang", "school", "education", "opvang"),
    "kunst-cultuur-creatief": (
        "kunst", "cultuur", "creatief", "creatieve sector", "kunst en cultuur", "creative", "arts",
    ),
    "handel-verkoop": ("handel", "verkoop", "winkel", "detailhandel", "retail", "groothandel", "trade"),
    "horeca-toerisme": ("horeca", "toerisme", "recreatie", "hotel", "restaurant", "hospitality"),
    "veiligheid-recht": ("recht", "justitie", "politie", "brandweer", "defensie", "law"),
    "sport-beweging": ("sport", "beweging", "sports"),
    "dienstverlening-bestuur": (
        "dienstverlening", "bestuur", "overheid", "gemeente", "zakelijke dienstverlening",
        "financien", "bank", "government",
    ),
    "transport-logistiek": ("transport", "logistiek", "vervoer", "logistics", "haven"),
}


@lru_cache(maxsize=8192)
def world_key(text: str) -> str:
    """A world's name, key or synonym as compared: "Hi-tech & Science" ~ "hi tech en science"."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "".join(word for word in _WORD.findall(plain) if word not in _IGNORED)


SYNONYMS: dict[str, str] = {world_key(word): key for key, words in _WORDS.items() for word in words}
"""``world_key`` of a coordinator's word -> the seed key of the world or sector it means."""
