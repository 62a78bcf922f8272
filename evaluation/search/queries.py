"""What visitors type, each with a grading rule over the ground truth (world.Truth).

A rule is a list of criteria. Each criterion rates a maker 2 (what was asked), 1 (close: a
nearby town, a related art form, a partial match) or 0. A hard criterion at 0 makes the maker
irrelevant; a soft one at 0 costs one step, like a 1 does. Grade = 2 minus the steps lost, never
below 0. So for "koor heerlen zoekt leden": a choir in Heerlen that looks for members is 2, one
in Kerkrade that looks, or one in Heerlen that does not, is 1, anything else 0.

The art form and the place are hard; what a maker offers (bookable, lessons, members, age
groups, genre) is soft when an art form is asked too, and hard when it is the whole question.

The queries were written from what visitors ask before any engine was scored, and must never
be edited to raise a score. `split` comes from a hash of the id: "heldout" queries are for
reporting only, never for tuning.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from .world import FAMILIES, FORMS, place_towns

DANCE_STREET_GENRES = {"hiphop", "breakdance"}


@dataclass(frozen=True)
class Criterion:
    label: str
    rate: Callable
    hard: bool = True


@dataclass(frozen=True)
class Query:
    id: str
    language: str
    text: str
    cls: str
    criteria: tuple = field(repr=False)

    @property
    def split(self):
        digest = hashlib.sha256(self.id.encode()).digest()
        return "heldout" if digest[0] % 10 < 4 else "dev"

    def grade(self, truth):
        lost = 0
        for criterion in self.criteria:
            level = criterion.rate(truth)
            if level == 0 and criterion.hard:
                return 0
            lost += 2 - level if level else 1
        return max(0, 2 - lost)

    @property
    def rule(self):
        """The rule in words, for the JSON report."""
        return " + ".join(f"{c.label}{'' if c.hard else ' (soft)'}" for c in self.criteria)


# --- criteria ---------------------------------------------------------------------------------


def form(*full, part=(), hard=True):
    full, part = set(full), set(part)

    def rate(truth):
        forms = set(truth.forms)
        return 2 if forms & full else 1 if forms & part else 0

    label = (
        "form " + "/".join(sorted(full)) + (f" (near: {'/'.join(sorted(part))})" if part else "")
    )
    return Criterion(label, rate, hard)


def family(*names, hard=True):
    forms = set().union(*(FAMILIES[name] for name in names))
    return Criterion("family " + "/".join(names), lambda t: 2 if set(t.forms) & forms else 0, hard)


def place(name):
    full, part = place_towns(name)
    return Criterion(f"in {name}", lambda t: 2 if t.town in full else 1 if t.town in part else 0)


def offers(flag, hard=False):
    return Criterion(flag, lambda t: 2 if getattr(t, flag) else 0, hard)


def ages(*groups, hard=False):
    wanted = set(groups)
    return Criterion("for " + "/".join(groups), lambda t: 2 if wanted & set(t.ages) else 0, hard)


def genre(*codes, part=(), hard=False):
    full, near = set(codes), set(part)

    def rate(truth):
        genres = set(truth.genres)
        return 2 if genres & full else 1 if genres & near else 0

    return Criterion("genre " + "/".join(codes), rate, hard)


def speaks(language, hard=False):
    return Criterion(f"speaks {language}", lambda t: 2 if language in t.languages else 0, hard)


def wants(*parts, hard=True):
    """2: looks for that part. 1: looks for members without naming parts, in an art form where
    that part exists. 0: otherwise."""
    wanted = set(parts)

    def rate(truth):
        if not truth.members:
            return 0
        if wanted & set(truth.parts):
            return 2
        has_part = any(wanted & {p for p, _w in FORMS[f]["parts"]} for f in truth.forms)
        return 1 if not truth.parts and has_part else 0

    return Criterion("wants " + "/".join(parts), rate, hard)


def street_dance(hard=True):
    """Street dance: a crew, or a dance school or company that teaches hip-hop or breaking."""

    def rate(truth):
        if "street_dance" in truth.forms:
            return 2
        dance = set(truth.forms) & {"dance_school", "dance_group"}
        return 2 if dance and set(truth.genres) & DANCE_STREET_GENRES else 0

    return Criterion("street dance", rate, hard)


def poet(hard=True):
    def rate(truth):
        if "spoken_word" in truth.forms or ("writer" in truth.forms and "poetry" in truth.genres):
            return 2
        return 1 if "writer" in truth.forms else 0

    return Criterion("poet", rate, hard)


def music_school(hard=True):
    def rate(truth):
        if "music_school" in truth.forms:
            return 2
        return 1 if truth.lessons and set(truth.forms) & FAMILIES["music"] else 0

    return Criterion("music school (near: music lessons)", rate, hard)


def dj(hard=True):
    def rate(truth):
        if "musician" in truth.forms and "dj" in truth.genres:
            return 2
        return 1 if "band" in truth.forms and "party" in truth.genres else 0

    return Criterion("dj (near: party band)", rate, hard)


# --- the queries ------------------------------------------------------------------------------

CHOIR = ("choir",)
BANDS = {"part": ("carnival_band", "brass_band")}
DANCE_SCHOOL = form("dance_school", "ballet", part=("street_dance", "folk_dance", "dance_group"))
THEATRE_GROUP = form("theatre_group", part=("musical", "puppetry", "cabaret"))
WIND = form("harmonie", "fanfare", "brass_band", part=("choir", "orchestra", "carnival_band"))
PAINTING = form("painter", "art_club", part=("sculptor", "ceramist", "street_art"))
PHOTO = form("photographer", "photo_club")
PERFORMING = family("music", "dance", "theatre", "circus")

_Q = [
    # art form only
    ("koor", "nl", "koor", "art form", [form(*CHOIR)]),
    ("koren", "nl", "koren", "art form", [form(*CHOIR)]),
    ("zanggroep", "nl", "zanggroep", "art form", [form(*CHOIR)]),
    (
        "orkest",
        "nl",
        "orkest",
        "art form",
        [form("orchestra", "harmonie", "fanfare", part=("brass_band", "carnival_band"))],
    ),
    ("harmonie", "nl", "harmonie", "art form", [form("harmonie", part=("fanfare", "brass_band"))]),
    ("fanfare", "nl", "fanfare", "art form", [form("fanfare", part=("harmonie", "brass_band"))]),
    ("band", "nl", "band", "art form", [form("band", **BANDS)]),
    ("muziek", "nl", "muziek", "art form", [family("music")]),
    ("dans", "nl", "dans", "art form", [family("dance")]),
    ("theater", "nl", "theater", "art form", [family("theatre")]),
    ("toneel", "nl", "toneel", "art form", [THEATRE_GROUP]),
    ("fotograaf", "nl", "fotograaf", "art form", [form("photographer", part=("photo_club",))]),
    ("kunstschilder", "nl", "kunstschilder", "art form", [form("painter", part=("art_club",))]),
    ("beeldhouwer", "nl", "beeldhouwer", "art form", [form("sculptor", part=("ceramist",))]),
    ("keramiek", "nl", "keramiek", "art form", [form("ceramist", part=("sculptor",))]),
    ("circus", "nl", "circus", "art form", [form("circus")]),
    ("heemkunde", "nl", "heemkunde", "art form", [form("heritage", part=("schutterij",))]),
    ("schutterij", "nl", "schutterij", "art form", [form("schutterij", part=("heritage",))]),
    ("dichter", "nl", "dichter", "art form", [poet()]),
    ("schrijver", "nl", "schrijver", "art form", [form("writer", part=("spoken_word",))]),
    (
        "singer-songwriter",
        "nl",
        "singer-songwriter",
        "art form",
        [form("musician", part=("band",)), genre("singer_songwriter")],
    ),
    ("dj", "nl", "dj", "art form", [dj()]),
    ("film", "nl", "film", "art form", [form("film")]),
    ("graffiti", "nl", "graffiti", "art form", [form("street_art")]),
    ("musical", "nl", "musical", "art form", [form("musical", part=("theatre_group",))]),
    ("cabaret", "nl", "cabaret", "art form", [form("cabaret", part=("spoken_word",))]),
    ("volksdansen", "nl", "volksdansen", "art form", [form("folk_dance", part=("dance_school",))]),
    # compound words
    (
        "harmonieorkest",
        "nl",
        "harmonieorkest",
        "compound",
        [form("harmonie", part=("fanfare", "brass_band", "orchestra"))],
    ),
    (
        "jeugdtheater",
        "nl",
        "jeugdtheater",
        "compound",
        [form("theatre_group", "musical", "puppetry"), ages("children", "youth")],
    ),
    ("schildersatelier", "nl", "schildersatelier", "compound", [PAINTING]),
    ("streetdancecrew", "nl", "streetdancecrew", "compound", [street_dance()]),
    (
        "poppentheater",
        "nl",
        "poppentheater",
        "compound",
        [form("puppetry", part=("theatre_group",))],
    ),
    ("gospelkoor", "nl", "gospelkoor", "compound", [form(*CHOIR), genre("gospel")]),
    ("mannenkoor", "nl", "mannenkoor", "compound", [form(*CHOIR), genre("male")]),
    ("kinderkoor", "nl", "kinderkoor", "compound", [form(*CHOIR), ages("children")]),
    ("seniorenkoor", "nl", "seniorenkoor", "compound", [form(*CHOIR), ages("seniors")]),
    ("kamerkoor", "nl", "kamerkoor", "compound", [form(*CHOIR), genre("chamber")]),
    ("popkoor", "nl", "popkoor", "compound", [form(*CHOIR), genre("pop")]),
    (
        "jeugdorkest",
        "nl",
        "jeugdorkest",
        "compound",
        [form("orchestra", "harmonie", "fanfare", "brass_band"), ages("youth", "children")],
    ),
    ("fotografiecursus", "nl", "fotografiecursus", "compound", [PHOTO, offers("lessons", True)]),
    ("balletschool", "nl", "balletschool", "compound", [form("ballet", part=("dance_school",))]),
    ("bigband", "nl", "bigband", "compound", [form("band"), genre("bigband", part=("jazz",))]),
    ("jeugdcircus", "nl", "jeugdcircus", "compound", [form("circus"), ages("children", "youth")]),
    (
        "dialecttoneel",
        "nl",
        "dialecttoneel",
        "compound",
        [form("theatre_group"), genre("dialect_theatre")],
    ),
    ("dansschool", "nl", "dansschool", "compound", [DANCE_SCHOOL]),
    ("muziekschool", "nl", "muziekschool", "compound", [music_school()]),
    ("toneelvereniging", "nl", "toneelvereniging", "compound", [THEATRE_GROUP]),
    ("fotoclub", "nl", "fotoclub", "compound", [form("photo_club", part=("photographer",))]),
    ("kunstkring", "nl", "kunstkring", "compound", [form("art_club", part=("painter",))]),
    (
        "brassband",
        "nl",
        "brassband",
        "compound",
        [form("brass_band", part=("fanfare", "harmonie"))],
    ),
    # art form + place
    ("koor-heerlen", "nl", "koor heerlen", "art form + place", [form(*CHOIR), place("Heerlen")]),
    (
        "band-maastricht",
        "nl",
        "band maastricht",
        "art form + place",
        [form("band", part=("carnival_band",)), place("Maastricht")],
    ),
    (
        "dansschool-sittard",
        "nl",
        "dansschool sittard",
        "art form + place",
        [DANCE_SCHOOL, place("Sittard")],
    ),
    (
        "toneel-kerkrade",
        "nl",
        "toneel kerkrade",
        "art form + place",
        [THEATRE_GROUP, place("Kerkrade")],
    ),
    (
        "fotograaf-utrecht",
        "nl",
        "fotograaf utrecht",
        "art form + place",
        [form("photographer", part=("photo_club",)), place("Utrecht")],
    ),
    (
        "harmonie-landgraaf",
        "nl",
        "harmonie landgraaf",
        "art form + place",
        [form("harmonie", part=("fanfare", "brass_band")), place("Landgraaf")],
    ),
    (
        "kunstenaar-amersfoort",
        "nl",
        "kunstenaar amersfoort",
        "art form + place",
        [family("visual"), place("Amersfoort")],
    ),
    (
        "ballet-geleen",
        "nl",
        "ballet geleen",
        "art form + place",
        [form("ballet", part=("dance_school",)), place("Geleen")],
    ),
    (
        "koren-brunssum",
        "nl",
        "koren in brunssum",
        "art form + place",
        [form(*CHOIR), place("Brunssum")],
    ),
    (
        "muziekvereniging-voerendaal",
        "nl",
        "muziekvereniging voerendaal",
        "art form + place",
        [WIND, place("Voerendaal")],
    ),
    (
        "schilder-zeist",
        "nl",
        "schilder zeist",
        "art form + place",
        [form("painter", part=("art_club",)), place("Zeist")],
    ),
    (
        "theatergroep-nieuwegein",
        "nl",
        "theatergroep nieuwegein",
        "art form + place",
        [form("theatre_group", "musical", part=("puppetry", "cabaret")), place("Nieuwegein")],
    ),
    (
        "dans-valkenburg",
        "nl",
        "dans valkenburg",
        "art form + place",
        [family("dance"), place("Valkenburg")],
    ),
    (
        "circus-veenendaal",
        "nl",
        "circus veenendaal",
        "art form + place",
        [form("circus"), place("Veenendaal")],
    ),
    ("koor-vaals", "nl", "koor vaals", "art form + place", [form(*CHOIR), place("Vaals")]),
    (
        "jazz-utrecht",
        "nl",
        "jazz utrecht",
        "art form + place",
        [genre("jazz", "bigband", hard=True), place("Utrecht")],
    ),
    (
        "beeldhouwer-maastricht",
        "nl",
        "beeldhouwer maastricht",
        "art form + place",
        [form("sculptor", part=("ceramist",)), place("Maastricht")],
    ),
    (
        "muziekschool-heerlen",
        "nl",
        "muziekschool heerlen",
        "art form + place",
        [music_school(), place("Heerlen")],
    ),
    (
        "fotoclub-sittard",
        "nl",
        "fotoclub sittard",
        "art form + place",
        [form("photo_club", part=("photographer",)), place("Sittard")],
    ),
    (
        "zanggroep-hoensbroek",
        "nl",
        "zanggroep hoensbroek",
        "art form + place",
        [form(*CHOIR), place("Heerlen")],
    ),
    (
        "schutterij-nuth",
        "nl",
        "schutterij nuth",
        "art form + place",
        [form("schutterij", part=("heritage",)), place("Beekdaelen")],
    ),
    (
        "fanfare-meerssen",
        "nl",
        "fanfare meerssen",
        "art form + place",
        [form("fanfare", part=("harmonie", "brass_band")), place("Meerssen")],
    ),
    (
        "gospel-amersfoort",
        "nl",
        "gospel amersfoort",
        "art form + place",
        [form(*CHOIR), genre("gospel", hard=True), place("Amersfoort")],
    ),
    # regions
    (
        "theater-parkstad",
        "nl",
        "theater parkstad",
        "region",
        [family("theatre"), place("Parkstad")],
    ),
    (
        "fotoclub-zuid-limburg",
        "nl",
        "fotoclub zuid-limburg",
        "region",
        [form("photo_club", part=("photographer",)), place("Zuid-Limburg")],
    ),
    ("koren-heuvelland", "nl", "koren heuvelland", "region", [form(*CHOIR), place("Heuvelland")]),
    (
        "band-westelijke-mijnstreek",
        "nl",
        "band westelijke mijnstreek",
        "region",
        [form("band", part=("carnival_band",)), place("Westelijke Mijnstreek")],
    ),
    (
        "dansles-parkstad",
        "nl",
        "dansles parkstad",
        "region",
        [family("dance"), offers("lessons"), place("Parkstad")],
    ),
    (
        "muziekles-provincie-utrecht",
        "nl",
        "muziekles provincie utrecht",
        "region",
        [family("music"), offers("lessons", True), place("Provincie Utrecht")],
    ),
    (
        "kunst-zuid-limburg",
        "nl",
        "kunst in zuid limburg",
        "region",
        [family("visual"), place("Zuid-Limburg")],
    ),
    (
        "harmonie-zuid-limburg",
        "nl",
        "harmonie zuid-limburg",
        "region",
        [form("harmonie", part=("fanfare", "brass_band")), place("Zuid-Limburg")],
    ),
    (
        "schrijvers-provincie-utrecht",
        "nl",
        "schrijvers provincie utrecht",
        "region",
        [form("writer", part=("spoken_word",)), place("Provincie Utrecht")],
    ),
    ("circus-parkstad", "nl", "circus parkstad", "region", [form("circus"), place("Parkstad")]),
    (
        "streetdance-zuid-limburg",
        "nl",
        "streetdance zuid-limburg",
        "region",
        [street_dance(), place("Zuid-Limburg")],
    ),
    (
        "koor-parkstad-limburg",
        "nl",
        "koor parkstad limburg",
        "region",
        [form(*CHOIR), place("Parkstad")],
    ),
    (
        "toneel-heuvelland",
        "nl",
        "toneel heuvelland",
        "region",
        [THEATRE_GROUP, place("Heuvelland")],
    ),
    # intent: bookable
    (
        "band-boeken-feest",
        "nl",
        "band boeken voor een feest",
        "intent: bookable",
        [form("band", "carnival_band", part=("musician",)), offers("bookable")],
    ),
    (
        "koor-inhuren-uitvaart",
        "nl",
        "koor inhuren voor een uitvaart",
        "intent: bookable",
        [form(*CHOIR), offers("bookable")],
    ),
    (
        "fotograaf-bruiloft",
        "nl",
        "fotograaf bruiloft",
        "intent: bookable",
        [form("photographer"), genre("wedding"), offers("bookable")],
    ),
    (
        "optreden-boeken",
        "nl",
        "optreden boeken",
        "intent: bookable",
        [PERFORMING, offers("bookable", True)],
    ),
    (
        "theatervoorstelling-school",
        "nl",
        "theatervoorstelling voor school boeken",
        "intent: bookable",
        [family("theatre"), offers("bookable"), ages("children", "youth")],
    ),
    ("dj-bruiloft", "nl", "dj voor bruiloft", "intent: bookable", [dj(), offers("bookable")]),
    (
        "muziek-bedrijfsfeest",
        "nl",
        "muziek voor ons bedrijfsfeest",
        "intent: bookable",
        [family("music"), offers("bookable", True)],
    ),
    # intent: lessons
    (
        "schilderles-kinderen",
        "nl",
        "schilderles voor kinderen",
        "intent: lessons",
        [PAINTING, offers("lessons", True), ages("children")],
    ),
    (
        "dansles-senioren-maastricht",
        "nl",
        "dansles senioren maastricht",
        "intent: lessons",
        [family("dance"), offers("lessons"), ages("seniors"), place("Maastricht")],
    ),
    (
        "workshop-keramiek",
        "nl",
        "workshop keramiek",
        "intent: lessons",
        [form("ceramist", part=("sculptor",)), offers("lessons", True)],
    ),
    (
        "toneelles-kinderen",
        "nl",
        "toneelles voor kinderen",
        "intent: lessons",
        [form("theatre_group", "musical"), offers("lessons", True), ages("children")],
    ),
    ("muziekles", "nl", "muziekles", "intent: lessons", [family("music"), offers("lessons", True)]),
    (
        "balletles",
        "nl",
        "balletles",
        "intent: lessons",
        [form("ballet", part=("dance_school",)), offers("lessons", True)],
    ),
    (
        "cursus-fotografie",
        "nl",
        "cursus fotografie",
        "intent: lessons",
        [PHOTO, offers("lessons", True)],
    ),
    (
        "tekenles-volwassenen",
        "nl",
        "tekenles volwassenen",
        "intent: lessons",
        [PAINTING, offers("lessons", True), ages("adults")],
    ),
    # intent: members
    (
        "zanggroep-zoekt-leden",
        "nl",
        "zanggroep zoekt leden",
        "intent: members",
        [form(*CHOIR), offers("members")],
    ),
    (
        "nieuwe-leden-gezocht",
        "nl",
        "nieuwe leden gezocht",
        "intent: members",
        [offers("members", True)],
    ),
    (
        "lid-worden-harmonie",
        "nl",
        "lid worden van een harmonie",
        "intent: members",
        [form("harmonie", part=("fanfare", "brass_band")), offers("members")],
    ),
    (
        "fotoclub-nieuwe-leden",
        "nl",
        "fotoclub nieuwe leden",
        "intent: members",
        [form("photo_club"), offers("members")],
    ),
    (
        "meespelen-band",
        "nl",
        "meespelen in een band",
        "intent: members",
        [form("band"), offers("members")],
    ),
    # intent: age group
    (
        "streetdance-jongeren",
        "nl",
        "streetdance jongeren",
        "intent: age group",
        [street_dance(), ages("youth")],
    ),
    (
        "dansen-55-plus",
        "nl",
        "dansen voor 55-plussers",
        "intent: age group",
        [family("dance"), ages("seniors")],
    ),
    (
        "activiteiten-senioren",
        "nl",
        "activiteiten voor senioren",
        "intent: age group",
        [ages("seniors", hard=True)],
    ),
    (
        "creatief-kinderen",
        "nl",
        "creatief voor kinderen",
        "intent: age group",
        [ages("children", hard=True), family("visual", hard=False)],
    ),
    (
        "muziek-kinderen",
        "nl",
        "muziek voor kinderen",
        "intent: age group",
        [family("music"), ages("children")],
    ),
    (
        "zingen-ouderen",
        "nl",
        "zingen voor ouderen",
        "intent: age group",
        [form(*CHOIR), ages("seniors")],
    ),
    # intent: wanted part
    ("drummer-gezocht", "nl", "drummer gezocht", "intent: wanted part", [wants("drums")]),
    ("zoekt-tenoren", "nl", "zoekt tenoren", "intent: wanted part", [wants("tenor")]),
    ("bassist-gezocht", "nl", "bassist gezocht", "intent: wanted part", [wants("bass_guitar")]),
    (
        "koor-zoekt-bassen",
        "nl",
        "koor zoekt bassen",
        "intent: wanted part",
        [form(*CHOIR), wants("bass_voice")],
    ),
    (
        "harmonie-zoekt-trompettist",
        "nl",
        "harmonie zoekt trompettist",
        "intent: wanted part",
        [form("harmonie", "fanfare", part=("brass_band",)), wants("trumpet")],
    ),
    (
        "zanger-gezocht-band",
        "nl",
        "zanger gezocht voor band",
        "intent: wanted part",
        [form("band"), wants("vocals")],
    ),
    (
        "toneelspelers-gezocht",
        "nl",
        "toneelspelers gezocht",
        "intent: wanted part",
        [wants("actors")],
    ),
    ("violist-gezocht", "nl", "violist gezocht", "intent: wanted part", [wants("violin")]),
    (
        "klarinettist-gezocht",
        "nl",
        "klarinettist gezocht",
        "intent: wanted part",
        [wants("clarinet")],
    ),
    (
        "toneelvereniging-zoekt-spelers",
        "nl",
        "toneelvereniging zoekt spelers",
        "intent: wanted part",
        [form("theatre_group", part=("musical",)), wants("actors", hard=False)],
    ),
    (
        "drummer-gezocht-maastricht",
        "nl",
        "drummer gezocht maastricht",
        "intent: wanted part",
        [wants("drums"), place("Maastricht")],
    ),
    # English
    ("en-choir", "en", "choir", "English", [form(*CHOIR)]),
    (
        "en-choir-members",
        "en",
        "choir looking for new members",
        "English",
        [form(*CHOIR), offers("members")],
    ),
    (
        "en-painting-lessons",
        "en",
        "painting lessons",
        "English",
        [form("painter", "art_club"), offers("lessons", True)],
    ),
    (
        "en-dance-school-maastricht",
        "en",
        "dance school maastricht",
        "English",
        [DANCE_SCHOOL, place("Maastricht")],
    ),
    (
        "en-band-wedding",
        "en",
        "band for a wedding",
        "English",
        [form("band", part=("musician", "carnival_band")), offers("bookable")],
    ),
    ("en-theatre-kids", "en", "theatre for kids", "English", [family("theatre"), ages("children")]),
    (
        "en-photographer-utrecht",
        "en",
        "photographer utrecht",
        "English",
        [form("photographer", part=("photo_club",)), place("Utrecht")],
    ),
    ("en-english-choir", "en", "english speaking choir", "English", [form(*CHOIR), speaks("en")]),
    ("en-jazz-band", "en", "jazz band", "English", [form("band"), genre("jazz", "bigband")]),
    ("en-drummer-wanted", "en", "drummer wanted", "English", [wants("drums")]),
    (
        "en-art-classes-children",
        "en",
        "art classes for children",
        "English",
        [family("visual"), offers("lessons", True), ages("children")],
    ),
    (
        "en-street-dance-teenagers",
        "en",
        "street dance classes for teenagers",
        "English",
        [street_dance(), offers("lessons"), ages("youth")],
    ),
    ("en-circus-school", "en", "circus school", "English", [form("circus")]),
    ("en-poetry", "en", "poetry", "English", [poet()]),
    # German
    ("de-chor-kerkrade", "de", "Chor Kerkrade", "German", [form(*CHOIR), place("Kerkrade")]),
    (
        "de-tanzschule-maastricht",
        "de",
        "Tanzschule Maastricht",
        "German",
        [DANCE_SCHOOL, place("Maastricht")],
    ),
    (
        "de-blaskapelle",
        "de",
        "Blaskapelle",
        "German",
        [form("harmonie", "fanfare", "brass_band", "carnival_band")],
    ),
    (
        "de-malkurs-kinder",
        "de",
        "Malkurs für Kinder",
        "German",
        [form("painter", "art_club"), offers("lessons", True), ages("children")],
    ),
    (
        "de-theatergruppe-vaals",
        "de",
        "Theatergruppe Vaals",
        "German",
        [THEATRE_GROUP, place("Vaals")],
    ),
    (
        "de-fotograf-heerlen",
        "de",
        "Fotograf Heerlen",
        "German",
        [form("photographer", part=("photo_club",)), place("Heerlen")],
    ),
    (
        "de-musikverein-simpelveld",
        "de",
        "Musikverein Simpelveld",
        "German",
        [WIND, place("Simpelveld")],
    ),
    # typos
    ("typo-jaz-band", "nl", "jaz band", "typo", [form("band"), genre("jazz", "bigband")]),
    ("typo-balet", "nl", "balet", "typo", [form("ballet", part=("dance_school",))]),
    ("typo-kor-heerlen", "nl", "kor heerlen", "typo", [form(*CHOIR), place("Heerlen")]),
    (
        "typo-fotografie-maastrich",
        "nl",
        "fotografie maastrich",
        "typo",
        [family("photo"), place("Maastricht")],
    ),
    ("typo-dansschol", "nl", "dansschol", "typo", [DANCE_SCHOOL]),
    (
        "typo-harmonieorkes",
        "nl",
        "harmonieorkes",
        "typo",
        [form("harmonie", part=("fanfare", "brass_band", "orchestra"))],
    ),
    ("typo-toneelverenging", "nl", "toneelverenging", "typo", [THEATRE_GROUP]),
    (
        "typo-theather-kerkrade",
        "nl",
        "theather kerkrade",
        "typo",
        [family("theatre"), place("Kerkrade")],
    ),
    ("typo-steetdance", "nl", "steetdance", "typo", [street_dance()]),
    ("typo-zangroep", "nl", "zangroep", "typo", [form(*CHOIR)]),
    ("typo-beelhouwer", "nl", "beelhouwer", "typo", [form("sculptor", part=("ceramist",))]),
    (
        "typo-fotgraaf-sittard",
        "nl",
        "fotgraaf sittard",
        "typo",
        [form("photographer", part=("photo_club",)), place("Sittard")],
    ),
    ("typo-schuterij", "nl", "schuterij", "typo", [form("schutterij", part=("heritage",))]),
    # long natural questions
    (
        "vraag-dochter-ballet-heerlen",
        "nl",
        "waar kan mijn dochter van 8 op ballet in heerlen",
        "question",
        [form("ballet", part=("dance_school",)), ages("children"), place("Heerlen")],
    ),
    (
        "vraag-koor-tenor-kerkrade",
        "nl",
        "ik zoek een koor in de buurt van kerkrade waar ik als tenor kan zingen",
        "question",
        [form(*CHOIR), place("Kerkrade"), wants("tenor", hard=False)],
    ),
    (
        "vraag-band-bruiloft-maastricht",
        "nl",
        "welke band kan er spelen op onze bruiloft in maastricht",
        "question",
        [
            form("band", part=("musician", "carnival_band")),
            offers("bookable"),
            place("Maastricht"),
        ],
    ),
    (
        "vraag-zoon-breakdance-sittard",
        "nl",
        "mijn zoon van 15 wil graag breakdancen in sittard",
        "question",
        [street_dance(), ages("youth"), place("Sittard")],
    ),
    (
        "vraag-schilderen-70",
        "nl",
        "waar kan ik als 70-jarige leren schilderen",
        "question",
        [form("painter", "art_club"), offers("lessons", True), ages("seniors")],
    ),
    (
        "vraag-toneel-amersfoort-spelers",
        "nl",
        "is er een toneelclub in amersfoort die nieuwe spelers zoekt",
        "question",
        [
            form("theatre_group", part=("musical",)),
            place("Amersfoort"),
            wants("actors", hard=False),
        ],
    ),
    (
        "vraag-fotograferen-utrecht",
        "nl",
        "ik wil graag leren fotograferen in utrecht",
        "question",
        [PHOTO, offers("lessons", True), place("Utrecht")],
    ),
    (
        "vraag-dansles-moeder-maastricht",
        "nl",
        "zoek een leuke dansles voor mijn moeder van 72 in maastricht",
        "question",
        [family("dance"), offers("lessons"), ages("seniors"), place("Maastricht")],
    ),
    (
        "vraag-muziekles-zoontje-landgraaf",
        "nl",
        "kan mijn zoontje van 6 ergens op muziekles in landgraaf",
        "question",
        [family("music"), offers("lessons", True), ages("children"), place("Landgraaf")],
    ),
    (
        "vraag-straatfeest-geleen",
        "nl",
        "wie kan er optreden op ons straatfeest in geleen",
        "question",
        [PERFORMING, offers("bookable", True), place("Geleen")],
    ),
    (
        "vraag-zingen-zeist",
        "nl",
        "waar kan ik in zeist samen met anderen zingen",
        "question",
        [form(*CHOIR), place("Zeist"), offers("members")],
    ),
    (
        "vraag-koren-heerlen-mannen",
        "nl",
        "welke koren in heerlen zoeken nog mannenstemmen",
        "question",
        [form(*CHOIR), place("Heerlen"), wants("tenor", "bass_voice", hard=False)],
    ),
]

QUERIES = [
    Query(id=id_, language=lang, text=text, cls=cls, criteria=tuple(rule))
    for id_, lang, text, cls, rule in _Q
]
CLASSES = list(dict.fromkeys(q.cls for q in QUERIES))


def grades(query, makers):
    """{slug: grade} for the makers with grade >= 1."""
    found = {}
    for maker in makers:
        grade = query.grade(maker.truth)
        if grade:
            found[maker.slug] = grade
    return found


def check_coverage(makers, queries=QUERIES):
    """Queries without a single relevant maker in `makers` (empty when the world is complete)."""
    return [q.id for q in queries if not grades(q, makers)]
