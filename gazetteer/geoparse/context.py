"""Tests on a name's surroundings in the text: the words before and after it, the sentence it stands in,
the language of the text."""

from __future__ import annotations

import functools
import math
import re
import unicodedata

from ..fold import fold_token, opens_arabic
from ..kurmanji import EZAFE
from .cues import (
    _AREA_ADJECTIVES, _AREA_WORDS, _AR_SETTLEMENT_NOUNS, _AYN_MARKS, _CITY_NOUNS_BEFORE_OF, _CONTEXT_CUES,
    _CONTEXT_LITERALS, _CONTEXT_LOWER, _CUES_AFTER, _CUES_BEFORE, _DATELINE_AFTER, _DATELINE_BEFORE, _DE_CH, _DE_SCH,
    _GERMAN_WORDS, _GIVEN_KEYS, _HYPHENS, _LANGUAGES, _LANGUAGE_NOUNS, _LOWER_WORD, _PEOPLES, _PLACE_PREPOSITIONS,
    _ROMANCE_CUES, _ROMANCE_PLACE_PREPOSITIONS, _SENTENCE_END, _SITE_NOUNS, _SPANISH_WORDS, _SPEAK, _SPEAK_ADVERBS,
    _STOP_KEYS, _STOP_NEXT_OK, _SUBDISTRICT_WORDS, _TR_CASE_AFTER, _TR_CUES_AFTER, _TR_FEATURE_NOUNS,
    _TR_FUNCTION_WORDS, _TR_LOWER_WORD, _TR_SETTLEMENT_NOUNS, _TURKISH_LETTERS, _TURKISH_SUFFIX, _UMLAUTS,
)
from .demonyms import DEMONYMS, _ACTOR_NOUNS, _AR_ACTOR_NOUNS, _EU_ACTOR_NOUNS, _EU_DEMONYMS
from .lines import _nearest_km
from .names import _GIVEN, _SPEECH, _STOP, _TITLES
from .patterns import (
    _ADMIN_PREFIX, _ADMIN_SUFFIX, _DIRECTIONS, _ROMANCE_APPOSITION, _SENT_END, _SETTLEMENT_APPOSITION, _SUN_ARTICLES,
    _TOKEN_RE,
)
from .vocabulary import (
    _AR_CUES_AFTER, _AR_CUES_BEFORE, _AR_PREPOSITIONS, _AR_PROCLITICS, _AR_WORDS, _DE_ARTICLES, _DE_FEATURE_NOUNS,
    _DE_NOUN_ENDS, _FACILITY, _PLURAL_SITES, _TR_ORG_HEADS,
)


def _plural_site_at(toks, k: int):
    """The singular nouns of the plural site noun at token ``k`` ("airbases", "Air Bases"), or None."""
    low = toks[k][2].lower()
    if low == "air":
        return ("air base", "airbase") if k + 1 < len(toks) and toks[k + 1][2].lower() == "bases" else None
    return _PLURAL_SITES.get(low)


_PLACE_CLAUSE = re.compile(r", (?:where|whence|a (?:town|village|city|district|camp)|the (?:town|village|city) )")


def _speaker(text: str, toks, i: int) -> bool:
    """Whether the one-word name at token i is someone speaking: "Robertson said", "said Noma.", or a
    surname after a middle initial ("Tyrise M. Bell", "Roy A. Nelson", "J. Lewis")."""
    n = len(toks)
    if i > 0 and toks[i - 1][2].lower() in _CUES_BEFORE and text[toks[i - 1][1]:toks[i][0]] == " ":
        return False  # "a resident of Tyler said", "doctors in Montpellier said"
    if i + 1 < n and toks[i + 1][2].lower() in _SPEECH and text[toks[i][1]:toks[i + 1][0]] == " ":
        return True
    if i > 0 and toks[i - 1][2].lower() in ("said", "says") and text[toks[i - 1][1]:toks[i][0]] == " " \
            and text[toks[i][1]:toks[i][1] + 1] in (".", ",", "") and _PLACE_CLAUSE.match(text, toks[i][1]) is None:
        return True  # (not before a clause about a place: "said Jamla, where the brigade held peacekeepers, was
        # shelled")
    return _after_initial(text, toks, i)


def _after_initial(text: str, toks, i: int) -> bool:
    """Whether token i follows a middle or first initial ("Tyrise M. Bell", "J. Lewis")."""
    return i > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2].isupper() and text[toks[i - 1][1]:toks[i][0]] == ". "


def _article_fits(article: str, following: str) -> bool:
    """Whether a word that folds away as an Arabic article can be one before ``following`` (not before the English
    article: "the Supreme Military Council at the Bab al-Hawa crossing" is no name running on through "at")."""
    a = article.lower().lstrip("`ʿʾ'")
    if a in _SUN_ARTICLES and following == "the":
        return False
    return a not in _SUN_ARTICLES or following.lower().lstrip("`ʿʾ'").startswith(a[1:])


def _dateline(text: str, toks, i: int, j: int) -> bool:
    """Whether tokens ``i``..``j-1``, in capitals, open a line as a news dateline's place does: "QAMISHLI,
    Syria (AP) —", "BEIRUT (Reuters) -", both of "BEIRUT/ESTAMBUL, 28 feb (EFE)"."""
    line_start = text.rfind("\n", 0, toks[i][0]) + 1
    return _DATELINE_BEFORE.fullmatch(text[line_start:toks[i][0]].strip()) is not None \
        and _DATELINE_AFTER.match(text, toks[j - 1][1]) is not None


#: verbs whose object, after a lower-case Arabic article, is a place rather than a man: "troops retook al-Baghdadi"
_TAKEN_VERBS = frozenset("""retook recaptured captured seized stormed entered overran besieged encircled shelled
liberated""".split())


