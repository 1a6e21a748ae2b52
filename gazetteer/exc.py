"""Errors raised by :mod:`gazetteer`.

One base class, :class:`GazetteerError`; each subclass also inherits the
builtin it resembles so callers can catch either.

Examples
--------
>>> from gazetteer.exc import PlaceNotFound, GazetteerError
>>> issubclass(PlaceNotFound, LookupError) and issubclass(PlaceNotFound, GazetteerError)
True
"""

from __future__ import annotations

__all__ = ["GazetteerError", "PlaceNotFound", "AmbiguousPlace", "DataError"]


class GazetteerError(Exception):
    """Base class of every gazetteer error."""


class PlaceNotFound(GazetteerError, LookupError):
    """No place matches a name.

    ``suggestions`` holds close names, best first (may be empty).
    """

    def __init__(self, message: str, *, suggestions: list[str] | None = None):
        self.suggestions = list(suggestions or [])
        if self.suggestions:
            message = f"{message}; did you mean: {', '.join(self.suggestions)}?"
        super().__init__(message)


class AmbiguousPlace(GazetteerError, ValueError):
    """A name that matches several places equally well.

    ``candidates`` lists the competing :class:`~gazetteer.resolve.Candidate` objects.
    """

    def __init__(self, message: str, *, candidates: list | None = None):
        self.candidates = list(candidates or [])
        super().__init__(message)


class DataError(GazetteerError, OSError):
    """The shipped (or imported) gazetteer data is missing or malformed."""
