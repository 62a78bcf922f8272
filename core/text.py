"""Control characters (NUL and friends) never reach the database: PostgreSQL refuses NUL in
text with a DataError, and the others only hide things. Tab, newline and carriage return stay."""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(value):
    return isinstance(value, str) and bool(CONTROL_CHARACTERS.search(value))


def strip_control_characters(value):
    return CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value
