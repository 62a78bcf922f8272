"""Editors and moderators see the outgoing mail and can send a failed one again."""

from django.db import migrations

from core.migrations_helpers import grant_to_staff


def grant(apps, schema_editor):
    grant_to_staff(apps, "outbox", "mail")


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
