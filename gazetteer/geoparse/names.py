"""People's names, titles, kin and speech verbs; the words that are never places on their own; the
cues that make "Duma" Russia's parliament."""

from __future__ import annotations

import re



#: Given names: a capitalized run starting with one of these is a person.
_GIVEN = set("""bashar hafez maher asma nadim nadeem layla leila laila abraham vladimir barack john sergei sergey dmitry dmitri recep tayyip ahmet ahmed ahmad mohammed
mohammad muhammad mohamed mohamad abou ebu ali hassan hasan hussein husayn omar umar abdullah abdel abdul abd khalid khaled
mahmoud mahmud mustafa mostafa ibrahim ismail youssef yusuf yousef salim salem samir walid waleed fadi rami riad riyad
hadi haidar haider nouri nuri masoud massoud jalal fuad fouad hamid hameed saleh salih adel adil tariq tarek zahran
hulusi issam nechirvan masrour hoshyar muqtada moqtada barzan ilham hamza hamzah bafel qassem qasem qasim barış baris
zahran hashem hashim ayman osama usama abu bakr jamal kamal faisal faysal nabil rafik rafiq bassel basil anas
donald hillary bill george ronald jimmy joe joseph james david michael robert richard william thomas charles
christopher daniel paul mark steven stephen andrew kenneth kevin brian edward ronald anthony jason matthew gary
timothy jose larry jeffrey frank scott eric raymond gregory samuel benjamin patrick jack dennis jerry tyler aaron
adam henry douglas peter nathan zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry
sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna
michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen
anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel carolyn janet virginia
maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia frances martha cheryl
megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace
judy theresa beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla
jane francois emmanuel angela nicolas jean-marc jean-yves laurent boris viktor victor igor yuri alexander alexei
alexey aleksandr mikhail nikolai ivan andrei andrey valery valeri oleg pavel anatoly evgeny yevgeny maria
ban ashton catherine federica staffan lakhdar kofi antonio francois-xavier benjamin binyamin hassan javad mohsen
qassem qasem ali-akbar bernie marco ted jeb chris rand mitch nancy lindsey mike greg dan ben barry kristina
ana jim tom tim bob rob steve dave ken ron don jon matt nick pat sam tony andy alex jeff jerry larry gary
phil bill will fred ed al ray roy joe jack jake luke max sue kate liz beth meg jen jenny amy ann anne
kathy cathy katie becky vicki nikki tina gina lynn kim kris chris carrie kerry terry jerry sherry
brandon justin ryan josh joshua kevin derek travis chad brad cody shane trevor tyler dustin cory corey
rick ricky mickey danny jimmy johnny tommy billy bobby eddie frankie charlie stevie lenny kenny
hector carlos luis miguel pedro jorge manuel ricardo eduardo fernando francisco javier diego pablo
rafael raul roberto sergio alejandro andres cesar oscar ramon enrique alberto arturo mario julio
hans karl klaus jurgen wolfgang helmut angela ursula gerhard pierre jacques michel philippe alain
marine emmanuelle nicolas laurent vladimir tony gordon theresa boris nigel jeremy keir rishi liz
younis yunus yunis najib abbas rashid hussain husain amir sharif hossam hosam tamer tamara zara yulia
yasser yasir ziad zeid zaid ghassan bashir nizar marwan rima lina dina hala rana reem noor nour
tonya rachid rashed gareth mevlut mert darren samer sham
ian andre tanya kobe jan lindsay christa sidney neil
andrés josé maría jesús ramón héctor óscar raúl césar tomás nicolás sebastián martín julián adrián iván rubén
joaquín simón lucía inés mónica verónica
mehmet mustafa murat emre burak kemal selahattin selahaddin devlet binali abdullah ekmeleddin fethullah
karim kareem kasem kassem hevin
múqtada mazlum mazloum rojda nesrin polat ferhat xebat ciwan sipan şervan serwan dilan zilan zîlan azad rêzan rezan""".split())

