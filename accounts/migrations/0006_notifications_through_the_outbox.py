"""Notifications are sent by the outbox from now on. Those still unsent at the upgrade become
outbox mails first, so none is lost with the old retry fields."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def unsent_into_the_outbox(apps, schema_editor):
    Notification = apps.get_model("accounts", "Notification")
    Mail = apps.get_model("outbox", "Mail")
    for notification in Notification.objects.filter(sent_at__isnull=True, attempts__lt=10):
        notification.mail = Mail.objects.create(
            kind=notification.kind,
            language=notification.language,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[notification.recipient],
            subject=notification.subject,
            body=notification.body,
        )
        notification.save(update_fields=["mail"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_signup_notifications"),
        ("outbox", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="mail",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="outbox.mail",
                verbose_name="e-mail",
            ),
        ),
        migrations.RunPython(unsent_into_the_outbox, migrations.RunPython.noop),
        migrations.RemoveField(model_name="notification", name="attempts"),
        migrations.RemoveField(model_name="notification", name="last_error"),
        migrations.RemoveField(model_name="notification", name="sent_at"),
    ]
