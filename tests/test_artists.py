"""Makers: the moderated, translatable snippet, the public directory and profile pages."""

import io
import json
import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.cache import cache
from wagtail.models import Locale, Revision, WorkflowContentType

from artists import demo as artists_demo
from artists.models import Discipline, Maker, MakerContactMessage, MakerOwner
from tests.factories import UserFactory
from tests.factories_artists import MakerFactory, discipline

pytestmark = pytest.mark.django_db

DIRECTORY = "/nl/makers/"


def locale(code):
    return Locale.objects.get(language_code=code)


def result_count(response):
    match = re.search(r'id="result-count"[^>]*>([^<]*)<', response.content.decode())
    return int(match.group(1).split()[0])


def moderator():
    user = UserFactory(email="mod@example.org")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


# --- the data and the demo -------------------------------------------------------------


def test_demo_has_sixty_makers_in_every_discipline_and_town():
    nl = Maker.objects.live().filter(locale__language_code="nl")
    assert nl.count() >= 60
    used = set(nl.values_list("disciplines__slug", flat=True))
    assert {"muziek", "koor", "dans", "theater", "circus", "erfgoed", "urban-arts"} <= used
    towns = set(nl.values_list("city", flat=True))
    assert {
        "Heerlen",
        "Kerkrade",
        "Maastricht",
        "Sittard",
        "Landgraaf",
        "Brunssum",
        "Geleen",
        "Valkenburg",
    } <= towns
    assert Maker.objects.live().filter(locale__language_code="en").count() >= 3
    assert Maker.objects.live().filter(locale__language_code="de").count() >= 2
    assert nl.filter(photos__isnull=False).exists()


def test_demo_owners_and_menu():
    choir = MakerOwner.objects.get(
        user__email="maker.koor@cultuurhuis.example", maker__locale__language_code="nl"
    )
    band = MakerOwner.objects.get(
        user__email="maker.band@cultuurhuis.example", maker__locale__language_code="nl"
    )
    assert "koor" in {d.slug for d in choir.maker.disciplines.all()}
    assert choir.maker.kind == Maker.ASSOCIATION
    assert band.maker.name == "Band Rode Draad"
    from home.models import Menu

    assert Menu.objects.get(handle="main").items.filter(page__slug="makers").exists()


def test_demo_loader_is_idempotent():
    counts = (Maker.objects.count(), Revision.objects.count(), MakerOwner.objects.count())
    artists_demo.load(io.StringIO())
    assert (Maker.objects.count(), Revision.objects.count(), MakerOwner.objects.count()) == counts


def test_maker_content_type_has_the_default_workflow():
    maker_type = ContentType.objects.get_for_model(Maker)
    link = WorkflowContentType.objects.get(content_type=maker_type)
    assert link.workflow.name == "Moderators approval"
    assert Maker.objects.first().get_workflow() == link.workflow


def test_languages_field_round_trips_and_filters():
    maker = MakerFactory(languages=["nl", "li"])
    maker.refresh_from_db()
    assert maker.languages == ["nl", "li"]
    assert Maker.objects.filter(pk=maker.pk, languages__contains=",li,").exists()
    assert not Maker.objects.filter(pk=maker.pk, languages__contains=",en,").exists()
    revision_copy = maker.save_revision().as_object()
    assert revision_copy.languages == ["nl", "li"]


# --- moderation ---------------------------------------------------------------------------


def test_submitted_change_stays_invisible_until_a_moderator_approves(client):
    maker = MakerFactory(intro="Wij zingen oude liedjes.", disciplines=[discipline("koor")])
    owner = UserFactory()
    url = f"{DIRECTORY}{maker.slug}/"

    draft = Maker.objects.get(pk=maker.pk)
    draft.intro = "Geheime nieuwe tekst."
    revision = draft.save_revision(user=owner)
    workflow_state = maker.get_workflow().start(draft, owner)

    maker.refresh_from_db()
    assert workflow_state.status == "in_progress"
    assert maker.live_revision_id != revision.pk
    assert maker.intro == "Wij zingen oude liedjes."
    assert "Geheime nieuwe tekst." not in client.get(url).content.decode()
    assert "Geheime nieuwe tekst." not in client.get(DIRECTORY, {"q": "Geheime"}).content.decode()

    task_state = workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator(), "approve")

    maker.refresh_from_db()
    workflow_state.refresh_from_db()
    assert workflow_state.status == "approved"
    assert maker.intro == "Geheime nieuwe tekst."
    assert "Geheime nieuwe tekst." in client.get(url).content.decode()


