""" "Was this helpful?" on articles, the report for editors, and the check-again reminder."""

from datetime import date

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.test import Client

from kennisbank.feedback import RATE_LIMIT
from kennisbank.models import HelpfulFeedback, KennisbankArticlePage
from tests.factories import UserFactory
from tests.helpers import demo_page

pytestmark = pytest.mark.django_db

ARTICLE_URL = "/nl/kennisbank/subsidie-aanvragen/"


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit lives in the cache, which outlives each test's database transaction.
    cache.clear()
    yield
    cache.clear()


def article():
    return demo_page("subsidie-aanvragen")


def post(client, url=ARTICLE_URL, **data):
    return client.post(url, data, REMOTE_ADDR=data.pop("ip", "192.0.2.1"))


def test_the_form_is_on_every_article(client):
    html = client.get(ARTICLE_URL).content.decode()
    assert 'id="helpful"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html  # the honeypot, hidden by CSS


def test_a_yes_with_a_comment_is_stored_without_personal_data(client):
    response = post(client, helpful="yes", comment="Duidelijk verhaal!", website="")
    assert response.status_code == 302
    assert response["Location"] == ARTICLE_URL + "?helpful=thanks#helpful"
    feedback = HelpfulFeedback.objects.get()
    assert (feedback.page_id, feedback.helpful, feedback.comment) == (
        article().pk,
        True,
        "Duidelijk verhaal!",
    )
    assert {field.name for field in HelpfulFeedback._meta.get_fields()} == {
        "id",
        "page",
        "helpful",
        "comment",
        "created_on",
    }


def test_a_no_without_a_comment_is_fine(client):
    assert post(client, helpful="no").status_code == 302
    assert HelpfulFeedback.objects.get().helpful is False


@pytest.mark.parametrize(
    ("language", "url", "thanks"),
    [
        ("nl", "/nl/kennisbank/subsidie-aanvragen/", "Bedankt voor je antwoord"),
        ("en", "/en/knowledge-base/applying-for-grants/", "Thank you for your answer"),
        ("de", "/de/wissensbank/foerderung-beantragen/", "Danke für deine Antwort"),
    ],
)
def test_thank_you_message_in_the_visitors_language(client, language, url, thanks):
    response = post(client, url=url, helpful="yes")
    html = client.get(response["Location"]).content.decode()
    assert thanks in html
    assert 'role="status"' in html


def test_without_an_answer_the_form_comes_back_with_an_error_and_the_comment(client):
    response = post(client, helpful="", comment="Mijn <b>opmerking</b>")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies ja of nee." in html
    assert "Mijn &lt;b&gt;opmerking&lt;/b&gt;" in html  # kept, and escaped
    assert not HelpfulFeedback.objects.exists()


def test_a_too_long_comment_is_refused(client):
    response = post(client, helpful="yes", comment="x" * 1001)
    assert response.status_code == 400
    assert not HelpfulFeedback.objects.exists()


def test_the_honeypot_stores_nothing_but_looks_fine(client):
    response = post(client, helpful="yes", website="https://spam.example")
    assert response.status_code == 302
    assert not HelpfulFeedback.objects.exists()


def test_answers_are_rate_limited_per_visitor(client):
    for _ in range(RATE_LIMIT):
        assert post(client, helpful="yes").status_code == 302
    response = post(client, helpful="no")
    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in response.content.decode()
    assert HelpfulFeedback.objects.count() == RATE_LIMIT
    # Another visitor can still answer.
    assert post(client, helpful="yes", ip="198.51.100.7").status_code == 302


def test_the_rate_limit_key_holds_no_ip_address(client):
    from django.test import RequestFactory

    from kennisbank.feedback import client_key

    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")
    key = client_key(request)
    assert "203.0.113.9" not in key
    assert key == client_key(RequestFactory().post("/", REMOTE_ADDR="203.0.113.9"))
    assert key != client_key(RequestFactory().post("/", REMOTE_ADDR="203.0.113.10"))


def test_posting_without_a_csrf_token_is_refused():
    client = Client(enforce_csrf_checks=True)
    response = client.post(ARTICLE_URL, {"helpful": "yes"})
    assert response.status_code == 403
    assert not HelpfulFeedback.objects.exists()


