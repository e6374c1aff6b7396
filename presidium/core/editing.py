"""The program as a draft being edited: one Qt-free API that changes it and re-runs the loader's checks.

A draft wraps the parsed file as nested mappings and lists. From `infra.program_file` that is a tomlkit
document, so comments, key order and blank lines survive the edits; in tests it may be plain dicts.
The draft never imports a TOML library: new tables and values are built by a `Layout` given to it.

Nodes are addressed by paths:
    ("congress",)  ("rules", NAME)  ("session", i)  ("session", i, "item", j)
    ("card", i)  ("regulation", i)  ("regulation", i, "article", j)
Every change returns what undoes it, so the window's undo stack is a list of such pairs; after each
change the listeners hear the path that changed and `problems()` says what the loader now finds.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

from presidium.core.durations import parse_clock, parse_duration
from presidium.core.entry import unique_id
from presidium.core.loader import check_data
from presidium.core.problems import Problem, place_of

# ("session", 2, "item", 5): where a node is in the draft (see above). Names and positions alternate (a rule
# is found by its name), a shape Python's types cannot say per place: the draft reads each place as the shape
# of its path promises.
NodePath = tuple[Any, ...]
# A table of the draft: a tomlkit table (plain dict in tests) whose values are the file's, of any TOML type.
Node = MutableMapping[str, Any]
# Where an entry is named by id: (the entry that names it, its list field, the position in that list).
Reference = tuple[NodePath, str, int]
# kind of a new entry -> (id when the title gives none, the fields a new one starts with)
NEW: dict[str, tuple[str, dict[str, Any]]] = {
    "session": ("phien", {"title": "", "date": None, "start": "07:30", "item": None}),
    "item": ("muc", {"title": "", "kind": "procedure", "duration": "5m"}),
    "card": ("the", {"title": ""}),
    "regulation": ("quy-che", {"title": ""}),
    "article": ("dieu", {"number": "", "title": ""}),
}


class Layout:
    """How new values enter the document. The plain layout uses dicts and lists; infra's keeps TOML's look."""

    def table(self, values: dict[str, Any]) -> Node:
        return dict(values)

    def value(self, key: str, value: Any) -> Any:
        return value

    def tables(self) -> list[Node]:
        return []

    def plain(self, data: Any) -> Any:
        return copy.deepcopy(data)

    def insert(self, entries: list[Node], index: int, table: Node) -> None:
        entries.insert(index, table)

    def remove(self, entries: list[Node], index: int) -> Node:
        return entries.pop(index)

    def add_table(self, holder: Node, key: str, table: Node) -> None:
        holder[key] = table

    def remove_table(self, holder: Node, key: str) -> Node:
        table: Node = holder.pop(key)
        return table


@dataclass(frozen=True)
class Slot:
    """Where an item falls in its session's plan, recomputed from the draft as it is typed."""

    index: int
    title: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Timeline:
    session: int
    slots: tuple[Slot, ...]
    start: datetime | None
    end: datetime | None
    planned_end: datetime | None  # the session's own `end`, when the program gives one
    overrun: bool  # runs past its planned end
    collides: str | None  # title of the next session on the same day that it runs into


