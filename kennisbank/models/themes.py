"""Themes: the editor-managed, translatable taxonomy of the kennisbank."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class KennisbankTheme(TranslatableMixin, index.Indexed, models.Model):
    """A theme such as "Geld en subsidie". Editors keep the list; each language has its own name."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("The last part of the theme's web address, for example geld-en-subsidie."),
    )
    description = models.TextField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("One sentence that says what readers find in this theme."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Themes with a lower number are shown first.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        # One slug for every language keeps theme addresses stable when a name is retranslated.
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kennisbank theme")
        verbose_name_plural = _("kennisbank themes")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="kennisbank_theme_unique_slug")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


def themes_by_key(locale):
    """The themes of one language, keyed by translation key, in their display order."""
    return {theme.translation_key: theme for theme in KennisbankTheme.objects.filter(locale=locale)}


def localize_themes(articles, theme_map):
    """Give each article `display_themes` in the visitor's language.

    An article can point at the Dutch theme (a fresh translation copies it) or at the
    translated one; matching on translation_key shows the right name either way, without
    a query per theme. Needs `themes` prefetched.
    """
    for article in articles:
        seen = {}
        for theme in article.themes.all():
            seen.setdefault(theme.translation_key, theme_map.get(theme.translation_key, theme))
        article.display_themes = sorted(seen.values(), key=lambda t: (t.sort_order, t.name))
    return articles