#: Places' names that are also given names, read as a person's before a surname that speaks (in the pair, or alone
#: elsewhere in the text) or takes a title ("Israel Katz said", "Ms. Hilton")
_PLACE_GIVEN = frozenset("israel paris georgia sydney florence india chelsea brooklyn savannah dakota".split())
_SPEECH_VERBS = frozenset("said says told warned added wrote tweeted posted announced stressed insisted".split())
#: verbs whose object, a capital, stands for its government ("asked Ankara", "urged Baghdad")
_ASKING_VERBS = frozenset("asked asks urged urges pressed presses warned warns told tells accused accuses".split())
#: Arabic verbs of speaking, which come before their subject: "وقالت أنقرة", and Ankara said (a capital standing for its
#: government), with "and" or "so" written onto them
_AR_SPEECH_BEFORE = frozenset(p + v for p in ("", "و", "ف") for v in """قالت قال أعلنت أعلن اتهمت اتهم نفت نفى أكدت أكد
حذرت حذر طالبت طالب هددت هدد دعت دعا ردت""".split())
#: verbs after a capital that stands for its government ("when Ankara allows", "Baghdad insists")
_GOVERNMENT_VERBS = frozenset("""allows allowed wants wanted insists insisted demands demanded rejects rejected accepts
accepted agrees agreed refuses refused denies denied accuses threatens threatened backs backed supports supported
opposes opposed claims claimed responded responds fears feared
fordert forderte verlangt verlangte warnt warnte droht drohte lehnt lehnte bestreitet bestritt sagt sagte erklärt
erklärte kritisiert kritisierte betont betonte
exige exigeait refuse refusait accuse accusait menace menaçait dément affirme estime réclame
exige exigió rechaza rechazó acusa acusó amenaza amenazó niega negó afirma afirmó
chiede chiedeva respinge accusa minaccia nega afferma""".split())
#: (and German, French, Spanish and Italian verbs of the same: "Ankara fordert seit Langem", "Moscou dément")

#: Well-known surnames: never places.
_SURNAMES = set("""assad asad putin obama kerry lavrov erdogan davutoglu shoigu peskov konashenkov carter hollande cameron
netanyahu rouhani khamenei nasrallah baghdadi golani jolani abadi maliki barzani talabani merkel trump clinton biden
sanders rubio cruz mccain graham cotton ban guterres mistura de-mistura brahimi annan zakharova medvedev churkin
jaafari moallem muallem makhlouf shalish sultani zarif soleimani suleimani alloush allouche zawahiri zawahri
bin-laden laden mohammed ayatollah sisi mubarak morsi gaddafi qaddafi saddam hussein abdullah salman nayef mbs
kadyrov lukashenko poroshenko zelensky yanukovych macron johnson may blair bush cheney rumsfeld powell rice
petraeus dempsey dunford austin mattis votel townsend flynn pompeo tillerson haley power rice
musharraf gulen cavusoglu kaplan yildirim bahceli kilicdaroglu demirtas ocalan mandela akar fidan beckham hilton""".split())

#: titles before a person's name (and Turkish ones, which follow the office's place or ministry: "İçişleri Bakanı
#: Süleyman Soylu", "Hatay Valisi Rahmi Doğan")
_TITLES = set("""sheikh shaikh emir crown cleric clerics coach coaches manager captain player striker quarterback
bakanı başkanı cumhurbaşkanı valisi sözcüsü komutanı büyükelçisi milletvekili kaymakamı müsteşarı
pastor father sister brother president presidents mr mrs ms dr gen general lt lieutenant col colonel maj major capt captain sgt sergeant
adm admiral minister ministers secretary sen senator senators rep representative gov governor king queen prince
princess emir sultan spokesman spokeswoman spokesperson commander leader ambassador envoy pope judge prof
professor rev reverend imam ayatollah chancellor premier pm mayor chief deputy officer official journalist
reporter correspondent analyst activist activists director chairman chairwoman head founder defector pilot
foreign defense defence said told says according brother sister son daughter wife husband father mother uncle
heval""".split())  # (Kurmanji "heval", comrade, before a fighter's nom de guerre: "Heval Amed")

#: Titles that only ever precede a person's name (not "Sheikh", "Emir", "King": Sheikh Maqsoud is a place).
_HONORIFICS = frozenset("""mr mrs ms miss dr prof gen lt col maj capt sgt cpl adm sen rep gov rev officer
president senator governor mayor judge""".split())

