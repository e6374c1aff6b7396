"""The form for the node selected in the tree: the right control for each field, the problem under each,
and for sessions and items the timeline strip. A form only shows values and reports edits; the window
turns an edit into an undoable command on the draft."""

from __future__ import annotations

from fractions import Fraction
from typing import Any, TypeVar

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from presidium.core import catalogue
from presidium.core.ballots import max_candidates
from presidium.core.catalogue import decimal, vocabulary
from presidium.core.editing import NodePath, ProgramDraft, Timeline
from presidium.core.entry import EntryError, candidate_names, clean_line
from presidium.ui.editor.fields import (
    BoolField,
    ChoiceField,
    DateField,
    DurationField,
    Field,
    IntField,
    LineField,
    RefListField,
    SpeakersField,
    TextField,
    TimeField,
)
from presidium.ui.editor.script import ScriptField
from presidium.ui.editor.timeline import TimelineStrip
from presidium.ui.i18n import interface_language

FieldT = TypeVar("FieldT", bound=Field)  # a form hands back the very field it added, with its own control

FRACTIONS = ("1/2", "2/3", "3/4", "1/3", "3/10", "1/10")


def kind_of(path: NodePath) -> str:
    if path[0] in ("congress", "rules"):
        return path[0]
    if len(path) == 4:
        return "item" if path[2] == "item" else "article"
    return path[0]


class Words(QObject):
    """Choices and captions in the interface's language (the file keeps its keys)."""

    def kinds(self) -> list[tuple[str, str]]:
        return [
            ("ceremony", self.tr("Ceremony")),
            ("procedure", self.tr("Procedure")),
            ("report", self.tr("Report")),
            ("speech", self.tr("Speech")),
            ("discussion", self.tr("Discussion")),
            ("vote", self.tr("Vote")),
            ("election", self.tr("Election")),
            ("announcement", self.tr("Announcement")),
            ("break", self.tr("Break")),
        ]

    def bases(self) -> list[tuple[str, str]]:
        """The vocabulary's bases (a ballot's words: "valid" is the valid ballots); "cast" keeps a caption that
        covers a show of hands and a ballot alike."""
        lang = interface_language()
        shared = [
            (base, catalogue.text(vocabulary.base("ballot", base), lang)) for base in ("convened", "present", "valid")
        ]
        return shared + [("cast", self.tr("votes cast (abstentions included)"))]

    def fractions(self) -> list[tuple[str, str]]:
        names = {
            "1/2": self.tr("one half"),
            "2/3": self.tr("two thirds"),
            "3/4": self.tr("three quarters"),
            "1/3": self.tr("one third"),
            "3/10": self.tr("three tenths (30%)"),
            "1/10": self.tr("one tenth"),
        }
        return [(value, f"{value} — {names[value]}") for value in FRACTIONS]


