# Public pages load only our own scripts and styles; video embeds come from a few known players.
PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: https://i.ytimg.com https://i.vimeocdn.com",
        "font-src 'self'",
        "frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
# The Wagtail admin uses inline styles and scripts of its own, so it gets a looser policy.
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https:",
        "frame-src 'self' https:",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Sets the Content-Security-Policy and Permissions-Policy that Django 5.2 has no setting for."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(self.admin_prefixes)
        response.headers.setdefault(
            "Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP
        )
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
