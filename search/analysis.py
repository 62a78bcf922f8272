"""Words as every engine sees them: split, folded, stop words out, stemmed, compounds split.

One analyser for the index and the query side, per language, so "koren" finds "koor",
"Chöre" finds "Chor" and "orkest" finds "harmonieorkest" on SQLite, PostgreSQL and
Elasticsearch alike (Elasticsearch indexes these analysed words too, see documents.py).
Stemming is the Snowball algorithm through PyStemmer: the C implementation of the stemmers
that Lucene and PostgreSQL also use, fast enough to analyse a query in microseconds.
"""

import functools
import re
import unicodedata

import Stemmer

STEMMERS = {"nl": "dutch", "en": "english", "de": "german"}
MAX_WORDS = 12

# Words that carry no topic. Small on purpose: a word here can never be searched for.
STOPWORDS = {
    "nl": set(
        "de het een en of in op te van voor met aan bij uit door om over naar tot als dan dat die "
        "dit deze er is zijn was ben bent wij we ik je jij u ze zij hij mijn onze ons jouw uw hun "
        "wat wie waar hoe welke ook nog al wel niet geen maar want heel erg iets iemand veel "
        "kan kunnen wil willen mag graag zoek zoeken gezocht zou moet hebben heeft heb mee".split()
    ),
    "en": set(
        "the a an and or in on at to of for with by from about into as than that this these those "
        "is are was be been i we you he she they it my our your their what who where how which "
        "also not no but very some can could would want wants looking look find need near me".split()
    ),
    "de": set(
        "der die das ein eine einen einem einer und oder in im am an auf zu zum zur von vom für "
        "mit bei aus nach über als dass dies diese ist sind war sein ich wir du sie er es mein "
        "unser dein ihr was wer wo wie welche auch nicht kein keine aber sehr kann können will "
        "möchte suche suchen gesucht mich".split()
    ),
}

# Parts of compound words in this field, so "koor" finds "Jeugdkoor" and "Chor" finds
# "Kinderchor". Not "band", "beeld", "pop" or "straat": they hide in common words (verband,
# voorbeeld, populair, Dorpstraat) and would make every such text match.
COMPOUND_PARTS = {
    "nl": (
        "atelier ballet blaas club cursus dans ensemble fanfare film foto fotograaf gitaar gospel groep "
        "harmonie jazz jeugd kamer kinder koor kunst les mannen muziek musical orkest piano "
        "poëzie poppen repetitie rock ruimte schilder schrijf school senioren studio theater "
        "toneel vereniging verhalen vrijwilliger vrouwen workshop zang"
    ).split(),
    "de": (
        "atelier ballett chor club ensemble film foto frauen gesang gitarre gruppe jugend "
        "kammer kinder kunst kurs männer musik musical orchester probe puppen raum schreib "
        "schule senioren studio tanz theater unterricht verein workshop"
    ).split(),
}
MIN_COMPOUND = 7  # only longer words are split: "koren" holds "kor", but is no compound
# Parts that are only split off at the end of a word, after a real first part: "popband",
# "funkband", "hiphopcrew", but not "verband".
END_PARTS = {"nl": ("band", "crew"), "de": ("band",), "en": ()}
NOT_A_FIRST_PART = {"ver", "aan", "ont", "her", "mee", "be", "ge", "om", "door", "over"}


