"""A place mention found in a text."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Place


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mentioned in a text.

    Attributes
    ----------
    start, end : int
        Python string offsets; ``text[start:end] == surface``.
    surface : str
        The text as written (including a qualifier such as "province").
    place : Place or None
        The resolved place.
    kind : str
        ``place`` or ``demonym``.
    confidence : float
        0..1.
    name_start, name_end : int
        Offsets of the name proper (without "province", "rural" …).
    """

    start: int
    end: int
    surface: str
    place: Place | None
    kind: str = "place"
    confidence: float = 1.0
    name_start: int = -1
    name_end: int = -1

    @property
    def score(self) -> float:
        """Confidence on a 0..100 scale."""
        return round(100.0 * self.confidence, 1)

    def to_dict(self) -> dict:
        p = self.place
        return {"text": self.surface, "start": self.start, "end": self.end,
                "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "kind": p.kind if p else None, "mention": self.kind, "country": p.country if p else None,
                "id": p.id if p else None, "score": self.score}
