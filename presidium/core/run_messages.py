"""Why an action cannot happen now in the run: `InvalidAction`, a Refusal said from catalogue/run.py.

The fold raises it with a key of that area ("finished", "bad-count", …); a parameter that names an action,
a field or an item's state ("skip", "present", "done") is said as the catalogue's word for it, so the
screen and the command line each say the whole sentence in their reader's language.
"""

from __future__ import annotations

from presidium.core.catalogue import CATALOGUE, Message, Refusal

# Where the word for a parameter's value is looked up, first match wins: run.action.skip, vocabulary.status.done…
_WORDS = {
    "action": ("run.action.",),
    "field": ("run.field.", "vocabulary.figure."),
    "status": ("vocabulary.status.",),
}


class InvalidAction(Refusal):
    """An action that makes no sense in the run's current state. `code` is a key of catalogue/run.py
    ("finished") or a whole code; str() is English, message(lang) Vietnamese ("vi") or English."""

    AREA = "run"

    def __init__(self, code: str, /, **params: object) -> None:
        for name, areas in _WORDS.items():
            value = params.get(name)
            if type(value) is str:
                params[name] = next((Message(area + value) for area in areas if area + value in CATALOGUE), value)
        super().__init__(code, **params)


class VoteRefused(InvalidAction):
    """The session's refusal of figures the vote engine could not decide: `reason` (a VoteError or its
    message) is said in the same language as the refusal."""

    def __init__(self, reason: object) -> None:
        super().__init__("run.vote-refused", reason=reason)
