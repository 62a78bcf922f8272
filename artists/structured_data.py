"""schema.org data for a maker's profile page."""

from django.utils.html import strip_tags

MUSIC_DISCIPLINES = {"muziek", "koor"}


def schema_type(maker, discipline_slugs):
    if maker.kind == maker.PERSON:
        return "Person"
    if maker.kind == maker.ORGANISATION:
        return "Organization"
    if discipline_slugs & MUSIC_DISCIPLINES:
        return "MusicGroup"
    if maker.kind == maker.GROUP:
        return "PerformingGroup"
    # An association (vereniging) that does not make music.
    return "Organization"


def maker_json_ld(maker, request, index_page, discipline_names=None):
    slugs = {d.slug for d in maker.disciplines.all()}
    data = {
        "@context": "https://schema.org",
        "@type": schema_type(maker, slugs),
        "name": maker.name,
        "description": maker.intro,
        "inLanguage": maker.locale.language_code,
    }
    if index_page is not None:
        data["url"] = index_page.get_full_url(request) + index_page.reverse_subpage(
            "profile", kwargs={"slug": maker.slug}
        )
    if maker.city:
        data["address" if maker.kind != maker.PERSON else "homeLocation"] = {
            "@type": "PostalAddress" if maker.kind != maker.PERSON else "Place",
            **(
                {"addressLocality": maker.city, "addressCountry": "NL"}
                if maker.kind != maker.PERSON
                else {"name": maker.city}
            ),
        }
    same_as = [maker.website] if maker.website else []
    same_as += [link.url for link in maker.links.all()]
    if same_as:
        data["sameAs"] = same_as
    if maker.year_founded and maker.kind != maker.PERSON:
        data["foundingDate"] = str(maker.year_founded)
    keywords = [*(discipline_names or []), *(tag.name for tag in maker.tags.all())]
    if keywords:
        data["keywords"] = ", ".join(strip_tags(str(k)) for k in keywords)
    return data
