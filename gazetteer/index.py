"""The :class:`Gazetteer`: lazily loaded shipped data plus a user layer.

Shipped data (``gazetteer/data``) is read on first use in well under a second: rows stay as
text lines and are split only when a lookup needs them; :class:`~gazetteer.model.Place`
objects are built on demand and cached.

Examples
--------
>>> from gazetteer import Gazetteer, Place
>>> gz = Gazetteer()
>>> gz.resolve("Idleb province")[0].place.kind
'admin1'
>>> gz.add_user_places([Place(id="user:hq", name="Field HQ", kind="site", lat=35.9, lon=36.6, country="SY")])
>>> gz.resolve("field hq")[0].place.id
'user:hq'
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
import threading
from bisect import bisect_left, bisect_right
from typing import Iterable, Sequence

from .datafile import read_text
from .exc import DataError, PlaceNotFound
from .fold import ARTICLE_HEAD, FOLD_VERSION, fold, skeleton
from .model import Place, shipped_place
from .parts import ADJECTIVES, may_have_parts, named_part, split_part_id

__all__ = ["Gazetteer", "default", "DATA_DIR"]

log = logging.getLogger(__name__)

DATA_DIR = os.path.join(os.path.dirname(__file__), "data")

def _with_al(name: str) -> str:
    """``name`` with the Arabic article that opens it, however spelt, written "al-" ("el-bab" -> "al-bab")."""
    m = ARTICLE_HEAD.match(name)
    return "al-" + name[m.end():] if m else name


_default: "Gazetteer | None" = None
_default_lock = threading.Lock()


def default() -> "Gazetteer":
    """The process-wide shared :class:`Gazetteer` (created on first call)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Gazetteer()
    return _default


@functools.lru_cache(maxsize=8)
def _meta(data_dir: str) -> dict:
    """The data's meta.json (empty if unreadable)."""
    try:
        with open(os.path.join(data_dir, "meta.json"), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}


def _merged_ids(data_dir: str) -> dict[str, str]:
    """{id of a duplicate record merged at build: id of the record it joined}, from the data's meta.json."""
    return _meta(data_dir).get("merged_ids", {})


@functools.lru_cache(maxsize=8)
def _cited_names(data_dir: str) -> dict[str, frozenset[str]]:
    """{id of a record: folded keys of the names a cited spellings entry added to it}, from meta.json."""
    return {k: frozenset(v) for k, v in _meta(data_dir).get("cited_names", {}).items()}


# row fields
F_ID, F_NAME, F_KIND, F_LAT, F_LON, F_CC, F_ADMIN1, F_POP, F_BBOX, F_ALT, F_SRC = range(11)
#: letters of Persian and Kurdish in Arabic script that Arabic does not write
_NOT_ARABIC_LETTERS = frozenset("پچژگکیەێۆڕڵڤ")


_resolve_module = None


def _resolving():
    """The :mod:`gazetteer.resolve` module, imported on first use (it imports this one) and kept, so that a
    call to :meth:`Gazetteer.resolve` costs no import statement."""
    global _resolve_module
    if _resolve_module is None:
        from . import resolve

        _resolve_module = resolve
    return _resolve_module


def _shipped_skeleton_keys(lines: list[str], sk: str) -> list[str]:
    """The keys of skeleton ``sk`` in the sorted lines of the shipped table ([] if none): a line for ``sk``
    sorts first among those not below "sk<TAB>" (a tab sorts before every letter and the space)."""
    at = sk + "\t"
    j = bisect_left(lines, at)
    if j < len(lines) and lines[j].startswith(at):
        return lines[j][len(at):].split("|")
    return []


#: words that open the Arabic name of a division rather than of its town: sub-district, district
_AR_DIVISION_WORDS = ("ناحية ", "ناحيه ", "قضاء ")


