"""Choosing one reading for each name found: importance, the countries the text is about, proximity."""

from __future__ import annotations

import bisect
import math
import re

from ..fold import fold, fold_token, opens_arabic
from ..resolve import ARAB_COUNTRIES
from .context import (
    _accented, _ar_noun_in, _ar_settlement_named, _arabic_article, _arabic_place_context, _ayn_opens, _dateline,
    _german_noun_before, _hamza_closes, _has_article, _is_german, _names_actor, _near_bonus, _place_like_context,
    _sentence_bounds, _site_noun_follows, _speaker, _tr_quarter_follows, _turkish_prose,
)
from .cues import (
    _AR_QUARTER_NOUNS, _AR_SETTLEMENT_NOUN, _CONTEXT_CUES, _CUES_BEFORE, _GENERIC_KEYS, _GIVEN_KEYS, _MINOR_COUNTRIES,
    _LISTED_TOWN_W, _OLD_CITY_KEY, _OLD_CITY_KEYS, _QUARTER_NOUNS, _RENAMED_W, _STOP_KEYS, _SUBDISTRICT_WORDS,
    _FRENCH_QUICK, _ROMANCE_QUICK, _TURKISH_LETTERS, _UMLAUTS,
)
from .lines import _nearest_km, _on_line
from .masking import _LIST_JOINS
from .mention import Mention
from .names import _AR_SPEECH_BEFORE, _ASKING_VERBS, _GOVERNMENT_VERBS, _SPEECH_VERBS
from .patterns import (
    _ACTOR_W, _ALIAS_BEFORE, _ALIAS_GAP, _ARTICLE_LANDS, _BEARING_OF, _CALLS_GAP, _CTX_W, _IN_COUNTRY_GAP,
    _IN_DIVISION_GAP, _IN_OR_NEAR, _LATIN_ARTICLES, _LIST_GAP, _LOCAL_SPAN, _LOCAL_W, _QUALIFIER_GAP, _SENTENCE_BREAK,
    _SENT_END, _SETTLEMENT_APPOSITION, _VILLAGE_BEFORE, _WASHINGTON_KEY, _WHICH_GAP,
)
from .vocabulary import _AR_WORD_TOWNS, _DE_ARTICLES, _DE_NOUN_ENDS

#: nouns of a city's quarter before "of" and its name ("the district of al-Shuhada")
_QUARTER_OF = frozenset("district quarter neighbourhood neighborhood".split())
#: German definite articles that open a relative clause after a comma ("Milizen, die Teheran finanziert")
_DE_RELATIVE = frozenset("die der das dem den".split())
#: between a place and a country: "X, on the border with Iraq", "X, near the Iraqi border" is not this (a demonym),
#: "X, en la frontera con Irak", "X, à la frontière avec l'Irak", "X, sulla frontiera con l'Iraq", "X an der Grenze zum
#: Irak"
_BORDER_WITH = re.compile(r",?[ \t]+(?:(?:on|near|by|at|along)[ \t]+the[ \t]+(?:border|frontier)[ \t]+with"
                          r"|en[ \t]+la[ \t]+frontera[ \t]+con|(?:à|près[ \t]+de)[ \t]+la[ \t]+frontière[ \t]+avec"
                          r"|sulla[ \t]+frontiera[ \t]+con|(?:an|nahe)[ \t]+der[ \t]+Grenze[ \t]+zu[mr]?)"
                          r"(?:[ \t]+(?:the|l['’]|le|la))?[ \t]*")
#: the same nouns and "of" in French, Spanish and Italian ("le quartier de Hamdaniyé", "el barrio de", "il quartiere di")
_QUARTER_OF_ROMANCE = frozenset("quartier barrio quartiere".split())
_ROMANCE_OF_WORDS = frozenset("de du di del".split())
#: "and" between two names of a list, and Turkish "ile" (and, with: "Sermin ile Binniş arasında")
_LIST_AND = _LIST_JOINS | {"ile"}
#: after a name, the quarter noun of its list: "the Barbaros, Karşıyaka, Nuh and Zap quarters", "Cudi, Sur ve Yafes
#: mahallelerinde"
_QUARTERS_AFTER = re.compile(r"(?:(?:,\s*|\s+(?:and|ve|und|et|y|e)\s+)[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?){0,6}"
                             r"\s+(?:quarters?|neighbou?rhoods?|mahalle\w*)\b", re.IGNORECASE)


def _nearest_km_all(cands, pts) -> float:
    """The distance from the nearest of readings ``cands`` to the nearest of points ``pts`` (lon, lat); infinite
    without points."""
    return min(_nearest_km(c[4], c[5], pts) for c in cands) if pts else math.inf


def _spread_km(cands) -> float:
    """The greatest distance between two of readings ``cands``, roughly (the diagonal of their box)."""
    lons, lats = [c[4] for c in cands], [c[5] for c in cands]
    return _nearest_km(min(lons), min(lats), [(max(lons), max(lats))])


