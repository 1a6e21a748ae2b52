"""Compass parts of an area: "northern Hama countryside", "the north-east of Syria", "ريف حلب الغربي"."""

from __future__ import annotations

import json

import pytest
from shapely.geometry import Point, shape

from gazetteer import PlaceNotFound
from gazetteer.parts import DIRECTIONS, direction_after, direction_before, split_part_id
from gazetteer.resolve import haversine_km

from gz_fixtures import fresh_gz, gz  # noqa: F401  (pytest fixtures)

HOMS, HAMA, ALEPPO, SYRIA, IRAQ = "wof:85678367", "wof:85678363", "wof:85678359", "wof:85632413", "wof:85632191"
ANBAR = "wof:85672483"


@pytest.mark.parametrize("area", [HOMS, HAMA, ALEPPO, SYRIA, IRAQ])
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_a_part_lies_in_its_area_and_its_point_in_the_part(gz, area, direction):
    whole = gz.get(area)
    part = gz.part(whole, direction)
    if part is None:  # (the sea side of a coastal area, or nothing beyond the town at its edge)
        return
    g, w = shape(part.geometry), shape(whole.geometry)
    assert g.area < w.area and g.difference(w.buffer(0.02)).area < 0.01 * g.area
    assert g.buffer(0.02).contains(Point(part.lon, part.lat))
    assert (part.kind, part.country, part.admin1) == (whole.kind, whole.country, whole.admin1)
    assert part.id == f"{area}#{direction}" and gz.get(part.id) == part
    minx, miny, maxx, maxy = part.bbox
    assert minx <= part.lon <= maxx and miny <= part.lat <= maxy


@pytest.mark.parametrize("area, direction, lat, lon, km", [
    # seen from the city the governorate is named after: the countryside north of Homs (al-Rastan, Talbiseh),
    # not the desert north of the governorate's centre, 150 km east
    (HOMS, "north", 34.93, 36.73, 25),
    (HAMA, "north", 35.36, 36.60, 25),       # Kafr Zita, al-Lataminah, Murak
    (ALEPPO, "west", 36.13, 36.83, 40),      # al-Atarib
    (SYRIA, "north-east", 36.50, 40.75, 120),  # al-Hasakah
    (IRAQ, "north", 36.34, 43.13, 160),      # Mosul
])
def test_a_part_lies_where_reporting_means_it(gz, area, direction, lat, lon, km):
    p = gz.part(area, direction)
    assert haversine_km(p.lon, p.lat, lon, lat) < km, p


def test_unknown_parts_and_places_without_outlines(gz):
    assert gz.part(HAMA, "up") is None
    assert gz.part(gz.resolve("Talbiseh")[0].place, "north") is None  # a village has no parts
    with pytest.raises(PlaceNotFound):
        gz.get(f"{HAMA}#up")
    assert split_part_id(f"{HAMA}#north") == (HAMA, "north") and split_part_id(HAMA) == (HAMA, None)


@pytest.mark.parametrize("before, direction", [
    ("Jets struck northern ", "north"), ("in north-east ", "north-east"), ("across northwestern ", "north-west"),
    ("in the north of ", "north"), ("in the eastern countryside of ", "east"),
    ("dans le nord-ouest de la ", "north-west"), ("en el noreste de ", "north-east"), ("nel sud della ", "south"),
    ("im Norden ", "north"), ("im Südwesten der ", "south-west"), ("im nördlichen ", "north"),
    ("Kuzey ", "north"), ("li bakurê rojhilatê ", "north-east"),
    ("на севере ", "north"), ("на юго-западе ", "south-west"), ("в северо-восточной ", "north-east"),
    ("في شمال ", "north"), ("وشمال غربي ", "north-west"),
])
def test_direction_before_a_name(before, direction):
    got = direction_before(before)
    assert got is not None and got[0] == direction
    # the direction's words start at a word of their own and take in no preposition ("in", "на", "في")
    words = before[len(before) - got[1]:]
    assert 0 < got[1] <= len(before) and (got[1] == len(before) or before[-got[1] - 1] in " و")
    assert words.split()[0].lower() not in ("in", "the", "dans", "en", "im", "li", "на", "в", "في")


