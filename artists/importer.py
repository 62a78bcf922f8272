"""Import and export makers as CSV or JSON (one schema, documented in artists/README.md).

Import is two passes: every row is checked first, and nothing is written unless all rows are
valid (or the caller asks to skip bad rows). A row matches an existing Dutch maker by
`external_id`, or else by `slug`, so importing the same file twice changes nothing.
"""

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.html import strip_tags
from django.utils.text import slugify
from wagtail.models import Locale

from core.text import has_control_characters, strip_control_characters

from .models import AGE_GROUP_CHOICES, LANGUAGE_CHOICES, Discipline, Maker, MakerLink

COLUMNS = [
    "external_id",
    "slug",
    "name",
    "kind",
    "intro",
    "description",
    "disciplines",
    "tags",
    "city",
    "neighbourhood",
    "languages",
    "age_groups",
    "year_founded",
    "looking_for_members",
    "bookable",
    "gives_lessons",
    "wanted_parts",
    "website",
    "contact_email",
    "rehearsal_place",
    "links",
]
LIST_COLUMNS = {"disciplines", "tags", "languages", "age_groups", "links", "wanted_parts"}
FLAG_COLUMNS = {"looking_for_members", "bookable", "gives_lessons"}
TRUE_WORDS = {"1", "true", "yes", "ja", "y", "j", "x"}
FALSE_WORDS = {"0", "false", "no", "nee", "n", ""}
LIST_SEPARATOR = "|"
KINDS = {kind for kind, _label in Maker.KIND_CHOICES}


class ImportFileError(Exception):
    """The file as a whole cannot be read."""


@dataclass
class Row:
    line: int
    data: dict
    errors: list = field(default_factory=list)
    maker: Maker | None = None
    status: str = ""


# --- reading files ---------------------------------------------------------------------------


def file_format(path, explicit=None):
    if explicit:
        return explicit
    if str(path).lower().endswith(".json"):
        return "json"
    return "csv"


def read_rows(stream, fmt):
    if fmt == "json":
        try:
            records = json.load(stream)
        except json.JSONDecodeError as error:
            raise ImportFileError(f"not valid JSON (line {error.lineno}: {error.msg})") from error
        except RecursionError as error:
            raise ImportFileError("the JSON is nested too deeply to be a list of makers") from error
        if isinstance(records, dict):
            records = records.get("makers", records.get("items"))
        if not isinstance(records, list):
            raise ImportFileError('JSON must be a list of makers, or {"makers": [...]}')
        # JSON has no useful line per record; number the records from 1.
        return [Row(line=number, data=record) for number, record in enumerate(records, start=1)]
    reader = csv.DictReader(stream)
    if reader.fieldnames is None:
        raise ImportFileError("the file is empty")
    unknown = [name for name in reader.fieldnames if name and name.strip() not in COLUMNS]
    if unknown:
        raise ImportFileError(f"unknown column(s): {', '.join(unknown)}")
    rows = []
    try:
        for record in reader:
            # `line_num` is the last physical line of the record: right for one-line rows.
            data = {k.strip(): v for k, v in record.items() if k}
            rows.append(Row(line=reader.line_num, data=data))
    except csv.Error as error:  # e.g. a NUL byte in the file
        raise ImportFileError(f"line {reader.line_num + 1}: {error}") from error
    return rows


# --- one row: parse and check ---------------------------------------------------------------


def as_list(value):
    if value is None:
        return []
    if isinstance(value, list):
        return [
            strip_control_characters(str(item)).strip() if not isinstance(item, dict) else item
            for item in value
            if item not in ("", None)
        ]
    value = strip_control_characters(str(value))
    return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]


def as_flag(value, name, errors):
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    errors.append(f"{name}: use yes or no, not {value!r}")
    return False


def parse_links(values, errors):
    links = []
    validate = URLValidator(schemes=["http", "https"])
    for item in values:
        if isinstance(item, dict):
            label, url = str(item.get("label", "")).strip(), str(item.get("url", "")).strip()
        elif "=" in item:
            label, url = (part.strip() for part in item.split("=", 1))
        else:
            errors.append(f"links: write each link as label=https://..., not {item!r}")
            continue
        try:
            validate(url)
        except ValidationError:
            errors.append(f"links: {url!r} is not a web address")
            continue
        if not label:
            errors.append(f"links: the link {url} has no label")
            continue
        links.append({"label": label[:80], "url": url})
    return links


