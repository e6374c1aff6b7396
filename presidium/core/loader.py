"""Read a program file (TOML) into a Program, or report every problem in it at once.

The loader never raises anything but ProgramError for a bad file: each check records a Problem with
the line it concerns and carries on, so the person fixing the file sees the whole list in one go.
"""

from __future__ import annotations

import contextlib
import hashlib
import tomllib
from collections import Counter
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

from presidium.core.ballots import max_candidates, surplus_words
from presidium.core.catalogue import Message
from presidium.core.catalogue.system import reason as system_reason
from presidium.core.counting.rules import OPERATOR_REASONS, ValidityRules
from presidium.core.field_checks import Checked, FieldChecks, Spec, Table, show_value
from presidium.core.problems import Problem, ProgramError, place
from presidium.core.program import (
    ITEM_KINDS,
    RULE_BASES,
    Article,
    Card,
    Congress,
    ElectionSpec,
    Item,
    Members,
    Program,
    Regulation,
    Rule,
    Session,
    Signers,
    Speaker,
    VoteSpec,
)
from presidium.core.toml_hints import problem_of
from presidium.core.toml_lines import Block, LineIndex

SUPPORTED_FORMAT = 1
# Bounds on the figures a program gives: no congress convenes more, no body has more seats.
MAX_FIGURE = 100_000
MAX_SEATS = 1_000
# A four-day congress holds a few hundred items; a discussion a few dozen speakers.
MAX_ITEMS = 2_000
MAX_SPEAKERS = 500

# Field specs: name -> (kind, required). Kinds are checked by FieldChecks.value.
CONGRESS_FIELDS = {
    "title": ("str", True),
    "organization": ("str", True),
    "delegates_convened": ("int", True),
    "superior": ("str", False),
    "place": ("str", False),
    "venue": ("str", False),
    "congress_name": ("str", False),
    "term": ("str", False),
    "quorum": ("str", False),
    "guests": ("strlist", False),
    "signers": ("table", False),
    "heading": ("lines", False),
    "members": ("table", False),
}
SIGNERS_FIELDS = {"presidium": ("str", False), "secretariat": ("str", False), "counting": ("str", False)}
MEMBERS_FIELDS = {"presidium": ("strlist", False), "secretariat": ("strlist", False), "counting": ("strlist", False)}
RULE_FIELDS = {
    "fraction": ("fraction", True),
    "base": ("str", True),
    "strict": ("bool", False),
    "description": ("str", False),
}
SESSION_FIELDS = {
    "id": ("str", True),
    "title": ("str", True),
    "date": ("date", True),
    "start": ("clock", True),
    "end": ("clock", False),
    "item": ("tables", False),
}
ITEM_FIELDS = {
    "id": ("str", True),
    "title": ("str", True),
    "kind": ("str", True),
    "duration": ("duration", True),
    "by": ("str", False),
    "script": ("str", False),
    "notes": ("str", False),
    "cards": ("strlist", False),
    "vote": ("table", False),
    "election": ("table", False),
    "speaker": ("tables", False),
    "speaker_allowance": ("duration", False),
}
VOTE_FIELDS = {"question": ("str", True), "rule": ("str", True)}
ELECTION_FIELDS = {
    "body": ("str", True),
    "seats": ("int", True),
    "rule": ("str", True),
    "candidates": ("strlist", False),
    "max_surplus": ("surplus", False),
    "withdraw_rule": ("str", False),
    "nominate_rule": ("str", False),
}
SPEAKER_FIELDS = {
    "name": ("str", True),
    "unit": ("str", False),
    "topic": ("str", False),
    "duration": ("duration", False),
}
CARD_FIELDS = {
    "id": ("str", True),
    "title": ("str", True),
    "when": ("str", False),
    "steps": ("strlist", False),
    "script": ("str", False),
    "refs": ("strlist", False),
}
REGULATION_FIELDS = {"id": ("str", True), "title": ("str", True), "article": ("tables", False)}
ARTICLE_FIELDS = {"id": ("str", True), "number": ("str", True), "title": ("str", False), "text": ("str", False)}
TOP_FIELDS = {
    "format": ("int", False),
    "congress": ("table", True),
    "rules": ("table", False),
    "session": ("tables", True),
    "card": ("tables", False),
    "regulation": ("tables", False),
    "counting": ("table", False),
}
COUNTING_FIELDS = {
    "over_seats": ("bool", False),
    "none_kept": ("bool", False),
    "reasons": ("strlist", False),
    "article": ("str", False),
    "regulation": ("str", False),
}

