"""Mail faults against real SMTP servers on loopback: one that never answers, one that drops
every connection, and none at all. Requests only write to the outbox (the production task
backend, django-tasks-db), so none of them touches the mail server; the worker's attempts fail,
nothing is lost, and once a working server is back every mail arrives exactly once."""

import io
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from artists.models import Maker, MakerContactMessage
from outbox import delivery
from outbox.models import Mail
from tests.smtp import SMTP, BadServer, closed_port, working_server
from tests.test_accounts_signup import answers
from tests.test_artists_authorisation import edit_form_data

pytestmark = pytest.mark.django_db

S = "/admin/snippets/artists/maker"


@pytest.fixture
def production_mail(settings):
    """The outbox as in production: SMTP delivery, a short timeout, tasks kept in the database."""
    settings.OUTBOX = {**settings.OUTBOX, "DELIVERY_BACKEND": SMTP, "MAX_ATTEMPTS": 5}
    settings.EMAIL_TIMEOUT = 1
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    cache.clear()
    yield settings
    cache.clear()


def point_at(settings, port):
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port


def user(email):
    return get_user_model().objects.get(email=email)


def walk_every_journey_that_sends_mail(client):
    """Contact form, sign-up, password reset, submit, changes requested, resubmit.
    Returns the maker whose workflow was exercised."""
    statuses = []
    lotte = Maker.objects.get(slug="lotte-vrancken", locale__language_code="nl")
    response = client.post(
        f"/nl/makers/{lotte.slug}/",
        {"name": "Kim", "email": "kim@example.org", "message": "Speel je op ons feest?"},
    )
    statuses.append(response.status_code)
    statuses.append(client.post("/nl/account/sign-up/", answers()).status_code)
    response = client.post("/admin/password_reset/", {"email": "maker.koor@cultuurhuis.example"})
    statuses.append(response.status_code)

    choir = Maker.objects.get(slug="gemengd-koor-cantabile", locale__language_code="nl")
    edit = f"{S}/edit/{choir.pk}/"
    client.force_login(user("maker.koor@cultuurhuis.example"))
    data = edit_form_data(client, edit)
    data["intro"] = ["Wij zingen nu ook op zondag."]
    data["action-submit"] = ["1"]
    statuses.append(client.post(edit, data).status_code)
    state = WorkflowState.objects.active().get(object_id=str(choir.pk))
    client.force_login(user("moderator@cultuurhuis.example"))
    reject = f"{S}/workflow/action/{choir.pk}/reject/{state.current_task_state.pk}/"
    statuses.append(client.post(reject, {"comment": "Graag korter."}).status_code)
    client.force_login(user("maker.koor@cultuurhuis.example"))
    data = edit_form_data(client, edit)
    data["intro"] = ["Wij zingen op zondag."]
    data["action-submit"] = ["1"]
    statuses.append(client.post(edit, data).status_code)
    statuses.append(client.get(edit).status_code)
    client.logout()
    return choir, statuses


