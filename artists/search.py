"""Makers as a searchable kind (search/registry.py), and the words visitors use for them.

The word lists say what visitors mean, in Dutch, English and German: the art form (matched
to a discipline), what they want from a maker (book them, take lessons, join), who it is for
(age groups) and which part a group is looking for. Editors add their own synonyms in the
admin (Search synonyms); discipline names in every language count as well.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.signals import published, unpublished

from search import index, understanding
from search.content import plain
from search.highlight import highlight
from search.kinds import Hit
from search.registry import Concept, Document, Facet, SearchKind, register

from .directory import FLAGS
from .models import AGE_GROUP_CHOICES, Discipline, Maker, MakersIndexPage

# Art forms: discipline slug → words per language. The first group of each discipline counts
# fully; GENRES below count less (a "band" is music, but not every music maker is a band).
DISCIPLINE_WORDS = {
    "koor": {
        "nl": "koor koren zangkoor zanggroep zanggroepen vocale groep vocaal ensemble "
        "gospelkoor kamerkoor popkoor mannenkoor vrouwenkoor kinderkoor jeugdkoor shantykoor "
        "samenzang zangvereniging mannenzangvereniging",
        "en": "choir choirs chorus vocal group singing group",
        "de": "chor chöre gesangverein singgruppe männerchor frauenchor kinderchor",
    },
    "muziek": {
        "nl": "muziek muzikant muzikanten orkest harmonie fanfare harmonieorkest "
        "muziekvereniging drumband bigband",
        "en": "music musician musicians orchestra brass band marching band",
        "de": "musik musiker orchester blaskapelle musikverein musikschule",
    },
    "dans": {
        "nl": "dans dansen dansgroep dansschool danser dansers ballet balletschool "
        "streetdance breakdance breakdancen salsa volksdans dansles",
        "en": "dance dancing dancer dancers dance school ballet street dance breakdance",
        "de": "tanz tanzen tänzer tanzgruppe tanzschule ballett",
    },
    "theater": {
        "nl": "theater toneel toneelvereniging toneelgroep theatergroep toneelspelen "
        "musical cabaret poppentheater poppenspel acteren",
        "en": "theatre theater drama acting actors play puppetry",
        "de": "theater schauspiel theatergruppe laientheater puppentheater theaterverein",
    },
    "beeldende-kunst": {
        "nl": "beeldende kunst kunstenaar kunstenares schilder schilders schilderen "
        "schilderij schilderijen tekenen tekenaar tekenles schilderles beeldhouwen beeldhouwer "
        "keramiek keramist pottenbakken atelier kunstkring tekenclub schilderclub",
        "en": "visual art visual arts artist artists painter painters painting drawing "
        "sculpture ceramics",
        "de": "bildende kunst künstler künstlerin maler malerin malen malerei malkurs malgruppe "
        "malschule zeichnen zeichenkurs bildhauer keramik",
    },
    "fotografie": {
        "nl": "fotografie fotograaf fotografen foto fotos fotoclub",
        "en": "photography photographer photographers photo photos",
        "de": "fotografie fotograf fotografin fotoclub fotoklub",
    },
    "film": {
        "nl": "film films filmmaker filmmakers video",
        "en": "film films filmmaker movie movies video",
        "de": "film filme filmemacher video",
    },
    "literatuur": {
        "nl": "literatuur schrijven schrijver schrijvers schrijfgroep gedichten dichter "
        "poëzie verhalen",
        "en": "literature writing writer writers poetry poet stories",
        "de": "literatur schreiben schriftsteller autor dichter gedichte",
    },
    "spoken-word": {
        "nl": "spoken word voordracht poetry slam",
        "en": "spoken word poetry slam",
        "de": "spoken word poetry slam",
    },
    "circus": {
        "nl": "circus jongleren acrobatiek",
        "en": "circus juggling acrobatics",
        "de": "zirkus jonglieren akrobatik",
    },
    "urban-arts": {
        "nl": "urban arts graffiti streetart rap hiphop",
        "en": "urban arts graffiti street art rap hip hop",
        "de": "urban arts graffiti street art rap",
    },
    "erfgoed": {
        "nl": "erfgoed heemkunde geschiedenis schutterij",
        "en": "heritage history",
        "de": "kulturerbe heimatgeschichte geschichte",
    },
}
# Several-word entries above that must be read as one phrase.
PHRASES = {
    "vocale groep",
    "vocaal ensemble",
    "vocal group",
    "singing group",
    "beeldende kunst",
    "visual art",
    "visual arts",
    "bildende kunst",
    "spoken word",
    "poetry slam",
    "urban arts",
    "street art",
    "hip hop",
    "brass band",
    "marching band",
    "dance school",
}
GENRES = {
    "muziek": {
        "nl": "band bands popband rockband coverband jazz blues rock pop soul gospel "
        "accordeon gitaar piano drums ensemble",
        "en": "band bands rock jazz pop ensemble",
        "de": "band bands rock jazz pop ensemble",
    },
    "koor": {"nl": "zingen zang", "en": "sing singing", "de": "singen"},
    "beeldende-kunst": {
        "nl": "creatief knutselen",
        "en": "creative crafts",
        "de": "kreativ basteln",
    },
    "dans": {"nl": "hiphop", "en": "hip hop", "de": "hip hop"},
}

OFFER_WORDS = {
    "looking_for_members": {
        "nl": [
            "zoekt leden",
            "zoeken leden",
            "leden gezocht",
            "nieuwe leden",
            "nieuwe stemmen",
            "nieuwe zangers",
            "lid worden",
            "meedoen",
            "doe mee",
            "kom erbij",
            "aansluiten",
            "versterking",
            "meespelen",
            "meezingen",
            "meedansen",
            "mee spelen",
            "mee zingen",
            "vacature",
        ],
        "en": [
            "new members",
            "looking for members",
            "join",
            "become a member",
            "members wanted",
            "play along",
        ],
        "de": ["neue mitglieder", "mitglieder gesucht", "mitmachen", "mitglied werden"],
    },
    "bookable": {
        "nl": [
            "boeken",
            "boek ons",
            "inhuren",
            "huren",
            "te boeken",
            "voor een feest",
            "op je feest",
            "feest",
            "bruiloft",
            "optreden",
            "optredens",
        ],
        "en": ["book", "booking", "hire", "for a party", "party", "wedding", "perform"],
        "de": ["buchen", "mieten", "für eine feier", "feier", "hochzeit", "auftritt"],
    },
    "gives_lessons": {
        "nl": [
            "les",
            "lessen",
            "lesgeven",
            "cursus",
            "cursussen",
            "workshop",
            "workshops",
            "leren",
            "leer",
            "proefles",
        ],
        "en": ["lesson", "lessons", "class", "classes", "course", "courses", "workshop", "learn"],
        "de": ["unterricht", "kurs", "kurse", "workshop", "lernen", "stunde"],
    },
}
AGE_WORDS = {
    "children": {
        "nl": [
            "kinderen",
            "kind",
            "kids",
            "dochter",
            "zoon",
            "dochtertje",
            "zoontje",
            "kleuters",
            "basisschool",
        ],
        "en": ["children", "child", "kids", "daughter", "son"],
        "de": ["kinder", "kind", "tochter", "sohn"],
    },
    "youth": {
        "nl": ["jongeren", "jeugd", "tieners", "tiener", "pubers"],
        "en": ["youth", "young people", "teenagers", "teens"],
        "de": ["jugend", "jugendliche", "teenager"],
    },
    "adults": {
        "nl": ["volwassenen"],
        "en": ["adults"],
        "de": ["erwachsene"],
    },
    "seniors": {
        "nl": ["senioren", "ouderen", "plussers", "65plus", "55plus", "gepensioneerden"],
        "en": ["seniors", "elderly", "older people"],
        "de": ["senioren", "ältere"],
    },
}
AGE_NUMBERS = {"children": (1, 12), "youth": (13, 18), "adults": (19, 54), "seniors": (55, 110)}
# Parts a group may be looking for: the Dutch name first (stored and shown), then other words.
PARTS = {
    "tenor": "tenor tenoren tenors tenöre mannenstemmen mannenstem",
    "bas": "bas bassen bass basses mannenstemmen mannenstem",
    "bariton": "bariton baritons baritone",
    "sopraan": "sopraan sopranen soprano sopranos sopran vrouwenstemmen",
    "alt": "alt alten alto altos vrouwenstemmen",
    "zanger": "zanger zangers zangeres zangeressen vocalist singer singers sänger sängerin",
    "drummer": "drummer drummers slagwerker slagwerkers drums schlagzeuger",
    "gitarist": "gitarist gitaristen guitarist guitarists gitarrist",
    "bassist": "bassist bassisten basgitarist basgitaristen bassists",
    "toetsenist": "toetsenist toetsenisten keyboardist pianist pianisten toetsen",
    "blazer": "blazer blazers",
    "trompettist": "trompettist trompettisten trompet trumpeter trumpet trompeter",
    "saxofonist": "saxofonist saxofonisten saxofoon sax saxophonist",
    "trombonist": "trombonist trombonisten trombone posaune",
    "klarinettist": "klarinettist klarinettisten klarinet clarinet klarinette",
    "tubaist": "tubaist tuba tubaisten",
    "hoornist": "hoornist hoorn horn",
    "accordeonist": "accordeonist accordeonisten accordionist",
    "violist": "violist violisten viool violinist geiger",
    "dirigent": "dirigent dirigenten conductor",
    "danser": "danser dansers danseres dancer dancers tänzer",
    "acteur": "acteur acteurs actrice spelers actor actors schauspieler",
    "technicus": "technicus technici lichttechnicus geluidstechnicus technician techniker",
    "vrijwilliger": "vrijwilliger vrijwilligers volunteer volunteers freiwillige",
}
# The same thing in Dutch, English and German, for words that are no discipline of their own.
TRANSLATIONS = [
    ["fotograaf", "photographer", "fotograf"],
    ["schilder", "painter", "maler", "kunstschilder"],
    ["schilderen", "painting", "malen"],
    ["tekenen", "drawing", "zeichnen"],
    ["beeldhouwer", "sculptor", "bildhauer"],
    ["keramiek", "ceramics", "keramik", "pottenbakken", "pottery"],
    ["danser", "dancer", "tänzer"],
    ["dansschool", "dance school", "tanzschule"],
    ["muziekschool", "muziekstudio", "popschool", "muziekcentrum", "music school", "musikschule"],
    ["muziekles", "music lessons", "musikunterricht"],
    ["zangles", "singing lessons", "gesangsunterricht"],
    [
        "toneelgroep",
        "theatre group",
        "theatergruppe",
        "toneelvereniging",
        "theatergroep",
        "toneelclub",
    ],
    ["poppentheater", "puppet theatre", "puppentheater", "poppenspel", "puppetry"],
    ["harmonie", "wind band", "blasorchester"],
    ["schrijver", "writer", "schriftsteller", "auteur"],
    ["dichter", "poet"],
    ["koor", "choir", "chor"],
    ["orkest", "orchestra", "orchester"],
    ["streetdance", "street dance", "breakdance", "hiphop"],
]


def _split(words):
    """Entries of a word list: known phrases stay whole, the rest are single words."""
    entries, rest = [], f" {words} "
    for phrase in sorted(PHRASES, key=len, reverse=True):
        if f" {phrase} " in rest:
            entries.append(phrase)
            rest = rest.replace(f" {phrase} ", " ")
    return entries + rest.split()


def discipline_names():
    """{slug (Dutch): {language: name}} for every discipline."""
    # Plain rows, not model instances: this runs on every search page.
    rows = list(
        Discipline.objects.values_list("translation_key", "locale__language_code", "slug", "name")
    )
    dutch = {key: slug for key, language, slug, _n in rows if language == settings.LANGUAGE_CODE}
    names = {}
    for key, language, _slug, name in rows:
        slug = dutch.get(key)
        if slug:
            names.setdefault(slug, {})[language] = name
    return names


class MakerKind(SearchKind):
    key = "maker"
    label = _("Makers")
    order = 10
    model = Maker
    place_facet = "city"
    facets = [
        Facet("discipline", _("Discipline")),
        Facet("kind", _("Kind of maker")),
        Facet("offer", _("What they offer")),
        Facet("city", _("Town or city")),
    ]

    def documents(self, language, groups=None):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return
        names = discipline_names()
        keys = dict(
            Discipline.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list(
                "translation_key", "slug"
            )
        )
        makers = Maker.objects.visible_in(locale).prefetch_related(
            Prefetch("disciplines", queryset=Discipline.objects.only("translation_key")), "tags"
        )
        if groups is not None:
            makers = makers.filter(translation_key__in=groups)
        last = 0
        while True:
            chunk = list(makers.filter(pk__gt=last).order_by("pk")[:1000])
            if not chunk:
                return
            for maker in chunk:
                yield self.document(maker, names, keys)
            last = chunk[-1].pk

    def document(self, maker, names, keys):
        slugs = [
            keys[d.translation_key] for d in maker.disciplines.all() if d.translation_key in keys
        ]
        keywords = [name for slug in slugs for name in names.get(slug, {}).values()]
        keywords += [tag.name for tag in maker.tags.all()]
        keywords += [maker.city, maker.neighbourhood, maker.wanted_parts]
        facets = {
            "discipline": dict.fromkeys(slugs, 1.0),
            "kind": {maker.kind: 1.0},
            "offer": {flag: 1.0 for flag, _label in FLAGS if getattr(maker, flag)},
            "age": dict.fromkeys(maker.age_groups, 1.0),
            "part": {part_value(p): 1.0 for p in maker.wanted_parts_list},
        }
        if maker.city:
            facets["city"] = {maker.city: 1.0}
        return Document(
            group=str(maker.translation_key),
            object_id=maker.pk,
            title=maker.name,
            keywords=" ".join(k for k in keywords if k),
            text=maker_full_text(maker),
            facets={f: v for f, v in facets.items() if v},
        )

    def groups_for(self, instance):
        return [str(instance.translation_key)]

    def browse_url(self, locale):
        page = MakersIndexPage.objects.live().filter(locale=locale).first()
        return page.url if page else ""

    def hits(self, pks, locale, request, forms):
        from .views import profile_path

        index_page = MakersIndexPage.objects.live().filter(locale=locale).first()
        base = index_page.url if index_page else None  # worked out once, not per hit
        names = discipline_names()
        dutch = settings.LANGUAGE_CODE
        makers = (
            Maker.objects.filter(pk__in=pks, live=True)
            .select_related("locale")
            # Only what a hit shows: a maker row is wide, and search pages are hot.
            .only("name", "slug", "intro", "description", "city", "locale")
            .prefetch_related(Prefetch("disciplines", queryset=Discipline.objects.only("slug")))
        )
        hits = {}
        for maker in makers:
            hit = Hit(self.key, maker.pk, title=maker.name)
            hit.url = base + profile_path(index_page, maker) if base is not None else ""
            hit.snippet = highlight(maker.intro or plain(maker.description), forms)
            for d in maker.disciplines.all():
                by_language = names.get(d.slug, {})
                hit.meta.append(by_language.get(locale.language_code) or by_language.get(dutch, ""))
            if maker.city:
                hit.meta.append(maker.city)
            if maker.locale_id != locale.id:
                hit.fallback_language = maker.locale.get_display_name()
            hits[maker.pk] = hit
        return hits

    def facet_labels(self, facet, locale):
        if facet == "discipline":
            return {
                slug: names.get(locale.language_code) or names.get(settings.LANGUAGE_CODE)
                for slug, names in discipline_names().items()
            }
        if facet == "kind":
            return dict(Maker.KIND_CHOICES)
        if facet == "offer":
            return dict(FLAGS)
        return {}

    def facet_order(self, facet):
        if facet == "discipline":
            return [
                d.slug
                for d in Discipline.objects.filter(
                    locale__language_code=settings.LANGUAGE_CODE
                ).order_by("sort_order")
            ]
        if facet == "offer":
            return [flag for flag, _label in FLAGS]
        return None

    def concepts(self, language):
        concepts = []
        for slug, by_language in discipline_names().items():
            label = by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)
            words = {}
            for lang, text in DISCIPLINE_WORDS.get(slug, {}).items():
                words.setdefault(lang, []).extend(_split(text))
            # A discipline's name in any language is understood in every language.
            everywhere = [name.lower() for name in by_language.values()]
            concepts.append(
                Concept("discipline", slug, label, {**words, "*": everywhere}, 2.5, True)
            )
            genres = {lang: _split(text) for lang, text in GENRES.get(slug, {}).items()}
            if genres:
                concepts.append(Concept("discipline", slug, label, genres, 1.0, True))
        labels = dict(FLAGS)
        for flag, words in OFFER_WORDS.items():
            concepts.append(Concept("offer", flag, labels[flag], words, 1.5))
        ages = dict(AGE_GROUP_CHOICES)
        for age, words in AGE_WORDS.items():
            concepts.append(Concept("age", age, ages[age], words, 1.5, numbers=AGE_NUMBERS[age]))
        for part, words in PARTS.items():
            concepts.append(Concept("part", part, part, {"*": words.split()}, 1.5, True))
        return concepts

    def synonyms(self):
        return TRANSLATIONS

    def places(self):
        return (
            Maker.objects.live()
            .exclude(city="")
            .order_by()
            .values_list("city", flat=True)
            .distinct()
        )


def part_value(name):
    """The Dutch name of a wanted part: "tenors" and "Tenöre" are "tenor"."""
    folded = understanding.analysis.fold(name)
    for part, words in PARTS.items():
        if folded in {understanding.analysis.fold(w) for w in words.split()}:
            return part
    return folded


def maker_full_text(maker):
    """Intro and description; many makers start the description with the intro again."""
    description = plain(maker.description)
    if maker.intro and maker.intro.strip() in description:
        return description
    return " ".join(part for part in (maker.intro, description) if part)


def maker_changed(sender, instance, **kwargs):
    index.changed(MakerKind.key, [instance.translation_key])


def disciplines_changed(**kwargs):
    understanding.concepts_changed()


def connect():
    register(MakerKind())
    for signal in (published, unpublished):
        signal.connect(maker_changed, sender=Maker, dispatch_uid=f"search-maker-{signal}")
    post_delete.connect(maker_changed, sender=Maker, dispatch_uid="search-maker-deleted")
    post_save.connect(disciplines_changed, sender=Discipline, dispatch_uid="search-disciplines")
    post_delete.connect(disciplines_changed, sender=Discipline, dispatch_uid="search-disc-del")
