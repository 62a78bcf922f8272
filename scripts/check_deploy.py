"""Run `manage.py check --deploy` with production settings and throwaway values; fail on any warning."""

import os
import subprocess
import sys

env = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "check-deploy-" + "x" * 60,
    "ALLOWED_HOSTS": "cultuurhuis.example",
    "DATABASE_URL": os.environ.get("DATABASE_URL", "sqlite:////tmp/check-deploy.sqlite3"),
    "WAGTAILADMIN_BASE_URL": "https://cultuurhuis.example",
}
result = subprocess.run(
    [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
    env=env,
    check=False,
)
sys.exit(result.returncode)