def _placed_with_article(text: str, toks, k: int) -> bool:
    """Whether the word at token ``k`` follows a lower-case Arabic article that a place's cue precedes: "the town
    of al-Baghdadi", "fighting in al-Baghdadi", "troops retook al-Baghdadi" (a town, where "Abu Bakr al-Baghdadi" is
    a person)."""
    if k < 2 or toks[k - 1][2] not in ("al", "el") or text[toks[k - 1][1]:toks[k][0]] not in ("-", " ") \
            or text[toks[k - 2][1]:toks[k - 1][0]] != " ":
        return False
    cue = toks[k - 2][2].lower()
    if cue in ("in", "near", "outside", "around", "into", "toward", "towards") or cue in _ROMANCE_PLACE_PREPOSITIONS \
            or cue in _TAKEN_VERBS:
        # (or a verb that takes or besieges a place: "troops retook al-Baghdadi", not "killed al-Baghdadi")
        # (and French, Spanish and Italian ones: "intorno ad al-Baghdadi", "en al Saqlawiya")
        return not text.startswith("'s", toks[k][1]) and not text.startswith("’s", toks[k][1])
    if cue == "of" and k >= 3 and toks[k - 3][2].lower() in ("town", "city", "village", "district", "subdistrict"):
        return True
    # (or a settlement's noun after it: "al-Baghdadi, a town on the Euphrates", "al-Baghdadi, cittadina sull'Eufrate")
    return _SETTLEMENT_APPOSITION.match(text, toks[k][1]) is not None \
        or _ROMANCE_APPOSITION.match(text, toks[k][1]) is not None


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens its sentence (or the text, or a line).

    >>> _opens_sentence("Partis d'Aïn Issa, ils avancent.", 0), _opens_sentence("Ils sont partis.", 9)
    (True, False)
    """
    before = text[:pos].rstrip(" \t\"“«(")
    return not before or before[-1] in ".!?\n:"


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence holding ``pos``.

    >>> _sentence_bounds("Fighting in Hit. Jets over the Euphrates near Anah. Calm.", 31)
    (16, 51)
    """
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.end() if m else len(text))


def _near_bonus(lon: float, lat: float, pts) -> float:
    """Proximity bonus (0..30) to the nearest of ``pts``."""
    return 30.0 * math.exp(-_nearest_km(lon, lat, pts) / 120.0)


def _tr_lower(w: str) -> str:
    """``w`` in lower case by Turkish rules (İ → i, I → ı)."""
    return w.replace("İ", "i").replace("I", "ı").lower()


def _subdistrict_at(toks, adj, k: int) -> int:
    """Number of tokens of a sub-district word at token ``k`` right after a name ("sub-district", "nahiya"), or 0."""
    if k <= 0 or k >= len(toks) or not adj[k - 1]:
        return 0
    w = toks[k][2].lower()
    if w == "sub":
        return 2 if k + 1 < len(toks) and adj[k] and toks[k + 1][2].lower() == "district" else 0
    return 1 if w in _SUBDISTRICT_WORDS else 0


def _ayn_opens(text: str, start: int, name: str) -> bool:
    """Whether an ayn mark stands right before ``start``, at a word's edge, and ``name`` opens with one too
    ("shells hit 'Imarah", for the place named "'Imarah"; not a quotation mark before "'Sheikh Akil graveyard'")."""
    return start > 0 and text[start - 1] in _AYN_MARKS and name[:1] in _AYN_MARKS \
        and (start == 1 or not text[start - 2].isalnum())


def _hamza_closes(text: str, end: int, name: str) -> bool:
    """Whether a hamza or ayn mark stands right at ``end``, at a word's edge, and ``name`` ends with one too
    ("shells hit Karim ar Rabi' on Tuesday"; not a closing quotation mark after a name that ends otherwise)."""
    return end < len(text) and text[end] in _AYN_MARKS and name[-1:] in _AYN_MARKS \
        and (end + 1 == len(text) or not text[end + 1].isalnum())


def _tr_quarter_follows(text: str, toks, j: int) -> bool:
    """Whether the Turkish noun of a town's quarter follows token ``j`` or the list it ends ("Sur mahallesi",
    "Fırat ve Dicle mahallelerinde"): the name is a quarter, whatever town or river bears it elsewhere (not
    past a case ending: "Tuzhurmatu ve Dakuk'taki Türkmen mahallelerinde" are the quarters in those towns)."""
    for _ in range(8):
        if j >= len(toks) or (j > 0 and ("'" in text[toks[j - 1][1]:toks[j][0]]
                                         or "’" in text[toks[j - 1][1]:toks[j][0]])):
            return False
        w = toks[j][2]
        if w.startswith("mahalle"):
            return True
        if not (w == "ve" or w[:1].isupper()):
            return False
        j += 1
    return False


def _site_noun_follows(toks, j: int, text: str | None = None) -> bool:
    """Whether token ``j`` is a quarter's or a site's noun ("the Ghazlani base"), or a plural one after more
    names of a list ("the Tamim and Hoz neighbourhoods"; not "Tal Nasri, and Qamishli airport"); given the
    ``text``, in the same sentence ("out of Bartella. Church leaders warned" names no church)."""
    if text is not None and 0 < j < len(toks) and any(ch in text[toks[j - 1][1]:toks[j][0]] for ch in ".!?;:\n"):
        return False
    if j < len(toks) and (toks[j][2].lower() in _SITE_NOUNS or toks[j][2].startswith("mahalle")):
        return True  # (and Turkish: "Sur mahallesinde", in the Sur quarter)
    for _ in range(8):
        if j >= len(toks):
            return False
        w = toks[j][2]
        low = w.lower()
        if low in _SITE_NOUNS:
            return low.endswith("s")
        if w.startswith("mahallel"):
            return True  # "Tekel, Mescit ve Konak mahallelerinde": in the Tekel, Mescit and Konak quarters
        if not (w in ("and", "or", "ve") or w[:1].isupper() or low in ("al", "el")):
            return False
        j += 1
    return False


