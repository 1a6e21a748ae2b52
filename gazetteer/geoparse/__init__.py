"""Find place mentions in text and resolve them.

The geoparser is gazetteer-driven: it tokenizes the text once, folds each token
(:func:`gazetteer.fold.fold_token`, memoized) and greedily matches the longest run of tokens
that forms a known place key, starting only at capitalized words (or Arabic script). Before
matching it masks

* organisation names — a list of known ones (newspapers, armed groups, agencies) and any
  capitalized run containing an organisation word (*Army*, *Front*, *Times*, *Journal*,
  *Observatory*, *Ministry*, *Liwa*, *Jaish*, …);
* people's names — runs after a title (*President*, *Gen.*, *spokesman*) or a kinship word and
  *of* (*wife of*), or starting with a common given name, and well-known surnames; a name ends
  before *of* (*Governor Ali Hassan of Raqqa*: Raqqa is a place); an honorific (*Mrs. Lincoln*) or
  an initial (*Tyrise M. Bell*) before a place's name, or *said* right after a small place's name
  (*Robertson said*; but *Damascus said*), makes it a person;
* words that are places only by accident (*Of*, *Mobile*, *Reading*, the Russian *Duma*…).

Demonyms (*Syrian*, *Turkish*, *Iraqi*, *Kurdish*, *Russian*…) become mentions of kind
``demonym`` pointing at their country (Kurdish: the Kurds' region, Kurdistan), also before words
for that country's state (*the Turkish Government*, *Syrian TV*). "X province", "X governorate",
"rural X", "X countryside" and, for a Syrian governorate, "northern X" resolve to the admin area
("X district" with no such area is the town or city quarter: *Sheikh Maqsoud district*). An English
*An*, *At*, *As* before a word that does not open with its sun letter is no Arabic article (*An
Alexandria man*); a name written with its article is judged as written (*al-Tanf*, *Ad Dana*).
A place name opening an airport's name (*Damascus International Airport*) is that place, unless
the gazetteer knows the airport itself.

In a text about Syria, Iraq or Turkey, a spelling no source lists (*Mhambel* for Muhambal) is
matched by its consonant skeleton when it stands where a place name stands and the text's
geography confirms it (a governorate the text names, or another place within 60 km named in the
same sentence); such
mentions carry a lower confidence.

Arabic text has no capitals to go by: there, a conjunction or preposition written onto a name
(*والرستن*, "and al-Rastan") is split off, common nouns that some place bears as its name
(*مدينة*, "city") are not places alone, Arabic cue words (*في*, *قرب*, *بلدة*…) stand for
"in", "near", "town", and nationality adjectives (*الروسية*) are demonyms.

Ambiguous names are resolved in two passes: importance and the countries the text is about
(a name never counts as evidence for its own reading), then proximity to the other places the
text names. A place bearing the name as its own outranks one that has it as an alternate name
(the Syrian Ras al-Ayn, not Ceylanpinar); an alternate name, or a spelling that only folds to a
name, counts only in a text about that place's country unless the place is big or curated (and a
big city's alternate name yields to a place bearing it as its own). A province or district yields
to a town of its name in the same province (*Idlib*, *Quneitra*), not to a hamlet or to a town that
has the name only as an alternate (*Hatay* is the province, not Antakya). A
name qualified by a division or country after a comma (*Lebanon, Pa.*, *Tal Abyad, Raqqa*) lies
inside it, or is left out when no place of that name does; so does one followed by "in" and a
country (*Al Jazirah in Sudan*). Generic names (*the Old City*, *Downtown*) count only in a text
about the country of a place that bears them.

A river whose course the gazetteer holds (the Euphrates, the Tigris, the Khabur, the Orontes) is
put on that course at the point nearest the places named beside it (*Nasiriyah, on the Euphrates*:
the river at Nasiriyah), and it speaks for the places along it in its sentence, not for those near
its one representative point.

Examples
--------
>>> from gazetteer import default
>>> text = "Syrian state media said jets hit Talbiseh and Rastan in Homs province."
>>> [(m.surface, m.kind, m.place.country) for m in default().geoparse(text)]
[('Syrian', 'demonym', 'SY'), ('Talbiseh', 'place', 'SY'), ('Rastan', 'place', 'SY'), ('Homs province', 'place', 'SY')]
"""

from .demonyms import DEMONYMS
from .mention import Mention
from .parser import Geoparser

__all__ = ["Mention", "Geoparser", "DEMONYMS"]