@functools.lru_cache(maxsize=200_000)
def fold(text):
    """Lower case without accents: "Über" and "uber" compare equal."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text, limit=None):
    """The words of a text: letters and digits; quotes, apostrophes and operators go.

    No engine gets search syntax from a visitor: SQLite FTS5 fails on an unbalanced quote and
    Elasticsearch's query_string on a lone apostrophe.
    """
    text = re.sub(r"['’]s\b", "s", text or "")  # foto's → fotos
    tokens = [t for t in re.split(r"[^\w]+|_", text) if len(t) > 1 or t.isdigit()]
    return tokens[:limit] if limit else tokens


@functools.cache
def _stemmer(language):
    return Stemmer.Stemmer(STEMMERS.get(language, "dutch"))


@functools.lru_cache(maxsize=50_000)
def stem(word, language):
    """The Snowball stem of one word, accent-free."""
    return fold(_stemmer(language).stemWord(word.lower()))


def is_stopword(word, language):
    return word.lower() in STOPWORDS.get(language, ()) or fold(word) in STOPWORDS.get(language, ())


@functools.lru_cache(maxsize=20_000)
def compound_parts(word, language):
    """The known parts inside a long compound word, folded: harmonieorkest → harmonie, orkest."""
    folded = fold(word)
    if len(folded) < MIN_COMPOUND:
        return ()
    found = []
    for part in _parts(language):
        if part != folded and part in folded:
            found.append(part)
    for part in END_PARTS.get(language, ()):
        head = folded[: -len(part)]
        if folded.endswith(part) and len(head) >= 3 and head not in NOT_A_FIRST_PART:
            found.append(part)
    return tuple(found)


@functools.cache
def _parts(language):
    return tuple(sorted({fold(p) for p in COMPOUND_PARTS.get(language, ())}, key=len, reverse=True))


def index_terms(text, language):
    """The analysed words of a text for the index, in order: each word's stem, then the stems of
    its compound parts. Stop words stay out."""
    terms = []
    for word in words(text):
        if is_stopword(word, language):
            continue
        terms.append(stem(word, language))
        terms.extend(stem(part, language) for part in compound_parts(word, language))
    return terms


def index_string(text, language):
    return " ".join(index_terms(text, language))


def facet_token(facet, value):
    """A facet value as one full-text token that no real word equals: ("city", "Heerlen") →
    "zzcityzzheerlen". Letters only, so every tokenizer keeps it whole."""
    return (
        "zz" + re.sub(r"[^a-z0-9]", "", fold(facet)) + "zz" + re.sub(r"[^a-z0-9]", "", fold(value))
    )


# A value the owner filled in has this weight (what only the text suggests has less).
CHOSEN = 1.0


def chosen_token(facet, value):
    """The token of a value the owner chose, which a filter requires: ("city", "Heerlen") →
    "zxcityzxheerlen". Filters match only these; understood words also match inferred values."""
    return "zx" + facet_token(facet, value)[2:].replace("zz", "zx", 1)


class Term:
    """One word a visitor typed, with every analysed form that counts as a match.

    `alternatives` is a list of alternatives, each a tuple of index terms that must all match
    (a compound typed as one word may also be found as its parts: "jeugdkoor" or "jeugd koor").
    """

    def __init__(self, word, language, synonyms=()):
        self.word = word
        self.language = language
        self.folded = fold(word)
        alternatives = [(stem(word, language),)]
        parts = compound_parts(word, language)
        if len(parts) >= 2:
            alternatives.append(tuple(stem(p, language) for p in parts[:3]))
        for synonym in synonyms:
            synonym_terms = tuple(index_terms(synonym, language))
            if synonym_terms:
                alternatives.append(synonym_terms)
        self.alternatives = list(dict.fromkeys(alternatives))

    @property
    def fuzzy_ok(self):
        """Typos are forgiven only on real words of five letters or more (not numbers)."""
        return len(self.folded) >= 5 and not self.folded.isdigit()

    def __repr__(self):
        return f"Term({self.word!r}, {self.alternatives})"


def synonyms_for(word, groups, language="nl"):
    """The other words of every group the word is in (by its stem: "fotografen" is in the
    group of "fotograaf")."""
    folded, stemmed = fold(word), stem(word, language)
    found = []
    for group in groups:
        if any(fold(item) == folded or stem(item, language) == stemmed for item in group):
            found += [item for item in group if fold(item) != folded]
    return found


def query_terms(words_typed, language, groups=()):
    """`Term`s for the words of a query that can be searched (stop words out)."""
    terms = []
    for word in words_typed[:MAX_WORDS]:
        if is_stopword(word, language):
            continue
        terms.append(Term(word, language, synonyms_for(word, groups, language)))
    return terms
