"""Candidate readings of a key, and the tests on them that the scan and the resolution share."""

from __future__ import annotations

from ..fold import fold, fold_token, opens_arabic
from ..index import F_ADMIN1, F_ALT, F_CC, F_KIND, F_LAT, F_LON, F_POP, F_SRC
from ..resolve import ARAB_COUNTRIES, importance, namesake_town
from .context import _is_german, _lower_words, _place_like_context, _plain, _plural_site_at
from .cues import _CUES_AFTER, _CUES_BEFORE, _GIVEN_KEYS, _MINOR_COUNTRIES, _STOP_KEYS, _TR_SETTLEMENT_NOUNS, _UMLAUTS
from .demonyms import DEMONYMS
from .lines import _nearest_km
from .names import _GIVEN
from .patterns import _ADMIN_SUFFIX, _ALT_NAME_COST, _CURATED_W, _DISTANCE_AFTER
from .vocabulary import _DE_ARTICLES, _NOT_PLACES, _PERSON_AFTER


class _Candidates:
    """Candidate readings of a key and the tests on them that the scan and the resolution share (a part of
    :class:`~gazetteer.geoparse.parser.Geoparser`, which holds the gazetteer and the caches)."""

    def _foreign_alt(self, c, key: str) -> bool:
        """Whether candidate ``c`` is a GeoNames town abroad (outside Syria, Iraq and Turkey) of under a million,
        matched by another of its names that no cited page gave it."""
        if c[1] != "locality" or c[3] in _MINOR_COUNTRIES or c[7] >= 1_000_000 or self.gz.is_user(c[0]):
            return False
        own = self._geonames_own.get(c[0])
        if own is None:

            row = self.gz._row(c[0])
            own = fold(row[1]) if row[F_SRC] == "geonames" else ""
            if len(self._geonames_own) < 100_000:
                self._geonames_own[c[0]] = own
        return bool(own) and own != key and not self.gz.cited_name(self.gz._row(c[0])[0], key)

    def _candidates(self, key: str, kinds, article: bool = False) -> list:
        """Scored candidate rows for a matched key (cached: independent of the text)."""
        cached = self._cand_cache.get((key, kinds, article))
        if cached is not None:
            return cached

        gz = self.gz
        rows = self._eligible(key, article)
        if rows and len(rows) <= 3:
            # a spelling listed for an area alone is its namesake town's too ("Dzhisr-esh-Shugur")
            towns = [t for t in (namesake_town(gz, gz.place(i), key) for i in rows
                                 if not gz.is_user(i) and gz._row(i)[F_KIND] in ("admin1", "admin2"))
                     if t is not None]
            rows = (*rows, *(t for t in towns if t not in rows))
        if rows and not opens_arabic(key):
            rows = self._same_arabic_name(key, rows)
        cands = []
        region = False  # (a curated region among the readings)
        owns: set[int] = set()  # rows that bear the key as their own name
        for r_i in rows:
            if gz.is_user(r_i):
                p = gz.place(r_i)
                kind, pop, src, cc, lon, lat = p.kind, p.population, "user", p.country, p.lon, p.lat
            else:
                r = gz._row(r_i)
                kind, pop, src, cc = r[F_KIND], int(r[F_POP] or 0), r[F_SRC], r[F_CC]
                lon, lat = float(r[F_LON]), float(r[F_LAT])
            if kinds and kind not in kinds:
                continue
            prior = importance(kind, pop, src)
            if src == "curated" and kind != "locality":
                prior += _CURATED_W  # a site or area reporting names, chosen for that: it outweighs a namesake hamlet
                # in a province the text names elsewhere (al-Tanf, not a hamlet called Tanf in Anbar); not a city
                # quarter (Aleppo's Salaheddine is no match for Iraq's Salahuddin province)
            if kinds:
                prior += 15.0 * (len(kinds) - kinds.index(kind)) / len(kinds)
            # (in Arabic script, a Syrian, Iraqi or Turkish place's own name is its first Arabic one: القصير is
            # al-Qusayr's, and only another name of a hamlet by Aleppo)
            own = src in ("user", "curated") or gz._primary_key(r_i) == key or (
                src != "user" and (cc in _MINOR_COUNTRIES or cc in ARAB_COUNTRIES) and opens_arabic(key)
                and gz._arabic_key(r_i) == key)
            if not own:
                prior -= _ALT_NAME_COST  # named only by an alternate name: the Syrian Ras al-Ayn, not Ceylanpinar
            minor = (kind == "locality" and src in ("wof", "geonames") and cc in _MINOR_COUNTRIES
                     and pop < 20000)
            cands.append((r_i, kind, prior, cc, lon, lat, minor, pop, False))
            if own:
                owns.add(r_i)
            if src == "curated" and kind == "region":
                region = True
        if region or (any(c[6] and c[3] == "TR" and c[0] not in owns for c in cands) and any(
                c[3] != "TR" and not gz.is_user(c[0]) and (
                    gz.cited_name(gz.place(c[0]).id, key) or (c[3] in ("SY", "IQ") and c[7] >= 10000))
                for c in cands)):
            # a Turkish village's old name yields to the region a cited entry gives it, or to the place abroad a
            # cited spelling gives it: Turkish reporting names its villages by their Turkish names ("Zap" is the
            # region by the Great Zab in Iraq, not Andaç, once Zap; "Mahmur" is Makhmur in Iraq, not Balıksırtı), or to
            # a town of 10,000 or more in Syria or Iraq that bears it ("Morek" is Murak by Khan Shaykhun, not
            # Ormanözü, once Mörek)
            cands = [c for c in cands if not (c[6] and c[3] == "TR" and c[0] not in owns)]
        if any(c[0] in owns and not c[6] and c[1] in ("locality", "admin1")
               and (c[3] in _MINOR_COUNTRIES or c[1] == "admin1" or c[7] >= 100000) for c in cands):
            # a hamlet that merely has this as an alternate spelling does not compete with a town or a province
            # that bears it as its own name, unless the text names its province ("Mardin" is the Turkish city,
            # not Mawrdin in Halabja; but a small town far abroad, Maraã in Brazil, does not hide Mare', spelt
            # "Mar'a", in a text about Syria)
            cands = [(*c[:8], True) if c[6] and c[0] not in owns else c for c in cands]
        if any(((c[7] >= 200000 and c[1] == "locality") or c[1] == "country")
               and (c[0] in owns or not self._foreign_alt(c, key)) for c in cands):
            # a hamlet does not outweigh a capital of the same name, unless the text names its province
            cands = [(*c[:8], True) if c[6] else c for c in cands]
        if not kinds:
            # demote admin areas when a town of the same name exists in the same country: any town in Syria,
            # Iraq or Turkey (Idlib, Quneitra, the seat of Tal Abyad district), elsewhere a city (Washington; not
            # Oregon, Ohio). The town must bear the name at least as much as the area does, and for a province
            # be more than a hamlet (neither Antakya, also called Hatay, nor a hamlet named Hatay demotes Hatay
            # province; Daraa town, spelt Deraa, does demote the province spelt so); in Syria, Iraq and Turkey
            # it must lie in the same province (a hamlet called Suruç in Konya leaves Suruç district alone)
            towns = [c for c in cands if c[1] == "locality" and (c[3] in _MINOR_COUNTRIES or c[7] >= 100000)]
            if towns and any(c[1] in ("admin1", "admin2") for c in cands):
                def seat(c):
                    return c[3], (self._admin1_of(c[0]) if c[3] in _MINOR_COUNTRIES else "")

                def demoted(c) -> float:
                    if c[1] not in ("admin1", "admin2"):
                        return c[2]
                    own = c[0] in owns
                    rivals = [t for t in towns if t[0] in owns or not own]
                    here = seat(c)
                    # (a district's town lies in the district: a hamlet called Cukurca 75 km off does not demote
                    # Çukurca district, whose own town the gazetteer lacks)
                    if any(seat(t) == here and (c[1] == "admin2" or not t[6]) and (
                            c[1] != "admin2" or not self._has_extent(c[0]) or self._holds_any(c[0], [(t[4], t[5])]))
                           for t in rivals):
                        return c[2] - 70.0
                    if c[1] == "admin2" and c[3] in ("SY", "IQ") and any(
                            t[7] >= 10000 and seat(t) == here and self._holds_any(c[0], [(t[4], t[5])]) for t in towns):
                        return c[2] - 70.0  # a district's town bearing its name as another name: "Tuz", "Tadmor"
                    # a district whose namesake town lies in another province, or a province known by the name
                    # only as an alternate (Babil): still the best reading of the bare name, but a village of
                    # the name in the province the text names comes first
                    if (c[1] == "admin2" or not own) and any(t[3] == c[3] for t in rivals):
                        return c[2] - 20.0
                    return c[2]

                cands = [(c[0], c[1], demoted(c), *c[3:]) for c in cands]
        if len(self._cand_cache) < 100_000:
            self._cand_cache[(key, kinds, article)] = cands
        return cands

    def _same_arabic_name(self, key: str, rows) -> tuple:
        """``rows`` with the Syrian and Iraqi towns that bear, as their own Arabic name, the Arabic name of a
        village the Latin ``key`` names only by another spelling: that spelling transliterates the Arabic name,
        which is the towns' too ("Qabassine", listed for a hamlet by Manbij, is also Qabasin by al-Bab, قباسين
        both)."""
        from rapidfuzz.fuzz import ratio as _ratio  # (once a key: the candidates are cached)

        gz = self.gz
        extra = []
        for r_i in rows:
            if gz.is_user(r_i) or gz._primary_key(r_i) == key:
                continue
            r = gz._row(r_i)
            if r[F_KIND] != "locality" or r[F_CC] not in ("SY", "IQ"):
                continue
            for akey in {fold(a) for a in r[F_ALT].split("|") if a[:1] and "\u0600" <= a[:1] <= "\u06ff"}:
                for t in gz._rows_for_key(akey):
                    if t not in rows and t not in extra and not gz.is_user(t) and gz._row(t)[F_KIND] == "locality" \
                            and int(gz._row(t)[F_POP] or 0) >= 10000 and gz._arabic_key(t) == akey \
                            and _ratio(key, gz._primary_key(t)) >= 85:
                        extra.append(t)  # (its own Latin name spelt near the key: not an older name's heir)
        return (*rows, *extra) if extra else rows

    def _hamlet_alias(self, key: str) -> bool:
        """Whether every place ``key`` may denote is a Turkish village of under 20,000 that bears it only as an old
        name (Andaç, in Şırnak, once called Zap; Ovabaşı once Metina): Turkish reporting names its villages by their
        Turkish names, and the old one is more often a region's (Syrian villages, whose other names are the Kurdish and
        Turkish spellings reporting uses, are not such)."""
        cands = self._candidates(key, ())
        return bool(cands) and all(
            c[1] == "locality" and c[3] == "TR" and c[7] < 20000 and not self.gz.is_user(c[0])
            and self.gz._primary_key(c[0]) != key for c in cands)

    def _ends_place_name(self, folded, adj, k: int, full_names) -> bool:
        """Whether token ``k``, a surname seen in a person's name, ends a place's name of two or more words here
        that is not that person's name ("Ain al-Asad" after "Bashar al-Assad"; "Hong Kong" after "Mrs Kong")."""
        s2 = k
        while s2 > max(0, k - 3) and adj[s2 - 1]:
            s2 -= 1
        return self._ends_multiword_name(folded[s2:k], folded[k], full_names)

    def _shared_site(self, text, toks, folded, cap, adj, masked, i: int, best_j: int):
        """``(end, key)`` where the name at token ``i`` shares a plural site noun with the names of a list after it
        and the gazetteer knows that site: "the T4 and Hama air bases" (T4 airbase, Hama air base), "the Shayrat
        and Tiyas airbases"; else None."""
        n = len(toks)
        for end in sorted({best_j, i + 1} - {-1}, reverse=True):
            k = end
            listed = False
            # the rest of the list: "and"/"or" or a comma, then up to four capitalised words or codes
            while k < n and adj[k - 1] and (toks[k][2] in ("and", "or") or text[toks[k - 1][1]:toks[k][0]] == ", "):
                if toks[k][2] in ("and", "or"):
                    k += 1
                j = k
                while j < n and j - k < 4 and adj[j - 1] and not masked[j] and (
                        cap[j] or toks[j][2][:1].isdigit() or (j > k and not folded[j])) \
                        and not _plural_site_at(toks, j):
                    j += 1
                if j == k:
                    break
                k, listed = j, True
            if not listed:
                # the list's last name, right before the noun: "the Shayrat and Tiyas airbases"
                listed = i > 0 and adj[i - 1] and (toks[i - 1][2] in ("and", "or")
                                                   or text[toks[i - 1][1]:toks[i][0]] == ", ")
            if not listed or k >= n or not adj[k - 1]:
                continue
            singular = _plural_site_at(toks, k)
            if singular is None:
                continue
            name = " ".join(f for f in folded[i:end] if f)
            for noun in singular:
                key = name + " " + fold(noun)
                if self._eligible(key):
                    return end, key
        return None

    def _ends_a_name(self, toks, stem: str, name_prefixes) -> bool:
        """Whether ``stem``, a word stripped of a Turkish case ending, is a name, opens one, or ends one that the
        words just before it begin ("Abyad" after "Tel"; an article between folds away: "Ras al Ayn'da")."""
        key = fold_token(stem)
        if self._eligible(key) or key in name_prefixes:
            return True
        before: list[str] = []
        for _, _, w in reversed(toks[-4:]):
            f = fold_token(w)
            if f and not w[:1].isupper():
                break
            before.insert(0, f)
        return self._ends_multiword_name(before, key)

    def _ends_multiword_name(self, before: list[str], last: str, exclude=()) -> bool:
        """Whether some of the folded words ``before`` (the nearest ones, opening with a word, not an article) and
        ``last`` make a name of two or more words, not one of ``exclude``."""
        for n in range(1, len(before) + 1):
            if not before[-n]:
                continue
            key = " ".join(f for f in (*before[-n:], last) if f)
            if " " in key and key not in exclude and self._eligible(key):
                return True
        return False

    def _km_from(self, c, pt) -> float:
        """Distance (km) from candidate ``c`` to point ``pt`` (lon, lat); from an area's bounding box, not its centre
        ("Babil, south of Baghdad": the province begins a few km from the city)."""
        x, y = pt
        if c[1] in ("admin1", "admin2"):
            bb = self.gz.place(c[0]).bbox
            if bb:
                x, y = min(max(x, bb[0]), bb[2]), min(max(y, bb[1]), bb[3])
                return _nearest_km(x, y, [pt])
        return _nearest_km(c[4], c[5], [pt])

    def _has_extent(self, area_row: int) -> bool:
        """Whether the area at row ``area_row`` has a bounding box of some size (not a point's)."""
        bb = self.gz.place(area_row).bbox
        return bool(bb) and (bb[2] - bb[0] > 0.01 or bb[3] - bb[1] > 0.01)

    def _holds_any(self, area_row: int, pts) -> bool:
        """Whether any of ``pts`` [(lon, lat)] lies inside the bounding box of the area at row ``area_row``."""
        bb = self.gz.place(area_row).bbox
        return bool(bb) and any(bb[0] <= x <= bb[2] and bb[1] <= y <= bb[3] for x, y in pts)

    def _admin1_of(self, i: int) -> str:
        """The first-level division of place row ``i`` (its own name for an admin1)."""

        return self.gz.place(i).admin1 if self.gz.is_user(i) else self.gz._row(i)[F_ADMIN1]

    @staticmethod
    def _near_longer_names(text, toks, found, cands_list) -> None:
        """A name that opens a longer name the text also names lies near it: "Baghouz", beside "Baghouz
        al-Fawqani", is that Baghouz, not a hamlet of the name in another province the text names."""
        spans = [f[2] + " " if cl and f[2] is not None else "" for f, cl in zip(found, cands_list)]
        for k, cl in enumerate(cands_list):
            if not cl or len(cl) < 2 or found[k][2] is None or found[k][3] is not None \
                    or any(c[1] not in ("locality", "site") for c in cl):
                continue  # (only among settlements: "Hama" beside "Hama airport" may still be the province)
            for k2, longer in enumerate(spans):
                if k2 != k and len(longer) > len(spans[k]) and longer.startswith(spans[k]):
                    pts = [(c[4], c[5]) for c in cands_list[k2] if c[1] in ("locality", "site")]
                    near = [c for c in cl if pts and _nearest_km(c[4], c[5], pts) <= 30.0]
                    if near:
                        cands_list[k] = near
                        break

    def _admin_bonus(self, c, actx: dict) -> float:
        if not actx or c[1] in ("country", "admin1") or (c[1] == "admin2" and c[3] != "US"):
            return 0.0  # (a U.S. county, whose point is its state's, is placed by the state the text names)
        a1 = self._admin1_of(c[0])
        if not a1 or a1 not in actx:
            return 0.0
        # village-level data (Syria, Iraq, Turkey) repeats names across provinces: the province the text
        # names outweighs a town of the name elsewhere ("rural Aydın ... Kiziltepe" is not Kızıltepe in Mardin),
        # though not a great city ("In Hama" beside Aleppo is the city, not a hamlet called Hamah near Aleppo)
        if c[1] == "admin2":
            # (a county, among the counties of its name in several states the text names, is in the state it names
            # most: "Boone County ... Indiana counties ... Indiana, Illinois and Ohio")
            return 20.0 * actx[a1] / max(actx.values())
        return 30.0 if c[3] in _MINOR_COUNTRIES and not c[8] else 20.0

    def _seat_bonus(self, c, cands, actx: dict, key: str | None) -> float:
        """A district (outside the U.S.) named ``key`` as its own name, in a province the text names, stands for its
        seat, as the province bonus of :meth:`_admin_bonus` lets a town do, where the data has no town of the name
        with people in that province and none inside the district: "Çukurca in Hakkari province" is the district's
        town, not a hamlet of the name 70 km off in another district."""
        if c[1] != "admin2" or c[3] == "US" or not actx or key is None or self.gz._primary_key(c[0]) != key:
            return 0.0
        a1 = self._admin1_of(c[0])
        if not a1 or a1 not in actx:
            return 0.0
        for x in cands:
            if x[1] == "locality" and self._admin1_of(x[0]) == a1 and (
                    x[7] > 0 or self._holds_any(c[0], [(x[4], x[5])])):
                return 0.0
        return 30.0 if c[3] in _MINOR_COUNTRIES else 20.0

    def _bears(self, key: str, word: str) -> bool:
        """Whether a word that is, or folds to, a common word or given name is a place's own name here: some
        place ``key`` may denote bears the word itself, and a big place (100,000+ or an admin area) if the word
        is itself a given name ("Rashid" is not a village in a person's name; "Anah" is the Iraqi town)."""
        given = _plain(word) in _GIVEN
        for i in self._eligible(key):
            if self._literal_row(i, word) and (not given or self.gz.is_user(i) or self._big_row(i)):
                return True
        return False

    def _local_word(self, text, toks, folded, arab, masked, i: int, doc_cc) -> bool:
        """Whether the capitalised word at ``i``, a common word or given name ("Dana", "Hit"), may be a Syrian,
        Iraqi or Turkish village bearing that very name, to be kept only where the text's geography confirms it
        (as a spelling-skeleton match is): in a text about one of those countries, standing where a place name
        stands and not at a sentence's start ("Hit by shelling, ..." is no town)."""
        w = toks[i][2]
        if not doc_cc or arab[i] or masked[i] or len(w) < 3 or w in DEMONYMS or w.lower() in _NOT_PLACES:
            return False
        # (at a sentence's start only with a distance after it: "Hit, some 50 km upriver, was retaken")
        measured = _DISTANCE_AFTER.match(text, toks[i][1]) is not None
        if not measured and (i == 0 or any(ch in text[toks[i - 1][1]:toks[i][0]] for ch in '.!?:;\n"“”')):
            return False
        if not measured and not _place_like_context(text, toks, i, self._eligible, self._covered):
            return False
        if folded[i] in _GIVEN_KEYS and _PERSON_AFTER.match(text, toks[i][1]):
            return False  # a given name and a family's: "de Bashar al Asad"

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_CC] in _MINOR_COUNTRIES
                   and self.gz._row(r)[F_KIND] == "locality" and self._literal_row(r, w)
                   for r in self._eligible(folded[i], article=True))

    def _longest_from(self, toks, folded, adj, masked, prefixes, i: int) -> int:
        """The end of the longest name of two or more words that starts at token ``i`` (``i`` if none)."""
        parts: list[str] = []
        best = i
        for j in range(i, min(len(toks), i + 8)):
            if (j > i and not adj[j - 1]) or masked[j]:
                break
            if folded[j]:
                parts.append(folded[j])
                key = " ".join(parts)
                if len(parts) > 1 and self._eligible(key):
                    best = j + 1
                if key not in prefixes:
                    break
        return best

    def _big_key(self, key: str) -> bool:
        """Whether ``key`` names a city of 100,000 or more, an area or a site."""

        return any(self.gz.is_user(r) or self.gz._row(r)[F_KIND] != "locality" or int(self.gz._row(r)[F_POP] or 0)
                   >= 100_000 for r in self._eligible(key))

    def _metropolis(self, key: str) -> bool:
        """Whether ``key`` names a country or a city of a million or more."""

        return any(not self.gz.is_user(r) and (self.gz._row(r)[F_KIND] == "country" or int(self.gz._row(r)[F_POP] or 0)
                   >= 1_000_000) for r in self._eligible(key))

    def _names_country(self, key: str) -> bool:
        """Whether ``key`` names a country."""

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_KIND] == "country" for r in self._eligible(key))

    def _big_row(self, i: int) -> bool:

        row = self.gz._row(i)
        return row[F_KIND] in ("country", "admin1") or int(row[F_POP] or 0) >= 100000

    def _named_otherwise(self, i: int, key: str) -> bool:
        """Whether row ``i``, a Syrian, Iraqi or Turkish place, bears a name folding to ``key`` that is not itself a
        given name ("Anah" for "ana"); such a village still needs its country in the text."""
        p = self.gz.place(i)
        return p.country in _MINOR_COUNTRIES and any(fold(n) == key and _plain(n) not in _GIVEN
                                                     for n in (p.name, *p.alt_names))

    def _regional(self, key: str) -> bool:
        """Whether ``key`` may denote a region ("Europe", "the Gulf")."""

        return any(not self.gz.is_user(i) and self.gz._row(i)[F_KIND] == "region" for i in self._eligible(key))

    def _strong(self, key: str) -> bool:
        """Whether ``key`` may denote a country, a first-level division, a city of 500,000+ or a user place."""
        r = self._strong_cache.get(key)
        if r is None:

            r = False
            for i in self._eligible(key):
                if self.gz.is_user(i):
                    r = True
                    break
                row = self.gz._row(i)
                if row[F_KIND] in ("country", "admin1") or int(row[F_POP] or 0) >= 500000:
                    r = True
                    break
            if len(self._strong_cache) < 200_000:
                self._strong_cache[key] = r
        return r

    def _literal_row(self, i: int, surface: str, primary_only: bool = False, trust_alts: bool = True) -> bool:
        """Whether place row ``i`` carries ``surface`` itself as a name (accents, case and hyphens aside).

        ``primary_only``: as its own name; unless ``trust_alts`` is false, every name of a curated, user or
        Syrian, Iraqi or Turkish place counts as its own."""
        want = _plain(surface).replace("-", " ")
        entry = self._plain_names.get(i)
        if entry is None:
            # [own name, all names (made when first asked for: a big city's run to hundreds), trusted]
            p = self.gz.place(i)
            entry = [_plain(p.name).replace("-", " "), None,
                     p.source in ("curated", "user") or p.country in _MINOR_COUNTRIES]
            if len(self._plain_names) < 100_000:
                self._plain_names[i] = entry
        own, names, trusted = entry
        if primary_only and not (trust_alts and trusted):
            return want == own
        if names is None:
            names = entry[1] = frozenset((own, *(_plain(nm).replace("-", " ") for nm in self.gz.place(i).alt_names)))
        # every name of a curated or user place was written for it deliberately, and the alternate names
        # of Syrian, Iraqi and Turkish places are the transliterations reporting uses ("Rastan")
        return want in names

    def _peopled(self, key: str) -> bool:
        """Whether some place ``key`` may denote has a population, an area's or a site's standing, or is a user's."""

        return any(self.gz.is_user(r) or self.gz._row(r)[F_KIND] != "locality" or int(self.gz._row(r)[F_POP] or 0) > 0
                   for r in self._eligible(key))

    def _spelled_out(self, word: str, key: str) -> bool:
        """Whether ``word``, a spelling of five letters or more that folds to the three-letter ``key``, is the
        name of a Syrian or Iraqi place letter for letter ("Bzaah", "Bza'a", the town near al-Bab): it stands as a
        three-letter name written with its article does."""
        letters = word.replace("'", "").replace("’", "").replace("`", "")  # (an ayn or hamza inside: "Bza'a")
        if len(word) < 5 or not letters.isalpha() or letters[-1:] == "s" and len(letters) < len(word) \
                or opens_arabic(word) or key in _STOP_KEYS or key in _GIVEN_KEYS or key in self._prefixes():
            return False  # (not "Jabal" nor "Kafer", which open longer names; nor a possessive "Abu's")

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_CC] in ("SY", "IQ") and self._literal_row(r, word)
                   for r in self._eligible(key, article=True))

    def _literal(self, key: str, surface: str) -> bool:
        """Whether one of the places ``key`` may denote carries ``surface`` itself as a name (accents and
        case aside), not merely a spelling that folds to the same key."""
        return any(self._literal_row(i, surface) for i in self._eligible(key))

    def _covered(self, key: str) -> bool:
        """Whether ``key`` may denote a place in Syria, Iraq or Turkey (the end of a pair: "Latamneh-Morek")."""
        r = self._covered_cache.get(key)
        if r is None:
            r = self._in_countries(key, _MINOR_COUNTRIES)
            if len(self._covered_cache) < 200_000:
                self._covered_cache[key] = r
        return r

    def _in_countries(self, key: str, ccs) -> bool:
        """Whether a place ``key`` may denote lies in one of the countries ``ccs``."""

        return any((self.gz.place(r).country if self.gz.is_user(r) else self.gz._row(r)[F_CC]) in ccs
                   for r in self._eligible(key))

    def _approximate(self, text, toks, folded, cap, adj, masked, i, doc_cc):
        """A transliteration variant the keys miss ("Mhambel" for Muhambal, "Tramla" for Tarmala), in a text
        about Syria, Iraq or Turkey: a run of capitalised words whose consonant skeleton equals that of a
        place in one of those countries, close in spelling (rapidfuzz ratio >= 75), standing where a place
        name stands ("in X", "X, Y and Z"). Returns ``(end_token, key)`` or None."""
        from rapidfuzz import fuzz

        n = len(toks)
        gap_before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else "\n"
        prev = toks[i - 1][2].lower() if i > 0 else ""
        if prev and gap_before.strip() == "" and toks[i - 1][2][:1].isupper() and prev not in _CUES_BEFORE:
            return None  # inside a longer capitalised name (tested first: the search below is the costly part)
        if not _UMLAUTS.isdisjoint(toks[i][2]) and _is_german(text):
            return None  # a German noun ("Schäden", damage), not a variant of a village's name
        best = None
        parts: list[str] = []
        j = i
        while j < n and j - i < 5:
            if j > i and not adj[j - 1]:
                break
            if masked[j]:
                break
            f = folded[j]
            if not f:
                j += 1  # an article inside the name ("Busr al-Harir")
                continue
            if not cap[j] or toks[j][2].isupper():
                break
            parts.append(f)
            key = " ".join(parts)
            single = len(parts) == 1
            if len(key.replace(" ", "")) >= 5 and not (single and (key in _STOP_KEYS or key in _GIVEN_KEYS)):
                top = None
                tied: list[str] = []  # other keys as close in spelling: the text's geography chooses
                for k2 in self.gz.skeleton_keys(key):
                    if k2 == key or not self._in_countries(k2, doc_cc):
                        continue
                    r = fuzz.ratio(key.replace("dh", "d"), k2.replace("dh", "d"))
                    if r >= 75 and (top is None or r > top[0]):
                        top, tied = (r, k2), []
                    elif r >= 75 and r == top[0]:
                        tied.append(k2)
                if top is not None:
                    keys = sorted((top[1], *tied))  # ("Sarman": Sarmin and Surman alike)
                    best = (j + 1, keys[0], tuple(keys[1:]))
            j += 1
        if best is None:
            return None
        if best[0] - i == 1 and toks[i][2].lower() in _lower_words(text):
            return None  # a common word capitalised ("Honor"), not a name
        # where a place name stands: after a cue word or a comma/parenthesis, not inside a longer name
        end = best[0]
        if end < n and adj[end - 1] and cap[end] and toks[end][2].lower() not in _ADMIN_SUFFIX:
            return None
        nxt = toks[end][2].lower() if end < n else ""
        gap_after = text[toks[end - 1][1]:toks[end][0]] if end < n else "\n"
        # (in Turkish: "ve" (and) before, a settlement's noun or a case ending after: "ve Kefr Nebil ilçelerini")
        after = text[toks[end - 1][1]:toks[end - 1][1] + 2]
        if not (prev in _CUES_BEFORE or "," in gap_before or "(" in gap_before or nxt in _CUES_AFTER
                or (toks[i][2].startswith("Dsch") and prev in _DE_ARTICLES)  # ("am Rand des Dschebel Seman")
                or "," in gap_after or prev == "ve" or (nxt.startswith(_TR_SETTLEMENT_NOUNS) and gap_after == " ")
                or (after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] != "s")):
            return None
        return best