def test_a_draft_maker_never_appears(client):
    hidden = MakerFactory(name="Onzichtbaar Ensemble", slug="onzichtbaar", live=False)
    hidden.save_revision()
    assert client.get(f"{DIRECTORY}onzichtbaar/").status_code == 404
    assert "Onzichtbaar Ensemble" not in client.get(DIRECTORY, {"letter": "O"}).content.decode()
    assert result_count(client.get(DIRECTORY, {"q": "Onzichtbaar"})) == 0


# --- translation --------------------------------------------------------------------------


def test_translation_starts_as_a_draft_and_english_falls_back_to_dutch(
    client, django_capture_on_commit_callbacks
):
    source = Maker.objects.get(slug="fanfare-sint-caecilia", locale__language_code="nl")
    url = f"/en/makers/{source.slug}/"

    translation = source.copy_for_translation(locale("en"))
    translation.intro = "Our brass band is a hundred years old."
    translation.save()
    assert translation.live is False
    assert translation.live_revision is None

    response = client.get(url)
    body = response.content.decode()
    assert response.status_code == 200
    assert source.intro in body
    assert "not yet available in your language" in body
    assert 'lang="nl"' in body
    assert "a hundred years old" not in body

    with django_capture_on_commit_callbacks(execute=True):  # Elasticsearch updates after commit
        translation.save_revision().publish()
    body = client.get(url).content.decode()
    assert "Our brass band is a hundred years old." in body
    assert "not yet available in your language" not in body
    # The directory lists the maker once: in English now.
    listing = client.get("/en/makers/", {"q": "brass"}).content.decode()
    assert "a hundred years old" in listing


def test_wagtail_localize_translation_is_not_published_without_review():
    from wagtail_localize.operations import translate_object

    source = Maker.objects.get(slug="harmonie-eendracht", locale__language_code="nl")
    translate_object(source, [locale("de")])
    translation = source.get_translation(locale("de"))
    assert translation.live is False
    assert translation.get_workflow().name == "Moderators approval"


def test_disciplines_are_translated_on_the_english_site(client):
    body = client.get("/en/makers/", {"discipline": "dans"}).content.decode()
    assert "Dance" in body
    body = client.get("/de/makers/", {"discipline": "dans"}).content.decode()
    assert "Tanz" in body


# --- the directory ------------------------------------------------------------------------


def test_directory_lists_live_makers_with_filters_and_counts(client):
    response = client.get(DIRECTORY)
    assert response.status_code == 200
    total = Maker.objects.visible_in(locale("nl")).count()
    assert result_count(response) == total

    response = client.get(DIRECTORY, {"discipline": "koor"})
    expected = Maker.objects.visible_in(locale("nl")).filter(disciplines__slug="koor").count()
    assert result_count(response) == expected
    body = response.content.decode()
    # Disjunctive counts: the other disciplines still show how many makers they have.
    dance = Maker.objects.visible_in(locale("nl")).filter(disciplines__slug="dans").count()
    assert re.search(rf'discipline-dans"[^>]*>\s*Dans <span class="facet-count">\({dance}\)', body)


def test_three_filters_and_flags(client):
    response = client.get(DIRECTORY, {"city": "Heerlen", "kind": "group", "bookable": "on"})
    expected = Maker.objects.visible_in(locale("nl")).filter(
        city="Heerlen", kind="group", bookable=True
    )
    assert result_count(response) == expected.count() > 0
    for maker in expected:
        assert maker.name in response.content.decode()


