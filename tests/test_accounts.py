"""Users log in with their e-mail address; production settings refuse to start without secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_login_with_email_is_case_insensitive():
    get_user_model().objects.create_user(email="Lid@Example.org", password="een-lang-wachtwoord")
    assert authenticate(username="lid@example.org", password="een-lang-wachtwoord") is not None
    assert authenticate(username="LID@example.org", password="fout") is None


@pytest.mark.django_db
def test_demo_editor_can_log_in_to_the_admin(client):
    response = client.post(
        "/admin/login/",
        {"username": "redacteur@cultuurhuis.example", "password": "demo-redacteur"},
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def run_manage(env_overrides, *args):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage({"DJANGO_SETTINGS_MODULE": "config.settings.production"}, "check")
    assert result.returncode != 0
    assert "Set the environment variable SECRET_KEY" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = subprocess.run(
        [sys.executable, "scripts/check_deploy.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