def _german_noun_before(text: str, toks, i: int, eligible) -> bool:
    """Whether the word before token ``i`` is a German common noun, capitalised as German nouns are ("die Angreifer
    Rajo", "in schneller Folge Hanano"): no given name, title or place's name, in a German text."""
    if i == 0:
        return False
    prev = toks[i - 1][2]
    low = prev.lower()
    # (not a noun of a name, which introduces a name as a name: "dem Monatsnamen Tischrin")
    # (a noun that folds like a place's name too, after an article or a declined adjective: "die ersten grünen Busse
    # Harasta", where "Busse" folds like Busa)
    return (len(prev) > 3 and prev[1:].islower() and low not in _GIVEN and low.rstrip(".") not in _TITLES
            and low not in _GIVEN_KEYS and not low.endswith(("name", "namen"))
            and (not eligible(fold_token(prev)) or _declined_before(text, toks, i - 1))
            and _is_german(text))


#: German prepositions that end like a declined adjective
_DE_NOT_DECLINED = frozenset("zwischen neben gegen ohne wegen binnen nahe entlang".split())


def _declined_before(text: str, toks, j: int) -> bool:
    """Whether token ``j`` follows, after one space, a German article or a declined adjective in lower case ("die
    Busse", "grünen Busse"): a noun's place."""
    if j == 0 or text[toks[j - 1][1]:toks[j][0]] != " ":
        return False
    w = toks[j - 1][2]
    return w.islower() and (w in _DE_ARTICLES or (len(w) > 3 and w.endswith(("en", "e", "es", "em"))
                                                  and w not in _DE_NOT_DECLINED))


def _place_like_context(text: str, toks, i: int, eligible=None, covered=None) -> bool:
    if opens_arabic(toks[i][2]):
        return _arabic_place_context(text, toks, i, eligible)
    gap_before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else "\n"
    gap_after = text[toks[i][1]:toks[i + 1][0]] if i + 1 < len(toks) else "\n"
    prev = toks[i - 1][2] if i > 0 else ""
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if prev in ("ı", "i", "u", "ü", "e") and i > 1 and text[toks[i - 2][1]:toks[i - 1][0]] == "-":
        return False  # the second word of a name joined by a Turkish or Persian ezafe: "Cisr-ı Şuğur"
    if prev and gap_before.strip() == "" and prev[:1].isupper():
        german_noun = eligible is not None and _german_noun_before(text, toks, i, eligible)
        if not _SENT_END.search(text[:toks[i - 1][0]][-3:]) \
                and not (prev[1:].islower() and prev.lower() in _CUES_BEFORE and _is_german(text)) \
                and not german_noun:
            return False  # "Mevlut Cavusoglu": a surname (not after a German noun of place, capitalised as German
            # nouns are: "in Richtung Markada", "die Kleinstadt Schaddadi")
        low = prev.lower()
        opening_cue = low in _ROMANCE_CUES and len(low) <= 3 and low not in ("e", "ed")
        if low not in _CUES_BEFORE and not low.endswith(("ed", "ing", "ern", "daki", "deki", "taki", "teki")) \
                and not german_noun and not opening_cue:
            return False  # "Mazloum Abdi said": at a sentence's start too, unless after a cue or an adjective (or
            # a French, Spanish or Italian preposition opening the sentence: "A Kanaker, ai piedi del monte Hermon")
    if gap_before == " " and len(prev) > 3 and prev.endswith("ên") and prev.islower() \
            and not (nxt[:1].isupper() and gap_after == " "):
        return True  # a Kurmanji plural noun in the ezafe before it: "malbatên Mabetayê", the families of Maabatli
        # (not before a longer name: "çekdarên Firqeya Sultan Murad", the fighters of the Sultan Murad Division)
    if nxt and gap_after == " " and nxt[:1].isupper() and _tr_lower(nxt).startswith(_TR_FEATURE_NOUNS):
        return True  # the place a Turkish site is named after: "Mürşitpınar Sınır Kapısı", its border gate
    if nxt and gap_after.strip() == "" and nxt[:1].isupper() \
            and not ((_UMLAUTS.intersection(nxt) or nxt.endswith(_DE_NOUN_ENDS)) and gap_after == " "
                     and _is_german(text)):
        return False  # first part of a longer name (not before a German noun: "in Harem und Salqin Häuser")
    # (a cue ending the sentence before is none: "... the town it besieged. Sarrin")
    cue = "" if any(ch in gap_before for ch in ".!?") else prev.lower()
    if prev in ("al", "el") and i > 1 and gap_before in ("-", " ") \
            and not any(ch in text[toks[i - 2][1]:toks[i - 1][0]] for ch in ".!?"):
        prev = toks[i - 2][2]  # the word before a lower-case article written apart: "en al Saqlawiya"
        cue = prev.lower()
    if nxt.lower() in ("said", "says", "told", "added", "stressed", "explained", "wrote"):
        # "Mazloum said" is someone speaking; "a commander in Ltamenah said", someone there; "residents of
        # Quneitra, Khan Arnabah and Hadar said", the last of a list of places
        if cue in ("and", "or") and eligible is not None and i > 1:
            before = [fold_token(t[2]) for t in toks[max(0, i - 3):i - 1]]
            if eligible(before[-1]) or (len(before) == 2 and eligible(" ".join(before))):
                return True
        return cue in ("in", "near", "from", "of", "outside", "around", "at")
    if "," in gap_before or "(" in gap_before or "," in gap_after:
        return True
    if gap_after.strip() == "(" and _in_dateline_caps(text, toks, i):
        return True  # a dateline's place in capitals before its country or agency: "QAYYARA (Iraq), 27 maggio"
    if nxt.lower() in _CUES_AFTER or _direction_follows(toks, i + 1):
        return True
    if gap_after == " " and nxt[:1].islower() and _tr_lower(nxt).startswith(_TR_CUES_AFTER):
        return True  # a Turkish postposition of place: "Raco yönünde" (towards Raco), "Bülbül çevresinde", "kentinde"
    if covered is not None and ((i + 1 < len(toks) and _pair_end(text, toks, i + 1, covered))
                                or (gap_before in _HYPHENS and prev[:1].isupper() and covered(fold_token(prev)))):
        return True  # one end of a pair of places: "the Latamneh-Kafr Zita axis", "the Morek-Latamneh road"
    after = text[toks[i][1]:toks[i][1] + 2]
    if after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] != "s":
        return True  # a Turkish case ending on the name: "Mahmur'daki", "Afrin'e"
    if cue == "ve" and eligible is not None and i > 1 and toks[i - 2][2][:1].isupper() \
            and eligible(fold_token(toks[i - 2][2])):
        return True  # Turkish "and" after another place: "Raco ve Bülbül" (not "Hakurk ve Metina")
    if nxt == "ve" and gap_after == " " and eligible is not None and i + 2 < len(toks) \
            and toks[i + 2][2][:1].isupper() and text[toks[i + 1][1]:toks[i + 2][0]] == " " \
            and (eligible(fold_token(toks[i + 2][2])) or (
                toks[i + 2][2] in ("El", "Al") and i + 3 < len(toks) and text[toks[i + 2][1]:toks[i + 3][0]] in " -"
                and eligible(fold_token(toks[i + 3][2])))) and not _region_list_follows(text, toks, i):
        # and before another place: "Sinuni ve Duhok başta olmak üzere" (not a list of regions), "Dabık ve El Bab"
        return True
    if nxt.lower().startswith(_TR_SETTLEMENT_NOUNS) and gap_after == " ":
        return True  # a Turkish settlement's noun, in any case: "Raco beldesini", "Yamadı köyünde"
    if nxt == "ve" and gap_after == " " and i + 2 < len(toks) and toks[i + 2][2].startswith("çevre"):
        return True  # "Ahtarin ve çevresindeki köyler": a place and its surroundings
    if nxt == "ve" and eligible is not None and i + 2 < len(toks) and toks[i + 2][2][:1].isupper() \
            and text[toks[i + 1][1]:toks[i + 2][0]] == " " and eligible(fold_token(toks[i + 2][2])) \
            and ((i + 3 < len(toks) and (toks[i + 3][2].lower().startswith(_TR_SETTLEMENT_NOUNS)
                                         or (toks[i + 3][2][:1].islower()
                                             and _tr_lower(toks[i + 3][2]).startswith(_TR_CUES_AFTER))
                                         or (toks[i + 3][2] == "gibi" and any(
                                             t[2].lower().startswith(_TR_SETTLEMENT_NOUNS)
                                             for t in toks[i + 4:i + 6]))))
                 or _TR_CASE_AFTER.match(text, toks[i + 2][1])):
        # and before another place, the two named as settlements ("Raco ve Cinderes beldelerini", "Amirli ve
        # Tazehurmatu gibi Türkmen beldeleri", such Turkmen towns as) or sharing the second's case ending ("Sarmada
        # ve Atme'deki kamplar": the camps in Sarmada and Atme)
        return True
    if eligible is not None and nxt in ("ile", "ve") and i + 3 < len(toks) and toks[i + 2][2][:1].isupper() \
            and toks[i + 3][2].startswith("arası") and eligible(fold_token(toks[i + 2][2])):
        return True  # Turkish "between X and Y": "Amirli ile Tuzhurmatu arasında"
    if eligible is not None and cue in ("ile", "ve") and i > 1 and toks[i - 2][2][:1].isupper() \
            and nxt.startswith("arası") and eligible(fold_token(toks[i - 2][2])):
        return True
    # (or a Turkish adjective of where: "Güneybatıdaki Cinderes", Jindires in the south-west)
    return cue in _CUES_BEFORE or (cue in _ROMANCE_CUES and (prev == cue or (
        len(cue) <= 3 and cue not in ("e", "ed") and i > 1 and _SENT_END.search(text[:toks[i - 1][0]][-3:])))) or (
        cue.endswith(("daki", "deki", "taki", "teki")) and _TURKISH_LETTERS.search(text) is not None)