def test_language_tag_wijk_and_letter_filters(client):
    visible = Maker.objects.visible_in(locale("nl"))
    assert (
        result_count(client.get(DIRECTORY, {"language": "li"}))
        == visible.filter(languages__contains=",li,").count()
    )
    assert (
        result_count(client.get(DIRECTORY, {"tag": "Jazz"}))
        == visible.filter(tags__name="jazz").count()
    )
    assert (
        result_count(client.get(DIRECTORY, {"letter": "b"}))
        == visible.filter(name__istartswith="b").count()
    )
    response = client.get(DIRECTORY, {"city": "Heerlen", "wijk": "Hoensbroek"})
    assert (
        result_count(response) == visible.filter(city="Heerlen", neighbourhood="Hoensbroek").count()
    )
    assert 'id="directory-wijk"' in response.content.decode()


def test_search_matches_names_tags_disciplines_and_places(client):
    assert "Jazzcollectief Blauwe Noot" in client.get(DIRECTORY, {"q": "jazz"}).content.decode()
    assert "Vuurspuwers Vonk" in client.get(DIRECTORY, {"q": "circus"}).content.decode()
    # A discipline name in another language finds the maker too.
    assert "Balletschool Pirouette" in client.get(DIRECTORY, {"q": "Tanz"}).content.decode()
    assert result_count(client.get(DIRECTORY, {"q": "Valkenburg"})) >= 5


@pytest.mark.parametrize(
    "query", ["o'brien", 'koor "pop', "'; drop table", "<script>alert(1)</script>", "%_\\"]
)
def test_odd_search_terms_never_fail(client, query):
    response = client.get(DIRECTORY, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_typo_is_corrected_and_zero_results_give_next_steps(client):
    response = client.get(DIRECTORY, {"q": "Heerlne"})
    body = response.content.decode()
    heerlen = Maker.objects.visible_in(locale("nl")).filter(city="Heerlen").count()
    assert result_count(response) >= heerlen > 0
    assert "Dit zijn de makers voor “heerlen”" in body
    response = client.get(DIRECTORY, {"q": "qqqxqq"})
    assert result_count(response) == 0
    assert 'class="no-results"' in response.content.decode()
    response = client.get(DIRECTORY, {"discipline": "circus", "city": "Kerkrade", "kind": "person"})
    body = response.content.decode()
    assert result_count(response) == 0
    assert 'class="active-filter"' in body
    assert "/nl/makers/?discipline=circus&amp;kind=person" in body  # remove the town


def test_bad_parameters_are_ignored_not_errors(client):
    response = client.get(
        DIRECTORY, {"page": "zzz", "kind": "dragon", "language": "xx", "sort": "bogus"}
    )
    assert response.status_code == 200
    assert result_count(response) == Maker.objects.visible_in(locale("nl")).count()
    assert client.get(DIRECTORY, {"page": "999"}).status_code == 200


def test_sorting_and_pagination(client):
    first = client.get(DIRECTORY).content.decode()
    assert "Accordeonvereniging Trekzak" in first
    assert 'rel="next"' in first
    newest = MakerFactory(name="Zz Nieuwste Groep")
    body = client.get(DIRECTORY, {"sort": "newest"}).content.decode()
    assert body.index(newest.name) < body.index("maker-card", body.index("maker-list")) + 2000


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"discipline": "muziek"},
        {"discipline": "muziek", "city": "Heerlen", "bookable": "on"},
        {"q": "koor"},
    ],
)
def test_directory_query_count_does_not_depend_on_page_size(
    client, django_assert_max_num_queries, monkeypatch, params
):
    import artists.directory

    for language in ("nl", "en"):
        url = f"/{language}/makers/"
        monkeypatch.setattr(artists.directory, "PAGE_SIZE", 10)
        client.get(url, params)  # warm up: renditions and caches
        with django_assert_max_num_queries(1000) as small:
            client.get(url, params)
        # Read the count now: the next request clears Django's query log.
        small_page_queries = len(small.captured_queries)
        monkeypatch.setattr(artists.directory, "PAGE_SIZE", 60)
        client.get(url, params)
        with django_assert_max_num_queries(small_page_queries):
            response = client.get(url, params)
        assert response.status_code == 200


