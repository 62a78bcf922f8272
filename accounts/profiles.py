"""The "My profiles" list: a maker's own profiles with where each one stands in moderation."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState

from artists.models import Maker

LIVE, DRAFT, IN_MODERATION, CHANGES_REQUESTED = "live", "draft", "in_moderation", "changes"
STATUS_LABELS = {
    LIVE: _("Online"),
    DRAFT: _("Draft, not sent yet"),
    IN_MODERATION: _("Waiting for the editors"),
    CHANGES_REQUESTED: _("Changes requested"),
}


@dataclass
class ProfileStatus:
    maker: Maker
    status: str
    comment: str = ""
    has_live_version: bool = False

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def status_of(maker):
    states = list(maker.workflow_states.all())  # prefetched, newest first
    latest = states[0] if states else None
    if latest is not None and latest.status == WorkflowState.STATUS_IN_PROGRESS:
        return ProfileStatus(maker, IN_MODERATION, has_live_version=maker.live)
    if latest is not None and latest.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = latest.current_task_state
        comment = task_state.get_comment() if task_state else ""
        return ProfileStatus(maker, CHANGES_REQUESTED, comment, has_live_version=maker.live)
    if maker.live and not maker.has_unpublished_changes:
        return ProfileStatus(maker, LIVE, has_live_version=True)
    return ProfileStatus(maker, DRAFT, has_live_version=maker.live)


def profiles_of(user):
    """The user's makers with their status, in a fixed number of queries."""
    states = WorkflowState.objects.select_related("current_task_state").order_by(
        "-created_at", "-pk"
    )
    makers = (
        Maker.objects.filter(owners__user=user)
        .select_related("locale")
        .prefetch_related(Prefetch("workflow_states", queryset=states))
        .order_by("name", "locale__language_code")
        .distinct()
    )
    return [status_of(maker) for maker in makers]