@pytest.mark.parametrize("fault", ["hang", "drop", "none"])
def test_a_failing_mail_server_costs_no_request_and_loses_no_mail(client, production_mail, fault):
    settings = production_mail
    before = set(Mail.objects.values_list("pk", flat=True))
    if fault == "none":
        server = None
        point_at(settings, closed_port())
        choir, statuses = walk_every_journey_that_sends_mail(client)
    else:
        server = BadServer(fault)
        point_at(settings, server.port)
        choir, statuses = walk_every_journey_that_sends_mail(client)

    assert all(status < 500 for status in statuses), statuses
    # No request talked to the mail server: it saw no connection at all.
    if server is not None:
        assert server.connections == 0
    queued = Mail.objects.exclude(pk__in=before)
    kinds = set(queued.values_list("kind", flat=True))
    assert {"contact", "signup", "submitted", "changes_requested"} <= kinds
    assert queued.count() >= 7  # incl. Wagtail's moderator mails and the password reset
    assert MakerContactMessage.objects.filter(sender_email="kim@example.org").exists()
    # The resubmission left a sound workflow: in progress, at a task, the edit page works.
    state = WorkflowState.objects.active().get(object_id=str(choir.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state is not None

    # The worker tries while the server is still broken: every attempt fails, nothing is lost.
    # A down or hung server costs the worker one attempt per run, not one per mail.
    sent, failed = delivery.deliver_due()
    assert (sent, failed) == (0, 1), [m.last_error for m in queued]
    if server is not None:
        assert server.connections == 1
        server.close()
    assert queued.filter(sent_at__isnull=True).count() == queued.count()
    first = queued.order_by("created_at", "pk").first()
    assert first.attempts == 1 and first.last_error
    assert not Mail.objects.due().exists()  # the others wait as long as the first

    # The server is back: every mail arrives once, and a second run sends nothing again.
    with working_server() as (port, inbox):
        point_at(settings, port)
        queued.update(next_attempt_at=timezone.now())
        out = io.StringIO()
        call_command("send_queued_mail", stdout=out)
        assert f"sent {queued.count()}," in out.getvalue()
        queued.update(next_attempt_at=timezone.now())
        assert delivery.deliver_due() == (0, 0)
        assert len(inbox.messages) == queued.count()
    assert queued.filter(sent_at__isnull=True).count() == 0


def test_a_mail_that_keeps_failing_is_shown_to_editors_and_can_be_sent_again(
    client, production_mail
):
    settings = production_mail
    point_at(settings, closed_port())
    mail = delivery.send("Proef", "Tekst", ["iemand@example.org"], kind="test")
    for _attempt in range(settings.OUTBOX["MAX_ATTEMPTS"]):  # a closed port: a server fault
        Mail.objects.filter(pk=mail.pk).update(next_attempt_at=timezone.now())
        delivery.deliver_due()
    mail.refresh_from_db()
    assert mail.gave_up and mail.sent_at is None and mail.attempts == 5

    client.force_login(user("redacteur@cultuurhuis.example"))
    listing = client.get("/admin/outbox/?gave_up=true")
    assert listing.status_code == 200
    assert "Proef" in listing.content.decode()
    with working_server() as (port, inbox):
        point_at(settings, port)
        response = client.post("/admin/outbox/retry/", {"pk": mail.pk})
        assert response.status_code == 302
        delivery.deliver_due()
        assert len(inbox.messages) == 1
    mail.refresh_from_db()
    assert mail.sent_at is not None and not mail.gave_up


def test_makers_cannot_see_the_outbox(client):
    client.force_login(user("maker.koor@cultuurhuis.example"))
    assert client.get("/admin/outbox/").status_code in {302, 403}
    assert client.post("/admin/outbox/retry/", {}).status_code in {302, 403}


def test_backoff_grows_and_has_a_ceiling(settings):
    waits = [delivery.backoff(n).total_seconds() for n in range(1, 12)]
    assert waits[:4] == [10, 20, 40, 80]
    assert max(waits) == 300 and waits == sorted(waits)


def test_the_database_worker_sends_queued_mail(production_mail):
    """The real worker command (django-tasks-db) picks up the task a request enqueued."""
    with working_server() as (port, inbox):
        point_at(production_mail, port)
        delivery.send("Via de worker", "Tekst", ["iemand@example.org"], kind="test")
        # The worker drops connections that are not in autocommit mode; inside this test's
        # transaction that would be the test's own connection.
        with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
            call_command(
                "db_worker", "--backend", "background", "--batch", "--no-startup-delay", "-v", "0"
            )
        assert [m.rcpt_tos for m in inbox.messages] == [["iemand@example.org"]]


def test_when_the_server_is_back_every_waiting_mail_goes_at_once(production_mail):
    point_at(production_mail, closed_port())
    first = delivery.send("Een", "Tekst", ["een@example.org"], kind="test")
    second = delivery.send("Twee", "Tekst", ["twee@example.org"], kind="test")
    delivery.deliver_due()
    Mail.objects.filter(pk=second.pk).update(next_attempt_at=timezone.now() + timedelta(minutes=5))
    Mail.objects.filter(pk=first.pk).update(next_attempt_at=timezone.now())
    with working_server() as (port, inbox):
        point_at(production_mail, port)
        assert delivery.deliver_due() == (2, 0)
        assert sorted(m.rcpt_tos[0] for m in inbox.messages) == [
            "een@example.org",
            "twee@example.org",
        ]


def test_staff_see_no_mail_bodies_and_cannot_edit_queued_mail(client, production_mail):
    """A body can hold a password-reset or invitation link: not for other eyes."""
    mail = delivery.send("Wachtwoord", "Geheime link /reset/abc123/", ["iemand@example.org"])
    client.force_login(user("redacteur@cultuurhuis.example"))
    inspect = client.get(f"/admin/outbox/inspect/{mail.pk}/")
    assert inspect.status_code == 200
    assert "abc123" not in inspect.content.decode()
    assert client.get(f"/admin/outbox/edit/{mail.pk}/").status_code in {302, 403}
    assert "abc123" not in client.get("/admin/outbox/").content.decode()