class ProgramDraft:
    def __init__(self, data: Node, layout: Layout | None = None) -> None:
        self.data = data
        self.layout = layout or Layout()
        self._listeners: list[Callable[[NodePath], None]] = []
        self._copies: dict[int, tuple[Node, Node]] = {}  # id(session table) -> (table, its plain copy)

    # -- reading -------------------------------------------------------------------------------
    def node(self, path: NodePath) -> Node:
        table: Node
        if path[0] == "congress":
            table = self.data["congress"]
        elif path[0] == "rules":
            table = self.data["rules"][path[1]]
        else:
            table = self.data[path[0]][path[1]]
            if len(path) == 4:
                table = table[path[2]][path[3]]
        return table

    def get(self, path: NodePath, key: str, default: Any = None) -> Any:
        value = self.node(path).get(key, default)
        return self.layout.plain(value) if value is not None else default

    def entries(self, list_path: NodePath) -> list[Node]:
        """The list that holds entries (("session",), ("session", 0, "item"), ("card",)…); [] when absent."""
        entries: list[Node]
        if len(list_path) == 1:
            entries = self.data.get(list_path[0], [])
        else:
            entries = self.node(list_path[:2]).get(list_path[2], [])
        return entries

    def count(self, list_path: NodePath) -> int:
        return len(self.entries(list_path))

    def paths(self, list_path: NodePath) -> list[NodePath]:
        return [
            list_path + (i,) if len(list_path) == 1 else list_path[:2] + (list_path[2], i)
            for i in range(self.count(list_path))
        ]

    def rule_names(self) -> list[str]:
        return list(self.data.get("rules", {}))

    def ids(self, kind: str) -> list[str]:
        """Ids in use of one kind of entry, for choosers and for unique new ids."""
        if kind == "item":
            return [
                item.get("id", "")
                for s in range(self.count(("session",)))
                for item in self.entries(("session", s, "item"))
            ]
        if kind == "article":
            return [
                a.get("id", "")
                for r in range(self.count(("regulation",)))
                for a in self.entries(("regulation", r, "article"))
            ]
        return [entry.get("id", "") for entry in self.entries((kind,))]

    def titled(self, kind: str) -> list[tuple[str, str]]:
        """(id, title) of every card, article or rule: what a list of choices shows."""
        if kind == "rule":
            return [(name, str(rule.get("description", ""))) for name, rule in self.data.get("rules", {}).items()]
        if kind == "article":
            return [
                (str(a.get("id", "")), f"{a.get('number', '')} {a.get('title', '')}".strip())
                for r in range(self.count(("regulation",)))
                for a in self.entries(("regulation", r, "article"))
            ]
        return [(str(e.get("id", "")), str(e.get("title", ""))) for e in self.entries((kind,))]

    def plain(self) -> dict[str, Any]:
        """The draft as plain values. Each session's copy is kept until something in it changes: a change
        touches one session, and copying all of a 500-item program on every keystroke costs a third of a check."""
        plain = {key: self.layout.plain(value) for key, value in self.data.items() if key != "session"}
        sessions = self.data.get("session")
        if sessions is None:
            return plain
        kept: dict[int, tuple[Node, Node]] = {}
        copies = []
        for table in sessions:
            cached = self._copies.get(id(table))
            copy_ = cached[1] if cached is not None and cached[0] is table else self.layout.plain(table)
            kept[id(table)] = (table, copy_)
            copies.append(copy_)
        self._copies = kept
        plain["session"] = copies
        return plain

    def _touched(self, path: NodePath) -> None:
        """Forget the plain copy of the session a change is in."""
        if path and path[0] == "session" and len(path) >= 2:
            sessions = self.data.get("session", [])
            if 0 <= path[1] < len(sessions):
                self._copies.pop(id(sessions[path[1]]), None)

    def problems(self) -> list[Problem]:
        return check_data(self.plain())

    # -- changing ------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[NodePath], None]) -> None:
        self._listeners.append(listener)

    def _changed(self, path: NodePath) -> None:
        self._touched(path)
        for listener in self._listeners:
            listener(path)

    def set(self, path: NodePath, key: str, value: Any) -> Any:
        """Set one field (None removes it); returns the value it had, for undo. A dotted key sets a field
        of the entry's `vote` or `election` table ("election.seats"), creating the table if need be."""
        table = self.node(path)
        if "." in key:
            sub, key = key.split(".", 1)
            if sub not in table:
                if value is None:
                    return None
                table[sub] = self.layout.table({}) if sub == "election" else self.layout.value(sub, {})
            table = table[sub]
        previous = self.layout.plain(table[key]) if key in table else None
        if value is None:
            if key in table:
                del table[key]
        elif previous != value and _tables(value) and _tables(previous):
            self._merge(table[key], value)
        elif previous != value:
            table[key] = self.layout.value(key, value)
        self._changed(path)
        return previous

    def _merge(self, entries: list[Node], values: list[dict[str, Any]]) -> None:
        """A list of tables (a discussion's speakers) changed field by field, so the tables that stay keep
        their place, comments and layout in the file."""
        for index, wanted in enumerate(values):
            if index >= len(entries):
                self.layout.insert(entries, index, self.layout.table(wanted))
                continue
            entry = entries[index]
            for key in [key for key in entry if key not in wanted]:
                del entry[key]
            for key, value in wanted.items():
                if self.layout.plain(entry.get(key)) != value:
                    entry[key] = self.layout.value(key, value)
        while len(entries) > len(values):
            self.layout.remove(entries, len(entries) - 1)

    def insert(self, list_path: NodePath, index: int, table: Node) -> NodePath:
        """A new entry at `index` of the list (created if the program has none yet)."""
        holder = self.data if len(list_path) == 1 else self.node(list_path[:2])
        name = list_path[-1]
        if name not in holder:
            holder[name] = self.layout.tables()
        entries = holder[name]
        index = max(0, min(index, len(entries)))
        self.layout.insert(
            entries, index, self.layout.table(table) if type(table) is dict else table
        )  # a plain dict is new; a table taken out keeps its comments
        path = (name, index) if len(list_path) == 1 else list_path[:2] + (name, index)
        self._changed(path)
        return path

    def remove(self, path: NodePath) -> Node:
        """Take an entry out; returns it, so undo can put the same table (with its comments) back."""
        holder = self.data if len(path) == 2 else self.node(path[:2])
        table = self.layout.remove(holder[path[-2]], path[-1])
        self._changed(path)
        return table

    def move(self, path: NodePath, list_path: NodePath, index: int) -> NodePath:
        """Move an entry to `index` of a list (an item to another session): returns its new path."""
        table = self.remove(path)
        return self.insert(list_path, index, table)

    def new(self, entry: str, list_path: NodePath, index: int, title: str = "", **fields: Any) -> NodePath:
        """A new session, item, card, regulation or article (`entry`), with an id from its title kept unique."""
        fallback, defaults = NEW[entry]
        values: dict[str, Any] = {"id": unique_id(title or fallback, self.ids(entry), fallback)}
        values.update(defaults)
        values.update({key: value for key, value in fields.items() if value is not None})
        if title:
            values["title"] = title
        if entry == "session":
            values["date"] = values["date"] or self._next_date()
            values["item"] = values["item"] or []
        return self.insert(list_path, index, values)

    def new_rule(self, name: str, table: Node | None = None) -> NodePath:
        """A vote rule named from `name` (kept unique), more than half of those present unless `table`
        (a rule taken out earlier, put back by undo) says otherwise."""
        if "rules" not in self.data:
            self.data["rules"] = self.layout.table({})
        rules = self.data["rules"]
        ident = name if table is not None else unique_id(name, list(rules), "rule")
        values: dict[str, Any] = {"fraction": "1/2", "base": "present", "strict": True}
        self.layout.add_table(rules, ident, table if table is not None else self.layout.table(values))
        self._changed(("rules", ident))
        return ("rules", ident)

    def remove_rule(self, name: str) -> Node:
        table = self.layout.remove_table(self.data["rules"], name)
        self._changed(("rules", name))
        return table

    def duplicate(self, path: NodePath) -> NodePath:
        """A copy right after the entry, with a new unique id (and new ids for a session's items)."""
        kind = "item" if len(path) == 4 and path[2] == "item" else "article" if len(path) == 4 else path[0]
        values = self.layout.plain(self.node(path))
        values["id"] = unique_id(str(values.get("title") or values.get("id", "")), self.ids(kind), NEW[kind][0])
        taken = self.ids("item")
        for item in values.get("item", []) if kind == "session" else []:
            item["id"] = unique_id(str(item.get("title") or item.get("id", "")), taken, "muc")
            taken.append(item["id"])
        return self.insert(path[:-1], path[-1] + 1, values)

    def unique(self, kind: str, title: str, own: str = "") -> str:
        """The id a title gives, unique among the others of its kind (the entry's own id not counted)."""
        taken = [ident for ident in self.ids(kind) if ident != own]
        return unique_id(title, taken, NEW[kind][0])

    def _next_date(self) -> date:
        sessions = self.entries(("session",))
        dates = [day for s in sessions if isinstance(day := s.get("date"), date)]
        return max(dates) if dates else date.today()

    def references(self, path: NodePath) -> list[Reference]:
        """Where the program names the card (items' `cards`) or article (cards' `refs`) at `path` by its id.
        None of them when another entry shares that id: a reference could then mean either."""
        kind = "article" if len(path) == 4 else path[0]
        ident = self.node(path).get("id")
        if kind not in ("card", "article") or not ident or self.ids(kind).count(ident) != 1:
            return []
        if kind == "card":
            holders = [p for s in range(self.count(("session",))) for p in self.paths(("session", s, "item"))]
        else:
            holders = self.paths(("card",))
        field = "cards" if kind == "card" else "refs"
        return [
            (holder, field, position)
            for holder in holders
            for position, named in enumerate(self.node(holder).get(field) or [])
            if named == ident
        ]

    def rename(self, path: NodePath, new: str, refs: list[Reference] | None = None) -> tuple[Any, list[Reference]]:
        """Give a card or an article a new id and point every reference to it at the new one, in one change.
        `refs`: the references to follow (found now when None). Returns the old id and the references, so
        `rename(path, old, refs)` undoes it."""
        refs = self.references(path) if refs is None else refs
        previous = self.set(path, "id", new)
        for holder, field, position in refs:
            self.node(holder)[field][position] = new  # one string of the list: the rest keeps its look
            self._changed(holder)
        return previous, refs

    # -- the plan ------------------------------------------------------------------------------
    def timeline(self, session: int, sessions: list[Node] | None = None) -> Timeline:
        """Planned start and end of every item of a session, and whether the session runs past its own
        end or into the next session of the same day. `sessions`: the plain copy, when the caller has it."""
        sessions = self.entries(("session",)) if sessions is None else sessions
        table = sessions[session]
        start = _starts_at(table)
        slots: list[Slot] = []
        cursor = start
        for index, item in enumerate(table.get("item", [])):
            seconds = _seconds(item.get("duration"))
            if cursor is not None:
                slots.append(Slot(index, str(item.get("title", "")), cursor, cursor + timedelta(seconds=seconds)))
                cursor += timedelta(seconds=seconds)
        planned_end = None
        if start is not None and isinstance(table.get("end"), str):
            try:
                planned_end = datetime.combine(start.date(), parse_clock(table["end"]))
            except ValueError:
                planned_end = None
        collides = None
        if cursor is not None:
            for other in sessions:
                other_start = _starts_at(other)
                if other is not table and other_start and start and start < other_start < cursor:
                    collides = str(other.get("title", ""))
                    break
        return Timeline(
            session,
            tuple(slots),
            start,
            cursor,
            planned_end,
            bool(planned_end and cursor and cursor > planned_end),
            collides,
        )

    def timelines(self) -> list[Timeline]:
        """Every session's timeline, read from one plain copy of the draft (quicker than the document)."""
        sessions = self.plain().get("session", [])
        return [self.timeline(index, sessions) for index in range(len(sessions))]

    def sample_values(self, path: NodePath, timeline: Timeline | None = None) -> dict[str, object]:
        """Placeholder values for a script's preview: the congress as written, everyone convened present,
        the item's own fields and the item after it, the time the plan gives the item."""
        congress = self.data.get("congress", {})
        convened = congress.get("delegates_convened")
        convened = convened if isinstance(convened, int) and convened > 0 else None
        values: dict[str, object] = {
            f"congress.{key}": congress.get(key, "")
            for key in ("title", "organization", "congress_name", "term", "place", "venue")
        }
        values.update(
            convened=convened, present=convened, absent=0 if convened else None, quorum=self._quorum(convened)
        )
        if len(path) == 4 and path[0] == "session":
            item = self.node(path)
            timeline = timeline or self.timeline(path[1])
            slot = next((slot for slot in timeline.slots if slot.index == path[3]), None)
            if slot is not None:
                values.update(time=slot.start.strftime("%H:%M"), date=slot.start.strftime("%d/%m/%Y"))
            values.update({"item.title": item.get("title", ""), "item.by": item.get("by", "")})
            items = self.entries(path[:3])
            after = path[3] + 1
            if after < len(items):
                values.update({"next.title": items[after].get("title", ""), "next.by": items[after].get("by", "")})
            vote, election = item.get("vote") or {}, item.get("election") or {}
            values.update(
                {
                    "vote.question": vote.get("question", ""),
                    "election.body": election.get("body", ""),
                    "election.seats": election.get("seats", ""),
                }
            )
            speakers = item.get("speaker") or []
            if speakers:
                values.update({f"speaker.{key}": speakers[0].get(key, "") for key in ("name", "unit", "topic")})
        return {key: self.layout.plain(value) if hasattr(value, "unwrap") else value for key, value in values.items()}

    def _quorum(self, convened: int | None) -> int | None:
        """How many must be present by the congress's quorum rule, when it counts against those convened."""
        rule = self.data.get("rules", {}).get(self.data.get("congress", {}).get("quorum", ""))
        if not convened or not isinstance(rule, MutableMapping) or rule.get("base") != "convened":
            return None
        try:
            share = Fraction(str(rule.get("fraction"))) * convened
        except (ValueError, ZeroDivisionError):
            return None
        strict = rule.get("strict", True)
        return math.floor(share) + 1 if strict else math.ceil(share)

    # -- problems, located ---------------------------------------------------------------------
    def locate(self, problem: Problem) -> tuple[NodePath, str]:
        """The node and field a problem is about, so the window can select them."""
        field = str(problem.params.get("field", "") or _FIELD_OF.get(problem.code, ""))
        kind, ident = place_of(problem.params.get("where"))
        if kind == "[congress]":
            return ("congress",), field
        if kind == "rule" and ident is not None and ident in self.data.get("rules", {}):
            return ("rules", ident), field
        lists: dict[str, list[NodePath]] = {
            "session": [("session",)],
            "card": [("card",)],
            "regulation": [("regulation",)],
            "item": [("session", s, "item") for s in range(self.count(("session",)))],
            "article": [("regulation", r, "article") for r in range(self.count(("regulation",)))],
        }
        for list_path in lists.get(kind, []):
            for position, path in enumerate(self.paths(list_path)):
                if self.node(path).get("id") == ident or ident == f"#{position + 1}":
                    return path, field
        return ("congress",), field


def _tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(entry, MutableMapping) for entry in value)


# Problems about a field that do not name it: the candidate list's checks.
_FIELD_OF = {
    "problem.few-candidates": "election.candidates",
    "problem.surplus": "election.candidates",
    "problem.duplicate-name": "election.candidates",
}


def _starts_at(session: Node) -> datetime | None:
    day, start = session.get("date"), session.get("start")
    if not isinstance(day, date) or not isinstance(start, str):
        return None
    try:
        return datetime.combine(day, parse_clock(start))
    except ValueError:
        return None


def _seconds(text: object) -> int:
    try:
        return parse_duration(text) if isinstance(text, str) else 0
    except ValueError:
        return 0