def _region_list_follows(text: str, toks, j: int) -> bool:
    """Whether the names from token ``j`` on run, through commas and "and", to a region's noun: "Zap ve Avaşin
    bölgelerinde", "Zap bölgesinde", "the Zap, Avasin and Hakurk regions", "the Zap area"."""
    for k in range(j, min(len(toks), j + 10)):
        if k > j and any(ch in text[toks[k - 1][1]:toks[k][0]] for ch in ".!?;:\n"):
            return False
        w = toks[k][2]
        if w[:1].isupper() or w in ("ve", "and", "û", "et", "und", "y", "or", "veya"):
            continue
        return _tr_lower(w).startswith(("bölge", "region", "area"))
    return False


def _direction_follows(toks, j: int) -> bool:
    """Whether a bearing starts at token ``j``: "to the south", "north of" ("Sarrin to the south held out")."""
    words = [t[2].lower() for t in toks[j:j + 3]]
    if words[:2] == ["to", "the"] and len(words) == 3:
        return words[2] in _DIRECTIONS
    return len(words) >= 2 and words[0] in _DIRECTIONS and words[1] == "of"


def _arabic_article(toks, i: int) -> bool:
    """Whether Arabic word ``i`` is written with its article right after a settlement's noun ("حي المزة", the
    Mezze quarter): a three-letter name stands then, as "al-Rai" does (not after "في": "في الجسر" is "on the
    bridge")."""
    w = toks[i][2]
    if not (w.startswith("ال") and len(w) > 4 and i > 0):
        return False
    prev = toks[i - 1][2]
    return prev in _AR_SETTLEMENT_NOUNS or (prev[:1] in _AR_PROCLITICS and prev[1:] in _AR_SETTLEMENT_NOUNS)


def _ar_noun_in(word: str, nouns) -> bool:
    """Whether an Arabic word is one of ``nouns``, or one with "and" or "in" written onto it ("وبلدة"; not "بلدة"
    read as "ب" and "لدة"); its vowel marks aside ("حيّي الطيران والمأمون", the two quarters of)."""
    if word not in nouns and _AR_MARKS.search(word) is not None:
        word = _AR_MARKS.sub("", word)
    return word in nouns or (word[:1] in "وب" and (word[1:] in nouns or (word[1:2] == "ب" and word[2:] in nouns)))


_AR_MARKS = re.compile("[\u064b-\u0652]")


_AR_PLURAL_SETTLEMENTS = frozenset("بلدات قرى مدن أحياء بلدتي قريتي مدينتي".split())
_AR_LIST_GAPS = frozenset((" ", " و", "، ", "، و", "،", "،و"))


