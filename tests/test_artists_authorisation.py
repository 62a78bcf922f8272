"""The authorisation matrix: who may do what with a maker and its photos in the admin.

One row per admin URL (and method), one column per role. Maker A is "Gemengd Koor Cantabile",
owned by the demo user maker.koor; maker B is maker.band, who owns another maker; the co-owner
is a second owner of A. Every cell runs in its own savepoint, so one cell never sees another
cell's changes, and a refused POST is checked to have changed nothing.

Outcomes:
  OK      200
  SHOWN   200, and maker A (or A's photo) is in the page
  HIDDEN  200, and maker A (or A's photo) is not in the page
  DONE    the action worked: a redirect that is not a refusal (or 200 for JSON/preview answers)
  KEPT    the form comes back with a message (locked, in moderation); nothing is saved
  DRAFT   a forged "publish" by someone without the right: saved as a draft, live version unchanged
  LIVE    published: the live version changed
  DENY    refused: 403, 404, or the admin's redirect to the dashboard; a POST changes nothing
  LOGIN   anonymous: redirect to the log-in page
"""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from wagtail.models import Page, Revision, Site, WorkflowState

from artists.models import Maker
from tests.factories_accounts import add_owner, maker_user, uploaded_image

OK, SHOWN, HIDDEN, DONE, KEPT, DRAFT, LIVE, DENY, LOGIN = (
    "OK",
    "SHOWN",
    "HIDDEN",
    "DONE",
    "KEPT",
    "DRAFT",
    "LIVE",
    "DENY",
    "LOGIN",
)
ROLES = ["anonymous", "maker_a", "maker_b", "co_owner", "moderator", "editor", "superuser"]