@pytest.mark.parametrize("before", [
    "Troops advanced 10 km north of ", "to the north of ", "Raids hit villages south of ", "nördlich ",
    "The convoy went north. ",
])
def test_a_direction_beyond_a_place_is_no_part_of_it(before):
    assert direction_before(before) is None


@pytest.mark.parametrize("after, direction", [
    (" الشمالي", "north"), (" الجنوبي الغربي", "south-west"), ("'nin kuzeyinde", "north"),
    ("'ın güneydoğusunda", "south-east"), (" settentrionale", "north"), (" nord-orientale", "north-east"),
    (" orientale", "east"), (" du Nord", "north"),
])
def test_direction_after_a_name(after, direction):
    assert direction_after(after)[0] == direction


@pytest.mark.parametrize("after, beyond", [(" شرقي المدينة", ""), (" شرقي ", "حلب")])
def test_an_arabic_direction_without_its_article_before_a_noun_is_east_of_that_noun(after, beyond):
    assert direction_after(after, beyond) is None
    assert direction_after(" شرقي،")[0] == "east"


def test_the_euphrates_east_of_the_city_is_the_river(gz):
    got = [(m.surface, m.place.id) for m in gz.geoparse("وصلت القوات إلى ضفاف نهر الفرات شرقي المدينة")]
    assert got == [("نهر الفرات", "cur:euphrates")]


@pytest.mark.parametrize("text, surface, pid", [
    ("Jets struck Talbiseh in the northern Homs countryside.", "northern Homs countryside", f"{HOMS}#north"),
    ("Fighting spread across north-east Syria.", "north-east Syria", f"{SYRIA}#north-east"),
    ("Turkish jets hit PKK positions in the north of Iraq.", "north of Iraq", f"{IRAQ}#north"),
    ("قصفت الطائرات قرى في ريف حلب الغربي.", "ريف حلب الغربي", f"{ALEPPO}#west"),
    ("تتواصل الاشتباكات في شمال سوريا.", "شمال سوريا", f"{SYRIA}#north"),
    ("Türk jetleri Irak'ın kuzeyindeki hedefleri vurdu.", "Irak'ın kuzeyindeki", f"{IRAQ}#north"),
    ("Удары нанесены на севере Сирии.", "севере Сирии", f"{SYRIA}#north"),
    ("Les combats ont repris dans le nord-ouest de la Syrie.", "nord-ouest de la Syrie", f"{SYRIA}#north-west"),
])
def test_geoparse_reads_the_part(gz, text, surface, pid):
    ms = [m for m in gz.geoparse(text) if m.place is not None and "#" in m.place.id]
    assert [(m.surface, m.place.id) for m in ms] == [(surface, pid)]
    m = ms[0]
    assert text[m.start:m.end] == m.surface
    # the name's own words stay marked: the area's name, without the direction
    assert m.start <= m.name_start < m.name_end <= m.end and (m.name_start, m.name_end) != (m.start, m.end)
    whole = gz.get(split_part_id(m.place.id)[0])
    assert text[m.name_start:m.name_end] in m.surface and whole.kind == m.place.kind


@pytest.mark.parametrize("text", [
    "Rebels held Tal Rifaat, 20 km north of Aleppo.",   # beyond a town: no part, and a town has none
    "Troops massed to the north of Syria, in Turkey.",  # beyond a country
    "In Northern Ireland and North Korea the news was brief.",  # names of their own
    "Aid reached Hama and Idlib.",
])
def test_no_part_without_a_direction_of_the_area(gz, text):
    assert not [m for m in gz.geoparse(text) if m.place is not None and "#" in m.place.id]


