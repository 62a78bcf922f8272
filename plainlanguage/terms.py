"""Words editors add in the admin (Plain language → Word list), next to the files in wordlists/."""

from django.core.cache import cache
from django.db import DatabaseError

from .analysis import analyse

CACHE_KEY = "plainlanguage:terms:{language}"


def editor_terms(language):
    """(jargon entries, allowed words) that editors added for a language; cached until changed."""
    key = CACHE_KEY.format(language=language)
    terms = cache.get(key)
    if terms is None:
        from .models import PlainLanguageTerm  # models import this module

        rows = PlainLanguageTerm.objects.filter(language=language).values_list(
            "kind", "term", "alternative"
        )
        jargon = tuple(
            f"{term} | {alternative}" for kind, term, alternative in rows if kind == "jargon"
        )
        allowed = tuple(term for kind, term, _alternative in rows if kind == "allowed")
        terms = (jargon, allowed)
        cache.set(key, terms, None)
    return terms


def forget_terms(language):
    cache.delete(CACHE_KEY.format(language=language))


def analyse_with_editor_terms(text, language):
    """analyse() with the admin-managed word list of that language."""
    language = (language or "nl").split("-")[0].lower()
    try:
        jargon, allowed = editor_terms(language) if language in ("nl", "en", "de") else ((), ())
    except DatabaseError:
        # b1check also works before the database is migrated: then only the files count.
        jargon, allowed = (), ()
    return analyse(text, language, extra_jargon=jargon, extra_allowed=allowed)
