"""Texts kept as a code and parameters, said in Vietnamese ("vi", the default) or English ("en").

The same idea as the loader's problems and the run's refusals, for the vote engine, the journal and
the session's warnings. A table maps code -> (Vietnamese, English); parameters fill the template with
str.format. A parameter that can say itself (it has `message(lang)`: a Message, a coded error, an
InvalidAction, a loader Problem) is said in the same language, so a message can nest another one.

`Message` is a str whose value is the English text, so code that compares, joins or prints it keeps
working; `message(lang)` gives either language. `CodedError` is an exception built the same way:
str() is English, `message(lang)` either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGS = ("vi", "en")
Table = Mapping[str, tuple[str, str]]


def say(value: Any, lang: str) -> str:
    """One parameter in the reader's language."""
    message = getattr(value, "message", None)
    return message(lang) if callable(message) else str(value)


def render(table: Table, code: str, params: Mapping[str, Any], lang: str = "vi") -> str:
    vi, en = table[code]
    template = en if lang == "en" else vi
    return template.format(**{key: say(value, lang) for key, value in params.items()})


class Message(str):
    """A text from `table` by code and parameters; the str itself is the English text.

    A code the table does not hold is kept as a literal text, the same in both languages (for callers
    that still pass a finished sentence)."""

    table: Table
    code: str
    params: dict[str, Any]

    def __new__(cls, table: Table, code: str, /, **params: Any) -> "Message":
        text = render(table, code, params, "en") if code in table else code
        self = super().__new__(cls, text)
        self.table, self.code, self.params = table, code, dict(params)
        return self

    def message(self, lang: str = "vi") -> str:
        if self.code not in self.table:
            return str.__str__(self)
        return render(self.table, self.code, self.params, lang)

    def __getnewargs_ex__(self) -> tuple[tuple, dict]:  # copy and pickle rebuild it from its code
        return (self.table, self.code), dict(self.params)


class CodedError(Exception):
    """An error said by code from the subclass's MESSAGES; str() is English, message(lang) either.

    Given a finished English sentence instead of a code, it finds the code whose English text (without
    parameters) is that sentence, so older callers are still said in Vietnamese when the table knows them.
    """

    MESSAGES: Table = {}

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in self.MESSAGES and not params:
            code = _by_english(self.MESSAGES).get(code, code)
        self.said = Message(self.MESSAGES, code, **params)
        super().__init__(str(self.said))

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def params(self) -> dict[str, Any]:
        return self.said.params

    def message(self, lang: str = "vi") -> str:
        return self.said.message(lang)

    def __reduce__(self):
        return _rebuild, (type(self), self.said.code, self.said.params)


def _rebuild(cls: type, code: str, params: dict[str, Any]) -> CodedError:
    return cls(code, **params)


def _by_english(table: Table) -> dict[str, str]:
    return {en: code for code, (_, en) in table.items() if "{" not in en}
