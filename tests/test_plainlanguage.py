"""The B1 checker: analyser, text extraction, evaluation goal, commands, endpoint, workflow task."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.admin.ui.side_panels import ChecksSidePanel
from wagtail.models import Workflow, WorkflowState, WorkflowTask

from plainlanguage import analyse, html_to_text
from plainlanguage.evaluate import DUTCH_ACCURACY_GOAL, evaluate, load_texts
from plainlanguage.extract import readable_text
from plainlanguage.models import B1CheckTask
from plainlanguage.userbar import SUMMARY_RULE, ReadabilityCheckerItem, issue_rule
from tests.factories import UserFactory
from tests.helpers import demo_page

PLAIN_NL = (
    "Welkom bij het cultuurhuis. Wij helpen koren, bands en toneelclubs. "
    "Je kunt bij ons een ruimte huren. Bel of mail ons als je een vraag hebt."
)
HARD_NL = (
    "Teneinde de implementatie van het beleid inzake de subsidieverstrekking te faciliteren, "
    "wordt de aanvraag middels het daartoe bestemde formulier door de aanvrager ingediend, "
    "alvorens de beoordeling van de ontvankelijkheid door de gemeente plaatsvindt."
)


def kinds(analysis):
    return {issue.kind for issue in analysis.issues}


def issue_at(analysis, kind, text):
    return [issue for issue in analysis.issues if issue.kind == kind and issue.excerpt == text]


# --- the analyser ----------------------------------------------------------------------------


def test_plain_dutch_passes_without_issues():
    analysis = analyse(PLAIN_NL, "nl")
    assert analysis.verdict == "b1"
    assert analysis.issues == []
    assert analysis.sentence_count == 4
    assert analysis.word_count == 26
    assert analysis.flesch_douma > 60


def test_bureaucratic_dutch_is_harder_with_every_kind_of_issue():
    analysis = analyse(HARD_NL, "nl")
    assert analysis.verdict == "harder"
    assert analysis.score < 50
    assert kinds(analysis) == {
        "long_sentence",
        "rare_word",
        "long_word",
        "passive",
        "jargon",
        "nominalisation",
    }


@pytest.mark.parametrize(
    ("kind", "excerpt"),
    [
        ("jargon", "Teneinde"),
        ("jargon", "inzake"),
        ("jargon", "middels"),
        ("long_word", "subsidieverstrekking"),
        ("rare_word", "aanvrager"),
        (
            "passive",
            "wordt de aanvraag middels het daartoe bestemde formulier door de aanvrager ingediend",
        ),
    ],
)
def test_dutch_issues_point_at_the_right_characters(kind, excerpt):
    analysis = analyse(HARD_NL, "nl")
    found = issue_at(analysis, kind, excerpt)
    assert found, f"no {kind} at {excerpt!r}: {analysis.issues}"
    issue = found[0]
    assert HARD_NL[issue.start : issue.end] == excerpt
    assert issue.start == HARD_NL.index(excerpt)
    assert issue.sentence == 0


def test_long_sentence_covers_the_sentence_and_names_its_length():
    text = "Dit is kort. " + " ".join(["woord"] * 25) + "."
    analysis = analyse(text, "nl")
    [issue] = [issue for issue in analysis.issues if issue.kind == "long_sentence"]
    assert issue.sentence == 1
    assert text[issue.start : issue.end] == " ".join(["woord"] * 25) + "."
    assert "25" in issue.message


def test_nominalisations_are_counted_per_sentence():
    one = analyse("De organisatie van de vergadering is klaar.", "nl")
    assert "nominalisation" not in kinds(one)
    many = analyse("De beoordeling en de afhandeling van de verstrekking duren lang.", "nl")
    [issue] = [issue for issue in many.issues if issue.kind == "nominalisation"]
    assert issue.excerpt.startswith("beoordeling") and issue.excerpt.endswith("verstrekking")


def test_names_numbers_and_site_words_are_not_rare():
    analysis = analyse(
        "Kijk in de makersgids en de kennisbank. Anneke Vermeulen speelt in 2025 amateurkunst.",
        "nl",
    )
    assert "rare_word" not in kinds(analysis)


def test_abbreviations_do_not_end_a_sentence():
    analysis = analyse("Neem bijv. een fiets mee. Of kom o.a. met de bus.", "nl")
    assert analysis.sentence_count == 2


def test_active_perfect_with_zijn_is_not_passive():
    assert "passive" not in kinds(analyse("Wij zijn gisteren naar het concert gegaan.", "nl"))
    assert "passive" in kinds(analyse("Het concert is georganiseerd door de fanfare.", "nl"))


def test_english_plain_and_hard():
    plain = analyse(
        "We help groups and bands. You can rent a room. Call us if you have a question.", "en"
    )
    assert plain.verdict == "b1" and plain.issues == []
    hard = analyse(
        "In accordance with the aforementioned regulation, the application shall be submitted by "
        "the applicant prior to the commencement of the implementation of the arrangement.",
        "en",
    )
    assert hard.verdict == "harder"
    assert issue_at(hard, "jargon", "In accordance with")
    assert issue_at(hard, "jargon", "prior to")
    assert issue_at(hard, "passive", "be submitted")
    assert "nominalisation" in kinds(hard)


def test_german_plain_and_hard():
    plain = analyse("Wir helfen Chören und Bands. Du kannst bei uns einen Raum mieten.", "de")
    assert plain.verdict == "b1" and plain.issues == []
    hard = analyse(
        "Gemäß der Verordnung wurde der Antrag hinsichtlich der Inanspruchnahme der Förderung "
        "seitens der Verwaltung unter Berücksichtigung der Bestimmungen der Satzung abgelehnt und "
        "die Entscheidung dem Antragsteller nachträglich schriftlich mitgeteilt.",
        "de",
    )
    assert hard.verdict == "harder"
    assert issue_at(hard, "jargon", "Gemäß")
    assert issue_at(hard, "jargon", "hinsichtlich")
    assert "passive" in kinds(hard)
    assert "nominalisation" in kinds(hard)
    assert "long_sentence" in kinds(hard)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="Unsupported language"):
        analyse("Bonjour", "fr")


def test_messages_follow_the_active_language():
    with translation.override("nl"):
        dutch = analyse(HARD_NL, "nl").issues[0].message
    with translation.override("en"):
        english = analyse(HARD_NL, "nl").issues[0].message
    assert english.startswith("Officialese")
    assert dutch != english


def test_empty_text():
    analysis = analyse("", "nl")
    assert analysis.word_count == 0 and analysis.issues == []


def test_html_to_text_keeps_blocks_apart():
    text = html_to_text(
        "<h2>Kop</h2><p>Een <b>zin</b>.</p><ul><li>Een</li><li>Twee &amp; drie</li></ul>"
    )
    assert text == "Kop\nEen zin.\nEen\nTwee & drie"


def test_settings_change_thresholds(settings):
    text = "Wij maken elke week samen muziek in het mooie oude huis."
    assert "long_sentence" not in kinds(analyse(text, "nl"))
    settings.PLAINLANGUAGE = {"nl": {"max_sentence_words": 5}}
    assert "long_sentence" in kinds(analyse(text, "nl"))


# --- text of pages ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_readable_text_walks_stream_fields_and_rich_text():
    page = demo_page("over-ons")
    text = readable_text(page)
    assert text.startswith(page.title)
    assert page.intro in text
    assert "<p>" not in text
    assert "Heerlen" in text


@pytest.mark.django_db
def test_models_can_say_what_their_text_is():
    page = demo_page("over-ons")
    page.plain_language_text = lambda: "Alleen deze tekst."
    assert readable_text(page) == "Alleen deze tekst."


# --- calibration -----------------------------------------------------------------------------


def test_dutch_evaluation_set_reaches_the_goal():
    texts = load_texts()
    dutch = [text for text in texts if text["language"] == "nl"]
    assert sum(text["label"] == "plain" for text in dutch) >= 30
    assert sum(text["label"] == "hard" for text in dutch) >= 30
    assert all(text["url"].startswith("http") for text in texts)
    report = evaluate(dutch)
    assert report["summary"]["nl"]["all"]["accuracy"] >= DUTCH_ACCURACY_GOAL
    assert report["summary"]["nl"]["test"]["accuracy"] >= DUTCH_ACCURACY_GOAL


# --- commands --------------------------------------------------------------------------------


def run_b1check(monkeypatch, text, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        call_command("b1check", *args, "-", stdout=out)
    return exit_info.value.code, out.getvalue()


@pytest.mark.django_db
def test_b1check_exit_codes_and_positions(monkeypatch):
    code, output = run_b1check(monkeypatch, PLAIN_NL, "--lang", "nl")
    assert code == 0
    code, output = run_b1check(
        monkeypatch, "Eerste regel.\nIndien nodig bellen wij.", "--lang", "nl"
    )
    assert "<stdin>:2:1: [jargon]" in output
    code, output = run_b1check(monkeypatch, HARD_NL, "--lang", "nl")
    assert code == 1
    assert "<stdin>:1:1: [jargon]" in output


@pytest.mark.django_db
def test_b1check_json(monkeypatch):
    code, output = run_b1check(monkeypatch, HARD_NL, "--lang", "nl", "--json")
    data = json.loads(output)
    assert code == 1
    assert data["verdict"] == "harder"
    assert data["readability_index"] == "Flesch-Douma"
    assert {"kind", "message", "start", "end", "sentence", "excerpt"} <= set(data["issues"][0])


@pytest.mark.django_db
def test_b1check_reads_html_files(tmp_path):
    path = tmp_path / "pagina.html"
    path.write_text("<p>Wij helpen koren.</p><p>Je kunt bij ons repeteren.</p>", "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        call_command("b1check", "--lang", "nl", str(path), stdout=io.StringIO())
    assert exit_info.value.code == 0


@pytest.mark.django_db
def test_b1report_lists_failing_pages_per_locale():
    page = demo_page("over-ons")
    page.intro = " ".join([HARD_NL] * 6)
    page.save_revision().publish()
    out = io.StringIO()
    call_command("b1report", "--locale", "nl", "--json", stdout=out)
    rows = json.loads(out.getvalue())
    assert [row["title"] for row in rows] == [page.url_path]
    assert rows[0]["verdict"] == "harder" and rows[0]["locale"] == "nl"
    out = io.StringIO()
    call_command("b1report", stdout=out)
    assert "nl: 1 of" in out.getvalue()
    assert "en: 0 of" in out.getvalue()


# --- the endpoint ----------------------------------------------------------------------------


@pytest.fixture
def superuser(db):
    return get_user_model().objects.get(email="admin@cultuurhuis.example")


@pytest.fixture
def admin_client(superuser):
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    client.get(reverse("wagtailadmin_home"))  # sets the CSRF cookie
    return client


def post_json(client, data, **extra):
    token = client.cookies["csrftoken"].value if "csrftoken" in client.cookies else ""
    return client.post(
        reverse("plainlanguage_analyse"),
        data if isinstance(data, str) else json.dumps(data),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        **extra,
    )


@pytest.mark.django_db
def test_endpoint_analyses_for_editors(admin_client):
    response = post_json(admin_client, {"text": HARD_NL, "language": "nl"})
    assert response.status_code == 200
    data = response.json()
    assert data["verdict"] == "harder"
    assert data["issues"][0]["sentence_text"] == HARD_NL


@pytest.mark.django_db
def test_endpoint_accepts_form_posts_and_html(admin_client):
    token = admin_client.cookies["csrftoken"].value
    response = admin_client.post(
        reverse("plainlanguage_analyse"),
        {"text": "<p>Wij helpen koren.</p>", "language": "nl", "format": "html"},
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 200
    assert response.json()["word_count"] == 3


@pytest.mark.django_db
def test_endpoint_needs_the_csrf_token(superuser):
    client = Client(enforce_csrf_checks=True)
    client.force_login(superuser)
    response = client.post(
        reverse("plainlanguage_analyse"),
        json.dumps({"text": "Hallo.", "language": "nl"}),
        content_type="application/json",
    )
    assert response.status_code == 403


@pytest.mark.django_db
def test_endpoint_is_only_for_admin_users(client):
    url = reverse("plainlanguage_analyse")
    response = client.post(url, {"text": "Hallo.", "language": "nl"})
    assert response.status_code == 302 and "login" in response["Location"]
    client.force_login(UserFactory())
    response = client.post(url, {"text": "Hallo.", "language": "nl"})
    assert response.status_code != 200
    assert "verdict" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ({"language": "nl"}, "'text'"),
        ({"text": "   ", "language": "nl"}, "'text'"),
        ({"text": "Bonjour.", "language": "fr"}, "Unknown language 'fr'"),
        ({"text": "a" * 200_001, "language": "nl"}, "too long"),
    ],
)
def test_endpoint_explains_bad_input(admin_client, superuser, payload, message):
    profile = superuser.wagtail_userprofile
    profile.preferred_language = "en"
    profile.save()
    response = post_json(admin_client, payload)
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.django_db
def test_endpoint_speaks_the_editors_language(admin_client, superuser):
    profile = superuser.wagtail_userprofile
    profile.preferred_language = "en"
    profile.save()
    english = post_json(admin_client, {"text": HARD_NL, "language": "nl"}).json()
    profile.preferred_language = "nl"
    profile.save()
    dutch = post_json(admin_client, {"text": HARD_NL, "language": "nl"}).json()
    assert english["issues"][0]["message"].startswith("Officialese")
    assert dutch["issues"][0]["message"] != english["issues"][0]["message"]


@pytest.mark.django_db
def test_endpoint_only_takes_posts(admin_client):
    assert admin_client.get(reverse("plainlanguage_analyse")).status_code == 405


# --- the checks panel ------------------------------------------------------------------------


@pytest.mark.django_db
def test_checks_panel_gets_the_readability_rules(rf, superuser):
    request = rf.get("/admin/")
    request.user = superuser
    panel = ChecksSidePanel(demo_page("over-ons"), request)
    config = panel.get_axe_configuration()
    rule_ids = {rule["id"] for rule in config["spec"]["rules"]}
    assert {SUMMARY_RULE, issue_rule(1)} <= rule_ids
    assert SUMMARY_RULE in config["options"]["runOnly"]
    assert "heading-order" in config["options"]["runOnly"]  # Wagtail's own checks stay
    # No fixed messages: the editor shows each issue's own text (static/plainlanguage/editor.js).
    assert SUMMARY_RULE not in config["messages"]


@pytest.mark.django_db
def test_preview_userbar_carries_the_check_script(superuser, client):
    client.force_login(superuser)
    response = client.get("/nl/over-ons/")
    html = response.content.decode()
    assert "plainlanguage/checks.js" in html
    assert 'id="plainlanguage-config"' in html


def test_another_apps_checker_keeps_its_rules():
    from wagtail.admin.userbar import ContentCheckerItem

    from plainlanguage.userbar import ReadabilityMixin, with_readability

    class SiteCheckerItem(ContentCheckerItem):
        axe_run_only = ["image-alt"]

    item = with_readability(SiteCheckerItem(in_editor=True))
    assert isinstance(item, SiteCheckerItem) and isinstance(item, ReadabilityMixin)
    assert item.in_editor
    run_only = item.get_axe_run_only(None)
    assert run_only[0] == "image-alt" and SUMMARY_RULE in run_only
    assert with_readability(item) is item
    assert isinstance(with_readability(ContentCheckerItem()), ReadabilityCheckerItem)


@pytest.mark.django_db
def test_editor_loads_the_message_script(superuser, client):
    client.force_login(superuser)
    page = demo_page("over-ons")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
    assert response.status_code == 200
    assert "plainlanguage/editor.js" in response.content.decode()


# --- the workflow task -----------------------------------------------------------------------


@pytest.fixture
def b1_workflow(db):
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    task = B1CheckTask.objects.create(name="B1-check")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Plain language")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def submit(workflow, page, user, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user)
    return workflow.start(page, user)


@pytest.mark.django_db
def test_b1_task_passes_by_itself_when_the_text_is_b1(b1_workflow, superuser):
    page = demo_page("over-ons")
    state = submit(b1_workflow, page, superuser, intro="Wij helpen makers in heel Zuid-Limburg.")
    state.refresh_from_db()
    task_state = state.task_states.get().specific
    assert task_state.status == "approved"
    assert task_state.verdict == "b1"
    assert task_state.finished_by is None
    assert "B1" in task_state.comment
    assert state.status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_b1_task_waits_for_a_moderator_and_shows_why(b1_workflow, superuser):
    page = demo_page("over-ons")
    state = submit(b1_workflow, page, superuser, intro=" ".join([HARD_NL] * 6))
    task_state = state.current_task_state.specific
    assert task_state.status == "in_progress"
    assert task_state.verdict == "harder"
    assert any(reason["kind"] == "jargon" for reason in task_state.reasons)

    # The approval dialog lists the reasons.
    client = Client()
    client.force_login(superuser)
    response = client.get(
        reverse("wagtailadmin_pages:workflow_action", args=[page.id, "approve", task_state.id])
    )
    assert response.status_code == 200
    assert "Teneinde" in response.json()["html"]

    # A moderator may accept it anyway.
    task_state.task.specific.on_action(task_state, superuser, "approve", comment="Mag zo.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


@pytest.mark.django_db
def test_b1_task_can_be_returned_for_changes(b1_workflow, superuser):
    page = demo_page("over-ons")
    state = submit(b1_workflow, page, superuser, intro=" ".join([HARD_NL] * 6))
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, superuser, "reject", comment="Korter, graag.")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.django_db
def test_b1_task_can_be_chosen_in_the_admin(superuser, client):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_workflows:select_task_type"))
    assert response.status_code == 200
    assert "B1" in response.content.decode()


# --- words editors add -----------------------------------------------------------------------


@pytest.mark.django_db
def test_editors_can_add_officialese_and_their_own_words():
    from plainlanguage.models import PlainLanguageTerm
    from plainlanguage.terms import analyse_with_editor_terms

    text = "Wij spelen uiterst graag in de zwengelzaal."
    before = analyse_with_editor_terms(text, "nl")
    assert not issue_at(before, "jargon", "uiterst")
    assert issue_at(before, "rare_word", "zwengelzaal")

    term = PlainLanguageTerm.objects.create(language="nl", term="uiterst", alternative="heel")
    PlainLanguageTerm.objects.create(language="nl", kind="allowed", term="Zwengelzaal")
    after = analyse_with_editor_terms(text, "nl")
    [jargon] = issue_at(after, "jargon", "uiterst")
    assert "heel" in jargon.message
    assert not issue_at(after, "rare_word", "zwengelzaal")

    PlainLanguageTerm.objects.filter(pk=term.pk).delete()  # a bulk delete, as in the admin
    assert not issue_at(analyse_with_editor_terms(text, "nl"), "jargon", "uiterst")


@pytest.mark.django_db
def test_word_list_is_in_the_admin(superuser, client):
    client.force_login(superuser)
    response = client.get(reverse("wagtailsnippets_plainlanguage_plainlanguageterm:add"))
    assert response.status_code == 200
