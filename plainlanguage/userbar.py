"""The "Readability" check in Wagtail's checks side panel and userbar.

Wagtail runs axe-core over the preview; its documented extension point is a ContentCheckerItem
with extra axe rules and checks, whose JavaScript `evaluate` functions are registered in the
preview with `window.wagtail.userbar.registerCheck()`. We add one summary rule and a fixed number
of issue "slots": static/plainlanguage/checks.js sends the preview's main text to our endpoint
and makes slot N fail on the element that holds issue N's sentence. The editor page shows each
failing rule with its metadata; static/plainlanguage/editor.js fills that metadata with the
issue's message and sentence, in the editor's language.
"""

from django.forms import Media
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import json_script
from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import AccessibilityItem, ContentCheckerItem

SUMMARY_RULE = "plainlanguage-summary"
ISSUE_SLOTS = 20
# Elements that hold sentences; "main" itself catches text outside them.
SENTENCE_SELECTOR = (
    "main, main :is(h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, blockquote, figcaption, "
    "summary, legend, label, caption)"
)


def issue_rule(slot):
    return f"plainlanguage-issue-{slot}"


def plain_language_rules():
    rules = [
        {
            "id": SUMMARY_RULE,
            "impact": "moderate",
            "selector": "main",
            "tags": ["best-practice", "plain-language"],
            "any": [SUMMARY_RULE],
            "enabled": True,
            "metadata": {
                "help": str(_("Readability: harder than B1")),
                "description": str(_("Use shorter sentences and common words.")),
            },
        }
    ]
    for slot in range(1, ISSUE_SLOTS + 1):
        rules.append(
            {
                "id": issue_rule(slot),
                "impact": "minor",
                "selector": SENTENCE_SELECTOR,
                "tags": ["best-practice", "plain-language"],
                "any": [issue_rule(slot)],
                "enabled": True,
                "metadata": {
                    "help": str(_("Readability")),
                    "description": str(_("This sentence is hard to read.")),
                },
            }
        )
    return rules


class ReadabilityMixin:
    """Adds the plain-language rules to any ContentCheckerItem (Wagtail's or another app's)."""

    @property
    def media(self):
        return super().media + Media(js=["plainlanguage/checks.js"])

    def get_axe_run_only(self, request):
        rules = super().get_axe_run_only(request)
        if not rules:  # None means "all rules", which includes ours
            return rules
        return [*rules, SUMMARY_RULE, *(issue_rule(slot) for slot in range(1, ISSUE_SLOTS + 1))]

    def get_axe_custom_rules(self, request):
        return [*super().get_axe_custom_rules(request), *plain_language_rules()]

    def get_axe_custom_checks(self, request):
        checks = [{"id": SUMMARY_RULE}]
        checks += [
            {"id": issue_rule(slot), "options": {"slot": slot}}
            for slot in range(1, ISSUE_SLOTS + 1)
        ]
        return [*super().get_axe_custom_checks(request), *checks]

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context.get("request")
        context["plainlanguage_config"] = {
            "endpoint": reverse("plainlanguage_analyse"),
            "csrfToken": get_token(request) if request else "",
            "slots": ISSUE_SLOTS,
            "summaryRule": SUMMARY_RULE,
        }
        return context

    def render_html(self, parent_context):
        html = super().render_html(parent_context)
        # The endpoint and token travel inside the userbar for checks.js (see the docstring).
        context = self.get_context_data(parent_context)
        return html + json_script(context["plainlanguage_config"], "plainlanguage-config")


class ReadabilityCheckerItem(ReadabilityMixin, ContentCheckerItem):
    """Wagtail's content checker plus our plain-language (B1) rules."""


def with_readability(item):
    """The same checker item with our rules added, keeping another app's customisations."""
    if isinstance(item, ReadabilityMixin):
        return item
    if type(item) in (ContentCheckerItem, AccessibilityItem):
        return ReadabilityCheckerItem(in_editor=item.in_editor)
    combined = _combined_classes.get(type(item))
    if combined is None:
        combined = type(f"Readability{type(item).__name__}", (ReadabilityMixin, type(item)), {})
        _combined_classes[type(item)] = combined
    upgraded = combined.__new__(combined)
    upgraded.__dict__.update(item.__dict__)
    return upgraded


_combined_classes = {}


def swap_in_readability_item(request, items, page):
    """construct_wagtail_userbar hook: add our rules to the content checker, whichever it is."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem):
            items[index] = with_readability(item)
