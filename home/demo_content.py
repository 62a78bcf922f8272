# Demo content for Cultuurhuis De Schakel. Fictional organisation and people; our own text.
#
# Everything here is invented: the organisation, the staff, the address
# (house number 99 and postcode 6411 XX do not exist), the phone number
# (045 000 0000) and the e-mail domain (.example is reserved and never resolves).
# Dutch is the source language and is written at B1 level. English and German
# are translations. German uses "du" throughout, to match the Dutch "je/jij".
#
# Block format for "body": a list of (block_type, value) tuples.
#   ("heading", str)                         -> h2
#   ("paragraph", str)                       -> HTML: p, strong, em, ul, ol, li, a
#   ("in_short", [str, ...])                 -> "In het kort" box, 2-4 points
#   ("faq", [{"question": str, "answer": str}, ...])
#   ("cta", {"text": str, "page": key})      -> button to a PAGES key or "home"
from __future__ import annotations

SITE_NAME = "Cultuurhuis De Schakel"

HOME = {
    "nl": {
        "title": "Home",
        "hero_title": "Samen maken we kunst en cultuur",
        "hero_text": (
            "Zing, speel of schilder je in je vrije tijd? Wij helpen jou en je groep verder."
        ),
        "seo_title": "Cultuurhuis De Schakel – steun voor amateurkunst in Zuid-Limburg",
        "search_description": (
            "Cultuurhuis De Schakel helpt amateurkunstenaars en groepen in Zuid-Limburg. "
            "Met advies, repetitieruimtes, cursussen en een festival."
        ),
        "body": [
            (
                "paragraph",
                "<p>Welkom bij Cultuurhuis De Schakel. "
                "Wij zijn er voor iedereen die in de vrije tijd kunst maakt. "
                "Denk aan koren, bands en toneelclubs. "
                "Maar ook aan schilders, dansscholen en fanfares. "
                "Je vindt ons in Heerlen. "
                "We werken voor makers in heel Zuid-Limburg.</p>",
            ),
            (
                "in_short",
                [
                    "Je krijgt gratis advies voor jezelf of je groep.",
                    "Je kunt bij ons een repetitieruimte huren.",
                    "We organiseren cursussen en elk jaar een festival.",
                ],
            ),
            ("heading", "De makersgids"),
            (
                "paragraph",
                "<p>In de makersgids vind je amateurkunstenaars en groepen uit de regio. "
                "Zoek je een koor in Kerkrade? "
                "Of een band voor een feest in Landgraaf? "
                "Kijk dan in de makersgids. "
                "Ben je zelf maker? "
                "Maak dan gratis een profiel aan. "
                "Zo vinden mensen jou sneller.</p>",
            ),
            ("heading", "De kennisbank"),
            (
                "paragraph",
                "<p>In de kennisbank staan korte artikelen met tips. "
                "Hoe vraag je subsidie aan? "
                "Hoe vind je nieuwe vrijwilligers? "
                "Wat moet je regelen voor een optreden? "
                "Je leest het in gewone taal. "
                "Je hoeft niet in te loggen.</p>",
            ),
            ("heading", "Het Schakelfestival"),
            (
                "paragraph",
                "<p>Elk jaar in juni houden we het Schakelfestival. "
                "Dan laten amateurmakers zien wat ze kunnen. "
                "Er zijn optredens, exposities en workshops. "
                "De toegang is gratis. "
                "Iedereen is welkom.</p>",
            ),
            ("cta", {"text": "Bekijk wat wij voor jou doen", "page": "support"}),
        ],
    },
    "en": {
        "title": "Home",
        "hero_title": "Together we make art and culture",
        "hero_text": (
            "Do you sing, play or paint in your free time? "
            "We help you and your group take the next step."
        ),
        "seo_title": "Cultuurhuis De Schakel – support for amateur arts in South Limburg",
        "search_description": (
            "Cultuurhuis De Schakel helps amateur artists and groups in South Limburg. "
            "With advice, rehearsal rooms, courses and a festival."
        ),
        "body": [
            (
                "paragraph",
                "<p>Welcome to Cultuurhuis De Schakel. "
                "We are here for everyone who makes art in their free time. "
                "Think of choirs, bands and theatre clubs. "
                "But also painters, dance schools and brass bands. "
                "You can find us in Heerlen. "
                "We work for makers all over South Limburg.</p>",
            ),
            (
                "in_short",
                [
                    "You get free advice for yourself or your group.",
                    "You can rent a rehearsal room from us.",
                    "We run courses and a festival every year.",
                ],
            ),
            ("heading", "The maker directory"),
            (
                "paragraph",
                "<p>The maker directory lists amateur artists and groups from the region. "
                "Looking for a choir in Kerkrade? "
                "Or a band for a party in Landgraaf? "
                "Then take a look in the maker directory. "
                "Are you a maker yourself? "
                "Create a free profile. "
                "That way, people find you faster.</p>",
            ),
            ("heading", "The knowledge base"),
            (
                "paragraph",
                "<p>The knowledge base has short articles full of tips. "
                "How do you apply for a grant? "
                "How do you find new volunteers? "
                "What do you need to arrange for a performance? "
                "It is all written in plain language. "
                "You do not need to log in.</p>",
            ),
            ("heading", "The Schakelfestival"),
            (
                "paragraph",
                "<p>Every year in June we hold the Schakelfestival. "
                "Amateur makers show what they can do. "
                "There are performances, exhibitions and workshops. "
                "Entry is free. "
                "Everyone is welcome.</p>",
            ),
            ("cta", {"text": "See what we do for you", "page": "support"}),
        ],
    },
    "de": {
        "title": "Startseite",
        "hero_title": "Gemeinsam machen wir Kunst und Kultur",
        "hero_text": (
            "Singst, spielst oder malst du in deiner Freizeit? "
            "Wir helfen dir und deiner Gruppe weiter."
        ),
        "seo_title": "Cultuurhuis De Schakel – Unterstützung für Amateurkunst in Süd-Limburg",
        "search_description": (
            "Cultuurhuis De Schakel hilft Amateurkünstlern und Gruppen in Süd-Limburg. "
            "Mit Beratung, Proberäumen, Kursen und einem Festival."
        ),
        "body": [
            (
                "paragraph",
                "<p>Willkommen im Cultuurhuis De Schakel. "
                "Wir sind für alle da, die in ihrer Freizeit Kunst machen. "
                "Zum Beispiel Chöre, Bands und Theatergruppen. "
                "Aber auch Malerinnen und Maler, Tanzschulen und Blaskapellen. "
                "Du findest uns in Heerlen. "
                "Wir arbeiten für Kreative in ganz Süd-Limburg.</p>",
            ),
            (
                "in_short",
                [
                    "Du bekommst kostenlose Beratung für dich oder deine Gruppe.",
                    "Du kannst bei uns einen Proberaum mieten.",
                    "Wir bieten Kurse und jedes Jahr ein Festival an.",
                ],
            ),
            ("heading", "Das Kreativverzeichnis"),
            (
                "paragraph",
                "<p>Im Kreativverzeichnis findest du Amateurkünstler und Gruppen aus der Region. "
                "Du suchst einen Chor in Kerkrade? "
                "Oder eine Band für ein Fest in Landgraaf? "
                "Dann schau ins Kreativverzeichnis. "
                "Bist du selbst kreativ? "
                "Dann leg kostenlos ein Profil an. "
                "So finden dich andere schneller.</p>",
            ),
            ("heading", "Die Wissensbank"),
            (
                "paragraph",
                "<p>In der Wissensbank stehen kurze Artikel mit Tipps. "
                "Wie beantragst du Fördergeld? "
                "Wie findest du neue Ehrenamtliche? "
                "Was musst du für einen Auftritt regeln? "
                "Alles steht dort in einfacher Sprache. "
                "Du musst dich nicht anmelden.</p>",
            ),
            ("heading", "Das Schakelfestival"),
            (
                "paragraph",
                "<p>Jedes Jahr im Juni feiern wir das Schakelfestival. "
                "Dann zeigen Amateurkünstler, was sie können. "
                "Es gibt Auftritte, Ausstellungen und Workshops. "
                "Der Eintritt ist frei. "
                "Alle sind willkommen.</p>",
            ),
            ("cta", {"text": "Sieh dir an, was wir für dich tun", "page": "support"}),
        ],
    },
}

