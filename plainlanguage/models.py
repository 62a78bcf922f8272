"""The "B1 check" workflow task: passes by itself when the text is B1, else asks a moderator."""

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from .extract import readable_text
from .terms import analyse_with_editor_terms, forget_terms

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
        analysis = analyse_with_editor_terms(readable_text(obj), object_language(obj))
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


class PlainLanguageTerm(models.Model):
    """A word editors add to the checker: officialese to flag, or a word to accept."""

    KIND_CHOICES = [
        ("jargon", _("Officialese: flag it")),
        ("allowed", _("Our word: do not flag it")),
    ]
    LANGUAGE_CHOICES = [("nl", "Nederlands"), ("en", "English"), ("de", "Deutsch")]

    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES, default="nl")
    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES, default="jargon")
    term = models.CharField(
        _("word or phrase"),
        max_length=100,
        help_text=_("For example: middels. Phrases work too: in het kader van."),
    )
    alternative = models.CharField(
        _("plainer alternative"),
        max_length=100,
        blank=True,
        help_text=_("Only for officialese. For example: met, via."),
    )

    class Meta:
        verbose_name = _("word for the B1 check")
        verbose_name_plural = _("words for the B1 check")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["language", "kind", "term"], name="plainlanguage_unique_term"
            )
        ]

    def __str__(self):
        return f"{self.term} ({self.language})"

    def save(self, *args, **kwargs):
        self.term = " ".join(self.term.split())
        self.alternative = " ".join(self.alternative.split())
        super().save(*args, **kwargs)


@receiver([post_save, post_delete], sender=PlainLanguageTerm)
def forget_cached_terms(sender, instance, **kwargs):
    # Also runs for the admin's bulk delete, which does not call Model.delete().
    forget_terms(instance.language)