class Gazetteer:
    """Offline gazetteer: shipped data (WOF + GeoNames + curated) and a user layer with priority.

    Parameters
    ----------
    data_dir : str, optional
        Folder holding ``places.tsv.gz``, ``keys.tsv.gz``, ``shapes.json.gz`` and ``courses.json.gz``
        (default: the package's ``data`` folder).
    user_places : iterable of Place, optional
        Places added to the user layer (same as :meth:`add_user_places`).

    Notes
    -----
    Thread-safe for reads once loaded; loading is guarded by a lock.
    """

    def __init__(self, data_dir: str | None = None, user_places: Iterable[Place] | None = None):
        self.data_dir = data_dir or DATA_DIR
        self._lock = threading.RLock()
        self._loaded = False
        # (a tuple, and the lookup keys' rows as text, so that the cyclic GC, which stops tracking a tuple of strings
        # and never tracks a dict of strings, does not walk 123,000 rows and 400,000 keys at each full collection)
        self._lines: tuple[str, ...] = ()
        self._split: dict[int, tuple[str, ...]] = {}
        self._pkeys: dict[int, str] = {}
        self._own_keys_marked = False  # whether the key index marks each row's own key (see _rows_for_key)
        self._keys_ranked = False  # whether each key's shipped rows come most important first (data format 3)
        self._akeys: dict[int, str] = {}
        self._keys: dict[str, str] = {}  # key -> "1,2,3", as shipped ("" for a key only the user layer has)
        self._rows: dict[str, list[int]] = {}  # key -> its rows, parsed when first asked for
        self._places: dict[int, Place] = {}
        self._user: dict[int, Place] = {}  # row number -> user Place
        self._by_id: dict[str, int] | None = None
        self._country_codes: frozenset[str] | None = None
        self._shapes: dict | None = None
        self._courses: dict | None = None
        self._parts: dict | None = None
        self._skel: tuple[list[str], dict[str, list[str]]] | None = None
        self._skel_lines: list[str] | None = None  # the shipped skeleton table, read once
        self._buckets: dict[str, tuple[list[int], list[str]]] | None = None
        self._geoparser = None
        self._ru: dict[str, str] | None = None
        self._ru_cache: dict = {}  # what Russian words were read as (see gazetteer.cyrillic.to_latin)
        self._named_parts: dict[str, bool] = {}  # area id -> whether the data names a compass part of it
        self._pending_user: list[Place] = []
        if user_places:
            self.add_user_places(user_places)

    # ------------------------------------------------------------------ loading
    def load(self) -> "Gazetteer":
        """Load the shipped data now (otherwise done on first use). Returns ``self``."""
        if self._loaded:
            return self
        with self._lock:
            if self._loaded:
                return self
            try:
                meta_path = os.path.join(self.data_dir, "meta.json")
                if os.path.exists(meta_path):
                    with open(meta_path, encoding="utf-8") as fh:
                        meta = json.load(fh)
                    # (data built before the key index marked each row's own key: the key is folded when asked)
                    self._own_keys_marked = meta.get("key_format", 1) >= 2
                    self._keys_ranked = meta.get("key_format", 1) >= 3
                    if meta.get("fold_version") != FOLD_VERSION:
                        log.warning("gazetteer data built with fold version %s, code has %s; rebuild with "
                                    "scripts/build_gazetteer.py", meta.get("fold_version"), FOLD_VERSION)
                lines = read_text(os.path.join(self.data_dir, "places.tsv.gz")).split("\n")
                if lines and not lines[-1]:
                    lines.pop()
                keys = dict(line.split("\t", 1) for line in
                            read_text(os.path.join(self.data_dir, "keys.tsv.gz")).split("\n") if line)
            except (OSError, ValueError) as e:
                raise DataError(f"gazetteer data unreadable in {self.data_dir}: {e}") from e
            self._lines = tuple(lines)
            self._keys = keys
            self._loaded = True
            log.debug("gazetteer loaded: %d places, %d keys", len(lines), len(keys))
            pending, self._pending_user = self._pending_user, []
            if pending:
                self._add_user(pending)
        return self

    def __len__(self) -> int:
        self.load()
        return len(self._lines)

    # ------------------------------------------------------------------ rows
    def _row(self, i: int) -> tuple[str, ...]:
        r = self._split.get(i)
        if r is None:
            r = tuple(self._lines[i].split("\t"))  # a tuple of str: the cyclic GC stops tracking it
            self._split[i] = r
        return r

    def _primary_key(self, i: int) -> str:
        """The folded key of row ``i``'s own name (memoised)."""
        k = self._pkeys.get(i)
        if k is None:
            k = fold(self._row(i)[1])
            self._pkeys[i] = k
        return k

    def _arabic_key(self, i: int) -> str:
        """The folded key of row ``i``'s first name in Arabic script ("" if none; memoised): in Arabic text, the
        name a place is known by, as its own name is in Latin text."""
        k = self._akeys.get(i)
        if k is None:
            k = ""
            for a in self._row(i)[F_ALT].split("|"):
                # (Arabic proper: not a Persian or Kurdish spelling, with letters Arabic lacks)
                if a[:1] and "\u0600" <= a[:1] <= "\u06ff" and not any(ch in _NOT_ARABIC_LETTERS for ch in a):
                    if a.startswith(_AR_DIVISION_WORDS):
                        # (a town Who's On First labels by its sub-district, "ناحية الخالدية": the town's own name
                        # is the bare one, where it lists that too)
                        k = k or fold(a)
                        continue
                    k = fold(a)
                    break
            self._akeys[i] = k
        return k

    def _rows_for_key(self, key: str) -> list[int]:
        v = self._rows.get(key)
        if v is not None:
            return v
        s = self._keys.get(key)
        if not s:
            return []
        v = list(map(int, s.rstrip("\n").split(",")))
        if min(v) < 0:  # ~row: the row whose own name folds to this key (its primary key, known unfolded)
            pkeys = self._pkeys
            for j, i in enumerate(v):
                if i < 0:
                    v[j] = i = ~i
                    pkeys[i] = key
        self._rows[key] = v
        return v

    def place(self, i: int) -> Place:
        """The :class:`Place` at row ``i``."""
        p = self._places.get(i)
        if p is not None:
            return p
        p = self._user.get(i)
        if p is not None:
            return p
        r = self._row(i)
        bbox = tuple(map(float, r[F_BBOX].split(","))) if r[F_BBOX] else None
        geom = None
        if r[F_KIND] in ("country", "admin1", "admin2", "region") or r[F_SRC] == "curated":
            geom = self._shape(r[F_ID])
        p = shipped_place(r[F_ID], r[F_NAME], r[F_KIND], float(r[F_LAT]), float(r[F_LON]), r[F_CC], r[F_ADMIN1],
                          int(r[F_POP] or 0), bbox, tuple(r[F_ALT].split("|")) if r[F_ALT] else (), r[F_SRC], geom)
        self._places[i] = p
        return p

    def _json_gz(self, name: str) -> dict:
        """A JSON object shipped as ``name`` in the data folder ({} with a warning when it is missing)."""
        path = os.path.join(self.data_dir, name)
        try:
            return json.loads(read_text(path))
        except OSError:
            log.warning("no %s at %s", name, path)
            return {}

    def _shape(self, pid: str) -> dict | None:
        if self._shapes is None:
            with self._lock:
                if self._shapes is None:
                    self._shapes = self._json_gz("shapes.json.gz")
        return self._shapes.get(pid)

    def course(self, place_id: str) -> tuple[tuple[float, float], ...] | None:
        """A curated river's course, ``(lon, lat)`` vertices upstream first, or ``None``.

        >>> from gazetteer import default
        >>> len(default().course("cur:euphrates")) > 10
        True
        >>> default().course("wof:421202165") is None
        True
        """
        if self._courses is None:
            with self._lock:
                if self._courses is None:
                    self._courses = {k: tuple((float(x), float(y)) for x, y in v)
                                     for k, v in self._json_gz("courses.json.gz").items()}
        return self._courses.get(place_id)

    def has_parts(self, place: Place) -> bool:
        """Whether the shipped data has compass parts of ``place`` (Syria, Iraq, Turkey, their first-level
        divisions, Syria's districts). Loads no data for any other place."""
        if not may_have_parts(place):
            return False
        if self._parts is None:
            with self._lock:
                if self._parts is None:
                    self._parts = self._json_gz("parts.json.gz")
        return place.id in self._parts

    def seat(self, place: Place) -> tuple[str, int] | None:
        """``(id, population)`` of the town an area with compass parts is named after (Homs for Homs
        governorate), or ``None`` (Nineveh, or a country)."""
        if not self.has_parts(place) or not self._parts[place.id]["seat"]:  # type: ignore[index]
            return None
        d = self._parts[place.id]  # type: ignore[index]
        return d["seat"], d["seat_population"]

    def part(self, place: Place | str, direction: str) -> Place | None:
        """The compass part of an area: ``part(hama, "north")`` is northern Hama (see :mod:`gazetteer.parts`).

        The part keeps the area's kind, country and first-level division; its id is the area's with
        ``#direction`` (``wof:85678363#north``), its point and outline are the part's. ``None`` when the data
        has no such part (an area without an outline, or the sea side of a coastal one). The ``"centre"`` is the
        region the data names for it, where it names one ("Central Syria", the Homs and Hama governorates).

        >>> from gazetteer import default
        >>> gz = default()
        >>> north = gz.part("wof:85678367", "north")   # Homs governorate: the countryside north of the city
        >>> north.name, north.kind, north.lat > 34.73
        ('Northern Homs', 'admin1', True)
        >>> gz.part("wof:85632413", "centre").id     # Syria's centre
        'cur:central-syria'
        """
        if isinstance(place, str):
            place = self.get(place)
        if direction == "centre":
            return named_part(self, place, direction)
        if direction not in ADJECTIVES or not self.has_parts(place):
            return None
        d = self._parts[place.id]["parts"].get(direction)  # type: ignore[index]
        if d is None:
            return None
        return Place(id=f"{place.id}#{direction}", name=f"{ADJECTIVES[direction]} {place.name}", kind=place.kind,
                     lat=d["lat"], lon=d["lon"], country=place.country, admin1=place.admin1,
                     bbox=tuple(d["bbox"]), source=place.source, geometry=json.loads(d["geometry"]))  # type: ignore[arg-type]

    def get(self, place_id: str) -> Place:
        """The place with id ``place_id`` (e.g. ``wof:85678373``; ``wof:85678373#south`` for its southern part).

        An id that an earlier build gave to a duplicate record of a town, since merged into another record, gets
        that record (whose ``id`` differs: see :meth:`canonical_id`).

        Raises
        ------
        PlaceNotFound
        """
        base, direction = split_part_id(place_id)
        i = self._by_id_row(base)
        if i is None:
            raise PlaceNotFound(f"no place with id {place_id!r}")
        if direction is not None:
            part = self.part(self.place(i), direction)
            if part is None:
                raise PlaceNotFound(f"no place with id {place_id!r}: the data has no such part")
            return part
        return self.place(i)

    def has_country(self, code: str) -> bool:
        """Whether any place, shipped or the user's, lies in the country with ISO 3166-1 alpha-2 ``code``.

        >>> from gazetteer import default
        >>> default().has_country("SY"), default().has_country("XX")
        (True, False)
        """
        self.load()
        codes = self._country_codes
        if codes is None:
            codes = frozenset(line.split("\t", 6)[5] for line in self._lines) - {""}
            self._country_codes = codes
        return code.upper() in codes or any(p.country == code.upper() for p in self._user.values())

    def canonical_id(self, place_id: str) -> str:
        """The id the place with ``place_id`` has now: itself, or the record a duplicate was merged into.

        Reads only the data's meta.json: it does not load the gazetteer.

        >>> from gazetteer import default
        >>> gz = default()
        >>> gz.canonical_id("wof:85678345") == "wof:85678345"
        True
        """
        return self._merged.get(place_id, place_id)

    def former_ids(self, place_id: str) -> tuple[str, ...]:
        """Ids of the duplicate records merged into the place ``place_id`` (an earlier build's ids of it).

        Reads only the data's meta.json.
        """
        return tuple(k for k, v in self._merged.items() if v == place_id)

    @property
    def _merged(self) -> dict[str, str]:
        return _merged_ids(self.data_dir)

    def cited_name(self, place_id: str, key: str) -> bool:
        """Whether folded ``key`` is a name that a cited entry of ``scripts/spellings.yaml`` gave the record
        ``place_id`` (GeoNames' own alternate names are not: the geoparser leaves those of foreign towns out of
        running text; and a Turkish village that bore such a name once yields it to the place abroad).

        >>> from gazetteer import default
        >>> default().cited_name("gn:268064", "sayda")   # Sidon, as Saida
        True
        """
        return key in _cited_names(self.data_dir).get(place_id, ())

    def _by_id_row(self, place_id: str) -> int | None:
        self.load()
        if self._by_id is None:
            with self._lock:
                if self._by_id is None:
                    self._by_id = {line[: line.index("\t")]: i for i, line in enumerate(self._lines)}
        i = self._by_id.get(place_id)
        if i is None and place_id in self._merged:
            i = self._by_id.get(self._merged[place_id])
        return i

    # ------------------------------------------------------------------ user layer
    def add_user_places(self, places: Iterable[Place]) -> None:
        """Add places to the user layer; they take priority over shipped data.

        A user place whose id already exists replaces the earlier user place.
        """
        places = list(places)
        for p in places:
            if not isinstance(p, Place):
                raise TypeError(f"expected Place, got {type(p).__name__}")
        if not self._loaded:
            self._pending_user.extend(places)
            return
        self._add_user(places)

    def _add_user(self, places: list[Place]) -> None:
        with self._lock:
            if self._by_id is None:
                self._by_id = {line[: line.index("\t")]: i for i, line in enumerate(self._lines)}
            new_lines: list[str] = []
            for p in places:
                old = self._by_id.get(p.id)
                if old is not None and old in self._user:
                    i = old
                    old_p = self._user[i]
                    for n in (old_p.name, *old_p.alt_names):
                        lst = self._rows_for_key(fold(n))
                        if i in lst:
                            lst.remove(i)
                else:
                    i = len(self._lines) + len(new_lines)
                    new_lines.append(
                        "\t".join([p.id, p.name, p.kind, repr(p.lat), repr(p.lon), p.country, p.admin1,
                                   str(p.population), "", "", p.source]).replace("\n", " "))
                    self._by_id[p.id] = i
                self._user[i] = p
                self._places.pop(i, None)
                self._split.pop(i, None)
                self._pkeys.pop(i, None)
                self._akeys.pop(i, None)
                for n in (p.name, *p.alt_names):
                    k = fold(n)
                    if not k:
                        continue
                    lst = self._rows_for_key(k)
                    if not lst:
                        self._keys.setdefault(k, "")
                        self._rows[k] = lst = []
                    if i not in lst:
                        lst.insert(0, i)
            if new_lines:
                self._lines += tuple(new_lines)
            # derived fuzzy structures must be rebuilt
            self._skel = None
            self._buckets = None
            self._ru = None
            self._named_parts = {}
            if self._geoparser is not None:
                self._geoparser.invalidate()

    def user_places(self) -> list[Place]:
        """The user layer's places."""
        self.load()
        return list(self._user.values()) + list(self._pending_user)

    def is_user(self, i: int) -> bool:
        return i in self._user

    # ------------------------------------------------------------------ Russian
    def russian_names(self) -> dict[str, str]:
        """Russian place names (keys by :func:`gazetteer.cyrillic.ru_key`) → English names (loaded on first use).

        Each user place's own name and alternate names in Cyrillic map to its name.

        >>> from gazetteer import default
        >>> default().russian_names()["латакия"]
        'Latakia'
        """
        if self._ru is None:
            from .cyrillic import has_cyrillic, ru_key

            with self._lock:
                if self._ru is None:
                    ru: dict[str, str] = {}
                    path = os.path.join(self.data_dir, "names_ru.tsv.gz")
                    if os.path.exists(path):
                        ru = dict(line.split("\t", 1) for line in read_text(path).split("\n") if line)
                    for p in self.user_places():
                        for n in (p.name, *p.alt_names):
                            if has_cyrillic(n):
                                ru[ru_key(n)] = p.name
                    self._ru = ru
                    self._ru_cache = {}
        return self._ru

    def to_latin(self, text: str, sentences: bool = True):
        """Latin rendering of a Russian ``text`` (see :func:`gazetteer.cyrillic.to_latin`) with this gazetteer's
        names and spellings."""
        from .cyrillic import to_latin

        names = self.russian_names()
        return to_latin(text, names, self._known_literally, sentences=sentences, cache=self._ru_cache)

    def _known_literally(self, name: str) -> float:
        """:meth:`known_spelling`, with 0.5 more where a place of the key bears ``name`` letter for letter (for the
        Russian rendering, which weighs a word's dictionary forms: "Самарру" is Samarra, not "Samarru")."""
        return self.known_spelling(name, literal=True)

    def known_spelling(self, name: str, literal: bool = False) -> float:
        """How well the gazetteer knows the spelling ``name``.

        2 and up when it folds to a known key (plus up to 0.49 for the most important place of that key,
        so that of two spellings the one naming the bigger place wins, and with ``literal`` 0.5 more when a
        place of that key bears the spelling letter for letter), 1 when only its consonant skeleton is known,
        else 0.

        >>> from gazetteer import default
        >>> default().known_spelling("Hatay") > default().known_spelling("Khatay")
        True
        """
        importance = _resolving().importance
        self.load()
        key = fold(name)
        if not key:
            return 0
        rows = self._rows_for_key(key)
        if rows:
            best = 0.0
            bears = False
            low = name.lower()
            # (an Arabic article as any spelling writes it: "El-Bab" is al-Bab's name letter for letter)
            art = _with_al(low) if literal and ARTICLE_HEAD.match(low) else None
            for i in rows[:50]:
                r = self._row(i)
                best = max(best, importance(r[F_KIND], int(r[F_POP] or 0), r[F_SRC]))
                if literal and not bears:
                    bears = r[F_NAME].lower() == low or f"|{low}|" in f"|{r[F_ALT].lower()}|" or (
                        art is not None and any(_with_al(x.lower()) == art for x in (r[F_NAME], *r[F_ALT].split("|"))))
            return 2 + min(best, 99.0) / 200 + (0.5 if bears else 0.0)
        return 1 if self._skeleton_get(skeleton(key)) else 0

    # ------------------------------------------------------------------ derived indexes
    def _skeleton_index(self) -> tuple[list[str], dict[str, list[str]]]:
        """Skeleton -> keys, in two parts: the shipped table's lines ("skeleton<TAB>k1|k2", sorted), looked up by
        bisection, since most of the 200,000 are never asked for and a dictionary of them all costs more than
        the whole pass over a corpus asks of it; and a dictionary of the skeletons asked for so far and of the
        user layer's keys (see :meth:`_skeleton_get`)."""
        if self._skel is None:
            with self._lock:
                if self._skel is None:
                    if self._skel_lines is None:
                        lines: list[str] = []
                        path = os.path.join(self.data_dir, "skeletons.tsv.gz")
                        if os.path.exists(path):
                            lines = read_text(path).split("\n")
                            if lines and not lines[-1]:
                                lines.pop()
                        self._skel_lines = lines
                    lines = self._skel_lines
                    own: dict[str, list[str]] = {}
                    if lines:
                        extra = (k for p in self._user.values() for k in map(fold, (p.name, *p.alt_names)))
                    else:
                        extra = iter(self._keys)
                    for k in extra:
                        sk = skeleton(k)
                        if len(sk.replace(" ", "")) >= 3:
                            lst = own.get(sk)
                            if lst is None:
                                lst = own[sk] = _shipped_skeleton_keys(lines, sk)
                            if k not in lst:
                                lst.append(k)
                    self._skel = (lines, own)
        return self._skel

    def _skeleton_get(self, sk: str) -> list[str]:
        lines, own = self._skeleton_index()
        keys = own.get(sk)
        if keys is None:
            keys = _shipped_skeleton_keys(lines, sk)
            if len(own) < 500_000:
                own[sk] = keys
        return keys

    def _fuzzy_buckets(self) -> dict[str, tuple[list[int], list[str]]]:
        if self._buckets is None:
            with self._lock:
                if self._buckets is None:
                    groups: dict[str, list[str]] = {}
                    for k in self._keys:
                        if k:
                            groups.setdefault(k[0], []).append(k)
                    buckets = {}
                    for c, ks in groups.items():
                        ks.sort(key=len)
                        buckets[c] = ([len(k) for k in ks], ks)
                    self._buckets = buckets
        return self._buckets

    def fuzzy_keys(self, key: str, cutoff: float = 80.0, limit: int = 8) -> list[tuple[str, float]]:
        """Keys within ``cutoff`` (rapidfuzz ratio, 0..100) of a folded ``key``, best first."""
        from rapidfuzz import fuzz, process

        self.load()
        if not key:
            return []
        lens, ks = self._fuzzy_buckets().get(key[0], ([], []))
        n = len(key)
        # ratio >= cutoff implies the length of a match lies within these bounds
        f = cutoff / 100.0
        lo = math.floor(n * f / (2 - f))
        hi = math.ceil(n * (2 - f) / f)
        a, b = bisect_left(lens, lo), bisect_right(lens, hi)
        res = process.extract(key, ks[a:b], scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
        return [(k, s) for k, s, _ in res]

    def skeleton_keys(self, key: str) -> list[str]:
        """Keys sharing the consonant skeleton of a folded ``key``."""
        self.load()
        return self._skeleton_get(skeleton(key))

    # ------------------------------------------------------------------ public API
    def resolve(self, name: str, country: str | None = None, near=None, limit: int = 5, *,
                kinds: Sequence[str] | None = None, fuzzy: bool = True):
        """Candidate places for ``name``, best first.

        Parameters
        ----------
        name : str
            A place name in any common spelling; phrases such as "Idlib province",
            "rural Hama", "northern Latakia countryside" resolve to the admin area.
        country : str, optional
            ISO2 code: only places in that country (unless none match at all).
        near : (lon, lat) or Place or sequence of those, optional
            Favour places close to these points.
        limit : int
            Maximum number of candidates.
        kinds : sequence of str, optional
            Restrict to these place kinds.
        fuzzy : bool
            Allow approximate matches when no spelling variant matches exactly.

        Returns
        -------
        list of Candidate
            Each with ``.place`` and ``.score`` (0..100).

        Examples
        --------
        >>> from gazetteer import default
        >>> default().resolve("Latamneh")[0].place.name
        'Al Lataminah'
        """
        self.load()
        return _resolving().resolve(self, name, country=country, near=near, limit=limit, kinds=kinds, fuzzy=fuzzy)

    def resolve_one(self, name: str, country: str | None = None, near=None, *, strict: bool = False):
        """The best :class:`~gazetteer.resolve.Candidate` for ``name``.

        Raises
        ------
        PlaceNotFound
            When nothing matches (with close names as ``suggestions``).
        AmbiguousPlace
            With ``strict=True``, when the two best candidates are equally plausible and far apart.
        """
        self.load()
        return _resolving().resolve_one(self, name, country=country, near=near, strict=strict)

    def geoparse(self, text: str):
        """Place mentions in ``text`` (see :func:`gazetteer.geoparse.geoparse`).

        Returns
        -------
        list of Mention
        """
        return self.geoparser().parse(text)

    def geoparser(self):
        """The :class:`~gazetteer.geoparse.Geoparser` bound to this gazetteer."""
        if self._geoparser is None:
            from .geoparse import Geoparser

            with self._lock:
                if self._geoparser is None:
                    self._geoparser = Geoparser(self.load())
        return self._geoparser
