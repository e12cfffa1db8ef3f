"""One line in plain Dutch for parents about each of the seven worlds of technology
(*7 werelden van techniek*, Jet-Net & TechNet), by the world's name in ``db/seed/worlds.json``.
The parents' worlds sheet prints them, and so does the concrete parent letter for the worlds
a chain meets. A world with another name (a coordinator's own) simply has no line."""

from __future__ import annotations

WORLD_LINES = {
    "Mens & Gezondheid": (
        "Techniek die mensen helpt, van een beenprothese en een gehoorapparaat tot de "
        "scanner in het ziekenhuis."
    ),
    "Energie, Water & Veiligheid": (
        "Zorgen voor stroom, schoon water en droge voeten, met zonnepanelen, windmolens, dijken "
        "en gemalen."
    ),
    "Voeding & Natuur": (
        "Ons eten en de natuur, van de boer en de kas tot de bakkerij en de voedselfabriek, "
        "en de zorg voor dieren en planten."
    ),
    "Wonen, Werken & Verkeer": (
        "Huizen, scholen, wegen, bruggen en treinen bouwen, onderhouden en veilig houden."
    ),
    "Ontwerp, Productie & Wereldhandel": (
        "Dingen bedenken, maken en over de wereld vervoeren, van een fiets of een jas tot "
        "een vrachtwagen."
    ),
    "Digitaal, Media & Entertainment": (
        "Apps, games, websites, films en muziek maken, en computers en netwerken laten werken."
    ),
    "Hi-tech & Science": (
        "Onderzoek en slimme machines, zoals chips, robots, nieuwe materialen en ruimtevaart."
    ),
}


def world_line(name: str) -> str:
    """The parents' line about world ``name``; empty for a sector or an unknown world."""
    return WORLD_LINES.get(name, "")
