"""Errors raised by geomap.

One base class, :class:`GeomapError`; each subclass also inherits the builtin
it resembles, so callers can catch either. The CLI maps :class:`InvalidInput`
(and its subclasses) to exit status 2 and every other :class:`GeomapError` to 1.
"""

from __future__ import annotations

__all__ = [
    "GeomapError",
    "InvalidInput",
    "NotFound",
    "AmbiguousReference",
    "InUse",
    "StoreError",
    "NotAStore",
    "SchemaMismatch",
]


class GeomapError(Exception):
    """Base class of every geomap error."""


class InvalidInput(GeomapError, ValueError):
    """Input that geomap refuses: bad coordinates, unknown kinds, malformed files.

    ``source`` names the file (or option) and ``line`` the line or feature
    number when known; ``str()`` gives a one-line message naming both.
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.reason = message
        self.source = source
        self.line = line
        where = ""
        if source and line is not None:
            where = f"{source}:{line}: "
        elif source:
            where = f"{source}: "
        super().__init__(f"{where}{message}")


class NotFound(InvalidInput, LookupError):
    """A location, claim or other record that does not exist.

    ``suggestions`` holds the closest existing names ("did you mean ...").
    """

    def __init__(self, message: str, *, suggestions: list[str] | None = None, **kw):
        self.suggestions = list(suggestions or [])
        if self.suggestions:
            message = f"{message}; did you mean: {', '.join(self.suggestions)}?"
        super().__init__(message, **kw)


class AmbiguousReference(InvalidInput):
    """A name that matches several records; ``candidates`` lists them."""

    def __init__(self, message: str, *, candidates: list | None = None, **kw):
        self.candidates = list(candidates or [])
        super().__init__(message, **kw)


class InUse(InvalidInput):
    """A record other records depend on (a location with claims)."""


class StoreError(GeomapError, OSError):
    """The store could not be opened, read or written."""


class NotAStore(StoreError):
    """The file exists but is not a geomap store (or is corrupt)."""


class SchemaMismatch(StoreError):
    """The store was written by an incompatible geomap version."""
