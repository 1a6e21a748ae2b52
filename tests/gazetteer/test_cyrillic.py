"""Russian text: transliteration, case endings, the rendering's offsets, and geoparsing of Russian reporting.

Texts written for these tests (in the manner of the Russian defence ministry's briefings and of Russian
news reports on the strikes), not taken from any source.
"""

from __future__ import annotations

import json

from gz_fixtures import check_mentions, fresh_gz, gz, join_words  # noqa: F401  (pytest fixtures)

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer.cyrillic import has_cyrillic, nominatives, ru_key, span_of, to_latin, transliterate


@pytest.mark.parametrize("word, latin", [
    ("Джиср-эш-Шугур", "Jisr esh-Shugur"),
    ("Дейр-эз-Зор", "Deyr ez-Zor"),
    ("Эр-Ракка", "Er-Rakka"),
    ("Хан-Шейхун", "Khan Sheykhun"),
    ("Абу-Кемаль", "Abu Kemal"),
    ("удары", "udary"),
])
def test_transliterate(word, latin):
    assert transliterate(word) == latin


@pytest.mark.parametrize("word, form", [
    ("Идлибе", "идлиб"), ("Хомса", "хомс"), ("Пальмиры", "пальмира"), ("Латакии", "латакия"),
    ("Сирию", "сирия"), ("Ракке", "ракка"), ("Дейр-эз-Зоре", "дейр-эз-зор"), ("Абу-Кемаля", "абу-кемаль"),
    ("Восточной", "восточная"), ("Маарет-эн-Нуманом", "маарет-эн-нуман"),
])
def test_nominatives_hold_the_dictionary_form(word, form):
    forms = nominatives(word)
    assert forms[0] == ru_key(word)
    assert form in forms


@pytest.mark.parametrize("text, surface, name", [
    # a dictionary form the gazetteer bears letter for letter before the form as written, that only folds like a
    # place's name: "Самарру" is Samarra, "Багузе" Baghuz
    ("Экстремисты могут затопить Мосул, а затем Тикрит, Самарру и Багдад в Ираке.", "Самарру", "Samarra"),
    ("После падения анклава в Багузе на востоке Сирии боевики бежали в Ирак.", "Багузе", "Baghuz"),
    # but the form as written where it stands for a bigger place than the other form ("Хавика", the Hawiqa quarter)
    # or is itself a name ("Фуа", not Fu)
    ("Колонна помощи прибыла в Мадаю и Забадани, а также в Фуа и Кефрайю в Сирии.", "Фуа", "Al Fu`ah"),
])
def test_a_case_form_read_as_the_name_the_gazetteer_bears(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None]


def test_ru_key():
    assert ru_key("Соединённые  Штаты") == ru_key("соединенные штаты")
    assert ru_key("Дейр - эз-Зор") == "дейр-эз-зор"
    assert not has_cyrillic("Deir ez-Zor") and has_cyrillic("Дамаск")


_LATIN = ["Aleppo", "al-Bab", "Kfar", "Nabouda", "the", "in", "Syrian", "Ra's", "Idlib's", "حلب", ",", ".", "\n",
          "—", "'", "-", "(", ")", "1,200", "U.S."]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_LATIN), max_size=30), st.lists(st.sampled_from([" ", "", "-"]), max_size=30))
def test_text_without_cyrillic_renders_as_itself(words, seps):
    text = join_words(words, seps)
    latin, pieces = to_latin(text, {}, None)
    assert latin == text
    for ls, le, s, e in pieces:
        assert latin[ls:le] == text[s:e]


_RUSSIAN = ["провинции", "провинциях", "Хама", "Хомс", "и", "Идлиб", "в", "районе", "Пальмиры", "города",
            "Эр-Ракка", "авиабаза", "Хмеймим", "Дума", "Госдума", "Минобороны", "России", "посольство",
            "Дамаске", "Кафр-Нубуды", "сирийских", "к", "северу", "от", "Латакии", "удары", "Удары", ",", ".",
            "\n", "—", "«", "»", "12", "Aleppo", "США", "Восточной", "Гуте"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_RUSSIAN), max_size=40), st.lists(st.sampled_from([" ", "", "  ", "-"]), max_size=40))