#: Kinship nouns: "<kin> of <First Last>" names a person.
_KIN = frozenset("""wife husband son daughter widow widower mother father brother sister grandson granddaughter
grandmother grandfather nephew niece cousin stepson stepdaughter""".split())

#: Capitalized words that are never places on their own (function words, months, news vocabulary …).
_STOP = set("""a an the of and or but for nor so yet in on at to by with from into onto over under about above after cars
before between through during without within along across against among around behind beyond despite toward towards
upon via per than then there here where when what which who whom whose why how this that these those it its he she
they we you i me him her them us our your their my his hers ours yours theirs is are was were be been being am do
does did have has had will would shall should can could may might must not no yes all any some each every both
either neither one two three four five six seven eight nine ten first second third last next new old many much
more most less least other another such same only also just even still again ever never always often sometimes
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday tomorrow
mr mrs ms dr st mount lake river sea gulf bay island islands north south east west northern southern eastern western
central upper lower great little big grand saint san santa city town village county state province district region
street road avenue square hill hills valley border airport port camp base center centre park
however meanwhile although though while because since unless until whether if as like unlike
said says told reported according news report reports update breaking live video photo photos watch read more
home homes page world business sports sport opinion politics health science technology tech culture arts travel style
government military war peace security police army forces troops rebels rebel fighters militants jihadists regime
justice justicia giustizia siren sirens ashura ashoura arbaeen arbain schuhe
opposition coalition alliance allies enemy attack attacks strike strikes airstrike airstrikes raid raids bombing
bombings killed dead death deaths wounded injured civilians civilian children women men people person
christian christians muslim muslims sunni sunnis shia shiite shiites alawite alawites druze jewish jews arab arabs
islamic islamist islamists jihad jihadist western eastern god allah prophet
president minister secretary general commander spokesman official officials leader leaders king queen prince
mobile reading bath nice split hope orange independence liberty union unity victory justice progress harmony
freedom paradise eden providence mercy faith trust charity concord friendship welfare
march mayo june july august may
of van von der den de la le du des el al bin ibn abu umm
man mans sale bar kent york cork derby chester hull bury wells dover deal bank part soon mine date
university college school hospital church mosque market
başûr bakur rojhilat dabei
also several dozens hundreds thousands millions
olympic olympics republic route metro area side creek lord green lane wal mart sen hall hills heights
station airport terminal plaza mall tower towers bridge gate gates center west east north south
federal national international global local regional county counties state states city cities town
democrat democrats republican republicans liberal conservative labour labor tory tories
nazi nazis civil engine later call summer winter spring autumn fall choose poor islam atlas titan
man men act way ten none air young officer marshal mass miss sri ind dame officer story
tot hey game race moss dane hms barca bale hart
moose dale van sable cay kurt gabe darren
turkmen turkman turkoman kurd kurds arab arabs alawi alawite sunni shia shiite druze yazidi assyrian christian
sunday meclis""".split())  # (Turkish "Meclis", the parliament, is no Istanbul quarter)

_PARLIAMENT_CUES = re.compile(r"parliament|lawmaker|legislat|deputies|deputy|\bmps?\b|\bvot|speaker|kremlin|state duma|"
                              r"\bbill\b|session|ratif|chairman|committee|treaty|\blaws?\b|election|seats|debat|"
                              # (and in German, French, Spanish, Italian and Turkish: deputies, the parliament)
                              r"abgeordnete|parlament|députés|diputados|deputati|milletvekil|meclis", re.I)
#: Next to "Duma" these make it Russia's parliament, whatever else the text is about.
#: words before "Duma" that make it a parliament's name ("the State Duma", "the Moscow City Duma")
_DUMA_QUALIFIERS = frozenset("state russian city regional moscow federal imperial".split())
_ROMANCE_FEMININE = frozenset("la della nella alla dalla sulla".split())
_DUMA_NEAR = re.compile(r"\b(?:moscow|russia|russian|putin|kremlin|moskau|russland|russisch\w*|moscou|russie|russe|"
                        r"mosca|russa|rusia|rusa|rusya|rus)\b", re.I)
_SPEECH = frozenset("""said says told added stressed explained wrote noted recalled argued insisted admitted
replied asked testified""".split())
