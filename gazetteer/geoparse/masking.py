"""Masking organisations' and people's names before places are looked for (a part of
    :class:`~gazetteer.geoparse.parser.Geoparser`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from operator import itemgetter

from ..fold import ARTICLES, fold, fold_token
from ..kurmanji import is_kurmanji
from .context import _Starts, _article_fits, _looks_like_pronoun, _placed_with_article, _plain, _stands_as_place
from .cues import _ARABIC_LETTER, _CUES_BEFORE, _MINOR_COUNTRIES, _PLACE_PREPOSITIONS, _TR_CASE_AFTER, _TURKISH_LETTERS
from .demonyms import ABBREVIATIONS, DEMONYMS
from .names import _DUMA_QUALIFIERS, _GIVEN, _HONORIFICS, _KIN, _PLACE_GIVEN, _SPEECH_VERBS, _SURNAMES, _TITLES
from .patterns import _ARTICLE_OR_THE, _CONNECTORS, _NO_KEY, _ROMANCE_APPOSITION, _SETTLEMENT_APPOSITION
from .vocabulary import (
    _ANY_ORG_HEADS, _AR_AIRLINE_HEADS, _AR_CUES_BEFORE, _AR_FAMILY, _AR_GIVEN, _AR_GROUP_HEADS, _AR_KUNYA,
    _AR_ORG_AFTER, _AR_ORG_BEFORE, _AR_ORG_HEAD, _AR_OUTLET_NOUNS, _AR_OUTLET_TAILS, _AR_PLAIN_ADJ, _AR_PLAIN_OPERATION,
    _AR_PREPOSITIONS, _AR_PROCLITICS, _AR_TRIBE_NOUNS, _COUNCIL_OF, _ELISION_LITERALS, _EPONYM_HEADS, _FACILITY,
    _FR_ELISION_GAP,
    _IT_ELISION_GAP, _KU_CONNECTORS, _KU_ORG_HEADS, _ORG_ARTICLES, _ORG_HEADS, _ORG_OPENERS, _OUTLETS_24,
    _OUTLETS_24_JOINED, _OUTLET_AFTER, _OUTLET_AFTER_EN, _OUTLET_BEFORE, _OUTLET_NOUNS, _ROMANCE_OF_THE,
    _ROMANCE_SITE_NOUNS,
    _ROMANCE_HEADS, _ROMANCE_OF, _ROMANCE_UNIT_GAP, _ROMANCE_UNIT_HEADS,
    _ROMANCE_UNIT_WORDS, _SHARED_HEADS, _SHIP_PREFIXES, _SHIP_PREFIX_LITERALS, _STATE_WORDS, _TR_ADMIN_AFTER,
    _TR_ORG_HEADS, _VEHICLE_MAKES, _VEHICLE_NOUNS, _VEHICLE_RE,
)

_WORD, _HEAD = itemgetter(2), itemgetter(slice(None, 2))
_ELIDED_ARTICLES = frozenset(("l'", "d'", "l’", "d’"))  # (French: "l'Observatoire")


def _tokens_in(toks, start: int, end: int) -> range:
    """The indices of the tokens that start within text offsets ``start``..``end`` (end excluded); ``toks`` are in
    the order of the text.

    >>> list(_tokens_in([(0, 3, "the"), (4, 9, "Kurds"), (10, 12, "24")], 4, 12))
    [1, 2]
    """
    starts = [t[0] for t in toks]
    return range(bisect_left(starts, start), bisect_left(starts, end))


#: nouns before "of" and a place's name that a man's name never follows: the compass points, outskirts, countryside
_PART_OF_NOUNS = frozenset("""north south east west northeast northwest southeast southwest outskirts countryside edge
centre center city town village province""".split())


def _part_of(toks, folded, k: int) -> bool:
    """Whether word ``k`` follows "<a part's noun> of", its article passed over: "the outskirts of al-Zabadani",
    "north of Zabadani" (a town, though a man bearing its name as his is named in the text)."""
    j = k - 1
    while j >= 0 and not folded[j] and toks[j][2].lower() in ("al", "el", "ar", "as", "ash", "ad", "an", "at", "az"):
        j -= 1
    return j > 0 and toks[j][2] == "of" and toks[j - 1][2].lower() in _PART_OF_NOUNS


#: nouns after a place's name that a man's name never takes ("Amedi district", though a man surnamed Amedi speaks)
_DIVISION_AFTER = frozenset("district province governorate subdistrict town village city camp countryside".split())


def _apposed_settlement(text: str, toks, k: int) -> bool:
    """Whether word ``k`` is followed by an apposition that calls it a settlement: "Baghdadi, a small town
    upstream", "al-Baghdadi, cittadina sull'Eufrate" (a town, though a famous man bears the name)."""
    e = toks[k][1]
    return text[e:e + 1] == "," and (_SETTLEMENT_APPOSITION.match(text, e) is not None
                                     or _ROMANCE_APPOSITION.match(text, e) is not None)


