# Demo articles for the kennisbank. Our own text; facts are general.
THEMES = [
    {
        "slug": "geld-en-subsidie",
        "nl": "Geld en subsidie",
        "en": "Money and grants",
        "de": "Geld und Förderung",
        "description": {
            "nl": "Hier lees je hoe je geld vindt en je begroting op orde houdt.",
            "en": "How to find money for your group and keep your budget in order.",
            "de": "So findet ihr Geld für eure Gruppe und habt euer Budget im Griff.",
        },
    },
    {
        "slug": "vrijwilligers-en-leden",
        "nl": "Vrijwilligers en leden",
        "en": "Volunteers and members",
        "de": "Ehrenamtliche und Mitglieder",
        "description": {
            "nl": "Tips om vrijwilligers en leden te vinden, te houden en goed te regelen.",
            "en": "Tips for finding, keeping and looking after volunteers and members.",
            "de": "Tipps, wie ihr Ehrenamtliche und Mitglieder findet, haltet und gut betreut.",
        },
    },
    {
        "slug": "organisatie-en-bestuur",
        "nl": "Organisatie en bestuur",
        "en": "Organisation and board",
        "de": "Organisation und Vorstand",
        "description": {
            "nl": "Alles over de vorm van je club, het bestuur en de ledenvergadering.",
            "en": "All about the legal form of your group, the board and the general meeting.",
            "de": "Alles über die Rechtsform eurer Gruppe, den Vorstand und die Mitgliederversammlung.",
        },
    },
    {
        "slug": "privacy-avg",
        "nl": "Privacy en AVG",
        "en": "Privacy and GDPR",
        "de": "Datenschutz und DSGVO",
        "description": {
            "nl": "Zo ga je zorgvuldig om met gegevens en foto's van je leden.",
            "en": "How to handle your members' personal data and photos with care.",
            "de": "So geht ihr sorgfältig mit den Daten und Fotos eurer Mitglieder um.",
        },
    },
    {
        "slug": "auteursrecht-en-muziekrechten",
        "nl": "Auteursrecht en muziekrechten",
        "en": "Copyright and music rights",
        "de": "Urheberrecht und Musikrechte",
        "description": {
            "nl": "Wat mag je doen met muziek, bladmuziek, teksten en beelden van anderen?",
            "en": "What are you allowed to do with other people's music, sheet music, texts and images?",
            "de": "Was dürft ihr mit Musik, Noten, Texten und Bildern von anderen machen?",
        },
    },
    {
        "slug": "verzekeringen",
        "nl": "Verzekeringen",
        "en": "Insurance",
        "de": "Versicherungen",
        "description": {
            "nl": "Welke verzekeringen heeft je groep nodig, en wie is waarvoor aansprakelijk?",
            "en": "Which insurance does your group need, and who is liable for what?",
            "de": "Welche Versicherungen braucht eure Gruppe, und wer haftet wofür?",
        },
    },
    {
        "slug": "ruimte-en-repeteren",
        "nl": "Ruimte en repeteren",
        "en": "Space and rehearsals",
        "de": "Räume und Proben",
        "description": {
            "nl": "Hulp bij het vinden van een goede plek om te repeteren en op te treden.",
            "en": "Help with finding a good place to rehearse and perform.",
            "de": "Hilfe bei der Suche nach einem guten Ort zum Proben und Auftreten.",
        },
    },
    {
        "slug": "publiciteit",
        "nl": "Publiciteit",
        "en": "Publicity",
        "de": "Öffentlichkeitsarbeit",
        "description": {
            "nl": "Zo laat je zien wat je groep doet, online en in de krant.",
            "en": "How to show what your group does, online and in the local press.",
            "de": "So zeigt ihr, was eure Gruppe macht, online und in der Zeitung.",
        },
    },
    {
        "slug": "samenwerken",
        "nl": "Samenwerken",
        "en": "Working together",
        "de": "Zusammenarbeit",
        "description": {
            "nl": "Samen met scholen, andere groepen en partners in de buurt kun je meer.",
            "en": "Together with schools, other groups and local partners you can do more.",
            "de": "Zusammen mit Schulen, anderen Gruppen und Partnern vor Ort schafft ihr mehr.",
        },
    },
    {
        "slug": "talentontwikkeling",
        "nl": "Talentontwikkeling",
        "en": "Talent development",
        "de": "Talentförderung",
        "description": {
            "nl": "Zo help je jonge en nieuwe makers om te groeien.",
            "en": "How to help young and new makers grow.",
            "de": "So helft ihr jungen und neuen Talenten beim Wachsen.",
        },
    },
]