# Pages under the home page, in menu order. "slug" per language (Dutch slug for nl, English for en, German for de).
PAGES = [
    # ------------------------------------------------------------------ about
    {
        "key": "about",
        "in_menu": True,
        "in_footer": False,
        "nl": {
            "slug": "over-ons",
            "title": "Over ons",
            "intro": (
                "Cultuurhuis De Schakel helpt mensen die in hun vrije tijd kunst maken. "
                "Hier lees je wie wij zijn en wat wij doen."
            ),
            "seo_title": "Over ons – Cultuurhuis De Schakel",
            "search_description": (
                "Wie wij zijn en wat wij doen. "
                "Maak kennis met ons team en lees hoe wij betaald worden."
            ),
            "body": [
                ("heading", "Wie wij zijn"),
                (
                    "paragraph",
                    "<p>Cultuurhuis De Schakel is een steunpunt voor amateurkunst. "
                    "We zitten in Heerlen. "
                    "We werken voor makers in heel Zuid-Limburg. "
                    "Bijvoorbeeld in Kerkrade, Landgraaf, Brunssum en Maastricht.</p>"
                    "<p>Veel mensen maken muziek, spelen toneel of dansen in hun vrije tijd. "
                    "Dat is goed voor henzelf. "
                    "Het is ook goed voor de buurt. "
                    "Wij willen dat zoveel mogelijk mensen kunnen meedoen.</p>",
                ),
                ("heading", "Wat wij doen"),
                (
                    "paragraph",
                    "<p>Wij helpen makers en groepen op veel manieren:</p>"
                    "<ul>"
                    "<li>We geven advies over subsidie, vrijwilligers en publiek.</li>"
                    "<li>We verhuren repetitieruimtes voor een lage prijs.</li>"
                    "<li>We organiseren cursussen en workshops.</li>"
                    "<li>We houden de makersgids en de kennisbank bij.</li>"
                    "<li>We organiseren elk jaar het Schakelfestival.</li>"
                    "</ul>",
                ),
                ("heading", "Ons team"),
                (
                    "paragraph",
                    "<p>Ons team is klein. "
                    "We werken samen met veel vrijwilligers.</p>"
                    "<ul>"
                    "<li><strong>Marieke Wolters</strong> is directeur. "
                    "Zij houdt contact met de gemeente en met partners.</li>"
                    "<li><strong>Ruud Vroemen</strong> is adviseur amateurkunst. "
                    "Hij helpt groepen met subsidie en plannen.</li>"
                    "<li><strong>Samira El Amrani</strong> regelt de cursussen en het festival.</li>"
                    "</ul>",
                ),
                ("heading", "Wie betaalt ons werk?"),
                (
                    "paragraph",
                    "<p>De gemeente betaalt het grootste deel van ons werk. "
                    "Soms krijgen we ook geld van een fonds voor een project. "
                    "Makers betalen alleen een kleine prijs voor ruimtes en cursussen. "
                    "Advies is altijd gratis.</p>",
                ),
                ("cta", {"text": "Neem contact met ons op", "page": "contact"}),
            ],
        },
        "en": {
            "slug": "about-us",
            "title": "About us",
            "intro": (
                "Cultuurhuis De Schakel helps people who make art in their free time. "
                "Here you can read who we are and what we do."
            ),
            "seo_title": "About us – Cultuurhuis De Schakel",
            "search_description": (
                "Who we are and what we do. Meet our team and read how our work is funded."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    "<p>Cultuurhuis De Schakel is a support centre for amateur arts. "
                    "We are based in Heerlen. "
                    "We work for makers all over South Limburg. "
                    "For example in Kerkrade, Landgraaf, Brunssum and Maastricht.</p>"
                    "<p>Many people make music, act or dance in their free time. "
                    "That is good for them. "
                    "It is also good for the neighbourhood. "
                    "We want as many people as possible to take part.</p>",
                ),
                ("heading", "What we do"),
                (
                    "paragraph",
                    "<p>We help makers and groups in many ways:</p>"
                    "<ul>"
                    "<li>We give advice on grants, volunteers and audiences.</li>"
                    "<li>We rent out rehearsal rooms at a low price.</li>"
                    "<li>We run courses and workshops.</li>"
                    "<li>We keep the maker directory and the knowledge base up to date.</li>"
                    "<li>We organise the Schakelfestival every year.</li>"
                    "</ul>",
                ),
                ("heading", "Our team"),
                (
                    "paragraph",
                    "<p>Our team is small. "
                    "We work together with many volunteers.</p>"
                    "<ul>"
                    "<li><strong>Marieke Wolters</strong> is our director. "
                    "She keeps in touch with the municipality and our partners.</li>"
                    "<li><strong>Ruud Vroemen</strong> is our amateur arts adviser. "
                    "He helps groups with grants and plans.</li>"
                    "<li><strong>Samira El Amrani</strong> organises the courses and the festival.</li>"
                    "</ul>",
                ),
                ("heading", "Who pays for our work?"),
                (
                    "paragraph",
                    "<p>The municipality pays for most of our work. "
                    "Sometimes a fund also gives money for a project. "
                    "Makers only pay a small fee for rooms and courses. "
                    "Advice is always free.</p>",
                ),
                ("cta", {"text": "Get in touch with us", "page": "contact"}),
            ],
        },
        "de": {
            "slug": "ueber-uns",
            "title": "Über uns",
            "intro": (
                "Cultuurhuis De Schakel hilft Menschen, die in ihrer Freizeit Kunst machen. "
                "Hier liest du, wer wir sind und was wir tun."
            ),
            "seo_title": "Über uns – Cultuurhuis De Schakel",
            "search_description": (
                "Wer wir sind und was wir tun. "
                "Lerne unser Team kennen und lies, wie unsere Arbeit finanziert wird."
            ),
            "body": [
                ("heading", "Wer wir sind"),
                (
                    "paragraph",
                    "<p>Cultuurhuis De Schakel ist eine Anlaufstelle für Amateurkunst. "
                    "Wir sitzen in Heerlen. "
                    "Wir arbeiten für Kreative in ganz Süd-Limburg. "
                    "Zum Beispiel in Kerkrade, Landgraaf, Brunssum und Maastricht.</p>"
                    "<p>Viele Menschen machen in ihrer Freizeit Musik, spielen Theater oder tanzen. "
                    "Das tut ihnen gut. "
                    "Es tut auch der Nachbarschaft gut. "
                    "Wir wollen, dass möglichst viele Menschen mitmachen können.</p>",
                ),
                ("heading", "Was wir tun"),
                (
                    "paragraph",
                    "<p>Wir helfen Kreativen und Gruppen auf viele Arten:</p>"
                    "<ul>"
                    "<li>Wir beraten zu Fördergeld, Ehrenamtlichen und Publikum.</li>"
                    "<li>Wir vermieten Proberäume zu einem günstigen Preis.</li>"
                    "<li>Wir bieten Kurse und Workshops an.</li>"
                    "<li>Wir pflegen das Kreativverzeichnis und die Wissensbank.</li>"
                    "<li>Wir organisieren jedes Jahr das Schakelfestival.</li>"
                    "</ul>",
                ),
                ("heading", "Unser Team"),
                (
                    "paragraph",
                    "<p>Unser Team ist klein. "
                    "Wir arbeiten mit vielen Ehrenamtlichen zusammen.</p>"
                    "<ul>"
                    "<li><strong>Marieke Wolters</strong> ist Direktorin. "
                    "Sie hält den Kontakt zur Gemeinde und zu Partnern.</li>"
                    "<li><strong>Ruud Vroemen</strong> ist Berater für Amateurkunst. "
                    "Er hilft Gruppen bei Fördergeld und Plänen.</li>"
                    "<li><strong>Samira El Amrani</strong> organisiert die Kurse und das Festival.</li>"
                    "</ul>",
                ),
                ("heading", "Wer bezahlt unsere Arbeit?"),
                (
                    "paragraph",
                    "<p>Die Gemeinde bezahlt den größten Teil unserer Arbeit. "
                    "Manchmal gibt auch eine Stiftung Geld für ein Projekt. "
                    "Kreative zahlen nur einen kleinen Betrag für Räume und Kurse. "
                    "Die Beratung ist immer kostenlos.</p>",
                ),
                ("cta", {"text": "Nimm Kontakt mit uns auf", "page": "contact"}),
            ],
        },
    },
    # ---------------------------------------------------------------- support
    {
        "key": "support",
        "in_menu": True,
        "in_footer": False,
        "nl": {
            "slug": "voor-makers",
            "title": "Voor makers",
            "intro": (
                "Maak je kunst in je vrije tijd? "
                "Alleen of met een groep? "
                "Dan kun je bij ons terecht."
            ),
            "seo_title": "Voor makers – advies, ruimtes en cursussen | Cultuurhuis De Schakel",
            "search_description": (
                "Gratis advies, repetitieruimtes, een profiel in de makersgids en cursussen. "
                "Voor amateurkunstenaars in Zuid-Limburg."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "Advies is gratis.",
                        "Je kunt een repetitieruimte huren.",
                        "Je krijgt een gratis profiel in de makersgids.",
                        "Je kunt cursussen en workshops volgen.",
                    ],
                ),
                ("heading", "Advies"),
                (
                    "paragraph",
                    "<p>Heb je een vraag over je vereniging of je project? "
                    "Bel of mail ons. "
                    "Dan maken we een afspraak. "
                    "We helpen je bijvoorbeeld met:</p>"
                    "<ul>"
                    "<li>subsidie aanvragen bij de gemeente of een fonds;</li>"
                    "<li>nieuwe leden en vrijwilligers vinden;</li>"
                    "<li>een voorstelling of concert organiseren;</li>"
                    "<li>meer publiek trekken.</li>"
                    "</ul>"
                    "<p>Het advies is gratis. "
                    "Een gesprek duurt meestal een uur.</p>",
                ),
                ("heading", "Repetitieruimte"),
                (
                    "paragraph",
                    "<p>In ons gebouw zijn vier ruimtes. "
                    "Je kunt ze per uur huren. "
                    "In één ruimte staat een piano. "
                    "Op de pagina over repetitieruimte lees je meer.</p>",
                ),
                ("heading", "Een profiel in de makersgids"),
                (
                    "paragraph",
                    "<p>In de makersgids staan makers en groepen uit Zuid-Limburg. "
                    "Je maakt zelf een account aan. "
                    "Daarna vul je je profiel in. "
                    "Je kiest zelf wat je laat zien. "
                    "Wij kijken je profiel na. "
                    "Daarna zetten we het online.</p>",
                ),
                ("heading", "Cursussen en workshops"),
                (
                    "paragraph",
                    "<p>We geven cursussen voor makers. "
                    "En voor bestuurders van verenigingen. "
                    "Bijvoorbeeld over je stem, spelen op het podium of sociale media. "
                    "De groepen zijn klein. "
                    "Zo leer je veel.</p>",
                ),
                ("cta", {"text": "Vraag gratis advies", "page": "contact"}),
            ],
        },
        "en": {
            "slug": "for-makers",
            "title": "For makers",
            "intro": (
                "Do you make art in your free time? "
                "On your own or with a group? "
                "Then we are here for you."
            ),
            "seo_title": "For makers – advice, rooms and courses | Cultuurhuis De Schakel",
            "search_description": (
                "Free advice, rehearsal rooms, a profile in the maker directory and courses. "
                "For amateur artists in South Limburg."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "Advice is free.",
                        "You can rent a rehearsal room.",
                        "You get a free profile in the maker directory.",
                        "You can take courses and workshops.",
                    ],
                ),
                ("heading", "Advice"),
                (
                    "paragraph",
                    "<p>Do you have a question about your club or your project? "
                    "Call or email us. "
                    "Then we make an appointment. "
                    "For example, we help you with:</p>"
                    "<ul>"
                    "<li>applying for a grant from the municipality or a fund;</li>"
                    "<li>finding new members and volunteers;</li>"
                    "<li>organising a show or a concert;</li>"
                    "<li>reaching a bigger audience.</li>"
                    "</ul>"
                    "<p>The advice is free. "
                    "A meeting usually takes about an hour.</p>",
                ),
                ("heading", "Rehearsal rooms"),
                (
                    "paragraph",
                    "<p>There are four rooms in our building. "
                    "You can rent them by the hour. "
                    "One room has a piano. "
                    "You can read more on the page about rehearsal rooms.</p>",
                ),
                ("heading", "A profile in the maker directory"),
                (
                    "paragraph",
                    "<p>The maker directory lists makers and groups from South Limburg. "
                    "You create an account yourself. "
                    "Then you fill in your profile. "
                    "You decide what you show. "
                    "We check your profile. "
                    "Then we put it online.</p>",
                ),
                ("heading", "Courses and workshops"),
                (
                    "paragraph",
                    "<p>We run courses for makers. "
                    "And for board members of clubs and societies. "
                    "For example about your voice, acting on stage or social media. "
                    "The groups are small. "
                    "That way you learn a lot.</p>",
                ),
                ("cta", {"text": "Ask for free advice", "page": "contact"}),
            ],
        },
        "de": {
            "slug": "fuer-kreative",
            "title": "Für Kreative",
            "intro": (
                "Machst du in deiner Freizeit Kunst? "
                "Allein oder mit einer Gruppe? "
                "Dann bist du bei uns richtig."
            ),
            "seo_title": "Für Kreative – Beratung, Räume und Kurse | Cultuurhuis De Schakel",
            "search_description": (
                "Kostenlose Beratung, Proberäume, ein Profil im Kreativverzeichnis und Kurse. "
                "Für Amateurkünstler in Süd-Limburg."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "Die Beratung ist kostenlos.",
                        "Du kannst einen Proberaum mieten.",
                        "Du bekommst ein kostenloses Profil im Kreativverzeichnis.",
                        "Du kannst Kurse und Workshops besuchen.",
                    ],
                ),
                ("heading", "Beratung"),
                (
                    "paragraph",
                    "<p>Hast du eine Frage zu deinem Verein oder deinem Projekt? "
                    "Ruf uns an oder schreib uns eine E-Mail. "
                    "Dann machen wir einen Termin aus. "
                    "Wir helfen dir zum Beispiel dabei:</p>"
                    "<ul>"
                    "<li>Fördergeld bei der Gemeinde oder einer Stiftung zu beantragen;</li>"
                    "<li>neue Mitglieder und Ehrenamtliche zu finden;</li>"
                    "<li>eine Aufführung oder ein Konzert zu organisieren;</li>"
                    "<li>mehr Publikum zu erreichen.</li>"
                    "</ul>"
                    "<p>Die Beratung ist kostenlos. "
                    "Ein Gespräch dauert meistens eine Stunde.</p>",
                ),
                ("heading", "Proberäume"),
                (
                    "paragraph",
                    "<p>In unserem Gebäude gibt es vier Räume. "
                    "Du kannst sie stundenweise mieten. "
                    "In einem Raum steht ein Klavier. "
                    "Mehr dazu liest du auf der Seite über Proberäume.</p>",
                ),
                ("heading", "Ein Profil im Kreativverzeichnis"),
                (
                    "paragraph",
                    "<p>Im Kreativverzeichnis stehen Kreative und Gruppen aus Süd-Limburg. "
                    "Du legst selbst ein Konto an. "
                    "Danach füllst du dein Profil aus. "
                    "Du entscheidest selbst, was du zeigst. "
                    "Wir prüfen dein Profil. "
                    "Danach stellen wir es online.</p>",
                ),
                ("heading", "Kurse und Workshops"),
                (
                    "paragraph",
                    "<p>Wir bieten Kurse für Kreative an. "
                    "Und für Vorstände von Vereinen. "
                    "Zum Beispiel zu deiner Stimme, zum Spielen auf der Bühne oder zu Social Media. "
                    "Die Gruppen sind klein. "
                    "So lernst du viel.</p>",
                ),
                ("cta", {"text": "Kostenlose Beratung anfragen", "page": "contact"}),
            ],
        },
        "children": [
            # ------------------------------------------------------ rehearsal
            {
                "key": "rehearsal",
                "in_menu": True,
                "in_footer": False,
                "nl": {
                    "slug": "repetitieruimte",
                    "title": "Repetitieruimte huren",
                    "intro": ("Zoek je een plek om te oefenen? Huur dan een ruimte in ons gebouw."),
                    "seo_title": "Repetitieruimte huren in Heerlen | Cultuurhuis De Schakel",
                    "search_description": (
                        "Vier ruimtes voor koren, bands, dansers en schilders. "
                        "Lees de prijzen per uur en hoe je een ruimte boekt."
                    ),
                    "body": [
                        ("heading", "Onze ruimtes"),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>De Zaal</strong>: een grote ruimte voor maximaal 60 mensen. "
                            "Met een piano en een podium. "
                            "Prijs: € 35 per uur.</li>"
                            "<li><strong>De Studio</strong>: voor bands. "
                            "Met een drumstel, versterkers en goede geluidsisolatie. "
                            "Prijs: € 20 per uur.</li>"
                            "<li><strong>Het Atelier</strong>: een lichte ruimte voor schilders en tekenaars. "
                            "Met grote tafels en een gootsteen. "
                            "Prijs: € 15 per uur.</li>"
                            "<li><strong>De Danszaal</strong>: met een houten vloer, spiegels en muziek. "
                            "Prijs: € 25 per uur.</li>"
                            "</ul>"
                            "<p>De prijzen zijn inclusief btw. "
                            "Koffie en thee zijn gratis.</p>",
                        ),
                        ("heading", "Korting"),
                        (
                            "paragraph",
                            "<p>Huur je elke week dezelfde ruimte? "
                            "Dan krijg je 20 procent korting. "
                            "Je moet dan wel minstens tien weken achter elkaar huren. "
                            "Groepen met jonge leden onder de 18 krijgen ook korting.</p>",
                        ),
                        ("heading", "Zo boek je een ruimte"),
                        (
                            "paragraph",
                            "<ol>"
                            "<li>Bel of mail ons. "
                            "Vraag wanneer de ruimte vrij is.</li>"
                            "<li>Geef de datum, de tijd en het aantal mensen door.</li>"
                            "<li>Binnen twee werkdagen krijg je een bevestiging per e-mail.</li>"
                            "<li>Na afloop krijg je de rekening.</li>"
                            "</ol>"
                            "<p>Wil je afzeggen? "
                            "Doe dat dan uiterlijk twee dagen van tevoren. "
                            "Dan betaal je niets.</p>",
                        ),
                        ("heading", "Toegankelijk"),
                        (
                            "paragraph",
                            "<p>Alle ruimtes zijn op de begane grond of bereikbaar met de lift. "
                            "Er is een aangepast toilet. "
                            "Heb je iets extra nodig? "
                            "Zeg het ons als je boekt.</p>",
                        ),
                        ("cta", {"text": "Boek een ruimte", "page": "contact"}),
                    ],
                },
                "en": {
                    "slug": "rehearsal-rooms",
                    "title": "Rent a rehearsal room",
                    "intro": ("Looking for a place to practise? Then rent a room in our building."),
                    "seo_title": "Rent a rehearsal room in Heerlen | Cultuurhuis De Schakel",
                    "search_description": (
                        "Four rooms for choirs, bands, dancers and painters. "
                        "See the prices per hour and how to book a room."
                    ),
                    "body": [
                        ("heading", "Our rooms"),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>De Zaal</strong> (the hall): a large room for up to 60 people. "
                            "With a piano and a stage. "
                            "Price: € 35 per hour.</li>"
                            "<li><strong>De Studio</strong> (the studio): for bands. "
                            "With a drum kit, amplifiers and good soundproofing. "
                            "Price: € 20 per hour.</li>"
                            "<li><strong>Het Atelier</strong> (the art room): a bright room for painters and drawers. "
                            "With big tables and a sink. "
                            "Price: € 15 per hour.</li>"
                            "<li><strong>De Danszaal</strong> (the dance room): with a wooden floor, mirrors and a sound system. "
                            "Price: € 25 per hour.</li>"
                            "</ul>"
                            "<p>Prices include VAT. "
                            "Coffee and tea are free.</p>",
                        ),
                        ("heading", "Discount"),
                        (
                            "paragraph",
                            "<p>Do you rent the same room every week? "
                            "Then you get a 20 percent discount. "
                            "You need to rent for at least ten weeks in a row. "
                            "Groups with young members under 18 also get a discount.</p>",
                        ),
                        ("heading", "How to book a room"),
                        (
                            "paragraph",
                            "<ol>"
                            "<li>Call or email us. "
                            "Ask when the room is free.</li>"
                            "<li>Tell us the date, the time and the number of people.</li>"
                            "<li>Within two working days you get a confirmation by email.</li>"
                            "<li>After your booking you get the invoice.</li>"
                            "</ol>"
                            "<p>Do you want to cancel? "
                            "Please do so at least two days in advance. "
                            "Then you pay nothing.</p>",
                        ),
                        ("heading", "Accessibility"),
                        (
                            "paragraph",
                            "<p>All rooms are on the ground floor or can be reached by lift. "
                            "There is an accessible toilet. "
                            "Do you need anything else? "
                            "Let us know when you book.</p>",
                        ),
                        ("cta", {"text": "Book a room", "page": "contact"}),
                    ],
                },
                "de": {
                    "slug": "proberaeume",
                    "title": "Proberaum mieten",
                    "intro": (
                        "Du suchst einen Ort zum Üben? Dann miete einen Raum in unserem Gebäude."
                    ),
                    "seo_title": "Proberaum mieten in Heerlen | Cultuurhuis De Schakel",
                    "search_description": (
                        "Vier Räume für Chöre, Bands, Tanzgruppen und Malerei. "
                        "Hier findest du die Preise pro Stunde und so buchst du."
                    ),
                    "body": [
                        ("heading", "Unsere Räume"),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><strong>De Zaal</strong> (der Saal): ein großer Raum für bis zu 60 Personen. "
                            "Mit Klavier und Bühne. "
                            "Preis: 35 € pro Stunde.</li>"
                            "<li><strong>De Studio</strong> (das Studio): für Bands. "
                            "Mit Schlagzeug, Verstärkern und gutem Schallschutz. "
                            "Preis: 20 € pro Stunde.</li>"
                            "<li><strong>Het Atelier</strong> (das Atelier): ein heller Raum zum Malen und Zeichnen. "
                            "Mit großen Tischen und einem Waschbecken. "
                            "Preis: 15 € pro Stunde.</li>"
                            "<li><strong>De Danszaal</strong> (der Tanzsaal): mit Holzboden, Spiegeln und Musikanlage. "
                            "Preis: 25 € pro Stunde.</li>"
                            "</ul>"
                            "<p>Die Preise enthalten die Mehrwertsteuer. "
                            "Kaffee und Tee sind kostenlos.</p>",
                        ),
                        ("heading", "Rabatt"),
                        (
                            "paragraph",
                            "<p>Mietest du jede Woche denselben Raum? "
                            "Dann bekommst du 20 Prozent Rabatt. "
                            "Dafür musst du mindestens zehn Wochen am Stück mieten. "
                            "Gruppen mit jungen Mitgliedern unter 18 bekommen auch Rabatt.</p>",
                        ),
                        ("heading", "So buchst du einen Raum"),
                        (
                            "paragraph",
                            "<ol>"
                            "<li>Ruf uns an oder schreib uns eine E-Mail. "
                            "Frag, wann der Raum frei ist.</li>"
                            "<li>Nenne uns das Datum, die Uhrzeit und die Zahl der Personen.</li>"
                            "<li>Innerhalb von zwei Werktagen bekommst du eine Bestätigung per E-Mail.</li>"
                            "<li>Danach bekommst du die Rechnung.</li>"
                            "</ol>"
                            "<p>Du willst absagen? "
                            "Sag bitte spätestens zwei Tage vorher ab. "
                            "Dann zahlst du nichts.</p>",
                        ),
                        ("heading", "Barrierefreiheit"),
                        (
                            "paragraph",
                            "<p>Alle Räume liegen im Erdgeschoss oder sind mit dem Aufzug erreichbar. "
                            "Es gibt eine barrierefreie Toilette. "
                            "Brauchst du noch etwas anderes? "
                            "Sag es uns bei der Buchung.</p>",
                        ),
                        ("cta", {"text": "Raum buchen", "page": "contact"}),
                    ],
                },
            },
            # -------------------------------------------------------- courses
            {
                "key": "courses",
                "in_menu": True,
                "in_footer": False,
                "nl": {
                    "slug": "cursussen",
                    "title": "Cursussen en workshops",
                    "intro": (
                        "Wil je iets nieuws leren? "
                        "Of wil je beter worden in wat je al doet? "
                        "Volg dan een cursus of workshop."
                    ),
                    "seo_title": "Cursussen en workshops voor amateurkunst | Cultuurhuis De Schakel",
                    "search_description": (
                        "Korte cursussen voor zangers, spelers en schilders. "
                        "En workshops voor besturen en vrijwilligers van verenigingen."
                    ),
                    "body": [
                        (
                            "in_short",
                            [
                                "Je hoeft geen ervaring te hebben.",
                                "De groepen zijn klein: hoogstens twaalf mensen.",
                                "Heb je weinig geld? Dan krijg je korting.",
                            ],
                        ),
                        ("heading", "Voor makers"),
                        (
                            "paragraph",
                            "<p>We geven korte cursussen voor iedereen die kunst maakt. "
                            "Je hoeft geen ervaring te hebben. "
                            "Een paar voorbeelden:</p>"
                            "<ul>"
                            "<li>Zingen: je stem goed gebruiken (vier avonden).</li>"
                            "<li>Toneel: spelen voor publiek (zes avonden).</li>"
                            "<li>Schilderen met acrylverf (drie zaterdagen).</li>"
                            "<li>Samen spelen in een band (vijf avonden).</li>"
                            "</ul>",
                        ),
                        ("heading", "Voor besturen en vrijwilligers"),
                        (
                            "paragraph",
                            "<p>Zit je in het bestuur van een koor, fanfare of toneelclub? "
                            "Dan moet je veel regelen. "
                            "Daarom geven we ook workshops over:</p>"
                            "<ul>"
                            "<li>subsidie aanvragen;</li>"
                            "<li>nieuwe leden vinden;</li>"
                            "<li>sociale media gebruiken;</li>"
                            "<li>de geldzaken op orde houden.</li>"
                            "</ul>"
                            "<p>Een workshop duurt één avond.</p>",
                        ),
                        ("heading", "Prijzen en aanmelden"),
                        (
                            "paragraph",
                            "<p>Een workshop van één avond kost € 15. "
                            "Een cursus kost € 10 per les. "
                            "De prijs is inclusief materiaal. "
                            "Heb je weinig geld? "
                            "Vraag dan naar de korting. "
                            "Je kunt je aanmelden per e-mail of telefoon. "
                            "We sturen je graag het programma van dit seizoen.</p>",
                        ),
                        ("cta", {"text": "Meld je aan", "page": "contact"}),
                    ],
                },
                "en": {
                    "slug": "courses-and-workshops",
                    "title": "Courses and workshops",
                    "intro": (
                        "Do you want to learn something new? "
                        "Or do you want to get better at what you already do? "
                        "Then take a course or a workshop."
                    ),
                    "seo_title": "Courses and workshops for amateur arts | Cultuurhuis De Schakel",
                    "search_description": (
                        "Short courses for singers, actors and painters. "
                        "And workshops for boards and volunteers of clubs."
                    ),
                    "body": [
                        (
                            "in_short",
                            [
                                "You do not need any experience.",
                                "The groups are small: twelve people at most.",
                                "Short of money? Then you get a discount.",
                            ],
                        ),
                        ("heading", "For makers"),
                        (
                            "paragraph",
                            "<p>We run short courses for everyone who makes art. "
                            "You do not need any experience. "
                            "A few examples:</p>"
                            "<ul>"
                            "<li>Singing: using your voice well (four evenings).</li>"
                            "<li>Theatre: acting for an audience (six evenings).</li>"
                            "<li>Painting with acrylics (three Saturdays).</li>"
                            "<li>Playing together in a band (five evenings).</li>"
                            "</ul>",
                        ),
                        ("heading", "For boards and volunteers"),
                        (
                            "paragraph",
                            "<p>Are you on the board of a choir, brass band or theatre club? "
                            "Then you have a lot to arrange. "
                            "That is why we also run workshops on:</p>"
                            "<ul>"
                            "<li>applying for grants;</li>"
                            "<li>finding new members;</li>"
                            "<li>using social media;</li>"
                            "<li>keeping the finances in order.</li>"
                            "</ul>"
                            "<p>A workshop takes one evening.</p>",
                        ),
                        ("heading", "Prices and signing up"),
                        (
                            "paragraph",
                            "<p>A one-evening workshop costs € 15. "
                            "A course costs € 10 per lesson. "
                            "Materials are included in the price. "
                            "Short of money? "
                            "Then ask about the discount. "
                            "You can sign up by email or phone. "
                            "We will send you this season's programme.</p>",
                        ),
                        ("cta", {"text": "Sign up", "page": "contact"}),
                    ],
                },
                "de": {
                    "slug": "kurse-und-workshops",
                    "title": "Kurse und Workshops",
                    "intro": (
                        "Willst du etwas Neues lernen? "
                        "Oder willst du besser werden in dem, was du schon machst? "
                        "Dann besuch einen Kurs oder einen Workshop."
                    ),
                    "seo_title": "Kurse und Workshops für Amateurkunst | Cultuurhuis De Schakel",
                    "search_description": (
                        "Kurze Kurse für Gesang, Theater und Malerei. "
                        "Und Workshops für Vorstände und Ehrenamtliche von Vereinen."
                    ),
                    "body": [
                        (
                            "in_short",
                            [
                                "Du brauchst keine Erfahrung.",
                                "Die Gruppen sind klein: höchstens zwölf Personen.",
                                "Hast du wenig Geld? Dann bekommst du Rabatt.",
                            ],
                        ),
                        ("heading", "Für Kreative"),
                        (
                            "paragraph",
                            "<p>Wir bieten kurze Kurse für alle an, die Kunst machen. "
                            "Du brauchst keine Erfahrung. "
                            "Ein paar Beispiele:</p>"
                            "<ul>"
                            "<li>Singen: die eigene Stimme gut einsetzen (vier Abende).</li>"
                            "<li>Theater: vor Publikum spielen (sechs Abende).</li>"
                            "<li>Malen mit Acrylfarben (drei Samstage).</li>"
                            "<li>Zusammen in einer Band spielen (fünf Abende).</li>"
                            "</ul>",
                        ),
                        ("heading", "Für Vorstände und Ehrenamtliche"),
                        (
                            "paragraph",
                            "<p>Bist du im Vorstand eines Chors, einer Blaskapelle oder einer Theatergruppe? "
                            "Dann hast du viel zu regeln. "
                            "Deshalb bieten wir auch Workshops zu diesen Themen an:</p>"
                            "<ul>"
                            "<li>Fördergeld beantragen;</li>"
                            "<li>neue Mitglieder finden;</li>"
                            "<li>Social Media nutzen;</li>"
                            "<li>die Finanzen in Ordnung halten.</li>"
                            "</ul>"
                            "<p>Ein Workshop dauert einen Abend.</p>",
                        ),
                        ("heading", "Preise und Anmeldung"),
                        (
                            "paragraph",
                            "<p>Ein Workshop an einem Abend kostet 15 €. "
                            "Ein Kurs kostet 10 € pro Termin. "
                            "Das Material ist im Preis enthalten. "
                            "Hast du wenig Geld? "
                            "Dann frag nach dem Rabatt. "
                            "Du kannst dich per E-Mail oder Telefon anmelden. "
                            "Das Programm dieser Saison schicken wir dir gern zu.</p>",
                        ),
                        ("cta", {"text": "Jetzt anmelden", "page": "contact"}),
                    ],
                },
            },
        ],
    },
    # --------------------------------------------------------------- festival
    {
        "key": "festival",
        "in_menu": True,
        "in_footer": False,
        "nl": {
            "slug": "schakelfestival",
            "title": "Schakelfestival",
            "intro": (
                "Elk jaar in juni laten amateurmakers uit Zuid-Limburg zien wat ze kunnen. "
                "Kom kijken of doe mee!"
            ),
            "seo_title": "Schakelfestival – het festival voor amateurkunst in Heerlen",
            "search_description": (
                "Een gratis festival vol amateurkunst in Heerlen. "
                "Kom kijken, treed op of help mee als vrijwilliger."
            ),
            "body": [
                ("heading", "Wat is het Schakelfestival?"),
                (
                    "paragraph",
                    "<p>Het Schakelfestival is een gratis festival voor amateurkunst. "
                    "Het duurt een heel weekend. "
                    "Het is in en rond ons gebouw in Heerlen. "
                    "Koren zingen, bands spelen en dansgroepen treden op. "
                    "Schilders en fotografen laten hun werk zien. "
                    "Ook zijn er korte workshops. "
                    "Daar kun je zelf iets uitproberen.</p>",
                ),
                ("heading", "Meedoen als maker"),
                (
                    "paragraph",
                    "<p>Wil je optreden of je werk laten zien? "
                    "Meld je dan aan vóór 1 maart. "
                    "Alle soorten kunst zijn welkom. "
                    "Je moet wel in Zuid-Limburg wonen of repeteren. "
                    "Wij zorgen voor een podium, licht en geluid. "
                    "Jij krijgt een vergoeding voor je reiskosten.</p>",
                ),
                ("heading", "Helpen als vrijwilliger"),
                (
                    "paragraph",
                    "<p>Zonder vrijwilligers is er geen festival. "
                    "Je kunt bijvoorbeeld helpen bij de opbouw of achter de bar. "
                    "Of je ontvangt de bezoekers. "
                    "Je krijgt een T-shirt en gratis eten en drinken.</p>",
                ),
                ("heading", "Veelgestelde vragen"),
                (
                    "faq",
                    [
                        {
                            "question": "Kost het festival geld?",
                            "answer": "<p>Nee, de toegang is gratis. "
                            "Eten en drinken betaal je zelf.</p>",
                        },
                        {
                            "question": "Kan ik het festival bezoeken met een rolstoel?",
                            "answer": "<p>Ja. "
                            "Alle podia zijn bereikbaar met een rolstoel. "
                            "Er zijn aangepaste toiletten. "
                            "Heb je iets anders nodig? "
                            "Laat het ons van tevoren weten.</p>",
                        },
                        {
                            "question": "Wanneer is het volgende festival?",
                            "answer": "<p>Het festival is altijd in het tweede weekend van juni. "
                            "Vanaf april staat het programma op deze website.</p>",
                        },
                    ],
                ),
                ("cta", {"text": "Meld je aan als maker", "page": "contact"}),
            ],
        },
        "en": {
            "slug": "schakelfestival",
            "title": "Schakelfestival",
            "intro": (
                "Every June, amateur makers from South Limburg show what they can do. "
                "Come and watch or take part!"
            ),
            "seo_title": "Schakelfestival – the amateur arts festival in Heerlen",
            "search_description": (
                "A free festival full of amateur arts in Heerlen. "
                "Come and watch, perform or help out as a volunteer."
            ),
            "body": [
                ("heading", "What is the Schakelfestival?"),
                (
                    "paragraph",
                    "<p>The Schakelfestival is a free festival for amateur arts. "
                    "It lasts a whole weekend. "
                    "It takes place in and around our building in Heerlen. "
                    "Choirs sing, bands play and dance groups perform. "
                    "Painters and photographers show their work. "
                    "There are also short workshops. "
                    "There you can try something yourself.</p>",
                ),
                ("heading", "Taking part as a maker"),
                (
                    "paragraph",
                    "<p>Would you like to perform or show your work? "
                    "Then sign up before 1 March. "
                    "All kinds of art are welcome. "
                    "You do need to live or rehearse in South Limburg. "
                    "We provide a stage, lights and sound. "
                    "You get an allowance for your travel costs.</p>",
                ),
                ("heading", "Helping as a volunteer"),
                (
                    "paragraph",
                    "<p>Without volunteers there is no festival. "
                    "For example, you can help set up or work behind the bar. "
                    "Or you can welcome the visitors. "
                    "You get a T-shirt and free food and drinks.</p>",
                ),
                ("heading", "Frequently asked questions"),
                (
                    "faq",
                    [
                        {
                            "question": "Does the festival cost money?",
                            "answer": "<p>No, entry is free. "
                            "You pay for your own food and drinks.</p>",
                        },
                        {
                            "question": "Can I visit the festival in a wheelchair?",
                            "answer": "<p>Yes. "
                            "All stages can be reached in a wheelchair. "
                            "There are accessible toilets. "
                            "Do you need anything else? "
                            "Let us know in advance.</p>",
                        },
                        {
                            "question": "When is the next festival?",
                            "answer": "<p>The festival is always on the second weekend of June. "
                            "The programme is on this website from April.</p>",
                        },
                    ],
                ),
                ("cta", {"text": "Sign up as a maker", "page": "contact"}),
            ],
        },
        "de": {
            "slug": "schakelfestival",
            "title": "Schakelfestival",
            "intro": (
                "Jedes Jahr im Juni zeigen Amateurkünstler aus Süd-Limburg, was sie können. "
                "Komm vorbei oder mach mit!"
            ),
            "seo_title": "Schakelfestival – das Festival für Amateurkunst in Heerlen",
            "search_description": (
                "Ein kostenloses Festival voller Amateurkunst in Heerlen. "
                "Schau zu, tritt auf oder hilf ehrenamtlich mit."
            ),
            "body": [
                ("heading", "Was ist das Schakelfestival?"),
                (
                    "paragraph",
                    "<p>Das Schakelfestival ist ein kostenloses Festival für Amateurkunst. "
                    "Es dauert ein ganzes Wochenende. "
                    "Es findet in und um unser Gebäude in Heerlen statt. "
                    "Chöre singen, Bands spielen und Tanzgruppen treten auf. "
                    "Malerinnen, Maler und Fotografen zeigen ihre Werke. "
                    "Außerdem gibt es kurze Workshops. "
                    "Dort kannst du selbst etwas ausprobieren.</p>",
                ),
                ("heading", "Als Kreative oder Kreativer mitmachen"),
                (
                    "paragraph",
                    "<p>Willst du auftreten oder deine Werke zeigen? "
                    "Dann melde dich bis zum 1. März an. "
                    "Alle Arten von Kunst sind willkommen. "
                    "Du musst aber in Süd-Limburg wohnen oder proben. "
                    "Wir sorgen für Bühne, Licht und Ton. "
                    "Du bekommst einen Zuschuss zu deinen Fahrtkosten.</p>",
                ),
                ("heading", "Ehrenamtlich helfen"),
                (
                    "paragraph",
                    "<p>Ohne Ehrenamtliche gibt es kein Festival. "
                    "Du kannst zum Beispiel beim Aufbau oder an der Bar helfen. "
                    "Oder du begrüßt die Gäste. "
                    "Du bekommst ein T-Shirt und kostenloses Essen und Trinken.</p>",
                ),
                ("heading", "Häufige Fragen"),
                (
                    "faq",
                    [
                        {
                            "question": "Kostet das Festival Eintritt?",
                            "answer": "<p>Nein, der Eintritt ist frei. "
                            "Essen und Trinken bezahlst du selbst.</p>",
                        },
                        {
                            "question": "Kann ich das Festival mit dem Rollstuhl besuchen?",
                            "answer": "<p>Ja. "
                            "Alle Bühnen sind mit dem Rollstuhl erreichbar. "
                            "Es gibt barrierefreie Toiletten. "
                            "Brauchst du noch etwas anderes? "
                            "Sag uns vorher Bescheid.</p>",
                        },
                        {
                            "question": "Wann ist das nächste Festival?",
                            "answer": "<p>Das Festival ist immer am zweiten Wochenende im Juni. "
                            "Ab April steht das Programm auf dieser Website.</p>",
                        },
                    ],
                ),
                ("cta", {"text": "Als Kreative oder Kreativer anmelden", "page": "contact"}),
            ],
        },
    },
    # ---------------------------------------------------------------- contact
    {
        "key": "contact",
        "in_menu": True,
        "in_footer": True,
        "nl": {
            "slug": "contact",
            "title": "Contact",
            "intro": (
                "Heb je een vraag? "
                "Wil je een ruimte boeken of advies krijgen? "
                "Neem gerust contact met ons op."
            ),
            "seo_title": "Contact – Cultuurhuis De Schakel in Heerlen",
            "search_description": (
                "Adres, telefoon, e-mail en openingstijden van Cultuurhuis De Schakel. "
                "En zo kom je bij ons met bus, trein of auto."
            ),
            "body": [
                ("heading", "Onze gegevens"),
                (
                    "paragraph",
                    "<p><strong>Cultuurhuis De Schakel</strong></p>"
                    "<ul>"
                    "<li>Adres: Pancratiusplein 99, 6411 XX Heerlen</li>"
                    "<li>Telefoon: 045 000 0000</li>"
                    "<li>E-mail: info@deschakel.example</li>"
                    "</ul>",
                ),
                ("heading", "Openingstijden"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Maandag tot en met vrijdag: 9.00 tot 17.00 uur</li>"
                    "<li>Maandag tot en met donderdag ook 's avonds: 19.00 tot 23.00 uur (alleen voor repetities)</li>"
                    "<li>Zaterdag: 10.00 tot 16.00 uur</li>"
                    "<li>Zondag: gesloten</li>"
                    "</ul>"
                    "<p>Je kunt ons bellen op werkdagen van 9.00 tot 17.00 uur.</p>",
                ),
                ("heading", "Zo kom je bij ons"),
                (
                    "paragraph",
                    "<p><strong>Met de trein:</strong> stap uit op station Heerlen. "
                    "Daarna loop je ongeveer tien minuten naar ons gebouw. "
                    "Ook uit Aken rijdt een trein naar Heerlen.</p>"
                    "<p><strong>Met de bus:</strong> veel bussen stoppen bij station Heerlen. "
                    "Er rijden bijvoorbeeld bussen uit Kerkrade, Landgraaf en Brunssum. "
                    'Plan je reis op <a href="https://9292.nl">9292.nl</a>.</p>'
                    "<p><strong>Met de auto:</strong> parkeer in een parkeergarage in het centrum. "
                    "Bij ons gebouw zijn twee plekken voor mensen met een gehandicaptenparkeerkaart.</p>"
                    "<p><strong>Met de fiets:</strong> je kunt je fiets gratis stallen bij de ingang.</p>",
                ),
                ("heading", "Veelgestelde vragen"),
                (
                    "faq",
                    [
                        {
                            "question": "Moet ik een afspraak maken?",
                            "answer": "<p>Voor advies wel. "
                            "Dan hebben we genoeg tijd voor je. "
                            "Voor een korte vraag kun je gewoon bellen of langskomen.</p>",
                        },
                        {
                            "question": "Hoe snel krijg ik antwoord op mijn e-mail?",
                            "answer": "<p>We antwoorden binnen drie werkdagen. "
                            "Is het dringend? "
                            "Bel ons dan.</p>",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "contact",
            "title": "Contact",
            "intro": (
                "Do you have a question? "
                "Would you like to book a room or get advice? "
                "Feel free to get in touch."
            ),
            "seo_title": "Contact – Cultuurhuis De Schakel in Heerlen",
            "search_description": (
                "Address, phone, email and opening hours of Cultuurhuis De Schakel. "
                "And how to reach us by bus, train or car."
            ),
            "body": [
                ("heading", "Our details"),
                (
                    "paragraph",
                    "<p><strong>Cultuurhuis De Schakel</strong></p>"
                    "<ul>"
                    "<li>Address: Pancratiusplein 99, 6411 XX Heerlen, the Netherlands</li>"
                    "<li>Phone: +31 45 000 0000</li>"
                    "<li>Email: info@deschakel.example</li>"
                    "</ul>",
                ),
                ("heading", "Opening hours"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Monday to Friday: 9 am to 5 pm</li>"
                    "<li>Monday to Thursday evenings as well: 7 pm to 11 pm (rehearsals only)</li>"
                    "<li>Saturday: 10 am to 4 pm</li>"
                    "<li>Sunday: closed</li>"
                    "</ul>"
                    "<p>You can call us on working days from 9 am to 5 pm.</p>",
                ),
                ("heading", "How to get here"),
                (
                    "paragraph",
                    "<p><strong>By train:</strong> get off at Heerlen station. "
                    "From there it is about a ten-minute walk to our building. "
                    "There is also a train from Aachen to Heerlen.</p>"
                    "<p><strong>By bus:</strong> many buses stop at Heerlen station. "
                    "For example, there are buses from Kerkrade, Landgraaf and Brunssum. "
                    'Plan your journey at <a href="https://9292.nl/en">9292.nl</a>.</p>'
                    "<p><strong>By car:</strong> park in one of the car parks in the town centre. "
                    "There are two spaces by our building for people with a disabled parking card.</p>"
                    "<p><strong>By bike:</strong> you can park your bike for free in the bike shed by the entrance.</p>",
                ),
                ("heading", "Frequently asked questions"),
                (
                    "faq",
                    [
                        {
                            "question": "Do I need to make an appointment?",
                            "answer": "<p>For advice, yes. "
                            "Then we have enough time for you. "
                            "For a quick question you can just call or drop by.</p>",
                        },
                        {
                            "question": "How quickly will you answer my email?",
                            "answer": "<p>We answer within three working days. "
                            "Is it urgent? "
                            "Then please call us.</p>",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "kontakt",
            "title": "Kontakt",
            "intro": (
                "Hast du eine Frage? "
                "Willst du einen Raum buchen oder dich beraten lassen? "
                "Melde dich gern bei uns."
            ),
            "seo_title": "Kontakt – Cultuurhuis De Schakel in Heerlen",
            "search_description": (
                "Adresse, Telefon, E-Mail und Öffnungszeiten von Cultuurhuis De Schakel. "
                "Und so kommst du mit Bus, Bahn oder Auto zu uns."
            ),
            "body": [
                ("heading", "Unsere Kontaktdaten"),
                (
                    "paragraph",
                    "<p><strong>Cultuurhuis De Schakel</strong></p>"
                    "<ul>"
                    "<li>Adresse: Pancratiusplein 99, 6411 XX Heerlen, Niederlande</li>"
                    "<li>Telefon: +31 45 000 0000</li>"
                    "<li>E-Mail: info@deschakel.example</li>"
                    "</ul>",
                ),
                ("heading", "Öffnungszeiten"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Montag bis Freitag: 9 bis 17 Uhr</li>"
                    "<li>Montag bis Donnerstag auch abends: 19 bis 23 Uhr (nur für Proben)</li>"
                    "<li>Samstag: 10 bis 16 Uhr</li>"
                    "<li>Sonntag: geschlossen</li>"
                    "</ul>"
                    "<p>Telefonisch erreichst du uns an Werktagen von 9 bis 17 Uhr.</p>",
                ),
                ("heading", "So kommst du zu uns"),
                (
                    "paragraph",
                    "<p><strong>Mit der Bahn:</strong> steig am Bahnhof Heerlen aus. "
                    "Von dort gehst du etwa zehn Minuten zu Fuß zu unserem Gebäude. "
                    "Auch aus Aachen fährt ein Zug nach Heerlen.</p>"
                    "<p><strong>Mit dem Bus:</strong> viele Busse halten am Bahnhof Heerlen. "
                    "Es fahren zum Beispiel Busse aus Kerkrade, Landgraaf und Brunssum. "
                    'Plane deine Fahrt auf <a href="https://9292.nl/en">9292.nl</a>.</p>'
                    "<p><strong>Mit dem Auto:</strong> park in einem Parkhaus im Zentrum. "
                    "An unserem Gebäude gibt es zwei Plätze für Menschen mit Behindertenparkausweis.</p>"
                    "<p><strong>Mit dem Fahrrad:</strong> du kannst dein Rad kostenlos im Fahrradraum am Eingang abstellen.</p>",
                ),
                ("heading", "Häufige Fragen"),
                (
                    "faq",
                    [
                        {
                            "question": "Muss ich einen Termin machen?",
                            "answer": "<p>Für eine Beratung ja. "
                            "Dann haben wir genug Zeit für dich. "
                            "Bei einer kurzen Frage kannst du einfach anrufen oder vorbeikommen.</p>",
                        },
                        {
                            "question": "Wie schnell bekomme ich eine Antwort auf meine E-Mail?",
                            "answer": "<p>Wir antworten innerhalb von drei Werktagen. "
                            "Ist es dringend? "
                            "Dann ruf uns bitte an.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ---------------------------------------------------------- accessibility
    {
        "key": "accessibility",
        "in_menu": False,
        "in_footer": True,
        "nl": {
            "slug": "toegankelijkheid",
            "title": "Toegankelijkheid",
            "intro": (
                "Iedereen moet onze website kunnen gebruiken. "
                "Ook als je slecht ziet of slecht hoort. "
                "Of als je geen muis gebruikt. "
                "Hier lees je wat we daarvoor doen."
            ),
            "seo_title": "Toegankelijkheidsverklaring – Cultuurhuis De Schakel",
            "search_description": (
                "Hoe toegankelijk is onze website? "
                "Lees hoe we testen, wat nog niet goed werkt en hoe je een probleem meldt."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "We willen voldoen aan WCAG 2.2 op niveau AA.",
                        "We testen automatisch en met de hand.",
                        "Sommige video's en oude pdf's zijn nog niet goed toegankelijk.",
                        "Zie je een probleem? Mail ons. Je krijgt binnen 5 werkdagen antwoord.",
                    ],
                ),
                ("heading", "Wat willen we bereiken?"),
                (
                    "paragraph",
                    "<p>We willen dat onze website voldoet aan WCAG 2.2 op niveau AA. "
                    "WCAG is een internationale set regels voor toegankelijke websites. "
                    "In Nederland is de Europese norm EN 301 549 de wettelijke eis. "
                    "Die norm vraagt om WCAG 2.1 op niveau AA. "
                    "Wij doen dus iets meer dan de wet vraagt.</p>",
                ),
                ("heading", "Hoe testen we?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>We testen elke soort pagina automatisch met axe-core. "
                    "Dat doen we in een echte browser. "
                    "En in alle talen: Nederlands, Engels en Duits.</li>"
                    "<li>We gebruiken de website alleen met het toetsenbord. "
                    "Zo zien we of alles werkt zonder muis.</li>"
                    "<li>We zoomen in tot 200 procent. "
                    "De tekst moet dan nog goed te lezen zijn.</li>"
                    "<li>We bekijken elke pagina op een smal scherm van 320 pixels. "
                    "Je hoeft dan niet opzij te scrollen.</li>"
                    "<li>Wil je minder beweging op je scherm? Dan zet de website bewegingen uit.</li>"
                    "<li>We meten elke pagina met Lighthouse. "
                    "Voor toegankelijkheid willen we de score 100.</li>"
                    "<li>We schrijven onze teksten in eenvoudige taal, op taalniveau B1. "
                    "Een eigen taalcontrole helpt ons daarbij.</li>"
                    "<li>Je kunt pagina's laten voorlezen met de knop Voorlezen.</li>"
                    "</ul>"
                    "<p>Automatische tests vinden niet alle problemen. "
                    "Daarom testen we ook met de hand.</p>",
                ),
                ("heading", "Status"),
                (
                    "paragraph",
                    "<p>Onze website voldoet gedeeltelijk aan WCAG 2.2 op niveau AA. "
                    "De meeste pagina's zijn goed toegankelijk. "
                    "Er zijn nog een paar bekende problemen. "
                    "Die staan hieronder.</p>",
                ),
                ("heading", "Bekende problemen"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Video's van anderen.</strong> "
                    "Soms tonen we een video van een andere website, zoals YouTube. "
                    "Die video's hebben niet altijd ondertiteling. "
                    "Dat kunnen we niet altijd zelf aanpassen.</li>"
                    "<li><strong>Oude pdf-bestanden.</strong> "
                    "Op de website staan nog pdf's van vóór 2026. "
                    "Die zijn niet altijd goed te lezen met een schermlezer. "
                    "We vervangen ze stap voor stap. "
                    "Heb je zo'n bestand nodig? "
                    "Vraag het ons. "
                    "Dan sturen we je de informatie in een andere vorm.</li>"
                    "</ul>",
                ),
                ("heading", "Een probleem melden"),
                (
                    "paragraph",
                    "<p>Kun je iets op onze website niet goed gebruiken? "
                    "Laat het ons weten. "
                    "Stuur een e-mail naar info@deschakel.example. "
                    "Schrijf erbij op welke pagina het probleem is. "
                    "Binnen 5 werkdagen krijg je antwoord. "
                    "We vertellen je ook wanneer we het probleem oplossen.</p>",
                ),
                ("heading", "Over deze verklaring"),
                (
                    "paragraph",
                    "<p>We hebben deze verklaring gemaakt op 23 november 2026. "
                    "We kijken elk jaar of ze nog klopt.</p>",
                ),
            ],
        },
        "en": {
            "slug": "accessibility",
            "title": "Accessibility",
            "intro": (
                "Everyone should be able to use our website. "
                "Also if you have poor sight or poor hearing. "
                "Or if you do not use a mouse. "
                "Here you can read what we do to make that happen."
            ),
            "seo_title": "Accessibility statement – Cultuurhuis De Schakel",
            "search_description": (
                "How accessible is our website? "
                "Read how we test, what does not work well yet and how to report a problem."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "We aim to meet WCAG 2.2 at level AA.",
                        "We test automatically and by hand.",
                        "Some videos and old PDFs are not fully accessible yet.",
                        "Found a problem? Email us. You get an answer within 5 working days.",
                    ],
                ),
                ("heading", "What do we aim for?"),
                (
                    "paragraph",
                    "<p>We want our website to meet WCAG 2.2 at level AA. "
                    "WCAG is an international set of guidelines for accessible websites. "
                    "In the Netherlands, the legal requirement is the European standard EN 301 549. "
                    "That standard asks for WCAG 2.1 at level AA. "
                    "So we do a little more than the law asks.</p>",
                ),
                ("heading", "How do we test?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>We test every type of page automatically with axe-core. "
                    "We do this in a real browser. "
                    "And in all languages: Dutch, English and German.</li>"
                    "<li>We use the website with the keyboard only. "
                    "That way we see if everything works without a mouse.</li>"
                    "<li>We zoom in to 200 percent. "
                    "The text must still be easy to read.</li>"
                    "<li>We view every page on a narrow screen of 320 pixels. "
                    "You should not have to scroll sideways.</li>"
                    "<li>Do you want less movement on your screen? Then the website turns animations off.</li>"
                    "<li>We measure every page with Lighthouse. "
                    "For accessibility we aim for a score of 100.</li>"
                    "<li>We write our Dutch texts in plain language, at level B1. "
                    "Our own language check helps us with that.</li>"
                    "<li>You can have pages read aloud with the Read aloud button.</li>"
                    "</ul>"
                    "<p>Automatic tests do not find every problem. "
                    "That is why we also test by hand.</p>",
                ),
                ("heading", "Status"),
                (
                    "paragraph",
                    "<p>Our website partly meets WCAG 2.2 at level AA. "
                    "Most pages are accessible. "
                    "There are still a few known problems. "
                    "You can read about them below.</p>",
                ),
                ("heading", "Known problems"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Videos by others.</strong> "
                    "Sometimes we show a video from another website, such as YouTube. "
                    "These videos do not always have captions. "
                    "We cannot always fix that ourselves.</li>"
                    "<li><strong>Old PDF files.</strong> "
                    "The website still has PDFs from before 2026. "
                    "They are not always easy to read with a screen reader. "
                    "We are replacing them step by step. "
                    "Do you need one of these files? "
                    "Ask us. "
                    "Then we send you the information in another form.</li>"
                    "</ul>",
                ),
                ("heading", "Report a problem"),
                (
                    "paragraph",
                    "<p>Is there something on our website you cannot use well? "
                    "Let us know. "
                    "Send an email to info@deschakel.example. "
                    "Tell us on which page the problem is. "
                    "You get an answer within 5 working days. "
                    "We also tell you when we will fix the problem.</p>",
                ),
                ("heading", "About this statement"),
                (
                    "paragraph",
                    "<p>We made this statement on 23 November 2026. "
                    "We check every year whether it is still correct.</p>",
                ),
            ],
        },
        "de": {
            "slug": "barrierefreiheit",
            "title": "Barrierefreiheit",
            "intro": (
                "Alle Menschen sollen unsere Website nutzen können. "
                "Auch wenn du schlecht siehst oder schlecht hörst. "
                "Oder wenn du keine Maus benutzt. "
                "Hier liest du, was wir dafür tun."
            ),
            "seo_title": "Erklärung zur Barrierefreiheit – Cultuurhuis De Schakel",
            "search_description": (
                "Wie barrierefrei ist unsere Website? "
                "Lies, wie wir testen, was noch nicht gut funktioniert und wie du ein Problem meldest."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "Wir wollen WCAG 2.2 auf Stufe AA erfüllen.",
                        "Wir testen automatisch und von Hand.",
                        "Manche Videos und alte PDFs sind noch nicht barrierefrei.",
                        "Du findest ein Problem? Schreib uns. Du bekommst innerhalb von 5 Werktagen eine Antwort.",
                    ],
                ),
                ("heading", "Was ist unser Ziel?"),
                (
                    "paragraph",
                    "<p>Unsere Website soll WCAG 2.2 auf Stufe AA erfüllen. "
                    "WCAG sind internationale Regeln für barrierefreie Websites. "
                    "In den Niederlanden ist die europäische Norm EN 301 549 gesetzlich vorgeschrieben. "
                    "Diese Norm verlangt WCAG 2.1 auf Stufe AA. "
                    "Wir tun also etwas mehr, als das Gesetz verlangt.</p>",
                ),
                ("heading", "Wie testen wir?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Wir testen jede Art von Seite automatisch mit axe-core. "
                    "Das machen wir in einem echten Browser. "
                    "Und in allen Sprachen: Niederländisch, Englisch und Deutsch.</li>"
                    "<li>Wir bedienen die Website nur mit der Tastatur. "
                    "So sehen wir, ob alles ohne Maus funktioniert.</li>"
                    "<li>Wir vergrößern die Seiten auf 200 Prozent. "
                    "Der Text muss dann noch gut lesbar sein.</li>"
                    "<li>Wir prüfen jede Seite auf einem schmalen Bildschirm mit 320 Pixeln. "
                    "Du musst dann nicht zur Seite scrollen.</li>"
                    "<li>Möchtest du weniger Bewegung auf dem Bildschirm? Dann schaltet die Website Animationen aus.</li>"
                    "<li>Wir messen jede Seite mit Lighthouse. "
                    "Für Barrierefreiheit wollen wir die Punktzahl 100.</li>"
                    "<li>Unsere niederländischen Texte schreiben wir in einfacher Sprache, auf Niveau B1. "
                    "Eine eigene Sprachprüfung hilft uns dabei.</li>"
                    "<li>Du kannst dir Seiten mit dem Button Vorlesen vorlesen lassen.</li>"
                    "</ul>"
                    "<p>Automatische Tests finden nicht alle Probleme. "
                    "Deshalb testen wir auch von Hand.</p>",
                ),
                ("heading", "Stand"),
                (
                    "paragraph",
                    "<p>Unsere Website erfüllt WCAG 2.2 auf Stufe AA teilweise. "
                    "Die meisten Seiten sind gut zugänglich. "
                    "Es gibt noch ein paar bekannte Probleme. "
                    "Du findest sie unten.</p>",
                ),
                ("heading", "Bekannte Probleme"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Videos von anderen.</strong> "
                    "Manchmal zeigen wir ein Video von einer anderen Website, zum Beispiel YouTube. "
                    "Diese Videos haben nicht immer Untertitel. "
                    "Das können wir nicht immer selbst ändern.</li>"
                    "<li><strong>Alte PDF-Dateien.</strong> "
                    "Auf der Website gibt es noch PDFs von vor 2026. "
                    "Sie sind mit einem Screenreader nicht immer gut lesbar. "
                    "Wir ersetzen sie nach und nach. "
                    "Brauchst du eine dieser Dateien? "
                    "Frag uns. "
                    "Dann schicken wir dir die Informationen in einer anderen Form.</li>"
                    "</ul>",
                ),
                ("heading", "Ein Problem melden"),
                (
                    "paragraph",
                    "<p>Kannst du etwas auf unserer Website nicht gut nutzen? "
                    "Sag uns Bescheid. "
                    "Schreib eine E-Mail an info@deschakel.example. "
                    "Nenne uns die Seite, auf der das Problem ist. "
                    "Innerhalb von 5 Werktagen bekommst du eine Antwort. "
                    "Wir sagen dir auch, wann wir das Problem beheben.</p>",
                ),
                ("heading", "Über diese Erklärung"),
                (
                    "paragraph",
                    "<p>Wir haben diese Erklärung am 23. November 2026 erstellt. "
                    "Wir prüfen jedes Jahr, ob sie noch stimmt.</p>",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- privacy
    {
        "key": "privacy",
        "in_menu": False,
        "in_footer": True,
        "nl": {
            "slug": "privacy",
            "title": "Privacyverklaring",
            "intro": (
                "Wij gaan zorgvuldig om met je gegevens. "
                "Hier lees je welke gegevens we bewaren. "
                "En waarom en hoe lang."
            ),
            "seo_title": "Privacyverklaring – Cultuurhuis De Schakel",
            "search_description": (
                "Welke gegevens bewaren we, waarom en hoe lang? "
                "We gebruiken geen cookies die je volgen. "
                "Lees ook wat je rechten zijn."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "We bewaren alleen gegevens die we echt nodig hebben.",
                        "We gebruiken geen cookies die je volgen.",
                        "Je mag je gegevens altijd zien, laten aanpassen of laten verwijderen.",
                    ],
                ),
                ("heading", "Welke gegevens bewaren we?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Berichten via het contactformulier.</strong> "
                    "We bewaren je naam, je e-mailadres en je bericht. "
                    "Zo kunnen we je antwoorden.</li>"
                    "<li><strong>Profielen in de makersgids.</strong> "
                    "We zetten je profiel alleen online als jij daar toestemming voor geeft. "
                    "Je kiest zelf wat je laat zien.</li>"
                    "<li><strong>Accounts.</strong> "
                    "Heb je een account? "
                    "Dan bewaren we je naam, je e-mailadres en een versleuteld wachtwoord. "
                    "Zo kun je inloggen en je profiel bijhouden.</li>"
                    "</ul>",
                ),
                ("heading", "Waarom bewaren we gegevens?"),
                (
                    "paragraph",
                    "<p>We gebruiken je gegevens alleen voor het doel waarvoor je ze geeft. "
                    "We verkopen je gegevens nooit. "
                    "We delen ze ook niet met anderen. "
                    "Dat doen we alleen als de wet het verplicht.</p>",
                ),
                ("heading", "Hoe lang bewaren we gegevens?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Berichten via het contactformulier: hoogstens één jaar.</li>"
                    "<li>Profielen en accounts: zolang je account bestaat. "
                    "Verwijder je je account? "
                    "Dan wissen we je gegevens binnen 30 dagen.</li>"
                    "</ul>",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "<p>Wij gebruiken geen cookies die je volgen. "
                    "En ook geen cookies voor reclame. "
                    "We gebruiken alleen cookies die nodig zijn om de website te laten werken:</p>"
                    "<ul>"
                    "<li>een cookie die je taalkeuze onthoudt;</li>"
                    "<li>een cookie die je ingelogd houdt;</li>"
                    "<li>een cookie die formulieren beschermt tegen misbruik (CSRF).</li>"
                    "</ul>"
                    "<p>Voor deze cookies hoeven we je geen toestemming te vragen.</p>",
                ),
                ("heading", "Jouw rechten"),
                (
                    "paragraph",
                    "<p>De AVG is de Europese privacywet. "
                    "Volgens die wet heb je deze rechten:</p>"
                    "<ul>"
                    "<li>Je mag zien welke gegevens we van je hebben.</li>"
                    "<li>Je mag gegevens laten aanpassen als ze niet kloppen.</li>"
                    "<li>Je mag je gegevens laten verwijderen.</li>"
                    "</ul>"
                    "<p>Mail je vraag naar info@deschakel.example. "
                    "We antwoorden binnen een maand. "
                    "Ben je het niet eens met hoe we met je gegevens omgaan? "
                    "Dan kun je een klacht indienen bij de "
                    '<a href="https://autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.</p>',
                ),
            ],
        },
        "en": {
            "slug": "privacy",
            "title": "Privacy statement",
            "intro": (
                "We handle your data with care. "
                "Here you can read which data we keep. "
                "And why, and for how long."
            ),
            "seo_title": "Privacy statement – Cultuurhuis De Schakel",
            "search_description": (
                "Which data do we keep, why and for how long? "
                "We do not use tracking cookies. "
                "Also read about your rights."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "We only keep data that we really need.",
                        "We do not use cookies that track you.",
                        "You can always see, change or delete your data.",
                    ],
                ),
                ("heading", "Which data do we keep?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Messages sent with the contact form.</strong> "
                    "We keep your name, your email address and your message. "
                    "That way we can answer you.</li>"
                    "<li><strong>Profiles in the maker directory.</strong> "
                    "We only put your profile online if you give your consent. "
                    "You choose what you show.</li>"
                    "<li><strong>Accounts.</strong> "
                    "Do you have an account? "
                    "Then we keep your name, your email address and an encrypted password. "
                    "That way you can log in and keep your profile up to date.</li>"
                    "</ul>",
                ),
                ("heading", "Why do we keep data?"),
                (
                    "paragraph",
                    "<p>We only use your data for the purpose you gave it for. "
                    "We never sell your data. "
                    "We do not share it with others either. "
                    "We only do so if the law requires it.</p>",
                ),
                ("heading", "How long do we keep data?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Messages sent with the contact form: one year at most.</li>"
                    "<li>Profiles and accounts: as long as your account exists. "
                    "Do you delete your account? "
                    "Then we erase your data within 30 days.</li>"
                    "</ul>",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "<p>We do not use cookies that track you. "
                    "We do not use advertising cookies either. "
                    "We only use cookies that the website needs to work:</p>"
                    "<ul>"
                    "<li>a cookie that remembers your language choice;</li>"
                    "<li>a cookie that keeps you logged in;</li>"
                    "<li>a cookie that protects forms against misuse (CSRF).</li>"
                    "</ul>"
                    "<p>We do not need to ask your consent for these cookies.</p>",
                ),
                ("heading", "Your rights"),
                (
                    "paragraph",
                    "<p>The GDPR is the European privacy law. "
                    "In Dutch it is called the AVG. "
                    "Under this law you have these rights:</p>"
                    "<ul>"
                    "<li>You can see which data we have about you.</li>"
                    "<li>You can have data changed if it is wrong.</li>"
                    "<li>You can have your data deleted.</li>"
                    "</ul>"
                    "<p>Email your request to info@deschakel.example. "
                    "We answer within one month. "
                    "Do you disagree with how we handle your data? "
                    "Then you can file a complaint with the Dutch Data Protection Authority, the "
                    '<a href="https://autoriteitpersoonsgegevens.nl/en">Autoriteit Persoonsgegevens</a>.</p>',
                ),
            ],
        },
        "de": {
            "slug": "datenschutz",
            "title": "Datenschutzerklärung",
            "intro": (
                "Wir gehen sorgfältig mit deinen Daten um. "
                "Hier liest du, welche Daten wir speichern. "
                "Und warum und wie lange."
            ),
            "seo_title": "Datenschutzerklärung – Cultuurhuis De Schakel",
            "search_description": (
                "Welche Daten speichern wir, warum und wie lange? "
                "Wir nutzen keine Tracking-Cookies. "
                "Lies auch, welche Rechte du hast."
            ),
            "body": [
                (
                    "in_short",
                    [
                        "Wir speichern nur Daten, die wir wirklich brauchen.",
                        "Wir nutzen keine Cookies, die dich verfolgen.",
                        "Du kannst deine Daten jederzeit einsehen, ändern oder löschen lassen.",
                    ],
                ),
                ("heading", "Welche Daten speichern wir?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Nachrichten über das Kontaktformular.</strong> "
                    "Wir speichern deinen Namen, deine E-Mail-Adresse und deine Nachricht. "
                    "So können wir dir antworten.</li>"
                    "<li><strong>Profile im Kreativverzeichnis.</strong> "
                    "Wir stellen dein Profil nur online, wenn du zustimmst. "
                    "Du entscheidest selbst, was du zeigst.</li>"
                    "<li><strong>Konten.</strong> "
                    "Hast du ein Konto? "
                    "Dann speichern wir deinen Namen, deine E-Mail-Adresse und ein verschlüsseltes Passwort. "
                    "So kannst du dich anmelden und dein Profil pflegen.</li>"
                    "</ul>",
                ),
                ("heading", "Warum speichern wir Daten?"),
                (
                    "paragraph",
                    "<p>Wir nutzen deine Daten nur für den Zweck, für den du sie uns gibst. "
                    "Wir verkaufen deine Daten nie. "
                    "Wir geben sie auch nicht an andere weiter. "
                    "Das tun wir nur, wenn das Gesetz es verlangt.</p>",
                ),
                ("heading", "Wie lange speichern wir Daten?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Nachrichten über das Kontaktformular: höchstens ein Jahr.</li>"
                    "<li>Profile und Konten: so lange dein Konto besteht. "
                    "Löschst du dein Konto? "
                    "Dann löschen wir deine Daten innerhalb von 30 Tagen.</li>"
                    "</ul>",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "<p>Wir nutzen keine Cookies, die dich verfolgen. "
                    "Wir nutzen auch keine Werbe-Cookies. "
                    "Wir nutzen nur Cookies, die für die Website nötig sind:</p>"
                    "<ul>"
                    "<li>ein Cookie, das deine Sprachwahl speichert;</li>"
                    "<li>ein Cookie, das dich angemeldet hält;</li>"
                    "<li>ein Cookie, das Formulare vor Missbrauch schützt (CSRF).</li>"
                    "</ul>"
                    "<p>Für diese Cookies brauchen wir deine Zustimmung nicht.</p>",
                ),
                ("heading", "Deine Rechte"),
                (
                    "paragraph",
                    "<p>Die DSGVO ist das europäische Datenschutzgesetz. "
                    "Auf Niederländisch heißt sie AVG. "
                    "Nach diesem Gesetz hast du diese Rechte:</p>"
                    "<ul>"
                    "<li>Du darfst sehen, welche Daten wir über dich haben.</li>"
                    "<li>Du darfst falsche Daten ändern lassen.</li>"
                    "<li>Du darfst deine Daten löschen lassen.</li>"
                    "</ul>"
                    "<p>Schick deine Anfrage an info@deschakel.example. "
                    "Wir antworten innerhalb eines Monats. "
                    "Bist du nicht einverstanden, wie wir mit deinen Daten umgehen? "
                    "Dann kannst du dich bei der niederländischen Datenschutzbehörde beschweren, der "
                    '<a href="https://autoriteitpersoonsgegevens.nl/en">Autoriteit Persoonsgegevens</a>.</p>',
                ),
            ],
        },
    },
]

# Menu labels per language, for the main menu (keys of PAGES in order) and footer menu.
MAIN_MENU = ["about", "support", "festival", "contact"]
FOOTER_MENU = ["contact", "accessibility", "privacy"]
FOOTER_TEXT = {
    "nl": "Cultuurhuis De Schakel helpt amateurkunstenaars en groepen in Zuid-Limburg.",
    "en": "Cultuurhuis De Schakel supports amateur artists and groups in South Limburg.",
    "de": "Cultuurhuis De Schakel unterstützt Amateurkünstler und Gruppen in Süd-Limburg.",
}