# --- report ------------------------------------------------------------------------------------


def admin_user(*codenames):
    user = UserFactory()
    group = Group.objects.create(name=f"Test {user.pk}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(codename__in=codenames),
    )
    user.groups.add(group)
    return user


def test_report_counts_answers_per_article(client):
    page = article()
    for helpful in (True, True, True, False):
        HelpfulFeedback.objects.create(page=page, helpful=helpful)
    HelpfulFeedback.objects.create(page=page, helpful=False, comment="<script>x</script>")
    client.force_login(admin_user("view_helpfulfeedback"))
    html = client.get("/admin/reports/kennisbank-helpful/").content.decode()
    row = html.split(page.title)[1].split("</tr>")[0]
    cells = [cell.strip() for cell in __import__("re").findall(r"<td[^>]*>(.*?)</td>", row, 16)]
    assert [cells[-4], cells[-3], cells[-2]] == ["3", "2", "60 %"]
    comments = client.get(f"/admin/reports/kennisbank-comments/?article={page.pk}")
    assert "&lt;script&gt;x&lt;/script&gt;" in comments.content.decode()


def test_report_needs_the_permission(client):
    HelpfulFeedback.objects.create(page=article(), helpful=True, comment="Geheim")
    client.force_login(admin_user())
    for url in ("/admin/reports/kennisbank-helpful/", "/admin/reports/kennisbank-comments/"):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Geheim" not in response.content.decode()
    assert "kennisbank-helpful" not in client.get("/admin/").content.decode()


def test_demo_editors_can_read_the_report(client):
    client.login(username="redacteur@cultuurhuis.example", password="demo-redacteur")
    assert client.get("/admin/reports/kennisbank-helpful/").status_code == 200


def test_editors_manage_themes(client):
    client.login(username="redacteur@cultuurhuis.example", password="demo-redacteur")
    response = client.get("/admin/snippets/kennisbank/kennisbanktheme/")
    assert response.status_code == 200
    assert "Geld en subsidie" in response.content.decode()


# --- dashboard ---------------------------------------------------------------------------------


def test_dashboard_lists_articles_not_checked_for_a_year(client):
    old = article()
    KennisbankArticlePage.objects.filter(pk=old.pk).update(last_checked=date(2020, 5, 1))
    client.login(username="redacteur@cultuurhuis.example", password="demo-redacteur")
    html = client.get("/admin/").content.decode()
    panel = html.split('id="kennisbank-articles-to-check-section"')[1].split("</section>")[0]
    assert f'href="/admin/pages/{old.pk}/edit/"' in panel
    assert "Een begroting maken" not in panel  # checked recently


def test_dashboard_panel_is_hidden_when_everything_is_checked(client):
    KennisbankArticlePage.objects.update(last_checked=date.today())
    client.login(username="redacteur@cultuurhuis.example", password="demo-redacteur")
    assert "kennisbank-articles-to-check" not in client.get("/admin/").content.decode()


def test_dashboard_panel_only_lists_pages_the_user_may_edit(client):
    old = article()
    KennisbankArticlePage.objects.filter(pk=old.pk).update(last_checked=date(2020, 5, 1))
    client.force_login(admin_user())  # admin access, but no page permissions
    assert "kennisbank-articles-to-check" not in client.get("/admin/").content.decode()


def test_changing_the_user_agent_does_not_reset_the_rate_limit():
    from django.test import RequestFactory

    from kennisbank.feedback import client_key

    first = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Browser A")
    second = RequestFactory().post("/", REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Browser B")
    assert client_key(first) == client_key(second)


def test_csv_export_of_comments_cannot_carry_a_formula(client):
    page = article()
    HelpfulFeedback.objects.create(
        page=page, helpful=False, comment='=HYPERLINK("http://x.example","klik")'
    )
    client.force_login(admin_user("view_helpfulfeedback"))
    response = client.get(f"/admin/reports/kennisbank-comments/?article={page.pk}&export=csv")
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in body
    assert ",=HYPERLINK" not in body and '"=HYPERLINK' not in body
