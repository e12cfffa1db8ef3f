"""The worlds of technology and the other sectors by id, as the rules' reader needs them:
their names, and which are worlds of technology (in their numbered order)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from beroepsplanner.domain.chain import ProfessionRef
from beroepsplanner.domain.kinds import WorldKind
from beroepsplanner.store.models import World


@dataclass(frozen=True)
class Worlds:
    """Every world of technology and sector by id, and which are worlds of technology (in
    their numbered order)."""

    names: dict[int, str]
    technology: dict[int, str]

    def profession(self, name: str, world_id: int | None) -> ProfessionRef:
        world = self.names.get(world_id) if world_id is not None else None
        if world is None:
            return ProfessionRef(name)
        if world_id in self.technology:
            return ProfessionRef(name, world=world)
        return ProfessionRef(name, sector=world)


_WORLDS = select(World.id, World.name, World.kind).order_by(func.coalesce(World.number, 0), World.id)


def world_table(session: Session) -> Worlds:
    """Every world and sector by id; the seven worlds of technology in their order."""
    names: dict[int, str] = {}
    technology: dict[int, str] = {}
    session.flush()  # a statement on the connection skips the ORM's autoflush
    for world_id, name, kind in session.connection().execute(_WORLDS):
        names[world_id] = name
        if WorldKind(kind) is WorldKind.TECHNOLOGY:
            technology[world_id] = name
    return Worlds(names, technology)
