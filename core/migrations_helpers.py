"""Helpers for data migrations (they get the historical `apps`, never import models)."""

STAFF_GROUPS = ["Editors", "Moderators"]  # created by Wagtail's own initial migration


def grant_to_staff(apps, app_label, model, actions=("view",)):
    """Give the staff groups these model permissions now; Django would only make the
    permission rows after every migration has run."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{model}",
            defaults={"name": f"Can {action} {model}"},
        )[0]
        for action in actions
    ]
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)
