"""import_makers / export_makers: validation first, all-or-nothing, idempotent, round trip."""

import csv
import io
import json
import random

import pytest
from django.core.management import CommandError, call_command

from artists.importer import COLUMNS
from artists.models import Maker

pytestmark = pytest.mark.django_db

EXAMPLE = "artists/examples/makers.csv"


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


def row(**fields):
    base = {
        "external_id": "t-1",
        "name": "Testkoor",
        "kind": "group",
        "intro": "Wij zingen.",
        "disciplines": "koor",
        "looking_for_members": "yes",
    }
    base.update(fields)
    return base


def test_example_file_imports_as_drafts_then_publishes_and_is_idempotent():
    out, _err = run("import_makers", EXAMPLE)
    assert "2 created" in out
    maker = Maker.objects.get(external_id="voorbeeld-001")
    assert maker.live is False
    assert maker.languages == ["nl", "li"]
    assert sorted(maker.tags.names()) == ["levenslied", "pop"]
    assert [link.label for link in maker.links.all()] == ["Facebook"]
    assert "<p>Na de repetitie drinken we samen koffie.</p>" in maker.description

    out, _err = run("import_makers", EXAMPLE, "--publish")
    assert "2 updated (published)" in out
    maker.refresh_from_db()
    assert maker.live is True
    count = Maker.objects.count()
    out, _err = run("import_makers", EXAMPLE, "--publish")
    assert "2 unchanged" in out
    assert Maker.objects.count() == count


def test_bad_rows_are_reported_with_line_and_reason_and_nothing_is_imported(tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            row(),
            row(external_id="t-2", name="", kind="band", disciplines="koor|ballet"),
            row(
                external_id="t-3",
                name="Ander Koor",
                year_founded="zestig",
                website="geen url",
                links="Insta",
            ),
            row(external_id="t-1", name="Dubbel"),
        ],
    )
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_makers", path, stdout=io.StringIO(), stderr=(err := io.StringIO()))
    report = err.getvalue()
    assert "line 3: name: this field is required" in report
    assert "line 3: kind: choose one of" in report
    assert "line 3: disciplines: unknown discipline(s) ballet" in report
    assert "line 4: year_founded: 'zestig' is not a year" in report
    assert "line 4: website:" in report
    assert "line 4: links:" in report
    assert "line 5: external_id: 't-1' is also used on line 2" in report
    assert not Maker.objects.filter(external_id__startswith="t-").exists()

    out, _err = run("import_makers", path, "--skip-invalid")
    assert "1 created" in out and "3 skipped" in out
    assert Maker.objects.filter(external_id="t-1").count() == 1


def test_json_import_and_file_errors(tmp_path):
    path = tmp_path / "makers.json"
    path.write_text(json.dumps([row(tags=["jazz", "swing"], languages=["nl"], bookable=True)]))
    out, _err = run("import_makers", str(path), "--publish")
    assert "1 created" in out
    maker = Maker.objects.get(external_id="t-1")
    assert maker.live and maker.bookable and sorted(maker.tags.names()) == ["jazz", "swing"]

    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    with pytest.raises(CommandError, match="not valid JSON"):
        run("import_makers", str(broken))
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("naam,soort\nA,B\n")
    with pytest.raises(CommandError, match="unknown column"):
        run("import_makers", str(wrong))


def test_reimport_of_a_live_maker_does_not_change_the_live_version(tmp_path):
    run("import_makers", write_csv(tmp_path / "a.csv", [row()]), "--publish")
    run("import_makers", write_csv(tmp_path / "b.csv", [row(intro="Nieuwe tekst.")]))
    maker = Maker.objects.get(external_id="t-1")
    assert maker.intro == "Wij zingen."
    assert maker.has_unpublished_changes
    assert maker.get_latest_revision_as_object().intro == "Nieuwe tekst."


def generated_rows(count):
    rng = random.Random(7)
    towns = ["Heerlen", "Kerkrade", "Maastricht", "Sittard", "Geleen"]
    disciplines = ["muziek", "koor", "dans", "theater", "circus"]
    rows = []
    for number in range(count):
        rows.append(
            {
                "external_id": f"gen-{number:04d}",
                "slug": f"gegenereerde-maker-{number:04d}",
                "name": f"Gegenereerde maker {number:04d}",
                "kind": rng.choice(["person", "group", "association", "organisation"]),
                "intro": f'Maker nummer {number}, met een komma, en "aanhalingstekens".',
                "description": "Eerste alinea.\n\nTweede alinea met <b>tekens</b> & meer."
                if number % 2
                else "",
                "disciplines": "|".join(sorted(rng.sample(disciplines, rng.randint(1, 2)))),
                "tags": "|".join(
                    sorted({f"tag{rng.randint(1, 40)}" for _ in range(rng.randint(0, 3))})
                ),
                "city": rng.choice(towns),
                "neighbourhood": rng.choice(["", "Centrum", "Noord"]),
                "languages": "|".join(rng.sample(["nl", "li", "en", "de"], rng.randint(0, 2))),
                "age_groups": rng.choice(["", "adults", "children|youth"]),
                "year_founded": str(rng.randint(1900, 2024)) if number % 3 else "",
                "looking_for_members": rng.choice(["yes", "no"]),
                "bookable": rng.choice(["yes", "no"]),
                "gives_lessons": rng.choice(["yes", "no"]),
                "website": f"https://maker{number}.example/" if number % 4 else "",
                "contact_email": f"maker{number}@example.org",
                "rehearsal_place": "Zaal 1" if number % 5 else "",
                "links": f"Instagram=https://instagram.example/m{number}?a=1&b=2"
                if number % 6 == 0
                else "",
            }
        )
    return rows


def read_csv(text):
    return {record["external_id"]: record for record in csv.DictReader(io.StringIO(text))}


def test_round_trip_of_a_thousand_rows(tmp_path):
    source = write_csv(tmp_path / "thousand.csv", generated_rows(1000))
    out, _err = run("import_makers", source, "--publish")
    assert "1000 created" in out

    exported = tmp_path / "export.csv"
    run("export_makers", str(exported))
    records = read_csv(exported.read_text(encoding="utf-8"))
    with open(source, encoding="utf-8") as stream:
        original = read_csv(stream.read())
    for external_id, record in original.items():
        assert records[external_id] == record, external_id

    # Importing the export again changes nothing.
    out, _err = run("import_makers", str(exported), "--publish")
    assert "0 created, 0 updated" in out

    # JSON round trip of the same data.
    exported_json = tmp_path / "export.json"
    run("export_makers", str(exported_json))
    data = json.loads(exported_json.read_text(encoding="utf-8"))
    assert len([r for r in data if r["external_id"].startswith("gen-")]) == 1000
    out, _err = run("import_makers", str(exported_json), "--publish")
    assert "0 created, 0 updated" in out
