"""Maker admin views that ask the permission policy about the maker itself, not just the model.

Wagtail's generic snippet views load the object by primary key and check permissions per model
(wagtail#13314), so without this maker B could open maker A's edit form, history, revisions,
previews, workflow pages and lock buttons. Every URL of the viewset that names a maker is
wrapped: the check runs before the view, for GET and POST alike, and refuses with
PermissionDenied (403). A missing maker gets the same answer as someone else's, so guessing IDs
tells a maker nothing.
"""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from wagtail.permissions import policy_registry
from wagtail.snippets.views.snippets import IndexView

from .permissions import manages_all_makers, owned_maker_ids


def user_may_open_maker(user, model, raw_pk):
    """True when `user` may open the maker with this (URL-quoted) primary key.

    A maker that does not exist is refused too, for staff as well: a 404 in the admin would
    turn into a redirect to a language prefix, and one answer for both cases is simpler.
    """
    try:
        pk = model._meta.pk.to_python(unquote(str(raw_pk)))
    except (ValidationError, TypeError, ValueError):
        return False
    if not manages_all_makers(user) and pk not in owned_maker_ids(user):
        return False
    instance = model._default_manager.filter(pk=pk).first()
    policy = policy_registry.get_by_type(model)
    return instance is not None and policy.user_has_permission_for_instance(
        user, "change", instance
    )


def check_maker_instance(view_func, model):
    @functools.wraps(view_func)
    def wrapped(request, *args, **kwargs):
        if "pk" in kwargs and not user_may_open_maker(request.user, model, kwargs["pk"]):
            raise PermissionDenied
        return view_func(request, *args, **kwargs)

    return wrapped


class OwnedMakerIndexView(IndexView):
    def search_queryset(self, queryset):
        # The search backend can only filter on indexed fields, and "is mine" is not one; a
        # maker owns a handful of profiles, so a plain database match is quick and enough.
        if self.is_searching and not manages_all_makers(self.request.user):
            query = self.search_query
            return queryset.filter(
                Q(name__icontains=query) | Q(city__icontains=query) | Q(intro__icontains=query)
            )
        return super().search_queryset(queryset)


class OwnedMakerViewSetMixin:
    """For the Maker SnippetViewSet: list only the user's makers, check every view with a pk."""

    index_view_class = OwnedMakerIndexView

    def get_queryset(self, request):
        if manages_all_makers(request.user):
            return None  # Wagtail's own queryset, with its ordering and annotations
        return self.model._default_manager.filter(pk__in=owned_maker_ids(request.user))

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = check_maker_instance(pattern.callback, self.model)
        return patterns
