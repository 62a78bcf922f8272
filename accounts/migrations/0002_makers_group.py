"""The "Makers" group: just enough to keep one's own maker profiles and photos up to date.

Makers may open the admin, add and change makers (the permission policy narrows "change" to the
makers they own), lock them while editing, and upload images into the "Makers" collection. They
may not publish, delete, unlock someone else's lock or choose images they did not upload.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Makers"
COLLECTION = "Makers"
MAKER_CODENAMES = ["add_maker", "change_maker", "lock_maker"]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # django-treebeard's MP_Node path alphabet
STEPLEN = 4


def next_child_path(parent_path, last_child_path):
    if last_child_path is None:
        return parent_path + "0001"
    number = 0
    for char in last_child_path[-STEPLEN:]:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    number += 1
    step = ""
    for _ in range(STEPLEN):
        number, digit = divmod(number, len(ALPHABET))
        step = ALPHABET[digit] + step
    return parent_path + step


def makers_collection(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    existing = Collection.objects.filter(depth=2, name=COLLECTION, path__startswith=root.path)
    if existing.exists():
        return existing.first()
    last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    collection = Collection.objects.create(
        name=COLLECTION,
        depth=2,
        numchild=0,
        path=next_child_path(root.path, last.path if last else None),
    )
    root.numchild = Collection.objects.filter(depth=2, path__startswith=root.path).count()
    root.save(update_fields=["numchild"])
    return collection


def ensure_permissions(apps, app_label):
    # Django makes model permissions after all migrations; make them now to hand them out.
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for app_label in ("artists", "wagtailimages"):
        ensure_permissions(apps, app_label)

    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="artists", codename__in=MAKER_CODENAMES),
    )
    add_image = Permission.objects.get(
        content_type__app_label="wagtailimages", codename="add_image"
    )
    GroupCollectionPermission.objects.get_or_create(
        group=group, collection=makers_collection(apps), permission=add_image
    )


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("artists", "0002_maker_workflow_and_permissions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