def _ar_listed_settlement(text: str, toks, i: int) -> bool:
    """Whether Arabic word ``i`` is a later name of a list opened by a plural settlement noun: "بلدات بصر الحرير
    وناحتة والحراك" (the towns of Busra al-Harir, Nahta and al-Harak), so that each name in it is a town's."""
    if i + 1 < len(toks) and toks[i + 1][2].startswith("ال") and text[toks[i][1]:toks[i + 1][0]] == " ":
        return False  # (a noun with its adjective ends no list of names: "... والحراك الثوري مستمر", the movement)
    k = i
    while k > 0 and i - k < 8 and text[toks[k - 1][1]:toks[k][0]] in _AR_LIST_GAPS \
            and opens_arabic(toks[k - 1][2]):
        k -= 1
        if _ar_noun_in(toks[k][2], _AR_PLURAL_SETTLEMENTS):
            return k < i - 1  # (a later name: the first, right after the noun, is taken above)
    return False


def _ar_settlement_named(text: str, toks, i: int) -> bool:
    """Whether Arabic word ``i``, written without its article, stands where a village's name stands: right after a
    village's or a town's noun ("بلدة حيش", "بلدات حيش"), or later in a list that a plural one opens
    ("بلدات كفرنبل وحيش"), so that a village's name of three letters stands as it does with its article; not a
    preposition or a common word ("بلدات على امتداد الوادي", towns along the valley)."""
    if toks[i][2] in _AR_PREPOSITIONS or toks[i][2] in _AR_WORDS:
        return False
    if i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and _ar_noun_in(toks[i - 1][2], _AR_VILLAGE_NOUNS):
        return True
    return _ar_listed_settlement(text, toks, i)


#: the nouns of a village or a town, one or more (not a city's or a quarter's: "مدينة أور", the ancient city, is no
#: quarter of Baghdad called Ur)
_AR_VILLAGE_NOUNS = frozenset("بلدة قرية بلدات قرى بلدتي قريتي".split())


def _arabic_place_context(text: str, toks, i: int, eligible=None) -> bool:
    """Arabic: a cue word before or after ("في", "قرب", "بلدة"), an Arabic or Latin comma, or a conjunction
    or preposition written onto the name ("والرستن"); Sorani "and" written apart after another place ("مەخموور و
    گوێرەوە")."""
    s = toks[i][0]
    if s > 0 and text[s - 1] in _AR_PROCLITICS:
        return True
    gap_before = text[toks[i - 1][1]:s] if i > 0 else "\n"
    gap_after = text[toks[i][1]:toks[i + 1][0]] if i + 1 < len(toks) else "\n"
    if any(c in gap_before or c in gap_after for c in ",،("):
        return True
    prev = toks[i - 1][2] if i > 0 else ""
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if prev[:1] in _AR_PROCLITICS and prev[1:] in _AR_CUES_BEFORE:
        return True  # "واستهدفت" (and targeted)
    if nxt and text[toks[i + 1][0] - 1] == "و":
        return True  # the next name's conjunction, split off it: "كفرسجنة والهبيط"
    if prev == "و" and i > 1 and eligible is not None and text[toks[i - 2][1]:toks[i - 1][0]] == " " \
            and eligible(fold_token(toks[i - 2][2])):
        return True  # (not after a comma, where "و" opens a clause: "تورکیا، و هێرۆ بەهادین", a person)
    return prev in _AR_CUES_BEFORE or nxt in _AR_CUES_AFTER or nxt[:1] == "و"


def _about(text: str, cc: str) -> bool:
    """Whether ``text`` names a word that marks a text about country ``cc`` (Syria, Iraq, Turkey)."""
    return (_CONTEXT_LITERALS[cc].search(text) is not None and _CONTEXT_CUES[cc].search(text) is not None) \
        or not _CONTEXT_LOWER[cc].isdisjoint(_lower_words(text))


def _piece_of_longer_name(text, toks, folded, cap, adj, masked, i, j, strong=False) -> bool:
    """Whether tokens ``i:j`` are only the head or the tail of a longer Arabic name joined by an article:
    the tail "al-Zeitoun" of "Karm al-Zeitoun" (a capitalised word right before the article), or the head
    "Bab" of "Bab al-Nairab" (an article and a capitalised word hyphenated right after; a big place's
    name may open a longer phrase: "Idlib al-Khadra")."""
    n = len(toks)
    if (folded[i] == "" and i > 0 and adj[i - 1] and cap[i - 1] and not masked[i - 1]
            and text[toks[i - 1][1]:toks[i][0]] == " " and toks[i - 1][2].lower() not in _CUES_BEFORE
            and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]])
            and toks[i - 1][2] not in DEMONYMS
            # (not a German noun after its article: "die Armee al-Mayadin einnahm", the army took al-Mayadin)
            and not (i > 1 and toks[i - 2][2] in _DE_ARTICLES and text[toks[i - 2][1]:toks[i - 1][0]] == " "
                     and _is_german(text))):
        return True
    if (not strong and j + 1 < n and adj[j - 1] and folded[j] == "" and toks[j][2][:1].islower()
            and text[toks[j][1]:toks[j + 1][0]] == "-" and cap[j + 1] and not masked[j + 1]):
        return True
    return False


def _pair_end(text, toks, k: int, eligible) -> bool:
    """Whether a place's name starts at token ``k``, joined by a hyphen to the name before it: one end of a pair of
    places ("the Latamneh-Kafr Zita axis", "the Morek-Suran road")."""
    if text[toks[k - 1][1]:toks[k][0]] not in _HYPHENS or not toks[k][2][:1].isupper():
        return False
    first = fold_token(toks[k][2])
    return bool(eligible(first)) or (k + 1 < len(toks) and text[toks[k][1]:toks[k + 1][0]] == " "
                                     and bool(eligible(first + " " + fold_token(toks[k + 1][2]))))


def _close_spelling(own: str, key: str) -> bool:
    """Whether ``key`` spells the folded name ``own`` another way, as transliterations do ("izium" / "izyum",
    "sabratha" / "sabratah"): the same first letter, a length within two, and a rapidfuzz ratio of 80 or more."""
    if not own or not key or own[0] != key[0] or abs(len(own) - len(key)) > 2 or len(key) < 5:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(own, key) >= 80


