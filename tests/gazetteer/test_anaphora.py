"""A part of "the province" named before, by the bare noun. Texts written for these tests."""

from __future__ import annotations

import pytest

from gz_fixtures import gz  # noqa: F401  (pytest fixture)


@pytest.mark.parametrize("text, surface, pid", [
    ("Islamic State fighters attacked villages in Suwayda province. Clashes went on in the north of the province.",
     "the north of the province", "wof:85678385#north"),
    ("L'armée syrienne a repris Khan Cheikhoun, dans la province d'Idleb. Les combats se poursuivent dans le sud "
     "de la province.", "sud de la province", "wof:85678373#south"),
    ("Las tropas avanzaron en la provincia de Hama, en Siria; en el norte de la provincia hubo bombardeos.",
     "norte de la provincia", "wof:85678363#north"),
    ("Die Armee rückte in der Provinz Idlib in Syrien vor. Im Süden der Provinz gab es Luftangriffe.",
     "Süden der Provinz", "wof:85678373#south"),
    # after a proclitic "and", and with the direction after the noun
    ("قصفت الطائرات بلدات في محافظة إدلب، وتركزت الغارات على ريف المحافظة الجنوبي وجنوب غرب المحافظة.",
     "جنوب غرب المحافظة", "wof:85678373#south-west"),
    ("قصفت الطائرات بلدات في محافظة إدلب، وتركزت الغارات على ريف المحافظة الجنوبي.",
     "ريف المحافظة الجنوبي", "wof:85678373#south"),
    # the province of the town named last, where no province is named
    ("Rebels held Talbiseh, north of Homs in Syria. In the east of the province, Islamic State attacked.",
     "the east of the province", "wof:85678367#east"),
])
def test_a_part_of_the_province_named_before(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text", [
    # no province named before it
    "Clashes went on in the north of the province, officials said.",
    # the province is named after the noun: the phrase's own name reads it
    "Jets struck Saraqib in Syria and villages in the south of the province of Idlib.",
])
def test_no_part_without_a_province_before(gz, text):
    assert not [m for m in gz.geoparse(text) if m.surface.endswith("the province")]
