"""Word lists that tell places from other names: the heads of organisations' names and the known
organisations, outlets, ships and vehicles; Arabic proclitics, cue words and nouns; the Romance, German,
Turkish and Kurmanji words the scan tests."""

from __future__ import annotations

import re

from ..fold import fold, fold_token


_ORG_HEADS = set("""army armies front brigade brigades battalion battalions division regiment corps forces force movement
party council committee assembly observatory ministry department agency news times journal post herald tribune gazette
telegraph press network television tv radio university college institute center centre school hospital bank company
corporation inc ltd group foundation association union organization organisation coalition alliance airlines airways
church club fc court parliament senate congress duma command guard guards police authority commission office
service services society federation fund program programme project legion liwa jaish jabhat harakat kataib katibat
faylaq ansar ahrar jund tajammu suqour fursan saraya hizb daily weekly magazine review monitor
channel broadcasting report reports watch international mission bureau directorate administration cabinet government
regime institution academy museum stadium league cup team trust partnership initiative summit conference
units unit restaurant hotel cafe café tech fleet presidency command fc sc fk sk observer today tribe clan""".split())
#: heads that open an organisation's name, the place's name after them: Arabic names of armed groups ("Liwa Suqour
#: al-Jabal", "Jaish al-Islam") and militias named in English ("the Lions of the Tigris", "the Sons of Iraq"; not a
#: team's name after its city: "the Detroit Lions")
_ORG_OPENERS = frozenset("""liwa jaish jabhat harakat kataib katibat faylaq ansar ahrar jund tajammu suqour fursan saraya
hizb lions eagles falcons knights sons""".split())
#: Turkish heads of organisations' names, which end the name: army, association, foundation, party, university,
#: agency, newspaper, brigade, division, front, forces, movement, organisation, council, ministry, bar association,
#: chamber, union, command, governorship, municipality, district governorship ("Özgür Suriye Ordusu birlikleri
#: Cerablus'a girdi": the name ends with "Ordusu")
_TR_ORG_HEADS = frozenset("""ordusu derneği vakfı partisi üniversitesi ajansı gazetesi tugayı tümeni tümen tugay
kolordusu cephesi güçleri hareketi örgütü konseyi bakanlığı barosu odası sendikası komutanlığı valiliği belediyesi
kaymakamlığı merkezi gözlemevi meclisi müdürlüğü lejyonu harekâtı harekatı operasyonu""".split())
# (a unit's bare noun too: "4. Zırhlı Tümen", the 4th Armoured Division)
_ANY_ORG_HEADS = frozenset(_ORG_HEADS | _TR_ORG_HEADS)
#: heads that two places' names may share ("the Jazeera and Badia Operations Command")
_SHARED_HEADS = frozenset("command council councils brigade brigades front forces guards units division".split())
#: Words after a broadcaster's or a paper's name that show it is the outlet ("al-Mayadeen TV")
_OUTLET_NOUNS = frozenset("tv television channel network satellite newspaper daily website news reported".split())
#: nouns in lower case after an outlet's name ("Al-Forat television", Turkish "Türkiye gazetesine", to the paper
#: Türkiye, "Rudaw televizyonunda"), and before it, in French, Spanish, Italian and German ("la chaîne Al-Mayadeen",
#: "el diario Al Hayat", "il quotidiano Al-Watan", "der Sender Al-Arabija")
_OUTLET_AFTER = frozenset("""television tv channel newspaper gazetesi gazetesine gazetesinin gazetesinde gazetesinden
televizyonu televizyonuna televizyonunun televizyonunda kanalı kanalına kanalının kanalında bloc""".split())
#: (and a parliamentary bloc's: "lawmakers from the Badr bloc")
_OUTLET_AFTER_EN = frozenset("television tv channel newspaper".split())
_OUTLET_BEFORE = frozenset("""chaîne télévision quotidien journal hebdomadaire televisión cadena diario periódico
televisione quotidiano emittente canale sender fernsehsender zeitung club""".split())  # (and "the football club Naft
# Maysan")
_ORG_ARTICLES = frozenset(("al", "el", "ash", "ad", "an", "ar", "as", "at", "az"))
_ELISIONS = ("l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’")
_ELISION_LITERALS = re.compile("|".join(_ELISIONS))
#: Italian prepositions with the article elided onto a name ("dell'Iraq", "nell'Iraq", "sull'Eufrate")
_IT_ELISION_GAP = re.compile(r"(?:[dDnN]ell|[sS]ull|[dD]all|[aA]ll|[cC]oll)['’]")
_IT_ELISION = re.compile(_IT_ELISION_GAP.pattern + r"(?=[^\W\d_])")  # (before a word)
_FR_ELISION_GAP = re.compile(r"[lLdD]['’]")

#: After a demonym, words that name the country's own state, not a named organisation
#: ("the Turkish Government", "Syrian Army", "Russian TV"): the demonym refers to the country.
_STATE_WORDS = frozenset("""government army military navy police forces force ministry parliament tv television radio
media regime cabinet embassy consulate intelligence authorities officials troops state air coast guard guards border
foreign defence defense interior health prime minister president presidency
ordusu hükümeti rejimi yönetimi silahlı kuvvetleri güvenlik güçleri dışişleri savunma bakanlığı""".split())
#: (and Turkish, after the country's name: "Irak Ordusu", "Rusya Savunma Bakanlığı")
#: Capitalised words that are never a place, whatever they resemble (languages, peoples, faiths, a holy month, the
#: "Gap" of a named pass).
_NOT_PLACES = frozenset("""arabic arab arabs persian farsi english kurmanji sorani aramaic armenian hebrew
sunni sunnis shia shiite shiites alawite alawites druze christian christians muslim muslims yazidi yazidis roman romans
ramadan gap
turkmen türkmen assyrian assyrians
pero però una uno ante sobre esta este ahora hoy tanto mucho solo sólo oggi quella come dal sulla mais doch schon dort
auch para nobel misión montaña montañas navê nav woche kaynaklar liga mehmetçik çadır kurdan""".split())
#: (and, as written, words of Spanish, Italian, French and German that open sentences: but, a, one, before, on, this,
#: now, today, so much, only, that, like, from the, on the, but, yet, already, there, also, for: "Pero" is no Peru;
#: and the prize: "the Nobel" is no Nubl; Spanish "Montaña", mountain, is no Montana; Kurmanji "Navê", the name of,
#: is no Nawa; German "Woche", a week, no Wokha; Turkish "Kaynaklar", sources, no village; Turkish "Mehmetçik", the
#: Turkish soldier, and "Çadır", a tent; Kurmanji "Kurdan", of the Kurds, no Kurdani)

#: Common nouns that introduce the proper name of a thing that is not a place ("the company Kolin").
_NAMED_THING = frozenset("""company firm brand newspaper magazine broadcaster channel vessel ship tanker frigate
horse filly colt mare stallion band album film movie song novel book airline carrier operator
codenamed dubbed cruiser destroyer corvette warship submarine freighter""".split())
#: ships, which are named after cities, the capital too ("the guided-missile cruiser Moskva", "der Kreuzer «Moskwa»")
#: French, Spanish and Italian nouns of a square or a roundabout before its name ("rond-point" is read as "point")
_ROMANCE_SQUARES = frozenset("point plaza piazza rotonda glorieta piazzale".split())
_SHIP_NOUNS = frozenset("""vessel ship tanker frigate cruiser destroyer corvette warship submarine freighter kreuzer
raketenkreuzer fregatte croiseur frégate navire crucero fragata buque incrociatore nave""".split())