# --- the profile page --------------------------------------------------------------------


def test_profile_page_shows_the_maker_but_never_the_email(client):
    maker = Maker.objects.get(slug="gemengd-koor-cantabile", locale__language_code="nl")
    response = client.get(f"{DIRECTORY}{maker.slug}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{maker.name}</h1>" in body
    assert maker.contact_email not in body
    assert 'property="og:title"' in body
    assert f'<link rel="canonical" href="http://testserver/nl/makers/{maker.slug}/">' in body
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1)
    )
    assert data[0]["@type"] == "MusicGroup"
    assert data[0]["name"] == maker.name
    assert "email" not in json.dumps(data)
    assert 'id="related-heading"' in body


@pytest.mark.parametrize(
    ("slug", "schema_type"),
    [
        ("lotte-vrancken", "Person"),
        ("toneelvereniging-het-doek", "Organization"),
        ("theatergroep-kruimels", "PerformingGroup"),
        ("muziekschool-de-toonladder", "Organization"),
    ],
)
def test_profile_json_ld_type_follows_kind_and_discipline(client, slug, schema_type):
    body = client.get(f"{DIRECTORY}{slug}/").content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1)
    )
    assert data[0]["@type"] == schema_type


def test_profile_shows_the_live_version_not_unpublished_changes(client):
    maker = Maker.objects.get(slug="band-rode-draad", locale__language_code="nl")
    draft = Maker.objects.get(pk=maker.pk)
    draft.intro = "Nog niet goedgekeurd."
    draft.save_revision()
    body = client.get(f"{DIRECTORY}{maker.slug}/").content.decode()
    assert "Nog niet goedgekeurd." not in body
    assert maker.intro in body


