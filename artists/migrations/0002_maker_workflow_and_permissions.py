"""Makers go through moderation: attach Wagtail's default workflow to the Maker content type,
and let the Editors and Moderators groups manage makers and disciplines."""

from django.db import migrations

MAKER_PERMISSIONS = {
    "maker": [
        ("add_maker", "Can add maker"),
        ("change_maker", "Can change maker"),
        ("delete_maker", "Can delete maker"),
        ("publish_maker", "Can publish maker"),
        ("lock_maker", "Can lock maker"),
        ("unlock_maker", "Can unlock maker"),
        ("manage_all_makers", "Can manage every maker and its owners"),
    ],
    "discipline": [
        ("add_discipline", "Can add discipline"),
        ("change_discipline", "Can change discipline"),
        ("delete_discipline", "Can delete discipline"),
    ],
    "makercontactmessage": [("view_makercontactmessage", "Can view contact message")],
}
STAFF_GROUPS = ["Editors", "Moderators"]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")

    maker_type, _created = ContentType.objects.get_or_create(app_label="artists", model="maker")
    # Wagtail's installer creates "Moderators approval"; fall back to any active workflow.
    workflow = (
        Workflow.objects.filter(name="Moderators approval", active=True).first()
        or Workflow.objects.filter(active=True).order_by("pk").first()
    )
    if workflow and not WorkflowContentType.objects.filter(content_type=maker_type).exists():
        WorkflowContentType.objects.create(content_type=maker_type, workflow=workflow)

    # Permissions normally appear after migrate; create them now so the groups can get them.
    permissions = []
    for model, codenames in MAKER_PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(app_label="artists", model=model)
        for codename, name in codenames:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            permissions.append(permission)
    for group in Group.objects.filter(name__in=STAFF_GROUPS):
        group.permissions.add(*permissions)


def backwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    WorkflowContentType = apps.get_model("wagtailcore.WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="artists", model="maker")
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("artists", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