def test_offsets_of_russian_text_always_valid(gz, words, seps):
    text = join_words(words, seps)
    check_mentions(text, gz.geoparse(text))


def test_span_of_a_reordered_rendering():
    text = "провинции Хама"
    latin, pieces = to_latin(text, {"хама": "Hama"}, None)
    assert latin == "Hama province"
    assert span_of(pieces, 0, 4) == (10, 14)
    assert span_of(pieces, 0, len(latin)) == (0, 14)


def found(gz, text):
    return [(m.surface, m.place.name, m.kind) for m in gz.geoparse(text)]


BRIEFING = ("По данным Минобороны России, за сутки штурмовики поразили склад боеприпасов под Маарет-эн-Нуманом, "
            "командный пункт в районе населенного пункта Эль-Латамна и позиции боевиков у Кафр-Нубуды на севере "
            "провинции Хама.")


def test_a_briefing_in_russian(gz):
    got = found(gz, BRIEFING)
    names = [(s, n) for s, n, _ in got]
    assert ("России", "Russia") in names
    assert ("Эль-Латамна", "Al Lataminah") in names
    assert ("Кафр-Нубуды", "Kafr Nabudah") in names  # a spelling the gazetteer lacks, in the genitive
    ms = {m.surface: m for m in gz.geoparse(BRIEFING)}
    assert ms["Маарет-эн-Нуманом"].place.admin1 == "Idlib"  # the instrumental case
    hama = [m for m in gz.geoparse(BRIEFING) if m.place.kind == "admin1"]
    assert [m.place.name for m in hama] == ["Hama"]
    assert BRIEFING[hama[0].name_start:hama[0].name_end] == "Хама"


def test_provinces_listed_after_their_noun(gz):
    text = "Самолеты нанесли удары по объектам в провинциях Хама, Хомс и Идлиб."
    ms = gz.geoparse(text)
    assert [(m.surface, m.place.kind) for m in ms] == [("Хама", "admin1"), ("Хомс", "admin1"), ("Идлиб", "admin1")]


def test_report_of_the_other_side(gz):
    text = ("Американские официальные лица утверждают, что удары пришлись по районам, которые контролирует "
            "сирийская оппозиция, а не Исламское государство. Среди пострадавших населенных пунктов называют "
            "Тальбису и Эр-Растан в провинции Хомс, а также Джиср-эш-Шугур в провинции Идлиб.")
    got = found(gz, text)
    assert ("Американские", "United States", "demonym") in got
    assert ("сирийская", "Syria", "demonym") in got
    assert ("Тальбису", "Talbiseh", "place") in got
    assert ("Эр-Растан", "Al-Rastan", "place") in got
    assert ("Джиср-эш-Шугур", "Jisr al-Shughur", "place") in got
    assert not any("Исламское" in s for s, _, _ in got)  # an organisation, not a place


def test_regions_sites_and_cities(gz):
    text = ("Боевики обстреляли Хмеймим, а в Восточной Гуте продолжаются бои. Турецкие власти вызвали посла после "
            "ударов по туркменским селам в горах Джебель-Туркман к северу от Латакии и по Дейр-эз-Зору.")
    got = {s: n for s, n, _ in found(gz, text)}
    assert got["Хмеймим"] == "Hmeimim Air Base"
    assert got["Восточной Гуте"] == "Eastern Ghouta"
    assert got["Джебель-Туркман"] == "Jabal al-Turkman"
    assert got["Латакии"] == "Latakia"
    assert got["Дейр-эз-Зору"] == "Deir ez-Zor"
    assert got["Турецкие"] == "Turkey"


def test_russian_embassy(gz):
    got = found(gz, "Минометные снаряды упали на территорию посольства России в Дамаске.")
    assert got[0][1] == "Russian Embassy in Damascus"
    assert got[0][0] == "посольства России в Дамаске"


def test_the_duma_is_the_parliament_in_a_text_about_it(gz):
    text = ("Депутаты Государственной думы поддержали операцию. Дума одобрила заявление, сообщили журналистам в "
            "Москве.")
    got = found(gz, text)
    assert not any(n == "Douma" for _, n, _ in got)
    assert ("Москве", "Moscow", "place") in got


