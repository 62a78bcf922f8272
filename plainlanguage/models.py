"""The "B1 check" workflow task: passes by itself when the text is B1, else asks a moderator."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .analysis import analyse
from .extract import readable_text

# Reasons kept on the task state; more would not help a moderator.
MAX_REASONS = 25


def object_language(obj):
    locale = getattr(obj, "locale", None)
    return getattr(locale, "language_code", None) or "nl"


class B1CheckTaskState(TaskState):
    verdict = models.CharField(_("verdict"), max_length=10, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)

    class Meta:
        verbose_name = _("B1 check task state")
        verbose_name_plural = _("B1 check task states")


class B1CheckTask(AbstractGroupApprovalTask):
    """Analyses the submitted revision; approves itself when it is B1.

    Otherwise the task waits, like a group approval task, for a member of the chosen groups to
    approve it anyway or to request changes; the approval dialog lists the reasons.
    """

    task_state_class = B1CheckTaskState

    class Meta:
        verbose_name = _("B1 check")
        verbose_name_plural = _("B1 checks")

    @classmethod
    def get_description(cls):
        return _(
            "Checks that the text is plain language (B1). Passes by itself when it is; "
            "otherwise members of the chosen groups decide."
        )

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        revision = task_state.revision
        obj = revision.as_object() if revision else workflow_state.content_object
        analysis = analyse(readable_text(obj), object_language(obj))
        task_state.verdict = analysis.verdict
        task_state.score = analysis.score
        task_state.reasons = [
            {"kind": issue.kind, "message": issue.message, "excerpt": issue.excerpt[:200]}
            for issue in analysis.issues[:MAX_REASONS]
        ]
        task_state.save(update_fields=["verdict", "score", "reasons"])
        if analysis.is_b1:
            # WorkflowState.update() moves on when a task comes back already approved.
            task_state.approve(
                user=None,
                update=False,
                comment=gettext("Passed the B1 check by itself (score %(score)s of 100).")
                % {"score": round(analysis.score)},
            )
        return task_state

    def get_template_for_action(self, action):
        return "plainlanguage/b1_check_action_modal.html"
