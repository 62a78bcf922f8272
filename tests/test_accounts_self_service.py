"""Makers in the admin: their dashboard, new profiles, invitations, and moderation e-mails."""

import io
import re
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from accounts.models import Notification, OwnerInvitation
from artists.models import Maker, MakerOwner
from outbox.models import Mail
from tests.factories import UserFactory
from tests.factories_accounts import add_owner, maker_user
from tests.smtp import LOCMEM, SMTP, closed_port
from tests.test_artists_authorisation import edit_form_data

S = "/admin/snippets/artists/maker"
pytestmark = pytest.mark.django_db


def choir():
    return Maker.objects.get(slug="gemengd-koor-cantabile", locale__language_code="nl")


def user(email):
    return get_user_model().objects.get(email=email)


def link_in(message):
    return re.search(r"https?://\S+/account/invitation/\S+/", message.body).group(0)


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


def submit(maker, owner, intro="Wij zingen nu ook op zondag."):
    maker = Maker.objects.get(pk=maker.pk)
    maker.intro = intro
    maker.save_revision(user=owner)
    return maker.get_workflow().start(maker, owner)


def test_maker_dashboard_lists_own_profiles_with_status_and_a_short_menu(client):
    client.force_login(user("maker.koor@cultuurhuis.example"))
    body = client.get("/admin/").content.decode()
    assert 'id="my-profiles"' in body or "my-profiles" in body
    assert "Gemengd Koor Cantabile" in body
    assert "Band Rode Draad" not in body
    assert 'data-profile-status="live"' in body
    # The menu keeps makers and images; no reports, help or settings.
    menu = set(re.findall(r'"name": ?"([a-z-]+)"', body))
    assert "makers" in menu
    assert not menu & {"reports", "help", "settings", "explorer"}


def test_dashboard_shows_changes_requested_with_the_editors_comment(client):
    owner = user("maker.koor@cultuurhuis.example")
    state = submit(choir(), owner)
    moderator = user("moderator@cultuurhuis.example")
    state.current_task_state.task.specific.on_action(
        state.current_task_state, moderator, "reject", comment="Maak de eerste zin korter."
    )
    client.force_login(owner)
    body = client.get("/admin/").content.decode()
    assert 'data-profile-status="changes"' in body
    assert "Maak de eerste zin korter." in body


def test_dashboard_query_count_does_not_grow_with_profiles(client, django_assert_max_num_queries):
    owner = user("maker.koor@cultuurhuis.example")
    for maker in Maker.objects.filter(locale__language_code="nl")[:6]:
        add_owner(maker, owner)
    client.force_login(owner)
    with django_assert_max_num_queries(40):
        assert client.get("/admin/").status_code == 200


def test_staff_dashboard_keeps_wagtails_panels(client):
    client.force_login(user("redacteur@cultuurhuis.example"))
    body = client.get("/admin/").content.decode()
    assert "my-profiles" not in body


def test_a_maker_who_adds_a_profile_becomes_its_owner(client):
    newcomer = maker_user("nieuw@example.org")
    client.force_login(newcomer)
    data = edit_form_data(client, f"{S}/add/")
    assert not any(key.startswith("owners-0") for key in data)
    data.update(
        {
            "name": "Dansgroep Nieuwe Passen",
            "slug": "dansgroep-nieuwe-passen",
            "kind": "group",
            "intro": "Wij dansen elke dinsdag in de wijk.",
            "locale": "nl",
        }
    )
    response = client.post(f"{S}/add/", data)
    errors = re.findall(
        r'class="error-message">\s*([^<]*)|<p class="help-critical">([^<]*)|class="messages.*?</ul>',
        response.content.decode(),
        re.S,
    )
    assert response.status_code == 302, errors
    maker = Maker.objects.get(slug="dansgroep-nieuwe-passen")
    assert list(maker.owners.values_list("user", flat=True)) == [newcomer.pk]
    assert not maker.live
    assert client.get(f"{S}/edit/{maker.pk}/").status_code == 200


