"""Who may do what with a maker, per maker: owners edit their own profiles, staff manage all.

Wagtail's generic snippet views mostly check permissions per model (wagtail#13314), so this
policy alone is not enough: `artists.admin_views` checks every view that names a maker against
it, and `artists.admin_guard` keeps makers away from admin endpoints that do not ask the policy
at all (wagtail-localize, site history, the maker chooser).
"""

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_forms import MANAGE_ALL

# Cached on the user object, so one request asks the database once, however many makers it shows.
OWNED_CACHE = "_owned_maker_ids"


def manages_all_makers(user):
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm(MANAGE_ALL))
    )


def is_limited_maker(user):
    """A user who may edit makers, but only the ones they own (the "Makers" group)."""
    return bool(
        user.is_authenticated
        and user.is_active
        and not manages_all_makers(user)
        and user.has_perm("artists.change_maker")
    )


def owned_maker_ids(user):
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, OWNED_CACHE, None)
    if cached is None:
        from .models import MakerOwner

        cached = frozenset(MakerOwner.objects.filter(user=user).values_list("maker_id", flat=True))
        setattr(user, OWNED_CACHE, cached)
    return cached


def forget_owned_makers(user):
    """Call after changing a user's ownerships within the same request."""
    if hasattr(user, OWNED_CACHE):
        delattr(user, OWNED_CACHE)


class MakerPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, narrowed to the user's own makers without "manage all"."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if manages_all_makers(user):
            return True
        return instance.pk is not None and instance.pk in owned_maker_ids(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if not self.user_has_any_permission(user, actions):
            return manager.none()
        if manages_all_makers(user):
            return manager.all()
        return manager.filter(owners__user=user).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        staff = self._get_users_with_any_permission_codenames_filter(["manage_all_makers"])
        return users.filter(staff | Q(maker_ownerships__maker=instance)).distinct()


class OwnImagesPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's image policy, plus: people may choose the images they uploaded themselves.

    Makers get "add image" on the makers' collection, never "choose": with "choose" every maker
    could pick (and so see) every other maker's photos. Uploading already makes them the owner
    who may edit the image; this lets them pick it again later, and nothing else.
    """

    def user_has_permission(self, user, action):
        if action == "choose":
            return self._check_perm(user, ["choose", "add"])
        return super().user_has_permission(user, action)

    def _chooses_own(self, user, instance):
        return (
            user.is_authenticated
            and instance.uploaded_by_user_id == user.pk
            and self._check_perm(user, ["add"], collection=instance.collection)
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if super().user_has_any_permission_for_instance(user, actions, instance):
            return True
        return "choose" in actions and self._chooses_own(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if "choose" not in actions or not user.is_authenticated or user.is_superuser:
            return super().instances_user_has_any_permission_for(user, actions)
        # Wagtail's own filter, plus own uploads; built from the same indexed fields (collection,
        # uploader) so the chooser's search backend can still apply it.
        known = set(actions) & {"change", "choose"}
        if "delete" in actions:
            known.add("change")
        own = Q(collection__in=self._collections_with_perm(user, ["add"])) & Q(
            uploaded_by_user=user
        )
        return self.model._default_manager.filter(
            Q(collection__in=self._collections_with_perm(user, known)) | own
        )


def register():
    from .models import Maker

    register_permission_policy(Maker, MakerPermissionPolicy(Maker))
    # exact_class wins over the policy wagtail.images registers (without it) in its ready().
    register_permission_policy(
        get_image_model(),
        OwnImagesPermissionPolicy(
            get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )


__all__ = [
    "MakerPermissionPolicy",
    "OwnImagesPermissionPolicy",
    "is_limited_maker",
    "manages_all_makers",
    "owned_maker_ids",
]
