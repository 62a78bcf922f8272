"""Editors and moderators see the outgoing mail and can send a failed one again."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
CODENAMES = ["view_mail", "change_mail"]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make these two now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="outbox", model="mail")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {codename.split('_')[0]} outgoing e-mail"},
        )[0]
        for codename in CODENAMES
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