#: Arabic conjunctions and prepositions written onto the next word ("و" and, "ب" in, "ل" to, "ف" so).
_AR_PROCLITICS = frozenset("وبلف")
_AR_PROCLITICS_2 = frozenset(("وب", "ول", "فب", "فل"))
#: the same, one or two, as written before a tatweel ("بـ", "وبـ")
_AR_PROCLITIC_FORMS = _AR_PROCLITICS | _AR_PROCLITICS_2
#: Common words of news whose first letter only looks like a proclitic ("وزارة" ministry is not "and Zarah").
_AR_WHOLE_WORDS = frozenset("""وزارة الوزارة وزير وزراء وكالة ولاية وحدات وحدة وسط وفد وقف وقت بيان بلدة بلدات لجنة لواء
فصائل فريق فرقة بسطات بارزة بارز""".split())  # (and stalls, "بسطات", no "in Settat"; prominent, "بارزة", no "in Arzah")
#: Arabic common nouns that some place also bears as its name ("مدينة" city, not Medina): never places alone.
_AR_STOP_KEYS = frozenset(fold(w) for w in """مدينة بلدة قرية منطقة ريف حي مخيم جبل سهل وادي شمال جنوب شرق غرب وسط
محافظة ناحية مركز طريق نهر مطار قاعدة سفارة الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية
الإدارة الحكومة الدولة الجيش القوات المعارضة النظام الوزارة القيادة التحالف المجلس المنظمة الأمم الثورة الخليج
الخبر العلم وقف الشهداء بنى الساحل معسكر قلعة جامعة
کرد کردە کردن کرا کراوە""".split())  # (Sorani verbs of "to do": "کردە ئامانج", targeted; not Gerede)
#: folded first words of Arabic place names (spring, hill, village, mount, monastery …) that are keys themselves
_GENERIC_HEADS = frozenset("ayn tl kfr jbl dyr khrbt byt jsr um ras mzrt bir wadi abu shykh tlt".split())
#: the same heads in Arabic script, without the article (bare "تل", a hill, opens a name: "تل حدية" is no al-Tall)
_AR_GENERIC_HEADS = frozenset(fold_token(w) for w in "تل تلة عين كفر جبل دير خربة بيت جسر رأس مزرعة بئر وادي".split())
#: Arabic words, as written, that name a village elsewhere but are words here: the months ("في آب", in August, is
#: not Ibb, whose Arabic name "إب" folds alike; "شباط" is no Shubat) and adjectives of fighting ("اشتباكات عنيفة",
#: violent clashes, is not 'Anifah), and nouns of strike reports ("ضربة جوية", an air strike, is not al-Jawwiyah; a
#: school, a church, a station, an island, the night, the factories: "معامل الدفاع"; "حصار طويل", a long siege), and
#: "that" with its particles ("وأن الطيران", and that the aircraft, is not Van, whose Arabic name folds alike)
_AR_WORDS = frozenset("""كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين دوار الدوار سلمي
واسعة واسع عنيفة عنيف جوية جوي حربية مجموعة مدرسة كنيسة محطة ليل جزيرة معامل المعامل حوار الحوار الجاري عبور دولي طويل طويلة
أن وأن بأن لأن فأن إن وإن فإن أهداف الأهداف
بن ابن بنت أشهر الأشهر حياة الحياة مقبرة المقبرة سلطات السلطات الكبير الكبيرة الدولي الدولية باب
عشرين عشرون العلمية العلمي معبر المعبر أنصار الأنصار طراز العنيفة العنيف العبور جديدة العشرين شركة الشركة حارة
باکوور باشوور المزارع مزارع أربعين الأربعين بساتين البساتين مريبة وعرة الوقوف بالوقوف الأثرية الأثري كنائس
كبرى كبيرة الجيب تصفية المرجعية حضر الخيام خيام الحصار الشرطة دخول قصير الجوية الرابعة المحطة الجديدة حراك قوله
المهربين تحرير أمام دور كونه بلا السلمي الماضي عاجل جدلا جدلاً خبراء الكبرى التحرير
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت حول بدوره بدورها بأنه بأنها مرتفعة مرتفع
المتوسطة خريطة فتحه خلافة الخلافة الدينية الديني الحالات حالات بعيدة بعيد أبرز أبرزها الصافية حوله حولها حديثه
عالقين عالقون درجات كبار مساعده مساعدة بلدية البلدية جديد الصحية الصحي مشهد زيارة إشارة المائلة مائلة البلد
التركمانية التركماني التركمان زيادة الزكاة الكنيسة مشارف الكنائس دخان المحفورة المديرية فندق الفندق
البسيط بسيط
السياج حصار المجاور المجاورة معاصر داخله داخلها حسينيات تبنى تبنّى تبني تبنّي عليه الأمين صوامع العيون الثورة
سار كمين حرية الحرية الرمادية إسقاط فورا فوراً مشافي الثانية الربيع إخلاء المدرسة عمره سلسلة البنية بنية إمام الإمام قاسية قاسي""".split()) | frozenset(
    "ماوە ماوەی گوت گوتی نوێ زیاد بیست موشەک کەوت کرایە بنکە بنکەی سنوور سنووری گوندە گوندەک گوندێک گوندی تەل چۆڵ "
    "دوو سەرچاوە سەرچاوەی گەڕەک گەڕەکی "
    "چۆڵان خێزان خێزانەکان سەدان خۆی خۆیان کاڵا کاڵاکان خول خولی ئێرە بوار بواری کران "
    "بەرەبەیان کێڵگە کێڵگەی کێڵگەکان کێڵگەکانی چوونە بۆری کۆپری".split())