class _Resolution:
    """Choosing one reading for each name found, by importance, the text's countries and proximity (a part of
    :class:`~gazetteer.geoparse.parser.Geoparser`)."""

    def _river_near(self, c, others, each: bool = False) -> float:
        """The proximity bonus of reading ``c`` to the nearest of ``others``: for a river, from its course (a river
        lies near the towns along it: "al-Shaddadi, south of Hasakah on the Khabur" is the Syrian Khabur, whose
        point is its mouth, not the Khabur of Zakho); ``each``: for a river, the mean of its bonuses to each of
        ``others`` (the places of its sentence: "Derik, by the Iraqi border, and Tal Tamr, on the Khabur, in Hasakah
        province" is the Syrian river, though Derik lies nearer the Khabur of Zakho)."""
        line = self._course_of(c[0]) if c[1] == "region" else None
        if line is None:
            return _near_bonus(c[4], c[5], others)
        kms = [_on_line(line, pt)[2] for pt in others]
        if each:
            return sum(30.0 * math.exp(-km / 120.0) for km in kms) / len(kms)
        return 30.0 * math.exp(-min(kms) / 120.0)

    def _resolve_all(self, text, toks, found, approx, doc_cc, local=frozenset(), approx_tied=None,
                     sited=frozenset()) -> list[Mention]:
        gz = self.gz
        breaks: list[int] | None = None

        def sentence_of(pos: int) -> int:
            """Index of the sentence holding character ``pos`` (breaks found once per text)."""
            nonlocal breaks
            if breaks is None:
                breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
            return bisect.bisect_right(breaks, pos)

        # the readings of each name, and the votes of the text's names for the countries it is about
        cands_list, ctx, own, demonym_votes, world_votes, placed, actor_at = self._readings_and_votes(
            text, toks, found, doc_cc, local, approx_tied)
        total = max(sum(ctx.values()), 1.0)
        others_ctx: dict[str, tuple[dict[str, float], float]] = {}

        def ctx_for(key: str) -> tuple[dict[str, float], float]:
            """The country context without the votes of ``key`` itself (a name is no evidence for its own reading)."""
            r = others_ctx.get(key)
            if r is None:
                mine = own.get(key)
                if not mine:
                    r = (ctx, total)
                else:
                    c2 = {cc: v - mine.get(cc, 0.0) for cc, v in ctx.items()}
                    r = (c2, max(sum(c2.values()), 1.0))
                others_ctx[key] = r
            return r
        # first-level divisions the text names (a US state, a Syrian governorate) favour places inside them
        # (not the name's own reading: "Hatay" read as the province is no evidence for Antakya, in Hatay); so do
        # those of the districts it names as such ("the western Sweida countryside": al-Mazraa in Suwayda province)
        actx: dict[str, float] = {}
        actx_own: dict[str, dict[str, float]] = {}
        for k, cands in enumerate(cands_list):
            if cands:
                best = max(cands, key=lambda c: c[2])
                if (best[1] == "admin1" or (best[1] == "admin2" and found[k][3] is not None)) and not best[6]:
                    nm = self._admin1_of(best[0])
                    if nm:
                        actx[nm] = actx.get(nm, 0.0) + 1.0
                        mine = actx_own.setdefault(found[k][2], {})
                        mine[nm] = mine.get(nm, 0.0) + 1.0

        def actx_for(key: str) -> dict[str, float]:
            mine = actx_own.get(key)
            if not mine:
                return actx
            return {nm: v for nm, v in actx.items() if v - mine.get(nm, 0.0) > 0}
        self._drop_unlikely_readings(text, toks, found, cands_list, approx, sited, ctx, ctx_for, actx_for,
                                     sentence_of)
        self._prefer_own_names(found, cands_list, toks)
        self._apply_qualifiers(text, toks, found, cands_list)
        self._standalone_datelines(text, toks, found, cands_list, actx)
        self._narrow_list_to_division(text, toks, found, cands_list)
        # the U.S. states the text names, where it names them: a county, whose point is its state's, lies in the
        # state named last before it in its paragraph ("PARIS, Texas — ... Lamar County"; "JORDAN, Minnesota — A
        # Scott County jury"), when the text names several
        us_states = [(toks[found[k2][0]][0], self._admin1_of(top[0])) for k2, cl in enumerate(cands_list) if cl
                     for top in (max(cl, key=lambda c: c[2]),) if top[1] == "admin1" and top[3] == "US"] \
            if any(c[1] == "admin2" and c[3] == "US" for cl in cands_list if cl for c in cl) else []

        def state_before(start: int) -> str:
            for pos, nm in reversed(us_states):
                if pos < start:
                    return "" if "\n\n" in text[pos:start] else nm
            return ""

        def county_bonus(c, state: str) -> float:
            return 30.0 if state and c[1] == "admin2" and c[3] == "US" and self._admin1_of(c[0]) == state else 0.0

        self._near_longer_names(text, toks, found, cands_list)
        # pass 1: importance + country context
        picks: list[tuple | None] = []
        tied_picks: set[int] = set()  # names whose first pick was a tie between places far apart: a coin's toss
        for k, cands in enumerate(cands_list):
            if not cands:
                picks.append(None)
                continue
            kctx, ktotal = ctx_for(found[k][2])
            kactx = actx_for(found[k][2])
            state = state_before(toks[found[k][0]][0]) if us_states else ""
            scored = sorted(((c[2] + _CTX_W * kctx.get(c[3], 0.0) / ktotal + self._admin_bonus(c, kactx)
                              + county_bonus(c, state) + self._seat_bonus(c, cands, kactx, found[k][2]), c)
                             for c in cands), key=lambda t: -t[0])
            picks.append(scored[0][1])
            if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[0][1][3] in _MINOR_COUNTRIES and (
                    abs(scored[1][1][4] - scored[0][1][4]) + abs(scored[1][1][5] - scored[0][1][5]) > 0.5):
                tied_picks.add(k)
        # a spelling-skeleton match stands only where the text's geography confirms it: a place in a first-level
        # division the text names, or within 60 km of another place the text names by an exact key
        if approx:
            # (anchors: places named in the same sentence, not anywhere in a long text)
            anchored = [(toks[found[k][0]][0], (p[4], p[5])) for k, p in enumerate(picks)
                        if p is not None and k not in approx and p[1] not in ("country", "admin1")]
            for k in approx:
                cands = cands_list[k]
                if not cands:
                    continue
                kactx = actx_for(found[k][2])
                at = toks[found[k][0]][0]
                # (anywhere in the text where the text says the name is a settlement's: "from Bashir, a village a
                # few kilometres to the south-west", after a sentence on Kirkuk's towns)
                told = _SETTLEMENT_APPOSITION.match(text, toks[found[k][1] - 1][1]) is not None
                anchors = [pt for pos, pt in anchored
                           if told or sentence_of(pos) == sentence_of(at)]
                # (a given name or a common word where a place stands, spelt as the village is: also within 25 km
                # of a place named anywhere in the text - "staying with relatives in Diana", by Soran and Rawanduz)
                close = [pt for _, pt in anchored] if k in local else []
                # (and a mountain or a plain, within 60 km of a place named anywhere in the text: "le alture di
                # Thardah", by the airport of Deir ez-Zor, though its sentence names no other place)
                everywhere = [pt for _, pt in anchored]
                ok = [c for c in cands if ctx.get(c[3], 0.0) > 0 and (
                    self._admin_bonus(c, kactx) > 0 or (anchors and _nearest_km(c[4], c[5], anchors) <= 60.0)
                    or (close and _nearest_km(c[4], c[5], close) <= 25.0)
                    or (c[1] == "region" and everywhere and _nearest_km(c[4], c[5], everywhere) <= 60.0))]
                cands_list[k] = ok
                picks[k] = max(ok, key=lambda c: c[2]) if ok else None
        # a country's name that an American town bears, in a text whose every other place is American and two of them
        # at least towns or counties: the town ("a 54-year-old Palestine man ... at the Anderson County Courthouse",
        # local news from Palestine, Texas; not the State of Palestine)
        # (nor a demonym of another country: "Syrian refugees reached Lebanon"; towns under half a million, not the
        # capitals of world news)
        if sum(1 for p in picks if p is not None and p[3] == "US" and (p[1] == "admin2" or (
                p[1] == "locality" and p[7] < 500_000))) >= 2 and all(
                (c := self._country(f[3][1])) is None or c.country == "US" for f in found if f[2] is None):
            for k, p in enumerate(picks):
                if p is None or p[1] != "country" or p[3] == "US":
                    continue
                towns = [c for c in cands_list[k] if c[3] == "US" and c[1] == "locality"]
                if towns and all(q[3] == "US" for j, q in enumerate(picks)
                                 if q is not None and found[j][2] != found[k][2]):
                    cands_list[k] = towns
                    picks[k] = max(towns, key=lambda c: c[2])
        # countries named nearby ("... the Syrians ... Damascus ..."): (offset, country) of each country
        # name, demonym or country abbreviation
        cues: list[tuple[int, str]] = []
        for k, f in enumerate(found):
            if f[2] is None and k not in actor_at:  # (not who struck: "En Irak, la aviación turca golpeó Sinjar")
                p = self._country(f[3][1])
                if p is not None and p.country:
                    cues.append((toks[f[0]][0], p.country))
            elif picks[k] is not None and picks[k][1] == "country":
                cues.append((toks[f[0]][0], picks[k][3]))
        # a place the text names by its own name is not also what another name, only an alternate of it,
        # denotes ("Ras al-Ain was shelled from Ceylanpinar": Ras al-Ain is the Syrian town, not Ceylanpinar,
        # which once bore the name)
        named_own = {p[0]: found[k][2] for k, p in enumerate(picks)
                     if p is not None and not gz.is_user(p[0]) and gz._primary_key(p[0]) == found[k][2]}
        if named_own:
            # (unless the text gives the two names as one place's: "Derik, which Damascus calls al-Malikiyah",
            # "Kobani, also known as Ain al-Arab", "Serêkaniyê (Ras al-Ain)")
            def gap(k2: int) -> tuple[int, int]:
                return toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0]

            aliased = {k for k2 in range(len(found) - 1) if found[k2][2] is not None and found[k2 + 1][2] is not None
                       and _ALIAS_GAP.fullmatch(text, *gap(k2)) for k in (k2, k2 + 1)}
            # ("Derik, which Damascus calls al-Malikiyah": the name of who calls it comes between)
            aliased |= {k for k2 in range(len(found) - 2) if found[k2][2] is not None and found[k2 + 2][2] is not None
                        and _WHICH_GAP.fullmatch(text, *gap(k2)) and _CALLS_GAP.fullmatch(text, *gap(k2 + 1))
                        for k in (k2, k2 + 2)}
            for k, cands in enumerate(cands_list):
                key = found[k][2]
                if not cands or key is None or len(cands) < 2 or k in aliased:
                    continue
                if _ALIAS_BEFORE.search(text, max(0, toks[found[k][0]][0] - 30), toks[found[k][0]][0]):
                    continue  # (another name of a place named before: "the city once known as Antioch")
                taken = [c for c in cands if named_own.get(c[0], key) != key and not gz.is_user(c[0])
                         and gz._primary_key(c[0]) != key]
                # only for a namesake across a border that bears this name as its own ("Gaza" and "the Gaza
                # Strip" may both name the Strip)
                owners = {c[3] for c in cands if c not in taken and gz._primary_key(c[0]) == key}
                # (and only where a bearer is more than a hamlet, or the others are hamlets too: "Albu Kamal", a
                # spelling of Abu Kamal, is no hamlet in Salahuddin that bears it, though "Abu Kamal" came first)
                if taken and owners and not owners & {c[3] for c in taken} and (
                        any(not c[6] for c in cands if c not in taken and gz._primary_key(c[0]) == key)
                        or all(c[6] for c in taken)):
                    cands_list[k] = [c for c in cands if c not in taken]
        # pass 2: proximity to the other mentions' picks
        # the keys that picked each town or site (for a place the text names by another name)
        picked_keys: dict[int, set[str]] = {}
        for k2, p in enumerate(picks):
            if p and p[1] in ("locality", "site") and found[k2][2] is not None:
                picked_keys.setdefault(p[0], set()).add(found[k2][2])
        # (a river the text names is near what lies along its course, not only what lies near its one point)
        courses = [(found[k2][2], sentence_of(toks[found[k2][0]][0]), line)
                   for k2, p in enumerate(picks) if p and p[1] == "region" and (line := self._course_of(p[0]))]
        river_keys = {k2 for k2, _, _ in courses}
        pts_all = [(p[4], p[5], p[1]) if p else None for p in picks]
        # (not a pick that was a toss between places far apart, which would draw the other names towards itself:
        # "al-Hamidiyeh and al-Qusour ... Homs" are Homs's quarters, though Deir ez-Zor has quarters of those names)
        pts_keyed = [(q[0], q[1], found[k2][2]) for k2, q in enumerate(pts_all)
                     if q and q[2] not in ("country", "admin1") and k2 not in tied_picks]
        pts_at = [(toks[found[k2][0]][0], q[0], q[1], found[k2][2], picks[k2][3], k2) for k2, q in enumerate(pts_all)
                  if q and q[2] not in ("country", "admin1")]
        # names followed by a quarter's or a site's noun, read as villages of Syria, Iraq or Turkey or as towns
        # of countries the text does not name ("the Panorama base" in Deir ez-Zor is no Greek town): checked
        # against the other places of their sentence only (not after a possessive: "Ain Issa's camp" is the
        # camp at Ain Issa)
        # after "the district of", "the quarter of", a name is the quarter the data lists as "X district" where it
        # lists one ("the southern district of al-Shuhada", in Fallujah: Hay al-Shuhada, not a village called
        # Shuhada near Mosul)
        for k2, cl in enumerate(cands_list):
            ni2 = found[k2][4]
            if cl and found[k2][2] is not None and ni2 > 1 and (
                    (toks[ni2 - 1][2] == "of" and toks[ni2 - 2][2].lower() in _QUARTER_OF)
                    or (toks[ni2 - 1][2] in _ROMANCE_OF_WORDS and toks[ni2 - 2][2].lower() in _QUARTER_OF_ROMANCE)):
                quarters = [c for n2 in _QUARTER_OF
                            for c in self._candidates(f"{found[k2][2]} {n2}", ()) if c[1] in ("locality", "site")]
                if quarters:
                    cands_list[k2] = list({c[0]: c for c in quarters}.values())
        quarter_nouns = "mahalle" in text
        site_named = {k2 for k2, cl in enumerate(cands_list) if cl and found[k2][2] is not None
                      and (all(c[1] == "locality" and c[6] for c in cl)
                           or all(c[1] == "locality" and c[7] < 1_000_000
                                  and not ctx_for(found[k2][2])[0].get(c[3]) for c in cl)
                           or (quarter_nouns and _tr_quarter_follows(text, toks, found[k2][5])))
                      and _site_noun_follows(toks, found[k2][5], text)
                      and text[toks[found[k2][5] - 1][1]:toks[found[k2][5] - 1][1] + 1] not in ("'", "’")}
        # (and in Arabic, names after the noun of a quarter, which are quarters of a town the text names: "حي
        # الجولان" in Fallujah is no Golan, "حي الجورة" in Deir ez-Zor no village of Raqqa)
        # (the second of two after the dual, "حيي الجورة والقصور", too; a quarter the data lists as "حي X" first)
        quarter_of = set()
        for k2, cl in enumerate(cands_list):
            ni2 = found[k2][4]
            if cl and found[k2][2] is not None and found[k2][3] is None and ni2 > 0 and opens_arabic(toks[ni2][2]) \
                    and ((_ar_noun_in(toks[ni2 - 1][2], _AR_QUARTER_NOUNS)
                          and text[toks[ni2 - 1][1]:toks[ni2][0]] == " ")
                         or (k2 - 1 in quarter_of and found[k2 - 1][1] == ni2
                             and text[toks[ni2 - 1][1]:toks[ni2][0]] == " و")):
                quarter_of.add(k2)
                listed = [c for c in self._candidates(fold("حي " + found[k2][2]), ()) if c[1] in ("locality", "site")]
                cl = listed or [c for c in cl if c[1] in ("locality", "site") and c[7] < 1_000_000]
                cands_list[k2] = cl
                if cl:
                    site_named.add(k2)
        # a place measured from the next one ("Koya, east of Erbil") lies near it: its readings within 150 km of
        # that place (or inside it, for a province) come first
        anchor_of: dict[int, tuple] = {}
        placed_at: dict[str, list] = {}  # (a name's readings at the point a distance and a bearing give, see below)
        for k2 in range(len(found) - 1):
            nxt = picks[k2 + 1]
            if cands_list[k2] and nxt is not None and nxt[1] != "country":
                gap_from, gap_to = toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0]
                if text[gap_from:gap_to] == " of " and (held := self._holding_divisions(cands_list[k2], nxt,
                                                                                         cands_list[k2 + 1])):
                    cands_list[k2 + 1] = held  # "the Tuz Khurmatu district of Salahuddin": the province, not the
                    continue  # town of that name in Erbil
                m_b = _BEARING_OF.fullmatch(text, gap_from, gap_to)
                if m_b is not None:
                    # "X in Y", "X near Y" only narrow the readings of X to those near Y's point, without a bonus
                    # by distance ("Salma in the Latakia mountains"; "Beytussebap in Sirnak" may be the town or
                    # its district, both 60 km from the city)
                    inside = _IN_OR_NEAR.match(m_b.group()) is not None
                    if inside and self._holding_divisions(cands_list[k2], nxt, cands_list[k2 + 1]):
                        continue  # (nor by a town far from every reading: "Tuz Khurmatu, in Salahuddin")
                    if not (inside and nxt[1] in ("admin1", "admin2")):
                        offset = None if inside else _offset(m_b.group())
                        anchor_of[k2] = (nxt, inside, offset)
                        if offset is not None and nxt[1] in ("locality", "site"):
                            pt = _moved((nxt[4], nxt[5]), *offset)
                            at_point = [c for c in cands_list[k2] if self._km_from(c, pt) <= max(20.0, offset[0] / 3)]
                            if at_point:
                                placed_at[found[k2][2]] = at_point
        # a name listed right beside another ("Madaya and Zabadani", "Foua, Kefraya") lies near it, more than near
        # the rest of the text: the picks of its list neighbours
        # (a list holds "and" or "or": "Guildford, Surrey, UK" is a name and its qualifiers, not a list)
        joins = []  # for each pair of consecutive mentions: None (no list), False (a comma) or True ("and", "or")
        for k2 in range(len(found) - 1):
            m_l = _LIST_GAP.fullmatch(text, toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0])
            joins.append(None if m_l is None else bool(m_l.group(1) or m_l.group(2)))
        in_list = [False] * len(joins)
        listed_admin1: dict[int, set[str]] = {}
        listed_towns: set[int] = set()  # names listed with two towns or more of 10,000 people
        k2 = 0
        while k2 < len(joins):
            run_end = k2
            while run_end < len(joins) and joins[run_end] is not None:
                run_end += 1
            if any(joins[k2:run_end]):
                in_list[k2:run_end] = [True] * (run_end - k2)
                # (the provinces a list names bare that no town of their country shares the name of: the list's
                # other names are provinces of those countries too, where they name one; not "Aleppo and Idlib
                # province", where the word is Idlib's)
                members = range(k2, run_end + 1)
                provinces = [m for m in members if picks[m] is not None and picks[m][1] == "admin1"
                             and found[m][3] is None
                             and not any(c[1] in ("locality", "site") and c[3] == picks[m][3] for c in cands_list[m])]
                for m in members:
                    if len(cands_list[m] or ()) > 1 and (ccs := {picks[p][3] for p in provinces if p != m}):
                        listed_admin1[m] = ccs
                # (a list of towns lists towns: "Azaz, Jarablus, Ras al-Ain and Afrin" names the town of Ras al-Ain,
                # not a hamlet of the name by Jarablus)
                towns = [m for m in members if picks[m] is not None and picks[m][1] == "locality"
                         and picks[m][7] >= 10000]
                for m in members:
                    if len(towns) >= 2 + (m in towns) and len(cands_list[m] or ()) > 1:
                        listed_towns.add(m)
            k2 = max(run_end, k2 + 1)
        listed_with: dict[int, list[tuple[float, float]]] = {}
        listed_countries: set[int] = set()  # names listed beside a country's
        for k2 in range(len(found)):
            if not cands_list[k2] or len(cands_list[k2]) < 2:
                continue
            nb = []
            for k3, pair in ((k2 - 1, k2 - 1), (k2 + 1, k2)):
                if 0 <= k3 < len(found) and in_list[pair] and picks[k3] is not None:
                    if picks[k3][1] in ("locality", "site"):
                        nb.append((picks[k3][4], picks[k3][5]))
                    elif picks[k3][1] == "country" and found[k3][2] != found[k2][2]:
                        listed_countries.add(k2)  # ("fuel from Iran and Kuwait": the country, no Kuwayt by Baiji)
            if nb:
                listed_with[k2] = nb
        mentions: list[Mention] = []
        memo: dict = {}
        def far_from_prior(key, start, cands) -> bool:
            """Whether three or more places named in the sentences before the one at ``start`` lie in one area
            (within 60 km of each other) and every reading of ``key`` lies over 150 km from all of them."""
            here = sentence_of(start)
            prior = list(dict.fromkeys((x, y) for pos, x, y, k2, _, k in pts_at
                                       if k2 != key and sentence_of(pos) < here))
            return len(prior) >= 3 and max(_nearest_km(x, y, [prior[0]]) for x, y in prior) <= 60.0 \
                and all(_nearest_km(c[4], c[5], prior) > 150.0 for c in cands)

        # (a site named as where something came from, as the air base jets flew from, is no place beside the places of
        # its sentence: "jets flying from Hmeimim pounded the area ... near Sabburah" is the Sabburah by Salamiyah, not
        # a hamlet near Latakia)
        flown_from = {k2 for k2, p in enumerate(picks) if p is not None and p[1] == "site" and found[k2][4] > 0
                      and toks[found[k2][4] - 1][2] == "from"}

        def sentence_places(key, start, sites: bool) -> list[tuple[float, float, str]]:
            """(lon, lat, country) of the other places named in the sentence at ``start``."""
            return [(x, y, cc) for pos, x, y, k2, cc, k in pts_at
                    if k2 != key and (sites or k not in site_named) and k2 not in river_keys and k not in flown_from
                    and sentence_of(pos) == sentence_of(start)]  # (a river counts by its course, not its one point)

        for idx, ((si, sj, key, kinds, ni, nj), cands) in enumerate(zip(found, cands_list)):
            start, end = toks[si][0], toks[sj - 1][1]
            if key is None:
                tag, code = kinds
                p = self._country(code)
                if p is None:
                    continue
                mk = "demonym" if tag == "demonym" else "place"
                mentions.append(Mention(start, end, text[start:end], p, mk, 0.9 if mk == "demonym" else 0.95,
                                        toks[ni][0], toks[nj - 1][1]))
                continue
            if not cands:
                continue
            local: list[tuple[float, float]] = []
            if idx in site_named:
                # before a quarter's or a site's noun: not a village, nor a town abroad, more than 30 km from every
                # place of the sentence ("In Mosul, troops seized the Ghazlani base": not Al Ghazlan, 530 km south)
                near = [(x, y) for x, y, _ in sentence_places(key, start, sites=False)]
                # (a spelling matched only by its skeleton must lie within a city's reach: "the al-Zuhur district of
                # Mosul" is no village called Zuhra, 21 km from Hammam al-Alil)
                reach = 15.0 if idx in approx else 30.0
                if not near:
                    # a sentence naming no other place goes on about the last one that did ("Fallujah was
                    # besieged. The Nuaimiya and Shuhada districts fell first": not Shuhada by Baghdad; "In
                    # Hasakah ... The fighting reached the Panorama roundabout": not Panorama by Thessaloniki)
                    here = sentence_of(start)
                    before = [(sentence_of(pos), x, y) for pos, x, y, k2, _, k in pts_at
                              if k2 != key and k not in site_named and sentence_of(pos) < here]
                    last = max((si2 for si2, _, _ in before), default=None)
                    near = [(x, y) for si2, x, y in before if si2 == last]
                    reach = 50.0  # (a looser tie: "Qusayr ... The rebels left al-Waer district", 31 km apart)
                if near and all(_nearest_km(c[4], c[5], near) > reach for c in cands):
                    continue
            if not all(c[6] for c in cands) and all(
                    c[6] or (c[1] == "locality" and c[7] == 0 and c[3] in _MINOR_COUNTRIES and self._curated(c[0]))
                    for c in cands) and not sentence_places(key, start, sites=True) \
                    and far_from_prior(key, start, cands):
                continue  # so is a city quarter a cited entry places in another city (al-Qusour of Deir ez-Zor)
            if len(cands) > 1 and all(c[1] == "site" and self._curated(c[0]) for c in cands):
                # a site whose name cited entries give in several cities lies near some place the text names
                # ("Hasakah ... the Panorama roundabout" is neither Raqqa's nor Deir ez-Zor's)
                near = [(x, y) for _, x, y, k2, _, _ in pts_at if k2 != key]
                if near and all(_nearest_km(c[4], c[5], near) > 50.0 for c in cands):
                    continue
            if all(c[6] for c in cands):
                # villages of Syria, Iraq or Turkey, checked against the other places of their sentence
                same = sentence_places(key, start, sites=True)
                if len(same) >= 2 and not any(cc == c[3] for c in cands for _, _, cc in same) \
                        and not any(cc == c[3] for c in cands for pos, cc in cues
                                    if sentence_of(pos) == sentence_of(start)) \
                        and all(_nearest_km(c[4], c[5], [(x, y) for x, y, _ in same]) > 300.0 for c in cands):
                    continue  # far from a sentence of places in other countries, with no cue of its own country
                    # ("Bulbul and Shiye near Kilis", among Afrin's villages: not Shi'ah in southern Iraq)
                pts = list(dict.fromkeys((x, y) for x, y, _ in same)) if len(same) >= 3 else ()
                if len(pts) >= 3 and all(_nearest_km(c[4], c[5], pts) > 150.0 for c in cands) \
                        and max(_nearest_km(x, y, [pts[0]]) for x, y in pts) <= 60.0:
                    continue  # a village of the name far from a sentence of three or more places that all lie in one
                    # area (among southern Idlib's villages, "عابدين" is no `Abidin in Daraa, 300 km off)
                if not same and far_from_prior(key, start, cands):
                    # a sentence that names no other place goes on about the text's places so far: when three or
                    # more lie in one area, a village of the name far from all of them is one the data lacks
                    # ("In Homs ... Shelling also hit al-Qusour": a quarter of Homs, not Al Qusur by Raqqa)
                    continue
                if len(cands) > 1:
                    # villages that share a name: the places of the same sentence count again ("strikes on
                    # Afrin, Jinderes and Rajo, and on Bulbul": the Bulbul near Afrin)
                    local = list(dict.fromkeys((x, y) for x, y, _ in same))
            elif len(cands) > 1 and any(c[6] for c in cands):
                # a village of the name within 15 km of two other places the text names, where every town of the
                # name lies over 50 km from all of them, is that village: "Dabiq ... the town and neighbouring
                # Sawran ... Akhtarin" is the Suran by Dabiq, not the town in Hama, 150 km off
                named = list(dict.fromkeys((x, y) for _, x, y, k2, _, _ in pts_at if k2 != key))
                close = [pts for c in cands if c[6]
                         for pts in ([pt for pt in named if _nearest_km(c[4], c[5], [pt]) <= 15.0],) if len(pts) >= 2]
                if close and all(_nearest_km(c[4], c[5], named) > 50.0 for c in cands if not c[6]):
                    local = [pt for pts in close for pt in pts]
            # (rivers of one name, near the places of the text by their courses; a river against a town of its name,
            # by its point, as any place: "Fırat, Dicle" among Cizre's quarters are no rivers)
            rivals_rivers = sum(1 for c in cands if c[1] == "region" and self._course_of(c[0])) > 1
            if not local and rivals_rivers:
                # rivers that share a name: the places of the same sentence count again, by the course ("south of
                # Hasakah on the Khabur", in a text that also names Sinjar and Mosul: the Syrian Khabur)
                local = list(dict.fromkeys((x, y) for x, y, _ in sentence_places(key, start, sites=True)))
            major: tuple = ()
            ccs = {c[3] for c in cands}
            if not local and len(ccs) > 1 and ccs & _MINOR_COUNTRIES:
                # namesakes in Syria, Iraq and Turkey: two or more places of the same sentence count again, as for
                # villages, for the most populous of them only ("In Sinjar, survivors from Kocho and Snune", in a
                # text that began in Daraa: Iraq's Sinjar beside them, not a hamlet in Hasakah; never a hamlet
                # near the sentence over the city: "Ankara's proxies" among Hasakah's towns)
                major = tuple(dict.fromkeys((x, y) for x, y, _ in sentence_places(key, start, sites=True)))
                if len(major) < 2:
                    major = ()
            anchor, inside, offset = anchor_of.get(idx, (None, False, None))
            if key in placed_at:
                # a distance and a bearing from a town put the place at a point, here and wherever the text names it
                # again: "Koya, some 60 km east of Erbil" is the town there, not a hamlet of the name 100 km off by
                # the text's other places (within a third of the distance, or 20 km, of that point)
                at_point = [c for c in cands if c in placed_at[key]]
                if at_point and len(at_point) < len(cands):
                    cands = at_point
            anchor_pt = None
            if anchor is not None:
                anchor_pt = (anchor[4], anchor[5])
                if offset is not None and anchor[1] in ("locality", "site"):
                    anchor_pt = _moved(anchor_pt, *offset)
                for reach in (50.0, 150.0):  # the nearest readings first: "north of Hama" is seldom 70 km off
                    near_anchor = [c for c in cands if (_nearest_km(c[4], c[5], [anchor_pt]) if inside
                                                        else self._km_from(c, anchor_pt)) <= reach or (
                        anchor[1] in ("admin1", "admin2") and self._holds_any(anchor[0], [(c[4], c[5])]))]
                    if near_anchor:
                        # (an area near enough keeps the town of its name inside it: "Tal Afar, west of Mosul" is
                        # the town, 60 km off, as much as its district, whose edge is 15 km off)
                        areas = [a[0] for a in near_anchor if a[1] in ("admin1", "admin2")]
                        if areas:
                            near_anchor += [c for c in cands if c not in near_anchor and c[1] == "locality"
                                            and any(self._holds_any(a, [(c[4], c[5])]) for a in areas)]
                        if len(near_anchor) < len(cands):
                            cands = near_anchor
                        break
                else:
                    if anchor[1] in ("locality", "site") and anchor[3] in _MINOR_COUNTRIES \
                            and all(c[1] == "locality" for c in cands):
                        # no reading lies near the Syrian, Iraqi or Turkish town it is placed by: a village the
                        # gazetteer lacks ("the village of Zawiya, near Hawija" is no city in Libya)
                        continue
                if inside:
                    anchor_pt = None
            nb_pts = listed_with.get(idx, ())
            town_listed = idx in listed_towns
            country_listed = idx in listed_countries
            if idx in listed_admin1:
                # a name listed with a province that no town shares the name of is a province of its country too,
                # where it names one: "in Anbar, Najaf and Muthanna" (not a hamlet called Muthanna by Baghdad)
                provinces = [c for c in cands if c[1] == "admin1" and c[3] in listed_admin1[idx]]
                if provinces:
                    cands = provinces
            state = state_before(start) if us_states and any(c[1] == "admin2" and c[3] == "US" for c in cands) else ""
            word = text[toks[ni][0]:toks[nj - 1][1]]
            # (the rivers of its sentence count: "Nasiriyah, on the Euphrates")
            here_si = sentence_of(start) if courses else -1
            memo_key = (key, kinds, id(cands), tuple(local), anchor_pt, tuple(nb_pts), town_listed, country_listed, major,
                        state, word,
                        tuple(k2 for k2, si2, _ in courses if k2 != key and si2 == here_si))  # (a qualifier may have narrowed the readings)
            scored = memo.get(memo_key)
            if scored is None:
                # the other places the text names (not this name itself), each once
                # (not a river's one point, unless the name may be that river: "نهر الفرات ... الفرات")
                skip = river_keys if not any(c[1] == "region" and self._course_of(c[0]) for c in cands) else ()
                others = list(dict.fromkeys((x, y) for x, y, k2 in pts_keyed if k2 != key and k2 not in skip))[:40]
                rivers = [line for k2, si2, line in courses if k2 != key and si2 == here_si]
                scored = []
                kctx, ktotal = ctx_for(key)
                kactx = actx_for(key)
                # a demonym is no evidence for a town that shares a world city's name ("the American side ...
                # officials in Moscow": not Moscow, Idaho); the country's or a state's name is
                world = max((c[7] for c in cands if c[1] == "locality"), default=0) >= 1_000_000
                world_cc = {c[3] for c in cands if c[1] == "locality" and c[7] >= 1_000_000 and kctx.get(c[3], 0.0) > 0}
                # (nor, for a U.S. town of under 100,000 named like a city abroad of 100,000 five times its size, is
                # the name of the United States, named in most news from abroad, where the text names no other
                # American place but Washington, which stands for the government as often: "the U.S. and Russia met
                # in Geneva" is not Geneva, Illinois)
                abroad = max((c[7] for c in cands if c[1] == "locality" and c[3] != "US"), default=0)
                us_named_only = abroad >= 100_000 and not (placed.get("US", set()) - {key, _WASHINGTON_KEY})
                # (the province the text names is no evidence for a village of the name far from every other place
                # the text names, where another reading lies among them: "Baghouz", by Albu Kamal and al-Qaim, is
                # not a hamlet of the name in Hasakah province, named once for the al-Hol camp)
                lone = [c for c in cands if c[6] and others and _nearest_km(c[4], c[5], others) > 100.0] \
                    if len(cands) > 1 and others and any(
                        c[6] and _nearest_km(c[4], c[5], others) <= 60.0 for c in cands) else []
                # (nor for a village that only folds like the name as written, where a town of the province's
                # country bears it letter for letter: "al-Sukhnah" is As Sukhnah, not As Sakhanah by Aleppo)
                if len(cands) > 1 and not opens_arabic(word):
                    lit = [c for c in cands if (c[6] or (c[1] == "locality" and c[3] in _MINOR_COUNTRIES))
                           and self._literal_row(c[0], word)]
                    if lit:
                        lone += [c for c in cands if c[6] and c not in lit and c[3] in {x[3] for x in lit}]
                # (nor is a city of a million, more than 200 km off, for the places of its country where they
                # are all under 100,000 and a town abroad bears the name and is five times their size: in "à
                # Washington, Londres et Paris" London stands for its government, and says nothing for Washington
                # in Tyne and Wear)
                far_world: dict[str, float] = {}
                for cc in {c[3] for c in cands if c[3] in world_votes}:
                    top = max(c[7] for c in cands if c[3] == cc)
                    if top < 100_000 and 5 * top <= max(
                            (c[7] for c in cands if c[1] == "locality" and c[3] != cc), default=0):
                        far_world[cc] = sum(w for x, y, k3, w in world_votes[cc] if k3 != key and all(
                            _nearest_km(c[4], c[5], [(x, y)]) > 200.0 for c in cands if c[3] == cc))
                # (nor is the text's country for one of twin towns across a border, a few km apart, where the text
                # names the other's country as well: Rafah in Gaza and Rafah in Sinai share what the text says of
                # Egypt and of Palestine, and the bigger is meant)
                twin = {id(c): max(kctx.get(x[3], 0.0) for x in cands if x[1] == "locality" and x[3] != c[3]
                                   and abs(x[5] - c[5]) < 0.2 and abs(x[4] - c[4]) < 0.25
                                   and _nearest_km(c[4], c[5], [(x[4], x[5])]) <= 15.0)
                        for c in cands if c[1] == "locality" and c[3] and kctx.get(c[3], 0.0) > 0
                        and any(x[1] == "locality" and x[3] and x[3] != c[3] and abs(x[5] - c[5]) < 0.2
                                and abs(x[4] - c[4]) < 0.25 for x in cands)}
                # (nor is an area that only folds like the name, far from every other place the text names, where a
                # town of Syria, Iraq or Turkey bears the name letter for letter among them: Kurmanji "Holê" by
                # Hasakah is al-Hol, not the Houla plain in Homs)
                far_area = set()
                if len(cands) > 1 and others and any(c[1] == "region" for c in cands):
                    forms = (word, word[:-1]) if word.endswith("ê") else (word,)  # (and a Kurmanji oblique's own form)
                    if any(c[1] == "locality" and c[7] >= 1000 and c[3] in _MINOR_COUNTRIES
                           and _nearest_km(c[4], c[5], others) <= 100.0
                           and any(self._literal_row(c[0], f) for f in forms) for c in cands):
                        far_area = {id(c) for c in cands if c[1] == "region" and _nearest_km(c[4], c[5], others) > 200.0
                                    and not any(self._literal_row(c[0], f) for f in forms)}
                for c in cands:
                    if id(c) in far_area:
                        continue
                    share = max(0.0, max(kctx.get(c[3], 0.0), twin.get(id(c), 0.0)) - far_world.get(c[3], 0.0))
                    if world and c[1] == "locality" and c[7] < 100_000:
                        share = max(0.0, share - demonym_votes.get(c[3], 0.0))
                    # (nor Washington's point, for such a town beside it: "ministers gathered in Vienna", datelined
                    # WASHINGTON, is not Vienna, Virginia)
                    us_bare = us_named_only and c[3] == "US" and c[1] == "locality" and c[7] < 100_000 \
                        and 5 * c[7] <= abroad
                    if us_bare:
                        share = 0.0
                    # (nor, where the text is about the great city's country too, are the country's other places,
                    # unless the text names the town's state: "Soleimani had flown in from Damascus" in a text
                    # about Washington's strikes in Iraq and Syria is no town in Maryland)
                    bare = us_bare or world_cc and c[1] == "locality" and c[7] < 100_000 and c[3] not in world_cc \
                        and not self._admin_bonus(c, kactx)
                    if bare:
                        share = 0.0
                    s = c[2] + _CTX_W * share / ktotal + (0.0 if c in lone else self._admin_bonus(c, kactx))
                    s += county_bonus(c, state) + self._seat_bonus(c, cands, kactx, key)
                    if len(cands) > 1 and (others or rivers) and not bare:
                        # an area is near what lies inside it, not only what lies near its centre ("Balad air
                        # base in Salahuddin": the province, not a resort town of the name by Erbil); a river, near
                        # what lies along it ("Nasiriyah, on the Euphrates": not a Nasiriyah in the Qalamoun)
                        s += 30.0 if c[1] in ("admin1", "admin2") and others and self._holds_any(c[0], others) \
                            else max((self._river_near(c, others) if rivals_rivers else _near_bonus(c[4], c[5], others))
                                     if others else 0.0, max(
                                (30.0 * math.exp(-_on_line(line, (c[4], c[5]))[2] / 120.0) for line in rivers),
                                default=0.0))
                    if local:
                        s += self._river_near(c, local, each=True)
                    if len(cands) > 1 and (named_keys := picked_keys.get(c[0])) and (len(named_keys) > 1
                                                                                  or key not in named_keys):
                        # (a place the text names by another name: "Kobani ... the war for Ayn al-Arab" is the town
                        # it named, not a hamlet of Latakia, which it also names, called Ayn Arab)
                        s += _RENAMED_W
                    if anchor_pt is not None:
                        s += 30.0 * math.exp(-self._km_from(c, anchor_pt) / 120.0)
                    if nb_pts:
                        s += _near_bonus(c[4], c[5], nb_pts)
                    if town_listed and c[1] == "locality" and c[7] >= 10000:
                        s += _LISTED_TOWN_W
                    if country_listed and c[1] == "country":
                        s += _LISTED_TOWN_W  # (a name listed with a country's is likelier a country too)
                    scored.append((s, c))
                if major:
                    # (the most populous namesakes only, against the towns: a district's people are not a town's)
                    floor_pop = max((c[7] for c in cands if c[1] not in ("admin1", "admin2")), default=0) / 2
                    scored = [(sc + _near_bonus(c[4], c[5], major) if c[7] >= floor_pop else sc, c)
                              for sc, c in scored]
                scored.sort(key=lambda t: -t[0])
                memo[memo_key] = scored
            if cues and len(scored) > 1 and len({c[3] for _, c in scored}) > 1:
                d, near_cc = min(((abs(pos - start), {cc}) for pos, cc in cues if pos != start),
                                 key=lambda t: t[0], default=(_LOCAL_SPAN + 1, set()))
                if d <= _LOCAL_SPAN:
                    # the nearest other country named counts, but only for a place at least as important as
                    # the text-wide pick: it undoes a pull from elsewhere in the text ("the Syrians ... Damascus"
                    # in a text about Washington), never promotes a lesser namesake
                    # (nor a hamlet of Syria, Iraq or Turkey in another country than the pick's, which the places
                    # named around it placed: "Suluk" among Tal Abyad's villages is not a hamlet in Hakkari because
                    # Turkey is named in the next sentence)
                    floor, pick_cc = scored[0][1][2], scored[0][1][3]
                    # (not for a river, which runs through several countries: "Derik, by the border with Iraq, and
                    # Tal Tamr, on the Khabur" is the Syrian river)
                    scored = sorted(((sc + _LOCAL_W if c[3] in near_cc and c[2] >= floor
                                      and (not c[6] or c[3] == pick_cc)
                                      and not (c[1] == "region" and self._course_of(c[0])) else sc, c)
                                     for sc, c in scored), key=lambda t: -t[0])
            best_s, best = scored[0]
            # (the runner-up that counts is another place, not a second record of the same one a few km away:
            # Who's On First holds Erbil twice)
            rival = next((sc for sc, c in scored[1:] if abs(c[4] - best[4]) + abs(c[5] - best[5]) > 0.1), None)
            margin = best_s - rival if rival is not None else 40.0
            conf = 0.55 + 0.4 * (1 - math.exp(-max(0.0, margin) / 15.0))
            if best[1] in ("country", "admin1"):
                conf = max(conf, 0.85)
            if idx in approx:
                conf *= 0.85  # matched by spelling skeleton, not by an exact key
            place = gz.place(best[0])
            ns, ne = toks[ni][0], toks[nj - 1][1]
            if start == ns and _ayn_opens(text, start, place.name):
                start = ns = start - 1  # "'Imarah": the ayn mark the place's own name opens with is part of it
            if end == ne and _hamza_closes(text, end, place.name):
                end = ne = end + 1  # "Karim ar Rabi'": and the hamza it ends with
            mentions.append(Mention(start, end, text[start:end], place, "place", round(conf, 3), ns, ne))
        return _drop_stray_places(text, mentions)


    def _holding_divisions(self, readings, pick, named) -> list:
        """The readings ``named`` of a name Y that are divisions holding one of ``readings`` (of a name X written
        "X, in Y" or "the X district of Y"), where Y's likeliest reading ``pick`` is a town far from every reading of X
        ([] elsewhere)."""
        if pick[1] in ("admin1", "admin2") or any(_nearest_km(x[4], x[5], [(pick[4], pick[5])]) <= 150.0
                                                  for x in readings):
            return []
        return [c for c in named if c[1] in ("admin1", "admin2")
                and any(self._holds_any(c[0], [(x[4], x[5])]) for x in readings)]

    def _readings_and_votes(self, text, toks, found, doc_cc, local, approx_tied):
        """Each found name's readings (None for a country's or a demonym's own), and the country context
        from strong signals: ``(cands_list, ctx, own, demonym_votes, world_votes, placed, actor_at)``, where
        ``ctx`` maps a country to its votes, ``own`` what each key itself added (a name is no evidence for its
        own reading), ``demonym_votes`` the demonyms' share, ``world_votes`` the cities of a million that voted
        and where, ``placed`` the names of places that voted for each country, and ``actor_at`` the demonyms
        that name an armed force ("Turkish jets")."""
        gz = self.gz
        ctx: dict[str, float] = {}
        own: dict[str, dict[str, float]] = {}  # what each name itself adds to ctx (it must not vote for itself)
        cands_list = []
        demonym_votes: dict[str, float] = {}
        # country -> the points of the cities of a million that vote for it, and their votes
        world_votes: dict[str, list[tuple[float, float, str, float]]] = {}
        placed: dict[str, set[str]] = {}  # country -> the names of places in it (not the country) that vote for it
        actors: dict[str, int] = {}  # country -> demonyms of its armed forces ("Turkish jets")
        actor_at: set[int] = set()  # indices into ``found`` of those demonyms
        for si, sj, key, kinds, ni, nj in found:
            if key is None:
                code = kinds[1]
                p = self._country(code)
                if p is not None:
                    if kinds[0] == "demonym" and _names_actor(text, toks, ni, nj):
                        actor_at.add(len(cands_list))
                        # who struck is little evidence of where: "Turkish warplanes struck Jinderes and Rajo" is
                        # about villages in Syria (a little: "Syrian troops entered Latamneh" is about Syria)
                        actors[p.country] = actors.get(p.country, 0) + 1
                        ctx[p.country] = ctx.get(p.country, 0.0) + _ACTOR_W
                    else:
                        ctx[p.country] = ctx.get(p.country, 0.0) + 1.0
                        if kinds[0] == "demonym":
                            demonym_votes[p.country] = demonym_votes.get(p.country, 0.0) + 1.0
                cands_list.append(None)
                continue
            # "al-Dana": written with its article; "Dana sub-district": named as an area
            article = not fold_token(toks[ni][2]) or (sj > nj and toks[nj][2].lower() in _SUBDISTRICT_WORDS) \
                or (nj - ni == 1 and (_arabic_article(toks, ni) or (
                    len(key) == 3 and toks[ni][2][:1].isupper() and self._spelled_out(toks[ni][2], key)) or (
                    len(key) == 3 and opens_arabic(key) and _ar_settlement_named(text, toks, ni))))
            if len(cands_list) in local:
                # a common word or given name as a village: only the Syrian, Iraqi or Turkish places bearing it
                w = toks[ni][2]
                cands = [c for c in self._candidates(key, kinds, True)
                         if c[3] in _MINOR_COUNTRIES and c[1] == "locality" and self._literal_row(c[0], w)]
                cands_list.append(cands)
                continue
            cands = self._candidates(key, kinds, article)
            if cands and not fold_token(toks[ni][2]) and nj - ni > 1 and not opens_arabic(toks[ni][2]) \
                    and toks[ni][2].lower() in _LATIN_ARTICLES:
                # a name written with the Arabic article in Latin letters ("al-Naïm", a roundabout in Raqqa) is
                # no town of a land that does not name its places so (not Nîmes, an Arabic name of which folds
                # alike), unless the town's own name bears the article; nor such a land ("al-Romaniya", a quarter of
                # Raqqa, is not Romania)
                cands = [c for c in cands if c[1] not in ("locality", "country") or c[3] in _ARTICLE_LANDS or not c[3]
                         or gz.is_user(c[0]) or _has_article(gz.place(c[0]).name)]
            if key.startswith("قريه ") and nj - ni == 2:
                # "قرية الحميدية" is the village of al-Hamidiyah, any of them, not only the hamlets Who's On First
                # names "Qaryat al Hamidiyah" (the noun, "village", as part of the name)
                seen = {c[0] for c in cands}
                cands = cands + [c for c in self._candidates(key[5:], kinds, True) if c[0] not in seen]
            if approx_tied and len(cands_list) in approx_tied:
                seen = {c[0] for c in cands}
                cands = cands + [c for k2 in approx_tied[len(cands_list)]
                                 for c in self._candidates(k2, kinds, article) if c[0] not in seen]
            if not cands and kinds and sj > nj and toks[nj][2].islower() and not (
                    sj < len(toks) and toks[sj][2][:1].isupper() and text[toks[sj - 1][1]:toks[sj][0]] == " "):
                # no area of that name: "Sheikh Maqsoud district" is a city quarter, "Kafranbel countryside"
                # the land around the town (not "Brooklyn District Attorney", nor a country: "East Azerbaijan
                # province")
                cands = [c for c in self._candidates(key, None, article) if c[1] in ("locality", "site")]
            elif cands and kinds and sj > nj and toks[nj][2].islower() \
                    and not any(gz._primary_key(c[0]) == key for c in cands):
                # an area that bears the name only as another name, beside a city of 100,000 whose name it is:
                # "Kunduz province" is the land around Kunduz, not Artova district in Turkey, once called Kunduz
                cities = [c for c in self._candidates(key, None, article)
                          if c[1] == "locality" and c[7] >= 100_000 and gz._primary_key(c[0]) == key]
                if cities:
                    cands = cities
            cands_list.append(cands)
            major = [c for c in cands if not c[6]]
            vote = None
            if len(major) == 1 or (major and max(c[2] for c in major) > 60):
                best = max(major, key=lambda c: c[2])
                if best[1] in ("country", "admin1") or len(major) == 1 or best[2] > 70:
                    vote = (best[3], 1.0 if best[1] in ("country", "admin1") else 0.5)
            if vote is None and len(major) > 1 and len({c[3] for c in major}) == 1 and major[0][3]:
                vote = (major[0][3], 0.5)  # a town and its district, both in Syria: "Zabadani" is Syrian
            if vote is not None and vote[1] < 1.0 and vote[0] not in ARAB_COUNTRIES and " " not in key \
                    and opens_arabic(key):
                vote = None  # one Arabic word read as a town abroad is no evidence of a text about that country
            if vote is not None:
                cc, w = vote
                ctx[cc] = ctx.get(cc, 0.0) + w
                mine = own.setdefault(key, {})
                mine[cc] = mine.get(cc, 0.0) + w
                if not any(c[1] == "country" for c in major):
                    placed.setdefault(cc, set()).add(key)
                if len(major) == 1 and major[0][1] == "locality" and major[0][7] >= 1_000_000:
                    world_votes.setdefault(cc, []).append((major[0][4], major[0][5], key, w))
        for cc in doc_cc:
            # (not when the text's only words about the country are its armed forces)
            if cc not in actors or sum(1 for _ in _CONTEXT_CUES[cc].finditer(text)) > actors[cc]:
                ctx[cc] = ctx.get(cc, 0.0) + 1.0
        return cands_list, ctx, own, demonym_votes, world_votes, placed, actor_at
    def _drop_unlikely_readings(self, text, toks, found, cands_list, approx, sited, ctx, ctx_for, actx_for,
                                sentence_of) -> None:
        """Drop, in place, the readings of each name that the text gives no ground for: an alternate name of a
        town abroad in a text not about its country, a code, a hamlet of Syria, Iraq or Turkey that nothing near
        confirms, a German or Arabic word that only looks like a name, a country for a quarter, "the city of X"
        read as a country. ``ctx`` is the text's country context, ``ctx_for`` and ``actx_for`` its country and
        division context without a name's own votes, ``sentence_of`` the sentence a character offset lies in."""
        gz = self.gz
        # (a name written with its article that no place of a country bears as written is no vote for that
        # country here: "the al-Shifa hospital" and "al-Mansour", quarters of Mosul, do not make a text about Iraq
        # one about Algeria, where Chiffa and Mansourah lie)
        weak: dict[str, dict[str, float]] = {}  # by name: such votes for each country
        for k, cands in enumerate(cands_list):
            si, sj, key, kinds, ni, nj = found[k]
            if not cands or k in approx or k in sited or nj - ni != 2 or toks[ni][2].lower() not in _LATIN_ARTICLES \
                    or key in weak or fold_token(toks[ni][2]):
                continue
            surface = text[toks[ni][0]:toks[nj - 1][1]].replace("-", " ")
            mine = ctx_for(key)[0]
            for cc in {c[3] for c in cands}:
                # (a city of 100,000 counts, with whatever article a language writes before it: "El Cairo")
                if ctx.get(cc, 0.0) - mine.get(cc, 0.0) > 0 and not any(
                        c[7] >= 100_000 or self._literal_row(c[0], surface, primary_only=True, trust_alts=c[7] < 500000)
                        for c in cands if c[3] == cc):
                    weak.setdefault(key, {})[cc] = ctx[cc] - mine.get(cc, 0.0)
        foreign_prose = None  # (whether the text is French, Spanish, Italian or German prose: found on first need)
        # a single word that is not the place's own name - only an alternate name of a place outside Syria,
        # Iraq and Turkey, or a spelling that merely folds to a name ("Vanni" ~ "Vani", an alternate name of
        # Van) - counts only in a text about that place's country, unless the place is big or curated
        for k, cands in enumerate(cands_list):
            if not cands:
                continue
            si, sj, key, kinds, ni, nj = found[k]
            if k in approx or k in sited or sum(1 for t in range(ni, nj) if fold_token(toks[t][2])) != 1 \
                    or (sj > nj and key.startswith("jbl ")):
                continue  # (articles aside, one word: "Ad Dur" is the word "Dur"; "T4" of "the T4 and Hama air bases";
                # a Turkish mountain's noun read into its name is a second word: "Türkmen Dağı")
            kctx, _ = ctx_for(key)
            # with its article ("al-Tanf", "Ad Dana") the name as written must be the place's; "Al Gore" is not Goré
            surface = text[toks[ni][0]:toks[nj - 1][1]].replace("-", " ")
            # a big city's alternate name counts anywhere ("Bombay") if written as the city's name is, not a word
            # that only folds like it ("FILE PHOTO" is not Fila, Philadelphia), unless another place bears it as
            # its own name ("Shaab", a Baghdad district, is no Cape Town)
            keep = []
            borne = None  # the readings that bear the name as written as their own
            # (in Arabic script, with no capitals to go by, a city's Arabic name counts for a city of a million, or
            # of 100,000 where the word stands as a place does: "القاهرة" is Cairo, "إلى العين" Al Ain; "الخبر"
            # alone is the news, not Khobar)
            arabic = opens_arabic(surface)
            # (a city abroad of 500,000 counts too: its Arabic name is a transliteration, not a word - "بقيادة واشنطن",
            # led by Washington)
            arabic_city = arabic and (max(c[7] for c in cands) >= 1_000_000 or any(
                c[7] >= 500_000 and c[3] not in ARAB_COUNTRIES for c in cands) or _arabic_place_context(text, toks, ni))
            # (an Arab town's Arabic name, after a settlement's noun: "مدينة مأرب", "مخيم جنين"; elsewhere it counts
            # in a text about its country, as any name does - "على الساحل" is on the coast, not a quarter of Cairo)
            arabic_placed = arabic and ni > 0 and _ar_noun_in(toks[ni - 1][2], _AR_SETTLEMENT_NOUN) \
                and text[toks[ni - 1][1]:toks[ni][0]] == " "
            for c in cands:
                # (outside a text about its country, a Syrian city's other name counts like any city's: "Berea",
                # Aleppo's ancient name, is Berea in Ohio in a story about Ohio)
                # (a country by its own name however spelt, or another it bears as written, not by a word that only
                # folds like that: "Phillipines" is the Philippines, "Rosie" no "Russie")
                # (a spelling that a cited page gives the place counts as its own: "Ginebra", "Cenevre" for Geneva)
                if kctx.get(c[3], 0.0) - (sum(v.get(c[3], 0.0) for k2, v in weak.items() if k2 != key)
                                          if weak else 0.0) > 0 \
                        or c[1] == "admin1" or gz.cited_name(gz._row(c[0])[0], key) or (
                        # (a continent's or a sea's name in another language, as written: "a Europa")
                        c[1] == "region" and not c[3] and not arabic and self._literal_row(c[0], surface)) or (
                        c[1] == "country" and (
                        gz._primary_key(c[0]) == key or self._literal_row(c[0], surface))) or (
                        arabic_city and c[7] >= 100000 and self._literal_row(c[0], surface)) or (
                        arabic_placed and c[3] in ARAB_COUNTRIES and self._literal_row(c[0], surface)) \
                        or self._literal_row(c[0], surface, primary_only=True, trust_alts=c[7] < 500000):
                    keep.append(c)
                elif c[7] >= 500000 and (arabic_city or not arabic) and self._literal_row(c[0], surface):
                    if borne is None:
                        # (with its accents, when the name is written with them: "Pékin" is Beijing's French name,
                        # not Pekin in Illinois)
                        borne = {x[0] for x in cands if self._literal_row(x[0], surface, primary_only=True)
                                 and (surface.isascii() or _accented(gz.place(x[0]).name) == _accented(surface))}
                    # (another place's own name: not the city's, which may be Syrian; but in prose of another
                    # language than English, where the name is the city's in that language, a small town abroad, in a
                    # country the text is not about, does not take it from the city - "à Vienne", in a French report on
                    # talks between Moscow and Washington, is Vienna, not Vienne on the Rhône; in English "Berea" is
                    # the town in Ohio, not Aleppo's ancient name)
                    if foreign_prose is None:
                        foreign_prose = _FRENCH_QUICK.search(text) is not None or _ROMANCE_QUICK.search(text) is not None \
                            or _is_german(text)
                    if not {x[0] for x in cands if x[0] in borne and x[0] != c[0] and (
                            not foreign_prose or x[7] >= 100_000 or x[3] in _MINOR_COUNTRIES
                            or kctx.get(x[3], 0.0) > 0)}:
                        keep.append(c)
            if len(keep) != len(cands):
                cands_list[k] = keep
        # a town abroad of under a million named by another of its names ("Mazar-i-Sharif", "Stepanakert", "Wad
        # Madani": GeoNames' own names are "Mazār-e Sharīf", "Xankandi", "Wad Medani") counts only in a text about
        # its country, where it is no surname or word that some source listed among its names
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and not opens_arabic(found[k][2]):
                key = found[k][2]
                alt = [c for c in cands if self._foreign_alt(c, key)]
                if alt:
                    kctx = ctx_for(key)[0]
                    cands_list[k] = [c for c in cands if c not in alt or kctx.get(c[3], 0.0) > 0]
        # a code ("T4") names its place only in a text about that place's country ("the T4 form" is a tax form)
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if cands and key is not None and len(key.replace(" ", "")) == 2 and key[-1:].isdigit():
                kctx = ctx_for(key)[0]
                cands_list[k] = [c for c in cands if kctx.get(c[3], 0.0) > 0]
        # "X, on the border with Iraq": of X's readings, those within 30 km of that country's outline, where the data
        # has it ("Bab al-Salama, north of Aleppo, and al-Yarubiyah, on the border with Iraq" is the Hasakah
        # crossing, not the village of the name by Aleppo)
        if "order" in text or "rontera" in text or "rontière" in text or "rontiera" in text or "Grenze" in text:
            for k in range(len(found) - 1):
                cands = cands_list[k]
                if not cands or len(cands) < 2 or found[k][2] is None or found[k + 1][2] is None:
                    continue
                gap = text[toks[found[k][1] - 1][1]:toks[found[k + 1][0]][0]]
                if _BORDER_WITH.fullmatch(gap) is None:
                    continue
                outline = next((sh for c in cands_list[k + 1] or () if c[1] == "country"
                                for sh in (gz._shape(gz.place(c[0]).id),) if sh), None)
                if outline is None:
                    continue
                rings = [r for poly in (outline["coordinates"] if outline["type"] == "MultiPolygon"
                                        else [outline["coordinates"]]) for r in poly]
                near = [c for c in cands if min(_on_line(r, (c[4], c[5]))[2] for r in rings) <= 30.0]
                if near and len(near) < len(cands):
                    cands_list[k] = near
        # in Arabic, "الضفة الغربية" is the West Bank only in a text about Israel or Palestine; elsewhere it is a
        # river's western bank ("وعلى الضفة الغربية بقيت الميادين", on the Euphrates' western bank, Mayadin)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and found[k][2].startswith("ضفه "):
                kctx, _ = ctx_for(found[k][2])
                if not (kctx.get("IL", 0.0) or kctx.get("PS", 0.0)):
                    keep = [c for c in cands if c[3] != "PS" or c[1] != "region"]
                    if len(keep) != len(cands):
                        cands_list[k] = keep
        # German capitalises every noun, so a capitalised word is no sign of a name: in German text a single word
        # naming a town of under 100,000 counts only in a text about that town's country ("im Norden der Provinz
        # Hama" is not Norden in Frisia, "ein Ende der Kämpfe" not Ende in Flores)
        if _is_german(text):
            for k, cands in enumerate(cands_list):
                if cands and found[k][2] is not None and " " not in found[k][2] and k not in approx:
                    kctx, _ = ctx_for(found[k][2])
                    keep = [c for c in cands if c[1] != "locality" or c[7] >= 100000 or kctx.get(c[3], 0.0) > 0]
                    # (a word with an umlaut that only folds to a village's name is a German noun: "Schäden",
                    # damage, is no Ash Shadyan)
                    surface = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                    if not _UMLAUTS.isdisjoint(surface):
                        keep = [c for c in keep if c[1] != "locality" or c[7] >= 100000
                                or self._literal_row(c[0], surface)]
                    # (German capitalises its nouns: a word of a German noun's shape is a village of Syria, Iraq or
                    # Turkey only where the village bears it letter for letter; "Schulen", schools, is no Shulin)
                    if surface.endswith(_DE_NOUN_ENDS):
                        keep = [c for c in keep if not c[6] or self._literal_row(c[0], surface)]
                    # (a town takes no article in German: "das Essen", food, "die Lage", the situation, "im Hof",
                    # in the yard)
                    # (but after a comma "die" is a relative pronoun: "Milizen, die Teheran finanziert")
                    ni = found[k][4]
                    if ni > 0 and toks[ni - 1][2].lower() in _DE_ARTICLES and text[toks[ni - 1][1]:toks[ni][0]] == " " \
                            and not (ni > 1 and text[toks[ni - 2][1]:toks[ni - 1][0]] == ", "
                                     and toks[ni - 1][2].lower() in _DE_RELATIVE):
                        keep = [c for c in keep if c[1] != "locality"]
                    if len(keep) != len(cands):
                        cands_list[k] = keep
        # in Arabic script a single word naming a town outside the Arab world (by the Arabic name a source gives it)
        # counts only in a text about that town's country, unless the town is a city of 100,000+: "الدولي"
        # (international) is not Develi in Turkey, nor "الأشهر" (the months) Alaşehir; "موسكو" is Moscow anywhere
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and opens_arabic(found[k][2]) \
                    and " " not in found[k][2]:
                kctx, _ = ctx_for(found[k][2])
                keep = [c for c in cands if c[3] in ARAB_COUNTRIES or not c[3] or c[1] in ("country", "admin1")
                        or c[7] >= 100000 or kctx.get(c[3], 0.0) > 0]
                # (and a town whose name is a common word - "الباب", the door, is al-Bab - only in a text about its
                # country or after a settlement's noun: "يفتح الباب أمام", opens the door to, in a report from
                # Baghdad, is no town; "مدينة الباب" is)
                ni = found[k][4]
                word = text[toks[ni][0]:toks[found[k][5] - 1][1]]
                if word in _AR_WORD_TOWNS and not (ni > 0 and _ar_noun_in(toks[ni - 1][2], _AR_SETTLEMENT_NOUN)):
                    keep = [c for c in keep if kctx.get(c[3], 0.0) > 0]
                if len(keep) != len(cands):
                    cands_list[k] = keep
        # a country reached only by another of its names, where a curated quarter or site bears the name as written
        # as its own and lies within 30 km of another place the text names, is that quarter: "attraverso Romaniya",
        # in a text about Raqqa, is Raqqa's al-Romaniya, not Romania
        named_pts = None
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if not cands or key is None or len(cands) < 2 or not any(c[1] == "country" for c in cands):
                continue
            word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
            quarters = [c for c in cands if c[1] in ("locality", "site") and self._curated(c[0])
                        and self._literal_row(c[0], word, primary_only=True)]
            if not quarters or any(c[1] == "country" and self._literal_row(c[0], word, primary_only=True)
                                   for c in cands):
                continue
            if named_pts is None:  # (the places the text names that have one reading, found once)
                named_pts = [(c[4], c[5], found[k2][2]) for k2, cl in enumerate(cands_list) if cl and len(cl) == 1
                             for c in cl if c[1] in ("locality", "site")]
            others = [(x, y) for x, y, k2 in named_pts if k2 != key]
            if others and any(_nearest_km(q[4], q[5], others) <= 30.0 for q in quarters):
                cands_list[k] = [c for c in cands if c[1] != "country"]
        # a spelling that only folds to a country's name, before a quarter's or a site's noun, names that quarter or
        # site ("the Romaniya quarter" of Raqqa is not Romania)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and any(c[1] == "country" for c in cands) \
                    and _site_noun_follows(toks, found[k][5], text):
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                cands_list[k] = [c for c in cands if c[1] != "country" or self._literal_row(c[0], word)]
        # a quarter named "in" a town lies in it: of a name's readings, those within 25 km of the town's ("حي
        # الميدان في وسط دمشق" is Damascus's al-Midan, not Aleppo's, though the text names Aleppo's countryside too)
        for k in range(len(found) - 1):
            cands, town = cands_list[k], cands_list[k + 1]
            if cands and len(cands) > 1 and town and found[k][2] is not None and found[k + 1][2] is not None \
                    and _IN_DIVISION_GAP.fullmatch(text, toks[found[k][1] - 1][1], toks[found[k + 1][0]][0]):
                pts = [(c[4], c[5]) for c in town if c[1] == "locality" and c[7] >= 10_000]
                if pts:
                    inside = [c for c in cands if c[1] in ("locality", "site") and _nearest_km(c[4], c[5], pts) <= 25.0]
                    if inside and len(inside) < len(cands):
                        cands_list[k] = inside
        # before a quarter's noun, a name is a town's quarter, not a province or a country that bears it ("the
        # Qadisiya quarter of Deir ez-Zor" is no Qadisiyyah province, in Iraq): their readings go (a quarter the data
        # lacks is left out)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and found[k][5] < len(toks) \
                    and toks[found[k][5]][2].lower() in _QUARTER_NOUNS and found[k][1] == found[k][5] \
                    and any(c[1] in ("admin1", "admin2") for c in cands):
                cands_list[k] = [c for c in cands if c[1] not in ("admin1", "admin2", "country")]
        # a country's name as the country spells it, with no article and no quarter's noun, is the country, not a
        # cited quarter whose spelling folds alike ("Romania sent aid to Raqqa"; but "al-Romaniya", "the Romaniya
        # quarter" of Raqqa)
        for k, cands in enumerate(cands_list):
            if cands and len(cands) > 1 and found[k][2] is not None and any(c[1] == "country" for c in cands) \
                    and any(self._curated(c[0]) for c in cands) and fold_token(toks[found[k][4]][2]) \
                    and not _site_noun_follows(toks, found[k][5], text):
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                if any(c[1] == "country" and self._literal_row(c[0], word) for c in cands):
                    cands_list[k] = [c for c in cands if not self._curated(c[0]) or self._literal_row(c[0], word)]
        # a generic name ("the Old City", "Downtown", "New City") is a place only in a text about the country of
        # a place that bears it as its own name (the Old City of Jerusalem; in Mosul it is Mosul's)
        # (and near the last place named before it, where that place is plain: "Raqqa ... the Old City" is Raqqa's,
        # not Mosul's, though Mosul comes up later)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] in _GENERIC_KEYS:
                kctx, _ = ctx_for(found[k][2])
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                lower = not word[:1].isupper()  # (in lower case or in Arabic script)
                # (a town's old city named in another language, or in lower case, is its "Old City")
                if found[k][2] == _OLD_CITY_KEY and fold(word) in _OLD_CITY_KEYS:
                    word = "Old City"
                cands = [c for c in cands
                         if kctx.get(c[3], 0.0) > 0 and self._literal_row(c[0], word, primary_only=True)]
                last = next((cl for cl in reversed(cands_list[:k]) if cl and any(
                    c[1] not in ("country", "admin1") for c in cl)), None)
                after = last is None
                if after:  # (in a headline before the dateline, or "the Old City of Hama": the first town named
                    # after it)
                    last = next((cl for cl in cands_list[k + 1:] if cl and any(
                        c[1] not in ("country", "admin1") for c in cl)), None)
                if cands and lower:
                    # (in lower case, or in Arabic script, "the old city", "la vieille ville", "the citadel": the
                    # city the text names most, of 100,000 or more, holds it - "Alep ... à Damas ... la vieille
                    # ville" is Aleppo's - or, as often, the one named last before it; none if that city has none:
                    # "the Daraiya quarter of Raqqa ... the old city" is no Old City of Damascus by Darayya)
                    cities: dict[tuple[float, float], list[int]] = {}
                    for k2, cl in enumerate(cands_list):
                        top = max(cl, key=lambda x: x[2]) if cl and k2 != k else None
                        if top is not None and top[1] == "locality" and top[7] >= 100_000:
                            cities.setdefault((top[4], top[5]), []).append(k2)
                    ranked = sorted(cities, key=lambda pt: (len(cities[pt]), max(
                        (k2 for k2 in cities[pt] if k2 < k), default=-1)), reverse=True)
                    cands = [c for c in cands if _nearest_km(c[4], c[5], ranked[:1]) <= 15.0] if ranked else []
                elif cands and last:
                    # (near its likeliest reading: "Mosul ... Tal Afar ... the Old City" is no Old City of Homs by a
                    # hamlet called Tal Afar; the town named after it holds it: "the Old City of Hama" is none of
                    # Homs, 45 km off; else near the likeliest reading of a place named before)
                    top = max(last, key=lambda x: x[2])
                    reach = 15.0 if after else 50.0
                    near = [c for c in cands if _nearest_km(c[4], c[5], [(top[4], top[5])]) <= reach]
                    if not near and not after:
                        before = [max(cl, key=lambda x: x[2]) for cl in cands_list[:k] if cl]
                        near = [c for c in cands if _nearest_km(c[4], c[5], [(x[4], x[5]) for x in before]) <= 50.0]
                    cands = near
                cands_list[k] = cands
        # villages of the covered countries only count in a text about that country, and a lone
        # one-word village name needs a place-like context ("in X", "X and Y", "X village")
        # (a hamlet beside a big namesake also counts within 60 km of a place the text names unambiguously:
        # al-Susah beside Hajin, not Sousse)
        fixed: list[tuple[str, tuple[float, float], int]] = []  # (key, point, first token)
        bare: dict[int, list] = {}  # village readings dropped for want of a place's context, by index
        # (or one on the course of a river its sentence names, whichever river of the name: "the Khabur river near
        # Tal Tamr")
        river_lines = [(sentence_of(toks[found[k2][0]][0]), line) for k2, cl in enumerate(cands_list) if cl
                       for c in cl if c[1] == "region" and (line := self._course_of(c[0]))]

        def about(k: int, c) -> bool:
            """Whether the text is about the country of village reading ``c`` of name ``k``, or names a river
            it lies on in its sentence."""
            return ctx.get(c[3], 0.0) > 0 or (bool(river_lines) and any(
                si2 == sentence_of(toks[found[k][0]][0]) and _on_line(line, (c[4], c[5]))[2] <= 10.0
                for si2, line in river_lines))

        for k, cands in enumerate(cands_list):
            # (a village of a country the text is not about does not unsettle a name: Hajin is no Saimbeyli)
            if cands and any(c[6] for c in cands):
                cands = [c for c in cands if not c[6] or about(k, c)]
            if cands and found[k][2] is not None and len({c[3] for c in cands}) == 1 and not any(c[8] for c in cands) \
                    and max(abs(c[4] - cands[0][4]) + abs(c[5] - cands[0][5]) for c in cands) < 0.5:
                fixed.append((found[k][2], (cands[0][4], cands[0][5]), found[k][4]))
        for k, cands in enumerate(cands_list):
            if cands and any(c[6] for c in cands):
                si, sj, key, kinds, ni, nj = found[k]
                kactx = actx_for(key)
                near = [pt for k2, pt, _ in fixed if k2 != key]
                # (or the country named right after it: "near al-Susah in eastern Syria", "Susah, Syria")
                named_in = set()
                if k + 1 < len(found) and found[k + 1][2] is not None and cands_list[k + 1]:
                    a, b = toks[nj - 1][1], toks[found[k + 1][4]][0]
                    if _IN_COUNTRY_GAP.fullmatch(text, a, b) or _QUALIFIER_GAP.fullmatch(text, a, b):
                        named_in = {c[3] for c in cands_list[k + 1] if c[1] == "country"}

                # (beside a namesake of 300,000 or more abroad, the hamlet's province must be named in its own
                # sentence: "Doha hosted the opposition's office", in a text that named Aleppo province before, is
                # Qatar's capital)
                # (abroad: in another country than the hamlet's, Turkey's capital beside a Syrian hamlet too:
                # "tensions with Ankara" in a text of Hasakah's towns is no Anqarah by Ras al-Ayn)
                hamlet_cc = {c[3] for c in cands if c[8]}
                capital = max((c[7] for c in cands if c[1] == "locality" and (
                    c[3] not in _MINOR_COUNTRIES or (c[3] not in hamlet_cc and not c[6]))), default=0) >= 300_000
                here_admin1: set[str] = set()
                if capital:
                    here = sentence_of(toks[ni][0])
                    for k3, cl in enumerate(cands_list):
                        if cl and k3 != k and sentence_of(toks[found[k3][0]][0]) == here:
                            top = max(cl, key=lambda c: c[2])
                            if top[1] == "admin1":
                                here_admin1.add(self._admin1_of(top[0]))

                near_here = near
                if capital and max(c[7] for c in cands if c[1] == "locality") >= 1_000_000:
                    # (beside a city of a million, which stands for its government as often as not, a place near the
                    # hamlet named in that sentence too, not anywhere in the text: "tensions with Ankara" after a
                    # paragraph on Jabal Abd al-Aziz is no Anqarah 50 km from it)
                    near_here = [pt for k2, pt, at in fixed if k2 != key and sentence_of(toks[at][0]) == here]

                def confirmed(c) -> bool:
                    if capital and c[8]:
                        province = self._admin_bonus(c, {nm: 1.0 for nm in here_admin1}) > 0
                        close = near_here
                    else:
                        province = self._admin_bonus(c, kactx) > 0
                        close = near
                    return province or bool(close and _nearest_km(c[4], c[5], close) <= 60.0) or c[3] in named_in

                # (not in the possessive, which speaks of a capital's government: "Ankara's proxies" in a sentence
                # of Hasakah's towns is no hamlet called Anqarah)
                # (nor a city of a million that stands for its government: "has asked Ankara for restraint",
                # "Ankara said")
                metonym = any(c[1] == "locality" and c[7] >= 1_000_000 for c in cands) and (
                    (nj < len(toks) and (toks[nj][2].lower() in _SPEECH_VERBS or toks[nj][2].lower() in _GOVERNMENT_VERBS))
                    or (ni > 0 and (toks[ni - 1][2].lower() in _ASKING_VERBS or toks[ni - 1][2] in _AR_SPEECH_BEFORE)))
                owner = metonym or text.startswith(("'s ", "’s "), toks[nj - 1][1]) or (
                    toks[ni][2].isupper() and _dateline(text, toks, ni, nj)) or (  # (nor a dateline: "BEIRUT, 30 Dec")
                    _TURKISH_LETTERS.search(text) is not None and any(
                        c[3] == "TR" and not c[6] and c[7] >= 100_000 for c in cands))
                # (nor in Turkish text, beside a Turkish city: "Ankara'da"; a town that bears the name only as an
                # old one is none: "Dağlıca bölgesindeki", in the Dağlıca area of Hakkari, not Bağlıca in Şırnak)
                if capital:
                    # (a city of a million written letter for letter as its own name, against a hamlet whose name
                    # only folds like it: "flew on to Beirut and Yerevan", by Latakia, is no Beyrut in Hatay)
                    word = text[toks[ni][0]:toks[nj - 1][1]]
                    if any(c[1] == "locality" and c[7] >= 1_000_000 and self._literal_row(c[0], word, primary_only=True)
                           for c in cands):
                        cands = [c for c in cands if not c[8] or self._literal_row(c[0], word)]
                if capital and _VILLAGE_BEFORE.search(text, max(0, toks[ni][0] - 12), toks[ni][0]):
                    # (after a village's noun, the village: "la aldea de Arak", by Palmyra, is no city of Iran)
                    cands = [(*c[:8], False) if c[8] else c for c in cands
                             if c[6] or not (c[1] == "locality" and c[7] >= 100_000)]
                cands = [c for c in cands if not c[6] or (about(k, c) and (
                    not c[8] or (not owner and confirmed(c))))]
                if cands and all(c[6] for c in cands) and not kinds:
                    # (right after a country or a province the text names, a village's name is no surname: the
                    # Kurmanji "li Sûriyê Tirbespî", in Syria, Tirbespî)
                    after_area = k > 0 and found[k - 1][1] == ni and text[toks[ni - 1][1]:toks[ni][0]] == " " \
                        and any(c[1] in ("country", "admin1") for c in cands_list[k - 1] or ())
                    if nj - ni == 1 and not after_area \
                            and not _place_like_context(text, toks, ni, self._eligible, self._covered) \
                            and not _listed_near(text, toks, found, cands_list, k, cands) and not (
                                # (opening a sentence, a village within 60 km of a place the text names for sure, that
                                # does not speak: "... Maabatli. Jinderes fell after days of air strikes")
                                _SENT_END.search(text[max(0, toks[ni][0] - 3):toks[ni][0]]) and near
                                and not _turkish_prose(text)  # (Turkish opens sentences with "Aynı", "Sınır")
                                and any(_nearest_km(c[4], c[5], near) <= 60.0 for c in cands)
                                and not (nj < len(toks) and toks[nj][2].lower() in _SPEECH_VERBS)
                                and key not in _GIVEN_KEYS and key not in _STOP_KEYS):
                        if key not in _GIVEN_KEYS and key not in _STOP_KEYS:
                            bare[k] = cands  # (kept if the text names it elsewhere where a place stands, below)
                        cands = []
                    elif not after_area and ni > 0 and toks[ni - 1][2][:1].isupper() \
                            and text[toks[ni - 1][1]:toks[ni][0]] == " " \
                            and not _SENT_END.search(text[max(0, toks[ni - 1][0] - 3):toks[ni - 1][0]]) \
                            and toks[ni - 1][2].lower() not in _CUES_BEFORE \
                            and fold(toks[ni - 1][2]) not in _STOP_KEYS \
                            and not _german_noun_before(text, toks, ni, self._eligible):
                        cands = []  # "Rachid El Abdi": the end of a person's name (not after a German noun,
                        # capitalised as German nouns are: "eroberten die Angreifer Rajo")
                if cands and near and ((
                        _QUARTERS_AFTER.match(text, toks[nj - 1][1]) is not None
                        and _nearest_km_all(cands, near) > 150.0) or (
                        len(cands) >= 3 and all(c[6] and c[7] < 1000 for c in cands) and _spread_km(cands) > 300.0
                        and _nearest_km_all(cands, [(c2[4], c2[5]) for k2, cl in enumerate(cands_list)
                                                    if k2 != k and cl and found[k2][2] != key for c2 in cl]) > 150.0)):
                    # a quarter of the town the text is about none of whose readings lies within 150 km of the places
                    # the text names for sure, and a hamlet of many namesakes none of which lies within 150 km of any
                    # reading of the text's other names, is no reading of ours: "the Barbaros, Karşıyaka, Nuh and Zap
                    # quarters" of Şırnak are no neighbourhoods of Istanbul or İzmir
                    cands = []
                cands_list[k] = cands
        # a village named bare, where no word says it is a place, is the village the text names elsewhere as a place
        # (one name, one place in a text: "fighters left Jalawla after two days", after "fled from Jalawla")
        if bare:
            bare_keys = {found[b][2] for b in bare}
            kept: dict[str, dict] = {}  # key -> {row: candidate} of its readings kept elsewhere in the text
            for k, cl in enumerate(cands_list):
                if cl and found[k][2] in bare_keys:
                    kept.setdefault(found[k][2], {}).update((c[0], c) for c in cl)
            # (only where those readings are one place, or places of one country, which the reading kept elsewhere
            # settles the same way: "окружили Башику" and "под Башикой", by Bashiqa, not by a Bachika of Dohuk)
            kept = {key: set(rows) for key, rows in kept.items()
                    if len({c[3] for c in rows.values()}) == 1}
            # (nor a name the text gives a person somewhere: "Samra says", "Samra, 46," in a profile of a man)
            said = {w for w in {toks[found[b][4]][2] for b in bare if found[b][5] - found[b][4] == 1}
                    if any(t[2] == w and (_speaker(text, toks, j) or _AGE_AFTER.match(text, t[1]) is not None)
                           for j, t in enumerate(toks))}
            for k, cands in bare.items():
                rows = kept.get(found[k][2]) if toks[found[k][4]][2] not in said else None
                ni, nj = found[k][4], found[k][5]
                # (not where a capitalised word before it makes it a name's end, "Nachrichtenagentur Dicle", "Hamad
                # al-Dhibani"; nor a web address, "Ankawa.com"; nor an Arabic word with its article, which may be
                # the common noun: "العدوان", the aggression, by the village of al-Adwan)
                end = toks[nj - 1][1]
                b = ni - 1 if ni > 1 and toks[ni - 1][2] in ("al", "el") else ni  # (past an article: "Hamad al-Dhibani")
                named = b > 0 and toks[b - 1][2][:1].isupper() and text[toks[b - 1][1]:toks[b][0]] in (" ", "-") \
                    and not _SENT_END.search(text[max(0, toks[b - 1][0] - 3):toks[b - 1][0]])
                web = text.startswith(".", end) and text[end + 1:end + 2].isalpha()
                # (nor a word in capitals, an acronym's shape: "DAIŞê", the Islamic State, is no Daysa)
                if rows and not named and not web and not toks[ni][2].startswith("ال") and not toks[ni][2][:2].isupper():
                    cands_list[k] = [c for c in cands if c[0] in rows]
                elif not rows and not named and not web and not toks[ni][2][:2].isupper():
                    # (or the head of a longer name the text gives a place it holds, where a reading lies within
                    # 15 km of it: "معركة الباغوز" after "الباغوز فوقاني", "When Darbandikhan runs low" after "the
                    # Darbandikhan dam")
                    longer = [(c2[4], c2[5]) for k2, cl in enumerate(cands_list) if cl and found[k2][2]
                              and found[k2][2].startswith(found[k][2] + " ")
                              and (found[k2][0] >= found[k][1] or found[k2][1] <= found[k][0])  # (elsewhere)
                              for c2 in cl]
                    if longer:
                        cands_list[k] = [c for c in cands if _nearest_km(c[4], c[5], longer) <= 15.0]
        # "the city of X" / "the town of X": X is a settlement everywhere in the text, not a country or a
        # region of that name (a small town called Turkey, in Texas); not "the largest city of Syria", a city in it
        settled = {f[2] for f in found if f[2] is not None and f[3] is None and f[4] >= 2
                   and toks[f[4] - 1][2].lower() == "of"
                   and toks[f[4] - 2][2].lower() in ("city", "town", "village", "township")
                   and (f[4] < 3 or toks[f[4] - 3][2].lower() not in _CITY_RANKS)
                   # (nor "last the city of X", as the Russian rendering gives "последнем городе Восточной Гуты")
                   and (f[4] < 4 or toks[f[4] - 3][2] != "the" or toks[f[4] - 4][2].lower() not in _CITY_RANKS)}
        if settled:
            for k, cands in enumerate(cands_list):
                if cands and found[k][2] in settled and found[k][3] is None:
                    cands_list[k] = [c for c in cands if c[1] not in ("country", "region")]


