"""What readers tell us without telling us who they are: view counts and feedback."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ArticleDailyViews(models.Model):
    """How often an article was read on one day. Only a number: no IP address, no cookie."""

    page = models.ForeignKey(
        "kennisbank.KennisbankArticlePage", on_delete=models.CASCADE, related_name="daily_views"
    )
    date = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("article views per day")
        verbose_name_plural = _("article views per day")
        constraints = [
            models.UniqueConstraint(fields=["page", "date"], name="kennisbank_views_one_row_a_day")
        ]

    def __str__(self):
        return f"{self.page_id} {self.date}: {self.views}"

    @classmethod
    def count_view(cls, page):
        """One UPDATE for every view but the first of the day."""
        today = timezone.localdate()
        if cls.objects.filter(page_id=page.pk, date=today).update(views=F("views") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page_id=page.pk, date=today, views=1)
        except IntegrityError:
            # Another request created today's row a moment ago.
            cls.objects.filter(page_id=page.pk, date=today).update(views=F("views") + 1)


class HelpfulFeedback(models.Model):
    """An answer to "Was this helpful?". Only the page, the answer, a comment and the date."""

    page = models.ForeignKey(
        "kennisbank.KennisbankArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    # A date, not a time: less that could tie an answer to a person.
    created_on = models.DateField(_("date"), default=timezone.localdate)

    class Meta:
        verbose_name = _("feedback on an article")
        verbose_name_plural = _("feedback on articles")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return f"{self.page.title}: {self.helpful}"