@pytest.mark.parametrize("phrase, pid", [
    ("northern Hama countryside", f"{HAMA}#north"), ("rural northern Homs", f"{HOMS}#north"),
    ("the north-east of Syria", f"{SYRIA}#north-east"), ("ريف حلب الغربي", f"{ALEPPO}#west"),
])
def test_resolve_a_phrase_to_the_part(gz, phrase, pid):
    assert gz.resolve(phrase)[0].place.id == pid


def test_resolve_keeps_names_of_their_own(gz):
    assert gz.resolve("Northern Ireland")[0].place.name == "Northern Ireland"
    assert gz.resolve("Hama province")[0].place.id == HAMA


def test_cli_resolve_and_location_add_take_the_part(cli_run):
    r = cli_run("resolve", "northern Homs countryside", "--format", "json")
    assert r.exit_code == 0, r.output
    best = json.loads(r.output)[0]
    assert (best["id"], best["kind"], best["name"]) == (f"{HOMS}#north", "admin1", "Northern Homs")
    r = cli_run("location", "add", "northern Homs countryside", "--resolve", "--format", "json")
    assert r.exit_code == 0, r.output
    loc = json.loads(r.output)
    assert loc["origin_id"] == f"{HOMS}#north" and loc["precision"] == "governorate"
    r = cli_run("location", "show", str(loc["id"]), "--format", "json")
    assert json.loads(r.output)["geometry_type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize("text, surface, kind, pid", [
    # a city of a million is split east and west in reporting: "eastern Aleppo" is the city's east (2016), where
    # "northern Aleppo" is the governorate's north (Azaz, Tal Rifaat) and "the western Aleppo countryside" its west
    ("Barrel bombs fell on eastern Aleppo.", "eastern Aleppo", "locality", "wof:421202163"),
    ("Rebels advanced in northern Aleppo.", "northern Aleppo", "admin1", f"{ALEPPO}#north"),
    ("Rebels advanced in the western Aleppo countryside.", "western Aleppo countryside", "admin1", f"{ALEPPO}#west"),
    # a smaller city's name: the governorate's part ("eastern Homs" is the desert towards Palmyra)
    ("Jets struck eastern Homs.", "eastern Homs", "admin1", f"{HOMS}#east"),
])
def test_east_and_west_of_a_city_of_a_million(gz, text, surface, kind, pid):
    got = [(m.surface, m.place.kind, m.place.id) for m in gz.geoparse(text)]
    assert got == [(surface, kind, pid)]
    assert gz.resolve(surface)[0].place.id == pid


@pytest.mark.parametrize("phrase, pid", [
    ("the north of Syria", f"{SYRIA}#north"), ("the northern parts of Iraq", f"{IRAQ}#north"),
    ("ريف حماة الشمالي", f"{HAMA}#north"),
])
def test_resolve_reads_the_direction_in_any_place_of_the_phrase(gz, phrase, pid):
    assert gz.resolve(phrase)[0].place.id == pid


def test_resolve_north_of_a_town_is_no_part(gz):
    assert all("#" not in c.place.id for c in gz.resolve("north of Aleppo"))


@pytest.mark.parametrize("text, surface, pid", [
    ("Curfews returned to Turkey's south-east.", "Turkey's south-east", "wof:85632393#south-east"),
    ("Aid stalled in Syria's north.", "Syria's north", f"{SYRIA}#north"),
])
def test_english_possessive_direction(gz, text, surface, pid):
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None and m.kind == "place"]
    assert got == [(surface, pid)]


def test_a_border_of_a_country_is_no_part(gz):
    assert [m.place.id for m in gz.geoparse("Syria's northern border stayed shut.")] == [SYRIA]


