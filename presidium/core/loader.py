"""Read a program file (TOML) into a Program, or report every problem in it at once.

The loader never raises anything but ProgramError for a bad file: each check records a Problem with
the line it concerns and carries on, so the person fixing the file sees the whole list in one go.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import tomllib
from datetime import date, time
from fractions import Fraction
from pathlib import Path

from presidium.core.ballots import max_candidates, surplus_words
from presidium.core.durations import parse_clock, parse_duration
from presidium.core.placeholders import placeholder_problems
from presidium.core.problems import Problem, ProgramError, Where, Words
from presidium.core.program import (
    ITEM_KINDS, RULE_BASES, Article, Card, Congress, ElectionSpec, Item, Program, Regulation, Rule,
    Session, Signers, Speaker, VoteSpec,
)
from presidium.core.text_input import bad_character, normalize_name
from presidium.core.toml_hints import explain
from presidium.core.toml_lines import Block, LineIndex

SUPPORTED_FORMAT = 1
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
# Bounds on the figures a program gives: no congress convenes more, no body has more seats, no item
# lasts longer (beyond them a figure is a typing slip, and would overflow the plan's calendar).
MAX_FIGURE = 100_000
MAX_SEATS = 1_000
MAX_DURATION = 24 * 3600
# Tables written at the top level that belong inside another: name -> (the right header, its parent).
MISPLACED_TABLES = {"item": ("session.item", "session"), "speaker": ("session.item.speaker", "item"),
                    "article": ("regulation.article", "regulation"), "election": ("session.item.election", "item")}
# Fields that may hold several lines (tabs and line breaks allowed); every other text is one line.
MULTILINE_FIELDS = {"script", "notes", "text", "when", "steps", "description"}
# Fields that hold people's names: normalised (NFC, no zero-width characters, single spaces) on load.
NAME_FIELDS = {"candidates", "name", "guests", "presidium", "secretariat", "counting"}
# The longest text a field may hold, in characters: a title or a name fits on a line of the agenda,
# a script holds a long report read in full.
PROGRAM_LIMITS = {"name": 200, "line": 1_000, "text": 200_000}
# Unknown references that get a "did you mean" hint; later ones are reported without (see did_you_mean).
MAX_HINTS = 20
# Problems a program recorded with a run is forgiven (see load_program_bytes).
RELAXED_FOR_RECORDED = {"control", "duplicate-name", "too-long"}

# Field specs: name -> (kind, required). Kinds are checked by _Loader._value.
CONGRESS_FIELDS = {
    "title": ("str", True), "organization": ("str", True), "delegates_convened": ("int", True),
    "superior": ("str", False), "place": ("str", False), "venue": ("str", False),
    "congress_name": ("str", False), "term": ("str", False), "quorum": ("str", False),
    "guests": ("strlist", False), "signers": ("table", False), "heading": ("str", False),
}
SIGNERS_FIELDS = {"presidium": ("str", False), "secretariat": ("str", False), "counting": ("str", False)}
RULE_FIELDS = {"fraction": ("fraction", True), "base": ("str", True), "strict": ("bool", False), "description": ("str", False)}
SESSION_FIELDS = {"id": ("str", True), "title": ("str", True), "date": ("date", True), "start": ("clock", True), "item": ("tables", False)}
ITEM_FIELDS = {
    "id": ("str", True), "title": ("str", True), "kind": ("str", True), "duration": ("duration", True),
    "by": ("str", False), "script": ("str", False), "notes": ("str", False), "cards": ("strlist", False),
    "vote": ("table", False), "election": ("table", False), "speaker": ("tables", False),
    "speaker_allowance": ("duration", False),
}
VOTE_FIELDS = {"question": ("str", True), "rule": ("str", True)}
ELECTION_FIELDS = {
    "body": ("str", True), "seats": ("int", True), "rule": ("str", True),
    "candidates": ("strlist", False), "max_surplus": ("surplus", False),
    "withdraw_rule": ("str", False), "nominate_rule": ("str", False),
}
SPEAKER_FIELDS = {"name": ("str", True), "unit": ("str", False), "topic": ("str", False), "duration": ("duration", False)}
CARD_FIELDS = {
    "id": ("str", True), "title": ("str", True), "when": ("str", False), "steps": ("strlist", False),
    "script": ("str", False), "refs": ("strlist", False),
}
REGULATION_FIELDS = {"id": ("str", True), "title": ("str", True), "article": ("tables", False)}
ARTICLE_FIELDS = {"id": ("str", True), "number": ("str", True), "title": ("str", False), "text": ("str", False)}
TOP_FIELDS = {
    "format": ("int", False), "congress": ("table", True), "rules": ("table", False), "session": ("tables", True),
    "card": ("tables", False), "regulation": ("tables", False),
}

_EXPECTED = {
    "str": "a string", "int": "a whole number", "bool": "true or false", "strlist": "a list of strings",
    "date": "a date", "table": "a table", "tables": "a list of tables", "duration": "a string", "clock": "a string",
    "fraction": "a string", "percent": "a string", "surplus": "a surplus",
}


def load_program(path: str | Path) -> Program:
    """The program in `path`, or ProgramError listing every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProgramError([Problem(str(path), 0, "unreadable", {"detail": error.strerror or str(error)})]) from None
    return load_program_bytes(raw, str(path))


