"""Thresholds per language, with documented defaults; override them in settings.PLAINLANGUAGE.

    PLAINLANGUAGE = {"nl": {"max_sentence_words": 18}, "extra_allowed_words": {"nl": ["..."]}}

Only the keys you give are replaced; the rest keep the defaults below.
"""

from django.conf import settings

# The score weights were fitted on the training half of the Dutch evaluation set
# (plainlanguage/evaluation/, `python -m plainlanguage.evaluate --fit`) and are reused for
# English and German with per-language pass scores. A positive weight makes a text harder.
DUTCH_WEIGHTS = {
    "bias": -4.3754,
    "words_per_sentence": 0.1233,
    "long_sentence_share": 3.4071,
    "rare_word_share": 19.4993,
    "long_word_share": 17.6988,
    "passives_per_sentence": 0.5122,
    "jargon_per_100_words": 0.6305,
    "nominalisations_per_100_words": 0.2193,
}

DEFAULTS = {
    "nl": {
        # Rijksoverheid's B1 advice: sentences of at most 15-20 words.
        "max_sentence_words": 20,
        # Zipf 3.0 = about once per million words; rarer words are flagged.
        "rare_word_zipf": 3.0,
        # Words of 5 syllables or more ("subsidieverstrekking") are flagged, unless they are
        # everyday words (Zipf 4.5 or more: "informatie", "organiseren").
        "long_word_syllables": 5,
        "common_word_zipf": 4.5,
        # A sentence with this many nouns made from verbs is flagged.
        "max_nominalisations": 2,
        # The score (0-100) a text needs to count as B1.
        "pass_score": 50,
        "weights": DUTCH_WEIGHTS,
    },
    "en": {
        "max_sentence_words": 20,
        "rare_word_zipf": 3.0,
        "long_word_syllables": 4,
        "common_word_zipf": 4.5,
        "max_nominalisations": 2,
        "pass_score": 50,
        "weights": DUTCH_WEIGHTS,
    },
    "de": {
        "max_sentence_words": 18,
        "rare_word_zipf": 3.0,
        "long_word_syllables": 5,
        "common_word_zipf": 4.5,
        "max_nominalisations": 2,
        "pass_score": 50,
        "weights": DUTCH_WEIGHTS,
    },
}


def _overrides():
    return getattr(settings, "PLAINLANGUAGE", {}) if settings.configured else {}


def thresholds(language):
    values = dict(DEFAULTS[language])
    values.update(_overrides().get(language, {}))
    return values


def extra_words(kind, language):
    """Words added in settings: kind is "extra_allowed_words" or "extra_jargon"."""
    return list(_overrides().get(kind, {}).get(language, []))