#: (and the days of the week: "مساء الخميس", on Thursday evening, is no Khemis Miliana; around, in (his/her) turn,
#: that it, high, medium, a map, its opening, succession or caliphate, religious, the cases, far, the most
#: prominent, clear, around him or it, his talk, stranded, degrees, senior, his aide or aid; a municipality, new,
#: (of) health, a scene, a visit, a signal, leaning (the minaret), the town ("درعا البلد", not Balad), Turkmen; an
#: increase, alms, the church, the outskirts; churches, smoke, dug, a directorate, a hotel: "فندق السفير" is no
#: Funduq; simple, which names Albacete; the fence; a siege, which names Hisar in India; adjacent, not al-Akra';
#: (olive) presses, not al-Ma'asir; inside it, not Dakhla; husseiniyas, not Husayniyat; (it) claimed, not at-Tibni)
#: (son of, daughter of: "جيش خالد بن الوليد"; months, life, cemetery, authorities, big, international; a gate,
#: "باب الطوب" in Mosul, where the town of al-Bab is "الباب"; twenty, scientific, a crossing, supporters, model,
#: new, a company, a lane; Sorani north and south; forty, orchards, suspicious, rugged, standing (behind),
#: archaeological, churches; major, big, the pocket, liquidation, the religious authority, attended; the tents, the
#: siege, the police, entry: "بلدة الخيام", the town of Khiam, still is one; short, the air (force), the fourth
#: (division), the station, the new, a movement, his saying, the smugglers, liberation, before, a role, his being,
#: without, peaceful, the past, urgent, for argument's sake, experts, the grand, the liberation; targets:
#: "أهداف التنظيم" is no Ard as-Saddaf)
#: (the last words Sorani Kurdish: a period of time, said, new, more, twenty, a missile, fell (on), was made (a
#: target), a base, a border, a village, a wire, two, a source, a neighbourhood, empty (land); not Mawi, Kut, Nawa,
#: Ziyad, Baysat, Hawshik, al-Karayah, Binakah, Sanur, Kundah, Garmuk, Tell, the Golan, Sah Rujawah or Karak; a family
#: and hundreds: not Hizan or Sadan; goods, a (league's) round, here, a field, (they) were done: not Kahla, Khulay,
#: Ayrah, Warri or Kirran)
#: (and Arabic a chain, a series: "سلسلة جبال", not Silsilah; the structure, "البنية التحتية", not Baniyah; an
#: imam, not Amam; harsh, not Qasiyah; Sorani dawn, a field, went, a pipe, "بۆری نەوت", and a bridge, "کۆپری" (of
#: "ئاڵتوون کۆپری", Altun Kupri): not Barbiyan, Kilakah, Junah, Bor or Vezirköprü)
#: Arabic nouns of a centre, network, agency, council or channel, before a place's name that an organisation's
#: further word ends ("مركز الموصل للدراسات", "شبكة حلب الإخبارية", "مجلس دير الزور العسكري")
_AR_ORG_BEFORE = frozenset("مركز شبكة تنسيقية وكالة إذاعة قناة صحيفة مرصد تجمع اتحاد مجلس".split())
#: nouns of a channel, a network, a radio, a paper or a television, whose name follows ("قناة دجلة"), and words
#: that end an outlet's name ("فرات بوست")
_AR_OUTLET_NOUNS = frozenset(p + w for w in "قناة شبكة إذاعة صحيفة تلفزيون".split() for p in ("", "و", "ل", "ب", "ول"))
#: Arabic nouns of a tribe and a clan, with "and", "to", "of" written on: the name after them is the tribe's
#: ("عشيرة البونمر", the Albu Nimr tribe, not their village; but "عشائر دير الزور" are the tribes of Deir ez-Zor)
_AR_TRIBE_NOUNS = frozenset(p + w for w in "عشيرة قبيلة".split() for p in ("", "و", "ل", "ب", "ول", "لل"))
_AR_OUTLET_TAILS = frozenset("بوست نيوز برس تايمز".split())
_AR_ORG_AFTER = frozenset("""الإعلامي الإعلامية الإخباري الإخبارية الإعلام العسكري العسكرية المدني المدنية الثوري
الثورية الحر الحرة اليوم الفضائية""".split())
#: Arabic nouns that open the name of an armed group, a body or an operation, without their article ("لواء القدس",
#: "سرايا أهل الشام", "هيئة تحرير الشام", "منسقو استجابة سوريا", "عملية نبع السلام"): the words after them are the
#: name, up to a preposition or a stop
#: words after "عملية" (operation) that tell its kind, not its name: special, qualitative, military, security, wide,
#: joint, ground, air, suicide, terrorist, precise, limited, big, new, a sweep
_AR_PLAIN_OPERATION = frozenset("""خاصة نوعية عسكرية أمنية واسعة مشتركة برية جوية انتحارية إرهابية دقيقة محدودة كبيرة جديدة
تمشيط""".split())
_AR_GROUP_HEADS = frozenset("""لواء فرقة سرايا كتائب كتيبة فيلق جيش حركة هيئة تجمع منسقو عملية فوج صحوة صحوات قوة حرس
حیزبی پارتی پاسدارانی""".split())
#: (and a regiment, an Awakening council, a force, guards: "فوج الموصل", "صحوة الأنبار", "قوة حماية سنجار", "حرس
#: نينوى"; Sorani "party of",
#: "party" and "guardians of": "حیزبی دیموکراتی کوردستانی ئێران", "سوپای پاسدارانی ئێران", the IRGC)
#: Arabic nouns of a company, a command or a council, whose name runs on after them ("شركة نفط البصرة", "قيادة
#: عمليات بغداد", "مجلس محافظة ديالى")
#: Arabic nouns of an airline, whose name is a place's: "طيران الشرق الأوسط" (Middle East Airlines), "طيران الإمارات"
_AR_AIRLINE_HEADS = frozenset(p + "طيران" for p in ("", "و", "ل", "ب"))
#: (and Sorani "university of"; a club: "نادي زاخو", Sorani "یانەی وەرزشیی هەولێر"; a diocese:
#: "أبرشية العمادية"; with "and" before it: "وقيادة عمليات سامراء", not "بقيادة واشنطن",
#: led by Washington; and Sorani "voice of": "دەنگی ئەمریکا", Voice of America; a chamber: "غرفة صناعة حلب", Aleppo's
#: chamber of industry, "غرفة عمليات حلب"; not Sorani "ناوەندی", centre of, which is a town's centre as often:
#: "ناوەندی حەویجە")
_AR_ORG_HEAD = frozenset(p + w for p in ("", "و")
                         for w in "شركة قيادة زانکۆی نادي مجلس غرفة أبرشية یانەی حشد تنسيقية".split()) | {"دەنگی"} | {
    p + "جامعة" for p in ("", "و", "ل", "ب")}  # (a university: "جامعة دمشق", "التابعة لجامعة الفرات")
_AR_PREPOSITIONS = frozenset("في من إلى الى على عن مع قرب عند داخل خارج لە بۆ بە دژی و".split())
#: (and Sorani's in, to, by, against and "and", written apart)
#: population from which the other names of a town abroad (GeoNames' alternate names) of two words or more are read
#: in running text, in a text about its country ("Mazar-i-Sharif", "Wad Madani"); a single word from 100,000
#: ("Bengasi", "Derna"), unless it is a given name or a common word (alternate names hold surnames and old names);
#: a million anywhere
_ALT_POP = 50_000
#: countries whose towns GeoNames names in English already: their alternate names add old names, not spellings
_ENGLISH_NAMED = frozenset("US GB CA AU NZ IE".split())
#: countries whose towns' romanised names are often people's names too ("Yang", "Chung")
_NAMES_LIKE_PEOPLE = frozenset("CN KR KP JP TW VN".split())
#: Arabic given names, before a word naming a place's people ("عمر الزبداني", Omar of Zabadani: a person), and
#: Sorani spellings of given names ("مەسعود بارزانی", "حەیدەر عەبادی")
_AR_GIVEN = frozenset("""محمد أحمد احمد علي عمر حسن حسين خالد إبراهيم ابراهيم يوسف مصطفى محمود سامر سمير فادي رامي
طلال فلاديمير أمل لويد
وليد ماهر بشار حافظ جاسم عبدالله عبدالرحمن سليمان أسامة اسامة زياد طارق هيثم مازن نبيل ياسر فراس عمار قاسم
حيدر نوري مسعود عزة جواد سامي رياض جيهان زاهر هادي هادی ريدور
مەسعود مەسرور حەیدەر نێچیرڤان قوباد جەلال بەرهەم کۆسرەت ئاسۆ نەجمەدین کەریم""".split())
#: Arabic titles before a person's name: sheikh, judge, mister, hajji, imam ("الإمام الحسين", Imam Hussein)
_AR_TITLES = frozenset("الشيخ شيخ والشيخ القاضي قاضي السيد الحاج الإمام الامام والإمام".split())
#: Arabic words that are common nouns unless a cue of place comes before them ("وصور الرئيس", and pictures of the
#: president, is no Tyre; "الحراك", the protest movement, is al-Hirak only as "بلدة الحراك", "في الحراك")
_AR_CUED_ONLY = frozenset(("صور", "وصور", "الحراك", "والحراك", "عنه"))  # (and "about him": "عنه" is Anah only
# as "بلدة عنه")
#: Arabic names of towns that are common words too (the door, the bridge): read in a text about the town's country
_AR_WORD_TOWNS = frozenset("الباب".split())
#: family names after a given name ("بشار الأسد")
_AR_FAMILY = frozenset("الأسد".split())
#: words that open a person's name of two or more: a kunya (father of; "أبي", "أبا" in the genitive and accusative:
#: "وفاة أبي بكر البغدادي"), "عبد" (servant of: "عبد الغني")
_AR_KUNYA = frozenset("أبو ابو أبي ابي أبا ابا عبد".split())
#: adjectives ending like a place's people that are not ("ريف جاسم الشرقي", the eastern countryside of Jasim)
_AR_PLAIN_ADJ = frozenset("""الشرقي الغربي الشمالي الجنوبي الأوسط الشرقية الغربية الشمالية الجنوبية العسكري الجوي
الدولي الرئيسي الحربي الوطني الإعلامي الإخباري الشعبي الثاني الحالي الماضي الحكومي الأهلي""".split())
#: Arabic words before or after a place name ("في" in, "قرب" near, "بلدة" town ...).
_AR_CUES_BEFORE = frozenset("""في قرب من إلى الى على نحو باتجاه محيط أطراف اطراف بلدة مدينة قرية بلدات قرى مدن حي أحياء
مخيم منطقة ريف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بين استهدف استهدفت قصف قصفت سيطرة ناحية نواحي قضاء
محور جبهة طريق داخل خارج حول عند ضواحي معبر منفذ جهة فوق سكان أهالي معسكر استعادت استعيدت اقتحمت دخلت
لە نزیک بۆ شاری گوندی ناوچەی ناحیەی قەزای ناحیە قەزا ناوچە گوند شارۆچکە دەوروبەری شارۆچکەی باکووری باشووری ڕۆژهەڵاتی ڕۆژئاوای باکوور باشوور بەسەر بەرەو""".split())
# (axis, front, road, inside, outside, around, at, suburbs, crossing, border port, direction: "محور السخنة",
# "معبر فيشخابور", "منفذ فيشخابور الحدودي", "من جهة بلودان"; over: "فوق مورك"; the residents or people of: "سكان
# الأتارب", "أهالي داريا"; a camp's, named after its town: "معسكر الحبانية"; verbs of taking a town: retook, was
# retaken, stormed, entered ("فاستعيدت كبيسة"); not a base's noun, whose name may be
# a city's abroad:
# "قاعدة فكتوريا" is Camp Victory; and Sorani Kurdish: in, near, to, the city/village/area/subdistrict/district of,
# also with the ezafe the tokenizer cuts off ("ناحیەی قوشتەپە"), north/south/east/west of, over ("دەستیان بەسەر
# جەلەولادا گرت", they seized Jalawla), towards)
_AR_CUES_AFTER = frozenset("""و في قرب شمال جنوب شرق غرب الشمالي الجنوبي الشرقي الغربي""".split())