def test_editor_invites_an_owner_who_makes_an_account(client, django_capture_on_commit_callbacks):
    maker = choir()
    client.force_login(user("redacteur@cultuurhuis.example"))
    assert "Eigenaar uitnodigen" in client.get(f"/admin/makers/{maker.pk}/invite/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/makers/{maker.pk}/invite/",
            {"email": "Nieuwe.Zanger@example.org", "role": "owner"},
        )
    assert response.status_code == 302
    assert ModelLogEntry.objects.filter(action="accounts.owner_invited").exists()
    message = mail.outbox[-1]
    assert message.to == ["nieuwe.zanger@example.org"]
    link = link_in(message)
    assert "/nl/account/invitation/" in link

    client.logout()
    page = client.get(path_of(link))
    assert page.status_code == 200
    assert "Gemengd Koor Cantabile" in page.content.decode()
    weak = client.post(
        path_of(link),
        {"first_name": "Noor", "new_password1": "12345678", "new_password2": "12345678"},
    )
    assert weak.status_code == 200
    assert 'class="form-error"' in weak.content.decode()
    assert 'value="Noor"' in weak.content.decode()  # what was typed is kept
    response = client.post(
        path_of(link),
        {
            "first_name": "Noor",
            "last_name": "Zanger",
            "new_password1": "koorrepetitie-op-dinsdag",
            "new_password2": "koorrepetitie-op-dinsdag",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"{S}/edit/{maker.pk}/"
    new_owner = user("nieuwe.zanger@example.org")
    assert new_owner.groups.filter(name="Makers").exists()
    assert new_owner.check_password("koorrepetitie-op-dinsdag")
    owned = set(MakerOwner.objects.filter(user=new_owner).values_list("maker", flat=True))
    assert {maker.pk, *[t.pk for t in maker.get_translations()]} == owned
    assert client.get(f"{S}/edit/{maker.pk}/").status_code == 200
    # The link works once.
    client.logout()
    assert client.get(path_of(link)).status_code == 400


def test_invitation_links_expire_and_cannot_be_forged(client):
    maker = choir()
    _invitation, link = __import__("accounts.invitations").invitations.invite(
        maker, "laat@example.org"
    )
    with mock.patch("accounts.invitations.MAX_AGE_DAYS", -1):
        assert client.get(path_of(link)).status_code == 400
    forged = path_of(link).rstrip("/")[:-3] + "abc/"
    assert client.get(forged).status_code == 400
    assert client.get("/nl/account/invitation/niet-echt/").status_code == 400


def test_existing_account_logs_in_before_accepting(client):
    from accounts.invitations import invite

    band_owner = user("maker.band@cultuurhuis.example")
    maker = choir()
    _invitation, link = invite(maker, band_owner.email, role=MakerOwner.CO_OWNER)
    page = client.get(path_of(link))
    assert page.status_code == 200
    assert "/admin/login/?next=" in page.content.decode()
    client.force_login(user("maker.koor@cultuurhuis.example"))  # the wrong person
    assert not client.post(path_of(link)).status_code == 302
    assert not maker.owners.filter(user=band_owner).exists()
    client.force_login(band_owner)
    assert client.post(path_of(link)).status_code == 302
    assert maker.owners.get(user=band_owner).role == MakerOwner.CO_OWNER


def test_owner_invites_a_co_owner_but_not_for_someone_elses_profile(client):
    maker = choir()
    client.force_login(user("maker.koor@cultuurhuis.example"))
    form = client.get(f"/admin/makers/{maker.pk}/invite/").content.decode()
    assert 'name="role"' not in form  # owners only invite co-owners
    response = client.post(
        f"/admin/makers/{maker.pk}/invite/", {"email": "alt@example.org", "role": "owner"}
    )
    assert response.status_code == 302
    assert OwnerInvitation.objects.get(email="alt@example.org").role == MakerOwner.CO_OWNER

    client.force_login(user("maker.band@cultuurhuis.example"))
    # Refused: the admin's redirect to the dashboard.
    assert client.get(f"/admin/makers/{maker.pk}/invite/").status_code in {302, 403}
    refused = client.post(f"/admin/makers/{maker.pk}/invite/", {"email": "x@example.org"})
    assert refused.status_code in {302, 403}
    assert not OwnerInvitation.objects.filter(email="x@example.org").exists()


def test_invite_owner_command_prints_the_link(capsys):
    call_command(
        "invite_owner",
        "--maker",
        "band-rode-draad",
        "--email",
        "gitaar@example.org",
        "--print-link",
    )
    link = capsys.readouterr().out.strip()
    assert "/nl/account/invitation/" in link
    assert OwnerInvitation.objects.filter(email="gitaar@example.org").exists()


def test_moderation_mails_reach_owners_in_their_language(django_capture_on_commit_callbacks):
    from wagtail.users.models import UserProfile

    owner = user("maker.koor@cultuurhuis.example")
    co_owner = maker_user("co@example.org")
    profile = UserProfile.get_for_user(co_owner)
    profile.preferred_language = "de"
    profile.save()
    maker = choir()
    add_owner(maker, co_owner)
    moderator = user("moderator@cultuurhuis.example")

    with django_capture_on_commit_callbacks(execute=True):
        state = submit(maker, owner)
    kinds = {(m.to[0], m.subject) for m in mail.outbox}
    assert any(to == owner.email and "ontvangen" in subject for to, subject in kinds)
    assert any(to == "co@example.org" and "erhalten" in subject for to, subject in kinds)

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.current_task_state.task.specific.on_action(
            state.current_task_state, moderator, "reject", comment="Noem ook de dag."
        )
    # One mail per event: ours, not Wagtail's "... is afgewezen tijdens ..." as well.
    to_owner = [m for m in mail.outbox if m.to == [owner.email]]
    assert len(to_owner) == 1, [m.subject for m in to_owner]
    dutch = to_owner[0]
    assert "Noem ook de dag." in dutch.body
    assert f"/admin/snippets/artists/maker/edit/{maker.pk}/" in dutch.body

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        fixed = Maker.objects.get(pk=maker.pk)
        fixed.intro = "Wij zingen op zondag."
        fixed.save_revision(user=owner)
        state.refresh_from_db()
        state.resume(user=owner)
        state.refresh_from_db()
        state.current_task_state.task.specific.on_action(
            state.current_task_state, moderator, "approve"
        )
    to_owner = [m.subject for m in mail.outbox if m.to == [owner.email]]
    assert len([s for s in to_owner if "online" in s]) == 1
    assert not [s for s in to_owner if "goedgekeurd" in s.lower() or "approved" in s.lower()]
    assert Maker.objects.get(pk=maker.pk).intro == "Wij zingen op zondag."


def test_a_failing_mail_server_never_breaks_moderation(client, settings):
    # A closed port: the worker's delivery fails for real; the approval stands, the mail waits.
    settings.OUTBOX = {**settings.OUTBOX, "DELIVERY_BACKEND": SMTP}
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    owner = user("maker.koor@cultuurhuis.example")
    maker = choir()
    state = submit(maker, owner)
    client.force_login(user("moderator@cultuurhuis.example"))
    url = f"{S}/workflow/action/{maker.pk}/approve/{state.current_task_state.pk}/"
    response = client.post(url, {})
    assert response.status_code in {200, 302}
    assert Maker.objects.get(pk=maker.pk).intro == "Wij zingen nu ook op zondag."
    failed = Notification.objects.get(kind=Notification.APPROVED, recipient=owner.email).mail
    assert failed.sent_at is None and failed.attempts == 1
    assert "ConnectionRefused" in failed.last_error
    settings.OUTBOX = {**settings.OUTBOX, "DELIVERY_BACKEND": LOCMEM}
    Mail.objects.filter(pk=failed.pk).update(next_attempt_at=timezone.now())
    call_command("send_queued_mail", stdout=io.StringIO())
    failed.refresh_from_db()
    assert failed.sent_at is not None and failed.attempts == 2


def test_notifications_are_listed_for_staff(client):
    client.force_login(user("admin@cultuurhuis.example"))
    assert client.get("/admin/accounts_notifications/").status_code == 200
    client.force_login(UserFactory(email="leeg@example.org"))
    assert client.get("/admin/accounts_notifications/").status_code in {302, 403}


def test_maker_downloads_their_data_as_json(client):
    client.force_login(user("maker.koor@cultuurhuis.example"))
    assert client.get("/admin/my-data/").status_code == 200
    response = client.get("/admin/my-data/?download=1")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = response.json()
    assert data["account"]["email"] == "maker.koor@cultuurhuis.example"
    names = {profile["published"]["name"] for profile in data["profiles"]}
    assert names == {"Gemengd Koor Cantabile"}
    assert "Band Rode Draad" not in response.content.decode()


def test_deletion_waits_for_an_editor_and_keeps_shared_profiles(client):
    from accounts.models import DeletionRequest

    owner = user("maker.koor@cultuurhuis.example")
    shared = choir()
    own = Maker.objects.get(slug="band-rode-draad", locale__language_code="nl")
    add_owner(own, owner)  # the band has another owner too
    solo = Maker.objects.filter(locale__language_code="nl").exclude(owners__isnull=False).first()
    add_owner(solo, owner, MakerOwner.OWNER)
    co = maker_user("tweede@example.org")
    add_owner(shared, co)

    client.force_login(owner)
    assert client.post("/admin/my-data/", {"reason": "Ik stop."}).status_code == 302
    request = DeletionRequest.objects.get(email=owner.email)
    assert get_user_model().objects.filter(pk=owner.pk).exists()
    # Makers cannot confirm, not even their own request.
    assert client.post(f"/admin/deletion-requests/{request.pk}/confirm/").status_code in {302, 403}
    assert request.__class__.objects.get(pk=request.pk).confirmed_at is None

    editor = user("redacteur@cultuurhuis.example")
    client.force_login(editor)
    assert owner.email in client.get("/admin/deletion-requests/").content.decode()
    assert client.post(f"/admin/deletion-requests/{request.pk}/confirm/").status_code == 302
    request.refresh_from_db()
    assert request.confirmed_by == editor and request.confirmed_at is not None
    assert not get_user_model().objects.filter(pk=owner.pk).exists()
    assert not Maker.objects.filter(pk=solo.pk).exists()
    assert Maker.objects.filter(pk=shared.pk).exists()
    assert Maker.objects.filter(pk=own.pk).exists()
    assert solo.name in request.deleted_profiles


def test_log_in_locks_after_five_wrong_passwords_without_telling_who_exists(client):
    from django.core.cache import cache

    cache.clear()
    email = "maker.koor@cultuurhuis.example"
    for _attempt in range(5):
        wrong = client.post("/admin/login/", {"username": email, "password": "fout"})
        assert wrong.status_code == 200
    locked = client.post("/admin/login/", {"username": email, "password": "demo-maker"})
    assert locked.status_code == 429
    assert "15" in locked.content.decode()
    # An unknown address gets exactly the same treatment.
    for _attempt in range(5):
        client.post("/admin/login/", {"username": "niemand@example.org", "password": "fout"})
    unknown = client.post("/admin/login/", {"username": "niemand@example.org", "password": "x"})
    assert unknown.status_code == 429
    assert unknown.content.decode().replace(
        "niemand@example.org", ""
    ) == locked.content.decode().replace(email, "")
    # Someone else still logs in.
    other = client.post(
        "/admin/login/", {"username": "maker.band@cultuurhuis.example", "password": "demo-maker"}
    )
    assert other.status_code == 302
    cache.clear()
