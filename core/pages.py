"""The page base every public page type shares (in core, so any app may build on it)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class BasePage(Page):
    """What every public page shares: a social image and structured data for search engines."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when someone shares this page. Best size: 1200 × 630 pixels."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_json_ld(self, request=None):
        """schema.org data for this page; subclasses add to it."""
        data = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.seo_title or self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
        }
        if self.search_description:
            data["description"] = self.search_description
        return [data, *self.faq_json_ld()]

    def faq_json_ld(self):
        """A FAQPage entry when the body holds questions and answers."""
        body = getattr(self, "body", None)
        if not body:
            return []
        questions = [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {"@type": "Answer", "text": item["answer"].source},
            }
            for block in body
            if block.block_type == "faq"
            for item in block.value
        ]
        if not questions:
            return []
        return [{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": questions}]
