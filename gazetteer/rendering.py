"""Texts read through a rendering of them, and the way back to the text's own offsets.

The geoparser reads some texts through a rewritten form: Russian in Latin letters
(:mod:`gazetteer.cyrillic`), Kurmanji with oblique-case names in their plain form
(:mod:`gazetteer.kurmanji`). A rendering keeps *pieces* ``(start, end, text_start, text_end)``: the
rendering's ``[start, end)`` came from the text's ``[text_start, text_end)``. :func:`span_of` maps a
span of the rendering back to the text.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["span_of"]


def span_of(pieces, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that the rendering's ``[start, end)`` came from.

    A piece kept as it was written maps character for character; a rewritten piece as a whole.

    >>> span_of([(0, 4, 10, 14), (4, 5, 9, 9), (5, 13, 0, 9)], 0, 13)
    (0, 14)
    >>> span_of([(0, 20, 0, 20)], 3, 7)
    (3, 7)
    """
    k = max(0, bisect_right(pieces, (start, float("inf"))) - 1)
    lo, hi = None, None
    while k < len(pieces) and pieces[k][0] < end:
        ls, le, s, e = pieces[k]
        if le > start and e > s:
            if le - ls == e - s:  # kept as written
                a, b = s + max(0, start - ls), s + min(le, end) - ls
            else:
                a, b = s, e
            lo = a if lo is None else min(lo, a)
            hi = b if hi is None else max(hi, b)
        k += 1
    if lo is None:
        return start, end
    return lo, hi
