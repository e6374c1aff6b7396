"""The vote panel (V): a show of hands on a vote item; on an election item, the candidate list changes
(withdrawal, floor nomination, each by its own show of hands) and the counting record.

The panel only collects figures. Each "record" calls the function it was given (one session call
through the Podium); that function answers True when the journal holds it, and the panel closes. A
refusal is shown in the panel itself, which stays open with the figures as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from presidium.core import catalogue
from presidium.core.ballots import RoundSetup
from presidium.core.catalogue import vocabulary
from presidium.core.program import Item, Rule
from presidium.ui.i18n import interface_language

ROWS_HEIGHT = 440  # the counting record's names: 9 rows a column without scrolling
RecordVote = Callable[..., bool]  # (for_, against, abstain, *, unanimous, withdraw, nominate) -> recorded
RecordBallot = Callable[..., bool]  # (issued, returned, invalid, votes, *, quorum_confirmed) -> recorded
RecordResult = Callable[..., bool]  # (result file, issued or None, *, quorum_confirmed) -> recorded
# The quorum in force, said for the panel: (text, met), or None when the program names no quorum rule.
QuorumLine = Callable[[], "tuple[str, bool] | None"]


class DigitEdit(QLineEdit):
    """A whole number in large digits; empty until typed (so Enter never records a zero nobody counted)."""

    def __init__(self, size: int = 30, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 1_000_000, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = QFont(self.font())
        font.setPointSize(size)
        font.setBold(True)
        self.setFont(font)
        metrics = QFontMetrics(font)
        self.setMinimumWidth(metrics.horizontalAdvance("00000") + 24)
        self.setMinimumHeight(metrics.height() + 14)  # digits never clipped by the style's padding
        self.setMaxLength(7)

    def number(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None


def _caption(text: str, size: int = 14, bold: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    font = QFont(widget.font())
    font.setPointSize(size)
    font.setBold(bold)
    widget.setFont(font)
    return widget


class _Panel(QDialog):
    """What every vote panel has: the attendance in force with a way to update it, and a refusal line."""

    def __init__(
        self,
        title: str,
        attendance: Callable[[], str],
        edit_attendance: Callable[[], None],
        parent: QWidget | None,
        quorum: QuorumLine | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("votePanel")
        self.setWindowTitle(title)
        self._attendance, self._edit_attendance = attendance, edit_attendance
        self._quorum = quorum or (lambda: None)
        self.attendance = _caption("", 14, bold=True)
        self.attendance.setObjectName("attendanceLine")
        # Below the quorum: said in red, and the chair must tick the confirmation (it is journaled).
        self.quorum_line = _caption("", 14, bold=True)
        self.confirm_quorum = QCheckBox(self.tr("The presidium confirms the vote goes ahead (recorded in the journal)"))
        self.confirm_quorum.setFont(QFont(self.confirm_quorum.font().family(), 13))
        self.update_attendance = QPushButton(self.tr("Update attendance…"))
        self.update_attendance.setAutoDefault(False)
        self.update_attendance.clicked.connect(self._update_attendance)
        self.refusal = _caption("", 14, bold=True)
        self.refusal.setObjectName("refusal")
        self.refusal.hide()
        self._show_attendance()

    def fit_height(self) -> None:
        """Tall enough for the wrapped lines at the panel's width (Qt sizes a new dialog without them)."""
        layout = self.layout()
        width = self.minimumWidth()  # (wrapped labels hint at a whole screen's width)
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = self.sizeHint().height()
        self.setMinimumHeight(height)
        self.resize(width, height)

    def button_box(self) -> QDialogButtonBox:
        """Unanimous, Record (the default: Enter records) and Close; the subclass gives record_unanimous."""
        buttons = QDialogButtonBox()
        self.unanimous = buttons.addButton(self.tr("Unanimous"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unanimous.setAutoDefault(False)
        self.save = buttons.addButton(self.tr("Record (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.unanimous.clicked.connect(self.record_unanimous)
        return buttons

    def record_unanimous(self) -> None:
        raise NotImplementedError  # each panel records its own question as unanimous

    def attendance_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.attendance, 1)
        row.addWidget(self.update_attendance)
        rows = QVBoxLayout()
        rows.addLayout(row)
        rows.addWidget(self.quorum_line)
        rows.addWidget(self.confirm_quorum)
        return rows

    def _show_attendance(self) -> None:
        self.attendance.setText(self._attendance())
        found = self._quorum()
        self.quorum_line.setVisible(found is not None)
        if found is not None:
            text, met = found
            self.quorum_line.setText(text)
            self.quorum_line.setObjectName("quorumMet" if met else "quorumLacking")
            self.quorum_line.setStyle(self.quorum_line.style())  # the object name picks the colour
        lacking = found is not None and not found[1]
        self.confirm_quorum.setVisible(lacking)
        if not lacking:
            self.confirm_quorum.setChecked(False)

    def quorum_confirmed(self) -> bool:
        return self.confirm_quorum.isVisible() and self.confirm_quorum.isChecked()

    def _update_attendance(self) -> None:
        self._edit_attendance()
        self._show_attendance()
        self.fit_height()

    def refuse(self, text: str) -> None:
        """The engine's reason, in the panel (the figures stay as typed)."""
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))
        self.fit_height()

    def tally_row(self) -> tuple[QGridLayout, DigitEdit, DigitEdit, DigitEdit]:
        grid = QGridLayout()
        fields = DigitEdit(), DigitEdit(), DigitEdit()
        names = (self.tr("For"), self.tr("Against"), self.tr("Abstaining"))
        for column, (name, field) in enumerate(zip(names, fields, strict=True)):
            grid.addWidget(_caption(name, 14, bold=True), 0, column)
            grid.addWidget(field, 1, column)
        return grid, *fields


class VotePanel(_Panel):
    """A show of hands on the current item's question: for / against / abstaining, or unanimous."""

    def __init__(
        self,
        item: Item,
        rule: Rule | None,
        attendance: Callable[[], str],
        edit_attendance: Callable[[], None],
        record: RecordVote,
        parent: QWidget | None = None,
        quorum: QuorumLine | None = None,
    ) -> None:
        super().__init__(self.tr("Show of hands"), attendance, edit_attendance, parent, quorum)
        self._record = record
        question = item.vote.question if item.vote else item.title
        self.question = _caption(question, 18, bold=True)
        self.rule = _caption(self.rule_words(rule), 13)
        self.rule.setObjectName("muted")
        grid, self.for_, self.against, self.abstain = self.tally_row()
        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.rule)
        layout.addLayout(self.attendance_row())
        layout.addLayout(grid)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.fit_height()
        self.for_.setFocus()

    def rule_words(self, rule: Rule | None) -> str:
        """'Passes with more than 1/2 of delegates convened' in the interface language."""
        if rule is None:
            return ""
        comparison = self.tr("more than") if rule.strict else self.tr("at least")
        return self.tr("Passes with {comparison} {fraction} of {base}").format(
            comparison=comparison,
            fraction=f"{rule.fraction.numerator}/{rule.fraction.denominator}",
            base=catalogue.text(vocabulary.base("vote", rule.base), interface_language()),
        )

    def accept(self) -> None:
        if self._record(
            self.for_.number(),
            self.against.number() or 0,
            self.abstain.number() or 0,
            quorum_confirmed=self.quorum_confirmed(),
        ):
            super().accept()

    def record_unanimous(self) -> None:
        if self._record(None, None, None, unanimous=True, quorum_confirmed=self.quorum_confirmed()):
            super().accept()


