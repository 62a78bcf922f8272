"""The site's EMAIL_BACKEND: stores each message in the outbox instead of talking to SMTP.

Everything that sends mail through Django (our notifications, the contact form, Wagtail's
workflow and password-reset mails) ends up here, so no request ever waits on a mail server and
no mail is lost when one is down. The real backend (OUTBOX_DELIVERY_BACKEND) is used by the
background task in outbox.delivery.
"""

from django.core.mail.backends.base import BaseEmailBackend

from . import delivery


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            delivery.store(message)
        return len(email_messages)
