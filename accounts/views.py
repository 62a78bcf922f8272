"""Accepting an invitation (public, in the visitor's language) and sending one (admin)."""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from artists.admin_views import user_may_open_maker
from artists.models import Maker, MakerOwner
from artists.permissions import manages_all_makers

from .forms import InviteOwnerForm, NewAccountForm
from .invitations import InvalidInvitation, accept, create_account, invitation_from_token, invite
from .models import DeletionRequest
from .personal_data import carry_out, export_for

logger = logging.getLogger(__name__)

BACKEND = "django.contrib.auth.backends.ModelBackend"


@never_cache
@sensitive_post_parameters("new_password1", "new_password2")
def accept_invitation(request, token):
    try:
        invitation = invitation_from_token(token)
    except InvalidInvitation:
        return TemplateResponse(request, "accounts/invitation_invalid.html", status=400)
    context = {"invitation": invitation, "maker": invitation.maker}
    existing = get_user_model().objects.filter(email__iexact=invitation.email).first()

    if existing is not None:
        # Someone with an account proves it is them by logging in first.
        if request.user != existing:
            login_url = reverse("wagtailadmin_login") + "?" + urlencode({"next": request.path})
            return TemplateResponse(
                request, "accounts/invitation_login.html", {**context, "login_url": login_url}
            )
        if request.method == "POST":
            accept(invitation, existing)
            return done(request, invitation)
        return TemplateResponse(request, "accounts/invitation_confirm.html", context)

    form = NewAccountForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        user = create_account(
            invitation, form.cleaned_data["first_name"], form.cleaned_data["last_name"], form
        )
        login(request, user, backend=BACKEND)
        return done(request, invitation)
    return TemplateResponse(request, "accounts/invitation_accept.html", {**context, "form": form})


def done(request, invitation):
    log(
        instance=invitation.maker,
        action="accounts.owner_added",
        user=invitation.accepted_by,
        data={"email": invitation.email, "role": invitation.role},
    )
    messages.success(
        request, _("Welcome! You can now edit %(name)s.") % {"name": invitation.maker.name}
    )
    return redirect(reverse(Maker.snippet_viewset.get_url_name("edit"), args=[invitation.maker.pk]))


def invite_owner(request, pk):
    """Staff invite owners; an owner invites co-owners of their own profile."""
    if not user_may_open_maker(request.user, Maker, pk):
        raise PermissionDenied
    maker = get_object_or_404(Maker, pk=pk)
    policy = policy_registry.get_by_type(Maker)
    if not policy.user_has_permission_for_instance(request.user, "change", maker):
        raise PermissionDenied
    staff = manages_all_makers(request.user)
    form = InviteOwnerForm(request.POST or None, may_choose_role=staff)
    edit_url = reverse(Maker.snippet_viewset.get_url_name("edit"), args=[maker.pk])
    if request.method == "POST" and form.is_valid():
        role = form.cleaned_data.get("role", MakerOwner.CO_OWNER)
        invitation, _link = invite(maker, form.cleaned_data["email"], request.user, role)
        log(
            instance=maker,
            action="accounts.owner_invited",
            user=request.user,
            data={"email": invitation.email, "role": role},
        )
        messages.success(
            request, _("We sent an invitation to %(email)s.") % {"email": invitation.email}
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "accounts/admin/invite_owner.html",
        {"maker": maker, "form": form, "edit_url": edit_url},
    )


def my_data(request):
    """Download your data as JSON, or ask us to delete your account and profiles."""
    if request.GET.get("download"):
        response = JsonResponse(
            export_for(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
        return response
    pending = DeletionRequest.objects.filter(user=request.user, confirmed_at__isnull=True).first()
    if request.method == "POST" and pending is None:
        pending = DeletionRequest.objects.create(
            user=request.user,
            email=request.user.email,
            reason=request.POST.get("reason", "")[:1000],
        )
        messages.success(request, _("We received your request. An editor deletes your data soon."))
        return redirect("accounts_my_data")
    return TemplateResponse(request, "accounts/admin/my_data.html", {"pending": pending})


def may_confirm_deletions(user):
    return manages_all_makers(user)


def deletion_requests(request):
    if not may_confirm_deletions(request.user):
        raise PermissionDenied
    pending = DeletionRequest.objects.filter(confirmed_at__isnull=True).select_related("user")
    done_requests = DeletionRequest.objects.filter(confirmed_at__isnull=False)[:50]
    return TemplateResponse(
        request,
        "accounts/admin/deletion_requests.html",
        {"pending": pending, "done": done_requests},
    )


def confirm_deletion(request, pk):
    if not may_confirm_deletions(request.user) or request.method != "POST":
        raise PermissionDenied
    deletion = get_object_or_404(DeletionRequest, pk=pk, confirmed_at__isnull=True)
    target = deletion.user
    if target is not None and (target.is_superuser or manages_all_makers(target)):
        # Staff accounts are closed by an administrator, not through this form.
        raise PermissionDenied
    deleted = carry_out(deletion, request.user)
    logger.info(
        "Deletion request %s carried out by %s; profiles deleted: %s",
        deletion.pk,
        request.user.pk,
        deleted,
    )
    messages.success(request, _("The account of %(email)s is deleted.") % {"email": deletion.email})
    return redirect("accounts_deletion_requests")
