"""The counting station's window: the ballot being entered and the ballot just recorded, side by side,
both drawn as they look on paper; the counts so far; the keys; refusals in the status line.

Keys (nothing here decides anything: the controller and the station do):
  the key beside a name   mark it (crossed out; or Không đồng ý, again: neither/both, again: clear)
  Enter                   record the ballot (its number advances by itself)
  Backspace               the last mark back; on an empty ballot, take back the last ballot recorded
  F2                      the ballot is invalid for a reason the paper shows (a list, by number)
  Ctrl+G                  enter a given ballot number again (a correction after reconciliation)
  F4                      compare with the other stations: choose their journals; the ballots entered
                          differently are listed under the papers, with what each station entered
  F3                      the next differing ballot, up for entering again (a correction)
  F5                      read the other stations' journals again (after they corrected theirs)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from presidium.core.counting.entries import MAX_BALLOT, Entry
from presidium.core.counting.log import say_difference
from presidium.core.counting.messages import CountingError
from presidium.core.counting.rules import reason_text
from presidium.ui.counting.controller import CountingController
from presidium.ui.counting.paper_view import PaperView, Shown


class ReasonDialog(QDialog):
    """Why a ballot is invalid, when only the paper shows it; a digit key chooses."""

    def __init__(self, reasons: tuple[str, ...], cite: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invalid ballot"))
        self.codes = reasons
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why is this ballot invalid? Press its number.")))
        self.choices = QListWidget()
        for number, code in enumerate(reasons, start=1):
            self.choices.addItem(f"{number}. {reason_text(code, lang)}")
        self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.choices)
        layout.addWidget(QLabel(self.tr("Under {article}").format(article=cite)))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Invalid"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.codes):
            self.choices.setCurrentRow(int(text) - 1)
            self.accept()
            return
        super().keyPressEvent(event)

    def reason(self) -> str:
        return self.codes[max(self.choices.currentRow(), 0)]


class NumberDialog(QDialog):
    """The number of a ballot to enter again."""

    def __init__(self, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a ballot again"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Ballot number:")))
        self.number = QSpinBox()
        self.number.setRange(1, MAX_BALLOT)
        self.number.setValue(current)
        self.number.selectAll()
        layout.addWidget(self.number)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CountingWindow(QMainWindow):
    def __init__(self, controller: CountingController, lang: str = "vi") -> None:
        super().__init__()
        self.controller = controller
        self.lang = lang
        station = controller.station
        paper = station.paper
        self.setWindowTitle(self.tr("Counting — station {station}").format(station=station.station))
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(
            self.tr("{body} — round {round} — elect {seats} of {count} — station {station}").format(
                body=paper.body,
                round=paper.round_no,
                seats=paper.seats,
                count=len(paper.candidates),
                station=station.station,
            )
        )
        layout.addWidget(self.heading)
        rules = station.rules
        if paper.surplus:
            rule_text = self.tr("Invalid by the rules: more than {seats} names kept; no name kept ({article}).")
        else:
            rule_text = self.tr(
                "Both or neither box marked: not counted for that name; the ballot stays valid ({article})."
            )
        self.rule = QLabel(rule_text.replace("{seats}", str(paper.seats)).format(article=rules.cite(lang)))
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        papers = QHBoxLayout()
        self.draft_box = QGroupBox()
        self.draft_view = PaperView()
        QVBoxLayout(self.draft_box).addWidget(self.draft_view)
        self.last_box = QGroupBox()
        self.last_view = PaperView()
        QVBoxLayout(self.last_box).addWidget(self.last_view)
        papers.addWidget(self.draft_box, 1)
        papers.addWidget(self.last_box, 1)
        layout.addLayout(papers, 1)
        # The ballots the stations entered differently: shown once the operator compares (F4).
        self.diff_box = QGroupBox()
        self.diff_list = QListWidget()
        self.diff_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the window's
        font = self.diff_list.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # read at arm's length, beside the paper in hand
        self.diff_list.setFont(font)
        self.diff_list.setMaximumHeight(int(QFontMetrics(font).height() * 5.5))
        self.diff_list.itemDoubleClicked.connect(lambda item: self.controller.goto(item.data(Qt.ItemDataRole.UserRole)))
        QVBoxLayout(self.diff_box).addWidget(self.diff_list)
        self.diff_box.hide()
        layout.addWidget(self.diff_box)
        self.counts = QLabel()
        layout.addWidget(self.counts)
        keys = self.tr(
            "Mark a name: the key beside it · Enter: record · Backspace: undo a mark, or take back the "
            "last ballot · F2: invalid… · Ctrl+G: enter a ballot again"
        )
        if paper.surplus and len(paper.candidates) > 40:
            keys = self.tr(
                "Mark a name: its number, then Space · Enter: record · Backspace: undo a mark, or take "
                "back the last ballot · F2: invalid… · Ctrl+G: enter a ballot again"
            )
        keys += " · " + self.tr("F4: compare with the other stations… · F3: next difference · F5: read them again")
        self.keys = QLabel(keys)
        self.keys.setWordWrap(True)
        layout.addWidget(self.keys)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #B00000; font-weight: bold")
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self._validity: dict[int, tuple[Entry, bool]] = {}  # ballot -> (entry, valid), judged once per entry
        controller.changed.connect(self.refresh)
        controller.drafted.connect(self.show_draft)
        controller.refused.connect(self.status.setText)
        controller.recorded.connect(lambda _number: self.status.clear())
        controller.compared.connect(self.show_differences)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh()

    # --- what is shown ---------------------------------------------------------------------------
    def show_draft(self) -> None:
        """The ballot being typed: all a key press changes."""
        controller, paper, draft = self.controller, self.controller.station.paper, self.controller.draft
        title = (
            self.tr("Ballot {number} — entered again") if controller.correcting else self.tr("Ballot {number}")
        ).format(number=draft.number)
        if draft.typed:
            title += f"   [{draft.typed}]"
        entry = draft.entry()
        if self.controller.differences:
            self._current_difference()
        self.draft_view.show_ballot(
            Shown(
                title,
                paper.candidates,
                paper.surplus,
                draft.marks,
                draft.blank,
                self._verdict(entry, preview=True),
                self._valid(entry),
                verdict_scale=0.65,
            )
        )

    def refresh(self) -> None:
        controller, station = self.controller, self.controller.station
        paper = station.paper
        self.draft_box.setTitle(self.tr("Entering"))
        self.show_draft()
        self.last_box.setTitle(self.tr("Just recorded — compare with the paper"))
        number = controller.last_number
        if number is not None and number in station.state.entries:
            last = station.state.entries[number]
            self.last_view.show_ballot(
                Shown(
                    self.tr("Ballot {number}").format(number=number),
                    paper.candidates,
                    paper.surplus,
                    frozenset(last.marks),
                    frozenset(last.blank),
                    self._verdict(last),
                    self._valid(last),
                    last.form == "invalid",
                    keys=False,
                )
            )
        else:
            self.last_view.show_ballot(None)
        entries = station.state.entries
        invalid = sum(1 for n in entries if not self._judged_valid(n, entries[n]))
        self.counts.setText(
            self.tr("Entered: {entered} · valid: {valid} · invalid: {invalid} · next ballot: {next}").format(
                entered=len(entries), valid=len(entries) - invalid, invalid=invalid, next=station.state.next_number
            )
        )

    def show_differences(self) -> None:
        """The ballots entered differently, each with what every station entered; the one being entered
        again is the current row."""
        controller = self.controller
        names = ", ".join(other.record.name for other in controller.others)
        if len(controller.differences) == 1:
            title = self.tr("1 ballot differs from stations {names} — F3: enter it again · F5: read again")
        elif controller.differences:
            title = self.tr("{count} ballots differ from stations {names} — F3: next · F5: read again")
        else:
            title = self.tr("No ballot differs from stations {names} — F5: read again")
        self.diff_box.setTitle(title.format(count=len(controller.differences), names=names))
        self.diff_list.clear()
        own = controller.station.station
        for difference in controller.differences:
            self.diff_list.addItem(say_difference(difference, own, self.lang))
            self.diff_list.item(self.diff_list.count() - 1).setData(Qt.ItemDataRole.UserRole, difference.number)
        self._current_difference()
        self.diff_box.show()

    def _current_difference(self) -> None:
        numbers = [d.number for d in self.controller.differences]
        number = self.controller.draft.number
        self.diff_list.setCurrentRow(numbers.index(number) if number in numbers else -1)

    def _judged_valid(self, number: int, entry: Entry) -> bool:
        known = self._validity.get(number)
        if known is None or known[0] is not entry:
            known = self._validity[number] = (entry, self.controller.station.judge(entry).valid)
        return known[1]

    def _valid(self, entry: Entry) -> bool:
        try:
            return self.controller.station.judge(entry).valid
        except CountingError:
            return False

    def _verdict(self, entry: Entry, preview: bool = False) -> str:
        try:
            judged = self.controller.station.judge(entry)
        except CountingError as problem:
            return problem.message(self.lang)
        if not judged.valid:
            text = self.tr("INVALID — {reason}").format(reason=reason_text(judged.reason, self.lang))
        elif self.controller.station.paper.surplus:
            text = self.tr("VALID — {kept} names kept").format(kept=len(judged.votes))
        else:
            text = self.tr("VALID — agree {agree}, disagree {disagree}, not counted {blank}").format(
                agree=len(judged.votes), disagree=len(entry.marks), blank=len(entry.blank)
            )
        return self.tr("If recorded: {verdict}").format(verdict=text) if preview else text

    # --- keys -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.controller.record()
        elif key == Qt.Key.Key_Backspace:
            self.controller.backspace()
        elif key == Qt.Key.Key_F2:
            self.ask_invalid()
        elif key == Qt.Key.Key_G and mods & Qt.KeyboardModifier.ControlModifier:
            self.ask_number()
        elif key == Qt.Key.Key_F4:
            self.ask_stations()
        elif key == Qt.Key.Key_F3:
            self.controller.next_difference()
        elif key == Qt.Key.Key_F5:
            self.controller.reread()
        elif not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) and (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or Qt.Key.Key_A <= key <= Qt.Key.Key_Z
        ):
            # The key itself, not the text: a Vietnamese input method (Telex) may turn W into "ư".
            self.controller.press(chr(key))
        elif event.text() and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.controller.press(event.text())
        else:
            super().keyPressEvent(event)

    def ask_invalid(self) -> None:
        rules = self.controller.station.rules
        dialog = ReasonDialog(rules.reasons, rules.cite(self.lang), self.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.record_invalid(dialog.reason())

    def ask_stations(self) -> None:
        folder = str(self.controller.station.journal.path.parent)
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("The other stations' journals"),
            folder,
            self.tr("Station journals (*.sqlite *.db);;All files (*)"),
        )
        if paths:
            self.controller.compare([Path(p) for p in paths])

    def ask_number(self) -> None:
        dialog = NumberDialog(self.controller.draft.number, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.goto(dialog.number.value())
