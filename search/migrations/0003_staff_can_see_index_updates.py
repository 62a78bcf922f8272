"""Editors and moderators see the waiting search-index updates and can try them again."""

from django.db import migrations

from core.migrations_helpers import grant_to_staff


def grant(apps, schema_editor):
    grant_to_staff(apps, "search", "indexupdate")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexupdate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
