"""What a visitor typed, turned into words both engines understand.

Both engines get the same help here, so results do not depend on the engine more than needed:
synonyms that editors manage (toneel = theater), and on the database backend a few plain word
forms (koren → koor, dansers → dans): SQLite has no Dutch stemming at all, and PostgreSQL's
Dutch stemmer leaves koor and koren apart (search/backends.py gives it a stemmer per language).
"""

import re
import unicodedata

from wagtail.search.query import And, Or, PlainText

MAX_WORDS = 8
# Dutch and German plural and agent endings, longest first. Crude on purpose: it only adds
# extra words to look for, so a wrong form costs a little precision, never a missed match.
SUFFIXES = ["ers", "er", "en", "es", "e", "s", "n"]
VOWELS = "aeiou"


def words(query):
    """Letters, digits, dashes and apostrophes inside words; quotes and operators go.

    SQLite FTS5 fails on an unbalanced quote and Elasticsearch's query_string on a lone
    apostrophe; visitors type words, not search syntax.
    """
    cleaned = re.sub(r"[^\w\s'’-]", " ", query or "")
    tokens = []
    for token in cleaned.split():
        token = token.strip("'’-")
        # Single letters match everything (and SQLite's backend drops them, with an error
        # when nothing is left); nobody searches for one letter on purpose.
        if len(token) > 1 or token.isdigit():
            tokens.append(token)
    return tokens[:MAX_WORDS]


def fold(text):
    """Lower case without accents: "Über" and "uber" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_forms(word):
    """The word and its likely base forms: koren → koor, dansers → dans, foto's → foto."""
    word = fold(word).replace("’", "'")
    forms = [word]
    if "'" in word:
        forms.append(word.split("'")[0])
    base = word.replace("'", "")
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            stem = base[: -len(suffix)]
            forms.append(stem)
            # Dutch open syllables: kor(en) → koor, bomen → boom, straten → straat.
            if (
                len(stem) >= 3
                and stem[-1] not in VOWELS
                and stem[-2] in VOWELS
                and stem[-3] not in VOWELS
            ):
                forms.append(stem[:-1] + stem[-2] + stem[-1])
            # Doubled consonant: bands are fine, but "bellen" → "bel".
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                forms.append(stem[:-1])
    return list(dict.fromkeys(form for form in forms if len(form) >= 2))


def synonyms_for(word, groups):
    folded = fold(word)
    found = []
    for group in groups:
        if folded in (fold(item) for item in group):
            found += [item for item in group if fold(item) != folded]
    return found


def expand(query, groups, stems=True):
    """Per typed word, every form worth finding: the word, synonyms, and (optionally) stems."""
    expanded = []
    for word in words(query):
        options = word_forms(word) if stems else [fold(word)]
        for synonym in synonyms_for(word, groups):
            options += word_forms(synonym) if stems else [fold(synonym)]
        if options:  # a lone digit has no form worth searching for
            expanded.append(list(dict.fromkeys(options)))
    return expanded


def wagtail_query(expanded):
    """A Wagtail query object: every typed word must match in at least one of its forms."""
    parts = []
    for options in expanded:
        terms = [PlainText(option) for option in options]
        parts.append(terms[0] if len(terms) == 1 else Or(terms))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def any_word_query(expanded):
    """A looser query: any form of any word. Used when the strict one finds nothing."""
    terms = [PlainText(option) for options in expanded for option in options]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else Or(terms)