def _in_name_run(text, toks, folded, cap, adj, masked, i, strong, covered=None, kurmanji=False) -> bool:
    """Whether capitalised token ``i`` sits inside a longer capitalised name that is not a place (not one end of a
    hyphenated pair of places in Syria, Iraq or Turkey: "the Latamneh-Morek axis"; "Miami-Dade" is one name)."""
    n = len(toks)
    if covered is not None and ((i + 1 < n and adj[i] and text[toks[i][1]:toks[i + 1][0]] in _HYPHENS) or (
            i > 0 and adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] in _HYPHENS)) and covered(folded[i]):
        if i + 1 < n and adj[i] and _pair_end(text, toks, i + 1, covered):
            return False
        if i > 0 and adj[i - 1] and _pair_end(text, toks, i, covered) and covered(folded[i - 1]):
            return False
    if i > 0 and adj[i - 1] and toks[i - 1][2] in ("de", "da", "di", "del", "bin", "ibn", "bint", "van", "von") \
            and i > 1 and adj[i - 2] and not toks[i - 2][2][:1].islower() \
            and not (toks[i - 1][2] in ("de", "da") and _TR_CASE_AFTER.match(text, toks[i][1])) \
            and not (toks[i - 1][2] == "von" and (folded[i - 2] not in _GIVEN_KEYS
                                                   or (i > 2 and toks[i - 3][2] in _DE_ARTICLES))):
        # "Paredes de Nava", "Mohammed bin Rashid" (not Turkish "de", also, before a name with its case ending:
        # "Erşat Salihi de Kerkük'te"; not French "la base de Hmeimim", nor "les YPG, de Kobané à
        # Tal Abyad", after a comma; "von" only after a given name: "den Vierteln von Bağlar", "wenige Kilometer
        # von Sarmada" are a German noun's)
        return True
    if (i + 2 < n and adj[i] and adj[i + 1] and toks[i + 1][2] == "of" and cap[i + 2]
            and not strong(folded[i + 2]) and not masked[i + 2]):
        return True  # "Hart of Dixie", "Game of Thrones"
    if i + 1 < n and adj[i] and cap[i + 1] and not masked[i + 1]:
        nxt = toks[i + 1][2].lower()
        if (nxt not in _ADMIN_SUFFIX and nxt not in _STOP_NEXT_OK and nxt not in _FACILITY
                and nxt not in ("international", "military") and not strong(folded[i + 1])
                and not nxt.startswith(_TR_FEATURE_NOUNS)
                and not (nxt in _DE_FEATURE_NOUNS and text[toks[i][1]:toks[i + 1][0]] == "-")
                and not (nxt in _PEOPLES and i + 2 < n and adj[i + 1]
                         and toks[i + 2][2].lower().startswith(_AREA_WORDS))
                # (nor a German noun after it, capitalised as German nouns are: "in Harem und Salqin Häuser")
                and not ((_UMLAUTS.intersection(nxt) or nxt.endswith(_DE_NOUN_ENDS))
                         and text[toks[i][1]:toks[i + 1][0]] == " " and _is_german(text))):
            return True
    if i > 0 and adj[i - 1] and cap[i - 1] and not masked[i - 1]:
        prev = toks[i - 1][2]
        pf = folded[i - 1]
        if (pf not in _STOP_KEYS and prev.lower() not in _CUES_BEFORE and prev not in DEMONYMS
                and prev.lower() not in _ADMIN_PREFIX  # (German capitalises "Bezirk": "im Bezirk Lice")
                # (nor a Kurmanji noun with its ezafe, which governs the name: "Êzidiyên Şengalê", "Peymana Şengalê")
                and not (kurmanji and (len(prev) >= 5 or prev in ("Çemê", "Gola", "Taxa")) and prev.endswith(EZAFE))
                # (nor a name that its Turkish case ending closes: "Bekaa Vadisi'ndeki Baalbek", or its Turkish head:
                # "Pençe-Şimşek Harekâtı Metina bölgesinde", the operation in the Metina area)
                and not _TURKISH_SUFFIX.search(prev) and prev.lower() not in _TR_ORG_HEADS
                # (nor a German noun after its article: "auf die Rebellenhochburg Duma", "der Grenzort Kilis")
                # (an adjective between: "der irakischen Provinzhauptstadt Ramadi")
                and not (i > 1 and prev[1:].islower() and text[toks[i - 1][1]:toks[i][0]] == " "
                         and (toks[i - 2][2].lower() in _DE_ARTICLES or (
                             i > 2 and toks[i - 3][2] in _DE_ARTICLES and toks[i - 2][2].islower()
                             and toks[i - 2][2].endswith(("e", "en", "er", "es", "em"))))
                         and _is_german(text))
                # (nor a German noun without its article, capitalised as German nouns are: "nachdem
                # Regierungstruppen Nawa ... eingenommen", "als Nächstes Jabrud", "der abgeriegelten Kreisstadt Cizre")
                # (but a body's noun names it: "die Nachrichtenagentur Dicle", "die Miliz Liwa al-Quds")
                and not (text[toks[i - 1][1]:toks[i][0]] == " " and not prev.lower().endswith(_DE_BODY_NOUN_ENDS)
                         and _german_noun_before(text, toks, i, covered))
                and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]])
                and not strong(pf)):
            return True
    return False


class _Starts:
    """The tokens a scan may start at, in order: ``next(i)`` is the first at or after ``i`` (``n`` past the last), so
    that the scan passes over the others at once."""

    __slots__ = ("ks", "at")

    def __init__(self, ks: list[int], n: int):
        self.ks = [*ks, n]
        self.at = 0

    def next(self, i: int) -> int:
        ks, at = self.ks, self.at
        while ks[at] < i:
            at += 1
        self.at = at
        return ks[at]


