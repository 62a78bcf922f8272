"""A small model field for "pick any of these" values (languages spoken, age groups).

The value is a Python list; the database keeps ",nl,en," so one `contains` lookup filters on a
value and one aggregate counts every value, on SQLite and PostgreSQL alike.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


def split_choices(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(item) for item in value if str(item)]
    return [item for item in str(value).split(",") if item]


class ChoiceListField(models.CharField):
    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return split_choices(value)

    def to_python(self, value):
        return split_choices(value)

    def get_prep_value(self, value):
        items = split_choices(value)
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return ",".join(split_choices(self.value_from_object(obj)))

    def validate(self, value, model_instance):
        allowed = {code for code, _label in self.item_choices}
        unknown = [item for item in split_choices(value) if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(value)s"), code="invalid_choice", params={"value": unknown[0]}
            )
        if not self.blank and not split_choices(value):
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.item_choices,
            "required": not self.blank,
            "widget": forms.CheckboxSelectMultiple,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        defaults.pop("max_length", None)
        return form_class(**{k: v for k, v in defaults.items() if k in _FORM_KWARGS})


_FORM_KWARGS = {"choices", "required", "widget", "label", "help_text", "initial", "coerce"}
