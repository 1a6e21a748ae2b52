"""Kurmanji (Northern Kurdish) text: names in the oblique case put back in their plain form.

Kurdish media name places with the oblique ending *-ê* (*-yê* after a vowel): *gundên Efrînê* (the
villages of Afrin), *li Zaxoyê* (in Zakho), *artêşa Tirkiyê* (Turkey's army). :func:`to_direct`
renders a Kurmanji text with each capitalised word in that case replaced by its plain form when the
gazetteer knows the plain form better than the word as written, and keeps the pieces that map the
rendering back to the text (see :func:`gazetteer.rendering.span_of`).

Examples
--------
>>> known = {"Efrîn": 2.2, "Zaxo": 2.3}.get
>>> to_direct("Balafiran li gundên Efrînê û li Zaxoyê xist.", lambda w: known(w, 0))[0]
'Balafiran li gundên Efrîn û li Zaxo xist.'
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["is_kurmanji", "to_direct"]

#: short words common in Kurmanji prose and rare elsewhere
_WORDS = frozenset("""û li ji di bi ku yên ên hat hatin kir kirin bû jî ser ber nav wek piştî ew ev wan gundên gundê
bajarê herêma navçeya ragihand""".split())
_WORD = re.compile(r"[^\W\d_]+")
#: common nouns capitalised in names of operations and processes ("Kaniya Aştiyê", Peace Spring; "Pêvajoya Aştiyê"),
#: whose plain forms are towns elsewhere (Asti, in Italy): peace, freedom
_NOUNS = frozenset("aştî aşti azadî azadi".split())
#: adjectives of nationality, which Kurmanji writes in lower case, as the geoparser reads demonyms
_NATIONALITIES = {"tirk": "Tirk", "rûs": "Rûs", "sûrî": "Sûrî", "îraqî": "Îraqî", "îranî": "Îranî",
                  "amerîkî": "Amerîkî", "emerîkî": "Emerîkî", "iraqî": "Îraqî", "iranî": "Îranî", "rûsî": "Rûsî"}
#: words of direction that open a region's name, capitalised there, which are no places themselves: "Başûrê
#: Kurdistanê" is the Kurdistan Region (and "Başûrê" is not Basra)
_DIRECTIONS = {"Başûrê": "başûrê", "Bakurê": "bakurê", "Rojhilatê": "rojhilatê",
               # (and adverbs that open a sentence: "Berê" (before) is no Béré in Chad)
               "Berê": "berê"}


def is_kurmanji(text: str) -> bool:
    """Whether ``text`` reads as Kurmanji: a letter *ê* and three or more of its common words.

    >>> is_kurmanji("Balafirên Tirkiyê li gundên Efrînê xistin û ji wan du kes mirin.")
    True
    >>> is_kurmanji("Le maire a déclaré la fête ouverte.")
    False
    """
    if "ê" not in text:
        return False
    seen = {w for w in _WORD.findall(text.lower()) if w in _WORDS}
    return len(seen) >= 3


def _plain_forms(word: str) -> list[str]:
    if word.endswith("yê") and len(word) > 4:
        # "Zaxoyê" is Zaxo, "Tirkiyê" Tirkiye, "Silêmaniyê" Silêmanî(ye), "Tirbespiyê" Tirbespî, "Hatayê" Hatay
        forms = [word[:-2], word[:-1] + "e", word[:-2] + "ye", word[:-1]]
        if word.endswith("iyê"):
            forms.append(word[:-3] + "î")
        return forms
    if word.endswith("ê") and len(word) > 3 and word[-2] not in "aeiouêîû":
        return [word[:-1]]
    return []


#: the endings of a noun that governs the name after it ("Êzidiyên Şengalê", the Yazidis of Sinjar)
EZAFE = ("ên", "ê", "a", "ya", "yê", "yên")


#: Kurmanji nouns of a feature before its name in the oblique case, and how English names the feature: "Bendava
#: Tişrînê" is the Tishrin Dam, "Gola Wanê" Lake Van, "Çemê Dîjleyê" the Tigris
_FEATURES = {"bendava": ("{} Dam", "{} dam"), "gola": ("Lake {}", "{} Lake"), "çemê": ("{} River", "Nahr {}"),
             "çiyayê": ("Mount {}", "{} Mountains", "Jabal {}"), "kampa": ("{} camp",)}
_FEATURE_RUN = re.compile(r"\b(Bendava|bendava|Gola|gola|Çemê|çemê|Çiyayê|çiyayê|Kampa|kampa) ([A-ZÇÊÎÛŞ][^\W\d_]+)")


def _feature_renderings(text: str, known: Callable[[str], float]) -> dict[int, tuple[int, str]]:
    """Feature phrases ("Bendava Tişrînê") the gazetteer knows in English words ("Tishrin Dam"), by start."""
    out = {}
    for m in _FEATURE_RUN.finditer(text):
        noun, name = m.group(1).lower(), m.group(2)
        if known(m.group(0)) >= 2:
            continue  # (a spelling the gazetteer holds as written: "Gola Wanê")
        stems = [name, *_plain_forms(name)]
        stems += [f.replace("ş", "sh").replace("Ş", "Sh") for f in stems if "ş" in f.lower()]
        best, rank = None, 1.99
        for stem in dict.fromkeys(stems):
            for pattern in _FEATURES[noun]:
                r = known(pattern.format(stem))
                if r > rank:
                    best, rank = pattern.format(stem), r
        if best is not None:
            out[m.start()] = (m.end(), best)
    return out


def to_direct(text: str, known: Callable[[str], float]):
    """Rendering of a Kurmanji ``text`` with oblique names in their plain form, and its pieces.

    Parameters
    ----------
    text : str
    known : callable
        How well the gazetteer knows a spelling (see :meth:`gazetteer.Gazetteer.known_spelling`).

    Returns
    -------
    (str, list of tuple)
        The rendering and ``(start, end, text_start, text_end)`` for each piece of it.
    """
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    pos = last = 0
    prev = None  # the word before, if capitalised and one space away: a name's first word ("Til Temirê")
    features = _feature_renderings(text, known) if any(n in text for n in ("endava", "ola ", "emê", "iyayê", "ampa")) \
        else {}
    skip_to = -1
    for m in _WORD.finditer(text):
        if m.start() < skip_to:
            continue
        w = m.group()
        if m.start() in features:
            e, best = features[m.start()]
            s = m.start()
            for piece, a, b in ((text[last:s], last, s), (best, s, e)):
                if piece:
                    out.append(piece)
                    pieces.append((pos, pos + len(piece), a, b))
                    pos += len(piece)
            last = skip_to = e
            prev = None
            continue
        before, prev = prev, (w if w[:1].isupper() else None)
        if w in _NATIONALITIES or w in _DIRECTIONS:
            # "dewleta tirk": the Turkish state (Kurmanji writes adjectives in lower case)
            best = _NATIONALITIES.get(w) or _DIRECTIONS[w]
        else:
            if w.isupper() and len(w) > 2:
                w = w.capitalize()  # (a dateline in capitals: "DÊRA ZORÊ, 20ê Sibata")
            if not w[:1].isupper() or not w.endswith("ê"):
                continue
            forms = _plain_forms(w)
            if not forms or not _NOUNS.isdisjoint(f.lower() for f in forms):
                continue
            if before is not None and text[m.start() - len(before) - 1:m.start()] == before + " " \
                    and known(before + " " + w) >= 2:
                continue  # the last word of a name of two, as written: "Serê Kaniyê" (not "Serê Kani")
            here = known(w)
            best, best_rank = None, max(here, 1.99)  # (the plain form must be a name the gazetteer holds)
            for f in forms:
                r = known(f)
                if r > best_rank:
                    best, best_rank = f, r
            if best is None and before is not None and text[m.start() - len(before) - 1:m.start()] == before + " ":
                # the last word of a name of two: "Til Temirê" is Til Temir, "Tel Rifetê" Tel Rifet
                best_rank = max(known(before + " " + w), 1.99)
                for f in forms:
                    r = known(before + " " + f)
                    if r > best_rank:
                        best, best_rank = f, r
            if best is None:
                continue
        s, e = m.span()
        for piece, a, b in ((text[last:s], last, s), (best, s, e)):
            if piece:
                out.append(piece)
                pieces.append((pos, pos + len(piece), a, b))
                pos += len(piece)
        last = e
    if last < len(text):
        out.append(text[last:])
        pieces.append((pos, pos + len(text) - last, last, len(text)))
    return "".join(out), pieces