def _stands_as_place(text: str, toks, k: int, case: bool = True) -> bool:
    """Whether word ``k`` stands where only a place does: after a preposition of place, with a Turkish case ending
    ("Hatay'ın", "Hatay'da"; unless ``case`` is false: "Yılmaz'a göre" is a man's word), as a dateline in
    capitals opening a line ("SULAIMANI, Oct. 21") or as a line's heading ("Kobani: ...")."""
    w = toks[k][2]
    after = text[toks[k][1]:toks[k][1] + 2]
    if case and after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] not in ("s", "S"):
        return True
    if k > 0 and toks[k - 1][2].lower() in _PLACE_PREPOSITIONS and text[toks[k - 1][1]:toks[k][0]] == " ":
        return True
    if k > 0 and text[toks[k - 1][1]:toks[k][0]] == "/" and toks[k - 1][0] < 40:
        return True  # the second place of a dateline: "Manbidsch/Kobane (dpa)"
    if k > 1 and toks[k - 1][2] in ("of", "de", "di") and toks[k - 2][2].lower() in _CITY_NOUNS_BEFORE_OF:
        return True  # "the city of Homs", "la ciudad de Homs"
    if (toks[k][0] == 0 or text[toks[k][0] - 1] == "\n") and text[toks[k][1]:toks[k][1] + 2] == ": ":
        return True  # a line's heading: "Kobani: shells fell on villages around the town"
    return len(w) > 2 and _in_dateline_caps(text, toks, k)


def _in_dateline_caps(text: str, toks, k: int) -> bool:
    """Whether word ``k`` is in capitals and opens a line as a dateline's place does: "SULAIMANI, Oct. 21",
    "QAYYARA (Iraq)"."""
    return toks[k][2].isupper() and (toks[k][0] == 0 or text[toks[k][0] - 1] == "\n") \
        and text[toks[k][1]:toks[k][1] + 1] in (",", " ", "(")


def _unknown_word_before(text: str, toks, folded, i: int, eligible) -> bool:
    """Whether the capitalised word before token ``i`` begins the name rather than standing apart from it: no
    sentence's first word, cue, direction, title, demonym or place name itself ("Chahar" of "Chahar Dara district";
    not "Syria's", "northern", "Gov.", "Turkish")."""
    w = toks[i - 1][2]
    low = w.lower()
    if _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]) or w.isupper():
        return False
    return not (low in _CUES_BEFORE or low in _DIRECTIONS or low in _ADMIN_PREFIX or low in _STOP
                or low in _AREA_ADJECTIVES or low.rstrip(".") in _TITLES or w in DEMONYMS or not folded[i - 1]
                or eligible(folded[i - 1]))


def _names_actor(text: str, toks, i: int, j: int) -> bool:
    """Whether the demonym at tokens ``i:j`` names an armed force: "Turkish warplanes", "Russian and Syrian jets",
    "Turkish-backed", "الطائرات الروسية" (who struck, not where)."""
    k = j
    if k + 1 < len(toks) and toks[k][2] in ("and", "or") and toks[k + 1][2] in DEMONYMS:
        k += 2  # "Russian and Syrian jets"
    if k < len(toks) and toks[k][2].lower() in _ACTOR_NOUNS and text[toks[k - 1][1]:toks[k][0]] in (" ", "-"):
        return True
    k = i - 1
    if k > 0 and toks[k][2] in ("الحربية", "الحربي"):
        k -= 1  # "الطائرات الحربية الروسية"
    if k >= 0 and (toks[i][2] in _EU_DEMONYMS or toks[i][2] in ("Tirk", "Tirkan")) \
            and text[toks[k][1]:toks[k + 1][0]] == " ":
        # "l'aviation russe"; Kurmanji "dronên Tirk", Turkish drones
        return re.sub(r"^[ld][’']", "", toks[k][2].lower()) in _EU_ACTOR_NOUNS
    return k >= 0 and toks[k][2] in _AR_ACTOR_NOUNS and text[toks[k][1]:toks[k + 1][0]] == " "


def _is_language(text: str, toks, i: int) -> bool:
    """Whether the demonym at token ``i`` names a language ("speaks Kurdish", "spoke only French", "Kurdish
    speakers", "in English and Spanish.") rather than a country or people."""
    low = [toks[k][2].lower() if 0 <= k < len(toks) else "" for k in range(i - 3, i + 3)]
    prev, prev2 = low[2], low[1]
    if prev in _SPEAK or (prev in _SPEAK_ADVERBS and prev2 in _SPEAK):
        return True
    if toks[i][2] not in _LANGUAGES:
        return False  # (a region's adjective: "European languages" are Europe's)
    if low[4] in _LANGUAGE_NOUNS and text[toks[i][1]:toks[i + 1][0]] in (" ", "-"):
        return True  # "Kurdish speakers", "Arabic-language", "French-speaking"
    if prev in ("and", "or") and i >= 2 and toks[i - 2][2] in _LANGUAGES:
        # the second of a pair: "in English and Spanish.", "speaks Turkish and Kurdish"
        return low[0] in _SPEAK or (low[0] == "in" and _language_pair_end(text, toks, i))
    if prev == "in":
        if _language_pair_end(text, toks, i):
            return True
        # the first of a pair: "in Arabic and Kurdish."
        return (i + 2 < len(toks) and low[4] in ("and", "or") and toks[i + 2][2] in _LANGUAGES
                and _language_pair_end(text, toks, i + 2))
    return False


def _language_pair_end(text: str, toks, i: int) -> bool:
    """Whether token ``i`` ends a phrase (punctuation or the end of the text follows)."""
    rest = text[toks[i][1]:toks[i][1] + 3].lstrip(" ")
    return not rest or rest[0] in ",.;:!?)\"”'"


def _tokens_only(s: str) -> list[str]:
    return [m.group() for m in _TOKEN_RE.finditer(s)]


#: the ends of German nouns of bodies, outlets and units, whose name follows them ("die Nachrichtenagentur Firat")
_DE_BODY_NOUN_ENDS = ("agentur", "zeitung", "partei", "verband", "gruppe", "miliz", "brigade", "bewegung", "front",
                      "sender", "fernsehen", "organisation", "rat", "komitee", "allianz", "bündnis", "einheit",
                      "einheiten", "portal", "magazin", "netzwerk", "stiftung", "kommission", "ministerium")


