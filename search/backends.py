"""Wagtail's database search backend, with a PostgreSQL text configuration per language.

modelsearch's PostgreSQL backend takes one SEARCH_CONFIG for every object (wagtail#9253), so a
Dutch page, an English page and a German page would all be stemmed the same way. Here each
object is indexed with the configuration of its own locale (dutch, english, german), and a
query matches in the visitor's language, in Dutch (the source language, so untranslated makers
are still found on /en/ and /de/), and in the backend's default configuration, which is what
objects without a locale (images, documents, users) are indexed with.

On SQLite and other databases this is modelsearch's own backend, unchanged.
"""

import copy
import functools

from django.conf import settings
from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as default_search_backend

CONFIGS = {"nl": "dutch", "en": "english", "de": "german"}


def config_for(language_code, default=None):
    return CONFIGS.get((language_code or "").split("-")[0], default)


def SearchBackend(params):  # noqa: N802 (Wagtail imports backends by this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return default_search_backend(params)


@functools.cache
def _postgres_backend_class():
    # Imported late: the PostgreSQL module refuses to load its index model on other databases.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class OneLanguageIndex(PostgresIndex):
        def _refresh_title_norms(self, full=False):
            pass  # once for the whole batch, by LanguageIndex

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index each language group with that language's configuration."""
            from wagtail.models import Locale

            # By locale id: reading obj.locale would cost a query per object.
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            groups = {}
            for obj in objs:
                language = languages.get(getattr(obj, "locale_id", None))
                groups.setdefault(config_for(language, self.backend.config), []).append(obj)
            for config, group in groups.items():
                OneLanguageIndex(self.backend.with_config(config)).add_items(model, group)
            self._refresh_title_norms()

    class LanguageQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            """Every configuration the wanted objects may have been indexed with."""
            active = config_for(translation.get_language(), backend.config)
            source = config_for(settings.LANGUAGE_CODE, backend.config)
            return tuple(dict.fromkeys([active, source, backend.config]))

        def build_tsquery(self, query, config=None):
            if not isinstance(config, tuple):
                return super().build_tsquery(query, config=config)
            combined = None
            for one in config:
                part = self.build_tsquery_content(query, config=one)
                if part is None:
                    continue
                combined = part if combined is None else combined | part
            return combined

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = LanguageQueryCompiler
        index_class = LanguageIndex

        def with_config(self, config):
            """This backend, indexing with another text configuration."""
            other = copy.copy(self)
            other.config = config
            return other

    return LanguagePostgresSearchBackend