def test_the_duma_passing_a_law_in_a_text_about_syria(gz):
    # the text names Aleppo, but a Duma that passes a law is the parliament
    got = found(gz, "Бои у Алеппо продолжаются. Дума приняла закон.")
    assert [n for _, n, _ in got] == ["Aleppo"]


@pytest.mark.parametrize("text", [
    "Тему обсудили в Москве.",  # the topic, not Tema in Ghana
    "Мост через реку разрушен у Алеппо.",  # a bridge, not Most in Czechia
    "Саммит прошел в Москве.",
    "Белый дом заявил о поддержке. Москва ответила.",
])
def test_common_nouns_opening_a_sentence(gz, text):
    got = found(gz, text)
    assert {n for _, n, _ in got} <= {"Moscow", "Aleppo"}, got


@pytest.mark.parametrize("text, expected", [
    ("Мост через Евфрат у Ракки разрушен.", ["Euphrates", "Ar Raqqah"]),
    ("Войска вышли к реке Тигр у Мосула.", ["Tigris", "Mosul"]),
    # every word of a name in guillemets is the organisation's ("аш-Шам" of «Ахрар аш-Шам» is not Syria)
    ("Боевики «Ахрар аш-Шам» и «Джейш аль-Ислам» покинули Думу в Восточной Гуте.", ["Douma", "Eastern Ghouta"]),
    ("Подразделение «Тигр» наступает на Идлиб.", ["Idlib"]),
])
def test_rivers_and_organisations_in_guillemets(gz, text, expected):
    assert [n for _, n, _ in found(gz, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Минобороны Турции заявило о нарушениях.", ["Turkey"]),
    ("Минобороны Сирии сообщило об ударах по Идлибу.", ["Syria", "Idlib"]),
])
def test_a_countrys_defence_ministry_speaks_for_it(gz, text, expected):
    assert [n for _, n, _ in found(gz, text)] == expected


def test_douma_the_town(gz):
    got = found(gz, "Боевики удерживают Думу и Харасту в Восточной Гуте.")
    assert [n for _, n, _ in got] == ["Douma", "Harasta", "Eastern Ghouta"]


def test_a_sentence_opening_word_is_not_a_name(gz):
    # "Удары" (strikes) opens the sentence; it names no place, whatever its transliteration
    assert [m.surface for m in gz.geoparse("Удары продолжились. Самолеты вернулись на базу.")] == []


@pytest.mark.parametrize("name, expected, kind", [
    ("Идлиб", "Idlib", "locality"),
    ("провинция Хама", "Hama", "admin1"),
    ("Пальмиры", "Palmyra", "locality"),
    ("Хмеймим", "Hmeimim Air Base", "site"),
    ("Гута", "Eastern Ghouta", "region"),
    ("Москва", "Moscow", "locality"),
    ("Сирия", "Syria", "country"),
    ("США", "United States", "country"),
    ("Латамна", "Al Lataminah", "locality"),
])
def test_resolve_russian_names(gz, name, expected, kind):
    best = gz.resolve(name)[0]
    assert (best.place.name, best.place.kind) == (expected, kind)


def test_user_place_with_a_russian_name(fresh_gz):
    from gazetteer import Place

    fresh_gz.add_user_places([Place(id="user:depot", name="Depot 7", kind="site", lat=35.4, lon=36.5, country="SY",
                                     alt_names=("Склад номер семь",))])
    assert fresh_gz.resolve("Склад номер семь")[0].place.id == "user:depot"