#: Facilities that lie at the place their name starts with ("Damascus International Airport").
_FACILITY = frozenset("airport airbase airfield airstrip".split())
#: Plural site nouns after a list of names, and the singular nouns each name takes ("the Shayrat and Tiyas
#: airbases"; "air bases" is two words; "the Keban and Ataturk dams")
_PLURAL_SITES = {"airbases": ("airbase", "air base"), "airports": ("airport", "airbase"),
                 "airfields": ("airfield", "airbase"), "crossings": ("crossing", "border crossing"),
                 "camps": ("camp", "refugee camp"), "dams": ("dam",), "bridges": ("bridge",)}
#: (a quick test of a text before looking for them: plain substrings, either case)
#: (substring tests, each of which runs in C: "bases" finds "airbases" too)
_PLURAL_SITE_WORDS = tuple(w for p in (*_PLURAL_SITES, "bases") if p != "airbases"
                           for w in (p, p.capitalize()))


#: letters only Sorani Kurdish writes (its vowels ە, ێ, ۆ, a trilled r and a velar l)
_SORANI_LETTERS = re.compile("[ەێۆڕڵ]")


#: Last words of a structure's name that may honour a person: "the Fatih Sultan Mehmet Bridge"
_EPONYM_HEADS = frozenset("bridge bridges mosque palace tower stadium dam tunnel highway boulevard".split())

