"""Everything Presidium says below the widgets, in one catalogue, in Vietnamese ("vi", the default) or English.

A text is kept as a code and parameters, never as a finished sentence, so the screen, the command line and the
Word documents each say it in their reader's language. The catalogue is one mapping code -> (Vietnamese,
English); its entries live in one module per area of the program (`vocabulary` holds the words every area
shares: vote bases, outcomes, modes, note categories). A code is "<area>.<key>": "run.finished" is the key
"finished" of `catalogue/run.py`.

One message type, `Message` (a code and its parameters), and one error type, `Refusal` (an exception that
carries a Message). A parameter that can say itself (a Message, a Refusal, anything with `message(lang)`) is
said in the same language, so messages nest: "cannot {action}" takes `Message("word.action.skip")`.
Widget chrome (menus, buttons, labels) stays with Qt's `tr()` and resources/i18n/*.ts.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Literal, Protocol

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

# The areas, each a module of this package with ENTRIES: key -> (Vietnamese, English).
AREAS: tuple[str, ...] = (
    "vocabulary",
    "cli",
    "cli_help",
    "system",
    "documents",
    "minutes",
    "review_doc",
    "entry_log",
    "ballot_paper",
    "script",
    "export",
    "charts",
    "problem",
    "counting",
    "importing",
    "entry",
    "template",
    "program_file",
    "run",
    "vote",
    "announce",
    "journal",
    "backup",
    "session",
    "speakers",
    "action_script",
    "screen",
    "review",
    "hall",
)


def _assemble(areas: Iterable[str]) -> dict[str, tuple[str, str]]:
    catalogue: dict[str, tuple[str, str]] = {}
    for area in areas:
        module = importlib.import_module(f"{__name__}.{area}")
        for key, entry in module.ENTRIES.items():
            catalogue[f"{area}.{key}"] = entry
    return catalogue


CATALOGUE: Mapping[str, tuple[str, str]] = _assemble(AREAS)


class Sayable(Protocol):
    def message(self, lang: str = "vi") -> str: ...


def say(value: object, lang: str) -> str:
    """One parameter in the reader's language: a message in `lang`, a list joined with commas, else str()."""
    message = getattr(value, "message", None)
    if callable(message):
        return str(message(lang))
    if isinstance(value, (list, tuple)):
        return ", ".join(say(part, lang) for part in value)
    return str(value)


def template(code: str, lang: str) -> str:
    """The entry's text with its blanks, in `lang`; an unknown code is said as itself (tests forbid one)."""
    entry = CATALOGUE.get(code)
    if entry is None:
        return code
    return entry[1] if lang == "en" else entry[0]


def text(code: str, lang: str = "vi", /, **params: object) -> str:
    """The finished text of `code` in `lang`, its blanks filled with `params` said in the same language."""
    return template(code, lang).format(**{key: say(value, lang) for key, value in params.items()})


def counted(code: str, n: int) -> str:
    """The code to say a count with: "<code>.one" when `n` is 1 and the catalogue has that form
    ("1 rehearsal"), else `code` ("3 rehearsals")."""
    singular = f"{code}.one"
    return singular if n == 1 and singular in CATALOGUE else code


def decimal(value: float, places: int, lang: str = "vi") -> str:
    """A number with `places` decimals and the reader's decimal mark (Vietnamese writes 0,18; English 0.18)."""
    return f"{value:.{places}f}".replace(".", template("vocabulary.decimal-mark", lang))


class Message(str):
    """A code of the catalogue and its parameters. The str itself is the English text, so logs, joins and
    comparisons keep working; `message(lang)` says it in either language."""

    code: str
    params: dict[str, object]

    def __new__(cls, code: str, /, **params: object) -> Message:
        self = super().__new__(cls, text(code, "en", **params))
        self.code, self.params = code, dict(params)
        return self

    def message(self, lang: str = "vi") -> str:
        return text(self.code, lang, **self.params)

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:  # copy and pickle rebuild it from its code
        return (self.code,), dict(self.params)


class Says:
    """Something that holds a Message in `said` and is said through it: a Refusal, a loader Problem."""

    said: Message

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def params(self) -> dict[str, object]:
        return self.said.params

    def message(self, lang: str = "vi") -> str:
        return self.said.message(lang)


class Refusal(Says, Exception):
    """Something Presidium will not do or cannot read, said by a catalogue code: str() is English,
    `message(lang)` either language. Subclasses only name where the refusal comes from (VoteError,
    JournalError, …) so callers can catch them apart; their words are all in the catalogue."""

    # A subclass may name its area: then a code without a dot is a key of that area ("finished" -> "run.finished").
    AREA = ""

    def __init__(self, code: str, /, **params: object) -> None:
        if self.AREA and "." not in code:
            code = f"{self.AREA}.{code}"
        self.said = Message(code, **params)
        super().__init__(str(self.said))

    def __reduce__(self) -> tuple[_Rebuild, tuple[type[Refusal], str, dict[str, object]]]:
        return _rebuild, (type(self), self.said.code, self.said.params)


def _rebuild(cls: type[Refusal], code: str, params: dict[str, object]) -> Refusal:
    return cls(code, **params)


_Rebuild = Callable[[type[Refusal], str, dict[str, object]], Refusal]  # how pickle and copy remake a Refusal