def test_contact_form_stores_and_emails_the_message(client):
    maker = Maker.objects.get(slug="lotte-vrancken", locale__language_code="nl")
    url = f"{DIRECTORY}{maker.slug}/"
    response = client.post(
        url, {"name": "Kim", "email": "kim@example.org", "message": "Speel je op ons feest?"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1#contact")
    stored = MakerContactMessage.objects.get(maker=maker)
    assert stored.message == "Speel je op ons feest?"
    assert stored.emailed
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [maker.contact_email]
    assert mail.outbox[0].reply_to == ["kim@example.org"]
    assert "Speel je op ons feest?" in mail.outbox[0].body
    assert 'role="status"' in client.get(response["Location"]).content.decode()


def test_contact_form_errors_keep_what_was_typed(client):
    url = f"{DIRECTORY}lotte-vrancken/"
    response = client.post(
        url, {"name": "Kim", "email": "geen-adres", "message": "Hallo <b>daar</b>"}
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert 'aria-invalid="true"' in body
    assert "Hallo &lt;b&gt;daar&lt;/b&gt;" in body
    assert MakerContactMessage.objects.count() == 0


def test_contact_form_honeypot_and_rate_limit(client):
    url = f"{DIRECTORY}lotte-vrancken/"
    data = {
        "name": "Bot",
        "email": "bot@example.org",
        "message": "Buy now",
        "homepage": "http://spam.example",
    }
    assert client.post(url, data).status_code == 302
    assert MakerContactMessage.objects.count() == 0
    assert mail.outbox == []

    data["homepage"] = ""
    statuses = [client.post(url, data).status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]
    assert MakerContactMessage.objects.count() == 5


# --- the admin ----------------------------------------------------------------------------


def staff(group="Editors"):
    user = UserFactory(email=f"{group.lower()}@example.org")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_admin_listing_filters_and_export(client):
    client.force_login(staff())
    base = "/admin/snippets/artists/maker/"
    assert client.get(base).status_code == 200
    nl = locale("nl")
    response = client.get(
        base, {"disciplines": discipline("koor").pk, "live": "true", "locale": "nl"}
    )
    assert response.status_code == 200
    assert "Gemengd Koor Cantabile" in response.content.decode()
    assert client.get(base, {"in_moderation": "true"}).status_code == 200
    export = client.get(base, {"export": "csv", "locale": nl.language_code})
    assert export.status_code == 200
    content = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Gemengd Koor Cantabile" in content
    assert "@" not in content  # the private e-mail is not exported
    assert client.get(base, {"export": "xlsx"}).status_code == 200


def test_admin_edit_form_has_tabs_and_owners_only_for_managers(client):
    maker = Maker.objects.get(slug="band-rode-draad", locale__language_code="nl")
    client.force_login(staff())
    body = client.get(f"/admin/snippets/artists/maker/edit/{maker.pk}/").content.decode()
    assert "Photos and video" in body or "Foto" in body
    assert "id_owners-TOTAL_FORMS" in body

    limited_group = Group.objects.create(name="Limited makers")
    limited_group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_maker"),
    )
    limited = UserFactory(email="limited@example.org")
    limited.groups.add(limited_group)
    client.force_login(limited)
    body = client.get(f"/admin/snippets/artists/maker/edit/{maker.pk}/").content.decode()
    assert "owners-0-user" not in body


def test_owners_cannot_be_smuggled_in_by_post():
    from artists.admin_forms import MakerAdminForm, current_owners_data

    maker = Maker.objects.get(slug="band-rode-draad", locale__language_code="nl")
    intruder = UserFactory(email="intruder@example.org")
    before = list(maker.owners.values_list("user_id", flat=True))
    data = current_owners_data(maker)
    data.update(
        {
            "owners-TOTAL_FORMS": str(len(before) + 1),
            f"owners-{len(before)}-user": str(intruder.pk),
            f"owners-{len(before)}-role": "owner",
        }
    )
    from django.http import QueryDict

    querydict = QueryDict(mutable=True)
    querydict.update(data)
    form_class = Maker.snippet_viewset.get_edit_handler().get_form_class()
    assert issubclass(form_class, MakerAdminForm)
    form = form_class(querydict, None, instance=maker, for_user=intruder)
    assert form.data["owners-TOTAL_FORMS"] == str(len(before))
    assert f"owners-{len(before)}-user" not in form.data
    assert form.formsets["owners"].is_valid()
    # An editor with the manage-all right may change owners.
    editor = staff()
    form = form_class(querydict, None, instance=maker, for_user=editor)
    assert form.data[f"owners-{len(before)}-user"] == str(intruder.pk)


def test_language_settings():
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False


def test_preview_renders_the_profile_with_unsaved_changes():
    maker = Maker.objects.get(slug="band-rode-draad", locale__language_code="nl")
    maker.intro = "Alleen in de voorvertoning."
    response = maker.make_preview_request()
    body = response.content.decode()
    assert response.status_code == 200
    assert "Alleen in de voorvertoning." in body
    assert 'name="robots" content="noindex"' in body


def test_search_keywords_name_disciplines_in_every_language_and_tags(
    django_assert_max_num_queries,
):
    makers = list(Maker.get_indexed_objects().filter(live=True, locale__language_code="nl"))
    assert len(makers) >= 20
    cache.delete(Discipline.NAMES_CACHE_KEY)
    with django_assert_max_num_queries(1):  # the discipline names, once; then from the cache
        keywords = [maker.search_keywords() for maker in makers]
    choir = next(m for m in makers if m.name == "Gemengd Koor Cantabile")
    words = keywords[makers.index(choir)]
    assert {"Koor", "Choir", "Chor"} <= set(words.split())
    assert all(tag.name in words for tag in choir.tags.all())


def test_renamed_discipline_is_in_the_keywords_at_once():
    maker = Maker.objects.get(name="Gemengd Koor Cantabile", locale__language_code="nl")
    maker.search_keywords()  # fills the cache
    discipline = maker.disciplines.get()
    discipline.name = "Zangkoor"
    discipline.save()
    assert "Zangkoor" in maker.search_keywords()