def load_program_bytes(raw: bytes, source: str, *, recorded: bool = False) -> Program:
    """`recorded`: the program a run was recorded with. Checks added since (control characters, names
    equal once normalised) are not held against it, so no journal ever becomes impossible to export."""
    try:
        text = raw.decode("utf-8-sig")  # a BOM, as older Windows Notepad writes, is not part of the TOML
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1  # the line holding the first byte that is not UTF-8
        raise ProgramError([Problem(source, line, "encoding", {})]) from None
    return _Loader(text, source, hashlib.sha256(raw).hexdigest(), recorded).load()


def load_program_text(text: str, source: str = "<text>") -> Program:
    return load_program_bytes(text.encode("utf-8"), source)


class _Loader:
    def __init__(self, text: str, source: str, fingerprint: str, recorded: bool = False):
        self.text, self.file, self.fingerprint, self.recorded = text, source, fingerprint, recorded
        self.problems: list[Problem] = []
        self.lines = LineIndex(text)
        self.sorted_ids: dict[str, list[str]] = {}

    # -- reporting ---------------------------------------------------------------------------
    def problem(self, line: int, code: str, **params) -> None:
        if self.recorded and code in RELAXED_FOR_RECORDED:
            return
        self.problems.append(Problem(self.file, line, code, params))

    # -- generic field checking --------------------------------------------------------------
    def fields(self, data: dict, spec: dict, where: Where, block: Block, prefix: str = "") -> dict:
        """Validated values of `data` by `spec`; a missing or wrong field is reported and comes back None.
        `prefix` names a nested table in messages ("vote.rule")."""
        values = {}
        for name in data:
            if spec is TOP_FIELDS and name in MISPLACED_TABLES:  # [[item]] written for [[session.item]]
                path, parent = MISPLACED_TABLES[name]
                entries = self.lines.entries(name)
                self.problem(entries[0].line if entries else block.line_of(name), "top-table", name=name, path=path,
                             parent=Words(parent))
                continue
            if name not in spec:
                close = difflib.get_close_matches(name, spec, n=1)
                hint = Words("did you mean", prefix + close[0]) if close else ""
                self.problem(block.line_of(name), "unknown-field", where=where, field=prefix + name, hint=hint)
        for name, (kind, required) in spec.items():
            if name not in data:
                if required:
                    self.problem(block.line, "missing", where=where, field=prefix + name)
                values[name] = None
                continue
            values[name] = self.value(data[name], kind, where, prefix + name, block.line_of(name))
        return values

    def value(self, value, kind: str, where: Where, name: str, line: int):
        ok = {
            "str": isinstance(value, str), "int": isinstance(value, int) and not isinstance(value, bool),
            "bool": isinstance(value, bool), "date": isinstance(value, date) and not hasattr(value, "hour"),
            "table": isinstance(value, dict),
            "tables": isinstance(value, list) and all(isinstance(v, dict) for v in value),
            "strlist": isinstance(value, list) and all(isinstance(v, str) for v in value),
            "surplus": isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)),
        }.get(kind, isinstance(value, str))
        if not ok:
            self.wrong_type(value, kind, where, name, line)
            return None
        if kind in ("str", "strlist") and not self.text_ok(value, where, name, line):
            return None
        if kind == "str" and not value.strip() and name in ("id", "title", "name", "question", "body", "number"):
            self.problem(line, "empty", where=where, field=name)
            return None
        if kind == "str" and name.rpartition(".")[2] in NAME_FIELDS:
            return normalize_name(value)
        if kind == "strlist" and name.rpartition(".")[2] in NAME_FIELDS:
            return [normalize_name(v) for v in value]
        if kind == "duration":
            seconds = self.parsed(parse_duration, value, line, "duration", where, name)
            if seconds is not None and seconds > MAX_DURATION:  # no item or speech lasts beyond a day
                self.problem(line, "max", where=where, field=name, maximum="24h", got=_show(value))
                return None
            return seconds
        if kind == "clock":
            return self.parsed(parse_clock, value, line, "clock", where, name)
        if kind == "fraction":
            return self.parsed(_parse_fraction, value, line, "fraction", where, name)
        if kind == "percent" or (kind == "surplus" and isinstance(value, str)):
            return self.parsed(_parse_percent, value, line, "percent", where, name)
        if kind == "surplus" and not 0 <= value <= 1000:
            self.problem(line, "surplus-names", where=where, field=name, got=value)
            return None
        return value

    def wrong_type(self, value, kind: str, where: Where, name: str, line: int) -> None:
        """A value of the wrong type, with the fix when it is the usual slip: quotes around true, a number
        or a date; none around a time of day."""
        key = name.rpartition(".")[2]  # as written on the line, for the fix
        if isinstance(value, str):
            bare = value.strip()
            if (kind == "bool" and bare.lower() in ("true", "false")) or (kind == "int" and bare.isdigit()) or (
                    kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", bare)):
                self.problem(line, "quoted", where=where, field=name, key=key, got=_show(value),
                             bare=bare.lower() if kind == "bool" else bare)
                return
        elif _EXPECTED[kind] == "a string" and isinstance(value, (time, date)):  # start = 07:30:00, unquoted
            text = value.strftime("%H:%M") if isinstance(value, time) and not value.second else value.isoformat()
            self.problem(line, "quote-it", where=where, field=name, key=key, text=text)
            return
        self.problem(line, "type", where=where, field=name, expected=Words(_EXPECTED[kind]), got=_show(value))

    def text_ok(self, value, where: Where, name: str, line: int) -> bool:
        """A text without control characters (tabs and line breaks only in multi-line fields)."""
        multiline = name.rpartition(".")[2] in MULTILINE_FIELDS
        limit = PROGRAM_LIMITS["text" if multiline else "name" if name.rpartition(".")[2] in NAME_FIELDS else "line"]
        for text in value if isinstance(value, list) else [value]:
            if len(text) > limit:  # a paste gone wrong: it would freeze every screen that shows it
                self.problem(line, "too-long", where=where, field=name, got=len(text), limit=limit)
                return self.recorded
            bad = bad_character(text, multiline)
            if bad is not None:
                self.problem(self.line_in(line, text, bad[0] - 1), "control", where=where, field=name, char=bad[1],
                             position=bad[0])
                return self.recorded
        return True

    def line_in(self, line: int, text: str, index: int) -> int:
        """The file's line holding `text[index]`, for a value that starts at `line` (a multi-line string
        opened with \"\"\" starts on the next line): problems in a long script point at the line at fault."""
        if "\n" not in text or not line:
            return line
        source = self.source_lines[line - 1] if line <= len(self.source_lines) else ""
        opened = 1 if source.rstrip().endswith(('"""', "'''")) else 0
        return line + opened + text.count("\n", 0, index)

    @functools.cached_property
    def source_lines(self) -> list[str]:
        return self.text.splitlines()

    def parsed(self, parse, value: str, line: int, code: str, where: Where, name: str):
        try:
            return parse(value)
        except (ValueError, ZeroDivisionError):
            self.problem(line, code, where=where, field=name, got=_show(value))
            return None

    def unique(self, seen: dict, ident, where: Where, line: int) -> None:
        if ident is None:
            return
        if not _ID.match(ident):
            self.problem(line, "bad-id", where=where, id=ident)
        if ident in seen:
            self.problem(line, "duplicate-id", where=where, id=ident, first_line=seen[ident])
        else:
            seen[ident] = line

    def reference(self, target: str, ident: str, where: Where, name: str, line: int) -> None:
        """Report `ident` if no `target` (rule, card, article) of that id is declared. A declared one that is
        broken has its own message already; naming it again here would only mislead."""
        known = self.declared[target]
        if ident is not None and ident not in known:
            hint = self.did_you_mean(ident, target)
            self.problem(line, "unknown-ref", where=where, field=name, target=Words(target), id=ident, hint=hint)

    def did_you_mean(self, ident: str, target: str):
        """A close declared id as a hint, for the first few unknown references only: difflib compares
        each pair, and a hostile file with thousands of broken references must still validate at once."""
        self.hints_given = getattr(self, "hints_given", 0) + 1
        if self.hints_given > MAX_HINTS:
            return ""
        known = self.sorted_ids.setdefault(target, sorted(self.declared[target]))
        close = difflib.get_close_matches(ident, known, n=1)
        return Words("did you mean", close[0]) if close else ""

    # -- the program -------------------------------------------------------------------------
    def load(self) -> Program:
        try:
            data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            found = _TOML_LINE.search(str(error))
            detail = re.sub(r"\s*\(at end of document\)", "", _TOML_LINE.sub("", str(error))).strip()
            column = Words("column", found[2]) if found else ""
            line = int(found[1]) if found else max(1, len(self.text.splitlines()))  # "at end of document"
            line, code, params = explain(detail, self.text, line, int(found[2]) if found else None)
            self.problem(line, code, column=column, **params)
            raise ProgramError(self.problems) from None
        except RecursionError:  # tomllib parses nested arrays and inline tables recursively
            self.problem(0, "nesting")
            raise ProgramError(self.problems) from None

        top = self.fields(data, TOP_FIELDS, Where("[program]"), self.lines.root)
        self.declared = _declared_ids(data)
        if top["format"] is not None and top["format"] != SUPPORTED_FORMAT:
            self.problem(self.lines.root.line_of("format"), "format", got=top["format"])
        congress = self.congress(top["congress"] or {})
        rules = self.rules(top["rules"] or {})
        regulations = self.regulations(top["regulation"] or [])
        cards = self.cards(top["card"] or [])
        sessions = self.sessions(top["session"], rules)
        if congress.quorum_rule:
            self.reference("rule", congress.quorum_rule, Where("[congress]"), "quorum",
                           self.lines.table("congress").line_of("quorum"))
        if self.problems:
            raise ProgramError(self.problems)
        return Program(
            congress=congress.value, rules=rules, sessions=tuple(sessions), cards=tuple(cards),
            regulations=tuple(regulations), format=top["format"] or SUPPORTED_FORMAT,
            fingerprint=self.fingerprint, source=self.file,
        )

    def congress(self, data: dict):
        block = self.lines.table("congress")
        where = Where("[congress]")
        values = self.fields(data, CONGRESS_FIELDS, where, block)
        if values["delegates_convened"] is not None and values["delegates_convened"] < 1:
            self.problem(block.line_of("delegates_convened"), "min", where=where, field="delegates_convened",
                         minimum=1, got=values["delegates_convened"])
            values["delegates_convened"] = None
        elif values["delegates_convened"] is not None and values["delegates_convened"] > MAX_FIGURE:
            self.problem(block.line_of("delegates_convened"), "max", where=where, field="delegates_convened",
                         maximum=MAX_FIGURE, got=values["delegates_convened"])
            values["delegates_convened"] = None
        quorum = values.pop("quorum")
        signers = self.signers(values.pop("signers"), where, block)
        guests = values.pop("guests")
        required = ("title", "organization", "delegates_convened")
        if any(values[name] is None for name in required) or signers is None:
            return _Congress(None, quorum)
        optional = {name: value for name, value in values.items() if value is not None}
        return _Congress(Congress(**optional, quorum=quorum or "", guests=tuple(guests or ()), signers=signers),
                         quorum)

    def signers(self, data, where, block) -> Signers | None:
        """`[congress.signers]` (or `signers = { … }` inline): None when a field of it is wrong."""
        if data is None:
            return Signers()
        own = self.lines.table("congress.signers")  # the table may be written anywhere after [congress]
        if own is self.lines.root:  # inline, or as dotted keys inside [congress] (each on its own line)
            dotted = {key.split(".", 1)[1]: line for key, line in block.keys.items() if key.startswith("signers.")}
            own = Block("signers", block.line_of("signers"), dotted)
        values = self.fields(data, SIGNERS_FIELDS, where, own, prefix="signers.")
        if any(name in data and values[name] is None for name in SIGNERS_FIELDS):
            return None
        return Signers(**{name: value.strip() for name, value in values.items() if value is not None})

    def rules(self, data: dict) -> dict[str, Rule]:
        rules = {}
        for name, body in data.items():
            block = self.lines.table(f"rules.{name}")
            if block is self.lines.root:
                block = self.lines.table("rules")
            where = Where("rule", name)
            if not isinstance(body, dict):
                self.problem(block.line_of(name), "type", where=where, field=name, expected=Words("a table"), got=_show(body))
                continue
            values = self.fields(body, RULE_FIELDS, where, block)
            if values["base"] is not None and values["base"] not in RULE_BASES:
                self.problem(block.line_of("base"), "base", where=where, got=values["base"], allowed=", ".join(RULE_BASES))
                continue
            if values["fraction"] is None or values["base"] is None:
                continue
            strict = True if values["strict"] is None else values["strict"]
            if strict and values["fraction"] == 1:  # "more than all of them": no vote can ever pass
                self.problem(block.line_of("fraction"), "unreachable", where=where)
                continue
            rules[name] = Rule(name, values["fraction"], values["base"], strict, values["description"] or "")
        return rules

    def checked_entries(self, entries: list[dict], blocks: list[Block], fallback: Block, kind: str, spec: dict,
                        seen: dict):
        """Each entry of an array of tables checked against `spec`: (block for lines, Where, values).
        Entries without a header of their own (inline arrays) are located at `fallback`."""
        for index, data in enumerate(entries):
            block = blocks[index] if index < len(blocks) else fallback
            ident = data.get("id") if isinstance(data.get("id"), str) else f"#{index + 1}"
            where = Where(kind, ident)
            values = self.fields(data, spec, where, block)
            self.unique(seen, values["id"], where, block.line_of("id"))
            yield block, where, values, data

    def regulations(self, entries: list[dict]) -> list[Regulation]:
        regulations, seen_articles = [], {}
        for block, _, values, _ in self.checked_entries(entries, self.lines.entries("regulation"), self.lines.root,
                                                        "regulation", REGULATION_FIELDS, {}):
            own = []
            article_blocks = self.lines.children(block, "regulation.article")
            for article_block, _, article, _ in self.checked_entries(values["article"] or [], article_blocks, block,
                                                                     "article", ARTICLE_FIELDS, seen_articles):
                if article["id"] and article["number"]:
                    own.append(Article(article["id"], article["number"], article["title"] or "", article["text"] or ""))
            if values["id"] and values["title"]:
                regulations.append(Regulation(values["id"], values["title"], tuple(own)))
        return regulations

    def cards(self, entries: list[dict]) -> list[Card]:
        cards = []
        for block, where, values, _ in self.checked_entries(entries, self.lines.entries("card"), self.lines.root,
                                                            "card", CARD_FIELDS, {}):
            for ref in values["refs"] or []:
                self.reference("article", ref, where, "refs", block.line_of("refs"))
            self.placeholders(values["script"], where, "script", block)
            if values["id"] and values["title"]:
                cards.append(Card(values["id"], values["title"], values["when"] or "", tuple(values["steps"] or ()),
                                  values["script"] or "", tuple(values["refs"] or ())))
        return cards

    def sessions(self, entries, rules: dict) -> list[Session]:
        if not entries:
            if entries is not None:
                self.problem(0, "no-sessions")
            return []
        sessions, seen_items = [], {}
        for block, where, values, data in self.checked_entries(entries, self.lines.entries("session"),
                                                               self.lines.root, "session", SESSION_FIELDS, {}):
            item_blocks = self.lines.children(block, "session.item")
            items = [
                self.item(item, item_blocks[i] if i < len(item_blocks) else block, rules, seen_items, i)
                for i, item in enumerate(values["item"] or [])
            ]
            if "item" not in data or values["item"] == []:
                self.problem(block.line, "empty-session", where=where)
            if None in (values["id"], values["title"], values["date"], values["start"]) or None in items:
                continue
            session = Session(values["id"], values["title"], values["date"], values["start"], tuple(items), block.line)
            try:
                session.planned_end  # the plan must fit the calendar (year 9999, or a duration of 10**14 hours)
            except OverflowError:
                self.problem(block.line, "calendar", where=where)
                continue
            sessions.append(session)
        return sessions

    def item(self, data: dict, block: Block, rules: dict, seen: dict, index: int) -> Item | None:
        ident = data.get("id") if isinstance(data.get("id"), str) else f"#{index + 1}"
        where = Where("item", ident)
        values = self.fields(data, ITEM_FIELDS, where, block)
        self.unique(seen, values["id"], where, block.line_of("id"))
        kind = values["kind"]
        if kind is not None and kind not in ITEM_KINDS:
            self.problem(block.line_of("kind"), "kind", where=where, got=kind, allowed=", ".join(ITEM_KINDS))
            kind = None
        for card in values["cards"] or []:
            self.reference("card", card, where, "cards", block.line_of("cards"))
        self.placeholders(values["script"], where, "script", block)
        vote = self.vote(values["vote"], kind, rules, where, block)
        election = self.election(values["election"], kind, rules, where, block)
        speakers = self.speakers(values["speaker"], kind, where, block)
        if values["speaker_allowance"] is not None and kind not in (None, "discussion"):
            self.problem(block.line_of("speaker_allowance"), "only-for", where=where, field="speaker_allowance",
                         kind="discussion", got=kind)
        if None in (values["id"], values["title"], kind, values["duration"]) or speakers is None:
            return None
        if (kind == "vote" and vote is None) or (kind == "election" and election is None):
            return None
        return Item(
            id=values["id"], title=values["title"], kind=kind, duration=values["duration"], by=values["by"] or "",
            script=values["script"] or "", notes=values["notes"] or "", cards=tuple(values["cards"] or ()),
            vote=vote, election=election, speakers=speakers, speaker_allowance=values["speaker_allowance"],
            line=block.line,
        )

    def kind_table(self, data, field: str, kind, where, block) -> bool:
        """`vote` and `election` go with items of that kind: one missing on its item, or one on an item of
        another kind, is a problem. True when there is a table to read."""
        if data is None:
            if kind == field:
                self.problem(block.line, "needs", where=where, kind=field, field=field)
            return False
        if kind is not None and kind != field:
            self.problem(block.line_of(field), "only-for", where=where, field=field, kind=field, got=kind)
        return True

    def vote(self, data, kind, rules, where, block) -> VoteSpec | None:
        if not self.kind_table(data, "vote", kind, where, block):
            return None
        line = block.line_of("vote")
        values = self.fields(data, VOTE_FIELDS, where, Block("vote", line), prefix="vote.")
        self.reference("rule", values["rule"], where, "vote.rule", line)
        if values["question"] and values["rule"] in rules:
            return VoteSpec(values["question"], values["rule"])
        return None

    def election(self, data, kind, rules, where, block) -> ElectionSpec | None:
        if not self.kind_table(data, "election", kind, where, block):
            return None
        table = self.lines.children(block, "session.item.election")
        own = table[0] if table else Block("election", block.line_of("election"))
        values = self.fields(data, ELECTION_FIELDS, where, own, prefix="election.")
        self.reference("rule", values["rule"], where, "election.rule", own.line_of("rule"))
        for change in ("withdraw_rule", "nominate_rule"):
            self.reference("rule", values[change], where, f"election.{change}", own.line_of(change))
        seats, candidates = values["seats"], values["candidates"] or []
        if seats is not None and seats < 1:
            self.problem(own.line_of("seats"), "min", where=where, field="election.seats", minimum=1, got=seats)
            seats = None
        elif seats is not None and seats > MAX_SEATS:
            self.problem(own.line_of("seats"), "max", where=where, field="election.seats", maximum=MAX_SEATS, got=seats)
            seats = None
        surplus = values["max_surplus"]
        if seats and candidates:
            self.candidate_list(candidates, seats, surplus, where, own.line_of("candidates"))
        if values["body"] and seats and values["rule"] in rules:
            return ElectionSpec(values["body"], seats, values["rule"], tuple(candidates), surplus,
                                values["withdraw_rule"] or "", values["nominate_rule"] or "")
        return None

    def candidate_list(self, candidates, seats, surplus, where, line) -> None:
        for name in {name for name in candidates if candidates.count(name) > 1}:
            self.problem(line, "duplicate-name", where=where, name=name)
        maximum = max_candidates(seats, surplus)  # whole people: 30% of 15 seats allows 4 more, not 4.5
        if len(candidates) < seats:
            self.problem(line, "few-candidates", where=where, got=len(candidates), seats=seats)
        elif len(candidates) > maximum:
            self.problem(line, "surplus", where=where, got=len(candidates), seats=seats,
                         percent=surplus_words(surplus), maximum=maximum)

    def speakers(self, entries, kind, where, block) -> tuple[Speaker, ...] | None:
        if not entries:
            return ()
        if kind is not None and kind != "discussion":
            self.problem(block.line_of("speaker"), "only-for", where=where, field="speaker", kind="discussion", got=kind)
        blocks = self.lines.children(block, "session.item.speaker")
        speakers, broken = [], False
        for position, data in enumerate(entries):
            own = blocks[position] if position < len(blocks) else block
            values = self.fields(data, SPEAKER_FIELDS, where, own, prefix="speaker.")
            if values["name"] is None:
                broken = True
                continue
            speakers.append(Speaker(values["name"], values["unit"] or "", values["topic"] or "", values["duration"]))
        return None if broken else tuple(speakers)

    def placeholders(self, text, where, field, block) -> None:
        if not text:
            return
        for name, hint, index in placeholder_problems(text):
            line = self.line_in(block.line_of(field), text, index)  # the line at fault in a long script
            if name is None:
                self.problem(line, "brace", where=where, field=field)
            else:
                self.problem(line, "placeholder", where=where, field=field, name=name,
                             hint=Words("did you mean", hint) if hint else "")


class _Congress:
    """The congress table as far as it could be read, plus the quorum rule name to check later."""

    def __init__(self, value: Congress | None, quorum_rule: str | None):
        self.value, self.quorum_rule = value, quorum_rule


def _declared_ids(data: dict) -> dict[str, set[str]]:
    """Ids the file declares, whether or not their own definition turns out valid."""
    def ids(entries) -> set[str]:
        return {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)} if isinstance(entries, list) else set()

    regulations = data.get("regulation") if isinstance(data.get("regulation"), list) else []
    articles = set().union(*(ids(r.get("article")) for r in regulations if isinstance(r, dict)))
    rules = data.get("rules")
    return {"rule": set(rules) if isinstance(rules, dict) else set(), "card": ids(data.get("card")), "article": articles}


def _parse_fraction(text: str) -> Fraction:
    value = Fraction(text.strip())
    if not 0 < value <= 1:
        raise ValueError(text)
    return value


def _parse_percent(text: str) -> Fraction:
    match = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*%\s*", text)
    if not match:
        raise ValueError(text)
    return Fraction(match[1].replace(",", ".")) / 100


def _show(value) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return str(value)