class NodeForm(QWidget):
    edited = Signal(tuple, dict, bool)  # path, {key: value}, typing

    def __init__(self, draft: ProgramDraft, path: NodePath, lang: str, colours: dict[str, str]) -> None:
        super().__init__()
        self.setObjectName("nodeForm")
        self.draft, self.path, self.lang, self.colours = draft, path, lang, colours
        self.fields: dict[str, Field] = {}
        self.words = Words()
        self.heading = QLabel()
        self.heading.setObjectName("formHeading")
        font = self.heading.font()
        font.setPointSize(16)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.timeline: TimelineStrip | None = None
        self.surplus: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        kind = kind_of(path)
        if kind in ("session", "item"):
            self.timeline = TimelineStrip()
            layout.addWidget(self.timeline)
        layout.addLayout(self.form)
        layout.addStretch(1)
        getattr(self, f"_build_{kind}")()
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _add(self, label: str, field: FieldT) -> FieldT:
        self.fields[field.key] = field
        field.edited.connect(self._edited)
        self.form.addRow(label, field)
        return field

    def _rules(self) -> list[tuple[str, str]]:
        return [(name, name) for name in self.draft.rule_names()]

    def _build_congress(self) -> None:
        self.heading.setText(self.tr("Congress"))
        for key, label in (
            ("title", self.tr("Title")),
            ("organization", self.tr("Organization (issues the documents)")),
            ("superior", self.tr("Superior body")),
            ("congress_name", self.tr("Name on documents")),
            ("term", self.tr("Term")),
            ("place", self.tr("Place (for the date line)")),
            ("venue", self.tr("Venue")),
        ):
            self._add(label, LineField(key, self.lang, optional=key not in ("title", "organization")))
        self._add(self.tr("Delegates convened"), IntField("delegates_convened", self.lang, 1, 100_000))
        self._add(self.tr("Quorum rule"), ChoiceField("quorum", self.lang, self._rules(), optional=self.tr("(none)")))
        self._add(self.tr("National heading"), LineField("heading", self.lang, optional=True))

    def _build_rules(self) -> None:
        self.heading.setText(self.tr("Rule '{name}'").format(name=self.path[1]))
        self._add(self.tr("Fraction"), ChoiceField("fraction", self.lang, self.words.fractions(), editable=True))
        self._add(self.tr("Counted against"), ChoiceField("base", self.lang, self.words.bases()))
        self._add("", BoolField("strict", self.lang, self.tr("More than the fraction (unticked: at least)")))
        self._add(self.tr("Description"), TextField("description", self.lang, height=70))

    def _build_session(self) -> None:
        self.heading.setText(self.tr("Session"))
        self._add(self.tr("Title"), LineField("title", self.lang))
        self._add(self.tr("Id"), LineField("id", self.lang))
        self._add(self.tr("Date"), DateField("date", self.lang))
        self._add(self.tr("Start"), TimeField("start", self.lang))
        self._add(self.tr("Must end by"), TimeField("end", self.lang, self.tr("set")))

    def _build_item(self) -> None:
        item_kind = self.draft.get(self.path, "kind", "")
        self.heading.setText(self.tr("Agenda item"))
        self._add(self.tr("Title"), LineField("title", self.lang))
        self._add(self.tr("Id"), LineField("id", self.lang))
        self._add(self.tr("Kind"), ChoiceField("kind", self.lang, self.words.kinds()))
        self._add(self.tr("By"), LineField("by", self.lang, optional=True))
        duration = self._add(self.tr("Duration"), DurationField("duration", self.lang))
        duration.control.setPlaceholderText(self.tr("5 phút, 1h30, 90s, 5m"))
        if item_kind == "discussion":
            self._add(self.tr("Time per speaker"), DurationField("speaker_allowance", self.lang, optional=True))
            speakers = self._add(
                self.tr("Registered speakers (name | unit | topic | time)"), SpeakersField("speaker", self.lang)
            )
            speakers.control.setPlaceholderText(self.tr("Nguyễn Văn An | Đảng ủy xã | xây dựng Đảng | 7 phút"))
        if item_kind == "vote":
            self._add(self.tr("Question put to the vote"), LineField("vote.question", self.lang))
            self._add(self.tr("Rule"), ChoiceField("vote.rule", self.lang, self._rules()))
        if item_kind == "election":
            self._build_election()
        cards = self._add(self.tr("Contingency cards"), RefListField("cards", self.lang))
        cards.set_choices(self.draft.titled("card"))
        self._add(self.tr("Script"), self._script())
        self._add(self.tr("Private note for the chair"), TextField("notes", self.lang, height=60))

    def _build_election(self) -> None:
        self._add(self.tr("Body to elect"), LineField("election.body", self.lang))
        self._add(self.tr("Seats"), IntField("election.seats", self.lang, 1, 1000))
        self._add(self.tr("Rule"), ChoiceField("election.rule", self.lang, self._rules()))
        self._add(
            self.tr("Most extra names"),
            ChoiceField(
                "election.max_surplus",
                self.lang,
                [("20%", "20%"), ("50%", "50%")],
                editable=True,
                optional=self.tr("30% (the usual rule)"),
            ),
        )
        candidates = CandidatesField("election.candidates", self.lang)
        candidates.set_words(self.tr("Sort in ballot order"))
        self._add(self.tr("Candidates (paste one name a line)"), candidates)
        self.surplus = QLabel()
        self.surplus.setObjectName("surplus")
        self.surplus.setWordWrap(True)
        self.form.addRow("", self.surplus)
        candidates.changed_names.connect(self._show_surplus)
        nomination = "nomination" in self.draft.rule_names()
        note = QLabel(
            self.tr(
                "Withdrawals and floor nominations are decided by a show of hands at the podium; "
                "a nomination uses the rule 'nomination' when the program has one."
            )
            + (
                ""
                if nomination
                else " " + self.tr("This program has no 'nomination' rule: the election's rule is used.")
            )
        )
        note.setObjectName("caption")
        note.setWordWrap(True)
        self.form.addRow("", note)

    def _build_card(self) -> None:
        self.heading.setText(self.tr("Contingency card"))
        self._add(self.tr("Title"), LineField("title", self.lang))
        self._add(self.tr("Id"), LineField("id", self.lang))
        self._add(self.tr("When"), TextField("when", self.lang, height=50))
        self._add(self.tr("Steps (one a line)"), TextField("steps", self.lang, lines=True, height=90))
        self._add(self.tr("Script"), self._script())
        refs = self._add(self.tr("Regulation articles"), RefListField("refs", self.lang))
        refs.set_choices(self.draft.titled("article"))

    def _build_regulation(self) -> None:
        self.heading.setText(self.tr("Regulation"))
        self._add(self.tr("Title"), LineField("title", self.lang))
        self._add(self.tr("Id"), LineField("id", self.lang))

    def _build_article(self) -> None:
        self.heading.setText(self.tr("Article"))
        self._add(self.tr("Number"), LineField("number", self.lang))
        self._add(self.tr("Title"), LineField("title", self.lang, optional=True))
        self._add(self.tr("Id"), LineField("id", self.lang))
        self._add(self.tr("Text"), TextField("text", self.lang, height=200))

    def _script(self) -> ScriptField:
        field = ScriptField("script", self.lang, self.colours["accent"], self.colours["over"])
        field.set_words(self.tr("Insert a placeholder"), self.tr("As the podium shows it:"))
        return field

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Every field from the draft (after an undo, or when the form opens)."""
        for key, field in self.fields.items():
            field.load(self._value(key))
        self.refresh_plan()

    def _value(self, key: str) -> Any:
        if "." in key:
            sub, name = key.split(".", 1)
            table = self.draft.get(self.path, sub) or {}
            return table.get(name)
        return self.draft.get(self.path, key)

    def refresh_plan(self) -> None:
        """The timeline, the script preview's values and the surplus line, from the draft as it is now."""
        timeline = self.draft.timeline(self.path[1]) if self.timeline is not None else None
        script = self.fields.get("script")
        if isinstance(script, ScriptField):
            script.set_values(self.draft.sample_values(self.path, timeline))
        if self.timeline is not None and timeline is not None:
            current = self.path[3] if len(self.path) == 4 else None
            self.timeline.bar.show_timeline(
                timeline,
                current,
                (self.colours["accent"], self.colours["panel"], self.colours["text"], self.colours["over"]),
            )
            self.timeline.words.setText(self._plan_words(timeline))
            self.timeline.words.setStyleSheet(
                f"color: {self.colours['over']}; font-weight: bold;" if self.timeline.flagged() else ""
            )
        if self.surplus is not None:
            self._show_surplus(self._value("election.candidates") or [])

    def _plan_words(self, timeline: Timeline) -> str:
        if timeline.start is None or timeline.end is None:
            return ""
        text = self.tr("Session {start}–{end}").format(start=f"{timeline.start:%H:%M}", end=f"{timeline.end:%H:%M}")
        if len(self.path) == 4:
            slot = next((s for s in timeline.slots if s.index == self.path[3]), None)
            if slot is not None:
                text = (
                    self.tr("This item {start}–{end}").format(start=f"{slot.start:%H:%M}", end=f"{slot.end:%H:%M}")
                    + " · "
                    + text
                )
        if timeline.overrun and timeline.planned_end is not None:
            late = int((timeline.end - timeline.planned_end).total_seconds() // 60)
            text += " · " + self.tr("runs {minutes} min past its end at {end}").format(
                minutes=late, end=f"{timeline.planned_end:%H:%M}"
            )
        if timeline.collides:
            text += " · " + self.tr("runs into the session “{title}”").format(title=timeline.collides)
        return text

    def _show_surplus(self, names: list) -> None:
        if self.surplus is None:
            return
        seats = self._value("election.seats")
        if not isinstance(seats, int) or seats < 1:
            self.surplus.setText("")
            return
        maximum = max_candidates(seats, _surplus_cap(self._value("election.max_surplus")))
        count = len(names)
        extra = count - seats
        share = decimal(extra / seats * 100, 1, self.lang)
        if count < seats:
            text, bad = (
                self.tr("{count} names for {seats} seats: fewer names than seats").format(count=count, seats=seats),
                True,
            )
        elif count > maximum:
            text, bad = (
                self.tr(
                    "{count} names for {seats} seats: {extra} extra ({share}%), over the cap of {maximum} names"
                ).format(count=count, seats=seats, extra=extra, share=share, maximum=maximum),
                True,
            )
        else:
            text, bad = (
                self.tr(
                    "{count} names for {seats} seats: {extra} extra ({share}%), within the cap of {maximum} names"
                ).format(count=count, seats=seats, extra=extra, share=share, maximum=maximum),
                False,
            )
        self.surplus.setText(text)
        self.surplus.setStyleSheet(f"color: {self.colours['over'] if bad else self.colours['ok']}; font-weight: bold;")

    def show_problems(self, by_field: dict[str, str]) -> None:
        for key, field in self.fields.items():
            own = getattr(field, "refusal", "")
            field.set_problem(own or by_field.get(key.split(".")[0] if key.split(".")[0] in by_field else key, ""))

    def focus(self, key: str) -> None:
        field = self.fields.get(key) or next((f for k, f in self.fields.items() if k.startswith(key + ".")), None)
        if field is not None:
            field.focus()

    # -- reporting edits -------------------------------------------------------------------------
    def _edited(self, key: str, value: Any, typing: bool) -> None:
        values = {key: value}
        if key == "kind":
            values.update(self._kind_tables(value))
        self.edited.emit(self.path, values, typing)

    def _kind_tables(self, kind: str) -> dict[str, Any]:
        """Changing the kind brings the vote or election table it needs (and drops the other)."""
        rules = self.draft.rule_names()
        values: dict[str, Any] = {"vote": None, "election": None, "speaker_allowance": None, "speaker": None}
        title = str(self.draft.get(self.path, "title", ""))
        if kind == "vote":
            values["vote"] = self.draft.get(self.path, "vote") or {
                "question": title,
                "rule": "motion" if "motion" in rules else (rules[0] if rules else ""),
            }
        if kind == "election":
            values["election"] = self.draft.get(self.path, "election") or {
                "body": "",
                "seats": 1,
                "rule": "election" if "election" in rules else (rules[0] if rules else ""),
                "candidates": [],
            }
        if kind == "discussion":
            values.pop("speaker_allowance")
            values.pop("speaker")
        return values


class CandidatesField(Field):
    """One name a line; a paste from Word or Excel is cleaned (numbers, bullets, other columns dropped)
    and the whole list put in the order the ballot uses."""

    changed_names = Signal(list)

    def __init__(self, key: str, lang: str) -> None:
        self.box = PasteBox(self)
        self.box.setMinimumHeight(150)
        self.sort = QPushButton()
        self.sort.setObjectName("sortCandidates")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.box)
        column.addWidget(self.sort)
        super().__init__(key, body, lang)
        self.box.textChanged.connect(self._typed)
        self.sort.clicked.connect(self.sort_names)

    def set_words(self, sort: str) -> None:
        self.sort.setText(sort)

    def show_value(self, value: Any) -> None:
        text = "\n".join(value or [])
        if self.box.toPlainText() != text:
            self.box.setPlainText(text)

    def names(self) -> list[str]:
        names = []
        for line in self.box.toPlainText().split("\n"):
            try:
                name = clean_line(line)
            except EntryError:
                continue
            if name:
                names.append(name)
        return names

    def _typed(self) -> None:
        names = self.names()
        self.changed_names.emit(names)
        self.emit_edit(names, typing=True)

    def sort_names(self) -> None:
        self.paste(self.box.toPlainText())

    def paste(self, text: str, keep: bool = False) -> None:
        """Put a pasted list (added to what is there when `keep`) in ballot order."""
        try:
            names = candidate_names((self.box.toPlainText() + "\n" if keep else "") + text)
        except EntryError as error:
            self.set_problem(error.message(self.lang))
            return
        self.box.setPlainText("\n".join(names))

    def focus(self) -> None:
        self.box.setFocus()


class PasteBox(QPlainTextEdit):
    def __init__(self, owner: CandidatesField) -> None:
        super().__init__()
        self.owner = owner

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        self.owner.paste(source.text(), keep=True)


def _surplus_cap(value: Any) -> Fraction | int | None:
    """The surplus cap as the loader reads it: a number of names, a share ("20%"), or None for the
    default (30%, and one extra name for bodies of 3 to 5 seats)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return Fraction(str(value).strip().rstrip("%").replace(",", ".")) / 100 if value else None
    except (ValueError, ZeroDivisionError):
        return None