#: words that rank a city among its country's: "the largest city of Syria" is a city in Syria
_CITY_RANKS = frozenset("largest biggest second third fourth main major chief principal capital oldest last only "
                        "holy ancient northern southern eastern western border".split())

#: a person's age after the name: "Samra, 46, who was born near New Delhi"
_AGE_AFTER = re.compile(r",\s+\d{1,3},")

#: how far from every other place a text names a quarter or a hamlet (no population on record) may lie before it is
#: taken for a namesake the data lacks (the text being about another city or region)
_STRAY_KM = 250.0


def _drop_stray_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the mentions of a city quarter or a hamlet of Syria, Iraq or Turkey (a locality with no population on
    record) that lies more than :data:`_STRAY_KM` from every other town, quarter, site or district the text names,
    where it names two or more: "Tayaran Square" in a text about Baghdad is not Mosul's al-Tayaran, 350 km off, but a
    square the data lacks. A village the sources hold stays where its sentence names its country or its province
    ("Im Irak ... bei Machmur", in a text about Syria, is Makhmur). Nor is a quarter placed "in" a town of 10,000 or
    more that lies more than 25 km from it that quarter ("Bab al-Nasr in Mosul" is not Aleppo's gate)."""
    pts = [(m.place.lon, m.place.lat, m.place.id) for m in mentions
           if m.place is not None and m.place.kind in ("locality", "site", "admin2")]
    out = []
    for k, m in enumerate(mentions):
        p = m.place
        if p is not None and p.kind == "locality" and not p.population and p.country in _MINOR_COUNTRIES:
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            if p.source == "curated" and nxt is not None and nxt.place is not None and nxt.place.kind == "locality" \
                    and nxt.place.population >= 10_000 and _IN_DIVISION_GAP.fullmatch(text, m.end, nxt.start) \
                    and _nearest_km(p.lon, p.lat, [(nxt.place.lon, nxt.place.lat)]) > 25.0:
                continue
            others = [(x, y) for x, y, pid in pts if pid != p.id]
            # (nor one the text places on a country's border, as its reading was chosen: "al-Yarubiyah, on the
            # border with Iraq")
            bordered = nxt is not None and nxt.place is not None and nxt.place.kind == "country" \
                and _BORDER_WITH.fullmatch(text, m.end, nxt.start) is not None
            if len(pts) >= 3 and len(others) >= 2 and not bordered and _nearest_km(p.lon, p.lat, others) > _STRAY_KM:
                s0, s1 = _sentence_bounds(text, m.start)
                if p.source == "curated" or not any(s0 <= m2.start < s1 and m2.place is not None and (
                        (m2.place.kind == "country" and m2.place.country == p.country)
                        or (m2.place.kind == "admin1" and p.admin1 and m2.place.admin1 == p.admin1))
                        for m2 in mentions):
                    continue
        out.append(m)
    return out


_OFFSET = re.compile(r"(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:re|er)s|miles)\s+(?:to\s+the\s+)?"
                     r"(north|south)?[- ]?(east|west)?", re.I)
_BEARINGS = {("north", None): 0.0, ("north", "east"): 45.0, (None, "east"): 90.0, ("south", "east"): 135.0,
             ("south", None): 180.0, ("south", "west"): 225.0, (None, "west"): 270.0, ("north", "west"): 315.0}


def _offset(gap: str) -> tuple[float, float] | None:
    """The distance (km) and bearing (degrees) a gap such as ", some 60 km east of " states, if it states both.

    >>> _offset(", some 60 km east of "), _offset(" 10 miles north-west of "), _offset(", east of ")
    ((60.0, 90.0), (16.09, 315.0), None)
    """
    m = _OFFSET.search(gap)
    if m is None:
        return None
    bearing = _BEARINGS.get((m.group(3) and m.group(3).lower(), m.group(4) and m.group(4).lower()))
    if bearing is None:
        return None
    km = float(m.group(1).replace(",", "."))
    return (round(km * 1.609, 2) if m.group(2).lower() == "miles" else km), bearing


def _moved(pt: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from ``pt`` (lon, lat) on ``bearing`` (degrees from north), on a sphere's local plane.

    >>> _moved((44.0, 36.0), 111.2, 0.0)
    (44.0, 37.0)
    """
    rad = math.radians(bearing)
    lat = pt[1] + km * math.cos(rad) / 111.2
    lon = pt[0] + km * math.sin(rad) / (111.2 * math.cos(math.radians(pt[1])))
    return round(lon, 5), round(lat, 5)



def _listed_near(text: str, toks, found, cands_list, k: int, cands) -> bool:
    """Whether name ``k`` and the name before or after it are joined by one word of :data:`_LIST_AND` and that name
    has a reading within 60 km of one of ``cands``: two villages named together ("Sermin ile Binniş", where
    "Binniş" is found only by its skeleton)."""
    for k2, a, b in ((k + 1, found[k][5], found[k + 1][4] if k + 1 < len(found) else -1),
                     (k - 1, found[k - 1][5] if k > 0 else -1, found[k][4])):
        if not (0 <= k2 < len(found)) or b - a != 1 or not cands_list[k2] \
                or toks[a][2].lower() not in _LIST_AND or text[toks[a - 1][1]:toks[a][0]] != " " \
                or text[toks[a][1]:toks[b][0]] != " ":
            continue
        if any(_nearest_km(c[4], c[5], [(c2[4], c2[5]) for c2 in cands_list[k2]]) <= 60.0 for c in cands):
            return True
    return False
