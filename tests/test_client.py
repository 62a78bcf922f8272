from django.test import RequestFactory

from home.client import client_ip


def test_without_trusted_proxies_the_socket_address_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert client_ip(request) == "10.0.0.1"


def test_behind_one_proxy_the_address_it_saw_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # A visitor may send their own X-Forwarded-For; the proxy appends the real address.
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7"
    )
    assert client_ip(request) == "203.0.113.7"


def test_contact_form_refuses_a_name_with_a_line_break():
    from artists.forms import ContactForm

    form = ContactForm(
        {"name": "Eva\r\nBcc: x@example.org", "email": "eva@example.org", "message": "Hoi"}
    )
    assert not form.is_valid()
    assert "name" in form.errors


def test_directory_links_to_the_sign_up_form(client, db):
    html = client.get("/nl/makers/").content.decode()
    assert 'href="/nl/account/sign-up/"' in html
    assert client.get("/nl/account/sign-up/").status_code == 200