def _turkish_prose(text: str) -> bool:
    """Whether ``text`` is written in Turkish, not merely naming a Turkish place or person ("Reyhanlı" in English):
    Turkish letters, and a word only Turkish writes in lower case or two of its common words."""
    return _TURKISH_LETTERS.search(text) is not None and (
        _TR_LOWER_WORD.search(text) is not None or len(_TR_FUNCTION_WORDS & _lower_words(text)) >= 2)


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """Words written in lower case in ``text`` (not at a sentence's start); computed once per text (the last
    text's words are kept: several rules ask of the same text)."""
    global _last_lower
    last = _last_lower
    if last[0] is text:
        return last[1]
    words = frozenset(_LOWER_WORD.findall(text))
    _last_lower = (text, words)  # (one binding: safe to read from another thread)
    return words


_last_lower: tuple = (None, frozenset())


def _german_kh(word: str) -> str:
    """A German spelling's "sch" as "sh" and its other "ch" as "kh" ("Scheich" -> "Sheikh", "Machmur" ->
    "Makhmur"; "Dschisr" keeps its "dsch", which the fold reads as j).

    >>> _german_kh("Chan Scheichun"), _german_kh("Tschamtschamal")
    ('Khan Sheikhun', 'Chamchamal')
    """
    # ("tsch" is the ch of "church": "Tschamtschamal" is Chamchamal, whose "ch" the fold reads as the name's is)
    w = word.replace("Tsch", "\x01").replace("tsch", "\x02")
    w = _DE_SCH.sub(lambda m: "Sh" if m.group()[0] == "S" else "sh", w)
    w = _DE_CH.sub(lambda m: "Kh" if m.group()[0] == "C" else "kh", w)
    return w.replace("\x01", "Ch").replace("\x02", "ch")


def _has_article(name: str) -> bool:
    """Whether a place's own name opens with the Arabic article ("Al Hamah", "al-Bab", "Ad Dana")."""
    first = name.split()[0].split("-")[0] if name.strip() else name
    return bool(first) and not fold_token(first)


def _spanish_reading(word: str) -> str:
    """A Spanish spelling's "j" as "kh", and an opening "Y" as "J" ("Jan Sheijun" -> "Khan Sheikhun", "Yabal" ->
    "Jabal").

    >>> _spanish_reading("Jan Sheijun"), _spanish_reading("Yabal")
    ('Khan Sheikhun', 'Jabal')
    """
    if word[:1] == "Y":
        return "J" + word[1:].replace("j", "kh")
    return word.replace("j", "kh").replace("J", "Kh")


def _de_definite(text: str) -> bool:
    """Whether ``text`` writes a German definite article before a space (a quick test of the text)."""
    return ("die " in text or "Die " in text or "der " in text or "Der " in text or "den " in text
            or "das " in text or "dem " in text or "des " in text)


def _is_spanish(text: str) -> bool:
    """Whether ``text`` reads as Spanish: four or more of its common short words that French, Italian and
    English do not share.

    >>> _is_spanish("Las tropas avanzaron desde el norte hacia la ciudad, y los rebeldes se retiraron tras los combates.")
    True
    >>> _is_spanish("Les rebelles ont attaqué depuis le nord de la ville selon des sources locales.")
    False
    """
    return len(_SPANISH_WORDS & _lower_words(text)) >= 4


def _is_german(text: str) -> bool:
    """Whether ``text`` reads as German: four or more of its common short words.

    >>> _is_german("Die Armee griff im Norden der Provinz Hama an, nach Angaben von Aktivisten.")
    True
    >>> _is_german("The army said der Spiegel had it.")
    False
    """
    return len(_GERMAN_WORDS & _lower_words(text)) >= 4


def _looks_like_pronoun(text: str, toks, i: int) -> bool:
    """'US' / 'IS' in an all-caps headline is a word, not a place/organisation."""
    s = max(0, toks[i][0] - 30)
    window = text[s: toks[i][1] + 30]
    letters = [c for c in window if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7


_ASCII_MARKS = str.maketrans("", "", "'`")  # (the apostrophes :func:`_plain` drops that ASCII has)


def _accented(s: str) -> str:
    """Lower case with its accents, hyphens as spaces: the spelling as written, accents and all."""
    return unicodedata.normalize("NFC", s).lower().replace("-", " ").strip()


def _plain(s: str) -> str:
    """Lower case without accents or apostrophes: the literal spelling, not the transliteration key.

    >>> _plain("Ma'arrat"), _plain("Şanlıurfa")
    ('maarrat', 'sanlıurfa')
    """
    if s.isascii():  # (no accents to take off: only the apostrophes)
        return s.translate(_ASCII_MARKS).lower().strip()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c not in "'’`ʿʾ").lower().strip()


def _inside_proper_noun(text, toks, folded, cap, adj, masked, i, eligible) -> bool:
    """Whether token ``i`` (even a country's or a big city's name) sits mid-way in a longer capitalised name:
    capitalised words that are neither place names, titles nor function words on both sides ("the Acme Turkey
    Hotline"); not when a title follows ("Former Ohio Gov. Smith") or a neighbour could itself be a place."""
    n = len(toks)
    if not (0 < i < n - 1 and adj[i - 1] and adj[i] and cap[i - 1] and cap[i + 1]):
        return False
    if masked[i - 1] or masked[i + 1]:
        return False
    if text[toks[i - 1][1]:toks[i][0]] != " " or text[toks[i][1]:toks[i + 1][0]] != " ":
        return False
    prev, nxt = toks[i - 1][2], toks[i + 1][2]
    if _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]):
        return False  # the first word of a sentence or a headline
    for w, f in ((prev, folded[i - 1]), (nxt, folded[i + 1])):
        lw = w.lower()
        if (not f or f in _STOP_KEYS or lw in _STOP or lw in _CUES_BEFORE or lw in _ADMIN_SUFFIX
                or lw in _ADMIN_PREFIX or lw in _DIRECTIONS or lw.rstrip(".") in _TITLES or w in DEMONYMS
                or w.isupper() or eligible(f)):
            return False
    return True
