from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.invitations import invite
from artists.models import Maker, MakerOwner


class Command(BaseCommand):
    help = "Invite someone by e-mail to own a maker profile. The link works for 7 days, once."

    def add_arguments(self, parser):
        parser.add_argument("--maker", required=True, help="The maker's slug (Dutch version).")
        parser.add_argument("--email", required=True)
        parser.add_argument(
            "--role", choices=[MakerOwner.OWNER, MakerOwner.CO_OWNER], default=MakerOwner.OWNER
        )
        parser.add_argument("--invited-by", help="E-mail address of the staff member inviting.")
        parser.add_argument("--print-link", action="store_true", help="Print the invitation link.")

    def handle(self, *args, **options):
        maker = Maker.objects.filter(
            slug=options["maker"], locale__language_code=settings.LANGUAGE_CODE
        ).first()
        if maker is None:
            raise CommandError(f"No maker with the slug {options['maker']!r}.")
        inviter = None
        if options["invited_by"]:
            inviter = get_user_model().objects.filter(email__iexact=options["invited_by"]).first()
        with transaction.atomic():
            invitation, link = invite(maker, options["email"], inviter, options["role"])
        self.stderr.write(f"Invited {invitation.email} to own {maker.name}.")
        if options["print_link"]:
            self.stdout.write(link)
