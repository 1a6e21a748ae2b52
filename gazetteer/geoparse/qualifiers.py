"""Readings narrowed before the choice: a place's own name over another's alternate name, standalone
datelines, a division or a country after a comma, the division after a list."""

from __future__ import annotations

from ..fold import fold_token
from .context import _dateline, _has_article
from .cues import _MINOR_COUNTRIES
from .patterns import (
    _AR_LIST_GAP, _IN_COUNTRY_GAP, _IN_DIVISION_GAP, _LIST_GAP, _QUALIFIER_END, _QUALIFIER_GAP, _STATE_KEY,
    _US_POST_BEFORE, _US_TITLE_AFTER, _US_TITLE_BEFORE,
)
from .vocabulary import _GENITIVE_GAP


class _Qualifiers:
    """Readings narrowed before the choice: a place's own name over another's alternate name, datelines, a
    division or a country after a comma, the division after a list (a part of
    :class:`~gazetteer.geoparse.parser.Geoparser`)."""

    def _prefer_own_names(self, found, cands_list, toks) -> None:
        """Where a name is the own name of a city of 100,000 or more, or of a province, drop the places of the same
        country that bear it only as another name ("Osmaniye" is the city and its province, not Ergani, which once
        bore the name, however near Ergani lies to the text's other places), and the villages named like a province
        and its city, unless the text writes the name with the Arabic article that the village's name has and the
        city's has not ("Qudsaya, al-Hamah and Dummar": the village by Damascus, not Hama). Areas and the user's
        places stay."""
        gz = self.gz
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if not cands or key is None or len(cands) < 2:
                continue
            big = {c[3] for c in cands if (c[7] >= 100_000 or c[1] == "admin1") and c[3]
                   and not gz.is_user(c[0]) and gz._primary_key(c[0]) == key}
            if not big:
                continue
            ni = found[k][4]
            # (a village whose own name has the Arabic article the text writes, where the city's has none)
            article = not fold_token(toks[ni][2]) and found[k][5] - ni > 1 and not any(
                c[3] in big and c[7] >= 100_000 and _has_article(gz.place(c[0]).name) for c in cands)
            # (where a province and its city of 100,000 bear the name, so do villages of that country that are
            # named after them, less than the province: "Adıyaman, Malatya and Osmaniye" is no hamlet in Hatay)
            seat = {c[3] for c in cands if c[1] == "admin1" and c[3] in big and gz._primary_key(c[0]) == key} & {
                c[3] for c in cands if c[1] == "locality" and c[7] >= 100_000 and gz._primary_key(c[0]) == key}
            keep = [c for c in cands if c[3] not in big or c[1] in ("country", "admin1", "admin2", "region")
                    or gz.is_user(c[0]) or (gz._primary_key(c[0]) == key and (
                        c[3] not in seat or c[1] != "locality" or c[7] >= 10_000
                        or (article and _has_article(gz.place(c[0]).name))))]
            if len(keep) < len(cands):
                cands_list[k] = keep

    def _standalone_datelines(self, text, toks, found, cands_list, actx) -> None:
        """A dateline's city standing alone ("LONDON —", "GENEVA (Reuters) -") is the world city of that name: a
        namesake takes its state or province ("LONDON, Ont. —"). Where one reading is a city of 100,000, five
        times as big as any other, and the text names no namesake's state or province, the dateline and the same
        name again in the text keep it alone."""
        for k, f in enumerate(found):
            cands = cands_list[k]
            if not cands or f[2] is None or f[3] is not None or len(cands) < 2:
                continue
            ni, nj = f[4], f[5]
            if not toks[ni][2].isupper() or not _dateline(text, toks, ni, nj) or text.startswith(",", toks[nj - 1][1]):
                continue
            towns = sorted((c for c in cands if c[1] == "locality"), key=lambda c: -c[7])
            if not towns or towns[0][7] < 100_000 or any(c[7] * 5 > towns[0][7] for c in towns[1:]) \
                    or any(c[1] in ("country", "admin1") for c in cands) \
                    or not self._literal_row(towns[0][0], text[toks[ni][0]:toks[nj - 1][1]]):
                continue  # (the world city as written, not a name that only folds like it: "AKRÊ —" is no Agra)
            # the same name again, qualified by a division or country ("MOSCOW, Idaho —", "in Durham, North
            # Carolina"): the readings it keeps
            later = [set(c[0] for c in cands_list[k2] or ()) for k2 in range(k + 1, len(found) - 1)
                     if found[k2][2] == f[2] and found[k2 + 1][2] is not None
                     and _QUALIFIER_GAP.fullmatch(text, toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0])
                     and any(c[1] in ("admin1", "country") for c in cands_list[k2 + 1] or ())]
            if not any(towns[0][0] not in rows for rows in later):
                # (where the text names a namesake by its state only in such a qualifier, the dateline standing
                # alone is still the world city: "MOSCOW —" and, further on, "MOSCOW, Idaho —")
                if any(self._admin_bonus(c, actx) > 0 for c in towns[1:]):
                    continue  # (a namesake in a state or province the text names stays possible: "ALEXANDRIA —" in
                    # a paper that goes on about Louisiana)
                if later:
                    continue  # (the text tells namesakes apart itself: "DURHAM — ... colleagues in Durham, North
                    # Carolina", where the qualified one is the great city)
            city = towns[0]
            for k2 in range(k, len(found)):
                if found[k2][2] == f[2] and cands_list[k2] and any(c[0] == city[0] for c in cands_list[k2]):
                    cands_list[k2] = [c for c in cands_list[k2] if c[0] == city[0]]

    def _qualifier_readings(self, f) -> list[tuple[int, str, str, str]]:
        """The first-level division and country readings of a mention: [(row, kind, country, admin1)]."""
        key, kinds = f[2], f[3]
        if key is None:
            cc = kinds[1]
            return [(-1, "country", cc, "")] if kinds[0] == "abbr" and len(cc) == 2 else []
        out = []
        for c in self._candidates(key, kinds):
            if c[1] in ("country", "admin1"):
                a1 = self._admin1_of(c[0])
                out.append((c[0], c[1], c[3], a1 if c[1] == "admin1" else ""))
        if not out and kinds is None:
            # a state named like its city, as a qualifier, is the state: "Syracuse, New York", "Spokane, Washington"
            for c in self._candidates(key + " " + _STATE_KEY, None):
                if c[1] == "admin1":
                    out.append((c[0], c[1], c[3], self._admin1_of(c[0])))
        return out

    def _listed_after_division(self, text, toks, found, cands_list, k: int) -> bool:
        """Whether mention k follows a division in a comma list of divisions ("Oregon, New Mexico, New
        York"), rather than a list of town-and-division pairs ("Cordova, Tennessee, Richmond, Virginia")."""
        prev = found[k - 1]
        if not _QUALIFIER_GAP.fullmatch(text, toks[prev[1] - 1][1], toks[found[k][0]][0]) or \
                not any(c[1] in ("country", "admin1") for c in cands_list[k - 1] or ()):
            return False
        if k > 1 and found[k - 2][2] is not None and cands_list[k - 2] and \
                _QUALIFIER_GAP.fullmatch(text, toks[found[k - 2][1] - 1][1], toks[prev[0]][0]) and \
                not any(c[1] in ("country", "admin1") for c in cands_list[k - 2]):
            return False  # the division qualified the town before it: a list of pairs
        return True

    def _narrow_to_agreeing(self, cands_list, k: int, readings, strict_admin1: bool = False,
                            narrow_qualifier: bool = True) -> bool:
        """Narrow mention k's readings, and its qualifier's (mention k + 1) unless not ``narrow_qualifier``,
        to the pairs in which the place lies inside the division or country; False, and nothing changed, when
        no pair agrees. A place whose first-level division is unknown agrees with any division of its country
        unless ``strict_admin1``."""
        pairs = set()
        keep = []
        for c in cands_list[k]:
            a1 = self._admin1_of(c[0])
            ok = [q[0] for q in readings
                  if q[2] == c[3] and (q[1] == "country" or (not a1 and not strict_admin1) or a1 == q[3])]
            if ok:
                keep.append(c)
                pairs.update(ok)
        if not keep:
            return False
        cands_list[k] = keep
        if narrow_qualifier and cands_list[k + 1] and -1 not in pairs:
            cands_list[k + 1] = [c for c in cands_list[k + 1] if c[0] in pairs] or cands_list[k + 1]
        return True

    def _narrow_list_to_division(self, text, toks, found, cands_list) -> None:
        """"the villages of Umm Jalal, Zarzour and Tall Khazna in rural Idlib", "قرى ... في ريف إدلب": villages of
        Syria, Iraq or Turkey listed before "in" and a first-level division named as such lie in it. Their
        readings narrow to those inside; a name with none there is one the gazetteer lacks, and is left out
        (not Tall Khaznah in Hama)."""
        for d in range(1, len(found)):
            div, dcands = found[d], cands_list[d]
            if div[2] is None or div[3] is None or not dcands:
                continue  # (a division named as such: "Idlib province", "rural Idlib", "ريف إدلب", not "Idlib")
            top = max(dcands, key=lambda c: c[2])
            if top[1] != "admin1" or top[3] not in _MINOR_COUNTRIES or found[d - 1][2] is None:
                continue
            if not _IN_DIVISION_GAP.fullmatch(text, toks[found[d - 1][1] - 1][1], toks[div[0]][0]):
                continue
            name = self._admin1_of(top[0])
            k = d - 1
            while k >= 0:
                f, cands = found[k], cands_list[k]
                if f[2] is None or f[3] is not None:
                    break
                if cands and all(c[6] and c[1] == "locality" and c[3] == top[3] for c in cands):
                    cands_list[k] = [c for c in cands if self._admin1_of(c[0]) == name]
                if k == 0 or not (_LIST_GAP.fullmatch(text, toks[found[k - 1][1] - 1][1], toks[f[0]][0])
                                  or _AR_LIST_GAP.fullmatch(text, toks[found[k - 1][1] - 1][1], toks[f[0]][0])):
                    break
                k -= 1

    def _apply_qualifiers(self, text, toks, found, cands_list) -> None:
        """"Lebanon, Pa.", "Taji, Iraq", "Athens, Georgia": a name followed by a comma and a first-level
        division or country (itself followed by punctuation) lies inside it. Its readings, and the qualifier's,
        narrow to the pairs that agree; a name no place of which lies in a division that is only a division
        ("Paris, Illinois", a town the gazetteer lacks) is left out rather than put in France."""
        qualified: dict[int, set[int]] = {}  # mention -> the rows its qualifier left it
        for k in range(len(found) - 1):
            head, qual, cands = found[k], found[k + 1], cands_list[k]
            if not cands or head[2] is None or head[3] or \
                    not _QUALIFIER_GAP.fullmatch(text, toks[head[1] - 1][1], toks[qual[0]][0]) or \
                    not _QUALIFIER_END.match(text, toks[qual[1] - 1][1]):
                continue
            # (a state's abbreviation is no item of a list: "Lebanon, Mo." is a town in Missouri, or one the gazetteer
            # lacks, never the country)
            abbr = qual[2] is not None and text[toks[qual[1] - 1][1] - 1] == "." and all(
                c[1] == "admin1" for c in self._candidates(qual[2], qual[3]))
            # (nor is a dateline's "LEBANON, Ohio —", "DAMASCUS, Oregon —": a town and where it lies)
            dateline = toks[head[4]][2].isupper() and _dateline(text, toks, head[4], head[5])
            if not dateline and any(c[1] == "admin1" or (c[1] == "country" and not abbr)
                                    for c in self._candidates(head[2], head[3])):
                continue  # "Canada, Australia", "Aleppo, Homs": a list of places, not a qualified name
            if k > 0 and self._listed_after_division(text, toks, found, cands_list, k):
                continue  # "New Mexico, New York, Indiana": a list of states

            readings = self._qualifier_readings(qual)
            if not readings:
                continue
            if self._narrow_to_agreeing(cands_list, k, readings):
                qualified[k] = {c[0] for c in cands_list[k]}
                rows = {q[0] for q in readings}
                if qual[2] is not None and cands_list[k + 1] and not any(c[0] in rows for c in cands_list[k + 1]):
                    # (the state named like its city: "Syracuse, New York" is the state, not the city)
                    state = [c for c in self._candidates(qual[2] + " " + _STATE_KEY, None) if c[0] in rows]
                    if state:
                        cands_list[k + 1] = state
                continue
            qual_cands = self._candidates(qual[2], qual[3]) if qual[2] is not None else []
            # (a division's name that is also a village's abroad is the division: "Carthage, Missouri" is no
            # Tunisian town, though a Turkish hamlet is spelt like Missouri)
            if qual_cands and not any(c[1] == "country" for c in qual_cands) \
                    and max(qual_cands, key=lambda c: c[2])[1] == "admin1" or (
                    dateline and any(c[1] == "admin1" for c in qual_cands)):
                # a town the gazetteer lacks, left out rather than put elsewhere; a dateline's qualifier that
                # may be a division is the division ("CAIRO, Georgia —": the state, not the country)
                cands_list[k] = []
                qualified[k] = set()
                if dateline and any(c[1] == "admin1" for c in cands_list[k + 1] or ()):
                    cands_list[k + 1] = [c for c in cands_list[k + 1] if c[1] == "admin1"]
        # the same name again in the paragraph, unqualified, is the same place ("of Cairo, Ga., ... she taught in
        # Cairo for 34 years": not Egypt's Cairo, though the gazetteer lacks the Georgia town)
        for k, rows in qualified.items():
            for k2 in range(k + 1, len(found)):
                if "\n\n" in text[toks[found[k2 - 1][1] - 1][1]:toks[found[k2][0]][0]]:
                    break
                if found[k2][2] == found[k][2] and k2 not in qualified and cands_list[k2]:
                    cands_list[k2] = [c for c in cands_list[k2] if c[0] in rows]
        # "Adıyaman'ın Gölbaşı ilçesi", "Aleppo's Sheikh Maqsoud": a place after another's genitive lies in it (the
        # readings that agree are kept, and nothing changes where none does: "Russia's Hmeimim base")
        for k in range(1, len(found)):
            owner, head = found[k - 1], found[k]
            if not cands_list[k] or head[2] is None or owner[2] is None or not cands_list[k - 1] \
                    or not _GENITIVE_GAP.fullmatch(text, toks[owner[1] - 1][1], toks[head[4]][0]):
                continue
            readings = self._qualifier_readings(owner)
            if readings:
                self._narrow_to_agreeing(cands_list, k, readings, strict_admin1=True, narrow_qualifier=False)
        # a name that is both a country and an American state is the state after an American army post the
        # gazetteer lacks ("Fort Stewart, Georgia"), and beside an American politician's title ("senator from
        # Georgia", "a Georgia Republican")
        both = self._both_keys
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if not cands or key is None:
                continue
            is_both = both.get(key)
            if is_both is None:
                every = self._candidates(key, None)
                is_both = both[key] = any(c[1] == "country" for c in every) and any(
                    c[1] == "admin1" and c[3] == "US" for c in every)
            if not is_both or not any(c[1] == "country" for c in cands):
                continue
            state = [c for c in cands if c[1] == "admin1" and c[3] == "US"]
            if state and (_US_POST_BEFORE.search(text, 0, toks[found[k][0]][0])
                          or _US_TITLE_BEFORE.search(text, 0, toks[found[k][0]][0])
                          or _US_TITLE_AFTER.match(text, toks[found[k][1] - 1][1])):
                cands_list[k] = state
        # "Al Jazirah in Sudan", "Hajin in eastern Syria": a place followed by "in" and a country lies in it;
        # a name with no reading there is left out rather than put in another country
        for k in range(len(found) - 1):
            head, qual, cands = found[k], found[k + 1], cands_list[k]
            if not cands or head[2] is None or any(c[1] == "country" or not c[3] for c in cands) or \
                    not _IN_COUNTRY_GAP.fullmatch(text, toks[head[1] - 1][1], toks[qual[0]][0]):
                continue
            countries = {q[2] for q in self._qualifier_readings(qual) if q[1] == "country"}
            if qual[2] is not None:
                qc = self._candidates(qual[2], qual[3])
                if not qc:
                    continue
                if any(c[1] == "admin1" for c in qc) or max(qc, key=lambda c: c[2])[1] != "country":
                    # "Athens in Georgia", "Springfield in Illinois": a division, or a name that is both a
                    # division and a country; the readings that agree are kept, and nothing is dropped
                    # a city that is also its province's name stays the city ("Jobar in Damascus")
                    city = max(qc, key=lambda c: c[2])[1] == "locality"
                    self._narrow_to_agreeing(cands_list, k, self._qualifier_readings(qual), strict_admin1=True,
                                             narrow_qualifier=not city)
                    continue
            if len(countries) == 1:
                inside = [c for c in cands if c[3] in countries]
                if inside or not any(c[1] == "locality" and c[7] >= 1_000_000 for c in cands):
                    cands_list[k] = inside  # a great city is not dropped: "refugees from Aleppo in Turkey"
