"""Keep the site search's Elasticsearch indexes right when makers and pages change.

Wagtail's own signal handlers keep its search backends right; these keep our per-language
indexes (documents.py) right. Each change is recorded in the durable queue (queue.py) in the
transaction of the change, so a rolled-back change never reaches the index and one made while
Elasticsearch is down is applied when it is back. Only live, public versions are indexed: the
queue reads the state at the time it applies.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, published, unpublished

from artists.models import Maker

from .models import IndexUpdate
from .queue import record


def enabled():
    from .engine import elasticsearch_enabled

    return elasticsearch_enabled()


@receiver(published, sender=Maker)
@receiver(unpublished, sender=Maker)
@receiver(post_delete, sender=Maker)
def maker_changed(sender, instance, **kwargs):
    if enabled():
        record(IndexUpdate.SITE, "maker", instance.translation_key)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if enabled():
        record(IndexUpdate.SITE, "page", instance.pk)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and enabled():
        record(IndexUpdate.SITE, "page-removed", instance.pk)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    """A password or log-in restriction hides a page and all below it from the site search."""
    if not enabled():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    for pk in page.get_descendants(inclusive=True).live().values_list("pk", flat=True):
        record(IndexUpdate.SITE, "page", pk)
