"""Keep the search documents right when pages change (makers and other kinds connect their own
signals in their app's search.py).

Each change rebuilds the page's documents in the transaction of the change (search/index.py),
so a rolled-back change never reaches the index, and records it for Elasticsearch.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from . import index, understanding
from .models import Region, SearchSynonym


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    index.page_changed(instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        index.page_removed(instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    """A password or log-in restriction hides a page and all below it from the search."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for each in page.get_descendants(inclusive=True).live().specific():
        index.page_changed(each)


@receiver(post_save, sender=Region)
@receiver(post_delete, sender=Region)
@receiver(post_save, sender=SearchSynonym)
@receiver(post_delete, sender=SearchSynonym)
def words_changed(sender, **kwargs):
    """Regions and synonyms change what queries mean: read them anew."""
    understanding.concepts_changed()