_KNOWN_ORGS = """Wall Street Journal|New York Times|Washington Post|Los Angeles Times|Financial Times|Times of Israel|
Jerusalem Post|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|Sputnik|Sputnik News|Reuters|Associated Press|Haaretz|
Telegraph|UK Telegraph|Daily Telegraph|Guardian|BBC|CNN|Fox News|NBC|CBS|ABC News|Bloomberg|Agence France-Presse|AFP|
Ahrar al-Sham|Ahrar ash-Sham|Jaish al-Fatah|Jaish al-Fateh|Jabhat al-Nusra|Jabhat al-Nusrah|Nusra Front|al-Nusra|
al-Nusra Front|Jabhat Fatah al-Sham|Hayat Tahrir al-Sham|HTS|Hay'at Tahrir al-Sham|Islamic State|
Islamic State of Iraq|
Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and the Levant|Islamic State of Iraq and al-Sham|Islamic State of Iraq and al-Shām|Islamic State of Iraq and Sham|ISIS|ISIL|IS|
Daesh|Daish|DAIŞ|DAİŞ|Daiş|DEAŞ|Deaş|Free Syrian Army|FSA|Syrian Observatory for Human Rights|Syrian Observatory|
SOHR|Syrian Turkmen Assembly|
Liwa Suqour al-Jabal|Suqour al-Jabal|Jaish al-Islam|Faylaq al-Sham|Nour al-Din al-Zenki|Harakat Nour al-Din al-Zenki|
Army of Conquest|Hezbollah|Hizbollah|Hizballah|Hamas|PKK|YPG|YPJ|PYD|SDF|Syrian Democratic Forces|Badr|
Badr Organization|Badr Organisation|Badr Brigade|Badr Brigades|Badr Corps|
People's Protection Units|Peshmerga|White Helmets|Syria Civil Defence|Human Rights Watch|Amnesty International|
United Nations|UN Security Council|Security Council|European Union|NATO|State Department|Pentagon|Kremlin|
White House|Russian Defence Ministry|Russian Defense Ministry|Defence Ministry|Defense Ministry|SANA|
Syrian Arab News Agency|Anadolu|Anadolu Agency|RIA Novosti|TASS|ITAR-TASS|Interfax|RT|Russia Today|Rossiya 24|Rossiya 1|
Russia 24|Russia 1|State Duma|
Russian Duma|Federation Council|Kirkuk Now|Borsa Istanbul|Borsa İstanbul|Al Qaeda|Al-Qaeda|al-Qaida|Jund al-Aqsa|Ansar al-Sham|
Turkistan Islamic Party|
Fursan al-Haq|Tajammu Alezzah|Jaish al-Izza|Jaish al-Nasr|Division 13|Syrian Arab Army|SAA|Quds Force|IRGC|
Revolutionary Guards|Islamic Revolutionary Guard Corps|Popular Mobilization Forces|Hashd al-Shaabi|Kataib Hezbollah|
Asaib Ahl al-Haq|Liwa Fatemiyoun|Liwa Zainebiyoun|Shabiha|National Defence Forces|Tiger Forces|Desert Hawks|
Syrian National Coalition|Syrian National Council|Local Coordination Committees|Violations Documentation Center|
Syrian Network for Human Rights|Doctors Without Borders|Médecins Sans Frontières|MSF|Red Crescent|Red Cross|
Media Luna Roja|Mezzaluna Rossa|Croissant-Rouge|Roter Halbmond|Cruz Roja|Croce Rossa|Croix-Rouge|Rotes Kreuz|
Heyva Sor a Kurdistanê|Heyva Sor a Kurdistan|Heyva Sor a Kurd|Heyva Sor|
الهلال الأحمر الكردي|Media Luna Roja Árabe Siria|Şam Şahinleri|Gureba'üş Şam|Guraba'üş Şam|منصة موسكو|منصة القاهرة|
Diyarbakır Anneleri|Furat FM|Dengê Amerîkayê|Koma Civakên Kurdistanê|ألوية صقور الشام|صقور الشام|أجناد الشام|
Pasevanên Xabûrê|فرع فلسطين|جبهة النصرة لأهل الشام|قوات تحرير عفرين|Suriye Geçici Hükümeti|جبهة ثوار سوريا|Syrian Revolutionaries Front|Jabhat Thuwar Souriya|ألوية الفرقان|لواء الفرقان|
صقور الرقة|المؤسسة العامة لسد الفرات|منسقو استجابة سوريا|Syria Response Coordinators|Coordinatori della risposta in Siria|
سووریای دیموکرات|سووریا دیموکرات|بەرخودانی شنگال|
نيويورك تايمز|واشنطن بوست|شام إف إم|شام اف ام|
Islamic Resistance in Iraq|
Resistencia Islámica en Irak|Resistenza islamica in Iraq|Résistance islamique en Irak|Maison Blanche|Casa Blanca|
Casa Bianca|Weißen Haus|Weiße Haus|
Syrian Arab Red Crescent|Qatar Red Crescent|Save the Children|Syria Response Coordinators|Syria Relief|
Suqur al-Ghab|Suqour al-Ghab|Suqur al Ghab|
Greek Orthodox Patriarchate of Antioch|Khorasan Group|groupe Khorasan|grupo Jorasán|gruppo Khorasan|
Damascus Declaration|Damascus Declaration for Democratic National Change|El Meyadin|Difesa civile siriana|
Coordinadores de Respuesta de Siria|Coordinateurs de la réponse en Syrie|کەرکووک ناو|
ئەنجومەنی ئاسایشی هەرێمی کوردستان|کۆمەڵی ئیسلامی|کۆمەڵی دادگەری|یەکگرتووی ئیسلامی|ICRC|UNHCR|OCHA|WHO|UNICEF|OPCW|
Institute for the Study of War|Pravda|Izvestia|
Kommersant|Interfax-Ukraine|Xinhua|Yeni Safak|Hurriyet|Daily Sabah|Sabah|Zaman|Al-Masdar|Al-Masdar News|
Orient News|Smart News|Enab Baladi|Al-Watan|Al-Akhbar|Al-Manar|Al-Mayadeen|Press TV|Fars|Tasnim|Kurdistan Workers Party|
Kurdistan Workers' Party|Kurdistan Democratic Party|Kurdistan Democratic Party of Iran|KDPI|
Kurdistan Regional Government|KRG|Al-Qaeda in Iraq|Al Qaeda in Iraq|
al-Qaida in Iraq|Sons of Iraq|Paris Match|Kurdish Red Crescent|Turkish Aerospace Industries|Turkish Aerospace|
Autonomous Administration of North and East Syria|Administration autonome du nord et de l'est de la Syrie|
Administración Autónoma del Norte y Este de Siria|Daraa 24|Deir ez-Zor 24|Deir Ezzor 24|Thuwar al-Raqqa|
Liwa Thuwar al-Raqqa|
Syrian Scientific Studies and Research Center|Scientific Studies and Research Center|
Parti des travailleurs du Kurdistan|
Türk Tabipleri Birliği|Erbil SC|Islamic Resistance in Lebanon|Al-Qaida im Irak|Al-Kaida im Irak|
Irak Şam İslam Devleti|Irak ve Şam İslam Devleti|Democratic Union Party|Republican Guard|Fourth Division|
Liwa al-Quds|Jaish al-Sunna|Jaish al-Mujahideen|Ajnad al-Sham|Ahrar al-Sharqiya|Euphrates Shield|Olive Branch|
Raqqa is Being Slaughtered Silently|RBSS|Faylaq al-Rahman|Jaysh al-Islam|Jaysh al-Izza|Sultan Murad Division|
Hamza Division|Aleppo Media Center|Syria Direct|Syria TV|Peace Spring|Operation Peace Spring|Fatah Halab|Fateh Halab|
فتح حلب|
Sinjar Resistance Units|Nineveh Plain Protection Units|Levant Front|al-Jabha al-Shamiya|Asayish|Asayîş|Asayiş|
United Russia|A Just Russia|Just Russia|Bank of America|Real Madrid|Atletico Madrid|Atlético Madrid|
Manchester United|Manchester City|Paris Saint-Germain|Inter Milan|AC Milan|Bayern Munich|Borussia Dortmund|
Jabhat al-Shamiya|Syrian Civil Defence|Syrian Civil Defense|Syria Civil Defense|Jaish Khalid ibn al-Walid|
Jaish Khalid bin al-Walid|Khalid ibn al-Walid Army|Jazira Storm|Cizire Storm|
Tormenta de la Yazira|Tormenta de la Jazira|Tormenta de Yazira|Tormenta de Jazira|Wrath of Euphrates|Euphrates Wrath|
Wrath of the Euphrates|Consejo Militar de Deir ez-Zor|Conseil militaire de Deir ez-Zor|Consejo Militar de Manbij|
Conseil militaire de Manbij|Guardia de Nínive|Garde de Ninive|Al Sharqiya|Al-Sharqiya|Al Sharqiya TV|
Al-Sharqiya TV|Al Sharqiya News|
Colère de l'Euphrate|Tempête de Jazira|Tempête de la Jazira|Bouclier de l'Euphrate|Rameau d'olivier|Source de paix|
Escudo del Éufrates|Rama de Olivo|Fuente de Paz|Ira del Éufrates|Scudo dell'Eufrate|Ramoscello d'ulivo|
Sorgente di pace|Schutzschild Euphrat|Euphrat-Schild|Olivenzweig|Friedensquelle|Burkan el-Firat|Burkan al-Furat|
Euphrates Volcano|Real Zaragoza|Real Sociedad|Real Betis|Real Valladolid|Real Oviedo|Real Mallorca|
Georgian Dream|Royal Jordanian|Turkish Airlines|Iraqi Airways|Middle East Airlines|
Özgür Suriye Ordusu|Suriye Milli Ordusu|Suriye Ulusal Ordusu|
Suriye Ulusal Koalisyonu|Suriye Demokratik Güçleri|Fırat Kalkanı|Zeytin Dalı|Mertalê Feratê|Mertalê Ferat|
Barış Pınarı|Halkların Demokratik Partisi|Heyet Tahrir eş-Şam|Heyet Tahrir Şam|Heyetu Tahrir eş-Şam|Ahrar eş-Şam|
Feylak eş-Şam|Pençe-Kilit|Pençe-Kartal|Pençe-Kaplan|Pençe-Şimşek|Pençe-Yıldırım|
Pençe-Kılıç|Suriye İnsan Hakları Gözlemevi|Türk Kızılay|Türk Kızılayı|
Suriye Arap Kızılayı|Beyaz Baretliler|Beyaz Miğferler|Suriye Sivil Savunması|Rus Devlet Duması|Devlet Duması|
Armée syrienne libre|Forces démocratiques syriennes|
Observatoire syrien des droits de l'homme|Observatoire syrien des droits de l'Homme|OSDH|Mosul Eye|Kurdistan 24|
Irak Kürt Bölgesel Yönetimi|We Are Coming, Nineveh|Wir kommen, Ninive|Turkish Red Crescent|Iraqi Red Crescent|
Mezzaluna Rossa turca|Kyiv Independent|Bethlehem Steel|Boston United|Çavdêriya Sûrî ya Mafên Mirovan|Feyleqa Şamê|
Peymana Şengalê|Liwa al-Quds|Rakka se fait massacrer en silence|
Raqqa se fait massacrer en silence|Unidades de Protección de la Llanura de Nínive|Mezzaluna Rossa araba siriana|
Mezzaluna Rossa siriana|Council of Europe|Conseil de l'Europe|Europarat|Anbar Awakening|Sahwat al-Anbar|Deir ez-Zor 24|
Deir Ezzor 24|Euphrates Post|Croissant-Rouge arabe syrien|Ejército Libre Sirio|
Fuerzas Democráticas Sirias|Observatorio Sirio de Derechos Humanos|Esercito siriano libero|Forze democratiche siriane|
Osservatorio siriano per i diritti umani|Stato Islamico dell'Iraq e del Levante|Stato Islamico dell'Iraq e della Siria|
Stato Islamico dell'Iraq e della Grande Siria|Estado Islámico de Irak y el Levante|Estado Islámico de Irak y Siria|
État islamique en Irak et au Levant|État islamique en Irak et en Syrie|Islamischer Staat im Irak und der Levante|
Islamischer Staat im Irak und in Syrien|Freie Syrische Armee|Syrische Demokratische Kräfte|
Demokratische Kräfte Syriens|Demokratischen Kräfte Syriens|Autonome Verwaltung von Nord- und Ostsyrien|
Autonomen Verwaltung von Nord- und Ostsyrien|Demokratische Kräfte Syrien|Demokratischen Kräfte Syrien|
Autonome Verwaltung von Nord und Syrien|Autonomen Verwaltung von Nord und Syrien|Syrianair|Cham Wings|Fuerza Quds|
Forza Quds|Force al-Qods|
Force Al-Qods|Quds-Einheit|Quds-Einheiten|
Syrische Beobachtungsstelle für Menschenrechte|Armée arabe syrienne|Ejército Árabe Sirio|
American University of Beirut|Université Saint-Joseph|Université Saint-Joseph de Beyrouth|Saint Joseph University|
Hêzên Sûriya Demokratîk|Partiya Demokrat a Kurdistanê|Partiya Demokrat a Kurdistan|Dewleta Îslamî|
Dewleta Îslamî ya Iraq û Şamê|Dewleta Îslamî ya Iraq û Şam|Çavdêriya Sûriyê ya Mafên Mirovan|
Çavdêriya Sûriye ya Mafên Mirovan|Rêveberiya Xweser a Bakur û Rojhilatê Sûriyê|
Rêveberiya Xweser a Bakur û Rojhilatê Sûriye|Yekîneyên Berxwedana Şengalê|Yekîneyên Berxwedana Şengal|
Yekîneyên Parastina Gel|Yekîneyên Parastina Jin|Partiya Karkerên Kurdistanê|Arbeiterpartei Kurdistans|
قوات سوريا الديمقراطية|هيئة تحرير الشام|جبهة النصرة|جبهة فتح الشام|أحرار الشام|حركة أحرار الشام|فيلق الشام|
جيش الإسلام|فيلق الرحمن|الجبهة الشامية|الجيش السوري الحر|الجيش الحر|الجيش الوطني السوري|الجيش العربي السوري|
الدولة الإسلامية|تنظيم الدولة الإسلامية|الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق|
تنظيم الدولة الإسلامية في العراق والشام|تنظيم الدولة الإسلامية في العراق|دولة العراق الإسلامية|
الرقة تذبح بصمت|المرصد السوري لحقوق الإنسان|المرصد السوري|المرصد العراقي لحقوق الإنسان|وكالة الأنباء العراقية|
الوكالة العربية السورية للأنباء|الحرس الثوري الإيراني|
الحرس الثوري|الجبهة التركمانية العراقية|الجبهة التركمانية|تلفزيون سوريا|الخطوط الملكية الأردنية|الملكية الأردنية|
الثورة السورية الكبرى|الشبكة السورية لحقوق الإنسان|الدفاع المدني السوري|وكالة الأنباء السورية|
وحدات حماية الشعب|حزب العمال الكردستاني|حزب الاتحاد الديمقراطي|حكومة إقليم كردستان|الحشد الشعبي|
المقاومة الإسلامية في العراق|حزب الله|
كتائب حزب الله|عصائب أهل الحق|قادمون يا نينوى|قادمون يا حويجة|الإدارة الذاتية لشمال وشرق سوريا|الهلال الأحمر التركي|
الهلال الأحمر الفلسطيني|الهلال الأحمر العراقي|وحدات حماية سهل نينوى|وحدات مقاومة سنجار|نادي الموصل|غرفة تجارة دمشق|
مركز المصالحة الروسي|الحرس الثوري|فيلق القدس|الهلال الأحمر العربي السوري|وزارة الدفاع الروسية|
درع الفرات|غصن الزيتون|نبع السلام|فجر الحرية|ردع العدوان|جيش خالد بن الوليد|عاصفة الجزيرة|غضب الفرات|بركان الفرات|
أبو بكر البغدادي|أبو محمد الجولاني|أبو محمد العدناني|الجامعة الأميركية في بيروت|الجامعة الأمريكية في بيروت|حماة الديار|
Komala|Komalah|Komele|Komeleh|Patriotic Union of Kurdistan|PUK|Gorran|Kurdistan Freedom Party|
Democratic Party of Iranian Kurdistan|PDKI|Kurdistan24|Rudaw|Voice of America|Israel Radio|Army Radio|
Jaysh al-Yarmouk|Jaish al-Yarmouk|Jaish al-Yarmuk|Yaish al Yarmuk|Yaish al-Yarmuk|Kurdistan 24|
Parti démocratique du Kurdistan|Raqqa est massacrée en silence|Suriye Müdahale Koordinatörleri|Dawn of the Juroud|
Fajr al-Juroud|Sons of Raqqa""".replace("\n", "")
#: (German names are listed also as the tokenizer leaves them, without a genitive's s or a compound's compass:
#: "Demokratischen Kräfte Syrien", "von Nord und Syrien"; Sorani ones without the ezafe the tokenizer cuts off a
#: place's name, and after the plural noun that opens them, which the tokenizer reads as a plain word: "هێزەکانی
#: سووریای دیموکرات", the SDF, listed as "سووریا دیموکرات")
#: (and as Arabic reporting writes them: "قوات سوريا الديمقراطية" names no Syria, "هيئة تحرير الشام" no Damascus; and
#: the names of war leaders written with a town's adjective: "أبو بكر البغدادي" is no village called Abu Bakr)