S = "/admin/snippets/artists/maker"
I = "/admin/images"  # noqa: E741
# Placeholders: {a} maker A, {rev} A's latest revision, {ws}/{ts}/{task} A's workflow state,
# task state and task, {img} A's photo, {guess} an id no maker has, {home} the Dutch home page.
# State: "" (A is live), "moderation" (A's change awaits a moderator), "locked" (A locked by A).
# Data: None, "form" (A's current edit form, as a browser would post it), or a dict.
# fmt: off
MATRIX = [
    # action     method  url                                                  state         data                      anonymous maker_a maker_b co_owner moderator editor superuser
    ("view",    "GET",  f"{S}/",                                              "",           None,                     LOGIN,  SHOWN,  HIDDEN, SHOWN,  SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  f"{S}/?q=Cantabile",                                  "",           None,                     LOGIN,  SHOWN,  HIDDEN, SHOWN,  SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  f"{S}/results/?q=Cantabile",                          "",           None,                     LOGIN,  SHOWN,  HIDDEN, SHOWN,  SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  f"{S}/?export=csv",                                   "",           None,                     LOGIN,  SHOWN,  HIDDEN, SHOWN,  SHOWN,  SHOWN,  SHOWN),
    ("edit",    "GET",  f"{S}/add/",                                          "",           None,                     LOGIN,  OK,     OK,     OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/edit/{{a}}/",                                   "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("edit",    "POST", f"{S}/edit/{{a}}/",                                   "",           "form",                   LOGIN,  DONE,   DENY,   DONE,   DONE,   DONE,   DONE),
    ("submit",  "POST", f"{S}/edit/{{a}}/",                                   "",           {"action-submit": "1"},   LOGIN,  DONE,   DENY,   DONE,   DONE,   DONE,   DONE),
    ("publish", "POST", f"{S}/edit/{{a}}/",                                   "",           {"action-publish": "1"},  LOGIN,  DRAFT,  DENY,   DRAFT,  LIVE,   LIVE,   LIVE),
    ("view",    "GET",  f"{S}/edit/{{guess}}/",                               "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   DENY),
    ("edit",    "POST", f"{S}/edit/{{guess}}/",                               "",           "form",                   LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   DENY),
    ("delete",  "GET",  f"{S}/delete/{{a}}/",                                 "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("delete",  "POST", f"{S}/delete/{{a}}/",                                 "",           {},                       LOGIN,  DENY,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("delete",  "POST", f"{S}/delete/{{guess}}/",                             "",           {},                       LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   DENY),
    ("publish", "GET",  f"{S}/unpublish/{{a}}/",                              "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("publish", "POST", f"{S}/unpublish/{{a}}/",                              "",           {},                       LOGIN,  DENY,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("view",    "GET",  f"{S}/usage/{{a}}/",                                  "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/history/{{a}}/",                                "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/history-results/{{a}}/",                        "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/history/{{guess}}/",                            "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   DENY),
    ("view",    "GET",  f"{S}/preview/{{a}}/",                                "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "POST", f"{S}/preview/{{a}}/",                                "",           "form",                   LOGIN,  DONE,   DENY,   DONE,   DONE,   DONE,   DONE),
    ("view",    "GET",  f"{S}/history/{{a}}/revisions/{{rev}}/view/",         "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/history/{{a}}/revisions/compare/earliest...latest/", "",      None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("edit",    "GET",  f"{S}/history/{{a}}/revisions/{{rev}}/revert/",       "",           None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("edit",    "POST", f"{S}/history/{{a}}/revisions/{{rev}}/revert/",       "",           "form",                   LOGIN,  DONE,   DENY,   DONE,   DONE,   DONE,   DONE),
    ("publish", "POST", f"{S}/history/{{a}}/revisions/{{rev}}/unschedule/",   "",           {},                       LOGIN,  DENY,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("edit",    "POST", f"{S}/lock/{{a}}/",                                   "",           {},                       LOGIN,  DONE,   DENY,   DONE,   DONE,   DONE,   DONE),
    ("edit",    "POST", f"{S}/unlock/{{a}}/",                                 "locked",     {},                       LOGIN,  DONE,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("edit",    "POST", f"{S}/edit/{{a}}/",                                   "locked",     "form",                   LOGIN,  DONE,   DENY,   KEPT,   KEPT,   KEPT,   KEPT),
    ("view",    "GET",  f"{S}/workflow_history/{{a}}/",                       "moderation", None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/workflow_history/{{a}}/detail/{{ws}}/",         "moderation", None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("view",    "GET",  f"{S}/workflow/preview/{{a}}/{{task}}/",              "moderation", None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     DENY,   OK),
    ("publish", "GET",  f"{S}/workflow/collect_action_data/{{a}}/reject/{{ts}}/", "moderation", None,                 LOGIN,  DENY,   DENY,   DENY,   OK,     DENY,   OK),
    ("publish", "POST", f"{S}/workflow/action/{{a}}/approve/{{ts}}/",         "moderation", {},                       LOGIN,  DENY,   DENY,   DENY,   LIVE,   DENY,   LIVE),
    ("publish", "POST", f"{S}/workflow/action/{{a}}/reject/{{ts}}/",          "moderation", {"comment": "Korter."},   LOGIN,  DENY,   DENY,   DENY,   DONE,   DENY,   DONE),
    ("submit",  "GET",  f"{S}/workflow/confirm_cancellation/{{a}}/",          "moderation", None,                     LOGIN,  OK,     DENY,   OK,     OK,     OK,     OK),
    ("submit",  "POST", f"{S}/edit/{{a}}/",                                   "moderation", {"action-cancel-workflow": "1"}, LOGIN, DONE, DENY, KEPT, DONE, KEPT, DONE),
    ("view",    "GET",  "/admin/snippets/choose/artists/maker/?q=Cantabile",  "",           None,                     LOGIN,  DENY,   DENY,   DENY,   SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  "/admin/snippets/choose/artists/maker/chosen/{a}/",   "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("delete",  "GET",  "/admin/bulk/artists/maker/delete/?id={a}",           "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("delete",  "POST", "/admin/bulk/artists/maker/delete/?id={a}",           "",           {},                       LOGIN,  DENY,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("edit",    "GET",  "/admin/localize/submit/snippet/artists/maker/{a}/",  "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/localize/api/snippets/artists/maker/{a}/",    "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/localize/reports/translations/",              "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/reports/site-history/",                       "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/reports/workflow/",                           "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/pages/",                                      "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("edit",    "GET",  "/admin/pages/{home}/edit/",                          "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/snippets/artists/discipline/",                "",           None,                     LOGIN,  DENY,   DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  "/admin/snippets/home/menu/",                         "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   OK),
    ("view",    "GET",  "/admin/settings/home/sitesettings/{site}/",         "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   OK),
    ("view",    "GET",  "/admin/users/",                                      "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   OK),
    ("view",    "GET",  "/admin/groups/",                                     "",           None,                     LOGIN,  DENY,   DENY,   DENY,   DENY,   DENY,   OK),
    ("view",    "GET",  f"{I}/",                                              "",           None,                     LOGIN,  SHOWN,  HIDDEN, HIDDEN, SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  f"{I}/{{img}}/",                                      "",           None,                     LOGIN,  OK,     DENY,   DENY,   OK,     OK,     OK),
    ("edit",    "POST", f"{I}/{{img}}/",                                      "",           {"title": "Nieuw", "collection": "{col}"},      LOGIN,  DONE,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("delete",  "GET",  f"{I}/{{img}}/delete/",                               "",           None,                     LOGIN,  OK,     DENY,   DENY,   OK,     OK,     OK),
    ("delete",  "POST", f"{I}/{{img}}/delete/",                               "",           {},                       LOGIN,  DONE,   DENY,   DENY,   DONE,   DONE,   DONE),
    ("view",    "GET",  f"{I}/usage/{{img}}/",                                "",           None,                     LOGIN,  OK,     DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  f"{I}/chooser/?q=repetitie",                          "",           None,                     LOGIN,  SHOWN,  HIDDEN, HIDDEN, SHOWN,  SHOWN,  SHOWN),
    ("view",    "GET",  f"{I}/chooser/chosen/{{img}}/",                           "",           None,                     LOGIN,  OK,     DENY,   DENY,   OK,     OK,     OK),
    ("view",    "GET",  f"{I}/chooser/{{img}}/select_format/",                "",           None,                     LOGIN,  OK,     DENY,   DENY,   OK,     OK,     OK),
    ("edit",    "GET",  f"{I}/multiple/add/",                                 "",           None,                     LOGIN,  OK,     OK,     OK,     OK,     OK,     OK),
]
# fmt: on
CELLS = len(MATRIX) * len(ROLES)


class FormFields(HTMLParser):
    """The fields a browser would post from the admin's edit form."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.textarea, self.select = [], False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if (
            tag == "form"
            and attrs.get("method", "").lower() == "post"
            and "data-edit-form" in attrs
        ):
            self.in_form = True
        if not self.in_form or "name" not in attrs and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in {"submit", "button", "file"}:
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields.append((attrs["name"], attrs.get("value", "on")))
            else:
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.in_form = False


def edit_form_data(client, url):
    parser = FormFields()
    parser.feed(client.get(url).content.decode())
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    # The StreamField editor is drawn by JavaScript; without it the form posts an empty stream.
    data.setdefault("media-count", ["0"])
    return data


def snapshot(maker_pk, image_pk):
    from wagtail.images import get_image_model

    maker = Maker.objects.filter(pk=maker_pk).first()
    if maker is None:
        return None
    return {
        "latest_revision": maker.latest_revision_id,
        "live_revision": maker.live_revision_id,
        "live": maker.live,
        "locked": (maker.locked, maker.locked_by_id),
        "owners": sorted(maker.owners.values_list("user_id", flat=True)),
        "workflow": list(
            WorkflowState.objects.filter(base_content_type__model="maker", object_id=str(maker.pk))
            .order_by("pk")
            .values_list("status", flat=True)
        ),
        "revisions": Revision.objects.filter(
            base_content_type__model="maker", object_id=str(maker.pk)
        ).count(),
        "image": get_image_model().objects.filter(pk=image_pk).values_list("title").first(),
    }


@pytest.fixture
def world(db):
    User = get_user_model()
    maker_a = Maker.objects.get(slug="gemengd-koor-cantabile", locale__language_code="nl")
    user_a = User.objects.get(email="maker.koor@cultuurhuis.example")
    co_owner = maker_user("mede.eigenaar@example.org")
    add_owner(maker_a, co_owner)
    image = uploaded_image(user_a)
    users = {
        "anonymous": None,
        "maker_a": user_a,
        "maker_b": User.objects.get(email="maker.band@cultuurhuis.example"),
        "co_owner": co_owner,
        "moderator": User.objects.get(email="moderator@cultuurhuis.example"),
        "editor": User.objects.get(email="redacteur@cultuurhuis.example"),
        "superuser": User.objects.get(email="admin@cultuurhuis.example"),
    }
    admin = Client()
    admin.force_login(users["superuser"])
    return {
        "users": users,
        "maker": maker_a,
        "image": image,
        "form": edit_form_data(admin, f"{S}/edit/{maker_a.pk}/"),
        "ids": {
            "a": maker_a.pk,
            "img": image.pk,
            "guess": Maker.objects.order_by("-pk").values_list("pk", flat=True).first() + 1000,
            "home": Page.objects.get(depth=2, locale__language_code="nl").pk,
            "rev": maker_a.latest_revision_id,
            "col": image.collection_id,
            "site": Site.objects.get(is_default_site=True).pk,
        },
    }


def prepare(state, world):
    """Put maker A in the state the row needs; return the ids of what that created."""
    maker = Maker.objects.get(pk=world["maker"].pk)
    owner = world["users"]["maker_a"]
    if state == "locked":
        maker.locked, maker.locked_by = True, owner
        maker.save(update_fields=["locked", "locked_by"])
    if state == "moderation":
        maker.intro = "Wij zingen elke week samen. Nu ook op zondag."
        maker.save_revision(user=owner)
        workflow_state = maker.get_workflow().start(maker, owner)
        task_state = workflow_state.current_task_state
        return {"ws": workflow_state.pk, "ts": task_state.pk, "task": task_state.task_id}
    return {}


def outcome(response, row_expected, before, after, body_has_a):
    status = response.status_code
    location = response.headers.get("Location", "")
    if status == 302 and "/admin/login/" in location:
        return LOGIN
    refused = status in {403, 404} or (status == 302 and location.rstrip("/") in {"/admin", ""})
    if refused:
        return DENY if before == after else "DENY-BUT-CHANGED"
    if row_expected in {SHOWN, HIDDEN} and status == 200:
        return SHOWN if body_has_a else HIDDEN
    if row_expected in {DRAFT, LIVE} and status in {200, 302}:
        if after["live_revision"] != before["live_revision"]:
            return LIVE
        return DRAFT if after["latest_revision"] != before["latest_revision"] else "NOTHING"
    if row_expected == LIVE and after and after["live_revision"] != before["live_revision"]:
        return LIVE
    if row_expected == KEPT and status == 200:
        return KEPT if before == after else "SAVED"
    if row_expected == OK:
        return OK if status == 200 else f"HTTP {status} {location}"
    if row_expected == DONE and (status == 302 or status == 200):
        # A 200 on a form POST means the form came back with errors, unless it is JSON.
        if status == 200 and "json" not in response.headers.get("Content-Type", ""):
            return DONE if before != after or "preview" in response.request["PATH_INFO"] else KEPT
        return DONE
    return f"HTTP {status} {location}".strip()


def run_cell(client, world, row, role):
    action, method, url, state, data, *expected = row
    expected = expected[ROLES.index(role)]
    ids = {**world["ids"], **prepare(state, world)}
    path = url.format(**ids)
    before = snapshot(world["maker"].pk, world["image"].pk)
    if method == "GET":
        response = client.get(path)
    else:
        if data == "form":
            payload = world["form"]
        elif S in path and ("/edit/" in path or "/revert/" in path):
            payload = {**world["form"], **data}  # a button on the edit form
        else:
            payload = {key: str(value).format(**ids) for key, value in data.items()}
        response = client.post(path, payload)
    after = snapshot(world["maker"].pk, world["image"].pk)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode(errors="replace")
    # What proves A is on the page: not the search words, which the search box repeats.
    if path.startswith(I):
        marker = world["image"].title
    elif "export=" in path:
        marker = world["maker"].name
    else:
        marker = f"/{ids['a']}/"
    return expected, outcome(response, expected, before, after, marker in text)


@pytest.mark.parametrize("role", ROLES)
def test_authorisation_matrix(world, role):
    client = Client()
    if world["users"][role]:
        client.force_login(world["users"][role])
    mismatches = []
    for row in MATRIX:
        with transaction.atomic():
            expected, actual = run_cell(client, world, row, role)
            transaction.set_rollback(True)
        if actual != expected:
            mismatches.append(
                f"{row[1]:4} {row[2]:62} [{row[3]}] expected {expected}, got {actual}"
            )
    assert not mismatches, f"{role}: {len(mismatches)} cells differ\n" + "\n".join(mismatches)


def test_matrix_is_complete_and_counted():
    assert all(len(row) == 5 + len(ROLES) for row in MATRIX)
    assert len({(row[1], row[2], row[3], str(row[4])) for row in MATRIX}) == len(MATRIX)
    print(f"authorisation matrix: {len(MATRIX)} rows x {len(ROLES)} roles = {CELLS} cells")
    assert CELLS >= 400
