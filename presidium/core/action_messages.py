"""What the `presidium simulate` script parser raises for a line it cannot read: `ScriptError`, a Refusal
whose words are in catalogue/script.py. str() is English, `message(lang)` either language.
"""

from __future__ import annotations

from presidium.core.catalogue import Refusal


class ScriptError(Refusal, ValueError):
    """A line of an actions script that cannot be read."""

    AREA = "action_script"
