from django import forms
from django.utils.translation import gettext_lazy as _


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("The maker answers you at this address."),
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    # Spam trap: hidden from people, filled in by robots that complete every field.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_name(self):
        # The name goes into the e-mail subject: a line break there would stop the mail.
        name = self.cleaned_data["name"]
        if "\n" in name or "\r" in name:
            raise forms.ValidationError(_("Write your name on one line."))
        return name

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["homepage"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def full_clean(self):
        super().full_clean()
        # Tie each error message to its field for screen readers.
        for name in self.errors:
            if name not in self.fields:
                continue
            field = self.fields[name]
            described_by = [f"id_{name}_error"]
            if field.help_text:
                described_by.append(f"id_{name}_helptext")
            field.widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": " ".join(described_by)}
            )

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("homepage"))
