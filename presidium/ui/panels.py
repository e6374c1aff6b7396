"""The panels of the podium window: the current item, the timer, what comes next, and the hall's line
in the status area.

Each panel has one `show(snapshot, theme)` that repaints it from a Snapshot; no panel calls the
session or decides anything.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from presidium.core.placeholders import fill
from presidium.core.speakers import call_words
from presidium.ui.discussion import SpeakerStrip
from presidium.ui.figures import Snapshot, duration_face, hhmm, minutes, timer_face
from presidium.ui.results import ResultBoard, Results
from presidium.ui.theme import Theme
from presidium.ui.widgets import ElidedLabel, FitLabel, label, set_sheet

# Item kinds whose time is someone speaking; the others' timers say how much time has elapsed.
SPOKEN_KINDS = ("report", "speech", "discussion")
NARROW = 1280  # below this window width the hall's line takes two short lines in the status area


class CurrentItemPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 13)
        self.title = label("itemTitle", 28, bold=True)
        # While a result shows: the title on one line, smaller before it is cut; the room goes to the result.
        self.short_title = ElidedLabel(smallest=12)
        self.short_title.setObjectName("itemTitle")
        self.short_title.setFont(label("itemTitle", 18, bold=True).font())
        self.short_title.hide()
        self.by = label("by", 17, bold=True)
        self.speakers = SpeakerStrip()
        self.result_caption = label("resultCaption", 15, bold=True)
        self.result_caption.hide()
        self.board = ResultBoard()  # verdict, standings, base and threshold above the announcement
        self.board.hide()
        self.script = QTextBrowser()
        self.script.setObjectName("script")
        self.script.setOpenLinks(False)
        self.script.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the clicker's shortcuts
        self.notes = QTextBrowser()  # the chair's private note: a few lines, scrollable, never the script's room
        self.notes.setObjectName("notes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setMaximumHeight(84)
        notes_font = QFont(self.notes.font())
        notes_font.setPointSize(12)
        notes_font.setItalic(True)
        self.notes.setFont(notes_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.caption)
        layout.addWidget(self.title)
        layout.addWidget(self.short_title)
        layout.addWidget(self.by)
        layout.addWidget(self.speakers)
        layout.addWidget(self.result_caption)
        layout.addWidget(self.board)
        layout.addWidget(self.script, 1)
        layout.addWidget(self.notes)
        self._script_text: str | None = None
        self._shown_from = "script"
        self._script_place = 0

    def set_script_size(self, points: int) -> None:
        # A widget style sheet, because the application's theme sheet is re-applied on a theme switch.
        self.script.setStyleSheet(f"QTextBrowser#script {{ font-size: {points}pt; }}")
        font = QFont(self.script.font())
        font.setPointSize(points)
        self.script.document().setDefaultFont(font)

    def script_size(self) -> int:
        self.script.ensurePolished()
        return self.script.font().pointSize()

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        item = snap.item
        if item is None:
            self.caption.setText(self.tr("The run is finished") if snap.finished else "")
            self.title.setText(self.tr("End of the program") if snap.finished else self.tr("No items"))
            self.by.clear()
            self._set_script("")
            self.notes.hide()
            self.speakers.hide()
            self.result_caption.hide()
            self.board.hide()
            self.title.show()
            self.short_title.hide()
            return
        place, count = snap.position
        slot = snap.program.slot(item.id) if snap.program.has_item(item.id) else None
        planned = f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot else self.tr("unplanned")
        heading = self.tr("Item {place} of {count}").format(place=place, count=count)
        if not snap.started:
            heading = self.tr("First item (not started)")
        self.caption.setText(" · ".join(x for x in (heading, snap.session_title(), planned) if x))
        result = snap.result
        showing = result is not None
        self.title.setText(item.title)
        self.short_title.setText(item.title)
        self.title.setVisible(not showing)
        self.short_title.setVisible(showing)
        self.by.setText(self.tr("By: {who}").format(who=item.by) if item.by else "")
        self.by.setVisible(bool(item.by) and not showing)
        self.speakers.show_snapshot(snap, theme)
        script = fill(item.script, snap.values) if item.script else ""
        self.result_caption.setVisible(showing)
        self.board.setVisible(showing)
        if result is not None:
            self.board.show_result(result, theme, snap.lang)
            words = Results()
            self.result_caption.setText(
                self.tr("{heading} — R: back to the script").format(heading=words.heading(result).upper())
            )
            self.result_caption.setStyleSheet(f"color: {theme.window}; background: {theme.accent}; padding: 4px 8px;")
            self._set_script(words.announcement(result, item, snap.lang), shown_from=f"result {result.seq}")
        elif snap.speakers is not None and snap.speakers.next is not None:
            call = call_words(snap.speakers.next.speaker, snap.lang)
            self._set_script(script, self.tr("M — call the next speaker:"), call, theme.accent)
        else:
            self._set_script(script)
        note = self.tr("Private note: {text}").format(text=item.notes) if item.notes else ""
        if note != self.notes.toPlainText():  # setting it again re-lays out and repaints the box at every tick
            self.notes.setPlainText(note)
        self.notes.setVisible(bool(item.notes) and snap.result is None)  # a result needs the room

    def _set_script(
        self, text: str, lead: str = "", call: str = "", colour: str = "", shown_from: str = "script"
    ) -> None:
        """The script; with `call`, the words to call the next speaker first, in the accent colour. A
        result's announcement (`shown_from`) opens at its top; the script keeps its place, also across R."""
        shown = "\n".join((lead, call, text)) if call else text
        if shown == self._script_text:
            return
        bar = self.script.verticalScrollBar()
        if self._script_text is None:
            keep = 0
        elif shown_from == self._shown_from:
            keep = bar.value()
        else:  # leaving the script for a result keeps its place for R; a result opens at its top
            if self._shown_from == "script":
                self._script_place = bar.value()
            keep = self._script_place if shown_from == "script" else 0
        self._script_text = shown
        self._shown_from = shown_from
        if call:
            paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
            self.script.setHtml(
                f"<p style='color:{colour}; font-size:small'>{escape(lead)}</p>"
                f"<p style='color:{colour}; font-weight:bold'>{escape(call)}</p><hr/>{paragraphs}"
            )
        else:
            self.script.setPlainText(text)
        bar.setValue(keep)

    def script_text(self) -> str:
        return self.script.toPlainText()


class TimerPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 15, bold=True)
        self.face = FitLabel("+88:88", largest=96)
        self.face.setObjectName("timer")
        # The speaker's own clock, beside the item's, while someone in a discussion has the floor.
        self.speaker_caption = label("caption", 12, bold=True, wrap=False)
        self.speaker_face = FitLabel("+88:88", largest=72)
        self.speaker_face.setObjectName("speakerTimer")
        self.budget = label("muted", 13)
        self.delta = label("delta", 24, bold=True)
        self.projected = label("muted", 13)
        faces = QGridLayout()
        faces.setHorizontalSpacing(12)
        faces.setVerticalSpacing(0)
        faces.addWidget(self.caption, 0, 0)
        faces.addWidget(self.face, 1, 0)
        faces.addWidget(self.speaker_caption, 0, 1)
        faces.addWidget(self.speaker_face, 1, 1, Qt.AlignmentFlag.AlignBottom)
        faces.setColumnStretch(0, 3)
        faces.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(2)
        layout.addLayout(faces)
        for widget in (self.budget, self.delta, self.projected):
            layout.addWidget(widget)
        self.phase = "normal"
        self._show_speaker(None, None)

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        timers = snap.timers
        current = timers.current
        if not snap.started:
            first = snap.item
            self.phase = "ready"
            self.caption.setText(self.tr("Not started"))
            self.face.setText(duration_face(first.duration) if first else "–")
            self.budget.setText(self.tr("Press Space, → or PageDown to start the run"))
            set_sheet(self.budget, f"color: {theme.accent}; font-weight: bold; background: transparent;")
            self._colour(self.face, theme.muted)
            self.delta.clear()
            self.projected.clear()
            return
        set_sheet(self.budget, "")
        if current is None:
            self.phase = "finished"
            self.caption.setText(self.tr("Finished at {time}").format(time=hhmm(snap.state.finished_at)))
            self.face.setText("■")
            self.budget.clear()
            self._colour(self.face, theme.muted)
        else:
            self.phase = current.phase
            if snap.paused:
                self.caption.setText(self.tr("PAUSED for {length}").format(length=duration_face(timers.paused_for)))
            elif current.remaining < 0:
                self.caption.setText(self.tr("Over time"))
            else:
                self.caption.setText(self.tr("Remaining"))
            self.face.setText(timer_face(current.remaining))
            self.budget.setText(
                self.budget_text(snap.item.kind if snap.item else "").format(
                    budget=duration_face(current.budget), elapsed=duration_face(current.elapsed)
                )
            )
            self._colour(self.face, theme.phase_colour("overrun" if current.phase == "danger" else current.phase))
        self._show_speaker(snap, theme)
        self._colour(self.caption, theme.over if snap.paused else theme.muted)
        self.delta.setText(self.delta_text(timers.delta))
        late = max(0.0, timers.delta)
        self._colour(self.delta, theme.over if late >= 60 else theme.ok if timers.delta <= -60 else theme.text)
        ends = self.tr("Session ends {projected} (planned {planned})").format(
            projected=hhmm(timers.projected_session_end), planned=hhmm(timers.planned_session_end)
        )
        if timers.projected_day_end is not None and timers.projected_day_end != timers.projected_session_end:
            ends += " · " + self.tr("day ends {time}").format(time=hhmm(timers.projected_day_end))
        self.projected.setText(ends)

    def budget_text(self, kind: str) -> str:
        """The line under the timer: "spoken" only where someone speaks; a vote or a break is not spoken."""
        if kind in SPOKEN_KINDS:
            return self.tr("Planned {budget} · spoken {elapsed}")
        return self.tr("Planned {budget} · elapsed {elapsed}")

    def _show_speaker(self, snap: Snapshot | None, theme: Theme | None) -> None:
        figures = snap.speakers if snap is not None else None
        speaking = figures is not None and figures.current is not None
        self.speaker_caption.setVisible(speaking)
        self.speaker_face.setVisible(speaking)
        if figures is None or figures.current is None or theme is None:  # theme is None only with no snapshot
            return
        self.speaker_caption.setText(self.tr("Speaker over") if figures.remaining < 0 else self.tr("Speaker"))
        self.speaker_face.setText(timer_face(figures.remaining))
        self._colour(self.speaker_face, theme.phase_colour(figures.phase))
        self._colour(self.speaker_caption, theme.muted)

    def delta_text(self, delta: float) -> str:
        whole = minutes(delta)
        if whole == 0:
            return self.tr("On time")
        if delta > 0:
            return self.tr("{minutes} min behind").format(minutes=whole)
        return self.tr("{minutes} min ahead").format(minutes=whole)

    @staticmethod
    def _colour(widget: QLabel, colour: str) -> None:
        set_sheet(widget, f"color: {colour}; background: transparent;")


class NextPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.caption = label("caption", 13, bold=True)
        self.title = label("nextTitle", 17, bold=True)
        self.detail = label("muted", 13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(2)
        for widget in (self.caption, self.title, self.detail):
            layout.addWidget(widget)

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        item = snap.upcoming
        self.caption.setText(self.tr("Next"))
        if item is None:
            self.title.setText(self.tr("— nothing after this item —") if not snap.finished else "—")
            self.detail.clear()
            return
        self.title.setText(item.title)
        parts = [item.by, duration_face(item.duration)]
        self.detail.setText(" · ".join(p for p in parts if p))


class HallLine(QLabel):
    """The status area's lasting line on the hall: present of convened and whether the congress has its
    quorum (core/hall.py says it), in the normal colour, or in the danger colour when below the quorum.
    Hidden until attendance is reported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quorumMet")
        font = self.font()
        font.setPointSize(13)
        self.setFont(font)
        self.hide()

    def show_snapshot(self, snap: Snapshot, theme: Theme) -> None:
        hall = snap.hall
        self.setVisible(hall is not None)
        if hall is None:
            return
        # On a narrow window the figures and the verdict go on two lines, leaving the status line its room.
        narrow = self.window().width() < NARROW
        words = "\n".join(p.message(snap.lang) for p in hall.parts()) if narrow else hall.said().message(snap.lang)
        if words != self.text():
            self.setText(words)
            self.setToolTip(hall.detail().message(snap.lang))
        # named for tests and the style sheet; coloured here, as the timer faces are, so bold holds too
        self.setObjectName("quorumLacking" if hall.lacking else "quorumMet")
        colour = f"color: {theme.over}; font-weight: bold;" if hall.lacking else f"color: {theme.text};"
        set_sheet(self, f"{colour} background: transparent;")
