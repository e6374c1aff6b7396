"""The ACTIONS script language of `presidium simulate`: one `TIME ACTION [ARGS]` a line.

TIME is the time since the run began, MM:SS or H:MM:SS; `#` starts a comment. Each action is a row
in ACTIONS (add one with `@action(...)`): its parser turns the rest of the line into the keyword
arguments of the CongressSession method it names. Errors read FILE:LINE: message, all at once, in
the reader's language (`ScriptError` keys in catalogue/script.py).
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from presidium.core.action_messages import ScriptError
from presidium.core.admit import MAX_FIGURE
from presidium.core.catalogue import Message, Sayable, say
from presidium.core.catalogue.system import reason
from presidium.core.durations import parse_duration
from presidium.core.events import NOTE_CATEGORIES
from presidium.core.text_input import file_lines, normalize_name

# "#" starts a comment at the start of a line or after a space ("micro#2" in a note stays text).
_COMMENT = re.compile(r"(^|\s)#.*$")
_TIME = re.compile(r"^(?:(\d+):([0-5]\d):([0-5]\d)|(\d+):([0-5]\d))$")
# A script rehearses days, not centuries: a time beyond this is a typing mistake (and would put the
# run in the year 116099, where no date arithmetic of the minutes can follow).
MAX_HOURS = 240

# The keyword arguments a line gives its CongressSession method: figures, names and texts, flags, and a
# ballot's votes per name.
ArgValue = int | str | bool | dict[str, int]
Args = dict[str, ArgValue]
Parser = Callable[[str], Args]


@dataclass(frozen=True)
class ScriptAction:
    line: int
    at: int  # seconds since the run began
    name: str  # the word in the script
    method: str  # the CongressSession method that performs it
    args: Args = field(default_factory=dict)


@dataclass(frozen=True)
class ScriptProblem:
    file: str
    line: int
    message: Sayable  # a ScriptError (or any object with message(lang)), said in the reader's language

    def text(self, lang: str = "en") -> str:
        said = say(self.message, lang)
        return f"{self.file}:{self.line}: {said}" if self.line else f"{self.file}: {said}"


class ActionsError(Exception):
    def __init__(self, problems: list[ScriptProblem]) -> None:
        self.problems = problems
        super().__init__(self.text("en"))

    def text(self, lang: str = "vi") -> str:
        return "\n".join(problem.text(lang) for problem in self.problems)


@dataclass(frozen=True)
class ActionSpec:
    method: str
    usage: str
    parse: Parser


ACTIONS: dict[str, ActionSpec] = {}


def action(name: str, method: str, usage: str) -> Callable[[Parser], Parser]:
    """Register a script action: `parse(rest_of_line) -> kwargs`, raising ScriptError (a ValueError)."""

    def register(parse: Parser) -> Parser:
        ACTIONS[name] = ActionSpec(method, usage, parse)
        return parse

    return register


def parse_time(text: str) -> int:
    match = _TIME.match(text)
    if not match:
        raise ScriptError("time", got=text)
    if match[1] is not None:
        hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3])
    else:
        hours, minutes, seconds = 0, int(match[4]), int(match[5])
    if hours * 60 + minutes > MAX_HOURS * 60:
        raise ScriptError("time-far", got=text, hours=MAX_HOURS)
    return hours * 3600 + minutes * 60 + seconds


def parse_actions(text: str, file: str = "<actions>") -> list[ScriptAction]:
    actions: list[ScriptAction] = []
    problems: list[ScriptProblem] = []
    previous = 0
    allowed = ", ".join(ACTIONS)
    for number, raw in enumerate(file_lines(text), start=1):
        line = _COMMENT.sub("", unicodedata.normalize("NFC", raw)).strip()
        if not line:
            continue
        parts = line.split(None, 2)
        try:
            at = parse_time(parts[0])
            earlier, previous = at < previous, max(at, previous)
            if earlier:
                raise ScriptError("backwards", got=parts[0])
            if len(parts) < 2:
                raise ScriptError("no-action", got=parts[0], allowed=allowed)
            name, rest = parts[1], parts[2] if len(parts) > 2 else ""
            spec = ACTIONS.get(name)
            if spec is None:
                raise ScriptError("unknown", got=name, allowed=allowed)
            try:
                args = spec.parse(rest.strip())
            except ValueError as error:
                raise ScriptError("in-action", name=name, problem=error, usage=spec.usage) from None
        except ScriptError as error:
            problems.append(ScriptProblem(file, number, error))
            continue
        actions.append(ScriptAction(number, at, name, spec.method, args))
    if problems:
        raise ActionsError(problems)
    return actions


def load_actions(path: str | Path) -> list[ScriptAction]:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")  # tolerate a BOM from Windows editors
    except OSError as error:
        raise ActionsError([ScriptProblem(str(path), 0, ScriptError("unreadable", detail=reason(error)))]) from None
    except UnicodeDecodeError:
        raise ActionsError([ScriptProblem(str(path), 0, ScriptError("not-utf8"))]) from None
    return parse_actions(text, str(path))


# --- the argument shapes ---------------------------------------------------------------------------
def _none(rest: str) -> Args:
    if rest:
        raise ScriptError("no-arguments", got=rest)
    return {}


def _one_id(rest: str, what: str) -> str:
    words = rest.split()
    if len(words) != 1:
        raise ScriptError("one-id", what=Message(f"action_script.what.{what}"))
    return words[0]


def _count(key: str, value: str) -> int:
    if not (value.isascii() and value.isdigit()):
        raise ScriptError("whole", key=key, got=value)
    if len(value) > 9 or int(value) > MAX_FIGURE:  # no int of a million digits, no 10**30 delegates
        raise ScriptError("too-big", key=key, got=value if len(value) <= 15 else value[:12] + "…", limit=MAX_FIGURE)
    return int(value)


def _pairs(rest: str) -> list[tuple[str, str]]:
    try:
        tokens = shlex.split(rest)
    except ValueError as error:
        raise ScriptError("quotes", detail=error) from None
    pairs = []
    for token in tokens:
        key, sep, value = token.rpartition("=")
        if not sep or not key:
            raise ScriptError("pair", got=token)
        pairs.append((key, value))
    return pairs


for _word, _method in (
    ("start", "start"),
    ("next", "next"),
    ("back", "back"),
    ("pause", "pause"),
    ("resume", "resume"),
    ("finish", "finish"),
    ("undo", "undo_last"),
):
    action(_word, _method, _word)(_none)


@action("skip", "skip", "skip [ITEM_ID]")
def _skip(rest: str) -> Args:
    return {"item_id": _one_id(rest, "item")} if rest else {}


@action("goto", "goto", "goto ITEM_ID")
def _goto(rest: str) -> Args:
    return {"item_id": _one_id(rest, "item")}


@action("card", "use_card", "card CARD_ID")
def _card(rest: str) -> Args:
    return {"card_id": _one_id(rest, "card")}


@action("note", "note", f"note [{'|'.join(NOTE_CATEGORIES)}:] TEXT…")
def _note(rest: str) -> Args:
    head, sep, tail = rest.partition(":")
    if sep and head.strip() in NOTE_CATEGORIES:
        rest, category = tail.strip(), head.strip()
    else:
        category = "other"
    if not rest:
        raise ScriptError("note-empty")
    return {"text": rest, "category": category}


@action("present", "set_attendance", "present N [absent=N] [excused=N] [with_reason=N] [alternates=N] [reason=TEXT…]")
def _present(rest: str) -> Args:
    rest, _, reason = rest.partition("reason=")
    words = rest.split()
    if not words:
        raise ScriptError("present-missing")
    args: Args = {"present": _count("present", words[0])}
    for key, value in _pairs(" ".join(words[1:])):
        if key not in ("convened", "absent", "excused", "with_reason", "alternates"):
            raise ScriptError("unknown-field", got=key)
        args[key] = _count(key, value)
    if reason.strip():
        args["reason"] = reason.strip()
    return args


@action(
    "vote",
    "record_vote",
    'vote for=N [against=N] [abstain=N] [item=ID] [withdraw="NAME"|nominate="NAME"]'
    " [quorum=confirmed] | vote unanimous [item=ID]",
)
def _vote(rest: str) -> Args:
    words = rest.split()
    args: Args = {}
    if words and words[0] == "unanimous":
        args["unanimous"] = True
        rest = " ".join(words[1:])
    for key, value in _pairs(rest):
        if key == "item":
            args["item_id"] = value
        elif key in ("withdraw", "nominate"):
            args[key] = value
        elif key == "quorum" and value == "confirmed":
            args["quorum_confirmed"] = True
        elif key in ("for", "against", "abstain"):
            args["for_" if key == "for" else key] = _count(key, value)
        else:
            raise ScriptError("unknown-field", got=key)
    if "unanimous" not in args and "for_" not in args:
        raise ScriptError("for-or-unanimous")
    args["raw"] = rest.strip() if "unanimous" not in args else ("unanimous " + rest).strip()
    return args


@action("ballot", "record_ballot", 'ballot issued=N returned=N invalid=N "NAME"=VOTES … [item=ID] [quorum=confirmed]')
def _ballot(rest: str) -> Args:
    votes: dict[str, int] = {}
    args: Args = {"votes": votes, "raw": rest}
    for key, value in _pairs(rest):
        if key in ("issued", "returned", "invalid"):
            args[key] = _count(key, value)
        elif key == "item":
            args["item_id"] = value
        elif key == "quorum" and value == "confirmed":
            args["quorum_confirmed"] = True
        else:
            name = normalize_name(key)
            if name in votes:  # "last value wins" would record a figure nobody read out
                raise ScriptError("name-twice", name=name)
            votes[name] = _count(key, value)
    missing = [key for key in ("issued", "returned", "invalid") if key not in args]
    if missing:
        raise ScriptError("missing", names=", ".join(missing))
    return args


@action("ballot-result", "record_ballot_result", "ballot-result PATH [issued=N] [item=ID]")
def _ballot_result(rest: str) -> Args:
    try:
        words = shlex.split(rest)
    except ValueError as error:
        raise ScriptError("quotes", detail=error) from None
    if not words or "=" in words[0]:
        raise ScriptError("result-missing")
    args: Args = {"path": words[0]}
    for key, value in _pairs(" ".join(shlex.quote(w) for w in words[1:])):
        if key == "issued":
            args["issued"] = _count(key, value)
        elif key == "item":
            args["item_id"] = value
        else:
            raise ScriptError("unknown-field", got=key)
    return args


@action("convened", "correct_convened", "convened N reason=TEXT…")
def _convened(rest: str) -> Args:
    rest, _, reason = rest.partition("reason=")
    words = rest.split()
    if len(words) != 1 or not reason.strip():
        raise ScriptError("convened-shape")
    return {"convened": _count("convened", words[0]), "reason": reason.strip()}


@action("insert", "insert", "insert DURATION [kind=KIND] TITLE…")
def _insert(rest: str) -> Args:
    words = rest.split()
    if len(words) < 2:
        raise ScriptError("insert-shape")
    try:
        args: Args = {"duration": parse_duration(words[0])}
    except ValueError:
        raise ScriptError("duration", got=words[0]) from None
    words = words[1:]
    if words[0].startswith("kind="):
        args["kind"] = words[0][len("kind=") :]
        words = words[1:]
    if not words:
        raise ScriptError("title-missing")
    args["title"] = " ".join(words)
    return args


# --- discussion speakers: NAME is the rest of the line (names have spaces) -----------------------------
def _name(rest: str) -> str:
    if not rest.strip():
        raise ScriptError("speaker-missing")
    return " ".join(rest.split())


@action("speaker", "call_speaker", "speaker [NAME…]  (no name: the next one waiting)")
def _speaker(rest: str) -> Args:
    return {"name": _name(rest)} if rest.strip() else {}


action("speaker-done", "speaker_done", "speaker-done")(_none)


@action("speaker-absent", "speaker_absent", "speaker-absent NAME…")
def _speaker_absent(rest: str) -> Args:
    return {"name": _name(rest)}


@action("speaker-written", "speaker_written", "speaker-written NAME…")
def _speaker_written(rest: str) -> Args:
    return {"name": _name(rest)}


@action("speaker-floor", "add_floor_speaker", "speaker-floor NAME… [| UNIT… [| TOPIC…]]")
def _speaker_floor(rest: str) -> Args:
    name, unit, topic = (rest.split("|") + ["", ""])[:3]
    return {"name": _name(name), "unit": " ".join(unit.split()), "topic": " ".join(topic.split())}


@action("speaker-move", "move_speaker", "speaker-move +N|-N NAME…")
def _speaker_move(rest: str) -> Args:
    by, _, name = rest.strip().partition(" ")
    if not re.fullmatch(r"[+-]?\d+", by):
        raise ScriptError("places", got=by)
    return {"name": _name(name), "by": int(by)}