def description_to_html(text):
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def description_to_text(rich_text):
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", rich_text or "", flags=re.S)
    if not paragraphs and rich_text:
        paragraphs = [rich_text]
    return "\n\n".join(
        html.unescape(strip_tags(p)).strip() for p in paragraphs if strip_tags(p).strip()
    )


# Text fields' limits from the model: a TextField's max_length is not checked by full_clean.
MAX_LENGTHS = {
    f.name: f.max_length
    for f in Maker._meta.get_fields()
    if getattr(f, "max_length", None) and f.name in COLUMNS
}


def normalise(row, disciplines):
    """Turn a raw row into clean typed values; collect every problem in `row.errors`."""
    raw = {key: row.data.get(key) for key in COLUMNS}
    unknown = [key for key in row.data if key not in COLUMNS]
    errors = row.errors
    if unknown:
        errors.append(f"unknown field(s): {', '.join(sorted(unknown))}")

    def text(name):
        value = raw.get(name)
        if isinstance(value, dict | list):
            errors.append(f"{name}: must be text, not a nested list or object")
            return ""
        value = "" if value is None else str(value).strip()
        if has_control_characters(value):
            errors.append(f"{name}: contains control characters (such as NUL); remove them")
            return strip_control_characters(value)
        limit = MAX_LENGTHS.get(name)
        if limit and len(value) > limit:
            errors.append(f"{name}: at most {limit} characters, this has {len(value)}")
        return value

    clean = {name: text(name) for name in COLUMNS if name not in LIST_COLUMNS | FLAG_COLUMNS}
    if not clean["name"]:
        errors.append("name: this field is required")
    clean["slug"] = clean["slug"] or slugify(clean["name"])[:120]
    if clean["kind"] not in KINDS:
        errors.append(f"kind: choose one of {', '.join(sorted(KINDS))}, not {clean['kind']!r}")
    if not clean["intro"]:
        errors.append("intro: this field is required")
    clean["description"] = description_to_html(clean["description"])

    slugs = as_list(raw["disciplines"])
    missing = [slug for slug in slugs if slug not in disciplines]
    if missing:
        errors.append(f"disciplines: unknown discipline(s) {', '.join(missing)}")
    clean["disciplines"] = [disciplines[slug] for slug in slugs if slug in disciplines]
    clean["tags"] = sorted({tag[:100] for tag in as_list(raw["tags"])}, key=str.lower)

    for name, choices in (("languages", LANGUAGE_CHOICES), ("age_groups", AGE_GROUP_CHOICES)):
        allowed = {code for code, _label in choices}
        values = as_list(raw[name])
        wrong = [v for v in values if v not in allowed]
        if wrong:
            errors.append(f"{name}: unknown value(s) {', '.join(wrong)}")
        clean[name] = [v for v in values if v in allowed]

    year = clean.pop("year_founded")
    clean["year_founded"] = None
    if year:
        try:
            clean["year_founded"] = int(year)
        except ValueError:
            errors.append(f"year_founded: {year!r} is not a year")
    for name in FLAG_COLUMNS:
        clean[name] = as_flag(raw[name], name, errors)
    clean["links"] = parse_links(as_list(raw["links"]), errors)
    clean["wanted_parts"] = ", ".join(dict.fromkeys(as_list(raw["wanted_parts"])))
    if len(clean["wanted_parts"]) > MAX_LENGTHS.get("wanted_parts", 200):
        errors.append("wanted_parts: at most 200 characters altogether")
    return clean


FIELDS = [
    "name",
    "slug",
    "kind",
    "intro",
    "description",
    "city",
    "neighbourhood",
    "languages",
    "age_groups",
    "year_founded",
    "looking_for_members",
    "bookable",
    "gives_lessons",
    "wanted_parts",
    "website",
    "contact_email",
    "rehearsal_place",
    "external_id",
]