def test_a_countrys_parts_are_the_outer_cells_of_a_grid_over_it(gz):
    # Syria's north-east is al-Hasakah's country, not the desert north-east of the country's centre
    p = gz.part(SYRIA, "north-east")
    assert haversine_km(p.lon, p.lat, 40.75, 36.50) < 60
    # and northern Iraq is Nineveh's and the Kurdistan Region's (by Mosul or Erbil), not Kirkuk's plain
    p = gz.part(IRAQ, "north")
    assert p.lat > 36.0 and min(haversine_km(p.lon, p.lat, 43.13, 36.34), haversine_km(p.lon, p.lat, 44.01, 36.19)) < 60
    assert haversine_km(p.lon, p.lat, 44.39, 35.47) > 60
    # a side is the middle of that side, its ends being the corners': eastern Syria is the Euphrates valley of Deir
    # ez-Zor (by al-Mayadin), not al-Hasakah's north-east corner; northern Syria lies between Manbij and Tal Abyad,
    # western Iraq in the Euphrates valley of Anbar (between al-Qaim and Anah), not in the desert by al-Rutba
    p = gz.part(SYRIA, "east")
    assert haversine_km(p.lon, p.lat, 40.45, 35.02) < 60 and haversine_km(p.lon, p.lat, 40.75, 36.50) > 120
    p = gz.part(SYRIA, "north")
    assert min(haversine_km(p.lon, p.lat, 37.95, 36.53), haversine_km(p.lon, p.lat, 38.95, 36.69)) < 60
    p = gz.part(IRAQ, "west")
    assert min(haversine_km(p.lon, p.lat, 41.09, 34.37), haversine_km(p.lon, p.lat, 41.95, 34.40)) < 60
    assert haversine_km(p.lon, p.lat, 40.28, 33.03) > 100
    # but where hardly anyone lives in a side's middle, the side is where its people are: southern Syria is Daraa
    # and al-Suwayda, southern Iraq Basra and Nasiriyah, not the desert between
    p = gz.part(SYRIA, "south")
    assert min(haversine_km(p.lon, p.lat, 36.10, 32.62), haversine_km(p.lon, p.lat, 36.57, 32.71)) < 60
    p = gz.part(IRAQ, "south")
    assert min(haversine_km(p.lon, p.lat, 47.78, 30.51), haversine_km(p.lon, p.lat, 46.26, 31.05)) < 80


def test_a_division_named_after_no_town_is_seen_from_its_settlements(gz):
    # western Anbar is the Euphrates valley west of Hit (Haditha, Anah, Rawa, al-Qaim), not the desert by the
    # Jordanian border where the outline's western quarter lies; Anbar is named after no town
    west = gz.part(ANBAR, "west")
    assert min(haversine_km(west.lon, west.lat, 41.99, 34.47), haversine_km(west.lon, west.lat, 42.35, 34.13)) < 60
    # and eastern Anbar is Ramadi's and Fallujah's country
    east = gz.part(ANBAR, "east")
    assert min(haversine_km(east.lon, east.lat, 43.30, 33.42), haversine_km(east.lon, east.lat, 43.78, 33.35)) < 40


def test_a_parts_point_is_where_its_settlements_are(gz):
    # the mean of the settlements inside the part, and inside it: northern Homs is the al-Rastan and Talbiseh
    # countryside (north of the city, within 30 km of al-Rastan)
    p = gz.part(HOMS, "north")
    assert haversine_km(p.lon, p.lat, 36.72, 34.93) < 30
    from shapely.geometry import Point, shape
    for pid in (ANBAR, HOMS, SYRIA, IRAQ):
        for direction in ("north", "east", "south", "west"):
            part = gz.part(pid, direction)
            if part is not None:
                assert shape(part.__geo_interface__).buffer(0.02).contains(Point(part.lon, part.lat)), part.id


@pytest.mark.parametrize("text, surface", [
    # two directions joined: the north-east ("North and East Syria", the administration's own name for its land)
    ("Turkish drones hit northern and eastern Syria again.", "northern and eastern Syria"),
    ("قصفت الطائرات مواقع في شمال وشرق سوريا.", "شمال وشرق سوريا"),
    ("Rêveberî got ku li Bakur û Rojhilatê Sûriyê êrîş hatin kirin.", "Bakur û Rojhilatê Sûriyê"),
])
def test_two_directions_joined(gz, text, surface):
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None and "#" in m.place.id]
    assert got == [(surface, f"{SYRIA}#north-east")]


