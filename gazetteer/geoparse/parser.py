"""The geoparser: tokenize, mask, scan for place names, resolve."""

from __future__ import annotations

import dataclasses
import re
from itertools import accumulate, compress
from typing import TYPE_CHECKING

from ..countries import country_of
from ..cyrillic import has_cyrillic
from ..fold import ARTICLES, fold, fold_each, fold_token, opens_arabic
from ..index import F_CC, F_KIND, F_POP, F_SRC, _meta
from ..kurmanji import is_kurmanji, to_direct
from ..model import Place
from ..parts import with_parts
from ..rendering import span_of
from ..resolve import ARAB_COUNTRIES
from .candidates import _Candidates
from .context import (
    _DE_BODY_NOUN_ENDS, _Starts, _about, _after_initial, _ar_listed_settlement, _ar_noun_in, _ar_settlement_named,
    _arabic_article, _article_fits, _close_spelling, _dateline, _de_definite, _german_kh, _in_name_run,
    _inside_proper_noun, _is_german, _is_language, _is_spanish, _looks_like_pronoun, _lower_words, _opens_sentence,
    _piece_of_longer_name, _place_like_context, _plain, _region_list_follows, _sentence_bounds, _spanish_reading,
    _speaker, _subdistrict_at, _tokens_only, _tr_lower, _unknown_word_before,
)
from .cues import (
    _ACRONYM_PLURAL, _ANY_CONTEXT_LITERAL, _ANY_CONTEXT_LOWER, _AR_ROAD_NOUNS, _AR_SETTLEMENT_NOUN, _AR_STREET_NOUNS, _AYN_MARKS,
    _BY_AFTER,
    _CAPS_AFTER, _CITY_OFFICE, _CONTEXT_CUES, _FEATURE_HEADS, _FRENCH_QUICK, _GIVEN_KEYS, _HYPHENS, _INVISIBLE,
    _MINOR_COUNTRIES, _NAMED_AFTER, _NOT_THE_ROAD, _OLD_CITY_KEY, _OLD_CITY_KEYS, _REGION_NOUN_WORDS, _ROAD_NOUNS, _ROMANCE_QUICK, _SHAM_WORDS, _STOP_KEYS,
    _STREET_WORDS, _TR_CAPS, _TR_DAY_PARTS, _TR_FUNCTION_WORDS, _TR_LOWER_WORD, _TR_MONTHS, _TR_PLACE_CASE, _TR_WEEKDAYS,
    _TR_WORDS,
    _TURKISH_LETTERS, _TURKISH_SUFFIX,
)
from .demonyms import (
    ABBREVIATIONS, DEMONYMS, _DEMONYM_2, _EU_DEMONYMS, _EU_DEMONYMS_CAP, _EU_LANGUAGES, _EU_LANGUAGE_CUES,
)
from .lines import _along_line, _at_along, _on_line
from .masking import _Masking
from .mention import Mention
from .anaphora import demonym_embassies, province_parts, the_gulf, town_airports
from .names import _DUMA_NEAR, _KIN, _PARLIAMENT_CUES, _ROMANCE_FEMININE
from .patterns import (
    _ADMIN_PREFIX, _ADMIN_SUFFIX, _BORDER_KINDS, _BORDER_WORDS, _CONTRACTION, _DIRECTIONS, _DIRECTION_ADJ,
    _DOTTED_RUN, _FEATURE_EN, _GAP_OK, _LIST_GAP, _NO_KEY, _OF_ADMIN, _PARTICLES, _ROMANCE_ADMIN,
    _ROMANCE_FEATURE_BEFORE, _ROMANCE_FEATURE_PREV, _SENT_END, _SHARED_SUFFIX, _SPACED_DASH, _TOKEN_SPLIT,
    _TOKEN_SPLIT_ASCII, _LOWER_GENERIC,
)
from .qualifiers import _Qualifiers
from .resolution import _Resolution
from .vocabulary import (
    _ALT_POP, _AR_BARE_COMPASS, _AR_CUED_ONLY, _AR_CUES_AFTER, _AR_CUES_BEFORE, _AR_DOOR_VERBS, _AR_GENERIC_HEADS,
    _AR_GIVEN, _AR_KUNYA, _AR_PEACEFUL_NOUNS,
    _AR_PREPOSITIONS, _AR_PROCLITICS, _AR_PROCLITICS_2, _AR_PROCLITIC_FORMS, _AR_STOP_KEYS, _AR_TITLES,
    _AR_WHOLE_WORDS, _AR_WORDS, _CKB_FAMILY_NAMES, _DE_ARTICLES, _DE_COMMON_CAPS, _DE_COMPASS, _DE_COMPASS_BEFORE,
    _DE_COMPASS_NOUNS, _DE_COMPOUND_FEATURES, _DE_DEFINITE, _DE_FEATURE_BEFORE, _DE_MONTHS, _DE_NOUN_ENDS,
    _DE_PART_NOUNS, _DE_PLACE_BEFORE, _DE_POSSESSIVES, _DE_TIME_ADJECTIVES, _ENGLISH_NAMED, _FACILITY, _FEATURE_AFTER,
    _FEATURE_BEFORE, _GENERIC_HEADS, _IT_ELISION, _KNOWN_ORGS, _KU_DAYS, _KU_MONTHS, _NAMED_THING,
    _NAMES_LIKE_PEOPLE, _NOT_NAME_ENDS, _NOT_PLACES, _ORG_ARTICLES, _PLURAL_SITE_WORDS, _ROMANCE_FEATURES,
    _ROMANCE_FEATURES_FOLDED, _ROMANCE_NAMING_NOUNS, _ROMANCE_SQUARES, _SHIP_NOUNS, _SORANI_LETTERS, _TR_COMPASS, _TR_DEMONYM_END,
    _TR_GENERAL_OF, _TR_PRODUCE, _TR_STREETS,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..index import Gazetteer


#: the Sorani endings cut off a name the data holds without them (longest first): "-ەوە" and "-وە" (from, closing
#: "لە ... ەوە"; verbs end so too, "مانەوە", they stayed, whence a longer name before them), "-یان" (their; a
#: plural), "-یش" (too: "موسڵیش", Mosul too), "-دا" (in, closing "لە ... دا"), the ezafe or oblique "-ی", and the
#: copula "-ە", "-یە" after a vowel (is: "سنووری ئێرانە", is Iran's border; "خەڵکی هەڵەبجەیە", is from Halabja)
_SORANI_SUFFIXES = ("ەوە", "یان", "یش", "یە", "دا", "وە", "ی", "ە")
_SORANI_SUFFIX_ENDS = frozenset(x[-1] for x in _SORANI_SUFFIXES)
_SHRINE_NOUNS = frozenset(("shrine", "tomb", "mausoleum"))
#: a type's or a model's noun before a name, which names the type, even a big city's name: "vom Typ Milan"
_TYPE_NOUNS = frozenset(("Typ", "type", "tipo", "Modell", "model", "modelo", "modello"))
#: a church's or a monastery's noun in French, Spanish or Italian, before a saint's name: "l'église Saint-Georges" is
#: the church, not the town in Quebec
_CHURCH_NOUNS = frozenset(w for n in ("église eglise chapelle cathédrale cathedrale basilique monastère monastere "
                                      "couvent iglesia catedral capilla basílica basilica monasterio convento chiesa "
                                      "cattedrale cappella monastero").split() for w in (n, n.capitalize()))
_SAINTS = frozenset(("Saint", "Sainte", "San", "Santa", "Santo", "St", "St."))


#: nouns of a town before its name, which make "Duma" the town in Eastern Ghouta, not the parliament (and "near",
#: "outside": "неподалёку от Думы", rendered "near Duma")
_DUMA_TOWN_NOUNS = frozenset("town city kenti şehri kasabası stadt ville ciudad città near outside".split())
#: the English noun of a square, folded as a name's key is ("la plaza Tahrir" is Tahrir Square)
_SQUARE_KEY = fold_token("square")
#: Sorani names that fold like a common word and are told from it only by their letters: "پردێ" (Pirdê) is Altun
#: Kupri, where "پردی" (the bridge of) folds alike; read by the key of the Latin name the data holds for the place
_CKB_LETTER_NAMES = {"پردێ": fold("Pirde")}
#: German nouns of a procedure, a format of talks, a process or an armed unit, which a place's name opens as a compound
#: without naming the place: "das Dublin-Verfahren", "das Astana-Format", "der Genf-Prozess", "die
#: Ninive-Schutzeinheiten" (talks, summits and agreements are held at or made about the place: "der Sotschi-Gipfel")
_DE_EVENT_NOUNS = frozenset("""verfahren format formats prozess prozesses einheiten schutzeinheiten brigade
brigaden""".split())
#: Turkish nouns of a format or a process of talks in the compound's possessive, with their case endings ("Astana
#: formatının", "Astana sürecinde"; not a summit or an agreement, held at or made about the place: "Soçi mutabakatı")
_TR_EVENT_NOUNS = ("formatı", "formatın", "süreci", "sürecin")
#: French "que" and its compounds elided onto the next word ("qu'Ankara", "jusqu'Alep", "lorsqu'Israël")
_FR_QUE_ELISION = re.compile(r"(?:[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]u)['’]")


def _mask_church_saints(toks, adj, masked) -> None:
    """Mask the saint's name after a church's noun (see :data:`_CHURCH_NOUNS`), "de"/"di"/"del" between them, with
    up to three capitalised words joined to it ("Saint-Georges", "San Giorgio Maggiore")."""
    n = len(toks)
    for k, t in enumerate(toks):
        if t[2] not in _CHURCH_NOUNS:
            continue
        j = k + 1
        while j < n and j - k < 3 and toks[j][2] in ("de", "di", "del", "la"):
            j += 1
        if j < n and toks[j][2] in _SAINTS:
            masked[j] = 1
            for x in range(j + 1, min(n, j + 4)):
                if not (adj[x - 1] and toks[x][2][:1].isupper()):
                    break
                masked[x] = 1


#: Turkish nouns of a feature after its name, and how English names such features
_TR_FEATURES_EN = {"nehri": ("{} river",), "adası": ("{} island",), "kanalı": ("{} canal",),
                   "hava üssü": ("{} air base", "{} airbase", "{} airfield"),
                   "üssü": ("{} base", "{} air base", "{} military base"),
                   "barajı": ("{} dam",), "köprüsü": ("{} bridge",), "kampı": ("{} camp",)}
_TR_FEATURE_AFTER = re.compile(r"(?i:nehri|adası|kanalı|üssü|barajı|köprüsü|kampı)")
#: (a feature's noun with a case ending fused onto it: "K1 üssünü", "Mahmur kampında", "Fırat nehrinde")
_TR_FEATURE_STEMS = tuple(k for k in _TR_FEATURES_EN if " " not in k)
_SHRINE_OF = re.compile(r"\b(shrine|tomb|mausoleum) of ", re.I)
#: the Sorani definite article (and its plural) closing a common noun, a case ending or clitic after it: "شەڕەکە" (the
#: battle), "گوندەکان" (the villages), "شارەکەدا" (in the city)
_SORANI_DEFINITE = re.compile(r"[^\s]{2}ەک(?:ە|ان)(?:ی|دا|ش|وە|یش|یان)?$")
_SORANI_DEFINITE_ENDS = frozenset("ەنیاشە")
#: the folded noun of "X border crossing", which the data holds for crossings named with "border gate" too
_BORDER_CROSSING = fold("border crossing")
#: words that mark a text as Spanish, where a capitalised "En" opens a sentence as "in" ("En Nueva York, el ...")
_SPANISH_QUICK = re.compile(r" (?:el|los|las|del|una|sobre|según|tras|con) ")
#: words a generic name of a town's part in lower case holds (:data:`_LOWER_GENERIC`), to pass over most texts at
#: once (plain substring tests, each of which runs in C)
_LOWER_GENERIC_WORDS = ("old city", "old town", "vieille ville", "ciudad vieja", "casco antiguo", "città vecchia",
                        "centro storico", "citadel", "المدينة القديمة")


def _ku_day(w: str) -> bool:
    """Whether ``w`` is a Kurmanji day of the week, in the direct or the oblique case.

    >>> _ku_day("Şemiyê"), _ku_day("Yekşem"), _ku_day("Semalka")
    (True, True, False)
    """
    w = w.lower().replace("î", "i").replace("ş", "s").replace("ç", "c").replace("ê", "e")
    for end in ("ye", "e", "ya", "a"):
        if w.endswith(end) and w[:-len(end)] in _KU_DAYS:
            return True
    return w in _KU_DAYS


def _sorani_cuts(w: str) -> tuple[int, ...]:
    """How many letters each Sorani ending that may close ``w`` takes off (the name before it keeping three letters
    or more, four before "from"), longest first; empty if none. "-ەوە" (from) goes after a consonant, "-وە" after a
    vowel; a verb ends so too ("مانەوە", they stayed: not "مان" and "-ەوە"), whence the longer name.

    >>> _sorani_cuts("کەرکووکیان"), _sorani_cuts("زاخۆی"), _sorani_cuts("موسڵەوە"), _sorani_cuts("مانەوە")
    ((3,), (1,), (3, 2, 1), (2, 1))
    """
    return tuple(len(x) for x in _SORANI_SUFFIXES
                 if w.endswith(x) and len(w) - len(x) >= (4 if x[-1] == "ە" else 3))




def _pair_before(folded: list[str], k: int, alt: str) -> str:
    """The key of the word before word ``k`` (past an Arabic article: "Dschurf al-Sachar") and ``alt``, the other
    reading of word ``k`` ("" at the text's start)."""
    if k > 0 and folded[k - 1]:
        return f"{folded[k - 1]} {alt}"
    if k > 1 and not folded[k - 1] and folded[k - 2]:
        return f"{folded[k - 2]} {alt}"
    return ""

class Geoparser(_Resolution, _Qualifiers, _Masking, _Candidates):
    """Geoparser bound to a :class:`~gazetteer.index.Gazetteer`.

    Parameters
    ----------
    gz : Gazetteer
    demonyms : bool
        Report demonyms (default True).
    """

    def __init__(self, gz: "Gazetteer", demonyms: bool = True):
        self.gz = gz
        self.demonyms = demonyms
        self.invalidate()
        self._org_keys: dict[str, int] = {}
        self._org_literal: dict[str, set[str]] = {}  # each organisation's names as written
        self._geonames_own: dict[int, str] = {}  # a GeoNames row's own name, folded ("" for other sources)
        self._org_prefix: set[str] = set()
        for org in _KNOWN_ORGS.split("|"):
            org = org.strip()
            if not org:
                continue
            # (with an Italian article elided onto a word cut off, as running text is read: "dell'Iraq")
            # (with a French article elided onto a capitalised word cut off, as running text is read: "l'Euphrate")
            raw = [t[2:] if t[1:2] in ("'", "’") and t[:1] in "dl" and t[2:3].isupper() else t
                   for t in (_IT_ELISION.sub("", t, count=1) for t in _tokens_only(org))]
            ks = [fold_token(t) or t.lower() for t in raw]
            # (an article inside the name is passed over, as the scan of running text passes it over: "Estado
            # Islámico de Irak y el Levante")
            keep = [n for n, k in enumerate(ks) if k and not (n and k in _ORG_ARTICLES)]
            variants = [[ks[n] for n in keep]]
            if any(raw[n] in _SHAM_WORDS for n in keep):
                # (and as the scan reads Turkish and Kurmanji "Şam", Damascus: "Dewleta Îslamî ya Iraq û Şamê")
                variants.append(["damascus" if raw[n] in _SHAM_WORDS else ks[n] for n in keep])
            for ks in variants:
                self._org_keys[" ".join(ks)] = len(ks)
                self._org_literal.setdefault(" ".join(ks), set()).add(_plain(org).replace("-", " "))
                for n in range(1, len(ks)):
                    self._org_prefix.add(" ".join(ks[:n]))
        self._org_case = {o.strip() for o in _KNOWN_ORGS.split("|") if o.strip().isupper()}
        self._org_first = frozenset(self._org_keys).union(self._org_prefix)  # a name or the start of a longer one

    @property
    def _dotted(self) -> frozenset:
        """Dotted abbreviations the gazetteer knows (``D.C.``, ``W.Va.``), plus St./Mt./Ft."""
        d = self.__dict__.get("_dotted_cache")
        if d is None:
            from ..fold import is_dotted_abbreviation

            found = {"St.", "Mt.", "Ft.", *(a for a in ABBREVIATIONS if "." in a)}
            shipped = _meta(self.gz.data_dir).get("dotted")  # (listed by the build; else found in the shipped rows)
            if shipped is not None:
                found.update(shipped)
            else:
                names = (a for line in self.gz._lines for a in line.rsplit("\t", 2)[1].split("|") if "." in a)
                found.update(a for a in names if a.endswith(".") and is_dotted_abbreviation(a))
            d = frozenset(found)
            self.__dict__["_dotted_cache"] = d
        return d

    def invalidate(self) -> None:
        """Forget derived structures (after the gazetteer's user layer changed)."""
        self._prefix: set[str] | None = None
        self._elig: dict[str, tuple[int, ...]] = {}
        self._country_idx: dict[str, int] | None = None
        self._cand_cache: dict = {}
        self._plain_names: dict[int, list] = {}  # row → [own name, all names (or None until asked), trusted]
        self._strong_cache: dict[str, bool] = {}
        self._covered_cache: dict[str, bool] = {}
        self._country_cache: dict[str, Place | None] = {}
        self._courses: dict[int, tuple | None] = {}  # row → a curated river's course (None for other places)
        self._both_keys: dict[str, bool] = {}  # key → whether it names both a country and an American state

    # -------------------------------------------------------------- derived data
    def _prefixes(self) -> set[str]:
        if self._prefix is None:
            pre: set[str] = set()
            add = pre.add
            for k in self.gz._keys:
                if " " in k:
                    # each shorter prefix, longest first, until one already in (its own are in with it)
                    while (k := k.rpartition(" ")[0]) and k not in pre:
                        add(k)
            self._prefix = pre
        return self._prefix

    def _eligible(self, key: str, article: bool = False) -> tuple[int, ...]:
        """Rows a key may denote in running text (empty if the key is too risky).

        ``article``: the text wrote the name with an Arabic article ("al-Dana", "Ad Dana"), so a key that is
        also a common word or a given name ("dana", as "Dane" folds) is the place's name there.
        """
        if not article:  # (the common case: a lookup, before the tests the article asks for)
            r = self._elig.get(key)
            if r is not None:
                return r
        compact = key.replace(" ", "")
        # with its article a three-letter village name of Syria or Iraq stands too ("al-Rai", not "Rai")
        short = article and len(compact) == 3
        # (and a two-letter one, of a curated place: "al-Qaa", the Lebanese border town)
        tiny = article and len(compact) == 2
        short = short or tiny
        article = article and (key in _GIVEN_KEYS or key in _STOP_KEYS)
        r = self._elig.get((key, True) if article or short else key)
        if r is not None:
            return r

        gz = self.gz
        rows = gz._rows_for_key(key)
        out = []
        arabic = opens_arabic(key)
        single = " " not in key
        # (a code of two characters with a digit is a curated place's name: "T4", the Tiyas air base)
        if rows and (arabic or len(compact) >= 3 or tiny or (len(compact) == 2 and compact[1].isdigit())):
            for i in rows:
                if gz.is_user(i):
                    out.append(i)
                    continue
                row = gz._row(i)
                kind, src, cc = row[F_KIND], row[F_SRC], row[F_CC]
                pop = int(row[F_POP] or 0)
                if arabic and len(compact) < 3 and cc not in ("SY", "IQ", "TR"):
                    continue  # (two Arabic letters name a town of Syria, Iraq or Turkey only, "التل": "البو" opens a
                    # clan's name, "البو شجل", and is no Aalborg)
                if tiny and src != "curated" and (arabic or pop < 10_000 or cc not in ("SY", "IQ", "TR")):
                    continue  # (or a town of 10,000 written with the article in Latin letters: "al-Tall", north of
                    # Damascus; "التل" is also "the hill")
                if single and key in _STOP_KEYS and kind not in ("country", "admin1") and not article:
                    continue
                if single and key in _GIVEN_KEYS and pop < 100000 and kind not in ("country", "admin1") \
                        and not article and not self._named_otherwise(i, key):
                    continue  # "Anna": a given name, unless the place also bears a spelling that is none ("Anah")
                if src == "geonames" and kind == "locality" and cc not in ("SY", "IQ", "TR") \
                        and (pop < (1_000_000 if cc in _ENGLISH_NAMED or cc in _NAMES_LIKE_PEOPLE
                                    or key.endswith(" city") or key in _GIVEN_KEYS or key in _STOP_KEYS
                                    else 100_000 if single else _ALT_POP)
                             or len(compact) < 4) \
                        and not (arabic and (pop >= 100_000 or cc in ARAB_COUNTRIES)):
                    own_key = fold(row[1])
                    if own_key != key and not gz.cited_name(row[0], key) and not (
                            cc not in _ENGLISH_NAMED and cc not in _NAMES_LIKE_PEOPLE and key not in _GIVEN_KEYS
                            and key not in _STOP_KEYS and _close_spelling(own_key, key)):
                        # (but a close spelling of the town's own name is a transliteration: "Izium" for Izyum,
                        # "Sabratha" for Sabratah, read in a text about its country, see _foreign_alt)
                        continue  # GeoNames' alternate names of foreign towns are too noisy for running text
                        # (a big city's too, when short: "Sun" for Suwon, "Part" for Perth; below _ALT_POP's
                        # floors, and in a text about the town's country only, see _foreign_alt); in Arabic
                        # script a city's name is its Arabic name ("جنيف", Geneva), and an Arab town's ("جنين",
                        # Jenin); a name a cited entry of spellings.yaml gave the record counts ("Saida" for Sidon)
                if kind in ("country", "admin1", "region", "site") or src == "curated":
                    out.append(i)
                elif kind == "admin2":
                    out.append(i)
                elif pop >= 1000:
                    out.append(i)
                elif cc in ("SY", "IQ") and (len(compact) >= 4 or short):
                    out.append(i)
                elif cc == "TR" and len(compact) >= 5:
                    out.append(i)
        r = tuple(out)
        if len(self._elig) < 200_000:
            self._elig[(key, True) if article or short else key] = r
        return r

    def _town_of_note(self, key: str) -> bool:
        """Whether ``key`` names a governorate or a town of 10,000 or more in Syria, Iraq or Turkey."""
        gz = self.gz
        return any(not gz.is_user(r) and gz._row(r)[F_CC] in ("SY", "IQ", "TR") and (
            gz._row(r)[F_KIND] == "admin1" or int(gz._row(r)[F_POP] or 0) >= 10_000) for r in self._eligible(key))

    def _syrian_governorate(self, key: str) -> bool:
        """Whether ``key`` names a Syrian governorate (Hama, Idlib, Aleppo …)."""

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_KIND] == "admin1" and self.gz._row(r)[F_CC] == "SY"
                   for r in self._eligible(key))

    def _country(self, code: str) -> Place | None:
        """The country place for an ISO2 code (or a place id such as ``cont:EU``)."""
        if code in self._country_cache:
            return self._country_cache[code]
        p = self._country_uncached(code)
        self._country_cache[code] = p
        return p

    def _country_uncached(self, code: str) -> Place | None:
        idx = self._country_idx
        if idx is None:
            idx = {}
            for i, line in enumerate(self.gz._lines):
                if "\tcountry\t" not in line:
                    if line < "d" and line.startswith(("cont:", "cur:")):
                        # (the continents and the curated regions that demonyms point to, by id: "cont:EU" for
                        # "European", without building the index of every id; the comparison first, as the
                        # quicker test)
                        idx[line[:line.index("\t")]] = i
                    continue  # (a quick test before the split: one line in a thousand is a country's)
                f = line.split("\t", 6)
                if f[2] == "country" and f[5] not in idx:
                    idx[f[5]] = i
            self._country_idx = idx
        i = idx.get(code)
        if i is not None:
            return self.gz.place(i)
        if ":" in code:
            try:
                return self.gz.get(code)
            except LookupError:
                return None
        return None

    # -------------------------------------------------------------- parsing
    def parse(self, text: str) -> list[Mention]:
        """Mentions in ``text``, in order of appearance."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if text.isascii() or _INVISIBLE.search(text) is None:  # (isascii: a flag of the string, no scan)
            return self._after_names(text, self._read(text))
        # zero-width and direction marks copied from web pages ("Ma\u200c'arrat", "\u200fKafr Nabl") are read
        # through; offsets still index the text as given
        keep = [k for k, ch in enumerate(text) if not _INVISIBLE.match(ch)]
        keep.append(len(text))
        out = []
        for m in self._read("".join(text[k] for k in keep[:-1])):
            start, end = keep[m.start], keep[m.end - 1] + 1
            names = {} if m.name_start < 0 else {"name_start": keep[m.name_start], "name_end": keep[m.name_end - 1] + 1}
            out.append(dataclasses.replace(m, start=start, end=end, surface=text[start:end], **names))
        return self._after_names(text, out)

    def _after_names(self, text: str, mentions: list) -> list:
        """``mentions`` with what the names found read into the text's other words: compass parts of the places
        ("north of Aleppo" as a part where the data has it), "the north of the province", "the military airport",
        "the Russian embassy" (in the city the text names), "the Gulf" (in a text about the Middle East)."""
        return the_gulf(self.gz, text, demonym_embassies(self.gz, text, town_airports(
            self.gz, text, province_parts(self.gz, text, with_parts(self.gz, text, mentions)))))

    def _read(self, text: str) -> list[Mention]:
        if has_cyrillic(text):
            # Russian text is read through a Latin rendering of it; offsets still index the text as given
            latin, pieces = self.gz.to_latin(text)
        elif is_kurmanji(text):
            # Kurmanji names in the oblique case ("gundên Efrînê") are read in their plain form
            latin, pieces = to_direct(text, self.gz.known_spelling)
            if latin == text:
                return self._parse(text)
        else:
            return self._parse(text)
        out = []
        for m in self._parse(latin):
            start, end = span_of(pieces, m.start, m.end)
            names = {}
            if m.name_start >= 0:
                names = dict(zip(("name_start", "name_end"), span_of(pieces, m.name_start, m.name_end)))
            out.append(dataclasses.replace(m, start=start, end=end, surface=text[start:end], **names))
        out.sort(key=lambda m: m.start)
        # a noun put after its name in the rendering may reach over another mention ("провинции Хама Хама"):
        # such a mention keeps its name only
        kept: list[Mention] = []
        for m in out:
            if kept and m.start < kept[-1].end:
                if m.name_start < kept[-1].end:
                    continue
                m = dataclasses.replace(m, start=m.name_start, end=m.name_end, surface=text[m.name_start:m.name_end])
            kept.append(m)
        return kept

    def _tokenize(self, text: str, turkish: bool, name_prefixes) -> tuple[list, list[int]]:
        """The words of ``text`` as (start, end, word) and the indices of those that are not plain lower-case
        words. A known dotted abbreviation is one word ("U.S.", "W. Va."); a code is kept only where it opens or
        ends a name the gazetteer holds ("T-4" as "T4"); a possessive's "'s", an elided French or Italian article
        and a Turkish, German or Sorani case ending are cut off a name; a contraction never reads as a place."""
        toks = []  # (start, end, surface)
        other = []  # the tokens that are not plain lower-case words
        dotted = self._dotted
        sorani = None  # whether the text is Sorani Kurdish (found once, when a word asks)
        german = None  # whether the text reads as German (found once, when a word asks)
        tr_words = None  # whether the text writes Turkish's common words (found once, when a word asks)
        skip_to = -1
        # the words and their offsets, found in one call (a split on the words, whose pieces' lengths add up to the
        # offsets); a plain lower-case word, most of them, is kept as it is: none of the tests below change one
        pieces = (_TOKEN_SPLIT_ASCII if text.isascii() else _TOKEN_SPLIT).split(text)
        bounds = list(accumulate(map(len, pieces)))
        words = pieces[1::2]
        found_toks = list(zip(bounds[0::2], bounds[1::2], words))
        plain_to = 0  # the words before this one have been looked at
        if text.isascii():  # (every word is: no test of it)
            not_plain = [k for k, w in enumerate(words) if not (w.islower() and w.isalpha())]
        else:
            not_plain = [k for k, w in enumerate(words) if not (w.islower() and w.isascii() and w.isalpha())]
        for k in not_plain + [len(words)]:
            if plain_to < k:
                if skip_to > found_toks[plain_to][0]:
                    toks.extend(t for t in found_toks[plain_to:k] if t[0] >= skip_to)
                else:
                    toks.extend(found_toks[plain_to:k])
            plain_to = k + 1
            if k == len(words):
                break
            s, e, w = found_toks[k]
            if s < skip_to:
                continue
            if e < len(text) and text[e] == "." and w[:1].isupper():
                d = _DOTTED_RUN.match(text, s)
                if d is not None:
                    # longest known dotted abbreviation starting here ("W.Va.", "D.C.", "St.")
                    # (also written with a space: "W. Va.", "U. S.")
                    cand = d.group().rstrip()
                    while cand and cand.replace(" ", "") not in dotted:
                        cut = cand.rstrip(".").rfind(".")
                        cand = cand[:cut + 1] if cut >= 0 else ""
                    if cand:
                        other.append(len(toks))
                        toks.append((s, s + len(cand), cand.replace(" ", "")))
                        skip_to = s + len(cand)
                        continue
            if w[-1:].isdigit():
                w = w[0] + w[1:].lstrip("-‐–")  # "T-4" folds as "T4"
                if fold_token(w) not in name_prefixes and not (
                        toks and text[toks[-1][1]:s] == " " and toks[-1][2][:1].isupper() and (
                            (pair := f"{fold_token(toks[-1][2])} {fold_token(w)}") in name_prefixes
                            or pair in self.gz._keys or pair in self._org_keys)):
                    # only a code that begins a name in the gazetteer ("T4 airbase"; not "A429"), or a number
                    # that ends one ("Tower 22", the outpost in Jordan) or an organisation's ("Kurdistan 24")
                    continue
            elif "ـ" in w[1:3] and len(w) > 4 and w[:w.index("ـ")] in _AR_PROCLITIC_FORMS:
                # a proclitic drawn out by a tatweel before the name: "بـالأردن", to Jordan
                cut = w.index("ـ") + 1
                s += cut
                w = w[cut:]
            elif "'" in w or "’" in w:
                # (the rules for a word with an apostrophe, tested only on such words)
                if w.endswith(("'s", "’s")) and len(w) > 3 and w[:-2].lower() != "ra":  # (not "Ra's al-Ayn")
                    e -= 2
                    w = w[:-2]
                elif _CONTRACTION.search(w):
                    w = "\x00" + w  # never a place ("I've", "Don't")
                elif (m_qu := _FR_QUE_ELISION.match(w)) is not None and len(w) > m_qu.end() + 1 \
                        and w[m_qu.end()].isupper():
                    s += m_qu.end()  # French "que" elided onto a name: "a répété qu'Ankara lancerait", "jusqu'Alep"
                    w = w[m_qu.end():]
                elif w[1:2] in ("'", "’") and w[:1] in "dl" and w[2:].lower() in ("al", "el") \
                        and text[e:e + 1] in "-‐":
                    s += 2  # French elision onto an Arabic article: "les quartiers d'al-Romaniya", "l'el-Bab" (the
                    w = w[2:]  # article reads as Arabic, as "al-Romaniya" does)
                elif w[1:2] in ("'", "’") and (w[:1] in "dl" or (w[:1] in "DL" and _opens_sentence(text, s)
                                                                 and not self._eligible(fold_token(w)))) \
                        and len(w) > 3 and w[2:3].isupper() \
                        and (not self._eligible(fold_token(w)) or fold_token(w[2:]) in name_prefixes) \
                        and not (toks and toks[-1][2][:1].isupper() and text[toks[-1][1]:s] == " "
                                 and toks[-1][2] not in DEMONYMS  # ("les Kurdes d'Irak": a people, not a name)
                                 and not (_opens_sentence(text, toks[-1][0])
                                          and fold_token(toks[-1][2]) not in name_prefixes)):
                    # French elision in running text: "la ville d'Alep", "le nord de l'Irak", and capitalised where it
                    # opens a sentence: "L'Iran a fermé ses frontières" (not "L'Aquila", a
                    # name of its own, nor "Côte d'Ivoire", where it goes on a name, unless the word before opens the
                    # sentence and opens no name: "Partis d'Aïn Issa, ..."), also where the elided word folds like a
                    # hamlet's name but the rest opens a longer name ("d'Aïn Issa" is no Dayn)
                    s += 2
                    w = w[2:]
                elif len(w) > 5 and (w[3] in "'’" or w[4] in "'’") \
                        and (m_it := _IT_ELISION.match(w)) is not None \
                        and len(w) > m_it.end() + 1 and not self._eligible(fold_token(w)):
                    # (first a quick test: the apostrophe of "all'", "dell'" is the word's fourth or fifth letter)
                    # Italian articles elided onto a name: "dell'Iraq", "nell'Iraq settentrionale", "sull'Eufrate"
                    # (or onto a noun, which a capital opening its sentence would make look like a name: "Nell'area di
                    # Kobane")
                    s += m_it.end()
                    w = w[m_it.end():]
                else:
                    m2 = _TURKISH_SUFFIX.search(w)
                    if m2 is not None and m2.start() >= 3 and w.isascii() and w[m2.start() + 1] not in "dtnyl" \
                            and turkish and tr_words is None:
                        # (any letter after the apostrophe of an ASCII word opens a case ending only in Turkish
                        # prose, not in English naming a Turkish minister: "Fikri Işık ... Bza'a and Qabasin")
                        tr_words = _TR_LOWER_WORD.search(text) is not None \
                            or len(_TR_FUNCTION_WORDS & _lower_words(text)) >= 2
                    if m2 is not None and m2.start() >= 3 and (not w.isascii() or w[m2.start() + 1] in "dtnyl"
                                                               or (turkish and tr_words)) \
                            and (not self._eligible(fold_token(w))
                                 or (turkish and self._eligible(fold_token(w[:m2.start()])))
                                 or (turkish and self._ends_a_name(toks, w[:m2.start()], name_prefixes))) \
                            and ((turkish and w[:1].isupper())
                                 or self._ends_a_name(toks, w[:m2.start()], name_prefixes)):
                        # Turkish writes a case ending after a name's apostrophe: "Hatay'ın", "Osmaniye'de", and on
                        # the last word of a longer name: "Tel Abyad'da"
                        e -= len(w) - m2.start()
                        w = w[:m2.start()]
            elif w[:1] in "NSOW" and len(w) > 6 and (m3 := _DE_COMPASS.match(w)) is not None and w.isalpha():
                # German writes a country's part as one word: "Nordirak", "Nordostsyrien", "im Südlibanon" (read as the
                # country, as "northern Iraq" is)
                if german is None:
                    german = _is_german(text)
                rest = m3.group(1).capitalize()
                if german and not self._eligible(fold_token(w)):
                    if self._names_country(fold_token(rest)):
                        w = rest
                    elif rest.endswith("s") and self._names_country(fold_token(rest[:-1])):
                        w = rest[:-1]  # ("Nordsyriens")
            elif w[-1:] == "s" and len(w) > 4 and w[:1].isupper() and w.isalpha():
                if german is None:
                    german = _is_german(text)
                if german and not self._eligible(fold_token(w)) and (
                        self._names_country(fold_token(w[:-1]))
                        or (toks and toks[-1][2] in _DE_PART_NOUNS and text[toks[-1][1]:s] == " "
                            and self._eligible(fold_token(w[:-1])))
                        or (toks and toks[-1][2][:1].isupper() and text[toks[-1][1]:s] == " "
                            and self._town_of_note(fold_token(w[:-1])))) and not (
                        # (not the last word of a name with the word before: "nach Kafr Schams", no Sham's)
                        toks and text[toks[-1][1]:s] == " " and (
                            (pair := f"{fold_token(toks[-1][2])} {fold_token(w)}") in name_prefixes
                            or self._eligible(pair))):
                    e -= 1  # German genitive: "im Nordwesten Syriens", "des Iraks"; a place's after its part's noun:
                    w = w[:-1]  # "im Süden Aleppos", "den Ostteil Aleppos"; a town's of 10,000 in Syria, Iraq or
                    # Turkey after any noun: "die Rückeroberung Palmyras", "die Bewohner Aleppos"
            elif w[-1:] in _SORANI_DEFINITE_ENDS and len(w) > 4 and _SORANI_DEFINITE.search(w) is not None and (
                    sorani or (sorani is None and (sorani := _SORANI_LETTERS.search(text) is not None))) \
                    and not (self._eligible(fold_token(w)) and self._literal(fold_token(w), w)):
                # (not a place whose own name, written so, ends so: "سیدەکان", Sidakan)
                toks.append((s, e, w))  # a Sorani common noun with its article: "شەڕەکە", the battle (no Arabic
                continue  # "شركة", nor Shirkah): kept as a word, but as a plain one, which opens no name
            elif w[-1:] in _SORANI_SUFFIX_ENDS and w not in _CKB_FAMILY_NAMES and w not in _AR_WORDS \
                    and (cuts := _sorani_cuts(w)) \
                    and not self._eligible(fold_token(w)) \
                    and (cut := next((c for c in cuts if self._eligible(fold_token(w[:-c]))), 0)):
                if sorani is None:
                    sorani = _SORANI_LETTERS.search(text) is not None
                if sorani:
                    # the Sorani ezafe, a case ending or a clitic on a name: "ناوچەکانی ئامێدی و زاخۆی", Amedi's and
                    # Zakho's; "شاری کەرکووکیان جێهێشت", they left the city of Kirkuk; "لە کەرکووکدا", in Kirkuk; "لە
                    # موسڵەوە", from Mosul; "لە حەویجەوە", from Hawija
                    e -= cut
                    w = w[:-cut]
            if w in _SHAM_WORDS and turkish and not (toks and text[toks[-1][1]:s] == "-") \
                    and not (toks and toks[-1][2] in ("üş", "uş", "iş", "ış", "eş")) \
                    and _CAPS_AFTER.match(text, e) is None:
                # Turkish and Kurdish "Şam" is Damascus, "Şamê" in the Kurmanji oblique case (not after an article:
                # "eş-Şam", the Levant, "Heyet Tahrir-üş Şam"; nor a station's name: "Şam FM")
                w = "Damascus"
            other.append(len(toks))
            toks.append((s, e, w))
        return toks, other

    def _parse(self, text: str) -> list[Mention]:
        # Turkish text: a case ending after any proper noun's apostrophe ends that noun ("Harekâtı'nda Resulayn")
        turkish = not text.isascii() and _TURKISH_LETTERS.search(text) is not None
        name_prefixes = self._prefixes()
        kurmanji = None  # whether the text reads as Kurmanji (found once, when a word asks)
        ckb = None  # whether the text is Sorani, which writes no Arabic proclitic onto a name (found once, when asked)
        toks, other = self._tokenize(text, turkish, name_prefixes)
        n = len(toks)
        if not n:
            return []
        tok_words = [w for _, _, w in toks]
        folded = fold_each(tok_words)
        if "ێ" in text and _SORANI_LETTERS.search(text) is not None:
            for k, w in enumerate(tok_words):
                if w in _CKB_LETTER_NAMES:
                    folded[k] = _CKB_LETTER_NAMES[w]  # a Sorani name that only its letters tell from a common word
        if ("j" in text or "J" in text) and (" und " in text or " der " in text) and _is_german(text):
            # German writes y as "j": "Tall Abjad" is Tal Abyad, "Dschalula" aside (the fold reads "dsch" as j)
            for k, (_, _, w) in enumerate(toks):
                if ("j" in w[1:] or (w[:1] == "J" and w[1:2] in "aeiou")) and "dsch" not in w.lower() \
                        and not self._eligible(folded[k]):
                    # (a capital J before a vowel too: "Jabrud" is Yabroud, "Jarmuk" the Yarmouk)
                    alt = fold_token(w[:1].replace("J", "Y") + w[1:].replace("j", "y"))
                    pair = _pair_before(folded, k, alt)
                    if alt != folded[k] and (self._eligible(alt) or (pair and (
                            pair in name_prefixes or self._eligible(pair)))):
                        folded[k] = alt
        if "ch" in text and (" und " in text or " der " in text) and _is_german(text):
            # German writes kh as "ch" and sh as "sch": "Machmur" is Makhmur, "Chan Scheichun" Khan Shaykhun
            # (the fold reads a "ch" as French does, "sh": "Cheikh")
            for k, (_, _, w) in enumerate(toks):
                if "ch" in w or "Ch" in w:
                    alt = fold_token(_german_kh(w))
                    pair = _pair_before(folded, k, alt)
                    if alt != folded[k] and (alt in name_prefixes or self._eligible(alt) or (pair and (
                            pair in name_prefixes or self._eligible(pair)))):
                        folded[k] = alt  # (the second word of a name too: "Chan Scheichun")
        if ("j" in text or "J" in text or " Y" in text) and " de " in text and _is_spanish(text):
            # Spanish writes kh as "j": "Jan Arnaba" is Khan Arnabah, "Jubata al Jashab" Jubata al-Khashab, "Jan
            # Sheijun" Khan Shaykhun; read so where the spelling with "j" names nothing and the one with "kh" makes a
            # name with the word before or after it (an article between passed over); and j as "y": "Yabal Bishri"
            # is Jabal Bishri, "al Yura" al-Jura
            # (not after a capitalised article: "Al Yazira" is the broadcaster, the region "la Yazira")
            # (a word that names a place as written too is read so only where it makes a name with its neighbour:
            # "Ibrahim Jalil" is the Ibrahim Khalil crossing, though a hamlet is called Jalil)
            alts = {k: a for k, (_, _, w) in enumerate(toks) if ("j" in w or "J" in w or w[:1] == "Y")
                    and w[:1].isupper()
                    and not (w[:1] == "Y" and k > 0 and toks[k - 1][2] in ("Al", "El"))
                    and (a := fold_token(_spanish_reading(w))) != folded[k]}
            named = {k for k in alts if self._eligible(folded[k])}
            def readings(k2):  # the word before or after, as written or read the same way
                return {folded[k2], alts.get(k2)} - {None, ""} if k2 is not None else set()

            for k, a in alts.items():
                kb = next((k2 for k2 in (k - 1, k - 2) if k2 >= 0 and folded[k2]), None)
                ka = next((k2 for k2 in (k + 1, k + 2) if k2 < n and folded[k2]), None)
                if any(self._eligible(f"{b} {a}") for b in readings(kb)) or any(
                        self._eligible(f"{a} {b}") or (k not in named and f"{a} {b}" in name_prefixes)
                        for b in readings(ka)) or (
                        k not in named and a not in _GIVEN_KEYS
                        and (((len(a) >= 6 or (k > 0 and not folded[k - 1])) and self._in_countries(a, _MINOR_COUNTRIES))
                             or self._town_of_note(a))):
                    folded[k] = a  # (or a word that so names a place of Syria, Iraq or Turkey: "Ramadi, Jalidiya"; a
                    # town of 10,000 there, however short its name: "Zajo" is Zakho)
        if " de " in text and _is_spanish(text):
            # Spanish writes j as "y" inside a name, gh as "g": "Hayin" is Hajin, "Baguz" al-Baghuz; read so only
            # where the word as written names nothing and the reading names a place of Syria, Iraq or Turkey
            for k, (_, _, w) in enumerate(toks):
                if len(w) >= 4 and w[:1].isupper() and ("y" in w[1:] or "g" in w[1:]) \
                        and not self._eligible(folded[k]) and folded[k] not in name_prefixes:
                    for alt in dict.fromkeys(map(fold_token, (w[:1] + w[1:].replace("y", "j"),
                                                              w[:1] + w[1:].replace("g", "gh")))):
                        if alt != folded[k] and alt not in _GIVEN_KEYS and self._eligible(alt) \
                                and self._in_countries(alt, _MINOR_COUNTRIES):
                            folded[k] = alt
                            break
        if "ne" in text and _FRENCH_QUICK.search(text) is not None:
            # French writes an Arabic name's last "n" with a silent "e" ("le barrage de Tichrine", "Qaryatayne"),
            # which the fold reads as the "-a" of "-ah": read without it where only that spelling names a place of
            # Syria, Iraq or Turkey
            for k, (_, _, w) in enumerate(toks):
                if len(w) >= 6 and w.endswith("ne") and w[:1].isupper() and not self._eligible(folded[k]) \
                        and (alt := fold_token(w[:-1])) != folded[k] and alt not in _GIVEN_KEYS \
                        and self._in_countries(alt, _MINOR_COUNTRIES):
                    folded[k] = alt
        if turkish and ("-i " in text or "-ı " in text) and not is_kurmanji(text):
            # the Persian ezafe Turkish writes inside an Arabic name: "Cisr-i Şuğur" is Jisr al-Shughur, read as the
            # name with its article between (where the name is one; not where the data holds the name with its ezafe:
            # "Habib-i Neccar Camii")
            for k in range(1, n - 1):
                if toks[k][2] in ("i", "ı") and text[toks[k - 1][1]:toks[k][0]] == "-" \
                        and text[toks[k][1]:toks[k + 1][0]] == " " and toks[k - 1][2][:1].isupper() \
                        and f"{folded[k - 1]} {folded[k]} {folded[k + 1]}" not in name_prefixes \
                        and toks[k + 1][2][:1].isupper() and ((pair := f"{folded[k - 1]} {folded[k + 1]}") in name_prefixes
                                                              or self._eligible(pair)):
                    folded[k] = ""
        if turkish and ("ş" in text or "Ş" in text) and not is_kurmanji(text):
            # Turkish writes sh as "ş", which the fold reads as s: "Binniş" is Binnish, not Babinnis, where the
            # spelling with "sh" is a name the plain fold is not (Turkish names spelt without the cedilla fold alike
            # either way: "Şırnak", "Sirnak"; Kurmanji names are read as Kurmanji writes them: "Şengal")
            # (and where the plain fold names no place in Turkey and the one with "sh" names one in Syria or Iraq:
            # Turkish writes an Arabic name's sh as "ş" and its s as "s", so "Başika" is Bashiqa, not Basiqah in
            # Latakia)
            for k, (_, _, w) in enumerate(toks):
                if "ş" not in w and "Ş" not in w:
                    continue
                if not self._eligible(folded[k]) and folded[k] not in name_prefixes:
                    alt = fold_token(w.replace("ş", "sh").replace("Ş", "Sh"))
                    if alt != folded[k] and (alt in name_prefixes or self._eligible(alt)):
                        folded[k] = alt
                elif len(w) >= 5 and w[:1].isupper() and folded[k] not in name_prefixes \
                        and not self._in_countries(folded[k], ("TR",)):
                    alt = fold_token(w.replace("ş", "sh").replace("Ş", "Sh"))
                    if alt != folded[k] and self._in_countries(alt, ("SY", "IQ")):
                        folded[k] = alt
        if turkish and not is_kurmanji(text):
            # Turkish writes j as "c": "Ceyrud" is Jayrud, "Cerablus" Jarabulus; read so where the spelling with "c"
            # names nothing and the one with "j" is a town of Syria or Iraq (not a given name: "Cemil")
            # (and kh as "h": "Ahtarin" is Akhtarin)
            for k, (_, _, w) in enumerate(toks):
                if len(w) >= 5 and w[:1].isupper() and (w[:1] == "C" or "h" in w or w[:1] == "H"):
                    alone = not self._eligible(folded[k]) and folded[k] not in name_prefixes
                    alts = [w.replace("ş", "sh").replace("c", "j").replace("C", "J")] if w[:1] == "C" else []
                    alts += [w[:x] + ("Kh" if w[x] == "H" else "kh") + w[x + 1:] for x, ch in enumerate(w) if ch in "hH"]
                    for alt in map(fold_token, alts):
                        if alt == folded[k]:
                            continue
                        if (alone and alt not in _GIVEN_KEYS and self._eligible(alt)
                                and self._in_countries(alt, ("SY", "IQ"))) or (
                                # (or, a word that is a name as written too, where it makes a name with the word
                                # before: "İbrahim Halil" is the Ibrahim Khalil crossing)
                                k > 0 and folded[k - 1] and toks[k - 1][2][:1].isupper()
                                and text[toks[k - 1][1]:toks[k][0]] == " "
                                and self._eligible(f"{folded[k - 1]} {alt}")
                                and not self._eligible(f"{folded[k - 1]} {folded[k]}")):
                            folded[k] = alt
                            break
        noun_after: set[int] = set()  # tokens whose feature noun, after them, is read into their name
        two_word_noun: set[int] = set()  # (those whose noun is two words: "Hava Üssü", air base)
        if turkish and ("Dağ" in text or "dağ" in text) and not is_kurmanji(text):
            # Turkish puts the mountain after its name, "Zaviye Dağı", "Şahşabu dağları", where Arabic puts it first
            # (Jabal al-Zawiya); Turkish "v" and "ş" stand for the w and sh of Arabic names
            for k in range(n - 1):
                if toks[k + 1][2][:3].lower() == "dağ" and toks[k][2][:1].isupper() and text[toks[k][1]:toks[k + 1][0]] == " ":
                    w = toks[k][2]
                    for alt in dict.fromkeys((folded[k], fold_token(w.replace("v", "w")),
                                              fold_token(w.replace("ş", "sh").replace("Ş", "Sh").replace("v", "w")))):
                        if alt and self._regional(f"jbl {alt}"):
                            folded[k] = f"jbl {alt}"
                            noun_after.add(k)
                            break
        if turkish and _TR_FEATURE_AFTER.search(text) is not None and not is_kurmanji(text):
            # Turkish puts a feature's noun after its name: "Diyala Nehri" is the Diyala River, "Takaddum Hava Üssü"
            # the Taqaddum air base, "Verrar Kanalı" the Warrar canal, where the data holds no such Turkish name
            # ("Fırat Nehri" it does)
            for k in range(n - 1):
                noun = toks[k + 1][2].lower()
                if noun == "hava" and k + 2 < n and toks[k + 2][2].lower() == "üssü":
                    noun = "hava üssü"
                elif noun not in _TR_FEATURES_EN and noun.startswith(_TR_FEATURE_STEMS):
                    noun = next(st for st in _TR_FEATURE_STEMS if noun.startswith(st))
                forms = _TR_FEATURES_EN.get(noun)
                if forms is None or not toks[k][2][:1].isupper() or text[toks[k][1]:toks[k + 1][0]] != " " \
                        or self._eligible(f"{folded[k]} {folded[k + 1]}"):
                    continue
                w = toks[k][2]
                key = next((key for alt in dict.fromkeys((w, w.replace("v", "w").replace("V", "W"),
                                                          w.replace("ş", "sh").replace("Ş", "Sh"))) for form in forms
                            if (self._regional if noun == "nehri" else self._eligible)(key := fold(form.format(alt)))),
                           None)
                if key is not None:
                    folded[k] = key
                    noun_after.add(k)
                    if noun == "hava üssü":
                        two_word_noun.add(k)
        event_names: list[int] = []  # names of a format, a process or a unit, no place (German compounds, Turkish)
        if turkish and not is_kurmanji(text):
            # (and Turkish: a name before a format or a process of talks names them, no place: "Astana formatının
            # diğer ortağı", "Astana süreci"; not a demonym joined to another: "Türk-Rus süreci")
            event_names += [k for k in range(n - 1) if toks[k][2][:1].isupper()
                          and toks[k + 1][2].startswith(_TR_EVENT_NOUNS) and text[toks[k][1]:toks[k + 1][0]] == " "
                          and not (k > 0 and text[toks[k - 1][1]:toks[k][0]] == "-")]
        if "-" in text and (" und " in text or " der " in text) and _is_german(text):
            # a German compound of a name and a feature's noun: "Tischrin-Staudamm" is the Tishrin Dam, "Assad-See"
            # Lake Assad
            for k in range(n - 1):
                noun = toks[k + 1][2].lower()
                if noun in _DE_EVENT_NOUNS and text[toks[k][1]:toks[k + 1][0]] == "-" and toks[k][2][:1].isupper():
                    event_names.append(k)  # (no place: "das Dublin-Verfahren", "das Astana-Format")
                    continue
                eng = _DE_COMPOUND_FEATURES.get(noun)
                if eng is None and noun[-1:] == "s":  # (in the genitive: "am Ufer des Assad-Sees", "des Tischrin-Staudamms")
                    eng = _DE_COMPOUND_FEATURES.get(noun[:-1]) or _DE_COMPOUND_FEATURES.get(noun[:-2])
                if eng is not None and text[toks[k][1]:toks[k + 1][0]] == "-" and toks[k][2][:1].isupper():
                    for alt in dict.fromkeys((toks[k][2], _german_kh(toks[k][2]))):
                        key = fold(eng.format(alt))  # (the English noun folds too: "Castello road")
                        if key and self._eligible(key):
                            folded[k] = key
                            noun_after.add(k)
                            break
        # Arabic script (no capitals to go by), and capitals ("`Ayn" too); a plain lower-case word is neither
        arab = [False] * n
        cap = [False] * n
        for k in other:
            w = toks[k][2]
            a = arab[k] = "\u0600" <= w[0] <= "\u06ff"
            cap[k] = w[0].isupper() or a or (w[0] in _AYN_MARKS and w.lstrip(_AYN_MARKS)[:1].isupper())
        # adjacency: only spaces or hyphens between two tokens
        adj = [False] * n
        for i in range(n - 1):
            e = toks[i][1]
            g = toks[i + 1][0] - e
            if g == 1:
                adj[i] = text[e] in " -"
            elif 1 < g <= 3:
                # (a mark that ends the word before is a hamza or an ayn only after a vowel: "Saba' al Ahmad",
                # not "Victims' Services")
                adj[i] = bool(_GAP_OK.match(text[e: e + g])) and (text[e] not in _AYN_MARKS or text[e - 1] in "aeiu") \
                    and not _SPACED_DASH.search(text, e, e + g)  # (a dash between spaces parts: "QAMISHLI – Drones")
                if not adj[i] and g == 2 and text[e] == "." and text[e + 1] == " " and i > 0 and adj[i - 1] \
                        and len(toks[i][2]) == 1 and toks[i][2].isupper() and len(toks[i - 1][2]) > 1 \
                        and toks[i - 1][2][:1].isupper() and toks[i + 1][2][:1].isupper():
                    adj[i] = True  # a middle initial inside a name: "John F. Kennedy", "George W. Bush"
        if "–" in text:
            # an en dash joins two names into a road's only before the road's noun: "the Damascus–Aleppo highway",
            # "طريق حلب–اللاذقية الدولي" (not "Huntsville–Walker County EMS", two places)
            for i in range(1, n - 1):
                if not adj[i] and toks[i + 1][0] - toks[i][1] == 1 and text[toks[i][1]] == "–" and (
                        (i + 2 < n and toks[i + 2][2].lower() in _ROAD_NOUNS)
                        or (i > 0 and toks[i - 1][2] in _AR_ROAD_NOUNS)):
                    adj[i] = True
        if " et " in text and _FRENCH_QUICK.search(text) is not None:
            # French "et" (and) between two names is no Arabic article: "entre Homs et Hama" is two towns, not a
            # place called Hims Hamah ("Ras et-Tin", hyphenated, keeps its article)
            for k in range(1, n - 1):
                if toks[k][2] == "et" and text[toks[k - 1][1]:toks[k][0]] == " " \
                        and text[toks[k][1]:toks[k + 1][0]] == " ":
                    adj[k - 1] = False
        lower_words = None  # lazily: words that appear in lower case in this text
        # whether a plural site noun that a list may share comes anywhere ("the T4 and Hama air bases")
        plural_site = any(w in text for w in _PLURAL_SITE_WORDS)
        region_nouns = any(w in text for w in _REGION_NOUN_WORDS)  # ("Zap bölgesinde", "the Zap area")
        ku_letter = "ê" in text or "î" in text or "û" in text  # (Kurmanji's letters: its months' names are tested)
        # texts about Syria, Iraq, Turkey (one scan first for a text that names none of their words)
        doc_cc = {cc for cc in _CONTEXT_CUES if _about(text, cc)} if _ANY_CONTEXT_LITERAL.search(text) or (
            not text.isascii() and not _ANY_CONTEXT_LOWER.isdisjoint(_lower_words(text))) else set()
        approx: set[int] = set()  # indices into ``found`` matched by spelling skeleton, not by exact key
        local: set[int] = set()  # indices into ``found`` of a common word or given name read as a village (in approx)
        plural_of: set[int] = set()  # indices into ``found`` of the first area after "the provinces of"
        approx_tied: dict[int, tuple[str, ...]] = {}  # for a skeleton match: other keys as close in spelling
        sited: set[int] = set()  # indices into ``found`` named by a site noun the list shares ("T4 and Hama air bases")
        surnames: set[str] = set()
        masked = bytearray(n)
        tok_set = frozenset(tok_words)
        models = self._mask_orgs_and_people(text, toks, folded, cap, adj, masked, tok_set)
        for k in noun_after:
            masked[k] = 0  # (a name read with its feature's noun is the feature's, not a man's: "Assad-See")
        for k in event_names:
            masked[k] = 1
        if not _CHURCH_NOUNS.isdisjoint(tok_set):
            _mask_church_saints(toks, adj, masked)
        if 1 in masked:
            self._unmask_longer_sites(toks, folded, adj, masked, name_prefixes)
            if "shrine of " in text or "tomb of " in text or "mausoleum of " in text:
                self._unmask_shrines(text, toks, masked)

        prefixes = self._prefixes()
        found = []  # (i, j_end_exclusive, key, kinds_hint, name_i, name_j)

        def add_local(k: int, key: str) -> None:
            """A common word or given name at token ``k`` read as a village, to be confirmed like a skeleton match."""
            local.add(len(found))
            approx.add(len(found))
            found.append((k, k + 1, key, None, k, k + 1))
        romance_feats = not _ROMANCE_FEATURES_FOLDED.isdisjoint(folded)
        # the tokens a mention may open at (a capital, an Arabic article, a Romance language's demonym in lower case
        # or a feature's noun), so that the loop passes over the others at once: none of its tests takes one
        look = set(compress(range(n), cap))
        look.update(compress(range(n), map(_NO_KEY.__contains__, folded)))
        eu_lower = not _EU_DEMONYMS.keys().isdisjoint(tok_set)
        if eu_lower:
            look.update(k for k, w in enumerate(tok_words) if w in _EU_DEMONYMS)
        # (whether the text writes a Romance or German demonym at all, in lower case or capitalised: the loop tests
        # each word only if so)
        eu_any = eu_lower or not _EU_DEMONYMS_CAP.keys().isdisjoint(tok_set)
        if romance_feats:
            look.update(k for k, w in enumerate(tok_words) if w in _ROMANCE_FEATURES)
        # (and a number that opens a name the data holds, "17 Tammuz", "the 55 km zone": an opener only, no capital
        # for the rules on runs of capitalised words)
        num_open = {k for k in other if toks[k][2][:1].isdigit() and folded[k] in name_prefixes}
        look.update(num_open)
        opens = _Starts(sorted(look), n)
        i = 0
        while (i := opens.next(i)) < n:
            if eu_any:
                eu = toks[i][2]
                if cap[i]:
                    # (capitalised as a sentence opens: "Syrische Truppen rücken vor", "Turcas y kurdos")
                    s0 = toks[i][0]
                    eu = _EU_DEMONYMS_CAP.get(eu, "") if s0 < 2 or text[s0 - 2] in ".!?\n" or text[s0 - 1] == "\n" \
                        else ""
                if eu in _EU_DEMONYMS and self.demonyms and not masked[i] and not (
                        eu in _EU_LANGUAGES and i > 0 and toks[i - 1][2].lower() in _EU_LANGUAGE_CUES):
                    found.append((i, i + 1, None, ("demonym", _EU_DEMONYMS[eu]), i, i + 1))
                    i += 1  # "l'armée syrienne", "las fuerzas turcas"
                    continue
            if masked[i] or not (cap[i] or i in num_open or (folded[i] == "" and i + 1 < n and cap[i + 1]
                                            and text[toks[i][1]:toks[i + 1][0]] == "-")
                                 or (romance_feats and toks[i][2] in _ROMANCE_FEATURES and i + 1 < n and cap[i + 1]
                                     and adj[i]
                                     and (f"{folded[i]} {folded[i + 1]}" in prefixes
                                          or self._eligible(f"{folded[i]} {folded[i + 1]}")))):
                # (a French, Spanish or Italian feature's noun in lower case opens its name: "le lac Assad")
                i += 1
                continue
            if romance_feats and not cap[i] and toks[i][2] in _ROMANCE_FEATURES:
                masked[i + 1] = 0  # (the noun makes the name a place's, a person's though it be: "lac Assad")
            w = toks[i][2]
            if not folded[i] and i + 1 < n and not _article_fits(w, toks[i + 1][2]):
                i += 1  # "An Alexandria man", "At Raqqa": English words, not the Arabic an-/at- before n/t
                continue
            if w == "Dêra" and i + 1 < n and adj[i] and cap[i + 1] \
                    and f"{folded[i]} {folded[i + 1]}" not in prefixes and not self._eligible(f"{folded[i]} {folded[i + 1]}"):
                i += 1  # Kurmanji "Dêra Mor Yaqûb", the monastery of Mor Yakup: no Daraa ("Dêra Zorê" is Deir ez-Zor)
                continue
            if w == "En" and i + 1 < n and text[toks[i][1]:toks[i + 1][0]] == " " and (
                    _FRENCH_QUICK.search(text) is not None or _SPANISH_QUICK.search(text) is not None):
                i += 1  # "En Nueva York, el Consejo...": the Spanish or French "in" opening a sentence
                continue
            # demonyms / abbreviations first
            if cap[i] and w in ABBREVIATIONS and (w.isupper() or "." in w):
                if w == "ABD" and not turkish:
                    i += 1  # (the Turkish abbreviation of the United States, only in Turkish)
                    continue
                if w == "US" and "$" in text[max(0, toks[i][0] - 1):toks[i][1] + 1]:
                    i += 1  # "US$460 million", "$US 1.5 billion": the currency
                    continue
                if not (w in ("US", "IS") and _looks_like_pronoun(text, toks, i)):
                    found.append((i, i + 1, None, ("abbr", ABBREVIATIONS[w]), i, i + 1))
                    i += 1
                    continue
            if turkish and cap[i] and self.demonyms and w not in DEMONYMS and not masked[i] \
                    and (cc := self._turkish_demonym(w)) is not None:
                found.append((i, i + 1, None, ("demonym", cc), i, i + 1))
                i += 1  # "Azerbaycanlı", "Pakistanlılar": of a country, by its Turkish name and "-lı"
                continue
            if cap[i] and w in DEMONYMS and _is_language(text, toks, i):
                i += 1  # "shouted in Turkish", "speaks Kurdish": a language
                continue
            if arab[i] and w in DEMONYMS and i > 0 and toks[i - 1][2] in _AR_GIVEN \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and not (found and found[-1][1] == i):
                i += 1  # an Arabic demonym after a given name is the man's surname: "أحمد المصري", Ahmad al-Masri
                continue  # (not after a place that bears a given name: "ميناء جيهان التركي", Turkey's port of Ceyhan)
            if self.demonyms and cap[i] and w in DEMONYMS and not (
                    i + 1 < n and adj[i] and ((folded[i] + " " + folded[i + 1]) in prefixes or (folded[i] + " " + folded[i + 1]) in self._org_prefix
                     or self._eligible(folded[i] + " " + folded[i + 1]))):
                found.append((i, i + 1, None, ("demonym", DEMONYMS[w]), i, i + 1))
                i += 1
                continue
            if self.demonyms and arab[i] and len(w) > 4 and w[0] in _AR_PROCLITICS and w[1:] in DEMONYMS:
                toks[i] = (toks[i][0] + 1, toks[i][1], w[1:])  # "والروسي": and the Russian
                found.append((i, i + 1, None, ("demonym", DEMONYMS[w[1:]]), i, i + 1))
                i += 1
                continue
            if arab[i] and (len(w) >= 4 or (len(w) == 3 and i + 1 < n and adj[i] and (
                    (fold_token(w[1:]) + " " + folded[i + 1]) in prefixes
                    or self._eligible(fold_token(w[1:]) + " " + folded[i + 1])))) \
                    and w[0] in _AR_PROCLITICS and w not in _AR_WHOLE_WORDS \
                    and not (ckb if ckb is not None else (ckb := _SORANI_LETTERS.search(text) is not None)) \
                    and (not (whole := folded[i] in prefixes or bool(self._eligible(folded[i])))
                         or (found and found[-1][1] == i and found[-1][2] is not None and w[0] == "و"
                             and text[toks[i - 1][1]:toks[i][0]] == " ")):
                # (after a place, "و" is "and" even where the word with it names a town too, if the rest is a
                # name: "الرياض وجدة" is Riyadh and Jeddah, not Oujda)
                # (a two-letter word after the conjunction only where a name goes on with it: "وتل رفعت")
                # "والرستن" (and al-Rastan), "بحلب" (in Aleppo): a conjunction or preposition written onto the name
                # (the longer rest first when it is a name: "ولبنان" is "and Lebanon", not "and for Banan")
                tries = ((1, False), (2, True), (1, True)) if w[:2] in _AR_PROCLITICS_2 else ((1, True),)
                if len(tries) > 1 and i + 1 < n and adj[i] and (
                        (two := fold_token(w[1:]) + " " + folded[i + 1]) in prefixes or self._eligible(two)):
                    tries = ((1, True),)  # (a name of two words goes on with the rest: "وبحيرة الثرثار")
                for k, or_prefix in tries:
                    if w[k - 1] == "ف" and not w.startswith("ال", k):
                        continue  # (a name with "ف" (so) written onto it has its article: "فالرقة"; "فرقه" is "its team")
                    if w[k] in "ەێۆ":
                        continue  # (no name opens with a Kurdish vowel: Sorani "لەوانە" is one word, "among them")
                    alt = fold_token(w[k:])
                    if alt and (self._eligible(alt) or (or_prefix and not whole and alt in prefixes) or (
                            len(alt) == 3 and w[:1] == "و" and k == 1 and self._eligible(alt, article=True)
                            and _ar_settlement_named(text, toks, i))):
                        # (a village's name of three letters, later in a list of settlements: "بلدات كفرنبل وحيش")
                        toks[i] = (toks[i][0] + k, toks[i][1], w[k:])
                        folded[i], w = alt, w[k:]
                        break
            parts: list[str] = []
            is_approx = False  # matched by spelling skeleton (recorded when the mention is kept)
            is_sited = False  # the name of a site whose noun a list shares (recorded when the mention is kept)
            best_j = -1
            best_key = ""
            j = i
            while j < n and j - i < 8:
                if j > i and not adj[j - 1]:
                    break
                if masked[j]:
                    break
                f = folded[j]
                if f:
                    parts.append(f)
                    key = " ".join(parts)
                    # a lower-case word may continue a name but not end it ("Bab al-Hawa" yes, "Idlib in" no)
                    art = (j > i and not folded[i]) or (j == i and _arabic_article(toks, i))
                    if not art and (key in _GIVEN_KEYS or key in _STOP_KEYS):
                        art = _subdistrict_at(toks, adj, j + 1) > 0  # "Dana sub-district"
                    elif not art and j == i and cap[i] and len(f) == 3:
                        art = self._spelled_out(toks[i][2], key)  # "Bzaah"
                    if not art and j == i and arab[i] and len(f) == 3 and _ar_settlement_named(text, toks, i):
                        art = True  # a village's name of three letters after a settlement's noun: "بلدات حيش"
                    if (cap[j] or (len(parts) > 1 and toks[j][2] not in _NOT_NAME_ENDS)) \
                            and self._eligible(key, article=art):
                        best_j, best_key = j + 1, key
                    if key not in prefixes and not (j == i and toks[i][2] in _ROMANCE_FEATURES):
                        break
                j += 1  # (an empty fold is a leading article: skipped)
            if best_j == i + 1 and w.lower() in _NOT_PLACES and best_key == fold_token(w):
                best_j = -1  # "the Roman theatre": an adjective of a people, not Roman in Romania (but a Turkish
                # mountain read onto its name is the mountain: "Türkmen Dağı", Jabal al-Turkman)
            if arab[i] and best_j > i + 1 and toks[best_j - 1][2] in _AR_BARE_COMPASS and best_j < n \
                    and adj[best_j - 1] and arab[best_j] and self._eligible(folded[best_j]) \
                    and self._eligible(" ".join(f for f in folded[i:best_j - 1] if f)):
                best_j -= 1  # "الباب شرقي حلب": al-Bab east of Aleppo, not Bab Sharqi (in Damascus) and Aleppo
                best_key = " ".join(f for f in folded[i:best_j] if f)
            if arab[i] and best_j > i + 1 and toks[i][2] in _AR_CUES_BEFORE \
                    and self._longest_from(toks, folded, adj, masked, prefixes, i + 1) > best_j:
                i += 1  # "منطقة باب الطوب": the area of Bab al-Tob, not "منطقة الباب" (al-Bab district) and a word
                continue
            if best_j > i + 1 and toks[i][2] in ("The", "the") \
                    and self._longest_from(toks, folded, adj, masked, prefixes, i + 1) > best_j:
                i += 1  # "The Euphrates River": the river's longer name, not "the Euphrates" and a word
                continue
            if best_j > i + 1 and toks[i][2] in ("The", "the") and toks[best_j - 1][2][:1].islower():
                best_j = -1  # "The villages around Jindires": a name opening with "The" ends on a capital
            if plural_site and not arab[i] and cap[i] and not masked[i]:
                shared = self._shared_site(text, toks, folded, cap, adj, masked, i, best_j)
                if shared is not None:
                    best_j, best_key = shared  # "the T4 and Hama air bases": T4 airbase, Hama airbase
                    is_sited = True
            # (also where only a name's generic first word is a key: "Ain al-Jahash" is 'Ayn Jahsh, not "Ain"; and
            # where a key covers only the head of a longer name: "Mleiha al-Gharbiya" is al-Mulayhah al-Gharbiyah)
            longer = best_j >= 0 and best_j < n and adj[best_j - 1] and not folded[best_j] and not arab[i]
            if doc_cc and cap[i] and (best_j < 0 or (best_j == i + 1 and folded[i] in _GENERIC_HEADS and adj[i])
                                      or longer) \
                    and w not in DEMONYMS and w.lower() not in _NOT_PLACES and w not in _AR_WORDS \
                    and not (((i > 0 and toks[i - 1][2] in _DE_ARTICLES) or w.endswith(_DE_NOUN_ENDS))
                             and not w.startswith("Dsch") and _is_german(text)):
                # (not a German noun after its article, nor one of a German noun's shape: "an der Grenze" is at the
                # border, no Bilek; "neue Schulen", new schools, no Ash Shulin; but German writes an Arabic name's j
                # as "Dsch": "am Rand des Dschebel Seman")
                a = self._approximate(text, toks, folded, cap, adj, masked, i, doc_cc)
                if a is not None and (a[0] > best_j or (a[0] == best_j and not longer)):
                    best_j, best_key, tied = a
                    is_approx = True
            if best_j == i + 1 and arab[i] and adj[i] and folded[i] in _AR_GENERIC_HEADS and arab[i + 1] \
                    and not w.startswith("ال") and toks[i + 1][2] not in _AR_PREPOSITIONS \
                    and toks[i + 1][2] not in _AR_CUES_AFTER:
                best_j = -1  # "تل حدية": a hill's name the data lacks opens with "تل", which alone is no al-Tall,
                masked[i + 1] = 1  # nor is the rest of the name a place of its own (not Hadyah, 140 km off)
            if best_j < 0 and (w == "M4" or w == "M5") and "SY" in doc_cc \
                    and _NOT_THE_ROAD.search(text, max(0, toks[i][0] - 80), toks[i][1] + 80) is None \
                    and self._eligible(road := fold(w + " highway")):
                # Syria's M4 and M5 named bare in a text about Syria ("fighting along the M4"), not a rifle, a tank or
                # a car of the name, nor England's motorways in a text about elsewhere
                best_j, best_key = i + 1, road
            feature_named = False
            shrine = i > 1 and toks[i - 1][2] == "of" and toks[i - 2][2].lower() in _SHRINE_NOUNS
            if (best_j < 0 or shrine or (best_j == i + 1 and (folded[i] in _STOP_KEYS or folded[i] in _GIVEN_KEYS))) \
                    and cap[i] and i > 0 and (shrine or toks[i - 1][2].lower() in _ROMANCE_FEATURE_PREV):
                # a given name or a word that is no name alone, after a feature's noun that makes it one: "le champ
                # pétrolier d'al-Omar", "le camp d'al-Hol"; or a saint's name of two or three words after a shrine's:
                # "the shrine of Imam Hussein" (read as the feature below)
                r = i + 1
                while r < n and r - i < 3 and adj[r - 1] and cap[r] and not masked[r]:
                    r += 1
                jj = next((jj for jj in range(r, i, -1) if self._romance_feature(text, toks, i, jj, folded) is not None), 0)
                if jj:
                    best_j, best_key, feature_named = jj, " ".join(f for f in folded[i:jj] if f), True
            if best_j < 0 and (folded[i] in _STOP_KEYS or folded[i] in _GIVEN_KEYS) \
                    and self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                add_local(i, folded[i])  # "In Idlib, Dana was hit": the town of Dana, if the geography confirms it
                i += 1
                continue
            if best_j < 0:
                if self.demonyms and cap[i] and w in DEMONYMS:
                    found.append((i, i + 1, None, ("demonym", DEMONYMS[w]), i, i + 1))
                elif self.demonyms and cap[i] and i + 1 < n and (w, toks[i + 1][2]) in _DEMONYM_2 and adj[i]:
                    found.append((i, i + 2, None, ("demonym", _DEMONYM_2[(w, toks[i + 1][2])]), i, i + 2))
                    i += 2
                    continue
                i += 1
                continue
            if best_j + 1 < n and not arab[i] and toks[best_j - 1][2].lower() in _FEATURE_HEADS \
                    and all(toks[k][2].lower() == "the" for k in range(i, best_j - 1)) \
                    and toks[best_j][2] == "of" and cap[best_j + 1] and adj[best_j - 1] and adj[best_j]:
                # "the Gulf of Mexico", "the Bay of Biscay": another feature than "the Gulf" the data holds
                j2 = best_j + 1
                while j2 + 1 < n and adj[j2] and cap[j2 + 1]:
                    j2 += 1
                i = j2 + 1
                continue
            if best_j < n and not arab[i] and toks[best_j][2] in _NAMED_AFTER \
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " ":
                i = best_j  # "Lassa fever", "Marburg virus", "Rift Valley fever": a disease named after a place (and
                # goods: "Aleppo soap", "Brent crude")
                continue
            if (best_j < n and not arab[i] and toks[best_j][2].rstrip(".") in _STREET_WORDS
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " "
                    and not (best_j + 1 < n and adj[best_j] and cap[best_j + 1])):
                # "Washington Street", "W. California Street", "Franklin Avenue": a street (but the "Lebanon
                # Street Superintendent" is the town's)
                i = best_j
                continue
            if best_j - i == 1 and arab[i] and w == "جملة" and text.startswith(" من", toks[i][1]):
                i += 1  # "جملة من المباني" (a number of buildings), not Jamlah, which "بلدة جملة" names
                continue
            if best_j - i == 1 and arab[i] and i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and (
                    (w == "سلمية" and toks[i - 1][2] in _AR_PEACEFUL_NOUNS)
                    or (w == "الباب" and toks[i - 1][2] in _AR_DOOR_VERBS)):
                i += 1  # "بصورة سلمية" (peacefully), not Salamiyah; "تفتح الباب أمام" (opens the door to), not al-Bab
                continue
            if best_j - i == 1 and arab[i] and i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " and (
                    (k0 := toks[i - 1][2]) in _AR_KUNYA or (k0[:1] == "و" and k0[1:] in _AR_KUNYA)) and k0[-3:] != "عبد":
                i += 1  # "وقال أبو جاسم، وهو مزارع": a man's kunya (father of Jasim), not the town Jasim
                continue
            if best_j - i == 1 and arab[i] and i > 0 and text[toks[i - 1][1]:toks[i][0]] == " " \
                    and toks[i - 1][2] in _AR_GIVEN \
                    and not any(c[3] in _MINOR_COUNTRIES for c in self._candidates(best_key, ())):
                i += 1  # "لويد أوستن", Lloyd Austin: a surname after a given name, not a town abroad
                continue
            if best_j - i == 1 and arab[i] and (best_key in _AR_STOP_KEYS or w in _AR_WORDS and not (
                    i > 0 and w.startswith("ال") and ((_ar_noun_in(toks[i - 1][2], _AR_SETTLEMENT_NOUN | {"أحياء"})
                                                       and text[toks[i - 1][1]:toks[i][0]] == " ")
                                                      or _ar_listed_settlement(text, toks, i)))):
                # "مدينة" (city) is a common noun, not al-Madinah (but "قرية الأربعين" is a village, "أحياء الخيام"
                # Khiam's quarters, "بلدات بصر الحرير والحراك" the towns of Busra al-Harir and al-Harak; "بلدة كبيرة"
                # a big town)
                i += 1
                continue
            if best_j - i == 1 and arab[i] and not w.startswith("ال") and not is_approx \
                    and not (i > 0 and toks[i - 1][2] in _AR_CUES_BEFORE) \
                    and not (w in _AR_GIVEN and found and found[-1][1] == i and found[-1][2] is not None
                             and text[toks[i][0] - 1] == "و" and text[toks[i - 1][1]:toks[i][0]] == " و") \
                    and (not self._literal(best_key, w) or (
                        w in _AR_GIVEN and best_j < n and arab[best_j] and toks[best_j][2] not in _AR_PREPOSITIONS
                        and text[toks[i][1]:toks[best_j][0]] == " ")) and self._literal(best_key, "ال" + w):
                i += 1  # a town named with its article, written without it: "عراقي خالص" (purely Iraqi) is no
                continue  # al-Khalis, but "بلدة خالص" and "في الخالص" are (a given name before a name, even where the
                # town's names hold it bare: "رياض حجاب", "ساحة رياض الصلح" are no Riyadh; "مدخل جاسم،" is Jasim; so
                # is "بين نوى وجاسم لساعات", after a place and "and", whatever word follows)
            if arab[i] and ((best_j - i == 1 and w in _AR_GIVEN) or (
                    best_j - i == 2 and w in _AR_KUNYA and toks[i + 1][2] in _AR_GIVEN)) \
                    and not (i > 0 and _ar_noun_in(toks[i - 1][2], _AR_SETTLEMENT_NOUN)) \
                    and not self._peopled(best_key):
                i = best_j  # a given name, or a kunya and a given name, is a person, not a hamlet that bears it
                continue  # ("محمد", "أبو عمر"; but "قرية محمد" is a village)
            if best_j - i == 1 and arab[i] and i > 0 and (
                    (toks[i - 1][2] in _AR_TITLES and text[toks[i - 1][1]:toks[i][0]] == " ")
                    or (w in _AR_CUED_ONLY and toks[i - 1][2] not in _AR_CUES_BEFORE
                        and not _ar_listed_settlement(text, toks, i))):
                # a word after a title is a person's name ("الشيخ سعيد", "قاضي عسكر"), unless the two are a place's
                # name, matched whole before; "صور" (pictures) is Tyre only after a cue ("في صور", "مدينة صور") or in a
                # list of towns ("بلدات ... والحراك")
                i += 1
                continue
            if best_j - i == 1 and arab[i] and i > 0 and toks[i - 1][2] in _AR_STREET_NOUNS \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and (
                        not self._big_key(best_key) or toks[i - 1][2].endswith("ی")):
                i += 1  # "ساحة التحرير" (Tahrir Square), "جسر الجمهورية": a square's or a bridge's name, no village
                continue  # (nor a city's, after Sorani's noun with the ezafe: "شەقامی سالم" is Salim Street)
            if not arab[i] and i > 1 and best_j - i <= 3 and (
                    (toks[i - 1][2].lower() in _ROMANCE_SQUARES and (
                        toks[i - 1][2] != "point" or text[toks[i - 2][0]:toks[i - 1][0]].lower() == "rond-")) or (
                        toks[i - 1][2] in ("di", "de", "del", "della") and toks[i - 2][2].lower() in _ROMANCE_SQUARES
                        and toks[i - 2][2] != "point")):
                # a square's or a roundabout's name in French, Spanish or Italian: "le rond-point al-Naïm", "la plaza
                # Tahrir", "la rotonda di al-Naim" (the square where the gazetteer holds it, else no village)
                if self._eligible(square := f"{best_key} {_SQUARE_KEY}"):
                    best_key = square
                else:
                    i = best_j
                    continue
            if arab[i] and best_j < n and toks[i][2] == "الضفة" and toks[best_j][2][:1] == "ل" \
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " ":
                i = best_j  # "الضفة الغربية لنهر الفرات": the western bank of the Euphrates, not the West Bank
                continue
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and _tr_lower(w) in _TR_MONTHS and (
                    text[max(0, toks[i][0] - 2):toks[i][0]].strip()[-1:].isdigit()
                    or text[toks[i][1]:toks[i][1] + 2].strip()[:1].isdigit()
                    or (i + 1 < n and toks[i + 1][2] in ("ayı", "ayında", "ayından", "ayının", "ayına", "ayı'nda"))):
                i += 1  # a Turkish date: "8 Aralık 2024", "Kasım 2015", "Kasım ayında" (not the towns Aralık, Kasım)
                continue
            if w == "Sur" and best_j - i == 1 and i + 1 < n and toks[i + 1][2] in ("la", "le", "les", "l", "un", "une") \
                    and text[toks[i][1]:toks[i + 1][0]] in (" ", "'", "’"):
                i += 1  # French "on": "Sur la rive est", not Tyre (Sur) nor Diyarbakır's Sur
                continue
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and _tr_lower(w) in _TR_WEEKDAYS and (
                    text[max(0, toks[i][0] - 2):toks[i][0]].strip()[-1:].isdigit()
                    or (i + 1 < n and toks[i + 1][2].startswith(_TR_DAY_PARTS))):
                i += 1  # a Turkish weekday after a date or before a part of the day: "22 Temmuz 2015 Çarşamba
                continue  # sabahı", "Pazar öğle saatlerinde" (not the towns Çarşamba, Pazar)
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and w.endswith(_TR_PLACE_CASE) and (
                    i == 0 or _SENT_END.search(text[max(0, toks[i][0] - 3):toks[i][0]])) \
                    and text[toks[i][1]:toks[i][1] + 1] not in ("'", "’") and not self._literal(best_key, w):
                # opening a Turkish sentence, a word in the locative or the ablative, which a name takes after an
                # apostrophe: "Günde 450 bin varil" (a day), "Kararda" (in the ruling) are no Gonda, no Karrada
                i += 1
                continue
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and _tr_lower(w) in _TR_WORDS and (
                    i == 0 or _SENT_END.search(text[max(0, toks[i][0] - 3):toks[i][0]])
                    or text[toks[i][0] - 1] in "\"“«") \
                    and text[toks[i][1]:toks[i][1] + 1] not in ("'", "’"):
                # opening a Turkish sentence or a quotation, a word: "İki gün sonra" (two days later) is no Iki in
                # Japan (a name takes its case ending after an apostrophe: "Ordu'da")
                i += 1
                continue
            if ku_letter and best_j - i == 1 and cap[i] and _ku_day(w):
                i += 1  # a Kurmanji day of the week: "roja Şemiyê" (on Saturday) is no Semi
                continue
            if ku_letter and best_j - i == 1 and w.rstrip("êa").lower() in _KU_MONTHS and (
                    (i > 0 and toks[i - 1][2].lower() == "meha")
                    or re.search(r"\d+(?:ê|an)?\s*$", text[max(0, toks[i][0] - 8):toks[i][0]])
                    or re.match(r"\s+\d{4}\b", text[toks[i][1]:toks[i][1] + 6])
                    or (i > 0 and toks[i - 1][2] == "di" and i + 1 < n and toks[i + 1][2] == "de")
                    or (i > 0 and toks[i - 1][2] == "ê" and i + 1 < n and toks[i + 1][2] == "de")):
                i += 1  # a Kurmanji month: "di meha Sibatê de" (in February), "8ê Adarê" (8 March), "Gulan 2025",
                continue  # "di Kanûnê de" (in December), "di nîvê duyem ê Sibatê de" (in the second half of February)
            if best_j - i == 1 and (w in _DE_COMMON_CAPS or (
                    w in ("Mitte", "Anfang", "Ende") and i + 1 < n and toks[i + 1][2] in _DE_MONTHS) or (
                    # (a compass noun after an adjective: "im kurdischen Norden", the Kurdish north, not Norden)
                    w in _DE_COMPASS_NOUNS and i > 0 and toks[i - 1][2][:1].islower()
                    and toks[i - 1][2].endswith(("en", "er", "es"))) or (i > 0 and (
                    toks[i - 1][2].lower() in _DE_POSSESSIVES
                    or (i > 1 and toks[i - 1][2] in _DE_TIME_ADJECTIVES and toks[i - 2][2] in _DE_ARTICLES))
                    and text[toks[i - 1][1]:toks[i][0]] == " ")) and _is_german(text):
                i += 1  # a German word capitalised as a noun or opening a sentence: "Meine Kinder", "Orte", "Namen",
                continue  # and a noun after a possessive or a time's adjective: "an ihrer Seite", "der vergangenen Woche"
            if region_nouns and best_j - i == 1 and not arab[i] and self._hamlet_alias(best_key) \
                    and _region_list_follows(text, toks, best_j):
                i = best_j  # a region a hamlet's other name recalls: "Metina, Zap ve Avaşin bölgelerinde", "the Zap area"
                continue
            if turkish and best_j < n and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and toks[best_j][2].startswith(_TR_STREETS):
                i = best_j + 1  # a street or a square named after a place: "İstiklal Caddesi", "Kızılay Meydanı"
                continue
            if turkish and best_j < n and toks[best_j][2][:1].islower() and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and toks[best_j][2].startswith(_TR_PRODUCE):
                i = best_j  # a food or a ware named after its town: "Şam tatlısı", "Antep fıstığı", "Halep sabunu"
                continue
            if i > 0 and toks[i - 1][2] in ("Little", "Küçük") and text[toks[i - 1][1]:toks[i][0]] == " ":
                i = best_j  # a neighbourhood's nickname: "Little Kurdistan" in Nashville, "Little Ramallah"
                continue
            if best_j - i == 1 and w in _DE_COMPASS_NOUNS and i > 0 and toks[i - 1][2] in _DE_COMPASS_BEFORE:
                i += 1  # German "nach Norden" (northwards), "im Osten": no town Norden
                continue
            if turkish and best_j - i == 1 and _tr_lower(w) in _TR_COMPASS and i + 1 < n and adj[i] and cap[i + 1]:
                i += 1  # a Turkish point of the compass before a place: "Güney Lübnan" (south Lebanon), "Kuzey Irak"
                continue
            if turkish and toks[best_j - 1][2] == "Genel" and best_j < n and _tr_lower(toks[best_j][2]).startswith(
                    _TR_GENERAL_OF):
                i = best_j  # "Eş Genel Başkanı" (co-chair), "Genel Kurmay" (the General Staff): no hamlet Genel
                continue
            if best_j - i == 1 and models and best_key in models:
                i += 1  # a vehicle's model named again: "a Dodge Durango ... the Durango pulled up"
                continue
            if w == "Hit" and best_j - i == 1 and _BY_AFTER.match(text, toks[i][1]) and (
                    i == 0 or _SENT_END.search(text[max(0, toks[i][0] - 3):toks[i][0]])):
                i += 1  # the verb opening a sentence: "Hit repeatedly by rockets, the base ..." (not the town of Hit)
                continue
            if best_j - i == 1 and _ACRONYM_PLURAL.match(w):
                i += 1  # "CEOs", "NGOs": an acronym's plural, not a folded place name
                continue
            if best_j - i == 1 and (best_key in _STOP_KEYS or best_key in _GIVEN_KEYS) and not self._bears(best_key, w) \
                    and not _subdistrict_at(toks, adj, best_j) and not feature_named:
                # "Moss", "Rashid": a common word or given name that only folds to a place's name
                if self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                    add_local(i, best_key)
                i += 1
                continue
            if best_j - i == 1 and not arab[i] and self._strong(best_key) and _inside_proper_noun(text, toks, folded, cap, adj,
                                                                                  masked, i, self._eligible):
                i += 1  # "the Acme Turkey Hotline": a place name inside a longer proper noun
                continue
            # a single capitalized common word that also appears in lower case in this text is not a place
            if best_j - i == 1 and not arab[i] and not self._strong(best_key):
                if lower_words is None:
                    lower_words = _lower_words(text)
                if w.lower() in lower_words or (w.isupper() and len(w) >= 2 and w not in ABBREVIATIONS
                                                 and not w[-1:].isdigit()  # (a code: "the T4 and Hama air bases")
                                                 and not _dateline(text, toks, i, best_j)):
                    if not w.isupper() and self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                        add_local(i, best_key)  # "retook Hit" in a text that also says "hit", if the geography agrees
                    i += 1
                    continue
                # part of a longer capitalised name ("Taco Bell", "Blue Jays", "Taylor Street", "Darren Ripley"),
                # unless a Turkish case ending marks the word as a name of its own ("Kuvvetleri Afrin'e")
                if kurmanji is None:
                    kurmanji = "ê" in text and is_kurmanji(text)
                # (not a German compound of a name and a feature's noun: "die Castello-Straße" is the road)
                if i not in noun_after and _in_name_run(text, toks, folded, cap, adj, masked, i, self._strong,
                                                        self._covered, kurmanji) and not (
                        turkish and text[toks[i][1]:toks[i][1] + 1] in ("'", "’")):
                    if i > 0 and adj[i - 1] and cap[i - 1] and toks[i - 1][2] not in ("The", "A", "An"):
                        surnames.add(best_key)  # "Mert Altintas": later "Altintas" alone is the same person
                        # (not after "The": "The Sinjar Resistance Units guarded Sinjar")
                    i += 1
                    continue
                if best_key in surnames and not (
                        best_j - i == 1 and any(c[1] == "locality" and c[3] in _MINOR_COUNTRIES and not c[8]
                                                for c in self._candidates(best_key, ()))
                        and _place_like_context(text, toks, i, self._eligible, self._covered)):
                    # (a town that gave a commander his name is still the town in a list or with a cue: "Mazlum
                    # Kobani ... Kobani ve Münbiç çevresindeki mevziler")
                    i += 1
                    continue
            if best_j - i <= 2 and i > 0 and ((toks[i - 1][2].lower() in _SHIP_NOUNS
                                     and text[toks[i - 1][1]:toks[i][0]] in (" ", " «", ' "', " „"))
                                    or (i > 1 and toks[i - 2][2].lower() in _SHIP_NOUNS
                                        and (cap[i - 1] or toks[i - 1][2] in _EU_DEMONYMS)
                                        and text[toks[i - 2][1]:toks[i][0]] == " " + toks[i - 1][2] + " ")):
                i = best_j
                continue  # a ship named after a city: "the cruiser Moskva", "le croiseur Moskva" (or after a
                # navy's adjective: "el buque estadounidense San Antonio", "la fregata russa Ammiraglio Essen")
            if (i > 0 and adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] == " "
                    and ((toks[i - 1][2].lower() in _NAMED_THING and not self._strong(best_key))
                         or toks[i - 1][2] in _TYPE_NOUNS)):
                i = best_j
                continue  # "the Turkish company Kolin", "the filly Epiphaneia", "Raketen vom Typ Milan": that
                # thing's name
            if (best_j + 1 < n and toks[best_j][2] == "provincial" and toks[best_j + 1][2] in ("council", "councils")
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " ") \
                    or (i > 0 and toks[i - 1][2].endswith("kommando") and text[toks[i - 1][1]:toks[i][0]] == " "):
                i = best_j
                continue  # an institution named for a province or a river: "the Salahuddin provincial council",
                # "das Einsatzkommando Tigris"
            if (i > 1 and toks[i - 1][2] in _KIN and not self._strong(best_key)
                    and toks[i - 2][2].lower() in ("his", "her", "their", "my", "our", "your", "whose")
                    and ((adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] == " ")
                         or (text[toks[i - 1][1]:toks[i][0]] == ", "
                             and text[toks[best_j - 1][1]:toks[best_j - 1][1] + 1] == ","))):
                i = best_j
                continue  # "his brother Tyler", "her son Mason", "his father, Safi,": a person
            if i > 0 and toks[i - 1][2] in _FEATURE_BEFORE and text[toks[i - 1][1]:toks[i][0]] == " " \
                    and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]):
                i = best_j
                continue  # "Mount Rogers", "Lake Winnipesaukee": a mountain or lake the gazetteer lacks, not the town
            if best_j < n and toks[best_j][2] in _FEATURE_AFTER and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and self._candidates(best_key, ("admin1", "country")) \
                    and not self._candidates(best_key, ("locality",)):
                i = best_j + 1
                continue  # "the Ohio River", "Kentucky Lake": a river or lake named after a state, not the state
            if _piece_of_longer_name(text, toks, folded, cap, adj, masked, i, best_j, self._strong(best_key)):
                i = best_j
                continue  # "Karm al-Zeitoun" is not al-Zeitoun, nor "Bab al-Nairab" al-Bab
            if best_key == "duma" and i > 0 and toks[i - 1][2] in _ROMANCE_FEMININE:
                i = best_j  # "les élus de la Douma", "la Duma": the parliament, which French, Spanish and Italian
                continue  # write with the article a town takes none of
            if best_key == "duma" and toks[best_j - 1][2].lower() == "duma":
                # the Russian parliament unless the text is about Syria and not about parliaments;
                # "the Duma" with an article, or Moscow/Russia right beside it, is the parliament
                # (spelt "Douma" it is always the town)
                ctx = text[max(0, toks[i][0] - 250): toks[best_j - 1][1] + 250]
                near = text[max(0, toks[i][0] - 40): toks[best_j - 1][1] + 40]
                article = i > 0 and adj[i - 1] and toks[i - 1][2].lower() == "the"
                # (a town's noun before it names the town: "en büyük kenti Duma'daki", the biggest town, Douma)
                town = i > 0 and toks[i - 1][2].lower() in _DUMA_TOWN_NOUNS
                if not town and (article or _DUMA_NEAR.search(near) or _PARLIAMENT_CUES.search(ctx)
                                 or not _about(text, "SY")):
                    i = best_j
                    continue
            if best_j - i == 1 and not arab[i] and not self._strong(best_key) and not self._regional(best_key) \
                    and _speaker(text, toks, i):
                if _after_initial(text, toks, i):
                    surnames.add(best_key)  # the same person when named again ("Eggers shot Bell")
                i += 1  # "Robertson said", "said Noma.": a person speaking (but "Damascus said": its government)
                continue
            if best_j - i == 1 and i > 0 and toks[i - 1][2].lower() in _DE_DEFINITE \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and not arab[i] and i not in noun_after \
                    and not (i > 1 and text[toks[i - 2][1]:toks[i - 1][0]] == ", " and toks[i - 1][2].lower() != "des") \
                    and _de_definite(text) and _is_german(text) and not self._candidates(best_key, ("country", "admin1", "admin2", "region")):
                i += 1  # German: a town's name after the definite article is a noun ("Die Lage", the situation);
                continue  # countries and regions take it ("die Türkei", "den Libanon"), and features ("den
                # Maydanki-Staudamm"); after a comma it is a relative pronoun ("Milizen, die Teheran finanziert")
            if i > 0 and toks[i - 1][2][:1].isupper() and toks[i - 1][2][1:].islower() \
                    and toks[i - 1][2].lower().endswith(_DE_BODY_NOUN_ENDS) and text[toks[i - 1][1]:toks[i][0]] == " " \
                    and not arab[i] and _is_german(text):
                # German: a body's noun names the body after it ("die Nachrichtenagentur Dicle", "die Miliz Liwa
                # al-Quds"), no place of the name
                i = max(best_j, i + 1)
                continue
            if best_j == i + 1 and i > 0 and (toks[i - 1][2] in _ROMANCE_NAMING_NOUNS or (
                    toks[i - 1][2][1:2] in ("'", "’") and toks[i - 1][2][2:] in _ROMANCE_NAMING_NOUNS)) \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and not arab[i] and _ROMANCE_QUICK.search(text) \
                    and not any(c[3] in _MINOR_COUNTRIES and c[1] != "country" for c in self._candidates(best_key, ())):
                i += 1  # a French, Spanish or Italian facility named after a place abroad: "l'hôpital Palestine", "la
                continue  # rotatoria Panorama" (a town of Syria, Iraq or Turkey stays: "le pont Bagdad" is rare)
            if w in ("Essen", "Reis") and best_j - i == 1 and i > 0 and (w == "Reis" or toks[i - 1][2].islower()) \
                    and toks[i - 1][2] not in _DE_PLACE_BEFORE and _is_german(text):
                i += 1  # German: food ("an Essen, Wasser und Decken", "verteilen Essen", "füllen Reis"), not the city
                continue  # after a preposition of place ("in Essen", "aus Essen")
            if best_j - i == 1 and w.lower() in _PARTICLES and best_j < n and adj[i] and cap[best_j]:
                i += 1  # "Van Dorn", "De Gaulle": a name particle
                continue
            kinds = None
            feature_read = False
            si, sj = i, best_j
            if is_approx and i > 0 and not folded[i - 1] and toks[i - 1][2].lower() in ARTICLES \
                    and text[toks[i - 1][1]:toks[i][0]] == "-":
                si = i - 1  # the article written onto a variant spelling is part of the mention: "al-Hadher"
            if best_j < n and best_j - 1 in noun_after and folded[best_j - 1] == best_key:
                # "Zaviye Dağı", read as Jabal al-Zawiya above, "Tischrin-Staudamm" as the Tishrin Dam: the feature's
                # noun is the name's
                kinds = ("region", "site") if best_key.startswith("jbl ") else None
                sj = best_j + (2 if best_j - 1 in two_word_noun else 1)
            elif i > 0 and (shrine or toks[i - 1][2].lower() in _ROMANCE_FEATURE_PREV) \
                    and (feature := self._romance_feature(text, toks, i, best_j, folded)) is not None:
                # "la diga di Mosul", "la presa de Tishrin", "il Monte Sinjar": the site or region the English name
                # of the feature gives ("Mosul Dam"), not the town; the noun is part of the name ("diga di Mosul" is
                # no one-word name)
                best_key, si = feature
                feature_read = True
            elif i > 0 and (forms := _DE_FEATURE_BEFORE.get(toks[i - 1][2].lower())) is not None \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and _is_german(text) \
                    and (key := self._site_key(forms, text[toks[i][0]:toks[best_j - 1][1]])) is not None:
                # the German noun of a site before its name: "der Militärflughafen Nairab" is the Nayrab air base
                best_key, si = key, i - 1
                feature_read = True
            # "X province", "rural X", "X countryside"
            elif best_j < n and adj[best_j - 1] and toks[best_j][2].lower() in _ADMIN_SUFFIX and not masked[best_j]:
                if i > 0 and cap[i - 1] and adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] == " " \
                        and not arab[i] and _unknown_word_before(
                            text, toks, folded, i, self._eligible):
                    i = best_j + 1  # "Chahar Dara district" is no "Dara district": its name's first word comes first
                    continue
                kinds = _ADMIN_SUFFIX[toks[best_j][2].lower()]
                sj = best_j + 1
            elif best_j < n and toks[best_j][2] == "City" and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and not masked[best_j] and not (best_j + 1 < n and adj[best_j] and (
                        cap[best_j + 1] or toks[best_j + 1][2] in _FACILITY or toks[best_j + 1][2] in _CITY_OFFICE)) \
                    and self._candidates(best_key, ("locality",)):
                # (not "Paris City Hall", "London City airport", "the Los Angeles City council": an office or a site)
                kinds = ("locality",)  # "Quebec City", "Idlib City": the city of the name, not its province
                sj = best_j + 1
            elif best_j < n and toks[best_j][2] in ("village", "town") and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and self._candidates(best_key, ("locality",)):
                kinds = ("locality",)  # "the al-Aqar village": a village of the name, not a province (Akkar)
            elif best_j + 1 < n and toks[best_j][2] == "border" and toks[best_j + 1][2] in ("gate", "post", "point") \
                    and adj[best_j - 1] and adj[best_j] and self._candidates(f"{best_key} {_BORDER_CROSSING}", ()):
                # "the Ibrahim Khalil border gate": the crossing the data holds as "X border crossing", not a
                # village of the name
                best_key = f"{best_key} {_BORDER_CROSSING}"
                sj = best_j + 2
            elif best_j + 2 < n and adj[best_j - 1] and [t[2].lower() for t in toks[best_j:best_j + 3]] == [
                    "de", "escalation", "zone"] and text[toks[best_j][1]:toks[best_j + 1][0]] in ("-", "‑"):
                kinds = ("admin1", "admin2", "region")  # "the Idlib de-escalation zone"
                sj = best_j + 3
            elif _subdistrict_at(toks, adj, best_j):
                # "Dana sub-district", "Maarat al-Numan nahiya": the gazetteer has no third-level areas, so the
                # town that gives the sub-district its name (a given name such as Dana counts there)
                kinds = ("locality",)
                sj = best_j + _subdistrict_at(toks, adj, best_j)
            elif i > 0 and adj[i - 1] and toks[i - 1][2].lower() in _ADMIN_PREFIX \
                    and self._candidates(best_key, _ADMIN_PREFIX[toks[i - 1][2].lower()]):
                # (where no area bears the name, the town's: "rural Kafranbel", "ريف كفرنبل")
                kinds = _ADMIN_PREFIX[toks[i - 1][2].lower()]
                si = i - 1
                if (whole := f"{fold_token(toks[i - 1][2])} {best_key}") in self.gz._keys \
                        and self._candidates(whole, kinds):
                    # the prefix and the name are a division's own name: "rural Damascus" is Rif Dimashq, the
                    # governorate round the city, not the city's own governorate
                    best_key = whole
            elif i > 0 and toks[i - 1][2].lower() in ("çemê", "rûbarê") and text[toks[i - 1][1]:toks[i][0]] == " " \
                    and self._candidates(best_key, ("region",)):
                kinds = ("region",)  # Kurmanji "çemê Dîcleyê", the river Tigris (not Dicle district)
                si = i - 1
            elif i > 0 and toks[i - 1][2].lower() in _ROMANCE_ADMIN and text[toks[i - 1][1]:toks[i][0]] in (" d'", " d’") \
                    and self._candidates(best_key, _ROMANCE_ADMIN[toks[i - 1][2].lower()]):
                kinds = _ROMANCE_ADMIN[toks[i - 1][2].lower()]  # French: "la province d'Idleb"
                si = i - 1
            elif i > 1 and toks[i - 1][2] == "de" and toks[i - 2][2].lower() in _ROMANCE_ADMIN \
                    and text[toks[i - 2][1]:toks[i][0]] == " de " \
                    and self._candidates(best_key, _ROMANCE_ADMIN[toks[i - 2][2].lower()]):
                # "la province de Hama", "la provincia de Alepo" (where there is such an area: "la région de
                # Palmyre" is the town's surroundings)
                kinds = _ROMANCE_ADMIN[toks[i - 2][2].lower()]
                si = i - 2
            elif i > 2 and toks[i - 1][2] == "of" and toks[i - 2][2] in _OF_ADMIN \
                    and text[toks[i - 2][1]:toks[i][0]] in (" of ", " of the ") \
                    and (toks[i - 3][2].lower() == "the" or not toks[i - 2][2].startswith("district")) \
                    and self._candidates(best_key, _OF_ADMIN[toks[i - 2][2]]):
                # "the province of Idlib", "the provinces of Hama, Idlib and Latakia", "the district of Tal Afar"
                # (not "the Sur district of Diyarbakir", "the eastern districts of Aleppo": quarters of a city)
                kinds = _OF_ADMIN[toks[i - 2][2]]
                if toks[i - 2][2].endswith("s"):
                    plural_of.add(len(found))
            elif (i > 1 and adj[i - 1] and adj[i - 2] and toks[i - 1][2].lower() in _DIRECTIONS
                  and toks[i - 2][2].lower() in _ADMIN_PREFIX and not masked[i - 1]):
                kinds = _ADMIN_PREFIX[toks[i - 2][2].lower()]  # "rural northern Homs"
                si = i - 2
            elif (i > 0 and adj[i - 1] and toks[i - 1][2].lower() in _DIRECTION_ADJ and not masked[i - 1]
                  and text[toks[i - 1][1]:toks[i][0]] == " " and self._syrian_governorate(best_key)):
                # "northern Hama", "southern Idleb": in Syrian reporting, that part of the governorate
                kinds = ("admin1", "admin2", "region")
            if kinds and si > 0 and adj[si - 1] and toks[si - 1][2].lower() in _DIRECTIONS and not masked[si - 1]:
                si -= 1  # "northern Hama countryside", "northern Hama"
                if si > 0 and toks[si - 1][2].lower() in ("north", "south") \
                        and text[toks[si - 1][1]:toks[si][0]] in _HYPHENS \
                        and toks[si][2].lower().startswith(("east", "west")):
                    si -= 1  # "the north-western Aleppo countryside": its north-west, not its west
            if is_sited:
                sited.add(len(found))
            if is_approx:
                approx.add(len(found))
                if tied:
                    approx_tied[len(found)] = tied
            found.append((si, sj, best_key, kinds, si if feature_read else i, best_j))
            i = sj
        # "the provinces of Hama, Idlib and Latakia": each name of the list after the plural is an area
        for k in sorted(plural_of):
            kinds = found[k][3]
            for k2 in range(k + 1, len(found)):
                f, prev = found[k2], found[k2 - 1]
                if f[2] is None or f[3] is not None or f[1] != f[5] \
                        or not _LIST_GAP.fullmatch(text, toks[prev[1] - 1][1], toks[f[0]][0]) \
                        or not self._candidates(f[2], kinds):
                    break
                found[k2] = (f[0], f[1], f[2], kinds, f[4], f[5])
        # "the Idlib and Hama countryside", "Aleppo, Idlib and Hama provinces": each name of the list is an area
        carry, after = None, -1
        for k in range(len(found) - 1, -1, -1):
            f = found[k]
            if f[3] is not None and f[1] > f[5] and toks[f[1] - 1][2].lower() in _SHARED_SUFFIX:
                carry, after = f[3], f[0]
            elif carry is not None and f[2] is not None and f[3] is None and f[1] == f[5] \
                    and text[toks[f[1] - 1][1]:toks[after][0]] in (" and ", ", ", ", and ", " & ") \
                    and self._candidates(f[2], carry):  # (a town's countryside stays the town: "Kafr Zita and ...")
                found[k] = (f[0], f[1], f[2], carry, f[4], f[5])
                after = f[0]
            else:
                carry = None
        # "the Hama-Idlib border": two first-level divisions that meet, where both names are such divisions
        for k in range(len(found) - 1):
            a, b = found[k], found[k + 1]
            if a[2] is not None and b[2] is not None and a[3] is None and b[3] is None and a[1] == a[5] \
                    and b[1] == b[5] and b[1] < n and text[toks[a[1] - 1][1]:toks[b[0]][0]] in (*_HYPHENS, "/") \
                    and toks[b[1]][2].lower() in _BORDER_WORDS \
                    and self._candidates(a[2], ("admin1",)) and self._candidates(b[2], ("admin1",)):
                found[k] = (*a[:3], _BORDER_KINDS, *a[4:])
                found[k + 1] = (*b[:3], _BORDER_KINDS, *b[4:])
        if any(w in text for w in _LOWER_GENERIC_WORDS):
            found, moved = self._lower_generic(text, toks, found, masked)
            if moved is not None:  # (the sets index ``found``: where a generic name went in, the others moved on)
                approx, local, sited = ({moved[k] for k in ks} for ks in (approx, local, sited))
                approx_tied = {moved[k]: v for k, v in approx_tied.items()}
        return self._on_courses(text, self._resolve_all(text, toks, found, approx, doc_cc, local, approx_tied, sited))

    def _unmask_shrines(self, text: str, toks, masked) -> None:
        """Clear the mask of a person's name after a shrine's noun in lower case where the gazetteer holds the
        shrine: "the shrine of Imam Hussein" (the saint's shrine, read as a feature)."""
        at = {t[0]: k for k, t in enumerate(toks)}
        for m in _SHRINE_OF.finditer(text):
            k = at.get(m.end())
            if k is None or not masked[k]:
                continue
            e = k
            while e < len(toks) and masked[e] and (e == k or toks[e][0] - toks[e - 1][1] <= 1):
                e += 1
            forms = _FEATURE_EN[m.group(1).lower()].split("|")
            if self._site_key(forms, text[toks[k][0]:toks[e - 1][1]]) is not None:
                for x in range(k, e):
                    masked[x] = 0

    def _unmask_longer_sites(self, toks, folded, adj, masked, prefixes) -> None:
        """Clear the mask of an organisation's or a person's name that opens a longer name of a curated site or
        region: "King Hussein Air Base" (not the king), "Zeytin Dalı Sınır Kapısı" (the border gate, not the
        operation)."""
        n = len(toks)
        k = masked.find(1)
        while k >= 0:
            e = masked.find(0, k)
            if e < 0:
                e = n
            if folded[k] not in prefixes:  # (most: no longer name opens there)
                k = masked.find(1, e)
                continue
            parts: list[str] = []
            longer = False
            for j in range(k, min(n, k + 8)):
                if (j > k and not adj[j - 1]) or (j >= e and masked[j]):
                    break
                if folded[j]:
                    parts.append(folded[j])
                    key = " ".join(parts)
                    if j >= e and any(not self.gz.is_user(r) and self.gz._row(r)[F_SRC] == "curated"
                                      and self.gz._row(r)[F_KIND] in ("site", "region") for r in self._eligible(key)):
                        longer = True
                    if key not in prefixes:
                        break
            if longer:
                masked[k:e] = bytes(e - k)
            k = masked.find(1, e)

    def _lower_generic(self, text: str, toks, found: list, masked) -> tuple[list, dict[int, int] | None]:
        """``found`` with the generic names of a town's part written in lower case ("the old city", "la vieille
        ville", "المدينة القديمة", "the citadel"), which resolution keeps only where the town the text names holds
        a place of that name; and where each earlier entry went (``None`` if none was added)."""
        at = {t[0]: k for k, t in enumerate(toks)}
        taken = {k for f in found for k in range(f[0], f[1])}
        added = []
        for m in _LOWER_GENERIC.finditer(text):
            i = at.get(m.start())
            j = next((k + 1 for k in range(i, min(i + 3, len(toks))) if toks[k][1] == m.end()), None) \
                if i is not None else None
            if j is None or masked[i] or not taken.isdisjoint(range(i, j)):
                continue
            key = fold(m.group())
            added.append((i, j, _OLD_CITY_KEY if key in _OLD_CITY_KEYS else key, None, i, j))
        if not added:
            return found, None
        order = sorted(range(len(found) + len(added)), key=lambda k: (found + added)[k][0])
        moved = {k: pos for pos, k in enumerate(order) if k < len(found)}
        return [(found + added)[k] for k in order], moved

    def _site_key(self, forms, name: str) -> str | None:
        """The key of the first of the English names ``forms`` ("{} air base", ...) the gazetteer holds for ``name``
        ("Nairab": "nayrab ayr basa"), or ``None``."""
        for form in forms:
            key = fold(form.format(name))
            if key and self._candidates(key, None):
                return key
        return None

    def _romance_feature(self, text: str, toks, i: int, j: int, folded) -> tuple[str, int] | None:
        """(key, first token) of the feature a French, Spanish or Italian noun before the name at tokens
        ``i``..``j`` names, where the gazetteer has it under its English name ("la diga di Mosul": the Mosul Dam);
        the name as written, or as the text's words were read (``folded``: "le barrage de Tichrine", Tishrin)."""
        m = _ROMANCE_FEATURE_BEFORE.search(text, max(0, toks[i][0] - 40), toks[i][0])
        if m is None:
            return None
        noun = " ".join(m.group("noun").lower().split())
        forms = _FEATURE_EN.get(noun) or _FEATURE_EN[noun.split()[0]]  # ("campo petrolífero"; "base aérea": "base")
        name = text[toks[i][0]:toks[j - 1][1]]
        read = " ".join(f for f in folded[i:j] if f)
        for form in forms.split("|"):
            before, _, after = form.partition("{}")
            for key in (fold(form.format(name)), " ".join(filter(None, (fold(before), read, fold(after))))):
                if key and self._candidates(key, None):
                    k = i
                    while k > 0 and toks[k - 1][1] > m.start("noun"):
                        k -= 1  # (to the word holding the noun: "l'aeroporto di Aleppo")
                    return key, k
        return None

    def _curated(self, row: int) -> bool:
        """Whether the shipped row ``row`` is a curated entry."""

        return not self.gz.is_user(row) and self.gz._row(row)[F_SRC] == "curated"

    def _course_of(self, row: int) -> tuple[tuple[float, float], ...] | None:
        """The course of the curated river at ``row`` (``None`` for any other place)."""
        r = self._courses.get(row, False)
        if r is False:
            r = None
            if not self.gz.is_user(row):
                p = self.gz.place(row)
                if p.source == "curated" and p.kind == "region":
                    r = self.gz.course(p.id)
            self._courses[row] = r
        return r

    def _on_courses(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Put each mention of a river the gazetteer holds the course of on that course, at the point nearest the
        places named beside it: in its sentence, else in the whole text ("the Euphrates near Albu Kamal" is the
        river at Albu Kamal, not at Raqqa, where its representative point lies). Towns and sites count first, then
        districts and provinces; a river named far (over 150 km) from every one of them keeps its point."""
        gz = self.gz
        rivers = [k for k, m in enumerate(mentions) if m.place is not None and m.place.kind == "region"
                  and m.place.source == "curated" and gz.course(m.place.id)]
        if not rivers:
            return mentions
        out = list(mentions)
        for k in rivers:
            m = mentions[k]
            course = gz.course(m.place.id)
            s0, s1 = _sentence_bounds(text, m.start)
            anchors: list[tuple[float, float]] = []
            for kinds in (("locality", "site"), ("admin2", "admin1")):
                for inside in (True, False):
                    anchors = [(x.place.lon, x.place.lat, abs(x.start - m.start)) for j, x in enumerate(mentions)
                               if j != k and x.place is not None and x.place.kind in kinds
                               and (not inside or s0 <= x.start < s1)]
                    if anchors:
                        break
                if anchors:
                    break
            if not anchors:
                continue
            # (of places along it, the one named nearest: "the M5 near Khan Shaykhun ... Saraqib" is at Khan Shaykhun)
            lon, lat, km = min(((*_on_line(course, a[:2]), a[2]) for a in anchors),
                               key=lambda t: (round(t[2] / 10.0), t[3]))[:3]
            if inside and len(anchors) > 1:
                # (but the towns of its sentence that lie along it over more than 150 km of it mark a stretch, and the
                # mention is its middle: "the M5 between Damascus and Aleppo", "the Euphrates from Raqqa to Albu
                # Kamal", not the end named nearest)
                along = sorted(_along_line(course, a[:2]) for a in anchors if _on_line(course, a[:2])[2] <= 30.0)
                if len(along) > 1 and along[-1] - along[0] > 150.0:
                    lon, lat = _at_along(course, (along[0] + along[-1]) / 2)
                    km = 0.0
            if km <= 150.0:
                # (and in the country that point lies in: the Euphrates at Nasiriyah is in Iraq)
                cc = country_of(lon, lat) or m.place.country
                where = {"country": cc, "admin1": ""} if cc != m.place.country else {}
                out[k] = dataclasses.replace(m, place=dataclasses.replace(
                    m.place, lon=round(lon, 5), lat=round(lat, 5), **where))
        return out

    def _turkish_demonym(self, w: str) -> str | None:
        """The country of a Turkish word made of its Turkish name and "-lı" (in any vowel, plural or case):
        "Azerbaycanlı", "Pakistanlılar", "Afganistanlıların"."""
        m = _TR_DEMONYM_END.search(w)
        if m is None or m.start() < 3:
            return None
        stem = w[:m.start()]
        for c in self._candidates(fold_token(stem), ("country",)):
            if self._literal_row(c[0], stem):
                return c[3]
        return None