#: the Turkish ending of a country's people, with a plural or a case after it: "-lı", "-liler", "-lıların"
_TR_DEMONYM_END = re.compile(r"l[ıiuü](?:l[ae]r)?(?:[ıiuü]n|[ıiuü]|[ae]|d[ae]n?|n[ıiuü]n)?$")
#: words before or after a name, capitalised, that make it a mountain's, a lake's or a river's (when the
#: gazetteer holds no such name itself)
_FEATURE_BEFORE = frozenset("Mount Mt. Mt Lake Cape".split())
_FEATURE_AFTER = frozenset("River Lake".split())
#: a genitive between two names: English "'s", Turkish "'ın", "'nin", "'un", "'nün" (and a space)
_GENITIVE_GAP = re.compile(r"['’](?:s|n?[ıiuü]n)[ \t]+")
#: the points of the compass that open a German compound of a country's part ("Nordirak", "Südostanatolien")
_DE_COMPASS = re.compile(r"(?:Nord|Süd|Ost|West)(?:ost|west)?([a-zäöü]{4,})$")
#: German articles and prepositions joined with one, which a town's name does not take
#: after a given name, a family name with its article or a father's name: "Bashar al Asad", "Hamza bin Laden"
_PERSON_AFTER = re.compile(r"[ \t]+(?:al|el|bin|ibn|ben)[ \t-][A-Z]")
#: Turkish nouns of streets and squares after their names ("İstiklal Caddesi", "Kızılay Meydanı")
_TR_STREETS = ("Cadde", "cadde", "Sokağ", "sokağ", "Sokak", "sokak", "Bulvar", "bulvar", "Meydan", "meydan")
#: Turkish nouns of foods and wares named after their towns ("Şam tatlısı", "Antep fıstığı", "Halep sabunu")
_TR_PRODUCE = ("tatlı", "fıstı", "kebab", "baklava", "sabun", "peynir", "biber", "lokum", "kahve", "halı")
_DE_ARTICLES = frozenset("der die das dem den des ein eine einem einen einer eines im am vom zum zur beim ins".split())
#: German prepositions of place, after which "Essen" is the city, not food
_DE_PLACE_BEFORE = frozenset("in im aus nach bei von vor um über nahe zwischen".split())
_DE_DEFINITE = frozenset("der die das dem den des".split())  # (not "im", "am": "im Irak", "in Idlib")
#: endings of German nouns (plurals in -en, abstract nouns, diminutives)
_DE_NOUN_ENDS = ("en", "ung", "ungen", "heit", "keit", "schaft", "chen")
#: Kurmanji head nouns of organisations' names (organisation, agency, council, operation, party, assembly,
#: administration, observatory, institution, committee, board, movement, army), and the words that join a name's parts
_KU_ORG_HEADS = frozenset("""Rêxistina Ajansa Encûmena Operasyona Operasyonê Partiya Meclisa Rêveberiya Çavdêriya Saziya
Komîteya Desteya Tevgera Artêşa Hêzên Yekîneyên Hikûmeta Yekîtiya Zanîngeha Meclîsa Navenda Federasyona Komeleya
Komeleyên Xezeba Burkana Baroya Parastvanên""".split())  # (and a centre, a federation, an association: "Navenda Çandê ya Amara";
# a bar association: "Baroya Amedê";
# the operations "Xezeba Firatê" and "Burkana Firatê", the Euphrates' Wrath and Volcano)
_KU_CONNECTORS = frozenset("a ya yên ên û".split())
#: French, Spanish and Italian head nouns of bodies named for a place: council, city hall, municipality, university,
#: bank, committee
_ROMANCE_HEAD_WORDS = ("Conseil", "Consejo", "Consiglio", "Ayuntamiento", "Mairie", "Municipalité", "Municipalidad",
                       "Comune", "Université", "Universidad", "Università", "Banque", "Banco", "Banca", "Comité",
                       "Comitato")