def test_cli_resolve_in_russian(runner):
    from geomap.cli import cli

    res = runner.invoke(cli, ["resolve", "Латакии", "Кафр-Нубуда", "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert [o["name"] for o in out] == ["Latakia", "Kafr Nabudah"]


def test_shipped_russian_names(gz):
    import os

    from gazetteer.index import DATA_DIR

    meta = json.load(open(os.path.join(DATA_DIR, "meta.json"), encoding="utf-8"))
    names = gz.russian_names()
    assert meta["russian_names"] == len(names) > 10000
    assert "iso3166_1_ru_mo_sha256" in meta["inputs"]
    assert names["ракка"] == "Ar Raqqah" and names["сирия"] == "Syria"


def test_organisations_named_in_russian_are_no_places(gz):
    text = ("По данным Сирийской обсерватории по правам человека, Сирийские демократические силы взяли Табку, а "
            "Рабочая партия Курдистана отрицает участие в боях.")
    got = found(gz, text)
    assert [s for s, _, _ in got] == ["Табку"]
    assert got[0][1] == "Al-Thawrah"  # Tabqa's official name


def test_the_ministrys_abbreviations(gz):
    text = ("В провинции Хама в районе н.п. Эль-Латамна уничтожен склад, у н. п. Кафр-Нубуда — командный пункт; в г. "
            "Эр-Ракка штаб.")
    got = [(s, n) for s, n, _ in found(gz, text)]
    assert got == [("провинции Хама", "Hama"), ("Эль-Латамна", "Al Lataminah"), ("Кафр-Нубуда", "Kafr Nabudah"),
                   ("Эр-Ракка", "Ar Raqqah")]
    assert gz.geoparse(text)[-1].place.kind == "locality"  # "г." is a city


def test_names_in_guillemets_are_no_places_unless_a_base_is_named(gz):
    got = found(gz, "Иран нанес удары по штабу «Моссада» в Эрбиле, а Турция начала операцию «Щит Евфрата».")
    assert [n for _, n, _ in got] == ["Iran", "Erbil", "Turkey"]
    got = found(gz, "Российские самолеты базируются на авиабазе «Хмеймим» в провинции Латакия.")
    assert ("Хмеймим", "Hmeimim Air Base", "place") in got


def test_a_demonym_does_not_move_a_world_city_to_its_namesake(gz):
    # "the American side" makes no Moscow of Idaho out of Moscow
    got = found(gz, "Американская сторона утверждает, что удар был ошибкой. В Москве заявили, что погибли военные.")
    assert ("Москве", "Moscow", "place") in got
    assert [m.place.country for m in gz.geoparse(
        "The American side says the strike was a mistake. Officials in Moscow said soldiers were killed.")] == ["US", "RU"]
    # naming the state does: "Moscow, Idaho"
    assert gz.geoparse("Police in Moscow, Idaho, said the road was closed.")[0].place.country == "US"


@pytest.mark.parametrize("text, surface", [
    ("Центр по примирению сообщил об обстрелах в зоне деэскалации Идлиб за последние сутки.", "деэскалации Идлиб"),
    ("Боевики обстреляли позиции армии в зоне деэскалации «Идлиб».", "Идлиб"),
])
def test_the_idlib_de_escalation_zone_is_the_province(gz, text, surface):
    # the zone is the area around the province, not the city of Idlib
    got = [m for m in gz.geoparse(text) if m.surface == surface]
    assert [(m.place.name, m.place.kind) for m in got] == [("Idlib", "admin1")]


@pytest.mark.parametrize("text, absent", [
    # a sentence opening with "further" or "the bodies" names no town; Akar is the Turkish minister
    ("Далее наступление развивалось вдоль Евфрата на юго-восток, к Абу-Кемалю в Сирии.", "Далее"),
    ("Тела погибших доставили в провинцию Хатай.", "Тела"),
    ("Как сообщило агентство Анадолу, министр обороны Хулуси Акар заявил, что посты в Идлибе останутся.", "Акар"),
])
def test_sentence_openers_and_ministers_are_no_towns(gz, text, absent):
    assert absent not in [m.surface for m in gz.geoparse(text)]


def test_a_quotation_in_guillemets_is_no_name(gz):
    # a name in guillemets is an operation's («Источник мира»); a quotation of speech opens in lower case, and the
    # places in it are places
    text = "Анкара заявила, что операция «Источник мира» будет продолжена «вплоть до границы с Ираком»."
    got = [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place]
    assert ("Ираком", "Iraq") in got and not any(m[0] in ("Источник", "мира") for m in got)


@pytest.mark.parametrize("text", ["Сирийские войска заняли плотину на Евфрате у озера Асад.",
                                  "Катера патрулируют на озере Ассад.", "Уровень воды в водохранилище Эль-Асад упал."])
def test_lake_assad_in_russian_in_any_case(gz, text):
    assert "Lake Assad" in [m.place.name for m in gz.geoparse(text) if m.place]