def build(row, clean, locale):
    """An unsaved maker with the row's values, on top of the existing maker if there is one."""
    existing = None
    if clean["external_id"]:
        existing = Maker.objects.filter(locale=locale, external_id=clean["external_id"]).first()
    if existing is None:
        existing = Maker.objects.filter(locale=locale, slug=clean["slug"]).first()
        if (
            existing
            and clean["external_id"]
            and existing.external_id not in ("", clean["external_id"])
        ):
            row.errors.append(
                f"slug: {clean['slug']!r} already belongs to the maker with external_id {existing.external_id!r}"
            )
    # Compare before the row's values are set on the same object.
    row.unchanged = existing is not None and record_for(existing) == comparable(clean)
    maker = existing or Maker(locale=locale, live=False)
    for name in FIELDS:
        setattr(maker, name, clean[name])
    try:
        maker.full_clean(exclude=["translation_key", "latest_revision", "live_revision"])
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            row.errors.extend(f"{name}: {message}" for message in messages)
    return maker, existing


def validate(rows):
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    disciplines = {d.slug: d for d in Discipline.objects.filter(locale=locale)}
    seen = {"external_id": {}, "slug": {}}
    for row in rows:
        if not isinstance(row.data, dict):
            row.errors.append("each maker must be an object with fields")
            continue
        clean = normalise(row, disciplines)
        for key in ("external_id", "slug"):
            value = clean[key]
            if value and value in seen[key]:
                row.errors.append(f"{key}: {value!r} is also used on line {seen[key][value]}")
            elif value:
                seen[key][value] = row.line
        maker, existing = build(row, clean, locale)
        row.maker = maker
        row.clean = clean
        row.existing = existing
    return rows


# --- writing ------------------------------------------------------------------------------


def record_for(maker):
    """The canonical record of a maker, as the export writes it (typed values)."""
    return {
        "external_id": maker.external_id,
        "slug": maker.slug,
        "name": maker.name,
        "kind": maker.kind,
        "intro": maker.intro,
        "description": description_to_text(maker.description),
        "disciplines": sorted(d.slug for d in maker.disciplines.all()),
        "tags": sorted((t.name for t in maker.tags.all()), key=str.lower),
        "city": maker.city,
        "neighbourhood": maker.neighbourhood,
        "languages": list(maker.languages),
        "age_groups": list(maker.age_groups),
        "year_founded": maker.year_founded,
        "looking_for_members": maker.looking_for_members,
        "bookable": maker.bookable,
        "gives_lessons": maker.gives_lessons,
        "wanted_parts": maker.wanted_parts_list,
        "website": maker.website,
        "contact_email": maker.contact_email,
        "rehearsal_place": maker.rehearsal_place,
        "links": [{"label": link.label, "url": link.url} for link in maker.links.all()],
    }


def comparable(clean):
    record = dict(clean)
    record["description"] = description_to_text(record["description"])
    record["disciplines"] = sorted(d.slug for d in record["disciplines"])
    record["wanted_parts"] = [p.strip() for p in record["wanted_parts"].split(",") if p.strip()]
    return record


def apply(rows, publish=False):
    """Write valid rows. Returns counts per outcome."""
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with transaction.atomic():
        for row in rows:
            if row.errors:
                continue
            maker, clean = row.maker, row.clean
            if row.unchanged and (row.existing.live or not publish):
                row.status = "unchanged"
                counts["unchanged"] += 1
                continue
            maker.disciplines.set(clean["disciplines"])
            maker.tags.set(clean["tags"], clear=True)
            maker.links = [
                MakerLink(label=link["label"], url=link["url"]) for link in clean["links"]
            ]
            if row.existing is None:
                # New makers are saved as drafts first; publishing goes through a revision.
                maker.live = False
                maker.save()
                revision = maker.save_revision()
                row.status = "created"
            else:
                # An existing maker keeps its live version; the import becomes a new revision.
                revision = maker.save_revision()
                row.status = "updated"
            if publish:
                revision.publish()
            counts[row.status] += 1
    return counts


# --- export -------------------------------------------------------------------------------


def export_queryset():
    return (
        Maker.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("name", "pk")
        .prefetch_related("disciplines", "tags", "links")
    )


def csv_value(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(
            f"{item['label']}={item['url']}" if isinstance(item, dict) else str(item)
            for item in value
        )
    return str(value)


def write_export(stream, fmt, makers):
    records = [record_for(maker) for maker in makers]
    if fmt == "json":
        json.dump(records, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return len(records)
    writer = csv.DictWriter(stream, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: csv_value(value) for key, value in record.items()})
    return len(records)


def export_string(fmt="csv"):
    buffer = io.StringIO()
    write_export(buffer, fmt, export_queryset())
    return buffer.getvalue()
