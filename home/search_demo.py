"""Demo search page in every language, a few synonyms, one promoted result and the regions.

Loaded last by load_demo (it also builds the search documents of everything before it).

Running it twice changes nothing.
"""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import SearchPage, SearchSynonym

from .demo import LANGUAGES, SOURCE_LANGUAGE, ensure_locales, ensure_translation, publish
from .models import HomePage

PAGES = {
    "nl": {
        "title": "Zoeken",
        "slug": "zoeken",
        "intro": "Zoek makers, artikelen uit de kennisbank en andere pagina's op deze site.",
        "search_description": "Zoek op de hele site: makers, de kennisbank en meer.",
    },
    "en": {
        "title": "Search",
        "slug": "search",
        "intro": "Search makers, kennisbank articles and other pages on this site.",
        "search_description": "Search the whole site: makers, the knowledge base and more.",
    },
    "de": {
        "title": "Suche",
        "slug": "suche",
        "intro": "Suche Kreative, Artikel aus der Wissensbank und andere Seiten auf dieser Website.",
        "search_description": "Durchsuche die ganze Website: Kreative, Wissensbank und mehr.",
    },
}

# Words visitors use for the same thing. Editors add more in the admin (Snippets).
SYNONYMS = [
    "toneel, theater",
    "band, groep",
    "zangkoor, koor",
    "dansgroep, dans",
    "vog, verklaring omtrent het gedrag",
    "subsidie, geld",
    "theatre, theater",
    "choir, koor",
]

# A promoted result editors could have set: "oefenruimte" points at the rehearsal room page.
PROMOTION = ("oefenruimte", "repetitieruimte")


def ensure_search_pages(locales, stdout):
    home = HomePage.objects.get(locale=locales[SOURCE_LANGUAGE])
    source = SearchPage.objects.filter(locale=locales[SOURCE_LANGUAGE]).first()
    if source is None:
        source = SearchPage(locale=locales[SOURCE_LANGUAGE], **PAGES[SOURCE_LANGUAGE])
        home.add_child(instance=source)
        publish(source)
        stdout.write(f"  page {source.url_path}")
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE:
            ensure_translation(source, locales[code], PAGES[code], {})


def ensure_synonyms():
    for terms in SYNONYMS:
        if not SearchSynonym.objects.filter(terms=terms).exists():
            SearchSynonym.objects.create(terms=terms)


def ensure_promotion():
    from wagtail.models import Page

    query_string, slug = PROMOTION
    page = Page.objects.filter(slug=slug, locale__language_code=SOURCE_LANGUAGE).first()
    if page is None:
        return
    query = Query.get(query_string)
    if not query.editors_picks.filter(page=page).exists():
        SearchPromotion.objects.create(
            query=query,
            page=page,
            sort_order=0,
        )


def load_regions():
    """The regions the demo site knows (search/data/regions.csv), as editors could enter them."""
    from search.regions import load_csv

    load_csv()


def load(stdout):
    locales = ensure_locales()
    ensure_search_pages(locales, stdout)
    ensure_synonyms()
    ensure_promotion()
    rebuild_index(stdout)


def rebuild_index(stdout):
    """Build the search documents, and fill Elasticsearch when that engine is switched on."""
    from search import documents, index
    from search.index import elasticsearch_enabled

    load_regions()
    index.rebuild(log=lambda line: stdout.write(f"  {line}"))
    if not elasticsearch_enabled():
        return
    try:
        documents.rebuild(log=lambda line: stdout.write(f"  {line}"))
    except documents.SEARCH_ERRORS as error:
        stdout.write(
            f"  Elasticsearch is not reachable; run manage.py search_index later ({error})"
        )
