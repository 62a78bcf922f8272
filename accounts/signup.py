"""Public sign-up: someone asks for a new maker profile; it lands as a draft for moderation.

Nothing is stored until the address is proven: the form's answers travel inside a signed,
expiring link sent to that address. The answer on screen is the same whether or not the address
already has an account, so the form cannot be used to find out who is registered.
"""

import hashlib

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.core import signing
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.log_actions import log

from artists.models import Discipline, Maker, MakerOwner
from home.client import client_ip, over_limit

from .forms import NewAccountForm
from .invitations import MAKERS_GROUP
from .models import Notification
from .notifications import absolute_url, queue

SALT = "accounts.signup"
MAX_AGE_HOURS = 48
RATE_LIMIT = 5  # sign-ups per IP address per hour
RATE_WINDOW = 3600


class SignupForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name of you or your group"),
        max_length=120,
        help_text=gettext_lazy("For example: Jan Jansen, or Fanfare De Vriendschap."),
    )
    email = forms.EmailField(
        label=gettext_lazy("Your e-mail address"),
        help_text=gettext_lazy("We send a link to this address to check it."),
    )
    discipline = forms.ModelChoiceField(
        label=gettext_lazy("Art form"),
        queryset=Discipline.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        empty_label=gettext_lazy("Choose an art form"),
    )
    intro = forms.CharField(
        label=gettext_lazy("Short introduction"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("One or two sentences about what you do. At most 300 characters."),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "I agree that the culture house keeps these details to make my profile."
        ),
    )
    # Spam trap: hidden from people, filled in by robots that complete every field.
    homepage = forms.CharField(label=gettext_lazy("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["homepage"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"


def rate_limited(request):
    address = client_ip(request)
    key = "accounts:signup:" + hashlib.sha256(address.encode()).hexdigest()[:32]
    return over_limit(key, RATE_LIMIT, RATE_WINDOW)


def send_verification(data, language):
    token = signing.dumps(data, salt=SALT, compress=True)
    with translation.override(language):
        link = absolute_url(reverse("accounts:verify_signup", args=[token]))
        subject = _("Check your e-mail address for the culture house")
        body = render_to_string(
            "accounts/email/signup_verify.txt",
            {"name": data["name"], "link": link, "hours": MAX_AGE_HOURS},
        )
    queue(Notification.SIGNUP, data["email"], language, subject, body)
    return link


@never_cache
def signup(request):
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        if rate_limited(request):
            return TemplateResponse(request, "accounts/signup_slow_down.html", status=429)
        if form.is_valid():
            if not form.cleaned_data["homepage"]:  # a robot gets the same answer, and no mail
                data = {
                    "name": form.cleaned_data["name"],
                    "email": form.cleaned_data["email"].lower(),
                    "discipline": form.cleaned_data["discipline"].pk,
                    "intro": form.cleaned_data["intro"],
                }
                send_verification(data, translation.get_language() or settings.LANGUAGE_CODE)
            return redirect(request.path + "?sent=1")
    return TemplateResponse(
        request, "accounts/signup.html", {"form": form, "sent": request.GET.get("sent") == "1"}
    )


def unique_slug(name):
    base = slugify(name)[:100] or "maker"
    slug, number = base, 1
    while Maker.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def create_draft_maker(data, user):
    from wagtail.models import Locale

    maker = Maker(
        locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        name=data["name"],
        slug=unique_slug(data["name"]),
        intro=data["intro"],
        live=False,
        contact_email=data["email"],
    )
    maker.save()
    discipline = Discipline.objects.filter(pk=data["discipline"]).first()
    if discipline:
        maker.disciplines.set([discipline])
    MakerOwner.objects.create(maker=maker, user=user, role=MakerOwner.OWNER)
    maker.save_revision(user=user, log_action=True)
    workflow = maker.get_workflow()
    if workflow:
        workflow.start(maker, user)
    return maker


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def verify_signup(request, token):
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE_HOURS * 3600)
    except signing.BadSignature:
        return TemplateResponse(request, "accounts/invitation_invalid.html", status=400)
    User = get_user_model()
    if User.objects.filter(email__iexact=data["email"]).exists():
        # Used before, or the address has an account already: log in and add a profile there.
        return TemplateResponse(
            request, "accounts/signup_known.html", {"login_url": reverse("wagtailadmin_login")}
        )
    form = NewAccountForm(request.POST or None, email=data["email"])
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = User(
                email=data["email"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
            )
            user.set_password(form.cleaned_data["new_password1"])
            user.save()
            from django.contrib.auth.models import Group

            user.groups.add(Group.objects.get_or_create(name=MAKERS_GROUP)[0])
            maker = create_draft_maker(data, user)
            log(instance=maker, action="accounts.signed_up", user=user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(reverse(Maker.snippet_viewset.get_url_name("edit"), args=[maker.pk]))
    return TemplateResponse(
        request, "accounts/signup_verify.html", {"form": form, "name": data["name"]}
    )