@pytest.mark.parametrize("text, surface", [
    # a direction before a region the data holds no parts of: the place the data names so (Northern Kurdistan)
    ("Piştî şer, gelek kes di deriyê sînor re derbasî Bakurê Kurdistanê bûn û li Pirsûsê bi cih bûn.",
     "Bakurê Kurdistanê"),
    ("قصف الجيش التركي مواقع في شمال كردستان.", "شمال كردستان"),
])
def test_a_named_part_of_a_region(gz, text, surface):
    got = {m.surface: m.place.id for m in gz.geoparse(text) if m.place is not None}
    assert got.get(surface) == "cur:turkish-kurdistan", got


@pytest.mark.parametrize("text, surface", [
    # the eastern part of a sea the data names: the Levantine Sea, not the whole sea's point off Sicily
    ("Two frigates fired cruise missiles from the eastern Mediterranean at targets near Raqqa.",
     "eastern Mediterranean"),
    ("Deux frégates ont tiré des missiles depuis la Méditerranée orientale vers Raqqa.", "Méditerranée orientale"),
    ("أطلقت فرقاطتان صواريخ من شرق المتوسط على مواقع قرب الرقة.", "شرق المتوسط"),
    ("Два фрегата выпустили ракеты из восточной части Средиземного моря по целям у Ракки.",
     "восточной части Средиземного моря"),
])
def test_the_eastern_part_of_a_sea(gz, text, surface):
    got = {m.surface: m.place.id for m in gz.geoparse(text) if m.place is not None}
    assert got.get(surface) == "cur:eastern-mediterranean", got