_ROMANCE_HEADS = frozenset(p + w for w in _ROMANCE_HEAD_WORDS for p in ("", "L'", "l'", "L’", "l’"))
#: French, Spanish and Italian heads of commands, units, guards and fronts, whose names run on through "de", "la",
#: "et", their nouns and adjectives, to the places they are named after ("le Commandement des opérations de la Jazira
#: et de la Badia", "el Comando de Operaciones de Al Jazira", "les Gardes de Ninive", "il Fronte di liberazione")
#: French, Spanish and Italian nouns of structures, squares and streets named "of the" something (lower case)
_ROMANCE_SITE_NOUNS = frozenset("""puente pont ponte plaza place piazza calle rue avenida avenue hospital hôpital
ospedale estadio stade stadio""".split())
#: the same and other facilities' nouns that a name follows as the facility's own ("l'hôpital Palestine", "la rotatoria
#: Panorama"): no town abroad of the name
_ROMANCE_NAMING_NOUNS = _ROMANCE_SITE_NOUNS | frozenset("""rotatoria glorieta escuela école scuola mosquée mezquita
moschea hôtel albergo cinéma cine cinema café""".split())
#: "of the" after them: "de la", "del", "du", "della", "dello", "de l'"
_ROMANCE_OF_THE = frozenset("de di del du della dello dei degli des".split())
_ROMANCE_UNIT_HEADS = frozenset("""Commandement Comando Brigade Brigades Brigada Brigadas Brigata Bataillon Batallón
Battaglione Gardes Guardia Guardias Unités Unidades Unità Front Frente Fronte Régiment Regimiento Reggimento
Mando Misión Mission Missione Conseil Consejo Consiglio Faucons Halcones Falchi""".split())  # (and a command, a
# mission, a council: "Mando de Operaciones Conjuntas de Irak", "le Conseil militaire de Manbij"; the falcons of a
# brigade's name: "les Faucons de Raqqa")
#: the lower-case words those names run on through
_ROMANCE_UNIT_WORDS = frozenset("""de du des di del della dello delle dei degli da la le les l los las el et y e ed
opérations operaciones operazioni opération operación operazione militaire militaires militar militares militare
militari protection protección protezione libération liberación liberazione populaire popular popolare
révolutionnaire révolutionnaires revolucionario revolucionaria revolucionarios rivoluzionario rivoluzionaria spéciales
spéciale especiales especial speciali speciale commando commandos comandos plaine llanura pianura frontières
frontière fronteras frontera frontiere frontiera défense defensa difesa sécurité seguridad sicurezza nationale
nacional nazionale combat combate conjuntas conjointes congiunte asistencia assistance assistenza résistance
resistencia resistenza""".split())

#: "of" in those names
_ROMANCE_OF = frozenset("de du des di del della dello dei degli para pour per".split())  # (and "for": "... para Irak")
#: what may stand between the words of such a name: a space, a hyphen, an elided article ("de l'Euphrate")
_ROMANCE_UNIT_GAP = re.compile(r" |-| [lLdD]['’]|['’]")
#: French, Spanish and Italian nouns of a lake, a dam, a mountain, a river, written in lower case before its name
_ROMANCE_FEATURES = frozenset("lac lago barrage presa diga mont monte monts montes fleuve río rio fiume mer mar golfe golfo".split())
_ROMANCE_FEATURES_FOLDED = frozenset(fold_token(w) for w in _ROMANCE_FEATURES)  # (a quick test of a text first)
#: a Turkish province's, governor's or state's noun after a name that is also a given name: "Selahaddin İli'nde"
_TR_ADMIN_AFTER = re.compile(r" (?:İli|[Vv]ilayet|[Vv]ali|[Ee]yalet)")
#: Turkish nouns after "Genel" (general) in an office's or a body's name: chair, staff, director, secretary,
#: headquarters, assembly, directorate
_TR_GENERAL_OF = ("başkan", "kurmay", "müdür", "sekreter", "merkez", "kurul", "komutan")
#: the Kurmanji months (their stems: "Sibat", "Adar", "Nîsan", "Gulan" …)
_KU_MONTHS = frozenset("çile kanûn sibat adar nîsan gulan hezîran tîrmeh tebax îlon cotmeh mijdar berfanbar".split())
#: Sorani family names that end in the nisba's "ی", which the ezafe's "ی" after a place's name looks like: Barzani
#: (of Barzan), Talabani, as in "مەسرور بارزانی"
_CKB_FAMILY_NAMES = frozenset("بارزانی تاڵەبانی تالەبانی".split())
#: the Kurmanji days of the week, written without their î's dots (Şemî, Saturday: "roja Şemiyê", on Saturday)
_KU_DAYS = frozenset("yeksem dusem sesem carsem pencsem ini in ene semi".split())
#: English words that never end a place's name, though a name's fold may end as they do ("al-Bab have" folds as
#: "Bab el-Hava", the Turkish name of the Bab al-Hawa crossing)
_NOT_NAME_ENDS = frozenset("""have has had is was were are be been do does did and or but the a an to of in on at by for
with from as that this it its his her their will would can could said says told""".split())
#: German words, capitalised as nouns or at a sentence's start, that are places' names elsewhere (my, place(s), names)
_DE_COMMON_CAPS = frozenset("Meine Orte Ort Namen".split())
#: German months, after "Mitte" (mid-), "Anfang" (early) or "Ende" (late): a time, not Berlin's Mitte
_DE_MONTHS = frozenset("Januar Februar März Maerz April Mai Juni Juli August September Oktober November "
                       "Dezember".split())
#: German possessives, before a noun ("an ihrer Seite": at their side)
_DE_POSSESSIVES = frozenset(f"{stem}{end}" for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
                            for end in ("", "e", "er", "em", "en", "es"))
#: German adjectives of time between an article and its noun ("in der vergangenen Woche": last week)
_DE_TIME_ADJECTIVES = frozenset(f"{stem}{end}" for stem in ("vergangen", "letzt", "nächst", "kommend", "vorig",
                                                             "folgend", "selb", "gleich", "ganz", "erst", "zweit")
                                for end in ("e", "en", "er", "em", "es"))
