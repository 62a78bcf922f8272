"""Tell the person who ran `make run` where the site is and how to log in."""

import sys

host, port = sys.argv[1], sys.argv[2]
base = f"http://{host}:{port}"
sys.path.insert(0, ".")
from home.demo_logins import DEMO_USERS  # noqa: E402

print()
print("Cultuurhuis is running.")
print(f"  Site (Dutch):   {base}/nl/")
print(f"  Site (English): {base}/en/")
print(f"  Site (German):  {base}/de/")
print(f"  Admin:          {base}/admin/")
print("Demo logins (local demo only):")
for user in DEMO_USERS:
    print(f"  {user['role']:<10} {user['email']:<36} {user['password']}")
print()