@pytest.mark.parametrize("text, surface, pid", [
    # Arabic's noun with its article before a country's adjective: the Syrian north, a place
    ("نزح آلاف المدنيين إلى الشمال السوري خلال الشتاء.", "الشمال السوري", f"{SYRIA}#north"),
    ("تقع البلدة في الشمال الشرقي السوري قرب الحدود.", "الشمال الشرقي السوري", f"{SYRIA}#north-east"),
    ("وصلت التعزيزات بالشمال العراقي مساء الأحد.", "الشمال العراقي", f"{IRAQ}#north"),
])
def test_arabic_direction_noun_before_a_countrys_adjective(gz, text, surface, pid):
    got = [(m.surface, m.kind, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert got == [(surface, "place", pid)]


def test_arabic_adjective_without_a_direction_stays_a_demonym(gz):
    got = [(m.surface, m.kind, m.place.id) for m in gz.geoparse("قال الجيش السوري إن قواته تقدمت في شمال سوريا.")]
    assert got == [("السوري", "demonym", SYRIA), ("شمال سوريا", "place", f"{SYRIA}#north")]


@pytest.mark.parametrize("text, surface, pid", [
    # the centre of a country is the region the data names for it: Homs and Hama; Baghdad and its neighbours
    ("Convoys withdrew through the desert of central Syria overnight.", "central Syria", "cur:central-syria"),
    ("Thousands fled from the centre of Iraq in the summer.", "centre of Iraq", "cur:central-iraq"),
    ("Les convois ont quitté le centre de la Syrie mardi.", "centre de la Syrie", "cur:central-syria"),
    ("Gli aiuti sono arrivati nella Siria centrale.", "Siria centrale", "cur:central-syria"),
    ("Отряды отошли в центральной части Сирии.", "центральной части Сирии", "cur:central-syria"),
    ("سقطت قذائف في وسط العراق صباح الأحد.", "وسط العراق", "cur:central-iraq"),
    ("Saldırılar Suriye'nin orta kesiminde yoğunlaştı.", "Suriye'nin orta kesiminde", "cur:central-syria"),
    ("Die Gefechte in Zentralsyrien hielten an.", "Zentralsyrien", "cur:central-syria"),
])
def test_the_centre_of_a_country(gz, text, surface, pid):
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert got == [(surface, pid)]


@pytest.mark.parametrize("text, surface, pid", [
    # Russian "part" after the adjective: "in the eastern part of Deir ez-Zor province"
    ("Бои шли в восточной части провинции Хама.", "восточной части провинции Хама", f"{HAMA}#east"),
    ("Отряды отошли в северной части Ирака.", "северной части Ирака", f"{IRAQ}#north"),
])
def test_russian_part_noun_after_the_direction(gz, text, surface, pid):
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert got == [(surface, pid)]


def test_the_centre_region_lies_in_its_governorates(gz):
    centre = gz.part(SYRIA, "centre")
    assert centre.id == "cur:central-syria" and centre.kind == "region"
    outline = shape(centre.__geo_interface__["geometry"]) if centre.geometry is None else shape(centre.geometry)
    for town in ("Homs", "Hama", "Palmyra"):
        p = gz.resolve(town, country="SY")[0].place
        assert outline.contains(Point(p.lon, p.lat)), town
    for town in ("Aleppo", "Damascus"):
        p = gz.resolve(town, country="SY")[0].place
        assert not outline.contains(Point(p.lon, p.lat)), town
    # its point is where the two governorates' people live, not the desert's middle
    assert haversine_km(centre.lat, centre.lon, 34.9, 36.9) < 40


@pytest.mark.parametrize("text", [
    "The Central Bank of Iraq raised its rate; the central government of Iraq agreed.",
    "Crowds gathered in the centre of Aleppo on Friday.",
])
def test_a_central_word_that_names_no_centre(gz, text):
    assert not [m for m in gz.geoparse(text) if m.place is not None and m.place.id.startswith("cur:central-")]


def test_the_far_part_of_a_country(gz):
    ms = [m for m in gz.geoparse("Aid convoys reached camps in the far north-east of Syria on Monday.") if m.place]
    assert [(m.surface, m.place.id) for m in ms] == [("north-east of Syria", f"{SYRIA}#north-east")]


@pytest.mark.parametrize("text, surface", [
    # a river's side is the land on that bank, where the data names it: the Syrian land east of the Euphrates
    ("Ankara again threatened an offensive east of the Euphrates, against the Kurdish-led forces.",
     "east of the Euphrates"),
    ("Die Regierung in Ankara kündigte einen Einsatz östlich des Euphrat an.", "östlich des Euphrat"),
    ("Türk ordusu, Fırat'ın doğusunda Tel Abyad'a doğru ilerledi.", "Fırat'ın doğusunda"),
    ("Les forces kurdes tiennent toujours l'est de l'Euphrate, autour de Tall Abyad.", "est de l'Euphrate"),
    ("وتسيطر القوات الكردية على مناطق شرق الفرات منذ سنوات.", "شرق الفرات"),
])
def test_the_side_of_a_river_the_data_names(gz, text, surface):
    got = {m.surface: m.place.id for m in gz.geoparse(text) if m.place is not None}
    assert got.get(surface) == "cur:east-of-the-euphrates", got


def test_the_side_of_a_river_in_a_text_about_another_country(gz):
    # villages east of the river near al-Qaim lie in Iraq: the river there, not the Syrian land east of it
    got = [(m.surface, m.place.id) for m in gz.geoparse(
        "Iraqi units cleared villages east of the Euphrates near al-Qaim on Tuesday.") if m.place is not None]
    assert ("Euphrates", "cur:euphrates") in got and "cur:east-of-the-euphrates" not in {pid for _, pid in got}
    # a town on its bank in the sentence: the bank there ("Baghuz, east of the Euphrates")
    got = [(m.surface, m.place.id) for m in gz.geoparse(
        "Fighters dug in at Baghuz, their last pocket east of the Euphrates, as jets circled.") if m.place is not None]
    assert ("Euphrates", "cur:euphrates") in got
    # a town west of a river is beyond it, and a river the data names no side of stays the river
    got = [(m.surface, m.place.id) for m in gz.geoparse("The column moved north of the Tigris near Mosul.")]
    assert got[0] == ("Tigris", "cur:tigris")


def test_the_side_of_a_river_lies_east_of_it(gz):
    side = gz.get("cur:east-of-the-euphrates")
    outline = shape(side.geometry)
    for town in ("Al-Hasakah", "Qamishli", "Tal Abyad", "Hajin"):
        p = gz.resolve(town, country="SY")[0].place
        assert outline.contains(Point(p.lon, p.lat)), town
    for town in ("Manbij", "Aleppo", "Palmyra", "Damascus"):  # (the outline follows the river through its towns)
        p = gz.resolve(town, country="SY")[0].place
        assert not outline.contains(Point(p.lon, p.lat)), town


@pytest.mark.parametrize("text, surface, pid", [
    # a city's countryside in a direction, written before the city's name: that part of the governorate it seats
    ("Jets struck villages in the eastern countryside of Homs overnight.", "eastern countryside of Homs",
     f"{HOMS}#east"),
    ("Les frappes ont visé la campagne nord de Hama dimanche.", "campagne nord de Hama", f"{HAMA}#north"),
    ("I raid hanno colpito la campagna sud-orientale di Homs all'alba.", "campagna sud-orientale di Homs",
     f"{HOMS}#south-east"),
    ("Los bombardeos alcanzaron la campiña occidental de Hama el martes.", "campiña occidental de Hama",
     f"{HAMA}#west"),
])
def test_a_citys_countryside_in_a_direction(gz, text, surface, pid):
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert got == [(surface, pid)]


def test_a_citys_countryside_without_a_direction_is_the_city(gz):
    # no direction, or a direction of the city alone: the city as before
    got = [(m.surface, m.place.kind) for m in gz.geoparse("Les frappes ont visé la campagne de Hama et le centre de Homs.")]
    assert ("Hama", "locality") in got


@pytest.mark.parametrize("text, surface, pid", [
    # a country abroad, where the data names its part: the region, not the whole country
    ("Sirens sounded across northern Israel after two rockets were fired from near Quneitra.",
     "northern Israel", "cur:northern-israel"),
    ("Hezbollah fighters moved from southern Lebanon to al-Qusayr in 2013.", "southern Lebanon", "cur:southern-lebanon"),
    ("Die Bewohner im Norden Jordaniens hörten nach Angaben der Behörden die Explosionen, nahe der syrischen Grenze "
     "bei Daraa.",
     "Norden Jordanien", "cur:northern-jordan"),
    ("Des roquettes sont tombées dans le sud du Liban, près de la frontière syrienne.", "sud du Liban",
     "cur:southern-lebanon"),
])
def test_a_part_of_a_country_abroad(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


def test_a_country_abroad_without_a_named_part_stays_the_country(gz):
    got = {m.surface: m.place.id for m in gz.geoparse("Refugees reached northern Egypt by boat.") if m.place}
    assert "gn:357994" in got.values()


def test_a_users_part_of_a_country_abroad(fresh_gz):
    # a part the user adds after a first reading counts from then on
    from gazetteer import Place

    text = "Refugees reached northern Egypt by boat, officials in Cairo said."
    assert "gn:357994" in [m.place.id for m in fresh_gz.geoparse(text) if m.place]
    fresh_gz.add_user_places([Place(id="user:northern-egypt", name="Northern Egypt", kind="region", lat=30.9,
                                    lon=30.6, country="EG", source="user")])
    got = [(m.surface, m.place.id) for m in fresh_gz.geoparse(text) if m.place]
    assert ("northern Egypt", "user:northern-egypt") in got