ARTICLES = [
    # 1 ------------------------------------------------------------------
    {
        "key": "subsidie-aanvragen",
        "themes": ["geld-en-subsidie"],
        "tags": ["subsidie", "fondsen", "begroting"],
        "last_checked": "2026-10-01",
        "related": ["begroting-maken", "samen-optreden-met-andere-groep"],
        "nl": {
            "slug": "subsidie-aanvragen",
            "title": "Subsidie aanvragen voor je groep",
            "summary": "Wil je geld voor een project? Kijk bij de gemeente en bij fondsen. Begin op tijd en schrijf een helder plan.",
            "search_description": "Zo vraag je als amateurgroep subsidie aan bij de gemeente of een fonds.",
            "body": [
                ("heading", "Waar vind je geld?"),
                (
                    "paragraph",
                    '<p>Veel groepen krijgen geld van de <strong>gemeente</strong>. Soms helpt ook de provincie. Daarnaast zijn er fondsen. Denk aan het <a href="https://www.cultuurfonds.nl/">Prins Bernhard Cultuurfonds</a> en het <a href="https://www.vsbfonds.nl/">VSBfonds</a>. Het <a href="https://cultuurparticipatie.nl/">Fonds voor Cultuurparticipatie</a> heeft regelingen voor projecten waarin mensen zelf cultuur maken.</p>',
                ),
                (
                    "paragraph",
                    "<p>Elk fonds heeft eigen regels. Fondsen geven vaak geld voor een <em>project</em>, niet voor je gewone repetities. Een project heeft een begin en een eind. Het heeft ook een duidelijk doel. Het provinciale steunpunt voor cultuur kan je helpen met je aanvraag.</p>",
                ),
                ("heading", "Wat wil een fonds weten?"),
                (
                    "paragraph",
                    "<ul><li>Wie zijn jullie?</li><li>Wat willen jullie doen, en waarom?</li><li>Wie doet er mee en wie komt er kijken?</li><li>Wat kost het en hoe betalen jullie het?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Kies een project met een duidelijk doel.",
                        "Zoek twee of drie fondsen die bij jullie project passen.",
                        "Lees de regels en deadlines op de website van elk fonds.",
                        "Maak een begroting en een dekkingsplan.",
                        "Schrijf een kort en helder plan.",
                        "Laat iemand anders de aanvraag lezen.",
                        "Stuur de aanvraag ruim voor de start van het project.",
                    ],
                ),
                (
                    "tip",
                    "Bel of mail het fonds voordat je gaat schrijven. Zo hoor je snel of je kans maakt.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Hoe vroeg moet ik beginnen?",
                            "answer": "<p>Begin minstens een half jaar voor je project. Fondsen hebben vaak een paar maanden nodig voor een besluit. Sommige fondsen geven geen geld als je project al begonnen is.</p>",
                        },
                        {
                            "question": "Mogen we bij meer fondsen tegelijk aanvragen?",
                            "answer": "<p>Ja, dat mag meestal. Zet in je dekkingsplan welke fondsen je nog meer vraagt. Dan ziet elk fonds hoe je de rest wilt betalen.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Fonds voor Cultuurparticipatie",
                            "url": "https://cultuurparticipatie.nl/",
                        },
                        {
                            "title": "Prins Bernhard Cultuurfonds",
                            "url": "https://www.cultuurfonds.nl/",
                        },
                        {"title": "VSBfonds", "url": "https://www.vsbfonds.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "applying-for-grants",
            "title": "Applying for a grant for your group",
            "summary": "Need money for a project? Look at your municipality and at private funds. Start early and write a clear plan.",
            "search_description": "How an amateur arts group applies for a grant from the municipality or a fund.",
            "body": [
                ("heading", "Where can you find money?"),
                (
                    "paragraph",
                    '<p>Many groups receive money from their <strong>municipality</strong> (gemeente). Sometimes the province helps too. There are also funds, such as the <a href="https://www.cultuurfonds.nl/">Prins Bernhard Cultuurfonds</a> and the <a href="https://www.vsbfonds.nl/">VSBfonds</a>. The <a href="https://cultuurparticipatie.nl/">Fonds voor Cultuurparticipatie</a> has schemes for projects in which people make culture themselves.</p>',
                ),
                (
                    "paragraph",
                    "<p>Every fund has its own rules. Funds often pay for a <em>project</em>, not for your regular rehearsals. A project has a start, an end and a clear goal. Your provincial support office for culture can help you with your application.</p>",
                ),
                ("heading", "What does a fund want to know?"),
                (
                    "paragraph",
                    "<ul><li>Who are you?</li><li>What do you want to do, and why?</li><li>Who takes part, and who will come and watch?</li><li>What does it cost, and how will you pay for it?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Choose a project with a clear goal.",
                        "Find two or three funds that suit your project.",
                        "Read the rules and deadlines on each fund's website.",
                        "Draw up a budget and a funding plan.",
                        "Write a short, clear plan.",
                        "Ask someone else to read your application.",
                        "Send the application well before the project starts.",
                    ],
                ),
                (
                    "tip",
                    "Call or email the fund before you start writing. You will quickly find out whether you stand a chance.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "How early should I start?",
                            "answer": "<p>Start at least six months before your project. Funds often need a few months to decide. Some funds will not pay if your project has already started.</p>",
                        },
                        {
                            "question": "Can we apply to several funds at once?",
                            "answer": "<p>Yes, that is usually fine. List the other funds you are approaching in your funding plan. Each fund can then see how you plan to cover the rest.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Fonds voor Cultuurparticipatie",
                            "url": "https://cultuurparticipatie.nl/",
                        },
                        {
                            "title": "Prins Bernhard Cultuurfonds",
                            "url": "https://www.cultuurfonds.nl/",
                        },
                        {"title": "VSBfonds", "url": "https://www.vsbfonds.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "foerderung-beantragen",
            "title": "Förderung für eure Gruppe beantragen",
            "summary": "Ihr braucht Geld für ein Projekt? Schaut bei eurer Gemeinde und bei Stiftungen. Fangt früh an und schreibt einen klaren Plan.",
            "search_description": "So beantragt ihr als Amateurgruppe Förderung bei der Gemeinde oder einem Fonds.",
            "body": [
                ("heading", "Wo findet ihr Geld?"),
                (
                    "paragraph",
                    '<p>Viele Gruppen bekommen Geld von ihrer <strong>Gemeinde</strong> (gemeente). Manchmal hilft auch die Provinz. Außerdem gibt es Fonds, zum Beispiel den <a href="https://www.cultuurfonds.nl/">Prins Bernhard Cultuurfonds</a> und den <a href="https://www.vsbfonds.nl/">VSBfonds</a>. Der <a href="https://cultuurparticipatie.nl/">Fonds voor Cultuurparticipatie</a> hat Programme für Projekte, in denen Menschen selbst Kultur machen.</p>',
                ),
                (
                    "paragraph",
                    "<p>Jeder Fonds hat eigene Regeln. Oft gibt es Geld für ein <em>Projekt</em>, nicht für eure normalen Proben. Ein Projekt hat einen Anfang, ein Ende und ein klares Ziel. Die Kulturberatungsstelle eurer Provinz hilft euch beim Antrag.</p>",
                ),
                ("heading", "Was will ein Fonds wissen?"),
                (
                    "paragraph",
                    "<ul><li>Wer seid ihr?</li><li>Was wollt ihr machen, und warum?</li><li>Wer macht mit, und wer kommt zuschauen?</li><li>Was kostet es, und wie bezahlt ihr es?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Wählt ein Projekt mit einem klaren Ziel.",
                        "Sucht zwei oder drei Fonds, die zu eurem Projekt passen.",
                        "Lest die Regeln und Fristen auf der Website jedes Fonds.",
                        "Erstellt ein Budget und einen Finanzierungsplan.",
                        "Schreibt einen kurzen, klaren Plan.",
                        "Lasst jemand anderen den Antrag lesen.",
                        "Schickt den Antrag rechtzeitig vor dem Projektstart ab.",
                    ],
                ),
                (
                    "tip",
                    "Ruf den Fonds an oder schreib eine Mail, bevor du mit dem Schreiben anfängst. So erfährst du schnell, ob ihr eine Chance habt.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Wie früh sollte ich anfangen?",
                            "answer": "<p>Fang mindestens ein halbes Jahr vor dem Projekt an. Fonds brauchen oft ein paar Monate für ihre Entscheidung. Manche Fonds zahlen nicht, wenn das Projekt schon begonnen hat.</p>",
                        },
                        {
                            "question": "Dürfen wir bei mehreren Fonds gleichzeitig anfragen?",
                            "answer": "<p>Ja, das ist meistens erlaubt. Schreibt in euren Finanzierungsplan, welche Fonds ihr noch fragt. Dann sieht jeder Fonds, wie ihr den Rest bezahlen wollt.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Fonds voor Cultuurparticipatie",
                            "url": "https://cultuurparticipatie.nl/",
                        },
                        {
                            "title": "Prins Bernhard Cultuurfonds",
                            "url": "https://www.cultuurfonds.nl/",
                        },
                        {"title": "VSBfonds", "url": "https://www.vsbfonds.nl/"},
                    ],
                ),
            ],
        },
    },
    # 2 ------------------------------------------------------------------
    {
        "key": "begroting-maken",
        "themes": ["geld-en-subsidie", "organisatie-en-bestuur"],
        "tags": ["begroting", "penningmeester", "financien"],
        "last_checked": "2026-09-15",
        "related": ["subsidie-aanvragen", "bestuur-en-alv"],
        "nl": {
            "slug": "begroting-maken",
            "title": "Een begroting maken",
            "summary": "Een begroting laat zien wat je verwacht uit te geven en te ontvangen. Zo houd je grip op je geld.",
            "search_description": "Stap voor stap een begroting maken voor je vereniging of je project.",
            "body": [
                ("heading", "Wat is een begroting?"),
                (
                    "paragraph",
                    "<p>Een begroting is een plan voor je geld. Aan de ene kant zet je de kosten. Aan de andere kant zet je de inkomsten. Onderaan zijn beide kanten even groot. De penningmeester maakt de begroting meestal. Het bestuur bespreekt hem. De leden stellen hem vast in de ledenvergadering.</p>",
                ),
                ("heading", "Welke kosten zijn er?"),
                (
                    "paragraph",
                    "<p>Er zijn vaste kosten en projectkosten. Vaste kosten heb je elk jaar. Projectkosten horen bij één concert of voorstelling.</p><ul><li>Vaste kosten: huur van de repetitieruimte, de dirigent of regisseur, verzekeringen en bankkosten.</li><li>Projectkosten: zaalhuur, techniek, bladmuziek, decor, kostuums, drukwerk en muziekrechten.</li></ul>",
                ),
                ("heading", "En de inkomsten?"),
                (
                    "paragraph",
                    "<p>Inkomsten komen uit contributie, kaartverkoop, subsidie en fondsen. Ook sponsors, donateurs of de bar leveren geld op. Schat je inkomsten liever te laag dan te hoog.</p>",
                ),
                (
                    "steps",
                    [
                        "Pak de cijfers van vorig jaar erbij.",
                        "Schrijf alle kosten op, ook de kleine.",
                        "Vraag offertes voor grote uitgaven.",
                        "Schrijf alle inkomsten op die je verwacht.",
                        "Zet een post 'onvoorzien' op je begroting, bijvoorbeeld vijf procent.",
                        "Vergelijk elk kwartaal de begroting met de echte cijfers.",
                    ],
                ),
                ("heading", "Geld over of geld tekort?"),
                (
                    "paragraph",
                    "<p>Een begroting is een schatting. Hij hoeft niet precies te kloppen. Leg wel uit hoe je aan je bedragen komt. Houd je geld over? Zet het dan opzij voor later, bijvoorbeeld voor nieuwe instrumenten. Let op: een fonds of de gemeente kan geld terugvragen als je project minder kost. Lees de voorwaarden dus goed.</p>",
                ),
                (
                    "tip",
                    "Maak voor een subsidieaanvraag ook een dekkingsplan. Daarin staat wie welk deel van de kosten betaalt.",
                ),
            ],
        },
        "en": {
            "slug": "making-a-budget",
            "title": "Making a budget",
            "summary": "A budget shows what you expect to spend and to receive. It helps you keep control of your money.",
            "search_description": "Step by step: making a budget for your association or your project.",
            "body": [
                ("heading", "What is a budget?"),
                (
                    "paragraph",
                    "<p>A budget is a plan for your money. On one side you list the costs. On the other side you list the income. At the bottom, both sides are equal. The treasurer usually prepares the budget. The board discusses it. The members approve it at the general meeting.</p>",
                ),
                ("heading", "What costs are there?"),
                (
                    "paragraph",
                    "<p>There are fixed costs and project costs. Fixed costs come back every year. Project costs belong to one concert or show.</p><ul><li>Fixed costs: rent for the rehearsal space, the conductor or director, insurance and bank charges.</li><li>Project costs: venue hire, technical crew and equipment, sheet music, set, costumes, printing and music rights.</li></ul>",
                ),
                ("heading", "And the income?"),
                (
                    "paragraph",
                    "<p>Income comes from membership fees, ticket sales, grants and funds. Sponsors, donors or the bar can also bring in money. It is better to estimate your income too low than too high.</p>",
                ),
                (
                    "steps",
                    [
                        "Get out last year's figures.",
                        "Write down all costs, including the small ones.",
                        "Ask for quotes for large expenses.",
                        "Write down all the income you expect.",
                        "Add a line for 'unexpected costs', for example five per cent.",
                        "Each quarter, compare the budget with the actual figures.",
                    ],
                ),
                ("heading", "Money left over, or a shortfall?"),
                (
                    "paragraph",
                    "<p>A budget is an estimate. It does not have to be exact. Do explain how you arrived at your amounts. Money left over? Put it aside for later, for example for new instruments. Note: a fund or the municipality may ask for money back if your project costs less. So read the conditions carefully.</p>",
                ),
                (
                    "tip",
                    "For a grant application, also make a funding plan. It shows who pays which part of the costs.",
                ),
            ],
        },
        "de": {
            "slug": "budget-erstellen",
            "title": "Ein Budget erstellen",
            "summary": "Ein Budget zeigt, was ihr ausgeben und einnehmen wollt. So behaltet ihr euer Geld im Griff.",
            "search_description": "Schritt für Schritt ein Budget für euren Verein oder euer Projekt erstellen.",
            "body": [
                ("heading", "Was ist ein Budget?"),
                (
                    "paragraph",
                    "<p>Ein Budget ist ein Plan für euer Geld. Auf die eine Seite schreibt ihr die Kosten. Auf die andere Seite schreibt ihr die Einnahmen. Unten sind beide Seiten gleich groß. Meistens erstellt der Kassenwart das Budget. Der Vorstand bespricht es. Die Mitglieder beschließen es in der Mitgliederversammlung.</p>",
                ),
                ("heading", "Welche Kosten gibt es?"),
                (
                    "paragraph",
                    "<p>Es gibt feste Kosten und Projektkosten. Feste Kosten habt ihr jedes Jahr. Projektkosten gehören zu einem Konzert oder einer Aufführung.</p><ul><li>Feste Kosten: Miete für den Proberaum, Dirigent oder Regisseurin, Versicherungen und Bankgebühren.</li><li>Projektkosten: Saalmiete, Technik, Noten, Bühnenbild, Kostüme, Druckkosten und Musikrechte.</li></ul>",
                ),
                ("heading", "Und die Einnahmen?"),
                (
                    "paragraph",
                    "<p>Einnahmen kommen aus Mitgliedsbeiträgen, Kartenverkauf, Zuschüssen und Fonds. Auch Sponsoren, Spender oder die Bar bringen Geld. Schätzt eure Einnahmen lieber zu niedrig als zu hoch.</p>",
                ),
                (
                    "steps",
                    [
                        "Holt die Zahlen vom letzten Jahr hervor.",
                        "Schreibt alle Kosten auf, auch die kleinen.",
                        "Holt für große Ausgaben Angebote ein.",
                        "Schreibt alle Einnahmen auf, die ihr erwartet.",
                        "Plant einen Posten für Unvorhergesehenes ein, zum Beispiel fünf Prozent.",
                        "Vergleicht jedes Quartal das Budget mit den echten Zahlen.",
                    ],
                ),
                ("heading", "Geld übrig oder zu wenig?"),
                (
                    "paragraph",
                    "<p>Ein Budget ist eine Schätzung. Es muss nicht genau stimmen. Erklärt aber, wie ihr auf eure Beträge kommt. Bleibt Geld übrig? Legt es zur Seite, zum Beispiel für neue Instrumente. Achtung: Ein Fonds oder die Gemeinde kann Geld zurückfordern, wenn euer Projekt weniger kostet. Lest die Bedingungen also genau.</p>",
                ),
                (
                    "tip",
                    "Erstellt für einen Förderantrag auch einen Finanzierungsplan. Darin steht, wer welchen Teil der Kosten trägt.",
                ),
            ],
        },
    },
    # 3 ------------------------------------------------------------------
    {
        "key": "vrijwilligers-vinden-en-houden",
        "themes": ["vrijwilligers-en-leden"],
        "tags": ["vrijwilligers", "werving", "waardering"],
        "last_checked": "2026-08-20",
        "related": ["vrijwilligersvergoeding", "leden-werven", "vog-voor-vrijwilligers"],
        "nl": {
            "slug": "vrijwilligers-vinden-en-houden",
            "title": "Vrijwilligers vinden en houden",
            "summary": "Zonder vrijwilligers draait geen groep. Vraag mensen persoonlijk en geef ze een duidelijke taak. Laat ook merken dat je blij met ze bent.",
            "search_description": "Tips om vrijwilligers te vinden voor je koor, band of toneelclub, en om ze te houden.",
            "body": [
                ("heading", "Vraag het persoonlijk"),
                (
                    "paragraph",
                    "<p>Een oproep in de nieuwsbrief levert vaak weinig op. Een persoonlijke vraag werkt veel beter. Vraag dus: ‘Wil jij de kaartverkoop voor ons concert doen?’ Kijk ook verder dan je eigen leden. Denk aan partners, ouders, oud-leden en buren. Veel gemeenten hebben een vrijwilligerscentrale of een vacaturebank. Zet je vraag daar ook op.</p>",
                ),
                ("heading", "Maak taken klein en duidelijk"),
                (
                    "paragraph",
                    "<p>Mensen zeggen sneller ja tegen een kleine taak. ‘Drie keer de bar doen’ klinkt beter dan ‘lid van de barcommissie’. Schrijf per taak op wat die inhoudt. Zet erbij hoeveel tijd het kost en wie helpt.</p>",
                ),
                ("heading", "Zo houd je ze vast"),
                (
                    "steps",
                    [
                        "Heet nieuwe vrijwilligers welkom en geef ze een vast aanspreekpunt.",
                        "Leg de taak goed uit en werk ze samen in.",
                        "Vraag regelmatig hoe het gaat.",
                        "Bedank mensen, ook gewoon tussendoor.",
                        "Organiseer af en toe iets gezelligs voor alle vrijwilligers.",
                        "Laat mensen ook weer stoppen zonder gedoe.",
                    ],
                ),
                ("heading", "Een vergoeding en een verzekering"),
                (
                    "paragraph",
                    "<p>Je mag vrijwilligers een kleine vergoeding geven. Daar gelden wel regels voor van de Belastingdienst. Lees daarover ons artikel over de vrijwilligersvergoeding. Check ook of je vrijwilligers verzekerd zijn. Veel gemeenten hebben daar een gratis vrijwilligersverzekering voor.</p>",
                ),
                ("heading", "Niemand wil het bestuur in?"),
                (
                    "paragraph",
                    "<p>Maak bestuurstaken dan kleiner. Laat commissies een deel van het werk doen. Spreek ook een vaste termijn af, bijvoorbeeld drie jaar. Dan weten mensen dat het niet voor altijd is.</p>",
                ),
                (
                    "tip",
                    "Vraag nieuwe leden bij hun aanmelding wat ze graag doen. Zo vind je talent voor de website, het decor of de kas.",
                ),
            ],
        },
        "en": {
            "slug": "finding-and-keeping-volunteers",
            "title": "Finding and keeping volunteers",
            "summary": "No group runs without volunteers. Ask people in person and give them a clear task. And show them you are glad to have them.",
            "search_description": "Tips for finding volunteers for your choir, band or drama club, and for keeping them.",
            "body": [
                ("heading", "Ask in person"),
                (
                    "paragraph",
                    "<p>A call in the newsletter often brings little response. A personal request works much better. So ask: ‘Would you run the ticket sales for our concert?’ Look beyond your own members too. Think of partners, parents, former members and neighbours. Many municipalities have a volunteer centre or a vacancy board. Post your request there as well.</p>",
                ),
                ("heading", "Keep tasks small and clear"),
                (
                    "paragraph",
                    "<p>People say yes more easily to a small task. ‘Doing the bar three times’ sounds better than ‘member of the bar committee’. For each task, write down what it involves. Add how much time it takes and who can help.</p>",
                ),
                ("heading", "How to keep them"),
                (
                    "steps",
                    [
                        "Welcome new volunteers and give them a fixed contact person.",
                        "Explain the task well and show them the ropes together.",
                        "Ask regularly how things are going.",
                        "Thank people, and not just once a year.",
                        "Now and then, organise something fun for all volunteers.",
                        "Let people stop again without any fuss.",
                    ],
                ),
                ("heading", "An allowance and insurance"),
                (
                    "paragraph",
                    "<p>You may give volunteers a small allowance. The Dutch tax authority (Belastingdienst) has rules for this. Read our article on the volunteer allowance. Also check whether your volunteers are insured. Many municipalities offer a free volunteer insurance for this.</p>",
                ),
                ("heading", "Nobody wants to join the board?"),
                (
                    "paragraph",
                    "<p>Then make board tasks smaller. Let committees take over part of the work. Also agree on a fixed term, for example three years. People then know it is not forever.</p>",
                ),
                (
                    "tip",
                    "When new members sign up, ask what they like doing. That is how you find talent for the website, the set or the accounts.",
                ),
            ],
        },
        "de": {
            "slug": "ehrenamtliche-finden-und-halten",
            "title": "Ehrenamtliche finden und halten",
            "summary": "Ohne Ehrenamtliche läuft keine Gruppe. Fragt Menschen persönlich und gebt ihnen eine klare Aufgabe. Und zeigt ihnen, dass ihr froh über sie seid.",
            "search_description": "Tipps, wie ihr Ehrenamtliche für euren Chor, eure Band oder eure Theatergruppe findet und haltet.",
            "body": [
                ("heading", "Fragt persönlich"),
                (
                    "paragraph",
                    "<p>Ein Aufruf im Newsletter bringt oft wenig. Eine persönliche Frage wirkt viel besser. Fragt also: ‚Übernimmst du den Kartenverkauf für unser Konzert?‘ Schaut auch über eure Mitglieder hinaus. Denkt an Partner, Eltern, ehemalige Mitglieder und Nachbarn. Viele Gemeinden haben eine Freiwilligenagentur oder eine Börse für Ehrenamtliche. Stellt eure Anfrage auch dort ein.</p>",
                ),
                ("heading", "Macht Aufgaben klein und klar"),
                (
                    "paragraph",
                    "<p>Zu einer kleinen Aufgabe sagen Menschen schneller Ja. ‚Dreimal an der Bar helfen‘ klingt besser als ‚Mitglied im Barausschuss‘. Schreibt für jede Aufgabe auf, was dazugehört. Notiert auch, wie viel Zeit sie kostet und wer hilft.</p>",
                ),
                ("heading", "So haltet ihr sie"),
                (
                    "steps",
                    [
                        "Begrüßt neue Ehrenamtliche und gebt ihnen eine feste Ansprechperson.",
                        "Erklärt die Aufgabe gut und arbeitet sie gemeinsam ein.",
                        "Fragt regelmäßig, wie es läuft.",
                        "Bedankt euch, auch einfach zwischendurch.",
                        "Organisiert ab und zu etwas Schönes für alle Ehrenamtlichen.",
                        "Lasst Menschen auch ohne Theater wieder aufhören.",
                    ],
                ),
                ("heading", "Aufwandsentschädigung und Versicherung"),
                (
                    "paragraph",
                    "<p>Ihr dürft Ehrenamtlichen eine kleine Entschädigung zahlen. Dafür gelten aber Regeln der niederländischen Steuerbehörde (Belastingdienst). Lest dazu unseren Artikel über die Aufwandsentschädigung. Prüft auch, ob eure Ehrenamtlichen versichert sind. Viele Gemeinden bieten dafür eine kostenlose Versicherung an.</p>",
                ),
                ("heading", "Niemand will in den Vorstand?"),
                (
                    "paragraph",
                    "<p>Dann macht die Vorstandsaufgaben kleiner. Lasst Ausschüsse einen Teil der Arbeit machen. Vereinbart auch eine feste Amtszeit, zum Beispiel drei Jahre. Dann wissen alle, dass es nicht für immer ist.</p>",
                ),
                (
                    "tip",
                    "Fragt neue Mitglieder bei der Anmeldung, was sie gern machen. So findet ihr Talente für die Website, das Bühnenbild oder die Kasse.",
                ),
            ],
        },
    },
    # 4 ------------------------------------------------------------------
    {
        "key": "vrijwilligersvergoeding",
        "themes": ["vrijwilligers-en-leden", "geld-en-subsidie"],
        "tags": ["vrijwilligersvergoeding", "belastingdienst", "vrijwilligers"],
        "last_checked": "2025-06-15",
        "related": ["vrijwilligers-vinden-en-houden", "begroting-maken"],
        "nl": {
            "slug": "vrijwilligersvergoeding",
            "title": "De vrijwilligersvergoeding: zo werkt het",
            "summary": "Je mag vrijwilligers een kleine vergoeding geven zonder belasting. Je moet dan wel binnen de regels en maxima van de Belastingdienst blijven.",
            "search_description": "Wat is een vrijwilligersvergoeding, en waar let je als amateurgroep op?",
            "body": [
                ("heading", "Wat is het?"),
                (
                    "paragraph",
                    "<p>Een vrijwilliger werkt niet voor loon. Toch mag je een kleine vergoeding geven. Blijf je binnen de regels? Dan betaalt niemand er belasting over. Je hoeft dan ook geen loonadministratie te doen.</p>",
                ),
                ("heading", "Waar let je op?"),
                (
                    "paragraph",
                    '<ul><li>Er gelden <strong>maxima</strong>, onder andere per uur en per jaar.</li><li>De bedragen veranderen meestal elk jaar. Kijk dus altijd op de site van de <a href="https://www.belastingdienst.nl/">Belastingdienst</a>.</li><li>Let ook op de aparte regels voor jonge vrijwilligers.</li><li>De regeling geldt niet voor elke organisatie. Denk aan een ANBI, een SBBI of een club die geen vennootschapsbelasting betaalt.</li><li>De vergoeding moet duidelijk lager zijn dan wat een professional krijgt.</li></ul>',
                ),
                ("heading", "Echte kosten vergoeden"),
                (
                    "paragraph",
                    "<p>Maakt een vrijwilliger echte kosten, bijvoorbeeld voor reizen of materiaal? Die kun je ook vergoeden op basis van bonnetjes. Kijk bij de Belastingdienst hoe dit samengaat met een vaste vergoeding.</p>",
                ),
                (
                    "steps",
                    [
                        "Spreek in het bestuur af wie een vergoeding krijgt, en hoeveel.",
                        "Leg dit vast, bijvoorbeeld in een korte vrijwilligersovereenkomst.",
                        "Check elk jaar de actuele maxima bij de Belastingdienst.",
                        "Houd bij welke vergoeding elke vrijwilliger krijgt.",
                        "Betaal via de bank, niet contant.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Heeft een vrijwilliger met een uitkering hier last van?",
                            "answer": "<p>Dat kan. Iemand met een uitkering moet de vergoeding vaak melden bij de uitkeringsinstantie. Die bepaalt of het gevolgen heeft. Vraag je vrijwilliger om dit zelf na te gaan.</p>",
                        },
                        {
                            "question": "Is onze dirigent ook een vrijwilliger?",
                            "answer": "<p>Meestal niet. Een dirigent of regisseur die dit als beroep doet, is geen vrijwilliger. Dan gelden andere regels, bijvoorbeeld werken met een factuur of een contract.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Belastingdienst", "url": "https://www.belastingdienst.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "volunteer-allowance",
            "title": "The volunteer allowance: how it works",
            "summary": "You may give volunteers a small tax-free allowance. You must stay within the rules and maximum amounts set by the Dutch tax authority.",
            "search_description": "What is a volunteer allowance (vrijwilligersvergoeding), and what should an amateur group watch out for?",
            "body": [
                ("heading", "What is it?"),
                (
                    "paragraph",
                    "<p>A volunteer does not work for a wage. Still, you may pay a small allowance. If you stay within the rules, nobody pays tax on it. You also do not need to run a payroll.</p>",
                ),
                ("heading", "What to watch out for"),
                (
                    "paragraph",
                    '<ul><li>There are <strong>maximum amounts</strong>, including a maximum per hour and per year.</li><li>The amounts usually change every year. So always check the website of the <a href="https://www.belastingdienst.nl/">Belastingdienst</a>.</li><li>Also check the separate rules for young volunteers.</li><li>The scheme does not apply to every organisation. Think of a charity with ANBI or SBBI status, or a club that does not pay corporate tax.</li><li>The allowance must be clearly lower than what a professional would earn.</li></ul>',
                ),
                ("heading", "Paying back actual costs"),
                (
                    "paragraph",
                    "<p>Does a volunteer have real expenses, for example for travel or materials? You can also pay these back on the basis of receipts. Check with the Belastingdienst how this combines with a fixed allowance.</p>",
                ),
                (
                    "steps",
                    [
                        "Agree in the board who receives an allowance, and how much.",
                        "Put this in writing, for example in a short volunteer agreement.",
                        "Check the current maximum amounts with the Belastingdienst every year.",
                        "Keep track of the allowance each volunteer receives.",
                        "Pay by bank transfer, not in cash.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Does the allowance affect a volunteer on benefits?",
                            "answer": "<p>It might. People on benefits often have to report the allowance to their benefits agency. The agency decides whether it has any effect. Ask your volunteer to check this themselves.</p>",
                        },
                        {
                            "question": "Is our conductor a volunteer too?",
                            "answer": "<p>Usually not. A conductor or director who does this professionally is not a volunteer. Other rules apply then, for example working with an invoice or a contract.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Belastingdienst (Dutch tax authority)",
                            "url": "https://www.belastingdienst.nl/",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "aufwandsentschaedigung-fuer-ehrenamtliche",
            "title": "Die Aufwandsentschädigung für Ehrenamtliche: so funktioniert sie",
            "summary": "Ihr dürft Ehrenamtlichen eine kleine, steuerfreie Entschädigung zahlen. Dabei müsst ihr euch an die Regeln und Höchstbeträge der niederländischen Steuerbehörde halten.",
            "search_description": "Was ist die Aufwandsentschädigung für Ehrenamtliche (vrijwilligersvergoeding), und worauf muss eine Amateurgruppe achten?",
            "body": [
                ("heading", "Was ist das?"),
                (
                    "paragraph",
                    "<p>Ehrenamtliche arbeiten nicht für Lohn. Trotzdem dürft ihr eine kleine Entschädigung zahlen. Bleibt ihr innerhalb der Regeln, zahlt niemand Steuern darauf. Ihr braucht dann auch keine Lohnabrechnung.</p>",
                ),
                ("heading", "Worauf achtet ihr?"),
                (
                    "paragraph",
                    '<ul><li>Es gibt <strong>Höchstbeträge</strong>, unter anderem pro Stunde und pro Jahr.</li><li>Die Beträge ändern sich meistens jedes Jahr. Schaut also immer auf die Website des <a href="https://www.belastingdienst.nl/">Belastingdienst</a>.</li><li>Achtet auch auf die eigenen Regeln für junge Ehrenamtliche.</li><li>Die Regelung gilt nicht für jede Organisation. Gemeint sind zum Beispiel gemeinnützige Einrichtungen (ANBI oder SBBI) oder ein Verein, der keine Körperschaftsteuer zahlt.</li><li>Die Entschädigung muss deutlich unter dem liegen, was Profis bekommen.</li></ul>',
                ),
                ("heading", "Echte Kosten erstatten"),
                (
                    "paragraph",
                    "<p>Hat jemand echte Ausgaben, zum Beispiel für Fahrten oder Material? Die könnt ihr auch gegen Beleg erstatten. Schaut beim Belastingdienst nach, wie sich das mit einer festen Entschädigung verträgt.</p>",
                ),
                (
                    "steps",
                    [
                        "Legt im Vorstand fest, wer eine Entschädigung bekommt und wie viel.",
                        "Haltet das schriftlich fest, zum Beispiel in einer kurzen Vereinbarung.",
                        "Prüft jedes Jahr die aktuellen Höchstbeträge beim Belastingdienst.",
                        "Notiert, welche Entschädigung jede Person bekommt.",
                        "Zahlt per Überweisung, nicht bar.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Hat die Entschädigung Folgen für jemanden mit Sozialleistungen?",
                            "answer": "<p>Das kann sein. Wer Leistungen bezieht, muss die Entschädigung oft bei der zuständigen Stelle melden. Diese entscheidet, ob es Folgen hat. Bittet die Person, das selbst zu klären.</p>",
                        },
                        {
                            "question": "Ist unser Dirigent auch ehrenamtlich?",
                            "answer": "<p>Meistens nicht. Wer als Dirigentin oder Regisseur beruflich arbeitet, ist nicht ehrenamtlich. Dann gelten andere Regeln, zum Beispiel eine Rechnung oder ein Vertrag.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Belastingdienst (niederländische Steuerbehörde)",
                            "url": "https://www.belastingdienst.nl/",
                        },
                    ],
                ),
            ],
        },
    },
    # 5 ------------------------------------------------------------------
    {
        "key": "vog-voor-vrijwilligers",
        "themes": ["vrijwilligers-en-leden"],
        "tags": ["vog", "veiligheid", "kinderen", "vrijwilligers"],
        "last_checked": "2026-10-12",
        "related": [
            "samenwerken-met-een-school",
            "jong-talent-begeleiden",
            "vrijwilligers-vinden-en-houden",
        ],
        "nl": {
            "slug": "vog-voor-vrijwilligers",
            "title": "Een VOG voor vrijwilligers die met kinderen werken",
            "summary": "Werken vrijwilligers met kinderen of kwetsbare mensen? Vraag dan een Verklaring Omtrent het Gedrag (VOG) aan. Via de regeling Gratis VOG kost dat vaak niets.",
            "search_description": "Zo vraag je een VOG aan voor vrijwilligers in je jeugdkoor, jeugdtheater of dansgroep.",
            "body": [
                ("heading", "Wat is een VOG?"),
                (
                    "paragraph",
                    "<p>VOG staat voor Verklaring Omtrent het Gedrag. Justis geeft de VOG af. Justis is een dienst van het ministerie van Justitie en Veiligheid. Justis kijkt of iemand strafbare feiten heeft gepleegd die passen bij de taak. Is dat niet zo? Dan krijgt de vrijwilliger de VOG.</p>",
                ),
                ("heading", "Wanneer vraag je een VOG?"),
                (
                    "paragraph",
                    "<p>Vraag een VOG voor iedereen die met kinderen werkt. Denk aan de leiding van een jeugdkoor of jeugdorkest. Of aan de docent van een kinderdansgroep. Dit geldt ook voor vrijwilligers die mensen met een beperking begeleiden. Een VOG is niet altijd verplicht. Toch is het een goede gewoonte.</p>",
                ),
                ("heading", "Gratis VOG"),
                (
                    "paragraph",
                    '<p>Voor vrijwilligers die met minderjarigen of kwetsbare mensen werken, is er de regeling <strong>Gratis VOG</strong>. Je organisatie moet zich daarvoor eerst aanmelden. Ook moet je aan een paar voorwaarden voldoen. Je laat bijvoorbeeld zien dat je werkt aan een veilige omgeving. Kijk voor de actuele voorwaarden op de site van <a href="https://www.justis.nl/">Justis</a>.</p>',
                ),
                (
                    "steps",
                    [
                        "Check of je groep mee kan doen met de regeling Gratis VOG.",
                        "Meld je organisatie aan voor de regeling.",
                        "Zet de VOG-aanvraag klaar voor de vrijwilliger.",
                        "De vrijwilliger rondt de aanvraag af met DigiD.",
                        "Noteer alleen dat de VOG binnen is, en bewaar niet meer dan nodig.",
                    ],
                ),
                (
                    "tip",
                    "Een VOG zegt alleen iets over het verleden. Maak daarom ook afspraken over gedrag, zoals een gedragscode en het vier-ogenprincipe.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Hoe lang is een VOG geldig?",
                            "answer": "<p>Op een VOG staat geen einddatum. Een organisatie wil meestal wel een recente VOG zien. Veel groepen vragen om de paar jaar een nieuwe. Leg dit vast in je eigen beleid.</p>",
                        },
                        {
                            "question": "Wat als iemand geen VOG krijgt?",
                            "answer": "<p>Dan kan die persoon deze taak niet doen. Praat er rustig en vertrouwelijk over. Deel het niet met andere leden.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Justis", "url": "https://www.justis.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "vog-for-volunteers",
            "title": "A certificate of conduct (VOG) for volunteers who work with children",
            "summary": "Do volunteers work with children or vulnerable people? Then ask for a certificate of conduct, the Verklaring Omtrent het Gedrag (VOG). Through the Gratis VOG scheme it is often free.",
            "search_description": "How to request a VOG for volunteers in your youth choir, youth theatre or dance group.",
            "body": [
                ("heading", "What is a VOG?"),
                (
                    "paragraph",
                    "<p>VOG stands for Verklaring Omtrent het Gedrag, a certificate of conduct. It is issued by Justis, an agency of the Dutch Ministry of Justice and Security. Justis checks whether someone has committed offences that are relevant to the task. If not, the volunteer gets the VOG.</p>",
                ),
                ("heading", "When do you ask for a VOG?"),
                (
                    "paragraph",
                    "<p>Ask for a VOG for everyone who works with children. Think of the leaders of a youth choir or youth orchestra. Or the teacher of a children's dance group. The same goes for volunteers who support people with a disability. A VOG is not always mandatory. Still, it is good practice.</p>",
                ),
                ("heading", "Free VOG"),
                (
                    "paragraph",
                    '<p>For volunteers working with minors or vulnerable people there is the <strong>Gratis VOG</strong> (free VOG) scheme. Your organisation must register for it first. You must also meet a few conditions. For example, you show that you work on a safe environment. Check the current conditions on the <a href="https://www.justis.nl/">Justis</a> website.</p>',
                ),
                (
                    "steps",
                    [
                        "Check whether your group can join the Gratis VOG scheme.",
                        "Register your organisation for the scheme.",
                        "Prepare the VOG application for the volunteer.",
                        "The volunteer completes the application with DigiD.",
                        "Only note that the VOG has arrived, and keep no more than you need.",
                    ],
                ),
                (
                    "tip",
                    "A VOG only says something about the past. So also agree on rules of conduct, such as a code of conduct and the four-eyes principle.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "How long is a VOG valid?",
                            "answer": "<p>A VOG has no expiry date. Organisations do usually want to see a recent one. Many groups ask for a new VOG every few years. Put this in your own policy.</p>",
                        },
                        {
                            "question": "What if someone does not get a VOG?",
                            "answer": "<p>Then that person cannot do this task. Talk about it calmly and in confidence. Do not share it with other members.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Justis", "url": "https://www.justis.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "vog-fuer-ehrenamtliche",
            "title": "Ein Führungszeugnis (VOG) für Ehrenamtliche, die mit Kindern arbeiten",
            "summary": "Arbeiten Ehrenamtliche mit Kindern oder schutzbedürftigen Menschen? Dann beantragt eine Verklaring Omtrent het Gedrag (VOG). Über die Regelung Gratis VOG ist das oft kostenlos.",
            "search_description": "So beantragt ihr eine VOG für Ehrenamtliche in eurem Jugendchor, Jugendtheater oder eurer Tanzgruppe.",
            "body": [
                ("heading", "Was ist eine VOG?"),
                (
                    "paragraph",
                    "<p>VOG steht für Verklaring Omtrent het Gedrag, eine Art Führungszeugnis. Sie wird von Justis ausgestellt, einer Behörde des niederländischen Justizministeriums. Justis prüft, ob jemand Straftaten begangen hat, die für die Aufgabe wichtig sind. Wenn nicht, bekommt die Person die VOG.</p>",
                ),
                ("heading", "Wann beantragt ihr eine VOG?"),
                (
                    "paragraph",
                    "<p>Beantragt eine VOG für alle, die mit Kindern arbeiten. Denkt an die Leitung eines Jugendchors oder Jugendorchesters. Oder an die Lehrerin einer Kindertanzgruppe. Das gilt auch für Ehrenamtliche, die Menschen mit Behinderung begleiten. Eine VOG ist nicht immer Pflicht. Trotzdem ist sie eine gute Gewohnheit.</p>",
                ),
                ("heading", "Gratis VOG"),
                (
                    "paragraph",
                    '<p>Für Ehrenamtliche, die mit Minderjährigen oder schutzbedürftigen Menschen arbeiten, gibt es die Regelung <strong>Gratis VOG</strong>. Eure Organisation muss sich dafür zuerst anmelden. Außerdem müsst ihr ein paar Bedingungen erfüllen. Ihr zeigt zum Beispiel, dass ihr für ein sicheres Umfeld sorgt. Die aktuellen Bedingungen findet ihr auf der Website von <a href="https://www.justis.nl/">Justis</a>.</p>',
                ),
                (
                    "steps",
                    [
                        "Prüft, ob eure Gruppe bei der Regelung Gratis VOG mitmachen kann.",
                        "Meldet eure Organisation für die Regelung an.",
                        "Bereitet den VOG-Antrag für die ehrenamtliche Person vor.",
                        "Die Person schließt den Antrag mit DigiD ab.",
                        "Notiert nur, dass die VOG vorliegt, und speichert nicht mehr als nötig.",
                    ],
                ),
                (
                    "tip",
                    "Eine VOG sagt nur etwas über die Vergangenheit. Vereinbart deshalb auch Verhaltensregeln, zum Beispiel einen Verhaltenskodex und das Vier-Augen-Prinzip.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Wie lange ist eine VOG gültig?",
                            "answer": "<p>Auf einer VOG steht kein Ablaufdatum. Organisationen wollen aber meist eine aktuelle VOG sehen. Viele Gruppen verlangen alle paar Jahre eine neue. Haltet das in euren eigenen Regeln fest.</p>",
                        },
                        {
                            "question": "Was, wenn jemand keine VOG bekommt?",
                            "answer": "<p>Dann kann diese Person die Aufgabe nicht übernehmen. Sprecht ruhig und vertraulich darüber. Erzählt es nicht anderen Mitgliedern.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Justis", "url": "https://www.justis.nl/"},
                    ],
                ),
            ],
        },
    },
    # 6 ------------------------------------------------------------------
    {
        "key": "vereniging-of-stichting",
        "themes": ["organisatie-en-bestuur"],
        "tags": ["vereniging", "stichting", "kvk", "rechtsvorm"],
        "last_checked": "2026-09-03",
        "related": ["bestuur-en-alv", "bestuurdersaansprakelijkheid"],
        "nl": {
            "slug": "vereniging-of-stichting",
            "title": "Vereniging of stichting?",
            "summary": "Een vereniging heeft leden die samen beslissen. Een stichting heeft alleen een bestuur. Kies de vorm die past bij jullie manier van werken.",
            "search_description": "Het verschil tussen een vereniging en een stichting voor een amateurkunstgroep.",
            "body": [
                ("heading", "De vereniging"),
                (
                    "paragraph",
                    "<p>Een vereniging heeft <strong>leden</strong>. Samen vormen ze de algemene ledenvergadering (ALV). De ALV kiest het bestuur en beslist over grote zaken. Denk aan de contributie en de begroting. Voor de meeste koren, bands en toneelclubs past een vereniging goed.</p>",
                ),
                ("heading", "De stichting"),
                (
                    "paragraph",
                    "<p>Een stichting heeft <strong>geen leden</strong>. Het bestuur beslist alles zelf. Dat werkt snel. Een stichting past bij een festival, een project of een organisatie rond een zaal. Deelnemers hebben dan wel minder inspraak.</p>",
                ),
                ("heading", "Met of zonder notaris"),
                (
                    "paragraph",
                    "<p>Een stichting richt je altijd op bij de notaris. Een vereniging kan ook zonder notaris. Dat heet een informele vereniging. De bestuurders lopen dan wel meer risico. Ze kunnen persoonlijk aansprakelijk zijn voor schulden. Met een notariële akte beperk je dat risico. Veel fondsen vragen ook om een officiële rechtsvorm.</p>",
                ),
                ("heading", "Inschrijven bij de KvK"),
                (
                    "paragraph",
                    '<p>Een stichting en een vereniging met notariële akte staan in het Handelsregister van de <a href="https://www.kvk.nl/">KvK</a>. De notaris regelt de inschrijving meestal. Daarna registreer je ook de UBO\'s. Dat zijn de mensen met zeggenschap. Bij jullie zijn dat meestal de bestuurders. Geef ook elke bestuurswissel door.</p>',
                ),
                ("heading", "Later nog wisselen?"),
                (
                    "paragraph",
                    "<p>Dat kan, maar het kost tijd en geld. Je hebt er weer een notaris voor nodig. Kies dus liever meteen de goede vorm. Gebruik in elk geval nooit de privérekening van een bestuurslid. Open een rekening op naam van de club.</p>",
                ),
                (
                    "tip",
                    "Twijfel je? Vraag advies bij het provinciale steunpunt voor cultuur. Daar helpen ze vaker groepen met deze keuze.",
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "association-or-foundation",
            "title": "Association or foundation?",
            "summary": "An association (vereniging) has members who decide together. A foundation (stichting) only has a board. Choose the form that suits the way you work.",
            "search_description": "The difference between an association and a foundation for an amateur arts group.",
            "body": [
                ("heading", "The association"),
                (
                    "paragraph",
                    "<p>An association has <strong>members</strong>. Together they form the general meeting (ALV). The general meeting elects the board and decides on major matters, such as the membership fee and the budget. For most choirs, bands and drama clubs, an association is a good fit.</p>",
                ),
                ("heading", "The foundation"),
                (
                    "paragraph",
                    "<p>A foundation has <strong>no members</strong>. The board decides everything itself. That works quickly. A foundation suits a festival, a project or an organisation that runs a venue. Participants do have less say, though.</p>",
                ),
                ("heading", "With or without a notary"),
                (
                    "paragraph",
                    "<p>You always set up a foundation at a notary. An association can also be set up without one. That is called an informal association. Its board members do run more risk, however. They can be personally liable for debts. A notarial deed limits that risk. Many funds also ask for an official legal form.</p>",
                ),
                ("heading", "Registering with the KvK"),
                (
                    "paragraph",
                    '<p>Foundations and associations with a notarial deed are listed in the trade register of the Chamber of Commerce (<a href="https://www.kvk.nl/">KvK</a>). The notary usually arranges the registration. After that, you also register the UBOs (ultimate beneficial owners). These are the people in control, which for you usually means the board members. Report every change in the board as well.</p>',
                ),
                ("heading", "Switching later?"),
                (
                    "paragraph",
                    "<p>That is possible, but it takes time and money. You will need a notary again. So it is better to choose the right form straight away. In any case, never use a board member's private bank account. Open an account in the club's name.</p>",
                ),
                (
                    "tip",
                    "Not sure? Ask your provincial support office for culture. They often help groups with this choice.",
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "verein-oder-stiftung",
            "title": "Verein oder Stiftung?",
            "summary": "Ein Verein (vereniging) hat Mitglieder, die gemeinsam entscheiden. Eine Stiftung (stichting) hat nur einen Vorstand. Wählt die Form, die zu eurer Arbeitsweise passt.",
            "search_description": "Der Unterschied zwischen Verein und Stiftung für eine Amateurkunstgruppe in den Niederlanden.",
            "body": [
                ("heading", "Der Verein"),
                (
                    "paragraph",
                    "<p>Ein Verein hat <strong>Mitglieder</strong>. Zusammen bilden sie die Mitgliederversammlung (ALV). Die Mitgliederversammlung wählt den Vorstand und entscheidet über wichtige Dinge, etwa den Beitrag und das Budget. Für die meisten Chöre, Bands und Theatergruppen passt ein Verein gut.</p>",
                ),
                ("heading", "Die Stiftung"),
                (
                    "paragraph",
                    "<p>Eine Stiftung hat <strong>keine Mitglieder</strong>. Der Vorstand entscheidet alles selbst. Das geht schnell. Eine Stiftung passt zu einem Festival, einem Projekt oder einer Organisation rund um einen Saal. Die Teilnehmenden haben dann aber weniger Mitsprache.</p>",
                ),
                ("heading", "Mit oder ohne Notar"),
                (
                    "paragraph",
                    "<p>Eine Stiftung gründet ihr immer beim Notar. Ein Verein geht auch ohne Notar. Das nennt man einen informellen Verein. Der Vorstand trägt dann aber mehr Risiko. Vorstandsmitglieder können persönlich für Schulden haften. Mit einer notariellen Urkunde verringert ihr dieses Risiko. Viele Fonds verlangen außerdem eine offizielle Rechtsform.</p>",
                ),
                ("heading", "Eintragung bei der KvK"),
                (
                    "paragraph",
                    '<p>Stiftungen und Vereine mit notarieller Urkunde stehen im Handelsregister der niederländischen Handelskammer (<a href="https://www.kvk.nl/">KvK</a>). Meistens kümmert sich der Notar um die Eintragung. Danach registriert ihr auch die wirtschaftlich Berechtigten (UBO). Das sind die Personen mit Entscheidungsmacht, bei euch meist der Vorstand. Meldet auch jeden Wechsel im Vorstand.</p>',
                ),
                ("heading", "Später noch wechseln?"),
                (
                    "paragraph",
                    "<p>Das geht, kostet aber Zeit und Geld. Ihr braucht dafür wieder einen Notar. Wählt also lieber gleich die richtige Form. Nutzt auf keinen Fall das Privatkonto eines Vorstandsmitglieds. Eröffnet ein Konto auf den Namen eurer Gruppe.</p>",
                ),
                (
                    "tip",
                    "Unsicher? Fragt bei der Kulturberatungsstelle eurer Provinz nach. Dort helfen sie öfter Gruppen bei dieser Wahl.",
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
    },
    # 7 ------------------------------------------------------------------
    {
        "key": "bestuur-en-alv",
        "themes": ["organisatie-en-bestuur"],
        "tags": ["bestuur", "alv", "voorzitter", "secretaris", "penningmeester"],
        "last_checked": "2026-07-28",
        "related": ["vereniging-of-stichting", "begroting-maken", "bestuurdersaansprakelijkheid"],
        "nl": {
            "slug": "bestuur-en-alv",
            "title": "Het bestuur en een goede ledenvergadering",
            "summary": "Voorzitter, secretaris en penningmeester hebben elk een eigen taak. Samen bereiden ze de algemene ledenvergadering (ALV) voor.",
            "search_description": "De taken van voorzitter, secretaris en penningmeester, en tips voor een goede ALV.",
            "body": [
                ("heading", "Wie doet wat?"),
                (
                    "paragraph",
                    "<ul><li>De <strong>voorzitter</strong> leidt de vergaderingen. Hij of zij houdt het overzicht en is vaak het gezicht naar buiten.</li><li>De <strong>secretaris</strong> regelt de post en de mail. De secretaris maakt verslagen en houdt de ledenlijst bij.</li><li>De <strong>penningmeester</strong> beheert het geld. Hij of zij maakt de begroting en het financieel verslag.</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Grotere groepen hebben soms extra bestuursleden. Die doen bijvoorbeeld de pr, de muziekzaken of de vrijwilligers. Spreek de taken goed af en schrijf ze op.</p>",
                ),
                ("heading", "De ALV"),
                (
                    "paragraph",
                    "<p>Een vereniging houdt minstens één keer per jaar een ALV. In de statuten staat hoe dat moet. Het bestuur vertelt hoe het jaar ging. De leden keuren de cijfers goed en kiezen nieuwe bestuursleden. Een kascommissie van twee leden controleert vooraf de boeken.</p>",
                ),
                (
                    "steps",
                    [
                        "Stuur de uitnodiging en de agenda op tijd. De termijn staat in de statuten.",
                        "Stuur de stukken mee: jaarverslag, financieel verslag en begroting.",
                        "Laat de kascommissie de boeken vooraf controleren.",
                        "Houd de vergadering kort en begin op tijd.",
                        "Geef leden ruimte voor vragen en ideeën.",
                        "Stuur het verslag binnen een paar weken rond.",
                    ],
                ),
                (
                    "tip",
                    "Maak er een gezellige avond van. Sluit bijvoorbeeld af met een kort optreden of een drankje. Dan komen er meer leden.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Wat als er te weinig leden komen?",
                            "answer": "<p>Kijk in je statuten. Daar staat of er een minimum aantal leden nodig is. Soms moet je dan een tweede vergadering houden. Voorkom dit door de ALV vroeg aan te kondigen.</p>",
                        },
                        {
                            "question": "Mag de ALV online?",
                            "answer": "<p>Dat hangt af van je statuten. Meedoen en stemmen op afstand moet daar meestal in staan. Staat er niets over? Vraag dan advies aan een notaris of het provinciale steunpunt voor cultuur.</p>",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "board-and-general-meeting",
            "title": "The board and a good general meeting",
            "summary": "The chair, secretary and treasurer each have their own task. Together they prepare the general meeting of members (ALV).",
            "search_description": "The tasks of chair, secretary and treasurer, and tips for a good general meeting.",
            "body": [
                ("heading", "Who does what?"),
                (
                    "paragraph",
                    "<ul><li>The <strong>chair</strong> (voorzitter) leads the meetings. He or she keeps the overview and is often the public face of the group.</li><li>The <strong>secretary</strong> (secretaris) handles post and email. The secretary writes the minutes and keeps the membership list.</li><li>The <strong>treasurer</strong> (penningmeester) manages the money. He or she prepares the budget and the financial report.</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Larger groups sometimes have extra board members. They take care of things like publicity, musical matters or volunteers. Agree on the tasks clearly and write them down.</p>",
                ),
                ("heading", "The general meeting"),
                (
                    "paragraph",
                    "<p>An association holds a general meeting at least once a year. The articles of association say how. The board reports on the past year. The members approve the accounts and elect new board members. Beforehand, an audit committee of two members checks the books.</p>",
                ),
                (
                    "steps",
                    [
                        "Send the invitation and agenda in time. The notice period is in the articles of association.",
                        "Include the documents: annual report, financial report and budget.",
                        "Have the audit committee check the books beforehand.",
                        "Keep the meeting short and start on time.",
                        "Give members room for questions and ideas.",
                        "Circulate the minutes within a few weeks.",
                    ],
                ),
                (
                    "tip",
                    "Make it an enjoyable evening. End with a short performance or a drink, for example. More members will come.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What if too few members turn up?",
                            "answer": "<p>Check your articles of association. They say whether a minimum number of members is needed. Sometimes you then have to hold a second meeting. Prevent this by announcing the meeting early.</p>",
                        },
                        {
                            "question": "Can the general meeting be held online?",
                            "answer": "<p>That depends on your articles of association. Taking part and voting remotely usually has to be included there. Nothing in them about it? Ask a notary or your provincial support office for culture for advice.</p>",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "vorstand-und-mitgliederversammlung",
            "title": "Der Vorstand und eine gute Mitgliederversammlung",
            "summary": "Vorsitz, Schriftführung und Kasse haben jeweils eigene Aufgaben. Zusammen bereiten sie die Mitgliederversammlung (ALV) vor.",
            "search_description": "Die Aufgaben von Vorsitz, Schriftführung und Kassenwart und Tipps für eine gute Mitgliederversammlung.",
            "body": [
                ("heading", "Wer macht was?"),
                (
                    "paragraph",
                    "<ul><li>Der oder die <strong>Vorsitzende</strong> (voorzitter) leitet die Sitzungen. Er oder sie behält den Überblick und vertritt die Gruppe oft nach außen.</li><li>Die <strong>Schriftführung</strong> (secretaris) kümmert sich um Post und Mails. Sie schreibt die Protokolle und führt die Mitgliederliste.</li><li>Der <strong>Kassenwart</strong> (penningmeester) verwaltet das Geld. Er oder sie erstellt das Budget und den Finanzbericht.</li></ul>",
                ),
                (
                    "paragraph",
                    "<p>Größere Gruppen haben manchmal weitere Vorstandsmitglieder. Die kümmern sich zum Beispiel um Werbung, Musikfragen oder Ehrenamtliche. Verteilt die Aufgaben klar und schreibt sie auf.</p>",
                ),
                ("heading", "Die Mitgliederversammlung"),
                (
                    "paragraph",
                    "<p>Ein Verein hält mindestens einmal im Jahr eine Mitgliederversammlung ab. Wie das geht, steht in der Satzung. Der Vorstand berichtet über das Jahr. Die Mitglieder genehmigen die Zahlen und wählen neue Vorstandsmitglieder. Vorher prüfen zwei Mitglieder als Kassenprüfer die Bücher.</p>",
                ),
                (
                    "steps",
                    [
                        "Verschickt Einladung und Tagesordnung rechtzeitig. Die Frist steht in der Satzung.",
                        "Legt die Unterlagen bei: Jahresbericht, Finanzbericht und Budget.",
                        "Lasst die Kassenprüfer die Bücher vorher prüfen.",
                        "Haltet die Versammlung kurz und fangt pünktlich an.",
                        "Gebt den Mitgliedern Raum für Fragen und Ideen.",
                        "Verschickt das Protokoll innerhalb weniger Wochen.",
                    ],
                ),
                (
                    "tip",
                    "Macht einen schönen Abend daraus. Hört zum Beispiel mit einem kurzen Auftritt oder einem Getränk auf. Dann kommen mehr Mitglieder.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Was, wenn zu wenige Mitglieder kommen?",
                            "answer": "<p>Schaut in eure Satzung. Dort steht, ob eine Mindestzahl an Mitgliedern nötig ist. Manchmal müsst ihr dann eine zweite Versammlung abhalten. Vermeidet das, indem ihr die Versammlung früh ankündigt.</p>",
                        },
                        {
                            "question": "Darf die Mitgliederversammlung online stattfinden?",
                            "answer": "<p>Das hängt von eurer Satzung ab. Teilnahme und Abstimmung aus der Ferne müssen dort meistens geregelt sein. Steht nichts dazu drin? Fragt dann einen Notar oder die Kulturberatungsstelle eurer Provinz.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # 8 ------------------------------------------------------------------
    {
        "key": "ledenadministratie-en-avg",
        "themes": ["privacy-avg", "vrijwilligers-en-leden"],
        "tags": ["avg", "privacy", "ledenadministratie"],
        "last_checked": "2026-10-20",
        "related": ["fotos-en-videos-van-leden", "bestuur-en-alv"],
        "nl": {
            "slug": "ledenadministratie-en-avg",
            "title": "Ledenadministratie en de AVG",
            "summary": "Je ledenlijst bevat persoonsgegevens. De AVG zegt hoe je daar zorgvuldig mee omgaat. Verzamel niet meer dan nodig en beveilig de gegevens goed.",
            "search_description": "Zo houd je als vereniging je ledenadministratie op orde volgens de AVG.",
            "body": [
                ("heading", "Wat is de AVG?"),
                (
                    "paragraph",
                    "<p>De AVG is de Europese privacywet. Ook een kleine vereniging moet zich eraan houden. De wet gaat over alle gegevens over mensen. Denk aan namen, adressen, mailadressen, geboortedata en bankgegevens.</p>",
                ),
                ("heading", "Vijf vuistregels"),
                (
                    "paragraph",
                    "<ol><li><strong>Niet meer dan nodig.</strong> Vraag alleen wat je echt gebruikt.</li><li><strong>Alleen voor je doel.</strong> Gebruik ledengegevens voor de club, en niet voor andere dingen.</li><li><strong>Goed beveiligd.</strong> Gebruik sterke wachtwoorden en deel bestanden niet zomaar.</li><li><strong>Niet te lang.</strong> Verwijder gegevens van oud-leden na een vaste termijn. Voor de boekhouding geldt wel een langere bewaartermijn.</li><li><strong>Open.</strong> Vertel leden in een privacyverklaring wat je met hun gegevens doet.</li></ol>",
                ),
                (
                    "steps",
                    [
                        "Maak een lijst van alle gegevens die je bewaart, en waar.",
                        "Schrap gegevens die je niet nodig hebt.",
                        "Spreek af wie bij de ledenlijst mag.",
                        "Schrijf een korte privacyverklaring voor je leden.",
                        "Gebruik je een online ledenprogramma? Sluit dan een verwerkersovereenkomst af. Daarin staat hoe de leverancier met jullie gegevens omgaat.",
                    ],
                ),
                (
                    "tip",
                    "Mail je alle leden tegelijk? Zet de adressen dan in de BCC. Zo ziet niemand de adressen van anderen.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Mogen we de ledenlijst delen met alle leden?",
                            "answer": "<p>Niet zomaar. Vraag eerst elk lid om toestemming. Deel alleen wat nodig is, bijvoorbeeld naam en telefoonnummer.</p>",
                        },
                        {
                            "question": "Wat doen we bij een datalek?",
                            "answer": '<p>Een datalek is bijvoorbeeld een gestolen laptop met de ledenlijst. Zoek eerst uit wat er precies is gebeurd. Is er risico voor je leden? Meld het lek dan binnen 72 uur bij de <a href="https://www.autoriteitpersoonsgegevens.nl/">Autoriteit Persoonsgegevens</a>. Schrijf elk datalek op, ook als je het niet hoeft te melden.</p>',
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "member-records-and-gdpr",
            "title": "Membership records and the GDPR",
            "summary": "Your membership list contains personal data. The GDPR (AVG in Dutch) tells you how to handle it with care. Collect no more than you need and keep the data secure.",
            "search_description": "How an association keeps its membership records in line with the GDPR.",
            "body": [
                ("heading", "What is the GDPR?"),
                (
                    "paragraph",
                    "<p>The GDPR is the European privacy law. Even a small association has to follow it. The law covers all data about people. Think of names, addresses, email addresses, dates of birth and bank details.</p>",
                ),
                ("heading", "Five rules of thumb"),
                (
                    "paragraph",
                    "<ol><li><strong>No more than necessary.</strong> Only ask for what you really use.</li><li><strong>Only for your purpose.</strong> Use member data for the club, and not for other things.</li><li><strong>Well secured.</strong> Use strong passwords and do not share files casually.</li><li><strong>Not too long.</strong> Delete former members' data after a fixed period. Accounting records do have a longer retention period.</li><li><strong>Open.</strong> Tell members in a privacy statement what you do with their data.</li></ol>",
                ),
                (
                    "steps",
                    [
                        "List all the data you keep, and where.",
                        "Delete data you do not need.",
                        "Agree who has access to the membership list.",
                        "Write a short privacy statement for your members.",
                        "Using an online membership tool? Then sign a data processing agreement. It sets out how the supplier handles your data.",
                    ],
                ),
                (
                    "tip",
                    "Emailing all members at once? Put the addresses in BCC. That way nobody sees anyone else's address.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "May we share the membership list with all members?",
                            "answer": "<p>Not just like that. Ask each member for permission first. Only share what is needed, for example name and phone number.</p>",
                        },
                        {
                            "question": "What do we do in case of a data breach?",
                            "answer": '<p>A data breach is, for example, a stolen laptop with the membership list on it. First find out exactly what happened. Is there a risk to your members? Then report it within 72 hours to the Dutch Data Protection Authority, the <a href="https://www.autoriteitpersoonsgegevens.nl/">Autoriteit Persoonsgegevens</a>. Record every breach, even if you do not have to report it.</p>',
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "mitgliederverwaltung-und-dsgvo",
            "title": "Mitgliederverwaltung und die DSGVO",
            "summary": "Eure Mitgliederliste enthält personenbezogene Daten. Die DSGVO (niederländisch: AVG) sagt, wie ihr sorgfältig damit umgeht. Sammelt nur das Nötigste und schützt die Daten gut.",
            "search_description": "So führt ihr als Verein eure Mitgliederverwaltung im Einklang mit der DSGVO.",
            "body": [
                ("heading", "Was ist die DSGVO?"),
                (
                    "paragraph",
                    "<p>Die DSGVO ist das europäische Datenschutzgesetz. Auch ein kleiner Verein muss sich daran halten. Das Gesetz gilt für alle Daten über Menschen. Denkt an Namen, Adressen, Mailadressen, Geburtsdaten und Bankdaten.</p>",
                ),
                ("heading", "Fünf Faustregeln"),
                (
                    "paragraph",
                    "<ol><li><strong>Nicht mehr als nötig.</strong> Fragt nur ab, was ihr wirklich braucht.</li><li><strong>Nur für euren Zweck.</strong> Nutzt Mitgliederdaten für die Gruppe und nicht für andere Dinge.</li><li><strong>Gut geschützt.</strong> Verwendet starke Passwörter und teilt Dateien nicht einfach so.</li><li><strong>Nicht zu lange.</strong> Löscht die Daten ehemaliger Mitglieder nach einer festen Frist. Für die Buchhaltung gilt aber eine längere Aufbewahrungsfrist.</li><li><strong>Offen.</strong> Erklärt den Mitgliedern in einer Datenschutzerklärung, was ihr mit ihren Daten macht.</li></ol>",
                ),
                (
                    "steps",
                    [
                        "Schreibt auf, welche Daten ihr speichert und wo.",
                        "Löscht Daten, die ihr nicht braucht.",
                        "Legt fest, wer Zugriff auf die Mitgliederliste hat.",
                        "Schreibt eine kurze Datenschutzerklärung für eure Mitglieder.",
                        "Nutzt ihr ein Online-Programm für die Mitglieder? Dann schließt einen Auftragsverarbeitungsvertrag ab. Darin steht, wie der Anbieter mit euren Daten umgeht.",
                    ],
                ),
                (
                    "tip",
                    "Schreibst du allen Mitgliedern auf einmal? Setz die Adressen ins BCC. So sieht niemand die Adressen der anderen.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Dürfen wir die Mitgliederliste an alle Mitglieder schicken?",
                            "answer": "<p>Nicht einfach so. Fragt zuerst jedes Mitglied um Erlaubnis. Teilt nur das Nötigste, zum Beispiel Name und Telefonnummer.</p>",
                        },
                        {
                            "question": "Was tun wir bei einer Datenpanne?",
                            "answer": '<p>Eine Datenpanne ist zum Beispiel ein gestohlener Laptop mit der Mitgliederliste. Klärt zuerst, was genau passiert ist. Besteht ein Risiko für eure Mitglieder? Dann meldet die Panne innerhalb von 72 Stunden bei der niederländischen Datenschutzbehörde, der <a href="https://www.autoriteitpersoonsgegevens.nl/">Autoriteit Persoonsgegevens</a>. Dokumentiert jede Panne, auch wenn ihr sie nicht melden müsst.</p>',
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens (niederländische Datenschutzbehörde)",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
    },
    # 9 ------------------------------------------------------------------
    {
        "key": "fotos-en-videos-van-leden",
        "themes": ["privacy-avg", "publiciteit"],
        "tags": ["portretrecht", "toestemming", "foto's", "avg"],
        "last_checked": "2026-10-20",
        "related": ["ledenadministratie-en-avg", "sociale-media", "poster-en-beeldgebruik"],
        "nl": {
            "slug": "fotos-en-videos-van-leden",
            "title": "Foto's en video's van leden",
            "summary": "Foto's van optredens zijn leuk voor je website en sociale media. Vraag wel eerst toestemming. Voor kinderen onder de 16 vraag je het aan de ouders.",
            "search_description": "Wat mag je met foto's en video's van leden en publiek? Over toestemming, AVG en portretrecht.",
            "body": [
                ("heading", "Waarom toestemming?"),
                (
                    "paragraph",
                    "<p>Op een foto is iemand vaak herkenbaar. Dan is de foto een persoonsgegeven onder de AVG. Daarnaast heeft iedereen <strong>portretrecht</strong>. Iemand kan bezwaar maken tegen een foto als hij of zij daar een goede reden voor heeft. Met duidelijke toestemming voorkom je gedoe.</p>",
                ),
                ("heading", "Hoe regel je het?"),
                (
                    "paragraph",
                    "<p>Vraag om toestemming als iemand lid wordt. Maak het concreet. Gaat het om de website, sociale media, de nieuwsbrief of een poster? Laat leden per kanaal kiezen. Leden mogen hun toestemming altijd weer intrekken. Haal de foto dan zo snel mogelijk weg.</p>",
                ),
                ("heading", "Publiek en groepsfoto's"),
                (
                    "paragraph",
                    "<p>Op een zaalfoto staan vaak veel mensen. Je hoeft dan niet iedereen apart te vragen. Meld wel bij de ingang en in het programma dat er een fotograaf is. Wil iemand niet op de foto? Zet die persoon dan niet in beeld.</p>",
                ),
                (
                    "tip",
                    "Maak een lijstje van leden die niet op de foto willen. Geef het alleen aan de mensen die de website en sociale media doen.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Vanaf welke leeftijd mag een kind zelf toestemming geven?",
                            "answer": "<p>In Nederland vanaf 16 jaar. Voor jongere kinderen geven de ouders of verzorgers toestemming. Vraag het voor elk kind apart en bewaar de antwoorden goed.</p>",
                        },
                        {
                            "question": "De fotograaf is een vrijwilliger. Van wie zijn de foto's?",
                            "answer": "<p>De fotograaf heeft het auteursrecht. Spreek daarom vooraf af dat jullie de foto's mogen gebruiken, en waarvoor. Zet de naam van de fotograaf erbij als hij of zij dat wil.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "photos-and-videos-of-members",
            "title": "Photos and videos of members",
            "summary": "Performance photos are great for your website and social media. But ask for permission first. For children under 16, you ask their parents.",
            "search_description": "What can you do with photos and videos of members and audience? About consent, the GDPR and portrait rights.",
            "body": [
                ("heading", "Why ask for permission?"),
                (
                    "paragraph",
                    "<p>People are often recognisable in a photo. That makes the photo personal data under the GDPR. On top of that, everyone has <strong>portrait rights</strong> (portretrecht). A person can object to a photo if he or she has a good reason. Clear consent saves you trouble.</p>",
                ),
                ("heading", "How do you arrange it?"),
                (
                    "paragraph",
                    "<p>Ask for consent when someone becomes a member. Make it specific. Is it for the website, social media, the newsletter or a poster? Let members choose per channel. Members can always withdraw their consent. If they do, remove the photo as soon as possible.</p>",
                ),
                ("heading", "Audience and group photos"),
                (
                    "paragraph",
                    "<p>A photo of the hall often shows many people. You do not need to ask each of them. Do mention at the entrance and in the programme that a photographer is present. Does someone not want to be photographed? Then keep that person out of the picture.</p>",
                ),
                (
                    "tip",
                    "Keep a short list of members who do not want to be photographed. Only give it to the people who run the website and social media.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "From what age can a child give consent?",
                            "answer": "<p>In the Netherlands, from 16. For younger children, the parents or guardians give consent. Ask for each child separately and keep the answers safe.</p>",
                        },
                        {
                            "question": "The photographer is a volunteer. Who owns the photos?",
                            "answer": "<p>The photographer holds the copyright. So agree in advance that you may use the photos, and for what. Credit the photographer if he or she wishes.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens (Dutch Data Protection Authority)",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "fotos-und-videos-von-mitgliedern",
            "title": "Fotos und Videos von Mitgliedern",
            "summary": "Fotos von Auftritten sind toll für eure Website und soziale Medien. Fragt aber vorher um Erlaubnis. Bei Kindern unter 16 fragt ihr die Eltern.",
            "search_description": "Was dürft ihr mit Fotos und Videos von Mitgliedern und Publikum machen? Über Einwilligung, DSGVO und das Recht am eigenen Bild.",
            "body": [
                ("heading", "Warum eine Einwilligung?"),
                (
                    "paragraph",
                    "<p>Auf einem Foto ist man oft erkennbar. Dann ist das Foto ein personenbezogenes Datum nach der DSGVO. Außerdem hat jeder ein <strong>Recht am eigenen Bild</strong> (portretrecht). Wer einen guten Grund hat, kann sich gegen ein Foto wehren. Mit einer klaren Einwilligung vermeidet ihr Ärger.</p>",
                ),
                ("heading", "Wie regelt ihr das?"),
                (
                    "paragraph",
                    "<p>Fragt nach der Einwilligung, wenn jemand Mitglied wird. Macht es konkret. Geht es um die Website, soziale Medien, den Newsletter oder ein Plakat? Lasst die Mitglieder für jeden Kanal wählen. Mitglieder können ihre Einwilligung jederzeit zurückziehen. Nehmt das Foto dann so schnell wie möglich herunter.</p>",
                ),
                ("heading", "Publikum und Gruppenfotos"),
                (
                    "paragraph",
                    "<p>Auf einem Saalfoto sind oft viele Menschen zu sehen. Ihr müsst dann nicht alle einzeln fragen. Weist aber am Eingang und im Programm darauf hin, dass fotografiert wird. Will jemand nicht aufs Foto? Dann lasst diese Person aus dem Bild.</p>",
                ),
                (
                    "tip",
                    "Führt eine kurze Liste der Mitglieder, die nicht aufs Foto wollen. Gebt sie nur den Leuten, die Website und soziale Medien betreuen.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Ab welchem Alter darf ein Kind selbst einwilligen?",
                            "answer": "<p>In den Niederlanden ab 16 Jahren. Bei jüngeren Kindern willigen die Eltern oder Erziehungsberechtigten ein. Fragt für jedes Kind einzeln und bewahrt die Antworten gut auf.</p>",
                        },
                        {
                            "question": "Die Fotografin ist ehrenamtlich. Wem gehören die Fotos?",
                            "answer": "<p>Die Fotografin hat das Urheberrecht. Vereinbart deshalb vorher, dass ihr die Fotos nutzen dürft, und wofür. Nennt ihren Namen, wenn sie das möchte.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {
                            "title": "Autoriteit Persoonsgegevens (niederländische Datenschutzbehörde)",
                            "url": "https://www.autoriteitpersoonsgegevens.nl/",
                        },
                    ],
                ),
            ],
        },
    },
    # 10 -----------------------------------------------------------------
    {
        "key": "muziek-spelen-buma-sena",
        "themes": ["auteursrecht-en-muziekrechten"],
        "tags": ["buma/stemra", "sena", "muziekrechten", "concert"],
        "last_checked": "2026-09-22",
        "related": ["bladmuziek-kopieren-en-arrangeren", "samen-optreden-met-andere-groep"],
        "nl": {
            "slug": "muziek-spelen-buma-sena",
            "title": "Muziek in het openbaar: Buma/Stemra en Sena",
            "summary": "Speel je muziek van anderen voor publiek? Dan krijgen de makers daar vaak geld voor. Buma/Stemra en Sena regelen dat.",
            "search_description": "Wanneer heb je een licentie van Buma/Stemra of Sena nodig voor een concert of voorstelling?",
            "body": [
                ("heading", "Wie krijgt wat?"),
                (
                    "paragraph",
                    '<ul><li><a href="https://www.bumastemra.nl/">Buma/Stemra</a> werkt voor componisten, tekstschrijvers en muziekuitgevers. Voert je koor of band hun muziek uit? Dan is er meestal een licentie nodig.</li><li><a href="https://www.sena.nl/">Sena</a> werkt voor artiesten en platenmaatschappijen. Sena gaat over <em>opgenomen</em> muziek. Bijvoorbeeld een cd of een playlist in de pauze van je voorstelling.</li></ul>',
                ),
                ("heading", "Wie regelt de licentie?"),
                (
                    "paragraph",
                    "<p>De organisator van het concert regelt de licentie. Speel je in een theater of muziekcentrum? Dan regelt de zaal het vaak al. Vraag dat altijd na. Organiseer je zelf een concert in een kerk of buurthuis? Dan ben jij waarschijnlijk de organisator.</p>",
                ),
                ("heading", "Muziek zonder rechten"),
                (
                    "paragraph",
                    "<p>Zijn de componist en de tekstschrijver langer dan 70 jaar dood? Dan is de muziek meestal vrij. Denk aan Bach of Mozart. Let op: een nieuw arrangement of een nieuwe vertaling kan wel beschermd zijn.</p>",
                ),
                (
                    "steps",
                    [
                        "Vraag de zaal of zij de muziekrechten regelen.",
                        "Maak een lijst van alle stukken met componist en tekstschrijver.",
                        "Regel anders zelf op tijd een licentie bij Buma/Stemra.",
                        "Gebruik je opgenomen muziek? Kijk dan ook bij Sena.",
                        "Bewaar de lijst en de licentie bij je concertmap.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Ook als het concert gratis is?",
                            "answer": "<p>Meestal wel. Ook bij een gratis concert kan een licentie nodig zijn. De prijs hangt vaak af van de entree en het aantal bezoekers. Kijk voor de actuele tarieven op de site van Buma/Stemra.</p>",
                        },
                        {
                            "question": "Geldt dit ook voor onze repetities?",
                            "answer": "<p>Nee, meestal niet. Een gewone repetitie is niet openbaar. Een open repetitie met publiek kan wel openbaar zijn.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Buma/Stemra", "url": "https://www.bumastemra.nl/"},
                        {"title": "Sena", "url": "https://www.sena.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "public-music-buma-sena",
            "title": "Music in public: Buma/Stemra and Sena",
            "summary": "Are you performing other people's music for an audience? Then the makers are often entitled to payment. Buma/Stemra and Sena take care of that.",
            "search_description": "When do you need a Buma/Stemra or Sena licence for a concert or show?",
            "body": [
                ("heading", "Who gets what?"),
                (
                    "paragraph",
                    '<ul><li><a href="https://www.bumastemra.nl/">Buma/Stemra</a> works for composers, lyricists and music publishers. Does your choir or band perform their music? Then a licence is usually needed.</li><li><a href="https://www.sena.nl/">Sena</a> works for performing artists and record companies. Sena covers <em>recorded</em> music, such as a CD or a playlist during the interval of your show.</li></ul>',
                ),
                ("heading", "Who arranges the licence?"),
                (
                    "paragraph",
                    "<p>The organiser of the concert arranges the licence. Playing in a theatre or concert venue? The venue often takes care of it already. Always check. Are you organising a concert yourself in a church or community centre? Then you are probably the organiser.</p>",
                ),
                ("heading", "Music without rights"),
                (
                    "paragraph",
                    "<p>Have the composer and the lyricist been dead for more than 70 years? Then the music is usually free to use. Think of Bach or Mozart. Note: a new arrangement or a new translation may still be protected.</p>",
                ),
                (
                    "steps",
                    [
                        "Ask the venue whether they handle the music rights.",
                        "Make a list of all pieces with composer and lyricist.",
                        "If not, arrange a licence with Buma/Stemra yourself, in good time.",
                        "Using recorded music? Then check Sena as well.",
                        "Keep the list and the licence in your concert file.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Even if the concert is free?",
                            "answer": "<p>Usually, yes. A free concert may also need a licence. The price often depends on the entrance fee and the number of visitors. Check the current rates on the Buma/Stemra website.</p>",
                        },
                        {
                            "question": "Does this also apply to our rehearsals?",
                            "answer": "<p>No, usually not. A normal rehearsal is not public. An open rehearsal with an audience can be public, though.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Buma/Stemra", "url": "https://www.bumastemra.nl/"},
                        {"title": "Sena", "url": "https://www.sena.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "musik-oeffentlich-auffuehren-buma-sena",
            "title": "Musik in der Öffentlichkeit: Buma/Stemra und Sena",
            "summary": "Spielt ihr Musik von anderen vor Publikum? Dann bekommen die Urheber dafür oft Geld. Das regeln Buma/Stemra und Sena.",
            "search_description": "Wann braucht ihr eine Lizenz von Buma/Stemra oder Sena für ein Konzert oder eine Aufführung?",
            "body": [
                ("heading", "Wer bekommt was?"),
                (
                    "paragraph",
                    '<ul><li><a href="https://www.bumastemra.nl/">Buma/Stemra</a> vertritt Komponisten, Textdichter und Musikverlage. Führt euer Chor oder eure Band ihre Musik auf? Dann braucht ihr meistens eine Lizenz.</li><li><a href="https://www.sena.nl/">Sena</a> vertritt ausübende Künstler und Plattenfirmen. Bei Sena geht es um <em>aufgenommene</em> Musik, zum Beispiel eine CD oder eine Playlist in der Pause eurer Aufführung.</li></ul>',
                ),
                ("heading", "Wer kümmert sich um die Lizenz?"),
                (
                    "paragraph",
                    "<p>Der Veranstalter des Konzerts kümmert sich um die Lizenz. Spielt ihr in einem Theater oder Musikzentrum? Dann regelt das oft schon das Haus. Fragt immer nach. Organisiert ihr selbst ein Konzert in einer Kirche oder einem Gemeinschaftshaus? Dann seid ihr wahrscheinlich der Veranstalter.</p>",
                ),
                ("heading", "Musik ohne Rechte"),
                (
                    "paragraph",
                    "<p>Sind Komponist und Textdichter seit mehr als 70 Jahren tot? Dann ist die Musik meistens frei. Denkt an Bach oder Mozart. Achtung: Ein neues Arrangement oder eine neue Übersetzung kann trotzdem geschützt sein.</p>",
                ),
                (
                    "steps",
                    [
                        "Fragt das Haus, ob es die Musikrechte regelt.",
                        "Erstellt eine Liste aller Stücke mit Komponist und Textdichter.",
                        "Sonst beantragt ihr selbst rechtzeitig eine Lizenz bei Buma/Stemra.",
                        "Nutzt ihr aufgenommene Musik? Dann schaut auch bei Sena.",
                        "Legt die Liste und die Lizenz in eure Konzertmappe.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Auch wenn das Konzert kostenlos ist?",
                            "answer": "<p>Meistens ja. Auch ein kostenloses Konzert kann eine Lizenz brauchen. Der Preis hängt oft vom Eintritt und von der Zahl der Besucher ab. Die aktuellen Tarife findet ihr auf der Website von Buma/Stemra.</p>",
                        },
                        {
                            "question": "Gilt das auch für unsere Proben?",
                            "answer": "<p>Nein, meistens nicht. Eine normale Probe ist nicht öffentlich. Eine offene Probe mit Publikum kann aber öffentlich sein.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Buma/Stemra", "url": "https://www.bumastemra.nl/"},
                        {"title": "Sena", "url": "https://www.sena.nl/"},
                    ],
                ),
            ],
        },
    },
    # 11 -----------------------------------------------------------------
    {
        "key": "bladmuziek-kopieren-en-arrangeren",
        "themes": ["auteursrecht-en-muziekrechten"],
        "tags": ["bladmuziek", "auteursrecht", "arrangeren", "kopiëren"],
        "last_checked": "2026-08-05",
        "related": ["muziek-spelen-buma-sena", "poster-en-beeldgebruik"],
        "nl": {
            "slug": "bladmuziek-kopieren-en-arrangeren",
            "title": "Bladmuziek kopiëren en arrangeren",
            "summary": "Bladmuziek is vaak beschermd door het auteursrecht. Kopiëren en bewerken mag dan niet zomaar. Koop originelen of vraag de uitgever om toestemming.",
            "search_description": "Mag je bladmuziek kopiëren of een eigen arrangement maken? Zo zit het met auteursrecht op muziek.",
            "body": [
                ("heading", "Kopiëren"),
                (
                    "paragraph",
                    "<p>Componisten en muziekuitgevers verdienen geld met bladmuziek. Daarom mag je beschermde bladmuziek niet zomaar kopiëren. Ook niet als je één origineel hebt gekocht. Koop dus voor elke zanger of speler een eigen exemplaar. Of vraag de uitgever om toestemming. Dit geldt ook voor scans en pdf's in een gedeelde map.</p>",
                ),
                ("heading", "Arrangeren"),
                (
                    "paragraph",
                    "<p>Een arrangement is een bewerking van een bestaand stuk. Voor een bewerking van beschermde muziek heb je toestemming nodig. Die vraag je aan de muziekuitgever van het stuk. Soms moet je ervoor betalen. Soms krijg je geen toestemming. Vraag het dus voordat je gaat schrijven.</p>",
                ),
                ("heading", "Vrije muziek"),
                (
                    "paragraph",
                    "<p>Is de maker meer dan 70 jaar dood? Dan is de muziek zelf vrij. Je mag die dan kopiëren en bewerken. Let wel op de uitgave. Een moderne uitgave kan eigen rechten hebben, bijvoorbeeld door een nieuw arrangement. Online bibliotheken met vrije bladmuziek zijn een goede bron. Check daar wel de licentie.</p>",
                ),
                ("heading", "Lenen en huren"),
                (
                    "paragraph",
                    "<p>Originele bladmuziek lenen van een ander koor of orkest mag. Gebruik de originele boekjes en geef ze daarna terug. Kopiëren van geleende muziek mag niet zonder toestemming. Sommige uitgevers verhuren ook bladmuziek voor één project. Wie de uitgever is, staat meestal op de eerste pagina.</p>",
                ),
                (
                    "steps",
                    [
                        "Zoek uit wie de componist, tekstschrijver en uitgever zijn.",
                        "Check of het werk nog beschermd is.",
                        "Koop of huur genoeg originelen, of vraag toestemming om te kopiëren.",
                        "Wil je arrangeren? Vraag eerst de uitgever om toestemming.",
                        "Bewaar alle toestemmingen en bonnen bij de muziek.",
                    ],
                ),
                (
                    "tip",
                    "Maak je een eigen arrangement van een vrij stuk? Zet je naam en het jaartal erop. Dan weten anderen wie de maker is.",
                ),
            ],
        },
        "en": {
            "slug": "copying-and-arranging-sheet-music",
            "title": "Copying and arranging sheet music",
            "summary": "Sheet music is often protected by copyright. You cannot simply copy or adapt it. Buy originals or ask the publisher for permission.",
            "search_description": "Can you copy sheet music or write your own arrangement? How copyright on music works.",
            "body": [
                ("heading", "Copying"),
                (
                    "paragraph",
                    "<p>Composers and music publishers earn money from sheet music. That is why you cannot simply copy protected sheet music. Not even if you bought one original. So buy a copy for each singer or player. Or ask the publisher for permission. This also applies to scans and PDFs in a shared folder.</p>",
                ),
                ("heading", "Arranging"),
                (
                    "paragraph",
                    "<p>An arrangement is an adaptation of an existing piece. To adapt protected music, you need permission. You ask the music publisher of the piece. Sometimes you have to pay. Sometimes you will not get permission. So ask before you start writing.</p>",
                ),
                ("heading", "Free music"),
                (
                    "paragraph",
                    "<p>Has the maker been dead for more than 70 years? Then the music itself is free. You may copy and adapt it. But watch out for the edition. A modern edition can have its own rights, for example because of a new arrangement. Online libraries of free sheet music are a good source. Do check the licence there.</p>",
                ),
                ("heading", "Borrowing and hiring"),
                (
                    "paragraph",
                    "<p>Borrowing original sheet music from another choir or orchestra is allowed. Use the original copies and return them afterwards. You may not copy borrowed music without permission. Some publishers also hire out sheet music for a single project. The publisher is usually named on the first page.</p>",
                ),
                (
                    "steps",
                    [
                        "Find out who the composer, lyricist and publisher are.",
                        "Check whether the work is still protected.",
                        "Buy or hire enough originals, or ask permission to copy.",
                        "Want to arrange? Ask the publisher for permission first.",
                        "Keep all permissions and receipts with the music.",
                    ],
                ),
                (
                    "tip",
                    "Writing your own arrangement of a free piece? Put your name and the year on it. Others will then know who made it.",
                ),
            ],
        },
        "de": {
            "slug": "noten-kopieren-und-arrangieren",
            "title": "Noten kopieren und arrangieren",
            "summary": "Noten sind oft urheberrechtlich geschützt. Dann dürft ihr sie nicht einfach kopieren oder bearbeiten. Kauft Originale oder fragt den Verlag um Erlaubnis.",
            "search_description": "Dürft ihr Noten kopieren oder ein eigenes Arrangement schreiben? So funktioniert das Urheberrecht bei Musik.",
            "body": [
                ("heading", "Kopieren"),
                (
                    "paragraph",
                    "<p>Komponisten und Musikverlage verdienen mit Noten Geld. Deshalb dürft ihr geschützte Noten nicht einfach kopieren. Auch dann nicht, wenn ihr ein Original gekauft habt. Kauft also für jede Sängerin und jeden Spieler ein eigenes Exemplar. Oder fragt den Verlag um Erlaubnis. Das gilt auch für Scans und PDFs in einem gemeinsamen Ordner.</p>",
                ),
                ("heading", "Arrangieren"),
                (
                    "paragraph",
                    "<p>Ein Arrangement ist eine Bearbeitung eines bestehenden Stücks. Für die Bearbeitung geschützter Musik braucht ihr eine Erlaubnis. Die bekommt ihr beim Musikverlag des Stücks. Manchmal kostet das Geld. Manchmal bekommt ihr keine Erlaubnis. Fragt also, bevor ihr anfangt zu schreiben.</p>",
                ),
                ("heading", "Freie Musik"),
                (
                    "paragraph",
                    "<p>Ist der Urheber seit mehr als 70 Jahren tot? Dann ist die Musik selbst frei. Ihr dürft sie kopieren und bearbeiten. Achtet aber auf die Ausgabe. Eine moderne Ausgabe kann eigene Rechte haben, zum Beispiel durch ein neues Arrangement. Online-Bibliotheken mit freien Noten sind eine gute Quelle. Prüft dort aber die Lizenz.</p>",
                ),
                ("heading", "Leihen und mieten"),
                (
                    "paragraph",
                    "<p>Originalnoten von einem anderen Chor oder Orchester auszuleihen ist erlaubt. Nutzt die Originalhefte und gebt sie danach zurück. Geliehene Noten dürft ihr ohne Erlaubnis nicht kopieren. Manche Verlage vermieten Noten auch für ein einzelnes Projekt. Der Verlag steht meistens auf der ersten Seite.</p>",
                ),
                (
                    "steps",
                    [
                        "Findet heraus, wer Komponist, Textdichter und Verlag sind.",
                        "Prüft, ob das Werk noch geschützt ist.",
                        "Kauft oder mietet genug Originale, oder fragt um Erlaubnis zum Kopieren.",
                        "Ihr wollt arrangieren? Fragt zuerst den Verlag um Erlaubnis.",
                        "Bewahrt alle Erlaubnisse und Belege bei den Noten auf.",
                    ],
                ),
                (
                    "tip",
                    "Schreibst du ein eigenes Arrangement eines freien Stücks? Schreib deinen Namen und das Jahr darauf. Dann wissen andere, von wem es ist.",
                ),
            ],
        },
    },
    # 12 -----------------------------------------------------------------
    {
        "key": "verzekeringen-voor-je-groep",
        "themes": ["verzekeringen"],
        "tags": ["verzekering", "aansprakelijkheid", "instrumenten", "vrijwilligersverzekering"],
        "last_checked": "2025-03-20",
        "related": [
            "bestuurdersaansprakelijkheid",
            "samen-optreden-met-andere-groep",
            "repetitieruimte-vinden",
        ],
        "nl": {
            "slug": "verzekeringen-voor-je-groep",
            "title": "Welke verzekeringen heeft je groep nodig?",
            "summary": "Een goede verzekering beschermt je groep, je vrijwilligers en je spullen. Check wat de gemeente al regelt en wat je zelf moet doen.",
            "search_description": "Aansprakelijkheid, vrijwilligersverzekering en instrumenten: welke verzekeringen heeft een amateurgroep nodig?",
            "body": [
                ("heading", "De belangrijkste verzekeringen"),
                (
                    "paragraph",
                    "<ul><li><strong>Aansprakelijkheidsverzekering.</strong> Die betaalt als je groep schade maakt bij anderen. Bijvoorbeeld als er een lamp van het podium valt.</li><li><strong>Vrijwilligersverzekering.</strong> Veel gemeenten hebben een verzekering voor alle vrijwilligers in de gemeente. Vaak hoef je je daar niet eens voor aan te melden. Deze verzekering is meestal aanvullend. Ze betaalt pas als een andere verzekering niet betaalt.</li><li><strong>Instrumenten en spullen.</strong> Een gewone inboedelverzekering dekt buiten de deur vaak weinig. Voor instrumenten, licht en geluid is een aparte verzekering handig.</li><li><strong>Ongevallenverzekering.</strong> Die helpt als een lid of vrijwilliger gewond raakt bij een activiteit.</li></ul>",
                ),
                ("heading", "Bij een concert of voorstelling"),
                (
                    "paragraph",
                    "<p>Huur je een zaal? Lees dan het huurcontract goed. Soms moet je een eigen verzekering hebben. Voor een groot evenement is er een evenementenverzekering. Soms kun je ook een verzekering afsluiten voor als het evenement niet door kan gaan.</p>",
                ),
                (
                    "steps",
                    [
                        "Vraag bij je gemeente naar de vrijwilligersverzekering.",
                        "Maak een lijst van jullie spullen en wat ze waard zijn.",
                        "Check welke verzekeringen jullie al hebben.",
                        "Vraag offertes bij twee of drie verzekeraars.",
                        "Kijk elk jaar of de verzekeringen nog kloppen.",
                    ],
                ),
                (
                    "tip",
                    "Landelijke bonden voor muziek, zang of theater hebben soms voordelige verzekeringen voor hun leden. Vraag ernaar bij jullie bond.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Is mijn eigen instrument verzekerd op de repetitie?",
                            "answer": "<p>Dat hangt af van je eigen verzekering. De club verzekert meestal alleen de eigen spullen van de club. Vraag het na bij je verzekeraar. Voor dure instrumenten is een aparte verzekering verstandig.</p>",
                        },
                        {
                            "question": "Is het bestuur ook verzekerd?",
                            "answer": "<p>Niet altijd. Bestuurders kunnen soms persoonlijk aansprakelijk zijn. Lees daarover ons artikel over bestuurdersaansprakelijkheid.</p>",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "insurance-for-your-group",
            "title": "What insurance does your group need?",
            "summary": "Good insurance protects your group, your volunteers and your equipment. Check what the municipality already covers and what you need to arrange yourself.",
            "search_description": "Liability, volunteer insurance and instruments: which insurance does an amateur group need?",
            "body": [
                ("heading", "The main types of insurance"),
                (
                    "paragraph",
                    "<ul><li><strong>Liability insurance.</strong> It pays when your group causes damage to others. For example, when a light falls off the stage.</li><li><strong>Volunteer insurance.</strong> Many municipalities have insurance for all volunteers in the area. Often you do not even have to sign up. This insurance is usually supplementary. It only pays when no other insurance does.</li><li><strong>Instruments and equipment.</strong> Ordinary contents insurance often covers little outside the building. For instruments, lighting and sound, separate insurance is useful.</li><li><strong>Accident insurance.</strong> It helps when a member or volunteer is injured during an activity.</li></ul>",
                ),
                ("heading", "For a concert or show"),
                (
                    "paragraph",
                    "<p>Hiring a venue? Read the rental agreement carefully. Sometimes you need your own insurance. For a large event there is event insurance. Sometimes you can also insure against the event not going ahead.</p>",
                ),
                (
                    "steps",
                    [
                        "Ask your municipality about the volunteer insurance.",
                        "Make a list of your equipment and what it is worth.",
                        "Check which insurance policies you already have.",
                        "Ask two or three insurers for a quote.",
                        "Check every year whether your insurance still fits.",
                    ],
                ),
                (
                    "tip",
                    "National associations for music, singing or theatre sometimes offer good-value insurance to their members. Ask your umbrella organisation.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Is my own instrument insured at rehearsals?",
                            "answer": "<p>That depends on your own insurance. The club usually only insures the club's own equipment. Check with your insurer. For expensive instruments, separate insurance is wise.</p>",
                        },
                        {
                            "question": "Is the board insured as well?",
                            "answer": "<p>Not always. Board members can sometimes be personally liable. Read our article on board liability.</p>",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "versicherungen-fuer-eure-gruppe",
            "title": "Welche Versicherungen braucht eure Gruppe?",
            "summary": "Eine gute Versicherung schützt eure Gruppe, eure Ehrenamtlichen und eure Ausrüstung. Prüft, was die Gemeinde schon regelt und was ihr selbst tun müsst.",
            "search_description": "Haftpflicht, Versicherung für Ehrenamtliche und Instrumente: Welche Versicherungen braucht eine Amateurgruppe?",
            "body": [
                ("heading", "Die wichtigsten Versicherungen"),
                (
                    "paragraph",
                    "<ul><li><strong>Haftpflichtversicherung.</strong> Sie zahlt, wenn eure Gruppe anderen einen Schaden zufügt. Zum Beispiel, wenn ein Scheinwerfer von der Bühne fällt.</li><li><strong>Versicherung für Ehrenamtliche.</strong> Viele Gemeinden haben eine Versicherung für alle Ehrenamtlichen in der Gemeinde. Oft müsst ihr euch dafür nicht einmal anmelden. Diese Versicherung ist meist nachrangig. Sie zahlt erst, wenn keine andere Versicherung zahlt.</li><li><strong>Instrumente und Ausrüstung.</strong> Eine normale Hausratversicherung deckt außer Haus oft wenig. Für Instrumente, Licht und Ton ist eine eigene Versicherung sinnvoll.</li><li><strong>Unfallversicherung.</strong> Sie hilft, wenn sich ein Mitglied oder eine ehrenamtliche Person bei einer Aktivität verletzt.</li></ul>",
                ),
                ("heading", "Bei einem Konzert oder einer Aufführung"),
                (
                    "paragraph",
                    "<p>Ihr mietet einen Saal? Lest den Mietvertrag genau. Manchmal braucht ihr eine eigene Versicherung. Für eine große Veranstaltung gibt es eine Veranstaltungsversicherung. Manchmal könnt ihr euch auch gegen einen Ausfall der Veranstaltung versichern.</p>",
                ),
                (
                    "steps",
                    [
                        "Fragt bei eurer Gemeinde nach der Versicherung für Ehrenamtliche.",
                        "Erstellt eine Liste eurer Ausrüstung und ihres Werts.",
                        "Prüft, welche Versicherungen ihr schon habt.",
                        "Holt Angebote von zwei oder drei Versicherern ein.",
                        "Prüft jedes Jahr, ob eure Versicherungen noch passen.",
                    ],
                ),
                (
                    "tip",
                    "Landesverbände für Musik, Gesang oder Theater bieten ihren Mitgliedern manchmal günstige Versicherungen an. Fragt bei eurem Verband nach.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Ist mein eigenes Instrument bei der Probe versichert?",
                            "answer": "<p>Das hängt von deiner eigenen Versicherung ab. Die Gruppe versichert meist nur ihre eigene Ausrüstung. Frag bei deinem Versicherer nach. Für teure Instrumente ist eine eigene Versicherung sinnvoll.</p>",
                        },
                        {
                            "question": "Ist der Vorstand auch versichert?",
                            "answer": "<p>Nicht immer. Vorstandsmitglieder können manchmal persönlich haften. Lest dazu unseren Artikel über Vorstandshaftung.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # 13 -----------------------------------------------------------------
    {
        "key": "bestuurdersaansprakelijkheid",
        "themes": ["organisatie-en-bestuur", "verzekeringen"],
        "tags": ["bestuur", "aansprakelijkheid", "wbtr", "verzekering"],
        "last_checked": "2026-09-10",
        "related": ["vereniging-of-stichting", "verzekeringen-voor-je-groep", "bestuur-en-alv"],
        "nl": {
            "slug": "bestuurdersaansprakelijkheid",
            "title": "Bestuurder zijn: wanneer ben je aansprakelijk?",
            "summary": "Als bestuurder ben je meestal niet persoonlijk aansprakelijk. Dat verandert als je je taak slecht doet. Met goede afspraken voorkom je problemen.",
            "search_description": "Wanneer is een bestuurder van een vereniging of stichting persoonlijk aansprakelijk, en wat zegt de WBTR?",
            "body": [
                ("heading", "Het uitgangspunt"),
                (
                    "paragraph",
                    "<p>Is je club een vereniging met notariële akte of een stichting? Dan is de club zelf aansprakelijk voor haar schulden. Bestuurders zijn dat in principe niet. Bij een informele vereniging ligt dat anders. Daar kunnen bestuurders wel persoonlijk aansprakelijk zijn.</p>",
                ),
                ("heading", "De WBTR"),
                (
                    "paragraph",
                    "<p>Sinds 2021 geldt de Wet bestuur en toezicht rechtspersonen (WBTR). Die wet bevat regels voor besturen van verenigingen en stichtingen. Een paar belangrijke punten:</p><ul><li>Een bestuurder met een persoonlijk belang stemt niet mee over dat onderwerp.</li><li>Bestuurders kunnen aansprakelijk zijn als ze hun taak ernstig verwaarlozen.</li><li>In de statuten hoort te staan wie het overneemt als alle bestuurders wegvallen.</li></ul>",
                ),
                ("heading", "Zo verklein je het risico"),
                (
                    "steps",
                    [
                        "Werk met een begroting en houd een goede boekhouding bij.",
                        "Neem grote besluiten samen en leg ze vast in een verslag.",
                        "Laat een kascommissie elk jaar de boeken controleren.",
                        "Vraag de ALV elk jaar om decharge. Daarmee keuren de leden het beleid van het bestuur goed.",
                        "Check of een verzekering voor bestuurders nodig is.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Ben ik aansprakelijk als een concert verlies maakt?",
                            "answer": "<p>Niet zomaar. Verlies hoort soms bij een project. Het wordt anders als het bestuur bewust te veel risico nam. Of als er geen goede boekhouding was.</p>",
                        },
                        {
                            "question": "Wat is het verschil met de aansprakelijkheidsverzekering van de club?",
                            "answer": "<p>Die verzekering betaalt bij schade aan anderen, zoals een kapotte vloer. Een bestuurdersverzekering helpt als iemand jou als bestuurder aanspreekt op je beslissingen.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "board-liability",
            "title": "Being a board member: when are you liable?",
            "summary": "As a board member you are usually not personally liable. That changes if you do your job badly. Good agreements prevent problems.",
            "search_description": "When is a board member of an association or foundation personally liable, and what does the WBTR say?",
            "body": [
                ("heading", "The starting point"),
                (
                    "paragraph",
                    "<p>Is your club an association with a notarial deed, or a foundation? Then the club itself is liable for its debts. In principle, board members are not. An informal association is different. There, board members can be personally liable.</p>",
                ),
                ("heading", "The WBTR"),
                (
                    "paragraph",
                    "<p>Since 2021, the Dutch Management and Supervision of Legal Entities Act (WBTR) has applied. It contains rules for the boards of associations and foundations. A few key points:</p><ul><li>A board member with a personal interest does not vote on that subject.</li><li>Board members can be liable if they seriously neglect their duties.</li><li>The articles of association should say who takes over if all board members drop out.</li></ul>",
                ),
                ("heading", "How to reduce the risk"),
                (
                    "steps",
                    [
                        "Work with a budget and keep proper accounts.",
                        "Take big decisions together and record them in the minutes.",
                        "Have an audit committee check the books every year.",
                        "Each year, ask the general meeting to discharge the board for its policy.",
                        "Check whether directors' liability insurance is needed.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Am I liable if a concert makes a loss?",
                            "answer": "<p>Not automatically. Losses are sometimes part of a project. It is different if the board knowingly took too much risk. Or if the accounts were not kept properly.</p>",
                        },
                        {
                            "question": "How does this differ from the club's liability insurance?",
                            "answer": "<p>That insurance pays for damage to others, such as a damaged floor. Directors' liability insurance helps when someone holds you personally responsible for your decisions as a board member.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "vorstandshaftung",
            "title": "Im Vorstand: Wann haftest du?",
            "summary": "Als Vorstandsmitglied haftest du meistens nicht persönlich. Das ändert sich, wenn du deine Aufgabe schlecht erfüllst. Mit guten Absprachen vermeidet ihr Probleme.",
            "search_description": "Wann haftet ein Vorstandsmitglied eines Vereins oder einer Stiftung persönlich, und was sagt das WBTR-Gesetz?",
            "body": [
                ("heading", "Der Grundsatz"),
                (
                    "paragraph",
                    "<p>Ist eure Gruppe ein Verein mit notarieller Urkunde oder eine Stiftung? Dann haftet die Gruppe selbst für ihre Schulden. Der Vorstand haftet grundsätzlich nicht. Bei einem informellen Verein ist das anders. Dort können Vorstandsmitglieder persönlich haften.</p>",
                ),
                ("heading", "Die WBTR"),
                (
                    "paragraph",
                    "<p>Seit 2021 gilt in den Niederlanden das Gesetz über Leitung und Aufsicht juristischer Personen (WBTR). Es enthält Regeln für die Vorstände von Vereinen und Stiftungen. Ein paar wichtige Punkte:</p><ul><li>Wer ein persönliches Interesse hat, stimmt über dieses Thema nicht mit ab.</li><li>Vorstandsmitglieder können haften, wenn sie ihre Aufgaben grob vernachlässigen.</li><li>In der Satzung sollte stehen, wer übernimmt, wenn alle Vorstandsmitglieder ausfallen.</li></ul>",
                ),
                ("heading", "So verringert ihr das Risiko"),
                (
                    "steps",
                    [
                        "Arbeitet mit einem Budget und führt eine saubere Buchhaltung.",
                        "Trefft große Entscheidungen gemeinsam und haltet sie im Protokoll fest.",
                        "Lasst die Bücher jedes Jahr von Kassenprüfern kontrollieren.",
                        "Bittet die Mitgliederversammlung jedes Jahr um Entlastung des Vorstands.",
                        "Prüft, ob eine Haftpflichtversicherung für den Vorstand nötig ist.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Hafte ich, wenn ein Konzert Verlust macht?",
                            "answer": "<p>Nicht einfach so. Verluste gehören manchmal zu einem Projekt dazu. Anders ist es, wenn der Vorstand bewusst zu viel riskiert hat. Oder wenn es keine saubere Buchhaltung gab.</p>",
                        },
                        {
                            "question": "Was ist der Unterschied zur Haftpflichtversicherung der Gruppe?",
                            "answer": "<p>Diese Versicherung zahlt bei Schäden an anderen, etwa an einem Fußboden. Eine Vorstandsversicherung hilft, wenn dich jemand als Vorstandsmitglied für deine Entscheidungen haftbar macht.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Kamer van Koophandel (KvK)", "url": "https://www.kvk.nl/"},
                    ],
                ),
            ],
        },
    },
    # 14 -----------------------------------------------------------------
    {
        "key": "repetitieruimte-vinden",
        "themes": ["ruimte-en-repeteren"],
        "tags": ["repetitieruimte", "huur", "locatie"],
        "last_checked": "2025-09-30",
        "related": [
            "geluid-en-buren",
            "verzekeringen-voor-je-groep",
            "samen-optreden-met-andere-groep",
        ],
        "nl": {
            "slug": "repetitieruimte-vinden",
            "title": "Een repetitieruimte vinden",
            "summary": "Een goede ruimte is betaalbaar, goed bereikbaar en past bij je groep. Kijk verder dan de bekende zalen en maak goede afspraken.",
            "search_description": "Tips om een betaalbare en geschikte repetitieruimte te vinden voor je koor, band of toneelgroep.",
            "body": [
                ("heading", "Waar kun je zoeken?"),
                (
                    "paragraph",
                    "<ul><li>Het cultuurhuis of muziekcentrum in je gemeente</li><li>Buurthuizen en wijkcentra</li><li>Scholen, vooral 's avonds en in het weekend</li><li>Kerken en andere gebedshuizen met een zaal</li><li>Kantines van sportclubs en bedrijven</li></ul><p>Vraag ook bij je gemeente. Daar weten ze vaak welke ruimtes leeg staan.</p>",
                ),
                ("heading", "Waar let je op?"),
                (
                    "paragraph",
                    "<p>Kijk naar de grootte en de akoestiek. Een koor houdt van wat galm, een band juist niet. Let ook op licht, verwarming en frisse lucht. Kun je spullen opslaan? Is er een piano, en wie laat die stemmen? Kunnen mensen met een beperking de ruimte in? En komen leden er makkelijk met de fiets, de bus of de auto?</p>",
                ),
                (
                    "steps",
                    [
                        "Schrijf op wat jullie nodig hebben en wat jullie kunnen betalen.",
                        "Bezoek twee of drie ruimtes op het tijdstip van jullie repetitie.",
                        "Houd een proefrepetitie.",
                        "Leg afspraken over huur, sleutels, schoonmaak en opzeggen op papier vast.",
                        "Check de verzekering, bij de verhuurder en bij jezelf.",
                    ],
                ),
                ("heading", "Hulp bij de huur"),
                (
                    "paragraph",
                    "<p>Sommige gemeenten helpen amateurgroepen met een lagere huur. Soms zijn er ruimtes van de gemeente die je voor weinig geld mag gebruiken. Vraag het na bij de afdeling cultuur of welzijn.</p>",
                ),
                (
                    "tip",
                    "Deel een ruimte met een andere groep. Dan zijn de kosten lager en leer je elkaar kennen.",
                ),
            ],
        },
        "en": {
            "slug": "finding-a-rehearsal-space",
            "title": "Finding a rehearsal space",
            "summary": "A good space is affordable, easy to reach and suits your group. Look beyond the well-known venues and make clear agreements.",
            "search_description": "Tips for finding an affordable, suitable rehearsal space for your choir, band or theatre group.",
            "body": [
                ("heading", "Where can you look?"),
                (
                    "paragraph",
                    "<ul><li>The culture house or music centre in your town</li><li>Community centres</li><li>Schools, especially in the evenings and at weekends</li><li>Churches and other places of worship with a hall</li><li>Canteens of sports clubs and companies</li></ul><p>Also ask your municipality. They often know which spaces are empty.</p>",
                ),
                ("heading", "What should you look out for?"),
                (
                    "paragraph",
                    "<p>Look at the size and the acoustics. A choir likes some reverb, a band does not. Also check lighting, heating and fresh air. Can you store equipment? Is there a piano, and who has it tuned? Is the space accessible for people with a disability? And can members get there easily by bike, bus or car?</p>",
                ),
                (
                    "steps",
                    [
                        "Write down what you need and what you can afford.",
                        "Visit two or three spaces at the time you usually rehearse.",
                        "Hold a trial rehearsal.",
                        "Put agreements on rent, keys, cleaning and notice in writing.",
                        "Check the insurance, both the landlord's and your own.",
                    ],
                ),
                ("heading", "Help with the rent"),
                (
                    "paragraph",
                    "<p>Some municipalities help amateur groups with lower rents. Sometimes there are municipal spaces you can use for little money. Ask the culture or community department.</p>",
                ),
                (
                    "tip",
                    "Share a space with another group. Your costs go down and you get to know each other.",
                ),
            ],
        },
        "de": {
            "slug": "proberaum-finden",
            "title": "Einen Proberaum finden",
            "summary": "Ein guter Raum ist bezahlbar, gut erreichbar und passt zu eurer Gruppe. Schaut über die bekannten Säle hinaus und trefft klare Absprachen.",
            "search_description": "Tipps, wie ihr einen bezahlbaren und passenden Proberaum für euren Chor, eure Band oder eure Theatergruppe findet.",
            "body": [
                ("heading", "Wo könnt ihr suchen?"),
                (
                    "paragraph",
                    "<ul><li>Das Kulturhaus oder Musikzentrum in eurer Gemeinde</li><li>Nachbarschafts- und Stadtteilzentren</li><li>Schulen, vor allem abends und am Wochenende</li><li>Kirchen und andere Gotteshäuser mit einem Saal</li><li>Vereinsheime von Sportvereinen und Kantinen von Firmen</li></ul><p>Fragt auch bei eurer Gemeinde nach. Dort weiß man oft, welche Räume leer stehen.</p>",
                ),
                ("heading", "Worauf achtet ihr?"),
                (
                    "paragraph",
                    "<p>Achtet auf Größe und Akustik. Ein Chor mag etwas Hall, eine Band eher nicht. Prüft auch Licht, Heizung und frische Luft. Könnt ihr Sachen lagern? Gibt es ein Klavier, und wer lässt es stimmen? Ist der Raum barrierefrei? Und kommen eure Mitglieder gut mit Rad, Bus oder Auto hin?</p>",
                ),
                (
                    "steps",
                    [
                        "Schreibt auf, was ihr braucht und was ihr bezahlen könnt.",
                        "Besucht zwei oder drei Räume zu eurer üblichen Probenzeit.",
                        "Macht eine Probeprobe.",
                        "Haltet Absprachen zu Miete, Schlüsseln, Reinigung und Kündigung schriftlich fest.",
                        "Prüft die Versicherung, beim Vermieter und bei euch selbst.",
                    ],
                ),
                ("heading", "Hilfe bei der Miete"),
                (
                    "paragraph",
                    "<p>Manche Gemeinden helfen Amateurgruppen mit einer günstigeren Miete. Manchmal gibt es Räume der Gemeinde, die ihr für wenig Geld nutzen könnt. Fragt bei der Abteilung für Kultur oder Soziales nach.</p>",
                ),
                (
                    "tip",
                    "Teilt euch einen Raum mit einer anderen Gruppe. Das spart Kosten, und ihr lernt euch kennen.",
                ),
            ],
        },
    },
    # 15 -----------------------------------------------------------------
    {
        "key": "geluid-en-buren",
        "themes": ["ruimte-en-repeteren"],
        "tags": ["geluid", "buren", "overlast", "gemeente"],
        "last_checked": "2026-10-05",
        "related": ["repetitieruimte-vinden"],
        "nl": {
            "slug": "geluid-en-buren",
            "title": "Geluid en de buren",
            "summary": "Repeteren maakt geluid. Goed contact met de buren en een paar slimme maatregelen voorkomen veel klachten.",
            "search_description": "Zo voorkom je geluidsoverlast en klachten van buren bij repetities en optredens.",
            "body": [
                ("heading", "Begin bij de buren"),
                (
                    "paragraph",
                    "<p>Veel klachten ontstaan doordat mensen elkaar niet kennen. Stel je dus voor aan de buren. Vertel wanneer jullie repeteren. Geef een telefoonnummer voor als er iets is. Nodig ze uit voor een open repetitie of een concert. Wie je kent, klaagt minder snel.</p>",
                ),
                ("heading", "Regels van de gemeente"),
                (
                    "paragraph",
                    "<p>Elke gemeente heeft eigen regels over geluid. Die staan vaak in de Algemene Plaatselijke Verordening (APV). Ook het omgevingsplan van de gemeente kan regels over geluid hebben. Speel je buiten? Dan heb je vaak een vergunning nodig, of moet je het melden. Vraag het op tijd na bij de gemeente.</p>",
                ),
                ("heading", "Minder geluid naar buiten"),
                (
                    "paragraph",
                    "<ul><li>Houd ramen en deuren dicht tijdens het spelen. Zorg wel voor goede ventilatie.</li><li>Zet drums en versterkers niet direct tegen een muur.</li><li>Gebruik dikke gordijnen, tapijt of panelen tegen galm.</li><li>Spreek een eindtijd af en houd je eraan.</li><li>Praat zacht als je buiten staat na de repetitie.</li></ul>",
                ),
                ("heading", "Er komt toch een klacht"),
                (
                    "paragraph",
                    "<p>Neem de klacht serieus en ga in gesprek. Vraag wanneer het geluid stoort. Zoek samen naar een oplossing, zoals een andere tijd of een kortere repetitie. Lukt dat niet? Dan kan buurtbemiddeling helpen. Veel gemeenten hebben dat.</p>",
                ),
                (
                    "tip",
                    "Denk ook aan je eigen oren. Gebruik oordoppen bij harde repetities. Dat geldt ook voor de dirigent.",
                ),
            ],
        },
        "en": {
            "slug": "noise-and-neighbours",
            "title": "Noise and the neighbours",
            "summary": "Rehearsing makes noise. Good contact with the neighbours and a few smart measures prevent many complaints.",
            "search_description": "How to prevent noise nuisance and complaints from neighbours during rehearsals and performances.",
            "body": [
                ("heading", "Start with the neighbours"),
                (
                    "paragraph",
                    "<p>Many complaints arise because people do not know each other. So introduce yourselves to the neighbours. Tell them when you rehearse. Give them a phone number in case of problems. Invite them to an open rehearsal or a concert. People who know you complain less quickly.</p>",
                ),
                ("heading", "Municipal rules"),
                (
                    "paragraph",
                    "<p>Every municipality has its own rules on noise. They are often in the local by-laws (APV). The municipality's environmental plan (omgevingsplan) may also contain noise rules. Playing outdoors? Then you often need a permit, or you have to notify the municipality. Ask them in good time.</p>",
                ),
                ("heading", "Less noise outside"),
                (
                    "paragraph",
                    "<ul><li>Keep windows and doors closed while playing. Do make sure there is good ventilation.</li><li>Do not place drums and amplifiers right against a wall.</li><li>Use heavy curtains, carpet or panels against reverb.</li><li>Agree on an end time and stick to it.</li><li>Keep your voices down when you are outside after rehearsal.</li></ul>",
                ),
                ("heading", "A complaint comes in anyway"),
                (
                    "paragraph",
                    "<p>Take the complaint seriously and talk to the person. Ask when the noise bothers them. Look for a solution together, such as a different time or a shorter rehearsal. Not working out? Neighbourhood mediation can help. Many municipalities offer it.</p>",
                ),
                (
                    "tip",
                    "Think of your own ears too. Use earplugs during loud rehearsals. That goes for the conductor as well.",
                ),
            ],
        },
        "de": {
            "slug": "laerm-und-nachbarn",
            "title": "Lautstärke und Nachbarn",
            "summary": "Proben macht Lärm. Guter Kontakt zu den Nachbarn und ein paar kluge Maßnahmen verhindern viele Beschwerden.",
            "search_description": "So vermeidet ihr Lärmbelästigung und Beschwerden von Nachbarn bei Proben und Auftritten.",
            "body": [
                ("heading", "Fangt bei den Nachbarn an"),
                (
                    "paragraph",
                    "<p>Viele Beschwerden entstehen, weil man sich nicht kennt. Stellt euch also den Nachbarn vor. Sagt ihnen, wann ihr probt. Gebt eine Telefonnummer für den Fall, dass etwas ist. Ladet sie zu einer offenen Probe oder einem Konzert ein. Wer euch kennt, beschwert sich nicht so schnell.</p>",
                ),
                ("heading", "Regeln der Gemeinde"),
                (
                    "paragraph",
                    "<p>Jede Gemeinde hat eigene Regeln zum Thema Lärm. Sie stehen oft in der örtlichen Verordnung (APV). Auch der Umgebungsplan der Gemeinde (omgevingsplan) kann Lärmregeln enthalten. Spielt ihr draußen? Dann braucht ihr oft eine Genehmigung, oder ihr müsst es anmelden. Fragt rechtzeitig bei der Gemeinde nach.</p>",
                ),
                ("heading", "Weniger Lärm nach draußen"),
                (
                    "paragraph",
                    "<ul><li>Haltet beim Spielen Fenster und Türen geschlossen. Sorgt aber für gute Lüftung.</li><li>Stellt Schlagzeug und Verstärker nicht direkt an eine Wand.</li><li>Nutzt dicke Vorhänge, Teppiche oder Platten gegen Hall.</li><li>Vereinbart eine Endzeit und haltet euch daran.</li><li>Sprecht leise, wenn ihr nach der Probe draußen steht.</li></ul>",
                ),
                ("heading", "Trotzdem kommt eine Beschwerde"),
                (
                    "paragraph",
                    "<p>Nehmt die Beschwerde ernst und sucht das Gespräch. Fragt, wann der Lärm stört. Sucht gemeinsam eine Lösung, zum Beispiel eine andere Uhrzeit oder eine kürzere Probe. Klappt das nicht? Dann kann eine Nachbarschaftsschlichtung helfen. Viele Gemeinden bieten das an.</p>",
                ),
                (
                    "tip",
                    "Denkt auch an eure eigenen Ohren. Tragt bei lauten Proben Gehörschutz. Das gilt auch für die Dirigentin oder den Dirigenten.",
                ),
            ],
        },
    },
    # 16 -----------------------------------------------------------------
    {
        "key": "aandacht-van-de-pers",
        "themes": ["publiciteit"],
        "tags": ["pers", "persbericht", "lokale media"],
        "last_checked": "2026-08-30",
        "related": ["sociale-media", "poster-en-beeldgebruik", "fotos-en-videos-van-leden"],
        "nl": {
            "slug": "aandacht-van-de-pers",
            "title": "Aandacht krijgen in de krant en op de radio",
            "summary": "Lokale media zoeken nieuws uit de buurt. Met een kort persbericht en een goede foto maak je veel kans.",
            "search_description": "Zo schrijf je een persbericht en krijg je als amateurgroep aandacht van lokale media.",
            "body": [
                ("heading", "Wat is nieuws?"),
                (
                    "paragraph",
                    "<p>Een gewoon concert is voor een krant niet altijd nieuws. Zoek daarom het verhaal. Viert je koor een jubileum? Speelt er een lid van 90 mee? Werk je samen met een school? Zulke verhalen willen journalisten graag brengen.</p>",
                ),
                ("heading", "Een goed persbericht"),
                (
                    "paragraph",
                    "<p>Een persbericht is kort: hooguit één A4. Zet het belangrijkste in de eerste zin. Wie, wat, waar en wanneer? Schrijf daarna een paar zinnen over het verhaal. Zet er een citaat van iemand uit de groep in. Sluit af met je naam en telefoonnummer. Stuur een goede, liggende foto mee.</p>",
                ),
                (
                    "steps",
                    [
                        "Maak een lijst van lokale kranten, huis-aan-huisbladen, omroepen en nieuwssites.",
                        "Zoek per medium de juiste redactie of journalist.",
                        "Stuur je persbericht twee tot drie weken van tevoren.",
                        "Bel een paar dagen later even na.",
                        "Zet je activiteit ook in de online uitagenda's.",
                        "Bedank de journalist als er een stuk verschijnt.",
                    ],
                ),
                ("heading", "Geen reactie?"),
                (
                    "paragraph",
                    "<p>Dat gebeurt vaak. Het ligt meestal niet aan jou. Redacties krijgen veel berichten en hebben weinig ruimte. Probeer het later opnieuw met een ander verhaal. Blijf ook zelf berichten plaatsen op je eigen kanalen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Stuur je zelf een foto mee? Dan gaat de krant ervan uit dat ze die mag gebruiken. Check dus vooraf of de fotograaf en de mensen op de foto het goed vinden.</p>",
                ),
                (
                    "tip",
                    "Lokale omroepen zoeken vaak gasten voor hun programma. Bied aan om live te komen zingen of spelen.",
                ),
            ],
        },
        "en": {
            "slug": "getting-press-coverage",
            "title": "Getting coverage in the paper and on the radio",
            "summary": "Local media look for news from the area. A short press release and a good photo give you a good chance.",
            "search_description": "How to write a press release and get local media coverage for your amateur group.",
            "body": [
                ("heading", "What is news?"),
                (
                    "paragraph",
                    "<p>An ordinary concert is not always news for a paper. So look for the story. Is your choir celebrating an anniversary? Is a 90-year-old member still taking part? Are you working with a school? Journalists like stories like these.</p>",
                ),
                ("heading", "A good press release"),
                (
                    "paragraph",
                    "<p>A press release is short: one A4 page at most. Put the most important point in the first sentence. Who, what, where and when? Then add a few sentences about the story. Include a quote from someone in the group. End with your name and phone number. Attach a good landscape photo.</p>",
                ),
                (
                    "steps",
                    [
                        "List the local papers, free weeklies, broadcasters and news sites.",
                        "Find the right editor or journalist for each outlet.",
                        "Send your press release two to three weeks in advance.",
                        "Follow up with a phone call a few days later.",
                        "Also add your event to online what's-on listings.",
                        "Thank the journalist when an article appears.",
                    ],
                ),
                ("heading", "No response?"),
                (
                    "paragraph",
                    "<p>That happens a lot. It is usually not your fault. Newsrooms receive many messages and have little space. Try again later with a different story. And keep posting on your own channels.</p>",
                ),
                (
                    "paragraph",
                    "<p>Sending a photo yourself? The paper will assume it may use it. So check beforehand that the photographer and the people in the photo agree.</p>",
                ),
                (
                    "tip",
                    "Local broadcasters often look for guests for their programmes. Offer to come and sing or play live.",
                ),
            ],
        },
        "de": {
            "slug": "aufmerksamkeit-der-presse",
            "title": "In die Zeitung und ins Radio kommen",
            "summary": "Lokale Medien suchen Nachrichten aus der Gegend. Mit einer kurzen Pressemitteilung und einem guten Foto habt ihr gute Chancen.",
            "search_description": "So schreibt ihr eine Pressemitteilung und bekommt als Amateurgruppe Aufmerksamkeit in lokalen Medien.",
            "body": [
                ("heading", "Was ist eine Nachricht?"),
                (
                    "paragraph",
                    "<p>Ein normales Konzert ist für eine Zeitung nicht immer eine Nachricht. Sucht deshalb die Geschichte. Feiert euer Chor ein Jubiläum? Singt ein Mitglied mit 90 Jahren noch mit? Arbeitet ihr mit einer Schule zusammen? Solche Geschichten bringen Journalisten gern.</p>",
                ),
                ("heading", "Eine gute Pressemitteilung"),
                (
                    "paragraph",
                    "<p>Eine Pressemitteilung ist kurz: höchstens eine A4-Seite. Schreibt das Wichtigste in den ersten Satz. Wer, was, wo und wann? Danach folgen ein paar Sätze zur Geschichte. Fügt ein Zitat von jemandem aus der Gruppe ein. Schließt mit eurem Namen und eurer Telefonnummer. Schickt ein gutes Foto im Querformat mit.</p>",
                ),
                (
                    "steps",
                    [
                        "Erstellt eine Liste mit Lokalzeitungen, Anzeigenblättern, Sendern und Nachrichtenseiten.",
                        "Sucht für jedes Medium die richtige Redaktion oder Person.",
                        "Verschickt die Pressemitteilung zwei bis drei Wochen vorher.",
                        "Ruft ein paar Tage später kurz an.",
                        "Tragt eure Veranstaltung auch in Online-Veranstaltungskalender ein.",
                        "Bedankt euch bei der Journalistin, wenn ein Artikel erscheint.",
                    ],
                ),
                ("heading", "Keine Reaktion?"),
                (
                    "paragraph",
                    "<p>Das passiert oft. Meistens liegt es nicht an euch. Redaktionen bekommen viele Meldungen und haben wenig Platz. Versucht es später mit einer anderen Geschichte. Und postet weiter auf euren eigenen Kanälen.</p>",
                ),
                (
                    "paragraph",
                    "<p>Schickt ihr selbst ein Foto mit? Dann geht die Zeitung davon aus, dass sie es nutzen darf. Klärt also vorher, ob die Fotografin und die Menschen auf dem Foto einverstanden sind.</p>",
                ),
                (
                    "tip",
                    "Lokale Sender suchen oft Gäste für ihre Sendungen. Bietet an, live zu singen oder zu spielen.",
                ),
            ],
        },
    },
    # 17 -----------------------------------------------------------------
    {
        "key": "sociale-media",
        "themes": ["publiciteit"],
        "tags": ["sociale media", "online", "publiek"],
        "last_checked": "2026-11-02",
        "related": ["fotos-en-videos-van-leden", "aandacht-van-de-pers", "leden-werven"],
        "nl": {
            "slug": "sociale-media",
            "title": "Sociale media voor je groep",
            "summary": "Via sociale media bereik je nieuw publiek en nieuwe leden. Kies een of twee kanalen en post regelmatig.",
            "search_description": "Tips voor Instagram, Facebook en andere sociale media voor koren, bands, toneelclubs en dansgroepen.",
            "body": [
                ("heading", "Kies je kanalen"),
                (
                    "paragraph",
                    "<p>Je hoeft niet overal te zijn. Kies de kanalen waar jouw publiek zit. Oudere leden en bezoekers vind je vaak op Facebook. Jongeren zitten eerder op Instagram of TikTok. Een nieuwsbrief per mail werkt ook nog steeds goed.</p>",
                ),
                ("heading", "Wat post je?"),
                (
                    "paragraph",
                    "<ul><li>Korte filmpjes van repetities</li><li>Een kijkje achter de schermen, zoals het bouwen van het decor</li><li>Een lid in de spotlight, met één korte vraag</li><li>Aankondigingen van optredens, met een link naar de kaartverkoop</li><li>Een bedankje aan publiek, sponsors en vrijwilligers</li></ul>",
                ),
                ("heading", "Let op de rechten"),
                (
                    "paragraph",
                    "<p>Vraag toestemming voor foto's en video's van leden. Pas ook op met muziek in je video's. Een opname van je eigen optreden bevat vaak muziek van anderen. Platforms hebben soms afspraken met muziekrechtenorganisaties, maar niet voor alles. Gebruik bij twijfel muziek uit de bibliotheek van het platform zelf.</p>",
                ),
                (
                    "steps",
                    [
                        "Kies één of twee kanalen.",
                        "Spreek af wie de accounts beheert. Zorg dat minstens twee mensen kunnen inloggen.",
                        "Maak een simpele planning, bijvoorbeeld één bericht per week.",
                        "Reageer op vragen en berichten.",
                        "Kijk elke paar maanden wat goed werkt, en pas je aanpak aan.",
                    ],
                ),
                (
                    "tip",
                    "Zet je accounts op naam van de club, niet van één lid. Bewaar de inloggegevens op een veilige plek.",
                ),
            ],
        },
        "en": {
            "slug": "social-media",
            "title": "Social media for your group",
            "summary": "Social media help you reach new audiences and new members. Choose one or two channels and post regularly.",
            "search_description": "Tips on Instagram, Facebook and other social media for choirs, bands, drama clubs and dance groups.",
            "body": [
                ("heading", "Choose your channels"),
                (
                    "paragraph",
                    "<p>You do not need to be everywhere. Choose the channels where your audience is. Older members and visitors are often on Facebook. Young people are more likely to use Instagram or TikTok. An email newsletter still works well too.</p>",
                ),
                ("heading", "What do you post?"),
                (
                    "paragraph",
                    "<ul><li>Short clips from rehearsals</li><li>A look behind the scenes, such as building the set</li><li>A member in the spotlight, with one short question</li><li>Announcements of performances, with a link to ticket sales</li><li>A thank-you to the audience, sponsors and volunteers</li></ul>",
                ),
                ("heading", "Mind the rights"),
                (
                    "paragraph",
                    "<p>Ask for consent for photos and videos of members. Be careful with music in your videos too. A recording of your own performance often contains other people's music. Platforms sometimes have deals with music rights organisations, but not for everything. When in doubt, use music from the platform's own library.</p>",
                ),
                (
                    "steps",
                    [
                        "Choose one or two channels.",
                        "Agree who manages the accounts. Make sure at least two people can log in.",
                        "Make a simple schedule, for example one post a week.",
                        "Respond to questions and messages.",
                        "Every few months, look at what works well and adjust your approach.",
                    ],
                ),
                (
                    "tip",
                    "Register your accounts in the club's name, not one member's. Keep the login details somewhere safe.",
                ),
            ],
        },
        "de": {
            "slug": "soziale-medien",
            "title": "Soziale Medien für eure Gruppe",
            "summary": "Über soziale Medien erreicht ihr neues Publikum und neue Mitglieder. Wählt ein oder zwei Kanäle und postet regelmäßig.",
            "search_description": "Tipps zu Instagram, Facebook und anderen sozialen Medien für Chöre, Bands, Theater- und Tanzgruppen.",
            "body": [
                ("heading", "Wählt eure Kanäle"),
                (
                    "paragraph",
                    "<p>Ihr müsst nicht überall sein. Wählt die Kanäle, auf denen euer Publikum ist. Ältere Mitglieder und Besucher findet ihr oft auf Facebook. Jüngere sind eher auf Instagram oder TikTok. Ein Newsletter per Mail funktioniert auch immer noch gut.</p>",
                ),
                ("heading", "Was postet ihr?"),
                (
                    "paragraph",
                    "<ul><li>Kurze Videos von Proben</li><li>Ein Blick hinter die Kulissen, zum Beispiel beim Bau des Bühnenbilds</li><li>Ein Mitglied im Rampenlicht, mit einer kurzen Frage</li><li>Ankündigungen von Auftritten, mit einem Link zum Kartenverkauf</li><li>Ein Dankeschön an Publikum, Sponsoren und Ehrenamtliche</li></ul>",
                ),
                ("heading", "Achtet auf die Rechte"),
                (
                    "paragraph",
                    "<p>Fragt um Erlaubnis für Fotos und Videos von Mitgliedern. Seid auch mit Musik in euren Videos vorsichtig. Eine Aufnahme eures Auftritts enthält oft Musik von anderen. Plattformen haben manchmal Verträge mit Verwertungsgesellschaften, aber nicht für alles. Nutzt im Zweifel Musik aus der Bibliothek der Plattform selbst.</p>",
                ),
                (
                    "steps",
                    [
                        "Wählt ein oder zwei Kanäle.",
                        "Legt fest, wer die Konten betreut. Sorgt dafür, dass sich mindestens zwei Personen einloggen können.",
                        "Macht einen einfachen Plan, zum Beispiel ein Beitrag pro Woche.",
                        "Antwortet auf Fragen und Nachrichten.",
                        "Schaut alle paar Monate, was gut ankommt, und passt euer Vorgehen an.",
                    ],
                ),
                (
                    "tip",
                    "Legt eure Konten auf den Namen der Gruppe an, nicht auf ein einzelnes Mitglied. Bewahrt die Zugangsdaten sicher auf.",
                ),
            ],
        },
    },
    # 18 -----------------------------------------------------------------
    {
        "key": "poster-en-beeldgebruik",
        "themes": ["publiciteit", "auteursrecht-en-muziekrechten"],
        "tags": ["poster", "afbeeldingen", "creative commons", "auteursrecht"],
        "last_checked": "2026-09-28",
        "related": [
            "fotos-en-videos-van-leden",
            "bladmuziek-kopieren-en-arrangeren",
            "aandacht-van-de-pers",
        ],
        "nl": {
            "slug": "poster-en-beeldgebruik",
            "title": "Een poster maken en beelden goed gebruiken",
            "summary": "Een afbeelding van internet mag je niet zomaar gebruiken. Kies eigen foto's, gekochte beelden of beelden met een Creative Commons-licentie.",
            "search_description": "Welke afbeeldingen mag je gebruiken op een poster of flyer? Over auteursrecht en Creative Commons.",
            "body": [
                ("heading", "Niet alles op internet is vrij"),
                (
                    "paragraph",
                    "<p>Bijna elke foto of tekening heeft een maker. Die maker heeft het auteursrecht. Zonder toestemming mag je het beeld niet gebruiken. Ook niet op een poster voor een gratis concert. Een claim kan veel geld kosten.</p>",
                ),
                ("heading", "Creative Commons"),
                (
                    "paragraph",
                    '<p>Sommige makers geven hun werk vrij met een <a href="https://creativecommons.org/">Creative Commons</a>-licentie (CC). Je mag het werk dan gebruiken onder voorwaarden. De letters zeggen welke:</p><ul><li><strong>BY</strong>: noem de naam van de maker.</li><li><strong>NC</strong>: alleen voor niet-commercieel gebruik.</li><li><strong>ND</strong>: je mag het werk niet bewerken.</li><li><strong>SA</strong>: deel je bewerking onder dezelfde licentie.</li><li><strong>CC0</strong>: vrij te gebruiken, zonder voorwaarden.</li></ul><p>Verkoop je kaartjes? Dan is NC soms lastig. Kies bij twijfel een beeld zonder NC.</p>',
                ),
                ("heading", "Zo maak je een goede poster"),
                (
                    "steps",
                    [
                        "Zet de belangrijkste informatie groot: wat, wanneer en waar.",
                        "Gebruik één sterk beeld, liefst een eigen foto.",
                        "Gebruik je een CC-beeld? Zet de naam van de maker en de licentie erbij.",
                        "Vraag toestemming voor logo's van sponsors en partners.",
                        "Laat iemand anders de tekst controleren op fouten.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Mag ik het logo van de gemeente of een fonds gebruiken?",
                            "answer": "<p>Alleen als zij dat goed vinden. Fondsen vragen vaak juist om hun logo te tonen. Ze hebben daar meestal eigen regels voor. Vraag het logo op bij het fonds zelf.</p>",
                        },
                        {
                            "question": "Wat als we toch een claim krijgen?",
                            "answer": "<p>Haal het beeld meteen weg. Vraag om bewijs dat de afzender de rechten heeft. Twijfel je? Vraag dan advies aan een jurist of aan jullie landelijke bond.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Creative Commons", "url": "https://creativecommons.org/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "posters-and-image-rights",
            "title": "Making a poster and using images the right way",
            "summary": "You cannot just use an image from the internet. Choose your own photos, bought images or images with a Creative Commons licence.",
            "search_description": "Which images may you use on a poster or flyer? About copyright and Creative Commons.",
            "body": [
                ("heading", "Not everything online is free"),
                (
                    "paragraph",
                    "<p>Almost every photo or drawing has a maker. That maker holds the copyright. Without permission, you may not use the image. Not even on a poster for a free concert. A claim can cost a lot of money.</p>",
                ),
                ("heading", "Creative Commons"),
                (
                    "paragraph",
                    '<p>Some makers release their work under a <a href="https://creativecommons.org/">Creative Commons</a> licence (CC). You may then use the work on certain conditions. The letters tell you which:</p><ul><li><strong>BY</strong>: credit the maker.</li><li><strong>NC</strong>: non-commercial use only.</li><li><strong>ND</strong>: you may not adapt the work.</li><li><strong>SA</strong>: share your adaptation under the same licence.</li><li><strong>CC0</strong>: free to use, without conditions.</li></ul><p>Selling tickets? Then NC can be tricky. When in doubt, choose an image without NC.</p>',
                ),
                ("heading", "How to make a good poster"),
                (
                    "steps",
                    [
                        "Make the key information big: what, when and where.",
                        "Use one strong image, preferably your own photo.",
                        "Using a CC image? Add the maker's name and the licence.",
                        "Ask permission for logos of sponsors and partners.",
                        "Have someone else check the text for mistakes.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "May I use the logo of the municipality or a fund?",
                            "answer": "<p>Only if they agree. Funds often actually ask you to show their logo. They usually have their own rules for this. Request the logo from the fund itself.</p>",
                        },
                        {
                            "question": "What if we receive a claim anyway?",
                            "answer": "<p>Remove the image immediately. Ask for proof that the sender holds the rights. Not sure? Get advice from a lawyer or from your national umbrella organisation.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Creative Commons", "url": "https://creativecommons.org/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "plakat-und-bildrechte",
            "title": "Ein Plakat gestalten und Bilder richtig nutzen",
            "summary": "Ein Bild aus dem Internet dürft ihr nicht einfach verwenden. Nehmt eigene Fotos, gekaufte Bilder oder Bilder mit einer Creative-Commons-Lizenz.",
            "search_description": "Welche Bilder dürft ihr auf einem Plakat oder Flyer verwenden? Über Urheberrecht und Creative Commons.",
            "body": [
                ("heading", "Nicht alles im Internet ist frei"),
                (
                    "paragraph",
                    "<p>Fast jedes Foto und jede Zeichnung hat einen Urheber. Dieser hat das Urheberrecht. Ohne Erlaubnis dürft ihr das Bild nicht verwenden. Auch nicht auf einem Plakat für ein kostenloses Konzert. Eine Forderung kann viel Geld kosten.</p>",
                ),
                ("heading", "Creative Commons"),
                (
                    "paragraph",
                    '<p>Manche Urheber geben ihr Werk mit einer <a href="https://creativecommons.org/">Creative-Commons</a>-Lizenz (CC) frei. Dann dürft ihr es unter bestimmten Bedingungen nutzen. Die Buchstaben sagen, welche:</p><ul><li><strong>BY</strong>: Nennt den Namen des Urhebers.</li><li><strong>NC</strong>: nur für nicht-kommerzielle Nutzung.</li><li><strong>ND</strong>: Ihr dürft das Werk nicht bearbeiten.</li><li><strong>SA</strong>: Teilt eure Bearbeitung unter derselben Lizenz.</li><li><strong>CC0</strong>: frei nutzbar, ohne Bedingungen.</li></ul><p>Verkauft ihr Eintrittskarten? Dann kann NC schwierig sein. Wählt im Zweifel ein Bild ohne NC.</p>',
                ),
                ("heading", "So gestaltet ihr ein gutes Plakat"),
                (
                    "steps",
                    [
                        "Schreibt das Wichtigste groß: was, wann und wo.",
                        "Nutzt ein starkes Bild, am besten ein eigenes Foto.",
                        "Nutzt ihr ein CC-Bild? Nennt den Urheber und die Lizenz.",
                        "Fragt um Erlaubnis für Logos von Sponsoren und Partnern.",
                        "Lasst jemand anderen den Text auf Fehler prüfen.",
                    ],
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Darf ich das Logo der Gemeinde oder eines Fonds verwenden?",
                            "answer": "<p>Nur wenn sie einverstanden sind. Fonds bitten oft sogar darum, ihr Logo zu zeigen. Dafür haben sie meistens eigene Regeln. Fordert das Logo beim Fonds selbst an.</p>",
                        },
                        {
                            "question": "Was, wenn wir trotzdem eine Forderung bekommen?",
                            "answer": "<p>Nehmt das Bild sofort herunter. Verlangt einen Nachweis, dass der Absender die Rechte hat. Unsicher? Holt euch Rat bei einer Juristin oder bei eurem Landesverband.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "Creative Commons", "url": "https://creativecommons.org/"},
                    ],
                ),
            ],
        },
    },
    # 19 -----------------------------------------------------------------
    {
        "key": "samenwerken-met-een-school",
        "themes": ["samenwerken", "talentontwikkeling"],
        "tags": ["school", "cultuureducatie", "jeugd", "samenwerking"],
        "last_checked": "2026-10-15",
        "related": ["vog-voor-vrijwilligers", "jong-talent-begeleiden", "leden-werven"],
        "nl": {
            "slug": "samenwerken-met-een-school",
            "title": "Samenwerken met een school",
            "summary": "Met een project op een school maken kinderen kennis met jullie kunstvorm. Zo vind je misschien ook nieuwe jonge leden.",
            "search_description": "Tips voor koren, orkesten, theater- en dansgroepen die een project willen doen met een basisschool of middelbare school.",
            "body": [
                ("heading", "Wat kun je doen?"),
                (
                    "paragraph",
                    "<ul><li>Een workshop of een paar lessen in de klas</li><li>Een schoolvoorstelling of een open repetitie</li><li>Samen een concert of musical maken</li><li>Een activiteit na schooltijd, zoals een kinderkoor</li></ul>",
                ),
                ("heading", "Begin bij de juiste persoon"),
                (
                    "paragraph",
                    "<p>Veel scholen hebben een cultuurcoördinator. Dat is een leerkracht die cultuur op school regelt. Begin bij die persoon. Scholen plannen vaak een jaar vooruit. Neem dus op tijd contact op. Bijvoorbeeld in het voorjaar, voor het volgende schooljaar.</p>",
                ),
                ("heading", "Goede afspraken"),
                (
                    "paragraph",
                    "<p>Een school is een drukke plek. Spreek dus goed af wat je doet en wie wat regelt. Wie staan er in de klas? Wat kost het, en wie betaalt? Werken jullie vrijwilligers met de kinderen? Dan vraagt de school vaak om een VOG. Vraag ook hoe de school omgaat met foto's van leerlingen.</p>",
                ),
                (
                    "steps",
                    [
                        "Bedenk wat jullie de school kunnen bieden.",
                        "Neem contact op met de cultuurcoördinator.",
                        "Maak samen een plan met doelen, data en taken.",
                        "Regel een VOG voor alle begeleiders.",
                        "Sluit af met iets zichtbaars, zoals een optreden voor ouders.",
                        "Kijk samen terug en bespreek of je volgend jaar verder wilt.",
                    ],
                ),
                (
                    "tip",
                    "Deel flyers uit bij het slotoptreden. Dan weten ouders waar hun kind verder kan zingen, spelen of dansen.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Betaalt de school ons?",
                            "answer": '<p>Dat kan. Scholen hebben vaak een budget voor cultuur. Soms is er ook een lokaal of regionaal programma voor cultuureducatie. Vraag je gemeente of het provinciale steunpunt voor cultuur welke regelingen er zijn. Het <a href="https://www.lkca.nl/">LKCA</a> heeft ook informatie over cultuuronderwijs.</p>',
                        },
                        {
                            "question": "Moeten onze mensen een lesbevoegdheid hebben?",
                            "answer": "<p>Nee, niet voor een gastles of project. De leerkracht blijft meestal verantwoordelijk voor de klas. Jullie zijn de gastdocenten.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "working-with-a-school",
            "title": "Working with a school",
            "summary": "A project at a school lets children get to know your art form. You may also find new young members this way.",
            "search_description": "Tips for choirs, orchestras, theatre and dance groups who want to run a project with a primary or secondary school.",
            "body": [
                ("heading", "What can you do?"),
                (
                    "paragraph",
                    "<ul><li>A workshop or a few lessons in the classroom</li><li>A school performance or an open rehearsal</li><li>Create a concert or musical together</li><li>An after-school activity, such as a children's choir</li></ul>",
                ),
                ("heading", "Start with the right person"),
                (
                    "paragraph",
                    "<p>Many schools have a culture coordinator. This is a teacher who organises cultural activities at the school. Start with that person. Schools often plan a year ahead. So get in touch in good time. For example in spring, for the next school year.</p>",
                ),
                ("heading", "Clear agreements"),
                (
                    "paragraph",
                    "<p>A school is a busy place. So agree clearly on what you will do and who arranges what. Who will be in the classroom? What does it cost, and who pays? Will your volunteers work with the children? Then the school will often ask for a VOG (certificate of conduct). Also ask how the school handles photos of pupils.</p>",
                ),
                (
                    "steps",
                    [
                        "Think about what you can offer the school.",
                        "Contact the culture coordinator.",
                        "Make a plan together with goals, dates and tasks.",
                        "Arrange a VOG for everyone who supervises children.",
                        "End with something visible, such as a performance for parents.",
                        "Look back together and discuss whether to continue next year.",
                    ],
                ),
                (
                    "tip",
                    "Hand out flyers at the final performance. Parents will then know where their child can go on singing, playing or dancing.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Will the school pay us?",
                            "answer": '<p>It might. Schools often have a budget for culture. Sometimes there is also a local or regional cultural education programme. Ask your municipality or provincial support office for culture which schemes exist. The <a href="https://www.lkca.nl/">LKCA</a> also has information on arts education.</p>',
                        },
                        {
                            "question": "Do our people need a teaching qualification?",
                            "answer": "<p>No, not for a guest lesson or project. The class teacher usually remains responsible for the class. You are the guest teachers.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "zusammenarbeit-mit-einer-schule",
            "title": "Zusammenarbeit mit einer Schule",
            "summary": "Mit einem Schulprojekt lernen Kinder eure Kunstform kennen. Vielleicht findet ihr so auch neue junge Mitglieder.",
            "search_description": "Tipps für Chöre, Orchester, Theater- und Tanzgruppen, die ein Projekt mit einer Grund- oder weiterführenden Schule planen.",
            "body": [
                ("heading", "Was könnt ihr machen?"),
                (
                    "paragraph",
                    "<ul><li>Einen Workshop oder ein paar Stunden im Unterricht</li><li>Eine Schulvorstellung oder eine offene Probe</li><li>Gemeinsam ein Konzert oder Musical erarbeiten</li><li>Ein Angebot nach der Schule, zum Beispiel einen Kinderchor</li></ul>",
                ),
                ("heading", "Fangt bei der richtigen Person an"),
                (
                    "paragraph",
                    "<p>Viele Schulen haben eine Kulturbeauftragte oder einen Kulturbeauftragten. Das ist eine Lehrkraft, die sich um Kultur an der Schule kümmert. Wendet euch zuerst an diese Person. Schulen planen oft ein Jahr im Voraus. Nehmt also rechtzeitig Kontakt auf. Zum Beispiel im Frühjahr für das nächste Schuljahr.</p>",
                ),
                ("heading", "Klare Absprachen"),
                (
                    "paragraph",
                    "<p>Eine Schule ist ein lebhafter Ort. Sprecht also genau ab, was ihr macht und wer was regelt. Wer steht in der Klasse? Was kostet es, und wer zahlt? Arbeiten eure Ehrenamtlichen mit den Kindern? Dann verlangt die Schule oft eine VOG (Führungszeugnis). Fragt auch, wie die Schule mit Fotos von Kindern umgeht.</p>",
                ),
                (
                    "steps",
                    [
                        "Überlegt, was ihr der Schule bieten könnt.",
                        "Nehmt Kontakt mit der oder dem Kulturbeauftragten auf.",
                        "Macht gemeinsam einen Plan mit Zielen, Terminen und Aufgaben.",
                        "Sorgt für eine VOG für alle Betreuenden.",
                        "Schließt mit etwas Sichtbarem ab, zum Beispiel einem Auftritt für die Eltern.",
                        "Schaut gemeinsam zurück und besprecht, ob ihr nächstes Jahr weitermacht.",
                    ],
                ),
                (
                    "tip",
                    "Verteilt beim Abschlussauftritt Flyer. Dann wissen die Eltern, wo ihr Kind weiter singen, spielen oder tanzen kann.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Bezahlt uns die Schule?",
                            "answer": '<p>Das kann sein. Schulen haben oft ein Budget für Kultur. Manchmal gibt es auch ein lokales oder regionales Programm für kulturelle Bildung. Fragt eure Gemeinde oder die Kulturberatungsstelle eurer Provinz nach passenden Angeboten. Auch das <a href="https://www.lkca.nl/">LKCA</a> informiert über kulturelle Bildung.</p>',
                        },
                        {
                            "question": "Brauchen unsere Leute eine Lehrbefähigung?",
                            "answer": "<p>Nein, nicht für eine Gaststunde oder ein Projekt. Die Lehrkraft bleibt meistens für die Klasse verantwortlich. Ihr seid die Gastdozenten.</p>",
                        },
                    ],
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
    },
    # 20 -----------------------------------------------------------------
    {
        "key": "samen-optreden-met-andere-groep",
        "themes": ["samenwerken"],
        "tags": ["samenwerking", "concert", "afspraken"],
        "last_checked": "2026-10-28",
        "related": ["muziek-spelen-buma-sena", "verzekeringen-voor-je-groep", "begroting-maken"],
        "nl": {
            "slug": "samen-optreden-met-andere-groep",
            "title": "Samen optreden met een andere groep",
            "summary": "Een gezamenlijk concert of een gezamenlijke voorstelling trekt meer publiek en is leuk voor je leden. Maak vooraf heldere afspraken over geld, taken en leiding.",
            "search_description": "Tips voor een gezamenlijk concert of een voorstelling met een andere amateurgroep.",
            "body": [
                ("heading", "Waarom samenwerken?"),
                (
                    "paragraph",
                    "<p>Samen kun je meer. Een koor en een orkest kunnen samen een groot werk uitvoeren. Een toneelclub en een band maken samen een musical. Je deelt de kosten en het werk. En je bereikt ook het publiek van de andere groep.</p>",
                ),
                ("heading", "Maak afspraken op papier"),
                (
                    "paragraph",
                    "<p>Samenwerken gaat soms mis op kleine dingen. Schrijf daarom vooraf op wat je afspreekt. Het hoeft geen contract te zijn. Een mail die beide besturen goedkeuren is vaak genoeg.</p><ul><li>Wie heeft de artistieke leiding?</li><li>Wie regelt de zaal, de techniek en de kaartverkoop?</li><li>Hoe verdelen jullie de kosten, de inkomsten en een eventueel tekort?</li><li>Wie regelt de muziekrechten en de verzekering?</li><li>Hoe staan jullie allebei op de poster?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Kies samen een project en een datum.",
                        "Maak één gezamenlijke begroting.",
                        "Kies per groep één contactpersoon.",
                        "Plan minstens twee gezamenlijke repetities.",
                        "Maak de publiciteit samen.",
                        "Kijk na afloop samen met beide besturen terug.",
                    ],
                ),
                (
                    "tip",
                    "Vraag samen subsidie aan. Fondsen zien samenwerking vaak als een pluspunt.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Wie regelt de licentie bij Buma/Stemra?",
                            "answer": "<p>Spreek af wie de organisator is. Vaak is dat de groep die de zaal huurt en de kaartjes verkoopt. Die groep regelt dan ook de licentie.</p>",
                        },
                        {
                            "question": "Hoe voorkomen we ruzie over geld?",
                            "answer": "<p>Spreek vooraf af hoe je winst en verlies verdeelt. Bijvoorbeeld naar het aantal spelers per groep. Houd één gezamenlijk overzicht bij dat iedereen kan inzien.</p>",
                        },
                    ],
                ),
            ],
        },
        "en": {
            "slug": "performing-with-another-group",
            "title": "Performing together with another group",
            "summary": "A joint concert or show draws a bigger audience and is fun for your members. Agree clearly in advance on money, tasks and leadership.",
            "search_description": "Tips for a joint concert or show with another amateur group.",
            "body": [
                ("heading", "Why work together?"),
                (
                    "paragraph",
                    "<p>Together you can do more. A choir and an orchestra can perform a large work together. A drama club and a band can create a musical. You share the costs and the work. And you also reach the other group's audience.</p>",
                ),
                ("heading", "Put agreements in writing"),
                (
                    "paragraph",
                    "<p>Collaborations sometimes go wrong over small things. So write down what you agree beforehand. It does not have to be a contract. An email approved by both boards is often enough.</p><ul><li>Who has artistic leadership?</li><li>Who arranges the venue, the technical side and ticket sales?</li><li>How do you share costs, income and any shortfall?</li><li>Who arranges music rights and insurance?</li><li>How do both groups appear on the poster?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Choose a project and a date together.",
                        "Make one joint budget.",
                        "Choose one contact person per group.",
                        "Plan at least two joint rehearsals.",
                        "Do the publicity together.",
                        "Afterwards, look back together with both boards.",
                    ],
                ),
                ("tip", "Apply for funding together. Funds often see cooperation as a plus."),
                (
                    "faq",
                    [
                        {
                            "question": "Who arranges the Buma/Stemra licence?",
                            "answer": "<p>Agree on who the organiser is. That is often the group that hires the venue and sells the tickets. That group then also arranges the licence.</p>",
                        },
                        {
                            "question": "How do we avoid arguments about money?",
                            "answer": "<p>Agree beforehand how to share profit and loss. For example, by the number of performers per group. Keep one shared overview that everyone can see.</p>",
                        },
                    ],
                ),
            ],
        },
        "de": {
            "slug": "gemeinsam-auftreten",
            "title": "Gemeinsam mit einer anderen Gruppe auftreten",
            "summary": "Ein gemeinsames Konzert oder eine gemeinsame Aufführung zieht mehr Publikum an und macht euren Mitgliedern Spaß. Trefft vorher klare Absprachen über Geld, Aufgaben und Leitung.",
            "search_description": "Tipps für ein gemeinsames Konzert oder eine Aufführung mit einer anderen Amateurgruppe.",
            "body": [
                ("heading", "Warum zusammenarbeiten?"),
                (
                    "paragraph",
                    "<p>Zusammen schafft ihr mehr. Ein Chor und ein Orchester können gemeinsam ein großes Werk aufführen. Eine Theatergruppe und eine Band machen zusammen ein Musical. Ihr teilt Kosten und Arbeit. Und ihr erreicht auch das Publikum der anderen Gruppe.</p>",
                ),
                ("heading", "Haltet Absprachen schriftlich fest"),
                (
                    "paragraph",
                    "<p>Zusammenarbeit scheitert manchmal an Kleinigkeiten. Schreibt deshalb vorher auf, was ihr vereinbart. Es muss kein Vertrag sein. Oft reicht eine Mail, der beide Vorstände zustimmen.</p><ul><li>Wer hat die künstlerische Leitung?</li><li>Wer kümmert sich um Saal, Technik und Kartenverkauf?</li><li>Wie teilt ihr Kosten, Einnahmen und ein mögliches Defizit?</li><li>Wer regelt Musikrechte und Versicherung?</li><li>Wie erscheinen beide Gruppen auf dem Plakat?</li></ul>",
                ),
                (
                    "steps",
                    [
                        "Wählt gemeinsam ein Projekt und einen Termin.",
                        "Erstellt ein gemeinsames Budget.",
                        "Bestimmt pro Gruppe eine Ansprechperson.",
                        "Plant mindestens zwei gemeinsame Proben.",
                        "Macht die Werbung zusammen.",
                        "Schaut danach mit beiden Vorständen gemeinsam zurück.",
                    ],
                ),
                (
                    "tip",
                    "Beantragt die Förderung gemeinsam. Fonds sehen Zusammenarbeit oft als Pluspunkt.",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Wer kümmert sich um die Lizenz bei Buma/Stemra?",
                            "answer": "<p>Legt fest, wer der Veranstalter ist. Oft ist das die Gruppe, die den Saal mietet und die Karten verkauft. Diese Gruppe regelt dann auch die Lizenz.</p>",
                        },
                        {
                            "question": "Wie vermeiden wir Streit ums Geld?",
                            "answer": "<p>Legt vorher fest, wie ihr Gewinn und Verlust aufteilt. Zum Beispiel nach der Zahl der Mitwirkenden pro Gruppe. Führt eine gemeinsame Übersicht, die alle einsehen können.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # 21 -----------------------------------------------------------------
    {
        "key": "jong-talent-begeleiden",
        "themes": ["talentontwikkeling"],
        "tags": ["talent", "jongeren", "coaching"],
        "last_checked": "2026-11-10",
        "related": ["samenwerken-met-een-school", "vog-voor-vrijwilligers", "leden-werven"],
        "nl": {
            "slug": "jong-talent-begeleiden",
            "title": "Jong talent begeleiden",
            "summary": "Jonge leden brengen energie en nieuwe ideeën. Geef ze ruimte, een coach en kansen om te groeien.",
            "search_description": "Zo begeleid je jong talent in je koor, orkest, band, theatergroep of dansgroep.",
            "body": [
                ("heading", "Geef ruimte"),
                (
                    "paragraph",
                    "<p>Jongeren blijven als ze zich thuis voelen. Geef ze dus echte verantwoordelijkheid. Laat ze een solo zingen, een scène regisseren of de sociale media doen. Vraag ook hun mening over het repertoire. Zo voelen ze dat de groep ook van hen is.</p>",
                ),
                ("heading", "Een coach of mentor"),
                (
                    "paragraph",
                    "<p>Koppel een jong lid aan een ervaren lid. Die mentor helpt met de muziek of het spel. Maar ook met praktische dingen, zoals de afspraken in de groep. Spreek samen een paar doelen af. Bespreek na een paar maanden hoe het gaat.</p>",
                ),
                (
                    "paragraph",
                    "<p>Is het jonge lid minderjarig? Vraag dan een VOG voor de mentor. Spreek af dat jullie in een open ruimte werken. En houd de ouders op de hoogte.</p>",
                ),
                ("heading", "Verder groeien"),
                (
                    "paragraph",
                    '<p>Heeft iemand veel talent? Wijs dan de weg naar meer lessen. Denk aan een muziekschool, een eigen docent of een talentprogramma in de regio. Het provinciale steunpunt voor cultuur en het <a href="https://www.lkca.nl/">LKCA</a> hebben informatie over talentontwikkeling. Een talent dat doorgaat naar een vakopleiding is ook een succes voor jullie.</p>',
                ),
                (
                    "steps",
                    [
                        "Vraag jonge leden wat ze willen leren.",
                        "Koppel ze aan een mentor.",
                        "Geef ze een eigen taak of rol.",
                        "Plan een moment waarop ze laten zien wat ze kunnen.",
                        "Vier successen, groot en klein.",
                    ],
                ),
                (
                    "tip",
                    "Sommige fondsen steunen projecten voor jongeren of talentontwikkeling. Vraag het provinciale steunpunt welke fondsen bij jullie plan passen.",
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "en": {
            "slug": "coaching-young-talent",
            "title": "Coaching young talent",
            "summary": "Young members bring energy and new ideas. Give them room, a coach and chances to grow.",
            "search_description": "How to support young talent in your choir, orchestra, band, theatre group or dance group.",
            "body": [
                ("heading", "Give them room"),
                (
                    "paragraph",
                    "<p>Young people stay when they feel at home. So give them real responsibility. Let them sing a solo, direct a scene or run the social media. Ask for their views on the repertoire too. That way they feel the group belongs to them as well.</p>",
                ),
                ("heading", "A coach or mentor"),
                (
                    "paragraph",
                    "<p>Pair a young member with an experienced one. The mentor helps with the music or the acting. But also with practical things, such as the agreements within the group. Set a few goals together. After a few months, discuss how it is going.</p>",
                ),
                (
                    "paragraph",
                    "<p>Is the young member under 18? Then ask for a VOG for the mentor. Agree to work in an open space. And keep the parents informed.</p>",
                ),
                ("heading", "Growing further"),
                (
                    "paragraph",
                    '<p>Does someone have a lot of talent? Then point them towards further lessons. Think of a music school, a private teacher or a regional talent programme. Your provincial support office for culture and the <a href="https://www.lkca.nl/">LKCA</a> have information on talent development. A talent who moves on to professional training is a success for you too.</p>',
                ),
                (
                    "steps",
                    [
                        "Ask young members what they want to learn.",
                        "Pair them with a mentor.",
                        "Give them their own task or role.",
                        "Plan a moment for them to show what they can do.",
                        "Celebrate successes, big and small.",
                    ],
                ),
                (
                    "tip",
                    "Some funds support projects for young people or talent development. Ask your provincial support office which funds suit your plan.",
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
        "de": {
            "slug": "junge-talente-foerdern",
            "title": "Junge Talente begleiten",
            "summary": "Junge Mitglieder bringen Energie und neue Ideen. Gebt ihnen Raum, einen Coach und Chancen zu wachsen.",
            "search_description": "So begleitet ihr junge Talente in eurem Chor, Orchester, eurer Band, Theater- oder Tanzgruppe.",
            "body": [
                ("heading", "Gebt Raum"),
                (
                    "paragraph",
                    "<p>Junge Leute bleiben, wenn sie sich zu Hause fühlen. Gebt ihnen also echte Verantwortung. Lasst sie ein Solo singen, eine Szene inszenieren oder die sozialen Medien betreuen. Fragt sie auch nach ihrer Meinung zum Repertoire. So spüren sie, dass die Gruppe auch ihnen gehört.</p>",
                ),
                ("heading", "Ein Coach oder Mentor"),
                (
                    "paragraph",
                    "<p>Bringt ein junges Mitglied mit einem erfahrenen Mitglied zusammen. Die Mentorin hilft bei der Musik oder beim Spiel. Aber auch bei praktischen Dingen, etwa den Absprachen in der Gruppe. Legt gemeinsam ein paar Ziele fest. Sprecht nach ein paar Monaten darüber, wie es läuft.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ist das junge Mitglied minderjährig? Dann beantragt eine VOG für die Mentorin oder den Mentor. Vereinbart, dass ihr in einem offenen Raum arbeitet. Und haltet die Eltern auf dem Laufenden.</p>",
                ),
                ("heading", "Weiter wachsen"),
                (
                    "paragraph",
                    '<p>Hat jemand viel Talent? Dann zeigt den Weg zu weiterem Unterricht. Denkt an eine Musikschule, eine eigene Lehrkraft oder ein regionales Talentprogramm. Die Kulturberatungsstelle eurer Provinz und das <a href="https://www.lkca.nl/">LKCA</a> informieren über Talentförderung. Ein Talent, das eine professionelle Ausbildung beginnt, ist auch für euch ein Erfolg.</p>',
                ),
                (
                    "steps",
                    [
                        "Fragt junge Mitglieder, was sie lernen wollen.",
                        "Stellt ihnen eine Mentorin oder einen Mentor zur Seite.",
                        "Gebt ihnen eine eigene Aufgabe oder Rolle.",
                        "Plant einen Moment, an dem sie zeigen, was sie können.",
                        "Feiert Erfolge, große und kleine.",
                    ],
                ),
                (
                    "tip",
                    "Manche Fonds unterstützen Projekte für Jugendliche oder Talentförderung. Fragt die Kulturberatungsstelle eurer Provinz, welche Fonds zu eurem Plan passen.",
                ),
                (
                    "links",
                    [
                        {"title": "LKCA", "url": "https://www.lkca.nl/"},
                    ],
                ),
            ],
        },
    },
    # 22 -----------------------------------------------------------------
    {
        "key": "leden-werven",
        "themes": ["vrijwilligers-en-leden", "publiciteit"],
        "tags": ["ledenwerving", "nieuwe leden", "publiciteit"],
        "last_checked": "2026-11-16",
        "related": ["sociale-media", "vrijwilligers-vinden-en-houden", "jong-talent-begeleiden"],
        "nl": {
            "slug": "leden-werven",
            "title": "Nieuwe leden werven",
            "summary": "Een ledenactie werkt het best als je laat zien hoe leuk je groep is. Maak de drempel laag en heet nieuwe mensen goed welkom.",
            "search_description": "Tips voor een ledenwerfactie voor je koor, orkest, band, toneelclub of dansgroep.",
            "body": [
                ("heading", "Laat zien wie jullie zijn"),
                (
                    "paragraph",
                    "<p>Mensen worden lid van een groep mensen, niet van een vereniging. Laat dus zien hoe het voelt om mee te doen. Gebruik foto's en filmpjes van repetities, niet alleen van concerten. Laat leden zelf vertellen waarom ze het leuk vinden.</p>",
                ),
                ("heading", "Maak de drempel laag"),
                (
                    "paragraph",
                    "<ul><li>Organiseer een open repetitie of een meedoedag.</li><li>Bied een paar gratis proefrepetities aan.</li><li>Start een kort project voor nieuwe mensen, zoals een projectkoor.</li><li>Zeg duidelijk wat je vraagt: niveau, tijd en kosten.</li></ul>",
                ),
                ("heading", "Zo pak je een ledenactie aan"),
                (
                    "steps",
                    [
                        "Bepaal wie je zoekt, bijvoorbeeld tenoren, jongeren of een drummer.",
                        "Vraag elk lid om één persoon mee te nemen.",
                        "Kondig de actie aan via sociale media, de krant en posters.",
                        "Heet nieuwe mensen persoonlijk welkom en geef ze een maatje.",
                        "Bel of mail na een paar weken om te vragen hoe het bevalt.",
                    ],
                ),
                ("heading", "Geld mag geen drempel zijn"),
                (
                    "paragraph",
                    "<p>Een lagere contributie voor jongeren of studenten kan helpen. Daar beslist de ALV over. Voor kinderen uit gezinnen met weinig geld is er soms hulp. Denk aan het Jeugdfonds Sport &amp; Cultuur of een regeling van de gemeente.</p>",
                ),
                (
                    "paragraph",
                    "<p>Stoppen nieuwe leden snel weer? Vraag dan waarom. Misschien was het niveau te hoog, of voelden ze zich niet welkom. Gebruik dat voor je volgende actie.</p>",
                ),
                (
                    "tip",
                    "Zorg dat je website en sociale media kloppen voordat de actie begint. Daar kijken nieuwe mensen als eerste.",
                ),
            ],
        },
        "en": {
            "slug": "recruiting-new-members",
            "title": "Recruiting new members",
            "summary": "A membership drive works best when you show how much fun your group is. Keep the threshold low and give newcomers a warm welcome.",
            "search_description": "Tips for a membership drive for your choir, orchestra, band, drama club or dance group.",
            "body": [
                ("heading", "Show who you are"),
                (
                    "paragraph",
                    "<p>People join a group of people, not an association. So show what it feels like to take part. Use photos and clips from rehearsals, not only from concerts. Let members explain in their own words why they enjoy it.</p>",
                ),
                ("heading", "Keep the threshold low"),
                (
                    "paragraph",
                    "<ul><li>Organise an open rehearsal or a come-and-try day.</li><li>Offer a few free trial rehearsals.</li><li>Start a short project for newcomers, such as a project choir.</li><li>Be clear about what you expect: level, time and costs.</li></ul>",
                ),
                ("heading", "How to run a membership drive"),
                (
                    "steps",
                    [
                        "Decide who you are looking for, for example tenors, young people or a drummer.",
                        "Ask every member to bring one person along.",
                        "Announce the drive on social media, in the paper and with posters.",
                        "Welcome newcomers personally and give them a buddy.",
                        "Call or email after a few weeks to ask how they are getting on.",
                    ],
                ),
                ("heading", "Money should not be a barrier"),
                (
                    "paragraph",
                    "<p>A lower fee for young people or students can help. The general meeting decides on this. For children from low-income families, help is sometimes available. Think of the Jeugdfonds Sport &amp; Cultuur or a municipal scheme.</p>",
                ),
                (
                    "paragraph",
                    "<p>Do new members stop again quickly? Ask them why. Perhaps the level was too high, or they did not feel welcome. Use that for your next drive.</p>",
                ),
                (
                    "tip",
                    "Make sure your website and social media are up to date before the drive starts. That is where newcomers look first.",
                ),
            ],
        },
        "de": {
            "slug": "neue-mitglieder-gewinnen",
            "title": "Neue Mitglieder gewinnen",
            "summary": "Eine Mitgliederaktion wirkt am besten, wenn ihr zeigt, wie viel Spaß eure Gruppe macht. Haltet die Schwelle niedrig und heißt Neue herzlich willkommen.",
            "search_description": "Tipps für eine Mitgliederaktion für euren Chor, euer Orchester, eure Band, Theater- oder Tanzgruppe.",
            "body": [
                ("heading", "Zeigt, wer ihr seid"),
                (
                    "paragraph",
                    "<p>Menschen treten einer Gruppe von Menschen bei, nicht einem Verein. Zeigt also, wie es sich anfühlt mitzumachen. Nutzt Fotos und Videos von Proben, nicht nur von Konzerten. Lasst Mitglieder selbst erzählen, warum es ihnen Spaß macht.</p>",
                ),
                ("heading", "Haltet die Schwelle niedrig"),
                (
                    "paragraph",
                    "<ul><li>Organisiert eine offene Probe oder einen Mitmachtag.</li><li>Bietet ein paar kostenlose Schnupperproben an.</li><li>Startet ein kurzes Projekt für Neue, zum Beispiel einen Projektchor.</li><li>Sagt klar, was ihr erwartet: Niveau, Zeit und Kosten.</li></ul>",
                ),
                ("heading", "So plant ihr eine Mitgliederaktion"),
                (
                    "steps",
                    [
                        "Legt fest, wen ihr sucht, zum Beispiel Tenöre, Jugendliche oder einen Schlagzeuger.",
                        "Bittet jedes Mitglied, eine Person mitzubringen.",
                        "Kündigt die Aktion in den sozialen Medien, in der Zeitung und mit Plakaten an.",
                        "Begrüßt Neue persönlich und gebt ihnen eine Patin oder einen Paten.",
                        "Ruft nach ein paar Wochen an oder schreibt eine Mail und fragt, wie es gefällt.",
                    ],
                ),
                ("heading", "Geld darf keine Hürde sein"),
                (
                    "paragraph",
                    "<p>Ein niedrigerer Beitrag für Jugendliche oder Studierende kann helfen. Darüber entscheidet die Mitgliederversammlung. Für Kinder aus Familien mit wenig Geld gibt es manchmal Hilfe. Denkt an den Jeugdfonds Sport &amp; Cultuur oder eine Regelung der Gemeinde.</p>",
                ),
                (
                    "paragraph",
                    "<p>Hören neue Mitglieder schnell wieder auf? Fragt nach dem Grund. Vielleicht war das Niveau zu hoch, oder sie haben sich nicht willkommen gefühlt. Nutzt das für eure nächste Aktion.</p>",
                ),
                (
                    "tip",
                    "Sorgt dafür, dass Website und soziale Medien aktuell sind, bevor die Aktion startet. Dort schauen Neue zuerst nach.",
                ),
            ],
        },
    },
]