# Every field a problem can name, a nested table's with its prefix ("vote.rule"): each is said in words,
# the catalogue's "problem.field.<key>" (tests/test_problem_catalogue.py checks that none is missing).
FIELD_KEYS = frozenset(
    prefix + name
    for spec, prefix in (
        (TOP_FIELDS, ""),
        (CONGRESS_FIELDS, ""),
        (SIGNERS_FIELDS, "signers."),
        (MEMBERS_FIELDS, "members."),
        (RULE_FIELDS, ""),
        (SESSION_FIELDS, ""),
        (ITEM_FIELDS, ""),
        (VOTE_FIELDS, "vote."),
        (ELECTION_FIELDS, "election."),
        (SPEAKER_FIELDS, "speaker."),
        (CARD_FIELDS, ""),
        (REGULATION_FIELDS, ""),
        (ARTICLE_FIELDS, ""),
        (COUNTING_FIELDS, ""),
    )
    for name in spec
)


def load_program(path: str | Path) -> Program:
    """The program in `path`, or ProgramError listing every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ProgramError(
            [Problem(str(path), 0, Message("problem.unreadable", detail=system_reason(error)))]
        ) from None
    return load_program_bytes(raw, str(path))


def load_program_bytes(raw: bytes, source: str, *, recorded: bool = False) -> Program:
    """`recorded`: the program a run was recorded with. Checks added since (control characters, names
    equal once normalised) are not held against it, so no journal ever becomes impossible to export."""
    try:
        text = raw.decode("utf-8-sig")  # a BOM, as older Windows Notepad writes, is not part of the TOML
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1  # the line holding the first byte that is not UTF-8
        raise ProgramError([Problem(source, line, Message("problem.encoding"))]) from None
    return _Loader(text, source, hashlib.sha256(raw).hexdigest(), recorded).load()


def load_program_text(text: str, source: str = "<text>") -> Program:
    return load_program_bytes(text.encode("utf-8"), source)


def check_data(data: Table, source: str = "<draft>") -> list[Problem]:
    """Every problem in a program already parsed into plain values (the editor's draft), by the same checks
    as a file. Lines are 0: the editor points at the node and field each problem names instead."""
    loader = _Loader("", source, "")
    with contextlib.suppress(ProgramError):
        loader.check(data)
    return sorted(loader.problems, key=lambda problem: problem.line)


class _Loader(FieldChecks):
    def __init__(self, text: str, source: str, fingerprint: str, recorded: bool = False) -> None:
        self.text, self.file, self.fingerprint, self.recorded = text, source, fingerprint, recorded
        self.problems: list[Problem] = []
        self.sorted_ids: dict[str, list[str]] = {}

    # -- the program -------------------------------------------------------------------------
    def load(self) -> Program:
        try:
            data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            self.problems.append(problem_of(error, self.text, self.file))
            raise ProgramError(self.problems) from None
        except RecursionError:  # tomllib parses nested arrays and inline tables recursively
            self.problem(0, "nesting")
            raise ProgramError(self.problems) from None
        return self.check(data)

    def check(self, data: Table) -> Program:
        self.refuse_oversized(data)
        self.lines = LineIndex(self.text)

        top = self.fields(data, TOP_FIELDS, "[program]", self.lines.root, top=True)
        self.declared = _declared_ids(data)
        if top["format"] is not None and top["format"] != SUPPORTED_FORMAT:
            self.problem(self.lines.root.line_of("format"), "format", got=top["format"])
        congress = self.congress(top["congress"] or {})
        rules = self.rules(top["rules"] or {})
        regulations = self.regulations(top["regulation"] or [])
        cards = self.cards(top["card"] or [])
        sessions = self.sessions(top["session"], rules)
        counting = self.counting(top["counting"]) if top["counting"] is not None else None
        if congress.quorum_rule:
            line = self.lines.table("congress").line_of("quorum")
            self.reference("rule", congress.quorum_rule, "[congress]", "quorum", line)
            rule = rules.get(congress.quorum_rule)
            if rule is not None and rule.base not in ("convened", "present"):  # counted before any vote is cast
                self.problem(line, "quorum-base", where="[congress]", rule=rule.name, base=rule.base)
        if self.problems or congress.value is None:  # a congress that could not be read has said why
            raise ProgramError(self.problems)
        return Program(
            congress=congress.value,
            rules=rules,
            sessions=tuple(sessions),
            cards=tuple(cards),
            regulations=tuple(regulations),
            format=top["format"] or SUPPORTED_FORMAT,
            fingerprint=self.fingerprint,
            source=self.file,
            counting=counting,
        )

    def counting(self, data: Table) -> ValidityRules:
        """The counting's validity rules (`[counting]`); what is not given keeps the Party's default."""
        block = self.lines.table("counting")
        where = "[counting]"
        values = self.fields(data, COUNTING_FIELDS, where, block)
        for reason in values["reasons"] or ():
            if reason not in OPERATOR_REASONS:
                self.problem(
                    block.line_of("reasons"),
                    "counting-reason",
                    where=where,
                    got=reason,
                    allowed=", ".join(OPERATOR_REASONS),
                )
        given = {key: value for key, value in values.items() if value is not None}
        if "reasons" in given:
            given["reasons"] = tuple(given["reasons"])
        if "regulation" in given:
            given["regulation"] = (given["regulation"], given["regulation"])
        return ValidityRules(**given)

    def refuse_oversized(self, data: Table) -> None:
        """A program with more items (or one discussion with more speakers) than any congress holds is
        refused at once, before the line index and the checks: it would take the podium seconds to lay
        out, and it is a generated or damaged file, not an agenda."""
        given = data.get("session")
        sessions = given if isinstance(given, list) else []
        items = [
            item
            for session in sessions
            if isinstance(session, dict) and isinstance(session.get("item"), list)
            for item in session["item"]
        ]
        speakers = max(
            (
                len(item["speaker"])
                for item in items
                if isinstance(item, dict) and isinstance(item.get("speaker"), list)
            ),
            default=0,
        )
        for what, count, limit in (("items", len(items), MAX_ITEMS), ("speakers", speakers, MAX_SPEAKERS)):
            if count > limit and not self.recorded:  # a recorded run's program is replayed as it was
                self.problem(0, "oversized", what=Message(f"problem.word.{what}"), got=count, limit=limit)
                raise ProgramError(self.problems)

    def congress(self, data: Table) -> _Congress:
        block = self.lines.table("congress")
        where = "[congress]"
        values = self.fields(data, CONGRESS_FIELDS, where, block)
        if values["delegates_convened"] is not None and values["delegates_convened"] < 1:
            self.problem(
                block.line_of("delegates_convened"),
                "min",
                where=where,
                field="delegates_convened",
                minimum=1,
                got=values["delegates_convened"],
            )
            values["delegates_convened"] = None
        elif values["delegates_convened"] is not None and values["delegates_convened"] > MAX_FIGURE:
            self.problem(
                block.line_of("delegates_convened"),
                "max",
                where=where,
                field="delegates_convened",
                maximum=MAX_FIGURE,
                got=values["delegates_convened"],
            )
            values["delegates_convened"] = values["delegates_convened"] if self.recorded else None
        quorum = values.pop("quorum")
        signers = self.signers(values.pop("signers"), where, block)
        members = self.members(values.pop("members"), where, block)
        guests = values.pop("guests")
        heading = values.pop("heading")
        if isinstance(heading, list):  # the national heading in two lines: quốc hiệu, then tiêu ngữ
            values["heading"], values["motto"] = heading[0], heading[1] if len(heading) > 1 else ""
        elif heading is not None:
            values["heading"] = heading
        required = ("title", "organization", "delegates_convened")
        if any(values[name] is None for name in required) or signers is None or members is None:
            return _Congress(None, quorum)
        optional = {name: value for name, value in values.items() if value is not None}
        return _Congress(
            Congress(**optional, quorum=quorum or "", guests=tuple(guests or ()), signers=signers, members=members),
            quorum,
        )

    def members(self, data: Table | None, where: str, block: Block) -> Members | None:
        """`[congress.members]`: the names of the working bodies; None when a field of it is wrong."""
        if data is None:
            return Members()
        own = self.lines.table("congress.members")
        if own is self.lines.root:  # inline, or as dotted keys inside [congress]
            dotted = {key.split(".", 1)[1]: line for key, line in block.keys.items() if key.startswith("members.")}
            own = Block("members", block.line_of("members"), dotted)
        values = self.fields(data, MEMBERS_FIELDS, where, own, prefix="members.")
        if any(name in data and values[name] is None for name in MEMBERS_FIELDS):
            return None
        return Members(
            **{
                name: tuple(" ".join(n.split()) for n in value if n.strip())
                for name, value in values.items()
                if value is not None
            }
        )

    def signers(self, data: Table | None, where: str, block: Block) -> Signers | None:
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

    def rules(self, data: Table) -> dict[str, Rule]:
        rules: dict[str, Rule] = {}
        for name, body in data.items():
            block = self.lines.table(f"rules.{name}")
            if block is self.lines.root:
                block = self.lines.table("rules")
            where = place("rule", name)
            if not isinstance(body, dict):
                self.problem(
                    block.line_of(name),
                    "type",
                    where=where,
                    field=name,
                    expected=Message("problem.word.a-table"),
                    got=show_value(body),
                )
                continue
            values = self.fields(body, RULE_FIELDS, where, block)
            if values["base"] is not None and values["base"] not in RULE_BASES:
                self.problem(
                    block.line_of("base"), "base", where=where, got=values["base"], allowed=", ".join(RULE_BASES)
                )
                continue
            if values["fraction"] is None or values["base"] is None:
                continue
            strict = True if values["strict"] is None else values["strict"]
            if strict and values["fraction"] == 1:  # "more than all of them": no vote can ever pass
                self.problem(block.line_of("fraction"), "unreachable", where=where)
                if not self.recorded:  # a run recorded with it replays it (its votes were refused)
                    continue
            rules[name] = Rule(name, values["fraction"], values["base"], strict, values["description"] or "")
        return rules

    def checked_entries(
        self, entries: list[Table], blocks: list[Block], fallback: Block, kind: str, spec: Spec, seen: dict[str, int]
    ) -> Iterator[tuple[Block, str, Checked, Table]]:
        """Each entry of an array of tables checked against `spec`: (block for lines, place, values).
        Entries without a header of their own (inline arrays) are located at `fallback`."""
        for index, data in enumerate(entries):
            block = blocks[index] if index < len(blocks) else fallback
            given = data.get("id")
            where = place(kind, given if isinstance(given, str) else f"#{index + 1}")
            values = self.fields(data, spec, where, block)
            self.unique(seen, values["id"], where, block.line_of("id"))
            yield block, where, values, data

    def regulations(self, entries: list[Table]) -> list[Regulation]:
        regulations: list[Regulation] = []
        seen_articles: dict[str, int] = {}
        for block, _, values, _ in self.checked_entries(
            entries, self.lines.entries("regulation"), self.lines.root, "regulation", REGULATION_FIELDS, {}
        ):
            own = []
            article_blocks = self.lines.children(block, "regulation.article")
            for _block, _, article, _ in self.checked_entries(
                values["article"] or [], article_blocks, block, "article", ARTICLE_FIELDS, seen_articles
            ):
                if article["id"] and article["number"]:
                    own.append(Article(article["id"], article["number"], article["title"] or "", article["text"] or ""))
            if values["id"] and values["title"]:
                regulations.append(Regulation(values["id"], values["title"], tuple(own)))
        return regulations

    def cards(self, entries: list[Table]) -> list[Card]:
        cards = []
        for block, where, values, _ in self.checked_entries(
            entries, self.lines.entries("card"), self.lines.root, "card", CARD_FIELDS, {}
        ):
            for ref in values["refs"] or []:
                self.reference("article", ref, where, "refs", block.line_of("refs"))
            self.placeholders(values["script"], where, "script", block)
            if values["id"] and values["title"]:
                cards.append(
                    Card(
                        values["id"],
                        values["title"],
                        values["when"] or "",
                        tuple(values["steps"] or ()),
                        values["script"] or "",
                        tuple(values["refs"] or ()),
                    )
                )
        return cards

    def sessions(self, entries: list[Table] | None, rules: dict[str, Rule]) -> list[Session]:
        if not entries:
            if entries is not None:
                self.problem(0, "no-sessions")
            return []
        sessions: list[Session] = []
        seen_items: dict[str, int] = {}
        for block, where, values, data in self.checked_entries(
            entries, self.lines.entries("session"), self.lines.root, "session", SESSION_FIELDS, {}
        ):
            item_blocks = self.lines.children(block, "session.item")
            items = [
                self.item(item, item_blocks[i] if i < len(item_blocks) else block, rules, seen_items, i)
                for i, item in enumerate(values["item"] or [])
            ]
            if "item" not in data or values["item"] == []:
                self.problem(block.line, "empty-session", where=where)
            held = [item for item in items if item is not None]
            if None in (values["id"], values["title"], values["date"], values["start"]) or len(held) < len(items):
                continue
            session = Session(values["id"], values["title"], values["date"], values["start"], tuple(held), block.line)
            try:
                _ = session.planned_end  # the plan must fit the calendar (year 9999, or a duration of 10**14 hours)
            except OverflowError:
                self.problem(block.line, "calendar", where=where)
                continue
            sessions.append(session)
        return sessions

    def item(self, data: Table, block: Block, rules: dict[str, Rule], seen: dict[str, int], index: int) -> Item | None:
        given = data.get("id")
        where = place("item", given if isinstance(given, str) else f"#{index + 1}")
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
            self.problem(
                block.line_of("speaker_allowance"),
                "only-for",
                where=where,
                field="speaker_allowance",
                kind="discussion",
                got=kind,
            )
        if None in (values["id"], values["title"], kind, values["duration"]) or speakers is None:
            return None
        if (kind == "vote" and vote is None) or (kind == "election" and election is None):
            return None
        return Item(
            id=values["id"],
            title=values["title"],
            kind=kind,
            duration=values["duration"],
            by=values["by"] or "",
            script=values["script"] or "",
            notes=values["notes"] or "",
            cards=tuple(values["cards"] or ()),
            vote=vote,
            election=election,
            speakers=speakers,
            speaker_allowance=values["speaker_allowance"],
            line=block.line,
        )

    def kind_table(self, data: Table | None, field: str, kind: str | None, where: str, block: Block) -> bool:
        """`vote` and `election` go with items of that kind: one missing on its item, or one on an item of
        another kind, is a problem. True when there is a table to read."""
        if data is None:
            if kind == field:
                self.problem(block.line, "needs", where=where, kind=field, field=field)
            return False
        if kind is not None and kind != field:
            self.problem(block.line_of(field), "only-for", where=where, field=field, kind=field, got=kind)
        return True

    def vote(
        self, data: Table | None, kind: str | None, rules: dict[str, Rule], where: str, block: Block
    ) -> VoteSpec | None:
        if not self.kind_table(data, "vote", kind, where, block) or data is None:
            return None
        line = block.line_of("vote")
        values = self.fields(data, VOTE_FIELDS, where, Block("vote", line), prefix="vote.")
        self.reference("rule", values["rule"], where, "vote.rule", line)
        if values["question"] and values["rule"] in rules:
            return VoteSpec(values["question"], values["rule"])
        return None

    def election(
        self, data: Table | None, kind: str | None, rules: dict[str, Rule], where: str, block: Block
    ) -> ElectionSpec | None:
        if not self.kind_table(data, "election", kind, where, block) or data is None:
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
            seats = seats if self.recorded else None
        surplus = values["max_surplus"]
        if seats and candidates:
            self.candidate_list(candidates, seats, surplus, where, own.line_of("candidates"))
        if values["body"] and seats and values["rule"] in rules:
            return ElectionSpec(
                values["body"],
                seats,
                values["rule"],
                tuple(candidates),
                surplus,
                values["withdraw_rule"] or "",
                values["nominate_rule"] or "",
            )
        return None

    def candidate_list(
        self, candidates: list[str], seats: int, surplus: Fraction | int | None, where: str, line: int
    ) -> None:
        for name in sorted(name for name, times in Counter(candidates).items() if times > 1):  # linear, not n²
            self.problem(line, "duplicate-name", where=where, name=name)
        maximum = max_candidates(seats, surplus)  # whole people: 30% of 15 seats allows 4 more, not 4.5
        if len(candidates) < seats:
            self.problem(line, "few-candidates", where=where, got=len(candidates), seats=seats)
        elif len(candidates) > maximum:
            self.problem(
                line,
                "surplus",
                where=where,
                got=len(candidates),
                seats=seats,
                percent=surplus_words(surplus),
                maximum=maximum,
            )

    def speakers(
        self, entries: list[Table] | None, kind: str | None, where: str, block: Block
    ) -> tuple[Speaker, ...] | None:
        if not entries:
            return ()
        if kind is not None and kind != "discussion":
            self.problem(
                block.line_of("speaker"), "only-for", where=where, field="speaker", kind="discussion", got=kind
            )
        blocks = self.lines.children(block, "session.item.speaker")
        speakers: list[Speaker] = []
        broken = False
        for position, data in enumerate(entries):
            own = blocks[position] if position < len(blocks) else block
            values = self.fields(data, SPEAKER_FIELDS, where, own, prefix="speaker.")
            if values["name"] is None:
                broken = True
                continue
            speakers.append(Speaker(values["name"], values["unit"] or "", values["topic"] or "", values["duration"]))
        return None if broken else tuple(speakers)


class _Congress:
    """The congress table as far as it could be read, plus the quorum rule name to check later."""

    def __init__(self, value: Congress | None, quorum_rule: str | None) -> None:
        self.value, self.quorum_rule = value, quorum_rule


def _declared_ids(data: Table) -> dict[str, set[str]]:
    """Ids the file declares, whether or not their own definition turns out valid."""

    def ids(entries: object) -> set[str]:
        return (
            {e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)}
            if isinstance(entries, list)
            else set()
        )

    given = data.get("regulation")
    regulations = given if isinstance(given, list) else []
    articles: set[str] = set().union(*(ids(r.get("article")) for r in regulations if isinstance(r, dict)))
    rules = data.get("rules")
    return {
        "rule": set(rules) if isinstance(rules, dict) else set(),
        "card": ids(data.get("card")),
        "article": articles,
    }