class ElectionPanel(_Panel):
    """Two steps of an election: the candidate list (withdraw / nominate, each by a show of hands) and
    the counting record of the round the app has set up (the first, or the one the last count proposed)."""

    def __init__(
        self,
        item: Item,
        candidates: tuple[str, ...],
        round_setup: RoundSetup,
        attendance: Callable[[], str],
        edit_attendance: Callable[[], None],
        record_vote: RecordVote,
        record_ballot: RecordBallot,
        counting: bool = False,
        parent: QWidget | None = None,
        quorum: QuorumLine | None = None,
        record_result: RecordResult | None = None,
        choose_result: Callable[[QWidget], str] | None = None,
    ) -> None:
        body = item.election.body if item.election is not None else item.title
        super().__init__(self.tr("Election: {body}").format(body=body), attendance, edit_attendance, parent, quorum)
        self._record_vote, self._record_ballot = record_vote, record_ballot
        # The counting committee's reconciled result file, taken instead of typed figures.
        self._record_result, self._choose_result = record_result, choose_result
        self.round = round_setup
        self.tabs = QTabWidget()
        self.tabs.addTab(self._list_page(candidates), self.tr("Candidate list"))
        self.tabs.addTab(self._count_page(round_setup), self.tr("Counting record"))
        self.tabs.setCurrentIndex(1 if counting else 0)
        self.tabs.currentChanged.connect(lambda _index: self._focus_page())
        buttons = self.button_box()
        layout = QVBoxLayout(self)
        layout.addWidget(_caption(body, 17, bold=True))
        layout.addLayout(self.attendance_row())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(buttons)
        self.setMinimumWidth(820)
        self.fit_height()
        self._focus_page()

    # --- (a) the candidate list ------------------------------------------------------------------
    def _list_page(self, candidates: tuple[str, ...]) -> QWidget:
        page = QWidget()
        self.listed = _caption(
            self.tr("Candidate list ({count}): {names}").format(count=len(candidates), names=", ".join(candidates)), 13
        )
        self.change = QComboBox()
        self.change.addItem(self.tr("Withdrawal (the candidate asks to withdraw)"), "withdraw")
        self.change.addItem(self.tr("Floor nomination (a name not on the list)"), "nominate")
        self.change.setFont(QFont(self.change.font().family(), 14))
        self.name = QComboBox()
        typed = QLineEdit()
        typed.setPlaceholderText(self.tr("Full name"))
        self.name.setEditable(True)
        self.name.setLineEdit(typed)
        self.name.addItems(candidates)
        self.name.setCurrentIndex(-1)
        self.name.setFont(QFont(self.name.font().family(), 14))
        grid, self.list_for, self.list_against, self.list_abstain = self.tally_row()
        form = QFormLayout()
        form.addRow(_caption(self.tr("Change"), 14), self.change)
        form.addRow(_caption(self.tr("Name"), 14), self.name)
        layout = QVBoxLayout(page)
        layout.addWidget(self.listed)
        layout.addLayout(form)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _change(self) -> dict[str, str] | None:
        """{"withdraw"|"nominate": name}; None (said in the panel) while no name is given."""
        name = self.name.currentText().strip()
        if not name:
            self.refuse(self.tr("Type or choose the name first."))
            return None
        return {self.change.currentData(): name}

    # --- (b) the counting record ------------------------------------------------------------------
    def _count_page(self, setup: RoundSetup) -> QWidget:
        page = QWidget()
        if setup.reason:
            why = {
                "tie": self.tr("a further round after a tie"),
                "unfilled": self.tr("a further round for unfilled seats"),
                "repeat": self.tr("the vote held again after a void count"),
            }.get(setup.reason, setup.reason)
            text = self.tr("Round {round} ({why}): {seats} seat(s) among {count}").format(
                round=setup.round_no, why=why, seats=setup.seats, count=len(setup.candidates)
            )
        else:
            text = self.tr("Round {round}: {seats} seat(s) among {count}").format(
                round=setup.round_no, seats=setup.seats, count=len(setup.candidates)
            )
        self.round_line = _caption(text, 15, bold=True)
        self.issued, self.returned, self.invalid = DigitEdit(24), DigitEdit(24), DigitEdit(24)
        figures = QGridLayout()
        for column, (name, field) in enumerate(
            ((self.tr("Issued"), self.issued), (self.tr("Returned"), self.returned), (self.tr("Invalid"), self.invalid))
        ):
            figures.addWidget(_caption(name, 14, bold=True), 0, column)
            figures.addWidget(field, 1, column)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setHorizontalSpacing(14)
        self.votes: dict[str, DigitEdit] = {}
        half = (len(setup.candidates) + 1) // 2
        for index, name in enumerate(setup.candidates):
            row, side = (index, 0) if index < half else (index - half, 2)
            field = DigitEdit(16)
            field.setObjectName(f"votes_{index}")
            caption = _caption(f"{index + 1}. {name}", 13)
            caption.setWordWrap(False)
            grid.addWidget(caption, row, side)
            grid.addWidget(field, row, side + 1)
            self.votes[name] = field
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(rows)
        # Tab goes from figure to figure: the scroll area itself takes no stop, and the order is the
        # ballot's (down the first column, then the second), whatever the grid's layout.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain = [self.issued, self.returned, self.invalid, *self.votes.values()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.rows_height = rows.sizeHint().height() + 4
        scroll.setMinimumHeight(min(self.rows_height, ROWS_HEIGHT))  # up to 9 rows a column without scrolling
        self.names_scroll = scroll  # (not `scroll`: that name is QWidget's scroll() method)
        layout = QVBoxLayout(page)
        layout.addWidget(self.round_line)
        layout.addLayout(figures)
        layout.addWidget(_caption(self.tr("Votes for each candidate"), 14, bold=True))
        layout.addWidget(scroll, 1)
        self.take_result = QPushButton(self.tr("Take the counting result…"))
        self.take_result.setToolTip(
            self.tr(
                "The result file of the counting stations (presidium tally -o); "
                "a number typed in Issued takes precedence over the file's"
            )
        )
        self.take_result.setFont(QFont(self.take_result.font().family(), 14))
        self.take_result.setAutoDefault(False)  # Enter records the typed figures, never opens a file
        self.take_result.setVisible(self._record_result is not None)
        self.take_result.clicked.connect(self._take_result)
        layout.addWidget(self.take_result, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _take_result(self) -> None:
        path = self._choose_result(self) if self._choose_result is not None else ""
        if (
            path
            and self._record_result is not None
            and self._record_result(path, self.issued.number(), quorum_confirmed=self.quorum_confirmed())
        ):
            super().accept()

    def fit_height(self) -> None:
        """The quorum's lines and a refusal take their height from the list of names, so the panel stays
        within a 768-pixel screen (the names scroll a little sooner)."""
        if hasattr(self, "names_scroll"):
            shown = [w for w in (self.quorum_line, self.confirm_quorum, self.refusal) if not w.isHidden()]
            extra = sum(w.sizeHint().height() + 6 for w in shown)  # with the layout's spacing
            height = min(self.rows_height, ROWS_HEIGHT - extra)
            self.names_scroll.setMinimumHeight(height)
            self.names_scroll.setMaximumHeight(height if shown and self.rows_height > height else 16_777_215)
        super().fit_height()

    def counting(self) -> bool:
        return self.tabs.currentIndex() == 1

    def _focus_page(self) -> None:
        self.unanimous.setVisible(not self.counting())
        (self.issued if self.counting() else self.name).setFocus()

    def accept(self) -> None:
        if self.counting():
            votes = {name: field.number() or 0 for name, field in self.votes.items()}
            done = self._record_ballot(
                self.issued.number(),
                self.returned.number(),
                self.invalid.number(),
                votes,
                quorum_confirmed=self.quorum_confirmed(),
            )
        else:
            change = self._change()
            done = change is not None and self._record_vote(
                self.list_for.number(),
                self.list_against.number() or 0,
                self.list_abstain.number() or 0,
                **change,
                quorum_confirmed=self.quorum_confirmed(),
            )
        if done:
            super().accept()

    def record_unanimous(self) -> None:
        change = None if self.counting() else self._change()
        if change is not None and self._record_vote(
            None, None, None, unanimous=True, **change, quorum_confirmed=self.quorum_confirmed()
        ):
            super().accept()
