"""Keep the site search's Elasticsearch indexes right when makers and pages change.

Wagtail's own signal handlers keep its search backends right; these keep our per-language
indexes (documents.py) right. Only live versions are indexed: a saved draft sends none of these
signals. Elasticsearch being down must never stop an editor from publishing, so errors are
logged; `manage.py search_index` repairs the index afterwards.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, published, unpublished

from artists.models import Maker

logger = logging.getLogger(__name__)


def enabled():
    from .engine import elasticsearch_enabled

    return elasticsearch_enabled()


def safely(action, *args):
    """Run after the transaction commits, so the index never shows a rolled-back change."""
    from . import documents

    def run():
        try:
            action(*args)
        except documents.SEARCH_ERRORS:
            logger.warning("Could not update the site search index", exc_info=True)

    transaction.on_commit(run)


@receiver(published, sender=Maker)
@receiver(unpublished, sender=Maker)
def maker_changed(sender, instance, **kwargs):
    if enabled():
        from .documents import update_maker

        safely(update_maker, instance.translation_key)


@receiver(post_delete, sender=Maker)
def maker_deleted(sender, instance, **kwargs):
    if enabled():
        from .documents import update_maker

        safely(update_maker, instance.translation_key)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if enabled():
        from .documents import update_page

        safely(update_page, instance)


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and enabled():
        from .documents import remove_page

        safely(remove_page, instance.pk, None)
