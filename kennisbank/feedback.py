""" "Was this helpful?": a small form on every article, stored without personal data."""

import hashlib

from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from home.client import client_ip, over_limit

# At most this many answers per visitor per hour, over all articles together.
RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 60 * 60


class HelpfulForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Did this page answer your question?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    comment = forms.CharField(
        label=_("What can we do better? (optional)"),
        help_text=_("Do not write your name or e-mail address here. We do not answer comments."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Please keep your comment under 1000 characters.")},
    )
    # A field people never see; simple spam robots fill in every field they find.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


def client_key(request):
    """A key per visitor that lives only in the cache and cannot be turned back into an IP address.

    The hash is keyed with SECRET_KEY and today's date, so yesterday's keys can't be matched.
    """
    # The address alone: a User-Agent is the sender's to choose, so adding it let anyone reset the limit.
    client = client_ip(request)
    digest = salted_hmac(
        "kennisbank.helpful", f"{timezone.localdate().isoformat()}|{client}", algorithm="sha256"
    ).hexdigest()
    return "kennisbank:helpful:" + hashlib.sha256(digest.encode()).hexdigest()[:32]


def over_rate_limit(request):
    return over_limit(client_key(request), RATE_LIMIT, RATE_WINDOW_SECONDS)


def handle_feedback(page, request):
    from .models import HelpfulFeedback

    form = HelpfulForm(request.POST)
    if form.is_valid():
        if over_rate_limit(request):
            return render_with_form(page, request, form, status=429, rate_limited=True)
        if not form.is_spam():
            HelpfulFeedback.objects.create(
                page=page,
                helpful=form.cleaned_data["helpful"],
                comment=form.cleaned_data["comment"].strip(),
            )
        # Post/redirect/get: a reload does not send the answer twice.
        return redirect(page.get_url(request) + "?helpful=thanks#helpful")
    return render_with_form(page, request, form, status=400)


def render_with_form(page, request, form, status, rate_limited=False):
    context = page.get_context(request, helpful_form=form)
    context["helpful_rate_limited"] = rate_limited
    return TemplateResponse(request, page.get_template(request), context, status=status)
