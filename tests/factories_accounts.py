"""Users in the roles of the self-service admin, and images uploaded into the makers' collection."""

import io

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from artists.models import MakerOwner
from tests.factories import UserFactory


def maker_user(email, **kwargs):
    user = UserFactory(email=email, **kwargs)
    user.groups.add(Group.objects.get(name="Makers"))
    return user


def add_owner(maker, user, role=MakerOwner.CO_OWNER):
    return MakerOwner.objects.get_or_create(maker=maker, user=user, defaults={"role": role})[0]


def makers_collection():
    return Collection.objects.get(name="Makers", depth=2)


def uploaded_image(user, title="Foto van de repetitie"):
    """An image `user` uploaded into the makers' collection, as the admin would store it."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#8a1c4a").save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name="repetitie.png"),
        collection=makers_collection(),
        uploaded_by_user=user,
    )
