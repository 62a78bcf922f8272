"""Public sign-up: verified by e-mail, robots and floods kept out, the profile a draft in moderation."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from wagtail.models import WorkflowState

from artists.models import Maker
from tests.factories_artists import discipline

pytestmark = pytest.mark.django_db
URL = "/nl/account/sign-up/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def answers(**changes):
    data = {
        "name": "Fanfare Nieuw Geluid",
        "email": "Bestuur@Nieuwgeluid.example",
        "discipline": discipline("muziek").pk,
        "intro": "Wij zijn een fanfare uit Kerkrade. Nieuwe leden zijn welkom.",
        "consent": "on",
        "homepage": "",
    }
    data.update(changes)
    return data


def test_sign_up_verifies_the_address_then_makes_a_draft_in_moderation(
    client, django_capture_on_commit_callbacks
):
    page = client.get(URL)
    assert page.status_code == 200
    assert 'name="homepage"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, answers())
    assert response.status_code == 302
    assert "Check je e-mail" in client.get(response["Location"]).content.decode()
    assert not Maker.objects.filter(name="Fanfare Nieuw Geluid").exists()  # nothing yet
    link = re.search(r"https?://\S+/account/sign-up/\S+/", mail.outbox[-1].body).group(0)
    path = re.sub(r"^https?://[^/]+", "", link)

    assert client.get(path).status_code == 200
    response = client.post(
        path,
        {
            "first_name": "Bea",
            "last_name": "Stuur",
            "new_password1": "fanfare-speelt-op-zondag",
            "new_password2": "fanfare-speelt-op-zondag",
        },
    )
    assert response.status_code == 302
    maker = Maker.objects.get(name="Fanfare Nieuw Geluid")
    assert not maker.live
    assert maker.owners.get().user.email == "bestuur@nieuwgeluid.example"
    assert WorkflowState.objects.filter(
        object_id=str(maker.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert client.get(f"/admin/snippets/artists/maker/edit/{maker.pk}/").status_code == 200
    # The link cannot make a second account.
    client.logout()
    assert "al een account" in client.get(path).content.decode()


def test_the_answer_does_not_tell_who_has_an_account(client):
    known = client.post(URL, answers(email="maker.koor@cultuurhuis.example"))
    unknown = client.post(URL, answers(email="nieuw@example.org"))
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_robots_filling_the_trap_get_no_mail(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, answers(homepage="http://spam.example"))
    assert response.status_code == 302
    assert mail.outbox == []


def test_errors_keep_what_was_typed_and_floods_are_slowed_down(client):
    response = client.post(URL, answers(email="geen-adres", consent=""))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'class="form-error"' in body
    assert "Fanfare Nieuw Geluid" in body
    for _attempt in range(5):
        client.post(URL, answers())
    assert client.post(URL, answers()).status_code == 429


def test_broken_and_expired_links_are_refused(client):
    assert client.get("/nl/account/sign-up/niet-echt/").status_code == 400
    assert get_user_model().objects.filter(email="bestuur@nieuwgeluid.example").count() == 0