class _Masking:
    """Masking organisations' and people's names before places are looked for."""

    def _org_here(self, text, toks, folded, i: int, j: int, key: str) -> bool:
        """Whether tokens i..j, which fold like a known organisation, name it: when they also fold like a
        place ("al-Mayadin", the town, and "Al-Mayadeen", the television channel), only as the organisation
        writes its name."""
        place_key = " ".join(folded[k] for k in range(i, j + 1) if folded[k])
        if not self._eligible(place_key):
            return True
        raw = text[toks[i][0]:toks[j][1]]
        if raw.startswith(("al-", "el-")) and i > 0 and toks[i - 1][2] in _PLACE_PREPOSITIONS \
                and not (j + 1 < len(toks) and toks[j + 1][2].lower() in _OUTLET_NOUNS):
            return False  # after a preposition of place, with its article in lower case, the town ("outside
            # al-Mayadeen"; not "al-Mayadeen TV", nor "told al-Jazeera")
        written = _plain(raw).replace("-", " ")
        return written in self._org_literal.get(key, ())

    def _mask_orgs_and_people(self, text, toks, folded, cap, adj, masked, words) -> set[str]:
        """Mark the tokens of organisations, people, ships and vehicles in ``masked``; return the keys of the
        vehicle models found. ``words``: the set of the tokens' words."""
        n = len(toks)
        # (each scan below that needs a word of its list runs only where the text has one: a test of the set)
        models: set[str] = set()
        # a broadcaster's or a paper's name before its noun in lower case ("told Al-Forat television", "Türkiye
        # gazetesine konuşan") or after it ("la televisión Al Mayadin", "le quotidien Al-Watan"): the outlet's (not
        # a people's adjective: "Iraqi television" is the state's)
        # (the nouns' places found by loops in C: most texts name an outlet's noun somewhere)
        if not _OUTLET_AFTER.isdisjoint(words):
            tw = list(map(_WORD, toks))
            for k in compress(range(n - 1), map(_OUTLET_AFTER.__contains__, tw[1:])):
                if cap[k] and text[toks[k][1]:toks[k + 1][0]] == " " and tw[k] not in DEMONYMS:
                    j = k  # (the run of capitalised words before the noun)
                    while j > 0 and adj[j - 1] and cap[j - 1] and k - j < 3:
                        j -= 1
                    # (in English, only an Arabic outlet's name, with its article: "Los Angeles television", "the
                    # Des Moines Register newspaper" name the city too)
                    if tw[k + 1] in _OUTLET_AFTER_EN and tw[j].lower() not in _ORG_ARTICLES:
                        continue
                    for x in range(j, k + 1):
                        masked[x] = 1
        def mask_name_after(k: int) -> None:
            """Mask the capitalised words, up to three, that run on from right after token ``k``."""
            j = k + 1
            while j < n and j - k <= 3 and cap[j]:
                masked[j] = 1
                if not adj[j]:
                    break
                j += 1

        if not _OUTLET_BEFORE.isdisjoint(words):
            for k in compress(range(n - 1), map(_OUTLET_BEFORE.__contains__, map(_WORD, toks))):
                if cap[k + 1] and text[toks[k][1]:toks[k + 1][0]] == " ":
                    mask_name_after(k)
        # a ship's name after its navy's prefix: "USS Essex", "HMS Diamond" (no towns)
        for k in range(n - 1) if not _SHIP_PREFIXES.isdisjoint(words) and _SHIP_PREFIX_LITERALS.search(text) else ():
            if toks[k][2] in _SHIP_PREFIXES and adj[k]:
                mask_name_after(k)
        # a Turkish sports club named after its town: "Batman Petrolspor", "Hatay Büyükşehir Belediyespor"
        for k in range(n - 1) if "spor" in text else ():
            if cap[k] and adj[k] and cap[k + 1] and toks[k + 1][2].lower().endswith("spor") and len(toks[k + 1][2]) > 5:
                masked[k] = masked[k + 1] = 1
        # an operation's name after "Operation": "Operation Yemen Hurricane", "Operation Inherent Resolve"
        for k in range(n - 1) if "Operation " in text else ():
            if toks[k][2] == "Operation" and adj[k] and cap[k + 1]:
                j = k + 1  # (with its article: "Operation Fajr al-Jurud"; "Operation Dawn of Idlib")
                while j < n and j - k <= 5 and (cap[j] or (
                        toks[j][2] in ("al", "el", "ad", "ar", "as", "ash", "an", "of") and j + 1 < n and cap[j + 1])):
                    masked[j] = 1
                    if not adj[j]:
                        break
                    j += 1
        # a news agency's name before "news agency": "the Saba news agency", "Fars news agency" (not a
        # demonym's or a country's: "the Syrian news agency" speaks for its country)
        for k in range(1, n - 2) if " news agency" in text else ():
            if toks[k + 1][2] == "news" and toks[k + 2][2] == "agency" and cap[k] and adj[k] and adj[k + 1] \
                    and toks[k][2] not in DEMONYMS and not self._names_country(folded[k]):
                masked[k] = 1
        # a vehicle's model after its maker, and the maker: "a Dodge Durango", "Hyundai Tucson", "Toyota pickups"
        # (not a place named with the maker's name, "Dodge City", nor a city of a million: "BMW Munich")
        for k in range(n - 1) if not _VEHICLE_MAKES.isdisjoint(words) and _VEHICLE_RE.search(text) else ():
            if toks[k][2] not in _VEHICLE_MAKES or masked[k] or not adj[k]:
                continue
            if toks[k + 1][2].lower() in _VEHICLE_NOUNS:
                masked[k] = 1
                continue
            if not (cap[k + 1] and folded[k + 1]) or self._eligible(f"{folded[k]} {folded[k + 1]}"):
                continue
            two = k + 2 < n and adj[k + 1] and cap[k + 2] and self._eligible(f"{folded[k + 1]} {folded[k + 2]}")
            model = f"{folded[k + 1]} {folded[k + 2]}" if two else folded[k + 1]
            if (two or self._eligible(model)) and not self._metropolis(model):
                masked[k] = masked[k + 1] = 1
                if two:
                    masked[k + 2] = 1  # ("Hyundai Santa Fe")
                models.add(model)
        # Kurmanji names of organisations, agencies, councils and operations run on after their head noun, through
        # the ezafe and "and" ("Ajansa Nûçeyan a Hawarê", "Encûmena Niştimanî ya Kurdî", "Operasyona Kaniya Aştiyê"),
        # unless a demonym or a country follows the head ("Artêşa Tirk", the Turkish army)
        if "ê" in text and any(t[2] in _KU_ORG_HEADS for t in toks) and is_kurmanji(text):
            for k in range(n - 1):
                if toks[k][2] not in _KU_ORG_HEADS or not adj[k] or not cap[k + 1] or toks[k + 1][2] in DEMONYMS \
                        or self._names_country(folded[k + 1]):
                    continue  # (a country's own: "Hêzên Iraqê", Iraq's forces)
                j = k + 1
                while j < n and j - k <= 8 and (cap[j] or toks[j][2] in _KU_CONNECTORS):
                    if cap[j]:
                        masked[k] = masked[j] = 1
                        masked[k + 1:j] = b"\x01" * (j - k - 1)
                    if not adj[j]:
                        break
                    j += 1
        # French, Spanish and Italian names of councils, city halls, universities and banks run on through their
        # adjectives and "de" to the place they are named for ("le Conseil militaire de Manbij", "el Ayuntamiento
        # de Zaragoza", "l'Università di Damasco"): that place is part of the name
        if not _ROMANCE_HEADS.isdisjoint(words):
            for k in range(n - 1):
                if toks[k][2] not in _ROMANCE_HEADS:
                    continue
                j = k + 1
                while j < n and j - k <= 3 and toks[j][2].islower() and toks[j][2] not in _ROMANCE_OF:
                    j += 1  # (its adjectives: "militaire", "civil", "local")
                if j < n and toks[j][2] in _ROMANCE_OF:
                    j += 1
                    if j < n and toks[j][2] in ("la", "l"):
                        j += 1
                elif not (j < n and text[toks[j][0] - 2:toks[j][0]] in ("d'", "d’")):
                    continue  # (or with "de" elided onto the name: "d'Afrin")
                e = j
                # (the name's Arabic article too: "Conseil militaire de Deir ez-Zor")
                while e < n and (cap[e] or (e > j and toks[e][2].lower() in ARTICLES and e + 1 < n and cap[e + 1])) \
                        and (e == j or adj[e - 1]):
                    e += 1
                if e > j:
                    masked[k:e] = b"\x01" * (e - k)
        # a French, Spanish or Italian structure named "of the" something ("el puente de la Libertad", "la place de la
        # République", "l'ospedale della Pace"): the name is no town abroad (a place of Syria, Iraq or Turkey, or a
        # country, stays: "le pont de la Syrie" is rare, "le barrage de l'Euphrate" is the river's)
        if not _ROMANCE_SITE_NOUNS.isdisjoint(words):
            for k in range(n - 3):
                if toks[k][2] not in _ROMANCE_SITE_NOUNS or toks[k + 1][2] not in _ROMANCE_OF_THE:
                    continue
                j = k + 2
                if toks[k + 1][2] in ("de", "di"):
                    if toks[j][2] not in ("la", "l"):
                        continue  # (no article: "el puente de Palestina", named for a place, in Ramadi)
                    j += 1
                if j >= n or not cap[j] or masked[j] or not folded[j]:
                    continue
                # (not a name of Syria, Iraq or Turkey of up to three words: "el hospital de Tel Tamer")
                keys = [" ".join(folded[j:e]) for e in range(j + 1, min(n, j + 3) + 1) if all(cap[j:e])]
                if any(self._covered(key) or self._names_country(key) for key in keys):
                    continue
                masked[j] = 1
        if not _ROMANCE_UNIT_HEADS.isdisjoint(words):
            for k in range(n - 1):
                if toks[k][2] not in _ROMANCE_UNIT_HEADS:
                    continue
                j, names, after_of = k + 1, [], False
                while j < n and j - k <= 12 and _ROMANCE_UNIT_GAP.fullmatch(text, toks[j - 1][1], toks[j][0]):
                    lw = toks[j][2].lower()
                    if cap[j] and after_of:
                        names.append(j)
                    elif lw in _ROMANCE_OF or lw in ("d", "l"):
                        after_of = True
                    elif not (lw in _ROMANCE_UNIT_WORDS or (lw in ARTICLES and j + 1 < n and cap[j + 1])
                              or (cap[j] and not names)):
                        break  # (a verb ends it: "... de la Jazira a annoncé"; a capital before "de" is the name's own)
                    j += 1
                for m in names:
                    masked[m] = 1
        if "ilitärrat" in text or "sovet" in text:
            for m in _COUNCIL_OF.finditer(text):
                for k in _tokens_in(toks, m.start(), m.end()):
                    masked[k] = 1
        if "24" in text:
            # outlets named "<place> 24" (words have no digits, so the list above cannot hold them)
            for m in (*_OUTLETS_24.finditer(text), *_OUTLETS_24_JOINED.finditer(text)):
                for k in _tokens_in(toks, m.start(), m.end()):
                    masked[k] = 1
        # known organisations (longest match)
        elided = _ELISION_LITERALS.search(text) is not None  # (French: "l'Observatoire", "L'Armée syrienne libre")
        # (the tokens an organisation's name may start at, so that the scan passes over the others at once: a capital,
        # an article, "the", and "l'Observatoire syrien des droits de l'homme")
        ks = set(compress(range(n), cap))
        ks.update(compress(range(n), map(_ARTICLE_OR_THE.__contains__, folded)))  # (both loops run in C)
        if elided:
            # (the words opening with an elided article found by loops that run in C)
            ks.update(k for k in compress(range(n), map(_ELIDED_ARTICLES.__contains__, map(_HEAD, map(_WORD, toks))))
                      if toks[k][2][2:3].isupper())
        org_first = self._org_first
        arabic = not text.isascii() and _ARABIC_LETTER.search(text) is not None
        # (of those, the ones the scan looks at, found by loops that run in C where they can be: a word whose fold, or
        # an article's word, opens an organisation's name; then any Arabic word, and any word with an elided
        # article)
        opening = ks.intersection(compress(range(n), map(org_first.__contains__, folded)))
        opening.update(k for k in compress(range(n), map(_NO_KEY.__contains__, folded))
                       if k in ks and toks[k][2].lower() in org_first)
        if arabic or elided:
            opening.update(k for k in ks if "\u0600" <= toks[k][2][:1] <= "\u06ff" or toks[k][2][1:2] in ("'", "’"))
        starts = _Starts(sorted(opening), n)
        i = 0
        while (i := starts.next(i)) < n:
            w = toks[i][2]
            if (folded[i] or w.lower()) not in org_first and not ("\u0600" <= w[:1] <= "\u06ff") \
                    and not (elided and w[1:2] in ("'", "’")):
                i += 1  # (a word that opens no organisation's name, as most do: the scan below would stop at it)
                continue
            parts: list[str] = []
            best = -1
            j = i
            while j < n and j - i < 10:
                if j > i and not adj[j - 1] and text[toks[j - 1][1]:toks[j][0]] not in (" ", "ی ") and not (
                        text[toks[j - 1][1]:toks[j - 1][1] + 1] == " "
                        and (_IT_ELISION_GAP.fullmatch(text, toks[j - 1][1] + 1, toks[j][0])
                             or _FR_ELISION_GAP.fullmatch(text, toks[j - 1][1] + 1, toks[j][0]))):
                    break  # (an Italian or French article cut off a word inside the name: "Stato Islamico dell'Iraq",
                    # "Colère de l'Euphrate"; a plain space joins even where the place scan parts two names: "et"; so
                    # does the Sorani ezafe the tokenizer cut off a place's name: "سووریای دیموکرات")
                f = folded[j] or toks[j][2].lower()
                if j == i and "\u0600" <= toks[i][2][:1] <= "\u06ff" and f not in self._org_prefix and f not in self._org_keys \
                        and toks[i][2][:1] in _AR_PROCLITICS and len(toks[i][2]) > 3:
                    f = fold_token(toks[i][2][1:])  # "وفيلق الشام": "and" written onto the name
                elif elided and j == i and toks[i][2][1:2] in ("'", "’") and toks[i][2][:1] in "LlDd" \
                        and f not in self._org_prefix:
                    f = fold_token(toks[i][2][2:])  # "L'Armée syrienne libre": the French article elided onto it
                if f in _ORG_ARTICLES and j > i:
                    j += 1
                    continue
                parts.append(f)
                key = " ".join(parts)
                if key in self._org_keys and self._org_here(text, toks, folded, i, j, key):
                    w = toks[i][2]
                    if not (j == i and w.isupper() and w in ("IS", "US") and _looks_like_pronoun(text, toks, i)):
                        if not (j == i and len(w) <= 4 and w.upper() == w and w not in self._org_case):
                            best = j + 1
                        elif j == i and w in self._org_case:
                            best = j + 1
                        elif j > i:
                            best = j + 1
                if key not in self._org_prefix:
                    break
                j += 1
            if best > 0:
                for k in range(i, best):
                    masked[k] = 1
                i = best
            else:
                i += 1
        # capitalized runs: organisation heads, titles + names, given names, surnames
        people: set[str] = set()
        full_names: set[str] = set()  # the last two or more words of each person's name ("abu zayd")
        capitals = list(compress(range(n), cap))
        i = 0
        caps = _Starts(capitals, n)
        while (i := caps.next(i)) < n:
            if masked[i]:
                i += 1
                continue
            j = i
            # (after a preposition of place, not into an organisation found before: "в Лондоне Сирийской обсерватории",
            # read "in London Syrian Observatory ...", names London and the Observatory; but "the American Red Cross",
            # "Thomson Reuters Foundation" are one name each)
            placed = i > 0 and toks[i - 1][2] in _PLACE_PREPOSITIONS
            while j + 1 < n and adj[j] and not (placed and masked[j + 1]) and (cap[j + 1] or (
                    toks[j + 1][2].lower() in _CONNECTORS and (
                        j + 2 >= n or _article_fits(toks[j + 1][2], toks[j + 2][2]))
                    and not (toks[j + 1][2] in ("de", "da") and j + 2 < n
                             and _TR_CASE_AFTER.match(text, toks[j + 2][1])))):
                j += 1  # (an article only before a word it fits: "Riad al-Solh en Beirut" is no name in "en-"; nor
                # Turkish "de", also, before a name with its case ending: "Erşat Salihi de Kerkük'te")
            while j > i and not cap[j]:
                j -= 1
            # (a title is the word before, not the last of a sentence before: "the media chief. In Damascus" is no
            # person "In Damascus"; an abbreviated title is capitalised: "Gen. Salim Idris")
            titled = i > 0 and toks[i][0] - toks[i - 1][1] <= 2 \
                and not ("." in text[toks[i - 1][1]:toks[i][0]] and toks[i - 1][2][:1].islower())
            if j == i and toks[i][2].lower() not in _SURNAMES and (
                    (not titled or toks[i - 1][2].lower().rstrip(".") not in _TITLES)
                    or toks[i - 1][2].lower().rstrip(".") in ("said", "told", "says", "according")):
                i += 1  # (one word, as most runs are: only a title before it or a surname makes it a person's)
                continue
            run = range(i, j + 1)
            words = [toks[k][2] for k in run]
            lw = [w.lower() for w in words]
            cut = None
            if len(lw) > 2 and not _TR_ORG_HEADS.isdisjoint(lw[1:-1]):
                cut = next(k for k in range(1, len(lw) - 1) if lw[k] in _TR_ORG_HEADS)
            if cut is not None:
                j = i + cut  # a Turkish name ends with its head: "Irak Ordusu Kerkük'e girdi"
                run = range(i, j + 1)
                words, lw = words[:cut + 1], lw[:cut + 1]
            first = lw[0]
            prev = toks[i - 1][2].lower().rstrip(".") if titled else ""
            mask_from = None
            person = honorific = False
            heads = [w for k2, w in enumerate(lw[1:], 1) if w in _ANY_ORG_HEADS
                     and (w != "duma" or lw[k2 - 1] in _DUMA_QUALIFIERS)]  # (not "die Stadt Duma", the town)
            d0 = 1 if lw[0] == "the" and len(lw) > 2 else 0  # "The Turkish Government ..." opening a sentence
            if heads and (((words[d0] in DEMONYMS or (d0 == 0 and self._names_country(folded[i])))
                           and all(w in _STATE_WORDS for w in lw[d0 + 1:]))
                          or (all(w == "international" for w in heads) and any(w in _FACILITY for w in lw)
                              and lw[0] not in _GIVEN)):
                # ("John F. Kennedy International Airport" is named for a person, not at a place)
                pass  # "Turkish Government": the country's state; "Damascus International Airport": at Damascus
            elif heads or (lw[0] in _ORG_OPENERS and len(lw) > 1):
                mask_from = i
            elif len(lw) > 3 and not _ORG_OPENERS.isdisjoint(lw[1:-2]) and (op := next(
                    (k2 for k2 in range(1, len(lw) - 2) if lw[k2] in _ORG_OPENERS and lw[k2 + 1] == "of"), None)) is not None:
                mask_from = i + op  # (inside a run a sentence's first word opens: "Fighters of the Lions of the Tigris")
            elif first.rstrip(".") in _TITLES and len(lw) > 1 and cap[i + 1]:
                mask_from, person = i, True
            elif prev in _TITLES and prev not in ("said", "told", "says", "according") and len(lw) <= 4:
                mask_from, person = i, True
                gap = text[toks[i - 1][1]:toks[i][0]]
                honorific = prev in _HONORIFICS and toks[i - 1][2][:1].isupper() and (
                    gap == " " or (gap == ". " and len(prev) <= 4))  # "Mrs. Lincoln", "Gen. Nelson", "Mayor Tyler"
            elif prev == "of" and i > 1 and toks[i - 2][2].lower() in _KIN and len(lw) > 1 and cap[i + 1]:
                mask_from, person = i, True  # "wife of Leo Dreyer", "son of Omar al-Farouk"
            elif lw[0] in _GIVEN and len(lw) > 1 and not (words[0].isupper() and words[0] in ABBREVIATIONS) and not (
                    _TR_ADMIN_AFTER.match(text, toks[i][1])) and (
                    cap[i + 1] or (
                    i + 2 <= j and not folded[i + 1] and cap[i + 2] and lw[1] in _CONNECTORS
                    and (lw[1] in ("al", "el") or text[toks[i + 1][1]:toks[i + 2][0]] == "-"))):
                mask_from, person = i, True  # "Ahmed al-Sharaa", "Muqtada al-Sadr": a given name and a surname
            elif lw[0] in _PLACE_GIVEN and len(lw) == 2 and cap[i + 1] and text[toks[i][1]:toks[i + 1][0]] == " " \
                    and not self._eligible(folded[i + 1]) and (
                        (j + 1 < n and toks[j + 1][2].lower() in _SPEECH_VERBS)
                        or re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.? " + re.escape(words[1]) + r"\b|(?<![\w-])"
                                     + re.escape(words[1]) + r" (?:" + "|".join(_SPEECH_VERBS) + r")\b",
                                     text[:toks[i][0]] + " " + text[toks[j][1]:]) is not None):
                # a place's name as a given name ("Israel Katz said", "Paris Hilton ... Ms. Hilton"), when the
                # pair, or the surname alone elsewhere in the text, speaks (not "the Paris Walmart")
                mask_from, person = i, True
            else:
                # a title or a given name inside the run: "Russian President Vladimir Putin"; a structure
                # named after that person takes the words before it too ("the Fatih Sultan Mehmet Bridge")
                for k in range(1, len(lw) - 1):
                    if cap[i + k] and (lw[k].rstrip(".") in _TITLES or lw[k] in _GIVEN) and cap[i + k + 1] \
                            and not (i + k + 1 == j and self._names_country(folded[j])):
                        # (no person is named for a country: "Ministry of Defence Iraq", a Russian genitive
                        # rendered word for word, is the state's ministry)
                        mask_from, person = i + k, True
                        if lw[-1] in _EPONYM_HEADS and words[0] not in DEMONYMS:
                            mask_from, person = i, False
                        break
            if person:
                # a person's name ends before "of"/"for": "Governor Ali Hassan of Raqqa", "wife of Leo Dreyer of Lebanon"
                cut = next((k for k in range(mask_from + 1, j + 1) if lw[k - i] in ("of", "for")), None)
                if cut is not None:
                    j = cut - 1
                    run = range(i, j + 1)
                # ... and after a well-known surname: "Başbakan Ahmet Davutoğlu Ankara'da" (Ankara is a place)
                # (not at a given name that is also a well-known surname, unless a place's case ending follows:
                # "Major General Hussein Jolan", but "Saddam Hussein Tikrit'te")
                cut = next((k for k in range(mask_from + 1, j) if folded[k] in _SURNAME_KEYS
                            and (toks[k][2].lower() not in _GIVEN or _stands_as_place(text, toks, k + 1))), None)
                if cut is not None and self._eligible(" ".join(f for f in (folded[k] for k in run) if f),
                                                      article=not folded[i]):
                    cut = None  # (not where the whole run is a place's name: "Al-Asad Airbase", the Ain al-Asad base)
                if cut is not None:
                    j = cut
                    run = range(i, j + 1)
                elif j - mask_from >= 2 and ("'" in toks[j][2] or "’" in toks[j][2]) \
                        and _TURKISH_LETTERS.search(text) is not None and self._strong(folded[j]):
                    # (and before a capital or a country that a Turkish case ending closes, after a given name and a
                    # surname: "Joe Biden Ankara'daydı", Joe Biden was in Ankara)
                    j -= 1
                    run = range(i, j + 1)
            if mask_from is not None:
                # the run, or its part from the title on ("In the Sheikh Maqsoud"), may itself be a place's name
                # ("Tall Muhammad Diyab", "Sheikh Maqsoud")
                full = " ".join(f for f in (folded[k] for k in run) if f)
                named = " ".join(f for f in (folded[k] for k in range(mask_from, j + 1)) if f)
                art = not folded[i]  # "Al Hol" opens with the article, and so is al-Hawl (not Al as a given name)
                art_named = not folded[mask_from]  # ("Im Lager Al-Hol": the name from "Al" on opens with it)
                if honorific or not (self._eligible(full, article=art) or self._eligible(named, article=art_named)) or (
                        lw[-1] in _ORG_HEADS and not self._eligible(full)):
                    for k in range(mask_from, j + 1):
                        masked[k] = 1
                    if lw[-1] in _SHARED_HEADS and not person and mask_from == i and i >= 2 \
                            and toks[i - 1][2] == "and" and adj[i - 1] and adj[i - 2] and cap[i - 2] \
                            and not masked[i - 2] \
                            and not (i >= 3 and adj[i - 3] and cap[i - 3] and toks[i - 3][2] != "The") \
                            and text[toks[i - 2][1]:toks[i - 1][0]] == " " \
                            and not (i >= 3 and toks[i - 3][2].lower() in _CUES_BEFORE):
                        masked[i - 2] = 1  # two names sharing the head: "the Jazeera and Badia Operations Command"
                    if person and j > mask_from:
                        people.add(folded[j])
                        words_f = [f for f in (folded[k] for k in range(mask_from, j + 1)) if f]
                        full_names.update(" ".join(words_f[m:]) for m in range(len(words_f) - 1))
            elif j == i + 1 and lw[-1] in _SURNAMES \
                    and not self._eligible(" ".join(f for f in (folded[k] for k in run) if f)):
                for k in run:
                    masked[k] = 1  # a first name and a known surname: "Nelson Mandela" (not Nelson, New Zealand)
            else:
                for k in run:
                    if (toks[k][2].lower() in _SURNAMES
                            and not (k + 1 <= j and self._eligible(folded[k] + " " + folded[k + 1]))
                            and not (k > i and self._eligible(" ".join(f for f in folded[i:k + 1] if f)))
                            and not (_placed_with_article(text, toks, k) and self._eligible(folded[k], article=True))
                            and not (k == j and self._eligible(folded[k]) and _apposed_settlement(text, toks, k))):
                        masked[k] = 1  # (not the end of a place's name: "Ain al-Asad"; nor a town: "in al-Baghdadi",
                        # "Baghdadi, a small town upstream")
            i = j + 1
        if arabic:
            self._mask_arabic_orgs_and_people(text, toks, masked)
        # a surname seen in a full name is a person elsewhere in the text too ("Taylor said")
        if people:
            people.discard("")
            for k in capitals:
                if not masked[k] and folded[k] in people and not (k + 1 < n and adj[k] and cap[k + 1]) \
                        and not self._ends_place_name(folded, adj, k, full_names) \
                        and not (_placed_with_article(text, toks, k) and self._eligible(folded[k], article=True)) \
                        and not (_stands_as_place(text, toks, k) and self._strong(folded[k])) \
                        and not _apposed_settlement(text, toks, k) \
                        and not (k + 1 < n and toks[k + 1][2] in _DIVISION_AFTER and adj[k]) \
                        and not _part_of(toks, folded, k) \
                        and not ((_stands_as_place(text, toks, k, case=False) or self._listed_with_a_place(toks, k))
                                 and any(
                            c[1] == "locality" and c[3] in _MINOR_COUNTRIES and not c[8]
                            for c in self._candidates(folded[k], ()))) \
                        and not ((_stands_as_place(text, toks, k) or self._aliased(text, toks, folded, k)) and any(
                            c[1] == "locality" and c[3] in _MINOR_COUNTRIES and c[7] >= 10_000
                            for c in self._candidates(folded[k], ()))):
                    # (nor a town of Syria, Iraq or Turkey where a place stands: "der Lehrer Hasan Kobane ... in
                    # Kobane und Manbidsch", "Jableh and Tartus ... the doctor Samir Tartusi")
                    # (but a province or a country where a place stands: "Ahmet Hatay ... Hatay'ın Reyhanlı ilçesi")
                    # (nor a town of 10,000 with a Turkish case ending, or as a place's other name in brackets:
                    # "Mazlum Kobani ... talimatı Kobani'den aldı", "Ayn el-Arap (Kobani)")
                    masked[k] = 1
        return models

    def _aliased(self, text: str, toks, folded, k: int) -> bool:
        """Whether word ``k`` stands in brackets right after a place's name, as its other name: "Ayn el-Arap
        (Kobani)"."""
        return k > 0 and text[toks[k][0] - 2:toks[k][0]] == " (" and text[toks[k][1]:toks[k][1] + 1] == ")" \
            and toks[k - 1][1] == toks[k][0] - 2 and any(
                self._eligible(" ".join(f for f in folded[j:k] if f)) for j in range(max(0, k - 4), k))

    def _listed_with_a_place(self, toks, k: int) -> bool:
        """Whether word ``k`` and a place's one-word name are joined by "and" or "or" (in the languages read):
        "Jableh and Tartus"."""
        n = len(toks)
        if k > 1 and toks[k - 1][2].lower() in _LIST_JOINS and self._eligible(fold_token(toks[k - 2][2])):
            return True
        return k + 2 < n and toks[k + 1][2].lower() in _LIST_JOINS and bool(self._eligible(fold_token(toks[k + 2][2])))

    def _mask_arabic_orgs_and_people(self, text, toks, masked) -> None:
        """In Arabic, a centre, network or agency named for a place ("مركز الموصل للدراسات", "مركز الغوطة
        الإعلامي") and a person's given name or kunya before a place's adjective ("عمر الزبداني", "أبو مالك التلي"):
        neither is the place."""
        n = len(toks)
        for k in range(n):
            w = toks[k][2]
            if w[-4:] == "الضفة" and k + 2 < n and toks[k + 1][2] in ("الغربية", "الشرقية") \
                    and toks[k + 2][2][:1] == "ل" and (rest := toks[k + 2][2][1:].lstrip("\u0640")) and (
                        rest.startswith(("نهر", "لنهر")) or self._eligible(fold(rest))
                        or self._eligible(fold("ا" + rest))):
                # a river's bank: "الضفة الغربية لنهر الفرات", "الضفة الشرقية للفرات", not the West Bank ("في الضفة
                # الغربية ليلاً" is)
                masked[k] = masked[k + 1] = 1
                continue
            if (w == "الحاضر" and k > 0 and toks[k - 1][2].endswith("الوقت")) or (
                    w in ("المطلة", "المطل") and k + 1 < n and toks[k + 1][2] == "على"):
                masked[k] = 1  # "في الوقت الحاضر", at present: no al-Hadir; "المطلة على", overlooking: no Metula
                continue
            if "\u0640" in w:
                w = w.replace("\u0640", "")  # (a word drawn out after its proclitic: "لـقناة", to the channel)
                if w in _AR_OUTLET_NOUNS or w in _AR_ORG_BEFORE:
                    masked[k] = 1
            if text.startswith((" 24", "24"), toks[k][1]) and (k + 1 >= n or toks[k + 1][0] > toks[k][1] + 3):
                masked[k] = 1  # "السويداء 24": a news network named for its town
                if k > 0 and text[toks[k - 1][1]:toks[k][0]] == " " and toks[k - 1][2] == "دير":
                    masked[k - 1] = 1
                continue
            if w in _AR_ORG_BEFORE:
                named = False
                for span in (1, 2, 3):
                    t = k + span + 1
                    if t >= n or any(text[toks[x][1]:toks[x + 1][0]] != " " for x in range(k, t)):
                        break
                    if toks[t - 1][2] in ("في", "من", "إلى", "على"):
                        break  # (a preposition ends the body's name: "مجلس الاتحاد في موسكو للرئيس", the council in
                        # Moscow, to the president)
                    tail = toks[t][2]
                    if tail in _AR_ORG_AFTER or (tail.startswith("لل") and len(tail) > 4):
                        for x in range(k, t + 1):
                            masked[x] = 1
                        named = True
                        break
                if named:
                    continue  # (else a group's name may follow: "تجمع أحرار حوران")
            if w in _AR_TRIBE_NOUNS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " ":
                masked[k + 1] = 1
                if toks[k + 1][2] in ("البو", "آل", "ال") and k + 2 < n and text[toks[k + 1][1]:toks[k + 2][0]] == " ":
                    masked[k + 2] = 1  # ("عشيرة البو نمر")
                continue
            if w in _AR_OUTLET_NOUNS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] in (" ", " «", ' "') \
                    and not self._eligible(fold(w.removeprefix("و") + " " + toks[k + 1][2])):
                # a channel's, a network's or a paper's name after its noun: "قناة دجلة" (the Dijla channel),
                # "شبكة الخابور", "قناة الحرة عراق", "قناة «الفرات»" (not "قناة السويس", the Suez Canal, a place's
                # name)
                for x in range(k + 1, min(n, k + 3)):
                    if x > k + 1 and (text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS
                                      or toks[x][2][:1] == "و"):
                        break
                    masked[x] = 1
                continue
            if k + 1 < n and toks[k + 1][2] in _AR_OUTLET_TAILS and text[toks[k][1]:toks[k + 1][0]] == " ":
                masked[k] = masked[k + 1] = 1  # "فرات بوست": an outlet named for the river
                continue
            if w.lstrip("و") in _AR_GROUP_HEADS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] in (" ", " «", ' "'):
                if toks[k + 1][2] in DEMONYMS:
                    continue  # (a demonym after it names the country's own: "جيش سوري")
                if toks[k + 1][2] in _AR_PLAIN_OPERATION:
                    continue  # (an operation of a kind is no named one: "عملية خاصة بريف إدلب", a special operation)
                for x in range(k + 1, min(n, k + 4)):
                    if x > k + 1 and text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS:
                        break
                    if toks[x][2] in DEMONYMS:
                        break  # (whose it is: "فيلق القدس الإيراني", the Iranian Quds Force)
                    masked[x] = 1
            elif w in _AR_AIRLINE_HEADS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " ":
                # an airline named for a place, the place's name right after the noun without an article on the
                # noun ("طيران الشرق الأوسط"; not "طيران التحالف فوق الرقة", the coalition's aircraft over Raqqa)
                for span in (2, 1):
                    if k + span < n and all(text[toks[x][1]:toks[x + 1][0]] == " " for x in range(k + 1, k + span)) \
                            and self._eligible(fold(" ".join(t[2] for t in toks[k + 1:k + span + 1]))):
                        for x in range(k + 1, k + span + 1):
                            masked[x] = 1
                        break
            elif w in _AR_ORG_HEAD and k + 1 < n:
                # a company's or a command's name: "شركة نفط البصرة" (Basra Oil Company), "قيادة عمليات بغداد"
                # (not a campus the gazetteer holds as a site: "جامعة تكريت", Tikrit University)
                head = w[1:] if w[:1] in _AR_PROCLITICS and w[1:] in _AR_ORG_HEAD else w
                span = []
                for x in range(k + 1, min(n, k + 4)):
                    if text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS:
                        break
                    span.append(x)
                if not any(self._eligible(fold(" ".join([head, *(toks[y][2] for y in span[:m])])))
                           for m in range(1, len(span) + 1)):
                    for x in span:
                        masked[x] = 1
            elif w in _AR_GIVEN and k + 2 < n and toks[k + 1][2] == "شيخ" \
                    and text[toks[k][1]:toks[k + 1][0]] == text[toks[k + 1][1]:toks[k + 2][0]] == " ":
                masked[k + 1] = masked[k + 2] = 1  # "جيهان شيخ أحمد": a family name after a given name, no village
            elif w == "مسقط" and k + 1 < n and toks[k + 1][2].startswith("رأس"):
                masked[k] = 1  # "مسقط رأسه", his birthplace, is no Muscat
            elif w == "الأيوبي" and k >= 2 and toks[k - 2][2] == "صلاح" and toks[k - 1][2] == "الدين":
                masked[k - 2] = masked[k - 1] = masked[k] = 1  # "صلاح الدين الأيوبي", Saladin, is no province
            elif w == "القائم" and ((k + 1 < n and toks[k + 1][2] == "بالأعمال") or (k > 0 and toks[k - 1][2] == "الوضع")):
                masked[k] = 1  # "القائم بالأعمال", the chargé d'affaires, and "الوضع القائم", the status quo, are no
                # al-Qaim
            elif w == "القصير" and k > 0 and toks[k - 1][2] == "المدى":
                masked[k] = 1  # "على المدى القصير", in the short term, is no al-Qusayr
            elif ((w0 := w[1:] if w[:1] == "و" and (w[1:] in _AR_KUNYA or w[1:] in _AR_GIVEN) else w) in _AR_GIVEN
                  or w0 in _AR_KUNYA) and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " " \
                    and not (k > 0 and text[toks[k - 1][1]:toks[k][0]] == " " and any(
                        self._eligible(fold(p + " " + w)) or self._eligible(fold(f"{p} {w} {toks[k + 1][2]}"))
                        for p in (toks[k - 1][2], toks[k - 1][2][1:] if toks[k - 1][2][:1] in "وفب" else "")
                        if len(p) > 2)):
                # (not the end of a place's name, nor its middle: "ودارة عزة", and Darat Izza; "جبل عبد العزيز")
                # the given name, or the kunya (or "عبد") and its name, then a word like "الحوراني" (of Hauran)
                j = k + 1 if w0 in _AR_GIVEN else k + 2  # (with "و" written onto it: "وأبو حفص المصري")
                if w0 != "عبد" and j == k + 2 and toks[k + 1][2] == "عبد" and k + 3 < n:
                    j = k + 3  # (a kunya of a name with "عبد": "أبو عبد الله العراقي")
                if (w0 in _AR_GIVEN and (toks[k + 1][2] in _AR_GIVEN or toks[k + 1][2] in _AR_FAMILY
                                         or toks[k + 1][2] == "عبد")) or w0 == "عبد":
                    masked[k] = masked[k + 1] = 1  # two given names, or a given name and a family's: "محمد جواد
                    continue  # ظريف", "بشار الأسد"; "عبد" and the name it opens: "عادل عبد المهدي"
                if w0 in _AR_GIVEN and k + 2 < n and not toks[k + 1][2].startswith("ال") \
                        and toks[k + 1][2] not in _AR_PREPOSITIONS and toks[k + 1][2] not in _AR_CUES_BEFORE \
                        and not toks[k + 1][2].endswith("ي") and toks[k + 2][2].startswith("ال") \
                        and toks[k + 2][2].endswith("ي") and len(toks[k + 2][2]) > 4 \
                        and text[toks[k + 1][1]:toks[k + 2][0]] == " " and toks[k + 2][2] not in _AR_PLAIN_ADJ:
                    j = k + 2  # a given name, the father's and a nisba: "محمد شياع السوداني" (Iraq's prime minister)
                if j < n and all(text[toks[x][1]:toks[x + 1][0]] == " " for x in range(k + 1, j)):
                    nis = toks[j][2]
                    if text[toks[j][1]:toks[j][1] + 1] == "ی":
                        nis += "ی"  # (a Sorani nisba the tokenizer cut as an ezafe: "ئاسۆ گەرمیانی", Aso Garmiyani)
                    # (with its article or without: "عمر الزبداني", "قاسم سليماني"; Sorani's "ی": "حەیدەر عەبادی")
                    # (after a kunya and a name, even a people's adjective: "أبو عمر التونسي", "أبو حفص المصري": a nom
                    # de guerre; "عبد الغني الأسدي", a person)
                    if nis.endswith(("ي", "ی")) and len(nis) > (4 if nis.startswith("ال") else 3) \
                            and nis not in _AR_PLAIN_ADJ and (nis not in DEMONYMS or j >= k + 2):
                        for x in range(k, j + 1):
                            masked[x] = 1


#: "and" and "or" between two names of a list, in the languages the geoparser reads (Russian as rendered)
_LIST_JOINS = frozenset("and or et ou y o e und oder ve veya û an".split())

#: the well-known surnames, folded as the tokens are
_SURNAME_KEYS = frozenset(fold_token(w) for w in _SURNAMES)
