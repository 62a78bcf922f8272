"""Bad input gets a clear answer and never a 500: control characters in queries and forms, broken
import files, spreadsheet formulas in exports, and the demo loader on production settings."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from artists.models import Maker, MakerContactMessage
from search.models import ZeroResultQuery

pytestmark = pytest.mark.django_db

FORMULA = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    "url",
    [
        "/nl/zoeken/?q=%00",
        "/nl/zoeken/?q=koor%00heerlen",
        "/nl/zoeken/suggest/?q=ko%00",
        "/nl/makers/?q=%00&city=%00",
        "/api/v2/makers/?search=%00koor",
        "/nl/kennisbank/?q=%00subsidie%1f",
    ],
)
def test_control_characters_in_queries_are_stripped(client, url):
    response = client.get(url)
    assert response.status_code == 200


def test_control_characters_never_reach_what_is_stored(client):
    maker = Maker.objects.get(slug="lotte-vrancken", locale__language_code="nl")
    # As a browser posts a form without files: urlencoded.
    response = client.post(
        f"/nl/makers/{maker.slug}/",
        "name=Kim%00&email=kim%40example.org&message=Hallo%00+daar%07",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in {200, 302}
    stored = MakerContactMessage.objects.filter(maker=maker).latest("created_at")
    assert stored.sender_name == "Kim" and stored.message == "Hallo daar"


def run_import(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_makers", str(path), "--dry-run", stdout=out, stderr=err)
    except CommandError as error:
        return str(error), err.getvalue()
    return out.getvalue(), err.getvalue()


HEADER = "name,kind,intro,disciplines\n"


def test_import_reports_a_nul_in_a_csv_file(tmp_path):
    message, err = run_import(
        tmp_path, "makers.csv", HEADER + "Koor\x00 Noord,group,Wij zingen.,\n"
    )
    assert "Nothing was imported" in message
    assert "line 2: name: contains control characters (such as NUL)" in err


def test_import_reports_each_bad_json_record(tmp_path):
    records = [
        {"name": "Koor\u0000 Noord", "kind": "group", "intro": "Wij zingen."},
        {"name": "Lang Verhaal", "kind": "person", "intro": "x" * 301},
        {"name": {"nl": "Genest"}, "kind": "group", "intro": "Wij spelen."},
        {"name": "Goed Koor", "kind": "group", "intro": "Wij zingen graag."},
    ]
    message, err = run_import(tmp_path, "makers.json", json.dumps(records))
    assert "Nothing was imported" in message
    assert "record 1: name: contains control characters" in err
    assert "record 2: intro: at most 300 characters, this has 301" in err
    assert "record 3: name: must be text" in err
    assert "record 4" not in err


def test_import_refuses_deeply_nested_json_with_a_message(tmp_path):
    message, _err = run_import(tmp_path, "makers.json", "[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in message


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.get(email="admin@cultuurhuis.example"))
    return client


def test_zero_results_export_writes_no_formulas(editor):
    ZeroResultQuery.objects.create(
        query_string=FORMULA, language="nl", date=timezone.localdate(), hits=3
    )
    response = editor.get("/admin/reports/zero-results/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "'" + FORMULA in body
    assert "\n" + FORMULA not in body and "," + FORMULA not in body


def test_wagtails_search_terms_export_writes_no_formulas(editor):
    Query.get(FORMULA).add_hit()
    response = editor.get("/admin/searchpicks/reports/search-terms/?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "'" + FORMULA.lower() in body.lower()
    assert "\n" + FORMULA.lower() not in body.lower()


@override_settings(DEMO_LOGINS_WITH_KNOWN_PASSWORDS=False)
def test_load_demo_refuses_production_settings_and_then_sets_no_known_password():
    with pytest.raises(CommandError, match="production settings"):
        call_command("load_demo", stdout=io.StringIO())
    User = get_user_model()
    User.objects.filter(email="redacteur@cultuurhuis.example").delete()
    call_command("load_demo", "--on-production", stdout=io.StringIO())
    editor = User.objects.get(email="redacteur@cultuurhuis.example")
    assert not editor.has_usable_password()
    assert not editor.check_password("demo-redacteur")