#: German nouns of a feature, hyphened after its name: "Bekaa-Ebene" (plain), "Euphrat-Tal", "Assad-Stausee"
#: German nouns of a feature written onto a name with a hyphen, and the English keys they make
_DE_COMPOUND_FEATURES = {"staudamm": "{} dam", "damm": "{} dam", "see": "lake {}", "stausee": "lake {}",
                         "gebirge": "{} mountains", "ebene": "{} plain", "tal": "{} valley", "fluss": "{} river",
                         "talsperre": "{} dam", "flughafen": "{} airport", "lager": "{} camp", "straße": "{} road",
                         "strasse": "{} road", "brücke": "{} bridge", "gefängnis": "{} prison",
                         "krankenhaus": "{} hospital", "militärflughafen": "{} air base", "luftwaffenbasis": "{} air base",
                         "luftwaffenstützpunkt": "{} air base", "moschee": "{} mosque", "zitadelle": "{} citadel",
                         "gasfeld": "{} gas field", "ölfeld": "{} oil field", "erdölfeld": "{} oil field",
                         "hochebene": "{} plateau", "platz": "{} square"}
#: German nouns of a site before its name, and the English names the gazetteer has for such sites, likeliest first:
#: "der Militärflughafen Nairab" (the Nayrab air base), "der Grenzübergang Bab al-Hawa"
_DE_FEATURE_BEFORE = {"militärflughafen": ("{} air base", "{} military airport", "{} airport"),
                      "militärflugplatz": ("{} air base", "{} military airport", "{} airport"),
                      "luftwaffenstützpunkt": ("{} air base",), "luftwaffenbasis": ("{} air base",),
                      "flughafen": ("{} airport", "{} international airport", "{} air base"),
                      "grenzübergang": ("{} crossing", "{} border crossing"), "staudamm": ("{} dam",),
                      "talsperre": ("{} dam",), "gefängnis": ("{} prison",), "flüchtlingslager": ("{} camp",)}
_DE_FEATURE_NOUNS = frozenset("ebene tal gebirge berge see stausee fluss grenze region provinz staudamm".split())
#: German nouns of the points of the compass, and the words before them that make them directions
_DE_COMPASS_NOUNS = frozenset("Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten".split())
#: ... and the nouns of a place's part, before its name in the genitive ("im Süden Aleppos", "den Ostteil Aleppos")
_DE_PART_NOUNS = _DE_COMPASS_NOUNS | frozenset("Nordteil Südteil Ostteil Westteil".split())
_DE_COMPASS_BEFORE = frozenset("nach im vom von gen Richtung den dem".split())  # (not "in"/"aus": the town)
#: the Turkish points of the compass, which open a region's name ("Güney Lübnan", "Kuzey Irak") and are no villages
_TR_COMPASS = frozenset("kuzey güney doğu batı kuzeydoğu kuzeybatı güneydoğu güneybatı".split())
#: prefixes of warships' names
_SHIP_PREFIXES = frozenset("USS USNS HMS HMCS HMAS FS INS TCG".split())
_SHIP_PREFIX_STRS = tuple(p + " " for p in sorted(_SHIP_PREFIXES))
_SHIP_PREFIX_LITERALS = re.compile("|".join(map(re.escape, _SHIP_PREFIX_STRS)))
#: makers of cars and trucks whose models are named after places ("Dodge Durango", "Hyundai Tucson"); not makers
#: whose name is a common surname, word or place ("Ford", "Seat", "Lincoln")
_VEHICLE_MAKES = frozenset("Dodge Toyota Hyundai Kia Chevrolet Chevy Nissan Honda Jeep GMC Mazda Subaru Volkswagen VW "
                           "Renault Peugeot Opel Chrysler Buick Pontiac Cadillac Mercedes Mercedes-Benz BMW Audi Skoda "
                           "Škoda Fiat Lada Isuzu Mitsubishi Suzuki Volvo Hummer".split())
_VEHICLE_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _VEHICLE_MAKES))) + r")\b")
_VEHICLE_NOUNS = frozenset("pickup pickups pick-up pick-ups truck trucks car cars SUV SUVs jeep jeeps sedan van vans "
                           "minibus bus".split())
#: News outlets named after a place and the number 24 ("Kurdistan 24", "Deir Ezzor 24", "Raqqa24").
#: a military council named after its town, in German and as the Russian rendering reads it: "der Militärrat von Deir
#: ez-Zor", "des Militärrats von Manbidsch", "Voennyy sovet Manbij" (the council speaks, the town is its name)
_COUNCIL_OF = re.compile(r"\b(?:Militärrats?[ \t]+(?:von|des|der)"
                         r"|[Vv]oenn(?:yy|ogo|omu|ym)[ \t]+sovet(?:a|u|om|e)?)[ \t]+"
                         r"[A-Z][\w'’-]*(?:[ \t]+(?:ez|ed|el|al|as|ash|az)-[A-Za-z][\w'’-]*)?")
#: (written as one word, "Kurdistan24", the outlet in any sentence)
_OUTLETS_24_JOINED = re.compile(r"\b(?:Kurdistan|Deir[ -]?Ezzor|Raqqa|Halab|Sham|Hasakah|Qamishli|Afrin|Suwayda)24(?:y?ê)?\b")
_OUTLETS_24 = re.compile(r"\b(?:Kurdistan|France|Deir[ -]?Ezzor|Deir ez-Zor|Raqqa|Aleppo|Idlib|Homs|Hama|Daraa|"
                         r"Hasakah|Sham|Syria|Iraq|Africa|Europe|Suwayda|Sweida|Suwaida|Qamishli|Manbij|Afrin|"
                         r"Jableh|Latakia|Tartus)[ -]?24(?:y?ê)?\b"
                         r"(?=[ \t]*(?:[^\w\s]|$)|[ \t]+(?:said|says|reported|reports|aired|posted|quoted|showed|"
                         r"published|broadcast|and|also|TV|News|news|channel|agency|correspondent|cited|that|is|are|"
                         r"was|has|told|re|ragihand|rapporte|a|indique|affirme|fait|informó|informa|reportó|señaló|"
                         r"indicó|riporta|riferisce|ha|berichtet|berichtete|meldet|meldete|haber|habere|bildirdi|"
                         r"aktardı|network|site|website|portal|denunció|denuncia|faisait|soobshchil|soobshchila|"
                         r"soobshchaet|peredal)\b)"
                         r"|(?<=\btold )(?:Kurdistan|Deir ez-Zor|Daraa|Raqqa|Aleppo|Idlib|Homs|Hama|Hasakah|Qamishli|"
                         r"Manbij|Afrin)[ -]?24\b"
                         r"|(?<=\bthe )(?:Kurdistan|Deir ez-Zor|Daraa|Raqqa|Aleppo|Idlib|Homs|Hama|Hasakah|Qamishli|"
                         r"Manbij|Afrin)[ -]?24(?=[ \t]+(?:network|website|site|channel|outlet|page|reporters?|"
                         r"correspondents?)\b)",
                         re.MULTILINE)
# (and after "told", or between "the" and an outlet's noun: "told Kurdistan 24 the pullback", "the Daraa 24 network";
# "opositor Deir ez-Zor 24 denunció", "Telekanal Kurdistan 24 soobshchil", the Russian as the rendering reads it)

#: nouns "سلمية" (peaceful) follows as an adjective, as the tokenizer leaves them (a proclitic cut off): "بصورة
#: سلمية" (peacefully), "مظاهرات سلمية" (peaceful protests), "ثورة سلمية"
_AR_PEACEFUL_NOUNS = frozenset("""صورة طريقة طرق وسائل مظاهرات تظاهرات احتجاجات مسيرة مسيرات وقفة وقفات ثورة انتفاضة
حلول تسوية""".split())
#: verbs and nouns of opening and closing a door ("فتح الباب أمام", opened the door to)
_AR_DOOR_VERBS = frozenset("""فتح فتحت يفتح تفتح يفتحون أغلق أغلقت يغلق تغلق إغلاق اغلاق وفتح وأغلق طرق يطرق""".split())
#: Arabic compass adjectives without the article: after a name and before another, "east of" the other
_AR_BARE_COMPASS = frozenset("شرقي غربي شمالي جنوبي شرق غرب شمال جنوب".split())
