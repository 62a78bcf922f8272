"""The same relevance set on both engines: realistic queries over the demo data and what a
visitor expects near the top. Each engine must pass a minimum share; the share is printed so
it can be compared (run with -s to see it).

A query passes when one of the expected titles is among the first TOP results of the search
page ("everything", no filters), the way a visitor sees it.
"""

import re

import pytest
from django.core.cache import cache

from tests.test_search_elasticsearch import es_search  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

TOP = 3
CHOIRS = {
    "Gemengd Koor Cantabile",
    "Mannenkoor De Mijnwerkers",
    "Popkoor Vocalicious",
    "Jeugdkoor Stemkracht",
    "Shantykoor Ankerplaats",
    "Kamerkoor Hemelsbreed",
    "Gospelkoor Joyful Noise",
    "Seniorenkoor Zilverstem",
    "Kinderkoor Kwetternest",
}
THEATRE = {
    "Toneelvereniging Het Doek",
    "Jeugdtheater Spotlicht",
    "Theatergroep Kruimels",
    "Openluchtspel Rotsblok",
    "Poppentheater Draadje",
    "Theaterwerkplaats Open Deur",
    "Musicalgroep Encore",
}

# (language, what a visitor types, titles that count as a good answer, what it tests)
QUERIES = [
    ("nl", "koor", CHOIRS, "one word"),
    ("nl", "koren", CHOIRS, "Dutch plural"),
    ("nl", "zangkoor", CHOIRS, "synonym"),
    ("nl", "toneel", THEATRE, "word in tags"),
    ("nl", "toneelvereneging", {"Toneelvereniging Het Doek"}, "typo"),
    ("nl", "jazz", {"Jazzcollectief Blauwe Noot", "Big Band Zuid"}, "tag"),
    ("nl", "jaz band", {"Big Band Zuid", "Jazzcollectief Blauwe Noot"}, "typo, two words"),
    ("nl", "fanfare", {"Fanfare Sint-Caecilia"}, "name"),
    ("nl", "harmonie sittard", {"Harmonie Eendracht"}, "name and town"),
    ("nl", "breakdance kerkrade", {"Streetdance Crew Asfalt"}, "tag and town"),
    ("nl", "balet", {"Balletschool Pirouette"}, "typo"),
    (
        "nl",
        "dansers",
        {
            "Dansgroep Vrije Val",
            "Sanne Dewitte",
            "Volksdansgroep De Hoepel",
            "Streetdance Crew Asfalt",
            "Salsa Sittard",
        },
        "plural of agent noun",
    ),
    ("nl", "poppentheater", {"Poppentheater Draadje"}, "compound name"),
    ("nl", "orkest", {"Harmonie Eendracht"}, "only inside compounds (harmonieorkest)"),
    ("nl", "kunst", {"Kunstkring Palet", "Textielkunst Draad"}, "start and end of compounds"),
    (
        "nl",
        "jeugd",
        {"Jeugdkoor Stemkracht", "Jeugdtheater Spotlicht", "Jeugdfilmlab Frame", "Circus Kaboem"},
        "start of compounds",
    ),
    ("nl", "fotoclub", {"Fotoclub Sluitertijd"}, "name"),
    ("nl", "portret fotografie", {"Noor Habets", "Fotoclub Sluitertijd"}, "two tags"),
    ("nl", "subsidie aanvragen", {"Subsidie aanvragen voor je groep"}, "article title"),
    ("nl", "begroting", {"Een begroting maken"}, "article"),
    (
        "nl",
        "vrijwilligers",
        {"Vrijwilligers vinden en houden", "De vrijwilligersvergoeding: zo werkt het"},
        "plural",
    ),
    ("nl", "vrijwilligersvergoeding", {"De vrijwilligersvergoeding: zo werkt het"}, "compound"),
    ("nl", "vog", {"Een VOG voor vrijwilligers die met kinderen werken"}, "abbreviation"),
    ("nl", "vereniging of stichting", {"Vereniging of stichting?"}, "question"),
    ("nl", "avg", {"Ledenadministratie en de AVG"}, "abbreviation"),
    ("nl", "buma", {"Muziek in het openbaar: Buma/Stemra en Sena"}, "brand"),
    ("nl", "bladmuziek kopieren", {"Bladmuziek kopiëren en arrangeren"}, "accent left out"),
    ("nl", "verzekering", {"Welke verzekeringen heeft je groep nodig?"}, "singular for plural"),
    (
        "nl",
        "aansprakelijk bestuur",
        {"Bestuurder zijn: wanneer ben je aansprakelijk?"},
        "two words",
    ),
    (
        "nl",
        "repetitieruimte huren",
        {"Repetitieruimte huren", "Een repetitieruimte vinden"},
        "page title",
    ),
    ("nl", "geluid buren", {"Geluid en de buren"}, "two words"),
    ("nl", "workshops", {"Cursussen en workshops"}, "page"),
    ("nl", "toegankelijkheid", {"Toegankelijkheid"}, "page"),
    ("nl", "leden werven", {"Nieuwe leden werven"}, "two words"),
    ("en", "choir", CHOIRS, "English for a Dutch word"),
    ("en", "theatre", THEATRE, "British spelling"),
    (
        "en",
        "volunteer",
        {"Finding and keeping volunteers", "The volunteer allowance: how it works"},
        "English singular",
    ),
    (
        "en",
        "rehearsal room",
        {"Rent a rehearsal room", "Finding a rehearsal space"},
        "English page",
    ),
    ("en", "grants", {"Applying for a grant for your group"}, "English plural"),
    ("en", "insurance", {"What insurance does your group need?"}, "English article"),
    ("en", "street dance", {"Streetdance Crew Asfalt"}, "split compound"),
    ("de", "Chor", CHOIRS, "German"),
    ("de", "Proberaum", {"Proberaum mieten", "Einen Proberaum finden"}, "German compound"),
    ("de", "Ehrenamtliche", {"Ehrenamtliche finden und halten"}, "German article"),
    ("de", "Versicherung", {"Welche Versicherungen braucht eure Gruppe?"}, "German singular"),
]
SEARCH_URLS = {"nl": "/nl/zoeken/", "en": "/en/search/", "de": "/de/suche/"}


def top_titles(client, language, query):
    response = client.get(SEARCH_URLS[language], {"q": query})
    assert response.status_code == 200
    body = response.content.decode()
    # Only the ranked results, not promoted ones.
    results = body.split('class="search-hits"')[-1]
    return re.findall(r'search-hit__title"><a href="[^"]*">([^<]+)', results)[:TOP]


def evaluate(client, engine):
    cache.clear()
    failures = []
    first = 0
    for language, query, expected, why in QUERIES:
        found = top_titles(client, language, query)
        first += bool(found and found[0] in expected)
        if not set(found) & expected:
            failures.append(f"  {language} {query!r} ({why}): got {found}")
    share = 1 - len(failures) / len(QUERIES)
    print(
        f"\nRelevance on {engine}: {len(QUERIES) - len(failures)}/{len(QUERIES)} = {share:.0%} "
        f"in the top {TOP}; {first}/{len(QUERIES)} = {first / len(QUERIES):.0%} first"
    )
    print("\n".join(failures))
    return share, failures


def test_the_set_is_big_enough():
    assert len(QUERIES) >= 30


def test_relevance_on_the_database_backend(client):
    share, failures = evaluate(client, "database")
    assert share >= 0.7, "\n".join(failures)


@pytest.mark.elasticsearch
def test_relevance_on_elasticsearch(es_search, client):  # noqa: F811
    share, failures = evaluate(client, "elasticsearch")
    assert share >= 0.8, "\n".join(failures)
