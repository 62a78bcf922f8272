"""Logins of the local demo, apart from the loader so `make run` can print them without Django."""

# Demo logins, printed by `make run`. Never use these outside a local demo.
DEMO_USERS = [
    {
        "email": "redacteur@cultuurhuis.example",
        "password": "demo-redacteur",
        "first_name": "Fenna",
        "last_name": "Brouwers",
        "group": "Editors",
        "role": "editor",
    },
    {
        "email": "moderator@cultuurhuis.example",
        "password": "demo-moderator",
        "first_name": "Ruud",
        "last_name": "Hameleers",
        "group": "Moderators",
        "role": "moderator",
    },
    {
        "email": "maker.koor@cultuurhuis.example",
        "password": "demo-maker",
        "first_name": "Ans",
        "last_name": "Jongen",
        "group": "Makers",
        "role": "maker",
    },
    {
        "email": "maker.band@cultuurhuis.example",
        "password": "demo-maker",
        "first_name": "Sem",
        "last_name": "Lemmens",
        "group": "Makers",
        "role": "maker",
    },
    {
        "email": "admin@cultuurhuis.example",
        "password": "demo-admin",
        "first_name": "Beheer",
        "last_name": "",
        "group": None,
        "role": "superuser",
    },
]
