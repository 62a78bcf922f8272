"""The editor form for makers: the list of owners cannot be changed without the manage-all right."""

from wagtail.admin.forms import WagtailAdminModelForm

MANAGE_ALL = "artists.manage_all_makers"
OWNERS_PREFIX = "owners"


def current_owners_data(instance):
    """Formset data that says "keep the owners exactly as they are"."""
    owners = list(instance.owners.all()) if instance is not None and instance.pk else []
    data = {
        f"{OWNERS_PREFIX}-TOTAL_FORMS": str(len(owners)),
        f"{OWNERS_PREFIX}-INITIAL_FORMS": str(len(owners)),
        f"{OWNERS_PREFIX}-MIN_NUM_FORMS": "0",
        f"{OWNERS_PREFIX}-MAX_NUM_FORMS": "1000",
    }
    for number, owner in enumerate(owners):
        data.update(
            {
                f"{OWNERS_PREFIX}-{number}-id": str(owner.pk),
                f"{OWNERS_PREFIX}-{number}-user": str(owner.user_id),
                f"{OWNERS_PREFIX}-{number}-role": owner.role,
                f"{OWNERS_PREFIX}-{number}-ORDER": str(number + 1),
            }
        )
    return data


class MakerAdminForm(WagtailAdminModelForm):
    def __init__(self, data=None, files=None, *args, for_user=None, instance=None, **kwargs):
        if data is not None and not (for_user is not None and for_user.has_perm(MANAGE_ALL)):
            # The owners panel is hidden for these users, and whatever they post about owners
            # is replaced with the current owners, so ownership cannot be smuggled in.
            data = data.copy()
            for key in [k for k in data if k.startswith(f"{OWNERS_PREFIX}-")]:
                del data[key]
            data.update(current_owners_data(instance))
        super().__init__(data, files, *args, for_user=for_user, instance=instance, **kwargs)
